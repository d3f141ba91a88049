"""Places the gazetteer lacks, found by the kind word after them (geomap.settlements)."""

import pytest

from geomap.mentions import Recogniser
from geomap.settlements import settlement_spans
from geomap.types import Document


def names(text):
    return [text[s:e] for s, e in settlement_spans(text)]


@pytest.mark.parametrize("text, expected", [
    ("Herders attacked Torkula village on Sunday.", ["Torkula"]),
    ("Clashes spread to the Gondra district overnight.", ["Gondra"]),
    ("Aftershocks shook the Tohoku region again.", ["Tohoku"]),
    # a particle may open the name, a hyphen may join its halves
    ("Police sealed off the El Biar neighbourhood.", ["El Biar"]),
    ("Residents of Hagins-Fewell neighborhood marched.", ["Hagins-Fewell"]),
    ("Two died in Umemger village and in Abbassiya district.", ["Umemger", "Abbassiya"]),
    # ... or the kind word before it, with "of": one name, or a list after a plural
    ("the Druze village of Majdal Shams", ["Majdal Shams"]),
    ("Rebels shelled the villages of Foua and Kfraya in Idlib.", ["Foua", "Kfraya"]),
    ("Troops looted the town of Abu Rasin and Tal Tamer.", ["Abu Rasin"]),
    ("The localities of Revaha, Zavdiel and Aluma lie on the former border.", ["Revaha", "Zavdiel", "Aluma"]),
    ("Quakes struck the #Andaman region and the old town (Mangalem district).", ["Andaman", "Mangalem"]),
])
def test_a_rare_name_before_a_small_letter_kind_word_is_found(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text", [
    "Soldiers burned a Maasai village.",              # a people describing the village
    "a mainly Shiite area of the city",               # a faith describing the area
    "the Druze village of Fire",                      # a faith describing it; after "of", a word
    "Volunteers helped the School district.",         # a common word
    "Six villages were flooded.",                     # a plural names no one place
    "Hundreds attended an Obama town hall.",          # a meeting, not a town
    "He visited a Kurdish village.",
    "Mandera County officials met.",                  # the kind word capitalised is the name's own
    "the torkula village",                            # no capital, no name
])
def test_a_kind_word_after_a_common_or_describing_word_names_no_place(text):
    assert names(text) == []


@pytest.fixture(scope="module")
def recognise(gazetteer):
    return Recogniser(gazetteer)


def test_a_named_village_the_gazetteer_lacks_is_an_unplaced_literal_mention(recognise):
    text = "Gunmen attacked Torkula village of Guma on Monday."
    found = [(text[m.start:m.end], m.kind) for m in recognise(Document(id="t", text=text))]
    assert ("Torkula", "literal") in found
    assert not recognise.candidates("Torkula")  # nowhere to put it but beside its parent


def test_a_kind_word_does_not_change_a_name_the_gazetteer_holds(recognise):
    text = "Troops entered Zhodino district and Hrodna region."
    found = [(text[m.start:m.end], m.kind) for m in recognise(Document(id="t", text=text))]
    assert found == [("Zhodino", "literal"), ("Hrodna", "literal")]
    assert all(recognise.candidates(name) for name, _ in found)


def test_a_person_the_article_names_is_not_a_village(recognise):
    text = "Pastor John Mbaka spoke on Sunday. Mbaka area residents cheered."
    assert "Mbaka" not in [text[m.start:m.end] for m in recognise(Document(id="t", text=text))]

"""One test per recognition rule (geomap.mentions)."""

import pytest

from geomap.mentions import Recogniser
from geomap.types import Document


@pytest.fixture(scope="module")
def recognise(gazetteer):
    return Recogniser(gazetteer)


def mentions(recognise, text):
    return [(text[m.start:m.end], m.kind) for m in recognise(Document(id="t", text=text))]


def surfaces(recognise, text):
    return [s for s, _ in mentions(recognise, text)]


def test_plain_places_are_literal(recognise):
    assert mentions(recognise, "Police detained dozens in Hrodna and Brest.") == [("Hrodna", "literal"), ("Brest", "literal")]


@pytest.mark.parametrize("word", ["Sunday", "Thursday", "March", "May"])
def test_calendar_words_are_not_places(recognise, word):
    assert word not in surfaces(recognise, f"Protests resumed on {word} in the capital.")


@pytest.mark.parametrize("text", ["Interior Minister Yuriy Karaev spoke.", "The President arrived."])
def test_titles_are_not_places(recognise, text):
    assert surfaces(recognise, text) == []


@pytest.mark.parametrize("text", ["She said so.", "In the end, we left.", "Her call was heard."])
def test_function_words_are_never_places(recognise, text):
    assert surfaces(recognise, text) == []


def test_common_words_need_a_big_namesake(recognise):
    assert "Union" not in surfaces(recognise, "the Union backed the strike")
    assert "Washington" in surfaces(recognise, "officials in Washington backed the strike")


def test_given_name_before_a_surname_is_a_person(recognise):
    assert surfaces(recognise, "Artyom Shraibman and Alexander Lukashenko spoke.") == []


def test_surname_after_a_given_name_is_a_person(recognise):
    assert "Jackson" not in surfaces(recognise, "The Rev. Jesse Jackson marched.")


def test_name_after_a_title_is_a_person(recognise):
    assert "Lincoln" not in surfaces(recognise, "a speech by President Lincoln")


def test_streets_and_landmarks_named_after_places_are_not_them(recognise):
    assert surfaces(recognise, "Crowds filled Independence Avenue and the Palace of Independence.") == []


def test_based_compound(recognise):
    assert mentions(recognise, "workers at Zhodino-based Belaz") == [("Zhodino", "based")]


def test_place_inside_an_organisation_name_is_embedded(recognise):
    assert mentions(recognise, "staff of the Minsk Automobile Plant walked out") == [("Minsk", "embedded")]
    assert mentions(recognise, "a professor at the University of Minsk") == [("Minsk", "embedded")]


def test_demonyms_are_their_own_kind(recognise):
    assert mentions(recognise, "mayors of Belarusian towns") == [("Belarusian", "demonym")]


def test_metonymy_is_associative(recognise):
    assert mentions(recognise, "European Union foreign ministers met") == [("European Union", "associative")]
    assert mentions(recognise, "Lithuania said it would help") == [("Lithuania", "associative")]


def test_union_inside_soviet_union_is_not_a_village(recognise):
    assert mentions(recognise, "after the collapse of the Soviet Union") == [("Soviet Union", "literal")]


def test_abbreviations_need_their_exact_case(recognise):
    assert surfaces(recognise, "Protests spread across the U.S. and in Lexington, Ky.") == ["U.S.", "Lexington", "Ky."]
    assert "Us" not in surfaces(recognise, "Us and them.")


def test_short_all_caps_acronyms_are_not_places(recognise):
    assert surfaces(recognise, "The CEO of IT firm ABC quit.") == []


def test_hashtags_are_not_mentions(recognise):
    assert surfaces(recognise, "#Minsk trending") == []


def test_generic_region_words_are_not_places(recognise):
    assert surfaces(recognise, "the Central Election Commission and Eastern allies") == []

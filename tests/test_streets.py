"""Street and square names recognised by their form (geomap.streets)."""

import pytest

from geomap.streets import is_street_name, street_spans


def names(text):
    return [text[s:e] for s, e in street_spans(text)]


@pytest.mark.parametrize("text, expected", [
    ("Police closed North Cooper Street at noon.", ["North Cooper Street"]),
    ("the 500 block of Kelley Lane", ["Kelley Lane"]),
    ("at 2031 Monument Ave. with five kitchens", ["Monument Ave."]),
    ("on Martin Luther King Jr. Boulevard.", ["Martin Luther King Jr. Boulevard"]),
    ("the corner of Northwest 13th Street and Northwest 16th Avenue", ["Northwest 13th Street", "Northwest 16th Avenue"]),
    ("a house at 3537 Seventh Street Northwest tonight", ["Seventh Street Northwest"]),
    ("Protesters returned to Tahrir Square.", ["Tahrir Square"]),
    ("(Main Street) and “Tahrir Square”", ["Main Street", "Tahrir Square"]),
    ("Gladstone Road's residents", ["Gladstone Road"]),
    ("Browns Bridge Road Wednesday evening", ["Browns Bridge Road"]),
    # an abbreviated street word before a new sentence, after a house number
    ("He lived at 44 Hungerford St. Police found him there.", ["Hungerford St."]),
    # the street word first, the French, Spanish, Portuguese and Italian way
    ("Royal Street, formerly Rue Casa Calvo, and Rue d’Enghein", ["Royal Street", "Rue Casa Calvo", "Rue d’Enghein"]),
    ("shots outside a restaurant on the Boulevard Voltaire, Paris", ["Boulevard Voltaire"]),
    ("crowds filled Place de la Concorde and Plaza de Mayo", ["Place de la Concorde", "Plaza de Mayo"]),
    ("marchers on Avenida Paulista", ["Avenida Paulista"]),
])
def test_streets_are_found_whole(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text", [
    "Prayers were said at St. Paul’s Church.",     # a saint
    "near St Bartholomew's surgery",
    "The Wall Street Journal reported it.",         # a newspaper
    "School Board Hopefuls Square Off",             # a headline's verb, a longer name
    "the Blackmon Road Middle School precinct",     # a school's name
    "Workers Protest In Place",                     # a title case headline's small words
    "He drove down the Highway.",                   # no name before the street word
    "Ms. Ware said. Road works began.",             # a sentence's end is no part of the name
    "They stayed at the Sunset Boulevard Hotel.",   # a name before the street word: a longer name's
    "It was A Place to Remember.",                  # "Place" with no particle is no square
    "the Plaza Hotel",
])
def test_what_only_looks_like_a_street_is_not_found(text):
    assert names(text) == []


def test_is_street_name_takes_the_whole_surface():
    assert is_street_name("Gladstone Road")
    assert is_street_name("Rue Casa Calvo")
    assert is_street_name("Seventh Street Northwest")  # "Street" is no saint's "St"
    assert not is_street_name("Gladstone Road Elementary School")
    assert not is_street_name("Oxford")


@pytest.mark.parametrize("text, crossing", [
    ("11:24 p.m. - traffic stop, Madison and Delaware streets Monday.", "Madison and Delaware streets"),
    ("Protesters gathered at Fifth and Pine streets in Seattle.", "Fifth and Pine streets"),
    ("The truck hit him near Rivers and Stokes avenues shortly before 2 p.m.", "Rivers and Stokes avenues"),
])
def test_two_streets_named_with_one_plural_street_word_are_one_crossing(text, crossing):
    assert crossing in [text[s:e] for s, e in street_spans(text)]


def test_a_crossing_does_not_reach_over_a_full_stop():
    text = "It is connected with Contratación and Guapotá. These roads are unpaved."
    assert all("These" not in text[s:e] for s, e in street_spans(text))

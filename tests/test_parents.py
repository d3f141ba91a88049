"""What the text writes around a name (geomap.parents): kind words and bracketed areas."""

from __future__ import annotations

import pytest

from geomap.parents import kind_word


def _kind(text: str, name: str) -> str | None:
    start = text.index(name)
    return kind_word(text, start + len(name), start)


@pytest.mark.parametrize("text, name, expected", [
    ("Clashes in Kotdiji (Khairpur, Sindh) left two dead.", "Khairpur", "region"),  # the district
    ("Clashes in Kotdiji (Khairpur, Sindh) left two dead.", "Sindh", "region"),  # ... and the region
    ("Mandera Town was calm.", "Mandera", "town"),
    ("Garissa County officials met.", "Garissa", "region"),
    ("Troops entered the state of Washington.", "Washington", "state"),
])
def test_a_kind_word_or_acled_brackets_say_which_kind_of_place(text, name, expected):
    assert _kind(text, name) == expected


@pytest.mark.parametrize("text, name", [
    ("Maragat (San Andres) is an island.", "San Andres"),  # one name alone: another name of the place
    ("Raiders hit Tiati sub-county (Silale, Choken and Nadome).", "Silale"),  # the parts of an area
    ("Rioters burnt buses in Rupnagar and Gabtali areas (Dhaka city).", "Dhaka"),
    ("He flew from Lima (Peru) on Monday, then to Quito.", "Quito"),
])
def test_other_brackets_name_no_region(text, name):
    assert _kind(text, name) != "region"


def test_a_chain_ends_at_the_clause_not_at_the_next_listed_name():
    from geomap.parents import _CHAIN_ENDS

    text = "Macarthur, Monreal, Masbate. Ottawa, Montreal, Quebec, Vancouver"
    assert _CHAIN_ENDS.match(text, text.index("Masbate") + 7)
    assert not _CHAIN_ENDS.match(text, text.index("Quebec") + 6)  # the list goes on with a capital

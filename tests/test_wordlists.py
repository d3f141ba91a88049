"""The word tables behind recognition's person and common-word rules (geomap.wordlists)."""

import pytest

from geomap.wordlists import is_first_name


@pytest.mark.parametrize("name", ["Joaquin", "Francois", "Joaquín", "José", "Jose"])
def test_a_given_name_counts_with_or_without_its_accents(name):
    assert is_first_name(name)


@pytest.mark.parametrize("word", ["Africa", "Nice", "Indiana", "Armenia"])
def test_an_unaccented_spelling_that_is_a_common_word_or_place_is_no_given_name(word):
    # África, Nicé, Índiana, Armênia are given names somewhere; their plain spellings are places
    assert not is_first_name(word)

import pytest

from geomap.gazetteer.names import normalize_name


@pytest.mark.parametrize("spelling", ["Żodino", "zodino", "ZODINO", " Zodino. "])
def test_case_accents_and_punctuation_do_not_matter(spelling):
    assert normalize_name(spelling) == "zodino"


@pytest.mark.parametrize(
    ("a", "b"),
    [("Brest-Litovsk", "Brest Litovsk"), ("Homyel’", "Homyel"), ("Łódź", "Lodz"), ("São Paulo", "SAO PAULO")],
)
def test_spelling_variants_share_one_key(a, b):
    assert normalize_name(a) == normalize_name(b)


def test_cyrillic_stays_cyrillic_but_folds_case():
    assert normalize_name("ЖОДИНО") == normalize_name("Жодино") == "жодино"


def test_distinct_names_stay_distinct():
    assert normalize_name("Minsk") != normalize_name("Pinsk")

"""Country cues (gazetteer/country_cues.tsv): words that place a story in a country."""

import re

import pytest

from hypothesis import given, settings
from hypothesis import strategies as st

from geomap.cues import country_cues, cue_terms, prefix_tree_pattern
from geomap.gazetteer.curated import read_country_cues
from geomap.pipeline import Geoparser


def test_every_cue_names_countries_the_gazetteer_holds(gazetteer):
    codes = {cc for (cc,) in gazetteer.execute("SELECT country_code FROM places WHERE kind = 'country'")}
    cues = list(read_country_cues())
    assert len(cues) > 50
    for term, countries in cues:
        assert set(countries) <= codes, term


def test_cues_match_whole_words_case_exactly_plural_allowed():
    assert country_cues("Houthis fired on the port")["YE"] == 1.0
    assert country_cues("the upazilas of the district")["BD"] == 1.0
    assert not country_cues("a FARCE of a trial, the ancestral home, a fanciful plan")
    assert not country_cues("the anc, the pti")  # acronyms are written in capitals


def test_a_shared_cue_splits_its_weight_and_each_term_counts_once():
    votes = country_cues("Al-Shabaab claimed it. Al-Shabaab said so again.")
    assert votes == {"SO": 0.5, "KE": 0.5}


def test_a_name_inside_a_cue_term_is_no_place(gazetteer):
    # "Shabab" is a village in Iran and "Boko" one in Kazakhstan; inside an armed group's name
    # they are no places at all, while the places beside them still are
    text = "Police in Mandera hunted suspected al Shabab members after Boko Haram fighters crossed from Nigeria."
    found = [r.mention.surface for r in Geoparser(gazetteer).parse(text).resolutions]
    assert found == ["Mandera", "Nigeria"]


_TERMS = st.lists(st.text(alphabet="abAB.s -", min_size=1, max_size=5), min_size=1, max_size=12)


@settings(max_examples=300, deadline=None)
@given(_TERMS, st.text(alphabet="abAB.s -x", max_size=60))
def test_prefix_tree_pattern_finds_what_the_longest_first_alternation_finds(terms, text):
    # the cue scanner's factored pattern must pick the same terms, at the same places, as the
    # plain alternation it replaces (longer terms before their prefixes, backtracking alike)
    plain = "|".join(re.escape(t) for t in sorted(set(terms), key=len, reverse=True))
    wrap = r"(?<![\w-])({})s?(?![\w-])"
    expected = [(m.span(), m.group(1)) for m in re.finditer(wrap.format(plain), text)]
    found = [(m.span(), m.group(1)) for m in re.finditer(wrap.format(prefix_tree_pattern(terms)), text)]
    assert found == expected


def test_cue_terms_are_found_with_their_plural():
    assert [t for _, _, t in cue_terms("KDF soldiers and ODMs rivals met; kdf is not one")] == ["KDF", "ODM"]


@pytest.fixture(scope="module")
def parser(gazetteer):
    return Geoparser(gazetteer)


def test_a_lower_case_cue_opening_a_sentence_is_still_a_cue_and_no_place(parser):
    # "Boda boda" (motorbike taxis: Kenya, Uganda) is not Bodø, Norway, by its Swedish name
    assert country_cues("Boda boda operators blocked roads.") == country_cues("Angry boda boda operators blocked roads.")
    assert not [r for r in parser.parse("Boda boda operators block roads to protest.").resolutions if r.place]


def test_an_event_known_only_by_its_monitoring_mission_lies_in_that_mission_s_country(parser):
    # the village is one the gazetteer lacks; "OSCE SMM" (the monitoring mission to Ukraine)
    # still places the shelling in Ukraine, coded at the country, as ACLED codes such events
    text = "On 28 April 2020, the OSCE SMM observed 33 explosions near Kashtanove."
    events = parser.parse(text).events
    assert events and events[0].place is not None
    assert (events[0].place.place.country_code, events[0].place.geo_precision) == ("UA", 3)


def test_every_cue_area_is_a_region_the_gazetteer_holds(gazetteer):
    from geomap.gazetteer.curated import read_cue_areas

    areas = read_cue_areas()
    assert areas, "no cue names an area"
    for term, area in areas.items():
        assert any(c.place.kind == "region" for c in gazetteer.candidates(area)), (term, area)


def test_a_cue_area_places_what_its_source_reports_and_rules_out_far_villages(gazetteer):
    parser = Geoparser(gazetteer)

    def report(village):
        result = parser.parse(f"On 28 April 2020, the OSCE SMM observed 33 explosions near {village}.")
        (event,) = result.events
        places = [r.place for r in result.resolutions]
        return (places[0] if places else None), event.place.place

    # a village the gazetteer lacks: the event is put in the Donbas, not at Ukraine's capital
    place, where = report("Mineralne")
    assert place is None and where.name == "Donbas"
    # the only Sokilnyky the gazetteer holds lies near Lviv, 1,000 km from the contact line
    place, where = report("Sokilnyky")
    assert place is None and where.name == "Donbas"
    # of several Veseles, the Donetsk oblast's
    place, where = report("Vesele")
    assert place.admin1 == "Donetska" and where.id == place.id

"""Country cues (gazetteer/country_cues.tsv): words that place a story in a country."""

from geomap.cues import country_cues
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

"""One test per resolution rule (geomap.resolve)."""

import pytest

from geomap.pipeline import Geoparser


@pytest.fixture(scope="module")
def parser(gazetteer):
    return Geoparser(gazetteer)


def picks(parser, text):
    return {r.mention.surface: r.place for r in parser.parse(text).resolutions}


def test_prominence_decides_without_context(parser):
    assert picks(parser, "A rally in Paris.")["Paris"].country_code == "FR"


def test_explicit_parent_state(parser):
    place = picks(parser, "A rally in Paris, Texas, drew hundreds.")["Paris"]
    assert (place.country_code, place.admin1) == ("US", "Texas")


def test_explicit_parent_abbreviation(parser):
    place = picks(parser, "TROY, N.C. (AP) -- Marchers gathered.")["TROY"]
    assert (place.country_code, place.admin1) == ("US", "North Carolina")


def test_document_country_focus(parser):
    place = picks(parser, "Protests in Belarus spread from Minsk to Brest and Hrodna.")["Brest"]
    assert place.country_code == "BY"


def test_exact_country_names_go_to_the_country(parser):
    assert picks(parser, "Thousands marched in Georgia.")["Georgia"].kind == "country"


def test_every_resolution_explains_itself(parser):
    res = parser.parse("Protests in Belarus spread from Minsk to Brest.").resolutions
    brest = [r for r in res if r.mention.surface == "Brest"][0]
    assert 0 < brest.confidence <= 1
    assert brest.reasons and any("focus" in reason for reason in brest.reasons)
    assert any(alt.country_code == "FR" for alt in brest.alternates)


def test_abstains_below_the_confidence_threshold(gazetteer):
    from geomap.resolve import Weights

    strict = Geoparser(gazetteer, Weights(min_confidence=0.999))
    res = strict.parse("A rally in Springfield.").resolutions
    assert res[0].place is None and "abstained" in res[0].reasons[0]
    assert res[0].alternates  # the guesses stay visible

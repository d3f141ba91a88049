"""The original article (../shared/seeds): the places it names and the words that are not places."""

from pathlib import Path

import pytest

from geomap.pipeline import Geoparser
from geomap.text import read_documents

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"

pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds is not present")


@pytest.fixture(scope="module")
def result(gazetteer):
    return Geoparser(gazetteer).parse(next(read_documents([SEEDS])))


def _places(result):
    """What a map of the seed would show as places: resolved, not demonyms or metonymy, not
    historical entities."""
    return [
        r for r in result.resolutions
        if r.place is not None and r.mention.kind in ("literal", "based", "embedded")
        and r.place.feature_code != "PCLH"
    ]


def test_seed_places_are_exactly_the_four_it_names(result):
    ids = [r.place.geonameid for r in _places(result)]
    assert set(ids) == {625144, 618800, 597427, 630336}
    assert ids.count(625144) == 4  # Minsk: the capital, the car plant, its streets, Minsk-based


def test_seed_words_that_are_not_places_are_not_mentions(result):
    surfaces = {r.mention.surface for r in result.resolutions}
    for word in ("Sunday", "Alexander", "Artyom", "She", "Union", "Minister", "Thursday"):
        assert word not in surfaces


def test_seed_mention_kinds(result):
    kinds = {(r.mention.surface, r.mention.kind) for r in result.resolutions}
    assert ("Zhodino", "based") in kinds and ("Minsk", "based") in kinds
    assert ("Minsk", "embedded") in kinds  # Minsk Automobile Plant
    assert ("Belarusian", "demonym") in kinds
    assert ("European Union", "associative") in kinds  # European Union foreign ministers


def test_seed_events_happen_where_the_article_says(result):
    happened = {(e.type, e.place.place.geonameid) for e in result.events if e.status == "happened" and e.place}
    assert ("STRIKE", 618800) in happened  # Zhodino-based Belaz walking out
    assert ("STRIKE", 625144) in happened  # Minsk Automobile Plant
    assert ("ARREST", 625144) in happened  # detained in Minsk
    assert ("PROTEST", 625144) in happened  # human chains along the streets of Minsk
    assert not any(geonameid == 597427 for _, geonameid in happened)  # nothing happened at Lithuania
    called = {e.type for e in result.events if e.status == "called"}
    assert {"STRIKE", "PROTEST"} <= called  # backed calls for a general strike; urged … to call demonstrations


def test_seed_walkout_is_dated_the_day_before(result):
    (walkout,) = [e for e in result.events if result.doc.text[e.trigger[0]:e.trigger[1]] == "walking out"]
    assert walkout.date == "2020-08-13" and walkout.date_precision == "weekday"

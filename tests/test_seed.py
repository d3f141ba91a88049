"""The original article (../shared/seeds): the places it names and the words that are not places."""

from pathlib import Path

import pytest

from geomap.mentions import find_mentions
from geomap.resolve import resolve
from geomap.text import read_documents

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"

pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds is not present")


@pytest.fixture(scope="module")
def resolved(gazetteer):
    doc = next(read_documents([SEEDS]))
    return doc, resolve(list(find_mentions(doc, gazetteer)), gazetteer)


def test_seed_places_are_found_and_resolved(resolved):
    _, results = resolved
    placed = {r.mention.surface: r.place.geonameid for r in results if r.place and r.mention.kind != "demonym"}
    assert placed["Minsk"] == 625144
    assert placed["Zhodino"] == 618800
    assert placed["Lithuania"] == 597427
    assert placed["Belarus"] == 630336


def test_seed_words_that_are_not_places_stay_off_the_map(resolved):
    _, results = resolved
    placed = {r.mention.surface for r in results if r.place is not None}
    for word in ("Sunday", "Alexander", "Artyom", "She", "Union", "Minister", "Thursday"):
        assert word not in placed


def test_zhodino_based_is_a_based_mention_without_the_suffix(resolved):
    doc, results = resolved
    based = [r.mention for r in results if r.mention.kind == "based"]
    assert any(doc.text[m.start:m.end] == "Zhodino" for m in based)

"""The one FeatureCollection the map (and the exports) draw from."""

from __future__ import annotations

import json

import pytest

from geomap.features import place_features
from geomap.pipeline import Geoparser
from geomap.types import Document


@pytest.fixture(scope="module")
def parser(gazetteer) -> Geoparser:
    return Geoparser(gazetteer)


def _collection(parser, *texts: str) -> dict:
    results = [parser.parse(Document(id=f"d{i}", text=t, date="2020-08-14")) for i, t in enumerate(texts)]
    return place_features(results)


def _by_name(fc: dict) -> dict:
    return {f["properties"]["name"]: f for f in fc["features"]}


def test_each_place_is_one_point_feature_with_lon_lat_order(parser):
    fc = _collection(parser, "Workers in Zhodino walked out on Thursday.", "Riot police detained students in Zhodino.")
    zhodino = _by_name(fc)["Horad Zhodzina"]
    assert zhodino["geometry"] == {"type": "Point", "coordinates": [28.3331, 54.0985]}  # lon first
    props = zhodino["properties"]
    assert props["geonameid"] == 618800 and props["country_code"] == "BY"
    assert props["mention_count"] == 2 and props["document_count"] == 2
    assert props["event_counts"] == {"ARREST": 1, "STRIKE": 1}
    assert props["first_date"] == "2020-08-13" and props["last_date"] == "2020-08-14"
    assert [m["doc"] for m in props["mentions"]] == ["d0", "d1"]


def test_a_place_and_each_mention_say_how_sure_the_pick_is(parser):
    fc = _collection(parser, "Crowds gathered in Portland and Salem.", "Police in Portland, Oregon, made arrests.")
    portland = _by_name(fc)["Portland"]["properties"]
    sure = [m["confidence"] for m in portland["mentions"]]
    assert len(sure) == 2 and all(0.2 <= c <= 1.0 for c in sure)
    assert sure[1] > sure[0]  # the state written with it settles the second
    assert portland["confidence"] == max(sure)


def test_mentions_carry_their_sentence_and_its_events(parser):
    text = "Minsk was calm. Workers in Zhodino walked out on Thursday."
    (feature,) = [f for f in _collection(parser, text)["features"] if f["properties"]["name"] == "Horad Zhodzina"]
    (mention,) = feature["properties"]["mentions"]
    assert mention["sentence"] == "Workers in Zhodino walked out on Thursday."
    assert text[mention["start"]:mention["end"]] == "Zhodino"
    assert [e["type"] for e in mention["events"]] == ["STRIKE"]


def test_demonyms_and_macro_regions_never_make_a_place_alone(parser):
    fc = _collection(parser, "Belarusian workers and EU diplomats met in Vilnius.")
    names = set(_by_name(fc))
    assert "Vilnius" in names
    assert "Belarus" not in names  # only a demonym
    assert "European Union" not in names  # context, not a point


def test_collection_is_valid_json_with_a_bbox_around_its_points(parser):
    fc = json.loads(json.dumps(_collection(parser, "Protests in Minsk and Brest.")))
    west, south, east, north = fc["bbox"]
    for feature in fc["features"]:
        lon, lat = feature["geometry"]["coordinates"]
        assert west <= lon <= east and south <= lat <= north
    assert "crs" not in fc


def test_no_places_is_an_empty_collection(parser):
    assert _collection(parser, "Nothing happened anywhere.") == {"type": "FeatureCollection", "features": []}

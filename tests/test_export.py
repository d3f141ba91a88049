"""`geomap geojson` and `geomap export`: one FeatureCollection, every format, the RFC 7946 rules
and the documented schema checked on real output."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
import shapely

from geomap.cli import main
from geomap.pipeline import Geoparser

SEEDS = Path(__file__).resolve().parents[1] / "seeds"

PLACE_SCHEMA = {"geonameid": (int, type(None)), "name": str, "place_kind": str, "country_code": (str, type(None)),
                "admin1": (str, type(None)), "feature_code": str, "kinds": list, "mention_count": int,
                "document_count": int, "event_types": list, "event_counts": dict, "main_type": (str, type(None)),
                "first_date": (str, type(None)), "last_date": (str, type(None)), "mentions": list}
EVENT_SCHEMA = {"type": str, "status": str, "severity": (str, type(None)), "date": (str, type(None)),
                "date_precision": str, "geo_precision": int, "geonameid": (int, type(None)), "place_name": str,
                "sources": list, "source_count": int}


def _geojson(runner, *args: str) -> dict:
    result = runner.invoke(main, ["geojson", *args, "-q"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def _rings(geometry: dict):
    polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
    for polygon in polygons:
        yield from enumerate(polygon)


def _assert_rfc7946(collection: dict) -> None:
    assert collection["type"] == "FeatureCollection" and "crs" not in collection
    west, south, east, north = collection["bbox"]
    for feature in collection["features"]:
        geometry = feature["geometry"]
        if geometry["type"] == "Point":
            lon, lat = geometry["coordinates"]
            assert -180 <= lon <= 180 and -90 <= lat <= 90
            # a box across the antimeridian has west > east (RFC 7946 section 5.2)
            assert (west <= lon <= east if west <= east else lon >= west or lon <= east) and south <= lat <= north
            assert all(len(repr(v).split(".")[-1]) <= 6 for v in (lon, lat))
            continue
        for index, ring in _rings(geometry):
            assert ring[0] == ring[-1] and len(ring) >= 4
            assert all(-180 <= x <= 180 and -90 <= y <= 90 for x, y in ring)
            assert all(abs(a[0] - b[0]) <= 180 for a, b in zip(ring, ring[1:]))  # split at the antimeridian
            ccw = shapely.is_ccw(shapely.linearrings(ring))
            assert ccw if index == 0 else not ccw  # right-hand rule


def test_place_collection_follows_rfc7946_and_the_schema(runner, gazetteer):
    collection = _geojson(runner, str(SEEDS))
    _assert_rfc7946(collection)
    names = {f["properties"]["name"]: f for f in collection["features"]}
    assert {"Minsk", "Horad Zhodzina", "Vilnius"} <= set(names)
    for feature in collection["features"]:
        for key, kinds in PLACE_SCHEMA.items():
            assert isinstance(feature["properties"][key], kinds), key
    minsk = names["Minsk"]["properties"]
    assert minsk["geonameid"] == 625144 and minsk["mention_count"] >= 4 and "STRIKE" in minsk["event_types"]
    assert all({"doc", "start", "end", "sentence", "kind", "events"} <= set(m) for m in minsk["mentions"])


def test_event_level_has_one_feature_per_event_with_sources(runner, gazetteer):
    collection = _geojson(runner, str(SEEDS), "--level", "event")
    _assert_rfc7946(collection)
    for feature in collection["features"]:
        for key, kinds in EVENT_SCHEMA.items():
            assert isinstance(feature["properties"][key], kinds), key
        assert feature["properties"]["status"] == "happened"
    strikes = [f["properties"] for f in collection["features"]
               if f["properties"]["type"] == "STRIKE" and f["properties"]["place_name"] == "Horad Zhodzina"]
    assert [s["date"] for s in strikes] == ["2020-08-13"]  # "on Thursday" in a Friday article


def test_shapes_are_wound_counter_clockwise_and_split_at_the_antimeridian(runner, gazetteer, tmp_path):
    article = tmp_path / "pacific.txt"
    article.write_text("Protesters marched in Fiji and in Russia, and police detained students in Belarus.", encoding="utf-8")
    collection = _geojson(runner, str(article), "--geometry", "shape")
    _assert_rfc7946(collection)
    kinds = {f["properties"]["name"]: f["geometry"]["type"] for f in collection["features"]}
    assert kinds["Fiji"] == "MultiPolygon" and kinds["Russia"] == "MultiPolygon"
    assert kinds["Belarus"] in ("Polygon", "MultiPolygon")


def test_duplicate_articles_count_once_and_shared_events_merge(runner, gazetteer, tmp_path):
    records = [
        {"id": "a", "date": "2020-08-14", "source": "Wire A", "text": "Workers in Zhodino went on strike on Thursday."},
        {"id": "a-copy", "date": "2020-08-14", "source": "Wire A", "text": "Workers in Zhodino went on strike on Thursday."},
        {"id": "b", "date": "2020-08-14", "source": "Paper B", "text": "A strike began in Zhodino on Thursday, staff said."},
    ]
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    result = runner.invoke(main, ["geojson", str(corpus), "--level", "event"])
    assert result.exit_code == 0, result.output
    assert "3 article(s) read" in result.stderr and "1 duplicates" in result.stderr
    (strike,) = [f["properties"] for f in json.loads(result.stdout)["features"] if f["properties"]["type"] == "STRIKE"]
    assert strike["source_count"] == 2 and {s["doc"] for s in strike["sources"]} == {"a", "b"}
    places = json.loads(runner.invoke(main, ["geojson", str(corpus), "-q"]).stdout)["features"]
    (zhodino,) = [f["properties"] for f in places if f["properties"]["name"] == "Horad Zhodzina"]
    assert zhodino["mention_count"] == 2 and zhodino["document_count"] == 2
    assert zhodino["event_counts"]["STRIKE"] == 1  # one strike, reported twice


def test_filters_by_date_type_and_country(runner, gazetteer):
    lithuania = _geojson(runner, str(SEEDS), "--country", "lt")
    assert {f["properties"]["country_code"] for f in lithuania["features"]} == {"LT"}
    arrests = _geojson(runner, str(SEEDS), "--event-type", "arrest")
    assert arrests["features"] and all("ARREST" in f["properties"]["event_types"] for f in arrests["features"])
    early = _geojson(runner, str(SEEDS), "--level", "event", "--to", "2020-08-14")
    assert early["features"] and all(f["properties"]["date"] <= "2020-08-14" for f in early["features"])
    bad = runner.invoke(main, ["geojson", str(SEEDS), "--from", "14/08/2020"])
    assert bad.exit_code == 2 and "YYYY-MM-DD" in bad.stderr


def test_no_places_is_a_valid_empty_collection(runner, gazetteer, tmp_path):
    article = tmp_path / "quiet.txt"
    article.write_text("Nothing of note happened today.", encoding="utf-8")
    result = runner.invoke(main, ["geojson", str(article)])
    assert result.exit_code == 0
    assert json.loads(result.stdout) == {"type": "FeatureCollection", "features": []}
    assert "name no mappable place" in result.stderr


def test_csv_has_numeric_coordinates_and_no_formulas(runner, gazetteer, tmp_path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps({"id": "=HYPERLINK(\"http://x\")", "date": "2020-08-14",
                                  "text": "Protesters marched in Minsk and in Santiago, Chile. -1+2 @SUM(A1)"}), encoding="utf-8")
    target = tmp_path / "new" / "places.csv"
    result = runner.invoke(main, ["export", str(corpus), "--format", "csv", "-o", str(target), "-q"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    santiago = next(r for r in rows if r["name"] == "Santiago")
    assert float(santiago["lon"]) < 0 and not santiago["lon"].startswith("'")  # numbers stay numbers
    assert 0.2 <= float(santiago["confidence"]) <= 1.0  # how sure the pick is, for a filter in a spreadsheet
    assert all(not v.startswith(("=", "+", "@")) for r in rows for v in r.values())
    acled = tmp_path / "acled.csv"
    assert runner.invoke(main, ["export", str(corpus), "--format", "acled", "-o", str(acled), "-q"]).exit_code == 0
    (row,) = [r for r in csv.DictReader(io.StringIO(acled.read_text(encoding="utf-8"))) if r["location"] == "Minsk"]
    assert row["documents"] == "'=HYPERLINK(\"http://x\")" and row["source"].startswith("'=")
    assert float(row["latitude"]) > 0


def test_gpkg_and_geoparquet_read_back_in_geopandas(runner, gazetteer, tmp_path):
    import geopandas as gpd

    expected = len(_geojson(runner, str(SEEDS))["features"])
    for fmt, name in (("gpkg", "places.gpkg"), ("parquet", "places.parquet")):
        target = tmp_path / name
        assert runner.invoke(main, ["export", str(SEEDS), "--format", fmt, "-o", str(target), "-q"]).exit_code == 0
        frame = gpd.read_parquet(target) if fmt == "parquet" else gpd.read_file(target)
        assert len(frame) == expected and frame.crs.to_epsg() == 4326
        assert "Minsk" in set(frame["name"])
    assert not list(tmp_path.glob(".*"))  # no temp files left behind


def test_acled_rows_use_acled_columns_and_concatenate(runner, gazetteer, tmp_path):
    import pandas as pd

    target = tmp_path / "acled.csv"
    assert runner.invoke(main, ["export", str(SEEDS), "--format", "acled", "-o", str(target), "-q"]).exit_code == 0
    ours = pd.read_csv(target)
    assert list(ours.columns[:6]) == ["event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type"]
    zhodino = ours[ours["location"] == "Horad Zhodzina"]
    assert list(zhodino["event_date"]) == ["2020-08-13"]
    assert set(zhodino["sub_event_type"]) == {"Peaceful protest"} and "STRIKE" in zhodino["geomap_type"].iloc[0]
    assert set(ours["country"]) <= {"Belarus", "Lithuania"}
    acled = pd.DataFrame([{"event_date": "2020-08-15", "event_type": "Protests", "sub_event_type": "Peaceful protest",
                           "country": "Belarus", "admin1": "Minsk", "location": "Minsk", "latitude": 53.9,
                           "longitude": 27.5667, "geo_precision": 1, "source": "ACLED", "notes": "x"}])
    merged = pd.concat([acled, ours], ignore_index=True)
    assert len(merged) == len(ours) + 1 and merged["latitude"].dtype.kind == "f"


def test_unknown_format_or_level_lists_the_valid_ones(runner, tmp_path):
    result = runner.invoke(main, ["export", str(SEEDS), "--format", "xlsx", "-o", str(tmp_path / "x")])
    assert result.exit_code == 2 and "geojson" in result.stderr and "acled" in result.stderr
    result = runner.invoke(main, ["geojson", str(SEEDS), "--level", "country"])
    assert result.exit_code == 2 and "place" in result.stderr and "event" in result.stderr


@pytest.fixture(scope="module")
def result(gazetteer):
    return Geoparser(gazetteer).parse("Workers in Zhodino walked out on Thursday.", id="a", date="2020-08-14")


def test_a_result_converts_to_geojson_and_a_geodataframe(result):
    collection = result.to_geojson()
    assert collection["features"][0]["properties"]["name"] == "Horad Zhodzina"
    frame = result.to_geodataframe(level="event")
    assert list(frame["type"]) == ["STRIKE"] and frame.crs.to_epsg() == 4326
    assert frame.geometry.iloc[0].x == pytest.approx(28.3331)

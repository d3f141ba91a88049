"""`geomap batch`: a corpus parsed in partitions (locally or on a Dask LocalCluster) into
(Geo)Parquet, and read back by `geomap map` and `geomap export` without parsing again."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from geomap.batch import BLOCK_LINES, Block, partitions, plan_blocks
from geomap.cli import main

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    towns = ["Minsk", "Hrodna", "Brest", "Vilnius", "Kaunas", "Riga", "Warsaw", "Kyiv", "Lviv", "Prague"]
    lines = [json.dumps({"id": f"n{i}", "date": f"2020-08-{10 + i % 7:02d}", "source": "Wire",
                         "text": f"Workers in {town} went on strike on Monday, and police detained {i} marchers in {town}."})
             for i, town in enumerate(towns * 3)]
    lines.insert(7, "{broken json")
    path = tmp_path / "wire.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _geojson(runner, *args) -> dict:
    result = runner.invoke(main, ["geojson", *args, "-q"])
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)


def test_blocks_cover_every_line_and_partitions_keep_order(tmp_path):
    path = tmp_path / "big.jsonl"
    path.write_text("".join(json.dumps({"id": i, "text": "x"}) + "\n" for i in range(BLOCK_LINES * 2 + 7)), encoding="utf-8")
    blocks = plan_blocks([str(path)])
    assert [b.count for b in blocks] == [BLOCK_LINES, BLOCK_LINES, 7]
    assert [b.first_line for b in blocks] == [1, BLOCK_LINES + 1, 2 * BLOCK_LINES + 1]
    parts = partitions([Block(str(i)) for i in range(10)], 3)
    assert [[b.path for b in p] for p in parts] == [["0", "1", "2", "3"], ["4", "5", "6"], ["7", "8", "9"]]


@pytest.mark.parametrize("engine", ["local", "dask"])
def test_batch_output_reads_back_as_the_same_features(runner, gazetteer, corpus, tmp_path, engine):
    out = tmp_path / f"batch-{engine}"
    args = ["batch", str(corpus), str(SEEDS), "-o", str(out), "--engine", engine, "--partitions", "3"]
    if engine == "dask":
        args += ["--workers", "2"]
    result = runner.invoke(main, args)
    assert result.exit_code == 1, result.output  # one broken line: reported, the rest processed
    assert f"{corpus}:8: not valid JSON" in result.stderr
    manifest = json.loads((out / "geomap-batch.json").read_text())
    assert manifest["documents"] == 33 and manifest["partitions"] == 3 and len(manifest["skipped"]) == 1
    assert len(list((out / "mentions").glob("part-*.parquet"))) == 3
    for level in ("place", "event"):
        direct = _geojson(runner, str(corpus), str(SEEDS), "--level", level)
        stored = _geojson(runner, str(out), "--level", level)
        assert stored == direct


def test_mentions_and_events_are_geoparquet(runner, gazetteer, corpus, tmp_path):
    import geopandas as gpd

    out = tmp_path / "b"
    runner.invoke(main, ["batch", str(corpus), "-o", str(out)])
    mentions = gpd.read_parquet(out / "mentions" / "part-00000.parquet")
    assert mentions.crs.to_epsg() == 4326 and "Minsk" in set(mentions["name"])
    events = gpd.read_parquet(out / "events" / "part-00000.parquet")
    assert {"STRIKE", "ARREST"} <= set(events["type"])


def test_map_draws_a_batch_folder(runner, gazetteer, corpus, tmp_path):
    out = tmp_path / "b"
    runner.invoke(main, ["batch", str(corpus), "-o", str(out)])
    target = tmp_path / "m.html"
    result = runner.invoke(main, ["map", str(out), "-o", str(target)])
    assert result.exit_code == 0, result.output
    assert "30 article(s) read" in result.stderr and target.is_file()


def test_batch_refuses_a_folder_of_other_files(runner, gazetteer, corpus, tmp_path):
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "notes.txt").write_text("mine", encoding="utf-8")
    result = runner.invoke(main, ["batch", str(corpus), "-o", str(busy)])
    assert result.exit_code == 2 and "not empty" in result.stderr
    assert (busy / "notes.txt").read_text() == "mine"


def _batch_one(runner, tmp_path, text: str, *options: str):
    """Run `geomap batch` over one article with ``options``: (its mentions table, the manifest)."""
    import geopandas as gpd

    notes = tmp_path / "notes.jsonl"
    notes.write_text(json.dumps({"id": "n1", "text": text}) + "\n")
    out = tmp_path / "b"
    result = runner.invoke(main, ["batch", str(notes), "-o", str(out), *options])
    assert result.exit_code == 0, result.output
    return gpd.read_parquet(out / "mentions" / "part-00000.parquet"), json.loads((out / "geomap-batch.json").read_text())


def test_batch_workers_are_told_the_country_the_articles_are_about(runner, gazetteer, tmp_path):
    mentions, manifest = _batch_one(runner, tmp_path, "Rioters raided Yala rice farm and whipped workers.", "--about", "KE")
    assert list(mentions["country_code"]) == ["KE"]
    assert manifest["about"] == ["KE"]  # the run says how it was made


def test_batch_workers_are_told_how_sure_a_pick_must_be(runner, gazetteer, tmp_path):
    mentions, manifest = _batch_one(runner, tmp_path, "Protesters gathered in Portland and Salem on Sunday.",
                                    "--min-confidence", "0.99")
    assert list(mentions[mentions["geonameid"].notna()]["text"]) == ["Salem"]
    assert manifest["min_confidence"] == 0.99

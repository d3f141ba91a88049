"""`geomap places` and `geomap eval toponyms`."""

import csv
import io
import json

from geomap.cli import main


def test_places_jsonl_one_line_per_record_in_order_with_duplicates(runner, gazetteer, tmp_path):
    corpus = tmp_path / "c.jsonl"
    lines = [{"id": "b", "text": "Strike in Zhodino."}, {"id": "a", "text": "No places here."},
             {"id": "b", "text": "Strike in Zhodino."}, {"text": "March in Hrodna."}]
    corpus.write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    result = runner.invoke(main, ["places", str(corpus), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in records] == ["b", "a", "b", "c:4"]
    assert records[0]["mentions"][0]["geonameid"] == 618800
    assert records[1]["mentions"] == []


def test_places_given_spans_keeps_the_given_offsets(runner, gazetteer, tmp_path):
    corpus = tmp_path / "g.jsonl"
    corpus.write_text(json.dumps({"id": "g", "text": "Riots hit paris and LYON",
                                  "toponyms": [{"start": 10, "end": 15}, {"start": 20, "end": 24}]}) + "\n")
    result = runner.invoke(main, ["places", str(corpus), "--format", "jsonl", "--given-spans"])
    (record,) = [json.loads(x) for x in result.stdout.splitlines()]
    assert [(m["start"], m["end"]) for m in record["mentions"]] == [(10, 15), (20, 24)]
    assert all(m["country_code"] == "FR" for m in record["mentions"])


def test_places_bad_records_are_reported_and_skipped(runner, gazetteer, tmp_path):
    corpus = tmp_path / "g.jsonl"
    corpus.write_text(
        json.dumps({"id": "ok", "text": "Minsk"}) + "\n{oops\n"
        + json.dumps({"id": "bad", "text": "Minsk", "toponyms": [{"start": 0, "end": 50}]}) + "\n"
    )
    result = runner.invoke(main, ["places", str(corpus), "--format", "jsonl", "--given-spans"])
    assert result.exit_code == 1
    assert [json.loads(x)["id"] for x in result.stdout.splitlines()] == ["ok"]
    assert f"{corpus}:2: not valid JSON" in result.stderr
    assert "outside the text" in result.stderr


def test_places_csv_and_table(runner, gazetteer, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("date 2020-08-14 (X) -- Workers in Zhodino and Minsk walked out.", encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(runner.invoke(main, ["places", str(article), "--format", "csv"]).stdout)))
    assert [r["text"] for r in rows] == ["Zhodino", "Minsk"]
    assert rows[0]["lat"] and rows[0]["geonameid"] == "618800"
    table = runner.invoke(main, ["places", str(article)]).stdout.splitlines()
    assert table[0].startswith("id\tstart") and len(table) == 3


def test_eval_toponyms_scores_a_small_corpus(runner, gazetteer, tmp_path):
    corpus = tmp_path / "gold.jsonl"
    text = "Protesters gathered in Minsk and Hrodna, Belarus."
    gold = [{"start": 23, "end": 28, "name": "Minsk", "lat": 53.9, "lon": 27.5667, "geonameid": 625144},
            {"start": 33, "end": 39, "name": "Hrodna", "lat": 53.6884, "lon": 23.8258, "geonameid": 627904},
            {"start": 41, "end": 48, "name": "Belarus", "lat": 53.0, "lon": 28.0, "geonameid": 630336}]
    corpus.write_text(json.dumps({"id": "x", "text": text, "toponyms": gold}) + "\n")
    result = runner.invoke(main, ["eval", "toponyms", str(corpus), "--json"])
    summary = json.loads(result.stdout)
    assert summary["precision"] == summary["recall"] == 1.0
    assert summary["acc_at_161"] == 1.0 and summary["exact_geonameid"] == 1.0
    assert summary["median_error_km"] == 0.0 and summary["auc"] == 0.0


def test_eval_counts_a_miss_as_half_the_earth(runner, gazetteer, tmp_path):
    corpus = tmp_path / "gold.jsonl"
    gold = [{"start": 0, "end": 8, "name": "Qwxzvvbn", "lat": 10.0, "lon": 10.0, "geonameid": None}]
    corpus.write_text(json.dumps({"id": "x", "text": "Qwxzvvbn is far.", "toponyms": gold}) + "\n")
    summary = json.loads(runner.invoke(main, ["eval", "toponyms", str(corpus), "--json", "--given-spans"]).stdout)
    assert summary["acc_at_161"] == 0.0 and summary["mean_error_km"] == 20039.0 and summary["auc"] == 1.0


def test_a_reader_that_stops_early_is_not_an_error(gazetteer, tmp_path):
    import os
    import subprocess
    import sys
    from pathlib import Path

    corpus = tmp_path / "many.jsonl"
    corpus.write_text("".join('{"text": "Strike in Zhodino and Minsk."}\n' for _ in range(3000)), encoding="utf-8")
    script = Path(sys.executable).parent / "geomap"
    env = {**os.environ, "GEOMAP_GAZETTEER": str(gazetteer.path)}
    proc = subprocess.run(f"'{script}' places '{corpus}' --format jsonl | head -1", shell=True,
                          capture_output=True, text=True, env=env, timeout=120)
    assert proc.stdout.count("\n") == 1
    assert "error" not in proc.stderr.lower()


def test_about_tells_every_command_the_country_and_rejects_an_unknown_code(runner, gazetteer, tmp_path):
    note = tmp_path / "note.txt"
    note.write_text("Rioters raided Yala rice farm and whipped workers.\n", encoding="utf-8")
    for command in (["places", "--format", "jsonl"], ["events", "--format", "jsonl"]):
        plain = runner.invoke(main, [*command, str(note)])
        desk = runner.invoke(main, [*command, "--about", "KE", str(note)])
        assert plain.exit_code == desk.exit_code == 0, desk.output
        assert _country_codes(plain.stdout) == {"TH"} and _country_codes(desk.stdout) == {"KE"}
    bad = runner.invoke(main, ["places", "--about", "XX", str(note)])
    assert bad.exit_code == 2 and "unknown country code 'XX'" in bad.stderr


def _country_codes(jsonl: str) -> set[str]:
    """The countries of a jsonl output's picks (mentions and event places, not alternates)."""
    found = set()

    def walk(value):
        if isinstance(value, dict):
            if value.get("country_code"):
                found.add(value["country_code"])
            for key, v in value.items():
                if key != "alternates":
                    walk(v)
        elif isinstance(value, list):
            for v in value:
                walk(v)

    for line in jsonl.splitlines():
        walk(json.loads(line))
    return found


def test_min_confidence_leaves_unsure_names_without_a_point_in_every_command(runner, gazetteer, tmp_path):
    note = tmp_path / "note.txt"
    note.write_text("Protesters gathered in Portland and Salem on Sunday.\n", encoding="utf-8")

    def placed(args: list[str]) -> set[str]:
        result = runner.invoke(main, ["places", "--format", "jsonl", *args, str(note)])
        assert result.exit_code == 0, result.output
        return {m["text"] for m in json.loads(result.stdout)["mentions"] if m["lat"] is not None}

    assert placed([]) == {"Portland", "Salem"}  # Portland, Oregon at 0.95; Salem at 0.99
    assert placed(["--min-confidence", "0.99"]) == {"Salem"}
    out = tmp_path / "sure.geojson"
    result = runner.invoke(main, ["geojson", "-q", "--min-confidence", "0.99", "-o", str(out), str(note)])
    assert result.exit_code == 0, result.output
    assert [f["properties"]["name"] for f in json.loads(out.read_text())["features"]] == ["Salem"]
    bad = runner.invoke(main, ["places", "--min-confidence", "1.5", str(note)])
    assert bad.exit_code == 2 and "--min-confidence" in bad.stderr


def test_min_confidence_help_states_the_resolvers_default(runner):
    from geomap.resolve import Weights

    result = runner.invoke(main, ["places", "--help"])
    assert f"default {Weights().min_confidence})" in " ".join(result.stdout.split())


def test_table_and_csv_say_why_each_place_or_none(runner, gazetteer, tmp_path):
    note = tmp_path / "note.txt"
    note.write_text("Protesters gathered in Springfield on Sunday.\n", encoding="utf-8")
    table = runner.invoke(main, ["places", str(note)])
    header, row = table.stdout.splitlines()
    assert header.split("\t")[-1] == "reasons"
    assert row.split("\t")[-1].startswith("abstained: best guess Springfield")  # no point, and why
    out = runner.invoke(main, ["places", "--format", "csv", str(note)])
    (record,) = csv.DictReader(io.StringIO(out.stdout))
    assert record["lat"] == "" and record["reasons"].startswith("abstained")

"""Broken input: nothing crashes, nothing good is lost, exit codes say what happened (#7)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from geomap.cli import main

ARTICLE = "date 2020-08-14 (Wire) -- Workers in Zhodino walked out on Thursday, and thousands marched in Minsk."


def _places(runner, *args) -> tuple[int, list[dict], str]:
    result = runner.invoke(main, ["places", *args, "--format", "jsonl", "-q"])
    records = [json.loads(line) for line in result.stdout.splitlines()]
    return result.exit_code, records, result.stderr


def _names(record: dict) -> list[str]:
    return [m["name"] for m in record["mentions"] if m["name"]]


@pytest.mark.parametrize("content", [b"", b"   \n\t \r\n"])
def test_an_empty_file_alone_is_nothing_usable_and_writes_nothing(runner, gazetteer, tmp_path, content):
    article = tmp_path / "empty.txt"
    article.write_bytes(content)
    target = tmp_path / "m.html"
    result = runner.invoke(main, ["map", str(article), "-o", str(target)])
    assert result.exit_code == 2 and "empty file" in result.stderr
    assert not target.exists()
    assert runner.invoke(main, ["places", str(article)]).exit_code == 2


def test_bad_files_in_a_folder_are_reported_and_the_good_ones_mapped(runner, gazetteer, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "empty.txt").write_text("  \n", encoding="utf-8")
    (folder / "noise.txt").write_bytes(os.urandom(4096))
    (folder / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(512))  # not an article type: ignored
    (folder / "archive.zip").write_bytes(b"PK\x03\x04" + os.urandom(512))
    (folder / "loop").symlink_to(folder)  # a symlink loop must not hang the walk
    target = tmp_path / "m.html"
    result = runner.invoke(main, ["map", str(folder), "-o", str(target)])
    assert result.exit_code == 1, result.output
    assert f"{folder / 'empty.txt'}: empty file" in result.stderr
    assert f"{folder / 'noise.txt'}: binary data" in result.stderr
    assert "photo.png" not in result.stderr and target.is_file()
    assert "1 article(s) read, 2 skipped" in result.stderr


@pytest.mark.parametrize("encode", [
    lambda t: b"\xef\xbb\xbf" + t.encode("utf-8"),  # UTF-8 with BOM
    lambda t: t.encode("utf-16"),  # UTF-16 with BOM
    lambda t: t.replace("\n", "\r\n").encode("utf-8"),  # CRLF
    lambda t: t.replace("\n", "\r").encode("utf-8"),  # lone CR
    lambda t: t.replace(" and ", " and\x00 ").encode("utf-8"),  # a NUL byte
])
def test_encodings_and_line_ends_give_the_same_places(runner, gazetteer, tmp_path, encode):
    text = "date 2020-08-14 (Wire) -- Workers in Zhodino walked out.\nThousands marched in Minsk and Brest.\n"
    reference = tmp_path / "ref.txt"
    reference.write_text(text, encoding="utf-8")
    variant = tmp_path / "variant.txt"
    variant.write_bytes(encode(text))
    _, (expected,), _ = _places(runner, str(reference))
    code, (got,), _ = _places(runner, str(variant))
    assert code == 0 and _names(got) == _names(expected) == ["Horad Zhodzina", "Minsk", "Brest"]
    raw = variant.read_bytes()
    decoded = raw.decode("utf-16") if raw.startswith(b"\xff\xfe") else raw.decode("utf-8-sig")
    assert all(decoded[m["start"]:m["end"]] == m["text"] for m in got["mentions"])


def test_legacy_encodings_are_detected_and_said_or_chosen(runner, gazetteer, tmp_path):
    russian = tmp_path / "ru.txt"
    russian.write_bytes("Забастовка на заводе БелАЗ в Жодино продолжается, в Минске прошли марши протеста.".encode("cp1251"))
    code, (record,), stderr = _places(runner, str(russian))
    assert code == 0 and "decoded as cp1251 (detected)" in stderr
    assert "Жодино" in [m["text"] for m in record["mentions"]]
    code, (record,), stderr = _places(runner, str(russian), "--encoding", "cp1251")
    assert code == 0 and "decoded as" not in stderr
    french = tmp_path / "fr.txt"
    french.write_bytes("Des milliers de manifestants ont défilé à Genève et à Zürich dimanche.".encode("latin-1"))
    code, (record,), stderr = _places(runner, str(french))
    assert code == 0 and "cp1252 (assumed" in stderr and "Genève" in [m["text"] for m in record["mentions"]]
    short = tmp_path / "short.txt"
    short.write_bytes("Минск".encode("cp1251"))  # too little text to tell: refused, not garbled
    code, records, stderr = _places(runner, str(short))
    assert code == 2 and records == [] and "pass --encoding" in stderr
    assert runner.invoke(main, ["places", str(short), "--encoding", "nonsense-8"]).exit_code == 2


def test_jsonl_problems_are_reported_by_line_and_the_rest_processed(runner, gazetteer, tmp_path):
    lines = [json.dumps({"id": "a", "text": ARTICLE}), "{not json", json.dumps({"id": "b"}),
             json.dumps({"id": "c", "text": 42}), json.dumps({"id": "a", "text": "Police detained students in Hrodna."}),
             json.dumps({"id": "big", "text": "Crowds gathered in Vilnius. " + "word " * 400_000})]  # a 2 MB line
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, records, stderr = _places(runner, str(corpus))
    assert code == 1
    assert f"{corpus}:2: not valid JSON" in stderr and f"{corpus}:3: missing or non-string \"text\"" in stderr
    assert f"{corpus}:4: missing or non-string \"text\"" in stderr
    assert [r["id"] for r in records] == ["a", "a", "big"]  # duplicate ids both kept, in order
    assert _names(records[2]) == ["Vilnius"]


def test_an_unreadable_file_is_skipped(runner, gazetteer, tmp_path, monkeypatch):
    good, locked = tmp_path / "good.txt", tmp_path / "locked.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    locked.write_text(ARTICLE, encoding="utf-8")
    real = Path.read_bytes

    def read_bytes(self):
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied")
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    code, records, stderr = _places(runner, str(tmp_path))
    assert code == 1 and len(records) == 1 and "locked.txt: cannot read (Permission denied)" in stderr


def test_output_path_that_is_a_folder_is_refused(runner, gazetteer, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    for command in (["map", str(article), "-o", str(tmp_path)], ["geojson", str(article), "-o", str(tmp_path)],
                    ["export", str(article), "--format", "csv", "-o", str(tmp_path)]):
        result = runner.invoke(main, command)
        assert result.exit_code == 2 and "is a folder" in result.stderr, command


def test_text_without_places_is_success_with_empty_output(runner, gazetteer, tmp_path):
    article = tmp_path / "calm.txt"
    article.write_text("It rained all day and nothing else happened.", encoding="utf-8")
    code, (record,), _ = _places(runner, str(article))
    assert code == 0 and record["mentions"] == []
    target = tmp_path / "calm.html"
    assert runner.invoke(main, ["map", str(article), "-o", str(target)]).exit_code == 0 and target.is_file()


def test_an_internal_error_is_one_line_saying_where_the_details_are(runner, gazetteer, tmp_path, monkeypatch):
    from geomap import pipeline

    def broken(self, *args, **kwargs):
        raise RuntimeError("simulated fault")

    monkeypatch.setattr(pipeline.Geoparser, "parse", broken)
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    result = runner.invoke(main, ["places", str(article)])
    assert result.exit_code == 3
    (line,) = result.stderr.strip().splitlines()
    assert "internal error: RuntimeError: simulated fault" in line and "Traceback" not in result.stderr
    log = Path(line.split("details in ")[1].split(";")[0])
    assert "simulated fault" in log.read_text() and "Traceback" in log.read_text()


def test_sigterm_mid_run_leaves_no_output_and_no_temp_file(gazetteer, tmp_path):
    corpus = tmp_path / "many.jsonl"
    corpus.write_text("\n".join(json.dumps({"id": i, "text": ARTICLE + f" Copy {i}."}) for i in range(20000)),
                      encoding="utf-8")
    target = tmp_path / "out" / "m.html"
    target.parent.mkdir()
    process = subprocess.Popen([sys.executable, "-m", "geomap", "map", str(corpus), "-o", str(target), "-q"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    time.sleep(4)
    process.send_signal(signal.SIGTERM)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130, stderr
    assert b"interrupted" in stderr and b"Traceback" not in stderr
    assert list(target.parent.iterdir()) == []


@pytest.mark.slow
def test_a_50_mb_article_is_read_whole(runner, gazetteer, tmp_path):
    import random

    rng = random.Random(1)
    words = ["the", "workers", "said", "that", "police", "and", "crowd", "many", "people", "were", "at", "of"]
    sentences, size, placed = [], 0, 0
    while size < 50_000_000:
        sentence = " ".join(rng.choice(words) for _ in range(12)).capitalize() + "."
        if rng.random() < 0.01:
            sentence += " Protesters marched in Minsk on Sunday."
            placed += 1
        sentences.append(sentence)
        size += len(sentence) + 1
    article = tmp_path / "huge.txt"
    article.write_text(" ".join(sentences), encoding="utf-8")
    code, (record,), _ = _places(runner, str(article))
    assert code == 0
    assert sum(1 for m in record["mentions"] if m["name"] == "Minsk") == placed


HOSTILE = "<script>alert(1)</script> <img src=x onerror=alert(2)> `${alert(3)}` {{7*7}} \"q\" 'q' back\\slash " \
          "javascript:alert(4) data:text/html,x \u202eevil\u202c =SUM(A1) +1 -1 @x " + "W" * 5000


def test_hostile_corpus_exports_stay_valid_and_identical_across_runs(runner, gazetteer, tmp_path):
    import csv
    import io

    records = [{"id": HOSTILE[:80], "title": HOSTILE, "url": "javascript:alert(1)", "source": "=cmd|' /C calc'!A0",
                "date": "2020-08-14", "text": "Protesters marched in Minsk and in Santiago, Chile. " + HOSTILE}]
    corpus = tmp_path / "hostile.jsonl"
    corpus.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    for fmt, name in (("geojson", "a.geojson"), ("csv", "a.csv"), ("acled", "a.csv")):
        outputs = []
        for run in ("one", "two"):
            target = tmp_path / run / fmt / name
            result = runner.invoke(main, ["export", str(corpus), "--format", fmt, "-o", str(target), "-q"])
            assert result.exit_code == 0, result.output
            outputs.append(target.read_bytes())
        assert outputs[0] == outputs[1], fmt  # byte-identical: no timestamps, random ids or set order
        text = outputs[0].decode("utf-8")
        if fmt == "geojson":
            assert json.loads(text)["features"]
        else:
            rows = list(csv.reader(io.StringIO(text)))
            assert len({len(r) for r in rows}) == 1 and len(rows) >= 2
            assert all(not cell.startswith(("=", "+", "-", "@")) for row in rows[1:] for cell in row
                       if not _is_number(cell))


def _is_number(cell: str) -> bool:
    try:
        float(cell)
        return True
    except ValueError:
        return False


def test_default_map_name_from_a_hostile_file_name_stays_in_the_output_folder(runner, gazetteer, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    article = tmp_path / "..%2F..%2Fetc ${x} <b>.txt"
    article.write_text("Protesters marched in Minsk.", encoding="utf-8")
    result = runner.invoke(main, ["map", str(article), "-q"])
    assert result.exit_code == 0, result.output
    written = Path(result.stdout.strip())
    assert written.parent == Path("output") and (tmp_path / written).is_file()

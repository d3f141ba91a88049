"""`geomap map`: the command the Quickstart runs."""

import re
from pathlib import Path

from geomap.cli import main

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def test_map_of_the_bundled_sample_draws_its_towns(runner, gazetteer, tmp_path):
    target = tmp_path / "belarus.html"
    result = runner.invoke(main, ["map", str(SEEDS), "-o", str(target), "--title", "Belarus 2020"])
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == str(target)
    html = target.read_text(encoding="utf-8")
    assert "<title>Belarus 2020</title>" in html
    for town in ("Minsk", "Horad Zhodzina", "Hrodna", "Brest", "Vilnius"):
        assert town in html, town
    assert len(re.findall(r"L\.marker\(", html)) >= 5
    assert "GeoNames" in html  # the attribution the licence requires


def test_default_output_goes_to_output_folder(runner, gazetteer, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    article = tmp_path / "minsk.txt"
    article.write_text("date 2020-08-16 (X) -- A march filled Minsk in Belarus.", encoding="utf-8")
    result = runner.invoke(main, ["map", str(article)])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "output" / "minsk.html").is_file()


def test_hostile_file_name_becomes_escaped_text(runner, gazetteer, tmp_path):
    article = tmp_path / "<img src=x onerror=alert(1)>${alert(2)}.txt"
    article.write_text("Protesters gathered in Minsk, Belarus.", encoding="utf-8")
    target = tmp_path / "map.html"
    result = runner.invoke(main, ["map", str(article), "-o", str(target)])
    assert result.exit_code == 0, result.output
    html = target.read_text(encoding="utf-8")
    assert "<img src=x" not in html and "${alert(2)}" not in html
    assert "&lt;img src=x onerror=alert(1)&gt;&#36;&#123;alert(2)&#125;" in html


def test_output_into_a_missing_folder_is_refused_cleanly(runner, gazetteer, tmp_path):
    result = runner.invoke(main, ["map", str(SEEDS), "-o", str(tmp_path / "nope" / "m.html")])
    assert result.exit_code == 2 and "does not exist" in result.stderr
    assert not (tmp_path / "nope").exists()


def test_missing_input_is_a_usage_error(runner, tmp_path):
    result = runner.invoke(main, ["map", str(tmp_path / "absent.txt")])
    assert result.exit_code == 2 and "no such file" in result.stderr

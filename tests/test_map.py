"""`geomap map`: the command the Quickstart runs, and the page it writes (structure, offline,
escaping). What the page does in a browser is pinned in test_map_browser.py."""

from __future__ import annotations

import json
import re
from pathlib import Path

from geomap.cli import main

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def _data(html: str) -> dict:
    island = re.search(r'<script type="application/json" id="geomap-data">(.*?)</script>', html, re.S)
    return json.loads(island.group(1))


def test_map_of_the_bundled_sample_draws_its_towns(runner, gazetteer, tmp_path):
    target = tmp_path / "belarus.html"
    result = runner.invoke(main, ["map", str(SEEDS), "-o", str(target), "--title", "Belarus 2020"])
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == str(target)
    html = target.read_text(encoding="utf-8")
    assert "<title>Belarus 2020</title>" in html and '<html lang="en">' in html
    names = {p["name"] for p in _data(html)["places"]}
    assert {"Minsk", "Horad Zhodzina", "Hrodna", "Brest", "Vilnius", "Lithuania"} <= names
    assert "GeoNames" in html  # the attribution the licence requires
    assert len(html.encode("utf-8")) <= 1_500_000


def test_page_links_no_network_resource(runner, gazetteer, tmp_path):
    target = tmp_path / "m.html"
    assert runner.invoke(main, ["map", str(SEEDS), "-o", str(target)]).exit_code == 0
    html = target.read_text(encoding="utf-8")
    assert not re.search(r'<(?:script|link|img)[^>]+(?:src|href)=["\']?(?:https?:)?//', html)
    assert "cdn.jsdelivr" not in html and "code.jquery.com" not in html
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html).group(1)
    assert "default-src 'none'" in csp and "connect-src 'none'" in csp and "unsafe-inline" not in csp.split("style-src")[0]


def test_two_runs_write_identical_bytes(runner, gazetteer, tmp_path):
    first, second = tmp_path / "a.html", tmp_path / "b.html"
    runner.invoke(main, ["map", str(SEEDS), "-o", str(first)])
    runner.invoke(main, ["map", str(SEEDS), "-o", str(second)])
    assert first.read_bytes() == second.read_bytes()


def test_default_output_goes_to_output_folder(runner, gazetteer, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    article = tmp_path / "minsk.txt"
    article.write_text("date 2020-08-16 (X) -- A march filled Minsk in Belarus.", encoding="utf-8")
    result = runner.invoke(main, ["map", str(article)])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "output" / "minsk.html").is_file()


def test_hostile_text_reaches_the_page_only_as_escaped_data(runner, gazetteer, tmp_path):
    article = tmp_path / "<img src=x onerror=alert(1)>${alert(2)}.txt"
    hostile = "Protesters gathered in Minsk. </script><script>alert(3)</script> `${alert(4)}` \\ 'q\" javascript:alert(5)"
    article.write_text(hostile, encoding="utf-8")
    target = tmp_path / "map.html"
    result = runner.invoke(main, ["map", str(article), "-o", str(target)])
    assert result.exit_code == 0, result.output
    html = target.read_text(encoding="utf-8")
    assert "<img src=x" not in html and "<script>alert(3)" not in html
    assert "&lt;img src=x onerror=alert(1)&gt;&#36;&#123;alert(2)&#125;" in html  # the <title>
    doc = _data(html)["documents"][0]
    assert doc["text"] == hostile and doc["id"].startswith("<img src=x")


def test_tiles_are_opt_in_and_open_only_their_server(runner, gazetteer, tmp_path):
    target = tmp_path / "t.html"
    assert runner.invoke(main, ["map", str(SEEDS), "-o", str(target), "--tiles", "osm"]).exit_code == 0
    html = target.read_text(encoding="utf-8")
    assert "tile.openstreetmap.org" in html
    assert "img-src data: https://tile.openstreetmap.org" in html
    bad = runner.invoke(main, ["map", str(SEEDS), "-o", str(tmp_path / "u.html"), "--tiles", "nope.nothing"])
    assert bad.exit_code == 2 and "unknown tile provider" in bad.stderr
    assert not (tmp_path / "u.html").exists()


def test_output_into_a_missing_folder_is_refused_cleanly(runner, gazetteer, tmp_path):
    result = runner.invoke(main, ["map", str(SEEDS), "-o", str(tmp_path / "nope" / "m.html")])
    assert result.exit_code == 2 and "does not exist" in result.stderr
    assert not (tmp_path / "nope").exists()


def test_missing_input_is_a_usage_error(runner, tmp_path):
    result = runner.invoke(main, ["map", str(tmp_path / "absent.txt")])
    assert result.exit_code == 2 and "no such file" in result.stderr


def test_template_syntax_in_articles_is_never_evaluated(runner, gazetteer, tmp_path):
    # folium renders page parts as Jinja templates: article text must never become one.
    article = tmp_path / "a.txt"
    article.write_text("Protesters marched in Minsk. {{7*7}} {% for x in [1] %}loop{% endfor %} {{ config }}", encoding="utf-8")
    target = tmp_path / "a.html"
    assert runner.invoke(main, ["map", str(article), "-o", str(target)]).exit_code == 0
    (doc,) = _data(target.read_text(encoding="utf-8"))["documents"]
    assert doc["text"].endswith("{{7*7}} {% for x in [1] %}loop{% endfor %} {{ config }}")


def test_png_is_a_picture_of_the_same_map(runner, gazetteer, tmp_path):
    target, png = tmp_path / "m.html", tmp_path / "m.png"
    result = runner.invoke(main, ["map", str(SEEDS), "-o", str(target), "--png", str(png)])
    assert result.exit_code == 0, result.output
    assert result.stdout.split() == [str(target), str(png)]
    picture = png.read_bytes()
    assert picture.startswith(b"\x89PNG\r\n\x1a\n") and len(picture) > 20_000
    bad = runner.invoke(main, ["map", str(SEEDS), "-o", str(tmp_path / "n.html"), "--png", str(tmp_path / "no" / "n.png")])
    assert bad.exit_code == 2 and not (tmp_path / "n.html").exists()

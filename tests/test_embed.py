"""`geomap embed`: the iframe snippet a newsroom pastes into its CMS."""

from __future__ import annotations

import re
from pathlib import Path

from geomap.cli import main

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def _page(runner, tmp_path: Path, title: str) -> Path:
    target = tmp_path / "m.html"
    assert runner.invoke(main, ["map", str(SEEDS), "-o", str(target), "--title", title]).exit_code == 0
    return target


def test_snippet_is_a_sandboxed_lazy_titled_frame(runner, gazetteer, tmp_path):
    page = _page(runner, tmp_path, 'Strikes "spread" <fast>')
    result = runner.invoke(main, ["embed", str(page), "--url", "https://news.example/maps/m.html?a=1&b=2"])
    assert result.exit_code == 0, result.output
    snippet = result.stdout
    iframe = re.search(r"<iframe [^>]+>", snippet).group(0)
    assert 'src="https://news.example/maps/m.html?a=1&amp;b=2"' in iframe
    assert 'title="Map: Strikes &quot;spread&quot; &lt;fast&gt;"' in iframe
    assert 'loading="lazy"' in iframe and 'referrerpolicy="no-referrer"' in iframe
    sandbox = re.search(r'sandbox="([^"]*)"', iframe).group(1).split()
    assert "allow-scripts" in sandbox and "allow-same-origin" not in sandbox and "allow-top-navigation" not in sandbox
    assert "padding-top:62.5%" in snippet  # responsive 16:10 by default


def test_height_and_aspect_choose_the_frame_size(runner, gazetteer, tmp_path):
    page = _page(runner, tmp_path, "m")
    fixed = runner.invoke(main, ["embed", str(page), "--url", "https://x.example/m", "--height", "480"]).stdout
    assert "height:480px" in fixed and "padding-top" not in fixed
    wide = runner.invoke(main, ["embed", str(page), "--url", "https://x.example/m", "--aspect", "16:9"]).stdout
    assert "padding-top:56.25%" in wide


def test_unsafe_or_odd_arguments_are_refused(runner, gazetteer, tmp_path):
    page = _page(runner, tmp_path, "m")
    for args in (["--url", "javascript:alert(1)"], ["--url", "https://x.example/m", "--aspect", "wide"],
                 ["--url", "https://x.example/m", "--height", "10"],
                 ["--url", "https://x.example/m", "--height", "400", "--aspect", "4:3"]):
        result = runner.invoke(main, ["embed", str(page), *args])
        assert result.exit_code == 2, args
        assert result.stdout == ""
    assert runner.invoke(main, ["embed", str(tmp_path / "absent.html"), "--url", "https://x.example/m"]).exit_code == 2

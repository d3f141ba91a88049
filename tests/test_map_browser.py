"""The map page in a real browser (headless Chromium driven by Playwright).

Needs Debian's ``chromium`` (``apt-get install chromium``) and the ``playwright`` package; the
tests skip with that message where either is missing — except under CI (``CI=true``), where
they must run. Every request the page makes is routed: anything that is not the page's own
``file:`` URL is aborted and fails the test.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import struct
import zlib
from pathlib import Path

import pytest

from geomap.cli import main

pytestmark = pytest.mark.browser

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
CHROMIUM = os.environ.get("GEOMAP_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run", "--disable-sync"]


@pytest.fixture(scope="module")
def browser():
    missing = None
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        missing = "the playwright package (pip install playwright)"
    if missing is None and not (Path(CHROMIUM).is_file() or shutil.which(CHROMIUM)):
        missing = "Debian's chromium (apt-get install chromium)"
    if missing:
        if os.environ.get("CI") == "true":
            pytest.fail(f"browser tests must run under CI: install {missing}")
        pytest.skip(f"browser tests need {missing}")
    with sync_playwright() as p:
        instance = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield instance
        instance.close()


class Page:
    """A loaded map page plus what it asked the network for and what went wrong in it."""

    def __init__(self, browser, path: Path):
        self.page = browser.new_page(viewport={"width": 1200, "height": 800})
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.page.route("**/*", self._route)
        self.page.on("pageerror", lambda exc: self.errors.append(str(exc)))
        self.page.on("console", lambda msg: self.errors.append(msg.text) if msg.type == "error" else None)
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.goto(path.resolve().as_uri())
        # (wait_for_function would need eval, which the page's Content-Security-Policy forbids)
        self.page.locator("#geomap-articles .gm-article").first.wait_for(timeout=10_000)

    def _route(self, route):
        url = route.request.url
        if url.startswith("file:") or url.startswith("data:"):
            route.continue_()
        else:
            self.requests.append(url)
            route.abort()

    def js(self, expression: str):
        return self.page.evaluate(expression)


def _map(runner, tmp_path: Path, *inputs: str, name: str = "m.html") -> Path:
    target = tmp_path / name
    result = runner.invoke(main, ["map", *inputs, "-o", str(target), "--title", "Test map"])
    assert result.exit_code == 0, result.output
    return target


@pytest.fixture(scope="module")
def seed_map(browser, gazetteer, tmp_path_factory):
    from click.testing import CliRunner

    path = _map(CliRunner(), tmp_path_factory.mktemp("seed"), str(SEEDS))
    page = Page(browser, path)
    yield page
    page.page.close()


def test_seed_map_makes_no_network_request_and_no_error(seed_map):
    seed_map.page.wait_for_timeout(300)
    assert seed_map.requests == []
    assert seed_map.errors == []


def test_one_marker_or_outline_per_place(seed_map):
    places = seed_map.js("window.geomap.data.places.length")
    drawn = seed_map.js(
        "Object.values(window.geomap.layers).filter(l => window.geomap.map.hasLayer(l) || window.geomap.container.hasLayer(l)).length"
    )
    assert places >= 9 and drawn == places
    pins = seed_map.page.locator(".leaflet-marker-icon.gm-pin").count()
    outlines = seed_map.js("Object.keys(window.geomap.data.outlines).length")
    assert pins + outlines == places
    assert seed_map.page.locator(".leaflet-marker-icon.gm-pin[aria-label*='Horad Zhodzina — ']").count() == 1


def test_popup_shows_the_mention_sentences_and_links_back_to_the_text(seed_map):
    page = seed_map.page
    page.locator(".gm-pin[aria-label^='Horad Zhodzina']").click()
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for()
    assert "strike ×1" in popup.inner_text()
    assert re.fullmatch(r"placed with \d{1,3}% confidence", popup.locator(".gm-sure").inner_text())
    assert popup.locator("blockquote mark").first.inner_text() == "Zhodino"
    page.locator("#geomap-articles").evaluate("el => el.scrollTop = el.scrollHeight")
    popup.locator("a.gm-to-text").first.click()
    anchor = page.locator("#geomap-articles .gm-flash")
    anchor.wait_for()
    assert anchor.inner_text() == "Zhodino"
    assert anchor.evaluate(
        "el => { const r = el.getBoundingClientRect(), p = el.closest('.gm-panel').getBoundingClientRect();"
        " return r.top >= p.top && r.bottom <= p.bottom; }"
    )


def test_clicking_a_name_in_the_text_opens_its_place(seed_map):
    page = seed_map.page
    page.locator(".gm-mention", has_text="Hrodna").first.click()
    page.locator(".leaflet-popup-content h3", has_text="Hrodna").wait_for()


def test_text_panel_says_what_the_map_left_out(seed_map):
    unplaced = seed_map.page.locator(".gm-unplaced", has_text="Belarusian").first
    assert "demonym" in unplaced.get_attribute("title")
    called = seed_map.page.locator(".gm-trigger.gm-status-called").first
    assert "not mapped" in called.get_attribute("title")


def test_layer_toggle_hides_an_event_type(seed_map):
    page = seed_map.page
    before = page.locator(".leaflet-marker-icon.gm-pin").count()
    label = page.locator(".leaflet-control-layers-overlays label", has_text="named, no event")
    label.locator("input").uncheck()
    after = page.locator(".leaflet-marker-icon.gm-pin").count()
    label.locator("input").check()
    assert after < before
    assert page.locator(".leaflet-marker-icon.gm-pin").count() == before


def test_screenshot_is_not_blank(seed_map, tmp_path):
    shot = seed_map.page.screenshot(path=str(tmp_path / "seed.png"))
    assert len(set(_png_pixels(shot))) > 20  # land, sea, borders, pins, text


def test_hostile_article_runs_nothing_and_shows_literally(browser, runner, gazetteer, tmp_path):
    payloads = [
        "<script>window.__pwned = 1; alert('script')</script>",
        "<img src=x onerror=\"window.__pwned = 2; alert('img')\">",
        "`${window.__pwned = 3}` ${alert('template')}",
        "</script><script>window.__pwned = 4</script>",
        "{{7*7}} 'single' \"double\" back\\slash C:\\new\\path \\u003c",
        "\u202eRTL override\u202c " + "x" * 300,
    ]
    records = [
        {"id": "<b>id</b>${alert(1)}", "title": "<img src=x onerror=alert('title')>",
         "url": "javascript:alert('url')", "date": "2020-08-14",
         "text": "Protesters marched in Minsk. " + " ".join(payloads)},
        {"id": "two", "url": "data:text/html,<script>alert(1)</script>", "date": "2020-08-15",
         "text": "Workers in Zhodino walked out. " + payloads[0]},
    ]
    corpus = tmp_path / "hostile.jsonl"
    corpus.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    page = Page(browser, _map(runner, tmp_path, str(corpus)))
    page.page.locator(".gm-pin").first.click()
    page.page.wait_for_timeout(300)
    assert page.dialogs == [] and page.js("window.__pwned === undefined")
    assert page.errors == [] and page.requests == []
    panel = page.page.locator("#geomap-articles").inner_text()
    for text in ("<script>window.__pwned = 1; alert('script')</script>", "`${window.__pwned = 3}`", "{{7*7}}",
                 "C:\\new\\path", "<img src=x onerror=alert('title')>", "<b>id</b>${alert(1)}"):
        assert text in panel, text
    hrefs = page.js("Array.from(document.querySelectorAll('a[href]')).map(a => a.getAttribute('href'))")
    assert not [h for h in hrefs if h.lower().startswith(("javascript:", "data:"))]


def test_many_places_are_clustered_without_hiding_any(browser, runner, gazetteer, tmp_path):
    towns = ["Minsk", "Brest", "Hrodna", "Vitebsk", "Mogilev", "Gomel", "Vilnius", "Kaunas", "Riga", "Tallinn",
             "Warsaw", "Krakow", "Gdansk", "Lodz", "Poznan", "Wroclaw", "Lublin", "Kyiv", "Lviv", "Odesa",
             "Kharkiv", "Dnipro", "Prague", "Brno", "Vienna", "Graz", "Berlin", "Hamburg", "Munich", "Cologne",
             "Dresden", "Leipzig", "Paris", "Lyon", "Marseille", "Madrid", "Barcelona", "Lisbon", "Porto", "Rome"]
    records = [{"id": f"a{i}", "date": f"2020-08-{10 + i % 9:02d}", "text": f"Thousands protested in {town} on Sunday."}
               for i, town in enumerate(towns)]
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    page = Page(browser, _map(runner, tmp_path, str(corpus)))
    places = page.js("window.geomap.data.places.length")
    assert places >= 35
    assert page.js("typeof window.geomap.container.getVisibleParent") == "function"  # a cluster group
    assert page.js("window.geomap.container.getLayers().length") == places
    assert page.page.locator(".marker-cluster").count() >= 1
    assert page.errors == [] and page.requests == []


def _png_pixels(png: bytes) -> list[bytes]:
    """Raw RGB(A) pixels of a PNG (8-bit, no interlace), enough to tell a blank page."""
    pos, chunks, header = 8, [], None
    while pos < len(png):
        length, kind = struct.unpack(">I4s", png[pos:pos + 8])
        body = png[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            chunks.append(body)
        pos += 12 + length
    width, height, _, colour_type, *_ = header
    channels = 4 if colour_type == 6 else 3
    raw = zlib.decompress(b"".join(chunks))
    stride = width * channels + 1
    # Sample the first pixel of each 16th row (filter bytes make exact decoding unnecessary here).
    return [raw[row * stride + 1 + col * channels: row * stride + 1 + (col + 1) * channels]
            for row in range(0, height, 16) for col in range(0, width, 97)]


def test_map_works_inside_the_embed_sandbox_and_folds_on_narrow_screens(browser, seed_map, tmp_path):
    from geomap.render.embed import SANDBOX

    map_path = Path(seed_map.page.url.removeprefix("file://"))
    host = tmp_path / "article.html"
    host.write_text(
        f'<!doctype html><html><body style="margin:0"><p>Story text</p>'
        f'<iframe id="f" src="{map_path.as_uri()}" sandbox="{SANDBOX}" style="width:380px;height:700px;border:0"></iframe>'
        f"</body></html>", encoding="utf-8")
    page = browser.new_page(viewport={"width": 420, "height": 800})
    errors = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(host.as_uri())
    frame = page.frame_locator("#f")
    frame.locator(".gm-pin").first.wait_for()
    map_box = frame.locator(".folium-map").bounding_box()
    panel_box = frame.locator("#geomap-panel").bounding_box()
    assert panel_box["y"] >= map_box["y"] + map_box["height"] - 1  # the text folds under the map
    assert map_box["width"] <= 380
    assert errors == []
    page.close()


ORIGINAL_SEED = Path(__file__).resolve().parents[2] / "shared" / "seeds"


@pytest.mark.skipif(not ORIGINAL_SEED.is_dir(), reason="../shared/seeds is not present")
def test_original_seed_map_shows_its_strikes_and_arrest(browser, runner, gazetteer, tmp_path):
    page = Page(browser, _map(runner, tmp_path, str(ORIGINAL_SEED)))
    assert page.requests == [] and page.errors == []
    places = {p["name"]: p for p in page.js("window.geomap.data.places")}
    assert "STRIKE" in places["Horad Zhodzina"]["types"]
    assert {"STRIKE", "ARREST", "PROTEST"} <= set(places["Minsk"]["types"])
    assert places["Lithuania"]["types"] == []  # she fled there; nothing happened at Lithuania
    popup = page.page.locator(".leaflet-popup-content")
    for _attempt in range(3):  # on a loaded machine the first click can land mid-animation
        page.page.locator(".gm-pin[aria-label^='Minsk']").click()
        try:
            popup.wait_for(timeout=10_000)
            break
        except Exception:  # noqa: BLE001 - playwright's TimeoutError; click again
            continue
    popup.wait_for(timeout=1_000)
    assert popup.locator("blockquote mark", has_text="Minsk").count() >= 1


def test_time_slider_shows_events_spreading_day_by_day(browser, runner, gazetteer, tmp_path):
    records = [
        {"id": "d1", "date": "2020-08-10", "text": "Thousands protested in Minsk on Monday."},
        {"id": "d2", "date": "2020-08-12", "text": "Workers in Hrodna went on strike on Wednesday."},
        {"id": "d3", "date": "2020-08-14", "text": "Police detained dozens of marchers in Brest on Friday."},
    ]
    corpus = tmp_path / "week.jsonl"
    corpus.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    page = Page(browser, _map(runner, tmp_path, str(corpus)))
    assert page.js("window.geomap.days") == ["2020-08-10", "2020-08-12", "2020-08-14"]
    pins = page.page.locator(".leaflet-marker-icon.gm-pin")
    everything = pins.count()
    slider = page.page.locator(".gm-time input[type=range]")
    slider.fill("0")  # the first day: only Minsk had an event
    assert pins.count() == 1 and page.page.locator(".gm-time-day").inner_text() == "2020-08-10"
    assert page.page.locator(".gm-pin[aria-label^='Minsk']").count() == 1
    slider.fill("1")
    assert pins.count() == 2
    page.page.locator("#gm-all-dates").check()
    assert pins.count() == everything
    assert page.errors == [] and page.requests == []


def test_markers_are_reachable_and_opened_with_the_keyboard(seed_map):
    page = seed_map.page
    page.keyboard.press("Escape")
    marker = page.locator(".gm-pin[aria-label^='Brest']")
    assert marker.get_attribute("tabindex") == "0" and marker.get_attribute("role") == "button"
    marker.focus()
    page.keyboard.press("Enter")
    page.locator(".leaflet-popup-content h3", has_text="Brest").wait_for()

"""Map at scale: 10,000 places and 50,000 mentions, geomap's page beside folium's default
markers, in one run.

The corpus is synthetic (sentences written here, naming the 10,000 most populous towns of the
bundled gazetteer, five times each, in 2,000 articles); each mention is resolved to its town
directly, so the figures measure the map, not the geoparser (see geoparse_speed.py for that).
Events are tagged by the real tagger.

* geomap: FeatureCollection + page (data island, inlined Leaflet/MarkerCluster), written;
* folium: one ``folium.Marker`` with a ``folium.Popup`` (place name, events, first sentence)
  per place in a ``MarkerCluster`` — the usual way to map places with folium (its assets from CDNs,
  which this benchmark serves from the xstatic packages so that both load offline).

Browser load: headless Chromium (Debian's, via Playwright) from navigation until every place is
on the map (``load`` event plus the page script's work). Needs /usr/bin/chromium.

Usage: python benchmarks/map_scale.py [PLACES]
Writes benchmarks/results/map_scale.json.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path

import folium
from folium.plugins import MarkerCluster

from geomap.events import tag_events
from geomap.gazetteer import Gazetteer
from geomap.pipeline import DocumentResult
from geomap.render import assets
from geomap.render.page import map_data, page_html
from geomap.types import Document, Mention, Resolution

HERE = Path(__file__).resolve().parent
SENTENCES = ("Protesters marched through {} on Saturday.", "Police detained dozens of people in {}.",
             "Workers in {} walked out over unpaid wages.", "Residents of {} blocked the main road.",
             "A rally was held in {} without incident.")
PER_ARTICLE = 25


def corpus(gazetteer: Gazetteer, places: int) -> list[DocumentResult]:
    rows = gazetteer.execute(
        "SELECT id FROM places WHERE kind = 'city' AND lat IS NOT NULL ORDER BY population DESC, id LIMIT ?", (places,))
    towns = [gazetteer.get(r[0]) for r in rows]
    order = [t for _ in range(5) for t in towns]  # each town five times
    results = []
    for a in range(0, len(order), PER_ARTICLE):
        text, resolutions = "", []
        for k, town in enumerate(order[a:a + PER_ARTICLE]):
            copy = (a + k) // len(towns)  # each copy of a town gets another sentence: no duplicate articles
            sentence = SENTENCES[(k + copy) % len(SENTENCES)]
            head = sentence.index("{}")
            start = len(text) + head
            text += sentence.format(town.name) + " "
            resolutions.append(Resolution(Mention(start, start + len(town.name), town.name), town, 0.9))
        doc = Document(id=f"article-{a // PER_ARTICLE}", text=text, date=f"2020-08-{1 + (a // PER_ARTICLE) % 28:02d}")
        results.append(DocumentResult(doc, resolutions, tag_events(text, resolutions, article_date=doc.date)))
    return results


def build_geomap(results, gazetteer, target: Path) -> float:
    start = time.perf_counter()
    data = map_data(results, gazetteer, "Scale test")
    if data["duplicates"]:
        raise SystemExit(f"{data['duplicates']} duplicate articles: the corpus must be all distinct")
    target.write_text(page_html(data), encoding="utf-8")
    return time.perf_counter() - start


def build_folium(results, target: Path) -> float:
    start = time.perf_counter()
    seen = {}
    for result in results:
        for res in result.resolutions:
            seen.setdefault(res.place.id, (res.place, result.doc.text))
    fmap = folium.Map(location=[20, 10], zoom_start=2, tiles=None, maxZoom=18)
    cluster = MarkerCluster().add_to(fmap)
    for place, text in seen.values():
        folium.Marker([place.lat, place.lon], popup=folium.Popup(f"{place.name}: {text[:80]}", parse_html=True),
                      tooltip=place.name).add_to(cluster)
    fmap.save(str(target))
    return time.perf_counter() - start


def load_seconds(path: Path, expect: int, kind: str) -> float:
    from playwright.sync_api import sync_playwright

    import xstatic.pkg.jquery as jquery

    leaflet, cluster = assets.leaflet_dir(), assets.markercluster_dir()
    local = {"leaflet.js": leaflet / "leaflet.js", "leaflet.css": leaflet / "leaflet.css",
             "leaflet.markercluster.js": cluster / "leaflet.markercluster.js",
             "MarkerCluster.css": cluster / "MarkerCluster.css", "MarkerCluster.Default.css": cluster / "MarkerCluster.Default.css",
             "jquery-3.7.1.min.js": Path(jquery.BASE_DIR) / "jquery.min.js"}

    def route(r):
        url = r.request.url
        if url.startswith("file:"):
            return r.continue_()
        name = url.rsplit("/", 1)[-1]
        if name in local:
            return r.fulfill(path=str(local[name]))
        return r.fulfill(body="", status=200)  # Bootstrap, awesome-markers, fonts: look only

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox", "--disable-gpu"])
        page = browser.new_page(viewport={"width": 1200, "height": 800})
        page.route("**/*", route)
        start = time.perf_counter()
        page.goto(path.as_uri(), wait_until="load", timeout=120_000)
        if kind == "geomap":
            page.locator("#geomap-articles .gm-article").first.wait_for(timeout=120_000)
            count = page.evaluate("window.geomap.container.getLayers().length")
        else:
            count = page.evaluate("(() => { let n = 0; for (const k in window) { const v = window[k];"
                                  " if (v && v.getLayers && v._featureGroup) n += v.getLayers().length; } return n; })()")
        elapsed = time.perf_counter() - start
        browser.close()
    if count != expect:
        raise SystemExit(f"{kind}: {count} places on the map, expected {expect}")
    return elapsed


def main() -> int:
    places = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    if not os.path.exists("/usr/bin/chromium"):
        print("skipped: needs Debian's chromium (apt-get install chromium)", file=sys.stderr)
        return 0
    gazetteer = Gazetteer.open()
    results = corpus(gazetteer, places)
    mentions = sum(len(r.resolutions) for r in results)
    out = {"places": places, "mentions": mentions, "articles": len(results)}
    with tempfile.TemporaryDirectory() as tmp:
        for kind in ("geomap", "folium"):
            target = Path(tmp) / f"{kind}.html"
            build = build_geomap(results, gazetteer, target) if kind == "geomap" else build_folium(results, target)
            load = load_seconds(target, places, kind)
            out[kind] = {"build_s": round(build, 2), "load_s": round(load, 2),
                         "size_mb": round(target.stat().st_size / 1e6, 2)}
    (HERE / "results").mkdir(exist_ok=True)
    (HERE / "results" / "map_scale.json").write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
    print(f"{places} places, {mentions} mentions in {len(results)} articles")
    for kind in ("geomap", "folium"):
        r = out[kind]
        print(f"{kind:7} build {r['build_s']:6.2f} s   browser load {r['load_s']:6.2f} s   {r['size_mb']:6.2f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())

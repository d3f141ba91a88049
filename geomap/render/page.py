"""The map page: one self-contained HTML file, folium underneath, offline and safe by default.

How the page is put together:

* folium builds the page skeleton and the Leaflet map (``tiles=None``, a ``maxZoom`` so that
  clustering works, deterministic element ids so two runs give the same bytes); its CDN
  defaults are dropped — Leaflet and MarkerCluster are inlined from installed PyPI packages
  (:mod:`geomap.render.assets`);
* everything that comes from articles (text, titles, ids, URLs, file names) travels as one JSON
  data island (``<script type="application/json">``, with ``<``, ``>``, ``&`` and line separators
  escaped), and the page script puts it into the DOM with ``textContent`` only — never as HTML or
  JavaScript source;
* a Content-Security-Policy allows only the page's own inline scripts (by SHA-256 hash) and data
  URIs, so even a missed escape could neither run a script nor call a server; ``--tiles`` opens
  exactly the tile server's origin;
* the basemap is drawn from the gazetteer's country shapes (split at the antimeridian), so the map
  has land and borders with no tile server at all.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from functools import lru_cache
from collections.abc import Sequence
from pathlib import Path
from urllib.parse import urlsplit

import folium

from ..events import sentences
from ..features import AREA_KINDS, CONTEXT_PLACE_KINDS, DRAWN_KINDS, HISTORICAL_CODES, FeatureBuilder, Filters, round_geometry, sentence_of
from ..files import atomic_write_text
from ..gazetteer.geometry import split_antimeridian
from ..gazetteer.store import Gazetteer
from ..pipeline import DocumentResult
from ..taxonomy import BY_NAME, TYPE_NAMES
from ..types import Resolution
from . import assets
from .escape import html_text

#: One colour per event type (colour-blind-safe where possible), plus places with no event.
TYPE_COLOURS = {
    "PROTEST": "#1f77b4", "STRIKE": "#17becf", "BLOCKADE": "#9467bd", "RIOT": "#d62728",
    "MOB_VIOLENCE": "#8c564b", "FORCE_ON_PROTEST": "#ff7f0e", "ARREST": "#e377c2",
    "RESTRICTION": "#7f7f7f", "ATTACK_CIVILIANS": "#b2182b", "ARMED_CONFLICT": "#4d0000",
    "LOOTING_DESTRUCTION": "#bcbd22",
}
NO_EVENT = "MENTIONED"
NO_EVENT_COLOUR = "#4a5a6a"

ATTRIBUTIONS = (
    ("GeoNames", "https://www.geonames.org/", "CC BY 4.0"),
    ("countries-states-cities database", "https://github.com/dr5hn/countries-states-cities-database", "ODbL 1.0"),
    ("countryinfo", "https://pypi.org/project/countryinfo/", "MIT"),
    ("Natural Earth", "https://www.naturalearthdata.com/", "public domain"),
    ("Kenya's wards (IEBC, via npm kenya)", "https://www.npmjs.com/package/kenya", "MIT"),
    ("US post-office towns (USPS ZIP codes, via PyPI zipcodes)", "https://pypi.org/project/zipcodes/", "MIT"),
)

_JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def json_island(data: object) -> str:
    """``data`` as JSON that can sit inside a ``<script type="application/json">`` element:
    no character in it can close the element or start markup.

    >>> json_island({"t": "</script><b>&"})
    '{"t": "\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e\\\\u0026"}'
    """
    text = json.dumps(data, ensure_ascii=False, sort_keys=False)
    return re.sub("[<>&\u2028\u2029]", lambda m: _JSON_ESCAPES[m.group()], text)


def safe_url(url: str | None) -> str | None:
    """Keep only ``http(s)`` URLs with a host; anything else (``javascript:``, ``data:``) is dropped.

    >>> safe_url("https://example.org/a?b=1"), safe_url("javascript:alert(1)"), safe_url("data:text/html,x")
    ('https://example.org/a?b=1', None, None)
    """
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return url.strip()


def map_data(results: Sequence[DocumentResult], gazetteer: Gazetteer, title: str, filters: Filters = Filters()) -> dict:
    """Everything the page shows, as plain JSON-able data (the page script draws it).

    Places come from :class:`geomap.features.FeatureBuilder` (the collection the exports write);
    the page keeps them compact — each mention is stored once, in its article, as
    ``[start, end, kind, place id | null, why not placed | null, sentence start, sentence end]``,
    each event as ``[type, status, date, trigger start, trigger end, place id | null]``,
    and places refer to mentions as ``[article, mention]`` — so 50,000 mentions stay a few MB.
    A duplicate article (same text) and articles outside ``filters`` are left out.
    """
    builder = FeatureBuilder(filters)
    kept = [r for r in results if builder.add(r)]
    collection = builder.collection("place")
    results = kept
    drawn_ids = {f["id"] for f in collection["features"]}
    order = sorted(range(len(results)), key=lambda i: (results[i].doc.date or "9999", i))
    documents, refs = [], {}
    for d, i in enumerate(order):
        documents.append(_document(results[i], drawn_ids))
        for j, m in enumerate(documents[-1]["m"]):
            if m[3] is not None:
                refs.setdefault(m[3], []).append([d, j])
    places, outlines = [], {}
    for feature in collection["features"]:
        props = feature["properties"]
        lon, lat = feature["geometry"]["coordinates"]
        places.append({
            "id": feature["id"], "name": props["name"], "kind": props["place_kind"],
            "where": ", ".join(v for v in (props["admin1"], props["country_code"]) if v),
            "lat": lat, "lon": lon, "types": props["event_types"], "counts": props["event_counts"],
            "first": props["first_date"], "last": props["last_date"], "mention_count": props["mention_count"],
            "sure": props["confidence"], "mentions": refs.get(feature["id"], []),
        })
        if props["place_kind"] in AREA_KINDS:
            shape = gazetteer.shape(feature["id"])
            if shape is not None:
                outlines[str(feature["id"])] = round_geometry(split_antimeridian(shape), 3)
    used = {t for p in places for t in p["types"]}
    types = [
        {"name": name, "label": _label(name), "colour": TYPE_COLOURS[name], "covers": BY_NAME[name].covers}
        for name in TYPE_NAMES if name in used
    ]
    if any(not p["types"] for p in places):
        types.append({"name": NO_EVENT, "label": "named, no event", "colour": NO_EVENT_COLOUR,
                      "covers": "places the articles name where no event is reported"})
    return {
        "title": title,
        "duplicates": builder.duplicates,
        "event_count": len(builder.events),
        "places": places,
        "bbox": collection.get("bbox"),
        "outlines": outlines,
        "documents": documents,
        "types": types,
        "basemap": basemap(gazetteer),
        "attribution": [{"name": n, "url": u, "licence": lic} for n, u, lic in ATTRIBUTIONS],
    }


def basemap(gazetteer: Gazetteer) -> list[dict]:
    """Every country outline the gazetteer has, simplified for a world view (~0.05°); computed
    once per gazetteer file."""
    return _basemap(str(gazetteer.path), gazetteer)


@lru_cache(maxsize=2)
def _basemap(_path: str, gazetteer: Gazetteer) -> list[dict]:
    from shapely.geometry import mapping, shape

    out = []
    for (place_id,) in gazetteer.execute("SELECT place_id FROM shapes ORDER BY place_id"):
        geometry = split_antimeridian(gazetteer.shape(place_id))
        simple = shape(geometry).simplify(0.05, preserve_topology=True)
        out.append(round_geometry(mapping(simple), 2))
    return out


class RawElement(folium.Element):
    """Markup put into the page exactly as given. (``folium.Element``'s argument is a Jinja
    *template*: article text passed to it would be evaluated — ``{{7*7}}`` would print 49.)"""

    def __init__(self, markup: str):
        super().__init__("{{ this.markup }}")
        self.markup = markup


def render_map(
    results: Sequence[DocumentResult],
    path: Path,
    gazetteer: Gazetteer,
    *,
    title: str = "geomap",
    tiles: str | None = None,
    lang: str = "en",
    png: Path | None = None,
    filters: Filters = Filters(),
) -> dict[str, int]:
    """Write the map page to ``path`` (atomically), and a static PNG of it to ``png`` if
    given; returns counts of what was drawn."""
    data = map_data(results, gazetteer, title, filters)
    html = page_html(data, tiles=tiles, lang=lang)
    if png is not None:
        from .image import render_png

        render_png(data, png)
    atomic_write_text(path, html)
    drawn = {"places": 0, "outlines": 0, "duplicates": data["duplicates"], "events": data["event_count"]}
    for place in data["places"]:
        drawn["outlines" if str(place["id"]) in data["outlines"] else "places"] += 1
    return drawn


def page_html(data: dict, *, tiles: str | None = None, lang: str = "en") -> str:
    """The page for :func:`map_data`'s ``data``."""
    tile_origin = None
    fmap = folium.Map(location=[20, 10], zoom_start=2, tiles=None, control_scale=True, maxZoom=18,
                      minZoom=1, worldCopyJump=True)
    fmap._id = "geomap"  # deterministic element names: two runs, same bytes
    fmap.default_js = []
    fmap.default_css = []
    if tiles:
        layer = folium.TileLayer(tiles=_tile_provider(tiles), overlay=False, control=False)
        layer._id = "tiles"
        layer.add_to(fmap)
        tile_origin = _origin(layer.tiles)
    figure = fmap.get_root()
    figure._id = "page"
    header = figure.header
    header.add_child(RawElement('<meta charset="utf-8">'), name="charset")
    header.add_child(RawElement(f"<title>{html_text(data['title'])}</title>"), name="title")
    for i, css in enumerate((*assets.styles(), assets.own("map.css"))):
        header.add_child(RawElement(f"<style>{assets.safe_inline(css, 'style')}</style>"), name=f"css{i}")
    for i, js in enumerate(assets.scripts()):
        header.add_child(RawElement(f"<script>{assets.safe_inline(js, 'script')}</script>"), name=f"js{i}")
    figure.html.add_child(RawElement(_PANEL), name="panel")
    figure.html.add_child(
        RawElement(f'<script type="application/json" id="geomap-data">{json_island(data)}</script>'),
        name="data",
    )
    figure.script.add_child(
        # folium adds the map's own script while rendering, after this one: wait for the document.
        RawElement(
            "document.addEventListener('DOMContentLoaded', function () {\n"
            f"window.geomapMap = {fmap.get_name()};\n{assets.own('map.js')}\n}});"
        ),
        name="app",
    )
    html = figure.render()
    html = html.replace("<html>", f'<html lang="{html_text(lang)}">', 1)
    html = html.replace(
        "initial-scale=1.0, maximum-scale=1.0, user-scalable=no", "initial-scale=1.0"
    )  # let readers zoom the page (WCAG 1.4.4)
    return _with_csp(html, tile_origin)


_PANEL = """<aside id="geomap-panel" class="gm-panel" aria-label="Articles">
<div class="gm-panel-head"><h1 id="geomap-title"></h1>
<button type="button" id="geomap-toggle" aria-expanded="true" aria-controls="geomap-articles">Hide text</button></div>
<div id="geomap-articles"></div>
<footer id="geomap-attribution" class="gm-attribution"></footer>
</aside>"""


def _with_csp(html: str, tile_origin: str | None) -> str:
    """Add a Content-Security-Policy allowing exactly the page's own inline scripts."""
    hashes = []
    for match in re.finditer(r"<script>(.*?)</script>", html, flags=re.S):
        digest = hashlib.sha256(match.group(1).encode("utf-8")).digest()
        hashes.append(f"'sha256-{base64.b64encode(digest).decode('ascii')}'")
    images = "data:" + (f" {tile_origin}" if tile_origin else "")
    policy = (
        f"default-src 'none'; script-src {' '.join(sorted(set(hashes)))}; style-src 'unsafe-inline'; "
        f"img-src {images}; connect-src 'none'; font-src 'none'; form-action 'none'; base-uri 'none'"
    )
    meta = f'<meta http-equiv="Content-Security-Policy" content="{policy}">'
    return html.replace("<head>", "<head>\n    " + meta, 1)


def _tile_provider(name: str):
    """An xyzservices provider by name ("osm", "OpenStreetMap.Mapnik", "CartoDB.Positron")."""
    import xyzservices.providers as providers

    aliases = {"osm": "OpenStreetMap.Mapnik", "openstreetmap": "OpenStreetMap.Mapnik"}
    try:
        return providers.query_name(aliases.get(name.lower(), name))
    except ValueError as exc:
        from ..errors import InputError

        raise InputError(f"unknown tile provider {name!r}; try osm, CartoDB.Positron or another xyzservices name") from exc


def _origin(template: str) -> str:
    parts = urlsplit(template.replace("{s}", "*"))
    return f"{parts.scheme}://{parts.netloc}"


def _document(result: DocumentResult, drawn_ids: set[int]) -> dict:
    doc = result.doc
    spans = sentences(doc.text, 0)
    starts = [a for a, _ in spans]
    mentions = []
    for res in result.resolutions:
        place, m = res.place, res.mention
        on_map = place is not None and place.id in drawn_ids
        placed = on_map and m.kind in DRAWN_KINDS
        s, e = sentence_of(spans, starts, m.start, len(doc.text))
        mentions.append([m.start, m.end, m.kind, place.id if on_map else None,
                         None if placed else _why_not_placed(res), s, e])
    return {
        "id": doc.id, "title": doc.title, "date": doc.date, "source": doc.source, "url": safe_url(doc.url),
        "text": doc.text, "m": mentions,
        "e": [[e.type, e.status, e.date, e.trigger[0], e.trigger[1],
               e.place.place.id if e.place is not None and e.place.place.id in drawn_ids else None]
              for e in result.events],
    }


def _why_not_placed(res: Resolution) -> str:
    place, kind = res.place, res.mention.kind
    if place is None:
        return res.reasons[0] if res.reasons else "no place found for this name"
    if place.feature_code in HISTORICAL_CODES:
        return f"{place.name} is a historical entity: context, not a point"
    if place.kind in CONTEXT_PLACE_KINDS:
        return f"{place.name} is a continent or macro-region: context, not a point"
    if kind == "demonym":
        return f"a demonym ({place.name}): context for the article's countries, not a location"
    if kind == "associative":
        return f"{place.name} used for its government or people (metonymy), not as a location"
    if place.lat is None:
        return f"{place.name} has no coordinates in the gazetteer"
    return "not drawn"


def _label(type_name: str) -> str:
    return type_name.lower().replace("_", " ")

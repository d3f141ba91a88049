"""The first map: one marker per resolved place, one outline per named country.

Until the full map of issue #5 lands, this draws the geoparser's literal, ``based`` and
``embedded`` mentions (never demonyms, metonymy or historical entities) and the places of
``happened`` events, with popups that carry only escaped gazetteer names, event types and counts
(no article text yet), and folium's default assets.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path

import folium

from ..files import atomic_write_text
from ..gazetteer.store import Gazetteer
from ..pipeline import DocumentResult
from ..types import Place
from .escape import html_text

ATTRIBUTION = (
    'Places: <a href="https://www.geonames.org/">GeoNames</a> (CC BY 4.0), '
    "countrystatecity (ODbL)"
)


DRAWN_KINDS = ("literal", "based", "embedded")


def render_preview_map(
    results: Sequence[DocumentResult],
    path: Path,
    gazetteer: Gazetteer,
    title: str = "geomap",
) -> dict[str, int]:
    """Write the map to ``path``; returns counts of what was drawn."""
    places: dict[int, Place] = {}
    mentions: Counter[int] = Counter()
    docs: dict[int, set[str]] = defaultdict(set)
    events: dict[int, Counter[str]] = defaultdict(Counter)
    for result in results:
        doc = result.doc
        for event in result.events:
            if event.status == "happened" and event.place is not None:
                places.setdefault(event.place.place.id, event.place.place)
                events[event.place.place.id][event.type] += 1
        for res in result.resolutions:
            place = res.place
            if place is None or res.mention.kind not in DRAWN_KINDS or place.lat is None:
                continue
            if place.feature_code == "PCLH":
                continue  # historical entities are context, not points
            places[res.place.id] = res.place
            mentions[res.place.id] += 1
            docs[res.place.id].add(doc.id)

    fmap = folium.Map(location=[30, 10], zoom_start=2, tiles="OpenStreetMap", control_scale=True)
    fmap.get_root().header.add_child(folium.Element(f"<title>{html_text(title)}</title>"))
    countries = folium.FeatureGroup(name="Countries named").add_to(fmap)
    towns = folium.FeatureGroup(name="Places").add_to(fmap)
    drawn = Counter()
    points = []
    for place_id in sorted(places, key=lambda i: (-mentions[i], i)):
        if not mentions[place_id] and not events[place_id]:
            continue
        place = places[place_id]
        kinds = ", ".join(f"{t.lower().replace('_', ' ')} ×{n}" for t, n in events[place_id].most_common())
        label = f"{place.name} — {kinds + ', ' if kinds else ''}{mentions[place_id]} mention{'s' if mentions[place_id] != 1 else ''}"
        popup_html = (
            f"<b>{html_text(place.name)}</b><br>{html_text(place.admin1 or '')} "
            f"{html_text(place.country_code or '')}<br>{html_text(kinds or 'no events reported here')}<br>"
            f"{mentions[place_id]} mention(s) in {len(docs[place_id])} article(s)"
        )
        shape = gazetteer.shape(place_id) if place.kind == "country" else None
        if shape is not None:
            folium.GeoJson(
                {"type": "Feature", "geometry": shape, "properties": {}},
                style_function=lambda _f: {"color": "#b22222", "weight": 1.5, "fillOpacity": 0.05},
                tooltip=folium.Tooltip(html_text(label)),
                popup=folium.Popup(popup_html, max_width=300),
            ).add_to(countries)
            drawn["countries"] += 1
        else:
            folium.Marker(
                [place.lat, place.lon],
                tooltip=folium.Tooltip(html_text(label)),
                popup=folium.Popup(popup_html, max_width=300),
            ).add_to(towns)
            drawn["places"] += 1
            points.append([place.lat, place.lon])
    if points:
        fmap.fit_bounds([[min(p[0] for p in points), min(p[1] for p in points)],
                         [max(p[0] for p in points), max(p[1] for p in points)]], padding=(30, 30))
    folium.LayerControl().add_to(fmap)
    fmap.get_root().html.add_child(folium.Element(
        f'<div style="position:fixed;bottom:4px;left:4px;z-index:1000;background:#fff;'
        f'font:11px sans-serif;padding:2px 4px">{ATTRIBUTION}</div>'
    ))
    atomic_write_text(path, fmap.get_root().render())
    return dict(drawn)

"""Results -> one RFC 7946 FeatureCollection: the single source the map and the exports draw from.

One feature per place the articles put on the map (a place named literally, as an
organisation's seat or inside an organisation's name, or where a ``happened`` event took
place); demonyms and metonymy ("Belarusian", "EU ministers") never make a place alone, and
historical entities (the Soviet Union) are context, not points. Each feature carries every
mention of its place, with the sentence that holds it and that sentence's events, so a popup
can show "what happened here, and where the text says so".

Coordinates follow RFC 7946: ``[lon, lat]``, WGS 84, at most 6 decimals, no ``crs`` member, a
``bbox`` on the collection (``west > east`` when the points straddle the antimeridian).
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from .events import Event, sentences
from .gazetteer.geometry import points_bbox
from .pipeline import DocumentResult
from .types import Place, Resolution

#: Mention kinds that put a place on the map by themselves.
DRAWN_KINDS = ("literal", "based", "embedded")
#: Mention kinds listed with a drawn place but never drawing one alone.
CONTEXT_KINDS = ("demonym", "associative")
#: Feature codes of entities that no longer exist: context, never a point.
HISTORICAL_CODES = ("PCLH",)
#: Place kinds drawn as an area (an outline when the gazetteer has one), not a pin.
AREA_KINDS = ("country", "admin1", "admin2")
#: Continents and macro-regions ("Europe", "the European Union") are context: a pin at their
#: middle would be a point no event happened at.
CONTEXT_PLACE_KINDS = ("continent", "region")

DECIMALS = 6


@dataclass
class _PlaceTally:
    place: Place
    mentions: list[dict] = field(default_factory=list)
    kinds: set[str] = field(default_factory=set)
    documents: set[str] = field(default_factory=set)
    events: Counter = field(default_factory=Counter)
    dates: list[str] = field(default_factory=list)
    drawn: bool = False


def place_features(results: Iterable[DocumentResult]) -> dict:
    """The place-level FeatureCollection of ``results``, places ordered by mentions then id.

    >>> from geomap.pipeline import Geoparser
    >>> result = Geoparser().parse("Workers in Zhodino walked out. Belarusian towns were calm.", id="a")
    >>> fc = place_features([result])
    >>> [(f["properties"]["name"], f["properties"]["event_types"]) for f in fc["features"]]
    [('Horad Zhodzina', ['STRIKE'])]
    >>> fc["features"][0]["geometry"]
    {'type': 'Point', 'coordinates': [28.3331, 54.0985]}
    """
    tallies: dict[int, _PlaceTally] = {}
    for result in results:
        _tally_document(result, tallies)
    drawn = [t for t in tallies.values() if t.drawn]
    drawn.sort(key=lambda t: (-len(t.mentions) - sum(t.events.values()), t.place.id))
    features = [_feature(t) for t in drawn]
    collection: dict = {"type": "FeatureCollection", "features": features}
    box = points_bbox((t.place.lat, t.place.lon) for t in drawn)
    if box is not None:
        collection["bbox"] = [round(v, DECIMALS) for v in box]
    return collection


def mappable(res: Resolution) -> bool:
    """Whether a resolution can stand on the map by itself."""
    place = res.place
    return (
        place is not None and place.lat is not None and res.mention.kind in DRAWN_KINDS
        and _on_the_map(place)
    )


def _on_the_map(place: Place) -> bool:
    return place.feature_code not in HISTORICAL_CODES and place.kind not in CONTEXT_PLACE_KINDS


def sentence_of(spans: Sequence[tuple[int, int]], starts: Sequence[int], offset: int, text_length: int) -> tuple[int, int]:
    """The sentence span holding ``offset`` (``spans`` sorted, ``starts`` their starts); a name
    outside every sentence (a headline, a dateline) gets a window of its own line."""
    i = bisect_right(starts, offset) - 1
    if i >= 0 and spans[i][0] <= offset < spans[i][1]:
        return spans[i]
    return max(0, offset - 80), min(text_length, offset + 80)


def _tally_document(result: DocumentResult, tallies: dict[int, _PlaceTally]) -> None:
    doc = result.doc
    text = doc.text
    spans = sentences(text, 0)
    starts = [s for s, _ in spans]
    by_mention: dict[tuple[int, int], list[Event]] = {}
    for event in result.events:
        if event.place is not None and event.place.mention is not None:
            by_mention.setdefault(event.place.mention, []).append(event)
    for res in result.resolutions:
        place = res.place
        if place is None or place.lat is None or not _on_the_map(place):
            continue
        m = res.mention
        tally = tallies.setdefault(place.id, _PlaceTally(place))
        s, e = sentence_of(spans, starts, m.start, len(text))
        tally.mentions.append({
            "doc": doc.id, "start": m.start, "end": m.end, "text": m.surface, "kind": m.kind,
            "sentence": text[s:e], "sentence_start": s,
            "events": [{"type": ev.type, "status": ev.status, "date": ev.date} for ev in by_mention.get((m.start, m.end), [])],
        })
        tally.kinds.add(m.kind)
        tally.documents.add(doc.id)
        tally.drawn = tally.drawn or mappable(res)
    for event in result.events:
        if event.status != "happened" or event.place is None:
            continue
        place = event.place.place
        if place.lat is None or not _on_the_map(place):
            continue
        tally = tallies.setdefault(place.id, _PlaceTally(place))
        tally.events[event.type] += 1
        tally.documents.add(doc.id)
        if event.date:
            tally.dates.append(event.date)
        tally.drawn = True


def _feature(t: _PlaceTally) -> dict:
    p = t.place
    event_types = [name for name, _ in sorted(t.events.items(), key=lambda kv: (-kv[1], kv[0]))]
    return {
        "type": "Feature",
        "id": p.id,
        "geometry": {"type": "Point", "coordinates": [round(p.lon, DECIMALS), round(p.lat, DECIMALS)]},
        "properties": {
            "geonameid": p.geonameid,
            "name": p.name,
            "place_kind": p.kind,
            "country_code": p.country_code,
            "admin1": p.admin1,
            "feature_code": p.feature_code,
            "kinds": sorted(t.kinds),
            "mention_count": len(t.mentions),
            "document_count": len(t.documents),
            "event_types": event_types,
            "event_counts": {name: t.events[name] for name in event_types},
            "main_type": event_types[0] if event_types else None,
            "first_date": min(t.dates) if t.dates else None,
            "last_date": max(t.dates) if t.dates else None,
            "mentions": t.mentions,
        },
    }

"""Results -> one RFC 7946 FeatureCollection: the single source the map and every export draw from.

Two levels:

* ``place`` — one feature per place the articles put on the map (a place named literally, as an
  organisation's seat or inside an organisation's name, or where a ``happened`` event took
  place), with every mention of it, the sentence that holds it and that sentence's events;
* ``event`` — one feature per ``happened`` event at its place. One event reported by several
  articles (same type, same place, same date) is one feature with several ``sources``.

Demonyms and metonymy ("Belarusian", "EU ministers") never make a place alone; continents,
macro-regions ("the EU") and historical entities (the Soviet Union) are context, not points.
An article whose text was already seen (a duplicate in the corpus) is counted once.

Coordinates follow RFC 7946: ``[lon, lat]``, WGS 84, at most 6 decimals, no ``crs`` member,
polygons wound counter-clockwise and split at the antimeridian, a ``bbox`` on the collection
(``west > east`` when the features straddle the antimeridian).

Properties (the schema the README documents):

* place: ``geonameid`` (int | null), ``name``, ``place_kind``, ``country_code``, ``admin1``,
  ``feature_code``, ``confidence`` (the surest of its mentions' picks; null for a place only an
  event put there), ``kinds`` (mention kinds), ``mention_count``, ``document_count``,
  ``event_types`` (most frequent first), ``event_counts``, ``main_type``, ``first_date``,
  ``last_date``, ``mentions`` ([{doc, start, end, text, kind, confidence, sentence,
  sentence_start, events}]);
* event: ``type``, ``status``, ``severity``, ``date``, ``date_precision``, ``geo_precision``,
  ``rule``, ``geonameid``, ``place_id``, ``place_name``, ``place_kind``, ``country_code``,
  ``admin1``, ``sources`` ([{doc, source, url, sentence, trigger}]), ``source_count`` (articles).
"""

from __future__ import annotations

import hashlib
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from .events import Event, sentences
from .gazetteer.geometry import points_bbox
from .pipeline import DocumentResult
from .types import Place, Resolution

#: Mention kinds that put a place on the map by themselves.
DRAWN_KINDS = ("literal", "based", "embedded")
#: Feature codes of entities that no longer exist: context, never a point.
HISTORICAL_CODES = ("PCLH",)
#: Place kinds drawn as an area (an outline when the gazetteer has one), not a pin.
AREA_KINDS = ("country", "admin1", "admin2")
#: Continents and macro-regions ("Europe", "the European Union") are context: a pin at their
#: middle would be a point no event happened at.
CONTEXT_PLACE_KINDS = ("continent", "region")
LEVELS = ("place", "event")
GEOMETRIES = ("point", "shape")

DECIMALS = 6


@dataclass(frozen=True)
class Filters:
    """What to keep: events and articles between ``date_from`` and ``date_to`` (ISO dates,
    inclusive; an undated article is kept), events of ``event_types``, places in ``countries``."""

    date_from: str | None = None
    date_to: str | None = None
    event_types: frozenset[str] = frozenset()
    countries: frozenset[str] = frozenset()

    def __post_init__(self):
        object.__setattr__(self, "event_types", frozenset(t.upper() for t in self.event_types))
        object.__setattr__(self, "countries", frozenset(c.upper() for c in self.countries))

    def date_ok(self, date: str | None) -> bool:
        if date is None:
            return True
        return (self.date_from is None or date[:10] >= self.date_from) and (self.date_to is None or date[:10] <= self.date_to)

    def place_ok(self, place: Place) -> bool:
        return not self.countries or (place.country_code or "") in self.countries

    def narrow(self, result: DocumentResult) -> DocumentResult | None:
        """``result`` with only the mentions and events these filters keep (any event status),
        or None when the article's date is outside the range (per-record outputs)."""
        if not self.date_ok(result.doc.date):
            return None
        if not (self.countries or self.event_types or self.date_from or self.date_to):
            return result
        resolutions = [r for r in result.resolutions if not self.countries or (r.place is not None and self.place_ok(r.place))]
        events = [
            e for e in result.events
            if (not self.event_types or e.type in self.event_types) and self.date_ok(e.date)
            and (not self.countries or (e.place is not None and self.place_ok(e.place.place)))
        ]
        return DocumentResult(result.doc, resolutions, events)

    def event_ok(self, event: Event) -> bool:
        return (
            event.status == "happened" and event.place is not None
            and (not self.event_types or event.type in self.event_types)
            and self.date_ok(event.date) and self.place_ok(event.place.place)
        )


@dataclass
class _PlaceTally:
    place: Place
    mentions: list[dict] = field(default_factory=list)
    kinds: set[str] = field(default_factory=set)
    documents: set[str] = field(default_factory=set)
    events: Counter = field(default_factory=Counter)
    dates: list[str] = field(default_factory=list)
    drawn: bool = False


@dataclass
class _EventTally:
    event: Event
    sources: list[dict] = field(default_factory=list)


class FeatureBuilder:
    """Collects results one at a time (memory holds the aggregates, not the articles) and
    returns the FeatureCollection at either level.

    >>> from geomap.pipeline import Geoparser
    >>> builder = FeatureBuilder()
    >>> parser = Geoparser()
    >>> for text in ("Workers in Zhodino walked out on Monday.", "Workers in Zhodino walked out on Monday."):
    ...     counted = builder.add(parser.parse(text, date="2020-08-14"))
    >>> builder.documents, builder.duplicates
    (1, 1)
    >>> [(f["properties"]["type"], f["properties"]["date"]) for f in builder.collection("event")["features"]]
    [('STRIKE', '2020-08-10')]
    """

    def __init__(self, filters: Filters = Filters(), shape_of: Callable[[int], dict | None] | None = None):
        self.filters = filters
        self.shape_of = shape_of
        self.places: dict[int, _PlaceTally] = {}
        self.events: dict[tuple, _EventTally] = {}
        self.documents = 0
        self.duplicates = 0
        self.filtered_out = 0
        self._seen: set[bytes] = set()

    def add(self, result: DocumentResult) -> bool:
        """Count one article; False when it is a duplicate or filtered out (not counted)."""
        doc = result.doc
        digest = hashlib.blake2b(doc.text.encode("utf-8", "surrogatepass"), digest_size=16).digest()
        if digest in self._seen:
            self.duplicates += 1
            return False
        self._seen.add(digest)
        if not self.filters.date_ok(doc.date):
            self.filtered_out += 1
            return False
        self.documents += 1
        self._tally(result)
        return True

    def _tally(self, result: DocumentResult) -> None:
        doc, text, filters = result.doc, result.doc.text, self.filters
        spans = sentences(text, 0)
        starts = [s for s, _ in spans]
        kept = [e for e in result.events if filters.event_ok(e) and _on_the_map(e.place.place)]
        by_mention: dict[tuple[int, int], list[Event]] = {}
        for event in result.events:
            if event.place is not None and event.place.mention is not None:
                by_mention.setdefault(event.place.mention, []).append(event)
        for res in result.resolutions:
            place = res.place
            if place is None or place.lat is None or not _on_the_map(place) or not filters.place_ok(place):
                continue
            m = res.mention
            tally = self.places.setdefault(place.id, _PlaceTally(place))
            s, e = sentence_of(spans, starts, m.start, len(text))
            tally.mentions.append({
                "doc": doc.id, "start": m.start, "end": m.end, "text": m.surface, "kind": m.kind,
                "confidence": round(res.confidence, 3), "sentence": text[s:e], "sentence_start": s,
                "events": [{"type": ev.type, "status": ev.status, "date": ev.date}
                           for ev in by_mention.get((m.start, m.end), [])],
            })
            tally.kinds.add(m.kind)
            tally.documents.add(doc.id)
            tally.drawn = tally.drawn or (mappable(res) and not filters.event_types)
        for event in kept:
            place = event.place.place
            if place.lat is None:
                continue
            tally = self.places.setdefault(place.id, _PlaceTally(place))
            tally.documents.add(doc.id)
            tally.drawn = True
            key = (event.type, place.id, event.date)
            if key not in self.events:  # the same event from another article is not another event
                tally.events[event.type] += 1
                if event.date:
                    tally.dates.append(event.date)
            merged = self.events.setdefault(key, _EventTally(event))
            s, e = event.sentence
            merged.sources.append({"doc": doc.id, "source": doc.source, "url": doc.url, "sentence": text[s:e],
                                   "trigger": text[event.trigger[0]:event.trigger[1]]})

    @property
    def place_count(self) -> int:
        return sum(1 for t in self.places.values() if t.drawn)

    def collection(self, level: str = "place", geometry: str = "point") -> dict:
        """The FeatureCollection: ``level`` place or event, ``geometry`` point or shape (a
        country's outline where the gazetteer has one, else its point)."""
        if level not in LEVELS:
            raise ValueError(f"level must be one of {', '.join(LEVELS)}")
        if geometry not in GEOMETRIES:
            raise ValueError(f"geometry must be one of {', '.join(GEOMETRIES)}")
        if level == "place":
            tallies = [t for t in self.places.values() if t.drawn]
            tallies.sort(key=lambda t: (-len(t.mentions) - sum(t.events.values()), t.place.id))
            features = [self._feature(t.place, _place_properties(t), geometry) for t in tallies]
        else:
            merged = sorted(self.events.values(), key=lambda m: (m.event.date or "9999", m.event.type, m.event.place.place.id))
            features = [self._feature(m.event.place.place, _event_properties(m), geometry, fid=None,
                                      point=m.event.place.point) for m in merged]
        out: dict = {"type": "FeatureCollection", "features": features}
        box = _bbox(features)
        if box is not None:
            out["bbox"] = box
        return out

    def _feature(self, place: Place, properties: dict, geometry: str, fid: int | None | str = "place",
                 point: tuple[float, float] | None = None) -> dict:
        """``point`` (lat, lon) overrides the place's own: an event in a region is coded at the
        region's seat (see :attr:`geomap.events.EventPlace.point`)."""
        feature: dict = {"type": "Feature"}
        lat, lon = point or (place.lat, place.lon)
        if fid == "place":
            feature["id"] = place.id
        shape = self.shape_of(place.id) if geometry == "shape" and self.shape_of and place.kind in AREA_KINDS else None
        feature["geometry"] = rfc7946_geometry(shape) if shape else {
            "type": "Point", "coordinates": [round(lon, DECIMALS), round(lat, DECIMALS)]}
        feature["properties"] = properties
        return feature


def place_features(results: Iterable[DocumentResult], filters: Filters = Filters()) -> dict:
    """The place-level FeatureCollection of ``results``, places ordered by mentions then id.

    >>> from geomap.pipeline import Geoparser
    >>> result = Geoparser().parse("Workers in Zhodino walked out. Belarusian towns were calm.", id="a")
    >>> fc = place_features([result])
    >>> [(f["properties"]["name"], f["properties"]["event_types"]) for f in fc["features"]]
    [('Horad Zhodzina', ['STRIKE'])]
    >>> fc["features"][0]["geometry"]
    {'type': 'Point', 'coordinates': [28.3331, 54.0985]}
    """
    builder = FeatureBuilder(filters)
    for result in results:
        builder.add(result)
    return builder.collection("place")


def mappable(res: Resolution) -> bool:
    """Whether a resolution can stand on the map by itself."""
    place = res.place
    return place is not None and place.lat is not None and res.mention.kind in DRAWN_KINDS and _on_the_map(place)


def sentence_of(spans: Sequence[tuple[int, int]], starts: Sequence[int], offset: int, text_length: int) -> tuple[int, int]:
    """The sentence span holding ``offset`` (``spans`` sorted, ``starts`` their starts); a name
    outside every sentence (a headline, a dateline) gets a window around it."""
    i = bisect_right(starts, offset) - 1
    if i >= 0 and spans[i][0] <= offset < spans[i][1]:
        return spans[i]
    return max(0, offset - 80), min(text_length, offset + 80)


def rfc7946_geometry(geometry: dict) -> dict:
    """A (Multi)Polygon as RFC 7946 wants it: split at the antimeridian, exterior rings
    counter-clockwise and holes clockwise, at most 6 decimals.

    >>> square = {"type": "Polygon", "coordinates": [[[0, 0], [0, 1], [1, 1], [1, 0], [0, 0]]]}  # clockwise
    >>> rfc7946_geometry(square)["coordinates"][0]
    [[0.0, 0.0], [1.0, 0.0], [1.0, 1.0], [0.0, 1.0], [0.0, 0.0]]
    """
    import shapely
    from shapely.geometry import mapping, shape

    from .gazetteer.geometry import split_antimeridian

    oriented = shapely.orient_polygons(shape(split_antimeridian(geometry)), exterior_cw=False)
    return round_geometry(mapping(oriented))


def round_geometry(geometry, decimals: int = DECIMALS) -> dict:
    """``geometry`` (a GeoJSON-like mapping) with coordinates rounded to ``decimals`` places.

    >>> round_geometry({"type": "Point", "coordinates": (27.5666667, 53.9)}, 3)
    {'type': 'Point', 'coordinates': [27.567, 53.9]}
    """
    def walk(value):
        if isinstance(value, (list, tuple)):
            if value and isinstance(value[0], (int, float)):
                return [round(float(v), decimals) for v in value]
            return [walk(v) for v in value]
        return value
    return {"type": geometry["type"], "coordinates": walk(geometry["coordinates"])}


def _on_the_map(place: Place) -> bool:
    return place.feature_code not in HISTORICAL_CODES and place.kind not in CONTEXT_PLACE_KINDS


def _place_properties(t: _PlaceTally) -> dict:
    p = t.place
    event_types = [name for name, _ in sorted(t.events.items(), key=lambda kv: (-kv[1], kv[0]))]
    return {
        "geonameid": p.geonameid, "name": p.name, "place_kind": p.kind, "country_code": p.country_code,
        "admin1": p.admin1, "feature_code": p.feature_code,
        "confidence": max((m["confidence"] for m in t.mentions), default=None), "kinds": sorted(t.kinds),
        "mention_count": len(t.mentions), "document_count": len(t.documents),
        "event_types": event_types, "event_counts": {name: t.events[name] for name in event_types},
        "main_type": event_types[0] if event_types else None,
        "first_date": min(t.dates) if t.dates else None, "last_date": max(t.dates) if t.dates else None,
        "mentions": t.mentions,
    }


def _event_properties(m: _EventTally) -> dict:
    e, place = m.event, m.event.place.place
    return {
        "type": e.type, "status": e.status, "severity": e.severity, "date": e.date,
        "date_precision": e.date_precision, "geo_precision": e.place.geo_precision, "rule": e.place.rule,
        "geonameid": place.geonameid, "place_id": place.id, "place_name": place.name, "place_kind": place.kind,
        "country_code": place.country_code, "admin1": place.admin1,
        "sources": m.sources, "source_count": len({s["doc"] for s in m.sources}),
    }


def _bbox(features: list[dict]) -> list[float] | None:
    points = []
    for f in features:
        g = f["geometry"]
        if g["type"] == "Point":
            points.append((g["coordinates"][1], g["coordinates"][0]))
        else:
            polygons = g["coordinates"] if g["type"] == "MultiPolygon" else [g["coordinates"]]
            points.extend((lat, lon) for poly in polygons for lon, lat in poly[0])
    box = points_bbox(points)
    return [round(v, DECIMALS) for v in box] if box else None

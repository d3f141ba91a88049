"""The geoparser: text -> Document -> mentions -> resolutions, one function per step.

>>> from geomap.pipeline import Geoparser
>>> parser = Geoparser()
>>> result = parser.parse("Workers in Zhodino and Minsk walked out on Thursday.", id="demo")
>>> [(r.mention.surface, r.place.geonameid) for r in result.resolutions]
[('Zhodino', 618800), ('Minsk', 625144)]
>>> parser.parse("").resolutions
[]
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache

from pathlib import Path

from .corrections import Corrections
from .cues import country_cues, cue_area_place, cue_areas
from .errors import InputError
from .events import Event, tag_events
from .gazetteer.store import Gazetteer
from .landmarks import place_in_name
from .mentions import Recogniser
from .parts import place_of_part
from .resolve import Weights, resolve
from .text import document_from_text
from .types import Document, Mention, Place, Resolution


@dataclass(frozen=True)
class DocumentResult:
    """A document, every mention found in it (resolved or not) and its events, in text order."""

    doc: Document
    resolutions: list[Resolution]
    events: list[Event] = field(default_factory=list)

    def to_dict(self) -> dict:
        """The ``geomap places --format jsonl`` record: mentions, each with its events."""
        by_span: dict[tuple[int, int], list[dict]] = {}
        for e in self.events:
            if e.place is not None and e.place.mention is not None:
                by_span.setdefault(e.place.mention, []).append(
                    {"type": e.type, "status": e.status, "date": e.date, "trigger": list(e.trigger)})
        mentions = []
        for res in self.resolutions:
            row = mention_dict(self.doc.text, res)
            row["events"] = by_span.get((res.mention.start, res.mention.end), [])
            mentions.append(row)
        return {"id": self.doc.id, "mentions": mentions}

    def to_geojson(self, level: str = "place", geometry: str = "point") -> dict:
        """This article's places (or events) as an RFC 7946 FeatureCollection
        (see :mod:`geomap.features`)."""
        from .features import FeatureBuilder

        builder = FeatureBuilder()
        builder.add(self)
        return builder.collection(level, geometry)

    def to_geodataframe(self, level: str = "place"):
        """This article's places (or events) as a GeoDataFrame (EPSG:4326)."""
        from .export import to_geodataframe

        return to_geodataframe(self.to_geojson(level))

    def events_dict(self) -> dict:
        """The ``geomap events --format jsonl`` record."""
        return {"id": self.doc.id, "events": [e.to_dict() for e in self.events]}


def mention_dict(text: str, res: Resolution) -> dict:
    place = res.place
    m = res.mention
    return {
        "start": m.start,
        "end": m.end,
        "text": text[m.start:m.end],
        "kind": m.kind,
        "geonameid": place.geonameid if place else None,
        "name": place.name if place else None,
        "country_code": place.country_code if place else None,
        "admin1": place.admin1 if place else None,
        "feature_code": place.feature_code if place else None,
        "lat": place.lat if place else None,
        "lon": place.lon if place else None,
        "confidence": res.confidence,
        "alternates": [
            {"geonameid": a.geonameid, "name": a.name, "country_code": a.country_code,
             "admin1": a.admin1, "lat": a.lat, "lon": a.lon}
            for a in res.alternates
        ],
        "reasons": list(res.reasons),
    }


class Geoparser:
    """Finds and resolves the places documents name, offline, on one gazetteer."""

    def __init__(
        self,
        gazetteer: Gazetteer | None = None,
        weights: Weights = Weights(),
        corrections_path: str | Path | None = None,
        about: Iterable[str] = (),
        min_confidence: float | None = None,
    ):
        """``about``: ISO 3166 codes of the countries the articles are known to be about (a desk
        coding Kenya's press): their places win where a text leaves a name open ("Eastleigh" is
        the Nairobi estate, not the English town), and an event in a text that names no place
        and no country is put at the one country given (an :class:`InputError` for a code the
        gazetteer does not hold). ``min_confidence``: the least confidence a pick needs for a
        point, in place of ``weights.min_confidence`` (the CLI's ``--min-confidence``)."""
        self.gazetteer = gazetteer or Gazetteer.open()
        corrections = Corrections.load(corrections_path, self.gazetteer) if corrections_path else None
        self.recognise = Recogniser(self.gazetteer, corrections=corrections)
        self.weights = weights if min_confidence is None else replace(weights, min_confidence=min_confidence)
        self.about = self._known_countries(about)

    def _known_countries(self, codes: Iterable[str]) -> tuple[str, ...]:
        known = []
        for code in codes:
            cc = str(code).strip().upper()
            if self._country(cc) is None:
                raise InputError(f"unknown country code {code!r}: give an ISO 3166 alpha-2 code such as KE or BY")
            known.append(cc)
        return tuple(dict.fromkeys(known))

    def parse(
        self,
        text: str | Document,
        *,
        id: str = "text",  # noqa: A002 - the record field is called id
        date: str | None = None,
        title: str | None = None,
        url: str | None = None,
        given_spans: bool = False,
        events: bool = True,
    ) -> DocumentResult:
        """Geoparse one text (or Document). With ``given_spans``, resolve ``doc.spans``
        instead of recognising names (an :class:`InputError` if a span is out of range);
        ``events=False`` skips event tagging when only places are wanted."""
        doc = text if isinstance(text, Document) else document_from_text(
            text, id, date=date, title=title, url=url
        )
        if not given_spans:
            mentions = self.recognise(doc)
            resolutions = resolve(mentions, doc.text, self.recognise.candidates, self.weights, about=self.about)
            return DocumentResult(doc, resolutions, self._events(doc, resolutions) if events else [])
        # Given spans: the names the recogniser finds elsewhere in the text still count as
        # context (the article's focus, nearby places); only the given spans are reported.
        given = self.mentions_from_spans(doc)
        found = self.recognise(doc)
        context = [m for m in found if not any(m.start < g.end and g.start < m.end for g in given)]
        merged = sorted(given + context, key=lambda m: (m.start, m.end))
        resolved = dict(zip(merged, resolve(merged, doc.text, self.recognise.candidates, self.weights, about=self.about)))
        resolutions = [resolved[m] for m in given]
        # A given span the gazetteer lacks and the resolver leaves without a point may still hold
        # a town's name ("Bettendorf" in "Bettendorf Public Library"): the names inside are
        # resolved with the rest as context, and the span put where they say (geomap.landmarks).
        unplaced = [g for g in given if resolved[g].place is None and not self.recognise.candidates(g.surface)]
        inside = {g: [m for m in found if g.start <= m.start and m.end <= g.end and (m.start, m.end) != (g.start, g.end)]
                  for g in unplaced}
        inner = list(dict.fromkeys(m for ms in inside.values() for m in ms))
        if inner:
            merged = sorted(merged + inner, key=lambda m: (m.start, m.end))
            resolved.update(zip(merged, resolve(merged, doc.text, self.recognise.candidates, self.weights, about=self.about)))
            for k, m in enumerate(given):
                if not inside.get(m):
                    continue
                named = [resolved[i] for i in inside[m]]
                # "Northwest Arkansas": that part of the region (geomap.parts); else a landmark
                # at the town in its name
                landmark = place_of_part(m, named, self._towns_of) or place_in_name(m, named)
                if landmark is not None and landmark.confidence >= self.weights.min_confidence:
                    resolutions[k] = landmark
        return DocumentResult(doc, resolutions, self._events(doc, resolutions) if events else [])

    @lru_cache(maxsize=256)  # noqa: B019 - one Geoparser per run; a few regions per corpus
    def _towns_of(self, region: Place) -> tuple[tuple[float, float, int], ...]:
        """``(lat, lon, population)`` of the gazetteer's populated places in a country or first-level
        region (not its airports, wards or constituencies)."""
        sql = "SELECT lat, lon, population FROM places WHERE country_code = ? AND kind = 'city' AND feature_class = 'P'"
        if region.kind == "country":
            rows = self.gazetteer.execute(sql, (region.country_code,))
        else:
            rows = self.gazetteer.execute(sql + " AND admin1 = ?", (region.country_code, region.admin1))
        return tuple((lat, lon, population) for lat, lon, population in rows if lat is not None)

    def _events(self, doc: Document, resolutions: list[Resolution]) -> list[Event]:
        return tag_events(doc.text, resolutions, body_start=doc.body_start, article_date=doc.date,
                          cue_place=lambda: self._cue_place(doc.text))

    def _cue_place(self, text: str) -> Place | None:
        """The one country the text's cues point to ("KDF soldiers", "ODM supporters": Kenya),
        where an event is put when the text names no place at all — or the one region where
        they say its events take place ("the OSCE SMM observed …": the Donbas); None when they
        point to several (al-Shabaab: Somalia or Kenya). With no cue, the one country the
        articles are known to be about, if one was given."""
        areas = cue_areas(text)
        if len(areas) == 1:
            area = cue_area_place(self.recognise.candidates, next(iter(areas)))
            if area is not None:
                return area
        votes = country_cues(text)
        if len(votes) == 1:
            return self._country(next(iter(votes)))
        if not votes and len(self.about) == 1:
            return self._country(self.about[0])
        return None

    @lru_cache(maxsize=None)  # noqa: B019 - one Geoparser per run; a few hundred countries
    def _country(self, country_code: str) -> Place | None:
        rows = self.gazetteer.execute(
            "SELECT id FROM places WHERE kind = 'country' AND country_code = ? LIMIT 1", (country_code,))
        return self.gazetteer.get(rows[0][0]) if rows else None

    def parse_many(self, docs: Iterable[Document], *, given_spans: bool = False) -> Iterator[DocumentResult]:
        """Geoparse documents one at a time (memory stays flat over any number)."""
        for doc in docs:
            yield self.parse(doc, given_spans=given_spans)

    def mentions_from_spans(self, doc: Document) -> list[Mention]:
        """Mentions at the document's given spans, kinds from the recogniser's rules."""
        mentions = []
        for start, end in doc.spans or ():
            if not (0 <= start < end <= len(doc.text)):
                raise InputError(f"toponym span [{start}, {end}) is outside the text (length {len(doc.text)})")
            classified = self.recognise.classify(doc.text, start, end)
            kind = classified.kind if classified is not None else "literal"
            mentions.append(Mention(start, end, doc.text[start:end], kind))
        return mentions


_default: Geoparser | None = None


def geoparse(text: str, **fields) -> DocumentResult:
    """Geoparse one text with the bundled gazetteer (see :meth:`Geoparser.parse`)."""
    global _default
    if _default is None:
        _default = Geoparser()
    return _default.parse(text, **fields)

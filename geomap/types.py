"""Immutable values passed between geomap's steps."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass


#: Feature codes of administrative units the gazetteer holds as point places of kind ``city``
#: (Kenya's wards and constituencies): areas a text names ("Saku constituency", "Saria,
#: Cheptais sub-county") though no other place is coded as lying in them.
LOCAL_UNIT_CODES = frozenset({"ADM3", "ADMD"})


@dataclass(frozen=True, slots=True)
class Place:
    """A gazetteer entry. ``geonameid`` is None for curated places GeoNames lacks.

    ``lat``/``lon`` are None only for second-level regions that no source places. ``seat`` is a
    country's or region's seat of government (its capital; for regions GeoNames PPLA/PPLA2)
    when the gazetteer knows it: where ACLED codes an event known only to the country or region.
    """

    id: int
    geonameid: int | None
    name: str
    kind: str  # city, country, admin1, admin2, continent, region
    feature_class: str
    feature_code: str
    country_code: str | None
    admin1: str | None
    admin2: str | None
    population: int
    lat: float | None
    lon: float | None
    alt_count: int = 0
    bbox: tuple[float, float, float, float] | None = None  # west, south, east, north
    seat: tuple[float, float] | None = None  # lat, lon

    def to_dict(self) -> dict:
        out = asdict(self)
        out["bbox"] = list(self.bbox) if self.bbox else None
        out["seat"] = list(self.seat) if self.seat else None
        return out

    def lies_in(self, area: Place) -> bool:
        """Whether this place lies inside ``area`` (a country, first- or second-level region), by
        the gazetteer's codes: Kirkwood lies in Missouri and in the United States."""
        if self.country_code != area.country_code or self.id == area.id:
            return False
        if area.kind == "country":
            return True
        if area.kind == "admin1":
            return self.admin1 == area.admin1
        return area.kind == "admin2" and self.admin2 == area.admin2


@dataclass(frozen=True, slots=True)
class Candidate:
    """A place a name may mean, with the name that matched and the ranking score."""

    place: Place
    matched_name: str
    name_kind: str  # name, alt, abbr, demonym
    score: float

    def to_dict(self) -> dict:
        out = self.place.to_dict()
        out.update(matched_name=self.matched_name, name_kind=self.name_kind, score=round(self.score, 3))
        return out


#: What the resolver asks for a name's candidates: the gazetteer's ``candidates`` (or a
#: corrections file over it).
CandidateSource = Callable[[str], Sequence[Candidate]]


@dataclass(frozen=True, slots=True)
class Document:
    """One article. ``text`` is the original text; every offset in geomap indexes it.

    ``body_start`` is where the article proper begins (after a dateline, if any).
    """

    id: str
    text: str
    date: str | None = None  # ISO date from the dateline, "2020-08-14"
    source: str | None = None
    title: str | None = None
    url: str | None = None
    path: str | None = None
    body_start: int = 0
    spans: tuple[tuple[int, int], ...] | None = None  # given toponym spans (JSONL "toponyms")
    note: str | None = None  # what the reader had to guess ("decoded as cp1251 (detected)")


MENTION_KINDS = ("literal", "based", "embedded", "demonym", "associative")


@dataclass(frozen=True, slots=True)
class Mention:
    """A place name found in a document: ``doc.text[start:end] == surface``.

    ``kind``: ``literal`` (the place itself), ``based`` ("Zhodino-based": where an organisation
    sits), ``embedded`` (inside an organisation's name, "Minsk Automobile Plant"), ``demonym``
    ("Belarusian": context only), ``associative`` (metonymy: "EU foreign ministers", "Minsk said").
    """

    start: int
    end: int
    surface: str
    kind: str = "literal"


@dataclass(frozen=True, slots=True)
class Resolution:
    """The place chosen for a mention, or ``place=None`` when the parser abstains.

    ``confidence`` is in [0, 1]; ``alternates`` are the next-best candidates; ``reasons`` say in
    a few words why this place (or why none).
    """

    mention: Mention
    place: Place | None
    confidence: float = 0.0
    alternates: tuple[Place, ...] = ()
    reasons: tuple[str, ...] = ()

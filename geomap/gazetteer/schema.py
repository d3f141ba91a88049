"""The gazetteer's SQLite schema and the one writer every build goes through.

Tables
------
``places``  one row per place: populated places, countries, first- and second-level regions,
            continents and macro-regions. ``id`` is the GeoNames id where the sources give one;
            curated places without one get negative ids.
``names``   the normalised name index: every name, alternate name, abbreviation and demonym,
            each pointing at one place. One place may hold several spellings of one key
            ("Ky." and "KY"), so abbreviations can be matched case-exactly. ``name_kind`` is ``name`` (the place's own name),
            ``alt`` (an alternate name), ``abbr`` (an abbreviation such as "U.S." or "Ky.") or
            ``demonym`` ("Belarusian" -> Belarus).
``shapes``  GeoJSON geometries (country polygons) keyed by place id.
``meta``    build facts: recipe version, source package versions, counts, build time.
"""

from __future__ import annotations

import json
import math
import os
import re
import sqlite3
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from ..wordlists import is_first_name, word_frequency
from .names import normalize_name

#: Bump when the schema or the recipe changes meaning; a database of another version is rebuilt.
SCHEMA_VERSION = "3"

NAME_KINDS = ("name", "alt", "abbr", "demonym")
# When one place carries the same normalised name twice, keep the strongest kind.
_KIND_RANK = {kind: rank for rank, kind in enumerate(NAME_KINDS)}

PLACE_KINDS = ("city", "country", "admin1", "admin2", "continent", "region")

DDL = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE places (
    id            INTEGER PRIMARY KEY,
    geonameid     INTEGER,
    name          TEXT NOT NULL,
    ascii_name    TEXT NOT NULL,
    kind          TEXT NOT NULL,
    feature_class TEXT NOT NULL,
    feature_code  TEXT NOT NULL,
    country_code  TEXT,
    admin1_code   TEXT,
    admin1        TEXT,
    admin2_code   TEXT,
    admin2        TEXT,
    population    INTEGER NOT NULL DEFAULT 0,
    lat           REAL,          -- NULL only for admin2 regions no source places
    lon           REAL,
    west REAL, south REAL, east REAL, north REAL,
    seat_lat      REAL,          -- a country's or region's seat of government (capital), else NULL
    seat_lon      REAL,
    alt_count     INTEGER NOT NULL DEFAULT 0,
    point_source  TEXT NOT NULL,
    source        TEXT NOT NULL
);
CREATE TABLE names (
    norm      TEXT NOT NULL,
    place_id  INTEGER NOT NULL REFERENCES places(id),
    name      TEXT NOT NULL,
    name_kind TEXT NOT NULL,
    PRIMARY KEY (norm, place_id, name)
) WITHOUT ROWID;
CREATE TABLE shapes (
    place_id INTEGER PRIMARY KEY REFERENCES places(id),
    geojson  TEXT NOT NULL
);
"""

INDEXES = """
CREATE INDEX places_country ON places(country_code, kind);
CREATE INDEX places_geonameid ON places(geonameid);
CREATE INDEX places_latlon ON places(lat, lon);
"""


@dataclass
class PlaceRecord:
    """One place as a build source hands it to the writer."""

    id: int
    name: str
    kind: str
    feature_class: str
    feature_code: str
    lat: float | None
    lon: float | None
    source: str
    point_source: str = "source"
    geonameid: int | None = None
    ascii_name: str = ""
    country_code: str | None = None
    admin1_code: str | None = None
    admin1: str | None = None
    admin2_code: str | None = None
    admin2: str | None = None
    population: int = 0
    bbox: tuple[float, float, float, float] | None = None  # west, south, east, north
    seat: tuple[float, float] | None = None  # a country's or region's seat of government (lat, lon)
    names: list[tuple[str, str]] = field(default_factory=list)  # (name, name_kind)
    shape: Mapping | None = None  # GeoJSON geometry


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 6)


def _round_bbox(bbox):
    """Round a (west, south, east, north) box outwards to 6 decimals, so it still holds points
    rounded to 6 decimals."""
    if bbox is None:
        return (None, None, None, None)
    west, south, east, north = bbox
    down = lambda v: math.floor(v * 1e6) / 1e6  # noqa: E731
    up = lambda v: math.ceil(v * 1e6) / 1e6  # noqa: E731
    return down(west), down(south), up(east), up(north)


_SAINT = re.compile(r"\b(St|Ste|Saint|Sainte)\b\.?(?=\s+\w)", re.IGNORECASE)
_SAINT_SWAP = {"st": "Saint", "ste": "Sainte", "saint": "St.", "sainte": "Ste."}


def saint_variants(name: str) -> list[str]:
    """The other spelling of a name's "St."/"Saint" (and "Ste."/"Sainte"), which writers use
    interchangeably: "Saint Charles" for St. Charles, Illinois.

    >>> saint_variants("St. Charles"), saint_variants("Port Saint Lucie"), saint_variants("Stanford")
    (['Saint Charles'], ['Port St. Lucie'], [])
    """
    if not _SAINT.search(name):
        return []
    return [_SAINT.sub(lambda m: _SAINT_SWAP[m.group(1).lower()], name)]


# Countries whose place names carry the Arabic article, which GeoNames writes as the reader hears
# it ("Jisr ash Shughūr", "As Suwaydā'") and English news as "al-" ("Jisr al-Shughur").
_ARABIC_ARTICLE_COUNTRIES = frozenset(
    "SY IQ YE SA JO LB PS EG LY TN DZ MA SD SO DJ MR KW QA BH AE OM".split())
_ARABIC_ARTICLE = re.compile(
    r"(?:(?<=\s)|^)(?:a[lsdrtzn]|ash|adh|ath|e[lsdrtzn]|esh)[ -](?=\w)", re.IGNORECASE)


def arabic_article_variants(name: str, country_code: str | None) -> list[str]:
    """The "al-" spelling of a name with the Arabic article in a country that uses it, as English
    news writes it.

    >>> arabic_article_variants("Jisr ash Shughūr", "SY"), arabic_article_variants("El Paso", "US")
    (['Jisr al-Shughūr'], [])
    """
    if country_code not in _ARABIC_ARTICLE_COUNTRIES or not _ARABIC_ARTICLE.search(name):
        return []
    variant = _ARABIC_ARTICLE.sub(lambda m: "Al-" if m.group(0)[0].isupper() else "al-", name)
    return [variant] if variant != name else []


# The article that begins a name, as GeoNames writes it ("Al Qāmishlī", "Ar Ramādī", "El Mansûra")
_LEADING_ARABIC_ARTICLE = re.compile(r"(?:a[lsdrtzn]|ash|adh|ath|e[lsdrtzn]|esh)[ -](?=\w)", re.IGNORECASE)
#: The fewest letters a name must keep without its article to be written so: "Qāmishlī" is a
#: town's name, "Ain" (Al Ain) and "Bab" (Al Bab) are words first.
BARE_NAME_LETTERS = 5


def bare_arabic_names(name: str, country_code: str | None) -> list[str]:
    """A town's own name without the Arabic article it begins with, in a country that uses it, as
    English news often writes it ("Qamishli" for Al Qāmishlī, "Ramadi" for Ar Ramādī) — only when
    at least ``BARE_NAME_LETTERS`` letters remain and they are neither an everyday English word
    nor a given name ("Al Ḩusayn" is not written "Husain": that is a man).

    >>> bare_arabic_names("Al Qāmishlī", "SY"), bare_arabic_names("Al Bab", "SY"), bare_arabic_names("El Paso", "US")
    (['Qāmishlī'], [], [])
    >>> bare_arabic_names("Al Ḩusayn", "YE"), bare_arabic_names("Al Madam", "AE")
    ([], [])
    """
    if country_code not in _ARABIC_ARTICLE_COUNTRIES:
        return []
    article = _LEADING_ARABIC_ARTICLE.match(name)
    if article is None:
        return []
    bare = name[article.end():]
    if sum(ch.isalpha() for ch in bare) < BARE_NAME_LETTERS:
        return []
    plain = "".join(c for c in unicodedata.normalize("NFKD", bare) if not unicodedata.combining(c))
    if is_first_name(bare) or is_first_name(plain) or word_frequency(plain) > 0:
        return []
    return [bare]


#: The fewest people a town needs for its two-word name to be listed also written as one word.
JOINED_NAME_POPULATION = 1_000
#: A word of a two-word name at least this frequent in English is a word ("Air Base", "New
#: Delhi"): such names are not written joined.
JOINED_WORD_ZIPF = 3.5
# Articles that begin a name ("El Wak", "Al Hasakah"): frequent in English text, yet no word of it.
_NAME_ARTICLES = frozenset({"el", "al", "ad", "ar", "as", "at", "az", "an", "ash", "es", "la", "le", "de", "da", "du"})


def joined_names(name: str, population: int) -> list[str]:
    """A town's two-word name written as one word, as news from South Asia and East Africa often
    spells it ("Mirpurkhas" for Mirpur Khas, "Elwak" for El Wak) — for towns of at least
    ``JOINED_NAME_POPULATION`` people whose words are no English words and whose joined form is
    neither a word nor a given name.

    >>> joined_names("Mirpur Khas", 267_833), joined_names("El Wak", 60_732)
    (['Mirpurkhas'], ['Elwak'])
    >>> joined_names("Air Base", 20_000), joined_names("Kot Diji", 500), joined_names("Baidoa", 129_839)
    ([], [], [])
    """
    if population < JOINED_NAME_POPULATION:
        return []
    words = name.split(" ")
    if len(words) != 2 or not all(w.isalpha() and w[0].isupper() and w[1:].islower() for w in words):
        return []
    if any(word_frequency(w) >= JOINED_WORD_ZIPF for w in words if w.lower() not in _NAME_ARTICLES):
        return []
    joined = words[0] + words[1].lower()
    plain = "".join(c for c in unicodedata.normalize("NFKD", joined) if not unicodedata.combining(c))
    if word_frequency(plain) > 0 or is_first_name(joined) or is_first_name(plain):
        return []
    return [joined]


class GazetteerWriter:
    """Write a gazetteer database to ``path`` atomically (a temp file renamed at the end).

    Use as a context manager; on error the temp file is removed and any old database is kept.
    """

    def __init__(self, path: Path):
        self.path = Path(path)
        self.tmp_path = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        self._db: sqlite3.Connection | None = None
        self.counts: dict[str, int] = {}

    def __enter__(self) -> GazetteerWriter:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.tmp_path.unlink(missing_ok=True)
        self._db = sqlite3.connect(self.tmp_path)
        self._db.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + DDL)
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        assert self._db is not None
        if exc_type is None:
            self._db.executescript(INDEXES)
            self._db.commit()
            self._db.execute("VACUUM")
            self._db.close()
            os.replace(self.tmp_path, self.path)
        else:
            self._db.close()
            self.tmp_path.unlink(missing_ok=True)

    def add_places(self, places: Iterable[PlaceRecord]) -> int:
        """Insert places with their names and shapes; returns how many were written."""
        db = self._db
        assert db is not None
        place_rows, name_rows, shape_rows = [], [], []
        for place in places:
            per_norm: dict[str, tuple[str, str]] = {}
            for name, kind in [(place.name, "name"), *place.names]:
                norm = normalize_name(name)
                if not norm:
                    continue
                held = per_norm.get(norm)
                if held is None or _KIND_RANK[kind] < _KIND_RANK[held[1]]:
                    per_norm[norm] = (name, kind)
            alt_count = sum(1 for _, kind in per_norm.values() if kind == "alt")
            west, south, east, north = _round_bbox(place.bbox)
            place_rows.append(
                (
                    place.id, place.geonameid, place.name, place.ascii_name or place.name,
                    place.kind, place.feature_class, place.feature_code, place.country_code,
                    place.admin1_code, place.admin1, place.admin2_code, place.admin2,
                    int(place.population or 0), _round(place.lat), _round(place.lon),
                    west, south, east, north, *(map(_round, place.seat) if place.seat else (None, None)),
                    alt_count, place.point_source, place.source,
                )
            )
            for norm, (name, kind) in list(per_norm.items()):
                for variant in saint_variants(name) + arabic_article_variants(name, place.country_code):
                    per_norm.setdefault(normalize_name(variant), (variant, kind))
                for bare in bare_arabic_names(name, place.country_code) if place.kind == "city" else ():
                    # written without its article the name is an alternate one: "Qamishli"
                    per_norm.setdefault(normalize_name(bare), (bare, "alt"))
                for joined in joined_names(name, int(place.population or 0)) if place.kind == "city" and kind == "name" else ():
                    per_norm.setdefault(normalize_name(joined), (joined, "alt"))  # "Mirpurkhas"
                if name.startswith("The ") and len(name) > 6:
                    # "the Bronx", "the Hague": after a lower-case "the" the text names The Bronx
                    # by the rest of its own name
                    bare = name[4:]
                    held = per_norm.get(normalize_name(bare))
                    if held is None or _KIND_RANK[kind] < _KIND_RANK[held[1]]:
                        per_norm[normalize_name(bare)] = (bare, kind)
            name_rows.extend((norm, place.id, name, kind) for norm, (name, kind) in per_norm.items())
            if place.shape is not None:
                shape_rows.append((place.id, json.dumps(place.shape, separators=(",", ":"))))
            self.counts[place.kind] = self.counts.get(place.kind, 0) + 1
        db.executemany(f"INSERT INTO places VALUES ({','.join('?' * 24)})", place_rows)
        db.executemany("INSERT INTO names VALUES (?,?,?,?)", name_rows)
        db.executemany("INSERT INTO shapes VALUES (?,?)", shape_rows)
        self.counts["names"] = self.counts.get("names", 0) + len(name_rows)
        self.counts["shapes"] = self.counts.get("shapes", 0) + len(shape_rows)
        return len(place_rows)

    def add_names(self, rows: Iterable[tuple[str, int, str]], *, override: bool = False) -> int:
        """Attach extra names (name, place id, name_kind) to places already written.

        A name a place already carries keeps its kind, unless ``override`` (curated rows: an
        abbreviation stays an abbreviation even when a source also lists it as a name).
        """
        db = self._db
        assert db is not None
        sql = "INSERT INTO names VALUES (?,?,?,?) ON CONFLICT(norm, place_id, name) DO "
        sql += "UPDATE SET name = excluded.name, name_kind = excluded.name_kind" if override else "NOTHING"
        before = db.total_changes
        db.executemany(sql, ((normalize_name(n), pid, n, kind) for n, pid, kind in rows if normalize_name(n)))
        written = db.total_changes - before
        self.counts["names"] = self.counts.get("names", 0) + written
        return written

    def set_bbox(self, place_id: int, bbox: tuple[float, float, float, float] | None) -> None:
        """Set a place's bounding box after it was written."""
        assert self._db is not None
        if bbox is not None:
            self._db.execute(
                "UPDATE places SET west = ?, south = ?, east = ?, north = ? WHERE id = ?",
                (*_round_bbox(bbox), place_id),
            )

    def set_meta(self, values: Mapping[str, object]) -> None:
        db = self._db
        assert db is not None
        db.executemany(
            "INSERT OR REPLACE INTO meta VALUES (?, ?)",
            [(k, v if isinstance(v, str) else json.dumps(v, sort_keys=True)) for k, v in values.items()],
        )

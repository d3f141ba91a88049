"""Local units below the regions GeoNames' cities500 reaches: Kenya's wards and constituencies.

Protest and unrest reports name neighbourhoods and wards ("Mathare", "Kondele", "Eastleigh")
that cities500 lacks; without them an event there is placed nowhere, or at a namesake far away.
npm ``kenya`` (IEBC electoral units: 290 constituencies, 1,450 wards, each with the centre of its
polygon) fills that in for Kenya. Each unit becomes a point place (kind ``city``: drawn and
resolved like a town), its population estimated from the package's registered voters (IEBC):
a constituency's voters times Kenya's population over all voters, a ward an equal share of its
constituency's (the package gives no census figures):

* a ward is ``ADM3``, a constituency ``ADMD``; a ward written "Ainabkoi/Olare" is one place with
  both names;
* "Eastleigh North" and "Eastleigh South", "Dandora Area I" … "IV", "Kuresoi North" and
  "Kuresoi South" also give the place people write ("Eastleigh", "Dandora", "Kuresoi"), at the
  mean of its parts;
* a name that is an everyday English word or phrase ("Central", "Hospital", "Airport") is not
  added, nor a ward the gazetteer already holds within :data:`SAME_PLACE_KM` ("Kabarnet" ward is
  Kabarnet town), nor a constituency or whole named like a Kenyan town or county it holds
  anywhere ("Moyale" constituency is Moyale town), nor a second unit of the same name within
  :data:`SAME_PLACE_KM` of the first.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from wordfreq import zipf_frequency

from .geometry import weighted_centre
from .names import normalize_name
from .npm_data import KENYA_VERSION
from .schema import PlaceRecord
from .store import haversine_km

#: A ward within this distance of a same-named place already held is that place ("Kabarnet"
#: ward is Kabarnet town); two units of one name this close are one place.
SAME_PLACE_KM = 50.0
#: A unit name at least this frequent in English is a word first ("Central", "Olympic").
WORD_ZIPF = 3.0
_PART = re.compile(r"^(?:(north|south|east|west|central|upper|lower)\s+(.+)|(.+?)\s+(north|south|east|west|central"
                   r"|area\s+[ivx]+|[ivx]+|phase\s+\w+))$", re.I)


@dataclass
class Unit:
    """One ward or constituency as the package gives it."""

    names: list[str]  # display names; the first is the place's name
    county: str
    lat: float
    lon: float
    feature_code: str  # ADM3 (ward) or ADMD (constituency)
    voters: float = 0.0  # registered voters (a ward: its share of its constituency's)
    whole: bool = False  # made from parts ("Eastleigh" from "Eastleigh North" and "… South")


def _display(name: str) -> str:
    """Names as people write them:

    >>> [_display(n) for n in ("KAPTUMO-KABOI", "ANG'URAI", "SAKA  ")]
    ['Kaptumo-Kaboi', "Ang'urai", 'Saka']
    """
    name = re.sub(r"\s+", " ", name).strip()
    return re.sub(r"[A-Za-z][A-Za-z']*", lambda m: m.group(0).capitalize(), name.lower()) if name.isupper() else name


def county_key(name: str) -> str:
    """One key for a county however a source writes it: "NAIROBI CITY" and "Nairobi City",
    "THARAKA - NITHI" and "Tharaka-Nithi", "ELGEYO/MARAKWET" and "Elgeyo/Marakwet"."""
    key = re.sub(r"[^a-z]", "", name.lower())
    return key.removesuffix("city")


def read_kenya_units(folder: Path) -> list[Unit]:
    """Every constituency and ward of npm ``kenya`` that has a centre, with its county's name."""
    counties = json.loads((folder / "dist" / "json" / "kenyacounties.json").read_text(encoding="utf-8"))
    county_of = {c["code"]: county["name"] for county in counties for c in county.get("constituencies") or []}
    voters = {c["code"]: float(c.get("registered_voters") or 0)
              for c in json.loads((folder / "dist" / "json" / "constituencies.json").read_text(encoding="utf-8"))}
    units = []
    for constituency in json.loads((folder / "dist" / "json" / "kenyaconstituencies.json").read_text(encoding="utf-8")):
        county = county_of.get(constituency.get("code"))
        centre = constituency.get("center") or {}
        if county is None or "lat" not in centre:
            continue
        electorate = voters.get(constituency["code"], 0.0)
        units.append(Unit([_display(constituency["name"])], county, centre["lat"], centre["lon"], "ADMD", electorate))
        wards = constituency.get("wards") or []
        for ward in wards:
            point = ward.get("center") or {}
            names = [_display(part) for part in ward.get("name", "").split("/") if part.strip()]
            if names and "lat" in point:
                units.append(Unit(names, county, point["lat"], point["lon"], "ADM3", electorate / len(wards)))
    return units


def _common_word(name: str) -> bool:
    return zipf_frequency(name, "en") >= WORD_ZIPF


def _with_whole_places(units: list[Unit]) -> list[Unit]:
    """``units`` plus, for each name written in parts ("Eastleigh North", "Eastleigh South"),
    the whole at the mean of its parts' points (a ward is its own whole: "Kisauni")."""
    parts: dict[tuple[str, str], list[Unit]] = defaultdict(list)
    written: dict[tuple[str, str], str] = {}
    for unit in units:
        for name in unit.names:
            match = _PART.match(name)
            if match:
                whole = match.group(2) or match.group(3)
                key = (county_key(unit.county), normalize_name(whole))
                parts[key].append(unit)
                written.setdefault(key, whole)
    held = {(county_key(u.county), normalize_name(n)) for u in units for n in u.names}
    wholes = []
    for key, members in parts.items():
        if key in held or len({id(m) for m in members}) < 2:
            continue  # one part alone ("Nairobi West") does not make its whole ("Nairobi")
        point = weighted_centre((m.lat, m.lon, 1.0) for m in members)
        if point is not None:
            code = "ADMD" if all(m.feature_code == "ADMD" for m in members) else "ADM3"
            wholes.append(Unit([written[key]], members[0].county, point[0], point[1], code,
                               sum(m.voters for m in {id(m): m for m in members}.values()), whole=True))
    return units + wholes


def build_local_units(
    folder: Path,
    admin1_of_county: dict[str, tuple[str, str]],
    known_points: dict[str, list[tuple[float, float]]],
    new_id,
    country_population: int,
) -> Iterator[PlaceRecord]:
    """Kenya's wards and constituencies as point places.

    ``admin1_of_county`` maps a county key (see :func:`county_key`) to its (admin1 code, name);
    ``known_points`` maps a normalised name to the points of Kenyan places already held;
    ``new_id`` hands out synthetic place ids; ``country_population`` scales voters to people."""
    units = read_kenya_units(folder)
    electorate = sum(u.voters for u in units if u.feature_code == "ADMD")
    per_voter = country_population / electorate if electorate else 0.0
    kept: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for unit in _with_whole_places(units):
        admin1 = admin1_of_county.get(county_key(unit.county))
        # A constituency or a whole named like a town or county already held is that place
        # ("Moyale", "Mandera" from "Mandera North" …), however far its centre lies from it; a
        # ward only within SAME_PLACE_KM ("Majengo" ward in Mombasa is not Majengo in Vihiga).
        reach = SAME_PLACE_KM if unit.feature_code == "ADM3" and not unit.whole else float("inf")
        names = [n for n in unit.names if not _common_word(n) and not _near(unit, known_points.get(normalize_name(n)), reach)
                 and not _near(unit, kept.get(normalize_name(n)))]
        if admin1 is None or not names:
            continue
        for name in names:
            kept[normalize_name(name)].append((unit.lat, unit.lon))
        yield PlaceRecord(
            id=new_id(),
            name=names[0],
            ascii_name=names[0],
            kind="city",
            feature_class="A",
            feature_code=unit.feature_code,
            country_code="KE",
            admin1_code=admin1[0],
            admin1=admin1[1],
            lat=round(unit.lat, 6),
            lon=round(unit.lon, 6),
            population=round(unit.voters * per_voter),
            names=[(n, "alt") for n in names[1:]],
            point_source="centre of the unit's polygon (npm kenya)",
            source=f"npm kenya {KENYA_VERSION} ({'ward' if unit.feature_code == 'ADM3' else 'constituency'})",
        )


def _near(unit: Unit, points: Iterable[tuple[float, float]] | None, reach: float = SAME_PLACE_KM) -> bool:
    return any(haversine_km(unit.lat, unit.lon, lat, lon) <= reach for lat, lon in points or ())

"""Airports with an IATA code, from PyPI ``airportsdata``.

News names airports as places — "flights were cancelled at Heathrow", "protesters occupied
Hong Kong's airport", "clashes near Donetsk airport" — and no other bundled source holds them:
without them "Heathrow" was Heathrow, Florida, and "Gatwick" nothing. ``airportsdata`` (MIT; its
data from public aviation sources) lists 28,000 airfields with their ICAO and IATA codes, name,
city, country and point; the 7,900 with an IATA code (the ones with scheduled flights, which
news names) become point places of kind ``city``, feature class ``S``, feature code ``AIRP``.

Names: the airport's own ("London Heathrow Airport") and the shorter forms readers write —
without "International" ("Jomo Kenyatta Airport"), without its city ("Heathrow Airport"), and the
bare distinctive word when that is no town's name, no given name and no English word
("Heathrow", "Gatwick", "Schiphol"; not "Entebbe", the town, nor "Kennedy"). Codes are not names:
"LHR" and "JFK" are left to the reader (three capitals are as often an acronym).

``airportsdata`` gives no traffic figures, so an airport counts a nominal population, for
ranking only (:data:`AIRPORT_POPULATION`, a small town's): a bare "Heathrow" then means the
airport where the article points to Britain, and Heathrow, Florida, where it points nowhere.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator

from ..wordlists import is_first_name, word_frequency
from .names import normalize_name
from .schema import PlaceRecord
from .store import haversine_km

#: The ranking weight of an airport, as if it had this many people (no census counts them): a
#: small town's, so that a town of the name wins where nothing in the article points to the airport.
AIRPORT_POPULATION = 10_000
#: A bare airport word this frequent in English is a word first ("Heathrow" is rare enough, "Hope" is not).
WORD_ZIPF = 4.0

_AIRPORT_WORDS = re.compile(r"\s+(?:International\s+)?Airport$")
_AIRPORT_THEN_NAME = re.compile(r"^(.+?) Airport ([A-Z][\w'’-]+)$")


def airport_names(name: str, city: str) -> list[tuple[str, str]]:
    """The names an airport is written by, as ``(name, name_kind)``: its own, then shorter forms.

    >>> airport_names("London Heathrow Airport", "London")
    [('London Heathrow Airport', 'name'), ('Heathrow Airport', 'alt'), ('Heathrow', 'alt')]
    >>> airport_names("Washington Dulles International Airport", "Washington")[1:]
    [('Washington Dulles Airport', 'alt'), ('Dulles International Airport', 'alt'), ('Dulles Airport', 'alt'), ('Dulles', 'alt')]
    >>> airport_names("Jomo Kenyatta International Airport", "Nairobi")
    [('Jomo Kenyatta International Airport', 'name'), ('Jomo Kenyatta Airport', 'alt')]
    >>> airport_names("Minsk International Airport", "Minsk")
    [('Minsk International Airport', 'name'), ('Minsk Airport', 'alt')]
    >>> airport_names("Amsterdam Airport Schiphol", "Amsterdam")
    [('Amsterdam Airport Schiphol', 'name'), ('Amsterdam Schiphol Airport', 'alt'), ('Schiphol Airport', 'alt'), ('Schiphol', 'alt')]
    """
    names = [(name, "name")]
    after = _AIRPORT_THEN_NAME.match(name)  # "Amsterdam Airport Schiphol"
    if after:
        core, international = f"{after.group(1)} {after.group(2)}", False
    elif _AIRPORT_WORDS.search(name):
        core, international = _AIRPORT_WORDS.sub("", name).strip(), " International Airport" in name
    else:
        return names  # "Aeropuerto Internacional …": its own name only
    rest = core[len(city):].strip(" -") if city and core.startswith(city + " ") else core
    forms = [f"{core} Airport"]
    if rest != core:
        forms += [f"{rest} International Airport"] if international else []
        forms.append(f"{rest} Airport")
    if rest and " " not in rest and normalize_name(rest) != normalize_name(city) and _distinctive(rest):
        forms.append(rest)
    for form in forms:
        if form != name and all(form != n for n, _ in names):
            names.append((form, "alt"))
    return names


def _distinctive(word: str) -> bool:
    """Whether a bare word can stand for an airport: no given name, no English word."""
    return not is_first_name(word) and word_frequency(word.lower()) < WORD_ZIPF


def build_airports(
    rows: Iterable[dict],
    towns: Iterable[tuple[str, str | None, float, float]],
    admin1_name: Callable[[str, str | None], str | None],
    synthetic_id: Callable[[], int],
    source: str,
) -> Iterator[PlaceRecord]:
    """Airport records from ``airportsdata`` rows (those with an IATA code). ``towns`` are
    ``(country_code, admin1_code, lat, lon)`` of held towns: an airport lies in the region of the
    nearest town of its country within 100 km (``admin1_name`` names that region)."""
    grid: dict[tuple[str, int, int], list[tuple[float, float, str | None]]] = defaultdict(list)
    for cc, admin1, lat, lon in towns:
        grid[(cc, int(lat // 1), int(lon // 1))].append((lat, lon, admin1))
    for row in rows:
        if not row.get("iata"):
            continue
        name, cc = row["name"].strip(), (row.get("country") or "").upper() or None
        try:
            lat, lon = float(row["lat"]), float(row["lon"])
        except (TypeError, ValueError):
            continue
        admin1 = _nearest_region(grid, cc, lat, lon) if cc else None
        yield PlaceRecord(
            id=synthetic_id(),
            name=name,
            ascii_name=name,
            kind="city",
            feature_class="S",
            feature_code="AIRP",
            country_code=cc,
            admin1_code=admin1,
            admin1=admin1_name(cc, admin1) if cc and admin1 else None,
            population=AIRPORT_POPULATION,
            lat=lat,
            lon=lon,
            names=airport_names(name, (row.get("city") or "").strip())[1:],
            point_source="airportsdata",
            source=source,
        )


def _nearest_region(grid, cc: str, lat: float, lon: float) -> str | None:
    best, best_km = None, 100.0
    for dlat in (-1, 0, 1):
        for dlon in (-1, 0, 1):
            for tlat, tlon, admin1 in grid.get((cc, int(lat // 1) + dlat, int(lon // 1) + dlon), ()):
                km = haversine_km(lat, lon, tlat, tlon)
                if km < best_km:
                    best, best_km = admin1, km
    return best

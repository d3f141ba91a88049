"""United States post-office towns below GeoNames cities500, from PyPI ``zipcodes``.

Local US news names the small towns and villages its readers live in ("Harwinton", "Meadow
Grove", "Lanexa", "Tennessee Colony"): places of a few hundred people that cities500 lacks, so
the parser either left them unplaced or sent them to a namesake in another state. Every one of
them with a post office has a ZIP code, and ``zipcodes`` (MIT; coordinates from GeoNames' postal
codes, CC BY 4.0; ZIP list from the USPS) ships all 42,000 with their town, state and county.

Each town a ZIP code is written for (the USPS "preferred" city of a ``STANDARD`` or ``PO BOX``
code; military and single-building ``UNIQUE`` codes are left out) becomes one point place of kind
``city``, feature code ``PPL``, at the mean of its codes' points, in its state (admin1) and in
the county most of its codes lie in (admin2). ``zipcodes`` gives no population, so a postal town
counts 0 people: it wins only where the text points to it (its state or county named, or no other
place of that name), never over a held namesake.

Not added: a town the gazetteer already holds under that name within :data:`SAME_PLACE_KM` (most
ZIP towns are cities500 towns), a one-word name that is an everyday English word ("Energy",
"Success") unless it already names towns in the United States ("Medina", "Clifton": one namesake more adds
no word to what the parser reads as a place), and codes outside the 50 states and the District of Columbia (Puerto Rico and the other
territories have their own country codes and their own cities500 towns).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from wordfreq import zipf_frequency

from ..wordlists import US_STATE_CODES as STATES
from .geometry import weighted_centre
from .names import normalize_name
from .schema import PlaceRecord
from .store import haversine_km

#: A postal town within this distance of a place already held under its name is that place.
SAME_PLACE_KM = 50.0
#: A town name at least this frequent in English is a word first ("Energy", "Hope").
WORD_ZIPF = 3.0
#: ZIP code types that stand for a town (not a military post or one building).
TOWN_ZIP_TYPES = frozenset({"STANDARD", "PO BOX"})
_MC = re.compile(r"\b(Ma?c) (?=[A-Z])")


@dataclass
class PostalTown:
    """One town as its ZIP codes give it."""

    name: str  # as people write it: "McLean" for the USPS "Mc Lean"
    state: str  # two-letter code, GeoNames' admin1 code
    points: list[tuple[float, float]] = field(default_factory=list)
    counties: Counter = field(default_factory=Counter)

    @property
    def centre(self) -> tuple[float, float] | None:
        return weighted_centre((lat, lon, 1.0) for lat, lon in self.points)


def written_name(usps_name: str) -> str:
    """A USPS city name as people write it:

    >>> written_name("Mc Lean"), written_name("Mac Arthur"), written_name("Harwinton")
    ('McLean', 'MacArthur', 'Harwinton')
    """
    return _MC.sub(r"\1", usps_name.strip())


def read_postal_towns(records: Iterable[dict]) -> list[PostalTown]:
    """The towns of ``zipcodes.list_all()`` records: one per (state, name), in first-seen order."""
    towns: dict[tuple[str, str], PostalTown] = {}
    for record in records:
        if record.get("zip_code_type") not in TOWN_ZIP_TYPES or record.get("state") not in STATES:
            continue
        try:
            lat, lon = float(record["lat"]), float(record["long"])
        except (KeyError, TypeError, ValueError):
            continue
        name = written_name(record.get("city") or "")
        if not name:
            continue
        town = towns.setdefault((record["state"], normalize_name(name)), PostalTown(name, record["state"]))
        town.points.append((lat, lon))
        if record.get("county"):
            town.counties[record["county"]] += 1
    return list(towns.values())


def county_key(name: str) -> str:
    """One key for a county however a source writes it ("St. Louis County", "Saint Louis
    County", "DeKalb County" and "De Kalb County")."""
    key = normalize_name(name).replace("saint ", "st ")
    return re.sub(r"\s+", "", key)


def build_postal_towns(
    records: Iterable[dict],
    known_points: dict[str, list[tuple[float, float]]],
    admin1_names: dict[str, str],
    admin2_of_county: dict[tuple[str, str], tuple[str, str]],
    new_id,
    source: str,
) -> Iterator[PlaceRecord]:
    """Postal towns the gazetteer lacks, as point places.

    ``known_points`` maps a normalised name to the points of US places already held;
    ``admin1_names`` maps a state code to its region's name; ``admin2_of_county`` maps
    (state code, :func:`county_key`) to the county's (admin2 code, name); ``new_id`` hands out
    synthetic place ids; ``source`` names the package and version."""
    kept: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for town in read_postal_towns(records):
        centre = town.centre
        norm = normalize_name(town.name)
        if centre is None or town.state not in admin1_names:
            continue
        if " " not in norm and norm not in known_points and norm not in kept and zipf_frequency(town.name, "en") >= WORD_ZIPF:
            # a word first ("Energy"); a word that already names US towns ("Medina", "Clifton") is
            # kept, and so are names of several words ("Meadow Grove"), which are no phrase of
            # running text however common their words
            continue
        if _near(centre, known_points.get(norm)) or _near(centre, kept.get(norm)):
            continue  # held already, or a second post-office name for a town just added
        kept[norm].append(centre)
        county = town.counties.most_common(1)[0][0] if town.counties else None
        admin2 = admin2_of_county.get((town.state, county_key(county))) if county else None
        yield PlaceRecord(
            id=new_id(),
            name=town.name,
            ascii_name=town.name,
            kind="city",
            feature_class="P",
            feature_code="PPL",
            country_code="US",
            admin1_code=town.state,
            admin1=admin1_names[town.state],
            admin2_code=admin2[0] if admin2 else None,
            admin2=admin2[1] if admin2 else None,
            lat=round(centre[0], 6),
            lon=round(centre[1], 6),
            population=0,
            point_source=f"mean of its {len(town.points)} ZIP code point(s) (GeoNames postal codes)",
            source=source,
        )


def _near(point: tuple[float, float], points: Iterable[tuple[float, float]] | None) -> bool:
    return any(haversine_km(point[0], point[1], lat, lon) <= SAME_PLACE_KM for lat, lon in points or ())

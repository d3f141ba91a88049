"""User corrections: a CSV or YAML file that wins over the gazetteer (``--places FILE`` on every
command).

CSV: one row per name, with a header line; ``#`` starts a comment line::

    name,action,geonameid,lat,lon,country_code,admin1,note
    Belaz,pin,618800,,,,,BelAZ truck plant: map it at Zhodino
    Okrestina,add,,53.8617,27.4750,BY,Minsk City,detention centre on Akrestsina Street
    Sense,ignore,,,,,,a consultancy, not a place

YAML (a file ending ``.yaml`` or ``.yml``): a list of entries with the same fields::

    - {name: Belaz, action: pin, geonameid: 618800, note: "BelAZ truck plant: map it at Zhodino"}
    - name: Okrestina
      action: add
      lat: 53.8617
      lon: 27.4750
      country_code: BY
    - {name: Sense, action: ignore}

Every value is read as written (``NO`` is Norway's code, not false).

* ``pin`` — the name always means the gazetteer place with that ``geonameid`` (or, with
  ``lat``/``lon`` instead, the point given);
* ``add`` — a place the gazetteer lacks: ``lat``, ``lon`` and ``country_code`` required;
* ``ignore`` — the name is never a place.

Names match like gazetteer names (case, accents and punctuation aside). Pinned and added names
are found in text even where the recogniser's filters would drop them: the user has spoken.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

import marisa_trie

from .errors import InputError
from .gazetteer.names import normalize_name
from .gazetteer.store import Gazetteer
from .matcher import match_key
from .types import Candidate, Place

ACTIONS = ("pin", "add", "ignore")
#: The prior of a place the user's corrections file gives: above any gazetteer reading.
USER_PLACE_SCORE = 1000.0


@dataclass(frozen=True)
class Corrections:
    """Loaded corrections: name key -> candidate tuple (empty for ``ignore``)."""

    by_name: dict[str, tuple[Candidate, ...]]
    trie: marisa_trie.Trie  # match keys of pinned and added names, for finding them in text

    @classmethod
    def load(cls, path: Path, gazetteer: Gazetteer) -> Corrections:
        """Read and check a corrections file; errors name the line and what to fix."""
        path = Path(path)
        try:
            text = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(f"{path}: cannot read the corrections file ({exc})") from exc
        rows = _yaml_rows(path, text) if path.suffix.lower() in (".yaml", ".yml") else _csv_rows(path, text)
        by_name: dict[str, tuple[Candidate, ...]] = {}
        keys = []
        for number, (where, row) in enumerate(rows, start=2):
            name = (row.get("name") or "").strip()
            action = (row.get("action") or "").strip().lower()
            if not normalize_name(name):
                raise InputError(f"{where}: empty name")
            if action not in ACTIONS:
                raise InputError(f"{where}: action must be one of {', '.join(ACTIONS)}, not {action!r}")
            if action == "ignore":
                by_name[normalize_name(name)] = ()
                continue
            place = _place_for(row, name, action, gazetteer, where, synthetic_id=-1_000_000 - number)
            by_name[normalize_name(name)] = (Candidate(place, name, "name", USER_PLACE_SCORE),)
            keys.append(match_key(name).strip())
        return cls(by_name, marisa_trie.Trie(keys))

    def lookup(self, surface: str) -> tuple[Candidate, ...] | None:
        """The corrected candidates for a name, ``()`` if ignored, None if not corrected."""
        return self.by_name.get(normalize_name(surface))


def _csv_rows(path: Path, text: str) -> list[tuple[str, dict]]:
    """``(file:line, row)`` for each CSV row after the header."""
    numbered = [(n, line) for n, line in enumerate(text.splitlines(), start=1)
                if line.strip() and not line.lstrip().startswith("#")]
    reader = csv.DictReader(line for _, line in numbered)
    missing = {"name", "action"} - set(reader.fieldnames or ())
    if missing:
        raise InputError(f"{path}: the header must have the columns name,action (missing {', '.join(sorted(missing))})")
    return [(f"{path}:{numbered[reader.line_num - 1][0]}", row) for row in reader]


def _yaml_rows(path: Path, text: str) -> list[tuple[str, dict]]:
    """``(file:line, row)`` for each entry of a YAML list, every value a string as written."""
    import yaml

    try:
        root = yaml.compose(text, Loader=yaml.BaseLoader)  # BaseLoader: no "NO" -> False, no 1e3 -> float
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f":{mark.line + 1}" if mark is not None else ""
        raise InputError(f"{path}{line}: not valid YAML ({getattr(exc, 'problem', None) or exc})") from None
    if root is None:
        return []
    entries = root.value if isinstance(root, yaml.SequenceNode) else None
    if entries is None or not all(isinstance(e, yaml.MappingNode) for e in entries):
        raise InputError(f"{path}: a YAML corrections file is a list of entries, each with a name and an action "
                         "(see README)")
    rows = []
    for entry in entries:
        where = f"{path}:{entry.start_mark.line + 1}"
        row = {}
        for key, value in entry.value:
            if not isinstance(value, yaml.ScalarNode):
                raise InputError(f"{where}: {key.value} must be a single value")
            row[str(key.value)] = value.value
        rows.append((where, row))
    return rows


def _float(row: dict, column: str, where: str) -> float | None:
    value = (row.get(column) or "").strip()
    if not value:
        return None
    try:
        return float(value)
    except ValueError:
        raise InputError(f"{where}: {column} must be a number, not {value!r}") from None


def _place_for(row: dict, name: str, action: str, gazetteer: Gazetteer, where: str, synthetic_id: int) -> Place:
    lat, lon = _float(row, "lat", where), _float(row, "lon", where)
    if (lat is None) != (lon is None) or (lat is not None and not (-90 <= lat <= 90 and -180 <= lon <= 180)):
        raise InputError(f"{where}: give both lat (-90..90) and lon (-180..180), or neither")
    geonameid = (row.get("geonameid") or "").strip()
    if action == "pin" and geonameid:
        if not geonameid.isdigit():
            raise InputError(f"{where}: geonameid must be a number, not {geonameid!r}")
        place = gazetteer.get(int(geonameid))
        if place is None:
            raise InputError(f"{where}: GeoNames id {geonameid} is not in the gazetteer; use add with lat/lon")
        return place
    if lat is None:
        raise InputError(f"{where}: {action} needs a geonameid or lat and lon")
    country = (row.get("country_code") or "").strip().upper() or None
    if action == "add" and (not country or len(country) != 2):
        raise InputError(f"{where}: add needs a two-letter country_code")
    return Place(
        id=synthetic_id, geonameid=None, name=name, kind="city", feature_class="P",
        feature_code="PPL", country_code=country, admin1=(row.get("admin1") or "").strip() or None,
        admin2=None, population=0, lat=lat, lon=lon,
    )

"""Readers for the curated files in the top-level ``gazetteer/`` folder.

Each file is UTF-8 TSV with a header line; lines starting with ``#`` are comments. Every row
carries a ``source`` note saying where its facts come from.
"""

from __future__ import annotations

import importlib.resources
from collections.abc import Callable, Iterator

from .schema import PLACE_KINDS, PlaceRecord


def _rows(filename: str) -> Iterator[dict[str, str]]:
    text = importlib.resources.files("geomap.curated").joinpath(filename).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    header = lines[0].split("\t")
    for lineno, line in enumerate(lines[1:], start=2):
        cells = line.split("\t")
        if len(cells) != len(header):
            raise ValueError(
                f"gazetteer/{filename}: row {lineno} has {len(cells)} cells, expected {len(header)}"
            )
        row = dict(zip(header, (c.strip() for c in cells)))
        if not row.get("source"):
            raise ValueError(f"gazetteer/{filename}: row {lineno} has no source note")
        yield row


def read_additions(new_id: Callable[[], int]) -> Iterator[PlaceRecord]:
    """Places the sources lack (macro-regions such as "Middle East", "West Bank")."""
    for row in _rows("additions.tsv"):
        if row["kind"] not in PLACE_KINDS:
            raise ValueError(f"gazetteer/additions.tsv: {row['name']}: unknown kind {row['kind']!r}")
        geonameid = int(row["geonameid"]) if row["geonameid"] else None
        yield PlaceRecord(
            id=geonameid if geonameid else new_id(),
            geonameid=geonameid,
            name=row["name"],
            ascii_name=row["name"],
            kind=row["kind"],
            feature_class=row["feature_code"][:1] if row["feature_code"] in ("PPL",) else "L",
            feature_code=row["feature_code"],
            country_code=row["country_code"] or None,
            population=int(row["population"] or 0),
            lat=float(row["lat"]),
            lon=float(row["lon"]),
            names=[(n, "alt") for n in row["alt_names"].split("|") if n],
            point_source="curated (gazetteer/additions.tsv)",
            source=f"curated: {row['source']}",
        )


def read_country_points() -> dict[str, tuple[float, float]]:
    """ISO code -> (lat, lon): a country's standard geographic centre where the packages give
    only a coarse round figure (``country_points.tsv``)."""
    return {row["iso"].upper(): (float(row["lat"]), float(row["lon"])) for row in _rows("country_points.tsv")}


def read_abbreviations() -> Iterator[tuple[str, str]]:
    """(abbreviation, target) pairs; target is an ISO country ("US"), an ISO 3166-2 region
    ("US-KY"), ``geonameid:N`` or ``region:NAME`` (a macro-region, "region:European Union")."""
    for row in _rows("abbreviations.tsv"):
        yield row["abbreviation"], row["target"]


def read_aliases() -> Iterator[tuple[str, str]]:
    """(alias, target) pairs: everyday names of places the sources hold under another name."""
    for row in _rows("aliases.tsv"):
        yield row["alias"], row["target"]


def read_demonyms() -> Iterator[tuple[str, str]]:
    """(form, target) demonym and adjective forms beyond countryinfo's one per country."""
    for row in _rows("demonyms.tsv"):
        yield row["form"], row["target"]


def read_country_cues() -> Iterator[tuple[str, tuple[str, ...]]]:
    """(term, ISO codes): words that tie a text to a country without naming a place."""
    for row in _rows("country_cues.tsv"):
        codes = tuple(c.strip().upper() for c in row["countries"].split(",") if c.strip())
        if not codes or any(len(c) != 2 for c in codes):
            raise ValueError(f"gazetteer/country_cues.tsv: {row['term']}: bad countries {row['countries']!r}")
        yield row["term"], codes


def read_armed_cues() -> frozenset[str]:
    """The cue terms that name an armed force or group (``armed`` in country_cues.tsv)."""
    found = set()
    for row in _rows("country_cues.tsv"):
        if row["armed"] not in ("", "yes"):
            raise ValueError(f"gazetteer/country_cues.tsv: {row['term']}: armed must be 'yes' or empty, not {row['armed']!r}")
        if row["armed"]:
            found.add(row["term"])
    return frozenset(found)


def read_cue_areas() -> dict[str, str]:
    """term -> the region of additions.tsv where the term's events take place, for the cues that
    name one ("OSCE SMM": the Donbas)."""
    return {row["term"]: row["area"] for row in _rows("country_cues.tsv") if row.get("area")}

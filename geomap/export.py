"""Write a FeatureCollection (:mod:`geomap.features`) as GeoJSON, CSV, GeoPackage, GeoParquet or
ACLED-style rows. Every format is written to a temp file beside the target and renamed, so a
crash leaves the old file or none; a missing folder is created.

Text cells that a spreadsheet would run as a formula (starting with ``=``, ``+``, ``-``, ``@``, a
tab or a carriage return) get a leading apostrophe in CSV and ACLED output; numbers stay numbers.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from .errors import InputError
from .files import atomic_write_text
from .taxonomy import acled_types

FORMATS = ("geojson", "csv", "gpkg", "parquet", "acled")

PLACE_COLUMNS = ["place_id", "geonameid", "name", "place_kind", "country_code", "admin1", "feature_code",
                 "lat", "lon", "confidence", "mention_count", "document_count", "event_types", "main_type", "first_date",
                 "last_date", "kinds", "mentions"]
EVENT_COLUMNS = ["type", "status", "severity", "date", "date_precision", "geo_precision", "rule", "geonameid",
                 "place_id", "place_name", "place_kind", "country_code", "admin1", "lat", "lon", "source_count",
                 "sources"]
#: ACLED's own column names and meanings first (so rows concatenate with ACLED exports), ours after.
ACLED_COLUMNS = ["event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
                 "sub_event_type", "actor1", "iso", "country", "admin1", "admin2", "location", "latitude",
                 "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities",
                 "geomap_type", "geomap_severity", "geomap_date_precision", "geomap_rule", "geonameid",
                 "source_count", "documents"]

_DISORDER = {"Protests": "Demonstrations", "Riots": "Political violence", "Battles": "Political violence",
             "Violence against civilians": "Political violence", "Explosions/Remote violence": "Political violence",
             "Strategic developments": "Strategic developments"}
_TIME_PRECISION = {"day": 1, "weekday": 1, "relative": 1, "article": 2, "month": 3, "unknown": 3}


def safe_cell(value):
    """A CSV cell that no spreadsheet will run: text starting with = + - @ tab or CR gets a
    leading apostrophe; numbers and empty cells pass through.

    >>> [safe_cell(v) for v in ["=HYPERLINK(1)", "-2+3", "@SUM", "Minsk", -27.5, None]]
    ["'=HYPERLINK(1)", "'-2+3", "'@SUM", 'Minsk', -27.5, '']
    """
    if value is None:
        return ""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def place_rows(collection: dict) -> list[dict]:
    """One flat row per place feature (lists joined with ``;``, mentions as JSON)."""
    rows = []
    for f in collection["features"]:
        p = f["properties"]
        lon, lat = _point(f)
        rows.append({
            "place_id": f.get("id"), "geonameid": p["geonameid"], "name": p["name"], "place_kind": p["place_kind"],
            "country_code": p["country_code"], "admin1": p["admin1"], "feature_code": p["feature_code"],
            "lat": lat, "lon": lon, "confidence": p["confidence"],
            "mention_count": p["mention_count"], "document_count": p["document_count"],
            "event_types": ";".join(p["event_types"]), "main_type": p["main_type"], "first_date": p["first_date"],
            "last_date": p["last_date"], "kinds": ";".join(p["kinds"]),
            "mentions": json.dumps(p["mentions"], ensure_ascii=False),
        })
    return rows


def event_rows(collection: dict) -> list[dict]:
    """One flat row per event feature (sources as JSON)."""
    rows = []
    for f in collection["features"]:
        p = f["properties"]
        lon, lat = _point(f)
        row = {k: p.get(k) for k in EVENT_COLUMNS if k not in ("lat", "lon", "sources")}
        row.update(lat=lat, lon=lon, sources=json.dumps(p["sources"], ensure_ascii=False))
        rows.append(row)
    return rows


def acled_rows(collection: dict, country_name: Callable[[str | None], str | None] = lambda cc: cc) -> list[dict]:
    """ACLED-style rows from an event-level collection: ACLED's columns and meanings, then
    geomap's. Events that ACLED would code as one (same event type and sub-event type, place
    and date: a strike and a march by the same workers) are one row, their geomap types joined
    with ``;``. ``event_id_cnty`` is a stable hash of the row's type, place and date."""
    groups: dict[tuple, list[dict]] = {}
    for f in collection["features"]:
        p = f["properties"]
        key = (*acled_types(p["type"], p["severity"]), p["place_id"], p["date"])
        groups.setdefault(key, []).append(f)
    rows = []
    for (event_type, sub_event_type, place_id, date), features in groups.items():
        first = features[0]["properties"]
        lon, lat = _point(features[0])
        sources = [s for f in features for s in f["properties"]["sources"]]
        key = f"{event_type}|{sub_event_type}|{place_id}|{date}".encode()
        rows.append({
            "event_id_cnty": f"GM-{first['country_code'] or 'XX'}-{hashlib.sha1(key).hexdigest()[:10]}",
            "event_date": date or "", "year": int(date[:4]) if date else "",
            "time_precision": min(_TIME_PRECISION.get(f["properties"]["date_precision"], 3) for f in features),
            "disorder_type": ("Political violence" if sub_event_type == "Mob violence" else _DISORDER.get(event_type, "")),
            "event_type": event_type, "sub_event_type": sub_event_type, "actor1": "",
            "iso": "", "country": country_name(first["country_code"]) or "", "admin1": first["admin1"] or "",
            "admin2": "", "location": first["place_name"], "latitude": lat, "longitude": lon,
            "geo_precision": min(f["properties"]["geo_precision"] for f in features),
            "source": "; ".join(sorted({s.get("source") or s["doc"] for s in sources})),
            "source_scale": "", "notes": " | ".join(dict.fromkeys(s["sentence"] for s in sources)),
            "fatalities": "",
            "geomap_type": ";".join(dict.fromkeys(f["properties"]["type"] for f in features)),
            "geomap_severity": ";".join(dict.fromkeys(f["properties"]["severity"] for f in features if f["properties"]["severity"])),
            "geomap_date_precision": first["date_precision"], "geomap_rule": first["rule"], "geonameid": first["geonameid"],
            "source_count": len({s["doc"] for s in sources}),
            "documents": ";".join(dict.fromkeys(s["doc"] for s in sources)),
        })
    return rows


def csv_text(rows: list[dict], columns: list[str]) -> str:
    """CSV with a header, formula-looking text neutralised (:func:`safe_cell`)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([safe_cell(row.get(c)) for c in columns])
    return buffer.getvalue()


def to_geodataframe(collection: dict):
    """The collection as a GeoDataFrame in EPSG:4326; list and dict properties become JSON text
    so that every file format can hold them."""
    import geopandas as gpd

    if not collection["features"]:
        return gpd.GeoDataFrame({"geometry": []}, geometry="geometry", crs="EPSG:4326")
    flat = []
    for f in collection["features"]:
        props = {k: json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else v
                 for k, v in f["properties"].items()}
        if "id" in f:
            props = {"place_id": f["id"], **props}
        flat.append({"type": "Feature", "geometry": f["geometry"], "properties": props})
    return gpd.GeoDataFrame.from_features(flat, crs="EPSG:4326")


def write(collection: dict, path: Path | str, fmt: str, level: str,
          country_name: Callable[[str | None], str | None] = lambda cc: cc) -> Path:
    """Write ``collection`` to ``path`` in ``fmt`` (one of :data:`FORMATS`)."""
    if fmt not in FORMATS:
        raise InputError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    path = Path(path)
    if path.is_dir():
        raise InputError(f"{path}: is a folder; give a file name")
    path.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "geojson":
        return atomic_write_text(path, geojson_text(collection))
    if fmt == "csv":
        rows, columns = (place_rows(collection), PLACE_COLUMNS) if level == "place" else (event_rows(collection), EVENT_COLUMNS)
        return atomic_write_text(path, csv_text(rows, columns))
    if fmt == "acled":
        if level != "event":
            raise InputError("acled rows are events: use --level event (the default for --format acled)")
        return atomic_write_text(path, csv_text(acled_rows(collection, country_name), ACLED_COLUMNS))
    frame = to_geodataframe(collection)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=path.suffix or f".{fmt}", dir=path.parent)
    os.close(fd)
    os.unlink(tmp)  # the writers want to create the file themselves
    try:
        if fmt == "gpkg":
            frame.to_file(tmp, driver="GPKG", layer=f"geomap_{level}s")
        else:
            frame.to_parquet(tmp)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def geojson_text(collection: dict) -> str:
    """RFC 7946 text (UTF-8, compact)."""
    return json.dumps(collection, ensure_ascii=False, separators=(",", ":")) + "\n"


def _point(feature: dict) -> tuple[float | None, float | None]:
    g = feature["geometry"]
    if g["type"] == "Point":
        return g["coordinates"][0], g["coordinates"][1]
    return None, None

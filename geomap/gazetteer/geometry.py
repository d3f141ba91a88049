"""Small geometric helpers for the gazetteer build (shapely stays at this edge, imported only
by the functions that need it: geoparsing never loads it)."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping


def weighted_centre(points: Iterable[tuple[float, float, float]]) -> tuple[float, float] | None:
    """Spherical mean of ``(lat, lon, weight)`` points, safe across the antimeridian.

    Examples
    --------
    >>> weighted_centre([(0.0, 179.0, 1), (0.0, -179.0, 1)])
    (0.0, 180.0)
    >>> weighted_centre([(10.0, 10.0, 3), (20.0, 10.0, 1)])[1]
    10.0
    >>> weighted_centre([]) is None
    True
    """
    x = y = z = 0.0
    for lat, lon, weight in points:
        phi, lam = math.radians(lat), math.radians(lon)
        x += weight * math.cos(phi) * math.cos(lam)
        y += weight * math.cos(phi) * math.sin(lam)
        z += weight * math.sin(phi)
    if x == y == z == 0.0:
        return None
    lat = math.degrees(math.atan2(z, math.hypot(x, y)))
    lon = math.degrees(math.atan2(y, x))
    return round(lat, 6), round(lon, 6)


def representative_point(
    geometry: Mapping, preferred: Iterable[tuple[float, float] | None]
) -> tuple[float, float, str, tuple[float, float, float, float]]:
    """A point inside ``geometry``: the first preferred ``(lat, lon)`` that lies inside it, else
    shapely's ``point_on_surface``. Returns ``(lat, lon, how, bbox)``.
    """
    from shapely.geometry import Point, shape

    geom = shape(geometry)
    if not geom.is_valid:
        geom = geom.buffer(0)
    for rank, candidate in enumerate(preferred):
        if candidate is not None and geom.contains(Point(candidate[1], candidate[0])):
            return candidate[0], candidate[1], f"preferred-{rank}", geom.bounds
    inside = geom.point_on_surface()
    return round(inside.y, 6), round(inside.x, 6), "point-on-surface", geom.bounds


def points_bbox(points: Iterable[tuple[float, float]]) -> tuple[float, float, float, float] | None:
    """``(west, south, east, north)`` around ``(lat, lon)`` points. When the points straddle the
    antimeridian more tightly than the plain box, ``west > east`` (RFC 7946 section 5.2).

    Examples
    --------
    >>> points_bbox([(10.0, 20.0), (12.0, 25.0)])
    (20.0, 10.0, 25.0, 12.0)
    >>> points_bbox([(-17.0, 178.0), (-16.0, -179.5)])
    (178.0, -17.0, -179.5, -16.0)
    >>> points_bbox([]) is None
    True
    """
    pts = list(points)
    if not pts:
        return None
    lats = [p[0] for p in pts]
    lons = [p[1] for p in pts]
    west, east = min(lons), max(lons)
    east_side = [lon for lon in lons if lon >= 0]
    west_side = [lon for lon in lons if lon < 0]
    if east_side and west_side:
        wrapped_width = (180 - min(east_side)) + (max(west_side) + 180)
        if wrapped_width < east - west:
            west, east = min(east_side), max(west_side)
    return west, min(lats), east, max(lats)


def split_antimeridian(geometry: Mapping) -> dict:
    """A (Multi)Polygon whose rings jump across the antimeridian (a step of more than 180° of
    longitude), cut there into parts that each stay within [-180, 180] (RFC 7946 §3.1.9), so
    maps do not draw a stripe across the world. Other geometries come back unchanged.

    Examples
    --------
    >>> square = {"type": "Polygon", "coordinates": [[[170, 0], [-170, 0], [-170, 10], [170, 10], [170, 0]]]}
    >>> from shapely.geometry import shape
    >>> out = split_antimeridian(square)
    >>> out["type"], sorted(round(shape(p).bounds[0]) for p in [{"type": "Polygon", "coordinates": c} for c in out["coordinates"]])
    ('MultiPolygon', [-180, 170])
    >>> split_antimeridian({"type": "Point", "coordinates": [1, 2]})
    {'type': 'Point', 'coordinates': [1, 2]}
    """
    from shapely.affinity import translate
    from shapely.geometry import MultiPolygon, Polygon, box, mapping
    from shapely.ops import unary_union

    if geometry.get("type") not in ("Polygon", "MultiPolygon"):
        return dict(geometry)
    polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
    crosses = any(
        abs(a[0] - b[0]) > 180 for poly in polygons for ring in poly for a, b in zip(ring, ring[1:])
    )
    if not crosses:
        return dict(geometry)

    def unwrap(ring):
        out, shift = [], 0.0
        for i, (lon, lat, *_) in enumerate(ring):
            if i and abs(lon + shift - out[-1][0]) > 180:
                shift += 360.0 if out[-1][0] > lon + shift else -360.0
            out.append((lon + shift, lat))
        return out

    parts = []
    world = box(-180, -90, 180, 90)
    for poly in polygons:
        shell = Polygon(unwrap(poly[0]), [unwrap(r) for r in poly[1:]])
        if not shell.is_valid:
            shell = shell.buffer(0)
        for offset in (0.0, 360.0, -360.0):
            piece = translate(shell, xoff=offset).intersection(world)
            if not piece.is_empty:
                parts.append(piece)
    merged = unary_union(parts)
    polys = [g for g in getattr(merged, "geoms", [merged]) if isinstance(g, Polygon)]
    return dict(mapping(MultiPolygon(polys)))

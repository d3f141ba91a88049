"""Small geometric helpers for the gazetteer build (shapely stays at this edge)."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping

from shapely.geometry import Point, shape
from shapely.geometry.base import BaseGeometry


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
    geom: BaseGeometry = shape(geometry)
    if not geom.is_valid:
        geom = geom.buffer(0)
    for rank, candidate in enumerate(preferred):
        if candidate is not None and geom.contains(Point(candidate[1], candidate[0])):
            return candidate[0], candidate[1], f"preferred-{rank}", geom.bounds
    inside = geom.point_on_surface()
    return round(inside.y, 6), round(inside.x, 6), "point-on-surface", geom.bounds

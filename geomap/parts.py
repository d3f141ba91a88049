"""A compass part of a region the gazetteer holds: "Northwest Arkansas", "Southern Illinois",
"West Wales", "Northern California".

No bundled source lists such parts, yet local news names them as places of their own. The
region's point would put "Northwest Arkansas" 230 km from Fayetteville; the part is placed
instead at the centre of the region's towns that lie in that part — the third of the region's
extent towards the compass point (both thirds for "Northwest"; the middle third both ways for
"Central"), each town weighted by the square root of its people, so that a city counts for more
than a village without standing alone. A part of a town or county is left to the town (see
:mod:`geomap.landmarks`).

Only where the spans are given: in running text the corpora's annotators take "southern
Indiana" as Indiana, and a recognising run reports the region ("in northern Syria" is Syria).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from .gazetteer.store import haversine_km
from .types import Mention, Place, Resolution

#: "North", "Northern", "North-West", "Northwestern", "South East"… -> (north-south, east-west)
#: steps: +1 north or east, -1 south or west, 0 the middle third.
_COMPASS_START = re.compile(
    r"(?i:(?:the\s+)?(?:(?P<ns>north|south)(?:[- ]?(?P<ew1>east|west))?|(?P<ew>east|west)|(?P<central>central|middle))"
    r"(?:ern)?)\s+(?=[A-Z])"
)

#: Fewer towns than this in the part, and it is left without a point: too few to say where it is.
MIN_TOWNS = 3
#: The share of the region's extent, at each end, a compass part takes.
PART_SHARE = 1 / 3
#: A part whose towns lie further than this from their centre (root mean square) is too wide
#: for one point: it is left without one.
MAX_SPREAD_KM = 200.0
#: Below this confidence for the region itself, the part is left without a point.
MIN_REGION_CONFIDENCE = 0.5
#: A part gets this share of the confidence its region was resolved with.
CONFIDENCE_SHARE = 0.9

Towns = Callable[[Place], Sequence[tuple[float, float, int]]]


def compass_part(surface: str) -> tuple[int, int] | None:
    """The compass steps the start of a name gives, or None when it gives none.

    >>> compass_part("Northwest Arkansas"), compass_part("Southern Illinois"), compass_part("Central Java")
    ((1, -1), (-1, 0), (0, 0))
    >>> compass_part("South West England"), compass_part("North-Eastern Nigeria"), compass_part("Eastern Ukraine")
    ((-1, -1), (1, 1), (0, 1))
    >>> compass_part("northern Syria"), compass_part("Arkansas") is None, compass_part("Western") is None
    ((1, 0), True, True)
    """
    m = _COMPASS_START.match(surface)
    return None if m is None else _steps(m)


def _steps(m: re.Match) -> tuple[int, int]:
    if m.group("central"):
        return 0, 0
    ns = {"north": 1, "south": -1}.get((m.group("ns") or "").lower(), 0)
    ew = {"east": 1, "west": -1}.get((m.group("ew") or m.group("ew1") or "").lower(), 0)
    return ns, ew


def place_of_part(span: Mention, inner: Sequence[Resolution], towns_of: Towns) -> Resolution | None:
    """The resolution for ``span`` ("Northwest Arkansas", a name the gazetteer lacks) from the
    region resolved inside it, or None when the span is no compass part of one."""
    prefix = _COMPASS_START.match(span.surface)
    if prefix is None:
        return None
    steps = _steps(prefix)
    # the region is all the rest of the name: "East Jabbal Mara" is no part of Mara, Tanzania
    regions = [r for r in inner if r.place is not None and r.place.kind in ("admin1", "country")
               and r.mention.start == span.start + prefix.end() and r.mention.end == span.end
               and r.mention.kind in ("literal", "embedded")
               and r.confidence >= MIN_REGION_CONFIDENCE]
    if len(regions) != 1:
        return None
    region = regions[0]
    point = part_centre(towns_of(region.place), steps)
    if point is None:
        return None
    lat, lon = point
    place = replace(region.place, id=_part_id(region.place.id, steps), geonameid=None, name=span.surface,
                    kind="region", feature_class="L", feature_code="RGN", lat=lat, lon=lon, bbox=None, seat=None,
                    alt_count=0)
    why = f"not in the gazetteer: the centre of the towns in that part of {region.place.name}"
    return Resolution(span, place, round(region.confidence * CONFIDENCE_SHARE, 3), (region.place,), (why,))


def part_centre(towns: Sequence[tuple[float, float, int]], steps: tuple[int, int]) -> tuple[float, float] | None:
    """The centre of the towns (``lat``, ``lon``, ``population``) in the compass part ``steps``
    of their extent, or None when fewer than MIN_TOWNS lie there.

    >>> grid = [(lat, lon, 100) for lat in range(10) for lon in range(10)]
    >>> part_centre(grid, (1, -1))
    (7.5, 1.5)
    >>> part_centre(grid, (0, 0))
    (4.5, 4.5)
    """
    if len(towns) < MIN_TOWNS:
        return None
    lats = sorted(t[0] for t in towns)
    lons = sorted(t[1] for t in towns)
    if lons[-1] - lons[0] > 180:
        return None  # across the antimeridian: no east or west to speak of
    ns, ew = steps
    central = steps == (0, 0)
    keep_lat = _third(lats, ns, central)
    keep_lon = _third(lons, ew, central)
    chosen = [t for t in towns if keep_lat(t[0]) and keep_lon(t[1])]
    if len(chosen) < MIN_TOWNS:
        return None
    weights = [math.sqrt(max(t[2], 1)) for t in chosen]
    total = sum(weights)
    lat = sum(w * t[0] for w, t in zip(weights, chosen)) / total
    lon = sum(w * t[1] for w, t in zip(weights, chosen)) / total
    spread = math.sqrt(sum(w * haversine_km(lat, lon, t[0], t[1]) ** 2 for w, t in zip(weights, chosen)) / total)
    if spread > MAX_SPREAD_KM:
        return None  # "North Queensland", "Central Australia": too wide for one point to stand for
    return round(lat, 4), round(lon, 4)


def _third(values: Sequence[float], step: int, central: bool) -> Callable[[float], bool]:
    """A test for the part of ``values``' extent (ends trimmed of the outer twentieth) a step names:
    the upper third (+1), the lower third (-1), the middle third ("Central") or all of it (the
    other axis of "Northern")."""
    lo = values[len(values) // 20]
    hi = values[-1 - len(values) // 20]
    span = hi - lo
    if step > 0:
        return lambda v: v >= hi - span * PART_SHARE
    if step < 0:
        return lambda v: v <= lo + span * PART_SHARE
    if central:
        return lambda v: lo + span * PART_SHARE <= v <= hi - span * PART_SHARE
    return lambda v: True


def _part_id(region_id: int, steps: tuple[int, int]) -> int:
    """A stable negative id for a part of a region (the gazetteer's own ids are its rows')."""
    ns, ew = steps
    return -(abs(region_id) * 9 + (ns + 1) * 3 + (ew + 1) + 1_000_000_000)

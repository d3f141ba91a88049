"""A real geopy geocoder over the bundled gazetteer: no network, same contract as Nominatim.

Anything written against geopy can use it::

    >>> from geomap.geocoder import BundledGazetteer
    >>> geocoder = BundledGazetteer()
    >>> geocoder.geocode("Zhodino").raw["geonameid"]
    618800
    >>> geocoder.geocode("Paris", country_codes="us").raw["admin1"]
    'Texas'
    >>> geocoder.reverse((54.10, 28.33)).raw["geonameid"]
    618800

To use a live service instead (when the network is allowed), swap in any geopy geocoder; they
share ``geocode``/``reverse``::

    from geopy.geocoders import Nominatim
    geocoder = Nominatim(user_agent="my-newsroom-geomap")
"""

from __future__ import annotations

from geopy.geocoders.base import DEFAULT_SENTINEL, Geocoder
from geopy.location import Location
from geopy.point import Point

from .gazetteer.store import Gazetteer
from .types import Candidate, Place

__all__ = ["BundledGazetteer"]


class BundledGazetteer(Geocoder):
    """geopy geocoder answering from geomap's offline gazetteer.

    Parameters
    ----------
    gazetteer:
        An open :class:`~geomap.gazetteer.Gazetteer`, a path to a database, or None for the
        default bundled database (built on first use).
    """

    def __init__(self, gazetteer: Gazetteer | str | None = None, *, user_agent: str | None = None):
        super().__init__(user_agent=user_agent or "geomap-bundled-gazetteer")
        self.gazetteer = gazetteer if isinstance(gazetteer, Gazetteer) else Gazetteer.open(gazetteer)
        self._country_names = dict(
            self.gazetteer.execute("SELECT country_code, name FROM places WHERE kind = 'country'")
        )

    def geocode(
        self,
        query: str,
        *,
        exactly_one: bool = True,
        timeout=DEFAULT_SENTINEL,
        limit: int | None = None,
        country_codes: str | list[str] | None = None,
    ) -> Location | list[Location] | None:
        """Places named ``query``, best first (``None`` when nothing matches).

        ``country_codes`` (ISO alpha-2, one or a list) restricts the search, as in Nominatim.
        ``timeout`` is accepted for compatibility and ignored: nothing goes over the network.
        """
        if isinstance(country_codes, str):
            country_codes = [country_codes]
        found = self.gazetteer.candidates(
            str(query), country_codes=country_codes, limit=1 if exactly_one else limit
        )
        locations = [self._location(c) for c in found if c.place.lat is not None]
        if not locations:
            return None
        return locations[0] if exactly_one else locations

    def reverse(
        self, query, *, exactly_one: bool = True, timeout=DEFAULT_SENTINEL
    ) -> Location | list[Location] | None:
        """The nearest populated place to a point (``Point``, ``(lat, lon)`` or ``"lat, lon"``).

        The raw dict carries ``distance_km``.
        """
        point = Point(query)
        hit = self.gazetteer.nearest(point.latitude, point.longitude)
        if hit is None:
            return None
        place, distance = hit
        location = self._location(Candidate(place, place.name, "name", 0.0), distance_km=distance)
        return location if exactly_one else [location]

    def _address(self, place: Place) -> str:
        parts = [place.name]
        if place.admin1 and place.admin1 != place.name:
            parts.append(place.admin1)
        country = self._country_names.get(place.country_code)
        if country and country != place.name:
            parts.append(country)
        return ", ".join(parts)

    def _location(self, candidate: Candidate, **extra) -> Location:
        place = candidate.place
        raw = candidate.to_dict()
        raw.update(extra)
        return Location(self._address(place), Point(place.lat, place.lon), raw)

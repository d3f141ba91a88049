"""The geomap error tree. Each class also inherits the built-in it resembles, as geopy's do."""

from __future__ import annotations


class GeomapError(Exception):
    """Base of every error geomap raises on purpose; its message says what to do."""


class InputError(GeomapError, ValueError):
    """A user-supplied value or file cannot be used."""


class GazetteerError(GeomapError, RuntimeError):
    """The gazetteer database is missing, corrupt, or cannot be built."""

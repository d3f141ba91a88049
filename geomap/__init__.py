"""geomap: turn news text about protests and unrest into maps, offline.

The package imports lazily: ``import geomap`` stays fast, heavy libraries load only when used.
"""

from .errors import GazetteerError, GeomapError, InputError
from .types import Candidate, Place

__all__ = ["Candidate", "GazetteerError", "GeomapError", "InputError", "Place"]
__version__ = "0.1.0"

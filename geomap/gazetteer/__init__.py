"""The bundled offline gazetteer: build it, open it, look names up.

Heavy build-time imports (shapely, the data packages) load only when a build runs.
"""

from .names import normalize_name
from .store import Gazetteer, build_database, default_path, prominence, rank

__all__ = ["Gazetteer", "build_database", "default_path", "normalize_name", "prominence", "rank"]

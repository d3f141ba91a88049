"""An iframe snippet that puts a map page into an article (any CMS that accepts HTML).

The frame is sandboxed to what the map needs: its own scripts, and opening the original
articles in a new tab. It gets no same-origin rights (no cookies or storage of the host page),
no forms, no top navigation. ``referrerpolicy="no-referrer"`` keeps the reader's page out of
the map host's logs; ``loading="lazy"`` loads the map only when scrolled near.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from ..errors import InputError
from .page import safe_url

SANDBOX = "allow-scripts allow-popups allow-popups-to-escape-sandbox"


def map_title(page: Path) -> str:
    """The ``<title>`` of a map page written by geomap (unescaped), or the file's stem."""
    head = page.read_text(encoding="utf-8", errors="replace")[:200_000]
    match = re.search(r"<title>(.*?)</title>", head, re.S)
    return html.unescape(match.group(1)).strip() if match else page.stem


def embed_snippet(url: str, title: str, *, height: int | None = None, aspect: str | None = None) -> str:
    """The HTML to paste: a responsive wrapper around a sandboxed, lazy iframe.

    >>> print(embed_snippet("https://example.org/maps/minsk.html", "Strikes <2020>", height=500))
    <div class="geomap-embed" style="width:100%;max-width:100%;">
      <iframe src="https://example.org/maps/minsk.html" title="Map: Strikes &lt;2020&gt;" aria-label="Map: Strikes &lt;2020&gt;" loading="lazy" referrerpolicy="no-referrer" sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox" style="display:block;width:100%;height:500px;border:0;"></iframe>
    </div>
    """
    clean = safe_url(url)
    if clean is None:
        raise InputError(f"--url must be an http(s) address of the published map, not {url!r}")
    label = html.escape(f"Map: {title}", quote=True)
    src = html.escape(clean, quote=True)
    attributes = (
        f'src="{src}" title="{label}" aria-label="{label}" loading="lazy" referrerpolicy="no-referrer" '
        f'sandbox="{SANDBOX}"'
    )
    if height is not None:
        if height < 150:
            raise InputError("--height must be at least 150 pixels")
        return (
            '<div class="geomap-embed" style="width:100%;max-width:100%;">\n'
            f'  <iframe {attributes} style="display:block;width:100%;height:{height}px;border:0;"></iframe>\n'
            "</div>"
        )
    width, tall = _aspect(aspect or "16:10")
    ratio = round(100 * tall / width, 3)
    return (
        f'<div class="geomap-embed" style="position:relative;width:100%;height:0;padding-top:{ratio}%;">\n'
        f'  <iframe {attributes} style="position:absolute;inset:0;width:100%;height:100%;border:0;"></iframe>\n'
        "</div>"
    )


def _aspect(value: str) -> tuple[float, float]:
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*[:/x]\s*(\d+(?:\.\d+)?)\s*", value)
    if not match or float(match.group(1)) <= 0 or float(match.group(2)) <= 0:
        raise InputError(f"--aspect must look like 16:9 or 4:3, not {value!r}")
    return float(match.group(1)), float(match.group(2))

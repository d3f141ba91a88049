"""A static PNG of the same map (geopandas + matplotlib on the bundled basemap), for print,
newsletters and social previews. Drawn from the same data as the HTML page, fully offline."""

from __future__ import annotations

import io
from pathlib import Path

from ..errors import GeomapError
from ..files import atomic_write_bytes

LABELLED = 12  # the most mentioned places get a name label


def render_png(data: dict, path: Path, *, width_px: int = 1200, height_px: int = 800) -> Path:
    """Write the map in ``data`` (see :func:`geomap.render.page.map_data`) as a PNG."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
        from matplotlib.lines import Line2D
    except ImportError as exc:  # pragma: no cover - matplotlib is a dependency
        raise GeomapError("--png needs matplotlib: pip install matplotlib") from exc
    import geopandas as gpd
    from shapely.geometry import shape

    colours = {t["name"]: t["colour"] for t in data["types"]}
    places = data["places"]
    dpi = 100
    fig, ax = plt.subplots(figsize=(width_px / dpi, height_px / dpi), dpi=dpi)
    try:
        ax.set_facecolor("#cfe0ec")
        land = gpd.GeoDataFrame(geometry=[shape(g) for g in data["basemap"]], crs="EPSG:4326")
        if len(land):
            land.plot(ax=ax, color="#f4f1ea", edgecolor="#9aa5b1", linewidth=0.4)
        outlines = [(p, data["outlines"][str(p["id"])]) for p in places if str(p["id"]) in data["outlines"]]
        if outlines:
            frame = gpd.GeoDataFrame(
                {"colour": [_colour(p, colours) for p, _ in outlines]},
                geometry=[shape(g) for _, g in outlines], crs="EPSG:4326")
            frame.plot(ax=ax, facecolor="none", edgecolor=frame["colour"], linewidth=1.6)
        pins = [p for p in places if str(p["id"]) not in data["outlines"]]
        if pins:
            frame = gpd.GeoDataFrame(
                {"colour": [_colour(p, colours) for p in pins]},
                geometry=gpd.points_from_xy([p["lon"] for p in pins], [p["lat"] for p in pins]), crs="EPSG:4326")
            frame.plot(ax=ax, color=frame["colour"], markersize=60, edgecolor="white", linewidth=1.2, zorder=3)
            for p in pins[:LABELLED]:
                ax.annotate(p["name"], (p["lon"], p["lat"]), xytext=(6, 4), textcoords="offset points",
                            fontsize=9, zorder=4, color="#1d232a")
        ax.set_position([0.01, 0.04, 0.98, 0.90])
        _frame_view(ax, data, (0.98 * width_px) / (0.90 * height_px))
        ax.set_xticks([])
        ax.set_yticks([])
        ax.set_xlabel("")
        ax.set_ylabel("")
        ax.set_title(data["title"], loc="left", fontsize=13)
        handles = [Line2D([], [], marker="o", linestyle="", markersize=8, markerfacecolor=t["colour"],
                          markeredgecolor="white", label=t["label"]) for t in data["types"]]
        if handles:
            ax.legend(handles=handles, loc="lower right", fontsize=8, framealpha=0.9, title="Main event", title_fontsize=8)
        names = "; ".join(f"{a['name']} ({a['licence']})" for a in data["attribution"])
        fig.text(0.01, 0.01, f"Places: {names}. Made with geomap.", fontsize=6, color="#5b6570")
        buffer = io.BytesIO()
        fig.savefig(buffer, format="png", dpi=dpi, metadata={"Software": None})
    finally:
        plt.close(fig)
    return atomic_write_bytes(path, buffer.getvalue())


def _colour(place: dict, colours: dict) -> str:
    return colours.get(place["types"][0] if place["types"] else "MENTIONED", "#333")


def _frame_view(ax, data: dict, aspect: float) -> None:
    """Zoom to the drawn places (with a margin), filling the picture: degrees of longitude are
    drawn shorter by cos(latitude), as geopandas does for geographic coordinates."""
    import math

    box = data.get("bbox")
    if not box or box[0] > box[2]:
        ax.set_aspect("auto")
        ax.set_xlim(-180, 180)
        ax.set_ylim(-60, 85)
        return
    west, south, east, north = box
    from shapely.geometry import shape

    for geometry in data["outlines"].values():
        w, s, e, n = shape(geometry).bounds
        west, south, east, north = min(west, w), min(south, s), max(east, e), max(north, n)
    pad = max(1.0, 0.15 * max(east - west, north - south))
    west, east, south, north = west - pad, east + pad, max(-85.0, south - pad), min(85.0, north + pad)
    squeeze = 1.0 / max(0.2, math.cos(math.radians((south + north) / 2)))
    width, height = (east - west) / squeeze, north - south
    if width / height < aspect:
        grow = (height * aspect - width) / 2 * squeeze
        west, east = west - grow, east + grow
    else:
        grow = (width / aspect - height) / 2
        south, north = south - grow, north + grow
    ax.set_aspect(squeeze)
    ax.set_xlim(west, east)
    ax.set_ylim(south, north)

"""Geoparse a whole archive in parallel with Dask, into partitioned (Geo)Parquet.

``geomap batch INPUT... -o DIR`` splits the inputs into partitions (files, and JSONL files in
blocks of lines found by byte offset, so no worker reads more than its share), parses each
partition on a worker and writes, per partition::

    DIR/documents/part-00000.parquet   id, text, date, source, title, url, path, body_start
    DIR/mentions/part-00000.parquet    GeoParquet: one row per mention (resolved or not)
    DIR/events/part-00000.parquet      GeoParquet: one row per event (any status)
    DIR/geomap-batch.json              the manifest, written last: marks DIR as batch output

``--engine dask`` runs the partitions on a ``dask.distributed`` cluster: a LocalCluster on this
machine (one single-threaded worker process per core), or an existing cluster given by
``--scheduler ADDRESS``, used as it is (its workers need geomap installed and the inputs and DIR
on shared storage). ``--engine local`` runs them one after another in this process.

:func:`read_batch` turns such a folder back into results, so ``geomap map DIR`` and ``geomap
export DIR`` draw and export a batch without parsing again.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError
from .events import Event, EventPlace
from .text import JSONL_SUFFIXES, Skipped, iter_paths, parse_jsonl_line, read_path
from .types import Document, Mention, Place, Resolution

MANIFEST = "geomap-batch.json"
FORMAT_VERSION = 1
BLOCK_LINES = 500  # JSONL lines per block; blocks are the unit partitions are made of
PARTITION_BLOCKS = 10  # by default a partition holds about 5,000 articles: memory stays bounded


@dataclass(frozen=True)
class Block:
    """A unit of input: a whole file, or ``count`` lines of a JSONL file from a byte ``offset``."""

    path: str
    offset: int = 0
    first_line: int = 1
    count: int = -1  # -1: the whole file (non-JSONL)


def is_batch(path: str | Path) -> bool:
    """Whether ``path`` is a folder that ``geomap batch`` completed."""
    return Path(path).is_dir() and (Path(path) / MANIFEST).is_file()


def plan_blocks(inputs: Iterable[str]) -> list[Block]:
    """Blocks covering every input record in order (JSONL files scanned for line offsets only)."""
    blocks = []
    for path in iter_paths(inputs):
        if str(path) == "-":
            raise InputError("geomap batch reads files and folders, not stdin")
        if path.suffix.lower() not in JSONL_SUFFIXES:
            blocks.append(Block(str(path)))
            continue
        try:
            with path.open("rb") as fh:
                offset, line, start, start_line, count = 0, 0, 0, 1, 0
                for raw in fh:
                    line += 1
                    if count == 0:
                        start, start_line = offset, line
                    count += 1
                    offset += len(raw)
                    if count == BLOCK_LINES:
                        blocks.append(Block(str(path), start, start_line, count))
                        count = 0
                if count:
                    blocks.append(Block(str(path), start, start_line, count))
        except OSError:
            blocks.append(Block(str(path)))  # reported as unreadable when read
    return blocks


def read_block(block: Block, encoding: str | None = None) -> Iterator[Document | Skipped]:
    """The records of one block, as the ordinary readers give them."""
    path = Path(block.path)
    if block.count < 0:
        yield from read_path(path, encoding)
        return
    with path.open("rb") as fh:
        fh.seek(block.offset)
        for i in range(block.count):
            raw = fh.readline()
            lineno = block.first_line + i
            where = f"{path}:{lineno}"
            try:
                line = raw.decode(encoding or "utf-8")
            except UnicodeDecodeError as exc:
                yield Skipped(where, f"not UTF-8 text ({exc.reason} at byte {exc.start})")
                continue
            if lineno == 1:
                line = line.lstrip("\ufeff")
            if line.strip():
                yield parse_jsonl_line(line, where, f"{path.stem}:{lineno}")


def partitions(blocks: list[Block], count: int) -> list[list[Block]]:
    """``blocks`` cut into at most ``count`` contiguous, near-equal partitions (input order kept)."""
    count = max(1, min(count, len(blocks)))
    size, extra = divmod(len(blocks), count)
    out, start = [], 0
    for i in range(count):
        end = start + size + (1 if i < extra else 0)
        out.append(blocks[start:end])
        start = end
    return [p for p in out if p]


# ---------------------------------------------------------------------- the worker side

_PARSERS: dict = {}


def _parser(corrections: str | None, about: tuple[str, ...] = (), min_confidence: float | None = None):
    key = (corrections, about, min_confidence)
    if key not in _PARSERS:
        from .pipeline import Geoparser

        _PARSERS[key] = Geoparser(corrections_path=corrections, about=about, min_confidence=min_confidence)
    return _PARSERS[key]


def parse_partition(blocks: list[Block], out_dir: str, index: int, corrections: str | None = None,
                    encoding: str | None = None, about: tuple[str, ...] = (),
                    min_confidence: float | None = None) -> dict:
    """Parse one partition and write its three Parquet files; returns counts and skipped records."""
    import geopandas as gpd
    import pandas as pd

    parser = _parser(corrections, tuple(about), min_confidence)
    documents, mentions, events, skipped, notes = [], [], [], [], []
    for block in blocks:
        try:
            records = list(read_block(block, encoding))
        except OSError as exc:
            records = [Skipped(block.path, f"cannot read ({exc.strerror or exc})")]
        for item in records:
            if isinstance(item, Skipped):
                skipped.append(str(item))
                continue
            if item.note:
                notes.append(f"{item.path or item.id}: {item.note}")
            result = parser.parse(item)
            row = len(documents)
            doc = result.doc
            documents.append({"id": doc.id, "text": doc.text, "date": doc.date, "source": doc.source,
                              "title": doc.title, "url": doc.url, "path": doc.path, "body_start": doc.body_start})
            for res in result.resolutions:
                mentions.append(_mention_row(row, res))
            for event in result.events:
                events.append(_event_row(row, event))
    name = f"part-{index:05d}.parquet"
    pd.DataFrame(documents, columns=["id", "text", "date", "source", "title", "url", "path", "body_start"]).to_parquet(
        _fresh(out_dir, "documents", name))
    for table, rows in (("mentions", mentions), ("events", events)):
        frame = pd.DataFrame(rows, columns=_COLUMNS[table])
        gpd.GeoDataFrame(frame, geometry=gpd.points_from_xy(frame["lon"], frame["lat"]), crs="EPSG:4326").to_parquet(
            _fresh(out_dir, table, name))
    return {"partition": index, "documents": len(documents), "mentions": len(mentions), "events": len(events),
            "skipped": skipped, "notes": notes}


_PLACE_FIELDS = ["place_id", "geonameid", "name", "place_kind", "feature_code", "country_code", "admin1", "admin2",
                 "population", "lat", "lon"]
_COLUMNS = {
    "mentions": ["doc", "start", "end", "text", "kind", "confidence", *_PLACE_FIELDS],
    "events": ["doc", "type", "status", "severity", "date", "date_precision", "sentence_start", "sentence_end",
               "trigger_start", "trigger_end", "geo_precision", "rule", "mention_start", "mention_end", *_PLACE_FIELDS],
}


def _place_fields(place: Place | None) -> dict:
    if place is None:
        return dict.fromkeys(_PLACE_FIELDS)
    return {"place_id": place.id, "geonameid": place.geonameid, "name": place.name, "place_kind": place.kind,
            "feature_code": place.feature_code, "country_code": place.country_code, "admin1": place.admin1,
            "admin2": place.admin2, "population": place.population, "lat": place.lat, "lon": place.lon}


def _mention_row(doc_row: int, res: Resolution) -> dict:
    m = res.mention
    return {"doc": doc_row, "start": m.start, "end": m.end, "text": m.surface, "kind": m.kind,
            "confidence": res.confidence, **_place_fields(res.place)}


def _event_row(doc_row: int, event: Event) -> dict:
    where = event.place
    mention = where.mention if where is not None and where.mention is not None else (None, None)
    return {"doc": doc_row, "type": event.type, "status": event.status, "severity": event.severity,
            "date": event.date, "date_precision": event.date_precision,
            "sentence_start": event.sentence[0], "sentence_end": event.sentence[1],
            "trigger_start": event.trigger[0], "trigger_end": event.trigger[1],
            "geo_precision": where.geo_precision if where else None, "rule": where.rule if where else None,
            "mention_start": mention[0], "mention_end": mention[1], **_place_fields(where.place if where else None)}


def _fresh(out_dir: str, table: str, name: str) -> str:
    folder = Path(out_dir) / table
    folder.mkdir(parents=True, exist_ok=True)
    return str(folder / name)


# ---------------------------------------------------------------------- the client side


def run_batch(inputs: Iterable[str], out_dir: Path, *, engine: str = "local", scheduler: str | None = None,
              partition_count: int | None = None, corrections: str | None = None, workers: int | None = None,
              encoding: str | None = None, about: tuple[str, ...] = (), min_confidence: float | None = None) -> dict:
    """Parse ``inputs`` into ``out_dir`` and write the manifest; returns it. ``about``: the
    countries the articles are about (see :class:`geomap.pipeline.Geoparser`); ``min_confidence``:
    the least confidence a pick needs for a point (default: :class:`geomap.resolve.Weights`')."""
    out_dir = Path(out_dir)
    if out_dir.exists() and not out_dir.is_dir():
        raise InputError(f"{out_dir}: exists and is not a folder")
    if out_dir.is_dir() and any(out_dir.iterdir()) and not is_batch(out_dir):
        raise InputError(f"{out_dir}: folder is not empty and holds no earlier batch; choose an empty or new folder")
    if is_batch(out_dir):
        (out_dir / MANIFEST).unlink()  # no longer complete while it is rewritten
        for table in ("documents", "mentions", "events"):
            shutil.rmtree(out_dir / table, ignore_errors=True)
    out_dir.mkdir(parents=True, exist_ok=True)
    blocks = plan_blocks(inputs)
    if not blocks:
        raise InputError("no articles found in " + ", ".join(inputs))
    workers = workers or os.cpu_count() or 1
    count = partition_count or max(-(-len(blocks) // PARTITION_BLOCKS), 1 if engine == "local" else 4 * workers)
    parts = partitions(blocks, count)
    if engine == "local":
        reports = [parse_partition(p, str(out_dir), i, corrections, encoding, about, min_confidence)
                   for i, p in enumerate(parts)]
    elif engine == "dask":
        reports = _run_dask(parts, out_dir, corrections, scheduler, workers, encoding, about, min_confidence)
    else:
        raise InputError(f"unknown engine {engine!r}; choose local or dask")
    manifest = {
        "format": "geomap-batch", "version": FORMAT_VERSION, "engine": engine,
        "inputs": [str(i) for i in inputs], "about": list(about), "min_confidence": min_confidence,
        "partitions": len(parts),
        "documents": sum(r["documents"] for r in reports), "mentions": sum(r["mentions"] for r in reports),
        "events": sum(r["events"] for r in reports),
        "skipped": [s for r in reports for s in r["skipped"]],
        "notes": [n for r in reports for n in r["notes"]],
        "tables": {"documents": "documents/part-*.parquet", "mentions": "mentions/part-*.parquet (GeoParquet)",
                   "events": "events/part-*.parquet (GeoParquet)"},
    }
    tmp = out_dir / f".{MANIFEST}.tmp"
    tmp.write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    os.replace(tmp, out_dir / MANIFEST)
    return manifest


def _run_dask(parts, out_dir: Path, corrections, scheduler: str | None, workers: int, encoding: str | None,
              about: tuple[str, ...] = (), min_confidence: float | None = None) -> list[dict]:
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as exc:
        raise InputError("--engine dask needs dask.distributed: pip install 'dask[distributed]'") from exc
    cluster = None
    if scheduler is None:
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                               dashboard_address=None, silence_logs=40)
    client = Client(scheduler or cluster)
    try:
        futures = client.map(parse_partition, parts, [str(out_dir)] * len(parts), list(range(len(parts))),
                             [corrections] * len(parts), [encoding] * len(parts), [tuple(about)] * len(parts),
                             [min_confidence] * len(parts), pure=False)
        return client.gather(futures)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def read_batch(folder: str | Path, gazetteer=None) -> Iterator:
    """The results stored in a batch folder, in input order (:class:`DocumentResult` values)."""
    import pandas as pd

    from .pipeline import DocumentResult

    folder = Path(folder)
    places: dict[int, Place] = {}
    for part in sorted((folder / "documents").glob("part-*.parquet")):
        docs = pd.read_parquet(part)
        mentions = pd.read_parquet(folder / "mentions" / part.name).drop(columns="geometry")
        events = pd.read_parquet(folder / "events" / part.name).drop(columns="geometry")
        by_doc_m = {k: g for k, g in mentions.groupby("doc")} if len(mentions) else {}
        by_doc_e = {k: g for k, g in events.groupby("doc")} if len(events) else {}
        for row, doc in enumerate(docs.itertuples(index=False)):
            document = Document(id=doc.id, text=doc.text, date=_str(doc.date), source=_str(doc.source),
                                title=_str(doc.title), url=_str(doc.url), path=_str(doc.path), body_start=int(doc.body_start))
            resolutions = [
                Resolution(Mention(int(m.start), int(m.end), m.text, m.kind), _place(m, places, gazetteer), float(m.confidence))
                for m in by_doc_m[row].itertuples(index=False)
            ] if row in by_doc_m else []
            found = []
            if row in by_doc_e:
                for e in by_doc_e[row].itertuples(index=False):
                    place = _place(e, places, gazetteer)
                    where = None
                    if place is not None:
                        mention = (int(e.mention_start), int(e.mention_end)) if pd.notna(e.mention_start) else None
                        where = EventPlace(place, int(e.geo_precision), e.rule, mention)
                    found.append(Event(e.type, e.status, _str(e.severity), _str(e.date), e.date_precision,
                                       (int(e.sentence_start), int(e.sentence_end)), (int(e.trigger_start), int(e.trigger_end)), where))
            yield DocumentResult(document, resolutions, found)


def _str(value):
    return None if value is None or (isinstance(value, float) and value != value) else str(value)


def _place(row, cache: dict[int, Place], gazetteer) -> Place | None:
    import pandas as pd

    if pd.isna(row.place_id):
        return None
    place_id = int(row.place_id)
    if place_id not in cache:
        place = gazetteer.get(place_id) if gazetteer is not None else None
        cache[place_id] = place or Place(
            id=place_id, geonameid=None if pd.isna(row.geonameid) else int(row.geonameid), name=row.name,
            kind=row.place_kind, feature_class="", feature_code=row.feature_code, country_code=_str(row.country_code),
            admin1=_str(row.admin1), admin2=_str(row.admin2), population=int(row.population or 0),
            lat=None if pd.isna(row.lat) else float(row.lat), lon=None if pd.isna(row.lon) else float(row.lon))
    return cache[place_id]

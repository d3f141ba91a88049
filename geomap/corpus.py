"""Run the geoparser over many inputs: records stream through one at a time (memory holds the
aggregates a command keeps, never the whole corpus), unreadable records are reported and
skipped, a progress bar goes to stderr when it is a terminal, and the run ends with counts."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from .errors import InputError
from .pipeline import DocumentResult, Geoparser
from .text import Skipped, read_inputs


@dataclass
class RunStats:
    read: int = 0
    skipped: int = 0

    def summary(self, **extra: int) -> str:
        """``"3 article(s) read, 0 skipped, 9 place(s), 7 event(s)"``."""
        parts = [f"{self.read} article(s) read", f"{self.skipped} skipped"]
        parts += [f"{value} {name}" for name, value in extra.items()]
        return ", ".join(parts)


def parse_inputs(
    inputs: Iterable[str],
    parser: Geoparser,
    stats: RunStats,
    on_skip: Callable[[str], None],
    *,
    given_spans: bool = False,
    progress: bool = False,
    encoding: str | None = None,
) -> Iterator[DocumentResult]:
    """Results for every readable record of ``inputs``, in input order. ``on_skip`` hears of
    every skipped record and of every guess a reader made (an encoding it detected)."""
    bar = None
    if progress and sys.stderr.isatty():
        from tqdm import tqdm

        bar = tqdm(unit=" articles", file=sys.stderr, leave=False, dynamic_ncols=True)
    try:
        for item in _records(inputs, parser, encoding):
            if bar is not None:
                bar.update(1)
            if isinstance(item, DocumentResult):  # read back from a batch folder
                stats.read += 1
                yield item
                continue
            if isinstance(item, Skipped):
                stats.skipped += 1
                on_skip(str(item))
                continue
            if item.note:
                on_skip(f"{item.path or item.id}: {item.note}")
            try:
                result = parser.parse(item, given_spans=given_spans)
            except InputError as exc:
                stats.skipped += 1
                on_skip(f"{item.path or item.id}: {exc}")
                continue
            stats.read += 1
            yield result
    finally:
        if bar is not None:
            bar.close()


def _records(inputs: Iterable[str], parser: Geoparser, encoding: str | None = None):
    """Records of each input in order; a ``geomap batch`` folder gives its stored results."""
    from .batch import is_batch, read_batch

    for item in inputs:
        if str(item) != "-" and is_batch(item):
            yield from read_batch(item, parser.gazetteer)
        else:
            yield from read_inputs([item], encoding)

"""Read articles into :class:`~geomap.types.Document` values, keeping offsets into the original.

A ``.txt``/``.md`` article may open with a dateline such as
``date 2020-08-14 (Bloomberg) -- `` (leading whitespace tolerated); it gives the article's date
and source, and the body starts after it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from .errors import InputError
from .types import Document

DATELINE = re.compile(
    r"\A\s*date\s+(?P<date>\d{4}-\d{2}-\d{2})\s*(?:\((?P<source>[^)\n]{1,200})\))?\s*--\s*"
)
TEXT_SUFFIXES = (".txt", ".md")


def parse_dateline(text: str) -> tuple[str | None, str | None, int]:
    """Return ``(date, source, body_start)`` of a text that may open with a dateline.

    Examples
    --------
    >>> parse_dateline(" date 2020-08-14 (Bloomberg) -- Exiled leader")
    ('2020-08-14', 'Bloomberg', 32)
    >>> parse_dateline("No dateline here.")
    (None, None, 0)
    """
    match = DATELINE.match(text)
    if not match:
        return None, None, 0
    return match["date"], (match["source"] or "").strip() or None, match.end()


def document_from_text(text: str, doc_id: str, path: str | None = None) -> Document:
    """A Document from raw article text (dateline parsed, offsets unchanged).

    >>> doc = document_from_text("date 2020-08-14 (AP) -- Minsk.", "a")
    >>> doc.date, doc.source, doc.text[doc.body_start:]
    ('2020-08-14', 'AP', 'Minsk.')
    """
    date, source, body_start = parse_dateline(text)
    return Document(id=doc_id, text=text, date=date, source=source, path=path, body_start=body_start)


def iter_paths(inputs: Iterable[str | Path]) -> Iterator[Path]:
    """Article files named by ``inputs``: files as given, folders searched recursively."""
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES)
        elif path.is_file():
            yield path
        else:
            raise InputError(f"{path}: no such file or folder")


def read_documents(inputs: Iterable[str | Path]) -> Iterator[Document]:
    """Documents from ``.txt``/``.md`` files and folders of them (UTF-8)."""
    for path in iter_paths(inputs):
        try:
            text = path.read_text(encoding="utf-8-sig")
        except UnicodeDecodeError as exc:
            raise InputError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from exc
        yield document_from_text(text, doc_id=path.stem, path=str(path))

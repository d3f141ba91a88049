"""Read articles into :class:`~geomap.types.Document` values, keeping offsets into the text.

Formats:

* ``.txt`` / ``.md`` — the whole file is the text. An optional dateline first line
  ``date 2020-08-14 (Bloomberg) -- `` (leading whitespace tolerated) gives the date and source;
  the body starts after it, and offsets still index the whole file.
* ``.html`` / ``.htm`` — the visible text (scripts, styles and other invisible elements
  dropped, entities decoded, blocks separated by newlines); the ``<title>`` is kept as the title.
* ``.jsonl`` — one article object per line: ``id``, ``text``, optional ``title``, ``date``,
  ``url``, ``source`` and ``toponyms`` (``start``/``end`` spans), as in ``../shared/eval``.
* a folder (searched recursively for those suffixes), several paths, or ``-`` for stdin (JSONL
  when it starts with ``{``, else plain text).

Readers yield a :class:`Skipped` value for a record they cannot use, with ``where`` (``path`` or
``path:line``) and the reason, and go on with the rest: one broken file never costs the others.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from .errors import InputError
from .types import Document

DATELINE = re.compile(
    r"\A\s*date\s+(?P<date>\d{4}-\d{2}-\d{2})\s*(?:\((?P<source>[^)\n]{1,200})\))?\s*--\s*"
)
TEXT_SUFFIXES = (".txt", ".md")
HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl",)
SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES


@dataclass(frozen=True, slots=True)
class Skipped:
    """An input record that could not be read: ``where`` is ``path`` or ``path:line``."""

    where: str
    reason: str

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}"


# ---------------------------------------------------------------------- plain text


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


def document_from_text(text: str, doc_id: str, path: str | None = None, **fields) -> Document:
    """A Document from raw article text (dateline parsed, offsets unchanged).

    >>> doc = document_from_text("date 2020-08-14 (AP) -- Minsk.", "a")
    >>> doc.date, doc.source, doc.text[doc.body_start:]
    ('2020-08-14', 'AP', 'Minsk.')
    """
    date, source, body_start = parse_dateline(text)
    return Document(
        id=doc_id, text=text, date=fields.pop("date", None) or date,
        source=fields.pop("source", None) or source, path=path, body_start=body_start, **fields,
    )


# ---------------------------------------------------------------------- HTML


class _VisibleText(HTMLParser):
    _HIDDEN = {"script", "style", "noscript", "template", "head", "svg", "iframe", "object"}
    _BLOCK = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr",
              "table", "section", "article", "header", "footer", "blockquote", "pre", "hr",
              "figcaption", "dd", "dt", "main", "aside", "nav"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title_parts: list[str] = []
        self._hidden = 0
        self._in_title = False

    def handle_starttag(self, tag, attrs):
        if tag == "title":
            self._in_title = True
        elif tag in self._HIDDEN:
            self._hidden += 1
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_startendtag(self, tag, attrs):
        if tag in self._BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False
        elif tag in self._HIDDEN:
            self._hidden = max(0, self._hidden - 1)
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if self._in_title:
            self.title_parts.append(data)
        elif not self._hidden:
            self.parts.append(data)


def html_to_text(html: str) -> tuple[str, str | None]:
    """Visible text and title of an HTML page.

    >>> html_to_text("<title>Minsk &amp; Brest</title><script>x()</script><p>Protest in Hrodna</p>")
    ('Protest in Hrodna', 'Minsk & Brest')
    """
    parser = _VisibleText()
    parser.feed(html)
    parser.close()
    text = "".join(parser.parts)
    text = re.sub(r"[ \t\r\f\v]+", " ", text)
    text = re.sub(r" *\n[\n ]*", "\n\n", text).strip()
    title = " ".join("".join(parser.title_parts).split()) or None
    return text, title


# ---------------------------------------------------------------------- JSONL


def parse_jsonl_line(line: str, where: str, default_id: str) -> Document | Skipped:
    """One JSONL article record, or why it cannot be used."""
    try:
        record = json.loads(line)
    except ValueError as exc:
        return Skipped(where, f"not valid JSON ({exc}); each line must be one article object")
    if not isinstance(record, dict):
        return Skipped(where, "not a JSON object; each line must be one article object")
    text = record.get("text")
    if not isinstance(text, str):
        return Skipped(where, "missing or non-string \"text\"")
    fields = {}
    for name in ("title", "date", "url", "source"):
        value = record.get(name)
        if value is not None and not isinstance(value, str):
            return Skipped(where, f"\"{name}\" must be a string")
        fields[name] = value
    spans = None
    if "toponyms" in record and record["toponyms"] is not None:
        spans = []
        for top in record["toponyms"] if isinstance(record["toponyms"], list) else [None]:
            if not isinstance(top, dict) or not all(isinstance(top.get(k), int) for k in ("start", "end")):
                return Skipped(where, "\"toponyms\" must be a list of objects with integer start and end")
            spans.append((top["start"], top["end"]))
        spans = tuple(spans)
    doc_id = record.get("id")
    doc_id = str(doc_id) if doc_id is not None and doc_id != "" else default_id
    return Document(id=doc_id, text=text, path=where, spans=spans, **fields)


# ---------------------------------------------------------------------- files and folders


def iter_paths(inputs: Iterable[str | Path]) -> Iterator[Path | Skipped]:
    """Files named by ``inputs``: files as given, folders searched recursively (sorted)."""
    for item in inputs:
        path = Path(item)
        if str(item) == "-":
            yield path
        elif path.is_dir():
            for found in sorted(path.rglob("*")):
                if found.suffix.lower() in SUFFIXES and found.is_file():
                    yield found
        elif path.is_file():
            yield path
        else:
            raise InputError(f"{path}: no such file or folder")


def _read_text_file(path: Path) -> str | Skipped:
    try:
        data = path.read_bytes()
    except OSError as exc:
        return Skipped(str(path), f"cannot read ({exc.strerror or exc})")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return Skipped(str(path), f"not UTF-8 text ({exc.reason} at byte {exc.start})")


def read_path(path: Path) -> Iterator[Document | Skipped]:
    """Documents (or Skipped records) from one file, or from stdin when ``path`` is ``-``."""
    if str(path) == "-":
        text = sys.stdin.read()
        if text.lstrip().startswith("{"):
            yield from _jsonl_records(text, "<stdin>", "stdin")
        else:
            yield document_from_text(text, "stdin", path="<stdin>")
        return
    raw = _read_text_file(path)
    if isinstance(raw, Skipped):
        yield raw
        return
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from _jsonl_records(raw, str(path), path.stem)
    elif suffix in HTML_SUFFIXES:
        text, title = html_to_text(raw)
        yield Document(id=path.stem, text=text, title=title, path=str(path))
    else:
        yield document_from_text(raw, doc_id=path.stem, path=str(path))


def _jsonl_records(raw: str, where: str, stem: str) -> Iterator[Document | Skipped]:
    for lineno, line in enumerate(raw.split("\n"), start=1):
        if line.strip():
            yield parse_jsonl_line(line, f"{where}:{lineno}", f"{stem}:{lineno}")


def read_inputs(inputs: Iterable[str | Path]) -> Iterator[Document | Skipped]:
    """Every record of every input, in input order: Documents, and Skipped for bad records."""
    for path in iter_paths(inputs):
        yield from read_path(path)


def read_documents(inputs: Iterable[str | Path]) -> Iterator[Document]:
    """Documents only, raising :class:`InputError` on the first unreadable record."""
    for item in read_inputs(inputs):
        if isinstance(item, Skipped):
            raise InputError(str(item))
        yield item

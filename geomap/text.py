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

:func:`sentences` splits a text into sentences (for the resolver, events and the page).

Readers yield a :class:`Skipped` value for a record they cannot use, with ``where`` (``path`` or
``path:line``) and the reason, and go on with the rest: one broken file never costs the others.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from html.parser import HTMLParser
from pathlib import Path

import orjson

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
        # orjson reads a record several times faster; what it refuses (lone surrogates, NaN,
        # integers beyond 64 bits) the standard library still reads or explains
        record = orjson.loads(line)
    except orjson.JSONDecodeError:
        record = None
    try:
        record = json.loads(line) if record is None else record
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


def decode_bytes(data: bytes, where: str, encoding: str | None = None) -> tuple[str, str | None] | Skipped:
    """Text of a file's bytes and a note when the encoding had to be guessed, or why not.

    UTF-8 (with or without BOM) and UTF-16 with a BOM are read as such; ``encoding`` (the
    ``--encoding`` option) forces one; otherwise text that is not UTF-8 is decoded with the
    encoding charset-normalizer detects, *with a note saying so* (never silently), and bytes that
    look binary (NULs, control characters) are refused.

    >>> decode_bytes("Minsk".encode("utf-16"), "a.txt")
    ('Minsk', None)
    >>> decode_bytes("Протесты в Минске и Гродно, забастовки на заводах".encode("cp1251"), "r.txt")[1]
    'not UTF-8: decoded as cp1251 (detected); pass --encoding to choose'
    >>> decode_bytes(bytes(range(256)) * 4, "x.txt").reason
    'binary data, not text'
    """
    if encoding:
        try:
            return data.decode(encoding), None
        except (UnicodeDecodeError, LookupError) as exc:
            return Skipped(where, f"cannot decode as {encoding} ({exc})")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), None
        except UnicodeDecodeError as exc:
            return Skipped(where, f"broken UTF-16 text ({exc.reason} at byte {exc.start})")
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as exc:
        utf8_error = f"{exc.reason} at byte {exc.start}"
    if _looks_binary(data):
        return Skipped(where, "binary data, not text")
    from charset_normalizer import from_bytes

    guess = from_bytes(data).best()
    if guess is not None and guess.coherence >= 0.2 and set(guess.alphabets) & _OTHER_SCRIPTS:
        # Cyrillic, Greek, Arabic, Hebrew, CJK…: the language model tells the code pages apart.
        name = {"windows_1251": "cp1251", "windows_1256": "cp1256"}.get(guess.encoding, guess.encoding)
        return str(guess), f"not UTF-8: decoded as {name} (detected); pass --encoding to choose"
    # Latin script: single-byte code pages cannot be told apart reliably; assume the commonest,
    # and only when the result reads as words (letters beside ASCII letters, not "Ìèíñê").
    text = data.decode("cp1252", errors="replace")
    foreign = [w for w in re.findall(r"\w+", text) if not w.isascii()]
    mixed = sum(1 for w in foreign if re.search(r"[A-Za-z]", w))  # "Genève", not "Ìèíñê"
    if "\ufffd" not in text and foreign and all(w.isalpha() for w in foreign) and mixed * 2 > len(foreign):
        return text, "not UTF-8: decoded as cp1252 (assumed: Western European); pass --encoding if wrong"
    return Skipped(where, f"not UTF-8 text ({utf8_error}) and its encoding cannot be told; pass --encoding")


_OTHER_SCRIPTS = {"Cyrillic", "Greek and Coptic", "Arabic", "Hebrew", "Thai", "Hangul Syllables",
                  "CJK Unified Ideographs", "Hiragana", "Katakana", "Armenian", "Georgian"}


def _looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if not head:
        return False
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return b"\x00" in head or controls / len(head) > 0.05


def read_path(path: Path, encoding: str | None = None) -> Iterator[Document | Skipped]:
    """Documents (or Skipped records) from one file, or from stdin when ``path`` is ``-``.
    An empty or whitespace-only file is a Skipped record (nothing to read)."""
    if str(path) == "-":
        text = sys.stdin.read()
        if not text.strip():
            yield Skipped("<stdin>", "empty input (no text)")
        elif text.lstrip().startswith("{"):
            yield from _jsonl_records(text, "<stdin>", "stdin")
        else:
            yield document_from_text(text, "stdin", path="<stdin>")
        return
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield Skipped(str(path), f"cannot read ({exc.strerror or exc})")
        return
    decoded = decode_bytes(data, str(path), encoding)
    if isinstance(decoded, Skipped):
        yield decoded
        return
    raw, note = decoded
    if not raw.strip():
        yield Skipped(str(path), "empty file (no text)")
        return
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        for item in _jsonl_records(raw, str(path), path.stem):
            yield replace(item, note=note) if note and isinstance(item, Document) else item
    elif suffix in HTML_SUFFIXES:
        text, title = html_to_text(raw)
        if not text.strip():
            yield Skipped(str(path), "no visible text in the HTML")
            return
        yield Document(id=path.stem, text=text, title=title, path=str(path), note=note)
    else:
        yield document_from_text(raw, doc_id=path.stem, path=str(path), note=note)


def _jsonl_records(raw: str, where: str, stem: str) -> Iterator[Document | Skipped]:
    for lineno, line in enumerate(raw.split("\n"), start=1):
        if line.strip():
            yield parse_jsonl_line(line, f"{where}:{lineno}", f"{stem}:{lineno}")


def read_inputs(inputs: Iterable[str | Path], encoding: str | None = None) -> Iterator[Document | Skipped]:
    """Every record of every input, in input order: Documents, and Skipped for bad records."""
    for path in iter_paths(inputs):
        yield from read_path(path, encoding)


def read_documents(inputs: Iterable[str | Path]) -> Iterator[Document]:
    """Documents only, raising :class:`InputError` on the first unreadable record."""
    for item in read_inputs(inputs):
        if isinstance(item, Skipped):
            raise InputError(str(item))
        yield item


# ---------------------------------------------------------------------- sentences

_ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "st", "gen", "gov", "sen", "rep", "col", "lt", "sgt", "capt",
                  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
                  "u.s", "u.k", "no", "vs", "inc", "ltd", "co", "corp", "jr", "sr", "prof", "rev", "ft", "mt"}
_BOUNDARY = re.compile(r"[.!?]+[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])|\n\s*\n|\n(?=\s*[A-Z\"“])"
                       r"|[.!?](?<=[a-z]{2}[.!?])(?=[A-Z][a-z]+\s)")  # "the will of the people.The residents…": a space left out


_LAST_WORD = re.compile(r"[\w.]+$")
_DOTTED = re.compile(r"(?:\w\.)+\w\.?")


def sentences(text: str, start: int = 0) -> list[tuple[int, int]]:
    """Sentence spans of ``text[start:]``, as offsets into ``text``.

    >>> t = "Protests hit Minsk. Mr. Smith said so. Police left."
    >>> [t[s:e] for s, e in sentences(t)]
    ['Protests hit Minsk.', 'Mr. Smith said so.', 'Police left.']
    """
    spans = []
    begin = start
    for match in _BOUNDARY.finditer(text, start):
        before = text[begin:match.start() + 1]
        word = _LAST_WORD.findall(text, max(begin, match.start() - 12), match.start())
        if word and (
            word[0].lower().rstrip(".") in _ABBREVIATIONS or len(word[0].rstrip(".")) == 1
            or _DOTTED.fullmatch(word[0])  # "U.N.", "E.U."
        ):
            continue
        end = match.start() + len(match.group().rstrip())
        if before.strip():
            spans.append(_trim(text, begin, end))
        begin = match.end()
    if text[begin:].strip():
        spans.append(_trim(text, begin, len(text)))
    return spans


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end

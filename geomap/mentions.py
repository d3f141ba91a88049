"""Find place-name mentions in a document.

First version: capitalised word sequences (and ALL-CAPS ones) matched, longest first, against
the gazetteer's name index, with possessives ("Minsk's") and "-based" compounds handled. The
geoparser of issue #3 replaces the matching with an Aho-Corasick automaton and filters.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .gazetteer.store import Gazetteer
from .types import Document, Mention

# A capitalised word, optionally hyphenated ("Brest-Litovsk"), with a trailing possessive or
# "-based" captured separately so offsets can leave them out.
_WORD = r"[A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁІЎЄЇҐ][\w.’'-]*"
_SEQUENCE = re.compile(rf"{_WORD}(?:\s(?:of\s|the\s|de\s)?{_WORD}){{0,3}}")
_SUFFIX = re.compile(r"(?:['’]s|['’]|-based)$")
MAX_WORDS = 4


def find_mentions(doc: Document, gazetteer: Gazetteer) -> Iterator[Mention]:
    """Mentions in ``doc``'s body, in text order; each ``doc.text[m.start:m.end] == m.surface``."""
    body_start = doc.body_start
    for match in _SEQUENCE.finditer(doc.text, body_start):
        yield from _longest_names(doc.text, match.start(), match.group(), gazetteer)


def _longest_names(text: str, offset: int, chunk: str, gazetteer: Gazetteer) -> Iterator[Mention]:
    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", chunk)]
    i = 0
    while i < len(words):
        for j in range(min(len(words), i + MAX_WORDS), i, -1):
            start, end = offset + words[i][0], offset + words[j - 1][1]
            surface = text[start:end].rstrip(".,;:")
            end = start + len(surface)
            kind = "literal"
            suffix = _SUFFIX.search(surface)
            if suffix:
                kind = "based" if suffix.group().endswith("based") else kind
                end -= len(suffix.group())
                surface = text[start:end]
            if not surface:
                continue
            if gazetteer.candidates(surface, limit=1):
                yield Mention(start, end, surface, kind)
                i = j
                break
            if j == i + 1 and gazetteer.candidates(surface, limit=1, kinds=("demonym",)):
                yield Mention(start, end, surface, "demonym")
                i = j
                break
        else:
            i += 1

"""Find every gazetteer name in a text at C speed.

A MARISA trie of all gazetteer names (in a length-preserving "match key" form) is built once per
gazetteer database, cached beside it and memory-mapped, so start-up costs milliseconds. At each
word start the trie returns every name that is a prefix of the text there; the longest one that
ends on a word boundary wins (leftmost-longest, non-overlapping).
"""

from __future__ import annotations

import os

import unicodedata
from collections.abc import Iterator
from functools import lru_cache

import marisa_trie
import regex

from .gazetteer.store import Gazetteer

MAX_NAME_CHARS = 64
# Where a name may begin: an upper-case letter or a digit at the start of a word (the
# third-party ``regex`` module knows Unicode's upper-case class, so lower-case words cost nothing)
# ... or a lower-case hashtag ("#ferguson"), searched apart: few texts hold a "#", and one
# pattern with both alternatives scans every text three times slower.
# (not inside a word nor after an apostrophe in one, "O'Brien"; but after an opening quote:
# "'Syria pressuring Cyprus …'")
_NAME_START = regex.compile(r"(?:(?<![\w'’])|(?<=(?:^|[\s(\[{“\"«—–-])['‘’]))[\p{Lu}\p{Lt}\d]")
_HASHTAG_START = regex.compile(r"(?<=(?<!\w)#)\p{Ll}")
_APOSTROPHES = "'’ʼʻ`´‘"


@lru_cache(maxsize=1)
def _fold_table() -> dict[int, str]:
    """One-to-one character folds: accents off (é -> e, ł -> l), apostrophes to ', and
    punctuation that never occurs inside a name to a space. Length never changes, so an offset
    in the folded text is an offset in the original."""
    table: dict[int, str] = {}
    for cp in list(range(0x00C0, 0x0250)) + list(range(0x0400, 0x0530)) + list(range(0x1E00, 0x1F00)):
        ch = chr(cp)
        base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
        if len(base) == 1 and base != ch:
            table[cp] = base
    for src, dst in zip("łŁđĐøØħĦıŧŦ", "lLdDoOhHitT"):
        table[ord(src)] = dst
    for ch in _APOSTROPHES:
        table[ord(ch)] = "'"
    for ch in ',;:!?"()[]{}<>/\\|“”„«»‹›–—…•·*#@&+=~^%$\t\n\r\x0b\x0c\u00a0\u2028\u2029':
        table[ord(ch)] = " "
    # A hyphen joins a name's words as a space does: "Al-Hasakah" is GeoNames' "Al Hasakah",
    # "Guinea Bissau" its "Guinea-Bissau"
    for ch in "-\u2010\u2011":
        table[ord(ch)] = " "
    return table


def match_key(text: str) -> str:
    """Lower-case, accent-folded copy of ``text`` with exactly the same length.

    >>> match_key("Żodino-based, “Minsk’s”")
    "zodino based   minsk's "
    >>> len(match_key("İstanbul")) == len("İstanbul")
    True
    """
    lowered = text.lower()
    if len(lowered) != len(text):  # a few letters lower-case to two characters ("İ")
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return lowered.translate(_fold_table())


def _is_boundary(key: str, end: int) -> bool:
    if end >= len(key):
        return True
    nxt = key[end]
    return not (nxt.isalnum() or nxt == "_") and not (nxt == "'" and key[end + 1:end + 2].isalpha() and key[end + 1:end + 2] != "s")


def _name_starts(text: str, start: int) -> list[int]:
    """Offsets in ``text[start:]`` where a name may begin, in order."""
    starts = [m.start() for m in _NAME_START.finditer(text, start)]
    if "#" in text:
        starts += [m.start() for m in _HASHTAG_START.finditer(text, start)]
        starts.sort()
    return starts


#: Bump when the trie's keys change meaning: a trie cached by another version is rebuilt.
TRIE_FORMAT = 3


def trie_cache_path(gazetteer: Gazetteer):
    """Where the name trie of ``gazetteer`` is cached: beside the database, named for the key format."""
    return gazetteer.path.with_name(f"{gazetteer.path.name}.names.v{TRIE_FORMAT}.marisa")


class NameMatcher:
    """Every gazetteer name, as a memory-mapped trie.

    >>> from geomap.gazetteer import Gazetteer
    >>> matcher = NameMatcher.for_gazetteer(Gazetteer.open())
    >>> text = "Protests in New York City and Minsk"
    >>> [text[s:e] for s, e in matcher.spans(text)]
    ['New York City', 'Minsk']
    """

    def __init__(self, trie: marisa_trie.Trie, extra: marisa_trie.Trie | None = None):
        self.trie = trie
        self.extra = extra  # user-added names (corrections), searched beside the gazetteer's

    def with_extra(self, extra: marisa_trie.Trie) -> NameMatcher:
        """The same matcher, also finding the names in ``extra``."""
        return NameMatcher(self.trie, extra)

    @classmethod
    def for_gazetteer(cls, gazetteer: Gazetteer) -> NameMatcher:
        """Load the trie cached beside the database, building it first when missing or stale."""
        cache = trie_cache_path(gazetteer)
        try:
            fresh = cache.is_file() and cache.stat().st_mtime_ns >= gazetteer.path.stat().st_mtime_ns
        except OSError:
            fresh = False
        trie = marisa_trie.Trie()
        if fresh:
            trie.mmap(str(cache))
            return cls(trie)
        trie = cls.build_trie(gazetteer)
        try:
            tmp = cache.with_name(f".{cache.name}.{os.getpid()}.tmp")
            trie.save(str(tmp))
            os.replace(tmp, cache)
            for old in cache.parent.glob(f"{gazetteer.path.name}.names*.marisa"):
                if old != cache:
                    old.unlink(missing_ok=True)  # a trie of an older key format
        except OSError:
            pass  # a read-only database folder: keep the trie in memory for this run
        return cls(trie)

    @staticmethod
    def build_trie(gazetteer: Gazetteer) -> marisa_trie.Trie:
        keys = set()
        for (name,) in gazetteer.execute("SELECT DISTINCT name FROM names"):
            key = match_key(name).strip()
            # "Murang'a" is also written "Muranga": the lookup ignores apostrophes, so must the match
            for variant in {key, key.replace("'", "")}:
                if len(variant) >= 2 and not variant.isdigit() and len(variant) <= MAX_NAME_CHARS:
                    keys.add(variant)
        return marisa_trie.Trie(keys)

    def spans(self, text: str, start: int = 0, key: str | None = None) -> Iterator[tuple[int, int]]:
        """Leftmost-longest ``(start, end)`` spans of gazetteer names in ``text[start:]`` that begin
        with an upper-case letter or digit and end on a word boundary."""
        key = match_key(text) if key is None else key
        position = start
        tries = self._tries()
        for i in _name_starts(text, start):
            if i < position:
                continue
            best = 0
            window = key[i:i + MAX_NAME_CHARS]
            for trie in tries:
                for found in reversed(trie.prefixes(window)):  # longest first
                    if len(found) <= best:
                        break
                    if _is_boundary(key, i + len(found)):
                        best = len(found)
                        break
            if best:
                yield i, i + best
                position = i + best

    def _tries(self) -> list[marisa_trie.Trie]:
        return [self.trie] if self.extra is None else [self.trie, self.extra]

    def shorter(self, key: str, start: int, end: int) -> int | None:
        """The end of the next shorter name at ``start`` than ``key[start:end]`` that ends on a
        word boundary ("Mandera" inside "Mandera county"), or None."""
        window = key[start:end - 1]
        ends = set()
        for trie in self._tries():
            ends.update(start + len(found) for found in trie.prefixes(window))
        for candidate in sorted(ends, reverse=True):
            if _is_boundary(key, candidate):
                return candidate
        return None

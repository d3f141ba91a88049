"""Places the gazetteer lacks, known by the word written after them: "Torkula village", "the
Gondra district", "Tohoku region".

Villages, city districts and regions too small or too new for GeoNames are named in the news
every day, and the word after the name says what they are. Such a name is a mention of its own
(unplaced, or placed at the parent the text writes beside it: see :mod:`geomap.resolve`), so a
reader sees that the text names a place there even when no point can be drawn.

Only rare words count as such names, so that "the School district", "a Kurdish village" and
"Six villages" stay words, and so do the faiths and peoples that describe a place ("a mainly
Shiite area", "the Druze village of Majdal Shams"); a name the gazetteer holds is left to the rules of
:mod:`geomap.mentions`, which know it.
"""

from __future__ import annotations

import re

from .wordlists import COMMUNITY_ADJECTIVES, word_frequency

# The kind word, in small letters (capitalised, "Mandera County" is the name itself and the
# gazetteer's business). Plurals are left out: "Shiite villages", "Six villages" name no one place.
_KIND_WORDS = (
    "village", "town", "township", "district", "sub-county", "subcounty", "county", "upazila",
    "municipality", "governorate", "province", "prefecture", "region", "neighbourhood", "neighborhood",
    "suburb", "locality", "area",
)
_KIND = re.compile(rf" (?:{'|'.join(_KIND_WORDS)})(?![\w-])")
# The name right before a kind word: looked for only where a kind word stands, as most text has none
_NAME_BEFORE = re.compile(
    r"(?<![\w'’.-])((?:[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)(?: [A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?){0,2})\Z")
#: The longest name looked for before a kind word, in characters.
_NAME_WINDOW = 80
# Words that start a name without making it common: "El Biar", "Sidi Moussa", "New Kabete", "Abu Rasin".
_PARTICLES = frozenset({
    "El", "Al", "Ban", "Bin", "Sidi", "San", "Santa", "Saint", "New", "Old", "Upper", "Lower", "North", "South",
    "East", "West", "Central", "Greater",
    # Arabic heads of place names: father, mother, spring, hill, village, monastery, house, well, cape
    "Abu", "Umm", "Ain", "Ein", "Tal", "Tel", "Tell", "Kafr", "Kfar", "Deir", "Beit", "Bir", "Ras", "Sheikh",
})
#: A word more frequent than this in English is a word, not the name of a place no gazetteer holds.
RARE_WORD_ZIPF = 3.0
# "a Maasai village", "an Alawite town": after "a", the word before the kind word describes it
_INDEFINITE_BEFORE = re.compile(r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:\w+ly\s+)?\Z")
# "the Obama town hall": no town
_NOT_THE_NAME_AFTER = re.compile(r"\s+(?:hall|halls|meeting|meetings)\b")


# ... or the kind word before, with "of": "the village of Kfraya", "the villages of Foua and
# Kfraya", "the town of Abu Rasin" (plural: a list of names follows)
_KIND_OF_WORDS = tuple(w + plural for w in ("village", "town", "hamlet", "township", "municipality", "suburb",
                                              "commune", "settlement") for plural in ("", "s")) + ("locality", "localities")
_NAME_AFTER = re.compile(r"[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?(?: [A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?){0,2}(?![\w'’-])")
_LIST_JOIN = re.compile(r",\s+(?:and\s+)?|\s+and\s+")
#: The most names read in one list after a plural kind word.
_MOST_LISTED = 6


def _rare_name(words: list[str]) -> bool:
    """Whether a name's words are rare ones (a particle may head it): not "School", "Kurdish"."""
    return all((word_frequency(w) < RARE_WORD_ZIPF and w.lower() not in COMMUNITY_ADJECTIVES)
               or (i < len(words) - 1 and w in _PARTICLES) for i, w in enumerate(words))


def settlement_spans(text: str, start: int = 0) -> list[tuple[int, int]]:
    """The ``(start, end)`` of every name in ``text[start:]`` that a small-letter kind word
    follows, or follows with "of", and that is made of rare words only, in order (the kind
    word is not part of it).

    >>> text = "Gunmen attacked Torkula village; a Maasai village and the School district were calm."
    >>> [text[s:e] for s, e in settlement_spans(text)]
    ['Torkula']
    >>> text = "They shelled the villages of Foua and Kfraya and the town of Abu Rasin."
    >>> [text[s:e] for s, e in settlement_spans(text)]
    ['Foua', 'Kfraya', 'Abu Rasin']
    """
    spans = []
    of = text.find(" of ", start)
    while of != -1:  # str.find, not a pattern tried at every position: most text has many "of"s, few kinds
        before = text[max(start, of - 14):of]
        kind = next((w for w in _KIND_OF_WORDS if before.endswith(w)), None) if before.endswith(_KIND_OF_WORDS) else None
        if kind is not None and not before[-len(kind) - 1:-len(kind)].isalpha():
            pos = of + 4
            for _ in range(_MOST_LISTED):
                m = _NAME_AFTER.match(text, pos)
                if m is None or not _rare_name(m.group().split(" ")):
                    break
                spans.append(m.span())
                joined = _LIST_JOIN.match(text, m.end())
                if joined is None or not kind.endswith("s"):  # a plural kind word heads a list
                    break
                pos = joined.end()
        of = text.find(" of ", of + 1)
    for kind in _KIND.finditer(text, start):
        last_word = text[text.rfind(" ", max(start, kind.start() - _NAME_WINDOW), kind.start()) + 1:kind.start()]
        if not next((ch for ch in last_word if ch.isalnum()), "").isupper():
            continue  # "a small town", "the school district": no capitalised word before it
        m = _NAME_BEFORE.search(text, max(start, kind.start() - _NAME_WINDOW), kind.start())
        if m is None:
            continue
        if not _rare_name(m.group(1).split(" ")):
            continue
        if _INDEFINITE_BEFORE.search(text, max(0, m.start() - 24), m.start()) or _NOT_THE_NAME_AFTER.match(text, m.end()):
            continue
        spans.append(m.span(1))
    return sorted(set(spans))

"""Country cues: words that tie an article to a country without naming a place.

"Awami League activists clashed in Durgapur village" names no country, yet the party places the
story in Bangladesh, and with it Durgapur (not its namesakes in India). The terms — parties,
security forces, armed groups, administrative words used in one country — are curated in
``gazetteer/country_cues.tsv``; the resolver counts them as weak country evidence, like a
demonym. They are never places and never become mentions.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache

from .gazetteer.curated import read_country_cues, read_cue_areas
from .types import Candidate, Place

#: The country evidence one distinct cue gives, shared between its countries (a named country
#: gives 2, a demonym 1).
CUE_WEIGHT = 1.0


def prefix_tree_pattern(terms: Iterable[str]) -> str:
    """A regex alternation of ``terms`` with shared prefixes factored out, trying longer terms
    before their prefixes, as an alternation sorted longest first does — but Python's regex
    engine then follows one branch per character instead of trying every term in turn.

    >>> prefix_tree_pattern(["ODM", "ODMs", "KDF"])
    '(?:KDF|ODM(?:s)?)'
    """
    tree: dict = {}
    for term in terms:
        node = tree
        for ch in term:
            node = node.setdefault(ch, {})
        node[""] = {}  # a term ends here

    def branches(node: dict) -> list[str]:
        return [re.escape(ch) + rest(child) for ch, child in sorted(node.items()) if ch]

    def rest(node: dict) -> str:
        after = branches(node)
        if not after:
            return ""
        if "" in node:  # a term ends here: its longer continuations first, then the term itself
            return "(?:" + "|".join(after) + ")?"
        return after[0] if len(after) == 1 else "(?:" + "|".join(after) + ")"

    top = branches(tree)
    return "(?:" + "|".join(top) + ")" if top else "(?!)"


@lru_cache(maxsize=1)
def _cue_index() -> tuple[re.Pattern, dict[str, tuple[str, ...]]]:
    codes = dict(read_country_cues())
    # a lower-case term also opens a sentence: "Boda boda operators blocked roads"
    codes.update({t[0].upper() + t[1:]: v for t, v in list(codes.items()) if t.islower()})
    first = "".join(sorted({re.escape(t[0]) for t in codes}))  # a cheap test before the alternation
    return re.compile(rf"(?=[{first}])(?<![\w-])({prefix_tree_pattern(codes)})s?(?![\w-])"), codes


@lru_cache(maxsize=8)
def cue_terms(text: str) -> tuple[tuple[int, int, str], ...]:
    """``(start, end, term)`` of every cue term in ``text`` (the recogniser and the resolver
    both ask, for the same text: it is scanned once).

    >>> cue_terms("Police hunted al Shabaab fighters.")
    ((14, 24, 'al Shabaab'),)
    """
    pattern, _ = _cue_index()
    return tuple((m.start(), m.end(), m.group(1)) for m in pattern.finditer(text))


def country_cues(text: str) -> Counter:
    """Country code -> evidence from the distinct cue terms in ``text``.

    >>> sorted(country_cues("Awami League and BNP activists clashed in an upazila.").items())
    [('BD', 3.0)]
    >>> sorted(country_cues("Boda boda riders blocked the road.").items())
    [('KE', 0.5), ('UG', 0.5)]
    >>> country_cues("Minsk said nothing.")
    Counter()
    """
    _, codes = _cue_index()
    votes: Counter = Counter()
    for term in {term for _, _, term in cue_terms(text)}:
        for cc in codes[term]:
            votes[cc] += CUE_WEIGHT / len(codes[term])
    return votes


def cue_areas(text: str) -> frozenset[str]:
    """The regions where the text's cue terms place their events (``area`` in
    ``gazetteer/country_cues.tsv``).

    >>> sorted(cue_areas("The OSCE SMM observed 12 explosions near Lozove."))
    ['Donbas']
    """
    areas = _areas_by_term()
    return frozenset(areas[term] for _, _, term in cue_terms(text) if term in areas)


@lru_cache(maxsize=1)
def _areas_by_term() -> dict[str, str]:
    areas = read_cue_areas()
    areas.update({t[0].upper() + t[1:]: v for t, v in list(areas.items()) if t.islower()})
    return areas


def cue_area_place(candidates_for: Callable[[str], Sequence[Candidate]], name: str) -> Place | None:
    """The gazetteer's region named ``name`` (a cue's area), or None."""
    return next((c.place for c in candidates_for(name) if c.place.kind == "region" and c.name_kind == "name"), None)

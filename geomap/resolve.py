"""Choose the place each mention means.

First version: a population-and-language prior (the gazetteer's ranking) plus document
coherence: a town counts only when it lies in a country the article names, and a name that means
nothing in those countries is left unresolved, with the reason. Wrong points are worse than
missing ones. Issue #3 grows this into the full resolver.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .gazetteer.store import Gazetteer
from .types import Mention, Place

_AREA_KINDS = ("country", "continent")


@dataclass(frozen=True, slots=True)
class Resolution:
    """A mention and the place chosen for it (``place`` is None when declined, with ``reason``)."""

    mention: Mention
    place: Place | None
    reason: str


def resolve(mentions: Sequence[Mention], gazetteer: Gazetteer) -> list[Resolution]:
    """Resolve every mention of one document."""
    tops = {m: gazetteer.candidates(m.surface, limit=25) for m in mentions if m.kind != "demonym"}
    countries = {
        cands[0].place.country_code for cands in tops.values() if cands and cands[0].place.kind == "country"
    }
    for m in mentions:
        if m.kind == "demonym":
            found = gazetteer.candidates(m.surface, limit=1, kinds=("demonym",))
            if found and found[0].place.kind == "country":
                countries.add(found[0].place.country_code)
    out = []
    for m in mentions:
        if m.kind == "demonym":
            found = gazetteer.candidates(m.surface, limit=1, kinds=("demonym",))
            out.append(Resolution(m, found[0].place if found else None, "demonym: context only"))
            continue
        cands = tops[m]
        top = cands[0].place if cands else None
        if top is not None and top.kind in _AREA_KINDS:
            out.append(Resolution(m, top, "named country or continent"))
            continue
        local = [c for c in cands if c.place.country_code in countries and c.place.lat is not None]
        if local:
            out.append(Resolution(m, local[0].place, "most prominent namesake in the article's countries"))
        else:
            out.append(Resolution(m, None, "no namesake in a country the article names"))
    return out

"""The article's focus: which countries and first-level regions its evidence points to.

Each distinct name votes once, by its readings' prior weights: a country named by name votes 2, a
demonym or a country cue (:mod:`geomap.cues`: "Awami League", "upazila") 1, a first-level region
1.5 for itself, a town for the countries its namesakes lie in. The areas of the text's North
American phone numbers (:mod:`geomap.phones`) and the countries the caller says the document is
about count too. The resolver (:mod:`geomap.resolve`) judges each mention by the *other* names'
evidence (leave-one-name-out), so that a name never supports itself.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Sequence
from operator import itemgetter
from typing import NamedTuple

from .cues import country_cues
from .phones import phone_regions
from .types import Candidate, CandidateSource, Mention

#: The country evidence a country the document is known to be about gives (``Geoparser(about=…)``,
#: ``--about``): as much as the text naming it (a named country votes 2, a demonym or cue 1).
ABOUT_VOTES = 2.0


#: The country and region evidence one distinct area of the text's phone numbers gives (a local
#: paper's "call 519-661-5670": Ontario): as much as a demonym, less than a named region (1.5).
PHONE_AREA_VOTES = 1.0


def _phone_region_votes(text: str, candidates_for: CandidateSource) -> Counter:
    """``(country code, admin1 or None)`` -> votes for the areas of the text's phone numbers
    (:mod:`geomap.phones`): the first-level region a state's or province's abbreviation or name
    stands for, or only the country (a Caribbean number)."""
    votes: Counter = Counter()
    for cc, region in sorted(phone_regions(text)):
        admin1 = next((c.place.admin1 for c in candidates_for(region) if c.place.kind == "admin1"
                       and c.place.country_code == cc and c.name_kind in ("name", "abbr")), None)
        votes[(cc, admin1)] += PHONE_AREA_VOTES
    return votes

class ArticleFocus:
    """The article's country and admin1 evidence, counted once per distinct name, so that a
    mention is judged by the *other* names in the article (leave-one-name-out)."""

    def __init__(self, mentions: Sequence[Mention], options: list[list[Candidate]], names: list[str],
                 cues: Counter, counties: dict[tuple, set[str]], region_cues: Counter | None = None):
        self.name_of = names
        self.counties = counties
        self._shares: dict[str, tuple[dict, dict]] = {}
        self._top: dict[str, tuple[str, float] | None] = {}
        self._elsewhere: dict[str, bool] = {}  # name -> placed_elsewhere (its shares depend on the name only)
        self.by_name: dict[str, tuple[Counter, Counter]] = {}
        regions = _town_region_weights(options, names)
        for m, cands, name in zip(mentions, options, names):
            if cands and name not in self.by_name:
                self.by_name[name] = _votes(m, cands, _voting_reading(cands, name, self.counties, regions))
        # Names that are places (not demonyms) voting mostly for each country.
        self.supporters: dict[str, set[str]] = defaultdict(set)
        # ... of which those that read as that country or one of its first-level regions
        # ("Parwan", "Samangan"): with the text's cues, one such is as good a witness as two towns.
        self.region_supporters: dict[str, set[str]] = defaultdict(set)
        for m, cands, name in zip(mentions, options, names):
            if m.kind != "demonym" and name in self.by_name:
                for cc, vote in self.by_name[name][0].items():
                    if vote >= 0.5:
                        self.supporters[cc].add(name)
                        if any(c.place.kind in ("country", "admin1") and c.place.country_code == cc for c in cands[:3]):
                            self.region_supporters[cc].add(name)
        # Countries the article names by name (not by demonym): "France" beside "Paris".
        self.named_countries = {
            cands[0].place.country_code for m, cands in zip(mentions, options)
            if cands and m.kind != "demonym" and cands[0].place.kind == "country"
        }
        # Parties, forces and local terms ("Awami League", "upazila"): weak evidence, no name.
        self.cues = cues
        self.countries: Counter = Counter(cues)
        self.region_cues: Counter = Counter({key: vote for key, vote in (region_cues or {}).items() if key[1]})
        self.admin1s: Counter = Counter(self.region_cues)
        for countries, admin1s in self.by_name.values():
            self.countries.update(countries)
            self.admin1s.update(admin1s)

    def top_country(self, name: str) -> tuple[str, float] | None:
        """The country with the largest share of the evidence besides ``name``'s own (the first
        of equals), and that share; None when there is no such evidence."""
        if name not in self._top:
            self._top[name] = max(self.shares(name)[0].items(), key=itemgetter(1), default=None)
        return self._top[name]

    def placed_elsewhere(self, name: str, country_share: dict) -> bool:
        """Whether names of places other than ``name`` (not only demonyms or cues: "South
        Sudanese raiders" in Lokichogio say nothing of where) point to the countries in
        ``country_share``."""
        held = self._elsewhere.get(name)
        if held is None:
            held = self._elsewhere[name] = any(self.supporters.get(cc, set()) - {name} for cc in country_share)
        return held

    def shares(self, name: str) -> tuple[dict, dict]:
        if name not in self._shares:
            self._shares[name] = self._compute_shares(name)
        return self._shares[name]

    def _compute_shares(self, name: str) -> tuple[dict, dict]:
        own_c, own_a = self.by_name.get(name, _NO_VOTES)
        countries = {k: v - own_c.get(k, 0.0) for k, v in self.countries.items()}
        admin1s = {k: v - own_a.get(k, 0.0) for k, v in self.admin1s.items()}
        total_c = sum(v for v in countries.values() if v > 1e-9) or 1.0
        total_a = sum(v for v in admin1s.values() if v > 1e-9) or 1.0
        return (
            {k: v / total_c for k, v in countries.items() if v > 1e-9},
            {k: v / total_a for k, v in admin1s.items() if v > 1e-9},
        )


_NO_VOTES: tuple[dict, dict] = ({}, {})


def _voting_reading(cands: Sequence[Candidate], name: str, counties: dict[tuple, set[str]],
                    regions: _RegionWeights | None = None) -> Candidate:
    """The reading a town or county votes for its region with: the first of its readings in a
    county where another name of the article has a reading ("Walker County" beside Huntsville,
    Texas); else its reading in the first-level region the other towns' readings agree on most
    (:func:`_agreed_region_reading`); else its first."""
    for c in cands[:10]:
        p = c.place
        if p.kind in ("city", "admin2") and p.admin2 and counties.get((p.country_code, p.admin1, p.admin2), set()) - {name}:
            return c
    return _agreed_region_reading(cands, name, regions) if regions is not None else cands[0]


#: The least support (in towns' worth) the other names must give a first-level region before a
#: town votes for it with a reading other than its first ...
AGREED_REGION_SUPPORT = 0.5
#: ... and the least agreement (that support times the reading's prior weight, its first
#: reading's being 1): Rochester, Illinois (3,000 people) beside Chicago is no reason to read
#: "Oregon" in the same article as Oregon, Illinois.
AGREED_REGION_AGREEMENT = 0.25


def _agreed_region_reading(cands: Sequence[Candidate], name: str, regions: _RegionWeights) -> Candidate:
    """The town's reading in the first-level region where its own readings and the other towns'
    agree best (its weight there times theirs), where that is not its first reading's region.

    "Springfield, 40 miles north of Dayton": Springfield's first reading is Illinois' capital
    and Dayton's is Ohio's city, so each name alone would lend the other its region — Dayton
    would become a village of 537 in Illinois. Both have a reading in Ohio, where the weights
    agree best, so both vote for Ohio."""
    own = regions.by_name.get(name)
    if not own:
        return cands[0]
    best, best_key = AGREED_REGION_AGREEMENT, None
    for key, weight in own.items():
        support = regions.total[key] - weight
        if support >= AGREED_REGION_SUPPORT and weight * support >= best:
            best, best_key = weight * support, key
    top = cands[0].place
    if best_key is None or best_key == (top.country_code, top.admin1):
        return cands[0]
    return next(c for c in cands[:10] if (c.place.country_code, c.place.admin1) == best_key
                and c.place.kind in ("city", "admin2") and c.name_kind != "alt")


class _RegionWeights(NamedTuple):
    by_name: dict[str, dict[tuple, float]]  # name -> (country, admin1) -> weight
    total: Counter  # (country, admin1) -> the weights of all names there


def _town_region_weights(options: Sequence[Sequence[Candidate]], names: list[str]) -> _RegionWeights:
    """Name -> (country, admin1) -> the prior weight (first reading = 1) of the name's best town
    or county reading there, for names whose first reading is a town or county by its own name;
    a first-level region's own name ("Vermont") weighs 1 for itself."""
    out: dict[str, dict[tuple, float]] = {}
    for cands, name in zip(options, names):
        if not cands or name in out or cands[0].name_kind == "alt":
            continue
        top = cands[0].place
        if top.kind == "admin1" and cands[0].name_kind == "name":
            out[name] = {(top.country_code, top.admin1): 1.0}
            continue
        if top.kind not in ("city", "admin2"):
            continue
        weights: dict[tuple, float] = {}
        for c in cands[:10]:
            p = c.place
            if p.kind in ("city", "admin2") and p.admin1 and c.name_kind != "alt":
                key = (p.country_code, p.admin1)
                weights[key] = max(weights.get(key, 0.0), math.exp(c.score - cands[0].score))
        out[name] = weights
    total: Counter = Counter()
    for weights in out.values():
        total.update(weights)
    return _RegionWeights(out, total)


def _votes(m: Mention, cands: list[Candidate], voting: Candidate | None = None) -> tuple[Counter, Counter]:
    countries: Counter = Counter()
    admin1s: Counter = Counter()
    top = cands[0].place
    if top.kind == "country":
        region = next((c.place for c in cands[:10] if c.place.kind == "admin1" and c.name_kind == "name"
                       and c.place.country_code != top.country_code), None)
        if region is None or m.kind == "demonym":
            countries[top.country_code] += 2.0 if m.kind != "demonym" else 1.0
        else:
            # "Georgia" is a country and a US state: half the vote each, the state's as a region's
            countries[top.country_code] += 1.0
            countries[region.country_code] += 0.5
            admin1s[(region.country_code, region.admin1)] += 0.75
    elif top.kind == "admin1":
        # A region votes for itself — or, where regions share a code ("WA": Washington and
        # Western Australia), for each of them by prior weight. (Not so a shared name: the
        # "Punjab" of an article is, far more often than the code, the famous one.)
        peers = [cands[0]] if cands[0].name_kind != "abbr" else [
            c for c in cands[:10] if c.place.kind == "admin1" and c.matched_name == cands[0].matched_name]
        weights = [math.exp(c.score - cands[0].score) for c in peers]
        total = sum(weights)
        for c, w in zip(peers, weights):
            countries[c.place.country_code] += w / total
            admin1s[(c.place.country_code, c.place.admin1)] += 1.5 * w / total
    elif top.country_code:
        # A town votes for the countries its namesakes lie in, by prior weight.
        weights: dict[str, float] = defaultdict(float)
        for c in cands[:10]:
            if c.place.country_code:
                weights[c.place.country_code] += math.exp(c.score - cands[0].score)
        total = sum(weights.values())
        for cc, w in weights.items():
            countries[cc] += w / total
        region = (voting or cands[0]).place
        if region.admin1:
            admin1s[(region.country_code, region.admin1)] += 0.5
    return countries, admin1s


def article_focus(mentions: Sequence[Mention], evidence: list[list[Candidate]], names: list[str], text: str,
                  candidates_for: CandidateSource, counties: dict[tuple, set[str]],
                  about: Sequence[str] = ()) -> ArticleFocus:
    """The focus of one article: its mentions' readings (``evidence``, one list per mention; the
    normalised ``names``), the country cues and phone numbers of its ``text``, the counties its
    names have readings in, and the countries it is known to be ``about``."""
    cues = country_cues(text)
    for cc in about:
        cues[cc] += ABOUT_VOTES
    region_cues = _phone_region_votes(text, candidates_for)
    for (cc, _), vote in region_cues.items():
        cues[cc] += vote
    return ArticleFocus(mentions, evidence, names, cues, counties, region_cues)

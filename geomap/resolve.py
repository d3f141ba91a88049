"""Choose the place each mention means, with a confidence and the reasons.

Each candidate's score adds up evidence, all in the same units as the gazetteer's prior
(:func:`geomap.gazetteer.prominence`, roughly log10 of population):

* prior — population, languages naming it, capital, the place's own name; countries win their
  exact names;
* document focus — the share of the article's country evidence (named countries, demonyms,
  unambiguous towns) that points at the candidate's country, and likewise for its first-level
  region;
* explicit parent — "Kirkwood, Missouri", "Troy, N.C.", "Wadajir (Banadir)", "X in Y": a candidate
  inside the named parent gains, others lose;
* proximity — near the places the article's other mentions resolve to ("Hrodna and Brest").

The confidence is the candidate's softmax share of all candidates' scores; below
``min_confidence`` the resolver abstains (``place=None``): a missing point beats a wrong one.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .gazetteer.names import normalize_name
from .gazetteer.store import COUNTRY_CLASS_BONUS, haversine_km
from .types import Candidate, Mention, Place, Resolution
from .wordlists import REGION_WORDS, TOWN_WORDS

# What may stand between a place and its parent: "Paris, Texas", "Yanfolila (Sikasso)",
# "Daulatpur upazila (Kushtia)", "Kirkwood in Missouri".
ADMIN_WORDS = r"(?:upazila|district|county|province|state|region|division|municipality|city|town|village|area|sub-?county|ward|lga|parish|governorate|prefecture|department|commune)"
_PARENT_GAP = re.compile(
    rf"\A(?:\s*,\s*|(?:\s+{ADMIN_WORDS})?\s*\(\s*|(?:\s+{ADMIN_WORDS})?\s*,\s*|\s+in\s+(?:the\s+)?|\s+near\s+|\s+outside\s+)\Z",
    re.I,
)


@dataclass(frozen=True)
class Weights:
    """Evidence weights (units of the prior: about log10 of population)."""

    country_focus: float = 6.0
    admin1_exact: float = 3.0
    admin1_focus: float = 8.0
    parent_match: float = 6.0
    parent_mismatch: float = -3.0
    proximity: float = 3.0
    proximity_km: float = 250.0
    kind_word: float = 6.0
    min_confidence: float = 0.2
    alternates: int = 3


CandidateSource = Callable[[str], Sequence[Candidate]]


def resolve(
    mentions: Sequence[Mention],
    text: str,
    candidates_for: CandidateSource,
    weights: Weights = Weights(),
) -> list[Resolution]:
    """Resolve all mentions of one document (in the order given)."""
    options: list[list[Candidate]] = []
    for m in mentions:
        cands = list(candidates_for(m.surface))
        if m.kind == "demonym":
            cands = [c for c in cands if c.name_kind == "demonym"]
        else:
            cands = [c for c in cands if c.name_kind != "demonym"]
        options.append(cands)
    names = [normalize_name(m.surface) for m in mentions]
    focus = _Focus(mentions, options, names)
    kind_words = [_kind_word(text, m.end) for m in mentions]
    parents = _parents(mentions, options, text)

    # The same name without a written parent scores the same wherever it stands: score it once.
    cache: dict[tuple, list] = {}

    def scored(i: int, anchors: list, explain: bool, stage: int) -> list:
        key = (names[i], mentions[i].kind == "demonym", kind_words[i], stage) if i not in parents else None
        if key is None or key not in cache:
            ranked = _score(i, options, focus, parents, anchors, weights, kind_words[i], explain)
            if key is None:
                return ranked
            cache[key] = ranked
        return cache[key]

    # First pass: focus and parents; second pass adds proximity to the first pass's picks.
    first = [scored(i, [], False, 1) for i in range(len(mentions))]
    shares: dict[int, float] = {}  # one softmax per cached ranking (names repeat); `first` keeps them alive

    def top_share(ranked: list) -> float:
        key = id(ranked)
        if key not in shares:
            shares[key] = _softmax_top(ranked)
        return shares[key]

    anchors = {
        i: ranked[0][0]
        for i, ranked in enumerate(first)
        if ranked and ranked[0][0].kind == "city" and top_share(ranked) >= 0.5
    }
    results = []
    for i, m in enumerate(mentions):
        # A name repeated is one piece of evidence: it never supports itself.
        others = [p for j, p in anchors.items() if names[j] != names[i]]
        ranked = scored(i, others, True, 2)
        if not ranked:
            results.append(Resolution(m, None, 0.0, (), ("no gazetteer entry for this name",)))
            continue
        confidence = _softmax_top(ranked)
        best, _, reasons = ranked[0]
        alternates = tuple(p for p, _, _ in ranked[1:1 + weights.alternates])
        if confidence < weights.min_confidence:
            results.append(Resolution(
                m, None, round(confidence, 3), (best, *alternates),
                (f"abstained: best guess {best.name} ({best.country_code}) has confidence {confidence:.2f}",),
            ))
            continue
        results.append(Resolution(m, best, round(confidence, 3), alternates, tuple(reasons)))
    return results


class _Focus:
    """The article's country and admin1 evidence, counted once per distinct name, so that a
    mention is judged by the *other* names in the article (leave-one-name-out)."""

    def __init__(self, mentions: Sequence[Mention], options: list[list[Candidate]], names: list[str]):
        self.name_of = names
        self._shares: dict[str, tuple[dict, dict]] = {}
        self.by_name: dict[str, tuple[Counter, Counter]] = {}
        for m, cands, name in zip(mentions, options, names):
            if cands and name not in self.by_name:
                self.by_name[name] = _votes(m, cands)
        self.countries: Counter = Counter()
        self.admin1s: Counter = Counter()
        for countries, admin1s in self.by_name.values():
            self.countries.update(countries)
            self.admin1s.update(admin1s)

    def shares(self, name: str) -> tuple[dict, dict]:
        if name not in self._shares:
            self._shares[name] = self._compute_shares(name)
        return self._shares[name]

    def _compute_shares(self, name: str) -> tuple[dict, dict]:
        own_c, own_a = self.by_name.get(name, (Counter(), Counter()))
        countries = {k: v - own_c.get(k, 0.0) for k, v in self.countries.items()}
        admin1s = {k: v - own_a.get(k, 0.0) for k, v in self.admin1s.items()}
        total_c = sum(v for v in countries.values() if v > 1e-9) or 1.0
        total_a = sum(v for v in admin1s.values() if v > 1e-9) or 1.0
        return (
            {k: v / total_c for k, v in countries.items() if v > 1e-9},
            {k: v / total_a for k, v in admin1s.items() if v > 1e-9},
        )


def _votes(m: Mention, cands: list[Candidate]) -> tuple[Counter, Counter]:
    countries: Counter = Counter()
    admin1s: Counter = Counter()
    top = cands[0].place
    if top.kind == "country":
        countries[top.country_code] += 2.0 if m.kind != "demonym" else 1.0
    elif top.kind == "admin1":
        countries[top.country_code] += 1.0
        admin1s[(top.country_code, top.admin1)] += 1.5
    elif top.country_code:
        # A town votes for the countries its namesakes lie in, by prior weight.
        weights: dict[str, float] = defaultdict(float)
        for c in cands[:10]:
            if c.place.country_code:
                weights[c.place.country_code] += math.exp(c.score - cands[0].score)
        total = sum(weights.values())
        for cc, w in weights.items():
            countries[cc] += w / total
        if top.admin1:
            admin1s[(top.country_code, top.admin1)] += 0.5
    return countries, admin1s


def _kind_word(text: str, end: int) -> str | None:
    """``"town"`` or ``"region"`` when the word after a name says which is meant."""
    match = re.match(r"[ ]+([A-Za-z-]+)", text[end:end + 20])
    if not match:
        return None
    word = match.group(1).lower()
    if word in TOWN_WORDS:
        return "town"
    if word in REGION_WORDS:
        return "region"
    return None


def _parents(mentions: Sequence[Mention], options: list[list[Candidate]], text: str) -> dict[int, list[Place]]:
    """Mention index -> the regions or countries written right after it as its parent."""
    parents: dict[int, list[Place]] = {}
    for i in range(len(mentions) - 1):
        gap = text[mentions[i].end:mentions[i + 1].start]
        if len(gap) > 24 or not _PARENT_GAP.match(gap):
            continue
        areas = [c.place for c in options[i + 1] if c.place.kind in ("country", "admin1", "admin2")]
        if areas:
            parents[i] = areas[:5]
    return parents


def _inside(place: Place, parent: Place) -> bool:
    if place.country_code != parent.country_code or place.id == parent.id:
        return False
    if parent.kind == "country":
        return True
    if parent.kind == "admin1":
        return place.admin1 == parent.admin1
    return place.admin2 == parent.admin2


def _score(i, options, focus: _Focus, parents, anchors, w: Weights, wants: str | None, explain: bool = False):
    """Candidates of mention ``i`` as ``(place, score, reasons)``, best first. Reasons are
    written only when ``explain`` (for the pick), since most candidates are never shown."""
    ranked = []
    parent_list = parents.get(i, [])
    shared_with_region = any(
        c.place.kind == "admin1" and c.name_kind == "name" for c in options[i]
    ) and any(c.place.kind == "country" and c.name_kind == "name" for c in options[i])
    country_share, admin1_share = focus.shares(focus.name_of[i])
    for cand in options[i]:
        place = cand.place
        if place.lat is None:
            continue
        score = cand.score
        reasons = [f"prior {cand.score:.1f}"] if explain else None
        share = country_share.get(place.country_code, 0.0)
        if place.kind == "country":
            if shared_with_region:
                # "Georgia" is a country and a US state: the article's focus decides, not the class.
                score += w.admin1_exact - COUNTRY_CLASS_BONUS + w.country_focus * share
        elif share:
            score += w.country_focus * share
            if explain:
                reasons.append(f"article focus on {place.country_code} ({share:.0%})")
        if place.kind == "admin1" and cand.name_kind == "name" and not _named_after_a_town(place, options[i]):
            score += w.admin1_exact  # "Minnesota" is the state, not Minneota
            if explain:
                reasons.append("exact name of a first-level region")
        elif place.kind in ("city", "admin2"):
            a_share = admin1_share.get((place.country_code, place.admin1), 0.0)
            if a_share:
                score += w.admin1_focus * a_share
                if explain:
                    reasons.append(f"article focus on {place.admin1}")
        if wants == "town" and place.kind == "city" or wants == "region" and place.kind in ("admin1", "admin2"):
            score += w.kind_word  # "Mandera Town" is the town, "Garissa County" the county
            if explain:
                reasons.append(f"named as a {wants}")
        if parent_list:
            if any(_inside(place, p) for p in parent_list):
                score += w.parent_match
                if explain:
                    reasons.append(f"inside the named parent {parent_list[0].name}")
            else:
                score += w.parent_mismatch
        if anchors and place.kind == "city":
            near = _nearest_km(place, anchors, w.proximity_km)
            if near <= w.proximity_km:
                score += w.proximity
                if explain:
                    reasons.append(f"{near:.0f} km from another place in the article")
        ranked.append((place, score, reasons))
    ranked.sort(key=lambda r: (-r[1], r[0].id))
    return ranked


def _named_after_a_town(region: Place, candidates: Sequence[Candidate]) -> bool:
    """Whether a town inside ``region`` bears its name as its own ("Mandera" County and town):
    then the bare name means the town, as the gazetteer ranks it."""
    return any(
        c.place.kind == "city" and c.name_kind == "name" and c.place.country_code == region.country_code
        and c.place.admin1 == region.admin1
        for c in candidates
    )


def _nearest_km(place: Place, anchors: Sequence[Place], within_km: float) -> float:
    """Distance to the nearest anchor, or infinity when none lies within ``within_km``
    (a cheap latitude/longitude box test first: most candidates are far from everything)."""
    box = within_km / 111.0
    best = math.inf
    for a in anchors:
        if abs(a.lat - place.lat) > box:
            continue
        if abs(a.lon - place.lon) * math.cos(math.radians(place.lat)) > box and abs(a.lon - place.lon) < 180:
            continue
        best = min(best, haversine_km(place.lat, place.lon, a.lat, a.lon))
    return best


def _softmax_top(ranked) -> float:
    top = ranked[0][1]
    total = sum(math.exp(score - top) for _, score, _ in ranked)
    return 1.0 / total

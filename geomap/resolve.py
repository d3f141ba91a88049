"""Choose the place each mention means, with a confidence and the reasons.

Each candidate's score adds up evidence, all in the same units as the gazetteer's prior
(:func:`geomap.gazetteer.prominence`, roughly log10 of population):

* prior — population, languages naming it, capital, the place's own name; countries win their
  exact names;
* document focus — the share of the article's country evidence (:mod:`geomap.focus`: named
  countries, demonyms, unambiguous towns, country cues such as "Awami League" or "upazila", the
  areas of its phone numbers) that points at the candidate's country, and likewise for its
  first-level region;
* explicit parent — "Kirkwood, Missouri", "Troy, N.C.", "Wadajir (Banadir)", "X in Y": a candidate
  inside the named parent gains, others lose;
* proximity — near the places the article's other mentions resolve to ("Hrodna and Brest"), and
  in a county where another name has a reading ("Lancaster" and "Grant County": Wisconsin).

The confidence is the candidate's softmax share of all candidates' scores; below
``min_confidence`` the resolver abstains (``place=None``): a missing point beats a wrong one.
It also abstains on a part of a town ("Colonia Miramar", "City Island in Daytona Beach") whose
only readings lie far from the towns the article places. Last, :mod:`geomap.article_checks` reads
the picks side by side (sites and streets placed at their towns, namesakes far from the article's
sure places abstained on).
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from .article_checks import (
    NAMESAKE_TOWN_POPULATION,
    NEIGHBOURHOOD_KM,
    UNSURE_PICK_CONFIDENCE,
    VILLAGE_POPULATION,
    check_picks,
    far_from_the_towns_before,
    part_of_any_town,
)
from .corrections import USER_PLACE_SCORE
from .cues import cue_area_place, cue_areas
from .focus import ArticleFocus, article_focus
from .gazetteer.names import normalize_name
from .gazetteer.store import COUNTRY_CLASS_BONUS, haversine_km
from .landmarks import names_a_dedication
from .parents import (
    bracketed_after_a_town,
    county_word_dropped,
    embassy_hosts,
    kind_word,
    listed_with_regions,
    names_a_neighbourhood,
    parent_roles,
    said_to_be_towns,
    written_parents,
)
from .streets import is_street_name
from .types import LOCAL_UNIT_CODES, Candidate, CandidateSource, Mention, Place, Resolution
from .wordlists import FACILITY_WORDS, GENERIC_DISTRICT_NAMES, GENERIC_REGION_WORDS, ORGANISATION_WORDS, SITE_WORDS


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
    # The proximity bonus is whole up to this distance and falls linearly to half of it at
    # proximity_km: a town 20 km from another pick is better evidence than one 240 km away.
    proximity_full_km: float = 100.0
    kind_word: float = 6.0
    min_confidence: float = 0.2
    # The score of "a place the gazetteer does not hold", counted in every softmax: a lone
    # candidate with nothing for it but a tiny prior (a hamlet abroad, an old alternate name)
    # then falls below min_confidence instead of becoming a confident wrong point.
    unknown_place: float | None = 4.0
    # Added to a town known by an alternate name only, when the article's other places point to
    # other countries than its own.
    alternate_name_abroad: float = -3.0
    # Added to a town or county named by an alternate name that is, spelled the same, a bigger
    # town's own name.
    own_name_of_a_bigger_place: float = -3.0
    # Added to a region or country that the text says is a town, village or community ("Washington
    # is a town in Rappahannock County": not the state).
    region_said_a_town: float = -6.0
    # Added to a region named by a word every country uses ("West", "Central") outside the
    # article's countries.
    generic_region_abroad: float = -10.0
    # Added to a place in the country whose embassy or consulate the text says stands there.
    embassy_abroad: float = -20.0
    alternates: int = 3


#: How many times more names in other languages a town needs than a first-level region of the
#: same name for the bare name to mean the town.
FAMOUS_TOWN_NAMES = 10
#: ... and holds at least this share of the region's people: Gaza City (410,000) beside Gaza
#: Province (1.2 million), not Montana, Bulgaria (47,000) beside the state of Montana (690,000).
FAMOUS_TOWN_SHARE = 0.2

#: The share of the article's country evidence a country needs for a word every country names its
#: regions by ("West", "Central") to mean one of its regions.
GENERIC_REGION_SHARE = 0.2

#: The share of the article's country evidence above which an unknown place is taken to lie there.
FOCUS_FOR_UNKNOWN = 0.6


def resolve(
    mentions: Sequence[Mention],
    text: str,
    candidates_for: CandidateSource,
    weights: Weights = Weights(),
    *,
    about: Sequence[str] = (),
) -> list[Resolution]:
    """Resolve all mentions of one document (in the order given). ``about``: countries the
    document is known to be about, each counted as if the text named it."""
    names = [normalize_name(m.surface) for m in mentions]
    options: list[list[Candidate]] = []
    for m, name in zip(mentions, names):
        cands = candidates_for(m.surface)
        if m.kind == "demonym":
            cands = [c for c in cands if c.name_kind == "demonym"]
        else:
            cands = [c for c in cands if c.name_kind != "demonym"]
        if name in GENERIC_DISTRICT_NAMES or not any(ch.isalpha() for ch in m.surface) or _a_family(text, m, cands):
            # "the North Side": a part of the article's town, not Oildale, California; a house
            # number given as a span ("Sidiras Merarhias 23"), though GeoNames lists numbers among
            # some places' alternate names; "signed by the Boons": a family, not an old name of
            # Severna Park, Maryland — unless the user's corrections file places it
            cands = [c for c in cands if c.score >= USER_PLACE_SCORE]
        elif _a_river(text, m):
            # "the Red River will crest" in Fargo: the river, not Red River County, Texas, nor
            # Peace River the town (the gazetteer holds only the rivers news names most); a
            # sizeable town of that name is still read so ("the Athi River campus")
            cands = [c for c in cands if c.place.feature_code.startswith("STM") or c.score >= USER_PLACE_SCORE
                     or (c.place.kind == "city" and c.place.population >= RIVER_TOWN_POPULATION)]
        options.append(cands)
    _generic_words_as_regions(mentions, names, options, text)
    parents = written_parents(mentions, options, text)
    evidence = _readings_as_evidence(options, names, parents)
    counties = _county_readings(evidence, names)
    focus = article_focus(mentions, evidence, names, text, candidates_for, counties, about)
    kind_words = [kind_word(text, m.end, m.start) or (_OF_AN_UNKNOWN_PLACE if _after_an_unknown_place(text, mentions, i) else None)
                  for i, m in enumerate(mentions)]
    context = _Context(options, focus, parents, weights, kind_words, listed_with_regions(mentions, options, text),
                       embassy_hosts(mentions, options, text), said_to_be_towns(mentions, parents, text))

    # First pass: focus and parents. The same name without a written parent scores the same
    # wherever it stands, so each such name is scored once.
    keys = [
        (names[i], m.kind == "demonym", kind_words[i]) if i not in parents and i not in context.parent_role else None
        for i, m in enumerate(mentions)
    ]
    cache: dict[tuple, list] = {}
    first = []
    for i in range(len(mentions)):
        key = keys[i]
        ranked = cache.get(key) if key is not None else None
        if ranked is None:
            ranked = context.ranked(i)
            if key is not None:
                cache[key] = ranked
        first.append(ranked)
    _one_sense_per_article(first, keys, names, parents, weights, mentions, text)

    # Second pass: proximity to the first pass's confident town picks ("Hrodna and Brest").
    # A name repeated is one piece of evidence: it never supports itself.
    anchors = _AnchorGrid(weights.proximity_km)
    areas = [a for a in (cue_area_place(candidates_for, name) for name in sorted(cue_areas(text)))
             if a is not None and a.lat is not None]
    for area in areas:
        anchors.add(area, _CUE_AREA_ANCHOR)  # "the OSCE SMM observed … near Vesele": the Donbas's Vesele
    for i, ranked in enumerate(first):
        if ranked and ranked[0][0].kind == "city" and _softmax_top(ranked, context.unknown(i)) >= 0.5:
            anchors.add(ranked[0][0], names[i])
    second_cache: dict[tuple, list] = {}
    nearest: dict[tuple[int, str], float] = {}
    said: dict[tuple, tuple[str, ...]] = {}
    results = []
    for i, m in enumerate(mentions):
        key = keys[i]
        ranked = second_cache.get(key) if key is not None else None
        if ranked is None:
            ranked = first[i]
            if anchors:
                ranked = context.with_proximity(ranked, anchors, names[i])
            if key is not None:
                second_cache[key] = ranked
        if not ranked:
            why = ("a street, square or park: the gazetteer holds none, and the text names no town it lies in"
                   if is_street_name(m.surface) else
                   "a river the gazetteer does not hold" if _a_river(text, m) else
                   "a part every town has: the text names no town it lies in" if part_of_any_town(m.surface) else
                   "no gazetteer entry for this name")
            results.append(Resolution(m, None, 0.0, (), (why,)))
            continue
        unknown = context.unknown(i)
        confidence = _softmax_top(ranked, unknown)
        best, best_score, best_candidate = ranked[0]
        alternates = tuple(entry[0] for entry in ranked[1:1 + weights.alternates])
        # an unsure small town outside the region the text writes it with is a namesake, not it (a
        # big one is more likely the place, and the written region the writer's slip: "Bhagalpur,
        # Madhya Pradesh" is Bhagalpur, Bihar)
        # — and so is a village, however sure, outside the first-level region of its own country
        # the text writes it with ("near Bohdanivka, Donetsk": not Bohdanivka, Dnipropetrovsk oblast, one
        # of many villages of the name)
        outside = (best.kind in ("city", "admin2") and i in parents
                   and (confidence < UNSURE_PICK_CONFIDENCE and best.population < NAMESAKE_TOWN_POPULATION
                        or best.population < VILLAGE_POPULATION and any(
                            p.kind == "admin1" and p.country_code == best.country_code for p in parents[i])
                        # ("a city in Washington Township, Pike County, Indiana": no state)
                        and _TOWNSHIP_AFTER.match(text, mentions[i + 1].end) is None)
                   and not any(best.id == p.id or best.lies_in(p) for p in parents[i]))
        # ... and so is any pick outside the written region that holds a reading of the name the
        # gazetteer has no point for ("Baharak district, Takhar": Takhar's Baharak, not
        # Badakhshan's, 136 km away)
        outside = outside or (best.kind in ("city", "admin2") and i in parents and not any(
            best.id == p.id or best.lies_in(p) for p in parents[i]) and any(
            c.place.lat is None and c.name_kind == "name" and any(c.place.lies_in(p) for p in parents[i])
            for c in context.options[i]))
        # "Jackson Township": a civil township the gazetteer lacks, in the article's own region;
        # a town of the name in a region nothing else in the article points to is not it
        township_elsewhere = (best.kind == "city" and _TOWNSHIP_AFTER.match(text, m.end) is not None
                              and i not in parents and not focus.shares(names[i])[1].get((best.country_code, best.admin1)))
        dedication = best.kind == "city" and names_a_dedication(text, m)
        if confidence < weights.min_confidence or outside or township_elsewhere or dedication:
            why = f"best guess {best.name} ({best.country_code}) has confidence {confidence:.2f}"
            if outside:
                why += f", outside {parents[i][0].name}, which the text writes it with"
            if dedication:
                why += ", and this is the saint a church, school or hospital is dedicated to, not a town"
            if township_elsewhere:
                why += f", a town, and this is a township in a region the article does not name ({best.admin1})"
            if unknown is not None and unknown > best_score:
                why += "; more likely a place the gazetteer does not hold"
            results.append(Resolution(m, None, round(confidence, 3), (best, *alternates), (f"abstained: {why}",)))
            continue
        near_km = math.inf
        if anchors:
            near_km = nearest.get((best.id, names[i]), -1.0)
            if near_km < 0:
                near_km = nearest[(best.id, names[i])] = anchors.nearest_km(best, names[i])
        if (anchors and near_km > NEIGHBOURHOOD_KM and (
                names_a_neighbourhood(text, m) or (bracketed_after_a_town(text, m, results) and (
                    best.kind == "city" or not results[-1].place.lies_in(best))))
                or (not anchors and names_a_neighbourhood(text, m) and far_from_the_towns_before(best, results))):
            # "in Zapopan, … neighbors of Colonia Miramar", "in Panama City (Bella Vista)": a part
            # of a town the article names, so a namesake hundreds of kilometres away is not it
            why = f"a neighbourhood, and {best.name} ({best.country_code}) lies far from the article's towns"
            results.append(Resolution(m, None, round(confidence, 3), (best, *alternates), (f"abstained: {why}",)))
            continue
        # the reasons of a name without a written parent depend on the name, its spelling, the
        # pick and how near that lies to the article's other places: the same for each repeat
        reasons_key = (key, m.surface, best.id, near_km) if key is not None else None
        reasons = said.get(reasons_key) if reasons_key is not None else None
        if reasons is None:
            reasons = tuple(context.reasons(i, best_candidate, near_km))
            if reasons_key is not None:
                said[reasons_key] = reasons
        results.append(Resolution(m, best, round(confidence, 3), alternates, reasons))
    return check_picks(results, text, names, options, parents, areas, frozenset(focus.cues))


#: The name the region a cue term places its events in (``gazetteer/country_cues.tsv``) anchors
#: proximity under: no mention's name.
_CUE_AREA_ANCHOR = "\x00cue area"

#: The kind a name is written as after a place the gazetteer lacks and a comma: its region.
_OF_AN_UNKNOWN_PLACE = "region of an unknown place"
# A capitalised name after a small word ("in Huanuquillo, ", "village of Kipulu, "), then a comma.
_NAME_AND_COMMA_BEFORE = re.compile(r"\b(?:in|at|of|near|from|to)\s+[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){0,2},\s\Z")


def _after_an_unknown_place(text: str, mentions: Sequence[Mention], i: int) -> bool:
    """Whether mention ``i`` follows a name the recogniser did not take for a place, and a comma."""
    start = mentions[i].start
    before = _NAME_AND_COMMA_BEFORE.search(text, max(0, start - 60), start)
    if not before:
        return False
    last_word = before.group().rstrip(", ").rsplit(None, 1)[-1].lower()
    if last_word in SITE_WORDS or last_word in ORGANISATION_WORDS or last_word in FACILITY_WORDS:
        return False  # "at Jagannath University, Dhaka": the town of a site, not a region
    return i == 0 or mentions[i - 1].end != start - 2




_NAMESAKE_BEFORE = re.compile(r"\b(?:named|renamed)\s+(?:after|for)\s+(?:the\s+)?(?:city\s+of\s+|town\s+of\s+)?$", re.I)


def _one_sense_per_article(first: list[list], keys: list, names: list[str], parents: dict[int, list[Place]],
                           weights: Weights, mentions: Sequence[Mention], text: str) -> None:
    """A name written once with its parent ("Lancaster is a city in Grant County, Wisconsin",
    "Paris, Texas") means the same place where the article repeats it bare: that reading gains
    the parent bonus there too. Only that much: an article may name a namesake elsewhere ("named
    after Greenfield, New Hampshire")."""
    sense: dict[str, int] = {}
    for i, areas in parents.items():
        ranked = first[i]
        if _NAMESAKE_BEFORE.search(text, max(0, mentions[i].start - 30), mentions[i].start):
            continue  # "named after Greenfield, New Hampshire": another place of that name
        if ranked and any(ranked[0][0].lies_in(a) for a in areas):
            sense.setdefault(names[i], ranked[0][0].id)
    if not sense:
        return
    done: dict[tuple, list] = {}
    for j, key in enumerate(keys):
        place_id = sense.get(names[j])
        if key is None or key[2] is not None or place_id is None or not first[j]:
            continue  # "Gopalganj city" says which it is itself
        if key not in done:
            boosted = [(p, s + weights.parent_match if p.id == place_id else s, c) for p, s, c in first[j]]
            boosted.sort(key=_rank_key)
            done[key] = boosted
        first[j] = done[key]




#: A town this populous named like a river is what "the X River" may mean ("the Athi River
#: campus"); a smaller one is a namesake of the river.
RIVER_TOWN_POPULATION = 50_000

_TOWNSHIP_AFTER = re.compile(r"\s+(?:Township|Twp\.?)(?![\w-])")

_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)


def _a_river(text: str, m: Mention) -> bool:
    """Whether the mention is written as a river: "the Red River", "the Peace River" (a town or
    county of that name is written without the article)."""
    return m.surface.endswith(" River") and bool(_THE_BEFORE.search(text, max(0, m.start - 6), m.start))


def _a_family(text: str, m: Mention, cands: Sequence[Candidate]) -> bool:
    """Whether the mention is a family written in the plural ("the Boons", "the Kennedys"): one
    capitalised word ending in s after "the", which is no place's own name, only a town's
    alternate one, of a town smaller than a city ("the Netherlands", "the Bahamas" are their own
    names; "the Patras festival" is Patras's)."""
    surface = m.surface
    return (surface.endswith("s") and surface[:1].isupper() and surface.isalpha() and not surface.isupper()
            and bool(cands) and all(c.name_kind == "alt" and c.place.kind == "city"
                                    and c.place.population < BIG_TOWN_POPULATION for c in cands)
            and bool(_THE_BEFORE.search(text, max(0, m.start - 6), m.start)))


#: Words that, written alone after "the", name a part of the world or of the article's country, not
#: a town ("the West", "here in the Valley", "the Gulf"), and institutions ("before Congress").
_GENERIC_AFTER_THE = GENERIC_REGION_WORDS | {"valley", "gulf", "bay", "plains"}
_INSTITUTIONS = frozenset({"congress"})


def _generic_words_as_regions(mentions: Sequence[Mention], names: list[str], options: list[list[Candidate]], text: str) -> None:
    """Keep, for "the West" or "Congress", no town (West, Texas; Congress, Arizona) and only the
    regions in a country another name of the text reads as first (Cameroon's West region in an
    article naming Cameroon); a kind word after the name ("the West region") or the user's
    corrections keep every reading."""
    generic = [i for i, m in enumerate(mentions)
               if names[i] in _INSTITUTIONS
               or (names[i] in _GENERIC_AFTER_THE and _THE_BEFORE.search(text, max(0, m.start - 6), m.start)
                   and kind_word(text, m.end, m.start) is None)]
    if not generic:
        return
    named = {cands[0].place.country_code for j, cands in enumerate(options)
             if cands and cands[0].place.kind == "country" and j not in generic}
    for i in generic:
        options[i] = [c for c in options[i] if (c.place.kind != "city" and c.place.country_code in named
                                                 and not county_word_dropped(c)) or c.score >= USER_PLACE_SCORE]




class _Context:
    """Everything one document says about its mentions' candidates: scores them (first pass),
    adds proximity (second pass) and explains the pick."""

    def __init__(self, options, focus: ArticleFocus, parents, weights: Weights, kind_words, listed_with_regions=None,
                 embassy_hosts=None, said_to_be_towns=frozenset()):
        self.options = options
        self.said_to_be_towns = said_to_be_towns
        self.listed_with_regions = listed_with_regions or {}
        self.not_in_country = embassy_hosts or {}
        self.focus = focus
        self.parents = parents
        self.w = weights
        self.kind_words = kind_words
        self.parent_role = parent_roles(parents, options)
        self.counties = focus.counties
        # Without a written parent, a mention's unknown-place score depends only on its name and
        # the word after it: computed once per such pair
        self._unknown_by_name: dict[tuple, float] = {}
        # The countries the article's names read as first, by code: where they lie
        self.countries = {cands[0].place.country_code: cands[0].place for cands in options
                          if cands and cands[0].place.kind == "country" and cands[0].place.lat is not None}

    def unknown(self, i: int) -> float | None:
        """The score of a place the gazetteer lacks, for mention ``i``. After an explicit parent
        that none of the name's readings lies in ("Elenovka, Donetsk") such a place lies inside
        it, so it gains the parent bonus too: a namesake elsewhere is then no confident answer."""
        if self.w.unknown_place is None:
            return None
        if i in self.parents:
            return self._unknown(i)
        key = (self.focus.name_of[i], self.kind_words[i])
        if key not in self._unknown_by_name:
            self._unknown_by_name[key] = self._unknown(i)
        return self._unknown_by_name[key]

    def _unknown(self, i: int) -> float:
        score = self.w.unknown_place
        parent_list = self.parents.get(i)
        if parent_list and not any(c.place.lies_in(p) or _across_borders_by(c.place, p)
                                   for c in self.options[i] for p in parent_list):
            score += self.w.parent_match  # no reading lies inside the named parent
        # Likewise it would lie in the article's country, when at least two other place names
        # (not demonyms: "Somali refugees" in Kakuma are no focus on Somalia) agree on one for most
        # of the article ("Celaya, Guanajuato" ... "Colonia Las Aves" is not Aves, Portugal) — or,
        # for a name with no reading in a country the text's cues point to, one name reading as
        # that country or one of its first-level regions does, with those cues ("Taliban …
        # Ghorband district, Parwan": not Garður, Iceland; a lone word such as "Rivers" is too
        # weak a witness alone).
        name = self.focus.name_of[i]
        top = self.focus.top_country(name)
        if top is not None:
            cc, share = top
            if share >= FOCUS_FOR_UNKNOWN and (
                len(self.focus.supporters.get(cc, set()) - {name}) >= 2
                or (self.focus.region_supporters.get(cc, set()) - {name} and self.focus.cues.get(cc)
                    and not any(c.place.country_code in self.focus.cues for c in self.options[i]))
            ):
                score += self.w.country_focus * share
                if self.kind_words[i] not in (None, _OF_AN_UNKNOWN_PLACE):
                    # "Durgapur village" in a Bangladeshi article: a village the gazetteer lacks
                    # there is named as a village just as well as a namesake in India
                    score += self.w.kind_word
        return score

    def _neighbours_share(self, country: Place, country_share: dict) -> float:
        """The share of the article's country evidence held by other countries it names whose
        points lie within NEIGHBOUR_COUNTRY_KM of ``country``'s."""
        return sum(
            v for cc, v in country_share.items()
            if cc != country.country_code and (other := self.countries.get(cc)) is not None
            and haversine_km(country.lat, country.lon, other.lat, other.lon) <= NEIGHBOUR_COUNTRY_KM
        )

    def _same_county(self, i: int, place: Place) -> bool:
        """Whether another name in the article has a town or county reading in this reading's
        county (second-level region)."""
        names = self.counties.get((place.country_code, place.admin1, place.admin2))
        return bool(names) and (len(names) > 1 or self.focus.name_of[i] not in names)

    def ranked(self, i: int) -> list:
        """Mention ``i``'s candidates as ``(place, score, candidate)``, best first."""
        options = self.options[i]
        shares = self.focus.shares(self.focus.name_of[i])
        shared = _shared_with_region(options)
        ranked = [
            (cand.place, self._evidence(i, cand, shares, shared, None), cand)
            for cand in options if cand.place.lat is not None
        ]
        ranked.sort(key=_rank_key)
        return ranked

    def with_proximity(self, ranked: list, anchors: _AnchorGrid, name: str) -> list:
        """``ranked`` with the proximity bonus for towns near another name's pick."""
        w = self.w
        out = []
        changed = False
        lone_country = self._country_of_its_name_only(ranked, name)
        for place, score, cand in ranked:
            km = anchors.nearest_km(place, name, enough_km=w.proximity_full_km) if place.kind == "city" else math.inf
            if km <= w.proximity_km:
                # "Atlanta" beside Chicago is Georgia's city, not Atlanta, Illinois (1,648
                # people, 221 km away): half a bonus that far does not outweigh its prior
                score += w.proximity * _proximity_factor(km, w)
                changed = True
            elif lone_country and place.id == lone_country.id and any(
                    p.kind == "city" and p.country_code != place.country_code
                    and anchors.nearest_km(p, name) <= NEIGHBOUR_TOWN_KM for p, _, _ in ranked):
                # "… of Lebanon; … of Myerstown": nothing else in the article points to the
                # country, and a town of that name lies next to a town the article names surely
                # (Lebanon, Pennsylvania, 10 km from Myerstown): the town, as a country's name
                # is written beside its own places, not a small town's
                score -= COUNTRY_CLASS_BONUS
                changed = True
            out.append((place, score, cand))
        if not changed:
            return ranked
        out.sort(key=_rank_key)
        return out

    def _country_of_its_name_only(self, ranked: list, name: str) -> Place | None:
        """The country ``ranked`` puts first when no other name, demonym or cue of the article
        points to it, else None."""
        if not ranked or ranked[0][0].kind != "country":
            return None
        country = ranked[0][0]
        return None if self.focus.shares(name)[0].get(country.country_code) else country

    def reasons(self, i: int, cand: Candidate, near_km: float) -> list[str]:
        """Why mention ``i`` resolved to ``cand``'s place, in a few words each."""
        place = cand.place
        reasons = [f"prior {cand.score:.1f}"]
        self._evidence(i, cand, self.focus.shares(self.focus.name_of[i]), _shared_with_region(self.options[i]), reasons)
        if place.kind == "city" and near_km <= self.w.proximity_km:
            reasons.append(f"{near_km:.0f} km from another place in the article")
        return reasons

    def _written_elsewhere(self, i: int, place: Place) -> bool:
        """Whether the text writes mention ``i`` (read as town or county ``place``, outside its
        written parent) with a country it is not in, in another county of its own first-level
        region, or in a county of another state that the text's chain of parents confirms."""
        parent_list = self.parents[i]
        return (all(p.kind == "country" for p in parent_list)
                or _another_county_of_its_region(place, parent_list, self.options[i + 1])
                or _outside_a_chain(place, parent_list, self.parents.get(i + 1)))

    def _evidence(self, i: int, cand: Candidate, shares, shared_with_region: bool, reasons: list | None) -> float:
        """The candidate's score before proximity; each piece of evidence is added to
        ``reasons`` when a list is given."""
        w = self.w
        place = cand.place
        kind = place.kind
        town_or_county = kind == "city" or kind == "admin2"
        country_share, admin1_share = shares
        score = cand.score
        share = country_share.get(place.country_code, 0.0)
        generic_abroad = False
        if kind == "country":
            if shared_with_region:
                # "Georgia" is a country and a US state: the article's focus decides, not the class
                # — and its neighbours are focus on the country ("links to Iran and an unstable
                # Georgia" among Armenia, Azerbaijan and Turkey)
                near = self._neighbours_share(place, country_share)
                score += w.admin1_exact - COUNTRY_CLASS_BONUS + w.country_focus * (share + near)
                if near and reasons is not None:
                    reasons.append(f"the article's countries near it ({near:.0%})")
            elif not share and _town_of_the_region(self.options[i], admin1_share):
                # "Jordan" among Shakopee and Scott County: the Minnesota town, as nothing else in
                # the article points at the country
                score += -COUNTRY_CLASS_BONUS
                if reasons is not None:
                    reasons.append("a town of the article's region bears the name")
        elif generic_abroad := (share < GENERIC_REGION_SHARE and place.country_code is not None
                                and _generic_region_name(self.focus.name_of[i])):
            # "the West", "Central", "North East": words every country's regions are named by
            # mean one of them only in an article about that country (given spans reach here for
            # the bare word, which recognition never reports); being written as a region says
            # nothing of which country's (below). A continent or a region of no one country ("the
            # Middle East") is no country's region.
            score += w.generic_region_abroad
        elif share:
            score += w.country_focus * share
            if reasons is not None:
                reasons.append(f"article focus on {place.country_code} ({share:.0%})")
        elif (cand.name_kind == "alt" and town_or_county and not _short_form_of_its_name(cand)
              and self.focus.placed_elsewhere(self.focus.name_of[i], country_share)):
            # a town's other name (often foreign or old: "Bostan" for Boston, "Bale" for Basel)
            # in a country none of the article's places points to: weaker than its own name there
            # (not the short form everyone uses: "Clacton" for Clacton-on-Sea)
            score += w.alternate_name_abroad
        elif place.country_code is None and kind in ("region", "continent"):
            # a sea or a region across borders is as near the article's focus as its leading
            # country: "the Atlantic" in a US article is the ocean, not Atlantic, Iowa
            top = self.focus.top_country(self.focus.name_of[i])
            if top is not None:
                score += w.country_focus * top[1]
                if reasons is not None:
                    reasons.append(f"across borders, as near the article's focus as {top[0]} ({top[1]:.0%})")
        if cand.name_kind == "alt" and town_or_county and _own_name_of_a_bigger_place(cand, self.options[i]):
            # "Pittsburgh" is Pittsburgh's own name and only an old spelling of Pittsburg,
            # California: written so, it means the bigger town that bears it, unless more than an
            # article's lean to California says otherwise
            score += w.own_name_of_a_bigger_place
            if reasons is not None:
                reasons.append("another, bigger place's own name")
        if place.feature_code == "PPLC" and place.country_code in self.focus.named_countries:
            # "Paris" in an article that names France is its capital, whatever else it covers:
            # named with its country, as good as a written parent plus half the article's
            # own-region pull ("GEORGETOWN, Ky. … in France … in Paris" is not Paris, Kentucky;
            # "Cairo, Illinois, named after Cairo, Egypt … Cairo" stays in Illinois)
            score += w.parent_match + w.admin1_focus / 2
            if reasons is not None:
                reasons.append("capital of a country the article names")
        elif (place.feature_code == "PPLC" and share < GENERIC_REGION_SHARE and cand.name_kind == "name"
              and any(c.place.kind == "admin1" and c.place.country_code == place.country_code and c.name_kind == "name"
                      and c.place.admin1 != place.admin1 for c in self.options[i])):
            # a capital named like another of its country's first-level regions ("Washington": not
            # Tripoli in Tripoli district), in an article about other countries: the seat of
            # government ("the T&T mission in Washington"), as much as the region's exact name
            # counts for the region
            score += w.admin1_exact
            if reasons is not None:
                reasons.append("a capital, in an article about other countries")
        if kind == "admin1" and cand.name_kind == "name" and not _named_after_a_town(place, self.options[i]):
            score += w.admin1_exact  # "Minnesota" is the state, not Minneota
            if reasons is not None:
                reasons.append("exact name of a first-level region")
        parent_list = self.parents.get(i)
        inside_parent = bool(parent_list) and any(place.lies_in(p) or _across_borders_by(place, p) for p in parent_list)
        placed_elsewhere = town_or_county and bool(parent_list) and not inside_parent and self._written_elsewhere(i, place)
        if (town_or_county or (kind == "admin1" and not _big_namesake_town(place, self.options[i]))) and not placed_elsewhere:
            # the article's region holds its towns and counties, and is itself ("Iowa statehouse
            # in Des Moines (Iowa)" is the state, not Iowa County) — unless a big town of that
            # name lies in the country ("Minsk" near Zhodino is the city, not Minsk Oblast). A
            # town the text writes with a country it is not in, or puts in another county of its
            # own region, gets none of it: "the bay of Naples, Italy" in an article about Naples,
            # Florida is Italy's; "Winchester is a town in Vilas County, Wisconsin" is no
            # Winchester of another Wisconsin county
            a_share = admin1_share.get((place.country_code, place.admin1), 0.0)
            if a_share:
                score += w.admin1_focus * a_share
                if reasons is not None:
                    reasons.append(f"article focus on {place.admin1}" + (
                        " (its phone numbers)" if (place.country_code, place.admin1) in self.focus.region_cues else ""))
        if town_or_county and place.admin2 and self._same_county(i, place):
            # "Huntsville Fire Chief … Walker County Judge": Huntsville and Walker County, Texas,
            # hold each other; two towns of one county support each other likewise
            score += w.proximity
            if reasons is not None:
                reasons.append(f"another name in the article has a reading in {place.admin2}")
        if kind == "admin2" and county_word_dropped(cand):
            score += w.parent_mismatch  # "Jefferson (Texas)" is the town; the county is "Jefferson County"
        if kind in ("admin1", "country") and i in self.said_to_be_towns:
            # ... a country as much as a region: "Canada is an unincorporated community in Marion
            # County, Kansas" is no country, for all its class
            score += w.region_said_a_town - (COUNTRY_CLASS_BONUS if kind == "country" and not shared_with_region else 0.0)
            if reasons is not None:
                reasons.append("the text says it is a town, and this is a region")
        if place.country_code in self.not_in_country.get(i, ()):
            # "the Embassy of the United States in Moscow": a country's embassy is abroad
            score += w.embassy_abroad
            if reasons is not None:
                reasons.append(f"an embassy of {place.country_code} lies abroad")
        if kind == "admin1" and place.country_code in self.listed_with_regions.get(i, ()) and i not in self.parents:
            # "states such as California, Washington, Utah": listed with first-level regions of
            # its country by their own names, a name is one too — as good as its country named
            # for a capital ("Washington" is then the state, not the capital; but "Texas and
            # Washington, D.C." has its parent written)
            score += w.parent_match + w.admin1_focus / 2
            if reasons is not None:
                reasons.append("listed with first-level regions of its country")
        wants = None if generic_abroad else self.kind_words[i]
        if wants is not None and (wants == "town" and kind == "city"
                                  or wants == "region" and (kind in ("admin1", "admin2", "region") or place.feature_code in LOCAL_UNIT_CODES)
                                  or wants == "state" and kind == "admin1"):
            # "Mandera Town" is the town, "Garissa County" the county, "the Salinas Valley region"
            # the valley; "Washington state" and "the state of Washington" are the state as surely
            # as a capital is its named country's
            score += w.parent_match + w.admin1_focus / 2 if wants == "state" else w.kind_word
            if reasons is not None:
                reasons.append(f"named as a {wants}")
        if wants == _OF_AN_UNKNOWN_PLACE and kind == "admin1" and cand.name_kind == "name" and not any(
                c.place.kind == "city" and c.place.population >= NAMESAKE_TOWN_POPULATION and c.place.lies_in(place)
                for c in self.options[i]):
            # "in Huanuquillo, Junin": written as the region of a place the gazetteer lacks, Peru's
            # Junín region before Junín, Buenos Aires (but "Karwan Bazar, Dhaka" may be the city
            # as well as its region: no bonus where a big town of the name lies inside)
            score += w.kind_word
            if reasons is not None:
                reasons.append("written as the region of a place the gazetteer lacks")
        role = self.parent_role.get(i)
        if role and place.id in role:
            # syntax all but settles it; enough to beat the namesake town's own-region focus
            score += w.parent_match + w.admin1_focus
            if reasons is not None:
                reasons.append("the region around the place named before it")
        if parent_list:
            if inside_parent:
                score += w.parent_match
                if reasons is not None:
                    reasons.append(f"inside the named parent {parent_list[0].name}")
            else:
                score += w.parent_mismatch
        return score


def _readings_as_evidence(
    options: list[list[Candidate]], names: list[str], parents: dict[int, list[Place]]
) -> list[list[Candidate]]:
    """The readings each mention lends the article's focus and county evidence: a name written
    with its parent somewhere in the article ("HELENA, Mont.") lends only its readings inside
    that parent, wherever it stands, so Helena, Alabama (in Shelby County) does not pull the
    article's "Shelby" to Alabama — and a town name none of whose readings lies there lends
    nothing ("La Matanza (Buenos Aires)": no Peruvian village); other names lend all their
    readings."""
    inside: dict[str, list[Candidate]] = {}
    for i, areas in parents.items():
        kept = [c for c in options[i] if any(c.place.lies_in(a) for a in areas)]
        if kept and not inside.get(names[i]):
            inside[names[i]] = kept
        elif not kept and all(c.place.kind in ("city", "admin2") for c in options[i]):
            # none of its readings lies in the parent written with it ("La Matanza (Buenos
            # Aires)" is no village in Peru): a place the gazetteer lacks, which lends the
            # article's focus nothing. (A region is no town of a county: in "ND, Ransom" the
            # comma lists, it names no parent.)
            inside.setdefault(names[i], [])
    if not inside:
        return options
    return [inside.get(name, cands) for cands, name in zip(options, names)]


def _county_readings(options: Sequence[Sequence[Candidate]], names: list[str]) -> dict[tuple, set[str]]:
    """(country, admin1, admin2) -> the names in the article with a town or county reading in
    that county: a county reading ("Walker County") and a town reading inside it ("Huntsville")
    of different names support each other, as do two towns of one county."""
    out: dict[tuple, set[str]] = defaultdict(set)
    for cands, name in zip(options, names):
        if cands and cands[0].place.kind in ("country", "admin1") and cands[0].name_kind == "name":
            # a state's or country's own name is that, not its namesake boroughs: "California or
            # Washington" are no two towns of Washington County, Pennsylvania
            continue
        for c in cands:
            p = c.place
            if p.kind in ("city", "admin2") and p.admin2 and c.name_kind != "alt":
                # by its own name: "Berlin", an old name of Brunswick, Maryland, puts no article there
                out[(p.country_code, p.admin1, p.admin2)].add(name)
    return out


#: The share of the article's first-level-region evidence from which a town there bearing a
#: country's name is what the name means, when nothing else in the article points at the country.
REGION_TOWN_SHARE = 0.5


def _town_of_the_region(options: Sequence[Candidate], admin1_share: dict) -> bool:
    """Whether one of the name's readings is a town in a first-level region the article is about."""
    return any(
        c.place.kind == "city" and admin1_share.get((c.place.country_code, c.place.admin1), 0.0) >= REGION_TOWN_SHARE
        for c in options
    )


def _shared_with_region(options: Sequence[Candidate]) -> bool:
    """Whether the name is both a country's and a first-level region's own ("Georgia")."""
    return any(c.place.kind == "admin1" and c.name_kind == "name" for c in options) and any(
        c.place.kind == "country" and c.name_kind == "name" for c in options)


def _rank_key(entry: tuple) -> tuple:
    return -entry[1], entry[0].id


class _AnchorGrid:
    """The first pass's confident town picks, bucketed by latitude band so that a candidate is
    compared only with the picks that could lie within ``within_km`` of it."""

    def __init__(self, within_km: float):
        self.within_km = within_km
        self.band = within_km / 111.0  # degrees of latitude
        self.cells: dict[int, list[tuple[Place, str]]] = {}
        self._added: set[tuple[int, str]] = set()

    def __bool__(self) -> bool:
        return bool(self.cells)

    def add(self, place: Place, name: str) -> None:
        if (place.id, name) in self._added:
            return  # a name repeated with the same pick is one anchor
        self._added.add((place.id, name))
        self.cells.setdefault(math.floor(place.lat / self.band), []).append((place, name))

    def _distances(self, place: Place, exclude_name: str, stop_within: float | None = None) -> list[float]:
        """Distances in km to the picks of other names inside the ``within_km`` latitude/longitude
        box around ``place`` (only a box's worth are measured); with ``stop_within``, stops at the
        first that close."""
        box = self.band
        lat, lon = place.lat, place.lon
        cell = math.floor(lat / box)
        lon_scale = math.cos(math.radians(lat))
        found = []
        cells = self.cells
        for c in (cell - 1, cell, cell + 1):
            for a, name in cells.get(c, ()):
                if name == exclude_name or abs(a.lat - lat) > box:
                    continue
                dlon = abs(a.lon - lon)
                if dlon * lon_scale > box and dlon < 180:
                    continue
                km = haversine_km(lat, lon, a.lat, a.lon)
                found.append(km)
                if stop_within is not None and km <= stop_within:
                    return found
        return found

    def nearest_km(self, place: Place, exclude_name: str, enough_km: float | None = None) -> float:
        """Distance to the nearest pick of another name in the box around ``place``, or infinity
        when the box holds none; with ``enough_km``, any distance that short will do."""
        return min(self._distances(place, exclude_name, enough_km), default=math.inf)


def _proximity_factor(km: float, w: Weights) -> float:
    """The share of the proximity bonus for a town ``km`` from another name's pick: 1 up to
    ``proximity_full_km``, falling linearly to 1/2 at ``proximity_km``."""
    if km <= w.proximity_full_km:
        return 1.0
    return 1.0 - 0.5 * min(1.0, (km - w.proximity_full_km) / (w.proximity_km - w.proximity_full_km))


#: How near each other two countries' points lie for one to count as the other's neighbour.
NEIGHBOUR_COUNTRY_KM = 1000.0

#: How near a sure pick of another name a town must lie for a country's name that nothing else
#: in the article supports to mean that town.
NEIGHBOUR_TOWN_KM = 25.0

#: A town this populous bearing a region's name is what the bare name means in its country.
BIG_TOWN_POPULATION = 100_000


def _big_namesake_town(region: Place, candidates: Sequence[Candidate]) -> bool:
    """Whether a town of BIG_TOWN_POPULATION or more in the region's country bears the name as its own."""
    return any(
        c.place.kind == "city" and c.name_kind == "name" and c.place.country_code == region.country_code
        and c.place.population >= BIG_TOWN_POPULATION
        for c in candidates
    )


#: How near a country's or region's point a lake, sea or range of no one country must lie to be
#: written as in it.
ACROSS_BORDERS_KM = 1500.0


def _across_borders_by(place: Place, area: Place) -> bool:
    """Whether ``place``, a lake, sea, range or region of no one country (or of no one region of
    its country: "the Salinas Valley region of California"), may lie partly in the country or
    first-level region ``area`` ("Lake Titicaca in the Puno region of Peru"): the codes cannot
    tell, so its point must lie near the area's. A county holds no such thing
    ("Andes is a town in Delaware County"), nor does an area far away."""
    unplaced_by_codes = place.country_code is None or (
        place.kind == "region" and place.admin1 is None and area.country_code == place.country_code)
    return (unplaced_by_codes and area.kind in ("country", "admin1") and place.lat is not None
            and area.lat is not None and haversine_km(place.lat, place.lon, area.lat, area.lon) <= ACROSS_BORDERS_KM)


def _short_form_of_its_name(cand: Candidate) -> bool:
    """Whether the alternate name ``cand`` matched is the first words of the place's own name
    ("Clifton" for Clifton upon Teme, "Clacton" for Clacton-on-Sea, "Nassau" for Nassau County):
    local usage, not a foreign or old variant."""
    own, matched = cand.place.name.lower(), cand.matched_name.lower()
    return own.startswith(matched + " ") or own.startswith(tuple(matched + joint for joint in _ENGLISH_JOINTS))


# How English joins a town's name to what it lies on: "Clacton-on-Sea", "Stockton-on-Tees" ("Saint-
# Pierre" is no short form of Saint-Pierre-du-Perray, nor "Bazar" of Bazar-Korgon).
_ENGLISH_JOINTS = ("-on-", "-upon-", "-by-", "-under-", "-in-")


#: How many times bigger a capital or first-level region bearing a town's short form as its own name
#: must be for the short form to mean it.
SHORT_FORM_OWNER_RATIO = 10


def _own_name_of_a_bigger_place(cand: Candidate, candidates: Sequence[Candidate]) -> bool:
    """Whether the name ``cand`` matched as an alternate is, spelled the same, the own name of a
    town, county or region with more people ("South Island", New Zealand's, is only an old name of
    Coronado, California). The short form of the place's own longer name
    (:func:`_short_form_of_its_name`) yields only to a capital or first-level region
    SHORT_FORM_OWNER_RATIO times bigger."""
    written = normalize_name(cand.matched_name)  # "Quebec" is Québec's own name, unaccented
    if _short_form_of_its_name(cand):
        # ... except where a capital or a first-level region many times bigger bears the short form
        # as its own name: "Washington" is not Washington Court House, Ohio (but "New York" may be
        # New York City, a third of its state)
        return any(c.name_kind == "name" and normalize_name(c.matched_name) == written
                   and (c.place.feature_code == "PPLC" or c.place.kind == "admin1")
                   and c.place.population > SHORT_FORM_OWNER_RATIO * cand.place.population for c in candidates)
    return any(
        c.name_kind == "name" and normalize_name(c.matched_name) == written and c.place.kind in ("city", "admin2", "region")
        and c.place.population > 3 * cand.place.population
        for c in candidates
    )


def _another_county_of_its_region(place: Place, parents: Sequence[Place], parent_readings: Sequence[Candidate]) -> bool:
    """Whether a written parent is a county (second-level region) of the first-level region
    ``place`` lies in, and ``place`` is known to lie in another county. Not for a town that is
    its own county ("Portsmouth … in the ceremonial county of Hampshire": a unitary authority, as
    Baltimore is an independent city), nor for a parent named like a town of the region, which
    the text may mean as the town and its suburbs ("Windsor is a suburb of Melbourne, Victoria")."""
    if place.admin2 is None or place.admin2 == place.name:
        return False
    if any(c.place.kind == "city" and c.place.country_code == place.country_code and c.place.admin1 == place.admin1
           for c in parent_readings):
        return False
    return any(p.kind == "admin2" and p.country_code == place.country_code and p.admin1 == place.admin1
               and p.admin2 != place.admin2 for p in parents)


def _outside_a_chain(place: Place, parents: Sequence[Place], outer: Sequence[Place] | None) -> bool:
    """Whether the text writes a chain of parents ("Burlington is a town in Otsego County, New
    York"), each county of it lying in the region written next, and ``place`` lies in none of
    them: a namesake in another state."""
    return bool(outer) and all(any(p.lies_in(o) for o in outer) for p in parents) and not any(
        place.lies_in(o) for o in outer)


def _named_after_a_town(region: Place, candidates: Sequence[Candidate]) -> bool:
    """Whether a town inside ``region`` bears its name as its own ("Mandera" County and town):
    then the bare name means the town, as the gazetteer ranks it. So does a town elsewhere that
    the world knows far better — by the names it has in other languages — than the region:
    "Gaza" is the Palestinian city (58 names), not Mozambique's Gaza Province (2)."""
    return any(
        c.place.kind == "city" and c.name_kind == "name" and (
            (c.place.country_code == region.country_code and c.place.admin1 == region.admin1)
            or (c.place.alt_count >= FAMOUS_TOWN_NAMES * (region.alt_count + 1)
                and c.place.population >= FAMOUS_TOWN_SHARE * region.population)
        )
        for c in candidates
    )


@lru_cache(maxsize=65_536)
def _generic_region_name(name: str) -> bool:
    """Whether a (normalised) name is made of words every country names regions by: "west",
    "central", "north east", "upper west"."""
    return all(word in GENERIC_REGION_WORDS for word in name.split())


def _softmax_top(ranked, unknown: float | None = None) -> float:
    """The top candidate's softmax share of all candidates' scores (and of ``unknown``, the
    score of a place the gazetteer does not hold)."""
    top = ranked[0][1]
    exp = math.exp
    total = exp(unknown - top) if unknown is not None else 0.0
    for entry in ranked:
        total += exp(entry[1] - top)
    return 1.0 / total

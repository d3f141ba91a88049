"""Second looks at an article's picks, taken together, after each mention is resolved.

The resolver (:mod:`geomap.resolve`) scores each mention's candidates with the article's evidence;
these checks then read its picks side by side, as an editor would:

* a place the gazetteer lacks, written with its county, is placed at the county, and a site
  written as lying in a town ("City Island in Daytona Beach") at that town — a coarser point, said
  so in its reasons, rather than a namesake far away or none;
* a street the text puts in no town goes to the article's town, when the article is about one;
* an unsure pick in another country (or, for a small town, another region) than a region its
  sentence names surely, a village far from the region the text's source reports from, and an
  unsure village far from every place the article names surely are abstained on: a missing point
  beats a wrong one.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence

from .gazetteer.names import normalize_name
from .gazetteer.store import haversine_km
from .streets import is_street_name
from .text import sentences
from .types import Candidate, Mention, Place, Resolution
from .wordlists import GENERIC_DISTRICT_NAMES, SITE_WORDS

#: A town or county this populous is the place its name means even outside the region written
#: with it; a smaller one there is a namesake.
NAMESAKE_TOWN_POPULATION = 100_000
#: A place smaller than this, outside the region of its own country written with it, is a
#: namesake however sure its pick: writers slip on a big town's region, not on a village's.
VILLAGE_POPULATION = 10_000

#: How far a neighbourhood may lie from the nearest town the article names.
NEIGHBOURHOOD_KM = 40.0


def check_picks(results: list[Resolution], text: str, names: list[str], options: list[list[Candidate]],
                parents: dict[int, list[Place]], areas: Sequence[Place] = (),
                cue_countries: frozenset[str] = frozenset()) -> list[Resolution]:
    """The article's resolutions after the second looks above, in the order given: ``names`` are
    the mentions' normalised names, ``options`` their candidates, ``parents`` the places the
    text writes each with (by mention index), ``areas`` the regions its country cues report from."""
    results = _unsure_outside_a_sure_region(
        _streets_in_the_article_town(_sites_in_towns(_placed_at_parent(results, parents, names, options), text, names)), text)
    results = _villages_far_from_the_cue_area(results, list(areas), parents) if areas else results
    return _lone_towns_abroad(_unsure_villages_far_from_sure_places(results, parents), cue_countries)


#: A region the sentence names this surely ...
SURE_REGION_CONFIDENCE = 0.9
#: ... outweighs a pick in another country made less surely than this.
UNSURE_PICK_CONFIDENCE = 0.5
#: ... as it outweighs a town in another first-level region of its country picked less surely than this
UNSURE_HOME_PICK_CONFIDENCE = 0.6
#: ... or a town smaller than this, picked less surely than SURE_PICK_CONFIDENCE, that nothing else
#: in the article lies near.
HAMLET_POPULATION = 10_000
SURE_PICK_CONFIDENCE = 0.95


def _unsure_outside_a_sure_region(results: list[Resolution], text: str) -> list[Resolution]:
    """Abstain on an unsure pick lying in another country than a first- or second-level region
    its sentence names surely (or, for a small town, in another first-level region of that
    region's country) (by name, not by a code such as "TN"): in "… Chaharmaghzak village
    (Pusqul area of Dara) in Sufi Bala district, Samangan" the gazetteer has no Afghan Dara, and
    Daraa in Syria, picked at 0.36 beside Samangan at 0.93, would be a wrong point."""
    sure = [r for r in results if r.place is not None and r.place.kind in ("admin1", "admin2")
            and r.confidence >= SURE_REGION_CONFIDENCE and not r.mention.surface.isupper()]
    if not sure:
        return results
    out = list(results)
    ends = [end for _, end in sentences(text)]
    sure_regions = {(r.place.country_code, r.place.admin1) for r in sure}

    def sentence_of(m: Mention) -> int:
        return bisect_left(ends, m.end)

    for i, res in enumerate(results):
        if res.place is None or res.place.country_code is None:
            continue
        if res.confidence >= UNSURE_HOME_PICK_CONFIDENCE and not (
            res.confidence < SURE_PICK_CONFIDENCE and res.place.kind == "city" and res.place.population < HAMLET_POPULATION
            and not any(j != i and r.place is not None and r.place.admin1 == res.place.admin1
                        and r.place.country_code == res.place.country_code for j, r in enumerate(results))
        ):
            # picked surely; but a hamlet nothing else in the article puts us near, picked for its
            # country ("demonstrators gathered on the North Shore near Wainiha (Hawaii)": no North
            # Shore, Virginia, at 0.94), is checked against the region its sentence names as well
            continue
        named = [r.place for r in sure if sentence_of(r.mention) == sentence_of(res.mention)]
        witnesses = {p.country_code for p in named}
        if witnesses and res.place.country_code not in witnesses and res.confidence < UNSURE_PICK_CONFIDENCE:
            why = (f"abstained: best guess {res.place.name} ({res.place.country_code}) has confidence "
                   f"{res.confidence:.2f}, and its sentence names {', '.join(sorted(witnesses))} surely")
            out[i] = Resolution(res.mention, None, res.confidence, (res.place, *res.alternates), (why,))
            continue
        regions = {p.admin1 for p in named if p.country_code == res.place.country_code}
        if (res.place.kind == "city" and regions and res.place.admin1 not in regions
                and res.place.population < NAMESAKE_TOWN_POPULATION
                # ... unless the article names the town's own state surely elsewhere ("Bangor is a
                # census-designated place in Butte County, California … named for Bangor, Maine")
                and (res.place.country_code, res.place.admin1) not in sure_regions):
            # "in Cadereyta Jimenez, Nuevo Leon, … in Ejido El Castillo": a small town of that name
            # in another state, picked unsurely, is no better than a place the gazetteer lacks
            # (a big one is the place its name means: "Shizuoka, Japan area or Aomori - Hokkaido")
            why = (f"abstained: best guess {res.place.name} ({res.place.admin1}) has confidence "
                   f"{res.confidence:.2f}, and its sentence names {', '.join(sorted(regions))} surely")
            out[i] = Resolution(res.mention, None, res.confidence, (res.place, *res.alternates), (why,))
    return out


#: A country the article names this surely places its story there ...
SURE_COUNTRY_CONFIDENCE = 0.9
#: ... and a town elsewhere smaller than this, picked unsurely, is no better than a place the gazetteer lacks.
LONE_TOWN_POPULATION = 100_000


def _lone_towns_abroad(results: list[Resolution], cue_countries: frozenset[str] = frozenset()) -> list[Resolution]:
    """Abstain on an unsure pick of a town in a country nothing else in the article points to,
    when the article names its own country surely: in "Turkish forces struck PKK targets in Gare
    region of Dahuk, Northern Iraq", a French village called Gare, picked at 0.54 for want of an
    Iraqi one, would be a wrong point. The one country of the article's cues (``cue_countries``:
    "ODM supporters" point to Kenya, as does ``--about KE``) is as sure; so "Orange House" in a
    Kenyan note is no building in Orange, California."""
    # by its name, not by a demonym: "Somali residents of Eastleigh" are in Kenya
    sure = {r.place.country_code for r in results if r.place is not None and r.place.kind == "country"
            and r.mention.kind == "literal" and r.confidence >= SURE_COUNTRY_CONFIDENCE}
    # ... or by the one country its cues point to ("ODM supporters": Kenya)
    cued = set(cue_countries) - sure if len(cue_countries) == 1 else set()
    if not sure and not cued:
        return results
    out = list(results)
    for i, res in enumerate(results):
        place = res.place
        if (place is None or place.kind != "city" or res.confidence >= UNSURE_HOME_PICK_CONFIDENCE
                or place.country_code in sure or place.country_code in cued
                # (a name inside an organisation's or a building's, "Orange House", is weaker evidence
                # of a town abroad, however large)
                or place.population >= LONE_TOWN_POPULATION and res.mention.kind != "embedded"):
            continue
        if any(j != i and r.place is not None and r.place.country_code == place.country_code for j, r in enumerate(results)):
            continue  # the article points there twice ("Gare … Pau")
        why = (f"abstained: best guess {place.name} ({place.country_code}) has confidence {res.confidence:.2f}, "
               f"and nothing else in the article is in {place.country_code} while "
               + (f"it names {', '.join(sorted(sure))} surely" if sure else
                  f"its country cues (parties, forces, --about) point to {', '.join(sorted(cued))}"))
        out[i] = Resolution(res.mention, None, res.confidence, (place, *res.alternates), (why,))
    return out


def _placed_at_parent(results: list[Resolution], parents: dict[int, list[Place]], names: list[str],
                      options: list[list[Candidate]]) -> list[Resolution]:
    """A place the gazetteer lacks, written with its county ("Geneva is a town in Walworth County,
    Wisconsin", "Trenton, Blackford County, Indiana"), is placed at that county when the article
    resolves it: a coarser point, said so in its reasons, instead of none — as ACLED codes an
    event whose village it cannot find at the district. The article's bare repeats of the name
    mean the same place (one sense per discourse), not a namesake elsewhere."""
    out = list(results)
    placed: dict[str, Resolution] = {}
    for i, areas in parents.items():
        res, parent = results[i], results[i + 1]
        county = parent.place
        if res.place is not None or county is None or county.kind != "admin2":
            continue
        if not any(county.id == a.id for a in areas) or any(c.place.lies_in(county) for c in options[i]):
            continue  # a reading of the name lies in the county: abstaining was a matter of confidence
        if options[i] and options[i][0].place.kind in ("country", "admin1"):
            continue  # "Cass-ND, Ransom-ND": the name is first a state's, no place inside the county
        out[i] = Resolution(res.mention, county, parent.confidence, res.alternates,
                            (f"not in the gazetteer: placed at its county, {county.name}",))
        placed.setdefault(names[i], out[i])
    for j, res in enumerate(out):
        first = placed.get(names[j])
        if first is None or j in parents or res.mention.kind == "demonym":
            continue
        if res.place is None or (res.place.id != first.place.id and not res.place.lies_in(first.place)):
            out[j] = Resolution(res.mention, first.place, first.confidence, res.alternates, first.reasons)
    return out


# What joins a site to the town it lies in: "City Island in Daytona Beach", "Saheb Bazar area of
# Rajshahi", "Ganeshpur area of Jalesar town"; and "Jaro, Iloilo City" (a comma only before a
# name that says it is a town, so that lists of towns stay lists).
_SITE_IN_TOWN = re.compile(
    r"\s+(?:(?:areas?|neighbou?rhoods?|localit(?:y|ies)|quarters?|sections?|suburbs?|street|road|markets?|villages?)"
    r"\s+(?:of|in)|in)"
    r"\s+(?:the\s+)?(?:downtown\s+|city\s+of\s+|town\s+of\s+)?"
)
_TOWN_WORD_AFTER = re.compile(r"\s+(?:city|town)\b", re.I)


_SITE_HEAD_IN = re.compile(r"(?:['’]s)?((?:\s+[\w&'’-]+){1,4}?)\s+in\s+(?:downtown\s+)?")


def _site_words_in(between: str) -> bool:
    """Whether the words between a name and a town make the name head a site there: "the
    Greenbush [rotary in] Scituate", "Riverside['s Memorial Park in] Jacksonville"."""
    match = _SITE_HEAD_IN.fullmatch(between)
    return bool(match) and any(w.lower().strip("'’") in SITE_WORDS for w in match.group(1).split())


def _sites_in_towns(results: list[Resolution], text: str, names: Sequence[str]) -> list[Resolution]:
    """"City Island in Daytona Beach", "Washington Square in Salt Lake City", "Saheb Bazar area
    of Rajshahi", "Jaro, Iloilo City", "Sorrento is a northern coastal suburb of Perth": a name
    written as lying in a town the article places is a site there. A namesake far from that town
    ("City Island", New York) is not it, and a site the gazetteer lacks (or leaves unplaced) is
    placed at the town, said so in its reasons — a point in the right town rather than none. When
    the gazetteer holds no place of the site's name at all, the article's bare repeats of it that
    were left unplaced mean the site too (one sense per discourse: "Buses reached Kfraya in Idlib
    … Residents of Kfraya said")."""
    out = list(results)
    placed: dict[str, Resolution] = {}
    for i in range(len(results) - 1):
        site, town = results[i], results[i + 1]
        if town.place is None or town.place.kind != "city":
            continue
        if site.place is not None and (site.place.kind not in ("city", "admin2") or site.place.id == town.place.id):
            continue
        between = text[site.mention.end:town.mention.start]
        named_as_town = town.mention.surface.endswith(" City") or _TOWN_WORD_AFTER.match(text, town.mention.end)
        # a comma after a street is an address's ("1935 Orchard St., Alexandria"), not a list's
        address = between.strip() == "," and site.place is None and is_street_name(site.mention.surface)
        # ... and a part every town has, written before its town, is that town's ("Old Town Manassas")
        district = between in (" ", ", ") and part_of_any_town(site.mention.surface)
        if not (_SITE_IN_TOWN.fullmatch(between) or district or (between.strip() == "," and (named_as_town or address))
                or _site_words_in(between) or _PART_OF.match(between)):
            continue
        if site.place is not None and haversine_km(site.place.lat, site.place.lon, town.place.lat, town.place.lon) <= NEIGHBOURHOOD_KM:
            continue
        namesakes = ((site.place,) if site.place is not None else ()) + site.alternates
        out[i] = Resolution(site.mention, town.place, town.confidence, namesakes,
                            (f"not in the gazetteer: placed at the town it lies in, {town.place.name}",))
        if site.place is None and not site.alternates:
            placed.setdefault(names[i], out[i])
    if placed:
        for j, res in enumerate(out):
            first = placed.get(names[j])
            if first is not None and res.place is None and res.mention.kind != "demonym":
                out[j] = Resolution(res.mention, first.place, first.confidence, res.alternates, first.reasons)
    return out


#: The article's towns must all lie within this distance of one another for an unplaced street to be
#: placed at the one it names most.
ONE_TOWN_KM = 50.0


def far_from_the_towns_before(place: Place, results: Sequence[Resolution]) -> bool:
    """Whether the towns the text placed before a neighbourhood's name all lie further than
    NEIGHBOURHOOD_KM from ``place`` — where no town was placed surely enough to anchor it ("in
    Trindade, Pernambuco, … in Sao Geraldo neighborhood" is no Goiás town's part)."""
    towns = [r.place for r in results if r.place is not None and r.place.kind == "city" and r.place.lat is not None]
    return bool(towns) and all(
        haversine_km(place.lat, place.lon, t.lat, t.lon) > NEIGHBOURHOOD_KM for t in towns if t.id != place.id)


def part_of_any_town(surface: str) -> bool:
    """Whether a name is one every town gives a part of itself ("North Side", "Downtown")."""
    return normalize_name(surface) in GENERIC_DISTRICT_NAMES


def _streets_in_the_article_town(results: list[Resolution]) -> list[Resolution]:
    """A street, square or park, or a part every town has ("the North Side"), the text puts in no
    town ("a fire on Kelley Lane") is placed at
    the article's town when the article is about one place: every town it places lies within 50
    km of the one it names most (a local paper's story, "Alton … Godfrey"). An article spread over
    several towns leaves it unplaced: a street's town is then a guess. The reason says so."""
    streets = [i for i, r in enumerate(results)
               if r.place is None and (is_street_name(r.mention.surface) or part_of_any_town(r.mention.surface))]
    if not streets:
        return results
    towns = [r for r in results if r.place is not None and r.place.kind == "city" and r.mention.kind != "demonym"
             and r.confidence >= 0.5 and not is_street_name(r.mention.surface)]
    if not towns:
        return results
    counts = Counter(r.place.id for r in towns)
    top = next(r for r in towns if r.place.id == counts.most_common(1)[0][0])
    if any(haversine_km(top.place.lat, top.place.lon, r.place.lat, r.place.lon) > ONE_TOWN_KM for r in towns):
        return results
    out = list(results)
    for i in streets:
        out[i] = Resolution(results[i].mention, top.place, round(top.confidence / 2, 3), (),
                            (f"not in the gazetteer: placed at the article's town, {top.place.name}",))
    return out


# "Sorrento is a northern coastal suburb of Perth", "Jaro is a district of Iloilo City": part of a town.
_PART_OF = re.compile(
    r"\A(?:\s*\([^()]{0,100}\))?\s+(?:is|was)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:suburb|district|neighbou?rhood|quarter|locality|area|village|town|community)\s+(?:of|in|within)\s+(?:the\s+)?"
    r"(?:city\s+of\s+|town\s+of\s+)?\Z", re.I)


#: An article's places picked this surely anchor it ...
SURE_PLACE_CONFIDENCE = 0.9
#: ... and a village (fewer people than this) picked less surely than this ...
UNSURE_VILLAGE_POPULATION = 10_000
UNSURE_VILLAGE_CONFIDENCE = 0.5
#: ... this far from all of them is a namesake of a place the gazetteer lacks.
FAR_FROM_SURE_PLACES_KM = 500.0


def _unsure_villages_far_from_sure_places(results: list[Resolution], parents: dict[int, list[Place]]) -> list[Resolution]:
    """Abstain on a village picked unsurely that lies far from every place the article names
    surely: "marched in Portland (Oregon) … organized by Rose City Justice" is no Rose City,
    Michigan (633 people, 0.49); "flies from Gatwick and Manchester" in a British travel piece is
    no Manchester, Washington."""
    sure = [r.place for r in results if r.place is not None and r.confidence >= SURE_PLACE_CONFIDENCE
            and r.place.kind in ("city", "admin1", "admin2") and r.mention.kind != "demonym" and r.place.lat is not None]
    if not sure:
        return results
    out = list(results)
    for i, res in enumerate(results):
        place = res.place
        if (place is None or place.kind != "city" or place.lat is None or res.confidence >= UNSURE_VILLAGE_CONFIDENCE
                or place.population >= UNSURE_VILLAGE_POPULATION or i in parents or res.mention.kind == "demonym"
                or any(place.id == p.id for p in sure)):
            continue
        km = min(haversine_km(place.lat, place.lon, p.lat, p.lon) for p in sure)
        if km > FAR_FROM_SURE_PLACES_KM:
            why = (f"abstained: best guess {place.name} ({place.admin1 or place.country_code}) has confidence "
                   f"{res.confidence:.2f} and lies {km:,.0f} km from every place the article names surely")
            out[i] = Resolution(res.mention, None, res.confidence, (place, *res.alternates), (why,))
    return out


#: How far from that region's centre a village may lie and still be what the text names ...
CUE_AREA_KM = 250.0
#: ... unless it is a town this populous.
CUE_AREA_TOWN_POPULATION = 50_000


def _villages_far_from_the_cue_area(results: list[Resolution], areas: list[Place],
                                    parents: dict[int, list[Place]]) -> list[Resolution]:
    """Abstain on a village far from the region the text's source reports from (a cue's area),
    unless the text writes its parent: "the OSCE SMM observed … explosions near Sokilnyky" is the
    Luhansk oblast's Sokilnyky, which the gazetteer lacks, not the village of that name near Lviv
    (1,085 km off), nor is "near Rumyantsevo" the one near Moscow; the event then goes to the
    area (rule ``cue``)."""
    out = list(results)
    for i, res in enumerate(results):
        place = res.place
        if (place is None or place.kind != "city" or place.lat is None or place.population >= CUE_AREA_TOWN_POPULATION
                or i in parents or res.mention.kind == "demonym"):
            continue
        if min(haversine_km(place.lat, place.lon, a.lat, a.lon) for a in areas) <= CUE_AREA_KM:
            continue
        why = (f"abstained: best guess {place.name} ({place.admin1 or place.country_code}) lies over "
               f"{CUE_AREA_KM:.0f} km from {areas[0].name}, where the text's source reports from")
        out[i] = Resolution(res.mention, None, res.confidence, (place, *res.alternates), (why,))
    return out

"""Where an event happened: the place a sentence's event is linked to, by rule.

:func:`locate` picks, for one trigger, the place by the first rule that applies: ``coded`` (the
place a coder's note says the event is coded at: "(Garissa, coordinates for Masalani used)",
"(coded as Madaripur)"), ``governed`` (the place after in/at/near/along the streets of),
``actor`` (the organisation's place: "Zhodino-based Belaz", "Minsk Automobile Plant"),
``sentence`` (another place in the sentence), ``context`` (the place of the sentences just
before), ``dateline``, ``focus`` (the article's main place), ``cue`` (the one country its
demonyms or cues name) or ``home`` (the area of the one people a text that names no place
says acted: "Pokot raiders"); each with ACLED's ``geo_precision`` (1 the town, 2 near it or
part of a region, 3 only the region). :mod:`geomap.events` finds the triggers and calls these.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .parents import ADMIN_WORDS
from .types import Mention, Place, Resolution


@dataclass(frozen=True, slots=True)
class EventPlace:
    place: Place
    geo_precision: int  # 1 the town, 2 near it / part of a region, 3 only the region or country
    rule: str  # coded, governed, actor, sentence, context, dateline, focus, cue, home
    mention: tuple[int, int] | None  # the mention it came from, if any

    @property
    def point(self) -> tuple[float, float] | None:
        """(lat, lon) where the event is coded: the town's point; for a country or region, its
        seat of government when the gazetteer knows it, as ACLED codes an event known only to a
        country or region at its capital ("in Turkana County" at Lodwar, "in Kenya" at Nairobi);
        else the area's point."""
        p = self.place
        if p.seat is not None:
            return p.seat
        return (p.lat, p.lon) if p.lat is not None and p.lon is not None else None


# "in support of", "in memory of": phrases whose "in" locates nothing.
_NOT_LOCATIVE_IN = (r"(?!\s+(?:support|protest|solidarity|memory|honou?r|response|reaction|retaliation|connection|"
                    r"favou?r|defiance|spite|light|addition|charge|the\s+wake|the\s+name|the\s+run-up)\b)")
# The nearest preposition before the place (the leading ".*" is greedy): "from Kansas University
# staged a protest in Lawrence" is governed by "in".
_GOVERNED = re.compile(
    rf"(?s:.*)\b(?P<prep>in{_NOT_LOCATIVE_IN}|at|near|outside|along|across|through|throughout|around|into|inside|on the streets of|"
    r"along the streets of|in the streets of|streets of|in front of|towards?|from|"
    r"(?:raids?|attacks?|air ?strikes?|airstrikes?|shelling|assaults?|offensive|bombardments?|bombings?)\s+(?:on|against)|"
    r"(?:countryside|outskirts|suburbs|vicinity|environs)\s+of|(?:north|south|east|west)(?:-?(?:east|west))?\s+of)\b[^.;:!?]{0,40}$", re.I)
_NEAR = {"near", "outside", "around", "towards", "toward"}
# A coder's note naming the point an event is coded at: "coordinates for Masalani used",
# "(coded as Madaripur)", "the location of Hola has been used", "coded to Dhaka - Pallabi".
_CODED_AT = re.compile(r"(?i)\b(?:coordinates\s+(?:for|of)|coded\s+(?:as|at|to)|(?P<location>location\s+of))\s+(?:the\s+)?$")
_USED_AFTER = re.compile(r"(?i)\s+(?:has|have|had)?\s*(?:been|was|were|is)\s+used\b")


def _coded_at(text: str, mention: Mention) -> bool:
    """Whether a coder's note names ``mention`` as the point the event is coded at ("the
    location of Hola has been used"; not "Tarbaj sub-location of Wajir County")."""
    m = _CODED_AT.search(text, max(0, mention.start - 40), mention.start)
    return m is not None and (m.group("location") is None or _USED_AFTER.match(text, mention.end) is not None)


def _near(prep: str) -> bool:
    """"near", "outside", "the countryside of", "north of": the event is close to the place."""
    return prep in _NEAR or prep.endswith(" of") and not prep.endswith("streets of") and prep != "in front of"
# "the Garissa-Nairobi road": its ends say where the road runs, not where on it things happened.
_ROAD_WORDS = r"(?:road|highway|hwy|route|railway|railroad|bypass|corridor|expressway|motorway|pipeline)s?\b"
_ROAD_START = re.compile(rf"\s*[-–]\s*[A-Z][\w'’.]*(?:\s+[A-Z][\w'’.]*)?\s+{_ROAD_WORDS}", re.I)
_ROAD_END = re.compile(r"[A-Z][\w'’.]*\s*[-–]\s*$")
_ROAD_AFTER = re.compile(rf"\s+{_ROAD_WORDS}", re.I)
_ROAD_NAMED_AFTER = re.compile(r"\s+(?:road|highway|hwy|bypass|expressway|motorway)\b", re.I)  # not "Jessore railway station"


def _road_end(text: str, res: Resolution) -> bool:
    """Whether a mention names a road by its ends ("Garissa-Nairobi road") or its destination
    ("on Murree road in Rawalpindi")."""
    start, end = res.mention.start, res.mention.end
    if _ROAD_START.match(text, end, end + 60) or _ROAD_NAMED_AFTER.match(text, end, end + 20):
        return True
    return bool(_ROAD_END.search(text, max(0, start - 30), start)) and bool(_ROAD_AFTER.match(text, end, end + 20))


# "marched from Dhanmondi to Shahbagh", "from Aden towards the coast" (not "travelling from Aden to
# spend Ramadan": "to" before a verb)
_ROUTE = re.compile(r"\s+(?:to|towards?)\s+(?:the\s+)?(?-i:[A-Z])|\s+towards?\b", re.I)
_DISTANCE_FROM = re.compile(r"\b(?:km|kms|kilometers?|kilometres?|miles?|metres?|meters?)\s+(?:\w+\s+)?(?:away\s+)?from\s+(?:the\s+)?$", re.I)
_DRAWN_KINDS = ("literal", "based", "embedded")
_AREA_KINDS = ("admin1", "admin2", "country", "region")


def can_place_events(res: Resolution) -> bool:
    """Whether a resolution may be an event's place: a placed, drawn mention (not a demonym
    or a metonym), not a historical state nor a continent."""
    place = res.place
    return (
        place is not None and place.lat is not None and res.mention.kind in _DRAWN_KINDS
        and place.feature_code != "PCLH" and place.kind != "continent"
    )


def _precision(place: Place, near: bool) -> int:
    """ACLED's geo_precision: 1 the town, 2 near it or a district, 3 a state, country or region."""
    if place.kind == "admin2":
        return 2
    if place.kind in _AREA_KINDS:
        return 3
    return 2 if near else 1


def drop_parents(candidates: list[Resolution], text: str) -> list[Resolution]:
    """In "Kirkwood, Missouri" or "(Wadajir, Banadir)" the event is at the child; so in
    "Natore town (Natore Sadar, Rajshahi)" every name inside the bracket is a parent — unless it
    restates the place itself ("Sirajganj Sadar (coded as Sirajganj)") or names the point a coder
    used ("Tana River county (coded as Galole)")."""
    keep: list[Resolution] = []
    bracket_end = -1  # the end of a bracket of parents being skipped
    for res in candidates:
        coded = _coded_at(text, res.mention)
        if res.mention.start < bracket_end and not coded:
            continue
        anchor = keep[-1] if keep else None
        gap = text[anchor.mention.end:res.mention.start] if anchor is not None else ""
        same_country = anchor is not None and anchor.place.country_code == res.place.country_code
        restated = anchor is not None and anchor.place.id == res.place.id and res.mention.kind == "literal"
        # "Tana River county (coded as Galole)": the coder's point, not a parent
        restated = restated or coded
        # "in western Yemen (Bayt Al Faqiah, Al Hudaydah)": an area inside the one before the
        # bracket narrows it, it is no parent
        narrows = anchor is not None and anchor.place.kind in _AREA_KINDS and res.place.lies_in(anchor.place)
        if same_country and not restated and not narrows and (
            # "Yanfolila (Sikasso)", "Rupsa upazila (Khulna)": the bracket holds the region
            # ... and so does one after a chain of its areas ("Natore town, Natore Sadar (Rajshahi)")
            re.fullmatch(rf"(?:\s+{ADMIN_WORDS})?(?:\s*,\s*(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){{0,2}})?"
                         rf"(?:\s*\([^()]*\))*\s*\([^()]*", gap, re.I)
            # "the Mumias Sugar Company (Kakamega)": the bracket locates the organisation's town
            or (anchor.mention.kind == "embedded" and re.fullmatch(r"(?:\s+[A-Z][\w&'’.-]*){1,5}\s*\([^()]*", gap))
        ):
            close = text.find(")", res.mention.start)
            bracket_end = close if close != -1 else res.mention.end
            continue
        if same_country and res.place.kind in _AREA_KINDS and re.fullmatch(rf"(?:\s+{ADMIN_WORDS})?\s*,\s*", gap, re.I):
            continue
        keep.append(res)
    return keep


# A grievance named before a place, the place inside it: "the killing of George Floyd, … in Minneapolis".
_GRIEVANCE_BEFORE_PLACE = re.compile(r"\b(?:death|deaths|killing|killings|murder|shooting)\s+of\b[^.;]*\Z", re.I)
# A grievance between an event and a place: the place is where the grievance happened.
# ("a black man killed by police in Minneapolis"; but "was shot and killed by a U.S. Marshal in
# Decatur" tells the event itself)
_CAUSE_BEFORE_PLACE = re.compile(
    r"\b(?:(?:death|deaths|killing|killings|murder|shooting)\s+of|(?<!was )(?<!were )(?<!been )(?<!being )(?<!and )killed\s+by"
    r"|in\s+the\s+wake\s+of|solidarity\s+with|aggression\s+(?:on|against|in))\b", re.I)


#: Features that stretch hundreds of kilometres — rivers, ranges, deserts, seas — whose one point
#: says little of where on them something happened: any other area the sentence names says more.
_STRETCHING_FEATURES = frozenset({"STM", "MTS", "DSRT", "OCN", "SEA", "GULF", "STRT", "CNL"})


def _stretches(place) -> bool:
    return place.feature_code in _STRETCHING_FEATURES


def locate(
    text: str,
    sentence: tuple[int, int],
    trigger: tuple[int, int],
    in_sentence: Sequence[Resolution],
    recent: EventPlace | None,
    fallback: EventPlace | None,
) -> EventPlace | None:
    """The place an event happened (see the module docstring for the rules, in order).
    ``in_sentence``: the sentence's mappable mentions, parents already dropped."""
    coded = [r for r in in_sentence if _coded_at(text, r.mention)]
    if coded:
        res = min(coded, key=lambda r: abs(r.mention.start - trigger[0]))
        return EventPlace(res.place, _precision(res.place, False), "coded", (res.mention.start, res.mention.end))
    governed = []
    for r in in_sentence:
        m = _GOVERNED.search(text[max(sentence[0], r.mention.start - 60):r.mention.start])
        if m and r.mention.kind == "literal":
            prep = " ".join(m.group("prep").lower().split())
            if prep == "from" and _DISTANCE_FROM.search(text[max(sentence[0], r.mention.start - 40):r.mention.start]):
                prep = "near"  # "15 kilometres from Moyale", "a few kilometres away from Wote"
            if r.mention.start > trigger[1] and _CAUSE_BEFORE_PLACE.search(text, trigger[1], r.mention.start):
                prep = "cause"  # "… in the wake of the death of George Floyd, killed by police in Minneapolis"
            elif r.mention.start < trigger[0] and _GRIEVANCE_BEFORE_PLACE.search(text, max(sentence[0], r.mention.start - 90), r.mention.start):
                # "… denounce the killing of George Floyd, a black man killed by police in Minneapolis.
                # demonstrators threw rocks" (but "shot and killed by a U.S. Marshal in Decatur during
                # an attempt to arrest him" is the event, no grievance)
                prep = "cause"
            governed.append((r, prep))
    causes = {id(r) for r, p in governed if p == "cause"}
    # ... and so is a place no preposition governs: "protest … condemning Israel military
    # aggression on Gaza and expressing solidarity with Palestine"
    causes |= {id(r) for r in in_sentence if r.mention.start > trigger[1]
               and _CAUSE_BEFORE_PLACE.search(text, trigger[1], r.mention.start)
               and not any(g is r for g, _ in governed)}
    if causes and any(id(r) not in causes for r in in_sentence):
        # the grievance's place yields to any other place the sentence names ("marched Shreveport")
        governed = [g for g in governed if id(g[0]) not in causes]
        in_sentence = [r for r in in_sentence if id(r) not in causes]
    if governed:
        # The place nearest the trigger, one after it first ("detained … in Minsk").
        after = [g for g in governed if g[0].mention.start >= trigger[0]]
        # ... unless all after it is only near or on the way ("found dead in Sain Alto … on the
        # road towards Jose Maria Morelos"): then "in" before the trigger counts as well
        pool = after if any(not _near(p) and p != "from" for _, p in after) else governed
        # Not a road's end; not where people came from ("health workers from the Hospital … de
        # Lopez protested in Valledupar") unless nothing else is governed ("a man from Wisconsin
        # Dells was arrested"); a town or district before a state or country ("in front of the
        # Kentucky State Capitol in Frankfort"); "in" or "at" before "near"; then the nearest.
        res, prep = min(pool, key=lambda g: (_road_end(text, g[0]),
                                             g[1] == "cause",
                                             g[1] == "from" and not _ROUTE.match(text, g[0].mention.end),
                                             g[0].place.kind in ("admin1", "country", "region"),
                                             _stretches(g[0].place),  # "in the Euphrates … in Ar-Raqqa"
                                             _near(g[1]),  # "in Jarablus city in the countryside of Aleppo"
                                             abs(g[0].mention.start - trigger[0])))
        towns = [r for r in in_sentence if r.place.kind == "city" and r.mention.kind == "literal"]
        if res.place.kind in ("admin1", "admin2") and not _near(prep):
            # "Turkish forces shelled Menbij in Aleppo": a town of the governed region that the
            # sentence names says more than the region
            inside = [r for r in towns if r.place.lies_in(res.place) and r.mention.end <= res.mention.start
                      and not _road_end(text, r)]
            if inside:
                town = inside[-1]
                return EventPlace(town.place, _precision(town.place, False), "sentence", (town.mention.start, town.mention.end))
        if res.place.kind in ("country", "region") and not towns:
            # "air raids were reported on Al Hazm district in northern Yemen": the district says more
            towns = [r for r in in_sentence if r.place.kind == "admin2" and r.mention.kind == "literal"
                     and r.place.lat is not None]
        if res.place.kind == "country" and not towns:
            # "in Al Jah area in western Yemen (Bayt Al Faqiah, Al Hudaydah)": the governorate says more
            towns = [r for r in in_sentence if r.place.kind == "admin1" and r.mention.kind == "literal"
                     and r.place.lies_in(res.place)]
        if res.place.kind in ("country", "region") and towns:
            # "Migori residents protested ... criminality in Kenya": the town says more than the country
            town = min(towns, key=lambda r: abs(r.mention.start - trigger[0]))
            return EventPlace(town.place, max(2, _precision(town.place, False)), "sentence", (town.mention.start, town.mention.end))
        return EventPlace(res.place, _precision(res.place, _near(prep)), "governed", (res.mention.start, res.mention.end))
    actors = [r for r in in_sentence if r.mention.kind in ("based", "embedded")]
    town_actors = [r for r in actors if r.place.kind not in _AREA_KINDS]
    # A town's organisation locates the event; a country's ("Kenya Ports Authority") only when
    # the sentence names no town ("heading to a Mombasa hotel").
    # Nor when the sentence names a district or province for itself: "CPI-Maoist cadres … between
    # Tumakpal and Tetam villages (Dantewada, Chhattisgarh)" is in Dantewada, not in India.
    actors = town_actors or ([] if any(
        r.place.kind not in _AREA_KINDS or (r.mention.kind == "literal" and r.place.kind in ("admin1", "admin2"))
        for r in in_sentence) else actors)
    if actors:
        res = min(actors, key=lambda r: abs(r.mention.start - trigger[0]))
        return EventPlace(res.place, _precision(res.place, False), "actor", (res.mention.start, res.mention.end))
    if in_sentence:
        # a town before a country, a place named for itself before one inside an organisation's
        # name ("at Bangladesh Agricultural University campus, Mymensingh city")
        res = min(in_sentence, key=lambda r: (_road_end(text, r), r.place.kind in ("country", "region"),
                                              _stretches(r.place), r.mention.kind != "literal",
                                              abs(r.mention.start - trigger[0])))
        return EventPlace(res.place, max(2, _precision(res.place, False)), "sentence", (res.mention.start, res.mention.end))
    if recent is not None:
        return EventPlace(recent.place, max(2, recent.geo_precision), "context", recent.mention)
    return fallback


def document_fallback(text: str, body_start: int, resolutions: Sequence[Resolution]) -> EventPlace | None:
    """Where an event with no place of its own is put: the dateline place ("MINSK (Reuters) -"),
    else the article's most mentioned town, else its most mentioned region or country."""
    eligible = [r for r in resolutions if can_place_events(r)]
    if not eligible:
        return None
    first = eligible[0]
    head = text[body_start:body_start + 80]
    if first.mention.start - body_start < 40 and re.match(
        r"\s*[\w .'’-]+(?:,\s*[\w .'’-]+)?\s*(?:\([^)]{1,40}\))?\s*[—–-]", head
    ):
        return EventPlace(first.place, _precision(first.place, False), "dateline", (first.mention.start, first.mention.end))
    towns = Counter(r.place.id for r in eligible if r.place.kind == "city")
    pool = towns or Counter(r.place.id for r in eligible)
    top_id = pool.most_common(1)[0][0]
    place = next(r.place for r in eligible if r.place.id == top_id)
    return EventPlace(place, 3 if place.kind != "city" else 2, "focus", None)


_LOCATION_LABEL = re.compile(r"(?i)\blocation\s*:")


def labelled_location(text: str, mappable: Sequence[Resolution]) -> EventPlace | None:
    """The place a "LOCATION:" label gives for the whole note ("… attacked a village.
    LOCATION: Kipkelion in Kericho District"): the first place named within 80 characters of
    the label, as coders write it."""
    for label in _LOCATION_LABEL.finditer(text):
        for r in mappable:
            if label.end() <= r.mention.start <= label.end() + 80:
                return EventPlace(r.place, _precision(r.place, False), "coded", (r.mention.start, r.mention.end))
    return None


def most_specific(here: list[Resolution]) -> EventPlace:
    """The most specific place a sentence names, as context for the sentences after it: a town
    before a region, then the first."""
    r = min(here, key=lambda r: (r.place.kind != "city", r.mention.start))
    return EventPlace(r.place, _precision(r.place, False), "context", (r.mention.start, r.mention.end))


# After a demonym, what makes it the owner's or sponsor's nationality, not where things happen:
# "a French-owned construction firm", "the Saudi-led coalition", "Chinese-built roads".
_OWNER_AFTER = re.compile(
    r"[-‐]\s?(?:owned|based|backed|funded|financed|built|made|led|run|born|registered|flagged|sponsored|brokered"
    r"|operated|controlled|trained|supplied)\b", re.I)


# After a demonym, people or bodies who are away from their own country as often as not: "Somali
# refugees", "Ethiopian raiders", "a Tanzanian cleric", "a Chinese water company" in Kenya; and
# armed forces, which fight abroad as often as at home ("Turkish forces shelled … in Tell Abiad",
# "French Operation Barkhane forces" in Burkina Faso, "British army" exercises in Kenya).
_ABROAD_AFTER = re.compile(
    r"(?:[\s-]+[A-Z][\w'’]*){0,2}[\s-]+(?:[a-z]+\s+)?(?:refugees?|migrants?|asylum[- ]seekers?|nationals?|tourists?|expatriates?"
    r"|clerics?|preachers?|raiders?|compan(?:y|ies)|firms?|embass(?:y|ies)|diplomats?|envoys?|ambassadors?|investors?"
    r"|forces|troops|soldiers|army|armies|militants?|jets|warplanes|drones|airstrikes?|navy)\b")


#: A people's home town this big may stand for its area ("Kikuyu raiders"); a village of the name may be anywhere.
HOME_TOWN_POPULATION = 10_000
# ... when a word for who acted follows its name ("Pokot raiders", "Turkana herders"): fewer words
# than wordlists.AFFILIATION_NOUNS, whose "ethnic group" and "tribes" name peoples in general
# ("Gare ethnic group", "Kalenjin and Kikuyu tribes": often two, one of them unplaced)
_AFFILIATION_AFTER = re.compile(r"(?i)\s+(?:[a-z]+\s+)?(?:raiders?|militia\w*|tribesmen|herders|herdsmen|warriors|bandits|"
                                r"gunmen|youths?|community|communities|clan)\b")


def article_fallback(text: str, body_start: int, resolutions: Sequence[Resolution],
                      cue_place: Callable[[], Place | None] | None) -> EventPlace | None:
    """Where an event with no place of its own goes: the article's place (see
    :func:`document_fallback`), else — no place named — the one country its demonyms ("Kenyan
    police") or, failing those, its cues name (or the region a cue's events take place in), else
    the home area of the one people it says acted ("Pokot raiders attack civilians")."""
    fallback = document_fallback(text, body_start, resolutions)
    if fallback is not None:
        return fallback
    nations = {r.place.id: r.place for r in resolutions
               if r.mention.kind == "demonym" and r.place is not None and r.place.kind == "country"
               and not _OWNER_AFTER.match(text, r.mention.end) and not _ABROAD_AFTER.match(text, r.mention.end)}
    if len(nations) == 1:
        return EventPlace(next(iter(nations.values())), 3, "cue", None)
    if not nations and cue_place is not None:
        place = cue_place()
        if place is not None:
            return EventPlace(place, 3, "cue", None)
    # last: the home area of the one people the text names acting ("Pokot raiders attack
    # civilians", "Turkana herders"), as a region-level point
    homes = {r.place.id: r for r in resolutions if r.mention.kind == "associative" and r.place is not None
             and r.place.lat is not None and (r.place.kind in ("admin1", "admin2") or r.place.population >= HOME_TOWN_POPULATION)
             and _AFFILIATION_AFTER.match(text, r.mention.end)}
    if len(homes) == 1 and not nations:
        r = next(iter(homes.values()))
        return EventPlace(r.place, 3, "home", (r.mention.start, r.mention.end))
    return None

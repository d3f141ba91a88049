"""What a text writes around a place name, read before any name is resolved.

* its parent: "Kirkwood, Missouri", "Yanfolila (Sikasso)", "Kabarnet, a town in Baringo County",
  "Louisville is a city in Jefferson County, Georgia" (a chain narrows its links);
* its kind word: "Mandera Town", "Mandera County", "the state of Washington", "Co Dublin";
* the lists it stands in ("Hrodna, Brest and Minsk") and the first-level regions listed with it;
* a country's embassy it hosts ("the US embassy in Moscow": Moscow is not in the US);
* whether it names a neighbourhood ("Colonia Miramar", "Saheb Bazar area of Rajshahi").

:mod:`geomap.resolve` weighs these as evidence; each function takes the document's mentions (in
text order), their candidates and the text, and returns plain values keyed by mention index.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .types import LOCAL_UNIT_CODES, Candidate, Mention, Place, Resolution
from .wordlists import COUNTY_LIST_AFTER, FIRST_LEVEL_WORDS, REGION_WORDS, TOWN_WORDS

# What may stand between a place and its parent: "Paris, Texas", "Yanfolila (Sikasso)",
# "Daulatpur upazila (Kushtia)", "Kirkwood in Missouri".
ADMIN_WORDS = r"(?:upazila|district|county|province|state|region|division|municipality|city|town|village|area|sub-?county|ward|lga|parish|governorate|prefecture|department|commune)"
# "Richardson Bay (California)": a feature named after a place, then its state in brackets
_FEATURE_WORDS = r"(?-i:Bay|Lake|River|Creek|Island|Harbou?r|Canyon|Beach)"
_PARENT_GAP = re.compile(
    # "Al Alam military camp (Marib, Marib)": a site's kind in small letters before the bracket
    rf"\A(?:\s*,\s*|(?:\s+{ADMIN_WORDS}|(?:\s+(?-i:[a-z])[a-z-]+){{1,2}}|\s+{_FEATURE_WORDS})?\s*\(\s*|(?:\s+{ADMIN_WORDS})?\s*,\s*|\s+in\s+(?:the\s+)?|\s+near\s+|\s+outside\s+"
    # "Blackrock, Co Dublin", "Arklow Co Wicklow": the Irish county written short
    r"|\s*,?\s+(?-i:Co)\.?\s+"
    # "the Rice Lake area of Fulton County", "the Karen suburb of Nairobi"
    r"|\s+(?:area|section|neighbou?rhood|suburb|district)\s+of\s+(?:the\s+)?"
    # "New Brighton (Nelson Mandela Bay, Eastern Cape)": a district the gazetteer lacks between
    # a town and its region
    rf"|(?:\s+{ADMIN_WORDS})?\s*\(\s*(?-i:[A-Z])[\w'’. -]{{0,40}},\s*)\Z",
    re.I,
)


_WORD_AFTER = re.compile(r"[ ]+([A-Za-z-]+)")
_POSSESSIVE = re.compile(r"['’]s\b")


# "Co Dublin", "Co. Cork", "County Kerry": a county named as such before its name (Irish usage)
_COUNTY_BEFORE = re.compile(r"\b(?:Co\.?|County) \Z")
# "the state of Washington", "the governorate of Idlib": a first-level region named as such before its name
_FIRST_LEVEL_BEFORE = re.compile(r"\bthe\s+(?:state|oblast|governorate)\s+of\s+$", re.I)


# A capitalised name (its particles aside: "San Pedro de Ycuamandiyu"), then an opening bracket —
# not a kind word ("Tiati sub-county (Silale, Choken, …)" lists its parts) nor any other small word.
# A town's word may stand before the bracket ("Maulvibazar town (Maulvibazar Sadar, Sylhet)"): a
# town's bracket holds its parents.
_NAME_THEN_BRACKET = re.compile(
    r"[A-Z][\w'’.]*(?:[ -](?:[A-Z][\w'’.]*|[a-z]{1,3}(?= [A-Z])))*?(?: (?:town|city|village|municipality))? \(\Z")


def _bracketed_district_or_region(text: str, start: int, end: int) -> bool:
    """Whether the name stands in brackets after a place's name as the first or last of two or
    more areas: "Kabushwa (Kabare, Sud-Kivu)", "Qaniyah (Mahliyah, Marib)" — ACLED's way of writing
    a place's district and region. (One name alone in brackets may be another name of the place:
    "Maragat (San Andres)", "Kyiv (Kiev)".)"""
    if text[start - 2:start] == " (" and text[end:end + 1] == ",":
        return _NAME_THEN_BRACKET.search(text, max(0, start - 60), start) is not None
    if text[start - 2:start] == ", " and text[end:end + 1] == ")":
        opening = text.rfind("(", max(0, start - 60), start)
        return opening > 0 and ")" not in text[opening:start] and (
            _NAME_THEN_BRACKET.search(text, max(0, opening - 60), opening + 1) is not None)
    return False


def kind_word(text: str, end: int, start: int | None = None) -> str | None:
    """``"town"``, ``"region"`` or ``"state"`` (a first-level region: "Merida state" is the
    Venezuelan state, not a Mexican municipality) when the word after a name says which is meant
    (or "the state of" before it), or the list of counties it opens does, or it stands as a
    district or region in brackets after a place (:func:`_bracketed_district_or_region`)."""
    if start is not None and text[max(0, start - 3):start].lower() == "of " and (
            _FIRST_LEVEL_BEFORE.search(text, max(0, start - 25), start)):
        return "state"
    if start is not None and _COUNTY_BEFORE.search(text, max(0, start - 7), start):
        return "region"  # "Blackrock, Co Dublin", "Arklow Co Wicklow": the Irish county
    if start is not None and _bracketed_district_or_region(text, start, end):
        return "region"
    match = _WORD_AFTER.match(text, end, end + 20)
    word = match.group(1).lower() if match else ""
    if word in TOWN_WORDS:
        return "town"
    if word in FIRST_LEVEL_WORDS:
        return "state"
    if word in REGION_WORDS:
        return "region"
    if (not word or word in ("and", "or")) and COUNTY_LIST_AFTER.match(text, end, end + 300):
        return "region"  # "Clay, Grant and Wilkin counties", "Douglas and Wyandotte counties"
    return None


def written_parents(mentions: Sequence[Mention], options: list[list[Candidate]], text: str) -> dict[int, list[Place]]:
    """Mention index -> the regions or countries written right after it as its parent."""
    parents: dict[int, list[Place]] = {}
    for i in range(len(mentions) - 1):
        gap = text[mentions[i].end:mentions[i + 1].start]
        if not (len(gap) <= 24 and _PARENT_GAP.match(gap) or len(gap) <= 80 and _DEFINED_IN.match(gap)):
            continue
        if (_in_a_list(mentions, text, i) and not _town_then_its_region(mentions, options, text, i)) or (
                _in_a_list(mentions, text, i + 1) and not _chain(options, i + 1)):
            continue  # "Alaska, Alabama, Arizona", "Hrodna, Brest and Minsk": a list goes on
        if mentions[i + 1].kind == "demonym":
            continue  # "Lajas (Spanish pronunciation: …)", "Kyiv (Ukrainian: Київ)": a language, not a parent
        if _POSSESSIVE.match(text, mentions[i + 1].end) or mentions[i + 1].surface[-2:] in ("'s", "’s"):
            continue  # "the eastern Mediterranean area of Rome's dominions": whose, not where
        if _own_region(options[i]) and _own_region(options[i + 1]):
            continue  # "near the Indiana, Ill., border": two states, neither the other's parent
        # ... or one of the administrative units the gazetteer holds as points ("Saria, Cheptais
        # sub-county": a Kenyan constituency), which no other reading lies in
        areas = [c.place for c in options[i + 1]
                 if c.place.kind in ("country", "admin1", "admin2") or c.place.feature_code in LOCAL_UNIT_CODES]
        if kind_word(text, mentions[i + 1].end, mentions[i + 1].start) == "state":
            # "Merida, Merida state": the state, not the Mexican municipality of that name
            areas = [a for a in areas if a.kind == "admin1"] or areas
        if i + 2 < len(mentions) and _TWO_COUNTIES.match(text[mentions[i + 1].end:mentions[i + 2].start + 1]) and (
                _COUNTIES_AFTER.match(text, mentions[i + 2].end)):
            # "Portland is a city in Nueces and San Patricio counties": it lies in either
            areas += [c.place for c in options[i + 2] if c.place.kind == "admin2"]
        if areas:
            parents[i] = areas
    # A place written before a town and that town's region ("Macarthur, Monreal, Masbate": village,
    # municipality, province, as ACLED writes them) lies in the region too; so does one written
    # before them in brackets ("Bamba (Koro, Mopti)").
    for i in range(len(mentions) - 2):
        if i in parents or i + 1 not in parents or text[mentions[i].end:mentions[i + 1].start] not in (", ", " ("):
            continue
        if _in_a_list(mentions, text, i) or _own_region(options[i]):
            continue
        towns = [c.place for c in options[i + 1] if c.place.kind == "city" and any(c.place.lies_in(a) for a in parents[i + 1])]
        if towns:
            parents[i] = [a for a in parents[i + 1] if any(t.lies_in(a) for t in towns)]
    # A chain narrows its links: in "Louisville is a city in Jefferson County, Georgia" the
    # county is the one in Georgia, not Jefferson County, Kentucky, which holds another Louisville.
    for i in sorted(parents, reverse=True):
        outer = parents.get(i + 1)
        inside = [a for a in parents[i] if outer and any(a.lies_in(o) for o in outer)]
        parents[i] = (inside or parents[i])[:5]
    return parents


# "Rock Island is an unincorporated community in Colorado County", "Lancaster is a city in and the
# county seat of Grant County", "Kabarnet, a town in Baringo County", "Walpole is a small village and
# civil parish in the district of … in Suffolk", "Alliance is a village in central Alberta": the area
# a place is said to lie in (not after "north of", "near", "a suburb of": those lie outside it).
_DEFINED_IN = re.compile(
    r"\A(?:\s*\([^()]{0,100}\)|\s*/[^/]{1,40}/(?:\s+[A-Z][\w-]*)?)?"  # "Lajas (Spanish: …)", "Cairo /ˈkɛəroʊ/ CARE-o"
    r"(?:\s+(?:is|was)|\s*,)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:city|town|village|community|suburb|hamlet|borough|township|municipality|settlement|census-designated place|"
    r"neighbou?rhood|locality|seat|capital|parish)\s+"
    r"(?:(?!(?:north|south|east|west|northeast|northwest|southeast|southwest|near|outside|from|side|suburb)\b)(?:[\w-]+|\([^()]{0,40}\))\s+){0,6}?"
    r"(?:in|of|within)\s+(?:the\s+)?(?:(?:north|south|east|west|central|rural|upstate|downstate|"
    r"(?:north|south)?(?:east|west)?(?:ern)|[\w-]+(?:ian|ese|ish|an))\s+){0,2}?\Z", re.I)  # "in central Alberta", "in the northeastern Nigerian state of"


def said_to_be_towns(mentions: Sequence[Mention], parents: dict[int, list[Place]], text: str) -> set[int]:
    """The mentions the text defines as a settlement in the area written next ("Washington is a
    town in Rappahannock County", "Kabarnet, a town in Baringo County")."""
    return {i for i in parents if _DEFINED_IN.match(text[mentions[i].end:mentions[i + 1].start])}


_TWO_COUNTIES = re.compile(r"\s+and\s+\w\Z")
_COUNTIES_AFTER = re.compile(r"\s+(?:counties|Counties)\b")

# After the last name of a chain: the clause ends, or a kind word or small word follows ("Macarthur,
# Monreal, Masbate.", "San Juan, Lagunillas, Merida state,").
_CHAIN_ENDS = re.compile(rf"\s*(?:[.;:)!?]|\s+{ADMIN_WORDS}\b|,\s+(?-i:[a-z0-9])|\Z)", re.I)
# "Oregon and Washington", "Texas, Ohio", "in Wales and in England" (the preposition repeated)
_LIST_GAP = re.compile(r"\A\s*(?:,\s*|,?\s*(?:and|or)\s+(?:(?:in|to|from|across|throughout)\s+)?)\Z")


def listed_with_regions(mentions: Sequence[Mention], options: list[list[Candidate]], text: str) -> dict[int, set[str]]:
    """Mention index -> the countries of the first-level regions, named by their own names, that
    it is listed with (joined by a comma, "and" or "or" to the mention before or after it)."""
    regions = [
        cands[0].place.country_code
        if cands and cands[0].place.kind == "admin1" and cands[0].name_kind == "name" and m.kind != "demonym" else None
        for m, cands in zip(mentions, options)
    ]
    if not any(regions):
        return {}

    def written_with_parent(j: int) -> bool:
        # "Washington, D.C.", "Portland, Oregon": the name after the comma holds or is a reading
        if j + 1 >= len(mentions) or text[mentions[j].end:mentions[j + 1].start].strip() != ",":
            return False
        return any(c.place.id == p.place.id or c.place.lies_in(p.place) for c in options[j] for p in options[j + 1][:3])

    out: dict[int, set[str]] = {}
    for i in range(len(mentions) - 1):
        if not _LIST_GAP.match(text[mentions[i].end:mentions[i + 1].start]):
            continue
        for a, b in ((i, i + 1), (i + 1, i)):
            cc = regions[b]
            if cc is not None and not written_with_parent(a):
                out.setdefault(a, set()).add(cc)
    return out


# "the US embassy in", "Kenya's High Commission in", "the American consulate at"
_MISSION_AFTER_COUNTRY = re.compile(
    r"\A(?:['’]s)?\s+(?:embassy|embassies|consulate|consulates|consulate-general|high\s+commission|mission)\s+(?:in|at|to)\s+(?:the\s+)?\Z",
    re.I)
# "the Embassy of the United States in"
_MISSION_OF = re.compile(r"\b(?:embassy|embassies|consulate|consulates|consulate-general|high\s+commission)\s+of\s+(?:the\s+)?\Z", re.I)
_IN_AFTER_COUNTRY = re.compile(r"\A\s+(?:in|at)\s+(?:the\s+)?\Z")
# (plain substring tests: ten times faster than one case-blind pattern over a whole article)
_MISSION_WORDS = ("mbass", "onsul", "ission", "MBASS", "ONSUL", "ISSION")


def embassy_hosts(mentions: Sequence[Mention], options: list[list[Candidate]], text: str) -> dict[int, set[str]]:
    """Mention index -> countries it does not lie in, for a place named as the seat of another
    country's embassy or consulate: "the US embassy in Moscow", "the Embassy of the United States
    in Moscow", "the Kenyan High Commission in London" (a country's mission is abroad)."""
    out: dict[int, set[str]] = {}
    if not any(word in text for word in _MISSION_WORDS):
        return out
    for j in range(len(mentions) - 1):
        cands = options[j]
        if not cands or cands[0].place.kind != "country":
            continue
        gap = text[mentions[j].end:mentions[j + 1].start]
        if _MISSION_AFTER_COUNTRY.match(gap) or (
            _IN_AFTER_COUNTRY.match(gap) and _MISSION_OF.search(text, max(0, mentions[j].start - 40), mentions[j].start)
        ):
            out.setdefault(j + 1, set()).add(cands[0].place.country_code)
    return out


def _own_region(cands: Sequence[Candidate]) -> bool:
    """Whether a name's first reading is a first-level region by its own name ("Indiana", "Ill.")."""
    return bool(cands) and cands[0].place.kind == "admin1" and cands[0].name_kind in ("name", "abbr")


def _chain(options: list[list[Candidate]], i: int) -> bool:
    """Whether the name after mention ``i`` is an area holding one of its area readings: in
    "Trenton, Blackford County, Indiana" the commas chain parents, they do not list places."""
    if i + 1 >= len(options):
        return False
    # ... written as an area: "Washington" in "California, Washington, Utah" is no Washington County
    areas = [c.place for c in options[i] if c.place.kind in ("admin1", "admin2") and not county_word_dropped(c)]
    return any(a.lies_in(c.place) for c in options[i + 1] if c.place.kind in ("country", "admin1") for a in areas)


def _town_then_its_region(mentions: Sequence[Mention], options: list[list[Candidate]], text: str, i: int) -> bool:
    """Whether commas alone join mention ``i`` to the names before and after it, the list ends
    there, and the name after it is an area holding one of its town readings: "Macarthur, Monreal,
    Masbate" (village, municipality, province, as ACLED writes them) chains parents."""
    if text[mentions[i - 1].end:mentions[i].start] != ", " or text[mentions[i].end:mentions[i + 1].start] != ", ":
        return False
    if not (_CHAIN_ENDS.match(text, mentions[i + 1].end) or _chain(options, i + 1)):
        return False  # "Ottawa, Montreal, Quebec & Vancouver", "San Antonio, San Antonio el Brillante, …": a list
    towns = [c.place for c in options[i] if c.place.kind == "city"]
    return any(t.lies_in(c.place) for c in options[i + 1] if c.place.kind in ("admin1", "admin2") for t in towns)


def _in_a_list(mentions: Sequence[Mention], text: str, i: int) -> bool:
    """Whether mention ``i`` stands inside a list: joined by a comma or "and" both to the
    mention before it and to the one after it."""
    def gap(a: int, b: int) -> bool:
        return 0 <= a and b < len(mentions) and bool(_LIST_GAP.match(text[mentions[a].end:mentions[b].start]))
    return gap(i - 1, i) and gap(i, i + 1)


def parent_roles(parents: dict[int, list[Place]], options: list[list[Candidate]]) -> dict[int, set[int]]:
    """Mention index -> ids of its area readings that contain a reading of the mention before it:
    in "Koutiala, Sikasso" the second name is the region around the first, not the town."""
    roles: dict[int, set[int]] = {}
    for i, areas in parents.items():
        containing = {a.id for a in areas if any(c.place.lies_in(a) for c in options[i])}
        if containing:
            roles[i + 1] = containing
    return roles


_NEIGHBOURHOOD_BEFORE = re.compile(r"\b(?:[Cc]olonia|Col\.|[Bb]arrio|[Bb]airro|[Ff]raccionamiento)\s+(?:\w+\s+){0,3}$")
_NEIGHBOURHOOD_AFTER = re.compile(
    r"\s+(?:neighbou?rhood|quarter|colony|(?:area|locality|estate|slum)\s+(?:of|in)\s+(?:the\s+)?[A-Z])\b", re.I)
# ... or the list it opens is: "in Andarai, Cordovil and Vila Isabel neighborhoods", "in
# Rampura and Demra areas" (a list: "the DeKalb neighborhoods" are the town's; "Kampala, Mityana
# and other areas" are towns)
_NEIGHBOURHOOD_LIST_AFTER = re.compile(
    r"(?:,\s*[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,2}){0,12}(?:,?\s+(?:and|or|&)\s+[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,2})"
    r"\s+(?i:neighbou?rhoods|quarters|favelas|slums|areas)\b")


def bracketed_after_a_town(text: str, m: Mention, before: list[Resolution]) -> bool:
    """Whether the mention stands alone in brackets right after a name resolved to a town:
    "Panama City (Bella Vista)", ACLED's way of writing a neighbourhood. (After a name the
    gazetteer lacks, the bracket holds its town or district: "Ayn Zarah (Tripoli)".)"""
    if not before or text[m.start - 2:m.start] != " (" or text[m.end:m.end + 1] != ")":
        return False
    last = before[-1]
    return last.mention.end == m.start - 2 and last.place is not None and last.place.kind == "city"


def names_a_neighbourhood(text: str, m: Mention) -> bool:
    """Whether a mention names part of a town: "Colonia Miramar", "Bom Jardim neighborhood",
    "Saheb Bazar area of Rajshahi", "Andarai, Cordovil and Vila Isabel neighborhoods"."""
    return bool(
        m.surface.startswith(("Colonia ", "Barrio ", "Bairro "))
        # "Colonia del Parque": the word alone matched a namesake ("La Colonia") — still a neighbourhood
        or m.surface in ("Colonia", "Barrio", "Bairro") and re.match(r"\s+(?:del?|la|las|los|[A-Z0-9])", text[m.end:m.end + 6])
        or _NEIGHBOURHOOD_BEFORE.search(text, max(0, m.start - 40), m.start)
        or _NEIGHBOURHOOD_AFTER.match(text, m.end, m.end + 20)
        or _NEIGHBOURHOOD_LIST_AFTER.match(text, m.end, m.end + 300)
    )


_COUNTY_WORDS = (" county", " parish", " borough")


def county_word_dropped(cand: Candidate) -> bool:
    """Whether a county is reached by its name without the word "County", which readers
    always write ("Jefferson County"), so the bare name means something else."""
    return cand.place.name.lower().endswith(_COUNTY_WORDS) and not cand.matched_name.lower().endswith(_COUNTY_WORDS)

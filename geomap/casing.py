"""The case policy: what the way a name is written allows, before what it means.

Place names are capitalised in running text; an abbreviation counts only written exactly ("US",
"Ky.", never "Us"); a two-letter state code only as a parent ("Troy, NC") or the way bulletins
write codes ("Cass-ND", "the NE/KS border"); short all-capitals words are acronyms ("CEO");
a lower-case word inside a name ends it ("Mandera county"); and capitals are no objection in a
dateline ("WESTFIELD -- ") or a headline shouted in capitals. :mod:`geomap.mentions` asks these
questions of every match.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .types import Candidate
from .wordlists import COMMON_WORD_ZIPF, FUNCTION_WORD_ZIPF, US_STATE_CODES, word_frequency

# Lower-case words inside place names ("Stratford upon Avon", "Rio de Janeiro").
_NAME_PARTICLES = {"upon", "sous", "sur", "under", "over", "near", "along", "dels", "della", "delle", "degli",
                   "dans", "auf", "bei", "unter", "ober", "nach", "van", "von", "der", "den", "des"}


def lowercase_word_inside(surface: str) -> bool:
    """Whether a several-word name is written with a lower-case word of four letters or more, or
    an everyday three-letter one, after its first ("The center", "Mandera county", "The gap"),
    which a name's own words never are ("Stratford upon Avon" and other particles aside, elided
    ones, "Côte d'Ivoire", and the Arabic article joined to its word, "Deir ez-Zor", "Jisr
    al-Shughur", "Sharm el-Sheikh")."""
    return any(
        w[0].islower() and w not in _NAME_PARTICLES and (
            len(w) >= 4 and w[1:2] not in ("'", "’") and not _JOINED_ARTICLE.match(w)
            # a short everyday word too ("The gap between…" is no The Gap, Queensland), not a
            # particle ("Trinidad and Tobago", "Rio de la Plata") nor a romanised syllable ("Bei")
            or len(w) == 3 and w not in _SHORT_PARTICLES and COMMON_WORD_ZIPF <= word_frequency(w) < FUNCTION_WORD_ZIPF)
        for w in surface.split()[1:]
    )


# Articles and particles of three letters inside names ("Rio de los Remedios", "Alphen aan den
# Rijn", "Khabb wa ash Shaaf", "Ras ibn Hani"), and the everyday words GeoNames writes small inside
# twenty names or more (romanised syllables: "Shi men", "Da ban"): a name's own words.
_SHORT_PARTICLES = frozenset({
    "del", "los", "las", "les", "des", "der", "den", "die", "dos", "das", "von", "van", "sur", "ter", "ten", "aan",
    "het", "lez", "and", "the", "ash", "bin", "ibn", "abu", "umm", "ben", "san", "duo", "pan", "gen", "sen", "tan",
    "man", "men", "ban", "dan", "sir", "lie", "ken", "min", "fan", "bay", "ran", "pie", "tie", "jan",
})
_JOINED_ARTICLE = re.compile(r"(?:a[lzsdrnt]|e[lzsdrnt]|ash|esh|ul|ud|ur|bin|ibn|bint)[-‐]")


def case_rule(surface: str, candidates: Sequence[Candidate]) -> str:
    """What the way a name is written allows, known from the name alone: ``"yes"``, ``"no"``, or
    for an abbreviation written exactly, ``"after comma"`` (a two-letter state code) or
    ``"not after number"`` (see :func:`case_allows`).

    Abbreviations must match exactly ("US", "Ky." — not "Us"); a two-letter state code counts
    only as a parent after a comma ("Troy, NC"), never alone ("OK", "IN", "ME"); short ALL-CAPS
    words that are not abbreviations are acronyms, not places ("CEO", "IT")."""
    exact = [c for c in candidates if c.name_kind == "abbr" and (
        c.matched_name == surface
        # a short name kept with the abbreviations ("America", "Korea") in a headline's capitals
        or (surface.isupper() and len(surface) >= 4 and c.matched_name[1:].islower() and c.matched_name.upper() == surface))]
    if len(surface) <= 2 and not exact:
        return "no"  # "Al", "El", "La": articles of longer names, never places alone
    if lowercase_word_inside(surface):
        return "no"
    if exact and len(surface) == 2 and all(c.place.kind in ("admin1", "admin2") for c in exact):
        return "after comma"
    if all(c.name_kind == "abbr" for c in candidates) and not exact:
        return "no"
    letters = surface.replace(".", "")
    if not exact and letters.isupper() and (len(letters) <= 3 or len(letters) <= 5 and all(
        c.name_kind == "alt" and not c.matched_name.isupper() for c in candidates
    )):
        return "no"  # "CEO"; "SUST university": an acronym, not Soest's old name "Sust"
    if exact:
        return "not after number"
    if letters.isalpha() and 4 <= len(letters) <= 5 and letters.isupper() and not any(
            c.matched_name == surface for c in candidates):
        # "SWAT", "NICE", "MENA": a place written in capitals that is no name of it in capitals
        # ("USSR" is) stands only where no acronym can
        return "not an acronym"
    return "yes"


def case_allows(rule: str, text: str, start: int, end: int | None = None) -> bool:
    """Whether a name with this :func:`case_rule` may be a place where it stands (``end``: where
    the name ends, which the rule ``"not an acronym"`` needs)."""
    if rule == "yes":
        return True
    if rule == "not an acronym":
        return end is None or not acronym_in_running_text(text, start, end)
    if rule == "not after number":
        return not re.search(r"\d\s*$", text[max(0, start - 6):start])  # "300 B.C.", "Route 9 N.S.": a date or a code
    if rule == "after comma":
        return text[max(0, start - 2):start] == ", " or _state_code_written_as_one(text, start) or (
            # "a tornado comes in TN", "Lyme disease in NY": after a preposition of place, a
            # state code that is no English word ("in OR", "in ME", "in IN" are not Oregon…)
            text[start:start + 2] not in WORD_LIKE_STATE_CODES
            and _PREPOSITION_BEFORE.search(text, max(0, start - 12), start) is not None
        )
    return False


_SMALL_WORD_AFTER = re.compile(r" [a-z]")
# The word before: a run of capitals ("PROTESTS IN MINSK turn") or a preposition of place ("riots
# in LIMA and") leaves the word a name.
_CAPITALS_OR_PLACE_PREPOSITION_BEFORE = re.compile(
    r"(?:\b[A-Z]{2,}[.,:;!?]?|\b(?:in|at|to|from|near|outside|across)\b)\s+\Z")


def acronym_in_running_text(text: str, start: int, end: int) -> bool:
    """Whether a word in capitals stands in running text as an acronym: before a small-letter word
    ("as SWAT team members", "agency MENA reported", "or NICE program"), or bracketed after a
    small-letter word as its short form ("chloroaniline) (MOCA)"). A dateline ("NEWARK — "), a run
    of capitals ("PROTESTS IN MINSK turn"), a name after a preposition of place ("in LIMA and")
    and a hashtag are none of these."""
    before = text[max(0, start - 30):start]
    if _SMALL_WORD_AFTER.match(text, end):
        return not _CAPITALS_OR_PLACE_PREPOSITION_BEFORE.search(before)
    return text[start - 1:start] == "(" and text[end:end + 1] == ")" and bool(
        re.search(r"\b[a-z][\w'’)-]*\s+\(\Z", before))


_COUNTY_THEN_CODE = re.compile(r"[A-Z][a-z]+-\Z")
_CODE_PAIR = re.compile(r"[A-Z]{2}/[A-Z]{2}\b")
_CODE_PAIR_BEFORE = re.compile(r"\b[A-Z]{2}/\Z")


def _state_code_written_as_one(text: str, start: int) -> bool:
    """Whether a two-letter code at ``start`` is written the way weather bulletins and tweets
    write state codes: after a county and a hyphen ("Cass-ND"), paired with another by a slash
    ("the NE/KS border") or bracketed ("Sour Lake [TX]")."""
    code = text[start:start + 2]
    if code not in US_STATE_CODES or code in WORD_LIKE_STATE_CODES:
        return False  # "OK/NO", "Wal-MA…"
    pair = _CODE_PAIR.match(text, start) or _CODE_PAIR_BEFORE.search(text, max(0, start - 3), start)
    return bool(
        _COUNTY_THEN_CODE.search(text, max(0, start - 20), start)
        or pair and all(c in US_STATE_CODES for c in pair.group().split("/") if c)  # not "AC/DC"
        or (text[start - 1:start] in ("[", "(") and text[start + 2:start + 3] in ("]", ")"))
    )


#: Two-letter state codes that are also words or everyday abbreviations ("in OR", "in ME", "MD",
#: "in LA" — Louisiana or Los Angeles): places only after a comma. So are the Canadian provinces'
#: postal codes ("Toronto, ON"; "in ON time", "in BC 300") and the Northern Territory's ("NT": the
#: New Testament).
WORD_LIKE_STATE_CODES = frozenset({"IN", "OR", "ME", "OK", "HI", "OH", "AS", "ID", "CO", "LA", "MA", "MD", "DE", "AL", "PA", "GA",
                                    "ON", "AB", "BC", "SK", "MB", "QC", "NB", "NS", "PE", "NL", "NT"})
_PREPOSITION_BEFORE = re.compile(r"\b(?:in|across|throughout|near|from|to)[ ]\Z", re.I)


# What follows a news dateline's place: its state or country, the agency, then a dash
# ("WESTFIELD - ", "CHARLESTON, W.Va. -- ", "MOUNT GILEAD (AP) -- ", "HUME – ").
_AFTER_DATELINE = re.compile(r"(?:,\s+[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?(?:\s*\([A-Za-z .]{1,20}\))?\s*(?:--?|[–—])\s")


_WORD = re.compile(r"[^\W\d_][\w'’.-]*")


def shouting(text: str, start: int, end: int) -> bool:
    """Whether a name in capitals stands in a run of capitals — five words or more within forty
    characters either side ("THE NATIONAL WEATHER SERVICE IN RALEIGH HAS ISSUED"), not a byline
    ("BY ABBEY ROY")."""
    words = _WORD.findall(text, max(0, start - 40), min(len(text), end + 40))
    return sum(1 for w in words if len(w) >= 2 and w.isupper()) >= 5


def dateline(text: str, start: int, end: int) -> bool:
    """Whether the name, written in capitals first in its sentence and followed by a dash, is a
    news dateline: the place the story is filed from, whatever else the word may be."""
    surface = text[start:end]
    return len(surface) >= 3 and surface.isupper() and _AFTER_DATELINE.match(text, end) is not None

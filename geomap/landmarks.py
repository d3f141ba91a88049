"""A landmark the gazetteer lacks, put at the town in its name.

A given span ("Bettendorf Public Library", "Sedgwick County Zoo", "North London", "Town of
Groton") that no gazetteer name matches whole still says where it is when a town or county is
written in it: an institution named after its town stands in it, and "North London" is part of
London. The rule is used where the spans are given (``--given-spans``); a recognising run
already reports the town inside such a name as an ``embedded`` mention.

A recognising run also asks :func:`names_a_dedication`: the saint a church, school or hospital
is dedicated to ("St. Mary's Church", "Holy Trinity School") is no town of that name.

It stays out where the name inside says nothing of where the landmark is:

* waters, mountains and other natural features ("Cumberland River", "Blue Hill Bay", "Thames
  Valley") run far from the town that shares their name;
* streets ("Mitchell Road") are named after towns elsewhere;
* an embassy or consulate stands in another country than the one in its name;
* a first-level region or a country in a landmark's name ("University of New Mexico") is too
  large to point at the landmark; only the whole place with no more than an article or a
  possessive ("New Hampshire's") takes any kind of place — and a compass part of one ("Northwest
  Arkansas") is placed by :mod:`geomap.parts` instead.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .gazetteer.store import haversine_km
from .types import Mention, Resolution
from .wordlists import SAINT_WORDS

#: Words that make a name a natural feature's, or a street's, or a mission abroad's.
NOT_AT_THE_TOWN_WORDS = frozenset({
    # waters and land forms
    "river", "creek", "brook", "stream", "lake", "lakes", "pond", "reservoir", "lagoon", "bay", "harbor",
    "harbour", "sound", "strait", "straits", "gulf", "sea", "ocean", "coast", "beach", "shore", "island",
    "islands", "isle", "isles", "peninsula", "peninsular", "cape", "point", "delta", "bayou", "canal", "falls",
    "mountain", "mountains", "mount", "mt", "hill", "hills", "ridge", "range", "ranges", "peak", "valley",
    "canyon", "gorge", "desert", "forest", "woods", "plain", "plains", "plateau", "basin", "glacier",
    "lowland", "lowlands", "highlands", "fault", "levels", "reserve", "refuge", "wilderness", "trail",
    "track", "route", "cemetery", "graveyard",
    # streets
    "street", "st", "road", "rd", "avenue", "ave", "boulevard", "blvd", "lane", "ln", "drive", "dr", "way",
    "highway", "hwy", "parkway", "pkwy", "freeway", "expressway", "turnpike", "pike", "terrace", "crescent",
    # missions of another country
    "embassy", "consulate", "mission",
})
#: Words that leave the place itself: an article, a possessive's ending.
BARE_WORDS = frozenset({"the", "s"})
#: Kinds of place a landmark may be put at: a town, or a county or district.
LOCAL_KINDS = frozenset({"city", "admin2"})
#: A landmark gets this share of the confidence its town was resolved with.
CONFIDENCE_SHARE = 0.9
#: Below this confidence for the town itself, the landmark is left without a point.
MIN_TOWN_CONFIDENCE = 0.5
#: Two places in one landmark's name must lie this close to stand for one spot ("Vienna/Fairfax").
SAME_SPOT_KM = 161.0

_WORD = re.compile(r"[^\W\d_]+")
_ARTICLE_BEFORE = re.compile(r"\b(?:la|el|le|les|los|las|il|lo|al|l['’])\s*\Z", re.I)
_JOINED = re.compile(r"\band\b|&", re.I)


def place_in_name(span: Mention, inner: Sequence[Resolution]) -> Resolution | None:
    """The resolution for ``span`` (a name the gazetteer lacks) from the resolved places written
    inside it, or None when they do not say where it is.

    >>> from geomap.types import Place
    >>> town = Place(1, 1, "Bettendorf", "city", "P", "PPL", "US", "IA", "163", 39_000, 41.52, -90.52)
    >>> span = Mention(0, 25, "Bettendorf Public Library")
    >>> inner = [Resolution(Mention(0, 10, "Bettendorf", "embedded"), town, 0.9)]
    >>> place_in_name(span, inner).place.name
    'Bettendorf'
    >>> place_in_name(Mention(0, 17, "Bettendorf Lake"), inner) is None
    True
    """
    placed = [r for r in inner if r.place is not None and r.place.lat is not None
              and r.mention.kind in ("literal", "embedded", "based")]
    if not placed:
        return None
    rest = _outside(span, [r.mention for r in placed])
    words = _words_of(rest)
    bare = words <= BARE_WORDS and not any(ch.isdigit() for ch in rest)
    if not bare and any(_not_named_after_the_town(span, r.mention) for r in placed):
        return None
    if words & NOT_AT_THE_TOWN_WORDS or _JOINED.search(rest):
        return None  # "Cumberland River", "Mitchell Road"; two names joined ("Jammu & Kashmir")
    usable = [r for r in placed if bare or r.place.kind in LOCAL_KINDS]
    if not usable:
        return None
    best = min(usable, key=lambda r: (r.place.kind != "city", -r.confidence))
    if best.confidence < MIN_TOWN_CONFIDENCE or any(
        haversine_km(best.place.lat, best.place.lon, r.place.lat, r.place.lon) > SAME_SPOT_KM for r in usable
    ) or any(not best.place.lies_in(r.place) for r in placed if r not in usable):
        return None  # a larger place written beside the town must hold it: "Fargo ND", not "Kansas State"
    reason = f"no gazetteer entry for {span.surface!r}: at {best.mention.surface!r}, written in it"
    return Resolution(span, best.place, round(best.confidence * CONFIDENCE_SHARE, 3), best.alternates,
                      (reason, *best.reasons))


#: Houses of worship: a saint's name before one is the saint it is dedicated to.
_WORSHIP_WORDS = (r"(?:church|churches|cathedral|chapel|basilica|abbey|parish|priory|minster|monastery|convent|"
                  r"mission|shrine)\b")
# "St. Mary's Church", "St. Mark's Coptic Orthodox Cathedral", "St. Takla Church"
_WORSHIP_AFTER = re.compile(rf"(?:['’]s)?(?:\s+[A-Z][\w'’.-]*){{0,3}}?\s+(?i:{_WORSHIP_WORDS})")
# "Holy Trinity School", "All Saints Cathedral", "Sacred Heart Hospital": always a dedication
_DEDICATION_NAME = re.compile(r"(?:Holy|All Saints|Sacred Heart|Our Lady|Blessed)\b")
_INSTITUTION_AFTER = re.compile(
    rf"(?:['’]s)?(?:\s+[A-Z][\w'’.-]*){{0,3}}?\s+(?i:{_WORSHIP_WORDS}|(?:school|college|academy|hospital|university|"
    r"seminary|high|primary|secondary|elementary)\b)")
#: Saint words of English-named dedications: not the Spanish and Portuguese ones that head town
#: names ("San Antonio Catholic Charities" is the city's).
_ENGLISH_SAINT_WORDS = SAINT_WORDS - {"san", "santa", "santo", "são", "sao"}


def names_a_dedication(text: str, m: Mention) -> bool:
    """Whether a mention is the saint a church, school or hospital is dedicated to, not a town
    of the name: "St. Mary's Church", "Holy Trinity School", "All Saints Cathedral" (but "St.
    Cloud Hospital", named after its town, and "St. John's, N.L." are the towns)."""
    words = m.surface.split()
    if _DEDICATION_NAME.match(m.surface):
        return _INSTITUTION_AFTER.match(text, m.end) is not None
    return (len(words) > 1 and words[0].lower().rstrip(".") in _ENGLISH_SAINT_WORDS
            and _WORSHIP_AFTER.match(text, m.end) is not None)


def _not_named_after_the_town(span: Mention, inner: Mention) -> bool:
    """Whether the name inside ``span`` is no town's: a patron saint ("St. Mark's Cathedral"), a
    water's ("Indian River Marina"), or part of another name after a foreign article ("La Marina")."""
    surface = inner.surface
    return bool(
        " " in surface and surface.split()[0].lower().rstrip(".") in SAINT_WORDS
        or _words_of(surface) & NOT_AT_THE_TOWN_WORDS
        or _ARTICLE_BEFORE.search(span.surface, 0, inner.start - span.start)
    )


def _outside(span: Mention, inner: Sequence[Mention]) -> str:
    """``span``'s text with the ``inner`` mentions blanked out."""
    chars = list(span.surface)
    for m in inner:
        for k in range(max(0, m.start - span.start), min(len(chars), m.end - span.start)):
            chars[k] = " "
    return "".join(chars)


def _words_of(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text)}

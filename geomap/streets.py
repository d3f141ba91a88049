"""Street, square and park names: "Gladstone Road", "North Cooper Street", "Tahrir Square",
"Tsavo East National Park".

No bundled source lists streets, yet news names them all the time — where a march went, where a
shop was raided. A street's name says what it is by its last word, so it is recognised by form:
one to four capitalised words (or ordinals, "Fourth", "34th") before a street word. The name is
then one mention, not the town inside it ("Richmond Street" is no Richmond), and the resolver
places it at the town the text puts it in ("on Gladstone Road, Headington") or leaves it
unplaced: a missing point, never a namesake village's.
"""

from __future__ import annotations

import re

from .wordlists import CALENDAR

# The last word of a street's, square's or park's name. "Dr." (a title), "Court" (a court of law),
# "Place" and "Way" (everyday words: "Second Place", "No Way") are left out; "St." only where
# no capitalised word follows ("St. Paul" is a saint's name). The lookahead on the first letters
# lets the scan pass over most positions at once (twice as fast over WikToR).
_HEAD = re.compile(
    r"(?=[SRABLDPHTFE])\b(?:Street|Road|Avenue|Boulevard|Lane|Drive|Parkway|Highway|Terrace|Trail|Pike|Turnpike|Freeway"
    r"|Expressway|Square|Park|St\.|St\b|Rd\.|Ave\.|Av\.|Blvd\.|Ln\.|Pkwy\.|Hwy\.)(?!\w|[-‐]\w)"
)
# A word of the name: capitalised ("Gladstone", "O'Hare", "Martin", "Jr.", "N.") or an ordinal.
_NAME_WORD = re.compile(r"(?:[A-Z][\w'’-]*\.?|\d+(?:st|nd|rd|th))\Z")
_ABBREVIATED = re.compile(r"(?:[A-Z]|Jr|Sr|Mt|Ft|St|Dr|Rev|Gen|Col|Lt|Capt)\.\Z")
# Words that are no part of a street's name even when capitalised: the article and a title case
# headline's small words ("Protest In Place", "The Highway").
_NOT_NAME_WORDS = frozenset({
    "The", "A", "An", "In", "On", "At", "To", "Of", "For", "From", "By", "With", "And", "Or", "Is", "Are",
    "Was", "Were", "Be", "As", "Into", "Onto", "Near", "Off", "Up", "Down", "Over", "Under", "Along", "Across",
    "Via", "New", "Old", "I", "We", "He", "She", "They", "It", "This", "That", "Our", "Their", "His", "Her",
})
_MOST_WORDS = 4
# After the name: a newspaper's or a firm's ("the Wall Street Journal") — not the street itself.
_NOT_A_STREET_AFTER = re.compile(r"\s+(?:Journal|Times|Post|Bank|Banks|Capital|Partners|Associates)\b")
_HOUSE_NUMBER_BEFORE = re.compile(r"\d+[A-Za-z]?\s+$")
_NEXT_WORD = re.compile(r" ([A-Z][\w'’.-]*)")
_COMPASS = frozenset({"N", "S", "E", "W", "NE", "NW", "SE", "SW", "N.E", "N.W", "S.E", "S.W"})
_COMPASS_AFTER = re.compile(r" (?:North|South|East|West|Northeast|Northwest|Southeast|Southwest)\b(?![-‐]\w)")
_OPENING = frozenset("([{\"“‘'«")
_CAPITALISED_NEXT = re.compile(r"\s+[A-Z][a-z]")


# Streets named the French, Spanish, Portuguese and Italian way, the street word first: "Rue Casa
# Calvo", "Rue d'Enghien", "Avenida Paulista", "Calle Ocho", "Piazza Navona"; "Boulevard Voltaire"
# and "Place de la Concorde" too, where no capitalised word stands before the street word ("Sunset
# Boulevard Hotel") and, for "Place", a particle follows ("Place to Be" is no square).
_PREFIX_STREET = re.compile(
    r"(?<![\w'’-])(?:Boulevard|Place(?=\s+d)|Rue|Avenida|Calle|Rua|Piazza|Praça|Plaza(?=\s+de))"
    r"(?:\s+(?:de\s+la|de|du|des|del|della|di|do|da|dos|das)\b|\s+d['’](?=[A-Z]))?"
    r"(?:\s+|(?<=['’]))[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"
)
_CAPITALISED_BEFORE = re.compile(r"[A-Z][\w'’.-]* \Z")
# Two streets named with one plural street word, as news writes a crossing: "Madison and Delaware
# streets", "at Fifth and Pine streets", "Main and Washington streets" — one mention, no towns
_CROSSING_NAME = r"(?:[A-Z][\w'’-]*|\d+(?:st|nd|rd|th))(?:\s+[A-Z][\w'’-]*)?"
_INTERSECTION = re.compile(
    rf"(?<![\w'’-]){_CROSSING_NAME}\s+(?:and|&)\s+{_CROSSING_NAME}\s+(?:streets|avenues|roads|boulevards|drives|lanes)\b")
_PREFIX_WORDS = frozenset({"Rue", "Avenida", "Calle", "Rua", "Piazza", "Praça", "Plaza", "Boulevard", "Place"})


def street_spans(text: str, start: int = 0) -> list[tuple[int, int]]:
    """The ``(start, end)`` of every street or square name in ``text[start:]``, in order.

    >>> text = "Police closed North Cooper Street and Tahrir Square; St. Paul was quiet."
    >>> [text[s:e] for s, e in street_spans(text)]
    ['North Cooper Street', 'Tahrir Square']
    """
    spans = _suffix_streets(text, start)
    if " streets" in text or " avenues" in text or " roads" in text:
        crossings = [(m.start(), m.end()) for m in _INTERSECTION.finditer(text, start)
                     if not any(s < m.end() and m.start() < e for s, e in spans)]
        if crossings:
            spans = sorted(spans + crossings)
    if any(word in text for word in _PREFIX_WORDS):
        prefixed = [(m.start(), m.end()) for m in _PREFIX_STREET.finditer(text, start)
                    if not any(s < m.end() and m.start() < e for s, e in spans)
                    and not (m.group().startswith(("Boulevard", "Place")) and _CAPITALISED_BEFORE.search(text, start, m.start()))]
        if prefixed:
            spans = sorted(spans + prefixed)
    return spans


def _suffix_streets(text: str, start: int) -> list[tuple[int, int]]:
    """Streets named the English way, the street word last ("North Cooper Street")."""
    spans = []
    for head in _HEAD.finditer(text, start):
        if _NOT_A_STREET_AFTER.match(text, head.end()) or _longer_name_after(text, head):
            continue
        first = _name_start(text, head.start(), start)
        if first is None or (spans and first < spans[-1][1]):
            continue
        if head.group() in ("St.", "St") and _CAPITALISED_NEXT.match(text, head.end()) and not (
            _HOUSE_NUMBER_BEFORE.search(text, max(start, first - 12), first)
        ):
            continue  # "St. Paul", "St Bartholomew's": a saint's name, unless "44 Hungerford St. Police…"
        after = _COMPASS_AFTER.match(text, head.end())
        spans.append((first, after.end() if after else head.end()))  # "Eglinton Avenue West"
    return spans


def _longer_name_after(text: str, head: re.Match) -> bool:
    """Whether a capitalised word goes on with the name after its street word, making it a longer
    name's ("Rigdon Road Elementary School", "the National Highway Traffic Safety Administration",
    a headline's "Hopefuls Square Off") — but not a weekday ("Dixie Drive Wednesday"), a compass
    point ("8th Ave. N.") or a new sentence after an abbreviation ("Monument Ave. Police said")."""
    after = _NEXT_WORD.match(text, head.end())
    if after is None or head.group().endswith("."):
        return False
    word = after.group(1)
    return word.lower().rstrip(".") not in CALENDAR and word.rstrip(".").upper() not in _COMPASS and not (
        _COMPASS_AFTER.match(text, head.end()))


# The last word of a street's name, written out or with a compass point after it: a quick test
# before the full one.
_LAST_WORDS = frozenset({
    "Street", "Road", "Avenue", "Boulevard", "Lane", "Drive", "Parkway", "Highway", "Terrace", "Trail", "Pike",
    "Turnpike", "Freeway", "Expressway", "Square", "Park", "St.", "St", "Rd.", "Ave.", "Av.", "Blvd.", "Ln.",
    "Pkwy.", "Hwy.", "North", "South", "East", "West", "Northeast", "Northwest", "Southeast", "Southwest",
    # a crossing: "Madison and Delaware streets"
    "streets", "avenues", "roads", "boulevards", "drives", "lanes",
})


def is_street_name(surface: str) -> bool:
    """Whether ``surface`` is, by its form, a street's or square's name ("Gladstone Road", "Rue
    Casa Calvo")."""
    if surface.rpartition(" ")[2] not in _LAST_WORDS and surface.partition(" ")[0] not in _PREFIX_WORDS:
        return False
    spans = street_spans(surface)
    return len(spans) == 1 and spans[0] == (0, len(surface))


def _name_start(text: str, head_start: int, floor: int) -> int | None:
    """Where the name before a street word begins: the words joined to it by single spaces that
    are capitalised and no small word, at most four, not across a sentence's end."""
    first = None
    at = head_start
    for _ in range(_MOST_WORDS):
        if at - 1 < floor or text[at - 1] != " ":
            break
        word_start = text.rfind(" ", floor, at - 1) + 1
        word_start = max(word_start, text.rfind("\n", floor, at - 1) + 1, floor)
        word = text[word_start:at - 1]
        opened = word[:1] in _OPENING
        if opened:
            word_start, word = word_start + 1, word[1:]  # "(Main Street)", "“Tahrir Square”"
        if not word or not _NAME_WORD.match(word) or word in _NOT_NAME_WORDS:
            break
        if word.endswith(".") and not _ABBREVIATED.match(word):
            break  # "…closed. Main Street": a sentence ends there
        first = at = word_start
        if opened:
            break
    return first

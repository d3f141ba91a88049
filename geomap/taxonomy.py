"""The event taxonomy and its mapping to ACLED, PLOVER and CAMEO (users merge with ACLED data).

Every type is one row of :data:`TAXONOMY`; README's table is generated from the same rows in
spirit (keep them in step). ``acled`` gives the ACLED event type and sub-event type an event of
this type is coded as when it happened (severity can refine FORCE_ON_PROTEST).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class EventType:
    name: str
    covers: str
    acled_event_type: str
    acled_sub_event_type: str
    plover: str
    cameo: str


TAXONOMY: tuple[EventType, ...] = (
    EventType("PROTEST", "non-violent gathering to press a claim: demonstration, march, rally, vigil, sit-in, picket, hunger strike",
              "Protests", "Peaceful protest", "PROTEST demo, hunger", "141, 142"),
    EventType("STRIKE", "collective withdrawal of work or custom: strike, walkout, general strike, hartal, boycott",
              "Protests", "Peaceful protest", "PROTEST strike, boycott", "143"),
    EventType("BLOCKADE", "obstructing roads or access, occupations, encampments",
              "Protests", "Peaceful protest", "PROTEST obstruct", "144"),
    EventType("RIOT", "protesters use violence: clashes with police, stone throwing, arson, vandalism",
              "Riots", "Violent demonstration", "PROTEST riot, vandalize", "145"),
    EventType("MOB_VIOLENCE", "crowd violence not aimed at the authorities: lynching, vigilante, communal clashes",
              "Riots", "Mob violence", "ASSAULT beat, primitive", "182, 1823"),
    EventType("FORCE_ON_PROTEST", "security forces act on a gathering; severity dispersal or lethal",
              "Protests", "Protest with intervention", "ASSAULT crowd-control; COERCE restrict", "175"),
    EventType("ARREST", "detention, custody, charges, jail terms",
              "Strategic developments", "Arrests", "COERCE arrest", "173"),
    EventType("RESTRICTION", "curfew, protest ban, emergency or martial law, internet shutdown, censorship, deportation",
              "Strategic developments", "Change to group/activity", "COERCE curfew, martial-law, restrict, censor, deport", "172, 174"),
    EventType("ATTACK_CIVILIANS", "one-sided violence on unarmed people: killing, shooting, abduction, torture, sexual violence",
              "Violence against civilians", "Attack", "ASSAULT targeted, abduct, torture, sexual, beat", "18"),
    EventType("ARMED_CONFLICT", "organised armed violence: clashes, shelling, air strikes, IEDs, grenades, suicide bombs",
              "Battles", "Armed clash", "ASSAULT firearms, heavy-weapons, aerial, drone, explosives", "183, 19, 20"),
    EventType("LOOTING_DESTRUCTION", "looting, arson or destruction of property",
              "Strategic developments", "Looting/property destruction", "ASSAULT destroy; COERCE seize", "171"),
)
BY_NAME = {t.name: t for t in TAXONOMY}
TYPE_NAMES = tuple(t.name for t in TAXONOMY)

STATUSES = ("happened", "called", "planned", "negated", "hypothetical")


def acled_types(event_type: str, severity: str | None = None) -> tuple[str, str]:
    """ACLED (event_type, sub_event_type) for one of our types.

    >>> acled_types("FORCE_ON_PROTEST", "lethal")
    ('Protests', 'Excessive force against protesters')
    >>> acled_types("RIOT")
    ('Riots', 'Violent demonstration')
    """
    if event_type == "FORCE_ON_PROTEST" and severity == "lethal":
        return "Protests", "Excessive force against protesters"
    t = BY_NAME[event_type]
    return t.acled_event_type, t.acled_sub_event_type

"""Events: what happened where and when, per sentence, linked to the place it happened.

Steps, each a plain function:

* :func:`~geomap.text.sentences` — sentence spans (offsets into the text);
* :func:`find_triggers` — event-type trigger phrases (``geomap.lexicon``) with context rules that
  drop what is not an event ("riot police", "air strike" as a strike, "March 27");
* :func:`event_status` — ``happened``, ``called`` ("urged … to call demonstrations"),
  ``planned`` ("will march"), ``negated`` ("no arrests") or ``hypothetical`` ("the threat of a
  strike");
* :func:`geomap.event_places.locate` — the place the event happened, by rule (``coded``,
  ``governed``, ``actor``, ``sentence``, ``context``, ``dateline``, ``focus``, ``cue``), with
  ACLED's ``geo_precision`` (1 the town, 2 near it or part of a region, 3 only the region);
* :func:`geomap.dates.event_date` — an explicit date in the sentence, a weekday or "yesterday"
  resolved against the article date, else the article date, each with its ``date_precision``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from .cues import prefix_tree_pattern
from .dates import event_date
from .event_places import (
    EventPlace,
    article_fallback,
    can_place_events,
    drop_parents,
    labelled_location,
    locate,
    most_specific,
)
from .gazetteer.curated import read_armed_cues
from .lexicon import candidate_types, compiled
from .text import sentences
from .types import Place, Resolution
from .wordlists import is_first_name

# ---------------------------------------------------------------------- values


@dataclass(frozen=True, slots=True)
class Event:
    type: str
    status: str
    severity: str | None  # FORCE_ON_PROTEST: dispersal or lethal
    date: str | None
    date_precision: str  # day, month, weekday, relative, article, unknown
    sentence: tuple[int, int]
    trigger: tuple[int, int]
    place: EventPlace | None

    def to_dict(self) -> dict:
        place = None
        if self.place is not None:
            p = self.place.place
            lat, lon = self.place.point or (None, None)
            place = {"geonameid": p.geonameid, "name": p.name, "country_code": p.country_code,
                     "admin1": p.admin1, "lat": lat, "lon": lon,
                     "geo_precision": self.place.geo_precision, "rule": self.place.rule}
        return {"type": self.type, "status": self.status, "severity": self.severity, "date": self.date,
                "date_precision": self.date_precision, "sentence": list(self.sentence),
                "trigger": list(self.trigger), "place": place}


# ---------------------------------------------------------------------- triggers

_STRIKE_NOT_LABOUR = re.compile(r"(?:air|drone|missile|military|hunger|rocket|aerial|lightning|pre-emptive|preemptive)[\s-]+$", re.I)
# "strike" or "demonstrate" with an object: to hit or to show, no walkout or protest ("striking the
# man", "striking US soil", "demonstrated incredible prowess", "demonstrate that") — a labour strike
# or a protest takes no object ("teachers striking in West Virginia", "demonstrated against")
_HITS_OR_SHOWS = re.compile(
    r"(?i)(?:strik(?:e|es|ing)|struck|demonstrat(?:e|es|ed|ing))\s+"
    r"(?:(?:the|a|an|him|her|them|it|us|me|you|his|their|its|our|your|that|how|what|why|whether|this|these|those|"
    r"such|great|incredible|remarkable|real|strong|clear|considerable|some|no|any)\b|(?-i:[A-Z]{2,}\b))")
_IS_BEFORE = re.compile(r"(?i)\b(?:is|are|was|were|be|been|very|most|more|so|quite|truly|particularly|equally)\s+$")
# Weapons and warfare in a sentence about "strikes", with no one working in it: strikes from the air.
_WEAPONS = re.compile(r"\b(?:warplanes?|jets?|aircraft|artillery|missiles?|rockets?|shell(?:s|ing|ed)|bombs?|bombing\w*|"
                      r"drones?|airstrikes?|air strikes?|helicopters?)\b", re.I)
_LABOUR = re.compile(r"\b(?:workers?|employees?|staff|unions?|teachers?|doctors?|nurses?|drivers?|miners?|wages?|pay|salar\w+|"
                     r"labou?r\w*|walk(?:ed|ing)?\s*out|picket\w*|traders?|transporters?|students?)\b", re.I)
# "barricaded himself inside", "lands occupied by the rebels": no protesters blocking anything.
_NOT_A_BLOCKADE = re.compile(r"(?i)(?:barricad\w*\s+(?:himself|herself|themselves|itself)|occupied\s+by\s+(?:the\s+)?"
                             r"(?:rebels?|forces|troops|militants?|army|soldiers|insurgents|enemy|israel\w*|russia\w*))")
# A road shut by a mishap, not by people: "a multi-vehicle crash … shut down U.S. 280".
_MISHAP = re.compile(r"\b(?:crash\w*|collision|accident|explosion|exploded|flood\w*|storm|landslide|derail\w*)\b", re.I)
_RIOT_GEAR = re.compile(r"^\s*(?:police|gear|control|squad|officers?|units?|shields?|act)\b", re.I)
_MONTH_MARCH = re.compile(r"\d[\s,]*$")
# Trigger words in their everyday senses, found running geomap over everyday news (the toponym
# corpora): per type, what the word and the text after it match, or the text before and the word.
_OTHER_SENSES = {
    "ARREST": (r"(?!)",  # (nothing after)
               r"\b(?:cardiac|heart|respiratory|pulmonary|circulatory)\s+arrests?$"),
    "ATTACK_CIVILIANS": (
        r"shots?\s+(?:clock|put|glass|glasses)\b|shooting\s+(?:stance|guard|percentage|range|practice|drills?|star|"
        r"sports?|competition|skills|script|schedule|location)s?\b",
        r"\b(?:game-winning|winning|jump|three-point|3-point|two-point|free|penalty|booster|flu|vaccine|big[- ]time|mug|"
        r"tee|slap|drop|chip|trick|long|parting|cheap|photo|vodka|tequila|whiskey)\s+shots?$"
        r"|\b(?:substance|drug|alcohol|opioid|financial|elder|verbal|emotional|data|power|ball)\s+abuse$"),
    "LOOTING_DESTRUCTION": (
        r"burn(?:ing)?\s+(?:bans?|permits?|piles?|seasons?|barrels?|wards?|units?|victims?|injur\w*|rates?|scars?)\b"
        r"|damages?\s+(?:claims?|awards?|suits?|payments?)\b"
        r"|damage\s+to\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:macula|retina|liver|brain|nerves?|skin|cells?|organs?|tissues?|"
        r"heart|kidneys?|lungs?|hearing|eyes?|spine|spinal\s+cord)\b"
        # what is no one's property: ties, trust, tourism; animals culled ("burning and burying
        # roughly 6,500 hogs", "the cow was destroyed")
        r"|(?:damag\w*|destroy\w*|harm\w*)\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?:[\w-]+\s+)?(?:ties|relations|"
        r"relationship|tourism|reputation|image|economy|trust|credibility|prospects|chances|confidence|process|"
        r"dignity|morale|hopes?|lives|careers?|health|environment)\b"
        r"|(?:burn\w*|destroy\w*|slaughter\w*)\s+(?:and\s+\w+\s+)?(?:roughly\s+|about\s+|some\s+|more than\s+)?"
        r"(?:[\d,]+\s+)?(?:hogs|pigs|cattle|cows|birds|chickens|poultry|ducks|animals|carcasses|flocks?|herds?)\b",
        r"\b(?:in|for|seek\w*|awarded|pay|paid|punitive|compensatory)\s+damages$|\b(?-i:[A-Z])[\w.]+\s+(?-i:Burns)$"
        r"|\b(?:outdoor|controlled|prescribed|open|brush|leaf|trash|debris|backyard)\s+burn(?:s|ing)?$"
        # injuries and ailments: "brain damage", "severe burns"
        r"|\b(?:brain|nerve|liver|kidney|heart|lung|tissue|cell|skin|hearing|eye|organ|muscle|bone)\s+damage$"
        r"|\b(?:severe|minor|serious|critical|first-degree|second-degree|third-degree|facial)\s+burns$"
        r"|\b(?:cow|cows|cattle|hogs?|pigs?|birds?|poultry|chickens?|animals?|carcass(?:es)?)\s+(?:was|were|have been|had been|has been)\s+"
        r"(?:destroy\w*|burn\w*|culled|slaughter\w*)$"),
    "ARMED_CONFLICT": (
        r"explosion\s+of\s+(?:new\s+|marine\s+|plant\s+)?(?:life|growth|interest|popularity|demand|colou?rs?|activity|"
        r"creativity|sound|flavou?rs?|joy|cases|data|information|energy|talent|emotion)\b",
        r"\b(?:one|two|three|four|grand[- ]slam|solo|home-run|homer|run)[- ]run\s+blast$|\b(?:solo|homer)\s+blast$"
        r"|(?<!^)(?<![.!?]\s)(?-i:Shell|Rockets|Raiders|Bombers|Blasters|Missiles)$"
        r"|\b(?:tortoise|turtle|egg|sea|nut|snail|crab|oyster|clam|conch|[\w]+-shaped)\s+shells?$"),
    "BLOCKADE": (
        r"occup(?:y|ies)\s+(?:the\s+)?(?:top|ground|first|second|third|upper|lower|main)\s+floors?\b"
        r"|occup(?:y|ies|ied)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}(?:setting|spot|position|site|location|space|place|corner|plot|niche)\b"
        r"|obstruct(?:s|ed|ing|ion\s+of)?\s+(?:of\s+)?justice\b|blocks\s+(?:surrounding|around)\b",
        r"\b(?:bedrooms|rooms|offices|shops|apartments|flats|suites|units|tenants)\s+occup(?:y|ies)$"),
    "PROTEST": (
        r"petition\s+(?:filed|with\s+(?:the\s+)?(?:\w+\s+){0,3}court)\b"
        r"|rall(?:y|ies)\s+(?:drivers?|cars?|cross|championships?|racing|stages?|teams?|raid)\b",
        r"\b(?:stalking|divorce|custody|bankruptcy|court|legal|habeas|restraining[- ]order|protective[- ]order)\s+petitions?$"
        # a car ("a Dodge Caravan", "Grand Caravan"), a military ceremony ("the Passing out Parade")
        r"|(?-i:[A-Z][\w-]+)\s+(?-i:Caravan)$|\b(?:passing[- ]out|military)\s+parades?$"),
    "RIOT": (
        r"riots?\s+(?:cops?|vans?|helmets?|shields?|batons?|troops)\b|graffiti\s+(?:squad|removal|team|crew|artists?|wall)\b"
        r"|breaks?\s+into\s+(?:song|tears|laughter|a\s+smile|a\s+run|a\s+sweat|dance)\b",
        r"\b(?:counts?\s+of|charges?\s+of)\s+(?:\w+\s+){0,2}(?:vandalism|rioting)$|\bwar\s+on\s+graffiti$"
        r"|\bwipe\s+out\s+graffiti$"
        # a house of stone ("a 17th-century stone house"), no one stoning it
        r"|\b(?:a|an|the|old|ancient|historic|traditional|local|grey|gray|large|small|[\w]+-century|[\w]+-storey|[\w]+-story)"
        r"\s+stone(?:\s+[\w-]+)?$"),
}
_OTHER_SENSES["MOB_VIOLENCE"] = (r"(?!)", _OTHER_SENSES["RIOT"][1])
_OTHER_SENSE_AFTER = {t: re.compile(a, re.I) for t, (a, _) in _OTHER_SENSES.items()}
_OTHER_SENSE_BEFORE = {t: re.compile(b, re.I) for t, (_, b) in _OTHER_SENSES.items()}
# An arrest a crowd demands or protests against is its demand or grievance, not an arrest made
# (rights groups that "condemned the house arrest" of someone report one).
_ARREST_DEMANDED = re.compile(
    r"\b(?:demand\w*|against|denounc\w*|condemn\w*|decry\w*|decri\w*|release\s+of|justice\s+for|bail\s+(?:of|for))\b[^.;]{0,40}$"
    # "protest over colleagues arrest", "over the detention of opposition activist" (the arrest
    # itself right after "over", not "clashed over fuel prices and 20 were arrested")
    r"|\b(?:over|due\s+to|following)\s+(?:(?:the|a|an|their|his|her|its|recent|continued|alleged|colleagues?\W?s?)\s+){0,3}$", re.I)
# A crowd against an arrest or for a release ("against illegal and unjust arrest of …", "demanding
# the release of a blogger") ...
_ARREST_PROTESTED = re.compile(
    r"\b(?:against|over|protest\w*|condemn\w*|denounc\w*)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:arrests?|detentions?)\b|"
    r"\b(?:demand\w*|call\w*\s+for)\s+(?:the\s+|his\s+|her\s+|their\s+|immediate\s+)*release\b", re.I)
# ... and the arrest retold after it, of him, her or them: "He was arrested in connection with …"
_ARREST_RETOLD = re.compile(
    r"\s*(?:He|She|They|The\s+\w+)\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:\w+ly\s+)?(?:arrested|detained)\b")
_RELEASE = re.compile(r"\b(?:free[sd]?|freeing|releas\w*|let go)\b[\w\s,]{0,30}$", re.I)


# "clans battle in Wajir", "a fight between farmers and herders" — not "a legal battle over".
_CLASH = re.compile(
    r"(?<![\w-])(?:clash\w*|scuffl\w*|brawl\w*|skirmish\w*|fist ?fights?|fights? broke out|fought|fighting|"
    r"(?<!legal )(?<!political )(?<!court )(?<!electoral )(?<!custody )"
    r"(?:battl(?:e|es|ed|ing)|fights?)(?=\s+(?:in|at|near|around|between|each other|one another|"
    # ... or whom they fought: "Police battle armed gangsters"
    r"(?:the\s+)?(?:armed\s+)?(?:gangsters|gangs?|militants|criminals|bandits|raiders|rebels|insurgents|robbers|thugs|militiam[ae]n)"
    r")\b))(?![\w-])", re.I)
# Violence named as what happened ("several nights of street violence", "violence erupted").
_VIOLENCE_BROKE_OUT = re.compile(
    r"\b(?:street violence|escalating violence|outbreaks? of violence|deadly violence|"
    r"violence (?:erupted|broke out|flared|surged|escalated))\b", re.I)
# "X attack(ed) Y": on police, soldiers or their posts it is armed conflict, else an attack on civilians.
_ATTACK = re.compile(r"(?<![\w-])attack(?:s|ed|ing)?(?![\w-])", re.I)
_SECURITY_TARGET = re.compile(
    r"^\W*(?:\w+\W+){0,3}?(?:police|policemen|army|military|soldiers?|troops|officers?|camps?|posts?|outposts?|bases?|airbase|barracks|"
    r"convoys?|patrols?|station|checkpoints?|forces|militants?|rebels?|insurgents?|fighters?|militia\w*|positions|gunmen|"
    r"jihadists?|terrorists?|personnel)\b", re.I)
_ARMED_ACTORS = re.compile(
    r"\b(?:militant\w*|rebel\w*|insurgent\w*|troops|soldiers?|army|military|militia\w*|fighters|gunmen|snipers?|"
    r"armed (?:men|group\w*)|jihadist\w*|terrorists|peacekeep\w+|taliban|al[- ]shabaa?b|boko haram|islamic state|isis|isil|houthis?|"
    r"forces of|armed forces|(?<!security )(?<!police )(?<!riot )forces|paramilitar\w*|guerrill\w*|cartel\w*|raiders|clans?|clan militia\w*|"
    r"communal militia\w*|ethnic (?:groups?|militia\w*)|pirates|tribes|tribesmen|rival communities|"
    r"armed gangs?|gangsters|bandits?)\b"
    # ... and the armed forces and groups of gazetteer/country_cues.tsv, written as named ("Mungiki", "KDF", "SLDF")
    rf"|(?-i:(?<![\w-]){prefix_tree_pattern(read_armed_cues())}s?(?![\w-]))", re.I)
# A partisan crowd as the subject of an attack: "supporters of …", "BNP activists".
_PARTISANS_BEFORE = re.compile(r"\b(?:supporters|activists|followers|cadres)\b(?![^.;]{0,80}\b(?:were|was|been)\b)[^.;]{0,80}$", re.I)
# Bombs made at home, which party cadres and mobs throw (South Asia's "crude bombs", "cocktail bombs")
_HOMEMADE_BOMB = re.compile(r"\b(?:crude|cocktail|country-made|country made|hand-?made|home-?made|petrol)\s+bombs?\b", re.I)
# ... and members or workers of a party, league or union ("members of Chhatra League (BCL) assaulted …")
_PARTY_MEMBERS_BEFORE = re.compile(
    r"\b(?:members|leaders\s+and\s+workers|workers|activists)\s+of\s+(?:the\s+)?(?:[\w'’()-]+\s+){0,3}?"
    r"(?:league|party|union|front|dal|congress|movement|parishad|shibir|students?)\b(?![^.;]{0,80}\b(?:were|was|been)\b)[^.;]{0,80}$", re.I)
# Communities fighting each other: ethnic groups, clans, herders and farmers.
_COMMUNAL_FIGHTERS = re.compile(
    r"\b(?:ethnic|tribal|inter-?communal|inter-?clan|clans?|tribes?|herders|pastoralists|herdsmen)\b"
    r"|\bbetween\b[^.;]{0,40}\bcommunities\b", re.I)  # not "two men from different communities"
_SECURITY = re.compile(r"\b(?:police\w*|officers?|security forces|riot police|gendarm\w*|law enforcement|authorities|guards?)\b", re.I)
_GRIEVANCE = re.compile(
    r"(?:\b(?:death|killing|shooting|murder)s?\s+of\b[^.;]{0,60}$)|"
    r"(?:^\W*(?:\w+\W+){0,2}by\s+(?:the\s+)?(?:police|(?:an?\s+)?(?:[\w-]+\s+){0,2}(?:officers?|deput\w+|troopers?)))|"
    r"(?:^\s+in\s+(?:a|an|the)\s+(?:police|officer[- ]involved|police[- ]involved)\s+shooting)", re.I)
# "a man was beaten by police officers": the forces' violence told from the victim's side, which
# in a text with a crowd is its grievance or force on it, as "killed by police" is
_BEATEN_BY_FORCES = re.compile(r"(?i)beaten\b")
_PROTEST_FAMILY = ("PROTEST", "STRIKE", "BLOCKADE")
# People coming together, driving or walking for a cause, which is how ACLED notes tell many a
# peaceful protest with no protest word ("cyclists participated in a 'Bike to be Heard' … in
# support of the Black Lives Matter movement", "came together for 'Count Every Vote' event … to
# advocate for counting every vote"): the gathering verb, then the cause later in the sentence.
_GATHERED_FOR_A_CAUSE = re.compile(
    r"\b(?:participat(?:e|es|ed|ing)\s+in|t(?:ake|akes|ook|aking)\s+part\s+in|gather(?:s|ed|ing)?\b|"
    r"c(?:ame|ome|omes|oming)\s+together|dr(?:ove|ive|ives|iving)\s+around|walk(?:s|ed|ing)?\s+(?:around|through))\b", re.I)
_A_CAUSE = re.compile(
    r"\bin\s+(?:support|solidarity|memory|hono(?:u)?r|defiance)\s+(?:of|with)\b|"
    r"\bto\s+(?:advocate|demand|denounce|condemn|commemorate|raise\s+awareness)\b|"
    r"\bas\s+part\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}movement\b", re.I)
# ... but a gala, a concert or a race for a cause is a social occasion, not a protest
_SOCIAL_OCCASION = re.compile(
    r"\b(?:galas?|concerts?|fund-?rais\w*|dinners?|ceremon\w+|tournaments?|matche?s?|festivals?|games?|exercises?|"
    r"conferences?|meetings?|drills?|training|auctions?|charity|marathons?|races?|runs?|telethons?|services?)\b", re.I)


def _has_protest(found: list) -> bool:
    return any(t == "PROTEST" for t, _, _ in found)
_GROUP = (r"\b(?:group of|mob of|crowd of|gang of|dozens of|scores of|several|\d+|two|three|four|five|six|seven|eight|nine|ten)\s+"
          r"(?:[\w-]+\s+){0,3}?(?:men|women|people|suspects|inmates|residents|individuals|youths|supporters|villagers|members|"
          r"assailants|attackers|locals|students|workers|prisoners|persons|teenagers|teens|fans|citizens|neighbou?rs)\b")
_GROUP_VIOLENCE = (r"\b(?:attack\w*|assault\w*|beat\w*|punch\w*|kick\w*|surround\w*|revolt\w*|chas\w+|set upon|"
                   r"stab\w*|slash\w*|hack\w*|vandali[sz]\w*|smash\w*|threw|throw\w*|harass\w*|lynch\w*|rough\w* up)\b")
_FIGURATIVE_FIGHT = re.compile(
    r"\s+(?:for|to|against)\s+(?!(?:the\s+|a\s+)?(?:police|troops|army|soldiers|rebels|militants|forces|security|gunmen|"
    r"fighters|insurgents|officers|each other|one another|rival)\b)"
    # ... or what one fights that is no one ("fighting work-related cancer", "fighting crime"), a
    # war fought long ago ("fought in World War I"), and a sport ("a fighting chance", "Ultimate fighting star")
    r"|\s+(?:[\w-]+\s+)?(?:cancer|crime|corruption|fires?|wildfires?|blazes?|disease|diseases|poverty|inflation|obesity|"
    r"addiction|hunger|illness|infections?|viruses?|the virus|the disease|flames|climate change|fraud|piracy|drugs|"
    r"ebola|covid(?:-19)?|coronavirus|malaria|aids|hiv|leuka?emia|(?:the\s+)?(?:outbreak|pandemic|epidemic)|"
    r"deportation|eviction|extradition|(?:the\s+)?charges?|(?:the\s+)?(?:ruling|verdict|decision|ban|law|bill|sentence))\b"
    r"|\s+in\s+(?:the\s+)?(?:world war|civil war|korean war|vietnam|revolutionary war|first world war|second world war|war of)"
    r"|\s+(?:chance|spirit|fit|words|talk|form|championship|star|champion|league)\b", re.I)
# ... and the sports: "Ultimate fighting", "prize fighting", "hard-fought battles"
_SPORT_FIGHT_BEFORE = re.compile(r"(?i)\b(?:ultimate|prize|cage|mixed martial arts|hard[- ]?|pillow|food|water|snowball|"
                                 r"flood|fire|bull|cock|dog)\s*$")
# "eight men attacked a manager", "he was attacked by five men": a small unorganised group's violence.
# Plural nouns that name a group by themselves ("supporters of the candidate assaulted ...").
_GROUP_NOUNS = (r"\b(?:supporters|members|activists|followers|cadres|loyalists|persons|assailants|attackers|accomplices|"
                r"villagers|locals|traders|fishers|fishermen|residents|voters|youths|(?<!\ba )(?<!\bone )youth|rivals|crowd|mob|neighbou?rs|community members|"
                r"shopkeepers|contractors|vendors|hawkers|labou?rers|rival men|students|workers|drivers|sellers|occupants)\b")
_GROUP_NOUNS_RE = re.compile(_GROUP_NOUNS, re.I)
# "residents were attacked", "villagers have been beaten": the group suffers the violence.
_PASSIVE_BEFORE = re.compile(r"(?i)\b(?:were|was|are|is|been|being|got|get)\s+(?:\w+ly\s+)?$")
# ... and "roughed up by angry youth", "attacked by supporters of her opponent".
_ANGRY_GROUP = r"\b(?:angry|irate|enraged|furious|rowdy)\s+(?:youths?|residents|villagers|locals|mob|crowd|people)\b"
# ... and a crowd of locals that kills, burns or ties someone up ("a group of local people killed a
# man by setting him on fire", "a group of citizens … tied him to a tree"): mob justice
_CROWD_OF_LOCALS = (r"\b(?:group|mob|crowd)\s+of\s+(?:[\w-]+\s+){0,2}?(?:people|residents|villagers|locals|citizens|"
                    r"neighbou?rs|youths)\b[^.;]{0,40}?\b(?:kill\w*|injur\w*|burn\w*|tied|hack\w*)\b")
# ... and townspeople who burn someone's property ("angered residents burn a truck", "traders burnt
# down three villas"), where no demonstration is told
_LOCALS_BURNING = (r"\b(?:residents|villagers|locals|traders)\b[^.;]{0,40}?"
                   r"(?<!\bto )(?<!outdoor )(?<!controlled )\b(?:burn(?:t|ed)?|torch(?:es|ed)?|set\s+(?:ablaze|alight|fire\s+to))\b"
                   r"(?!\s+(?:\w+\s+)?(?:tyres|tires)\b)")
_GROUP_ATTACK = re.compile(
    rf"{_CROWD_OF_LOCALS}|{_LOCALS_BURNING}|(?:{_GROUP}|{_GROUP_NOUNS})[^.;]{{0,40}}?{_GROUP_VIOLENCE}|"
    rf"(?:{_GROUP_VIOLENCE}|\binjured)(?:\s+up)?\s+by\s+(?:a\s+|an\s+|the\s+)?(?:{_GROUP}|{_GROUP_NOUNS}|{_ANGRY_GROUP})", re.I)
# A violent word that is a noun ("in the first attack", "13 attackers") or a phrasal verb
# ("kicked off the protests") is no group's violence.
_NOT_GROUP_VIOLENCE = re.compile(r"(?i)(?:\b(?:the|a|an|first|latest|grenade|bomb|suicide|this|that)\s+\w+|\battackers)$")
# Violence named as a cause, a charge or a threat is not a violent event in this text:
# "protested over the police shooting of", "convicted of raping", "conspiracy to kidnap", "bomb threat",
# "arrested for allegedly killing", "police alleged that", "during an alleged drug raid" — but
# "police allegedly shot dead two youths" and a note opening "Alleged shelling by the UPDF" report
# events, and a vehicle that "ran over an IED" is no grievance.
_NOT_AN_ATTACK_BEFORE = re.compile(
    r"\b(?:(?<!ran )(?<!run )(?<!drove )(?<!rolled )(?<!stepped )over|against|about|denounc\w+|condemn\w+|in response to|in protest|justice for|"
    r"convicted|accus\w+|charged|charges?|indicted|allegation\w*|for\s+alleged\w*|(?<=\w\s)alleged|conspir\w+|plot\w*|threat\w*|"
    r"(?:turned\s+(?:him|her|them)sel(?:f|ves)\s+in|wanted|jailed|sentenced|booked|arrested|detained|prosecuted|investigated)\s+for|"
    r"anniversary|memory|remember\w*|honou?r\w*)\b[^.;]{0,45}$", re.I)
# ... and right before it, a suspicion or what a crowd supports: "arrested two men suspected of
# killing Ahmaud Arbery", "under investigation for 'assault on a peace officer'", "rallied in
# support of sexual assault survivors" (not "suspected of kidnapping a child was killed by police").
_SUSPECTED_OR_SUPPORTED_BEFORE = re.compile(
    r"\b(?:suspected\s+of|investigation\s+for|in\s+support\s+of)\s+['‘\"]?(?:(?!(?:was|were|is|are|had|has)\b)[\w-]+\s+)?$"
    # ... or what a protest is against, as its object: "to protest the ranch's torturing of animals"
    r"|\bprotest(?:s|ed|ing)?\s+(?:against\s+|over\s+)?(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,3}$", re.I)
# A victim a crowd's sentence names, told in a relative clause: "a rally … in honor of Vanessa
# Guillen, a soldier who was murdered in April", "who died following an officer-involved shooting".
_VICTIM_CLAUSE_BEFORE = re.compile(r"\bwho\s+(?:was|were|had\s+been|has\s+been|went|died)\b[^.;,]{0,45}$", re.I)
# ... and "protested after the killing of", "a ceasefire after 12 days of battles" — but
# "soldiers were killed after militants ambushed a patrol" tells one attack, casualties first.
_CAUSE_BEFORE = re.compile(r"\b(?:following|after)\b[^.;]{0,45}$", re.I)
_CASUALTIES = re.compile(r"\b(?:killed|wounded|injured|died|dead|missing|hurt)\b", re.I)


def _named_as_cause(text: str, sentence_start: int, trigger_start: int) -> bool:
    """Whether "after"/"following" right before a violent word makes it the cause of what the
    sentence tells, not an event in it."""
    m = _CAUSE_BEFORE.search(text, max(sentence_start, trigger_start - 60), trigger_start)
    return m is not None and not _CASUALTIES.search(text, sentence_start, m.start())
_NOT_AN_ATTACK_AFTER = re.compile(
    r"^\W*(?:threats?|squads?|scares?|hoax\w*|victims?|survivors?|charges?|counts?|convictions?)\b|"
    # a figure of speech: "an attack on media freedom", "an assault on democracy"
    r"^\s+(?:on|against)\s+(?:the\s+|our\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:freedoms?|democracy|rights|constitution|"
    r"judiciary|independence|sovereignty|speech|liberty|liberties|values|rule of law|institutions?)\b", re.I)
# "a police shooting", "an officer-involved shooting": in a text about a crowd, what it protests
# (or, were the crowd shot, force against it), not an attack of its own.
_FORCES_SHOOTING_BEFORE = re.compile(r"\b(?:police|officer|officers|deputy|deputies|trooper)(?:[- ]involved)?\s+$", re.I)
# Blows: part of the force used on a crowd or of a riot where the sentence tells one.
_BLOW = re.compile(r"(?i)(?:punch|kick|beat|taser|stun|kneel|chok|slap)[\w ]*")
# A crowd as the subject of a destructive verb: its noun, then up to a few words (not "of",
# "against", "by", a passive auxiliary or an article right before the verb: "the burning of the
# Quran", "a shop was looted", "looted by thugs").
_CROWD_PEOPLE = (r"(?:demonstrators|protesters|protestors|rioters|marchers|people|crowds?|youths?|students|residents|"
                 r"supporters|members|voters|villagers|they)")
_CROWD_DESTROYING_BEFORE = re.compile(
    rf"(?i)\b{_CROWD_PEOPLE}\b(?:[^.;]{{0,80}}?(?:,|\band\b|\bthen\b|\balso\b|\battempted\s+to\b|\bstreets\b))?\s+(?:also\s+|then\s+|allegedly\s+|reportedly\s+)?$")
# What only a crowd protesting does: "took to the streets burning Jubilee T-shirts … chanting slogans".
_PROTEST_BEHAVIOUR = re.compile(r"(?i)\b(?:took|take|takes|taking)\s+to\s+the\s+streets\b|\bchant\w*|\bslogans\b|\bplacards\b")
# Who riots even where no protest word stands: "students burn a dorm".
_UNREST_ACTORS = re.compile(r"(?i)\b(?:demonstrators|protesters|protestors|rioters|students)\b")
_AUTHORITIES = re.compile(r"(?i)\b(?:police|officers|authorities|troops|troopers|deputies|sheriff\W?s?|guardsmen|national guard|soldiers|army|security|guards|officials|government|city|council)\b")
# "between [the] (Kenyan) Turkana and (Sudanese) Toposa": two capitalised names as the sides, not
# followed by a word for supporters, members or a party.
_NAMED_SIDES = re.compile(
    r"\s+between\s+(?:the\s+)?(?:[A-Z][a-z]+\s+)?[A-Z][a-z]+\s+(?:and|&)\s+(?:the\s+)?(?:[A-Z][a-z]+\s+)?[A-Z][a-z]+\b"
    r"(?!\s+(?:supporters|members|party|parties|activists|students|workers|residents|villagers|groups?|factions?|camps?"
    r"|loyalists|youths?|leaders|wings?|fans|traders|operators|drivers|gangs?))")
# Explosives and what is done with them when nobody fights: found, seized, defused, cleared.
_EXPLOSIVE = re.compile(r"(?i)(?:ied|vbied|improvised explosive|explosive|landmine|land mine|mine|grenade|mortar|bomb|rocket|missile|"
                        r"ammunition|molotov|petrol bomb|incendiar|torches|machine ?guns?|weapons?|rifles?|pistols?|firearms?)")
_DISARMED_VERBS = (r"(?:found|discovered|seized|seize|seizes|defused|defuse|defusing|cleared|clear|dismantled|recovered|removed|"
                   r"confiscated|neutrali[sz]ed|unearthed|destroyed|impounded|surrendered|handed over|caches?|containing)")
# How many, before what is counted: "more than 23,000", "at least two", "dozens of".
_QUANTITY = r"(?:more than|over|about|some|at least|the|a|an|[\d,]+|\w+-\w+|two|three|four|five|six|several|dozens of|hundreds of)"
_DISARMED_BEFORE = re.compile(rf"(?i)\b{_DISARMED_VERBS}\b(?:\s+{_QUANTITY})*\s+(?:[\w-]+\s+){{0,2}}(?:(?:and|&|,)\s+(?:[\w-]+\s+){{0,3}}){{0,6}}$")
_DISARMED_AFTER = re.compile(rf"(?i)[^.;]{{0,100}}?\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?{_DISARMED_VERBS}\b")
# An explosion with an industrial or household cause: "a tank at the plant exploded", "gas
# cylinder blast", "a crash and explosion" — an accident, unless armed men or an attack are named.
_BLAST = re.compile(r"(?i)(?:explo|blast)")
_MISHAP_SETTING = re.compile(r"(?i)\b(?:plant|factory|tank|tanker|boiler|gas|propane|cylinder|storage|chemicals?|pipeline|refinery|"
                             r"transformer|reactor|fireworks|furnace|crash|collision|leak\w*|industrial|warehouse|mine\s+shaft)\b")
_ATTACK_WORDS = re.compile(r"(?i)\b(?:attack\w*|bomb\w*|suicide|terror\w*|targeted|claimed responsibility|device|ied|grenade)\b")
# An air raid; and who a raid may be on that makes it a battle.
_AIR_BEFORE = re.compile(r"(?i)\bair\W*$")
_RAID_ON_FORCES = re.compile(r"(?i)\b(?:police\w*|officers?|soldiers?|troops|army|military|forces|security|militants?|rebels?|"
                             r"insurgents?|fighters?|jihadists?|terrorists|camps?|posts?|bases?|checkpoints?|barracks|hideouts?)\b")
# "gathering" as a noun after a determiner or an adjective: an audience or a party, not people
# gathering to protest ("a shocked gathering at a photo exhibit", "a family gathering at")
_NOUN_GATHERING_BEFORE = re.compile(r"(?i)\b(?:a|an|the|this|that|shocked|large|small|social|family|public|private|"
                                    r"religious|holiday|festive|annual|informal|intimate)\s+$")
# A gathering that force may break up, beside the words _CROWD knows
_GATHERING = re.compile(r"(?i)\b(?:gather\w*|assembl\w*|sit-ins?|vigils?|picket\w*|strik\w*|riot\w*|unrest|students|supporters|"
                        r"youths?|mob|voters|residents|people|locals|villagers|workers|traders|group of|meeting|events? staged|"
                        r"blockad\w*|barricad\w*|occup\w*)\b")
# A title or a given name right before a capitalised trigger word makes it a surname.
_SURNAME_TRIGGERS = frozenset({"lynch", "burns"})
_NAME_BEFORE = re.compile(r"(?:\b(?P<title>Mr|Mrs|Ms|Dr|Gov|Sen|Rep|Prof|Rev|Judge|Sgt|Lt|Capt|Col|Gen)\.?|\b(?P<given>[A-Z][a-z]+))\s+$")
# "without fighting", "without a fight", "without any resistance"
_WITHOUT_BEFORE = re.compile(r"(?i)\bwithout\s+(?:a\s+|any\s+)?$")
# A truce that ended the fighting: the fighting is its background ("agreed a fragile ceasefire after
# the worst fighting in decades", "a peace deal ending eight weeks of fighting")
_ENDED_BY_TRUCE = re.compile(r"(?i)\b(?:cease-?fire|truce|peace (?:deal|agreement|accord)|armistice)\b[^.;]{0,60}"
                             r"\b(?:after|ending|end(?:ed|s)? to|following|that ended|halting|to end|to halt)\b[^.;]{0,40}$")
# Territory taken ...
_TERRITORY_TAKEN = re.compile(r"(?i)(?:seiz|recaptur|captur|retak|retook|overr|took|tak|wrest|establish|regain|advanc|enter)")
# ... where the other side withdrew or handed it over, with no fighting told: ACLED's non-violent
# transfer of territory, no battle
_HANDOVER = re.compile(r"(?i)\b(?:pulled out|pull(?:s|ed|ing)? out|withdr[ae]w\w*|withdrawal|without (?:a )?(?:fight\w*|resistance|shot\w*)|"
                       r"handed (?:it )?over|abandon(?:s|ed|ing)?)\b")
_FIGHTING = re.compile(r"(?i)\b(?:clash\w*|fight(?!ers?\b)\w*|fought|battl\w*|attack\w*|shell\w*|assault\w*|offensive|kill\w*|dead|"
                       r"wounded|injur\w*|casualt\w*|heavy|fierce|air ?strikes?|airstrikes?|bomb\w*)\b")


def _unfought_handover(text: str, start: int, end: int) -> bool:
    """Whether the sentence ``text[start:end]`` or the one after it tells that the other side
    withdrew or handed the place over, and neither tells of fighting ("have taken control of
    Af-Urur. The militants seized the area following the withdrawal of Puntland forces")."""
    window = text[start:min(len(text), end + 200)]
    return _HANDOVER.search(window) is not None and _FIGHTING.search(_HANDOVER.sub(" ", window)) is None


# Forces moving on each other: armed conflict only where armed men are named.
_MOVED_ON = re.compile(r"(?i)(?:push|drive|drove|advanc)")
# A determiner or a noun's modifier before "camp": the noun ("a camp outside Afgoye", "the military camp outside").
_NOUN_BEFORE = re.compile(r"(?i)\b(?:a|an|the|their|its|his|her|our|this|that|military|army|refugee|displacement|idp|police|training)\s+$")
# Destruction words that need an agent ("destroyed", "damaged", "burned"; not "looted", "torched").
_HARM_WORD = re.compile(r"(?i)(?:destr|damag|demolish|burn|raz)")
_EXPLOSIVE_OBJECT = re.compile(rf"(?i)\s+(?:{_QUANTITY}\s+)*(?:[\w-]+\s+){{0,2}}(?:mines|landmines|ieds?|improvised explosive|explosive|bombs|unexploded)")
# Disasters and accidents that destroy and burn on their own.
_HAZARD = re.compile(r"(?i)\b(?:earthquakes?|quakes?|aftershocks?|tremors?|wildfires?|bushfires?|forest fires?|"
                     r"floods?|flooding|floodwaters|storms?|hurricanes?|typhoons?|cyclones?|tornado(?:e?s)?|landslides?|"
                     r"mudslides?|avalanches?|lightning|volcano\w*|eruptions?|erupted|tsunamis?|heat ?waves?|droughts?|"
                     r"blizzards?|torrential|downpours?)\b")
# Illnesses that kill: "Marburg kills more slowly", "her H5N1 infection killed her"
_ILLNESS = re.compile(r"(?i)\b(?:virus\w*|flu|influenza|infections?|infected|disease|diseases|ebola|marburg|cholera|malaria|"
                      r"measles|cancer|outbreaks?|epidemic|pandemic|h\dn\d|sars|mers|covid(?:-19)?|coronavirus|tuberculosis|"
                      r"meningitis|fever|illness|overdose\w*)\b")
# Accidents that kill or hurt with no one's violence: "killed in a road accident", "drowned when the
# ferry capsized", "hurt when the roof collapsed"
_ACCIDENT = re.compile(r"(?i)\b(?:accidents?|accidental\w*|crash\w*|collisions?|collided|derail\w*|capsiz\w*|drown\w*|"
                       r"electrocut\w*|stampedes?|collaps\w*|leak\w*)\b")
# ... unless arms or blows are named in the sentence: "killed when the building collapsed after an
# airstrike" (beside _WEAPONS)
_BLOWS = re.compile(r"(?i)\b(?:air ?strikes?|airstrikes?|shot|shoot\w*|gun\w*|mortars?|drones?|stabb\w*|machetes?|knives|knife|"
                    r"shots|open\w*\s+fire|exchang\w*\s+(?:of\s+)?fire|crossfire|fired|firing)\b")
# A fire or a storm as what destroyed: "Fire damaged a two-story house", "destroyed by the blaze"
_NATURE_OR_FIRE = r"(?:fire|blaze|flames|inferno|storm|floods?|floodwaters|winds?|tornado|hurricane|earthquake|quake|lightning)"
_FIRE_DID_BEFORE = re.compile(rf"(?i)\b{_NATURE_OR_FIRE}\s+(?:(?:has|had|have|that|which|also|reportedly|badly|heavily)\s+)*$")
_BY_FIRE_AFTER = re.compile(rf"(?i)\s+(?:\w+\s+){{0,3}}?(?:by|in)\s+(?:a\s+|an\s+|the\s+)?(?:[\w-]+\s+)?{_NATURE_OR_FIRE}\b")
_FIRE_OR_BLAST = re.compile(r"(?i)\b(?:fires?|blaze|burn\w*|explo\w+|blasts?)\b")
_ARSON = re.compile(r"(?i)\b(?:arson\w*|set (?:on )?fire|set (?:ablaze|alight)|torch\w*|firebomb\w*|petrol bombs?|molotov)")
_DRILL = re.compile(r"(?i)\b(?:military drills?|drills|military exercises?|war games|mock (?:enemy|attacks?|battles?|raids?|assaults?))\b")
_RIOT_AS_CAUSE_BEFORE = re.compile(
    r"(?i)\b(?:(?:in\s+response|in\s+reaction)\s+to|involvement\s+in|in\s+memory\s+of|outbreak\s+of|"
    r"(?:protect\w*|guard\w*|safeguard\w*|deter\w*)\b[^.;]{0,40}\b(?:from|against)|"
    r"(?:offen[cs]es|charges?|crimes?)\s+(?:including|of|such\s+as|for)|(?:arrested|charged|cited|detained)\s+for)\b[^.;]{0,40}$")
# A clash between groups, not with the police ("Rioters clashed with police who intervened").
_CLASH_NEAR = re.compile(r"(?i)\bclash(?:es|ed|ing)?\b(?!\s+(?:with|against)\s+(?:the\s+)?(?:police|security|officers|law enforcement|riot))")
# What a crowd protests, right before the force it names: "against the prior assault on protesters".
_PROTESTED_BEFORE = re.compile(r"(?i)\b(?:against|over|condemn\w*|denounc\w*|in\s+protest|justice\s+for)\b[^.;]{0,45}$")
# Words of a protest, strike or riot — _CROWD without "crowd", which the police disperse after a
# clash between groups as much as after a demonstration ("charged baton to disperse the crowd").
# (the month is no march: "On 31 March 2023", "March 4")
_PROTEST_WORDS = re.compile(r"(?i)\b(?:protest(?!ant)\w*|demonstrat\w*|rall(?:y|ies|ied)|march(?:e[sd]|ers?|ing)\b|"
                            r"(?<!\d )march\b(?![\s,]+\d)|sit-ins?|strik\w*|riot\w*)")
# Words with a violent one that tell of no blow: "verbally attacked a journalist", "armed with a
# taser" (carried, not used), "kicked out the protesters" (sent away), "kicked off the march".
_NO_BLOW_BEFORE = re.compile(r"\b(?:verbal(?:ly)?|armed\s+with(?:\s+(?:an?|the|his|her|their))?)\s+$", re.I)
_NO_BLOW_AFTER = re.compile(r"(?i)kick(?:s|ed|ing)?\s+(?:\w+\s+)?(?:out|off)\b")
_CROWD_MUNITION = re.compile(r"\b(?:smoke|flash[- ]?bang|stun|paint|tear[- ]?gas|pepper|firework|seal|chemical|concussion|sound|aerosol|OC|rubber)['’]?\s*$", re.I)
# "was offensive to": the adjective, not a military offensive.
_ADJECTIVE_BEFORE = re.compile(r"\b(?:is|was|are|were|be|been|being|as|so|very|deeply|highly|most|more|too|found it|considered)\s+$", re.I)
_TO_AFTER = re.compile(r"^\s+to\b", re.I)
_INTO_JAIL = re.compile(r"\b(?:sent|thrown|put|taken|landed|threw|send|sends|throw|throws)\s+(?:\w+\s+){0,3}?(?:to|in|into)\s+$", re.I)
# A city block as an address: "the 9400 block of Telegraph Road", "two blocks east of Highway 12"
_ADDRESS_BLOCK_BEFORE = re.compile(r"(?i)(?:\b\d[\d,]*|hundred|thousand)\s+$")
_ADDRESS_BLOCK_AFTER = re.compile(r"(?i)blocks?\s+(?:of|east|west|north|south|away|from|down|up|over)\b")
# "occupied by a male adult driver", "is fully occupied": people inside a vehicle or a building
_NO_OCCUPATION = re.compile(r"(?i)\b(?:fully|partially|partly|currently|owner|already)[\s-]+occupied\b|"
                            r"\boccupied\s+by\s+(?:an?\s+|the\s+|two\s+|three\s+|\d+\s+)?(?:[\w-]+\s+){0,2}"
                            r"(?:driver|passengers?|occupants?|tenants?|residents?|family|families|man|woman|men|women|people|child(?:ren)?)\b")
_OCCUPIED_LAND = re.compile(r"^\s+(?:(?-i:[A-Z])|territor|land|zone|area|region|part)", re.I)
_DETERMINER_BEFORE = re.compile(r"\b(?:the|an?|in|of|from|across|into|on|throughout)\s+$", re.I)
# ... named as a violent word's object, within a few words: "killed 20 villagers", "attacked Nacoba village"
_CIVILIAN_OBJECT = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,2}?(?:civilians?|villagers?|village|residents?|farmers?|traders?|children|women|teachers?|"
    r"families|family|worshippers?)\b", re.I)
_CIVILIAN_VICTIMS = re.compile(r"\b(?:civilian|villager|resident|village|farmer|trader|child|children|women|woman|teacher|family|families|worshipper)", re.I)
_CHARGED_WITH = re.compile(r"\b(?:charged with|accused of|convicted of|indicted (?:for|on)|arrested for|suspected of|"
                           r"on charges of|for allegedly|allegedly)\s+(?:[\w-]+\s+)?$", re.I)
_CROWD = re.compile(r"\b(?:protest(?!ant)\w*|demonstrat\w*|rall(?:y|ies|ied)|marche[sd]|marching|rioters?|riots|crowds?)\b", re.I)
# The injured are police or troops ("Two police officers were injured", "injured two officers"):
# not an attack on civilians; part of a riot, or of armed conflict when armed groups are named.
_INJURY = re.compile(r"(?i)(?:injur|wound|hurt|kill)")
_SECURITY_VICTIMS = (r"(?:police(?:\s*(?:officers?|officials?|men|man))?|(?:police|security|prison)\s+\w+|officers?|officials|deputies|"
                     r"troopers|agents|soldiers?|policem[ae]n|guards?|troops|militants|fighters?|insurgents|rebels|terrorists|"
                     r"commanders?|lieutenants?|sergeants?|captains?|colonels?|personnel|militiam[ae]n|"
                     # "a QSD member", "2 NDS members", "a pro-government militia member"
                     r"(?-i:[A-Z]{2,5})\s+(?:members?|fighters?|suspects?)|(?:militia|army|military|regime\W?s?)\s+(?:members?|fighters?))")
_SECURITY_VICTIM_BEFORE = re.compile(
    rf"(?i)\b{_SECURITY_VICTIMS}\s+(?:(?:were|was|had|have|has|been|being|also|reportedly|seriously|slightly)\s+){{0,3}}$")
# (after "by" come those who did it: "fishermen … killed by Murle militiamen")
# ("killed between 2 to 4 QSD fighters", "shot dead a regime's 1st lieutenant", "assassinated a member
# of the regime's 4th Division"; not across a clause: "injured after armed militiamen opened fire")
_SECURITY_VICTIM_AFTER = re.compile(
    r"(?i)\s+(?:(?!(?:by|civilians?|residents?|villagers?|and|after|when|as|while|in|at|during|following|because)\b)[\w'’-]+\s+){0,4}"
    rf"(?:{_SECURITY_VICTIMS}|members?\s+of\s+(?:the\s+)?(?:regime|army|military|militia|security forces|police|(?-i:[A-Z]{{2,5}}\b)))\b")
# Members named by their group's initials or as "members of" it: fighters only where armed men are named.
_GROUP_MEMBERS = re.compile(r"(?-i:[A-Z]{2,5})\s+(?:members?|fighters?|suspects?)|\bmembers?\s+of\b", re.I)
# Killing words _INJURY leaves out ("shot dead", "assassinated", "gunned down", "opened fire on") ...
_KILLING_WORD = re.compile(r"(?i)(?:shot|shoot|assassinat|gun(?:ned|s)?\s+down|open(?:ed|s)?\s+fire|behead)")
# ... whose victims are told before them only in the passive ("2 NDS members were shot"): before an
# active verb the fighters are the ones shooting ("soldiers shot dead two men")
# ("Two policemen were Friday afternoon shot dead", "a GSU member is non-fatally shot")
_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today"
_FIGHTER_VICTIM_PASSIVE_BEFORE = re.compile(
    rf"(?i)\b{_SECURITY_VICTIMS}\s+(?:(?:reportedly|also|allegedly)\s+)?(?:were|was|is|are|been|being|got)\s+"
    rf"(?:(?:on\s+)?(?:{_WEEKDAY})\s+(?:(?:morning|afternoon|evening|night)\s+)?)?(?:\w+ly\s+|non-fatally\s+)?$")
_AGAINST_RESTRICTION = re.compile(
    r"(?:\b(?:against|defy\w*|oppos\w*|lifting of|protest\w*|over|end to|reopen\w*)\b[^.;]{0,40}$)|"
    # a restriction lifted, eased or shortened ends rather than starts
    r"(?:\b(?:lift(?:s|ed|ing)?|eas(?:e|es|ed|ing)|relax\w*|shorten\w*|end(?:s|ed|ing)?)\s+(?:[\w-]+\s+){0,4}$)|"
    # a restriction already in force is the setting, not a new event: "despite the curfew",
    # "while enforcing the lockdown" (but "began enforcing a curfew" is a new one)
    r"(?:\b(?:before|after|despite|during|past|beyond|violat\w+|break\w*|breach\w*|ignor\w+|flout\w*|until|"
    r"ahead of|amid|amidst|due to|because of|owing to|under|(?<!began )(?<!begin )(?<!begins )(?<!started )(?<!start )(?<!starts )enforc\w+)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+)?$)|"
    # ... and one named as the cause, a few words on: "stuck due to the coronavirus related lockdown"
    r"(?:\b(?:due\s+to|because\s+of|owing\s+to|amid|amidst|during)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,3}$)", re.I)
_RESTRICTION_NOUN = re.compile(
    r"(?:curfew|lockdown|state of emergency|martial law|ban on|internet|section 144|prohibitory|emergency order|"
    r"stay-at-home)", re.I)
_IMPOSING = re.compile(
    r"\b(?:(?:re)?impos|declar|announc|order|introduc|extend|issu|implement|enforc|institut|establish|enact|"
    r"(?:re)?instat|lift|relax|eas)\w*|\bput in place\b|\bplaced? (?:\w+ )?under\b|\bunder (?:a |an )?(?:curfew|lockdown)\b|"
    r"\b(?:went|go|goes|come|came|comes) into (?:effect|force)\b|\btook effect\b|\bin (?:effect|force)\b", re.I)
# "curfew violations", "lockdown breaches": the restriction is the setting of what is reported.
_HAD_BEFORE = re.compile(r"\bhad\s+(?:been\s+)?(?:\w+ly\s+)?$", re.I)
# A speech verb before a past perfect makes it reported speech, not background: "The ministry said
# more than 6,700 people had been detained since the vote" tells the arrests.
_REPORTED = re.compile(r"\b(?:said|says|say|told|tells|reported|reports|stated|announced|confirmed|claimed|according to)\b", re.I)


def _told_before(text: str, sentence_start: int, trigger_start: int, before: str) -> bool:
    """Whether the trigger is told in the past perfect as background ("the victim had been
    arrested before"), not in reported speech ("police said 50 had been arrested")."""
    return bool(_HAD_BEFORE.search(before)) and not _REPORTED.search(text, sentence_start, trigger_start)
_RESTRICTION_SETTING_AFTER = re.compile(r"^[\s-]*(?:violat\w+|breach\w*|violators?|defiance)\b", re.I)


# Armed men no state commands.
_NON_STATE_ARMED = re.compile(r"(?i)\b(?:cartels?|gangs?|gangsters|armed (?:men|individuals|group\w*)|gunmen|militants?|rebels?|"
                              r"insurgents?|jihadists?|bandits?)\b")
# People named by their work or study: a mob where they assault someone ("rickshaw drivers
# assaulted and killed a local leader"), but a protest turned violent where they demonstrate.
_WORKING_PEOPLE = re.compile(r"(?i)\b(?:students|workers|drivers|sellers|occupants)\b")
# Ordinary people as a group: whose violence stays a mob's beside armed men.
_TOWNSFOLK = re.compile(r"(?i)\b(?:youths?|residents|villagers|locals|traders|students|workers|fans)\b")
_ARMED_CLASH = re.compile(r"(?i)\b(?:armed|heavy|gun|military) (?:clash\w*|fighting|battles?)\b|\bbetween\b[^.;]{0,40}\bgangs\b")


def _clash_type(sentence_text: str) -> str:
    """Who clashed decides the type: armed groups (ARMED_CONFLICT), protesters (against police,
    security forces or counter-protesters: RIOT), else other crowds (MOB_VIOLENCE)."""
    # clashes at a protest are a violent demonstration even with soldiers or "forces" on the
    # other side ("clashes broke out after Israeli forces attacked a peaceful protest")
    if (_ARMED_ACTORS.search(sentence_text) or _ARMED_CLASH.search(sentence_text)) and not _CROWD.search(sentence_text):
        return "ARMED_CONFLICT"
    if _SECURITY.search(sentence_text) or _CROWD.search(sentence_text):
        return "RIOT"  # with police, or between protesters and counter-protesters
    if _COMMUNAL_FIGHTERS.search(sentence_text):
        return "ARMED_CONFLICT"  # "farmers clashed with pastoralists": communities' militias, battles to ACLED
    return "MOB_VIOLENCE"


def find_triggers(text: str, span: tuple[int, int]) -> list[tuple[str, int, int]]:
    """``(type, start, end)`` of every trigger phrase in one sentence, in text order."""
    start, end = span
    found = []
    sentence_text = text[start:end]
    lowered = sentence_text.lower()
    if any(w in lowered for w in ("clash", "scuffl", "brawl", "skirmish", "fight", "fought", "battl")):
        for m in _CLASH.finditer(text, start, end):
            word = m.group().lower()
            if word.startswith(("fight", "fought")) and (
                    _FIGURATIVE_FIGHT.match(text, m.end()) or _SPORT_FIGHT_BEFORE.search(text, max(start, m.start() - 30), m.start())):
                continue  # "fighting against trafficking", "fought for justice": a cause, not a fight
            if word.startswith(("fight", "battl")) and re.search(
                r"(?i)(?<!led )(?<!leading )(?<!lead )(?<!leads )\bto\s+$", text[max(start, m.start() - 12):m.start()]
            ):
                continue  # "recruiting youth to fight in Somalia": a purpose, not a fight
            if _WITHOUT_BEFORE.search(text, max(start, m.start() - 14), m.start()) or _ENDED_BY_TRUCE.search(
                    text, max(start, m.start() - 110), m.start()):
                continue  # "entered without fighting", "a ceasefire after the worst fighting in decades": none today
            kind = _clash_type(sentence_text)
            if (kind == "MOB_VIOLENCE" and not word.startswith(("fist", "brawl", "scuffl"))
                    and _ARMED_ACTORS.search(text) and not _CROWD.search(text) and not _GROUP_NOUNS_RE.search(sentence_text)):
                # "… as fierce fighting continues to rage in that region": in a text about armed
                # groups with no crowd, a clash whose sentence names no one is theirs (not a fist fight)
                kind = "ARMED_CONFLICT"
            if kind == "MOB_VIOLENCE" and _NAMED_SIDES.match(text, m.end(), end) and not _CROWD.search(text):
                # "Clashes between Kikuyu and Maasai", "fighting between Azerbaijanis and Armenians":
                # two peoples named as the sides, ACLED's communal militias in battle (not "between
                # rival supporters", nor two parties' supporters)
                kind = "ARMED_CONFLICT"
            if word.startswith("battl") and kind == "MOB_VIOLENCE":
                kind = "ARMED_CONFLICT"  # "a battle between Luo and Kikuyu groups": armed, whoever fights
            found.append((kind, m.start(), m.end()))
    if "violence" in lowered:
        for m in _VIOLENCE_BROKE_OUT.finditer(text, start, end):
            found.append((_clash_type(sentence_text), m.start(), m.end()))  # "street violence" at a protest: a riot
    if "attack" in lowered:
        for m in _ATTACK.finditer(text, start, end):
            target = text[m.end():min(end, m.end() + 40)]
            if (_NOT_AN_ATTACK_AFTER.match(target) or _NO_BLOW_BEFORE.search(text, max(start, m.start() - 30), m.start())
                    or _NOT_AN_ATTACK_BEFORE.search(text, max(start, m.start() - 60), m.start())):
                continue  # "an attack on media freedom", "attack victims", "verbally attacked", "charged with … attack"
            # ("blamed the attacks on Somali militia": who did it, not the target)
            kind = ("ARMED_CONFLICT" if _SECURITY_TARGET.match(target)
                    and not re.search(r"(?i)\bblam\w*\s+(?:the\s+)?$", text[max(start, m.start() - 20):m.start()])
                    else "ATTACK_CIVILIANS")
            subject = text[start:m.start()]
            if kind == "ARMED_CONFLICT" and _CROWD.search(subject) and not _ARMED_ACTORS.search(subject):
                kind = "RIOT"  # "demonstrators attacked the police officers": a riot, not a battle
            found.append((kind, m.start(), m.end()))
    if any(w in lowered for w in ("attack", "assault", "beat", "punch", "kick", "surround", "revolt", "chas", "set upon",
                                  "stab", "slash", "hack", "vandali", "smash", "threw", "throw", "harass", "lynch", "rough")) or (
            # a crowd of locals that kills or burns, people injured by a group: looked for only
            # where a group is named, as histories are full of "killed" and "burned"
            any(w in lowered for w in ("kill", "injur", "burn", "tied", "hack"))
            and any(g in lowered for g in ("group of", "mob of", "crowd of", "injured by"))) or (
            any(w in lowered for w in ("burn", "torch", "ablaze", "alight", "fire to"))
            and any(g in lowered for g in ("residents", "villagers", "locals", "traders"))):
        for m in _GROUP_ATTACK.finditer(text, start, end):
            if (_NOT_AN_ATTACK_BEFORE.search(text[max(start, m.start() - 60):m.start()]) or _named_as_cause(text, start, m.start())
                    or re.search(r"(?i)\b(?:previously|earlier|formerly)\s+$", text[max(start, m.start() - 20):m.start()])):
                continue  # "protested against the assault by members of …": the grievance; "who was previously injured by …"
            group = m.group()
            if (_WORKING_PEOPLE.search(group) and _CROWD.search(sentence_text)
                    or re.match(r"(?i)(?:crowd|mob|residents|villagers|locals|traders)\b", group) and _PROTEST_WORDS.search(sentence_text)):
                continue  # "garment workers continued demonstrations and vandalized buses": the protest turned violent, found as such
            head = group[:group.rstrip().rfind(" ") + 1]  # the words before the violent one
            if (_NOT_GROUP_VIOLENCE.search(group) or (_CHARGED_WITH.search(head) and not re.search(r"(?i)\ballegedly\s+$", head))
                    or re.search(r"(?i)\bfor\s+(?:his|her|their|the)?\s*\w+$", group)
                    or re.match(r"(?i)\s+off\b", text[m.end():m.end() + 5]) or _NO_BLOW_BEFORE.search(head)):
                continue  # "the first attack", "charged with vandalism", "arrested for his assault", "kicked off the protests"
            if _PASSIVE_BEFORE.search(head) and not group.lower().startswith(("attack", "assault", "beat", "punch", "kick")):
                continue  # "protesting residents were beaten up": the group is the victim
            if not _ARMED_ACTORS.search(group):
                found.append(("MOB_VIOLENCE", m.start(), m.end()))  # "eight men attacked a manager"
    possible = candidate_types(sentence_text)
    for event_type, pattern in compiled().items():
        if event_type not in possible:
            continue
        for m in pattern.finditer(text, start, end):
            s, e = m.start(), m.end()
            word = text[s:e]
            before, after = text[max(start, s - 30):s], text[e:min(end, e + 20)]
            if event_type == "PROTEST" and word[:10].lower() == "protestant":
                continue  # "the largest Protestant extremist organization": a church, not a protest
            if event_type == "STRIKE" and (_STRIKE_NOT_LABOUR.search(before) or _HAZARD.search(before)):
                continue  # "air strike", "hunger strike" (the latter is a PROTEST)
            if event_type in ("STRIKE", "PROTEST") and _HITS_OR_SHOWS.match(word + after) or (
                event_type == "STRIKE" and word.lower() == "striking" and _IS_BEFORE.search(before)
                and re.match(r"\s*(?:[.,;:!?)\"”]|$|and\b|but\b)", after)
            ):
                # "hurricanes striking US soil", "fired 10 rounds, striking the man", "Strike the
                # shepherd", "athletes have demonstrated incredible prowess", "to demonstrate that":
                # a verb with an object hits or shows; "This map is striking": an adjective
                continue
            if event_type == "STRIKE" and word.lower() in ("strike", "strikes") and (
                re.match(r"(?i)\s+back\b", after)
                or (_WEAPONS.search(sentence_text) and not _LABOUR.search(sentence_text))
            ):
                continue  # "strikes carried out by Russian warplanes", "Russia strikes back": no walkout
            if event_type == "BLOCKADE" and (
                _NOT_A_BLOCKADE.match(word + after)
                or (word.lower().startswith("shut") and _MISHAP.search(sentence_text) and not _CROWD.search(sentence_text))
            ):
                continue  # "barricaded himself", "land occupied by the rebels", a crash that shut down a highway
            if event_type == "BLOCKADE" and (
                (word.lower().startswith("block") and (_ADDRESS_BLOCK_BEFORE.search(before) or _ADDRESS_BLOCK_AFTER.match(word)))
                or (word.lower() == "occupied" and _NO_OCCUPATION.search(text, max(start, s - 20), min(end, e + 30)))
            ):
                # "the 3200 block of West Broad Street", "two blocks east of Highway 12": an address;
                # "a vehicle occupied by a female driver", "fully occupied": people inside, no one occupying
                continue
            if event_type == "BLOCKADE" and word.lower() == "occupied" and _OCCUPIED_LAND.match(after) and _DETERMINER_BEFORE.search(before):
                continue  # "the occupied West Bank": the land's status, not an occupation today
            if event_type == "BLOCKADE" and word.lower().startswith("camp ") and _NOUN_BEFORE.search(before):
                continue  # "charged a camp outside Afgoye": the noun, a camp stormed, not people camping outside
            if event_type == "LOOTING_DESTRUCTION" and _HARM_WORD.match(word) and (
                _FIRE_DID_BEFORE.search(text, max(start, s - 30), s) or _BY_FIRE_AFTER.match(text, e, end)
            ) and not (_ARSON.search(text, max(0, start - 200), end + 200) or _ATTACK_WORDS.search(sentence_text)
                       or _ARMED_ACTORS.search(text, max(0, start - 200), end) or _CROWD.search(text, max(0, start - 200), end)):
                # "Fire damaged a two-story house", "the damage caused by the fire": no one's
                # destruction (but "The fire damaged a car … believe the arson incident to be related")
                continue
            if event_type == "LOOTING_DESTRUCTION" and _HARM_WORD.match(word) and (
                _EXPLOSIVE_OBJECT.match(text, e, min(end, e + 60))
                or (re.match(r"\s+(?:them|it)\b", after) and _EXPLOSIVE_OBJECT.search(" " + text[start:s]))
                or ((_HAZARD.search(text, max(0, start - 200), end)
                     or (_MISHAP_SETTING.search(text, max(0, start - 200), end) and _FIRE_OR_BLAST.search(sentence_text)))
                    and not _ARSON.search(sentence_text) and not _ATTACK_WORDS.search(sentence_text)
                    # no crowd or armed men there, this sentence or the ones just before ("workers …
                    # staged a demonstration … They also burnt tires")
                    and not _ARMED_ACTORS.search(text, max(0, start - 200), end) and not _CROWD.search(text, max(0, start - 200), end))
            ):
                # "destroyed 342 mines and 288 IEDs", "cleared 23,000 landmines and destroyed them":
                # explosives disarmed; "an earthquake caused extensive damage", "an oil tank burns
                # after catching fire at the power plant": a disaster or an accident, no one's destruction
                continue
            if event_type == "FORCE_ON_PROTEST" and re.match(r"(?i)r[au][mn]", word) and not _CROWD.search(sentence_text):
                continue  # "ran over", "rammed into": force on a gathering only when one is named
            if (event_type == "ARMED_CONFLICT" and word.lower().startswith("raid") and not _AIR_BEFORE.search(before)
                    and not _RAID_ON_FORCES.search(sentence_text)):
                # "Pokot raiders kill eleven Turkana", "6 killed in cattle raid": a raid on villagers
                # and their herds, with no forces or armed men on the other side, attacks civilians
                # (ACLED); an air raid, or a raid on soldiers or militants, stays armed conflict
                event_type = "ATTACK_CIVILIANS"
            if event_type == "ARMED_CONFLICT" and re.match(r"(?i)(?:chlorine|poison|nerve|mustard|sarin)", word) and (
                _ACCIDENT.search(sentence_text) and not _ATTACK_WORDS.search(sentence_text) and not _ARMED_ACTORS.search(sentence_text)
            ):
                continue  # "462 people affected by chlorine gas leakage": an accident, no chemical weapon
            if event_type == "ARMED_CONFLICT" and (
                (_TERRITORY_TAKEN.match(word) and _unfought_handover(text, start, end))
                or _WITHOUT_BEFORE.search(before) or _ENDED_BY_TRUCE.search(text, max(start, s - 110), s)
            ):
                # "recaptured Palmyra after Syrian forces pulled out", "entered without fighting": a
                # non-violent transfer of territory
                continue
            if event_type == "ARMED_CONFLICT" and _MOVED_ON.match(word) and (
                not _ARMED_ACTORS.search(sentence_text) or _CROWD.search(sentence_text)
            ):
                continue  # "prices advanced towards", "protesters pushed the police out of": no forces moving on each other
            if event_type == "RIOT" and word.lower().startswith("attack") and _ARMED_ACTORS.search(sentence_text) and not _CROWD.search(sentence_text):
                continue  # "the militants attacked the Police Headquarters": a battle (found as such), no riot
            if event_type == "RIOT" and word.lower().startswith("riot") and _RIOT_GEAR.match(after):
                continue  # "riot police", "riot gear"
            if event_type == "PROTEST" and (
                (word.lower() == "march" and (word[0] == "M" and (s > start) or _MONTH_MARCH.search(before)
                                              or re.match(r"\s*\d", after)))
                # "the March 4 nerve agent poisoning", "a March 17 public meeting" (but "The March
                # Against Hatred", "a march took place")
                or (word.endswith(" March") and re.match(r"\s*\d", after))
            ):
                continue  # the month
            if word[:1].isupper() and word[1:].islower() and " " not in word and (
                (m_prev := _NAME_BEFORE.search(before)) is not None
                # (after a given name only the trigger words that are common surnames, in running
                # text: "the Unity Rally", "Ferguson Protest Leader" are an event's names)
                and (m_prev.group("title") or (word.lower() in _SURNAME_TRIGGERS and is_first_name(m_prev.group("given"))
                                               and re.match(r"\s+[a-z]", after)))
            ):
                continue  # a surname: "Gov. John Lynch", "Mr. Lynch", "writer Robert Burns"
            if event_type == "PROTEST" and word.lower().startswith("gathering") and _NOUN_GATHERING_BEFORE.search(before):
                continue  # "in front of a shocked gathering at a photo exhibit": an audience, no protest
            if _OTHER_SENSE_AFTER.get(event_type) is not None and (
                _OTHER_SENSE_AFTER[event_type].match(word + text[e:min(end, e + 60)])
                or _OTHER_SENSE_BEFORE[event_type].search(before + word)
            ):
                continue  # the word in another sense: "cardiac arrest", "game-winning shot", "burn ban" (see the table)
            if event_type == "FORCE_ON_PROTEST" and (
                _PROTESTED_BEFORE.search(text, max(start, s - 60), s)
                or (_CLASH_NEAR.search(text, max(0, start - 150), end) and not _PROTEST_WORDS.search(text, max(0, start - 150), end))
            ):
                # "a rally against the assault on anti-quota protesters": the grievance; "Police fired
                # tear gas to disperse the clashing members": force on a clash between groups,
                # part of the mob's event, not force on a protest
                continue
            if event_type == "FORCE_ON_PROTEST" and word.lower().startswith("crackdown") and (
                _ARMED_ACTORS.search(sentence_text) and not _CROWD.search(sentence_text)
            ):
                continue  # "a crackdown on Taliban militants": counter-insurgency, not a protest policed
            if event_type == "FORCE_ON_PROTEST" and re.match(r"(?i)(?:crackdown|interven|dispers)", word) and (
                re.match(r"(?i)intervening\s+(?:period|years?|months?|weeks?|days?|time|decades?)\b", word + after)
                or re.match(r"(?i)\s*(?:into|among|across|throughout|over)\b", after)
                or not (_CROWD.search(text, max(0, start - 600), end) or _GATHERING.search(text, max(0, start - 600), end))
            ):
                # "the council's latest crackdown on graffiti", "officials intervened", "students
                # dispersed into other schools", "in the intervening period": no gathering to police
                continue
            if event_type == "ARREST" and (_RELEASE.search(before) or _told_before(text, start, s, before)):
                continue  # "freed many detainees"; "the victim had been arrested before": the background
            if event_type == "ARREST" and _ARREST_DEMANDED.search(text[max(start, s - 60):s]) and (
                _CROWD.search(sentence_text) or re.search(r"(?i)\bhuman chains?\b", sentence_text)
            ):
                continue  # "demanding arrest of the culprits", "against the arrest of their leader": the demand, not an arrest
            if event_type == "ARREST" and word.lower() in ("jail", "jails", "detainee", "detainees") and not _INTO_JAIL.search(before):
                continue  # "rioted at this jail", "beat up detainees": the place or the people held, not an arrest
            if event_type == "RESTRICTION" and (
                _AGAINST_RESTRICTION.search(text[max(start, s - 50):s]) or _RESTRICTION_SETTING_AFTER.match(after)
                # a curfew or lockdown named without anyone imposing it is the setting ("amidst the lockdown")
                or (_RESTRICTION_NOUN.match(word) and not _IMPOSING.search(sentence_text))
                or (word.lower().startswith(("outlawed", "banned")) and _DETERMINER_BEFORE.search(before))  # "the outlawed party", "the banned PKK"
                or re.match(r"(?i)clos(?:e|es|ed|ing)\s+to\b", word)  # "close to Ghazni city": near, not shut
                # told in the past perfect, outside reported speech: the setting ("the government
                # had closed its borders")
                or _told_before(text, start, s, before)
                # a curfew gangs or armed men impose is theirs, no authority's security measure
                # ("members of the CJNG published a video announcing a curfew")
                or ("curfew" in word.lower() and _NON_STATE_ARMED.search(sentence_text) and not _SECURITY.search(sentence_text))
            ):
                continue  # "protested against the lockdown": the grievance, not a new restriction
            if event_type == "ATTACK_CIVILIANS" and _GRIEVANCE.search(text[e:min(end, e + 60)]) and (
                _ARMED_ACTORS.search(sentence_text) and not _CROWD.search(sentence_text)
            ):
                event_type = "ARMED_CONFLICT"  # "Mungiki members were gunned down by police": forces against an armed group
            elif event_type == "ATTACK_CIVILIANS" and (
                _GRIEVANCE.search(text[max(start, s - 70):s]) or _GRIEVANCE.search(text[e:min(end, e + 60)])
                or _BEATEN_BY_FORCES.match(word)
                or (word.lower().startswith("shooting") and _FORCES_SHOOTING_BEFORE.search(before))
                or (_told_before(text, start, s, before) and _CROWD.search(sentence_text))
            ) and _CROWD.search(text):
                # "the death of George Floyd", "killed by police": the cause of a protest (in a text
                # with no crowd, "a man … was killed by police at Homa Bay" is the event)
                continue
            if event_type == "ATTACK_CIVILIANS" and _INJURY.match(word) and not _CIVILIAN_VICTIMS.search(word) and (
                _SECURITY_VICTIM_BEFORE.search(before + " ") or _SECURITY_VICTIM_AFTER.match(text[e:min(end, e + 45)] + " ")
            ):
                if _CROWD.search(sentence_text) or not _ARMED_ACTORS.search(sentence_text):
                    continue  # "Two police officers were injured" in a riot: no civilians attacked
                event_type = "ARMED_CONFLICT"
            elif event_type == "ATTACK_CIVILIANS" and _KILLING_WORD.match(word) and not _CIVILIAN_VICTIMS.search(word) and (
                victim := _FIGHTER_VICTIM_PASSIVE_BEFORE.search(text[max(start, s - 60):s] + " ")
                or _SECURITY_VICTIM_AFTER.match(text[e:min(end, e + 45)] + " ")
            ) and not _CROWD.search(sentence_text) and (
                _ARMED_ACTORS.search(sentence_text) or not _GROUP_MEMBERS.search(victim.group())
            ):
                # "a Taliban sniper shot and killed 1 Afghan soldier", "gunmen assassinated a QSD
                # member", "2 NDS members were shot by unknown gunmen": armed men against fighters;
                # police or troops shot at are fighters whoever shoots ("a perpetrator shoots and
                # injures a police officer"), as ACLED codes it; a group's members only where armed
                # men are named ("the deceased JD member was shot at": a party's)
                event_type = "ARMED_CONFLICT"
            if event_type == "ATTACK_CIVILIANS" and _INJURY.match(word) and (
                _HAZARD.search(text, max(0, start - 200), end) or _ACCIDENT.search(text, max(0, start - 200), end)
                # (an illness told before the killing word, and no one to do it: "her H5N1 infection
                # killed her"; but "police killed a man who had the flu")
                or (_ILLNESS.search(text, max(start, s - 60), s) and not _AUTHORITIES.search(sentence_text))
                or (_MISHAP_SETTING.search(text, max(0, start - 200), end) and _FIRE_OR_BLAST.search(text, max(0, start - 200), end))
                # ("Fire damages N.W. Rochester house; two dogs injured")
                or re.search(r"(?i)\b(?:fire|fires|blaze|flames|inferno)\b", text[max(0, start - 200):end])
            ) and not (_ARSON.search(text, max(0, start - 200), end + 200) or _ATTACK_WORDS.search(sentence_text)
                       or _WEAPONS.search(sentence_text)
                       or _BLOWS.search(text, max(0, start - 200), end)
                       # no crowd or armed men there, this sentence or the ones around it ("a fuel tanker
                       # exploded in the market … Among the dead, 12 opposition rebels": a war's blast)
                       or _ARMED_ACTORS.search(text, max(0, start - 200), end + 200)
                       or _CROWD.search(text, max(0, start - 200), end + 200)):
                # "555 people were killed after a strong earthquake", "workers were hurt when a tank
                # at the plant exploded", "killed in a road accident": a disaster or an accident
                continue
            if event_type in ("ARMED_CONFLICT", "ATTACK_CIVILIANS", "RIOT") and (
                (_EXPLOSIVE.match(word) and (_DISARMED_BEFORE.search(text, max(start, s - 45), s) or _DISARMED_AFTER.match(text, e, end)))
            ) or event_type in ("ARMED_CONFLICT", "ATTACK_CIVILIANS") and (
                ((_BLAST.match(word) or (event_type == "ATTACK_CIVILIANS" and _INJURY.match(word) and _BLAST.search(sentence_text)))
                    and _MISHAP_SETTING.search(text, max(0, start - 200), end) and not _ARMED_ACTORS.search(sentence_text)
                    and not _ATTACK_WORDS.search(sentence_text))
                or _DRILL.search(sentence_text)
            ):
                # explosives found, seized, defused or cleared ("seized two landmines", "grenades were
                # found near the school"), a plant's tank or a gas cylinder exploding (and those it
                # killed or hurt), and military drills ("an airstrike by a mock enemy"): no fighting
                continue
            if event_type == "ARMED_CONFLICT" and (
                _CROWD_MUNITION.search(text[max(start, s - 25):s])
                or (word.lower() == "offensive" and (_ADJECTIVE_BEFORE.search(before) or _TO_AFTER.match(after)))
                or (re.match(r"(?i)(?:grenade|bomb|mortar|explosion|rocket)", word) and _CROWD.search(sentence_text))
            ):
                continue  # "smoke bombs", "flash-bang grenades", fireworks at a protest: not warfare
            if event_type in ("ATTACK_CIVILIANS", "ARMED_CONFLICT") and (
                _NOT_AN_ATTACK_BEFORE.search(text[max(start, s - 60):s]) or _NOT_AN_ATTACK_AFTER.match(after)
                or _NO_BLOW_BEFORE.search(before) or _NO_BLOW_AFTER.match(word + after)
                or _named_as_cause(text, start, s)
                or _SUSPECTED_OR_SUPPORTED_BEFORE.search(text, max(start, s - 50), s)
                # (the clause's verb may be the trigger's first word: "who went missing")
                or (_VICTIM_CLAUSE_BEFORE.search(text, max(start, s - 60), e) and _CROWD.search(sentence_text))
            ):
                continue  # a cause, a charge or a threat, not an attack in this text
            if event_type in ("MOB_VIOLENCE", "RIOT") and (
                re.search(r"(?i)\b(?:invasion|storming)\s+of\b[^.;]{0,40}$", text[max(start, s - 60):s])
                or re.match(r"(?i)[^.;]{0,60}\b(?:the day (?:prior|before)|the previous day|days? earlier|last (?:week|month)|"
                            r"the past (?:two|three|few) (?:days|nights))\b", text[e:end])
            ) or event_type in ("MOB_VIOLENCE", "RIOT", "LOOTING_DESTRUCTION") and _RIOT_AS_CAUSE_BEFORE.search(text, max(start, s - 60), s):
                # "resigned after a pro-Trump mob stormed the building", "the invasion of the Capitol by
                # a mob", "a curfew after riots erupted the past two nights", "troops mobilized in
                # response to an outbreak of riots", "his involvement in the riot at the Capitol",
                # "a fence set up to protect it from vandalism", "offenses including spray painting"
                continue
            if event_type == "RIOT" and "barricad" in word.lower() and _AUTHORITIES.search(text, start, s):
                continue  # "Police set up barricades around the Capitol": the authorities', not a crowd's
            if event_type in ("RIOT", "LOOTING_DESTRUCTION", "MOB_VIOLENCE") and _CHARGED_WITH.search(text[max(start, s - 40):s]):
                continue  # "arrested and charged with vandalism": the charge, not another event
            if event_type == "ATTACK_CIVILIANS" and (
                _PARTISANS_BEFORE.search(text, max(start, s - 80), s)
                or (_PARTY_MEMBERS_BEFORE.search(text, max(start, s - 80), s) and not _ARMED_ACTORS.search(sentence_text))
            ):
                # "supporters of the Awami League candidate assaulted the rival candidate", "members
                # of Chhatra League assaulted and injured a BNP leader": a partisan crowd's
                # violence, ACLED's mob violence (but "members of the CJNG cartel" are an armed group)
                event_type = "MOB_VIOLENCE"
            if (event_type == "MOB_VIOLENCE" and re.match(r"(?i)(?:\w+\s+)?(?:clash|fight|fought|skirmish|battl)", word)
                    and _COMMUNAL_FIGHTERS.search(sentence_text) and not _CROWD.search(sentence_text)):
                # "ethnic clashes in Tarbaj involving the Degodia and Garre clans", "farmers clashed
                # with pastoralists": communities' militias fighting, which ACLED codes as battles
                event_type = "ARMED_CONFLICT"
            if (event_type == "ARMED_CONFLICT" and _HOMEMADE_BOMB.search(sentence_text)
                    and re.match(r"(?i)(?:bomb|explo|detonat|blast|grenade)", word) and not _ARMED_ACTORS.search(sentence_text)):
                # "members of BNP and Jamaat exploded cocktail bombs", "unidentified persons
                # exploded three crude bombs": partisans' or a mob's violence, not a battle
                event_type = "MOB_VIOLENCE"
            found.append((event_type, s, e))
    if (any(t == "LOOTING_DESTRUCTION" for t, _, _ in found) and not any(t in ("RIOT", "MOB_VIOLENCE") for t, _, _ in found)
            and (_CROWD.search(sentence_text) or _UNREST_ACTORS.search(sentence_text) or _PROTEST_BEHAVIOUR.search(sentence_text))):
        # "Demonstrators damaged and looted businesses", "some people looted stores during the
        # march", "students burn a dorm in protest": a crowd's destruction, ACLED's violent
        # demonstration (a mob's, where the sentence tells one, stays the mob's)
        crowd_did = next(((s, e) for t, s, e in found if t == "LOOTING_DESTRUCTION"
                          and _CROWD_DESTROYING_BEFORE.search(text, start, s)), None)
        if crowd_did is not None:
            found.append(("RIOT", *crowd_did))
    if not _has_protest(found) and any(w in lowered for w in ("particip", "part in", "gather", "together", "around", "through")):
        # only where no protest word was found: the gathering for a cause is the protest's one trigger
        m = _GATHERED_FOR_A_CAUSE.search(text, start, end)
        cause = _A_CAUSE.search(text, m.end(), end) if m else None
        if cause and not _ARMED_ACTORS.search(sentence_text) and not _SOCIAL_OCCASION.search(text, m.end(), cause.start()):
            found.append(("PROTEST", m.start(), m.end()))  # "cyclists participated in a 'Bike to be Heard' … in support of BLM"
    if any(t == "ARMED_CONFLICT" for t, _, _ in found) and any(
        t == "RESTRICTION" and re.match(r"(?i)(?:cordon|seal)", text[s:e]) for t, s, e in found
    ):
        # "officers cordoned off the area and engaged the suspect in a shootout": the operation's
        # cordon, part of the fight, not a security measure of its own
        found = [f for f in found if not (f[0] == "RESTRICTION" and re.match(r"(?i)(?:cordon|seal)", text[f[1]:f[2]]))]
    if (any(t == "ARMED_CONFLICT" for t, _, _ in found) and any(t == "MOB_VIOLENCE" for t, _, _ in found)
            and _ARMED_ACTORS.search(sentence_text) and not _CROWD.search(sentence_text)
            and not _TOWNSFOLK.search(sentence_text)):
        # "armed men clashed with members of the UPOEG", "government supporters attacked an
        # American convoy": armed men's fight is the battle, not also a mob's (but "youths attacked
        # an army truck" is the youths' mob)
        found = [f for f in found if f[0] != "MOB_VIOLENCE"]
    found.sort(key=lambda t: (t[1], t[0]))
    return found


# ---------------------------------------------------------------------- status

# "(affiliation not known) march", "motive not clear": what is not known is a detail, not the event.
_NEGATION = re.compile(
    r"\b(?:no|not|never|without|nor|none|denied|den(?:y|ies)|ruled out|n't|fail(?:s|ed)?\s+to)\b"
    r"(?!\W+(?:immediately\W+)?(?:known|clear|specified|identified|disclosed|established)\b)"
    r"(?:\W+(?!and\b|but\b)\w+){0,2}\W*$", re.I)
# An event called off before it happened: "to cancel the strike", "called off their march"
# (one "postponed" is still planned, see _PLANNED).
_CALLED_OFF = re.compile(
    r"\b(?:cancel\w*|call(?:ed|s|ing)?\s+off|abandon\w*|avert\w*)\s+(?:the\s+|a\s+|an\s+|their\s+|its\s+|"
    r"his\s+|her\s+)?(?:planned\s+|proposed\s+|threatened\s+|scheduled\s+)?$", re.I)
_HAPPENED_CALL = re.compile(r"\b(?:respond\w*|heed\w*|answer\w*|join\w*)\s+(?:to\s+)?(?:the\s+)?calls?\b", re.I)
_CALLED = re.compile(
    r"\b(?:call(?:ed|s|ing)?\s+(?:for|on|upon)|calls?\s+to|urg(?:e|ed|es|ing)|appeal(?:ed|s|ing)?\s+(?:to|for)|"
    r"back(?:ed|s|ing)?\s+(?:the\s+)?calls?|invit(?:e|ed|es|ing)|encourag(?:e|ed|es|ing)|exhort\w*|"
    r"ask(?:ed|s|ing)?\s+\w+\s+to|demand(?:ed|s|ing)?\s+(?:a|an)\s)", re.I)
# Modal verbs are matched in lower case only: "May 2020" and "Will Smith" are not modals.
_PLANNED = re.compile(
    r"\b(?:(?-i:will|shall)|'ll|plan(?:s|ned|ning)?\s+to|(?:is|are|was|were)\s+(?:set|due|scheduled|expected|going)\s+to|"
    r"scheduled|upcoming|intend\w*\s+to|vow(?:ed|s)?\s+to|to\s+be\s+held|announc\w+\s+plans|"
    r"prepar\w+\s+(?:to|for)|in\s+anticipation\s+of|ahead\s+of|in\s+advance\s+of|postpon\w*|aim(?:s|ed|ing)?\s+to|seek(?:s|ing)?\s+to|sought\s+to|next\s+(?:week|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|tomorrow)\b", re.I)
_FUTURE_AFTER = re.compile(r"\b(?:tomorrow|next\s+(?:week|month|year))\b", re.I)
_HYPOTHETICAL = re.compile(
    r"\b(?:if|unless|(?-i:could|might|may|would)|threat(?:s|en\w*)?\s+(?:\w+\s+)?(?:of|to)|risk\s+of|fears?\s+of|warn\w*\s+(?:of|that)|"
    r"possibl\w+|potential|in\s+case|in\s+the\s+hope|fears?\s+that|feared\s+that)\b(?!\s+\d)", re.I)

# What someone acts to prevent: "deployed at the border to prevent any attacks" (but "to stop
# the protest", "to end the fighting" tell of one going on).
_TO_END = re.compile(r"\bto\s+(?:help\s+)?(?:prevent|avert|deter|forestall|pre-empt|preempt)\s+"
                     r"(?:the\s+|all\s+|further\s+|their\s+|its\s+)?(?:[\w-]+\s+)?$", re.I)


def event_status(text: str, sentence: tuple[int, int], trigger_start: int) -> str:
    """The status of the event whose trigger starts at ``trigger_start``, from the words before
    it in its clause.

    >>> t = "She urged mayors to call demonstrations."
    >>> event_status(t, (0, len(t)), t.index("demonstrations"))
    'called'
    >>> t = "Workers have gone on strike."
    >>> event_status(t, (0, len(t)), t.index("gone"))
    'happened'
    """
    clause_start = sentence[0]
    for m in re.finditer(r"[;:]|\s[–—-]\s|, but\b|\bwhile\b|, and\b", text[sentence[0]:trigger_start]):
        clause_start = sentence[0] + m.end()
    before = text[clause_start:trigger_start]
    near = text[max(clause_start, trigger_start - 40):trigger_start]
    if _NEGATION.search(near) or _CALLED_OFF.search(near):
        return "negated"
    if _HAPPENED_CALL.search(before):
        return "happened"
    if _CALLED.search(before):
        return "called"
    if _PLANNED.search(before) or _FUTURE_AFTER.search(text[trigger_start:min(sentence[1], trigger_start + 40)]):
        return "planned"  # "will march", or "a rally tomorrow"
    if _HYPOTHETICAL.search(before) or _TO_END.search(near):
        return "hypothetical"
    return "happened"


_LETHAL = re.compile(r"\b(?:kill\w*|dead|death|died|shot dead|live (?:ammunition|rounds|fire)|fatal\w*|lethal)\b", re.I)


# ---------------------------------------------------------------------- the step


# People who demand something are demonstrating ("residents burned tires to demand food").
_DEMANDING = re.compile(r"\b(?:demand(?:s|ed|ing)?|calling for|called for)\b", re.I)


#: Events of crowds: a restriction named beside one is the crowd's grievance or setting.
_CROWD_EVENTS = {"PROTEST", "STRIKE", "BLOCKADE", "RIOT", "MOB_VIOLENCE", "FORCE_ON_PROTEST", "LOOTING_DESTRUCTION"}
#: A restriction written as an act ("imposed a curfew", "banned rallies", "sealed off"), not a noun.
_RESTRICTION_ACT = re.compile(
    r"(?i)^(?:impos|declar|ban(?:s|ned|ning)?\b|outlaw|censor|cordon|deport|restrict|seal|set|clos|halt|shut|block|monitor|surveil)")


def _crowd_acted(text: str, sentence: tuple[int, int], triggers: list[tuple[str, int, int]]) -> bool:
    """Whether a crowd's event in the sentence happened (not one called for or planned)."""
    return any(t in _CROWD_EVENTS and event_status(text, sentence, s) == "happened" for t, s, _ in triggers)


# A sentence that only counts the casualties: "1 person was killed", "Dozens were injured in
# the incident", "2 persons, including 1 student, were killed after being shot".
_CASUALTY_COUNT = re.compile(
    r"(?i)\W*(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|dozens|scores|several|many|at least \w+)"
    r"(?:\s+(?:people|persons?|protesters|demonstrators|students|others|men|women))?[^.;]{0,60}?\b(?:was|were)\s+"
    r"(?:\w+\s+)?(?:killed|injured|wounded|hurt|shot)\b")
_ACROSS_BEFORE = re.compile(r"\b(?:across|throughout|all over)\s+(?:the\s+)?$", re.I)


def _country_events_to_the_one_town(text: str, events: list[Event], mappable: Sequence[Resolution]) -> list[Event]:
    """An event placed at a country goes to the one town of that country the text names
    elsewhere ("… drive an explosive laden car into Kenya from Ethiopia. Mandera is situated at
    a point where …": Mandera), as a coder reads a note; with two towns or none it stays, and so
    does an event the text spreads across the country ("Riots broke out across Kenya")."""
    towns: dict[str, dict[int, Resolution]] = {}  # country code -> the text's towns there, by place
    for r in mappable:
        if r.place.kind == "city" and r.mention.kind == "literal":
            towns.setdefault(r.place.country_code, {}).setdefault(r.place.id, r)
    out = []
    for e in events:
        if (e.place is not None and e.place.place.kind == "country"
                and len(towns.get(e.place.place.country_code, ())) == 1
                and not (e.place.mention and _ACROSS_BEFORE.search(text, max(0, e.place.mention[0] - 20), e.place.mention[0]))):
            (town,) = towns[e.place.place.country_code].values()
            e = replace(e, place=EventPlace(town.place, 2, "context", (town.mention.start, town.mention.end)))
        out.append(e)
    return out


def tag_events(
    text: str, resolutions: Sequence[Resolution], *, body_start: int = 0, article_date: str | None = None,
    cue_place: Callable[[], Place | None] | None = None,
) -> list[Event]:
    """Every event in a document, in text order (one per type per sentence). ``cue_place``
    gives the country the text's cues alone point to, or the region where a cue's events take
    place ("OSCE SMM": the Donbas); it is asked only for a text that names no place and no
    country by a demonym either (rule ``cue``, geo_precision 3: coded at the country's capital
    or the region's centre, as an event known only to a country or region is)."""
    events: list[Event] = []
    recent: EventPlace | None = None
    mappable = sorted((r for r in resolutions if can_place_events(r)), key=lambda r: r.mention.start)
    starts = [r.mention.start for r in mappable]
    # The article-wide places (where an event with no place of its own goes, and a "Location:"
    # label) are worked out at the first sentence with a trigger: most texts have none.
    located = False
    fallback = labelled = None
    clash_before = False  # a riot, a mob's violence or force on a protest happened earlier in the text
    arrest_protested = False  # a crowd protested an arrest, or demanded a release, earlier in the text
    protest_places: set[int] | None = None  # where a protest, strike or blockade happened in an earlier sentence
    # The places of the latest sentence that had no event of its own: they become ``recent``
    # only when a later sentence has a trigger (most sentences have none, so most are never reduced).
    pending: list[Resolution] = []
    for sentence in sentences(text, body_start):
        named = mappable[bisect_left(starts, sentence[0]):bisect_left(starts, sentence[1])]
        triggers = find_triggers(text, sentence)
        if not triggers:
            if named:
                pending = named
            continue
        if pending:
            recent = most_specific(drop_parents(pending, text))
            pending = []
        if not located:
            fallback = article_fallback(text, body_start, resolutions, cue_place)
            labelled = labelled_location(text, mappable)
            located = True
        here = drop_parents(named, text)
        seen: set[str] = set()
        kinds = {t for t, _, _ in triggers}
        if protest_places is not None and "LOOTING_DESTRUCTION" in kinds and not kinds & {"RIOT", "MOB_VIOLENCE"} and all(
            r.place.id in protest_places for r in here
        ):
            _, destroyed, destroyed_end = next(t for t in triggers if t[0] == "LOOTING_DESTRUCTION")
            if not _AUTHORITIES.search(text, sentence[0], destroyed) and not _ARMED_ACTORS.search(text, sentence[0], sentence[1]):
                # "… demonstrated in downtown Atlanta. A shoe store was looted.", "They burnt police
                # vehicles": destruction where a demonstration just happened is the demonstration
                # turned violent (ACLED), not only property destroyed (but not the police's)
                triggers = sorted([*triggers, ("RIOT", destroyed, destroyed_end)], key=lambda t: (t[1], t[0]))
                kinds = kinds | {"RIOT"}
        violent = kinds & {"RIOT", "ARMED_CONFLICT", "MOB_VIOLENCE", "FORCE_ON_PROTEST"}
        protested_arrest_here = bool(kinds & set(_PROTEST_FAMILY)) and _ARREST_PROTESTED.search(text, sentence[0], sentence[1]) is not None

        sentence_events = []
        for event_type, start, end in triggers:
            if event_type == "MOB_VIOLENCE" and protest_places is not None and all(r.place.id in protest_places for r in here):
                # "This led to physical scuffles between both groups", "Several people threw stones
                # at the police" after a demonstration, where it was: the demonstration turned
                # violent (but "In Narok, however, two men … clashed" after marches in Nairobi is
                # a fight of its own)
                event_type = "RIOT"
            if event_type in seen:
                continue
            if (event_type == "RESTRICTION" and not _RESTRICTION_ACT.search(text[start:end])
                    and _crowd_acted(text, sentence, triggers)):
                # "protested against the district's extended curfew", "stuck by the lockdown": in a
                # sentence about a crowd, a curfew or lockdown named as a noun is its grievance or
                # setting, not a new restriction
                continue
            if event_type == "ATTACK_CIVILIANS" and (violent or kinds & set(_PROTEST_FAMILY)) and (
                re.fullmatch(r"(?i)(?:kill|wound|injur|assault|attack|shot|shoot)[\w ]*", text[start:end])
                or (_BLOW.fullmatch(text[start:end]) and kinds & {"FORCE_ON_PROTEST", "RIOT", *_PROTEST_FAMILY})
            ) and not _CIVILIAN_VICTIMS.search(text[start:end]) and not _CIVILIAN_OBJECT.match(text, end, sentence[1]):
                # casualties of the riot, battle or protest in the sentence, not a separate attack —
                # unless civilians are named as its target ("raiders kill civilians", "militants
                # attacked Nacoba village … and killed 20 villagers"); and the blows of the force
                # used on a crowd ("police … beating people with batons", "separated by the police
                # using tasers") or of a riot ("one officer was punched") are that force or riot
                continue
            if event_type == "ARREST" and arrest_protested and _ARREST_RETOLD.match(text, sentence[0], sentence[1]):
                # "… protested against the unjust arrest of the editor and demanded his release. He
                # was arrested in connection with an accountability case": the grievance retold
                continue
            if event_type == "ATTACK_CIVILIANS" and clash_before and _CASUALTY_COUNT.match(text, sentence[0], sentence[1]) and re.fullmatch(
                r"(?i)(?:kill|wound|injur|shot)[\w ]*", text[start:end]
            ):
                # "… clashed with police. 1 person was killed.": the clash's toll, told after it
                continue
            seen.add(event_type)
            status = event_status(text, sentence, start)
            severity = None
            if event_type == "FORCE_ON_PROTEST":
                severity = "lethal" if _LETHAL.search(text[sentence[0]:sentence[1]]) else "dispersal"
            place = locate(text, sentence, (start, end), here, recent, fallback)
            if labelled is not None and (place is None or place.rule != "coded"):
                place = labelled
            date, precision = event_date(text, sentence, start, article_date, status)
            sentence_events.append(Event(event_type, status, severity, date, precision, sentence, (start, end), place))
        events.extend(sentence_events)
        clash_before = clash_before or any(
            e.type in ("RIOT", "FORCE_ON_PROTEST", "MOB_VIOLENCE") and e.status == "happened" for e in sentence_events)
        arrest_protested = arrest_protested or protested_arrest_here
        for e in sentence_events:
            if e.type in _PROTEST_FAMILY and e.status == "happened":
                protest_places = (protest_places or set()) | ({e.place.place.id} if e.place is not None else set())
        own = [e.place for e in sentence_events if e.place is not None and e.place.rule in ("governed", "actor", "sentence")]
        if own:
            recent = own[0]
        elif here:
            recent = most_specific(here)
    if not events:
        return events
    events = _country_events_to_the_one_town(text, events, mappable)
    # Police breaking up a lynch mob, a brawl or a lockdown party is no force on a protest when
    # no protest, strike, blockade or riot happened anywhere in the text: it is the mob's event
    # (but "police dispersed hundreds of dock workers", told alone, is a gathering dispersed).
    happened_types = {e.type for e in events if e.status == "happened"}
    if (happened_types & {"MOB_VIOLENCE", "ATTACK_CIVILIANS", "ARMED_CONFLICT"}
            and not happened_types & {*_PROTEST_FAMILY, "RIOT"} and not _DEMANDING.search(text)):
        events = [e for e in events if e.type != "FORCE_ON_PROTEST"]
    # Stones thrown at the police with no demonstration anywhere in the text ("migrant workers
    # pelted stones at police at the check post") is a mob's violence, not a violent demonstration.
    if not any(e.type in _PROTEST_FAMILY for e in events) and not _DEMANDING.search(text):
        battles = {e.sentence for e in events if e.type == "ARMED_CONFLICT"}
        events = [
            replace(e, type="MOB_VIOLENCE") if e.type == "RIOT" and not text[e.trigger[0]:e.trigger[1]].lower().startswith("riot")
            else e for e in events
            # ... unless armed men fight the police there: "Ethiopian raiders clash with police and
            # civilians" is the battle found beside it, not also a mob's
            if not (e.type == "RIOT" and e.sentence in battles and _ARMED_ACTORS.search(text, *e.sentence)
                    and not _TOWNSFOLK.search(text, *e.sentence))
        ]
        seen_in: set[tuple] = set()
        kept = []
        for e in events:  # one event per type per sentence, as everywhere
            if (e.type, e.sentence) not in seen_in:
                seen_in.add((e.type, e.sentence))
                kept.append(e)
        events = kept
    return events

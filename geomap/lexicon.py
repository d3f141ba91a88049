"""Trigger phrases for each event type, with their inflected forms, compiled once.

Phrases are written as lemmas with light markup:

* ``word*`` — any ending (``protest*``: protests, protested, protesters);
* ``~verb`` — the verb's inflections, irregular ones included (``~go on strike``: goes, went,
  gone, going on strike);
* ``(a|b)`` — alternatives; ``[det]`` — an optional article or possessive ("the", "a", "their" …);
* ``…`` — up to four words in between ("~block … road": "blocked the main road").

Matching is case-insensitive and on word boundaries.
"""

from __future__ import annotations

import re
from functools import lru_cache

IRREGULAR = {
    "go": ["go", "goes", "went", "gone", "going"],
    "take": ["take", "takes", "took", "taken", "taking"],
    "throw": ["throw", "throws", "threw", "thrown", "throwing"],
    "hold": ["hold", "holds", "held", "holding"],
    "fight": ["fight", "fights", "fought", "fighting"],
    "shoot": ["shoot", "shoots", "shot", "shooting"],
    "set": ["set", "sets", "setting"],
    "beat": ["beat", "beats", "beaten", "beating"],
    "break": ["break", "breaks", "broke", "broken", "breaking"],
    "tear": ["tear", "tears", "tore", "torn", "tearing"],
    "burn": ["burn", "burns", "burned", "burnt", "burning"],
    "stand": ["stand", "stands", "stood", "standing"],
    "lay": ["lay", "lays", "laid", "laying"],
    "hit": ["hit", "hits", "hitting"],
    "run": ["run", "runs", "ran", "running"],
    "stay": ["stay", "stays", "stayed", "staying"],
    "down": ["down", "downs", "downed", "downing"],
    "sit": ["sit", "sits", "sat", "sitting"],
    "hurl": ["hurl", "hurls", "hurled", "hurling"],
    "stab": ["stab", "stabs", "stabbed", "stabbing"],
    "rob": ["rob", "robs", "robbed", "robbing"],
    "kidnap": ["kidnap", "kidnaps", "kidnapped", "kidnapping", "kidnapped"],
    "ban": ["ban", "bans", "banned", "banning"],
    "storm": ["storm", "storms", "stormed", "storming"],
    "block": ["block", "blocks", "blocked", "blocking"],
    "drive": ["drive", "drives", "drove", "driven", "driving"],
    "ram": ["ram", "rams", "rammed", "ramming"],
    "flee": ["flee", "flees", "fled", "fleeing"],
    "spread": ["spread", "spreads", "spreading"],
    "seize": ["seize", "seizes", "seized", "seizing"],
    "fire": ["fire", "fires", "fired", "firing"],
    "kneel": ["kneel", "kneels", "knelt", "kneeled", "kneeling"],
    "light": ["light", "lights", "lit", "lighted", "lighting"],
    "strike": ["strike", "strikes", "struck", "striking", "stricken"],
    "patrol": ["patrol", "patrols", "patrolled", "patrolling"],
    "repel": ["repel", "repels", "repelled", "repelling"],
    "build": ["build", "builds", "built", "building"],
    "put": ["put", "puts", "putting"],
    "shut": ["shut", "shuts", "shutting"],
    "stop": ["stop", "stops", "stopped", "stopping"],
    "become": ["become", "becomes", "became", "becoming"],
    "cancel": ["cancel", "cancels", "canceled", "cancelled", "canceling", "cancelling"],
}
DETERMINERS = r"(?:(?:the|a|an|their|its|his|her|our|several|some|two|three|many|hundreds of|dozens of)\s+)?"


def verb_forms(verb: str) -> list[str]:
    """Inflections of a regular or irregular English verb.

    >>> verb_forms("detain")
    ['detain', 'detains', 'detained', 'detaining']
    >>> verb_forms("rally")
    ['rally', 'rallies', 'rallied', 'rallying']
    >>> verb_forms("go")[2]
    'went'
    >>> verb_forms("retake")[2], verb_forms("overrun")[2]
    ('retook', 'overran')
    """
    if verb in IRREGULAR:
        return IRREGULAR[verb]
    for prefix in ("re", "over", "under", "out"):
        # a prefixed irregular verb inflects as its base: retake, retook; overrun, overran
        if verb.startswith(prefix) and verb[len(prefix):] in IRREGULAR:
            return [prefix + form for form in IRREGULAR[verb[len(prefix):]]]
    if verb.endswith("e"):
        return [verb, verb + "s", verb + "d", verb[:-1] + "ing"]
    if verb.endswith("y") and verb[-2:-1] not in "aeiou":
        return [verb, verb[:-1] + "ies", verb[:-1] + "ied", verb + "ing"]
    if verb.endswith(("sh", "ch", "ss", "x")):
        return [verb, verb + "es", verb + "ed", verb + "ing"]
    if len(verb) == 3 and verb[0] not in "aeiou" and verb[1] in "aeiou" and verb[2] not in "aeiouwxy":
        return [verb, verb + "s", verb + verb[2] + "ed", verb + verb[2] + "ing"]  # gun: gunned
    return [verb, verb + "s", verb + "ed", verb + "ing"]


_TOKENS = re.compile(r"\([^)]*\)\S*|\S+")


def _tokens(phrase: str) -> list[str]:
    """The phrase's tokens: words, and ``(a|b c)`` groups kept whole, spaces and all.

    >>> _tokens("~clash with [det] (police|security forces)")
    ['~clash', 'with', '[det]', '(police|security forces)']
    """
    return _TOKENS.findall(phrase)


def _phrase_regex(phrase: str) -> str:
    parts = []
    for token in _tokens(phrase):
        if token == "…":
            parts.append(r"(?:\S+\s+){0,4}?")
            continue
        if token == "[det]":
            parts.append(DETERMINERS)
            continue
        if token.startswith("~"):
            piece = "(?:" + "|".join(re.escape(f) for f in verb_forms(token[1:])) + ")"
        elif token.startswith("(") and token.endswith(")"):
            piece = "(?:" + "|".join(
                r"\s+".join(_word(w) for w in alt.split()) for alt in token[1:-1].split("|")) + ")"
        else:
            piece = _word(token)
        parts.append(piece + r"\s+")
    pattern = "".join(parts)
    pattern = re.sub(r"\\s\+$", "", pattern)
    return pattern


def _word(token: str) -> str:
    if "(" in token and token.endswith(")"):  # "rall(y|ies|ied)": a stem and its endings
        stem, endings = token[:-1].split("(", 1)
        return re.escape(stem) + "(?:" + "|".join(re.escape(e) for e in endings.split("|")) + ")"
    if token.endswith("*"):
        return re.escape(token[:-1]) + r"[\w-]*"
    return re.escape(token)


# Phrases per type. Written for geomap (see ../shared/events/TAXONOMY.md for the starting list).
TRIGGERS: dict[str, list[str]] = {
    "PROTEST": [
        "protest*", "demonstrat*", "rall(y|ies|ied|ying)", "marched", "marches", "marching", "marcher*",
        "[det] march", "protest march", "~take to the streets", "~take to [det] streets", "~throng the streets",
        "~pour into the streets", "~flood the streets",
        "sit-in*", "die-in*", "vigil", "vigils", "picket*", "~gather outside", "~gather in front of", "~chant slogans",
        "chanting slogans", "~carry placards", "holding placards", "human chain*", "hunger strike*",
        "~stage [det] (protest|demonstration|rally|sit-in|march)", "mass mobili*", "~assemble",
        "agitat*", "~denounce", "candlelight*", "silent march*", "~petition", "sloganeer*",
        "~hold [det] (rally|protest|meeting|demonstration|vigil)", "march*", "manifestation*",
        "~call for justice", "~demand justice", "~gather to (demand|protest|denounce|condemn|call)",
        "~gather (at|in|on|outside|near|along|around|across)", "parade", "parades", "~parade (through|along|around|in|to)", "caravan*", "motorcade*", "procession*",
        "~participate in [det] (rally|march|protest|demonstration|vigil|caravan|parade)", "car rally",
        "~show (support|solidarity) (for|with)",
    ],
    "STRIKE": [
        "strike", "strikes", "striking", "strikers", "~go on strike", "walkout*", "~walk out",
        "work stoppage*", "~down tools", "general strike*", "industrial action", "~stay away from work",
        "hartal*", "bandh*", "shutdown strike", "boycott*", "go-slow*", "sick-out*", "picket line*",
        "~stop work", "labour action", "labor action", "~refuse to work",
    ],
    "BLOCKADE": [
        "~block … (road|roads|highway|highways|street|streets|traffic|railway|rail|rails|tracks|entrance|bridge|junction|office|offices|gate|gates|route|routes|intersection|port|airport|mine|premises)",
        "blockad*", "barricad*", "roadblock*", "burning tyres", "burning tires", "~occupy", "occupation of",
        "encampment*", "~camp outside", "~shut down … (highway|road|street)", "~chain themselves",
        "~obstruct", "gherao*", "~lay siege", "sit on the (road|highway|tracks)",
    ],
    "RIOT": [
        "riot*", "~clash with [det] (police|security forces|officers|authorities|troops)", "clashes with police",
        "~throw … (stones|rocks|bottles|bottle|projectiles|objects|bricks|eggs|fireworks|paint|balloons)",
        "(stones|rocks|bottles|projectiles|objects|bricks|fireworks) … thrown",
        "~break … (window|windows|glass|doors)", "graffiti", "spray-paint*", "spray paint*", "~become violent",
        "incendiary*", "firecracker*", "~decapitate … statue", "~vandalise", "~vandalize",
        "stone-pelt*", "stone pelting", "~hurl (stones|rocks|bottles|projectiles)", "petrol bomb*",
        "molotov*", "~torch", "~set fire to", "~set ablaze", "vandali*", "~smash … (windows|cars|vehicles)",
        "violent (protest*|demonstration*)", "violently (protest*|demonstrat*)", "~turn violent", "~storm … (building|office|offices|station|compound|premises|capitol|plant|factory|hall|parliament|court|school|campus)",
        "~force (their|his|its) way into",
        "~overturn … (cars|vehicles)", "running battles", "~attack [det] (police|officers|police station)",
        # police fighting a crowd, a gathering turning chaotic ("GSU police battle protesters",
        # "protests … turned chaotic", "rallies which descended into violence", "students rampage")
        "~battle [det] (protesters|protestors|demonstrators|rioters|villagers|residents|youths|students|crowd|crowds)",
        "~turn (chaotic|ugly|rowdy)", "~descend into (violence|chaos)", "rampag*", "rowdy (rally|rallies|protest*|demonstration*|crowd*)",
        "~tear down … (wall|walls|fence|fences|barricade|barricades|barrier|barriers|gate|gates)",
        "~pull down … (wall|walls|fence|fences|barricade|barricades|barrier|barriers|gate|gates)",
        "~break through … (barricade|barricades|barrier|barriers|cordon|cordons|police lines)",
        "~damage … (police|vehicles|property|shops)", "~pelt",
        "~stone [det] (building|buildings|vehicle|vehicles|car|cars|bus|buses|house|houses|office|offices|police|officers|journalist|journalists|motorists|drivers|passers-by|trains)",
        "~break [det] police (line|lines|cordon|cordons)",
        # ACLED counts burning tyres and bonfires at a demonstration as violent demonstration
        "~light … (tyres|tires|bonfires|bonfire|fires)", "burning (tyres|tires)",
        "~burn … (tyres|tires|effigy|effigies|posters|debris|barricades)", "violent … (protest*|demonstration*)",
        "burning (objects|debris|material|materials|barricades)", "~set … barricades on fire", "~set fire to … barricades",
        "~break into", "~break through … (line|lines|barricade|barricades|cordon)",
        # road-blocking with barricades is ACLED's violent demonstration ("Youths barricaded roads
        # with stones", "erected barricades"), not police barricades
        "~barricade … (road|roads|street|streets|highway|highways|junction|entrance|entrances|gate|gates)",
        "~erect [det] barricades", "~set up [det] barricades", "~put up [det] barricades", "~build [det] barricades",
        "~block … with (stones|rocks|logs|bonfires|burning)",
    ],
    "MOB_VIOLENCE": [
        "mob", "mobs", "~lynch", "lynching*", "mob justice", "vigilante*", "communal clash*", "sectarian clash*",
        "ethnic clash*", "rival groups clashed", "angry residents", "~set upon", "inter-communal",
        "supporters of … clashed", "~clash with supporters", "two groups clashed", "rival factions",
        "rival supporters", "~beat … to death", "villagers attacked", "residents attacked", "~clash with each other",
        "~clash with [det] supporters", "clashed with members",
        "~burn … to death", "~stone … to death",
    ],
    "FORCE_ON_PROTEST": [
        "tear gas*", "teargas*", "tear-gas*", "water cannon*", "rubber bullet*", "pepper spray*", "pepper ball*",
        "stun grenade*", "flash-bang*", "baton charge*", "baton-charg*", "lathi*", "~disperse",
        "~break up … (protest|protests|demonstration|demonstrations|rally|rallies|crowd|crowds|gathering|gatherings|sit-in|sit-ins|march|marches|meeting|camp)",
        "~suppress … (protest|protests|protesters|demonstration|demonstrations|demonstrators|rally|rallies)",
        "~clear … (protest|protests|protesters|demonstrators|crowd|crowds|sit-in|camp)",
        "~beat … (protester|protesters|demonstrator|demonstrators|marchers)",
        "~hit … (protester|protesters|demonstrator|demonstrators) with",
        "kettl*", "~charge at [det] (protesters|demonstrators|crowd)", "~open fire on [det] (protesters|demonstrators|crowd)",
        "live ammunition", "~fire into [det] crowd", "crackdown*", "~beat (protesters|demonstrators)",
        "~kill (protesters|demonstrators)", "~fire (tear|rubber|live|warning)", "less-lethal", "less lethal",
        "non-lethal", "projectiles at", "~shove", "~pepper-spray", "~intervene",
        "~use force", "excessive force",
        # ACLED also codes attacks on a gathering by others as excessive force: car rammings, shots.
        "~drive (into|through|at) … (crowd|crowds|protesters|demonstrators|marchers|counter-protesters|barriers)",
        "~drive … (into|through|at) … (crowd|crowds|protesters|demonstrators|marchers|protest|rally|demonstration)",
        "~run over", "~ram into",
        "~plow into", "~plough into", "~ram … (crowd|protesters|demonstrators|marchers)", "car ramming*",
        "~fire (at|on|into) … (protesters|demonstrators|counter-demonstrators|counter-protesters|crowd|marchers)",
        "~attack … (protesters|demonstrators|marchers|counter-protesters|rally)",
        "~assault … (protesters|demonstrators|marchers|counter-protesters)",
        "~shoot … (protesters|demonstrators|marchers)",
    ],
    "ARREST": [
        "~arrest", "~detain", "detention*", "~take into custody", "~round up", "~apprehend",
        "~hold by police", "jail*", "~remand", "~charge with", "~book under", "~imprison",
        "~pick up by", "mass arrests", "detainee*", "~handcuff", "in custody",
    ],
    "RESTRICTION": [
        "curfew*", "state of emergency", "martial law", "~ban … (protest*|gathering*|rall*|demonstration*|assembl*|party)",
        "ban on (protests|gatherings|rallies|demonstrations|assembly)", "internet shutdown*", "internet blackout*",
        "~block social media", "section 144", "prohibitory order*", "~outlaw", "~censor", "~cordon off",
        "~deport", "emergency order*", "stay-at-home order*", "lockdown*", "~declare [det] (emergency|curfew)",
        "~shut down [det] (newspaper|internet|website)",
        # restricting people, not things ("restricted landing", "restrict sale of alcohol")
        "~restrict … (movement|movements|access|travel|entry|entries|gathering|gatherings|assembly|assemblies|protest|protests|rallies|media|press|internet|traffic|public|residents|people|worship|prayers|visitors|journalists|opposition|activities|operations|freedom|freedoms|crossings|border|borders)",
        "restrictions on (movement|movements|access|travel|entry|gatherings|assembly|protests|rallies|media|press|internet|worship)",
        "~impose … (curfew*|ban*|restriction*|lockdown*|quarantine*|measure*|emergency|martial|blockade*|limit*|rules)",
        "~seal off", "~set up [det] checkpoint*", "~close … (entrances|entries|border|borders|crossings|roads|city|town)",
        "~halt … (entries|entry|movement|traffic|departures)",
        # security measures (ACLED "Change to group/activity: Security measures")
        "~tighten … security", "~beef up … security",
        "security alert*", "terror alert*", "on high alert",
        "security perimeter*", "~conduct [det] patrol*", "~conduct [det] (joint|military|security|police) patrol*",
        "~patrol [det] (capitol|city|streets|area|town|border)",
        # surveillance of protests ("deployed a drone to monitor demonstrations")
        "~monitor [det] (demonstrations|protests|protesters|protestors|demonstrators|rallies)",
        "~surveil [det] (demonstrations|protests|protesters|protestors|demonstrators|rallies)",
        "closure of … (roads|bridges|streets|border|borders|crossings)",
        # emergency orders ("closed all non-essential businesses and cancels all gatherings",
        # "requires all non-essential workers to stay home")
        "~cancel all (gatherings|events|public events)", "~close … non-essential (businesses|shops|stores)",
        "~require … to stay (home|indoors|at home)", "~order … to stay (home|indoors|at home)",
    ],
    "ATTACK_CIVILIANS": [
        "~shoot dead", "shot dead", "~gun down", "gunmen*", "~kill [det] (civilian*|villager*|resident*|man|woman|boy|girl|farmer*|child*|teacher*|trader*|journalist*|people)",
        "~abduct", "abduction*", "~kidnap", "kidnapping*", "~go missing", "forced disappearance*",
        "~torture", "~assassinate", "massacre*", "~execute", "~rape", "sexual assault*", "sexually assault*",
        "~hack to death", "hacked to death", "~stab", "body was found", "bodies were found", "targeted killing*",
        "~attack [det] (civilian*|villager*|resident*|man|woman|journalist*|farmer*|trader*|family|home|house)",
        "~murder", "~behead", "~shoot and kill", "shot and killed", "~assault", "~beat [det] (man|woman|him|her|resident*)",
        "~kill", "~wound", "~injure", "~shoot", "shootings", "gunshot*", "~shoot (at|into)",
        "~attack … (man|woman|boy|girl|teen*|resident*|civilian*|journalist*|activist*|worshipper*|mosque|church|family|home|house)",
        "stun gun*", "stun-gun*", "~taser", "~kneel on", "~choke", "chokehold*", "~punch", "~kick", "~strike … in the head",
        "gang-rap*", "~molest", "~abuse", "~hold captive", "held hostage", "hostage*", "acid attack*", "~pour acid", "~lynch",
        "found dead", "~hijack", "rustl*", "~target … (civilian*|villager*|resident*|journalist*|activist*|people)",
        "~beat (journalist*|youth*|villager*|resident*|people|civilian*|women|men|children|him|her|them|two|three|a)",
        # ... told from the victim's side ("a man was brutally beaten by police officers", "a prisoner
        # was beaten three times by prison guards"), and the people held or displaced
        "beaten … by [det] (police|policem*|officer*|prison guards|guards|jailers|wardens|soldier*|troops|security|military|army|gendarm*)",
        "~beat [det] (IDP*|refugee*|prisoner*|inmate*|detainee*|migrant*)",
    ],
    "ARMED_CONFLICT": [
        "armed clash*", "exchange of fire", "~exchange fire", "gunfight*", "gun battle*", "firefight", "firefights", "ambush*",
        "offensive", "shelling", "~shell", "artillery", "air strike*", "airstrike*", "air-strike*", "drone strike*",
        "mortar*", "rocket attack*", "rockets", "missile*", "ied*", "improvised explosive*", "roadside bomb*",
        "landmine*", "land mine*", "suicide bomb*", "grenade*", "militants attacked", "~seize control of",
        "~recapture", "~clash with [det] (militants|rebels|insurgents|troops|soldiers|army|gunmen|fighters|forces)",
        "military forces clashed", "forces clashed", "~bomb", "bombing*", "explosion*", "~detonate",
        "shootout*", "shoot-out*", "exchang* gunfire", "~engage in [det] (fighting|combat|battle)",
        "blast", "blasts", "explosive device*", "~explode", "~go off", "raid*",
        "bursts of fire", "burst of fire", "machine gun*", "machinegun*", "~fire with … weapons",
        "~fire (on|at) [det] positions", "~battle with … (militants|rebels|insurgents|troops|soldiers|army|police|security forces|gunmen|fighters|forces|gang|gangs|gangsters|bandits|raiders|militia*|jihadists|terrorists|al-shabaab|al shabaab)",
        "warring", "small arms fire", "~fire … (rpg|rpgs)", "rocket-propelled grenade*", "atgm*", "anti-tank missile*",
        "~target [det] (airbase|air base|military base|base|checkpoint|outpost|military post|positions|convoy|barracks)",
        # monitors' ceasefire reports (OSCE SMM): "observed 5 projectiles involving unknown weapons"
        "projectiles involving", "shots involving", "explosions involving", "bursts involving",
        "~open fire (at|on|against) [det] (military|soldiers|troops|army|unit|patrol|checkpoint|convoy|police|officers|policemen)",
        "~fire at [det] (positions|troops|soldiers)", "~bombard", "insurgent*", "~overrun", "~take control of",
        "gunship*", "air force", "~set off [det] explosive*", "heavy weapons", "medium weapons", "~shoot down",
        "~fire … (weapons|rockets|mortars|shells|missiles|artillery)",
        "fire fight", "fire fights", "fire-fight", "fire-fights", "~fire … at [det] positions", "incursion*",
        # territory changing hands (ACLED: government regains / non-state actor overtakes territory)
        "~capture [det] (town|city|village|villages|district|area|base|camp|airport|territory|positions|neighbourhood|neighborhood)",
        "~take over … (town|city|village|villages|localities|territory|district|base|camp|oil field*)",
        "~wrest control", "~regain ground", "~establish control over", "~retake", "~take control by force",
        "counterattack*", "counter-attack*", "counteroffensive*", "counter-offensive*",
        "~capture … (rebel-held|opposition-held|militant-held|regime-held|government-held|is-held|isis-held)",
        # ... forces moving on each other (kept only where armed men are named: geomap/events.py)
        "~push … out of", "~drive … out of", "~advance (on|toward|towards|into|to within)",
        "~open fire (at|on|against) … (militants|rebels|insurgents|fighters|terrorists|gunmen|jihadists)",
        # an attack driven back ("GNA forces repelled an attack by LNA forces", "Taliban militants
        # repulsed Afghan forces attacks")
        "~repel … attack*", "~repulse … attack*", "~repel [det] (assault|offensive|advance|raid)",
        "~seize … (town|city|village|villages|district|base|camp|territory|oil field*|positions)",
        # chemical weapons
        "chemical attack*", "chemical weapon*", "chlorine gas", "poisonous gas", "poison gas", "sulfur mustard",
        "mustard gas", "nerve agent*", "sarin", "warplanes (targeted|struck|bombed|hit|pounded|raided)",
    ],
    "LOOTING_DESTRUCTION": [
        "~loot", "looting", "looter*", "~ransack", "~set ablaze", "~set alight", "arson*", "~uproot", "~burn down", "burnt down",
        "~deface", "~topple … (statue|statues|monument|monuments|memorial|memorials)",
        "~tear down … (statue|statues|monument|monuments|memorial|memorials)", "(fire|fires) (was|were) set", "~destroy", "~plunder", "~torch", "~damage", "~demolish", "~raze",
        "~vandalise", "~vandalize", "~set on fire", "~set fire to", "~burn", "~confiscate",
        "~seize … (vehicle|vehicles|property|goods|food|foods|car|cars|land|livestock|cattle|crops|houses|homes)",
        # ... and what ACLED codes with it: things seized, drug hauls and labs ("seized three
        # boats", "seized more than a ton of marijuana", "dismantled a drug lab")
        "~seize … (boats|boat|tankers|trucks|phones|marijuana|cocaine|heroin|drugs|weapons|arms|ammunition|mine|mines)",
        "~dismantle … (lab|labs|laboratory|laboratories|camp|camps)",
    ],
}


def _token_words(token: str) -> list[tuple[str, bool]]:
    """The words one phrase token can be, as ``(text, is_prefix)``."""
    if token.startswith("~"):
        return [(form, False) for form in verb_forms(token[1:])]
    if token.startswith("(") and token.endswith(")"):
        # A several-word alternative ("security forces") is anchored on its longest word.
        words = [max(alt.split(), key=len) for alt in token[1:-1].split("|")]
        return [(w.rstrip("*"), w.endswith("*")) for w in words]
    if "(" in token and token.endswith(")"):
        stem, endings = token[:-1].split("(", 1)
        return [(stem + e, False) for e in endings.split("|")]
    return [(token.rstrip("*"), token.endswith("*"))]


def _anchor_words(phrase: str) -> list[tuple[str, bool]]:
    """Words of which one must occur for the phrase to match: those of its most distinctive token
    (the longest, so "in custody" is anchored on "custody", not "in")."""
    tokens = [t for t in _tokens(phrase) if t not in ("[det]", "…")]
    best = max(tokens, key=lambda t: min(len(w) for w, _ in _token_words(t)))
    return _token_words(best)


@lru_cache(maxsize=1)
def anchors() -> tuple[dict[str, set[str]], dict[str, list[tuple[str, set[str]]]]]:
    """One required word per trigger phrase, for a cheap test of whether a sentence can hold a
    trigger at all: exact words -> types, and prefixes (grouped by their first two letters)."""
    exact: dict[str, set[str]] = {}
    prefixes: dict[str, set[str]] = {}
    for event_type, phrases in TRIGGERS.items():
        for phrase in phrases:
            for word, is_prefix in _anchor_words(phrase.lower()):
                (prefixes if is_prefix else exact).setdefault(word, set()).add(event_type)
    by_start: dict[str, list[tuple[str, set[str]]]] = {}
    for stem, types in prefixes.items():
        by_start.setdefault(stem[:2], []).append((stem, types))
    return exact, by_start


_WORDS = re.compile(r"[a-z][a-z'’-]*")


def candidate_types(sentence: str) -> set[str]:
    """The event types whose trigger phrases could occur in ``sentence`` (by their anchor words).

    >>> sorted(candidate_types("Workers walked out and 20 were arrested."))
    ['ARREST', 'STRIKE']
    """
    words = set(_WORDS.findall(sentence.lower()))
    new = words.difference(_WORD_TYPES)
    if new:
        if len(_WORD_TYPES) > 500_000:
            _WORD_TYPES.clear()  # a vocabulary this large: start over rather than grow without end
            _ANCHORING.clear()
            new = words
        for word in new:
            types = _WORD_TYPES[word] = _word_types(word)
            if types:
                _ANCHORING.add(word)
    found: set[str] = set()
    for word in words.intersection(_ANCHORING):
        found |= _WORD_TYPES[word]
    return found


# Words seen so far -> the types they anchor (most words anchor none); words repeat across
# sentences and articles, so each is looked up once per run. Set operations against these two
# (in C) leave only a sentence's few anchoring words to a Python loop.
_WORD_TYPES: dict[str, frozenset[str]] = {}
_ANCHORING: set[str] = set()  # the words in _WORD_TYPES that anchor some type


def _word_types(word: str) -> frozenset[str]:
    exact, prefixes = anchors()
    found = set(exact.get(word, ()))
    for stem, stem_types in prefixes.get(word[:2], ()):
        if word.startswith(stem):
            found |= stem_types
    return frozenset(found)


@lru_cache(maxsize=1)
def compiled() -> dict[str, re.Pattern]:
    """One case-insensitive regex per type, longest alternatives first."""
    out = {}
    for event_type, phrases in TRIGGERS.items():
        alternatives = sorted((_phrase_regex(p) for p in phrases), key=len, reverse=True)
        out[event_type] = re.compile(r"(?<![\w-])(?:" + "|".join(alternatives) + r")(?![\w-])", re.IGNORECASE)
    return out

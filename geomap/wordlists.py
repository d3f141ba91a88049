"""Word lists the recogniser consults: common English words (wordfreq), first names
(gender-guesser's international name list), and small closed lists kept here (calendar words,
titles, organisation words). Each loads once, on first use.
"""

from __future__ import annotations

import importlib.metadata
import json
import math
import os
import re
import unicodedata
from functools import lru_cache

WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"}
MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
          "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
CALENDAR = WEEKDAYS | MONTHS

# Words that name a region in many countries at once ("Central", "Eastern" Province): never a
# place on their own, however large the namesake.
GENERIC_REGION_WORDS = {"central", "eastern", "western", "northern", "southern", "north", "south",
                        "east", "west", "capital", "coast", "upper", "lower", "middle", "interior",
                        "national", "metropolitan", "federal", "centre", "center", "mainland",
                        "metro", "city", "county", "state", "capitol", "downtown"}

#: The 50 states and the District of Columbia: their postal codes, GeoNames' admin1 codes for them.
US_STATE_CODES = frozenset(
    ["AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY"]
)

# Names every town gives a part of itself ("the North Side", "Downtown", "Chinatown"): a part of the
# article's town, never the towns elsewhere that GeoNames lists by such a name ("West Side" as an old
# name of East Brooklyn, Connecticut).
GENERIC_DISTRICT_NAMES = frozenset({
    "north side", "south side", "east side", "west side", "northside", "southside", "eastside", "westside",
    "downtown", "midtown", "uptown", "chinatown", "old town", "city centre", "city center", "town centre",
    "town center", "old city", "north end", "south end", "near north side", "lower east side", "upper west side",
})

# A saint's title heading a name ("San Francisco", "St. Mark's Cathedral").
SAINT_WORDS = frozenset({"san", "santa", "santo", "são", "sao", "st", "saint", "sainte", "ste", "sankt", "sint"})

# Titles and honorifics: a capitalised title is never a place ("Minister", "President"), and a
# name right after one is a person ("President Jackson", "Gen. Lee").
TITLES = {"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord", "lady", "rev", "st",
          "president", "minister", "premier", "chancellor", "senator", "sen", "rep",
          "representative", "governor", "gov", "mayor", "judge", "justice", "general", "gen",
          "colonel", "col", "captain", "capt", "lieutenant", "lt", "sergeant", "sgt", "admiral",
          "commander", "officer", "detective", "chief", "king", "queen", "prince", "princess",
          "pope", "bishop", "father", "sister", "brother", "saint", "coach", "secretary", "sec",
          "ambassador", "deputy", "director", "chairman", "chairwoman", "councillor", "councilman",
          "councilwoman", "commissioner", "sheriff", "speaker", "spokesman", "spokeswoman",
          "leader", "founder", "prime", "vice", "interior", "foreign", "defense", "defence",
          "selectman", "selectwoman", "alderman", "alderwoman", "selectmen", "aldermen",
          "congressman", "congresswoman", "assemblyman", "assemblywoman",
          # religious titles: "Sheikh Akil", "Imam Ali", "Pastor John Mbaka"
          "sheikh", "sheik", "imam", "mullah", "ayatollah", "rabbi", "pastor", "reverend"}

# Words that, capitalised right after a place name, make it part of an organisation's name
# ("Minsk Automobile Plant", "Washington Post", "Grodno Azot").
ORGANISATION_WORDS = {
    "plant", "factory", "works", "company", "co", "corp", "corporation", "inc", "ltd", "llc",
    "group", "holdings", "bank", "university", "college", "school", "academy", "institute",
    "hospital", "clinic", "airport", "airlines", "airways", "railway", "railways", "station",
    "post", "times", "herald", "tribune", "journal", "gazette", "news", "daily", "press",
    "telegraph", "guardian", "observer", "chronicle", "courier", "record", "star", "sun",
    "radio", "tv", "television", "broadcasting", "club", "fc", "united", "city", "rovers",
    "council", "committee", "commission", "assembly", "parliament", "court", "police",
    "department", "ministry", "agency", "office", "party", "union", "federation", "association",
    "society", "foundation", "center", "centre", "museum", "theatre", "theater", "orchestra",
    "stadium", "arena", "hotel", "mall", "market", "exchange", "stock", "zoo", "prison",
    "church", "cathedral", "mosque", "temple", "synagogue", "team", "fire", "rescue", "army",
    "forces", "navy", "guard", "consulate", "embassy", "stakes", "open", "marathon", "azot",
    "tractor", "automobile", "motor", "motors", "energy", "oil", "gas", "steel", "mining",
    "metro", "transit", "authority", "board", "service", "services",
}

# Capitalised words that continue a place name into a bigger place ("Minsk Region") are found
# by the gazetteer itself; these are generic geographic heads that, after a place, still leave the
# place meant literally ("Minsk streets") and so must not trigger the organisation rule.
GEOGRAPHIC_WORDS = {"region", "oblast", "province", "county", "state", "river", "valley",
                    "street", "square", "avenue", "road", "highway", "bay", "lake", "island",
                    "islands", "mountains", "coast", "border", "area", "district", "town", "city",
                    "village", "sub-county", "subcounty", "constituency", "division", "location",
                    "ward", "estate", "township", "municipality", "upazila", "governorate",
                    "prefecture", "department", "commune", "parish", "lga", "neighbourhood",
                    "neighborhood", "camp", "market", "centre", "center",
                    "sadar"}  # "Pabna Sadar": a Bangladeshi district's headquarters sub-district
#: After a place name, these say which kind of place is meant ("Mandera Town", "Mandera County").
TOWN_WORDS = {"town", "city", "village", "township", "municipality"}
REGION_WORDS = {"county", "district", "province", "region", "state", "oblast", "division",
                "governorate", "prefecture", "department", "sub-county", "subcounty", "constituency"}
# ... of which these name only first-level regions, everywhere GeoNames has them.
FIRST_LEVEL_WORDS = {"state", "oblast", "governorate"}
# After a name, the rest of a list of counties: "Clay, Douglas, Grant and Wilkin counties",
# "Douglas and Wyandotte counties", "Wilkin counties" — each name in it is a county.
COUNTY_LIST_AFTER = re.compile(
    r"(?:,\s*[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*)?){0,12}(?:,?\s+(?:and|or|&)\s+[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*)?)?"
    r"\s+(?:counties|parishes)\b")

# Heads of street and landmark names: "Independence Avenue" is a street, not Independence, MO.
FACILITY_WORDS = {"avenue", "ave", "street", "st", "road", "rd", "boulevard", "blvd", "lane",
                  "square", "bridge", "park", "palace", "gate", "tower", "hall", "building",
                  "drive", "way", "place", "plaza", "highway", "parkway", "circle", "court"}
# ... and the sites a name may head before the town they stand in ("the Greenbush rotary in
# Scituate", "Joanna's Restaurant in Somers").
SITE_WORDS = FACILITY_WORDS | {
    "rotary", "roundabout", "intersection", "junction", "schoolhouse", "school", "campus", "church",
    "mosque", "temple", "synagogue", "cathedral", "restaurant", "bar", "grill", "cafe", "hotel", "mall",
    "store", "shop", "market", "stadium", "arena", "library", "courthouse", "memorial", "monument",
    "center", "centre", "field", "beach", "pier", "station", "terminal", "neighborhood", "neighbourhood",
}

# Verbs that make a capital or country stand for its government ("Minsk said").
# Names that are not places whatever the gazetteer holds (a Mexican village is called El Niño).
NOT_PLACE_PHRASES = {"el niño", "el nino", "la niña", "la nina",
                     # phrases that start with a namesake's name: the festival, the condition, the
                     # kind of university or park ("Ohio State University" is no State University,
                     # Arkansas; "the City Park" no alternate name of Greer)
                     "mardi gras", "spina bifida", "state university", "city park"}

SPEECH_VERBS = {"said", "says", "say", "announced", "announces", "warned", "warns", "urged",
                "urges", "accused", "accuses", "claimed", "claims", "denied", "denies",
                "insisted", "insists", "demanded", "demands", "rejected", "rejects", "condemned",
                "condemns", "vowed", "vows", "threatened", "threatens", "responded", "responds",
                "argued", "argues", "agreed", "agrees", "refused", "refuses", "wants", "wanted",
                "has", "have", "had", "will", "would", "should", "must", "imposed", "imposes",
                "recalled", "summoned", "expelled", "sanctioned", "backed", "backs", "supported",
                "supports", "signed", "signs", "pledged", "pledges", "promised", "promises"}
# Nouns that after a place make it stand for an institution or its people ("EU foreign
# ministers", "Belarus officials").
INSTITUTION_NOUNS = {"government", "officials", "official", "authorities", "ministers",
                     "minister", "president", "leaders", "leader", "lawmakers", "diplomats",
                     "embassy", "regime", "administration", "parliament", "foreign", "envoy",
                     "troops", "forces", "military", "army", "team", "squad", "coach",
                     "players", "fans", "voters", "delegation", "spokesman", "spokeswoman"}


#: Nouns for armed or communal groups: "Turkana raiders", "Pokot militia", "Orma tribesmen" name
#: who acted, not where (their home area is often far from the event).
AFFILIATION_NOUNS = {"raiders", "raider", "militia", "militias", "militiamen", "tribesmen", "tribe", "tribes",
                     "community", "communities",
                     "clansmen", "clan", "clans", "herders", "herdsmen", "warriors", "bandits",
                     "gunmen", "fighters", "rebels", "insurgents",
                     "ethnic", "morans", "pastoralists", "elders"}


#: A single capitalised word at least this frequent in English is a common word, not a name.
COMMON_WORD_ZIPF = 4.0
#: Function words ("She", "In", "We") are never place names, whatever GeoNames lists.
FUNCTION_WORD_ZIPF = 6.0
#: A given name's unaccented spelling counts as a given name too when rarer than this in English.
UNACCENTED_NAME_ZIPF = 3.4
#: Bump when the cached tables change meaning: a cache written by another version is rebuilt.
TABLES_FORMAT = 2

#: Words rarer than this are not kept in the cached table (they count as 0).
_MIN_ZIPF_KEPT = 3.0


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, float], frozenset[str]]:
    """English word frequencies (zipf >= 3) and given names, cached as one small JSON file
    beside the gazetteer: loading wordfreq and gender-guesser themselves costs half a second
    per process, the cache a few milliseconds."""
    from .gazetteer.store import data_dir

    versions = "-".join(_version(p) for p in ("wordfreq", "gender-guesser"))
    cache = data_dir() / f"wordlists-v{TABLES_FORMAT}-{versions}.json"
    try:
        data = json.loads(cache.read_text(encoding="utf-8"))
        return data["zipf"], frozenset(data["first_names"])
    except (OSError, ValueError, KeyError):
        pass
    zipf, names = _build_tables()
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache.with_name(f".{cache.name}.{os.getpid()}.tmp")
        tmp.write_text(json.dumps({"zipf": zipf, "first_names": sorted(names)}), encoding="utf-8")
        os.replace(tmp, cache)
        for old in cache.parent.glob("wordlists-*.json"):
            if old != cache:
                old.unlink(missing_ok=True)  # written by another version
    except OSError:
        pass  # a read-only cache folder: rebuild next time
    return zipf, names


def _build_tables() -> tuple[dict[str, float], frozenset[str]]:
    from gender_guesser.detector import Detector
    from wordfreq import get_frequency_dict

    zipf = {}
    for word, freq in get_frequency_dict("en", wordlist="best").items():
        value = round(math.log10(freq * 1e9), 2)
        if value >= _MIN_ZIPF_KEPT:
            zipf[word] = value
    names = {name.lower() for name in Detector(case_sensitive=False).names}
    # News often drops the accents of given names ("Joaquin" for Joaquín, "Francois"): the
    # unaccented spelling too, unless it is an everyday word or a place's name ("Africa", "Nice")
    for name in list(names):
        plain = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
        if plain != name and zipf.get(plain, 0.0) < UNACCENTED_NAME_ZIPF:
            names.add(plain)
    return zipf, frozenset(names)


def _version(package: str) -> str:
    try:
        return importlib.metadata.version(package)
    except importlib.metadata.PackageNotFoundError:
        return "missing"


@lru_cache(maxsize=100_000)
def word_frequency(word: str) -> float:
    """Zipf frequency of ``word`` in English (0 = rare or unknown, 7 = "the"), from wordfreq.

    >>> word_frequency("Sunday") > 4 > word_frequency("Zhodino")
    True
    """
    return _tables()[0].get(word.lower().strip(".'’"), 0.0)


def first_names() -> frozenset[str]:
    """Lower-cased given names from gender-guesser's international list (~40,000)."""
    return _tables()[1]


def is_first_name(word: str) -> bool:
    """Whether ``word`` is a known given name.

    >>> is_first_name("Artyom"), is_first_name("Zhodino")
    (True, False)
    """
    return word.lower() in _tables()[1]


# Faiths and peoples wordfreq's common words leave out, named before a kind of place to describe
# it: "the Druze village of Majdal Shams", "a mainly Shiite area", "Pokot villages".
COMMUNITY_ADJECTIVES = frozenset({
    "shiite", "shia", "alawite", "druze", "yazidi", "yezidi", "ismaili", "ahmadi", "maronite", "coptic",
    "assyrian", "chaldean", "mennonite", "amish", "hmong", "maasai", "masai", "pokot", "kikuyu", "luo",
    "kalenjin", "luhya", "kamba", "pashtun", "hazara", "tajik", "uzbek", "turkmen", "baloch", "baluch", "sindhi",
    "uyghur", "uighur", "rohingya", "fulani", "hausa", "igbo", "tutsi", "hutu", "berber", "amazigh",
    "bedouin", "tuareg", "circassian", "inuit", "xhosa", "oromo", "somali", "tamil", "sinhalese",
})

"""Word lists the recogniser consults: common English words (wordfreq), first names
(gender-guesser's international name list), and small closed lists kept here (calendar words,
titles, organisation words). Each loads once, on first use.
"""

from __future__ import annotations

from functools import lru_cache

WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
          "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
CALENDAR = WEEKDAYS | MONTHS

# Titles and honorifics: a capitalised title is never a place ("Minister", "President"), and a
# name right after one is a person ("President Jackson", "Gen. Lee").
TITLES = {"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord", "lady", "rev", "st",
          "president", "minister", "premier", "chancellor", "senator", "sen", "rep",
          "representative", "governor", "gov", "mayor", "judge", "justice", "general", "gen",
          "colonel", "col", "captain", "capt", "lieutenant", "lt", "sergeant", "sgt", "admiral",
          "commander", "officer", "detective", "chief", "king", "queen", "prince", "princess",
          "pope", "bishop", "father", "sister", "brother", "saint", "coach", "secretary",
          "ambassador", "deputy", "director", "chairman", "chairwoman", "councillor", "councilman",
          "councilwoman", "commissioner", "sheriff", "speaker", "spokesman", "spokeswoman",
          "leader", "founder", "prime", "vice", "interior", "foreign", "defense", "defence"}

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
    "metro", "transit", "authority", "board", "service", "services", "district",
}

# Capitalised words that continue a place name into a bigger place ("Minsk Region") are found
# by the gazetteer itself; these are generic geographic heads that, after a place, still leave the
# place meant literally ("Minsk streets") and so must not trigger the organisation rule.
GEOGRAPHIC_WORDS = {"region", "oblast", "province", "county", "state", "river", "valley",
                    "street", "square", "avenue", "road", "highway", "bay", "lake", "island",
                    "islands", "mountains", "coast", "border", "area", "district"}

# Verbs that make a capital or country stand for its government ("Minsk said").
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


@lru_cache(maxsize=1)
def _zipf():
    from wordfreq import zipf_frequency

    return zipf_frequency


@lru_cache(maxsize=100_000)
def word_frequency(word: str) -> float:
    """Zipf frequency of ``word`` in English (0 = unknown, 7 = "the").

    >>> word_frequency("Sunday") > 4 > word_frequency("Zhodino")
    True
    """
    return _zipf()(word.lower(), "en")


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """Lower-cased given names from gender-guesser's international list (~40,000)."""
    from gender_guesser.detector import Detector

    return frozenset(name.lower() for name in Detector(case_sensitive=False).names)


def is_first_name(word: str) -> bool:
    """Whether ``word`` is a known given name.

    >>> is_first_name("Artyom"), is_first_name("Zhodino")
    (True, False)
    """
    return word.lower() in first_names()

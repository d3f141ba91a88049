"""Find the place names a document mentions, and what kind of mention each is.

Every gazetteer name in the text is found by :class:`~geomap.matcher.NameMatcher` (capitalised,
on word boundaries, longest first). Each match then goes through small rules, each with its own
unit test, that drop what is not a place and label what is:

* calendar words, titles and pronouns are never places ("Sunday", "Minister", "She");
* a common English word counts only for a prominent place ("Union" no, "Washington" yes), and
  at the start of a sentence only for a very prominent one;
* people: a given name before a capitalised word ("Alexander Lukashenko", "Artyom Shraibman"),
  a surname after a given name or a title ("Jesse Jackson", "President Lincoln"), and a given
  name the article uses, standing bare before what a person does ("Georgia began skating");
* a street or square is one mention of its own, recognised by its form (:mod:`geomap.streets`):
  "Independence Avenue" is not Independence, Missouri, and "Richmond Street" is no Richmond;
  a landmark named after something ("Palace of Independence") is not that something;
* a rare name the gazetteer lacks, before a small-letter kind word ("Torkula village", "the
  Gondra district"), is a mention too (:mod:`geomap.settlements`), placed by its parent or not at
  all, unless the text gives it as a person's name;
* kinds: ``based`` ("Zhodino-based"), ``embedded`` (inside an organisation's name, "Minsk
  Automobile Plant"), ``demonym`` ("Belarusian"), ``associative`` (metonymy, "EU foreign
  ministers", "Minsk said"), else ``literal``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from .casing import WORD_LIKE_STATE_CODES, case_allows, case_rule, dateline, lowercase_word_inside, shouting
from .cues import cue_terms
from .gazetteer.store import Gazetteer
from .matcher import NameMatcher, match_key
from .settlements import settlement_spans
from .streets import street_spans
from .types import Candidate, Document, Mention
from .wordlists import (
    AFFILIATION_NOUNS,
    CALENDAR,
    COMMUNITY_ADJECTIVES,
    COMMON_WORD_ZIPF,
    COUNTY_LIST_AFTER,
    FACILITY_WORDS,
    FUNCTION_WORD_ZIPF,
    GENERIC_REGION_WORDS,
    GEOGRAPHIC_WORDS,
    INSTITUTION_NOUNS,
    NOT_PLACE_PHRASES,
    ORGANISATION_WORDS,
    SAINT_WORDS,
    SITE_WORDS,
    SPEECH_VERBS,
    TITLES,
    is_first_name,
    word_frequency,
)

#: Candidates considered per name, best prior first.
MAX_CANDIDATES = 30
#: A capitalised word this frequent right after another capitalised word ends a longer name
#: ("Stuart Monument") unless it names a prominent place.
TAIL_WORD_ZIPF = 3.0
#: A word this frequent that matches only alternate names is the English word, not the place.
ALTERNATE_WORD_ZIPF = 3.0
#: Words this frequent ("man", "lot", "part") name a place only with its parent written after.
EVERYDAY_WORD_ZIPF = 5.5
# A capitalised word rarer than this after a small place's name, and no place itself, is a surname.
SURNAME_ZIPF = 1.5
#: ... unless the place it names is this populous (or a country, continent or region).
PROMINENT_POPULATION = 100_000
#: A first-level region this populous is known by name ("Montana", 0.7 million).
PROMINENT_REGION_POPULATION = 500_000
#: At the start of a sentence, where every word is capitalised, the bar is higher; regions
#: named by a common word need it too.
SENTENCE_START_POPULATION = 1_000_000
#: A name known only as some small place's alternate (often historical or foreign) name is too
#: weak to report ("Medininkai" as an old name of Varniai).
ALTERNATE_ONLY_POPULATION = 10_000

# Words that may follow a place without making it a modifier ("the US and", "UK on Monday").
_LINKING_WORDS = {"and", "or", "on", "in", "at", "to", "for", "from", "by", "with", "of", "is", "was",
                  "are", "were", "has", "had", "have", "will", "would", "said", "says", "after", "before",
                  "since", "but", "as", "where", "when", "while", "last", "this", "next", "that", "which"}

DIRECTIONS = {"northeast", "northwest", "southeast", "southwest", "greater", "downtown", "rural",
              "northeastern", "northwestern", "southeastern", "southwestern", "old", "new"}

_ARTICLES = {"the", "a", "an"}
# "The", "In", "Will" are given names too, but never before a surname that opens a sentence:
# "The Ebola-Reston strain", "In Ebola-Reston cases"
_FUNCTION_HEADS = _ARTICLES | {"in", "will", "on", "at", "by", "for", "to", "as", "if", "so", "but", "and", "or"}

# Prepositions that title case capitalises ("Riots Erupt In Kisii", "Hospital In Kisii"): a
# place after one is not the tail of a bigger name.
# A person's role or kin written in lower case right before a name: "the Mungiki leaders Ndungu",
# "provincial leader Wang Yang", "his half-sister Elizabeth", "territorial governor Winthrop Sargent".
_ROLE_BEFORE_A_NAME = frozenset({
    "leader", "leaders", "spokesman", "spokeswoman", "spokesperson", "activist", "chairman", "chairwoman",
    "chairperson", "commander", "candidate", "aspirant", "governor", "senator", "mayor", "president",
    "bishop", "pastor", "imam", "cleric", "author", "artist", "singer", "rapper", "journalist", "reporter",
    "lawyer", "coach", "member", "sister", "half-sister", "brother", "son", "daughter", "wife", "husband"})
_LOCATIVE_PREPOSITIONS = {"in", "at", "near", "outside", "across", "around", "throughout", "into"}
# ... and the prepositions before a place that a person's name does not follow ("in Gori told").
_PLACE_PREPOSITIONS = _LOCATIVE_PREPOSITIONS | {"from"}

# A lower-case preposition of place right before a name ("in Marshall"), and what follows the
# name: the sentence's punctuation, or a lower-case word (captured).
_PLACE_PREPOSITION_BEFORE = re.compile(r"(?<![\w-])(?:in|near|outside|from) \Z")
_STOP_OR_WORD_AFTER = re.compile(r"(?:[,.;:)]|\s+([a-z]+)\b|\s*\Z)")

# Capitalised words before a place that do not make it part of a bigger name.
# "Co" is the Irish county written short ("Blackrock, Co Dublin"), no part of a longer name.
_NOT_A_NAME_HEAD = TITLES | GENERIC_REGION_WORDS | DIRECTIONS | _LOCATIVE_PREPOSITIONS | {"co"}

_PARENT_AFTER = re.compile(
    r"(?:\s+(?:town|city|village|district|upazila|county|municipality|sub-?county))?"  # "Mirpur Bathoro town (Sujawal, Sindh)"
    r"(?:\s+(?:center|centre|headquarters|area|bazaar|market))?"  # "Ghoryan district center, Herat"
    r"(?:\s*(?:,|\()\s*|\s+in\s+(?:the\s+)?)"  # "Man, Côte d'Ivoire"; "Rifai in Thi Qar province"
    r"([A-Z][\w.'’-]*(?:\s+(?:[dl]['’])?[A-Z][\w.'’-]*){0,2})")
_CAPITALISED_BEFORE = re.compile(r"((?:[A-Z][\w.'’-]* ){1,3})$")
_CAPITALISED_AFTER = re.compile(r" ([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2})")
#: Capitalised words after a place's name that make it a newspaper's ("the New York Times").
_NEWS_OUTLET_WORDS = frozenset({"Times", "Post", "Herald", "Tribune", "Journal", "Gazette", "Chronicle", "Courier",
                                "Telegraph", "Examiner", "Inquirer", "Dispatch", "Globe", "Bee", "Bulletin",
                                "Star-Tribune", "Star-Telegram", "Post-Gazette", "Journal-Constitution"})
# A make of car named like a town, before a vehicle or a model: "a 1996 Dodge pickup", "his Toyota
# Hilux", "a Dodge Caravan", "a Lincoln Town Car"
_VEHICLE_MODEL_AFTER = re.compile(
    r"\s+(?:Hilux|Caravan|Charger|Ram|Durango|Dakota|Neon|Corolla|Camry|Prius|Tacoma|Tundra|RAV4|Navigator|Town\s+Car|"
    r"Escalade|DeVille|Grand\s+(?:Marquis|Caravan)|Bonneville|Sprinter|Land\s+Cruiser)\b")
# ... or a model year before it and a vehicle after it: "a 1996 Dodge pickup"
_MODEL_YEAR_BEFORE = re.compile(r"\b(?:19|20)\d\d\s+$")
_VEHICLE_AFTER = re.compile(r"\s+(?:[A-Z][\w-]*\s+)?(?:pickups?|trucks?|sedans?|vans?|minivans?|SUVs?|coupes?|cars?|hatchbacks?|wagons?)\b")
#: A suffix that makes a place's name a likeness: "Frankenstein-esque", "Santa Maria-style".
_LIKENESS_SUFFIX = re.compile(r"[-‐](?:esque|like|style|type|inspired|themed)\b", re.I)
#: Words after a place's name that make it a disease's or a pathogen's: "Marburg virus", "Lyme disease".
_PATHOGEN_WORDS = frozenset({"virus", "viruses", "ebolavirus", "fever", "disease", "flu", "encephalitis", "hemorrhagic",
                             "haemorrhagic", "strain", "variant", "syndrome"})
#: Words that make the name before them a people's, its culture's or its language's: "the Mohawk
#: people", "the Clovis culture", "the Cheyenne language" ("the Seneca tribe", "Pokot herders" name
#: who acted: AFFILIATION_NOUNS). Case counts: "Uganda Peoples Defence Force" is an army's name.
_PEOPLE_WORDS = frozenset({"people", "peoples", "culture", "civilization", "civilisation", "language", "languages",
                           "dialect"})
#: Words for a neighbourhood that head its name in Latin America: "Colonia Miramar", "Vila Isabel".
_NEIGHBOURHOOD_HEADS = frozenset({"Colonia", "Barrio", "Bairro", "Vila", "Jardim"})
# Currencies named after their country: "US dollar", "Hong Kong dollars" (not "pounds": "Israel
# pounds Gaza").
_CURRENCY_WORDS = frozenset({"dollar", "dollars", "franc", "francs", "shilling", "shillings",
                             "peso", "pesos", "rupee", "rupees", "yuan", "lira", "dinar", "dinars"})
# Words that follow a party's name: "Jubilee supporters", "Labour candidates".
_PARTY_WORDS = frozenset({
    "supporters", "campaign", "primaries", "nominations", "party", "loyalists", "aspirants", "candidates",
    "candidate", "legislators", "mps", "politicians", "nominees", "faithful", "ticket", "coalition",
    "politician", "aspirant", "nominee", "headquarters",
})
_SAID = {"said", "says", "told", "added", "wrote", "explained"}
_PLACE_KIND_OF_BEFORE = re.compile(r"\b(?:city|town|village|county|state|province|district|region|island)\s+of\s+\Z", re.I)
# "the town of Franklin", "The city of Union", "the villages of Milton and Lawrence": the text says
# the name is a settlement's, whatever else it names (a man, a word); written small, so that "the
# City of London Corporation" and "Town of Groton" titles stay with the other rules
_SETTLEMENT_OF_BEFORE = re.compile(
    r"\b(?-i:[Tt]he)\s+(?:\w+\s+)?(?-i:(?:city|town|village|hamlet|borough|township|municipality|suburb|commune)s?)\s+of\s+"
    r"(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}(?:,\s+|\s+and\s+))?\Z")
# A quotation's end, then its verb: '…," said Georgia.' (the name follows right after)
_QUOTE_THEN_SAID = re.compile(r"[,.!?][\"”’']\s+(?:said|says|added|asked|explained|wrote)\s+\Z")
_AGE_AFTER = re.compile(r", \d{1,3}, ")  # "Nakishia Sullivan, 24, was approached…"
# "the Clemons brothers", "the Flores family" (but "the Sandy Hook families" come from the place)
_FAMILY_AFTER = re.compile(r" (?:brothers|sisters|family|twins|siblings)\b")
# Particles between a given name and a family name: "Philippe de Marigny", "Leonardo da Vinci".
_NAME_PARTICLES_OF_PEOPLE = frozenset({"de", "du", "da", "di", "del", "della", "dos", "das", "von", "van", "ter"})
# Kin and partners, whose name follows them: "his brother Tyler", "daughter Elizabeth".
_KIN = frozenset({
    "brother", "brothers", "sister", "sisters", "son", "sons", "daughter", "daughters", "husband", "wife",
    "mother", "father", "mom", "dad", "girlfriend", "boyfriend", "fiance", "fiancé", "fiancee", "fiancée",
    "cousin", "cousins", "uncle", "aunt", "nephew", "niece", "grandson", "granddaughter", "grandmother",
    "grandfather", "stepson", "stepdaughter", "twin", "widow", "widower", "sibling", "siblings", "children",
})
# Verbs whose object, right after them, is a person: "sentenced Servance", "hired Coker".
_PERSON_OBJECT_VERBS = {"sentenced", "convicted", "acquitted", "indicted", "hired", "fired", "married",
                        "thanked", "congratulated", "interviewed", "appointed", "nominated", "sued",
                        "impeached", "pardoned", "endorsed", "defeated", "succeeded", "replaced"}
_DASHES = frozenset("-‐–—")
_CODE = re.compile(r"[A-Z]{2,4}")
_TOKEN = re.compile(r"[\w'’.&-]+")
_SENTENCE_END = re.compile(r"[.!?:;\"“”»)\]]\s*$|^\s*$|\n\s*$")


@dataclass(frozen=True)
class _NameInfo:
    literal: tuple[Candidate, ...]
    demonym_first: bool
    rejected: bool
    single_word: bool
    zipf: float
    first_name: bool
    has_demonym: bool = False
    rescued_by_parent: bool = False  # rejected as a word, but a place when its parent follows
    case_rule: str = "yes"  # what the name's written form allows (see case_rule)


# Words of an event after a place's name in a hashtag ("#FergusonDecision", "#BaltimoreRiots",
# "#HongKongProtests"), never a person's surname.
_HASHTAG_EVENT_WORDS = frozenset({
    "decision", "verdict", "protest", "protests", "riot", "riots", "unrest", "uprising", "strike", "strikes",
    "shooting", "shootings", "floods", "flood", "quake", "earthquake", "fire", "fires", "attack", "attacks",
    "march", "rally", "rallies", "solidarity", "strong"})


class Recogniser:
    """Finds mentions in documents with one gazetteer; caches per-name lookups across documents."""

    def __init__(self, gazetteer: Gazetteer, matcher: NameMatcher | None = None, corrections=None):
        self.gazetteer = gazetteer
        self.matcher = matcher or NameMatcher.for_gazetteer(gazetteer)
        self.corrections = corrections
        if corrections is not None:
            self.matcher = self.matcher.with_extra(corrections.trie)
        self.candidates = lru_cache(maxsize=200_000)(self._candidates)

    def _candidates(self, surface: str) -> tuple[Candidate, ...]:
        if self.corrections is not None:
            corrected = self.corrections.lookup(surface)
            if corrected is not None:
                return corrected  # the user's word wins over the gazetteer
        found = self.gazetteer.candidates(surface, limit=MAX_CANDIDATES, kinds=("name", "alt", "abbr", "demonym"))
        if not found and _CAMEL_JOINED.fullmatch(surface):
            # "SouthSudan", from "#SouthSudan": the words the hashtag joined
            found = self.gazetteer.candidates(" ".join(_CAMEL_WORD.findall(surface)), limit=MAX_CANDIDATES,
                                              kinds=("name", "alt", "abbr", "demonym"))
        # An alternate name in capitals is a code (the airport code "LUO" for Luena): it stands
        # only for text written exactly so, never for a word ("Luo", the people).
        found = tuple(c for c in found if not (c.name_kind == "alt" and _CODE.fullmatch(c.matched_name) and c.matched_name != surface))
        if _CODE.fullmatch(surface) and any(c.matched_name == surface for c in found):
            # ... and text written as a code means the places that have that code, not a town
            # whose name is spelled with those letters: "EU" is the European Union, never Eu in
            # Normandy; "WA" is Washington or Western Australia, not Wa in Ghana — and a written
            # abbreviation shouted ("FLA" for "Fla.": Florida, not the airport code of Florencia)
            found = tuple(c for c in found if c.matched_name == surface or (
                c.name_kind == "abbr" and c.matched_name.replace(".", "").upper() == surface))
            if len(surface) >= 3 and any(c.name_kind == "abbr" for c in found):
                # the abbreviations readers write (gazetteer/abbreviations.tsv) before the airport
                # codes GeoNames lists among alternate names: "TAS" is Tasmania, not Tashkent's
                # airport (two letters are no airport code: "LA" may be Los Angeles or Louisiana)
                found = tuple(c for c in found if c.name_kind == "abbr")
        return found

    def __call__(self, doc: Document) -> list[Mention]:
        text = doc.text
        key = match_key(text)
        mentions = []
        people: set[str] = set()
        given_names: set[str] = set()
        for start, end in self.matcher.spans(text, doc.body_start, key):
            article = _LOWER_ARTICLE_BEFORE.search(text, max(doc.body_start, start - 5), start)
            if article and self.candidates(text[article.start():end]):
                start = article.start()  # "el-Mina", "al-Hasakeh": the article written small is the name's
            mention = self.classify(text, start, end, people, given_names)
            miswritten = mention is None and lowercase_word_inside(text[start:end])
            while mention is None and miswritten:
                # "Mandera county": the longest name is miswritten, a shorter one may stand — and
                # if that one fails too, a shorter one still ("London City airport": not "London
                # City", the City of London's other name written small, but London)
                shorter = self.matcher.shorter(key, start, end)
                if shorter is None:
                    break
                end = shorter
                mention = self.classify(text, start, end, people, given_names)
            if mention is not None:
                mentions.append(mention)
        mentions = self._inside_hashtags(text, doc.body_start, mentions)
        # One sense per discourse: a name the article uses for a person ("Mark Flores",
        # "Flores said") is that person everywhere in it, unless it is a prominent place.
        # A given name the article uses for someone ("Georgia Stevens") is that person where it
        # stands bare as the subject of what a person does ("Georgia began skating"), and, once
        # it stands before what only a person has or is ("Georgia's father", "Georgia herself"),
        # wherever it stands bare but after a preposition of place ("flew to Georgia").
        persons = {m.surface for m in mentions if m.surface in given_names and _a_persons_own(text, m)}
        mentions = [
            m for m in mentions
            if (m.surface not in people or _spared(self.candidates(m.surface)[0].place)
                or _named_as_a_settlement(text, m.start, m.end))
            and not (m.surface in given_names and _subject_of_a_persons_verb(text, m))
            and not (m.surface in persons and _word_before(text, m.start).lower() not in _NOT_A_SUBJECT_AFTER)
        ]
        if mentions:
            # A name inside a party's, force's or armed group's name ("al Shabab", "Jubilee
            # Party": gazetteer/country_cues.tsv) is part of that name, not a place.
            terms = [(s, e) for s, e, _ in cue_terms(text)]
            if terms:
                mentions = [m for m in mentions if not any(s <= m.start and m.end <= e for s, e in terms)]
        return self._with_settlements(text, doc.body_start, self._with_streets(text, doc.body_start, mentions), people)

    def _with_settlements(self, text: str, body_start: int, mentions: list[Mention], people: set[str]) -> list[Mention]:
        """``mentions`` plus the places the gazetteer lacks that a kind word names ("Torkula
        village": :mod:`geomap.settlements`), where no other mention stands and the name is no
        person's the article names."""
        spans = settlement_spans(text, body_start)
        if not spans:
            return mentions
        out = []
        for start, end in spans:
            surface = text[start:end]
            if surface in people or any(m.start < end and start < m.end for m in mentions) or self.candidates(surface):
                continue
            if _a_persons_name_in(text, surface):
                continue  # "Pastor John Mbaka … Mbaka area residents": his name, not a village's
            if self.corrections is not None and self.corrections.lookup(surface) is not None:
                continue  # the user said: never a place
            out.append(Mention(start, end, surface, "literal"))
        return sorted(mentions + out, key=lambda m: (m.start, m.end)) if out else mentions

    def _with_streets(self, text: str, body_start: int, mentions: list[Mention]) -> list[Mention]:
        """``mentions`` plus the streets and squares the text names ("Gladstone Road", "Tahrir
        Square": :mod:`geomap.streets`), each one mention in place of any name inside it
        ("Richmond Street" is no Richmond). A name the gazetteer holds whole is left to the rules
        above; so is one the user corrected."""
        streets = street_spans(text, body_start)
        if not streets:
            return mentions
        out = []
        for start, end in streets:
            if any(m.start <= start and end <= m.end for m in mentions) or self.candidates(text[start:end]):
                continue
            if self.corrections is not None and self.corrections.lookup(text[start:end]) is not None:
                continue  # the user said: never a place
            if _streets_named(text, start, end):
                continue  # "Reese Road and Claflin elementary schools": the schools' names
            if _STREETS_LAST.search(text, start, end) and any(start <= m.start and m.end <= end for m in mentions):
                continue  # "Nairobi and Mombasa streets": big towns the rules above kept, their streets
            if any(start <= m.start and m.end <= end and (text[m.end:m.end + 1] in _DASHES or text[m.start - 1:m.start] in _DASHES)
                   for m in mentions):
                continue  # "Kericho-Kisumu Highway", "Molo-Olenguruone Road": a road between the towns it names, which stay
            next_word = _word_after(text, end)
            kind = "associative" if next_word in SPEECH_VERBS else "literal"  # "Downing Street said"
            out.append(Mention(start, end, text[start:end], kind))
        if not out:
            return mentions
        kept = [m for m in mentions if not any(m.start < s.end and s.start < m.end for s in out)]
        return sorted(kept + out, key=lambda m: (m.start, m.end))

    def classify(self, text: str, start: int, end: int, people: set[str] | None = None,
                 given_names: set[str] | None = None) -> Mention | None:
        """The mention at ``text[start:end]``, or None when it is not a place name. Names
        seen used for people, or as an acronym, are added to ``people``: no place anywhere in
        the article; names seen as someone's given name ("Georgia Stevens") to ``given_names``."""
        people = set() if people is None else people
        surface = text[start:end]
        if start and text[start - 1] == "@":
            return None  # handles
        # A hashtag that is a place's name ("#Gaza", "#Ferguson") names it; the matcher only
        # stops at the hashtag's end, so "#GazaUnderAttack" never gets here (its words are
        # looked at apart: :meth:`_inside_hashtags`).
        if surface.lower() in NOT_PLACE_PHRASES or _starts_a_phrase_of_no_place(text, start):
            return None  # "El Niño", "La Niña": the weather; "Mardi Gras", "Ohio State University"
        cands = self.candidates(surface)
        if self.corrections is not None and self.corrections.lookup(surface) is not None:
            if not cands:
                return None  # the user said: never a place
            prev_word, next_word = _word_before(text, start), _word_after(text, end)
            return Mention(start, end, surface, self._kind(text, start, end, cands[0].place, prev_word, next_word))
        info = self.name_info(surface)
        if info.has_demonym and not info.demonym_first and _adjectival(text, end):
            # "Somali militants", "Somali in ethnicity": the people, not Ethiopia's Somali Region.
            return Mention(start, end, surface, "demonym")
        if info.demonym_first:
            # "Canadian" is a demonym before it is Canadian, Texas (pop. 3,000).
            return Mention(start, end, surface, "demonym") if cands and surface[0].isupper() else None
        literal = info.literal
        if surface.islower() and literal and not any(
            c.place.kind in ("country", "admin1", "continent") or c.place.population >= HASHTAG_TOWN_POPULATION for c in literal
        ):
            return None  # "#tornado", "#vac": a word in small letters is a hamlet's name only by chance
        if text[start - 1:start] == "#" and info.zipf >= ALTERNATE_WORD_ZIPF and literal and not any(
            c.place.kind in ("country", "admin1", "continent")
            or (c.name_kind != "alt" and c.place.population >= HASHTAG_TOWN_POPULATION) for c in literal
        ):
            # ... and so is an English word made a hashtag, whose capital says nothing ("#Tornado",
            # "#Siren": not Siren, Wisconsin, nor Suresnes, of which it is an old name)
            return None
        if literal and _named_as_a_settlement(text, start, end) and any(
                c.place.kind in ("city", "admin2") for c in literal) and case_allows(info.case_rule, text, start, end):
            return Mention(start, end, surface, "literal")  # "The town of Franklin was founded in 1831"
        if not literal or (info.rejected and not (
            info.rescued_by_parent
            and (self._parent_follows(text, end, literal) or COUNTY_LIST_AFTER.match(text, end, end + 300)
                 or (info.first_name and self._after_a_preposition_of_place(text, start, end, literal)))
        )):
            # ... but "Graham (North Carolina)", "Harvard, Nebraska" are places, and so are "Clay"
            # and "Grant" in "Becker, Clay, Douglas, Grant and Wilkin counties", and "Marshall" in
            # "a facility in Marshall for people with disabilities"
            return None
        if not case_allows(info.case_rule, text, start, end) and not (
            info.case_rule == "after comma"
            and ((text[start - 1:start] == "#" and surface not in WORD_LIKE_STATE_CODES)
                 or self._after_a_town_inside(text, start, literal))
        ):
            if info.case_rule == "not an acronym":
                people.add(surface)  # "agency TASS says … quoted by TASS.": the acronym throughout
            return None
        prev_word, next_word = _word_before(text, start), _word_after(text, end)
        at_sentence_start = _sentence_start(text, start)
        top = literal[0].place
        if at_sentence_start and dateline(text, start, end):
            return Mention(start, end, surface, "literal")  # "MIDDLETOWN — A man was charged…": where the story is
        if not _prominent(top, False) and (
            (next_word.lower() in _SAID and prev_word.lower() not in _PLACE_PREPOSITIONS
             and not _PLACE_KIND_OF_BEFORE.search(text, max(0, start - 24), start))
            or _AGE_AFTER.match(text, end)
            or (prev_word.lower() == "the" and " " not in surface and _FAMILY_AFTER.match(text, end))
        ):
            # "Flores said": a town does not speak; a big place may ("Minsk said"), and after "in"
            # the name is where the speaker is ("an officer in South Ossetia told reporters"), as
            # after "the city of" ("a spokesman for the city of Sevierville said").
            # "Sullivan, 24,": an age follows a person, and "the Clemons brothers" are people.
            # Looked at before the rules below, which turn the name down for other reasons
            # without learning it is a person's
            people.add(surface)
            return None
        if info.first_name and text[end:end + 1] in (".", ",") and _QUOTE_THEN_SAID.search(text, max(0, start - 16), start):
            # '"I want to go to the Olympics," said Georgia.': whoever is quoted is a person, however
            # big the place that shares her given name
            people.add(surface)
            return None
        if info.single_word:
            if info.zipf >= COMMON_WORD_ZIPF and at_sentence_start and _lowercase_elsewhere(text, surface) and not (
                surface.isupper() and any(c.name_kind == "abbr" and c.place.kind == "country" and c.matched_name == surface
                                          for c in literal)
            ):
                # ... but a country's abbreviation in capitals is no word: "US President-elect
                # Donald Trump…" in an article that also says "us"
                return None  # "Reading the report…" in an article that also says "reading"
            if info.zipf >= ALTERNATE_WORD_ZIPF and at_sentence_start and not any(
                c.name_kind in ("name", "abbr") and (c.place.kind == "country" or _prominent(c.place, False))
                for c in literal[:3]
            ) and not self._parent_follows(text, end, literal) and not _KIND_WORD_AFTER.match(text, end) and not (
                _ORGANISATION_TITLE_AFTER.match(text, end) or _PEOPLE_OF_THE_PLACE_AFTER.match(text, end)
            ) and not (
                not _lowercase_elsewhere(text, surface) and _after_a_preposition_of_place_elsewhere(text, surface)
            ):
                # "Hope faded…", "Jubilee supporters…": a capital letter that only the sentence
                # gives, on a word whose places are small by their own name ("Grenade attack
                # leaves 16 dead": French for Grenada and Granada, not their English names) —
                # unless a town's kind word or office follows ("Decatur city officials", "Carthage
                # Police Chief") or the article writes the word as a place elsewhere ("… in
                # Decatur. Decatur will vote")
                return None
            if (
                info.first_name
                and _capitalised(next_word)
                # a hashtag is no given name: "#Syria Al Qaeda", "#London RT"
                and text[start - 1:start] != "#"
                # "Israel STARTED the massacre!", "DEATH TO AMERICA ERADICATE DISEASES": shouting,
                # not a surname (but "Olin L. Wethington", "BY ABBEY ROY" are people)
                and not (next_word.isupper() and len(next_word.rstrip(".,")) >= 3 and (
                    not surface.isupper() or shouting(text, start, end)))
                and not (self._continues(next_word) if _spared(top) else self._holds(next_word, literal))
                and not _organisation_follows(text, end)
                # a weekday or a title is no surname: "in Alexandria Friday night", "Columbus Mayor Ginther"
                and next_word.lower().rstrip(".") not in CALENDAR
                and next_word.lower().rstrip(".") not in TITLES
            ):
                if given_names is not None:
                    given_names.add(surface)
                return None  # "Alexander Lukashenko", "Paris Hilton" (not "Georgia Medical Center")
            if info.first_name and next_word in _NAME_PARTICLES_OF_PEOPLE and not _prominent(top, False) and (
                _capitalised(_word_after(text, end + 1 + len(next_word)))
            ):
                return None  # "Leonardo da Vinci", "Philippe de Marigny" (but "Santiago de Chile")
        if prev_word and prev_word.lower().rstrip(".") in TITLES and _capitalised(prev_word):
            people.add(surface)
            return None  # "President Jackson", "Gen. Lee"
        if prev_word in _ROLE_BEFORE_A_NAME and top.kind not in ("country", "continent", "admin1"):
            people.add(surface)
            return None  # "the Mungiki leaders Ndungu", "her half-sister Elizabeth"
        if _capitalised(prev_word) and _titled_name_before(text, start):
            people.add(surface)
            return None  # "Circuit Judge Mary Day Coker", "Gen. Robert E. Lee": the end of a person's name
        if (
            _capitalised(prev_word)
            and is_first_name(prev_word)
            and prev_word.lower() not in _LOCATIVE_PREPOSITIONS  # "In" is a Korean given name
            and prev_word.lower() not in _ARTICLES  # "The" too: "told The Atlanta Journal-Constitution"
            and prev_word.lower().rstrip(".") != "co"  # ... and "Co": "Blackrock, Co Dublin" is the county
            # first in its sentence, "Will" may be the verb and "In" is the preposition: a given
            # name unless the article also writes it in lower case, or it is a function word
            and not (_sentence_start(text, start - len(prev_word) - 1) and (
                _lowercase_elsewhere(text, prev_word) or word_frequency(prev_word) >= FUNCTION_WORD_ZIPF))
            # "Austin Texas" is two places (Texas holds Austin); "Mary Travers", "George Bush" are
            # people, though Mary and George are cities
            and not (self._prominent_name(prev_word) and _prominent(top, False)
                     and (top.kind == "country" or any(c.place.lies_in(top) for c in self.candidates(prev_word))))
            # "San Francisco Campeche": a saint's name heads a place name
            and _word_before(text, start - len(prev_word) - 1).lower().rstrip(".") not in SAINT_WORDS
            # "Mount Holly NJ": a state after one of its towns
            and not (top.kind == "admin1" and self._after_a_town_inside(text, start, literal))
            # "I Love Africa", "Oh Africa!": no one is surnamed after a continent
            and top.kind != "continent"
        ):
            people.add(surface)
            return None  # "Jesse Jackson"
        next_lower = next_word.lower().rstrip(".,;:")
        if info.single_word and info.zipf >= ALTERNATE_WORD_ZIPF and next_lower in _PARTY_WORDS and not _prominent(top, False):
            return None  # "Jubilee supporters", "the Jubilee primaries": a party named by a word, not a hamlet
        if (
            prev_word in _NAME_PARTICLES_OF_PEOPLE and text[start - 1:start] == " " and not _prominent(top, False)
            and is_first_name(_word_before(text, start - len(prev_word) - 1))
        ):
            people.add(surface)
            return None  # "Philippe de Marigny", "Leonardo da Vinci": a family name after its particle
        if text[start - 1:start] == " " and _kin_before(text, start, prev_word):
            people.add(surface)
            return None  # "his brother Tyler", "husband Kanye West", "the son of Missy and Bill"
        if info.single_word and not _prominent(top, False) and is_first_name(surface) and self._paired_with_a_given_name(text, start, end):
            people.add(surface)
            return None  # "Harold and Martha were married", "cousins Dillon and Connor": two people
        if prev_word.lower() in _PERSON_OBJECT_VERBS and text[start - 1:start] == " " and not _prominent(top, False):
            people.add(surface)
            return None  # "Judge Coker sentenced Servance to 15 years"
        if prev_word.lower() in _SAID and text[end:end + 1] in (",", ".", "") and not _prominent(top, False):
            people.add(surface)
            return None  # '"I overdosed 17 times," said Mather, 22
        if (
            _INITIAL.fullmatch(prev_word) and text[start - 1:start] == " " and not _prominent(top, False)
            and is_first_name(_word_before(text, start - len(prev_word) - 1))
        ):
            people.add(surface)
            return None  # "Terry A. Corbin", "Ashley L. Evens": a surname, bare in the rest of the article
        if (
            text[start - 1:start] == " " and info.single_word and not _prominent(top, False)
            and next_lower not in _NOT_A_MIDDLE_NAME and _middle_name_before(text, start, prev_word)
        ):
            # "Claude Joseph Villars Dubreuil", "James Oakley Davidson": a surname after a middle
            # name, that person bare in the rest of the article, unless the town is named for them
            # ("Delano … was named for Francis Roach Delano")
            if not _NAMED_FOR_BEFORE.search(text, max(0, start - 80), start):
                people.add(surface)
            return None
        if (
            _capitalised(prev_word)
            and text[start - 1:start] == " "
            and not at_sentence_start
            and not _sentence_start(text, start - len(prev_word) - 1)  # "When Alexandria police…"
            and _may_head_a_name(prev_word)
            and not self._names_a_place_itself(prev_word.rstrip(".,"))
            # "San Francisco Campeche": a saint's name heads the place's own
            and _word_before(text, start - len(prev_word) - 1).lower().rstrip(".") not in SAINT_WORDS
            and word_frequency(prev_word) < FUNCTION_WORD_ZIPF  # "— A Danbury mason", "Why Is China"
            and not (top.kind in ("country", "admin1", "admin2") and (
                literal[0].name_kind == "name"
                # a short name kept with the abbreviations ("America"), or a code joined to what
                # follows ("Henry Lazenby US-based"); a bare code may end an organisation's name
                # ("organized by Expect US")
                or literal[0].name_kind == "abbr" and (literal[0].matched_name[1:].islower() or text[end:end + 1] in _DASHES)))
        ):
            # the tail of a bigger name: "Glacier National Park", "South Ossetia", "La Niña" — but a
            # country or a region by its own name is itself in "Nazi Germany", "Skate Canada",
            # "Team Alberta", "the Great Alaska Earthquake", "VISIT BEAUTIFUL AMERICA" (not so a
            # town: "Agent Orange", "AC Milan")
            return None
        if (
            info.single_word and info.zipf >= TAIL_WORD_ZIPF and _capitalised(prev_word)
            and text[start - 1:start] == " " and not at_sentence_start
            and not _sentence_start(text, start - len(prev_word) - 1)
            and prev_word.lower().rstrip(".") not in _NOT_A_NAME_HEAD and not _prominent(top, False)
        ):
            return None  # an everyday word ending a longer name: "J.E.B. Stuart Monument", "Freedom Square"
        if _hyphen_compound(text, start, end) and (
            not _prominent(top, False) and (
                _given_name_before_compound(text, start, end) or not self._place_pair(text, start, end, literal))
            # a big place by another of its names is no surname's half either ("Diaz-Balart" is not
            # Ballarat, whose old name is Balart)
            or literal[0].name_kind == "alt" and _given_name_before_compound(text, start, end)
        ):
            # "Wal-Mart", "Coca-Cola", a double-barrelled surname ("Mario Diaz-Balart", "Nina
            # Webb-Lawton") — but not "Logan-Rogersville", two neighbouring towns
            if _given_name_before_compound(text, start, end):
                people.add(surface)  # ... and the surname's half is his wherever it stands ("Diaz-Balart Speaks")
            return None
        if (
            info.single_word and info.zipf >= ALTERNATE_WORD_ZIPF and text[end:end + 1] == " " and _capitalised(next_word)
            and word_frequency(next_word) >= ALTERNATE_WORD_ZIPF and next_lower not in GEOGRAPHIC_WORDS
            and not any(c.place.kind in ("country", "admin1", "continent") or c.place.population >= HASHTAG_TOWN_POPULATION
                        for c in literal)
        ):
            # "Tornado Warning", "Top 10 Tornado States", "the Parachute Regiment": a word in a
            # title or a name, not a hamlet named for it
            return None
        if _capitalised(next_word) and next_word.lower().rstrip(".") in FACILITY_WORDS and not (
            next_lower == "court" and (top.kind in ("country", "admin1", "admin2") or _COURT_OF.match(text, end))
        ):
            # "Independence Avenue" (but "Kentucky Court of Appeals", "Meigs County Court": a
            # court of the place, an organisation's name)
            return None
        if _streets_named(text, start, end) and not _prominent(top, False):
            return None  # "near Rivers and Stokes avenues", "Reese Road and Claflin elementary schools"
        if _ORDINAL.match(next_word) and top.kind != "country":
            return None  # "Northwest 34th Street", "Northwest Eighth Avenue": a street
        if (
            prev_word == "the" and text[start - 1:start] == " " and _ENDS_A_NOUN_PHRASE.match(text, end)
            and not _adjectival(text, end) and _town_without_article(literal)
        ):
            # "sent to the Duma in December", "held at the Cathedral": a town's name is no noun of
            # its own after "the" (though "the Seattle area", "the Ferguson police" are the towns)
            return None
        if surface in _NEIGHBOURHOOD_HEADS and _capitalised(next_word):
            # "Colonia Miramar", "Vila Kennedy", "Jardim Ângela": the word for a neighbourhood,
            # not Colonia, Uruguay, nor Port Vila, whose old name Vila is
            return None
        if info.single_word and text[end:end + 1] == " " and self._surname_follows(next_word, top, text, end):
            return None  # "Ndindi Nyoro": a small place's name before a word no dictionary or gazetteer knows
        if prev_word.lower() == "of" and _named_before(text, start, FACILITY_WORDS) and not (
                _prominent(top, False) and info.zipf < COMMON_WORD_ZIPF):
            # "Palace of Independence" — but "Bat Galim Square of Haifa city" stands in Haifa
            return None
        if next_lower in _CURRENCY_WORDS and text[end:end + 1] == " " or text[end:end + 1] == "$":
            return None  # "the US dollar exchange rate", "Hong Kong dollars", "US$460 million": money, not a place in the story
        if top.kind not in ("country", "admin1") and (
                _VEHICLE_MODEL_AFTER.match(text, end)
                or (_MODEL_YEAR_BEFORE.search(text, max(0, start - 6), start) and _VEHICLE_AFTER.match(text, end))):
            return None  # "a 1996 Dodge pickup", "his Toyota Hilux": a make of car, no place
        if next_word in _NEWS_OUTLET_WORDS and text[end:end + 1] == " " and top.kind != "country":
            return None  # "the Los Angeles Times reported", "the Manila Bulletin": a newspaper, no place in the story
        if surface[-2:] in ("'s", "’s") and not any(c.matched_name[-2:] in ("'s", "’s") for c in literal) and not _prominent(top, False):
            return None  # "Smith’s prosecution" is no Smiths Station: the possessive's s is no letter of a name
        if _LIKENESS_SUFFIX.match(text, end) and not top.kind == "country":
            return None  # "a Frankenstein-esque mower", "Vegas-style shows": a likeness, not the place
        if next_lower in _PATHOGEN_WORDS and text[end:end + 1] in (" ", "-"):
            return None  # "Marburg hemorrhagic fever", "Reston ebolavirus", "West Nile virus": a disease named after a place
        if next_word in _PEOPLE_WORDS and text[end:end + 1] == " " and top.kind not in ("country", "admin1"):
            # "the Mohawk people", "the Adena culture": a people, not its town (but "in TN people
            # wait" is the state's people)
            return None
        if (_ARTICLE_THEN_NAME.match(text, end) or _NAME_THEN_ARTICLE.search(text, max(0, start - 40), start)) and not (
            top.kind in ("country", "admin1") or literal[0].name_kind == "name" and top.population >= NAME_HEAD_POPULATION
        ):
            # "Mafraq ar Ruwayk", "Ain al Arab", "Jabal al-Zawiya", "Cristo Rey de Cachiche": part
            # of a longer name the gazetteer lacks (a name it holds whole is matched whole), not
            # Mafraq, Jordan, the French department of Ain or Cristo Rey in the Dominican
            # Republic; a big city heads its quarters ("Baghdad al-Jadida")
            return None
        return Mention(start, end, surface, self._kind(text, start, end, top, prev_word, next_word))

    def _inside_hashtags(self, text: str, body_start: int, mentions: list[Mention]) -> list[Mention]:
        """``mentions`` plus the places named as words of a hashtag written in camel case
        ("#MalaysiaFloods", "#FreePalestine", "#Tokyo2020", "#DCFerguson", "#SouthSudan"): words
        there are the place when they name a country, region or continent by its own name, a big
        town, or a town of 10,000 people whose name is no everyday word (a hashtag that is one
        name as written, "#Gaza", the matcher finds)."""
        if "#" not in text:
            return mentions
        found = []
        for tag in _HASHTAG.finditer(text, body_start):
            if any(m.start < tag.end() and tag.start() < m.end for m in mentions):
                continue
            words = list(_CAMEL_WORD.finditer(text, tag.start(1), tag.end()))
            i = 0
            while i < len(words):
                for j in range(min(len(words), i + 4), i, -1):
                    start, end = words[i].start(), words[j - 1].end()
                    if j - i == 1 and start == tag.start(1) and end == tag.end():
                        continue  # the whole hashtag, one word: the matcher's
                    before = words[i - 1].group() if i else ""
                    after = words[j].group() if j < len(words) else ""
                    if self._names_a_place_in_a_hashtag(text[start:end], before, after):
                        found.append(Mention(start, end, text[start:end], "literal"))
                        i = j - 1
                        break
                i += 1
        if not found:
            return mentions
        return sorted(mentions + found, key=lambda m: (m.start, m.end))

    def _paired_with_a_given_name(self, text: str, start: int, end: int) -> bool:
        """Whether the name is joined by "and" to a given name that names no town of 10,000
        people: "Amir and Gerard", "Harold and Martha", "James and Lyman" (not "Shelton and
        Monroe", "Austin and Dallas", two towns each)."""
        if _CAPITALISED_WORD_BEFORE.search(text, max(0, start - 30), start) or text[end:end + 1] == " " and text[end + 1:end + 2].isupper():
            return False  # part of a longer name: "Fort Wayne and Chicago", "Rainbow Lake and Jones Pond"
        before = _GIVEN_NAME_AND.search(text, max(0, start - 30), start)
        if before and _CAPITALISED_WORD_BEFORE.search(text, max(0, before.start(1) - 30), before.start(1)):
            before = None  # "Goldney Hall and Clifton": the partner ends a longer name
        after = _AND_GIVEN_NAME.match(text, end)
        partner = (before.group(1) if before else "") or (after.group(1) if after else "")
        pair_end = after.end() if after else end
        if _PLACE_KIND_AFTER.match(text, pair_end) or COUNTY_LIST_AFTER.match(text, pair_end, pair_end + 300):
            return False  # "Jones and Haskell counties", "Huixian and Weihui cities"
        return bool(partner) and partner != text[start:end] and is_first_name(partner) and not any(
            # a partner that is a town of some size makes two towns: "Shelton and Monroe"
            c.place.population >= ALTERNATE_ONLY_POPULATION or c.place.kind in ("country", "admin1")
            for c in self.candidates(partner))

    def _names_a_place_in_a_hashtag(self, surface: str, before: str, after: str) -> bool:
        """Whether words of a hashtag name a place, given the hashtag's words around them."""
        literal = [
            c for c in self.candidates(surface)
            # a word in capitals may be a code ("DC"), a capitalised one must be a name ("Me" is no Maine)
            if c.name_kind == "name" or c.name_kind == "abbr" and surface.isupper()
        ]
        if not literal:
            return False
        top = literal[0].place
        if top.kind in ("country", "continent"):
            return True
        prominent = _prominent(top, False)
        zipf = word_frequency(surface)
        if is_first_name(before) or before.lower() in TITLES or (
            is_first_name(surface) and after[:1].isupper() and (not prominent or zipf >= COMMON_WORD_ZIPF)
            # ... but a month or an event after a name makes it where: "#FergusonOctober",
            # "#FergusonDecision", "#BaltimoreRiots"
            and not (after.lower() in CALENDAR or after.lower() in _HASHTAG_EVENT_WORDS)
        ):
            return False  # a person: "#EricGarner", "#SecKerry", "#GeorgeFloyd", "#LaurelHill" (not "#KashmirFloods")
        if prominent:
            return zipf < EVERYDAY_WORD_ZIPF  # "#LastManStanding" is no Man, Côte d'Ivoire
        return top.population >= HASHTAG_TOWN_POPULATION and zipf < COMMON_WORD_ZIPF

    @lru_cache(maxsize=200_000)  # noqa: B019 - one Recogniser per run; names repeat across documents
    def name_info(self, surface: str) -> _NameInfo:
        """What can be known about a name without its context (cached per surface)."""
        cands = self.candidates(surface)
        if surface.lower() in GEOGRAPHIC_WORDS:
            # a word naming a kind of place is no country's everyday name: "Panay Island", "the
            # Island" are not Iceland, "Island" in Icelandic and German
            cands = [c for c in cands if not (c.name_kind == "alt" and c.place.kind == "country")]
        literal = tuple(c for c in cands if c.name_kind != "demonym")
        demonym_first = not literal or (len(literal) < len(cands) and not _prominent(literal[0].place, False))
        single = len(surface.split()) == 1
        zipf = word_frequency(surface) if single else 0.0
        weak = False  # a word or a weak name, unless the text names the place's parent
        never = False  # calendar words, titles, function words: never a place
        if literal and all(c.name_kind == "alt" for c in literal):
            # Known only as some village's alternate (often old or foreign) name.
            weak = max(c.place.population for c in literal) < ALTERNATE_ONLY_POPULATION
        if literal and single:
            lower = surface.lower().rstrip(".")
            # An abbreviation written exactly ("US", "D.C.") is never an ordinary word.
            exact_abbreviation = any(c.name_kind == "abbr" and c.matched_name == surface for c in literal)
            never = not exact_abbreviation and (
                lower in CALENDAR or lower in TITLES or lower in GENERIC_REGION_WORDS
                # "She", "In" are never places
                or zipf >= FUNCTION_WORD_ZIPF)
            weak = weak or (not exact_abbreviation and (
                # "Man", "Lot", "Same": among the commonest words, a place only with its parent
                # written ("Man (Tonkpi)", "Man, Côte d'Ivoire") — "Man City", "Man of the Year"
                zipf >= EVERYDAY_WORD_ZIPF
                # "Union", "Central": a word first, a place only if a big one by its own name
                or (zipf >= COMMON_WORD_ZIPF and not any(
                    _prominent(c.place, False) and (c.name_kind in ("name", "abbr") or c.place.kind in ("country", "region"))
                    for c in literal[:3]))
                # an English word that is only a foreign or old name of a place ("Grenade") — but a
                # country's everyday name is as frequent as the commonest words ("Britain", "America"),
                # and a big region or sea is called by its English name ("the Mediterranean", "USSR",
                # "Crimea", "Brittany")
                or (zipf >= ALTERNATE_WORD_ZIPF and all(c.name_kind == "alt" for c in literal)
                    and not (literal[0].place.kind == "country" and zipf >= COMMON_WORD_ZIPF)
                    and not (literal[0].place.kind in ("region", "admin1") and _prominent(literal[0].place, False)))
            ))
        return _NameInfo(literal, demonym_first, never or weak, single, zipf, single and is_first_name(surface),
                         len(literal) < len(cands), weak and not never, case_rule(surface, literal) if literal else "no")

    @staticmethod
    def _after_a_preposition_of_place(text: str, start: int, end: int, literal: Sequence[Candidate]) -> bool:
        """Whether a town's own name that is also a given name stands where only a place can:
        right after a lower-case "in", "near", "outside" or "from", with the sentence's
        punctuation or a function word after it ("a facility in Marshall for people…", "Troop 174
        from Wayne," — not "in Wayne Rooney's", "in Marshall's view")."""
        if not (literal[0].name_kind == "name" and literal[0].place.kind == "city"
                and _PLACE_PREPOSITION_BEFORE.search(text, max(0, start - 9), start)):
            return False
        after = _STOP_OR_WORD_AFTER.match(text, end)
        # a function word or the sentence's punctuation next: "in Arab culture", "from Roman
        # times" are adjectives before their noun
        return after is not None and (after.group(1) is None or word_frequency(after.group(1)) >= FUNCTION_WORD_ZIPF)

    def _parent_follows(self, text: str, end: int, literal: Sequence[Candidate]) -> bool:
        """Whether a region or country that holds one of the name's places is written right
        after it: "Graham (North Carolina)", "Harvard, Nebraska", "Grants, N.M."."""
        match = _PARENT_AFTER.match(text, end)
        if not match:
            return False
        parts = [match.group(1)]
        if "(" in text[end:match.start(1)]:
            # every name in the bracket: "(Sujawal, Sindh)"
            close = text.find(")", match.start(1), match.start(1) + 60)
            inside = text[match.start(1):close if close != -1 else match.start(1) + 60]
            parts = [p.strip() for p in inside.split(",") if p.strip()[:1].isupper()] or parts
        return any(self._names_a_holder(part, [c.place for c in literal]) for part in parts)

    def _after_a_town_inside(self, text: str, start: int, literal: Sequence[Candidate]) -> bool:
        """Whether a state code follows a town of that state with no comma ("Kingsport TN",
        "MOUNT HOLLY NJ", "Portland OR"), which a bare "OK" or "IN" never does."""
        words = _CAPITALISED_BEFORE.search(text, max(0, start - 40), start)
        if not words:
            return False
        parts = words.group(1).split()
        states = [c.place for c in literal]
        for n in range(len(parts), 0, -1):
            for town in self.candidates(" ".join(parts[-n:])):
                if town.name_kind != "demonym" and town.place.kind == "city" and any(town.place.lies_in(s) for s in states):
                    return True
        return False

    def _holder_follows(self, text: str, end: int, place) -> bool:
        """Whether the capitalised words right after a name are a region or country that holds
        its place, the comma left out: "in Tijuana Baja California" (not an organisation)."""
        match = _CAPITALISED_AFTER.match(text, end)
        return bool(match) and self._names_a_holder(match.group(1), [place])

    def _names_a_holder(self, phrase: str, places: Sequence) -> bool:
        """Whether ``phrase``, or its longest leading words that name an area ("North Carolina"
        before "North"), names a region or country holding one of ``places``."""
        words = phrase.split()
        for n in range(len(words), 0, -1):
            for area in self.candidates(" ".join(words[:n])):
                if area.name_kind != "demonym" and any(p.lies_in(area.place) for p in places):
                    return True
        return False

    def _place_pair(self, text: str, start: int, end: int, literal: Sequence[Candidate]) -> bool:
        """Whether both halves of a hyphenated pair are places by their own names in one country
        ("Logan-Rogersville", "Kisumu-Kakamega"; not "Wal-Mart", "Harley-Davidson")."""
        after = re.match(r"-([A-Z][\w'’]+)", text[end:end + 40])
        before = re.search(r"([A-Z][\w'’]+)-$", text[max(0, start - 40):start])
        partner = (after or before).group(1) if (after or before) else None
        if not partner:
            return False
        countries = {c.place.country_code for c in literal if c.name_kind == "name"}
        return any(
            c.place.country_code in countries for c in self.candidates(partner) if c.name_kind == "name"
        )

    def _surname_follows(self, next_word: str, top, text: str, end: int) -> bool:
        """Whether the word after a small place's name makes the two a person's name: a plain
        capitalised word no dictionary, word list or gazetteer knows ("Ndindi Nyoro"), not an
        abbreviation ("Tewksbury Twp.") or a possessive ("DeKalb Lowe's")."""
        word = next_word.rstrip(",;:")
        return (
            word.isalpha() and _capitalised(word)
            and not _prominent(top, False)
            and word.lower() not in CALENDAR and word.lower() not in _NOT_A_NAME_HEAD
            and word_frequency(word) < SURNAME_ZIPF
            and not self._continues(word)
            and not _organisation_follows(text, end)
            and not self.candidates(word)
        )

    def _could_be_place(self, word: str) -> bool:
        """Whether a capitalised word could name a place by itself: not "La" or "El", which
        are places only as written abbreviations ("La." is Louisiana)."""
        cands = self.candidates(word)
        return bool(cands) and (len(word) > 2 or any(c.name_kind == "abbr" and c.matched_name == word for c in cands))

    def _names_a_place_itself(self, word: str) -> bool:
        """Whether a capitalised word before a name is a place's name standing by itself (so the
        two are two places, "Austin Texas"): a place's own name or written abbreviation, or another
        name of a prominent place — not a small place's other name that a syllable of a longer
        name happens to spell ("Nyo" in "Kyar Nyo Kan village" is no Nyköping). A word in capitals
        is a code or an organisation's acronym, which ends a name rather than heading it ("the ODM
        Busia nominations")."""
        return self._could_be_place(word) and (word.isupper() or any(
            c.name_kind in ("name", "abbr") or _prominent(c.place, False) for c in self.candidates(word)))

    def _prominent_name(self, word: str) -> bool:
        """Whether ``word`` is the own name of a prominent place ("Paris" in "Paris Texas")."""
        return any(c.name_kind == "name" and _prominent(c.place, False) for c in self.candidates(word))

    def _holds(self, word: str, literal: Sequence[Candidate]) -> bool:
        """Whether a capitalised word after a name that is also a given name keeps it a place: a
        geographic word ("Jordan Valley"), or a region or country holding one of the name's towns
        of some size ("Paris Texas", "Austin Texas"; not "George Washington", though a village
        named George lies in Washington state, nor "George Bush"). Countries, capitals and big
        cities need less (see :meth:`_continues`: "London Luton", "Syria Iraq Gaza")."""
        word = word.rstrip(".,")
        if word.lower() in GEOGRAPHIC_WORDS:
            return True
        towns = [c.place for c in literal if c.place.population >= ALTERNATE_ONLY_POPULATION]
        return bool(towns) and self._prominent_name(word) and self._names_a_holder(word, towns)

    def _continues(self, word: str) -> bool:
        """Whether a capitalised word after a name keeps it a place ("Minsk Region", "Paris
        Texas"): a geographic word or a prominent place's own name — not any village's name
        ("George Floyd" is a person, though a Floyd County exists)."""
        lower = word.lower().rstrip(".,")
        return lower in GEOGRAPHIC_WORDS or self._prominent_name(word.rstrip(".,"))

    def _kind(self, text: str, start: int, end: int, top, prev_word: str, next_word: str) -> str:
        if text[end:end + 6].lower() == "-based":
            return "based"
        if _PARTY_OF_STATE.search(text, max(0, start - 3), start):
            return "associative"  # "John Cornyn (R-Texas)", "Rep. John Yarmuth, D-Ky.": whom he represents
        if _AFFILIATION_COMPOUND.match(text, end):
            return "associative"  # "Somali-dominated", "Aleppo-born", "Moscow-backed": who, not where
        if text[start - 1:start] in _OPENING_QUOTES and _QUOTED_NAME_OF.match(text, end):
            return "associative"  # 'workers at "Bayan" company': the company's name, not where it is
        lower_next = next_word.lower().rstrip(".,;:")
        governs = top.kind in ("country", "continent", "region") or top.feature_code == "PPLC"
        if governs and (lower_next in SPEECH_VERBS or lower_next in INSTITUTION_NOUNS) and not _after_named_site(text, start):
            # "Minsk said", "EU foreign ministers" — but "Police at Integrity Centre, Nairobi have
            # used teargas": after a named site and a comma, the place is where it stands
            return "associative"  # "Minsk said", "EU foreign ministers", "EU Foreign Ministers"
        if (
            _capitalised(next_word)
            and text[end:end + 1] == " "
            and lower_next not in CALENDAR
            and (_organisation_follows(text, end) or not self._continues(next_word))
            and not self._holder_follows(text, end, top)
        ):
            if _political_name_follows(text, end):
                return "associative"  # "Jubilee Party", "Minsk Alliance": a name, sited nowhere
            return "embedded"  # "Minsk Automobile Plant", "Washington Post", "Grodno Azot"
        if prev_word.lower() == "of" and _named_before(text, start, ORGANISATION_WORDS):
            return "embedded"  # "University of Minsk"
        if (lower_next in AFFILIATION_NOUNS and text[end:end + 1] == " ") or _coordinated_noun(text, end) in AFFILIATION_NOUNS:
            return "associative"  # "Turkana raiders", "Pokot and Samburu militias": who acted, not where
        if text[start:end].lower() in COMMUNITY_ADJECTIVES and (
                (lower_next in _PERSON_NOUNS and text[end:end + 1] == " ") or _COUNT_BEFORE.search(text, max(0, start - 12), start)):
            # "a Kikuyu man", "Kikuyu people", "2 Kikuyu burned in their homes", "a revered Igbo
            # son": the people's name, as "Belarusian" is, not Kikuyu the town nor Igbo-Ukwu
            return "demonym"
        if governs:
            surface = text[start:end]
            if (
                surface.replace(".", "").isupper() and next_word[:1].islower()
                and lower_next not in _LINKING_WORDS and text[end:end + 1] == " "
            ):
                return "associative"  # "US dollar", "UK government": the country as a modifier
        return "literal"


# People a community's name stands before ("a Kikuyu man"), and a count before it ("2 Kikuyu").
_PERSON_NOUNS = frozenset({
    "man", "men", "woman", "women", "boy", "boys", "girl", "girls", "people", "person", "persons", "youth",
    "youths", "family", "families", "body", "bodies", "leader", "leaders", "member", "members", "households",
    "son", "sons", "daughter", "daughters", "group", "groups", "politician", "politicians", "elite", "elites",
})
_COUNT_BEFORE = re.compile(r"(?:\b\d+|\b(?:two|three|four|five|six|seven|eight|nine|ten|several|many|some))\s+\Z", re.I)
_OPENING_QUOTES = frozenset('"“‘\'«')
# A closing quotation mark, then the small-letter noun of what the quoted name names.
_QUOTED_NAME_OF = re.compile(
    r"[\"”’'»]\s+(?:company|firm|factory|plant|group|party|brand|newspaper|channel|agency|movement|hotel"
    r"|restaurant|shop|store|mall|club|team|campaign|operation|project|programme|program|festival|network"
    r"|magazine|station|school|market|bank|association|union|organi[sz]ation)\b")
_PARTY_OF_STATE = re.compile(r"(?:^|(?<=[\s(,]))[RDI]-$")
_SITE_BEFORE = re.compile(r"([A-Z][\w'’-]*),\s$")
_SITE_HEADS = FACILITY_WORDS | ORGANISATION_WORDS


def _named_as_a_settlement(text: str, start: int, end: int) -> bool:
    """Whether the text says the name at ``text[start:end]`` is a settlement's ("The town of
    Franklin", "the villages of Milton and Lawrence") and the name ends there (not "the town of
    Abu Rasin", "the town of Masjid al-Qiblatain", whose first word the gazetteer may hold)."""
    return (text.rfind(" of ", max(0, start - 60), start) != -1
            and _SETTLEMENT_OF_BEFORE.search(text, max(0, start - 60), start) is not None
            and not _CAPITALISED_AFTER.match(text, end) and not _ARTICLE_THEN_NAME.match(text, end))


def _after_named_site(text: str, start: int) -> bool:
    """Whether a name follows a site's name and a comma ("Integrity Centre, Nairobi")."""
    site = _SITE_BEFORE.search(text[max(0, start - 30):start])
    return site is not None and site.group(1).lower() in _SITE_HEADS


_COORDINATED = re.compile(r"\s+(?:and|or|&)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+([a-z]+)")


def _coordinated_noun(text: str, end: int) -> str | None:
    """The noun after a coordinated name: "tribes" in "Kalenjin and Kikuyu tribes"."""
    match = _COORDINATED.match(text, end, end + 60)
    return match.group(1) if match else None


_STREET_PLURALS = r"(?:avenues|streets|roads|drives|lanes|boulevards|parkways|highways|courts|schools)\b"
_PAIR_THEN_STREETS = re.compile(
    rf"\s+(?:and|or|&)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?\s+(?:[a-z]+\s+)?{_STREET_PLURALS}")
_STREETS = re.compile(rf"\s+(?:[a-z]+\s+)?{_STREET_PLURALS}")
_STREETS_LAST = re.compile(rf"\s{_STREET_PLURALS}$")
_JOINED_BEFORE = re.compile(r"\s(?:and|or|&)\s+$")


def _streets_named(text: str, start: int, end: int) -> bool:
    """Whether the name is one of two or more joined before a plural street word: "near Rivers
    and Stokes avenues", "Reese Road and Claflin elementary schools" — the streets' or schools'
    own names, not the towns they share them with."""
    if _PAIR_THEN_STREETS.match(text, end):
        return True
    return _STREETS.match(text, end) is not None and _JOINED_BEFORE.search(text, max(0, start - 6), start) is not None


_AFFILIATION_COMPOUND = re.compile(
    r"[-‐]+(?:dominated|majority|led|backed|owned|speaking|born|controlled|allied|aligned|leaning|funded|sponsored)\b", re.I)
_ORDINAL = re.compile(
    r"(?:\d+(?:st|nd|rd|th)|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth)\b")


# A given name alone beside "and": not the end or the start of a longer name ("Goldney Hall and
# Clifton", "Clifton and Clifton East").
_GIVEN_NAME_AND = re.compile(r"(?<![\w.'’-])(?<![A-Z][\w.'’-][ -])([A-Z][a-z]+) and \Z")
_AND_GIVEN_NAME = re.compile(r" and ([A-Z][a-z]+)\b(?!['’]s|[ -][A-Z])")
_CAPITALISED_WORD_BEFORE = re.compile(r"[A-Z][\w.'’-]*[ -]\Z")
_PLACE_KIND_AFTER = re.compile(r"\s+(?:cities|towns|villages|counties|districts|provinces|states|regions|areas)\b", re.I)
_HASHTAG = re.compile(r"(?<![\w&])#(\w+)")
# A word of a camel-case hashtag: "Malaysia" in "#MalaysiaFloods", "DC" in "#DCFerguson".
_CAMEL_WORD = re.compile(r"[A-Z][a-z]+|[A-Z]{2,}(?=[A-Z][a-z]|\d|\b|_)")
_CAMEL_JOINED = re.compile(r"(?:[A-Z][a-z]+|[A-Z]{2,}(?=[A-Z][a-z]))(?:[A-Z][a-z]+){1,3}")
#: A town this big is the place when it is a word of a hashtag ("#OpFerguson", "#sorryOrlando").
HASHTAG_TOWN_POPULATION = 10_000

#: A city at least this big, by its own name, is itself where its name goes on with an article or
#: particle: "Baghdad al-Jadida" is a quarter of Baghdad, "San Francisco de Asís" a mission there.
NAME_HEAD_POPULATION = 1_000_000
# The Arabic article written small and joined to a name: "in el-Mina", "countryside of al-Hasakeh".
_LOWER_ARTICLE_BEFORE = re.compile(r"(?<![\w-])(?:a[lzsdrnt]|e[lzsdrnt]|ash|esh)-\Z")
# The Arabic article (and "bin"/"ibn") between two capitalised words of one name: joined by a
# hyphen in any form ("as-Saleh"), or alone before the next word where it is no English word
# ("ar Ruwayk", "al Arab"; not "as", "at", "an").
_ARABIC_LINK = r"(?i:(?:a[lzsdrnt]|e[lzsdrnt]|ash|esh|ul|ud|ur)[-‐]|(?:al|el|ar|ad|ash|az|ul|ud|ur|bin|ibn)[ ])"
# ... and after a name, the Spanish and Portuguese "de" and its forms: "Cristo Rey de Cachiche",
# "Stade de France", "Campina da Barra".
_ARTICLE_THEN_NAME = re.compile(rf"[ ](?:{_ARABIC_LINK}|(?:de|del|de la|do|da|dos|das)[ ])[A-Z]")
_NAME_THEN_ARTICLE = re.compile(rf"\b[A-Z][\w'’]*[ ]{_ARABIC_LINK}\Z")


# What may follow a noun phrase's head: its end ("the Duma.", "the Duma’s") or a verb ("the Duma
# would"); not a comma (a parent or a list may follow: "the Quincy, MA town hall"), a hyphen
# ("the Seattle-Tacoma airport") or "and"/"or" ("the Chiefland or Cross City areas").
_ENDS_A_NOUN_PHRASE = re.compile(r"[.;:!?\"”)’']|\s+(?!(?:and|or|&)\b)[a-z]")


_WORD_THEN_COMMA = re.compile(r"\b(\w+), $")


def _kin_before(text: str, start: int, prev_word: str) -> bool:
    """Whether a lower-case word for kin stands right before the name, before a comma before it
    or before "of" before it: "his brother Tyler", "His widow, Denise,", "the son of Missy"."""
    if prev_word in _KIN:
        return True
    if not prev_word and text[start - 2:start] == ", ":
        before = _WORD_THEN_COMMA.search(text, max(0, start - 20), start)
        return before is not None and before.group(1) in _KIN  # "His widow, Denise, a nurse"
    return prev_word == "of" and _word_before(text, start - 3) in _KIN


def _town_without_article(literal: Sequence[Candidate]) -> bool:
    """Whether every reading of a name is a town whose name takes no "the" and none is a city of
    a million: written after "the", such a name is something else named so ("the Duma", "the
    Cathedral", "the Delta") — while "the Bronx", "the Hague", "the Woodlands" are named with it."""
    return all(
        c.place.kind == "city" and not c.place.name.startswith(("The ", "the "))
        and c.place.population < SENTENCE_START_POPULATION
        for c in literal
    )


# What a person, not a place, does right after her name: "Georgia began skating at four".
_PERSONS_VERB_AFTER = re.compile(
    r"\s+(?:also\s+|then\s+|now\s+|still\s+)?(?:said|says|told|tells|began|begins|started|starts|added|"
    r"explained|recalled|wrote|writes|smiled|laughed|learned|learnt|wants|wanted|loves|loved|hopes|hoped|"
    r"likes|liked|plans|planned|decided|won|wins|finished|trained|trains|competed|competes|skates|skated|"
    r"plays|played)\b")
# Words after which a name is no sentence's subject: "the price of gas to Georgia is low".
_NOT_A_SUBJECT_AFTER = _PLACE_PREPOSITIONS | {"to", "of", "for", "into", "about", "with", "by", "on", "over",
                                               "through", "via", "toward", "towards", "the", "a", "an"}


# What only a person has or is, right after a bare name: "Georgia's father", "Georgia herself".
_PERSONS_OWN_AFTER = re.compile(
    r"(?:['’]s\s+(?:father|mother|parents?|dad|mom|mum|brother|sister|husband|wife|son|daughter|coach|"
    r"grandmother|grandfather|grandparents|boyfriend|girlfriend|fiancée?|teammates?|classmates?)"
    r"|\s+(?:herself|himself))\b")


def _subject_of_a_persons_verb(text: str, m: Mention) -> bool:
    """Whether a name the article gives as someone's given name ("Nine-year-old Georgia
    Stevens") stands bare as the subject of what a person does ("Georgia began skating"): she,
    not the country or the state, however prominent. Not after a preposition ("rain in Georgia
    started on Monday"); not before "is" or "was", which places do as much as people."""
    return bool(_PERSONS_VERB_AFTER.match(text, m.end)) and _word_before(text, m.start).lower() not in _NOT_A_SUBJECT_AFTER


def _a_persons_own(text: str, m: Mention) -> bool:
    """Whether a bare name stands before what only a person has or is: "Georgia's father",
    "Georgia herself" (not after a preposition: "the president of Georgia himself")."""
    return bool(_PERSONS_OWN_AFTER.match(text, m.end)) and _word_before(text, m.start).lower() not in _NOT_A_SUBJECT_AFTER


def _spared(place) -> bool:
    """Whether a place keeps its name in an article that uses the name for a person: a capital,
    a region, a country or a city of a million ("George Washington … Washington is the capital")."""
    return place.feature_code == "PPLC" or place.kind in ("country", "admin1") or _prominent(place, True)


def _prominent(place, at_sentence_start: bool) -> bool:
    """Big enough that a reader means the place even when its name is also a common word."""
    if place.kind in ("country", "continent"):
        return True
    if place.kind in ("admin1", "admin2", "region"):
        return place.population >= PROMINENT_REGION_POPULATION  # "Montana", not "Jewish" Oblast
    floor = SENTENCE_START_POPULATION if at_sentence_start else PROMINENT_POPULATION
    return place.population >= floor


# Compass points written short before a place: "N.W. Rochester", "S.E. Paris".
_COMPASS_ABBREVIATIONS = {"nw", "ne", "sw", "se"}


def _may_head_a_name(word: str) -> bool:
    """Whether a capitalised word before a name may be the start of a longer name it ends
    ("Glacier National Park"): not a title, direction or preposition, and not a possessive,
    which ends a name rather than continuing it ("Friday's Darke County", "Cairo's Abbasiya")."""
    lower = word.lower()
    if lower.endswith(("'s", "’s", "s'", "s’")):
        return False
    lower = lower.rstrip(".")
    return lower not in _NOT_A_NAME_HEAD and lower.replace(".", "") not in _COMPASS_ABBREVIATIONS


def _capitalised(word: str) -> bool:
    return bool(word) and word[0].isupper()


# Titles that begin a person's name but never a place's ("St. Paul", "Saint Louis" are places).
_PERSON_TITLES = TITLES - {"st", "saint"}
_INITIAL = re.compile(r"[A-Z]\.")


def _starts_a_phrase_of_no_place(text: str, start: int) -> bool:
    """Whether a phrase that names no place starts at ``start`` ("Mardi Gras", "State University")."""
    head = text[start:start + 24].lower()
    return any(head.startswith(p) and not head[len(p):len(p) + 1].isalnum() for p in NOT_PLACE_PHRASES)


_NAMED_FOR_BEFORE = re.compile(r"\b(?:named|renamed|called)\s+(?:for|after)\s+(?:\S+\s+){2,5}$|\bin\s+honou?r\s+of\s+(?:\S+\s+){2,5}$")
_NOT_A_MIDDLE_NAME = SAINT_WORDS | SITE_WORDS | ORGANISATION_WORDS | GENERIC_REGION_WORDS | GEOGRAPHIC_WORDS


def _middle_name_before(text: str, start: int, prev_word: str) -> bool:
    """Whether the name at ``start`` ends a person's name of three words, a given name and a
    middle name before it, the run starting after a lower-case word, another given name or a
    sentence's start ("owned by Claude Joseph Villars Dubreuil", "developer James Oakley
    Davidson"; not "San Andres San Dionisio", a list of villages, nor "Baptist Church Maryville",
    where "Church" is no name; the caller spares a name before a site or kind word: "the Mai Mahiu
    Narok highway")."""
    if not (prev_word.isalpha() and _capitalised(prev_word) and not prev_word.isupper()
            and prev_word.lower() not in _NOT_A_MIDDLE_NAME):
        return False
    given_end = start - len(prev_word) - 1
    given = _word_before(text, given_end)
    if text[given_end - 1:given_end] != " " or not (given.isalpha() and _capitalised(given) and not given.isupper()):
        return False
    lower = given.lower()
    if lower in _NOT_A_MIDDLE_NAME or lower in _ARTICLES or lower in _LOCATIVE_PREPOSITIONS or not is_first_name(given):
        return False
    before = _word_before(text, given_end - len(given) - 1)
    return not _capitalised(before) or before.isalpha() and is_first_name(before) and before.lower() not in _NOT_A_MIDDLE_NAME


def _titled_name_before(text: str, start: int) -> bool:
    """Whether the name at ``start`` ends a person's name that a title leads: one to three
    capitalised words before it (no possessive, no comma), the first of them a given name or an
    initial, and a title before that ("Judge Mary Day Coker", "Gen. Robert E. Lee"; not "General
    Motors Detroit plant", where "Motors" is no given name)."""
    words = []
    pos = start
    for _ in range(4):
        word = _word_before(text, pos)
        if text[pos - 1:pos] != " " or not word or not _capitalised(word) or word.endswith(("'s", "’s", ",")):
            return False
        if words and word.lower().rstrip(".") in _PERSON_TITLES:
            return is_first_name(words[-1]) or bool(_INITIAL.fullmatch(words[-1]))
        if word.endswith(".") and not _INITIAL.fullmatch(word):
            return False  # "… Angela Merkel. Germany is …": a sentence ended
        words.append(word)
        pos -= len(word) + 1
        if pos <= 0:
            return False
    return False


def _a_persons_name_in(text: str, surface: str) -> bool:
    """Whether ``surface`` stands somewhere in ``text`` as a person's name: after a given name or
    a title ("John Mbaka", "Chief Mbaka"), or before "said" ("Mbaka said")."""
    for m in re.finditer(rf"(?<!\w){re.escape(surface)}(?!\w)", text):
        before = _word_before(text, m.start())
        if _capitalised(before) and (is_first_name(before) or before.lower().rstrip(".") in _PERSON_TITLES):
            return True
        if _word_after(text, m.end()).lower() in _SAID:
            return True
    return False


def _word_before(text: str, start: int) -> str:
    head = text[max(0, start - 40):start]
    if not head or not head[-1].isspace():
        return ""
    tokens = _TOKEN.findall(head)
    return tokens[-1] if tokens and head.rstrip().endswith(tokens[-1]) else ""


def _word_after(text: str, end: int) -> str:
    tail = text[end:end + 40]
    if not tail or not tail[0].isspace() or "\n" in tail[:1]:
        return ""
    match = _TOKEN.search(tail)
    return match.group().rstrip(".,") if match and not tail[:match.start()].strip() else ""


def _sentence_start(text: str, start: int) -> bool:
    """Whether ``start`` begins a sentence. A period after a title or an initial ("Rev.",
    "Gen.", "J.") does not end a sentence."""
    head = text[max(0, start - 20):max(0, start)]
    if not _SENTENCE_END.search(head):
        return False
    stripped = head.rstrip()
    if stripped.endswith("."):
        words = _TOKEN.findall(stripped)
        last = words[-1].rstrip(".").lower() if words else ""
        if last in TITLES or len(last) == 1 or "." in last:
            return False  # "Rev.", "J.", "J.E.B." do not end a sentence
    return True


_ADJECTIVE_FOLLOWERS = re.compile(
    r"\s+(?!(?:and|or|on|in|at|to|for|from|by|with|of|is|was|are|were|has|had|have|will|said|says|"
    r"after|before|but|as|where|when|while|that|which|who)\b)[a-z][a-z-]+\b")


def _adjectival(text: str, end: int) -> bool:
    """Whether the word after a name is a lower-case noun or adjective it modifies ("Somali
    militants"), or "in ethnicity"-like phrasing, rather than a preposition or verb."""
    return bool(_ADJECTIVE_FOLLOWERS.match(text[end:end + 30])) or bool(
        re.match(r"\s+in\s+ethnicity\b", text[end:end + 20]))


_POLITICAL_WORDS = {"party", "alliance", "coalition", "front", "movement", "league", "congress"}
_POSSESSIVE_OR_POINT = re.compile(r"(?:['’]s)?[.,]*$")


def _name_word_follows(text: str, end: int, words: set[str], reach: int = 60, most: int = 4) -> bool:
    """Whether the capitalised words right after a name include one of ``words``."""
    for word in _TOKEN.findall(text[end:end + reach])[:most]:
        if not word[0].isupper():
            return False
        if _POSSESSIVE_OR_POINT.sub("", word.lower()) in words:
            return True
    return False


def _political_name_follows(text: str, end: int) -> bool:
    """Whether the name is part of a party's or movement's ("Jubilee Party", "United Georgia Movement")."""
    return _name_word_follows(text, end, _POLITICAL_WORDS, reach=40, most=3)


def _organisation_follows(text: str, end: int) -> bool:
    """Whether the capitalised words right after a name include an organisation word
    ("Minsk Automobile Plant", "Georgia Medical Center")."""
    return _name_word_follows(text, end, ORGANISATION_WORDS)


_CAPITALISED_PARTNER = re.compile(r"-[A-Z][a-z]")


def _hyphen_compound(text: str, start: int, end: int) -> bool:
    """Whether the name is one half of a capitalised hyphenated word ("Wal-Mart", "Coca-Cola");
    an acronym partner ("Watertown-ML") or a lower-case one ("Minsk-based") does not count."""
    if start >= 2 and text[start - 1] == "-" and text[start - 2].islower():
        return True  # "Wal-Mart" seen from "Mart"
    return text[end:end + 1] == "-" and _CAPITALISED_PARTNER.match(text, end, end + 30) is not None


_COMPOUND_HEAD = re.compile(r"(?:[A-Z][\w'’]*-)+$")


def _given_name_before_compound(text: str, start: int, end: int) -> bool:
    """Whether a given name or a title stands before the hyphenated word the name is part of
    ("Mario Diaz-Balart", "Aniya Day-Garrett", "Congressman Diaz-Balart"): a double-barrelled
    surname."""
    head = _COMPOUND_HEAD.search(text, max(0, start - 60), start)
    word = _word_before(text, head.start() if head else start)
    lower = word.lower().rstrip(".")
    return _capitalised(word) and lower not in _FUNCTION_HEADS and (is_first_name(word) or lower in TITLES)


_COURT_OF = re.compile(r"\s+Court\s+of\b")
# A town's office or officer after its name: "Carthage Police Chief", "Woodstock Mayor", "Decatur
# City Council" — the name of the town they serve, capitalised for itself.
_ORGANISATION_TITLE_AFTER = re.compile(
    r"\s+(?:Police|Mayor|City\s+Council|Town\s+Council|County\s+Commission|Fire\s+Department|School\s+Board|"
    r"Board\s+of\s+(?:Education|Finance|Selectmen)|Selectmen|First\s+Selectman|Sheriff|Township)\b")
_KIND_WORD_AFTER = re.compile(r"\s+(?:city|town|village|township|county|borough)\b")
# People named after their town, as news writes them: "Charlottesville man talks", "Augusta native
# had", "Chiefland residents" — the word is the place, however common it is as a word
_PEOPLE_OF_THE_PLACE_AFTER = re.compile(
    r"\s+(?:man|woman|men|women|boy|girl|boys|girls|teen|teens|teenager|resident|residents|native|natives|couple|"
    r"family|families|mother|father|student|students|firefighters|voters|businessman|businesswoman)\b")


def _after_a_preposition_of_place_elsewhere(text: str, word: str) -> bool:
    """Whether the article writes ``word`` capitalised right after "in", "at", "near", "from" …"""
    return any(_word_before(text, m.start()).lower() in _PLACE_PREPOSITIONS
               for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text))


def _lowercase_elsewhere(text: str, word: str) -> bool:
    """Whether the article also uses ``word`` as an ordinary lower-case word."""
    return re.search(rf"(?<![\w-]){re.escape(word.lower())}(?![\w-])", text) is not None


def _named_before(text: str, start: int, heads: set[str]) -> bool:
    """Whether the mention follows "<Head> of" with a capitalised head from ``heads``."""
    words = _TOKEN.findall(text[max(0, start - 50):start])
    return (
        len(words) >= 2 and words[-1].lower() == "of" and words[-2][0].isupper()
        and words[-2].lower() in heads
    )

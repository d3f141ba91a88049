import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geomap.errors import InputError
from geomap.pipeline import Geoparser
from geomap.types import Document


@pytest.fixture(scope="module")
def parser(gazetteer):
    return Geoparser(gazetteer)


def test_empty_text_and_text_without_places(parser):
    assert parser.parse("").resolutions == []
    assert parser.parse("nothing here at all, just words.").resolutions == []


def test_given_spans_resolve_exactly_those_spans(parser):
    doc = Document(id="g", text="Riots in Paris and Lyon", spans=((9, 14), (19, 23)))
    res = parser.parse(doc, given_spans=True).resolutions
    assert [(r.mention.start, r.mention.end) for r in res] == [(9, 14), (19, 23)]
    assert all(r.place.country_code == "FR" for r in res)


def test_given_spans_outside_the_text_are_an_input_error(parser):
    with pytest.raises(InputError, match="outside the text"):
        parser.parse(Document(id="g", text="Paris", spans=((3, 99),)), given_spans=True)


def test_jsonl_record_shape(parser):
    record = parser.parse("Workers in Zhodino walked out.", id="d1").to_dict()
    assert record["id"] == "d1"
    (mention,) = record["mentions"]
    for key in ("start", "end", "text", "kind", "geonameid", "name", "country_code", "admin1",
                "feature_code", "lat", "lon", "confidence", "alternates"):
        assert key in mention
    assert mention["text"] == "Zhodino" and mention["geonameid"] == 618800


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300)
       | st.lists(st.sampled_from(["Minsk", "Brest", "’s", "-based", " ", "\u202e", "\x00", "İ", "ß",
                                   "Paris, Texas", "e\u0301", "🙂", "\n", "U.S.", "Ky."]), max_size=40).map("".join))
def test_any_unicode_parses_and_spans_lie_inside_the_text(parser, text):
    for res in parser.parse(text).resolutions:
        m = res.mention
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start:m.end] == m.surface


@st.composite
def _text_with_spans(draw):
    words = ["Bettendorf", "Public", "Library", "North", "London", "River", "the", "St.", "Mark's", "La", "Marina",
             "Fargo", "ND", "&", "and", "Iowa", "’s", "Embassy", "\u202e", "🙂", "e\u0301", "\x00", ",", "9500"]
    text = " ".join(draw(st.lists(st.sampled_from(words), min_size=1, max_size=30)))
    cuts = sorted(draw(st.sets(st.integers(0, len(text)), min_size=2, max_size=8)))
    return text, tuple((a, b) for a, b in zip(cuts[::2], cuts[1::2]) if a < b)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(_text_with_spans())
def test_any_given_spans_come_back_as_given(parser, text_and_spans):
    text, spans = text_and_spans
    res = parser.parse(Document(id="g", text=text, spans=spans), given_spans=True).resolutions
    assert [(r.mention.start, r.mention.end) for r in res] == list(spans)
    assert all(r.place is None or r.place.lat is not None for r in res)


def test_countries_the_articles_are_about_decide_what_the_text_leaves_open(gazetteer):
    # a one-line note with no country in it: Yala, Thailand by size; a Kenya desk means Yala, Kenya
    text = "Rioters raided Yala rice farm and whipped workers."
    assert Geoparser(gazetteer).parse(text).resolutions[0].place.country_code == "TH"
    kenya_desk = Geoparser(gazetteer, about=["ke"])
    assert kenya_desk.parse(text).resolutions[0].place.country_code == "KE"
    # ... but a place the text itself settles stays where it is
    assert kenya_desk.parse("Protesters marched in Minsk.").resolutions[0].place.country_code == "BY"
    # an event in a text naming no place is put at the one country given, as a country-level event
    (event,) = kenya_desk.parse("Students protested over delayed loans.").events
    assert (event.place.place.country_code, event.place.geo_precision) == ("KE", 3)
    assert Geoparser(gazetteer).parse("Students protested over delayed loans.").events[0].place is None


def test_an_unknown_country_code_is_an_input_error(gazetteer):
    with pytest.raises(InputError, match="unknown country code 'XX'"):
        Geoparser(gazetteer, about=["XX"])


def test_min_confidence_replaces_the_weights_threshold(gazetteer):
    text = "Protesters gathered in Portland and Salem on Sunday."
    default = {r.mention.surface: r.place is not None for r in Geoparser(gazetteer).parse(text).resolutions}
    sure = Geoparser(gazetteer, min_confidence=0.99)
    assert default == {"Portland": True, "Salem": True}
    assert {r.mention.surface: r.place is not None for r in sure.parse(text).resolutions} == {"Portland": False, "Salem": True}
    assert sure.weights.min_confidence == 0.99 and sure.weights.proximity == Geoparser(gazetteer).weights.proximity

"""Property tests (hypothesis): whatever the text, records or corpus, reading, parsing, the
FeatureCollection and the map page never raise, and every offset points into its text."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geomap.features import FeatureBuilder
from geomap.pipeline import Geoparser
from geomap.render.page import map_data, page_html
from geomap.text import Skipped, decode_bytes, document_from_text, parse_jsonl_line
from geomap.types import Document
from strategies import raw_lines, records, texts

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@pytest.fixture(scope="module")
def parser(gazetteer) -> Geoparser:
    return Geoparser(gazetteer)


@SETTINGS
@given(st.binary(max_size=2000))
def test_any_bytes_decode_or_are_refused_with_a_reason(data):
    out = decode_bytes(data, "f.txt")
    assert isinstance(out, Skipped) and out.reason or isinstance(out[0], str)


@SETTINGS
@given(raw_lines)
def test_any_jsonl_line_is_a_document_or_a_reason(line):
    out = parse_jsonl_line(line, "c.jsonl:1", "c:1")
    assert isinstance(out, (Document, Skipped))
    if isinstance(out, Document):
        assert isinstance(out.text, str) and isinstance(out.id, str)


@SETTINGS
@given(texts)
def test_parsing_any_text_keeps_every_offset_inside_it(parser, text):
    result = parser.parse(document_from_text(text, "t"))
    for res in result.resolutions:
        assert 0 <= res.mention.start < res.mention.end <= len(text)
        assert text[res.mention.start:res.mention.end] == res.mention.surface
    for event in result.events:
        assert 0 <= event.sentence[0] <= event.trigger[0] < event.trigger[1] <= event.sentence[1] <= len(text)
        assert event.status in ("happened", "called", "planned", "negated", "hypothetical")


@SETTINGS
@given(st.lists(records, min_size=1, max_size=4))
def test_any_corpus_gives_rfc7946_and_a_page(parser, gazetteer, corpus):
    from test_export import _assert_rfc7946

    results = []
    for i, record in enumerate(corpus):
        doc = parse_jsonl_line(json.dumps(record), f"c.jsonl:{i + 1}", f"c:{i + 1}")
        if isinstance(doc, Document):
            results.append(parser.parse(doc))
    for level in ("place", "event"):
        builder = FeatureBuilder(shape_of=gazetteer.shape)
        for result in results:
            builder.add(result)
        collection = json.loads(json.dumps(builder.collection(level, "shape")))
        if collection["features"]:
            _assert_rfc7946(collection)
        else:
            assert collection == {"type": "FeatureCollection", "features": []}
    html = page_html(map_data(results, gazetteer, corpus[0]["text"][:50] or "t"))
    assert html.count("<script type=\"application/json\"") == 1 and "</html>" in html

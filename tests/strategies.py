"""hypothesis strategies shared by the property tests and the fuzz target: arbitrary text,
article records and corpora, biased towards what breaks parsers and pages."""

from __future__ import annotations

import json

from hypothesis import strategies as st

NASTY = ["Minsk", "Zhodino", "Brest", "Belarus", "Kirkwood, Missouri", "Zhodino-based", "Minsk's", "walked out",
         "detained", "on Thursday", "-", ".", "\n", "\r\n", "\r", " ", "\x00", "\u202e", "\u2028", "e\u0301", "İ",
         "🙂", "<script>alert(1)</script>", "</script>", "`${x}`", "{{7*7}}", "'", '"', "\\", "javascript:alert(1)",
         "=SUM(A1)", "\ufeff", "x" * 300]

texts = st.one_of(
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400),
    st.lists(st.sampled_from(NASTY), max_size=40).map("".join),
)
maybe_text = st.one_of(st.none(), texts)
dates = st.one_of(st.none(), st.dates().map(lambda d: d.isoformat()), texts)
urls = st.one_of(st.none(), st.sampled_from(["https://example.org/a?b=1#c", "javascript:alert(1)",
                                             "data:text/html,<b>x</b>", "http://", "//evil", ""]), texts)

records = st.fixed_dictionaries(
    {"text": texts},
    optional={"id": st.one_of(texts, st.integers(), st.none()), "title": maybe_text, "date": dates, "url": urls,
              "source": maybe_text},
)


def jsonl_line(record: dict) -> str:
    return json.dumps(record, ensure_ascii=False)


raw_lines = st.one_of(records.map(jsonl_line), texts, st.just("{"), st.just("[]"), st.just('{"text": 3}'))

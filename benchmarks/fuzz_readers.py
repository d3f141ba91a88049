"""Fuzz the input readers (hypothesis-only, no atheris): random bytes and mutated article files
of every supported type are read through the same entry point the CLI uses; any exception other
than a reported Skipped record is a finding. Run: make fuzz  (or python benchmarks/fuzz_readers.py N)
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from strategies import raw_lines, texts  # noqa: E402

from geomap.text import Document, Skipped, read_inputs  # noqa: E402

SUFFIXES = [".txt", ".md", ".html", ".htm", ".jsonl"]
HTML_BITS = ["<html>", "<head><title>", "</title>", "<script>", "</script>", "<style>", "<p>", "&amp;", "&#x41;",
             "&bogus;", "<!--", "-->", "<![CDATA[", "<svg>", "</", "<", ">", "\x00"]


def content():
    html = st.lists(st.one_of(st.sampled_from(HTML_BITS), texts), max_size=30).map("".join)
    jsonl = st.lists(raw_lines, max_size=8).map("\n".join)
    encodings = st.sampled_from(["utf-8", "utf-16", "cp1251", "latin-1", "utf-8-sig"])
    text = st.tuples(st.one_of(texts, html, jsonl), encodings).map(
        lambda te: te[0].encode(te[1], errors="replace"))
    return st.one_of(st.binary(max_size=4000), text)


def main() -> int:
    examples = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)

        @settings(max_examples=examples, deadline=None, suppress_health_check=list(HealthCheck))
        @given(st.lists(st.tuples(st.sampled_from(SUFFIXES), content()), min_size=1, max_size=4))
        def read_everything(files):
            for old in folder.iterdir():
                old.unlink()
            for i, (suffix, data) in enumerate(files):
                (folder / f"f{i}{suffix}").write_bytes(data)
            for item in read_inputs([folder]):
                assert isinstance(item, (Document, Skipped))
                if isinstance(item, Document):
                    assert isinstance(item.text, str) and 0 <= item.body_start <= len(item.text)

        read_everything()
    print(f"fuzz_readers: {examples} examples, no finding")
    return 0


if __name__ == "__main__":
    sys.exit(main())

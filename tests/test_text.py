import io
import json

from geomap.text import Skipped, document_from_text, html_to_text, parse_dateline, read_documents, read_inputs


def test_dateline_gives_date_source_and_body_offset():
    text = " date 2020-08-14 (Bloomberg) -- Exiled Belarus opposition leader"
    date, source, body = parse_dateline(text)
    assert (date, source) == ("2020-08-14", "Bloomberg")
    assert text[body:].startswith("Exiled")


def test_text_without_dateline_starts_at_zero():
    assert parse_dateline("Protests continued in Minsk.") == (None, None, 0)


def test_offsets_index_the_original_text():
    doc = document_from_text("date 2020-08-14 (AP) -- Workers in Zhodino walked out.", "x")
    start = doc.text.index("Zhodino")
    assert doc.text[start:start + 7] == "Zhodino" and start > doc.body_start


def test_folder_is_read_recursively_with_all_formats(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.md").write_text("Brest.", encoding="utf-8")
    (tmp_path / "one.txt").write_text("\ufeffdate 2020-08-17 (X) -- Minsk.", encoding="utf-8")
    (tmp_path / "page.html").write_text("<title>T</title><p>Hrodna</p>", encoding="utf-8")
    (tmp_path / "many.jsonl").write_text('{"id": "a", "text": "Vilnius"}\n{"text": "Gomel"}\n', encoding="utf-8")
    (tmp_path / "skip.png").write_bytes(b"\x89PNG")
    docs = {d.id: d for d in read_documents([tmp_path])}
    assert set(docs) == {"one", "two", "page", "a", "many:2"}
    assert docs["one"].date == "2020-08-17" and docs["one"].text.startswith("date")
    assert docs["page"].title == "T" and docs["page"].text == "Hrodna"


def test_html_drops_scripts_styles_and_decodes_entities():
    text, title = html_to_text(
        "<html><head><title>A &amp; B</title><style>p{}</style></head>"
        "<body><script>alert('x')</script><p>Protest&nbsp;in <b>Minsk</b></p><p>Second</p></body></html>"
    )
    assert title == "A & B"
    assert "alert" not in text and "p{}" not in text
    assert text == "Protest\u00a0in Minsk\n\nSecond"


def test_jsonl_records_keep_fields_and_given_spans(tmp_path):
    path = tmp_path / "c.jsonl"
    record = {"id": 7, "text": "Riots in Paris", "title": "t", "date": "2020-01-01", "url": "u",
              "toponyms": [{"start": 9, "end": 14, "name": "Paris"}]}
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    (doc,) = read_documents([path])
    assert (doc.id, doc.title, doc.date, doc.url, doc.spans) == ("7", "t", "2020-01-01", "u", ((9, 14),))


def test_bad_jsonl_lines_are_skipped_with_their_line_number(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_text('{"text": "ok"}\n{broken\n{"text": 5}\n[1]\n{"text": "fine"}\n', encoding="utf-8")
    items = list(read_inputs([path]))
    skipped = [i for i in items if isinstance(i, Skipped)]
    assert [s.where for s in skipped] == [f"{path}:2", f"{path}:3", f"{path}:4"]
    assert [d.text for d in items if not isinstance(d, Skipped)] == ["ok", "fine"]


def test_non_utf8_file_is_skipped_not_garbled(tmp_path):
    (tmp_path / "bad.txt").write_bytes("Минск".encode("cp1251"))
    (tmp_path / "good.txt").write_text("Minsk", encoding="utf-8")
    items = list(read_inputs([tmp_path]))
    assert isinstance(items[0], Skipped) and "UTF-8" in items[0].reason
    assert items[1].text == "Minsk"


def test_stdin_text_and_jsonl(monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO("Protests in Brest."))
    (doc,) = read_documents(["-"])
    assert doc.id == "stdin" and doc.text == "Protests in Brest."
    monkeypatch.setattr("sys.stdin", io.StringIO('{"id": "x", "text": "Minsk"}\n'))
    (doc,) = read_documents(["-"])
    assert doc.id == "x"


def test_jsonl_records_the_fast_reader_refuses_are_still_read():
    # a lone surrogate, NaN and a 30-digit number are legal for Python's JSON reader
    from geomap.text import parse_jsonl_line

    doc = parse_jsonl_line('{"id": 123456789012345678901234567890, "text": "Minsk \\ud800", "score": NaN}', "f:1", "f:1")
    assert not isinstance(doc, Skipped)
    assert doc.text == "Minsk \ud800" and doc.id == "123456789012345678901234567890"
    assert isinstance(parse_jsonl_line('{"text": "Minsk",}', "f:2", "f:2"), Skipped)

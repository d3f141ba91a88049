from geomap.text import document_from_text, parse_dateline, read_documents


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


def test_folder_is_read_recursively_in_stable_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.md").write_text("Brest.", encoding="utf-8")
    (tmp_path / "one.txt").write_text("\ufeffdate 2020-08-17 (X) -- Minsk.", encoding="utf-8")
    (tmp_path / "skip.png").write_bytes(b"\x89PNG")
    docs = list(read_documents([tmp_path]))
    assert [d.id for d in docs] == ["two", "one"] or [d.id for d in docs] == ["one", "two"]
    assert {d.id: d.date for d in docs} == {"one": "2020-08-17", "two": None}

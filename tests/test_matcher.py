import pytest

from geomap.matcher import NameMatcher, match_key, trie_cache_path


@pytest.fixture(scope="module")
def matcher(gazetteer):
    return NameMatcher.for_gazetteer(gazetteer)


def _found(matcher, text):
    return [text[s:e] for s, e in matcher.spans(text)]


@pytest.mark.parametrize("text", ["Żodino-based", "İstanbul’s “Minsk”", "a\u00a0b\tc\nd", "ß and ﬁ"])
def test_match_key_keeps_length_so_offsets_stay_valid(text):
    assert len(match_key(text)) == len(text)


def test_longest_name_wins(matcher):
    assert _found(matcher, "Crowds filled New York City and Minsk Region.") == ["New York City", "Minsk Region"]


def test_names_end_on_word_boundaries(matcher):
    # "Minsk" inside "Minskaya" is no match; possessives and -based compounds end the name.
    assert "Minsk" not in _found(matcher, "Minskaya")
    assert _found(matcher, "Minsk's streets and Zhodino-based Belaz") == ["Minsk", "Zhodino"]


def test_lower_case_words_are_not_names(matcher):
    assert _found(matcher, "a mobile phone in reading") == []


def test_all_caps_datelines_are_found(matcher):
    assert _found(matcher, "MINSK (Reuters) -") == ["MINSK"]


def test_trie_is_cached_beside_the_database(gazetteer):
    NameMatcher.for_gazetteer(gazetteer)
    cache = trie_cache_path(gazetteer)
    assert cache.is_file() and cache.stat().st_size > 1_000_000


def test_a_name_with_an_apostrophe_is_found_without_it(matcher):
    # the gazetteer writes Murang'a; Kenyan notes write Muranga
    assert _found(matcher, "teachers protested in Muranga on Monday") == ["Muranga"]


def test_hashtags_and_capitalised_names_come_out_in_text_order(matcher):
    # lower-case hashtags are searched apart from capitalised words; the spans still interleave
    text = "marches from #ferguson to Minsk, then #gaza and Paris; #handle-less text"
    assert [text[s:e] for s, e in matcher.spans(text)] == ["ferguson", "Minsk", "gaza", "Paris"]


def test_a_hyphen_joins_a_name_as_a_space_does(matcher):
    # GeoNames writes "Al Hasakah" and "Guinea-Bissau"; text writes "Al-Hasakah", "Guinea Bissau"
    for text in ("Protests in Al-Hasakah grew.", "Voters in Guinea Bissau queued."):
        assert [text[s:e] for s, e in matcher.spans(text)][-1] in ("Al-Hasakah", "Guinea Bissau")
    text = "Workers at Zhodino-based Belaz walked out."
    assert [text[s:e] for s, e in matcher.spans(text)][0] == "Zhodino"


def test_a_name_after_an_opening_quote_is_found_but_not_inside_a_word(gazetteer):
    # "'Syria pressuring Cyprus …'": a headline quoted; "O'Brien" is no Brien
    from geomap.matcher import NameMatcher
    matcher = NameMatcher.for_gazetteer(gazetteer)
    text = "'Syria pressuring Cyprus' and ‘Minsk’ said Mr O'Brien."
    found = [text[s:e] for s, e in matcher.spans(text)]
    assert "Syria" in found and "Minsk" in found
    assert not any(f.startswith("Brien") for f in found)

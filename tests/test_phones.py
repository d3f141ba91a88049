"""A text's phone numbers as evidence of the region it is about."""

import pytest

from geomap.phones import phone_regions
from geomap.pipeline import Geoparser


@pytest.fixture(scope="module")
def parser(gazetteer):
    return Geoparser(gazetteer)


def test_a_north_american_number_names_its_state_or_province():
    text = "Call London police at 519-661-5670, or the Jordan office at (952) 873-6100."
    assert phone_regions(text) == {("CA", "ON"), ("US", "MN")}


def test_toll_free_made_up_and_non_phone_numbers_name_no_region():
    text = "Call 1-800-222-8477 or 555-555-1212. The 2016-2017 season; ISBN 978-3-16-148410-0."
    assert phone_regions(text) == set()


def test_a_local_papers_phone_number_places_its_bare_town_names(parser):
    # "London police" with Ontario's 519 area code is London, Ontario, not England's capital
    text = "A man died in a stabbing, London police say. Anyone with information should call London police at 519-661-5670."
    res = parser.parse(text).resolutions
    assert [r.place.admin1 for r in res] == ["Ontario", "Ontario"]
    assert "article focus on Ontario (its phone numbers)" in res[0].reasons
    # without the number, the capital of England
    res = parser.parse("A man died in a stabbing, London police say.").resolutions
    assert res[0].place.country_code == "GB"

"""Compass parts of regions ("Northwest Arkansas"), placed at the centre of the region's towns
there (geomap.parts)."""

import pytest

from geomap.gazetteer.store import haversine_km
from geomap.parts import compass_part, part_centre, place_of_part
from geomap.pipeline import Geoparser
from geomap.types import Document, Mention, Place, Resolution


@pytest.fixture(scope="module")
def parser(gazetteer):
    return Geoparser(gazetteer)


def given(parser, text, name):
    start = text.index(name)
    doc = Document(id="d", text=text, spans=((start, start + len(name)),))
    return parser.parse(doc, given_spans=True).resolutions[0]


def test_a_compass_part_of_a_state_lies_in_that_part(parser):
    res = given(parser, "Storms are expected across Northwest Arkansas on Friday.", "Northwest Arkansas")
    # Fayetteville, Springdale, Rogers and Bentonville: the region local news calls so
    assert haversine_km(res.place.lat, res.place.lon, 36.06, -94.16) < 60
    assert res.place.country_code == "US" and res.place.admin1 == "Arkansas"
    assert res.reasons == ("not in the gazetteer: the centre of the towns in that part of Arkansas",)
    # its own id: no other place of the article's is merged with it
    assert res.place.id < 0 and res.place.geonameid is None
    res = given(parser, "Farmers across Southern Illinois lost their crops.", "Southern Illinois")
    assert res.place.lat < 39.0  # Illinois runs from 37.0° to 42.5° north


def test_a_part_too_wide_for_one_point_or_of_no_held_region_gets_none(parser):
    # Queensland's north runs 1,000 km from Cairns to the Gulf: no one point stands for it
    assert given(parser, "Cyclone warnings were issued for North Queensland.", "North Queensland").place is None
    # "Mara" is a Tanzanian region, but the name is "Jabbal Mara"
    assert given(parser, "Violence spread in East Jabbal Mara, Sudan.", "East Jabbal Mara").place is None


def test_compass_words():
    assert compass_part("North-Eastern Nigeria") == (1, 1)
    assert compass_part("Eastern Ukraine") == (0, 1)
    assert compass_part("Middle Tennessee") == (0, 0)
    assert compass_part("Northampton") is None and compass_part("West") is None


def test_the_part_centre_is_the_towns_there_weighted_by_people():
    towns = [(0.0, 0.0, 100), (0.0, 1.0, 100), (1.0, 0.0, 100), (9.0, 0.0, 10_000), (9.0, 1.0, 100), (10.0, 0.0, 100)]
    lat, lon = part_centre(towns, (1, 0))
    assert 9.0 <= lat < 9.5 and lon < 0.5  # the city counts for more, not alone
    assert part_centre(towns[:2], (1, 0)) is None  # too few towns to say where


def test_a_part_needs_the_region_resolved_surely():
    arkansas = Place(7, 4099753, "Arkansas", "admin1", "A", "ADM1", "US", "Arkansas", None, 3_000_000, 34.9, -92.4)
    span = Mention(0, 18, "Northwest Arkansas")
    unsure = [Resolution(Mention(10, 18, "Arkansas"), arkansas, 0.3)]
    towns = [(36.0 + i / 10, -94.0 - i / 10, 1000) for i in range(5)] + [(33.0, -91.0, 1000)] * 5
    assert place_of_part(span, unsure, lambda _: towns) is None
    sure = [Resolution(Mention(10, 18, "Arkansas"), arkansas, 0.95)]
    assert place_of_part(span, sure, lambda _: towns).place.name == "Northwest Arkansas"

"""A given span the gazetteer lacks, put at the town written in it (geomap.landmarks)."""

from __future__ import annotations

import pytest

from geomap.landmarks import place_in_name
from geomap.pipeline import Geoparser
from geomap.types import Document, Mention, Place, Resolution

BETTENDORF = Place(1, 1, "Bettendorf", "city", "P", "PPL", "US", "IA", "163", 39_000, 41.52, -90.52)
SCOTT_COUNTY = Place(2, 2, "Scott County", "admin2", "A", "ADM2", "US", "IA", "163", 174_000, 41.64, -90.62)
IOWA = Place(3, 3, "Iowa", "admin1", "A", "ADM1", "US", "IA", None, 3_190_000, 42.0, -93.5)
KANSAS = Place(4, 4, "Kansas", "admin1", "A", "ADM1", "US", "KS", None, 2_900_000, 38.5, -98.0)
USA = Place(6, 6, "United States", "country", "A", "PCLI", "US", None, None, 327_000_000, 39.8, -98.5)
FAR_TOWN = Place(5, 5, "Fairfax", "city", "P", "PPL", "US", "VA", "059", 24_000, 38.85, -77.3)


def _at(span: str, name: str, place: Place | None, confidence: float = 0.9, kind: str = "embedded") -> Resolution:
    start = span.index(name)
    return Resolution(Mention(start, start + len(name), name, kind), place, confidence)


def _landmark(span: str, *inner: Resolution) -> Resolution | None:
    return place_in_name(Mention(0, len(span), span), inner)


@pytest.mark.parametrize("span", [
    "Bettendorf Public Library", "the Bettendorf Public Library", "North Bettendorf", "Town of Bettendorf",
    "Greater Bettendorf", "Bettendorf Municipal Airport",
])
def test_an_institution_or_a_part_of_a_town_is_put_at_the_town(span):
    res = _landmark(span, _at(span, "Bettendorf", BETTENDORF))
    assert res.place == BETTENDORF
    assert res.mention.surface == span
    assert res.confidence == pytest.approx(0.81)
    assert "written in it" in res.reasons[0]


@pytest.mark.parametrize("span", [
    "Bettendorf River", "Lake Bettendorf", "Bettendorf Bay", "Bettendorf Mountains", "Bettendorf Road",
    "Bettendorf Embassy", "Bettendorf and Davenport Railway", "9500 Bettendorf Road",
])
def test_waters_mountains_streets_and_embassies_are_not_at_the_town(span):
    assert _landmark(span, _at(span, "Bettendorf", BETTENDORF)) is None


def test_a_patron_saint_a_town_named_after_water_or_a_foreign_article_is_no_town():
    span = "St. Mark's Cathedral"
    assert _landmark(span, _at(span, "St. Mark's", BETTENDORF)) is None
    span = "Indian River Marina"
    assert _landmark(span, _at(span, "Indian River", BETTENDORF)) is None
    span = "La Marina"
    assert _landmark(span, _at(span, "Marina", BETTENDORF, kind="literal")) is None


def test_a_region_or_country_names_no_landmark_but_stands_for_itself_bare():
    span = "University of Iowa"
    assert _landmark(span, _at(span, "Iowa", IOWA)) is None
    span = "Iowa's"
    assert _landmark(span, _at(span, "Iowa", IOWA, kind="literal")).place == IOWA
    span = "US-131"
    assert _landmark(span, _at(span, "US", USA, kind="literal")) is None  # a road number is no bare name
    assert _landmark("US's", _at("US's", "US", USA, kind="literal")).place == USA


def test_a_larger_place_beside_the_town_must_hold_it():
    span = "Bettendorf, Iowa Jail"
    assert _landmark(span, _at(span, "Bettendorf", BETTENDORF), _at(span, "Iowa", IOWA)).place == BETTENDORF
    span = "Bettendorf Kansas Jail"
    assert _landmark(span, _at(span, "Bettendorf", BETTENDORF), _at(span, "Kansas", KANSAS)) is None


def test_the_town_before_its_county_and_two_far_apart_places_give_none():
    span = "Bettendorf Scott County Museum"
    res = _landmark(span, _at(span, "Bettendorf", BETTENDORF, 0.7), _at(span, "Scott County", SCOTT_COUNTY))
    assert res.place == BETTENDORF
    span = "Bettendorf-Fairfax Metro"
    assert _landmark(span, _at(span, "Bettendorf", BETTENDORF), _at(span, "Fairfax", FAR_TOWN)) is None


def test_an_unsure_town_a_demonym_or_nothing_placed_gives_none():
    span = "Bettendorf Public Library"
    assert _landmark(span, _at(span, "Bettendorf", BETTENDORF, 0.4)) is None
    assert _landmark(span, _at(span, "Bettendorf", None)) is None
    assert _landmark(span, _at(span, "Bettendorf", BETTENDORF, kind="demonym")) is None


@pytest.fixture(scope="module")
def parser(gazetteer):
    return Geoparser(gazetteer)


def test_given_spans_put_a_library_at_its_town_and_leave_a_river_alone(parser):
    text = "The Bettendorf Public Library in Iowa reopened. Boats sat idle on the Cumberland River."
    spans = ((4, 29), (70, 86))
    res = parser.parse(Document(id="d", text=text, spans=spans), given_spans=True).resolutions
    assert [(r.mention.start, r.mention.end) for r in res] == list(spans)
    library, river = res
    assert (library.place.name, library.place.admin1) == ("Bettendorf", "Iowa")
    assert river.place is None

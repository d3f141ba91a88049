"""geomap.geocoder.BundledGazetteer honours geopy's Geocoder contract."""

from geopy.geocoders.base import Geocoder
from geopy.location import Location
from geopy.point import Point

from geomap.geocoder import BundledGazetteer


def test_is_a_geopy_geocoder(gazetteer):
    assert isinstance(BundledGazetteer(gazetteer), Geocoder)


def test_geocode_returns_a_location_with_raw_data(gazetteer):
    location = BundledGazetteer(gazetteer).geocode("Zhodino")
    assert isinstance(location, Location)
    assert location.raw["geonameid"] == 618800
    assert abs(location.latitude - 54.0985) < 0.01 and abs(location.longitude - 28.3331) < 0.01
    assert "Belarus" in location.address


def test_geocode_all_and_country_codes(gazetteer):
    geocoder = BundledGazetteer(gazetteer)
    several = geocoder.geocode("Paris", exactly_one=False, limit=3)
    assert isinstance(several, list) and len(several) == 3
    texas = geocoder.geocode("Paris", country_codes="us")
    assert texas.raw["geonameid"] == 4717560
    assert geocoder.geocode("Paris", country_codes=["US", "FR"]).raw["country_code"] == "FR"


def test_geocode_nothing_is_none(gazetteer):
    assert BundledGazetteer(gazetteer).geocode("Qwxzvvbnm") is None


def test_reverse_accepts_geopy_point_forms(gazetteer):
    geocoder = BundledGazetteer(gazetteer)
    for query in (Point(53.90, 27.5667), (53.90, 27.5667), "53.90, 27.5667"):
        location = geocoder.reverse(query)
        assert isinstance(location, Location)
        assert location.raw["geonameid"] == 625144
        assert location.raw["distance_km"] < 1


def test_reverse_in_the_middle_of_the_ocean_still_names_the_nearest_place(gazetteer):
    location = BundledGazetteer(gazetteer).reverse((0.0, -140.0))
    assert location is not None and location.raw["distance_km"] > 500

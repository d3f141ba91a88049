"""United States post-office towns (PyPI ``zipcodes``) as places: which are added, where, named how."""

from geomap.gazetteer.us_postal import build_postal_towns, county_key, written_name


def _zip(code, city, state, lat, lon, county="Litchfield County", kind="STANDARD"):
    return {"zip_code": code, "zip_code_type": kind, "city": city, "state": state, "county": county,
            "lat": str(lat), "long": str(lon)}


RECORDS = [
    _zip("06791", "Harwinton", "CT", 41.77, -73.07),
    _zip("06790", "Torrington", "CT", 41.81, -73.12),  # held already, 2 km away
    _zip("78861", "Hondo", "TX", 29.35, -99.14, county="Medina County"),
    _zip("78063", "Medina", "TX", 29.80, -99.25, county="Bandera County"),  # a word, but a US town's name
    _zip("99999", "Energy", "IL", 37.77, -89.02, county="Williamson County"),  # a word, no town's name
    _zip("68752", "Meadow Grove", "NE", 42.01, -97.73, county="Madison County"),  # words, but no phrase of running text
    _zip("65701", "Mc Clurg", "MO", 36.94, -92.79, county="Taney County"),
    _zip("65702", "Mc Clurg", "MO", 36.92, -92.83, county="Taney County", kind="PO BOX"),
    _zip("09001", "Apo", "AE", 50.0, 8.0, kind="MILITARY"),
    _zip("00601", "Adjuntas", "PR", 18.16, -66.72, county="Adjuntas Municipio"),  # a territory
    _zip("20500", "Washington", "DC", 38.90, -77.04, kind="UNIQUE"),  # one building
    _zip("06799", "Nowhere", "CT", "", ""),  # no point
]
KNOWN = {"torrington": [(41.80, -73.12)], "medina": [(41.14, -81.86)], "hondo": [(34.88, -116.33)]}
STATES = {"CT": "Connecticut", "NE": "Nebraska", "TX": "Texas", "IL": "Illinois", "MO": "Missouri", "PR": "Puerto Rico"}
COUNTIES = {("CT", county_key("Litchfield County")): ("005", "Litchfield County"),
            ("TX", county_key("Bandera County")): ("019", "Bandera County")}


def _towns(records=RECORDS, known=None):
    ids = iter(range(-1, -100, -1))
    known = {k: list(v) for k, v in (KNOWN if known is None else known).items()}
    return {p.name: p for p in build_postal_towns(records, known, STATES, COUNTIES, lambda: next(ids), "zipcodes test")}


def test_a_post_office_town_the_gazetteer_lacks_becomes_a_us_town_in_its_state_and_county():
    harwinton = _towns()["Harwinton"]
    assert (harwinton.kind, harwinton.feature_code, harwinton.country_code) == ("city", "PPL", "US")
    assert (harwinton.admin1_code, harwinton.admin1, harwinton.admin2_code, harwinton.admin2) == (
        "CT", "Connecticut", "005", "Litchfield County")
    assert (harwinton.lat, harwinton.lon) == (41.77, -73.07)
    assert harwinton.population == 0 and harwinton.geonameid is None and harwinton.id < 0


def test_a_town_already_held_nearby_is_not_added_twice():
    towns = _towns()
    assert "Torrington" not in towns
    # a namesake held far away (Hondo, California) is another town: Hondo, Texas is added
    assert towns["Hondo"].admin1 == "Texas"


def test_an_everyday_word_is_a_town_only_when_it_already_names_us_towns():
    towns = _towns()
    assert "Energy" not in towns
    assert towns["Medina"].admin2 == "Bandera County"  # "Medina" names Medina, Ohio already
    assert "Meadow Grove" in towns


def test_usps_spellings_become_written_ones_and_codes_of_one_town_are_one_place():
    towns = _towns()
    assert "Mc Clurg" not in towns
    mcclurg = towns["McClurg"]
    assert 36.92 < mcclurg.lat < 36.94 and -92.83 < mcclurg.lon < -92.79  # the mean of its two codes
    assert mcclurg.point_source.startswith("mean of its 2 ZIP code point(s)")
    assert written_name("Mac Arthur") == "MacArthur"


def test_military_single_building_territory_and_pointless_codes_are_left_out():
    towns = _towns()
    assert not {"Apo", "Adjuntas", "Washington", "Nowhere"} & set(towns)


def test_county_keys_match_however_the_saint_is_written():
    assert county_key("St. Louis County") == county_key("Saint Louis County")
    assert county_key("DeKalb County") == county_key("De Kalb County")

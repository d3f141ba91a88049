"""Kenya's wards and constituencies (npm ``kenya``) as places: names, wholes, filters, populations."""

import json

from geomap.gazetteer.local_units import build_local_units, county_key, read_kenya_units


def _package(tmp_path, constituencies):
    folder = tmp_path / "kenya"
    (folder / "dist" / "json").mkdir(parents=True)
    counties = [{"code": "47", "name": "NAIROBI CITY",
                 "constituencies": [{"code": c["code"], "name": c["name"]} for c in constituencies]}]
    (folder / "dist" / "json" / "kenyacounties.json").write_text(json.dumps(counties))
    voters = [{"code": c["code"], "name": c["name"], "registered_voters": c.pop("voters")} for c in constituencies]
    (folder / "dist" / "json" / "constituencies.json").write_text(json.dumps(voters))
    (folder / "dist" / "json" / "kenyaconstituencies.json").write_text(json.dumps(constituencies))
    return folder


def _ward(name, lat, lon):
    return {"code": name, "name": name, "center": {"lat": lat, "lon": lon}}


CONSTITUENCIES = [
    {"code": "280", "name": "KAMUKUNJI", "center": {"lat": -1.28, "lon": 36.85}, "voters": 100_000,
     "wards": [_ward("EASTLEIGH NORTH", -1.27, 36.85), _ward("EASTLEIGH SOUTH", -1.28, 36.86),
               _ward("AIRBASE", -1.30, 36.87), _ward("PUMWANI/MAJENGO", -1.29, 36.84)]},
    {"code": "281", "name": "LANGATA", "center": {"lat": -1.35, "lon": 36.76}, "voters": 50_000,
     "wards": [_ward("HOSPITAL", -1.31, 36.80), _ward("NAIROBI WEST", -1.31, 36.82)]},
    {"code": "999", "name": "PRISONS", "center": {}, "voters": 10, "wards": []},  # no centre: skipped
]


def _places(tmp_path, known=None):
    folder = _package(tmp_path, json.loads(json.dumps(CONSTITUENCIES)))
    ids = iter(range(-1, -100, -1))
    places = list(build_local_units(folder, {county_key("Nairobi City"): ("05", "Nairobi City")}, known or {},
                                    lambda: next(ids), country_population=1_500_000))
    return {p.name: p for p in places}


def test_wards_and_constituencies_become_kenyan_places(tmp_path):
    places = _places(tmp_path)
    assert places["Kamukunji"].feature_code == "ADMD" and places["Airbase"].feature_code == "ADM3"
    assert all(p.country_code == "KE" and p.admin1 == "Nairobi City" and p.kind == "city" for p in places.values())
    assert "Prisons" not in places


def test_a_ward_written_with_a_slash_has_both_names(tmp_path):
    pumwani = _places(tmp_path)["Pumwani"]
    assert ("Majengo", "alt") in pumwani.names


def test_a_name_written_in_parts_gives_the_whole(tmp_path):
    # people write "Eastleigh"; the wards are "Eastleigh North" and "Eastleigh South"
    places = _places(tmp_path)
    eastleigh = places["Eastleigh"]
    assert -1.28 < eastleigh.lat < -1.27 and 36.85 < eastleigh.lon < 36.86
    assert "Eastleigh North" in places
    assert "Nairobi" not in places  # one part ("Nairobi West") makes no whole


def test_everyday_words_and_places_already_held_are_skipped(tmp_path):
    places = _places(tmp_path, known={"airbase": [(-1.31, 36.88)]})
    assert "Hospital" not in places  # a word first
    assert "Airbase" not in places  # the gazetteer already holds it nearby


def test_populations_are_estimated_from_registered_voters(tmp_path):
    places = _places(tmp_path)
    # 150,000 voters stand for 1.5 million people: Kamukunji's 100,000 for a million,
    # each of its four wards a quarter of that
    assert places["Kamukunji"].population == 1_000_000
    assert places["Airbase"].population == 250_000
    assert places["Eastleigh"].population == 500_000


def test_read_kenya_units_gives_each_unit_its_county(tmp_path):
    units = read_kenya_units(_package(tmp_path, json.loads(json.dumps(CONSTITUENCIES))))
    assert {u.county for u in units} == {"NAIROBI CITY"}
    assert next(u.names for u in units if u.feature_code == "ADM3") == ["Eastleigh North"]


def test_an_alias_of_a_local_unit_is_skipped_when_the_package_is_absent():
    from geomap.gazetteer.recipe import _resolve_targets, _Sources

    state = _Sources()
    assert list(_resolve_targets([("Kibera", "local:KE:Kibra")], state, "alt", strict=True)) == []
    state.local_ids[("KE", "kibra")] = -7
    assert list(_resolve_targets([("Kibera", "local:KE:Kibra")], state, "alt", strict=True)) == [("Kibera", -7, "alt")]


def test_a_constituency_named_like_a_town_already_held_is_that_town_however_far(tmp_path):
    # a large rural constituency's centre lies far from the town it is named after
    places = _places(tmp_path, known={"kamukunji": [(-2.5, 37.5)], "eastleigh": [(-3.0, 38.0)]})
    assert "Kamukunji" not in places  # constituency: the town is meant
    assert "Eastleigh" not in places  # a whole made from parts: likewise
    assert "Eastleigh North" in places  # its wards stay

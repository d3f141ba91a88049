"""The user corrections file (--places) wins over the gazetteer."""

import json

import pytest

from geomap.cli import main
from geomap.errors import InputError
from geomap.pipeline import Geoparser

CSV = """# corrections for the Belarus coverage
name,action,geonameid,lat,lon,country_code,admin1,note
Belaz,pin,618800,,,,,the BelAZ plant is in Zhodino
Okrestina,add,,53.8617,27.4750,BY,Minsk City,detention centre
Minsk,ignore,,,,,,(only to show ignore)
Kelley Lane,ignore,,,,,,a street the desk does not map
Tahrir Square,add,,30.0444,31.2357,EG,Cairo,the square itself
Chinatown,add,,40.7158,-73.9970,US,New York,the desk's Chinatown
"""


@pytest.fixture()
def corrections(tmp_path):
    path = tmp_path / "places.csv"
    path.write_text(CSV, encoding="utf-8")
    return path


def test_pin_add_and_ignore(gazetteer, corrections):
    parser = Geoparser(gazetteer, corrections_path=corrections)
    res = parser.parse("Workers at Belaz struck; detainees left Okrestina in Minsk.").resolutions
    picked = {r.mention.surface: r.place for r in res}
    assert picked["Belaz"].geonameid == 618800
    assert (picked["Okrestina"].lat, picked["Okrestina"].country_code, picked["Okrestina"].geonameid) == (53.8617, "BY", None)
    assert "Minsk" not in picked
    # streets too: ignored, or given their own point
    res = parser.parse("Crowds left Kelley Lane for Tahrir Square.").resolutions
    picked = {r.mention.surface: r.place for r in res}
    assert "Kelley Lane" not in picked
    assert (picked["Tahrir Square"].lat, picked["Tahrir Square"].country_code) == (30.0444, "EG")
    # a part every town has, which the parser otherwise never places by name, takes the user's point
    chinatown = {r.mention.surface: r.place for r in parser.parse("Vendors in Chinatown closed early.").resolutions}
    assert chinatown["Chinatown"].lat == 40.7158


def test_cli_places_option(runner, gazetteer, corrections, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Workers at Belaz walked out.", encoding="utf-8")
    result = runner.invoke(main, ["places", str(article), "--format", "jsonl", "--places", str(corrections)])
    (mention,) = json.loads(result.stdout)["mentions"]
    assert (mention["text"], mention["geonameid"]) == ("Belaz", 618800)


@pytest.mark.parametrize(
    ("row", "message"),
    [("X,move,,,,,,", "action must be one of"), ("X,add,,53,,,,", "both lat"),
     ("X,add,,53,27,,,", "country_code"), ("X,pin,999999999,,,,,", "not in the gazetteer"),
     (",pin,618800,,,,,", "empty name")],
)
def test_bad_rows_name_their_line(gazetteer, tmp_path, row, message):
    path = tmp_path / "bad.csv"
    path.write_text("name,action,geonameid,lat,lon,country_code,admin1,note\n" + row + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=message) as info:
        Geoparser(gazetteer, corrections_path=path)
    assert f"{path}:2" in str(info.value)


YAML = """# the same corrections, as YAML
- {name: Belaz, action: pin, geonameid: 618800, note: "the BelAZ plant is in Zhodino"}
- name: Okrestina
  action: add
  lat: 53.8617
  lon: 27.4750
  country_code: BY
  admin1: Minsk City
- {name: Minsk, action: ignore}
- {name: Bergen Harbour, action: add, lat: 60.397, lon: 5.322, country_code: NO}
"""


def test_a_yaml_file_corrects_like_the_csv(gazetteer, tmp_path):
    path = tmp_path / "places.yaml"
    path.write_text(YAML, encoding="utf-8")
    parser = Geoparser(gazetteer, corrections_path=path)
    picked = {r.mention.surface: r.place for r in parser.parse(
        "Workers at Belaz struck; detainees left Okrestina in Minsk. Boats left Bergen Harbour.").resolutions}
    assert picked["Belaz"].geonameid == 618800
    assert (picked["Okrestina"].lat, picked["Okrestina"].admin1) == (53.8617, "Minsk City")
    assert "Minsk" not in picked
    assert picked["Bergen Harbour"].country_code == "NO"  # Norway's code, not YAML's false


@pytest.mark.parametrize(
    ("text", "message", "line"),
    [("- {name: X, action: move}\n", "action must be one of", 1),
     ("- {name: Belaz, action: pin, geonameid: 618800}\n- name: X\n  action: add\n  lat: 53\n", "both lat", 2),
     ("- {name: X, action: add, lat: [1, 2]}\n", "single value", 1),
     ("name: X\naction: pin\n", "list of entries", None),
     ("- {name: X, action: pin\n", "not valid YAML", 2)],
)
def test_bad_yaml_entries_name_their_line(gazetteer, tmp_path, text, message, line):
    path = tmp_path / "bad.yml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError, match=message) as info:
        Geoparser(gazetteer, corrections_path=path)
    if line is not None:
        assert f"{path}:{line}" in str(info.value)


def test_a_bad_csv_row_after_comments_names_its_own_line(gazetteer, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("# desk corrections\nname,action\n\n# next: a typo\nX,move\n", encoding="utf-8")
    with pytest.raises(InputError, match="action must be one of") as info:
        Geoparser(gazetteer, corrections_path=path)
    assert f"{path}:5:" in str(info.value)

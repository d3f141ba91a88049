"""Shared fixtures: the bundled gazetteer (built once per machine, then cached) and a CLI runner."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from geomap.gazetteer import Gazetteer

FIXTURES = Path(__file__).parent / "fixtures"
SHARED = Path(__file__).resolve().parents[2] / "shared"


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    """The bundled gazetteer; the first run on a machine builds it (about 20 s)."""
    return Gazetteer.open()


@pytest.fixture()
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture()
def geonames_dump(tmp_path: Path):
    """Make a GeoNames dump folder from the trimmed fixture: ``cities500.zip`` or
    ``allCountries.zip`` (cities plus country, region and continent rows)."""

    def make(table: str = "cities500", alternate_names: bool = True) -> Path:
        src = FIXTURES / "geonames"
        folder = tmp_path / f"dump-{table}"
        folder.mkdir()
        for name in ("countryInfo.txt", "admin1CodesASCII.txt", "admin2Codes.txt"):
            shutil.copy(src / name, folder / name)
        rows = (src / "cities500.txt").read_text(encoding="utf-8")
        if table == "allCountries":
            rows += (src / "allCountries_extra.txt").read_text(encoding="utf-8")
        with zipfile.ZipFile(folder / f"{table}.zip", "w") as archive:
            archive.writestr(f"{table}.txt", rows)
        if alternate_names:
            with zipfile.ZipFile(folder / "alternateNamesV2.zip", "w") as archive:
                archive.write(src / "alternateNamesV2.txt", "alternateNamesV2.txt")
        return folder

    return make

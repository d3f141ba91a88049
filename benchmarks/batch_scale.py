"""Batch geoparsing at archive scale: `geomap batch --engine local` beside `--engine dask`
(a LocalCluster, one worker process per core) on 1k, 10k and 100k articles, in one run.

The corpora repeat the dev files of ../shared/eval (news, tweets and wiki text, shuffled once with
a fixed seed so that every size has the same mix), each copy's text made distinct (a numbered
sentence appended) so that nothing collapses as a duplicate. Time is wall
clock for the whole command, start-up and gazetteer loading included; memory is the peak summed
RSS of the command's process tree (the client plus Dask's scheduler, nanny and worker processes),
sampled every 0.2 s.

Usage: python benchmarks/batch_scale.py [SIZES...]     (default: 1000 10000 100000)
Writes benchmarks/results/batch_scale.json.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

from corpora import EVAL, write_corpus

HERE = Path(__file__).resolve().parent
GEOMAP = str(Path(sys.executable).parent / "geomap")


def run(command: list[str]) -> tuple[float, float]:
    start = time.perf_counter()
    process = psutil.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    peak = 0
    while process.poll() is None:
        try:
            procs = [process] + process.children(recursive=True)
            peak = max(peak, sum(p.memory_info().rss for p in procs if p.is_running()))
        except psutil.Error:
            pass
        time.sleep(0.2)
    if process.returncode != 0:
        raise SystemExit(f"failed ({process.returncode}): {' '.join(command)}")
    return time.perf_counter() - start, peak / 1e6


def main() -> int:
    if not EVAL.is_dir():
        print(f"skipped: {EVAL} not present", file=sys.stderr)
        return 0
    sizes = [int(s) for s in sys.argv[1:]] or [1000, 10000, 100000]
    results = {"cores": os.cpu_count(), "runs": []}
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes:
            corpus = Path(tmp) / f"corpus-{size}.jsonl"
            write_corpus(corpus, size)
            row = {"articles": size}
            for engine in ("local", "dask"):
                out = Path(tmp) / f"out-{engine}-{size}"
                wall, peak = run([GEOMAP, "batch", str(corpus), "-o", str(out), "--engine", engine])
                row[engine] = {"wall_s": round(wall, 1), "docs_per_s": round(size / wall, 1), "peak_rss_mb": round(peak)}
                print(f"{size:>7} articles  {engine:5}  {wall:7.1f} s  {size / wall:7.1f} docs/s  peak {peak:6.0f} MB", flush=True)
            row["speedup"] = round(row["local"]["wall_s"] / row["dask"]["wall_s"], 2)
            results["runs"].append(row)
            corpus.unlink()
    runs = results["runs"]
    if len(runs) > 1:
        first, last = runs[0], runs[-1]
        for engine in ("local", "dask"):
            # time per article at the largest size relative to the smallest: 1.0 = linear
            results[f"{engine}_per_article_growth"] = round(
                (last[engine]["wall_s"] / last["articles"]) / (first[engine]["wall_s"] / first["articles"]), 2)
    (HERE / "results").mkdir(exist_ok=True)
    (HERE / "results" / "batch_scale.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    for row in runs:
        print(f"{row['articles']:>7} articles: dask speed-up {row['speedup']}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())

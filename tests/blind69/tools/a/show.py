#!/usr/bin/env python3
"""Print articles with their annotation, for the second reading pass (blind68 A): python3 show.py 5040 5041 ..."""
import json, sys
from pathlib import Path
ROOT = Path(__file__).resolve().parent.parent
g = json.loads((ROOT / "gold.json").read_text(encoding="utf-8"))["articles"]
for key in sys.argv[1:]:
    f = next(x for x in g if x.startswith(key))
    a = g[f]
    print("=" * 30, f, a["published"])
    print((ROOT / "articles" / f).read_text(encoding="utf-8"))
    print("-- entities:", "; ".join(f"{e['name']} [{e['type'][:3]}]" for e in a["entities"]))
    for c in a["calls"]:
        print(f"-- {c['id']} {c['event']} {c['participants']} caller={c['caller']} date={c['date']} "
              f"{c['status']} req={c['required']}")
    for r in a["reported_by"]:
        print(f"-- rb {r['call']} {r['outlet']} req={r['required']}")

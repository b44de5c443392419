#!/usr/bin/env python3
"""Write the graph a perfect builder would produce from gold.json (one node per event, with
its callers), to check that the annotation scores 1.0 with score.py.

    python3 gold_to_ttl.py perfect.ttl
    python3 /work/shared/eval/score.py perfect.ttl --gold ../gold.json
"""
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
gold = json.loads((ROOT / "gold.json").read_text(encoding="utf-8"))


def iri(kind, name):
    return f"<http://example.org/blind/{kind}/{re.sub(r'[^A-Za-z0-9]+', '_', name)}>"


def lit(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


lines = ["@prefix kg: <http://example.org/kg#> .", "@prefix schema: <https://schema.org/> .",
         "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .",
         "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .",
         "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .", ""]
ents = {}
aliases = defaultdict(set)
ev = defaultdict(lambda: {"parts": set(), "arts": set(), "date": None, "status": None, "callers": set(),
                          "outlets": set()})
for f, a in gold["articles"].items():
    for e in a["entities"]:
        ents[e["name"]] = e["type"]
        aliases[e["name"]].update(e["aliases"])
    calls = {c["id"]: c for c in a["calls"]}
    for c in a["calls"]:
        x = ev[c["event"]]
        x["parts"] |= set(c["participants"])
        x["arts"].add(f)
        x["date"] = x["date"] or c["date"]
        x["status"] = x["status"] or c["status"]
        if c["caller"]:
            x["callers"].add(c["caller"])
    for r in a["reported_by"]:
        ev[calls[r["call"]]["event"]]["outlets"].add(r["outlet"])
for name, typ in ents.items():
    cls = {"Leader": "kg:Leader", "Person": "kg:Person", "Outlet": "kg:Outlet", "Country": "kg:Country",
           "Organization": "kg:Organization"}[typ]
    lines.append(f"{iri('e', name)} a {cls} ; rdfs:label {lit(name)} .")
    for al in sorted(aliases[name]):
        lines.append(f"{iri('e', name)} skos:altLabel {lit(al)} .")
for f in gold["articles"]:
    lines.append(f"{iri('a', f)} schema:identifier {lit(f)} .")
for eid, x in ev.items():
    n = iri("c", eid)
    lines.append(f"{n} a kg:Call ; kg:status kg:{x['status'].capitalize()} .")
    for p in sorted(x["parts"]):
        lines.append(f"{n} kg:participant {iri('e', p)} .")
    if x["date"]:
        lines.append(f'{n} schema:startDate "{x["date"]}"^^xsd:date .')
    for c in sorted(x["callers"]):
        lines.append(f"{n} kg:caller {iri('e', c)} .")
    for o in sorted(x["outlets"]):
        lines.append(f"{n} kg:reportedBy {iri('e', o)} .")
    for f in sorted(x["arts"]):
        lines.append(f"{iri('a', f)} schema:mentions {n} .")
    if x["status"] == "occurred":
        ls = sorted(p for p in x["parts"] if ents[p] == "Leader")
        for i in range(len(ls)):
            for j in range(i + 1, len(ls)):
                lines.append(f"{iri('e', ls[i])} kg:called {iri('e', ls[j])} .")
Path(sys.argv[1]).write_text("\n".join(lines) + "\n", encoding="utf-8")
print("wrote", sys.argv[1])

#!/usr/bin/env python3
"""Consistency checks for part A of blind68: run `python3 check.py` from anywhere.

- gold.json parses; every article file has a metadata row and a gold entry, and vice versa;
  the gold's publication date equals the metadata's
- every alias occurs verbatim (as a whole word) in its article; every entity name or one of its
  aliases occurs in the article
- every participant is a Leader/Person entity of the article, every caller a participant, every
  reported-by outlet an Outlet entity of the article, every reported-by call id exists
- one type per name over the set; no alias claimed by two names (reported, not fatal)
- each cross-article event has one date and one status
- scorer pitfalls: within one article, two required occurred events whose participant sets share
  two people (the scorer cannot tell such calls apart); any event (planned ones included) that shares
  two participants and an article with two required occurred events (score.py counts it as over-merged)
Prints the counts used in README.md.
"""
import csv
import datetime as dt
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ART = ROOT / "articles"
errors = []


def err(msg):
    errors.append(msg)


def occurs(form, text):
    return re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text) is not None


gold = json.loads((ROOT / "gold.json").read_text(encoding="utf-8"))
arts = gold["articles"]
meta = {r["file"]: r for r in csv.DictReader(open(ART / "metadata.csv", encoding="utf-8"))}
files = {p.name for p in ART.glob("*.txt")}
for f in files - set(meta):
    err(f"{f}: no metadata row")
for f in set(meta) - files:
    err(f"metadata row for missing file {f}")
for f in files ^ set(arts):
    err(f"{f}: file/gold mismatch")

types = {}
alias_owner = defaultdict(set)
events = defaultdict(list)
for f, a in sorted(arts.items()):
    text = (ART / f).read_text(encoding="utf-8")
    if meta.get(f, {}).get("published") != a["published"]:
        err(f"{f}: published {a['published']} != metadata {meta.get(f, {}).get('published')}")
    ents = {}
    for e in a["entities"]:
        if e["name"] in ents:
            err(f"{f}: duplicate entity {e['name']}")
        ents[e["name"]] = e["type"]
        if types.setdefault(e["name"], e["type"]) != e["type"]:
            err(f"{e['name']}: typed {types[e['name']]} and {e['type']}")
        for al in e["aliases"]:
            if not occurs(al, text):
                err(f"{f}: alias {al!r} of {e['name']} not in text")
            alias_owner[al].add(e["name"])
        if not any(occurs(x, text) for x in [e["name"], *e["aliases"]]):
            err(f"{f}: entity {e['name']} does not occur")
    ids = set()
    for c in a["calls"]:
        if c["id"] in ids:
            err(f"{f}: duplicate call id {c['id']}")
        ids.add(c["id"])
        if len(c["participants"]) < 2:
            err(f"{f} {c['id']}: fewer than two participants")
        for p in c["participants"]:
            if ents.get(p) not in ("Leader", "Person"):
                err(f"{f} {c['id']}: participant {p} is {ents.get(p)}")
        if c["caller"] and c["caller"] not in c["participants"]:
            err(f"{f} {c['id']}: caller {c['caller']} not a participant")
        if c["status"] not in ("occurred", "planned", "denied", "attempted"):
            err(f"{f} {c['id']}: status {c['status']}")
        if c["date"]:
            dt.date.fromisoformat(c["date"])
        events[c["event"]].append((f, c))
    for r in a["reported_by"]:
        if r["call"] not in ids:
            err(f"{f}: reported_by for unknown call {r['call']}")
        if ents.get(r["outlet"]) != "Outlet":
            err(f"{f}: outlet {r['outlet']} is {ents.get(r['outlet'])}")
    # scorer pitfall: two required occurred events in one article sharing two participants
    occ = [c for c in a["calls"] if c["required"] and c["status"] == "occurred"]
    for i in range(len(occ)):
        for j in range(i + 1, len(occ)):
            if occ[i]["event"] != occ[j]["event"] and \
                    len(set(occ[i]["participants"]) & set(occ[j]["participants"])) >= 2:
                err(f"{f}: {occ[i]['id']} and {occ[j]['id']} share two participants")

# scorer pitfall: any event node (whatever its status) that shares two participants and an article with
# two or more required occurred events is counted as an over-merged node by score.py
evparts = defaultdict(set)
evarts = defaultdict(set)
evreqocc = {}
for f, a in arts.items():
    for c in a["calls"]:
        evparts[c["event"]] |= set(c["participants"])
        evarts[c["event"]].add(f)
        evreqocc[c["event"]] = evreqocc.get(c["event"], False) or (c["required"] and c["status"] == "occurred")
for ev in evparts:
    hit = {e for e in evparts if evreqocc[e] and len(evparts[e] & evparts[ev]) >= 2 and evarts[e] & evarts[ev]}
    if len(hit) > 1:
        err(f"event {ev} would hit several required occurred events: {sorted(hit)}")

for al, owners in alias_owner.items():
    if len(owners) > 1:
        print(f"note: alias {al!r} used for {sorted(owners)} (the scorer drops it as ambiguous)")

multi = {}
for ev, ms in events.items():
    dates = {c["date"] for _, c in ms if c["date"]}
    stats = {c["status"] for _, c in ms}
    if len(dates) > 1:
        err(f"event {ev}: dates {dates}")
    if len(stats) > 1:
        err(f"event {ev}: statuses {stats}")
    if len({f for f, _ in ms}) > 1:
        multi[ev] = sorted({f[:4] for f, _ in ms})
    if len([1 for f, _ in ms]) != len({f for f, _ in ms}):
        err(f"event {ev}: two mentions in one article")

# ------------------------------------------------------------------ counts
mentions = [(f, c) for f, a in arts.items() for c in a["calls"]]
print(f"articles: {len(arts)}")
print(f"call mentions: {len(mentions)}; required {sum(c['required'] for _, c in mentions)}, "
      f"not required {sum(not c['required'] for _, c in mentions)}")
print("  by status:", dict(Counter(c["status"] for _, c in mentions)),
      " required by status:", dict(Counter(c["status"] for _, c in mentions if c["required"])))
print(f"  dated {sum(1 for _, c in mentions if c['date'])}, undated {sum(1 for _, c in mentions if not c['date'])}")
print(f"  with caller {sum(1 for _, c in mentions if c['caller'])}")
print("  calls per article:", dict(sorted(Counter(len(a['calls']) for a in arts.values()).items())))
evst = Counter()
req_occ = 0
for ev, ms in events.items():
    evst[ms[0][1]["status"]] += 1
    if any(c["required"] for _, c in ms) and ms[0][1]["status"] == "occurred":
        req_occ += 1
print(f"events: {len(events)} {dict(evst)}; required occurred (scorer's events_gold_occurred): {req_occ}")
print(f"cross-article events: {len(multi)}")
for ev, fs in sorted(multi.items()):
    print(f"  {ev}: {', '.join(fs)}")
pairs = {(arts[f]['calls'][[c['id'] for c in arts[f]['calls']].index(r['call'])]['event'], r['outlet']): r['required']
         for f in arts for r in arts[f]['reported_by']}
rbs = [r for a in arts.values() for r in a["reported_by"]]
print(f"reported_by rows: {len(rbs)} (required {sum(r['required'] for r in rbs)}); "
      f"(event, outlet) pairs {len(pairs)}")
print("  outlets:", dict(Counter(r["outlet"] for r in rbs)))
print("entities by type:", dict(Counter(types.values())))
wc = {f[:4]: len((ART / f).read_text(encoding="utf-8").split()) for f in arts}
print(f"  words: {sum(wc.values())} (min {min(wc.values())}, max {max(wc.values())}):", wc)
print("  outlets named in metadata:", len({m["outlet"] for m in meta.values() if m["outlet"]}))
# weekday listing for the second pass
for f, c in mentions:
    if c["date"]:
        d = dt.date.fromisoformat(c["date"])
        pub = dt.date.fromisoformat(arts[f]["published"])
        print(f"  {f[:4]} {c['id']} {c['date']} {d.strftime('%a')} (pub {pub} {pub.strftime('%a')}) "
              f"{c['status']} {' / '.join(c['participants'])}")

if errors:
    print("\nERRORS:")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("\nall checks passed")

#!/usr/bin/env python3
"""Rename articles/NNN.txt to NNN_<first 16 hex of sha1>.txt (run once after writing)."""
import hashlib
from pathlib import Path
ART = Path(__file__).resolve().parent.parent / "articles"
for p in sorted(ART.glob("[0-9][0-9][0-9].txt")):
    h = hashlib.sha1(p.read_bytes()).hexdigest()[:16]
    p.rename(ART / f"{p.stem}_{h}.txt")
print(sorted(x.name for x in ART.glob("*.txt")))

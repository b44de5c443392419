"""Long articles: time and memory to analyse one article of growing size, chunked past spaCy's limit.

    nice -n 10 python benchmarks/bench_long.py --json benchmarks/results/long.json
    python benchmarks/bench_long.py --sizes 0.5 1 2   # quick look (MB)

Each size runs in a fresh process: one invented article of that many megabytes (paragraphs of
news prose with leaders, outlets and calls, rotated, so every chunk has work to do) is made
into a Doc by ``kg.extract.chunks.make_doc`` (in chunks beyond ``nlp.max_length``) and
extracted by ``extract_article``. Recorded per size: chunks, seconds for the Doc and for the
extraction, seconds per MB, calls found, and the process's peak resident memory. Seconds per
MB that stay flat as the size doubles say the analysis is linear in the article's length.
The machine is shared: compare ratios within one run, not seconds across runs.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PARAGRAPHS = [
    "Emmanuel Macron of France phoned Friedrich Merz of Germany on Tuesday, the Elysee said. "
    "The two leaders discussed trade and energy.",
    "Officials in Berlin said the talks were useful. A spokesman declined to give details of the agenda.",
    "Volodymyr Zelensky held a video call on Wednesday with Shigeru Ishiba of Japan, according to "
    "his office.",
    "Markets were calm through the week. Analysts expected little change in policy before the summer.",
    "Reuters reported that further meetings were planned. Ministers are due to meet in Brussels next month.",
]


def _one(megabytes: float) -> dict:
    sys.path.insert(0, str(ROOT))
    from datetime import date

    from kg.extract.article import extract_article
    from kg.extract.chunks import chunk_bounds, make_doc
    from kg.extract.nlp import load_nlp, normalise_for_nlp
    from kg.model import Article, ArticleMeta

    nlp, gaz = load_nlp()
    size = int(megabytes * 1_000_000)
    parts, n = [], 0
    while sum(map(len, parts)) + 2 * len(parts) < size:
        parts.append(PARAGRAPHS[n % len(PARAGRAPHS)])
        n += 1
    text = "\n\n".join(parts)
    article = Article(ArticleMeta("long.txt", "long.txt", date(2025, 3, 5), "Example Daily"), text)
    t0 = time.perf_counter()
    doc = make_doc(nlp, normalise_for_nlp(text))
    t1 = time.perf_counter()
    facts = extract_article(doc, article, gaz)
    t2 = time.perf_counter()
    return {"mb": megabytes, "chars": len(text), "chunks": len(chunk_bounds(text, nlp.max_length)),
            "doc_s": round(t1 - t0, 2), "extract_s": round(t2 - t1, 2),
            "s_per_mb": round((t2 - t0) / megabytes, 2), "calls": len(facts.calls),
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[0.5, 1, 2, 4], help="article sizes in MB")
    parser.add_argument("--json", type=Path, help="write the results here")
    parser.add_argument("--one", type=float, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one is not None:
        print(json.dumps(_one(args.one)))
        return
    rows = []
    for mb in args.sizes:
        out = subprocess.run([sys.executable, __file__, "--one", str(mb)], check=True, capture_output=True,
                             text=True, env={**os.environ, "PYTHONPATH": str(ROOT)}).stdout
        rows.append(json.loads(out.strip().splitlines()[-1]))
        print(json.dumps(rows[-1]), flush=True)
    if args.json:
        args.json.write_text(json.dumps({"load_average": os.getloadavg()[0], "rows": rows}, indent=2) + "\n")


if __name__ == "__main__":
    main()

"""The streaming stage (read, spaCy, extract) against the tokenizer-only floor, in one run.

For each corpus (``make_corpus`` all-calls and ``--mixed``, 2,000 articles each by default), in
this one process, alternately ``--repeat`` times:

* floor: the articles' texts through a fresh ``spacy.blank("en")`` tokenizer (``nlp.pipe``,
  nothing else), the leanest thing any spaCy pipeline does;
* stage: reading the folder (``kg.read.articles.iter_inputs``) and the build's per-article map
  (``kg.build.work.analyse_batch`` in batches of 64: spaCy pipeline, extraction, the
  resolution state), with a pipeline built afresh (not timed) so no cache is warm.

Times are CPU seconds of this process (``time.process_time``), so words/s are per core; the
machine is shared, so the ratio stage/floor, taken in the same run, is the figure to compare.
Medians of the repeats. Also printed: how many articles go through spaCy (the prefilter's scan of
the raw text passes them: ``kg.extract.article.needs_doc``; the others skip it, the default
``--mentions cued``), how many the prefilter passes to the call rules (as the extraction asks
it, with each article's entities), the load average, and the niceness.

    nice -n 10 python benchmarks/bench_stream.py                     # ~5 min on 2 cores
    python benchmarks/bench_stream.py --articles 500 --repeat 1 --json out.json
    python benchmarks/bench_stream.py --corpus calls=DIR --corpus mixed=DIR2
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run from a checkout

from benchmarks.make_corpus import make_corpus  # noqa: E402

__all__ = ["measure", "main", "table", "TARGETS"]

#: words/s per core the streaming stage should reach (issue 8), by corpus name
TARGETS = {"all-calls": 100_000, "mixed": 500_000}


def _articles(folder: Path):
    from kg.model import Article
    from kg.read.articles import iter_inputs

    return [a for a in iter_inputs([folder]) if isinstance(a, Article)]


def _floor(texts: list[str]) -> float:
    import spacy

    nlp = spacy.blank("en")
    start = time.process_time()
    for _ in nlp.pipe(texts, batch_size=64):
        pass
    return time.process_time() - start


def _stage(folder: Path) -> tuple[float, int, int | None, int | None]:
    """CPU seconds of the stage, the articles analysed, how many the prefilter read for calls
    (counted where the extraction asks it, with the article's entities; None on a tree without
    a prefilter) and how many went through spaCy (the scan of the raw text, without entities;
    None on a tree where every article does)."""
    from kg.build import work
    from kg.extract import article as article_module
    from kg.model import ArticleFacts

    scan = getattr(article_module, "could_tell_a_call", None)
    read = [0]
    piped = [0] if hasattr(article_module, "needs_doc") else None

    def counted(*args, **kwargs):
        passed = scan(*args, **kwargs)
        if kwargs.get("cast") is not None:
            read[0] += passed
        elif piped is not None:
            piped[0] += passed
        return passed

    work._PIPELINES.clear()
    work.pipeline_for(None, ())  # built before the clock starts
    if scan is not None:
        article_module.could_tell_a_call = counted
    try:
        start = time.process_time()
        batch, n = [], 0
        for article in _articles(folder):
            batch.append(article)
            if len(batch) == 64:
                n += sum(isinstance(i, ArticleFacts) for i in work.analyse_batch(batch).items)
                batch = []
        if batch:
            n += sum(isinstance(i, ArticleFacts) for i in work.analyse_batch(batch).items)
        seconds = time.process_time() - start
    finally:
        if scan is not None:
            article_module.could_tell_a_call = scan
    return seconds, n, read[0] if scan is not None else None, piped[0] if piped is not None else None


def measure(name: str, folder: Path, repeat: int) -> dict:
    """Floor and stage on one corpus, ``repeat`` times each, alternately."""
    from kg.extract.nlp import normalise_for_nlp

    articles = _articles(folder)
    texts = [normalise_for_nlp(a.text) for a in articles]
    words = sum(len(t.split()) for t in texts)
    floors, stages, loads = [], [], []
    for _ in range(repeat):
        floors.append(_floor(texts))
        seconds, done, read, piped = _stage(folder)
        read_for_calls = len(articles) if read is None else read  # (no prefilter: every article)
        through_spacy = len(articles) if piped is None else piped
        stages.append(seconds)
        loads.append(os.getloadavg()[0])
        if done != len(articles):
            raise SystemExit(f"{name}: {len(articles) - done} articles failed")
    floor, stage = statistics.median(floors), statistics.median(stages)
    return {
        "corpus": name, "articles": len(articles), "words": words, "through_spacy": through_spacy,
        "read_for_calls": read_for_calls,
        "floor_cpu_s": round(floor, 3), "stage_cpu_s": round(stage, 3),
        "floor_words_per_s": round(words / floor), "stage_words_per_s": round(words / stage),
        "stage_over_floor": round(stage / floor, 2), "floors": floors, "stages": stages, "load_1min": loads,
    }


def table(rows: list[dict]) -> str:
    """The figures as a Markdown table; "target ratio" is the stage / floor ratio at which the
    stage would run at the target words/s with this run's floor."""
    out = ["| corpus | articles | words | through spaCy | read for calls | floor (CPU s) | stage (CPU s) | "
           "floor words/s | stage words/s | stage / floor | target words/s | target ratio |",
           "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
    for r in rows:
        target = TARGETS.get(r["corpus"])
        goal = f"{target:,} | {r['floor_words_per_s'] / target:.2f}" if target else " | "
        out.append(f"| {r['corpus']} | {r['articles']:,} | {r['words']:,} | "
                   f"{r.get('through_spacy', r['articles']):,} | {r['read_for_calls']:,} | "
                   f"{r['floor_cpu_s']} | {r['stage_cpu_s']} | {r['floor_words_per_s']:,} | "
                   f"{r['stage_words_per_s']:,} | {r['stage_over_floor']} | {goal} |")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--corpus", action="append", default=[], metavar="NAME=DIR",
                        help="measure this folder instead of generating the two corpora")
    parser.add_argument("--json", type=Path, help="write the figures here as JSON")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        corpora = [tuple(c.split("=", 1)) for c in args.corpus]
        if not corpora:
            for name, mixed in (("all-calls", False), ("mixed", True)):
                make_corpus(Path(tmp, name), args.articles, args.seed, mixed=mixed)
                corpora.append((name, Path(tmp, name)))
        rows = [measure(name, Path(folder), args.repeat) for name, folder in corpora]
    result = {"measured": time.strftime("%Y-%m-%d %H:%M"), "cores": os.cpu_count(), "nice": os.nice(0),
              "repeat": args.repeat, "rows": rows}
    print(table(rows))
    print(f"CPU seconds, medians of {args.repeat}; nice {result['nice']}; load average "
          f"{min(l for r in rows for l in r['load_1min']):.1f}-{max(l for r in rows for l in r['load_1min']):.1f} "
          f"on {result['cores']} cores")
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

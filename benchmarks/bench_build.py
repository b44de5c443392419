"""Benchmark ``kg build`` stage by stage: wall time, memory and throughput.

Runs the same stages as ``kg.build.pipeline.build`` through the library API (no subprocess of the
CLI): reading, NLP and extraction are streamed together exactly as ``kg.build.pipeline.analyse``
does, with the time spent in each one accumulated separately; then ``Resolver.result``,
and the output stage (``kg.build.outputs.write_outputs``: store, validation when asked, each
export), one row per stage of its timings.

    python benchmarks/bench_build.py --articles 2000            # corpus made in a temp dir
    python benchmarks/bench_build.py --corpus DIR --json out.json
    python benchmarks/bench_build.py --growth 1000,4000          # memory growth per article
    python benchmarks/bench_build.py --articles 1000 --profile build.prof

Memory: "rss" is the resident set after the stage, "peak" is ``ru_maxrss`` so far (it never
goes down). ``--growth`` runs each size in a fresh process (multiprocessing, spawn) so peaks
are comparable, and reports the RSS added per extra article after extraction (what the
streaming stage keeps: the resolver's accumulators) and at the end (graph + exports).
"""

from __future__ import annotations

import argparse
import gc
import json
import resource
import sys
import tempfile
import time
from pathlib import Path
from typing import Iterator

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run from a checkout

from benchmarks.make_corpus import make_corpus  # noqa: E402

__all__ = ["run_build", "growth", "main"]

DEFAULT_FORMATS = ("ttl", "graphml")
ALL_FORMATS = ("ttl", "nt", "jsonld", "trig", "graphml", "gexf", "graphml-leaders", "gexf-leaders")


def _rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


class _Stages:
    def __init__(self) -> None:
        self.rows: list[dict] = []

    def add(self, name: str, seconds: float) -> None:
        self.rows.append({"stage": name, "seconds": round(seconds, 3), "rss_mb": round(_rss_mb(), 1),
                          "peak_mb": round(_peak_mb(), 1)})


def run_build(corpus: Path, out_dir: Path, formats=DEFAULT_FORMATS, validate: bool = False,
              batch_size: int = 64) -> dict:
    """Build ``corpus`` into ``out_dir`` stage by stage; returns timings, memory and counts."""
    t_import = time.perf_counter()
    from kg.build.outputs import write_outputs
    from kg.read.articles import iter_inputs
    from kg.extract.article import extract_article, extract_metadata, needs_doc
    from kg.model import Skipped
    from kg.extract.nlp import load_nlp, normalise_for_nlp
    from kg.resolve.resolver import Resolver

    stages = _Stages()
    stages.add("import", time.perf_counter() - t_import)
    t = time.perf_counter()
    nlp, gaz = load_nlp(None, ())
    stages.add("load pipeline", time.perf_counter() - t)

    clock = {"read": 0.0, "extract": 0.0, "resolve.add": 0.0}
    counts = {"articles": 0, "skipped": 0, "words": 0, "tokens": 0, "chars": 0}

    def articles() -> Iterator:
        items = iter_inputs([corpus])
        while True:
            t0 = time.perf_counter()
            item = next(items, None)
            clock["read"] += time.perf_counter() - t0
            if item is None:
                return
            if isinstance(item, Skipped):
                counts["skipped"] += 1
                continue
            counts["words"] += len(item.text.split())
            counts["chars"] += len(item.text)
            t0 = time.perf_counter()
            cued = needs_doc(item, gaz)
            text = normalise_for_nlp(item.text) if cued else None
            clock["read"] += time.perf_counter() - t0
            if cued:
                yield text, item
                continue
            # no cue of a call: no spaCy, its metadata facts (kg.build.work, --mentions cued)
            t0 = time.perf_counter()
            facts = extract_metadata(item, gaz)
            t1 = time.perf_counter()
            resolver.add(facts)
            clock["extract"] += t1 - t0
            clock["resolve.add"] += time.perf_counter() - t1
            counts["articles"] += 1

    resolver = Resolver()
    t_stream = time.perf_counter()
    # mirrors kg.build.pipeline.analyse + build: one Doc at a time reduced to ArticleFacts
    for doc, article in nlp.pipe(articles(), as_tuples=True, batch_size=batch_size):
        counts["tokens"] += len(doc)
        t0 = time.perf_counter()
        try:
            facts = extract_article(doc, article, gaz)
        except (ValueError, IndexError):
            counts["skipped"] += 1
            clock["extract"] += time.perf_counter() - t0
            continue
        t1 = time.perf_counter()
        resolver.add(facts)
        t2 = time.perf_counter()
        clock["extract"] += t1 - t0
        clock["resolve.add"] += t2 - t1
        counts["articles"] += 1
    stream = time.perf_counter() - t_stream
    stages.add("read", clock["read"])
    stages.add("nlp (spaCy pipe)", stream - sum(clock.values()))
    stages.add("extract", clock["extract"])
    stages.add("resolve.add", clock["resolve.add"])
    after_stream_rss = _rss_mb()

    t = time.perf_counter()
    res = resolver.result()
    stages.add("resolve.result", time.perf_counter() - t)
    out = write_outputs(res.entities, iter(res.calls), iter(res.articles), out_dir, formats, validate)
    for stage, (wall, _cpu) in out.timings.items():
        stages.add(f"output {stage}", wall)

    total = sum(r["seconds"] for r in stages.rows if r["stage"] != "import")
    return {
        "corpus": str(corpus),
        **counts,
        "entities": len(res.entities),
        "calls": len(res.calls),
        "triples": out.triples,
        "stages": stages.rows,
        "total_seconds": round(total, 2),
        "stream_seconds": round(stream, 2),
        "articles_per_s": round(counts["articles"] / stream, 1) if stream else None,
        "words_per_s": round(counts["words"] / stream) if stream else None,
        "articles_per_s_total": round(counts["articles"] / total, 1) if total else None,
        "rss_after_stream_mb": round(after_stream_rss, 1),
        "peak_rss_mb": round(_peak_mb(), 1),
    }


def _child(corpus: str, out_dir: str, formats: tuple[str, ...], validate: bool) -> dict:
    try:
        return run_build(Path(corpus), Path(out_dir), formats, validate)
    except BaseException as err:  # KgError does not survive pickling back to the parent
        import traceback

        raise RuntimeError(f"build of {corpus} failed:\n{traceback.format_exc()}") from None


def growth(sizes: list[int], work: Path, seed: int, formats=DEFAULT_FORMATS, validate: bool = False) -> dict:
    """Run each size in a fresh process; RSS added per extra article between sizes."""
    import multiprocessing as mp

    ctx = mp.get_context("spawn")
    runs = []
    for n in sizes:
        corpus = make_corpus(work / f"corpus-{n}", n, seed)
        with ctx.Pool(1) as pool:
            runs.append(pool.apply(_child, (str(corpus), str(work / f"out-{n}"), tuple(formats), validate)))
    steps = []
    for small, large in zip(runs, runs[1:]):
        extra = large["articles"] - small["articles"]
        text_kb = (large["chars"] - small["chars"]) / extra / 1024
        steps.append({
            "from": small["articles"], "to": large["articles"],
            "kb_per_article_after_stream": round((large["rss_after_stream_mb"] - small["rss_after_stream_mb"]) * 1024 / extra, 1),
            "kb_per_article_peak": round((large["peak_rss_mb"] - small["peak_rss_mb"]) * 1024 / extra, 1),
            "text_kb_per_article": round(text_kb, 1),
            "ms_per_article_small": round(small["total_seconds"] * 1000 / small["articles"], 2),
            "ms_per_article_large": round(large["total_seconds"] * 1000 / large["articles"], 2),
        })
    return {"runs": runs, "growth": steps}


def format_table(result: dict) -> str:
    lines = [f"{result['articles']} articles ({result['skipped']} skipped), {result['words']:,} words, "
             f"{result['tokens']:,} tokens -> {result['entities']} entities, {result['calls']} calls, "
             f"{result['triples']:,} triples",
             f"{'stage':<20} {'seconds':>9} {'ms/article':>11} {'rss MB':>8} {'peak MB':>8}"]
    n = max(result["articles"], 1)
    for row in result["stages"]:
        lines.append(f"{row['stage']:<20} {row['seconds']:>9.2f} {row['seconds'] * 1000 / n:>11.2f} "
                     f"{row['rss_mb']:>8.0f} {row['peak_mb']:>8.0f}")
    lines.append(f"{'total (no import)':<20} {result['total_seconds']:>9.2f} "
                 f"{result['total_seconds'] * 1000 / n:>11.2f}")
    lines.append(f"streaming stage: {result['articles_per_s']} articles/s, {result['words_per_s']:,} words/s; "
                 f"whole build: {result['articles_per_s_total']} articles/s; peak RSS {result['peak_rss_mb']:.0f} MB")
    return "\n".join(lines)


def format_growth(report: dict) -> str:
    lines = [f"{'articles':>9} {'total s':>8} {'ms/art':>7} {'rss after stream MB':>20} {'peak MB':>8}"]
    for r in report["runs"]:
        lines.append(f"{r['articles']:>9} {r['total_seconds']:>8.1f} {r['total_seconds'] * 1000 / r['articles']:>7.2f} "
                     f"{r['rss_after_stream_mb']:>20.0f} {r['peak_rss_mb']:>8.0f}")
    for g in report["growth"]:
        lines.append(f"{g['from']} -> {g['to']}: +{g['kb_per_article_after_stream']} KB/article after the stream, "
                     f"+{g['kb_per_article_peak']} KB/article at peak (article text: {g['text_kb_per_article']} KB); "
                     f"{g['ms_per_article_small']} -> {g['ms_per_article_large']} ms/article")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Benchmark the kg build stages.")
    parser.add_argument("--corpus", type=Path, help="folder of articles (default: generate one)")
    parser.add_argument("--articles", type=int, default=2000, help="size of the generated corpus")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--formats", default=",".join(DEFAULT_FORMATS), help="comma list or 'all'")
    parser.add_argument("--validate", action="store_true", help="also time SHACL validation")
    parser.add_argument("--out", type=Path, help="export folder (default: a temp dir)")
    parser.add_argument("--json", type=Path, help="also write the results as JSON here")
    parser.add_argument("--growth", help="comma list of sizes, e.g. 1000,4000: memory growth check")
    parser.add_argument("--profile", type=Path, help="cProfile the build, dump stats here, print the top")
    args = parser.parse_args(argv)
    formats = ALL_FORMATS if args.formats == "all" else tuple(f for f in args.formats.split(",") if f)
    unknown = set(formats) - set(ALL_FORMATS)
    if unknown:
        parser.error(f"unknown formats: {', '.join(sorted(unknown))}")

    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        work = Path(tmp)
        if args.growth:
            sizes = sorted(int(s) for s in args.growth.split(","))
            report = growth(sizes, work, args.seed, formats, args.validate)
            print(format_growth(report))
        else:
            corpus = args.corpus or make_corpus(work / "corpus", args.articles, args.seed)
            out = args.out or work / "out"
            gc.collect()
            if args.profile:
                import cProfile
                import pstats

                profiler = cProfile.Profile()
                report = profiler.runcall(run_build, corpus, out, formats, args.validate)
                profiler.dump_stats(args.profile)
                pstats.Stats(profiler).sort_stats("cumulative").print_stats(30)
                pstats.Stats(profiler).sort_stats("tottime").print_stats(30)
            else:
                report = run_build(corpus, out, formats, args.validate)
            print(format_table(report))
        if args.json:
            args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

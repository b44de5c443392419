"""Benchmark the output stage (store, validation, exports) and the named queries, at scale.

Resolved records come from ``synth_records`` (a real base set, copied), so 10k or 100k
articles need no 10k-article extraction. Each size runs in a fresh process (spawn), so peak RSS
is that size's own; CPU seconds are the process's (all threads), wall seconds are shown too.
Then every named query runs three times against the store the size left (median CPU and wall
seconds of what ``kg query NAME`` answers, and of ``--all`` for the paged listings).

    python benchmarks/bench_outputs.py --sizes 1000,10000 --json out.json
    python benchmarks/bench_outputs.py --sizes 100000 --formats ttl,graphml    # the big one
    python benchmarks/bench_outputs.py --sizes 1000 --formats all --keep /tmp/out

Columns: stage CPU and wall seconds from ``OutputResult.timings``; "harness MB" is the RSS
before ``write_outputs`` (the base records and the entities), "peak MB" the peak of the
process; "KB/article" the growth of the peak between consecutive sizes.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run from a checkout

__all__ = ["run_size", "time_queries", "main"]

DEFAULT_FORMATS = ("ttl", "graphml")
ALL_FORMATS = ("ttl", "nt", "trig", "jsonld", "graphml", "gexf", "graphml-leaders", "gexf-leaders")
QUERY_PARAMS = {"timeline": {"person": "Donald Trump"}, "evidence": {"call": "Donald Trump"}}


def _rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def run_size(cache: str, base_n: int, articles: int, out: str, formats: tuple[str, ...], validate: bool,
             article_graphs: bool) -> dict:
    """In a child process: write the outputs of ``articles`` synthetic articles into ``out``."""
    from benchmarks.synth_records import Synthetic, base_resolution
    from kg.build.outputs import write_outputs

    base = base_resolution(Path(cache), base_n)
    synthetic = Synthetic(base, max(1, articles // len(base.articles)))
    harness = _rss_mb()
    cpu, wall = time.process_time(), time.perf_counter()
    result = write_outputs(synthetic.entities, synthetic.calls(), synthetic.articles(), Path(out), formats,
                           validate, article_graphs=article_graphs)
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    sizes = {p.name: p.stat().st_size for p in result.files}
    store = subprocess.run(["du", "-sbL", str(result.store)], capture_output=True, text=True).stdout.split()
    return {
        "articles": len(synthetic), "entities": result.entities, "calls": result.calls,
        "triples": result.triples, "quads": result.quads, "violations": result.violations,
        "cpu_s": round(cpu, 2), "wall_s": round(wall, 2),
        "stages": {k: {"wall": round(w, 3), "cpu": round(c, 3)} for k, (w, c) in result.timings.items()},
        "harness_mb": round(harness, 1),
        "peak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "file_bytes": sizes, "store_bytes": int(store[0]) if store else None,
    }


def time_queries(store: Path, repeat: int = 3) -> dict[str, dict[str, float]]:
    """Median CPU and wall seconds of each named query from ``store`` (opened read-only each
    time), from opening the store to Python rows: what ``kg query NAME`` answers (a page, for
    the listings that have a page form) and, for those, the whole listing (``--all``) too."""
    from kg.query.paging import paging, run_page
    from kg.query.run import list_queries, load_query, run_query

    def timed(run) -> dict[str, float]:
        cpu, wall = [], []
        for _ in range(repeat):
            c, w = time.process_time(), time.perf_counter()
            rows = len(run().rows)
            cpu.append(time.process_time() - c)
            wall.append(time.perf_counter() - w)
        return {"cpu": round(statistics.median(cpu), 3), "wall": round(statistics.median(wall), 3), "rows": rows}

    times = {}
    for query in list_queries():
        params = QUERY_PARAMS.get(query.name, {})
        times[query.name] = timed(lambda: run_page(store, query, params))
        if paging(query) is not None:
            sparql = load_query(query.name, params)
            times[f"{query.name} --all"] = timed(lambda: run_query(store, sparql))
    return times


def _child(args: tuple) -> dict:
    try:
        return run_size(*args)
    except BaseException:  # KgError does not survive pickling back to the parent
        import traceback

        raise RuntimeError(traceback.format_exc()) from None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Benchmark the output stage and the named queries.")
    parser.add_argument("--sizes", default="1000,10000", help="comma list of article counts")
    parser.add_argument("--base", type=int, default=1000, help="articles extracted for real and copied")
    parser.add_argument("--formats", default=",".join(DEFAULT_FORMATS), help="comma list or 'all'")
    parser.add_argument("--no-validate", action="store_true")
    parser.add_argument("--article-graphs", action="store_true", help="store the per-article graphs too")
    parser.add_argument("--no-queries", action="store_true")
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "kg-bench-cache")
    parser.add_argument("--keep", type=Path, help="keep the outputs under this folder")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    formats = ALL_FORMATS if args.formats == "all" else tuple(f for f in args.formats.split(",") if f)
    import multiprocessing as mp

    from benchmarks.synth_records import base_resolution

    base_resolution(args.cache, args.base)  # extract once, outside the measured processes
    work = Path(args.keep or tempfile.mkdtemp(prefix="kg-bench-out-"))
    load = os.getloadavg()
    runs = []
    for n in sorted(int(s) for s in args.sizes.split(",")):
        out = work / f"out-{n}"
        shutil.rmtree(out, ignore_errors=True)
        with mp.get_context("spawn").Pool(1) as pool:
            run = pool.apply(_child, ((str(args.cache), args.base, n, str(out), formats, not args.no_validate,
                                       args.article_graphs),))
        if not args.no_queries:
            run["queries_s"] = time_queries(out / "store")
        runs.append(run)
        print(_row(run), flush=True)
    for small, large in zip(runs, runs[1:]):
        kb = (large["peak_mb"] - small["peak_mb"]) * 1024 / (large["articles"] - small["articles"])
        print(f"peak RSS growth {small['articles']} -> {large['articles']}: {kb:.2f} KB/article")
    report = {"load_average_before": load, "load_average_after": os.getloadavg(), "formats": formats,
              "validate": not args.no_validate, "runs": runs}
    print(f"load average before {load[0]:.1f}, after {os.getloadavg()[0]:.1f} (2 cores)")
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    return 0


def _row(run: dict) -> str:
    stages = ", ".join(f"{k} {v['cpu']:.2f}" for k, v in run["stages"].items())
    queries = {k: v["cpu"] for k, v in run.get("queries_s", {}).items() if not k.endswith("--all")}
    slowest = max(queries.items(), key=lambda kv: kv[1]) if queries else ("-", 0)
    return (f"{run['articles']:>7} articles: {run['triples']:,} triples, {run['quads']:,} quads; CPU {run['cpu_s']} s "
            f"(wall {run['wall_s']} s) [{stages}]; harness {run['harness_mb']:.0f} MB, peak {run['peak_mb']:.0f} MB; "
            f"store {run['store_bytes'] / 1e6:.0f} MB; slowest query {slowest[0]} {slowest[1]} CPU s")


if __name__ == "__main__":
    raise SystemExit(main())

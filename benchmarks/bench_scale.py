"""Scale benchmarks, as ratios measured in one run: engines, incremental builds, resolution memory.

    nice -n 10 python benchmarks/bench_scale.py --json benchmarks/results/scale.json
    python benchmarks/bench_scale.py --sections engines --engine-articles 400   # quick look

Sections (``--sections``, default all):

``engines``      one corpus (``--engine-articles``, default 1000) built by ``kg build`` in a
                 fresh process per engine: in-process, ``--jobs 2``, ``--engine dask -j 2``
                 (LocalCluster of 2 workers), all ``--no-validate`` so the map dominates;
                 wall and CPU seconds of the whole process tree (``os.wait4``); then, in this
                 process, the throwaway design measured against ours on one 2-worker cluster:
                 a Dask bag over the per-article API with the pipeline in the mapped closure
                 (200 articles, 20 tasks), against ``run_dask`` on the same 200, with each
                 worker's resident memory afterwards.
``incremental``  ``--articles`` (default 10000) built from scratch with the default build
                 (validation on), then 1% new articles added to the folder (the others left
                 untouched) and built again into the same output folder; CPU seconds per
                 stage (``BuildResult.timings``) of both, the size of the facts store and of
                 the output stage's pieces on disk, and whether the exports equal those of a
                 build from scratch over the grown folder (``--check``: one more full build).
``memory``       the resolution stage alone in a fresh process per size (1/10 and all of the
                 incremental run's facts): fold the stored facts into a ``Resolver``, take the
                 result, stream the evidence back; peak RSS added per article.

Everything runs under the ``nice`` the script was started with; the 1-minute load average is
recorded before and after each section, since the machine is shared. Compare ratios within
one run, not seconds across runs. ``benchmarks/table.py`` turns the JSON into the README table.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.make_corpus import make_corpus  # noqa: E402

__all__ = ["main"]


def _load() -> float:
    return round(os.getloadavg()[0], 2)


def _run(argv: list[str]) -> dict:
    """Run a command; wall seconds, CPU seconds and peak RSS (MB) of its process tree, and stdout."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True)
    out, err = proc.communicate()
    # the children are reaped: their rusage is the tree's (communicate waited; wait4 on a reaped pid fails)
    wall = time.perf_counter() - start
    return {"wall_s": round(wall, 2), "stdout": out, "stderr": err[-2000:], "rc": proc.returncode}


def _timed(argv: list[str]) -> dict:
    before = os.times()
    result = _run(argv)
    after = os.times()
    result["cpu_s"] = round((after.children_user - before.children_user)
                            + (after.children_system - before.children_system), 2)
    return result


def _kg_build(corpus: Path, out: Path, *extra: str) -> dict:
    argv = [sys.executable, "-m", "kg", "build", str(corpus), "-o", str(out), "-q", *extra]
    result = _timed(argv)
    if result["rc"] not in (0, 2):
        raise RuntimeError(f"kg build failed ({result['rc']}): {result['stderr']}")
    result.pop("stderr")
    return result


def _child_build(corpus: Path, out: Path) -> dict:
    """A default build in a fresh process, returning BuildResult's timings and counts."""
    code = (
        "import json,sys; from pathlib import Path; from kg.config import Settings; "
        "from kg.build.pipeline import build; "
        f"r = build(Settings(inputs=(Path({str(corpus)!r}),), out_dir=Path({str(out)!r}))); "
        "print(json.dumps({'timings': dict(r.timings), 'articles': r.articles, 'extracted': r.extracted, "
        "'reused': r.reused, 'kept': r.kept, 'calls': r.calls, 'triples': r.triples}))"
    )
    result = _timed([sys.executable, "-c", code])
    if result["rc"] != 0:
        raise RuntimeError(result["stderr"])
    return {**json.loads(result["stdout"]), "wall_s": result["wall_s"], "cpu_s": result["cpu_s"]}


def engines(work: Path, articles: int, bag: dict | None = None) -> dict:
    """The engines on one corpus; ``bag``: figures of an earlier run of the (slow) bag comparison to keep."""
    corpus = make_corpus(work / "engines-corpus", articles)
    load = [_load()]
    runs = {}
    for name, extra in (("single", ()), ("jobs2", ("-j", "2")), ("dask2", ("--engine", "dask", "-j", "2"))):
        out = work / f"engines-{name}"
        runs[name] = _kg_build(corpus, out, "--no-validate", *extra)
        runs[name].pop("stdout")
        shutil.rmtree(out / ".kg")
    same = all((work / f"engines-{n}" / "graph.ttl").read_bytes() == (work / "engines-single" / "graph.ttl").read_bytes()
               for n in runs)
    load.append(_load())
    naive = bag or _naive_bag(corpus)
    load.append(_load())
    return {"articles": articles, "runs": runs, "identical_exports": same, "bag": naive, "load": load}


def _naive_bag(corpus: Path) -> dict:
    """The throwaway design against ours, on one 2-worker LocalCluster, in this process."""
    import logging

    import dask.bag as db
    import psutil
    from distributed import Client, LocalCluster

    from kg.build.dask_engine import run_dask
    from kg.extract.article import extract_article, extract_metadata, needs_doc
    from kg.extract.nlp import load_nlp, normalise_for_nlp
    from kg.facts.keys import extractor_version
    from kg.model import Article
    from kg.read.articles import iter_inputs

    articles = [a for a in iter_inputs([corpus]) if isinstance(a, Article)][:200]
    nlp, gaz = load_nlp()

    def per_article(article):  # the pipeline travels inside this closure
        if not needs_doc(article, gaz):  # as kg.build.work does (--mentions cued)
            return extract_metadata(article, gaz)
        return extract_article(nlp(normalise_for_nlp(article.text)), article, gaz)

    def rss() -> int:
        return psutil.Process().memory_info().rss

    figures = {}
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                      silence_logs=logging.ERROR) as cluster, Client(cluster) as client:
        start = time.perf_counter()
        facts = db.from_sequence(articles, npartitions=20).map(per_article).compute()
        figures["bag_wall_s"] = round(time.perf_counter() - start, 2)
        figures["bag_worker_rss_mb"] = sorted(round(v / 2**20) for v in client.run(rss).values())
        figures["bag_tasks"] = 20
        figures["bag_articles"] = len(articles)
        figures["bag_default_tasks"] = db.from_sequence(articles).npartitions
        import pickle

        import cloudpickle

        pickled = cloudpickle.dumps(per_article)
        figures["closure_pickled_mb"] = round(len(pickled) / 2**20, 1)
        start = time.perf_counter()
        pickle.loads(pickled)
        figures["closure_unpickle_s"] = round(time.perf_counter() - start, 2)
        del facts
        client.restart()
        start = time.perf_counter()
        batches = [articles[i:i + 16] for i in range(0, len(articles), 16)]
        version = extractor_version()
        n = sum(len(r.items) for r in run_dask(batches, scheduler=cluster.scheduler_address, workers=2,
                                                model=None, gazetteers=(), version=version, notes=[]))
        figures["engine_wall_s"] = round(time.perf_counter() - start, 2)
        figures["engine_worker_rss_mb"] = sorted(round(v / 2**20) for v in client.run(rss).values())
        figures["engine_items"] = n
    return figures


def incremental(work: Path, articles: int, check: bool = False) -> dict:
    corpus = work / "inc-corpus"
    out = work / "inc-out"
    make_corpus(corpus, articles)
    load = [_load()]
    full = _child_build(corpus, out)
    load.append(_load())
    added = max(1, articles // 100)
    make_corpus(corpus, articles + added)  # same seed: the first files come out identical
    inc = _child_build(corpus, out)
    load.append(_load())
    cache = out / ".kg" / "outputs.sqlite"  # the output stage's pieces (kg.build.incremental)
    figures = {"articles": articles, "added": added, "full": full, "incremental": inc, "load": load,
               "facts_store_mb": round((out / ".kg" / "facts.sqlite").stat().st_size / 2**20, 1),
               "outputs_cache_mb": round(cache.stat().st_size / 2**20, 1) if cache.is_file() else None}
    if check:
        scratch = work / "inc-scratch"
        _child_build(corpus, scratch)
        load.append(_load())
        figures["identical_exports"] = all((out / f"graph.{f}").read_bytes() == (scratch / f"graph.{f}").read_bytes()
                                           for f in ("ttl", "graphml"))
    return figures


_MEMORY_CHILD = r"""
import json, resource, sys
from kg.facts.codec import decode_facts
from kg.facts.store import FactsStore
from kg.resolve.evidence import attach_text
from kg.resolve.resolver import Resolver
def peak(): return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
store = FactsStore(sys.argv[1]); n = int(sys.argv[2])
store.begin(store._db.execute("SELECT hash FROM versions").fetchone()[0])
base = peak()
state = Resolver()
rows = store._db.execute("SELECT content, data FROM facts ORDER BY article_id LIMIT ?", (n,))
for content, data in rows:
    facts = decode_facts(data)
    store.mark_current(facts.meta.id, content)
    state.add(facts)
del rows
res = state.result()
calls = sum(1 for _ in attach_text(res.calls, store.sentence))
print(json.dumps({"articles": len(state), "calls": calls, "entities": len(res.entities),
                  "peak_mb": round(peak(), 1), "base_mb": round(base, 1)}))
"""


def memory(store: Path, total: int) -> dict:
    sizes = sorted({max(1, total // 10), total})
    runs = []
    for n in sizes:
        result = _run([sys.executable, "-c", _MEMORY_CHILD, str(store), str(n)])
        if result["rc"] != 0:
            raise RuntimeError(result["stderr"])
        runs.append(json.loads(result["stdout"]))
    small, big = runs[0], runs[-1]
    per_article = ((big["peak_mb"] - small["peak_mb"]) * 1024 / (big["articles"] - small["articles"])
                   if big["articles"] > small["articles"] else None)
    return {"runs": runs, "kb_per_article": None if per_article is None else round(per_article, 2)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=10000)
    parser.add_argument("--engine-articles", type=int, default=1000)
    parser.add_argument("--sections", default="engines,incremental,memory")
    parser.add_argument("--json", type=Path, default=ROOT / "benchmarks" / "results" / "scale.json")
    parser.add_argument("--work", type=Path, default=None, help="work folder (default: a temporary one)")
    parser.add_argument("--check", action="store_true",
                        help="incremental: build the grown corpus from scratch too and compare the exports")
    parser.add_argument("--keep-bag", action="store_true",
                        help="keep the bag comparison of the JSON file instead of running it again")
    args = parser.parse_args(argv)
    sections = args.sections.split(",")
    work = args.work or Path(tempfile.mkdtemp(prefix="kg-bench-"))
    figures = json.loads(args.json.read_text()) if args.json.is_file() else {}
    figures["machine"] = {"cores": os.cpu_count(), "nice": os.nice(0), "date": time.strftime("%Y-%m-%d")}

    def save() -> None:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(figures, indent=2) + "\n")

    if "engines" in sections:
        kept = figures.get("engines", {}).get("bag") if args.keep_bag else None
        figures["engines"] = engines(work, args.engine_articles, kept)
        save()
        print(json.dumps(figures["engines"], indent=2), flush=True)
    if "incremental" in sections:
        figures["incremental"] = incremental(work, args.articles, args.check)
        save()
        print(json.dumps(figures["incremental"], indent=2), flush=True)
    if "memory" in sections:
        store = work / "inc-out" / ".kg" / "facts.sqlite"
        total = figures.get("incremental", {}).get("articles", 0) + figures.get("incremental", {}).get("added", 0)
        figures["memory"] = memory(store, total)
        save()
        print(json.dumps(figures["memory"], indent=2), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

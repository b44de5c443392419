"""Regenerate the tables in ``benchmarks/README.md`` from the benchmarks' JSON.

    python benchmarks/table.py benchmarks/results/scale.json [more.json ...]
    python benchmarks/table.py                  # results/scale.json and results/stream.json

Later files override the sections of earlier ones. The scale table (``bench_scale.py``) goes
between the ``<!-- scale:start -->`` and ``<!-- scale:end -->`` markers of the README; the
streaming-stage table (``bench_stream.py --json``, a file with ``rows``) between
``<!-- stream:start -->`` and ``<!-- stream:end -->``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run from a checkout

README = Path(__file__).resolve().parent / "README.md"
START, END = "<!-- scale:start -->", "<!-- scale:end -->"
STREAM_START, STREAM_END = "<!-- stream:start -->", "<!-- stream:end -->"


def _ratio(a: float, b: float) -> str:
    return f"{a / b:.2f}" if b else "n/a"


def _kept(run: dict) -> str:
    return f", {run['kept']:,} of them in the kept state" if run.get("kept") else ""


def rows(fig: dict) -> list[str]:
    out = ["| figure | value | ratio | note |", "| --- | --- | --- | --- |"]
    inc = fig.get("incremental")
    if inc:
        full, new = inc["full"], inc["incremental"]
        ft, nt = full["timings"], new["timings"]
        full_cpu, new_cpu = sum(ft.values()), sum(nt.values())
        out.append(f"| whole default build, {inc['articles']:,} articles (CPU s) | {full_cpu:.0f} | 1.00 | "
                   f"analyse {ft['analyse']:.0f}, resolve {ft['resolve']:.1f}, outputs {ft['outputs']:.0f} |")
        out.append(f"| streaming stage (read + NLP + extract + merge) vs whole build | {ft['analyse']:.0f} | "
                   f"{_ratio(ft['analyse'], full_cpu)} | {inc['articles'] / ft['analyse']:.0f} articles/s per core |")
        out.append(f"| incremental: +{inc['added']} articles ({inc['added'] / inc['articles']:.0%}) vs full build | "
                   f"{new_cpu:.1f} | {new_cpu / full_cpu:.3f} | analyse {nt['analyse']:.1f} "
                   f"({new['extracted']} analysed, {new['reused']:,} from the store"
                   f"{_kept(new)}), resolve {nt['resolve']:.1f}, "
                   f"outputs {nt['outputs']:.1f} |")
        out.append(f"| incremental without the output stage vs full build | {nt['analyse'] + nt['resolve']:.1f} | "
                   f"{(nt['analyse'] + nt['resolve']) / full_cpu:.3f} | what the facts store and merge cost |")
        if "identical_exports" in inc:
            out.append(f"| incremental exports vs a build from scratch of the grown folder | | | identical, byte for "
                       f"byte (ttl, graphml): {inc['identical_exports']} |")
        out.append(f"| facts store on disk | {inc['facts_store_mb']} MB | | "
                   f"{inc['facts_store_mb'] * 1024 / (inc['articles'] + inc['added']):.1f} KB per article |")
        if inc.get("outputs_cache_mb"):
            out.append(f"| output pieces on disk (`.kg/outputs.sqlite`) | {inc['outputs_cache_mb']} MB | | "
                       f"{inc['outputs_cache_mb'] * 1024 / (inc['articles'] + inc['added']):.1f} KB per article |")
    before = fig.get("incremental_before")
    if before:  # the same pair measured on the tree before a change, for comparison
        bt, bn = before["full"]["timings"], before["incremental"]["timings"]
        b_full, b_new = sum(bt.values()), sum(bn.values())
        out.append(f"| before ({before['label']}): incremental vs full build | {b_new:.0f} / {b_full:.0f} | "
                   f"{_ratio(b_new, b_full)} | analyse {bn['analyse']:.1f}, resolve {bn['resolve']:.1f}, "
                   f"outputs {bn['outputs']:.1f} (full build: outputs {bt['outputs']:.0f}) |")
    mem = fig.get("memory")
    if mem and mem.get("kb_per_article") is not None:
        small, big = mem["runs"][0], mem["runs"][-1]
        out.append(f"| resolution stage, peak RSS per article | {mem['kb_per_article']} KB | | "
                   f"{small['articles']:,} -> {big['articles']:,} articles: {small['peak_mb']} -> {big['peak_mb']} MB "
                   f"(fold facts from the store, result, evidence streamed back) |")
    eng = fig.get("engines")
    if eng:
        runs = eng["runs"]
        single, jobs, dask = runs["single"], runs["jobs2"], runs["dask2"]
        n = eng["articles"]
        out.append(f"| {n:,} articles, in-process (wall s / CPU s) | {single['wall_s']} / {single['cpu_s']} | 1.00 | "
                   "`--no-validate`, whole `kg build` process tree |")
        out.append(f"| `--jobs 2` vs in-process (wall) | {jobs['wall_s']} / {jobs['cpu_s']} | "
                   f"{_ratio(jobs['wall_s'], single['wall_s'])} | |")
        out.append(f"| `--engine dask -j 2` vs in-process (wall) | {dask['wall_s']} / {dask['cpu_s']} | "
                   f"{_ratio(dask['wall_s'], single['wall_s'])} | LocalCluster start included |")
        out.append(f"| `--engine dask -j 2` vs `--jobs 2` (wall) | | {_ratio(dask['wall_s'], jobs['wall_s'])} | "
                   f"exports identical: {eng['identical_exports']} |")
        bag = eng.get("bag")
        if bag:
            out.append(f"| throwaway Dask bag vs `run_dask`, {bag['bag_articles']} articles (wall s) | "
                       f"{bag['bag_wall_s']} vs {bag['engine_wall_s']} | {_ratio(bag['bag_wall_s'], bag['engine_wall_s'])} | "
                       f"pipeline pickled into each of {bag['bag_tasks']} tasks: {bag['closure_pickled_mb']} MB, "
                       f"{bag['closure_unpickle_s']} s to unpickle |")
            out.append(f"| worker RSS after the run, bag vs `run_dask` (MB) | {bag['bag_worker_rss_mb']} vs "
                       f"{bag['engine_worker_rss_mb']} | | |")
    loads = [x for key in ("engines", "incremental") if key in fig for x in fig[key].get("load", [])]
    if loads:
        out.append(f"| machine load (1-min average, 2 cores) | {min(loads)}-{max(loads)} | | shared machine; "
                   "compare ratios, not seconds |")
    return out


def stream_rows(fig: dict) -> list[str]:
    """The streaming stage against the tokenizer-only floor, as ``bench_stream.py`` measured it."""
    from benchmarks.bench_stream import TARGETS, table

    out = table(fig["rows"]).splitlines()
    loads = [x for r in fig["rows"] for x in r["load_1min"]]
    out.append("")
    out.append(f"CPU seconds of one process, medians of {fig['repeat']}; load average {min(loads):.1f}-{max(loads):.1f} "
               f"on {fig['cores']} cores. Targets (issue 8): " + ", ".join(
                   f"{name} {words:,} words/s" for name, words in TARGETS.items()) + ".")
    return out


def _replace(text: str, start: str, end: str, block: str) -> str:
    head, rest = text.split(start, 1)
    _old, tail = rest.split(end, 1)
    return head + start + "\n" + block + "\n" + end + tail


def main(argv: list[str]) -> int:
    results = Path(__file__).resolve().parent / "results"
    fig: dict = {}
    stream: dict | None = None
    for path in argv or [str(p) for p in (results / "scale.json", results / "stream.json") if p.exists()]:
        data = json.loads(Path(path).read_text())
        if "rows" in data:
            stream = data
        else:
            fig.update(data)
    text = README.read_text(encoding="utf-8")
    if fig:
        machine = fig.get("machine", {})
        table = "\n".join(rows(fig))
        text = _replace(text, START, END, f"Measured {machine.get('date', '?')}, {machine.get('cores', '?')} cores, "
                                          f"nice {machine.get('nice', '?')}.\n\n{table}")
    if stream is not None:
        text = _replace(text, STREAM_START, STREAM_END,
                        f"Measured {stream['measured']}, nice {stream['nice']}.\n\n" + "\n".join(stream_rows(stream)))
    README.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

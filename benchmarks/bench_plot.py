"""Time `kg plot` by stage on generated call networks (tests/call_graphs.py): read, choose, draw, save.

For each size it builds a graph with ``kg.rdf.graph.build_graph`` (N leaders, 7 calls per leader,
Zipf-like), writes it as N-Triples into a temporary folder, loads it into an Oxigraph store, and
times, for ``--top 40`` and for all leaders: reading the network through SPARQL (from the file
and from the store), choosing the leaders, drawing (layout and label placement included), and
saving PNG and SVG. Each figure is the best of ``--repeat`` runs.

    python benchmarks/bench_plot.py                      # 100, 300, 1000 leaders
    python benchmarks/bench_plot.py --leaders 300 --repeat 5 --keep /tmp/pics
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

import call_graphs  # noqa: E402

from kg.query.network import read_calls  # noqa: E402
from kg.store.local import load_into_store  # noqa: E402
from kg.write.callnet import DEFAULT_TOP, select_network  # noqa: E402
from kg.write.plot import draw, save  # noqa: E402


def best(repeat: int, run):
    times, value = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        value = run()
        times.append(time.perf_counter() - start)
    return min(times), value


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--leaders", type=int, nargs="+", default=[100, 300, 1000])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--keep", type=Path, default=None, help="keep the pictures in this folder")
    args = parser.parse_args(argv)

    print("| leaders | calls | shown | read file s | read store s | choose s | draw s | png s | svg s | unlabelled |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    with tempfile.TemporaryDirectory(prefix="bench-plot-") as tmp:
        tmp = Path(tmp)
        out = args.keep or tmp
        out.mkdir(parents=True, exist_ok=True)
        for n in args.leaders:
            graph = tmp / f"g{n}.nt"
            graph.write_bytes(call_graphs.graph(n, 7 * n).serialize(format="nt", encoding="utf-8"))
            load_into_store(graph, tmp / f"store{n}")
            t_file, (calls, names) = best(args.repeat, lambda: read_calls(graph))
            t_store, _ = best(args.repeat, lambda: read_calls(tmp / f"store{n}"))
            labels = {iri: ns[0] for iri, ns in names.items()}
            for top in (DEFAULT_TOP, 0):
                if top and top >= len(labels):
                    continue
                t_choose, net = best(args.repeat, lambda: select_network(calls, labels, top=top))
                t_draw, picture = best(args.repeat, lambda: draw(net, f"{n} leaders, top {top or 'all'}"))
                t_png, _ = best(args.repeat, lambda: save(picture, out / f"leaders-{n}-{top}.png"))
                t_svg, _ = best(args.repeat, lambda: save(picture, out / f"leaders-{n}-{top}.svg"))
                print(f"| {n} | {net.calls} | {len(net.labels)} | {t_file:.2f} | {t_store:.2f} | {t_choose:.3f} "
                      f"| {t_draw:.2f} | {t_png:.2f} | {t_svg:.2f} | {len(picture.unlabelled)} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())

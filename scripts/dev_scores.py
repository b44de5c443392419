"""Build and score every annotated set the developers measure on; print one table.

A developer's tool, run by hand, never by the package or its tests. The project's own annotated
sets live in ``tests/`` (``blind*``: ``articles/`` and ``gold.json``); the real published articles
of the shared evaluation folder (``--eval-dir``, holding ``dev/``, ``dev-16/``, ``seeds-gold.json``
and ``score.py``) are read from where they lie and never copied here. A blind set kept for the
next measure of unseen news holds a file ``UNSCORED``: it is built only when named in ``--sets``,
so that no run of this script spends its one first score by accident.

    python scripts/dev_scores.py --eval-dir ../shared/eval [--out /tmp/ev] [--sets dev,blind3]
        [-- extra kg build options such as --model en_core_web_sm]
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COLUMNS = [
    ("call_f1", "call"), ("date_accuracy", "date"), ("status_accuracy", "status"),
    ("caller_accuracy", "caller"), ("reported_by_f1", "rb"), ("event_merge_recall", "merge"),
    ("event_overmerged_nodes", "over"), ("split_entities", "split"), ("person_recall", "pers"),
    ("outlet_recall", "outl"), ("called_edge_recall", "edges"),
]


def _sets(eval_dir: Path) -> dict[str, tuple[Path, Path]]:
    found = {
        "dev": (eval_dir / "dev" / "articles", eval_dir / "dev" / "gold.json"),
        "dev-16": (eval_dir / "dev-16" / "articles", eval_dir / "dev-16" / "gold.json"),
        "seeds": (ROOT / "seeds", eval_dir / "seeds-gold.json"),
    }
    blinds = sorted((p for p in (ROOT / "tests").glob("blind*") if (p / "gold.json").exists()),
                    key=lambda p: int(p.name[5:] or 1))
    for path in blinds:
        found[path.name] = (path / "articles", path / "gold.json")
    for name in ("heldout", "heldout2", "fixtures"):
        found[name] = (ROOT / "tests" / name, ROOT / "tests" / "data" / f"{name}-gold.json")
    return found


def _run(name: str, articles: Path, gold: Path, out: Path, scorer: Path, extra: list[str]) -> dict:
    target = out / name
    subprocess.run([sys.executable, "-m", "kg", "build", str(articles), "--out", str(target),
                    "--no-validate", "-q", *extra], check=True, cwd=ROOT, capture_output=True)
    scores = target / "scores.json"
    subprocess.run([sys.executable, str(scorer), str(target / "graph.ttl"), "--gold", str(gold),
                    "--json", str(scores), "--quiet"], check=True, capture_output=True)
    return json.loads(scores.read_text(encoding="utf-8"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval-dir", type=Path, required=True)
    parser.add_argument("--out", type=Path, default=Path("/tmp/ev"))
    parser.add_argument("--sets", default="", help="comma-separated names; all when empty")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("extra", nargs="*", help="options passed on to kg build (after --)")
    args = parser.parse_args()
    every = _sets(args.eval_dir)
    chosen = [s for s in args.sets.split(",") if s] or [
        name for name, (articles, _) in every.items()
        if not (articles.parent / "UNSCORED").exists()]
    scorer = args.eval_dir / "score.py"
    with ThreadPoolExecutor(args.jobs) as pool:
        futures = {name: pool.submit(_run, name, *every[name], args.out, scorer, args.extra)
                   for name in chosen}
        results = {name: future.result() for name, future in futures.items()}
    print("set".ljust(8) + "".join(label.rjust(7) for _, label in COLUMNS))
    for name, metrics in results.items():
        cells = []
        for key, _ in COLUMNS:
            value = metrics.get("metrics", metrics).get(key)
            cells.append("-" if value is None else (f"{value:.3f}" if isinstance(value, float)
                                                    else str(value)))
        print(name.ljust(8) + "".join(c.rjust(7) for c in cells))


if __name__ == "__main__":
    main()

"""Refresh the README's named-query examples and docs/leaders.png from a built seed graph.

The README shows every shipped query (``kg/queries/*.rq``) with its real output on the seeds.
This script reruns them exactly as ``kg query NAME`` prints them (table format) and rewrites the
part of README.md between ``<!-- queries:start -->`` and ``<!-- queries:end -->``; it also
redraws the leaders picture as ``kg plot GRAPH -o docs/leaders.png`` would.

Usage, from anywhere (paths default to the repository this script lives in):

    kg build                                  # seeds/ -> exports/
    python3 scripts/readme_queries.py         # rewrite README.md and docs/leaders.png
    python3 scripts/readme_queries.py --check # exit 1 if README.md is out of date
"""

from __future__ import annotations

import argparse
import shlex
import sys
from pathlib import Path

from kg.errors import KgError
from kg.plot import plot_file
from kg.query import list_queries, load_query, render, run_query

ROOT = Path(__file__).resolve().parents[1]
START, END = "<!-- queries:start -->", "<!-- queries:end -->"

#: Parameters for the queries that need them, chosen to show facts of the seed annotation.
EXAMPLE_PARAMS: dict[str, dict[str, str]] = {
    "timeline": {"person": "Putin"},
    "evidence": {"call": "Elon Musk"},
}


def command_line(name: str, params: dict[str, str]) -> str:
    parts = ["kg", "query", name]
    for key, value in params.items():
        parts += ["--param", f"{key}={value}"]
    return shlex.join(parts)


def section(graph: Path) -> str:
    """The Markdown between the markers: one heading, command and output per query."""
    blocks = [
        "",
        f"Output of each named query on the seed graph (`{_shown(graph)}`, built by `kg build`),",
        "refreshed by `python3 scripts/readme_queries.py`. `kg query NAME` and",
        "`kg query --name NAME` are the same; add `--format csv|tsv|json` for other formats.",
    ]
    for query in list_queries():
        params = EXAMPLE_PARAMS.get(query.name, {})
        missing = [p.name for p in query.params if p.name not in params]
        if missing:
            raise SystemExit(
                f"readme_queries: query {query.name!r} needs {', '.join(missing)}: add an example "
                "to EXAMPLE_PARAMS in scripts/readme_queries.py"
            )
        output = render(run_query(graph, load_query(query.name, params)), "table").rstrip("\n")
        blocks += [
            "",
            f"#### `{query.name}`: {query.title}",
            "",
            query.description,
            "",
            "```console",
            f"$ {command_line(query.name, params)}",
            output,
            "```",
        ]
    return "\n".join(blocks) + "\n"


def _shown(graph: Path) -> str:
    try:
        return graph.resolve().relative_to(ROOT).as_posix()
    except ValueError:
        return graph.as_posix()


def rewrite(readme_text: str, new_section: str) -> str:
    head, sep, rest = readme_text.partition(START)
    _, sep2, tail = rest.partition(END)
    if not sep or not sep2:
        raise SystemExit(f"readme_queries: README has no {START} ... {END} markers")
    return f"{head}{START}\n{new_section}\n{END}{tail}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--graph", type=Path, default=ROOT / "exports" / "graph.ttl",
                        help="the seed graph to query (default: exports/graph.ttl)")
    parser.add_argument("--readme", type=Path, default=ROOT / "README.md")
    parser.add_argument("--plot", type=Path, default=ROOT / "docs" / "leaders.png",
                        help="where to draw the leaders picture (default: docs/leaders.png)")
    parser.add_argument("--no-plot", action="store_true", help="leave the picture alone")
    parser.add_argument("--check", action="store_true",
                        help="write nothing; exit 1 when README.md is not up to date")
    args = parser.parse_args(argv)

    try:
        old = args.readme.read_text(encoding="utf-8")
        new = rewrite(old, section(args.graph))
    except (OSError, KgError) as err:
        print(f"readme_queries: {err}", file=sys.stderr)
        return 1
    if args.check:
        if new != old:
            print(f"readme_queries: {args.readme} is out of date; run python3 scripts/readme_queries.py",
                  file=sys.stderr)
            return 1
        return 0
    if new != old:
        args.readme.write_text(new, encoding="utf-8")
    print(f"readme_queries: {args.readme} {'updated' if new != old else 'already up to date'}")
    if not args.no_plot:
        args.plot.parent.mkdir(parents=True, exist_ok=True)
        report = plot_file(args.graph, args.plot)
        print(f"readme_queries: wrote {report.out}: {report.leaders} leaders, {report.calls} calls")
    return 0


if __name__ == "__main__":
    sys.exit(main())

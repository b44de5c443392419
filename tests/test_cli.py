"""The command line's conventions (README "Command-line conventions"), on real builds and
stores: --version, -h, one meaning per short option, -q/-v/--log-format on every command,
results on stdout and messages on stderr, `-` for stdin/stdout, options checked before any
work, the predeclared prefixes and short syntax errors, progress per stage, and exit codes."""

from __future__ import annotations

import io
import json
import os
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
import typer
from rich.console import Console
from typer.main import get_command
from typer.testing import CliRunner

from kg.cli import app
from kg.cli.common import session
from kg.errors import Exit

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
MINI = ROOT / "tests" / "data" / "mini.ttl"
COMMAND = get_command(app)
COMMANDS = sorted(COMMAND.commands)

runner = CliRunner()


def kg(*args, input=None):
    return runner.invoke(app, [str(a) for a in args], input=input)


def kg_process(*args, input=None, cwd=None):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "kg", *map(str, args)], input=input, capture_output=True,
                          text=True, env=env, cwd=cwd, timeout=300)


@pytest.fixture(scope="module")
def seed_out(tmp_path_factory):
    """The seeds built once, quietly: an output folder with a store."""
    out = tmp_path_factory.mktemp("cli") / "out"
    result = kg("build", SEEDS, "--out", out, "-q")
    assert result.exit_code == 0, result.output
    return out


# --- help, version, options --------------------------------------------------------------------


def test_version_in_process_and_as_a_program():
    result = kg("--version")
    assert result.exit_code == 0 and result.stdout.startswith("newskg ")
    run = kg_process("--version")
    assert run.returncode == 0 and run.stdout == result.stdout and run.stderr == ""


@pytest.mark.parametrize("args", [["-h"], *[[name, "-h"] for name in COMMANDS]])
def test_dash_h_is_help_everywhere(args):
    result = kg(*args)
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("Usage: kg"), result.output
    assert "-h, --help" in result.stdout


def test_help_points_to_the_exit_codes_in_the_readme():
    assert '"Errors and exit codes" in the README' in " ".join(kg("-h").stdout.split())
    assert "## Errors and exit codes" in (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_has_quiet_verbose_and_log_format(name):
    options = {opt for p in COMMAND.commands[name].params for opt in p.opts}
    assert {"-q", "--quiet", "-v", "--verbose", "--log-format"} <= options  # -h: test_dash_h_is_help_everywhere


def test_a_short_option_means_one_thing_across_commands():
    meaning: dict[str, set[str]] = {}
    for command in COMMAND.commands.values():
        for param in command.params:
            shorts = [o for o in param.opts if o.startswith("-") and not o.startswith("--")]
            longs = [o for o in param.opts if o.startswith("--")]
            for short in shorts:
                meaning.setdefault(short, set()).update(longs)
    assert {k: v for k, v in meaning.items() if len(v) > 1} == {}
    assert meaning["-f"] == {"--format"} and meaning["-o"] == {"--out"}


# --- options checked before any work -------------------------------------------------------------


def test_a_bad_format_fails_before_any_article_is_read(tmp_path):
    out = tmp_path / "out"
    run = kg_process("build", SEEDS, tmp_path / "no-such-input", "-o", out, "-f", "ttl", "-f", "bogus")
    assert run.returncode == Exit.USAGE, run.stderr
    assert "[E400] unknown export format 'bogus'" in run.stderr
    # E201 (a missing input) is raised before anything is read; the format came first, and
    # nothing was created: no lock, no facts store, no store
    assert "E201" not in run.stderr and not out.exists()
    assert run.stdout == ""


@pytest.mark.parametrize(("args", "code"), [
    (["build", "--engine", "spark"], "E344"),
    (["build", "--mentions", "some"], "E345"),
    (["build", "--max-size", "lots"], "E246"),
    (["query", "calls", "-f", "xml"], "E511"),
    (["plot", "--status", "rumoured"], "E861"),
    (["evaluate", "x.ttl", "--gold", "g.json", "--require", "f1 high"], "E703"),
    (["load", "x.ttl", "--endpoint", "http://h/x", "--protocol", "ftp"], "E801"),
    (["diff", "a", "b", "-f", "yaml"], "E871"),
    (["query", "calls", "-g", "a.ttl", "--store", "s"], "E515"),
])
def test_usage_errors_exit_2_with_their_code(tmp_path, args, code):
    result = kg(*args)
    assert result.exit_code == Exit.USAGE, result.output
    assert f"[{code}]" in result.output and "Usage: kg" in result.output


# --- stdout for results, stderr for messages ---------------------------------------------------


def test_build_summary_on_stdout_progress_lines_on_stderr(tmp_path):
    result = kg("build", SEEDS, "--out", tmp_path / "out")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("articles read: 5 ") and "shape violations: 0" in result.stdout
    stages = [line.split(" in ")[0] for line in result.stderr.splitlines()]
    calls = int(result.stdout.split("; calls: ")[1].split(";")[0])
    assert stages == [
        "read and analysed 5 articles", "resolved entities and calls", f"loaded the store with {calls + 5} calls and articles",
        "validated against the shapes", "wrote graph.ttl", "wrote graph.graphml", "switched to the new outputs",
    ], result.stderr
    quiet = kg("build", SEEDS, "--out", tmp_path / "out", "-q")
    assert quiet.stderr == "" and quiet.stdout.startswith("articles read: 5 (0 analysed, 5 from the facts store)")


def test_no_validate_never_reports_zero_violations(tmp_path):
    result = kg("build", SEEDS, "--out", tmp_path / "out", "-q", "--no-validate")
    assert result.exit_code == 0, result.output
    assert "shape violations" not in result.output
    assert "shapes: not checked (--no-validate)" in result.stdout


def test_mentions_all_records_the_people_of_articles_without_a_call(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    # invented: ordinary news without a cue of a call, and a call
    (folder / "budget.txt").write_text("Finance Minister Tala Voss presented the budget in Nairobi on Tuesday.\n",
                                       encoding="utf-8")
    (folder / "call.txt").write_text("Emmanuel Macron spoke by phone with Olaf Scholz on Monday.\n", encoding="utf-8")
    graphs = {}
    for mode in ("cued", "all"):
        out = tmp_path / mode
        args = ["--mentions", mode] if mode == "all" else []
        result = kg("build", folder, "--out", out, "-q", "--no-validate", "-f", "ttl", *args)
        assert result.exit_code == 0, result.output
        assert result.stdout.startswith("articles read: 2 (2 analysed") and "calls: 1;" in result.stdout
        graphs[mode] = (out / "graph.ttl").read_text(encoding="utf-8")
    assert "Tala Voss" in graphs["all"] and "Tala Voss" not in graphs["cued"]
    assert all('"budget.txt"' in g and "Olaf Scholz" in g for g in graphs.values())
    assert "--mentions" in kg("build", "--help").stdout


def test_leaders_only_writes_the_projection_beside_each_graph_export(tmp_path):
    import networkx as nx

    result = kg("build", SEEDS, "--out", tmp_path / "out", "-q", "--no-validate", "--leaders-only",
                "-f", "ttl", "-f", "graphml", "-f", "gexf")
    assert result.exit_code == 0, result.output
    names = {p.name for p in (tmp_path / "out").iterdir()}
    assert {"graph.graphml", "graph.gexf", "graph.leaders.graphml", "graph.leaders.gexf"} <= names
    full, leaders = nx.read_graphml(tmp_path / "out" / "graph.graphml"), nx.read_graphml(tmp_path / "out" / "graph.leaders.graphml")
    assert 0 < leaders.number_of_nodes() < full.number_of_nodes()
    assert all("weight" in data for _u, _v, data in leaders.edges(data=True))


def test_progress_bars_on_a_terminal_have_totals_rates_and_eta(tmp_path):
    from kg.build.pipeline import build
    from kg.cli.progress import BuildDisplay
    from kg.config import Settings

    screen = io.StringIO()
    console = Console(file=screen, force_terminal=True, width=140, color_system=None)
    with BuildDisplay(True, count_inputs=[SEEDS], console=console) as display:
        assert display.bars
        built = build(Settings(inputs=(SEEDS,), out_dir=tmp_path / "out"), progress=display)
    drawn = screen.getvalue()
    for label in ("reading and analysing articles", "resolving entities and calls", "loading the store",
                  "validating against the shapes", "writing graph.ttl", "writing graph.graphml"):
        assert label in drawn, label
    stored = built.calls + built.articles
    assert "5/5" in drawn and f"{stored}/{stored}" in drawn  # the articles counted up front; calls and articles stored
    assert "ETA" in drawn and "/s" in drawn


def test_json_logs_one_object_a_line(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "a.txt").write_text("Emmanuel Macron spoke by phone with Olaf Scholz on Monday.\n", encoding="utf-8")
    (inputs / "broken.txt").write_bytes(b"Trump \xff spoke\n")
    result = kg("build", inputs, "--out", tmp_path / "out", "--log-format", "json")
    assert result.exit_code == Exit.SKIPPED, result.output
    records = [json.loads(line) for line in result.stderr.splitlines()]
    skipped = [r for r in records if r["event"] == "skipped"]
    assert len(skipped) == 1 and skipped[0]["code"] == "E242" and skipped[0]["source"].endswith("broken.txt")
    assert skipped[0]["level"] == "warning"
    stages = [r["stage"] for r in records if r["event"] == "stage"]
    assert stages[:2] == ["read", "resolve"] and all(isinstance(r["seconds"], float) for r in records if "seconds" in r)
    error = kg("query", "calz", "-g", MINI, "--log-format", "json")
    assert error.exit_code == Exit.USAGE  # a usage error: click's own message


def test_errors_as_json_carry_code_and_exit_code(tmp_path):
    result = kg("query", "calls", "-g", tmp_path / "none.ttl", "--log-format", "json")
    assert result.exit_code == Exit.ERROR
    (record,) = [json.loads(line) for line in result.stderr.splitlines()]
    assert record["level"] == "error" and record["code"] == "E521" and record["exit_code"] == 1
    assert record["message"].startswith("[E521] ")


# --- `-` for stdin and stdout ------------------------------------------------------------------


def test_sparql_from_stdin_in_a_real_pipe(seed_out):
    sparql = "SELECT (COUNT(*) AS ?n) WHERE { ?c a kg:Call }"
    run = kg_process("query", "-", "--store", seed_out / "store", "-f", "csv", input=sparql + "\n")
    assert run.returncode == 0, run.stderr
    given = kg("query", sparql, "--store", seed_out / "store", "-f", "csv")  # the same query as an argument
    assert run.stdout == given.stdout and int(run.stdout.split()[1]) >= 6


def test_query_output_to_a_file_or_dash(seed_out, tmp_path):
    to_stdout = kg("query", "calls", "--store", seed_out / "store", "-o", "-", "-f", "csv")
    assert to_stdout.exit_code == 0 and to_stdout.stdout.startswith("call,date,status")
    target = tmp_path / "calls.csv"
    to_file = kg("query", "calls", "--store", seed_out / "store", "-o", target, "-f", "csv")
    assert to_file.exit_code == 0 and to_file.stdout == ""
    assert target.read_text(encoding="utf-8") == to_stdout.stdout


def test_query_file_and_graph_from_stdin(seed_out):
    leaders = "SELECT (COUNT(*) AS ?n) WHERE { ?l a kg:Leader }"
    rq = kg("query", "--file", "-", "--store", seed_out / "store", "-f", "csv", input=leaders)
    assert rq.exit_code == 0 and rq.stdout == kg("query", leaders, "--store", seed_out / "store", "-f", "csv").stdout
    assert int(rq.stdout.split()[1]) >= 3, rq.output
    ttl = (seed_out / "graph.ttl").read_text(encoding="utf-8")
    graph = kg("query", "top-leaders", "-g", "-", "-f", "csv", input=ttl)
    assert graph.exit_code == 0 and graph.stdout.splitlines()[1].startswith("Donald Trump,United States,")
    assert graph.stdout == kg("query", "top-leaders", "-g", seed_out / "graph.ttl", "-f", "csv").stdout
    both = kg("query", "-", "-g", "-", input="x")
    assert both.exit_code == Exit.USAGE


def test_load_validate_and_evaluate_read_stdin(seed_out, tmp_path):
    ttl = (seed_out / "graph.ttl").read_text(encoding="utf-8")
    loaded = kg("load", "-", "--store", tmp_path / "store", input=ttl)
    assert loaded.exit_code == 0 and "  <stdin>: " in loaded.stdout, loaded.output
    valid = kg("validate", "-", input=ttl)
    assert valid.exit_code == 0 and valid.stdout == "<stdin>: conforms to the newskg shapes\n"
    bad = kg("validate", "-", input="<urn:a> <urn:b> \n")
    assert bad.exit_code == Exit.ERROR and "<stdin>" in bad.stderr and "kg-stdin-" not in bad.stderr
    scored = kg("evaluate", "-", "--gold", ROOT / "tests" / "data" / "seeds-gold.json", "--json", "-", input=ttl)
    assert scored.exit_code == 0, scored.output
    assert json.loads(scored.stdout)["metrics"]["call_f1"] == 1.0  # stdout holds the JSON only
    assert "misses" in scored.stderr or "call_f1" in scored.stderr


def test_articles_from_stdin(tmp_path):
    records = [{"maintext": "Emmanuel Macron spoke by phone with Olaf Scholz on Monday.", "title": "Call",
                "date_publish": "2024-06-12 08:00:00", "source_domain": "example.org"}, "not json"]
    lines = "\n".join(r if isinstance(r, str) else json.dumps(r) for r in records) + "\n"
    result = kg("build", "-", "--out", tmp_path / "out", "-q", input=lines)
    assert result.exit_code == Exit.SKIPPED, result.output
    assert "skipped <stdin> [E250]: line 2: invalid JSON" in result.stderr and "kg-stdin-" not in result.output
    calls = kg("query", "calls", "--store", tmp_path / "out" / "store", "-f", "csv")
    assert "Emmanuel Macron, Olaf Scholz" in calls.stdout and "stdin.jsonl#1" in calls.stdout


def test_plot_to_stdout(tmp_path):
    sample = ROOT / "tests" / "data" / "mini.ttl"
    result = kg("plot", sample, "-o", "-", "-f", "svg", "--status", "occurred", "--status", "planned")
    assert result.exit_code == 0, result.output
    assert result.stdout_bytes.lstrip().startswith(b"<?xml") and b"<svg" in result.stdout_bytes
    assert "wrote stdout" in result.stderr


# --- SPARQL written by hand ----------------------------------------------------------------------


def test_standard_and_data_prefixes_are_declared(seed_out):
    sparql = ("SELECT ?name WHERE { ?c a kg:Call ; kg:participant ?p ; schema:startDate ?d . "
              "?p a schema:Person ; rdfs:label ?name . FILTER (?d = '2025-02-12'^^xsd:date && ?p != person:x) } "
              "ORDER BY ?name")
    result = kg("query", sparql, "--store", seed_out / "store", "-f", "csv")
    assert result.exit_code == 0, result.output
    assert result.stdout == "name\nDonald Trump\nVladimir Putin\n"
    own = kg("query", "PREFIX kg: <urn:other:> SELECT (COUNT(*) AS ?n) WHERE { ?c a kg:Call }",
             "--store", seed_out / "store", "-f", "csv")
    assert own.stdout == "n\n0\n"  # a query's own PREFIX wins


def test_a_syntax_error_is_short_and_points_at_line_and_column(seed_out):
    result = kg("query", "SELECT ?x WHERE {\n  ?x a kg:Call ,, kg:Leader .\n}\nLIMIT 3", "--store", seed_out / "store")
    assert result.exit_code == Exit.ERROR
    assert result.stderr == (
        "error: [E509] the SPARQL query does not parse: line 2, column 16: cannot read the query from ',' on\n"
        "    ?x a kg:Call ,, kg:Leader .\n"
        "                 ^\n"
    )  # no wall of grammar
    unknown = kg("query", "SELECT * WHERE { ?s a foo:Thing }", "--store", seed_out / "store")
    assert "line 1, column 23: unknown prefix 'foo:'; declare it with PREFIX" in unknown.stderr


def test_the_readme_shows_the_syntax_error_as_kg_prints_it(seed_out):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("<!-- syntax-error:start -->\n")[1].split("<!-- syntax-error:end -->")[0]
    command, *shown = block.removeprefix("```console\n$ kg query ").removesuffix("```\n").split("\n")
    result = kg("query", shlex.split(command)[0], "--store", seed_out / "store")
    assert result.exit_code == Exit.ERROR and result.stdout == ""
    assert result.stderr == "\n".join(shown), "README's syntax error is stale: run python3 scripts/readme_queries.py"


# --- exit codes --------------------------------------------------------------------------------


def _probe_app(error: BaseException) -> typer.Typer:
    probe = typer.Typer()

    @probe.command()
    def run() -> None:
        with session():
            raise error

    return probe


def test_an_unexpected_exception_is_an_internal_error_exit_5():
    result = runner.invoke(_probe_app(ZeroDivisionError("boom")), [])
    assert result.exit_code == Exit.INTERNAL
    assert "[E001] internal error: ZeroDivisionError: boom (at " in result.stderr
    assert "please report it" in result.stderr and "Traceback" not in result.stderr


def test_click_usage_errors_exit_2_and_skipped_inputs_6(tmp_path):
    assert kg("build", "--no-such-option").exit_code == Exit.USAGE
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "a.txt").write_text("Emmanuel Macron spoke by phone with Olaf Scholz on Monday.\n", encoding="utf-8")
    (inputs / "b.txt").write_text("", encoding="utf-8")
    result = kg("build", inputs, "--out", tmp_path / "out", "-q")
    assert result.exit_code == Exit.SKIPPED == 6, result.output
    assert "skipped " in result.stderr and "[E244]" in result.stderr

"""`kg diff` (kg.query.diff) on real builds of the seeds, one article apart.

Without 001 (The Kyiv Independent), the Trump–Putin call of article 000 is undated (000 only
says the two spoke); 001 dates it to 2025-12-28 and names Trump as the caller, so with 001 the
call's key, and IRI, change: the diff pairs the two by participants, status and article 000.
001 also tells of a planned Trump–Zelensky call: a new call. Without 004, the call of
2025-02-12 and the planned Trump–Zelensky call 004 tells of are missing: new calls in the
full build.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import KgError
from kg.query.diff import MATCHED_BY_CONTENT, diff_calls, read_calls

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
ID = "https://w3id.org/newskg/id/"
DEC_28 = "call/trump-putin-2025-12-28-370505495b"
UNDATED = "call/trump-putin-e1a1805fcd"
PLANNED_001 = "call/trump-zelensky-17403849b8"
FEB_12 = "call/trump-putin-2025-02-12-1732630cec"
PLANNED = "call/trump-zelensky-7e7b130137"

runner = CliRunner()


def _build(tmp: Path, name: str, without: str | None) -> Path:
    inputs = tmp / f"{name}-in"
    inputs.mkdir()
    for article in SEEDS.glob("*.txt"):
        if without is None or not article.name.startswith(without):
            shutil.copy(article, inputs)
    rows = (SEEDS / "metadata.csv").read_text(encoding="utf-8").splitlines(keepends=True)
    (inputs / "metadata.csv").write_text("".join(r for r in rows if without is None or not r.startswith(without)),
                                         encoding="utf-8")
    out = tmp / name
    result = runner.invoke(app, ["build", str(inputs), "--out", str(out), "-q", "-f", "ttl", "-f", "nt"])
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture(scope="module")
def builds(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("diff")
    return {"all": _build(tmp, "all", None), "no-001": _build(tmp, "no-001", "001"),
            "no-004": _build(tmp, "no-004", "004")}


def kg(*args):
    return runner.invoke(app, [str(a) for a in args])


def test_a_call_that_gained_a_day_is_paired_by_participants_status_and_articles(builds):
    diff = diff_calls(builds["no-001"], builds["all"])
    assert ([c.iri for c in diff.added], diff.removed, diff.unchanged) == ([ID + PLANNED_001], (), 5)
    assert diff.added[0].status == "planned" and not diff.added[0].date
    (change,) = diff.changed
    assert change.matched_by == MATCHED_BY_CONTENT
    assert (change.old.iri, change.new.iri) == (ID + UNDATED, ID + DEC_28)
    assert change.changes["date"] == ("", "2025-12-28")
    assert change.changes["caller"] == ("", ID + "person/donald-trump-43e587e400")
    assert change.changes["articles"] == (frozenset({"000_69d62b99b9f381a1.txt"}),
                                          frozenset({"000_69d62b99b9f381a1.txt", "001_4330e57bc01e9a4b.txt"}))
    added = {change.new.name(o) for o in change.new.outlets - change.old.outlets}
    assert added == {"The Kyiv Independent"}
    assert set(change.changes) == {"call", "date", "caller", "outlets", "articles"}


def test_kg_diff_table_one_article_apart(builds):
    result = kg("diff", builds["no-001"], builds["all"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["change", "call", "date", "status", "participants", "what"]
    assert lines[2].split() == ["new", f"id:{PLANNED_001}", "planned", "Donald", "Trump,", "Volodymyr", "Zelensky",
                                "outlets:", "The", "Kyiv", "Independent"]
    assert lines[3].startswith(f"changed  id:{DEC_28}  2025-12-28  occurred  Donald Trump, Vladimir Putin  ")
    assert lines[3].endswith(
        f"was id:{UNDATED}, matched by participants, status and articles; date none -> 2025-12-28; "
        "caller none -> Donald Trump; outlets +The Kyiv Independent; articles +001_4330e57bc01e9a4b.txt"
    )
    assert lines[4:] == ["1 new, 0 removed, 1 changed, 5 unchanged calls"]


def test_new_calls_and_removed_ones(builds):
    result = kg("diff", builds["no-004"], builds["all"])
    assert result.exit_code == 0, result.output
    rows = [line.split()[0:2] for line in result.stdout.splitlines()[2:-1]]
    assert rows == [["new", f"id:{FEB_12}"], ["new", f"id:{PLANNED}"]]
    assert "2025-02-12  occurred  Donald Trump, Vladimir Putin      outlets: Telegram, Truth Social" in result.stdout
    assert result.stdout.endswith("2 new, 0 removed, 0 changed, 5 unchanged calls\n")
    back = diff_calls(builds["all"], builds["no-004"])
    assert [c.iri for c in back.removed] == [ID + FEB_12, ID + PLANNED] and not back.added


def test_json_has_every_field(builds, tmp_path):
    target = tmp_path / "changes.json"
    result = kg("diff", builds["no-001"] / "store", builds["all"] / "graph.nt", "--format", "json", "-o", target)
    assert result.exit_code == 0 and result.stdout == "", result.output
    doc = json.loads(target.read_text(encoding="utf-8"))
    assert doc["summary"] == {"new": 1, "removed": 0, "changed": 1, "unchanged": 5}
    assert [c["call"] for c in doc["new_calls"]] == [ID + PLANNED_001]
    (change,) = doc["changed_calls"]
    assert change["matched_by"] == "participants+status+articles"
    assert change["changes"]["date"] == {"old": None, "new": "2025-12-28"}
    assert change["changes"]["call"] == {"old": ID + UNDATED, "new": ID + DEC_28}
    assert change["changes"]["articles"] == {"added": ["001_4330e57bc01e9a4b.txt"], "removed": []}
    assert change["new"]["caller"] == {"iri": ID + "person/donald-trump-43e587e400", "name": "Donald Trump"}
    assert {p["name"] for p in change["new"]["participants"]} == {"Donald Trump", "Vladimir Putin"}


def test_a_build_folder_a_store_and_a_graph_file_read_the_same(builds):
    folder = read_calls(builds["all"])
    assert read_calls(builds["all"] / "store") == folder == read_calls(builds["all"] / "graph.ttl")
    assert len(folder) == 7
    same = kg("diff", builds["all"], builds["all"] / "graph.ttl")
    assert same.stdout == "0 new, 0 removed, 0 changed, 7 unchanged calls\n"


def test_what_is_not_a_graph_is_an_error(tmp_path, builds):
    result = kg("diff", tmp_path / "nothing", builds["all"])
    assert result.exit_code == 1 and "[E870]" in result.stderr
    (tmp_path / "empty").mkdir()
    with pytest.raises(KgError, match="E870"):
        diff_calls(tmp_path / "empty", builds["all"])


def test_the_readme_shows_the_diff_of_the_seeds_one_article_apart(builds):
    """README "Watching a feed": yesterday/ is the seeds without 001 (scripts/readme_queries.py)."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("<!-- diff:start -->\n")[1].split("<!-- diff:end -->")[0]
    result = kg("diff", builds["no-001"], builds["all"])
    assert block == "```console\n$ kg diff yesterday/ exports/\n" + result.stdout + "```\n", (
        "README's kg diff example is stale: run python3 scripts/readme_queries.py")

"""Faults and many readers: kills while writing and loading, the switch journal, 20 readers.

Each test runs real processes: a build killed with SIGKILL in a given stage (read from its
progress lines), and ``kg query`` processes reading a store while another process loads it.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from graph_samples import many
from kg.build.outputs import FILE_NAMES, write_outputs
from kg.query.run import run_query
from kg.store import generations
from kg.write.staging import ExportSet

pytestmark = pytest.mark.slow
TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
FORMATS = ["ttl", "nt", "graphml", "gexf"]
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
BUILD = (
    "import sys; sys.path.insert(0, sys.argv[2]);"
    "from graph_samples import many; from kg.build.outputs import write_outputs;"
    "e, c, a = many(int(sys.argv[3]));"
    "write_outputs(e, c, a, sys.argv[1], sys.argv[4].split(','), progress=lambda s: print(s, flush=True))"
)


def _snapshot(out: Path) -> dict:
    return {
        "files": {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()},
        "count": run_query(out / "store", COUNT).rows,
        "entries": sorted(p.name for p in out.iterdir()),
    }


def _killed_build(out: Path, stage: str, delay: float) -> None:
    """Start a bigger build into ``out`` and SIGKILL it ``delay`` s into ``stage``."""
    proc = subprocess.Popen([sys.executable, "-c", BUILD, str(out), str(TESTS), "300", ",".join(FORMATS)],
                            stdout=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        for line in proc.stdout:
            if line.strip() == stage:
                time.sleep(delay)
                break
        else:
            pytest.fail(f"the build finished before reaching {stage!r}")
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait(timeout=60)
        proc.stdout.close()
    assert proc.returncode == -signal.SIGKILL, "the build ended before it could be killed"


@pytest.mark.parametrize("stage", ["store", "validate", "ttl", "projection", "gexf"])
def test_a_build_killed_while_writing_leaves_the_previous_set(tmp_path, stage):
    out = tmp_path / "out"
    write_outputs(*many(2), out, FORMATS)
    before = _snapshot(out)
    _killed_build(out, stage, random.Random(stage).uniform(0.0, 0.1))
    assert _snapshot(out) == before  # same exports, same store, nothing new beside them
    write_outputs(*many(2), out, FORMATS)  # the next build cleans what the killed one left
    assert not any((out / ".kg" / "tmp").iterdir())
    assert not list(generations.generations_dir(out / "store").glob("*.tmp"))
    assert len([p for p in generations.generations_dir(out / "store").iterdir() if p.is_dir()]) == 1
    assert _snapshot(out) == before


def test_a_switch_cut_short_is_finished_by_the_next_build(tmp_path):
    out = tmp_path / "out"
    write_outputs(*many(1), out, ["ttl"])
    # what a build killed half-way through the switch leaves: a journal and staged files
    staging = out / ".kg" / "tmp" / "export-killed"
    staging.mkdir()
    (staging / "graph.graphml").write_text("<graphml/>\n", encoding="utf-8")
    (out / ".kg" / "switch.json").write_text(json.dumps(
        {"staging": str(staging), "files": ["graph.ttl", "graph.graphml"], "remove": [], "store": None}))
    with ExportSet(out):
        pass
    assert (out / "graph.graphml").read_text(encoding="utf-8") == "<graphml/>\n"
    assert not (out / ".kg" / "switch.json").exists() and not staging.exists()


def test_twenty_readers_during_loads_all_get_an_answer(tmp_path):
    out = tmp_path / "out"
    write_outputs(*many(5), out, ["nt"])
    small = run_query(out / "store", COUNT).rows[0][0]
    bigger = tmp_path / "more.nt"
    write_outputs(*many(6), tmp_path / "more", ["nt"])
    (tmp_path / "more" / "graph.nt").rename(bigger)
    large = run_query(tmp_path / "more" / "store", COUNT).rows[0][0]
    deadline = 8
    loader = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, time; from pathlib import Path; from kg.store.local import load_into_store;"
         "end = time.monotonic() + float(sys.argv[3]); n = 0\n"
         "while time.monotonic() < end:\n"
         " load_into_store(Path(sys.argv[1 + n % 2]), Path(sys.argv[4]), replace=False); n += 1\n"
         "print(n)",
         str(out / "graph.nt"), str(bigger), str(deadline), str(out / "store")],
        stdout=subprocess.PIPE, text=True, cwd=ROOT)
    worker = (
        'end=$((SECONDS+{d})); while [ $SECONDS -lt $end ]; do '
        '"{py}" -m kg query "{q}" --store "{s}" --format csv || echo "FAILED $?"; done'
    ).format(d=deadline, py=sys.executable, q=COUNT, s=out / "store")
    readers = [subprocess.Popen(["bash", "-c", worker], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                text=True, cwd=ROOT) for _ in range(20)]
    outputs = [r.communicate(timeout=120)[0] for r in readers]
    loads = int(loader.communicate(timeout=120)[0])
    answers = [line for text in outputs for line in text.splitlines() if line not in ("n",)]
    assert loads >= 2, "the loader must have switched the store while the readers ran"
    assert answers and not [a for a in answers if a not in (small, large)], answers[:5]
    assert len(answers) >= 20


def test_a_load_killed_half_way_leaves_the_store_as_it_was(tmp_path):
    out = tmp_path / "out"
    write_outputs(*many(2), out, ["nt"])
    big = tmp_path / "big"
    write_outputs(*many(400), big, ["trig"])
    store = out / "store"
    before = run_query(store, COUNT).rows
    proc = subprocess.Popen([sys.executable, "-m", "kg", "load", str(big / "graph.trig"), "--store", str(store),
                             "--replace"], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    folder = generations.generations_dir(store)
    deadline = time.monotonic() + 60
    while not list(folder.glob("*.tmp")) and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.01)
    time.sleep(0.2)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=60)
    assert proc.returncode == -signal.SIGKILL, "the load ended before it could be killed"
    assert run_query(store, COUNT).rows == before
    write_outputs(*many(2), out, ["nt"])
    assert not list(folder.glob("*.tmp"))

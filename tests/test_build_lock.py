"""kg.build.lock: one build at a time per output folder; the second is refused by name."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kg.build.lock import BuildLock
from kg.build.pipeline import build
from kg.config import Settings
from kg.errors import InputError

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


def test_a_second_build_into_the_same_folder_is_refused(tmp_path):
    with BuildLock(tmp_path / ".kg"):
        with pytest.raises(InputError, match=r"E340.*another kg build \(process \d+\) is writing to"):
            build(Settings(inputs=(SEEDS,), out_dir=tmp_path, validate=False))
    assert not list(tmp_path.glob("graph.*"))  # refused before anything was written
    build(Settings(inputs=(SEEDS,), out_dir=tmp_path, validate=False))  # free again
    assert (tmp_path / "graph.ttl").is_file()


def test_the_cli_says_so_and_exits_1(tmp_path):
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time; from pathlib import Path; from kg.build.lock import BuildLock\n"
         "with BuildLock(Path(sys.argv[1])):\n    print('held', flush=True); time.sleep(60)", str(tmp_path / ".kg")],
        stdout=subprocess.PIPE, text=True, env={"PYTHONPATH": str(ROOT), "PATH": ""})
    try:
        assert holder.stdout.readline().strip() == "held"
        run = subprocess.run([sys.executable, "-m", "kg", "build", str(SEEDS), "-o", str(tmp_path), "-q"],
                             capture_output=True, text=True, env={"PYTHONPATH": str(ROOT), "PATH": ""})
        assert run.returncode == 1
        assert f"another kg build (process {holder.pid}) is writing to {tmp_path}" in run.stderr
    finally:
        holder.kill()
        holder.wait()
    with BuildLock(tmp_path / ".kg"):  # the kernel dropped the killed holder's lock
        pass

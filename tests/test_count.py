"""kg.read.count: the estimate of how many articles a build reads, for its progress bar."""

from __future__ import annotations

from pathlib import Path

from kg.read.count import count_articles

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def test_one_per_text_or_json_file_and_one_per_jsonl_line(tmp_path):
    (tmp_path / "a.txt").write_text("one", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.json").write_text("{}", encoding="utf-8")
    (tmp_path / "sub" / "c.jsonl").write_bytes(b'{"maintext": "x"}\n{"maintext": "y"}\n{"maintext": "z"}')  # no last \n
    (tmp_path / "notes.md").write_text("not an input", encoding="utf-8")
    assert count_articles([tmp_path]) == 5
    assert count_articles([tmp_path / "sub" / "c.jsonl", tmp_path / "a.txt"]) == 4


def test_the_seeds_and_what_is_not_there():
    assert count_articles([SEEDS]) == len(list(SEEDS.glob("*.txt")))
    assert count_articles([SEEDS / "no-such-folder"]) == 0


def test_stop_ends_the_count_early(tmp_path):
    for name in ("a", "b"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "x.txt").write_text("x", encoding="utf-8")
    assert count_articles([tmp_path], stop=lambda: True) == 0

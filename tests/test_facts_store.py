"""kg.facts.store: facts kept per (content, extractor version), evidence looked up, old rows pruned."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from kg.errors import InputError
from kg.facts.store import FactsStore
from kg.model import ArticleFacts, ArticleMeta, CallMention, Evidence, Report


def facts(aid: str, sentence: str = "They spoke.") -> ArticleFacts:
    ev = Evidence(aid, 5, 5 + len(sentence), sentence)
    call = CallMention(aid, ("gaz:a", "gaz:b"), reports=(Report("gaz:wire", Evidence(aid, 40, 44, "said")),),
                       evidence=(ev,))
    return ArticleFacts(ArticleMeta(aid, f"in/{aid}", date(2025, 1, 2)), (), (call,))


def test_put_get_and_sentences(tmp_path):
    odd = "caf\udce9.txt"  # a file name that was not UTF-8
    with FactsStore(tmp_path / "f.sqlite") as store:
        store.begin("v1")
        assert not store.has("k1")
        store.put("k1", facts(odd, "Lone \ud800 surrogate."))
        store.mark_current(odd, "k1")
        store.commit()
        assert store.has("k1") and store.get("k1") == facts(odd, "Lone \ud800 surrogate.")
        assert store.sentence(odd, 5, 5 + len("Lone \ud800 surrogate.")) == "Lone \ud800 surrogate."
        assert store.sentence(odd, 40, 44) == "said"
        assert store.sentence(odd, 0, 1) is None
        assert [m.id for m in store.current_articles()] == [odd]
    with FactsStore(tmp_path / "f.sqlite") as store:  # kept on disk
        store.begin("v1")
        assert store.get("k1").meta.id == odd
        store.begin("v2")  # another extractor: nothing is known
        assert not store.has("k1")


def test_prune_keeps_only_this_builds_articles_and_version(tmp_path):
    with FactsStore(tmp_path / "f.sqlite") as store:
        store.begin("v1")
        for n in range(3):
            store.put(f"k{n}", facts(f"a{n}.txt"))
        store.commit()
        store.begin("v1")
        store.mark_current("a0.txt", "k0")
        store.mark_current("a2.txt", "k2")
        assert store.prune() == 1
        assert store.count() == 2
        store.begin("v2")
        store.put("k0", facts("a0.txt"))
        store.mark_current("a0.txt", "k0")
        store.commit()
        assert store.prune() == 2  # the v1 rows go
        assert store.count() == 1
        rows = store._db.execute("SELECT COUNT(*) FROM sentences").fetchone()[0]
        assert rows == 2  # the call's sentence and its report's, of a0 under v2


def test_two_articles_with_one_id_are_refused(tmp_path):
    with FactsStore(tmp_path / "f.sqlite") as store:
        store.begin("v1")
        store.mark_current("a.txt", "k1")
        with pytest.raises(InputError, match="E300"):
            store.mark_current("a.txt", "k2")


def test_a_damaged_store_is_started_afresh_with_a_note(tmp_path):
    path = tmp_path / "f.sqlite"
    path.write_bytes(b"this is not a database" * 100)
    with FactsStore(path) as store:
        assert "unreadable" in store.note
        store.begin("v1")
        assert store.count() == 0
    assert sqlite3.connect(path).execute("PRAGMA integrity_check").fetchone() == ("ok",)

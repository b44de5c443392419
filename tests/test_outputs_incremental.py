"""The output stage by pieces (``kg.build.by_pieces``): a build into a folder that holds the
last build's pieces maps, loads and checks only what changed, and writes the same bytes, store
and shape report as a build from scratch over the same records; anything that does not fit
the cache means a build from scratch."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date

import pyoxigraph as ox
import pytest
from rdflib import Graph

from graph_samples import many
from kg.build.outputs import write_outputs
from kg.model import ArticleMeta, Call, CallStatus, Evidence
from kg.rdf.validate import validate_graph

FORMATS = ("ttl", "nt", "graphml")


def _write(records, folder, validate=True, **kw):
    entities, calls, articles = records
    return write_outputs(entities, sorted(calls, key=lambda c: c.key), sorted(articles, key=lambda a: a.id),
                         folder, FORMATS, validate, **kw)


def _files(folder) -> dict[str, bytes]:
    return {f: (folder / f"graph.{f}").read_bytes() for f in FORMATS}


def _store(folder) -> set[str]:
    store = ox.Store.read_only(str(folder / "store"))
    return set(store.dump(format=ox.RdfFormat.N_QUADS).decode().splitlines())


def _same_as_scratch(records, out, tmp_path, name, **kw):
    """Write ``records`` into ``out`` (by pieces) and from scratch; everything must match."""
    result = _write(records, out, **kw)
    scratch = _write(records, tmp_path / name, **kw)
    assert scratch.delta[-1] is True
    assert _files(out) == _files(tmp_path / name)
    assert _store(out) == _store(tmp_path / name)
    assert (result.triples, result.quads, result.violations, result.report) == (
        scratch.triples, scratch.quads, scratch.violations, scratch.report)
    return result


def _changed(records, **changes):
    entities, calls, articles = records
    return changes.get("entities", entities), changes.get("calls", calls), changes.get("articles", articles)


@pytest.fixture
def base():
    return many(4)


def test_a_second_build_of_the_same_records_maps_nothing(base, tmp_path):
    out = tmp_path / "out"
    first = _write(base, out)
    assert first.delta[-1] is True and first.delta[1] == first.delta[0]
    again = _same_as_scratch(base, out, tmp_path, "scratch")
    assert again.delta[1:] == (0, 0, 0, False)


def test_changed_calls_entities_and_articles_match_a_build_from_scratch(base, tmp_path):
    out = tmp_path / "out"
    _write(base, out)
    entities, calls, articles = base
    # a call's date, caller and participants change (the resolver gives it a new key with the new date)
    first = calls[0]
    moved = replace(first, key=first.key.replace("2025-03-09", "2025-03-08"), date=date(2025, 3, 8),
                    caller="gaz:boris-kant", participants=("gaz:alma-verdi", "gaz:boris-kant", "gaz:dana-lund"))
    step = _changed(base, calls=[moved, *calls[1:]])
    result = _same_as_scratch(step, out, tmp_path, "s1")
    assert result.delta[-1] is False and 0 < result.delta[1] < result.delta[0] // 2
    # an entity gains an alias (its description changes, the calls naming it do not)
    verdi = next(e for e in entities if e.key == "gaz:alma-verdi")
    step = _changed(step, entities=[replace(e, aliases=(*e.aliases, "A. Verdi")) if e is verdi else e
                                    for e in entities])
    result = _same_as_scratch(step, out, tmp_path, "s2")
    assert result.delta[1:3] == (1, 0) and result.delta[3] == 1  # one skos:altLabel added
    # a leader is renamed: every call naming her gets a new label (and IRI)
    step = _changed(step, entities=[replace(e, name="Alma Verdi-Rossi") if e.key == verdi.key else e
                                    for e in step[0]])
    _same_as_scratch(step, out, tmp_path, "s3")
    # an article goes (with its calls and mentions), another comes with a publisher
    gone = articles[0].id
    new_meta = ArticleMeta("z-new.txt", "in/z-new.txt", date(2025, 4, 1), "Wire Daily", None, "Later")
    ev = Evidence("z-new.txt", 0, 20, "Kant called Lund.")
    new_call = Call("call|gaz:boris-kant|gaz:dana-lund|Occurred|2025-03-31", ("gaz:boris-kant", "gaz:dana-lund"),
                    CallStatus.OCCURRED, caller="gaz:boris-kant", date=date(2025, 3, 31), articles=("z-new.txt",),
                    evidence=(ev,))
    ents = [replace(e, articles=tuple(a for a in e.articles if a != gone)
                    + (("z-new.txt",) if e.key in ("gaz:boris-kant", "gaz:dana-lund") else ()))
            for e in step[0]]
    kept_calls = [c for c in step[1] if gone not in c.articles]
    step = (ents, [*kept_calls, new_call], [a for a in articles if a.id != gone] + [new_meta])
    result = _same_as_scratch(step, out, tmp_path, "s4")
    assert result.delta[-1] is False
    graph = Graph().parse(out / "graph.ttl", format="turtle")
    assert len(graph) == result.triples  # the Turtle holds the merged graph, nothing twice or lost


def test_violations_found_and_gone_match_a_full_check(base, tmp_path):
    out = tmp_path / "out"
    entities, calls, articles = base
    _write(base, out)
    # a caller who is not a participant (the sh:sparql shape): the report must be the full check's
    wrong = replace(calls[1], caller="gaz:dana-lund")
    step = _changed(base, calls=[calls[0], wrong, *calls[2:]])
    result = _same_as_scratch(step, out, tmp_path, "s1")
    assert result.violations >= 1 and "caller" in result.report
    assert result.report == _full_report(out)
    # another call changes elsewhere: the violation is kept though its call was not checked again
    other = replace(calls[-1], duration_minutes=5)
    step = _changed(step, calls=[*step[1][:-1], other])
    result = _same_as_scratch(step, out, tmp_path, "s2")
    assert result.delta[-1] is False and "caller" in result.report
    # fixed: the violation goes
    result = _same_as_scratch(_changed(step, calls=[calls[0], calls[1], *step[1][2:]]), out, tmp_path, "s3")
    assert result.violations == 0


def _full_report(folder) -> str:
    from kg.rdf.validate import format_report

    return format_report(validate_graph(folder / "graph.ttl"))


def test_an_evidence_sentence_that_changed_with_its_article(base, tmp_path):
    """Calls come without their sentences; a new content hash for the article means its
    sentences are looked up again."""
    entities, calls, articles = base
    texts = {(ev.article_id, ev.start, ev.end): ev.text for c in calls for ev in (*c.evidence, *(r.evidence for r in c.reports))}
    bare = [replace(c, evidence=tuple(replace(e, text="") for e in c.evidence),
                    reports=tuple(replace(r, evidence=replace(r.evidence, text="")) for r in c.reports)) for c in calls]
    contents = {a.id: f"hash-{a.id}" for a in articles}
    out = tmp_path / "out"
    _write((entities, bare, articles), out, lookup=lambda a, s, e: texts[(a, s, e)], contents=contents)
    changed_id = next(iter(texts))[0]
    texts = {k: (v + " (corrected)" if k[0] == changed_id else v) for k, v in texts.items()}
    contents[changed_id] = "hash-2"
    result = _same_as_scratch((entities, bare, articles), out, tmp_path, "s1",
                              lookup=lambda a, s, e: texts[(a, s, e)], contents=contents)
    assert result.delta[-1] is False and result.delta[1] >= 1
    assert b"(corrected)" in (out / "graph.ttl").read_bytes()


@pytest.mark.parametrize("damage", ["corrupt", "version", "generation", "no-store"])
def test_a_cache_that_does_not_fit_means_a_build_from_scratch(base, tmp_path, damage):
    out = tmp_path / "out"
    _write(base, out)
    cache = out / ".kg" / "outputs.sqlite"
    if damage == "corrupt":
        for suffix in ("-wal", "-shm"):
            (out / ".kg" / f"outputs.sqlite{suffix}").unlink(missing_ok=True)
        cache.write_bytes(b"not a database" * 100)
    elif damage == "version":
        with sqlite3.connect(cache) as db:
            db.execute("UPDATE info SET value='older' WHERE name='version'")
    elif damage == "generation":  # another writer (kg load, an older newskg) made a new generation
        write_outputs(*many(2), out, ["trig"], False)
    else:
        (out / "store").unlink()
    entities, calls, articles = base
    step = _changed(base, calls=calls[1:])
    result = _same_as_scratch(step, out, tmp_path, "scratch")
    assert result.delta[-1] is True


def test_a_failed_build_keeps_the_last_cache(base, tmp_path):
    out = tmp_path / "out"
    _write(base, out)
    before = _files(out)
    entities, calls, articles = base
    broken = replace(calls[0], participants=("gaz:nobody", *calls[0].participants))
    with pytest.raises(Exception):
        _write(_changed(base, calls=[broken, *calls[1:]]), out)
    assert _files(out) == before
    result = _same_as_scratch(_changed(base, calls=calls[1:]), out, tmp_path, "scratch")
    assert result.delta[-1] is False


def test_a_build_without_validation_leaves_no_report_to_keep(base, tmp_path):
    out = tmp_path / "out"
    entities, calls, articles = base
    _write(base, out, validate=False)
    wrong = replace(calls[1], caller="gaz:dana-lund")
    result = _same_as_scratch(_changed(base, calls=[calls[0], wrong, *calls[2:]]), out, tmp_path, "scratch")
    assert result.delta[-1] is False and "caller" in result.report

"""Resolution as a merge: states of disjoint article sets combine associatively and
commutatively, and any sharding gives what resolving everything at once gives."""

from __future__ import annotations

import pickle

import pytest
from hypothesis import given, settings, strategies as st

from facts_strategies import corpora
from kg.errors import InputError
from kg.resolve.resolver import Resolver, resolve


def state(facts) -> Resolver:
    r = Resolver()
    for f in facts:
        r.add(f)
    return r


def thirds(draw, corpus):
    cuts = sorted(draw(st.lists(st.integers(0, len(corpus)), min_size=2, max_size=2)))
    return corpus[:cuts[0]], corpus[cuts[0]:cuts[1]], corpus[cuts[1]:]


@settings(max_examples=40, deadline=None)
@given(st.data())
def test_merge_is_associative_and_commutative(data):
    a, b, c = (state(part) for part in thirds(data.draw, data.draw(corpora(0, 9))))
    assert (a | b) | c == a | (b | c)
    assert a | b == b | a
    assert ((a | b) | c).result() == (c | (b | a)).result()


@settings(max_examples=40, deadline=None)
@given(st.data())
def test_any_sharding_equals_resolving_at_once(data):
    corpus = data.draw(corpora(1, 10))
    whole = state(corpus)
    order = data.draw(st.permutations(corpus))
    shards = data.draw(st.lists(st.integers(0, 3), min_size=len(order), max_size=len(order)))
    parts = [state([f for f, s in zip(order, shards) if s == k]) for k in range(4)]
    merged = Resolver()
    for part in data.draw(st.permutations(parts)):
        merged.absorb(part)
    assert merged == whole
    assert merged.result() == whole.result()


@settings(max_examples=20, deadline=None)
@given(corpora(2, 6))
def test_merge_leaves_its_operands_alone_and_pickles(corpus):
    half = len(corpus) // 2
    a, b = state(corpus[:half]), state(corpus[half:])
    before = pickle.dumps((a.result(), b.result()))
    merged = a | b
    assert pickle.dumps((a.result(), b.result())) == before
    assert pickle.loads(pickle.dumps(merged)) == merged  # travels between processes as it is


@settings(max_examples=20, deadline=None)
@given(corpora(1, 6))
def test_state_keeps_no_evidence_text_and_resolve_puts_it_back(corpus):
    res = state(corpus).result()
    assert all(ev.text == "" for call in res.calls for ev in call.evidence)
    assert all(r.evidence.text == "" for call in res.calls for r in call.reports)
    texts = {(ev.article_id, ev.start, ev.end): ev.text for f in corpus for c in f.calls for ev in c.evidence}
    full = resolve(corpus)
    for call in full.calls:
        for ev in call.evidence:
            assert ev.text == texts[(ev.article_id, ev.start, ev.end)]


@settings(max_examples=5, deadline=None)
@given(corpora(1, 1))
def test_the_same_article_in_two_shards_is_an_error(corpus):
    with pytest.raises(InputError, match="E300"):
        state(corpus) | state(corpus)

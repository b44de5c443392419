"""kg.resolve.state: a resolution state as bytes and back, exactly, and the state kept by one
build plus the articles of the next is the state of all of them."""

from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from facts_strategies import corpora
from kg.resolve.resolver import Resolver
from kg.resolve.state import decode_state, encode_state, state_code


def state(facts) -> Resolver:
    r = Resolver()
    for f in facts:
        r.add(f)
    return r


@settings(max_examples=60, deadline=None)
@given(corpora(0, 9))
def test_a_state_survives_its_bytes(corpus):
    r = state(corpus)
    data = encode_state(r)
    back = decode_state(data)
    assert back == r
    assert back.result() == r.result()
    assert decode_state(encode_state(back)) == r


@settings(max_examples=40, deadline=None)
@given(st.data())
def test_a_kept_state_plus_new_articles_is_the_state_of_all(data):
    corpus = data.draw(corpora(1, 10))
    cut = data.draw(st.integers(0, len(corpus)))
    kept = decode_state(encode_state(state(corpus[:cut])))
    for facts in corpus[cut:]:
        kept.add(facts)
    assert kept == state(corpus)
    assert kept.result() == state(corpus).result()


def test_bytes_of_another_format_are_refused():
    with pytest.raises(ValueError):
        decode_state(b'{"format": 0}')
    assert len(state_code()) == 32

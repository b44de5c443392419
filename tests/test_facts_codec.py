"""kg.facts.codec: ArticleFacts survive the JSON form exactly, surrogates and all."""

from __future__ import annotations

from hypothesis import given, settings

from facts_strategies import article_facts
from kg.facts.codec import decode_facts, encode_facts


@settings(max_examples=60, deadline=None)
@given(article_facts("x\udcff.txt"))
def test_round_trip_is_exact(facts):
    data = encode_facts(facts)
    assert decode_facts(data) == facts
    assert encode_facts(decode_facts(data)) == data  # same facts, same bytes
    data.decode("ascii")  # plain ASCII JSON: any SQLite or JSON tool reads it


def test_round_trip_of_real_facts(analyse_text):
    facts = analyse_text(
        "President Emmanuel Macron spoke by phone with Chancellor Friedrich Merz on Tuesday, Reuters reported.",
        outlet="Reuters")
    assert facts.calls and facts.entities
    assert decode_facts(encode_facts(facts)) == facts

"""Requests for a call and their refusal (kg.extract.calls.requests), on texts of our own."""

from __future__ import annotations

import pytest

from kg.model import CallStatus


def _calls(facts):
    names = {e.key: e.name for e in facts.entities}
    return [(frozenset(names[p] for p in c.participants), names.get(c.caller), c) for c in facts.calls]


@pytest.mark.parametrize(
    "text",
    [
        "President Amara Dule turned down a request by Prime Minister Ilse Varga for a phone call on Friday.",
        "Prime Minister Ilse Varga's request for a phone call with President Amara Dule was rejected on Friday.",
        "President Amara Dule rebuffed Prime Minister Ilse Varga's request for a video call.",
        "A request from Prime Minister Ilse Varga for a phone call with President Amara Dule went unanswered.",
        "A fresh bid by Prime Minister Ilse Varga for a phone call was declined by President Amara Dule.",
        # modifiers before the request noun
        "President Amara Dule turned down a fresh request by Prime Minister Ilse Varga for a phone call.",
        # a date between the request and who made it
        "President Amara Dule rebuffed a request last Friday from Prime Minister Ilse Varga for a phone call.",
    ],
)
def test_a_refused_request_is_an_attempt_by_the_one_who_asked(analyse_text, text):
    (people, caller, call), = _calls(analyse_text(text))
    assert people == {"Amara Dule", "Ilse Varga"}
    assert caller == "Ilse Varga"
    assert call.status is CallStatus.ATTEMPTED


def test_a_granted_request_names_the_caller_of_the_call_held(analyse_text):
    facts = analyse_text("Prime Minister Ilse Varga's request for a phone call with President Amara Dule was granted, "
                         "and the two spoke on Friday.")
    (people, caller, call), = _calls(facts)
    assert people == {"Amara Dule", "Ilse Varga"}
    assert caller == "Ilse Varga"
    assert call.status is CallStatus.OCCURRED


def test_a_country_that_turned_the_request_down_stands_for_its_leader(analyse_text):
    # (Ottawa is Canada's capital in the gazetteer; its prime minister the one named before)
    facts = analyse_text("Prime Minister Justin Trudeau spoke with President Emmanuel Macron on Monday. "
                         "A request by Prime Minister Ilse Varga for a call on Friday had been turned down by Ottawa, "
                         "officials said.", published="2023-03-14")
    found = {(people, caller, c.status) for people, caller, c in _calls(facts)}
    assert ("Ilse Varga" in {p for people, _, _ in found for p in people})
    assert (frozenset({"Justin Trudeau", "Ilse Varga"}), "Ilse Varga", CallStatus.ATTEMPTED) in found
    assert (frozenset({"Justin Trudeau", "Emmanuel Macron"}), None, CallStatus.OCCURRED) in found


def test_a_country_with_two_leaders_named_stands_for_neither(analyse_text):
    # a president and a prime minister of one country: which of them turned it down is not told
    facts = analyse_text("President Emmanuel Macron and Prime Minister Elisabeth Borne spoke on Monday. "
                         "A request by Prime Minister Ilse Varga for a call was turned down by Paris.",
                         published="2023-03-14")
    assert not any("Ilse Varga" in people for people, _, _ in _calls(facts))


def test_a_former_office_holder_is_not_the_country_s_leader(analyse_text):
    facts = analyse_text("Prime Minister Justin Trudeau and former prime minister Stephen Harper spoke on Monday. "
                         "A request by Prime Minister Ilse Varga for a call was turned down by Ottawa.",
                         published="2023-03-14")
    assert (frozenset({"Justin Trudeau", "Ilse Varga"}), "Ilse Varga") in {(p, c) for p, c, _ in _calls(facts)}

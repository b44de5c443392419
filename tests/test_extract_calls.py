"""Call extraction on small texts of our own (not the seeds), with the default pipeline."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from kg.model import CallMedium, CallStatus, EntityKind


def calls_of(facts):
    names = {e.key: e.name for e in facts.entities}
    return [
        (frozenset(names[p] for p in c.participants), c) for c in facts.calls
    ]


def only_call(facts):
    found = calls_of(facts)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    "text, people",
    [
        ("French President Emmanuel Macron had a phone call with Xi Jinping, China's president.", {"Emmanuel Macron", "Xi Jinping"}),
        ("Italian Prime Minister Giorgia Meloni and Narendra Modi of India spoke by phone.", {"Giorgia Meloni", "Narendra Modi"}),
        ("Erdogan spoke on the phone with Emmanuel Macron about Syria.", {"Recep Tayyip Erdoğan", "Emmanuel Macron"}),
        ("The call between Narendra Modi and Benjamin Netanyahu focused on trade.", {"Narendra Modi", "Benjamin Netanyahu"}),
        ("Benjamin Netanyahu phoned Emmanuel Macron after the strike.", {"Benjamin Netanyahu", "Emmanuel Macron"}),
        ("Giorgia Meloni held a telephone conversation with Recep Tayyip Erdogan.", {"Giorgia Meloni", "Recep Tayyip Erdoğan"}),
        ("In a call to Narendra Modi, Emmanuel Macron offered condolences.", {"Narendra Modi", "Emmanuel Macron"}),
    ],
)
def test_call_phrasings(analyse_text, text, people):
    found, call = only_call(analyse_text(text))
    assert found == people
    assert call.status is CallStatus.OCCURRED
    assert call.evidence and call.evidence[0].text.startswith(text.split()[0])


@pytest.mark.parametrize(
    "text",
    [
        "Emmanuel Macron called for calm along the border.",
        "Recep Tayyip Erdogan called Benjamin Netanyahu a war criminal.",
        "Narendra Modi called on world leaders to act on climate.",
        "Giorgia Meloni met Emmanuel Macron in Rome on Monday.",
        "Benjamin Netanyahu visited Narendra Modi in New Delhi.",
        "The call centre in Rome was closed, Giorgia Meloni said.",
        "Emmanuel Macron issued a call for calm after talks with Narendra Modi.",
        # separate calls to someone the sentence does not name: none among the callers
        "Gulf ruler receives calls from Emmanuel Macron, Narendra Modi, Olaf Scholz",
    ],
)
def test_not_calls(analyse_text, text):
    assert analyse_text(text).calls == ()


def test_caller_and_date(analyse_text):
    facts = analyse_text(
        "Narendra Modi received a phone call from Benjamin Netanyahu on Tuesday, the Indian foreign ministry said.",
        published="2025-03-14",
    )
    names = {e.key: e.name for e in facts.entities}
    _, call = only_call(facts)
    assert names[call.caller] == "Benjamin Netanyahu"
    assert call.date == date(2025, 3, 11)
    assert call.medium is CallMedium.PHONE


@pytest.mark.parametrize(
    "text, status",
    [
        ("Giorgia Meloni will hold a video call with Narendra Modi next week.", CallStatus.PLANNED),
        ("Emmanuel Macron and Narendra Modi plan to speak by phone on Monday.", CallStatus.PLANNED),
        ("Officials denied that Emmanuel Macron had spoken by phone with Benjamin Netanyahu.", CallStatus.DENIED),
        ("Emmanuel Macron tried to call Benjamin Netanyahu, but he did not respond.", CallStatus.ATTEMPTED),
        # status phrases with contractions, as the tokenizer splits them ("did", "n't")
        ("President Amara Dule didn't speak by phone with King Emil Sorn on Monday, the palace said.", CallStatus.DENIED),
        ("President Amara Dule tried to call King Emil Sorn, but the king didn’t answer.", CallStatus.ATTEMPTED),
        # the future is what was said on the call, not the call ("tells" of a headline's present)
        ("President Amara Dule tells King Emil Sorn by phone that Varnia will reopen the border", CallStatus.OCCURRED),
        ("President Amara Dule told King Emil Sorn by phone that Varnia will reopen the border.", CallStatus.OCCURRED),
        # "plans" after a possessive is a noun, no plan of the call
        ("Prime Minister Ilse Varga said she had gone over her cabinet's plans by phone with the trade "
         "commissioner, Emil Sorn, on Friday.", CallStatus.OCCURRED),
        # a relative clause after a call noun tells of the call itself
        ("President Amara Dule welcomed a phone call that will be held with King Emil Sorn on Friday.",
         CallStatus.PLANNED),
        # "plans for a call" are plans of a call
        ("The cabinet's plans for a phone call between President Amara Dule and King Emil Sorn were confirmed.",
         CallStatus.PLANNED),
        # a claim denied in a later clause of its sentence by a reference to it
        ("The portal Kurjer reported on Monday that President Lars Berg had rung King Emil Sorn; the palace said no "
         "such call had been made.", CallStatus.DENIED),
    ],
)
def test_status(analyse_text, text, status):
    _, call = only_call(analyse_text(text))
    assert call.status is status


@pytest.mark.parametrize(
    "text",
    [
        "President Amara Dule has not spoken to King Emil Sorn since the election.",
        "President Amara Dule and King Emil Sorn have never spoken by phone, aides said.",
        "President Amara Dule has yet to speak with King Emil Sorn by phone.",
        "President Amara Dule has not yet spoken by telephone to King Emil Sorn, his office said.",
        "President Amara Dule has not had a phone call with King Emil Sorn this year.",
    ],
)
def test_a_talk_said_not_to_have_happened_is_no_call(analyse_text, text):
    assert calls_of(analyse_text(text)) == []


@pytest.mark.parametrize(
    "text, status",
    [
        # a day of its own: the call of that day is denied
        ("President Amara Dule did not call King Emil Sorn on Monday, contrary to reports.", CallStatus.DENIED),
        # a report it answers
        ("President Amara Dule did not call King Emil Sorn, contrary to reports.", CallStatus.DENIED),
        ('"President Amara Dule has not spoken to King Emil Sorn. There was no such call," his spokesman said.',
         CallStatus.DENIED),
        # the negation is of the talk it stands before, not of the plan after it
        ("President Amara Dule had not yet spoken with King Emil Sorn but plans to talk with him by phone next week.",
         CallStatus.PLANNED),
    ],
)
def test_a_negated_talk_with_a_claim_or_a_day(analyse_text, text, status):
    _, call = only_call(analyse_text(text, published="2025-06-12"))
    assert call.status is status


def test_a_negation_denies_the_claim_the_article_told(analyse_text):
    facts = analyse_text(
        "A news site reported that President Amara Dule had phoned King Emil Sorn about the dam. "
        '"President Dule has not spoken to the king," his spokesman said.'
    )
    people, call = only_call(facts)
    assert people == {"Amara Dule", "Emil Sorn"}
    assert call.status is CallStatus.DENIED


@pytest.mark.parametrize(
    "text, caller",
    [
        ("Over the phone on Sunday, President Amara Dule and King Emil Sorn agreed to reopen the border.", None),
        ("By video link, President Amara Dule and King Emil Sorn agreed on Sunday to reopen the border.", None),
        ("Speaking by phone with King Emil Sorn on Sunday, President Amara Dule said the border would reopen.", None),
        ("Talking to King Emil Sorn over the phone on Sunday, President Amara Dule said the border would reopen.", None),
        ("President Amara Dule phoned his congratulations to King Emil Sorn on Sunday.", "Amara Dule"),
        ("President Amara Dule telephoned her condolences to King Emil Sorn on Sunday.", "Amara Dule"),
        ("President Amara Dule conveyed his best wishes to King Emil Sorn by phone on Sunday.", None),
        ("President Amara Dule extended her warmest congratulations to King Emil Sorn over the phone on Sunday.", None),
    ],
)
def test_fronted_talks_and_messages_conveyed_by_phone(analyse_text, text, caller):
    facts = analyse_text(text, published="2025-06-12")
    names = {e.key: e.name for e in facts.entities}
    people, call = only_call(facts)
    assert people == {"Amara Dule", "Emil Sorn"}
    assert call.date == date(2025, 6, 8)
    assert names.get(call.caller) == caller


@pytest.mark.parametrize(
    "text, caller",
    [
        ("President Amara Dule and King Emil Sorn spoke on Sunday. It was the king who placed the call, aides said.",
         "Emil Sorn"),
        ("President Amara Dule and King Emil Sorn spoke on Sunday. King Emil Sorn initiated the conversation.", "Emil Sorn"),
        ("President Amara Dule and King Emil Sorn spoke on Sunday. President Amara Dule made the call from her office.",
         "Amara Dule"),
        # "the call" as a decision, not the conversation
        ("President Amara Dule and King Emil Sorn spoke on Sunday. President Amara Dule made the call to close the border.",
         None),
    ],
)
def test_who_placed_the_call_told_in_a_sentence_of_its_own(analyse_text, text, caller):
    facts = analyse_text(text, published="2025-06-12")
    names = {e.key: e.name for e in facts.entities}
    _, call = only_call(facts)
    assert names.get(call.caller) == caller


@pytest.mark.parametrize(
    "credit, outlets",
    [
        ("Kelmar TV reported", ["Kelmar TV"]),  # a name and a generic head: an outlet the gazetteer does not know
        ("Danish TV reported", []),  # a country's word and the same head: the country's television, no outlet
        ("Danish media reported", []),
    ],
)
def test_a_named_channel_reports_and_a_country_s_television_does_not(analyse_text, credit, outlets):
    facts = analyse_text(f"President Amara Dule spoke by phone with King Emil Sorn on Sunday, {credit}.")
    names = {e.key: e.name for e in facts.entities}
    _, call = only_call(facts)
    assert [names[r.outlet] for r in call.reports] == outlets


@pytest.mark.parametrize(
    "text",
    [
        'President Amara Dule wrote on X on Sunday: "I just had a very good call with King Emil Sorn."',
        "President Amara Dule posted on Facebook on Sunday that she had just finished a phone call with King Emil Sorn.",
    ],
)
def test_a_call_just_had_takes_the_day_of_the_post(analyse_text, text):
    _, call = only_call(analyse_text(text, published="2025-06-12"))
    assert call.date == date(2025, 6, 8)


@pytest.mark.parametrize(
    "text, day",
    [
        ('President Amara Dule said on Sunday: "I will call King Emil Sorn tomorrow."', date(2025, 6, 9)),
        ('"I will call King Emil Sorn tomorrow," President Amara Dule told reporters on Sunday.', date(2025, 6, 9)),
        # no day for the statement: counted from the text's own day
        ('"I will call King Emil Sorn tomorrow," President Amara Dule said.', date(2025, 6, 13)),
    ],
)
def test_tomorrow_in_a_quotation_counts_from_the_day_it_was_said(analyse_text, text, day):
    _, call = only_call(analyse_text(text, published="2025-06-12"))
    assert call.status is CallStatus.PLANNED and call.date == day


def test_a_live_blog_plan_for_the_coming_days_has_no_day(analyse_text):
    text = ("Live updates\n\n14:05\nDule to call Sorn\nPresident Amara Dule will speak to King Emil Sorn by phone "
            "in the coming days, her office said.\n\n12:30\nMarkets rally\nShares rose.\n")
    _, call = only_call(analyse_text(text, published="2025-06-12"))
    assert call.status is CallStatus.PLANNED and call.date is None


@pytest.mark.parametrize("link", ["followed by one", "and another"])
def test_another_call_from_a_second_caller(analyse_text, link):
    facts = analyse_text(f"King Emil Sorn received a call from President Amara Dule on 8 June, {link} from "
                         "Prime Minister Ilse Varga on 9 June.", published="2025-06-12")
    names = {e.key: e.name for e in facts.entities}
    got = sorted((sorted(people), names[call.caller], call.date) for people, call in calls_of(facts))
    assert got == [(["Amara Dule", "Emil Sorn"], "Amara Dule", date(2025, 6, 8)),
                   (["Emil Sorn", "Ilse Varga"], "Ilse Varga", date(2025, 6, 9))]


@pytest.mark.parametrize(
    "text, partner",
    [
        # a minister's counterpart holds the same office in the other country
        ("Foreign Minister Ilse Varga held a phone call with her Turkish counterpart on Tuesday.", "Hakan Fidan"),
        # a leader's is the other country's leader
        ("President Amara Dule talked by phone to his Turkish counterpart on Tuesday.", "Recep Tayyip Erdoğan"),
    ],
)
def test_a_counterpart_holds_the_office_of_the_one_whose_counterpart_it_is(analyse_text, text, partner):
    people, _ = only_call(analyse_text(text, published="2025-06-12"))
    assert partner in people


def test_a_minister_s_counterpart_no_one_is_known_for_is_not_the_head_of_state(analyse_text):
    facts = analyse_text("Defence Minister Ilse Varga held a phone call with her Turkish counterpart on Tuesday.",
                         published="2025-06-12")
    assert "Recep Tayyip Erdoğan" not in {e.name for e in facts.entities}


def test_a_second_call_with_its_own_day_before_its_partner(analyse_text):
    facts = analyse_text("President Amara Dule spoke by phone on 8 June with King Emil Sorn, and on 9 June with "
                         "Prime Minister Ilse Varga.", published="2025-06-12")
    days = sorted((sorted(people), call.date) for people, call in calls_of(facts))
    assert days == [(["Amara Dule", "Emil Sorn"], date(2025, 6, 8)), (["Amara Dule", "Ilse Varga"], date(2025, 6, 9))]


@pytest.mark.parametrize(
    "text",
    [
        "During Sunday's phone call, President Amara Dule and King Emil Sorn discussed the border.",
        "President Amara Dule was briefed by King Emil Sorn over the phone on Sunday.",
    ],
)
def test_a_day_s_call_fronted_and_a_passive_agent_by_phone(analyse_text, text):
    people, call = only_call(analyse_text(text, published="2025-06-12"))
    assert people == {"Amara Dule", "Emil Sorn"}
    assert call.date == date(2025, 6, 8)


@pytest.mark.parametrize(
    "text",
    [
        "Speaking to reporters on Sunday, President Amara Dule said she had no news from King Emil Sorn.",
        # a talk with no word of a phone or video: maybe a meeting
        "Speaking to King Emil Sorn on Sunday, President Amara Dule said the border would reopen.",
        "President Amara Dule sent his best wishes to King Emil Sorn on Sunday.",
    ],
)
def test_a_fronted_talk_or_a_message_with_no_call_word_is_no_call(analyse_text, text):
    assert calls_of(analyse_text(text, published="2025-06-12")) == []


def test_duration_reports_and_anaphora(analyse_text):
    text = (
        "Emmanuel Macron spoke by phone with Narendra Modi on Wednesday, according to Reuters. "
        "The conversation went on for 1 hour and 25 minutes and was initiated by Macron."
    )
    facts = analyse_text(text, published="2025-03-14")
    names = {e.key: e.name for e in facts.entities}
    _, call = only_call(facts)
    assert call.date == date(2025, 3, 12)
    assert call.duration_minutes == 85
    assert names[call.caller] == "Emmanuel Macron"
    assert [names[r.outlet] for r in call.reports] == ["Reuters"]
    assert len(call.evidence) == 2
    second = call.evidence[1]
    assert text[second.start : second.end] == second.text


def test_two_calls_kept_apart(analyse_text):
    facts = analyse_text(
        "Narendra Modi spoke by phone with Emmanuel Macron on Monday. "
        "On Tuesday he held a separate phone call with Benjamin Netanyahu.",
        published="2025-03-14",
    )
    found = dict(calls_of(facts))
    assert {"Narendra Modi", "Emmanuel Macron"} in [set(k) for k in found]
    assert {"Narendra Modi", "Benjamin Netanyahu"} in [set(k) for k in found]


def test_joined_and_pronoun(analyse_text):
    facts = analyse_text(
        "Giorgia Meloni arrived in Tokyo on Thursday. She later spoke by phone with Narendra Modi, "
        "a call also joined by Emmanuel Macron."
    )
    found, _ = only_call(facts)
    assert found == {"Giorgia Meloni", "Narendra Modi", "Emmanuel Macron"}


def test_article_outlet_is_not_a_reporter(analyse_text):
    facts = analyse_text(
        "Emmanuel Macron spoke by phone with Narendra Modi, Reuters reported.", outlet="Reuters"
    )
    _, call = only_call(facts)
    assert call.reports == ()


def test_bare_spoke_between_leaders_is_a_call(analyse_text):
    found, _ = only_call(analyse_text("Emmanuel Macron and Narendra Modi spoke on Tuesday about trade."))
    assert found == {"Emmanuel Macron", "Narendra Modi"}


@pytest.mark.parametrize("text", [
    "Emmanuel Macron and Narendra Modi spoke at a joint news conference in Paris.",
    "Emmanuel Macron and Narendra Modi spoke to reporters after their meeting.",
])
def test_bare_spoke_in_person_is_not_a_call(analyse_text, text):
    assert analyse_text(text).calls == ()


@pytest.mark.parametrize("text, people", [
    ("Foreign Minister Amar Dule said he had spoken with his Spanish counterpart, Ilse Varga, earlier today.",
     {"Amar Dule", "Ilse Varga"}),
    ("Foreign Minister Amar Dule spoke with his Chilean counterpart Lars Berg on Monday, the ministry said.",
     {"Amar Dule", "Lars Berg"}),
    ("Secretary of State Tomas Hale spoke with President Emmanuel Macron the same day, the department said.",
     {"Tomas Hale", "Emmanuel Macron"}),
    ("Foreign Secretary Emil Sorn and Foreign Minister Amar Dule talked on Sunday about the ferry dispute.",
     {"Emil Sorn", "Amar Dule"}),
])
def test_a_foreign_minister_s_bare_talk_is_a_call(analyse_text, text, people):
    found, _ = only_call(analyse_text(text, published="2024-04-23"))
    assert found == people


@pytest.mark.parametrize("text", [
    # another portfolio, a deputy, a role-less partner with no "counterpart", a meeting in person
    "Trade Minister Amar Dule spoke with his counterpart Ilse Varga on Monday.",
    "Deputy Foreign Minister Amar Dule spoke with his counterpart Ilse Varga on Monday.",
    "Foreign Minister Amar Dule spoke with Ilse Varga, a farmer, on Monday.",
    "Foreign Minister Amar Dule spoke with his counterpart Ilse Varga at the summit in Rome.",
])
def test_other_ministers_bare_talk_is_no_call(analyse_text, text):
    assert analyse_text(text, published="2024-04-23").calls == ()


def test_fronted_call(analyse_text):
    found, call = only_call(analyse_text(
        "In a phone call on Tuesday, Narendra Modi told Emmanuel Macron that India backed the plan.",
        published="2025-03-14"))
    assert found == {"Narendra Modi", "Emmanuel Macron"}
    assert call.date == date(2025, 3, 11)


def test_a_denial_in_another_clause_leaves_the_call_alone(analyse_text):
    facts = analyse_text(
        "Narendra Modi spoke with Benjamin Netanyahu as Emmanuel Macron denied a call with Giorgia Meloni.")
    statuses = {frozenset(k): c.status for k, c in calls_of(facts)}
    assert statuses[frozenset({"Narendra Modi", "Benjamin Netanyahu"})] is CallStatus.OCCURRED
    assert statuses[frozenset({"Emmanuel Macron", "Giorgia Meloni"})] is CallStatus.DENIED


def test_quoted_future_is_not_a_planned_call(analyse_text):
    _, call = only_call(analyse_text(
        'Narendra Modi held a phone call with Emmanuel Macron on Tuesday and told him India "will support" the plan.',
        published="2025-03-14"))
    assert call.status is CallStatus.OCCURRED


def test_second_object_is_a_second_call(analyse_text):
    facts = analyse_text(
        "Emmanuel Macron spoke to Narendra Modi late Sunday and to Giorgia Meloni early Monday.",
        published="2025-03-18")
    days = {frozenset(k): c.date for k, c in calls_of(facts)}
    assert days == {frozenset({"Emmanuel Macron", "Narendra Modi"}): date(2025, 3, 16),
                    frozenset({"Emmanuel Macron", "Giorgia Meloni"}): date(2025, 3, 17)}


def test_live_blog_entries_are_of_the_page_day(analyse_text):
    text = ("Live updates\n\n14:05\nModi calls Macron\nNarendra Modi held a phone call with Emmanuel Macron.\n\n"
            "12:30\nMarkets rally\nShares rose in Mumbai.\n")
    _, call = only_call(analyse_text(text, published="2025-03-14"))
    assert call.date == date(2025, 3, 14)


def test_named_day(analyse_text):
    _, call = only_call(analyse_text(
        "On New Year's Eve, Giorgia Meloni got a call from Narendra Modi.", published="2026-01-02"))
    assert call.date == date(2025, 12, 31)


# -- days told by reference, by a headline, by a bare day of the month ---------------------------

def _dated(facts) -> dict[frozenset[str], date | None]:
    return {people: call.date for people, call in calls_of(facts)}


def test_a_definite_reference_dates_the_call_told_before(analyse_text):
    text = ("President Amara Dule cut short a phone call with Prime Minister Ilse Varga over fishing rights.\n\n"
            "Aides said on Friday that during the call on 3 May, Dule also informed Varga that he had "
            "phoned President Emil Sorn that day.")
    days = _dated(analyse_text(text, published="2019-05-11"))
    assert days[frozenset({"Amara Dule", "Ilse Varga"})] == date(2019, 5, 3)


def test_that_afternoon_is_the_day_named_before_even_beside_a_platform(analyse_text):
    text = ("President Amara Dule told reporters on the 12th (local time) that \"a deal is possible by March 3\".\n\n"
            "Prime Minister Ilse Varga wrote that she and President Dule talked by phone via X that afternoon.")
    assert _dated(analyse_text(text, published="2025-02-13")) == {frozenset({"Amara Dule", "Ilse Varga"}): date(2025, 2, 12)}


def test_a_present_tense_headline_dates_an_undated_call_on_the_publication_day(analyse_text):
    body = "Prime Minister Amara Dule spoke to President Ilse Varga over a telephonic call that lasted 35 minutes."
    pair = frozenset({"Amara Dule", "Ilse Varga"})
    assert _dated(analyse_text(f"PM Dule speaks to Varga, praises dialogue\n\n{body}", published="2022-03-07"))[pair] \
        == date(2022, 3, 7)
    # a noun headline tells no day; nor does a body without a headline
    assert _dated(analyse_text(f"Dule's talks with Varga: what we know\n\n{body}", published="2022-03-07"))[pair] is None
    assert _dated(analyse_text(body, published="2022-03-07"))[pair] is None


@pytest.mark.parametrize("text", [
    "Asked if President Amara Dule had plans for any contacts with President Ilse Varga, the spokesman said: "
    "\"There are no concrete plans yet.\"",
    "President Amara Dule wants to continue phone contacts with President Ilse Varga.",
])
def test_questions_and_wishes_are_no_calls(analyse_text, text):
    assert analyse_text(text).calls == ()


@pytest.mark.parametrize("text", [
    "President Amara Dule spoke to King Emil Sorn by phone.",  # a short sentence of names is no headline
    "United Arab Emirates President Sheikh Amara Dule spoke to King Emil Sorn by phone.",
    "Foreign Minister HH Prince Amara bin Dule received a phone call from King Emil Sorn.",
])
def test_titles_and_honorifics_are_not_people(analyse_text, text):
    (people, _call), = calls_of(analyse_text(text))
    assert len(people) == 2 and "King Emil Sorn" not in people and not any(
        p.split()[0] in ("Sheikh", "HH", "Prince", "President") for p in people), people


def test_a_plural_subject_makes_call_a_verb_of_no_one_named(analyse_text):
    text = ("President Amara Dule spoke with King Emil Sorn by phone on Monday.\n\n"
            "Since the vote, Dule has been busy as foreign rulers call to praise "
            "the new president.\n\nDule will meet President Ilse Varga on Tuesday.")
    assert set(_dated(analyse_text(text, published="2024-11-12"))) == {frozenset({"Amara Dule", "Emil Sorn"})}


def test_the_month_may_is_no_modal(analyse_text):
    _people, call = only_call(analyse_text("President Amara Dule spoke by phone with King Emil Sorn on 3 May.",
                                           published="2019-05-11"))
    assert call.status is CallStatus.OCCURRED and call.date == date(2019, 5, 3)


def test_a_pronoun_in_what_someones_office_said_is_that_person(analyse_text):
    text = ("Prime Minister Ilse Varga had a video call with King Emil Sorn on Tuesday, her aides said.\n\n"
            "In another statement, President Amara Dule's office said he phoned Prime Minister Tomas Brandl "
            "last Thursday.")
    found = {people: call for people, call in calls_of(analyse_text(text, published="2025-07-15"))}
    call = found[frozenset({"Amara Dule", "Tomas Brandl"})]
    assert call.date == date(2025, 7, 10)


def test_calls_received_from_a_list_are_each_made_by_their_sender(analyse_text):
    text = ("King Emil Sorn received condolence calls from President Amara Dule, Prime Minister Ilse Varga "
            "and Chancellor Tomas Brandl on Friday.")
    found = {people: call for people, call in calls_of(analyse_text(text))}
    names = {e.key: e.name for e in analyse_text(text).entities}
    assert {names[c.caller] for c in found.values()} == {"Amara Dule", "Ilse Varga", "Tomas Brandl"}
    assert all("Emil Sorn" in people and names[c.caller] in people for people, c in found.items())


@pytest.mark.parametrize("text", [
    "\"I will phone President Amara Dule on Friday,\" Prime Minister Ilse Varga told reporters.",
    "Prime Minister Ilse Varga told reporters: \"I will talk to President Amara Dule by phone on Friday.\"",
])
def test_a_future_in_a_quotation_is_a_planned_call_of_its_speaker(analyse_text, text):
    people, call = only_call(analyse_text(text, published="2025-03-12"))
    assert people == {"Amara Dule", "Ilse Varga"}
    assert call.status is CallStatus.PLANNED and call.date == date(2025, 3, 14)


@pytest.mark.parametrize("connector", [", then", " and later", ", and afterwards"])
def test_then_with_another_partner_is_a_call_of_its_own(analyse_text, connector):
    text = f"President Amara Dule spoke by phone with King Emil Sorn on Monday{connector} with Prime Minister Ilse Varga."
    assert {people for people, _ in calls_of(analyse_text(text))} == {
        frozenset({"Amara Dule", "Emil Sorn"}), frozenset({"Amara Dule", "Ilse Varga"})}


def test_a_photo_credit_mid_story_is_no_reporter_but_a_closing_agency_credit_is(analyse_text):
    filler = " ".join(["The two countries have traded goods across the strait for centuries, officials noted."] * 8)
    text = ("President Amara Dule spoke by phone with King Emil Sorn on Friday about fishing rights.\n\n"
            "President Amara Dule takes a phone call in his office on Friday. — NIMO\n\n"
            f"{filler}\n\nThe two leaders agreed to meet in the spring. -- Bernama\n")
    facts = analyse_text(text, published="2025-03-15")
    names = {e.key: e.name for e in facts.entities}
    _people, call = only_call(facts)
    assert {names[r.outlet] for r in call.reports} == {"Bernama"}


@pytest.mark.parametrize("text, minutes", [
    ("President Amara Dule spoke by phone with King Emil Sorn for 30 minutes on Friday and later with "
     "Prime Minister Ilse Varga.", {"Emil Sorn": 30, "Ilse Varga": None}),
    ("President Amara Dule spoke by phone with King Emil Sorn on Friday and later with Prime Minister Ilse Varga "
     "for 20 minutes.", {"Emil Sorn": None, "Ilse Varga": 20}),
])
def test_a_duration_belongs_to_the_call_it_describes(analyse_text, text, minutes):
    got = {next(iter(people - {"Amara Dule"})): call.duration_minutes for people, call in calls_of(analyse_text(text))}
    assert got == minutes


def test_a_newspaper_title_in_a_persons_description_is_no_outlet(analyse_text):
    facts = analyse_text("The Australian Prime Minister Anthony Albanese talked on the phone with Prime Minister "
                         "Christopher Luxon on Friday.")
    assert not [e for e in facts.entities if e.name == "The Australian"]
    assert only_call(facts)[0] == {"Anthony Albanese", "Christopher Luxon"}


def test_the_role_of_a_country_is_its_office_holder_on_the_day(analyse_text):
    facts = analyse_text("The President of Kenya spoke by phone with the Prime Minister of Ethiopia on Monday.",
                         published="2024-05-16")
    assert only_call(facts)[0] == {"William Ruto", "Abiy Ahmed"}


def test_a_list_of_calls_split_by_semicolons(analyse_text):
    text = ("President Amara Dule spoke by phone with King Emil Sorn on Monday; with Prime Minister Ilse Varga "
            "on Tuesday; and with Chancellor Tomas Brandl on Wednesday.")
    got = {next(iter(people - {"Amara Dule"})): call.date for people, call in calls_of(analyse_text(text, published="2025-03-14"))}
    assert got == {"Emil Sorn": date(2025, 3, 10), "Ilse Varga": date(2025, 3, 11), "Tomas Brandl": date(2025, 3, 12)}


def test_at_the_latters_request_names_the_caller(analyse_text):
    facts = analyse_text("On the evening of March 3, President Amara Dule spoke with King Emil Sorn by phone "
                         "at the latter's request.")
    names = {e.key: e.name for e in facts.entities}
    assert names[only_call(facts)[1].caller] == "Emil Sorn"


@pytest.mark.parametrize("verb", ["phoned", "called"])
def test_a_day_after_the_person_is_no_complement(analyse_text, verb):
    people, call = only_call(analyse_text(f"President Amara Dule {verb} King Emil Sorn the day before the summit."))
    assert people == {"Amara Dule", "Emil Sorn"} and call.date is None  # the day of another event: no guess


# -- lists of calls, names in a chain, subordinate subjects, negation -----------------------------

def test_a_semicolon_list_of_callers_with_titles_is_one_call_each(analyse_text):
    facts = analyse_text(
        "President Emmanuel Macron received telephone calls of good wishes for the national holiday from "
        "Giorgia Meloni, Prime Minister of Italy; Narendra Modi, Prime Minister of India; and Recep Tayyip "
        "Erdogan, President of Turkey, as well as a call from Keir Starmer, Prime Minister of the United Kingdom.",
        published="2025-07-15")
    names = {e.key: e.name for e in facts.entities}
    found = {people: names.get(call.caller) for people, call in calls_of(facts)}
    others = ("Giorgia Meloni", "Narendra Modi", "Recep Tayyip Erdoğan", "Keir Starmer")
    assert found == {frozenset({"Emmanuel Macron", other}): other for other in others}


def test_a_name_after_bin_is_the_fathers_inside_a_longer_name(analyse_text):
    facts = analyse_text("Sheikh Mohamed bin Zayed bin Sultan Al Nahyan phoned Emmanuel Macron on Monday.",
                         published="2025-03-18")
    people, _ = only_call(facts)
    assert people == {"Mohamed bin Zayed Al Nahyan", "Emmanuel Macron"}
    assert "Zayed bin Sultan Al Nahyan" not in {e.name for e in facts.entities}


def test_a_title_word_of_a_known_name_is_not_that_person(analyse_text):
    facts = analyse_text("Emmanuel Macron phoned Salman bin Hamad Al Khalifa, the King's heir and Crown Prince "
                         "of Bahrain, on Monday. King Abdullah II was not on the call.", published="2025-03-18")
    people, _ = only_call(facts)
    assert people == {"Salman bin Hamad Al Khalifa", "Emmanuel Macron"}


def test_a_title_case_dateline_with_its_agency_anchors_today(analyse_text):
    facts = analyse_text("Doha, Mar 16 (QNA) – Sheikh Tamim bin Hamad Al Thani today received a phone call "
                         "from Emmanuel Macron.", published="2025-03-17")
    _, call = only_call(facts)
    assert call.date == date(2025, 3, 16)


def test_the_subject_of_a_clause_after_after_is_a_participant(analyse_text):
    facts = analyse_text("Markets rose a day after Emmanuel Macron spoke with Narendra Modi by phone on Monday.",
                         published="2025-03-18")
    people, call = only_call(facts)
    assert people == {"Emmanuel Macron", "Narendra Modi"} and call.date == date(2025, 3, 17)


def test_a_call_to_a_countrys_described_leader(analyse_text):
    people, call = only_call(analyse_text("Emmanuel Macron called India's newly re-elected Narendra Modi on Monday.",
                                          published="2025-03-18"))
    assert people == {"Emmanuel Macron", "Narendra Modi"}
    assert {e.key: e.name for e in analyse_text("Emmanuel Macron called India's newly re-elected Narendra Modi on "
                                                 "Monday.", published="2025-03-18").entities}[call.caller] == "Emmanuel Macron"


@pytest.mark.parametrize("text", [
    "Narendra Modi said he would not request a call with Emmanuel Macron.",
    "Emmanuel Macron said he won't phone Narendra Modi before the vote.",
])
def test_a_negated_call_is_no_call(analyse_text, text):
    assert analyse_text(text).calls == ()


def test_a_refusal_with_no_partner_does_not_swallow_a_call(analyse_text):
    facts = analyse_text("Emmanuel Macron and Narendra Modi spoke on March 3. Macron said he would not request "
                         "a call with the other side.", published="2025-03-18")
    _, call = only_call(facts)
    assert call.status is CallStatus.OCCURRED


@pytest.mark.parametrize("text", [
    "Emmanuel Macron had also spoken with Narendra Modi, Giorgia Meloni and Recep Tayyip Erdogan, among others.",
    "Emmanuel Macron spoke separately with Narendra Modi and Giorgia Meloni by phone.",
])
def test_a_list_said_to_be_separate_is_one_call_each(analyse_text, text):
    found = {people for people, _ in calls_of(analyse_text(text))}
    assert len(found) >= 2 and all(len(p) == 2 and "Emmanuel Macron" in p for p in found)


def test_a_week_on_the_telephone_makes_the_next_conversation_a_call(analyse_text):
    facts = analyse_text("Emmanuel Macron has spent days on the phone with other leaders. "
                         "In his conversation with Narendra Modi, Macron discussed trade.", published="2025-03-18")
    people, _ = only_call(facts)
    assert people == {"Emmanuel Macron", "Narendra Modi"}


def test_the_one_who_joins_the_talks_by_infinitive_is_not_the_speaker(analyse_text):
    facts = analyse_text("Emmanuel Macron called Narendra Modi on Sunday to congratulate him. "
                         "Modi's office said he would appoint an envoy to join the talks.", published="2025-03-18")
    people, _ = only_call(facts)
    assert people == {"Emmanuel Macron", "Narendra Modi"}


@pytest.mark.parametrize("text", [
    "Emmanuel Macron and Narendra Modi met online on Friday.",
    "Emmanuel Macron met Narendra Modi virtually on Friday.",
    "Emmanuel Macron and Narendra Modi held their annual summit on Friday, meeting online.",
])
def test_a_meeting_held_online_is_a_video_call(analyse_text, text):
    people, call = only_call(analyse_text(text, published="2025-03-18"))
    assert people == {"Emmanuel Macron", "Narendra Modi"}
    assert call.medium is CallMedium.VIDEO and call.date == date(2025, 3, 14)


def test_a_definite_video_conference_that_brought_people_together_is_a_call(analyse_text):
    facts = analyse_text("Budget talks stalled again.\n\nThe video conference, which ran for an hour, brought together "
                         "Emmanuel Macron, Giorgia Meloni and Narendra Modi.", published="2025-03-18")
    people, call = only_call(facts)
    assert people == {"Emmanuel Macron", "Giorgia Meloni", "Narendra Modi"} and call.medium is CallMedium.VIDEO


# -- titled surnames, relative days, quotations, groups, denials, outlets in apposition ------------

def test_a_titled_surname_is_the_one_known_person_in_that_office(analyse_text):
    facts = analyse_text("Donald Trump took calls from world leaders and from Vice President Harris. "
                         "Harris phoned Trump on Wednesday afternoon.", published="2024-11-07")
    people, _ = only_call(facts)
    assert people == {"Donald Trump", "Kamala Harris"}


def test_a_day_earlier_counts_from_the_day_named_before_it(analyse_text):
    days = _dated(analyse_text("Emmanuel Macron spoke with Narendra Modi on Tuesday (April 8) and with Giorgia "
                               "Meloni a day earlier.", published="2025-04-10"))
    assert days == {frozenset({"Emmanuel Macron", "Narendra Modi"}): date(2025, 4, 8),
                    frozenset({"Emmanuel Macron", "Giorgia Meloni"}): date(2025, 4, 7)}


def test_a_platform_named_by_one_letter_ends_a_sentence(analyse_text):
    facts = analyse_text('Emmanuel Macron and Narendra Modi held a phone call on Thursday. "We agreed on the '
                         'next steps," Macron wrote in a post on X.', published="2025-03-15")
    _, call = only_call(facts)
    names = {e.key: e.name for e in facts.entities}
    assert [names[r.outlet] for r in call.reports] == ["X"]


def test_the_two_before_a_verb_goes_on_about_the_call(analyse_text):
    facts = analyse_text("Emmanuel Macron had a telephone conversation with Narendra Modi on Monday.\n\n"
                         "The two also discussed trade and climate, state news agency Zorbel reported.",
                         published="2025-03-18")
    _, call = only_call(facts)
    names = {e.key: e.name for e in facts.entities}
    assert [names[r.outlet] for r in call.reports] == ["Zorbel"]


def test_a_rejected_report_of_a_call_is_a_denied_call(analyse_text):
    _, call = only_call(analyse_text("The palace on Monday rejected a report that Emmanuel Macron had held a "
                                     "telephone conversation with Narendra Modi.", published="2025-03-18"))
    assert call.status is CallStatus.DENIED


def test_an_outlet_named_in_apposition_reports_the_call(analyse_text):
    facts = analyse_text("The Morning Ledger, a Lyon-based weekly, reported that Emmanuel Macron had phoned "
                         "Narendra Modi on Monday.", published="2025-03-18")
    _, call = only_call(facts)
    names = {e.key: e.name for e in facts.entities}
    assert [names[r.outlet] for r in call.reports] == ["The Morning Ledger"]


def test_the_day_of_a_report_gives_way_to_the_period_of_the_call(analyse_text):
    _, call = only_call(analyse_text("A weekly said on Saturday that Emmanuel Macron and Narendra Modi had spoken "
                                     "by phone last week.", published="2025-03-20"))
    assert call.date is None


def test_the_day_of_a_report_is_never_the_day_of_a_plan(analyse_text):
    _, call = only_call(analyse_text("Emmanuel Macron said on Monday he would phone Narendra Modi about the "
                                     "river treaty.", published="2025-03-12"))
    assert call.status is CallStatus.PLANNED
    assert call.caller is not None and call.date is None


@pytest.mark.parametrize("verb", ["call", "phone", "telephone"])
def test_would_before_a_call_verb_tells_a_plan(analyse_text, verb):
    _, call = only_call(analyse_text(f"Emmanuel Macron said he would {verb} Narendra Modi about the river "
                                     "treaty.", published="2025-03-12"))
    assert call.status is CallStatus.PLANNED


def test_a_quoted_time_after_the_person_leaves_call_a_call(analyse_text):
    _, call = only_call(analyse_text('Emmanuel Macron said he would call Narendra Modi "within a day or two".',
                                     published="2025-03-12"))
    assert call.status is CallStatus.PLANNED


def test_a_relative_clause_right_after_the_call_dates_it(analyse_text):
    _, call = only_call(analyse_text("Emmanuel Macron and Narendra Modi held a phone conversation, which took "
                                     "place on Tuesday, about the river treaty.", published="2025-03-14"))
    assert call.date == date(2025, 3, 11)


@pytest.mark.parametrize("text", [
    "Narendra Modi on Friday thanked Emmanuel Macron for his phone call about the floods.",
    "Thanking President Emmanuel Macron for his call, Prime Minister Narendra Modi praised the relief teams.",
])
def test_the_one_thanked_for_his_call_is_the_caller(analyse_text, text):
    facts = analyse_text(text, published="2025-03-14")
    _, call = only_call(facts)
    names = {e.key: e.name for e in facts.entities}
    assert names[call.caller] == "Emmanuel Macron"


def test_callers_told_after_calls_received_each_called_the_receiver(analyse_text):
    facts = analyse_text("Narendra Modi received phone calls on Tuesday from several leaders after the floods. "
                         "Emmanuel Macron was the first to call, followed by aid offers from the Gulf. "
                         "Among the callers were Giorgia Meloni and Recep Tayyip Erdogan. "
                         "Modi also received a call from Benjamin Netanyahu.", published="2025-03-14")
    names = {e.key: e.name for e in facts.entities}
    got = sorted((names[c.caller], sorted(names[p] for p in c.participants), c.status, c.date) for c in facts.calls)
    expected = sorted((caller, sorted([caller, "Narendra Modi"]), CallStatus.OCCURRED, date(2025, 3, 11))
                      for caller in ["Emmanuel Macron", "Giorgia Meloni", "Recep Tayyip Erdoğan", "Benjamin Netanyahu"])
    assert got == expected


@pytest.mark.parametrize("listing", [
    "Among those who called him were Giorgia Meloni and Recep Tayyip Erdogan.",
    "Those who phoned him included Giorgia Meloni and Recep Tayyip Erdogan.",
    "Giorgia Meloni and Recep Tayyip Erdogan were among those who rang him.",
])
def test_those_who_called_him_each_called_the_receiver(analyse_text, listing):
    # the lexicon's inflected forms of a caller list (the verb, an object pronoun) are read, not
    # only its first phrase
    facts = analyse_text("Narendra Modi received several calls of congratulation yesterday. " + listing,
                         published="2025-03-14")
    assert _named(facts) == [(["Giorgia Meloni", "Narendra Modi"], "Giorgia Meloni", date(2025, 3, 13)),
                             (["Narendra Modi", "Recep Tayyip Erdoğan"], "Recep Tayyip Erdoğan", date(2025, 3, 13))]


@pytest.mark.parametrize("listing", ["Giorgia Meloni was among those who called for restraint.",
                                     "Giorgia Meloni was among those who called him a fraud."])
def test_among_those_who_called_for_something_is_no_caller(analyse_text, listing):
    facts = analyse_text("Narendra Modi received several calls of congratulation yesterday. " + listing,
                         published="2025-03-14")
    assert "Giorgia Meloni" not in {n for people, _ in calls_of(facts) for n in people}


def test_later_in_the_day_is_the_day_named_before(analyse_text):
    facts = analyse_text("Emmanuel Macron phoned Narendra Modi on Tuesday about the dam. Later in the day, Macron "
                         "also had a call with Giorgia Meloni.", published="2025-03-14")
    assert sorted(c.date for c in facts.calls) == [date(2025, 3, 11), date(2025, 3, 11)]


def _named(facts):
    names = {e.key: e.name for e in facts.entities}
    return sorted((sorted(names[p] for p in c.participants), names.get(c.caller), c.date) for c in facts.calls)


def test_a_pronoun_after_a_title_subject_is_the_one_the_title_stands_for(analyse_text):
    facts = analyse_text("Claudia Sheinbaum dismissed a rumour about Donald Trump's health. The President added "
                         "that she had taken a phone call from Narendra Modi on Tuesday.", published="2025-03-14")
    assert _named(facts) == [(["Claudia Sheinbaum", "Narendra Modi"], "Narendra Modi", date(2025, 3, 11))]


def test_a_countrys_head_of_state_is_its_president_not_its_premier(analyse_text):
    facts = analyse_text("On Monday the Romanian head of state got a phone call from Polish President Karol "
                         "Nawrocki about the bridge. Prime Minister Ilie Bolojan was abroad.", published="2025-12-02")
    assert _named(facts) == [(["Karol Nawrocki", "Nicușor Dan"], "Karol Nawrocki", date(2025, 12, 1))]


def test_a_call_verb_at_a_time_of_day_is_a_call(analyse_text):
    facts = analyse_text("Emmanuel Macron phoned Narendra Modi on Friday. Trump, for his part, called at around "
                         "10.30 a.m. on Saturday to offer help.", published="2025-03-16")
    assert (["Donald Trump", "Narendra Modi"], "Donald Trump", date(2025, 3, 15)) in _named(facts)


def test_a_moment_told_in_two_time_zones_is_on_its_universal_day(analyse_text):
    # 8 a.m. in Delhi is 02:30 in universal time, on the Wednesday
    facts = analyse_text("Narendra Modi phoned Donald Trump at 8am on Wednesday, Delhi time, which was Tuesday "
                         "evening in Washington.", published="2025-03-14")
    assert [c.date for c in facts.calls] == [date(2025, 3, 12)]


def test_a_quotation_said_by_a_title_is_that_leaders(analyse_text):
    facts = analyse_text("Narendra Modi later posted that he had spoken to Emmanuel Macron. \"I will call Donald "
                         "Trump on Friday about the tariffs,\" the prime minister told journalists.", published="2025-03-11")
    assert (["Donald Trump", "Narendra Modi"], "Narendra Modi", date(2025, 3, 14)) in _named(facts)


def test_a_bracketed_date_between_the_call_and_its_caller(analyse_text):
    facts = analyse_text("Emmanuel Macron received a call on Saturday (May 10) from Narendra Modi about the "
                         "river treaty.", published="2025-05-12")
    assert _named(facts) == [(["Emmanuel Macron", "Narendra Modi"], "Narendra Modi", date(2025, 5, 10))]


def test_a_surname_as_the_article_spells_it_names_the_gazetteer_person(analyse_text):
    facts = analyse_text("Narendra Modi phoned the new Prime Minister Salem Saleh bin Braik on Sunday. Bin "
                         "Braik later phoned Emmanuel Macron.", published="2025-05-12")
    assert (["Emmanuel Macron", "Salem Saleh bin Breik"], "Salem Saleh bin Breik", None) in _named(facts)


def test_at_a_titles_request_the_one_with_that_title_called(analyse_text):
    facts = analyse_text("Emmanuel Macron spoke by phone on Monday with the UN Special Envoy for the "
                         "Sahel, Tala Rennick, at the envoy's request.", published="2025-05-14")
    assert _named(facts) == [(["Emmanuel Macron", "Tala Rennick"], "Tala Rennick", date(2025, 5, 12))]


@pytest.mark.parametrize("place", ["ĐÀ NẴNG", "BOGOTÁ", "ŁÓDŹ"])
def test_a_dateline_with_an_accented_place_anchors_today(analyse_text, place):
    _, call = only_call(analyse_text(f"Macron phones Modi\n\n{place}, March 9. /VNA/. Emmanuel Macron today phoned "
                                     "Narendra Modi about the floods.", published="2025-03-10"))
    assert call.date == date(2025, 3, 9)


def test_an_adjunct_between_commas_before_the_partner(analyse_text):
    facts = analyse_text("On Monday, Emmanuel Macron held phone talks, at the request of the Indian side, with "
                         "Narendra Modi on the floods.", published="2025-03-12")
    assert _named(facts) == [(["Emmanuel Macron", "Narendra Modi"], "Narendra Modi", date(2025, 3, 10))]


def test_a_summit_also_held_online_with_its_participants_is_one_video_call(analyse_text):
    facts = analyse_text("Later in the day, Emmanuel Macron chaired the regional summit, also held online, with "
                         "the participation of Narendra Modi, Giorgia Meloni and Anthony Albanese.",
                         published="2025-03-12")
    _, call = only_call(facts)
    assert call.medium is CallMedium.VIDEO and len(call.participants) == 4


def test_two_names_and_call_in_a_title_call_someone_else_not_each_other(analyse_text):
    facts = analyse_text("Macron, Modi call new chancellor\n\nFrench President Emmanuel Macron and Indian Prime "
                         "Minister Narendra Modi met in Paris on Tuesday.", published="2025-03-12")
    assert not facts.calls


def test_people_among_the_leaders_taking_part_are_on_the_call(analyse_text):
    facts = analyse_text("Emmanuel Macron chaired a video call of European leaders on Tuesday. Giorgia Meloni and "
                         "Narendra Modi were among the dozen leaders taking part.", published="2025-03-12")
    names = {e.key: e.name for e in facts.entities}
    assert [sorted(names[p] for p in c.participants) for c in facts.calls] == [
        ["Emmanuel Macron", "Giorgia Meloni", "Narendra Modi"]]


def test_yesterday_after_has_said_is_the_days_before_the_article(analyse_text):
    facts = analyse_text("Narendra Modi has said India will help, after joining a video call with Emmanuel Macron "
                         "yesterday afternoon.", published="2025-03-12")
    assert [c.date for c in facts.calls] == [date(2025, 3, 11)]


def test_at_his_request_beside_a_subject_called_she_is_the_other_participant(analyse_text):
    facts = analyse_text("Giorgia Meloni told reporters she had a phone call with Narendra Modi on Monday, "
                         "at his request.", published="2025-03-12")
    assert _named(facts) == [(["Giorgia Meloni", "Narendra Modi"], "Narendra Modi", date(2025, 3, 10))]


def test_he_after_a_call_is_its_caller_not_the_one_called(analyse_text):
    facts = analyse_text("Narendra Modi phoned Giorgia Meloni on Friday, two days after he had held phone talks with "
                         "Emmanuel Macron.", published="2025-03-15")
    names = {e.key: e.name for e in facts.entities}
    assert sorted(sorted(names[p] for p in c.participants) for c in facts.calls) == [
        ["Emmanuel Macron", "Narendra Modi"], ["Giorgia Meloni", "Narendra Modi"]]


def test_a_subject_pronoun_after_the_one_called_opens_a_clause(analyse_text):
    facts = analyse_text('"Narendra Modi phoned me, and he asked about the dam," Giorgia Meloni said of the talks '
                         "with Emmanuel Macron's envoy.", published="2025-03-15")
    names = {e.key: e.name for e in facts.entities}
    assert [sorted(names[p] for p in c.participants) for c in facts.calls] == [["Giorgia Meloni", "Narendra Modi"]]


def test_the_outlet_first_to_report_the_call_reported_it(analyse_text):
    _, call = only_call(analyse_text("Narendra Modi and Emmanuel Macron spoke by phone on Friday. Of all the "
                                     "papers, Le Monde was the first to report it.", published="2025-03-15"))
    assert len(call.reports) == 1


def test_a_title_saying_who_will_call_an_unnamed_official_gives_the_caller(analyse_text):
    facts = analyse_text("Modi to call UN chief on Friday\n\nNarendra Modi will hold a video call with Secretary-General "
                         "Antonio Guterres on Friday about the floods, his office said.", published="2025-03-12")
    names = {e.key: e.name for e in facts.entities}
    assert [names.get(c.caller) for c in facts.calls] == ["Narendra Modi"]


def test_a_date_in_the_calls_own_phrase_is_its_day(analyse_text):
    facts = analyse_text("Emmanuel Macron on Thursday apologised for his remarks in a leaked phone conversation "
                         "with Narendra Modi. The recording of the March 9 call was posted on Facebook.",
                         published="2025-03-14")
    _, call = only_call(facts)
    assert call.date == date(2025, 3, 9)


def test_a_sentence_with_no_quotation_is_not_reported_by_an_earlier_speaker(analyse_text):
    facts = analyse_text('"We spoke at length," Emmanuel Macron said of his phone call with Narendra Modi on '
                         'Monday. Meanwhile, the finance ministry has confirmed plans to cut fuel taxes, with '
                         'Sophie Marin noting that prices had risen.', published="2025-03-18")
    _, call = only_call(facts)
    assert len(call.evidence) == 1


@pytest.mark.parametrize("text", [
    "Emmanuel Macron has tried several times to reach Narendra Modi by phone since the vote.",
    "Narendra Modi turned down a request for a phone call from Emmanuel Macron last month.",
])
def test_tries_and_refused_requests_are_attempted_calls(analyse_text, text):
    people, call = only_call(analyse_text(text, published="2025-03-18"))
    assert people == {"Emmanuel Macron", "Narendra Modi"} and call.status is CallStatus.ATTEMPTED


def test_a_weak_mention_does_not_take_the_call_of_the_next_sentence(analyse_text):
    facts = analyse_text(
        "Emmanuel Macron held a video call with Narendra Modi and Giorgia Meloni on Saturday.\n\n"
        "Vladimir Putin has not replied. Paris said the leaders would press on with sanctions as long as talks "
        "go on. A few of the people on the call later said that more aid was needed.", published="2025-03-16")
    found = {people for people, _ in calls_of(facts)}
    assert found == {frozenset({"Emmanuel Macron", "Narendra Modi", "Giorgia Meloni"})}


def test_a_newspaper_named_like_a_nationality_before_a_noun_is_the_adjective(analyse_text):
    facts = analyse_text("Sanae Takaichi held phone talks with Anthony Albanese, which took place at the request "
                         "of the Australian side.", published="2026-01-20")
    _, call = only_call(facts)
    names = {e.key: e.name for e in facts.entities}
    assert names[call.caller] == "Anthony Albanese" and "The Australian" not in names.values()


@pytest.mark.parametrize("credit, outlet", [
    ("the Australian newspaper Vell Chronicle said", "Vell Chronicle"),
    ("the Australian broadcaster Vellvision TV reported", "Vellvision TV"),
    ("The Australian newspaper reported", "The Australian"),
    ("The Australian newspaper reported on Friday", "The Australian"),
])
def test_a_newspaper_named_like_a_nationality_before_another_outlets_descriptor_is_the_adjective(analyse_text, credit, outlet):
    facts = analyse_text(f"Anthony Albanese spoke by phone with Sanae Takaichi on Thursday, {credit}.",
                         published="2026-01-20")
    _, call = only_call(facts)
    names = {e.key: e.name for e in facts.entities}
    assert [names[r.outlet] for r in call.reports] == [outlet]


def test_the_subject_of_a_call_inside_a_that_clause_is_not_the_speaker(analyse_text):
    facts = analyse_text("Narendra Modi told reporters that the army's chief of staff had called his counterpart "
                         "on Saturday.", published="2025-05-11")
    assert facts.calls == ()


def test_calling_someones_remarks_names_them_no_call(analyse_text):
    facts = analyse_text("Emmanuel Macron spoke with Narendra Modi on Monday. Olaf Scholz called Narendra Modi's "
                         "remarks \"unhelpful\" on Tuesday.", published="2025-03-19")
    people, _ = only_call(facts)
    assert people == {"Emmanuel Macron", "Narendra Modi"}


# -- the second round: portfolios, provinces, lists with countries, quotations across sentences ------

def test_a_minister_titled_by_portfolio_is_a_person(analyse_text):
    facts = analyse_text("The Minister of Foreign Affairs Tala Voss held a phone conversation with Marco Rubio on "
                         "Friday.", published="2025-07-26")
    people, _ = only_call(facts)
    assert people == {"Tala Voss", "Marco Rubio"}


def test_a_provincial_premier_is_a_person(analyse_text):
    facts = analyse_text("The vote was close. Ontario Premier Tala Voss said the meeting had been good.")
    assert {e.name: e.kind.value for e in facts.entities}.get("Tala Voss") == "Person"


def test_a_list_of_presidents_of_countries_is_one_virtual_summit(analyse_text):
    facts = analyse_text("Leaders of the bloc met by video link on Monday. The summit was chaired by President "
                         "William Ruto. Presidents Salva Kiir of South Sudan, Paul Kagame of Rwanda and Yoweri Museveni "
                         "of Uganda participated in the meeting.", published="2025-01-30")
    people, call = only_call(facts)
    assert people == {"William Ruto", "Paul Kagame", "Yoweri Museveni", "Salva Kiir"}
    assert call.medium is CallMedium.VIDEO and call.date == date(2025, 1, 27)


def test_their_after_named_subjects_and_a_light_verb_names_those_subjects(analyse_text):
    facts = analyse_text("Donald Trump phoned Emmanuel Macron on Monday. Macron and Narendra Modi held their "
                         "first phone conversation on Tuesday.", published="2025-03-19")
    assert _dated(facts) == {frozenset({"Donald Trump", "Emmanuel Macron"}): date(2025, 3, 17),
                             frozenset({"Emmanuel Macron", "Narendra Modi"}): date(2025, 3, 18)}


def test_later_in_the_afternoon_is_the_day_named_before(analyse_text):
    facts = analyse_text("Emmanuel Macron phoned Narendra Modi yesterday. Later in the afternoon, Macron received a "
                         "call from Giorgia Meloni.", published="2025-03-19")
    assert _dated(facts)[frozenset({"Emmanuel Macron", "Giorgia Meloni"})] == date(2025, 3, 18)


def test_hours_after_an_event_are_no_length_of_the_call(analyse_text):
    _, call = only_call(analyse_text("Emmanuel Macron phoned Narendra Modi on Monday, about 12 hours after the vote "
                                     "closed.", published="2025-03-19"))
    assert call.duration_minutes is None


def test_a_quotation_over_two_sentences_has_its_speaker(analyse_text):
    facts = analyse_text('"I am going to call Narendra Modi at the right moment. Everyone must give a little," '
                         'Emmanuel Macron said.', published="2025-03-19")
    people, call = only_call(facts)
    assert people == {"Emmanuel Macron", "Narendra Modi"} and call.status is CallStatus.PLANNED


@pytest.mark.parametrize("open_, close", [('"', '"'), ("\u201c", "\u201d")])
def test_a_post_quoted_over_two_sentences_after_the_call_credits_its_platform(analyse_text, open_, close):
    # the quotation opens a paragraph after the call's; its second sentence names the platform
    facts = analyse_text(f"President Amara Dule phoned King Emil Sorn on Monday to wish him well.\n\n"
                         f"{open_}I passed on the good wishes of our nation. Our bond will only deepen,{close} Dule "
                         f"wrote on Facebook late that evening.", published="2024-06-12")
    _, call = only_call(facts)
    names = {e.key: e.name for e in facts.entities}
    assert [names[r.outlet] for r in call.reports] == ["Facebook"]


def test_a_remark_dated_before_the_call_does_not_report_it(analyse_text):
    facts = analyse_text("President Amara Dule phoned King Emil Sorn on Monday to wish him well.\n"
                         '"Nothing of the kind should ever happen. It would not under my watch," Dule told Vell TV '
                         "in February this year.", published="2024-06-12")
    _, call = only_call(facts)
    assert call.reports == ()


def test_a_fronted_call_takes_the_leader_the_sentence_before_paired_with_its_subject(analyse_text):
    facts = analyse_text("Emmanuel Macron has urged Narendra Modi to ease the tariffs.\n\nDuring an hour-long call "
                         "on Monday, the French president said trade had to grow.", published="2025-03-19")
    people, _ = only_call(facts)
    assert people == {"Emmanuel Macron", "Narendra Modi"}


def test_the_negotiations_held_by_phone_go_on_about_the_contacts_told_before(analyse_text):
    facts = analyse_text('Emmanuel Macron also held contacts with Narendra Modi on Saturday.\n\n'
                         '"The negotiations, held by phone, went on until night," an aide said.',
                         published="2025-03-16")
    people, _ = only_call(facts)
    assert people == {"Emmanuel Macron", "Narendra Modi"}


@pytest.mark.parametrize("text, outlet", [
    ("Emmanuel Macron phoned Narendra Modi on Monday, news website Varn Daily News reported.", "Varn Daily News"),
    ("Emmanuel Macron phoned Narendra Modi on Monday, an aide told the VTN news channel.", "VTN"),
    # a people's adjective before the descriptor is no name (the name is the one after it)
    ("Emmanuel Macron phoned Narendra Modi on Monday, in a call carried by the Kurdish broadcaster Vellvision.",
     "Vellvision"),
    ("Emmanuel Macron phoned Narendra Modi on Monday, the Basque daily Vell Albisteak reported.", "Vell Albisteak"),
    ("Emmanuel Macron phoned Narendra Modi on Monday, Vellvision, the Kurdish broadcaster, reported.", "Vellvision"),
    # a city before the descriptor, a call sign after it: the call sign is the outlet
    ('"I phoned Narendra Modi on Monday," Emmanuel Macron told Vellton radio station 3VX.', "3VX"),
    ("Emmanuel Macron phoned Narendra Modi on Monday, according to Vellvision, the private broadcaster.", "Vellvision"),
    # the story or article in an outlet, its reporting verb far after it
    ("A story in the Vellton daily Kurjer Vellski last week went further, saying Emmanuel Macron had phoned Narendra "
     "Modi on Monday.", "Kurjer Vellski"),
    ("An article in Le Monde on Sunday went further, claiming that Emmanuel Macron had phoned Narendra Modi on Monday.",
     "Le Monde"),
])
def test_outlets_named_by_their_descriptors_report_the_call(analyse_text, text, outlet):
    facts = analyse_text(text, published="2025-03-19")
    _, call = only_call(facts)
    names = {e.key: e.name for e in facts.entities}
    assert [names[r.outlet] for r in call.reports] == [outlet]


def test_a_person_apposed_to_a_role_at_an_outlet_is_no_outlet(analyse_text):
    facts = analyse_text("Emmanuel Macron phoned Narendra Modi on Monday. Vell Arnsen, the editor of the daily, said "
                         "the call lasted an hour.", published="2025-03-19")
    _, call = only_call(facts)
    assert call.reports == ()


def test_the_head_of_state_is_the_leader_in_office_named_before(analyse_text):
    facts = analyse_text("President Emomali Rahmon opened the new dam on Tuesday.\n\nOn Wednesday the head of state "
                         "got a phone call from Vladimir Putin, the President of Russia.", published="2022-10-06")
    people, call = only_call(facts)
    names = {e.key: e.name for e in facts.entities}
    assert people == {"Emomali Rahmon", "Vladimir Putin"} and names[call.caller] == "Vladimir Putin"


def test_a_countrys_name_that_is_a_known_surname_beside_a_person_is_the_person(analyse_text):
    facts = analyse_text("Portuguese Prime Minister Luís Montenegro flew home.\n\nSánchez and Montenegro speak by "
                         "phone\n\nPedro Sánchez thanked his neighbour.", published="2025-04-28")
    people, _ = only_call(facts)
    assert people == {"Pedro Sánchez", "Luís Montenegro"}


def test_a_middle_initial_keeps_a_known_person_whole(analyse_text):
    facts = analyse_text("US diplomat Antony J. Blinken phoned Emmanuel Macron on Monday. He also "
                         "spoke with Narendra Modi in a separate call on Sunday.", published="2025-03-19")
    found = {people for people, _ in calls_of(facts)}
    assert found == {frozenset({"Antony Blinken", "Emmanuel Macron"}), frozenset({"Antony Blinken", "Narendra Modi"})}


@pytest.mark.parametrize("text, person", [
    ("Governor General Sir Tomas A Brandl took a call from King Emil Sorn on Wednesday.",
     "Tomas A Brandl"),
    # an article or a headline's capital is no initial
    ("Premier Ilse Varga Wins A Vote; King Emil Sorn Phones Her", None),
])
def test_a_middle_initial_without_its_full_stop_keeps_the_name_whole(analyse_text, text, person):
    facts = analyse_text(text, published="2025-03-14")
    names = {e.name for e in facts.entities}
    if person:
        assert person in names and not any(n in names for n in ("Tomas", "Tomas A"))
    else:
        assert not any(" A " in f" {n} " for n in names)


def test_their_call_after_coordinated_subjects_names_them(analyse_text):
    people, _ = only_call(analyse_text("Emmanuel Macron and his Indian counterpart Narendra Modi agreed during their "
                                       "call on Monday to cut tariffs.", published="2025-03-19"))
    assert people == {"Emmanuel Macron", "Narendra Modi"}


def test_a_dateline_with_the_day_before_the_month_anchors_today(analyse_text):
    _, call = only_call(analyse_text("DOHA, 9th March, 2025 (QNA) -- Emmanuel Macron today phoned the Emir, "
                                     "Tamim bin Hamad Al Thani.", published="2025-03-10"))
    assert call.date == date(2025, 3, 9)


@pytest.mark.parametrize("text, outlet", [
    ("Emmanuel Macron phoned Kais Saied on Monday, according to state news agency TAP.",
     "Tunis Afrique Presse"),
    ("Emmanuel Macron phoned Mohamed bin Zayed Al Nahyan on Monday, state news agency Wam reported.", "WAM"),
])
def test_a_known_agency_named_after_a_descriptor_is_the_known_one(analyse_text, text, outlet):
    facts = analyse_text(text, published="2025-03-19")
    _, call = only_call(facts)
    names = {e.key: e.name for e in facts.entities}
    assert [names[r.outlet] for r in call.reports] == [outlet] and call.reports[0].outlet.startswith("gaz:")


def test_a_counterpart_named_in_apposition_is_that_person_not_the_countrys_leader(analyse_text):
    facts = analyse_text("Narendra Modi spoke with the Emir of Qatar. Foreign Minister Tala Voss held a phone call "
                         "with her Qatari counterpart, Mohammed Al Khulaifi, on Tuesday.", published="2025-03-19")
    found = {people for people, _ in calls_of(facts)}
    assert frozenset({"Tala Voss", "Mohammed Al Khulaifi"}) in found
    assert not any("Tamim bin Hamad Al Thani" in p and "Tala Voss" in p for p in found)


def _names(facts):
    return {e.key: e.name for e in facts.entities}


def test_a_quoted_nickname_inside_a_name_keeps_the_known_person(analyse_text):
    people, _ = only_call(analyse_text('Former Prime Minister Boris "Bojo" Johnson phoned Emmanuel Macron on Monday.',
                                       published="2025-03-19"))
    assert people == {"Boris Johnson", "Emmanuel Macron"}


def test_shortly_after_another_event_the_call_takes_its_day(analyse_text):
    _, call = only_call(analyse_text("Narendra Modi phoned Emmanuel Macron shortly after the results were "
                                     "announced on Sunday.", published="2025-03-19"))
    assert call.date == date(2025, 3, 16)


def test_days_after_another_event_the_call_does_not_take_its_day(analyse_text):
    _, call = only_call(analyse_text("Narendra Modi phoned Emmanuel Macron days after the results were "
                                     "announced on Sunday.", published="2025-03-19"))
    assert call.date != date(2025, 3, 16)


@pytest.mark.parametrize("relation", ["rival", "predecessor", "old friend", "close ally"])
def test_a_relation_word_between_a_possessive_and_a_name_keeps_the_call(analyse_text, relation):
    people, _ = only_call(analyse_text(f"Keir Starmer phoned his {relation} Rishi Sunak on Friday.", published="2025-03-19"))
    assert people == {"Keir Starmer", "Rishi Sunak"}


def test_yesterday_after_a_present_tense_reporting_verb_counts_from_publication(analyse_text):
    _, call = only_call(analyse_text("Volodymyr Zelensky says he spoke with Emmanuel Macron by phone yesterday.",
                                     published="2025-03-19"))
    assert call.date == date(2025, 3, 18)


def test_yesterday_after_a_past_reporting_verb_gives_no_day(analyse_text):
    _, call = only_call(analyse_text("Volodymyr Zelensky said he had spoken with Emmanuel Macron by phone yesterday.",
                                     published="2025-03-19"))
    assert call.date is None


def test_the_new_prime_minister_is_the_one_the_article_named(analyse_text):
    facts = analyse_text("Keir Starmer took office on Friday. Emmanuel Macron says he held a phone call with the new "
                         "prime minister on Saturday.", published="2024-07-08")
    people, _ = only_call(facts)
    assert people == {"Keir Starmer", "Emmanuel Macron"}


@pytest.mark.parametrize("place, outlet", [("DAKAR", "APS Senegal"), ("ALGIERS", "Algeria Press Service")])
def test_an_agency_acronym_two_agencies_share_is_the_one_of_the_datelines_place(analyse_text, place, outlet):
    facts = analyse_text(f"{place}, March 3 (APS) - Emmanuel Macron spoke by phone with Narendra Modi on Monday.",
                         published="2025-03-04")
    outlets = {e.name for e in facts.entities if e.kind.value == "Outlet"}
    assert outlets == {outlet}


def test_a_day_in_a_coordinated_clause_with_its_own_subject_is_not_the_calls(analyse_text):
    facts = analyse_text("Emmanuel Macron phoned Abdelmadjid Tebboune on Monday. The two leaders agreed to restart "
                         "dialogue, and Olaf Scholz will visit Algiers on April 16.", published="2025-04-01")
    _, call = only_call(facts)
    assert call.date == date(2025, 3, 31)


def test_the_president_of_the_republic_is_the_leader_the_article_is_about(analyse_text):
    facts = analyse_text("President Abdelmadjid Tebboune chaired a cabinet meeting. Tebboune received a call from "
                         "President Kais Saied on Sunday. The next day the President of the Republic took a call "
                         "from the President of Mauritania, Mohamed Ould Ghazouani.", published="2025-04-01")
    found = {people for people, _ in calls_of(facts)}
    assert frozenset({"Abdelmadjid Tebboune", "Mohamed Ould Ghazouani"}) in found
    assert frozenset({"Kais Saied", "Mohamed Ould Ghazouani"}) not in found


def test_a_pronoun_speaker_after_a_quotation_is_the_subject_named_before(analyse_text):
    facts = analyse_text('Narendra Modi spoke at a rally in Delhi. "I will call Emmanuel Macron on Monday," he told '
                         'reporters.', published="2025-03-19")
    people, call = only_call(facts)
    assert people == {"Narendra Modi", "Emmanuel Macron"} and call.status is CallStatus.PLANNED
    assert _names(facts)[call.caller] == "Narendra Modi"


def test_someone_who_will_attend_another_event_is_not_on_the_call(analyse_text):
    people, _ = only_call(analyse_text("Emmanuel Macron phoned Narendra Modi on Tuesday to say that Foreign Minister "
                                       "Jean-Noël Barrot would attend the ceremony.", published="2025-03-19"))
    assert people == {"Emmanuel Macron", "Narendra Modi"}


def test_a_call_attended_by_someone_adds_them(analyse_text):
    people, _ = only_call(analyse_text("On Tuesday Emmanuel Macron and Narendra Modi had a phone call; the call was "
                                       "also attended by Olaf Scholz.", published="2025-03-19"))
    assert people == {"Emmanuel Macron", "Narendra Modi", "Olaf Scholz"}


def test_a_list_of_condolence_calls_to_the_acting_president(analyse_text):
    facts = analyse_text("Acting President Mohammad Mokhber took calls from abroad all day. Vladimir Putin called "
                         "the acting president on Tuesday morning; Narendra Modi also called to convey his sympathy; "
                         "and Shehbaz Sharif, who had cut short a trip to Turkey, phoned Mokhber as well.",
                         published="2024-05-22")
    found = {people for people, _ in calls_of(facts)}
    assert found == {frozenset({"Mohammad Mokhber", "Vladimir Putin"}), frozenset({"Mohammad Mokhber", "Narendra Modi"}),
                     frozenset({"Mohammad Mokhber", "Shehbaz Sharif"})}
    callers = {_names(facts)[c.caller] for _, c in calls_of(facts)}
    assert callers == {"Vladimir Putin", "Narendra Modi", "Shehbaz Sharif"}


@pytest.mark.parametrize("text", [
    "Foreign Minister Jean-Noël Barrot took condolence calls from his counterparts all day.",
    "Narendra Modi received a series of phone calls from world leaders offering sympathy after the death of "
    "President Emmanuel Macron.",
])
def test_calls_from_people_not_named_are_no_call_with_someone_named_near(analyse_text, text):
    assert analyse_text(text, published="2025-03-19").calls == ()


def test_the_person_chairing_a_video_summit_takes_part(analyse_text):
    facts = analyse_text("Regional leaders held a summit by videoconference on Tuesday, with Narendra Modi chairing "
                         "the meeting. Vladimir Putin joined the online summit from Moscow.", published="2025-03-19")
    found = {people for people, _ in calls_of(facts)}
    assert found == {frozenset({"Narendra Modi", "Vladimir Putin"})}


def test_a_failed_attempt_after_a_call_keeps_both_and_their_statuses(analyse_text):
    facts = analyse_text("Anthony Albanese phoned Christopher Luxon on Monday. Albanese also tried to call the Cook "
                         "Islands Prime Minister, Mark Brown, on Monday evening, but the two could not connect.",
                         published="2025-03-19")
    found = {people: c.status for people, c in calls_of(facts)}
    assert found == {frozenset({"Anthony Albanese", "Christopher Luxon"}): CallStatus.OCCURRED,
                     frozenset({"Anthony Albanese", "Mark Brown"}): CallStatus.ATTEMPTED}


def test_a_bare_surname_in_the_headline_is_the_person_named_in_full_with_a_suffix(analyse_text):
    facts = analyse_text("PM Albanese and Philippine President Marcos talk trade by phone\n\nPhilippine President "
                         "Ferdinand Marcos Jr. spoke by phone with Anthony Albanese on Monday.", published="2025-03-19")
    people, _ = only_call(facts)
    assert people == {"Ferdinand Marcos Jr.", "Anthony Albanese"}
    assert "Marcos" not in {e.name for e in facts.entities}


def test_a_day_earlier_counts_from_the_call_not_from_the_report(analyse_text):
    facts = analyse_text("Ferdinand Marcos Jr. spoke by phone with Anthony Albanese on Tuesday night, his office said "
                         "Wednesday. A day earlier, Foreign Minister Penny Wong had a telephone conversation with "
                         "Enrique Manalo.", published="2025-03-19")
    days = {people: c.date for people, c in calls_of(facts)}
    assert days[frozenset({"Penny Wong", "Enrique Manalo"})] == date(2025, 3, 17)


def test_a_denied_claim_and_a_failed_attempt_stay_two_calls(analyse_text):
    facts = analyse_text("Narendra Modi tried to reach Shehbaz Sharif by phone last weekend, but the call was not "
                         "taken. A Lahore daily reported on Friday that Modi and Sharif had held a telephone "
                         "conversation on Tuesday. \"No such phone call took place,\" "
                         "a spokesman for Sharif said.", published="2025-03-22")
    found = sorted((c.status.value, c.date) for _, c in calls_of(facts))
    assert found == [("Attempted", None), ("Denied", date(2025, 3, 18))]


def test_an_outlet_in_another_outlets_apposition_is_not_the_reporter(analyse_text):
    facts = analyse_text("The Global Times, a newspaper published by the People's Daily group, reported that Xi "
                         "Jinping and Lawrence Wong spoke by phone on Monday.", published="2025-03-19")
    _, call = only_call(facts)
    assert [_names(facts)[r.outlet] for r in call.reports] == ["Global Times"]


def test_the_day_of_a_denial_is_not_the_denied_calls(analyse_text):
    _, call = only_call(analyse_text("The palace on Tuesday denied that Anthony Albanese had phoned Xi Jinping over "
                                     "the weekend.", published="2025-03-19"))
    assert call.status is CallStatus.DENIED and call.date is None


def test_a_live_blog_entry_stamped_before_its_heading_dates_its_call(analyse_text):
    facts = analyse_text("Gulf live: the day's diplomacy\n\n16:20 — Premier speaks to king\n\nShehbaz Sharif spoke by "
                         "telephone with Emmanuel Macron, his office said.\n\n11:05 — Markets open lower\n\nShares "
                         "fell in early trade.", published="2025-06-22")
    _, call = only_call(facts)
    assert call.date == date(2025, 6, 22)


def test_a_publisher_the_gazetteer_knows_only_by_its_web_domain(analyse_text):
    facts = analyse_text("Emmanuel Macron spoke by phone with Narendra Modi on Monday.", published="2025-06-22",
                         outlet="The National", url="https://www.thenationalnews.com/world/2025/06/22/x/")
    assert facts.meta.outlet == "The National"
    assert any(e.key == "gaz:the-national-uae" for e in facts.entities)


def test_a_titled_first_name_is_the_office_holder_of_the_publishers_country(analyse_text):
    facts = analyse_text("On Sunday President Sheikh Mohamed took a telephone call from Emmanuel Macron, who briefed him on "
                         "the talks.", published="2025-06-22", outlet="The National",
                         url="https://www.thenationalnews.com/world/2025/06/22/x/")
    people, _ = only_call(facts)
    assert people == {"Mohamed bin Zayed Al Nahyan", "Emmanuel Macron"}


def test_a_dateline_with_the_agency_after_the_days_comma(analyse_text):
    facts = analyse_text("CASTRIES, Saint Lucia, Oct 29, CMC – Keir Starmer telephoned Andrew Holness earlier today.",
                         published="2025-10-30")
    _, call = only_call(facts)
    assert call.date == date(2025, 10, 29)
    assert [_names(facts)[r.outlet] for r in call.reports] == ["Caribbean Media Corporation"]


def test_a_call_verb_with_a_day_and_no_one_after_it_is_a_call_with_the_one_rung_before(analyse_text):
    facts = analyse_text("Keir Starmer telephoned Andrew Holness on Wednesday. Mark Carney called late on Tuesday, "
                         "as the storm hit.", published="2025-10-30")
    found = {people: (_names(facts)[c.caller], c.date) for people, c in calls_of(facts)}
    assert found[frozenset({"Andrew Holness", "Mark Carney"})] == ("Mark Carney", date(2025, 10, 28))


def test_calling_on_a_day_for_something_is_no_call(analyse_text):
    facts = analyse_text("Narendra Modi phoned Emmanuel Macron on Monday. Olaf Scholz called on Tuesday for calm.",
                         published="2025-10-30")
    assert {people for people, _ in calls_of(facts)} == {frozenset({"Narendra Modi", "Emmanuel Macron"})}


def test_the_first_leader_to_call_called_the_one_the_calls_were_to(analyse_text):
    facts = analyse_text("President-elect Bassirou Diomaye Faye has taken a string of phone calls from foreign "
                         "leaders this week. Ghanaian President John Mahama was the first to call, on Monday night, "
                         "soon after Amadou Ba admitted defeat.", published="2024-03-28")
    people, call = only_call(facts)
    assert people == {"Bassirou Diomaye Faye", "John Mahama"} and _names(facts)[call.caller] == "John Mahama"


def test_they_who_will_join_are_the_people_named_before_them(analyse_text):
    facts = analyse_text("Andrew Holness will host a virtual meeting of Caribbean leaders on Friday. Barbados' Prime "
                         "Minister Mia Mottley and Guyana's President Irfaan Ali said they will join.",
                         published="2025-10-28")
    people, call = only_call(facts)
    assert people == {"Andrew Holness", "Mia Mottley", "Irfaan Ali"} and call.status is CallStatus.PLANNED


@pytest.mark.parametrize("text, leader", [
    ("Emmanuel Macron phoned the Kremlin on Monday to press for a ceasefire.", "Vladimir Putin"),
    ("Olaf Scholz had a long phone call with Downing Street on Monday.", "Keir Starmer"),
    ("Narendra Modi dialled Malacañang on Monday about the fishing dispute.", "Ferdinand Marcos Jr."),
])
def test_a_seat_of_power_called_stands_for_its_leader_on_the_day(analyse_text, text, leader):
    facts = analyse_text(text, published="2025-03-19")
    people, _ = only_call(facts)
    assert leader in people
    # the seat is no name of its leader
    assert not any(a.startswith(("the Kremlin", "Downing", "Malaca")) for e in facts.entities
                   if e.name == leader for a in e.aliases)


def test_a_seat_of_power_that_speaks_is_no_participant(analyse_text):
    facts = analyse_text("The Kremlin said Vladimir Putin spoke by phone with Emmanuel Macron on Monday.",
                         published="2025-03-19")
    people, _ = only_call(facts)
    assert people == {"Vladimir Putin", "Emmanuel Macron"}


def test_a_call_verb_with_both_presidents_is_a_call_with_each(analyse_text):
    facts = analyse_text("Kyrgyz President Sadyr Japarov and Tajik President Emomali Rahmon spoke by phone on "
                         "Thursday. Kazakh President Kassym-Jomart Tokayev later phoned both presidents.",
                         published="2021-05-04")
    found = {people: c for people, c in calls_of(facts)}
    assert set(found) == {frozenset({"Sadyr Japarov", "Emomali Rahmon"}),
                          frozenset({"Kassym-Jomart Tokayev", "Sadyr Japarov"}),
                          frozenset({"Kassym-Jomart Tokayev", "Emomali Rahmon"})}


def test_plural_counterparts_named_in_apposition_are_each_a_partner(analyse_text):
    facts = analyse_text("Foreign Minister Jean-Noël Barrot held separate phone calls on Monday with his Malian and "
                         "Nigerien counterparts, Tala Vossberg and Ilse Varganova, his ministry said.",
                         published="2025-03-19")
    found = {people for people, _ in calls_of(facts)}
    assert found == {frozenset({"Jean-Noël Barrot", "Tala Vossberg"}), frozenset({"Jean-Noël Barrot", "Ilse Varganova"})}


def test_a_named_channel_on_a_platform_is_an_outlet_too(analyse_text):
    facts = analyse_text("The Varnia Insider Telegram channel reported that Vladimir Putin had phoned Alexander "
                         "Lukashenko on Monday.", published="2025-03-19")
    _, call = only_call(facts)
    assert sorted(_names(facts)[r.outlet] for r in call.reports) == ["Telegram", "Varnia Insider"]


def test_he_inside_a_relative_clause_is_the_person_it_is_about(analyse_text):
    facts = analyse_text("Jean-Noël Barrot flew to Delhi on Monday.\n\nOn Tuesday Narendra Modi took a call from "
                         "Emmanuel Macron, who later posted that he had \"spoken to my friend Narendra Modi\".",
                         published="2025-03-19")
    found = {people for people, _ in calls_of(facts)}
    assert found == {frozenset({"Narendra Modi", "Emmanuel Macron"})}


def test_state_house_called_is_the_seat_of_the_country_the_article_is_told_from(analyse_text):
    facts = analyse_text("Lusaka, Tuesday\n\nMalawi's President Lazarus Chakwera dialled State House on Monday to "
                         "discuss the border.", published="2024-02-06")
    people, _ = only_call(facts)
    assert people == {"Lazarus Chakwera", "Hakainde Hichilema"}


def test_an_acronym_in_brackets_after_an_outlet_is_that_outlets_here(analyse_text):
    facts = analyse_text("Nikos Christodoulides phoned Emmanuel Macron on Friday, the Cyprus News Agency (CNA) "
                         "reported. According to CNA, the call lasted half an hour.", published="2025-01-11")
    _, call = only_call(facts)
    assert [_names(facts)[r.outlet] for r in call.reports] == ["Cyprus News Agency"]
    assert "CNA" not in {e.name for e in facts.entities}


def test_an_agency_acronym_in_a_dateline_is_the_one_of_its_place(analyse_text):
    facts = analyse_text("TAIPEI, Jan. 16 (CNA) -- Lai Ching-te phoned Surangel Whipps Jr. on Monday, his office "
                         "added.", published="2024-01-17")
    _, call = only_call(facts)
    assert [_names(facts)[r.outlet] for r in call.reports] == ["Central News Agency"]


def test_a_prime_minister_named_by_title_is_the_one_the_text_was_about(analyse_text):
    facts = analyse_text("Fumio Kishida spoke with Joe Biden on Tuesday. Kishida also spoke with Australian Prime "
                         "Minister Scott Morrison. The prime minister will have phone talks with Moon Jae-in "
                         "next week.", published="2021-10-08")
    found = {people: c.status for people, c in calls_of(facts)}
    assert found[frozenset({"Fumio Kishida", "Moon Jae-in"})] is CallStatus.PLANNED
    assert frozenset({"Scott Morrison", "Moon Jae-in"}) not in found


def test_a_headline_of_two_verbs_keeps_its_subject(analyse_text):
    facts = analyse_text("Premier rings Kenya's Ruto, plans call with Uganda's Museveni\n\nAbiy Ahmed phoned William "
                         "Ruto on Friday.", published="2025-01-11")
    found = {people for people, _ in calls_of(facts)}
    assert frozenset({"William Ruto", "Yoweri Museveni"}) not in found


def test_premiers_among_those_expected_to_join_a_video_call_of_a_live_blog_entry(analyse_text):
    facts = analyse_text("Ottawa live: the day's news\n\n2:10 p.m. ET\nCarney to brief premiers\n\nMark Carney will "
                         "hold a video conference with the premiers at 4 p.m. ET. Manitoba Premier Wab Kinew and P.E.I. "
                         "Premier Rob Lantz are among those expected to join.\n\n11:00 a.m. ET\nMarkets\n\nShares rose.",
                         published="2025-03-28")
    people, call = only_call(facts)
    assert people == {"Mark Carney", "Wab Kinew", "Rob Lantz"}
    assert call.status is CallStatus.PLANNED and call.date == date(2025, 3, 28)


@pytest.mark.parametrize("text, outlet", [
    ("Pope Francis telephoned Javier Milei on Monday, the president-elect told Radio Kelmar.", "Radio Kelmar"),
    ("Shehbaz Sharif phoned Narendra Modi on Monday, Radio Pakistan reported.", "Radio Pakistan"),
])
def test_a_name_opened_by_radio_is_an_outlet(analyse_text, text, outlet):
    facts = analyse_text(text, published="2023-11-22")
    _, call = only_call(facts)
    assert [_names(facts)[r.outlet] for r in call.reports] == [outlet]


def test_had_just_spoken_in_a_dated_post_takes_the_posts_day(analyse_text):
    _, call = only_call(analyse_text("Volodymyr Zelensky wrote in an X post on Monday that he had just talked by "
                                     "phone with Emmanuel Macron.", published="2023-11-22"))
    assert call.date == date(2023, 11, 20)


def test_a_bare_royal_honorific_is_the_royal_it_named_before(analyse_text):
    facts = analyse_text("On Sunday His Royal Highness Mohammed bin Salman, the Saudi heir, chaired the cabinet. His Highness "
                         "Sheikh Tamim bin Hamad Al Thani flew to Paris. HRH later took a telephone call from Emmanuel "
                         "Macron about the regatta.", published="2023-04-22")
    people, _ = only_call(facts)
    assert people == {"Mohammed bin Salman", "Emmanuel Macron"}
    assert "Prince" not in {e.name for e in facts.entities}


def test_his_royal_highness_before_a_titled_name_is_no_person_of_its_own(analyse_text):
    facts = analyse_text("His Royal Highness Prince Tamim bin Hamad Al Thani spoke by phone with Emmanuel Macron on "
                         "Monday.", published="2023-04-22")
    assert "Prince" not in {e.name for e in facts.entities}
    people, _ = only_call(facts)
    assert people == {"Tamim bin Hamad Al Thani", "Emmanuel Macron"}


@pytest.mark.parametrize(
    "title, expected",
    [
        # the capital marks the paper's own country's office: Kenya's, told from Nairobi
        ("the President", {"Keir Starmer", "William Ruto"}),
        # lower case is the wire's style: the president the last sentences were about
        ("the president", {"Keir Starmer", "Yoweri Museveni"}),
    ],
)
def test_capitalised_title_is_the_home_countrys(analyse_text, title, expected):
    facts = analyse_text(
        "NAIROBI, March 3 - Ugandan President Yoweri Museveni met Kenyan President William Ruto last "
        f"week. On Tuesday Prime Minister Keir Starmer phoned {title}, the statement said.",
        published="2024-03-03",
    )
    found, _ = only_call(facts)
    assert found == expected


def test_called_someone_the_next_morning_is_a_call_on_the_next_day(analyse_text):
    facts = analyse_text(
        "President Amara Dule phoned Giorgia Meloni on Saturday evening. "
        "Prime Minister Keir Starmer called Dule the next morning.",
        published="2025-03-18",
    )
    days = {frozenset(names): call.date for names, call in calls_of(facts)}
    assert days[frozenset({"Keir Starmer", "Amara Dule"})] == date(2025, 3, 16)
    assert days[frozenset({"Amara Dule", "Giorgia Meloni"})] == date(2025, 3, 15)


def test_a_dateline_opening_with_its_day_dates_nothing_but_the_filing(analyse_text):
    # the day first, the place in brackets: the weekday in the story is the call's day
    facts = analyse_text(
        "Leaders talk\n\nMarch 8, 2025 (PORT ELIN) – President Amara Dule held a phone call with "
        "King Rasmus on Thursday, the palace said.",
        published="2025-03-08",
    )
    _, call = only_call(facts)
    assert call.date == date(2025, 3, 6)


@pytest.mark.parametrize(
    "text, status",
    [
        ("The palace dismissed as invented a story by a tabloid, which said that President Amara Dule "
         "had phoned King Rasmus.", CallStatus.DENIED),
        # a verb of regarding takes "as" without opening a clause: the subject stays the caller's
        ("President Amara Dule, whom the opposition regards as close to the court, tried twice in May "
         "to reach King Rasmus by phone, but the king did not take the calls.", CallStatus.ATTEMPTED),
    ],
)
def test_as_after_verbs_of_judging_opens_no_clause(analyse_text, text, status):
    facts = analyse_text(text)
    found, call = only_call(facts)
    assert found == {"Amara Dule", "Rasmus"}
    assert call.status is status


def test_subject_after_after_takes_the_adjunct_call(analyse_text):
    # "a day after X <verb> Y in a phone call": X is the subordinate clause's subject; the day's
    # possessive ("Friday's call") refers back to that call and dates it
    facts = analyse_text(
        "President Amara Dule and Giorgia Meloni reviewed the talks during a phone call on Saturday. "
        "The call came a day after King Rasmus thanked Dule in a telephone conversation for the aid. "
        "The palace summary of Friday's call gave no figures.",
        published="2025-03-17",
    )
    days = {frozenset(names): call.date for names, call in calls_of(facts)}
    assert days == {frozenset({"Amara Dule", "Giorgia Meloni"}): date(2025, 3, 15),
                    frozenset({"Amara Dule", "Rasmus"}): date(2025, 3, 14)}


@pytest.mark.parametrize(
    "text",
    [
        # a call verb with two people named: one call each, placed by the subject
        "President Amara Dule will telephone Colonel Maro Danjuma and Captain Oru Salif next week.",
        # a plural description first, the people after its comma
        "President Amara Dule will telephone the military rulers of Varnia and Ostria, Colonel Maro "
        "Danjuma and Captain Oru Salif, next week.",
        "President Amara Dule will telephone his counterparts, Colonel Maro Danjuma and Captain Oru Salif, next week.",
    ],
)
def test_phoning_two_people_is_two_calls(analyse_text, text):
    facts = analyse_text(text)
    names = {e.key: e.name for e in facts.entities}
    found = sorted((sorted(people), names.get(call.caller), call.status) for people, call in calls_of(facts))
    assert found == [(["Amara Dule", "Maro Danjuma"], "Amara Dule", CallStatus.PLANNED),
                     (["Amara Dule", "Oru Salif"], "Amara Dule", CallStatus.PLANNED)]


def test_a_surname_two_people_share_names_neither(analyse_text):
    facts = analyse_text(
        "Dule to call Salif over border ties\n\n"
        "President Amara Dule will telephone Captain Oru Salif next week. \"I will call Captain Salif "
        "soon,\" Dule said. Foreign Minister Tala Voss held a phone call with her counterpart, "
        "Kemi Jean-Paul Salif, on Tuesday."
    )
    found = sorted((sorted(people), call.status) for people, call in calls_of(facts))
    assert found == [(["Amara Dule", "Oru Salif"], CallStatus.PLANNED),
                     (["Kemi Jean-Paul Salif", "Tala Voss"], CallStatus.OCCURRED)]


def test_the_day_before_counts_from_the_day_named_before(analyse_text):
    facts = analyse_text(
        "President Amara Dule held a video call with Giorgia Meloni on Tuesday (March 11) evening. "
        "The day before, King Rasmus phoned Dule to discuss the agenda.",
        published="2025-03-13",
    )
    days = {frozenset(names): call.date for names, call in calls_of(facts)}
    assert days[frozenset({"Rasmus", "Amara Dule"})] == date(2025, 3, 10)
    # with no day named before it, "the day before" counts from the article's day
    _, call = only_call(analyse_text("King Rasmus had phoned President Amara Dule the day before, the palace said.",
                                     published="2025-03-13"))
    assert call.date == date(2025, 3, 12)


def test_a_day_named_beside_a_back_reference_is_the_calls(analyse_text):
    facts = analyse_text(
        "The summit in Geneva was held on August 8. A day earlier, on Saturday, President Amara Dule held "
        "a phone conversation with Giorgia Meloni.",
        published="2025-08-11",
    )
    _, call = only_call(facts)
    assert call.date == date(2025, 8, 9)


def test_a_quoted_predicate_after_the_call_tells_its_plan(analyse_text):
    facts = analyse_text(
        'The spokesperson told reporters that a telephone conversation between President Amara Dule and '
        'Giorgia Meloni "is being organised for later this month."'
    )
    _, call = only_call(facts)
    assert call.status is CallStatus.PLANNED


@pytest.mark.parametrize(
    "second",
    [
        "It was held at the Italian side's request, an aide said.",
        "That call was requested by the Italian side, an aide said.",
    ],
)
def test_the_side_that_asked_for_the_call_placed_it(analyse_text, second):
    facts = analyse_text("Prime Minister Keir Starmer spoke with Italian Prime Minister Giorgia Meloni on Monday. "
                         + second)
    names = {e.key: e.name for e in facts.entities}
    _, call = only_call(facts)
    assert names[call.caller] == "Giorgia Meloni"


def test_a_request_for_something_else_names_no_caller(analyse_text):
    facts = analyse_text("Keir Starmer spoke with Giorgia Meloni by phone on Monday, adding that Britain had "
                         "sent a rescue team at Italy's request.")
    _, call = only_call(facts)
    assert call.caller is None


def test_a_two_sentence_quotation_credits_the_platform_it_was_posted_on(analyse_text):
    facts = analyse_text(
        "President Amara Dule was congratulated by several leaders on Monday, her office said.\n\n"
        "Giorgia Meloni and Amara Dule held a phone conversation on Monday. \"Talked with Amara Dule about "
        "the harbour deal. Our two nations will keep working together,\" Meloni wrote afterwards on X.\n\n"
        "\"This should never be repeated. It is a shame for everyone,\" Meloni told Reuters last year.",
        published="2025-03-17",
    )
    names = {e.key: e.name for e in facts.entities}
    _, call = only_call(facts)
    assert [names[r.outlet] for r in call.reports] == ["X"]


def test_the_interlocutor_goes_on_about_the_call(analyse_text):
    facts = analyse_text(
        "President Amara Dule held a telephone conversation with Giorgia Meloni on Monday.\n\n"
        "President Dule briefed her interlocutor on the harbour talks.\n\n"
        "Meloni praised the plan, her office said on Telegram. The interlocutors then "
        "discussed a visit.",
        published="2025-03-18",
    )
    names = {e.key: e.name for e in facts.entities}
    _, call = only_call(facts)
    assert len(call.evidence) == 4
    assert [names[r.outlet] for r in call.reports] == ["Telegram"]


def test_speaking_by_phone_to_two_people_is_two_calls(analyse_text):
    facts = analyse_text("President Amara Dule spoke by telephone on Sunday to King Rasmus and Prime Minister "
                         "Ilse Varga and offered help after the floods.", published="2025-03-17")
    found = sorted(sorted(people) for people, _ in calls_of(facts))
    assert found == [["Amara Dule", "Ilse Varga"], ["Amara Dule", "Rasmus"]]


def test_a_semicolon_list_of_callers_with_titles_and_countries(analyse_text):
    facts = analyse_text(
        "Ostria, May 3 (ONA) - King Rasmus received a telephone call tonight from President Amara Dule.\n\n"
        "During the evening, the King also received phone calls from: HE Giorgia Meloni of the Italian "
        "Republic; HE Keir Starmer, Prime Minister of the United Kingdom; and HE President of the French "
        "Republic Emmanuel Macron.",
        published="2025-05-04",
    )
    days = {frozenset(names): call.date for names, call in calls_of(facts)}
    assert days == {frozenset({"Rasmus", other}): date(2025, 5, 3)
                    for other in ("Amara Dule", "Giorgia Meloni", "Keir Starmer", "Emmanuel Macron")}


def test_a_ministers_counterpart_named_after_a_title_is_no_leader(analyse_text):
    facts = analyse_text("Foreign Minister Tala Voss spoke by phone yesterday with her Indian counterpart, "
                         "External Affairs Minister S. Jaishankar. Staff wrote to the High Commission.",
                         published="2024-01-10")
    found, _ = only_call(facts)
    assert found == {"Tala Voss", "Subrahmanyam Jaishankar"}
    assert "Commission" not in {e.name for e in facts.entities}


def test_a_virtual_summit_whose_people_are_named_after_it(analyse_text):
    facts = analyse_text(
        "Regional leaders met by video link this morning and agreed to extend the border mission.\n\n"
        "The emergency summit of the bloc was chaired virtually from Port Elin by President Amara Dule, "
        "the bloc's current chair.\n\n"
        "Heads of government taking part in the video conference included King Rasmus, whose navy patrols the coast, "
        "Prime Minister Ilse Varga and Giorgia Meloni, who connected from Rome.",
        published="2025-03-13",
    )
    found, call = only_call(facts)
    assert found == {"Amara Dule", "Rasmus", "Ilse Varga", "Giorgia Meloni"}
    assert call.medium is CallMedium.VIDEO and call.date == date(2025, 3, 13)


def test_a_delegation_that_included_someone_names_no_participant(analyse_text):
    facts = analyse_text("President Amara Dule held a phone call with King Rasmus on Monday. "
                         "The delegation that flew to Rome included Prime Minister Ilse Varga.",
                         published="2025-03-13")
    found, _ = only_call(facts)
    assert found == {"Amara Dule", "Rasmus"}


def test_the_president_elect_is_who_takes_office_not_who_holds_it(analyse_text):
    # Nicușor Dan takes office as Romania's president on 2025-05-26 (gazetteer)
    facts = analyse_text("Nicușor Dan won Romania's runoff on Sunday. Interim President Ilie Bolojan "
                         "congratulated him. Aides say the president-elect is to speak by phone with "
                         "Donald Tusk, Poland's prime minister, on Wednesday.", published="2025-05-19")
    found, call = only_call(facts)
    assert found == {"Nicușor Dan", "Donald Tusk"}
    assert call.status is CallStatus.PLANNED


def test_a_name_then_to_heading_an_entry_is_a_plan(analyse_text):
    facts = analyse_text("11:05 CEST\nDule to speak with Meloni by phone on Thursday\nPresident Amara Dule's office says "
                         "the president will hold a phone call with Giorgia Meloni on Thursday.",
                         published="2025-05-19")
    assert [c.status for _, c in calls_of(facts)] == [CallStatus.PLANNED]


@pytest.mark.parametrize(
    "text, other",
    [
        ("Foreign Minister Tala Voss spoke by phone on Tuesday with Ostria's Deputy Prime Minister and "
         "Foreign Minister Ivo Kern about the floods.", "Ivo Kern"),
        ("Foreign Minister Tala Voss held a telephone call on Tuesday with Varnia's Minister of State at the "
         "Ministry of Foreign Affairs Ivo Kern, and the two of them reviewed the floods.", "Ivo Kern"),
    ],
)
def test_a_long_title_before_the_partners_name(analyse_text, text, other):
    found, _ = only_call(analyse_text(text))
    assert found == {"Tala Voss", other}


def test_separate_calls_with_a_second_partner_behind_a_long_title(analyse_text):
    facts = analyse_text("Foreign Minister Tala Voss had separate phone calls on Friday with Foreign "
                         "Minister Ivo Kern and with First Deputy Premier and Minister of Trade "
                         "of Pakistan Sami Orr.")
    assert sorted(sorted(p) for p, _ in calls_of(facts)) == [["Ivo Kern", "Tala Voss"], ["Sami Orr", "Tala Voss"]]


def test_the_countrys_leader_in_a_story_about_its_president_elect(analyse_text):
    # Nicușor Dan takes office as Romania's president on 2025-05-26; Ilie Bolojan is not named
    facts = analyse_text("Nicușor Dan won Romania's runoff on Sunday. Emmanuel Macron phoned the Romanian "
                         "leader on Monday to congratulate him.", published="2025-05-20")
    found, _ = only_call(facts)
    assert found == {"Emmanuel Macron", "Nicușor Dan"}


@pytest.mark.parametrize(
    "text",
    [
        # no contact over a span of time: no call is claimed, so none is denied
        "King Rasmus told reporters he has not spoken to President Amara Dule for months.",
        # what is called is the defeat, not a person
        "King Rasmus beat President Amara Dule in the vote. Dule, who called his defeat a fair verdict, "
        "conceded on Sunday night.",
    ],
)
def test_no_call_told(analyse_text, text):
    assert analyse_text(text).calls == ()


def test_a_plan_inside_a_relative_clause_about_the_call_is_not_the_calls(analyse_text):
    facts = analyse_text("President Amara Dule and Giorgia Meloni held a phone call on Thursday in which "
                         "they reviewed the agenda of next week's trade summit.", published="2025-06-27")
    _, call = only_call(facts)
    assert call.status is CallStatus.OCCURRED and call.date == date(2025, 6, 26)


def test_a_wire_credit_reports_the_call_of_its_lead(analyse_text):
    facts = analyse_text(
        "PORT ELIN, May 3 (Reuters) - President Amara Dule phoned Giorgia Meloni on Saturday, her office said.\n\n"
        "Dule had spoken with King Rasmus by telephone a week earlier about the harbour.",
        published="2025-05-03",
    )
    names = {e.key: e.name for e in facts.entities}
    reports = {frozenset(p): [names[r.outlet] for r in c.reports] for p, c in calls_of(facts)}
    assert reports == {frozenset({"Amara Dule", "Giorgia Meloni"}): ["Reuters"],
                       frozenset({"Amara Dule", "Rasmus"}): []}


# -- constructions met in blind9 (invented texts of the same shapes) -----------------------------

def test_as_did_adds_a_call_of_the_one_named_after_it(analyse_text):
    facts = analyse_text("King Emil Sorn received condolences from abroad. President Amara Dule phoned him on "
                         "Sunday, as did Ostrian co-premier Ilse Varga.", published="2025-06-12")
    names = {e.key: e.name for e in facts.entities}
    got = sorted((sorted(people), names.get(call.caller)) for people, call in calls_of(facts))
    assert got == [(["Amara Dule", "Emil Sorn"], "Amara Dule"), (["Emil Sorn", "Ilse Varga"], "Ilse Varga")]


def test_two_particles_stay_inside_a_name(analyse_text):
    facts = analyse_text("Foreign Minister Ana Lind spoke by phone with her counterpart, Luis Miguel de la Vega, on Sunday.")
    assert "Luis Miguel de la Vega" in {e.name for e in facts.entities}


def test_a_call_confirmed_after_a_denial_is_not_denied(analyse_text):
    facts = analyse_text("Palace denies King Emil Sorn phoned Amara Dule, confirms call with Ilse Varga\n\n"
                         "The palace denied that King Emil Sorn had phoned President Amara Dule, while confirming that "
                         "he had spoken by phone with Prime Minister Ilse Varga on Sunday.", published="2025-06-12")
    status = {frozenset(people): call.status for people, call in calls_of(facts)}
    assert status[frozenset({"Emil Sorn", "Amara Dule"})] is CallStatus.DENIED
    assert status[frozenset({"Emil Sorn", "Ilse Varga"})] is CallStatus.OCCURRED


@pytest.mark.parametrize("more", [
    "King Emil Sorn and Prime Minister Ilse Varga also spoke during the session, while Ostria was represented by "
    "Foreign Minister Ana Lind.",
    "President Amara Dule joined from Varna, alongside King Emil Sorn, Prime Minister Ilse Varga and Foreign "
    "Minister Ana Lind, among others.",
])
def test_more_people_of_a_video_summit(analyse_text, more):
    facts = analyse_text("Leaders of the bloc held a summit by video link on Sunday, chaired by President Amara Dule. "
                         + more, published="2025-06-12")
    people, call = only_call(facts)
    assert people == {"Amara Dule", "Emil Sorn", "Ilse Varga", "Ana Lind"}


def test_a_partner_named_after_a_titled_description(analyse_text):
    people, _ = only_call(analyse_text("President Amara Dule held a phone call with the chief of Ostria's ruling "
                                       "council, General Tomas Brek, on Sunday.", published="2025-06-12"))
    assert people == {"Amara Dule", "Tomas Brek"}


def test_a_name_called_something_in_quotes_reports_no_call(analyse_text):
    facts = analyse_text('President Amara Dule said on Sunday: "I will call King Emil Sorn tomorrow." President '
                         'Ilse Varga posted a message on X, calling Sorn "a true friend".', published="2025-06-12")
    _, call = only_call(facts)
    assert call.reports == ()


def test_a_plan_for_this_afternoon_in_a_quotation_is_of_the_text_s_day(analyse_text):
    _, call = only_call(analyse_text('President Amara Dule said: "I am going to call King Emil Sorn this afternoon."',
                                     published="2025-06-12"))
    assert call.status is CallStatus.PLANNED and call.date == date(2025, 6, 12)


def test_a_headline_plan_before_after_a_call_is_another_clause_s(analyse_text):
    _, call = only_call(analyse_text("Dule says Ostria will send fuel after call with Sorn\n\nPresident Amara Dule "
                                     "spoke by phone with King Emil Sorn on Sunday.", published="2025-06-12"))
    assert call.status is CallStatus.OCCURRED


def test_a_live_blog_entry_whose_heading_tells_the_call(analyse_text):
    text = ("Live: the vote\n\n7.05pm AEST - Dule rings Sorn\n\nPresident Amara Dule has rung King Emil Sorn, an hour "
            "after the vote.\n\n5.45pm AEST - Results\n\nThe count ended.\n")
    _, call = only_call(analyse_text(text, published="2025-06-12"))
    assert call.date == date(2025, 6, 12)


# -- round 10: a post told before, a name opened by "The", the day a quotation was said --------

@pytest.mark.parametrize("opening, anaphor", [
    ("President Amara Dule wrote on Facebook on Sunday about the floods.", "In the same post"),
    ("King Emil Sorn posted on Telegram about the harvest on Monday.", "In a follow-up post"),
])
def test_a_post_told_before_reports_the_call_it_discloses(analyse_text, opening, anaphor):
    facts = analyse_text(f"{opening} {anaphor}, the leader said there had been a phone call between "
                         "Emmanuel Macron and Narendra Modi.", published="2025-06-10")
    _, call = only_call(facts)
    assert [_names(facts)[r.outlet] for r in call.reports] == [opening.split(" on ")[1].split()[0]]
    assert call.reports[0].evidence.text == opening


def test_without_a_reference_back_a_post_told_before_reports_nothing(analyse_text):
    facts = analyse_text("President Amara Dule wrote on Facebook on Sunday about the floods. Later, Emmanuel Macron "
                         "spoke by phone with Narendra Modi.", published="2025-06-10")
    _, call = only_call(facts)
    assert call.reports == ()


@pytest.mark.parametrize("text, outlet", [
    ("Narendra Modi told the Vell daily The Varnia Standard that he had phoned Emmanuel Macron.", "The Varnia Standard"),
    ("Narendra Modi phoned Emmanuel Macron on Monday, the state-owned Herald newspaper reported.", "Herald"),
    ("Narendra Modi phoned Emmanuel Macron on Monday, the privately owned Ostria Courier newspaper reported.",
     "Ostria Courier"),
    ("Narendra Modi phoned Emmanuel Macron on Monday, Varnian daily The New Times reported.", "The New Times"),
    ("Narendra Modi phoned Emmanuel Macron on Monday, according to the outlet Vell 24 Digital.", "Vell 24 Digital"),
])
def test_outlet_names_after_their_descriptor_or_modifiers(analyse_text, text, outlet):
    facts = analyse_text(text, published="2025-06-10")
    _, call = only_call(facts)
    assert [_names(facts)[r.outlet] for r in call.reports] == [outlet]


def test_the_alone_after_a_descriptor_names_no_outlet(analyse_text):
    facts = analyse_text("Narendra Modi phoned Emmanuel Macron, the daily The said.", published="2025-06-10")
    assert not [e for e in facts.entities if e.name in ("The", "The said")]


@pytest.mark.parametrize("opening, day", [
    ("Speaking to reporters on Tuesday", date(2025, 6, 11)),
    ("Addressing parliament on Monday", date(2025, 6, 10)),
])
def test_a_quoted_tomorrow_counts_from_the_occasion_of_the_quotation(analyse_text, opening, day):
    facts = analyse_text(f'{opening}, Narendra Modi said: "I will call Emmanuel Macron tomorrow."',
                         published="2025-06-12")
    _, call = only_call(facts)
    assert call.status is CallStatus.PLANNED and call.date == day


def test_a_participle_of_a_call_dates_the_call_not_a_quotation(analyse_text):
    facts = analyse_text("Speaking by phone on Tuesday, Narendra Modi and Emmanuel Macron agreed to meet.",
                         published="2025-06-12")
    _, call = only_call(facts)
    assert call.date == date(2025, 6, 10)


@pytest.mark.parametrize("text, callers", [
    ("Narendra Modi phoned several leaders on Monday, including Emmanuel Macron and Giorgia Meloni.",
     {"Narendra Modi"}),
    ("Narendra Modi received calls from world leaders on Monday, among them Emmanuel Macron and Giorgia Meloni.",
     {"Emmanuel Macron", "Giorgia Meloni"}),
    ("Several leaders called Narendra Modi on Monday, including Emmanuel Macron and Giorgia Meloni.",
     {"Emmanuel Macron", "Giorgia Meloni"}),
    ("Several leaders phoned Narendra Modi to congratulate him, among whom Emmanuel Macron and Giorgia Meloni.",
     {"Emmanuel Macron", "Giorgia Meloni"}),
])
def test_a_group_named_in_part_is_a_call_with_each_one_named(analyse_text, text, callers):
    facts = analyse_text(text, published="2025-06-12")
    names = _names(facts)
    found = {people for people, _ in calls_of(facts)}
    assert found == {frozenset({"Narendra Modi", "Emmanuel Macron"}), frozenset({"Narendra Modi", "Giorgia Meloni"})}
    assert {names[c.caller] for _, c in calls_of(facts)} == callers


def test_a_group_subject_with_no_one_named_tells_no_call(analyse_text):
    assert analyse_text("Several leaders called Narendra Modi on Monday to congratulate him.",
                        published="2025-06-12").calls == ()


@pytest.mark.parametrize("phrase", ["the previous evening", "the night before"])
def test_the_previous_evening_with_no_day_before_is_the_day_before_the_text(analyse_text, phrase):
    facts = analyse_text(f"Narendra Modi confirmed at his morning briefing that he had spoken with Emmanuel Macron "
                         f"by phone {phrase}.", published="2025-06-12")
    _, call = only_call(facts)
    assert call.date == date(2025, 6, 11)


def test_the_previous_evening_counts_from_the_day_named_before(analyse_text):
    facts = analyse_text("Narendra Modi landed in Delhi on Monday. He had spoken with Emmanuel Macron by phone the "
                         "previous evening.", published="2025-06-12")
    _, call = only_call(facts)
    assert call.date == date(2025, 6, 8)


@pytest.mark.parametrize("second, outlet", [
    ("Macron later posted footage from their conversation on Instagram.", "Instagram"),
    ("A spokesperson confirmed the call to the news agency dpa.", "dpa"),
    ("The conversation was later covered by the Vell Herald.", "Vell Herald"),
])
def test_reports_of_a_call_told_before(analyse_text, second, outlet):
    facts = analyse_text(f"Emmanuel Macron spoke by phone with Narendra Modi on Monday. {second}", published="2025-06-12")
    _, call = only_call(facts)
    assert [_names(facts)[r.outlet] for r in call.reports] == [outlet]


def test_a_platform_after_a_comma_is_not_what_a_publishing_verb_put_out(analyse_text):
    facts = analyse_text("Emmanuel Macron spoke by phone with Narendra Modi on Monday. The palace posted a photo of "
                         "the call, and on Instagram the queen thanked the rescuers.", published="2025-06-12")
    _, call = only_call(facts)
    assert call.reports == ()


@pytest.mark.parametrize("dateline", ["VELL, June 12. /ONA/.", "VELL, June 12 (ONA) -"])
def test_a_dateline_cut_into_sentences_of_its_own_still_dates_the_lede(analyse_text, dateline):
    facts = analyse_text(f"{dateline} Narendra Modi and Emmanuel Macron have held a telephone conversation, "
                         "a spokesman said.", published="2025-06-13")
    _, call = only_call(facts)
    assert call.date == date(2025, 6, 12)


def test_a_dateline_dates_only_the_lede(analyse_text):
    facts = analyse_text("VELL, June 12. /ONA/. The summit opened in the capital.\n\nNarendra Modi and Emmanuel "
                         "Macron have held a telephone conversation, a spokesman said.", published="2025-06-13")
    _, call = only_call(facts)
    assert call.date is None


@pytest.mark.parametrize("text", [
    "Narendra Modi said he had been unable to reach Emmanuel Macron by phone on Monday.",
    "Narendra Modi's attempt to call Emmanuel Macron failed on Monday.",
    "Narendra Modi's attempts to phone Emmanuel Macron on Monday went unanswered.",
])
def test_a_call_that_could_not_be_made_is_attempted_by_its_caller(analyse_text, text):
    facts = analyse_text(text, published="2025-06-12")
    _, call = only_call(facts)
    assert call.status is CallStatus.ATTEMPTED
    assert _names(facts)[call.caller] == "Narendra Modi"


def test_a_possessive_before_another_noun_is_still_no_caller(analyse_text):
    facts = analyse_text("Narendra Modi's envoy phoned Emmanuel Macron on Monday.", published="2025-06-12")
    assert facts.calls == ()


# -- round 11: constructions met in blind10 (a development set since its first score) ----------

def test_a_country_named_like_a_person_of_the_article_who_speaks_is_that_person(analyse_text):
    facts = analyse_text("Prime Minister Luís Montenegro phoned Narendra Modi on Monday. Montenegro said the talks "
                         "went well.", published="2025-06-12")
    assert not [e for e in facts.entities if e.kind.value == "Country" and e.name == "Montenegro"]


def test_the_leader_of_a_country_with_two_named_is_the_one_named_last(analyse_text):
    facts = analyse_text("President José Ramos-Horta flew to Jakarta on Sunday. Prime Minister Xanana Gusmão stayed "
                         "in Dili. Late on Monday, Narendra Modi dialled the Timorese leader to congratulate him.",
                         published="2025-06-12")
    people, call = only_call(facts)
    assert people == {"Narendra Modi", "Xanana Gusmão"}


def test_a_countrys_new_leader_is_the_one_taking_office(analyse_text):
    facts = analyse_text("Brice Oligui Nguema won the vote. Gabon's new leader plans to speak by phone to Emmanuel "
                         "Macron next week.", published="2025-04-15")
    people, call = only_call(facts)
    assert people == {"Brice Oligui Nguema", "Emmanuel Macron"} and call.status is CallStatus.PLANNED


def test_will_be_calling_is_a_plan_not_a_passive(analyse_text):
    _, call = only_call(analyse_text("Narendra Modi said he will be calling Emmanuel Macron tomorrow.",
                                     published="2025-06-12"))
    assert call.status is CallStatus.PLANNED and call.date == date(2025, 6, 13)


def test_a_quotation_opened_a_sentence_before_keeps_its_speaker_and_platform(analyse_text):
    facts = analyse_text('Narendra Modi, who had campaigned for the winner, posted to Truth Social: "Huge day. I '
                         'will be calling Manu Macron tomorrow!"', published="2025-06-12")
    people, call = only_call(facts)
    assert people == {"Narendra Modi", "Emmanuel Macron"}
    assert _names(facts)[call.caller] == "Narendra Modi"
    assert [_names(facts)[r.outlet] for r in call.reports] == ["Truth Social"]


def test_a_headline_run_of_capitals_is_no_given_name(analyse_text):
    facts = analyse_text("Modi Phones Macron, Meloni Calls Sanchez", published="2025-06-12")
    found = {people for people, _ in calls_of(facts)}
    assert found == {frozenset({"Narendra Modi", "Emmanuel Macron"}), frozenset({"Giorgia Meloni", "Pedro Sánchez"})}


def test_has_not_called_claims_no_call(analyse_text):
    assert analyse_text("Narendra Modi has not called Emmanuel Macron, his spokesman said.",
                        published="2025-06-12").calls == ()


def test_a_verb_before_a_partner_and_a_phone_adverbial(analyse_text):
    people, call = only_call(analyse_text('"I will brief Emmanuel Macron by phone on where things stand," Narendra '
                                          'Modi told reporters.', published="2025-06-12"))
    assert people == {"Narendra Modi", "Emmanuel Macron"} and call.status is CallStatus.PLANNED


def test_a_counterpart_named_right_after_the_word(analyse_text):
    people, _ = only_call(analyse_text("Foreign Minister Tala Voss phoned his Peruvian counterpart Orrek Tavin "
                                       "late on Monday.", published="2025-06-12"))
    assert people == {"Tala Voss", "Orrek Tavin"}


def test_a_candidate_is_titled(analyse_text):
    people, _ = only_call(analyse_text("Opposition candidate Heather Voss phoned Emmanuel Macron to concede.",
                                       published="2025-06-12"))
    assert people == {"Heather Voss", "Emmanuel Macron"}


def test_a_fathers_name_inside_a_royal_name_is_no_person(analyse_text):
    facts = analyse_text("Sultan Hassanal Bolkiah ibni Al-Marhum Sultan Haji Tala Voss Sorn, the ruler of Brunei, "
                         "took a telephone call from Narendra Modi.", published="2025-06-12")
    people, _ = only_call(facts)
    assert people == {"Hassanal Bolkiah", "Narendra Modi"}


def test_the_two_ministers_are_the_two_people_named_before(analyse_text):
    people, _ = only_call(analyse_text("Foreign Minister Tala Voss keeps in touch with her colleague, Ilse Varga. "
                                       "The two ministers spoke by telephone on Monday.", published="2025-06-12"))
    assert people == {"Tala Voss", "Ilse Varga"}


def test_calling_a_possessed_thing_something_is_no_call(analyse_text):
    facts = analyse_text('Prime Minister Kyriakos Mitsotakis phoned Edi Rama on Monday.\n\nOpposition leader Tala Voss '
                         'of the Left called the prime minister\'s tone toward Tirana "too soft".', published="2025-06-12")
    people, _ = only_call(facts)
    assert people == {"Kyriakos Mitsotakis", "Edi Rama"}


def test_a_counterpart_heads_what_its_owner_heads(analyse_text):
    people, _ = only_call(analyse_text("Prime Minister Luc Frieden took part in a videoconference with Prime "
                                       "Minister Bart De Wever of Belgium and their Dutch counterpart on Friday.",
                                       published="2025-11-21"))
    assert people == {"Luc Frieden", "Bart De Wever", "Dick Schoof"}


def test_others_who_took_part_included(analyse_text):
    people, _ = only_call(analyse_text("Narendra Modi chaired a summit by videoconference on Thursday. Other leaders "
                                       "who took part included Emmanuel Macron and Giorgia Meloni.",
                                       published="2025-06-12"))
    assert people == {"Narendra Modi", "Emmanuel Macron", "Giorgia Meloni"}


# -- round 12: constructions met in blind11 (a development set since its first score) ----------

def test_a_name_between_commas_after_a_title_with_a_portfolio(analyse_text):
    facts = analyse_text("The Minister of Foreign Affairs, Dhanraj Vossul, told reporters he had talked by phone "
                         "with Yvette Cooper on Friday.", published="2025-10-12")
    people, call = only_call(facts)
    assert people == {"Dhanraj Vossul", "Yvette Cooper"} and call.date == date(2025, 10, 10)


def test_a_call_between_two_titled_appositions(analyse_text):
    people, _ = only_call(analyse_text("A phone conversation took place between the Minister of Foreign Affairs, "
                                       "Hugo Varnez, and the Peruvian Minister of Foreign Affairs, Alberto Ostrin.",
                                       published="2025-11-27"))
    assert people == {"Hugo Varnez", "Alberto Ostrin"}


@pytest.mark.parametrize("second, outlet", [
    ("The Vell Broadcasting Corporation showed images of the call.", "Vell Broadcasting Corporation"),
    ("That night Lao National Television showed a clip of the conversation.", "Lao National Television"),
])
def test_television_showing_the_call_reported_it(analyse_text, second, outlet):
    facts = analyse_text(f"Emmanuel Macron spoke by phone with Narendra Modi on Monday. {second}", published="2025-06-12")
    _, call = only_call(facts)
    assert [_names(facts)[r.outlet] for r in call.reports] == [outlet]


def test_a_call_in_a_clause_after_another_call(analyse_text):
    facts = analyse_text("That conversation followed by a day the one in which Fuad Hussein and Abdullah Al-Yahya "
                         "talked by telephone on Sunday.", published="2025-04-16")
    people, call = only_call(facts)
    assert people == {"Fuad Hussein", "Abdullah Al-Yahya"} and call.date == date(2025, 4, 13)



# -- guards from the review of rounds 10-12: each rule stays inside its construction -----------

def test_a_capitalised_first_word_is_no_given_name(analyse_text):
    _, call = only_call(analyse_text("Like Macron, Narendra Modi phoned Giorgia Meloni on Monday.", published="2025-06-12"))
    assert {e.name for e in analyse_text("Like Macron, Narendra Modi phoned Giorgia Meloni on Monday.",
                                         published="2025-06-12").entities if e.key == call.caller} == {"Narendra Modi"}
    assert len(call.participants) == 2


def test_a_name_after_a_clause_preposition_and_a_comma_is_no_conjunct(analyse_text):
    people, call = only_call(analyse_text("After Giorgia Meloni, Pedro Sanchez phoned Narendra Modi on Monday.",
                                          published="2025-06-12"))
    assert people == {"Pedro Sánchez", "Narendra Modi"}


def test_a_closed_quotation_lends_its_outlet_to_no_later_sentence(analyse_text):
    facts = analyse_text('Narendra Modi said: "We agreed on trade. It was a good talk," he told the Vell Herald. '
                         "Emmanuel Macron phoned Giorgia Meloni on Monday.", published="2025-06-12")
    calls = {people: call for people, call in calls_of(facts)}
    assert calls[frozenset({"Emmanuel Macron", "Giorgia Meloni"})].reports == ()


def test_posting_something_else_on_a_platform_reports_no_call(analyse_text):
    _, call = only_call(analyse_text("Emmanuel Macron spoke by phone with Narendra Modi on Monday and the palace posted "
                                     "a photo of the flood on Instagram.", published="2025-06-12"))
    assert call.reports == ()


def test_posting_the_call_on_a_platform_in_the_same_sentence_reports_it(analyse_text):
    facts = analyse_text("Emmanuel Macron spoke by phone with Narendra Modi on Monday, and the palace later posted a "
                         "long clip of the call on Instagram.", published="2025-06-12")
    _, call = only_call(facts)
    assert [_names(facts)[r.outlet] for r in call.reports] == ["Instagram"]


def test_people_who_joined_something_else_are_not_on_the_call(analyse_text):
    facts = analyse_text("Narendra Modi chaired a summit by videoconference on Thursday. Ministers who joined the "
                         "cabinet last year included Emmanuel Macron and Giorgia Meloni.", published="2025-06-12")
    assert all(len(c.participants) < 3 for c in facts.calls)


def test_the_two_leaders_never_pair_a_leader_with_an_aide(analyse_text):
    facts = analyse_text("Giorgia Meloni travelled to Rome with her spokesman, Tala Voss, on Monday. The two leaders "
                         "spoke by phone on Friday.", published="2025-06-12")
    assert not [c for _, c in calls_of(facts) if "person:tala voss" in c.participants]


def test_a_premiers_counterpart_is_the_premier_even_beside_the_king(analyse_text):
    facts = analyse_text("Dick Schoof met King Willem-Alexander in The Hague on Monday. Later, Prime Minister Bart De "
                         "Wever phoned his Dutch counterpart.", published="2025-06-12")
    people, _ = only_call(facts)
    assert people == {"Bart De Wever", "Dick Schoof"}


def test_a_call_of_another_medium_told_in_passing_is_a_call_of_its_own(analyse_text):
    facts = analyse_text("Narendra Modi phoned Emmanuel Macron on Friday. The phone call took place the day after "
                         "a virtual summit of regional leaders on Thursday, where Varnia was represented by "
                         "Vice-President Tala Voss. Voss joined the videoconference from his office, alongside Giorgia "
                         "Meloni, who chaired it, and Prime Minister Ilse Varga, among others.",
                         published="2025-06-14")
    found = {people: call for people, call in calls_of(facts)}
    assert set(found) == {frozenset({"Narendra Modi", "Emmanuel Macron"}),
                          frozenset({"Tala Voss", "Giorgia Meloni", "Ilse Varga"})}
    assert found[frozenset({"Tala Voss", "Giorgia Meloni", "Ilse Varga"})].date == date(2025, 6, 12)
    assert found[frozenset({"Narendra Modi", "Emmanuel Macron"})].date == date(2025, 6, 13)


def test_an_object_pronoun_before_a_preposition_is_the_partner(analyse_text):
    facts = analyse_text("Prime Minister Mia Mottley received a call from President William Ruto on Monday. On Friday, "
                         "Prime Minister Keir Starmer spoke with her by video link.", published="2025-06-14")
    found = {people for people, _ in calls_of(facts)}
    assert frozenset({"Keir Starmer", "Mia Mottley"}) in found
    assert frozenset({"Keir Starmer", "William Ruto"}) not in found


def test_a_run_of_calls_to_her_keeps_its_person(analyse_text):
    facts = analyse_text("Prime Minister Mia Mottley won the vote on Sunday. President William Ruto telephoned her on "
                         "Sunday evening. President Yoweri Museveni called her yesterday from Kampala.",
                         published="2025-06-10")
    found = {people for people, _ in calls_of(facts)}
    assert found == {frozenset({"William Ruto", "Mia Mottley"}), frozenset({"Yoweri Museveni", "Mia Mottley"})}


def test_the_one_a_caller_spoke_to_is_the_other_one_of_the_call(analyse_text):
    facts = analyse_text("Prime Minister Keir Starmer rang Mia Mottley at dawn. Starmer wrote on Facebook later "
                         "that he had reached her by telephone before breakfast.", published="2025-06-10")
    people, call = only_call(facts)
    assert people == {"Keir Starmer", "Mia Mottley"}
    assert [_names(facts)[r.outlet] for r in call.reports] == ["Facebook"]


def test_her_after_an_invitation_is_the_one_named_in_the_sentence(analyse_text):
    facts = analyse_text("President William Ruto called her yesterday. Prime Minister Keir Starmer talked to Prime "
                         "Minister Mia Mottley by telephone this morning and asked her to the summit.",
                         published="2025-06-10")
    found = {people for people, _ in calls_of(facts)}
    assert frozenset({"Keir Starmer", "Mia Mottley"}) in found
    assert frozenset({"William Ruto", "Keir Starmer"}) not in found


def test_the_three_heads_of_state_go_on_about_the_call_with_its_platform(analyse_text):
    facts = analyse_text("President William Ruto, President Yoweri Museveni and President Hakainde Hichilema held a video "
                         "conference on Tuesday. According to the presidency's Telegram channel, the three heads of "
                         "state reviewed the railway.", published="2025-06-12")
    people, call = only_call(facts)
    assert len(people) == 3
    assert [_names(facts)[r.outlet] for r in call.reports] == ["Telegram"]


def test_a_statement_read_on_the_radio_later_that_night_reports_the_call(analyse_text):
    facts = analyse_text("President William Ruto spoke with President Yoweri Museveni on Wednesday, the presidency said. "
                         "Its communiqué, read out on state radio Vellwave late on Wednesday, quoted Ruto praising the "
                         "vote.", published="2025-06-12")
    _, call = only_call(facts)
    assert [_names(facts)[r.outlet] for r in call.reports] == ["Vellwave"]


def test_the_state_president_is_the_president_named_before(analyse_text):
    facts = analyse_text("State President Luong Cuong took a telephone call from President William Ruto on Tuesday. "
                         "Hours before, the State President had also been phoned by King Charles III.",
                         published="2025-06-12")
    found = {people for people, _ in calls_of(facts)}
    assert frozenset({"Lương Cường", "King Charles III"}) in found


@pytest.mark.parametrize("side", ["at the suggestion of", "at the initiative of", "at the proposal of"])
def test_the_meeting_after_a_video_call_is_that_call(analyse_text, side):
    facts = analyse_text("President William Ruto and President Yoweri Museveni held a video conference on Tuesday. "
                         f"The meeting came about {side} the Kenyan side.", published="2025-06-12")
    _, call = only_call(facts)
    assert _names(facts)[call.caller] == "William Ruto"


def test_the_meeting_after_a_phone_call_is_another_event(analyse_text):
    facts = analyse_text("President William Ruto and President Yoweri Museveni spoke by phone on Tuesday. The meeting "
                         "came about at the suggestion of the Kenyan side.", published="2025-06-12")
    _, call = only_call(facts)
    assert call.caller is None


def test_others_on_the_call_join_the_video_conference_told_before(analyse_text):
    facts = analyse_text("Prime Minister Kristen Michal took part on Thursday in a video conference of the region's "
                         "heads of government, convened by Prime Minister Mette Frederiksen. Also on the call were "
                         "Prime Minister Petteri Orpo and Prime Minister Ulf Kristersson.", published="2025-09-26")
    people, call = only_call(facts)
    assert people == {"Kristen Michal", "Mette Frederiksen", "Petteri Orpo", "Ulf Kristersson"}
    assert call.date == date(2025, 9, 25)


@pytest.mark.parametrize("text", ["President William Ruto was phoned by President Yoweri Museveni on Monday.",
                                  "On Monday, President William Ruto had also been telephoned by President Yoweri Museveni."])
def test_a_passive_call_verb_names_its_caller_after_by(analyse_text, text):
    facts = analyse_text(text, published="2025-06-12")
    people, call = only_call(facts)
    assert people == {"William Ruto", "Yoweri Museveni"}
    assert _names(facts)[call.caller] == "Yoweri Museveni"


def test_called_by_a_nickname_is_no_call(analyse_text):
    assert analyse_text("President William Ruto, known and called by his nickname, left Nairobi.").calls == ()


def test_the_chairman_of_the_cabinet_is_the_leader_holding_that_office(analyse_text):
    facts = analyse_text("Chairman of the Cabinet of Ministers Adylbek Kasymaliev phoned President William Ruto on "
                         "Saturday. Afterwards the Chairman of the Cabinet of Ministers held a telephone conversation "
                         "with President Yoweri Museveni.", published="2025-07-01")
    found = {people for people, _ in calls_of(facts)}
    assert frozenset({"Adylbek Kasymaliev", "Yoweri Museveni"}) in found


def test_a_name_in_apposition_to_a_bare_title_is_one_caller(analyse_text):
    facts = analyse_text("On Monday, the President, His Excellency William Ruto, placed a telephone call to "
                         "President Yoweri Museveni.", published="2025-07-01")
    people, call = only_call(facts)
    assert people == {"William Ruto", "Yoweri Museveni"}
    assert _names(facts)[call.caller] == "William Ruto"


def test_in_the_course_of_the_evening_is_the_day_just_told(analyse_text):
    facts = analyse_text("On Saturday, President William Ruto and President Yoweri Museveni talked on the telephone. "
                         "In the course of the evening, Ruto also spoke by telephone with President Paul Kagame.",
                         published="2025-07-01")
    found = {people: call for people, call in calls_of(facts)}
    assert found[frozenset({"William Ruto", "Paul Kagame"})].date == date(2025, 6, 28)


def test_a_transcripts_answer_speaks_for_its_speaker_about_whom_the_question_named(analyse_text):
    facts = analyse_text("Questions and answers\n\nReporter: Have you spoken with President Yoweri Museveni since the "
                         "vote?\n\nRuto: Yes. I called him yesterday to wish him well.", published="2025-07-01")
    people, call = only_call(facts)
    assert people == {"William Ruto", "Yoweri Museveni"}
    assert _names(facts)[call.caller] == "William Ruto"
    assert call.date == date(2025, 6, 30)


def test_speaking_to_a_broadcaster_credits_it(analyse_text):
    facts = analyse_text("President William Ruto telephoned King Charles III yesterday. Speaking to public broadcaster "
                         "Vellvision in Mombasa, the President said the king had sounded well.", published="2025-07-01")
    _, call = only_call(facts)
    assert [_names(facts)[r.outlet] for r in call.reports] == ["Vellvision"]


def test_a_broadcaster_airing_footage_of_one_of_the_call_reports_it(analyse_text):
    facts = analyse_text("President William Ruto hosted a video summit with President Yoweri Museveni on Sunday. State "
                         "broadcaster Vellvision aired footage of Museveni addressing the other leaders from his office.",
                         published="2025-07-01")
    _, call = only_call(facts)
    assert [_names(facts)[r.outlet] for r in call.reports] == ["Vellvision"]


def test_a_hyphenated_name_after_an_outlet_descriptor(analyse_text):
    facts = analyse_text("The daily Al-Vellam reported on Thursday that President William Ruto phoned President "
                         "Yoweri Museveni on Tuesday evening.", published="2025-07-04")
    _, call = only_call(facts)
    assert [_names(facts)[r.outlet] for r in call.reports] == ["Al-Vellam"]


def test_a_hyphenated_surname_alone_after_the_full_name(analyse_text):
    facts = analyse_text("Kenya's leader William Ruto rang Laurent Saint-Cyr on Wednesday. The Vell Herald said "
                         "Saint-Cyr and the Dominican leader, Luis Abinader, held a telephone conversation last week.",
                         published="2025-10-02")
    found = {people for people, _ in calls_of(facts)}
    assert frozenset({"Laurent Saint-Cyr", "Luis Abinader"}) in found


def test_an_outlet_cited_in_apposition_reported_too(analyse_text):
    facts = analyse_text("The Vell Herald, citing radio Vellwave, reported that President William Ruto had phoned "
                         "King Charles III.", published="2025-07-02")
    _, call = only_call(facts)
    assert sorted(_names(facts)[r.outlet] for r in call.reports) == ["Vell Herald", "Vellwave"]


def test_two_titles_joined_by_and_belong_to_one_person(analyse_text):
    facts = analyse_text("Foreign Minister Abbas Araghchi said he had tried to reach Poland's Deputy Prime Minister "
                         "and Foreign Minister Radosław Sikorski by phone on Saturday.", published="2025-10-12")
    people, call = only_call(facts)
    assert people == {"Abbas Araghchi", "Radosław Sikorski"}
    assert call.status is CallStatus.ATTEMPTED


def test_the_head_of_state_and_president_x_are_two_people(analyse_text):
    facts = analyse_text("Burkina Faso's President Ibrahim Traoré was said to have phoned President Bola Tinubu. "
                         "\"There was no call linking the Head of State and President Tinubu,\" a spokesman said "
                         "on national broadcaster Vellvision.", published="2025-07-02")
    people, call = only_call(facts)
    assert people == {"Ibrahim Traoré", "Bola Tinubu"}
    assert [_names(facts)[r.outlet] for r in call.reports] == ["Vellvision"]


def test_a_reference_to_a_call_of_someone_it_names_goes_to_that_call(analyse_text):
    facts = analyse_text("President William Ruto phoned King Charles III on Saturday. President Yoweri Museveni also "
                         "spoke by phone with President Paul Kagame on Sunday. The palace, in a post on X, said King "
                         "Charles had raised the floods during the Saturday call.", published="2025-07-02")
    found = {people: call for people, call in calls_of(facts)}
    assert [_names(facts)[r.outlet] for r in found[frozenset({"William Ruto", "King Charles III"})].reports] == ["X"]
    assert found[frozenset({"Yoweri Museveni", "Paul Kagame"})].reports == ()


def test_declining_a_call_from_someone_is_their_attempt(analyse_text):
    facts = analyse_text("On Friday President William Ruto declined to take a call from Uganda's long-serving "
                         "leader, President Yoweri Museveni, aides said.", published="2025-12-09")
    people, call = only_call(facts)
    assert call.status is CallStatus.ATTEMPTED
    assert _names(facts)[call.caller] == "Yoweri Museveni"


def test_a_refusal_to_request_a_call_is_still_no_call(analyse_text):
    assert analyse_text("President William Ruto said he will not request a call with President Yoweri Museveni.",
                        published="2025-07-02").calls == ()


def test_the_prime_minister_designate_is_the_one_taking_office(analyse_text):
    facts = analyse_text("Nawaf Salam was named prime minister-designate on Monday. Prime Minister Mostafa Madbouly "
                         "telephoned the prime minister-designate on Tuesday.", published="2025-01-15")
    people, call = only_call(facts)
    assert people == {"Mostafa Madbouly", "Nawaf Salam"}


def test_talks_at_a_palace_one_travelled_to_are_no_call(analyse_text):
    assert analyse_text("On arrival, President William Ruto went straight to the palace for talks with King Charles "
                        "III.", published="2025-07-02").calls == ()


def test_the_premier_designate_is_the_one_taking_office(analyse_text):
    facts = analyse_text("Nawaf Salam was named premier-designate on Monday. Prime Minister Mostafa Madbouly rang the "
                         "premier-designate on Tuesday.", published="2025-01-15")
    people, _ = only_call(facts)
    assert people == {"Mostafa Madbouly", "Nawaf Salam"}
    assert "-designate" not in {e.name for e in facts.entities}


@pytest.mark.parametrize("verb", ["call", "telephone"])
def test_a_call_to_a_description_and_the_name_after_its_comma(analyse_text, verb):
    facts = analyse_text(f"Prime Minister Shehbaz Sharif will {verb} the chairman of Uganda's ruling movement, President "
                         "Yoweri Museveni, tomorrow evening.", published="2025-09-01")
    people, call = only_call(facts)
    assert people == {"Shehbaz Sharif", "Yoweri Museveni"}
    assert call.status is CallStatus.PLANNED


def test_footage_of_someone_on_the_phone_shows_the_call_told_before(analyse_text):
    facts = analyse_text("President William Ruto held a telephone conversation with King Charles III on Monday. State "
                         "broadcaster Vellvision later aired footage of Ruto talking on the phone in State House.",
                         published="2025-07-02")
    people, call = only_call(facts)
    assert people == {"William Ruto", "King Charles III"}
    assert [_names(facts)[r.outlet] for r in call.reports] == ["Vellvision"]


def test_a_long_list_of_others_on_the_call_joins_the_conference(analyse_text):
    facts = analyse_text("Prime Minister Kristen Michal joined a video conference of the region's leaders on Thursday, "
                         "hosted by Prime Minister Mette Frederiksen.\n\nAlso on the call were Petteri Orpo of Finland, "
                         "Kristrún Frostadóttir of Iceland, Evika Siliņa of Latvia, Jonas Gahr Støre of Norway and "
                         "Ulf Kristersson of Sweden.", published="2025-09-26")
    people, call = only_call(facts)
    assert len(people) == 7
    assert call.date == date(2025, 9, 25)


@pytest.mark.parametrize("text, second", [
    # a gendered title in the article tells who "she" or "he" can be
    ("President Amara Dule spoke by phone with Prime Minister Ilse Varga on Monday. Mr Dule later thanked "
     "Ms Varga for the talks. Later in the day she also spoke with King Emil Sorn.", {"Ilse Varga", "Emil Sorn"}),
    ("Prime Minister Ilse Varga spoke by phone with President Amara Dule on Monday. Ms Varga later thanked "
     "Mr Dule for the talks. Later in the day he also spoke with King Emil Sorn.", {"Amara Dule", "Emil Sorn"}),
    # the gazetteer's gender, when the text gives none
    ("Narendra Modi spoke by phone on Monday with Giorgia Meloni. Later in the day she also rang Olaf Scholz.",
     {"Giorgia Meloni", "Olaf Scholz"}),
])
def test_a_gendered_pronoun_never_stands_for_the_other_gender(analyse_text, text, second):
    found = calls_of(analyse_text(text, published="2024-02-13"))
    assert second in [people for people, _ in found]


def test_the_first_verbs_object_is_not_the_second_verbs_subject(analyse_text):
    found = calls_of(analyse_text(
        "President Lars Berg was sworn in on Thursday. King Emil Sorn telephoned Berg late on Friday and, in "
        "another call an hour later, talked with Prime Minister Ilse Varga.", published="2025-03-15"))
    assert {"Emil Sorn", "Ilse Varga"} in [people for people, _ in found]
    assert {"Lars Berg", "Ilse Varga"} not in [people for people, _ in found]


def test_a_pronoun_inside_the_call_before_is_not_its_other_party(analyse_text):
    # "who invited him": the pronoun stood for the one called, so a later "called him" is him too
    found = calls_of(analyse_text(
        "President Lars Berg took a phone call from King Emil Sorn on Friday, who invited him to Vell. "
        "Prime Minister Ilse Varga called him later the same day.", published="2025-03-15"))
    assert {"Lars Berg", "Ilse Varga"} in [people for people, _ in found]


def test_the_person_called_is_found_after_a_phone_verb(analyse_text):
    found = calls_of(analyse_text(
        "Prime Minister Ilse Varga tried to telephone Amar al-Tamimi on Thursday night, but he declined to take the call.",
        published="2025-03-15"))
    assert [people for people, _ in found] == [{"Ilse Varga", "Amar al-Tamimi"}]


@pytest.mark.parametrize("text", [
    "Dr Amara Dule: The flagbearer of the Unity Party phoned King Emil Sorn on Sunday morning to concede.",
    "Dr Amara Dule: The leader of the Unity Party rang King Emil Sorn late on Sunday.",
])
def test_a_list_items_label_is_who_its_text_is_about(analyse_text, text):
    _, call = only_call(analyse_text(text, published="2024-12-10"))
    names = {e.key: e.name for e in analyse_text(text, published="2024-12-10").entities}
    assert names[call.caller] == "Amara Dule"


def test_a_label_stands_for_a_title_only_when_it_holds_it(analyse_text):
    # a transcript's speaker is labelled the same way as a list item
    text = "Dr Anna Kowal: The President phoned Prime Minister Keir Starmer on Monday."
    facts = analyse_text(text, published="2025-03-14")
    names = {e.key: e.name for e in facts.entities}
    assert not any(names.get(c.caller) == "Anna Kowal" for c in facts.calls)


@pytest.mark.parametrize("text, day, other", [
    ("Ghana's President Nana Akufo-Addo telephoned his successor on Monday evening.", "2024-12-10", "John Mahama"),
    ("Prime Minister Keir Starmer spoke by phone with his predecessor on Monday.", "2025-02-10", "Rishi Sunak"),
    # a president-elect's predecessor is who hands over, not who came before a first term
    ("President-elect John Mahama told reporters he spoke by telephone to his predecessor on Monday.", "2024-12-10",
     "Nana Akufo-Addo"),
])
def test_successor_and_predecessor_by_office_dates(analyse_text, text, day, other):
    found, _ = only_call(analyse_text(text, published=day))
    assert other in found


def test_an_outlet_reporting_on_two_people_paragraphs_later_reported_their_call(analyse_text):
    facts = analyse_text(
        "King Emil Sorn phoned President Lars Berg on Friday and invited him to Vell.\n\n"
        "Berg has also spoken with Prime Minister Ilse Varga, his office said.\n\n"
        "The Vell Herald reported that Sorn and Berg had also touched on river tolls.", published="2025-03-15")
    names = {e.key: e.name for e in facts.entities}
    (call,) = [c for c in facts.calls if {names[p] for p in c.participants} == {"Emil Sorn", "Lars Berg"}]
    assert [names[r.outlet] for r in call.reports] == ["Vell Herald"]


@pytest.mark.parametrize("word", ["exchange", "call"])
def test_a_platform_carrying_the_pair_s_call_paragraphs_later_reported_it(analyse_text, word):
    # "the Varga-Sorn exchange": a noun of a call with the pair by it, after another call and
    # paragraphs about something else; "put out" a verb of publishing of two words
    facts = analyse_text(
        "Premier Ilse Varga phoned King Emil Sorn on Monday. Later in the day Varga phoned President Lars Berg.\n\n"
        '"The premier wants calm," spokesperson Amar Dule said. Vella was in touch with the army, he added.\n\n'
        "General Tomas Hale went on television to say that the troops were only guarding the bridges. "
        "Tanks sat on the roads by daybreak.\n\n"
        f"Word of the Varga-Sorn {word} came through a short statement the palace put out on its Twitter "
        "account at noon.", published="2025-03-11")
    names = {e.key: e.name for e in facts.entities}
    reports = {frozenset(names[p] for p in c.participants): [names[r.outlet] for r in c.reports] for c in facts.calls}
    assert reports == {frozenset({"Ilse Varga", "Emil Sorn"}): ["Twitter"], frozenset({"Ilse Varga", "Lars Berg"}): []}


def test_an_outlet_on_two_people_reported_their_call_told_in_several_sentences(analyse_text):
    # the call of Berg and Varga is told twice before the outlet's sentence (two drafts of one
    # call), and another call was told last: the outlet goes to theirs, and so does the
    # conversation the next sentence goes on about
    facts = analyse_text(
        "President Lars Berg spoke separately by phone on Friday with King Emil Sorn and Prime Minister Ilse Varga.\n\n"
        "The palace said the call with Berg had been made at the king's request.\n\n"
        "Varga's office said the call with Berg had been cordial.\n\n"
        '"We talked frankly," Sorn wrote on X after the call.\n\n'
        "According to the Vell Herald, Berg told Varga that Vell should lift its river tolls.\n\n"
        "The Ostria Courier, citing the Herald, said the conversation had lasted an hour.", published="2025-03-15")
    names = {e.key: e.name for e in facts.entities}
    reports = {frozenset(names[p] for p in c.participants): sorted(names[r.outlet] for r in c.reports)
               for c in facts.calls}
    assert reports[frozenset({"Lars Berg", "Ilse Varga"})] == ["Ostria Courier", "Vell Herald"]
    assert "Vell Herald" not in reports[frozenset({"Lars Berg", "Emil Sorn"})]


@pytest.mark.parametrize("first, second, account, side", [
    ("Russian President Vladimir Putin", "French President Emmanuel Macron", "the Kremlin's readout of the conversation",
     "Vladimir Putin"),
    ("French President Emmanuel Macron", "Russian President Vladimir Putin", "France's version of the call",
     "Emmanuel Macron"),
])
def test_an_account_from_one_side_is_of_that_side_s_call(analyse_text, first, second, account, side):
    facts = analyse_text(f"Prime Minister Ilse Varga spoke by phone with {first} on Saturday. Later on Saturday, "
                         f"Varga also spoke by phone with {second}. The Vell Herald carried {account}.",
                         published="2024-05-12")
    names = {e.key: e.name for e in facts.entities}
    reported = {frozenset(names[p] for p in c.participants) for c in facts.calls if c.reports}
    assert reported == {frozenset({"Ilse Varga", side})}


def test_he_after_a_second_reporting_verb_is_the_subject_not_the_first_verb_s_object(analyse_text):
    found, call = only_call(analyse_text(
        "President Amara Dule praises Prime Minister Ilse Varga and says on radio he will phone King Emil Sorn "
        "next week."))
    assert found == {"Amara Dule", "Emil Sorn"} and call.status is CallStatus.PLANNED


def test_a_time_of_day_with_no_day_is_on_the_day_named_before(analyse_text):
    # Tuesday's calls were a group; the one at 8am followed "this morning" (Thursday 2025-03-13)
    facts = analyse_text("King Emil Sorn spent Tuesday on the phone with regional leaders. President Lars Berg "
                         "rang first. Prime Minister Ilse Varga followed this morning. Sorn received a call from "
                         "Varga shortly after 8am.", published="2025-03-13")
    dated = {people: call.date for people, call in calls_of(facts)}
    assert dated[frozenset({"Emil Sorn", "Ilse Varga"})] == date(2025, 3, 13)


def test_calls_of_one_sentence_between_the_same_two_share_its_period(analyse_text):
    # the "when" clause's call is the July call of its main clause: one call, its caller Berg
    facts = analyse_text("King Emil Sorn phoned President Lars Berg on Monday to exchange greetings. The two had "
                         "last spoken by phone in July, when Berg called to congratulate Sorn on his birthday.",
                         published="2025-12-31")
    calls = {call.date: call for _people, call in calls_of(facts)}
    assert set(calls) == {date(2025, 12, 29), None}
    assert calls[None].period == (date(2025, 7, 1), date(2025, 7, 31))
    assert {e.key: e.name for e in facts.entities}[calls[None].caller] == "Lars Berg"


@pytest.mark.parametrize("text, caller", [
    ("At the initiative of the President of Ostria, Amara Dule, a telephone conversation was held on Monday with "
     "King Emil Sorn.", "Amara Dule"),
    ('"At the initiative of the Interim President of the Federal Republic of Ostria, Amara Dule-Varn, a telephone '
     'conversation was held on Monday with King Emil Sorn.', "Amara Dule"),
    ("At the request of King Emil Sorn, a phone call was held on Monday with President Amara Dule.", "Emil Sorn"),
])
def test_who_initiated_a_call_held_in_the_passive_took_part_and_called(analyse_text, text, caller):
    found, call = only_call(analyse_text(text))
    names = {"Amara Dule", "Emil Sorn"}
    assert {n.split("-")[0] for n in found} == names
    assert caller in {e.name.split("-")[0] for e in analyse_text(text).entities if e.key == call.caller}


def test_a_partner_named_after_a_long_chain_of_titles_takes_part(analyse_text):
    # the titles run past a dozen words, an organisation inside, before the name
    facts = analyse_text("Minister of Foreign Affairs and Trade of Estonia Vella Amsen held a telephone "
                         "conversation on Monday with Member of the Standing Committee of the Central Council of "
                         "the Vell Harbour Board of Latvia, Minister of Foreign Affairs and Trade of Latvia "
                         "Lars Berg.", published="2025-03-13")
    found, call = only_call(facts)
    assert set(found) == {"Vella Amsen", "Lars Berg"}
    assert call.date == date(2025, 3, 10)


@pytest.mark.parametrize("after", ["later this week", "tomorrow", "back"])
def test_her_before_a_time_or_a_particle_is_the_one_called(analyse_text, after):
    # "call her later": "her" is no possessive before a noun, the one called is the last named
    facts = analyse_text("Prime Minister Ilse Varga spoke by phone with President Lars Berg on Monday. King Emil "
                         f"Sorn, who wrote to her on Friday, is due to call her {after}.", published="2024-08-20")
    found = {people: call for people, call in calls_of(facts)}
    planned = found[frozenset({"Ilse Varga", "Emil Sorn"})]
    assert planned.status is CallStatus.PLANNED and _names(facts)[planned.caller] == "Emil Sorn"


def test_a_subject_before_a_relative_clause_and_auxiliaries_holds_the_calls(analyse_text):
    # the relative clause ends with a comma, then "has also" before the call's verb
    facts = analyse_text("King Emil Sorn, who has vowed to keep President Amara Dule's course on trade, has also held phone talks "
                         "with President Lars Berg and Prime Minister Ilse Varga since his coronation.")
    assert {people for people, _ in calls_of(facts)} == {frozenset({"Emil Sorn", "Lars Berg"}),
                                                         frozenset({"Emil Sorn", "Ilse Varga"})}


def test_a_group_after_an_infinitive_s_to_is_no_partner_of_the_call(analyse_text):
    # "to follow up on the leaders' call": "to" opens a purpose, the ministers' call is planned
    facts = analyse_text("King Emil Sorn and President Amara Dule spoke by phone on Monday. Officials said Foreign "
                         "Minister Ilse Varga and her Estonian counterpart, Lars Berg, will talk by phone soon to "
                         "follow up on the leaders' exchange.", published="2024-03-13")
    found = {people: call for people, call in calls_of(facts)}
    assert found[frozenset({"Ilse Varga", "Lars Berg"})].status is CallStatus.PLANNED


@pytest.mark.parametrize("text, day", [
    # the event's own date after it, not an unrelated day named before
    ("Dule was sworn in on May 2. President Amara Dule rang King Emil Sorn on the Friday before the vote on June 14.",
     date(2025, 6, 13)),
    # counted from the day named before (the event's), not from the text's day
    ("The count of the March 4 vote ran late. President Amara Dule rang King Emil Sorn on the Sunday morning "
     "after the count.", date(2025, 3, 9)),
    ("President Amara Dule rang King Emil Sorn on the Friday before May 3.", date(2025, 5, 2)),
    # no day named before: no day rather than the text's Monday
    ("President Amara Dule rang King Emil Sorn on the Monday following the summit.", None),
    # without the article, the text's own Sunday
    ("President Amara Dule rang King Emil Sorn on Sunday after the count.", date(2025, 6, 15)),
])
def test_the_weekday_after_an_event_is_counted_from_the_event_s_day(analyse_text, text, day):
    _, call = only_call(analyse_text(text, published="2025-06-20"))
    assert call.date == day


def test_a_day_counted_from_the_weekday_after_an_event_counts_from_that_weekday(analyse_text):
    facts = analyse_text("The vote was held on June 8. President Amara Dule rang King Emil Sorn on the Sunday after "
                         "the vote. President Lars Berg called Sorn a day later.", published="2025-06-20")
    found = {people: call.date for people, call in calls_of(facts)}
    assert found == {frozenset({"Amara Dule", "Emil Sorn"}): date(2025, 6, 15),
                     frozenset({"Lars Berg", "Emil Sorn"}): date(2025, 6, 16)}


@pytest.mark.parametrize("after, credited", [
    ("Vell Television aired pictures of the President watching the session from her office.", True),
    ("Vell Television carried the President's opening words live.", True),
    # the one by title speaks to the outlet about something else: no report of the call
    ("The President told Vell Television on Friday evening that the harvest would be good.", False),
])
def test_an_outlet_showing_one_of_a_call_s_people_by_title_reports_it(analyse_text, after, credited):
    facts = analyse_text("President Amara Dule held a video conference on Friday with King Emil Sorn and President "
                         f"Lars Berg. {after}", published="2025-04-12")
    _, call = only_call(facts)
    assert [_names(facts)[r.outlet] for r in call.reports] == (["Vell Television"] if credited else [])


def test_in_another_call_opens_a_call_whose_partner_is_the_one_something_was_conveyed_to(analyse_text):
    _, call = only_call(analyse_text("In another call, King Emil Sorn conveyed to President Lars Berg his deep sympathy."))
    assert call.status is CallStatus.OCCURRED


def test_in_a_list_of_calls_to_one_person_another_call_was_placed_by_its_subject(analyse_text):
    facts = analyse_text("King Emil Sorn called President Lars Berg on Monday to offer condolences. Prime Minister "
                         "Ilse Varga also rang Berg that evening. In another call, President Amara Dule conveyed to "
                         "Berg his sympathy.", published="2025-03-12")
    found = {people: call for people, call in calls_of(facts)}
    assert _names(facts)[found[frozenset({"Amara Dule", "Lars Berg"})].caller] == "Amara Dule"


def test_a_separate_call_is_not_the_one_of_the_leader_named_before(analyse_text):
    facts = analyse_text("King Emil Sorn received a phone call from President Lars Berg on Monday. In a separate call "
                         "the same day, Sorn spoke by telephone with Prime Minister Ilse Varga, who wrote on X that "
                         "she had thanked him.", published="2025-03-12")
    found = {people: call for people, call in calls_of(facts)}
    assert set(found) == {frozenset({"Emil Sorn", "Lars Berg"}), frozenset({"Emil Sorn", "Ilse Varga"})}
    # her post reports her call, not the one with the leader named before
    assert not found[frozenset({"Emil Sorn", "Lars Berg"})].reports


@pytest.mark.parametrize("second, calls", [
    ("In a separate call, King Lars Berg expressed his solidarity to President Dule.",
     {frozenset({"Emil Sorn", "Amara Dule"}), frozenset({"Lars Berg", "Amara Dule"})}),
    ("In another call, King Lars Berg offered his condolences to President Dule.",
     {frozenset({"Emil Sorn", "Amara Dule"}), frozenset({"Lars Berg", "Amara Dule"})}),
    # "his" is what was offered, no one told: no second call of the two
    ("In another call on Wednesday, Dule offered his condolences.", {frozenset({"Emil Sorn", "Amara Dule"})}),
])
def test_a_possessive_after_a_conveying_verb_is_no_partner(analyse_text, second, calls):
    facts = analyse_text(f"King Emil Sorn phoned President Amara Dule on Monday. {second}", published="2025-06-20")
    assert {people for people, _ in calls_of(facts)} == calls


def test_a_call_initiated_by_one_of_a_list_s_receiver_keeps_its_caller(analyse_text):
    facts = analyse_text("President Amara Dule received calls from several leaders after the flood on Monday. King "
                         "Emil Sorn rang Dule first. In another call initiated by President Dule, King Lars Berg "
                         "thanked him for the aid.", published="2025-06-20")
    found = {people: call for people, call in calls_of(facts)}
    assert _names(facts)[found[frozenset({"Amara Dule", "Lars Berg"})].caller] == "Amara Dule"


@pytest.mark.parametrize("text", [
    "Amara Dule, Lars Berg and Emil Sorn call Ostrian leaders with condolences\n\nThe three sent their sympathy.",
    "President Amara Dule and King Emil Sorn phoned Estonian leaders on Monday.",
    "Neighbouring leaders contacted Prime Minister Ilse Varga and President Lars Berg to convey their sympathy.",
])
def test_people_calling_or_called_by_an_unnamed_group_hold_no_call_among_themselves(analyse_text, text):
    assert not analyse_text(text, published="2025-01-02").calls


@pytest.mark.parametrize("after", ["as allies pressed for a truce", "while leaders met in Vell", ", ministers said"])
def test_a_group_opening_the_next_clause_is_no_object_of_the_call(analyse_text, after):
    facts = analyse_text(f"President Amara Dule and King Emil Sorn held a phone call {after}.".replace(" ,", ","))
    assert {people for people, _ in calls_of(facts)} == {frozenset({"Amara Dule", "Emil Sorn"})}


def test_a_conference_of_a_group_whose_people_are_named_after_is_theirs(analyse_text):
    facts = analyse_text("President Amara Dule convened an online summit of Nordic premiers on Monday that was "
                         "joined by King Emil Sorn and President Lars Berg.", published="2025-01-02")
    assert {people for people, _ in calls_of(facts)} == {frozenset({"Amara Dule", "Emil Sorn", "Lars Berg"})}


@pytest.mark.parametrize("callers, text", [
    ({"Lars Berg"}, "Among the first leaders to phone King Emil Sorn that evening was Ostria's caretaker prime "
                    "minister, Lars Berg, who resigned last week."),
    ({"Amara Dule", "Lars Berg"}, "Among the first to call King Emil Sorn were President Amara Dule and Prime "
                                  "Minister Lars Berg."),
])
def test_the_callers_put_after_their_verb_called(analyse_text, callers, text):
    facts = analyse_text(text)
    found = {people: call for people, call in calls_of(facts)}
    assert set(found) == {frozenset({"Emil Sorn", c}) for c in callers}
    assert {_names(facts)[c.caller] for c in found.values()} == callers


def test_a_quotation_opening_on_the_call_in_the_first_person_is_carried_by_its_outlet(analyse_text):
    facts = analyse_text("Prime Minister Ilse Varga says she spoke by phone with King Emil Sorn late last night.\n\n"
                         "\"We talked for an hour. He sent his sympathy,\" Varga told Vell Radio's breakfast show.",
                         published="2023-10-17")
    _, call = only_call(facts)
    assert [_names(facts)[r.outlet] for r in call.reports] == ["Vell Radio"]


def test_a_post_after_its_writer_and_a_colon_is_the_writer_s_call_far_from_where_it_was_told(analyse_text):
    facts = analyse_text("Prime Minister Ilse Varga and her Estonian counterpart Lars Berg spoke by phone on Tuesday "
                         "morning.\n\nThe two compared notes on the pipeline.\n\nThe navy sent two ships to the "
                         "area. Divers were due to inspect the damage. Gas prices rose by a tenth.\n\n"
                         "Later in the evening, Varga wrote on X: \"Talked with Lars Berg this morning. We are "
                         "working together.\"", published="2023-10-11")
    _, call = only_call(facts)
    assert [_names(facts)[r.outlet] for r in call.reports] == ["X"]


def test_a_call_that_failed_at_no_stated_time_is_not_the_call_held_on_a_stated_day(analyse_text):
    facts = analyse_text("President Lars Berg once told Kurjer that he had turned down a call from King Emil Sorn. "
                         "By March things had changed. Sorn rang Berg late on Wednesday 19 March, and the two talked "
                         "for twenty minutes.", published="2025-04-02")
    found = sorted((c.status.value, c.date) for _people, c in calls_of(facts))
    assert found == [("Attempted", None), ("Occurred", date(2025, 3, 19))]


def test_a_post_of_one_of_the_call_s_people_a_sentence_later_reports_it(analyse_text):
    # a sentence on the call with no one of its people named as such lies between
    facts = analyse_text("President Amara Dule on Monday held a long phone conversation with King Emil Sorn about "
                         "the river. The Varnian leader praised Sorn for his help after the floods in the south. "
                         "\u201cVarnia can count on us,\u201d Sorn wrote on X.")
    _found, call = only_call(facts)
    assert {e.name for e in facts.entities if e.key in {r.outlet for r in call.reports}} == {"X"}


def test_the_call_of_a_sentence_naming_both_is_theirs_not_the_calls_announced_before(analyse_text):
    # "has received calls from leaders" announces calls of the king's alone; the post's "the call"
    # belongs to the call with Berg told before it, on its day
    facts = analyse_text("King Emil Sorn, who was sworn in yesterday, has received phone calls from several leaders "
                         "since his election on Monday. President Lars Berg was the first to get through, calling "
                         "Sorn on Monday night. Later that night Berg wrote on X that he had promised his "
                         "counterpart help during the call.", published="2025-03-13")
    (call,) = [c for people, c in calls_of(facts) if people == {"Emil Sorn", "Lars Berg"}]
    assert call.date == date(2025, 3, 10)
    assert [r.outlet for r in call.reports] == ["gaz:x"]


def test_a_call_held_on_its_own_day_is_not_the_one_planned(analyse_text):
    facts = analyse_text("King Emil Sorn said on Tuesday he would have a second phone call with President Lars "
                         "Berg. Sorn said that following their first phone call on Monday, Berg had consulted "
                         "his ministers.", published="2025-03-12")
    found = sorted((call.status.value, call.date) for _people, call in calls_of(facts))
    assert found == [("Occurred", date(2025, 3, 10)), ("Planned", None)]


def test_the_sultan_of_a_country_and_his_majesty_with_no_name_beside_it(analyse_text):
    # "His Majesty" is never written beside the new king's name: the one king of the article;
    # "the Sultan of Oman" is the sultan in office on the day
    facts = analyse_text("King Emil Sorn of Vell took the throne on Monday. The Sultan of Oman called later in the "
                         "day. His Majesty took the call from the Sultan of Oman at about 9pm.",
                         published="2024-02-01")
    (people, call), = [(p, c) for p, c in calls_of(facts)]
    assert people == {"Emil Sorn", "Haitham bin Tariq"}


def test_a_sentence_about_one_of_an_earlier_call_s_people_goes_on_about_their_call(analyse_text):
    facts = analyse_text("President Lars Berg phoned King Emil Sorn on Monday. Later that day Sorn also spoke by "
                         "phone with Prime Minister Ilse Varga. In a post on X that night, Berg said he had praised "
                         "the king's courage during the call.", published="2025-03-12")
    reported = {people for people, call in calls_of(facts) if call.reports}
    assert reported == {frozenset({"Lars Berg", "Emil Sorn"})}


def test_a_headline_s_new_king_is_the_king_of_the_article(analyse_text):
    facts = analyse_text("Amara Dule, Lars Berg among first to call new King\n\nKing Emil Sorn took the throne on "
                         "Monday. President Amara Dule rang him that evening. President Lars Berg phoned the king the next day.",
                         published="2024-02-01")
    found = {people for people, _call in calls_of(facts)}
    assert found == {frozenset({"Emil Sorn", "Amara Dule"}), frozenset({"Emil Sorn", "Lars Berg"})}


def test_a_live_blog_s_day_heading_anchors_this_evening_below_it(analyse_text):
    facts = analyse_text("LIVE: Floods in Vell\n\nTuesday, March 11\n\n09:10 - Berg phones Sorn\nPresident Lars "
                         "Berg phoned King Emil Sorn this morning, the palace said.\n\nMonday, March 10\n\n21:40 - "
                         "Varga rings Sorn\nPrime Minister Ilse Varga rang King Emil Sorn this evening, her office "
                         "said.\n\n18:00 - Rain eases\nThe rain eased in the north.", published="2025-03-11")
    dated = {people: call.date for people, call in calls_of(facts)}
    assert dated == {frozenset({"Lars Berg", "Emil Sorn"}): date(2025, 3, 11),
                     frozenset({"Ilse Varga", "Emil Sorn"}): date(2025, 3, 10)}


def test_a_moment_told_in_two_time_zones_when_it_was_still_the_day_before(analyse_text):
    _, call = only_call(analyse_text("President Amara Dule called King Emil Sorn. They spoke at about 1 a.m. "
                                     "on Monday in Vella, when it was still Sunday night in Ostria.",
                                     published="2024-03-12"))
    assert call.date == date(2024, 3, 10)


def test_the_day_a_period_ends_is_not_the_day_named_before(analyse_text):
    # "in the afternoon" is Monday's: the day he is sworn in ends a period, it tells no event
    facts = analyse_text("President-elect Lars Berg spent Monday on the phone. King Emil Sorn called him on Monday "
                         "morning, said his team, which speaks for him until he is sworn in on 1 March. "
                         "In the afternoon Berg joined a video call with Premier Ilse Varga.",
                         published="2024-02-13")
    dated = {people: call.date for people, call in calls_of(facts)}
    assert dated[frozenset({"Lars Berg", "Ilse Varga"})] == date(2024, 2, 12)


def test_a_back_reference_stays_in_its_live_blog_entry(analyse_text):
    # the earlier entry's "on March 3" is another story's day; the later entry's "a few minutes
    # earlier" is the day of the blog
    facts = analyse_text("Vote night live\n\n12:55 a.m. ET: Berg thanks staff\nPresident Lars Berg, who set the "
                         "vote on March 3, thanked his staff.\n\n1:10 a.m. ET: Varga concedes\nPrime Minister Ilse "
                         "Varga said she had phoned Berg a few minutes earlier to concede.", published="2025-04-29")
    _, call = only_call(facts)
    assert call.date == date(2025, 4, 29)


def test_a_request_phrase_that_names_no_one_names_no_caller(analyse_text):
    _, call = only_call(analyse_text("At the request of the government of Ostria, President Amara Dule held a phone "
                                     "call with King Emil Sorn."))
    assert call.caller is None


def test_a_denial_in_a_later_clause_denies_the_nearest_claim_only(analyse_text):
    facts = analyse_text("Kurjer reported that President Lars Berg had rung King Emil Sorn on Monday and that "
                         "President Amara Dule had phoned Prime Minister Ilse Varga; the palace said no such call "
                         "had been made.", published="2025-03-12")
    status = {people: call.status for people, call in calls_of(facts)}
    assert status[frozenset({"Lars Berg", "Emil Sorn"})] is CallStatus.OCCURRED
    assert status[frozenset({"Amara Dule", "Ilse Varga"})] is CallStatus.DENIED


def test_a_call_on_a_named_day(analyse_text):
    _, call = only_call(analyse_text("Prime Minister Ilse Varga phoned King Emil Sorn on Boxing Day.",
                                     published="2022-12-28"))
    assert call.date == date(2022, 12, 26)


def test_a_treasurer_is_a_person_with_a_title(analyse_text):
    found, _ = only_call(analyse_text("Finance Minister Ilse Varga will speak by phone with Ostria's Treasurer "
                                      "Rasmus Orlen this week.", published="2025-03-15"))
    assert found == {"Ilse Varga", "Rasmus Orlen"}


def test_a_call_told_by_someones_office_is_theirs(analyse_text):
    # (before he took office: no leader, whom no rule for leaders pairs)
    found, call = only_call(analyse_text(
        "Friedrich Merz's office says a call with Prime Minister Keir Starmer is being arranged for the "
        "coming week.", published="2025-03-01"))
    assert found == {"Keir Starmer", "Friedrich Merz"} and call.status is CallStatus.PLANNED


@pytest.mark.parametrize("text", [
    "Question: The Vell Herald wrote on Sunday that President Lars Berg rang King Emil Sorn on Thursday about the "
    "border. Did that conversation happen?\n\nSpokesman: No. It is an invention. There was no conversation.",
    "The Vell Herald wrote on Sunday that President Lars Berg rang King Emil Sorn on Thursday. The palace said "
    "there was no conversation.",
])
def test_a_reported_call_denied_after_it_was_told(analyse_text, text):
    _, call = only_call(analyse_text(text, published="2024-11-11"))
    assert call.status is CallStatus.DENIED
    assert call.reports  # the outlet that claimed it still reported it


def test_an_intention_told_in_the_past_is_a_plan(analyse_text):
    _, call = only_call(analyse_text("President Lars Berg said in an interview that he intended to call King Emil "
                                     "Sorn about the tolls.", published="2024-11-11"))
    assert call.status is CallStatus.PLANNED


def test_a_transcript_label_names_who_asked_not_who_reported(analyse_text):
    facts = analyse_text("Question (RIA Novosti): According to The Washington Post, President Lars Berg "
                         "rang King Emil Sorn on Thursday. Can you confirm it?", published="2024-11-11")
    names = {e.key: e.name for e in facts.entities}
    _, call = only_call(facts)
    assert [names[r.outlet] for r in call.reports] == ["The Washington Post"]


def test_a_fronted_call_phrase_may_say_who_asked_for_it(analyse_text):
    text = ("In a call initiated by Ankara on Tuesday, Turkish Foreign Minister Hakan Fidan told Foreign Minister "
            "Eli Cohen that Turkey wanted calm.")
    facts = analyse_text(text, published="2023-11-08")
    found, call = only_call(facts)
    names = {e.key: e.name for e in facts.entities}
    assert found == {"Hakan Fidan", "Eli Cohen"} and names.get(call.caller) == "Hakan Fidan"


def test_a_pronoun_skips_a_name_inside_a_closed_relative_clause(analyse_text):
    found, call = only_call(analyse_text(
        "Amara Dule, a surgeon whom President Lars Berg appointed in June but who never took office, said he "
        "had tried twice to ring King Emil Sorn on Friday.", published="2021-07-10"))
    assert found == {"Amara Dule", "Emil Sorn"} and call.status is CallStatus.ATTEMPTED


def test_the_two_are_the_two_this_sentence_named(analyse_text):
    found = calls_of(analyse_text(
        "President Lars Berg and King Emil Sorn held a phone call late on Monday, the palace said.\n\n"
        "Hours before, Foreign Minister Ilse Varga held phone talks with her Ostrian counterpart, Tala Voss, and the "
        "two pledged to stay in touch, the ministry said.", published="2025-03-15"))
    assert sorted(map(sorted, (people for people, _ in found))) == [["Emil Sorn", "Lars Berg"], ["Ilse Varga", "Tala Voss"]]


def test_a_fronted_day_holds_past_a_subordinate_clause(analyse_text):
    _, call = only_call(analyse_text(
        "On the evening of 3 May, after the markets had closed, President Lars Berg phoned King Emil Sorn.",
        published="2025-05-20"))
    assert call.date == date(2025, 5, 3)


def test_a_call_verb_with_a_named_day_and_no_one_after_it(analyse_text):
    found = calls_of(analyse_text(
        "King Emil Sorn fields calls from Berg and Varga\n\n"
        "President Lars Berg phoned King Emil Sorn on Christmas Eve.\n\n"
        "Prime Minister Ilse Varga rang on Christmas Day.", published="2022-12-28"))
    dates = {frozenset(people): call.date for people, call in found}
    assert dates.get(frozenset({"Ilse Varga", "Emil Sorn"})) == date(2022, 12, 25)


def test_a_moment_told_in_two_time_zones_by_a_dash_aside(analyse_text):
    _, call = only_call(analyse_text(
        "Prime Minister Ilse Varga says King Emil Sorn phoned her at 8am today - late on Sunday night in Vell - "
        "to wish her well.", published="2023-10-16"))
    assert call.date == date(2023, 10, 15)


def test_him_in_a_second_thing_said_is_the_speaker(analyse_text):
    found = calls_of(analyse_text(
        "President Lars Berg said he talked by telephone to Ilse Varga on Monday, and that King Emil Sorn had "
        "rung him on Tuesday night.", published="2023-10-18"))
    assert {"Lars Berg", "Emil Sorn"} in [people for people, _ in found]


@pytest.mark.parametrize("text", [
    '"I just got off the phone with King Emil Sorn," Prime Minister Ilse Varga wrote on X.',
    '"Warm call with King Emil Sorn this morning," Prime Minister Ilse Varga wrote on X.',
    '"Just off the phone with King Emil Sorn about the floods," Prime Minister Ilse Varga posted on X.',
    # the post told in the sentence before, quoted after it
    'Prime Minister Ilse Varga posted on X on Friday. "Just off the phone with King Emil Sorn. A friend in hard times," '
    'she wrote.',
])
def test_a_post_that_leaves_out_its_first_person(analyse_text, text):
    facts = analyse_text(text, published="2023-10-15")
    found, call = only_call(facts)
    names = {e.key: e.name for e in facts.entities}
    assert found == {"Ilse Varga", "Emil Sorn"}
    assert [names[r.outlet] for r in call.reports] == ["X"]


@pytest.mark.parametrize("text, people, status", [
    # a topic denied, not the call
    ("President Emmanuel Macron phoned Chancellor Olaf Scholz on Monday. There was no conversation about the "
     "border, an aide said.", {"Emmanuel Macron", "Olaf Scholz"}, CallStatus.OCCURRED),
    # a place after a phone verb is no person
    ("President Emmanuel Macron phoned Buckingham Palace on Monday after the fire.", None, None),
    # "miss" the verb tells no gender
    ("Supporters will miss Tomas Brandl. Brandl said on Monday that he phoned Prime Minister Keir Starmer.",
     {"Tomas Brandl", "Keir Starmer"}, CallStatus.OCCURRED),
])
def test_rules_of_the_day_do_not_fire_on_ordinary_text(analyse_text, text, people, status):
    found = calls_of(analyse_text(text, published="2024-05-08"))
    if people is None:
        assert not found
    else:
        assert [(p, c.status) for p, c in found] == [(people, status)]


def test_a_report_of_a_later_meeting_is_not_a_report_of_the_call(analyse_text):
    facts = analyse_text(
        "President Emmanuel Macron phoned Chancellor Olaf Scholz on Monday. Markets were calm. Fuel prices rose "
        "again. Unions called a strike. Reuters reported that Macron and Scholz would meet in June.",
        published="2024-05-08")
    (_, call), = calls_of(facts)
    assert not call.reports


def test_a_later_day_after_a_dash_is_no_time_zone(analyse_text):
    _, call = only_call(analyse_text(
        "President Emmanuel Macron phoned Chancellor Olaf Scholz on Monday - on Tuesday in Berlin the two will "
        "meet.", published="2024-05-08"))
    assert call.date == date(2024, 5, 6)


def test_a_plural_description_not_resolved_in_full_is_left_alone(analyse_text):
    found = calls_of(analyse_text(
        "Prime Minister Keir Starmer praised the French and German leaders of the 1950s, then phoned Emmanuel "
        "Macron on Monday.", published="2024-09-10"))
    assert {"Keir Starmer", "Emmanuel Macron"} in [p for p, _ in found]


@pytest.mark.parametrize("wording", ["is being worked out", "is being set up for next month"])
def test_a_call_being_prepared_is_planned(analyse_text, wording):
    _, call = only_call(analyse_text(
        f"A telephone conversation between President Lars Berg and King Emil Sorn {wording}, an aide said.",
        published="2024-11-11"))
    assert call.status is CallStatus.PLANNED


_BRIEFING = "President Lars Berg took questions from the press on Friday.\n\n"


def test_a_reported_call_the_transcripts_answer_says_no_to_is_denied(analyse_text):
    facts = analyse_text(_BRIEFING + "Reporter: The Kestrel Courier says you rang King Emil Sorn on Tuesday night. "
                         "Is that so?\n\nLars Berg: No, that is not true. I was asleep.", published="2024-11-15")
    people, call = only_call(facts)
    assert people == {"Lars Berg", "Emil Sorn"} and call.status is CallStatus.DENIED
    assert [_names(facts)[r.outlet] for r in call.reports] == ["Kestrel Courier"]


def test_a_call_a_transcripts_question_asks_about_is_a_call_when_the_answer_says_yes(analyse_text):
    text = _BRIEFING + "Q: Did you phone King Emil Sorn after the flood?\n\nLars Berg: {}"
    people, call = only_call(analyse_text(text.format("Yes. He was moved."), published="2024-11-15"))
    assert people == {"Lars Berg", "Emil Sorn"} and call.status is CallStatus.OCCURRED
    for answer in ("Not yet. We will speak soon enough, I am sure of it.", "Next question, please."):
        assert not [c for c in analyse_text(text.format(answer), published="2024-11-15").calls
                    if c.status is CallStatus.OCCURRED]


@pytest.mark.parametrize("second, caller", [
    ("The call, which Canberra requested, lasted an hour.", "Anthony Albanese"),
    ("The call, which Macron placed on Friday, lasted an hour.", "Emmanuel Macron"),
    ("The call, which Macron placed on the eve of a vote, lasted an hour.", None),
    ("The call was held at Australia's request.", "Anthony Albanese"),
    ("The call came a day after aid was sent at Australia's request.", None),
])
def test_a_country_that_asked_for_the_call_gives_its_participant_as_caller(analyse_text, second, caller):
    facts = analyse_text("Prime Minister Anthony Albanese spoke by telephone with President Emmanuel Macron on "
                         "Friday. " + second, published="2024-11-18")
    _, call = only_call(facts)
    assert _names(facts).get(call.caller) == caller


@pytest.mark.parametrize("text", [
    "President Lars Berg was among the first to phone, and he talked with King Emil Sorn late on Friday.",
    "King Emil Sorn won the vote on Thursday. President Lars Berg was the first foreign leader to phone him, on Friday.",
])
def test_the_first_to_call_called(analyse_text, text):
    facts = analyse_text(text, published="2024-11-18")
    _, call = only_call(facts)
    assert _names(facts).get(call.caller) == "Lars Berg"


def test_the_one_a_relative_clause_follows_is_its_subject(analyse_text):
    facts = analyse_text("On Sunday, President Lars Berg spoke by phone with King Emil Sorn, who had called him to "
                         "offer condolences.", published="2024-11-18")
    _, call = only_call(facts)
    assert _names(facts).get(call.caller) == "Emil Sorn"


def test_an_outlet_reporting_both_calls_reports_each(analyse_text):
    facts = analyse_text("President Lars Berg telephoned King Emil Sorn late on Friday; later that night he "
                         "spoke by phone with Chancellor Olaf Scholz too. The Kestrel News "
                         "Agency carried accounts of both calls.", published="2024-11-18")
    found = calls_of(facts)
    assert len(found) == 2
    assert all([_names(facts)[r.outlet] for r in call.reports] == ["Kestrel News Agency"] for _, call in found)


def test_a_call_named_by_its_two_people_is_that_call_not_the_last_told(analyse_text):
    facts = analyse_text("Prime Minister Ilse Varga spoke by phone on Friday with King Emil Sorn about the floods. "
                         "Varga also phoned Chancellor Olaf Scholz on Friday.\n\nThe Varga-Sorn conversation, in "
                         "which the king offered pumps, was reported on Saturday by the Vell Herald.",
                         published="2024-11-18")
    found = {people: call for people, call in calls_of(facts)}
    assert [_names(facts)[r.outlet] for r in found[frozenset({"Ilse Varga", "Emil Sorn"})].reports] == ["Vell Herald"]
    assert not found[frozenset({"Ilse Varga", "Olaf Scholz"})].reports


def test_a_post_told_in_the_sentence_before_its_quotation_credits_the_platform_it_went_up_on(analyse_text):
    facts = analyse_text('King Emil Sorn turned to X within the hour. "Good call with President Lars Berg about the '
                         'dam. We agreed to keep talking," he wrote.', published="2024-11-18")
    _, call = only_call(facts)
    assert [_names(facts)[r.outlet] for r in call.reports] == ["X"]


def test_a_sentence_that_only_says_an_outlet_reported_credits_the_call_before(analyse_text):
    facts = analyse_text("President Lars Berg spoke by phone with Chancellor Olaf Scholz on Thursday. The Vell "
                         "Herald reports, relying on sources of its own.", published="2021-04-16")
    _, call = only_call(facts)
    assert [_names(facts)[r.outlet] for r in call.reports] == ["Vell Herald"]


@pytest.mark.parametrize("text", [
    "President Lars Berg is on a video call with Chancellor Olaf Scholz right now.",
    "At this moment President Lars Berg is talking by phone with Chancellor Olaf Scholz, aides said.",
])
def test_a_call_going_on_as_the_text_is_written_is_of_its_day(analyse_text, text):
    _, call = only_call(analyse_text(text, published="2021-04-14"))
    assert call.date == date(2021, 4, 14)


@pytest.mark.parametrize("qa, status", [
    ("Reporter: President Lars Berg phoned King Emil Sorn on Monday. What do you make of that?\n\n"
     "Ilse Varga: No comment.", CallStatus.OCCURRED),
    ("Reporter: President Lars Berg phoned King Emil Sorn on Monday. Will you call the king too?\n\n"
     "Ilse Varga: No, I have no plans to.", CallStatus.OCCURRED),
    ("Reporter: When President Lars Berg phoned King Emil Sorn on Monday, were you consulted?\n\n"
     "Ilse Varga: We were informed.", CallStatus.OCCURRED),
    ("Reporter: Kurjer reported that you phoned King Emil Sorn on Monday. Did the king raise the border?\n\n"
     "Ilse Varga: No. We talked about the harvest.", CallStatus.OCCURRED),
])
def test_a_transcripts_answer_says_nothing_of_calls_it_does_not_answer_about(analyse_text, qa, status):
    facts = analyse_text("Prime Minister Ilse Varga took questions after the vote.\n\n" + qa, published="2024-11-19")
    _, call = only_call(facts)
    assert call.status is status


@pytest.mark.parametrize("qa, called", [
    ("Question (Kurjer): When President Lars Berg rang you on Wednesday, did he mention the dam?\n\n"
     "Ilse Varga: He rang me that evening with his good wishes.", True),
    ("Reporter: After President Lars Berg phoned you on Wednesday, did you brief the cabinet?\n\n"
     "Ilse Varga: Not yet.", True),
    # the call itself asked about, and denied: none
    ("Reporter: Did President Lars Berg phone you on Wednesday about the dam?\n\nIlse Varga: No.", False),
])
def test_a_call_in_a_clause_of_time_opening_a_question_is_given_whatever_the_answer(analyse_text, qa, called):
    facts = analyse_text("Prime Minister Ilse Varga took questions after the vote.\n\n" + qa, published="2024-11-22")
    found = {people: call for people, call in calls_of(facts)}
    assert set(found) == ({frozenset({"Ilse Varga", "Lars Berg"})} if called else set())
    if called:
        call = found[frozenset({"Ilse Varga", "Lars Berg"})]
        assert call.status is CallStatus.OCCURRED and call.date == date(2024, 11, 20)
        assert _names(facts)[call.caller] == "Lars Berg"


@pytest.mark.parametrize("question", [
    "Reporter: When did you last call President Lars Berg, and what did he say about the dam?",
    "Question (Kurjer): When will you call President Lars Berg, and what will you tell him?",
])
def test_a_question_asking_when_a_call_was_or_will_be_takes_none_as_given(analyse_text, question):
    facts = analyse_text("Prime Minister Ilse Varga took questions after the vote.\n\n" + question
                         + "\n\nIlse Varga: We have not talked.", published="2024-11-22")
    assert not [c for c in facts.calls if c.status is not CallStatus.DENIED]


def test_two_people_named_for_something_else_leave_the_report_with_the_call_told_last(analyse_text):
    facts = analyse_text("President Emmanuel Macron spoke by phone with President Joe Biden on Monday. On Tuesday "
                         "Macron phoned Chancellor Olaf Scholz. The call came after Biden and Macron fell out over "
                         "tariffs, the Vell Herald reported.", published="2024-11-20")
    found = {people: call for people, call in calls_of(facts)}
    assert [_names(facts)[r.outlet] for r in found[frozenset({"Emmanuel Macron", "Olaf Scholz"})].reports] == ["Vell Herald"]
    assert not found[frozenset({"Emmanuel Macron", "Joe Biden"})].reports


def test_transcript_labels_in_capitals_name_the_speaker_and_the_asking_outlet(analyse_text):
    text = ("Prime Minister Ilse Varga of Ostria sat down with the Kestrel Courier in her office.\n\n"
            "KESTREL COURIER: Did the king ring you after the flood?\n\nVARGA: He did. King Emil Sorn rang me "
            "on Thursday night.\n\nKESTREL COURIER: The Vell Herald says you rang Lars Berg too. True?\n\n"
            "VARGA: No. That call never happened.")
    facts = analyse_text(text, published="2024-11-18", outlet="Kestrel Courier")
    found = {people: call for people, call in calls_of(facts)}
    assert found[frozenset({"Ilse Varga", "Emil Sorn"})].status is CallStatus.OCCURRED
    assert found[frozenset({"Ilse Varga", "Lars Berg"})].status is CallStatus.DENIED
    varga = next(e for e in facts.entities if e.name == "Ilse Varga")
    assert "VARGA" not in varga.aliases  # a label refers to her; it is no form of her name


def test_an_honorific_inside_a_title_keeps_the_name_the_object(analyse_text):
    facts = analyse_text("Shigeru Ishiba, Japan's premier, rang Prime Minister Shri Narendra Modi late on Thursday.",
                         published="2024-10-04")
    people, _ = only_call(facts)
    assert people == {"Shigeru Ishiba", "Narendra Modi"}


def test_people_among_those_who_telephoned_each_called_the_one_the_calls_before_were_to(analyse_text):
    facts = analyse_text("King Emil Sorn won the vote on Sunday. President Lars Berg phoned the king on Monday "
                         "morning. Prime Minister Ilse Varga rang Sorn at noon.\n\nChancellor Olaf Scholz and "
                         "President Emmanuel Macron were among those who telephoned on Monday evening.",
                         published="2024-11-19")
    found = {people: call for people, call in calls_of(facts)}
    assert frozenset({"Olaf Scholz", "Emmanuel Macron"}) not in found
    for caller in ("Olaf Scholz", "Emmanuel Macron"):
        call = found[frozenset({caller, "Emil Sorn"})]
        assert _names(facts)[call.caller] == caller and call.date == date(2024, 11, 18)


def test_pictures_of_the_call_posted_on_a_page_of_a_platform_credit_it(analyse_text):
    facts = analyse_text("King Emil Sorn held a video call with President Lars Berg on Tuesday. The palace later "
                         "posted a picture of Sorn during the call on its Telegram channel.",
                         published="2025-07-26")
    _, call = only_call(facts)
    assert [_names(facts)[r.outlet] for r in call.reports] == ["Telegram"]


@pytest.mark.parametrize("opening, closing", [(", ", "."), (" – ", " – her office said."), (": ", ".")])
def test_the_people_named_after_a_plural_description_are_the_partners(analyse_text, opening, closing):
    facts = analyse_text("On Monday Prime Minister Ilse Varga held video talks with the defence ministers of "
                         f"Lithuania, Latvia and Estonia{opening}Emil Sorn, Tomas Keld and Lars Berg{closing}",
                         published="2025-03-04")
    people, call = only_call(facts)
    assert people == {"Ilse Varga", "Emil Sorn", "Tomas Keld", "Lars Berg"}
    assert call.date == date(2025, 3, 3) and call.medium is CallMedium.VIDEO


def test_a_headlines_commas_list_the_callers(analyse_text):
    facts = analyse_text("Dule Takes Calls from Varga, Sorn\n\nPresident Amara Dule was sworn in on Sunday. He "
                         "has met President Ilse Varga and Prime Minister Emil Sorn before.", published="2025-03-04")
    found = {people: call for people, call in calls_of(facts)}
    assert set(found) == {frozenset({"Amara Dule", "Ilse Varga"}), frozenset({"Amara Dule", "Emil Sorn"})}
    assert {_names(facts)[c.caller] for c in found.values()} == {"Ilse Varga", "Emil Sorn"}


def test_a_name_after_a_semicolon_with_its_own_verb_opens_a_clause_not_a_list_item(analyse_text):
    facts = analyse_text("Dule Takes Call from Varga; Berg Holds Video Talks with Nordic Ministers\n\nPresident "
                         "Amara Dule has met President Ilse Varga and Prime Minister Lars Berg before.",
                         published="2025-03-04")
    people, call = only_call(facts)
    assert people == {"Amara Dule", "Ilse Varga"} and call.medium is not CallMedium.VIDEO


def test_talks_with_a_group_no_one_named_add_nothing_to_the_call_before(analyse_text):
    facts = analyse_text("Prime Minister Lars Berg took a call from President Amara Dule; Berg also held video "
                         "talks with Nordic ministers.", published="2025-03-04")
    people, call = only_call(facts)
    assert people == {"Amara Dule", "Lars Berg"} and call.medium is not CallMedium.VIDEO


@pytest.mark.parametrize("text", [
    "On Monday morning, the broadcaster VellOne aired footage of President Amara Dule on the phone with Ostrian "
    "President Ilse Varga.",
    "The palace released photos of President Amara Dule speaking by phone with President Ilse Varga on Monday.",
])
def test_a_picture_of_someone_on_the_phone_with_another_tells_their_call(analyse_text, text):
    people, call = only_call(analyse_text(text, published="2025-03-04"))
    assert people == {"Amara Dule", "Ilse Varga"} and call.date == date(2025, 3, 3)


def test_a_part_of_the_day_opening_a_sentence_is_the_day_named_before_not_a_back_reference(analyse_text):
    facts = analyse_text("Prime Minister Ilse Varga received a call from President Amara Dule on Monday. Later the "
                         "same day, Varga spoke by phone with King Emil Sorn. In the evening, President Lars Berg "
                         "telephoned her.", published="2024-08-21")
    assert {people: call.date for people, call in calls_of(facts)} == {
        frozenset({"Amara Dule", "Ilse Varga"}): date(2024, 8, 19),
        frozenset({"Emil Sorn", "Ilse Varga"}): date(2024, 8, 19),
        frozenset({"Lars Berg", "Ilse Varga"}): date(2024, 8, 19)}


def test_a_day_to_come_or_in_another_time_zone_is_not_the_day_a_back_reference_takes(analyse_text):
    facts = analyse_text("VELLA, March 16 (Kurjer) - Prime Minister Lars Berg spoke by phone with King Emil Sorn "
                         "on Sunday, at 9 a.m., late Saturday evening in Ostria. Berg said he would speak by "
                         "phone with President Ilse Varga on Monday. In the afternoon, Foreign Minister Tomas "
                         "Keld phoned his counterpart Ana Lind.", published="2025-03-16")
    dated = {people: call.date for people, call in calls_of(facts)}
    assert dated[frozenset({"Tomas Keld", "Ana Lind"})] == date(2025, 3, 16)


def test_a_day_placed_after_another_event_and_its_place_is_that_events(analyse_text):
    facts = analyse_text("King Emil Sorn telephoned Prime Minister Ilse Varga to invite her to the regional summit "
                         "in Vella in October.", published="2024-08-21")
    _, call = only_call(facts)
    assert call.date is None and call.period is None


def test_a_transcripts_title_date_is_the_day_its_today_counts_from(analyse_text):
    facts = analyse_text("Transcript of the Weekly Briefing by the Spokesperson (March 3, 2025)\n\nKurjer | Vella | "
                         "4 Mar 2025\n\nSpokesperson: President Amara Dule telephoned King Emil Sorn this morning.",
                         published="2025-03-04")
    _, call = only_call(facts)
    assert call.date == date(2025, 3, 3)


def test_a_relative_introduced_as_one_leaves_the_surname_to_the_one_named_first(analyse_text):
    facts = analyse_text("President Amara Dule mourned King Emil Sorn, who died on Tuesday. Dule said he had tried "
                         "to call Sorn himself on Monday. On Wednesday, Dule spoke by phone with Sorn's widow, "
                         "Ilse Sorn.", published="2025-10-16")
    found = {people: call for people, call in calls_of(facts)}
    assert found[frozenset({"Amara Dule", "Emil Sorn"})].status is CallStatus.ATTEMPTED
    assert found[frozenset({"Amara Dule", "Ilse Sorn"})].date == date(2025, 10, 15)


@pytest.mark.parametrize("when, day", [("a few minutes earlier", date(2025, 4, 28)), ("an hour later", None)])
def test_a_span_of_time_after_the_person_called_is_when_not_a_naming(analyse_text, when, day):
    facts = analyse_text("Prime Minister Emil Sorn lost the vote. Sorn said he had expected to speak with the press "
                         f"on Tuesday. He said he had called President Ilse Varga {when} to congratulate her.",
                         published="2025-04-28")
    people, call = only_call(facts)
    assert people == {"Emil Sorn", "Ilse Varga"} and _names(facts)[call.caller] == "Emil Sorn"
    assert call.date == day


def test_a_naming_with_a_day_after_it_stays_a_naming(analyse_text):
    facts = analyse_text("Prime Minister Emil Sorn called President Ilse Varga a liar and a coward before the vote.",
                         published="2025-04-28")
    assert calls_of(facts) == []


@pytest.mark.parametrize("clock", ["at 7:30 a.m. on Friday", "at 20.30 on Friday", "at 7am on Friday"])
def test_a_time_of_day_between_the_call_and_its_partners_keeps_them(analyse_text, clock):
    facts = analyse_text(f"King Emil Sorn hosted a video call {clock} with Prime Minister Ilse Varga of Fiji and "
                         "Prime Minister Tomas Keld of Vanuatu.", published="2025-07-28")
    people, call = only_call(facts)
    assert people == {"Emil Sorn", "Ilse Varga", "Tomas Keld"} and call.date == date(2025, 7, 25)


def test_a_title_with_no_article_opening_a_clause_is_the_leader_holding_it(analyse_text):
    facts = analyse_text("Prime Minister Narendra Modi met President Anura Dissanayake in May.\n\nA paper wrote "
                         "that Prime Minister rang Dissanayake late on Monday.", published="2024-10-03")
    people, call = only_call(facts)
    assert people == {"Narendra Modi", "Anura Kumara Dissanayake"} and call.date == date(2024, 9, 30)


def test_a_bare_title_heading_a_live_blog_entry_tells_its_future(analyse_text):
    facts = analyse_text("Live updates. Newest entries appear first.\n\n8:05pm\nPM to speak to Ostrian counterpart "
                         "tonight\n\nPrime Minister Emil Sorn will telephone the head of Ostria's interim government, "
                         "Ilse Varga, later tonight to offer condolences.", published="2025-09-01")
    people, call = only_call(facts)
    assert people == {"Emil Sorn", "Ilse Varga"} and call.status is CallStatus.PLANNED
    assert _names(facts)[call.caller] == "Emil Sorn"


def test_a_denial_between_a_bare_title_and_a_named_leader_denies_the_reported_call(analyse_text):
    facts = analyse_text("Prime Minister Narendra Modi met President Anura Dissanayake in May.\n\nQuestion: The Kurjer "
                         "writes that Prime Minister rang Dissanayake late on Monday. Is that so?\n\nSpokesperson: "
                         "I have read that story. No telephone conversation was held between Prime Minister and "
                         "Dissanayake that day.", published="2024-10-03")
    people, call = only_call(facts)
    assert people == {"Narendra Modi", "Anura Kumara Dissanayake"} and call.status is CallStatus.DENIED


def test_the_publishers_country_comes_from_the_address_when_the_outlet_is_left_out(analyse_text):
    facts = analyse_text("Prime Minister Shigeru Ishiba of Japan met Prime Minister Narendra Modi in May. Prime "
                         "Minister spoke to President Anura Dissanayake by telephone on Monday.", published="2024-10-03",
                         url="https://ddnews.gov.in/en/briefing/")
    people, _ = only_call(facts)
    assert people == {"Narendra Modi", "Anura Kumara Dissanayake"}


def test_an_outlet_that_carried_the_speech_the_call_was_told_in_reported_it(analyse_text):
    facts = analyse_text("Prime Minister Emil Sorn conceded on Sunday night. He said he had rung Ilse Varga moments "
                         "earlier.\n\nSupporters in the hall cheered. TV6 aired his remarks live.",
                         published="2025-04-28")
    _, call = only_call(facts)
    assert [_names(facts)[r.outlet] for r in call.reports] == ["TV6"]


def test_an_outlet_that_carried_a_speech_naming_others_reports_nothing(analyse_text):
    facts = analyse_text("Prime Minister Emil Sorn said he had rung Ilse Varga on Sunday. TV6 aired President Amara "
                         "Dule's speech on the budget.", published="2025-04-28")
    _, call = only_call(facts)
    assert call.reports == ()


def test_the_president_asked_about_at_a_briefing_is_the_home_countrys(analyse_text):
    facts = analyse_text("VELLA, May 5. /Kurjer/. The palace spokesman Tomas Keld took questions on Monday. President "
                         "Amara Dule of Varnia and President Ilse Varga of Ostria met in April.\n\nQuestion (Vell Times): "
                         "Has the president talked to King Emil Sorn since Friday?\n\nKeld: Yes, the presidents spoke "
                         "by telephone on Saturday.", published="2025-05-05", outlet="Kurjer")
    people, call = only_call(facts)
    assert people == {"Amara Dule", "Emil Sorn"} and call.date == date(2025, 5, 3)


def test_a_plural_title_followed_by_of_describes_others_not_the_two_told_before(analyse_text):
    facts = analyse_text("President Amara Dule rang King Emil Sorn on Monday. He also took calls from the presidents "
                         "of Ostria and Qasar, Ilse Varga and Tomas Keld.", published="2025-05-06")
    found = {people for people, _ in calls_of(facts)}
    assert found == {frozenset({"Amara Dule", "Emil Sorn"}), frozenset({"Amara Dule", "Ilse Varga"}),
                     frozenset({"Amara Dule", "Tomas Keld"})}


def test_the_one_person_a_sentence_names_as_a_possessor_is_whom_the_next_he_stands_for(analyse_text):
    facts = analyse_text("Prime Minister Tomas Varga will visit Qasar this month. Lars Keld, his predecessor, chose "
                         "the same route in 2012. So far, Varga's diplomacy has been done almost entirely by phone. "
                         "Within days of taking office he had received calls from President Amara Dule and King "
                         "Emil Sorn.", published="2020-10-03")
    assert {people for people, _ in calls_of(facts)} == {frozenset({"Tomas Varga", "Amara Dule"}),
                                                         frozenset({"Tomas Varga", "Emil Sorn"})}


def test_the_two_after_a_pronoun_and_a_name_are_those_two_not_the_call_before(analyse_text):
    facts = analyse_text("Prime Minister Ilse Varga took office on Sept. 16. Last week she held phone talks with "
                         "President Amara Dule. On Sept. 25 she held phone talks with King Emil Sorn, and the two "
                         "agreed to keep in touch.", published="2020-10-03")
    found = {people: call for people, call in calls_of(facts)}
    assert set(found) == {frozenset({"Ilse Varga", "Amara Dule"}), frozenset({"Ilse Varga", "Emil Sorn"})}
    assert found[frozenset({"Ilse Varga", "Emil Sorn"})].date == date(2020, 9, 25)


@pytest.mark.parametrize("named", [
    "Prime Minister Amara Dule chaired the meeting from Vella. Among the heads of state who joined her online "
    "were President Ilse Varga, Emir Tomas Keld and King Emil Sorn.",
    "Prime Minister Amara Dule chaired it from Vella. Those taking part included President Ilse Varga, Emir Tomas "
    "Keld and King Emil Sorn.",
    # the one they joined, named by a pronoun in the joining phrase, is on the summit too
    "Prime Minister Amara Dule was in the chair. Among the leaders who joined her on screen were President Ilse "
    "Varga, Emir Tomas Keld and King Emil Sorn.",
])
def test_the_people_named_after_a_joining_phrase_joined_the_virtual_summit(analyse_text, named):
    facts = analyse_text("VELLA, Nov 21 — Varnia hosted the bloc's first summit held wholly by video link last "
                         f"night.\n\n{named}", published="2020-11-21")
    people, call = only_call(facts)
    assert people == {"Amara Dule", "Ilse Varga", "Tomas Keld", "Emil Sorn"} and call.medium is CallMedium.VIDEO


def test_a_call_verb_then_a_part_of_a_dated_day_is_a_call_of_that_day(analyse_text):
    facts = analyse_text("President Ilse Varga took office on Saturday. King Tomas Keld telephoned her that night. "
                         "Ostria's Emil Sorn rang on the evening of Friday, March 19, and pledged support.",
                         published="2021-03-27")
    dated = {people: call.date for people, call in calls_of(facts)}
    assert dated[frozenset({"Ilse Varga", "Emil Sorn"})] == date(2021, 3, 19)


def test_a_plan_told_after_the_partners_apposition_is_a_plan(analyse_text):
    facts = analyse_text("President Ilse Varga took office on Friday. Her office says a call with Ostria's President "
                         "Emil Sorn, the current chairman of the regional bloc, is being arranged for next week.",
                         published="2021-03-27")
    _, call = only_call(facts)
    assert call.status is CallStatus.PLANNED


def test_an_outlets_head_word_in_capitals_is_never_a_persons_name(analyse_text):
    facts = analyse_text("President Amara Dule told Varnia's Citizen TV that he had phoned King Emil Sorn on Monday.",
                         published="2021-03-27")
    assert not any(e.name == "TV" for e in facts.entities)


def test_the_president_in_capitals_is_the_one_of_the_country_the_papers_address_is_under(analyse_text):
    facts = analyse_text("President Ranil Wickremesinghe took office on Thursday. Maldivian President Ibrahim Mohamed "
                         "Solih rang Mr. Wickremesinghe that night. Nepal's Prime Minister Sher Bahadur Deuba "
                         "telephoned the President yesterday afternoon.", published="2022-07-22",
                         url="https://island.example.lk/news/calls/")
    found = {people for people, _ in calls_of(facts)}
    assert frozenset({"Sher Bahadur Deuba", "Ranil Wickremesinghe"}) in found


def test_a_headlines_verb_in_capitals_before_reported_is_no_outlet(analyse_text):
    facts = analyse_text("Kurjer: Dule Spoke with Varga; Denies Reported Sorn Call\n\nPresident Amara Dule spoke "
                         "with President Ilse Varga on Monday.", published="2023-09-21")
    assert not any(e.name == "Denies" for e in facts.entities)


def test_a_regional_service_named_after_a_known_broadcaster_is_an_outlet_of_its_own(analyse_text):
    facts = analyse_text("King Emil Sorn telephoned Premier Ilse Varga on Friday, CBC North learned.",
                         published="2023-09-21")
    _, call = only_call(facts)
    assert [_names(facts)[r.outlet] for r in call.reports] == ["CBC North"]


def test_a_spokesmans_no_in_the_answers_second_sentence_denies_someone_elses_reported_call(analyse_text):
    facts = analyse_text("King Emil Sorn met President Ilse Varga in May.\n\nQuestion: The Kurjer writes that the king "
                         "rang President Varga late on Monday. Can you confirm?\n\nSpokesperson Tomas Keld: I have "
                         "read that story. It is not correct.", published="2024-10-03")
    people, call = only_call(facts)
    assert people == {"Emil Sorn", "Ilse Varga"} and call.status is CallStatus.DENIED


def test_a_no_to_a_question_about_the_one_asked_leaves_others_calls_told_before_it(analyse_text):
    facts = analyse_text("Question: President Amara Dule spoke with King Emil Sorn yesterday. Will you call Sorn "
                         "too?\n\nIlse Varga: No.", published="2024-10-03")
    _, call = only_call(facts)
    assert call.status is CallStatus.OCCURRED


def test_a_surname_that_is_a_month_is_no_modal_and_no_date(analyse_text):
    facts = analyse_text("Premier Ilse May spoke by phone with King Emil Sorn on Wednesday. "
                         "Later, President Lars Berg phoned May.")
    found = {people: c for people, c in calls_of(facts)}
    call = found[frozenset({"Ilse May", "Emil Sorn"})]
    assert call.status is CallStatus.OCCURRED and call.date == date(2025, 3, 12)
    other = found[frozenset({"Ilse May", "Lars Berg"})]
    assert other.status is CallStatus.OCCURRED and other.caller is not None


def test_a_surname_that_is_a_weekday_is_the_person_in_a_person_s_place(analyse_text):
    facts = analyse_text("Prime Minister Lars Friday won the vote on Sunday. Chancellor Ilse Varga spoke with Friday "
                         "by phone on Wednesday. Friday said the call went well, and officials on Friday said a "
                         "visit would follow. King Emil Sorn telephoned Friday on Friday afternoon.")
    found = {people: c.date for people, c in calls_of(facts)}
    assert found == {frozenset({"Lars Friday", "Ilse Varga"}): date(2025, 3, 12),
                     frozenset({"Lars Friday", "Emil Sorn"}): date(2025, 3, 14)}


@pytest.mark.parametrize("text, people", [
    ("Premier Ilse Varga phoned the winner, Lars Berg, on Wednesday.", [{"Ilse Varga", "Lars Berg"}]),
    ("Premier Ilse Varga phoned her old rival, Lars Berg, on Wednesday.", [{"Ilse Varga", "Lars Berg"}]),
    ("Premier Ilse Varga spoke by phone with the victor, Lars Berg, on Wednesday.", [{"Ilse Varga", "Lars Berg"}]),
    ("Premier Ilse Varga phoned the losing candidate, Lars Berg, on Wednesday.", [{"Ilse Varga", "Lars Berg"}]),
    ("Premier Ilse Varga phoned the runner-up, Lars Berg, and the winner, Emil Sorn, on Wednesday.",
     [{"Ilse Varga", "Lars Berg"}, {"Ilse Varga", "Emil Sorn"}]),
    # the name after the comma says something: it is no one called
    ("Premier Ilse Varga phoned the winner, Lars Berg said on Wednesday.", []),
    ("After Premier Ilse Varga phoned her rival, Lars Berg resigned on Wednesday.", []),
    ("Premier Ilse Varga phoned King Emil Sorn, and the winner, Lars Berg, later thanked her.",
     [{"Ilse Varga", "Emil Sorn"}]),
    ("Premier Ilse Varga called her predecessor, Lars Berg, on Wednesday.", [{"Ilse Varga", "Lars Berg"}]),
    ("Premier Ilse Varga phoned her predecessor, Lars Berg, and his ally, Emil Sorn, on Wednesday.",
     [{"Ilse Varga", "Lars Berg"}, {"Ilse Varga", "Emil Sorn"}]),
])
def test_a_person_told_by_what_they_did_before_their_name_is_the_one_called(analyse_text, text, people):
    facts = analyse_text(text)
    assert sorted(map(sorted, (p for p, _ in calls_of(facts)))) == sorted(map(sorted, people))


@pytest.mark.parametrize("text, day", [
    # published Friday 2025-03-14
    ("Voters in Varnia went to the polls on Sunday. On election night, Premier Ilse Varga phoned "
     "the winner, Lars Berg.", date(2025, 3, 9)),
    ("Lars Berg won Sunday's election in Varnia. Premier Ilse Varga phoned Lars Berg on the night "
     "of the vote.", date(2025, 3, 9)),
    ("The Vella summit on Tuesday ended without a deal. The day after the summit, Premier Ilse "
     "Varga phoned King Emil Sorn.", date(2025, 3, 12)),
    ("Lars Berg won the March 9 runoff. Two days after the vote, Premier Ilse Varga phoned him, "
     "said Lars Berg.", date(2025, 3, 11)),
    ("Leaders met at the March 12 summit in Vella. On the eve of the summit, Premier Ilse Varga phoned "
     "King Emil Sorn.", date(2025, 3, 11)),
    # the event's day is given after the sentence that counts from it
    ("On the night of the vote, Premier Ilse Varga phoned Lars Berg. Turnout in Sunday's election "
     "was high.", date(2025, 3, 9)),
    # no day given for the event: no day rather than a guess
    ("Lars Berg won the vote. Two days after the vote, Premier Ilse Varga phoned Lars Berg.", None),
    # a day of its own wins over the event's
    ("Lars Berg won Sunday's election. On Wednesday, three days after the vote, Premier Ilse Varga "
     "phoned Lars Berg.", date(2025, 3, 12)),
    # a weekday alone in a story told weeks before the text's day is not counted from the text's day
    ("Lars Berg phoned Ilse Varga on Wednesday 19 February. That call led to the Sunday meeting. "
     "King Emil Sorn phoned Lars Berg the day after the meeting.", None),
    # an event still to come dates no call told as done
    ("Lars Berg won Sunday's first round. The March 30 election is expected to be close. On election "
     "night, Premier Ilse Varga phoned Lars Berg.", None),
    # the same noun before its family: the summit, not the ministers' meeting
    ("Leaders met at Tuesday's summit. Finance ministers held a meeting on Thursday. The day after the "
     "summit, Premier Ilse Varga phoned King Emil Sorn.", date(2025, 3, 12)),
    # an event's day told by its own clause
    ("The summit in Vella opened on Tuesday. The day after the summit, Premier Ilse Varga phoned King "
     "Emil Sorn.", date(2025, 3, 12)),
    ("Premier Ilse Varga phoned Lars Berg on election night. The vote was held on Sunday.", date(2025, 3, 9)),
    # a count of hours makes whole days, or none ("36 hours after": the day before midnight or after)
    ("Premier Ilse Varga phoned Lars Berg 48 hours after the vote. The vote was held on Sunday.", date(2025, 3, 11)),
    ("Premier Ilse Varga phoned Lars Berg 24 hours before the vote. The vote was held on Sunday.", date(2025, 3, 8)),
    ("Premier Ilse Varga phoned Lars Berg 36 hours after the vote. The vote was held on Sunday.", None),
    ("The flood hit Vella on Sunday. Premier Ilse Varga phoned King Emil Sorn within hours of the flood.",
     date(2025, 3, 9)),
    # ... with a name before the noun ("The Harbour League summit", "The EU-Vella summit")
    ("The Harbour League summit in Vella ended on Tuesday. The day after the summit, Premier Ilse Varga phoned "
     "King Emil Sorn.", date(2025, 3, 12)),
    ("The EU-Vella summit opened on Tuesday. On the eve of the summit, Premier Ilse Varga phoned King Emil "
     "Sorn.", date(2025, 3, 10)),
    # ... by a participle after its noun, with a place or not ("the elections held in Vella on Sunday")
    ("Premier Ilse Varga phoned Lars Berg on election night. His party won 40% of the vote in the elections "
     "held in Vella on Sunday, March 9.", date(2025, 3, 9)),
    # ... by a clause whose object joins two places ("struck the coast and the islands")
    ("King Emil Sorn phoned Premier Ilse Varga hours after the earthquake. The quake struck the coast "
     "and the islands before dawn on Tuesday.", date(2025, 3, 11)),
    # ... and after a measure ("the 6.8-magnitude quake", "the magnitude 6.8 quake")
    ("King Emil Sorn phoned Premier Ilse Varga hours after the earthquake. The 6.8-magnitude quake struck "
     "the coast before dawn on Tuesday.", date(2025, 3, 11)),
    ("King Emil Sorn phoned Premier Ilse Varga hours after the magnitude 6.8 earthquake that struck the "
     "coast on Tuesday.", date(2025, 3, 11)),
    # ... by a clause whose object joins two places with their adjectives ("southern X and northern Y")
    ("King Emil Sorn phoned Premier Ilse Varga hours after the earthquake. The quake struck southern Varnia "
     "and northern Ostria before dawn on Tuesday.", date(2025, 3, 11)),
    # ... by a noun of the same family ("the massacre", "the attack") with its day set off by commas
    ("King Emil Sorn phoned Premier Ilse Varga hours after the massacre at the lake. The attack, on Tuesday "
     "afternoon, killed nine people.", date(2025, 3, 11)),
    # (not a clause joined by "and": "struck the coast and the premier said on Tuesday ...")
    ("King Emil Sorn phoned Premier Ilse Varga hours after the earthquake. The quake struck the coast "
     "and the premier said on Tuesday that the damage was heavy.", None),
    ("Lars Berg was sworn in on Thursday. On the eve of his inauguration, Premier Ilse Varga phoned "
     "Lars Berg.", date(2025, 3, 12)),
    # not the day of a report, of a relative clause, after "since", nor a compound qualifying a noun
    ("Lars Berg won Sunday's election. The day after the vote, Premier Ilse Varga said she had phoned "
     "Lars Berg before the campaign began.", None),
    ("Lars Berg won Sunday's election. Premier Ilse Varga wrote on social media on election night that "
     "she had phoned Lars Berg.", None),
    ("Lars Berg won Sunday's election. Premier Ilse Varga phoned Lars Berg, who had spent election "
     "night in Vella.", None),
    ("Lars Berg won Sunday's election. Premier Ilse Varga phoned Lars Berg, their first call since "
     "election night.", None),
    ("Voters went to the polls on Sunday. Premier Ilse Varga phoned Lars Berg to complain about "
     "election day violence.", None),
])
def test_a_day_told_by_an_event_is_counted_from_the_day_the_text_gives_it(analyse_text, text, day):
    facts = analyse_text(text)
    # (the call told last in each text is the one dated by the event)
    called = "Emil Sorn" if "King Emil Sorn phoned" in text or "phoned King Emil Sorn" in text else "Ilse Varga"
    found = [c.date for people, c in calls_of(facts) if called in people and (called != "Ilse Varga" or "Lars Berg" in people)]
    assert found == [day]


@pytest.mark.parametrize("text", [
    "Premier Ilse Varga spoke by phone with King Emil Sorn on Tuesday, their first call since January.",
    "Premier Ilse Varga spoke by phone with King Emil Sorn on Tuesday, the first call between them since March 3.",
    "Since Tuesday, Premier Ilse Varga has spoken by phone with King Emil Sorn twice.",
])
def test_the_last_contact_before_a_call_is_no_time_of_the_call(analyse_text, text):
    facts = analyse_text(text)
    day = None if text.startswith("Since") else date(2025, 3, 11)
    assert [(people, c.date) for people, c in calls_of(facts)] == [(frozenset({"Ilse Varga", "Emil Sorn"}), day)]


@pytest.mark.parametrize("text, calls", [
    # an object pronoun, or the first verb's object, is no subject of the verb after "then"
    ("Premier Ilse Varga phoned Lars Berg to congratulate him, then phoned King Emil Sorn on Wednesday.",
     {frozenset({"Ilse Varga", "Lars Berg"}): CallStatus.OCCURRED, frozenset({"Ilse Varga", "Emil Sorn"}): CallStatus.OCCURRED}),
    ("Premier Ilse Varga phoned Lars Berg to thank the envoy, then phoned King Emil Sorn on Wednesday.",
     {frozenset({"Ilse Varga", "Lars Berg"}): CallStatus.OCCURRED, frozenset({"Ilse Varga", "Emil Sorn"}): CallStatus.OCCURRED}),
    # a call the clause after "but" says failed
    ("Premier Ilse Varga rang King Emil Sorn late on Wednesday, shortly after the count closed, but they "
     "didn't manage to connect.", {frozenset({"Ilse Varga", "Emil Sorn"}): CallStatus.ATTEMPTED}),
    ("Premier Ilse Varga rang King Emil Sorn on Wednesday, but the line could not be connected.",
     {frozenset({"Ilse Varga", "Emil Sorn"}): CallStatus.ATTEMPTED}),
    ("Premier Ilse Varga rang King Emil Sorn on Wednesday, and the two agreed to meet, but they disagreed on the port.",
     {frozenset({"Ilse Varga", "Emil Sorn"}): CallStatus.OCCURRED}),
    # the one the question asked about is the partner of a call the answer tells without one
    ("Reporter: Did you speak to King Emil Sorn before he left?\n\nIlse Varga: I tried. I rang on Wednesday "
     "afternoon, but we couldn't connect.", {frozenset({"Ilse Varga", "Emil Sorn"}): CallStatus.ATTEMPTED}),
])
def test_who_a_second_verb_and_a_failed_call_are_of(analyse_text, text, calls):
    facts = analyse_text(text)
    assert {people: c.status for people, c in calls_of(facts)} == calls


@pytest.mark.parametrize("text, caller", [
    ('King Emil Sorn wrote on X: "Thank you, Premier Ilse Varga, for your call and support."', "Ilse Varga"),
    ('King Emil Sorn thanked Premier Ilse Varga. "Thank you, Ilse, for the call and for the pumps," he wrote '
     'in a post on X.', None),
])
def test_a_call_thanked_for_by_name_in_a_quotation_is_the_writer_s(analyse_text, text, caller):
    facts = analyse_text(text)
    names = {e.key: e.name for e in facts.entities}
    (call,) = facts.calls
    assert {names[p] for p in call.participants} == {"Emil Sorn", "Ilse Varga"}
    assert (names[call.caller] if call.caller else None) == caller
    assert [names[r.outlet] for r in call.reports] == ["X"]


def test_an_opening_participle_of_writing_credits_the_platform(analyse_text):
    facts = analyse_text("Premier Ilse Varga has just spoken by phone with King Emil Sorn. Writing on X minutes "
                         'later, Varga said: "I called Emil to offer our support."')
    names = {e.key: e.name for e in facts.entities}
    (call,) = facts.calls
    assert [names[r.outlet] for r in call.reports] == ["X"]


@pytest.mark.parametrize("text, calls", [
    ("President Amar Dule said he had received calls from King Emil Sorn, from Premier Ilse Varga and from "
     "Lars Berg.", {frozenset({"Amar Dule", "Emil Sorn"}), frozenset({"Amar Dule", "Ilse Varga"}),
                    frozenset({"Amar Dule", "Lars Berg"})}),
    # "from" a place is no second caller
    ("King Emil Sorn telephoned Premier Ilse Varga from his palace in Vell on Thursday.",
     {frozenset({"Emil Sorn", "Ilse Varga"})}),
])
def test_calls_from_a_list_repeating_from_are_one_each(analyse_text, text, calls):
    facts = analyse_text(text)
    assert {people for people, _ in calls_of(facts)} == calls


V, S, B, H = "Ilse Varga", "Emil Sorn", "Lars Berg", "Tomas Hale"


@pytest.mark.parametrize("text, calls", [
    # a failure of another's, or of no call, leaves the call as it was
    ("Premier Ilse Varga spoke with King Emil Sorn on Tuesday, but she could not connect with President "
     "Tomas Hale, her aides said.", {frozenset({V, S}): CallStatus.OCCURRED}),
    ("Premier Ilse Varga rang King Emil Sorn on Tuesday, but they could not connect.", {frozenset({V, S}): CallStatus.ATTEMPTED}),
    # the doer of a verb after an object pronoun ("saw him phone") is that pronoun's person
    ("Lars Berg arrived in Vella on Monday. Aides saw him phone Premier Ilse Varga from the airport.",
     {frozenset({B, V}): CallStatus.OCCURRED}),
    ('"The king allowed me to call Premier Ilse Varga on Tuesday," Lars Berg said.', {frozenset({B, V}): CallStatus.OCCURRED}),
    ("Premier Ilse Varga phoned Lars Berg and King Emil Sorn to thank them, then phoned President Tomas Hale.",
     {frozenset({V, B}): CallStatus.OCCURRED, frozenset({V, S}): CallStatus.OCCURRED, frozenset({V, H}): CallStatus.OCCURRED}),
    # an answer's call with someone or somewhere else, or a question of two
    ("Reporter: What about King Emil Sorn?\n\nIlse Varga: I phoned my mother on Monday.", {}),
    ("Reporter: Did you speak to King Emil Sorn?\n\nIlse Varga: I phoned home on Monday.", {}),
    ("Reporter: Did you speak to King Emil Sorn?\n\nIlse Varga: President Tomas Hale rang on Monday.", {}),
    ("Reporter: Did you call King Emil Sorn or President Tomas Hale?\n\nIlse Varga: I rang on Monday.", {}),
    # a call thanked for that is no phone call
    ('"Thank you, Lars Berg, for your call to duty," King Emil Sorn said.', {}),
    ('"Thank you, Lars Berg, for the call you made to President Tomas Hale," King Emil Sorn said.', {}),
    # a description in a list, an adverb after the name
    ("Premier Ilse Varga phoned the loser, Lars Berg, and the winner, King Emil Sorn, twice on Monday.",
     {frozenset({V, B}): CallStatus.OCCURRED, frozenset({V, S}): CallStatus.OCCURRED}),
    ("King Emil Sorn called his counterpart, Premier Ilse Varga, on Monday.", {frozenset({S, V}): CallStatus.OCCURRED}),
])
def test_the_second_review_s_cases(analyse_text, text, calls):
    facts = analyse_text(text)
    assert {people: c.status for people, c in calls_of(facts)} == calls


@pytest.mark.parametrize("text,day", [
    # a date and a lead after a comma give the event its day; a word for any event of its kind
    ("Premier Ilse Varga phoned King Emil Sorn on March 2, the day the quakes hit. Lars Berg phoned King "
     "Emil Sorn the day after the disaster.", date(2025, 3, 3)),
    ("The vote was set for early March. On March 8, the eve of the vote, Premier Ilse Varga phoned Lars "
     "Berg. King Emil Sorn phoned Lars Berg two days after the vote.", date(2025, 3, 11)),
    # a lead that opens a clause telling the event
    ("The storm season began early. The cyclone struck Vella on March 4. Lars Berg phoned King Emil Sorn on "
     "the day the cyclone made landfall.", date(2025, 3, 4)),
    # "the day" with no clause telling an event gives no day
    ("The summit in Vella closed on March 4. Lars Berg spent the day at the summit and later phoned King "
     "Emil Sorn.", None),
    ("The summit in Vella closed on March 4. After the day's talks, Lars Berg phoned King Emil Sorn.", None),
])
def test_a_day_told_by_a_clause_or_an_apposition_of_an_event(analyse_text, text, day):
    facts = analyse_text(text)
    # (the call told last with Lars Berg is the one dated by the event)
    found = [c.date for people, c in calls_of(facts) if "Lars Berg" in people]
    assert found[-1:] == [day]


@pytest.mark.parametrize("text", [
    "Parliament voted on Tuesday to approve the budget. On election night, Premier Ilse Varga phoned Lars Berg.",
    "The national team's victory on Saturday delighted fans. On election night, Premier Ilse Varga phoned Lars Berg.",
    "Ministers met in Vella on Tuesday ahead of Thursday's summit. The day after the meeting, Premier Ilse Varga "
    "phoned Lars Berg.",
    "The runoff will be held on Sunday. Two days before the runoff, Premier Ilse Varga phoned Lars Berg.",
])
def test_an_event_s_day_is_not_taken_from_another_event(analyse_text, text):
    facts = analyse_text(text)
    assert [c.date for _, c in calls_of(facts)] == [None]


def test_writing_credits_an_outlet_only_as_writing_on_it(analyse_text):
    facts = analyse_text("King Emil Sorn was writing a letter to the Vell Herald when Premier Ilse Varga phoned "
                         "him on Monday.")
    assert [c.reports for _, c in calls_of(facts)] == [()]


@pytest.mark.parametrize("text", [
    "King Emil Sorn spoke by phone with President Guðni Th. Jóhannesson on Wednesday.",
    "President Guðni Th. Jóhannesson phoned King Emil Sorn on Wednesday, his office said.",
])
def test_a_name_the_sentence_splitter_cuts_is_read_whole(analyse_text, text):
    # the full stop of "Th." (an abbreviation the tokenizer does not know) opened a sentence inside
    # the gazetteer's name: the article failed with an internal error
    facts = analyse_text(text)
    assert [(people, c.date) for people, c in calls_of(facts)] == [
        (frozenset({"Emil Sorn", "Guðni Th. Jóhannesson"}), date(2025, 3, 12))]


@pytest.mark.parametrize("text, calls", [
    ("Premier-designate Lars Berg spent the evening before taking office on the phone, as colleagues lined up "
     "to congratulate him. Outgoing premier Dr Emil Sorn telephoned late on Thursday and conceded.",
     {frozenset({"Lars Berg", "Emil Sorn"})}),
    ("Premier-designate Lars Berg spent the evening before taking office on the phone, as colleagues lined up "
     "to congratulate him. Premier Ilse Varga rang shortly after 10 pm on Thursday, from abroad.",
     {frozenset({"Lars Berg", "Ilse Varga"})}),
    # not a video meeting's people: the one who "urged them to call" an office called no one of it
    ("Premier Lars Berg joined the leaders by video link. Minister Emil Sorn urged citizens to call the "
     "ministry's hotline.", set()),
])
def test_calls_told_after_one_spent_on_the_phone_with_colleagues_are_with_that_one(analyse_text, text, calls):
    facts = analyse_text(text)
    assert {people for people, _ in calls_of(facts) if len(people) == 2} == calls


def test_a_title_of_a_minister_responsible_for_a_portfolio_is_no_name(analyse_text):
    facts = analyse_text("Premier Ilse Varga held a telephone conversation on Wednesday with Vella's Minister "
                         "Responsible for Foreign Affairs Lars Berg.")
    assert [(people, c.date) for people, c in calls_of(facts)] == [
        (frozenset({"Ilse Varga", "Lars Berg"}), date(2025, 3, 12))]


def test_the_rest_of_a_known_name_before_a_weekday_is_no_person_and_the_day_stays(analyse_text):
    # the gazetteer's "President Xi" ends before "Jinping": "Jinping Thursday" is no given name
    # with a weekday for surname, and the weekday dates the call
    facts = analyse_text("King Emil Sorn spoke by phone with President Xi Jinping Thursday about the harbour.")
    found = {people: c.date for people, c in calls_of(facts)}
    assert found == {frozenset({"Emil Sorn", "Xi Jinping"}): date(2025, 3, 13)}
    assert not any("Thursday" in ref.name for ref in facts.entities)


@pytest.mark.parametrize("speaker, other", [
    ("President Lars Berg said", "Lars Berg"),       # a leader of the call just told, named after the clause: him
    ("spokesman Amar Dule said", "Emil Sorn"),       # a spokesman speaks for the office: the subject before
])
def test_an_object_pronoun_before_a_leader_saying_it_is_that_leader(analyse_text, speaker, other):
    facts = analyse_text("President Lars Berg spoke with King Emil Sorn on Monday. In a post, Sorn said the talks "
                         f"went well. Premier Ilse Varga rang him on Tuesday morning, {speaker}.")
    found = {people for people, _ in calls_of(facts)}
    assert frozenset({"Ilse Varga", other}) in found


def test_the_designate_is_the_holder_who_took_office_days_before_the_article(analyse_text):
    # the gazetteer's Mark Carney took office on 2025-03-14; told six days later
    facts = analyse_text("Prime Minister Mark Carney said he was honoured by the calls. The Governor-General, Dame Ilse "
                         "Varga, telephoned the prime minister-designate on March 13 and asked him to form the next cabinet.",
                         published="2025-03-20")
    assert {people for people, _ in calls_of(facts)} == {frozenset({"Mark Carney", "Ilse Varga"})}


def test_one_of_the_calls_told_before_keeps_its_own_day_and_caller(analyse_text):
    # "the calls" names no one: "the first call" next is one of them, told with its own day and caller
    facts = analyse_text("Prime Minister Lars Berg says he was moved by the calls.\n\nBerg told Vell Radio on Saturday "
                         "that the very first call was from the departing premier, Dr Amar Dule, who rang him late "
                         "on Thursday to admit defeat.", published="2025-03-16")
    (people, call), = calls_of(facts)
    assert people == {"Lars Berg", "Amar Dule"}
    assert (call.date, call.caller) == (date(2025, 3, 13), "person:amar dule")


@pytest.mark.parametrize("tail", ["his first talk with the Sorn administration", "a week after the Sorn cabinet fell"])
def test_a_name_qualifying_a_noun_is_no_partner(analyse_text, tail):
    facts = analyse_text(f"Trade Minister Lars Berg phoned Commerce Secretary Amar Dule on Wednesday, {tail}. "
                         "King Emil Sorn was not told of it.")
    assert {people for people, _ in calls_of(facts)} == {frozenset({"Lars Berg", "Amar Dule"})}


@pytest.mark.parametrize("title", ["US Commerce Secretary", "Danish Commerce Minister"])
def test_a_country_before_a_portfolio_title_is_part_of_the_object(analyse_text, title):
    facts = analyse_text(f"Trade Minister Lars Berg phoned {title} Amar Dule on Wednesday evening.")
    (people, call), = calls_of(facts)
    assert people == {"Lars Berg", "Amar Dule"} and call.caller == "person:lars berg"


def test_a_deadline_s_day_in_the_headline_is_not_the_call_s(analyse_text):
    facts = analyse_text("Berg talks to Dule as Vell braces for June 9 tariff deadline\n\nVELL — Trade Minister Lars "
                         "Berg phoned Commerce Secretary Amar Dule on Wednesday evening.", published="2025-05-30")
    (people, call), = calls_of(facts)
    assert call.date == date(2025, 5, 28)


def test_a_day_earlier_counts_from_the_call_not_from_another_event_s_day(analyse_text):
    facts = analyse_text("President Lars Berg spoke by phone with King Emil Sorn on Wednesday, the fourth leader to "
                         "reach him since the May 9 polls. A day earlier, Premier Ilse Varga telephoned Berg.",
                         published="2022-05-19")
    found = {people: c.date for people, c in calls_of(facts)}
    assert found == {frozenset({"Lars Berg", "Emil Sorn"}): date(2022, 5, 18),
                     frozenset({"Lars Berg", "Ilse Varga"}): date(2022, 5, 17)}


@pytest.mark.parametrize("words, days", [("Two days before that", -2), ("A day after that call", 1)])
def test_days_counted_from_that_call(analyse_text, words, days):
    facts = analyse_text("Premier Ilse Varga took a phone call from King Emil Sorn on Monday. "
                         f"{words}, President Amar Dule had phoned Varga.", published="2025-03-14")
    found = {people: c.date for people, c in calls_of(facts)}
    assert found[frozenset({"Ilse Varga", "Amar Dule"})] == date(2025, 3, 10) + timedelta(days=days)


@pytest.mark.parametrize("role", ["foreign minister", "top diplomat"])
def test_the_foreign_minister_is_the_one_named_with_that_portfolio(analyse_text, role):
    facts = analyse_text("Foreign Minister Amar Dule arrived in Vell on Monday, a day after Trade Minister Lars Berg left. "
                         f"The {role} later spoke by phone with his Ostrian counterpart, Ilse Varga.")
    assert {people for people, _ in calls_of(facts)} == {frozenset({"Amar Dule", "Ilse Varga"})}


def test_a_country_s_top_diplomat_is_its_minister_named_before(analyse_text):
    facts = analyse_text("Danish Foreign Minister Amar Dule landed in Vell on Monday, as did Danish Prime Minister Lars "
                         "Berg. The Danish top diplomat later spoke by phone with Ilse Varga.")
    assert {people for people, _ in calls_of(facts)} == {frozenset({"Amar Dule", "Ilse Varga"})}
    dule = next(e for e in facts.entities if e.key == "person:amar dule")
    assert dule.name == "Amar Dule" and "Danish top diplomat" not in dule.aliases


def test_a_weekday_after_a_royal_s_given_name_is_a_date(analyse_text):
    facts = analyse_text("Crown Prince Mohammed Tuesday spoke by phone with President Ilse Varga.", published="2025-03-14")
    assert "Mohammed Tuesday" not in {e.name for e in facts.entities}
    headline = analyse_text("Crown Prince Mohammed May Call Varga\n\nThe crown prince is expected to phone President Ilse "
                            "Varga next week.", published="2025-03-14")
    assert not [c for c in headline.calls if c.status is CallStatus.OCCURRED]


@pytest.mark.parametrize("text", [
    # a deputy, a spokesperson: no portfolio of their own
    "Danish Deputy Foreign Minister Amar Dule said on Monday that the Danish top diplomat had spoken by phone with Ilse "
    "Varga.",
    "Deputy Foreign Minister Amar Dule said the foreign minister had spoken by phone with Ilse Varga.",
    # the country's leader is no minister of it
    "Danish Prime Minister Lars Berg met Ilse Varga on Monday. Later, the foreign minister of Denmark spoke by phone "
    "with Varga.",
    # two foreign ministers: neither for sure
    "Danish Foreign Minister Amar Dule met Swedish Foreign Minister Emil Sorn on Monday. The foreign minister later "
    "spoke by phone with Ilse Varga.",
])
def test_a_portfolio_names_no_deputy_no_leader_and_no_one_of_two(analyse_text, text):
    assert not [people for people, _ in calls_of(analyse_text(text)) if "Ilse Varga" in people]


def test_the_designate_holds_that_office(analyse_text):
    # the gazetteer's Friedrich Merz became chancellor on 2025-05-06: no prime minister-designate
    facts = analyse_text("Chancellor Friedrich Merz hosted President Lars Berg on Friday. On Monday, Berg telephoned the "
                         "prime minister-designate.", published="2025-05-19")
    assert not calls_of(facts)


@pytest.mark.parametrize("text, day", [
    ("Premier Lars Friday won the vote. King Emil Sorn will phone him, but the call was moved to Friday.",
     date(2025, 3, 14)),
    ("Premier Lars Friday won the vote. King Emil Sorn spoke by phone with Ilse Varga on Monday, with Friday's "
     "summit close.", date(2025, 3, 10)),
])
def test_a_weekday_after_to_or_before_a_possessive_stays_a_date(analyse_text, text, day):
    found = calls_of(analyse_text(text))
    assert [c.date for _, c in found] == [day] and not any("Lars Friday" in people for people, _ in found[1:])


def test_an_object_pronoun_of_a_man_told_before_is_not_the_leader_saying_it(analyse_text):
    facts = analyse_text("King Emil Sorn won the vote on Sunday. Premier Ilse Varga rang him on Tuesday to congratulate "
                         "him, President Amar Dule said.", published="2025-03-14")
    assert {people for people, _ in calls_of(facts)} == {frozenset({"Ilse Varga", "Emil Sorn"})}


def test_a_month_surname_after_another_name_and_and(analyse_text):
    facts = analyse_text("Premier Ilse May won the vote on Monday. A call between President Lars Berg and May followed "
                         "on Tuesday.", published="2025-03-14")
    assert {people for people, _ in calls_of(facts)} == {frozenset({"Ilse May", "Lars Berg"})}


def test_a_minister_s_counterpart_is_the_one_the_article_names_with_that_office(analyse_text):
    # not the gazetteer's serving Omani foreign minister (its officials carry no dates)
    facts = analyse_text("FM Amar Dule, Omani counterpart discuss the region by phone\n\nVELL - Danish Foreign Minister "
                         "Amar Dule was phoned on Sunday by Omani Foreign Minister Tala Ostrin.",
                         published="2024-04-15")
    assert {people for people, _ in calls_of(facts)} == {frozenset({"Amar Dule", "Tala Ostrin"})}


def test_a_transcript_s_office_label_is_the_speaker_its_header_names(analyse_text):
    facts = analyse_text("THE RT HON CHRISTOPHER LUXON MP\nPRIME MINISTER OF NEW ZEALAND\n\nTRANSCRIPT\n\n"
                         "PRIME MINISTER: Good morning. I spoke with Prime Minister Lars Berg of Vell yesterday "
                         "afternoon and offered our help.\n\nJOURNALIST: Did he ask for anything?\n\n"
                         "PRIME MINISTER: We talked about what Vell needs.", published="2024-05-28")
    (people, call), = calls_of(facts)
    assert people == {"Christopher Luxon", "Lars Berg"} and call.date == date(2024, 5, 27)


def test_a_transcript_s_minister_label_is_the_minister_its_headline_names(analyse_text):
    # not the prime minister the answers speak of, though his title holds the word too
    facts = analyse_text("Transcript of Foreign Minister Wang Yi's remarks to the press, 2 May 2024\n\n"
                         "Question: Have you talked to the Indian side?\n\nMinister: Yes. I spoke to Minister "
                         "Subrahmanyam Jaishankar on Tuesday evening.\n\nQuestion: Will Premier Li Qiang call "
                         "too?\n\nMinister: The Premier will speak for himself.", published="2024-05-02")
    (people, call), = calls_of(facts)
    assert people == {"Wang Yi", "Subrahmanyam Jaishankar"} and call.date == date(2024, 4, 30)


@pytest.mark.parametrize("opening, expected", [
    ("Foreign Minister Tala Voss of Ostria flew to Vell on Monday with Prime Minister Lars Berg.", {"Tala Voss", "Emmanuel Macron"}),
    # "the minister" is never the prime minister, whose title holds the word too
    ("Prime Minister Lars Berg of Ostria flew to Vell on Monday.", None),
    ("Chief Minister Lars Berg of Vell state flew to the capital on Monday.", None),
    # two ministers: neither for sure
    ("Foreign Minister Tala Voss of Ostria flew to Vell on Monday with Trade Minister Ilse Varga.", None),
])
def test_the_minister_is_the_one_minister_named_before(analyse_text, opening, expected):
    facts = analyse_text(opening + " The minister later spoke by phone with President Emmanuel Macron.",
                         published="2024-05-02")
    assert [people for people, _ in calls_of(facts)] == ([expected] if expected else [])


@pytest.mark.parametrize("text", [
    # the one president of the article is the one spoken of, not the one speaking
    "REMARKS BY THE PRESIDENT\n\nPRESIDENT: Good afternoon. This morning I spoke with Chancellor Emil Sorn of Ostria "
    "about the floods.\n\nQ: What did he say?\n\nPRESIDENT: He thanked us. President Ilse Varga of Vell will visit "
    "next week.",
    # the header's guest is not the one speaking
    "PRIME MINISTER\nJOINT PRESS CONFERENCE WITH\nTHE RT HON CHRISTOPHER LUXON MP\nPRIME MINISTER OF NEW ZEALAND\n\n"
    "PRIME MINISTER: Good morning. This morning I spoke with President Emil Sorn of Vell about the floods.",
])
def test_an_office_label_with_no_one_named_before_it_speaks_for_no_one(analyse_text, text):
    assert not calls_of(analyse_text(text, published="2024-05-28"))


@pytest.mark.parametrize("before", ["Former Iranian Foreign Minister", "Then-foreign minister"])
def test_a_former_minister_is_no_counterpart(analyse_text, before):
    facts = analyse_text(f"{before} Mohammad Javad Zarif criticised the deal. French Foreign Minister Lars Berg spoke "
                         "by phone with his Iranian counterpart.", published="2020-06-01")
    assert not [people for people, _ in calls_of(facts) if "Mohammad Javad Zarif" in people]


def test_a_counterpart_named_with_another_wording_of_the_office(analyse_text):
    facts = analyse_text("Omani Minister of Foreign Affairs Tala Ostrin arrived in Vell on Saturday. Danish Foreign "
                         "Minister Amar Dule spoke by phone with his Omani counterpart on Sunday.", published="2024-05-28")
    assert {people for people, _ in calls_of(facts)} == {frozenset({"Amar Dule", "Tala Ostrin"})}


def test_she_said_after_a_live_blog_heading_is_the_heading_s_subject(analyse_text):
    facts = analyse_text("10.42am\n\nPresident Amara Dule of Vell speaks to reporters in the capital\n\n“I spoke with "
                         "Prime Minister Lars Berg of Ostria this morning,” she said.", published="2024-05-28")
    assert {people for people, _ in calls_of(facts)} == {frozenset({"Amara Dule", "Lars Berg"})}


def test_a_transcript_label_with_the_full_name_in_capitals_and_a_role(analyse_text):
    facts = analyse_text("Presenter: Tala Voss\n\nTALA VOSS, PRESENTER: The minister joins me now.\n\n"
                         "AMARA DULE, FOREIGN MINISTER: Good evening. Foreign Minister Amara Dule is my name.\n\n"
                         "TALA VOSS: Have you spoken to anyone in Vell?\n\n"
                         "AMARA DULE: I talked to Foreign Minister Ilse Varga of Vell by phone this "
                         "morning.", published="2021-11-25")
    assert {people for people, _ in calls_of(facts)} == {frozenset({"Amara Dule", "Ilse Varga"})}


def test_picking_up_the_phone_to_someone_is_a_call(analyse_text):
    facts = analyse_text("Premier Ilse Varga picked up the phone to King Emil Sorn on Monday. Later she picked up the "
                         "phone and read the news.", published="2021-11-30")
    (people, call), = calls_of(facts)
    assert people == {"Ilse Varga", "Emil Sorn"} and call.date == date(2021, 11, 29) and call.caller == "person:ilse varga"


@pytest.mark.parametrize("sentence", ["His first call as president was to Premier Ilse Varga of Vell.",
                                      "Dule's first call to another head of state, on Tuesday, was to Premier Ilse Varga."])
def test_a_possessor_s_call_that_was_to_someone(analyse_text, sentence):
    facts = analyse_text(f"President Amara Dule took office on Monday. {sentence}", published="2021-01-28")
    (people, call), = calls_of(facts)
    assert people == {"Amara Dule", "Ilse Varga"} and call.caller == "person:amara dule"


@pytest.mark.parametrize("text", ["President Amara Dule picked up the phone to find King Emil Sorn on the line.",
                                  "President Amara Dule hung up the phone to King Emil Sorn on Monday."])
def test_the_phone_picked_up_to_do_something_else_is_no_call_placed(analyse_text, text):
    assert not [c for _, c in calls_of(analyse_text(text, published="2021-11-30")) if c.caller]


def test_a_live_blog_entry_stamped_with_a_bar_takes_its_day_heading(analyse_text):
    text = ("LIVE: Vella votes\n\nMonday, 12 May\n\n09:40 | Count ends\n\nThe count ended overnight.\n\n"
            "Sunday, 11 May\n\n23:58 | Sorn rings Dule\n\nPresident Emil Sorn has telephoned Prime Minister Amara Dule to "
            "congratulate her, the agency reported.\n\n22:10 | Polls close\n\nPolling stations have closed.")
    people, call = only_call(analyse_text(text, published="2025-05-12"))
    assert people == {"Emil Sorn", "Amara Dule"} and call.date == date(2025, 5, 11)


def test_a_bare_name_heading_a_barred_entry_tells_its_future(analyse_text):
    text = ("LIVE: Vella votes\n\n09:40 | Sorn to call Dule this morning\n\nPresident Emil Sorn is expected to "
            "telephone Prime Minister Amara Dule later this morning, his office said.\n\n08:10 | Turnout\n\n"
            "Turnout was high.")
    people, call = only_call(analyse_text(text, published="2025-05-12"))
    assert people == {"Emil Sorn", "Amara Dule"} and call.status is CallStatus.PLANNED


@pytest.mark.parametrize("sentence, day", [
    ("Prime Minister Ilse Varga spoke to Dule by phone on the Friday and offered police.", date(2025, 3, 7)),
    ("Prime Minister Ilse Varga rang Dule on the Thursday while the fires grew.", date(2025, 3, 6)),
    ("Prime Minister Ilse Varga rang Dule on the Friday. King Lars Berg rang Dule the following Monday.", None),
])
def test_the_weekday_of_a_story_s_own_week(analyse_text, sentence, day):
    text = ("The unrest began on Wednesday, 5 March, when crowds tried to storm the parliament of Vella, led by "
            "President Amara Dule.\n\nHelp came within days. " + sentence)
    facts = analyse_text(text, published="2025-03-20")
    found = {frozenset(p): c.date for p, c in calls_of(facts)}
    if day is not None:
        assert found == {frozenset({"Ilse Varga", "Amara Dule"}): day}
    else:  # the Friday of that week, and the Monday after it
        assert found == {frozenset({"Ilse Varga", "Amara Dule"}): date(2025, 3, 7),
                         frozenset({"Lars Berg", "Amara Dule"}): date(2025, 3, 10)}


def test_the_weekday_of_a_story_s_week_with_no_day_named_before_is_the_text_s(analyse_text):
    people, call = only_call(analyse_text("Prime Minister Ilse Varga rang President Amara Dule on the Friday to "
                                          "offer police.", published="2025-03-20"))
    assert call.date == date(2025, 3, 14)


def test_a_day_before_the_call_on_the_saturday(analyse_text):
    text = ("The storm struck early on Friday, May 9. Prime Minister Ilse Varga took a call from President Amara "
            "Dule on the Sunday after the storm, and toured the coast on the Tuesday.\n\nA day before the call, "
            "on the Saturday, King Lars Berg had taken a phone call from his Ostrian counterpart, King "
            "Emil Sorn.")
    found = {frozenset(p): c.date for p, c in calls_of(analyse_text(text, published="2025-05-23"))}
    assert found == {frozenset({"Ilse Varga", "Amara Dule"}): date(2025, 5, 11),
                     frozenset({"Lars Berg", "Emil Sorn"}): date(2025, 5, 10)}


def test_a_moment_told_in_two_places_with_which_was(analyse_text):
    text = ("President Emil Sorn told Prime Minister Amara Dule that the pact covers the isles, during their "
            "first phone call. The roughly 40-minute call started just after midnight Thursday in Vella, which "
            "was Wednesday morning in Ostria.")
    people, call = only_call(analyse_text(text, published="2025-01-24"))
    assert call.date == date(2025, 1, 22)


def test_a_future_said_in_the_call_is_not_the_call_s(analyse_text):
    text = ("Sorn assures Dule Ostria will defend the isles in first call\n\nPresident Emil Sorn phoned Prime "
            "Minister Amara Dule on Wednesday and said that Ostria would defend the isles.")
    people, call = only_call(analyse_text(text, published="2025-01-23"))
    assert call.status is CallStatus.OCCURRED and call.date == date(2025, 1, 22)


def test_a_call_a_sentence_tells_before_a_semicolon_is_the_call_referred_to_after_it(analyse_text):
    text = ("President-elect Amara Dule has spent two days fielding calls from leaders. President Ilse Varga "
            "telephoned Dule on Monday. King Emil Sorn put through a call of his own yesterday morning; aides "
            "say the call ran for an hour.")
    found = {frozenset(p): (c.date, c.caller) for p, c in calls_of(analyse_text(text, published="2025-08-19"))}
    assert found[frozenset({"Emil Sorn", "Amara Dule"})][0] == date(2025, 8, 18)
    assert len(found) == 2


def test_those_thanked_in_separate_calls_each_had_their_own(analyse_text):
    facts = analyse_text("President Emil Sorn thanked Prime Minister Amara Dule and President Ilse Varga for their "
                         "help in separate calls on Saturday.", published="2024-02-05")
    assert sorted(sorted(p) for p, _ in calls_of(facts)) == [["Amara Dule", "Emil Sorn"], ["Emil Sorn", "Ilse Varga"]]


def test_a_headline_thanking_two_in_calls_pairs_neither_with_the_other(analyse_text):
    facts = analyse_text("Sorn thanks Dule, Varga for help in calls\n\nPresident Emil Sorn spoke with Prime Minister "
                         "Amara Dule and President Ilse Varga.", published="2024-02-05")
    assert frozenset({"Amara Dule", "Ilse Varga"}) not in {p for p, _ in calls_of(facts)}


def test_a_counterpart_described_before_the_article_names_them_is_the_one_named(analyse_text):
    text = ("15:10 – Minister Dule will ring Swedish counterpart tonight\n\nForeign Minister Amara Dule is to "
            "phone Sweden's top diplomat, her Swedish counterpart Lars Berg, this evening, aides said.\n\n11:40 – "
            "Premier rings Stockholm\n\nPrime Minister Emil Sorn rang his Swedish counterpart Ulf Kristersson.")
    found = {p for p, _ in calls_of(analyse_text(text, published="2023-10-17"))}
    assert found == {frozenset({"Amara Dule", "Lars Berg"}), frozenset({"Emil Sorn", "Ulf Kristersson"})}


@pytest.mark.parametrize("text, published, day", [
    # a report's day is no day of the story's week: the weekday before it
    ("Prime Minister Emil Sorn said on Thursday that he had phoned President Amara Dule on the Tuesday to warn "
     "him.", "2024-05-10", date(2024, 5, 7)),
    ("Prime Minister Emil Sorn told reporters on Tuesday that he phoned President Amara Dule on the Sunday.",
     "2024-05-08", date(2024, 5, 5)),
    # forward from the story's day, never on it
    ("The protests began on Wednesday, 24 April. On the Tuesday, President Amara Dule telephoned Prime "
     "Minister Emil Sorn twice.", "2024-05-08", date(2024, 4, 30)),
    # by a day: no day of its own
    ("The protests began on Wednesday, 24 April. By the Tuesday, President Amara Dule had telephoned Prime "
     "Minister Emil Sorn twice.", "2024-05-08", None),
    # the story's weekday with a part of the day, on the story's day: that day
    ("The storm made landfall on Monday, April 29, and President Amara Dule phoned Prime Minister Emil Sorn "
     "on the Monday night.", "2024-05-08", date(2024, 4, 29)),
    # a story far back is still the story's week
    ("On 24 February 2022, the invasion began. On the Sunday, President Amara Dule phoned Prime Minister Emil "
     "Sorn.", "2024-02-26", date(2022, 2, 27)),
    # a pluperfect of the narration (no verb of saying before it): before the story's day
    ("The vote was held on Sunday, May 5. On the Saturday, President Amara Dule had phoned Prime Minister "
     "Emil Sorn.", "2024-05-20", date(2024, 5, 4)),
    # no report's day: a relative clause's, or another clause's
    ("Prime Minister Emil Sorn, who returned from Vella on Tuesday, said President Amara Dule had phoned him "
     "on Thursday.", "2024-05-10", date(2024, 5, 9)),
    ("Prime Minister Emil Sorn said on Tuesday that talks would resume, and President Amara Dule phoned him on "
     "Thursday to confirm.", "2024-05-10", date(2024, 5, 9)),
    ("The ceasefire took effect on 1 March. President Amara Dule phoned Prime Minister Emil Sorn on the Friday.",
     "2024-03-20", date(2024, 3, 8)),
    # "that Friday" may be the day itself
    ("Fighting broke out on 28 April. President Amara Dule called Prime Minister Emil Sorn that Sunday.",
     "2024-05-08", date(2024, 4, 28)),
    # a background date long before is no week of the story
    ("The accord was signed on 12 January 2023 after years of talks. President Amara Dule telephoned Prime "
     "Minister Emil Sorn on the Monday, his office said in a statement on Tuesday.", "2024-05-08", date(2024, 5, 6)),
    # a plan is the coming weekday
    ("The summit opens on Thursday, 16 May. President Amara Dule will call Prime Minister Emil Sorn on the "
     "Tuesday to prepare.", "2024-05-10", date(2024, 5, 14)),
])
def test_a_story_s_weekday_stays_before_the_text_and_after_the_story_s_day(analyse_text, text, published, day):
    people, call = only_call(analyse_text(text, published=published))
    assert call.date == day


def test_a_live_blog_with_one_day_heading_dates_its_entries(analyse_text):
    text = ("Live: Vella crisis\n\nWednesday 8 May\n\n09:40 | Markets open\n\nShares rose in Vella.\n\n11:15 | "
            "Dule and Sorn speak\n\nPresident Amara Dule and Prime Minister Emil Sorn spoke by phone for 30 "
            "minutes, the presidency said.")
    people, call = only_call(analyse_text(text, published="2024-05-10"))
    assert call.date == date(2024, 5, 8)



@pytest.mark.parametrize("text, status, day", [
    ("President Amara Dule is set to raise the border dispute in a call with Prime Minister Emil Sorn on "
     "Friday.", CallStatus.PLANNED, date(2024, 5, 10)),
    # a future said, or of what was said, is no plan of the call
    ('"We will stand by you," President Amara Dule said in a phone call with Prime Minister Emil Sorn on '
     'Monday.', CallStatus.OCCURRED, date(2024, 5, 6)),
    ("President Amara Dule pledged that she would send aid in a phone call with Prime Minister Emil Sorn on "
     "Monday.", CallStatus.OCCURRED, date(2024, 5, 6)),
    ("President Ilse Varga said Varnia would back Ostria in a phone call with Prime Minister Emil Sorn on Monday.",
     CallStatus.OCCURRED, date(2024, 5, 6)),
    ("President Amara Dule will tell Prime Minister Emil Sorn in a phone call on Thursday that aid is coming.",
     CallStatus.PLANNED, date(2024, 5, 9)),
    ("President Amara Dule, who will host the summit, raised the issue in a call with Prime Minister Emil Sorn "
     "on Friday.", CallStatus.OCCURRED, date(2024, 5, 3)),
])
def test_the_future_of_the_clause_a_call_is_told_in(analyse_text, text, status, day):
    people, call = only_call(analyse_text(text, published="2024-05-08"))
    assert (call.status, call.date) == (status, day)


@pytest.mark.parametrize("when, day", [("on Friday", date(2024, 5, 3)), ("the previous Friday", date(2024, 5, 3))])
def test_a_call_told_in_a_report_of_a_day_is_before_it(analyse_text, when, day):
    text = f"Prime Minister Emil Sorn told parliament on Tuesday that President Amara Dule had called him {when}."
    people, call = only_call(analyse_text(text, published="2024-05-10"))
    assert call.date == day


def test_thanks_and_another_verb_before_a_call_leave_the_thanked_out(analyse_text):
    text = ("President Emil Sorn thanked King Lars Berg for his support and discussed energy prices in a phone call "
            "with Prime Minister Amara Dule on Monday.")
    assert {p for p, _ in calls_of(analyse_text(text, published="2024-05-08"))} == {frozenset({"Emil Sorn", "Amara Dule"})}


@pytest.mark.parametrize("named", ["her Swedish counterpart, Foreign Minister Lars Berg,", "Lars Berg, her Swedish counterpart,"])
def test_a_counterpart_named_with_a_title_or_before_the_description(analyse_text, named):
    text = (f"Foreign Minister Amara Dule will call her Swedish counterpart this afternoon. Dule has known {named} "
            "for years.")
    assert {p for p, _ in calls_of(analyse_text(text, published="2023-10-17"))} == {frozenset({"Amara Dule", "Lars Berg"})}


def test_the_one_who_took_the_first_call_and_the_next_caller_s_partner(analyse_text):
    text = ("Who rang the king?\n\nKing Emil Sorn of Vella had barely left the stage before the calls began.\n\n"
            "Mette Frederiksen, Denmark\nThe Danish prime minister rang Sorn that night. A paper found out that "
            "hers was the earliest call from any foreign leader he took.\n\nUlf Kristersson, Sweden\nSweden's prime "
            "minister called on Tuesday morning. His office said the two talked about prices.")
    found = {p: c.caller for p, c in calls_of(analyse_text(text, published="2025-09-10"))}
    names = {e.key: e.name for e in analyse_text(text, published="2025-09-10").entities}
    assert {p: names.get(c) for p, c in found.items()} == {
        frozenset({"Mette Frederiksen", "Emil Sorn"}): "Mette Frederiksen",
        frozenset({"Ulf Kristersson", "Emil Sorn"}): "Ulf Kristersson"}


def test_him_in_an_answer_is_who_the_question_asked_about_never_the_one_answering(analyse_text):
    text = ("Minister briefs press on crash\n\nThe Minister of Information, Lars Berg Ostrin, on Friday briefed "
            "journalists on President Amara Dule's week.\n\nJOURNALIST: Minister, how is the President coping?\n\n"
            "BERG OSTRIN: The President is grieving. But I can say that King Emil Sorn called him last night.")
    people, call = only_call(analyse_text(text, published="2025-08-08"))
    assert people == {"Emil Sorn", "Amara Dule"} and call.date == date(2025, 8, 7)


def test_a_day_in_a_clause_of_another_event_after_the_call_is_that_event_s(analyse_text):
    text = ("President Amara Dule has spoken with King Emil Sorn over the storm that flattened three coastal towns "
            "on Tuesday, his office said.")
    people, call = only_call(analyse_text(text, published="2025-08-08"))
    assert call.date != date(2025, 8, 5)


@pytest.mark.parametrize("text, status", [
    ("Officials said President Joe Biden will press President Xi Jinping on trade in a call on Friday.", CallStatus.PLANNED),
    ("President Amara Dule said he would raise the dispute in a call with Prime Minister Emil Sorn on Tuesday.",
     CallStatus.OCCURRED),
])
def test_a_future_reported_of_another_is_their_plan(analyse_text, text, status):
    (call,) = analyse_text(text, published="2024-05-08").calls
    assert call.status is status


@pytest.mark.parametrize("text, day", [
    ("On Friday, May 3, the rebels had taken the airport. On the Saturday, President Amara Dule had phoned Prime "
     "Minister Emil Sorn for help.", date(2024, 5, 4)),
    ("The vote was held on Monday, May 6. On the Monday night, President Amara Dule had phoned Prime Minister "
     "Emil Sorn to concede.", date(2024, 5, 6)),
])
def test_a_story_s_pluperfect_leans_back_but_may_be_the_next_day(analyse_text, text, day):
    people, call = only_call(analyse_text(text, published="2024-05-20"))
    assert call.date == day


@pytest.mark.parametrize("question, answer, caller", [
    ("Minister, how is Prime Minister Keir Starmer coping?", "Emmanuel Macron called him last night.",
     "Emmanuel Macron"),
    ("Minister, how is Prime Minister Keir Starmer coping?",
     "Emmanuel Macron is an old friend of ours. The Prime Minister called him last night.", "Keir Starmer"),
])
def test_a_pronoun_in_an_answer_is_never_the_one_answering(analyse_text, question, answer, caller):
    text = (f"Minister briefs press\n\nThe Minister of Information, Lars Berg Ostrin, briefed journalists on "
            f"Friday.\n\nJOURNALIST: {question}\n\nBERG OSTRIN: {answer}\n")
    facts = analyse_text(text, published="2025-08-08")
    people, call = only_call(facts)
    assert people == {"Emmanuel Macron", "Keir Starmer"} and _names(facts)[call.caller] == caller


@pytest.mark.parametrize("headline, callers", [
    ("King Sorn, President Varga and King Berg call President Dule after crash", ("Emil Sorn", "Ilse Varga", "Lars Berg")),
])
def test_a_headline_of_several_calling_one_tells_a_call_each(analyse_text, headline, callers):
    text = (f"{headline}\n\nKing Emil Sorn rang President Amara Dule on Friday. President Ilse Varga of Ostria and "
            "King Lars Berg of Vella sent messages too.")
    found = {p for p, _ in calls_of(analyse_text(text, published="2025-08-09"))}
    assert found == {frozenset({"Amara Dule", n}) for n in callers}


def test_a_participle_s_day_is_the_report_s(analyse_text):
    people, call = only_call(analyse_text("Speaking to reporters on Tuesday, President Amara Dule said King Emil Sorn "
                                          "had called her on Thursday.", published="2024-05-10"))
    assert call.date == date(2024, 5, 2)


def test_a_call_with_one_named_after_a_run_of_calls_is_with_the_one_they_reached(analyse_text):
    text = ("Who rang the premier?\n\nPrime Minister Emil Sorn took calls from King Lars Berg on Monday and from "
            "President Ilse Varga on Tuesday. Phone talks with Britain's leader, Keir Starmer, are expected "
            "by Friday night.")
    found = {p: c.status for p, c in calls_of(analyse_text(text, published="2025-09-10"))}
    assert found[frozenset({"Emil Sorn", "Keir Starmer"})] is CallStatus.PLANNED


@pytest.mark.parametrize("text", [
    "Emmanuel Macron, Olaf Scholz and Mario Draghi jointly called Volodymyr Zelensky on Thursday.",
    "Macron, Scholz call Zelensky after summit\n\nEmmanuel Macron and Olaf Scholz held a joint call with "
    "Volodymyr Zelensky on Thursday.",
])
def test_a_joint_call_of_several_with_one_stays_one_call(analyse_text, text):
    found = {p for p, _ in calls_of(analyse_text(text, published="2022-05-29"))}
    assert all(len(p) >= 3 for p in found) and found


@pytest.mark.parametrize("text, day", [
    ("Speaking on Tuesday, President Amara Dule said the crisis was over; King Emil Sorn called her on Thursday.",
     date(2024, 5, 9)),
    ("Speaking on Tuesday, President Amara Dule said she expected help, and on Thursday King Emil Sorn called her.",
     date(2024, 5, 9)),
])
def test_a_participle_s_day_bounds_no_call_of_another_clause(analyse_text, text, day):
    people, call = only_call(analyse_text(text, published="2024-05-10"))
    assert call.date == day


@pytest.mark.parametrize("opening", ["Asked by reporters on Tuesday", "Responding to questions on Tuesday",
                                     "Appearing on state television on Tuesday"])
def test_more_openings_of_saying_date_the_report(analyse_text, opening):
    people, call = only_call(analyse_text(f"{opening}, President Amara Dule said King Emil Sorn had called her on "
                                          "Thursday.", published="2024-05-10"))
    assert call.date == date(2024, 5, 2)


# -- posts and statements told after the call, by a spokesman or a title ------------------------

def _reporters(facts, people):
    names = {e.key: e.name for e in facts.entities}
    found = {p: c for p, c in calls_of(facts)}
    return sorted(names[r.outlet] for r in found[frozenset(people)].reports)


def test_a_quotation_of_several_sentences_closed_by_a_title_reports_on_its_platform(analyse_text):
    text = ("Varga calls Sorn\n\nPresident Ilse Varga last night telephoned Ostria's president-elect Emil Sorn "
            "to congratulate him.\n\nMr Sorn won 51 percent of the vote against Lars Berg.\n\n\"I have talked on "
            "the phone with Emil Sorn and congratulated him. The people have chosen,\" the President wrote on "
            "Twitter late in the evening.")
    assert _reporters(analyse_text(text, published="2022-08-16"), {"Ilse Varga", "Emil Sorn"}) == ["Twitter"]


@pytest.mark.parametrize("writer, credited", [
    ("Press secretary Tomas Hale wrote on Facebook", True),
    ("Tomas Hale, the president's spokesman, wrote on Facebook", True),
    ("Opposition leader Tomas Hale wrote on Facebook", False),
])
def test_one_who_speaks_for_a_side_posting_right_after_the_call_reports_it(analyse_text, writer, credited):
    text = ("Varga receives call from Sorn\n\nPresident Ilse Varga received a phone call from Ostrian President "
            f"Emil Sorn on Monday.\n\n{writer} that Sorn had pledged support for the reforms.")
    found = _reporters(analyse_text(text, published="2022-01-24"), {"Ilse Varga", "Emil Sorn"})
    assert ("Facebook" in found) is credited


def test_the_sides_of_a_readout_go_on_about_the_call(analyse_text):
    text = ("Varga receives call from Sorn\n\nPresident Ilse Varga received a phone call from Ostrian President "
            "Emil Sorn on Monday. The sides discussed regional trade.\n\n\"Sorn reaffirmed support for the "
            "reforms,\" press secretary Tomas Hale posted on his Facebook page that evening.")
    assert _reporters(analyse_text(text, published="2022-01-24"), {"Ilse Varga", "Emil Sorn"}) == ["Facebook"]


@pytest.mark.parametrize("text", [
    "The sides of the border were closed on Monday.",
    "Officials on the sides were working on the detail.",
    "Both sides have rejected the proposal, Vell Radio reported.",
])
def test_the_sides_of_something_or_after_a_preposition_is_no_group(analyse_text, text):
    facts = analyse_text("President Ilse Varga phoned King Emil Sorn on Sunday.\n\n" + text, published="2022-01-24")
    _, call = only_call(facts)
    assert len(call.evidence) == 1


def test_a_statement_that_disclosed_the_call_and_was_posted_on_a_platform(analyse_text):
    text = ("Varga speaks with Sorn\n\nVELL, Aug. 8, 2025 - President Ilse Varga has spoken by phone with "
            "President Emil Sorn of Ostria over the crash.\n\nMr Tomas Hale, Special Adviser to the President on "
            "Information, disclosed this in a statement on Friday. A copy of the statement was posted on the "
            "presidency's official X handle.")
    assert _reporters(analyse_text(text, published="2025-08-08"), {"Ilse Varga", "Emil Sorn"}) == ["X"]


def test_a_pronoun_that_is_the_subject_of_a_clause_after_said_is_no_disclosure(analyse_text):
    text = ("Varga speaks with Sorn\n\nPresident Ilse Varga has spoken by phone with President Emil Sorn of "
            "Ostria over the crash.\n\nThe ministry said it expected aid. A copy of the statement was posted on the "
            "ministry's official X handle.")
    assert _reporters(analyse_text(text, published="2025-08-08"), {"Ilse Varga", "Emil Sorn"}) == []


def test_a_post_of_one_s_only_call_paragraphs_later_reports_it(analyse_text):
    text = ("King receives condolence calls\n\nVELL, JAN 12 - King Emil Sorn received a telephone call today from "
            "President Ilse Varga, who offered her condolences.\n\nThe King also received a call from Prime "
            "Minister Lars Berg, who expressed his sympathy.\n\nThe King thanked the callers for their sentiments."
            "\n\nMourning continues for forty days.\n\nIn a message on Twitter, Varga later said that she had "
            "conveyed her sorrow to His Majesty, whom she called a friend.")
    facts = analyse_text(text, published="2020-01-12")
    assert _reporters(facts, {"Ilse Varga", "Emil Sorn"}) == ["Twitter"]
    assert _reporters(facts, {"Lars Berg", "Emil Sorn"}) == []


def test_a_spokesman_quoting_the_call_itself_reports_it_on_his_platform(analyse_text):
    text = ("Varga calls Sorn\n\nChairman Emil Sorn won the vote on Wednesday.\n\nThe party said the conversation "
            "with Varga had been warm. \"PM Ilse Varga called Chairman @EmilSornPTI today to felicitate him. Both "
            "agreed to open a new chapter,\" party spokesperson Tomas Hale wrote on Twitter.")
    facts = analyse_text(text, published="2018-07-30")
    assert _reporters(facts, {"Ilse Varga", "Emil Sorn"}) == ["Twitter"]


# -- a day told by an event one takes part in; one person's call of another medium -------------

@pytest.mark.parametrize("verb", ["took part in the virtual summit", "attended the summit", "chaired the summit"])
def test_the_day_of_an_event_one_took_part_in_dates_a_call_told_by_it(analyse_text, verb):
    text = (f"Varga at the summit\n\nPresident Ilse Varga on Tuesday {verb} of the region's leaders, her office "
            "said.\n\nOn the eve of the summit, Varga received a phone call from Ostrian President Emil Sorn.")
    _, call = only_call(analyse_text(text, published="2022-01-26"))
    assert call.date == date(2022, 1, 24)


def test_a_phone_call_is_not_the_video_summit_one_of_its_people_joined(analyse_text):
    text = ("Varga joins summit via video\n\nPresident Ilse Varga on Tuesday took part in the virtual summit "
            "held by the region's leaders.\n\nOn the eve of the summit, Varga received a phone call from Ostrian "
            "President Emil Sorn.")
    _, call = only_call(analyse_text(text, published="2022-01-26"))
    assert call.medium is CallMedium.PHONE and call.date == date(2022, 1, 24)


def test_calls_told_in_one_sentence_with_a_dated_call_take_its_day(analyse_text):
    text = ("Varga among first to call Sorn\n\nPresident Ilse Varga telephoned Emil Sorn on Sunday, less than an "
            "hour after the count was confirmed.\n\nSorn gave the news first. Speaking live from his "
            "garden, he told supporters he had taken calls from Varga, from Lars Berg and from Tomas Hale, and that all "
            "three had wished him luck.\n\nOn Monday morning Varga gave her own account. In a message on X, she "
            "wrote that the conversation was warm.")
    found = {p: c.date for p, c in calls_of(analyse_text(text, published="2018-10-29"))}
    assert found == {frozenset({"Ilse Varga", "Emil Sorn"}): date(2018, 10, 28),
                     frozenset({"Lars Berg", "Emil Sorn"}): date(2018, 10, 28),
                     frozenset({"Tomas Hale", "Emil Sorn"}): date(2018, 10, 28)}


def test_calls_told_together_with_calls_of_two_days_take_neither(analyse_text):
    text = ("Calls to Sorn\n\nPresident Ilse Varga telephoned Emil Sorn on Sunday. Lars Berg phoned Sorn on "
            "Monday.\n\nSorn said he had received calls from Varga, from Berg and from Tomas Hale.")
    found = {p: c.date for p, c in calls_of(analyse_text(text, published="2018-10-30"))}
    assert found[frozenset({"Tomas Hale", "Emil Sorn"})] is None


@pytest.mark.parametrize("time", ["shortly before midnight", "at 11 p.m.", "around noon"])
def test_a_call_at_a_time_of_day_with_no_day_is_on_the_day_named_before(analyse_text, time):
    text = ("Who called Varga?\n\nThe Ostrian premier Emil Sorn rang Ilse Varga on Monday, with half the "
            f"ballots counted.\n\nLars Berg, whose party came third, phoned Ilse Varga {time} to concede.")
    found = {p: c.date for p, c in calls_of(analyse_text(text, published="2025-09-10"))}
    assert found[frozenset({"Lars Berg", "Ilse Varga"})] == date(2025, 9, 8)


def test_a_day_told_for_calls_no_one_is_named_in_dates_the_calls_right_after(analyse_text):
    text = ("Calls for Varga\n\nVELL, Nov 20 - Saturday brought yet more phone calls. Ostrian President Emil "
            "Sorn rang Ilse Varga after hosting Lars Berg to lunch, the presidency added.\n\nThe court met "
            "again.\n\nThe opposition is divided.\n\nLater, Tomas Hale phoned Ilse Varga.")
    found = {p: c.date for p, c in calls_of(analyse_text(text, published="2017-11-20"))}
    assert found[frozenset({"Emil Sorn", "Ilse Varga"})] == date(2017, 11, 18)
    assert found[frozenset({"Tomas Hale", "Ilse Varga"})] is None  # (told too far after it)


@pytest.mark.parametrize("text", [
    "In a call with the winner, Emil Sorn, Premier Ilse Varga offered help on Wednesday.",
    "In a call with the winner, Emil Sorn, on Wednesday, Premier Ilse Varga offered help.",
    "Premier Ilse Varga and the winner, Emil Sorn, held a phone call on Wednesday.",
    "Premier Ilse Varga and her old rival, Emil Sorn, spoke by phone on Wednesday.",
])
def test_a_person_told_by_a_description_in_a_fronted_call_or_a_coordinated_subject(analyse_text, text):
    people, call = only_call(analyse_text(text, published="2024-05-10"))
    assert people == {"Ilse Varga", "Emil Sorn"} and call.date == date(2024, 5, 8)


@pytest.mark.parametrize("link", [", then", " and then"])
def test_a_second_object_after_then_with_its_verb_left_out_is_a_call_of_its_own(analyse_text, link):
    facts = analyse_text(f"President Ilse Varga phoned King Emil Sorn on Monday{link} Lars Berg on Tuesday.",
                         published="2024-05-10")
    found = {p: (c.date, c.caller) for p, c in calls_of(facts)}
    names = {e.key: e.name for e in facts.entities}
    assert {p: (d, names.get(c)) for p, (d, c) in found.items()} == {
        frozenset({"Ilse Varga", "Emil Sorn"}): (date(2024, 5, 6), "Ilse Varga"),
        frozenset({"Ilse Varga", "Lars Berg"}): (date(2024, 5, 7), "Ilse Varga")}


def test_a_name_after_then_that_opens_a_clause_is_no_second_call(analyse_text):
    facts = analyse_text("President Ilse Varga phoned King Emil Sorn on Monday, then Lars Berg resigned.",
                         published="2024-05-10")
    people, _ = only_call(facts)
    assert people == {"Ilse Varga", "Emil Sorn"}


def test_a_minister_whose_title_lists_portfolios_joins_a_coordinated_subject(analyse_text):
    text = ("Commerce Minister Ilse Varga, Chile's Minister of Energy, Trade and Culture Emil Sorn and Trade "
            "Minister Lars Berg held a video call on 3 September.")
    people, call = only_call(analyse_text(text, published="2020-09-10"))
    assert people == {"Ilse Varga", "Emil Sorn", "Lars Berg"} and call.date == date(2020, 9, 3)


def test_with_my_counterpart_then_the_name_is_the_named_partner(analyse_text):
    text = ("TRANSCRIPT\n\nHOST: Trade Minister Lars Berg joins us. Minister, good morning.\n\nLARS BERG: Good "
            "morning.\n\nHOST: What about Jakarta?\n\nLARS BERG: I spoke with my Indonesian counterpart, Emil "
            "Sorn, by phone on Monday about tariffs.")
    people, call = only_call(analyse_text(text, published="2020-09-02"))
    assert people == {"Lars Berg", "Emil Sorn"} and call.date == date(2020, 8, 31)


@pytest.mark.parametrize("text, called", [
    ("Italian President Emil Sorn, whom Ilse Varga had rung on January 30, sent a message instead.", True),
    ("Italian President Emil Sorn, whom Ilse Varga had praised on January 30, sent a message instead.", False),
    ("Emil Sorn, whom Ilse Varga called a friend, sent a message on January 30.", False),
])
def test_the_one_a_whom_clause_says_was_called(analyse_text, text, called):
    found = {p: c for p, c in calls_of(analyse_text(text, published="2022-02-14"))}
    call = found.get(frozenset({"Ilse Varga", "Emil Sorn"}))
    assert (call is not None) is called
    if called:
        assert call.date == date(2022, 1, 30)


def test_a_live_blog_that_runs_into_the_next_day_dates_its_entries_by_their_heading(analyse_text):
    text = ("LIVE: Vella chooses its president\n\nVell Radio follows the count through the night.\n\nSaturday 1 "
            "June\n\n22:03 Polls closed\nPolling stations closed at 22:00.\n\nSunday 2 June\n\n00:52 Berg concedes\n"
            "Lars Berg told supporters that he had phoned Ilse Varga shortly before to wish her well.\n\n"
            "01:30 \"The other candidate called too\"\nIlse Varga told Vell Radio that Tomas Hale had also called "
            "to wish her well.\n\n09:40 Sorn rings his successor\nOutgoing President Emil Sorn rang Ilse Varga this "
            "morning, his office said.")
    found = {p: c.date for p, c in calls_of(analyse_text(text, published="2024-06-01"))}
    assert found == {frozenset({"Lars Berg", "Ilse Varga"}): date(2024, 6, 2),
                     frozenset({"Tomas Hale", "Ilse Varga"}): date(2024, 6, 2),
                     frozenset({"Emil Sorn", "Ilse Varga"}): date(2024, 6, 2)}


def test_the_president_is_one_the_text_has_named_by_then(analyse_text):
    text = ("President Lars Berg of Peru opened the session on Monday.\n\nThe budget passed.\n\nThe vote was "
            "close.\n\nThe markets rose.\n\nThe President later phoned King Emil Sorn.\n\nPresident Tomas Hale "
            "of Chile visited Lima on Tuesday.")
    people, _ = only_call(analyse_text(text, published="2025-08-08"))
    assert people == {"Lars Berg", "Emil Sorn"}


def test_a_title_that_owns_the_noun_after_it_is_no_subject(analyse_text):
    text = ("The deal was closed on Thursday in a joint phone call with President Lars Berg, Prime Minister "
            "Emil Sorn and King Tomas Hale, according to a statement that Berg posted on X.\n\nAmar Dule, the "
            "president's son-in-law and chief aide, briefed reporters on a conference call the next day and "
            "said more deals would follow.\n\nAn aide to President Ilse Varga called the deal a betrayal.")
    people, _ = only_call(analyse_text(text, published="2020-08-14"))
    assert people == {"Lars Berg", "Emil Sorn", "Tomas Hale"}


# -- from a cold review of the rules above: the near misses they must leave alone ---------------

def test_the_president_called_after_another_holder_was_named_in_the_paragraph(analyse_text):
    text = ("NAIROBI, March 3 - President William Ruto met farmers on Sunday. Ruto thanked them. Ruto's office "
            "put out a statement.\n\nIn Washington, Joe Biden hosted Ukrainian President Volodymyr Zelensky. "
            "Zelensky later phoned the president to thank him.")
    people, _ = only_call(analyse_text(text, published="2024-03-04"))
    assert people == {"Joe Biden", "Volodymyr Zelensky"}


@pytest.mark.parametrize("first", [
    "President Ilse Varga on Tuesday addressed the nation after the election.",
    "President Ilse Varga on Tuesday joined the election campaign of her party.",
    "President Ilse Varga on Monday hosted a dinner for election observers.",
])
def test_a_day_one_took_part_in_something_else_is_no_day_of_the_event(analyse_text, first):
    text = f"{first} On the eve of the election, King Emil Sorn phoned her."
    _, call = only_call(analyse_text(text, published="2024-03-15"))
    assert call.date is None


def test_an_event_day_the_text_gives_comes_before_a_day_one_took_part_in_it(analyse_text):
    text = ("The summit opened on Monday. President Ilse Varga on Tuesday attended the summit. On the eve of "
            "the summit, King Emil Sorn phoned her.")
    _, call = only_call(analyse_text(text, published="2024-03-15"))
    assert call.date == date(2024, 3, 10)


@pytest.mark.parametrize("second, day", [
    ("In 2019, Lars Berg phoned Ilse Varga at midnight to concede.", None),
    ("Last year Lars Berg phoned Ilse Varga at midnight to concede.", None),
    ("Lars Berg phoned Ilse Varga just after midnight.", date(2024, 3, 12)),
])
def test_a_time_of_day_in_another_time_or_after_midnight(analyse_text, second, day):
    facts = analyse_text(f"Emil Sorn rang Ilse Varga on Monday. {second}", published="2024-03-15")
    found = {p: c.date for p, c in calls_of(facts)}
    assert found[frozenset({"Lars Berg", "Ilse Varga"})] == day


@pytest.mark.parametrize("second", [
    "Emil Sorn had rung Ilse Varga before the vote.",
    "In 2019, Emil Sorn rang Ilse Varga after her first victory.",
    "Emil Sorn said he would ring Ilse Varga.",
])
def test_a_day_told_for_calls_no_one_is_named_in_dates_no_call_of_another_time(analyse_text, second):
    _, call = only_call(analyse_text(f"Saturday brought yet more phone calls. {second}", published="2024-03-15"))
    assert call.date is None


@pytest.mark.parametrize("second", [
    "Kremlin spokesman Dmitry Peskov told TASS that Varga had not informed Moscow.",
    "Opposition spokesman Tomas Hale told the BBC that Varga was weak.",
    "Tomas Hale, a spokesman for the opposition, wrote on X that Sorn had no mandate.",
])
def test_a_spokesman_for_someone_else_does_not_report_the_call(analyse_text, second):
    text = f"President Ilse Varga phoned King Emil Sorn on Monday. {second}"
    _, call = only_call(analyse_text(text, published="2024-03-15"))
    assert call.reports == ()


def test_a_call_told_beside_another_s_day_takes_no_day(analyse_text):
    text = "President Ilse Varga phoned Emil Sorn on Monday, weeks after Sorn had spoken with Lars Berg by phone."
    found = {p: c.date for p, c in calls_of(analyse_text(text, published="2024-03-15"))}
    assert found[frozenset({"Emil Sorn", "Lars Berg"})] is None


def test_a_post_paragraphs_later_about_something_else_reports_no_call(analyse_text):
    text = ("King Emil Sorn received a telephone call today from President Ilse Varga.\n\nThe King thanked "
            "her.\n\nMourning continues for forty days.\n\nThe city was quiet.\n\nIn a post on X, Varga said "
            "she had met His Majesty in Paris last year.")
    _, call = only_call(analyse_text(text, published="2024-03-15"))
    assert call.reports == ()


@pytest.mark.parametrize("tail", [
    ", then Lars Berg on Tuesday and Tomas Hale on Wednesday.",
    ", then Lars Berg on Tuesday, then Tomas Hale on Wednesday.",
])
def test_a_run_of_objects_after_then_is_a_call_each(analyse_text, tail):
    facts = analyse_text(f"President Ilse Varga phoned King Emil Sorn on Monday{tail}", published="2024-05-10")
    found = {p: c.date for p, c in calls_of(facts)}
    assert found == {frozenset({"Ilse Varga", "Emil Sorn"}): date(2024, 5, 6),
                     frozenset({"Ilse Varga", "Lars Berg"}): date(2024, 5, 7),
                     frozenset({"Ilse Varga", "Tomas Hale"}): date(2024, 5, 8)}


def test_phoned_my_counterpart_then_the_name(analyse_text):
    text = '"I phoned my Indonesian counterpart, Emil Sorn, on Monday," Trade Minister Lars Berg said.'
    people, _ = only_call(analyse_text(text, published="2024-05-10"))
    assert people == {"Lars Berg", "Emil Sorn"}


def test_not_spoken_yet_claims_no_call(analyse_text):
    text = "As of Monday, President Ilse Varga had not spoken with King Emil Sorn yet."
    assert calls_of(analyse_text(text, published="2024-05-10")) == []


@pytest.mark.parametrize("lead", ["By mid-morning,", "By midday,", "In the early afternoon,", "By nightfall,"])
def test_a_part_of_the_day_after_a_dated_sentence_is_that_day(analyse_text, lead):
    text = f"The general read a statement on Wednesday 15 November. {lead} President Ilse Varga had phoned Emil Sorn."
    _, call = only_call(analyse_text(text, published="2017-11-24"))
    assert call.date == date(2017, 11, 15)


def test_the_day_after_a_clause_that_tells_an_event_with_its_day(analyse_text):
    text = "President Ilse Varga phoned Emil Sorn the day after she was sworn in on November 17."
    _, call = only_call(analyse_text(text, published="2020-11-30"))
    assert call.date == date(2020, 11, 18)


def test_a_first_name_written_without_its_accents_stands_for_the_person(analyse_text):
    text = ("Pacific leaders\n\nThe court confirmed Fiame Naomi Mata'afa in office on Friday.\n\nJacinda Ardern "
            "spoke to Fiame by phone on Saturday.")
    people, call = only_call(analyse_text(text, published="2021-07-29"))
    assert people == {"Jacinda Ardern", "Fiamē Naomi Mataʻafa"} and call.date == date(2021, 7, 24)


@pytest.mark.parametrize("text, calls", [
    ("On Wednesday Jacinda Ardern also took a video call with Tuvalu's Kausea Natano, Fiji's Frank Bainimarama "
     "and Tonga's Pohiva Tu'i'onetoa.", 1),
    ("Yoshihide Suga has also held phone talks with Donald Trump and Scott Morrison since taking office.", 2),
])
def test_a_video_call_with_several_is_one_call_also_or_not(analyse_text, text, calls):
    assert len(calls_of(analyse_text(text, published="2021-07-29"))) == calls


def test_i_in_an_unlabelled_interview_answer_is_the_one_interviewed(analyse_text):
    text = ("INTERVIEW | Varga: a first step\n\nVell News\n\nPrime Minister Ilse Varga sat down with Vell News on "
            "Thursday. The conversation has been shortened.\n\nWhat did the leaders agree?\n\nThe borders open."
            "\n\nIs Ostria left out?\n\nNot at all. I phoned Emil Sorn last week and explained our plans.")
    people, call = only_call(analyse_text(text, published="2020-05-08"))
    assert people == {"Ilse Varga", "Emil Sorn"} and call.caller is not None


def test_i_outside_an_interview_answer_is_no_one(analyse_text):
    text = ("Prime Minister Ilse Varga sat down with Vell News on Thursday.\n\nThe talks went on.\n\nI phoned Emil "
            "Sorn last week, the columnist wrote.")
    assert calls_of(analyse_text(text, published="2020-05-08")) == []


@pytest.mark.parametrize("credit, outlets", [
    ("The Vell Radio's Morning Hour programme reported the call first.", ["Vell Radio"]),
    ("The Vell Radio's Morning Hour was popular.", []),
])
def test_an_outlet_s_programme_that_reported_the_call(analyse_text, credit, outlets):
    facts = analyse_text(f"President Amara Dule phoned Prime Minister Ilse Varga on Monday. {credit}",
                         published="2024-05-10")
    names = {e.key: e.name for e in facts.entities}
    _, call = only_call(facts)
    assert [names[r.outlet] for r in call.reports] == outlets


@pytest.mark.parametrize("post, outlet", [
    ('"It was an excellent conversation," Varga wrote on Twitter on Tuesday.', "Twitter"),
    ('"This was a productive call," Varga wrote on X.', "X"),
])
def test_it_was_a_call_told_paragraphs_later_is_the_call_told_before(analyse_text, post, outlet):
    text = ("Varga and Sorn hold first talks\n\nPresident Ilse Varga and King Emil Sorn spoke by video on Monday."
            f"\n\nTrade fell sharply in 2020.\n\n{post}")
    facts = analyse_text(text, published="2020-12-02")
    names = {e.key: e.name for e in facts.entities}
    _, call = only_call(facts)
    assert [names[r.outlet] for r in call.reports] == [outlet]


@pytest.mark.parametrize("text, people", [
    ("Emil Sorn said he would brief President Ilse Varga and that he would telephone the party leader, Lars "
     "Berg, tomorrow.", {"Emil Sorn", "Lars Berg"}),
    ("Ilse Varga called the moves by Attorney General Lars Berg a coup.", None),
])
def test_a_second_that_clause_s_he_and_the_party_leader_then_the_name(analyse_text, text, people):
    found = calls_of(analyse_text(text, published="2018-06-13"))
    assert ({p for p, _ in found} == {frozenset(people)}) if people else found == []


def test_an_unlabelled_interview_s_questions_count_from_the_interview_s_day(analyse_text):
    text = ("INTERVIEW | Varga: a first step\n\nVell News\n\nPrime Minister Ilse Varga sat down with Vell News on "
            "Thursday, the day after the leaders agreed.\n\nYesterday you met Emil Sorn on a video link. What did "
            "you agree?\n\nThe borders open.\n\nIs Ostria left out?\n\nNot at all.")
    people, call = only_call(analyse_text(text, published="2020-05-08"))
    assert people == {"Ilse Varga", "Emil Sorn"} and call.date == date(2020, 5, 6)


@pytest.mark.parametrize("opening", [
    "Ilse Varga told reporters on Monday that the border would stay closed.",
    "Ilse Varga sat in the front row at the summit on Monday.",
])
def test_i_of_a_column_after_questions_is_no_one_of_the_opening(analyse_text, opening):
    text = (f"{opening}\n\nWhat does this mean for Ostria?\n\nNobody knows.\n\nWill the talks succeed?\n\nI called "
            "Emil Sorn on Tuesday to ask. He did not pick up.")
    assert calls_of(analyse_text(text, published="2020-05-08")) == []


# -- from a second cold review: near misses of the rules for parts of days, event clauses, calls ---

@pytest.mark.parametrize("text, day", [
    ("Protesters gathered on Saturday. By mid-morning the next day, Ilse Varga had phoned Emil Sorn.", date(2024, 5, 5)),
    # an election told by its verb
    ("Lars Berg was elected president on Saturday. The day after he was elected, Ilse Varga phoned Emil Sorn.",
     date(2024, 5, 5)),
    ("Lars Berg was elected on Saturday. On the night of his election, Ilse Varga phoned Emil Sorn.", date(2024, 5, 4)),
    # other parts of the day named before
    ("Protesters gathered on Saturday. By late morning Ilse Varga had phoned Emil Sorn.", date(2024, 5, 4)),
    ("Protesters gathered on Saturday. Late at night Ilse Varga phoned Emil Sorn.", date(2024, 5, 4)),
    ("Protesters gathered on Saturday. In the late evening Ilse Varga phoned Emil Sorn.", date(2024, 5, 4)),
    ("Talks resume on Monday. President Ilse Varga will phone Emil Sorn by the evening.", None),
    ("The day after she was sworn in on May 2, President Ilse Varga phoned Emil Sorn.", date(2024, 5, 3)),
    ("A day after the ministry announced sanctions on Monday, Ilse Varga phoned Emil Sorn.", date(2024, 5, 7)),
    ("Tariffs were announced on March 3. Weeks later, Ilse Varga phoned Emil Sorn the day after he announced his "
     "candidacy.", None),
    ("Ilse Varga was sworn in as president on May 2. Emil Sorn phoned her the day after she was sworn in.",
     date(2024, 5, 3)),
])
def test_days_of_parts_of_days_and_event_clauses(analyse_text, text, day):
    _, call = only_call(analyse_text(text, published="2024-05-10"))
    assert call.date == day


@pytest.mark.parametrize("text, calls", [
    ("Angela Merkel also held a brief video call with Emmanuel Macron, Boris Johnson and Mario Draghi on Monday.", 1),
    ("Angela Merkel held a phone call with Emmanuel Macron and Boris Johnson respectively on Monday and Tuesday.", 2),
])
def test_a_call_with_an_adjective_after_a_is_one_call_but_respectively_two(analyse_text, text, calls):
    assert len(calls_of(analyse_text(text, published="2021-07-29"))) == calls


@pytest.mark.parametrize("second", [
    "The roughly 40-minute exchange happened at the South Korean side's request.",
    "The conversation was held at the South Korean side's request, officials in Tokyo said.",
])
def test_the_side_that_asked_for_the_call_told_in_a_sentence_of_its_own(analyse_text, second):
    text = ("Japan's Prime Minister Fumio Kishida and the South Korean president, Yoon Suk Yeol, spoke by phone on "
            f"Thursday.\n\n{second}")
    facts = analyse_text(text, published="2024-01-05")
    names = {e.key: e.name for e in facts.entities}
    _, call = only_call(facts)
    assert names.get(call.caller) == "Yoon Suk Yeol"


def test_a_quotation_closing_on_the_call_keeps_its_partner(analyse_text):
    # 'had "a long and friendly call" with X': the partner after the closing mark, after another
    # call of X's was told
    facts = analyse_text('Premier Ilse Varga said she had a phone conversation with Lars Berg before noon.\n\n'
                         'King Emil Sorn wrote on X that he had "a long and friendly call" with Berg.', published="2025-03-11")
    assert {people for people, _ in calls_of(facts)} == {frozenset({"Ilse Varga", "Lars Berg"}),
                                                         frozenset({"Emil Sorn", "Lars Berg"})}


@pytest.mark.parametrize("text,partner", [
    # a country's president-elect is who takes the office, never who holds it: the gazetteer's...
    ("King Emil Sorn phoned Iceland's president-elect on Sunday.", "Halla Tómasdóttir"),
    # ...or the one the article titles so, whom the gazetteer does not know
    ("Icelandic President-elect Lars Berg thanked voters. King Emil Sorn phoned Iceland's president-elect "
     "on Sunday.", "Lars Berg"),
    # (the holder, for the office itself)
    ("King Emil Sorn phoned Iceland's president on Sunday.", "Guðni Th. Jóhannesson"),
])
def test_a_country_s_president_elect_is_who_takes_the_office(analyse_text, text, partner):
    people, _ = only_call(analyse_text(text, published="2024-06-02"))
    assert people == {"Emil Sorn", partner}


def test_an_honorific_repeats_the_one_named_with_it_not_one_named_after_a_verb(analyse_text):
    # "His Majesty also spoke with President X": the verb stands between the honorific and
    # President X, who is not His Majesty; "to His Majesty" paragraphs later is the sultan
    facts = analyse_text(
        "His Majesty Sultan Emil Sorn received a telephone call on Sunday from Premier Ilse Varga, who "
        "offered her condolences.\n\n"
        "His Majesty also spoke with President Lars Berg.\n\n"
        "In a post on Twitter, Varga later said that she had expressed her people's grief to His Majesty.",
        published="2025-03-10")
    names = {e.key: e.name for e in facts.entities}
    reports = {frozenset(names[p] for p in c.participants): [names[r.outlet] for r in c.reports] for c in facts.calls}
    assert reports == {frozenset({"Emil Sorn", "Ilse Varga"}): ["Twitter"], frozenset({"Emil Sorn", "Lars Berg"}): []}


def test_a_handle_shortening_a_named_person_s_first_name_is_that_person(analyse_text):
    # "@magdaosterberg" of Magdalena Osterberg, whom the article names: the other side of the
    # call a post told paragraphs later
    facts = analyse_text(
        "President-elect Magdalena Osterberg spent Monday on the phone.\n\n"
        "King Emil Sorn called Osterberg on Monday morning, her office said.\n\n"
        "Premier Ilse Varga rang her in the afternoon, the Vell Herald learned.\n\n"
        'Sorn later wrote on X: "Congratulated @magdaosterberg on her victory. A warm talk about trade."',
        published="2025-03-11")
    names = {e.key: e.name for e in facts.entities}
    reports = {frozenset(names[p] for p in c.participants): sorted(names[r.outlet] for r in c.reports) for c in facts.calls}
    assert reports[frozenset({"Emil Sorn", "Magdalena Osterberg"})] == ["X"]


@pytest.mark.parametrize("speaker,outlets", [("presidential press secretary", ["Facebook"]),
                                              ("opposition spokesman", [])])
def test_a_spokesman_quoting_the_call_after_its_paragraph_ends_reported_it(analyse_text, speaker, outlets):
    # the call's paragraph goes on to an invitation; the next paragraph's presidential press
    # secretary quotes what the caller said, on his page (one who speaks for no side of the call
    # reports nothing)
    facts = analyse_text(
        "Before the talks opened, President Amar Dule took a phone call from King Emil Sorn of Ostria. "
        "The sides discussed trade. The king was invited to pay a visit.\n\n"
        f'"Emil Sorn reaffirmed his support for the measures of the government," {speaker} '
        "Tomas Hale wrote on his Facebook page that night.", published="2025-03-11")
    names = {e.key: e.name for e in facts.entities}
    (call,) = facts.calls
    assert [names[r.outlet] for r in call.reports] == outlets


@pytest.mark.parametrize("opening,outlets", [
    # the statement told before carried its quotation, over the paragraphs that go on with it
    ("It read in part:", ["X"]),
    ("The statement read:", ["X"]),
    # (a quotation of someone else carries nothing the statement did)
    ("Hale told reporters:", []),
])
def test_a_statement_quoted_over_several_paragraphs_carries_each_call_it_tells(analyse_text, opening, outlets):
    facts = analyse_text(
        "President Amar Dule has spoken with King Emil Sorn of Ostria about the floods.\n\n"
        "Tomas Hale, adviser to the president, disclosed this in a statement on Friday. The statement was "
        "also posted on the official X handle of the presidency.\n\n"
        f'{opening} "President Amar Dule placed a telephone call to King Emil Sorn shortly after midnight.\n\n'
        '"The president described the floods as a loss to the whole region.\n\n'
        '"The President will also talk by telephone on Saturday with President Lars Berg of Varnia about aid."',
        published="2025-08-08")
    names = {e.key: e.name for e in facts.entities}
    (planned,) = [c for c in facts.calls if "Lars Berg" in {names[p] for p in c.participants}]
    assert [names[r.outlet] for r in planned.reports] == outlets


def test_the_pope_is_a_leader_s_title_so_the_pope_stands_for_the_one_in_office(analyse_text):
    # "the Pope" after his predecessor was named: the one holding the office on the article's day
    facts = analyse_text(
        "Pope Leo XIV is spending the summer at the papal villas. His predecessor Pope Francis had phoned "
        "the parish every evening until his death.\n\n"
        "On Friday, the Pope took a phone call from President Amar Dule.", published="2025-07-22")
    people, call = only_call(facts)
    assert people == {"Pope Leo XIV", "Amar Dule"} and call.date == date(2025, 7, 18)


@pytest.mark.parametrize("text,reached", [
    ("Crowds cheered as William Ruto was declared the winner. Ruto thanked his voters. President Amar Dule rang "
     "William Ruto within hours of the result. Premier Ilse Varga phoned him the following morning.", "William Ruto"),
    # (the one reached opened the sentence before: still the one the text is about)
    ("Crowds cheered as William Ruto was declared the winner. Ruto thanked his voters. Ruto took a phone call on "
     "Friday from President Amar Dule, who invited him to Vella. Premier Ilse Varga called him later that day.",
     "William Ruto"),
    # (one of a gender the text does not tell is not the one a gendered pronoun reaches for sure)
    ("Crowds cheered as Lars Berg was declared the winner. Berg thanked the voters. President Amar Dule rang "
     "Lars Berg within hours of the result. Premier Ilse Varga phoned him the following morning.", "Amar Dule"),
])
def test_a_new_caller_in_a_run_of_calls_reaches_the_one_the_text_is_about(analyse_text, text, reached):
    facts = analyse_text(text, published="2022-10-15")
    caller = "Lars Berg" if "Lars Berg" in text else "William Ruto"
    assert {people for people, _ in calls_of(facts)} == {frozenset({"Amar Dule", caller}),
                                                         frozenset({"Ilse Varga", reached})}


def test_a_day_s_own_when_clause_tells_the_call_of_that_day(analyse_text):
    # "in July, when X called ...": the month is the period of the call the clause tells, not
    # another event's day; it stays a call of its own beside the one of December 30
    facts = analyse_text("King Emil Sorn phoned Premier Ilse Varga on Dec. 30 to wish her a good year.\n\n"
                         "Their previous contact was in July, when Sorn called to congratulate Varga "
                         "on her birthday.", published="2026-01-02")
    spans = {(c.date, c.period) for _, c in calls_of(facts)}
    assert spans == {(None, (date(2025, 7, 1), date(2025, 7, 31))), (date(2025, 12, 30), None)}


@pytest.mark.parametrize("text,day", [
    # the same noun's day before its family's; a word for any disaster only when the text gives one day
    ("The earthquake struck on March 1. Floods hit on March 5. The day after the quake, Lars Berg phoned "
     "King Emil Sorn.", date(2025, 3, 2)),
    ("The earthquake struck on March 1. Floods hit on March 5. The day after the disaster, Lars Berg phoned "
     "King Emil Sorn.", None),
    # an event's noun that modifies another noun tells no event
    ("Premier Ilse Varga phoned King Emil Sorn on March 2, the day of the flood warnings. Lars Berg phoned "
     "Sorn the day after the floods.", None),
    ("Premier Ilse Varga phoned King Emil Sorn on March 5, the day the quake victims were buried. Lars Berg "
     "phoned Sorn the day after the quake.", None),
    ("The quake hit on March 1. Lars Berg phoned King Emil Sorn on the day his quake relief plan was unveiled.", None),
    ("Voters went to the polls on Sunday. Lars Berg phoned King Emil Sorn on the night the votes were counted.",
     date(2025, 3, 9)),
])
def test_a_day_told_by_an_event_of_its_kind_and_only_by_its_noun(analyse_text, text, day):
    found = [c.date for people, c in calls_of(analyse_text(text)) if "Lars Berg" in people]
    assert found == [day]


@pytest.mark.parametrize("text,day,partner", [
    # of that office: not the incoming prime minister, not another country's president-elect
    ("King Emil Sorn phoned France's president-elect on Sunday.", "2024-11-10", None),
    ("US President-elect Lars Berg met aides. King Emil Sorn phoned Poland's president-elect on Sunday.",
     "2025-06-05", "Karol Nawrocki"),
    ("Prime Minister-designate Lars Berg of Iceland met aides. King Emil Sorn phoned Iceland's president-elect "
     "on Sunday.", "2024-06-02", "Halla Tómasdóttir"),
    ("Chilean President-elect Lars Berg met aides. Chilean Vice President-elect Tomas Hale met them too. "
     "King Emil Sorn phoned Chile's president-elect on Sunday.", "2024-06-02", "Lars Berg"),
])
def test_a_president_elect_is_of_that_office_and_country(analyse_text, text, day, partner):
    found = [people for people, _ in calls_of(analyse_text(text, published=day)) if "Emil Sorn" in people]
    assert found == ([frozenset({"Emil Sorn", partner})] if partner else [])


@pytest.mark.parametrize("text,partner", [
    # "the Pope" named nowhere else: the pope in office that day; not the late one named before
    ("On Friday, the Pope took a phone call from President Amar Dule.", "Pope Leo XIV"),
    ("The late Pope Francis often rang the parish. On Friday, the Pope rang President Amar Dule.", "Pope Leo XIV"),
    # a possessed description goes on to the one it names
    ("On Friday, President Amar Dule phoned the pope's envoy, Cardinal Tomas Hale.", "Tomas Hale"),
    ("On Friday, President Amar Dule phoned the king's envoy, Cardinal Tomas Hale.", "Tomas Hale"),
])
def test_the_pope_in_office_and_an_envoy_named_after_a_possessive(analyse_text, text, partner):
    people, _ = only_call(analyse_text(text, published="2025-07-22"))
    assert people == {"Amar Dule", partner}


def test_a_fan_account_s_handle_is_no_shortened_name(analyse_text):
    facts = analyse_text(
        "President-elect Magdalena Osterberg spent Monday on the phone. King Emil Sorn called Osterberg on Monday "
        "morning, her office said.\n\nThe club wrote on X: \"Congratulated @magdaosterberg_fc on the title.\"",
        published="2025-03-11")
    names = {e.key: e.name for e in facts.entities}
    assert [[names[r.outlet] for r in c.reports] for c in facts.calls] == [[]]


def test_a_spokesman_s_quotation_of_a_plan_reports_no_call(analyse_text):
    facts = analyse_text(
        "Before the talks opened, President Amar Dule took a phone call from King Emil Sorn of Ostria. "
        "The sides discussed trade. The king was invited to pay a visit.\n\n"
        '"Amar Dule will visit Ostria next week," presidential press secretary Tomas Hale wrote on his '
        "Facebook page that night.", published="2025-03-11")
    (call,) = facts.calls
    assert call.reports == ()


@pytest.mark.parametrize("text", [
    "King Emil Sorn said that he and the Queen were saddened. Premier Ilse Varga phoned the king on Monday.",
    "The finance minister wrote to parliament. Premier Ilse Varga phoned King Emil Sorn on Monday.",
])
def test_only_an_office_there_is_one_of_in_the_world_stands_for_its_holder_unnamed(analyse_text, text):
    # ("the Queen" of a king's statement is his consort; "the finance minister" is some country's)
    facts = analyse_text(text, published="2019-05-10")
    assert {e.name for e in facts.entities if e.kind.value in ("Leader", "Person")} == {"Emil Sorn", "Ilse Varga"}


@pytest.mark.parametrize("apposition", ["Ostria's official agency", "a Varnian daily"])
def test_an_outlet_named_before_its_descriptor_in_apposition_reported_the_call(analyse_text, apposition):
    facts = analyse_text("Premier Ilse Varga phoned King Emil Sorn on Monday.\n\n"
                         f"Kurjer, {apposition}, reported that call within hours.", published="2025-03-11")
    names = {e.key: e.name for e in facts.entities}
    (call,) = facts.calls
    assert [names[r.outlet] for r in call.reports] == ["Kurjer"]


@pytest.mark.parametrize("text", [
    "Premier Ilse Varga called this morning and spoke with King Emil Sorn for an hour.",
    "King Emil Sorn was in Vella. Premier Ilse Varga called on Friday, and Sorn spoke with her for an hour.",
])
def test_who_called_with_no_partner_placed_the_call_the_sentence_goes_on_to_tell(analyse_text, text):
    _, call = only_call(analyse_text(text, published="2022-11-26"))
    names = {e.key: e.name for e in analyse_text(text, published="2022-11-26").entities}
    assert names[call.caller] == "Ilse Varga"


def test_a_broadcaster_s_name_in_another_language_holds_its_particle(analyse_text):
    facts = analyse_text("Premier Ilse Varga joined a video conference with King Emil Sorn on Monday. "
                         "Televisão de Ostria showed pictures of the meeting on its late news.",
                         published="2019-03-18")
    names = {e.key: e.name for e in facts.entities}
    (call,) = facts.calls
    assert [names[r.outlet] for r in call.reports] == ["Televisão de Ostria"]


def test_an_honorific_with_the_title_after_it_repeats_the_one_named_so(analyse_text):
    # "His Highness the Amir Sheikh X": "the" between the honorific and the name is the name's own
    facts = analyse_text("VELLA, Dec 17 (OTA) -- His Highness the Emir Sheikh Emil Sorn took calls from leaders "
                         "today.\n\nHis Highness the Emir then took a phone call from President Amar Dule.",
                         published="2023-12-18")
    people, call = only_call(facts)
    assert people == {"Emil Sorn", "Amar Dule"} and call.date == date(2023, 12, 17)


def test_a_day_between_commas_before_an_aside_is_the_call_s(analyse_text):
    # "had taken, on the Friday night, soon after the count was announced, a call": the
    # aside's verb of saying makes the day no report's
    facts = analyse_text("VELLA, Dec 17 (OTA) -- King Emil Sorn took calls from leaders today.\n\n"
                         "The king had taken, on Saturday, two hours after the court announced the death "
                         "of his brother, a call from President Amar Dule.", published="2023-12-18")
    people, call = only_call(facts)
    assert people == {"Emil Sorn", "Amar Dule"} and call.date == date(2023, 12, 16)


def test_the_amir_is_the_emir_s_office_spelt_another_way(analyse_text):
    # (the Amir who died is no Amir that day; the one who took over is)
    facts = analyse_text("VELLA, Dec 17 (OTA) -- Sheikh Meshal al-Ahmad took calls from leaders today after the death "
                         "of the late Amir, Sheikh Nawaf.\n\nThe Amir then took a phone call from President Amar Dule.",
                         published="2023-12-18")
    (call,) = facts.calls
    assert "gaz:mishal-al-ahmad" in call.participants and len(call.participants) == 2


def test_an_honorific_before_a_bare_title_is_one_reference_to_the_holder(analyse_text):
    # "rang His Highness the Emir": the honorific's pronoun is no possessor, and each
    # call of a list of them reaches the emir
    facts = analyse_text("VELLA, Dec 17 (OTA) -- His Highness the Emir Sheikh Emil Sorn took calls from leaders "
                         "today.\n\nHis Majesty King Lars Berg rang His Highness the Emir at dawn.\n\n"
                         "In the evening, His Highness the Emir took a call from President Amar Dule.",
                         published="2023-12-18")
    assert {people for people, _ in calls_of(facts)} == {frozenset({"Emil Sorn", "Lars Berg"}),
                                                         frozenset({"Emil Sorn", "Amar Dule"})}


def test_an_honorific_before_the_amir_in_a_list_of_condolence_calls(analyse_text):
    facts = analyse_text("VELLA, Dec 17 (OTA) -- His Highness the Amir Sheikh Meshal al-Ahmad took calls today on "
                         "the death of the late Amir, Sheikh Nawaf.\n\nHis Majesty Sultan Haitham bin Tarik made a "
                         "telephone call to His Highness the Amir at dawn.", published="2023-12-18")
    (call,) = facts.calls
    assert frozenset(call.participants) == {"gaz:mishal-al-ahmad", "gaz:haitham-bin-tariq"}


def test_an_adverb_between_a_talk_verb_and_its_partner(analyse_text):
    # "spoke instead with": the partner after the adverb is still the verb's
    facts = analyse_text("King Emil Sorn tried to call President Amar Dule on Monday, but the line was down. Sorn "
                         "spoke instead with Premier Ilse Varga that afternoon.", published="2025-03-20")
    assert {people: c.status for people, c in calls_of(facts)} == {
        frozenset({"Emil Sorn", "Amar Dule"}): CallStatus.ATTEMPTED,
        frozenset({"Emil Sorn", "Ilse Varga"}): CallStatus.OCCURRED}


@pytest.mark.parametrize("text, day", [
    # a storm's day told by its verb ("came ashore", "made landfall"), and "landfall" naming it
    ("Cyclone Vera came ashore near Porto Sul late on 14 March. Premier Ilse Varga phoned King Emil Sorn two "
     "days after landfall.", date(2025, 3, 16)),
    ("Cyclone Vera made landfall near Porto Sul on 14 March. Premier Ilse Varga phoned King Emil Sorn the day "
     "after the cyclone.", date(2025, 3, 15)),
    # the event's own date inside the phrase of the lead
    ("King Emil Sorn telephoned Premier Ilse Varga the day after the March 9 vote.", date(2025, 3, 10)),
    ("King Emil Sorn telephoned Premier Ilse Varga the day after the tallying of votes on March 9.", date(2025, 3, 10)),
    # a time just past: the day of the text
    ("Premier Ilse Varga took a call from King Emil Sorn a short while ago, her office said.", date(2025, 3, 20)),
    ("King Emil Sorn phoned Premier Ilse Varga only hours ago.", date(2025, 3, 20)),
])
def test_days_told_by_an_event_s_verb_or_its_own_phrase(analyse_text, text, day):
    people, call = only_call(analyse_text(text, published="2025-03-20"))
    assert people == {"Emil Sorn", "Ilse Varga"} and call.date == day


def test_a_heading_naming_someone_else_denies_no_call_told_before(analyse_text):
    facts = analyse_text("Varga Phones Sorn\n\nPremier Ilse Varga telephoned King Emil Sorn this evening, aides said."
                         "\n\nOstria Rejects Report Of Lars Berg Call\n\nOstria's foreign office dismissed a report "
                         "which said that President Lars Berg had telephoned King Emil Sorn. \"No such conversation "
                         "has taken place,\" a spokesperson said.", published="2025-03-20")
    assert {people: c.status for people, c in calls_of(facts)} == {
        frozenset({"Ilse Varga", "Emil Sorn"}): CallStatus.OCCURRED,
        frozenset({"Lars Berg", "Emil Sorn"}): CallStatus.DENIED}


def test_a_try_told_as_before_the_call_is_a_call_of_its_own(analyse_text):
    facts = analyse_text("Premier Ilse Varga telephoned King Emil Sorn late on Friday.\n\nVarga had already tried to "
                         "reach Sorn earlier in the evening, but the king was chairing a security council and was "
                         "unable to take it.\n\nThe conversation lasted ten minutes.", published="2025-03-20")
    assert sorted(c.status.value for _, c in calls_of(facts)) == ["Attempted", "Occurred"]


def test_a_try_that_disputes_the_call_is_still_one_call(analyse_text):
    # (no word puts the try before: the failed call is the claim's)
    facts = analyse_text("Premier Ilse Varga telephoned King Emil Sorn on Friday, a paper wrote. Varga tried to reach "
                         "Sorn on Friday, but the king was unable to take it, the palace said.",
                         published="2025-03-20")
    assert [c.status for _, c in calls_of(facts)] == [CallStatus.ATTEMPTED]


def test_a_separate_call_told_by_a_part_of_the_day_is_on_the_day_of_the_call_before(analyse_text):
    facts = analyse_text("Premier Ilse Varga took a call from King Emil Sorn this morning.\n\nVarga was sworn in for a "
                         "second term on Tuesday evening.\n\nIn a separate call in the afternoon, Varga spoke with "
                         "President Amar Dule.", published="2025-03-20")
    assert {people: c.date for people, c in calls_of(facts)} == {
        frozenset({"Ilse Varga", "Emil Sorn"}): date(2025, 3, 20),
        frozenset({"Ilse Varga", "Amar Dule"}): date(2025, 3, 20)}


@pytest.mark.parametrize("follow, credited", [
    # a statement's recipient at the end of a long object
    ("The palace confirmed the hour of the conversation to Lusa.", ["Lusa"]),
    ("The palace confirmed the length of the conversation to Reuters.", ["Reuters"]),
    ("The palace sent flowers to Reuters.", []),
    # a clip of the one called on the phone is a picture of the call told before
    ("Al Jazeera aired a short clip of the king talking on the phone at his desk.", ["Al Jazeera"]),
])
def test_a_reporter_told_after_a_long_object_or_showing_a_clip(analyse_text, follow, credited):
    text = f"Premier Ilse Varga phoned King Emil Sorn on Monday to offer help after the floods.\n\n{follow}"
    facts = analyse_text(text, published="2024-05-14")
    assert len(facts.calls) == 1
    assert _reporters(facts, {"Ilse Varga", "Emil Sorn"}) == credited


@pytest.mark.parametrize("follow, called", [
    # an infinitive of purpose after the call's day ("called on Tuesday to ..." urges)
    ("President Amar Dule telephoned on Tuesday to offer aircraft.", True),
    ("President Amar Dule rang on Tuesday to pledge help.", True),
    ("President Amar Dule called on Tuesday to end the war.", False),
    ("President Amar Dule called on Tuesday to extend the ceasefire by a month.", False),
])
def test_a_call_of_a_run_with_an_infinitive_of_purpose_after_its_day(analyse_text, follow, called):
    text = f"Premier Ilse Varga fielded a string of telephone calls from leaders on Tuesday.\n\n{follow}"
    facts = analyse_text(text, published="2018-07-25")
    assert (frozenset({"Ilse Varga", "Amar Dule"}) in {people for people, _ in calls_of(facts)}) is called


def test_the_place_where_a_talk_was_told_is_no_meeting_of_the_talk(analyse_text):
    # the place where the talk was told, before "that", is no meeting of the two who talked
    facts = analyse_text("Prime Minister Justin Trudeau disclosed at a press conference on Monday that he had "
                         "talked with Emmanuel Macron on Sunday evening.", published="2024-05-14")
    people, call = only_call(facts)
    assert people == {"Justin Trudeau", "Emmanuel Macron"} and call.date == date(2024, 5, 12)
    # (a meeting told in the talk's own clause still is one)
    assert not analyse_text("Prime Minister Justin Trudeau said he had spoken with Emmanuel Macron at a dinner in "
                            "Paris on Sunday.", published="2024-05-14").calls


@pytest.mark.parametrize("text, status", [
    # the one told, thanked or reached is the name a description is apposed to
    ("Foreign Minister Lars Berg said that he had thanked Tomas Hale, his Canadian counterpart, in a call on Monday.",
     CallStatus.OCCURRED),
    ("President Lars Berg attempted to reach the leader of the People's Party, Dr Tomas Hale, by telephone.",
     CallStatus.ATTEMPTED),
    ("President Lars Berg tried to reach the opposition candidate, Dr Tomas Hale, by telephone on Monday.",
     CallStatus.ATTEMPTED),
])
def test_a_name_apposed_to_a_description_before_the_call_s_adjunct(analyse_text, text, status):
    people, call = only_call(analyse_text(text, published="2024-05-14"))
    assert people == {"Lars Berg", "Tomas Hale"} and call.status is status


def test_a_newly_sworn_in_office_holder_after_a_country_s_possessive(analyse_text):
    people, _ = only_call(analyse_text("President Nana Akufo-Addo on Thursday rang Sierra Leone's newly sworn-in "
                                       "President, Julius Maada Bio, with his congratulations.", published="2018-04-06"))
    assert people == {"Nana Akufo-Addo", "Julius Maada Bio"}


def test_a_headline_s_second_verb_has_the_first_verb_s_subject(analyse_text):
    # "X congratulates Y's Z, denies phoning W": X denies it, not Z
    facts = analyse_text("Ramaphosa congratulates Malawi's Chakwera, denies phoning Mutharika\n\nPresident Cyril "
                         "Ramaphosa phoned Lazarus Chakwera on Sunday. His office said he had not spoken with Peter "
                         "Mutharika.", published="2020-06-30")
    assert {people: c.status for people, c in calls_of(facts)} == {
        frozenset({"Cyril Ramaphosa", "Lazarus Chakwera"}): CallStatus.OCCURRED,
        frozenset({"Cyril Ramaphosa", "Peter Mutharika"}): CallStatus.DENIED}


@pytest.mark.parametrize("headline", ["Erdogan warns Putin, calls Zelensky", "Erdogan Warns Putin, Calls Zelensky"])
def test_a_headline_s_call_verb_right_after_a_comma_has_the_first_verb_s_subject(analyse_text, headline):
    # the first verb's object is not the subject of the call verb right after the comma
    (people, call), = calls_of(analyse_text(headline, published="2024-05-10"))
    assert people == {"Recep Tayyip Erdoğan", "Volodymyr Zelensky"}


@pytest.mark.parametrize("intro, day", [
    # a statement reprinted with the day it was issued: its "this morning" is that day's
    ("The following statement was issued on Thursday evening by the palace. It is printed here in full.",
     date(2018, 4, 5)),
    ("The statement below was released by the palace on Thursday.", date(2018, 4, 5)),
    # (no such sentence: the text's own day)
    ("The palace has thanked all who wrote.", date(2018, 4, 6)),
])
def test_a_reprinted_statement_s_relative_days_count_from_its_issue(analyse_text, intro, day):
    text = f"Vella Telegraph\n\n{intro}\n\nKing Emil Sorn took a telephone call from President Amar Dule this morning."
    people, call = only_call(analyse_text(text, published="2018-04-06"))
    assert people == {"Emil Sorn", "Amar Dule"} and call.date == day


@pytest.mark.parametrize("text", [
    # a lead's clause with a named subject and the event's verb, the event's day told before or after
    "The statement said President Amar Dule had spoken by phone with King Emil Sorn on the night Mr Lars Berg was "
    "sworn in.\n\nMr Berg was sworn in at the palace on Wednesday night.",
    "Lars Berg was sworn in on Wednesday night. President Amar Dule spoke by phone with King Emil Sorn on the night "
    "Mr Berg was sworn in.",
])
def test_a_day_told_by_a_clause_with_a_named_subject(analyse_text, text):
    people, call = only_call(analyse_text(text, published="2018-04-06"))
    assert people == {"Emil Sorn", "Amar Dule"} and call.date == date(2018, 4, 4)


def test_the_second_review_of_the_round_s_rules(analyse_text):
    # a name in apposition to what was praised is no partner of the call the adjunct names
    people, _ = only_call(analyse_text("President Lars Berg praised the governor, Tomas Hale, in a call with Premier "
                                       "Ilse Varga on Monday.", published="2024-05-14"))
    assert people == {"Lars Berg", "Ilse Varga"}
    # "earlier" in the clause of saying puts no try before the call
    facts = analyse_text("Premier Ilse Varga telephoned King Emil Sorn on Friday, a paper wrote. The palace said "
                         "earlier that Varga had tried to reach Sorn on Friday, but the king was unable to take it.",
                         published="2024-05-14")
    assert [c.status for _, c in calls_of(facts)] == [CallStatus.ATTEMPTED]
    # a number of hours ago is no day of the text
    _, call = only_call(analyse_text("King Emil Sorn phoned Premier Ilse Varga 48 hours ago.", published="2025-03-20"))
    assert call.date is None
    # a disaster the call was about does not take the call's day
    _, call = only_call(analyse_text("Premier Ilse Varga phoned King Emil Sorn about the flooding on Monday.",
                                     published="2025-03-20"))
    assert call.date == date(2025, 3, 17)
    # a separate call after the story moved on to a later day is on that day
    facts = analyse_text("Premier Ilse Varga phoned King Emil Sorn on Monday. On Wednesday, Varga flew to Paris. In a "
                         "separate call in the afternoon, she spoke with President Amar Dule.", published="2025-03-20")
    assert {people: c.date for people, c in calls_of(facts)}[frozenset({"Ilse Varga", "Amar Dule"})] == date(2025, 3, 19)
    # a meeting in the clause of saying that is no press conference still makes the talk a meeting
    assert not analyse_text("Emmanuel Macron told reporters at the G7 summit in Hiroshima on Sunday that he had spoken "
                            "with Joe Biden about Ukraine.", published="2023-05-22").calls


TRANSCRIPT_BY_OFFICE = """PRIME MINISTER OF NEW ZEALAND

TRANSCRIPT

Stand-up – Wellington

PRIME MINISTER: Good morning. I had a good talk by phone last night with Rishi Sunak about the trade deal, and \
we agreed our officials would meet next month.

This morning I joined a video call with Anthony Albanese and James Marape about the Pacific Islands Forum.

REPORTER: Did Mr Sunak ask for the call?

PRIME MINISTER: I rang him.

Authorised by Chris Hipkins, Parliament Buildings, Wellington.
"""


def test_a_transcript_s_speaker_labelled_by_office_is_its_holder_in_the_heading_s_country(analyse_text):
    # "PRIME MINISTER: ... I spoke with ...": the "I" of the answer, over its paragraphs, is the
    # prime minister of the country the heading names, when the transcript names them
    facts = analyse_text(TRANSCRIPT_BY_OFFICE, published="2023-05-10")
    found = {people: c for people, c in calls_of(facts)}
    sunak = found[frozenset({"Chris Hipkins", "Rishi Sunak"})]
    assert sunak.date == date(2023, 5, 9) and sunak.caller == "gaz:chris-hipkins"
    assert frozenset({"Chris Hipkins", "Anthony Albanese", "James Marape"}) in found
    # (a heading naming no country, and no outlet's country: no holder)
    facts = analyse_text(TRANSCRIPT_BY_OFFICE.replace("OF NEW ZEALAND", "OF THE REALM"), published="2023-05-10")
    assert not any("Chris Hipkins" in people for people, _ in calls_of(facts))


@pytest.mark.parametrize("run", [
    "President Amar Dule called on Tuesday morning, and King Lars Berg telephoned on Tuesday afternoon.",
    "President Amar Dule called on Tuesday morning; King Lars Berg telephoned shortly after noon.",
])
def test_each_clause_of_a_run_of_calls_is_a_call_to_the_one_they_were_to(analyse_text, run):
    text = f"Premier Ilse Varga fielded a string of telephone calls from leaders on Tuesday.\n\n{run}"
    found = {people: c for people, c in calls_of(analyse_text(text, published="2018-07-25"))}
    assert set(found) == {frozenset({"Ilse Varga", "Amar Dule"}), frozenset({"Ilse Varga", "Lars Berg"})}
    assert found[frozenset({"Ilse Varga", "Lars Berg"})].caller == "person:lars berg"


@pytest.mark.parametrize("text", [
    "President Amar Dule telephoned Premier Ilse Varga a little after noon on Tuesday.",
    "Premier Ilse Varga fielded a string of telephone calls from leaders on Tuesday.\n\nKing Lars Berg called in the "
    "morning, and President Amar Dule telephoned a little after noon that Tuesday.",
])
def test_a_little_after_a_time_of_the_day(analyse_text, text):
    found = {people: c for people, c in calls_of(analyse_text(text, published="2018-07-25"))}
    assert found[frozenset({"Ilse Varga", "Amar Dule"})].date == date(2018, 7, 24)


def test_a_hyphenated_event_noun_takes_its_own_day(analyse_text):
    # "on his swearing-in last night": the day is the swearing-in's, not one the afternoon's call counts from
    facts = analyse_text("King Emil Sorn this morning took a call from President Amar Dule, who congratulated him on "
                         "his swearing-in last night.\n\nIn the afternoon, King Emil Sorn took a call from Premier Ilse "
                         "Varga.", published="2018-04-06")
    assert {c.date for _, c in calls_of(facts)} == {date(2018, 4, 6)}


@pytest.mark.parametrize("text", [
    "President Amar Dule on Thursday telephoned Premier Ilse Varga to congratulate her on her win in the vote of March 31.",
    "President Amar Dule on Thursday also telephoned Premier Ilse Varga to praise the runoff of March 31.",
    "President Amar Dule on Thursday held a call with Premier Ilse Varga about the election of March 31.",
])
def test_a_day_right_before_the_verb_is_the_call_s_own(analyse_text, text):
    # the day between the subject and its verb is the verb's; a later day its object names is another's
    call = only_call(analyse_text(text, published="2018-04-05"))[1]
    assert call.date == date(2018, 4, 5)


@pytest.mark.parametrize("text, caller", [
    ("After speaking by phone with King Lars Berg on Monday, President Amar Dule said the talks went well.", None),
    ("Having spoken by phone with King Lars Berg, President Amar Dule flew to Vella on Monday.", None),
    ("Before calling King Lars Berg on Monday, President Amar Dule met his cabinet.", "Amar Dule"),
    ("Earlier, after talking by phone with King Lars Berg on Monday, President Amar Dule left.", None),
])
def test_a_lead_clause_with_no_subject_takes_the_main_clause_s(analyse_text, text, caller):
    people, call = only_call(analyse_text(text, published="2024-05-10"))
    assert people == {"Amar Dule", "Lars Berg"} and call.status is CallStatus.OCCURRED
    assert (call.caller and _names(analyse_text(text, published="2024-05-10"))[call.caller]) == caller


@pytest.mark.parametrize("text", [
    "Unable to reach King Lars Berg by phone, President Amar Dule wrote to him instead.",
    "After failing to reach King Lars Berg by phone on Monday, President Amar Dule sent a letter.",
])
def test_a_lead_clause_s_failed_try_is_an_attempt_of_the_main_clause_s_subject(analyse_text, text):
    facts = analyse_text(text, published="2024-05-10")
    people, call = only_call(facts)
    assert people == {"Amar Dule", "Lars Berg"} and call.status is CallStatus.ATTEMPTED
    assert _names(facts)[call.caller] == "Amar Dule"


def test_a_failed_try_in_a_lead_clause_is_not_the_main_clause_s_call(analyse_text):
    # "Unable to reach X, Y spoke instead to Z": an attempt with X, a call with Z, not one of three
    found = {people: c.status for people, c in calls_of(analyse_text(
        "Unable to reach King Lars Berg, President Amar Dule spoke instead to Premier Ilse Varga on Monday.",
        published="2024-05-10"))}
    assert found == {frozenset({"Amar Dule", "Lars Berg"}): CallStatus.ATTEMPTED,
                     frozenset({"Amar Dule", "Ilse Varga"}): CallStatus.OCCURRED}


def test_who_tried_to_reach_a_described_name_by_telephone_is_the_caller(analyse_text):
    facts = analyse_text("After the count, President Amar Dule attempted to reach the nominee of the Liberal Party, "
                         "Dr Ilse Varga, by telephone, hoping to calm the streets.", published="2018-04-05")
    people, call = only_call(facts)
    assert people == {"Amar Dule", "Ilse Varga"} and call.status is CallStatus.ATTEMPTED
    assert _names(facts)[call.caller] == "Amar Dule"


@pytest.mark.parametrize("quote, caller", [
    ('"He called me to tell me they were close," Trudeau said.', "Emmanuel Macron"),
    ('"I called him to tell him we were close," Trudeau said.', "Justin Trudeau"),
])
def test_a_third_person_pronoun_in_a_quotation_is_not_its_speaker(analyse_text, quote, caller):
    facts = analyse_text("Prime Minister Justin Trudeau said at a news conference that he had spoken with Emmanuel "
                         f"Macron on Sunday night. {quote}", published="2018-10-02")
    people, call = only_call(facts)
    assert people == {"Justin Trudeau", "Emmanuel Macron"} and _names(facts)[call.caller] == caller


def test_a_day_of_calls_is_not_the_day_of_a_claim_denied_after_it(analyse_text):
    # the day of "spent Saturday on the telephone with leaders" carries to calls that took place,
    # not to a denied claim whose denial names no day of its own
    facts = analyse_text("Prime Minister Fumio Kishida was on the phone with world leaders for most of Saturday.\n\n"
                         "His spokesman on Saturday rejected as false a report that Xi Jinping of China had rung "
                         "Kishida late on Friday. \"No such phone conversation took place between them,\" "
                         "the spokesman said.", published="2022-07-10")
    people, call = only_call(facts)
    assert people == {"Fumio Kishida", "Xi Jinping"} and call.status is CallStatus.DENIED
    assert call.date == date(2022, 7, 8) and _names(facts)[call.caller] == "Xi Jinping"


@pytest.mark.parametrize("text", [
    "President Amar Dule spoke to reporters on Monday. A call Dule tried to place to King Lars Berg went unanswered.",
    "President Amar Dule spoke to reporters on Monday. The call Dule made to King Lars Berg lasted ten minutes.",
])
def test_the_name_right_after_a_call_noun_placing_it_is_the_caller(analyse_text, text):
    facts = analyse_text(text, published="2020-12-01")
    people, call = only_call(facts)
    assert people == {"Amar Dule", "Lars Berg"} and _names(facts)[call.caller] == "Amar Dule"


@pytest.mark.parametrize("text", [
    "Estonia's Trade Minister Amar Dule spoke to Chile's Trade Minister Ilse Varga by telephone on Monday, "
    "and the Chilean side initiated it.",
    "Estonia's Trade Minister Amar Dule spoke to Chile's Trade Minister Ilse Varga by telephone on Monday. "
    "The Chilean side placed the call.",
])
def test_a_side_that_initiated_the_call_is_its_participant_from_that_country(analyse_text, text):
    # (a country's possessive before a title gives the person their country)
    facts = analyse_text(text, published="2022-01-20")
    people, call = only_call(facts)
    assert people == {"Amar Dule", "Ilse Varga"} and _names(facts)[call.caller] == "Ilse Varga"


@pytest.mark.parametrize("text, partners", [
    ("Trade Minister Amar Dule spoke with King Lars Berg and Premier Ilse Varga in separate calls on Saturday.",
     {"Lars Berg", "Ilse Varga"}),
    ("President Amar Dule spoke by phone with King Lars Berg, Premier Ilse Varga and Chancellor Tomas Hale in "
     "separate calls on Saturday.", {"Lars Berg", "Ilse Varga", "Tomas Hale"}),
])
def test_separate_calls_after_a_talk_s_partners_are_one_call_each_and_no_more(analyse_text, text, partners):
    # the adjunct tells how the talk was held (a minister's talk is a call by it); its noun takes
    # no subjects among the partners before it
    found = {people for people, _ in calls_of(analyse_text(text, published="2021-05-17"))}
    assert found == {frozenset({"Amar Dule", p}) for p in partners}


@pytest.mark.parametrize("text, calls", [
    ("Trade Minister Amar Dule was on the line with King Lars Berg for half an hour on Friday.", 1),
    ("Thousands of jobs are on the line, King Lars Berg told Premier Ilse Varga at the summit.", 0),
])
def test_on_the_line_with_someone_is_a_call(analyse_text, text, calls):
    assert len(calls_of(analyse_text(text, published="2021-01-25"))) == calls


def test_a_call_noun_used_as_a_verb_s_modifier_makes_no_caller_of_a_later_verb(analyse_text):
    # "held a telephone meeting with Y ... and invited him to join ... online": no one called
    facts = analyse_text("Premier Ilse Varga held a telephone meeting with King Lars Berg on Friday and invited him to "
                         "join the summit online.", published="2023-01-08")
    people, call = only_call(facts)
    assert people == {"Ilse Varga", "Lars Berg"} and call.caller is None


@pytest.mark.parametrize("published, day", [
    ("2024-03-12", date(2024, 3, 3)),  # carried a week and a day after it was filed: the dateline's Sunday
    ("2024-05-12", date(2024, 5, 12)),  # two months on: no dateline of this story, the text's Sunday
])
def test_a_weekday_counts_from_a_dated_dateline_up_to_a_month_before_publication(analyse_text, published, day):
    _, call = only_call(analyse_text("VELLA, March 4 (OTA) - President Amar Dule spoke by phone with Premier Ilse "
                                     "Varga on Sunday about trade.", published=published))
    assert call.date == day


def test_a_preposition_after_a_day_opens_another_phrase_not_an_event_s(analyse_text):
    # "last week about opening the road": the week is the call's, not the opening's; the day of
    # the report is no fallback for it
    _, call = only_call(analyse_text("President Amar Dule told journalists on Monday he had talked with King Lars "
                                     "Berg on the telephone last week about opening the road.", published="2022-06-20"))
    assert call.date is None and call.period is not None


@pytest.mark.parametrize("text", [
    "President Amar Dule on Tuesday denied that he had talked by telephone with King Lars Berg.",
    "The palace on Tuesday denied a report that King Lars Berg had spoken by phone with President Amar Dule.",
])
def test_the_day_of_a_denial_is_not_the_day_of_the_call_denied(analyse_text, text):
    _, call = only_call(analyse_text(text, published="2020-06-16"))
    assert call.status is CallStatus.DENIED and call.date is None


def test_a_try_s_own_failure_after_it_is_no_denial(analyse_text):
    facts = analyse_text("President Amar Dule tried to reach King Lars Berg by telephone on Thursday, but there was "
                         "no answer from the palace.", published="2022-02-26")
    assert [(people, c.status) for people, c in calls_of(facts)] == [
        (frozenset({"Amar Dule", "Lars Berg"}), CallStatus.ATTEMPTED)]


def test_there_was_no_agreement_denies_no_call(analyse_text):
    _, call = only_call(analyse_text("President Amar Dule and King Lars Berg spoke by phone on Monday, but there was no "
                                     "agreement on the border.", published="2022-02-26"))
    assert call.status is CallStatus.OCCURRED


def test_what_but_goes_on_to_say_after_a_denial_is_a_statement_of_its_own(analyse_text):
    facts = analyse_text("The palace on Monday denied that King Lars Berg had spoken by phone with President Amar Dule "
                         "over the weekend, but said Premier Ilse Varga had talked by phone with Chancellor Tomas Hale "
                         "on Saturday.", published="2024-03-11")
    assert {people: c.status for people, c in calls_of(facts)} == {
        frozenset({"Lars Berg", "Amar Dule"}): CallStatus.DENIED,
        frozenset({"Ilse Varga", "Tomas Hale"}): CallStatus.OCCURRED}


@pytest.mark.parametrize("text", [
    "The palace announced on Friday that a call between King Lars Berg and President Amar Dule would take place on "
    "Tuesday.",
    "The palace announced on Friday that a call between King Lars Berg and President Amar Dule, requested by the king, "
    "would take place on Tuesday.",
])
def test_a_call_that_would_take_place_after_its_people_is_planned(analyse_text, text):
    _, call = only_call(analyse_text(text, published="2024-03-29"))
    assert call.status is CallStatus.PLANNED and call.date == date(2024, 4, 2)


@pytest.mark.parametrize("text, day", [
    # a spoken report with no day of its own is the story's day
    ("Premier Ilse Varga told the assembly she had talked by phone this morning with King Lars Berg.", date(2023, 2, 6)),
    ("Premier Ilse Varga said she would speak with King Lars Berg by phone tonight about the floods.", date(2023, 2, 6)),
    # a written one's day the story does not give
    ("In a post, Premier Ilse Varga wrote that she had talked by phone this morning with King Lars Berg.", None),
])
def test_a_relative_day_in_a_spoken_report_counts_from_the_story_s_day(analyse_text, text, day):
    _, call = only_call(analyse_text(text, published="2023-02-06"))
    assert call.date == day


def test_the_one_with_whom_someone_spoke_is_the_partner(analyse_text):
    people, call = only_call(analyse_text("Premier Ilse Varga thanked King Lars Berg, with whom she talked by phone on "
                                          "Friday, for the aircraft he sent.", published="2023-08-28"))
    assert people == {"Ilse Varga", "Lars Berg"} and call.date == date(2023, 8, 25)


@pytest.mark.parametrize("text", [
    "President Amar Dule called King Lars Berg the day after the June 4 run-off.",
    "President Amar Dule called King Lars Berg to praise his win on the day after the June 4 run-off.",
])
def test_the_day_after_a_dated_hyphenated_event_noun(analyse_text, text):
    # (no naming either: "called X the day after" tells when, not what X was called)
    people, call = only_call(analyse_text(text, published="2023-06-07"))
    assert people == {"Amar Dule", "Lars Berg"} and call.date == date(2023, 6, 5)


@pytest.mark.parametrize("text", [
    "President Amar Dule and King Lars Berg on Monday opened the largest mobile phone factory in the region.",
    "Varga calls Berg's speech 'a sign of panic'\n\nPremier Ilse Varga said on Wednesday that King Lars Berg's "
    "decision to call up reservists was a mistake.",
])
def test_a_phone_of_a_device_and_an_infinitive_of_another_verb_are_no_calls(analyse_text, text):
    assert calls_of(analyse_text(text, published="2022-09-21")) == []


def test_a_summit_held_by_video_link_by_the_names_in_dashes_before_its_verb(analyse_text):
    # "The leaders of X - A, B and C - held their summit by video link": the summit is a call of
    # the names between the dashes ("their": the subjects of "held"); a spaced dash is no hyphen
    # of a title
    people, call = only_call(analyse_text(
        "The leaders of the bloc - President Amar Dule, King Lars Berg and Premier Ilse Varga - held their first "
        "summit by video link on Friday, then pledged more aid.", published="2021-03-13"))
    assert people == {"Amar Dule", "Lars Berg", "Ilse Varga"} and call.date == date(2021, 3, 12)


@pytest.mark.parametrize("lead, day", [
    ("President Amar Dule and King Lars Berg discussed the border truce on Saturday, the palace said.", date(2021, 5, 22)),
])
def test_a_headline_s_call_takes_the_day_of_a_lead_that_retells_it(analyse_text, lead, day):
    _, call = only_call(analyse_text(f"Dule, Berg talk by phone on border truce\n\n{lead}", published="2021-05-25"))
    assert call.date == day


@pytest.mark.parametrize("opening", [
    "On the eve of the summit, which opened in Vella on Nov. 15,",
    "On the eve of the Nov. 15 G7 summit,",
    "VELLA (OTA) - On the eve of the summit, which opened in Vella on Nov. 15,",  # after a dateline too
])
def test_the_eve_of_a_summit_dated_in_a_relative_clause_or_before_its_name(analyse_text, opening):
    _, call = only_call(analyse_text(f"{opening} President Amar Dule spoke by phone with King Lars Berg.",
                                     published="2022-11-16"))
    assert call.date == date(2022, 11, 14)


def test_partners_after_a_day_and_its_description_between_commas(analyse_text):
    # "held calls on Wednesday, the opening day of Eid al-Adha, with A and B": the holiday is no person
    found = {people for people, _ in calls_of(analyse_text(
        "President Amar Dule held phone calls on Wednesday, the opening day of Eid al-Adha, with King Lars Berg and "
        "Premier Ilse Varga, his office said.", published="2023-06-29"))}
    assert found == {frozenset({"Amar Dule", "Lars Berg"}), frozenset({"Amar Dule", "Ilse Varga"})}


def test_leaders_who_telephoned_someone_are_the_callers_listed_next(analyse_text):
    facts = analyse_text("Leaders of several countries telephoned President Amar Dule on Wednesday to congratulate "
                         "him. King Lars Berg and Premier Ilse Varga were among the callers.", published="2024-06-06")
    names = _names(facts)
    assert sorted((names[c.caller], c.date) for _, c in calls_of(facts)) == [
        ("Ilse Varga", date(2024, 6, 5)), ("Lars Berg", date(2024, 6, 5))]


def test_madam_is_an_honorific_not_a_person(analyse_text):
    people, _ = only_call(analyse_text("His Excellency President Amar Dule had a telephone conversation on Monday with "
                                       "Her Excellency Madam Ilse Varga, President of the Republic of Ostria.",
                                       published="2017-08-16"))
    assert people == {"Amar Dule", "Ilse Varga"}


@pytest.mark.parametrize("outlet, reporters", [
    ("Vella Evening Times", []),  # "– TIMES": the publisher signing off, no other outlet
    ("TIMES News Agency", ["TIMES"]),  # the first word of the publisher's name is its agency's
])
def test_a_closing_credit_of_a_later_word_of_the_publisher_s_name_is_the_publisher(analyse_text, outlet, reporters):
    facts = analyse_text("President Amar Dule spoke by phone with King Lars Berg on Thursday.\n\n– TIMES",
                         published="2022-09-02", outlet=outlet)
    _, call = only_call(facts)
    assert [_names(facts)[r.outlet] for r in call.reports] == reporters


@pytest.mark.parametrize("text, days", [
    ("President Amar Dule and King Lars Berg spoke by phone on Monday and again on Wednesday, an aide said.",
     [date(2023, 12, 11), date(2023, 12, 13)]),
    # (the same day again is one call told once)
    ("President Amar Dule and King Lars Berg spoke by phone on Monday morning and again on Monday night.",
     [date(2023, 12, 11)]),
])
def test_a_pair_that_spoke_again_on_another_day_held_a_second_call(analyse_text, text, days):
    assert sorted(c.date for _, c in calls_of(analyse_text(text, published="2023-12-15"))) == days


@pytest.mark.parametrize("second", [
    "Prime Minister Ilse Varga, who was sworn in on Tuesday, also called Emmanuel Macron the same day.",
    "Macron, who is set to travel to Vella on Sunday, also took a call from Prime Minister Ilse Varga the same day.",
])
def test_the_same_day_skips_a_day_in_a_relative_clause(analyse_text, second):
    facts = analyse_text("PARIS, March 2 - Recep Tayyip Erdogan called Emmanuel Macron on Wednesday about the floods. "
                         + second, published="2023-03-02")
    days = {frozenset(k): c.date for k, c in calls_of(facts)}
    assert days[frozenset({"Ilse Varga", "Emmanuel Macron"})] == date(2023, 3, 1)


def test_a_back_reference_with_no_also_counts_from_the_relative_clause_s_day(analyse_text):
    # no "also" ties the call to the one told before: "that morning" is the morning of the day
    # the relative clause names
    facts = analyse_text("PARIS, March 2 - Recep Tayyip Erdogan called Emmanuel Macron on Wednesday about the floods. "
                         "Prime Minister Ilse Varga, who flew to Vella on Tuesday, told us she had rung Macron that "
                         "morning.", published="2023-03-02")
    days = {frozenset(k): c.date for k, c in calls_of(facts)}
    assert days[frozenset({"Ilse Varga", "Emmanuel Macron"})] == date(2023, 2, 28)


@pytest.mark.parametrize("event", ["on taking office on October 1", "on being sworn in on October 1",
                                   "after she was elected on October 1"])
def test_a_day_an_event_verb_completes_after_the_call_is_the_event_s(analyse_text, event):
    _, call = only_call(analyse_text(
        f"Prime Minister Ilse Varga spoke by phone with President Lars Berg to congratulate him {event}.",
        published="2024-10-08"))
    assert call.date is None


def test_a_verb_that_describes_the_partner_leaves_the_day_to_the_call(analyse_text):
    _, call = only_call(analyse_text(
        "Prime Minister Ilse Varga telephoned the newly elected president Lars Berg on Friday afternoon.",
        published="2024-10-08"))
    assert call.date == date(2024, 10, 4)


@pytest.mark.parametrize("text, caller", [
    ("Prime Minister Ilse Varga and King Emil Sorn each spoke by phone with President Emmanuel Macron on Monday.", False),
    ("Prime Minister Ilse Varga and King Emil Sorn separately phoned President Emmanuel Macron on Monday.", True),
])
def test_subjects_that_each_spoke_with_one_partner_held_a_call_each(analyse_text, text, caller):
    facts = analyse_text(text, published="2024-03-06")
    calls = dict(calls_of(facts))
    assert set(calls) == {frozenset({"Ilse Varga", "Emmanuel Macron"}), frozenset({"Emil Sorn", "Emmanuel Macron"})}
    names = {e.key: e.name for e in facts.entities}
    assert {names.get(c.caller) for c in calls.values()} == ({"Ilse Varga", "Emil Sorn"} if caller else {None})


def test_a_joint_call_of_subjects_with_no_distributive_word_stays_one(analyse_text):
    calls = dict(calls_of(analyse_text(
        "Prime Minister Ilse Varga and King Emil Sorn spoke by phone with President Emmanuel Macron on Monday.",
        published="2024-03-06")))
    assert set(calls) == {frozenset({"Ilse Varga", "Emil Sorn", "Emmanuel Macron"})}


@pytest.mark.parametrize("text", [
    "Prime Minister Ilse Varga spoke on Tuesday with King Emil Sorn and, separately, with President Emmanuel Macron.",
    "Prime Minister Ilse Varga phoned King Emil Sorn and, separately, President Emmanuel Macron on Tuesday.",
])
def test_a_partner_told_separately_held_a_call_of_their_own(analyse_text, text):
    calls = dict(calls_of(analyse_text(text, published="2024-03-06")))
    assert set(calls) == {frozenset({"Ilse Varga", "Emil Sorn"}), frozenset({"Ilse Varga", "Emmanuel Macron"})}


@pytest.mark.parametrize("event, day", [
    # a place between the event's noun and the relative clause that dates it
    ("on the eve of the summit in Vilnius, which opened on July 11,", date(2023, 7, 10)),
    # a restrictive clause right after the noun
    ("hours after the earthquake that struck the coast before dawn on Monday,", date(2023, 7, 10)),
    # the event's partners between its noun and its day
    ("the day after the summit between the two presidents on July 8,", date(2023, 7, 9)),
])
def test_a_day_told_by_an_event_dated_after_words_of_its_own(analyse_text, event, day):
    _, call = only_call(analyse_text(
        f"Prime Minister Ilse Varga telephoned President Emmanuel Macron {event} her office said on Thursday.",
        published="2023-07-13"))
    assert call.date == day


def test_a_that_clause_after_a_meeting_noun_is_no_event_s_day(analyse_text):
    _, call = only_call(analyse_text(
        "Prime Minister Ilse Varga told a news conference that she had spoken with President Emmanuel Macron "
        "on Sunday night.", published="2023-07-13"))
    assert call.date == date(2023, 7, 9)


def test_a_verb_s_medium_holds_no_meeting_named_after_it(analyse_text):
    calls = dict(calls_of(analyse_text(
        "Johann Wadephul and Emil Sorn spoke on the phone the day after the Alaska summit between "
        "the US and Russian presidents on August 15.", published="2025-08-18")))
    assert set(calls) == {frozenset({"Johann Wadephul", "Emil Sorn"})}


def test_him_in_a_quotation_is_the_one_named_in_the_paragraph_before(analyse_text):
    found, call = only_call(analyse_text(
        "Prime Minister Ilse Varga says she has congratulated President Lars Berg on his inauguration.\n\n"
        "\"I spoke with him this morning. We had a warm conversation about the dam,\" Varga told reporters.",
        published="2024-10-21"))
    assert found == {"Ilse Varga", "Lars Berg"}
    assert call.date == date(2024, 10, 21)


@pytest.mark.parametrize("second, planned", [
    ("\"I think I could talk to him openly,\" Varga said.", False),
    ("The two could speak again on Friday, an aide said.", True),
])
def test_a_possibility_modal_makes_no_plan_of_a_talk_without_a_day(analyse_text, second, planned):
    facts = analyse_text("Prime Minister Ilse Varga phoned President Lars Berg on Thursday. " + second,
                         published="2024-11-08")
    assert any(c.status is CallStatus.PLANNED for _, c in calls_of(facts)) is planned


@pytest.mark.parametrize("said", [
    "President Lars Berg told a rally on Wednesday, referring to his counterpart, Prime Minister Emil Sorn.",
    "President Lars Berg said on Wednesday in reference to Prime Minister Emil Sorn.",
])
def test_a_quotation_s_third_person_is_the_one_it_is_said_to_refer_to(analyse_text, said):
    facts = analyse_text(f"\"He called me last night to say the dam will open,\" {said}", published="2024-11-20")
    found, call = only_call(facts)
    assert found == {"Lars Berg", "Emil Sorn"}
    assert {e.key: e.name for e in facts.entities}[call.caller] == "Emil Sorn"
    assert call.date == date(2024, 11, 19)


@pytest.mark.parametrize("between", ["last week to congratulate her on her victory", "on Friday about the dam"])
def test_a_second_partner_after_a_purpose_or_topic_of_the_first(analyse_text, between):
    calls = dict(calls_of(analyse_text(
        f"President Lars Berg spoke with Prime Minister Ilse Varga {between}, and with King Emil Sorn on Monday "
        "about energy, his office said.", published="2025-05-14")))
    assert set(calls) == {frozenset({"Lars Berg", "Ilse Varga"}), frozenset({"Lars Berg", "Emil Sorn"})}
    assert calls[frozenset({"Lars Berg", "Emil Sorn"})].date == date(2025, 5, 12)


def test_a_plan_word_owning_another_event_leaves_the_call_held(analyse_text):
    _, call = only_call(analyse_text(
        "President Lars Berg held a call with Prime Minister Ilse Varga on Thursday ahead of next week's summit.",
        published="2025-05-09"))
    assert call.status is CallStatus.OCCURRED
    assert call.date == date(2025, 5, 8)


def test_a_call_returned_is_a_call_back_of_its_own(analyse_text):
    facts = analyse_text("President Lars Berg tried to reach Prime Minister Ilse Varga by telephone on Friday, but she "
                         "could not take the call. Varga returned the call on Saturday.", published="2023-09-04")
    names = {e.key: e.name for e in facts.entities}
    found = sorted((c.status.name, c.date, names.get(c.caller)) for _, c in calls_of(facts))
    assert found == [("ATTEMPTED", date(2023, 9, 1), "Lars Berg"), ("OCCURRED", date(2023, 9, 2), "Ilse Varga")]


def test_returning_someone_s_call_makes_the_subject_the_caller(analyse_text):
    facts = analyse_text("Prime Minister Ilse Varga returned President Lars Berg's call on Saturday.",
                         published="2023-09-04")
    found, call = only_call(facts)
    assert found == {"Ilse Varga", "Lars Berg"}
    assert {e.key: e.name for e in facts.entities}[call.caller] == "Ilse Varga"


@pytest.mark.parametrize("trailing, day", [
    ("a day after speaking with King Emil Sorn", date(2023, 12, 6)),
    ("two days after talking to King Emil Sorn by phone", date(2023, 12, 5)),
    ("hours after calling King Emil Sorn", date(2023, 12, 7)),
    ("after speaking by phone with King Emil Sorn", None),  # no gap told: no day
])
def test_a_trailing_clause_s_call_is_the_main_subject_s_and_counts_from_its_day(analyse_text, trailing, day):
    calls = dict(calls_of(analyse_text(
        f"President Lars Berg spoke by phone on Thursday with Prime Minister Ilse Varga, {trailing}.",
        published="2023-12-08")))
    assert set(calls) == {frozenset({"Lars Berg", "Ilse Varga"}), frozenset({"Lars Berg", "Emil Sorn"})}
    assert calls[frozenset({"Lars Berg", "Emil Sorn"})].date == day


def test_a_trailing_clause_s_subject_is_the_reported_clause_s(analyse_text):
    facts = analyse_text("An aide said President Lars Berg had been briefed by Prime Minister Ilse Varga and by the "
                         "adviser, Tomas Hale, before calling King Emil Sorn.", published="2023-12-08")
    found, _ = only_call(facts)
    assert found == {"Lars Berg", "Emil Sorn"}


def test_a_list_closed_by_and_takes_no_name_after_its_comma(analyse_text):
    calls = dict(calls_of(analyse_text(
        "President Tomas Hale spoke by phone on Monday with King Emil Sorn, with Prime Minister Ilse Varga and with President "
        "Lars Berg, spokesman Matthew Miller said in separate readouts.", published="2023-10-10")))
    assert set(calls) == {frozenset({"Tomas Hale", p}) for p in ("Emil Sorn", "Ilse Varga", "Lars Berg")}


@pytest.mark.parametrize("denial", ["dismissing reports that", "dismissing as invented a report that",
                                    "rejecting a report that"])
def test_a_participle_dismissing_a_report_denies_its_call(analyse_text, denial):
    _, call = only_call(analyse_text(
        f"The palace spoke on Monday, {denial} King Emil Sorn had phoned President Lars Berg.", published="2024-03-12"))
    assert call.status is CallStatus.DENIED


@pytest.mark.parametrize("text, calls", [
    ("At a rally on Sunday, President Lars Berg called Prime Minister Ilse Varga corrupt.", 0),
    ("President Lars Berg called Prime Minister Ilse Varga dishonest and weak.", 0),
    ("President Lars Berg called Prime Minister Ilse Varga again.", 1),
    ("President Lars Berg called Prime Minister Ilse Varga back.", 1),
])
def test_a_predicate_after_the_person_called_is_a_naming(analyse_text, text, calls):
    assert len(analyse_text(text, published="2024-05-22").calls) == calls


def test_a_day_in_a_that_clause_with_its_own_subject_dates_no_call(analyse_text):
    facts = analyse_text("Prime Minister Ilse Varga tried to phone President Lars Berg on Tuesday. Berg called her back "
                         "the next day and the two spoke for half an hour, agreeing that Varga would travel to Vell next "
                         "week.", published="2023-06-01")
    found = sorted((c.status.name, c.date) for _, c in calls_of(facts))
    assert found == [("ATTEMPTED", date(2023, 5, 30)), ("OCCURRED", date(2023, 5, 31))]


def test_a_headline_s_to_before_a_call_adverbial_is_a_plan_of_the_week_to_come(analyse_text):
    facts = analyse_text("Berg, Varga to discuss dam in call this week\n\nVELL, Nov 25 - President Lars Berg will hold a "
                         "phone call with Prime Minister Ilse Varga on Thursday, his office said.", published="2024-11-25")
    found = [(c.status, c.date) for _, c in calls_of(facts)]
    assert found == [(CallStatus.PLANNED, date(2024, 11, 28))]


def test_the_first_leader_to_speak_with_someone_tells_no_plan(analyse_text):
    facts = analyse_text("Berg first European leader to speak with Varga\n\nVELL, July 30 - President Lars Berg spoke by "
                         "phone on Monday with Prime Minister Ilse Varga, his office said.", published="2024-07-30")
    found = [(c.status, c.date) for _, c in calls_of(facts)]
    assert found == [(CallStatus.OCCURRED, date(2024, 7, 29))]


@pytest.mark.parametrize("text, day", [
    ("President Lars Berg said on Monday that his first call since taking office on March 1 had been with Prime "
     "Minister Ilse Varga on Saturday.", date(2024, 3, 2)),
    # a clause of its own after "since": its day is its event's
    ("President Lars Berg phoned Prime Minister Ilse Varga, the first call since two envoys were expelled in January.",
     None),
])
def test_a_gerund_phrase_after_since_closes_before_the_clause_s_verb(analyse_text, text, day):
    _, call = only_call(analyse_text(text, published="2024-03-04"))
    assert call.date == day


# -- guards from a cold review of this session's rules -------------------------------------------

@pytest.mark.parametrize("text, day", [
    ("President Lars Berg phoned Prime Minister Ilse Varga from his office on Monday.", date(2024, 5, 6)),
    ("President Lars Berg phoned Prime Minister Ilse Varga on her first day in office on Monday.", date(2024, 5, 6)),
    ("President Lars Berg phoned Prime Minister Ilse Varga after learning that the embassy was attacked on Monday.",
     None),
])
def test_an_office_or_a_clause_s_verb_makes_no_event_of_the_call_s_day(analyse_text, text, day):
    _, call = only_call(analyse_text(text, published="2024-05-08"))
    assert call.date == day


@pytest.mark.parametrize("text, status", [
    ("President Lars Berg phoned Prime Minister Ilse Varga on Monday, dismissing reports of a rift between the two.",
     CallStatus.OCCURRED),
    ("President Lars Berg and Prime Minister Ilse Varga could speak as early as Friday.", CallStatus.PLANNED),
    ("President Lars Berg may speak with Prime Minister Ilse Varga soon, the office said.", CallStatus.PLANNED),
])
def test_a_participle_after_the_call_or_a_modal_outside_quotes_keeps_the_status(analyse_text, text, status):
    _, call = only_call(analyse_text(text, published="2024-05-08"))
    assert call.status is status


@pytest.mark.parametrize("text", [
    "President Lars Berg called Prime Minister Ilse Varga often, aides say.",
    "President Lars Berg called Prime Minister Ilse Varga already.",
    "President Lars Berg called Prime Minister Ilse Varga last, after the king.",
    "President Lars Berg will call Prime Minister Ilse Varga next.",
])
def test_a_time_after_the_person_called_is_no_naming(analyse_text, text):
    assert len(analyse_text(text, published="2024-05-08").calls) == 1


def test_a_counterpart_elsewhere_in_the_sentence_makes_no_minister_s_partner(analyse_text):
    assert analyse_text("Foreign Minister Amar Dule, whose counterpart resigned last week, spoke with Tomas Hale on "
                        "Monday.", published="2024-05-08").calls == ()
    found, _ = only_call(analyse_text("Foreign Minister Amar Dule spoke with Lars Berg, his counterpart, on Monday.",
                                      published="2024-05-08"))
    assert found == {"Amar Dule", "Lars Berg"}


def test_each_in_a_relative_clause_leaves_a_joint_call_one(analyse_text):
    calls = dict(calls_of(analyse_text(
        "President Lars Berg and Prime Minister Ilse Varga, who each face elections this year, held a joint call with "
        "King Emil Sorn on Monday.", published="2024-05-08")))
    assert set(calls) == {frozenset({"Lars Berg", "Ilse Varga", "Emil Sorn"})}


@pytest.mark.parametrize("text, day, status", [
    ("President Lars Berg will phone Prime Minister Ilse Varga on Friday, a day after speaking with King Emil Sorn.",
     date(2024, 5, 9), CallStatus.PLANNED),
    ("President Lars Berg flew to Vell on Thursday, after speaking with King Emil Sorn by phone on Wednesday.",
     date(2024, 5, 8), CallStatus.OCCURRED),
])
def test_a_trailing_clause_follows_a_plan_and_keeps_a_day_of_its_own(analyse_text, text, day, status):
    calls = dict(calls_of(analyse_text(text, published="2024-05-08")))
    call = calls[frozenset({"Lars Berg", "Emil Sorn"})]
    assert (call.date, call.status) == (day, status)


def test_last_week_s_call_is_no_weekday_of_last_week(analyse_text):
    _, call = only_call(analyse_text("Prime Minister Ilse Varga said on Monday last week's phone call with President "
                                     "Lars Berg had gone well.", published="2024-05-08"))
    assert call.date is None


def test_a_possibility_modal_in_a_quotation_opened_a_sentence_before_makes_no_plan(analyse_text):
    facts = analyse_text("Prime Minister Ilse Varga phoned President Lars Berg on Thursday.\n\n\"He is a man of his "
                         "word. I think I could talk to him openly,\" Varga told reporters after the call.",
                         published="2024-11-08")
    assert [c.status for _, c in calls_of(facts)] == [CallStatus.OCCURRED]


@pytest.mark.parametrize("text, caller", [
    # a post that leaves out its writer: who "phoned" placed the call; who "spoke" or had "a call" may not have
    ('"Just phoned President Ilse Varga to wish her well," Prime Minister Lars Berg wrote on X on Monday.',
     "Lars Berg"),
    ('Prime Minister Lars Berg wrote on X: "Rang President Ilse Varga this morning to wish her well."', "Lars Berg"),
    ('"Great call with President Ilse Varga this morning," Prime Minister Lars Berg wrote on X.', None),
    ('"Just got a call from President Ilse Varga," Prime Minister Lars Berg wrote on X.', "Ilse Varga"),
])
def test_a_post_that_leaves_out_its_writer_who_phoned_names_the_writer_the_caller(analyse_text, text, caller):
    facts = analyse_text(text, published="2024-05-10")
    people, call = only_call(facts)
    names = _names(facts)
    assert sorted(people) == ["Ilse Varga", "Lars Berg"]
    assert (names[call.caller] if call.caller else None) == caller


def test_a_post_that_leaves_out_its_writer_who_spoke_with_a_leader_tells_a_call(analyse_text):
    facts = analyse_text('"Just spoke with President Ilse Varga about the grain corridor," Prime Minister Lars Berg '
                         'wrote on X on Monday.', published="2024-05-10")
    people, call = only_call(facts)
    assert sorted(people) == ["Ilse Varga", "Lars Berg"] and call.caller is None
    # (not a talk at a place: "spoke with the press in Rome", "spoke with X at the summit")
    assert calls_of(analyse_text('"Spoke with President Ilse Varga at the summit in Rome," Prime Minister Lars Berg '
                                 'wrote on X.', published="2024-05-10")) == []


@pytest.mark.parametrize("text, people", [
    # "the two men" of a leader and one the gazetteer knows to take office soon, the sentence before
    ("Javier Milei met Gabriel Boric in Santiago on Monday. The two men had first talked by telephone on "
     "November 19.", ["Gabriel Boric", "Javier Milei"]),
    # (not a spokesman beside a leader)
    ("Spokesman Tomas Hale said on Monday that President Lars Berg would travel to Vell. The two men spoke by "
     "phone on Sunday.", None),
])
def test_the_two_men_of_a_leader_and_one_who_takes_office_soon(analyse_text, text, people):
    facts = analyse_text(text, published="2023-11-29")
    found = calls_of(facts)
    assert [sorted(p) for p, _ in found] == ([people] if people else [])


@pytest.mark.parametrize("text, day", [
    # a day opening the sentence right after a dateline's agency is the call's, not the agency's
    ("VELL, June 15 (Reuters) - On Wednesday, President Lars Berg spoke by phone with King Emil Sorn, "
     "sources said.", date(2017, 6, 14)),
    ("VELL (Reuters) - On Wednesday President Lars Berg spoke by phone with King Emil Sorn, sources said.",
     date(2017, 6, 14)),
    # (an outlet's own day in the sentence is still its report's: "Reuters on Wednesday reported ...")
    ("Reuters on Wednesday reported that President Lars Berg had spoken by phone with King Emil Sorn.", None),
])
def test_a_day_right_after_a_dateline_s_agency_dates_the_call(analyse_text, text, day):
    _, call = only_call(analyse_text(text, published="2017-06-16"))
    assert call.date == day


def test_one_of_a_call_just_told_who_also_spoke_with_someone_else_held_a_call(analyse_text):
    # (a UN head, not a leader: bare talk alone would not do)
    facts = analyse_text("Secretary-General Tala Voss spoke by phone with President Amar Dule on Monday. Later the same "
                         "day Voss also spoke with Premier Ilse Varga about the ceasefire.", published="2023-05-30")
    found = sorted((sorted(p), c.date) for p, c in calls_of(facts))
    assert found == [(["Amar Dule", "Tala Voss"], date(2023, 5, 29)), (["Ilse Varga", "Tala Voss"], date(2023, 5, 29))]


@pytest.mark.parametrize("text", [
    # not a talk at a place, nor one of someone who was not on the call told
    "Secretary-General Tala Voss spoke by phone with President Amar Dule on Monday. Voss also spoke with Premier "
    "Ilse Varga at the summit in Vell.",
    "Secretary-General Tala Voss spoke by phone with President Amar Dule on Monday. Envoy Lars Berg also spoke with "
    "Minister Ilse Varga.",
])
def test_an_also_talk_that_is_no_call(analyse_text, text):
    facts = analyse_text(text, published="2023-05-30")
    assert [sorted(p) for p, _ in calls_of(facts)] == [["Amar Dule", "Tala Voss"]]


def test_a_plan_told_with_also_between_the_modal_and_the_verb(analyse_text):
    facts = analyse_text("Premier Ilse Varga phoned President Amar Dule on Thursday. Her office later said the premier "
                         "would also speak with President Tomas Hale later on Thursday.", published="2025-10-09")
    found = sorted((sorted(p), c.status.value) for p, c in calls_of(facts))
    assert found == [(["Amar Dule", "Ilse Varga"], "Occurred"), (["Ilse Varga", "Tomas Hale"], "Planned")]


def test_calls_told_separately_of_someone_unnamed_pair_no_one_of_the_list(analyse_text):
    facts = analyse_text("The envoy held a call with President Amar Dule and, separately, with President Tomas Hale "
                         "on Friday.", published="2025-06-18")
    assert calls_of(facts) == []
    facts = analyse_text("Commission Chairperson Tala Voss held a call with President Amar Dule and, separately, with "
                         "President Tomas Hale on Friday.", published="2025-06-18")
    assert sorted(sorted(p) for p, _ in calls_of(facts)) == [["Amar Dule", "Tala Voss"], ["Tala Voss", "Tomas Hale"]]


@pytest.mark.parametrize("text", [
    # a portfolio of two words before "Minister" belongs to the title, so the subjects coordinate
    "Foreign Minister Lars Berg and External Affairs Minister Tomas Hale spoke by phone on Sunday.",
    "Foreign Minister Lars Berg and Indian Home Affairs Minister Tomas Hale spoke by phone on Sunday.",
    "Foreign Minister Lars Berg and External Affairs Minister Tomas Hale, in a telephone conversation on Sunday, "
    "discussed fertiliser supplies.",
])
def test_two_ministers_one_titled_by_a_portfolio_of_two_words(analyse_text, text):
    people, call = only_call(analyse_text(text, published="2022-08-11"))
    assert sorted(people) == ["Lars Berg", "Tomas Hale"] and call.date == date(2022, 8, 7)


@pytest.mark.parametrize("text, day", [
    # a relative day in what someone said is counted from the day the sentence says it was said
    ('Defence Minister Lars Berg said on Wednesday he had spoken by phone with Defence Secretary Tomas Hale '
     '"this morning" about air defence.', date(2024, 12, 11)),
    ("Defence Minister Lars Berg said on Wednesday he had spoken by phone with Defence Secretary Tomas Hale "
     "yesterday.", date(2024, 12, 10)),
    # (with no day of saying, none: the story's day may not be the day it was said)
    ("Lars Berg, the defence minister, said he talked to Defence Secretary Tomas Hale by telephone yesterday.",
     None),
])
def test_a_relative_day_said_on_a_day_told_counts_from_that_day(analyse_text, text, day):
    _, call = only_call(analyse_text(text, published="2024-12-13"))
    assert call.date == day


@pytest.mark.parametrize("text, day", [
    # a dateline's weekday is the day "yesterday" and "this evening" count from
    ("Vell, Tuesday: President Lars Berg held a telephone conversation yesterday with King Emil Sorn, the "
     "presidential office said.", date(2022, 12, 12)),
    ("Vell, Tuesday (OTA) — King Emil Sorn took a telephone call from President Lars Berg this evening.",
     date(2022, 12, 13)),
])
def test_a_dateline_s_weekday_is_the_day_relative_days_count_from(analyse_text, text, day):
    _, call = only_call(analyse_text(text, published="2022-12-14"))
    assert call.date == day


@pytest.mark.parametrize("text, days", [
    # days listed before "respectively" go one by one to the calls of the list
    ("President Amar Dule phoned King Emil Sorn and Premier Ilse Varga on Sunday and Monday respectively.",
     {"Emil Sorn": date(2024, 8, 11), "Ilse Varga": date(2024, 8, 12)}),
    ("President Amar Dule spoke by phone with King Emil Sorn, Premier Ilse Varga and President Tomas Hale on "
     "Friday, Sunday and Monday respectively.",
     {"Emil Sorn": date(2024, 8, 9), "Ilse Varga": date(2024, 8, 11), "Tomas Hale": date(2024, 8, 12)}),
    # (a count that does not fit: no day given one by one)
    ("President Amar Dule phoned King Emil Sorn and Premier Ilse Varga on Sunday, respectively after the "
     "vote.", {"Emil Sorn": date(2024, 8, 11), "Ilse Varga": date(2024, 8, 11)}),
])
def test_days_listed_respectively_go_to_the_calls_one_by_one(analyse_text, text, days):
    facts = analyse_text(text, published="2024-08-14")
    found = {next(n for n in p if n != "Amar Dule"): c.date for p, c in calls_of(facts)}
    assert found == days


def test_the_two_men_named_two_sentences_before(analyse_text):
    # a leader and a president-elect the gazetteer knows, a sentence with no name between
    facts = analyse_text("Javier Milei embraced Gabriel Boric in Santiago on Monday. It was their second meeting. The "
                         "two men had first talked by telephone on November 19.", published="2023-11-29")
    assert [sorted(p) for p, _ in calls_of(facts)] == [["Gabriel Boric", "Javier Milei"]]


@pytest.mark.parametrize("text, day", [
    # "the call that X placed": X placed it, and the clause's day is the call's
    ("Prime Minister Lars Berg took the call that President Tomas Hale placed on Sunday.", date(2019, 11, 3)),
    ("Prime Minister Lars Berg was still on stage when he accepted a concession call that President Tomas Hale "
     "placed from his office.", None),
])
def test_the_call_that_someone_placed_names_its_caller(analyse_text, text, day):
    people, call = only_call(analyse_text(text, published="2019-11-09"))
    names = _names(analyse_text(text, published="2019-11-09"))
    assert sorted(people) == ["Lars Berg", "Tomas Hale"] and names[call.caller] == "Tomas Hale" and call.date == day


def test_last_night_in_a_quotation_is_a_weak_day_that_joins_the_call_dated_before(analyse_text):
    # the quotation was said on a day the text does not give: "last night" dates nothing for sure
    facts = analyse_text("President Amar Dule told a news conference on Monday that he had phoned President Lars "
                         "Berg on Sunday night.\n\n\"I phoned him last night and we spoke for twenty minutes,\" Dule "
                         "added.",
                         published="2019-10-29")
    assert [(sorted(p), c.date) for p, c in calls_of(facts)] == [(["Amar Dule", "Lars Berg"], date(2019, 10, 27))]


@pytest.mark.parametrize("text, people", [
    # a defence minister's talk with no call word is a call, as a foreign minister's is
    ("Defence Minister Amar Dule spoke with his counterpart Ilse Varga on Monday about air defence.",
     ["Amar Dule", "Ilse Varga"]),
    # the sentence's title wins over the gazetteer's role (a former secretary there)
    ("US Defense Secretary Lloyd Austin spoke today with Israeli Defense Minister Yoav Gallant about the "
     "strikes, an official told reporters.", ["Lloyd Austin", "Yoav Gallant"]),
    # (not at a meeting in person, nor a former minister)
    ("Defence Minister Amar Dule spoke with his counterpart Ilse Varga at the alliance's meeting in Vell on Monday.",
     None),
    ("Former Defence Minister Amar Dule spoke with President Ilse Varga on Monday.", None),
])
def test_a_defence_minister_s_talk_is_a_call(analyse_text, text, people):
    found = [sorted(p) for p, _ in calls_of(analyse_text(text, published="2024-10-29"))]
    assert found == ([people] if people else [])


@pytest.mark.parametrize("text, people", [
    # a group the text has named no one for: the names opening the next sentence, as many as it says
    ("The two leaders spoke by telephone for an hour on Tuesday evening, an official said.\n\nPresident Amar "
     "Dule and King Emil Sorn agreed that their ministers should meet.", ["Amar Dule", "Emil Sorn"]),
    ("The three leaders held a phone call on Tuesday, the ministry said.\n\nPresident "
     "Amar Dule, King Emil Sorn and Premier Ilse Varga agreed to share radar data.",
     ["Amar Dule", "Emil Sorn", "Ilse Varga"]),
    # (not a count that does not fit, nor names that do not open the sentence)
    ("The two leaders spoke by telephone on Tuesday.\n\nPresident Amar Dule, King Emil Sorn and Premier Ilse "
     "Varga attended the summit.", None),
    ("The two leaders spoke by telephone on Tuesday.\n\nOn Wednesday, President Amar Dule and King Emil Sorn "
     "attended the summit.", None),
])
def test_a_group_named_only_in_the_next_sentence(analyse_text, text, people):
    found = [sorted(p) for p, _ in calls_of(analyse_text(text, published="2024-05-29"))]
    assert found == ([people] if people else [])


def test_an_asker_introducing_herself_is_no_one_a_later_him_stands_for(analyse_text):
    text = ("Q: Thanks. Tom Keel, Vell Radio. Has Secretary Lars Berg been in touch with his counterpart?\n\n"
            "GEN. DULE: He has. He called Foreign Minister Tomas Hale yesterday evening.\n\n"
            "Q: Ann Roe, Vell Post. Is he also talking to Norland about this?\n\n"
            "GEN. DULE: A call between him and Defense Minister Emil Sorn is likely later this week.")
    facts = analyse_text(text, published="2024-06-18")
    found = sorted(sorted(p) for p, _ in calls_of(facts))
    assert ["Ann Roe", "Emil Sorn"] not in found and ["Emil Sorn", "Lars Berg"] in found


@pytest.mark.parametrize("text, day", [
    # a planned call told by an event still to come: the day the text gives that event
    ("President Lars Berg plans to call President Tomas Hale by telephone on the eve of the "
     "summit, which opens in Vell on Tuesday, his spokesman said on Thursday.", date(2023, 8, 21)),
    ("President Lars Berg will phone President Tomas Hale the day after the summit. The summit opens on "
     "Tuesday.", date(2023, 8, 23)),
    # (no day given the event: none)
    ("President Lars Berg will phone President Tomas Hale the day before the summit, his office said on "
     "Thursday.", None),
])
def test_a_planned_call_told_by_an_event_to_come(analyse_text, text, day):
    _, call = only_call(analyse_text(text, published="2023-08-17"))
    assert call.status is CallStatus.PLANNED and call.date == day



@pytest.mark.parametrize("text, days", [
    # a first partner with a time of its own keeps it; the second's day is the second's
    ("President Lars Berg said he spoke with King Emil Sorn in March about security, and with Premier Ilse "
     "Varga on Wednesday about the bloc.", {"Emil Sorn": None, "Ilse Varga": date(2025, 5, 21)}),
    # (one day told once for both still dates both)
    ("President Lars Berg spoke with King Emil Sorn and with Premier Ilse Varga on Wednesday.",
     {"Emil Sorn": date(2025, 5, 21), "Ilse Varga": date(2025, 5, 21)}),
])
def test_a_second_partner_s_day_is_not_the_first_s_when_the_first_has_a_time(analyse_text, text, days):
    facts = analyse_text(text, published="2025-05-22")
    assert {next(n for n in p if n != "Lars Berg"): c.date for p, c in calls_of(facts)} == days


@pytest.mark.parametrize("text, calls", [
    # guards from a cold review of this round's rules, each a case a rule got wrong at first
    # (an "and" opening a person's clause joins no places: the quake gets no day)
    ("The quake hit the north and Premier Ilse Varga on Wednesday visited the area. President Lars Berg phoned "
     "Varga the day after the quake.", [(["Ilse Varga", "Lars Berg"], None)]),
    # ("also spoke with" someone who is neither a leader nor a minister: no call)
    ("President Lars Berg phoned King Emil Sorn on Monday. Berg also spoke with Tomas Hale, his chief of staff, "
     "about the budget.", [(["Emil Sorn", "Lars Berg"], date(2024, 5, 6))]),
    # (a group's people are not commentators named next, nor people who welcomed the call)
    ("The two leaders spoke by phone on Tuesday, their first call in a year. Ilse Varga and Tomas Hale of the "
     "Vell Institute said the call signalled a thaw.", []),
    # (days in a relative clause are not given out "respectively"; a comma before it is)
    ("President Lars Berg phoned King Emil Sorn and Premier Ilse Varga, who won elections on Sunday and Monday "
     "respectively.", [(["Emil Sorn", "Lars Berg"], None), (["Ilse Varga", "Lars Berg"], None)]),
    ("President Lars Berg phoned King Emil Sorn and Premier Ilse Varga on Sunday and Monday, respectively.",
     [(["Emil Sorn", "Lars Berg"], date(2024, 5, 5)), (["Ilse Varga", "Lars Berg"], date(2024, 5, 6))]),
    # (the day a call was requested is not the call's)
    ("King Emil Sorn finally took the call that President Lars Berg had requested on Sunday. The two spoke on "
     "Tuesday.", [(["Emil Sorn", "Lars Berg"], date(2024, 5, 7))]),
    # (a plan told by an event the text says is over: no day read forward)
    ("The summit opened in Vell on Tuesday and ended without a deal. President Lars Berg will phone King Emil Sorn "
     "the day after the summit.", [(["Emil Sorn", "Lars Berg"], None)]),
    # (a former or deputy defence minister's talk is no call)
    ("Former Defence Minister Amar Dule of Vell spoke with President Lars Berg on Monday.", []),
    ("Vell's deputy Defence Minister Amar Dule spoke with President Lars Berg on Monday.", []),
])
def test_guards_from_a_review_of_the_round(analyse_text, text, calls):
    facts = analyse_text(text, published="2024-05-10")
    assert sorted((sorted(p), c.date) for p, c in calls_of(facts)) == sorted(calls)


@pytest.mark.parametrize("text, caller", [
    # a participle after the main clause's object has the main clause's subject
    ("King Emil Sorn sent President Lars Berg his sympathy, ringing him late last night, the "
     "court said.", "Emil Sorn"),
    ("King Emil Sorn praised President Lars Berg, phoning him late last night to offer help.", "Emil Sorn"),
])
def test_a_participle_after_the_object_has_the_main_subject(analyse_text, text, caller):
    facts = analyse_text(text, published="2020-08-05")
    _, call = only_call(facts)
    assert _names(facts)[call.caller] == caller


@pytest.mark.parametrize("text, people", [
    # "discussed <a topic> with Y by phone": the one talked with is the call's partner
    ("President Lars Berg discussed the war with Prime Minister Emil Sorn by phone on Monday.",
     ["Emil Sorn", "Lars Berg"]),
    ("Premier Ilse Varga went over the budget with King Emil Sorn over the phone on Monday.",
     ["Emil Sorn", "Ilse Varga"]),
    # (not a trip with someone by train, nor a talk a verb of talking already tells)
    ("President Lars Berg travelled with Prime Minister Emil Sorn by train on Monday.", None),
])
def test_a_topic_discussed_with_someone_by_phone(analyse_text, text, people):
    found = [sorted(p) for p, _ in calls_of(analyse_text(text, published="2024-05-10"))]
    assert found == ([people] if people else [])


def test_a_round_of_calls_to_one_person_gives_each_later_caller_a_call(analyse_text):
    facts = analyse_text("Chancellor Tomas Hale rang President-elect Lars Berg at dawn. Prime Minister Giorgia Meloni and "
                         "Prime Minister Pedro Sanchez also telephoned the president-elect before lunch.",
                         published="2023-11-20")
    calls = dict(calls_of(facts))
    assert set(calls) == {frozenset({"Tomas Hale", "Lars Berg"}), frozenset({"Giorgia Meloni", "Lars Berg"}),
                          frozenset({"Pedro Sánchez", "Lars Berg"})}
    names = _names(facts)
    assert names[calls[frozenset({"Giorgia Meloni", "Lars Berg"})].caller] == "Giorgia Meloni"


def test_also_telephoning_one_person_with_no_call_of_theirs_before_stays_one_call(analyse_text):
    # (no round: the two may well have rung together)
    facts = analyse_text("Prime Minister Giorgia Meloni and Prime Minister Pedro Sanchez also telephoned President-elect "
                         "Lars Berg before lunch.", published="2023-11-20")
    people, _ = only_call(facts)
    assert people == {"Giorgia Meloni", "Pedro Sánchez", "Lars Berg"}


@pytest.mark.parametrize("label", ["I.V.", "IV"])
def test_an_answer_labelled_by_initials_speaks_for_the_one_they_stand_for(analyse_text, label):
    facts = analyse_text("Ilse Varga on the border talks\n\nQuestion: Did the Chancellor call you?\n\nIlse Varga: Not yet."
                         f"\n\nQuestion: And Italy?\n\n{label}: I rang Prime Minister Giorgia Meloni on Tuesday.",
                         published="2024-05-19")
    people, call = only_call(facts)
    assert people == {"Ilse Varga", "Giorgia Meloni"}
    assert _names(facts)[call.caller] == "Ilse Varga"
    assert call.date == date(2024, 5, 14)


@pytest.mark.parametrize("label", ["Ilse Varga", "I.V.", "IV"])
def test_a_yes_naming_only_the_medium_answers_a_question_about_talking(analyse_text, label):
    facts = analyse_text("Ilse Varga on the border talks\n\nQuestion: Have you talked to Prime Minister Giorgia Meloni "
                         f"lately?\n\n{label}: Yes, over a video link on Thursday. She sees it our way.",
                         published="2024-05-19")
    people, call = only_call(facts)
    assert people == {"Ilse Varga", "Giorgia Meloni"}
    assert call.status is CallStatus.OCCURRED and call.date == date(2024, 5, 16)


def test_a_no_naming_the_medium_is_no_call(analyse_text):
    facts = analyse_text("Ilse Varga on the border talks\n\nQuestion: Have you talked to Prime Minister Giorgia Meloni "
                         "lately?\n\nIlse Varga: No, not even by phone.", published="2024-05-19")
    assert calls_of(facts) == []


@pytest.mark.parametrize("text", [
    "President Lars Berg hopes to speak with Prime Minister Giorgia Meloni by phone once the count is over.",
    '"I hope to talk to Prime Minister Giorgia Meloni by phone next week," President Lars Berg said.',
])
def test_a_hope_to_call_is_a_plan(analyse_text, text):
    people, call = only_call(analyse_text(text, published="2024-05-19"))
    assert people == {"Lars Berg", "Giorgia Meloni"}
    assert call.status is CallStatus.PLANNED


def test_a_hope_told_after_the_call_word_plans_nothing(analyse_text):
    facts = analyse_text("During the call on Monday, President Lars Berg told Prime Minister Giorgia Meloni that he hopes "
                         "to deepen trade.", published="2024-05-19")
    _, call = only_call(facts)
    assert call.status is CallStatus.OCCURRED


def test_asking_for_a_call_that_is_turned_down_is_an_attempt(analyse_text):
    facts = analyse_text("President Lars Berg requested a phone conversation with Giorgia Meloni of Italy. "
                         "Rome turned the request down.", published="2024-05-19")
    _, call = only_call(facts)
    assert call.status is CallStatus.ATTEMPTED
    assert _names(facts)[call.caller] == "Lars Berg"


def test_a_request_for_a_call_the_text_then_tells_held_is_that_call(analyse_text):
    facts = analyse_text("President Lars Berg spoke by phone with Prime Minister Giorgia Meloni this afternoon. "
                         "Berg had asked for the call in the morning, his office said.", published="2024-05-19")
    _, call = only_call(facts)
    assert call.status is CallStatus.OCCURRED and call.date == date(2024, 5, 19)


def test_an_attempt_and_the_call_held_on_other_days_stay_two(analyse_text):
    facts = analyse_text("President Lars Berg's phone call with Prime Minister Giorgia Meloni on Saturday was not the "
                         "first try. On Thursday Berg asked for a call with Meloni, and Rome never replied.",
                         published="2024-05-19")
    found = sorted((c.status.value, c.date) for _, c in calls_of(facts))
    assert found == sorted([(CallStatus.OCCURRED.value, date(2024, 5, 18)), (CallStatus.ATTEMPTED.value, date(2024, 5, 16))])


def test_a_poll_named_with_its_day_is_another_event_not_the_day_a_later_call_counts_from(analyse_text):
    facts = analyse_text("President-elect Lars Berg took calls from abroad yesterday, hours after officials declared "
                         "him the winner of Saturday's poll.\n\nChancellor Olaf Scholz rang him at home in the morning.",
                         published="2023-11-20")
    _, call = only_call(facts)
    assert call.date == date(2023, 11, 19)


@pytest.mark.parametrize("honorific", ["", "Hon. ", "Mr "])
def test_a_title_in_apposition_before_an_honorific_and_an_unknown_name(analyse_text, honorific):
    facts = analyse_text(f"Prime Minister Jacinda Ardern telephoned Tonga's Acting Prime Minister, {honorific}Tevita Lolo, "
                         "to pass on her sympathy.", published="2019-09-14")
    people, call = only_call(facts)
    assert people == {"Jacinda Ardern", "Tevita Lolo"}
    lolo = next(e for e in facts.entities if e.name == "Tevita Lolo")
    assert lolo.kind.value == "Leader" and lolo.role == "Acting Prime Minister" and lolo.country == "Tonga"


def test_a_persons_call_that_reached_someone_is_their_call(analyse_text):
    facts = analyse_text("Chancellor Olaf Scholz's phone call reached President Emmanuel Macron on Monday evening.",
                         published="2024-05-10")
    people, call = only_call(facts)
    assert people == {"Olaf Scholz", "Emmanuel Macron"}
    assert _names(facts)[call.caller] == "Olaf Scholz" and call.date == date(2024, 5, 6)


@pytest.mark.parametrize("told, named", [
    ("The May 3 blast wrecked the harbour.", "on the night of the explosion"),
    ("The plane crash on May 3 killed forty people.", "on the night of the crash"),
])
def test_a_day_told_by_an_event_of_a_family_named_with_its_date(analyse_text, told, named):
    facts = analyse_text(f"{told} King Emil Sorn spoke to President Emmanuel Macron by phone {named}.",
                         published="2020-06-01")
    _, call = only_call(facts)
    assert call.date == date(2020, 5, 3)


def test_a_back_reference_counts_from_the_day_of_a_call_told_before_it_in_the_sentence(analyse_text):
    facts = analyse_text("The May 3 blast wrecked the harbour. Ships came back on May 20.\n\nThe response had been quick. King Emil Sorn rang President "
                         "Emmanuel Macron on the evening of the explosion, and Chancellor Olaf Scholz called him "
                         "the following morning.", published="2020-06-01")
    days = {people: c.date for people, c in calls_of(facts)}
    assert days == {frozenset({"Emil Sorn", "Emmanuel Macron"}): date(2020, 5, 3),
                    frozenset({"Olaf Scholz", "Emmanuel Macron"}): date(2020, 5, 4)}


@pytest.mark.parametrize("lead, day", [("Five days after", date(2020, 5, 8)), ("A week after", date(2020, 5, 10)),
                                       ("Four days before", date(2020, 4, 29))])
def test_a_day_told_by_a_number_of_days_from_an_event(analyse_text, lead, day):
    facts = analyse_text(f"The May 3 blast wrecked the harbour. {lead} the blast, King Emil Sorn phoned President "
                         "Emmanuel Macron.", published="2020-06-01")
    _, call = only_call(facts)
    assert call.date == day


def test_an_untitled_name_of_a_listed_given_name_spelt_the_french_way(analyse_text):
    facts = analyse_text("President Emmanuel Macron telephoned Mustapha Velli on Monday.", published="2020-09-02")
    people, _ = only_call(facts)
    assert people == {"Emmanuel Macron", "Mustapha Velli"}


def test_the_secretary_is_the_one_the_article_titled_secretary(analyse_text):
    facts = analyse_text("Briefing by the spokesman\n\nQ: Has Secretary Tala Voss been in touch with Minister Emil Sorn?"
                         "\n\nSPOKESMAN: She has. The secretary spoke with Minister Emil Sorn by phone yesterday.",
                         published="2024-06-18")
    people, call = only_call(facts)
    assert people == {"Tala Voss", "Emil Sorn"} and call.date == date(2024, 6, 17)


def test_a_cabinet_style_title_names_the_gazetteer_official_in_office_that_day(analyse_text):
    facts = analyse_text("Secretary Austin spoke by phone with Defense Minister Minoru Kihara on Monday.",
                         published="2024-06-18")
    people, _ = only_call(facts)
    assert people == {"Lloyd Austin", "Minoru Kihara"}


def test_an_asker_introducing_himself_is_not_whom_the_answer_s_him_stands_for(analyse_text):
    facts = analyse_text("Briefing by spokeswoman Mara Kell\n\nQ: Is Secretary Lars Berg flying to Tokyo?\n\n"
                         "Mara Kell: Not this week.\n\nQ: Tomas Hale, Vell Post. Is the secretary going to talk to Japan?"
                         "\n\nMara Kell: I'd think he will talk to Defense Minister Minoru Kihara by phone on Friday.",
                         published="2024-06-18")
    people, call = only_call(facts)
    assert people == {"Lars Berg", "Minoru Kihara"} and call.status is CallStatus.PLANNED


@pytest.mark.parametrize("text, caller", [
    ("King Emil Sorn was among the first leaders to call President Lars Berg on Sunday.", True),
    ("King Emil Sorn was among the earliest on the line with President Lars Berg on Sunday.", False),
])
def test_a_subject_ranked_among_others_holds_the_call_its_clause_tells(analyse_text, text, caller):
    facts = analyse_text(text, published="2019-10-28")
    people, call = only_call(facts)
    assert people == {"Emil Sorn", "Lars Berg"} and call.date == date(2019, 10, 27)
    assert (_names(facts).get(call.caller) == "Emil Sorn") is caller


def test_a_subject_among_guests_then_a_clause_of_its_own_is_no_ranking(analyse_text):
    facts = analyse_text("King Emil Sorn was among the guests, and he spoke with President Lars Berg by phone on Sunday.",
                         published="2019-10-28")
    people, call = only_call(facts)
    assert people == {"Emil Sorn", "Lars Berg"} and call.caller is None


@pytest.mark.parametrize("hour", ["three o'clock", "3 o’clock"])
def test_a_call_at_an_hour_of_the_clock_with_no_one_named_after_it(analyse_text, hour):
    facts = analyse_text(f"President Lars Berg took a call from Chancellor Olaf Scholz on Sunday. King Emil Sorn rang at {hour} "
                         "on Monday morning Vella time.", published="2019-10-28")
    days = {people: c.date for people, c in calls_of(facts)}
    assert days[frozenset({"Emil Sorn", "Lars Berg"})] == date(2019, 10, 28)


def test_the_second_review_of_round_twenty_three(analyse_text):
    def calls(text, published="2024-05-10"):
        facts = analyse_text(text, published=published)
        names = _names(facts)
        return sorted((tuple(sorted(p)), c.date, c.status.value, names.get(c.caller)) for p, c in calls_of(facts))

    # a hope not right before the call's verb plans nothing; one that came to nothing is no call
    assert calls("President Lars Berg, hoping to ease tensions, phoned King Emil Sorn on Monday.") == [
        (("Emil Sorn", "Lars Berg"), date(2024, 5, 6), "Occurred", "Lars Berg")]
    assert calls("President Lars Berg hopes to build on his phone call with King Emil Sorn on Monday.")[0][2] == "Occurred"
    assert calls("President Lars Berg had hoped to speak with King Emil Sorn by phone on Monday, but the king was ill.") == []
    # a yes to a question about no talk, or about a talk to come, is no call held
    for question in ("Did you watch Chancellor Tomas Hale's speech to the summit?", "Will you speak to Chancellor Tomas Hale?"):
        found = calls(f"Interview with President Ilse Varga.\n\nQ: {question}\n\nI.V.: Yes, by video link on Thursday.")
        assert all(status != "Occurred" for _, _, status, _ in found), found
    # news of a call is not its caller's call
    assert calls("News of King Emil Sorn's call reached President Lars Berg late on Monday.") == []
    # a date before the cue is the day named before, not another call's
    found = calls("Chancellor Tomas Hale flew to Rome on Wednesday. President Lars Berg, who had called King Emil Sorn "
                  "on May 2, phoned Hale the same evening.")
    assert (("Lars Berg", "Tomas Hale"), date(2024, 5, 8), "Occurred", "Lars Berg") in found
    # a joint call stays one
    found = calls("King Emil Sorn phoned President Lars Berg on Monday. Premier Ilse Varga and Chancellor Tomas Hale also "
                  "telephoned the president together on Tuesday.")
    assert (("Ilse Varga", "Lars Berg", "Tomas Hale"), date(2024, 5, 7), "Occurred", None) in found
    # a request in the clause before the call held is that call
    assert calls("King Emil Sorn asked for a call with President Lars Berg on Monday, and the two spoke for an hour.") == [
        (("Emil Sorn", "Lars Berg"), date(2024, 5, 6), "Occurred", "Emil Sorn")]
    # a request is not an older call with no day
    assert sorted(s for _, _, s, _ in calls("President Lars Berg has asked for a call with King Emil Sorn. Sorn spoke with "
                                            "Berg by phone in 2019, aides said.")) == ["Attempted", "Occurred"]
    # a vocative is no asker introducing herself
    found = calls("Interview with President Ilse Varga.\n\nQ: King Emil Sorn says you never call. What about Chancellor "
                  "Tomas Hale, President Varga?\n\nVarga: I rang him on Thursday.")
    assert [p for p, *_ in found] == [("Ilse Varga", "Tomas Hale")]
    # two secretaries: "the secretary" is neither
    assert calls("Secretary Tala Voss met Secretary Ilse Varga on Monday. The secretary later spoke with King Emil Sorn "
                 "by phone.") == []


def test_an_interview_opened_by_spoke_to_an_outlet_speaks_for_its_subject(analyse_text):
    facts = analyse_text("Foreign Minister Ilse Varga spoke to Vell News about the border.\n\nHave you heard from your "
                         "allies?\n\nYes. Chancellor Olaf Scholz and I talked by phone on Sunday.\n\nAnd the summit?\n\n"
                         "We will see.", published="2024-05-14")
    people, call = only_call(facts)
    assert people == {"Ilse Varga", "Olaf Scholz"} and call.date == date(2024, 5, 12)


def test_a_comparison_with_as_in_a_relative_clause_opens_no_clause(analyse_text):
    facts = analyse_text("King Emil Sorn, who was seated at the same table as President Lars Berg at the dinner, had phoned "
                         "him on Saturday.", published="2025-02-05")
    people, call = only_call(facts)
    assert people == {"Emil Sorn", "Lars Berg"} and _names(facts)[call.caller] == "Emil Sorn"


@pytest.mark.parametrize("title", ["Head of Government", "Emperor", "Captain Regent", "State Counsellor", "Grand Duke"])
def test_a_leader_s_title_of_several_words_or_a_rare_one_types_an_unknown_name(analyse_text, title):
    facts = analyse_text(f"President Lars Berg telephoned {title} Arlo Venn on Tuesday morning.", published="2024-03-08")
    people, call = only_call(facts)
    assert people == {"Lars Berg", "Arlo Venn"} and call.date == date(2024, 3, 5)
    assert {e.name: e.kind.value for e in facts.entities}["Arlo Venn"] == "Leader"


def test_a_gazetteer_leader_titled_head_of_government_is_called(analyse_text):
    facts = analyse_text("Spain's Prime Minister Pedro Sánchez rang Head of Government Aziz Akhannouch on Tuesday.",
                         published="2024-03-08")
    people, call = only_call(facts)
    assert people == {"Pedro Sánchez", "Aziz Akhannouch"} and _names(facts)[call.caller] == "Pedro Sánchez"


@pytest.mark.parametrize("between", [
    "as foreign minister on Monday",
    "in the new post on Monday,",
    "in office on Monday",
    "on Monday,",
])
def test_the_caller_s_standing_or_a_comma_between_a_call_and_its_partner(analyse_text, between):
    facts = analyse_text(f"Foreign Minister Tala Voss held her first phone call {between} with Chancellor Tomas Hale.",
                         published="2024-03-08")
    people, call = only_call(facts)
    assert people == {"Tala Voss", "Tomas Hale"} and call.date == date(2024, 3, 4)


def test_a_standing_phrase_is_no_bridge_over_a_clause(analyse_text):
    # "as" opening a clause of its own ("as the talks ... with") passes over no verb's subject
    facts = analyse_text("Foreign Minister Tala Voss held a phone call on Monday as Chancellor Tomas Hale met King Emil "
                         "Sorn.", published="2024-03-08")
    assert not any(people == {"Tala Voss", "Emil Sorn"} for people, _ in calls_of(facts))


@pytest.mark.parametrize("first", [
    "Vice-President Arlo Venn ran the cabinet for a month.",
    "Deputy Prime Minister Arlo Venn chaired the weekly meeting.",
    "Foreign Minister Arlo Venn flew to the summit alone.",
])
def test_the_two_men_of_a_leader_and_a_deputy_or_a_minister(analyse_text, first):
    facts = analyse_text(f"{first} President Lars Berg stayed abroad. The two men talked over the telephone on Sunday.",
                         published="2024-03-08")
    people, call = only_call(facts)
    assert people == {"Arlo Venn", "Lars Berg"} and call.date == date(2024, 3, 3)


def test_the_two_men_is_no_pair_of_a_leader_and_a_spokesman(analyse_text):
    facts = analyse_text("Spokesman Arlo Venn briefed the press. President Lars Berg stayed abroad. The two men talked over "
                         "the telephone on Sunday.", published="2024-03-08")
    assert calls_of(facts) == []


@pytest.mark.parametrize("when", ["the evening before she left Vell", "late on the night before he returned",
                                  "the day after Berg landed in Rome"])
def test_a_day_counted_from_an_event_a_clause_tells_is_no_day(analyse_text, when):
    facts = analyse_text(f"President Lars Berg met King Emil Sorn in May. The two leaders spoke by phone {when}.",
                         published="2024-03-08")
    people, call = only_call(facts)
    assert people == {"Emil Sorn", "Lars Berg"} and call.date is None


def test_a_day_before_with_no_clause_after_it_still_counts_back(analyse_text):
    facts = analyse_text("President Lars Berg phoned King Emil Sorn on Thursday. They had also talked the night before.",
                         published="2024-03-08")
    assert sorted(c.date for _, c in calls_of(facts)) == [date(2024, 3, 6), date(2024, 3, 7)]


@pytest.mark.parametrize("text", [
    "Prime Minister Tala Voss's last call with President Arlo Venn was on April 16.",
    "Prime Minister Tala Voss had her last call with President Arlo Venn on April 16.",
    "Prime Minister Tala Voss's final call with President Arlo Venn was on April 16.",
])
def test_a_last_or_final_call_with_a_partner_is_a_call(analyse_text, text):
    people, call = only_call(analyse_text(text, published="2024-06-18"))
    assert people == {"Tala Voss", "Arlo Venn"} and call.date == date(2024, 4, 16)


def test_the_last_call_for_a_flight_is_still_no_call(analyse_text):
    assert calls_of(analyse_text("President Arlo Venn's aides heard the last call for the flight to Vell.",
                                 published="2024-06-18")) == []


@pytest.mark.parametrize("medium", ["by satellite phone", "over a satellite link", "on a satellite phone"])
def test_a_phone_of_a_kind_is_a_medium(analyse_text, medium):
    people, call = only_call(analyse_text(f"Prime Minister Tala Voss briefed President Arlo Venn {medium} on Wednesday.",
                                          published="2017-09-07"))
    assert people == {"Tala Voss", "Arlo Venn"} and call.medium is CallMedium.PHONE and call.date == date(2017, 9, 6)


@pytest.mark.parametrize("when", ["a little after 10 p.m. on Saturday", "a little before midnight on Saturday"])
def test_a_time_a_little_after_an_hour_after_the_one_called_is_no_naming(analyse_text, when):
    people, call = only_call(analyse_text(f"Mayor Tala Voss said President Lars Berg called her {when} to offer help.",
                                          published="2024-07-14"))
    assert people == {"Tala Voss", "Lars Berg"} and call.date == date(2024, 7, 13)
    assert _names(analyse_text(f"Mayor Tala Voss said President Lars Berg called her {when} to offer help.",
                               published="2024-07-14"))[call.caller] == "Lars Berg"


@pytest.mark.parametrize("verb, caller", [("had asked for", "Arlo Venn"), ("had requested", "Arlo Venn"),
                                          ("asked for", "Arlo Venn")])
def test_a_call_a_country_asked_for_was_placed_by_its_participant(analyse_text, verb, caller):
    facts = analyse_text(f"Portuguese Foreign Minister Tala Voss spoke with Angolan Foreign Minister Arlo Venn on Monday "
                         f"in a call Angola {verb}.", published="2024-06-18")
    people, call = only_call(facts)
    assert people == {"Tala Voss", "Arlo Venn"} and _names(facts)[call.caller] == caller


def test_a_partner_in_apposition_right_before_by_phone(analyse_text):
    facts = analyse_text("Foreign Minister Tala Voss had discussed the border with her Ostrian counterpart, Arlo Venn, by "
                         "phone on Thursday.", published="2018-10-01")
    people, call = only_call(facts)
    assert people == {"Tala Voss", "Arlo Venn"} and call.date == date(2018, 9, 27) and call.medium is CallMedium.PHONE


def test_partners_each_with_a_day_of_their_own_are_a_call_each(analyse_text):
    facts = analyse_text("Foreign Minister Tala Voss said she had received calls from many counterparts, among them Ostrian "
                         "Foreign Minister Arlo Venn on Saturday and Vellish Foreign Minister Ilse Varga on Sunday.",
                         published="2018-10-01")
    found = {frozenset(p): (c.date, _names(facts)[c.caller]) for p, c in calls_of(facts)}
    assert found == {frozenset({"Tala Voss", "Arlo Venn"}): (date(2018, 9, 29), "Arlo Venn"),
                     frozenset({"Tala Voss", "Ilse Varga"}): (date(2018, 9, 30), "Ilse Varga")}
    # a second person who is the subject of a clause of their own is no partner
    facts = analyse_text("President Lars Berg spoke with Chancellor Arlo Venn on Saturday and Premier Ilse Varga said on "
                         "Sunday that she was pleased.", published="2018-10-01")
    assert [p for p, _ in calls_of(facts)] == [frozenset({"Lars Berg", "Arlo Venn"})]


def test_honourable_names_a_person_and_a_bracketed_country_stays_in_a_title(analyse_text):
    facts = analyse_text("The Minister of Trade, Honourable Tala Voss, earlier today received a telephone call "
                         "from the Trade Minister of the Republic of Korea (South Korea), Dr Arlo Venn.",
                         published="2018-10-01")
    people, call = only_call(facts)
    assert people == {"Tala Voss", "Arlo Venn"} and _names(facts)[call.caller] == "Arlo Venn"
    assert call.date == date(2018, 10, 1)
    assert not any(e.name == "Member" for e in analyse_text("Members thanked the Honourable Member for Vell.").entities)


@pytest.mark.parametrize("second, day", [
    ("The call from King Emil Sorn came through the same afternoon.", date(2022, 8, 15)),
    ("King Emil Sorn's call came the next day.", date(2022, 8, 16)),
    ("A call from King Emil Sorn came on Tuesday.", date(2022, 8, 16)),
    ("The call from Varnia's King Emil Sorn, himself new to the throne, came through the same afternoon.",
     date(2022, 8, 15)),
    ("The call from Emil Sorn, the king of Varnia, came through the same afternoon.", date(2022, 8, 15)),
])
def test_a_call_from_someone_after_a_call_to_one_person_is_to_that_person(analyse_text, second, day):
    facts = analyse_text(f"President Lars Berg rang Prime Minister Tala Voss on Monday. {second}", published="2022-08-20")
    found = {frozenset(p): (c.date, _names(facts)[c.caller]) for p, c in calls_of(facts)}
    assert found[frozenset({"Emil Sorn", "Tala Voss"})] == (day, "Emil Sorn")


def test_a_call_from_someone_praised_by_another_is_no_call_to_the_one_called_before(analyse_text):
    facts = analyse_text("President Lars Berg rang Prime Minister Tala Voss on Monday. King Emil Sorn praised the call.",
                         published="2022-08-20")
    assert [p for p, _ in calls_of(facts)] == [frozenset({"Lars Berg", "Tala Voss"})]


@pytest.mark.parametrize("text", [
    "Prime Minister Tala Voss gave a wake-up call to President Arlo Venn on Monday.",
    "Prime Minister Tala Voss made a last call to President Arlo Venn to withdraw his troops.",
    "It was President Tala Voss's first phone call since the quarrel with President Arlo Venn.",
    "President Lars Berg called Mayor Emil Sorn a traitor a while ago.",
    "President Tala Voss and President Arlo Venn agreed to set up a secure line on Monday.",
    "Vice-President Arlo Venn and spokesman Emil Sorn flew to Vell. President Lars Berg stayed at home. The two men "
    "talked by phone on Sunday.",
])
def test_the_cold_review_s_near_misses_of_round_twenty_four_are_no_calls(analyse_text, text):
    assert calls_of(analyse_text(text, published="2024-03-08")) == []


def test_the_cold_review_s_cases_of_round_twenty_four(analyse_text):
    def calls(text):
        facts = analyse_text(text, published="2024-03-08")
        names = _names(facts)
        return sorted((tuple(sorted(p)), c.date, names.get(c.caller)) for p, c in calls_of(facts))

    # a relative day opening the call's own clause still counts back
    assert calls("President Lars Berg phoned King Emil Sorn on Thursday. The night before Sorn had called Berg.") == [
        (("Emil Sorn", "Lars Berg"), date(2024, 3, 6), "Emil Sorn"), (("Emil Sorn", "Lars Berg"), date(2024, 3, 7), "Lars Berg")]
    # a titled subject opens the event's clause
    assert calls("President Lars Berg met King Emil Sorn in May. The two leaders spoke by phone the night before "
                 "President Sorn flew home.") == [(("Emil Sorn", "Lars Berg"), None, None)]
    # a second person with a day and then a verb of their own is no partner
    assert calls("President Lars Berg spoke with Chancellor Arlo Venn on Saturday and Premier Ilse Varga on Sunday said "
                 "that she was pleased.") == [(("Arlo Venn", "Lars Berg"), date(2024, 3, 2), None)]
    # a bracketed country after a title without an honorific before the name
    assert calls("President Lars Berg received a telephone call from the Trade Minister of the Republic of Korea "
                 "(South Korea), Arlo Venn.") == [(("Arlo Venn", "Lars Berg"), None, "Arlo Venn")]


@pytest.mark.parametrize("prep", ["with", "to"])
def test_on_the_line_to_or_with_someone_is_a_call_with_them(analyse_text, prep):
    people, call = only_call(analyse_text(f"Foreign Minister Tala Voss was on the line {prep} Foreign Minister Arlo "
                                          "Venn on Thursday night.", published="2024-06-14"))
    assert people == {"Tala Voss", "Arlo Venn"} and call.date == date(2024, 6, 13)
    assert calls_of(analyse_text("Her seat is on the line to the tune of a few hundred votes, Foreign Minister Tala "
                                 "Voss said.", published="2024-06-14")) == []


def test_had_someone_on_the_line_is_a_call_with_them(analyse_text):
    people, call = only_call(analyse_text("Foreign Minister Tala Voss had Foreign Minister Arlo Venn on the line on "
                                          "Thursday night.", published="2024-06-14"))
    assert people == {"Tala Voss", "Arlo Venn"} and call.date == date(2024, 6, 13) and call.medium is CallMedium.PHONE
    assert calls_of(analyse_text("Foreign Minister Tala Voss had her career on the line.", published="2024-06-14")) == []


@pytest.mark.parametrize("post, called", [
    ('"Good to speak with King Emil Sorn this morning," Premier Ilse Varga wrote on Tuesday.', True),
    ('"Great talking to King Emil Sorn today," Premier Ilse Varga wrote on Tuesday.', True),
    ('"Looking forward to speaking with King Emil Sorn," Premier Ilse Varga wrote on Tuesday.', False),
    ('"Good to speak with King Emil Sorn at the summit in Vella," Premier Ilse Varga wrote on Tuesday.', False),
    ('"Good to see King Emil Sorn," Premier Ilse Varga wrote on Tuesday.', False),
    ('"Good to speak with King Emil Sorn again soon," Premier Ilse Varga wrote on Tuesday.', False),
    ('"Great talking to King Emil Sorn," Premier Ilse Varga wrote on Tuesday after their dinner in Vella.', False),
    ('Premier Ilse Varga met King Emil Sorn in Vella on Tuesday. "Great talking to King Emil Sorn," she wrote.', False),
    ('"Good to speak with King Emil Sorn in Vella today," Premier Ilse Varga wrote on Tuesday.', False),
    ('"Good to speak with King Emil Sorn at the G20 today," Premier Ilse Varga wrote on Tuesday.', False),
    ('"Good to speak with King Emil Sorn at length today," Premier Ilse Varga wrote on Tuesday.', True),
    # (a future or a meeting outside the post, or with someone else, says nothing of this talk)
    ('"Good to speak with King Emil Sorn about next steps," Premier Ilse Varga wrote later on Tuesday.', True),
    ('Premier Ilse Varga met President Lars Berg on Monday. "Great talking to King Emil Sorn," she wrote on '
     'Tuesday.', True),
])
def test_a_post_opening_on_the_pleasure_of_talking_with_a_leader_is_a_call(analyse_text, post, called):
    facts = analyse_text(post, published="2024-06-14")
    occurred = [people for people, c in calls_of(facts) if c.status is CallStatus.OCCURRED]
    assert occurred == ([frozenset({"Ilse Varga", "Emil Sorn"})] if called else [])


@pytest.mark.parametrize("verb", ["rang up", "phoned up", "rang back", "called back", "called up"])
def test_a_particle_between_a_call_verb_and_the_one_called(analyse_text, verb):
    facts = analyse_text(f"Premier Ilse Varga {verb} King Emil Sorn on Tuesday.", published="2024-06-14")
    names = {e.key: e.name for e in facts.entities}
    assert [(people, names.get(c.caller)) for people, c in calls_of(facts)] == \
        [(frozenset({"Ilse Varga", "Emil Sorn"}), "Ilse Varga")]


def test_called_up_reservists_is_no_call(analyse_text):
    assert calls_of(analyse_text("Premier Ilse Varga called up the reservists on Tuesday after King Emil Sorn's "
                                 "warning.", published="2024-06-14")) == []


def test_a_list_of_callers_with_their_countries_in_brackets_is_a_call_each(analyse_text):
    facts = analyse_text("President Lars Berg, Premier Ilse Varga and President Amara Dule were among the first to send "
                         "their wishes.\n\nKing Emil Sorn took calls on Monday from Berg (Ostria), Varga (Varnia) and "
                         "Dule (Vellmark), the palace said.", published="2024-06-12")
    assert sorted(sorted(people) for people, _ in calls_of(facts)) == [
        ["Amara Dule", "Emil Sorn"], ["Emil Sorn", "Ilse Varga"], ["Emil Sorn", "Lars Berg"]]


def test_the_members_named_after_a_group_go_on_past_its_clause(analyse_text):
    facts = analyse_text("King Emil Sorn has talked by telephone with a dozen leaders since the coronation, including "
                         "President Lars Berg and Premier Ilse Varga.", published="2024-06-12")
    assert sorted(sorted(people) for people, _ in calls_of(facts)) == [["Emil Sorn", "Ilse Varga"], ["Emil Sorn", "Lars Berg"]]


@pytest.mark.parametrize("text, day", [
    ("The video call between President Lars Berg and Premier Ilse Varga was postponed on Wednesday.", None),
    ("The video call between President Lars Berg and Premier Ilse Varga has been put off until Monday.", date(2024, 6, 17)),
    ("The video call between President Lars Berg and Premier Ilse Varga on Friday was called off.", date(2024, 6, 14)),
    ("The video call on Friday between President Lars Berg and Premier Ilse Varga was called off.", date(2024, 6, 14)),
])
def test_a_call_noun_called_off_is_planned(analyse_text, text, day):
    # (a day after the participle is the new day only after "until", "to": else when it was called off)
    _, call = only_call(analyse_text(text, published="2024-06-13"))
    assert call.status is CallStatus.PLANNED and call.date == day


def test_a_call_verb_with_a_postponed_object_clause_still_took_place(analyse_text):
    _, call = only_call(analyse_text("President Lars Berg phoned Premier Ilse Varga on Wednesday to say the vote was "
                                     "postponed.", published="2024-06-13"))
    assert call.status is CallStatus.OCCURRED


@pytest.mark.parametrize("text", [
    "If Premier Ilse Varga had King Emil Sorn on the line, she would raise the harbour.",
    "Had Premier Ilse Varga had King Emil Sorn on the line that week, the harbour would be open.",
    "Had Premier Ilse Varga phoned King Emil Sorn on Monday, the harbour would be open.",
    "Were Premier Ilse Varga to call King Emil Sorn, the harbour would reopen.",
    "Should Premier Ilse Varga ring King Emil Sorn this week, the harbour would reopen.",
    '"I wish I had King Emil Sorn on the line tonight," Premier Ilse Varga said on Tuesday.',
])
def test_a_call_in_a_condition_or_a_wish_is_no_call(analyse_text, text):
    assert calls_of(analyse_text(text, published="2024-06-14")) == []


def test_a_post_that_had_a_titled_leader_on_the_line(analyse_text):
    people, _ = only_call(analyse_text('"Had King Emil Sorn on the line this morning," Premier Ilse Varga wrote on '
                                       'Tuesday.', published="2024-06-14"))
    assert people == {"Ilse Varga", "Emil Sorn"}


@pytest.mark.parametrize("credit", ["as revealed by Ostrian officials", "as disclosed by Vellmark's foreign ministry"])
def test_an_adjective_or_a_possessor_after_revealed_by_is_no_outlet(analyse_text, credit):
    _, call = only_call(analyse_text(f"Emmanuel Macron phoned Narendra Modi on Thursday, {credit}.",
                                     published="2024-05-10"))
    assert call.reports == ()


def test_a_name_followed_by_its_own_verb_after_and_opens_the_next_clause(analyse_text):
    facts = analyse_text("King Emil Sorn has talked by telephone with a dozen leaders since the coronation, including "
                         "President Lars Berg, and Premier Ilse Varga is expected to call next week.", published="2024-06-12")
    # (Varga's call is one still to come, to the king the sentence is about: no call of the list's)
    assert [sorted(people) for people, c in calls_of(facts) if c.status is CallStatus.OCCURRED] == [["Emil Sorn", "Lars Berg"]]
    assert all(c.status is CallStatus.PLANNED for people, c in calls_of(facts) if "Ilse Varga" in people)


def test_a_call_nouns_partners_before_its_own_verb_are_all_kept(analyse_text):
    facts = analyse_text("President Lars Berg's phone calls with King Emil Sorn and Premier Ilse Varga were cordial.",
                         published="2024-06-12")
    assert sorted(sorted(people) for people, _ in calls_of(facts)) == [["Emil Sorn", "Lars Berg"], ["Ilse Varga", "Lars Berg"]]


def test_a_call_between_two_then_its_verb_keeps_both(analyse_text):
    _, call = only_call(analyse_text("A telephone call between President Lars Berg and King Emil Sorn is scheduled for "
                                     "Monday.", published="2024-06-12"))
    assert call.status is CallStatus.PLANNED


def test_a_person_described_as_a_broadcaster_is_no_outlet(analyse_text):
    _, call = only_call(analyse_text("Emmanuel Macron phoned Narendra Modi on Monday, according to Tala Voss, the "
                                     "well-known broadcaster.", published="2024-05-10"))
    assert call.reports == ()


def test_a_newspaper_title_with_its_capital_inside_a_sentence_is_the_paper(analyse_text):
    facts = analyse_text("An aide told The Australian newspaper Albanese had spoken with Narendra Modi by phone on "
                         "Thursday.", published="2025-10-24")
    _, call = only_call(facts)
    names = {e.key: e.name for e in facts.entities}
    assert [names[r.outlet] for r in call.reports] == ["The Australian"]


def test_a_medium_adverb_right_after_a_talk_verb_is_each_calls_medium(analyse_text):
    facts = analyse_text("King Emil Sorn has talked by telephone with President Lars Berg and Premier Ilse Varga.",
                         published="2024-06-12")
    assert len(facts.calls) == 2 and all(c.medium is CallMedium.PHONE for c in facts.calls)


@pytest.mark.parametrize("text, called", [
    ("President Lars Berg contacted King Emil Sorn on Monday.", True),
    ("President Lars Berg contacted King Emil Sorn in a handwritten letter on Monday.", False),
    ("President Lars Berg contacted King Emil Sorn through an envoy on Monday.", False),
    ("President Lars Berg contacted King Emil Sorn on Monday about a letter from the regent.", True),
])
def test_contacting_a_leader_by_letter_or_envoy_is_no_call(analyse_text, text, called):
    facts = analyse_text(text, published="2024-06-12")
    names = {e.key: e.name for e in facts.entities}
    expected = [(frozenset({"Lars Berg", "Emil Sorn"}), "Lars Berg")] if called else []
    assert [(people, names.get(c.caller)) for people, c in calls_of(facts)] == expected


def test_a_president_called_by_his_surname_beside_his_son_of_the_same_names(analyse_text):
    # the president and the vice president share their names in another order: "President Obiang"
    # is the head of state, and the son named in full stays a person of his own
    facts = analyse_text("Vice-President Teodoro Nguema Obiang Mangue flew to the port on Sunday.\n\n"
                         "Muhammadu Buhari phoned President Obiang on Monday.", published="2021-03-10")
    people, _ = only_call(facts)
    assert people == {"Muhammadu Buhari", "Teodoro Obiang Nguema Mbasogo"}
    assert "Teodoro Nguema Obiang Mangue" in {e.name for e in facts.entities}


@pytest.mark.parametrize("form, name", [("Hayashi Yoshimasa", "Yoshimasa Hayashi"),
                                        ("Bruno Rodriguez", "Bruno Rodríguez Parrilla"),
                                        ("Marcelo Ebrard Casaubón", "Marcelo Ebrard")])
def test_a_ministers_other_name_forms_are_the_one_gazetteer_person(analyse_text, form, name):
    # the family name first, one surname of two, a second surname: forms the press uses for one minister
    facts = analyse_text(f"Foreign Minister {form} spoke by phone with Foreign Minister Tala Voss on Monday.",
                         published="2022-10-31")
    people, _ = only_call(facts)
    assert name in people


def test_spaced_honorific_capitals_are_no_person(analyse_text):
    facts = analyse_text("VELLA: Amir H H Sheikh Amar bin Rashid made a phone call today to H R H Prince Talal bin "
                         "Omar.", published="2024-06-12")
    people, _ = only_call(facts)
    assert people == {"Amar bin Rashid", "Talal bin Omar"}


def test_a_post_that_had_someone_on_the_line_is_its_writers_call(analyse_text):
    # the writer left out of a post that "had Y on the line": the one who posted, on the day posted
    people, call = only_call(analyse_text('"Only just had King Emil Sorn on the line," Premier Ilse Varga wrote on '
                                          'Tuesday evening.', published="2024-06-14"))
    assert people == {"Ilse Varga", "Emil Sorn"} and call.date == date(2024, 6, 11) and call.caller is None
    assert calls_of(analyse_text('"Had King Emil Sorn on my mind all week," Premier Ilse Varga wrote on Tuesday.',
                                 published="2024-06-14")) == []


@pytest.mark.parametrize("group", ["the two advisers", "the two envoys", "the two secretaries"])
def test_a_group_of_advisers_or_envoys_is_the_two_named_before(analyse_text, group):
    facts = analyse_text(f"Adviser Tala Voss met Adviser Arlo Venn in January. The agenda was settled in a phone call "
                         f"between {group} on June 11.", published="2024-06-14")
    people, call = only_call(facts)
    assert people == {"Tala Voss", "Arlo Venn"} and call.date == date(2024, 6, 11)


@pytest.mark.parametrize("between", ["", " Their ties thawed only briefly."])
def test_the_two_governors_are_the_two_named_before(analyse_text, between):
    # a sentence naming no one may come between the two and the group that stands for them
    facts = analyse_text(f"Governor Tala Voss has quarrelled for months with Governor Arlo Venn.{between} After the "
                         "June 11 call between the two governors, both described a cordial tone.", published="2024-06-14")
    people, call = only_call(facts)
    assert people == {"Tala Voss", "Arlo Venn"} and call.date == date(2024, 6, 11)


def test_the_two_monarchs_are_the_two_kings_named_before(analyse_text):
    people, _ = only_call(analyse_text("King Emil Sorn has been close for years to King Lars Berg. The two monarchs "
                                       "spoke by phone on Monday.", published="2024-06-14"))
    assert people == {"Emil Sorn", "Lars Berg"}


@pytest.mark.parametrize("rank, name", [("Colonel", "Tala Voss"), ("Captain", "Ibrahim Traoré"), ("General", "Tala Voss")])
def test_the_colonel_is_the_one_titled_so_before(analyse_text, rank, name):
    # a rank the gazetteer's mention holds ("Captain X") titles its holder as well as one before a
    # name no one knows
    facts = analyse_text(f"{rank} {name} took power in Vell on Friday. A spokesman denied a report that Emmanuel "
                         f"Macron had telephoned the {rank.lower()} on Saturday night.", published="2025-10-20")
    people, call = only_call(facts)
    assert people == {name, "Emmanuel Macron"} and call.status is CallStatus.DENIED and call.date == date(2025, 10, 18)


def test_the_general_of_a_general_election_is_no_one(analyse_text):
    assert calls_of(analyse_text("General Tala Voss took power in Vell on Friday. The general election will be held "
                                 "in May, the general public was told by Emmanuel Macron, who had called.",
                                 published="2025-10-20")) == []


@pytest.mark.parametrize("title", ["Secretary-General", "Director General"])
def test_the_general_is_no_secretary_general(analyse_text, title):
    assert calls_of(analyse_text(f"UN {title} Tala Voss condemned the coup. Emmanuel Macron phoned the general on "
                                 "Saturday.", published="2025-10-20")) == []


@pytest.mark.parametrize("text, caller", [
    # what came by phone from someone: their call
    ("On Tuesday, Olaf Scholz received congratulations by phone from President Emmanuel Macron.", "Emmanuel Macron"),
    ("On Tuesday, Olaf Scholz received condolences by telephone from President Emmanuel Macron.", "Emmanuel Macron"),
    # a place after "from" is no caller, and the one named after it none either
    ("On Tuesday, Emmanuel Macron spoke by phone from Paris with Olaf Scholz.", None),
    # the agent of a passive after the medium: the partner, who congratulated, not said to call
    ("On Tuesday, Olaf Scholz was congratulated by phone by President Emmanuel Macron.", None),
])
def test_who_sent_something_by_phone(analyse_text, text, caller):
    facts = analyse_text(text, published="2025-03-14")
    people, call = only_call(facts)
    names = _names(facts)
    assert people == {"Olaf Scholz", "Emmanuel Macron"} and call.date == date(2025, 3, 11)
    assert names.get(call.caller) == caller


_STATEMENT = ("Prime Minister Lars Berg has thanked Vell for its help after the flood.\n\n"
              "Mr Berg issued the following statement this afternoon:\n\n"
              '"Today I took a call from President Emmanuel Macron of France, who conveyed his sympathy.\n\n'
              '"Last night the Chancellor of Germany, Olaf Scholz, called me to offer help.\n\n'
              '"I ask our people to stay calm."\n\n')


def test_the_i_of_a_statement_of_several_paragraphs_is_the_one_who_issued_it(analyse_text):
    facts = analyse_text(_STATEMENT + "The opposition called for a state of emergency.", published="2018-02-27")
    assert _named(facts) == [(["Emmanuel Macron", "Lars Berg"], "Emmanuel Macron", date(2018, 2, 27)),
                             (["Lars Berg", "Olaf Scholz"], "Olaf Scholz", date(2018, 2, 26))]
    assert all(not c.reports for c in facts.calls)


def test_where_a_statement_was_posted_reported_each_call_it_told(analyse_text):
    facts = analyse_text(_STATEMENT + "His office later posted the statement on its Facebook page.",
                         published="2018-02-27")
    names = _names(facts)
    assert len(facts.calls) == 2 and all([names[r.outlet] for r in c.reports] == ["Facebook"] for c in facts.calls)
    # something else posted is no post of it
    facts = analyse_text(_STATEMENT + "The opposition, which rejected it, posted its own plan on Facebook.",
                         published="2018-02-27")
    assert all(not c.reports for c in facts.calls)
    # a remark to an agency after the statement is no post of it
    facts = analyse_text(_STATEMENT + "His aide, in a remark to the news agency Vell Press, said aid would arrive soon.",
                         published="2018-02-27")
    assert all(not c.reports for c in facts.calls)


def test_a_quotation_after_a_paragraph_of_prose_is_not_the_introduced_speaker_s(analyse_text):
    facts = analyse_text("Mr Lars Berg issued the following statement:\n\n\"We grieve.\"\n\nThe minister said the "
                         "aid was late.\n\n\"I received a call from Emmanuel Macron this morning.", published="2018-02-27")
    assert "Lars Berg" not in {n for people, _ in calls_of(facts) for n in people}


@pytest.mark.parametrize("when, day", [
    # an hour of the clock after "before" or "after" is the call's time, no other event's
    ("after 9 p.m. on Friday", date(2025, 3, 14)),
    ("before seven on Friday morning", date(2025, 3, 14)),
    ("shortly before midnight on Friday", date(2025, 3, 14)),
    # a count of years is no hour: the day is that of what came after them
    ("after seven years of silence on Friday", None),
    ("for the first time since two soldiers were held in March", None),
    ("after 12 people were killed on Friday", None),
    ("before one of his ministers resigned on Friday", None),
    ("before the vote on Friday", None),
])
def test_a_clock_after_before_or_after_is_the_call_s_own_time(analyse_text, when, day):
    _, call = only_call(analyse_text(f"Emmanuel Macron rang Olaf Scholz {when}.", published="2025-03-16"))
    assert call.date == day


@pytest.mark.parametrize("text, calls", [
    # a talk with two people named on one conference is one call of three
    ("Emmanuel Macron spoke with Olaf Scholz and Keir Starmer on a conference call on Monday.",
     [["Emmanuel Macron", "Keir Starmer", "Olaf Scholz"]]),
    # a party's word and a title between "and" and the next name keep the list going
    ("Emmanuel Macron spoke with Olaf Scholz and Labour Leader Keir Starmer on a conference call on Monday.",
     [["Emmanuel Macron", "Keir Starmer", "Olaf Scholz"]]),
    # with no word of one call, a call each
    ("Emmanuel Macron spoke with Olaf Scholz and Keir Starmer by phone on Monday.",
     [["Emmanuel Macron", "Keir Starmer"], ["Emmanuel Macron", "Olaf Scholz"]]),
])
def test_a_talk_with_two_people_on_a_conference_call_is_one_call(analyse_text, text, calls):
    facts = analyse_text(text, published="2025-03-14")
    assert sorted(sorted(people) for people, _ in calls_of(facts)) == calls


def test_a_day_s_that_between_the_subject_and_its_verb_opens_no_clause(analyse_text):
    facts = analyse_text("The quake struck on Tuesday. Emmanuel Macron had tried repeatedly that morning to reach Olaf "
                         "Scholz by telephone.", published="2025-03-14")
    people, call = only_call(facts)
    assert people == {"Emmanuel Macron", "Olaf Scholz"} and call.status is CallStatus.ATTEMPTED
    assert _names(facts)[call.caller] == "Emmanuel Macron"


def test_a_name_before_a_phrase_in_commas_with_a_clause_of_its_own_is_the_subject(analyse_text):
    # the "because" inside the phrase after the name bounds no clause of the verb after it
    facts = analyse_text("Tala Voss, acting foreign minister because President Lars Berg refused to sign her "
                         "appointment, spent the evening taking calls from Nordic leaders. The last came from "
                         "Emmanuel Macron.", published="2025-03-14")
    assert _named(facts) == [(["Emmanuel Macron", "Tala Voss"], "Emmanuel Macron", None)]


def test_a_role_before_for_and_a_span_of_time_is_still_the_role(analyse_text):
    # "for" opens a portfolio only before a capitalised word ("Minister for Foreign Affairs X")
    facts = analyse_text("President Lars Berg of Vell won the vote on Sunday. Emmanuel Macron phoned the president "
                         "for 20 minutes on Monday.", published="2025-03-14")
    assert _named(facts) == [(["Emmanuel Macron", "Lars Berg"], "Emmanuel Macron", date(2025, 3, 10))]


_PRESS_CONFERENCE = ("President-elect Lars Berg held his first press conference in Vell on Monday, March 10. The "
                     "paper prints his answers in short.\n\n"
                     "— Mr Berg, which foreign leaders have called you so far?\n\n"
                     "— Emmanuel Macron got through before anyone else. He called on the evening of the vote. We spoke about "
                     "trade.\n\n"
                     "— What about Russia? President Vladimir Putin has said nothing in public.\n\n"
                     "— Vladimir Vladimirovich phoned me this morning. I will call Olaf Scholz tomorrow.\n\n"
                     "— Have you spoken to the outgoing prime minister, Arlo Venn?\n\n"
                     "— I called him myself last night, once the count was over, but he did not pick up.\n\n"
                     "The vote was held on Sunday, March 9.")


def test_a_press_conference_s_answers_are_the_one_who_held_it(analyse_text):
    # answers after a dash: "I" is the one who held the press conference; "which leaders have
    # called you?" makes an answer's "He called" a call with him; a given name and a patronymic
    # are the person of that given name; "but he did not pick up" ends the try
    facts = analyse_text(_PRESS_CONFERENCE, published="2025-03-11")
    names = _names(facts)
    got = sorted((sorted(names[p] for p in c.participants), names.get(c.caller), c.date, c.status) for c in facts.calls)
    assert got == [
        (["Arlo Venn", "Lars Berg"], "Lars Berg", date(2025, 3, 9), CallStatus.ATTEMPTED),
        (["Emmanuel Macron", "Lars Berg"], "Emmanuel Macron", date(2025, 3, 9), CallStatus.OCCURRED),
        (["Lars Berg", "Olaf Scholz"], "Lars Berg", date(2025, 3, 11), CallStatus.PLANNED),
        (["Lars Berg", "Vladimir Putin"], "Vladimir Putin", date(2025, 3, 10), CallStatus.OCCURRED),
    ]


@pytest.mark.parametrize("text, calls", [
    # "called on" and a day an event tells is a call, not an appeal "on" someone
    ("President-elect Lars Berg took calls from foreign leaders all week. King Emil Sorn called on the evening of "
     "the vote.", [["Emil Sorn", "Lars Berg"]]),
    ("President-elect Lars Berg took calls from foreign leaders all week. King Emil Sorn called on the evening of "
     "the vote for unity among the parties.", []),
    # a call ending its sentence after a meal's time: with the one the round of calls was made to
    ("Premier Ilse Varga took calls from the region's leaders all Saturday. President Emmanuel Macron called "
     "shortly after lunch.", [["Emmanuel Macron", "Ilse Varga"]]),
    # a call noun before the time is the call told before, no call of its own
    ("Leaders have contacted Premier Ilse Varga and President Arlo Venn after the flood.\n\n\"Premier Ilse Varga "
     "this morning received a call from Chancellor Olaf Scholz.\"\n\nThe agency Vell Press reported Scholz's call "
     "shortly before noon.", [["Ilse Varga", "Olaf Scholz"]]),
    # a meal after "at" is no hour of a second call
    ("President Emmanuel Macron spoke by phone with King Emil Sorn on Monday, and at dinner with Premier Ilse "
     "Varga on Tuesday he raised the same issue.", [["Emil Sorn", "Emmanuel Macron"]]),
])
def test_calls_told_by_their_time_alone(analyse_text, text, calls):
    facts = analyse_text(text, published="2025-03-14")
    assert sorted(sorted(people) for people, _ in calls_of(facts)) == calls


@pytest.mark.parametrize("text, status", [
    # (past a clause of its own opened by "after", which bounds the ring's clause)
    ("Emmanuel Macron called Olaf Scholz on Tuesday night, after the polls had closed, but he did not pick up.",
     CallStatus.ATTEMPTED),
])
def test_an_unanswered_ring_after_but_is_an_attempt(analyse_text, text, status):
    _, call = only_call(analyse_text(text, published="2025-03-14"))
    assert call.status is status


def test_a_patronymic_after_a_title_or_before_an_apposition_is_a_person_of_its_own(analyse_text):
    facts = analyse_text("Prime Minister Dmitri Varga phoned President Emmanuel Macron on Monday. Dmitri Karpovich, "
                         "the opposition leader, phoned Olaf Scholz on Tuesday.", published="2025-03-14")
    assert sorted(sorted(people) for people, _ in calls_of(facts)) == [
        ["Dmitri Karpovich", "Olaf Scholz"], ["Dmitri Varga", "Emmanuel Macron"]]


def test_a_who_question_naming_someone_else_is_of_that_one(analyse_text):
    # "you" asked whether they know: the call is the one named's, not the answerer's
    facts = analyse_text("President-elect Lars Berg sat down with Vell News on Monday.\n\n— Which leaders have called "
                         "Prime Minister Ilse Varga since the vote, do you know?\n\n— King Emil Sorn called on Sunday "
                         "night.\n\n— And you?\n\n— Nobody yet.", published="2025-03-11")
    assert "Lars Berg" not in {n for people, _ in calls_of(facts) for n in people}


def test_the_second_review_of_round_twenty_four(analyse_text):
    def calls(text):
        facts = analyse_text(text, published="2024-03-08")
        names = _names(facts)
        return sorted((tuple(sorted(p)), c.date, names.get(c.caller)) for p, c in calls_of(facts))

    first = "President Tala Voss rang President Arlo Venn on Monday."
    told = [(("Arlo Venn", "Tala Voss"), date(2024, 3, 4), "Tala Voss")]
    # a call from someone that is an appeal, a verdict or another's is no call to the one called before
    for second in ("The call from Prime Minister Lars Berg for new elections was rejected.",
                   "Prime Minister Lars Berg's call was a mistake, critics said.",
                   "Prime Minister Lars Berg welcomed the call from President Ilse Varga."):
        assert calls(f"{first} {second}") == told, second
    # aides' groups stand for aides, never for the two leaders
    assert calls("President Tala Voss met President Arlo Venn on Monday. Their national security advisers, Lars Berg "
                 "and Ilse Varga, followed up on Tuesday. The two advisers spoke by phone on Wednesday.") == [
        (("Ilse Varga", "Lars Berg"), date(2024, 3, 6), None)]
    assert calls(f"{first} The two advisers who resigned spoke by phone on Tuesday.") == told
    assert calls("Adviser Tala Voss met Adviser Arlo Venn in January. On Monday the two advisers' deputies spoke by "
                 "phone.") == []


@pytest.mark.parametrize("text", [
    "President Emmanuel Macron spoke by phone with Chancellor Olaf Scholz on Monday, days after national elections in "
    "Kenya 24 hours earlier were delayed.",
    "Of 40 lawmakers polled in Kenya 24 said they backed President Emmanuel Macron, who called Chancellor Olaf Scholz on "
    "Monday.",
    "President Emmanuel Macron spoke by phone with Chancellor Olaf Scholz on Monday; in Mali 2 reported deaths rose.",
])
def test_a_country_and_a_number_that_name_no_channel_keep_the_country(analyse_text, text):
    facts = analyse_text(text, published="2022-07-06")
    assert all(e.kind is not EntityKind.OUTLET for e in facts.entities)
    assert any(e.kind is EntityKind.COUNTRY for e in facts.entities)


def test_a_round_of_calls_to_a_king_named_beside_another_king(analyse_text):
    facts = analyse_text("Crown Prince Arlo Venn telephoned King Emil Sorn on Wednesday evening to offer condolences on "
                         "behalf of King Lars Berg.\n\nPresident Tala Voss called the king on Thursday, while Emir Ilse "
                         "Varga conveyed her sympathy in a phone call that evening.", published="2020-11-13")
    found = {frozenset(p): (c.date, _names(facts).get(c.caller)) for p, c in calls_of(facts)}
    assert found == {frozenset({"Arlo Venn", "Emil Sorn"}): (date(2020, 11, 11), "Arlo Venn"),
                     frozenset({"Tala Voss", "Emil Sorn"}): (date(2020, 11, 12), "Tala Voss"),
                     frozenset({"Ilse Varga", "Emil Sorn"}): (date(2020, 11, 12), None)}


def test_the_first_of_two_surnames_names_the_person(analyse_text):
    facts = analyse_text("President Lars Berg held a video call with Governor Tala Roble Ostos on Wednesday. Minister Ilse "
                         "Varga told reporters she talked to Governor Roble by phone at dawn.", published="2023-10-26")
    assert {frozenset(p) for p, _ in calls_of(facts)} == {frozenset({"Lars Berg", "Tala Roble Ostos"}),
                                                          frozenset({"Ilse Varga", "Tala Roble Ostos"})}


def test_a_title_of_several_words_stands_for_the_one_titled_so(analyse_text):
    facts = analyse_text("President Arlo Venn telephoned Head of State Lars Berg yesterday to express solidarity.\n\n"
                         "The agency reported that President Emil Sorn called Berg on Sunday.\n\nThe Head of State will "
                         "also meet President Tala Voss by video link on Friday, the press secretary said.",
                         published="2024-04-09")
    assert frozenset({"Lars Berg", "Tala Voss"}) in {frozenset(p) for p, _ in calls_of(facts)}


def test_a_surname_that_is_a_country_before_words_leading_to_a_person_s_verb(analyse_text):
    facts = analyse_text("Spanish Prime Minister Pedro Sanchez telephoned Portuguese Prime Minister Luis Montenegro on "
                         "Wednesday evening.\n\nMontenegro is due to speak with President Arlo Venn, who requested the "
                         "call, on Friday, a source said.", published="2025-09-05")
    found = {frozenset(p): (c.status, _names(facts).get(c.caller)) for p, c in calls_of(facts)}
    assert found[frozenset({"Luís Montenegro", "Arlo Venn"})] == (CallStatus.PLANNED, "Arlo Venn")
    # a country's plans stay the country's
    facts = analyse_text("Spanish Prime Minister Pedro Sanchez telephoned President Aleksandar Vucic on Wednesday. "
                         "Montenegro is due to hold elections in May.", published="2025-09-05")
    assert any(e.name == "Montenegro" and e.kind is EntityKind.COUNTRY for e in facts.entities)


@pytest.mark.parametrize("clause", ["who requested the call", "who had requested the call"])
def test_the_one_a_relative_clause_says_requested_the_call_is_its_caller(analyse_text, clause):
    facts = analyse_text(f"President Lars Berg spoke with Chancellor Arlo Venn, {clause}, on Monday.",
                         published="2025-09-05")
    _, call = only_call(facts)
    assert _names(facts)[call.caller] == "Arlo Venn"


@pytest.mark.parametrize("text", [
    "Tom Hale, President Emil Sorn's national security adviser, phoned Prime Minister Lars Berg on Saturday.",
    "Tom Hale, Emil Sorn's envoy, has also telephoned Prime Minister Lars Berg on Saturday.",
])
def test_a_name_before_an_apposition_a_possessive_opens_is_the_caller(analyse_text, text):
    facts = analyse_text(text, published="2021-08-10")
    people, call = only_call(facts)
    assert people == {"Tom Hale", "Lars Berg"}
    assert _names(facts)[call.caller] == "Tom Hale"
    assert call.date == date(2021, 8, 7)


def test_a_possessive_name_s_envoy_is_still_no_one_named(analyse_text):
    facts = analyse_text("President Emil Sorn's envoy phoned Prime Minister Lars Berg on Saturday.", published="2021-08-10")
    assert calls_of(facts) == []


@pytest.mark.parametrize("when", ["at midday", "at noon", "at lunchtime", "at midnight", "at dawn"])
def test_a_time_of_day_between_the_medium_and_the_partner_keeps_the_partner(analyse_text, when):
    facts = analyse_text(f"Foreign Minister Tom Hale spoke by phone {when} with Norway's Lars Berg.")
    people, _ = only_call(facts)
    assert people == {"Tom Hale", "Lars Berg"}


@pytest.mark.parametrize("title, ref", [
    ("Deputy Prime Minister and Interior Minister", "The Deputy Prime Minister"),
    ("Vice President", "The vice president"),
    ("Secretary of State", "The secretary"),
])
def test_the_title_of_a_run_of_titles_stands_for_the_one_titled_so(analyse_text, title, ref):
    facts = analyse_text(f"{title} Tom Hale received a call on Monday from Lars Berg. {ref} is to speak "
                         "with Ilse Varga by phone on Friday.", published="2023-11-14")
    calls = {people: call for people, call in calls_of(facts)}
    assert calls[frozenset({"Tom Hale", "Ilse Varga"})].status is CallStatus.PLANNED


def test_a_former_holder_of_the_title_is_not_the_one_it_stands_for(analyse_text):
    facts = analyse_text("Former Deputy Prime Minister Tom Hale met Lars Berg on Monday. The Deputy Prime Minister is to "
                         "speak with Ilse Varga by phone on Friday.", published="2023-11-14")
    assert all("Tom Hale" not in people for people, _ in calls_of(facts))


@pytest.mark.parametrize("described", ["the Conservative prime minister", "the veteran prime minister"])
def test_a_described_holder_of_a_title_writes_the_post(analyse_text, described):
    facts = analyse_text(f'Prime Minister Ilse Varga sent her good wishes. "Just phoned Lars Berg to wish him well," '
                         f'{described} wrote on X.')
    people, call = only_call(facts)
    assert people == {"Ilse Varga", "Lars Berg"}
    assert _names(facts)[call.caller] == "Ilse Varga"


@pytest.mark.parametrize("aside", ["who was sworn in as foreign minister on Thursday",
                                   "who took over as caretaker prime minister last week"])
def test_as_before_a_title_in_a_relative_clause_opens_no_clause(analyse_text, aside):
    facts = analyse_text(f"Tom Hale, {aside}, will talk to Foreign Minister Lars Berg by telephone soon.",
                         published="2023-08-20")
    people, call = only_call(facts)
    assert people == {"Tom Hale", "Lars Berg"}
    assert call.status is CallStatus.PLANNED


_UNLABELLED = ("Minister Tom Hale on the river dispute\n\n{opening}\n\nHas Ostria answered your request for talks?\n\n"
               "Not yet. We keep asking.\n\nThe Vell Times wrote on Friday that you and Foreign Minister Lars Berg "
               "talked by telephone and settled the matter. Is that right?\n\n{answer}\n\nWhat comes next?\n\n"
               "I will talk by phone to Varnia's Foreign Minister Ilse Varga on Wednesday.")


@pytest.mark.parametrize("opening", [
    "The Herald's Ann Moe spoke to Foreign Minister Tom Hale in his office on Sunday.",
    "Our correspondent sat down with Foreign Minister Tom Hale in his office on Sunday.",
    "Herald correspondent Ann Moe sat down with Foreign Minister Tom Hale in his office on Sunday.",
    "Foreign Minister Tom Hale spoke to the Herald in his office on Sunday.",
])
def test_the_one_an_interviewer_spoke_to_answers_an_unlabelled_interview(analyse_text, opening):
    facts = analyse_text(_UNLABELLED.format(opening=opening, answer="No, the story is wrong. We have not talked since May."),
                         published="2020-06-15")
    calls = {people: call for people, call in calls_of(facts)}
    assert set(calls) == {frozenset({"Tom Hale", "Lars Berg"}), frozenset({"Tom Hale", "Ilse Varga"})}
    assert calls[frozenset({"Tom Hale", "Ilse Varga"})].status is CallStatus.PLANNED


@pytest.mark.parametrize("answer, status", [
    ("No, the story is wrong. We have not talked since May.", CallStatus.DENIED),
    ("Yes. We agreed to put it aside for now.", CallStatus.OCCURRED),
])
def test_an_unlabelled_answer_s_no_denies_the_call_the_question_says_was_reported(analyse_text, answer, status):
    facts = analyse_text(_UNLABELLED.format(opening="The Herald's Ann Moe spoke to Foreign Minister Tom Hale on Sunday.",
                                            answer=answer), published="2020-06-15")
    calls = {people: call for people, call in calls_of(facts)}
    assert calls[frozenset({"Tom Hale", "Lars Berg"})].status is status


@pytest.mark.parametrize("told", ["President Emil Sorn, who is abroad for treatment,", "President Emil Sorn"])
def test_the_one_briefed_before_a_relative_clause_and_by_telephone_is_the_partner(analyse_text, told):
    facts = analyse_text(f"Acting President Tom Hale met the cabinet on Tuesday. Later the acting president briefed {told} "
                         "by telephone on the floods.", published="2017-05-15")
    people, call = only_call(facts)
    assert people == {"Tom Hale", "Emil Sorn"}
    assert call.medium is CallMedium.PHONE


def test_a_call_from_someone_after_two_calls_with_one_person_is_with_that_person_on_the_last_day(analyse_text):
    facts = analyse_text("King Emil Sorn rang President Lars Berg on Monday. Premier Ilse Varga spoke to Berg the following "
                         "morning, and the call from Ostria's Tom Hale came through the same afternoon.", published="2022-08-24")
    found = {p: (c.date, _names(facts).get(c.caller)) for p, c in calls_of(facts)}
    assert found[frozenset({"Tom Hale", "Lars Berg"})] == (date(2022, 8, 23), "Tom Hale")
    assert found[frozenset({"Ilse Varga", "Lars Berg"})] == (date(2022, 8, 23), None)


def test_one_who_spoke_to_the_one_a_caller_just_rang_held_a_call_of_the_round(analyse_text):
    # (the one rung is not yet in office: no talk of two leaders, but a round of calls to him)
    facts = analyse_text("President Yoweri Museveni rang William Ruto on Monday. President Samia Suluhu Hassan spoke to "
                         "Ruto on Tuesday, and the call from Abiy Ahmed came through that evening.", published="2022-08-20")
    found = {p: c.date for p, c in calls_of(facts)}
    assert found[frozenset({"Samia Suluhu Hassan", "William Ruto"})] == date(2022, 8, 16)
    assert found[frozenset({"Abiy Ahmed", "William Ruto"})] == date(2022, 8, 16)


@pytest.mark.parametrize("second", [
    "Mary Roe, a trader, spoke to Museveni the following morning.",
    "President Samia Suluhu Hassan spoke to Ruto at the State House on Tuesday.",
    "President Samia Suluhu Hassan spoke to Ruto in 2019 about the same issue.",
    "President Samia Suluhu Hassan spoke to Ruto at the State House on Tuesday, a day after the phone call.",
])
def test_one_who_spoke_to_one_of_a_call_just_told_holds_no_call_of_the_round_alone(analyse_text, second):
    facts = analyse_text(f"President Yoweri Museveni rang William Ruto on Monday. {second}", published="2022-08-20")
    assert [p for p, _ in calls_of(facts)] == [frozenset({"Yoweri Museveni", "William Ruto"})]


@pytest.mark.parametrize("noun, count", [("a video call", 1), ("a video conference", 1), ("video calls", 3)])
def test_one_video_call_with_a_list_and_another_with_is_one_conference(analyse_text, noun, count):
    facts = analyse_text(f"Prime Minister Ilse Varga held {noun} on Friday with her counterparts Tom Hale of Estonia and "
                         "Lars Berg of Lithuania, and with Finland's Emil Sorn.", published="2025-02-08")
    assert len(calls_of(facts)) == count


def test_a_post_naming_the_people_of_a_video_call_told_before_is_that_call(analyse_text):
    facts = analyse_text("Premier Ilse Varga had a video call late on Friday with Premier Tom Hale of Estonia and Premier "
                         "Lars Berg of Lithuania, and with Finland's Emil Sorn.\n\nVarga wrote on X after the call: \"Spoke "
                         "with Tom, Lars and Emil. We are ready.\"", published="2025-02-08")
    people, call = only_call(facts)
    assert people == {"Ilse Varga", "Tom Hale", "Lars Berg", "Emil Sorn"}
    assert call.date == date(2025, 2, 7) and call.medium is CallMedium.VIDEO


def test_an_office_s_label_is_no_one_s_initials(analyse_text):
    facts = analyse_text("Prime Minister Tala Voss sat down with the Vell Herald on Monday. Her aide Paul Mills sat in.\n\n"
                         "Reporter: Have you spoken to President Emil Sorn?\n\nPM: Yes. I called him on Sunday.\n\n"
                         "Reporter: And then?\n\nPM: We will talk again.", published="2024-03-06")
    people, call = only_call(facts)
    assert people == {"Tala Voss", "Emil Sorn"} and _names(facts)[call.caller] == "Tala Voss"


def test_a_title_stands_for_the_one_it_titles_not_for_the_name_before_it(analyse_text):
    facts = analyse_text("Vice President Tom Hale and Deputy Prime Minister Lars Berg met on Monday. The vice president "
                         "spoke with Ilse Varga by phone that evening.", published="2024-09-04")
    people, _ = only_call(facts)
    assert people == {"Tom Hale", "Ilse Varga"}


@pytest.mark.parametrize("label, answerer", [("", ""), ("Reporter: ", "Tala Voss: ")])
def test_a_no_to_another_question_denies_no_call_the_question_tells_as_known(analyse_text, label, answerer):
    facts = analyse_text(f"Foreign Minister Tala Voss spoke to the Herald on Monday.\n\n{label}You spoke with Foreign Minister "
                         f"Lars Berg by phone on Friday. Did he apologise?\n\n{answerer}No. He explained.\n\n{label}What next?"
                         f"\n\n{answerer}More talks.", published="2024-03-06")
    people, call = only_call(facts)
    assert people == {"Tala Voss", "Lars Berg"} and call.status is CallStatus.OCCURRED


def test_him_in_an_unlabelled_answer_is_the_one_the_question_asked_about(analyse_text):
    facts = analyse_text("The Herald's Ann Moe spoke to Foreign Minister Tala Voss on Monday.\n\nDid you call Foreign "
                         "Minister Lars Berg last week?\n\nI did not call him.\n\nWhat next?\n\nMore talks.")
    assert {p for p, _ in calls_of(facts)} == {frozenset({"Tala Voss", "Lars Berg"})}


def test_a_call_from_someone_after_a_call_with_the_caller_of_a_round_is_no_call_with_that_caller(analyse_text):
    facts = analyse_text("King Emil Sorn rang President Lars Berg on Monday. Premier Ilse Varga spoke to Sorn the following "
                         "day, and the call from Tom Hale came that afternoon.", published="2022-08-24")
    assert all("Tom Hale" not in p or "Emil Sorn" not in p for p, _ in calls_of(facts))


@pytest.mark.parametrize("source", [", the Kestrel Courier says", ", according to the Kestrel Courier"])
def test_a_no_denies_a_call_the_question_credits_to_a_source_after_it(analyse_text, source):
    facts = analyse_text("President Lars Berg took questions on Friday.\n\nReporter: You rang King Emil Sorn on Tuesday "
                         f"night{source}. Is that so?\n\nLars Berg: No, that is not true.", published="2024-11-15")
    _people, call = only_call(facts)
    assert call.status is CallStatus.DENIED


def test_an_office_s_letters_are_a_person_s_initials_when_no_holder_of_the_office_is_named(analyse_text):
    facts = analyse_text("Chancellor Friedrich Merz took questions on Monday.\n\nReporter: Have you spoken to President "
                         "Volodymyr Zelensky this week?\n\nFM: Yes. I called him on Sunday.\n\nReporter: Thanks.\n\n"
                         "FM: Thank you.", published="2025-06-10")
    people, call = only_call(facts)
    assert people == {"Friedrich Merz", "Volodymyr Zelensky"} and _names(facts)[call.caller] == "Friedrich Merz"


def test_a_video_call_summing_up_two_video_calls_told_apart_is_no_call_of_its_own(analyse_text):
    facts = analyse_text("Prime Minister Ilse Varga spoke by video link with Premier Tom Hale on Monday. On Thursday she "
                         "spoke by video link with Premier Lars Berg.\n\nIn a video call with Hale and Berg this week, "
                         "Varga discussed the dispute.", published="2025-02-08")
    assert {p for p, _ in calls_of(facts)} == {frozenset({"Ilse Varga", "Tom Hale"}), frozenset({"Ilse Varga", "Lars Berg"})}


def test_a_titled_office_modifier_stands_for_a_known_leader_titled_so(analyse_text):
    # (the gazetteer's office is "Prime Minister"; the article titles him interim)
    facts = analyse_text("Interim Prime Minister Sifi Ghrieb chaired the cabinet on Sunday.\n\nThe Interim Prime Minister received "
                         "a phone call on Saturday from Prime Minister Mostafa Madbouly.", published="2025-08-31")
    people, call = only_call(facts)
    assert people == {"Sifi Ghrieb", "Mostafa Madbouly"} and _names(facts)[call.caller] == "Mostafa Madbouly"


def test_the_calls_of_two_named_people_are_no_call_between_them(analyse_text):
    facts = analyse_text("Prime Minister Tom Hale called King Emil Sorn on Wednesday night. Prime Minister Lars Berg spoke "
                         "by phone with the King on Thursday. Photos of the Hale and Berg calls were posted online.")
    assert {p for p, _ in calls_of(facts)} == {frozenset({"Tom Hale", "Emil Sorn"}), frozenset({"Lars Berg", "Emil Sorn"})}


@pytest.mark.parametrize("joined", ["On screen with him were", "On screen were"])
def test_the_people_on_screen_after_a_virtual_summit_are_on_it(analyse_text, joined):
    facts = analyse_text(f"Premier Tom Hale joined a virtual summit of the bloc's leaders on Tuesday. {joined} President "
                         "Lars Berg and King Emil Sorn.", published="2020-11-18")
    people, call = only_call(facts)
    assert people == {"Tom Hale", "Lars Berg", "Emil Sorn"} and call.medium is CallMedium.VIDEO


@pytest.mark.parametrize("period", ["this month", "this week", "since January", "since February"])
def test_a_day_after_a_period_or_a_since_phrase_is_the_call_s(analyse_text, period):
    facts = analyse_text(f"Premier Tom Hale and President Lars Berg spoke by phone for the second time {period} on Tuesday.")
    _, call = only_call(facts)
    assert call.date == date(2025, 3, 11)


def test_a_since_phrase_still_dates_the_last_contact_not_the_call(analyse_text):
    facts = analyse_text("Premier Tom Hale and President Lars Berg spoke by phone, their first talk since Tuesday.")
    _, call = only_call(facts)
    assert call.date is None


@pytest.mark.parametrize("credit", ["News of the call was broken by the Vell Herald.",
                                    "The Vell Herald broke the news.",
                                    "A palace note relayed by the Vell Herald gave no details of the call.",
                                    "Notes leaked to the Vell Herald gave the length of the call."])
def test_an_outlet_that_broke_relayed_or_was_leaked_the_news_reports_the_call(analyse_text, credit):
    facts = analyse_text(f"Premier Tom Hale phoned President Lars Berg on Tuesday. {credit}")
    _, call = only_call(facts)
    names = {e.key: e.name for e in facts.entities}
    assert [names[r.outlet] for r in call.reports] == ["Vell Herald"]


def test_a_day_counted_back_between_the_call_and_from_keeps_the_caller(analyse_text):
    facts = analyse_text("Premier Tom Hale said on Friday he had taken a phone call the day before from President Lars Berg.")
    _, call = only_call(facts)
    names = {e.key: e.name for e in facts.entities}
    assert names.get(call.caller) == "Lars Berg" and call.date == date(2025, 3, 13)


@pytest.mark.parametrize("occasion, day", [("on his birthday on Wednesday", date(2025, 3, 12)),
                                           ("on his 60th birthday on Wednesday", date(2025, 3, 12)),
                                           ("on the anniversary of the treaty on Monday", date(2025, 3, 10)),
                                           ("on her swearing-in on Tuesday", date(2025, 3, 11)),
                                           ("to congratulate her on her inauguration on Tuesday", None),
                                           ("to congratulate her on her victory on Tuesday", None)])
def test_a_call_on_an_occasion_falls_on_its_day(analyse_text, occasion, day):
    facts = analyse_text(f"Premier Tom Hale phoned President Lara Berg {occasion}.")
    _, call = only_call(facts)
    assert call.date == day


@pytest.mark.parametrize("text", ["Neither Premier Tom Hale nor President Lars Berg has spoken to King Emil Sorn since the vote.",
                                  "Premier Tom Hale has spoken to neither President Lars Berg nor King Emil Sorn since the vote."])
def test_neither_nor_negates_the_talk(analyse_text, text):
    assert calls_of(analyse_text(text)) == []


def test_neither_nor_with_a_day_denies_as_did_not_does(analyse_text):
    facts = analyse_text("Neither Premier Tom Hale nor President Lars Berg phoned King Emil Sorn on Tuesday.")
    assert calls_of(facts) and all(call.status is CallStatus.DENIED for _, call in calls_of(facts))


@pytest.mark.parametrize("first, second", [("at noon", "at midnight"), ("at 10am", "at 9pm"), ("at 10 a.m.", "at 9 p.m."),
                                           ("at dawn", "at 14:30")])
def test_a_second_partner_after_an_hour_of_its_own_has_a_call_of_its_own(analyse_text, first, second):
    facts = analyse_text(f"Premier Tom Hale spoke by phone {first} with President Lars Berg, and {second} with King Emil Sorn.")
    assert {p for p, _ in calls_of(facts)} == {frozenset({"Tom Hale", "Lars Berg"}), frozenset({"Tom Hale", "Emil Sorn"})}


@pytest.mark.parametrize("text, day", [
    ("Premier Tom Hale phoned President Lars Berg on Wednesday, two days after he spoke with King Emil Sorn.",
     date(2025, 3, 10)),
    ("Premier Tom Hale had a phone call with President Lars Berg on Wednesday. The call came a day after Hale had "
     "spoken with King Emil Sorn.", date(2025, 3, 11)),
    ("Premier Tom Hale phoned President Lars Berg on Wednesday, hours after he spoke with King Emil Sorn.",
     date(2025, 3, 12)),
    ("Premier Tom Hale phoned President Lars Berg on Wednesday, two days after he spoke with King Emil Sorn on Sunday.",
     date(2025, 3, 9)),
])
def test_a_call_in_a_clause_counted_from_another_is_dated_from_it(analyse_text, text, day):
    facts = analyse_text(text)
    got = {people: call.date for people, call in calls_of(facts)}
    assert got[frozenset({"Tom Hale", "Emil Sorn"})] == day


@pytest.mark.parametrize("credit, outlet", [
    ("Vellpost newspaper reported", "Vellpost"), ("Vellpost daily said", "Vellpost"),
    # a hyphen inside the name, before a descriptor or a head word
    ("Al-Vellam newspaper reported", "Al-Vellam"), ("Al-Vellam TV reported", "Al-Vellam TV"),
])
def test_an_unknown_name_before_a_descriptor_and_a_report_verb_is_an_outlet(analyse_text, credit, outlet):
    facts = analyse_text(f"Premier Tom Hale phoned President Lars Berg on Tuesday, {credit}.")
    _, call = only_call(facts)
    names = {e.key: e.name for e in facts.entities}
    assert [names[r.outlet] for r in call.reports] == [outlet]


@pytest.mark.parametrize("credit, outlet", [
    # an outlet's place before the name, a descriptor after it: no "the" needed
    ("Hale told Vellwave radio", "Vellwave"), ("an aide told Kestrel Nord television", "Kestrel Nord"),
    ("Hale told Vellwave radio he was pleased", "Vellwave"),
    ("an aide said in comments to Vell Zero radio station", "Vell Zero"),
    ("an aide said in an interview with Dravska Nova daily", "Dravska Nova"),
    ("an aide confirmed to Ostrapress news agency", "Ostrapress"),
    # a name of several words after "the"
    ("the Kestrel Nord newspaper reported", "Kestrel Nord"),
])
def test_an_unknown_name_between_an_outlet_s_place_and_a_descriptor_is_an_outlet(analyse_text, credit, outlet):
    facts = analyse_text(f"Premier Tom Hale phoned President Lars Berg on Tuesday, {credit}.")
    _, call = only_call(facts)
    names = {e.key: e.name for e in facts.entities}
    assert [names[r.outlet] for r in call.reports] == [outlet]


@pytest.mark.parametrize("text", ["Premier Tom Hale phoned President Lars Berg on Tuesday, before he flew to Vellmark radio talks.",
                                  "Premier Tom Hale phoned President Lars Berg on Tuesday and told Anna Moe newspaper editors about it.",
                                  "Premier Tom Hale phoned President Lars Berg on Tuesday and told Dravo Kell newspaper editors about it.",
                                  # a person of the article by the surname, after "told"
                                  "Premier Tom Hale phoned President Lars Berg on Sunday. Hale later told Berg television crews had been barred.",
                                  # "to" of another clause than the reporting word's
                                  "Premier Tom Hale phoned President Lars Berg on Tuesday, an aide said before he flew to Vellton radio studios.",
                                  # a Sunday paper
                                  "Premier Tom Hale phoned President Lars Berg on Tuesday, an aide told the Vellton Sunday newspaper."])
def test_a_place_or_a_person_before_a_descriptor_is_no_outlet(analyse_text, text):
    facts = analyse_text(text)
    assert not [e for e in facts.entities if e.kind is EntityKind.OUTLET]


def test_a_place_before_a_descriptor_is_no_outlet_the_call_sign_after_it_is(analyse_text):
    facts = analyse_text("Premier Tom Hale told Vellton radio station 610 CKVL that he had phoned President Lars Berg.")
    assert [e.name for e in facts.entities if e.kind is EntityKind.OUTLET] == ["610 CKVL"]


@pytest.mark.parametrize("text", ["One newspaper reported that Premier Tom Hale phoned President Lars Berg on Tuesday.",
                                  "Local television said Premier Tom Hale phoned President Lars Berg on Tuesday."])
def test_a_sentence_s_first_word_before_a_descriptor_is_no_outlet(analyse_text, text):
    facts = analyse_text(text)
    assert not [e for e in facts.entities if e.kind is EntityKind.OUTLET]


@pytest.mark.parametrize("line, outlets", [("Source: SIPRI", []), ("Source: Getty Images", []),
                                           ("Source: AP & Reuters", ["Associated Press", "Reuters"])])
def test_a_labelled_credit_credits_only_news_agencies(analyse_text, line, outlets):
    facts = analyse_text(f"Premier Tom Hale held a phone call with President Lars Berg on Tuesday.\n\n{line}")
    _, call = only_call(facts)
    names = {e.key: e.name for e in facts.entities}
    assert sorted(names[r.outlet] for r in call.reports) == outlets


def test_a_labelled_credit_mid_story_credits_nothing(analyse_text):
    facts = analyse_text("Premier Tom Hale held a phone call with President Lars Berg on Tuesday.\n\nSource: Reuters\n\n"
                         "The two spoke about grain.\n\nThey agreed to talk again.\n\nBerg flew home.")
    _, call = only_call(facts)
    assert call.reports == ()


def test_a_participant_who_had_requested_the_call_is_its_caller(analyse_text):
    facts = analyse_text("Premier Tom Hale held a phone call with President Lars Berg on Tuesday. Berg had requested the call.")
    _, call = only_call(facts)
    names = {e.key: e.name for e in facts.entities}
    assert names.get(call.caller) == "Lars Berg"


def test_a_labelled_credit_line_reports_the_call(analyse_text):
    facts = analyse_text("Premier Tom Hale held a phone call with President Lars Berg on Tuesday.\n\nSource: Reuters")
    _, call = only_call(facts)
    names = {e.key: e.name for e in facts.entities}
    assert [names[r.outlet] for r in call.reports] == ["Reuters"]


@pytest.mark.parametrize("text", [
    "With neither Vella nor Ostria in the room, Premier Tom Hale phoned President Lars Berg on Tuesday.",
    "Premier Tom Hale, neither a hawk nor a dove, phoned President Lars Berg on Tuesday.",
    "Neither Vella nor Ostria was surprised that Premier Tom Hale phoned President Lars Berg on Tuesday.",
    "Premier Tom Hale phoned President Lars Berg on Tuesday, neither for the first nor for the last time.",
])
def test_neither_nor_elsewhere_in_the_sentence_denies_no_call(analyse_text, text):
    _, call = only_call(analyse_text(text))
    assert call.status is CallStatus.OCCURRED


def test_neither_before_the_verb_negates_it(analyse_text):
    assert calls_of(analyse_text("Premier Tom Hale neither phoned President Lars Berg nor met him.")) == []


@pytest.mark.parametrize("text", [
    "Premier Tom Hale phoned President Lars Berg on the eve of his inauguration on Wednesday.",
    "Premier Tom Hale has phoned President Lars Berg twice this week, on Monday and Wednesday.",
    "Premier Tom Hale phoned President Lars Berg earlier this month, on March 3 or 4.",
])
def test_a_day_of_another_moment_or_of_a_list_is_not_the_call_s(analyse_text, text):
    _, call = only_call(analyse_text(text))
    assert call.date != date(2025, 3, 12) and call.date != date(2025, 3, 10) and call.date != date(2025, 3, 3)


@pytest.mark.parametrize("text", [
    "Premier Tom Hale phoned President Lars Berg on Wednesday to talk over the vote of March 1, a day after he spoke "
    "with King Emil Sorn.",
    "The call, first reported by the Vell Herald on Thursday, came a day after Premier Tom Hale spoke with King Emil Sorn.",
    "Premier Tom Hale told a radio station on Thursday that he phoned President Lars Berg a day after he spoke with "
    "King Emil Sorn.",
])
def test_a_clause_counted_from_another_day_than_the_main_call_s_gets_no_day(analyse_text, text):
    got = {people: call.date for people, call in calls_of(analyse_text(text))}
    assert got[frozenset({"Tom Hale", "Emil Sorn"})] is None


def test_neither_as_the_call_s_determiner_is_no_negation(analyse_text):
    facts = analyse_text("Premier Tom Hale spoke with President Lars Berg by phone on Monday. Neither call had been "
                         "announced in advance, nor was the agenda published.")
    _, call = only_call(facts)
    assert call.status is CallStatus.OCCURRED


@pytest.mark.parametrize("text, day", [
    ("Premier Tom Hale phoned President Lars Berg, who was re-elected on Tuesday, two days after Hale spoke with "
     "King Emil Sorn.", None),
    ("Premier Tom Hale phoned President Lars Berg on Wednesday, just a day after he spoke with King Emil Sorn.",
     date(2025, 3, 11)),
])
def test_the_main_clause_s_own_day_counts_for_a_trailing_clause(analyse_text, text, day):
    got = {people: call.date for people, call in calls_of(analyse_text(text))}
    assert got[frozenset({"Tom Hale", "Emil Sorn"})] == day


@pytest.mark.parametrize("said, caller", [("The palace denied that Berg had requested the call.", None),
                                          ("It was unclear whether Berg had requested the call.", None),
                                          ("Asked about the talks, an aide said Berg had requested the call.", "Lars Berg")])
def test_an_initiative_denied_or_asked_names_no_caller(analyse_text, said, caller):
    facts = analyse_text(f"Premier Tom Hale held a phone call with President Lars Berg on Tuesday. {said}")
    _, call = only_call(facts)
    names = {e.key: e.name for e in facts.entities}
    assert names.get(call.caller) == caller


@pytest.mark.parametrize("text, status", [
    ("Premier Tom Hale took President Lars Berg's call on Tuesday.", CallStatus.OCCURRED),
    ("Premier Tom Hale took President Lars Berg's concession call at home on election night and began work on Monday.",
     CallStatus.OCCURRED),
    ("Premier Tom Hale declined President Lars Berg's call on Tuesday.", CallStatus.ATTEMPTED),
])
def test_taking_someone_s_call_is_a_call_from_them(analyse_text, text, status):
    facts = analyse_text(text)
    people, call = only_call(facts)
    names = {e.key: e.name for e in facts.entities}
    assert people == {"Tom Hale", "Lars Berg"} and names.get(call.caller) == "Lars Berg" and call.status is status


def test_footage_of_someone_taking_a_call_tells_no_call_of_its_own(analyse_text):
    facts = analyse_text("President Lars Berg phoned Premier Tom Hale on Tuesday. The Vell Herald aired footage of the "
                         "Premier taking President Berg's call at his desk.")
    assert {p for p, _ in calls_of(facts)} == {frozenset({"Tom Hale", "Lars Berg"})}


def test_a_conversation_that_took_place_with_someone_is_with_who_received_the_calls(analyse_text):
    facts = analyse_text("On Monday President Tom Hale received congratulatory phone calls from several foreign leaders.\n\n"
                         "In the afternoon a phone conversation took place with President Lars Berg.")
    people, _ = only_call(facts)
    assert people == {"Tom Hale", "Lars Berg"}


def test_a_title_that_lists_portfolios_between_commas_leads_to_the_name(analyse_text):
    facts = analyse_text("On Monday King Emil Sorn received a call by telephone from HE Minister of Foreign Affairs, Regional "
                         "Integration and Expatriates of Ghana Tom Hale.")
    people, call = only_call(facts)
    names = {e.key: e.name for e in facts.entities}
    assert people == {"Emil Sorn", "Tom Hale"} and names.get(call.caller) == "Tom Hale"


@pytest.mark.parametrize("portfolio", ["Health", "Transport", "Energy"])
def test_a_portfolio_before_a_title_after_counterpart_is_no_person(analyse_text, portfolio):
    facts = analyse_text(f"Secretary Tom Hale said he spoke with his Vellan counterpart, {portfolio} Minister Lars Berg, "
                         "by phone on Tuesday.")
    people, _ = only_call(facts)
    assert people == {"Tom Hale", "Lars Berg"}
    assert portfolio not in {e.name for e in facts.entities}


def test_a_role_opening_a_section_under_a_name_heading_is_that_person(analyse_text):
    text = ("Prime Minister Tom Hale spent his first day in office taking calls from abroad.\n\nErna Solberg\n\n"
            "The outgoing prime minister rang Hale late on Wednesday evening about the floods.\n\nMette Frederiksen\n\n"
            "Denmark's prime minister called Hale shortly after 8am on Thursday.")
    facts = analyse_text(text, published="2021-10-15")
    names = {e.key: e.name for e in facts.entities}
    got = {people: names.get(call.caller) for people, call in calls_of(facts)}
    assert got == {frozenset({"Tom Hale", "Erna Solberg"}): "Erna Solberg",
                   frozenset({"Tom Hale", "Mette Frederiksen"}): "Mette Frederiksen"}


def test_an_outlet_that_spoke_with_someone_opens_their_interview(analyse_text):
    text = ("The Vell Herald spoke with Foreign Minister Tom Hale on Friday about the border.\n\n"
            "Have you spoken with Vilnius?\n\nLithuania's Gabrielius Landsbergis rang me on Tuesday to talk about the border.\n\n"
            "Will the region act together?\n\nWe must.")
    facts = analyse_text(text, published="2021-10-16")
    people, call = only_call(facts)
    assert people == {"Tom Hale", "Gabrielius Landsbergis"}


def test_a_leader_who_spoke_with_someone_opens_no_interview(analyse_text):
    text = ("Early today I spoke with Prime Minister Fumio Kishida about the attack.\n\n"
            "Will you speak to Prime Minister Tom Hale?\n\nI expect to speak with him this week.\n\n"
            "Did he ask for the call?\n\nNo.")
    facts = analyse_text(text, published="2022-07-10")
    assert frozenset({"Fumio Kishida", "Tom Hale"}) not in {people for people, _ in calls_of(facts)}


@pytest.mark.parametrize("adjective", ["generous", "gracious", "serious"])
def test_an_adjective_ending_in_s_before_a_call_is_no_plural_subject(analyse_text, adjective):
    facts = analyse_text("King Emil Sorn telephoned President Tom Hale on Sunday. In a post on Facebook that night, Hale "
                         f"thanked the King for a long and {adjective} call.")
    _, call = only_call(facts)
    names = {e.key: e.name for e in facts.entities}
    assert [names[r.outlet] for r in call.reports] == ["Facebook"]


@pytest.mark.parametrize("text, day", [
    # after a reporting word: the evening of the saying's day, not of the day named before
    ("Two tremors shook the coast on Monday, the second in the evening. Premier Ilse Varga said on Tuesday she "
     "had spoken by phone with King Emil Sorn earlier in the evening.", date(2024, 6, 11)),
    ("Two tremors shook the coast on Monday, the second in the evening. Premier Ilse Varga said she had spoken "
     "by phone with King Emil Sorn earlier in the evening.", date(2024, 6, 12)),
    # with no saying, the evening of the day named before
    ("The rally ended on Monday. Earlier in the evening, Premier Ilse Varga had spoken by phone with King Emil "
     "Sorn.", date(2024, 6, 10)),
])
def test_a_part_of_a_day_told_after_a_reporting_word_is_the_saying_s(analyse_text, text, day):
    _, call = only_call(analyse_text(text, published="2024-06-12"))
    assert call.date == day


def test_a_back_reference_after_a_day_told_by_an_event_with_no_day_has_none(analyse_text):
    # the match's day is nowhere in the text: "The same night" is its night, not the stamp's day
    facts = analyse_text("Vella, 22 June 2024\n\nOn the evening of the cup match, King Emil Sorn called the captain, "
                         "Lars Berg, by video.\n\nThe same night, Premier Ilse Varga phoned the monarch too.",
                         published="2024-06-22")
    assert {frozenset(people): c.date for people, c in calls_of(facts)} == {
        frozenset({"Emil Sorn", "Lars Berg"}): None, frozenset({"Emil Sorn", "Ilse Varga"}): None}
    # with the match's day told, both calls are on it
    facts = analyse_text("Vella, 22 June 2024\n\nThe cup match was played on Tuesday. On the evening of the cup match, "
                         "King Emil Sorn called the captain, Lars Berg, by video.\n\nThe same night, Premier Ilse Varga "
                         "phoned the monarch too.", published="2024-06-22")
    assert set({frozenset(people): c.date for people, c in calls_of(facts)}.values()) == {date(2024, 6, 18)}


def test_upcoming_before_another_noun_tells_no_plan_of_the_call(analyse_text):
    # "upcoming" plans the call only before a call noun ("an upcoming phone call")
    _, call = only_call(analyse_text("On Monday, Foreign Minister Tala Voss and Foreign Minister Arlo Venn went over "
                                     "the calendar of upcoming joint visits by phone.", published="2024-06-14"))
    assert call.status is CallStatus.OCCURRED and call.date == date(2024, 6, 10)
    _, call = only_call(analyse_text("An upcoming phone call between Premier Ilse Varga and King Emil Sorn will "
                                     "cover the dam.", published="2024-06-14"))
    assert call.status is CallStatus.PLANNED


@pytest.mark.parametrize("verb", ["captured", "filmed", "recorded"])
def test_a_meeting_recorded_on_video_is_no_video_call(analyse_text, verb):
    assert calls_of(analyse_text(f"Premier Ilse Varga and King Emil Sorn discussed the dam during the meeting, which "
                                 f"was {verb} on video.", published="2024-06-14")) == []


def test_the_third_review_of_round_twenty_eight(analyse_text):
    """Constructions the rules of round twenty-eight first misread (a cold review's findings)."""
    def calls(text):
        facts = analyse_text(text, published="2024-03-08")
        names = _names(facts)
        return [(tuple(sorted(names[p] for p in c.participants)), c.date, c.status.value, names.get(c.caller))
                for c in facts.calls]
    # a negated inverted condition says the call took place
    assert calls("Had Premier Ilse Varga not phoned King Emil Sorn on Monday, the talks would have failed.") == [
        (("Emil Sorn", "Ilse Varga"), date(2024, 3, 4), "Occurred", "Ilse Varga")]
    # a place after a post's topic is the topic's, not where the two met
    assert [c[2] for c in calls('"Good to speak with King Emil Sorn today about calm in the Middle East," Premier '
                                'Ilse Varga wrote on Tuesday.')] == ["Occurred"]
    # a sentence of no call opened by an event with no day of its own does not end the walk back
    assert [c[1] for c in calls("Premier Ilse Varga met King Emil Sorn in Vella on Tuesday. Hours after the meeting, "
                                "she flew home. The same day, she rang President Lars Berg.")] == [date(2024, 3, 5)]
    # a part of a day after someone else's report is the day named before
    assert [c[1] for c in calls("The fair in Vella closed on Monday night. According to aides, Premier Ilse Varga "
                                "had spoken by phone with King Emil Sorn earlier in the evening.")] == [date(2024, 3, 4)]
    # a phone call recorded stays a call; "upcoming" before another noun plans nothing
    assert [c[2] for c in calls("Premier Ilse Varga was recorded on the phone with King Emil Sorn on Monday, urging "
                                "him to act.")] == ["Occurred"]
    assert [c[2] for c in calls("On Monday, Premier Ilse Varga and King Emil Sorn went over upcoming talks in a "
                                "phone call.")] == ["Occurred"]
    # a count of hours in another script's digits is no number to count days by
    assert calls("The vote was held on Sunday. Premier Ilse Varga phoned King Emil Sorn ² hours after the vote.")
    # a capitalised event noun ends the name before it; a caller of several words
    assert [c[1] for c in calls("The Vella-Norr Summit opened on Tuesday. On the eve of the summit, Premier Ilse "
                                "Varga phoned King Emil Sorn.")] == [date(2024, 3, 4)]
    assert [c[3] for c in calls("Premier Ilse Varga spoke by phone with King Emil Sorn. The call, which King Emil "
                                "Sorn placed on Friday, lasted an hour.")] == ["Emil Sorn"]


@pytest.mark.parametrize("event", ["eruption of the volcano", "cyclone"])
def test_a_day_an_event_noun_takes_is_no_day_named_for_the_story(analyse_text, event):
    # "Sunday's cyclone" is the cyclone's day: a time of day in the next sentence is of the day
    # the story named ("yesterday"), not of the event's
    facts = analyse_text(f"VELLA, Jun 5 (VNA) - Leaders rang President Lars Berg yesterday with offers of help after "
                         f"Sunday's {event}.\n\nKing Emil Sorn telephoned at midday.", published="2018-06-05")
    days = {frozenset(people): c.date for people, c in calls_of(facts)}
    assert days[frozenset({"Emil Sorn", "Lars Berg"})] == date(2018, 6, 4)


def test_a_given_name_and_patronymic_with_the_editor_s_bracketed_surname_are_the_known_person(analyse_text):
    # a speaker's "Kassym-Jomart Kemelevich" and the surname an editor adds in brackets: one
    # known leader, no person of the given name and patronymic alone
    facts = analyse_text("Q: Who has called you?\n\nSadyr Japarov: Kassym-Jomart Kemelevich [Tokayev] rang me on "
                         "Saturday, and Vladimir Vladimirovich Putin rang me yesterday.", published="2022-09-20")
    people = {e.name for e in facts.entities if e.kind in (EntityKind.LEADER, EntityKind.PERSON)}
    assert people == {"Sadyr Japarov", "Kassym-Jomart Tokayev", "Vladimir Putin"}


@pytest.mark.parametrize("second", ["President Emil Sorn called first.", "President Emil Sorn phoned too.",
                                    "President Emil Sorn called first, on Sunday morning, an aide said.",
                                    "King Emil Sorn also rang.", "After the vote, King Emil Sorn called first.",
                                    "King Emil Sorn had called earlier.", "Later, and before noon, King Emil Sorn rang too.",
                                    "Officials said King Emil Sorn called first.", "Hours later King Emil Sorn called too.",
                                    "Also on Sunday King Emil Sorn called."])
def test_a_call_verb_ending_its_clause_calls_the_one_the_calls_before_were_to(analyse_text, second):
    facts = analyse_text(f"Premier Tom Hale took calls from several leaders on Sunday. {second}", published="2019-01-21")
    names = {e.key: e.name for e in facts.entities}
    got = {frozenset(names[k] for k in c.participants): names.get(c.caller) for c in facts.calls}
    assert got == {frozenset({"Tom Hale", "Emil Sorn"}): "Emil Sorn"}


@pytest.mark.parametrize("text", ["Premier Tom Hale took calls from several leaders on Sunday. The plan was called off.",
                                  "Premier Tom Hale took calls from several leaders on Sunday. Its name is what Sorn's aides called it.",
                                  "Premier Tom Hale met President Emil Sorn on Sunday. The deal, as Sorn called it, held.",
                                  # negated: no call told
                                  "President Emil Sorn met King Lars Berg on Sunday. Premier Tom Hale has not called.",
                                  # the subject of a clause that describes a noun, or of a call yet to come
                                  "Premier Tom Hale met President Emil Sorn on Sunday. Voters backed the snap election that King Lars Berg called.",
                                  "Premier Tom Hale met President Emil Sorn on Sunday. The referendum King Lars Berg called, his third, failed.",
                                  "Premier Tom Hale met President Emil Sorn on Sunday. That is what King Lars Berg called.",
                                  "Premier Tom Hale met President Emil Sorn on Sunday. Sorn will reply when King Lars Berg calls.",
                                  "Premier Tom Hale met President Emil Sorn on Sunday. Sorn hopes King Lars Berg calls.",
                                  "Premier Tom Hale met President Emil Sorn on Sunday. Hale is waiting until King Lars Berg calls."])
def test_a_call_verb_ending_its_clause_needs_a_person_right_before(analyse_text, text):
    facts = analyse_text(text, published="2019-01-21")
    assert len(facts.calls) == 0


def test_two_subjects_of_a_call_verb_ending_its_clause_did_not_call_each_other(analyse_text):
    facts = analyse_text("Hale says Sorn, Berg have called\n\nPremier Tom Hale took calls from President Emil Sorn "
                         "and King Lars Berg on Sunday.", published="2019-01-21")
    assert {people for people, _ in calls_of(facts)} == {frozenset({"Tom Hale", "Emil Sorn"}), frozenset({"Tom Hale", "Lars Berg"})}


@pytest.mark.parametrize("titles", ["Deputy Prime Minister and Home Minister", "Prime Minister and Foreign Affairs Minister"])
def test_two_titles_of_one_person_joined_by_and_are_one_person_s(analyse_text, titles):
    facts = analyse_text(f"Vellish Home Minister Tomas Brek telephoned {titles} Ilse Varga on Sunday night.",
                         published="2023-01-16")
    (people, call), = calls_of(facts)
    assert people == frozenset({"Tomas Brek", "Ilse Varga"}) and call.date == date(2023, 1, 15)



def test_an_opener_s_name_after_a_people_s_adjective_is_the_outlet(analyse_text):
    facts = analyse_text("Premier Tom Hale phoned President Lars Berg on Tuesday, an aide said in an interview with "
                         "Vellish TV Kestrel channel.")
    _, call = only_call(facts)
    names = {e.key: e.name for e in facts.entities}
    assert [names[r.outlet] for r in call.reports] == ["TV Kestrel"]


def test_a_short_bracket_after_a_name_keeps_the_coordinated_subjects(analyse_text):
    facts = analyse_text("Defence Minister Ilse Varga (Reform) and Italy's defence minister, Tomas Brek, spoke by phone "
                         "this afternoon.", published="2025-09-19")
    assert [people for people, _ in calls_of(facts)] == [frozenset({"Ilse Varga", "Tomas Brek"})]


def test_a_known_outlet_with_its_medium_word_is_tied_to_the_verb_after(analyse_text):
    facts = analyse_text("President Emil Sorn called President Lars Berg this morning to convey solidarity. SLBC Television "
                         "in the evening aired footage of Berg on the telephone.", published="2023-11-27")
    _, call = only_call(facts)
    names = {e.key: e.name for e in facts.entities}
    assert [names[r.outlet] for r in call.reports] == ["Sierra Leone Broadcasting Corporation"]


@pytest.mark.parametrize("opening", ["received this newspaper at her office on Friday",
                                     "spoke with this newspaper on Friday"])
def test_an_interview_opened_by_receiving_the_paper_is_answered_by_its_subject(analyse_text, opening):
    facts = analyse_text(f"Vellish foreign minister Ilse Varga {opening}.\n\nQuestion. Have you spoken with the premier "
                         "lately?\n\nAnswer. Not this week.\n\nQ. Has any foreign leader called?\n\nA. President Emil Sorn "
                         "called me yesterday.", published="2024-04-27")
    got = {people: call.caller for people, call in calls_of(facts)}
    assert set(got) == {frozenset({"Ilse Varga", "Emil Sorn"})}


def test_him_in_an_interview_s_question_is_not_the_one_interviewed(analyse_text):
    facts = analyse_text("Vellish foreign minister Ilse Varga spoke to this newspaper on Saturday.\n\nQ. Is the premier "
                         "resting?\n\nA. Premier Tomas Brek is with his family.\n\nQ. A paper reported that President Emil "
                         "Sorn telephoned him on Thursday.\n\nA. That is not true.", published="2024-04-27")
    assert {people for people, _ in calls_of(facts)} <= {frozenset({"Tomas Brek", "Emil Sorn"})}


@pytest.mark.parametrize("dash", ["", "— "])
def test_an_unlabelled_interview_counts_its_answers_days_from_the_interview_and_tells_calls_to_the_one_asked_about(
        analyse_text, dash):
    text = (f"Foreign Minister Tomas Brek talked to Reuters on Monday, January 11, about the vote.\n\n"
            f"{dash}Who has rung President Ilse Varga since the count?\n\n"
            f"{dash}King Emil Sorn was quickest. He called last night. This morning President Lars Berg rang.\n\n"
            f"{dash}Have you talked to your Ostrian counterpart?\n\n"
            f"{dash}Yes, I spoke with Foreign Minister Anna Dorn by phone this afternoon.")
    facts = analyse_text(text, published="2021-01-13")
    got = {people: (call.date, call.caller) for people, call in calls_of(facts)}
    names = {e.key: e.name for e in facts.entities}
    assert {p: (d, names.get(c)) for p, (d, c) in got.items()} == {
        frozenset({"Emil Sorn", "Ilse Varga"}): (date(2021, 1, 10), "Emil Sorn"),
        frozenset({"Lars Berg", "Ilse Varga"}): (date(2021, 1, 11), "Lars Berg"),
        frozenset({"Tomas Brek", "Anna Dorn"}): (date(2021, 1, 11), None)}


def test_a_call_of_others_in_an_answer_is_not_with_the_one_asked_when_the_question_asks_you(analyse_text):
    text = ("Foreign Minister Tomas Brek talked to Vellnews on Monday.\n\nDid you call President Ilse Varga?\n\n"
            "Not yet. King Emil Sorn phoned on Sunday.\n\nAnd the summit?\n\nIt will go ahead.")
    facts = analyse_text(text, published="2021-01-13")
    assert frozenset({"Emil Sorn", "Ilse Varga"}) not in {people for people, _ in calls_of(facts)}


def test_a_reported_call_of_others_that_an_unlabelled_answer_denies_is_denied(analyse_text):
    text = ("Foreign Minister Tomas Brek talked to Vellnews on Monday, January 11.\n\n— Who has rung President Ilse Varga?\n\n"
            "— King Emil Sorn called last night.\n\n— Some papers wrote that President Lars Berg had also called. Is that so?"
            "\n\n— No. There was no such conversation.")
    facts = analyse_text(text, published="2021-01-13")
    got = {people: call.status for people, call in calls_of(facts)}
    assert got == {frozenset({"Emil Sorn", "Ilse Varga"}): CallStatus.OCCURRED,
                   frozenset({"Lars Berg", "Ilse Varga"}): CallStatus.DENIED}


@pytest.mark.parametrize("text, calls", [
    ("President Joe Biden sought support abroad. King Emil Sorn and President Lars Berg have declined calls, aides said.", set()),
    ("President Joe Biden sought support abroad. King Emil Sorn and President Lars Berg declined his calls.",
     {frozenset({"Joe Biden", "Emil Sorn"}), frozenset({"Joe Biden", "Lars Berg"})}),
    ("King Emil Sorn and President Lars Berg declined calls from President Joe Biden.",
     {frozenset({"Joe Biden", "Emil Sorn"}), frozenset({"Joe Biden", "Lars Berg"})}),
    ("President Joe Biden sought more oil, but King Emil Sorn and President Lars Berg have declined calls.",
     {frozenset({"Joe Biden", "Emil Sorn"}), frozenset({"Joe Biden", "Lars Berg"})}),
    # the one who reports it is no caller
    ("King Emil Sorn and President Lars Berg have declined calls since the vote, Vellnews analyst Tom Hale wrote.", set()),
])
def test_plural_calls_that_several_refuse_are_each_one_s_refusal(analyse_text, text, calls):
    facts = analyse_text(text)
    got = {people: call for people, call in calls_of(facts)}
    assert set(got) == calls and all(call.status is CallStatus.ATTEMPTED for call in got.values())


@pytest.mark.parametrize("later, day", [("Three days later", date(2020, 1, 7)), ("A week later", date(2020, 1, 11)),
                                        ("Four days earlier", date(2019, 12, 31))])
def test_a_count_of_days_from_the_day_told_before_dates_the_next_call(analyse_text, later, day):
    facts = analyse_text(f"On 4 January Prime Minister Tom Hale spoke by phone with President Emil Sorn. {later} Hale "
                         "spoke by phone with King Lars Berg.", published="2020-02-12")
    got = {people: call.date for people, call in calls_of(facts)}
    assert got[frozenset({"Tom Hale", "Lars Berg"})] == day



def test_an_explainer_with_questions_as_subheads_keeps_the_publication_day(analyse_text):
    # the lead tells a call with "spoke to", no interview: the answers count from the page's day
    text = ("President Ilse Varga spoke to King Emil Sorn by phone on Monday, officials said.\n\nWhat did President "
            "Lars Berg say?\n\nLittle so far. Premier Tom Hale phoned Berg on Tuesday.\n\nWhat happens next?\n\n"
            "Talks resume in March.")
    facts = analyse_text(text, published="2021-01-13")
    got = {people: call.date for people, call in calls_of(facts)}
    assert got[frozenset({"Tom Hale", "Lars Berg"})] == date(2021, 1, 12)


def test_an_answer_s_call_is_not_with_the_one_a_question_of_no_contact_names(analyse_text):
    text = ("Foreign Minister Tomas Brek talked to Reuters on Monday.\n\nIs President Ilse Varga still in hospital?\n\n"
            "She is recovering. Many colleagues have been in touch with me. Premier Lars Berg called this morning.\n\n"
            "Will the talks go ahead?\n\nYes.")
    facts = analyse_text(text, published="2021-01-13")
    assert frozenset({"Lars Berg", "Ilse Varga"}) not in {people for people, _ in calls_of(facts)}


def test_he_in_an_answer_to_a_question_put_to_the_one_answering_is_the_one_asked_about(analyse_text):
    text = ("Foreign Minister Tomas Brek talked to Reuters on Monday.\n\nHas King Emil Sorn called you?\n\n"
            "Yes. Ambassador Lars Berg arranged it. He rang on Sunday.\n\nWill the talks go ahead?\n\nYes.")
    facts = analyse_text(text, published="2021-01-13")
    assert {people for people, _ in calls_of(facts)} == {frozenset({"Emil Sorn", "Tomas Brek"})}


@pytest.mark.parametrize("title", ["Commerce and Industry Minister", "India's Commerce and Industry Minister",
                                   "Foreign Affairs and Trade Minister"])
def test_a_portfolio_with_and_in_its_name_is_one_title(analyse_text, title):
    facts = analyse_text(f"The deal was settled over a video link late on Friday between Trade Minister Tom Hale and "
                         f"{title} Lars Berg.", published="2025-12-20")
    assert {people: call.date for people, call in calls_of(facts)} == {frozenset({"Tom Hale", "Lars Berg"}): date(2025, 12, 19)}


def test_those_listed_among_those_on_the_call_joined_it(analyse_text):
    facts = analyse_text("Prime Minister Tom Hale spoke by video with the state premiers early on Friday. Premier Ann "
                         "Moe, Premier Lars Berg and Premier Ilse Varga were among those on the call, an aide said.",
                         published="2025-10-25")
    assert [people for people, _ in calls_of(facts)] == [frozenset({"Tom Hale", "Ann Moe", "Lars Berg", "Ilse Varga"})]


def test_an_organisation_s_name_after_the_head_of_is_no_person(analyse_text):
    facts = analyse_text("President Emil Sorn spoke by phone on Wednesday with the chief of the UN Relief Mission for "
                         "Vell, Ilse Varga.", published="2025-05-15")
    assert [people for people, _ in calls_of(facts)] == [frozenset({"Emil Sorn", "Ilse Varga"})]


@pytest.mark.parametrize("text, day", [
    # a day after a semicolon that opens a clause with a subject of its own is that clause's
    ("Foreign Minister Amar Dulekhov phoned Prime Minister Vell Ostrander; the trade minister rang the governor "
     "late Saturday.", None),
    ("Foreign Minister Amar Dulekhov phoned Prime Minister Vell Ostrander; the call came late Saturday.",
     date(2025, 3, 8)),
    # a part of the day joined to the day before a call noun is the call's own day
    ("Foreign Minister Amar Dulekhov asked for the Sunday-morning call with Prime Minister Vell Ostrander; the "
     "trade minister rang the governor late Saturday.", date(2025, 3, 9)),
    ("Foreign Minister Amar Dulekhov held the Sunday-morning phone call with Prime Minister Vell Ostrander.",
     date(2025, 3, 9)),
])
def test_a_day_of_another_clause_after_a_semicolon_is_not_the_call_s(analyse_text, text, day):
    assert [c.date for _people, c in calls_of(analyse_text(text))] == [day]


def test_a_relative_day_before_an_indefinite_call_noun_is_the_verb_s_not_the_noun_s(analyse_text):
    # 'received this evening a phone call': the statement's evening, not "the this-evening call"
    # of the day the text was filed; the call the text dated before
    text = ("VELLA, 14 March 2025 (Vella Wire) - Prime Minister Amar Dulekhov received a phone call yesterday evening "
            "from President Jon Ostrander of Norland.\n\nHis office published its account shortly before "
            "midnight:\n\n\"The Prime Minister received this evening a phone call from President Jon Ostrander.\"")
    assert [c.date for _people, c in calls_of(analyse_text(text))] == [date(2025, 3, 13)]


def test_a_back_reference_opening_a_sentence_counts_from_the_day_named_before_it(analyse_text):
    # "The next day" is a day the next sentences go on with; "the previous day" after the
    # sentence's own Tuesday is another event's
    text = ("Lars Berg was approved as prime minister by parliament on Tuesday, after the cabinet resigned the "
            "previous day.\n\nThe next day, Berg took calls from two neighbours. Premier Ilse Varga called in the "
            "morning. In the afternoon, King Emil Sorn phoned Berg to congratulate him.")
    assert sorted((sorted(people), c.date) for people, c in calls_of(analyse_text(text))) == [
        (["Emil Sorn", "Lars Berg"], date(2025, 3, 12)), (["Ilse Varga", "Lars Berg"], date(2025, 3, 12))]


def test_the_night_of_the_riots_is_the_day_the_text_gives_the_attack(analyse_text):
    # (a noun of the attack family: "the riots" of "the attack on the assembly")
    text = ("The attack on the assembly in Vella came on 4 March. King Emil Sorn flew home on 6 March.\n\n"
            "On the night of the riots, Premier Ilse Varga had phoned King Emil Sorn.")
    assert [c.date for _people, c in calls_of(analyse_text(text))] == [date(2025, 3, 4)]


def test_a_reporting_word_inside_a_name_does_not_make_a_day_a_report_s(analyse_text):
    # "bin Said" is a name, not "said": the day is the story's, and "the next morning" counts from it
    text = ("VELLA, March 14 (Vella Wire) - When Emir Tamar bin Said died late on 3 March, his cousin Amar Dule "
            "was named to succeed him.\n\nDule took the oath the next morning. In the evening King Emil Sorn phoned "
            "him with condolences.")
    assert [c.date for _people, c in calls_of(analyse_text(text))] == [date(2025, 3, 4)]


_WHEN_INTERVIEW = ("Foreign Minister Amar Dule received this newspaper on Saturday at the ministry, days after "
                   "Premier Ilse Varga put her public agenda on hold.\n\nQuestion. {question}\n\nAnswer. {answer}\n\n"
                   "Q. Have the neighbours been in touch?\n\nA. Several have sent messages.")


@pytest.mark.parametrize("question, answer, expected", [
    # a question asking when the one interviewed talked with someone, answered with the medium: a call
    # on the answer's day, counted from the interview's
    ("When did you last speak to the premier?", "On Thursday night, by phone. She is calm.",
     [("OCCURRED", date(2024, 4, 25))]),
    ("When did you last talk to the premier?", "Yesterday, by video link. We spoke for an hour.",
     [("OCCURRED", date(2024, 4, 26))]),
    ("When will you speak to the premier?", "Next week, by phone.", [("PLANNED", None)]),
    # the day, then the call told with no name
    ("When did you first speak to the premier?", "On Thursday night, soon after the news broke. She "
     "called me.", [("OCCURRED", date(2024, 4, 25))]),
    # no medium: no call said
    ("When did you last speak to the premier?", "In March, at the summit in Vella.", []),
])
def test_a_question_of_when_answered_with_a_medium_is_a_call(analyse_text, question, answer, expected):
    facts = analyse_text(_WHEN_INTERVIEW.format(question=question, answer=answer), published="2024-04-27")
    calls = [(c.status.name, c.date) for people, c in calls_of(facts) if people == {"Amar Dule", "Ilse Varga"}]
    assert calls == expected


@pytest.mark.parametrize("text, day", [
    # a clause after a semicolon whose subject was named before tells the same call
    ("Premier Ilse Varga spoke by telephone with King Emil Sorn; the premier raised the border dispute in the "
     "call on Tuesday.", date(2025, 3, 11)),
    ("Premier Ilse Varga spoke by telephone with King Emil Sorn; Sorn urged calm in the call on Tuesday.",
     date(2025, 3, 11)),
    # "the next day" after a lede whose day is an event's: from the event's day, never after the text's
    ("VELLA, March 14 (Vella Wire) - Ilse Varga won Sunday's runoff.\n\nThe next day, she flew to Dalt. That "
     "evening King Emil Sorn phoned her.", date(2025, 3, 10)),
])
def test_a_day_the_call_s_own_clause_or_the_story_gives(analyse_text, text, day):
    assert [c.date for _people, c in calls_of(analyse_text(text))] == [day]


def test_a_name_after_an_unknown_place_s_possessive_and_other_words_is_no_partner(analyse_text):
    text = "Foreign Minister Ilse Varga phoned Vellmark's ambassador over detained journalist Jon Ostrander on Tuesday."
    assert not [people for people, _c in calls_of(analyse_text(text)) if "Jon Ostrander" in people]


def test_a_flashback_s_back_reference_is_not_the_day_the_story_goes_on_with(analyse_text):
    text = ("King Emil Sorn phoned Premier Ilse Varga on Wednesday. The previous day, Varga had sacked her finance "
            "minister. In the afternoon, Sorn also phoned Chancellor Amar Dule.")
    assert sorted(c.date for _people, c in calls_of(analyse_text(text))) == [date(2025, 3, 12)] * 2


@pytest.mark.parametrize("text", [
    # a second call noun after "; and" shares the verb of the first: one list of calls received
    "Prime Minister Amar Dule received a phone call from President Jon Varga, who conveyed solidarity; and a phone "
    "call from King Emil Sorn, who offered condolences.",
    "Prime Minister Amar Dule received a phone call from President Jon Varga, and a phone and video call from King "
    "Emil Sorn.",
])
def test_a_call_noun_after_and_shares_the_verb_of_the_call_before(analyse_text, text):
    assert sorted(sorted(people) for people, _c in calls_of(analyse_text(text))) == [
        ["Amar Dule", "Emil Sorn"], ["Amar Dule", "Jon Varga"]]


@pytest.mark.parametrize("text, called", [
    # a call verb ending a coordinated clause after a talk that names no caller: a call to the one
    # the sentence is about; a country's possessive may open the clause's subject, and an adverb
    # of two words end it
    ("Premier Ilse Varga spoke with Norway's Jon Dule by video on Tuesday, and Latvia's Karin Sorn rang "
     "shortly afterwards, her office said.", "Karin Sorn"),
    ("Premier Ilse Varga spoke with President Jon Dule by phone on Monday, and King Amar Sorn called soon afterward.",
     "Amar Sorn"),
])
def test_a_caller_ending_the_next_clause_rang_the_one_the_sentence_is_about(analyse_text, text, called):
    facts = analyse_text(text)
    assert [(sorted(people), c.caller is not None) for people, c in calls_of(facts) if called in people] == [
        (sorted(["Ilse Varga", called]), True)]


@pytest.mark.parametrize("text, expected", [
    # the talk of the sentence, not a call of an earlier one, is what "C called later" goes on from
    ("King Emil Sorn phoned President Jon Pell last week. Premier Ilse Varga spoke with President Amar Dule on "
     "Monday, and Chancellor Karin Holm called soon afterward.", ["Ilse Varga", "Karin Holm"]),
    # a name ending in "-ly" is no adverb; two subjects of the talk: which one is not known
    ("Premier Ilse Varga spoke with King Emil Sorn on Monday, and President Amar Dule called Italy later.", None),
    ("Premier Ilse Varga and King Emil Sorn spoke by phone on Monday, and President Amar Dule rang shortly "
     "afterwards.", None),
    ("Premier Ilse Varga spoke with King Emil Sorn on Monday, and President Amar Dule rang shortly after.",
     ["Amar Dule", "Ilse Varga"]),
])
def test_whom_a_caller_ending_the_next_clause_rang(analyse_text, text, expected):
    holm_or_dule = "Karin Holm" if "Karin Holm" in text else "Amar Dule"
    found = [sorted(people) for people, _c in calls_of(analyse_text(text)) if holm_or_dule in people]
    assert found == ([expected] if expected else [])


def test_a_definite_call_noun_after_and_opens_a_clause_of_its_own(analyse_text):
    text = ("Premier Ilse Varga took a call from King Emil Sorn, and the call from President Amar Dule to President "
            "Jon Pell lasted an hour.")
    assert sorted(sorted(people) for people, _c in calls_of(analyse_text(text))) == [
        ["Amar Dule", "Jon Pell"], ["Emil Sorn", "Ilse Varga"]]


ROUND_LEDE = ("VELLA - President Amar Dule took telephone calls on Monday from foreign leaders, all of them "
              "wishing him well after the vote.\n\n")


@pytest.mark.parametrize("sentence, expected", [
    # a sentence with no call word in a round of calls: its subject conveyed a message in a call to the one who received them
    ("The King of Norland, Mr. Emil Sorn, conveyed to the President his warm congratulations.", ("Emil Sorn", "Emil Sorn")),
    ("Chancellor Karin Holm expressed her best wishes and congratulations to President Dule.", ("Karin Holm", "Karin Holm")),
    # a message in writing is no call
    ("The King of Norland, Mr. Emil Sorn, conveyed his congratulations in a letter.", None),
    # nor a message after the round is over, nor a message of the one who received the calls
    ("President Dule conveyed his thanks and his congratulations to the electoral board.", None),
    # nor one conveyed to no one, to someone else, in a post, at a news conference or in person
    ("Chancellor Karin Holm expressed her congratulations in a post on X.", None),
    ("The King of Norland, Mr. Emil Sorn, offered his congratulations at a news conference.", None),
    ("The King of Norland, Mr. Emil Sorn, expressed his condolences to the flood victims and their families.", None),
    ("Chancellor Karin Holm expressed her congratulations to Premier Ilse Varga on her own victory.", None),
    ("Chancellor Karin Holm, visiting Vella on Tuesday, conveyed to President Dule her congratulations in person.", None),
    ("Chancellor Karin Holm conveyed to President Dule her congratulations in a cable.", None),
])
def test_a_message_conveyed_in_a_round_of_calls_is_a_call(analyse_text, sentence, expected):
    found = [(sorted(people), c.caller) for people, c in calls_of(analyse_text(ROUND_LEDE + sentence, published="2025-03-11"))]
    names = {e.key: e.name for e in analyse_text(ROUND_LEDE + sentence, published="2025-03-11").entities}
    got = [(people, names.get(caller)) for people, caller in found]
    assert got == ([(sorted(["Amar Dule", expected[0]]), expected[1])] if expected else [])


def test_a_message_conveyed_long_after_the_round_is_no_call(analyse_text):
    text = ROUND_LEDE + ("Turnout was high. The count took two days. Observers praised the vote. The board published the "
                         "results.\n\nThe King of Norland, Mr. Emil Sorn, conveyed his congratulations to the President.")
    assert calls_of(analyse_text(text, published="2025-03-11")) == []


@pytest.mark.parametrize("text, expected", [
    # "the first call came ... from B": B called the one who received the calls, on the day told there
    ("President Amar Dule has received a flurry of phone calls from island leaders since Tuesday. The first call came on "
     "Tuesday evening from King Emil Sorn. The next call came on Wednesday from Chancellor Karin Holm.",
     [("Emil Sorn", date(2025, 3, 11), CallStatus.OCCURRED), ("Karin Holm", date(2025, 3, 12), CallStatus.OCCURRED)]),
    # the one it came from far along the sentence, after an aside
    ("President Amar Dule took calls from leaders on Monday. Chancellor Karin Holm also called President Dule to "
     "congratulate him. The earliest call had come late on Sunday, once the count ended, from the Foreign Minister of Malta, "
     "Mr. Emil Sorn, who praised the vote.",
     [("Emil Sorn", date(2025, 3, 9), CallStatus.OCCURRED), ("Karin Holm", date(2025, 3, 10), CallStatus.OCCURRED)]),
])
def test_a_call_of_a_round_that_came_from_someone(analyse_text, text, expected):
    facts = analyse_text(text, published="2025-03-13")
    names = {e.key: e.name for e in facts.entities}
    got = sorted((next(iter(people - {"Amar Dule"})), c.date, c.status) for people, c in calls_of(facts))
    assert got == expected
    assert all(names[c.caller] != "Amar Dule" for _p, c in calls_of(facts))


@pytest.mark.parametrize("text", [
    # a "from" of another phrase than the verb of arriving's
    "President Amar Dule has received a flurry of phone calls from island leaders since Tuesday. The first call came on "
    "Tuesday evening, hours after a sharp warning from President Lars Berg.",
    "Chancellor Karin Holm rang President Amar Dule on Monday. The call came hours after a rebuke from President Lars Berg.",
])
def test_a_call_that_came_hours_after_something_from_someone_came_from_no_one(analyse_text, text):
    assert not [people for people, _c in calls_of(analyse_text(text, published="2025-03-13")) if "Lars Berg" in people]


@pytest.mark.parametrize("lede", [
    "President Amar Dule received phone calls on Monday.",
    "President Amar Dule took a steady stream of phone calls on Monday.",
])
def test_one_call_of_a_round_keeps_its_own_day(analyse_text, lede):
    facts = analyse_text(lede + " The next call came on Tuesday from King Emil Sorn.", published="2024-03-08")
    assert [(sorted(people), c.date) for people, c in calls_of(facts)] == [(["Amar Dule", "Emil Sorn"], date(2024, 3, 5))]


def test_the_next_call_that_has_not_come_is_still_planned(analyse_text):
    (people, call), = calls_of(analyse_text("The next call between President Amar Dule and King Emil Sorn is due on Friday.",
                                            published="2025-03-13"))
    assert call.status is CallStatus.PLANNED


@pytest.mark.parametrize("partner", [
    "the Deputy Prime Minister, Minister of Economy and Regional Development of the Kingdom of Denmark, Mr. Emil Sorn",
    "the Deputy Prime Minister and Minister of Economy and Regional Development of Denmark, Mr. Emil Sorn",
    "the Vice-President, Minister of Trade, Industry and Tourism of the Republic of Malta, Mr. Emil Sorn",
    "the Deputy Prime Minister, Minister for Trade of Malta, Mr. Emil Sorn",
    "the Minister of Trade of Malta, Mr. Emil Sorn",
])
def test_a_caller_named_after_a_chain_of_titles(analyse_text, partner):
    text = f"The Minister of Justice, Mr. Amar Dule, took a phone call on Monday from {partner}, who spoke of trade."
    (people, call), = calls_of(analyse_text(text, published="2025-03-13"))
    names = {e.key: e.name for e in analyse_text(text, published="2025-03-13").entities}
    assert people == {"Amar Dule", "Emil Sorn"} and names[call.caller] == "Emil Sorn"


def test_a_call_that_came_as_someone_returned_from_talks_came_from_no_one_of_them(analyse_text):
    text = ("Chancellor Karin Holm phoned Premier Ilse Varga on Tuesday. The call came through at noon, as Premier Varga "
            "returned from talks with President Amar Dule.")
    assert [sorted(people) for people, _c in calls_of(analyse_text(text, published="2025-03-13"))] == [["Ilse Varga", "Karin Holm"]]


@pytest.mark.parametrize("text", [
    # a long title opening the sentence, with "at the Ministry of", is the subject's, not a phrase governing it
    "Minister of State for Trade at the Office of the Premier Dr. Amar bin Dulek took a phone call from Minister of "
    "Trade of Malta Mr. Emil Sorn on Monday.",
    "Minister of State for Energy at the Office of the Vice-President Mr. Amar Dulek phoned Minister of Trade of Malta Mr. Emil "
    "Sorn on Monday.",
    "Minister of State for Trade and Industry at the Office of the Premier Mr. Amar Dulek phoned Minister of Trade of Malta "
    "Mr. Emil Sorn on Monday.",
])
def test_a_long_title_opening_the_sentence_leaves_its_name_the_subject(analyse_text, text):
    (people, call), = calls_of(analyse_text(text, published="2024-09-11"))
    assert people == {"Amar bin Dulek" if "bin" in text else "Amar Dulek", "Emil Sorn"}
    assert call.date == date(2024, 9, 9)


@pytest.mark.parametrize("text, day", [
    # a gap before an event whose date follows it with "of": that date moved by the gap
    ("The habit showed again the morning after the Vella earthquake of 21 November, when President Amar Dule rang "
     "King Emil Sorn from the palace.", date(2022, 11, 22)),
    ("President Amar Dule rang King Emil Sorn two days before the vote of 27 November.", date(2022, 11, 25)),
    ("President Amar Dule rang King Emil Sorn the evening before the summit of 3 December.", date(2022, 12, 2)),
    # no gap: after the event is no day
    ("President Amar Dule rang King Emil Sorn after the vote of 21 November.", None),
    # a day of the call's own wins; a gap of a verb after the call's is that verb's
    ("President Amar Dule rang King Emil Sorn on 1 December, a week after the vote of 21 November.", date(2022, 12, 1)),
    ("President Amar Dule rang King Emil Sorn to discuss the aid pledged the day after the earthquake of 21 November.", None),
])
def test_a_call_a_gap_after_an_event_of_a_date(analyse_text, text, day):
    (_people, call), = calls_of(analyse_text(text, published="2022-12-10"))
    assert call.date == day


def test_two_subjects_that_both_telephoned_one_person_placed_a_call_each(analyse_text):
    facts = analyse_text("King Emil Sorn and Premier Ilse Varga both telephoned President Amar Dule on Monday.",
                         published="2025-11-19")
    assert sorted(sorted(people) for people, _c in calls_of(facts)) == [["Amar Dule", "Emil Sorn"], ["Amar Dule", "Ilse Varga"]]


def reporters_of(facts, call):
    names = {e.key: e.name for e in facts.entities}
    return sorted(names[r.outlet] for r in call.reports)


@pytest.mark.parametrize("text", [
    "National Security Adviser Amar Dulek has kept in touch with Malta's Interior Minister, Emil Sornes, all month. "
    "The two first spoke by phone on March 2.",
    "Foreign Minister Amar Dulek has kept in touch with Trade Minister Emil Sornes all month. "
    "The two first spoke by phone on March 2.",
])
def test_the_two_after_a_sentence_naming_two_office_holders_and_no_leader(analyse_text, text):
    (people, call), = calls_of(analyse_text(text, published="2024-03-08"))
    assert people == {"Amar Dulek", "Emil Sornes"}
    assert call.date == date(2024, 3, 2)


def test_the_two_are_not_two_people_of_no_office(analyse_text):
    facts = analyse_text("The novelist Amar Dulek quoted the painter Emil Sornes. The two spoke by phone on March 2.",
                         published="2024-03-08")
    assert calls_of(facts) == []


@pytest.mark.parametrize("text, caller", [
    ("Karl Dulek wrote a long post on Chirp about the call he received on Sunday from President Ilse Varga of Malta.",
     "Ilse Varga"),
    ("Mayor Karl Dulek said the call he received from President Ilse Varga of Malta on Monday had been warm.",
     "Ilse Varga"),
    ("President Ilse Varga of Malta described the call she made to Mayor Karl Dulek on Monday as warm.", "Ilse Varga"),
])
def test_a_definite_call_with_a_relative_clause_of_its_own(analyse_text, text, caller):
    facts = analyse_text(text, published="2024-03-08")
    (people, call), = calls_of(facts)
    names = {e.key: e.name for e in facts.entities}
    assert people == {"Karl Dulek", "Ilse Varga"}
    assert names[call.caller] == caller


@pytest.mark.parametrize("text", [
    "The first foreign leader to ring Prime Minister Ilse Varga of Malta, on the evening of the fire, was "
    "President Amar Dule.",
    "The first to call Prime Minister Ilse Varga of Malta was President Amar Dule, an aide said.",
])
def test_the_first_to_call_someone_was_a_name(analyse_text, text):
    facts = analyse_text(text, published="2024-03-08")
    (people, call), = calls_of(facts)
    names = {e.key: e.name for e in facts.entities}
    assert people == {"Amar Dule", "Ilse Varga"}
    assert names[call.caller] == "Amar Dule"


def test_the_first_to_call_was_no_one_named(analyse_text):
    facts = analyse_text("The first to call Prime Minister Ilse Varga of Malta was not the president but an aide.",
                         published="2024-03-08")
    assert calls_of(facts) == []


def test_a_broadcaster_with_its_descriptor_carried_the_speech_that_told_the_call(analyse_text):
    facts = analyse_text(
        "President Amar Dule told lawmakers in a speech that he had phoned King Emil Sorn of Denmark on Wednesday "
        "evening.\n\n"
        "\"We talked for an hour,\" Mr Dule said. State broadcaster Vellvision carried the speech live.\n",
        published="2019-03-01")
    (_people, call), = calls_of(facts)
    assert reporters_of(facts, call) == ["Vellvision"]


def test_a_surname_that_is_a_title_word_after_an_honorific(analyse_text):
    facts = analyse_text("Foreign Minister Julie Bishop called Prime Minister Amar Dule of Tonga on Wednesday. "
                         "Ms Bishop told Vell Radio after the call that tents were on their way from Canberra.",
                         published="2018-02-16")
    (_people, call), = calls_of(facts)
    assert reporters_of(facts, call) == ["Vell Radio"]


def test_the_prime_minister_of_a_small_place_the_gazetteer_knows_no_holder_of(analyse_text):
    # (a paper told from Willemstad: "the Prime Minister" is the one of no country the gazetteer
    # knows, not the Dutch one named a sentence before)
    facts = analyse_text(
        "WILLEMSTAD - Prime Minister Amar Dulek took calls all day.\n\n"
        "Late at night Dutch Prime Minister Dick Schoof rang him.\n\n"
        "In the morning King Willem-Alexander called the Prime Minister to congratulate him.\n",
        published="2025-11-19")
    pairs = sorted(sorted(people) for people, _c in calls_of(facts))
    assert ["Amar Dulek", "King Willem-Alexander"] in pairs
    assert ["Dick Schoof", "King Willem-Alexander"] not in pairs


@pytest.mark.parametrize("second", [
    "After the call he received a letter from President Ilse Varga of Malta.",
    "During the call he made a pledge to President Ilse Varga of Malta.",
    "Since the call he has made two visits to President Ilse Varga of Malta.",
])
def test_a_pronoun_opening_the_main_clause_after_the_call_tells_no_call(analyse_text, second):
    facts = analyse_text("President Amar Dule spoke with King Emil Sorn of Denmark on Monday. " + second,
                         published="2024-03-08")
    assert [sorted(people) for people, _c in calls_of(facts)] == [["Amar Dule", "Emil Sorn"]]


@pytest.mark.parametrize("text", [
    "The first to call Prime Minister Ilse Varga of Malta was not President Amar Dule but an aide.",
    "The first to call Prime Minister Ilse Varga of Malta was expected to be President Amar Dule.",
])
def test_the_first_to_call_someone_not_said_for_sure(analyse_text, text):
    facts = analyse_text(text, published="2024-03-08")
    assert not any(c.status is CallStatus.OCCURRED and "Amar Dule" in people for people, c in calls_of(facts))


@pytest.mark.parametrize("text", [
    "Foreign Minister Karl Dulek's deputy met Trade Minister Ilse Varga's adviser. The two spoke by phone on March 2.",
    "Interior Minister Karl Dulek was quoted by the lawyer Ilse Varga. The two spoke by phone on March 2.",
])
def test_the_two_are_not_the_owners_nor_one_of_no_office(analyse_text, text):
    assert calls_of(analyse_text(text, published="2024-03-08")) == []


def test_a_small_place_s_paper_makes_the_prime_minister_its_own(analyse_text):
    facts = analyse_text(
        "Prime Minister Amar Dulek took calls all day.\n\n"
        "Late at night Dutch Prime Minister Dick Schoof rang him.\n\n"
        "In the morning King Willem-Alexander called the Prime Minister to congratulate him.\n",
        published="2025-11-19", outlet="TeleCuraçao")
    pairs = sorted(sorted(people) for people, _c in calls_of(facts))
    assert ["Amar Dulek", "King Willem-Alexander"] in pairs and ["Dick Schoof", "King Willem-Alexander"] not in pairs


def test_a_big_country_s_dateline_keeps_the_prime_minister_the_gazetteer_knows(analyse_text):
    # (the gazetteer knows the home country's leaders: no unknown holder is taken for them)
    facts = analyse_text(
        "LONDON - Indian Prime Minister Narendra Modi spoke with Prime Minister Amar Dulek on Monday.\n\n"
        "Later, Australian Prime Minister Anthony Albanese called the Prime Minister.\n", published="2025-11-19")
    assert ["Amar Dulek", "Anthony Albanese"] not in [sorted(people) for people, _c in calls_of(facts)]


def test_the_president_of_another_country_s_government_named_after_is_that_person(analyse_text):
    # (an office of one country by another name: never the article's other president)
    facts = analyse_text("President Marcelo Rebelo de Sousa phoned King Felipe VI. Prime Minister Amar Dule spoke by "
                         "phone on Friday to Spain's President of the Government, Mariano Rajoy.",
                         published="2017-08-18")
    assert sorted(sorted(p) for p, _c in calls_of(facts)) == [["Amar Dule", "Mariano Rajoy"],
                                                              ["King Felipe VI", "Marcelo Rebelo de Sousa"]]


def test_the_president_of_a_named_country_without_a_name_is_its_president(analyse_text):
    (people, call), = calls_of(analyse_text(
        "On Monday President Amar Dule of Malta was phoned by the President of the Republic of Kenya.",
        published="2019-03-01"))
    assert people == {"Amar Dule", "Uhuru Kenyatta"}


@pytest.mark.parametrize("text", [
    "President Amar Dule called Civil Aviation Minister Karl Holm of Malta on Friday.",
    "President Amar Dule phoned Transportation Minister Karl Holm of Malta on Friday.",
])
def test_a_portfolio_of_two_words_before_the_title(analyse_text, text):
    (people, _call), = calls_of(analyse_text(text, published="2025-06-13"))
    assert people == {"Amar Dule", "Karl Holm"}


def test_a_headline_s_semicolon_opens_a_clause_of_its_own(analyse_text):
    facts = analyse_text("Malta PM Dule calls Sorn; Holm speaks to Danish trade minister on tariffs\n\n"
                         "President Amar Dule of Malta telephoned King Emil Sorn of Denmark today.\n\n"
                         "Trade Minister Karl Holm said he had met his Danish counterpart.\n", published="2025-06-13")
    assert [sorted(p) for p, _c in calls_of(facts)] == [["Amar Dule", "Emil Sorn"]]


@pytest.mark.parametrize("text", [
    "Ilse Varga, sworn in as Foreign Minister of Malta on Tuesday, spoke by phone on Wednesday with King Emil Sorn "
    "of Denmark.",
    "Ilse Varga, appointed foreign minister of Malta last week, spoke by phone on Wednesday with King Emil Sorn "
    "of Denmark.",
])
def test_a_phrase_in_commas_after_the_subject(analyse_text, text):
    (people, _call), = calls_of(analyse_text(text, published="2021-10-28"))
    assert people == {"Ilse Varga", "Emil Sorn"}


def test_a_relative_clause_in_another_clause_is_no_phrase_after_the_subject(analyse_text):
    facts = analyse_text("On Monday President Amar Dule spoke by phone with King Emil Sorn of Denmark and Emir Tamim bin "
                         "Hamad Al Thani, while his foreign minister, Karl Holm, held a call with Ilse Varga, the Maltese "
                         "foreign minister.", published="2021-10-28")
    assert ["Ilse Varga", "Karl Holm"] in [sorted(p) for p, _c in calls_of(facts)]


def test_a_statement_the_paper_says_it_issued_the_night_before_dates_its_relative_days(analyse_text):
    facts = analyse_text("The presidency issued the following statement last night.\n\n"
                         "\"Yesterday evening, President Amar Dule of Malta telephoned King Emil Sorn of Denmark.\"\n",
                         published="2018-09-22")
    (_people, call), = calls_of(facts)
    assert call.date == date(2018, 9, 20)


def test_one_person_named_twice_before_the_verb_is_the_caller(analyse_text):
    facts = analyse_text("On Friday Hakainde Hichilema, President of the Republic of Zambia, rang President Amar Dule "
                         "of Malta to offer his condolences.", published="2022-09-22")
    (_people, call), = calls_of(facts)
    assert {e.key: e.name for e in facts.entities}[call.caller] == "Hakainde Hichilema"


def test_on_the_screen_with_after_be_is_a_video_call_a_broadcast_is_not(analyse_text):
    (people, call), = calls_of(analyse_text(
        "President Amar Dule was on the screen with Prime Minister Ilse Varga and King Emil Sorn for an hour.",
        published="2021-10-28"))
    assert people == {"Amar Dule", "Ilse Varga", "Emil Sorn"} and call.medium is CallMedium.VIDEO
    assert calls_of(analyse_text("President Amar Dule appeared on screen with King Emil Sorn at the concert.",
                                 published="2021-10-28")) == []


def test_an_abbreviated_honorific_ends_no_sentence(analyse_text):
    (people, _call), = calls_of(analyse_text(
        "On Friday Dr Amar Dulek spoke by phone with the Foreign Minister of Malta, Amb. Dr Ilse Varga.",
        published="2018-09-21"))
    assert people == {"Amar Dulek", "Ilse Varga"}


def test_a_call_from_an_unnamed_leader_reaching_someone_opens_a_round(analyse_text):
    facts = analyse_text("President Amar Dule of Malta had been in office for an hour on Friday when the earliest call "
                         "from a foreign head of state reached him. King Emil Sorn of Denmark telephoned from his "
                         "palace soon after the ceremony.", published="2018-03-26")
    (people, call), = calls_of(facts)
    assert people == {"Amar Dule", "Emil Sorn"}
    assert {e.key: e.name for e in facts.entities}[call.caller] == "Emil Sorn" and call.date == date(2018, 3, 23)


@pytest.mark.parametrize("text, day", [
    ("King Emil Sorn of Denmark, who called President Amar Dule of Malta the day he took office, told reporters on "
     "Monday that he would help.", None),
    ("King Emil Sorn called President Amar Dule of Malta the evening the ferry sank.", None),
    ("King Emil Sorn called President Amar Dule of Malta the day before, the palace said.", date(2018, 3, 25)),
])
def test_called_someone_the_day_something_happened(analyse_text, text, day):
    (people, call), = calls_of(analyse_text(text, published="2018-03-26"))
    assert people == {"Amar Dule", "Emil Sorn"} and call.date == day


def test_called_someone_a_name_is_no_call(analyse_text):
    assert calls_of(analyse_text("King Emil Sorn called President Amar Dule of Malta the hero of the day.",
                                 published="2018-03-26")) == []


@pytest.mark.parametrize("text, status", [
    ("King Emil Sorn of Denmark asked to speak with President Amar Dule of Malta by telephone, but Valletta did not "
     "respond.", CallStatus.ATTEMPTED),
    ("Malta's foreign ministry said that King Emil Sorn of Denmark had asked to speak with President Amar Dule by "
     "telephone, but that Valletta had not responded.", CallStatus.ATTEMPTED),
])
def test_a_request_to_speak_that_came_to_nothing_is_an_attempt(analyse_text, text, status):
    facts = analyse_text(text, published="2018-03-26")
    (people, call), = calls_of(facts)
    assert people == {"Amar Dule", "Emil Sorn"} and call.status is status
    assert {e.key: e.name for e in facts.entities}[call.caller] == "Emil Sorn"


@pytest.mark.parametrize("text", [
    "King Emil Sorn of Denmark asked to speak with President Amar Dule of Malta by telephone.",
    "King Emil Sorn of Denmark was asked to speak with President Amar Dule of Malta by telephone, but he did not "
    "respond.",
])
def test_a_request_to_speak_alone_is_no_call(analyse_text, text):
    assert calls_of(analyse_text(text, published="2018-03-26")) == []


def test_a_line_giving_a_statement_s_day_dates_its_relative_days(analyse_text):
    facts = analyse_text("The palace's note, in our translation.\n\n"
                         "From the Office of the King, dated 3 May 2019:\n\n"
                         "\"King Emil Sorn of Denmark this morning received a call from President Amar Dule of Malta.\"\n",
                         published="2019-05-05")
    (_people, call), = calls_of(facts)
    assert call.date == date(2019, 5, 3)


@pytest.mark.parametrize("after", ["The two agreed to remain in contact over the coming days.",
                                   "Both leaders said they would stay in contact in the next weeks."])
def test_agreeing_to_remain_in_contact_plans_no_call(analyse_text, after):
    facts = analyse_text("President Amar Dule spoke by phone with King Emil Sorn of Denmark on Monday. " + after,
                         published="2021-09-16")
    assert [c.status for _p, c in calls_of(facts)] == [CallStatus.OCCURRED]


@pytest.mark.parametrize("text", [
    "On Monday President Amar Dule of Malta phoned the President of the National Assembly of Ghana.",
    "On Monday President Amar Dule of Malta phoned the former President of the Republic of Ghana.",
    "On Monday President Amar Dule of Malta phoned the Vice-President of the Republic of Ghana.",
])
def test_another_office_of_a_named_country_is_not_its_president(analyse_text, text):
    assert not any("Nana Akufo-Addo" in people for people, _c in calls_of(analyse_text(text, published="2019-03-01")))


@pytest.mark.parametrize("text", [
    "King Emil Sorn of Denmark asked to speak with President Amar Dule of Malta by telephone, but the Maltese foreign "
    "ministry did not respond to questions sent on Monday.",
    "King Emil Sorn of Denmark asked to speak with President Amar Dule of Malta by telephone; the palace did not "
    "respond to a request for comment.",
    "King Emil Sorn of Denmark, asked to speak with President Amar Dule of Malta by telephone, did not respond.",
])
def test_a_request_to_speak_with_an_unanswered_other_matter_is_no_attempt(analyse_text, text):
    assert calls_of(analyse_text(text, published="2018-03-26")) == []


def test_a_request_unanswered_and_a_call_held_later_in_the_sentence(analyse_text):
    facts = analyse_text("King Emil Sorn asked to speak with President Amar Dule of Malta by phone, but Valletta never "
                         "replied, and the two finally spoke on Friday.", published="2019-03-05")
    assert [(c.status, c.date) for _p, c in calls_of(facts)] == [(CallStatus.OCCURRED, date(2019, 3, 1))]


def test_called_someone_the_day_something_happened_then_its_day(analyse_text):
    (_people, call), = calls_of(analyse_text("King Emil Sorn called President Amar Dule of Malta the day he took "
                                             "office, on Friday.", published="2019-03-05"))
    assert call.date == date(2019, 3, 1)


def test_called_someone_the_morning_star_is_no_call(analyse_text):
    assert calls_of(analyse_text("King Emil Sorn called President Amar Dule of Malta the morning star of European "
                                 "politics.", published="2019-03-05")) == []


def test_a_call_that_never_reached_someone_opens_no_round(analyse_text):
    facts = analyse_text("The first call from a neighbouring head of state never reached President Amar Dule of Malta. King "
                         "Emil Sorn of Denmark telephoned from his palace on Friday.", published="2019-03-05")
    assert calls_of(facts) == []


def test_on_screen_without_its_article_is_no_call(analyse_text):
    assert calls_of(analyse_text("President Amar Dule was on screen with King Emil Sorn at the concert on Monday.",
                                 published="2019-03-05")) == []


def test_a_relative_clause_before_a_phrase_in_commas_keeps_its_subject(analyse_text):
    facts = analyse_text("Ilse Varga, who met Karl Holm, sworn in last week, spoke by phone with King Emil Sorn on "
                         "Wednesday.", published="2019-03-01")
    assert ["Emil Sorn", "Ilse Varga"] in [sorted(p) for p, _c in calls_of(facts)]


def test_a_dated_line_s_day_ends_with_its_quotation(analyse_text):
    facts = analyse_text("The palace's note, in our translation.\n\n"
                         "From the Office of the King, dated 3 May 2019:\n\n"
                         "\"King Emil Sorn of Denmark this morning received a call from President Amar Dule of Malta.\"\n\n"
                         "His spokesman said today that Sorn would call Prime Minister Ilse Varga of Sweden tomorrow.\n",
                         published="2019-05-05")
    assert sorted((sorted(p), c.date) for p, c in calls_of(facts)) == [
        (["Amar Dule", "Emil Sorn"], date(2019, 5, 3)), (["Emil Sorn", "Ilse Varga"], date(2019, 5, 6))]


def test_a_date_long_before_on_a_colon_line_anchors_nothing(analyse_text):
    (_people, call), = calls_of(analyse_text("Sorn cited a treaty dated 3 May 1999 in his remarks, saying:\n\n"
                                             "King Emil Sorn of Denmark this morning received a call from President "
                                             "Amar Dule of Malta.\n", published="2019-05-05"))
    assert call.date == date(2019, 5, 5)


@pytest.mark.parametrize("verb", ["received", "took"])
def test_honorifics_before_each_name_of_a_list_of_callers(analyse_text, verb):
    facts = analyse_text(f"President Amar Dule of Malta {verb} telephone calls on Friday from the Prime Minister of "
                         "Sweden, H.E. Mrs. Ilse Varga, the Prime Minister of Norway, H.E. Mr. Karl Holm, and the "
                         "President of the Republic of Estonia, H.E. Dr. Lars Berg.", published="2019-05-25")
    assert sorted(sorted(p) for p, _c in calls_of(facts)) == [
        ["Amar Dule", "Ilse Varga"], ["Amar Dule", "Karl Holm"], ["Amar Dule", "Lars Berg"]]


@pytest.mark.parametrize("text, partner", [
    ("King Emil Sorn of Denmark phoned Tun Dr Mahathir Mohamad of Malaysia on Friday.", "Mahathir Mohamad"),
    ("King Emil Sorn of Denmark phoned Prime Minister Tun Dr Amar Dulek of Malaysia on Friday.", "Amar Dulek"),
    ("King Emil Sorn of Denmark phoned Myanmar's Foreign Minister Tun Tun Naing on Friday.", "Tun Tun Naing"),
])
def test_a_malaysian_honorific_is_no_person_and_a_name_may_open_with_its_word(analyse_text, text, partner):
    facts = analyse_text(text, published="2018-05-12")
    assert [sorted(p) for p, _c in calls_of(facts)] == [sorted(["Emil Sorn", partner])]


def test_a_new_counterpart_named_nowhere_is_no_gazetteer_official(analyse_text):
    facts = analyse_text("Foreign Minister Karl Holm of Malta held a phone call on Friday with his new Malaysian "
                         "counterpart.", published="2018-05-12")
    assert calls_of(facts) == [] and {e.kind for e in facts.entities} == {EntityKind.PERSON, EntityKind.COUNTRY}
    facts = analyse_text("Foreign Minister Karl Holm of Malta held a phone call on Friday with his current Malaysian "
                         "counterpart.", published="2018-05-12")
    assert len(calls_of(facts)) == 1


def test_a_caller_whose_verb_is_left_out_after_and(analyse_text):
    facts = analyse_text("Prime Minister Ilse Varga of Malta took calls all day. King Emil Sorn of Denmark phoned "
                         "shortly after nine on Thursday, and President Amar Dule about an hour later.",
                         published="2021-01-01")
    assert sorted(sorted(p) for p, _c in calls_of(facts)) == [["Amar Dule", "Ilse Varga"], ["Emil Sorn", "Ilse Varga"]]


def test_a_second_object_after_and_is_no_caller_left_out(analyse_text):
    facts = analyse_text("Prime Minister Ilse Varga phoned King Emil Sorn on Thursday, and President Amar Dule on "
                         "Friday.", published="2021-01-01")
    assert ["Amar Dule", "Emil Sorn"] not in [sorted(p) for p, _c in calls_of(facts)]


@pytest.mark.parametrize("mark", ["*", "•"])
def test_a_list_item_s_mark_is_no_word_of_its_sentence(analyse_text, mark):
    facts = analyse_text("Prime Minister Ilse Varga of Malta has spent the week taking calls from fellow leaders.\n\n"
                         f"{mark} King Emil Sorn of Denmark rang first, on Wednesday morning.\n", published="2021-01-01")
    (people, call), = calls_of(facts)
    assert people == {"Ilse Varga", "Emil Sorn"} and call.date == date(2020, 12, 30)


def test_a_capital_that_is_a_given_name_before_a_surname_is_a_person(analyse_text):
    facts = analyse_text("Foreign Minister Karl Holm of Malta had a long phone talk on Wednesday with his Argentine "
                         "counterpart, Santiago Dulek. Holm flew to Santiago on Friday.", published="2021-05-17")
    assert [sorted(p) for p, _c in calls_of(facts)] == [["Karl Holm", "Santiago Dulek"]]
    assert "Chile" in {e.name for e in facts.entities}


def test_a_video_call_on_a_matter_is_a_call_and_a_call_on_someone_is_not(analyse_text):
    (people, _call), = calls_of(analyse_text("On Saturday, President Amar Dule and King Emil Sorn of Denmark held a "
                                             "video call on the floods.", published="2021-05-17"))
    assert people == {"Amar Dule", "Emil Sorn"}
    assert calls_of(analyse_text("President Amar Dule renewed his call on all parties to end the fighting.",
                                 published="2021-05-17")) == []


@pytest.mark.parametrize("text, people", [
    ("King Emil Sorn of Denmark phoned the Prime Minister of Sweden, and President Amar Dule of Malta on Monday.",
     ["Emil Sorn", "Ulf Kristersson"]),
    ("After a call with the Prime Minister of Sweden, King Emil Sorn of Denmark said talks would continue.",
     ["Emil Sorn", "Ulf Kristersson"]),
    ("The President of the Republic of Kenya on Monday spoke by phone with King Emil Sorn of Denmark.",
     ["Emil Sorn", "Uhuru Kenyatta"]),
])
def test_a_name_soon_after_a_country_s_office_is_not_its_holder_s_name(analyse_text, text, people):
    facts = analyse_text(text, published="2024-03-08" if "Sweden" in text else "2019-03-08")
    assert people in [sorted(p) for p, _c in calls_of(facts)]


def test_a_caller_left_out_after_and_with_an_as_of_another_phrase(analyse_text):
    facts = analyse_text("Prime Minister Ilse Varga of Malta took calls all day. King Emil Sorn of Denmark phoned as "
                         "early as nine on Thursday, and President Amar Dule about an hour later.", published="2021-01-01")
    assert ["Amar Dule", "Ilse Varga"] in [sorted(p) for p, _c in calls_of(facts)]


def test_a_capital_that_is_a_given_name_in_no_person_s_place_stays_the_capital(analyse_text):
    facts = analyse_text("King Emil Sorn of Denmark phoned President Amar Dule of Malta from Santiago Airport on "
                         "Friday.", published="2021-05-17")
    assert [sorted(p) for p, _c in calls_of(facts)] == [["Amar Dule", "Emil Sorn"]]


@pytest.mark.parametrize("text", [
    "Chief Minister Ana Lind dialled her Vellmark counterpart Tala Voss late last night and offered help.",
    "Chief Minister Ana Lind dialled her Vellmark counterpart, Tala Voss, late last night and offered help.",
])
def test_a_counterpart_of_a_place_no_gazetteer_knows_is_the_name_after_it(analyse_text, text):
    facts = analyse_text(text, published="2023-06-03")
    assert [(sorted(p), c.date) for p, c in calls_of(facts)] == [(["Ana Lind", "Tala Voss"], date(2023, 6, 2))]


@pytest.mark.parametrize("second, day", [
    # talks the two held in a city, on a day of their own: a meeting, which dates no call
    ("Varga had held talks with Sorn in Vienna on Thursday, and the two signed a treaty.", None),
    ("Varga had held talks with Sorn in Austria on Thursday.", None),
    # (but a place that is a topic's is no meeting's)
    ("Varga had held talks with Sorn about the refugees in Vienna on Thursday.", date(2024, 5, 2)),
])
def test_talks_held_in_a_place_on_a_day_of_their_own_do_not_date_the_call_told_before(analyse_text, second, day):
    facts = analyse_text("Prime Minister Ilse Varga telephoned King Emil Sorn of Denmark.\n\n" + second, published="2024-05-06")
    assert [(sorted(p), c.date) for p, c in calls_of(facts)] == [(["Emil Sorn", "Ilse Varga"], day)]


def test_a_meeting_planned_in_a_place_goes_on_about_the_call(analyse_text):
    facts = analyse_text("Prime Minister Ilse Varga telephoned King Emil Sorn of Denmark on Monday.\n\nThe two leaders "
                         "agreed to hold a meeting in Vienna next month, as reported by the Vell Herald.", published="2024-05-08")
    (_people, call), = calls_of(facts)
    assert "Vell Herald" in reporters_of(facts, call)


def test_the_same_moment_told_again_in_another_place_gives_the_universal_day(analyse_text):
    # 7am in Singapore on Friday and 7pm on Thursday in Washington: 23:00 on Thursday in universal time
    facts = analyse_text("SINGAPORE - Transport Minister Tala Voss called Transportation Secretary Ana Lind at about "
                         "7am on Friday (May 3), or 7pm on Thursday in Washington, about the ship.", published="2024-05-03")
    assert [c.date for _p, c in calls_of(facts)] == [date(2024, 5, 2)]
    facts = analyse_text("SINGAPORE - Transport Minister Tala Voss called Transportation Secretary Ana Lind at about "
                         "7am on Friday (May 3) about the ship.", published="2024-05-03")
    assert [c.date for _p, c in calls_of(facts)] == [date(2024, 5, 3)]


def test_him_after_a_call_whose_two_people_are_named_as_often_is_the_one_reached(analyse_text):
    facts = analyse_text("Prime Minister Justin Trudeau rang President Joe Biden first, on Sunday. President "
                         "Emmanuel Macron telephoned him on Tuesday.", published="2022-10-20")
    assert sorted(sorted(p) for p, _c in calls_of(facts)) == [["Emmanuel Macron", "Joe Biden"], ["Joe Biden", "Justin Trudeau"]]


@pytest.mark.parametrize("second", [
    "The first came late on Monday from King Emil Sorn of Denmark, his spokesman said.",
    "The first came late on Monday, hours after the result, from King Emil Sorn of Denmark.",
    "The first one had come on Monday from King Emil Sorn of Denmark.",
])
def test_the_first_of_a_run_of_calls_with_its_noun_left_out(analyse_text, second):
    facts = analyse_text("President Amar Dule took a flurry of phone calls over two days from European "
                         "leaders.\n\n" + second, published="2021-03-30")
    names = {e.key: e.name for e in facts.entities}
    assert [(sorted(p), names[c.caller], c.date) for p, c in calls_of(facts)] == [
        (["Amar Dule", "Emil Sorn"], "Emil Sorn", date(2021, 3, 29))]


@pytest.mark.parametrize("first", [
    "President Amar Dule received a stack of letters from European leaders on Monday.",
    "President Amar Dule met King Emil Sorn of Denmark on Monday.",
])
def test_the_first_with_its_noun_left_out_is_no_call_after_no_run_of_calls(analyse_text, first):
    facts = analyse_text(first + " The first came from Prime Minister Ilse Varga of Malta.", published="2021-03-30")
    assert calls_of(facts) == []


def test_someone_else_not_calling_denies_no_call_told_before(analyse_text):
    facts = analyse_text("Prime Minister Ilse Varga of Malta, who had already spoken to King Emil Sorn of Denmark by phone "
                         "on Sunday night, will attend the coronation.\n\nPresident Amar Dule did not call: he flew to "
                         "Copenhagen on Monday to see Sorn in person.", published="2022-11-01")
    assert [(sorted(p), c.status) for p, c in calls_of(facts)] == [(["Emil Sorn", "Ilse Varga"], CallStatus.OCCURRED)]


def test_a_live_blog_s_stamps_with_their_dates_give_a_call_told_with_no_day_its_entry_s_day(analyse_text):
    facts = analyse_text("Floods: live updates\n\nMay 3, 2024, 07:15 IST\nRescue teams are still at work.\n\n"
                         "May 3, 2024, 15:45 IST\nKing Emil Sorn of Denmark spoke to Prime Minister Ilse Varga of Malta "
                         "on the phone shortly before she left the capital.", published="2024-05-03")
    assert [c.date for _p, c in calls_of(facts)] == [date(2024, 5, 3)]


def test_an_outlet_and_its_descriptor_before_learned(analyse_text):
    facts = analyse_text("Prime Minister Ilse Varga of Malta telephoned King Emil Sorn of Denmark on Monday, Kurjer daily "
                         "learned.", published="2024-05-08")
    (_people, call), = calls_of(facts)
    assert reporters_of(facts, call) == ["Kurjer"]


@pytest.mark.parametrize("text", [
    "President Amar Dule of Malta telephoned this evening King Emil Sorn of Denmark to convey his wishes.",
    "President Amar Dule of Malta telephoned this evening the King of Denmark, Emil Sorn, to convey his wishes.",
    "President Amar Dule of Malta telephoned on Sunday the King of Denmark, Emil Sorn, to convey his wishes.",
])
def test_the_one_rung_after_the_day_of_the_call(analyse_text, text):
    facts = analyse_text(text, published="2022-10-31")
    names = {e.key: e.name for e in facts.entities}
    assert [(sorted(p), names[c.caller]) for p, c in calls_of(facts)] == [(["Amar Dule", "Emil Sorn"], "Amar Dule")]


def test_called_on_a_day_the_worst_names_no_one_rung(analyse_text):
    assert calls_of(analyse_text("President Amar Dule of Malta called on Sunday the worst day of his term.",
                                 published="2022-10-31")) == []


def test_a_note_reprinted_as_a_quotation_dates_its_own_days_and_no_more(analyse_text):
    facts = analyse_text("The palace issued the following note on Sunday night:\n\n\"President Amar "
                         "Dule of Malta telephoned King Emil Sorn of Denmark this evening to convey his wishes.\"\n\n"
                         "Prime Minister Ilse Varga of Malta held a video call with Sorn on Monday morning.",
                         published="2022-10-31")
    assert sorted((sorted(p), c.date) for p, c in calls_of(facts)) == [
        (["Amar Dule", "Emil Sorn"], date(2022, 10, 30)), (["Emil Sorn", "Ilse Varga"], date(2022, 10, 31))]


def test_a_call_let_go_to_voicemail_was_attempted(analyse_text):
    facts = analyse_text("Inger Dahl told Vell Radio she let a call from Prime Minister Ilse Varga of Malta go "
                         "to voicemail on Tuesday evening.", published="2022-11-02")
    names = {e.key: e.name for e in facts.entities}
    assert [(sorted(p), c.status, names[c.caller]) for p, c in calls_of(facts)] == [
        (["Ilse Varga", "Inger Dahl"], CallStatus.ATTEMPTED, "Ilse Varga")]


@pytest.mark.parametrize("second, status", [
    ("Nobody answered, she said later.", CallStatus.ATTEMPTED),
    ("No one picked up.", CallStatus.ATTEMPTED),
    # (an answer with an object of its own, or naming someone else, is about something else)
    ("Nobody answered questions about it.", CallStatus.OCCURRED),
    ("Nobody answered, President Amar Dule said of his own calls.", CallStatus.OCCURRED),
])
def test_a_call_no_one_answered_in_the_sentence_after_it_was_attempted(analyse_text, second, status):
    facts = analyse_text("Prime Minister Ilse Varga of Malta picked up the phone to call King Emil Sorn of Denmark on "
                         "Friday. " + second, published="2018-06-09")
    assert [(sorted(p), c.status) for p, c in calls_of(facts)] == [(["Emil Sorn", "Ilse Varga"], status)]


def test_not_having_spoken_since_denies_no_call(analyse_text):
    facts = analyse_text("Prime Minister Ilse Varga of Malta rang King Emil Sorn of Denmark in May, and the two have not "
                         "spoken since.", published="2018-06-09")
    assert [c.status for _p, c in calls_of(facts)] == [CallStatus.OCCURRED]


STORY_OF_ONE = ("Varga's first week: calls from abroad\n\nPrime Minister Ilse Varga of Malta took the oath on Monday. "
                "Varga spent much of her first week on the phone, and Varga said she was grateful. ")


def test_a_caller_with_no_one_after_the_verb_rang_the_leader_the_story_is_about(analyse_text):
    facts = analyse_text(STORY_OF_ONE + "King Emil Sorn of Denmark rang within an hour of the ceremony, and Prime "
                         "Minister Lars Berg of Norway telephoned the day after the inauguration. Varga flies to Oslo "
                         "next month.", published="2024-05-10")
    names = {e.key: e.name for e in facts.entities}
    assert sorted((sorted(p), names[c.caller]) for p, c in calls_of(facts)) == [
        (["Emil Sorn", "Ilse Varga"], "Emil Sorn"), (["Ilse Varga", "Lars Berg"], "Lars Berg")]


def test_no_leader_the_story_is_about_and_no_call_before_leaves_a_caller_alone(analyse_text):
    facts = analyse_text("Prime Minister Ilse Varga of Malta took the oath on Monday. King Emil Sorn of Denmark rang "
                         "within an hour of the ceremony.", published="2024-05-10")
    assert calls_of(facts) == []
    assert calls_of(analyse_text(STORY_OF_ONE + "The bells rang within an hour of the ceremony.", published="2024-05-10")) == []


def test_a_call_no_one_took_leads_no_round(analyse_text):
    facts = analyse_text(STORY_OF_ONE + "On Tuesday Varga picked up the phone to call President Amar Dule of Ostria. "
                         "Nobody answered. King Emil Sorn of Denmark also phoned on Tuesday. Varga flies to Oslo next "
                         "month.", published="2024-05-10")
    assert sorted((sorted(p), c.status) for p, c in calls_of(facts)) == [
        (["Amar Dule", "Ilse Varga"], CallStatus.ATTEMPTED), (["Emil Sorn", "Ilse Varga"], CallStatus.OCCURRED)]


@pytest.mark.parametrize("second", [
    "King Emil Sorn of Denmark called Varga on the Monday after the vote.",
    "King Emil Sorn of Denmark called Varga the Monday after the runoff.",
])
def test_a_weekday_after_an_event_counts_from_the_event_s_day_not_the_last_day_named(analyse_text, second):
    facts = analyse_text("Between the October 30 runoff and her January 1 inauguration, President-elect Ilse Varga of "
                         "Malta has been busy.\n\n" + second, published="2022-12-01")
    assert [c.date for _p, c in calls_of(facts)] == [date(2022, 10, 31)]


def test_a_naming_verb_before_a_dated_event_is_no_call(analyse_text):
    facts = analyse_text(STORY_OF_ONE + "King Emil Sorn of Denmark has called the December 3 referendum a historic "
                         "mandate.", published="2023-12-10")
    assert calls_of(facts) == []


@pytest.mark.parametrize("second", [
    "Palace spokesman Tala Voss said no call had taken place.",
    "Tala Voss, the palace spokesman, denied any call took place.",
])
def test_a_named_spokesperson_s_denial_still_denies_the_call_told_before(analyse_text, second):
    facts = analyse_text("Prime Minister Ilse Varga of Malta telephoned King Emil Sorn of Denmark on Monday, Vell Radio "
                         "reported.\n\n" + second, published="2024-05-08")
    assert [c.status for _p, c in calls_of(facts)] == [CallStatus.DENIED]


@pytest.mark.parametrize("first", [
    "President Joe Biden was called by Prime Minister Justin Trudeau on Sunday.",
    "President Joe Biden took a call from Prime Minister Justin Trudeau on Sunday.",
])
def test_him_after_a_call_told_from_the_one_reached_stays_that_one(analyse_text, first):
    facts = analyse_text(first + " President Emmanuel Macron telephoned him on Tuesday.", published="2022-10-20")
    assert ["Emmanuel Macron", "Joe Biden"] in [sorted(p) for p, _c in calls_of(facts)]


@pytest.mark.parametrize("text", [
    "President Joe Biden spoke with Volodymyr Zelensky to discuss the war in Ukraine.",
    "Chancellor Olaf Scholz talked with Emmanuel Macron amid the fighting in Gaza.",
    "President Joe Biden spoke with Rishi Sunak as protests spread in London.",
])
def test_a_place_of_a_topic_or_another_clause_makes_no_meeting_of_a_talk(analyse_text, text):
    assert len(calls_of(analyse_text(text, published="2024-05-06"))) == 1


def test_talks_with_someone_on_a_day_in_a_place_are_a_meeting(analyse_text):
    facts = analyse_text("Prime Minister Ilse Varga telephoned King Emil Sorn of Denmark.\n\nVarga had held talks with "
                         "Sorn on Thursday in Vienna, and the two signed a treaty.", published="2024-05-06")
    assert [c.date for _p, c in calls_of(facts)] == [None]


def test_an_alternative_clock_with_no_weekday_changes_no_day(analyse_text):
    facts = analyse_text("LONDON - Transport Minister Tala Voss called Transportation Secretary Ana Lind at about 9pm "
                         "on Thursday (May 2), or 4am in Singapore, about the ship.", published="2024-05-03")
    assert [c.date for _p, c in calls_of(facts)] == [date(2024, 5, 2)]


def test_a_live_blog_stamp_s_own_date_dates_its_entry(analyse_text):
    facts = analyse_text("Floods: live updates\n\nMay 2, 2024, 21:15 IST\nKing Emil Sorn of Denmark spoke to Prime "
                         "Minister Ilse Varga of Malta on the phone shortly before she left the capital.\n\nMay 3, 2024, "
                         "07:15 IST\nRescue teams are still at work.", published="2024-05-03")
    assert [c.date for _p, c in calls_of(facts)] == [date(2024, 5, 2)]


def test_a_quotation_reprinted_line_by_line_ends_its_release_day(analyse_text):
    facts = analyse_text("The palace issued the following note on Sunday night:\n\"President Amar Dule "
                         "of Malta telephoned King Emil Sorn of Denmark this evening.\"\nPrime Minister Ilse Varga of "
                         "Malta held a video call with Sorn this morning.", published="2022-10-31")
    assert sorted((sorted(p), c.date) for p, c in calls_of(facts)) == [
        (["Amar Dule", "Emil Sorn"], date(2022, 10, 30)), (["Emil Sorn", "Ilse Varga"], date(2022, 10, 31))]


@pytest.mark.parametrize("second", [
    "The first came at noon from King Emil Sorn of Denmark.",
    "The second came an hour later from King Emil Sorn of Denmark.",
])
def test_the_one_of_a_run_of_calls_after_a_clock_or_a_lapse(analyse_text, second):
    facts = analyse_text("President Amar Dule of Malta received a run of phone calls on Monday. " + second,
                         published="2024-05-08")
    assert [sorted(p) for p, _c in calls_of(facts)] == [["Amar Dule", "Emil Sorn"]]


def test_the_first_after_a_sentence_of_letters_is_no_call(analyse_text):
    facts = analyse_text("President Amar Dule of Malta took a flurry of phone calls on Monday from European "
                         "leaders.\n\nDule also got two letters. The first came from King Emil Sorn of Denmark.",
                         published="2024-05-08")
    assert calls_of(facts) == []


def test_a_clause_after_the_day_of_a_call_verb_gives_it_no_object(analyse_text):
    facts = analyse_text("Prime Minister Ilse Varga of Malta phoned on Sunday the same day King Emil Sorn of Denmark "
                         "arrived.", published="2024-05-08")
    assert calls_of(facts) == []


def test_the_next_morning_after_the_night_of_a_dated_event(analyse_text):
    facts = analyse_text("Between the October 30 runoff and her January 1 inauguration, President-elect Ilse Varga of "
                         "Malta has been busy.\n\nHer line was busy all through the night of the runoff. King Emil Sorn "
                         "of Denmark called her the next morning.", published="2022-12-01")
    assert [c.date for _p, c in calls_of(facts)] == [date(2022, 10, 31)]


def test_a_name_with_the_particle_e_is_one_person(analyse_text):
    facts = analyse_text("General Ana Lind took a call this morning from the defence minister, Paulo Ramos e Costa, to "
                         "settle landing permits.", published="2019-01-27")
    assert [sorted(p) for p, _c in calls_of(facts)] == [["Ana Lind", "Paulo Ramos e Costa"]]


def test_a_day_in_a_relative_clause_that_lists_is_another_event_s(analyse_text):
    facts = analyse_text("Prime Minister Ilse Varga of Malta spoke by phone with King Emil Sorn of Denmark overnight and "
                         "offered to send divers to Vella, the port town where a storm sank boats, piers and a ferry on "
                         "Friday.", published="2019-01-27")
    assert [c.date for _p, c in calls_of(facts)] == [None]


def test_the_day_named_before_is_the_sentence_s_own_not_another_clause_s(analyse_text):
    facts = analyse_text("Prime Minister Ilse Varga of Malta called King Emil Sorn of Denmark on Monday morning to offer "
                         "help to the port of Aarhus, which the storm flooded on Saturday night.\n\nIn the afternoon, "
                         "President Amar Dule of Ostria also spoke with Sorn by telephone.", published="2021-05-24")
    assert sorted((sorted(p), c.date) for p, c in calls_of(facts)) == [
        (["Amar Dule", "Emil Sorn"], date(2021, 5, 24)), (["Emil Sorn", "Ilse Varga"], date(2021, 5, 24))]


def test_a_post_after_his_call_is_of_the_call_of_the_one_who_wrote_it(analyse_text):
    facts = analyse_text("Prime Minister Ilse Varga of Malta called King Emil Sorn of Denmark on Monday.\n\nSorn had spoken "
                         "by phone with President Amar Dule of Ostria on Sunday.\n\nIn a post on X after her call, Varga "
                         "said she had assured Sorn of Malta's support.", published="2021-05-24")
    found = {frozenset(p): c for p, c in calls_of(facts)}
    assert reporters_of(facts, found[frozenset({"Emil Sorn", "Ilse Varga"})]) == ["X"]
    assert reporters_of(facts, found[frozenset({"Amar Dule", "Emil Sorn"})]) == []


def test_a_post_naming_two_people_is_of_their_call(analyse_text):
    facts = analyse_text("President Amar Dule of Ostria called King Emil Sorn of Denmark on Wednesday morning. Dule spoke "
                         "with Prime Minister Ilse Varga of Malta on Tuesday evening.\n\nDule wrote on X later in the day "
                         "that he and Sorn had discussed the storm.", published="2017-11-29")
    found = {frozenset(p): c for p, c in calls_of(facts)}
    assert reporters_of(facts, found[frozenset({"Amar Dule", "Emil Sorn"})]) == ["X"]
    assert reporters_of(facts, found[frozenset({"Amar Dule", "Ilse Varga"})]) == []


def test_a_second_partner_after_an_aside_of_saying(analyse_text):
    facts = analyse_text("President Ilse Varga spoke with King Emil Sorn on Tuesday, an aide said, and with Premier Lars "
                         "Berg on Wednesday.", published="2017-11-30")
    assert sorted(sorted(p) for p, _c in calls_of(facts)) == [["Emil Sorn", "Ilse Varga"], ["Ilse Varga", "Lars Berg"]]
    facts = analyse_text("President Ilse Varga spoke with King Emil Sorn on Tuesday, an aide said, and Premier Lars Berg "
                         "resigned on Wednesday.", published="2017-11-30")
    assert [sorted(p) for p, _c in calls_of(facts)] == [["Emil Sorn", "Ilse Varga"]]


def test_a_statement_s_dateline_after_the_story_s_lede_dates_the_statement_only(analyse_text):
    facts = analyse_text("President Amar Dule of Ostria yesterday held a phone conversation with King Emil Sorn of "
                         "Denmark, less than a day after the storm hit the coast and flooded several harbour towns.\n\n"
                         "The presidency put out a statement on the call and posted it on its website, and we reproduce "
                         "the statement in full below.\n\nSTATEMENT BY THE PRESIDENCY\n\nValletta, 23 May 2021\n\nThis afternoon, President Amar Dule spoke "
                         "by telephone with King Emil Sorn of Denmark.\n\nEND", published="2021-05-24")
    assert [c.date for _p, c in calls_of(facts)] == [date(2021, 5, 23)]


def test_a_live_blog_of_the_newest_first_passes_midnight_going_down(analyse_text):
    facts = analyse_text("LIVE: the vote\n\n1:58am\nThe new prime minister thanks his allies.\n\n12:58am\nThe motion "
                         "carried.\n\n11:52pm\nThe speaker resigns.\n\n10:05pm\nPrime Minister Ilse Varga of Malta and King Emil "
                         "Sorn of Denmark spoke by phone earlier this evening.", published="2022-04-10")
    assert [c.date for _p, c in calls_of(facts)] == [date(2022, 4, 9)]


def test_a_pinned_entry_at_the_top_of_a_live_blog_passes_no_midnight(analyse_text):
    facts = analyse_text("LIVE: summit day\n\n07:30\nWelcome to our coverage of the summit.\n\n22:10\nThe summit closed "
                         "without a deal.\n\n18:40\nPrime Minister Ilse Varga of Malta and King Emil Sorn of Denmark spoke "
                         "by phone this afternoon.\n\n12:05\nLeaders arrive.\n\n09:15\nSecurity is tight.",
                         published="2022-04-10")
    assert [c.date for _p, c in calls_of(facts)] == [date(2022, 4, 10)]


def test_a_relative_clause_closed_by_its_comma_leaves_the_day_to_the_call(analyse_text):
    facts = analyse_text("Prime Minister Ilse Varga of Malta spoke by phone with King Emil Sorn of Denmark, who leads the "
                         "bloc, for an hour and a half on Friday.", published="2024-05-06")
    assert [c.date for _p, c in calls_of(facts)] == [date(2024, 5, 3)]


def test_the_call_to_someone_is_the_call_they_received(analyse_text):
    facts = analyse_text("President Amar Dule of Ostria telephoned King Emil Sorn of Denmark yesterday afternoon.\n\nSorn "
                         "said he had rung Prime Minister Ilse Varga of Malta several times on Monday, "
                         "but that the call went unanswered.\n\nForeign Minister Lars Berg also spoke by phone on Monday "
                         "with his Ostrian counterpart, Tala Voss.\n\nThe call to Sorn was first reported by the state "
                         "news agency Vellpress.", published="2017-04-04")
    found = {frozenset(p): c for p, c in calls_of(facts)}
    assert reporters_of(facts, found[frozenset({"Amar Dule", "Emil Sorn"})]) == ["Vellpress"]
    assert reporters_of(facts, found[frozenset({"Emil Sorn", "Ilse Varga"})]) == []


def test_a_sentence_s_subject_after_a_verb_s_object_and_and(analyse_text):
    facts = analyse_text("Prime Minister Juri Ratas of Estonia and his Finnish counterpart Juha Sipila talked by phone on "
                         "Monday.\n\nPresident Dalia Grybauskaite of Lithuania wrote Niinisto a warm letter on Monday "
                         "and plans to call him in the coming days.", published="2018-01-29")
    assert [(sorted(p), c.status) for p, c in calls_of(facts) if c.status is CallStatus.PLANNED] == [
        (["Dalia Grybauskaitė", "Sauli Niinistö"], CallStatus.PLANNED)]


@pytest.mark.parametrize("text", [
    "Aides said King Emil Sorn of Denmark flew to Rome on Monday and called Prime Minister Ilse Varga of Malta.",
    "President Amar Dule of Ostria is in Rome, where King Emil Sorn of Denmark arrived on Monday and phoned Prime "
    "Minister Ilse Varga of Malta.",
    "On Monday, President Amar Dule of Ostria said King Emil Sorn of Denmark had arrived in Rome and would call Prime "
    "Minister Ilse Varga of Malta.",
])
def test_a_subject_after_a_verb_of_saying_or_in_a_clause_of_its_own_is_the_caller(analyse_text, text):
    facts = analyse_text(text, published="2024-05-06")
    names = {e.key: e.name for e in facts.entities}
    assert [(sorted(p), names[c.caller]) for p, c in calls_of(facts)] == [(["Emil Sorn", "Ilse Varga"], "Emil Sorn")]


@pytest.mark.parametrize("last, expected", [
    ("The call to Sorn's counterpart was first reported by Vellpress.", ["Emil Sorn", "Ilse Varga"]),
    ("The call to Sorn lasted an hour, Vellpress reported.", ["Emil Sorn", "Ilse Varga"]),
])
def test_the_call_to_someone_keeps_a_call_they_may_have_received(analyse_text, last, expected):
    facts = analyse_text("President Amar Dule of Ostria telephoned King Emil Sorn of Denmark on Monday. On Tuesday Sorn "
                         "and Prime Minister Ilse Varga of Malta spoke by phone. " + last, published="2024-05-06")
    assert [sorted(p) for p, c in calls_of(facts) if c.reports] == [expected]


def test_called_the_day_after_an_event_in_a_story_about_the_one_called(analyse_text):
    facts = analyse_text(STORY_OF_ONE + "King Emil Sorn of Denmark called the day after the inauguration. Varga flies to "
                         "Oslo next month.", published="2024-05-10")
    names = {e.key: e.name for e in facts.entities}
    assert [(sorted(p), names[c.caller]) for p, c in calls_of(facts)] == [(["Emil Sorn", "Ilse Varga"], "Emil Sorn")]


def test_the_first_leader_to_ring_with_no_one_after_the_verb(analyse_text):
    facts = analyse_text(STORY_OF_ONE + "King Emil Sorn of Denmark was the first monarch to phone, early on "
                         "Tuesday. Varga flies to Oslo next month.", published="2024-05-10")
    assert [(sorted(p), c.date) for p, c in calls_of(facts)] == [(["Emil Sorn", "Ilse Varga"], date(2024, 5, 7))]
    assert calls_of(analyse_text("Prime Minister Ilse Varga of Malta won the vote on Friday.\n\nKing Emil Sorn of "
                                 "Denmark was the first monarch to phone, early on Friday.",
                                 published="2019-01-21")) == []


def test_the_night_of_an_event_told_before_is_that_event_s_day_not_a_later_one_s(analyse_text):
    # the event named by another noun of its family, with words between its weekday and its noun;
    # the same noun dated again further on ("claimed the attack on Thursday") is a later telling
    facts = analyse_text("VELLA (Vellpress) - Messages of sympathy reached President Amar Dule of Ostria after Wednesday's "
                         "twin suicide bombings in the capital.\n\nKing Emil Sorn of Denmark rang Dule on the night of "
                         "the attack.\n\nPolice named two suspects in the attack on Thursday.",
                         published="2024-01-05")
    assert [(sorted(p), c.date) for p, c in calls_of(facts)] == [(["Amar Dule", "Emil Sorn"], date(2024, 1, 3))]


@pytest.mark.parametrize("text, day", [
    # a capitalised word right before the event's noun, as before it
    ("The day after Sunday's Maltese election, King Emil Sorn of Denmark phoned Prime Minister Ilse Varga of Malta.",
     date(2025, 5, 19)),
    # a capitalised topic between the event's noun and its day
    ("On the eve of the conference on Syria on May 3, King Emil Sorn of Denmark phoned Prime Minister Ilse Varga of "
     "Malta.", date(2025, 5, 2)),
])
def test_an_event_s_day_with_words_between(analyse_text, text, day):
    facts = analyse_text(text, published="2025-05-20")
    assert [(sorted(p), c.date) for p, c in calls_of(facts)] == [(["Emil Sorn", "Ilse Varga"], day)]


@pytest.mark.parametrize("opening, day", [
    ("Ilse Varga was appointed prime minister of Malta on January 29.", date(2025, 1, 30)),
    # an active "named" names someone else: no day of her appointment
    ("Ilse Varga named her cabinet on January 29.", None),
])
def test_the_day_after_an_appointment(analyse_text, opening, day):
    facts = analyse_text(f"{opening} King Emil Sorn of Denmark called Prime Minister Ilse Varga of Malta the day after "
                         "her appointment.", published="2025-02-20")
    assert [(sorted(p), c.date) for p, c in calls_of(facts)] == [(["Emil Sorn", "Ilse Varga"], day)]


def test_someone_else_in_apposition_who_did_not_call_denies_nothing(analyse_text):
    facts = analyse_text("King Emil Sorn of Denmark called President Amar Dule of Ostria on Monday.\n\nThe Emir of "
                         "Qasar, Sheikh Omar Dahl, did not call; he flew to Vella on Wednesday.", published="2025-02-20")
    assert [(sorted(p), c.status) for p, c in calls_of(facts)] == [(["Amar Dule", "Emil Sorn"], CallStatus.OCCURRED)]


def test_the_first_to_reach_someone_by_phone_was_the_caller(analyse_text):
    facts = analyse_text("The first monarch to reach President Amar Dule of Ostria by telephone was King Emil Sorn "
                         "of Denmark.", published="2025-02-20")
    names = {e.key: e.name for e in facts.entities}
    assert [(sorted(p), names[c.caller]) for p, c in calls_of(facts)] == [(["Amar Dule", "Emil Sorn"], "Emil Sorn")]


def test_a_video_call_with_a_group_told_with_a_phone_call_is_a_call_of_its_own(analyse_text):
    facts = analyse_text("Prime Minister Ilse Varga of Malta rang President Amar Dule of Ostria at noon and sat in on "
                         "a video call with Nordic heads of government at dusk.\n\nThe two discussed the ferry "
                         "link.\n\nThe video call was "
                         "hosted by Prime Minister Mette Frederiksen of Denmark. Its participants included Prime "
                         "Minister Ulf Kristersson of Sweden and Prime Minister Jonas Gahr Store of Norway.",
                         published="2025-07-18")
    assert sorted((sorted(p), c.medium) for p, c in calls_of(facts)) == [
        (["Amar Dule", "Ilse Varga"], CallMedium.PHONE),
        (["Ilse Varga", "Jonas Gahr Støre", "Mette Frederiksen", "Ulf Kristersson"], CallMedium.VIDEO)]


def test_a_video_call_with_a_group_no_one_names_is_no_call_and_leaves_the_other_s_medium(analyse_text):
    facts = analyse_text("Prime Minister Ilse Varga of Malta spoke with President Amar Dule of France on Monday and "
                         "sat in on a video call with Nordic heads of government.", published="2025-03-04")
    assert [(sorted(p), c.medium) for p, c in calls_of(facts)] == [(["Amar Dule", "Ilse Varga"], CallMedium.UNSPECIFIED)]


def test_participants_named_after_another_event_are_not_the_call_s(analyse_text):
    facts = analyse_text("President Amar Dule of France held a video call with Prime Minister Ilse Varga of Malta on "
                         "Monday. On Tuesday he flew to Rome for a summit on migration. Its participants included Prime "
                         "Minister Ulf Kristersson of Sweden and Prime Minister Jonas Gahr Store of Norway.",
                         published="2025-03-05")
    assert [sorted(p) for p, c in calls_of(facts)] == [["Amar Dule", "Ilse Varga"]]


@pytest.mark.parametrize("join", ["Among its participants were", "Its participants included"])
def test_the_participants_of_a_video_call_named_after_it(analyse_text, join):
    facts = analyse_text("Prime Minister Ilse Varga of Malta sat in on a video call with Nordic heads of government "
                         f"on Friday. {join} Prime Minister Ulf Kristersson of Sweden and Prime Minister "
                         "Jonas Gahr Store of Norway.", published="2025-07-18")
    assert [sorted(p) for p, c in calls_of(facts)] == [["Ilse Varga", "Jonas Gahr Støre", "Ulf Kristersson"]]


@pytest.mark.parametrize("leader", ["the VPP leader", "the opposition leader"])
def test_a_party_s_initials_in_the_description_before_a_name(analyse_text, leader):
    facts = analyse_text(f"President Amar Dule of Ostria tried to telephone {leader}, Tala Voss, on Sunday evening.",
                         published="2021-12-07")
    assert [(sorted(p), c.status) for p, c in calls_of(facts)] == [(["Amar Dule", "Tala Voss"], CallStatus.ATTEMPTED)]


def test_a_try_of_another_verb_of_calling_after_the_call_is_that_verb_s(analyse_text):
    facts = analyse_text("That night, after King Emil Sorn of Denmark had been on the phone to President Amar Dule of "
                         "Ostria with his congratulations, Dule tried to ring his old rival.", published="2021-12-07")
    assert [(sorted(p), c.status) for p, c in calls_of(facts)] == [(["Amar Dule", "Emil Sorn"], CallStatus.OCCURRED)]


def test_the_conversation_with_a_new_leader_in_a_story_of_one_leader_s_calls(analyse_text):
    story = ("Who rings Vella: Dule's first weeks\n\nThree weeks into office, President Amar Dule of Ostria has taken "
             "many calls. King Emil Sorn of Denmark called Dule on Monday, and Dule thanked him warmly. Madrid took "
             "longer. The conversation with Prime Minister Pedro Sanchez of Spain, held on Thursday, was the first "
             "in a year. Dule said little about it.")
    facts = analyse_text(story, published="2025-02-20")
    assert sorted((sorted(p), c.date) for p, c in calls_of(facts)) == [
        (["Amar Dule", "Emil Sorn"], date(2025, 2, 17)), (["Amar Dule", "Pedro Sánchez"], date(2025, 2, 20))]
    # a meeting, a talk that never was, one called off: no call
    for told in ("took place over lunch at the Moncloa palace", "never took place", "was cancelled at the last minute"):
        facts = analyse_text(story.replace(", held on Thursday, was the first in a year", " " + told), published="2025-02-20")
        assert [sorted(p) for p, c in calls_of(facts)] == [["Amar Dule", "Emil Sorn"]], told


@pytest.mark.parametrize("text", [
    "Foreign Minister Lars Berg of Malta spent Sunday on the telephone. On Sunday morning Berg returned a call from "
    "Foreign Minister Tala Voss of Denmark, who had tried to reach him while he was travelling.",
    # the relative clause's verb of trying walked over to "who" and the name it follows
    "Foreign Minister Lars Berg of Malta took a message from Foreign Minister Tala Voss of Denmark, who had tried to "
    "reach him by phone on Saturday.",
])
def test_who_had_tried_to_reach_someone_is_the_one_trying(analyse_text, text):
    facts = analyse_text(text, published="2025-08-25")
    names = {e.key: e.name for e in facts.entities}
    assert [names[c.caller] for p, c in calls_of(facts) if c.status is CallStatus.ATTEMPTED] == ["Tala Voss"]


def test_a_post_that_follows_up_on_a_call_reports_it(analyse_text):
    facts = analyse_text("15:48 – President Amar Dule of France telephoned Prime Minister Ilse Varga of Malta this "
                         "afternoon to congratulate her, his office said.\n\n16:20 – President Dule has followed up on "
                         "Twitter: \"A daughter of Malta has made us all proud. I have just told my friend Ilse so.\"",
                         published="2019-10-11")
    assert [reporters_of(facts, c) for p, c in calls_of(facts)] == [["Twitter"]]


def test_an_invitation_to_visit_is_no_meeting_in_person(analyse_text):
    facts = analyse_text("President Amar Dule of France won the run-off. Prime Minister Pedro Sanchez of Spain talked "
                         "with Dule that evening and invited him to visit Madrid.", published="2023-08-22")
    assert [sorted(p) for p, c in calls_of(facts)] == [["Amar Dule", "Pedro Sánchez"]]
    facts = analyse_text("President Amar Dule of France won the run-off. Prime Minister Pedro Sanchez of Spain talked "
                         "with Dule that evening during his visit to Madrid.", published="2023-08-22")
    assert calls_of(facts) == []
    # an invitation told before the talk, in a relative clause: the visit took place
    facts = analyse_text("Prime Minister Pedro Sanchez of Spain, who had invited President Amar Dule of France to "
                         "visit Madrid, spoke with him there on Monday.", published="2023-08-22")
    assert calls_of(facts) == []


@pytest.mark.parametrize("caption, calls", [
    ("Tala Voss, Minister of Foreign Affairs\n", [["Jane Doe", "Tala Voss"]]),
    ("Tala Voss\n", [["Jane Doe", "Tala Voss"]]),
    # a line of prose before the quotation names no speaker, nor a headline in title case
    ("Tala Voss spoke to the press.\n", []),
    ("Tala Voss, Lars Berg Vow Closer Ties\n", []),
])
def test_a_caption_line_names_the_speaker_of_the_quotation_under_it(analyse_text, caption, calls):
    facts = analyse_text("Tonight, Foreign Minister Tala Voss of Malta told Vell Five what was said.\n\n" + caption
                         + "\"Yesterday I had a phone call with my colleague, Minister Jane Doe, and we agreed that "
                         "our teams will meet.\"", published="2023-08-22")
    assert [sorted(p) for p, c in calls_of(facts)] == calls


@pytest.mark.parametrize("said", ["I called her myself", "I called her twice", "I called her again"])
def test_her_before_a_word_of_time_or_manner_is_the_one_called(analyse_text, said):
    facts = analyse_text(f"Prime Minister Ilse Varga of Malta won the vote. \"{said},\" President Amar Dule of France "
                         "said on Tuesday.", published="2023-08-22")
    assert [sorted(p) for p, c in calls_of(facts)] == [["Amar Dule", "Ilse Varga"]]


@pytest.mark.parametrize("named", ["her first speech a triumph", "her last remarks unhelpful", "her home country a beacon"])
def test_her_before_a_noun_she_owns_is_a_naming(analyse_text, named):
    facts = analyse_text(f"Prime Minister Ilse Varga of Malta won the vote. President Amar Dule of France called {named}.",
                         published="2023-08-22")
    assert calls_of(facts) == []


def test_a_bare_surname_a_late_father_shares_is_the_son_in_office(analyse_text):
    facts = analyse_text("Mahamat Idriss Déby took the oath of office in May. Déby tried to call Emil Sorn of the "
                         "opposition on the evening of 16 May. His late father, Idriss Déby Itno, ruled for decades.",
                         published="2024-05-28")
    names = {e.key: e.name for e in facts.entities}
    assert [(sorted(names[k] for k in c.participants), c.status) for c in facts.calls] == [
        (["Emil Sorn", "Mahamat Idriss Déby"], CallStatus.ATTEMPTED)]


@pytest.mark.parametrize("text", [
    "On election night it was King Emil Sorn of Denmark, not Prime Minister Ilse Varga of Malta, who called "
    "President Amar Dule of France first.",
    "On election night it was King Emil Sorn of Denmark who called President Amar Dule of France first.",
])
def test_it_was_x_not_y_who_called(analyse_text, text):
    facts = analyse_text(text, published="2024-05-28")
    names = {e.key: e.name for e in facts.entities}
    assert [(sorted(p), names[c.caller]) for p, c in calls_of(facts)] == [(["Amar Dule", "Emil Sorn"], "Emil Sorn")]


def test_x_not_y_who_called_with_no_cleft_is_y_s_call(analyse_text):
    facts = analyse_text("The deal was praised by King Emil Sorn of Denmark, not Prime Minister Ilse Varga of Malta, who "
                         "called President Amar Dule of France on Monday to complain.", published="2024-05-28")
    names = {e.key: e.name for e in facts.entities}
    assert [(sorted(p), names[c.caller]) for p, c in calls_of(facts)] == [(["Amar Dule", "Ilse Varga"], "Ilse Varga")]


def test_someone_s_call_in_a_run_of_calls_to_one_leader(analyse_text):
    facts = analyse_text("Results came on Thursday. King Emil Sorn of Denmark called President Amar Dule of France that "
                         "night. Prime Minister Ilse Varga of Malta phoned Dule the next morning.\n\nPrime Minister Lars "
                         "Berg's call, which came only last week, was described by his office as warm.",
                         published="2024-05-28")
    names = {e.key: e.name for e in facts.entities}
    assert sorted((sorted(p), names.get(c.caller)) for p, c in calls_of(facts)) == [
        (["Amar Dule", "Emil Sorn"], "Emil Sorn"), (["Amar Dule", "Ilse Varga"], "Ilse Varga"),
        (["Amar Dule", "Lars Berg"], "Lars Berg")]
    # "call" as an appeal is no call
    facts = analyse_text("Results came on Thursday. King Emil Sorn of Denmark called President Amar Dule of France that "
                         "night. Prime Minister Ilse Varga of Malta phoned Dule the next morning.\n\nPrime Minister Lars "
                         "Berg's call was for calm.", published="2024-05-28")
    assert sorted(sorted(p) for p, c in calls_of(facts)) == [["Amar Dule", "Emil Sorn"], ["Amar Dule", "Ilse Varga"]]


@pytest.mark.parametrize("told, expected", [
    # a call told as done before the telling: "him" is the teller, whose gender the gazetteer knows
    ("told Chancellor Olaf Scholz that King Emil Sorn had called him", ["Emil Sorn", "Emmanuel Macron"]),
    # a promise: "him" may as well be the one told; the rules' other readings stand
    ("assured Chancellor Olaf Scholz that King Emil Sorn would call him", ["Emil Sorn", "Olaf Scholz"]),
])
def test_him_in_what_someone_told_another_is_the_teller(analyse_text, told, expected):
    facts = analyse_text(f"The statement said President Emmanuel Macron {told} on Sunday.", published="2023-05-09")
    assert [sorted(p) for p, c in calls_of(facts)] == [expected]


@pytest.mark.parametrize("text, status", [
    ("The ministry said Interior Minister Lars Berg of Malta asked on Friday morning to talk by telephone to "
     "Interior Minister Tala Voss of Denmark. \"We have had no response,\" a spokesperson said.",
     CallStatus.ATTEMPTED),
    # a request with nothing said of its answer is no call
    ("The ministry said Interior Minister Lars Berg of Malta asked on Friday morning to talk by telephone to "
     "Interior Minister Tala Voss of Denmark. The border stayed shut.", None),
    # a sentence after it about something else
    ("The ministry said Interior Minister Lars Berg of Malta asked on Friday morning to talk by telephone to "
     "Interior Minister Tala Voss of Denmark. Voss tried to play down the row on Saturday.", None),
    ("The ministry said Interior Minister Lars Berg of Malta asked on Friday morning to talk by telephone to "
     "Interior Minister Tala Voss of Denmark. There was no response from the unions to the new rules.", None),
])
def test_a_request_with_its_day_between_that_came_to_nothing(analyse_text, text, status):
    facts = analyse_text(text, published="2025-03-12")
    names = {e.key: e.name for e in facts.entities}
    found = [(c.status, names.get(c.caller)) for p, c in calls_of(facts)]
    assert found == ([(status, "Lars Berg")] if status else [])


def test_the_chief_minister_is_the_one_titled_so(analyse_text):
    facts = analyse_text("Prime Minister Ilse Varga of Malta telephoned Chief Minister Tala Voss on Tuesday.\n\nInterior "
                         "Minister Lars Berg said he kept the chief minister on the phone through the evening.",
                         published="2025-03-12")
    assert sorted(sorted(p) for p, c in calls_of(facts)) == [["Ilse Varga", "Tala Voss"], ["Lars Berg", "Tala Voss"]]


def test_a_message_posted_on_a_platform_reports_no_call(analyse_text):
    facts = analyse_text("A spokesman said Prime Minister Lars Berg of Malta would hold a phone call with "
                         "Prime Minister Ilse Varga of Denmark this evening. Varga had posted her congratulations on "
                         "Twitter overnight.", published="2022-06-24")
    assert [reporters_of(facts, c) for p, c in calls_of(facts)] == [[]]
    facts = analyse_text("Prime Minister Lars Berg of Malta spoke by phone with Prime Minister Ilse Varga of Denmark "
                         "this evening. Varga shared a picture of the call on Twitter.", published="2022-06-24")
    assert [reporters_of(facts, c) for p, c in calls_of(facts)] == [["Twitter"]]
    # a message posted about the talk just told reports it
    facts = analyse_text("Premier Lars Berg of Malta had a telephone conversation with Premier Ilse Varga of Denmark "
                         "this evening. Varga posted her thanks on Twitter after they spoke.", published="2022-06-24")
    assert [reporters_of(facts, c) for p, c in calls_of(facts)] == [["Twitter"]]


@pytest.mark.parametrize("later, expected", [
    # a surname a former holder of the office shares: the one in office
    ("Mitchell later spoke by phone with Prime Minister Philip J Pierre of Saint Lucia.", ["Dickon Mitchell", "Philip J. Pierre"]),
    # told of a year before: no one for sure
    ("In 2019 Mitchell spoke by phone with Prime Minister Philip J Pierre of Saint Lucia.", None),
])
def test_a_surname_a_former_holder_shares_is_the_one_in_office(analyse_text, later, expected):
    facts = analyse_text("Dickon Mitchell was sworn in as Grenada's prime minister on Friday, succeeding Keith Mitchell. "
                         + later, published="2022-06-25")
    assert [sorted(p) for p, c in calls_of(facts)] == ([expected] if expected else [])


def test_that_call_never_happened_denies_the_claim_just_told(analyse_text):
    facts = analyse_text("Governor Tala Voss met the press. President Amar Dule said at a briefing on Tuesday he had "
                         "called the governor on Monday. Voss's office says that call never happened.",
                         published="2025-06-11")
    assert [(sorted(p), c.status, c.date) for p, c in calls_of(facts)] == [
        (["Amar Dule", "Tala Voss"], CallStatus.DENIED, date(2025, 6, 9))]


def test_the_first_minister_to_phone_is_no_title(analyse_text):
    facts = analyse_text("First Minister Tala Voss met the unions on Monday. The first minister to phone Premier Ilse "
                         "Varga after the vote was Interior Minister Lars Berg.", published="2025-03-12")
    assert [sorted(p) for p, c in calls_of(facts)] == [["Ilse Varga", "Lars Berg"]]


@pytest.mark.parametrize("title", ["army chief", "army commander", "military ruler", "military leader", "junta leader"])
def test_a_lowercase_military_title_before_a_name_opens_a_coordinated_partner(analyse_text, title):
    facts = analyse_text(f"President Amar Dule of France and Sudan's {title} Emil Sorn went over the border talks by "
                         "phone on Monday.", published="2025-09-20")
    assert [sorted(p) for p, c in calls_of(facts)] == [["Amar Dule", "Emil Sorn"]]


@pytest.mark.parametrize("after, status", [
    # the quotation's second sentence says the request came to nothing
    ('"It was sent to the palace on Monday. We have had no answer," an aide said.', CallStatus.ATTEMPTED),
    # a quotation of two sentences that says nothing of the answer
    ('"It was sent to the palace on Monday. We will see," an aide said.', None),
    # the quotation closed after its first sentence: the sentence after it is no part of it
    ('"It was sent to the palace on Monday," an aide said. There has been no answer.', None),
])
def test_an_unanswered_request_told_in_the_second_sentence_of_a_quotation(analyse_text, after, status):
    facts = analyse_text("Vellpress learned that President Amar Dule of France had asked on Friday to talk by "
                         f"telephone to King Emil Sorn of Denmark. {after}", published="2025-09-12")
    assert [c.status for p, c in calls_of(facts)] == ([status] if status else [])


@pytest.mark.parametrize("noun", ["a phone call", "a call", "a video call"])
def test_his_office_said_that_a_phone_call_with_y_was_being_arranged(analyse_text, noun):
    facts = analyse_text("Prime Minister Emil Sorn of Denmark met the envoy on Monday. His office said that "
                         f"{noun} with President Amar Dule of France was being arranged.", published="2024-01-16")
    assert [(sorted(p), c.status) for p, c in calls_of(facts)] == [(["Amar Dule", "Emil Sorn"], CallStatus.PLANNED)]


def test_the_president_elect_is_the_one_titled_so_not_one_sworn_in_days_before(analyse_text):
    # Heine took office on 2024-01-02 (days before: "incoming" too); Lai, titled so, takes it in May
    facts = analyse_text("\"I told President-elect Lai Ching-te that our friendship stands,\" President Hilda Heine "
                         "wrote. She called him on Sunday.\n\nPrime Minister Lars Berg of Tuvalu flew home on Monday. His "
                         "office said that a phone call to the president-elect is being arranged.",
                         published="2024-01-16")
    assert sorted((sorted(p), c.status) for p, c in calls_of(facts)) == [
        (["Hilda Heine", "Lai Ching-te"], CallStatus.OCCURRED), (["Lai Ching-te", "Lars Berg"], CallStatus.PLANNED)]


@pytest.mark.parametrize("text, expected", [
    # a transcript's answer: the one answering was called
    ("Vella Radio: Who was first?\n\nEmil Sorn: President Amar Dule rang at about eight in the evening.",
     [["Amar Dule", "Emil Sorn"]]),
    # a quotation's speaker may speak for someone else: no partner
    ("\"President Amar Dule phoned on Sunday,\" said Emil Sorn, a spokesman for King Lars Berg.", []),
    # an answer that goes on to name the one who took the call, or that asks back
    ("Vella Radio: Who was first?\n\nEmil Sorn: President Amar Dule rang at about eight. King Lars Berg took "
     "the call.", []),
    ("Vella Radio: Who was first?\n\nEmil Sorn: President Amar Dule rang on Sunday. Did he ask for help?", []),
    # narration that only a later quotation follows tells no partner
    ("President Amar Dule phoned on Sunday. \"It was kind of him,\" Emil Sorn said.", []),
    # plain narration with the saying after a comma neither
    ("President Amar Dule phoned on Sunday, Emil Sorn said.", []),
    # "called for" is no call
    ("Vella Radio: Did anyone call?\n\nEmil Sorn: President Amar Dule called for calm on Sunday.", []),
])
def test_a_call_with_no_one_named_as_called_told_in_an_answer_is_the_answerer_s(analyse_text, text, expected):
    facts = analyse_text(text, published="2023-01-31")
    assert sorted(sorted(p) for p, c in calls_of(facts)) == expected
    assert all(c.caller is not None for p, c in calls_of(facts))


@pytest.mark.parametrize("participle", ["arranged for", "scheduled for", "set for"])
def test_a_call_with_y_arranged_for_a_weekday_is_planned_on_the_next_one(analyse_text, participle):
    facts = analyse_text(f"Emil Sorn has a telephone call with President Amar Dule {participle} Wednesday.",
                         published="2023-01-31")  # a Tuesday
    (p, call), = calls_of(facts)
    assert (call.status, call.date) == (CallStatus.PLANNED, date(2023, 2, 1))


@pytest.mark.parametrize("opening", ["With President Amar Dule I have", "With President Amar Dule, I have"])
def test_a_partner_fronted_by_with_before_i_have_a_call(analyse_text, opening):
    facts = analyse_text(f"\"{opening} a telephone call arranged for Wednesday,\" Emil Sorn said.",
                         published="2023-01-31")
    assert [(sorted(p), c.status) for p, c in calls_of(facts)] == [(["Amar Dule", "Emil Sorn"], CallStatus.PLANNED)]


@pytest.mark.parametrize("answer, expected", [
    ("ES: No. Nor will he, I think.", []),
    ("ES: Yes, he rang on Sunday.", [["Emil Sorn", "Lars Berg"]]),
])
def test_an_interviewer_labelled_by_its_outlet_s_initials_asks_the_question(analyse_text, answer, expected):
    facts = analyse_text("Vella Radio: General Sorn, who was first?\n\nEmil Sorn: President Amar Dule "
                         "called me first.\n\nVR: Has President Lars Berg called you?\n\n" + answer,
                         published="2023-01-31")
    assert sorted(sorted(p) for p, c in calls_of(facts) if "Amar Dule" not in p) == expected


@pytest.mark.parametrize("opening, day", [
    # the interview's own day: "this morning" counts from it
    ("President-elect Emil Sorn spoke to Vella Radio on Monday evening, two days after the vote on January 28.",
     date(2023, 1, 30)),
    ("President-elect Emil Sorn sat down with us on Monday evening.", date(2023, 1, 30)),
    # "spoke to" a person: a call, no interview
    ("President-elect Emil Sorn spoke to King Lars Berg on Monday evening.", date(2023, 1, 31)),
    # no day told of the interview: the publication day
    ("President-elect Emil Sorn spoke to Vella Radio after the vote.", date(2023, 1, 31)),
])
def test_relative_days_of_an_interview_count_from_the_day_it_was_given(analyse_text, opening, day):
    facts = analyse_text(f"{opening} He talked about his first contacts.\n\nVR: This morning you spoke by telephone "
                         "with President Amar Dule. Was that wise?\n\nES: It was a courtesy, nothing more.\n\n"
                         "VR: And the army?\n\nES: It stays out of politics.", published="2023-01-31")
    assert {c.date for p, c in calls_of(facts) if "Amar Dule" in p} == {day}


@pytest.mark.parametrize("relative", ["both", "all", "each"])
def test_names_before_both_of_whom_phoned_y_each_called_y(analyse_text, relative):
    facts = analyse_text(f"The calls came from King Emil Sorn and Premier Lars Berg, {relative} of whom rang "
                         "President Amar Dule before noon on Monday.", published="2023-08-29")
    names = {e.key: e.name for e in facts.entities}
    assert sorted((sorted(p), names[c.caller]) for p, c in calls_of(facts)) == [
        (["Amar Dule", "Emil Sorn"], "Emil Sorn"), (["Amar Dule", "Lars Berg"], "Lars Berg")]


def test_by_that_evening_is_the_day_named_before(analyse_text):
    facts = analyse_text("On June 6th, the dam on the river was blown apart. By that evening Emil Sorn had phoned "
                         "President Amar Dule.", published="2023-06-30")
    (p, call), = calls_of(facts)
    assert call.date == date(2023, 6, 6)
    facts = analyse_text("On June 6th, the dam on the river was blown apart. By the Friday Emil Sorn had phoned "
                         "President Amar Dule twice.", published="2023-06-30")
    (p, call), = calls_of(facts)
    assert call.date is None


def test_a_post_on_an_institution_s_facebook_page_is_reported_by_the_platform(analyse_text):
    facts = analyse_text("King Emil Sorn had called President Amar Dule last night, according to a post on the Vell "
                         "Palace Facebook page.", published="2025-05-04")
    (p, call), = calls_of(facts)
    assert sorted(_names(facts)[r.outlet] for r in call.reports) == ["Facebook"]
    for outlet in ("Vell Courier", "Varnia Insider"):
        facts = analyse_text(f"The {outlet} Facebook page reported that King Emil Sorn had phoned President Amar Dule.",
                             published="2025-05-04")
        (p, call), = calls_of(facts)
        assert sorted(_names(facts)[r.outlet] for r in call.reports) == ["Facebook", outlet]


@pytest.mark.parametrize("before, expected", [
    # "the premier" after a prime minister and a province's premier: the premier, titled so
    ("", ["Ilse Varga", "Lars Berg"]),
    # two premiers of provinces named before: neither for sure, the prime minister as before
    ("Ostria Province Premier Tala Voss flew in. ", ["Amar Dule", "Ilse Varga"]),
])
def test_the_premier_is_a_province_s_premier_the_article_titled_so(analyse_text, before, expected):
    facts = analyse_text("Prime Minister Amar Dule came on Sunday. Vell Province Premier Lars Berg said Dule had phoned "
                         f"him. {before}The premier later said that he had talked by phone to Governor Ilse Varga.",
                         published="2018-04-09")
    assert expected in [sorted(p) for p, c in calls_of(facts)]


def test_the_article_s_one_video_call_is_the_one_a_late_report_of_the_videoconference_names(analyse_text):
    facts = analyse_text("On Wednesday President Amar Dule took part in a videoconference on security convened by King "
                         "Emil Sorn.\n\nOn Thursday, Dule spoke by phone with Premier Ilse Varga. The two discussed "
                         "energy.\n\nDule has also spoken with Chancellor Lars Berg.\n\nThe election is on May 4.\n\n"
                         "A statement on the videoconference was later published by the state agency Vellpress.",
                         published="2025-02-21")
    reported = {" + ".join(sorted(p)): sorted(_names(facts)[r.outlet] for r in c.reports) for p, c in calls_of(facts)}
    assert reported == {"Amar Dule + Emil Sorn": ["Vellpress"], "Amar Dule + Ilse Varga": [],
                        "Amar Dule + Lars Berg": []}


@pytest.mark.parametrize("event, clause, day", [
    ("took over as acting head of government on 12 February", "On the day he took office",
     date(2025, 2, 12)),
    ("was sworn in on Wednesday, February 12", "On the day he was sworn in", date(2025, 2, 12)),
    ("took office on Wednesday, February 12", "The day after he took over", date(2025, 2, 13)),
    # a clause of another event: no day of its own
    ("was sworn in on Wednesday, February 12", "On the day he spoke to the nation", None),
    ("was sworn in on Wednesday, February 12", "On the day he took over the talks", None),
])
def test_a_day_told_by_a_clause_with_a_pronoun_subject_takes_the_event_s_day(analyse_text, event, clause, day):
    facts = analyse_text(f"President Amar Dule {event}. {clause}, Dule had a telephone conversation with King Emil "
                         "Sorn.", published="2025-03-21")
    (p, call), = calls_of(facts)
    assert call.date == day


@pytest.mark.parametrize("second, expected", [
    # one person labels the answers: the later answers printed without a label are theirs
    ("", [["Emil Sorn", "Lars Berg"]]),
    # two people label answers: no one for sure
    ("Ilse Varga: I was not there.\n\n", []),
])
def test_the_one_labelled_answerer_answers_the_unlabelled_questions_after(analyse_text, second, expected):
    facts = analyse_text("Vella Radio reached the former minister on Thursday evening.\n\nVella Radio: You have been in "
                         "touch with the capital. With whom?\n\nEmil Sorn: On Tuesday night I called President Amar "
                         f"Dule.\n\n{second}And the cabinet?\n\nPrime Minister Lars Berg called me on Wednesday morning.",
                         published="2025-07-18")
    assert sorted(sorted(p) for p, c in calls_of(facts) if "Amar Dule" not in p) == expected


@pytest.mark.parametrize("text", [
    "A video call between President Amar Dule and King Emil Sorn scheduled for Monday went ahead as planned.",
    "President Amar Dule held the phone call with King Emil Sorn that had been scheduled for Monday.",
])
def test_a_call_scheduled_for_a_day_that_went_ahead_took_place(analyse_text, text):
    facts = analyse_text(text, published="2023-01-31")  # a Tuesday
    (p, call), = calls_of(facts)
    assert (call.status, call.date) == (CallStatus.OCCURRED, date(2023, 1, 30))


def test_a_spokesman_saying_that_a_call_is_arranged_is_no_party_to_it(analyse_text):
    facts = analyse_text("Spokesman Lars Berg said that a phone call with President Amar Dule was being arranged for "
                         "King Emil Sorn.", published="2024-01-16")
    assert [sorted(p) for p, c in calls_of(facts)] == [["Amar Dule", "Emil Sorn"]]


def test_rebels_taking_over_an_airport_is_no_inauguration(analyse_text):
    facts = analyse_text("Rebels took over the airport on Wednesday, February 12. On the day of his inauguration, "
                         "President Amar Dule phoned King Emil Sorn.", published="2025-03-21")
    (p, call), = calls_of(facts)
    assert call.date is None


def test_a_secretary_designate_is_not_the_secretary(analyse_text):
    facts = analyse_text("Secretary Ilse Varga landed on Monday with Secretary-designate Lars Berg. The secretary later "
                         "spoke by phone with King Emil Sorn.", published="2025-03-21")
    assert [sorted(p) for p, c in calls_of(facts)] == [["Emil Sorn", "Ilse Varga"]]


@pytest.mark.parametrize("label", ["", "Ann Moe: "])
@pytest.mark.parametrize("answer, expected", [
    ("Dule: I have been in touch with Premier Berg since Friday, yes.", [["Amar Dule", "Lars Berg"]]),
    ("Dule: I have not talked to Premier Berg, no.", []),
    ("Dule: No.", []),
])
def test_a_question_with_no_label_or_its_asker_s_name_is_answered_by_the_labelled_reply(analyse_text, label, answer,
                                                                                       expected):
    facts = analyse_text("Foreign Minister Amar Dule spoke to Vella Radio on Sunday.\n\nWhere were you on Friday?\n\n"
                         f"Dule: At the ministry.\n\n{label}Have you spoken to Premier Lars Berg yourself?\n\n{answer}",
                         published="2025-04-27")
    assert [sorted(p) for p, c in calls_of(facts)] == expected


@pytest.mark.parametrize("second, expected", [
    # what the subject called is the noun before it: no second call
    ("Thousands are gathering for the rally Dule called on Sunday.", [date(2026, 1, 7)]),
    ("Unions backed the strike Dule called on Sunday.", [date(2026, 1, 7)]),
    # "the day Dule called" is a call's day; "phoned" convenes nothing
    ("Thousands gathered on the day Dule called on Sunday.", [date(2026, 1, 4), date(2026, 1, 7)]),
    ("Thousands are gathering for the rally Dule phoned on Sunday.", [date(2026, 1, 4), date(2026, 1, 7)]),
    # a phrase opening the sentence, or what someone told a meeting: calls
    ("After the election Dule called on Sunday.", [date(2026, 1, 4), date(2026, 1, 7)]),
    ("Hale told the meeting that Dule called on Sunday.", [date(2026, 1, 4), date(2026, 1, 7)]),
])
def test_a_call_verb_in_a_relative_clause_of_what_was_convened_is_no_call(analyse_text, second, expected):
    facts = analyse_text("President Tomas Hale said President Amar Dule telephoned him on Wednesday.\n\n" + second,
                         published="2026-01-07")
    assert sorted(c.date for p, c in calls_of(facts)) == expected


@pytest.mark.parametrize("second, day", [
    # a call of the same round told next, with no day of its own: the day of the one before
    ("In a second call, President Dule congratulated Prime Minister Ilse Varga on the occasion.", date(2025, 3, 30)),
    ("In another call, President Dule thanked Prime Minister Ilse Varga.", date(2025, 3, 30)),
    # a day of its own wins
    ("In a second call on Friday, President Dule thanked Prime Minister Ilse Varga.", date(2025, 3, 28)),
    # a call with none of the people before: no day
    ("In a second call, Prime Minister Lars Berg thanked Prime Minister Ilse Varga.", None),
    # a day told next wins; "a second call since" counts calls over a time, no round
    ("In another call, President Dule thanked Prime Minister Ilse Varga. That call took place on Friday.",
     date(2025, 3, 28)),
    ("In a second call since taking office, President Dule thanked Prime Minister Ilse Varga.", None),
])
def test_a_second_call_of_a_round_takes_the_day_of_the_call_before(analyse_text, second, day):
    facts = analyse_text("VELLA, March 30 (Vellpress) - President Amar Dule today made a phone call to King Emil Sorn "
                         f"to wish him well for the holiday.\n\n{second}", published="2025-03-31")
    assert {c.date for p, c in calls_of(facts) if "Ilse Varga" in p} == {day}


def test_an_agency_named_by_the_first_word_of_its_name_after_its_descriptor_is_the_gazetteer_s(analyse_text):
    facts = analyse_text("The official news agency Trend reported that President Amar Dule had phoned King Emil Sorn.",
                         published="2025-03-31")
    (p, call), = calls_of(facts)
    assert [r.outlet for r in call.reports] == ["gaz:trend"]
    # a country's name after the descriptor, no verb of reporting: never the gazetteer's agency
    facts = analyse_text("President Amar Dule phoned King Emil Sorn and told the state news agency Kenya would send "
                         "envoys.", published="2025-03-31")
    assert "gaz:kna" not in {e.key for e in facts.entities}
    # the agency's country's adjective before the descriptor says so too, whatever follows
    facts = analyse_text("Azerbaijani news agency Trend broke the story that President Amar Dule had phoned King "
                         "Emil Sorn.", published="2025-10-08")
    assert "gaz:trend" in {e.key for e in facts.entities}
    facts = analyse_text("Georgian news agency Trend broke the story that President Amar Dule had phoned King "
                         "Emil Sorn.", published="2025-10-08")
    assert "gaz:trend" not in {e.key for e in facts.entities}


@pytest.mark.parametrize("told, day", [
    # the small hours of a day in a place far ahead of universal time: the day before there
    ("in the early hours of Friday Seoul time", date(2025, 11, 27)),
    ("in the wee hours of Friday, Seoul time", date(2025, 11, 27)),
    # in a place behind it, less than five hours ahead, or with no place: the day told
    ("in the early hours of Friday, Mexico City time", date(2025, 11, 28)),
    ("in the early hours of Friday, Dubai time", date(2025, 11, 28)),
    ("in the early hours of Friday", date(2025, 11, 28)),
    # a clock time says more; the small hours of a saying are not the call's
    ("in the early hours of Friday, Moscow time, at about 4 a.m.", date(2025, 11, 28)),
    (", the office said in the early hours of Friday, Seoul time", date(2025, 11, 28)),
])
def test_the_small_hours_of_a_day_far_east_are_the_day_before_in_universal_time(analyse_text, told, day):
    facts = analyse_text(f"Premier Ilse Varga phoned King Emil Sorn {told}.", published="2025-11-28")
    (p, call), = calls_of(facts)
    assert call.date == day


def test_the_governor_is_the_one_an_apposition_gave_that_office(analyse_text):
    facts = analyse_text("Lars Berg, the Norland province governor, spoke by phone with President Amar Dule late last "
                         "night. It was Dule who rang the governor.", published="2025-03-08")
    people, call = only_call(facts)
    assert people == {"Lars Berg", "Amar Dule"} and call.caller == "person:amar dule"
    # nor is a word of a phrase after a preposition in the apposition
    facts = analyse_text("Lars Berg, the son of the governor, met reporters. President Amar Dule phoned the governor on "
                         "Tuesday.", published="2025-03-14")
    assert calls_of(facts) == []
    # a deputy's office is not the governor's
    facts = analyse_text("Lars Berg, the Norland deputy governor, spoke by phone with President Amar Dule late last "
                         "night. It was Dule who rang the governor.", published="2025-03-08")
    people, call = only_call(facts)
    assert call.caller is None


def test_the_president_is_the_holder_the_sentence_named_before_it(analyse_text):
    facts = analyse_text("President Ilse Varga of Sudland said she had called President Amar Dule to offer help.\n\n"
                         "Lars Berg, the Norland province governor and one of Amar Dule's fiercest critics, spoke by "
                         "phone to the president overnight, provincial minister Emil Sorn told Radio Norte.",
                         published="2025-03-08")
    assert {people for people, _ in calls_of(facts)} == {frozenset({"Ilse Varga", "Amar Dule"}),
                                                         frozenset({"Lars Berg", "Amar Dule"})}
    # not a holder a fronted clause names before the sentence's subject
    facts = analyse_text("President Amar Dule spoke to King Emil Sorn on Monday. Asked about President Ilse Varga's "
                         "visit next week, the king said the president had phoned him again on Tuesday.",
                         published="2025-03-14")
    assert {people for people, _ in calls_of(facts)} == {frozenset({"Amar Dule", "Emil Sorn"})}


@pytest.mark.parametrize("place", ["Wester Norland", "New Norland Wales"])
def test_a_place_of_several_words_before_a_title_is_part_of_the_phrase(analyse_text, place):
    facts = analyse_text(f"Prime Minister Amar Dule telephoned {place} Chief Minister Lars Berg on Sunday.",
                         published="2025-08-18")
    people, call = only_call(facts)
    assert people == {"Amar Dule", "Lars Berg"} and call.caller == "person:amar dule"


def test_callers_after_the_first_leader_to_speak_to_someone_called_that_person(analyse_text):
    facts = analyse_text("The storm struck on Friday, August 15.\n\nThe first leader from abroad to speak to Prime Minister "
                         "Amar Dule was Norland's President Lars Berg, who spoke to him late on Saturday.\n\nSudland's "
                         "President Ilse Varga rang two days after the storm, offering rescue teams.",
                         published="2025-08-28")
    calls = {people: call for people, call in calls_of(facts)}
    varga = calls[frozenset({"Amar Dule", "Ilse Varga"})]
    assert varga.caller == "person:ilse varga" and varga.date == date(2025, 8, 17)


@pytest.mark.parametrize("opening", ["WHEN the storm broke over the valley early on Friday, August 15, the "
                                     "rivers rose.",
                                     "When the cloudburst broke over the valley on Friday, August 15, the rivers rose."])
def test_a_clause_of_time_opening_the_sentence_gives_its_event_a_day(analyse_text, opening):
    event = "cloudburst" if "cloudburst" in opening else "storm"
    facts = analyse_text(f"{opening}\n\nSudland's President Ilse Varga rang Prime Minister Amar Dule two days after "
                         f"the {event}, offering rescue teams.", published="2025-08-28")
    people, call = only_call(facts)
    assert call.date == date(2025, 8, 17)


def test_the_answers_of_an_interview_given_to_an_outlet_are_reported_by_it(analyse_text):
    text = ("Dule: \"We keep our doors open\"\n\nVELLA - Foreign Minister Amar Dule gave an interview to the public "
            "channel Vell Radio, broadcast on Saturday evening. The agency publishes the main questions and answers "
            "below.\n\nVell Radio: Is there still any dialogue with Norland?\n\nAmar Dule: Yes. My Norland "
            "counterpart, Foreign Minister Lars Berg, rang me on Wednesday. It was a calm conversation.\n\nVell "
            "Radio: The Norland Times reported that President Emil Sorn and President Tom Hale spoke by phone on "
            "April 2. Can you confirm?\n\nDule: No. There was no such call.")
    calls = {people: call for people, call in calls_of(analyse_text(text, published="2025-04-13"))}
    berg = calls[frozenset({"Amar Dule", "Lars Berg"})]
    assert [r.outlet for r in berg.reports] == ["outlet:vell radio"]
    assert "interview to the public channel Vell Radio" in berg.reports[0].evidence.text
    # the question's claim, denied by the answer (its label read by the outlet's name)
    denied = calls[frozenset({"Emil Sorn", "Tom Hale"})]
    assert denied.status is CallStatus.DENIED and [r.outlet for r in denied.reports] == ["outlet:norland times"]


@pytest.mark.parametrize("second, reported", [("Norland Times", []), ("Vell Radio", ["outlet:vell radio"])])
def test_a_briefing_s_questions_put_by_several_outlets_report_nothing(analyse_text, second, reported):
    text = ("Briefing\n\nVell Radio: Has the King spoken with anyone?\n\nAmar Dule: Yes. King Lars Berg called "
            f"President Emil Sorn on Wednesday.\n\n{second}: And the premier?\n\nAmar Dule: Nothing to add.\n\n"
            "The Norland Times is a daily.")
    people, call = only_call(analyse_text(text, published="2025-04-13"))
    assert [r.outlet for r in call.reports] == reported


def test_a_paragraph_of_the_article_after_an_interview_is_no_answer_of_it(analyse_text):
    text = ("Foreign Minister Amar Dule gave an interview to Vell Radio on Saturday.\n\nVell Radio: Any news from "
            "Norland?\n\nAmar Dule: None.\n\nVell Radio: And from Sudland?\n\nAmar Dule: Nothing yet.\n\n"
            "Separately, the palace said King Lars Berg phoned President Emil Sorn on Monday.")
    people, call = only_call(analyse_text(text, published="2025-04-13"))
    assert call.reports == ()


def test_a_question_whether_others_talked_is_no_call_unless_answered_yes(analyse_text):
    text = ("Amar Dule, Department Spokesperson\n\nMS DULE: Good afternoon. President Lars Berg met the cabinet "
            "today.\n\nQUESTION: And has President Lars Berg spoken with Prime Minister Emil Sorn since the rate went "
            "up?\n\nMS DULE: {answer}")
    assert calls_of(analyse_text(text.format(answer="That's a question for the palace."), published="2025-08-19")) == []
    people, call = only_call(analyse_text(text.format(answer="Yes. They spoke on Friday."), published="2025-08-19"))
    assert people == {"Lars Berg", "Emil Sorn"} and call.date == date(2025, 8, 15)
    facts = analyse_text("Reporter: And did President Ilse Varga call King Emil Sorn?\n\nLars Berg: That is a question "
                         "for the palace.", published="2025-08-19")
    assert calls_of(facts) == []
    # a label of several words; "have", and a call cue of its own in the question
    facts = analyse_text("Vell Radio: Have President Ilse Varga and King Emil Sorn talked by phone?\n\nLars Berg: I "
                         "have nothing for you on that.", published="2025-08-19")
    assert calls_of(facts) == []
    # a call the question takes as given, in a clause of time of its own
    facts = analyse_text("QUESTION (Vell Times): Did President Ilse Varga consult you before she called King Emil "
                         "Sorn?\n\nLars Berg: I will not go into that.", published="2025-08-19")
    people, call = only_call(facts)
    assert people == {"Ilse Varga", "Emil Sorn"}
    # an answer for the call without the word yes
    facts = analyse_text("Reporter: Did President Ilse Varga call King Emil Sorn?\n\nLars Berg: She did, on Wednesday, "
                         "and they agreed to talk again.", published="2025-08-19")
    people, call = only_call(facts)
    assert call.date == date(2025, 8, 13)


def test_a_secretary_of_state_talking_with_a_deputy_premier_and_foreign_minister_held_a_call(analyse_text):
    facts = analyse_text("On August 17, Secretary of State Lars Berg spoke with Norland's Deputy Prime Minister and "
                         "Foreign Minister Ilse Varga to express our condolences.", published="2025-08-19")
    people, call = only_call(facts)
    assert people == {"Lars Berg", "Ilse Varga"} and call.date == date(2025, 8, 17)


@pytest.mark.parametrize("qualifier", ["in isolation", "by chance"])
def test_a_call_that_did_not_happen_in_isolation_happened(analyse_text, qualifier):
    facts = analyse_text(f"President Amar Dule called President Emil Sorn on Sunday evening.\n\nThe contact did not "
                         f"happen {qualifier}. King Lars Berg called Sorn the following day.", published="2025-06-25")
    assert [c.status for _, c in calls_of(facts)] == [CallStatus.OCCURRED, CallStatus.OCCURRED]


def test_an_outlet_s_name_is_no_date(analyse_text):
    text = ("Officials saw Sunday's attack on a church as a warning.\n\nPresident Amar Dule did more. On the "
            "evening of the attack, he called President Emil Sorn, in what an aide described "
            "to India Today as a long conversation.\n\nKing Lars Berg of Norland called Sorn the following day, "
            "the state news agency reported.")
    calls = {people: call for people, call in calls_of(analyse_text(text, published="2025-06-25"))}
    assert calls[frozenset({"Emil Sorn", "Lars Berg"})].date == date(2025, 6, 23)


def test_a_day_in_a_clause_of_what_was_agreed_to_come_is_not_the_call_s(analyse_text):
    facts = analyse_text("Norland President Lars Berg telephoned his Sudland counterpart Amar Dule on Saturday, "
                         "offering firefighters.\n\nThe two presidents spoke for a quarter of an hour and agreed that "
                         "the brigade would cross the bridge on Sunday.", published="2025-03-10")
    people, call = only_call(facts)
    assert call.date == date(2025, 3, 8)
    # a clause closed before the day: the day is the call's
    facts = analyse_text("Premier Ilse Varga phoned King Emil Sorn to say that aid would be sent, on Monday.",
                         published="2025-03-14")
    people, call = only_call(facts)
    assert call.date == date(2025, 3, 10)


def test_the_same_day_is_not_a_day_where_a_span_began(analyse_text):
    text = ("President Amar Dule took a phone call on Thursday from President Lars Berg of Norland.\n\nThe two "
            "presidents discussed the situation in the north, where thousands have fled the city since the rebels "
            "took control of it on Sunday, according to a statement.\n\nDule stressed his country's rejection of any "
            "attempt to divide the region, the statement said. Berg, for his part, thanked him for his support.\n\n"
            "On the same day, Dule also held a phone call with President Emil Sorn of Sudland about the border.")
    calls = {people: call for people, call in calls_of(analyse_text(text, published="2025-10-31"))}
    assert calls[frozenset({"Amar Dule", "Emil Sorn"})].date == date(2025, 10, 30)
    # no other day before it: the day the span began is the one named
    facts = analyse_text("Thousands have fled since the rebels took the town on Sunday. That day, President Amar Dule "
                         "phoned King Emil Sorn.", published="2025-03-14")
    people, call = only_call(facts)
    assert call.date == date(2025, 3, 9)


def test_an_event_whose_adjective_opens_the_sentence_has_its_day(analyse_text):
    facts = analyse_text("A day after the municipal elections, Foreign Minister Lars Berg of Norland held a phone "
                         "conversation with Foreign Minister Emil Sorn of Sudland.\n\nMunicipal elections were held "
                         "in Sudland on October 4.", published="2025-10-07")
    people, call = only_call(facts)
    assert call.date == date(2025, 10, 5)


def test_a_report_naming_both_people_of_a_call_told_far_before_is_that_call_s(analyse_text):
    filler = " ".join(f"Crews cleared road {n} on the coast." for n in range(1, 16))
    text = (f"King Lars Berg phoned President Emil Sorn on Monday.\n\n{filler}\n\nAccording to Vell Radio, Berg also "
            "told Sorn that the union would send a delegation to the funeral.")
    people, call = only_call(analyse_text(text, published="2025-06-10"))
    assert [r.outlet for r in call.reports] == ["outlet:vell radio"]


def test_a_host_who_invited_several_ministers_to_a_video_call_is_no_caller(analyse_text):
    text = "Foreign Minister Ilse Varga{others} held a video call on 3 September at the invitation of Chile."
    people, call = only_call(analyse_text(text.format(others=", Chile's Foreign Minister Emil Sorn and Foreign "
                                                              "Minister Lars Berg"), published="2020-09-10"))
    assert len(people) == 3 and call.caller is None
    facts = analyse_text("Foreign Minister Ilse Varga, Chile's Foreign Minister Emil Sorn and Foreign Minister Lars "
                         "Berg held a video call on 3 September at Sorn's invitation.", published="2020-09-10")
    people, call = only_call(facts)
    assert len(people) == 3 and call.caller is None
    people, call = only_call(analyse_text(text.format(others=" and Chile's Foreign Minister Emil Sorn"),
                                          published="2020-09-10"))
    assert call.caller == "person:emil sorn"


@pytest.mark.parametrize("told", ["It was Sudland's acting prime minister, Emil Sorn, who called.",
                                  "Around midday it was Prime Minister Emil Sorn who called."])
def test_the_focus_of_a_cleft_who_called_called_the_one_taking_calls(analyse_text, told):
    facts = analyse_text(f"President Amar Dule took calls on Monday. {told}", published="2024-05-21")
    people, call = only_call(facts)
    assert people == {"Amar Dule", "Emil Sorn"} and call.caller == "person:emil sorn"


@pytest.mark.parametrize("told", ["It was not Prime Minister Emil Sorn who called.",
                                  "It was Prime Minister Emil Sorn and King Lars Berg who called.",
                                  "It is not true that Prime Minister Emil Sorn, who called, was angry."])
def test_no_call_of_a_negated_or_double_focus_nor_of_a_relative_clause(analyse_text, told):
    facts = analyse_text(f"President Amar Dule took calls on Monday. {told}", published="2024-05-21")
    assert calls_of(facts) == []


def test_a_photograph_of_someone_on_the_phone_posted_on_a_platform_reports_the_call(analyse_text):
    facts = analyse_text("Premier Ilse Varga rang President Amar Dule on Monday.\n\nVarga later posted a "
                         "photograph of herself on the phone on X, writing she had congratulated Dule.",
                         published="2024-05-21")
    people, call = only_call(facts)
    assert [r.outlet for r in call.reports] == ["gaz:x"]
    # a photograph of something else, or something else "on the phone", is no report of the call
    for other in ("photograph of the flooded valley on X.", "warning about scams on the phone on X."):
        facts = analyse_text(f"Premier Ilse Varga rang President Amar Dule on Monday.\n\nVarga later posted a {other}",
                             published="2024-05-21")
        people, call = only_call(facts)
        assert call.reports == ()


@pytest.mark.parametrize("rank", ["Lt. Gen.", "Col.", "Maj.", "Brig.", "Capt."])
def test_an_abbreviated_military_rank_ends_no_sentence(analyse_text, rank):
    facts = analyse_text(f"On Wednesday evening, Crown Prince Amar Dule took a phone call from {rank} Emil Sorn, "
                         "head of the council.", published="2023-04-20")
    people, call = only_call(facts)
    assert people == {"Amar Dule", "Emil Sorn"} and call.caller == "person:emil sorn"
    assert call.date == date(2023, 4, 19)


def test_the_call_placed_to_explain_something_was_placed_by_its_subject(analyse_text):
    facts = analyse_text("Foreign Minister Amar Dule spoke by phone with Director-General Ilse Varga on Tuesday. Dule "
                         "placed the call to explain his position.", published="2024-07-24")
    people, call = only_call(facts)
    assert call.caller == "person:amar dule"


@pytest.mark.parametrize("post", ["In another post", "In another tweet"])
def test_another_post_was_put_out_where_the_one_before_was(analyse_text, post):
    facts = analyse_text(f"President Ilse Varga wrote on X on Sunday that she had spoken to King Emil Sorn. {post}, she "
                         "said she had talked to King Lars Berg by phone.", published="2023-04-19")
    calls = {people: call for people, call in calls_of(facts)}
    assert [r.outlet for r in calls[frozenset({"Ilse Varga", "Lars Berg"})].reports] == ["gaz:x"]


@pytest.mark.parametrize("post", ["another post", "the post"])
def test_a_post_of_another_kind_inside_a_clause_is_no_post_told_before(analyse_text, post):
    facts = analyse_text("Premier Ilse Varga wrote on X on Sunday that she had spoken to King Emil Sorn. Prime Minister "
                         f"Lars Berg, who served in {post} in the last cabinet, phoned Varga on Monday.",
                         published="2024-05-21")
    calls = {people: call for people, call in calls_of(facts)}
    assert calls[frozenset({"Ilse Varga", "Lars Berg"})].reports == ()


def test_the_head_of_state_capitalised_is_the_home_country_s(analyse_text):
    text = ("DUSHANBE – President Emomali Rahmon held a phone conversation with Chancellor Olaf Scholz of Germany "
            "today.\n\nThe two leaders discussed trade and hydropower.\n\nPress secretary Ilse Varga later shared "
            "details of the conversation on her Facebook page.\n\nForeign Minister Jon Tarr is expected to speak by "
            "phone with his German counterpart Ann Moe next week.\n\nOn Tuesday, the Head of State got a "
            "telephone call from Uzbek President Shavkat Mirziyoyev.")
    calls = {people: call for people, call in calls_of(analyse_text(text, published="2023-07-13"))}
    call = calls[frozenset({"Emomali Rahmon", "Shavkat Mirziyoyev"})]
    assert call.date == date(2023, 7, 11) and call.caller == "gaz:shavkat-mirziyoyev"


def test_an_outlet_opening_a_sentence_of_the_call_s_paragraph_reports_on_its_people(analyse_text):
    text = ("President Amar Dule spent Saturday taking calls from foreign leaders.\n\nPrime Minister Lars Berg spoke "
            "with Dule in the afternoon. Two women were among the dead.{gap}Danish broadcaster Vell Radio reported "
            "that Berg had asked for his police to join the inquiry.")
    people, call = only_call(analyse_text(text.format(gap=" "), published="2024-11-25"))
    assert [r.outlet for r in call.reports] == ["outlet:vell radio"]
    # a paragraph of its own is another matter
    people, call = only_call(analyse_text(text.format(gap="\n\n"), published="2024-11-25"))
    assert call.reports == ()


@pytest.mark.parametrize("report", [
    "Danish broadcaster Vell Radio reported that Berg would fly to the capital next week.",
    "Danish broadcaster Vell Radio reported that Berg had been criticised at home for the delay.",
    "Danish broadcaster Vell Radio reported that Berg had asked Chancellor Olaf Scholz for help.",
    "\"Berg asked for help,\" Danish broadcaster Vell Radio reported.",
])
def test_an_outlet_s_report_of_another_matter_or_person_is_not_the_call_s(analyse_text, report):
    text = ("President Amar Dule spent Saturday taking calls from foreign leaders.\n\nPrime Minister Lars Berg spoke "
            f"with Dule in the afternoon. Two women were among the dead. {report}")
    calls = {people: call for people, call in calls_of(analyse_text(text, published="2024-11-25"))}
    assert calls[frozenset({"Amar Dule", "Lars Berg"})].reports == ()


@pytest.mark.parametrize("opening, day", [
    # a restrictive clause after the event's noun, its place phrase long
    ("The fire that spread through the pine slopes above the port on the evening of May 3 killed two people.",
     date(2025, 5, 3)),
    # (the main clause's verb before the date: the day is not the clause's)
    ("The fire that spread through the pine slopes above the port drew a report from the inspectors on May 3.",
     None),
    # (what was to come: the clause's infinitive)
    ("The fire that was expected to reach the pine slopes above the port on the evening of May 3 has died down.",
     None),
])
def test_an_event_s_day_in_a_long_restrictive_clause(analyse_text, opening, day):
    text = f"{opening}\n\nOn the night the fire broke out, Premier Ilse Varga telephoned President Emmanuel Macron."
    people, call = only_call(analyse_text(text, published="2025-05-12"))
    assert call.date == day


@pytest.mark.parametrize("opening, lead, day", [
    ("A navy helicopter came down off the coast on May 3, killing all six on board.", "On the night of the crash",
     date(2025, 5, 3)),
    ("The airliner crashed into the bay on May 3.", "The day after the crash", date(2025, 5, 4)),
    ("The airliner went down near Vella on May 3.", "The day after the crash", date(2025, 5, 4)),
    ("The airliner came down in eastern Vella on May 3.", "The day after the crash", date(2025, 5, 4)),
    # (not a crash: the verb's place is none)
    ("Prices came down on May 3.", "The day after the crash", None),
    ("The markets crashed on May 3.", "The day after the crash", None),
    ("The court came down in favour of the government on May 3.", "The day after the crash", None),
    ("The website crashed in the morning on May 3.", "The day after the crash", None),
])
def test_a_crash_told_by_its_verb_gives_the_crash_its_day(analyse_text, opening, lead, day):
    text = f"{opening}\n\n{lead}, Premier Ilse Varga telephoned President Emmanuel Macron."
    people, call = only_call(analyse_text(text, published="2025-05-12"))
    assert call.date == day


@pytest.mark.parametrize("clause", ["came down hard on the rebels", "went down to the port", "watched as markets crashed"])
def test_a_verb_of_crashing_with_no_place_is_no_other_event_s_day(analyse_text, clause):
    people, call = only_call(analyse_text(f"Premier Ilse Varga phoned President Emmanuel Macron and {clause} on Monday.",
                                          published="2025-05-14"))
    assert call.date == date(2025, 5, 12)


def test_yesterday_counts_from_a_dateline_alone_on_its_line(analyse_text):
    text = "VELLA, 24 May (OTA)\n\nPrime Minister Petteri Orpo held a video call yesterday with Premier Ilse Varga."
    people, call = only_call(analyse_text(text, published="2025-05-27"))
    assert call.date == date(2025, 5, 23)


@pytest.mark.parametrize("receiver, name", [
    ("the Chairman of the Vell Transitional Council, Emil Sorn,", "Emil Sorn"),
    ("the Chairman of Sudan's Interim Governing Council, Abdel Fattah al-Burhan,", "Abdel Fattah al-Burhan"),
])
def test_the_one_named_after_a_title_of_a_capitalised_body_is_the_one_rung(analyse_text, receiver, name):
    text = f"Prime Minister Abiy Ahmed telephoned {receiver} on Tuesday night."
    people, call = only_call(analyse_text(text, published="2025-05-15"))
    assert people == {"Abiy Ahmed", name} and call.caller == "gaz:abiy-ahmed"
    assert call.date == date(2025, 5, 13)


@pytest.mark.parametrize("credit", ["N'Djamena (APA) - ", ""])
def test_a_form_the_publisher_shares_with_another_outlet_credits_it_in_its_own_pages(analyse_text, credit):
    # "APA" is the Azerbaijani agency's name and a form APA News goes by (shared_aliases): in APA
    # News's pages its dateline and its sign-off credit APA News
    text = (f"{credit}Chad's leader Mahamat Idriss Déby Itno took a phone call from Congolese President "
            "Denis Sassou Nguesso on Monday.\n\nMD/ck/APA")
    facts = analyse_text(text, published="2024-10-29", outlet="APA News")
    assert {e.key for e in facts.entities if e.kind is EntityKind.OUTLET} == {"gaz:apa-news"}
    # (in another outlet's pages, of neither agency's country: which one is not known, none)
    facts = analyse_text(text, published="2024-10-29", outlet="Vell Herald")
    assert not {e.key for e in facts.entities if e.kind is EntityKind.OUTLET} & {"gaz:apa-news", "gaz:apa-azerbaijan"}


@pytest.mark.parametrize("report", [
    "The Petra news agency later published the palace's account of the call.",
    "Jordan's Petra news agency later published the palace's account of the conversation.",
    "Jordan's state news agency Petra later published an account of the conversation.",
])
def test_an_agency_named_by_the_first_word_of_its_name_with_its_descriptor(analyse_text, report):
    text = f"King Abdullah II of Jordan telephoned President Nikos Christodoulides on Monday. {report}"
    people, call = only_call(analyse_text(text, published="2025-07-24"))
    assert [r.outlet for r in call.reports] == ["gaz:petra"]


@pytest.mark.parametrize("report", ["Greece's Trend news agency later carried a statement on the call.",
                                    "Greek news agency Trend later carried a statement on the call."])
def test_an_agency_of_another_country_is_not_the_one_the_first_word_names(analyse_text, report):
    # (the gazetteer's Trend News Agency is Azerbaijan's)
    text = f"King Abdullah II of Jordan telephoned President Nikos Christodoulides on Monday. {report}"
    facts = analyse_text(text, published="2025-07-24")
    outlets = {e.key for e in facts.entities if e.kind is EntityKind.OUTLET}
    assert "gaz:trend" not in outlets and "outlet:trend" in outlets


@pytest.mark.parametrize("after, reports", [
    ("Sánchez has written about his long conversation with the president on X.", ["gaz:x"]),
    # (what he wrote, not where: a clause after "wrote")
    ("Sánchez wrote after the call that he would speak on CNN.", []),
    ("Sánchez wrote about the call that he would go on CNN later.", []),
])
def test_a_call_written_about_on_a_platform_far_from_the_verb(analyse_text, after, reports):
    text = f"Sánchez and Christodoulides spoke by telephone this afternoon.\n\n{after}"
    people, call = only_call(analyse_text(text, published="2025-07-24"))
    assert [r.outlet for r in call.reports] == reports


def test_a_round_verb_tells_the_next_caller_s_call_to_the_one_rung_before(analyse_text):
    text = ("Chad's leader, Mahamat Idriss Déby Itno, took calls all Monday from leaders of the region.\n\n"
            "Around midday, the President of Gabon, Brice Clotaire Oligui Nguema, telephoned the Chadian head of "
            "state to present his condolences.\n\nCongo-Brazzaville's President, Denis Sassou Nguesso, "
            "followed in the afternoon.")
    calls = {people: call for people, call in calls_of(analyse_text(text, published="2024-10-31"))}
    call = calls[frozenset({"Denis Sassou Nguesso", "Mahamat Idriss Déby"})]
    assert call.caller == "gaz:denis-sassou-nguesso" and call.date == date(2024, 10, 28)


@pytest.mark.parametrize("text", [
    # no call before: a visit's round
    "King Emil Sorn visited Vella on Monday, the first leader to come. President Amara Dule followed on Tuesday.",
    # an object after the verb, or words after its time: no call left out
    "King Emil Sorn rang Premier Ilse Varga on Monday, the first leader to call. President Amara Dule followed the "
    "talks closely.",
    "King Emil Sorn rang Premier Ilse Varga on Monday, the first leader to call. President Amara Dule followed on "
    "Tuesday with a pledge of his own.",
    "King Emil Sorn rang Premier Ilse Varga on Monday and announced that Vellmark would recognise Ostria, the first "
    "leader to do so. President Amara Dule followed suit on Tuesday.",
    # a call before, but no round of calls told: he may have followed him to the summit
    "King Emil Sorn rang Premier Ilse Varga on Monday before leaving for the summit. President Amara Dule followed "
    "on Tuesday.",
    # (an ordinal of no call)
    "King Emil Sorn rang Premier Ilse Varga on Monday before flying to Vella, the first stop of his tour. President "
    "Amara Dule followed on Tuesday.",
    "King Emil Sorn rang Premier Ilse Varga on Monday to say Vellmark would recognise her government, the first "
    "country to do so. President Amara Dule followed on Tuesday.",
    # (more of the clause after a semicolon)
    "King Emil Sorn rang Premier Ilse Varga on Monday, the first leader to call. President Amara Dule followed on "
    "Tuesday; he visited her in Vella.",
    # the call told three sentences before is no round the verb goes on
    "King Emil Sorn rang Premier Ilse Varga on Monday, the first leader to call. The storm eased. Roads opened. "
    "President Amara Dule followed on Tuesday.",
])
def test_a_round_verb_with_no_round_before_or_with_an_object_tells_no_call(analyse_text, text):
    calls = {people for people, call in calls_of(analyse_text(text, published="2025-03-14"))}
    assert not any("Amara Dule" in people for people in calls)


@pytest.mark.parametrize("text, day", [
    ("King Emil Sorn rang Premier Ilse Varga on Monday morning, the first leader to call. President Amara Dule "
     "followed a day later.", date(2025, 3, 11)),
    # a day after a call the text gives no day: unknown (not a day after a date named before it)
    ("The crisis began on 1 March. King Emil Sorn rang Premier Ilse Varga to offer help, the first leader to call. "
     "President Amara Dule followed a day later, an aide said.", None),
])
def test_a_round_verb_s_later_day_counts_from_the_call_it_follows(analyse_text, text, day):
    calls = {people: call for people, call in calls_of(analyse_text(text, published="2025-03-14"))}
    assert calls[frozenset({"Amara Dule", "Ilse Varga"})].date == day


@pytest.mark.parametrize("byline", ["By Lena Okoro-Vell and Vell Radio staff", "Reporter: Lena Okoro-Vell"])
def test_a_byline_s_writer_is_no_one_a_pronoun_of_the_story_stands_for(analyse_text, byline):
    text = (f"Talks resume\n\n{byline}\n\nPremier Ilse Varga has said the earliest leader to get through to her "
            "was King Emil Sorn, who phoned her the night the storm struck.")
    calls = {people for people, call in calls_of(analyse_text(text, published="2024-12-10"))}
    assert calls == {frozenset({"Emil Sorn", "Ilse Varga"})}


def test_a_person_after_by_opening_a_sentence_of_the_story_is_no_writer(analyse_text):
    text = "Talks resume\n\nBy Monday, Lena Dule had spoken by phone with Foreign Minister Emil Sorn."
    calls = {people for people, call in calls_of(analyse_text(text, published="2024-12-10"))}
    assert calls == {frozenset({"Lena Dule", "Emil Sorn"})}


@pytest.mark.parametrize("report, reports", [
    ("The Ostrian Courier newspaper in Port Vella said it had been told of the call by the palace.",
     ["outlet:ostrian courier"]),
    # (the place closes a relative clause: the one who owns the paper said it)
    ("Varga, who owns the Ostrian Courier newspaper in Port Vella, said it had been a good call.", []),
])
def test_an_outlet_s_descriptor_and_place_before_its_verb(analyse_text, report, reports):
    text = f"On Friday, Premier Ilse Varga received a call from King Emil Sorn. {report}"
    calls = {people: call for people, call in calls_of(analyse_text(text, published="2025-03-14"))}
    assert [r.outlet for r in calls[frozenset({"Emil Sorn", "Ilse Varga"})].reports] == reports


@pytest.mark.parametrize("lead", ["After", "Hours after", "Shortly after", "Minutes after"])
def test_a_possessive_in_a_fronted_phrase_after_a_time_stands_for_the_subject(analyse_text, lead):
    text = ("Premier Ilse Varga spoke with King Emil Sorn by phone on Thursday. Varga and Lars Berg also talked by "
            f"phone on Saturday night.\n\n{lead} his conversation with Varga, Sorn wrote on X that the talks had gone "
            "well.")
    calls = {people: call for people, call in calls_of(analyse_text(text, published="2025-03-17"))}
    assert [r.outlet for r in calls[frozenset({"Emil Sorn", "Ilse Varga"})].reports] == ["gaz:x"]
    assert calls[frozenset({"Ilse Varga", "Lars Berg"})].reports == ()


def test_a_bare_title_paragraphs_on_is_the_home_paper_s_own_holder(analyse_text):
    text = ("President William Ruto had a telephone call late on Tuesday with Ghana's president, Nana "
            "Akufo-Addo, about fertiliser and flights.\n\nRuto placed the call from State House.\n\n"
            "Farm prices have risen for a third month. Traders blame the weak shilling and the cost of diesel. "
            "The rains came late again this year. Millers say stocks will last until March.\n\n"
            "The president will also talk by phone with Yoweri Museveni of Uganda on Friday.")
    calls = {people: call for people, call in calls_of(analyse_text(text, published="2025-03-12", outlet="Daily Nation"))}
    assert calls[frozenset({"William Ruto", "Yoweri Museveni"})].status is CallStatus.PLANNED
    # (not when another holder was the subject since: "the president" may be theirs)
    text = text.replace("Farm prices have risen", "In Washington, US President Donald Trump signed new tariffs on "
                        "Monday. Farm prices have risen")
    calls = {people for people, call in calls_of(analyse_text(text, published="2025-03-12", outlet="Daily Nation"))}
    assert frozenset({"William Ruto", "Yoweri Museveni"}) not in calls


def test_a_headline_s_bare_title_before_any_holder_is_named_is_no_one(analyse_text):
    text = ("The president no one calls\n\nPresident William Ruto has had a quiet week. Ghana's Nana Akufo-Addo "
            "phoned Ugandan President Yoweri Museveni on Monday.")
    calls = {people for people, call in calls_of(analyse_text(text, published="2025-03-12", outlet="Daily Nation"))}
    assert calls == {frozenset({"Nana Akufo-Addo", "Yoweri Museveni"})}


@pytest.mark.parametrize("text", [
    "Chilean President Gabriel Boric and his counterparts from Peru, Colombia and Ecuador held a virtual meeting "
    "on Wednesday.",
    "Chilean President Gabriel Boric had a video call with his counterparts from Peru, Colombia and Ecuador on "
    "Wednesday.",
])
def test_counterparts_from_a_list_of_countries(analyse_text, text):
    people, call = only_call(analyse_text(text, published="2024-01-12"))
    assert people == {"Gabriel Boric", "Dina Boluarte", "Gustavo Petro", "Daniel Noboa"}
    assert call.date == date(2024, 1, 10)


def test_joined_on_screen_by_names_the_video_call_s_people(analyse_text):
    text = ("President Ilse Varga held a virtual meeting on Wednesday about the floods.\n\nVarga, who hosted it, "
            "was joined on screen by King Emil Sorn and Premier Lars Berg, her office said.")
    people, call = only_call(analyse_text(text, published="2024-01-12"))
    assert people == {"Ilse Varga", "Emil Sorn", "Lars Berg"}


@pytest.mark.parametrize("verb", ["ring", "call", "phone"])
@pytest.mark.parametrize("tail", [".", " on Monday morning.", " early on Monday."])
def test_the_first_to_ring_after_calls_received(analyse_text, verb, tail):
    text = (f"President Ilse Varga spent Monday taking calls from foreign leaders.\n\nKing Emil Sorn was the "
            f"first to {verb}{tail}")
    people, call = only_call(analyse_text(text, published="2025-01-14"))
    assert people == {"Ilse Varga", "Emil Sorn"}
    assert call.caller == "person:emil sorn" and call.date == date(2025, 1, 13)


@pytest.mark.parametrize("sentence", ["King Emil Sorn was the first to call on Monday for a ceasefire.",
                                      "Premier Lars Berg also tried to call on Monday for an end to the strike."])
def test_an_appeal_on_a_day_after_an_ordinal_or_a_try_is_no_call(analyse_text, sentence):
    text = f"President Ilse Varga took calls from regional leaders all day. {sentence}"
    assert calls_of(analyse_text(text, published="2025-01-14")) == []


def test_thanked_for_being_among_the_first_to_call_tells_no_call(analyse_text):
    text = ("President Ilse Varga spoke by phone with King Emil Sorn on Monday. Later that day she phoned Premier "
            "Lars Berg.\n\nThe Vell Gazette reported that the king had thanked Varga for being among the first "
            "leaders to call.")
    calls = {people: call for people, call in calls_of(analyse_text(text, published="2025-01-14"))}
    assert [r.outlet for r in calls[frozenset({"Ilse Varga", "Emil Sorn"})].reports] == ["outlet:vell gazette"]
    assert calls[frozenset({"Ilse Varga", "Lars Berg"})].reports == ()


def test_tried_to_call_on_a_day_after_calls_received(analyse_text):
    text = ("President Ilse Varga took calls from regional leaders all day.\n\nThe Post understands that Premier "
            "Lars Berg also tried to call on Sunday evening, but the line could not be connected.")
    people, call = only_call(analyse_text(text, published="2025-03-18"))
    assert people == {"Ilse Varga", "Lars Berg"}
    assert call.status is CallStatus.ATTEMPTED and call.caller == "person:lars berg"
    assert call.date == date(2025, 3, 16)


@pytest.mark.parametrize("text", [
    "King Emil Sorn has not been able to reach an agreement with President Amar Dule, despite a phone call on Monday.",
    "King Emil Sorn has not yet been able to reach Kyiv, where President Amar Dule spoke by phone with Premier Ilse "
    "Varga on Monday.",
])
def test_not_able_to_reach_something_else_is_no_try(analyse_text, text):
    calls = [call for people, call in calls_of(analyse_text(text, published="2025-03-12")) if "Amar Dule" in people]
    assert [(call.status, call.date) for call in calls] == [(CallStatus.OCCURRED, date(2025, 3, 10))]


def test_attempted_to_reach_a_description_then_a_name_is_a_try(analyse_text):
    text = ("After the oath on Wednesday night, President Amar Dule attempted to reach the leader of the opposition, "
            "Dr Lars Berg, by telephone. The call was not returned.")
    _, call = only_call(analyse_text(text, published="2025-03-14"))
    assert call.status is CallStatus.ATTEMPTED


@pytest.mark.parametrize("plan", ["are to meet", "are also to meet", "would meet"])
def test_a_plan_after_a_relative_clause_telling_a_call_is_the_main_clause_s(analyse_text, plan):
    text = f"President Amar Dule and King Emil Sorn, who spoke by phone on Monday, {plan} in Vella next month."
    _, call = only_call(analyse_text(text, published="2025-03-12"))
    assert call.status is CallStatus.OCCURRED and call.date == date(2025, 3, 10)


def test_not_yet_able_to_reach_then_a_plan_are_two_calls(analyse_text):
    text = ("Premier Lars Berg has still not been able to reach President Ilse Varga, his aides say. Her aides "
            "said the pair would talk by phone on Thursday.")
    calls = sorted((c.status.name, c.date) for _, c in calls_of(analyse_text(text, published="2025-03-18")))
    assert calls == [("ATTEMPTED", None), ("PLANNED", date(2025, 3, 20))]


@pytest.mark.parametrize("verb", ["take", "receive"])
def test_would_take_a_call_is_a_plan(analyse_text, verb):
    text = f"The palace said President Ilse Varga would {verb} a call from King Emil Sorn on Tuesday."
    _, call = only_call(analyse_text(text, published="2025-01-13"))
    assert call.status is CallStatus.PLANNED and call.date == date(2025, 1, 14)
    assert call.caller == "person:emil sorn"


def test_asked_whether_one_would_take_a_call_is_a_question(analyse_text):
    text = "Asked whether Premier Lars Berg would take a call from King Emil Sorn now, an aide said only: \"No.\""
    assert calls_of(analyse_text(text, published="2019-03-01")) == []


@pytest.mark.parametrize("lead", ["Several hours after", "A few minutes after", "Two days after"])
def test_a_fronted_time_after_the_call_with_one_names_the_other(analyse_text, lead):
    text = ("Ostria. King Emil Sorn called Premier Ilse Varga yesterday. They discussed energy.\n\n"
            "Vell. President Amar Dule telephoned Varga on Sunday night.\n\n"
            "Union. Council President Tomas Hale and Varga spoke by phone on Monday afternoon.\n\n"
            f"{lead} the conversation with Varga, Sorn wrote on X that the two countries would walk together.")
    calls = {people: call for people, call in calls_of(analyse_text(text, published="2025-09-30"))}
    assert [r.outlet for r in calls[frozenset({"Emil Sorn", "Ilse Varga"})].reports] == ["gaz:x"]
    assert calls[frozenset({"Tomas Hale", "Ilse Varga"})].reports == ()


def test_a_third_person_after_a_fronted_time_is_no_party_to_a_call_told_before(analyse_text):
    text = ("President Amar Dule phoned King Emil Sorn on Monday.\n\nA few hours after the call with Sorn, Premier "
            "Ilse Varga said she had also spoken with Dule.")
    calls = {people for people, _ in calls_of(analyse_text(text, published="2025-03-12"))}
    assert frozenset({"Emil Sorn", "Ilse Varga"}) not in calls


def test_a_spokesman_after_a_fronted_time_is_no_party_to_the_call(analyse_text):
    text = ("President Tomas Hale phoned Premier Ilse Varga on Monday.\n\nSeveral hours after the call with Varga, "
            "presidential press secretary Lars Berg wrote on Facebook that the two had agreed on grain.")
    people, call = only_call(analyse_text(text, published="2025-09-30"))
    assert people == {"Tomas Hale", "Ilse Varga"}


def test_a_minister_whose_title_holds_a_speaker_s_word_is_a_party(analyse_text):
    text = ("After a phone call with President Amar Dule on Monday, Cabinet Secretary Lars Berg wrote on X that they "
            "had agreed on grain.")
    people, call = only_call(analyse_text(text, published="2025-09-30"))
    assert people == {"Amar Dule", "Lars Berg"}


@pytest.mark.parametrize("place", ["", " at his farm outside Vella,", " in his office,"])
def test_footage_of_someone_on_the_phone_reports_the_call(analyse_text, place):
    text = ("President Amar Dule on Saturday evening telephoned King Emil Sorn to congratulate him.\n\n"
            f"Vell Television aired footage of Mr Dule{place} speaking on the phone as an aide took notes.")
    _, call = only_call(analyse_text(text, published="2025-11-02"))
    assert [r.outlet for r in call.reports] == ["outlet:vell television"]


@pytest.mark.parametrize("question", ["Last question: would President Amar Dule take a call from King Emil Sorn today?",
                                      "And could President Amar Dule phone King Emil Sorn this week?",
                                      "Can President Amar Dule ever take a call from King Emil Sorn?"])
def test_a_modal_question_about_a_call_tells_none(analyse_text, question):
    text = ("Vell Radio: Has the President spoken with Premier Ilse Varga?\n\nAide: Yes, they spoke by phone on "
            f"Monday.\n\nVell Radio: {question}\n\nAide: The line is always open.")
    calls = {people for people, _ in calls_of(analyse_text(text, published="2024-06-20"))}
    assert frozenset({"Amar Dule", "Emil Sorn"}) not in calls


@pytest.mark.parametrize("question", [
    "Reporter: Would you say President Amar Dule's phone call with King Emil Sorn on Monday went well?",
    "Reporter: Can you tell us whether President Amar Dule's phone call with King Emil Sorn on Monday went well?",
])
def test_a_modal_question_taking_a_call_as_given_still_tells_it(analyse_text, question):
    _, call = only_call(analyse_text(f"{question}\n\nSpokesman: Very well.", published="2025-03-12"))
    assert call.status is CallStatus.OCCURRED and call.date == date(2025, 3, 10)


@pytest.mark.parametrize("when", ["in early October ", "on Monday ", ""])
def test_asked_for_a_call_with_a_date_between_and_no_answer_is_an_attempt(analyse_text, when):
    text = (f"Governor Lars Berg told reporters that his office had asked {when}for a telephone conversation with "
            "Premier Ilse Varga on fuel supplies and had received no answer.")
    _, call = only_call(analyse_text(text, published="2025-10-13"))
    assert call.status is CallStatus.ATTEMPTED and call.caller == "person:lars berg"


@pytest.mark.parametrize("tail", ["to congratulate her.", "because Vell is a neighbour.", "from the plane.", "and said so."])
def test_called_her_before_a_function_word_is_the_call_s_caller(analyse_text, tail):
    text = f"President Amar Dule spoke with Premier Ilse Varga on Saturday. He called her {tail}"
    _, call = only_call(analyse_text(text, published="2025-11-04"))
    assert call.caller == "person:amar dule"


def test_called_her_before_a_noun_is_still_a_naming(analyse_text):
    text = "President Amar Dule spoke with Premier Ilse Varga on Saturday. He called her plan a step forward."
    _, call = only_call(analyse_text(text, published="2025-11-04"))
    assert call.caller is None


@pytest.mark.parametrize("opener", ["Meanwhile", "Separately"])
def test_a_call_opened_by_meanwhile_is_at_the_time_of_the_call_told_before(analyse_text, opener):
    text = ("VELLA, 12th March (OTA) -- President Amar Dule received a phone call today from King Emil Sorn.\n\n"
            "The two discussed trade and the fisheries accord.\n\n"
            f"{opener}, Foreign Minister Ilse Varga received a phone call from Foreign Minister Lars Berg.")
    calls = {people: call for people, call in calls_of(analyse_text(text, published="2025-03-12"))}
    assert calls[frozenset({"Ilse Varga", "Lars Berg"})].date == date(2025, 3, 12)


def test_meanwhile_takes_no_day_of_a_call_told_long_before(analyse_text):
    text = ("President Amar Dule received a phone call on 2 March from King Emil Sorn. The two discussed trade. "
            "Talks on the accord went on for weeks. Fishermen protested in the harbour. Prices of fuel rose. "
            "Meanwhile, Foreign Minister Ilse Varga received a phone call from Foreign Minister Lars Berg.")
    calls = {people: call for people, call in calls_of(analyse_text(text, published="2025-03-12"))}
    assert calls[frozenset({"Ilse Varga", "Lars Berg"})].date is None


def test_on_the_phone_with_the_heads_of_states_then_the_first_call_from_one(analyse_text):
    text = ("President Ilse Varga spent her birthday on the phone with the heads of nearby states, her office "
            "said.\n\nThe first call came at dawn from King Emil Sorn.")
    people, call = only_call(analyse_text(text, published="2024-12-06"))
    assert people == {"Ilse Varga", "Emil Sorn"} and call.caller == "person:emil sorn"


@pytest.mark.parametrize("sentence, calls", [
    ("King Emil Sorn was first on the line, early in the morning.", {frozenset({"Ilse Varga", "Emil Sorn"})}),
    ("King Emil Sorn was the first on the line.", {frozenset({"Ilse Varga", "Emil Sorn"})}),
    # (a line of something else)
    ("King Emil Sorn was first on the line of succession.", set()),
])
def test_first_on_the_line_in_a_round_of_calls(analyse_text, sentence, calls):
    text = f"President Ilse Varga turned 60 on Monday and took calls all day. {sentence}"
    assert {people for people, _ in calls_of(analyse_text(text, published="2024-12-16"))} == calls


def test_an_honorific_alone_stands_for_the_one_it_named(analyse_text):
    text = ("Relief went out after Prime Minister Samdech Thipadei Hun Manet spoke with Premier Ilse Varga. "
            "Samdech Thipadei had rung her on Monday to offer help.")
    people, call = only_call(analyse_text(text, published="2025-08-28"))
    assert people == {"Hun Manet", "Ilse Varga"} and call.caller == "gaz:hun-manet"


@pytest.mark.parametrize("named, short, caller", [
    ("Prime Minister Samdech Moha Borvor Thipadei Hun Manet", "Samdech Thipadei", "gaz:hun-manet"),
    # (the gazetteer's alias holds the honorific: "Samdech Techo Hun Sen")
    ("Senate President Samdech Techo Hun Sen", "Samdech Techo", "gaz:hun-sen"),
])
def test_an_honorific_alone_stands_for_the_one_it_named_in_any_form(analyse_text, named, short, caller):
    text = f"{named} spoke on Monday. {short} then called President Ilse Varga."
    _, call = only_call(analyse_text(text, published="2025-03-14"))
    assert call.caller == caller


def test_no_such_conversation_between_the_two_denies_the_claim_told_before(analyse_text):
    text = ("The Vell Courier wrote on Wednesday that President Amar Dule had rung Prime Minister Emil Sorn "
            "that evening. Questioned on Friday, a palace aide answered: \"Wrong. The Courier got it wrong. No "
            "such conversation took place between President Amar Dule and Prime Minister Emil Sorn.\"")
    people, call = only_call(analyse_text(text, published="2025-04-27"))
    assert people == {"Amar Dule", "Emil Sorn"}
    assert call.status is CallStatus.DENIED and call.date == date(2025, 4, 23)


def test_no_such_call_with_no_claim_before_is_a_denial_of_its_own(analyse_text):
    text = ("President Amar Dule rang King Rasmus on Monday. Weeks later, aides said no such call took place "
            "between President Amar Dule and Prime Minister Emil Sorn.")
    found = {people: call.status for people, call in calls_of(analyse_text(text, published="2025-04-27"))}
    assert found == {frozenset({"Amar Dule", "Rasmus"}): CallStatus.OCCURRED,
                     frozenset({"Amar Dule", "Emil Sorn"}): CallStatus.DENIED}


def test_chief_adviser_is_a_leader_title(analyse_text):
    # ("the Chief Adviser" stands for the one the article names with the title)
    facts = analyse_text("Officials in Dhaka say the Chief Adviser rang Shehbaz Sharif, the Pakistani premier, on "
                         "Wednesday. Aides to Chief Adviser Muhammad Yunus declined to comment.", published="2025-04-27")
    people, call = only_call(facts)
    assert people == {"Muhammad Yunus", "Shehbaz Sharif"} and call.caller == "gaz:muhammad-yunus"


@pytest.mark.parametrize("words", ["nothing", "a lot", "little", "plenty"])
def test_having_things_to_talk_about_is_no_call(analyse_text, words):
    text = (f"An aide said Prime Minister Emil Sorn and President Amar Dule had {words} to talk about. "
            "The two have not talked on the phone since last winter, she added.")
    assert calls_of(analyse_text(text, published="2025-08-25")) == []


def test_a_conference_hosted_by_one_with_guests_named_after_the_place(analyse_text):
    text = ("On 13 August Prime Minister Emil Sorn took part in a video conference hosted by Chancellor Lars Berg "
            "in Vell with President Amar Dule, Ilse Varga of Norway and some other leaders, including King "
            "Rasmus of Sweden.")
    people, call = only_call(analyse_text(text, published="2025-08-25"))
    assert people == {"Emil Sorn", "Lars Berg", "Amar Dule", "Ilse Varga", "Rasmus"}
    assert call.medium is CallMedium.VIDEO and call.date == date(2025, 8, 13)


@pytest.mark.parametrize("partners", [
    "President Amar Dule, Ostria's Ilse Varga and King Rasmus",
    "President Amar Dule, Ilse Varga of Norway and King Rasmus",
    "President Amar Dule, Ilse Varga and several European leaders, including King Rasmus",
])
def test_a_list_of_partners_with_a_country_s_possessive_or_a_group_s_members(analyse_text, partners):
    text = f"Prime Minister Emil Sorn held a video call with {partners} on Monday."
    people, _ = only_call(analyse_text(text, published="2025-08-25"))
    assert people == {"Emil Sorn", "Amar Dule", "Ilse Varga", "Rasmus"}


def test_for_x_the_pronoun_of_the_clause_after_is_x(analyse_text):
    text = ("President Emil Sorn took office on 6 August. Prime Minister Tomas Hale has spent his week on the line "
            "with Vell: days ago, he and Chancellor Lars Berg talked on the phone about migrants.\n\n"
            "For Sorn, the big test came in mid-August, when he dialled into a video call hosted by Berg.")
    found = {people for people, _ in calls_of(analyse_text(text, published="2025-08-25"))}
    assert frozenset({"Emil Sorn", "Lars Berg"}) in found
    assert not any("Tomas Hale" in people and len(people) > 2 for people in found)


def test_two_who_spoke_with_a_third_by_phone_spoke_with_the_third(analyse_text):
    text = ("Prime Minister Emil Sorn and President Amar Dule spoke with Chancellor Ilse Varga by phone on Tuesday "
            "after the floods.\n\n"
            "Sorn rang Varga early on Tuesday, the news agency said.\n\n"
            "Later that day Varga had a telephone conversation with Dule, who offered help.")
    found = {people for people, _ in calls_of(analyse_text(text, published="2025-08-26"))}
    assert found == {frozenset({"Emil Sorn", "Ilse Varga"}), frozenset({"Amar Dule", "Ilse Varga"})}


@pytest.mark.parametrize("opener", ["about", "regarding"])
def test_a_plan_the_talk_was_about_is_no_plan_of_the_call(analyse_text, opener):
    text = (f"Days ago, Prime Minister Tomas Hale and Chancellor Lars Berg talked by phone {opener} the planned "
            "summit of the Vell group and about migrants, the Vell Courier wrote.")
    people, call = only_call(analyse_text(text, published="2025-08-25"))
    assert people == {"Tomas Hale", "Lars Berg"} and call.status is CallStatus.OCCURRED


def test_a_headline_s_counterpart_of_an_unnamed_minister_is_the_counterpart_named_below(analyse_text):
    text = ("Interior Minister gets call from Lebanese counterpart\n\n"
            "Interior Minister Emil Sorn got a call on Monday night from his Lebanese counterpart Lars Berg.\n\n"
            "Separately, Foreign Minister Tomas Hale talked with Lebanese Prime Minister Nawaf Salam by phone on "
            "Monday about the border.")
    found = {people for people, _ in calls_of(analyse_text(text, published="2025-03-18"))}
    assert found == {frozenset({"Emil Sorn", "Lars Berg"}), frozenset({"Tomas Hale", "Nawaf Salam"})}


def test_i_called_a_name_with_a_particle_names_the_one_called(analyse_text):
    text = "Defense Minister Emil Sorn said: \"I called Tamir Abu Vessa on Monday evening. We spoke for an hour.\""
    people, call = only_call(analyse_text(text, published="2025-03-20"))
    assert people == {"Emil Sorn", "Tamir Abu Vessa"} and call.caller == "person:emil sorn"


def test_a_blessing_after_the_name_is_no_plan(analyse_text):
    text = "King Rasmus, may God keep him, had a telephone conversation on Tuesday with President Amara Dule."
    people, call = only_call(analyse_text(text, published="2024-07-02"))
    assert people == {"Rasmus", "Amara Dule"} and call.status is CallStatus.OCCURRED
    people, call = only_call(analyse_text("King Rasmus may phone President Amara Dule on Friday.", published="2024-07-02"))
    assert call.status is CallStatus.PLANNED


def test_the_communique_carried_by_an_agency_paragraphs_later_reports_its_call(analyse_text):
    text = ("King Rasmus placed a call late on Tuesday to President Amara Dule to wish her well, according to a "
            "Royal Cabinet communiqué.\n\n"
            "Ostria's election board gave the results on Monday.\n\n"
            "The Royal Cabinet communiqué was relayed the same night by the Vell News Agency.")
    _, call = only_call(analyse_text(text, published="2024-07-02", outlet="Vell Herald"))
    assert [r.outlet for r in call.reports] == ["outlet:vell news agency"]


def test_when_the_leaders_speak_we_will_inform_is_no_plan(analyse_text):
    text = ("A spokesman denied a report in the daily Vell Herald that King Emil Sorn had rung President Amar Dule "
            "on the night of her swearing-in, which was on Wednesday. \"There was no such conversation on "
            "Wednesday. When the two leaders talk, we will let the public know,\" the spokesman said.")
    people, call = only_call(analyse_text(text, published="2025-08-08"))
    assert people == {"Emil Sorn", "Amar Dule"}
    assert call.status is CallStatus.DENIED and call.date == date(2025, 8, 6)


def test_footage_aired_by_a_broadcaster_s_info_channel_reports_the_call(analyse_text):
    text = ("President Amar Dule has held a phone call with King Emil Sorn, her office said. It took place on "
            "Thursday, the office said, and it put a picture on X of Dule at her desk, phone in hand. The public "
            "broadcaster VTV Info showed the same footage on its late news.")
    _, call = only_call(analyse_text(text, published="2025-08-08"))
    assert {r.outlet for r in call.reports} >= {"outlet:vtv info"}


@pytest.mark.parametrize("text, found", [
    # a name between "when" and the verb: a plan, whatever its status
    ("When President Amar Dule calls King Rasmus, they will discuss the border, an aide said.",
     {frozenset({"Amar Dule", "Rasmus"})}),
    # a claim of another day is not denied by a denial of Wednesday
    ("The Vell Courier wrote that President Amar Dule had rung King Emil Sorn on Tuesday. \"There was no such "
     "conversation on Wednesday,\" aides said.", {frozenset({"Amar Dule", "Emil Sorn"})}),
])
def test_denials_and_promises_that_leave_a_call_alone(analyse_text, text, found):
    calls = calls_of(analyse_text(text, published="2025-08-08"))
    assert {people for people, _ in calls} == found
    assert all(call.status is not CallStatus.DENIED for _, call in calls)


def test_a_topic_with_a_day_denies_no_call(analyse_text):
    text = ("The Vell Courier wrote that President Amar Dule had phoned King Emil Sorn. Aides said there was no "
            "conversation about Monday's vote.")
    _, call = only_call(analyse_text(text, published="2025-08-08"))
    assert call.status is CallStatus.OCCURRED


def test_no_such_conversation_naming_the_two_and_a_day_denies_the_undated_claim(analyse_text):
    text = ("The Vell Courier wrote that President Amar Dule had rung King Emil Sorn. No such conversation took place "
            "between Dule and Sorn on Wednesday, aides said.")
    _, call = only_call(analyse_text(text, published="2025-08-08"))
    assert call.status is CallStatus.DENIED and call.date == date(2025, 8, 6)


def test_a_plan_after_the_topic_of_a_call_is_its_plan(analyse_text):
    text = "Dule's call with King Rasmus about the border is scheduled for Friday, President Amar Dule's office said."
    _, call = only_call(analyse_text(text, published="2025-08-25"))
    assert call.status is CallStatus.PLANNED and call.date == date(2025, 8, 29)


@pytest.mark.parametrize("tail", [
    "and praised the Nordic leaders, including King Rasmus, for their restraint.",
    "and discussed several issues, including King Rasmus's visit.",
])
def test_members_of_a_group_outside_the_list_of_partners_are_not_partners(analyse_text, tail):
    text = f"Prime Minister Emil Sorn held a video call with President Amar Dule {tail}"
    people, _ = only_call(analyse_text(text, published="2025-08-25"))
    assert people == {"Emil Sorn", "Amar Dule"}


def test_group_members_with_no_comma_before_including(analyse_text):
    text = ("Prime Minister Emil Sorn held a video call with President Amar Dule, Ilse Varga and several other "
            "leaders including King Rasmus on Monday.")
    people, _ = only_call(analyse_text(text, published="2025-08-25"))
    assert people == {"Emil Sorn", "Amar Dule", "Ilse Varga", "Rasmus"}


def test_for_x_then_a_pronoun_is_someone_acting_for_x(analyse_text):
    text = ("President Emil Sorn took office on 6 August. Chancellor Lars Berg rarely makes calls himself. For "
            "Sorn, he made an exception: he phoned King Rasmus on Monday.")
    people, _ = only_call(analyse_text(text, published="2025-08-25"))
    assert people == {"Lars Berg", "Rasmus"}


def test_a_headline_s_counterpart_is_not_another_minister_s(analyse_text):
    text = ("Interior Minister gets call from Lebanese counterpart\n\n"
            "Interior Minister Emil Sorn got a call on Monday night from the Lebanese interior minister.\n\n"
            "Last year, Defence Minister Tomas Hale hosted his Lebanese counterpart Lars Berg in Vell.")
    assert calls_of(analyse_text(text, published="2025-03-18")) == []


def test_a_communique_carried_is_only_the_one_of_its_source(analyse_text):
    text = ("King Rasmus phoned President Amara Dule on Tuesday, according to a Royal Cabinet communiqué. Ilse "
            "Varga rang Emil Sorn on Monday, a Foreign Ministry communiqué in Ostria said. The Royal Cabinet's "
            "communiqué, issued late at night, was quickly relayed by the Vell News Agency.")
    found = {people: sorted(r.outlet for r in call.reports) for people, call in calls_of(analyse_text(text, published="2025-03-20"))}
    assert found == {frozenset({"Rasmus", "Amara Dule"}): ["outlet:vell news agency"],
                     frozenset({"Ilse Varga", "Emil Sorn"}): []}


def test_owing_much_to_calls_between_two_is_their_call(analyse_text):
    people, _ = only_call(analyse_text("The deal owed much to calls between President Amar Dule and King Rasmus "
                                       "last week.", published="2025-08-25"))
    assert people == {"Amar Dule", "Rasmus"}


@pytest.mark.parametrize("host, people", [
    # (a place in lower case after "in")
    ("Chancellor Lars Berg in the capital with President Amar Dule and King Rasmus",
     {"Emil Sorn", "Lars Berg", "Amar Dule", "Rasmus"}),
    # (one beside the host, in the room)
    ("Chancellor Lars Berg from Vell with President Amar Dule at his side", {"Emil Sorn", "Lars Berg"}),
])
def test_guests_of_a_host_only_after_the_host_s_place(analyse_text, host, people):
    text = f"Prime Minister Emil Sorn joined a video call hosted by {host}."
    found, _ = only_call(analyse_text(text, published="2025-08-25"))
    assert found == people


def test_a_relative_clause_between_the_partner_and_by_phone(analyse_text):
    text = ("Foreign Minister Emil Sorn means to follow up with his Ostrian counterpart Lars Berg, who stayed on in "
            "the new government, by telephone next week.")
    people, call = only_call(analyse_text(text, published="2021-02-16"))
    assert people == {"Emil Sorn", "Lars Berg"} and call.status is CallStatus.PLANNED


def test_footage_of_one_of_the_call_s_people_aired_a_paragraph_later_reports_it(analyse_text):
    text = ("Prime Minister Amar Dule telephoned King Rasmus on Monday, her office said.\n\n"
            "Ties between the two kingdoms have been tense for years.\n\n"
            "VLTV aired footage of Dule at her desk, receiver in hand, in its late bulletin.")
    _, call = only_call(analyse_text(text, published="2021-02-16"))
    assert [r.outlet for r in call.reports] == ["outlet:vltv"]


def test_a_chief_executive_named_by_the_family_name_before_a_given_name_of_two_syllables(analyse_text):
    text = ("Chief Executive Tomas Vell Ka-ming took a string of calls on Thursday.\n\n"
            "The first came from Governor Lars Berg, who telephoned Vell at noon.")
    people, call = only_call(analyse_text(text, published="2025-11-28"))
    assert people == {"Tomas Vell Ka-ming", "Lars Berg"} and call.caller == "person:lars berg"


def test_an_abbreviation_with_full_stops_before_counterpart(analyse_text):
    text = "Premier Amar Dule told reporters that he had phoned his P.N.G. counterpart, Lars Berg, on Sunday."
    people, call = only_call(analyse_text(text, published="2021-03-02"))
    assert people == {"Amar Dule", "Lars Berg"} and call.caller == "person:amar dule"


def test_a_headline_s_short_name_of_a_romanised_name_is_the_story_s_person(analyse_text):
    text = ("Ostria offers help in call with John Lee\n\n"
            "President Ilse Varga yesterday telephoned her Vell counterpart, John Lee Ka-ming, to convey condolences.")
    facts = analyse_text(text, published="2025-11-28")
    assert {e.name for e in facts.entities if e.kind is EntityKind.PERSON} == {"John Lee Ka-ming"}
    people, _ = only_call(facts)
    assert people == {"Ilse Varga", "John Lee Ka-ming"}


@pytest.mark.parametrize("after", [
    "The pair talked for two hours, including over lunch.",
    "The pair talked for two hours. It was their first formal meeting.",
])
def test_leaders_who_spoke_over_lunch_or_at_a_meeting_held_no_call(analyse_text, after):
    text = f"Prime Minister Amar Dule and King Rasmus have signed a trade pact in Vell. {after}"
    assert calls_of(analyse_text(text, published="2025-10-21")) == []


def test_a_subject_before_a_long_description_in_commas(analyse_text):
    text = ("Vice Premier Amar Dule, also a member of the standing committee of the ruling council of the republic "
            "and the government's chief person for all trade, economic and financial affairs with Ostria and its "
            "allies, held a video call on Saturday with Treasury Secretary Lars Berg and Trade Representative "
            "Ilse Varga.")
    people, call = only_call(analyse_text(text, published="2025-10-18"))
    assert people == {"Amar Dule", "Lars Berg", "Ilse Varga"} and call.medium is CallMedium.VIDEO


def test_the_family_name_alone_of_a_romanised_name_is_the_subject_of_a_call(analyse_text):
    text = ("Chief Executive John Lee Ka-ming took a string of calls on Thursday.\n\n"
            "Lee spoke with Governor Lars Berg by phone at noon.")
    people, _ = only_call(analyse_text(text, published="2025-11-28"))
    assert people == {"John Lee Ka-ming", "Lars Berg"}


def test_a_word_of_a_hyphened_surname_alone_is_no_one(analyse_text):
    text = ("Prime Minister Amar Tala al-Vessa met tribal leaders in the capital on Sunday.\n\n"
            "President Lars Berg later spoke by phone with Tala and Ostrian clerics.")
    assert calls_of(analyse_text(text, published="2025-03-10")) == []


def test_a_noun_s_with_before_a_relative_clause_names_no_partner(analyse_text):
    text = ("President Ilse Varga congratulated Emil Sorn on his pact with Lars Berg, who stayed on as premier, by "
            "telephone on Monday.")
    assert not any("Lars Berg" in people for people, _ in calls_of(analyse_text(text, published="2021-02-16")))


@pytest.mark.parametrize("later", [
    "On Wednesday, VLTV aired footage of Dule touring flooded villages in the north.",
    "The ODP aired a campaign advert attacking Dule.",
])
def test_footage_of_something_else_or_an_advert_reports_no_call(analyse_text, later):
    text = f"Prime Minister Amar Dule telephoned King Rasmus on Monday, her office said.\n\n{later}"
    _, call = only_call(analyse_text(text, published="2021-02-16"))
    assert call.reports == ()


@pytest.mark.parametrize("opening", ["President Amar Dule, in a short call he made to Prime Minister Lars Berg on "
                                     "Monday, offered condolences.",
                                     "In a short call he made to Prime Minister Lars Berg on Monday, President Amar "
                                     "Dule offered condolences."])
def test_a_call_a_pronoun_made_to_someone_was_placed_by_the_other(analyse_text, opening):
    people, call = only_call(analyse_text(opening, published="2025-07-18"))
    assert people == {"Amar Dule", "Lars Berg"} and call.caller == "person:amar dule"


def test_a_month_of_an_event_to_be_held_is_no_day_of_the_call(analyse_text):
    text = ("President Amar Dule spoke by phone on Monday with Prime Minister Emil Sorn. During the conversation, "
            "Dule invited Sorn to attend the trade summit, to be held in Vell in July.")
    _, call = only_call(analyse_text(text, published="2018-06-18"))
    assert call.date == date(2018, 6, 18)


def test_a_bare_highness_is_the_subject_honoured_before_not_the_one_after_of(analyse_text):
    text = ("VELL, July 19 (VNA) -- His Highness the Crown Prince Sheikh Amar Dule received today a phone call from "
            "King Rasmus, who prayed for His Highness the Amir Sheikh Emil Sorn.\n\n"
            "His Highness also took a phone call from President Tomas Hale.")
    found = sorted(sorted(p) for p, _c in calls_of(analyse_text(text, published="2020-07-20")))
    assert found == [["Amar Dule", "Rasmus"], ["Amar Dule", "Tomas Hale"]]


def test_the_crown_prince_of_kuwait_in_2020_is_nawaf(analyse_text):
    text = ("KUWAIT, July 19 (KUNA) -- Saudi Crown Prince Mohammed bin Salman phoned Sheikh Nawaf Al-Ahmad on Sunday. "
            "Emir Tamim bin Hamad also called His Highness the Crown Prince on Sunday.")
    found = [c.participants for c in analyse_text(text, published="2020-07-20").calls]
    assert ("gaz:nawaf-al-ahmad", "gaz:tamim-bin-hamad") in found
    assert not any("gaz:tamim-bin-hamad" in p and "gaz:mohammed-bin-salman" in p for p in found)


def test_a_title_after_the_comma_of_counterparts_keeps_the_list(analyse_text):
    text = ("Minister of Foreign Affairs Amar Dule took part on Sunday in a video conference with his Ostrian, Vellish and "
            "Norran counterparts, Prince Emil Sorn, Ilse Varga and Dr. Lars Berg.")
    people, _ = only_call(analyse_text(text, published="2020-07-20"))
    assert people == {"Amar Dule", "Emil Sorn", "Ilse Varga", "Lars Berg"}


@pytest.mark.parametrize("text", [
    "Arrangements are being made for a phone call between Prime Minister Ilse Varga and President Amar Dule.",
    "A phone call between Prime Minister Ilse Varga and President Amar Dule is under consideration, aides said.",
])
def test_arrangements_and_consideration_plan_a_call(analyse_text, text):
    _, call = only_call(analyse_text(text, published="2025-12-02"))
    assert call.status is CallStatus.PLANNED


@pytest.mark.parametrize("text", [
    "REPORTER: Is a telephone talk between Prime Minister Ilse Varga and President Amar Dule under consideration?\n\n"
    "CHIEF SECRETARY LARS BERG: I will not speculate on the diary.",
    "REPORTER: On Vellmark, has Prime Minister Ilse Varga spoken with President Amar Dule recently?\n\n"
    "CHIEF SECRETARY SORN: The Prime Minister had a meeting with President Dule in Vell at the end of October. For "
    "now, no telephone talk is scheduled.",
    "Prime Minister Ilse Varga met President Amar Dule in Vell in October. No phone call between the two is planned.",
])
def test_a_question_left_unanswered_or_a_plan_denied_is_no_call(analyse_text, text):
    assert calls_of(analyse_text(text, published="2025-12-02")) == []


def test_no_telephone_talk_denies_the_claim_a_question_reported(analyse_text):
    text = ("REPORTER: A newspaper reported on Saturday that President Amar Dule telephoned Prime Minister Ilse Varga "
            "last month. Can you confirm it?\n\n"
            "SPOKESMAN LARS BERG: I have seen the report, but it is not a fact. No telephone talk has taken place "
            "between the Prime Minister and that person.")
    _, call = only_call(analyse_text(text, published="2025-12-02"))
    assert call.status is CallStatus.DENIED


def test_a_named_outlet_s_report_dismissed_is_denied_with_no_day(analyse_text):
    text = ("Spokeswoman Lars Berg on Tuesday dismissed a Vell Times report that President Amar Dule had spoken by "
            "phone with Prime Minister Ilse Varga.")
    _, call = only_call(analyse_text(text, published="2025-12-02"))
    assert call.status is CallStatus.DENIED and call.date is None


def test_one_who_joined_a_partner_in_the_call_is_on_it(analyse_text):
    text = ("President Amar Dule held a video call with Prime Minister Ilse Varga on Tuesday. Foreign Minister Lars "
            "Berg joined Dule in the call from the palace.")
    people, _ = only_call(analyse_text(text, published="2025-03-14"))
    assert people == {"Amar Dule", "Ilse Varga", "Lars Berg"}


def test_a_reported_clause_with_a_subject_of_its_own_takes_no_pronoun_before(analyse_text):
    text = ("President Amar Dule phoned King Rasmus on Monday.\n\nMeanwhile, the man who claims he won the vote says "
            "the ministry has tried to reach him.")
    _, call = only_call(analyse_text(text, published="2025-03-14"))
    assert call.status is CallStatus.OCCURRED


def test_a_weak_denial_after_the_claim_denies_it(analyse_text):
    text = ("The tabloid Kurjer reported on Sunday that Prime Minister Ilse Varga had phoned President Amar Dule over "
            "the holiday. On Monday the press office told an agency that \"no conversation between President Dule and "
            "Prime Minister Varga has taken place\".")
    _, call = only_call(analyse_text(text, published="2025-04-25"))
    assert call.status is CallStatus.DENIED and call.caller == "person:ilse varga"


def test_a_two_person_negation_does_not_dispute_their_call_of_three(analyse_text):
    text = ("The deal was sealed on Thursday during a three-way phone call between President Amar Dule, Premier Ilse "
            "Varga and King Rasmus. Dule said on Thursday night that he had not spoken to the king one on one yet, but "
            "hoped to do so soon.")
    people, call = only_call(analyse_text(text, published="2020-08-14"))
    assert people == {"Amar Dule", "Ilse Varga", "Rasmus"} and call.status is CallStatus.OCCURRED


def test_a_weak_denial_with_a_day_of_its_own_is_of_another_call(analyse_text):
    text = ("Minister Lars Berg said in an interview broadcast on Saturday that he spoke by phone with Minister Emil "
            "Sorn on Thursday. \"Minister Berg has had one conversation with Minister Sorn, on Thursday,\" a spokesman "
            "said. \"There was no second call.\"")
    assert any(call.status is CallStatus.OCCURRED for _p, call in calls_of(analyse_text(text, published="2020-01-12")))


def test_a_clip_posted_of_a_call_keeps_the_poster_as_subject(analyse_text):
    text = "President Amar Dule posted a brief clip from his video call with Premier Ilse Varga on Instagram today."
    people, _ = only_call(analyse_text(text, published="2025-12-24"))
    assert people == {"Amar Dule", "Ilse Varga"}


@pytest.mark.parametrize("text, status", [
    ("President Amar Dule told the press the talks were over and later phoned King Rasmus.", CallStatus.OCCURRED),
    ("Spokeswoman Lars Berg dismissed a Vell Times report that President Amar Dule was ill and said he phoned "
     "King Rasmus on Monday.", CallStatus.OCCURRED),
    ("Spokeswoman Lars Berg dismissed a front-page Kurjer report that President Amar Dule had phoned King Rasmus.",
     CallStatus.DENIED),
    ("President Amar Dule told King Rasmus during a phone call on Monday that the request was under consideration.",
     CallStatus.OCCURRED),
    ("No phone call between President Amar Dule and King Rasmus took place on Monday despite one being arranged.",
     CallStatus.DENIED),
    ("Reporter: Is President Amar Dule happy with his phone call with King Rasmus on Monday?\n\n"
     "LARS BERG: He has said what he thinks.", CallStatus.OCCURRED),
])
def test_the_round_s_rules_keep_to_their_constructions(analyse_text, text, status):
    calls = [call for _p, call in calls_of(analyse_text(text, published="2025-03-14"))]
    assert [call.status for call in calls] == [status]


def test_a_call_the_text_tells_is_not_denied_by_a_later_since(analyse_text):
    text = ("President Amar Dule phoned Prime Minister Ilse Varga on Monday. Since then, no conversation between Dule "
            "and Varga has taken place.")
    assert any(call.status is CallStatus.OCCURRED and call.date == date(2025, 3, 10)
               for _p, call in calls_of(analyse_text(text, published="2025-03-14")))


def test_a_denial_verb_of_no_report_leaves_the_day(analyse_text):
    text = ("President Amar Dule on Monday rejected the offer in a phone call with King Rasmus, the palace said on "
            "Wednesday.")
    _, call = only_call(analyse_text(text, published="2025-03-14"))
    assert call.date == date(2025, 3, 10)


def test_a_turkish_given_name_makes_a_person(analyse_text):
    text = "Speaking to reporters outside his office, Tufan Demirel said he would speak by phone with King Rasmus on Friday."
    people, call = only_call(analyse_text(text, published="2025-10-19"))
    assert people == {"Tufan Demirel", "Rasmus"} and call.status is CallStatus.PLANNED


def test_a_writer_on_a_credit_line_with_a_note_is_no_antecedent(analyse_text):
    text = ("LIVE: Vote count in Vell\n\nReporting by Ana Lind in Vell and Lars Berg in the north. Times are local.\n\n"
            "23:40\nSpeaking to reporters outside his office, Zorgu Blimpkaya said he would speak by phone with King "
            "Rasmus on Friday.")
    assert not any("Lars Berg" in people for people, _c in calls_of(analyse_text(text, published="2025-10-19")))


@pytest.mark.parametrize("text, statuses", [
    ("JOURNALIST (Ana Lind, Vell TV): Is a call with President Amar Dule planned, given the statements from "
     "Ostria?\n\nP. BERG: We have nothing in the diary for now.", []),
    ("JOURNALIST (Ana Lind, Vell TV): Mr Berg, the newspaper Kurjer reported this morning that Premier Ilse Varga "
     "called President Amar Dule last night. Can you confirm this?\n\nP. BERG: No, that is not true. The Premier "
     "has not spoken with him.", [CallStatus.DENIED]),
])
def test_a_question_label_with_a_name_and_an_outlet_and_an_initialled_answer(analyse_text, text, statuses):
    assert [c.status for _p, c in calls_of(analyse_text(text, published="2025-10-20"))] == statuses


def test_a_relative_clause_holding_a_clause_of_its_own_leaves_the_subject_before(analyse_text):
    text = ("Vice President Amar Dule, who is acting president while Ilse Varga is abroad, held a phone call with "
            "Lars Berg.")
    people, _ = only_call(analyse_text(text, published="2025-03-28"))
    assert people == {"Amar Dule", "Lars Berg"}


def test_talks_a_place_names_after_the_article_are_definite(analyse_text):
    text = ("Premier Ilse Varga and President Amar Dule will hold a telephone call soon to settle the agenda for the "
            "Vellmark talks.")
    _, call = only_call(analyse_text(text, published="2025-03-28"))
    assert call.status is CallStatus.PLANNED


def test_a_summit_of_a_bloc_held_virtually_is_a_call(analyse_text):
    text = ("President Amar Dule phoned King Rasmus on Sunday. Dule took part in a special summit of the regional "
            "bloc held virtually on 12 March, chaired by President Ilse Varga and attended online by President Lars "
            "Berg.")
    found = {frozenset(p): c.date for p, c in calls_of(analyse_text(text, published="2025-03-24"))}
    assert found[frozenset({"Amar Dule", "Ilse Varga", "Lars Berg"})] == date(2025, 3, 12)


def test_a_part_of_the_day_before_the_weekday_after_an_undated_event_gives_no_day(analyse_text):
    text = "Premier Ilse Varga rang President Amar Dule late on the Friday after the summit to agree a line."
    _, call = only_call(analyse_text(text, published="2025-10-28"))
    assert call.date is None


def test_a_readout_s_dated_title_anchors_this_afternoon(analyse_text):
    text = ("Varga and Dule discuss drones\n\nBy Tom Hale\n\nThe two leaders spoke about drones, officials said.\n\n"
            "Premier's call with President Amar Dule: 6 November 2025\n\n"
            "Premier Ilse Varga spoke to President Amar Dule this afternoon.")
    assert {c.date for _p, c in calls_of(analyse_text(text, published="2025-11-07"))} == {date(2025, 11, 6)}


def test_a_day_in_a_relative_clause_closed_before_the_verb_is_not_the_call_s(analyse_text):
    text = ("President Amar Dule, who took his oath before the court yesterday, has received a telephone call from King "
            "Rasmus, his office said.")
    _, call = only_call(analyse_text(text, published="2025-03-14"))
    assert call.date is None


@pytest.mark.parametrize("text, found", [
    ("Ilse Varga praised King Rasmus, who had sent aid, while the foreign ministry, in a rare move, phoned Lars "
     "Berg.", []),
    ("The meeting of President Amar Dule and King Rasmus held virtually no surprises. Separately, Ilse Varga "
     "phoned Lars Berg.", [["Ilse Varga", "Lars Berg"]]),
])
def test_round_22_rules_keep_to_their_constructions(analyse_text, text, found):
    assert sorted(sorted(p) for p, _c in calls_of(analyse_text(text, published="2025-03-14"))) == found


def test_an_adverb_after_the_perfect_auxiliary_keeps_the_relative_clause_s_day_out(analyse_text):
    text = ("President Amar Dule, who was sworn in yesterday, has also received a telephone call from King Rasmus, his "
            "office said.")
    _, call = only_call(analyse_text(text, published="2025-03-14"))
    assert call.date is None


def _named_calls(facts):
    names = {e.key: e.name for e in facts.entities}
    return {frozenset(p): (c, {names[r.outlet] for r in c.reports}, names.get(c.caller)) for p, c in calls_of(facts)}


@pytest.mark.parametrize("text", [
    # the quotation opens its sentence, the sentence before has its speaker saying something
    ("President Emil Sorn spoke to Vell Radio on Tuesday morning. Questioned on foreign support, he said his "
     "neighbour had moved fast. \"Prime Minister Amar Dule called me yesterday afternoon. His only question was "
     "what we lacked.\" He then left for the coast."),
    # a pronoun saying the quotation, named in the sentence before
    ("President Emil Sorn gave an interview to Vell Radio this morning. He said: \"Prime Minister Amar Dule "
     "called me yesterday afternoon.\""),
])
def test_me_in_a_quotation_is_the_speaker_the_sentences_before_name(analyse_text, text):
    found = _named_calls(analyse_text(text, published="2026-03-10"))
    call, _, caller = found[frozenset({"Amar Dule", "Emil Sorn"})]
    assert caller == "Amar Dule" and call.date == date(2026, 3, 9)


def test_a_quotation_after_narration_that_says_nothing_has_no_speaker(analyse_text):
    text = ("President Emil Sorn toured the flooded valley this morning. The water had risen overnight. "
            "\"Prime Minister Amar Dule called me yesterday afternoon.\"")
    assert frozenset({"Amar Dule", "Emil Sorn"}) not in _named_calls(analyse_text(text, published="2026-03-10"))


@pytest.mark.parametrize("text", [
    ("Prime Minister Amar Dule hosted the Northern Forum summit today in virtual format. Among the leaders who "
     "spoke were President Emil Sorn and Prime Minister Ilse Varga. The proceedings were carried in full by Vell "
     "TV."),
    ("Prime Minister Amar Dule hosted the Northern Forum summit today in virtual format. The summit was held in "
     "virtual mode, with forty countries taking part. In the opening session, we heard from several leaders of the "
     "region, including President Emil Sorn and Prime Minister Ilse Varga."),
])
def test_the_speakers_of_a_virtual_summit_are_on_its_call(analyse_text, text):
    found = _named_calls(analyse_text(text, published="2026-03-10"))
    assert set(found) == {frozenset({"Amar Dule", "Emil Sorn", "Ilse Varga"})}
    if "Vell TV" in text:
        assert found[frozenset({"Amar Dule", "Emil Sorn", "Ilse Varga"})][1] == {"Vell TV"}


def test_the_speakers_of_a_summit_met_in_person_are_no_call(analyse_text):
    text = ("Prime Minister Amar Dule flew to Vell today for the Northern Forum summit. In the opening session, we "
            "heard from President Emil Sorn and Prime Minister Ilse Varga.")
    assert _named_calls(analyse_text(text, published="2026-03-10")) == {}


def test_a_bare_capitalised_title_stands_for_the_prime_minister_named_plainly(analyse_text):
    text = ("Calls keep coming for the new premier\n\nPrime Minister Ilse Varga has taken a string of phone calls "
            "since taking office on Tuesday. On Wednesday, Norway's Prime Minister Lars Berg spoke to Ms Varga over "
            "the phone, the Vell Post reported. Finland's President Emil Sorn plans to phone the Prime Minister in the "
            "coming days, an official said.")
    found = _named_calls(analyse_text(text, published="2026-03-12", outlet="Daily Mirror"))
    assert frozenset({"Emil Sorn", "Ilse Varga"}) in found and frozenset({"Emil Sorn", "Lars Berg"}) not in found


def test_an_outlet_s_reporting_clause_after_a_comma_is_no_apposition(analyse_text):
    text = ("President Emil Sorn spoke to Prime Minister Ilse Varga over the phone on Monday, the Vell Courier "
            "reported. The two leaders discussed trade and cooperation within VELNET, the newspaper said.")
    facts = analyse_text(text, published="2026-03-10")
    assert "VELNET" not in {e.name for e in facts.entities if e.kind is EntityKind.OUTLET}
    assert _named_calls(facts)[frozenset({"Emil Sorn", "Ilse Varga"})][1] == {"Vell Courier"}


def test_the_publisher_s_sign_off_by_its_initials_credits_no_call(analyse_text):
    text = ("HANOI - President Emil Sorn held phone talks with Prime Minister Ilse Varga on Monday, the Vietnam "
            "News Agency reported. Both sides hope to hold a meeting by spring. - VNS")
    found = _named_calls(analyse_text(text, published="2026-03-10", outlet="Việt Nam News"))
    assert found[frozenset({"Emil Sorn", "Ilse Varga"})][1] == {"Vietnam News Agency"}


@pytest.mark.parametrize("text", [
    ("Prime Minister Amar Dule held phone talks with President Emil Sorn on Monday. The call came a day after "
     "Lars Berg, President of the Senate, spoke with Emil Sorn by telephone on Sunday."),
    ("Prime Minister Amar Dule held phone talks with President Emil Sorn on Monday. The call came a day after "
     "Lars Berg, Speaker of the Senate and leader of the Vell Party, spoke with Emil Sorn by telephone on "
     "Sunday."),
])
def test_a_subject_after_a_clause_opening_after_keeps_its_apposition(analyse_text, text):
    found = _named_calls(analyse_text(text, published="2026-03-11"))
    assert found[frozenset({"Emil Sorn", "Lars Berg"})][0].date == date(2026, 3, 8)


def test_a_second_person_named_in_the_phrase_after_after_is_no_subject(analyse_text):
    text = ("Prime Minister Amar Dule held phone talks with President Emil Sorn on Monday, a day after Lars Berg, "
            "the envoy of Ilse Varga, spoke with Sorn by telephone.")
    assert frozenset({"Emil Sorn", "Ilse Varga"}) not in _named_calls(analyse_text(text, published="2026-03-11"))


@pytest.mark.parametrize("text, status", [
    ("President Amar Dule rang Premier Ilse Varga twice on Friday. She did not pick up.", CallStatus.ATTEMPTED),
    ("Premier Ilse Varga rang President Amar Dule on Friday night. He did not answer.", CallStatus.ATTEMPTED),
    ("Premier Ilse Varga rang President Amar Dule on Friday night. He did not answer questions about the border.",
     CallStatus.OCCURRED),
])
def test_a_callee_who_did_not_pick_up_makes_the_call_attempted(analyse_text, text, status):
    _, call = only_call(analyse_text(text, published="2026-03-10"))
    assert call.status is status


@pytest.mark.parametrize("text, pairs", [
    ("President Amar Dule on Sunday phoned King Rasmus and Premier Ilse Varga to thank them, in two separate calls.",
     {frozenset({"Amar Dule", "Rasmus"}), frozenset({"Amar Dule", "Ilse Varga"})}),
    ("President Amar Dule thanked King Rasmus, Premier Ilse Varga and Chancellor Lars Berg for their help in three "
     "calls on Sunday.", {frozenset({"Amar Dule", "Rasmus"}), frozenset({"Amar Dule", "Ilse Varga"}),
                          frozenset({"Amar Dule", "Lars Berg"})}),
])
def test_a_count_of_separate_calls_in_an_adjunct_pairs_no_objects(analyse_text, text, pairs):
    assert set(_named_calls(analyse_text(text, published="2026-03-10"))) == pairs


def test_a_bare_title_of_an_office_after_a_fronted_phrase_is_its_holder(analyse_text):
    text = ("THIMPHU - Lyonchhoen Pema Torvel joined the Third Northern Forum Summit via video conference from "
            "Thimphu yesterday.\n\nOn the eve of the summit, Lyonchhoen had held a phone call with Vellmark's "
            "Foreign Minister Lars Berg.")
    found = _named_calls(analyse_text(text, published="2026-03-10"))
    assert found[frozenset({"Pema Torvel", "Lars Berg"})][0].date == date(2026, 3, 8)


@pytest.mark.parametrize("text", [
    ("VELLMARK - The Northern Forum summit opened in Vell on Monday. On the eve of the summit, Prime Minister Amar "
     "Dule spoke over the phone with President Emil Sorn."),
    ("Prime Minister Amar Dule joined the Northern Forum summit by video link on Monday. On the eve of the "
     "summit, Dule spoke over the phone with President Emil Sorn."),
])
def test_the_eve_of_a_summit_whose_day_a_clause_or_a_dateline_sentence_gives(analyse_text, text):
    _, call = only_call(analyse_text(text, published="2026-03-11"))
    assert call.date == date(2026, 3, 8)


@pytest.mark.parametrize("text", [
    # a possessive is no speaker
    "President Emil Sorn spoke on Monday. His wife said: \"Chancellor Lars Berg called me at dawn.\"",
    # the quotation names its own speaker after it
    ("President Emil Sorn said the aid had arrived. \"Chancellor Lars Berg called me at dawn,\" an aide to the "
     "minister said."),
    # the "me" is outside the quotation, which closed a sentence before
    ("President Emil Sorn said the talks had been useful. \"We will meet again soon.\" Later that week, Chancellor "
     "Lars Berg called me to complain."),
    # "she" is not the man named before
    "Mr Emil Sorn met Ms Ilse Varga in Vell on Monday. She said: \"Chancellor Lars Berg called me at dawn.\"",
])
def test_me_in_a_quotation_is_no_one_the_text_does_not_give_as_its_speaker(analyse_text, text):
    assert frozenset({"Emil Sorn", "Lars Berg"}) not in _named_calls(analyse_text(text, published="2026-03-10"))


def test_he_did_not_answer_of_the_caller_asked_something_leaves_the_call(analyse_text):
    text = ("President Amar Dule phoned Premier Ilse Varga on Friday, and reporters later asked him what they had "
            "discussed. He did not answer.")
    _, call = only_call(analyse_text(text, published="2026-03-10"))
    assert call.status is CallStatus.OCCURRED


@pytest.mark.parametrize("text", [
    "President Amar Dule phoned Premier Ilse Varga on Monday. Reporters later heard from Chancellor Lars Berg, who was in Vell.",
    "President Amar Dule phoned Premier Ilse Varga on Monday. The session of parliament that followed was carried live by Vell TV.",
])
def test_summit_words_keep_to_a_virtual_summit(analyse_text, text):
    people, call = only_call(analyse_text(text, published="2026-03-10"))
    assert people == {"Amar Dule", "Ilse Varga"} and call.reports == ()


def test_a_viet_nam_news_agency_credit_is_the_agency_s(analyse_text):
    text = "HANOI - President Emil Sorn held phone talks with Prime Minister Ilse Varga on Monday, the Viet Nam News Agency reported."
    assert _named_calls(analyse_text(text, published="2026-03-10"))[frozenset({"Emil Sorn", "Ilse Varga"})][1] == {
        "Vietnam News Agency"}


def test_a_country_after_the_name_titles_it_too(analyse_text):
    text = ("Prime Minister Lars Berg of Norway arrived in Oslo on Monday. On Tuesday, Sweden's Prime Minister Ilse "
            "Varga held talks in Stockholm. Finland's President Emil Sorn later phoned the Prime Minister about the "
            "border.")
    found = _named_calls(analyse_text(text, published="2026-03-12", outlet="Daily Mirror"))
    assert frozenset({"Emil Sorn", "Lars Berg"}) not in found


def test_a_day_after_another_clause_is_not_the_summit_s(analyse_text):
    text = ("Prime Minister Amar Dule attended the summit in Vell before flying home on Wednesday. On the eve of the "
            "summit, Dule spoke over the phone with President Emil Sorn.")
    _, call = only_call(analyse_text(text, published="2026-03-12"))
    assert call.date is None


def test_a_count_in_words_of_separate_calls(analyse_text):
    text = ("President Amar Dule on Sunday phoned King Rasmus, Premier Ilse Varga and Chancellor Lars Berg to thank "
            "them, in four separate calls.")
    assert set(_named_calls(analyse_text(text, published="2026-03-10"))) == {
        frozenset({"Amar Dule", "Rasmus"}), frozenset({"Amar Dule", "Ilse Varga"}), frozenset({"Amar Dule", "Lars Berg"})}



def test_a_swedish_broadcaster_named_in_english_is_the_one_outlet(analyse_text):
    text = ("STOCKHOLM - Foreign Minister Lars Berg held a phone call with his Norwegian counterpart Tomas Hale on "
            "Tuesday. Berg later said on Swedish Television that the talk had gone well.")
    found = _named_calls(analyse_text(text, published="2024-01-24"))
    assert found[frozenset({"Lars Berg", "Tomas Hale"})][1] == {"SVT"}


@pytest.mark.parametrize("text, outlet", [
    # a name two papers go by is the one of the country whose city is named right before it
    ("President Amar Dule called President Emil Sorn late on Tuesday, as the Montevideo daily El País revealed a "
     "day later.", "El País (Uruguay)"),
    ("President Amar Dule called President Emil Sorn late on Tuesday, as the Madrid daily El País revealed a day "
     "later.", "El País"),
    # a broadcaster's initials that two broadcasters share, by the country the article is told from
    ("HANOI - Party chief Tô Lâm took a telephone call from President Emil Sorn on Monday. VTV aired footage of "
     "the call on its late news.", "Vietnam Television"),
])
def test_a_name_two_outlets_share_is_the_one_of_the_country_told(analyse_text, text, outlet):
    assert [names for _c, names, _caller in _named_calls(analyse_text(text, published="2025-02-26")).values()] == [{outlet}]


@pytest.mark.parametrize("text, outlet", [
    ("The Vell Courier in Singapore learned that Premier Ilse Varga had sought a phone conversation with "
     "President Amar Dule, which was refused.", "Vell Courier"),
    # (a place no gazetteer knows, or an outlet after "at", stays an outlet)
    ("President Amar Dule phoned Premier Ilse Varga on Monday, a reporter at Vellposten reported.", "Vellposten"),
])
def test_the_known_city_a_paper_is_in_is_no_outlet(analyse_text, text, outlet):
    facts = analyse_text(text, published="2025-11-19")
    assert "Singapore" not in {e.name for e in facts.entities if e.kind is EntityKind.OUTLET}
    assert [names for _c, names, _caller in _named_calls(facts).values()] == [{outlet}]


def test_did_speak_is_past(analyse_text):
    text = ("President Amar Dule was not at the jubilee in Vell. But he did speak to President Emil Sorn on the day "
            "itself, his spokesman said.")
    people, call = only_call(analyse_text(text, published="2025-11-13"))
    assert people == {"Amar Dule", "Emil Sorn"} and call.status is CallStatus.OCCURRED


@pytest.mark.parametrize("text, people", [
    ("Tala Voss, the president of the Vell Islands, told radio listeners he had talked to Prime Minister Amar "
     "Dule by phone on Monday night.", {"Tala Voss", "Amar Dule"}),
])
def test_the_islands_a_president_governs_are_no_person(analyse_text, text, people):
    found, _ = only_call(analyse_text(text, published="2025-03-20"))
    assert found == people


def test_an_outlet_named_for_islands_stays_an_outlet(analyse_text):
    text = "President Amar Dule phoned Premier Ilse Varga on Monday, Vell Islands News reported."
    assert [names for _c, names, _caller in _named_calls(analyse_text(text, published="2025-03-20")).values()] == [
        {"Vell Islands News"}]


def test_a_plan_told_with_the_coming_days_before_its_partner(analyse_text):
    text = ("Premier Ilse Varga intends to talk on the telephone in the coming days with Chancellor Amar Dule about the "
            "same issues.")
    people, call = only_call(analyse_text(text, published="2025-03-12"))
    assert people == {"Ilse Varga", "Amar Dule"} and call.status is CallStatus.PLANNED


@pytest.mark.parametrize("text", [
    "President Amar Dule did not contact Premier Ilse Varga.",
    "President Amar Dule never contacted Premier Ilse Varga after the vote.",
    "President Amar Dule hasn't contacted Premier Ilse Varga.",
    "President Emil Sorn and President Amar Dule have spoken several times since Sorn took office in March 2024.",
    "President Emil Sorn and President Amar Dule have spoken by phone a number of times this year.",
    "President Amar Dule has repeatedly phoned Premier Ilse Varga since the spring.",
])
def test_no_call_of_a_negated_contact_or_a_habit(analyse_text, text):
    assert calls_of(analyse_text(text, published="2026-03-10")) == []


@pytest.mark.parametrize("text, status", [
    ("Foreign Minister Lars Berg told reporters he tried several times to call Tomas Hale, in vain.",
     CallStatus.ATTEMPTED),
    ("President Emil Sorn phoned President Amar Dule several times on Monday.", CallStatus.OCCURRED),
    ("Governor-General Ilse Varga has spoken with King Rasmus by video link several times since the spring, most "
     "recently on June 11, to talk about the floods.", CallStatus.OCCURRED),
    # a word of frequency in a clause of its own says nothing of the call
    ("President Amar Dule called Premier Ilse Varga on Monday, who has repeatedly criticised the plan.",
     CallStatus.OCCURRED),
    ("President Amar Dule, who frequently travels abroad, called Premier Ilse Varga from Paris on Monday.",
     CallStatus.OCCURRED),
    ("President Amar Dule had not contacted Premier Ilse Varga for a year when he called her on Monday.",
     CallStatus.OCCURRED),
])
def test_tries_days_and_other_clauses_keep_a_call(analyse_text, text, status):
    _, call = only_call(analyse_text(text, published="2026-03-10"))
    assert call.status is status


@pytest.mark.parametrize("text, people", [
    ("Foreign Minister Lars Berg and his Vellish peer Tomas Hale spoke on Tuesday afternoon and agreed to keep the "
     "border open.", [{"Lars Berg", "Tomas Hale"}]),
    # a peer with no possessive is a member of a house of lords, no counterpart
    ("Foreign Minister Lars Berg and Labour peer Emil Sorn spoke on Tuesday afternoon about the bill.", []),
])
def test_a_minister_s_own_peer_is_the_partner_of_his_talk(analyse_text, text, people):
    assert [set(p) for p, _c in calls_of(analyse_text(text, published="2026-03-11"))] == people


@pytest.mark.parametrize("text, found", [
    ("LIVE: New chancellor\n\n22:50\n\nChancellor Amar Dule and Prime Minister Lars Berg spoke this evening, the "
     "Vell agency learned.\n\n22:10\n\nPresident Ilse Varga was among the first to wish him well. "
     "\"Congratulated Chancellor Amar Dule by phone on his election,\" she wrote on X.",
     {frozenset({"Amar Dule", "Lars Berg"}): {"Vell"}, frozenset({"Amar Dule", "Ilse Varga"}): {"X"}}),
    # the quotation names its own subject: no call of the writer's
    ("\"Ministers warmly congratulated Chancellor Amar Dule by phone on his election,\" Premier Ilse Varga wrote on "
     "X.", {}),
])
def test_a_post_that_leaves_out_who_congratulated_by_phone_is_its_writer_s(analyse_text, text, found):
    assert {p: names for p, (_c, names, _caller) in _named_calls(analyse_text(text, published="2025-05-06")).items()} == found


def test_a_call_told_after_calls_reached_someone_through_a_long_clause_is_made_to_them(analyse_text):
    facts = analyse_text("Phone calls of goodwill have been arriving all week for Prime Minister-elect "
                         "Emil Sorn.\n\nAmong the first to call was Vestland's President Ilse Varga, who telephoned "
                         "on Saturday.", published="2025-03-14")
    people, call = only_call(facts)
    names = {e.key: e.name for e in facts.entities}
    assert people == {"Emil Sorn", "Ilse Varga"} and names[call.caller] == "Ilse Varga"
    assert call.date == date(2025, 3, 8)


@pytest.mark.parametrize("text", [
    "Calls came from the opposition for President Amara Dule to resign. Prime Minister Ilse Varga telephoned on Saturday.",
    "Phone calls came too late for President Amara Dule. Prime Minister Ilse Varga had telephoned on Saturday.",
    "Phone calls were made as the delegations arrived for President Amara Dule's inauguration. Prime Minister Ilse "
    "Varga telephoned on Saturday.",
])
def test_calls_that_reached_no_one_named_make_no_partner(analyse_text, text):
    assert not analyse_text(text).calls


@pytest.mark.parametrize("answer", ["Vestland was represented at the funeral.", "I think Norway was represented at the funeral."])
def test_a_transcript_speaker_s_label_joins_no_call(analyse_text, answer):
    facts = analyse_text("President Tomas Hale took questions in Vell on Monday. An edited transcript follows.\n\n"
                         "Hale: Emil Sorn spoke to Lars Berg by phone over the weekend about the border.\n\n"
                         "Reporter: Will you go to the inauguration in Ostria?\n\n"
                         f"Hale: {answer} We will decide once a date is set.")
    people, _ = only_call(facts)
    assert people == {"Emil Sorn", "Lars Berg"}


def test_a_country_represented_at_another_event_adds_no_one_to_the_call_before(analyse_text):
    facts = analyse_text("President Tomas Hale said Emil Sorn spoke to Lars Berg by phone over the weekend. "
                         "President Tomas Hale said Norway was represented at the funeral.")
    people, _ = only_call(facts)
    assert people == {"Emil Sorn", "Lars Berg"}


def test_a_round_verb_before_the_conversation_it_was_is_a_call_of_the_round(analyse_text):
    facts = analyse_text("President Lars Berg became the first leader to telephone President Ilse Varga on Monday. "
                         "King Rasmus followed the day after, in a brief call his aides called cordial.",
                         published="2025-03-14")
    names = {e.key: e.name for e in facts.entities}
    got = sorted((sorted(names[p] for p in c.participants), names[c.caller], c.date) for c in facts.calls)
    assert got == [(["Ilse Varga", "Lars Berg"], "Lars Berg", date(2025, 3, 10)),
                   (["Ilse Varga", "Rasmus"], "Rasmus", date(2025, 3, 11))]


def test_a_round_verb_before_a_meeting_is_no_call(analyse_text):
    facts = analyse_text("President Lars Berg became the first leader to telephone President Ilse Varga on Monday. "
                         "King Rasmus followed the day after, in a meeting at the palace.", published="2025-03-14")
    assert len(facts.calls) == 1


def test_the_partners_of_a_video_conference_of_a_bloc_are_named_after_its_of_phrase(analyse_text):
    facts = analyse_text("On Wednesday, Lars Berg joined a video conference of the region's presidents "
                         "with Vestland's President Tomas Hale and Nordland's President Ilse Varga.")
    people, call = only_call(facts)
    assert people == {"Lars Berg", "Tomas Hale", "Ilse Varga"} and call.medium is CallMedium.VIDEO


@pytest.mark.parametrize("text", [
    "On Wednesday, Lars Berg joined a video conference of leaders at odds with President Tomas Hale over the drought.",
    "On Wednesday, Lars Berg joined a video conference of the bloc's presidents to discuss the dispute with "
    "President Tomas Hale.",
])
def test_a_with_of_another_phrase_after_a_video_conference_s_of_phrase_names_no_partner(analyse_text, text):
    assert not analyse_text(text).calls


STORY_OF_SORN = ("Vestland's new premier fields calls\n\nPremier Emil Sorn took office on Friday. Mr Sorn said his first "
                 "task was the budget.\n\nOn Monday Mr Sorn received a call from President Tomas Hale of Ostria, his "
                 "office said. Mr Sorn thanked him.\n\n{}\n\nMr Sorn will travel to Vell next month.")


def test_a_planned_call_with_one_named_in_a_story_about_one_leader_s_calls_is_theirs(analyse_text):
    facts = analyse_text(STORY_OF_SORN.format("A call with Nordland's Prime Minister Ilse Varga is being set up for "
                                              "next week, the office said."))
    got = sorted((sorted(p), c.status) for p, c in calls_of(facts))
    assert got == [(["Emil Sorn", "Ilse Varga"], CallStatus.PLANNED), (["Emil Sorn", "Tomas Hale"], CallStatus.OCCURRED)]


def test_a_planned_call_with_one_named_in_a_story_about_no_one_is_no_call(analyse_text):
    facts = analyse_text("Trade talks resumed in Vell on Monday.\n\nA call with Nordland's Prime Minister Ilse Varga "
                         "is being set up for next week, the office said.")
    assert not facts.calls


@pytest.mark.parametrize("text", [
    'An aide told us there were "no plans" for any call between President Tomas Hale and Prime Minister Ilse Varga.',
    "An aide told us there were “no plans” for any call between President Tomas Hale and Prime Minister Ilse Varga.",
])
def test_scare_quotes_inside_a_phrase_of_refusal_leave_it_a_refusal(analyse_text, text):
    assert not analyse_text(text).calls


def test_a_pronoun_rung_beside_an_earlier_caller_of_the_round_is_the_one_they_rang(analyse_text):
    facts = analyse_text("Vargan takes calls from neighbours\n\nPresident Tomas Vargan today received a telephone call "
                         "from Prime Minister Emil Sorn, who congratulated him on his election.\n\nThis afternoon, "
                         "Vargan also spoke by phone with Premier Ilse Hale.\n\nVargan has now spoken with four "
                         "neighbouring leaders since his election.\n\nPrime Minister Lars Berg, who rang on Saturday, "
                         "was the first leader to ring, while King Rasmus telephoned him on Friday night.",
                         published="2025-03-14")
    names = {e.key: e.name for e in facts.entities}
    got = {frozenset(names[p] for p in c.participants): names.get(c.caller) for c in facts.calls}
    assert got[frozenset({"Lars Berg", "Tomas Vargan"})] == "Lars Berg"
    assert got[frozenset({"Rasmus", "Tomas Vargan"})] == "Rasmus"
    assert frozenset({"Lars Berg", "Rasmus"}) not in got


def test_the_last_syllable_of_a_hyphened_name_before_a_call_verb_is_no_preposition(analyse_text):
    people, call = only_call(analyse_text("Chief Executive Ho Kin-on telephoned Premier Ilse Varga on Sunday."))
    assert people == {"Ho Kin-on", "Ilse Varga"} and call.medium is CallMedium.PHONE


@pytest.mark.parametrize("minister", ["Foreign Minister", "Foreign Affairs and Trade Minister"])
def test_a_minister_s_try_to_reach_a_counterpart_is_an_attempted_call(analyse_text, minister):
    facts = analyse_text(f"{minister} Emil Sorn spoke by telephone with Ilse Varga on Friday. He also tried to reach "
                         "his Ostrian counterpart, Lars Berg, the same evening, but they could not connect.",
                         published="2025-03-14")
    names = {e.key: e.name for e in facts.entities}
    got = {frozenset(names[p] for p in c.participants): c.status for c in facts.calls}
    assert got[frozenset({"Emil Sorn", "Lars Berg"})] is CallStatus.ATTEMPTED


def test_a_later_time_between_two_partners_past_a_relative_clause_makes_two_calls(analyse_text):
    facts = analyse_text("Premier Emil Sorn spent Wednesday on the telephone with leaders. His first call was with "
                         "President Tomas Hale.\n\nSorn then spoke with Ostria's Lars Berg, who chairs the bloc, and "
                         "later in the afternoon with Vestland's President Ilse Varga, who will host the summit.",
                         published="2025-03-14")
    assert sorted(sorted(p) for p, _ in calls_of(facts)) == [["Emil Sorn", "Ilse Varga"], ["Emil Sorn", "Lars Berg"],
                                                            ["Emil Sorn", "Tomas Hale"]]


@pytest.mark.parametrize("text", [
    "Foreign Minister Emil Sorn contacted his counterpart Lars Berg through diplomatic channels on Monday.",
    "Foreign Minister Emil Sorn tried to reach his counterpart Lars Berg at the airport on Monday, but he had left.",
])
def test_a_minister_s_reach_with_no_call_beside_it_is_no_call(analyse_text, text):
    assert not analyse_text(text).calls


def test_a_pronoun_of_another_gender_than_the_one_rung_stays_the_caller(analyse_text):
    facts = analyse_text("President Emil Sorn called Queen Ilse Varga on Monday, while King Rasmus telephoned him on "
                         "Tuesday.", published="2025-03-14")
    assert sorted(sorted(p) for p, _ in calls_of(facts)) == [["Emil Sorn", "Ilse Varga"], ["Emil Sorn", "Rasmus"]]


def test_a_future_host_in_a_relative_clause_joins_no_call(analyse_text):
    facts = analyse_text("Premier Emil Sorn held a video call with President Ilse Varga on Monday; Chancellor Lars "
                         "Berg, who will also host the next video call, was not on it.")
    people, _ = only_call(facts)
    assert people == {"Emil Sorn", "Ilse Varga"}


def test_a_later_time_before_another_clause_adds_no_partner(analyse_text):
    facts = analyse_text("Premier Emil Sorn spoke by phone with President Ilse Varga and later that day President "
                         "Lars Berg flew to Vell.")
    people, _ = only_call(facts)
    assert people == {"Emil Sorn", "Ilse Varga"}


# --- round 27 (constructions from a development set's misses, in texts of our own) ---

def test_both_before_a_list_of_partners_and_an_apposition_naming_a_body(analyse_text):
    # "both" opens the list the verb governs; the apposition names the capitalised body a title is of
    text = ("The day after the vote, President Amar Dule telephoned both Emil Sorn, the new head of the "
            "Transitional Council, and Prime Minister-designate Lars Berg.")
    found = _named_calls(analyse_text(text, published="2025-03-14"))
    assert {frozenset(p) for p in [("Amar Dule", "Emil Sorn"), ("Amar Dule", "Lars Berg")]} <= set(found)
    assert all(caller == "Amar Dule" for _c, _o, caller in found.values())


def test_the_day_after_a_vote_told_by_a_verb_of_electing(analyse_text):
    text = ("The assembly surprised everyone by electing the Sorn-Berg ticket in Vell on 5 March. The day after "
            "the vote, President Amar Dule telephoned Prime Minister-designate Lars Berg.")
    people, call = only_call(analyse_text(text, published="2025-03-14"))
    assert people == {"Amar Dule", "Lars Berg"} and call.date == date(2025, 3, 6)


def test_a_quoted_call_restated_after_its_telling_is_not_a_call_of_the_day_of_calls(analyse_text):
    text = ("President-elect Lars Berg spent Monday fielding telephone calls, a day after he won Sunday's run-off.\n\n"
            "The first leader to get through was President Amar Dule, who rang Berg on the evening of the run-off. "
            "\"I have just spoken with Lars Berg to congratulate him. We will keep working together,\" Dule wrote afterwards.")
    people, call = only_call(analyse_text(text, published="2025-03-11"))
    assert people == {"Amar Dule", "Lars Berg"} and call.date == date(2025, 3, 9)


def test_two_subjects_who_also_called_each_called_the_one_rung_before(analyse_text):
    text = ("Premier Ilse Varga phoned President-elect Lars Berg on Sunday. President Amar Dule and King Tomas Hale "
            "also called on Monday, according to Berg's press team.")
    found = _named_calls(analyse_text(text, published="2025-03-12"))
    assert set(found) == {frozenset(p) for p in [("Ilse Varga", "Lars Berg"), ("Amar Dule", "Lars Berg"), ("Tomas Hale", "Lars Berg")]}
    assert found[frozenset(("Tomas Hale", "Lars Berg"))][2] == "Tomas Hale"


def test_two_subjects_who_called_with_congratulations_called_someone_else(analyse_text):
    text = ("Premier Ilse Varga phoned President-elect Lars Berg on Sunday. President Amar Dule and King Tomas Hale "
            "telephoned with congratulations on Monday.")
    found = _named_calls(analyse_text(text, published="2025-03-12"))
    assert frozenset(("Amar Dule", "Tomas Hale")) not in found
    assert found[frozenset(("Amar Dule", "Lars Berg"))][0].date == date(2025, 3, 10)
    assert found[frozenset(("Tomas Hale", "Lars Berg"))][2] == "Tomas Hale"


@pytest.mark.parametrize("plan, day", [
    ("Prime Minister Tomas Hale is expected to call later today.", date(2024, 4, 10)),
    ("Prime Minister Tomas Hale will call tomorrow.", date(2024, 4, 11)),
])
def test_a_bare_call_after_a_modal_or_an_expectation_is_a_planned_call_of_the_round(analyse_text, plan, day):
    text = "Prime Minister Amar Dule telephoned Lars Berg this morning to congratulate him. " + plan
    found = _named_calls(analyse_text(text, published="2024-04-10"))
    call, _o, caller = found[frozenset(("Tomas Hale", "Lars Berg"))]
    assert call.status is CallStatus.PLANNED and call.date == day and caller == "Tomas Hale"


def test_a_post_opening_on_a_good_talk_is_its_writers_call_and_credits_the_platform(analyse_text):
    text = ("Prime Minister Amar Dule telephoned Lars Berg this morning to congratulate him.\n\n"
            "Premier Emil Sorn and Berg spoke shortly after noon today. Prime Minister Tomas Hale is expected to call later today.\n\n"
            "Dule later wrote about their call. \"Good talk with my new colleague Lars Berg. Our nations "
            "stand together,\" he wrote on X.")
    found = _named_calls(analyse_text(text, published="2024-04-10"))
    assert "X" in found[frozenset(("Amar Dule", "Lars Berg"))][1]
    assert "X" not in found[frozenset(("Tomas Hale", "Lars Berg"))][1]


def test_a_day_counted_from_a_day_still_to_come_is_no_day_of_a_past_call(analyse_text):
    text = ("When Prime Minister Lars Berg travels to Vell tomorrow, he will meet its leaders.\n\n"
            "Since he took office in February, much has changed. President Amar Dule was on the phone to Berg on the "
            "evening he took the oath. The following day, King Tomas Hale telephoned Berg.")
    found = _named_calls(analyse_text(text, published="2025-04-05"))
    call, _o, _caller = found[frozenset(("Tomas Hale", "Lars Berg"))]
    assert call.date is None


def test_an_event_day_in_a_quotation_or_far_back_is_no_day_of_the_calls_around_it(analyse_text):
    text = ("President-elect Lars Berg was on the phone for most of Sunday night after winning the run-off.\n\n"
            "Senator Ilse Varga telephoned Berg at 7.45 pm to concede defeat. Later President Amar Dule placed the "
            "traditional call to Berg. State broadcaster VTV carried the brief conversation live, with Dule promising "
            "\"an orderly handover\" on March 11.\n\nKing Tomas Hale telephoned at around 9 pm.")
    found = _named_calls(analyse_text(text, published="2017-12-18"))
    assert found[frozenset(("Amar Dule", "Lars Berg"))][0].date is None  # (not the handover's day)
    assert found[frozenset(("Tomas Hale", "Lars Berg"))][0].date == date(2017, 12, 17)


def test_a_call_that_came_in_a_round_is_from_its_owner_to_the_one_all_rang(analyse_text):
    text = ("President-elect Lars Berg spent Sunday night on the telephone.\n\nSenator Ilse Varga telephoned Berg "
            "at 7.45 pm to concede defeat. President Amar Dule rang Berg an hour later. King Tomas Hale telephoned "
            "Berg at around 9 pm.\n\nChancellor Emil Sorn was among the leaders to get through. His call came at "
            "about 8.30 pm, Berg's spokesman said.")
    found = _named_calls(analyse_text(text, published="2017-12-18"))
    assert found[frozenset(("Emil Sorn", "Lars Berg"))][2] == "Emil Sorn"


def test_a_light_verbs_call_after_a_gap_and_a_lead_counts_back_from_the_call_told(analyse_text):
    text = ("President Amar Dule held a video call with King Tomas Hale on Saturday. The video call came two days "
            "after Minister of Foreign Affairs Emil Sorn (E. S.) held a telephone conversation with his Ostrian "
            "counterpart, Lars Berg.")
    found = _named_calls(analyse_text(text, published="2025-03-17"))
    assert found[frozenset(("Emil Sorn", "Lars Berg"))][0].date == date(2025, 3, 13)


def test_a_ministers_reach_two_sentences_after_a_call_in_its_paragraph(analyse_text):
    text = ("Q: Did you speak with the Union's envoy?\n\nFOREIGN Minister Amar Dule: I spoke with Foreign Minister "
            "Ilse Varga by telephone on Friday. She wanted to know our aims, and I told her. I also tried to reach "
            "my Ostrian counterpart, Lars Berg, that same evening, but I could not get through.")
    found = _named_calls(analyse_text(text, published="2025-03-17"))
    call, _o, _caller = found[frozenset(("Amar Dule", "Lars Berg"))]
    assert call.status is CallStatus.ATTEMPTED


@pytest.mark.parametrize("text", [
    "\"King Rasmus is among the rare rulers who can ring both President Amar Dule and Premier Ilse Varga on the same "
    "day,\" said one diplomat.",
    "King Rasmus is among the rare rulers who can ring President Amar Dule at any hour, one diplomat said.",
])
def test_what_a_leader_can_do_by_phone_is_no_call(analyse_text, text):
    assert calls_of(analyse_text(text, published="2025-03-17")) == []


def test_two_subjects_who_also_phoned_each_other_held_one_call(analyse_text):
    text = ("President Amar Dule phoned Premier Ilse Varga on Monday. Lars Berg and Tomas Hale, the two kings, also "
            "phoned each other on Tuesday.")
    found = _named_calls(analyse_text(text, published="2025-03-14"))
    assert frozenset(("Lars Berg", "Tomas Hale")) in found and frozenset(("Ilse Varga", "Tomas Hale")) not in found


@pytest.mark.parametrize("text", [
    "Relations have thawed so much that President Amar Dule can now phone Premier Ilse Varga directly, and did so on Monday.",
    "President Amar Dule says he can finally talk to Premier Ilse Varga after they spoke by phone on Monday.",
])
def test_a_sentence_that_dates_a_call_keeps_it_beside_what_one_can_do(analyse_text, text):
    found = _named_calls(analyse_text(text, published="2025-03-14"))
    assert frozenset(("Amar Dule", "Ilse Varga")) in found


def test_a_modal_before_call_and_a_possessive_day_is_no_plan(analyse_text):
    text = "President Amar Dule phoned Lars Berg on Monday. Premier Ilse Varga would call tomorrow's session to order."
    found = _named_calls(analyse_text(text, published="2025-03-14"))
    assert set(found) == {frozenset(("Amar Dule", "Lars Berg"))}


def test_a_vote_of_parliament_is_no_election_night(analyse_text):
    text = "The Senate voted on Tuesday to extend the state of emergency. On election night, Premier Ilse Varga phoned Lars Berg."
    _people, call = only_call(analyse_text(text, published="2025-03-14"))
    assert call.date is None

"""The call rules' view of an article (``kg.extract.calls.view``) and the first test of
``find_cues`` (``Lexicon.cue_starts``), on invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract.calls.cues import ADVERBIAL, find_cues
from kg.extract.calls.lexicon import lexicon
from kg.extract.calls.view import NAME, doc_view
from kg.extract.entities import extract_entities
from kg.extract.nlp import normalise_for_nlp
from kg.model import ArticleMeta

TEXT = ("Economy Minister Tala Voss met Deputy Prime Minister Ilse Varga in Port Vessa on Monday. "
        "Voss later spoke by phone with Varga, the ministry said. "
        "They walked by the river in June and talked over lunch.\n\n"
        "The two ministers will hold talks via video link next week.")


@pytest.fixture(scope="module")
def view(nlp_and_gaz):
    nlp, gaz = nlp_and_gaz
    meta = ArticleMeta(id="t.txt", source="t.txt", published=date(2025, 3, 14))
    doc = nlp(normalise_for_nlp(TEXT))
    return doc_view(doc, meta, extract_entities(doc, meta, gaz), lexicon(), TEXT, gaz=gaz)


def test_people_hold_every_name_phrase_key(view):
    assert any(v.people for v in view.sents)
    for v in view.sents:
        assert {np.key for np in v.nps if np.kind == NAME} <= v.people


def test_a_sentence_without_a_cue_start_has_no_cue(view):
    lex = lexicon()
    by_river = next(v for v in view.sents if "river" in v.lower)
    assert lex.cue_starts.isdisjoint(by_river.lower[:6])  # "They walked by the river in": prepositions only
    for v in view.sents:
        if lex.cue_starts.isdisjoint(v.lower) and lex.meeting_adverbs.isdisjoint(v.lower):
            assert find_cues(v, lex) == ()
    by_phone = next(v for v in view.sents if "phone" in v.lower)
    assert any(c.kind == ADVERBIAL for c in find_cues(by_phone, lex))


def _view_of(nlp_and_gaz, text):
    nlp, gaz = nlp_and_gaz
    meta = ArticleMeta(id="t.txt", source="t.txt", published=date(2025, 3, 14))
    doc = nlp(normalise_for_nlp(text))
    return doc_view(doc, meta, extract_entities(doc, meta, gaz), lexicon(), text, gaz=gaz)


@pytest.mark.parametrize("sentence, in_person", [
    ("Tala Voss met Ilse Varga at the summit on Monday.", True),
    ("Tala Voss joined the virtual summit on Monday.", False),
    ("Tala Voss joined the June 15 virtual summit.", False),
    # (a medium word further back qualifies something else)
    ("Virtual reality headsets were shown to delegates at the opening of the regional summit.", True),
])
def test_a_meeting_noun_without_a_medium_word_before_it_is_in_person(nlp_and_gaz, sentence, in_person):
    lex = lexicon()
    v = _view_of(nlp_and_gaz, sentence).sents[0]
    summit = [c for c in find_cues(v, lex) if v.low(c.start) == "summit"]
    assert len(summit) == 1 and summit[0].in_person is in_person
    if in_person and not any(c.kind != "noun" for c in find_cues(v, lex)):
        # a meeting: neither the sentence's dates nor its person phrases were needed for it
        for lazy in ("dates", "_np_at"):
            assert lazy not in vars(v)  # (what is worked out is kept in the view's __dict__)


def test_a_sentence_cut_off_after_a_title_and_and_is_read(analyse_text):
    # the words after a name are walked for titles; "and" as the sentence's last token once read
    # past the sentence's end
    facts = analyse_text("President William Ruto phoned Prime Minister Mia Mottley, Foreign Minister and",
                         published="2025-07-02")
    assert len(facts.calls) == 1


@pytest.mark.parametrize("sentence, opens", [
    ("Tom Hale, who was sworn in as foreign minister on Thursday, is to speak with Lars Berg.", False),
    ("Tom Hale, who took over as acting president, is to speak with Lars Berg.", False),
    ("Tom Hale, as President Lars Berg said, is to speak with Ilse Varga.", True),
    ("Tom Hale, as he said, is to speak with Ilse Varga.", True),
])
def test_as_before_a_lower_case_title_is_a_capacity_not_a_clause(nlp_and_gaz, sentence, opens):
    from kg.extract.calls.frames import clause_bounds
    v = _view_of(nlp_and_gaz, sentence).sents[0]
    speak = v.lower.index("speak") + v.start
    lo, _ = clause_bounds(v, lexicon(), speak)
    assert (lo > v.start) is opens


@pytest.mark.parametrize("text, quoted_words", [
    # the second sentence of a quotation: its words up to the closing mark
    ('"We spoke at length. Our ties will grow," Tala Voss said.', {"our", "ties", "will", "grow"}),
    ("\u201cWe spoke at length. Our ties will grow,\u201d Tala Voss said.", {"our", "ties", "will", "grow"}),
    # a quotation opened and closed in the sentence, after a space
    ('Tala Voss called the talks "frank" on Monday.', {"frank"}),
])
def test_a_sentence_going_on_with_a_quotation_has_its_words_quoted(nlp_and_gaz, text, quoted_words):
    last = _view_of(nlp_and_gaz, text).sents[-1]
    assert {last.low(k) for k in last.quoted} - {","} == quoted_words


@pytest.mark.parametrize("text, called", [
    # a place no gazetteer knows, with its possessive, before the person's role and name
    ("Chancellor Amar Dule phoned Vellmark's state premier Jon Ostrander late on Friday.", "Jon Ostrander"),
    ("Chancellor Amar Dule phoned Nord-Vellmark's new premier Jon Ostrander.", "Jon Ostrander"),
])
def test_a_call_s_object_after_an_unknown_place_s_possessive(analyse_text, text, called):
    (call,) = analyse_text(text, published="2024-12-21").calls
    names = {e.key: e.name for e in analyse_text(text, published="2024-12-21").entities}
    assert {names[p] for p in call.participants} == {"Amar Dule", called}

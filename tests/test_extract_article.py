"""kg.extract.article: an article without a cue of a call needs no Doc; its facts without one
are its metadata, publisher and agency, as ``extract_article`` gives them."""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract.article import extract_article, extract_metadata, needs_doc
from kg.extract.nlp import load_nlp, normalise_for_nlp
from kg.model import Article, ArticleMeta, EntityKind

# invented ordinary news: a person, two countries and an outlet, and no word a call starts from
UNCUED = ("Finance Minister Tala Voss presented the budget in Nairobi on Tuesday. Farmers in Kenya and "
          "Uganda welcomed lower fuel taxes, Reuters reported.")
CUED = "Emmanuel Macron spoke by phone with Olaf Scholz on Monday about Ukraine."
META = ArticleMeta("a.txt", "in/a.txt", date(2025, 3, 4), outlet="The Korea Herald (Yonhap)", title="Budget day")


@pytest.fixture(scope="module")
def pipeline():
    return load_nlp()


def test_needs_doc_is_the_scan_of_the_raw_text(pipeline):
    _, gaz = pipeline
    assert not needs_doc(Article(META, UNCUED), gaz)
    assert needs_doc(Article(META, CUED), gaz)
    # after a parser the scan reads no refusals: "called for" may then start a call
    refused = Article(META, "The union called for calm in Nairobi.")
    assert not needs_doc(refused, gaz)
    assert needs_doc(refused, gaz, parsed=True)


def test_metadata_facts_are_the_publisher_and_agency_of_the_full_facts(pipeline):
    nlp, gaz = pipeline
    article = Article(META, UNCUED)
    full = extract_article(nlp(normalise_for_nlp(UNCUED)), article, gaz)
    facts = extract_metadata(article, gaz)
    assert facts.calls == () and full.calls == ()
    assert facts.meta == full.meta  # the outlet field read the same way: the canonical publisher name
    assert facts.meta.outlet == "The Korea Herald" and facts.meta.title == "Budget day"
    assert [(e.key, e.kind) for e in facts.entities] == [("gaz:korea-herald", EntityKind.OUTLET),
                                                         ("gaz:yonhap", EntityKind.OUTLET)]
    assert set(facts.entities) <= set(full.entities)
    # what only the text gives: its people, countries and outlets
    kinds = {e.kind for e in full.entities if e not in facts.entities}
    assert {EntityKind.PERSON, EntityKind.COUNTRY, EntityKind.OUTLET} <= kinds


def test_metadata_facts_of_an_article_without_an_outlet(pipeline):
    _, gaz = pipeline
    facts = extract_metadata(Article(ArticleMeta("b.txt", "in/b.txt"), UNCUED), gaz)
    assert (facts.entities, facts.calls, facts.meta.outlet) == ((), (), None)


# an invented interview printed as questions and answers (its speakers' labels come back), published
# on Thursday 2025-03-13; labels that do not come back ("READ MORE:", "WATCH:") make no interview
INTERVIEW = ("Prime Minister Ilse Varga has led Varnia for four years. In an interview with the Vell Herald in "
             "her office on Tuesday, she spoke about the border.\n\n"
             "VELL HERALD: Have you spoken with your neighbours?\n\n"
             "VARGA: Yes. I spoke by phone yesterday with King Emil Sorn about the river tolls.\n\n"
             "VELL HERALD: And the budget?\n\nVARGA: It will pass.\n")


# an invented briefing's excerpts: speakers labelled by name and outlet as written, not in capitals
BRIEFING = ("The following are excerpts from the spokeswoman's regular press conference in Vell on Tuesday, "
            "March 11, 2025.\n\n"
            "Kurjer: Prime Minister Ilse Varga spoke with King Emil Sorn by telephone this morning. Who asked "
            "for it?\n\nAmara Dule: The king asked for it.\n\n"
            "Vell Herald: And the budget?\n\nAmara Dule: It will pass.\n")


@pytest.mark.parametrize("text, day", [
    (INTERVIEW, date(2025, 3, 10)),  # the day before the interview, not before the article
    # no day for the interview: "yesterday" counts from the article's day
    (INTERVIEW.replace(" on Tuesday", ""), date(2025, 3, 12)),
    # a headline opening "Name: 'quotation'" is no speaker of the interview
    ("Varga: 'We will not sign in a hurry'\n\n" + INTERVIEW, date(2025, 3, 10)),
    # a briefing's speakers labelled as written: "this morning" is the briefing's
    (BRIEFING, date(2025, 3, 11)),
    # a dated dateline before an opening that dates the questions: the questions' day, the one
    # nearest the words of the interview
    ("VELL, March 13 (Kurjer) – Prime Minister Ilse Varga on Tuesday afternoon took questions from "
     "journalists at her residence.\n\nREPORTER: Has anyone called?\n\nVARGA: Yes. King Emil Sorn "
     "called me this morning.\n\nREPORTER: And the budget?\n\nVARGA: It will pass.\n", date(2025, 3, 11)),
    # a publication stamp over the opening is no day of the interview's, and an outlet's label
    # written with its capitals inside ("vellNEWS:") is a speaker's
    ("Varga: 'Talks will go on'\n\nPublished 13 March 2025\n\nPrime Minister Ilse Varga spoke to vellNEWS "
     "at her office. The interview took place on Tuesday afternoon.\n\nvellNEWS: Has anyone called?\n\n"
     "Ilse Varga: Yes. King Emil Sorn phoned me yesterday.\n\nvellNEWS: And the budget?\n\nIV: It will "
     "pass.\n\nvellNEWS: Thank you.\n\nIV: Thank you.\n", date(2025, 3, 10)),
    # a headline naming the interview over a stamp: a blank line ends its sentence, the stamp's day
    # is no day of the interview's
    ("The vellNEWS interview\n\nPublished 13 March 2025\n\nPrime Minister Ilse Varga gave the interview at her "
     "office on Tuesday afternoon.\n\nvellNEWS: Has anyone called?\n\nIlse Varga: Yes. King Emil Sorn phoned me "
     "yesterday.\n\nvellNEWS: And the budget?\n\nIV: It will pass.\n\nvellNEWS: Thank you.\n\nIV: Thank you.\n",
     date(2025, 3, 10)),
])
def test_an_interview_s_yesterday_counts_from_the_day_it_was_given(pipeline, text, day):
    nlp, gaz = pipeline
    meta = ArticleMeta("i.txt", "in/i.txt", date(2025, 3, 13), outlet="Vell Herald")
    facts = extract_article(nlp(normalise_for_nlp(text)), Article(meta, text), gaz)
    (call,) = facts.calls
    assert call.date == day


def test_page_furniture_and_a_dateline_keep_the_story_s_day(pipeline):
    # "Photo:" twice asks nothing, and a "news conference on Monday" in the lede is no interview's
    nlp, gaz = pipeline
    text = ("Dule, Sorn discuss the river\n\nVELL, March 12 (Kurjer) - President Amara Dule spoke by phone with "
            "King Emil Sorn today. Sorn had told a news conference on Monday that talks were overdue.\n\n"
            "Photo: Vell Herald\n\nThe two agreed to meet. Sorn had also phoned President Lars Berg yesterday."
            "\n\nPhoto: Kurjer\n")
    meta = ArticleMeta("p.txt", "in/p.txt", date(2025, 3, 13))
    facts = extract_article(nlp(normalise_for_nlp(text)), Article(meta, text), gaz)
    assert sorted(c.date for c in facts.calls) == [date(2025, 3, 11), date(2025, 3, 12)]


def test_labels_that_do_not_come_back_make_no_interview():
    from kg.extract.article import _interview_day

    assert _interview_day(INTERVIEW, date(2025, 3, 13)) == date(2025, 3, 11)
    page = INTERVIEW.split("VELL HERALD: And")[0].replace("VELL HERALD:", "READ MORE:").replace("VARGA:", "WATCH:")
    assert _interview_day(page, date(2025, 3, 13)) is None

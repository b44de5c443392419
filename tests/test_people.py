"""The people rules' shortcuts (``kg.extract.people``, ``kg.extract.components.PeopleFinder``)
give what the long way gives: invented names and titles only."""

from __future__ import annotations

import numpy
import pytest
from spacy.attrs import ENT_ID, ENT_IOB, ENT_KB_ID, ENT_TYPE
from spacy.tokens import Span
from spacy.util import filter_spans

from kg.extract.components import PeopleFinder, _gazetteer_only, clear_place_ids
from kg.extract.people import _endings, find_people, title_before

TEXTS = [
    "Economy Minister Tala Voss met Deputy Prime Minister Ilse Varga in Port Vessa on Monday.",
    "The vice-president, Amara Dule, phoned Foreign Minister Rasmus Orlen of Qasar.",
    "Sonya Bandele, a former adviser, said Minister of Foreign Affairs Emil Sorn would call.",
    "- President -\nPrime Minister\n\nKing Emil spoke.",
    "",
]
PHRASES = frozenset({"minister", "prime minister", "deputy prime minister", "foreign minister",
                     "vice-president", "president", "king"})


def _title_before_long_way(words: list[str], start: int, phrases: frozenset[str]):
    best = None
    for n in range(1, 6):
        lo = start - n
        if lo < 0:
            break
        phrase = " ".join(words[lo:start]).replace(" - ", "-")
        if phrase in phrases:
            best = (lo, phrase)
    return best


def test_endings_are_every_suffix():
    assert _endings(frozenset({"vice-president"})) >= {"vice-president", "president", "-president", "t"}
    assert "vice" not in _endings(frozenset({"vice-president"}))


@pytest.mark.parametrize("text", TEXTS)
def test_title_before_as_the_long_way(nlp_and_gaz, text):
    nlp, _ = nlp_and_gaz
    doc = nlp.make_doc(text)
    words = [t.lower_ for t in doc]
    for start in range(len(doc) + 3):  # (past the end too, as the long way allows)
        assert title_before(doc, start, PHRASES) == _title_before_long_way(words, start, PHRASES)


@pytest.mark.parametrize("text", TEXTS)
def test_people_finder_writes_what_setting_every_entity_writes(nlp_and_gaz, text):
    """Under the blank pipeline only the people found are written; the Doc is the same as when
    every entity is set again (the way with a model's entities)."""
    nlp, _ = nlp_and_gaz
    with nlp.select_pipes(disable=["kg_people"]):
        short, long = nlp(text), nlp(text)
    finder = PeopleFinder()
    finder(short)
    spans = find_people(long, finder.titles, finder.given_names)
    clear_place_ids(long, spans)
    found = [Span(long, s, e, label="PERSON") for s, e in spans]
    long.ents = filter_spans(list(long.ents) + found)
    columns = [ENT_IOB, ENT_TYPE, ENT_KB_ID, ENT_ID]
    assert [(e.start, e.end, e.label_, e.ent_id_) for e in short.ents] == \
        [(e.start, e.end, e.label_, e.ent_id_) for e in long.ents]
    assert numpy.array_equal(short.to_array(columns), long.to_array(columns))


@pytest.mark.parametrize("text", TEXTS + ["Emmanuel Macron spoke by phone with Olaf Scholz about Ukraine and the EU."])
def test_the_entity_tokens_from_the_columns_are_those_of_the_spans(nlp_and_gaz, text):
    """Without a model's entity, ``_gazetteer_only`` gives the tokens of ``Doc.ents``; with one
    (an entity without a gazetteer id), None: PeopleFinder then reads the Spans."""
    nlp, _ = nlp_and_gaz
    with nlp.select_pipes(disable=["kg_people"]):
        doc = nlp(text)
    assert _gazetteer_only(doc) == {i for e in doc.ents for i in range(e.start, e.end)}
    free = [t.i for t in doc if t.ent_iob_ == "O" and t.is_alpha]
    if free:
        doc.set_ents([Span(doc, free[0], free[0] + 1, label="PERSON")], default="unmodified")
        assert _gazetteer_only(doc) is None


@pytest.mark.parametrize("text, person", [
    # a capital's one-word name opening a person's name after a title, or after a country's
    # possessive when it is a given name too: the person's, with no place's id left on it
    ("Foreign Minister Santiago Varga spoke by phone with Lars Berg.", "Santiago Varga"),
    ("Argentina's Santiago Varga spoke by phone with Lars Berg.", "Santiago Varga"),
    ("President Amar Dule arrived in Santiago on Monday.", None),
])
def test_a_capital_s_name_opening_a_person_s_name(nlp_and_gaz, text, person):
    nlp, _ = nlp_and_gaz
    doc = nlp(text)
    people = [(e.text, e.ent_id_) for e in doc.ents if e.label_ == "PERSON" and e.text.startswith("Santiago")]
    assert people == ([(person, "")] if person else [])
    # (the same as every entity set again, the way with a model's entities)
    test_people_finder_writes_what_setting_every_entity_writes(nlp_and_gaz, text)


@pytest.mark.parametrize("text, people", [
    # a word that only opens titles ("Federal President") titles no capitalised noun after it
    ("Protesters gathered outside the Federal Police building in the capital.", []),
    ("The National Guard closed the bridge on Monday.", []),
    # a whole title before the name still titles it, and a title word after a place word
    ("Interior CS Tala Voss told the senate that the officers would be paid.", ["Tala Voss"]),
    ("Foreign Minister HH Prince Amara bin Dule opened the session.", ["Amara bin Dule"]),
    # a title's hyphened second word or suffix after a place is no name
    ("Vell Governor-General calls new President", []),
    ("Vell Governor-General Tala Voss spoke on Monday.", ["Tala Voss"]),
    ("Vell Premier-designate Tala Voss spoke on Monday.", ["Tala Voss"]),
    # an office modifier, a party's word, then the title: the name after the title
    ("The premier spoke with Interim Conservative Leader Tala Voss on Sunday.", ["Tala Voss"]),
    # not a name's suffix or its last word alone after a title inside the name
    ("Senator Tomas Reed Jr spoke on Monday.", ["Tomas Reed Jr"]),
    ("Acting Governor Tala Prince Voss spoke on Monday.", ["Tala Prince Voss"]),
])
def test_a_word_that_only_opens_a_title_titles_no_name(nlp_and_gaz, text, people):
    nlp, _ = nlp_and_gaz
    assert [e.text for e in nlp(text).ents if e.label_ == "PERSON"] == people
    test_people_finder_writes_what_setting_every_entity_writes(nlp_and_gaz, text)


def test_a_force_named_after_a_title_word_is_not_the_one_telephoned(analyse_text):
    facts = analyse_text("President Lars Berg phoned King Emil Sorn on Monday. Protesters gathered outside the Federal "
                         "Police building in the capital, and Berg telephoned him again on Tuesday.", published="2024-05-08")
    assert "Police" not in {e.name for e in facts.entities}


@pytest.mark.parametrize("text, name", [
    # a description in apposition that goes on with "who": a person no title or given name tells
    ("VELLA — Amar Dulekhov, the Social Democrat who has led Vellmark since 2011, spoke to the paper.", "Amar Dulekhov"),
    ("Tomas Vrell, a former banker who joined the cabinet in May, said he would stay.", "Tomas Vrell"),
])
def test_a_name_before_a_description_going_on_with_who_is_a_person(nlp_and_gaz, text, name):
    from kg.extract.nlp import normalise_for_nlp
    nlp, _gaz = nlp_and_gaz
    doc = nlp(normalise_for_nlp(text))
    assert name in [e.text for e in doc.ents if e.label_ == "PERSON"]


@pytest.mark.parametrize("text, people", [
    # "HE" (His Excellency) in capitals is an honorific, no name of its own nor a part of one
    ("Minister of State HE Dr. Amar bin Dulek received the envoy at the ministry.", ["Amar bin Dulek"]),
    ("Foreign Minister of Malta HE Tala Voss opened the session.", ["Tala Voss"]),
    ("Foreign Minister HE Sheikh Amar bin Dulek opened the session.", ["Amar bin Dulek"]),
    # a name of several particles and names is one person, however many tokens it takes
    ("Minister of State Amar bin Saleh bin Nasser Al-Dulek received the envoy.", ["Amar bin Saleh bin Nasser Al-Dulek"]),
    ("Minister of State Amar bin Saleh bin Nasser bin Tamer Al-Dulek received the envoy.",
     ["Amar bin Saleh bin Nasser bin Tamer Al-Dulek"]),
    # nor cut inside its hyphen at the run's limit
    ("Deputy Amir H H Sheikh Amar bin Saleh Al-Dulek sent a cable to the palace.", ["Amar bin Saleh Al-Dulek"]),
    ("Deputy Amir HH Sheikh Amar bin Saleh bin Nasser Al-Dulek sent a cable to the palace.",
     ["Amar bin Saleh bin Nasser Al-Dulek"]),
    # "He", the pronoun (and a surname), is no honorific
    ("He Tala Voss said nothing.", []),
])
def test_an_honorific_in_capitals_and_a_long_name_of_particles(nlp_and_gaz, text, people):
    from kg.extract.nlp import normalise_for_nlp
    nlp, _ = nlp_and_gaz
    assert [e.text for e in nlp(normalise_for_nlp(text)).ents if e.label_ == "PERSON"] == people
    test_people_finder_writes_what_setting_every_entity_writes(nlp_and_gaz, text)


def test_a_name_never_ends_on_its_particle_before_a_known_name(nlp_and_gaz):
    from kg.extract.nlp import normalise_for_nlp
    nlp, _ = nlp_and_gaz
    doc = nlp(normalise_for_nlp("The plan was praised by Prince Tamer Al Hamad bin Abdullah II at the opening of the "
                                "new port."))
    assert not [e.text for e in doc.ents if e.text.split()[-1].lower() in ("bin", "al", "de", "van")]


@pytest.mark.parametrize("text, people", [
    # a nickname in single quotes inside a name, as in double quotes
    ("Prime Minister Amar 'Pik' Dulek spoke on Wednesday.", ["Amar 'Pik' Dulek"]),
    ("Prime Minister Amar ‘Pik’ Dulek spoke on Wednesday.", ["Amar ‘Pik’ Dulek"]),
    # a plural's possessive is no quote
    ("The ministers' Karl Holm spoke on Wednesday.", ["Karl Holm"]),
])
def test_a_nickname_in_single_quotes_inside_a_name(nlp_and_gaz, text, people):
    nlp, _ = nlp_and_gaz
    assert [e.text for e in nlp(text).ents if e.label_ == "PERSON"] == people


@pytest.mark.parametrize("line, byline", [
    ("Reporting by Ana Lind in Vell and Lars Berg in the south. All times local. Refresh for updates.", True),
    ("Reporting by Ana Lind in Vell and Lars Berg in the north.", True),
    ("By Monday. Lars Berg had spoken to the king.", False),
    ("By Lars Berg. He said he had phoned King Rasmus.", False),
])
def test_a_credit_line_may_close_with_a_note_to_readers(line, byline):
    from kg.extract.people import byline_line
    assert byline_line(line) is byline


def test_a_credit_line_with_prose_after_it_is_no_byline():
    from kg.extract.people import byline_line
    assert not byline_line("Reporter Lars Berg in the capital. Ilse Varga arrived on Sunday.")


@pytest.mark.parametrize("text, people", [
    # an honorific of one word opens a name the given names do not know, with or without a title
    ("Shri Karma Torvel spoke by telephone on Monday.", ["Karma Torvel"]),
    ("Foreign Minister Shri Karma Torvel spoke by telephone on Monday.", ["Karma Torvel"]),
    ("In the capital Dasho Karma Torvel spoke on Monday.", ["Karma Torvel"]),
    ("Foreign Minister Lyonpo D.N. Torvel spoke on Monday.", ["D.N. Torvel"]),
    # a surname alone after one is no name of its own
    ("Shri Torvel spoke on Monday.", []),
])
def test_a_one_word_honorific_opens_a_name(nlp_and_gaz, text, people):
    nlp, _ = nlp_and_gaz
    assert [e.text for e in nlp(text).ents if e.label_ == "PERSON"] == people


@pytest.mark.parametrize("text", [
    "Alhaji Amar Kelas Street was closed for the parade.",
    "The Dasho Karma Torvel Foundation gave the school new books.",
])
def test_a_place_named_after_an_honoured_person_is_no_person(nlp_and_gaz, text):
    nlp, _ = nlp_and_gaz
    assert [e.text for e in nlp(text).ents if e.label_ == "PERSON"] == []

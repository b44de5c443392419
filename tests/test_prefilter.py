"""kg.extract.prefilter: the scan never drops a call the rules find, and skips what cannot hold one."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import kg.extract.article as article_module
from kg.extract.article import extract_article
from kg.extract.mentions import person_key_form
from kg.extract.nlp import load_nlp, normalise_for_nlp
from kg.extract.datelines import find_datelines
from kg.extract.entities import extract_entities
from kg.extract.prefilter import _FOLLOW, _FULL_STOP, Cast, _fold, cast_of, could_tell_a_call, prefilter_for
from kg.model import Article, ArticleMeta, EntityKind
from kg.read.articles import iter_inputs
from kg.resources import data_path

ROOT = Path(__file__).resolve().parent.parent
SETS = [ROOT / "seeds", ROOT / "tests" / "fixtures", ROOT / "tests" / "heldout", ROOT / "tests" / "heldout2"]


@pytest.fixture(scope="module")
def pipeline():
    return load_nlp()


def _examples() -> list[str]:
    out = []

    def walk(value):
        if isinstance(value, dict):
            if isinstance(value.get("example"), str):
                out.append(value["example"])
            for v in value.values():
                walk(v)
        elif isinstance(value, list):
            for v in value:
                walk(v)

    for path in sorted(data_path("lexicon").glob("*.json")):
        walk(json.loads(path.read_text(encoding="utf-8")))
    return out


def _calls_without_scan(monkeypatch, nlp, gaz, article: Article):
    """The calls the full extractor finds, the scan switched off."""
    monkeypatch.setattr(article_module, "could_tell_a_call", lambda *a, **k: True)
    try:
        return extract_article(nlp(normalise_for_nlp(article.text)), article, gaz).calls
    finally:
        monkeypatch.undo()


def test_every_article_with_a_call_passes_the_scan(monkeypatch, pipeline):
    nlp, gaz = pipeline
    articles = [a for s in SETS for a in iter_inputs([s]) if isinstance(a, Article)]
    examples = [Article(ArticleMeta(id=f"example{n}", source="lexicon"), text) for n, text in enumerate(_examples())]
    assert len(articles) > 40 and len(examples) > 100
    told = 0
    for article in articles + examples:
        calls = _calls_without_scan(monkeypatch, nlp, gaz, article)
        if calls:
            told += 1
            assert could_tell_a_call(article.text, gaz), article.meta.id
            doc = nlp(normalise_for_nlp(article.text))
            datelines = find_datelines(article.text, article.meta.published)
            cast = cast_of(extract_entities(doc, article.meta, gaz, datelines))
            assert could_tell_a_call(article.text, gaz, cast=cast), article.meta.id
    assert told > 60  # the sets and examples do tell calls


def test_extraction_is_the_same_with_the_scan(monkeypatch, pipeline):
    nlp, gaz = pipeline
    for article in [a for s in SETS[:2] for a in iter_inputs([s]) if isinstance(a, Article)]:
        with_scan = extract_article(nlp(normalise_for_nlp(article.text)), article, gaz)
        assert with_scan.calls == _calls_without_scan(monkeypatch, nlp, gaz, article)


@pytest.mark.parametrize("text, passes", [
    ("President Amara Dule phoned Prime Minister Ilse Varga on Sunday.", True),
    ("The union called for calm after the vote.", False),  # "called for": never a call
    ("Fans called off the march. A call for calm followed.", False),
    ("The referee called the captain over.", True),  # a person phrase may follow: read it
    ("The coach spoke to reporters after the match.", False),  # talking, and no leader named
    # a verb of talking alone is a call only between two leaders: two signs of one, in two places
    ("The President spoke with the coach after the match.", False),
    ("The President spoke with the Prime Minister after the match.", False),  # bare titles: no leader
    ("President Amara Dule spoke with Prime Minister Ilse Varga.", True),
    ("President Amara Dule spoke with President Ilse Varga.", True),  # one title, twice
    ("Two ministers held a phone conversation.", True),  # a medium word before a call noun
    ("Officials met by video on Monday.", True),
    ("The annual meeting of shareholders was held in the capital.", False),
    ("A call on Monday was scheduled.", True),  # "a call on <day>" is a call
    ("Storms reached the coast on Tuesday.", False),
    # a meeting adverb counts right after a call noun or a few words after a meeting verb
    ("A video posted online showed the flooded square.", False),
    ("The ministers met the envoy virtually on Friday.", True),
    ("Their summit was held as a video conference online.", True),
    # two-word refusals: calls from the public, a company's call with analysts
    ("Police took hundreds of calls from people trapped by the floods.", False),
    ("Calls from the public poured in on Monday.", False),
    ("The carmaker told analysts on a conference call that orders had slowed.", False),
    ("The brewer held a conference call with analysts after its results.", False),
    ("The brewer told investors on a call that costs had peaked.", False),
    # ... and the real calls next to them
    ("President Amara Dule calls King Rasmus on Monday.", True),
    ("President Amara Dule calls from the palace on Monday.", True),  # a day after it
    ("The premier was called from the summit by King Rasmus.", True),  # passive
    ("Hundreds of calls from people, King Rasmus said.", False),
    # a name in apposition may follow a comma after a description of partners
    ("Hundreds of calls from people and world leaders, King Rasmus among them, came in.", True),
    ("The union called for calm, the coach said.", False),
    ("The king called for the leaders of the region, President Amara Dule and King Rasmus, to meet.", True),
    ("President Amara Dule called on Tuesday.", True),  # a day after "called on"
    ("King Rasmus held a conference call with the leaders of Varnia and Ostland.", True),
    ("King Rasmus took calls from President Amara Dule and Prime Minister Ilse Varga.", True),
    ("The king told analysts on a phone call that he was well.", True),  # a call noun of its own
    # "called at" a time of day is a call; "called at" a place is not
    ("President Amara Dule rang at about eight in the evening, King Rasmus said.", True),
    ("President Amara Dule rang at 9 pm, King Rasmus said.", True),
    ("President Amara Dule called at the palace, King Rasmus said.", False),
])
def test_scan(pipeline, text, passes):
    _, gaz = pipeline
    assert could_tell_a_call(text, gaz) is passes


@pytest.mark.parametrize("text", [
    "King Rasmus calls President Amara Dule on Monday.",
    "King Rasmus held a conference call with President Amara Dule and Prime Minister Ilse Varga on Monday.",
    "President Amara Dule took calls from Prime Minister Ilse Varga and King Rasmus on Monday.",
    "President Amara Dule was called from the summit by King Rasmus on Monday.",
    "King Rasmus took calls from the leaders of Varnia and Ostland, President Amara Dule and Prime Minister "
    "Ilse Varga, on Monday.",
    "Vella Radio: Who was first?\n\nKing Rasmus: President Amara Dule rang at about eight in the evening.",
])
def test_a_call_next_to_a_refusal_passes(monkeypatch, pipeline, text):
    """Invented texts near a two-word refusal that the rules read as a call: the scan passes them."""
    nlp, gaz = pipeline
    article = Article(ArticleMeta(id="near", source="test"), text)
    assert _calls_without_scan(monkeypatch, nlp, gaz, article), text
    assert could_tell_a_call(text, gaz), text


def test_refusals_are_off_after_a_parser(pipeline):
    _, gaz = pipeline
    assert not could_tell_a_call("The union called for calm.", gaz)
    assert could_tell_a_call("The union called for calm.", gaz, parsed=True)


@pytest.mark.parametrize("text", ["Shara'a", "Erdoğan’s", "El-Sisi", "AL SISI", "Lula da Silva", "Tōkyō Ōsaka",
                                  "İlham Aliyev", "Zelenskyy's"])
def test_fold_is_the_key_form(text):
    assert _fold(text).strip() == person_key_form(text)


def _words_read_after(scan) -> list[str]:
    """The words a refusal reads after a call word: "called for", "calls from the public"."""
    traps = {w for ps in scan.lex.traps_after._by_first.values() for p, _ in ps for w in p if w.isalnum()}
    return sorted((scan.not_after_verb - scan.np_words) | traps)


def _words_read_before(scan) -> list[str]:
    """The words a refusal reads before a call word: "the call", "conference call", "told
    analysts on a conference call"."""
    traps = {w for ps in scan.lex.traps_before._by_first.values() for p, _ in ps for w in p if w.isalnum()}
    return sorted(traps | scan.verb_not_after | {w for w in scan.medium if w.isalnum()})


def test_refusing_words_stand_apart_for_the_tokenizer(pipeline):
    """A refusal assumes "called W" followed by a space, the end or .,;:!? is the two tokens
    (but an initial's stop, "a."), and "W called" after a space or a line break too, in any case."""
    nlp, gaz = pipeline
    scan = prefilter_for(gaz)
    after, before = _words_read_after(scan), _words_read_before(scan)
    assert {"for", "from", "public", "analysts"} <= set(after) and {"the", "analysts", "conference"} <= set(before)
    for word in after:
        for form in (word, word.capitalize(), word.upper()):
            for follow in sorted(_FOLLOW) + [""]:
                if follow == "." and len(word) < 3:
                    continue  # (not read: ``_sure_after``)
                tokens = [t.text for t in nlp.tokenizer(f"It called {form}{follow}")]
                assert tokens[1:3] == ["called", form], (form, follow, tokens)
    for word in before:
        for form in (word, word.capitalize(), word.upper()):
            for space in (" ", "\n"):
                tokens = [t.text for t in nlp.tokenizer(f"It{space}{form} called")]
                assert tokens[-2:] == [form, "called"], (form, space, tokens)


def test_a_lower_case_word_keeps_no_full_stop(pipeline):
    """``_FULL_STOP``: the tokenizer splits the stop off a lower-case word of three letters or
    more (its exceptions are initials, "co." and "vs."), so the rules' search for a name in
    apposition stops there."""
    nlp, _ = pipeline
    exceptions = [k for k in nlp.tokenizer.rules if _FULL_STOP.fullmatch(k)]
    assert exceptions == []
    assert [t.text for t in nlp.tokenizer("trapped by flood water. The")][-3:] == ["water", ".", "The"]


@pytest.mark.parametrize("text, cast, passes", [
    # a call verb, but fewer than two people: no call has fewer than two participants
    ("President Amara Dule phoned Prime Minister Ilse Varga on Sunday.", Cast(2, 2), True),
    ("President Amara Dule phoned Prime Minister Ilse Varga on Sunday.", Cast(1, 1), False),
    ("Mobile phone makers reported weaker sales.", Cast(0, 0), False),
    ("Hundreds of calls came from residents, Tala Voss said.", Cast(1, 0), False),
    ("Two ministers held a phone conversation.", Cast(2, 0), True),  # a strong cue: people are enough
    # a verb of talking alone is a call only between leaders: two of them
    ("The President spoke with the coach after the match.", Cast(2, 1), False),
    ("The President spoke with the coach after the match.", Cast(2, 2), True),
    ("The coach spoke to reporters after the match.", Cast(3, 2), True),  # no leader named, two known
    ("Foreign Minister Tala Voss spoke with her counterpart.", Cast(2, 0), True),  # a foreign minister's title
])
def test_scan_with_the_cast(pipeline, text, cast, passes):
    _, gaz = pipeline
    assert could_tell_a_call(text, gaz, cast=cast) is passes


SCANNED = ["President Amara Dule phoned Prime Minister Ilse Varga on Sunday.",
           "The President spoke with the coach after the match.",
           "President Amara Dule spoke with Prime Minister Ilse Varga.",
           "Mobile phone makers reported weaker sales."]
CASTS = [None, Cast(2, 2), Cast(2, 1), Cast(1, 1), None]


def test_a_text_scanned_again_gets_the_answer_of_a_fresh_scan(pipeline):
    _, gaz = pipeline
    scan = prefilter_for(gaz)
    for text in SCANNED:
        for cast in CASTS:  # each time from the kept answer, and again from a fresh scan
            warm = scan.could_tell_a_call(text, cast)
            scan._memo.clear()
            assert scan.could_tell_a_call(text, cast) is warm, (text, cast)
    scan._memo.clear()
    answers = [[scan.could_tell_a_call(text, cast) for cast in CASTS] for text in SCANNED]
    assert [[scan.could_tell_a_call(text, cast) for cast in CASTS] for text in SCANNED] == answers
    assert answers[0] == [True, True, True, False, True] and answers[3] == [False] * 5


def test_the_kept_scans_are_bounded(pipeline):
    from kg.extract import prefilter

    _, gaz = pipeline
    scan = prefilter_for(gaz)
    for n in range(prefilter._MEMO_SIZE + 10):
        scan.could_tell_a_call(f"Report number {n}: Dule phoned Varga.")
    assert len(scan._memo) == prefilter._MEMO_SIZE


@pytest.mark.parametrize("text, people, leaders", [
    ("Brisk trading closed the week. Shares of steelmakers rose.", 0, 0),
    ("Economy Minister Tala Voss spoke to reporters on Monday.", 1, 0),
])
def test_cast_counts_people_and_leaders(pipeline, text, people, leaders):
    nlp, gaz = pipeline
    meta = ArticleMeta(id="cast", source="test")
    assert cast_of(extract_entities(nlp(text), meta, gaz)) == Cast(people, leaders)


def test_an_article_with_one_person_is_not_read_for_calls(monkeypatch, pipeline):
    nlp, gaz = pipeline
    text = "Coach Tala Voss phoned the stadium on Monday to check the pitch."
    article = Article(ArticleMeta(id="one", source="test"), text)
    read = []
    monkeypatch.setattr(article_module, "extract_calls", lambda *a, **k: read.append(1) or ())
    assert extract_article(nlp(normalise_for_nlp(text)), article, gaz).calls == ()
    assert read == []
    assert could_tell_a_call(text, gaz)  # the words alone would have passed it


def _two_word_leaders(gaz) -> list:
    return sorted((e for e in gaz.entries.values() if e.kind is EntityKind.LEADER and len(e.name.split()) == 2
                   and not e.short_aliases and not e.context_aliases), key=lambda e: e.id)


@pytest.mark.parametrize("text, passes", [
    # a leader's title makes a leader only right before a name (honorifics, particles between)
    ("President Sheikh Amar spoke with King Emil Sorn on Monday.", True),
    ("President de Varga spoke with Premier Tala Voss on Monday.", True),
    ("The club's president, Tala Voss, spoke with the prime minister.", False),
    ("The president spoke to reporters and the prime minister spoke in parliament.", False),
    ("Economy Minister Tala Voss spoke with Trade Minister Ilse Varga.", False),  # officials, not leaders
    # a foreign minister's title: the rules read such a minister's bare talk
    ("Foreign Minister Tala Voss spoke with her counterpart Ilse Varga.", True),
    ("The secretary of state spoke with the coach.", True),
    # a description names a leader the article has not named only with a country
    ("The Russian leader spoke with the Ukrainian president on Monday.", True),
    ("Ukraine's president spoke with the Emir of Qatar.", True),
    ("The leader of the band spoke with the president of the club.", False),
    # a seat of power stands for its leader
    ("The Kremlin said the leader spoke with President Ilse Varga.", True),
])
def test_leader_signs_for_a_verb_of_talking(pipeline, text, passes):
    _, gaz = pipeline
    assert could_tell_a_call(text, gaz) is passes


def test_any_title_before_a_leaders_surname_is_a_sign(pipeline):
    """ "Foreign Minister Lavrov": ``_titled_surname`` reads a gazetteer leader from a title
    and a surname alone; an unknown name after an official's title makes no leader."""
    _, gaz = pipeline
    one, two = _two_word_leaders(gaz)[:2]
    surname, first = one.name.split()[-1], two.name.split()[0]
    assert could_tell_a_call(f"Minister {surname} spoke with Minister {first} on Monday.", gaz)
    assert not could_tell_a_call("Minister Tala spoke with Minister Ilse on Monday.", gaz)


def test_two_leaders_the_rules_find_leave_two_signs(pipeline):
    """Invented sentences where the entity rules find two leaders: the scan passes them."""
    nlp, gaz = pipeline
    one, two = _two_word_leaders(gaz)[:2]
    meta = ArticleMeta(id="signs", source="test")
    for text in (f"{one.name} spoke with {two.name} on Monday.",
                 f"President Amara Dule spoke with {two.name} on Monday.",
                 "President Amara Dule spoke with Prime Minister Ilse Varga on Monday.",
                 f"{one.name} met reporters. The Kremlin said the leader spoke with {two.name}."):
        assert cast_of(extract_entities(nlp(text), meta, gaz)).leaders >= 2, text
        assert could_tell_a_call(text, gaz), text


def test_title_signs_read_the_raw_case(pipeline):
    """A text whose lower case changes its length: titles are not read, the scan passes."""
    _, gaz = pipeline
    assert could_tell_a_call("The İ president spoke with the prime minister.", gaz)

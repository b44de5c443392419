"""kg.resolve.resolver: merging entities and calls across articles, independent of article order."""

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import date

import pytest

from kg.errors import KgError
from kg.resolve.keys import call_key
from kg.model import (
    ArticleFacts,
    ArticleMeta,
    CallMedium,
    CallMention,
    CallStatus,
    EntityKind,
    EntityRef,
    Evidence,
    OutletKind,
    Report,
)
from kg.resolve.resolver import Resolution, Resolver, resolve

ALBA = "person:marta alba"
BORG = "person:sven borg"
CRUZ = "person:ines cruz"
WIRE = "gaz:wire-agency"

REFS = {
    ALBA: EntityRef(ALBA, "Marta Alba", EntityKind.LEADER, role="President", country="Ardia"),
    BORG: EntityRef(BORG, "Sven Borg", EntityKind.LEADER, role="Prime Minister"),
    CRUZ: EntityRef(CRUZ, "Ines Cruz", EntityKind.LEADER),
    WIRE: EntityRef(WIRE, "Wire Agency", EntityKind.OUTLET, outlet_kind=OutletKind.AGENCY),
}


def ev(article: str, start: int = 0, text: str = "They spoke.") -> Evidence:
    return Evidence(article, start, start + len(text), text)


def mention(article: str, *who: str, day=None, status=CallStatus.OCCURRED, start=0, **kw) -> CallMention:
    return CallMention(
        article_id=article,
        participants=tuple(sorted(who)),
        status=status,
        date=day,
        evidence=(ev(article, start),),
        **kw,
    )


def article(aid: str, published: date | None, *calls: CallMention, refs=None) -> ArticleFacts:
    keys = sorted({p for c in calls for p in c.participants})
    entities = tuple(refs) if refs is not None else tuple(REFS[k] for k in keys if k in REFS)
    return ArticleFacts(ArticleMeta(aid, f"/in/{aid}", published), entities, tuple(calls))


def calls_by_key(res: Resolution) -> dict:
    return {c.key: c for c in res.calls}


def test_same_call_in_two_articles_is_one_call():
    res = resolve([
        article("a.txt", date(2025, 3, 5), mention("a.txt", ALBA, BORG, day=date(2025, 3, 4))),
        article("b.txt", date(2025, 3, 6), mention("b.txt", BORG, ALBA, day=date(2025, 3, 4))),
    ])
    (call,) = res.calls
    assert call.key == call_key((ALBA, BORG), "Occurred", date(2025, 3, 4))
    assert call.participants == (ALBA, BORG)
    assert call.articles == ("a.txt", "b.txt")
    assert [e.article_id for e in call.evidence] == ["a.txt", "b.txt"]
    assert [a.id for a in res.articles] == ["a.txt", "b.txt"]


def test_different_dates_stay_apart():
    res = resolve([
        article("a.txt", date(2025, 3, 5), mention("a.txt", ALBA, BORG, day=date(2025, 3, 4))),
        article("b.txt", date(2025, 3, 6), mention("b.txt", ALBA, BORG, day=date(2025, 3, 1))),
    ])
    assert sorted(c.date for c in res.calls) == [date(2025, 3, 1), date(2025, 3, 4)]


def test_occurred_and_planned_stay_apart():
    res = resolve([
        article("a.txt", date(2025, 3, 5), mention("a.txt", ALBA, BORG, day=date(2025, 3, 4))),
        article(
            "b.txt",
            date(2025, 3, 5),
            mention("b.txt", ALBA, BORG, day=date(2025, 3, 4), status=CallStatus.PLANNED),
        ),
    ])
    assert sorted(c.status.value for c in res.calls) == ["Occurred", "Planned"]


@pytest.mark.parametrize(
    "published, joins",
    [
        (date(2025, 3, 4), True),  # on the day of the call
        (date(2025, 3, 11), True),  # 7 days later: inside the window
        (date(2025, 3, 25), True),  # 21 days later: still inside it (a feature telling it in passing)
        (date(2025, 3, 26), False),  # 22 days later: too old
        (date(2025, 3, 3), False),  # published before the call
        (None, False),
    ],
)
def test_undated_mention_joins_recent_dated_call(published, joins):
    res = resolve([
        article("a.txt", date(2025, 3, 5), mention("a.txt", ALBA, BORG, day=date(2025, 3, 4))),
        article("b.txt", published, mention("b.txt", ALBA, BORG)),
    ])
    if joins:
        (call,) = res.calls
        assert call.articles == ("a.txt", "b.txt")
    else:
        dated, undated = sorted(res.calls, key=lambda c: c.date is None)
        assert dated.articles == ("a.txt",)
        assert undated.date is None and undated.articles == ("b.txt",)
        assert undated.key == call_key((ALBA, BORG), "Occurred", None, "b.txt")


def test_undated_with_two_candidates_stays_apart():
    res = resolve([
        article("a.txt", date(2025, 3, 5), mention("a.txt", ALBA, BORG, day=date(2025, 3, 2))),
        article("b.txt", date(2025, 3, 5), mention("b.txt", ALBA, BORG, day=date(2025, 3, 4))),
        article("c.txt", date(2025, 3, 6), mention("c.txt", ALBA, BORG)),
    ])
    assert len(res.calls) == 3
    assert {c.articles for c in res.calls} == {("a.txt",), ("b.txt",), ("c.txt",)}


def test_undated_needs_same_status():
    res = resolve([
        article("a.txt", date(2025, 3, 5), mention("a.txt", ALBA, BORG, day=date(2025, 3, 4))),
        article("b.txt", date(2025, 3, 5), mention("b.txt", ALBA, BORG, status=CallStatus.PLANNED)),
    ])
    assert len(res.calls) == 2


def test_undated_mentions_of_articles_published_days_apart_stay_apart():
    res = resolve([
        article("a.txt", date(2025, 3, 5), mention("a.txt", ALBA, BORG)),
        article("b.txt", date(2025, 3, 15), mention("b.txt", ALBA, BORG)),
    ])
    assert len(res.calls) == 2


def test_undated_mentions_of_articles_published_within_two_days_are_one_call():
    res = resolve([
        article("a.txt", date(2025, 3, 5), mention("a.txt", ALBA, BORG)),
        article("b.txt", date(2025, 3, 6), mention("b.txt", ALBA, BORG)),
    ])
    (call,) = res.calls
    assert call.articles == ("a.txt", "b.txt")
    assert call.merge_rules == ("undated-near-publication",)


def test_a_day_apart_across_time_zones_is_one_call_with_the_day_most_articles_give():
    res = resolve([
        article("a.txt", date(2025, 3, 6), mention("a.txt", ALBA, BORG, day=date(2025, 3, 5))),
        article("b.txt", date(2025, 3, 6), mention("b.txt", ALBA, BORG, day=date(2025, 3, 6))),
        article("c.txt", date(2025, 3, 7), mention("c.txt", ALBA, BORG, day=date(2025, 3, 6))),
    ])
    (call,) = res.calls
    assert call.date == date(2025, 3, 6)
    assert set(call.merge_rules) == {"adjacent-day", "same-day"}


def test_calls_of_consecutive_days_stay_apart_when_the_first_was_told_before_the_second():
    res = resolve([
        article("a.txt", date(2025, 3, 5), mention("a.txt", ALBA, BORG, day=date(2025, 3, 5))),
        article("b.txt", date(2025, 3, 7), mention("b.txt", ALBA, BORG, day=date(2025, 3, 6))),
    ])
    assert sorted(c.date for c in res.calls) == [date(2025, 3, 5), date(2025, 3, 6)]


def test_an_undated_mention_naming_part_of_a_coalition_call_joins_it():
    day = date(2025, 3, 4)
    res = resolve([
        article("a.txt", date(2025, 3, 5), mention("a.txt", ALBA, BORG, CRUZ, day=day)),
        article("b.txt", date(2025, 3, 6), mention("b.txt", ALBA, CRUZ)),
    ])
    (call,) = res.calls
    assert call.participants == tuple(sorted((ALBA, BORG, CRUZ)))
    assert call.merge_rules == ("undated-subset-in-window",)


def test_in_article_undated_mentions_join_the_dated_one():
    day = date(2024, 1, 10)  # far from publication: the in-article rule has no window
    res = resolve([
        article(
            "a.txt",
            date(2025, 3, 5),
            mention("a.txt", ALBA, BORG, day=day, start=0),
            mention("a.txt", ALBA, BORG, start=50, medium=CallMedium.VIDEO),
            mention("a.txt", ALBA, BORG, start=90),
        )
    ])
    (call,) = res.calls
    assert call.date == day and call.medium is CallMedium.VIDEO
    assert [e.start for e in call.evidence] == [0, 50, 90]


def test_two_undated_mentions_in_one_article_are_one_call():
    res = resolve([
        article(
            "a.txt", date(2025, 3, 5), mention("a.txt", ALBA, BORG), mention("a.txt", BORG, ALBA, start=40)
        )
    ])
    (call,) = res.calls
    assert call.key == call_key((ALBA, BORG), "Occurred", None, "a.txt")
    assert len(call.evidence) == 2


def test_superset_participants_merge_on_the_same_day():
    day = date(2025, 3, 4)
    res = resolve([
        article("a.txt", date(2025, 3, 5), mention("a.txt", ALBA, BORG, day=day, caller=BORG)),
        article("b.txt", date(2025, 3, 5), mention("b.txt", ALBA, BORG, CRUZ, day=day)),
        article("c.txt", date(2025, 3, 6), mention("c.txt", ALBA, BORG)),  # told as the pair
    ])
    (call,) = res.calls
    assert call.participants == tuple(sorted((ALBA, BORG, CRUZ)))
    assert call.key == call_key((ALBA, BORG, CRUZ), "Occurred", day)
    assert call.articles == ("a.txt", "b.txt", "c.txt")
    assert call.caller == BORG


def test_subset_with_two_incomparable_supersets_stays_apart():
    day = date(2025, 3, 4)
    dee = "person:olaf dee"
    res = resolve([
        article("a.txt", date(2025, 3, 5), mention("a.txt", ALBA, BORG, day=day)),
        article("b.txt", date(2025, 3, 5), mention("b.txt", ALBA, BORG, CRUZ, day=day)),
        article("c.txt", date(2025, 3, 5), mention("c.txt", ALBA, BORG, dee, day=day)),
    ])
    assert len(res.calls) == 3


def test_surname_only_person_merges_with_unique_full_name():
    short = EntityRef("person:borg", "Borg", EntityKind.PERSON)
    res = resolve([
        article("a.txt", date(2025, 3, 5), mention("a.txt", ALBA, BORG, day=date(2025, 3, 4))),
        article(
            "b.txt",
            date(2025, 3, 5),
            mention("b.txt", ALBA, "person:borg", day=date(2025, 3, 4), caller="person:borg"),
            refs=[REFS[ALBA], short],
        ),
    ])
    keys = [e.key for e in res.entities]
    assert "person:borg" not in keys
    borg = next(e for e in res.entities if e.key == BORG)
    assert borg.name == "Sven Borg" and borg.kind is EntityKind.LEADER
    assert borg.aliases == ("Borg",)
    assert borg.articles == ("a.txt", "b.txt")
    (call,) = res.calls
    assert call.participants == (ALBA, BORG) and call.caller == BORG


def test_a_surname_with_its_particles_merges_with_the_one_full_name_ending_with_them():
    short = EntityRef("person:de la vell", "De la Vell", EntityKind.PERSON)
    full = EntityRef("person:amar jose de la vell", "Amar José de la Vell", EntityKind.PERSON)
    arts = [article("a.txt", date(2025, 3, 5), mention("a.txt", ALBA, "person:de la vell", day=date(2025, 3, 4)),
                    refs=[REFS[ALBA], short]),
            article("b.txt", date(2025, 3, 5), mention("b.txt", ALBA, "person:amar jose de la vell", day=date(2025, 3, 4)),
                    refs=[REFS[ALBA], full])]
    for order in itertools.permutations(arts):
        res = resolve(order)
        assert "person:de la vell" not in {e.key for e in res.entities}
        (call,) = res.calls
        assert call.participants == ("person:amar jose de la vell", ALBA)


def test_a_surname_merges_with_the_one_full_name_it_ends_before_a_generational_suffix():
    short = EntityRef("person:vell", "Vell", EntityKind.PERSON)
    full = EntityRef("person:amar vell jr.", "Amar Vell Jr.", EntityKind.PERSON)
    arts = [article("a.txt", date(2025, 3, 5), mention("a.txt", ALBA, "person:vell", day=date(2025, 3, 4)),
                    refs=[REFS[ALBA], short]),
            article("b.txt", date(2025, 3, 5), mention("b.txt", ALBA, "person:amar vell jr.", day=date(2025, 3, 4)),
                    refs=[REFS[ALBA], full])]
    for order in itertools.permutations(arts):
        res = resolve(order)
        assert "person:vell" not in {e.key for e in res.entities}
        (call,) = res.calls
        assert call.participants == ("person:amar vell jr.", ALBA)


def test_a_name_and_a_regnal_number_is_no_surname_to_merge_by():
    regnal = EntityRef("person:tala ii", "Tala II", EntityKind.PERSON)
    full = EntityRef("person:amar tala", "Amar Tala", EntityKind.PERSON)
    res = resolve([article("a.txt", date(2025, 3, 5), mention("a.txt", ALBA, "person:tala ii", day=date(2025, 3, 4)),
                           refs=[REFS[ALBA], regnal]),
                   article("b.txt", date(2025, 3, 5), refs=[full])])
    assert {"person:tala ii", "person:amar tala"} <= {e.key for e in res.entities}


def test_ambiguous_surname_stays_separate():
    short = EntityRef("person:borg", "Borg", EntityKind.PERSON)
    other = EntityRef("person:lena borg", "Lena Borg", EntityKind.PERSON)
    res = resolve([
        article("a.txt", date(2025, 3, 5), mention("a.txt", ALBA, BORG, day=date(2025, 3, 4))),
        article("b.txt", date(2025, 3, 5), refs=[short, other]),
    ])
    assert {"person:borg", "person:lena borg", BORG} <= {e.key for e in res.entities}


def test_a_name_spelt_a_letter_apart_by_other_articles_is_one_person_in_any_order():
    # "Sirojiddin"-style transliterations: the spelling more articles give wins; a short
    # surname, or another given name, is someone else
    khov = EntityRef("person:amar dulekhov", "Amar Dulekhov", EntityKind.PERSON)
    hov = EntityRef("person:amar dulehov", "Amar Dulehov", EntityKind.PERSON)
    other = EntityRef("person:ilse dulehov", "Ilse Dulehov", EntityKind.PERSON)
    arts = [
        article("a.txt", date(2025, 3, 5), mention("a.txt", ALBA, "person:amar dulehov", day=date(2025, 3, 4)),
                refs=[REFS[ALBA], hov]),
        article("b.txt", date(2025, 3, 6), mention("b.txt", ALBA, "person:amar dulekhov"), refs=[REFS[ALBA], khov]),
        article("c.txt", date(2025, 3, 7), refs=[hov, other]),
    ]
    for order in itertools.permutations(arts):
        res = resolve(order)
        keys = {e.key for e in res.entities}
        assert "person:amar dulekhov" not in keys and {"person:amar dulehov", "person:ilse dulehov"} <= keys
        (call,) = res.calls
        assert call.participants == ("person:amar dulehov", ALBA) and call.date == date(2025, 3, 4)
        dule = next(e for e in res.entities if e.key == "person:amar dulehov")
        assert dule.articles == ("a.txt", "b.txt", "c.txt") and "Amar Dulekhov" in dule.aliases


def test_a_name_written_the_other_way_round_by_another_article_is_one_person_in_any_order():
    # "Arata Kenji" (family name first) in one article, "Kenji Arata" in two others: one person,
    # under the spelling more articles give; in one article they would be two names of two people
    first = EntityRef("person:kenji arata", "Kenji Arata", EntityKind.PERSON)
    reversed_ = EntityRef("person:arata kenji", "Arata Kenji", EntityKind.PERSON)
    arts = [
        article("a.txt", date(2025, 3, 5), mention("a.txt", ALBA, "person:arata kenji", day=date(2025, 3, 4)),
                refs=[REFS[ALBA], reversed_]),
        article("b.txt", date(2025, 3, 6), mention("b.txt", ALBA, "person:kenji arata", day=date(2025, 3, 4)),
                refs=[REFS[ALBA], first]),
        article("c.txt", date(2025, 3, 7), refs=[first]),
    ]
    for order in itertools.permutations(arts):
        res = resolve(order)
        keys = {e.key for e in res.entities}
        assert "person:arata kenji" not in keys and "person:kenji arata" in keys
        (call,) = res.calls
        assert call.participants == (ALBA, "person:kenji arata") or call.participants == ("person:kenji arata", ALBA)


def test_both_names_spelt_a_letter_apart_by_another_article_are_one_person_unless_both_are_given_names():
    # a transliteration changes the given name and the surname ("Hristiyan Vellkoski" and
    # "Hristijan Velkoski"); "Mario" and "Maria" are two given names: two people
    refs = {
        "a.txt": EntityRef("person:hristiyan vellkoski", "Hristiyan Vellkoski", EntityKind.PERSON),
        "b.txt": EntityRef("person:hristijan velkoski", "Hristijan Velkoski", EntityKind.PERSON),
        "c.txt": EntityRef("person:mario dulekhov", "Mario Dulekhov", EntityKind.PERSON),
        "d.txt": EntityRef("person:maria dulekhov", "Maria Dulekhov", EntityKind.PERSON),
    }
    arts = [article(name, date(2025, 3, 5), refs=[ref]) for name, ref in refs.items()]
    for order in itertools.permutations(arts):
        keys = {e.key for e in resolve(order).entities}
        assert len(keys & {"person:hristiyan vellkoski", "person:hristijan velkoski"}) == 1
        assert {"person:mario dulekhov", "person:maria dulekhov"} <= keys


def test_a_shorter_form_of_one_fuller_name_in_another_article_is_that_person():
    # a second surname dropped ("Amar Vell" of "Amar Vell Ruiz"), a middle name dropped ("Ilse
    # Dulek" of "Ilse Marta Dulek"); "Juan Carlos" ends with a given name: a name of its own;
    # "Oskar Berg" fits two fuller names: left alone
    def ref(name):
        return EntityRef(f"person:{name.lower()}", name, EntityKind.PERSON)
    arts = [
        article("a.txt", date(2025, 3, 5), mention("a.txt", ALBA, "person:amar vell", day=date(2025, 3, 4)),
                refs=[REFS[ALBA], ref("Amar Vell"), ref("Ilse Dulek"), ref("Juan Carlos"), ref("Oskar Berg")]),
        article("b.txt", date(2025, 3, 5), mention("b.txt", ALBA, "person:amar vell ruiz", day=date(2025, 3, 4)),
                refs=[REFS[ALBA], ref("Amar Vell Ruiz"), ref("Ilse Marta Dulek"), ref("Juan Carlos Tavo")]),
        article("c.txt", date(2025, 3, 6), refs=[ref("Oskar Berg Lind"), ref("Oskar Ruiz Berg")]),
    ]
    for order in itertools.permutations(arts):
        res = resolve(order)
        keys = {e.key for e in res.entities}
        assert not keys & {"person:amar vell", "person:ilse dulek"}
        assert {"person:amar vell ruiz", "person:ilse marta dulek", "person:juan carlos", "person:juan carlos tavo",
                "person:oskar berg", "person:oskar berg lind", "person:oskar ruiz berg"} <= keys
        (call,) = res.calls
        assert set(call.participants) == {ALBA, "person:amar vell ruiz"}


def test_linked_spellings_are_one_person_whatever_the_order_of_articles():
    # "Hristo Velkov" (two articles), "Hristo Velkova" (one), "Hristyo Velkov" (three): each
    # linked to another, all one person under the spelling most articles give; a shorter name
    # linked to a spelling of the fuller one joins them too ("Amar Dulekov", "Amar Vell Dulekhov")
    def ref(name):
        return EntityRef(f"person:{name.lower()}", name, EntityKind.PERSON)
    arts = [article(f"{n}.txt", date(2025, 3, 5), refs=[ref(name)]) for n, name in enumerate(
        ["Hristo Velkov", "Hristo Velkov", "Hristo Velkova", "Hristyo Velkov", "Hristyo Velkov", "Hristyo Velkov",
         "Amar Dulekov", "Amar Dulekhov", "Amar Vell Dulekhov"])]
    for order in (arts, arts[::-1], arts[3:] + arts[:3], arts[6:] + arts[:6]):
        keys = {e.key for e in resolve(order).entities}
        assert keys == {"person:hristyo velkov", "person:amar vell dulekhov"}


def test_given_names_no_transliteration_trades_and_generational_suffixes_keep_people_apart():
    # "Ivana" and "Ivanka" differ in a letter no transliteration trades; "Amar Dulekhov Jr." is
    # his son, not a second surname
    def ref(name):
        return EntityRef(f"person:{name.lower()}", name, EntityKind.PERSON)
    names = ["Ivana Vellov", "Ivanka Vellov", "Christine Dulekhov", "Christian Dulekhov", "Amar Dulekhov",
             "Amar Dulekhov Jr.", "Tala Osterberg", "Tala Osterberg II"]
    res = resolve([article(f"{n}.txt", date(2025, 3, 5), refs=[ref(name)]) for n, name in enumerate(names)])
    assert {e.key for e in res.entities} == {f"person:{name.lower()}" for name in names}


def test_two_near_spellings_in_one_article_or_of_two_countries_are_two_people():
    nielsen = EntityRef("person:lars nielsen", "Lars Nielsen", EntityKind.PERSON, role="Foreign Minister", country="Denmark")
    nilsen = EntityRef("person:lars nilsen", "Lars Nilsen", EntityKind.PERSON, role="Foreign Minister", country="Norway")
    nilsen_bare = EntityRef("person:lars nilsen", "Lars Nilsen", EntityKind.PERSON)
    together = resolve([article("a.txt", date(2025, 3, 5), mention("a.txt", "person:lars nielsen", "person:lars nilsen"),
                                refs=[replace(nielsen, country=None), nilsen_bare])])
    apart = resolve([article("a.txt", date(2025, 3, 5), mention("a.txt", ALBA, "person:lars nielsen"), refs=[REFS[ALBA], nielsen]),
                     article("b.txt", date(2025, 3, 6), mention("b.txt", ALBA, "person:lars nilsen"), refs=[REFS[ALBA], nilsen])])
    for res in (together, apart):
        assert {"person:lars nielsen", "person:lars nilsen"} <= {e.key for e in res.entities}
        assert {p for c in res.calls for p in c.participants} <= {e.key for e in res.entities}


def _people(*names):
    return [EntityRef(f"person:{n.lower()}", n, EntityKind.LEADER) for n in names]


def test_two_parts_of_one_conference_told_by_two_articles_are_one_call_of_all_of_them():
    day = date(2025, 3, 4)
    arts = [
        article("a.txt", date(2025, 3, 5), mention("a.txt", "person:ama", "person:berg", "person:cora", "person:dule", day=day,
                                                   medium=CallMedium.VIDEO), refs=_people("Ama", "Berg", "Cora", "Dule")),
        article("b.txt", date(2025, 3, 5), mention("b.txt", "person:berg", "person:cora", "person:emil", day=day),
                refs=_people("Berg", "Cora", "Emil")),
        # the same day, another call of two of them only: a subset, folded as before
        article("c.txt", date(2025, 3, 6), mention("c.txt", "person:ama", "person:berg", day=day), refs=_people("Ama", "Berg")),
    ]
    for order in itertools.permutations(arts):
        (call,) = resolve(order).calls
        assert call.participants == ("person:ama", "person:berg", "person:cora", "person:dule", "person:emil")
        assert call.articles == ("a.txt", "b.txt", "c.txt") and call.medium is CallMedium.VIDEO
        assert {"overlap-same-day", "subset-same-day"} <= set(call.merge_rules)


def test_overlapping_conferences_one_article_tells_apart_or_of_two_media_stay_apart():
    day = date(2025, 3, 4)
    one = resolve([article("a.txt", None,
                           mention("a.txt", "person:ama", "person:berg", "person:cora", day=day, start=0),
                           mention("a.txt", "person:berg", "person:cora", "person:emil", day=day, start=50),
                           refs=_people("Ama", "Berg", "Cora", "Emil"))])
    media = resolve([
        article("a.txt", None, mention("a.txt", "person:ama", "person:berg", "person:cora", day=day, medium=CallMedium.VIDEO),
                refs=_people("Ama", "Berg", "Cora")),
        article("b.txt", None, mention("b.txt", "person:berg", "person:cora", "person:emil", day=day, medium=CallMedium.PHONE),
                refs=_people("Berg", "Cora", "Emil")),
    ])
    assert len(one.calls) == 2 and len(media.calls) == 2


def test_a_call_of_part_of_a_merged_conference_folds_into_it():
    day = date(2025, 3, 4)
    res = resolve([
        article("a.txt", None, mention("a.txt", "person:ama", "person:berg", "person:cora", day=day), refs=_people("Ama", "Berg", "Cora")),
        article("b.txt", None, mention("b.txt", "person:berg", "person:cora", "person:emil", day=day), refs=_people("Berg", "Cora", "Emil")),
        # one of each part: a subset of the union only
        article("c.txt", None, mention("c.txt", "person:ama", "person:emil", day=day), refs=_people("Ama", "Emil")),
    ])
    (call,) = res.calls
    assert call.articles == ("a.txt", "b.txt", "c.txt")


def test_a_conference_overlapping_two_others_stays_apart():
    day = date(2025, 3, 4)
    res = resolve([
        article("a.txt", None, mention("a.txt", "person:ama", "person:berg", "person:cora", day=day), refs=_people("Ama", "Berg", "Cora")),
        article("b.txt", None, mention("b.txt", "person:ama", "person:berg", "person:dule", day=day), refs=_people("Ama", "Berg", "Dule")),
        article("c.txt", None, mention("c.txt", "person:ama", "person:berg", "person:emil", day=day), refs=_people("Ama", "Berg", "Emil")),
    ])
    assert len(res.calls) == 3


def test_gaz_keys_are_never_merged_by_name():
    res = resolve([
        article("a.txt", None, refs=[EntityRef("gaz:borg", "Borg", EntityKind.PERSON), REFS[BORG]]),
        article("b.txt", None, refs=[EntityRef("person:alba", "Alba", EntityKind.PERSON),
                                     EntityRef("gaz:marta-alba", "Marta Alba", EntityKind.LEADER)]),
    ])
    assert [e.key for e in res.entities] == ["gaz:borg", "gaz:marta-alba", "person:alba", BORG]


def test_entity_fields_merge_deterministically():
    refs_b = [EntityRef(ALBA, "Alba", EntityKind.PERSON, role="Minister", country="Bergia",
                        aliases=("M. Alba",))]
    refs_c = [EntityRef(ALBA, "Marta Alba", EntityKind.PERSON, wikidata="Q1")]
    refs_a = [EntityRef(ALBA, "Marta Alba", EntityKind.LEADER, role="President")]
    res = resolve([
        article("b.txt", None, refs=refs_b),
        article("c.txt", None, refs=refs_c),
        article("a.txt", None, refs=refs_a),
        article("d.txt", None, refs=[REFS[WIRE]]),
    ])
    alba, wire = res.entities[1], res.entities[0]
    assert alba.name == "Marta Alba" and alba.kind is EntityKind.LEADER
    assert (alba.role, alba.country, alba.wikidata) == ("President", "Bergia", "Q1")
    assert alba.aliases == ("Alba", "M. Alba")
    assert wire.outlet_kind is OutletKind.AGENCY and wire.articles == ("d.txt",)


def test_medium_duration_reports_votes():
    day = date(2025, 3, 4)
    report = Report(WIRE, ev("a.txt", 10, "Wire Agency reported."))
    res = resolve([
        article("a.txt", day, mention("a.txt", ALBA, BORG, day=day, medium=CallMedium.PHONE,
                                      duration_minutes=90, reports=(report,))),
        article("b.txt", day, mention("b.txt", ALBA, BORG, day=day, medium=CallMedium.VIDEO,
                                      duration_minutes=60)),
        article("c.txt", day, mention("c.txt", ALBA, BORG, day=day, duration_minutes=90)),
    ])
    (call,) = res.calls
    assert call.medium is CallMedium.VIDEO  # one vote each: Video wins the tie
    assert call.duration_minutes == 90
    assert call.reports == (report,)


def test_duplicate_article_id_is_an_error():
    resolver = Resolver()
    resolver.add(article("a.txt", None))
    with pytest.raises(KgError, match="a.txt"):
        resolver.add(article("a.txt", None))


def test_result_can_be_taken_while_streaming():
    resolver = Resolver()
    resolver.add(article("a.txt", date(2025, 3, 5), mention("a.txt", ALBA, BORG)))
    first = resolver.result()
    assert first.calls[0].date is None
    resolver.add(article("b.txt", date(2025, 3, 5), mention("b.txt", ALBA, BORG, day=date(2025, 3, 4))))
    (call,) = resolver.result().calls
    assert call.articles == ("a.txt", "b.txt")
    assert resolver.result() == resolver.result()


CORPUS = [
    article("a.txt", date(2025, 3, 5),
            mention("a.txt", ALBA, BORG, day=date(2025, 3, 4), medium=CallMedium.PHONE, caller=ALBA),
            mention("a.txt", ALBA, CRUZ, status=CallStatus.PLANNED)),
    article("b.txt", date(2025, 3, 6),
            mention("b.txt", ALBA, "person:borg", caller="person:borg", duration_minutes=45),
            refs=[REFS[ALBA], EntityRef("person:borg", "Borg", EntityKind.PERSON, role="Leader")]),
    article("c.txt", date(2025, 3, 4),
            mention("c.txt", ALBA, BORG, CRUZ, day=date(2025, 3, 4), medium=CallMedium.VIDEO),
            mention("c.txt", BORG, CRUZ, day=date(2025, 2, 1))),
    article("d.txt", date(2025, 3, 7),
            mention("d.txt", ALBA, BORG, day=date(2025, 3, 1), duration_minutes=30),
            mention("d.txt", BORG, CRUZ)),
]


def test_order_independence():
    expected = resolve(CORPUS)
    for order in itertools.permutations(CORPUS):
        assert resolve(order) == expected
    # b.txt's undated surname mention has two candidates (Mar 1 and Mar 4); d.txt's undated
    # Borg-Cruz mention joins the Mar 4 call of the three (a coalition call told in part)
    assert len(expected.calls) == 5


def test_a_mention_with_a_period_joins_only_a_call_inside_it():
    from kg.model import ArticleFacts, ArticleMeta, CallMention, EntityKind, EntityRef
    from kg.resolve.resolver import resolve

    people = (EntityRef("p:a", "Ana Vell", EntityKind.LEADER), EntityRef("p:b", "Bo Kim", EntityKind.LEADER))

    def facts(aid, published, **call):
        meta = ArticleMeta(aid, aid, published=published)
        return ArticleFacts(meta, people, (CallMention(aid, ("p:a", "p:b"), **call),))

    july = facts("a1", date(2025, 7, 25), date=date(2025, 7, 24))
    december = facts("a2", date(2025, 12, 31), date=date(2025, 12, 30))
    recalled = facts("a3", date(2026, 1, 2), period=(date(2025, 7, 1), date(2025, 7, 31)))  # "last spoke in July"
    calls = resolve([july, december, recalled]).calls
    by_day = {c.date: c for c in calls}
    assert set(by_day) == {date(2025, 7, 24), date(2025, 12, 30)}
    assert "a3" in by_day[date(2025, 7, 24)].articles and "a3" not in by_day[date(2025, 12, 30)].articles


def test_a_period_reaches_a_day_either_side_for_time_zones():
    # "called him in April" in one article, the call dated May 1 by another (a later time zone's
    # day); a call two days after the month is another call
    from kg.model import ArticleFacts, ArticleMeta, CallMention, EntityKind, EntityRef
    from kg.resolve.resolver import resolve

    people = (EntityRef("p:a", "Ana Vell", EntityKind.LEADER), EntityRef("p:b", "Bo Kim", EntityKind.LEADER))

    def facts(aid, published, **call):
        meta = ArticleMeta(aid, aid, published=published)
        return ArticleFacts(meta, people, (CallMention(aid, ("p:a", "p:b"), **call),))

    april = (date(2023, 4, 1), date(2023, 4, 30))
    calls = resolve([facts("a1", date(2023, 5, 1), date=date(2023, 5, 1)),
                     facts("a2", date(2023, 8, 14), period=april)]).calls
    assert [(c.date, c.articles) for c in calls] == [(date(2023, 5, 1), ("a1", "a2"))]
    assert "undated-in-window" in calls[0].merge_rules
    calls = resolve([facts("a1", date(2023, 5, 2), date=date(2023, 5, 2)),
                     facts("a2", date(2023, 8, 14), period=april)]).calls
    assert len(calls) == 2


def test_names_of_three_words_one_written_with_other_vowels_are_one_person():
    # a romanisation's vowels ("Jeong", "Jung") in a syllable of a hyphened given name; not two
    # given names ("Maria", "Mario"), a short syllable, a surname ("Moreno", "Marino") nor a word
    # of its own ("Minh", "Manh")
    def ref(name):
        return EntityRef(f"person:{name.lower().replace('-', ' ')}", name, EntityKind.PERSON)
    names = ["Park Jeong-hwan", "Park Jung-hwan", "Ana Maria Ruiz", "Ana Mario Ruiz", "Lee Ji-won", "Lee Ja-won",
             "Tomas Alberto Moreno", "Tomas Alberto Marino", "Tran Van Minh", "Tran Van Manh"]
    arts = [article(f"{n}.txt", date(2025, 3, 5), refs=[ref(name)]) for n, name in enumerate(names)]
    for order in (arts, arts[::-1]):
        keys = {e.key for e in resolve(order).entities}
        assert keys == {"person:park jeong hwan"} | {f"person:{n.lower().replace('-', ' ')}" for n in names[2:]}


def test_a_given_name_written_with_other_vowels_before_a_surname_of_two_words_is_one_person():
    # ("Marhaf"/"Murhaf" of one transliterated name; not two given names of their own, "Maria"
    # and "Mario", nor names of two words, whose surname alone would be left to tell them apart)
    def ref(name):
        return EntityRef(f"person:{name.lower()}", name, EntityKind.PERSON)
    names = ["Marhaf Abu Vessa", "Murhaf Abu Vessa", "Maria Abu Vessa", "Mario Abu Vessa", "Tarik Vessa", "Tarak Vessa"]
    arts = [article(f"{n}.txt", date(2025, 3, 5), refs=[ref(name)]) for n, name in enumerate(names)]
    for order in (arts, arts[::-1]):
        keys = {e.key for e in resolve(order).entities}
        assert keys == {"person:marhaf abu vessa"} | {f"person:{n.lower()}" for n in names[2:]}


def test_a_name_without_its_romanised_given_name_of_two_syllables_is_the_fuller_one():
    # ("John Lee" of "John Lee Ka-ming": the English given name and the family name; not "Mary
    # Lee" of "Mary Lee Kam Ming", two words dropped that are no one given name)
    def ref(name):
        return EntityRef(f"person:{name.lower().replace('-', ' ')}", name, EntityKind.PERSON)
    # (nor "Juan Carlos" of "Juan Carlos Lopez-Garcia", a double surname; a family name of two
    # letters, "Emil Ho", is one)
    names = ["John Lee Ka-ming", "John Lee", "Mary Lee Kam Ming", "Mary Lee", "Juan Carlos Lopez-garcia",
             "Juan Carlos", "Emil Ho Ka-wai", "Emil Ho"]
    arts = [article(f"{n}.txt", date(2025, 3, 5), refs=[ref(name)]) for n, name in enumerate(names)]
    for order in (arts, arts[::-1]):
        keys = {e.key for e in resolve(order).entities}
        assert keys == {"person:john lee ka ming", "person:mary lee kam ming", "person:mary lee",
                        "person:juan carlos lopez garcia", "person:juan carlos", "person:emil ho ka wai"}


def test_a_name_without_a_second_family_name_and_its_romanised_given_name_is_the_fuller_one():
    # ("Ann Lam" of "Ann Lam Cheng Yuet-ngor": a married woman's family name, her own before her
    # given name; not "Ann Lam" when two such fuller names fit)
    def ref(name):
        return EntityRef(f"person:{name.lower().replace('-', ' ')}", name, EntityKind.PERSON)
    names = ["Ann Lam Cheng Yuet-ngor", "Ann Lam", "Ida Ko Chan Mei-ling", "Ida Ko Wong Siu-fan", "Ida Ko"]
    arts = [article(f"{n}.txt", date(2025, 3, 5), refs=[ref(name)]) for n, name in enumerate(names)]
    for order in (arts, arts[::-1]):
        keys = {e.key for e in resolve(order).entities}
        assert keys == {"person:ann lam cheng yuet ngor", "person:ida ko chan mei ling", "person:ida ko wong siu fan",
                        "person:ida ko"}


def test_a_name_with_a_particle_written_apart_is_the_one_written_joined():
    def ref(name):
        return EntityRef(f"person:{name.lower()}", name, EntityKind.PERSON)
    names = ["Amar Ben Vessa", "Amar Benvessa", "Ilse Varga"]
    arts = [article(f"{n}.txt", date(2025, 3, 5), refs=[ref(name)]) for n, name in enumerate(names)]
    for order in (arts, arts[::-1]):
        keys = {e.key for e in resolve(order).entities}
        assert keys == {"person:amar ben vessa", "person:ilse varga"}

"""Truth tables for kg.extract.dates: resolving, finding and durations."""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract.dates import find_date_expressions, find_durations, narrative_weekday, parse_duration, resolve_date, weekday_around

MON = date(2025, 12, 29)  # a Monday


@pytest.mark.parametrize(
    "expression, expected",
    [
        ("December 28, 2025", date(2025, 12, 28)),
        ("28 December 2025", date(2025, 12, 28)),
        ("Dec. 28, 2025", date(2025, 12, 28)),
        ("Dec 28 2025", date(2025, 12, 28)),
        ("2025-12-28", date(2025, 12, 28)),
        ("12th February, 2025", date(2025, 2, 12)),
        ("the 12th of February 2025", date(2025, 2, 12)),
        ("Aug. 15, 2025", date(2025, 8, 15)),
        ("February 24, 2022", date(2022, 2, 24)),
        ("Sept. 3, 2024", date(2024, 9, 3)),
        ("on Sunday, December 28, 2025", date(2025, 12, 28)),
    ],
)
def test_full_dates_need_no_publication_date(expression, expected):
    assert resolve_date(expression, MON) == expected
    assert resolve_date(expression, None) == expected
    assert resolve_date(expression, None, future=True) == expected


@pytest.mark.parametrize(
    "expression, published, expected",
    [
        ("Dec. 28", MON, date(2025, 12, 28)),
        ("June 14", MON, date(2025, 6, 14)),
        ("on 14 June", MON, date(2025, 6, 14)),
        ("Nov 7", MON, date(2025, 11, 7)),
        ("Dec. 29", MON, MON),  # the publication day itself
        # a day or two after publication is that year's (a live blog or an updated page keeps the
        # date it was first published under); three days after, last year's
        ("Dec. 30", MON, date(2025, 12, 30)),
        ("Dec. 31", MON, date(2025, 12, 31)),
        ("Dec. 29", date(2025, 12, 26), date(2024, 12, 29)),
        # year rollover
        ("Dec. 28", date(2025, 1, 3), date(2024, 12, 28)),
        ("January 2", date(2025, 1, 3), date(2025, 1, 2)),
        # leap days: the most recent 29 February
        ("Feb. 29", date(2025, 3, 1), date(2024, 2, 29)),
        ("Feb. 29", date(2024, 3, 1), date(2024, 2, 29)),
        ("Feb. 29", date(2024, 2, 26), date(2020, 2, 29)),
        ("Sunday, Dec. 28", MON, date(2025, 12, 28)),
    ],
)
def test_dates_without_year_are_on_or_before_publication(expression, published, expected):
    assert resolve_date(expression, published) == expected


@pytest.mark.parametrize(
    "expression, published, expected",
    [
        ("Dec. 28", date(2025, 12, 20), date(2025, 12, 28)),
        ("Dec. 28", MON, date(2026, 12, 28)),
        ("Dec. 29", MON, MON),
        ("January 5", date(2025, 12, 20), date(2026, 1, 5)),
        ("Feb. 29", date(2025, 3, 1), date(2028, 2, 29)),
    ],
)
def test_dates_without_year_in_the_future(expression, published, expected):
    assert resolve_date(expression, published, future=True) == expected


@pytest.mark.parametrize(
    "expression, expected",
    [
        # published Monday 2025-12-29
        ("on Thursday", date(2025, 12, 25)),
        ("Thursday", date(2025, 12, 25)),
        ("last Thursday", date(2025, 12, 25)),
        ("Thursday night", date(2025, 12, 25)),
        ("late Wednesday night", date(2025, 12, 24)),
        ("Wednesday", date(2025, 12, 24)),
        ("on Sunday", date(2025, 12, 28)),
        ("earlier on Sunday", date(2025, 12, 28)),
        ("Monday", MON),  # a plain weekday on the article's own weekday is that day
        ("on Monday", MON),
        ("last Monday", date(2025, 12, 22)),  # "last" is always strictly before
        ("this past Monday", date(2025, 12, 22)),
        ("Tuesday", date(2025, 12, 23)),
        ("next Monday", date(2026, 1, 5)),
        ("next Tuesday", date(2025, 12, 30)),
    ],
)
def test_weekdays_in_the_past(expression, expected):
    assert resolve_date(expression, MON) == expected


@pytest.mark.parametrize(
    "expression, expected",
    [
        ("on Thursday", date(2026, 1, 1)),
        ("Monday", MON),
        ("on Tuesday", date(2025, 12, 30)),
        ("next Monday", date(2026, 1, 5)),
        ("last Thursday", date(2025, 12, 25)),  # "last" wins over the future reading
    ],
)
def test_weekdays_in_the_future(expression, expected):
    assert resolve_date(expression, MON, future=True) == expected


@pytest.mark.parametrize("text, expected", [
    # published on a Wednesday: the weekday of the week before, of its own, of the next
    ("The king phoned him on Tuesday of last week, the palace said.", date(2025, 3, 11)),
    ("The king phoned him on Monday last week.", date(2025, 3, 10)),
    ("The king phoned him on Friday of last week.", date(2025, 3, 14)),
    ("The king phoned him on Monday of this week.", date(2025, 3, 17)),
    ("The king will phone him on Friday of next week.", date(2025, 3, 28)),
])
def test_a_weekday_of_a_named_week(text, expected):
    (expression,) = [e for _, _, e in find_date_expressions(text)]
    assert resolve_date(expression, date(2025, 3, 19)) == expected


def test_weekday_across_year_and_leap_day():
    assert resolve_date("last Thursday", date(2025, 1, 1)) == date(2024, 12, 26)
    assert resolve_date("on Thursday", date(2024, 3, 1)) == date(2024, 2, 29)


@pytest.mark.parametrize(
    "expression, expected",
    [
        ("yesterday", date(2025, 12, 28)),
        ("Yesterday", date(2025, 12, 28)),
        ("today", MON),
        ("tonight", MON),
        ("this morning", MON),
        ("this afternoon", MON),
        ("earlier today", MON),
        ("earlier in the day", MON),
        ("on the same day", MON),
        ("the day before", date(2025, 12, 28)),
        ("the day before yesterday", date(2025, 12, 27)),
        ("last night", date(2025, 12, 28)),
        ("three days ago", date(2025, 12, 26)),
        ("2 days ago", date(2025, 12, 27)),
        ("tomorrow", date(2025, 12, 30)),
    ],
)
def test_relative_days(expression, expected):
    assert resolve_date(expression, MON) == expected


@pytest.mark.parametrize(
    "expression, published",
    [
        ("last week", MON),
        ("earlier this month", MON),
        ("recently", MON),
        ("in recent days", MON),
        ("December 2025", MON),  # month without a day
        ("Feb. 30", MON),  # no such day
        ("Feb. 30, 2025", MON),
        ("the meeting", MON),
        ("", MON),
        ("Dec. 28", None),  # no year and no publication date
        ("last Thursday", None),
        ("yesterday", None),
    ],
)
def test_undetermined_days_are_none(expression, published):
    assert resolve_date(expression, published) is None
    assert resolve_date(expression, published, future=True) is None


def test_find_date_expressions_offsets_and_forms():
    text = (
        "On Sunday, Dec. 28, Trump said late Wednesday night that they spoke last week and "
        "yesterday; you may 5 times. On 2025-12-28 and 12th February, 2025 they met on the "
        "same day. The day before yesterday, last Thursday."
    )
    found = find_date_expressions(text)
    assert [e for _s, _e, e in found] == [
        "On Sunday, Dec. 28",
        "late Wednesday night",
        "last week",
        "yesterday",
        "On 2025-12-28",
        "12th February, 2025",
        "on the same day",
        "The day before yesterday",
        "last Thursday",
    ]
    assert all(text[s:e] == expr for s, e, expr in found)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("the call on December 28, 2025 lasted", "on December 28, 2025"),
        ("talked on 14 June about", "on 14 June"),
        ("Sept. 3 talks", "Sept. 3"),
        ("the 12th of February", "the 12th of February"),
        # a month with no day is found, so a call "in July" is known to have a time but no day
        ("In May 2025 they", "In May 2025"),
        ("March 2025", "March 2025"),
        ("Thursday's call", "Thursday"),
        ("it took 2025 tries", None),
    ],
)
def test_find_date_expressions_single(text, expected):
    found = [e for _s, _e, e in find_date_expressions(text)]
    assert found == ([expected] if expected else [])


@pytest.mark.parametrize("expression", ["in July", "In May 2025", "March 2025", "since January"])
def test_month_without_day_resolves_to_no_day(expression):
    assert resolve_date(expression, date(2025, 9, 1)) is None


def test_found_expressions_resolve():
    text = "They spoke late Wednesday night and again on Dec. 28, not last week."
    days = [resolve_date(e, MON) for _s, _e, e in find_date_expressions(text)]
    assert days == [date(2025, 12, 24), date(2025, 12, 28), None]


@pytest.mark.parametrize(
    "text, minutes",
    [
        ("a 90-minute call", 90),
        ("nearly 90 minutes", 90),
        ("for 2.5 hours", 150),
        ("just over an hour", 60),
        ("an hour and a half", 90),
        ("1 hour and 25 minutes", 85),
        ("1 hour 25 minutes", 85),
        ("a two-hour call", 120),
        ("half an hour", 30),
        ("a half-hour call", 30),
        ("more than two hours", 120),
        ("two and a half hours", 150),
        ("an hour-long call", 60),
        ("1.5-hour", 90),
        ("twelve minutes", 12),
        ("Forty minutes", None),  # beyond the number words of the lexicon
        ("5 ministers met", None),
        ("an area of talks", None),
        ("no duration here", None),
    ],
)
def test_parse_duration(text, minutes):
    assert parse_duration(text) == minutes


def test_find_durations_spans():
    text = "They talked for nearly 90 minutes, after a two-hour call and half an hour of prep."
    found = find_durations(text)
    assert [(text[s:e], m) for s, e, m in found] == [
        ("nearly 90 minutes", 90),
        ("two-hour", 120),
        ("half an hour", 30),
    ]


@pytest.mark.parametrize("expression, span", [
    ("last week", (date(2024, 10, 29), date(2024, 11, 10))),
    ("in July", (date(2024, 7, 1), date(2024, 7, 31))),
    ("January 2025", (date(2025, 1, 1), date(2025, 1, 31))),
    ("in December", (date(2023, 12, 1), date(2023, 12, 31))),  # the latest December before publication
    ("on Friday", None),
])
def test_resolve_period(expression, span):
    from kg.extract.dates import resolve_period

    assert resolve_period(expression, date(2024, 11, 11)) == span


def test_expression_lookahead_changes_no_match():
    """The scan's opening lookahead (``_opening_class``) only skips where no match can start."""
    import re

    from kg.extract.dates import _rules

    pattern = _rules().expression.pattern
    assert pattern.startswith("(?=")
    head, _, body = pattern.partition(")(?:")
    plain = re.compile(body[:-1])
    texts = ["He called on Sunday, Dec. 28, and again the day before yesterday.",
             "Late Wednesday night (local time) they spoke; 2025-03-04 and 3 days ago; 'last week'?",
             "in July 2024, on the 25th, NEXT MONDAY, New Year's Eve, earlier that afternoon.",
             # a month and year may start inside a word; nothing else may
             "Ref. XJuly 2024, codeMARCH 2023, semiMonday, x2025-03-04, yesterdayish, mid-July 2023."]
    for text in texts:
        assert [m.span() for m in _rules().expression.finditer(text)] == [m.span() for m in plain.finditer(text)]
        assert find_date_expressions(text)
    assert [m.group() for m in _rules().expression.finditer(texts[-1])] == ["July 2024", "MARCH 2023", "July 2023"]


@pytest.mark.parametrize("text", [
    "They spoke on the phone.", "They spoke on the 25th.", "On  the\n12th (local time) they spoke",
    "They spoke on the same day.", "On the 3rd they spoke on Monday.", "on the eve of talks, a day earlier",
    "on the 2025-03-04 call", "ON THE 1ST, in March 2024", "Nothing dated here.",
])
def test_the_scan_finds_what_the_whole_expression_finds(text):
    """``_pattern_for`` scans a sentence whose only sign is "on the" with the day-of-month
    alternative alone, and skips one without any sign: the matches are the whole pattern's."""
    from kg.extract.dates import _pattern_for, _rules

    whole = [(m.start(), m.end(), m.group()) for m in _rules().expression.finditer(text)]
    assert find_date_expressions(text) == whole
    if "on the" in text.casefold() and not whole and "phone" in text:
        assert _pattern_for(text) is _rules().day_of_month
    if text.startswith("They spoke on the same day"):
        assert _pattern_for(text) is _rules().expression and whole


@pytest.mark.parametrize("text", ["On the same morning, the king phoned her.", "Later the same evening they spoke.",
                                  "On that same afternoon the premier rang."])
def test_the_same_part_of_a_day_is_a_back_reference(text):
    from kg.extract.dates import is_back_reference

    found = find_date_expressions(text)
    assert len(found) == 1 and is_back_reference(found[0][2].lower())

@pytest.mark.parametrize("text", [
    "The envoys talked by video on Friday.", "A call was held late Monday night, aides said.",
    "Signed in March 2024, the pact lapsed in MAY 2025.", "The 2025-03-04 memo names no day.",
    "Since July 2023 the two have met twice; on 4 of May they met again.", "She flew to Oslo.",
    "Talks on Tuesday, Dec. 2, went on; on the 3rd they spoke again.", "Last Friday they met ago.",
])
def test_a_sentence_with_names_and_no_phrase_is_scanned_for_names_alone(text):
    """With a month or weekday name (or an ISO date) and none of the phrases, ``_pattern_for``
    scans with the name alternatives alone: the matches are the whole pattern's."""
    from kg.extract.dates import _pattern_for, _rules

    whole = [(m.start(), m.end(), m.group()) for m in _rules().expression.finditer(text)]
    assert find_date_expressions(text) == whole
    if text.startswith(("The envoys", "Signed in")):
        assert _pattern_for(text) is _rules().by_name and whole
    if "on the" in text:
        assert _pattern_for(text) is _rules().expression


def test_a_weekday_is_counted_from_another_day_in_either_direction():
    from kg.extract.dates import weekday_around, weekday_relation
    assert weekday_relation("after") == 1 and weekday_relation("preceding") == -1 and weekday_relation("on") == 0
    sunday = date(2025, 5, 4)
    assert weekday_around("the Sunday morning", sunday, 1) == date(2025, 5, 11)  # the next one, not that day
    assert weekday_around("on the Sunday", date(2025, 5, 3), 1) == sunday
    assert weekday_around("the Friday", sunday, -1) == date(2025, 5, 2)
    assert weekday_around("May 3", sunday, 1) is None  # no weekday


@pytest.mark.parametrize("expression, before, expected", [
    ("on the Friday", (), (1, 0, True)),
    ("the Sunday morning", ("rang", "him"), (1, 0, True)),
    ("Friday", ("him", "that"), (0, 1, True)),
    ("Monday", ("the", "following"), (1, 2, False)),
    ("next Monday", ("him", "the"), (1, 1, False)),
    ("Saturday", ("the", "previous"), (-1, 2, False)),
    ("on Friday", (), None),
    ("last Friday", (), None),
    ("next Monday", ("him", "on"), None),
    ("the Friday, May 3", (), None),
])
def test_a_weekday_of_the_story_s_own_days(expression, before, expected):
    assert narrative_weekday(expression, before) == expected


@pytest.mark.parametrize("expression, direction, expected", [
    ("on the Friday", 1, date(2025, 3, 7)),  # two days after a Wednesday
    ("on the Wednesday", 1, date(2025, 3, 12)),  # "the" weekday of a story is never the day itself
    ("that Wednesday", 0, date(2025, 3, 5)),  # "that" one may be
    ("that Tuesday", 0, date(2025, 3, 11)),
    ("next Monday", 1, date(2025, 3, 10)),
    ("Saturday", -1, date(2025, 3, 1)),
])
def test_a_weekday_counted_from_a_day_named_before(expression, direction, expected):
    assert weekday_around(expression, date(2025, 3, 5), direction) == expected


def test_a_day_told_by_an_announcement_whose_day_a_verb_gives(analyse_text):
    text = ("Q: Has Ilse Varga been in touch with Mr Sorn since he announced on the 14th of May that he "
            "would step down?\n\nA: Yes. Prime Minister Ilse Varga spoke with Prime Minister Emil Sorn by "
            "telephone the day after that announcement.")
    facts = analyse_text(text, published="2020-09-02")
    (call,) = facts.calls
    assert call.date == date(2020, 5, 15)


@pytest.mark.parametrize("text, found", [
    ("The king rang on Monday, and the premier followed the day after.", ["on Monday", "the day after"]),
    ("The premier rang on Monday; the day after, the king phoned her.", ["on Monday", "the day after"]),
    ("The premier rang him the day after and thanked him.", ["the day after"]),
    ("The premier rang him the day after to thank him.", ["the day after"]),
    ("The premier rang the day after the vote.", []),
    ("The premier rang the day after Dule was sworn in.", []),
])
def test_the_day_after_alone_is_a_back_reference_and_before_its_event_none(text, found):
    from kg.extract.dates import back_reference_offset, is_back_reference

    got = [e[2] for e in find_date_expressions(text)]
    assert got == found
    if "the day after" in got:
        assert is_back_reference("the day after") and back_reference_offset("the day after") == 1

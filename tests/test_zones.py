"""Clock times, places and universal days (kg.extract.calls.zones), on texts of our own."""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

import pytest

from kg.extract.calls.zones import place_zone
from kg.resources import data_path, load_zones, read_gazetteer_file
from kg.model import EntityKind


def test_every_country_has_a_zone_the_tz_database_knows():
    zones = load_zones()
    countries = [e.id for e in read_gazetteer_file(data_path("gazetteer", "countries.jsonl")) if e.kind is EntityKind.COUNTRY]
    assert sorted(zones) == sorted(countries)
    for zone in zones.values():
        ZoneInfo(zone)  # raises for a name the database does not know


@pytest.mark.parametrize("place, zone", [
    (["Baghdad"], "Asia/Baghdad"), (["New", "Delhi"], "Asia/Kolkata"), (["Washington"], "America/New_York"),
    (["St.", "John", "'s"], "America/Antigua"), (["Los", "Angeles"], "America/Los_Angeles"), (["Vella"], None),
])
def test_a_place_s_zone(place, zone):
    assert place_zone(place) == zone


@pytest.mark.parametrize("sentence, day", [
    # a clock time and its place by the day: that moment's day in universal time
    ("Prime Minister Emil Sorn telephoned President Amara Dule at 11 p.m. on Thursday in Washington.",
     date(2025, 7, 25)),
    ("Prime Minister Emil Sorn called President Amara Dule early on Sunday, around 1:15am New Delhi time.",
     date(2025, 7, 26)),
    ("Prime Minister Emil Sorn telephoned President Amara Dule on Thursday at 8 a.m. Tokyo time.", date(2025, 7, 23)),
    # the time in one place, the day in another
    ("Prime Minister Emil Sorn rang President Amara Dule at 6:45 a.m. Cairo time, late on Sunday night in "
     "Washington.", date(2025, 7, 28)),
    # no place, or a place of no known zone: the day told
    ("Prime Minister Emil Sorn telephoned President Amara Dule at 11 p.m. on Thursday.", date(2025, 7, 24)),
    ("Prime Minister Emil Sorn telephoned President Amara Dule at 11 p.m. on Thursday in Vella.", date(2025, 7, 24)),
    # a zone named before "time", and a time's place between it and its day
    ("Prime Minister Emil Sorn telephoned President Amara Dule at 9 p.m. Eastern time on Wednesday.", date(2025, 7, 24)),
    ("Prime Minister Emil Sorn telephoned President Amara Dule at 8 a.m. Tokyo time on Thursday.", date(2025, 7, 23)),
    ("Prime Minister Emil Sorn telephoned President Amara Dule at 9 p.m. Eastern Time on Wednesday.", date(2025, 7, 24)),
    ("Prime Minister Emil Sorn telephoned President Amara Dule at 10 p.m. (Pacific time) on Sunday.", date(2025, 7, 28)),
    # the zone set off by commas, then the day ("in the small hours of Thursday")
    ("Prime Minister Emil Sorn telephoned President Amara Dule just after midnight, Tokyo time, in the small "
     "hours of Thursday.", date(2025, 7, 23)),
    ("Prime Minister Emil Sorn telephoned President Amara Dule at 11 p.m., Eastern time, on Wednesday.", date(2025, 7, 24)),
    # the moment's day in another place after "when it was": a night far behind universal time is
    # the next day in universal time, a day east of it stays the earlier one
    ("Prime Minister Emil Sorn telephoned President Amara Dule at about 1:30am on Thursday, when it was still late "
     "Wednesday night in Mexico City.", date(2025, 7, 24)),
    ("Prime Minister Emil Sorn telephoned President Amara Dule on Monday, Tokyo time, which was Sunday evening in "
     "Ottawa.", date(2025, 7, 27)),
    # the universal day a wire gives in brackets after the local one
    ("Prime Minister Emil Sorn telephoned President Amara Dule late on Wednesday (0130 GMT Thursday).",
     date(2025, 7, 24)),
    ("Prime Minister Emil Sorn telephoned President Amara Dule on Sunday evening Vella time (0030 GMT on Monday).",
     date(2025, 7, 28)),
    ("Prime Minister Emil Sorn telephoned President Amara Dule late on Wednesday (0130 GMT).", date(2025, 7, 23)),
    ("Prime Minister Emil Sorn telephoned President Amara Dule on Wednesday at 9 p.m. (0130 GMT Thursday).",
     date(2025, 7, 24)),
    ("Prime Minister Emil Sorn telephoned President Amara Dule late on Wednesday in Vella (Thursday 0130 GMT).",
     date(2025, 7, 24)),
])
def test_the_universal_day_of_a_clock_time_in_a_place(analyse_text, sentence, day):
    (call,) = analyse_text(sentence, published="2025-07-28").calls
    assert call.date == day


def test_a_second_sentence_s_time_and_place_correct_the_local_day(analyse_text):
    text = ("President Amara Dule held a video call on Friday at 9:30 a.m. with Prime Minister Emil Sorn. For "
            "Sorn, the call came on Thursday at 7:30 p.m. in St. John's.")
    (call,) = analyse_text(text, published="2025-07-28").calls
    assert call.date == date(2025, 7, 24)


def test_a_country_s_adjective_after_a_comma_places_the_time(analyse_text):
    (call,) = analyse_text("President Amara Dule rang King Emil Sorn just after midnight on Saturday, Nigerian time, to "
                           "offer help.", published="2025-08-11").calls
    assert call.date == date(2025, 8, 8)  # a quarter past midnight in Lagos is Friday in universal time


def test_a_clock_time_of_another_event_moves_no_day(analyse_text):
    (call,) = analyse_text("President Amara Dule called King Emil Sorn on Thursday, hours after the sirens went off at "
                           "2 a.m. in Tel Aviv.", published="2024-05-10").calls
    assert call.date == date(2024, 5, 9)


@pytest.mark.parametrize("sentence, day", [
    ("President Amara Dule spoke with King Emil Sorn at 9 p.m. ET on Thursday.", date(2024, 5, 10)),
    ("President Amara Dule rang King Emil Sorn at 7am on Friday AEST.", date(2024, 5, 9)),
])
def test_a_zone_s_abbreviation_after_a_clock_time(analyse_text, sentence, day):
    (call,) = analyse_text(sentence, published="2024-05-10").calls
    assert call.date == day


def test_every_abbreviation_names_a_zone_the_tz_database_knows():
    from kg.resources import load_named_zones, load_zone_abbreviations
    for abbreviation, zone in load_zone_abbreviations().items():
        assert abbreviation.isupper()
        ZoneInfo(zone)
    assert load_named_zones()["Eastern"] == "America/New_York"
    for name, zone in load_named_zones().items():
        assert name.istitle()
        ZoneInfo(zone)


@pytest.mark.parametrize("text", [
    "Live: Vella crisis\n\n11:45 p.m. ET Thursday: President Amara Dule spoke with King Emil Sorn, the palace "
    "said.\n\n10:30 p.m. ET Thursday: Markets closed.",
    "The palace said at 11:45 p.m. ET on Thursday that President Amara Dule had spoken with King Emil Sorn.",
])
def test_a_clock_time_of_a_stamp_or_a_report_moves_no_day(analyse_text, text):
    calls = analyse_text(text, published="2024-05-10").calls
    assert calls and all(c.date in (None, date(2024, 5, 9)) for c in calls)


@pytest.mark.parametrize("follow, day", [
    # the time the call began, with its clock's place, in the next sentence: the day told before is
    # that place's, and the moment's day in universal time is the call's
    ("The conversation got going at 8:10 p.m. New York time. Premier Ilse Varga spoke from her office.",
     date(2021, 11, 17)),
    ("The call began at 8:10 p.m. New York time and lasted an hour.", date(2021, 11, 17)),
    ("The call began at 8:10 p.m. New York time and ended shortly after 9.", date(2021, 11, 17)),
    # the time it ended moves no day, nor the time of anything else, nor a time with no place
    ("The call ended at 11:10 p.m. New York time.", date(2021, 11, 16)),
    ("The call followed a statement by the White House at 9 p.m. Washington time.", date(2021, 11, 16)),
    ("The call, announced by the palace at 9 p.m. New York time, lasted an hour.", date(2021, 11, 16)),
    ("The call began at 8:10 p.m. and lasted an hour.", date(2021, 11, 16)),
])
def test_a_next_sentence_s_start_time_and_place_make_the_day_universal(analyse_text, follow, day):
    text = f"NEW YORK — Premier Ilse Varga phoned King Emil Sorn on Tuesday night.\n\n{follow}"
    (call,) = analyse_text(text, published="2021-11-17").calls
    assert call.date == day


def test_a_video_summit_told_by_two_cues_takes_the_next_sentence_s_time(analyse_text):
    # ("talks ..., a video summit": the sentence's two cues are one call, and "the session" is it)
    text = ("Varga, Sorn Hold Video Summit, Agree to Talk Again\n\nNEW YORK — Premier Ilse Varga and King Emil Sorn "
            "held their first long talks of the year on Tuesday night, a video summit that lasted three hours.\n\n"
            "The session opened at 8:10 p.m. New York time. Varga spoke from her office.")
    (call,) = analyse_text(text, published="2021-11-17").calls
    assert call.date == date(2021, 11, 17)


def test_a_call_s_own_clock_time_is_not_counted_twice(analyse_text):
    text = ("Premier Ilse Varga phoned King Emil Sorn at 11 p.m. on Tuesday in Washington.\n\n"
            "The call began at 11 p.m. Washington time and lasted an hour.")
    (call,) = analyse_text(text, published="2021-11-17").calls
    assert call.date == date(2021, 11, 17)


@pytest.mark.parametrize("follow", [
    # the moment told again in another place, in a clause of its own with no verb but "it was"
    "The call started at 9:20 p.m. EDT, by which time it was Saturday morning in Tokyo.",
    "The call started at 9:20 p.m. ET, when it was already Saturday in Tokyo.",
])
def test_the_same_moment_told_in_another_place_makes_the_day_universal(analyse_text, follow):
    text = f"WASHINGTON — Premier Ilse Varga called King Emil Sorn late Friday to offer condolences.\n\n{follow}"
    (call,) = analyse_text(text, published="2022-07-09").calls
    assert call.date == date(2022, 7, 9)


@pytest.mark.parametrize("sentence, day", [
    # a night with its place and no clock, its moment's next day told in another place: the next
    # day where the night's place is well behind universal time
    ("Premier Ilse Varga called King Emil Sorn late on Tuesday night in Toronto, by which time it was Wednesday "
     "in Fiji.", date(2019, 1, 16)),
    ("Premier Ilse Varga called King Emil Sorn late on Tuesday night in Berlin, when it was already Wednesday in "
     "Tokyo.", date(2019, 1, 15)),
    ("Premier Ilse Varga called King Emil Sorn late on Tuesday afternoon in Chicago, which was Wednesday in "
     "Sydney.", date(2019, 1, 15)),
    # a night told in one place only keeps its day
    ("Premier Ilse Varga called King Emil Sorn late on Tuesday night in Toronto.", date(2019, 1, 15)),
    ("Premier Ilse Varga called King Emil Sorn on Tuesday night.", date(2019, 1, 15)),
])
def test_a_late_night_west_of_universal_time_told_in_two_places(analyse_text, sentence, day):
    (call,) = analyse_text(sentence, published="2019-01-17").calls
    assert call.date == day


def test_a_live_blog_entry_s_call_at_a_clock_time_in_a_place_takes_that_moment_s_universal_day(analyse_text):
    # 9:40 p.m. in New York on 10 May is past midnight in universal time
    text = ("Live: Vella crisis\n\n9:47 p.m.\nVella's minister calls Sorn\n\nForeign Minister Amara Dule called "
            "Secretary of State Emil Sorn at about 9:40 p.m. Eastern time, the ministry said.\n\n8:15 p.m.\nMarkets close\n\n"
            "Stocks fell sharply in Vella.")
    (call,) = analyse_text(text, published="2024-05-10").calls
    assert call.date == date(2024, 5, 11)


@pytest.mark.parametrize("line, day", [
    # a clock time of something else told after the call, or an hour east of universal time: the entry's day
    ("Foreign Minister Amara Dule called King Emil Sorn hours before the vote closed at 8 p.m. in Washington, the "
     "ministry said.", date(2024, 5, 10)),
    ("Foreign Minister Amara Dule called King Emil Sorn at 8 a.m. Tokyo time, the ministry said.", date(2024, 5, 10)),
])
def test_a_live_blog_entry_s_other_clock_times_move_no_day(analyse_text, line, day):
    text = (f"Live: Vella crisis\n\n9:47 p.m.\nVella's minister calls Sorn\n\n{line}\n\n8:15 p.m.\nMarkets close\n\n"
            "Stocks fell sharply in Vella.")
    (call,) = analyse_text(text, published="2024-05-10").calls
    assert call.date == day

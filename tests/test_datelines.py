"""kg.extract.datelines: the patterns tried line by line match what they match over the whole
text, and the datelines and credits of wire copy are found."""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract import datelines
from kg.extract.datelines import find_datelines

TEXTS = [
    "BEIJING, Oct. 27 (Xinhua) -- China and Russia ...\n\nThe two sides agreed, officials said. -- Bernama",
    "Headline without a stop\nNAIROBI (Reuters) - Kenya said on Monday ...\n(Yonhap)\n",
    "MOSCOW, March 3. /TASS/. The Kremlin said ...\r\nmore text — AFP\r\n",
    "KINGSTON, Jamaica, Oct 29, CMC – The prime minister ...\n  ANKARA, March 3 (Anadolu) - x",
    "July 20, 2024 (PORT SUDAN) – The council ...\nMuscat, Nov 20 (ONA) – The sultan ...",
    "ABU DHABI, 9th February, 2026 (WAM) -- The president ...\n\n\nHe said: it was good.\t\n(END)",
    "TEHRAN Iranian President spoke.\nA line ending in a quote.\"\nSays / ANI /",
    "VELLA, Dec 10 VNA - The premier ...\nVella, Dec 10 VNA – The premier ...",
    "Vella, 14 December 2020\n\nThe government ...\nVella, December 14, 2020  \nx",
    "Vella, May 14 (VNA).- The premier ...\nVELLA, May 14 (VNA).-The premier ...",
    "VNA-Vella (Norland), May 14, 2021 - The premier ...\nAPA-Port Vessa (Ostria) 14 May – x\nUS-China, Feb 2 - x\n",
    "", "\n", "(AFP)", "x -- AP   ", "said. -- Bernama\n",
    "VELLA (May 2): The premier ...\nVELLA (2 May) - x\nVELLA, MAY 2\n\nThe premier ...\nLENA VOSS, MAY 2\nx",
]
OPENINGS = (datelines._OPENING, datelines._OPENING_TITLED, datelines._DATE_FIRST, datelines._AGENCY_FIRST)


@pytest.mark.parametrize("text", TEXTS)
def test_line_by_line_the_patterns_match_what_they_match_in_the_whole_text(text):
    lines = datelines._lines(text)
    assert "\n".join(text[a:b] for a, b in lines) == text
    for pattern in OPENINGS:
        assert [m.span() for a, _ in lines if (m := pattern.match(text, a))] == \
            [m.span() for m in pattern.finditer(text)]
    credits = [m.span() for a, b in lines if text[a:b].rstrip(" \t")[-1:] in datelines._CREDIT_ENDS
               for m in datelines._CREDIT.finditer(text, a, b)]
    assert credits == [m.span() for m in datelines._CREDIT.finditer(text)]


def test_datelines_and_credits_of_wire_copy():
    found = find_datelines(TEXTS[0] + "\n" + TEXTS[1] + "\n" + TEXTS[2], date(2025, 11, 2))
    assert [(d.place, d.agency, d.day) for d in found] == [
        ("BEIJING", "Xinhua", date(2025, 10, 27)), (None, "Bernama", None), ("NAIROBI", "Reuters", None),
        (None, "Yonhap", None), ("MOSCOW", "TASS", date(2025, 3, 3))]


@pytest.mark.parametrize("text, day", [
    ("Vella, July 16: Prime Minister Ilse Varga spent the day on the phone.", date(2024, 7, 16)),
    ("Vella, 16 July – Prime Minister Ilse Varga spent the day on the phone.", date(2024, 7, 16)),
    # a month in capitals
    ("VELLA, JUL 16 — Prime Minister Ilse Varga spent the day on the phone.", date(2024, 7, 16)),
    ("VELLA, 16 JULY — Prime Minister Ilse Varga spent the day on the phone.", date(2024, 7, 16)),
    # a sentence opening with a place and a day, with no dash or colon before the story, is none
    ("Vella, July 16 was the day Prime Minister Ilse Varga took office.", None),
    # a statement's dateline alone on its line, its year closing it: a known place's
    ("Maseru, 16 July 2024\nThe government wishes to inform the nation of the calls.", date(2024, 7, 16)),
    ("Maseru, July 16, 2024\nThe government wishes to inform the nation of the calls.", date(2024, 7, 16)),
    ("Maseru, July 16\nThe government wishes to inform the nation of the calls.", None),
    # (a byline, a stamp, a copyright line: no place)
    ("Lena Voss, 16 July 2024\nThe government wishes to inform the nation of the calls.", None),
    ("Updated, 16 July 2024\nThe government wishes to inform the nation of the calls.", None),
    # the site's own address in brackets after the day: a dateline, no agency
    ("Vella, 16 July 2024 (vellnews.org) - Prime Minister Ilse Varga spent the day on the phone.", date(2024, 7, 16)),
    ("VELLA, July 16 (vellnews.org) - Prime Minister Ilse Varga spent the day on the phone.", date(2024, 7, 16)),
    ("Vella, 16 July 2024 (VellNews.com) - Prime Minister Ilse Varga spent the day on the phone.", date(2024, 7, 16)),
    # (a byline or a stamp with the site's address and no dash: no place)
    ("Lena Voss, 16 July 2024 (vellnews.org)\nThe government wishes to inform the nation of the calls.", None),
    ("Updated, 16 July 2024 (vellnews.org)\nThe government wishes to inform the nation of the calls.", None),
    # a timeline's day is no place
    ("Monday, March 10 - The ministers met in Vella.", None),
    ("On Friday, May 2: The talks ended.", None),
])
def test_a_place_in_title_case_and_its_day_before_a_dash_or_colon_is_a_dateline(text, day):
    found = find_datelines(text, date(2024, 7, 17))
    assert (found[0].day if found else None) == day


def test_an_agency_named_after_the_day_and_year_before_the_dash():
    (line,) = find_datelines("VELLTOWN, August 25, 2021, Vell-Press -- President Amara Dule spoke by phone "
                             "yesterday with King Emil Sorn.", date(2021, 8, 26))
    assert (line.place, line.day, line.agency) == ("VELLTOWN", date(2021, 8, 25), "Vell-Press")


@pytest.mark.parametrize("opening", ["VELLTOWN, August 25, 2021, Monday --", "VELLTOWN, August 25, 2021, By Our Correspondent --",
                                     "VELLTOWN, August 25, 2021, Prime Minister --"])
def test_no_agency_of_a_weekday_nor_of_words_after_the_year(opening):
    assert not any(line.agency for line in find_datelines(f"{opening} President Amara Dule spoke.", date(2021, 8, 26)))


def test_a_dateline_with_a_region_and_the_hour_it_was_filed():
    (line,) = find_datelines("Vella, Ostria, May 9, 2025 / 19:40 pm (OTA).\n\nThe king spoke by phone.", date(2025, 5, 10))
    assert (line.place, line.day, line.agency) == ("Vella", date(2025, 5, 9), "OTA")


@pytest.mark.parametrize("text", ["Vella, May 2, 2024 / 08:15 am (OTA). The king spoke by phone.",
                                  "Vella, May 2, 2024, 08:15 am (OTA). The king spoke by phone."])
def test_a_dateline_s_filing_hour_before_the_story_on_its_line(text):
    (line,) = find_datelines(text, date(2024, 5, 10))
    assert (line.place, line.day, line.agency) == ("Vella", date(2024, 5, 2), "OTA")


def test_a_transcript_s_question_label_is_no_dateline():
    text = "SPOKESPERSON: Good afternoon.\n\nQUESTION (Vell Radio): Did the king call?\n\nSPOKESPERSON: Yes."
    assert "Vell Radio" not in [line.agency for line in find_datelines(text, date(2024, 5, 10))]


def test_a_label_of_a_named_asker_and_their_outlet_is_no_dateline():
    text = "SPOKESPERSON: Good afternoon.\n\nMR. OTO (Vell Radio): Did the king call?\n\nSPOKESPERSON: Yes."
    assert "Vell Radio" not in [line.agency for line in find_datelines(text, date(2024, 5, 10))]


def test_a_place_s_dateline_with_a_colon_after_its_agency_stays_one():
    (line,) = find_datelines("VELLA (OTA): The premier rang the king on Monday.", date(2024, 5, 10))
    assert (line.place, line.agency) == ("VELLA", "OTA")


@pytest.mark.parametrize("opening, agency", [
    # a dash between the place and its day, and between the agency and the story
    ("PORTO SUL — May 16 (OTA) — Premier Ilse Varga received a call.", "OTA"),
    ("PORTO SUL — May 16 — Premier Ilse Varga received a call.", None),
])
def test_a_dash_between_the_place_and_its_day(opening, agency):
    (found,) = find_datelines(opening, date(2024, 5, 17))
    assert found.place == "PORTO SUL" and found.day == date(2024, 5, 16) and found.agency == agency


@pytest.mark.parametrize("text, place, agency, day", [
    # a weekday in the day's place: the last such day up to the publication date (a Wednesday)
    ("Vell, Tuesday: President Amar Dule held a call yesterday with the king.", "Vell", None, date(2022, 12, 13)),
    ("Vell, Tuesday (OTA) — The sultan received a call this evening.", "Vell", "OTA", date(2022, 12, 13)),
    ("VELL, Wednesday (Vell News) -- The premier spoke with the king.", "VELL", "Vell News", date(2022, 12, 14)),
    ("VELL, Thursday (OTA) - The premier spoke with the king.", "VELL", "OTA", date(2022, 12, 8)),
])
def test_a_dateline_with_a_weekday_for_its_day(text, place, agency, day):
    assert [(d.place, d.agency, d.day) for d in find_datelines(text, date(2022, 12, 14))] == [(place, agency, day)]


def test_a_weekday_and_a_colon_opening_a_timeline_entry_is_no_dateline():
    assert find_datelines("On Tuesday: the premier spoke with the king.", date(2022, 12, 14)) == ()


@pytest.mark.parametrize("text, place, day", [
    # a weekday before the day and month ("Tuesday 15th August 2017", "Tuesday, Aug. 15")
    ("State House, Vell, Tuesday 15th August 2017 – The president today received a call.", "State House",
     date(2017, 8, 15)),
    ("VELL, Tuesday, Aug. 15 (OTA) - The premier spoke with the king.", "VELL", date(2017, 8, 15)),
])
def test_a_dateline_with_a_weekday_before_its_day(text, place, day):
    assert [(d.place, d.day) for d in find_datelines(text, date(2017, 8, 16))] == [(place, day)]


@pytest.mark.parametrize("line, agencies", [
    ("Source: Vell News Agency", ["Vell News Agency"]),
    ("(With inputs from VNA and Ostria Press)", ["VNA", "Ostria Press"]),
    ("Sources: VNA, OPA", ["VNA", "OPA"]),
    ("Source: a senior official in Vella", []),  # a phrase, no agency's name
    ("The Source: Vell News Agency", []),  # the label opens the line
])
def test_a_labelled_credit_line_credits_each_agency_it_names(line, agencies):
    text = "Premier Ilse Varga phoned King Emil Sorn on Monday.\n\n" + line
    found = find_datelines(text, date(2024, 7, 17))
    assert [d.agency for d in found] == agencies
    assert all(text[d.agency_start:d.agency_end] == d.agency for d in found)


@pytest.mark.parametrize("text", ["VELLA, Dec 10 VNA - The premier rang the king last night.",
                                  "Vella, Dec 10 VNA – The premier rang the king last night."])
def test_an_acronym_right_after_the_day_with_no_comma_is_the_agency_and_the_day_holds(text):
    # the day is what "last night" counts from when the story is published the day after
    (found,) = find_datelines(text, date(2019, 12, 11))
    assert (found.place.upper(), found.agency, found.day) == ("VELLA", "VNA", date(2019, 12, 10))
    assert text[found.agency_start:found.agency_end] == "VNA"


@pytest.mark.parametrize("text", ["Vella, May 14 (VNA).- The premier rang the king this morning.",
                                  "VELLA, May 14 (VNA).- The premier rang the king this morning."])
def test_a_full_stop_between_the_agency_and_the_dash_keeps_the_dateline(text):
    found = find_datelines(text, date(2025, 5, 15))
    assert [(d.place.upper(), d.agency, d.day) for d in found if d.place] == [("VELLA", "VNA", date(2025, 5, 14))]


@pytest.mark.parametrize("text", ["VELLA, Dec 10 GMT - The premier rang the king.", "VELLA, Dec 10 PM - The premier rang the king."])
def test_a_zone_or_a_clock_s_half_after_the_day_is_no_agency(text):
    (found,) = find_datelines(text, date(2019, 12, 11))
    assert (found.agency, found.day) == (None, date(2019, 12, 10))


@pytest.mark.parametrize("line, day", [
    ("VELLA, Monday 27 November 2023 – Three leaders have telephoned the president.", date(2023, 11, 27)),
    ("VELLA, 27 November 2023 – Three leaders have telephoned the president.", date(2023, 11, 27)),
    ("VELLA, Monday, 27 November 2023 - Three leaders have telephoned the president.", date(2023, 11, 27)),
])
def test_a_day_first_dateline_with_its_year_and_no_comma_before_the_year(line, day):
    (found,) = find_datelines(f"Leaders call the president\n\n{line}", date(2023, 11, 28))
    assert found.day == day and found.place == "VELLA"



def test_a_clock_time_after_the_day_is_no_year():
    (found,) = find_datelines("Leaders call the president\n\nVELLA, Nov 27 2045 GMT – Three leaders have telephoned.",
                              date(2023, 11, 28))
    assert found.day == date(2023, 11, 27)


@pytest.mark.parametrize("text, expected", [
    # the agency's acronym first, a hyphen, the place in title case, its country in brackets, the day
    ("VNA-Vella (Norland), April 22, 2021 - President Amara Dule has taken calls all week.", ("Vella", "VNA", date(2021, 4, 22))),
    ("OTA-N'Vessa (Ostria) 22 April 2021 – President Amara Dule has taken calls all week.", ("N'Vessa", "OTA", date(2021, 4, 22))),
    ("OTA-Port of Vessa (Côte d'Ostria), Thursday, April 22, 2021 - President Amara Dule has taken calls.",
     ("Port of Vessa", "OTA", date(2021, 4, 22))),
    # not a hyphened word opening a sentence, with no day after it, nor two places joined with no country in brackets
    ("UN-Habitat, the agency, said on Monday that the talks went on.", None),
    ("US-China, Feb 2 - President Amara Dule spoke by phone yesterday with King Emil Sorn.", None),
    ("EU-Africa, March 18 - President Amara Dule spoke by phone yesterday with King Emil Sorn.", None),
])
def test_an_agency_first_joined_to_its_place_by_a_hyphen(text, expected):
    found = find_datelines(text, date(2021, 4, 23))
    assert ((found[0].place, found[0].agency, found[0].day) if found and found[0].agency else None) == expected


def test_yesterday_counts_from_a_dateline_with_the_agency_first(analyse_text):
    facts = analyse_text("VNA-Vella (Norland), April 22, 2021 - President Amara Dule spoke by phone yesterday with King "
                         "Emil Sorn.", published="2021-04-23")
    assert [c.date for c in facts.calls] == [date(2021, 4, 21)]


@pytest.mark.parametrize("text, day", [
    # the day in brackets after an upper-case known place, a colon or dash after it
    ("VALLETTA (May 2): Prime Minister Ilse Varga today telephoned King Emil Sorn.", date(2024, 5, 2)),
    ("VALLETTA (2 May) - Prime Minister Ilse Varga today telephoned King Emil Sorn.", date(2024, 5, 2)),
    # (an unclosed bracket is no dateline's day, nor a transcript's speaker and day)
    ("VALLETTA (May 2: Prime Minister Ilse Varga today telephoned King Emil Sorn.", None),
    ("VARGA (May 2): I telephoned King Emil Sorn today.", None),
    # a known place and its day alone on their line
    ("KATHMANDU, MAY 2\n\nPrime Minister Ilse Varga yesterday telephoned King Emil Sorn.", date(2024, 5, 2)),
    ("KATHMANDU, May 2\n\nPrime Minister Ilse Varga yesterday telephoned King Emil Sorn.", date(2024, 5, 2)),
    # (not a byline's name, nor a place no gazetteer or zone knows, alone with a day)
    ("LENA VOSS, MAY 2\n\nPrime Minister Ilse Varga yesterday telephoned King Emil Sorn.", None),
    ("UPDATED, MAY 2\n\nPrime Minister Ilse Varga yesterday telephoned King Emil Sorn.", None),
])
def test_a_day_in_brackets_or_a_place_and_day_alone_on_their_line(text, day):
    found = find_datelines(text, date(2024, 5, 3))
    assert (found[0].day if found else None) == day


def test_today_and_yesterday_count_from_a_day_in_brackets_or_alone_on_its_line(analyse_text):
    bracketed = analyse_text("VALLETTA (May 2): Prime Minister Ilse Varga today telephoned King Emil Sorn.", published="2024-05-03")
    alone = analyse_text("KATHMANDU, MAY 2\n\nPrime Minister Ilse Varga yesterday telephoned King Emil Sorn.",
                         published="2024-05-04")
    assert [c.date for c in bracketed.calls] == [date(2024, 5, 2)]
    assert [c.date for c in alone.calls] == [date(2024, 5, 1)]


def test_a_dateline_after_two_paragraphs_of_prose_heads_a_reprinted_statement():
    from kg.extract.datelines import after_prose
    lede = "President Amar Dule of Ostria yesterday held a phone conversation with King Emil Sorn of Denmark about the storm on the coast.\n"
    caption = "Prime Minister Ilse Varga speaks to the media after a meeting of European Union leaders in Brussels, Belgium, May 2. REUTERS/Lena Voss\n"
    text = lede + lede + "Valletta, 23 May 2021\n"
    assert after_prose(text, text.index("Valletta"))
    text = caption + "VALLETTA, May 5 (Reuters) - Malta will send three patrol boats, the government said.\n"
    assert not after_prose(text, text.index("VALLETTA"))
    text = lede + "Valletta, 23 May 2021\n"
    assert not after_prose(text, text.index("Valletta"))


@pytest.mark.parametrize("line", ["Tuesday, June 15, 2021 (PM)", "Tuesday, June 15, 2021 (AM)", "VELLA, June 15 (File Photo) -"])
def test_a_half_of_the_day_or_a_picture_in_a_dateline_s_brackets_is_no_agency(line):
    found = find_datelines(line + "\n\nPremier Ilse Varga spoke by phone with King Emil Sorn on Tuesday.", date(2021, 6, 15))
    assert all(d.agency is None for d in found)


@pytest.mark.parametrize("site", ["vellnews.org", "VellNews.com"])
def test_a_site_s_address_in_a_dateline_credits_no_agency(site):
    (line,) = find_datelines(f"Vella, 16 July 2024 ({site}) - Prime Minister Ilse Varga spent the day on the phone.",
                             date(2024, 7, 17))
    assert (line.day, line.agency) == (date(2024, 7, 16), None)


@pytest.mark.parametrize("text, place, day, agency", [
    # the agency's bracket closing the dateline's line, the story on the next
    ("VELLA, 24 May (OTA)\n\nPrime Minister Ilse Varga held a video call yesterday.", "VELLA", date(2024, 5, 24), "OTA"),
    ("VELLA, May 24 (OTA)\n\nPrime Minister Ilse Varga held a video call yesterday.", "VELLA", date(2024, 5, 24), "OTA"),
    # the year after a slash
    ("Vella, May 24/2024 (OTA) – Prime Minister Ilse Varga held a video call today.", "Vella", date(2024, 5, 24), "OTA"),
    ("VELLA, May 24/2024 (OTA) – Prime Minister Ilse Varga held a video call today.", "VELLA", date(2024, 5, 24), "OTA"),
])
def test_a_dateline_alone_on_its_line_and_a_year_after_a_slash(text, place, day, agency):
    (line,) = find_datelines(text, date(2024, 5, 27))
    assert (line.place, line.day, line.agency) == (place, day, agency)


@pytest.mark.parametrize("line", ["FILE PHOTO (REUTERS)", "PRESIDENT DULE (VARNIA)", "WATCH (VIDEO)",
                                  "VELLA, May 12 (File)"])
def test_a_caption_or_label_closing_with_a_bracket_is_no_dateline(line):
    # (a place, a day and an agency: a dateline alone on its line; a caption or a label has no day)
    assert find_datelines(f"{line}\n\nThe king spoke by phone.", date(2024, 5, 27)) == ()


@pytest.mark.parametrize("text, found", [
    ("N'Djamena (APA) - President Amara Dule spoke by phone.", ("N'Djamena", "APA")),
    ("Dakar (APS) – President Amara Dule spoke by phone.", ("Dakar", "APS")),
    # a place the gazetteer knows only: not a weekday, a body, a word of page furniture
    ("Monday (OTA) – President Amara Dule spoke by phone.", None),
    ("European Union (EU) - President Amara Dule spoke by phone.", None),
    ("Update (AP) - President Amara Dule spoke by phone.", None),
    # a colon after the bracket: a transcript's label of who speaks
    ("Dakar (APS): Did President Amara Dule speak by phone?", None),
])
def test_a_title_case_place_and_its_agency_s_acronym_before_a_dash(text, found):
    lines = find_datelines(text, date(2024, 5, 27))
    assert ((lines[0].place, lines[0].agency) if lines else None) == found


@pytest.mark.parametrize("line, agency", [
    ("AB/cd/OTA", "OTA"), ("ABC/DE // Vell Press", "Vell Press"),
    # (two words joined by a slash are no sign-off)
    ("EU/NATO", None), ("Vella/Ostria", None),
])
def test_a_wire_s_sign_off_credits_its_agency(line, agency):
    found = find_datelines(f"The talks went on late into the night.\n\n{line}\n\nShare this article", date(2025, 3, 14))
    assert [d.agency for d in found] == ([agency] if agency else [])


@pytest.mark.parametrize("text, day", [
    ("Leaders discuss drones\n\nThe two spoke, officials said.\n\nPremier's call with President Ana Lind of Ostria: "
     "6 November 2025\n\nThe Premier spoke to her this afternoon.", date(2025, 11, 6)),
    ("Leaders discuss drones\n\nReadout of the call with Ana Lind: November 6, 2025\n\nThey spoke.", date(2025, 11, 6)),
])
def test_a_readout_s_title_closed_by_its_day_dates_what_follows(text, day):
    found = find_datelines(text, date(2025, 11, 7))
    assert [(d.day, d.agency, d.place) for d in found] == [(day, None, None)]


@pytest.mark.parametrize("text", [
    "Dule in drone talks\n\nTimeline of the crisis\nDrone strike on Vell: 2 November 2025\nCall with the king: "
    "4 November 2025\n\nPresident Ana Lind phoned the king this afternoon.",
    "Intro.\n\nLast updated: 6 October 2025\n\nPresident Ana Lind phoned the king this afternoon.",
    "Intro.\n\nPremier's call with President Ana Lind: 31 November 2025\n\nThey spoke.",
])
def test_no_dated_title_of_a_timeline_a_stamp_or_a_day_that_is_none(text):
    assert find_datelines(text, date(2025, 11, 7)) == ()

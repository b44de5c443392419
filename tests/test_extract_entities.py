"""Entity mentions within one article, on small texts of our own."""

from __future__ import annotations

import pytest

from kg.model import EntityKind, OutletKind


def by_name(facts):
    return {e.name: e for e in facts.entities}


def test_full_name_titles_possessives_and_variants_are_one_entity(analyse_text):
    facts = analyse_text(
        "Turkish President Recep Tayyip Erdoğan met reporters. Erdogan's aides said Mr. Erdogan was tired. "
        "President Erdoğan later left."
    )
    people = [e for e in facts.entities if e.kind in (EntityKind.LEADER, EntityKind.PERSON)]
    assert [e.name for e in people] == ["Recep Tayyip Erdoğan"]
    assert people[0].kind is EntityKind.LEADER
    assert people[0].wikidata  # the gazetteer knows his Wikidata item


def test_ministers_and_spokespeople_are_persons_with_roles(analyse_text):
    facts = analyse_text(
        "Economy Minister Tariq Velden said the deal was close. Spokesperson Ilse Marquardt declined to comment. "
        "Velden later flew to Oslo."
    )
    names = by_name(facts)
    assert names["Tariq Velden"].kind is EntityKind.PERSON
    assert names["Tariq Velden"].role == "Economy Minister"
    assert len(names["Tariq Velden"].mentions) == 2  # the bare surname joins the full name
    assert names["Ilse Marquardt"].kind is EntityKind.PERSON


def test_unknown_head_of_government_by_title(analyse_text):
    facts = analyse_text("Prime Minister Arvid Lindqvist of the fictional republic spoke to parliament.")
    assert by_name(facts)["Arvid Lindqvist"].kind is EntityKind.LEADER


def test_people_from_given_names_and_appositions(analyse_text):
    names = by_name(analyse_text(
        "The report was written by Marta Keller. Bryn Tallow, a former adviser, disagreed."))
    assert {"Marta Keller", "Bryn Tallow"} <= set(names)


def test_descriptions_resolve_when_unambiguous(analyse_text):
    facts = analyse_text(
        "Emmanuel Macron and Narendra Modi met in Paris. The French leader praised his Indian counterpart.",
        published="2025-03-14",
    )
    names = by_name(facts)
    text = "Emmanuel Macron and Narendra Modi met in Paris. The French leader praised his Indian counterpart."
    # where each is mentioned, and never one of their names (an altLabel "French leader" names no one)
    assert "French leader" in {text[a:b] for a, b in names["Emmanuel Macron"].mentions}
    assert any("Indian counterpart" in text[a:b] for a, b in names["Narendra Modi"].mentions)
    assert not any("leader" in a or "counterpart" in a for e in facts.entities for a in e.aliases)


def test_role_description_needs_a_single_holder(analyse_text):
    text = "Friedrich Merz arrived late. The chancellor apologised."
    facts = analyse_text(text, published="2025-06-01")
    merz = by_name(facts)["Friedrich Merz"]
    assert any(text[a:b].endswith("chancellor") for a, b in merz.mentions) and "chancellor" not in merz.aliases


@pytest.mark.parametrize("office", ["governor", "mayor"])
def test_an_office_below_a_leader_s_stands_for_the_one_person_named_in_it(analyse_text, office):
    text = f"{office.title()} Ann Moe toured the flooded valley. The premier phoned the {office} that evening."
    names = by_name(analyse_text(text, published="2025-06-01"))
    assert any(text[a:b] == office for a, b in names["Ann Moe"].mentions)


@pytest.mark.parametrize("text", [
    # two named in the office: "the governor" is neither
    "Governor Ann Moe met Governor Lia Dorn. The premier phoned the governor that evening.",
    # a country before the office names no one: the gazetteer is not asked
    "Governor Ann Moe toured the valley. The premier phoned the Varnian governor that evening.",
    # another office: a deputy's, a lieutenant's, a former holder's
    "Deputy Governor Ann Moe toured the valley. The premier phoned the governor that evening.",
    "Lieutenant Governor Ann Moe toured the valley. The premier phoned the governor that evening.",
    "Former governor Ann Moe toured the valley. The premier phoned the governor that evening.",
])
def test_an_office_below_a_leader_s_needs_one_named_holder(analyse_text, text):
    facts = analyse_text(text, published="2025-06-01")
    assert not any(text[a:b] == "governor" for e in by_name(facts).values() for a, b in e.mentions)


@pytest.mark.parametrize("text, name, kind", [
    ("The message was posted on X, formerly Twitter.", "X", OutletKind.PLATFORM),
    ("He wrote on his Truth Social platform.", "Truth Social", OutletKind.PLATFORM),
    ("The deal was confirmed by Russian state media.", "Russian state media", OutletKind.STATE_MEDIA),
    ("Officials told the Kenya Broadcasting Corporation on Monday.", "Kenya Broadcasting Corporation", OutletKind.BROADCASTER),
    ("An official told Channel 12 that talks stalled.", "Channel 12", OutletKind.BROADCASTER),
    ("The story ran in The Washington Post. The Post said more.", "The Washington Post", OutletKind.NEWS),
])
def test_outlets(analyse_text, text, name, kind):
    outlets = {e.name: e for e in analyse_text(text).entities if e.kind is EntityKind.OUTLET}
    assert name in outlets
    assert outlets[name].outlet_kind is kind


def test_a_lone_x_is_not_the_platform(analyse_text):
    facts = analyse_text("Malcolm X was a civil rights leader. Generation X grew up.")
    assert "X" not in by_name(facts)


def test_short_alias_needs_the_full_name_first(analyse_text):
    facts = analyse_text("The Post said the talks failed.")
    assert "The Washington Post" not in by_name(facts)


def test_leader_not_yet_in_office_is_a_person_then(analyse_text):
    # Lecornu became prime minister of France in September 2025
    facts = analyse_text("Armed Forces Minister Sébastien Lecornu visited Toulon.", published="2025-06-01")
    lecornu = by_name(facts)["Sébastien Lecornu"]
    assert lecornu.kind is EntityKind.PERSON and lecornu.role == "Armed Forces Minister"


def test_state_media_is_an_outlet_only_with_its_country(analyse_text):
    bare = analyse_text("President Amara Dule spoke by phone with King Emil Sorn on Friday, state-run media reported.")
    assert not [e for e in bare.entities if "media" in e.name.lower()]
    named = analyse_text("President Amara Dule spoke by phone with King Emil Sorn on Friday, Kenyan state media reported.")
    assert [e.name for e in named.entities if "media" in e.name.lower()] == ["Kenyan state media"]


@pytest.mark.parametrize("credit, name", [
    ("Canada's Public Television", "Canada's Public Television"),
    ("Ghana's National Radio", "Ghana's National Radio"),
])
def test_a_country_s_broadcaster_named_by_its_possessive_reports_the_call(analyse_text, credit, name):
    facts = analyse_text(f"President Amara Dule spoke by phone with King Emil Sorn on Friday, {credit} reported.")
    outlets = [e for e in facts.entities if e.kind is EntityKind.OUTLET]
    assert [e.name for e in outlets] == [name]
    assert outlets[0].country == credit.split("'")[0]
    (call,) = facts.calls
    assert [r.outlet for r in call.reports] == [outlets[0].key]


@pytest.mark.parametrize("text, name, role", [
    ("Prime Minister Tan Sri Amar Dulek spoke by phone with King Emil Sorn.", "Amar Dulek", "Prime Minister"),
    ("Deputy Prime Minister Datuk Seri Amar Dulek spoke by phone with King Emil Sorn.", "Amar Dulek",
     "Deputy Prime Minister"),
    ("Tan Sri Amar Dulek told reporters of his phone call with King Emil Sorn.", "Amar Dulek", None),
])
def test_an_honorific_of_several_words_is_no_name(analyse_text, text, name, role):
    people = {e.name: e for e in analyse_text(text).entities if e.kind in (EntityKind.PERSON, EntityKind.LEADER)}
    assert set(people) == {name, "Emil Sorn"}
    assert people[name].role == role


@pytest.mark.parametrize("text, role", [
    ("The President of Ostria, Amara Dule, opened the session.", "President of Ostria"),
    ("The Interim President of the Federal Republic of Ostria, Amara Dule, opened the session.",
     "Interim President of the Federal Republic of Ostria"),
])
def test_a_name_in_apposition_after_a_title_of_a_place_is_that_office_holder(analyse_text, text, role):
    (dule,) = [e for e in analyse_text(text).entities if e.name == "Amara Dule"]
    assert dule.kind is EntityKind.LEADER and dule.role == role


@pytest.mark.parametrize("text, name, role", [
    ("The President of the Republic of Estonia Amara Dule opened the session.", "Amara Dule",
     "President of the Republic of Estonia"),
    # a portfolio of several words in the title's place: a person, no office read from it
    ("Minister of Foreign Affairs and Trade of Estonia Vella Amsen signed the accord.", "Vella Amsen", None),
])
def test_a_name_right_after_a_title_of_a_place_is_that_office_holder(analyse_text, text, name, role):
    (person,) = [e for e in analyse_text(text).entities if e.kind in (EntityKind.PERSON, EntityKind.LEADER)]
    assert person.name == name and person.role == role
    assert (person.kind is EntityKind.LEADER) == (role is not None)


@pytest.mark.parametrize("name", ["Venâncio Sorn", "Venancio Sorn"])
def test_a_given_name_is_known_with_or_without_its_accents(analyse_text, name):
    # no title before the name: the given name alone makes it a person, however it is written
    facts = analyse_text(f"Amara Dule and {name} sat down together in Vell on Monday.")
    assert name in {e.name for e in facts.entities if e.kind in (EntityKind.PERSON, EntityKind.LEADER)}


def test_sayyid_is_an_honorific_not_a_person(analyse_text):
    facts = analyse_text("King Emil Sorn received a phone call from Foreign Minister Sayyid Amar bin Rashid Alvell.")
    assert {e.name for e in facts.entities if e.kind in (EntityKind.PERSON, EntityKind.LEADER)} == {
        "Emil Sorn", "Amar bin Rashid Alvell"}


@pytest.mark.parametrize("text", [
    "The Hon Amara Dule MP spoke by phone with King Emil Sorn on Monday.",
    "THE HON AMARA DULE MP\n\nKing Emil Sorn spoke by phone with President Lars Berg on Monday.",
])
def test_the_hon_and_a_member_s_letters_are_no_name(analyse_text, text):
    names = {e.name for e in analyse_text(text).entities if e.kind in (EntityKind.PERSON, EntityKind.LEADER)}
    assert not {n for n in names if "Hon" in n or "HON" in n or n.endswith("MP")}
    assert "Amara Dule" in names or text.startswith("THE")


def test_a_surname_with_its_particles_named_first_is_the_fuller_name_told_later(nlp_and_gaz):
    # as a trained pipeline marks them: the headline's "De la Vell" before the full name
    from datetime import date

    from spacy.tokens import Span

    from kg.extract.entities import extract_entities
    from kg.model import ArticleMeta

    nlp, gaz = nlp_and_gaz
    doc = nlp("De la Vell, Sorn discuss the river by phone\n\nForeign Minister Amar Ruiz de la Vell and King "
              "Emil Sorn spoke by phone on Monday.")
    spans = [("De la Vell", 0), ("Amar Ruiz de la Vell", 1), ("Emil Sorn", 0)]
    ents = []
    for name, nth in spans:
        starts = [i for i in range(len(doc)) if doc[i:i + len(name.split())].text == name]
        ents.append(Span(doc, starts[nth] if len(starts) > nth else starts[0],
                         (starts[nth] if len(starts) > nth else starts[0]) + len(name.split()), label="PERSON"))
    doc.ents = sorted({(e.start, e.end): e for e in ents}.values(), key=lambda e: e.start)
    index = extract_entities(doc, ArticleMeta("t.txt", "t.txt", date(2025, 3, 18)), gaz)
    names = {e.name for e in index.refs() if e.kind in (EntityKind.PERSON, EntityKind.LEADER)}
    assert "De la Vell" not in names and "Amar Ruiz de la Vell" in names


def test_an_organisation_after_a_title_of_nothing_is_no_person(analyse_text):
    # "of the" and no place before the capitalised words: they are the body, not a name
    facts = analyse_text("Lars Berg, the chairman of the Vell Harbour Board, spoke on Monday.")
    assert {e.name for e in facts.entities if e.kind in (EntityKind.PERSON, EntityKind.LEADER)} == {"Lars Berg"}


def test_a_person_named_in_full_beside_a_gazetteer_surname_is_another_person(analyse_text):
    # the gazetteer knows Sher Bahadur Deuba (alias "Deuba"); Amara Dule Deuba is someone else,
    # and "Sher Bahadur Deuba" is still him
    for text in ("Foreign Minister Amara Dule Deuba spoke by phone with King Emil Sorn.",
                 # named in apposition after a lower-case title, the surname right before the comma
                 "King Emil Sorn spoke by phone with Ostria's new foreign minister, Amara Dule Deuba, on Monday."):
        facts = analyse_text(text + " Sher Bahadur Deuba was not on the call.", published="2024-07-17")
        names = {e.name for e in facts.entities if e.kind in (EntityKind.PERSON, EntityKind.LEADER)}
        assert {"Amara Dule Deuba", "Sher Bahadur Deuba", "Emil Sorn"} <= names
        (call,) = facts.calls
        assert {e.name for e in facts.entities if e.key in call.participants} == {"Amara Dule Deuba", "Emil Sorn"}


@pytest.mark.parametrize("credit", ["the palace said in a statement to RSS", "citing RSS"])
def test_a_known_agency_s_acronym_in_an_outlet_s_place_is_that_agency(analyse_text, credit):
    # the gazetteer knows Nepal's Rastriya Samachar Samiti, "RSS" only as a short form: alone it
    # names nothing, in an outlet's place it names the agency
    facts = analyse_text(f"King Emil Sorn spoke by phone with President Lars Berg on Monday, {credit}.")
    (call,) = facts.calls
    assert {e.name for e in facts.entities if e.key in {r.outlet for r in call.reports}} == {"Rastriya Samachar Samiti"}
    alone = analyse_text("RSS feeds were down on Monday.")
    assert not [e for e in alone.entities if e.kind is EntityKind.OUTLET]


def test_a_gazetteer_person_named_with_a_middle_name_is_that_person(analyse_text):
    # the gazetteer has Anthony Albanese and Sam Matekane; a fuller form of the name, with a
    # middle name or the first name in full, is still them
    for text, name in (("Prime Minister Anthony Norman Albanese spoke by phone with King Emil Sorn.", "Anthony Albanese"),
                       ("The Right Honourable Prime Minister Samuel Thabo Matekane spoke by phone with King Emil Sorn.",
                        "Sam Matekane")):
        facts = analyse_text(text, published="2024-04-11")
        people = {e.name for e in facts.entities if e.kind in (EntityKind.PERSON, EntityKind.LEADER)}
        assert people == {name, "Emil Sorn"}


def test_an_unknown_outlet_with_or_without_the_is_one_outlet(analyse_text):
    facts = analyse_text("The Harbour Times said the port would close. Harbour Times reporters were there.")
    outlets = {e.key for e in facts.entities if e.kind.value == "Outlet"}
    assert outlets == {"outlet:harbour times"}


def test_a_partys_president_leads_no_country(analyse_text):
    facts = analyse_text("Congress president Arun Mehra said the party would contest every seat.")
    kinds = {e.name: e.kind.value for e in facts.entities}
    assert kinds.get("Arun Mehra") == "Person"


def test_a_dateline_names_an_agency_by_the_first_word_of_its_name(analyse_text):
    # the gazetteer's Trend News Agency, credited in the slashed style of its own datelines
    facts = analyse_text("BAKU, December 28. /TREND/. President Ilham Aliyev held a phone call with "
                         "Kassym-Jomart Tokayev on Friday.", published="2024-12-28")
    outlets = {e.name for e in facts.entities if e.kind is EntityKind.OUTLET}
    assert outlets == {"Trend News Agency"}


def test_a_channel_word_and_its_number_after_a_descriptor(analyse_text):
    facts = analyse_text("The premier told broadcaster TV 7 on Friday that the talks had gone well.")
    outlets = {e.name for e in facts.entities if e.kind is EntityKind.OUTLET}
    assert outlets == {"TV 7"}


def test_a_call_sign_the_tokenizer_cuts_is_one_outlet(analyse_text):
    facts = analyse_text("The premier told the city radio station 4MB on Friday that the talks had gone well.")
    outlets = {e.name for e in facts.entities if e.kind is EntityKind.OUTLET}
    assert outlets == {"4MB"}


def test_a_titled_given_name_before_a_known_surname_is_that_leader(analyse_text):
    facts = analyse_text("Outgoing President Samoei Ruto phoned President Yoweri Museveni on Monday.",
                         published="2025-06-12")
    people = {e.name for e in facts.entities if e.kind in (EntityKind.LEADER, EntityKind.PERSON)}
    assert people == {"William Ruto", "Yoweri Museveni"}


def test_a_minister_sharing_a_leaders_surname_is_a_person_of_their_own(analyse_text):
    facts = analyse_text("Trade Minister Ama Ruto spoke by phone with President Yoweri Museveni on Monday.",
                         published="2025-06-12")
    names = by_name(facts)
    assert names["Ama Ruto"].kind is EntityKind.PERSON
    assert "William Ruto" not in names


def test_an_agency_in_apposition_after_its_descriptor(analyse_text):
    facts = analyse_text("President Ismail Omar Guelleh took a call from President Abdel Fattah el-Sisi late on Sunday, the "
                         "state news agency, ADI, said in a short dispatch.", published="2025-06-12")
    outlets = {e.name for e in facts.entities if e.kind is EntityKind.OUTLET}
    assert outlets == {"Agence Djiboutienne d'Information"}


def test_national_inside_an_outlets_name(analyse_text):
    facts = analyse_text("President William Ruto phoned President Yoweri Museveni, Varnian National Broadcaster "
                         "reported on Monday.", published="2025-06-12")
    outlets = {e.name for e in facts.entities if e.kind is EntityKind.OUTLET}
    assert outlets == {"Varnian National Broadcaster"}


def test_the_three_ministers_are_the_ministers_of_the_call(analyse_text):
    facts = analyse_text("Foreign Minister Badr Abdelatty held a video call with Foreign Minister Ayman Safadi and "
                         "Foreign Minister Ahmed Attaf on Sunday. A spokesman said in a statement to radio Vellwave that "
                         "the three ministers had agreed to keep in touch.", published="2025-08-25")
    call = facts.calls[0]
    names = {e.key: e.name for e in facts.entities}
    assert len(facts.calls) == 1 and len(call.participants) == 3
    assert [names[r.outlet] for r in call.reports] == ["Vellwave"]


@pytest.mark.parametrize("text, expected", [
    # the adjectives of a list before a plural role: one leader per country
    ("The king spoke on Friday with the Qatari and Egyptian prime ministers about the border.",
     {"Mohammed bin Abdulrahman Al Thani", "Mostafa Madbouly"}),
    ("Narendra Modi later rang the Japanese, Qatari and Egyptian prime ministers.",
     {"Shigeru Ishiba", "Mohammed bin Abdulrahman Al Thani", "Mostafa Madbouly"}),
    # the countries after "of"
    ("The presidents of Poland and Kenya held a phone call on Friday.", {"Andrzej Duda", "William Ruto"}),
])
def test_plural_descriptions_name_one_leader_per_country(analyse_text, text, expected):
    facts = analyse_text(text, published="2025-03-14")
    leaders = {e.name for e in facts.entities if e.kind is EntityKind.LEADER}
    assert expected <= leaders
    assert all(expected & {e.name for e in facts.entities if e.key in c.participants} for c in facts.calls)
    assert facts.calls


@pytest.mark.parametrize("text", [
    "The Qatari prime ministers of the past decade kept close ties with Cairo.",  # one country: no list
    "The Qatari and the Egyptian prime ministers were not named.",  # a list the rule does not read
    "Qatari and Egyptian prime ministers have often met.",  # no determiner: prime ministers in general
])
def test_plural_descriptions_need_a_determined_list(analyse_text, text):
    facts = analyse_text(text, published="2025-03-14")
    assert not any(e.kind is EntityKind.LEADER for e in facts.entities)


def test_a_counterpart_before_other_descriptions_leaves_them_readable(analyse_text):
    # a counterpart's description once left the description heads unusable for the rest of
    # the article ("the President of Poland" after "his Kenyan counterpart" went unread)
    facts = analyse_text(
        "Prime Minister Donald Tusk phoned his Kenyan counterpart on Friday. "
        "The President of Poland spoke with President Cyril Ramaphosa.", published="2025-03-14")
    assert "Andrzej Duda" in {e.name for e in facts.entities}


def test_a_role_description_is_not_the_one_leader_named_in_another_office(analyse_text):
    facts = analyse_text("Prime Minister Donald Tusk arrived in Vilnius. The President of Poland stayed home.",
                         published="2025-03-14")
    assert "Andrzej Duda" in {e.name for e in facts.entities}
    assert not any("President of Poland" in a for e in facts.entities if e.name == "Donald Tusk" for a in e.aliases)


@pytest.mark.parametrize("text", [
    "At the Ministry's Weekly Press Conference the spokesperson said the call went well.",
    "The Presidential Press Office said the king had phoned the premier.",
])
def test_an_outlet_head_the_name_goes_on_past_is_no_outlet(analyse_text, text):
    assert not [e for e in analyse_text(text).entities if e.kind is EntityKind.OUTLET]


def test_an_outlet_head_before_a_lower_case_word_is_still_an_outlet(analyse_text):
    facts = analyse_text("A Kelmar Times statement said the premier had phoned the king.")
    assert "Kelmar Times" in {e.name for e in facts.entities if e.kind is EntityKind.OUTLET}


def _outlet_names(facts) -> set[str]:
    return {e.name for e in facts.entities if e.kind is EntityKind.OUTLET}


@pytest.mark.parametrize("text, name", [
    ("Kurjer reported on Tuesday that President Amara Dule had phoned the king.", "Kurjer"),
    ("The premier's aide spoke to the king on Monday, the Vell Courier said, citing Le Vigilant.", "Le Vigilant"),
    ("The minister disclosed the call at a rally carried live on VellOne.", "VellOne"),
    ("The Dal-Im Ilbo reported, citing an aide, that the king had phoned the premier.", "The Dal-Im Ilbo"),
    ("In comments to VellFM the premier said he had phoned the king.", "VellFM"),
    ("The whole statement went out on the wire of the Agence Varnienne de Presse.", "Agence Varnienne de Presse"),
])
def test_a_name_in_a_place_only_an_outlet_takes_is_an_outlet(analyse_text, text, name):
    assert name in _outlet_names(analyse_text(text))


@pytest.mark.parametrize("text", [
    "Officials reported on Tuesday that the premier had phoned the king. The officials spoke late.",
    "Sources reported that the premier had phoned the king.",
    "The premier told Varga that he had phoned the king.",  # a person's place too, a person's look
    "President Amara Dule told Parliament that he had phoned the king.",
    "The transcript of the call was published by the Presidency on Monday.",
    "Maria reported that the premier had phoned the king.",  # a given name
    "Channel 12 News reported that the premier had phoned the king.",
    "Prime Minister Keir Starmer told MPs on Wednesday that he had phoned President Donald Trump.",
    "The premier phoned the king on Monday, according to OpenAI, which tracks such calls.",
    "The premier phoned the king on Monday, according to Al Gore.",
    "The premier phoned the king on Monday, according to El Presidente's office.",
    "Kharkiv reported heavy shelling overnight. Keystone reported a leak in its pipeline.",
    "Speaking on Capitol Hill on Tuesday, the premier said he had phoned the king.",
    "In an address broadcast on Thanksgiving, the premier said he had phoned the king.",
    "A report in Geneva on Tuesday said the premier had phoned the king.",
    "The premier phoned the king on Monday, after Kestrelgrid reported blackouts in the north.",
])
def test_a_name_in_an_outlets_place_that_is_no_outlets_name(analyse_text, text):
    assert _outlet_names(analyse_text(text)) <= {"Channel 12 News", "Channel 12"}


def test_a_known_agency_in_an_outlets_place_by_the_first_word_of_its_name(analyse_text):
    facts = analyse_text("President Ilham Aliyev held a phone call with Kassym-Jomart Tokayev on Friday, Trend reports.",
                         published="2024-12-28")
    assert _outlet_names(facts) == {"Trend News Agency"}


def test_a_service_of_a_known_outlet_is_an_outlet_of_its_own(analyse_text):
    facts = analyse_text("A spokesman confirmed the call to RNZ Pacific. The premier later spoke to BBC Radio 4 "
                         "and to Reuters.")
    outlets = {e.name: e for e in facts.entities if e.kind is EntityKind.OUTLET}
    assert {"RNZ Pacific", "BBC Radio 4", "Reuters"} <= set(outlets)
    assert "RNZ" not in outlets and outlets["RNZ Pacific"].country == "New Zealand"


def test_a_tv_or_radio_word_after_a_known_outlet_is_that_outlet(analyse_text):
    facts = analyse_text("The premier phoned the king on Monday, NHK Television reported.")
    assert _outlet_names(facts) == {"NHK"}


def test_the_publishers_own_service_at_the_foot_of_its_page_is_the_publisher(analyse_text):
    facts = analyse_text("The premier will phone the king on Tuesday.\n\nRNZ Pacific", outlet="RNZ")
    assert _outlet_names(facts) == {"RNZ"}


@pytest.mark.parametrize("text", [
    "Ilse Varga phoned the king on Monday.\n\nVarga reported from the capital. Emil Sorn contributed.",
    "The minister phoned the king, according to a report by the Center for Maritime Studies.",
])
def test_a_byline_or_an_organisations_longer_name_is_no_outlet(analyse_text, text):
    assert not _outlet_names(analyse_text(text))


@pytest.mark.parametrize("text", [
    "The Governor-General, Dame Ilse Varga, telephoned President Lars Berg.",
    "Attorney-General Ilse Varga spoke with President Lars Berg.",
])
def test_a_title_of_two_hyphenated_title_words_is_no_name(analyse_text, text):
    names = {e.name for e in analyse_text(text).entities if e.kind in (EntityKind.PERSON, EntityKind.LEADER)}
    assert names == {"Ilse Varga", "Lars Berg"}


@pytest.mark.parametrize("before, role", [("Iranian Foreign Minister", "Foreign Minister"),
                                          ("Former foreign minister", "Former Foreign Minister")])
def test_a_gazetteer_s_former_minister_titled_minister_holds_the_office_in_the_article(analyse_text, before, role):
    # the gazetteer lists Hossein Amir-Abdollahian as a former foreign minister, with no dates
    facts = analyse_text(f"{before} Hossein Amir-Abdollahian held talks in Tehran.", published="2024-01-20")
    (person,) = [e for e in facts.entities if e.key == "gaz:hossein-amir-abdollahian"]
    assert person.role == role


@pytest.mark.parametrize("before, key, role", [
    # the office in other words or spelling: "Defense Secretary" is the "Secretary of Defense"
    ("US Defense Secretary Lloyd Austin", "gaz:lloyd-austin", "Secretary of Defense"),
    ("Israeli Defense Minister Yoav Gallant", "gaz:yoav-gallant", "Defence Minister"),
])
def test_a_gazetteer_s_former_official_titled_in_other_words_holds_the_office(analyse_text, before, key, role):
    facts = analyse_text(f"{before} arrived in Vell on Monday.", published="2024-06-18")
    (person,) = [e for e in facts.entities if e.key == key]
    assert person.role == role


def test_a_header_name_in_capitals_is_the_gazetteer_person(analyse_text):
    facts = analyse_text("THE RT HON CHRISTOPHER LUXON MP\nPRIME MINISTER OF NEW ZEALAND\n\nMEDIA RELEASE\n\n"
                         "The Government will send a medical team to Vell this week.", published="2024-05-28")
    assert "gaz:christopher-luxon" in {e.key for e in facts.entities}
    assert not {e.name for e in facts.entities if e.kind in (EntityKind.PERSON, EntityKind.LEADER)} - {"Christopher Luxon"}


def test_a_qualifier_of_another_title_is_not_the_minister_s(analyse_text):
    # the gazetteer lists Antonio Tajani as his country's foreign minister
    facts = analyse_text("Antonio Tajani, Vice Premier and Foreign Minister, said the vote was a turning point. "
                         "Vice Premier and Foreign Minister Tajani then left.")
    assert next(e for e in facts.entities if e.key == "gaz:antonio-tajani").role == "Foreign Minister"


@pytest.mark.parametrize("text", [
    "Prime Minister Luís Montenegro won the vote. King Emil Sorn telephoned Montenegro on Monday.",
    "Prime Minister Luís Montenegro won the vote. Ilse Varga had hoped to call Montenegro that week.",
])
def test_a_surname_that_is_a_country_is_the_person_in_a_person_s_place(analyse_text, text):
    # (the gazetteer's Luís Montenegro, named in full first)
    facts = analyse_text(text, published="2024-06-01")
    assert "Montenegro" not in {e.name for e in facts.entities if e.kind is EntityKind.COUNTRY}


@pytest.mark.parametrize("url, country", [("https://www.abc.net.au/news/x", "Australia"),
                                          ("https://abcnews.go.com/x", "United States"),
                                          (None, "United States")])
def test_a_publisher_s_name_is_read_with_its_url(analyse_text, url, country):
    # "ABC News" names the American network alone, and the Australian one at its own domain
    facts = analyse_text("Premier Ilse Varga spoke by phone with King Emil Sorn on Monday.", outlet="ABC News", url=url)
    (publisher,) = [e for e in facts.entities if e.kind is EntityKind.OUTLET]
    assert publisher.country == country


def test_a_short_name_opening_the_publisher_s_name_is_the_publisher(analyse_text):
    facts = analyse_text("Premier Ilse Varga spoke by phone with King Emil Sorn on Monday, an official told the ABC.",
                         outlet="ABC News", url="https://www.abc.net.au/news/x")
    assert [e.country for e in facts.entities if e.kind is EntityKind.OUTLET] == ["Australia"]


def test_a_country_after_with_stays_the_country(analyse_text):
    facts = analyse_text("Portuguese Prime Minister Luís Montenegro spoke by phone with President Amara Dule on Monday. "
                         "Dule said relations with Montenegro were strong.", published="2024-06-01")
    assert "gaz:montenegro" in {e.key for e in facts.entities}


@pytest.mark.parametrize("text", ["Premier Ilse Varga spoke by phone with King Emil Sorn, US network ABC reported.",
                                  "Premier Ilse Varga spoke by phone with King Emil Sorn, ABC reported."])
def test_an_acronym_not_after_the_is_the_outlet_named(analyse_text, text):
    facts = analyse_text(text, outlet="ABC News", url="https://www.abc.net.au/news/x")
    assert {e.country for e in facts.entities if e.kind is EntityKind.OUTLET} == {"Australia", "United States"}


@pytest.mark.parametrize("outlet, url, credit", [
    ("Ostrian Telegraph Agency", None, "OTA"),  # the initials of its name
    ("Vellan Press", "https://www.vpa.example/2024/x", "VPA"),  # its web host
    ("VellaPress", None, "VP"),  # the capitals of one word
])
def test_the_publisher_s_own_acronym_in_its_dateline_is_the_publisher(analyse_text, outlet, url, credit):
    facts = analyse_text(f"VELLA, May 3 ({credit}) -- Premier Ilse Varga spoke by phone with King Emil Sorn on Monday.",
                         outlet=outlet, url=url)
    assert [e.name for e in facts.entities if e.kind is EntityKind.OUTLET] == [outlet]


def test_an_acronym_that_is_not_the_publisher_s_stays_another_outlet(analyse_text):
    facts = analyse_text("VELLA, May 3 (OTA) -- Premier Ilse Varga spoke by phone with King Emil Sorn on Monday.",
                         outlet="Vellan Daily Mirror", url="https://www.vdm.example/x")
    assert len([e for e in facts.entities if e.kind is EntityKind.OUTLET]) == 2


def test_a_known_name_written_without_its_suffix_is_that_person(analyse_text):
    facts = analyse_text("Ferdinand Romualdez Marcos rang King Emil Sorn on Monday about fishing rights.",
                         published="2023-05-10")
    assert "gaz:ferdinand-marcos-jr" in {e.key for e in facts.entities}


def test_a_mention_given_to_a_person_is_no_longer_the_country_s(analyse_text):
    text = ("Prime Minister Ilse Varga rang Montenegro's leaders about the border on Friday.\n\nKing Emil Sorn "
            "of Vella rang Luís Montenegro on Sunday. Later, Prime Minister Amara Dule telephoned Montenegro "
            "on Monday.")
    facts = analyse_text(text, published="2024-03-12")
    spans = {e.key: set(e.mentions) for e in facts.entities}
    person, country = spans["gaz:luis-montenegro"], spans["gaz:montenegro"]
    assert not person & country and len(country) == 1


def test_the_publisher_s_initials_never_take_an_agency_the_gazetteer_knows(analyse_text):
    facts = analyse_text("Premier Ilse Varga spoke by phone with King Emil Sorn on Monday, Bulgaria's BTA news "
                         "agency reported.", outlet="BelTA", url="https://www.belta.by/x")
    assert "gaz:bta" in {e.key for e in facts.entities}


def test_a_known_acronym_crediting_the_publisher_s_own_dateline_is_the_publisher(analyse_text):
    facts = analyse_text("LIMA, May 9 (CNA) -- Premier Ilse Varga spoke by phone with King Emil Sorn on Monday.",
                         outlet="Catholic News Agency", url="https://www.catholicnewsagency.com/news/1")
    assert [e.name for e in facts.entities if e.kind is EntityKind.OUTLET] == ["Catholic News Agency"]


@pytest.mark.parametrize("text, spans, whole", [
    # a trained model's person that is a particle and what follows it, inside a fuller name
    ("Veteran minister Amar bin Tala bin Osric phoned King Emil Sorn on Monday. Bin Tala is due in Vell soon.",
     ["Amar bin Tala bin Osric", "Emil Sorn", "Bin Tala"], "Amar bin Tala bin Osric"),
    # a name written family name first beside the same name written the other way
    ("Trade minister Kenji Arata phoned King Emil Sorn on Monday. Arata Kenji said the talks went well.",
     ["Kenji Arata", "Emil Sorn", "Arata Kenji"], "Kenji Arata"),
])
def test_a_model_person_that_is_part_of_a_name_or_the_name_reversed_is_that_person(nlp_and_gaz, text, spans, whole):
    from spacy.tokens import Span

    from datetime import date

    from kg.extract.entities import extract_entities
    from kg.model import ArticleMeta

    nlp, gaz = nlp_and_gaz
    doc = nlp(text)
    ents = []
    for name in spans:
        start = next(i for i in range(len(doc)) if doc[i:i + len(name.split())].text == name)
        ents.append(Span(doc, start, start + len(name.split()), label="PERSON"))
    doc.ents = sorted(ents, key=lambda e: e.start)
    index = extract_entities(doc, ArticleMeta("t.txt", "t.txt", date(2025, 3, 18)), gaz)
    names = {e.name for e in index.refs() if e.kind in (EntityKind.PERSON, EntityKind.LEADER)}
    assert names == {whole, "Emil Sorn"}


@pytest.mark.parametrize("text, named", [
    ("Thanks for the call, @narendramodi!", "Narendra Modi"),  # a gazetteer leader's name, run together
    ("Chairman Emil Sorn won the vote. Later @EmilSornPTI thanked his voters.", "Emil Sorn"),  # one the article named
    ("Later @SornEmil2024 thanked his voters. Chairman Emil Sorn won the vote.", None),  # another order: not the name
    ("Thanks for the call, @Modi!", None),  # a surname alone may be anyone's
])
def test_a_handle_made_of_a_known_person_s_name_is_that_person(analyse_text, text, named):
    facts = analyse_text(text)
    handle = next(t for t in text.split() if t.startswith("@")).rstrip("!,.")
    found = [e.name for e in facts.entities if any(text[a:b] == handle for a, b in e.mentions)]
    assert found == ([named] if named else [])
    assert all(handle not in e.aliases for e in facts.entities)


def test_a_name_after_a_title_that_lists_portfolios_is_a_person(analyse_text):
    facts = analyse_text("Chile's Minister of Energy, Trade and Culture Emil Sorn arrived on Monday.")
    assert {e.name for e in facts.entities if e.kind in (EntityKind.PERSON, EntityKind.LEADER)} == {"Emil Sorn"}


def test_a_rank_before_the_surname_of_one_the_gazetteer_knows_by_that_rank(analyse_text):
    facts = analyse_text("Ghana's president spoke with Captain Traoré by phone on Monday.", published="2025-08-08")
    assert "Ibrahim Traoré" in {e.name for e in facts.entities}
    facts = analyse_text("Ghana's president spoke with General Traoré by phone on Monday.", published="2025-08-08")
    assert "Ibrahim Traoré" not in {e.name for e in facts.entities}  # (not a rank he is known by)


def test_a_handle_of_a_fan_or_news_account_is_no_person(analyse_text):
    text = "Chairman Emil Sorn won the vote. Later @EmilSornNews and @EmilSornFans cheered."
    facts = analyse_text(text)
    named = {text[a:b] for e in facts.entities for a, b in e.mentions}
    assert not named & {"@EmilSornNews", "@EmilSornFans"}


def test_the_initials_of_a_person_s_title_stand_for_them(analyse_text):
    text = "External Affairs Minister Lars Berg spoke on Monday. EAM will meet the envoy on Friday."
    facts = analyse_text(text)
    berg = next(e for e in facts.entities if e.name == "Lars Berg")
    assert "EAM" in {text[a:b] for a, b in berg.mentions}


def test_initials_run_together_after_a_title_open_a_name(analyse_text):
    facts = analyse_text("Foreign Minister G.L. Tomasz arrived on Monday.")
    assert {e.name for e in facts.entities if e.kind in (EntityKind.PERSON, EntityKind.LEADER)} == {"G.L. Tomasz"}


@pytest.mark.parametrize("text, relative", [
    # a given name of the list before a leader's one-word surname alias
    ("Premier Ilse Varga spoke by phone with Brigitte Macron on Monday.", "Brigitte Macron"),
    # a given name the list does not hold, introduced as a relative before or after
    ("Premier Ilse Varga spoke by phone with Macron's mother, Ottla Macron, on Monday.", "Ottla Macron"),
    ("Premier Ilse Varga spoke by phone with Ottla Macron, the mother of the president, on Monday.", "Ottla Macron"),
])
def test_a_relative_with_a_leader_s_surname_is_a_person_of_their_own(analyse_text, text, relative):
    facts = analyse_text(text, published="2024-05-10")
    names = {e.key: e.name for e in facts.entities}
    assert [sorted(names[p] for p in c.participants) for c in facts.calls] == [sorted(["Ilse Varga", relative])]


@pytest.mark.parametrize("text", [
    "Reporter: Did Macron agree to the plan?\n\nPremier Ilse Varga spoke by phone with Macron on Monday.",
    "Premier Ilse Varga spoke by phone with Emanuel Macron on Monday.",  # a spelling of his own name
    "Premier Ilse Varga spoke by phone with Ottla Macron on Monday.",  # no given name known, no relative said
])
def test_no_relative_without_a_given_name_or_a_kin_word(analyse_text, text):
    names = by_name(analyse_text(text, published="2024-05-10"))
    assert "Emmanuel Macron" in names and not any(n.endswith(" Macron") and n != "Emmanuel Macron" for n in names)


def test_a_bare_surname_is_the_one_of_that_name_named_before_it(analyse_text):
    # two people of the gazetteer called Barrow; at "Mr Barrow" the reader knows one
    facts = analyse_text("President Adama Barrow took a call from President Emmanuel Macron on Monday. Mr Barrow thanked "
                         "him warmly. Dean Barrow, a former premier of Belize and no relation, sent a note.",
                         published="2023-05-09")
    names = {e.key: e.name for e in facts.entities}
    assert {names[p] for c in facts.calls for p in c.participants} == {"Adama Barrow", "Emmanuel Macron"}
    spans = {e.name: e.mentions for e in facts.entities}
    assert len(spans["Adama Barrow"]) == 2 and "Barrow" not in spans


def test_a_bare_surname_after_both_of_that_name_is_neither(analyse_text):
    facts = analyse_text("President Adama Barrow and Dean Barrow, a former premier of Belize, met on Monday. President "
                         "Emmanuel Macron phoned Mr Barrow later.", published="2023-05-09")
    spans = {e.name: e.mentions for e in facts.entities}
    assert len(spans["Adama Barrow"]) == 1 and len(spans["Dean Barrow"]) == 1


def test_a_title_before_a_comma_titles_no_subject_of_the_next_clause(analyse_text):
    facts = analyse_text("After talks with Tonga's Prime Minister, Lars Berg phoned King Emil Sorn on Monday.",
                         published="2024-05-10")
    berg = next(e for e in facts.entities if e.name == "Lars Berg")
    assert berg.role is None and berg.country is None


@pytest.mark.parametrize("text, outlet", [
    ("President Emmanuel Macron spoke by phone with Chancellor Olaf Scholz on Monday, state channel Norway 24 "
     "reported.", "Norway 24"),
    ("Norway 1ère reported that President Emmanuel Macron had spoken by phone with Chancellor Olaf Scholz on Monday.",
     "Norway 1ère"),
])
def test_a_country_s_name_and_a_channel_number_reporting_is_a_broadcaster(analyse_text, text, outlet):
    facts = analyse_text(text, published="2022-07-06")
    names = {e.name: e for e in facts.entities}
    assert names[outlet].kind is EntityKind.OUTLET and "Norway" not in names
    (call,) = facts.calls
    assert [names[outlet].key] == [r.outlet for r in call.reports]


@pytest.mark.parametrize("text", ["The match ended Norway 2, Sweden 1 on Monday, and President Emmanuel Macron spoke "
                                  "by phone with Chancellor Olaf Scholz.",
                                  "President Emmanuel Macron spoke by phone with Chancellor Olaf Scholz about Norway 2030."])
def test_a_score_or_a_year_after_a_country_is_no_channel(analyse_text, text):
    assert all(e.kind is not EntityKind.OUTLET for e in analyse_text(text, published="2022-07-06").entities)


@pytest.mark.parametrize("title", ["Queen Consort", "Queen Dowager"])
def test_a_queen_consort_or_dowager_is_a_person_not_a_leader(analyse_text, title):
    facts = analyse_text(f"{title} Mira Sol opened the new hospital on Monday.", published="2025-10-26")
    kinds = {e.name: e.kind for e in facts.entities}
    assert kinds == {"Mira Sol": EntityKind.PERSON}


@pytest.mark.parametrize("text", [
    "Foreign Minister Senator Mohammad Ishaq Dar flew to Beijing on Monday.",
    "Deputy Prime Minister Mohammad Ishaq Dar flew to Beijing on Monday.",
])
def test_a_given_name_right_before_a_known_full_name_is_its_first_name(analyse_text, text):
    facts = analyse_text(text, published="2025-10-20")
    people = {e.key: e.name for e in facts.entities if e.kind in (EntityKind.PERSON, EntityKind.LEADER)}
    assert people == {"gaz:ishaq-dar": "Ishaq Dar"}


@pytest.mark.parametrize("text", [
    "Prime Minister Luís Montenegro won the vote. Montenegro told a radio station that King Emil Sorn had phoned.",
    "Prime Minister Luís Montenegro won the vote. King Emil Sorn had lunch with the press, then greeted Montenegro before the call.",
    "Prime Minister Luís Montenegro won the vote. King Emil Sorn had spoken to Montenegro by then.",
    "Prime Minister Luís Montenegro won the vote. King Emil Sorn spoke by phone with Montenegro on Monday.",
])
def test_a_surname_that_is_a_country_the_article_never_places_is_the_person_alone(analyse_text, text):
    facts = analyse_text(text, published="2024-06-01")
    assert "Montenegro" not in {e.name for e in facts.entities if e.kind is EntityKind.COUNTRY}


@pytest.mark.parametrize("text", [
    "Prime Minister Luís Montenegro won the vote. King Emil Sorn met Montenegro's leaders at the palace.",
    "Prime Minister Luís Montenegro won the vote. King Emil Sorn praised ties with Montenegro.",
    "Prime Minister Luís Montenegro won the vote. Montenegro told a radio station the floods in Montenegro were over.",
])
def test_a_surname_that_is_a_country_stays_the_country_in_its_own_places(analyse_text, text):
    facts = analyse_text(text, published="2024-06-01")
    assert "Montenegro" in {e.name for e in facts.entities if e.kind is EntityKind.COUNTRY}


@pytest.mark.parametrize("text", [
    "Prime Minister Luís Montenegro won the vote. King Emil Sorn then phoned the leaders of Serbia and Montenegro.",
    "Prime Minister Luís Montenegro won the vote. Ministers from Albania, Montenegro and Serbia were there.",
    "Prime Minister Luís Montenegro won the vote. The Montenegro prime minister called King Emil Sorn later.",
])
def test_a_country_among_countries_or_before_an_office_stays_the_country(analyse_text, text):
    facts = analyse_text(text, published="2024-06-01")
    assert "Montenegro" in {e.name for e in facts.entities if e.kind is EntityKind.COUNTRY}


def test_a_first_name_that_is_a_country_stays_the_country(analyse_text):
    facts = analyse_text("Defence Minister Israel Katz spoke by phone with King Emil Sorn on Thursday. Israel has "
                         "closed the border.", published="2025-03-14")
    assert "Israel" in {e.name for e in facts.entities if e.kind is EntityKind.COUNTRY}


def test_a_country_whose_leader_the_article_names_stays_the_country(analyse_text):
    facts = analyse_text("Prime Minister Luís Montenegro won the vote. President Jakov Milatović said Montenegro hopes "
                         "to join the bloc soon.", published="2024-06-01")
    assert "Montenegro" in {e.name for e in facts.entities if e.kind is EntityKind.COUNTRY}


def test_the_name_the_metadata_gives_the_outlet_is_the_publisher_in_its_own_pages(analyse_text):
    # the web host makes "ABC News" the Australian broadcaster; the gazetteer's "ABC News" is the
    # American network's name
    facts = analyse_text("Prime Minister Tom Hale spoke by phone with President Lars Berg on Tuesday, ABC News understands.",
                         outlet="ABC News", url="https://www.abc.net.au/news/2020-01-07/story/1")
    outlets = {e.name for e in facts.entities if e.kind is EntityKind.OUTLET}
    assert outlets == {"ABC News (Australia)"}


def test_the_name_the_metadata_gives_the_outlet_is_the_gazetteer_s_without_a_web_host(analyse_text):
    facts = analyse_text("Prime Minister Tom Hale spoke by phone with President Lars Berg on Tuesday, ABC News understands.",
                         outlet="ABC News")
    assert {e.name for e in facts.entities if e.kind is EntityKind.OUTLET} == {"ABC News"}



@pytest.mark.parametrize("text, outlets", [
    ("The panel met to discuss AGI safety rules.", set()),
    ("Premier Tom Hale held a 15min phone call with President Lars Berg.", set()),
    ("Vellmark beat France 2-0 on Sunday.", set()),
    ("Radio Nacional de Angola reported the vote.", {"Radio Nacional de Angola"}),
])
def test_outlet_names_that_are_common_words_need_their_full_name_first(analyse_text, text, outlets):
    facts = analyse_text(text)
    assert {e.name for e in facts.entities if e.kind is EntityKind.OUTLET} == outlets


def test_an_unknown_name_the_metadata_gives_the_outlet_stays_the_outlet_the_text_names(analyse_text):
    # an edition's name at its parent's web host: the gazetteer does not know the name
    facts = analyse_text("Prime Minister Tom Hale spoke by phone with President Lars Berg on Tuesday, an aide told "
                         "Vell Monitor.", outlet="Vell Monitor", url="https://vellmonitor.mbl.is/news/2023/story")
    assert "Vell Monitor" in {e.name for e in facts.entities if e.kind is EntityKind.OUTLET}


def test_the_metadata_s_outlet_name_with_a_word_saying_which_outlet_stays_that_outlet(analyse_text):
    facts = analyse_text("Prime Minister Tom Hale spoke by phone with President Lars Berg on Tuesday, US network ABC News "
                         "reported.", outlet="ABC News", url="https://www.abc.net.au/news/2020-01-07/story/1")
    assert "ABC News" in {e.name for e in facts.entities if e.kind is EntityKind.OUTLET}


@pytest.mark.parametrize("place, kind", [("the ECOWAS Commission", EntityKind.PERSON),
                                         ("the Republic of Senegal", EntityKind.LEADER)])
def test_a_president_of_an_organisation_leads_no_country(analyse_text, place, kind):
    facts = analyse_text(f"The President of {place}, Tomas Brek, briefed the leaders.", published="2025-05-15")
    assert by_name(facts)["Tomas Brek"].kind is kind


@pytest.mark.parametrize("later, expected", [
    # a title and a surname that two gazetteer people of the article share (spelt without the
    # gazetteer's accent): the one named with that title
    ("General Deby", "Mahamat Idriss Déby"),
    ("President Deby", "Idriss Déby"),
])
def test_a_titled_surname_two_people_share_is_the_one_named_with_the_title(analyse_text, later, expected):
    facts = analyse_text("Soldiers guarded the palace where General Mahamat Idriss Deby took charge after the death of "
                         f"his father, President Idriss Deby Itno. Envoys recalled that President Emmanuel Macron "
                         f"once phoned {later} about the lake.", published="2021-04-23")
    names = {e.key: e.name for e in facts.entities}
    assert "Deby" not in names.values()
    assert [sorted(names[p] for p in c.participants) for c in facts.calls] == [sorted(["Emmanuel Macron", expected])]


def test_a_given_name_more_before_the_known_name_of_the_title_s_holder(analyse_text):
    # the gazetteer knows "ʻAkilisi Pōhiva"; "Samuela" is a given name more, no person of its own
    facts = analyse_text("Prime Minister Samuela Akilisi Pohiva thanked the donors on Friday.", published="2018-02-16")
    assert {e.name for e in facts.entities} == {"ʻAkilisi Pōhiva"}
    # another country's title before a known name of two words is none of that leader's: the
    # word between is not folded into her name
    facts = analyse_text("Tongan Prime Minister Thanks Jacinda Ardern For Cyclone Aid. NUKU'ALOFA - The prime minister "
                         "phoned the Australian prime minister on Tuesday.", published="2018-02-16")
    names = {e.key: e.name for e in facts.entities}
    assert not [c for c in facts.calls if {names[p] for p in c.participants} == {"Jacinda Ardern", "Malcolm Turnbull"}]


@pytest.mark.parametrize("text, outlet", [
    # an alias two outlets go by: the one of the country the article names
    ("Prime Minister Amar Dule of Tonga thanked Australia for its help, ABC reported.", "ABC News (Australia)"),
    ("Prime Minister Amar Dule of Tonga thanked the United States for its help, ABC reported.", "ABC News"),
    # neither country named: the alias stays its owner's
    ("Prime Minister Amar Dule of Tonga thanked his neighbours for their help, ABC reported.", "ABC News"),
])
def test_a_shared_alias_is_the_outlet_of_the_country_the_article_names(analyse_text, text, outlet):
    facts = analyse_text(text, published="2018-02-16")
    outlets = [e.name for e in facts.entities if e.kind is EntityKind.OUTLET]
    assert outlets == [outlet]


def test_a_surname_that_is_a_title_word_is_the_person_after_an_honorific_only(analyse_text):
    facts = analyse_text("Foreign Minister Julie Bishop spoke on Monday. Ms Bishop said Canberra would help. "
                         "The Bishop of Vell prayed for the victims.", published="2018-02-16")
    bishop, = [e for e in facts.entities if e.name == "Julie Bishop"]
    text = "Foreign Minister Julie Bishop spoke on Monday. Ms Bishop said Canberra would help. The Bishop of Vell"
    assert sorted(text[s:e] for s, e in bishop.mentions) == ["Bishop", "Julie Bishop"]


@pytest.mark.parametrize("text, outlets", [
    # a paper named "the" and one word, run on by a capitalised word: the start of another name
    ("The vote was certified by the Independent Electoral Commission on Sunday.", set()),
    ("The Independent Democrats won four seats.", set()),
    ("He admired the Sun King's palace.", set()),
    # the paper itself: before a verb, a date or a comma
    ("Premier Tom Hale spoke by phone with President Lars Berg, the Independent reported.", {"The Independent"}),
    ("The Independent on Sunday carried the story.", {"The Independent"}),
])
def test_a_paper_named_like_a_word_is_no_paper_inside_a_longer_name(analyse_text, text, outlets):
    facts = analyse_text(text, published="2021-12-07")
    assert {e.name for e in facts.entities if e.kind is EntityKind.OUTLET} == outlets


def test_an_acronym_of_another_outlet_is_the_outlet_named_in_full_with_those_initials(analyse_text):
    # "FBC" is a Fijian broadcaster's alias in the gazetteer; after Ethiopia's Fana Broadcasting
    # Corporate is named in full, it is Fana's
    facts = analyse_text("ADDIS ABABA - Premier Tom Hale phoned Prime Minister Abiy Ahmed on Friday, Fana Broadcasting "
                         "Corporate reported. FBC aired footage of the call.", published="2019-10-12")
    outlets = {e.name: e.mentions for e in facts.entities if e.kind is EntityKind.OUTLET}
    assert set(outlets) == {"Fana Broadcasting Corporate"} and len(outlets["Fana Broadcasting Corporate"]) == 2
    # no outlet of those initials named first: the gazetteer's
    facts = analyse_text("Premier Tom Hale phoned Prime Minister Sitiveni Rabuka on Friday. FBC aired footage of the call.",
                         published="2023-03-10")
    assert {e.name for e in facts.entities if e.kind is EntityKind.OUTLET} == {"Fiji Broadcasting Corporation"}


@pytest.mark.parametrize("name", ["Ousainou Ceesay", "Ebrima Sowe", "Isatou Jallow"])
def test_given_names_of_west_africa_open_a_person_s_name(analyse_text, name):
    facts = analyse_text(f"President Amar Dule of Ostria tried to telephone {name} on Sunday evening.", published="2021-12-07")
    assert name in {e.name for e in facts.entities if e.kind is EntityKind.PERSON}


def test_a_model_person_in_apposition_with_an_outlet_descriptor_is_that_outlet(nlp_and_gaz):
    # as a trained pipeline may mark it: "Vell Siete" a person, before ", a La Paz newspaper,"
    from datetime import date

    from spacy.tokens import Span

    from kg.extract.entities import extract_entities
    from kg.model import ArticleMeta

    nlp, gaz = nlp_and_gaz
    doc = nlp("Vell Siete, a Varnian newspaper, said President Amar Dule had phoned King Emil Sorn that day.")
    doc.ents = [Span(doc, 0, 2, label="PERSON")]
    index = extract_entities(doc, ArticleMeta("t.txt", "t.txt", date(2025, 3, 18)), gaz)
    kinds = {e.name: e.kind for e in index.refs()}
    assert kinds.get("Vell Siete") is EntityKind.OUTLET


@pytest.mark.parametrize("text, found", [
    # a leader's nickname (the gazetteer's short alias) once the full name was named
    ("Luis Arce won the first round on Sunday. Supporters chanted for Lucho all night.", True),
    # alone, it may be anyone's
    ("Supporters chanted for Lucho all night.", False),
])
def test_a_nickname_counts_once_the_full_name_was_named(analyse_text, text, found):
    facts = analyse_text(text, published="2020-10-22")
    arce = next((e for e in facts.entities if e.name == "Luis Arce"), None)
    spans = [text[a:b] for a, b in arce.mentions] if arce else []
    assert ("Lucho" in spans) is found


@pytest.mark.parametrize("name", ["Al-Vellam News", "Al-Vellam Daily News", "Vell-Tor News"])
def test_a_hyphen_inside_a_described_outlet_s_name_counts_as_one_word(analyse_text, name):
    facts = analyse_text(f"In August the Ostria-based news site {name} reported that President Amar Dule had "
                         "telephoned King Emil Sorn.", published="2025-09-20")
    assert by_name(facts)[name].kind is EntityKind.OUTLET


@pytest.mark.parametrize("text, outlets", [
    # a party's acronym the gazetteer gives a news agency abroad: the party's
    ("Prime Minister Amar Dule telephoned Emil Sorn after the People's Action Party (PAP) won the vote. PAP took most "
     "seats.", set()),
    # the agency's own name spelled out before it: the agency
    ("The Polish Press Agency (PAP) reported that President Amar Dule had phoned King Emil Sorn.",
     {"Polish Press Agency"}),
    # a known agency after another outlet's name, which it does not spell: the agency's credit
    ("The Vell Times (AFP) reported that President Amar Dule had phoned King Emil Sorn, AFP said.",
     {"Vell Times", "AFP"}),
])
def test_an_acronym_in_brackets_after_the_name_it_spells_is_that_name_s(analyse_text, text, outlets):
    facts = analyse_text(text, published="2025-05-04")
    assert {e.name for e in facts.entities if e.kind is EntityKind.OUTLET} == outlets


@pytest.mark.parametrize("byline, name", [
    ("By Tamsin Okoro-Vell", "Tamsin Okoro-Vell"),  # a given name the list does not hold
    ("Evening Brief / By Dovrin Kaskela-Moor", "Dovrin Kaskela-Moor"),
    ("Reporter: Dovrin Kaskela-Moor", "Dovrin Kaskela-Moor"),
    ("Editor: Marisol da Vella Kent", "Marisol da Vella Kent"),
    ("With files from Tamsin Okoro-Vell", "Tamsin Okoro-Vell"),
    ("By Tamsin Okoro-Vell and Dovrin Kaskela-Moor", "Dovrin Kaskela-Moor"),
])
def test_a_byline_names_its_writer_whatever_the_given_name(analyse_text, byline, name):
    facts = analyse_text(f"Talks resume\n\n{byline}\n\nPresident Amar Dule phoned King Emil Sorn on Monday.")
    assert by_name(facts)[name].kind is EntityKind.PERSON


@pytest.mark.parametrize("line", ["By Web Desk", "By Online Team", "By Vell Bureau",
                                  # (the label opens no line; the run does not end it)
                                  "The ferry went by Marlow Point", "By Tuesday Morning Vell was calm."])
def test_a_desk_s_byline_or_a_by_inside_prose_names_no_one(analyse_text, line):
    facts = analyse_text(f"Talks resume\n\n{line}\n\nPresident Amar Dule phoned King Emil Sorn on Monday.")
    assert {e.name for e in facts.entities if e.kind is EntityKind.PERSON} == set()


@pytest.mark.parametrize("text, outlet", [
    ("Ventura told CNN Portugal that his call to Seguro had not gone through.", "CNN Portugal"),
    ("Ventura told CNN Portugal on Monday that his call to Seguro had not gone through.", "CNN Portugal"),
    # a verb or a list after the country: a clause's subject, an item; the outlet the parent
    ("Macron told Reuters Ukraine had asked him for help.", "Reuters"),
    ("Macron told Reuters Ukraine, Poland and Romania had asked him for help.", "Reuters"),
    ("Macron told Reuters Ukraine in particular needed air defence.", "Reuters"),
])
def test_a_known_outlet_s_edition_for_a_country(analyse_text, text, outlet):
    facts = analyse_text(text, published="2026-02-09")
    assert {e.name for e in facts.entities if e.kind is EntityKind.OUTLET} == {outlet}


@pytest.mark.parametrize("text, store", [
    ("Norway's Jonas Gahr Store rang Petteri Orpo on Monday.", True),
    ("Norway's Jonas Gahr Støre rang Petteri Orpo on Monday.", True),
    # (a one-word alias written without its letter is a word of the language)
    ("Store owners said President Emmanuel Macron phoned Petteri Orpo on Monday.", False),
])
def test_a_name_s_letters_no_decomposition_splits_in_ascii(analyse_text, text, store):
    facts = analyse_text(text, published="2025-03-14")
    assert ("gaz:jonas-gahr-store" in {e.key for e in facts.entities}) is store


@pytest.mark.parametrize("line, outlets", [
    ("AB/cd/Reuters", {"Reuters"}),
    # (initials, or places, in a sign-off's last place: an outlet only the gazetteer names so)
    ("AB // CD", set()), ("Iran/US/Qatar", set()),
])
def test_a_sign_off_credits_only_an_outlet_the_gazetteer_names_so(analyse_text, line, outlets):
    facts = analyse_text(f"President Amar Dule phoned King Emil Sorn on Thursday.\n\n{line}", published="2025-05-09")
    assert {e.name for e in facts.entities if e.kind is EntityKind.OUTLET} == outlets


@pytest.mark.parametrize("credit, outlets", [
    ("Channel 7 Teletica aired the call.", {"Teletica"}),
    ("Teletica Channel 7 aired the call.", {"Teletica"}),
    # (a channel number alone is a broadcaster of its own; a station of a known broadcaster too)
    ("Channel 7 aired the call.", {"Channel 7"}),
    ("BBC Radio 4 aired the call.", {"BBC Radio 4"}),
    ("Kanal 7 AFP footage showed the call.", {"Kanal 7", "AFP"}),
])
def test_a_channel_number_beside_a_known_outlet_is_that_outlet_s(analyse_text, credit, outlets):
    facts = analyse_text(f"President Amar Dule phoned King Emil Sorn on Thursday. {credit}", published="2025-05-09")
    assert {e.name for e in facts.entities if e.kind is EntityKind.OUTLET} == outlets


@pytest.mark.parametrize("line, outlet, outlets", [
    ("© Kelvo Vell", None, {"Kelvo Vell"}),
    ("© Kelvo Vell Ltd 2025", None, {"Kelvo Vell"}),
    ("© Kelvo Vell & Co. 2025", None, {"Kelvo Vell"}),
    ("Copyright (c) 2024 Kelvo Vell. All rights reserved.", None, {"Kelvo Vell"}),
    ("(c) Reuters 2025. All rights reserved.", None, {"Reuters"}),
    ("Copyright (c) KoreaTimes. All Rights Reserved.", None, {"The Korea Times"}),
    ("© Nation.africa 2025", None, {"Daily Nation"}),
    # no outlet of its own beside a publisher the metadata names ("© Nexvell Media Group" names its company)
    ("© Nexvell Media Group 2025", "Vell Herald", {"Vell Herald"}),
    # a description, a country, a headline, a list's item: no outlet
    ("© Ostria news agency. Reproduction requires a link.", None, set()),
    ("© Kenya", None, set()),
    ("Copyright Reform Bill Passes", None, set()),
    ("(c) Joint Statement", None, set()),
])
def test_a_copyright_line_names_an_outlet(analyse_text, line, outlet, outlets):
    facts = analyse_text(f"President Amar Dule phoned King Emil Sorn on Thursday.\n\n{line}", published="2025-05-09",
                         outlet=outlet)
    assert {e.name for e in facts.entities if e.kind is EntityKind.OUTLET} == outlets


@pytest.mark.parametrize("line, outlet", [
    ("Copyright VELL HERALD 2025.", "Vell Herald"),
    ("© Vell Herald Publishing Corporation", "Vell Herald"),
    ("© 2025 VellHerald. All rights reserved.", "The Vell Herald"),
    ("Copyright © Vti", "Vell Television International"),
])
def test_a_copyright_line_names_the_publisher_however_spelt(analyse_text, line, outlet):
    facts = analyse_text(f"President Amar Dule phoned King Emil Sorn on Thursday.\n\n{line}", published="2025-05-09",
                         outlet=outlet)
    own = next(e for e in facts.entities if e.kind is EntityKind.OUTLET)
    assert [e.name for e in facts.entities if e.kind is EntityKind.OUTLET] == [outlet]
    assert len(own.mentions) == 1  # (the line is read as the publisher's)


def test_a_copyright_line_of_another_name_beginning_like_the_publisher_s_is_not_the_publisher(analyse_text):
    facts = analyse_text("President Amar Dule phoned King Emil Sorn on Thursday.\n\n© Starbucks Coffee",
                         published="2025-05-09", outlet="The Star")
    star = next(e for e in facts.entities if e.kind is EntityKind.OUTLET)
    assert star.aliases == () and star.mentions == ()


def test_a_long_line_of_copyright_marks_is_no_holder(analyse_text):
    facts = analyse_text("President Amar Dule phoned King Emil Sorn on Thursday.\n\n" + "© " * 5000 + "Kelvo Vell",
                         published="2025-05-09")
    assert not [e for e in facts.entities if e.kind is EntityKind.OUTLET]


@pytest.mark.parametrize("outlet", ["HRT", "hrt"])
@pytest.mark.parametrize("body", ["", " Croatian Radiotelevision reported it."])
def test_the_metadata_s_name_of_a_known_outlet_is_one_of_its_names(analyse_text, outlet, body):
    facts = analyse_text(f"President Amar Dule phoned King Emil Sorn on Thursday.{body}", published="2025-05-09",
                         outlet=outlet)
    hrt = next(e for e in facts.entities if e.key == "gaz:hrt")
    assert hrt.name == "Croatian Radiotelevision" and hrt.aliases == ("HRT",)


def test_the_publisher_s_name_with_an_edition_s_word_is_the_publisher(analyse_text):
    facts = analyse_text("President Amar Dule phoned King Emil Sorn on Thursday.\n\nVell FM News", published="2025-05-09",
                         outlet="Vell FM")
    assert {e.name for e in facts.entities if e.kind is EntityKind.OUTLET} == {"Vell FM"}


def test_a_name_with_a_particle_after_i_called_is_a_person_not_after_a_group_called(analyse_text):
    facts = analyse_text("Minister Emil Sorn said: \"I called Tamir Abu Vessa on Monday.\"", published="2025-03-20")
    assert "Tamir Abu Vessa" in {e.name for e in facts.entities if e.kind is EntityKind.PERSON}
    facts = analyse_text("Minister Emil Sorn said a group called Ahrar Abu Vessa had fired the shells.", published="2025-03-20")
    assert "Ahrar Abu Vessa" not in {e.name for e in facts.entities if e.kind in (EntityKind.PERSON, EntityKind.LEADER)}


def test_an_intelligence_agency_is_no_news_agency(analyse_text):
    facts = analyse_text("The Vell Herald reported that the intelligence agency VSA had listened to the call of "
                         "President Amar Dule with King Rasmus.", published="2025-04-03")
    assert {e.name for e in facts.entities if e.kind is EntityKind.OUTLET} == {"Vell Herald"}


@pytest.mark.parametrize("text", [
    "Defense Minister Emil Sorn condemned what he called Ahrar al-Vessa, a militia backed by Vell.",
])
def test_a_naming_after_what_he_called_is_no_person(analyse_text, text):
    facts = analyse_text(text, published="2025-03-20")
    assert "Ahrar al-Vessa" not in {e.name for e in facts.entities if e.kind in (EntityKind.PERSON, EntityKind.LEADER)}


def test_i_had_called_a_name_with_a_particle(analyse_text):
    facts = analyse_text("Minister Emil Sorn said: \"I had called Tamir Abu Vessa on Monday.\"", published="2025-03-20")
    assert "Tamir Abu Vessa" in {e.name for e in facts.entities if e.kind is EntityKind.PERSON}


@pytest.mark.parametrize("text", [
    "The Vell Herald reported that VSA, the intelligence agency, had listened to the call of President Amar Dule.",
    "The Vell Herald reported that the anti-corruption agency Clarvell had looked into the call of President Amar Dule.",
])
def test_an_intelligence_agency_in_apposition_or_anti_corruption_is_no_news_agency(analyse_text, text):
    facts = analyse_text(text, published="2025-04-03")
    assert {e.name for e in facts.entities if e.kind is EntityKind.OUTLET} == {"Vell Herald"}


@pytest.mark.parametrize("text, outlet", [
    ("Speaking in a talk show aired by bTV, Premier Emil Sorn said he had phoned King Rasmus.", "bTV"),
    ("The palace rejected a story in the daily 24 Vesti that Premier Emil Sorn had phoned King Rasmus.", "24 Vesti"),
])
def test_outlet_names_opened_by_a_small_letter_or_a_number(analyse_text, text, outlet):
    facts = analyse_text(text, published="2025-09-15")
    assert {e.name for e in facts.entities if e.kind is EntityKind.OUTLET} == {outlet}


def test_footage_aired_by_is_no_outlet_named_footage(analyse_text):
    facts = analyse_text("Premier Emil Sorn phoned King Rasmus on Monday. Footage aired by Vell TV showed Sorn at "
                         "his desk.", published="2025-09-15")
    assert {e.name for e in facts.entities if e.kind is EntityKind.OUTLET} == {"Vell TV"}


@pytest.mark.parametrize("text, outlet", [
    ("VALLETTA - Prime Minister Robert Abela phoned King Rasmus on Monday. TVM aired footage of Abela at his desk.", "TVM"),
    ("MAPUTO - President Daniel Chapo phoned King Rasmus on Monday. TVM aired footage of Chapo at his desk.",
     "Televisão de Moçambique"),
])
def test_tvm_is_the_broadcaster_of_the_country_the_story_is_told_from(analyse_text, text, outlet):
    facts = analyse_text(text, published="2025-03-10")
    assert {e.name for e in facts.entities if e.kind is EntityKind.OUTLET} == {outlet}


@pytest.mark.parametrize("title", ["Minister for Foreign Affairs and Investment Promotion of Norway",
                                   "Minister of Investment Promotion"])
def test_a_portfolio_s_last_word_opens_no_name(analyse_text, title):
    facts = analyse_text(f"{title} Amar Dule Vessa phoned Foreign Minister Lars Berg on Monday.", published="2017-02-10")
    assert {e.name for e in facts.entities if e.kind in (EntityKind.PERSON, EntityKind.LEADER)} == {"Amar Dule Vessa", "Lars Berg"}


@pytest.mark.parametrize("text", ["Hon. Emil Sorn opened the new port on Monday.", "Dr Emil Sorn opened the new port on Monday.",
                                  "Prime Minister Lars Berg thanked Mr Emil Sorn on Monday."])
def test_an_honorific_is_no_one_s_job_title(analyse_text, text):
    (sorn,) = [e for e in analyse_text(text).entities if e.name == "Emil Sorn"]
    assert sorn.role is None


def test_the_incoming_one_of_an_office_is_titled_by_no_honorific_before_their_name(analyse_text):
    # (Pōhiva Tuʻiʻonetoa took office as Tonga's prime minister on 2019-10-08)
    facts = analyse_text("Hon. Pohiva Tu'i'onetoa won the vote in the assembly on Friday.\n\nThe Prime "
                         "Minister-elect took a phone call from King Rasmus of Vell on Monday, his aides said.",
                         published="2019-10-01")
    names = {e.key: e.name for e in facts.entities}
    assert [sorted(names[p] for p in c.participants) for c in facts.calls] == [["Pōhiva Tuʻiʻonetoa", "Rasmus"]]


def test_a_staff_credit_of_a_word_of_the_publisher_s_name_is_the_publisher(analyse_text):
    # (the gazetteer's "Guardian" is another paper's alias)
    facts = analyse_text("Guardian Staff Reporter\n\nPrime Minister Tom Hale spoke by phone with President Lars Berg "
                         "on Tuesday.", outlet="The Ostria Guardian")
    assert {e.name for e in facts.entities if e.kind is EntityKind.OUTLET} == {"The Ostria Guardian"}


@pytest.mark.parametrize("text", ["Prime Minister Tom Hale spoke by phone with President Lars Berg on Tuesday, "
                                  "Britain's Guardian Online reported.",
                                  "Prime Minister Tom Hale spoke by phone with President Lars Berg on Tuesday, "
                                  "according to the London-based Guardian Online."])
def test_a_credit_of_a_word_of_the_publisher_s_name_in_a_sentence_stays_the_other_outlet(analyse_text, text):
    facts = analyse_text(text, outlet="The Ostria Guardian")
    assert "The Guardian" in {e.name for e in facts.entities if e.kind is EntityKind.OUTLET}


@pytest.mark.parametrize("text, published, name", [
    ("Finance Minister Hon. Emil Sorn won the vote on Friday.", "2025-03-14", "Emil Sorn"),
    # (a gazetteer leader before taking office: Tonga's prime minister from 2019-10-08)
    ("Finance Minister Hon. Pohiva Tu'i'onetoa won the vote on Friday.", "2019-10-01", "Pōhiva Tuʻiʻonetoa"),
])
def test_an_honorific_after_an_office_leaves_the_office_its_holder_s_title(analyse_text, text, published, name):
    (person,) = [e for e in analyse_text(text, published=published).entities if e.name == name]
    assert person.role == "Finance Minister"


def test_a_channel_s_number_may_be_spelt_without_its_accent(analyse_text):
    facts = analyse_text("Public television Norway 1ere broadcast footage of President Tomas Hale speaking "
                         "by video with Premier Ilse Varga on Monday.", published="2022-07-06")
    assert "Norway 1ere" in {e.name for e in facts.entities if e.kind is EntityKind.OUTLET}


@pytest.mark.parametrize("text", ["Trade Minister Aron Day spoke by phone with President Lars Berg on Monday.",
                                  "President Lars Berg spoke by phone with Aron Day, the trade minister, on Monday."])
def test_a_titled_or_described_surname_that_ends_an_occasion_s_name_stays_a_person(analyse_text, text):
    facts = analyse_text(text)
    names = {e.key: e.name for e in facts.entities}
    assert [sorted(names[p] for p in c.participants) for c in facts.calls] == [["Aron Day", "Lars Berg"]]


def test_a_holiday_is_no_person(analyse_text):
    facts = analyse_text("President Ilse Varga marked the holiday at home. On the morning of Unity Day, President "
                         "Lars Berg of Ostria telephoned her to offer congratulations.")
    names = {e.key: e.name for e in facts.entities}
    assert "Unity Day" not in names.values()
    assert [sorted(names[p] for p in c.participants) for c in facts.calls] == [["Ilse Varga", "Lars Berg"]]


@pytest.mark.parametrize("text, role", [
    ("Foreign Affairs and Trade Minister Emil Sorn flew to Vell on Monday.", "Foreign Affairs and Trade Minister"),
    ("President Ilse Varga and Trade Minister Emil Sorn flew to Vell on Monday.", "Trade Minister"),
    ("He thanked the President and Trade Minister Emil Sorn on Monday.", "Trade Minister"),
    ("He thanked Parliament and Justice Minister Emil Sorn on Monday.", "Justice Minister"),
    ("Foreign and Defence Minister Emil Sorn flew to Vell on Monday.", "Foreign and Defence Minister"),
])
def test_a_title_listing_portfolios_joined_by_and_is_one_role(analyse_text, text, role):
    (sorn,) = [e for e in analyse_text(text).entities if e.name == "Emil Sorn"]
    assert sorn.role == role


def test_a_gazetteer_person_with_a_particle_written_apart_is_that_person(analyse_text):
    facts = analyse_text("Acting President Abdelkader Ben Salah spoke by phone with King Rasmus on Monday.",
                         published="2019-06-25")
    assert "Abdelkader Bensalah" in {e.name for e in facts.entities}


def test_a_known_outlet_ending_the_publisher_s_name_after_a_place_is_the_publisher(analyse_text):
    # (the gazetteer's "Free Press" is an American outlet)
    facts = analyse_text("By Ama Kell | Malawi Free Press\n\nPremier Ilse Varga spoke by phone with King Rasmus on Monday.",
                         outlet="Malawi Free Press")
    assert {e.name for e in facts.entities if e.kind is EntityKind.OUTLET} == {"Malawi Free Press"}


def test_a_military_command_after_a_title_word_is_no_person(analyse_text):
    # "General Command": a title word before "Command" names a body, no person called "Command"
    facts = analyse_text("Marshal Tomas Hale's General Command did not answer after Premier Ilse Dule phoned King "
                         "Emil Sorn.", published="2025-03-14")
    assert not any(e.name.endswith("Command") for e in facts.entities)


def test_a_list_of_portfolios_after_minister_for_is_no_name(analyse_text):
    facts = analyse_text("Coordinating Minister for Law, Human Rights and Corrections Tala Voss spoke by phone with "
                         "Premier Ilse Varga on Monday.", published="2025-03-14")
    names = {e.name for e in facts.entities}
    assert "Tala Voss" in names and not any("Rights" in n for n in names)


def test_rights_in_an_outlets_name_keeps_the_outlet(analyse_text):
    facts = analyse_text("Vell Rights Radio reported that President Amar Dule phoned President Ilse Varga on Monday.",
                         published="2025-03-14")
    assert any(e.name == "Vell Rights Radio" for e in facts.entities)

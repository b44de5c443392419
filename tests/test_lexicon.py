"""Every lexicon entry carries an invented example of its own, and the example shows it at work.

A rule is written for a construction, never for a sentence: each entry of
``kg/data/lexicon/*.json`` names the construction it is for with an example invented for it
(fictional people and places). The format tests walk every file: each entry has a non-empty
example that contains the entry (as tokens, the way the rules match; as text for the date
words, which are regular expressions over text), and no two entries of a section share a
phrase. The behaviour tests run each example through the real code: call cues make a call,
traps make none, status cues give their status, titles give a person with that role, outlet
words give an outlet of that kind, date words resolve to their day.

The call, status and report examples name an invented cast (``tests/data/lexicon-cast.jsonl``:
President Amara Dule of Varnia, Prime Minister Ilse Varga of Ostria, King Rasmus of Qasar),
loaded as a user gazetteer, so that they test the call rules and not the finder of unknown
people; the title examples run on the packaged gazetteer alone, because they test that finder.

An entry whose construction the rules do not handle yet is ``xfail(strict=True)`` with the
reason: the suite turns red the day the rules handle it, and the mark goes.
"""

from __future__ import annotations

import json
import re
from datetime import date, timedelta
from pathlib import Path

import pytest

from kg.model import Article, ArticleMeta, CallStatus, EntityKind
from kg.resources import data_path
from kg.extract.calls.lexicon import phrase_words

LEXICONS = sorted(data_path("lexicon").glob("*.json"))
CAST = Path(__file__).parent / "data" / "lexicon-cast.jsonl"
PUBLISHED = date(2025, 3, 14)  # a Friday
#: sections the code compares case-sensitively
CASED = {("titles", "not_names"), ("titles", "name_suffixes"), ("reports", "outlet_heads"),
         ("reports", "outlet_channel_words")}
#: files whose phrases are regular expressions over text, not token sequences
TEXT_FILES = {"dates"}
#: sections whose rules read a line's text, not tokens ("(c)" is three tokens)
TEXT_SECTIONS = {("reports", "copyright_marks"), ("reports", "corporate_suffixes")}
#: sections whose phrases end a word rather than stand as tokens ("news" of "VellNews")
WORD_ENDINGS = {("reports", "outlet_name_tails"), ("names", "patronymic_endings")}

_HYPHEN = "a hyphenated form is three tokens for the tokenizer ('video', '-', 'called'), and this section is a one-token lookup"
#: (file, section, phrase or first form) -> why the rules do not handle the entry's construction yet
XFAIL = {
    ("calls", "call_verbs", "video-call"): _HYPHEN,
    ("calls", "medium_words", "video-link"): _HYPHEN,
}
#: (file, section, phrase) -> why an entry is not in the entry format or cannot match as written
XFAIL_FORMAT = {
    **{("calls", "medium_adverbials.articles", a): "a plain string without an example" for a in ("the", "a", "an")},
}
#: (file, section) -> the phrase two of its entries share
XFAIL_SHARED = {("calls", "called_not_before"): "'upon' is listed twice",
                ("calls", "traps_after"): "'-up' and '- up' are the same tokens"}


# -- walking the files --------------------------------------------------------------------------

def _sections(lexicon: dict):
    """(section, items) of a lexicon: a list, a dict with ``entries``, a group of sections
    (``medium_adverbials``: ``prepositions``, ``nouns``) or of named entries (``descriptions``)."""
    for key, value in lexicon.items():
        if key.startswith("_"):
            continue
        if isinstance(value, list):
            yield key, value
        elif "entries" in value:
            yield key, value["entries"]
        else:
            named = [dict(v, name=k) for k, v in value.items() if not k.startswith("_") and isinstance(v, dict)]
            if named:
                yield key, named
            for sub, items in value.items():
                if not sub.startswith("_") and isinstance(items, list):
                    yield f"{key}.{sub}", items


def _forms(item) -> list[str]:
    if isinstance(item, str):
        return [item]
    for field in ("forms", "phrases"):
        if item.get(field):
            return list(item[field])
    if "singular" in item:
        return [item["singular"], item["plural"]]
    return [item.get("phrase") or item["word"]]


def _load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


ALL_SECTIONS = [(path.stem, section, items) for path in LEXICONS for section, items in _sections(_load(path))]


def _entries(name: str, *sections: str):
    """pytest params (entry, first form) of the named sections of one file, with their xfail marks."""
    out = []
    for stem, section, items in ALL_SECTIONS:
        if stem != name or section not in sections:
            continue
        for item in items:
            form = _forms(item)[0]
            reason = XFAIL.get((stem, section, form))
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            out.append(pytest.param(item, section, id=f"{section}:{form}", marks=marks))
    return out


def _section_params(xfail: dict):
    out = []
    for stem, section, items in ALL_SECTIONS:
        reason = xfail.get((stem, section))
        out.append(pytest.param(stem, section, items, id=f"{stem}:{section}",
                                marks=[pytest.mark.xfail(strict=True, reason=reason)] if reason else []))
    return out


# -- format --------------------------------------------------------------------------------------

def test_every_lexicon_file_is_walked():
    assert {p.stem for p in LEXICONS} >= {"calls", "discourse", "titles", "reports", "status", "dates"}
    for path in LEXICONS:
        assert any(stem == path.stem for stem, _, _ in ALL_SECTIONS), path


@pytest.fixture(scope="module")
def tokens(nlp_and_gaz):
    from kg.extract.nlp import normalise_for_nlp

    nlp = nlp_and_gaz[0]
    return lambda text: [t.text for t in nlp.make_doc(normalise_for_nlp(text))]


def _has_tokens(words: list[str], phrase: list[str]) -> bool:
    n = len(phrase)
    return any(words[i : i + n] == phrase for i in range(len(words) - n + 1))


def _text_pattern(phrase: str) -> str:
    """The phrase as a regular expression over text: any space between words, a hyphen with
    or without spaces ('- up' in 'call-up'), whole words at the ends."""
    words = phrase.replace("-", " - ").split()
    pattern = re.escape(words[0])
    for prev, word in zip(words, words[1:]):
        pattern += (r"\s*" if "-" in (prev, word) else r"\s+") + re.escape(word)
    return (r"(?<!\w)" if phrase[:1].isalnum() else "") + pattern + (r"(?!\w)" if phrase[-1:].isalnum() else "")


def _has_text(example: str, phrase: str) -> bool:
    return re.search(_text_pattern(phrase), example, re.IGNORECASE) is not None


def _every_entry():
    out = []
    for stem, section, items in ALL_SECTIONS:
        for item in items:
            form = _forms(item)[0]
            reason = XFAIL_FORMAT.get((stem, section, form))
            out.append(pytest.param(stem, section, item, id=f"{stem}:{section}:{form}",
                                    marks=[pytest.mark.xfail(strict=True, reason=reason)] if reason else []))
    return out


@pytest.mark.parametrize("stem,section,item", _every_entry())
def test_every_entry_has_an_example_that_contains_it(stem, section, item, tokens):
    """In the text, case-insensitively (an inflected or multi-word entry: one of its forms;
    a month: its abbreviations too), and, for the files whose rules match tokens, in the
    example's tokens as the rules compare them (a phrase the tokenizer splits otherwise never
    matches)."""
    example = item.get("example", "") if isinstance(item, dict) else ""
    assert example.strip(), "no example"
    forms = _forms(item)
    if (stem, section) in WORD_ENDINGS:
        assert any(re.search(rf"[a-z]{re.escape(f)}\b", example, re.IGNORECASE) for f in forms), (forms, example)
        return
    assert any(_has_text(example, f) for f in forms), (forms, example)
    for abbreviation in item.get("abbreviations", []):
        assert _has_text(example, abbreviation), (abbreviation, example)
    if stem not in TEXT_FILES and (stem, section) not in WORD_ENDINGS and (stem, section) not in TEXT_SECTIONS:
        cased = (stem, section) in CASED
        words = [w if cased else w.casefold() for w in tokens(example)]
        assert any(_has_tokens(words, f.replace("-", " - ").split()) if cased
                   else any(_has_tokens(words, list(seq)) for seq in phrase_words(f)) for f in forms), \
            (forms, words)


@pytest.mark.parametrize("stem,section,items", _section_params(XFAIL_SHARED))
def test_no_two_entries_of_a_section_share_a_phrase(stem, section, items):
    """Compared as the rules see them: case-folded token sequences (hyphens are tokens)."""
    seen: dict[tuple[str, ...], int] = {}
    shared = []
    for n, item in enumerate(items):
        for form in _forms(item):
            key = tuple(form.casefold().replace("-", " - ").split())
            if seen.get(key, n) != n:
                shared.append((form, _forms(items[seen[key]])[0], _forms(item)[0]))
            seen.setdefault(key, n)
    assert not shared, shared


# -- the pipeline --------------------------------------------------------------------------------

def _runner(nlp, gaz):
    from kg.extract.article import extract_article
    from kg.extract.nlp import normalise_for_nlp

    def run(text: str):
        meta = ArticleMeta(id="lexicon.txt", source="lexicon.txt", published=PUBLISHED)
        return extract_article(nlp(normalise_for_nlp(text)), Article(meta, text), gaz)

    return run


@pytest.fixture(scope="module")
def with_cast():
    """The default pipeline with the invented cast as a user gazetteer."""
    from kg.extract.nlp import load_nlp

    return _runner(*load_nlp(gazetteers=[CAST]))


@pytest.fixture(scope="module")
def alone(nlp_and_gaz):
    """The default pipeline and the packaged gazetteer: nobody of the examples is known."""
    return _runner(*nlp_and_gaz)


def _statuses(facts) -> list[CallStatus]:
    return [c.status for c in facts.calls]


def _is_call_word(text: str, tokens) -> bool:
    from kg.extract.calls.lexicon import lexicon

    lex = lexicon()
    return any(lex.is_call_word(w.casefold()) for w in tokens(text))


CALL_CUES = _entries("calls", "call_verbs", "talk_verbs", "contact_verbs", "call_nouns", "medium_words",
                     "medium_adverbials.prepositions", "medium_adverbials.nouns", "light_verbs")


@pytest.mark.parametrize("entry,section", CALL_CUES)
def test_a_call_cue_example_is_a_call(entry, section, with_cast):
    facts = with_cast(entry["example"])
    assert facts.calls, entry["example"]
    if entry.get("status"):
        assert CallStatus(entry["status"]) in _statuses(facts)
    if entry.get("caller"):  # "made a call to" (the subject), "received a call from" (after 'from')
        assert any(c.caller for c in facts.calls)


@pytest.mark.parametrize("entry,section", _entries("calls", "quoted_adjunct_openers"))
def test_a_quoted_adjunct_keeps_a_naming_verb_a_call(entry, section, with_cast):
    """The quotation after the person opens an adjunct ('"in the next few days"'): a call. With a
    complement opening the quotation instead ('"a disgrace"'), the same verb names, and is none."""
    example = entry["example"]
    assert with_cast(example).calls, example
    naming = re.sub(r'"[^"]*"', '"a disgrace"', example, count=1)
    assert naming != example and not with_cast(naming).calls, naming


@pytest.mark.parametrize("entry,section", _entries("discourse", "gratitude_verbs"))
def test_the_one_thanked_for_a_call_placed_it(entry, section, with_cast):
    facts = with_cast(entry["example"])
    names = {e.key: e.name for e in facts.entities}
    assert [names.get(c.caller) for c in facts.calls] == ["Ilse Varga"], entry["example"]


@pytest.mark.parametrize("entry,section", _entries("discourse", "caller_lists"))
def test_everyone_on_a_list_of_callers_called_the_one_the_calls_were_made_to(entry, section, with_cast):
    facts = with_cast(entry["example"])
    names = {e.key: e.name for e in facts.entities}
    got = sorted((sorted(names[p] for p in c.participants), names.get(c.caller)) for c in facts.calls)
    assert got == [(["Amara Dule", "Rasmus"], "Amara Dule"), (["Ilse Varga", "Rasmus"], "Ilse Varga")], entry["example"]


@pytest.mark.parametrize("entry,section", _entries("calls", "receiving_verbs", "receiving_times"))
def test_a_call_told_after_calls_made_to_someone_is_made_to_them(entry, section, with_cast):
    facts = with_cast(entry["example"])
    names = {e.key: e.name for e in facts.entities}
    got = [(sorted(names[p] for p in c.participants), names.get(c.caller), c.status) for c in facts.calls]
    assert got == [(["Amara Dule", "Ilse Varga"], "Ilse Varga", CallStatus.OCCURRED)], entry["example"]


TRAPS = _entries("calls", "traps_after", "traps_before", "called_not_before", "hypothetical", "in_person")


@pytest.mark.parametrize("entry,section", TRAPS)
def test_a_trap_example_is_no_call(entry, section, with_cast, tokens):
    """The example holds a call word, and the trap keeps it from being a call. (An example that
    names fewer than two people would be no call without the trap too.)"""
    assert _is_call_word(entry["example"], tokens), "the example holds no call word, so it shows no trap"
    assert not with_cast(entry["example"]).calls, entry["example"]


STATUS = {"planned": CallStatus.PLANNED, "planned_after": CallStatus.PLANNED, "denied": CallStatus.DENIED,
          "attempted": CallStatus.ATTEMPTED}


@pytest.mark.parametrize("entry,section", _entries("status", *STATUS))
def test_a_status_example_has_its_status(entry, section, with_cast):
    assert STATUS[section] in _statuses(with_cast(entry["example"])), entry["example"]


@pytest.mark.parametrize("entry,section", _entries("status", "clause_breaks"))
def test_a_clause_break_keeps_the_next_clause_s_status_cues_out(entry, section, with_cast):
    """The clause after the break holds a denial of something else: the call took place.
    Joined with 'and' instead, the denial is the call's own."""
    example = entry["example"]
    assert _statuses(with_cast(example)) == [CallStatus.OCCURRED], example
    joined = re.sub(rf"\s*{_text_pattern(entry['phrase'])}\s*", " and ", example, count=1)
    assert joined != example and CallStatus.OCCURRED not in _statuses(with_cast(joined)), joined


@pytest.mark.parametrize("entry,section", _entries("status", "past_modals"))
def test_a_past_modal_tells_a_past_claim(entry, section, with_cast):
    """'could have spoken' took place; without 'have', 'could speak' is a plan."""
    example = entry["example"]
    assert _statuses(with_cast(example)) == [CallStatus.OCCURRED], example
    bare = re.sub(rf"(?i)\b{re.escape(entry['phrase'])}\b", entry["phrase"].split()[0], example)
    assert _statuses(with_cast(bare)) == [CallStatus.PLANNED], bare


def _people(facts):
    return [e for e in facts.entities if e.kind in (EntityKind.LEADER, EntityKind.PERSON)]


@pytest.mark.parametrize("entry,section", _entries("titles", "leader", "official", "not_leader_before"))
def test_a_title_example_gives_a_person_with_that_role(entry, section, alone):
    """A leader title makes a kg:Leader, an official title or a leader title after a
    'not_leader_before' word a kg:Person; the role holds the title (an honorific listed among
    the official titles finds the person and gives no role: "Dr", "Hon." hold no office)."""
    people = _people(alone(entry["example"]))
    kind = EntityKind.LEADER if section == "leader" else EntityKind.PERSON
    if section == "official" and entry["phrase"] in {w for st, sec, items in ALL_SECTIONS if (st, sec) == ("titles", "honorifics")
                                                     for e in items for w in _forms(e)[0].split()}:
        assert any(p.kind is kind for p in people) and not any(
            p.role and p.role.casefold().strip(".") == entry["phrase"].strip(".") for p in people), \
            [(p.name, p.kind.value, p.role) for p in people]
        return
    assert any(p.kind is kind and p.role and entry["phrase"] in p.role.casefold() for p in people), \
        [(p.name, p.kind.value, p.role) for p in people]


@pytest.mark.parametrize("entry,section", _entries("titles", "honorifics"))
def test_an_honorific_is_trimmed_off_a_model_person(entry, section, nlp_and_gaz):
    """A trained model's PERSON over 'His Excellency Jonas Ekdahl Teel' keeps the name alone."""
    from spacy.tokens import Span

    from kg.extract.components import clean_model_entities
    from kg.resources import load_given_names, load_lexicon

    doc = nlp_and_gaz[0](entry["example"])
    words = entry["phrase"].split()
    start = next(i for i in range(len(doc)) if [t.lower_ for t in doc[i : i + len(words)]] == words)
    end = start + len(words)
    while end < len(doc) and doc[end].text[:1].isupper():
        end += 1
    doc.ents = [Span(doc, start, end, label="PERSON")]
    kept = [s.text for s in clean_model_entities(doc, load_lexicon("titles"), load_given_names())]
    assert kept == [doc[start + len(words) : end].text]


@pytest.mark.parametrize("entry,section", _entries("titles", "appositive_roles"))
def test_an_appositive_role_makes_a_person(entry, section, alone):
    """'Qorven Dask, a senior adviser, said': a person; with 'friend' for the role, nobody."""
    found = {p.name for p in _people(alone(entry["example"]))}
    plain = re.sub(rf"(?i)\b{re.escape(entry['phrase'])}\b", "friend", entry["example"])
    assert found - {p.name for p in _people(alone(plain))}, (found, plain)


@pytest.mark.parametrize("entry,section", _entries("titles", "particles"))
def test_a_particle_stays_inside_a_name(entry, section, alone):
    names = [p.name for p in _people(alone(entry["example"]))]
    assert any(entry["phrase"] in n.split()[1:-1] for n in names), names


@pytest.mark.parametrize("entry,section", _entries("titles", "name_suffixes"))
def test_a_name_suffix_ends_a_name(entry, section, alone):
    names = [p.name for p in _people(alone(entry["example"]))]
    assert any(n.split()[-1] == entry["phrase"] and len(n.split()) > 2 for n in names), names


@pytest.mark.parametrize("entry,section", _entries("titles", "occasion_heads"))
def test_an_occasion_s_name_is_no_person(entry, section, alone):
    names = [p.name for p in _people(alone(entry["example"]))]
    assert names and not any(n.split()[-1].casefold() == entry["phrase"] for n in names), names


@pytest.mark.parametrize("entry,section", _entries("titles", "not_names"))
def test_a_not_name_is_no_part_of_a_name(entry, section, alone):
    names = [p.name for p in _people(alone(entry["example"]))]
    assert names and not any(entry["phrase"] in n.split() for n in names), names


@pytest.mark.parametrize("entry,section", _entries("reports", "cues"))
def test_a_report_cue_example_credits_its_outlet(entry, section, with_cast, tokens):
    """The outlet of the sentence reported the call; the example holds no other cue."""
    from kg.extract.calls.lexicon import Phrases

    facts = with_cast(entry["example"])
    assert any(c.reports for c in facts.calls), entry["example"]
    cues = Phrases((p, p) for p in _forms_of("reports", "cues"))
    words = [w.casefold() for w in tokens(entry["example"])]
    found = {cues.lookup(words, i)[1] for i in range(len(words))} - {None}
    assert all(entry["phrase"] in f or f in entry["phrase"] for f in found), found


def _forms_of(stem: str, section: str) -> list[str]:
    return [f for s, sec, items in ALL_SECTIONS if (s, sec) == (stem, section) for item in items for f in _forms(item)]


@pytest.mark.parametrize("entry,section", _entries("reports", "anaphoric_subjects"))
def test_a_reference_back_gives_the_call_its_reporter(entry, section, with_cast):
    """'The news was first reported by X' credits X with the call told just before; 'The
    weather was first reported by X' does not."""
    example = entry["example"]
    assert any(c.reports for c in with_cast(example).calls), example
    first, second = example.split(". ", 1)
    other = re.sub(rf"(?i)^{re.escape(entry['phrase'])}\b", "The weather", second)
    assert other != second and not any(c.reports for c in with_cast(f"{first}. {other}").calls), other


def _outlets(facts):
    return [e for e in facts.entities if e.kind is EntityKind.OUTLET]


OUTLET_KIND = {"state_media_heads": "StateMedia", "platform_context_before": "Platform",
               "platform_context_after": "Platform", "platform_markers": "Platform",
               "outlet_channel_words": "Broadcaster"}


@pytest.mark.parametrize("entry,section", _entries("reports", "state_media_heads", "platform_context_before",
                                                   "platform_context_after", "platform_markers", "outlet_heads",
                                                   "outlet_channel_words", "outlet_descriptors", "generic_media_heads",
                                                   "outlet_slots", "outlet_services"))
def test_an_outlet_word_example_names_an_outlet(entry, section, with_cast):
    """Of the entry's kind; an outlet head ends the outlet's name, a channel word starts it,
    a media head ends a name that starts with the country's adjective."""
    outlets = _outlets(with_cast(entry["example"]))
    kind = entry.get("kind") or OUTLET_KIND.get(section)
    fits = [o for o in outlets if kind is None or (o.outlet_kind and o.outlet_kind.value == kind)]
    if section == "outlet_heads":
        fits = [o for o in fits if o.name.endswith(entry["phrase"])]
    elif section == "outlet_channel_words":
        fits = [o for o in fits if re.fullmatch(rf"{entry['phrase']} \d+", o.name)]
    elif section == "generic_media_heads":
        fits = [o for o in fits if o.name.casefold().endswith(entry["phrase"]) and o.country]
    elif section == "outlet_services":
        fits = [o for o in fits if o.name.casefold().endswith(entry["phrase"]) and len(o.name.split()) > len(entry["phrase"].split())]
    assert fits, [(o.name, o.outlet_kind) for o in outlets]


@pytest.mark.parametrize("entry,section", _entries("reports", "outlet_slot_non_names"))
def test_a_seat_of_power_in_an_outlets_place_is_no_outlet(entry, section, with_cast):
    outlets = _outlets(with_cast(entry["example"]))
    assert not [o for o in outlets if entry["phrase"] in o.name.split()], [o.name for o in outlets]


# -- dates: the pure functions of kg.extract.dates ------------------------------------------------

def _date_entries(section: str):
    return _entries("dates", section)


def _expressions(text: str) -> list[str]:
    from kg.extract.dates import find_date_expressions

    return [e for _, _, e in find_date_expressions(text)]


@pytest.mark.parametrize("entry,section", _date_entries("months"))
def test_a_month_and_its_abbreviations_are_dates_of_that_month(entry, section):
    from kg.extract.dates import resolve_date

    days = [resolve_date(e, PUBLISHED) for e in _expressions(entry["example"])]
    assert len(days) == 1 + len(entry["abbreviations"]) or (not entry["abbreviations"] and len(days) >= 1)
    number = date(2000, 1, 1).replace(month=[f"{date(2000, m, 1):%B}".casefold() for m in range(1, 13)]
                                      .index(entry["phrase"]) + 1).month
    assert all(d is not None and d.month == number for d in days), days


WEEKDAYS = [e["phrase"] for s, sec, items in ALL_SECTIONS if (s, sec) == ("dates", "weekdays") for e in items]


@pytest.mark.parametrize("entry,section", _date_entries("weekdays"))
def test_a_weekday_resolves_to_that_weekday(entry, section):
    from kg.extract.dates import resolve_date

    days = [resolve_date(e, PUBLISHED) for e in _expressions(entry["example"])]
    assert len(days) == 1 and days[0].weekday() == WEEKDAYS.index(entry["phrase"]) and days[0] <= PUBLISHED


@pytest.mark.parametrize("entry,section", _date_entries("weekday_modifiers"))
def test_a_weekday_modifier_is_part_of_the_date(entry, section):
    """'last Tuesday' is strictly before the publication day, 'next Tuesday' strictly after."""
    from kg.extract.dates import resolve_date

    found = _expressions(entry["example"])
    assert len(found) == 1 and _has_text(found[0], entry["phrase"]), found
    day = resolve_date(found[0], PUBLISHED)
    assert day is not None and abs((day - PUBLISHED).days) < 14
    if entry["relation"] == "strictly_before":
        assert day < PUBLISHED
    elif entry["relation"] == "strictly_after":
        assert day > PUBLISHED


@pytest.mark.parametrize("entry,section", _date_entries("day_parts"))
def test_a_day_part_is_part_of_the_date(entry, section):
    found = _expressions(entry["example"])
    assert len(found) == 1 and found[0].casefold().endswith(entry["phrase"]), found


@pytest.mark.parametrize("entry,section", _date_entries("relative_days"))
def test_a_relative_day_is_its_offset_from_publication(entry, section):
    from kg.extract.dates import resolve_date

    found = _expressions(entry["example"])
    assert [resolve_date(e, PUBLISHED) for e in found] == [PUBLISHED + timedelta(days=entry["days"])], found


@pytest.mark.parametrize("entry,section", _date_entries("days_ago"))
def test_days_ago_counts_back_from_publication(entry, section):
    from kg.extract.dates import resolve_date

    found = _expressions(entry["example"])
    assert len(found) == 1 and found[0].endswith(entry["phrase"]), found
    day = resolve_date(found[0], PUBLISHED)
    assert day is not None and day < PUBLISHED


@pytest.mark.parametrize("entry,section", _date_entries("vague"))
def test_a_vague_expression_gives_no_day_but_its_period(entry, section):
    from kg.extract.dates import resolve_date, resolve_period

    found = _expressions(entry["example"])
    assert [e.casefold() for e in found] == [entry["phrase"]]
    assert resolve_date(found[0], PUBLISHED) is None
    period = resolve_period(found[0], PUBLISHED)
    span = entry["period"]
    if isinstance(span, list):
        assert period == (PUBLISHED + timedelta(days=span[0]), PUBLISHED + timedelta(days=span[1]))
    elif span.startswith("year"):  # a calendar year: "year-1" is the year before the publication's
        year = PUBLISHED.year + int(span[4:] or 0)
        assert period == (date(year, 1, 1), date(year, 12, 31))
    else:  # a calendar month: "month-1" is February for a March publication
        assert period is not None and period[0].day == 1 and period[0].month == PUBLISHED.month + int(span[5:] or 0)


@pytest.mark.parametrize("entry,section", _date_entries("numbers"))
def test_a_number_word_counts_a_length(entry, section):
    from kg.extract.dates import parse_duration

    assert parse_duration(entry["example"]) in (entry["value"], 60 * entry["value"])


@pytest.mark.parametrize("entry,section", _date_entries("duration_units"))
def test_a_duration_unit_measures_a_length(entry, section):
    from kg.extract.dates import find_durations

    found = find_durations(entry["example"])
    assert len(found) == 1, found
    start, end, minutes = found[0]
    assert entry["phrase"] in entry["example"][start:end].casefold().replace("-", " ").split()
    assert minutes % entry["minutes"] == 0


@pytest.mark.parametrize("entry,section", _date_entries("duration_fractions"))
def test_a_duration_fraction_is_its_minutes(entry, section):
    from kg.extract.dates import parse_duration

    assert parse_duration(entry["example"]) == entry["minutes"]


@pytest.mark.parametrize("entry,section", _date_entries("approximators"))
def test_an_approximator_is_part_of_a_length_and_leaves_it_alone(entry, section):
    from kg.extract.dates import find_durations

    found = find_durations(entry["example"])
    assert len(found) == 1 and found[0][2] == 120, found
    assert entry["example"][found[0][0] : found[0][1]].casefold().startswith(entry["phrase"] + " ")


@pytest.mark.parametrize("entry,section", _date_entries("named_days"))
def test_a_named_day_is_its_calendar_day(entry, section):
    from kg.extract.dates import resolve_date

    found = _expressions(entry["example"])
    days = [resolve_date(e, PUBLISHED) for e in found]
    assert len(days) == 1 and days[0] is not None and f"{days[0]:%m-%d}" == entry["day"], found


PHRASE_WINDOWS = [
    "the call was the first call of the day",
    "the talks went on while the the",
    "they spoke the",
    "call",
    "",
]


@pytest.mark.parametrize("sentence", PHRASE_WINDOWS)
def test_phrases_find_is_the_first_match(sentence):
    """``Phrases.find`` (with its first tests on the first and the held words) finds the first
    position ``match`` finds, in every window; a phrase may end past the window's end."""
    from kg.extract.calls.lexicon import Phrases

    phrases = Phrases([("the call", 1), ("the first call of", 2), ("talks", 3), ("spoke", 4)])
    words = tuple(sentence.split())
    for lo in range(len(words) + 1):
        for hi in range(len(words) + 2):
            first = next((i for i in range(max(lo, 0), min(hi, len(words))) if phrases.match(words, i)), None)
            assert phrases.find(words, lo, hi) == first


@pytest.mark.parametrize("entry,section", _entries("titles", "honorific_phrases"))
def test_an_honorific_of_several_words_is_trimmed_off_a_model_person(entry, section, nlp_and_gaz):
    """A trained model's PERSON over 'Datuk Seri Amar Dulek' keeps the name alone, and over
    'Datuk Seri Amar' (a given name alone) nothing: the rules join it to the person named."""
    from spacy.tokens import Span

    from kg.extract.components import clean_model_entities
    from kg.resources import load_given_names, load_lexicon

    doc = nlp_and_gaz[0](entry["example"])
    words = entry["phrase"].split()
    start = next(i for i in range(len(doc)) if [t.lower_ for t in doc[i : i + len(words)]] == words)
    end = start + len(words)
    while end < len(doc) and doc[end].text[:1].isupper():
        end += 1
    titles, given = load_lexicon("titles"), load_given_names()
    doc.ents = [Span(doc, start, end, label="PERSON")]
    assert [s.text for s in clean_model_entities(doc, titles, given)] == [doc[start + len(words) : end].text]
    doc.ents = [Span(doc, start, start + len(words) + 1, label="PERSON")]
    assert clean_model_entities(doc, titles, given) == []


@pytest.mark.parametrize("text", ["after the cyclone warning, Cyclone Judy swept through the islands and the premier phoned the king.",
                                  "as the hurricane season began, Hurricane Tala swept ashore and the premier phoned the king."])
def test_a_storm_s_name_is_no_model_person(text, nlp_and_gaz):
    """A trained model's PERSON over a storm's name ("Cyclone Judy") is dropped: the storm's
    word is no name, and a lone word left is none."""
    from spacy.tokens import Span

    from kg.extract.components import clean_model_entities
    from kg.resources import load_given_names, load_lexicon

    doc = nlp_and_gaz[0](text)
    start = next(t.i for t in doc if t.text in ("Cyclone", "Hurricane"))
    doc.ents = [Span(doc, start, start + 2, label="PERSON")]
    assert clean_model_entities(doc, load_lexicon("titles"), load_given_names()) == []


@pytest.mark.parametrize("text, named", [
    ("Foreign Affairs and Trade Minister Emil Sorn spoke to reporters.", True),
    ("The budget raised spending on defence and the prime minister promised more.", False),
])
def test_a_minister_s_title_may_list_a_portfolio_before_minister(text, named):
    from kg.extract.calls.lexicon import names_a_talking_minister

    assert names_a_talking_minister(text) is named


# (the examples of a verb of reaching: the others show the noun in a round of calls, another rule's)
@pytest.mark.parametrize("entry,section", [p for p in _entries("calls", "written_contact_nouns")
                                           if " contacted " in p.values[0]["example"]])
def test_a_contact_by_a_message_or_a_messenger_is_no_call(entry, section, with_cast):
    assert not with_cast(entry["example"]).calls, entry["example"]

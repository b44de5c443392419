"""The call rules' word lists, compiled once from the lexicon files in ``kg/data/lexicon``.

The files are read by ``kg.resources.load_lexicon`` (the one loader); this module only turns
them into lookup structures: ``Phrases`` (token sequences indexed by their first word) and
plain frozensets and dicts. Entries are objects with an ``example`` (checked by
tests/test_lexicon.py); inflected verbs list their ``forms``, call nouns their singular and
plural.
"""

from __future__ import annotations

import re

from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Iterable, Mapping, Sequence
from types import MappingProxyType

from kg.extract.roles import minister_roles
from kg.model import CallMedium, CallStatus
from kg.resources import lexicon_entries, lexicon_mapping, lexicon_phrases, load_lexicon

__all__ = ["Phrases", "phrase_words", "Lexicon", "NounInfo", "LightVerb", "lexicon", "entries", "phrases_of",
           "names_a_talking_minister"]


# The tokenizer splits a contraction's "n't" off and shortens "won't"/"can't" to "wo"/"ca".
_CONTRACTION = re.compile(r"\b(wo|ca|sha|\w+?)n['’]t\b")


def phrase_words(phrase: str) -> list[tuple[str, ...]]:
    """The token sequences the tokenizer makes of a lexicon phrase, with either apostrophe
    ("didn't speak" -> did n't speak, did n’t speak)."""
    split = _CONTRACTION.sub(lambda m: f"{m.group(1)} n't", phrase.lower().replace("-", " - "))
    words = tuple(split.split())
    if not words:
        return []
    curly = tuple(w.replace("'", "’") if w == "n't" else w for w in words)
    return [words] if curly == words else [words, curly]


_NO_MATCH = (0, None)


def _status_value(entry: Mapping) -> object:
    """What a status phrase stands for beside its section: "before" for an entry marked
    'before_cue' (it counts only before the call cue), "negation" for one marked 'negation' (it
    says no talk took place, and claims none), "attributive" for one marked 'attributive' (it
    counts only before a call noun), the frozenset of its 'light_verbs' for one that counts only
    after a call noun whose light verb is one of them ("has a call with Y arranged for Friday"),
    True otherwise."""
    if entry.get("light_verbs"):
        return frozenset(entry["light_verbs"])
    return "before" if entry.get("before_cue") else "negation" if entry.get("negation") \
        else "attributive" if entry.get("attributive") else True


class Phrases:
    """Token sequences indexed by their first two tokens; ``match`` finds the longest at a
    position.

    The candidates at a position are those whose first word is the word there and whose second
    word (if they have one) is the next word, longest first, then the one-word phrases: the
    same order as all the phrases of that first word sorted longest first, without those that
    cannot match. (An index by the first word alone compared every phrase of "the" or "his" at
    every "the" or "his" of a sentence.)"""

    def __init__(self, items: Iterable[tuple[str, object]] = ()) -> None:
        by_first: dict[str, list[tuple[tuple[str, ...], object]]] = {}
        for phrase, value in items:
            for words in phrase_words(phrase):
                by_first.setdefault(words[0], []).append((words, value))
        # (stable: ties keep the file's order; the prefilter reads this index too)
        self._by_first = {k: sorted(v, key=lambda p: -len(p[0])) for k, v in by_first.items()}
        # first word -> (second word -> candidates with that second word, then the one-word
        # ones; the one-word candidates alone for any other second word)
        self._index: dict[str, tuple[dict[str, list[tuple[tuple[str, ...], object]]], list]] = {}
        for first, ordered in self._by_first.items():
            singles = [c for c in ordered if len(c[0]) == 1]
            by_second: dict[str, list] = {}
            for c in ordered:
                if len(c[0]) > 1:
                    by_second.setdefault(c[0][1], []).append(c)
            self._index[first] = ({w: cs + singles for w, cs in by_second.items()}, singles)
        self.firsts = frozenset(by_first)  # the words a phrase can start with
        # a word every match holds, one of each phrase: its longest (the last of equals), as
        # function words are short ("among the callers were": "callers", not "the", which
        # nearly every sentence holds); with ``firsts``, the first test of ``find``
        self._held = frozenset(max(reversed(words), key=len)
                               for candidates in self._by_first.values() for words, _ in candidates)
        # the most tokens a phrase spans: a match starting before ``hi`` ends before ``hi - 1 + _reach``
        self._reach = max((len(words) for candidates in self._by_first.values() for words, _ in candidates), default=1)

    def __contains__(self, word: str) -> bool:
        return word in self.firsts

    def _candidates(self, lower: Sequence[str], i: int) -> list | None:
        entry = self._index.get(lower[i])
        if entry is None:
            return None
        by_second, singles = entry
        return by_second.get(lower[i + 1], singles) if i + 1 < len(lower) else singles

    def lookup(self, lower: Sequence[str], i: int) -> tuple[int, object]:
        """(length, value) of the longest phrase starting at ``lower[i]``, or (0, None)."""
        # (``_candidates`` written out here and in ``match``: they are called for most words of
        # the sentences that hold a cue, and most often find no phrase starting there)
        size = len(lower)
        if 0 <= i < size and (entry := self._index.get(lower[i])) is not None:
            candidates = entry[0].get(lower[i + 1], entry[1]) if i + 1 < size else entry[1]
            if candidates:
                for words, value in candidates:
                    n = len(words)
                    # (the first two words are the key: a phrase of one or two is already matched)
                    if n <= 2 or tuple(lower[i : i + n]) == words:
                        return n, value
        return _NO_MATCH

    def match(self, lower: Sequence[str], i: int) -> int:
        # called for most tokens of every sentence: the common case (no phrase starts with this
        # word) costs one dict lookup
        size = len(lower)
        if 0 <= i < size and (entry := self._index.get(lower[i])) is not None:
            candidates = entry[0].get(lower[i + 1], entry[1]) if i + 1 < size else entry[1]
            if candidates:
                for words, _ in candidates:
                    n = len(words)
                    if n <= 2 or tuple(lower[i : i + n]) == words:
                        return n
        return 0

    def find(self, lower: Sequence[str], lo: int = 0, hi: int | None = None) -> int | None:
        """Index of the first phrase in ``lower[lo:hi]``."""
        size = len(lower)
        if hi is None and lo <= 0:
            # the whole sentence, as most callers ask: the same two tests, on no slice
            if self.firsts.isdisjoint(lower) or self._held.isdisjoint(lower):
                return None
            lo, hi = 0, size
        else:
            hi = size if hi is None else min(hi, size)
            lo = max(lo, 0)
            if lo >= hi or self.firsts.isdisjoint(lower[lo:hi] if lo or hi < size else lower):
                return None  # the common case, tested in one set operation
            if self._held.isdisjoint(lower[lo : hi - 1 + self._reach] if lo or hi < size else lower):
                # the first word of a phrase without its longest ("the" without "call"): the next
                # common case (a phrase starting at ``hi - 1`` may end past ``hi``)
                return None
        index = self._index
        for i in range(lo, hi):
            entry = index.get(lower[i])
            if entry is not None:
                by_second, singles = entry
                candidates = by_second.get(lower[i + 1], singles) if i + 1 < size else singles
                for words, _ in candidates:
                    n = len(words)
                    if n <= 2 or tuple(lower[i : i + n]) == words:
                        return i
        return None


@dataclass(frozen=True, slots=True)
class NounInfo:
    strength: str  # "strong", "weak" or "in_person"
    plural: bool
    medium: CallMedium


@dataclass(frozen=True, slots=True)
class LightVerb:
    caller: str | None  # "subject", "from" or None
    status: CallStatus | None
    returns: bool = False  # "returned Y's call": a call back, of its own


entries = lexicon_entries
phrases_of = lexicon_phrases


def _medium(value: str | None) -> CallMedium:
    return CallMedium(value) if value else CallMedium.UNSPECIFIED


@dataclass(frozen=True)
class Lexicon:
    call_verbs: Mapping[str, tuple[CallMedium, bool]]  # form -> (medium, needs a person object)
    contact_verbs: Phrases
    talk_verbs: Phrases
    nouns: Phrases  # -> NounInfo
    medium_words: Mapping[str, CallMedium]
    adverbial_preps: frozenset[str]
    adverbial_callers: Mapping[str, frozenset[str]]  # "up" -> the verbs before it: "picked up the phone to X", X called
    adverbial_articles: frozenset[str]
    adverbial_nouns: Phrases  # -> CallMedium
    partner_only_adverbial_nouns: frozenset[str]  # "on the line": only before "with" and a person
    recording_verbs: frozenset[str]  # "captured" of "a meeting captured on video": a recording, no medium
    line_holding_verbs: frozenset[str]  # "had X on the line"
    light_verbs: Phrases  # -> LightVerb
    joined: Phrases
    joined_then_people: frozenset[str]  # "Among those who joined were A and B": who joined, after it
    joined_then_people_gap: frozenset[str]  # "who joined her online were": the words between
    meeting_adverbs: frozenset[str]  # "met online": the meeting word before it was a video call
    meeting_verbs: frozenset[str]  # "met", "meet"
    traps_after: Phrases  # "call for", "call centre"
    traps_before: Phrases  # "wake-up call", "so-called"; "nothing to" (value "topic": only before "about")
    called_not_before: frozenset[str]  # "called for", "called off": never a call
    purpose_verbs: frozenset[str]  # "also called to convey ...": a call with no object
    conveying_verbs: frozenset[str]  # "In another call, X conveyed to Y his sympathy": Y the partner
    hypothetical: Phrases
    asking_verbs: frozenset[str]  # "X asked to speak with Y, but Y did not respond": an attempt
    refusals: Phrases  # hypotheticals that say the call will not be held ("will not", "refused to")
    inverted_conditions: frozenset[str]  # "had" of "Had X called Y, ..."
    in_person: Phrases
    invitation_verbs: frozenset[str]  # "invited her to visit Vella": a meeting to come
    initiated: Phrases  # "at the request of", "at the initiative of"
    initiating_verbs: frozenset[str]  # "X placed the call"
    initiating_phrases: Phrases  # "a call Ostria had asked for"
    placing_verbs: frozenset[str]  # "placed", not "requested": "the call that X placed on Sunday" dates the call
    deciding_verbs: frozenset[str]  # "made the call to withdraw": a decision, no call
    # discourse
    pronouns: frozenset[str]
    possessive_pronouns: frozenset[str]
    first_person: frozenset[str]
    groups: Phrases
    person_groups: frozenset[str]  # "the two ministers": two people named before, leaders or not
    group_offices: Mapping[str, tuple[str, ...]]  # "the two governors" -> ("governor", "gov."): the office each holds
    # "the two", "the two men": two office holders, no leader among them, the sentence before names
    office_holder_groups: frozenset[str]
    office_holder_words: frozenset[str]  # "minister", "adviser": a role of one the groups above may stand for
    group_pair_offices: tuple[tuple[str, ...], ...]  # "the two men" of a leader and a vice-president
    aide_groups: frozenset[str]  # "the two advisers": two people named before, never two leaders
    call_arrival_verbs: frozenset[str]  # "the call from B came an hour later"
    convened_nouns: frozenset[str]  # "the rally X called on Sunday": what X called, no call
    topic_openers: frozenset[str]  # "spoke about the planned meeting": a talk's topic, no call
    small_hours_phrases: frozenset[str]  # "the small hours of": a day's first hours, before dawn
    convening_verbs: frozenset[str]  # "called": a call verb that also convenes (a rally, a vote)
    elided_call_ordinals: frozenset[str]  # "The first came from B": a call of a series told before
    round_verbs: frozenset[str]  # "B followed in the afternoon": B's call in a round told before
    teaser_labels: frozenset[str]  # "related", "read more": a page's teasers for other stories
    pair_talk_verbs: frozenset[str]  # "he and Y had discussed ...": a report of the call of those two
    group_sizes: Mapping[str, int]  # "two": how many people a group phrase stands for
    group_quantifiers: frozenset[str]  # "several" of "and several other leaders, including X"
    bare_groups: Phrases  # "the two": a group only before a verb
    anaphora: Phrases  # definite references to a call told before ("the call", "the conversation")
    plural_anaphora: Phrases  # "both calls": the two calls told last
    video_anaphora: Phrases  # "the meeting", "the session": a video call told before, when one is being told
    speech_verbs: frozenset[str]
    clause_openers: frozenset[str]
    separately: Phrases  # words saying the calls of a list were separate
    # status
    status: Mapping[str, Phrases]
    attempt_verbs: frozenset[str]  # "tried several times to reach X by phone": attempted
    correlative_negations: Mapping[str, str]  # "neither" -> "nor": "Neither A nor B phoned Y", no call
    confirmations: frozenset[str]  # "denies X phoned Y, confirms call with Z": Z's call is not denied
    report_denials: frozenset[str]  # "dismissed a Vell Times report that X phoned Y": the call denied
    denied_report_nouns: frozenset[str]  # "report", "claims": the nouns of those reports
    clause_breaks: frozenset[str]
    # titles
    title_words: frozenset[str]
    title_complements: frozenset[str]  # "government", "council": title words only after a title's "of"
    title_phrases: frozenset[str]  # every leader and official title, and the honorifics apart
    honorifics: frozenset[str]
    title_fillers: frozenset[str]
    counterpart_nouns: frozenset[str]  # "counterpart", "peer": someone's opposite number, before or after a name
    possessed_counterparts: frozenset[str]  # "peer": one only after a possessive ("his peer"; not "Labour peer")
    portfolio_words: frozenset[str]  # "Minister of Foreign Affairs, X": the words of a portfolio
    role_titles: frozenset[str]
    role_openers: frozenset[str]
    role_titles_multi: Phrases
    office_modifiers: frozenset[str]  # "former", "acting": words that make a title another office
    titled_roles: frozenset[str]  # "the secretary": the one the article titled "Secretary X"
    who_questions: frozenset[str]  # "Which leaders have called you?": an answer's call with no partner is with the one asked
    passive_talk_participles: frozenset[str]  # "was briefed by phone by Y": Y is the partner
    minister_heads: frozenset[str]  # "prime", "chief": "X Minister" is a head of government, never "the minister"
    role_offices: Mapping[str, str]  # "state president" -> "president": the office a title names
    minister_roles: Mapping[str, tuple[str, ...]]  # "top diplomat" -> ("foreign", ...): words of the roles it refers to
    present_role_modifiers: tuple[tuple[str, ...], ...]  # "the new president": the one in office
    holder_descriptors: frozenset[str]  # "the Conservative prime minister": the holder, described
    office_labels: frozenset[str]  # "PM:", "FM:": a transcript's label of an office, no one's initials
    report_markers: frozenset[str]  # "according to X", "sources say": what the sentence says was reported
    own_country_complements: Phrases  # "the President of the Republic": the article's own country's office
    honorific_refs: Phrases  # "HRH also received a call": the royal named with that honorific
    honorific_roles: Mapping[str, frozenset[str]]  # "majesty" -> the offices "His Majesty" may stand for
    # reports
    report_cues: Phrases
    report_anaphora: Phrases
    count_words: frozenset[str]  # "two", "four": a count in words (dates.json numbers, "a" aside)
    video_report_anaphora: Phrases  # "the session": a reference back to a video call only
    post_anaphora: Phrases  # "In the same post, she said ...": the platform named before carried it
    citing_words: frozenset[str]  # "The Herald, citing Radio Vell, reported": the outlet cited reported too
    depiction_nouns: frozenset[str]  # "footage of X speaking on the phone": the call told before
    broadcast_verbs: frozenset[str]  # "Kurjer carried his speech live": the outlet carried the call's telling
    speech_nouns: frozenset[str]
    publishing_verbs: frozenset[str]  # "posted a photo from the call on X": a long object before the platform
    carried_statements: frozenset[str]  # "The palace communiqué was carried by X": the text that told calls
    call_props: frozenset[str]  # "receiver" of "footage of X, receiver in hand": a picture of the call
    statement_carriers: frozenset[str]  # "was carried by", "was relayed by"
    writing_verbs: frozenset[str]  # '"...," she wrote': a quotation written, maybe a post told before
    topic_prepositions: frozenset[str]  # "no conversation about the border": a topic denied, not a call
    report_future_words: frozenset[str]  # "reported that A and B would meet": no report of their call
    promise_words: frozenset[str]  # "promising a handover on March 11": a day still to come
    outlet_descriptors: Phrases  # "the news agency X": words before an outlet's name
    other_event_nouns: frozenset[str]
    event_day_leads: Phrases  # "the day after (the summit)": the days moved from the event's day
    event_day_clause_leads: frozenset[str]  # "the day (the quake hit)": a lead opening a clause that tells the event
    event_clause_verbs: frozenset[str]  # "hit", "struck": verbs (besides -ed forms) of such a clause after the noun
    event_time_subordinators: frozenset[str]  # "When the storm broke on Friday, ...": the event's day all the same
    event_day_compounds: Mapping[str, int]  # "(election) night": the same, after the event's noun
    event_families: Mapping[str, str]  # "vote" -> "election": nouns naming one event
    event_kinds: Mapping[str, frozenset[str]]  # "disaster" -> the families it may stand for ("earthquake", "flood")
    event_day_nouns: frozenset[str]  # the nouns of events a day may be told by (other_event_nouns and the families')
    event_verbs: Mapping[str, str]  # "voted" -> "election": a verb telling an event in its own clause
    event_verbs_before: Mapping[str, frozenset[str]]  # "office" -> "took", "assumed": the words it needs before it
    event_verbs_after: Mapping[str, frozenset[str]]  # "over" -> "as": the word it needs after it (or a stop)
    event_verbs_place_after: Mapping[str, frozenset[str]]  # "came down in eastern Vellmark": a place's name after it
    event_verbs_own_day: frozenset[str]  # "announced": its clause tells the event only with a day of its own
    event_participation: Phrases  # "took part in": after a date, the event it gives a day ("on Tuesday took part in the summit")
    event_participles: Phrases  # "held": between an event's noun and its date ("the elections held on Sunday")
    respective_days: frozenset[str]  # "respectively": after days given one by one to the calls of a list
    present_event_verbs: frozenset[str]  # "opens": "the summit, which opens on Tuesday", a day to come
    other_time_phrases: Phrases  # "last year", "usually": a clause of another time than the story's
    other_event_words: frozenset[str]
    same_day_adverbs: frozenset[str]
    immediacy_words: frozenset[str]  # "had just spoken": the report's day is the call's
    group_partners: Phrases  # "with world leaders": partners told as a group
    duration_words: frozenset[str]  # "for about 30 minutes": a duration between a partner and the next
    second_call_connectors: frozenset[str]  # "spoke with A, then with B": the next call of its own
    second_call_pronouns: frozenset[str]  # "a call from A and another from B"
    ellipsis_callers: Phrases  # "X phoned Y, as did Z"
    joining_companions: Phrases  # "X joined from the capital, alongside A and B"
    speaker_nouns: Phrases  # "X's office said he ...": the pronoun is X
    interview_openings: Phrases  # "X sat down with Vell Radio": X answers the questions that follow
    outlet_interview_openings: Phrases  # "The Vell Herald spoke with X": with an outlet as the subject only
    interviewer_nouns: frozenset[str]  # "Our correspondent X sat down with Y": X asks, Y answers
    programme_nouns: frozenset[str]  # "Vell Radio's Morning Hour programme reported": the outlet's
    outlet_head_words: frozenset[str]  # "Television" of "SLBC Television aired ...": one-word outlet heads, cased
    own_side_words: frozenset[str]  # "presidential" press secretary: a voice of one of the call's people
    present_verbs: frozenset[str]  # "speaks", "phones", "holds": a headline's news of the day
    # the day of a call (when.py)
    reporting_words: frozenset[str]  # "said", "according": a date by them is the report's
    present_reporting_words: frozenset[str]  # "says": a statement of the text's own day
    saying_participles: frozenset[str]  # "Speaking to reporters on Tuesday, X said: ...": the day it was said
    reported_relative_days: frozenset[str]  # "today" in reported speech: relative to an unknown day
    reported_day_parts: frozenset[str]  # "said she had spoken earlier in the evening": the saying's day
    quoted_relative_days: frozenset[str]  # those and "last night": inside a quotation, a weak day
    near_periods: tuple[str, ...]  # "last", "recently": a vague date close to the text's day
    occasion_nouns: frozenset[str]  # "on his birthday on Thursday": the call falls on the occasion's day
    date_openers: frozenset[str]  # "Earlier, on Monday, ...": the date still opens the sentence
    platform_carriers: frozenset[str]  # "via X": the platform carried the call
    cue_phrase_words: frozenset[str]  # "during a ... call": the cue's own phrase, no other event
    relative_pronouns: frozenset[str]
    date_call_links: frozenset[str]  # "on Monday with ...": the date is the call's
    weekdays: frozenset[str]
    # cues (cues.py)
    determiners: frozenset[str]  # "the", "their", "another": before a call noun
    definite_determiners: frozenset[str]  # "the call", "their call": a call told before
    possessive_determiners: frozenset[str]  # "his", "its"
    subject_pronouns: frozenset[str]  # "he", "they": never the object of a call verb
    noun_modifiers: frozenset[str]  # "held a brief, cordial call"
    light_verb_adverbs: frozenset[str]  # "has already had a call"
    call_verb_particles: frozenset[str]  # "called back the premier"
    paired_determiners: frozenset[str]  # "phoned both A and B"
    verb_leads: frozenset[str]  # "will call tomorrow": a verb, not the noun
    ability_modals: frozenset[str]  # "among the few who can ring X at will": no call
    reciprocal_objects: Phrases  # "A and B also phoned each other": a call between them
    intransitive_call_adverbs: frozenset[str]  # "King Rasmus called first."
    intransitive_subject_leads: frozenset[str]  # "..., and King Rasmus called too."
    intransitive_saying_leads: frozenset[str]  # "wrote that King Rasmus had called": after a saying word only
    verb_not_after: frozenset[str]  # "the phone", "by telephone": a noun, not a verb
    called_complements: frozenset[str]  # "called him a liar": a naming, not a call
    called_adverbs: frozenset[str]  # "called X again": a time or manner, no naming's predicate
    call_day_openers: frozenset[str]  # "rang on the evening of Tuesday, June 8": the words before the day
    call_time_openers: Phrases  # "rang within minutes of the result": a time told by another event
    time_after_complement: Phrases  # "called her a few minutes earlier": a time, not a naming
    quoted_adjunct_openers: frozenset[str]  # 'call him "in the coming days"': a quoted adjunct, no name
    receiving_verbs: Phrases  # "calls poured in for X", "calls have been arriving for X": X is the one called
    receiving_times: frozenset[str]  # "calls poured in all day for X": a time before the "for"
    naming_verbs: frozenset[str]  # "called": may name someone ("called him a liar")
    passive_auxiliaries: frozenset[str]  # "was called by"
    # frames (frames.py)
    governing_prepositions: frozenset[str]  # "with the premier": a governed person is no subject
    gratitude_verbs: frozenset[str]  # "thanked X for his call": X placed it
    caller_lists: Phrases  # "Among the callers were A and B": value True when the people are before it
    partner_bridges: frozenset[str]  # "spoke by phone on Tuesday with"
    hours_of_day: frozenset[str]  # "at noon with A, and at midnight with B"
    meal_times: frozenset[str]  # "called shortly after lunch": a time of day after before/after
    partner_role_openers: frozenset[str]  # "his first call as foreign minister with X"
    standing_nouns: frozenset[str]  # "in the new post", "since taking office"
    quantity_words: frozenset[str]  # "called her a few minutes earlier"
    call_collectives: frozenset[str]  # "took a string of calls": the light verb before "a string of"
    partner_participles: frozenset[str]  # "a call congratulating X"
    message_nouns: frozenset[str]  # "phoned his congratulations to X"
    unnamed_plural_subjects: frozenset[str]  # "world leaders call to ..."
    subject_verb_gap: frozenset[str]  # "the president has already phoned"
    joining_gap_words: frozenset[str]  # "A and B are among those expected to join"
    clause_adverbs: frozenset[str]  # "before": a clause, or an adverb before punctuation
    as_phrase_after: frozenset[str]  # "as well as", "as soon as"
    as_phrase_before: frozenset[str]  # "such as", "so as"
    list_connectors: frozenset[str]  # "with A, then with B"
    separating_connectors: frozenset[str]  # "with A and, separately, with B": separate calls
    distributive_subjects: frozenset[str]  # "A and B each spoke with X": a call each
    distributive_quantifiers: frozenset[str]  # "A and B, both of whom phoned X": the names before
    round_subjects: frozenset[str]  # "A called X. B and C also phoned X": a call each, in a round
    ranking_words: frozenset[str]  # "X was among the first leaders on the line with Y": X's call
    joint_call_words: frozenset[str]  # "A and B also phoned X together": one call, not a round
    clock_hours: Mapping[str, int]  # "three", "3": an hour before "o'clock" (clock_hour_words)
    clock_hour_words: frozenset[str]  # "o'clock"
    hour_enders: frozenset[str]  # "before seven that morning": what may follow an hour after before/after
    plan_hopes: Phrases  # "hopes to (speak)": right before the call's verb, a plan
    called_off: Phrases  # "(the call ... was) postponed": a planned call that did not take place
    as_comparatives: frozenset[str]  # "the same table as Y": "as" opens no clause
    trailing_leads: Mapping[str, int]  # "..., a day after speaking with Z": "after" -> -1
    trailing_gaps: Phrases  # "a day" -> 1, "hours" -> 0: the days before a trailing lead
    quote_referents: Phrases  # '"He called me," X said, referring to Y': whom "he" stands for
    group_member_openers: Phrases  # "several leaders, including A and B": some of the group, named
    possessed_intent_nouns: frozenset[str]  # "X's attempt to call Y": X calls
    partner_prepositions: frozenset[str]  # "spoke with", "a call to"
    fronted_phrase_words: frozenset[str]  # "In their first call, ..."
    other_call_words: frozenset[str]  # "In another call, ...": not the call told before
    same_time_openers: frozenset[str]  # "Meanwhile, X received a call": at the time of the call told before
    fronting_prepositions: frozenset[str]  # "During a call, ..."
    fronted_openers: frozenset[str]  # "Earlier, in a call, ..."
    participle_leads: frozenset[str]  # "After speaking with Y, X said": the words before a subjectless verb
    fronted_partner_words: frozenset[str]  # "In a call with A and B on Monday, ..."
    adjunct_words: frozenset[str]  # "will join A and B in the virtual meet"
    name_coordinators: frozenset[str]  # "A, B and C"
    adjunct_phrase_words: frozenset[str]  # "during a brief phone call"
    adjunct_prepositions: frozenset[str]  # "praised X during a call"
    opening_phrase_words: frozenset[str]  # "Following his call, ..."
    adverbial_cue_prepositions: frozenset[str]  # "in a call"
    singular_definite: frozenset[str]  # "the", "this", "that"
    # assemble.py
    bare_talk_forms: frozenset[str]  # "spoke", "talked": a call between two leaders
    bare_talk_planned: frozenset[str]  # "speak", "talk": only in a plan
    bare_talk_past_auxiliaries: frozenset[str]  # "did": "did speak" is past, no plan
    post_pleasure_words: frozenset[str]  # "good" of '"Good to speak with Y," X wrote'
    post_future_words: frozenset[str]  # "soon" of '"Good to speak with Y soon"': a talk to come
    written_contact_nouns: frozenset[str]  # "letter" of "reached out to Y in a letter": no call
    talk_possibility: frozenset[str]  # "could talk to each other openly": no plan without a day
    question_openers: frozenset[str]  # "Asked whether ...": a question, not a call
    polar_question_openers: frozenset[str]  # "Has X spoken with Y?": a call only if the answer says yes
    modal_question_openers: frozenset[str]  # "Would X take a call from Y?": a hypothetical, no call
    doubt_openers: frozenset[str]  # "unclear whether X had requested the call": no initiative told
    second_person: frozenset[str]  # "you": whom a transcript's question is put to
    asked_contact_words: frozenset[str]  # "Which leaders have congratulated X?": a question of who got in touch
    question_labels: frozenset[str]  # "Reporter:" opening a transcript's question
    presupposing_openers: frozenset[str]  # "When X called you, did he ...?": the call is given
    answer_openers: Phrases  # "Yes", "Not yet" opening a transcript's answer -> "yes" / "no"
    bare_talk_places: frozenset[str]  # "spoke at the summit"
    additive_adverbs: frozenset[str]  # "also": "X also spoke with Z" after X's call, a call too
    minister_talk_titles: re.Pattern  # "foreign minister", whole words in lower-case text: ministers' bare talk
    minister_talk_holds: tuple[str, ...]  # "foreign", "secretary of state": the roles that talk so
    minister_talk_partners: frozenset[str]  # "counterpart": a person with no role who talks with one
    negations: frozenset[str]  # "did not attend"
    finite_be: frozenset[str]  # "was joined by"
    perfect_auxiliaries: frozenset[str]  # "had", "has": a clause's predicate after a "since" phrase
    deadline_words: frozenset[str]  # "until July 9": a deadline, not the story's day
    question_words_of_time: frozenset[str]  # "When did you last speak with X?" answered "By phone."
    not_plural_s_words: frozenset[str]  # "his call": no plural subject
    name_modified_nouns: frozenset[str]  # "the Dule administration": the name is no person there
    apposed_person_nouns: frozenset[str]  # "phoned the winner, X,": a description of X before the name
    object_pronouns: frozenset[str]  # "him", "them": never the subject of a verb after them
    leader_pair_determiners: frozenset[str]  # "ending their phone call"
    object_prepositions: frozenset[str]  # "with the president": no one the sentence goes on about
    headline_noun_markers: frozenset[str]  # "the King's Calls": a noun in a headline
    initiative_nouns: frozenset[str]  # "at X's request"
    host_words: frozenset[str]  # "at the invitation of X": a call of more than two has a host, no caller
    request_nouns: frozenset[str]  # "a request by X for a call"
    request_refusals: Phrases  # "turned down X's request for a call"
    request_refusal_bridges: frozenset[str]  # "a request for a call went unanswered"
    confirming_words: frozenset[str]  # "confirmed the call on Wednesday": a weak day
    telegraphic_future_words: frozenset[str]  # "X, Y to hold phone talks"
    ordinal_before_to: frozenset[str]  # "among first to call new king": a call that took place
    prior_attempt_words: frozenset[str]  # "had already tried to reach X": a try before the call
    no_call_words: frozenset[str]  # "there was no such exchange": a denial ending in "no" denies a call
    written_report_nouns: frozenset[str]  # "in a post, told followers of a talk earlier in the day"
    saying_venues: Phrases  # "told a press conference that ...": where a talk was told
    clock_start_words: frozenset[str]  # "the call began at 9 p.m.": the clock time of a call's start
    # "The following press release was issued ... on Thursday": its opener, noun and verb words
    release_anchor_words: Mapping[str, frozenset[str]]
    plan_nouns: frozenset[str]  # "the government's plans": a noun, no plan
    own_phrase_openers: frozenset[str]  # "a scheduled call": the call's own phrase
    own_phrase_plan_words: frozenset[str]  # "scheduled" inside it: no plan by itself
    possessed_call_words: frozenset[str]  # "X's call": X is no subject
    third_singular: frozenset[str]  # "he", "his": one person
    third_plural: frozenset[str]  # "they", "their": the participants
    pronoun_genders: Mapping[str, str]  # "she" -> "female": never a person of the other gender
    gendered_titles: Mapping[str, str]  # "ms" -> "female": a title right before a name tells it
    generic_media_words: frozenset[str]  # "media", "press": an outlet that names no outlet

    def is_call_word(self, low: str) -> bool:
        """A cheap first test: could a call cue start at this word?"""
        return low in self.call_words

    @cached_property
    def saying_words(self) -> frozenset[str]:
        """ "said" and "says": a reporting word in either tense, right after who is saying."""
        return self.reporting_words | self.present_reporting_words

    @cached_property
    def np_words(self) -> frozenset[str]:
        """Words a group, pronoun or role phrase can start with (``kg.extract.calls.view``)."""
        return frozenset().union(self.groups.firsts, self.bare_groups.firsts, self.pronouns, self.role_titles,
                                 self.role_openers, self.honorific_refs.firsts)

    @cached_property
    def cue_starts(self) -> frozenset[str]:
        """Words without one of which no cue but a meeting adverb is found in a sentence: the
        call verbs and the first words of the call nouns, talk and contact verbs, and of the
        nouns an adverbial preposition needs after it ("by phone": "phone"), and the verbs of a
        round ("B followed")."""
        return frozenset().union(self.call_verbs, self.nouns.firsts, self.talk_verbs.firsts,
                                 self.contact_verbs.firsts, self.adverbial_nouns.firsts, self.round_verbs)

    @cached_property
    def call_words(self) -> frozenset[str]:
        return frozenset().union(self.call_verbs, self.nouns._by_first, self.talk_verbs._by_first,
                                 self.contact_verbs._by_first, self.adverbial_preps, self.medium_words,
                                 self.joined._by_first, self.elided_call_ordinals)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    calls, status, titles, reports, discourse, dates = (
        load_lexicon(n) for n in ("calls", "status", "titles", "reports", "discourse", "dates"))
    call_verbs = {}
    for e in entries(calls, "call_verbs"):
        for form in e["forms"]:
            call_verbs[form] = (_medium(e.get("medium")), bool(e.get("needs_person")))
    nouns = []
    for e in entries(calls, "call_nouns"):
        medium = _medium(e.get("medium"))
        nouns.append((e["singular"], NounInfo(e["strength"], False, medium)))
        nouns.append((e["plural"], NounInfo(e["strength"], not e.get("plural_is_one"), medium)))
    adv = calls["medium_adverbials"]
    adverbial_nouns = [(f, _medium(e.get("medium"))) for e in adv["nouns"] for f in e["forms"]]
    light = [(f, LightVerb(e.get("caller"), CallStatus(e["status"]) if e.get("status") else None, bool(e.get("returns"))))
             for e in entries(calls, "light_verbs") for f in e["forms"]]
    other_event_nouns = frozenset(phrases_of(discourse, "other_event_nouns"))
    leader_titles = phrases_of(titles, "leader")
    official_titles = phrases_of(titles, "official")
    # (one-word honorifics stand in a title too: "Prime Minister Shri X")
    title_words = frozenset(w for t in leader_titles + official_titles for w in t.replace("-", " - ").split()) | frozenset(
        h for h in phrases_of(titles, "honorifics") if " " not in h)
    # words a title holds only after its "of" ("government" of "head of government"): alone no title
    heads = frozenset(w for t in leader_titles + official_titles
                      for w in t.replace("-", " - ").split(" of ")[0].split()) | frozenset(("of",)) | frozenset(
        h for h in phrases_of(titles, "honorifics") if " " not in h)
    return Lexicon(
        call_verbs=call_verbs,
        contact_verbs=Phrases((f, True) for f in phrases_of(calls, "contact_verbs")),
        talk_verbs=Phrases((f, True) for f in phrases_of(calls, "talk_verbs")),
        nouns=Phrases(nouns),
        medium_words={e["word"]: _medium(e.get("medium")) for e in entries(calls, "medium_words")},
        adverbial_preps=frozenset(e["word"] for e in adv["prepositions"]),
        adverbial_callers=MappingProxyType({e["word"]: frozenset(e["after"]) for e in adv["prepositions"]
                                            if e.get("caller") == "subject"}),
        adverbial_articles=frozenset(adv["articles"]),
        adverbial_nouns=Phrases(adverbial_nouns),
        partner_only_adverbial_nouns=frozenset(f for e in adv["nouns"] if e.get("partner_only") for f in e["forms"]),
        recording_verbs=frozenset(phrases_of(calls, "recording_verbs")),
        line_holding_verbs=frozenset(phrases_of(calls, "line_holding_verbs")),
        light_verbs=Phrases(light),
        meeting_adverbs=frozenset(phrases_of(calls, "meeting_adverbs")),
        meeting_verbs=frozenset(phrases_of(calls, "meeting_verbs")),
        joined=Phrases((f, ("call_subject" if e.get("call_subject") else "after_call" if e.get("after_call") else "object")
                        if e.get("takes_object") else "call_object" if e.get("call_object") else True)
                       for e in lexicon_entries(calls, "joined")
                       for f in e.get("forms", [e.get("phrase")])),
        joined_then_people=frozenset(phrases_of(calls, "joined_then_people")),
        joined_then_people_gap=frozenset(phrases_of(calls, "joined_then_people_gap")),
        traps_after=Phrases((p, True) for p in phrases_of(calls, "traps_after")),
        traps_before=Phrases((e["phrase"], "topic" if e.get("before_topic") else True) for e in entries(calls, "traps_before")),
        called_not_before=frozenset(phrases_of(calls, "called_not_before")),
        purpose_verbs=frozenset(phrases_of(calls, "purpose_verbs")),
        conveying_verbs=frozenset(phrases_of(calls, "conveying_verbs")),
        hypothetical=Phrases((p, True) for p in phrases_of(calls, "hypothetical")),
        asking_verbs=frozenset(phrases_of(calls, "asking_verbs")),
        refusals=Phrases((e["phrase"], True) for e in lexicon_entries(calls, "hypothetical") if e.get("refusal")),
        inverted_conditions=frozenset(phrases_of(calls, "inverted_conditions")),
        in_person=Phrases((p, True) for p in phrases_of(calls, "in_person")),
        invitation_verbs=frozenset(phrases_of(calls, "invitation_verbs")),
        initiated=Phrases((p, True) for p in phrases_of(calls, "initiated_by")),
        initiating_verbs=frozenset(phrases_of(calls, "initiating_verbs")),
        initiating_phrases=Phrases((p, True) for p in phrases_of(calls, "initiating_phrases")),
        placing_verbs=frozenset(e["phrase"] for e in entries(calls, "initiating_verbs") if e.get("places")),
        deciding_verbs=frozenset(e["phrase"] for e in entries(calls, "initiating_verbs") if e.get("decides")),
        pronouns=frozenset(phrases_of(discourse, "pronouns")),
        possessive_pronouns=frozenset(phrases_of(discourse, "possessive_pronouns")),
        first_person=frozenset(phrases_of(discourse, "first_person")),
        groups=Phrases((form, not e.get("not_before_of")) for e in lexicon_entries(discourse, "groups")
                       for form in e.get("forms") or [e["phrase"]]),
        group_offices=MappingProxyType({f: tuple(e["offices"]) for e in lexicon_entries(discourse, "groups") if e.get("offices")
                                        for f in e.get("forms") or (e["phrase"],)}),
        person_groups=frozenset(f for e in lexicon_entries(discourse, "groups") if e.get("any_person")
                                for f in e.get("forms") or (e["phrase"],)),
        office_holder_groups=frozenset(f for section in ("groups", "bare_groups") for e in lexicon_entries(discourse, section)
                                       if e.get("office_holders") for f in e.get("forms") or (e["phrase"],)),
        office_holder_words=frozenset(phrases_of(discourse, "office_holder_words")),
        group_pair_offices=tuple(tuple(p.split()) for p in phrases_of(discourse, "group_pair_offices")),
        call_arrival_verbs=frozenset(phrases_of(discourse, "call_arrival_verbs")),
        convened_nouns=frozenset(phrases_of(calls, "convened_nouns")),
        topic_openers=frozenset(phrases_of(calls, "topic_openers")),
        small_hours_phrases=frozenset(phrases_of(dates, "small_hours_phrases")),
        convening_verbs=frozenset(f for e in entries(calls, "call_verbs") if e.get("convenes") for f in e["forms"]),
        elided_call_ordinals=frozenset(phrases_of(discourse, "elided_call_ordinals")),
        round_verbs=frozenset(phrases_of(discourse, "round_verbs")),
        teaser_labels=frozenset(phrases_of(discourse, "teaser_labels")),
        pair_talk_verbs=frozenset(phrases_of(discourse, "pair_talk_verbs")),
        aide_groups=frozenset(f for e in lexicon_entries(discourse, "groups") if e.get("aides")
                              for f in e.get("forms") or (e["phrase"],)),
        group_sizes=lexicon_mapping(discourse, "group_sizes", "size"),
        group_quantifiers=frozenset(phrases_of(discourse, "group_quantifiers")),
        bare_groups=Phrases((p, True) for p in phrases_of(discourse, "bare_groups")),
        anaphora=Phrases((p, True) for p in phrases_of(discourse, "call_references")),
        plural_anaphora=Phrases((p, True) for p in phrases_of(discourse, "plural_call_references")),
        video_anaphora=Phrases((p, True) for p in phrases_of(discourse, "video_references")),
        speech_verbs=frozenset(phrases_of(discourse, "speech_verbs")),
        clause_openers=frozenset(phrases_of(discourse, "clause_openers")),
        separately=Phrases((p, True) for p in phrases_of(discourse, "separate_calls")),
        status={k: Phrases((form, _status_value(e)) for e in lexicon_entries(status, k)
                           for form in e.get("forms") or [e["phrase"]])
                for k in ("planned", "planned_after", "denied", "attempted", "past_modals", "no_contact_spans", "failed_connections",
                          "unanswered_after", "unanswered_endings", "unanswered_requests", "denial_qualifiers", "blessings",
                          "habitual_frequencies")},
        clause_breaks=frozenset(phrases_of(status, "clause_breaks")),
        attempt_verbs=frozenset(phrases_of(status, "attempt_verbs")),
        correlative_negations=lexicon_mapping(status, "correlative_negations", "pair"),
        confirmations=frozenset(phrases_of(status, "confirmations")),
        report_denials=frozenset(phrases_of(status, "report_denials")),
        denied_report_nouns=frozenset(phrases_of(status, "denied_report_nouns")),
        title_words=title_words,
        title_complements=title_words - heads,
        title_phrases=frozenset(leader_titles + official_titles) - frozenset(phrases_of(titles, "honorifics")),
        honorifics=frozenset(phrases_of(titles, "honorifics")),
        title_fillers=frozenset(phrases_of(discourse, "title_fillers")),
        counterpart_nouns=frozenset(phrases_of(discourse, "counterpart_nouns")),
        possessed_counterparts=frozenset(e["phrase"] for e in entries(discourse, "counterpart_nouns") if e.get("possessed")),
        portfolio_words=frozenset(w for p in phrases_of(titles, "portfolios") for w in p.split()),
        role_titles=frozenset(t.split()[0] for t in leader_titles if not t.startswith(tuple(phrases_of(titles, "office_modifiers"))))
        | frozenset(t.split()[0] for t in phrases_of(titles, "minister_roles") + phrases_of(titles, "titled_roles")),
        # "the acting president": a title opened by an office modifier names the holder too
        role_openers=frozenset(t.split()[0] for t in leader_titles
                               if " " in t and t.startswith(tuple(phrases_of(titles, "office_modifiers")))),
        office_modifiers=frozenset(phrases_of(titles, "office_modifiers")),
        role_titles_multi=Phrases((t, True) for t in leader_titles + phrases_of(titles, "minister_roles")
                                  + phrases_of(titles, "titled_roles")),
        titled_roles=frozenset(phrases_of(titles, "titled_roles")),
        who_questions=frozenset(phrases_of(discourse, "who_questions")),
        passive_talk_participles=frozenset(phrases_of(calls, "passive_talk_participles")),
        minister_heads=frozenset(phrases_of(titles, "minister_heads")),
        minister_roles=MappingProxyType(minister_roles()),
        role_offices=MappingProxyType({form: e["office"] for e in lexicon_entries(titles, "leader") if "office" in e
                                       for form in (e["phrase"], *e.get("forms", ()))}),
        holder_descriptors=frozenset(phrases_of(discourse, "holder_descriptors")),
        office_labels=frozenset(phrases_of(discourse, "office_labels")),
        report_markers=frozenset(phrases_of(discourse, "report_markers")),
        present_role_modifiers=tuple(tuple(p.split()) for p in phrases_of(discourse, "present_role_modifiers")),
        own_country_complements=Phrases((p, True) for p in phrases_of(discourse, "own_country_complements")),
        honorific_refs=Phrases((e["phrase"], e["noun"]) for e in lexicon_entries(discourse, "honorific_references")),
        honorific_roles={e["noun"]: frozenset(e["roles"]) for e in lexicon_entries(discourse, "honorific_references")
                         if e.get("roles")},
        report_cues=Phrases((p, True) for p in phrases_of(reports, "cues")),
        report_anaphora=Phrases((e["phrase"], True) for e in entries(reports, "anaphoric_subjects") if not e.get("video")),
        video_report_anaphora=Phrases((e["phrase"], True) for e in entries(reports, "anaphoric_subjects") if e.get("video")),
        post_anaphora=Phrases((p, True) for p in phrases_of(reports, "post_anaphora")),
        citing_words=frozenset(phrases_of(reports, "citing_words")),
        depiction_nouns=frozenset(phrases_of(reports, "depiction_nouns")),
        broadcast_verbs=frozenset(phrases_of(reports, "broadcast_verbs")),
        speech_nouns=frozenset(phrases_of(reports, "speech_nouns")),
        publishing_verbs=frozenset(phrases_of(reports, "publishing_verbs")),
        carried_statements=frozenset(phrases_of(reports, "carried_statements")),
        call_props=frozenset(phrases_of(reports, "call_props")),
        statement_carriers=frozenset(phrases_of(reports, "statement_carriers")),
        writing_verbs=frozenset(phrases_of(reports, "writing_verbs")),
        topic_prepositions=frozenset(phrases_of(status, "topic_prepositions")),
        report_future_words=frozenset(phrases_of(status, "report_future_words")),
        promise_words=frozenset(phrases_of(status, "promise_words")),
        outlet_descriptors=Phrases((p, True) for p in phrases_of(reports, "outlet_descriptors")),
        other_event_nouns=other_event_nouns,
        event_day_leads=Phrases((e["phrase"], e["days"]) for e in entries(dates, "event_day_leads")),
        event_day_clause_leads=frozenset(e["phrase"] for e in entries(dates, "event_day_leads") if e.get("clause")),
        event_clause_verbs=frozenset(phrases_of(dates, "event_clause_verbs")),
        event_time_subordinators=frozenset(phrases_of(dates, "event_time_subordinators")),
        event_day_compounds=MappingProxyType({e["phrase"]: e["days"] for e in entries(dates, "event_day_compounds")}),
        event_families=MappingProxyType({n: e["phrase"] for e in entries(dates, "event_families") for n in e["nouns"]}),
        event_kinds=MappingProxyType({e["phrase"]: frozenset(e["of_any"]) for e in entries(dates, "event_families") if "of_any" in e}),
        event_day_nouns=other_event_nouns | frozenset(n for e in entries(dates, "event_families") for n in e["nouns"]),
        event_verbs=MappingProxyType({w: e["phrase"] for e in entries(dates, "event_families") for w in e.get("verbs", ())}),
        event_verbs_before=MappingProxyType({w: frozenset(before) for e in entries(dates, "event_families")
                                             for w, before in e.get("verb_needs_before", {}).items()}),
        event_verbs_after=MappingProxyType({w: frozenset(after) for e in entries(dates, "event_families")
                                            for w, after in e.get("verb_needs_after", {}).items()}),
        event_verbs_place_after=MappingProxyType({w: frozenset(after) for e in entries(dates, "event_families")
                                                  for w, after in e.get("verb_place_after", {}).items()}),
        event_verbs_own_day=frozenset(w for e in entries(dates, "event_families") if e.get("verbs_need_their_day")
                                      for w in e.get("verbs", ())),
        event_participation=Phrases((p, True) for p in phrases_of(dates, "event_participation_verbs")),
        event_participles=Phrases((p, True) for p in phrases_of(dates, "event_participles")),
        respective_days=frozenset(phrases_of(dates, "respective_days")),
        present_event_verbs=frozenset(phrases_of(dates, "present_event_verbs")),
        other_time_phrases=Phrases((p, True) for p in phrases_of(dates, "other_time_phrases")),
        other_event_words=frozenset(phrases_of(discourse, "other_event_words")),
        same_day_adverbs=frozenset(phrases_of(discourse, "same_day_adverbs")),
        immediacy_words=frozenset(phrases_of(discourse, "immediacy_words")),
        group_partners=Phrases((p, True) for p in phrases_of(discourse, "group_partners")),
        duration_words=frozenset(w for section in ("duration_units", "approximators", "numbers")
                                 for p in phrases_of(load_lexicon("dates"), section) for w in p.lower().split()) | {"for"},
        second_call_connectors=frozenset(phrases_of(discourse, "second_call_connectors")),
        second_call_pronouns=frozenset(phrases_of(discourse, "second_call_pronouns")),
        ellipsis_callers=Phrases((p, True) for p in phrases_of(discourse, "ellipsis_callers")),
        joining_companions=Phrases((p, True) for p in phrases_of(discourse, "joining_companions")),
        speaker_nouns=Phrases((p, True) for p in phrases_of(discourse, "speaker_nouns")),
        interview_openings=Phrases((p, True) for p in phrases_of(reports, "interview_openings")),
        outlet_interview_openings=Phrases((p, True) for p in phrases_of(reports, "outlet_interview_openings")),
        interviewer_nouns=frozenset(phrases_of(reports, "interviewer_nouns")),
        programme_nouns=frozenset(phrases_of(reports, "programme_nouns")),
        outlet_head_words=frozenset(p for p in phrases_of(reports, "outlet_heads") if " " not in p),
        own_side_words=frozenset(w for p in phrases_of(discourse, "own_side_words") for w in p.split()),
        present_verbs=frozenset(f for section in ("call_verbs", "contact_verbs", "talk_verbs", "light_verbs")
                                for e in entries(calls, section) for f in e["forms"][1:]
                                if f in (e["forms"][0] + "s", e["forms"][0] + "es")),
        reporting_words=frozenset(phrases_of(reports, "reporting_words")),
        saying_participles=frozenset(phrases_of(reports, "saying_participles")),
        present_reporting_words=frozenset(phrases_of(reports, "present_reporting_words")),
        reported_relative_days=frozenset(f for e in entries(dates, "reported_relative_days") if not e.get("quoted_only")
                                         for f in e.get("forms") or [e["phrase"]]),
        quoted_relative_days=frozenset(phrases_of(dates, "reported_relative_days")),
        reported_day_parts=frozenset(phrases_of(dates, "reported_day_parts")),
        near_periods=tuple(phrases_of(dates, "near_periods")),
        occasion_nouns=frozenset(phrases_of(dates, "occasion_nouns")),
        date_openers=frozenset(phrases_of(discourse, "date_openers")),
        platform_carriers=frozenset(phrases_of(reports, "platform_carriers")),
        cue_phrase_words=frozenset(phrases_of(discourse, "cue_phrase_words")),
        relative_pronouns=frozenset(phrases_of(discourse, "relative_pronouns")),
        date_call_links=frozenset(phrases_of(discourse, "date_call_links")),
        weekdays=frozenset(phrases_of(dates, "weekdays")),
        determiners=frozenset(phrases_of(discourse, "determiners")),
        definite_determiners=frozenset(e["phrase"] for e in entries(discourse, "determiners") if e["definite"]),
        possessive_determiners=frozenset(e["phrase"] for e in entries(discourse, "determiners") if e.get("possessive")),
        subject_pronouns=frozenset(phrases_of(discourse, "subject_pronouns")),
        noun_modifiers=frozenset(phrases_of(calls, "noun_modifiers")),
        light_verb_adverbs=frozenset(phrases_of(calls, "light_verb_adverbs")),
        call_verb_particles=frozenset(phrases_of(calls, "call_verb_particles")),
        paired_determiners=frozenset(phrases_of(calls, "paired_determiners")),
        verb_leads=frozenset(phrases_of(calls, "verb_leads")),
        ability_modals=frozenset(phrases_of(calls, "ability_modals")),
        reciprocal_objects=Phrases((p, True) for p in phrases_of(calls, "reciprocal_objects")),
        intransitive_call_adverbs=frozenset(phrases_of(calls, "intransitive_call_adverbs")),
        intransitive_subject_leads=frozenset(e["phrase"] for e in entries(calls, "intransitive_subject_leads")
                                             if not e.get("after_saying")),
        intransitive_saying_leads=frozenset(e["phrase"] for e in entries(calls, "intransitive_subject_leads")
                                            if e.get("after_saying")),
        verb_not_after=frozenset(phrases_of(calls, "verb_not_after")),
        called_complements=frozenset(phrases_of(calls, "called_complements")),
        called_adverbs=frozenset(phrases_of(calls, "called_adverbs")),
        call_day_openers=frozenset(phrases_of(calls, "call_day_openers")),
        call_time_openers=Phrases((p, True) for p in phrases_of(calls, "call_time_openers")),
        time_after_complement=Phrases((p, True) for p in phrases_of(calls, "time_after_complement")),
        quoted_adjunct_openers=frozenset(phrases_of(calls, "quoted_adjunct_openers")),
        receiving_verbs=Phrases((p, True) for p in phrases_of(calls, "receiving_verbs")),
        receiving_times=frozenset(phrases_of(calls, "receiving_times")),
        naming_verbs=frozenset(f for e in entries(calls, "call_verbs") if e.get("takes_complement") for f in e["forms"]),
        passive_auxiliaries=frozenset(phrases_of(discourse, "passive_auxiliaries")),
        governing_prepositions=frozenset(phrases_of(discourse, "governing_prepositions")),
        gratitude_verbs=frozenset(phrases_of(discourse, "gratitude_verbs")),
        caller_lists=Phrases((f, bool(e.get("before"))) for e in lexicon_entries(discourse, "caller_lists")
                             for f in e.get("forms") or (e["phrase"],)),
        partner_bridges=frozenset(phrases_of(calls, "partner_bridges")),
        hours_of_day=frozenset(phrases_of(calls, "hours_of_day")),
        meal_times=frozenset(phrases_of(calls, "meal_times")),
        partner_role_openers=frozenset(phrases_of(calls, "partner_role_openers")),
        standing_nouns=frozenset(phrases_of(calls, "standing_nouns")),
        quantity_words=frozenset(phrases_of(calls, "quantity_words")),
        call_collectives=frozenset(phrases_of(calls, "call_collectives")),
        partner_participles=frozenset(phrases_of(calls, "partner_participles")),
        message_nouns=frozenset(phrases_of(calls, "message_nouns")),
        unnamed_plural_subjects=frozenset(phrases_of(discourse, "unnamed_plural_subjects")),
        subject_verb_gap=frozenset(phrases_of(discourse, "subject_verb_gap")),
        joining_gap_words=frozenset(phrases_of(discourse, "joining_gap_words")),
        clause_adverbs=frozenset(phrases_of(discourse, "clause_adverbs")),
        as_phrase_after=frozenset(phrases_of(discourse, "as_phrase_after")),
        as_phrase_before=frozenset(phrases_of(discourse, "as_phrase_before")),
        list_connectors=frozenset(phrases_of(discourse, "list_connectors")),
        separating_connectors=frozenset(e["phrase"] for e in entries(discourse, "list_connectors") if e.get("separate")),
        distributive_subjects=frozenset(phrases_of(discourse, "distributive_subjects")),
        distributive_quantifiers=frozenset(phrases_of(discourse, "distributive_quantifiers")),
        round_subjects=frozenset(phrases_of(discourse, "round_subjects")),
        ranking_words=frozenset(phrases_of(discourse, "ranking_words")),
        joint_call_words=frozenset(phrases_of(discourse, "joint_call_words")),
        clock_hours=MappingProxyType({**{str(n): n for n in range(1, 13)},
                                      **{w: n for w, n in lexicon_mapping(dates, "numbers", "value").items() if 1 <= n <= 12
                                         and w not in ("a", "an")}}),
        clock_hour_words=frozenset(phrases_of(dates, "clock_hour_words")),
        count_words=frozenset(w for w in lexicon_mapping(dates, "numbers", "value") if w not in ("a", "an")),
        hour_enders=frozenset(phrases_of(dates, "hour_enders")),
        plan_hopes=Phrases((p, True) for p in phrases_of(status, "plan_hopes")),
        called_off=Phrases((p, True) for p in phrases_of(status, "called_off_words")),
        as_comparatives=frozenset(phrases_of(discourse, "as_comparatives")),
        trailing_leads=MappingProxyType({e["phrase"]: e["direction"] for e in entries(discourse, "trailing_leads")}),
        trailing_gaps=Phrases((e["phrase"], e["days"]) for e in entries(discourse, "trailing_gaps")),
        quote_referents=Phrases((p, True) for p in phrases_of(discourse, "quote_referents")),
        group_member_openers=Phrases((p, True) for p in phrases_of(discourse, "group_member_openers")),
        possessed_intent_nouns=frozenset(phrases_of(discourse, "possessed_intent_nouns")),
        partner_prepositions=frozenset(phrases_of(calls, "partner_prepositions")),
        fronted_phrase_words=frozenset(phrases_of(discourse, "fronted_phrase_words")),
        other_call_words=frozenset(e["phrase"] for e in lexicon_entries(discourse, "fronted_phrase_words") if e.get("other")),
        same_time_openers=frozenset(phrases_of(discourse, "same_time_openers")),
        fronting_prepositions=frozenset(phrases_of(discourse, "fronting_prepositions")),
        fronted_openers=frozenset(phrases_of(discourse, "fronted_openers")),
        participle_leads=frozenset(phrases_of(discourse, "participle_leads")),
        fronted_partner_words=frozenset(phrases_of(discourse, "fronted_partner_words")),
        adjunct_words=frozenset(phrases_of(discourse, "adjunct_words")),
        name_coordinators=frozenset(phrases_of(discourse, "name_coordinators")),
        adjunct_phrase_words=frozenset(phrases_of(discourse, "adjunct_phrase_words")),
        adjunct_prepositions=frozenset(phrases_of(discourse, "adjunct_prepositions")),
        opening_phrase_words=frozenset(phrases_of(discourse, "opening_phrase_words")),
        adverbial_cue_prepositions=frozenset(phrases_of(discourse, "adverbial_cue_prepositions")),
        singular_definite=frozenset(e["phrase"] for e in entries(discourse, "determiners")
                                    if e["definite"] and not e.get("possessive") and not e.get("plural")),
        bare_talk_forms=frozenset(phrases_of(calls, "bare_talk_forms")),
        bare_talk_planned=frozenset(e["phrase"] for e in entries(calls, "bare_talk_forms") if e.get("planned_only")),
        bare_talk_past_auxiliaries=frozenset(phrases_of(calls, "bare_talk_past_auxiliaries")),
        post_pleasure_words=frozenset(f for e in entries(calls, "post_pleasure_words") for f in e.get("forms") or (e["phrase"],)),
        post_future_words=frozenset(phrases_of(calls, "post_future_words")),
        written_contact_nouns=frozenset(phrases_of(calls, "written_contact_nouns")),
        talk_possibility=frozenset(phrases_of(calls, "talk_possibility")),
        question_openers=frozenset(phrases_of(discourse, "question_openers")),
        polar_question_openers=frozenset(phrases_of(discourse, "polar_question_openers")),
        modal_question_openers=frozenset(phrases_of(discourse, "modal_question_openers")),
        doubt_openers=frozenset(phrases_of(discourse, "doubt_openers")),
        second_person=frozenset(phrases_of(discourse, "second_person")),
        asked_contact_words=frozenset(phrases_of(discourse, "asked_contact_words")),
        question_labels=frozenset(phrases_of(discourse, "question_labels")),
        presupposing_openers=frozenset(phrases_of(discourse, "presupposing_openers")),
        answer_openers=Phrases((f, e["answer"]) for e in lexicon_entries(discourse, "answer_openers")
                               for f in e.get("forms", [e["phrase"]])),
        bare_talk_places=frozenset(phrases_of(calls, "bare_talk_places")),
        additive_adverbs=frozenset(phrases_of(calls, "additive_adverbs")),
        minister_talk_titles=re.compile(r"\b(?:%s)\b" % "|".join(
            _listed_portfolios(p) for p in sorted(phrases_of(calls, "minister_talk_titles"), key=len, reverse=True))),
        minister_talk_holds=tuple(dict.fromkeys(h for e in entries(calls, "minister_talk_titles") for h in e["holds"])),
        minister_talk_partners=frozenset(phrases_of(calls, "minister_talk_partners")),
        negations=frozenset(phrases_of(discourse, "negations")),
        finite_be=frozenset(phrases_of(discourse, "finite_be")),
        perfect_auxiliaries=frozenset(phrases_of(discourse, "perfect_auxiliaries")),
        deadline_words=frozenset(phrases_of(discourse, "deadline_words")),
        question_words_of_time=frozenset(phrases_of(discourse, "question_words_of_time")),
        not_plural_s_words=frozenset(phrases_of(discourse, "not_plural_s_words")),
        name_modified_nouns=frozenset(phrases_of(discourse, "name_modified_nouns")),
        apposed_person_nouns=frozenset(phrases_of(discourse, "apposed_person_nouns")),
        object_pronouns=frozenset(phrases_of(discourse, "object_pronouns")),
        leader_pair_determiners=frozenset(phrases_of(discourse, "leader_pair_determiners")),
        object_prepositions=frozenset(phrases_of(discourse, "object_prepositions")),
        headline_noun_markers=frozenset(phrases_of(discourse, "headline_noun_markers")),
        initiative_nouns=frozenset(phrases_of(calls, "initiative_nouns")),
        host_words=frozenset(phrases_of(calls, "host_words")),
        request_nouns=frozenset(phrases_of(calls, "request_nouns")),
        request_refusals=Phrases((p, True) for p in phrases_of(calls, "request_refusals")),
        request_refusal_bridges=frozenset(phrases_of(calls, "request_refusal_bridges")),
        confirming_words=frozenset(phrases_of(reports, "confirming_words")),
        telegraphic_future_words=frozenset(phrases_of(status, "telegraphic_future_words")),
        ordinal_before_to=frozenset(phrases_of(status, "ordinal_before_to")),
        prior_attempt_words=frozenset(phrases_of(status, "prior_attempt_words")),
        no_call_words=frozenset(phrases_of(status, "no_call_words")),
        written_report_nouns=frozenset(phrases_of(dates, "written_report_nouns")),
        saying_venues=Phrases((p, True) for p in phrases_of(calls, "saying_venues")),
        clock_start_words=frozenset(phrases_of(dates, "clock_start_words")),
        release_anchor_words=MappingProxyType({role: frozenset(e["phrase"] for e in entries(dates, "release_anchors")
                                                               if e["role"] == role)
                                               for role in ("opener", "noun", "verb", "dated")}),
        plan_nouns=frozenset(phrases_of(status, "plan_nouns")),
        own_phrase_openers=frozenset(phrases_of(status, "own_phrase_openers")),
        own_phrase_plan_words=frozenset(phrases_of(status, "own_phrase_plan_words")),
        possessed_call_words=frozenset(phrases_of(discourse, "possessed_call_words")),
        third_singular=frozenset(e["phrase"] for e in entries(discourse, "pronouns") if e.get("third_person") == "singular"),
        third_plural=frozenset(e["phrase"] for e in entries(discourse, "pronouns") if e.get("third_person") == "plural"),
        pronoun_genders=MappingProxyType({e["phrase"]: e["gender"] for e in entries(discourse, "pronouns") if e.get("gender")}),
        gendered_titles=MappingProxyType({e["phrase"]: e["gender"] for e in entries(discourse, "gendered_titles")}),
        generic_media_words=frozenset(p for p in phrases_of(reports, "generic_media_heads") if " " not in p),
    )


def _listed_portfolios(title: str) -> str:
    """The pattern of a minister's title, which may list another portfolio after its own before
    "minister" ("foreign affairs and trade minister", "foreign affairs & east african cooperation
    minister"; not "defence and the prime minister": no determiner, preposition or title word)."""
    head, sep, last = title.rpartition(" ")
    if not sep or last != "minister":
        return re.escape(title)
    word = r"(?!(?:the|a|an|his|her|its|their|to|for|of|on|in|prime|deputy|chief|first|vice)\b)[a-z'-]+"
    return re.escape(head) + rf"(?: (?:and|&)(?: {word}){{1,4}})? minister"


@lru_cache(maxsize=64)
def names_a_talking_minister(text: str) -> bool:
    """The text names a foreign or defence minister by title (minister_talk_titles): read by the rules of a
    minister's bare talk and by the article scan, which must pass every article the rules read
    (kept for the last texts: the rules ask once per talk of an article)."""
    return lexicon().minister_talk_titles.search(text.lower()) is not None

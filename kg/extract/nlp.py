"""Build the spaCy pipeline: a blank English one by default, or a trained one underneath.

The default needs no download: ``spacy.blank("en")`` + line-break and punctuation sentence
splitting + an EntityRuler fed from the gazetteers + rules for people the gazetteer does not
know. With ``model`` (an installed package name or a path), the same rules run on top of the
trained pipeline: the same sentence boundaries are set before its parser, the ruler goes before
its ``ner`` so gazetteer entries win, and only the model's people the rules can use are kept
(``kg.extract.components``). A model that cannot be used is one ``InputError`` (E310, E311).
"""

from __future__ import annotations

import json
import re
import warnings
from pathlib import Path
from functools import lru_cache
from typing import Sequence

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import is_compatible_version

import kg.extract.components  # noqa: F401  (registers the kg_* factories)
from kg.errors import InputError, Model
from kg.extract.ruler import lean
from kg.extract.tokens import remember_text
from kg.model import EntityKind
from kg.resources import Gazetteer, lexicon_phrases, load_gazetteer, load_lexicon
from kg.spelling import ascii_name, unaccented

__all__ = ["load_nlp", "load_trained", "check_inputs", "gazetteer_patterns", "name_variants", "LABELS", "normalise_for_nlp"]

#: EntityRuler labels by gazetteer kind; the ids of the patterns are gazetteer ids.
LABELS = {
    EntityKind.LEADER: "PERSON",
    EntityKind.PERSON: "PERSON",
    EntityKind.OUTLET: "OUTLET",
    EntityKind.COUNTRY: "GPE",
    EntityKind.ORGANIZATION: "ORG",
}

# Same-length substitutions only, so character offsets stay those of the original text.
_NORMALISE = (("`", "'"), ("´", "'"), ("\u00a0", " "))


# honorifics spelt as spaced capitals before a name ("H H Sheikh X", "H R H Prince Y", "H E
# Mr Z"), as some Gulf papers write them: dotted, one token each, as "H.H." is ("H.H Sheikh X")
_SPACED_HONORIFIC = re.compile(r"\bH(?: R)? H(?= [A-Z])|\bH E(?= [A-Z])")
# a surname an editor adds in brackets after a name a speaker used ("Vell Ostrovich [Dulek]
# called me"): the brackets taken out, so that the name reads whole (same length)
_BRACKETED_SURNAME = re.compile(r"(?<!\S)([A-Z](?:[\w'’.-]*[A-Za-z])?) \[([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2})\]")


# the marks that open a list item on a line of its own (not dashes, which open credits: "-- Vell")
_BULLET_MARKS = frozenset("*•·▪‣◦")
_BULLET = re.compile(r"(?m)^([ \t]*)[*•·▪‣◦](?=[ \t])")


def normalise_for_nlp(text: str) -> str:
    """Map look-alike characters the tokenizer does not know ("Russia`s") to ones it does, and a
    list item's mark at a line's start to a space (the text keeps its length)."""
    for old, new in _NORMALISE:  # (str.replace: ``translate`` looks up every character)
        if old in text:
            text = text.replace(old, new)
    if "H " in text:
        text = _SPACED_HONORIFIC.sub(lambda m: m.group().replace(" ", "."), text)
    if _BULLET_MARKS.intersection(text):
        # ("* Sweden's Prime Minister X rang first": a list item's mark is no word of its
        # sentence; a space keeps every offset)
        text = _BULLET.sub(r"\1 ", text)
    if "[" in text:
        # (after a capitalised word, a name's last: the bracketed name moved a character left
        # into the bracket's place, the spaces after it: one space between the words, as the
        # tokenizer and the name patterns expect)
        text = _BRACKETED_SURNAME.sub(r"\1 \2  ", text)
    return text


@lru_cache(maxsize=1)
def _arabic_particle() -> tuple[re.Pattern, tuple[str, ...]]:
    """The Arabic article opening a surname ("al-", "El "; titles.json article_particles): a
    pattern that finds it, and every spelling of it."""
    articles = lexicon_phrases(load_lexicon("titles"), "article_particles")
    pattern = re.compile(r"\b(" + "|".join(f"[{a[0].upper()}{a[0]}]{a[1:]}" for a in articles) + r")[- ](?=[A-Z])")
    return pattern, tuple(form + sep for a in articles for form in (a, a.capitalize()) for sep in ("-", " "))


# the marks news writes for an apostrophe or an okina: straight, curly, turned, the okina and
# the modifier letter apostrophe
_APOSTROPHES = "'’‘ʻʼ"
_APOSTROPHE = re.compile(f"[{re.escape(_APOSTROPHES)}]")
_INNER_APOSTROPHE = re.compile(rf"(?<=\w)[{re.escape(_APOSTROPHES)}](?=\w)")


def name_variants(form: str) -> set[str]:
    """The spellings news uses for one name: without "The", any of the apostrophes (an okina too),
    without accents ("Erdogan", and "Jonas Gahr Store"), and Arabic particles written al-/el-/Al
    /El ("El Sisi")."""
    out = {form}
    for article in ("The ", "the "):
        # "Washington Post" without its article, but never a lone word ("The Australian" is not
        # "Australian"); "the Guardian" in running text
        if form.startswith(article) and len(form) > 4:
            rest = form[len(article):]
            out.add(rest if len(rest.split()) > 1 else "the " + rest)
    for f in list(out):
        # (a glottal stop's okina, "ʻAkilisi", is written with any of the apostrophes)
        if _APOSTROPHE.search(f):
            out |= {_APOSTROPHE.sub(mark, f) for mark in _APOSTROPHES}
        if _INNER_APOSTROPHE.search(f):
            out.add(_INNER_APOSTROPHE.sub("", f))  # "Shara'a" -> "Sharaa"
    for f in list(out):
        if re.search(r"[a-z]-[A-Z]", f):
            out.add(re.sub(r"(?<=[a-z])-(?=[A-Z])", " ", f))  # "Saint-Cyr" -> "Saint Cyr"
    for f in list(out):
        particle, spellings = _arabic_particle()
        if particle.search(f):
            for spelling in spellings:
                out.add(particle.sub(spelling, f))
    # (the letters no decomposition splits, "Støre" as "Store", only in a name of several words: a
    # name of one word so written is a word of the language, "store")
    out |= {unaccented(f) for f in out} | {ascii_name(f) for f in out if len(f.split()) > 1}
    return {f for f in out if f.strip()}


@lru_cache(maxsize=1)
def _lowercase_words() -> frozenset[str]:
    """ "Voice of the Valley": words an outlet's name keeps lower case (reports.json)."""
    return frozenset(lexicon_phrases(load_lexicon("reports"), "outlet_name_lowercase"))


def _case_variants(form: str) -> set[str]:
    """Outlets are written in several cases: "BelTA", "Belta", "BELTA"; a name of two letters
    or a lower-case one ("t.me") only as given."""
    letters = [c for c in form if c.isalpha()]
    if len(letters) < 4 or form[:1].islower():
        return set()
    if form.isupper():
        return set()  # "TIME" is not "Time"
    words = form.split()
    lowercase = _lowercase_words()
    titled = " ".join(w if w.lower() in lowercase and n else w[:1].upper() + w[1:].lower()
                      for n, w in enumerate(words))
    return {titled, form.upper()} - {form}


def gazetteer_patterns(gaz: Gazetteer) -> list[dict]:
    """EntityRuler phrase patterns for every name, alias, adjective and capital."""
    patterns: list[dict] = []
    for entry in sorted(gaz.entries.values(), key=lambda e: e.id):
        label = LABELS[entry.kind]
        # a name that is also a context or short alias ("X") is only ever matched as such
        forms = {entry.name, *entry.aliases} - set(entry.context_aliases) - set(entry.short_aliases)
        variants = set().union(set(), *(name_variants(f) for f in forms))
        if entry.kind is EntityKind.OUTLET:
            variants |= {v for f in variants for v in _case_variants(f)}
        for form in sorted(variants):
            patterns.append({"label": label, "pattern": form, "id": entry.id})
        for form in sorted(entry.short_aliases):
            patterns.append({"label": "SHORT", "pattern": form, "id": entry.id})
        for form in sorted(entry.context_aliases):
            patterns.append({"label": "CONTEXT", "pattern": form, "id": entry.id})
        for form in sorted(entry.adjectives):
            patterns.append({"label": "NORP", "pattern": form, "id": entry.id})
        for form in sorted(entry.capitals):
            patterns.append({"label": "CAPITAL", "pattern": form, "id": entry.id})
    return patterns


def check_inputs(model: str | None = None, gazetteers: Sequence[Path] = ()) -> None:
    """Load the gazetteer and the model once, so that a bad one is reported (with its message)
    before worker processes start, not as a failure inside each of them."""
    load_gazetteer(gazetteers)
    if model is not None:
        load_trained(model)


def load_trained(model: str) -> Language:
    """A trained spaCy pipeline by package name or path, or a ``KgError`` saying why not.

    E310: nothing by that name or path, or it fails to load (whatever a third-party pipeline
    raises becomes one message); E311: it is there but is not a spaCy pipeline, or one built
    for another spaCy version.
    """
    location = _pipeline_location(model)
    meta = location / "meta.json"
    if not meta.is_file():
        raise InputError(Model.NOT_A_PIPELINE, f"{model!r} is not a spaCy pipeline: {location} has no meta.json.")
    if not spacy.util.is_package(model) and not (location / "config.cfg").is_file():
        raise InputError(Model.NOT_A_PIPELINE, f"{model!r} is not a saved spaCy pipeline: {location} has no config.cfg.")
    try:
        declared = json.loads(meta.read_text(encoding="utf-8")).get("spacy_version") or ""
    except (OSError, ValueError, AttributeError) as err:
        raise InputError(Model.NOT_A_PIPELINE, f"{model!r} is not a spaCy pipeline: cannot read {meta}: {err}") from None
    if declared and not is_compatible_version(spacy.about.__version__, declared):
        raise InputError(
            Model.NOT_A_PIPELINE,
            f"spaCy pipeline {model!r} was built for spaCy {declared}, not the installed "
            f"{spacy.about.__version__}. Install a version of it made for this spaCy.",
        )
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # spaCy's version warnings: checked above, in our words
            nlp = spacy.load(model)
    except Exception as err:  # noqa: BLE001 - third-party loading code: any failure is one message
        reason = (str(err).strip().splitlines() or [type(err).__name__])[0].rstrip(".")
        raise InputError(Model.NOT_FOUND, f"cannot load spaCy pipeline {model!r}: {reason}.") from None
    if not isinstance(nlp, Language):
        raise InputError(Model.NOT_A_PIPELINE, f"{model!r} loads as a {type(nlp).__name__}, not a spaCy pipeline.")
    return nlp


def _pipeline_location(model: str) -> Path:
    """The folder holding the pipeline's meta.json: an installed package's, or the path given."""
    if spacy.util.is_package(model):
        try:
            root = spacy.util.get_package_path(model)
        except Exception as err:  # noqa: BLE001 - importing a third-party package
            raise InputError(Model.NOT_FOUND, f"cannot load spaCy pipeline {model!r}: importing it failed: {err}") from None
        return root
    path = Path(model)
    if path.is_file():
        raise InputError(Model.NOT_A_PIPELINE, f"{model!r} is a file; a saved spaCy pipeline is a folder (nlp.to_disk).")
    if not path.exists():
        raise InputError(
            Model.NOT_FOUND,
            f"cannot load spaCy pipeline {model!r}: no installed package or folder of that name. Install a spaCy "
            "pipeline package (e.g. en_core_web_sm) or pass the folder of a pipeline saved with nlp.to_disk.",
        )
    return path


#: Components that predict entities; the gazetteer goes before them (they keep preset entities).
_NER_FACTORIES = frozenset({"ner", "beam_ner"})
_OURS = frozenset({"kg_line_breaks", "kg_sentences", "kg_gazetteer", "kg_model_entities", "kg_people"})


def _has_patterns() -> None:
    return None


# "G.Ama" / "A.B.Ama": one or two initials glued to the surname, as some agencies print names; a
# zero-width split after the initials' stop keeps "G." one token and the surname another
_GLUED_INITIALS = r"(?<=^[A-Z]\.)(?=[A-Z][a-z])|(?<=^[A-Z]\.[A-Z]\.)(?=[A-Z][a-z])"


def _split_glued_initials(nlp: Language) -> None:
    """The pipeline's tokenizer, with a glued initial split off its surname: one more
    alternative in its infix pattern (a compiled pattern, as spaCy saves and loads it)."""
    own = nlp.tokenizer.infix_finditer
    pattern = own.__self__.pattern if own is not None else None
    if pattern is not None and _GLUED_INITIALS in pattern:
        return  # a pipeline newskg built and saved has it already
    nlp.tokenizer.infix_finditer = re.compile(_GLUED_INITIALS if pattern is None else f"{pattern}|{_GLUED_INITIALS}").finditer


def _keep_abbreviated_titles(nlp: Language) -> None:
    """ "Hon. Ama Dule": a title of titles.json written with its full stop stays one token, as
    spaCy keeps "Mr." (its own exceptions do not know every title), so the stop ends no sentence
    and the title is read as one."""
    titles = load_lexicon("titles")
    for phrase in sorted({p for section in ("official", "honorifics") for p in lexicon_phrases(titles, section)}):
        if " " in phrase or not phrase.endswith(".") or len(phrase) < 3:
            continue
        for form in (phrase.capitalize(), phrase.upper()):  # (a lower-case word keeps no stop: prefilter)
            if len(nlp.tokenizer(form)) > 1:
                nlp.tokenizer.add_special_case(form, [{"ORTH": form}])


def _add_rules(nlp: Language, gaz: Gazetteer) -> Language:
    """newskg's sentence, gazetteer and people rules around whatever the pipeline has.

    The line-break and punctuation boundaries are set first, on every token, so a parser only
    parses within them (it respects preset boundaries): a headline stays a sentence and no
    split falls inside a name. The gazetteer ruler goes before a ``ner``, which keeps preset
    entities; then the model's entities are cleaned and the people rules run.
    """
    for alias in sorted({a for e in gaz.entries.values() for a in e.context_aliases if len(a) == 1 and a.isalpha()}):
        # "in a post on X." ends a sentence: the tokenizer would keep "X." whole, as an initial
        nlp.tokenizer.add_special_case(f"{alias}.", [{"ORTH": alias}, {"ORTH": "."}])
    _split_glued_initials(nlp)
    _keep_abbreviated_titles(nlp)
    for name in _OURS & set(nlp.component_names):
        nlp.remove_pipe(name)  # a pipeline newskg built and saved: its rules are replaced by today's
    first = nlp.pipe_names[0] if nlp.pipe_names else None
    nlp.add_pipe("kg_line_breaks", **({"before": first} if first else {}))
    nlp.add_pipe("kg_sentences", after="kg_line_breaks")
    ners = [name for name in nlp.pipe_names if nlp.get_pipe_meta(name).factory in _NER_FACTORIES]
    ruler = nlp.add_pipe("entity_ruler", name="kg_gazetteer", config={"overwrite_ents": True},
                         **({"before": ners[0]} if ners else {}))
    with nlp.select_pipes(enable=["kg_gazetteer"]):
        # phrase patterns match on the words alone: no need to run a trained pipeline over them
        ruler.add_patterns(gazetteer_patterns(gaz))
    # spaCy's "no patterns" check counts the patterns of every label (one label per gazetteer
    # id here, ~3,000) for every Doc; this ruler always has patterns
    ruler._require_patterns = _has_patterns
    lean(ruler)  # the same matches and entities, without a Token per matched word (kg.extract.ruler)
    if ners:
        nlp.add_pipe("kg_model_entities", after=ners[-1])
    nlp.add_pipe("kg_people")
    _flush_tokenizer_cache(nlp)
    _remember_texts(nlp)
    return nlp


def _remember_texts(nlp: Language) -> None:
    """Every Doc ``nlp`` makes from a text keeps that text for its token columns
    (``kg.extract.tokens.remember_text``): the Doc's text is the text given, so the columns
    need not join it again from the tokens (a string made per spaced token, 1.6% of the
    streaming stage's instructions). An instance attribute over ``Language.make_doc``, which ``nlp(text)``
    and ``nlp.pipe`` call for each text; nothing of it is saved with the pipeline."""
    make_doc = nlp.make_doc

    def make_doc_remembering(text: str) -> Doc:
        doc = make_doc(text)
        remember_text(doc, text)
        return doc

    nlp.make_doc = make_doc_remembering


def _flush_tokenizer_cache(nlp: Language) -> None:
    """Empty the tokenizer's cache of chunks, which adding the gazetteer's phrase patterns
    filled with the chunks of every pattern (thousands of names no article may hold): with them
    in it, every article's tokens were looked up in a table that full, and tokenizing took ~1.5
    times as long (measured: a third more CPU than ``spacy.blank("en")`` over the same texts,
    the same as it after the flush). The cache only saves retokenizing a chunk, so the tokens
    are the same; spaCy flushes it itself whenever its rules change."""
    flush = getattr(nlp.tokenizer, "_flush_cache", None)
    if flush is not None:
        flush()


def load_nlp(model: str | None = None, gazetteers: Sequence[Path] = ()) -> tuple[Language, Gazetteer]:
    """The pipeline and the gazetteer it was built from."""
    gaz = load_gazetteer(gazetteers)
    nlp = spacy.blank("en") if model is None else load_trained(model)
    return _add_rules(nlp, gaz), gaz

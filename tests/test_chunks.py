"""kg.extract.chunks: a text beyond spaCy's limit is cut at paragraph breaks (else line ends,
sentence ends, spaces), and the chunks' Docs join into one Doc whose text is the article's, so
every offset stays true to the original text and the article is extracted as a whole.

The texts are invented here. Most tests lower the limit (``limit=``) so that a short article
is cut into many chunks and can be compared with its Doc made whole; one builds a real article
beyond ``nlp.max_length`` through ``kg build``.
"""

from __future__ import annotations

from datetime import date

import pyoxigraph as ox
import pytest

from kg.build.pipeline import build
from kg.config import Settings
from kg.extract.article import extract_article
from kg.extract.chunks import chunk_bounds, make_doc, pipe_docs
from kg.extract.nlp import normalise_for_nlp
from kg.model import Article, ArticleMeta

PARAGRAPHS = [
    "Leaders speak by phone\n",
    "PARIS, March 4 (Reuters) - Emmanuel Macron of France spoke by phone with Chancellor "
    "Friedrich Merz on Tuesday, the Elysee said.",
    "The two leaders discussed trade. They agreed to meet again soon.\nA spokesman said little more.",
    "Officials in Berlin said the call lasted an hour. Merz later thanked Macron.",
    "In a separate call on Monday, Ukrainian President Volodymyr Zelensky spoke with "
    "Japanese Prime Minister Shigeru Ishiba, his office said.",
    "Both called the talks useful.",
]
TEXT = "\n\n".join(PARAGRAPHS) + "\n"
META = ArticleMeta(id="long.txt", source="in/long.txt", published=date(2025, 3, 5), outlet="Example Daily")


def _layout(doc):
    return ([(t.idx, t.text, t.whitespace_) for t in doc], [s.start_char for s in doc.sents],
            [(e.start_char, e.end_char, e.label_, e.ent_id_) for e in doc.ents])


def test_chunks_cover_the_text_and_end_at_paragraph_breaks():
    bounds = chunk_bounds(TEXT, 150)
    assert len(bounds) >= 3
    assert "".join(TEXT[a:b] for a, b in bounds) == TEXT
    assert all(b - a <= 150 for a, b in bounds)
    assert all(b0 == a1 for (_, b0), (a1, _) in zip(bounds, bounds[1:]))
    for _, end in bounds[:-1]:
        assert TEXT[:end].endswith("\n\n") and not TEXT[end].isspace()  # after the whole blank line
        assert TEXT[end:].startswith(tuple(p for p in PARAGRAPHS[1:]))


@pytest.mark.parametrize("text, limit, cut_after", [
    ("one line\nanother line\nthird line here", 20, "\n"),  # no blank line: at line ends
    ("First sentence here. Second one follows. Third ends it.", 30, ". "),  # one line: after a sentence
    ("words without any stop at all in them", 12, " "),  # no sentence end: between words
])
def test_without_paragraphs_the_cut_falls_at_the_next_best_break(text, limit, cut_after):
    bounds = chunk_bounds(text, limit)
    assert len(bounds) > 1 and "".join(text[a:b] for a, b in bounds) == text
    for start, end in bounds[:-1]:
        assert end - start <= limit and text[:end].endswith(cut_after) and not text[end].isspace()


def test_an_endless_word_is_cut_at_the_limit():
    assert chunk_bounds("x" * 25, 10) == [(0, 10), (10, 20), (20, 25)]
    assert chunk_bounds("short", 10) == [(0, 5)]
    assert chunk_bounds("", 10) == [(0, 0)]


def test_a_text_under_the_limit_gets_the_doc_it_always_had(nlp_and_gaz):
    nlp, _ = nlp_and_gaz
    text = normalise_for_nlp(TEXT)
    assert make_doc(nlp, text).to_bytes() == nlp(text).to_bytes()
    items = [(text, "a"), ("Merz called Macron.", "b")]
    piped = [(doc.to_bytes(), c) for doc, c in pipe_docs(nlp, items)]
    assert piped == [(doc.to_bytes(), c) for doc, c in nlp.pipe(items, as_tuples=True)]


@pytest.mark.parametrize("limit", [150, 250, 400])  # every paragraph fits: the cuts are paragraph breaks
def test_the_chunked_doc_is_the_whole_doc(nlp_and_gaz, limit):
    nlp, gaz = nlp_and_gaz
    text = normalise_for_nlp(TEXT)
    whole, chunked = nlp(text), make_doc(nlp, text, limit=limit)
    assert len(chunk_bounds(text, limit)) > 1
    assert chunked.text == text
    assert _layout(chunked) == _layout(whole)  # tokens, sentence starts, entities and their ids
    article = Article(META, TEXT)
    assert extract_article(chunked, article, gaz) == extract_article(whole, article, gaz)


def test_a_call_in_a_late_chunk_keeps_its_offsets_and_the_articles_facts(nlp_and_gaz):
    nlp, gaz = nlp_and_gaz
    bounds = chunk_bounds(normalise_for_nlp(TEXT), 150)
    facts = extract_article(make_doc(nlp, normalise_for_nlp(TEXT), limit=150), Article(META, TEXT), gaz)
    late = next(c for c in facts.calls if "gaz:volodymyr-zelensky" in c.participants)
    sentence = "In a separate call on Monday, Ukrainian President Volodymyr Zelensky spoke with Japanese " \
               "Prime Minister Shigeru Ishiba, his office said."
    ev = late.evidence[0]
    assert (ev.start, ev.end, ev.text) == (TEXT.index(sentence), TEXT.index(sentence) + len(sentence), sentence)
    assert ev.start >= bounds[4][0]  # in the fifth chunk of six
    assert late.date == date(2025, 3, 3)  # "on Monday" counted from the dateline of the first chunk
    # the agency the first chunk credits reports the lead's call, as in the article read whole
    lead = next(c for c in facts.calls if "gaz:emmanuel-macron" in c.participants)
    assert {r.outlet for r in lead.reports} == {"gaz:reuters"}
    whole = extract_article(nlp(normalise_for_nlp(TEXT)), Article(META, TEXT), gaz)
    assert facts.calls == whole.calls
    for call in facts.calls:
        for e in call.evidence + tuple(r.evidence for r in call.reports):
            assert TEXT[e.start:e.end] == e.text


def test_pipe_keeps_order_and_joins_long_texts(nlp_and_gaz):
    nlp, _ = nlp_and_gaz
    texts = [normalise_for_nlp(TEXT), "Merz called Macron.", normalise_for_nlp(TEXT[::-1]), "x" * 400]
    out = list(pipe_docs(nlp, ((t, n) for n, t in enumerate(texts)), limit=150, batch_size=3))
    assert [n for _, n in out] == [0, 1, 2, 3]
    assert [doc.text for doc, _ in out] == texts
    assert [_layout(doc) for doc, _ in out] == [_layout(make_doc(nlp, t, limit=150)) for t in texts]


def test_an_article_beyond_spacy_max_length_is_built_with_true_offsets(tmp_path):
    root = tmp_path / "in"
    root.mkdir()
    # about 1.03 MB: blocks of one long token (cheap to analyse) between the article's paragraphs
    blob = "\n\n".join(f"{n:05d}" + "x" * 4_993 for n in range(205))
    text = f"{TEXT}\n{blob}\n\n{PARAGRAPHS[4]}\n"  # evidence offsets index the file's text
    assert len(text) > 1_000_000
    (root / "long.txt").write_text(text, encoding="utf-8")
    result = build(Settings(inputs=(root,), out_dir=tmp_path / "out", formats=("nt",), validate=False))
    assert result.skipped == () and result.calls == 2
    store = ox.Store()
    store.load(path=tmp_path / "out" / "graph.nt", format=ox.RdfFormat.N_TRIPLES)
    rows = list(store.query("""
        PREFIX kg: <https://w3id.org/newskg/ontology#>
        SELECT ?text ?start ?end WHERE { ?e kg:text ?text ; kg:startOffset ?start ; kg:endOffset ?end }"""))
    starts = set()
    for t, start, end in rows:
        assert text[int(start.value):int(end.value)] == t.value
        starts.add(int(start.value))
    assert text.rindex(PARAGRAPHS[4]) in starts  # the sentence after the blob, in the last chunk

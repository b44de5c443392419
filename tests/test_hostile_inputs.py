"""Issue 10: a folder of hostile inputs mixed with a copy of the seeds.

Everything is generated here, in tmp_path (the 50 MB file too); nothing large is committed.
The build finishes; every hostile input is reported once, with its code; the seeds' facts
are all in the graph (scored with ``kg.evaluate`` against the seeds' annotation, no worse than
the committed seed build); the hostile names come out as readable ids in every export and
the store; and every export passes the strict parsers installed here.
"""

from __future__ import annotations

import json
import os
import shutil
from collections import Counter
from pathlib import Path

import pyoxigraph as ox
import pytest

from export_checks import IDENTIFIER, check_exports
from kg.build.pipeline import build
from kg.config import ALL_FORMATS, Settings
from kg.errors import Read
from kg.evaluate.score import evaluate
from kg.read.names import escape_name

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
GOLD = ROOT / "tests" / "data" / "seeds-gold.json"
CALL = "President Emmanuel Macron spoke with Chancellor Olaf Scholz by phone on Tuesday."
CAP = 2 << 20
pytestmark = pytest.mark.slow
RECALLS = ("call_recall", "event_merge_recall", "date_accuracy", "status_accuracy", "reported_by_recall",
           "leader_recall", "person_recall", "outlet_recall", "called_edge_recall")

#: file names that are not UTF-8 or hold characters that break lines, IRIs or parsers
NAMES = [b"caf\xe9 report.txt", b"new\nline.txt", b"hash#1 and 100% \"quoted\" 'it'.txt",
         "rtl\u202eoverride\u200b.txt".encode(), b"tab\there.txt", b"%41 not an escape.txt"]


def _hostile(root: Path) -> Counter:
    """Write the hostile inputs into ``root``; return the reports they must give, once each."""
    expect: Counter = Counter()
    h = root / "hostile"
    h.mkdir()

    def put(name: str, data: str | bytes, code: str | None = None) -> Path:
        path = h / name
        path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
        if code:
            expect[(name, code)] += 1
        return path

    put("nested.json", "[" * 200_000 + "]" * 200_000, Read.JSON_TOO_DEEP)
    put("number.json", '{"maintext": "' + CALL + '", "n": ' + "7" * 10_000 + "}", Read.JSON_NUMBER)
    put("broken.txt", b"Macron called \xff Scholz.", Read.NOT_UTF8)
    put("empty.txt", "date 2025-01-01\n\n", Read.EMPTY)
    with (h / "huge.txt").open("wb") as out:  # 50 MB on one line, above the lowered cap
        for _ in range(50):
            out.write(b"call " * 209_716)
    expect[("huge.txt", Read.TOO_LARGE)] += 1
    put("surrogate.json", json.dumps({"maintext": f"{CALL} \ud800", "title": "lone \udc00 surrogate",
                                      "date_publish": "2025-03-04"}), Read.INVALID_CHARACTERS)
    put("utf16.txt", f"date 2025-03-05 {CALL}".encode("utf-16-le"), Read.UTF16_NO_BOM)
    put("controls.txt", f"date 2025-03-06 {CALL}\x00\x01\x1b\x7f\x85 \u200f\u200b\u202e RTL \ufeff\ufffe\uffff.",
        Read.INVALID_CHARACTERS)
    put("marker.txt", f"date 9999-12-31 {CALL}", Read.DATE_OUT_OF_RANGE)
    feed = [json.dumps({"maintext": CALL, "date_publish": "0001-01-01", "source_domain": "www.example.org"}),
            "{not json", json.dumps({"maintext": CALL, "date_publish": "9999-12-31T23:59:59"}), ""]
    put("feed.jsonl", "\n".join(feed))
    expect[("feed.jsonl", Read.DATE_OUT_OF_RANGE)] += 2
    expect[("feed.jsonl", Read.BAD_JSON)] += 1
    for raw in NAMES:
        (h / os.fsdecode(raw)).write_text(f"date 2025-03-07 {CALL}", encoding="utf-8")
    os.mkfifo(h / "fifo.txt")
    expect[("fifo.txt", Read.SPECIAL_FILE)] += 1
    os.symlink(os.devnull, h / "device.txt")
    expect[("device.txt", Read.SPECIAL_FILE)] += 1
    os.symlink("nowhere.txt", h / "dangling.txt")
    expect[("dangling.txt", Read.DANGLING_LINK)] += 1
    os.symlink("loop.txt", h / "loop.txt")
    expect[("loop.txt", Read.LINK_LOOP)] += 1
    (h / "deeper").mkdir()
    os.symlink("..", h / "deeper" / "up")
    expect[("up", Read.LINK_LOOP)] += 1
    outside = root.parent / "outside"
    outside.mkdir()
    (outside / "elsewhere.txt").write_text(f"date 2025-03-08 {CALL}", encoding="utf-8")
    os.symlink(outside, h / "link-one")
    os.symlink(outside, h / "link-two")
    expect[("link-two", Read.SEEN_FOLDER)] += 1
    long_url = "https://example.org/story?" + "q=1&" * 2_500
    put("metadata.csv", "\n".join([
        "file,published,outlet,url,title",
        'controls.txt,2025-03-06,"Unclosed Outlet',  # swallows the rest without the fix
        f'utf16.txt,2025-03-05,Wire,{long_url},"Title with \u200f RTL, \u200b and quotes """',
        "ancient.txt,0001-01-01,,,",
        "gone.txt,2025-01-01,Ghost,,",
        "marker.txt,,,https://exa mple.org/%zz,",
    ]) + "\n")
    (h / "ancient.txt").write_text(CALL, encoding="utf-8")
    expect[("metadata.csv", Read.METADATA_UNCLOSED_QUOTE)] += 1
    expect[("metadata.csv", Read.DATE_OUT_OF_RANGE)] += 1
    expect[("metadata.csv", Read.METADATA_NO_SUCH_FILE)] += 1
    return expect


@pytest.fixture(scope="module")
def hostile_build(tmp_path_factory):
    base = tmp_path_factory.mktemp("hostile")
    root = base / "in"
    shutil.copytree(SEEDS, root)
    expect = _hostile(root)
    # the seeds' own metadata lies too: an unclosed quote above their rows would swallow them
    header, *rows = (root / "metadata.csv").read_text(encoding="utf-8").splitlines()
    (root / "metadata.csv").write_text("\n".join([header, 'lost.txt,2025-01-01,"The Unclosed', *rows]) + "\n",
                                       encoding="utf-8")
    expect[("metadata.csv", Read.METADATA_UNCLOSED_QUOTE)] += 1
    out = base / "out"
    try:
        result = build(Settings(inputs=(root,), out_dir=out, formats=ALL_FORMATS, max_bytes=CAP))
    finally:
        (root / "hostile" / "huge.txt").unlink()  # 50 MB: gone as soon as it has served
    return result, expect, out


def test_the_build_finishes_and_every_hostile_input_is_reported_once(hostile_build):
    result, expect, _ = hostile_build
    got = Counter((Path(s.source).name, s.code) for s in result.skipped)
    assert got == expect
    assert not any(s.internal for s in result.skipped)
    assert result.violations == 0, result.validation_report


def test_the_seeds_facts_are_all_there(hostile_build):
    _, _, out = hostile_build
    hostile = evaluate(out / "graph.ttl", GOLD).metrics
    clean = evaluate(ROOT / "exports" / "graph.ttl", GOLD).metrics
    worse = {m: (hostile[m], clean[m]) for m in RECALLS if (hostile[m] or 0) < (clean[m] or 0)}
    assert not worse, f"seed facts lost next to hostile inputs (hostile, clean): {worse}"


def test_every_export_passes_the_strict_parsers_and_holds_the_readable_ids(hostile_build, tmp_path):
    _, _, out = hostile_build
    ids = check_exports(out)
    assert set(ids) == {"graph.ttl", "graph.nt", "graph.trig", "graph.jsonld", "graph.graphml", "graph.gexf"}
    wanted = {f"hostile/{escape_name(os.fsdecode(raw))}" for raw in NAMES}
    assert wanted == {"hostile/caf%E9 report.txt", "hostile/new%0Aline.txt",
                      "hostile/hash#1 and 100% \"quoted\" 'it'.txt", "hostile/rtl%E2%80%AEoverride%E2%80%8B.txt",
                      "hostile/tab%09here.txt", "hostile/%2541 not an escape.txt"}
    for name, found in ids.items():
        assert wanted <= found, f"{name} lacks {wanted - found}"
        assert "hostile/link-one/elsewhere.txt" in found and "hostile/utf16.txt" in found
    store = ox.Store(str(tmp_path / "store"))
    store.load(path=out / "graph.nt", format=ox.RdfFormat.N_TRIPLES)
    in_store = {q.object.value for q in store.quads_for_pattern(None, ox.NamedNode(IDENTIFIER), None)}
    assert wanted <= in_store


def test_hostile_text_stays_true_to_its_offsets(hostile_build):
    """Evidence of the article full of control and invalid characters still slices its text."""
    _, _, out = hostile_build
    store = ox.Store()
    store.load(path=out / "graph.nt", format=ox.RdfFormat.N_TRIPLES)
    rows = list(store.query("""
        PREFIX kg: <https://w3id.org/newskg/ontology#> PREFIX schema: <https://schema.org/>
        SELECT ?text ?start ?end WHERE {
          ?e kg:inArticle ?a ; kg:text ?text ; kg:startOffset ?start ; kg:endOffset ?end .
          ?a schema:identifier "hostile/controls.txt" }"""))
    assert rows, "no evidence from hostile/controls.txt"
    for text, start, end in rows:
        assert int(end.value) - int(start.value) == len(text.value)


def test_urls_that_are_not_iris_stay_whole_as_literals(hostile_build):
    _, _, out = hostile_build
    store = ox.Store()
    store.load(path=out / "graph.nt", format=ox.RdfFormat.N_TRIPLES)
    urls = {str(s.value): u for s, _, u, _ in store.quads_for_pattern(None, ox.NamedNode("https://schema.org/url"), None)}
    kinds = {type(u).__name__ for u in urls.values()}
    assert kinds == {"Literal"}
    assert any(len(u.value) == len("https://example.org/story?") + 4 * 2_500 for u in urls.values())
    assert any(u.value == "https://exa mple.org/%zz" for u in urls.values())


def test_an_article_longer_than_spacy_max_length_is_read(tmp_path):
    root = tmp_path / "in"
    root.mkdir()
    filler = "The river ran high that spring. " * 36_000  # 1.1 MB of text, paragraphs included; no call words
    text = f"date 2025-03-09 {CALL}\n\n" + "\n\n".join(filler[i:i + 5_000] for i in range(0, len(filler), 5_000))
    (root / "long.txt").write_text(text, encoding="utf-8")
    result = build(Settings(inputs=(root,), out_dir=tmp_path / "out", formats=("nt",), validate=False))
    assert result.skipped == () and result.calls == 1

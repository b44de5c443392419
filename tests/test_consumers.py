"""Real consumers of the exports: independent parsers, the GraphML schema, Gephi's import rules.

The Turtle must give the same triples in rapper (Raptor 2, Debian ``raptor2-utils``), Jena's
``riot`` (Debian ``libapache-jena-java``), pyoxigraph and rdflib; the GraphML must validate
against the GraphML 1.0 schema, keep everything in a default Gephi import and read in igraph;
and the committed ``exports/`` must be what ``kg build`` writes today. Each external tool is
optional and its tests skip, saying why, when it is missing (``.ci/run`` installs rapper).

The Gephi rules are re-implemented here from Gephi's ``ImporterGraphML``/``ImportContainerImpl``
(see the module's ``gephi_problems``): no Gephi binary runs offline.
"""

from __future__ import annotations

import difflib
import math
import os
import shutil
import subprocess
import sys
import warnings
import zipfile
from collections import Counter
from dataclasses import replace
from pathlib import Path

import pyoxigraph as ox
import pytest
from lxml import etree
from rdflib import Graph

from graph_samples import ARTICLES, CALL_OCCURRED, CALLS, ENTITIES, EV1, VERDI
from kg.build.outputs import write_outputs
from kg.model import Evidence

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
SEEDS = ROOT / "seeds"
COMMITTED = ROOT / "exports"
XSD = TESTS / "data" / "graphml" / "graphml.xsd"
GRAPHML = "{http://graphml.graphdrawing.org/xmlns}"

# Text that has broken real consumers: quotes, backslashes, a long string, controls (Virtuoso
# rejects them raw in long strings, rapper cuts at NUL, XML cannot hold them), emoji, BOM.
TRICKY = ('Zoë «Ő» said "ok" \\ back\\slash\ttab\nnew line """ \'\'\' 🇫🇷 nul\x00 ctl\x01\x1b\x7f\x85 '
          'bom\ufeff ls\u2028 end."')


# --- the exports under test ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_exports(tmp_path_factory) -> Path:
    """``kg build seeds`` in a fresh process (another hash seed), default formats."""
    out = tmp_path_factory.mktemp("seed-exports")
    env = {**os.environ, "PYTHONHASHSEED": "4242"}
    run = subprocess.run([sys.executable, "-m", "kg", "build", str(SEEDS), "--out", str(out), "--quiet"],
                         cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, f"kg build seeds failed ({run.returncode}):\n{run.stdout}\n{run.stderr}"
    return out


@pytest.fixture(scope="module")
def tricky_exports(tmp_path_factory) -> Path:
    """The sample records with hostile text in a name, an alias, a title and an evidence sentence."""
    out = tmp_path_factory.mktemp("tricky-exports")
    verdi = replace(VERDI, name=f'Alma "Verdi" {TRICKY[:12]}', aliases=("Verdí\x00", "a\nb"))
    evidence = Evidence("a1.txt", 70, 70 + len(TRICKY), TRICKY)
    calls = (replace(CALL_OCCURRED, evidence=(EV1, evidence)), *CALLS[1:])
    articles = (replace(ARTICLES[0], title=TRICKY), *ARTICLES[1:])
    entities = [verdi if e.key == VERDI.key else e for e in ENTITIES]
    write_outputs(entities, sorted(calls, key=lambda c: c.key), articles, out, ["ttl", "graphml"], validate=False)
    return out


@pytest.fixture(params=["committed", "fresh", "tricky"])
def export_dir(request) -> Path:
    if request.param == "committed":
        return COMMITTED
    return request.getfixturevalue("seed_exports" if request.param == "fresh" else "tricky_exports")


def _oxigraph_triples(path: Path, fmt: ox.RdfFormat) -> list:
    return list(ox.parse(path=str(path), format=fmt))


# --- Turtle ---------------------------------------------------------------------------------------


def test_rapper_reads_the_same_triples_as_rdflib_and_oxigraph(export_dir, tmp_path):
    if shutil.which("rapper") is None:
        pytest.skip("rapper not installed (Debian: apt-get install raptor2-utils)")
    ttl = export_dir / "graph.ttl"
    run = subprocess.run(["rapper", "-q", "-f", "strict", "-i", "turtle", "-o", "ntriples", str(ttl)],
                         capture_output=True, timeout=120)
    assert run.returncode == 0 and not run.stderr, f"rapper rejects {ttl}: {run.stderr.decode()}"
    nt = tmp_path / "rapper.nt"
    nt.write_bytes(run.stdout)
    lines = [line for line in run.stdout.decode("utf-8").splitlines() if line.strip()]
    from_rapper = _oxigraph_triples(nt, ox.RdfFormat.N_TRIPLES)
    from_oxigraph = _oxigraph_triples(ttl, ox.RdfFormat.TURTLE)
    rdflib_count = len(Graph().parse(ttl, format="turtle"))
    counts = f"rapper {len(lines)} ({len(set(lines))} distinct), pyoxigraph {len(from_oxigraph)}, rdflib {rdflib_count}"
    assert len(lines) == len(set(lines)) == len(from_oxigraph) == rdflib_count, counts
    # same triples, not only as many: rapper silently cuts literals at NUL and drops bad bytes
    missing = set(from_oxigraph) - set(from_rapper)
    assert not missing, f"rapper reads {len(missing)} triples differently, e.g. {sorted(map(str, missing))[:3]}"


_JAVA = Path("/usr/share/java")
# What riot needs from Debian's jars (there is no riot script and no Class-Path in a manifest).
_JENA_JARS = (
    "jena-arq jena-base jena-cmds jena-core jena-iri commons-cli commons-codec commons-compress "
    "commons-csv commons-io commons-lang3 dexx.collection gson guava httpclient httpcore "
    "jackson-core jackson-databind jackson-annotations jsonld-java jakarta.json-api protobuf "
    "thrift titanium-json-ld slf4j-api slf4j-simple"
).split()


def _jena_classpath(shim: Path) -> str:
    """Debian's jena-core.jar holds the shaded Xerces classes under ``xerces.*`` but their
    message bundles only under ``org/apache/jena/ext/xerces/``, and riot dies at start-up
    ("internal error" in XSSimpleTypeDecl); a copy of the bundles first on the path fixes it."""
    prefix = "org/apache/jena/ext/xerces/"
    with zipfile.ZipFile(_JAVA / "jena-core.jar") as jar:
        for name in jar.namelist():
            if name.startswith(prefix) and name.endswith(".properties"):
                dest = shim / "xerces" / name[len(prefix):]
                dest.parent.mkdir(parents=True, exist_ok=True)
                dest.write_bytes(jar.read(name))
    jars = [str(_JAVA / f"{name}.jar") for name in _JENA_JARS if (_JAVA / f"{name}.jar").exists()]
    return os.pathsep.join([str(shim), *jars])


def test_jena_riot_reads_the_same_triples_without_warnings(export_dir, tmp_path):
    if shutil.which("java") is None or not (_JAVA / "jena-cmds.jar").exists():
        pytest.skip("Jena not installed (Debian: apt-get install libapache-jena-java)")
    ttl = export_dir / "graph.ttl"
    cmd = ["java", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-cp", _jena_classpath(tmp_path / "shim"),
           "riotcmd.riot", "--syntax=turtle", "--output=nt", str(ttl)]
    run = subprocess.run(cmd, capture_output=True, timeout=300)
    # riot exits 1 on a WARN too: ill-typed literals, bad IRIs, U+FFFD
    assert run.returncode == 0 and not run.stderr.strip(), f"Jena riot on {ttl}:\n{run.stderr.decode()}"
    nt = tmp_path / "jena.nt"
    nt.write_bytes(run.stdout)
    assert set(_oxigraph_triples(nt, ox.RdfFormat.N_TRIPLES)) == set(_oxigraph_triples(ttl, ox.RdfFormat.TURTLE))


# --- GraphML ---------------------------------------------------------------------------------------

#: Key id or, failing that, attr.name -> the Gephi property it fills instead of becoming a column
#: (Gephi's PropertiesAssociations; d3/d7 are yEd's label keys, which older Gephi also maps).
GEPHI_NODE_PROPS = {
    "label": "label", "nodelabel": "label", "d3": "label", "x": "x", "xpos": "x", "y": "y",
    "ypos": "y", "z": "z", "zpos": "z", "size": "size", "r": "r", "g": "g", "b": "b", "color": "color",
}  # fmt: skip
GEPHI_EDGE_PROPS = {
    "label": "label", "edgelabel": "label", "d7": "label", "weight": "weight", "Edge Weight": "weight",
    "id": "id", "edgeid": "id", "r": "r", "g": "g", "b": "b", "color": "color",
}  # fmt: skip
_LIMITS = {"int": 2**31, "long": 2**63}


def _value_problem(text: str, xml_type: str) -> str | None:
    """Why Gephi (graphstore ``AttributeUtils.parse``: no trimming) would drop the value."""
    if text != text.strip():
        return "padded with spaces"
    if xml_type in _LIMITS:
        try:
            number = int(text)
        except ValueError:
            return "not an integer"
        return None if -_LIMITS[xml_type] <= number < _LIMITS[xml_type] else "out of range"
    if xml_type in ("float", "double"):
        try:
            float(text.replace("INF", "inf"))
        except ValueError:
            return "not a number"
        return None
    if xml_type == "boolean" and text not in ("true", "false", "1", "0"):
        return "not a boolean (Gephi reads it as false)"
    return None


def gephi_problems(path: Path) -> list[str]:
    """What a default Gephi GraphML import would lose or misread; empty when nothing."""
    root = etree.parse(str(path)).getroot()
    problems: list[str] = []
    keys: dict[str, tuple[str, str, str | None]] = {}  # id -> (for, attr.type, Gephi property)
    for key in root.iter(f"{GRAPHML}key"):
        kid, domain, name, xml_type = (key.get(a) for a in ("id", "for", "attr.name", "attr.type"))
        if domain not in ("node", "edge"):
            problems.append(f"key {kid!r} is for={domain!r}: Gephi needs separate node and edge keys")
            continue
        if xml_type not in ("boolean", "int", "long", "float", "double", "string"):
            problems.append(f"key {kid!r} has attr.type {xml_type!r}")
        props = GEPHI_NODE_PROPS if domain == "node" else GEPHI_EDGE_PROPS
        taken = props.get(kid) or props.get(name)  # Gephi looks the id up first
        if taken != props.get(name):
            problems.append(f"{domain} key id {kid!r} (attr {name!r}) becomes Gephi's {domain} {taken}")
        if kid in keys:
            problems.append(f"key id {kid!r} declared twice: Gephi ignores the second")
        keys.setdefault(kid, (domain, xml_type, taken))

    def values(element, domain: str) -> dict[str | None, list[str]]:
        found: dict[str | None, list[str]] = {}
        for data in element.iter(f"{GRAPHML}data"):
            key = keys.get(data.get("key"))
            if key is None or key[0] != domain:
                problems.append(f"{domain} {element.get('id')!r}: data for key {data.get('key')!r} is dropped")
                continue
            text = data.text or ""
            why = _value_problem(text, key[1])
            if why:
                problems.append(f"{domain} {element.get('id')!r}: {text!r} for {data.get('key')!r} is {why}")
            found.setdefault(key[2], []).append(text)
        return found

    graph = root.find(f"{GRAPHML}graph")
    node_ids = Counter(n.get("id") for n in graph.iter(f"{GRAPHML}node"))
    problems += [f"node id {n!r} used {c} times: Gephi merges them" for n, c in node_ids.items() if c > 1]
    for node in graph.iter(f"{GRAPHML}node"):
        if not any(t.strip() for t in values(node, "node").get("label", [])):
            problems.append(f"node {node.get('id')!r} has no label: Gephi shows its id")
    edge_ids: Counter = Counter()
    pairs: Counter = Counter()
    undirected_default = graph.get("edgedefault") == "undirected"
    for edge in graph.iter(f"{GRAPHML}edge"):
        source, target = edge.get("source"), edge.get("target")
        if not source or not target or source not in node_ids or target not in node_ids:
            problems.append(f"edge {edge.get('id')!r} joins {source!r} to {target!r}, not declared nodes")
        edge_ids[edge.get("id")] += 1
        undirected = edge.get("directed") == "false" or (undirected_default and edge.get("directed") != "true")
        pairs[frozenset((source, target)) if undirected else (source, target)] += 1
        for weight in values(edge, "edge").get("weight", []):
            if _value_problem(weight, "double") is None and not float(weight) > 0:
                problems.append(f"edge {edge.get('id')!r} has weight {weight}: Gephi removes 0, warns < 0")
    problems += [f"edge id {e!r} used {c} times: Gephi drops the later ones" for e, c in edge_ids.items()
                 if e is None or c > 1]
    problems += [f"{c} edges join {p}: Gephi merges them into one" for p, c in pairs.items() if c > 1]
    return problems


def test_graphml_is_schema_valid(export_dir):
    schema = etree.XMLSchema(etree.parse(str(XSD), etree.XMLParser(no_network=True)))
    doc = etree.parse(str(export_dir / "graph.graphml"))
    assert schema.validate(doc), "\n".join(str(e) for e in list(schema.error_log)[:10])


def test_graphml_keeps_everything_in_a_default_gephi_import(export_dir):
    problems = gephi_problems(export_dir / "graph.graphml")
    assert not problems, f"{len(problems)} Gephi problems, e.g.:\n" + "\n".join(problems[:10])


def test_the_gephi_checker_catches_what_gephi_loses(tmp_path):
    path = tmp_path / "bad.graphml"
    path.write_text(f"""<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="{GRAPHML[1:-1]}">
  <key id="d3" for="node" attr.name="wikidata" attr.type="string"/>
  <key id="name" for="all" attr.name="name" attr.type="string"/>
  <key id="w" for="edge" attr.name="weight" attr.type="double"/>
  <key id="n" for="node" attr.name="count" attr.type="int"/>
  <graph id="G" edgedefault="directed">
    <node id="a"><data key="d3">Q1</data><data key="n"> 7</data></node>
    <node id="b"/>
    <edge id="e0" source="a" target="b"><data key="w">1.0</data></edge>
    <edge id="e1" source="a" target="b"><data key="w">0</data></edge>
    <edge id="e1" source="b" target="a"/>
  </graph>
</graphml>
""", encoding="utf-8")
    found = "\n".join(gephi_problems(path))
    for expected in ("becomes Gephi's node label", "for='all'", "' 7'", "'b' has no label",
                     "weight 0", "'e1' used 2 times", "edges join ('a', 'b')"):
        assert expected in found, f"{expected!r} not reported in:\n{found}"


def test_igraph_reads_the_graphml(export_dir):
    igraph = pytest.importorskip("igraph", reason="python-igraph not installed (pip install igraph)")
    path = export_dir / "graph.graphml"
    root = etree.parse(str(path)).getroot()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        ig = igraph.Graph.Read_GraphML(str(path))
    assert not [str(w.message) for w in caught]
    assert ig.is_directed()
    assert ig.vcount() == len(root.findall(f".//{GRAPHML}node"))
    assert ig.ecount() == len(root.findall(f".//{GRAPHML}edge"))
    assert all(label.strip() for label in ig.vs["label"])
    assert all(w > 0 and not math.isnan(w) for w in ig.es["weight"])


# --- the committed exports ------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["graph.ttl", "graph.graphml"])
def test_committed_exports_are_current(seed_exports, name):
    committed, fresh = COMMITTED / name, seed_exports / name
    assert committed.exists(), f"exports/{name} is missing: run `kg build` in {ROOT} and commit exports/"
    old, new = committed.read_bytes(), fresh.read_bytes()
    if old != new:
        diff = difflib.unified_diff(old.decode("utf-8", "replace").splitlines(),
                                    new.decode("utf-8", "replace").splitlines(),
                                    f"exports/{name} (committed)", f"{name} (kg build now)", lineterm="", n=1)
        pytest.fail(f"exports/{name} is not what `kg build` writes from seeds/ today: run `kg build` in "
                    f"{ROOT} and commit exports/. First differences:\n" + "\n".join(list(diff)[:25]))

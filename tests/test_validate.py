"""kg.rdf.validate and ontology/shapes.ttl: the mini graph conforms, each kind of damage is caught
and reported on one readable line."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import RDF, Graph, Literal, Namespace, URIRef
from rdflib.namespace import SDO, XSD

from kg.errors import EXIT_INVALID, InputError, ValidationFailed
from kg.rdf.validate import ValidationReport, Violation, ensure_conforms, format_report, shapes_graph, validate_graph

MINI = Path(__file__).parent / "data" / "mini.ttl"
KG = Namespace("https://w3id.org/newskg/ontology#")
ID = Namespace("https://w3id.org/newskg/id/")


def mini() -> Graph:
    return Graph().parse(MINI)


def broken() -> Graph:
    """A call left with one participant, and a kg:reportedBy that points at a country."""
    g = mini()
    g.remove((ID["call/c3"], KG.participant, ID["person/ruto"]))
    g.add((ID["call/c2"], KG.reportedBy, ID["country/kenya"]))
    return g


def test_the_shapes_ship_with_the_package():
    shapes = shapes_graph()
    sh = Namespace("http://www.w3.org/ns/shacl#")
    targets = set(shapes.objects(None, sh.targetClass))
    assert {KG.Call, KG.Leader, KG.Outlet, KG.Evidence, KG.Attribution, SDO.NewsArticle} <= targets


def test_the_mini_graph_conforms():
    report = validate_graph(mini())
    assert report == ValidationReport(conforms=True, violations=())
    assert format_report(report) == "conforms: no SHACL violations"
    ensure_conforms(report, "mini")  # no exception


def test_a_graph_file_is_read_and_validated():
    assert validate_graph(MINI).conforms


def test_the_broken_copy_fails_readably():
    report = validate_graph(broken())
    assert not report.conforms
    assert report.violations == (
        Violation(
            focus=str(ID["call/c2"]),
            path=str(KG.reportedBy),
            message="kg:reportedBy must point at a kg:Outlet",
            severity="Violation",
            value=str(ID["country/kenya"]),
        ),
        Violation(
            focus=str(ID["call/c3"]),
            path=str(KG.participant),
            message="a call needs at least two kg:participant",
            severity="Violation",
        ),
    )
    assert format_report(report) == (
        "does not conform: 2 violations\n"
        "Violation: id:call/c2 kg:reportedBy: kg:reportedBy must point at a kg:Outlet [value: id:country/kenya]\n"
        "Violation: id:call/c3 kg:participant: a call needs at least two kg:participant"
    )


def test_ensure_conforms_raises_with_exit_code_3():
    report = validate_graph(broken())
    with pytest.raises(ValidationFailed, match=r"E601.*the build does not conform.*2 violations") as err:
        ensure_conforms(report, "the build")
    assert err.value.exit_code == EXIT_INVALID
    assert "id:call/c3 kg:participant" in err.value.message


def _status_missing(g):
    g.remove((ID["call/c3"], KG.status, None))


def _status_outside_the_four(g):
    g.set((ID["call/c3"], KG.status, KG.Phone))


def _two_statuses(g):
    g.add((ID["call/c3"], KG.status, KG.Occurred))


def _two_dates(g):
    g.add((ID["call/c1"], SDO.startDate, Literal("2025-03-11", datatype=XSD.date)))


def _date_not_a_date(g):
    g.set((ID["call/c1"], SDO.startDate, Literal("March 10")))


def _participant_not_a_person(g):
    g.add((ID["call/c1"], KG.participant, ID["country/japan"]))


def _caller_not_on_the_call(g):
    g.set((ID["call/c1"], KG.caller, ID["person/ruto"]))


def _leader_not_a_person(g):
    g.remove((ID["person/ishiba"], RDF.type, SDO.Person))


def _article_without_identifier(g):
    g.remove((ID["article/a2"], SDO.identifier, None))


def _article_with_two_identifiers(g):
    g.add((ID["article/a2"], SDO.identifier, Literal("a2-copy.txt")))


def _offsets_reversed(g):
    g.set((ID["evidence/a2-0"], KG.startOffset, Literal(50)))


def _evidence_without_article(g):
    g.remove((ID["evidence/a2-0"], KG.inArticle, None))


def _attribution_to_a_non_outlet(g):
    g.set((ID["attribution/c1-nhk"], KG.outlet, ID["person/lula"]))


def _called_a_non_leader(g):
    g.add((ID["person/ruto"], KG.called, ID["person/vieira"]))


def _bad_medium(g):
    g.set((ID["call/c2"], KG.medium, KG.Planned))


@pytest.mark.parametrize(
    "damage,focus,path,message",
    [
        (_status_missing, "call/c3", KG.status, "exactly one status"),
        (_status_outside_the_four, "call/c3", KG.status, "exactly one status"),
        (_two_statuses, "call/c3", KG.status, "exactly one status"),
        (_two_dates, "call/c1", SDO.startDate, "at most one schema:startDate"),
        (_date_not_a_date, "call/c1", SDO.startDate, "an xsd:date"),
        (_participant_not_a_person, "call/c1", KG.participant, "a participant must be a schema:Person"),
        (_caller_not_on_the_call, "call/c1", None, "the kg:caller is not a kg:participant"),
        (_leader_not_a_person, "person/ishiba", None, "a kg:Leader must also be typed schema:Person"),
        (_article_without_identifier, "article/a2", SDO.identifier, "exactly one schema:identifier"),
        (_article_with_two_identifiers, "article/a2", SDO.identifier, "exactly one schema:identifier"),
        (_offsets_reversed, "evidence/a2-0", KG.startOffset, "kg:startOffset must be below kg:endOffset"),
        (_evidence_without_article, "evidence/a2-0", KG.inArticle, "exactly one schema:NewsArticle"),
        (_attribution_to_a_non_outlet, "attribution/c1-nhk", KG.outlet, "exactly one kg:Outlet"),
        (_called_a_non_leader, "person/ruto", KG.called, "another kg:Leader"),
        (_bad_medium, "call/c2", KG.medium, "kg:Phone or kg:Video"),
    ],
)
def test_each_kind_of_damage_is_caught(damage, focus, path, message):
    g = mini()
    damage(g)
    report = validate_graph(g)
    assert not report.conforms
    hits = [
        v
        for v in report.violations
        if v.focus == str(ID[focus]) and v.path == (str(path) if path else "") and message in v.message
    ]
    assert hits, format_report(report)
    assert all(v.severity == "Violation" for v in report.violations)


def test_an_unreadable_graph_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="E602.*no such graph file"):
        validate_graph(tmp_path / "missing.ttl")
    bad = tmp_path / "bad.ttl"
    bad.write_text("<urn:a> <urn:b> .\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"E603.*bad\.ttl: cannot parse as turtle"):
        validate_graph(bad)


def test_violations_are_sorted_for_stable_output():
    g = broken()
    g.add((URIRef(ID["call/c0"]), RDF.type, KG.Call))  # an empty call: sorts first
    report = validate_graph(g)
    keys = [(v.focus, v.path, v.message) for v in report.violations]
    assert keys == sorted(keys)
    assert report.violations[0].focus == str(ID["call/c0"])

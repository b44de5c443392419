"""kg.rdf.shacl_sparql: the shapes as SPARQL over a store give pySHACL's report, damage by damage."""

from __future__ import annotations

import pytest
from rdflib import RDF, RDFS, Graph, Namespace

import test_validate as damages
from kg.errors import KgError
from kg.rdf.shacl_sparql import compile_shapes
from kg.rdf.validate import Violation, shapes_graph, validate_graph

SH = Namespace("http://www.w3.org/ns/shacl#")
KG = Namespace("https://w3id.org/newskg/ontology#")
SDO = Namespace("https://schema.org/")
DAMAGES = [getattr(damages, name) for name in dir(damages) if name.startswith("_") and callable(getattr(damages, name))
           and name not in ("__builtins__",) and getattr(damages, name).__module__ == "test_validate"]


def pyshacl_report(g: Graph) -> set[Violation]:
    """What pySHACL (the reference implementation) says, as the same records."""
    import pyshacl

    _conforms, results, _text = pyshacl.validate(g, shacl_graph=shapes_graph(), inference="none",
                                                 allow_warnings=True, allow_infos=True)
    found = set()
    for node in results.subjects(RDF.type, SH.ValidationResult):
        value = results.value(node, SH.value)
        found.add(Violation(
            focus=str(results.value(node, SH.focusNode)), path=str(results.value(node, SH.resultPath) or ""),
            message="; ".join(sorted(str(m) for m in results.objects(node, SH.resultMessage))),
            severity=str(results.value(node, SH.resultSeverity)).rsplit("#", 1)[-1],
            value="" if value is None else str(value),
        ))
    return found


def test_every_damage_of_test_validate_is_known_here():
    assert len(DAMAGES) >= 15


@pytest.mark.parametrize("damage", DAMAGES, ids=lambda f: f.__name__.strip("_"))
def test_same_report_as_pyshacl(damage):
    g = damages.mini()
    damage(g)
    ours = validate_graph(g)
    assert ours.violations, "the damage must be caught"
    assert set(ours.violations) == pyshacl_report(g)


def test_same_report_as_pyshacl_on_a_conforming_graph():
    assert validate_graph(damages.mini()).violations == () and pyshacl_report(damages.mini()) == set()


def test_subclasses_count_as_shacl_says_when_the_data_holds_them():
    g = damages.mini()
    damages._leader_not_a_person(g)
    g.add((KG.Leader, RDFS.subClassOf, SDO.Person))  # the ontology merged into the data
    assert set(validate_graph(g).violations) == pyshacl_report(g) == set()


def test_an_unsupported_constraint_is_refused_not_skipped():
    shapes = shapes_graph()
    shape = next(shapes.subjects(SH.targetClass, KG.Call))
    shapes.add((shape, SH.closed, RDF.nil))
    with pytest.raises(KgError, match="E605.*closed"):
        compile_shapes(shapes)


def test_targets_checked_a_slice_at_a_time_give_the_same_report(monkeypatch):
    import kg.rdf.validate as validate

    g = damages.mini()
    for damage in DAMAGES:
        damage(g)
    whole = validate_graph(g)
    monkeypatch.setattr(validate, "_SLICE", 1)  # every target its own slice
    assert validate_graph(g) == whole
    assert set(whole.violations) == pyshacl_report(g)


def test_a_blank_node_target_is_checked_with_the_whole_class():
    from rdflib import BNode

    g = damages.mini()
    call = next(g.subjects(RDF.type, KG.Call))
    blank = BNode()
    for p, o in list(g.predicate_objects(call)):
        g.add((blank, p, o))
    g.remove((blank, KG.status, None))  # a call without a status, which VALUES cannot name
    ours = validate_graph(g)
    assert any(v.path == str(KG.status) for v in ours.violations)

    def blank_named_alike(violations):  # the two tools name the blank node differently
        return {v if v.focus.startswith("http") else Violation("_:b", v.path, v.message, v.severity, v.value)
                for v in violations}

    assert blank_named_alike(ours.violations) == blank_named_alike(pyshacl_report(g))

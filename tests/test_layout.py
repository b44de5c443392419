"""The package layout tells the data flow: imports point downstream only.

Each stage package may import the base modules, earlier stages and itself, never a later
stage; extraction never touches RDF libraries, resolution touches neither spaCy nor RDF, and
the RDF, writing, storing and querying stages never import spaCy. Function-level imports count.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import kg

ROOT = Path(kg.__file__).parent

#: stage -> rank; a module may import modules of a lower rank or of its own stage
STAGES = {
    "kg.model": 0, "kg.errors": 0, "kg.collector": 0, "kg.spelling": 0, "kg.config": 1, "kg.resources": 1,
    "kg.read": 1,
    "kg.extract": 2,
    "kg.facts": 2.5,
    "kg.resolve": 3,
    "kg.rdf": 4,
    "kg.write": 5,
    "kg.store": 6,
    "kg.query": 7,
    "kg.evaluate": 8,
    "kg.build": 9,
    "kg.api": 10, "kg.serve": 10, "kg": 10.5, "kg.cli": 11, "kg.__main__": 12,
}
FORBIDDEN = {
    "kg.read": {"spacy", "rdflib", "pyoxigraph"},
    "kg.extract": {"rdflib", "pyoxigraph", "networkx"},
    "kg.facts": {"spacy", "rdflib", "pyoxigraph", "networkx"},
    "kg.resolve": {"spacy", "rdflib", "pyoxigraph", "networkx"},
    "kg.rdf": {"spacy"},
    "kg.write": {"spacy"},
    "kg.store": {"spacy"},
    "kg.query": {"spacy"},
    "kg.serve": {"spacy", "rdflib"},
}


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _stage(module: str) -> str:
    best = "kg"
    for stage in STAGES:
        if (module == stage or module.startswith(stage + ".")) and len(stage) > len(best):
            best = stage
    return best


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append(node.module)
            if node.module == "kg":  # "from kg import ids" names a module
                found += [f"kg.{a.name}" for a in node.names]
    return found


MODULES = sorted(p for p in ROOT.rglob("*.py") if "__pycache__" not in p.parts)


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(ROOT.parent)))
def test_imports_point_downstream(path: Path) -> None:
    module = _module_name(path)
    stage = _stage(module)
    for imported in _imports(path):
        top = imported.split(".")[0]
        assert top not in FORBIDDEN.get(stage, set()), f"{module} ({stage}) must not import {imported}"
        if top != "kg" or imported == "kg":
            continue
        other = _stage(imported)
        assert other == stage or STAGES[other] < STAGES[stage], (
            f"{module} (stage {stage}) imports {imported} (stage {other}): imports must point downstream"
        )


def test_every_module_belongs_to_a_known_stage() -> None:
    for path in MODULES:
        module = _module_name(path)
        assert _stage(module) != "kg" or module in ("kg",), f"{module} is in no stage package"

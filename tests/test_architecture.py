"""The house's shape: the stages are subpackages that import only what lies before
them, and the public API is what it says it is."""
import ast
import importlib
from pathlib import Path

import pytest

import kgraph

SRC = Path(__file__).resolve().parent.parent / "src" / "kgraph"

# what each layer may import (besides itself): the pipeline reads left to right,
# ingest -> extraction -> graph -> view, over the shared core (types, errors, data,
# the gazetteer, the merge rules, atomic files, optional extras)
CORE = "core"
MAY_IMPORT = {
    CORE: {CORE},
    "ingest": {CORE},
    "extraction": {CORE, "ingest"},
    "graph": {CORE},
    "view": {CORE, "graph"},
    "app": {CORE, "ingest", "extraction", "graph", "view", "app"},  # the API and the CLI join the stages
}
APP = {"__init__", "__main__", "cli", "build"}
SUBPACKAGES = {"ingest", "extraction", "graph", "view"}


def _module_name(path: Path) -> str:
    parts = path.relative_to(SRC).with_suffix("").parts
    return ".".join(parts)


def _layer(module: str) -> str:
    top = module.split(".")[0]
    if top in SUBPACKAGES:
        return top
    return "app" if top in APP else CORE


def _imports(path: Path) -> set[str]:
    """Every kgraph module the file imports, at the top or inside a function, as a
    dotted name under kgraph."""
    module = _module_name(path)
    package = module.split(".")[:-1]  # extraction/__init__.py: extraction
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - (node.level - 1)]
                target = ".".join([*base, *([node.module] if node.module else [])])
                names = [target] if node.module else [".".join([*base, a.name]) for a in node.names]
                found.update(n for n in names if n)
            elif node.module and (node.module == "kgraph" or node.module.startswith("kgraph.")):
                found.add(node.module[len("kgraph."):] if node.module != "kgraph" else "__init__")
        elif isinstance(node, ast.Import):
            found.update(a.name[len("kgraph."):] for a in node.names if a.name.startswith("kgraph."))
    return found


MODULES = sorted(SRC.rglob("*.py"))


@pytest.mark.parametrize("path", MODULES, ids=lambda p: _module_name(p))
def test_each_stage_imports_only_what_lies_before_it(path):
    layer = _layer(_module_name(path))
    wrong = {target for target in _imports(path) if _layer(target) not in MAY_IMPORT[layer] | {layer}}
    assert not wrong, f"{_module_name(path)} ({layer}) imports {sorted(wrong)}"


def test_the_walk_sees_relative_and_late_imports():
    # the check above is only as good as the import walk: it must see a late import
    # inside a function (the CLI's) and a relative one two levels up (a recogniser's)
    assert "view.html" in _imports(SRC / "cli.py")
    assert "model" in _imports(SRC / "extraction" / "recognisers" / "people.py")
    assert _layer("extraction.recognisers.people") == "extraction" and _layer("merge") == CORE


PUBLIC = ["extract", "extract_text", "extract_records", "build_graph", "load_graph", "KnowledgeGraph",
          "QueryResult", "named_queries", "run_named", "validate_graph", "ValidationReport", "to_json",
          "Extraction", "ArticleRecord", "Document", "Entity", "Relation", "Mention", "Source", "Span",
          "KgraphError", "InputError", "OutputError", "QueryError", "DataError", "__version__"]


def test_the_public_api_is_what_the_readme_documents():
    # adding a name is a decision: change this list with the README
    assert sorted(kgraph.__all__) == sorted(PUBLIC)
    for name in kgraph.__all__:
        assert getattr(kgraph, name) is not None, name


@pytest.mark.parametrize("package", ["kgraph.ingest", "kgraph.extraction", "kgraph.graph", "kgraph.view"])
def test_each_stage_has_an_entry_point(package):
    module = importlib.import_module(package)
    assert module.__all__ and module.__doc__
    for name in module.__all__:
        assert hasattr(module, name), f"{package}.{name}"


def _bound_twice(source: str) -> list[str]:
    """The names a module binds twice at its top level (an assignment, a function or a class)."""
    seen, twice = set(), []
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign):
            names = [target.id for target in node.targets if isinstance(target, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names = [node.target.id]
        elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names = [node.name]
        else:
            names = []
        twice += [name for name in names if name in seen]
        seen.update(names)
    return twice


def test_no_module_binds_a_name_twice():
    # a constant bound twice is read with one value by the code above the second binding and another below it
    # (agencies.py had two _TERM patterns and two _NUMERALS sets, 2026)
    assert _bound_twice("A = 1\ndef f(): pass\nA = 2\n") == ["A"]
    found = {str(path.relative_to(SRC)): names for path in SRC.rglob("*.py") if (names := _bound_twice(path.read_text()))}
    assert not found, found

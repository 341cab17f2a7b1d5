"""The pipeline's shape: stages declare what they read and write, and extraction
stands apart from the graph and the view."""
import ast
from pathlib import Path

import pytest

from kgraph.pipeline import STAGES, check_stages

SRC = Path(__file__).resolve().parent.parent / "src" / "kgraph"
EXTRACTION = ("reader", "layout", "analysis", "tagger", "divisions", "agencies", "people", "programs", "places",
              "recognise", "relations", "resolve", "pipeline", "gazetteer", "resources", "model")
GRAPH_AND_VIEW = {"graph", "rdf", "vocab", "queries", "validate", "network", "viz", "build"}


def test_every_stage_reads_only_what_earlier_stages_wrote():
    check_stages()
    for stage in STAGES:
        assert stage.reads is not None and stage.writes is not None, stage.__name__


def test_a_stage_out_of_order_is_refused():
    from kgraph.divisions import find_divisions
    from kgraph.people import find_people

    with pytest.raises(TypeError, match="find_people reads"):
        check_stages((find_people, find_divisions))


@pytest.mark.parametrize("module", EXTRACTION)
def test_extraction_never_imports_the_graph_or_the_view(module):
    tree = ast.parse((SRC / f"{module}.py").read_text(encoding="utf-8"))
    imported = {node.module.split(".")[0] for node in ast.walk(tree)
                if isinstance(node, ast.ImportFrom) and node.level == 1 and node.module}
    assert not imported & GRAPH_AND_VIEW, imported & GRAPH_AND_VIEW

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "corpus" / "000_81ca9869dae714d6.txt"


@pytest.fixture(scope="session")
def sample_extraction():
    import kgraph

    return kgraph.extract(SAMPLE)


@pytest.fixture(scope="session")
def sample_graph(sample_extraction):
    """The sample page's graph, shared: tests that change a graph copy it first."""
    from kgraph import KnowledgeGraph

    graph = KnowledgeGraph()
    graph.add(sample_extraction)
    return graph


def by_label(extraction, type_):
    return {e.label: e for e in extraction.entities if e.type == type_}


def relations(extraction, predicate):
    labels = {e.id: e.label for e in extraction.entities}
    return {(labels.get(r.subject), labels.get(r.object, r.object), r.prop("title"))
            for r in extraction.relations if r.predicate == predicate}

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "corpus" / "000_81ca9869dae714d6.txt"
# development data beside the repository (never copied into it)
SHARED = ROOT.parent / "shared"
NEWS = SHARED / "corpus" / "news" / "xwlb-2023.jsonl"


def shared_records(path: Path, ids, what: str) -> dict[str, dict]:
    """The records ``ids`` of a JSON Lines file in ../shared by id, or a skip saying it
    is absent."""
    if not path.exists():
        pytest.skip(f"{path} is not here: these cases read {what} beside the repository")
    with open(path, encoding="utf-8") as handle:
        return {record["id"]: record for record in map(json.loads, handle) if record["id"] in ids}


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


NATIONAL = "新闻联播"  # the source of xwlb-2023's stories: a national medium (data/world/national_media.txt)


def related_pairs(text: str, predicate: str, publication: str | None = None) -> set[tuple[str, str]]:
    """The (subject, object) labels of ``predicate``'s relations in the extraction of ``text``,
    published by ``publication`` (:data:`NATIONAL` for a story of xwlb-2023)."""
    import kgraph  # imported here as the rest of this module needs only the sample's fixtures

    extraction = kgraph.extract_text(text, doc_id="t", publication=publication)
    labels = {e.id: e.label for e in extraction.entities}
    return {(labels[r.subject], labels[r.object]) for r in extraction.relations if r.predicate == predicate}


def agency_labels(text: str, **options) -> set[str]:
    """The labels of the agencies the extraction of ``text`` holds (``options`` as ``kgraph.extract_text`` takes)."""
    import kgraph

    return {e.label for e in kgraph.extract_text(text, **options).entities if e.type == "Agency"}


def labels_by_type(text: str) -> dict[str, set[str]]:
    """The labels of each entity type the extraction of ``text`` holds."""
    import kgraph

    found: dict[str, set[str]] = {}
    for entity in kgraph.extract_text(text).entities:
        found.setdefault(entity.type, set()).add(entity.label)
    return found


def relations(extraction, predicate):
    labels = {e.id: e.label for e in extraction.entities}
    return {(labels.get(r.subject), labels.get(r.object, r.object), r.prop("title"))
            for r in extraction.relations if r.predicate == predicate}


def built_by_script(script_name: str, folder: str, file_name: str, tmp_path: Path, monkeypatch) -> bool:
    """Whether ``scripts/<script_name>.py`` writes the committed ``data/<folder>/<file_name>`` again,
    byte for byte (the script's ``OUT`` pointed at a temporary file)."""
    import importlib.util

    from kgraph.resources import data_path

    spec = importlib.util.spec_from_file_location(script_name, ROOT / "scripts" / f"{script_name}.py")
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    monkeypatch.setattr(script, "OUT", tmp_path / file_name)
    script.main([])
    return (tmp_path / file_name).read_text(encoding="utf-8") == data_path(folder, file_name).read_text(encoding="utf-8")


def titled_posts(text: str, **options) -> set[tuple[str, str, str]]:
    """The (person, organisation, title) labels of the posts the extraction of ``text`` holds."""
    import kgraph

    result = kgraph.extract_text(text, **options)
    labels = {e.id: e.label for e in result.entities}
    return {(labels[r.subject], labels[r.object], dict(r.props).get("title")) for r in result.relations
            if r.predicate == "holdsPost"}

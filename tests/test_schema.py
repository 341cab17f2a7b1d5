"""The schema registry (kgraph.schema): each entity type, predicate and event type is
declared once, and every list that names them derives from it or is checked against it
(the model's constants, the RDF maps, the CLI's --type, the ontology, the shapes, the
timeline query, the view's style, the shard codec); stages declare only names it or
the Analysis knows, and on real text change only what they declare."""
import ast
import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import RDFS, SH

from kgraph import model, schema
from kgraph.extraction.analysis import Analysis, analysis_fields, declarable, stage
from kgraph.graph.vocab import KG
from kgraph.resources import data_path, ontology_path

from .conftest import SAMPLE

ROOT = Path(__file__).resolve().parent.parent
NEWS = ROOT.parent / "shared" / "corpus" / "news" / "xwlb-2023.jsonl"


def test_the_model_constants_are_the_registry_s():
    assert model.ENTITY_TYPES == ("AdministrativeDivision", "Agency", "Person", "Program", "Place")
    assert model.ENTITY_TYPES is schema.ENTITY_TYPES
    assert model.PREDICATES is schema.PREDICATES and model.KINDS is schema.KINDS
    assert model.EVENT_ROLES is schema.EVENT_ROLES and model.EVENT_TYPES is schema.EVENT_TYPES
    assert model.KINDS == ("division", "agency", "person", "program", "place", "document")
    assert model.EVENT_ROLES["Gathering"] == ("organizer", "chair", "speaker", "attendee", "location")


def test_the_graph_maps_derive_from_the_registry():
    from kgraph.graph import knowledge, rdf

    assert {k: str(v) for k, v in rdf.ENTITY_CLASSES.items()} == {t.name: t.rdf_class for t in schema.ENTITIES}
    assert {k: str(v) for k, v in rdf.PREDICATE_TERMS.items()} == {p.name: p.rdf_property for p in schema.RELATIONS}
    assert {k: str(v) for k, v in rdf.EVENT_CLASSES.items()} == {e.name: e.rdf_class for e in schema.EVENTS}
    assert {k: str(v) for k, v in rdf.ROLE_TERMS.items()} == {r.name: r.rdf_property for r in schema.ROLES}
    assert {t.kind for t in schema.ENTITIES} <= set(knowledge._KINDS)


def test_the_cli_type_choices_are_the_entity_types():
    from kgraph.cli import main

    viz = main.commands["viz"]
    choice = next(p for p in viz.params if p.name == "types").type
    assert tuple(choice.choices) == schema.ENTITY_TYPES


def test_lookups_refuse_what_is_not_declared():
    assert schema.entity_type("Person").scoped and not schema.entity_type("Agency").scoped
    assert schema.entity_type_of_kind("division").name == "AdministrativeDivision"
    assert schema.predicate("holdsPost").key == ("title",) and schema.predicate("holdsPost").via == "post"
    assert schema.event_type("Appointment").props == ("title", "change")
    assert schema.role_property("person") == str(KG.appointee)
    for lookup, wrong in ((schema.entity_type, "Meeting"), (schema.predicate, "Person"),
                          (schema.event_type, "holdsPost"), (schema.entity_type_of_kind, "document")):
        with pytest.raises(KeyError):
            lookup(wrong)


@pytest.fixture(scope="module")
def ontology():
    return Graph().parse(ontology_path("kgraph.ttl"), format="turtle")


def test_every_iri_of_the_registry_is_in_the_ontology(ontology):
    declared = {str(s) for s in ontology.subjects()}
    iris = [t.rdf_class for t in schema.ENTITIES] + [p.rdf_property for p in schema.RELATIONS] + \
           [e.rdf_class for e in schema.EVENTS] + [r.rdf_property for r in schema.ROLES]
    ours = [iri for iri in iris if iri.startswith(schema.KG)]
    assert set(ours) <= declared
    assert {iri for iri in iris if not iri.startswith(schema.KG)} <= {
        schema.ORG + "holds", schema.ORG + "subOrganizationOf", schema.SCHEMA + "organizer",
        schema.SCHEMA + "attendee", schema.SCHEMA + "location"}
    for event in schema.EVENTS:
        supers = set(ontology.objects(URIRef(event.rdf_class), RDFS.subClassOf))
        assert supers == {KG.Event, *map(URIRef, event.rdf_superclasses)}, event.name


def test_the_shapes_give_each_event_type_its_roles_and_no_others():
    shapes = Graph().parse(ontology_path("shapes.ttl"), format="turtle")
    for event in schema.EVENTS:
        closed = [s for s in shapes.subjects(SH.targetClass, URIRef(event.rdf_class))
                  if (s, SH.closed, None) in shapes]
        assert len(closed) == 1, event.name
        paths = {str(shapes.value(p, SH.path)) for p in shapes.objects(closed[0], SH.property)}
        extra = {str(KG.title), str(KG.change), str(KG.post)} if event.name == "Appointment" else set()
        assert paths == {r.rdf_property for r in event.roles} | extra, event.name
    # the argument check names every role property
    select = " ".join(str(o) for o in shapes.objects(None, SH.select))
    for role in schema.ROLES:
        prefix, local = ("kg", role.rdf_property[len(schema.KG):]) if role.rdf_property.startswith(schema.KG) \
            else ("schema", role.rdf_property[len(schema.SCHEMA):])
        assert f"{prefix}:{local}" in select, role.name


def test_the_timeline_query_knows_every_event_type_and_role():
    text = (data_path("queries") / "timeline.rq").read_text(encoding="utf-8")
    pairs = set(re.findall(r'\((\w+):(\w+) "(\w+)"\)', text))
    names = {"kg": schema.KG, "schema": schema.SCHEMA}
    found_types = {(names[p] + local, name) for p, local, name in pairs if name in schema.EVENT_TYPES}
    found_roles = {(names[p] + local, name) for p, local, name in pairs if name not in schema.EVENT_TYPES}
    assert found_types == {(e.rdf_class, e.name) for e in schema.EVENTS}
    assert found_roles == {(r.rdf_property, r.name) for r in schema.ROLES}


def test_the_view_style_has_every_type_and_drawn_relation():
    style = json.loads((data_path("viz") / "style.json").read_text(encoding="utf-8"))
    assert {t.style for t in schema.ENTITIES} == set(style["types"])
    assert {p.style for p in schema.RELATIONS if p.style} == set(style["relations"])


@pytest.mark.parametrize("entity", schema.ENTITIES, ids=lambda t: t.name)
def test_the_shard_codec_of_each_key(entity):
    key = model.Key(entity.kind, "某某", "421000" if entity.scoped else "")
    text = str(key)
    assert ("@" in text) == entity.scoped
    assert model.Key.parse(text) == key


def test_the_registry_is_a_leaf_module():
    tree = ast.parse(Path(schema.__file__).read_text(encoding="utf-8"))
    imported = {alias.name.split(".")[0] for node in ast.walk(tree) if isinstance(node, ast.Import)
                for alias in node.names}
    imported |= {node.module.split(".")[0] for node in ast.walk(tree)
                 if isinstance(node, ast.ImportFrom) and node.module and not node.level}
    assert not any(isinstance(node, ast.ImportFrom) and node.level for node in ast.walk(tree))
    assert imported <= {"__future__", "dataclasses"} and imported <= set(sys.stdlib_module_names) | {"__future__"}


# ---------------------------------------------------------------------- stages

def _stages():
    from kgraph.extraction.pipeline import STAGES
    from kgraph.extraction.recognisers.divisions import find_divisions

    return (find_divisions, *STAGES)


def test_every_stage_declares_names_the_registry_or_the_analysis_knows():
    for step in _stages():
        assert set(step.reads) | set(step.writes) <= declarable(), step.__name__
    assert {"text", "tokens", "model_tokens", "pending", "events", "mentions"} <= analysis_fields()


def test_a_stage_declaring_an_unknown_name_is_refused():
    with pytest.raises(TypeError, match="'Persons'"):
        @stage(reads=("text",), writes=("Persons",))  # a typo: it would declare nothing
        def find_persons(an):
            pass
    with pytest.raises(TypeError, match="'meetings'"):
        @stage(reads=("meetings",), writes=())
        def read_meetings(an):
            pass


def snapshot(an: Analysis) -> dict:
    """What a stage may change, by the name it would declare: mentions by entity type,
    facts by predicate, events by type (each as a multiset: sorting them changes
    nothing), the pending candidates."""
    found = {name: Counter(m for m in an.mentions if m.type == name) for name in schema.ENTITY_TYPES}
    found.update({name: Counter(f for f in an.facts if f.predicate == name) for name in schema.PREDICATES})
    found.update({name: Counter(e for e in an.events if e.type == name) for name in schema.EVENT_TYPES})
    found["pending"] = (list(an.pending), dict(an.pending_names))
    return found


def undeclared_changes(step, before: dict, after: dict) -> set[str]:
    writes = set(step.writes)
    if "events" in writes:  # the whole list: every event type
        writes |= set(schema.EVENT_TYPES)
    return {name for name in before if before[name] != after[name]} - writes


def _analyses(texts):
    """Each stage run in turn on real articles; yields (stage, before, after)."""
    from kgraph.extraction.pipeline import STAGES, infer_region, load_tagger, scan, split_documents
    from kgraph.extraction.recognisers.divisions import find_divisions
    from kgraph.extraction.tagger import DEFAULT_MODEL
    from kgraph.model import Source

    tagger = load_tagger(DEFAULT_MODEL)
    for number, (text, date) in enumerate(texts):
        source = Source(f"s{number}", text, f"s{number}.txt", date=date)
        for doc in split_documents(source):
            candidates = scan(doc.text)
            region = infer_region(candidates, None)
            tokens = tagger.tag([doc.text])[0] if tagger else None
            an = Analysis(doc, region, model_tokens=tokens)
            before = snapshot(an)
            find_divisions(an, candidates)
            yield find_divisions, before, snapshot(an)
            for step in STAGES:
                before = snapshot(an)
                step(an)
                yield step, before, snapshot(an)


def _news_texts():
    """Stories that name meetings, visits, gatherings and posts (../shared)."""
    if not NEWS.is_file():
        pytest.skip(f"the news corpus is not here ({NEWS}): this case needs the shared data beside the repository")
    wanted = {"xwlb-20230105-02", "xwlb-20230314-05", "xwlb-20230322-07", "xwlb-20230329-03"}
    texts = []
    with open(NEWS, encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if record["id"] in wanted:
                texts.append((record["title"] + "\n" + record["text"], record["date"]))
    assert len(texts) == len(wanted)
    return texts


_CHANGES: dict[str, tuple] = {}


@pytest.fixture(scope="module", params=["sample page", "national news"])
def stage_changes(request):
    """(stages that ran, undeclared changes of each) on the sample page (in the
    repository) or on four stories of the news corpus."""
    if request.param not in _CHANGES:
        texts = [(SAMPLE.read_text(encoding="utf-8"), None)] if request.param == "sample page" else _news_texts()
        found: dict[str, set[str]] = {}
        ran: set[str] = set()
        for step, before, after in _analyses(texts):
            ran.add(step.__name__)
            found.setdefault(step.__name__, set()).update(undeclared_changes(step, before, after))
        _CHANGES[request.param] = (ran, found)
    return _CHANGES[request.param]


@pytest.mark.parametrize("name", [s.__name__ for s in _stages()])
def test_each_stage_changes_only_what_it_declares(stage_changes, name):
    ran, found = stage_changes
    assert name in ran
    assert found[name] == set(), f"{name} changed {sorted(found[name])} without declaring it"


def test_the_check_catches_a_stage_that_writes_what_it_did_not_declare():
    """A stage declared to write people that also adds a fact is caught (on the sample
    page's text, with a hand-built analysis)."""
    from kgraph.ingest.layout import split_documents
    from kgraph.extraction.analysis import Region
    from kgraph.model import Key, Mention, Source

    doc = next(d for d in split_documents(Source("s", SAMPLE.read_text(encoding="utf-8"), "s.txt"))
               if "冯荆柯" in d.text)

    @stage(reads=("text",), writes=("Person",))
    def sloppy(an):
        start = an.text.index("冯荆柯")
        person = an.add(Mention.make("Person", doc.id, start, start + 3, "冯荆柯", "冯荆柯", Key("person", "冯荆柯", "")))
        an.fact(person.key, "holdsPost", Key("agency", "公安县委"), start, title="副书记")

    an = Analysis(doc, Region(None))
    before = snapshot(an)
    sloppy(an)
    assert undeclared_changes(sloppy, before, snapshot(an)) == {"holdsPost"}

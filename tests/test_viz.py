"""The HTML view without a browser: reduction of big graphs, and that untrusted text
never reaches the page as markup.  tests/test_browser.py opens it in Chromium."""
import json
import re

import networkx as nx
import pytest

from kgraph.model import EVENT_TYPES

from kgraph import InputError
from kgraph.view import graph_stats, to_networkx
from kgraph.view.html import View, ViewOptions, reduce_network, render_html

PAYLOADS = ["<img src=x onerror=alert(1)>", "</script><script>document.body.dataset.pwned=1</script>",
            "\u2028<!--"]


@pytest.fixture(scope="module")
def network(sample_graph):
    return to_networkx(sample_graph)


def test_focus_keeps_the_neighbourhood(network):
    view = reduce_network(network, ViewOptions(focus="冯荆柯", depth=1))
    labels = {d["label"] for _, d in view.network.nodes(data=True)}
    assert labels == {"冯荆柯", "公安县委", "公安县委政法委"}
    deeper = reduce_network(network, ViewOptions(focus="冯荆柯", depth=2))
    assert {"公安县"} <= {d["label"] for _, d in deeper.network.nodes(data=True)}
    assert "Showing" in view.omitted


def test_focus_by_alias_and_unknown_focus(network):
    view = reduce_network(network, ViewOptions(focus="经开区", depth=0))
    assert [d["label"] for _, d in view.network.nodes(data=True)] == ["荆州经济技术开发区"]
    with pytest.raises(InputError, match="no entity"):
        reduce_network(network, ViewOptions(focus="不存在的机构"))


def test_types_and_cap_say_what_was_left_out(network):
    view = reduce_network(network, ViewOptions(types=("Agency", "AdministrativeDivision"), max_nodes=10))
    assert len(view.network) == 10
    assert {d["type"] for _, d in view.network.nodes(data=True)} <= {"Agency", "AdministrativeDivision"}
    assert "10 most connected" in view.omitted and "left out" in view.omitted
    everything = reduce_network(network, ViewOptions())
    assert everything.omitted == "" and len(everything.network) == len(network)


def _hostile_view():
    network = nx.MultiDiGraph()
    network.add_node("https://x/agency/a", label=PAYLOADS[0], type="Agency", aliases=[PAYLOADS[1]],
                     posts=[], sentences=[PAYLOADS[1] + "。"], articles=1)
    network.add_node("https://x/person/b", label="冯荆柯", type="Person", aliases=[PAYLOADS[2]],
                     posts=[PAYLOADS[0]], sentences=[], articles=1)
    network.add_edge("https://x/person/b", "https://x/agency/a", relation="holdsPost", label=PAYLOADS[1])
    return View(network, PAYLOADS[1], PAYLOADS[0], 2)


def test_untrusted_text_is_never_markup():
    from kgraph.view.html import _vis_js

    html = render_html(_hostile_view())
    # the only script elements are the page's three (vis-network holds "<script>" in a string)
    assert len(re.findall(r"<script\b", html.replace(_vis_js(), ""))) == 3
    assert "<img" not in html and "onerror=alert(1)>" not in html.replace("\\u003e", "")
    data = re.search(r'<script type="application/json" id="kgraph-data">(.*?)</script>', html, re.S).group(1)
    parsed = json.loads(data)
    assert parsed["title"] == PAYLOADS[1]
    assert parsed["labels"][0] == PAYLOADS[0]
    assert parsed["aliases"]["1"] == [PAYLOADS[2]]
    # the page's script uses textContent, never innerHTML or document.write
    from kgraph.resources import data_path

    script = data_path("viz", "page.js").read_text(encoding="utf-8")
    assert "innerHTML" not in script and "document.write" not in script and "insertAdjacentHTML" not in script


def test_the_page_is_self_contained(network):
    html = render_html(reduce_network(network, ViewOptions()))
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", html)
    assert "default-src 'none'" in html
    assert "sourceMappingURL" not in html
    assert "冯荆柯" in html


def test_a_cut_down_view_hangs_together_and_shows_every_type(network):
    view = reduce_network(network, ViewOptions(max_nodes=24))
    kept = view.network
    assert len(kept) == 24
    types = {d["type"] for _, d in kept.nodes(data=True)}
    # every entity type, and besides them only events drawn as nodes (a gathering of the page)
    assert {"AdministrativeDivision", "Agency", "Person", "Program", "Place"} <= types
    assert types - {"AdministrativeDivision", "Agency", "Person", "Program", "Place"} <= set(EVENT_TYPES)
    alone = [d["label"] for n, d in kept.nodes(data=True) if kept.degree(n) == 0]
    assert alone == []


def _page_data(html):
    return json.loads(re.search(r'<script type="application/json" id="kgraph-data">(.*?)</script>', html, re.S).group(1))


def test_the_page_carries_every_entity_and_opens_on_a_part(sample_graph, network, tmp_path):
    from kgraph.view import write_view

    path = tmp_path / "g.html"
    view = write_view(sample_graph, path, ViewOptions(max_nodes=30))
    data = _page_data(path.read_text(encoding="utf-8"))
    ids = [data["base"] + i for i in data["ids"]]
    assert sorted(ids) == sorted(network) and len(data["labels"]) == len(ids)
    assert [ids[i] for i in data["open"]] == list(view.opening) and 0 < len(view.opening) <= 10
    # the opening view: people and agencies with their posts and divisions, not divisions alone
    types = [network.nodes[n]["type"] for n in view.opening]
    assert types.count("Person") + types.count("Agency") > len(types) / 2
    # facts carry their sentences and articles, each stored once
    assert len(set(data["sentences"])) == len(data["sentences"])
    assert len({tuple(a) for a in data["articles"]}) == len(data["articles"])
    with_sources = [e for e in data["edges"] if e[4]]
    assert with_sources and all(len(e[4]) % 2 == 0 for e in data["edges"])
    assert all(s < len(data["sentences"]) for e in with_sources for s in e[4][0::2])
    assert all(data["articles"][a][0] for e in with_sources for a in e[4][1::2])
    feng = ids.index("https://kgraph.example.org/id/person/421000/冯荆柯")
    post = next(e for e in data["edges"] if e[0] == feng and data["relations"][e[2]] == "holdsPost")
    assert post[3] == "书记" and any("冯荆柯" in data["sentences"][s] for s in post[4][0::2])
    # the suggestions come from the graph
    assert view.examples and set(view.examples) <= {network.nodes[n]["label"] for n in view.opening}
    assert "Drawing" not in view.omitted


def test_a_small_graph_is_drawn_whole_and_focus_opens_on_a_neighbourhood(network):
    from kgraph.view.html import build_view

    whole = build_view(network)
    assert set(whole.opening) == set(network) and whole.omitted == ""
    focused = build_view(network, ViewOptions(focus="冯荆柯", depth=1))
    assert {network.nodes[n]["label"] for n in focused.opening} == {"冯荆柯", "公安县委", "公安县委政法委"}
    assert len(focused.network) == len(network)  # everything stays in the page
    typed = build_view(network, ViewOptions(types=("Person",)))
    assert {d["type"] for _, d in typed.network.nodes(data=True)} == {"Person"}
    assert "types Person" in typed.omitted
    with pytest.raises(InputError, match="no entity"):
        build_view(network, ViewOptions(focus="不存在的机构"))


def test_opening_view_prefers_people_and_agencies_with_their_posts(network):
    from kgraph.view.html import opening_view

    opening = opening_view(network, 12)
    assert len(opening) <= 12
    for node in opening:
        if network.nodes[node]["type"] == "Person":
            posts = {v for _, v, d in network.out_edges(node, data=True) if d["relation"] == "holdsPost"}
            assert not posts or posts & set(opening)
    assert network.nodes[opening[0]]["type"] in ("Person", "Agency")


# ---------------------------------------------------------------------- events and dated posts
# A graph as the events contract (events-spec.md) writes it, by hand: the sample page's
# entities, with invented local-news sentences of the kinds the issue names
# (某某会见某国客人, 县委书记王某某到某镇某村调研, 主持召开…会议, 某某同志任…), an event type
# and a role the view does not know, a relation it does not know, hostile text in an
# event's title and trigger, and 冯荆柯's holdings dated (one of them held before).
HOSTILE_TITLE = "<img src=x onerror=alert(1)>会议"
HOSTILE_TRIGGER = "</script><script>document.body.dataset.pwned=1</script>"
EVENTS_TTL = """
@prefix kg: <https://kgraph.example.org/ontology#> .
@prefix schema: <https://schema.org/> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix id: <https://kgraph.example.org/id/> .
@prefix event: <https://kgraph.example.org/id/event/> .
@prefix excerpt: <https://kgraph.example.org/id/excerpt/> .
@prefix statement: <https://kgraph.example.org/id/statement/> .

event:a1 a kg:Meeting ; rdfs:label "会见"@zh ; kg:trigger "会见"@zh ; schema:startDate "2023-04-14"^^xsd:date ;
  kg:agent <https://kgraph.example.org/id/person/421000/冯荆柯> ;
  kg:counterpart <https://kgraph.example.org/id/person/421000/洪绍山> ;
  prov:wasDerivedFrom excerpt:e1 .
excerpt:e1 a kg:Excerpt ; dcterms:isPartOf <https://kgraph.example.org/id/article/000_81ca9869dae714d6/2> ;
  kg:start 10 ; kg:end 30 ; kg:text "4月14日，冯荆柯会见洪绍山一行。"@zh .
<https://kgraph.example.org/id/article/000_81ca9869dae714d6/2> schema:mentions event:a1 .

event:a2 a kg:Meeting ; rdfs:label "会谈"@zh ; kg:trigger "会谈"@zh ; schema:startDate "2023-06-01"^^xsd:date ;
  kg:agent <https://kgraph.example.org/id/person/421000/冯荆柯> ;
  kg:counterpart <https://kgraph.example.org/id/person/421000/洪绍山> ;
  prov:wasDerivedFrom excerpt:e2 .
excerpt:e2 a kg:Excerpt ; dcterms:isPartOf <https://kgraph.example.org/id/article/000_81ca9869dae714d6/2> ;
  kg:start 40 ; kg:end 60 ; kg:text "6月1日，冯荆柯与洪绍山举行会谈。"@zh .

event:b1 a kg:Visit ; rdfs:label "调研"@zh ; kg:trigger "调研"@zh ; schema:startDate "2023-05-12"^^xsd:date ;
  kg:agent <https://kgraph.example.org/id/person/421000/冯荆柯> ;
  kg:destination <https://kgraph.example.org/id/division/421003> ;
  prov:wasDerivedFrom excerpt:e3 .
excerpt:e3 a kg:Excerpt ; dcterms:isPartOf <https://kgraph.example.org/id/article/000_81ca9869dae714d6/2> ;
  kg:start 70 ; kg:end 90 ; kg:text "县委副书记冯荆柯到荆州区某镇某村调研。"@zh .

event:c1 a kg:Gathering ; rdfs:label "召开 全县政法工作会议"@zh ; kg:trigger "召开"@zh ;
  schema:name "全县政法工作会议"@zh ; schema:startDate "2023-02-20"^^xsd:date ;
  schema:organizer <https://kgraph.example.org/id/agency/公安县委政法委> ;
  kg:chair <https://kgraph.example.org/id/person/421000/冯荆柯> ;
  schema:attendee <https://kgraph.example.org/id/person/421000/洪绍山>, <https://kgraph.example.org/id/person/421000/李珍珍> ;
  prov:wasDerivedFrom excerpt:e4 .
excerpt:e4 a kg:Excerpt ; dcterms:isPartOf <https://kgraph.example.org/id/article/000_81ca9869dae714d6/2> ;
  kg:start 100 ; kg:end 130 ; kg:text "2月20日，冯荆柯主持召开全县政法工作会议，洪绍山、李珍珍出席。"@zh .

event:d1 a kg:Appointment ; rdfs:label "任 签约摄影师"@zh ; kg:trigger "任"@zh ; kg:change "start" ;
  kg:appointee <https://kgraph.example.org/id/person/421000/倪隆广> ;
  kg:organization <https://kgraph.example.org/id/agency/荆州日报> ;
  kg:post <https://kgraph.example.org/id/post/荆州日报/签约摄影师> ; kg:title "签约摄影师"@zh ;
  prov:wasDerivedFrom excerpt:e5 .
excerpt:e5 a kg:Excerpt ; dcterms:isPartOf <https://kgraph.example.org/id/article/000_81ca9869dae714d6/3> ;
  kg:start 10 ; kg:end 30 ; kg:text "倪隆广同志任荆州日报签约摄影师。"@zh .

event:x1 a kg:Inspection ; kg:trigger "检查"@zh ; schema:startDate "2023-07-01"^^xsd:date ;
  kg:inspector <https://kgraph.example.org/id/person/421000/冯荆柯> ;
  kg:agent <https://kgraph.example.org/id/agency/公安县公安局> .

event:h1 a kg:Gathering ; rdfs:label "%(trigger)s %(title)s"@zh ; kg:trigger "%(trigger)s"@zh ;
  schema:name "%(title)s"@zh ; schema:startDate "2023-08-08"^^xsd:date ;
  schema:attendee <https://kgraph.example.org/id/person/421000/冯荆柯> ;
  prov:wasDerivedFrom excerpt:e6 .
excerpt:e6 a kg:Excerpt ; dcterms:isPartOf <https://kgraph.example.org/id/article/000_81ca9869dae714d6/2> ;
  kg:start 140 ; kg:end 160 ; kg:text "%(trigger)s%(title)s"@zh .

<https://kgraph.example.org/id/agency/公安县司法局> kg:twinnedWith <https://kgraph.example.org/id/agency/松滋市公安局> .

statement:f53c63b3bf13512d1f3e kg:former false ;
  kg:firstSeen "2023-01-05"^^xsd:date ; kg:lastSeen "2023-03-20"^^xsd:date .
statement:3ec62e135dfba7791a49 kg:former true ;
  kg:firstSeen "2022-11-02"^^xsd:date ; kg:lastSeen "2022-12-30"^^xsd:date .
""" % {"title": HOSTILE_TITLE, "trigger": HOSTILE_TRIGGER.replace('"', '\\\\"')}
FENG_IRI = "https://kgraph.example.org/id/person/421000/冯荆柯"
HONG_IRI = "https://kgraph.example.org/id/person/421000/洪绍山"
EVENT = "https://kgraph.example.org/id/event/"


def graph_with_events(sample_graph):
    """A copy of the sample page's graph with the events and dated holdings above."""
    import pyoxigraph as ox

    from kgraph import KnowledgeGraph

    graph = KnowledgeGraph()
    graph.store.extend(sample_graph.store)
    graph.store.load(EVENTS_TTL.encode("utf-8"), format=ox.RdfFormat.TURTLE)
    return graph


@pytest.fixture(scope="module")
def events_graph(sample_graph):
    return graph_with_events(sample_graph)


def test_every_role_of_the_model_has_a_property():
    from kgraph.model import EVENT_ROLES
    from kgraph.view.network import EVENT_ROLE_PROPERTIES

    assert set(EVENT_ROLE_PROPERTIES) == {role for roles in EVENT_ROLES.values() for role in roles}
    assert len(set(EVENT_ROLE_PROPERTIES.values())) == len(EVENT_ROLE_PROPERTIES)


def test_events_are_nodes_with_role_edges_in_the_network(events_graph):
    network = to_networkx(events_graph)
    meeting = network.nodes[EVENT + "a1"]
    assert meeting["kind"] == "event" and meeting["type"] == "Meeting" and meeting["date"] == "2023-04-14"
    assert meeting["sentences"] == ["4月14日，冯荆柯会见洪绍山一行。"] and meeting["articles"] == 1
    roles = {(d["relation"], v) for _, v, d in network.out_edges(EVENT + "a1", data=True)}
    assert roles == {("agent", FENG_IRI), ("counterpart", HONG_IRI)}
    gathering = network.nodes[EVENT + "c1"]
    assert gathering["title"] == "全县政法工作会议" and gathering["label"] == "召开 全县政法工作会议"
    assert {d["relation"] for _, _, d in network.out_edges(EVENT + "c1", data=True)} == {
        "organizer", "chair", "attendee"}
    appointment = network.nodes[EVENT + "d1"]
    assert (appointment["title"], appointment["change"]) == ("签约摄影师", "start")
    # a type and a role the view does not know, and a relation it does not know: drawn, not dropped
    inspection = network.nodes[EVENT + "x1"]
    assert inspection["type"] == "Inspection" and inspection["label"] == "检查"
    assert {d["relation"] for _, _, d in network.out_edges(EVENT + "x1", data=True)} == {"inspector", "agent"}
    twinned = [d["relation"] for u, v, d in network.edges(data=True) if network.nodes[u]["label"] == "公安县司法局"
               and network.nodes[v]["label"] == "松滋市公安局"]
    assert twinned == ["twinnedWith"]
    # the dated holdings
    posts = {d["label"]: d for u, _, d in network.out_edges(FENG_IRI, data=True) if d["relation"] == "holdsPost"}
    assert (posts["书记"]["first_seen"], posts["书记"]["last_seen"], posts["书记"]["former"]) == (
        "2023-01-05", "2023-03-20", False)
    assert posts["副书记"]["former"] is True
    # the stats count entities only; the roles are relations
    stats = graph_stats(events_graph, network=network)
    assert sum(stats.entities.values()) == sum(1 for _, d in network.nodes(data=True) if d.get("kind") != "event")
    assert stats.relations["attendee"] == 3


def test_meetings_visits_appointments_are_edges_gatherings_are_nodes(events_graph):
    from kgraph.view.html import build_view

    view = build_view(to_networkx(events_graph))
    drawn = view.network
    by_iri = {e.iri: e for e in view.events}
    assert [e.date for e in view.events] == sorted((e.date for e in view.events if e.date), reverse=True) + [
        "" for e in view.events if not e.date]  # newest first, undated last
    # a meeting, a visit, an appointment: an edge between participants, no node of its own
    for name, relation, source, target in (("a1", "Meeting", FENG_IRI, HONG_IRI),
                                           ("b1", "Visit", FENG_IRI, "https://kgraph.example.org/id/division/421003"),
                                           ("d1", "Appointment", "https://kgraph.example.org/id/person/421000/倪隆广",
                                            "https://kgraph.example.org/id/agency/荆州日报")):
        assert EVENT + name not in drawn and not by_iri[EVENT + name].node
        assert drawn.edges[source, target, EVENT + name]["relation"] == relation
    # a gathering, an unknown type: a node with one edge per role (a star, no clique of attendees)
    for name in ("c1", "x1", "h1"):
        assert EVENT + name in drawn and by_iri[EVENT + name].node
    assert not drawn.has_edge(HONG_IRI, "https://kgraph.example.org/id/person/421000/李珍珍")
    assert {(d["relation"], v) for _, v, d in drawn.out_edges(EVENT + "c1", data=True)} == {
        ("organizer", "https://kgraph.example.org/id/agency/公安县委政法委"), ("chair", FENG_IRI),
        ("attendee", HONG_IRI), ("attendee", "https://kgraph.example.org/id/person/421000/李珍珍")}
    # every event in the graph is on the page, and every argument of each
    network = to_networkx(events_graph)
    assert set(by_iri) == {n for n, d in network.nodes(data=True) if d.get("kind") == "event"}
    assert sum(len(e.arguments) for e in view.events) == sum(
        1 for u, _ in network.edges() if network.nodes[u].get("kind") == "event")


def test_a_meeting_missing_a_side_is_a_node():
    from kgraph.view.html import draw_events

    network = nx.MultiDiGraph()
    network.add_node("p", label="王某某", type="Person")
    network.add_node("e", label="会见", type="Meeting", kind="event", date="", trigger="会见", title="", change="")
    network.add_edge("e", "p", relation="agent", label="")
    drawn, events = draw_events(network)
    assert "e" in drawn and events[0].node and events[0].arguments == (("agent", "p"),)


def test_the_page_carries_events_dated_posts_and_hostile_event_text_as_data(events_graph, sample_graph, tmp_path):
    from kgraph.view import write_view

    path = tmp_path / "events.html"
    view = write_view(events_graph, path)
    html = path.read_text(encoding="utf-8")
    assert "<img" not in html and "document.body.dataset.pwned=1</script>" not in html
    data = _page_data(html)
    ids = [data["base"] + i for i in data["ids"]]
    events = {(data["types"][e[0]], e[1]): e for e in data["events"]}
    # the seven written here, and those the events stage read on the sample page itself
    own = len(list(sample_graph.query("SELECT DISTINCT ?e WHERE { ?e kg:trigger ?t }")))
    assert len(data["events"]) == len(view.events) == 7 + own
    hostile = events[("Gathering", "2023-08-08")]
    assert hostile[2] == HOSTILE_TRIGGER and hostile[3] == HOSTILE_TITLE
    assert data["labels"][hostile[5]] == HOSTILE_TRIGGER + " " + HOSTILE_TITLE
    meeting = events[("Meeting", "2023-04-14")]
    assert meeting[5] == -1 and [data["relations"][meeting[6][0]], ids[meeting[6][1]]] == ["agent", FENG_IRI]
    assert data["sentences"][meeting[7][0]] == "4月14日，冯荆柯会见洪绍山一行。"
    assert data["articles"][meeting[7][1]][0].startswith("公安县委副书记")
    # the edges that draw events point at them; posts carry their days and whether held before
    feng = ids.index(FENG_IRI)
    drawn_meetings = [k for k, e in enumerate(data["edges"]) if data["relations"][e[2]] == "Meeting"]
    assert len(drawn_meetings) == 2 and all(data["events"][data["edgeEvent"][str(k)]][0] == meeting[0]
                                           for k in drawn_meetings)
    posts = {e[3]: k for k, e in enumerate(data["edges"]) if e[0] == feng and data["relations"][e[2]] == "holdsPost"}
    assert data["seen"][str(posts["书记"])] == ["2023-01-05", "2023-03-20"]
    assert posts["副书记"] in data["former"] and posts["书记"] not in data["former"]
    assert "twinnedWith" in data["relations"]


def test_a_graph_without_events_has_none(network):
    from kgraph.view.html import build_view

    without = network.copy()
    without.remove_nodes_from([n for n, d in network.nodes(data=True) if d.get("kind") == "event"])
    view = build_view(without)
    assert view.events == () and not any(d.get("event") for *_, d in view.network.edges(data=True))


def test_the_opening_view_draws_whom_a_person_meets_most(events_graph):
    from kgraph.view.html import build_view, opening_view

    drawn = build_view(to_networkx(events_graph)).network
    opening = opening_view(drawn, 12)
    assert opening[0] == FENG_IRI  # the most connected person
    # with his posts' agencies, the two his events link him to most: 洪绍山 (met twice) and
    # 荆州区 (a visit; the other events have one participant each too, but fewer links)
    cluster = opening[:opening.index(HONG_IRI) + 2]
    assert "https://kgraph.example.org/id/agency/公安县委政法委" in cluster
    assert cluster[-1] == "https://kgraph.example.org/id/division/421003"

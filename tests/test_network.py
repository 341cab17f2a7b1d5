"""The entity network: analytics on the sample graph and GraphML for graph tools."""
import networkx as nx
import pytest

from kgraph.view import graph_stats, to_networkx, write_graphml


@pytest.fixture(scope="module")
def graph(sample_graph):
    return sample_graph


@pytest.fixture(scope="module")
def network(sample_graph):
    return to_networkx(sample_graph)


def _node(network, label):
    return next(d for _, d in network.nodes(data=True) if d["label"] == label)


def test_nodes_carry_what_a_reader_needs(network):
    feng = _node(network, "冯荆柯")
    assert feng["type"] == "Person" and feng["role"] == "official"
    assert feng["posts"] == ["公安县委副书记", "公安县委政法委书记"]
    assert any("冯荆柯" in s for s in feng["sentences"])
    zone = _node(network, "荆州经济技术开发区")
    assert zone["code"] == "421071" and zone["level"] == "county" and "经开区" in zone["aliases"]


def test_posts_are_edges_labelled_with_the_title(network):
    titles = {(network.nodes[u]["label"], network.nodes[v]["label"], d["label"])
              for u, v, d in network.edges(data=True) if d["relation"] == "holdsPost"}
    assert ("冯荆柯", "公安县委政法委", "书记") in titles


def test_stats(graph, network):
    stats = graph_stats(graph, top=5, network=network)
    assert stats.entities["Person"] == sum(1 for _, d in network.nodes(data=True) if d["type"] == "Person")
    assert stats.relations["holdsPost"] == 3
    assert stats.triples == len(graph)
    assert stats.components >= 1 and stats.largest_component <= len(network)
    # the county with the most agencies is among the most connected and most central
    assert "公安县" in [label for label, _, _ in stats.top_degree]
    assert "公安县" in [label for label, _, _ in stats.top_pagerank]
    # towns and villages the page names but no agency sits in; a city with agencies is not listed
    assert {"李埠镇", "万城村"} <= set(stats.divisions_without_agencies)
    assert "荆州市" not in stats.divisions_without_agencies and "湖北省" not in stats.divisions_without_agencies
    assert "冯荆柯" not in stats.people_without_posts and "洪绍山" in stats.people_without_posts
    text = stats.to_text()
    assert "PageRank" in text and "公安县" in text


def test_graphml_round_trips(network, tmp_path):
    out = tmp_path / "g.graphml"
    write_graphml(network, out)
    back = nx.read_graphml(out, force_multigraph=True)
    assert back.number_of_nodes() == network.number_of_nodes()
    assert back.number_of_edges() == network.number_of_edges()
    feng = next(d for _, d in back.nodes(data=True) if d["label"] == "冯荆柯")
    assert feng["posts"] == "公安县委副书记; 公安县委政法委书记"


def test_events_and_dated_posts_go_to_graphml(sample_graph, tmp_path):
    from .test_viz import EVENT, FENG_IRI, graph_with_events

    network = to_networkx(graph_with_events(sample_graph))
    out = tmp_path / "events.graphml"
    write_graphml(network, out)
    back = nx.read_graphml(out, force_multigraph=True)
    assert back.number_of_nodes() == network.number_of_nodes()
    assert back.number_of_edges() == network.number_of_edges()
    gathering = back.nodes[EVENT + "c1"]
    assert (gathering["kind"], gathering["type"], gathering["date"], gathering["title"]) == (
        "event", "Gathering", "2023-02-20", "全县政法工作会议")
    assert {d["relation"] for _, _, d in back.out_edges(EVENT + "c1", data=True)} == {"organizer", "chair", "attendee"}
    post = next(d for _, _, d in back.out_edges(FENG_IRI, data=True) if d.get("label") == "书记")
    assert (post["first_seen"], post["last_seen"], post["former"]) == ("2023-01-05", "2023-03-20", False)


def test_each_event_sentence_is_read_once(sample_graph):
    """The sources query joins each event to its own excerpts (it once joined every event to
    every excerpt: right after deduplication, but quadratic on a year of news)."""
    from kgraph.view.network import _SOURCES, EVENT_PATTERN

    from .test_viz import EVENT, graph_with_events

    # the sample page's own events (read by the events stage) are left out: the six written here count
    own = {e for e, _ in sample_graph.query(_SOURCES % EVENT_PATTERN)}
    rows = [(e, text) for e, text in graph_with_events(sample_graph).query(_SOURCES % EVENT_PATTERN)
            if e.startswith(EVENT) and e not in own]
    assert len(rows) == len(set(rows)) == 6  # six events have one sentence each

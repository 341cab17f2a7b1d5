"""The HTML view without a browser: reduction of big graphs, and that untrusted text
never reaches the page as markup.  tests/test_browser.py opens it in Chromium."""
import json
import re

import networkx as nx
import pytest

from kgraph import InputError
from kgraph.view import to_networkx
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
    assert {d["type"] for _, d in kept.nodes(data=True)} == {
        "AdministrativeDivision", "Agency", "Person", "Program", "Place"}
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

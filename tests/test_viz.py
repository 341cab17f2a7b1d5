"""The HTML view without a browser: reduction of big graphs, and that untrusted text
never reaches the page as markup.  tests/test_browser.py opens it in Chromium."""
import json
import re

import networkx as nx
import pytest

from kgraph import InputError
from kgraph.network import to_networkx
from kgraph.viz import View, ViewOptions, reduce_network, render_html

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
    from kgraph.viz import _vis_js

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

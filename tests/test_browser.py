"""The HTML view in a real browser: headless Chromium with every network request
blocked and recorded.  Skips (saying why) without Playwright or Chromium, unless
KGRAPH_REQUIRE_BROWSER=1 (as .ci/run sets), where a missing browser is a failure."""
import os
import shutil
from pathlib import Path
from urllib.parse import quote

import pyoxigraph as ox
import pytest
from rdflib.namespace import RDFS, SKOS

from kgraph import KnowledgeGraph
from kgraph.view import ViewOptions, write_view

REQUIRED = os.environ.get("KGRAPH_REQUIRE_BROWSER") == "1"
FENG = "https://kgraph.example.org/id/person/421000/冯荆柯"


def _chromium():
    for name in (os.environ.get("KGRAPH_CHROMIUM"), "chromium", "chromium-browser", "google-chrome"):
        if name and shutil.which(name):
            return shutil.which(name)
    return None


def _unavailable():
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "Playwright is not installed (pip install -e '.[browser]')"
    if _chromium() is None:
        return "Chromium not found (Debian package chromium; .ci/run installs it; or set KGRAPH_CHROMIUM)"
    return None


@pytest.fixture(scope="module")
def browser():
    reason = _unavailable()
    if reason:
        if REQUIRED:
            pytest.fail(reason)
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(
            executable_path=_chromium(),
            args=["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--host-resolver-rules=MAP * ~NOTFOUND"])
        yield instance
        instance.close()


class Page:
    """A page opened with the network blocked; what it tried to fetch, and any dialogs."""

    def __init__(self, browser, path, fragment=""):
        self.requests, self.dialogs, self.errors = [], [], []
        self.context = browser.new_context(viewport={"width": 1300, "height": 800})
        self.context.route("**/*", self._route)
        self.page = self.context.new_page()
        self.page.on("dialog", lambda dialog: (self.dialogs.append(dialog.message), dialog.dismiss()))
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.goto(path.resolve().as_uri() + fragment)
        self.page.wait_for_selector("body[data-ready]", timeout=15000)
        self.page.wait_for_selector("body[data-stabilized]", timeout=30000)

    def _route(self, route):
        url = route.request.url
        if url.startswith("file:"):
            route.continue_()
        else:
            self.requests.append(url)
            route.abort()

    def close(self):
        self.context.close()


@pytest.fixture(scope="module")
def sample_page(browser, sample_graph, tmp_path_factory):
    path = tmp_path_factory.mktemp("viz") / "graph.html"
    write_view(sample_graph, path)
    page = Page(browser, path)
    yield page
    page.close()


def test_renders_offline_with_the_expected_nodes(sample_page, sample_graph):
    page = sample_page.page
    ids = page.evaluate("kgraph.nodes.getIds()")
    labels = set(page.evaluate("kgraph.nodes.get().map(n => n.label)"))
    assert {"冯荆柯", "公安县人民法院", "荆州市", "“党员敲门”行动"} <= labels
    assert FENG in ids
    positions = page.evaluate("kgraph.network.getPositions()")
    assert len(positions) == len(ids) and len({(round(p["x"]), round(p["y"])) for p in positions.values()}) > 1
    assert page.locator("#legend label").count() == 5
    assert sample_page.requests == [] and sample_page.errors == []


def test_search_finds_and_focuses(sample_page):
    page = sample_page.page
    page.fill("#search", "冯荆柯")
    button = page.locator("#results button").first
    assert button.inner_text().startswith("冯荆柯")
    page.press("#search", "Enter")
    page.wait_for_selector("body[data-focused]")
    assert page.get_attribute("body", "data-focused") == FENG
    assert page.locator("#details h3").inner_text() == "冯荆柯"
    assert "公安县委政法委书记" in page.locator("#details").inner_text()
    assert page.evaluate("kgraph.network.getSelectedNodes()") == [FENG]


def test_search_by_alias_and_link(browser, sample_graph, tmp_path):
    path = tmp_path / "g.html"
    write_view(sample_graph, path)
    opened = Page(browser, path, "#search=经开区")
    try:
        focused = opened.page.get_attribute("body", "data-focused")
        assert focused.endswith("/division/421071")
    finally:
        opened.close()


def test_type_filter_hides_nodes(sample_page):
    page = sample_page.page
    page.uncheck('#legend input[data-type="Person"]')
    assert page.evaluate(f"kgraph.nodes.get({FENG!r}).hidden") is True
    page.fill("#search", "冯荆柯")
    assert page.locator("#results button").count() == 0
    page.check('#legend input[data-type="Person"]')
    assert page.evaluate(f"kgraph.nodes.get({FENG!r}).hidden") is False


PAYLOAD = "<img src=x onerror=alert(1)>"
BREAKOUT = "</script><script>alert(2);document.body.dataset.pwned=1</script>"


def test_hostile_text_runs_nothing(browser, sample_graph, tmp_path):
    graph = KnowledgeGraph()
    graph.store.extend(sample_graph.store)
    label, alt = ox.NamedNode(str(RDFS.label)), ox.NamedNode(str(SKOS.altLabel))
    court = next(q.subject for q in graph.store.quads_for_pattern(None, label, ox.Literal("公安县人民法院", language="zh")))
    graph.store.remove(ox.Quad(court, label, ox.Literal("公安县人民法院", language="zh")))
    graph.store.add(ox.Quad(court, label, ox.Literal(PAYLOAD, language="zh")))
    graph.store.add(ox.Quad(ox.NamedNode(FENG), alt, ox.Literal(BREAKOUT, language="zh")))
    path = tmp_path / "hostile.html"
    write_view(graph, path, ViewOptions(title=BREAKOUT + PAYLOAD))
    opened = Page(browser, path)
    page = opened.page
    try:
        assert page.locator("#heading").inner_text() == BREAKOUT + PAYLOAD
        # search results and the side panel show the payloads as text
        page.fill("#search", "<img")
        assert page.locator("#results button").first.inner_text().startswith(PAYLOAD)
        page.locator("#results button").first.click()
        assert page.locator("#details h3").inner_text() == PAYLOAD
        page.fill("#search", "</script>")
        page.press("#search", "Enter")
        assert BREAKOUT in page.locator("#details").inner_text()
        # the tooltip too: bring the court to the middle and hover it
        point = page.evaluate(f"""(() => {{
            const at = kgraph.network.getPositions([{court.value!r}])[{court.value!r}];
            kgraph.network.moveTo({{position: at, scale: 1.5, animation: false}});
            return kgraph.network.canvasToDOM(at);
        }})()""")
        box = page.locator("#network").bounding_box()
        page.mouse.move(box["x"] + point["x"], box["y"] + point["y"])
        page.wait_for_selector("div.vis-tooltip", state="visible", timeout=5000)
        assert PAYLOAD in page.locator("div.vis-tooltip").inner_text()
        # nothing ran, no element was made from the text, nothing was fetched
        assert opened.dialogs == []
        assert page.evaluate("document.body.dataset.pwned") is None
        assert page.locator("img").count() == 0
        assert opened.requests == []
    finally:
        opened.close()


# ---------------------------------------------------------------------- a real corpus
NEWS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "news" / "xwlb-2023.jsonl"
NEWS_STORIES = 250


@pytest.fixture(scope="session")
def news_graph(tmp_path_factory):
    """The graph of the first stories of a year of national news (../shared), built once."""
    if not NEWS.exists():
        pytest.skip(f"the news corpus is not here ({NEWS}): these tests need the shared data beside the repository")
    import kgraph

    path = tmp_path_factory.mktemp("news") / "news.jsonl"
    with NEWS.open(encoding="utf-8") as source:
        path.write_text("".join(line for _, line in zip(range(NEWS_STORIES), source)), encoding="utf-8")
    graph = KnowledgeGraph()
    graph.add(kgraph.extract(path))
    return graph


@pytest.fixture(scope="module")
def news_page(browser, news_graph, tmp_path_factory):
    path = tmp_path_factory.mktemp("newsviz") / "news.html"
    view = write_view(news_graph, path)
    page = Page(browser, path)
    yield page, view, path
    page.close()


def _neighbours(network, node):
    return set(network.predecessors(node)) | set(network.successors(node))


def _grow_and_shrink(browser, opened, view, path):
    """Search an entity the opening view does not draw, expand a neighbour, hide it again,
    and reopen the same view from the fragment."""
    page, network = opened.page, view.network
    before = set(page.evaluate("kgraph.visibleIds()"))
    assert before == set(view.opening)
    assert page.evaluate("kgraph.entityCount()") == len(network)
    # an entity that is not drawn, with a few neighbours, one of which has more to draw
    candidates = sorted((n for n in network if n not in before and 2 <= len(_neighbours(network, n)) <= 20
                         and any(_neighbours(network, m) - _neighbours(network, n) - {n}
                                 for m in _neighbours(network, n))),
                        key=lambda n: (-len(_neighbours(network, n)), n))
    assert candidates, "no entity to search for"
    target = candidates[0]
    name = network.nodes[target]["label"]
    assert page.evaluate("name => kgraph.search(name)", name) == target
    after = set(page.evaluate("kgraph.visibleIds()"))
    assert target in after and _neighbours(network, target) <= after
    assert after - before <= {target} | _neighbours(network, target)
    assert page.get_attribute("body", "data-focused") == target
    assert page.locator("#details h3").inner_text() == name
    # expand a neighbour: what is drawn grows by its neighbours
    neighbour = next(m for m in sorted(_neighbours(network, target)) if _neighbours(network, m) - after)
    added = page.evaluate("id => kgraph.expand(id)", neighbour)
    grown = set(page.evaluate("kgraph.visibleIds()"))
    assert added > 0 and len(grown) == len(after) + added
    assert grown - after <= _neighbours(network, neighbour)
    assert len(grown - after) == min(len(_neighbours(network, neighbour) - after), 40)
    # hidden again
    assert page.evaluate("id => kgraph.hide(id)", neighbour) is True
    shown = set(page.evaluate("kgraph.visibleIds()"))
    assert neighbour not in shown and shown == grown - {neighbour}
    assert page.evaluate("name => kgraph.search(name)", "没有这个名字的实体") is None
    # the fragment reopens the same view
    fragment = page.evaluate("location.hash")
    assert fragment.startswith("#search=")
    again = Page(browser, path, fragment)
    try:
        assert set(again.page.evaluate("kgraph.visibleIds()")) == shown
        assert again.page.get_attribute("body", "data-focused") is not None
        assert again.requests == [] and again.errors == []
    finally:
        again.close()
    assert opened.requests == [] and opened.errors == [] and opened.dialogs == []


def test_news_search_expand_hide_and_share(browser, news_page):
    opened, view, path = news_page
    _grow_and_shrink(browser, opened, view, path)


def test_sample_search_expand_hide_and_share(browser, sample_graph, tmp_path):
    path = tmp_path / "small.html"
    view = write_view(sample_graph, path, ViewOptions(max_nodes=30))
    opened = Page(browser, path)
    try:
        _grow_and_shrink(browser, opened, view, path)
    finally:
        opened.close()


def test_news_opening_view_reads(news_page):
    opened, view, _ = news_page
    page, network = opened.page, view.network
    drawn = page.evaluate("kgraph.visibleIds()")
    assert 20 <= len(drawn) <= 70 < len(network)
    types = [network.nodes[n]["type"] for n in drawn]
    assert types.count("Person") >= 5 and types.count("Agency") >= 5
    assert types.count("AdministrativeDivision") < len(drawn) / 2
    # labelled, short on the canvas, readable at the opening zoom (about 12px or more)
    labels = page.evaluate("kgraph.nodes.get().map(n => n.label)")
    assert all(label and len(label.split(" ")[0]) <= 12 for label in labels)
    font = page.evaluate("kgraph.network.getScale() * kgraph.network.body.nodes[kgraph.visibleIds()[0]].options.font.size")
    assert font >= 11.5
    # suggestions from this graph, not from the sample page
    placeholder = page.get_attribute("#search", "placeholder")
    assert "冯荆柯" not in placeholder and placeholder.split(",")[0] in {network.nodes[n]["label"] for n in drawn}
    assert page.locator("#examples button").count() >= 1
    # the side panel: facts with sentences and articles, neighbours as links that draw
    person = max((n for n in drawn if network.nodes[n]["type"] == "Person"),
                 key=lambda n: (len(_neighbours(network, n)), n))
    page.evaluate("id => kgraph.focus(id)", person)
    panel = page.locator("#details")
    assert panel.locator("h3").inner_text() == network.nodes[person]["label"]
    assert panel.locator(".fact .sentence").count() >= 1
    assert "《" in panel.locator(".fact .source").first.inner_text()
    link = panel.locator(".group button.link").first
    other = link.get_attribute("data-id")
    link.click()
    assert other in page.evaluate("kgraph.visibleIds()")
    assert panel.locator("h3").inner_text() == network.nodes[other]["label"]


def test_news_click_expands_and_fold(news_page):
    opened, view, _ = news_page
    page, network = opened.page, view.network
    page.evaluate("kgraph.reset()")
    before = set(page.evaluate("kgraph.visibleIds()"))
    node = next(n for n in sorted(before, key=lambda n: -len(_neighbours(network, n)))
                if _neighbours(network, n) - before)
    point = page.evaluate("""id => {
        const at = kgraph.network.getPositions([id])[id];
        kgraph.network.moveTo({position: at, scale: 1.2, animation: false});
        return kgraph.network.canvasToDOM(at);
    }""", node)
    box = page.locator("#network").bounding_box()
    page.mouse.click(box["x"] + point["x"], box["y"] + point["y"])
    after = set(page.evaluate("kgraph.visibleIds()"))
    assert node in after and after > before and after - before <= _neighbours(network, node)
    assert page.locator("#details h3").inner_text() == network.nodes[node]["label"]
    # towns and villages folded into their county or city
    def folds(node, steps=6):  # a town or village inside a known county or city
        parents = [v for _, v, d in network.out_edges(node, data=True) if d["relation"] == "partOf"]
        return bool(parents) and steps > 0 and (
            network.nodes[parents[0]].get("level") not in ("township", "village") or folds(parents[0], steps - 1))

    small = {n for n in network if network.nodes[n].get("level") in ("township", "village") and folds(n)}
    assert small
    page.evaluate("kgraph.fold(true)")
    for name in sorted(network.nodes[n]["label"] for n in small)[:3]:
        page.evaluate("name => kgraph.search(name)", name)
    assert not set(page.evaluate("kgraph.visibleIds()")) & small
    assert "fold=1" in page.evaluate("location.hash")
    page.evaluate("kgraph.fold(false)")
    page.evaluate("kgraph.reset()")
    assert set(page.evaluate("kgraph.visibleIds()")) == before


def test_news_payload_name_stays_inert(browser, news_graph, tmp_path):
    graph = KnowledgeGraph()
    graph.store.extend(news_graph.store)
    label, alt = ox.NamedNode(str(RDFS.label)), ox.NamedNode(str(SKOS.altLabel))
    from kgraph.view import to_networkx

    network = to_networkx(news_graph)
    victim = max((n for n in network if network.nodes[n]["type"] == "Agency"), key=lambda n: (network.degree(n), n))
    old = network.nodes[victim]["label"]
    graph.store.remove(ox.Quad(ox.NamedNode(victim), label, ox.Literal(old, language="zh")))
    graph.store.add(ox.Quad(ox.NamedNode(victim), label, ox.Literal(PAYLOAD, language="zh")))
    graph.store.add(ox.Quad(ox.NamedNode(victim), alt, ox.Literal(BREAKOUT, language="zh")))
    path = tmp_path / "hostile-news.html"
    write_view(graph, path)
    opened = Page(browser, path, "#search=" + quote(BREAKOUT))
    page = opened.page
    try:
        assert page.get_attribute("body", "data-focused") == victim
        assert page.locator("#details h3").inner_text() == PAYLOAD
        assert page.evaluate("name => kgraph.search(name)", PAYLOAD) == victim
        page.fill("#search", "<img")
        assert page.locator("#results button").first.inner_text().startswith(PAYLOAD)
        page.locator("#details .group button.link").first.click()
        assert opened.dialogs == [] and opened.errors == []
        assert page.evaluate("document.body.dataset.pwned") is None
        assert page.locator("img").count() == 0
        assert opened.requests == []
    finally:
        opened.close()


def test_an_empty_graph_opens(browser, tmp_path):
    path = tmp_path / "empty.html"
    write_view(KnowledgeGraph(), path)
    opened = Page(browser, path, "#search=冯荆柯")
    try:
        assert opened.page.evaluate("[kgraph.entityCount(), kgraph.visibleIds().length]") == [0, 0]
        assert opened.page.evaluate("kgraph.search('冯荆柯')") is None
        assert opened.errors == [] and opened.requests == []
    finally:
        opened.close()


# ---------------------------------------------------------------------- events and days
@pytest.fixture(scope="module")
def events_page(browser, sample_graph, tmp_path_factory):
    from .test_viz import graph_with_events

    path = tmp_path_factory.mktemp("events") / "events.html"
    view = write_view(graph_with_events(sample_graph), path)
    page = Page(browser, path)
    yield page, view, path
    page.close()


def _edges(page, relation):
    return sorted((e["from"], e["to"], e["label"]) for e in page.evaluate("kgraph.visibleEdges()")
                  if e["relation"] == relation)


def test_events_connect_their_participants(events_page):
    from .test_viz import EVENT, HONG_IRI

    opened, view, _ = events_page
    page = opened.page
    page.evaluate("kgraph.reset()")
    # the two meetings of one pair: one edge; a visit: an edge to the place; a gathering: a node
    assert _edges(page, "Meeting") == [(FENG, HONG_IRI, "会见 ×2")]
    assert _edges(page, "Visit") == [(FENG, "https://kgraph.example.org/id/division/421003", "调研")]
    visible = page.evaluate("kgraph.visibleIds()")
    assert EVENT + "c1" in visible and EVENT + "a1" not in visible
    roles = {(e["from"], e["to"], e["label"]) for e in page.evaluate("kgraph.visibleEdges()")
             if e["from"] == EVENT + "c1"}
    assert (EVENT + "c1", FENG, "主持") in roles and (EVENT + "c1", HONG_IRI, "出席") in roles
    # an event type and a role the style does not know: drawn under their own names
    assert (EVENT + "x1", FENG, "inspector") in {(e["from"], e["to"], e["label"])
                                                 for e in page.evaluate("kgraph.visibleEdges()")}
    assert page.locator("#event-legend label").count() == 5  # four types and Inspection
    assert opened.requests == [] and opened.errors == []


def test_a_persons_panel_lists_posts_with_days_and_events_newest_first(events_page):
    opened, _, _ = events_page
    page = opened.page
    page.evaluate("kgraph.reset()")
    page.evaluate("name => kgraph.search(name)", "冯荆柯")
    panel = page.locator("#details")
    text = panel.inner_text()
    assert "公安县委政法委书记（2023-01-05 – 2023-03-20）" in text
    assert "原 公安县委副书记（2022-11-02 – 2022-12-30）" in text
    days = [claim.split(" · ")[0] for claim in panel.locator(".event .claim").all_inner_texts()]
    assert days == ["2023-08-08", "2023-07-01", "2023-06-01", "2023-05-12", "2023-04-14", "2023-02-20"]
    assert [e["date"] for e in page.evaluate(f"kgraph.events({FENG!r})")] == days
    first_meeting = panel.locator(".event").nth(4)
    assert "会见" in first_meeting.inner_text() and "4月14日，冯荆柯会见洪绍山一行。" in first_meeting.inner_text()
    posts = {p["title"]: p for p in page.evaluate(f"kgraph.posts({FENG!r})")}
    assert (posts["书记"]["firstSeen"], posts["书记"]["lastSeen"], posts["书记"]["former"]) == (
        "2023-01-05", "2023-03-20", False)
    assert posts["副书记"]["former"] is True


def test_a_date_range_narrows_events_and_posts(browser, events_page):
    from .test_viz import EVENT, HONG_IRI

    opened, _, path = events_page
    page = opened.page
    page.evaluate("kgraph.reset()")
    assert page.evaluate("kgraph.dates()") == ["2022-11-02", "2023-08-08"]
    all_posts = _edges(page, "holdsPost")
    # May and June 2023: one meeting, the visit; not the February gathering nor the January post
    page.fill("#date-from", "2023-05-01")
    page.fill("#date-to", "2023-06-30")
    page.locator("#date-to").dispatch_event("change")
    assert _edges(page, "Meeting") == [(FENG, HONG_IRI, "会谈")]
    assert len(_edges(page, "Visit")) == 1
    visible = set(page.evaluate("kgraph.visibleIds()"))
    assert EVENT + "c1" not in visible and EVENT + "h1" not in visible
    posts = _edges(page, "holdsPost")
    assert not any(e[0] == FENG for e in posts) and len(posts) == len(all_posts) - 2
    # an undated appointment and post stay, unless asked
    assert len(_edges(page, "Appointment")) == 1
    fragment = page.evaluate("location.hash")
    assert "from=2023-05-01" in fragment and "to=2023-06-30" in fragment
    page.uncheck("#undated")
    assert _edges(page, "Appointment") == [] and _edges(page, "holdsPost") == []
    # the fragment reopens the same range
    again = Page(browser, path, page.evaluate("location.hash"))
    try:
        assert again.page.input_value("#date-from") == "2023-05-01"
        assert _edges(again.page, "Meeting") == [(FENG, HONG_IRI, "会谈")]
        assert _edges(again.page, "Appointment") == []
        assert again.requests == [] and again.errors == []
    finally:
        again.close()
    # the panel greys the events out of range
    page.evaluate("name => kgraph.search(name)", "冯荆柯")
    assert page.locator("#details .event.out").count() == 4
    page.evaluate("kgraph.dateRange('', '')")
    assert _edges(page, "Meeting") == [(FENG, HONG_IRI, "会见 ×2")] and _edges(page, "holdsPost") == all_posts
    assert opened.requests == [] and opened.errors == []


def test_hostile_event_text_runs_nothing(events_page):
    from .test_viz import EVENT, HOSTILE_TITLE, HOSTILE_TRIGGER

    opened, _, _ = events_page
    page = opened.page
    page.evaluate("kgraph.reset()")
    page.evaluate("id => kgraph.focus(id)", EVENT + "h1")
    panel = page.locator("#details")
    assert panel.locator("h3").inner_text() == HOSTILE_TRIGGER + " " + HOSTILE_TITLE
    assert HOSTILE_TITLE in panel.locator(".event .claim").inner_text()
    assert HOSTILE_TRIGGER + HOSTILE_TITLE in panel.locator(".event .sentence").inner_text()
    page.evaluate("name => kgraph.search(name)", "冯荆柯")
    assert HOSTILE_TITLE in page.locator("#details").inner_text()
    assert opened.dialogs == [] and opened.errors == []
    assert page.evaluate("document.body.dataset.pwned") is None
    assert page.locator("img").count() == 0 and opened.requests == []


def test_news_events_connect_people_at_the_opening(news_page):
    """Once the extraction reads events (the events stage), on real news: the opening view
    draws some, as edges between the people and places it draws; a person's events come
    newest first; a month's range draws only that month's (and undated) events."""
    opened, view, _ = news_page
    if not view.events:
        pytest.skip("the extraction of this checkout reads no events (the events stage is not in it)")
    page, network = opened.page, view.network
    page.evaluate("kgraph.reset()")
    drawn = set(page.evaluate("kgraph.visibleIds()"))
    assert page.evaluate("kgraph.drawnEvents()")
    pairs = [e for e in page.evaluate("kgraph.visibleEdges()") if e["relation"] in ("Meeting", "Visit", "Appointment")]
    assert pairs and all(e["from"] in drawn and e["to"] in drawn for e in pairs)
    busiest = max((n for n in network if network.nodes[n]["type"] == "Person"),
                  key=lambda n: (sum(1 for e in view.events if any(v == n for _, v in e.arguments)), n))
    days = [e["date"] for e in page.evaluate("id => kgraph.events(id)", busiest)]
    dated = [d for d in days if d]
    assert dated == sorted(dated, reverse=True) and days == dated + [None] * (len(days) - len(dated))
    month = sorted(e.date for e in view.events if e.date)[len(dated) // 2][:7]
    page.evaluate("m => kgraph.dateRange(m + '-01', m + '-31')", month)
    assert {e["date"][:7] for e in page.evaluate("kgraph.drawnEvents()") if e["date"]} <= {month}
    page.evaluate("kgraph.dateRange('', '')")
    assert opened.errors == [] and opened.requests == []

"""The HTML view in a real browser: headless Chromium with every network request
blocked and recorded.  Skips (saying why) without Playwright or Chromium, unless
KGRAPH_REQUIRE_BROWSER=1 (as .ci/run sets), where a missing browser is a failure."""
import os
import shutil

import pyoxigraph as ox
import pytest
from rdflib.namespace import RDFS, SKOS

from kgraph import KnowledgeGraph
from kgraph.viz import ViewOptions, write_view

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

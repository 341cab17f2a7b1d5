"""A demanding user's faults: outputs that are not plain files (a pipe, a link), hostile
graph files, standard output that cannot be written, text that would drive a terminal.
Each case was found by running the README's commands against such input."""
import os
import signal
import stat
import subprocess
import sys
import threading

import pytest

from kgraph import KnowledgeGraph
from kgraph.files import atomic_write

from .conftest import ROOT, SAMPLE


def kgraph(*args, timeout=180, **kwargs):
    # this tree's kgraph, from any working directory
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")])}
    streams = {"stdout": subprocess.PIPE, "stderr": subprocess.PIPE, "env": env, **kwargs}
    return subprocess.run([sys.executable, "-m", "kgraph", *args], text=True, timeout=timeout, **streams)


@pytest.fixture(scope="module")
def graph_file(tmp_path_factory, sample_graph):
    path = tmp_path_factory.mktemp("robust") / "graph.ttl"
    sample_graph.write(path)
    return path


# ------------------------------------------------------------------ outputs that are not plain files

def _read_fifo(path, into):
    with open(path, "rb") as handle:
        into.append(handle.read())


def test_a_pipe_as_output_is_written_into_not_replaced(tmp_path, graph_file):
    # run as root, `kgraph extract … -o /dev/stdout` once left a JSON file at /dev/stdout and
    # `-o /dev/null` a file at /dev/null: the rename that commits a file replaced the device
    fifo = tmp_path / "out.nt"
    os.mkfifo(fifo)
    got = []
    reader = threading.Thread(target=_read_fifo, args=(fifo, got), daemon=True)
    reader.start()
    result = kgraph("export", str(graph_file), "-o", str(fifo))
    reader.join(timeout=60)
    assert result.returncode == 0, result.stderr
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)  # still the pipe
    assert got and got[0].count(b"\n") == len(KnowledgeGraph.load(graph_file))
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_atomic_write_into_a_pipe_in_process(tmp_path):
    fifo = tmp_path / "report.txt"
    os.mkfifo(fifo)
    got = []
    reader = threading.Thread(target=_read_fifo, args=(fifo, got), daemon=True)
    reader.start()
    atomic_write(fifo, lambda handle: handle.write("公安县\n"))
    reader.join(timeout=10)
    assert got == ["公安县\n".encode()]
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


def test_a_link_as_output_stays_a_link(tmp_path, graph_file):
    releases = tmp_path / "releases"
    releases.mkdir()
    (releases / "v1.ttl").write_text("# old\n", encoding="utf-8")
    link = tmp_path / "graph.ttl"
    link.symlink_to(releases / "v1.ttl")
    result = kgraph("export", str(graph_file), "-o", str(link))
    assert result.returncode == 0, result.stderr
    assert link.is_symlink() and link.resolve() == (releases / "v1.ttl").resolve()
    assert len(KnowledgeGraph.load(releases / "v1.ttl")) == len(KnowledgeGraph.load(graph_file))


def test_a_link_into_a_missing_folder_is_exit_3(tmp_path):
    link = tmp_path / "out.json"
    link.symlink_to(tmp_path / "gone" / "out.json")
    result = kgraph("extract", str(SAMPLE), "--model", "none", "--format", "json", "-o", str(link))
    assert result.returncode == 3, result.stderr
    assert result.stderr.count("\n") == 1 and "does not exist" in result.stderr
    assert link.is_symlink()


# ------------------------------------------------------------------ hostile graph files

_RDF = '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://ex.org/">'


def _laughs(levels):
    """The "billion laughs": each entity ten of the one before (a mild one here: the
    parser once expanded ten levels of it to 18 GB in a minute)."""
    lines = ['<!ENTITY l0 "lollollollollollollollollollol">']
    lines += [f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, levels)]
    return (f'<?xml version="1.0"?>\n<!DOCTYPE r [\n{chr(10).join(lines)}\n]>\n{_RDF}'
            f'<rdf:Description rdf:about="http://ex.org/a"><ex:p>&l{levels - 1};</ex:p></rdf:Description></rdf:RDF>\n')


@pytest.mark.parametrize("command", [("stats",), ("query", "ASK {}"), ("validate",)])
def test_an_xml_entity_bomb_is_refused_before_it_is_expanded(tmp_path, command):
    bomb = tmp_path / "bomb.rdf"
    bomb.write_text(_laughs(6), encoding="utf-8")  # 3 MB expanded: a parser without the check reads it
    result = kgraph(command[0], str(bomb), *command[1:])
    assert result.returncode == 2, result.stderr
    assert result.stderr.count("\n") == 1 and "entity bomb" in result.stderr


def test_entities_repeated_past_the_bound_are_refused(tmp_path):
    bomb = tmp_path / "quadratic.owl"
    body = "&a;" * 7000  # 10 kB expanded 7 000 times: 70 MB from a file of 31 kB
    bomb.write_text(f'<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY a "{"x" * 10_000}">]>\n{_RDF}'
                    f'<rdf:Description rdf:about="http://ex.org/a"><ex:p>{body}</ex:p></rdf:Description></rdf:RDF>\n',
                    encoding="utf-8")
    result = kgraph("stats", str(bomb))
    assert result.returncode == 2 and "would expand to over" in result.stderr, result.stderr


def test_plain_entities_as_protege_writes_them_are_read(tmp_path):
    owl = tmp_path / "ontology.owl"
    owl.write_text('<?xml version="1.0"?>\n<!DOCTYPE rdf:RDF [ <!ENTITY ex "http://ex.org/" >\n'
                   '<!ENTITY rdf "http://www.w3.org/1999/02/22-rdf-syntax-ns#" > ]>\n'
                   '<rdf:RDF xmlns:rdf="&rdf;" xmlns:ex="&ex;"><rdf:Description rdf:about="&ex;a">'
                   '<ex:p rdf:resource="&ex;b"/></rdf:Description></rdf:RDF>\n', encoding="utf-8")
    graph = KnowledgeGraph.load(owl)
    assert [(q.subject.value, q.predicate.value, q.object.value) for q in graph.triples()] == \
        [("http://ex.org/a", "http://ex.org/p", "http://ex.org/b")]


# ------------------------------------------------------------------ standard output that cannot be written

FULL = "/dev/full"  # a device every write to fails with ENOSPC: a full disk under `> out.json`


@pytest.mark.skipif(not (os.path.exists(FULL) and stat.S_ISCHR(os.stat(FULL).st_mode)), reason="no /dev/full here")
@pytest.mark.parametrize("args", [
    ("extract", str(SAMPLE), "--model", "none", "--format", "json"),
    ("queries",),
    ("query", "GRAPH", "officials", "--format", "csv"),
    ("stats", "GRAPH"),
    ("validate", "GRAPH"),
])
def test_a_full_disk_under_standard_output_is_exit_3(graph_file, args):
    # these once said "internal error: OSError" (exit 4), or exit 0 when the error came at exit
    with open(FULL, "w") as full:
        result = kgraph(*(str(graph_file) if a == "GRAPH" else a for a in args), stdout=full)
    assert result.returncode == 3, result.stderr
    assert result.stderr == "kgraph: error: standard output: cannot write: No space left on device\n"


def test_a_reader_that_goes_away_is_no_error(graph_file):
    # `kgraph query … | head -1`: the rest is not wanted
    command = f"{sys.executable} -m kgraph query {graph_file} officials --format csv | head -c 10"
    result = subprocess.run(["bash", "-o", "pipefail", "-c", command], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0 and result.stderr == "", result.stderr


# ------------------------------------------------------------------ text that would drive a terminal

# xwlb-20230329-03's opening (the README's example), with what a hostile page could carry:
# ESC sequences that clear the screen and retitle the window, a bell, a carriage return
# that overwrites the line, a bidi override that reorders it
HOSTILE = {"id": "xwlb-20230329-03\x1b[2J", "date": "2023-03-29",
           "title": "李强会见科特迪瓦总理阿希\x1b]0;pwned\x07\u202e",
           "text": "国务院总理李强29日在海南博鳌会见\x1b[31m科特迪瓦总理阿希。\r伪造的一行"}
DRIVERS = ("\x1b", "\x07", "\r", "\u202e", "\x9b")


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    import json

    folder = tmp_path_factory.mktemp("hostile")
    (folder / "news.jsonl").write_text(json.dumps(HOSTILE, ensure_ascii=False) + "\n", encoding="utf-8")
    result = kgraph("build", str(folder / "news.jsonl"), "-o", str(folder / "graph.ttl"), "-q")
    assert result.returncode == 0, result.stderr
    return folder


@pytest.mark.parametrize("args", [
    ("extract", "news.jsonl"),
    ("query", "graph.ttl", "SELECT ?title ?article WHERE { ?article dcterms:title ?title }"),
    ("stats", "graph.ttl"),
    ("viz", "graph.ttl", "-o", "view.html", "--focus", "\x1b[2J阿希"),
])
def test_text_from_articles_never_drives_the_terminal(hostile, args):
    result = kgraph(*args, cwd=hostile)
    shown = result.stdout + result.stderr
    assert not [c for c in DRIVERS if c in shown], repr(shown[:300])
    if args[0] != "stats":  # the title and the id are shown as something, not dropped in silence
        assert "\ufffd" in shown


def test_machine_formats_keep_the_text_as_read(hostile):
    import json

    from kgraph.ingest.reader import without_controls

    result = kgraph("extract", "news.jsonl", "--format", "json", cwd=hostile)
    document = json.loads(result.stdout)["documents"][0]
    assert document["id"] == HOSTILE["id"]  # an id is kept as given
    assert document["title"] == without_controls(HOSTILE["title"]) == "李强会见科特迪瓦总理阿希 ]0;pwned \u202e"


def test_printable_keeps_lines_and_tabs():
    from kgraph.errors import printable

    assert printable("公安县\t荆州市\n") == "公安县\t荆州市\n"
    assert printable("阿希\x1b[31m\u202e") == "阿希\ufffd[31m\ufffd"


# ------------------------------------------------------------------ a writer stopped mid-write

_SLOW_WRITER = """
import sys, time
import kgraph.cli as cli
real = cli.atomic_write
def slowly(path, write, binary=False):
    def writing(handle):
        write(handle)
        handle.flush()
        print("writing", flush=True)
        time.sleep(120)
    real(path, writing, binary)
cli.atomic_write = slowly
cli.main(sys.argv[1:])
"""


def test_sigterm_mid_write_leaves_the_old_file_and_no_temporary(tmp_path):
    # `kill PID` (or a scheduler ending a job) once left .out.json.XXXX.tmp beside the output
    out = tmp_path / "out.json"
    out.write_text("old\n", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")])}
    process = subprocess.Popen([sys.executable, "-c", _SLOW_WRITER, "extract", str(SAMPLE), "--model", "none",
                                "--format", "json", "-o", str(out)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True, env=env)
    try:
        assert process.stdout.readline() == "writing\n"
        assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]  # the half-written file
        process.terminate()
        _, stderr = process.communicate(timeout=60)
    finally:
        process.kill()
    assert process.returncode == -signal.SIGTERM and stderr == "kgraph: stopped (SIGTERM)\n", stderr
    assert out.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


def test_what_a_killed_writer_left_is_removed_by_the_next(tmp_path):
    # SIGKILL runs no clean-up: the next writer of the same file removes what the dead one left
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    dead = int(gone.stdout)
    left = tmp_path / f".out.json.{dead}-k2j3.tmp"
    left.write_text("half", encoding="utf-8")
    os.utime(left, (0, 0))  # long untouched
    recent = tmp_path / f".out.json.{dead}-z9y8.tmp"  # a writer on another machine, maybe: kept a while
    recent.write_text("half", encoding="utf-8")
    running = tmp_path / f".out.json.{os.getpid()}-a1b2.tmp"  # a writer still at work keeps its own
    running.write_text("half", encoding="utf-8")
    other = tmp_path / f".other.json.{dead}-k2j3.tmp"  # another output's
    other.write_text("half", encoding="utf-8")
    os.utime(other, (0, 0))
    atomic_write(tmp_path / "out.json", lambda handle: handle.write("new\n"))
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["out.json", running.name, recent.name, other.name])


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG is Linux's")
@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGKILL])
def test_a_query_does_not_outlive_a_kgraph_that_was_killed(graph_file, number):
    # the query runs in a child process; `kill` of kgraph alone once left it running, a
    # cross product with no --timeout for as long as it took
    import time

    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")])}
    process = subprocess.Popen([sys.executable, "-m", "kgraph", "query", str(graph_file),
                                "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    try:
        child = None
        for _ in range(600):
            children = open(f"/proc/{process.pid}/task/{process.pid}/children").read().split()
            if children:
                child = int(children[0])
                break
            time.sleep(0.05)
        assert child, "the query's process did not start"
        process.send_signal(number)
        process.wait(timeout=30)
        for _ in range(100):
            if not os.path.exists(f"/proc/{child}") or "Z" in open(f"/proc/{child}/stat").read().split()[2]:
                break
            time.sleep(0.05)
        else:
            pytest.fail(f"the query's process {child} runs on")
    finally:
        process.kill()
        if child and os.path.exists(f"/proc/{child}"):
            os.kill(child, signal.SIGKILL)


# ------------------------------------------------------------------ mis-encoded input

def test_one_bad_byte_in_a_utf8_page_says_where(tmp_path):
    # a 3 kB page with one stray byte was "not UTF-8, UTF-16 or GB18030 text", and nothing
    # said where to mend it
    from kgraph import InputError, extract

    lines = SAMPLE.read_bytes().split(b"\n")
    lines[16] = b"\xff" + lines[16]
    page = tmp_path / "page.txt"
    page.write_bytes(b"\n".join(lines))
    with pytest.raises(InputError, match=r"not UTF-8, UTF-16 or GB18030 text \(UTF-8 fails at line 17, byte \d+\)") \
            as caught:
        extract(page, model="none")
    assert caught.value.line == 17 and caught.value.path == str(page)


# ------------------------------------------------------------------ control characters in what is read

# xwlb-20230329-03's opening and its second paragraph's start, as pdftotext writes two
# pages: a form feed between them
PAGES = "国务院总理李强29日在海南博鳌会见科特迪瓦总理阿希。\f李强表示，在习近平主席和瓦塔拉总统战略引领下，中科关系发展良好。\n"


def test_a_page_break_keeps_every_xml_export_readable(tmp_path):
    # the form feed reached the graph's sentences, and RDF/XML has no way to write it:
    # the .rdf file was unreadable to every XML parser
    import xml.dom.minidom

    page = tmp_path / "pages.txt"
    page.write_text(PAGES, encoding="utf-8")
    result = kgraph("build", str(page), "-o", str(tmp_path / "graph.rdf"), "-q")
    assert result.returncode == 0, result.stderr
    result = kgraph("export", str(tmp_path / "graph.rdf"), "-o", str(tmp_path / "graph.graphml"))
    assert result.returncode == 0, result.stderr
    for name in ("graph.rdf", "graph.graphml"):
        xml.dom.minidom.parse(str(tmp_path / name))  # raises on a character XML cannot hold


def test_control_characters_are_read_one_for_one(tmp_path):
    from kgraph import extract_text
    from kgraph.ingest.reader import without_controls

    assert without_controls("阿希。\f李强\x1b[1m\x85") == "阿希。\n李强 [1m "
    with_break = extract_text(PAGES, model="none")
    with_line = extract_text(PAGES.replace("\f", "\n"), model="none")
    assert [(m.start, m.end, m.text) for e in with_break.entities for m in e.mentions] == \
        [(m.start, m.end, m.text) for e in with_line.entities for m in e.mentions]


def test_graphml_of_a_graph_from_elsewhere_is_xml(tmp_path):
    # a graph kgraph did not make may hold an ESC in a name
    import networkx as nx
    import pyoxigraph as ox

    from kgraph.graph.vocab import KG

    graph = KnowledgeGraph()
    person = ox.NamedNode("https://kgraph.example.org/id/person/x/王五")
    graph.store.add(ox.Quad(person, ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                            ox.NamedNode(str(KG.Person))))
    graph.store.add(ox.Quad(person, ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label"),
                            ox.Literal("王五\x1b[2J", language="zh")))
    graph.write(tmp_path / "g.graphml")
    labels = [data.get("label") for _, data in nx.read_graphml(tmp_path / "g.graphml").nodes(data=True)]
    assert labels == ["王五\ufffd[2J"]


def test_a_query_file_may_be_standard_input(graph_file):
    # `kgraph extract -` reads standard input; `query --file -` was "-: cannot read"
    result = kgraph("query", str(graph_file), "--file", "-", "--format", "csv",
                    input="SELECT ?n WHERE { ?d kg:code \"421003\" ; rdfs:label ?n }\n")
    assert result.returncode == 0 and result.stdout.splitlines() == ["n", "荆州区"], result.stderr
    empty = kgraph("query", str(graph_file), "--file", "-", input="")
    assert empty.returncode == 2 and empty.stderr == "kgraph: error: <stdin>: an empty query file\n"


# ------------------------------------------------------------------ markdown that would take for ever

@pytest.mark.parametrize("opening", ["[", "![", "[x](", "<!--", "<http:"])
def test_a_markdown_line_of_openings_is_read_in_linear_time(opening):
    # 50 000 [ on one line once took 41 s: each [ scanned to the line's end for its ]
    import time

    from kgraph.ingest.layout import _markdown_line

    line = "公安县县长王五主持会议。" + opening * 20_000
    started = time.process_time()
    ranges, text, _ = _markdown_line(line, 0)
    assert time.process_time() - started < 1.0  # quadratic: about 5 s here; linear: milliseconds
    assert text.startswith("公安县县长王五主持会议。")


def test_a_link_whose_address_holds_parentheses_is_its_text():
    from kgraph.ingest.layout import _markdown_line

    line = "据[维基百科](https://zh.wikipedia.org/wiki/公安县_(湖北省))记载，公安县隶属荆州市。"
    assert _markdown_line(line, 0)[1] == "据维基百科记载，公安县隶属荆州市。"

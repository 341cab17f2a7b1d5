"""The persistent store (kgraph build -o DIR/): every graph command opens it, an
update of a store equals an update of a Turtle file, and a store is replaced whole."""
import json
import subprocess
import sys

import pytest
from rdflib.compare import isomorphic

from kgraph import KnowledgeGraph, build_graph
from kgraph.graph.store import is_store, open_store, write_store

from .conftest import SAMPLE
from .test_graph import _split_sample


def run(*args):
    return subprocess.run([sys.executable, "-m", "kgraph", *args], capture_output=True)


def beside(folder):
    """The names in ``folder``, each store's current version shown as ``.NAME.v-*``:
    anything else hidden there is something a writer left behind."""
    links = {path.readlink().name: path.name for path in folder.iterdir() if path.is_symlink()}
    return sorted(f"{path.name} -> .{path.name}.v-*" if path.is_symlink()
                  else f".{links[path.name]}.v-*" if path.name in links else path.name for path in folder.iterdir())


def test_a_store_holds_the_same_graph(sample_graph, tmp_path):
    db = tmp_path / "g.db"
    sample_graph.write(str(db) + "/")
    assert is_store(db)
    meta = json.loads((db / "kgraph-store.json").read_text())
    assert meta["format"] == "kgraph-store/1" and meta["base"] == sample_graph.base
    assert meta["triples"] == len(sample_graph)
    opened = KnowledgeGraph.load(db)
    assert len(opened) == len(sample_graph)
    assert isomorphic(opened.to_rdflib(), sample_graph.to_rdflib())
    rows = list(opened.query("SELECT (COUNT(*) AS ?n) WHERE { ?s a kg:Agency }"))
    assert rows == list(sample_graph.query("SELECT (COUNT(*) AS ?n) WHERE { ?s a kg:Agency }"))


def test_update_of_a_store_equals_update_of_a_turtle_file(tmp_path, sample_extraction):
    a, b = _split_sample(tmp_path, sample_extraction)
    ttl, db = tmp_path / "g.ttl", tmp_path / "g.db"
    for out in (str(ttl), str(db) + "/"):
        assert run("build", str(a), "-o", out, "--region", "荆州市").returncode == 0
        result = run("build", str(b), "-o", out, "--update", "--region", "荆州市")
        assert result.returncode == 0, result.stderr.decode()
    from_store, from_file = KnowledgeGraph.load(db), KnowledgeGraph.load(ttl)
    assert isomorphic(from_store.to_rdflib(), from_file.to_rdflib())
    assert isomorphic(from_store.to_rdflib(), build_graph([a, b], region="荆州市").to_rdflib())
    # no working copy or earlier version is left beside the store; the writers' locks stay
    assert beside(tmp_path) == [".g.db.lock", ".g.db.v-*", ".g.ttl.lock", "a.txt", "b.txt", "g.db -> .g.db.v-*",
                                "g.ttl"]


def test_graph_commands_accept_a_store(tmp_path):
    db = tmp_path / "g.db"
    built = run("build", str(SAMPLE), "--store", str(db))
    assert built.returncode == 0, built.stderr.decode()
    query = run("query", str(db), "officials", "--format", "csv")
    assert query.returncode == 0 and "冯荆柯" in query.stdout.decode()
    assert run("stats", str(db)).returncode == 0
    assert run("validate", str(db)).returncode == 0
    assert run("viz", str(db), "-o", str(tmp_path / "v.html")).returncode == 0
    assert run("export", str(db), "-o", str(tmp_path / "g.ttl")).returncode == 0
    exported = KnowledgeGraph.load(tmp_path / "g.ttl")
    assert isomorphic(exported.to_rdflib(), KnowledgeGraph.load(db).to_rdflib())
    # and a file into a store
    assert run("export", str(tmp_path / "g.ttl"), "-o", str(tmp_path / "h.db") + "/").returncode == 0
    assert len(KnowledgeGraph.load(tmp_path / "h.db")) == len(exported)


@pytest.mark.parametrize("make, args, message", [
    (lambda d: None, ["query", "{d}/none/", "officials"], "no such graph file or store"),
    (lambda d: (d / "plain").mkdir(), ["query", "{d}/plain", "officials"], "not a kgraph store"),
    (lambda d: ((d / "bad").mkdir(), (d / "bad" / "kgraph-store.json").write_text("{")),
     ["stats", "{d}/bad"], "damaged store"),
    (lambda d: ((d / "odd").mkdir(), (d / "odd" / "kgraph-store.json").write_text('{"format": "x"}')),
     ["stats", "{d}/odd"], "not a kgraph-store/1 store"),
    (lambda d: None, ["build", str(SAMPLE)], "give -o"),
])
def test_store_errors_are_one_line(tmp_path, make, args, message):
    make(tmp_path)
    result = run(*[a.format(d=tmp_path) for a in args])
    err = result.stderr.decode()
    assert result.returncode == 2, err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err and message in err


def test_a_directory_that_is_not_a_store_is_never_replaced(tmp_path):
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "thesis.tex").write_text("keep me")
    result = run("build", str(SAMPLE), "--store", str(tmp_path / "mine"))
    assert result.returncode == 3 and "not replacing it" in result.stderr.decode()
    assert (tmp_path / "mine" / "thesis.tex").read_text() == "keep me"


def test_a_failed_write_leaves_the_store_as_it_was(sample_graph, tmp_path, monkeypatch):
    db = tmp_path / "g.db"
    write_store(sample_graph, db)
    before = len(open_store(db))

    def broken(*args, **kwargs):
        raise OSError("disk full")

    import kgraph.graph.store

    monkeypatch.setattr(kgraph.graph.store, "_swap", broken)
    with pytest.raises(kgraph.OutputError, match="disk full"):
        write_store(KnowledgeGraph(), db)
    assert len(open_store(db)) == before
    assert beside(tmp_path) == [".g.db.lock", ".g.db.v-*", "g.db -> .g.db.v-*"]


def test_failed_update_of_a_store_leaves_it(tmp_path):
    db = tmp_path / "g.db"
    assert run("build", str(SAMPLE), "-o", str(db) + "/").returncode == 0
    before = (db / "kgraph-store.json").read_text()
    result = run("build", str(tmp_path / "missing.txt"), "-o", str(db), "--update")
    assert result.returncode == 2
    assert (db / "kgraph-store.json").read_text() == before
    assert beside(tmp_path) == [".g.db.lock", ".g.db.v-*", "g.db -> .g.db.v-*"]

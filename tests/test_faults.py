"""Faults while a store is written: a rename that fails, a kill (SIGKILL, SIGINT) at
each step of the swap, two updates at once, a full disk, a damaged store.  At every
point the path holds the old store or the new one, and no update is lost."""
import json
import os
import signal
import subprocess
import sys

import pytest

from kgraph import KnowledgeGraph, OutputError
from kgraph.graph.store import open_store, write_store

from .check_script import check_faults
from .conftest import SAMPLE
from .test_store import beside

# Two articles of the sample page, one per update (its second and third paragraphs'
# opening sentences: 公安县|召开|…; 松滋市|公安局|举行|退赃|大会)
LEFT = "公安县召开全县经济工作会议。县委书记冯荆柯出席会议并讲话。"
RIGHT = "本报讯(记者王凯)松滋市公安局举行退赃大会。"


def kgraph(*args, timeout=120):
    return subprocess.run([sys.executable, "-m", "kgraph", *args], capture_output=True, text=True, timeout=timeout)


@pytest.fixture(scope="module")
def graphs(tmp_path_factory, sample_graph):
    """Two graphs of different sizes, as N-Triples files: the old store and the new."""
    folder = tmp_path_factory.mktemp("faults")
    old, new = folder / "old.nt", folder / "new.nt"
    sample_graph.write(new)
    small = KnowledgeGraph()
    small.store.extend(list(sample_graph.triples())[:100])
    small.write(old)
    return old, new, 100, len(sample_graph)


def _plain(db):
    """The store at ``db`` turned into a plain directory, as kgraph wrote stores before versions."""
    version = db.parent / db.readlink()
    db.unlink()
    os.rename(version, db)


# ------------------------------------------------------------------ in-process: a rename that fails

@pytest.mark.parametrize("layout", ["link", "plain"])
@pytest.mark.parametrize("failing", ["rename", "replace", "symlink"])
def test_a_failed_rename_at_each_step_leaves_the_old_store(tmp_path, monkeypatch, graphs, layout, failing):
    old, new, old_size, _ = graphs
    db = tmp_path / "g.db"
    write_store(KnowledgeGraph.load(old), db)
    if layout == "plain":
        _plain(db)
    graph = KnowledgeGraph.load(new)
    real = getattr(os, failing)

    def broken(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, failing, broken)
    if failing == "rename" and layout == "link":  # a store with versions is swapped without os.rename
        write_store(graph, db)
        monkeypatch.setattr(os, failing, real)
        assert len(open_store(db)) == len(graph)
        return
    with pytest.raises(OutputError, match="No space left on device"):
        write_store(graph, db)
    monkeypatch.setattr(os, failing, real)
    assert len(open_store(db)) == old_size
    write_store(graph, db)  # and the next write goes through, leaving nothing else behind
    assert len(open_store(db)) == len(graph)
    assert beside(tmp_path) == [".g.db.lock", ".g.db.v-*", "g.db -> .g.db.v-*"]


def test_a_full_disk_during_an_update_is_exit_3(tmp_path, graphs, sample_extraction):
    old, *_ = graphs
    db = tmp_path / "g.db"
    write_store(KnowledgeGraph.load(old), db)
    graph = open_store(db, writable=True)

    class Full:
        def extend(self, quads):
            raise OSError(28, "No space left on device")

        def __getattr__(self, name):
            return getattr(store, name)

    store, graph.store = graph.store, Full()
    with pytest.raises(OutputError, match="No space left on device") as caught:
        graph.add(sample_extraction)
    assert caught.value.exit_code == 3


def test_no_room_for_a_working_copy_is_exit_3(tmp_path, graphs, monkeypatch):
    import kgraph.graph.store as module

    old, *_ = graphs
    db = tmp_path / "g.db"
    write_store(KnowledgeGraph.load(old), db)
    monkeypatch.setattr(module, "_sibling", lambda path, what: tmp_path / "read-only" / "copy")
    with pytest.raises(OutputError, match="cannot make a working copy") as caught:
        open_store(db, writable=True)
    assert caught.value.exit_code == 3


# ------------------------------------------------------------------ a kill at each step of the swap

@pytest.mark.parametrize("layout, steps", [("link", 2), ("plain", 3)])
def test_a_kill_at_each_step_of_the_swap_leaves_the_old_or_the_new_store(tmp_path, graphs, layout, steps):
    """The audit: Ctrl-C between the two renames left no store at the path, SIGKILL
    nothing usable, and Ctrl-C at the second rename said "interrupted" after the
    update was applied."""
    old, new, old_size, new_size = graphs
    seen = set()
    for step in range(1, steps + 1):
        for when in ("before", "after"):
            for number in (signal.SIGKILL, signal.SIGINT) if step == steps else (signal.SIGKILL,):
                db = tmp_path / f"{layout}-{step}-{when}-{number}.db"
                write_store(KnowledgeGraph.load(old), db)
                if layout == "plain":
                    _plain(db)
                killed = subprocess.run([sys.executable, "-c", check_faults.KILLER, str(step), when,
                                         str(int(number)), "export", str(new), "-o", f"{db}/"],
                                        capture_output=True, text=True, timeout=60)
                if number == signal.SIGKILL:
                    assert killed.returncode == -signal.SIGKILL, killed.stderr
                else:  # Ctrl-C at the commit is too late: the swap completes, and says so
                    assert killed.returncode == 0 and "wrote" in killed.stderr, killed.stderr
                held = len(KnowledgeGraph.load(db))
                assert held in (old_size, new_size), (step, when, number)
                seen.add(held)
                write_store(KnowledgeGraph.load(new), db)  # the next writer cleans what the killed one left
                assert [name for name in beside(tmp_path) if name.startswith(f".{db.name}.")
                        and not name.endswith(".lock")] == [f".{db.name}.v-*"]
    assert seen == {old_size, new_size}


# ------------------------------------------------------------------ two updates at once

def test_two_updates_at_once_lose_nothing(tmp_path):
    db = tmp_path / "g.db"
    first = kgraph("build", str(SAMPLE), "--store", str(db), "--model", "none", "--quiet")
    assert first.returncode == 0, first.stderr
    paths = []
    for name, text in (("left", LEFT), ("right", RIGHT)):
        path = tmp_path / f"{name}.jsonl"
        path.write_text(json.dumps({"id": f"{name}-1", "text": text}, ensure_ascii=False) + "\n", encoding="utf-8")
        paths.append(path)
    updates = [subprocess.Popen([sys.executable, "-m", "kgraph", "build", str(path), "-o", str(db), "--update",
                                 "--model", "none", "--quiet"], stderr=subprocess.PIPE, text=True) for path in paths]
    for update in updates:
        _, err = update.communicate(timeout=120)
        assert update.returncode == 0, err
    articles = kgraph("query", str(db), "SELECT ?a WHERE { ?a a kg:Article }", "--format", "csv")
    assert articles.returncode == 0, articles.stderr
    ids = {iri.rsplit("/", 1)[1] for iri in articles.stdout.split()[1:]}
    assert {"left-1", "right-1"} <= ids, ids


# ------------------------------------------------------------------ a damaged store

@pytest.mark.parametrize("damage, message", [
    (lambda db: next((db / "oxigraph").glob("*.sst")).write_bytes(b"\0" * 10),
     "damaged store: its Oxigraph database oxigraph/ cannot be opened"),
    (lambda db: (db / "oxigraph" / "CURRENT").write_text("garbage\n"),
     "damaged store: its Oxigraph database oxigraph/ cannot be opened"),
    (lambda db: (db / "kgraph-store.json").write_text(json.dumps({"format": "kgraph-store/1", "base": 12})),
     "damaged store: kgraph-store.json has no usable base IRI"),
])
def test_a_damaged_store_is_exit_2_naming_the_damage(tmp_path, graphs, damage, message):
    db = tmp_path / "g.db"
    write_store(KnowledgeGraph.load(graphs[0]), db)
    damage(db)
    result = kgraph("query", str(db), "ASK {}")
    assert result.returncode == 2 and message in result.stderr, result.stderr
    assert len(result.stderr.strip().splitlines()) == 1

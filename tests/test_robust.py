"""A demanding user's faults: outputs that are not plain files (a pipe, a link), hostile
graph files, standard output that cannot be written, text that would drive a terminal.
Each case was found by running the README's commands against such input."""
import os
import stat
import subprocess
import sys
import threading

import pytest

from kgraph import KnowledgeGraph
from kgraph.files import atomic_write

from .conftest import SAMPLE


def kgraph(*args, timeout=180, **kwargs):
    return subprocess.run([sys.executable, "-m", "kgraph", *args], capture_output=True, text=True,
                          timeout=timeout, **kwargs)


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

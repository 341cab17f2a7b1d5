"""Extraction on a Dask cluster (two local worker processes, a few dozen stories):
the same result as one process, even when a worker dies midway."""
import gc
import json
import os
import shutil
import signal
import socket
import subprocess
import sys

import pytest

import kgraph
from kgraph import extract_records

from .conftest import SAMPLE

if not os.environ.get("KGRAPH_REQUIRE_EXTRAS"):
    pytest.importorskip("distributed")


@pytest.fixture(scope="module", autouse=True)
def _no_garbage_for_other_threads():
    """Earlier tests leave cyclic garbage holding pyoxigraph query results, which may only be
    freed on the thread that made them; a cluster's threads would run the collection and
    print "PyQuerySolutions is unsendable, but is being dropped on another thread".  Collect
    it here, on the main thread, before any cluster starts."""
    gc.collect()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """The sample page, its articles as JSON Lines stories under other ids, and a shard."""
    folder = tmp_path_factory.mktemp("corpus")
    shutil.copy(SAMPLE, folder / "a.txt")
    documents = kgraph.extract(SAMPLE).documents
    text = SAMPLE.read_text(encoding="utf-8")
    with open(folder / "b.jsonl", "w", encoding="utf-8") as handle:
        for copy in range(3):
            for index, doc in enumerate(documents):
                handle.write(json.dumps({"id": f"story-{copy}-{index}", "text": text[doc.start:doc.end],
                                         "source": "荆州日报"}, ensure_ascii=False) + "\n")
    page = folder / "c.txt"
    page.write_text("本报讯(记者王凯)松滋市公安局开展“雷霆”专项行动。", encoding="utf-8")
    with open(folder / "d.jsonl", "w", encoding="utf-8") as handle:  # a shard: records, not texts
        for record in extract_records(page):
            handle.write(json.dumps(record.to_json(), ensure_ascii=False) + "\n")
    page.unlink()
    assert sum(1 for _ in open(folder / "b.jsonl", encoding="utf-8")) >= 24
    return folder


@pytest.fixture(scope="module")
def cluster():
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None, silence_logs=50) as local:
        yield local


@pytest.fixture(scope="module")
def expected(corpus):
    return kgraph.to_json(kgraph.extract(corpus, jobs=1))


def test_dask_gives_the_result_of_one_process(corpus, cluster, expected):
    from kgraph.extraction.distributed import DaskExecutor

    seen = []
    got = kgraph.to_json(kgraph.extract(corpus, executor=DaskExecutor(cluster.scheduler_address, batch_chars=2000),
                                        progress=seen.append))
    assert got == expected
    assert len(got["documents"]) > 30 and got["events"]  # events come back from the workers too
    assert sum(seen) == sum(p.stat().st_size for p in corpus.iterdir() if p.name != "d.jsonl")


def test_a_worker_that_dies_has_its_articles_retried(corpus, cluster, expected):
    from distributed import Client

    from kgraph.extraction.distributed import DaskExecutor

    executor = DaskExecutor(cluster.scheduler_address, batch_chars=500)
    killed = []

    def progress(size):
        if not killed:  # the first batch is back, the others are on the workers: kill one
            pids = executor.client.run(os.getpid)
            victim = sorted(pids.values())[0]
            os.kill(victim, signal.SIGKILL)
            killed.append(victim)

    got = kgraph.to_json(kgraph.extract(corpus, executor=executor, progress=progress))
    assert killed and got == expected
    with Client(cluster.scheduler_address, set_as_default=False) as client:
        client.wait_for_workers(2, timeout=60)
        assert killed[0] not in client.run(os.getpid).values()  # the nanny started a new one


def test_build_with_dask_local_equals_jobs_1(corpus, tmp_path):
    one, dask = tmp_path / "one.ttl", tmp_path / "dask.ttl"
    run = [sys.executable, "-m", "kgraph", "build", str(corpus)]
    assert subprocess.run([*run, "-o", str(one)], capture_output=True, timeout=300).returncode == 0
    result = subprocess.run([*run, "-o", str(dask), "--dask", "local", "--jobs", "2"], capture_output=True,
                            text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert dask.read_bytes() == one.read_bytes()


def test_an_unreachable_scheduler_and_a_missing_extra_are_one_line(corpus):
    from kgraph.extraction.distributed import DaskExecutor
    from kgraph.extras import MissingExtraError, ServiceError, require

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed = probe.getsockname()[1]
    with pytest.raises(ServiceError, match="cannot reach the Dask scheduler"):
        kgraph.extract(corpus, executor=DaskExecutor(f"tcp://127.0.0.1:{closed}", timeout=2))
    with pytest.raises(MissingExtraError, match=r"--dask needs the dask extra: pip install 'kgraph\[dask\]'"):
        require("no_such_module_kgraph", "dask", "--dask")
    result = subprocess.run([sys.executable, "-m", "kgraph", "extract", str(corpus), "--dask",
                             f"tcp://127.0.0.1:{closed}"], capture_output=True, text=True, timeout=120)
    assert result.returncode == 5 and len(result.stderr.strip().splitlines()) == 1, result.stderr
    result = subprocess.run([sys.executable, "-m", "kgraph", "build", str(corpus), "-o", "x.ttl", "--dask", "foo"],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 2 and "give a scheduler address" in result.stderr, result.stderr


def test_tls_without_tls_settings_is_one_line_and_no_traceback_at_exit(corpus, monkeypatch):
    # A half-made distributed.Client used to print "Exception ignored in Client.__del__ … TimeoutError"
    # 20 s after the one-line error; the address is now refused before a client exists.
    pytest.importorskip("distributed")
    monkeypatch.delenv("DASK_DISTRIBUTED__COMM__TLS__CA_FILE", raising=False)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed = probe.getsockname()[1]
    result = subprocess.run([sys.executable, "-m", "kgraph", "extract", str(corpus), "--dask",
                             f"tls://127.0.0.1:{closed}"], capture_output=True, text=True, timeout=120)
    assert result.returncode == 5, result.stderr
    assert result.stderr.strip().splitlines() == [result.stderr.strip()], result.stderr
    assert "tls:// needs TLS settings" in result.stderr and "Traceback" not in result.stderr

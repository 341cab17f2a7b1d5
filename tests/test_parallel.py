"""Parallel extraction gives the same result as one process; per-article shards
merge into the same graph as building from the texts."""
import json
import shutil

import pytest
from rdflib.compare import isomorphic

import kgraph
from kgraph import ArticleRecord, extract_records
from kgraph.ingest.reader import read_sources

from .conftest import SAMPLE


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    folder = tmp_path_factory.mktemp("pages")
    text = SAMPLE.read_text(encoding="utf-8")
    cut = text.index("公安县委副书记")
    (folder / "a.txt").write_text(text[:cut], encoding="utf-8")
    (folder / "b.txt").write_text(text[cut:], encoding="utf-8")
    shutil.copy(SAMPLE, folder / "c.txt")
    (folder / "d.jsonl").write_text(json.dumps(
        {"id": "jl-1", "text": "本报讯(记者王凯)松滋市公安局开展“雷霆”专项行动。", "source": "荆州日报"},
        ensure_ascii=False) + "\n", encoding="utf-8")
    return folder


def test_jobs_give_identical_results(pages):
    one = kgraph.to_json(kgraph.extract(pages, jobs=1))
    two = kgraph.to_json(kgraph.extract(pages, jobs=2))
    assert one == two
    assert len(one["documents"]) > 5


def test_progress_reports_every_byte(pages):
    seen = []
    kgraph.extract(pages, jobs=2, progress=seen.append)
    assert sum(seen) == sum(p.stat().st_size for p in pages.iterdir())


def test_records_round_trip_through_json(pages):
    records = list(extract_records(pages))
    again = [ArticleRecord.from_json(json.loads(json.dumps(r.to_json(), ensure_ascii=False))) for r in records]
    assert again == records


def test_shards_merge_into_the_same_graph(pages, tmp_path):
    files = sorted(pages.iterdir())
    shards = []
    for index, group in enumerate((files[:2], files[2:])):
        shard = tmp_path / f"shard{index}.jsonl"
        with open(shard, "w", encoding="utf-8") as handle:
            for record in extract_records(group, jobs=2):
                handle.write(json.dumps(record.to_json(), ensure_ascii=False) + "\n")
        shards.append(shard)
    merged = kgraph.build_graph(shards)
    direct = kgraph.build_graph(pages)
    assert isomorphic(merged.to_rdflib(), direct.to_rdflib())


def test_a_bad_input_among_many_is_still_one_error(pages, tmp_path):
    with pytest.raises(kgraph.InputError, match="no such file"):
        kgraph.extract([pages, tmp_path / "missing.txt"], jobs=2)


@pytest.mark.parametrize("line, message", [
    ('{"format": "kgraph-article/1", "document": {}}', "malformed kgraph-article/1 record"),
    ('{"format": "kgraph-article/9"}', "unknown record format"),
])
def test_malformed_shards_are_refused(tmp_path, line, message):
    shard = tmp_path / "s.jsonl"
    shard.write_text(line + "\n", encoding="utf-8")
    with pytest.raises(kgraph.InputError, match=message):
        kgraph.extract(shard)


def test_output_does_not_depend_on_the_hash_seed(tmp_path):
    """Sets of strings iterate in a per-process order; no rule may depend on it.  A
    page where two equal-length place names compete (葫芦岛古城 / 古城宾阳楼) caught this."""
    import hashlib
    import subprocess
    import sys

    moved = tmp_path / "moved.txt"
    moved.write_text(SAMPLE.read_text(encoding="utf-8").replace("荆州", "葫芦岛"), encoding="utf-8")
    digests = set()
    for seed in ("0", "1", "2", "3"):
        result = subprocess.run([sys.executable, "-m", "kgraph", "extract", str(moved), str(SAMPLE),
                                 "--format", "jsonl"], capture_output=True, env={**__import__("os").environ,
                                                                               "PYTHONHASHSEED": seed})
        assert result.returncode == 0, result.stderr.decode()
        digests.add(hashlib.sha1(result.stdout).hexdigest())
    assert len(digests) == 1


def test_one_process_reads_the_next_group_while_it_analyses_one(pages, monkeypatch):
    """``jobs=1`` tags a group in a thread while the stages run over the group before it:
    one source a group, and shard records between the sources, give the records of
    one group after the other, in input order, as the worker processes do."""
    from kgraph.extraction import pipeline

    records = list(extract_records(sorted(pages.iterdir())[:2]))
    shard = pages.parent / "mixed-shard.jsonl"
    shard.write_text(json.dumps(records[0].to_json(), ensure_ascii=False) + "\n", encoding="utf-8")
    inputs = [pages / "a.txt", shard, pages / "c.txt", pages / "d.jsonl"]
    expected = kgraph.to_json(kgraph.extract(inputs, jobs=2))
    monkeypatch.setattr(pipeline, "_GROUP_SOURCES", 1)
    tagged = []
    real_tag = pipeline._tag
    monkeypatch.setattr(pipeline, "_tag", lambda prepared, model, threads=None: tagged.append(len(prepared)) or
                        real_tag(prepared, model, threads))
    assert kgraph.to_json(kgraph.extract(inputs, jobs=1)) == expected
    assert tagged == [1, 1, 1]  # three sources, three groups: the shard's record is no group


def test_a_failure_of_the_model_in_its_thread_is_the_callers_error(pages, monkeypatch):
    """Fault injection: the model fails on the second group while the first is analysed;
    the error reaches the caller (not a hang, not a lost exception), and the sources
    reported done are exactly those whose records were made."""
    from kgraph.extraction import pipeline

    monkeypatch.setattr(pipeline, "_GROUP_SOURCES", 1)
    calls = []
    real_tag = pipeline._tag

    def failing(prepared, model, threads=None):
        calls.append(1)
        if len(calls) == 2:
            raise kgraph.DataError("the model stopped")
        return real_tag(prepared, model, threads)

    monkeypatch.setattr(pipeline, "_tag", failing)
    done = []
    with pytest.raises(kgraph.DataError, match="the model stopped"):
        list(pipeline.article_records(read_sources(sorted(pages.iterdir())), progress=done.append))
    assert done == [(pages / "a.txt").stat().st_size]

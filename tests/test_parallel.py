"""Parallel extraction gives the same result as one process; per-article shards
merge into the same graph as building from the texts."""
import json
import shutil

import pytest
from rdflib.compare import isomorphic

import kgraph
from kgraph import ArticleRecord, extract_records

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

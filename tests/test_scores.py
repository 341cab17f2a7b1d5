"""The quality bars, measured with the project's shared evaluation (``../shared/eval``
beside the repository: the guidelines, their scorers, the sample page's gold
annotation and the People's Daily NER development split).  Nothing of it is copied
into the project: without it these tests skip and say why."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

import kgraph

from .conftest import SAMPLE

EVAL = Path(__file__).resolve().parent.parent.parent / "shared" / "eval"
NER_DEV = EVAL / "ner" / "news-ner-dev.jsonl"
GOLD = EVAL / "gold" / "000_81ca9869dae714d6.json"


def _need(path: Path) -> None:
    if not path.exists():
        pytest.skip(f"{path} is not here: the scores need the shared evaluation data beside the repository")


@pytest.fixture(scope="module")
def ner_scores(tmp_path_factory):
    _need(NER_DEV)
    out = tmp_path_factory.mktemp("ner") / "extraction.json"
    out.write_text(json.dumps(kgraph.to_json(kgraph.extract(NER_DEV)), ensure_ascii=False), encoding="utf-8")
    result = subprocess.run([sys.executable, str(EVAL / "ner_score.py"), str(NER_DEV), str(out), "--json"],
                            check=True, capture_output=True, text=True)
    return json.loads(result.stdout)


def test_people_on_the_ner_dev_split(ner_scores):
    assert ner_scores["PER"]["f1"] >= 0.85, ner_scores["PER"]


def test_organisations_on_the_ner_dev_split(ner_scores):
    assert ner_scores["ORG"]["f1"] >= 0.71, ner_scores["ORG"]


def test_locations_on_the_ner_dev_split(ner_scores):
    assert ner_scores["LOC"]["f1"] >= 0.78, ner_scores["LOC"]


def test_the_sample_page_against_its_gold_annotation(tmp_path):
    _need(GOLD)
    out = tmp_path / "extraction.json"
    subprocess.run([sys.executable, "-m", "kgraph", "extract", str(SAMPLE), "--format", "json", "-o", str(out)],
                   check=True)
    result = subprocess.run([sys.executable, str(EVAL / "score.py"), str(GOLD), str(out), "--json"],
                            check=True, capture_output=True, text=True)
    scores = json.loads(result.stdout)
    assert scores["entity_f1"] >= 0.95
    assert scores["relation_f1"] >= 0.90

"""The types that pass between the stages: keys are values with a text form that
shards keep, and a key built as text is refused rather than becoming another entity."""
import pytest

import kgraph
from kgraph.model import ArticleRecord, Fact, IncompleteFact, Key, Mention

from .conftest import SAMPLE


@pytest.mark.parametrize("key, text, entity_id", [
    (Key("person", "冯荆柯", "421000"), "person:冯荆柯@421000", "person/421000/冯荆柯"),
    (Key("agency", "公安县人民法院"), "agency:公安县人民法院", "agency/公安县人民法院"),
    (Key("division", "421003/李埠镇"), "division:421003/李埠镇", "division/421003/李埠镇"),
    (Key("division", "421000/?新华村"), "division:421000/?新华村", "division/421000/?新华村"),
    (Key("document", "000_81ca9869dae714d6/3"), "document:000_81ca9869dae714d6/3", "document/000_81ca9869dae714d6/3"),
])
def test_a_key_has_a_text_form_and_an_entity_id(key, text, entity_id):
    assert str(key) == text and Key.parse(text) == key and key.entity_id == entity_id


@pytest.mark.parametrize("text", ["", "None", "agency:", "dog:Rex", "公安县人民法院"])
def test_text_that_is_no_key_is_an_incomplete_fact(text):
    with pytest.raises(IncompleteFact):
        Key.parse(text)


def test_a_key_built_as_text_is_refused():
    with pytest.raises(TypeError, match="a Key"):
        Mention.make("Agency", "a", 0, 3, "公安局", "公安县公安局", "agency:公安县公安局")
    with pytest.raises(TypeError, match="Keys"):
        Fact.make("agency:公安县公安局", "locatedIn", Key("division", "421022"), "a", 0, 3)


def test_records_round_trip_through_their_shard_form():
    records = list(kgraph.extract_records([SAMPLE]))
    assert records and all(isinstance(m.key, Key) for r in records for m in r.mentions)
    assert [ArticleRecord.from_json(r.to_json()) for r in records] == records

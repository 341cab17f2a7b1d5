"""People the model names only inside another word (issue 19, round 5): the person a doctrine
is named after (马克思|主义, 邓小平|理论) and the leader an administration is named after
(阿连德|政府).

Read on a hand-built :class:`Analysis` (the model's words written in the test) and end to
end on stories of CCTV 新闻联播 transcripts of 2023 (``../shared/corpus/news/xwlb-2023.jsonl``)."""
import pytest

from .test_names_types import _chosen, _repaired
from .test_recognise import NEWS, _shared_texts, assert_names


def test_a_doctrine_names_the_person_it_is_named_after():
    # xwlb-20230101-01 不断提高马克思主义理论水平 (the model: 马克思主义/nz)
    found = _chosen(("不断", "d"), ("提高", "v"), ("马克思主义", "nz"), ("理论", "n"), ("水平", "n"), ("。", "w"))
    assert ("马克思", "Person") in found
    # the model reads the name apart, of no entity's type: 学习|邓小平/nz|理论
    found = _chosen(("学习", "v"), ("邓小平", "nz"), ("理论", "n"), ("，", "w"))
    assert ("邓小平", "Person") in found
    # a doctrine named after no person: 中国特色|社会主义|思想, 三民主义
    found = _chosen(("中国", "LOC"), ("特色", "n"), ("社会主义", "n"), ("思想", "n"), ("和", "c"), ("三民主义", "nz"))
    assert not {name for name, type_ in found if type_ == "Person"}


def test_an_administration_names_the_leader_it_is_named_after():
    # xwlb-20230912-15 …发动军事政变推翻了阿连德政府 (the model: 阿连德政府/ORG; jieba: 阿连德/nr)
    assert _repaired(("推翻", "v"), ("了", "u"), ("阿连德政府", "ORG"), ("，", "w"), span="阿连德政府",
                     type_="Agency") == [("阿连德", "Person")]
    # a government of a place, or of a name the dictionary does not hold as a person's, names nobody
    assert _repaired(("特区政府", "ORG"), ("表示", "v"), span="特区政府", type_="Agency") == []


NEWS_RECALL = {
    "xwlb-20230101-01": ({("马克思", "Person")}, set()),
    "xwlb-20230912-15": ({("阿连德", "Person")}, set()),
}


@pytest.fixture(scope="module")
def recall_stories():
    return _shared_texts(NEWS, NEWS_RECALL, "the shared news corpus")


@pytest.mark.parametrize("story_id", sorted(NEWS_RECALL))
def test_people_in_news_stories(recall_stories, story_id):
    assert_names(recall_stories[story_id], *NEWS_RECALL[story_id])

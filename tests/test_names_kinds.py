"""Names that are no people (issue 19, round 5): foreign towns the text places (在|巴赫穆特),
regions by their kind word (奥里萨邦, 别尔哥罗德州), organisations by what the text calls them
(评级机构|穆迪, 卡桑|旅), and words the model read as names.

Read on a hand-built :class:`Analysis` (the model's words written in the test) and end to
end on stories of CCTV 新闻联播 transcripts of 2023 (``../shared/corpus/news/xwlb-2023.jsonl``)."""
import pytest

from .test_names_types import _chosen
from .test_recognise import NEWS, _shared_texts, assert_names


def test_a_foreign_name_after_a_word_of_place_is_a_place():
    # xwlb-20230114-08 这有助于俄军切断乌军在巴赫穆特的补给线 (the model: 巴赫穆特/PER)
    found = _chosen(("俄军", "n"), ("切断", "v"), ("乌军", "n"), ("在", "p"), ("巴赫穆特", "PER"), ("的", "u"),
                    ("补给", "vn"), ("线", "n"), ("。", "w"))
    assert ("巴赫穆特", "Place") in found and ("巴赫穆特", "Person") not in found
    # the same name elsewhere in the article follows: 但|巴赫穆特|的战斗仍在持续 (xwlb-20230126-12)
    found = _chosen(("乌军", "n"), ("在", "p"), ("巴赫穆特", "PER"), ("击退", "v"), ("俄军", "n"), ("。", "w"),
                    ("但", "c"), ("巴赫穆特", "PER"), ("的", "u"), ("战斗", "vn"), ("仍", "d"), ("在", "p"),
                    ("持续", "vd"), ("。", "w"))
    assert ("巴赫穆特", "Person") not in found


def test_a_person_after_a_word_of_place_stays_a_person():
    # a title or a phrase of circumstance after the name: 在|普京|总统…, 在|拜登|的邀请下
    found = _chosen(("在", "p"), ("普京", "PER"), ("总统", "n"), ("坚强", "a"), ("领导", "vn"), ("下", "f"),
                    ("，", "w"), ("俄罗斯", "LOC"), ("发展", "v"))
    assert ("普京", "Person") in found
    found = _chosen(("在", "p"), ("拜登", "PER"), ("的", "u"), ("邀请", "vn"), ("下", "f"), ("，", "w"),
                    ("尹锡悦", "PER"), ("访问", "v"), ("美国", "LOC"))
    assert ("拜登", "Person") in found
    # a Chinese name after 在 is a person's (在|李强|陪同下 is read as a Chinese name)
    found = _chosen(("在", "p"), ("李强", "PER"), ("陪同", "v"), ("下", "f"), ("，", "w"), ("桑切斯", "PER"),
                    ("检阅", "v"))
    assert ("李强", "Person") in found


def test_a_name_listed_with_a_place_its_context_made_is_a_place():
    # xwlb-20230726-14 乌军继续在巴赫穆特、梅利托波尔和别尔江斯克展开行动
    found = _chosen(("乌军", "n"), ("继续", "vd"), ("在", "p"), ("巴赫穆特", "PER"), ("、", "w"),
                    ("梅利托波尔", "PER"), ("和", "c"), ("别尔江斯克", "PER"), ("展开", "v"), ("行动", "vn"))
    assert {("巴赫穆特", "Place"), ("梅利托波尔", "Place")} <= found


def test_a_list_item_ends_where_the_segmenter_reads_its_word():
    # xwlb-20230701-10 乌军继续在扎波罗热地区的梅利托波尔和别尔江斯克方向采取进攻 (the model: 别尔/LOC|江斯克/PER;
    # jieba: 别尔江斯克)
    found = _chosen(("乌军", "PER"), ("继续", "vd"), ("在", "p"), ("扎波罗热", "LOC"), ("地区", "n"), ("的", "u"),
                    ("梅利托波尔", "PER"), ("和", "c"), ("别尔", "LOC"), ("江斯克", "PER"), ("方向", "n"),
                    ("采取", "v"), ("进攻", "vn"))
    assert ("梅利托波尔", "Place") in found and ("梅利托波尔", "Person") not in found


NEWS_KINDS = {
    "xwlb-20230114-08": ({("巴赫穆特", "Place")}, {("巴赫穆特", "Person")}),
    "xwlb-20230126-12": ({("巴赫穆特", "Place")}, {("巴赫穆特", "Person")}),
    "xwlb-20230726-14": ({("梅利托波尔", "Place")}, {("梅利托波尔", "Person")}),
    "xwlb-20230701-10": ({("梅利托波尔", "Place")}, {("梅利托波尔", "Person")}),
    # guards: the leaders a welcome ceremony names stay people
    "xwlb-20230331-06": ({("李强", "Person"), ("桑切斯", "Person")}, set()),
}


@pytest.fixture(scope="module")
def kind_stories():
    return _shared_texts(NEWS, NEWS_KINDS, "the shared news corpus")


@pytest.mark.parametrize("story_id", sorted(NEWS_KINDS))
def test_kinds_in_news_stories(kind_stories, story_id):
    assert_names(kind_stories[story_id], *NEWS_KINDS[story_id])

"""Posts named after a verb of taking or leaving them (data/posts/post_verbs.tsv,
kgraph.extraction.posts._posts_by_verb): on hand-built analyses without the model, on
appointment news of ../shared/corpus/news/xwlb-2023.jsonl (quoted with the story id), on
invented local notices, and end to end with the appointment event that reads the post."""
import pytest

import kgraph
from kgraph.extraction.posts import find_posts

from .builders import hand_built
from .conftest import NEWS, shared_records
from .test_posts import _posts


# --- hand-built analyses

def test_the_person_appointed_holds_the_post_named_after_the_verb():
    an = hand_built("经研究决定，任命孙志强为公安县人民政府常务副县长。",
                   ("Person", "孙志强", "孙志强"), ("Agency", "公安县人民政府", "公安县人民政府"))
    find_posts(an)
    assert _posts(an) == {("孙志强", "公安县人民政府", "常务副县长", False)}


def test_a_removal_names_a_former_post_and_an_appointment_a_current_one():
    # xwlb-20230224-04: 免去|唐一军|的|司法部|部长|职务|，|任命|贺荣|为|司法部|部长
    an = hand_built("会议经表决，决定免去唐一军的司法部部长职务，任命贺荣为司法部部长。",
                   ("Person", "唐一军", "唐一军"), ("Agency", "司法部", "司法部"), ("Person", "贺荣", "贺荣"),
                   ("Agency", "司法部", "司法部"))
    find_posts(an)
    assert _posts(an) == {("唐一军", "司法部", "部长", True), ("贺荣", "司法部", "部长", False)}


def test_the_subject_of_a_transfer_holds_the_post_it_names():
    # a local notice: 原|公安县委|书记|王建国|已|调任|荆州市委|秘书长
    an = hand_built("原公安县委书记王建国已调任荆州市委秘书长。",
                   ("Agency", "公安县委", "公安县委"), ("Person", "王建国", "王建国"), ("Agency", "荆州市委", "荆州市委"))
    find_posts(an)
    assert ("王建国", "荆州市委", "秘书长", False) in _posts(an)


def test_a_subject_in_another_clause_or_a_title_running_on_gives_no_post():
    # xwlb-20230207-09: 列兹尼科夫|6日|表示|，|他|没有|收到|调任|… — the subject is a pronoun of the
    # clause, and 部长|的|提议 is no post taken; xwlb-20230628-09: 全国人大常委会|代表|工作委员会|主任
    an = hand_built("乌克兰国防部长列兹尼科夫6日表示，他没有收到调任乌克兰战略工业部部长的提议。",
                   ("Person", "列兹尼科夫", "列兹尼科夫"), ("Agency", "乌克兰战略工业部", "乌克兰战略工业部"))
    find_posts(an)
    assert not any(organisation == "乌克兰战略工业部" for _, organisation, _, _ in _posts(an))
    an = hand_built("会议经表决，任命郭振华为全国人大常委会代表工作委员会主任。",
                   ("Person", "郭振华", "郭振华"), ("Agency", "全国人大常委会", "全国人大常委会"))
    find_posts(an)
    assert _posts(an) == set()


# --- real sentences of the news, end to end

NEWS_VERB_POSTS = {
    "xwlb-20230224-04": {("唐一军", "司法部", "部长", True), ("贺荣", "司法部", "部长", False)},
    # a list of the appointed, one of them (何新) read as no name
    "xwlb-20230314-07": {(name, "全国人大常委会", "副秘书长", False) for name in ("刘俊臣", "郭振华", "胡晓犁", "欧阳昌琼")},
    # 沈晓明同志任湖南省委委员、常委、书记，不再担任海南省委书记、常委、委员职务
    "xwlb-20230314-10": {("沈晓明", "湖南省委", "书记", False), ("沈晓明", "湖南省委", "常委", False),
                         ("冯飞", "海南省委", "书记", False)},
    # 免去李尚福的国务委员、国防部部长职务: a title naming its organisation opens the chain
    "xwlb-20231024-07": {("李尚福", "国务院", "国务委员", True), ("李尚福", "国防部", "部长", True),
                         ("刘昆", "财政部", "部长", True)},
    "xwlb-20231012-07": {("王东明", "中华全国总工会", "主席", False)},
}


@pytest.fixture(scope="module")
def news_stories():
    return shared_records(NEWS, NEWS_VERB_POSTS, "the shared news corpus")


def _holdings(extraction) -> set[tuple[str, str, str, bool]]:
    labels = {e.id: e.label for e in extraction.entities}
    return {(labels[r.subject], labels[r.object], r.prop("title"), bool(r.prop("former")))
            for r in extraction.relations if r.predicate == "holdsPost"}


@pytest.mark.parametrize("story", sorted(NEWS_VERB_POSTS))
def test_posts_after_verbs_in_the_news(news_stories, story):
    found = _holdings(kgraph.extract_text(news_stories[story]["text"], doc_id=story))
    assert NEWS_VERB_POSTS[story] <= found, NEWS_VERB_POSTS[story] - found


def test_no_post_for_a_title_that_runs_on_into_a_committee(news_stories):
    text = shared_records(NEWS, {"xwlb-20230628-09"}, "the shared news corpus")["xwlb-20230628-09"]["text"]
    found = _holdings(kgraph.extract_text(text, doc_id="xwlb-20230628-09"))
    assert ("郭振华", "全国人大常委会", "代表", False) not in found
    assert ("宋锐", "全国人大常委会", "副秘书长", False) in found


# --- invented local notices, end to end

def test_a_local_appointment_gives_the_post_and_the_event_its_organisation():
    ex = kgraph.extract_text("经研究决定，任命孙志强为公安县人民政府常务副县长。", date="2023-05-12")
    assert ("孙志强", "公安县人民政府", "常务副县长", False) in _holdings(ex)
    labels = {e.id: e.label for e in ex.entities}
    [event] = [e for e in ex.events if e.type == "Appointment"]
    assert {(role, labels[entity]) for role, entity in event.arguments} == {
        ("person", "孙志强"), ("organization", "公安县人民政府")}


def test_a_transfer_and_a_comrade_named_before_the_verb():
    ex = kgraph.extract_text("原公安县委书记王建国已调任荆州市委秘书长。孙志强同志任公安县副县长。")
    found = _holdings(ex)
    assert {("王建国", "公安县委", "书记", True), ("王建国", "荆州市委", "秘书长", False),
            ("孙志强", "公安县人民政府", "副县长", False)} <= found


def test_a_verb_with_nobody_named_gives_no_post():
    # 他|当选|…: a pronoun, and 当选 of a country's head with no agency written
    ex = kgraph.extract_text("会议强调，要担任好公安县人民政府的职责。他当选为主席。")
    assert _holdings(ex) == set()

"""Central bodies written in full or with their term, and posts held again: a party's Central Committee of a term
is its centre (中国民主促进会|第十五届|中央委员会 is 民进中央); the congress's committee on the constitution and law is
one body; the FAO's short and full names are one; 连任 names the post held again."""
from __future__ import annotations

import kgraph
from kgraph.extraction.recognisers.agencies import _central_committee

from .test_events import analysis


def _extract(text: str, date: str = "2023-12-07"):
    ex = kgraph.extract_text(text, date=date)
    return ex, {e.id: e.label for e in ex.entities}


def test_a_partys_central_committee_of_a_term_is_its_centre():
    # xwlb-20231207-10, and 14 such names of the democratic parties and the League in xwlb-2023
    ex, labels = _extract("12月7日上午，中国民主促进会第十五届中央委员会第二次全体会议在京开幕。"
                          "民进中央主席蔡达峰代表民进第十五届中央常务委员会作工作报告，常务副主席朱永新主持开幕会。")
    organizers = {labels[i] for ev in ex.events for role, i in ev.arguments if role == "organizer"}
    assert organizers == {"民进中央"}, organizers
    centre = next(e for e in ex.entities if e.label == "民进中央")
    assert "中国民主促进会第十五届中央委员会" in centre.aliases
    # no bare 中央委员会 of no one, and no party apart from its centre
    assert not {"中央委员会", "中国民主促进会"} & {e.label for e in ex.entities}


def test_the_central_committee_stage_on_a_hand_built_analysis():
    text = "九三学社第十五届中央委员会第五次全体会议召开。阿东代表共青团第十八届中央委员会作报告。中国共产党第二十届中央委员会第二次全体会议举行。"
    an = analysis(text, [("Agency", "九三学社"), ("Agency", "中央委员会")])
    _central_committee(an)
    assert [(m.text, m.label) for m in an.of_type("Agency")] == [
        ("九三学社第十五届中央委员会", "九三学社中央"), ("共青团第十八届中央委员会", "共青团中央"),
        ("中国共产党第二十届中央委员会", "中共中央")]


def test_the_congress_committee_on_the_constitution_and_law_is_one_body():
    # xwlb-20230308-09 (40 mentions a year; the model reads 全国人大 alone, cut at 和)
    ex, labels = _extract("全国人大宪法和法律委员会召开全体会议对立法法修正草案进行统一审议\n"
                          "宪法和法律委员会会议对代表提出的意见进行了逐条研究。", date="2023-03-08")
    assert "全国人大宪法和法律委员会" in {e.label for e in ex.entities}
    organizers = {labels[i] for ev in ex.events for role, i in ev.arguments if role == "organizer"}
    assert organizers == {"全国人大宪法和法律委员会"}


def test_the_fao_is_one_body_and_a_post_held_again_is_read():
    # xwlb-20230702-12: the headline writes the FAO short, the story whole; 连任 names the post
    ex, labels = _extract("屈冬玉连任联合国粮农组织总干事\n联合国粮食及农业组织大会第43届会议今天（7月2日）在意大利首都罗马举行"
                          "新任总干事选举，中方候选人、现任总干事屈冬玉以高票成功胜选连任。", date="2023-07-02")
    agencies = [e for e in ex.entities if e.type == "Agency"]
    assert [e.label for e in agencies] == ["联合国粮食及农业组织"]
    posts = {(labels[r.subject], labels[r.object], dict(r.props).get("title")) for r in ex.relations
             if r.predicate == "holdsPost"}
    assert ("屈冬玉", "联合国粮食及农业组织", "总干事") in posts, posts


def test_the_cppccs_national_committee_of_a_term_is_the_cppcc():
    # xwlb-20231229-08: 政协|第十四届|全国委员会|第十二次|主席会议; xwlb-20230303-04: 中国人民政治协商会议|第十四届|全国委员会
    for text in ("日前召开的政协第十四届全国委员会第十二次主席会议决定。", "中国人民政治协商会议第十四届全国委员会第一次会议在京开幕。"):
        ex = kgraph.extract_text("新闻\n" + text, date="2023-12-29")
        assert {e.label for e in ex.entities if e.type == "Agency"} == {"全国政协"}, (text, ex.entities)


def test_a_team_the_centre_sends_is_one_body_by_its_number():
    # xwlb-20230523-05: 中央第四十六指导组|在|…|调研; xwlb-20230925-01: 主题教育中央第五巡回指导组 (32 such teams a year)
    ex = kgraph.extract_text("新闻\n中央第四十六指导组在江苏南京调研。", date="2023-05-23")
    assert "中央第四十六指导组" in {e.label for e in ex.entities if e.type == "Agency"}
    labels = {e.id: e.label for e in ex.entities}
    assert any(ev.type == "Visit" and ("agent", "中央第四十六指导组") in {(r, labels[i]) for r, i in ev.arguments}
               for ev in ex.events), ex.events
    ex = kgraph.extract_text("新闻\n主题教育中央第五巡回指导组负责同志参加汇报会。", date="2023-09-25")
    agencies = {e.label: set(e.aliases) for e in ex.entities if e.type == "Agency"}
    assert "主题教育中央第五巡回指导组" in agencies.get("中央第五巡回指导组", set()), agencies

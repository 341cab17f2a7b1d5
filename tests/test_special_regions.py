"""Bodies and heads of a special administrative region (香港, 澳门): its government is its 政府, never a 人民政府;
its other bodies keep the name the text writes after its short name; its 行政长官 holds the post in the region
(EVENTS.md: as a foreign head of state in his country).  A city's standing in a field (国际金融中心) is no body."""
from __future__ import annotations

import kgraph
from kgraph.extraction.posts.local import _heads_of_a_region

from .test_events import analysis


def _extract(text: str):
    ex = kgraph.extract_text(text, date="2023-12-20")
    labels = {e.id: e.label for e in ex.entities}
    return ex, labels


def test_a_regions_government_is_its_zhengfu_whether_written_whole_or_short():
    # xwlb-20231220-11: the one body written twice, no 澳门特别行政区人民政府
    ex, labels = _extract("澳门特别行政区政府在金莲花广场举行升旗仪式，庆祝回归祖国24周年。"
                          "澳门特区政府今天还举行庆祝澳门回归祖国24周年酒会。")
    agencies = [e for e in ex.entities if e.type == "Agency"]
    assert [e.label for e in agencies] == ["澳门特别行政区政府"]
    assert "澳门特区政府" in agencies[0].aliases
    organizers = {labels[i] for ev in ex.events for role, i in ev.arguments if role == "organizer"}
    assert organizers == {"澳门特别行政区政府"}


def test_a_regions_other_bodies_are_named_as_written_after_its_short_name():
    # xwlb-2023: 香港“一带一路”高峰论坛由香港特别行政区政府、香港贸易发展局共同主办; 香港中国企业协会 … 等有关负责人
    ex, _ = _extract("香港“一带一路”高峰论坛由香港特别行政区政府、香港贸易发展局共同主办。"
                     "香港友好协进会、香港中国企业协会、香港教育工作者联会等有关负责人出席。")
    agencies = {e.label for e in ex.entities if e.type == "Agency"}
    assert {"香港特别行政区政府", "香港贸易发展局", "香港中国企业协会"} <= agencies, agencies
    assert not any(label.startswith("香港特别行政区") and label != "香港特别行政区政府" for label in agencies), agencies


def test_the_chief_executive_holds_the_post_in_the_region():
    # xwlb-2023: 香港特别行政区行政长官李家超、澳门特别行政区行政长官贺一诚列席会议; 澳门特区行政长官贺一诚表示
    for text, held in (("香港特别行政区行政长官李家超、澳门特别行政区行政长官贺一诚列席会议并在主席台就座。",
                        {("李家超", "香港特别行政区"), ("贺一诚", "澳门特别行政区")}),
                       ("澳门特区政府今天还举行酒会。澳门特区行政长官贺一诚表示，特区政府将团结带领社会各界。",
                        {("贺一诚", "澳门特别行政区")})):
        ex, labels = _extract(text)
        posts = {(labels[r.subject], labels[r.object]) for r in ex.relations
                 if r.predicate == "holdsPost" and dict(r.props).get("title") == "行政长官"}
        assert posts == held, (text, posts)


def test_the_region_head_stage_on_a_hand_built_analysis():
    text = "香港特别行政区行政长官李家超、中央驻港机构负责人等出席。行政长官李家超致辞。"
    an = analysis(text, [("AdministrativeDivision", "香港特别行政区"), ("Person", "李家超"), ("Person", "李家超@2")])
    _heads_of_a_region(an, an.of_type("Person"))
    facts = [(f.subject.name, f.object.name, dict(f.props).get("title")) for f in an.facts if f.predicate == "holdsPost"]
    # the title written with the region; the bare 行政长官 later names no region of its own
    assert facts == [("李家超", "香港特别行政区", "行政长官")], facts


def test_a_citys_standing_in_a_field_is_no_body():
    # xwlb-2023 (12 times): 巩固提升|香港|国际金融中心|、|航运中心|、|贸易中心|地位; 上海|建设|国际金融中心; 打造|国际科创中心
    ex, _ = _extract("特区政府将巩固提升香港国际金融中心、航运中心、贸易中心地位。习近平强调，上海建设国际金融中心目标正确。"
                     "北京全力打造国际科创中心。长三角国家技术创新中心揭牌。")
    agencies = {e.label for e in ex.entities if e.type == "Agency"}
    assert not any(label.endswith(("金融中心", "航运中心", "贸易中心", "科创中心")) for label in agencies), agencies
    assert "长三角国家技术创新中心" in agencies  # a research body of the kind is one

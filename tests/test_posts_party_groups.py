"""Posts in a body's party group (posts/party_groups.py): 党组书记 and 党组成员 of a body are also held in the body's 党组,
an agency of its own (real pages of district and county sites, 2019-2023)."""
from __future__ import annotations

from kgraph.extraction.posts.party_groups import posts_in_party_groups

from .builders import hand_built
from .conftest import titled_posts


def _posts(an):
    labels = {m.key: m.label for m in an.mentions}
    return {(labels[f.subject], labels[f.object], dict(f.props)["title"]) for f in an.facts if f.predicate == "holdsPost"}


def test_a_party_groups_title_is_held_in_the_group_on_a_hand_built_analysis():
    # 区政协|党组书记、主席|毛更生 … 区政协|党组成员|郭金霞 (秦州区's page, 2019), as the stages before leave them
    an = hand_built("区政协党组书记、主席毛更生主持会议。区政协党组成员郭金霞出席。",
                    ("Agency", "区政协", "秦州区政协"), ("Person", "毛更生"), ("Agency", "区政协", "秦州区政协"),
                    ("Person", "郭金霞"))
    body, chair, _, member = an.mentions
    for person, title in ((chair, "党组书记"), (chair, "主席"), (member, "党组成员")):
        an.fact(person.key, "holdsPost", body.key, person.start, title=title)
    posts_in_party_groups(an)
    assert _posts(an) == {("毛更生", "秦州区政协党组", "书记"), ("毛更生", "秦州区政协", "党组书记"), ("毛更生", "秦州区政协", "主席"),
                          ("郭金霞", "秦州区政协党组", "成员"), ("郭金霞", "秦州区政协", "党组成员")}
    # one group for both, a unit of the body
    groups = [m for m in an.mentions if m.label == "秦州区政协党组"]
    assert len(groups) == 1 and groups[0].end == groups[0].start
    assert [(f.subject, f.object) for f in an.facts if f.predicate == "subOrganizationOf"] == [(groups[0].key, body.key)]


def test_a_party_bodys_own_titles_stay_and_the_group_written_whole_is_the_one():
    # a party committee's 书记 is its own (县委|书记), no group of it; a group the page writes whole takes the posts
    an = hand_built("县委书记王某主持会议。县财政局党组召开会议，县财政局党组书记李某出席。",
                    ("Agency", "县委", "某县委"), ("Person", "王某"), ("Agency", "县财政局党组", "某县财政局党组"),
                    ("Agency", "县财政局", "某县财政局"), ("Person", "李某"))
    committee, wang, group, bureau, li = an.mentions
    an.fact(wang.key, "holdsPost", committee.key, wang.start, title="书记")
    an.fact(li.key, "holdsPost", bureau.key, li.start, title="党组书记")
    posts_in_party_groups(an)
    assert _posts(an) == {("王某", "某县委", "书记"), ("李某", "某县财政局党组", "书记"), ("李某", "某县财政局", "党组书记")}
    assert sum(m.label == "某县财政局党组" for m in an.mentions) == 1


def test_party_group_posts_end_to_end():
    # 秦州区政协召开党组理论学习中心组学习会议暨党组会议。区政协党组书记、主席毛更生主持会议并讲话。区政协党组成员郭金霞、
    # 唐秀成出席会议 (秦州区融媒体中心, 2019)
    page = ("秦州区融媒体中心10月26日讯(记者 张敏)10月25日,秦州区政协召开党组理论学习中心组学习会议暨党组会议。"
            "区政协党组书记、主席毛更生主持会议并讲话。\n区政协党组成员郭金霞、唐秀成出席会议。\n")
    posts = titled_posts(page)
    assert {("毛更生", "秦州区政协党组", "书记"), ("毛更生", "秦州区政协", "主席"), ("郭金霞", "秦州区政协党组", "成员"),
            ("唐秀成", "秦州区政协党组", "成员")} <= posts
    # as EVENTS.md writes the title: 党组书记 of the body too
    assert ("毛更生", "秦州区政协", "党组书记") in posts


def test_an_organisations_party_committee_and_a_body_ending_as_a_committee():
    # 甘肃日报社社长,甘肃日报报业集团党委书记、董事长王光庆 (a city's page, 2018): 书记 of the group's 党委 too, 董事长 of
    # the group; 郑州市农委党组书记、主任樊惠林 (a county's page, 2019): 农委 ends as a committee does, and has a 党组
    posts = titled_posts("甘肃日报社社长,甘肃日报报业集团党委书记、董事长王光庆一行来我市。")
    assert {("王光庆", "甘肃日报报业集团党委", "书记"), ("王光庆", "甘肃日报报业集团", "董事长")} <= posts
    assert ("樊惠林", "郑州市农委党组", "书记") in titled_posts("郑州市农委党组书记、主任樊惠林一行到我市调研。")
    # a division's own committee has no unit of its own: 县委|书记, 镇党委|书记
    posts = titled_posts("谷城县召开会议。县委书记王明出席。")
    assert posts == {("王明", "谷城县委", "书记")}


def test_a_city_governments_party_group():
    # …和市政府秘书长李松明出席会议,市政府党组成员梁世武及有关部门负责人列席 (玉林市's page, 2019): the government's
    # 党组 is its own, though a division's committee has none (县委书记: no 县委党组)
    posts = titled_posts("玉林市召开会议。市政府秘书长李松明出席会议,市政府党组成员梁世武及有关部门负责人列席。")
    assert ("梁世武", "玉林市人民政府党组", "成员") in posts

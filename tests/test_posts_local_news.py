"""Posts as local dailies write them: notices of appointments (任命王芳同志为…), notices of
discipline with former posts (某局原党组书记、局长某某).  Real sentences of the national news
(../shared/corpus/news/xwlb-2023.jsonl) and invented lines in a city daily's style, end to end,
and hand-built analyses where the stage can be tested without the model."""
import pytest

import kgraph

from .builders import analysis_of, hand_built, mention
from .conftest import SHARED, shared_records

NEWS = SHARED / "corpus" / "news" / "xwlb-2023.jsonl"


def _holdings(text: str, region: str | None = "荆州市") -> set[tuple[str, str, str, bool]]:
    ex = kgraph.extract_text(text, region=region, date="2026-06-11")
    labels = {e.id: e.label for e in ex.entities}
    return {(labels[r.subject], labels[r.object], r.prop("title"), bool(r.prop("former")))
            for r in ex.relations if r.predicate == "holdsPost"}


def _sentence(record: dict, start: str) -> str:
    text = record["text"]
    at = text.index(start)
    return text[at:text.index("。", at) + 1]


# --- 同志 after a name a verb of appointment names (posts._after_address)

def test_an_appointment_notice_names_its_people_with_tongzhi():
    found = _holdings("经研究决定，任命王芳同志为公安县人民政府副县长；免去刘伟同志的公安县教育局局长职务。")
    assert ("王芳", "公安县人民政府", "副县长", False) in found
    assert ("刘伟", "公安县教育局", "局长", True) in found


def test_a_list_of_appointees_with_tongzhi():
    found = _holdings("任命张华同志、李军同志为公安县人民政府副县长。")
    assert {("张华", "公安县人民政府", "副县长", False), ("李军", "公安县人民政府", "副县长", False)} <= found


def test_a_word_of_address_is_skipped_only_when_written():
    from kgraph.extraction.posts.lists import _after_address

    assert _after_address("王芳同志为公安县", 2) == 4
    assert _after_address("王芳为公安县", 2) == 2
    assert _after_address("王芳同为公安县", 2) == 2  # 同 alone is no word of address


def test_the_subject_before_a_verb_with_tongzhi_in_the_news():
    # xwlb: 中共中央决定：…同志任…省委书记 (the subject's 同志 was always passed over)
    assert ("王宁", "云南省委", "书记", False) in _holdings("中共中央决定：王宁同志任云南省委书记。", region=None)


# --- an organisation's name ends before 原 (posts._end_before_a_former_marker)

@pytest.fixture(scope="module")
def discipline_notices():
    return shared_records(NEWS, {"xwlb-20230129-09", "xwlb-20230420-09", "xwlb-20230920-05"},
                          "the shared news corpus")


def test_former_posts_in_a_notice_of_discipline(discipline_notices):
    # xwlb-20230129-09: 中储粮集团公司|原|党组成员|、|副总经理|徐宝义 (read as 中储粮集团公司原党组)
    found = _holdings(_sentence(discipline_notices["xwlb-20230129-09"], "这十起"), region=None)
    assert {("徐宝义", "中储粮集团公司", "党组成员", True), ("徐宝义", "中储粮集团公司", "副总经理", True)} <= found
    assert not any("原" in organisation for _, organisation, _, _ in found)


def test_a_unit_named_original_is_no_organisation(discipline_notices):
    # xwlb-20230420-09: 辽宁省政协|原|党组副书记、副主席|孙远良, 文化和旅游部|原|党组副书记、副部长|李金早
    found = _holdings(_sentence(discipline_notices["xwlb-20230420-09"], "北京市政协原副主席"), region=None)
    assert {("孙远良", "辽宁省政协", "党组副书记", True), ("孙远良", "辽宁省政协", "副主席", True),
            ("李金早", "文化和旅游部", "副部长", True)} <= found
    assert not any(organisation.endswith(("原党组", "原")) for _, organisation, _, _ in found)


def test_a_former_chairman_of_an_exchange(discipline_notices):
    # xwlb-20230920-05: 上海期货交易所|原|党委书记、理事长|姜岩 (the model reads 上海期货交易所原)
    found = _holdings(_sentence(discipline_notices["xwlb-20230920-05"], "国家发展改革委评估督导司"), region=None)
    assert {organisation for person, organisation, _, former in found if person == "姜岩" and former}
    assert not any(organisation.endswith("原") for _, organisation, _, _ in found)


def test_a_county_notice_of_discipline():
    found = _holdings("公安县教育局原局长黄小明严重违纪违法。公安县文旅局原党组书记、局长孙强接受审查。")
    assert ("黄小明", "公安县教育局", "局长", True) in found
    # (文旅局 spelled out as its official name, the written form an alias: agency_expansions.tsv)
    assert {("孙强", "公安县文化和旅游局", "党组书记", True), ("孙强", "公安县文化和旅游局", "局长", True)} <= found


def test_the_cut_on_a_hand_built_analysis():
    from kgraph.extraction.posts.officials import _end_before_a_former_marker

    an = analysis_of("中储粮集团公司原党组成员徐宝义")
    wrong = mention(an, "Agency", "中储粮集团公司原党组")
    _end_before_a_former_marker(an, wrong)
    assert [(m.start, m.end, m.label) for m in an.of_type("Agency")] == [(0, 7, "中储粮集团公司")]
    # 中原, 太原: 原 inside a word is no marker; 原 at the start is a chain's marker, not the name's
    an = analysis_of("河南省中原信托有限公司党委书记")
    kept = mention(an, "Agency", "河南省中原信托有限公司")
    _end_before_a_former_marker(an, kept)
    assert list(an.of_type("Agency")) == [kept]


# --- a county's paper: its own county completes 县委, 县法院 (agencies.home_division)

def test_a_county_papers_bare_titles_are_its_countys():
    found = _holdings("县委书记王建国主持会议，县长赵红梅讲话。县法院院长孙力汇报。市委常委李强出席。", region="公安县")
    assert {("王建国", "公安县委", "书记", False), ("赵红梅", "公安县人民政府", "县长", False),
            ("孙力", "公安县人民法院", "院长", False), ("李强", "荆州市委", "常委", False)} <= found


def test_a_city_papers_bare_county_stays_unknown():
    # a city's paper that names no county: which 县委 is not said, no post is invented
    assert _holdings("4月2日，县委副书记、县长李明主持召开县政府常务会议。", region="荆州市") == set()


def test_the_home_division_on_the_gazetteer():
    from types import SimpleNamespace

    from kgraph.gazetteer import gazetteer
    from kgraph.extraction.recognisers.agencies import home_division

    gaz = gazetteer()
    county = next(n for n in gaz.lookup("公安县") if gaz.names[gaz.chain(n)[1]] == "荆州市")
    undated = SimpleNamespace(date=None)  # a page of no known date: the names borne today, then the former ones
    an = SimpleNamespace(region=SimpleNamespace(node=county), doc=undated)
    assert home_division(an, "县")[0] == "公安县"
    assert home_division(an, "市")[0] == "荆州市"
    assert home_division(an, "省")[0] == "湖北省"
    assert home_division(SimpleNamespace(region=SimpleNamespace(node=gaz.chain(county)[1]), doc=undated), "县") is None


# --- a residents' committee is the community's, not a unit of its party committee (division_bodies)

def test_a_community_chain_names_its_residents_committee():
    found = _holdings("沙市区东苑社区召开会议。社区党委书记、居委会主任刘敏介绍经验。")
    # (named as the residents' committee's full name, 居民委员会: agency_expansions.tsv)
    assert {("刘敏", "东苑社区党委", "书记", False), ("刘敏", "东苑社区居民委员会", "主任", False)} <= found
    assert not any("党委居" in organisation for _, organisation, _, _ in found)


# --- a membership, then posts the stage cannot read, then the name (posts._holder_further_on)

@pytest.fixture(scope="module")
def deputies():
    return shared_records(NEWS, {"xwlb-20230316-06", "xwlb-20230317-07"}, "the shared news corpus")


def test_a_deputy_named_after_a_village_post(deputies):
    # xwlb-20230316-06: 全国人大代表|、|四川眉山永丰村党委书记|李雪平 (the village is in no list)
    found = _holdings(_sentence(deputies["xwlb-20230316-06"], "全国人大代表、四川眉山"), region=None)
    assert ("李雪平", "全国人大", "代表", False) in found
    # xwlb-20230317-07: 全国人大代表|、|江西萍乡茅店村党总支书记|谭新萍 — both posts
    found = _holdings(_sentence(deputies["xwlb-20230317-07"], "全国人大代表、江西萍乡"), region=None)
    assert {("谭新萍", "全国人大", "代表", False), ("谭新萍", "茅店村党总支", "书记", False)} <= found


def test_a_county_deputy_in_a_local_paper():
    found = _holdings("公安县人大代表、埠河镇天星观村党支部书记王大伟在会上发言。")
    assert ("王大伟", "公安县人大", "代表", False) in found


def test_no_holder_past_a_clause():
    # the chain ends at 、 and the clause ends before any name: nobody holds 代表 here
    assert _holdings("会议邀请全国人大代表、基层干部参加，王大伟主持。", region=None) == set()


# --- a division's own body after a level word alone (data/posts/level_bodies.txt)

def test_a_towns_congress_and_a_sub_districts_office_after_their_level_word():
    found = _holdings("公安县埠河镇召开会议。镇长何平汇报工作，镇人大主席杨光出席。")
    assert {("何平", "埠河镇人民政府", "镇长", False), ("杨光", "埠河镇人大", "主席", False)} <= found
    found = _holdings("沙市区朝阳街道召开会议。街道办事处主任李明讲话。")
    assert ("李明", "朝阳街道办事处", "主任", False) in found
    # no town named: the congress is unknown, no post in a bare 人大
    assert not any(organisation == "人大" for _, organisation, _, _ in _holdings("镇人大主席杨光出席会议。"))


def test_a_towns_congress_on_a_hand_built_analysis():
    from kgraph.extraction.posts import find_posts

    an = hand_built("埠河镇召开会议，镇人大主席杨光出席。", ("AdministrativeDivision:township", "埠河镇"),
                    ("Agency", "人大"), ("Person", "杨光"))
    _, bare, person = an.mentions
    an.fact(person.key, "holdsPost", bare.key, person.start, title="主席", former=False)
    find_posts(an)
    assert {(f.subject.name, f.object.name) for f in an.facts if f.predicate == "holdsPost"} == {("杨光", "埠河镇人大")}


# --- which county is not said: no post (posts._unnamed_among_peers, _model_agencies_before_titles)

def test_counties_named_in_a_list_leave_a_bare_county_unknown():
    text = "公安县、江陵县、监利市防汛形势严峻。4月2日，县委副书记、县长李明主持召开县政府常务会议。"
    assert not any(person == "李明" for person, _, _, _ in _holdings(text))
    assert _holdings("公安县和江陵县防汛形势严峻。县长李明主持会议。") == set()
    # one county in the list (监利市 is a city): 县委 is 公安县's
    found = _holdings("公安县、监利市防汛形势严峻。4月2日，县委副书记、县长李明主持召开县政府常务会议。")
    assert {("李明", "公安县委", "副书记", False), ("李明", "公安县人民政府", "县长", False)} <= found


def test_peers_on_a_hand_built_analysis():
    from kgraph.extraction.posts.lists import _among_peers

    an = _local_analysis_with("公安县、江陵县召开会议", ("公安县", "江陵县"))
    assert _among_peers(an, an.mentions[0]) and _among_peers(an, an.mentions[1])
    an = _local_analysis_with("公安县召开会议，江陵县派员参加", ("公安县", "江陵县"))
    assert not _among_peers(an, an.mentions[0])


def _local_analysis_with(text, counties):
    return hand_built(text, *(("AdministrativeDivision:county", name) for name in counties))


def test_an_unresolved_court_holds_no_post():
    # a city's paper, no county named: 县|法院院长 (the model reads 县法院) is nobody's court
    assert _holdings("县法院院长孙力汇报工作。") == set()
    assert ("孙力", "公安县人民法院", "院长", False) in _holdings("公安县召开会议。县法院院长孙力汇报工作。")


# --- a division head's title alone in a city's paper (posts._home_division_named)

def test_a_vice_mayor_in_a_city_paper_is_the_citys():
    found = _holdings("3月5日，副市长李华到公安县调研防汛工作，县委副书记、县长赵红梅陪同。")
    assert {("李华", "荆州市人民政府", "副市长", False), ("赵红梅", "公安县人民政府", "县长", False)} <= found
    # the city the article names comes first; the national news (no region) names nobody's city
    assert ("李华", "松滋市人民政府", "副市长", False) in _holdings("松滋市召开会议。副市长李华出席。")
    assert _holdings("副市长李华出席会议。", region=None) == set()


def test_a_vice_governor_of_a_prefecture_in_a_county_level_citys_paper_is_the_prefectures():
    # 敦化市's media centre (2023): …市委书记刘岩智,|副州长|文金哲,|市委副书记… — 敦化市 lies in 延边朝鲜族自治州
    found = _holdings("州人大常委会副主任、市委书记刘岩智,副州长文金哲,市委副书记、市长唐振生参加签约。", region="敦化市")
    assert ("文金哲", "延边朝鲜族自治州人民政府", "副州长", False) in found
    assert ("唐振生", "敦化市人民政府", "市长", False) in found
    # a city that is no prefecture's of 州 has no 州 of its own to name
    assert not any(title == "副州长" for _, _, title, _ in _holdings("副州长文金哲出席签约。"))


def test_people_elected_together_each_hold_the_post_the_verb_names():
    # a county's people's congress (嘉禾县, 2016): …|郭薪|以190票的|高票当选|为县人民政府县长,|雷树平、…、张志伟|和|刘丹|
    # 当选|副县长 — the votes between the name and the verb, a list before it, a head's title alone after it
    text = ("嘉禾县第十六届人民代表大会第一次会议举行。经过认真计票,邓泽佳以190票的高票当选为县十六届人大常委会主任,"
            "王土祥、张晓源、李瑛当选为县十六届人大常委会副主任;郭薪以190票的高票当选为县人民政府县长,"
            "雷树平、张志伟和刘丹当选副县长。")
    found = _holdings(text, region=None)
    assert {("邓泽佳", "嘉禾县人大常委会", "主任", False), ("郭薪", "嘉禾县人民政府", "县长", False)} <= found
    assert {(name, "嘉禾县人大常委会", "副主任", False) for name in ("王土祥", "张晓源", "李瑛")} <= found
    assert {(name, "嘉禾县人民政府", "副县长", False) for name in ("雷树平", "张志伟", "刘丹")} <= found
    # a name further back, in another clause, is no subject of the verb (祝贺|他|当选: xwlb's congratulations)
    assert not any(person == "李强" for person, *_ in _holdings("李强出席会议。会上,王明当选为县人民政府县长。",
                                                               region="公安县"))


def test_a_roster_of_titles_and_names_after_the_heads_clause_is_the_heads_bodys():
    # a county's page (泗水县, 2020): 常委会党组书记、主任刘庆恩,副主任王士珂、|党组成员|彭金光、|副主任|王庆昆 — each item
    # a post of the standing committee (党组成员 its party group's member too)
    text = ("近日,泗水县人大常委会开展全县镇街人大规范化建设现场观摩会。常委会党组书记、主任刘庆恩,副主任王士珂、"
            "党组成员彭金光、副主任王庆昆、党组成员赵业红率领常委会委室负责人一行30余人对金庄镇开展检查。")
    found = _holdings(text, region=None)
    assert {("王士珂", "泗水县人大常委会", "副主任", False), ("王庆昆", "泗水县人大常委会", "副主任", False),
            ("彭金光", "泗水县人大常委会党组", "成员", False), ("赵业红", "泗水县人大常委会党组", "成员", False)} <= found
    # a list's item that is no roster's (a title no post before it in the sentence names) holds nothing
    assert not any(person == "李华" for person, *_ in _holdings("县委召开会议,王明、党组成员李华出席。", region="公安县"))


def test_a_foreign_states_governor_is_no_home_prefectures_and_respective_posts_are_not_spread():
    # a foreign state named, its 州长 is its own, not the home 延边朝鲜族自治州's (invented after city pages)
    found = _holdings("美国艾奥瓦州州长雷诺兹访问敦化市。州长雷诺兹表示,双方合作前景广阔。", region="敦化市")
    assert not any(body.startswith("延边") for _, body, _, _ in found)
    # 分别 gives the posts one to each, in order: not read, rather than each holding both
    assert _holdings("张三、李四分别当选为县人大常委会主任、副主任。", region="卓尼县") == set()


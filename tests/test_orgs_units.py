"""Units named right after a central agency (国务院|安委办, 全国人大常委会|代表工作委员会) are
agencies, units of it; a word of the dictionary made of two heads (委办) ends a name at each."""
import kgraph
from kgraph.extraction.recognisers.agencies import org_run

from .test_orgs_junk import _labels, _model_agencies, _sentence


def test_a_word_of_two_heads_ends_a_name_at_each():
    # jieba: 国务院|安|委办|、|应急|管理部 — 委办 is the dictionary's verb, and the committee (安委)
    # and its office (安委办)
    text = "国务院安委办、应急管理部今天召开会议"
    assert org_run(text, 3, len(text)) == [5, 6]
    # a common word written with two heads' characters is none (局部: false_org_heads.txt)
    text = "国务院局部调整"
    assert org_run(text, 3, len(text)) == []


def test_a_unit_named_after_a_central_agency_is_its_unit():
    # xwlb-20230425-11 国务院安委办、应急管理部今天（4月25日）召开全国安全防范工作会
    extraction = kgraph.extract_text(_sentence("xwlb-20230425-11", "国务院安委办"))
    labels = {e.id: e.label for e in extraction.entities}
    assert {"国务院安委办", "国务院"} <= set(labels.values())
    assert ("国务院安委办", "国务院") in {(labels.get(r.subject), labels.get(r.object)) for r in extraction.relations
                                    if r.predicate == "subOrganizationOf"}


def test_a_central_agency_written_next_is_no_unit():
    # xwlb-20230106-11 由|中央纪委国家监委|宣传部|与…: two central agencies, not one and a unit
    agencies = _labels(_sentence("xwlb-20230106-11", "中央纪委国家监委"), "Agency")
    assert "中央纪委国家监委" not in agencies and "中央纪委" in agencies


def test_a_qualifier_of_the_minister_is_no_part_of_the_ministry():
    # xwlb-20230906-14 提名乌梅罗夫担任|新任|国防部长 (jieba: 国防部长 one word)
    assert _model_agencies(("担任", "v"), ("新任国防部", "ORG"), ("长", "n"), ("。", "w")) == {"国防部"}
    assert "国防部" in _labels(_sentence("xwlb-20230906-14", "新任国防部长"), "Agency")
    # with no title after it, the qualifier is the body's own: 成立了|临时|委员会
    assert _model_agencies(("成立", "v"), ("了", "u"), ("临时委员会", "ORG"), ("。", "w")) == {"临时委员会"}


# ------------------------------------------- a unit named right after its organisation (处 科 系 室)

def test_a_unit_after_an_organisation_is_one_name_with_it():
    # pd-dev 长治人民医院|宣教|科|郝彦南同志 (the model: 宣/v 教科/n), 东丰县第五中学|教导处|的
    assert "长治人民医院宣教科" in _model_agencies(("在", "p"), ("长治人民医院", "ORG"), ("宣", "v"), ("教科", "n"),
                                              ("郝彦南", "PER"), ("同志", "n"))
    assert "吉林东丰县第五中学教导处" in _model_agencies(("吉林东丰县第五中学", "ORG"), ("教导处", "n"), ("的", "u"),
                                                 ("徐东辉", "PER"))
    # a verb's object is no unit (医院|失去|联系), nor a place after the agency (a dateline), nor a
    # pronoun's or a number's head (医院|每个|科), nor a common noun (教室: false_unit_heads.txt)
    assert _model_agencies(("人民医院", "ORG"), ("失去", "v"), ("联系", "vn")) == {"人民医院"}
    assert _model_agencies(("据", "p"), ("新华社", "ORG"), ("莫斯科", "LOC"), ("4月28日", "TIME"),
                           ("电", "n")) == {"新华社"}
    assert _model_agencies(("人民医院", "ORG"), ("每个", "r"), ("科", "n"), ("都", "d")) == {"人民医院"}
    assert _model_agencies(("第五中学", "ORG"), ("教室", "n"), ("里", "f")) == {"第五中学"}


def test_a_unit_after_an_organisation_in_the_news():
    # xwlb-20230709-03 西藏自治区水利厅河湖管理处是党中央、国务院授予的首批全国“人民满意的公务员集体”
    assert "西藏自治区水利厅河湖管理处" in _labels(_sentence("xwlb-20230709-03", "水利厅河湖管理处是"), "Agency")
    # xwlb-20230105-08 在四川大学华西医院急诊科，26岁的护士赖洁之前也感染了新冠病毒
    assert "四川大学华西医院急诊科" in _labels(_sentence("xwlb-20230105-08", "华西医院急诊科"), "Agency")
    # xwlb-20230318-04 全国人大代表、阜阳技师学院汽车工程系副主任贾亮回到学院
    assert "阜阳技师学院汽车工程系" in _labels(_sentence("xwlb-20230318-04", "汽车工程系副主任"), "Agency")


# ------------------------------------- a company named with its place or its group in brackets

def test_a_company_runs_on_over_its_place_in_brackets():
    # pd-dev 捷安特（中国）有限公司为本次比赛提供了赞助 (jieba: 捷安特|（|中国|）|有限公司)
    assert "捷安特（中国）有限公司" in _model_agencies(("捷安特", "ORG"), ("（", "w"), ("中国", "LOC"), ("）", "w"),
                                                ("有限公司", "n"), ("为", "p"), ("本次", "r"), ("比赛", "vn"))
    # a bracket that holds no place, or no company's head after it, is no part of the name
    assert _model_agencies(("国铁集团", "ORG"), ("（", "w"), ("新闻联播", "nz"), ("）", "w"), ("有限公司", "n")) == {"国铁集团"}
    assert "捷安特" in _model_agencies(("捷安特", "ORG"), ("（", "w"), ("中国", "LOC"), ("）", "w"), ("今天", "TIME"),
                                     ("宣布", "v"))


def test_a_company_with_its_place_in_brackets_in_the_news():
    # xwlb-20230221-10 决定授权中国工商银行（巴西）股份有限公司担任巴西人民币清算行
    assert "中国工商银行（巴西）股份有限公司" in _labels(
        _sentence("xwlb-20230221-10", "中国工商银行（巴西）股份有限公司"), "Agency")


# ------------------------------------------------- bodies named after a person

def test_a_foundation_named_after_a_person_is_one_name():
    # pd-dev 此外，李嘉诚基金会另捐款1000万元 (the model: 李嘉诚/PER 基金/n 会/v)
    assert _model_agencies(("此外", "c"), ("，", "w"), ("李嘉诚", "PER"), ("基金", "n"), ("会", "v"), ("另", "d"),
                           ("捐款", "v")) == {"李嘉诚基金会"}
    # the model's person runs into the head: 会见美国|彼得/PER|·|彼得森基金/PER|会/v|主席
    assert "彼得·彼得森基金会" in _model_agencies(("会见", "v"), ("美国", "LOC"), ("彼得", "PER"), ("·", "w"),
                                             ("彼得森基金", "PER"), ("会", "v"), ("主席", "n"))
    # a school is no such head: 习近平|中学|时代 is the man's school years
    assert not _model_agencies(("习近平", "PER"), ("中学", "n"), ("时代", "n"), ("就读", "v"))


def test_an_organisation_cut_at_the_dot_of_a_name_is_one_name():
    # xwlb-2023 (Gaza) 北部的卡迈勒·阿德万医院 (the model: 卡迈勒·/ORG 阿德万医院/ORG)
    assert _model_agencies(("北部", "f"), ("的", "u"), ("卡迈勒·", "ORG"), ("阿德万医院", "ORG"), ("遭到", "v"),
                           ("袭击", "vn")) == {"卡迈勒·阿德万医院"}
    # xwlb-20230617-15 美国彼得·彼得森基金会的预测显示 (the model: 美国彼得/ORG ·/w 彼得森基金会/ORG)
    assert "美国彼得·彼得森基金会" in _labels(_sentence("xwlb-20230617-15", "彼得森基金会"), "Agency")
    # a dot with no name after it joins nothing
    assert _model_agencies(("联合国", "ORG"), ("·", "w"), ("发言", "v")) == {"联合国"}


# ------------------------------------------- names listed with an organisation before 等 and a kind of one

_SOFTWARE = (("用友", "ORG"), ("、", "w"), ("新天地", "LOC"), ("、", "w"), ("金山", "LOC"), ("、", "w"),
             ("四通利方", "m"), ("等", "u"), ("国内", "s"), ("著名", "a"), ("软件", "n"), ("厂商", "n"),
             ("积极", "ad"), ("响应", "v"))


def test_names_listed_with_an_organisation_before_a_kind_of_organisation_are_organisations():
    # pd-dev 用友、新天地、金山、四通利方等国内著名软件厂商积极响应 (the model: 新天地/LOC, 金山/LOC)
    assert {"用友", "新天地", "金山"} <= _model_agencies(*_SOFTWARE)
    # with no organisation in the list, or no kind of organisation after 等, they stay places
    assert not {"新天地", "金山"} & _model_agencies(*_SOFTWARE[2:])
    assert not {"新天地", "金山"} & _model_agencies(*_SOFTWARE[:8], ("地", "n"), ("的", "u"), ("游客", "n"))
    # a country listed so is a country: 华为、美国、日本|等|企业 lists the countries' companies
    assert "美国" not in _model_agencies(("华为", "ORG"), ("、", "w"), ("美国", "LOC"), ("、", "w"), ("日本", "LOC"),
                                        ("等", "u"), ("企业", "n"))


def test_names_listed_with_an_organisation_end_to_end():
    agencies = _labels("用友、新天地、金山、四通利方等国内著名软件厂商积极响应。", "Agency")
    assert {"用友", "新天地", "金山"} <= agencies


# ------------------------------------------------- a count of the parties is no part of a name

def test_a_count_of_the_parties_is_no_part_of_a_name():
    # jieba tags 两国 a place (ns): 巴基斯坦和印度|两国|政府 (pd-dev) are two governments
    text = "印度两国政府为缓解紧张局势而努力"
    assert org_run(text, 2, len(text)) == []
    assert org_run("印度政府为缓解紧张局势而努力", 2, 14) == [4]
    # 日美|两国/ORG|中央银行/ORG (pd-dev): the two countries' banks, no name
    assert not _model_agencies(("日美", "LOC"), ("两国", "ORG"), ("中央银行", "ORG"), ("当天", "TIME"), ("在", "p"))
    # xwlb-20230603-10 6月2日，中国和阿根廷两国政府代表在北京签署…合作规划 (was an agency 阿根廷两国政府)
    sentence = _sentence("xwlb-20230603-10", "中国和阿根廷两国政府代表")
    assert not any("两国" in name for name in _labels(sentence, "Agency"))


# ------------------------------------------------- a quotation that is an organisation's name

def test_a_quotation_that_is_an_organisations_name():
    from kgraph.extraction.organisations import quoted_organisations

    from .test_orgs_junk import _analysis
    # pd-dev 并成立“防汛救灾领导小组”，同时积极与水文…联系 (the model reads no name in it)
    an = _analysis(("并", "c"), ("成立", "v"), ("“", "w"), ("防汛", "vn"), ("救灾", "vn"), ("领导小组", "n"),
                   ("”", "w"), ("，", "w"))
    assert [an.text[c.start:c.end] for c in quoted_organisations(an)] == ["防汛救灾领导小组"]
    # a count, or a head that is no organisation's in quotes (权力中心), is none
    an = _analysis(("聚焦", "v"), ("建设", "v"), ("“", "w"), ("五个", "m"), ("小组", "n"), ("”", "w"))
    assert quoted_organisations(an) == []
    an = _analysis(("加沙城", "LOC"), ("“", "w"), ("权力", "n"), ("中心", "n"), ("”", "w"))
    assert quoted_organisations(an) == []


def test_a_quotation_that_is_an_organisations_name_in_the_news():
    # xwlb-20230217-08 …并启动成立“总台纪录片制播联盟”; xwlb-20230909-16 …非政府组织“无家可归者联盟”近日发布
    assert "总台纪录片制播联盟" in _labels(_sentence("xwlb-20230217-08", "“总台纪录片制播联盟”"), "Agency")
    assert "无家可归者联盟" in _labels(_sentence("xwlb-20230909-16", "“无家可归者联盟”"), "Agency")
    # xwlb-20231221-12 哈马斯…“权力中心”: no agency of that name
    assert "权力中心" not in _labels(_sentence("xwlb-20231221-12", "“权力中心”"), "Agency")

"""Programs: what is a count of activities or a call to act, not one program's name
(issue #18: entities that take part in nothing are often no entities)."""
from __future__ import annotations

import pytest

import kgraph
from kgraph.extraction.analysis import Analysis, Region
from kgraph.extraction.recognisers.programs import find_programs
from kgraph.model import Document

from .conftest import by_label


def _programs(text: str) -> set[str]:
    doc = Document("t", "t", "t.txt", None, (), text, ((0, 0, len(text)),))
    an = Analysis(doc, Region(None))
    find_programs(an)
    return {m.label for m in an.mentions if m.type == "Program"}


@pytest.mark.parametrize("text", [
    # xwlb-2023: counts of activities, and one of a series
    "各地开展3000余场群众文化活动。",
    "博览会期间将举办27项重要活动。",
    "展会期间共举办100多场主题活动。",
    "神舟十五号乘组第四次出舱活动取得圆满成功。",
])
def test_a_count_of_activities_is_no_program(text):
    assert _programs(text) == set()


@pytest.mark.parametrize("text, program", [
    # the named ones beside them stay (xwlb-2023)
    ("2023年全国消防宣传月活动正式启动。", "2023年全国消防宣传月活动"),
    ("公安机关组织10个部门开展反诈专项行动。", "反诈专项行动"),
    ("各地深入开展困难群众走访慰问活动。", "困难群众走访慰问活动"),
])
def test_a_named_activity_stays_a_program(text, program):
    assert program in _programs(text)


@pytest.mark.parametrize("text", [
    # xwlb-2023: a quoted call to act that ends in 建设, 战略, 机制
    "要坚持以“全面推进中国式现代化建设”为主题。",
    "围绕“深入实施区域协调发展战略”建言献策。",
    "就“推动建立生态产品价值实现机制”开展专题调研。",
])
def test_a_quoted_call_to_act_is_no_program(text):
    assert _programs(text) == set()


def test_quoted_programs_stay():
    # xwlb-2023: “雪亮工程”, “加速增长计划” (a plan's name starting with a verb that governs nothing)
    assert _programs("推进“雪亮工程”建设，实施“加速增长计划”。") >= {"“雪亮工程”建设", "“加速增长计划”"}


def test_end_to_end_the_counted_activities_are_gone():
    # xwlb-2023 (春节): 各地推出3000余场群众文化活动
    ex = kgraph.extract_text("春节期间，各地推出3000余场群众文化活动，丰富群众节日生活。")
    assert not [e.label for e in ex.entities if e.type == "Program"]


@pytest.mark.parametrize("text", [
    # xwlb-2023: activities in the sense of operations or deeds
    "10月份生产经营活动预期指数为55.6%。",
    "随着经济企稳回升，仓储业务活动更趋活跃。",
    "调查人员称这一枪击事件可能与毒品交易活动有关。",
    "依法严厉打击海上违法犯罪活动。",
])
def test_an_operation_or_a_deed_is_no_program(text):
    assert _programs(text) == set()


@pytest.mark.parametrize("text, program", [
    # xwlb-2023: a verb that governs the name is no part of it (data/lexicon/program_governing_verbs.txt)
    ("依托引江济淮工程的江淮运河也加快建设。", "引江济淮工程"),
    ("特展借助沉浸式、数字化的技术创新，展示中华文明探源工程成果。", "中华文明探源工程"),
    ("要结合全国生态日宣传教育活动，健全完善生态环保领域法律制度。", "全国生态日宣传教育活动"),
])
def test_a_governing_verb_before_a_program_is_no_part_of_its_name(text, program):
    found = _programs(text)
    assert any(label.endswith(program) for label in found)
    assert not any(label.startswith(("依托", "展示", "要")) for label in found)


def test_what_a_governing_verb_leaves_no_name_of_is_no_program():
    # xwlb-2023 …攻克地面黄河岩溶多发的技术难题，确保|工程|顺利进行
    assert _programs("并攻克地面黄河岩溶多发的技术难题，确保工程顺利进行。") == set()


@pytest.mark.parametrize("text, program", [
    # verbs that start a name stay (xwlb-2023)
    ("2023年春运，全国铁路公安机关持续开展打击整治专项行动。", "打击整治专项行动"),
    ("市场监管总局开展制止餐饮浪费专项行动初见成效", "制止餐饮浪费专项行动"),
])
def test_a_verb_that_starts_a_program_s_name_stays(text, program):
    assert program in _programs(text)


@pytest.mark.parametrize("text", [
    # xwlb-2023: a kind of works, no program's name (data/lexicon/program_kind_words.txt)
    "我国将大力实施小流域综合治理等重点工程。",
    "作为京津冀协同发展的标志性工程之一，未来，这里1小时就可直达雄安新区、天津、唐山等地。",
    "抽取湖底淤泥，清淤工程可有效改善太湖水质。",
])
def test_a_kind_of_works_alone_is_no_program(text):
    assert _programs(text) == set()


@pytest.mark.parametrize("text, program", [
    # the named works beside them stay (xwlb-2023)
    ("南水北调中线引江补汉工程、环北部湾水资源配置工程、淮河入海水道二期工程等一批重大工程加快实施",
     "环北部湾水资源配置工程"),
    ("全面推进探月工程四期和行星探测工程。", "探月工程"),
])
def test_named_works_stay_programs(text, program):
    assert program in _programs(text)


@pytest.mark.parametrize("text", [
    # xwlb-2023: an activity whose unquoted words are all common ones is a kind of activity, no program
    "连日来，各地交管部门开展了形式多样的交通安全宣传活动。",  # xwlb-20231202-09
    "多地开展形式多样的志愿服务活动，聚焦“民之关切”。",
    "全国性科技学术社团举办学术研讨活动，积极推进学术交流。",
    "举办建交25周年纪念活动。",  # a count of years names none (xwlb-20230525-15)
])
def test_a_kind_of_activity_is_no_program(text):
    assert _programs(text) == set()


@pytest.mark.parametrize("text, program", [
    # xwlb-2023: a proper noun, a word the dictionary lacks, a named occasion or a campaign's slogan names it
    ("点亮航天梦想，多地开展中国航天日活动。", "中国航天日活动"),  # xwlb-20230424-09 (中国/ns)
    ("本届亚残运会火炬传递活动以“心相约，梦闪耀”为主题。", "亚残运会火炬传递活动"),  # xwlb-20231016-15
    ("各地启动新能源汽车下乡活动。", "新能源汽车下乡活动"),  # xwlb-20230621-06 (下乡)
    ("各地开展国防教育进校园活动。", "国防教育进校园活动"),
])
def test_an_activity_with_a_name_stays_a_program(text, program):
    assert program in _programs(text)


@pytest.mark.parametrize("text", [
    # xwlb-2023: words before 工程 that only say what kind of works, one of them a kind word
    "国家重大文化工程《复兴文库》出版发行。",  # xwlb-20230601-02
    "建设一批国家水网骨干工程。",  # xwlb-20230525-03
    "成为共建“一带一路”的重要标志性工程。",  # xwlb-20231020-06
])
def test_a_kind_of_works_in_several_words_is_no_program(text):
    assert not {p for p in _programs(text) if p.endswith("工程")}


@pytest.mark.parametrize("text, program", [
    ("中国载人航天工程三十年成就展在京开幕。", "中国载人航天工程"),  # a proper noun (中国)
    ("各地实施优质粮食工程。", "优质粮食工程"),  # no kind word
    ("实施城市排水防涝能力提升工程。", "城市排水防涝能力提升工程"),  # a verb (提升)
])
def test_named_works_in_common_words_stay_programs(text, program):
    assert program in _programs(text)


@pytest.mark.parametrize("text, program", [
    # xwlb-2023: national campaigns named by common words, which the list of programs knows
    ("他已经连续十年参加首都义务植树活动，挥锹铲土、培土围堰。", "全民义务植树"),
    ("指导推动新时代学雷锋活动不断拓展内容、创新形式。", "学雷锋活动"),
])
def test_a_national_campaign_in_common_words_is_a_program(text, program):
    assert program in _programs(text)


@pytest.mark.parametrize("text, program", [
    # xwlb-20230320-08 (both): a verb after a quoted program's head starts the clause
    ("“引汉济渭”工程加快建设，2000多名建设者奋战在施工一线。", "“引汉济渭”工程"),
    ("西藏拉萨旁多引水工程“三通一平”基础工程开工建设。", "“三通一平”基础工程"),
])
def test_a_verb_after_a_quoted_program_s_head_is_no_part_of_it(text, program):
    assert program in _programs(text)


def test_a_quoted_slogan_of_pieces_before_a_programs_head_is_a_program():
    # 严格落实“党政同责、一岗双责、齐抓共管、失职追责”工作机制 (a county's site, 平南县, 2025); 为确保“抓党建 促脱贫 保小康”
    # 工作 (a province's news site, 2017): pieces listed by 、 or a space, the head after the quotation
    import kgraph
    result = kgraph.extract_text("必须严格落实“党政同责、一岗双责、齐抓共管、失职追责”工作机制。为确保“抓党建 促脱贫 保小康”工作落到实处。")
    programs = {e.label for e in result.entities if e.type == "Program"}
    assert "“党政同责、一岗双责、齐抓共管、失职追责”工作机制" in programs
    assert "“抓党建 促脱贫 保小康”工作" in programs
    # a quotation of a sentence with marks is none (“你好，请问”)
    result = kgraph.extract_text("他说:“今天的活动、明天的工作都很重要”工作人员点头。")
    assert not [e for e in result.entities if e.type == "Program" and "明天" in e.label]


def test_a_quotation_a_verb_of_work_governs_on_a_local_page():
    # 结合开展“深学争优、敢为争先、实干争效”推动…, 以“近邻党建”为圆心, 推行“法媒银”深度运用 (local pages, 2019-2024)
    page = ("4月12日,歙县召开会议。县委要求,结合开展“深学争优、敢为争先、实干争效”推动工作。"
            "社区以“近邻党建”为圆心,推行“法媒银”深度运用。要以“零容忍”的态度整治,践行“远亲不如近邻,我们是一家人”。")
    programs = set(by_label(kgraph.extract_text(page), "Program"))
    assert {"“深学争优、敢为争先、实干争效”", "“近邻党建”", "“法媒银”"} <= programs
    # 以“零容忍”的态度: no 为 after it; a saying with a person in it is no program's name
    assert not any("零容忍" in p or "远亲" in p for p in programs)
    # a national medium's quotation governed so is the party's formula, no local program (落实“两个维护”)
    national = kgraph.extract_text("会议强调,要落实“两个维护”,推进工作。", publication="新闻联播")
    assert not by_label(national, "Program")


def test_named_events_and_observance_days():
    # 虎林市第五届全民运动会 (a county-level city's page, 2017): the term and the host open the event's name, and the
    # event named short elsewhere in the story is the same one
    programs = by_label(kgraph.extract_text("虎林市召开第五届全民运动会。9月19日,虎林市第五届全民运动会开幕。"), "Program")
    assert set(programs) == {"虎林市第五届全民运动会"}
    # the state's observance days (全国助残日, 国际志愿者日: county pages, 2018-2023): programs named bare
    programs = set(by_label(kgraph.extract_text("县残联开展全国助残日活动,庆祝国际志愿者日。"), "Program"))
    assert programs == {"全国助残日活动", "国际志愿者日"}
    # two hosts' events end so: the one named short is neither's
    programs = set(by_label(kgraph.extract_text("密山市第五届全民运动会和虎林市第五届全民运动会先后开幕。第五届全民运动会共有"
                                                "19个代表团参加。"), "Program"))
    assert "第五届全民运动会" in programs


def test_a_special_campaign_is_a_program_and_a_pilot_alone_none():
    # 吉林省…开展|森林防火区农事用火|专项治理 (a province's forestry site, 2019): an unquoted phrase before the head of a
    # special campaign
    assert "森林防火区农事用火专项治理" in _programs("今年以来,全省开展森林防火区农事用火专项治理。")
    # 试点 alone is a word of every county's news (积极开展|试点, 列为省级|试点), no program's head
    for text in ("积极开展试点,探索经验。", "该村被列为省级试点。", "我县被确定为全国首批试点。"):
        assert _programs(text) == set()


def test_a_quoted_programme_of_development_a_campaign_of_practice_and_a_forum():
    # 聚焦全区“12345”发展思路 (九龙坡区's page, 2023), 县校合作“三下乡”社会实践 (远安县's, 2021), 全国“村长”论坛 (a county's, 2019)
    assert "“12345”发展思路" in _programs("区委聚焦全区“12345”发展思路,深入推进文化建设。")
    assert "“三下乡”社会实践" in _programs("团县委通过县校合作“三下乡”社会实践等活动形式服务青年。")
    assert any("“村长”论坛" in p for p in _programs("第十届全国“村长”论坛在华西村举行。"))


def test_no_program_inside_a_firms_name_nor_a_divisions_body_quoted():
    # end to end: the bodies the stages before read hold no program
    def programs(text, region=None):
        return set(by_label(kgraph.extract_text(text, region=region), "Program"))
    # a district paper's page (天津市河东区): 天津送变电|工程|公司, 中铁十六局集团第二|工程|有限公司 are firms, no works
    text = "区委书记杜彩霞分别深入到天津送变电工程公司、中铁十六局集团第二工程有限公司等30余家驻区大企业。"
    assert not any(p.endswith("工程") for p in programs(text))
    # a city CPPCC's site (六安, its notice): 注明来源“政协六安市委员会”“六安市政协” … 摘自“六安市政协网站”字样
    text = "凡本网注明来源“政协六安市委员会”“六安市政协”及所属内设机构的各类稿件,请注明摘自“六安市政协网站”字样。"
    assert not any("六安市政协" in p for p in programs(text))
    # but a scheme in quotes the model reads a bank stays one (a community's page, 江门, 2020s)
    assert "“五邑志愿服务银行”" in programs("中福社区推出“红先锋志愿服务项目”“五邑志愿服务银行”“单元长积分制”等项目,"
                                          "凝聚志愿服务力量。", region="江门市")


def test_a_quoted_system_of_chiefs_or_duties_is_a_program_and_a_quoted_word_is_not():
    # a city's page (梅州, 2023): 要全面推动|“路长制”; a community's (江门, 2020s): “单元长积分制”
    assert "“路长制”" in _programs("他强调,要全面推动“路长制”,推进交通安全和路域环境整治。")
    assert "“单元长积分制”" in _programs("社区推出“单元长积分制”,凝聚志愿服务力量。")
    assert _programs("加强“控制”。") == set()


def test_a_title_a_division_campaigns_for_is_one_program_however_written():
    # county and city pages (2014-2024): 创建省级文明县城, 创建国家卫生城市 … 国家卫生城市创建
    found = _programs("我县召开创建省级文明县城推进会。")
    assert "创建省级文明县城" in found
    text = "全市掀起创建国家卫生城市热潮。国家卫生城市创建进入冲刺阶段。"
    doc = Document("t", "t", "t.txt", None, (), text, ((0, 0, len(text)),))
    an = Analysis(doc, Region(None))
    find_programs(an)
    keys = {m.key for m in an.mentions if m.type == "Program"}
    assert len(keys) == 1 and {m.label for m in an.mentions} == {"创建国家卫生城市", "国家卫生城市创建"}
    # (巩固创建成果: no title, no program)
    assert _programs("要巩固创建成果。") == set()
    # a clause between 创建 and a title is no field of it (要以|创建|为抓手推进|文明城市|建设)
    assert not any("创建" in p for p in _programs("要以创建为抓手推进文明城市建设。"))


def test_a_campaign_a_body_opens_in_quotes_stays_a_program():
    # (a county's page) 开展|“县委书记遍访贫困村”|行动: the quotation opens with a body and goes on; its head follows
    found = set(by_label(kgraph.extract_text("卓尼县召开会议。开展“县委书记遍访贫困村”行动。", region="卓尼县"), "Program"))
    assert "“县委书记遍访贫困村”行动" in found



def test_a_quotation_and_de_before_a_model_name_a_working_model():
    # “公司+基地+农户”|的|模式 (a county's page, 2014) and 推广|农产品|“保险＋期货”|的|模式 (xwlb-2023): a working model,
    # the 的 no part of its name
    result = kgraph.extract_text("大力实施整村推进和“公司+基地+农户”的模式发展园区养殖。他提出推广农产品“保险＋期货”的模式。")
    programs = by_label(result, "Program")
    assert {"“公司+基地+农户”模式", "“保险＋期货”模式"} <= set(programs)
    # but the 的 before any other word leaves the quotation as it was: “千万工程”|的|经验 is the program 千万工程's
    result = kgraph.extract_text("要宣传阐释好“千万工程”的经验。")
    assert "“千万工程”经验" not in by_label(result, "Program")


def test_contests_named_are_programs():
    # 汉丰湖|国际|摩托艇|公开赛 and 汉丰湖|畅游|邀请赛 (a district's page, 2018), 延长|剪纸大赛 (a county's, 2022): named contests,
    # recurring activities; a contest of no name (举办|比赛) is none
    result = kgraph.extract_text("重庆市开州区将举办汉丰湖国际摩托艇公开赛、汉丰湖畅游邀请赛等赛事。开州区体育局负责赛事组织。")
    assert {"汉丰湖国际摩托艇公开赛", "汉丰湖畅游邀请赛"} <= set(by_label(result, "Program"))
    result = kgraph.extract_text("延长县文化馆举办延长剪纸大赛颁奖仪式。延长县委宣传部负责同志出席。")
    assert "延长剪纸大赛" in by_label(result, "Program")
    # in national news a contest is named after its country, which stays a place (pd-dev-01571: 在|法国|公开赛|之前)
    result = kgraph.extract_text("张德培表示，现在最要紧的是尽快治疗，争取在法国公开赛之前达到最佳状态。")
    assert "法国公开赛" not in by_label(result, "Program")

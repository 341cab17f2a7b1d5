"""Local pages of round 43's blind set read this round (24 pages: rural revitalisation, farming and rivers; courts,
procuratorates, police and emergencies; streets, communities and elderly care; a fresh blind set of 24 stands in for
them): each rule tested on its page's sentences, on another text's where one shows it, and on the function it lives in."""
from __future__ import annotations

from kgraph.extraction.linkers import division_key
from kgraph.extraction.recognisers.divisions import infer_region
from kgraph.extraction.recognisers.short_forms import bodies_a_division_leads
from kgraph.gazetteer import gazetteer
from kgraph.ingest.layout import dateline_place, parse_credits
from kgraph.model import Mention

from .builders import analysis_of, extracted_labels, mention

# a county head's river patrol on a city portal (蓝山县, 永州信息港, 2019)
# (the portal's source field says the city's: no county is the page's home)
LANSHAN = ("蓝山县级河长、县长魏和胜带队巡河\n发布时间:2019-01-04 15:04 | 作者: | 来源:永州信息港 | 浏览次数:\n5月21日下午,艳阳高照,风和日丽。蓝山县级河长、县长魏和胜带领政府办、水利局、林业局、"
           "环卫局、交通局、规划局、荆竹瑶族乡等部门主要领导,对我县荆竹瑶族乡凌江河开展巡河调研,督导河长制工作落实情况。")

# a district's anti-drug day (安州区's police, 2017)
ANZHOU = ("6月26日,安州区组织开展了以“青少年拒绝合成毒品”为主题的禁毒宣传教育活动。“6.26”宣传日当天,区禁毒办会同交通局、"
          "卫计局、花荄派出所等单位,在城区汽车站设立宣传点,向过往群众发放宣传资料。")

# a city's market police catch a thief (义乌, 2016)
YIWU = ("昨日上午10点多,涉嫌昨日凌晨在国际商贸城外围两家餐饮店盗窃的李某被市公安局商城派出所民警押回。经初步审讯,李某1988年"
        "出生,湖南怀化人。目前,此案正在进一步审查中。今年以来,市公安局商城派出所紧紧围绕“控得住、打得严、防得住”的目标开展"
        "工作。")

# a district's day-care centre opened (右江区, 2021)
YOUJIANG = ("右江区民政局领导、城东社区工作人员、百色市民安社会工作服务中心社工及志愿者、社区老年人代表等共60多人出席了启动仪式。"
            "右江区民政局隆剑波纪检组长表示,将继续推进社区养老服务。")


def test_bureaus_a_county_head_leads_are_the_countys():
    _, typed, relations = extracted_labels(LANSHAN)
    for bureau in ("蓝山县水利局", "蓝山县林业局", "蓝山县环卫局", "蓝山县交通局", "蓝山县规划局", "蓝山县人民政府办公室"):
        assert typed.get(bureau) == "Agency", bureau
        assert ("locatedIn", bureau, None, "蓝山县") in relations
    assert typed.get("荆竹瑶族乡") == "AdministrativeDivision"  # the town listed among them stays a town


def test_bureaus_a_districts_body_acts_with_are_the_districts():
    _, typed, relations = extracted_labels(ANZHOU)
    assert typed.get("安州区交通局") == "Agency" and typed.get("安州区卫生和计划生育局") == "Agency"
    assert ("locatedIn", "安州区卫生和计划生育局", None, "安州区") in relations


def test_a_leading_verb_is_a_word_of_its_own_and_its_list_mostly_bureaus_closed_by_deng():
    # 率先 is no 率: 蓝山县政府|率先|在交通局… names no 蓝山县先在交通局
    _, typed, _ = extracted_labels(LANSHAN.split("\n5月")[0] + "\n蓝山县政府率先在交通局、水利局、林业局等部门推行电子政务。")
    assert not any("先在" in label for label in typed)
    # a list of other things with one bureau (带领|群众、党员、水利局|等) and a list not closed by 等 name no county bureau
    _, typed, _ = extracted_labels(LANSHAN.split("\n5月")[0] + "\n县长魏和胜带领群众、党员、志愿者、水利局、林业局等开展义务"
                                                             "植树。")
    assert "蓝山县水利局" not in typed
    _, typed, _ = extracted_labels(LANSHAN.split("\n5月")[0] + "\n县长魏和胜带领水利局、林业局。")
    assert "蓝山县水利局" not in typed


def test_fields_a_leader_leads_are_no_bureaus():
    # 周新辉率|县水利、国土、环保、畜牧水产、交通|等部门 (祁阳县's river patrol, 2018): fields, no bureau's short form
    _, typed, _ = extracted_labels("10月1日,县委书记、第一总河长周新辉率县水利、国土、环保、畜牧水产、交通等部门负责人巡查了湘江。")
    assert not any(label.endswith(("水利", "国土", "环保")) for label in typed)
    # nor people a head leads
    _, typed, _ = extracted_labels("蓝山县县长魏和胜带领群众、党员、志愿者等开展义务植树。")
    assert not any(kind == "Agency" and label.startswith("蓝山县") and label != "蓝山县人民政府"
                   for label, kind in typed.items())


def test_bodies_a_division_leads_on_a_hand_built_analysis():
    an = analysis_of("区禁毒办会同交通局、卫计局等单位设立宣传点。")
    node = next(iter(gazetteer().by_name.nodes("安州区")))
    key = division_key(node)
    an.add(Mention.make("AdministrativeDivision", "t", 0, 0, "安州区", "安州区", key, node=node, level="county"))
    mention(an, "Agency", "区禁毒办", "安州区禁毒办", division=key)
    bodies_a_division_leads(an)
    added = {m.label: m for m in an.of_type("Agency")}
    assert {"安州区交通局", "安州区卫生和计划生育局"} <= set(added)
    assert added["安州区交通局"].text == "交通局" and added["安州区交通局"].prop("division") == key
    assert {(f.subject, f.predicate, f.object) for f in an.facts} >= {
        (added["安州区交通局"].key, "locatedIn", key), (added["安州区卫生和计划生育局"].key, "locatedIn", key)}
    # a body of no division's before the verb leads nothing of a division's
    an = analysis_of("协会会同交通局、卫计局等单位设立宣传点。")
    mention(an, "Agency", "协会")
    bodies_a_division_leads(an)
    assert [m.label for m in an.of_type("Agency")] == ["协会"]


def test_a_native_place_is_no_city_of_the_level():
    _, typed, _ = extracted_labels(YIWU)
    assert "怀化市公安局" not in typed and "怀化市公安局商城派出所" not in typed


def test_a_body_credited_as_a_writer_is_no_people():
    # 作者:芦淞区统战部 … (通讯员  芦淞区统战部) (a district's united-front site, 2021): the department, no 芦淞|区统|战部
    assert parse_credits("通讯员  芦淞区统战部", 0) == []
    _, typed, _ = extracted_labels("作者:芦淞区统战部 编辑:redcloud 2021-05-26 10:01:54\n三湘统战网11月4日讯(通讯员  芦淞区统战部) "
                                   "近日,市委统战部常务副部长王继恩到枫溪办事处调研。")
    assert not {"芦淞", "区统", "战部"} & set(typed)
    # (names run together stay read: 通讯员|李婉婷陈亚飞)
    assert [r.name for r in parse_credits("通讯员 李婉婷陈亚飞", 0)] == ["李婉婷", "陈亚飞"]


def test_a_name_the_segmenter_glued_after_a_title_is_read_whole_where_written_whole():
    # 区委书记|张建/PER|党到 … 张建党/PER|指出 (淮阳区's elderly care, 2023)
    _, typed, relations = extracted_labels("8月25日上午,淮阳区委书记张建党到区第一、第二综合养老服务中心调研。张建党指出,养老服务"
                                           "体系建设是积极应对人口老龄化的务实之举。")
    assert typed.get("张建党") == "Person" and "张建" not in typed
    assert ("holdsPost", "张建党", "书记", "淮阳区委") in relations


def test_a_body_named_after_a_town_lies_in_it():
    # 该镇迅速设置|郭河中学|、… (庐江县郭河镇's flood news, 2020)
    _, _, relations = extracted_labels("庐江县郭河镇党委书记潘中宝介绍,该镇迅速设置郭河中学、郭河明德小学2个临时集中安置点。")
    assert ("locatedIn", "郭河中学", None, "郭河镇") in relations
    assert ("locatedIn", "郭河明德小学", None, "郭河镇") in relations
    # a village of the town's name is no bar (福星中学 beside 福星镇 and 福星村: 陇西县's procuratorate, 2019)
    _, _, relations = extracted_labels("陇西县人民检察院干警来到福星镇福星村开展普法宣传。下午,宣讲团来到福星中学,向福星中学400多名"
                                       "在校师生普及法律知识。")
    assert ("locatedIn", "福星中学", None, "福星镇") in relations
    # (甘溪滩镇马溪村 … 甘溪滩农旅融合服务中心: 甘溪滩镇's page, 2024)
    _, _, relations = extracted_labels("在甘溪滩镇马溪村,王兆铭一行走进马踏溪中药材特色产业园和甘溪滩农旅融合服务中心,详细了解该镇"
                                       "大力发展中药材种植。")
    assert ("locatedIn", "甘溪滩农旅融合服务中心", None, "甘溪滩镇") in relations


def test_a_national_brand_a_towns_name_opens_is_not_placed_in_the_town():
    # 新华|书店 beside 新华镇: a brand, no town's kind of body (word set town_named_body_heads); 新华|中学 is the town's
    _, _, relations = extracted_labels("梓潼县新华镇召开会议,新华书店经理王某参加。新华中学校长李某参加。")
    assert ("locatedIn", "新华中学", None, "新华镇") in relations
    assert not any(r[0] == "locatedIn" and r[1] == "新华书店" and r[3] == "新华镇" for r in relations)


def test_people_of_a_body_glued_to_its_name_are_no_part_of_it():
    _, typed, _ = extracted_labels(YOUJIANG)
    assert typed.get("百色市民安社会工作服务中心") == "Agency"
    assert "百色市民安社会工作服务中心社工" not in typed


def test_a_discipline_groups_head_after_the_name():
    _, _, relations = extracted_labels(YOUJIANG)
    assert ("holdsPost", "隆剑波", "纪检组长", "右江区民政局") in relations
    # before the name too (益阳市's discipline site, 2016, writes 市直单位纪检组长)
    _, _, relations = extracted_labels("会上,右江区民政局纪检组长隆剑波表示,将继续推进养老服务。")
    assert ("holdsPost", "隆剑波", "纪检组长", "右江区民政局") in relations


def test_a_firms_legal_representative_by_its_everyday_name():
    _, _, relations = extracted_labels("年初,嘉兴市文汇堂文化传播有限公司法人代表曹英老师,主动联系社区为居民迎春纳福。")
    assert ("holdsPost", "曹英", "法人代表", "嘉兴市文汇堂文化传播有限公司") in relations


def test_irrigation_districts_are_places_and_their_kinds_none():
    # xwlb-2023: 内蒙古河套灌区, 太湖港灌区; 大中型灌区, 数字孪生灌区 are kinds
    _, typed, _ = extracted_labels("近年来,全国98处大中型灌区完成改造。荆州的太湖港灌区已建成数字孪生灌区。")
    assert typed.get("太湖港灌区") == "Place"
    assert "大中型灌区" not in typed and "数字孪生灌区" not in typed


def test_a_recurring_event_named_in_quotation_marks_is_a_program():
    # (a street's elderly care, 2020s; 安州区's police, 2017; xwlb-20230328-06: “党的光辉照我心”文艺汇演)
    for text, program in (("社区举办“九九重阳节,情暖老人心”文艺汇演。", "“九九重阳节,情暖老人心”文艺汇演"),
                          ("社区召开“九九重阳”座谈会。", "“九九重阳”座谈会"),
                          ("区禁毒办带领舞蹈团队参加了全市“全民禁毒舞动绵阳”广场舞大赛。", "“全民禁毒舞动绵阳”广场舞大赛")):
        _, typed, _ = extracted_labels(text)
        assert typed.get(program) == "Program", text
    # the head alone names nothing, and after an unquoted name it is no program's head (垃圾分类|宣传周: xwlb-2023)
    _, typed, _ = extracted_labels("县里召开座谈会,听取意见。")
    assert not any(kind == "Program" for kind in typed.values())
    _, typed, _ = extracted_labels("垃圾分类宣传周在全市启动。")
    assert "垃圾分类宣传周" not in typed


def test_a_province_before_a_places_own_name_is_where_it_lies():
    # 江西|梅江|灌区, 西藏|布达拉宫|广场 (xwlb-2023)
    _, typed, relations = extracted_labels("江西梅江灌区完成改造。市民在西藏布达拉宫广场参加活动。")
    assert typed.get("梅江灌区") == "Place" and "江西梅江灌区" not in typed
    assert ("locatedIn", "梅江灌区", None, "江西省") in relations
    assert typed.get("布达拉宫广场") == "Place"
    # nor before a city or a county of the province, which places it more finely; nor a municipality's
    _, typed, relations = extracted_labels("安徽芜湖古城修缮完成。上海临港新片区发布政策。")
    assert typed.get("安徽芜湖古城") == "Place" and typed.get("上海临港新片区") == "Place"
    assert ("locatedIn", "安徽芜湖古城", None, "芜湖市") in relations
    # an airport's official name keeps its city; a kind after the province names nothing of its own; no name after a count
    _, typed, _ = extracted_labels("天津滨海国际机场迎来客流高峰。甘肃30多万亩大型灌区完成改造。")
    assert typed.get("天津滨海国际机场") == "Place"
    assert not any("万亩" in label for label in typed)


def test_a_community_the_gazetteer_lacks_after_its_street():
    # 枫溪街道|七斗冲/LOC|社区 (jieba 冲/v: 芦淞区's united-front page, 2021): the model's place before the suffix, right after
    # a street written whole
    _, typed, relations = extracted_labels("近日,王继恩到枫溪街道七斗冲社区督察创建工作。")
    assert typed.get("七斗冲社区") == "AdministrativeDivision"
    assert ("partOf", "七斗冲社区", None, "枫溪街道") in relations


def test_a_divisions_body_credited_as_the_writer_is_named_as_the_article_names_it():
    # (芦淞区's united-front page, 2021: its closing fields)
    ex, typed, _ = extracted_labels("三湘统战网11月4日讯 近日,芦淞区委常委、统战部长李晓彤到枫溪街道调研。\n\n作者:芦淞区统战部\n\n"
                                    "编辑:redcloud\n\n阅读下一篇")
    assert typed.get("芦淞区委统战部") == "Agency" and "芦淞区统战部" not in typed


def test_the_two_mountains_slogan_is_no_place():
    # 绿水青山就是金山银山 (xwlb-2023: 15 stories read 金山银山 as a mountain; a town's 金水银山 on a county page, 2019)
    for text in ("牢固树立绿水青山就是金山银山的理念。", "把绿水青山变成金山银山。", "绿水青山就是金水银山,该镇以“银杏”为媒。"):
        _, typed, _ = extracted_labels(text)
        assert not {"金山银山", "绿水青山", "金水银山"} & set(typed), text


def test_national_programs_local_pages_name_bare():
    # the read local sets' gold lists each wherever its page writes it (county health, discipline, farming and court news)
    _, typed, _ = extracted_labels("全县推进家庭医生签约服务和国家基本公共卫生服务,深入开展爱国卫生运动,严格落实中央八项规定精神。"
                                   "加快高标准农田建设,推进紧密型县域医共体建设,培育法律明白人,推行网格化管理,建设四好农村路。")
    for program in ("家庭医生签约服务", "国家基本公共卫生服务", "爱国卫生运动", "中央八项规定", "高标准农田建设",
                    "紧密型县域医共体", "法律明白人", "网格化管理", "四好农村路"):
        assert typed.get(program) == "Program", program


def test_the_farmland_and_an_everyday_phrase_are_no_programs():
    # 已建成10亿亩|高标准农田 (xwlb-2023): the farmland, not its building programme; 为民办实事, an everyday phrase
    _, typed, _ = extracted_labels("全国已建成10亿亩高标准农田。要增强为民办实事、解难题的自觉性。")
    assert not any(kind == "Program" for kind in typed.values())


def test_a_well_known_program_ending_with_a_head_is_named_from_its_own_start():
    # 深入开展|我为群众办实事实践活动 (a court's page, 2021), 学习浙江|千万工程|经验 (xwlb-2023; a village's page, 2024)
    ex, typed, _ = extracted_labels("深入开展我为群众办实事实践活动。学习浙江千万工程经验。")
    assert typed.get("我为群众办实事") == "Program" and typed.get("千万工程") == "Program"
    assert not any(label.startswith(("群众办实事", "学习浙江")) for label in typed)


def test_a_bureau_by_its_level_alone_is_the_one_the_article_named():
    # 县教体局党组成员余伟 … 他对|县局|领导…表示感谢 (潢川县's school, 2018): the one county bureau named, no 潢川县局
    ex, typed, _ = extracted_labels("潢川网9月8日讯 县教体局党组成员余伟一行来到潢川实验小学教育集团北校看望教师。校长代表全体教师"
                                    "作了表态性发言。他对县局领导在节日前的慰问表示感谢。")
    assert "潢川县局" not in typed
    bureau = next(e for e in ex.entities if e.label == "潢川县教育体育局")
    assert "县局" in {m.text for m in bureau.mentions}
    # with two bureaus named, which one is not said: none
    ex, typed, _ = extracted_labels("潢川网9月8日讯 县教体局、县财政局负责人来到潢川实验小学。他对县局领导的慰问表示感谢。")
    assert "潢川县局" not in typed
    assert not any("县局" in {m.text for m in e.mentions} for e in ex.entities)


def test_a_papers_dateline_names_where_the_story_is_at_home():
    # 农村大众报|高唐|讯 (a province's farm paper on a county's villages, 2016); 滨州日报/滨州网|滨城|讯
    assert dateline_place("农村大众报高唐讯(记者刘真真)2月15日一大早,…") == "高唐"
    assert dateline_place("滨州日报/滨州网滨城讯(记者 王某)近日,…") == "滨城"
    # none in a dateline of no place, nor in a national agency's (where its reporter files from)
    assert dateline_place("荆州日报讯(记者 王某)近日,…") is None
    assert dateline_place("新华社南京5月12日电(记者 王某)…") is None
    # the page is the county's: a model's common noun read as a place is no place there (文艺|广场)
    _, typed, _ = extracted_labels("农村大众报高唐讯(记者刘真真)2月15日一大早,高唐县姜店镇王楼村的村民们纷纷到村南头的文化广场扫雪。"
                                   "村民郭玉珍介绍,文艺广场天天晚上都有人跳舞。")
    assert "文艺" not in typed


def test_infer_region_by_the_datelines_place():
    gaz = gazetteer()
    node = next(n for n in gaz.lookup("高唐") if gaz.levels[n] == 3)
    assert infer_region([], "农村大众报", dateline="高唐").node == node
    assert infer_region([], "农村大众报").node is None
    # a county's only: a provincial paper's reporters file from its capital (大众日报|济南|讯) on the province's news
    assert infer_region([], "大众日报", dateline="济南").node is None
    # a site's county station (红网|汉寿站|7月6日讯) names the county
    assert dateline_place("红网汉寿站7月6日讯(分站记者 宋国强)…") == "汉寿"


def test_cooperatives_and_family_farms_named_by_their_brands():
    # (county pages, 2019-2023; the page's home a county the dateline names)
    head = "农村大众报高唐讯(记者刘真真)2月15日,"
    _, typed, relations = extracted_labels(head + "目前,已有13户农户加入高唐县江沿香瓜种植专业合作社,增加农民收入。村里的团利"
                                           "专业种养合作社探索发展肉牛养殖,带动了友期庄越光水稻种植合作社、景亮家庭农场发展。")
    for firm in ("高唐县江沿香瓜种植专业合作社", "团利专业种养合作社", "友期庄越光水稻种植合作社"):
        assert typed.get(firm) == "Agency", firm
    assert ("locatedIn", "高唐县江沿香瓜种植专业合作社", None, "高唐县") in relations
    # kinds: no brand (发展|家庭农场, 成立了|专业合作社, 农民|专业合作社, 各村|种植合作社, 当地|合作社)
    _, typed, _ = extracted_labels(head + "培育新型农业经营主体,发展家庭农场和农民专业合作社。该村成立了专业合作社,各村成立种植"
                                   "合作社,当地合作社带动农户增收。")
    assert not any(kind == "Agency" and label.endswith(("合作社", "农场")) for label, kind in typed.items())
    # a story at home nowhere: only after a division (以色列占领了|萨巴阿|农场, the Shebaa Farms: xwlb-20230610-11)
    _, typed, _ = extracted_labels("1967年中东战争期间,以色列占领了卡法舒巴及其附近的萨巴阿农场。")
    assert "萨巴阿农场" not in typed


def test_an_item_opening_with_another_village_is_no_sibling_of_the_first():
    # 西朱村田兴种植合作社、|杨东村|鑫农源种植合作社 (高唐县's town, 2021): 杨东村, which the gazetteer lacks, is the second's
    _, _, relations = extracted_labels("本报讯 (刘桐) 1月26日,高唐县杨屯镇现有党支部领办合作社27个,涌现出了三里村家林农机专业合作社、"
                                       "陈庄村美良农机专业合作社、西朱村田兴种植合作社、杨东村鑫农源种植合作社、张大屯村千畦种植"
                                       "合作社等适合当地发展和推广的合作社典型。")
    assert not any(r[0] == "locatedIn" and "鑫农源" in r[1] and r[3] == "西朱村" for r in relations)
    # and a village's neighbour (藕池任村|南/f|接/v|万邦千禾农场) is no cooperative's brand
    _, typed, _ = extracted_labels(LANSHAN.split("\n5月")[0] + "\n藕池任村南接万邦千禾农场,北靠机西高速公路。")
    assert not any(label.startswith("南接") for label in typed)

"""Local pages of round 38's blind set read this round (24 pages: county leadership, development zones and firms,
public services; a fresh blind set of 24 stands in for them): each rule tested on its page's sentences, on a story's
of the news corpus where the year gave one, and on the function it lives in."""
from __future__ import annotations

import pytest

from kgraph.extraction.recognisers.agencies import _heads_together, _particles_apart, _run_ends
from kgraph.extraction.recognisers.divisions import _made_a_town
from kgraph.ingest.layout import _bare_dateline_at, _names_run_together
from kgraph.resources import word_tags

from .builders import extracted_labels

# a county CPPCC's inspection (古丈县, 2016): deputies whose surnames the model reads as a preposition (向)
GUZHANG = ("红网古丈站6月8日讯 5日,古丈县政协主席曾传文,副主席向午平、梁福荣、粟继红,副县级干部及部分县政协常委、委员深入"
           "红石林镇调研。")

# a county's signing ceremony (修武县, 2016): a deputy head whose surname the model reads as an adjective (原)
XIUWU = "修武县委副书记、县长常鸿,县委常委、常务副县长辛丽华,副县长原骁锋等出席仪式。"

# a banner's page (西乌珠穆沁旗, 2019): the league's CPPCC written by its level, a village the gazetteer lacks, and
# the banner's CPPCC's head whose name the model reads as two nouns (宝|力道)
XIWU = ("8月12日,盟政协副主席宝日夫、资源环境和经济委员会主任冀书刚一行深入西乌旗就国家和自治区重大生态工程实施情况进行"
        "实地调研。旗政协主席宝力道、副主席姚海明、资源环境和经济委员会主要负责人陪同调研。调研组一行先后深入吉仁高勒镇"
        "扎嘎斯台嘎查牧户苏伊拉其其格家实地查看暖棚、储草棚。")

# a county's congress (桃源县, 2008): the county committee before the particle jieba glues to it (委的)
TAOYUAN = "桃源县第十五届人民代表大会第二次会议开幕。2007年,县人民政府在县委的正确领导和县人大的监督下,坚持科学发展观。"

# a county CPPCC's session (文成县, 2011): the offices written short, an acting secretary-general joined to a list
WENCHENG = ("文成县政协召开会议。县政协主席郑建华,副主席吴育民、余云初、刘建华、胡晓雄及代秘书长郑书讯出席会议,胡晓雄主持。"
            "县委办、县人大办、县府办、县纪委负责人列席会议。")

# an industrial park's signings (海东工业园区, 2018): projects listed by their names
HAIDONG = ("本报海东讯 7月21日,记者从海东工业园区管理委员会获悉,园区已落实“青洽会”意向签约项目7项。在7个项目中,信息技术"
           "项目2项,物流商贸项目2项。绿城五彩河湟建设项目、易华录城市数据湖项目、润厚农产品交易中心项目3项计划参加集中签约"
           "专题活动。")

# a city paper's health campaign in a village (武陟县, 2018): three correspondents written with no space between, and a
# town the gazetteer still holds as a township (嘉应观乡), which the segmenter cuts across (嘉应|观镇)
WUZHI = ("本报讯(记者冯佳志通讯员任永立宁计永王立勇)10月30日,武陟县嘉应观镇中水寨村,“健康焦作行大医献爱心”文明实践志愿"
         "服务专项行动在该村举办。")

# a city's head visits a county (吉水县, 2023): the city's strategy, named unquoted on a local page
JISHUI = "本报讯 记者罗仁瑾报道:近日,吉安市委副书记、市长罗文江在吉水县调研工业发展。他强调,要坚持工业强市战略,全面推进乡村振兴。"

# a county's investment meeting (武乡县, 2025) and an industrial park's firms (古丈县, 2016): firms the county took in
WUXIANG = ("4月5日,武乡县召开招商引资工作会议。王书文指出,近年来,武乡县先后引进了太行山酒厂、鼎锟高科新材料、太湖豆制品厂等"
           "企业,为加快县域经济发展起到了积极的推动作用。")
GUZHANG_PARK = ("5日,古丈县政协主席曾传文深入红石林镇调研。县工业园区目前已入驻南方水泥、湘泉酒业、鑫科牧业等10家企业,"
                "基础设施投资已超过1亿元。")

# xwlb-20230411-10: works a ministry asks for, listed with their verbs, name no project
RURAL_WORKS = ("通知要求，优先安排农村新型能源建设项目、要求各地实施脱贫地区儿童营养改善项目，切实做好相关工作。")


def test_a_surname_the_model_reads_as_a_preposition_or_an_adjective():
    _, typed, relations = extracted_labels(GUZHANG)
    assert typed.get("向午平") == "Person" and "午平" not in typed, typed
    assert ("holdsPost", "向午平", "副主席", "古丈县政协") in relations, relations
    _, typed, relations = extracted_labels(XIUWU)
    assert typed.get("原骁锋") == "Person" and "骁锋" not in typed, typed
    assert ("holdsPost", "原骁锋", "副县长", "修武县人民政府") in relations, relations


def test_a_preposition_after_a_title_stays_one_before_a_name_whole():
    # xwlb-20230917-03's 东盟秘书长高金洪 (jieba 高金洪) is read whole, and a leader's 向 before a name whole is no surname
    _, typed, _ = extracted_labels("东盟秘书长高金洪，以及中国、东盟等国家和地区工商界代表等约1200人出席。")
    assert typed.get("高金洪") == "Person" and "金洪" not in typed, typed
    _, typed, _ = extracted_labels("习近平主席向李强总理颁发证书。")
    assert not any(label.startswith("向") for label in typed), typed


def test_a_leagues_body_by_its_level_and_a_holder_between_two_titles():
    _, typed, relations = extracted_labels(XIWU)
    assert ("holdsPost", "宝日夫", "副主席", "锡林郭勒盟政协") in relations, relations
    assert ("holdsPost", "宝力道", "主席", "西乌珠穆沁旗政协") in relations, relations
    assert ("holdsPost", "姚海明", "副主席", "西乌珠穆沁旗政协") in relations, relations
    assert word_tags().get("宝力道") == "nr"  # the dictionary's name, though the model reads two nouns


def test_a_village_the_gazetteer_lacks_before_a_herders_home():
    _, typed, relations = extracted_labels(XIWU)
    assert typed.get("扎嘎斯台嘎查") == "AdministrativeDivision", typed
    assert ("partOf", "扎嘎斯台嘎查", None, "吉仁高勒镇") in relations, relations


def test_a_committee_before_the_particle_glued_to_it():
    _, typed, _ = extracted_labels(TAOYUAN)
    assert typed.get("桃源县委") == "Agency", typed
    assert _particles_apart(["委的", "领导"], word_tags()) == ["委", "的", "领导"]
    assert _particles_apart(["目的", "领导"], word_tags()) == ["目的", "领导"]  # a word of the dictionary stays
    assert _run_ends("委的领导下", "") == (1,)


def test_offices_written_short_and_a_title_joined_to_a_list():
    _, typed, relations = extracted_labels(WENCHENG)
    assert typed.get("文成县人民政府办公室") == "Agency", typed
    assert typed.get("文成县人大常委会办公室") == "Agency", typed
    assert ("holdsPost", "郑书讯", "代秘书长", "文成县政协") in relations, relations
    assert ("holdsPost", "胡晓雄", "副主席", "文成县政协") in relations, relations
    assert _heads_together(["人大", "办", "、", "县府", "办"]) == ["人大办", "、", "县府", "办"]


def test_projects_listed_by_their_names():
    _, typed, _ = extracted_labels(HAIDONG)
    for name in ("绿城五彩河湟建设项目", "易华录城市数据湖项目", "润厚农产品交易中心项目"):
        assert typed.get(name) == "Program", typed
    assert not any(label.endswith("项目2项") or label in ("信息技术项目", "7个项目") for label in typed), typed
    _, typed, _ = extracted_labels(RURAL_WORKS)
    assert not any(label.startswith(("优先", "要求")) for label in typed), typed


def test_a_sites_county_station_and_a_dateline_in_square_brackets():
    assert _bare_dateline_at("红网古丈站6月8日讯 5日,古丈县政协主席曾传文").group("medium") == "红网"
    assert _bare_dateline_at("【硅谷网9月12日讯】镇沅按照“生态立县,绿色发展”理念").group("medium") == "硅谷网"
    assert _bare_dateline_at("本网讯 今天上午") is None
    _, typed, _ = extracted_labels(GUZHANG)
    assert typed.get("红网") == "Agency", typed


def test_names_run_together_in_a_credit_and_a_town_the_gazetteer_holds_as_a_township():
    _, typed, relations = extracted_labels(WUZHI)
    for name in ("任永立", "宁计永", "王立勇", "冯佳志"):
        assert typed.get(name) == "Person", typed
    assert _names_run_together("任永立宁计永王立勇") == ("任永立", "宁计永", "王立勇")
    assert _names_run_together("李婉婷陈亚飞") == ("李婉婷", "陈亚飞")
    assert _names_run_together("健康焦作行大医") is None
    assert typed.get("嘉应观乡") == "AdministrativeDivision", typed
    assert ("partOf", "中水寨村", None, "嘉应观乡") in relations, relations
    assert _made_a_town("嘉应观镇", "嘉应观乡") and _made_a_town("西地乡", "西地镇")


def test_a_common_noun_across_a_names_end_and_its_suffix_makes_no_division():
    # (a local page's 建设|和美|乡村: 乡村 is a word of the dictionary, no village 美乡村 however the model reads it)
    _, typed, _ = extracted_labels("临澧县召开会议。会议要求,全面推进乡村振兴,建设和美乡村。")
    assert not any(label.endswith("乡村") for label, type_ in typed.items() if type_ == "AdministrativeDivision"), typed
    # nor more than the name's last character glued to the suffix (xwlb-20230503-02: 林芝|嘎拉村), nor a name a place's
    # head follows (xwlb-20230816-06: 太行|水镇|景区)
    _, typed, relations = extracted_labels("在西藏林芝嘎拉村，“90后”的广东姑娘黄海芬正通过特色旅游品牌带领乡亲们。")
    assert typed.get("嘎拉村") == "AdministrativeDivision" and "林芝嘎拉村" not in typed, typed
    _, typed, _ = extracted_labels("易县清西陵、太行水镇景区已恢复开放，开始接待游客。")
    assert "太行水镇" not in typed and typed.get("太行水镇景区") == "Place", typed


def test_a_local_pages_strategy_and_none_in_national_news():
    _, typed, _ = extracted_labels(JISHUI)
    assert typed.get("工业强市战略") == "Program", typed
    # national news writes strategies after verbs a phrase's words do not tell from a name (xwlb-2023)
    _, typed, _ = extracted_labels("会议强调，要紧密结合国家重大战略，始终保持战略定力。")
    assert not any(label.endswith("战略") for label in typed), typed


def test_firms_a_county_took_in_are_in_the_county():
    _, typed, relations = extracted_labels(WUXIANG)
    assert ("locatedIn", "太湖豆制品厂", None, "武乡县") in relations, relations
    assert ("locatedIn", "太行山酒厂", None, "武乡县") in relations, relations
    _, typed, relations = extracted_labels(GUZHANG_PARK)
    assert ("locatedIn", "湘泉酒业", None, "古丈县") in relations, relations
    # a firm named with no settling word is placed by nothing
    _, typed, relations = extracted_labels("武乡县召开会议。会议邀请湘泉酒业负责人作交流发言。")
    assert not any(r[0] == "locatedIn" and r[1] == "湘泉酒业" for r in relations), relations


def test_the_leagues_county_committee_as_one_word_and_a_body_by_its_kind():
    # 远安县's page (2019): jieba's one word 团县委 before the title
    _, typed, relations = extracted_labels("远安县召开会议。团县委书记韩潮表示,远安团县委结合服务青少年相关工作。")
    assert ("holdsPost", "韩潮", "书记", "共青团远安县委") in relations, relations
    # 洋县's page (2021): the body written by its kind alone, the article having named it whole
    _, typed, relations = extracted_labels("洋县文化馆利用新媒体手段进行宣传。文化馆馆长杨晓建接待了此次调研工作。")
    assert ("holdsPost", "杨晓建", "馆长", "洋县文化馆") in relations, relations
    # none where the article named two bodies of the kind
    _, typed, relations = extracted_labels("彭泽县第一中学和彭泽县第二中学开学。中学校长王某某表示欢迎。")
    assert not any(r[0] == "holdsPost" and r[1] == "王某某" for r in relations), relations


def test_a_model_of_parts_unquoted_and_works_named_by_no_one():
    # 张家川县's page (2019): the model's parts joined with +, no body (公司+合作社/ORG)
    _, typed, _ = extracted_labels("胡川镇多措并举完善产业发展相关措施,探索公司+合作社+农户产业发展模式,努力拓宽群众就业渠道。")
    assert typed.get("公司+合作社+农户产业发展模式") == "Program", typed
    assert not any("+" in label for label, type_ in typed.items() if type_ == "Agency"), typed
    # 古丈县's (2016) and 新安县's (2011) pages: works an adverb and a verb govern, works some counties run
    _, typed, _ = extracted_labels("县政协进行实地考察,详细了解工程施工进度。代表对部分县重点工程进行了视察。")
    assert not any(type_ == "Program" for type_ in typed.values()), typed


def test_no_firm_opens_with_a_verb_before_trades():
    # 修武县's page (2016): 围绕|新材料、新能源 … 三大战略性新兴产业 names trades, no firm 围绕新材料
    _, typed, _ = extracted_labels("修武县召开会议。各乡镇要紧紧围绕纺织业、铝工业四大主导产业,围绕新材料、新能源和电子信息三大战略性"
                                   "新兴产业,抓紧确定一批上下游配套项目。")
    assert not any(label.startswith("围绕") for label in typed), typed


@pytest.mark.parametrize("text, name, person", [
    # a village's page (2023): 黄桃 listed with 草莓, fruits
    ("这一规划既立足本村适合草莓、黄桃生长的自然条件,建成草莓、黄桃初加工车间。", "黄桃", False),
    # pd-dev-02233: 毛泽东 after 马列主义 is the dictionary's name
    ("要坚持以马列主义、毛泽东思想和邓小平理论武装头脑。", "毛泽东", True),
    # xwlb-20230829-11: a role before the next name is no thing
    ("安阳市凯信达商贸有限公司实际控制人康学俭、法定代表人康继革等被查处。", "康学俭", True),
    # a county's appointments: a word of address after a name is no thing
    ("任命张华同志、李军同志为公安县人民政府副县长。", "李军", True),
])
def test_no_person_listed_with_things(text, name, person):
    _, typed, _ = extracted_labels(text)
    assert (typed.get(name) == "Person") is person, typed


def test_a_venue_by_its_level_opening_a_clause():
    # 古丈县's page (2016): the county's industrial park written by the level's character, opening a clause
    _, typed, relations = extracted_labels("古丈县召开会议。县工业园区总规划面积3.8平方公里。")
    assert typed.get("古丈县工业园区") == "Place", typed
    assert ("locatedIn", "古丈县工业园区", None, "古丈县") in relations, relations

"""Local pages of round 42's blind set read this round (24 pages: the local economy and its firms; education, health,
culture and festivals; discipline, congresses, CPPCC sessions and appointments; a fresh blind set of 24 stands in for
them): each rule tested on its page's sentences, on another page's where one shows it, and on the function it lives in."""
from __future__ import annotations

from .builders import extracted_labels

# a district's culture bureau on museum day (凤翔区, 2021): a county made a district after the gazetteer's data, a venue
FENGXIANG = ("宝鸡市凤翔区文化和旅游局开展“5.18国际博物馆日”宣传活动\n5月18日上午,宝鸡市凤翔区文物局、凤翔区博物馆在区雍州大剧院"
             "门口组织开展了以“博物馆的未来:恢复与重塑”为主题的2021年“国际博物馆日”宣传活动。工作人员现场向群众详细介绍建设项目"
             "文物勘探程序,凤翔区打击文物违法犯罪,文物行政管理等热点话题。")

# a county congress's first oath of office (青川县, 2016)
QINGCHUAN = ("青川县首次举行宪法宣誓仪式\n316下午,县人大常委会在农业中心一楼会议室首次举行宪法宣誓仪式,县人大主任向勇主持宣誓仪式"
             "并监誓。\n县委常委、总工会主席强海英,县人大副主任袁余先,副县长范正勇到现场监誓。")

# a county's cadre meeting (户县, 2014: renamed 鄠邑区 in 2016)
HUXIAN = ("户县召开全县领导干部大会。县委副书记、县长张永潮,县委副书记李化出席会议。县人大主任张阅农、县政协主席张萍列席会议。")

# a township's first village culture festival closes (小留镇, 菏泽市牡丹区, 2023)
XIAOLIU = ("10月25日,菏泽市牡丹区小留镇第一届乡村文化节闭幕式顺利举办。小留镇党委副书记、镇长刘德修致闭幕词辞,牡丹区市场监管局"
           "私营经济党建办主任侯玉林,小留镇人大主席王文君,党委副书记马银祥,党委副书记李华聪,党委委员、副镇长郑巍崇,组织委员李明,"
           "宣传委员翟军帅等出席活动。")


def test_a_county_made_a_district_is_named_as_written():
    _, typed, relations = extracted_labels(FENGXIANG)
    assert typed.get("凤翔区") == "AdministrativeDivision" and "凤翔市" not in typed
    assert ("partOf", "凤翔区", None, "宝鸡市") in relations
    assert ("locatedIn", "凤翔区文物局", None, "凤翔区") in relations


def test_a_county_of_another_level_before_its_own_body():
    # 凤翔|区委|书记 (jieba reads 区委 as one word): the district, its committee named with it
    _, typed, relations = extracted_labels("宝鸡市凤翔区委书记王强主持会议。")
    assert typed.get("凤翔区") == "AdministrativeDivision" and "凤翔市" not in typed
    assert ("holdsPost", "王强", "书记", "凤翔区委") in relations


def test_a_county_level_opening_a_word_is_no_level():
    # 岐山|区域: the gazetteer's 岐山县 before a word the level's character opens, no 岐山区
    _, typed, _ = extracted_labels("宝鸡市岐山区域经济协调发展,岐山县委召开会议。")
    assert "岐山区" not in typed and typed.get("岐山县") == "AdministrativeDivision"
    # 沙县|县委 (沙县's page, 2018): a county whose short name ends with its level writes it twice; no 沙县县 of it
    _, typed, _ = extracted_labels("沙县县委常委、统战部长张素梅出席会议。")
    assert typed.get("沙县区") == "AdministrativeDivision"
    assert not any(label.startswith("沙县县") and kind == "AdministrativeDivision" for label, kind in typed.items())


def test_a_venue_of_its_own_name_after_a_level_is_spelt_without_it_too():
    # 在|区|雍州大剧院 (凤翔区's museum day, 2021): the district's venue, spelt as its own name too; the division stays in
    # the name, so that another city's venue of a common name (县|中山公园) is another place
    ex, _, relations = extracted_labels(FENGXIANG)
    venue = next(e for e in ex.entities if e.label == "凤翔区雍州大剧院")
    assert venue.type == "Place" and "雍州大剧院" in venue.aliases
    assert ("locatedIn", "凤翔区雍州大剧院", None, "凤翔区") in relations


def test_a_county_congress_director_is_its_standing_committees():
    _, typed, relations = extracted_labels(QINGCHUAN)
    assert ("holdsPost", "向勇", "主任", "青川县人大常委会") in relations
    assert ("holdsPost", "袁余先", "副主任", "青川县人大常委会") in relations
    assert not any(r[0] == "holdsPost" and r[3] == "青川县人大" for r in relations)
    # (户县人大主任: the committee of the county renamed 鄠邑区, spelt as written too)
    ex, typed, relations = extracted_labels(HUXIAN)
    assert ("holdsPost", "张阅农", "主任", "鄠邑区人大常委会") in relations
    committee = next(e for e in ex.entities if e.label == "鄠邑区人大常委会")
    assert "户县人大常委会" in committee.aliases


def test_a_county_congress_keeps_the_chains_other_posts():
    # the congress written short keeps its mention: a chain's other titles stay held (县人大副主任、秘书长; its 党组)
    _, _, relations = extracted_labels("青川县召开会议。县人大副主任、秘书长李明出席。县人大党组书记、主任王刚讲话。")
    assert ("holdsPost", "李明", "副主任", "青川县人大常委会") in relations
    assert any(r[:3] == ("holdsPost", "李明", "秘书长") for r in relations)
    assert ("holdsPost", "王刚", "主任", "青川县人大常委会") in relations
    assert any(r[:3] == ("holdsPost", "王刚", "书记") for r in relations)


def test_a_township_congress_keeps_its_chairman():
    _, _, relations = extracted_labels(XIAOLIU)
    assert ("holdsPost", "王文君", "主席", "小留镇人大") in relations


def test_a_peoples_organisation_after_the_party_committee_is_the_divisions():
    _, typed, relations = extracted_labels(QINGCHUAN)
    assert ("holdsPost", "强海英", "主席", "青川县总工会") in relations
    assert ("holdsPost", "强海英", "常委", "青川县委") in relations
    assert "青川县委总工会" not in typed
    # (and a women's federation after a city's committee: its chair holds the city's, 宜昌市妇联)
    _, _, relations = extracted_labels("宜昌市召开妇女工作会议。市委委员、妇联主席李红梅出席。")
    assert ("holdsPost", "李红梅", "主席", "宜昌市妇联") in relations


def test_a_bare_party_committee_in_a_townships_list_is_the_townships():
    _, _, relations = extracted_labels(XIAOLIU)
    for name in ("马银祥", "李华聪"):
        assert ("holdsPost", name, "副书记", "小留镇党委") in relations
    assert ("holdsPost", "郑巍崇", "委员", "小留镇党委") in relations
    assert ("holdsPost", "李明", "组织委员", "小留镇党委") in relations
    assert ("holdsPost", "翟军帅", "宣传委员", "小留镇党委") in relations


def test_a_bare_party_committee_after_no_townships_body_is_none():
    # a firm's party committee, after a firm's manager: no township's (nor any named) committee
    _, typed, relations = extracted_labels("城关镇召开安全生产会议。会上,华润公司总经理李大勇,党委副书记王建华作了发言。")
    assert not any(r[0] == "holdsPost" and r[1] == "王建华" and r[3] == "城关镇党委" for r in relations)
    # nor after a body that only lies in the town: the health centre's own committee, which the page does not name
    _, _, relations = extracted_labels("小留镇召开会议。小留镇卫生院院长王文君，党委书记马银祥参加活动。")
    assert not any(r[0] == "holdsPost" and r[1] == "马银祥" and r[3] == "小留镇党委" for r in relations)


# a deputy county head inspects the schools at the start of the year (全州县, 2018)
QUANZHOU = ("为促使全州县开学工作有序有效开展,副县长蒋雪娇带领县教育局相关领导深入县城各学校开展开学工作检查。\n9月5日上午,"
            "副县长蒋雪娇在教育局局长蒋邦勇的陪同下,先后来到全州二中、城关完小、城北完小、全州三中等学校检查开学工作。"
            "\n在全州二中,蒋雪娇一行首先查看了该校的清洁卫生情况。")

# county leaders visit a school group on teachers' day (潢川县, 2018)
HUANGCHUAN = ("情系一线教师 共谋教育发展——潢川县领导莅临实验小学北校慰问教师\n9月7日上午,在第三十四个教师节来临之际,"
              "县政府副县级干部李运宝、县政协党组成员李斌方、县教体局党组成员余伟一行来到潢川实验小学教育集团北校,"
              "亲切看望辛勤耕耘在教学一线的教育工作者。")


def test_a_countys_schools_by_their_short_names():
    _, typed, relations = extracted_labels(QUANZHOU)
    # (not 全州|三|中等|学校, which the segmenter reads so: the list's last school stays unread)
    for school in ("全州县第二中学", "全州县城关完小", "全州县城北完小"):
        assert typed.get(school) == "Agency"
        assert ("locatedIn", school, None, "全州县") in relations
    assert "中等学校" not in typed


def test_a_numbered_school_of_the_news_year():
    # xwlb-20230806-03, xwlb-20230807-03: 涿州二中, 杨村四中 (a town's of 武清区) after the flood
    _, typed, _ = extracted_labels("河北涿州二中的操场上,救援队伍正在转运物资。\n当地政府也努力做好蓄滞洪区群众安置工作,武清区杨村四中集中安置了560多名群众。")
    assert typed.get("涿州市第二中学") == "Agency"
    assert any(label.endswith("杨村第四中学") and kind == "Agency" for label, kind in typed.items())


def test_no_school_in_a_plenary_sessions_name():
    _, typed, _ = extracted_labels("党的十八届三中全会作出了全面深化改革的决定。公安县认真学习三中全会精神。")
    assert not any(label.endswith(("第三中学", "三中")) for label in typed)


def test_a_countys_education_and_sports_bureau_by_its_short_name():
    _, typed, relations = extracted_labels(HUANGCHUAN)
    assert typed.get("潢川县教育体育局") == "Agency" and "潢川县教育和体育局" not in typed
    assert ("holdsPost", "余伟", "党组成员", "潢川县教育体育局") in relations


# a city's women's federation visits a county (怀集县, 2024): the county's federation listed after its deputy head
HUAIJI = ("4月2日至3日,肇庆市妇联主席宗亚峰、副主席吴文娟一行到怀集县对妇女儿童工作开展“深调研”。怀集县副县长文红妹、妇联主席"
          "欧阳莺陪同调研。")


def test_a_kind_of_body_listed_after_another_divisions_official_is_that_divisions():
    _, typed, relations = extracted_labels(HUAIJI)
    assert ("holdsPost", "欧阳莺", "主席", "怀集县妇联") in relations
    assert ("holdsPost", "宗亚峰", "主席", "肇庆市妇联") in relations
    assert not any(r[1] == "欧阳莺" and r[3] == "肇庆市妇联" for r in relations)


# a county CPPCC's first session elects its officers (太和县, 2021)
TAIHE = ("太和县政协第十届委员会第一次会议闭幕。大会以举手表决的方式通过大会选举办法;选举杨代军同志为县政协第十届委员会主席,"
         "选举张亚军、尚卫东、颜鹏飞、赵伟四位同志为县第十届政协委员会副主席,选举耿新华同志为县第十届政协秘书长。")


def test_people_counted_before_the_post_they_are_elected_to():
    _, _, relations = extracted_labels(TAIHE)
    for name in ("张亚军", "尚卫东", "颜鹏飞", "赵伟"):
        assert ("holdsPost", name, "副主席", "太和县政协") in relations
    assert ("holdsPost", "杨代军", "主席", "太和县政协") in relations
    # (and in a later clause of the election, counted there too)
    _, _, relations = extracted_labels("太和县政协第十届委员会第一次会议闭幕。选举杨代军同志为县政协第十届委员会主席,"
                                       "李明、王强两位同志为秘书长。")
    assert ("holdsPost", "李明", "秘书长", "太和县政协") in relations and ("holdsPost", "王强", "秘书长", "太和县政协") in relations


def test_a_cppcc_by_its_level_and_term():
    _, typed, relations = extracted_labels(TAIHE)
    assert ("holdsPost", "耿新华", "秘书长", "太和县政协") in relations
    assert "政协委员会" not in typed


def test_a_military_sub_district_keeps_its_prefectures_short_name():
    # 宣城|军分区|政治部主任刘有斌 (绩溪县's festival, 2018), and a county's 人武部 by its level
    _, typed, relations = extracted_labels("绩溪县举行开幕式。宣城军分区政治部主任刘有斌,县长李前智出席。县人武部部长王刚讲话。")
    assert typed.get("宣城军分区") == "Agency" and "宣城市军分区" not in typed
    assert ("locatedIn", "宣城军分区", None, "宣城市") in relations
    assert ("holdsPost", "王刚", "部长", "绩溪县人武部") in relations


def test_villages_listed_before_their_count_and_level():
    # 赖坊镇|赖安、赖武|两村 (清流县's health page, 2018): the level written once after a count with no measure word
    _, typed, relations = extracted_labels("清流县赖坊镇卫生院医务人员利用赖坊镇赖安、赖武两村一年一度的庙会开展宣传演出。")
    assert typed.get("赖安村") == "AdministrativeDivision" and typed.get("赖武村") == "AdministrativeDivision"
    assert ("partOf", "赖安村", None, "赖坊镇") in relations


def test_a_quoted_item_of_a_list_of_works_is_a_program():
    # 项目建设、|“双招双引”|、环境打造|等各项工作 (利津县's development zone, 2020): the quoted item names a program of work
    _, typed, _ = extracted_labels("利津县召开会议。许明德说,利津经济开发区项目建设、“双招双引”、环境打造等各项工作成效显著。")
    assert typed.get("双招双引") == "Program"  # (a program of the lexicon since round 44, named so)
    # (and one the lexicon does not know, quoted the same way: an invented item)
    _, typed, _ = extracted_labels("利津县召开会议。许明德说,利津经济开发区项目建设、“百日攻坚”、环境打造等各项工作成效显著。")
    assert typed.get("“百日攻坚”") == "Program"
    # but a quoted manner before an item's words is none (a county's flood page: “全方位”|做好监测预警、…等工作)
    _, typed, _ = extracted_labels("平利县召开防汛会议。同时“全方位”做好监测预警、值班值守、应急处置和物资储备等工作。")
    assert not any(kind == "Program" for kind in typed.values())
    # nor people listed before 等工作人员
    _, typed, _ = extracted_labels("利津县组织党员干部、“五老”、志愿者等工作人员开展巡查。")
    assert not any(kind == "Program" for kind in typed.values())


def test_a_body_of_its_kind_after_a_preposition_is_the_one_named_before():
    # 副县长蒋雪娇|在|教育局|局长|蒋邦勇|的陪同下 (全州县's page, 2013): 全州县教育局, named a sentence before as 县教育局
    _, _, relations = extracted_labels(QUANZHOU)
    assert ("holdsPost", "蒋邦勇", "局长", "全州县教育局") in relations


def test_each_clause_an_appointing_verb_governs_holds_its_own_chain():
    # 决定任命|吴斌|为…，|林长春|为|北京市通州区信访办公室|主任，|刘军伟|为…|委员 (通州区's congress standing committee, 2019)
    _, _, relations = extracted_labels(
        "北京市通州区人大常委会召开会议。经无记名投票表决,决定任命吴斌为北京市通州区监察委员会副主任、代理主任,林长春为北京市通州区"
        "信访办公室主任,刘军伟为北京市通州区人民检察院检察委员会委员。")
    assert ("holdsPost", "林长春", "主任", "通州区信访办公室") in relations
    assert ("holdsPost", "刘军伟", "委员", "通州区人民检察院检察委员会") in relations
    assert ("holdsPost", "吴斌", "副主任", "通州区监察委员会") in relations

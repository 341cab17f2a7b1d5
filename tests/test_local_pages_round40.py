"""Local pages of round 39's blind set read this round (24 pages: townships, streets and villages at work; law and
order in a county; rural revitalisation and the environment; a fresh blind set of 24 stands in for them): each rule
tested on its page's sentences, on a story's of the news corpus where the year gave one, and on the function it lives
in."""
from __future__ import annotations

import pytest

from kgraph.ingest.layout import _body_then_a_name, _without_filed_from, header_fields, page_crumbs, parse_credits

from .builders import extracted_labels

# a city paper's profile of a village's secretary (陵城区, 2021): a byline with 报道 glued to the name, a villager whose
# surname the model reads as a preposition (于), the verb of a post before a village's body, an honour's name
LINGCHENG = ("第一书记变身村支书带着群众奔富路\n  □通讯员李继敏报道\n  本报讯 近日,糜镇杨家村党支部书记李桂发来到村合作社的"
             "辣椒种植基地。“一亩地纯收入能达到五六千。”正在地里干活的村民于登银给记者算了笔账。今年5月,李桂发经过遴选到"
             "陵城区糜镇杨家村任村党支部书记。李桂发个人先后荣获“全国科技助力精准扶贫先进个人”“山东省优秀退役军人”称号。")

# a county-level city's site (旬阳市, 2022): the government whose breadcrumb opens the page, the town's committee
XUNYANG = ("您当前的位置: 旬阳市人民政府> 工作动态> 各镇快讯> 正文详情\n\n关口镇:党员干部网格员 织密安全“防护网”\n\n"
           "“最近一次核酸检测什么时候做的?”关口镇党政办干部彭昌根拨通集镇居民的电话问候道。\n\n关口镇将集镇街道细化为网格,"
           "由镇党委副书记担任一级网格长、全体镇干部担任网格员。")

# a province's client on a county's village (古丈县, 2022): a firm's branch after its registered name, a team a body
# stations in the village, the dormitory of the team's members
GUZHANG = ("新湖南客户端10月11日讯(通讯员 彭甜甜)10月10日,中国邮政集团有限公司湖南省分公司党委委员、副总经理刘力一行人深入到"
           "湘西土家族苗族自治州古丈县断龙山镇猛虎洲村调研。刘力一行人听取了省邮政驻猛虎洲村工作队近期驻村帮扶工作汇报。"
           "随后,刘力一行前往工作队成员宿舍,查看工作队生活情况。")

# a district's discipline page (章贡区, 2019): a secretary written with 现任 after the town
ZHANGGONG = ("本报讯 (俞慧敏)近日,章贡区纪委监委就该区沙河镇原党委书记刘晓伟严重违纪违法案件,在沙河镇召开警示教育大会。"
             "“我们一定要时时处处给自己打预防针。”沙河镇现任党委书记钟亮在心得体会中深有感触地写道。")

# a county's police page (海原县, 2019): a station named after its town alone, in the county
HAIYUAN = ("如今,走进海原县老城区和海兴开发区,每一个小区、每一所学校的醒目位置都可以看到海原公安的“社区警务公示牌”。今年以来,"
           "海原县公安局因地制宜创新警务模式。“安装社区警务公示牌的初衷就是为了夯实社区警务工作。”城关派出所所长田晓平说。")

# a township's forest chiefs (罗店镇, 2023): a title and a verb the model reads as names once, an app's name, a slogan
# that puns on a city's name
LUODIAN = ("10月23日下午,兴隆村夏家寨林间,村级林长李银坤正带着护林员开展巡林,仔细排查火灾隐患。“这个月已经用‘林长智’APP"
           "记录16次了。”李银坤介绍着,“光是村干部入户宣传森林防火还不够,巡林是很有必要的。”开展林长制工作以来,罗店镇积极"
           "推广“林长智”应用,落实“林长制”工作要求,实现“林长治”目标。共设立镇级林长9名、村级林长56名,划分林长“责任田”,"
           "明确了各级林长、护林员的工作职责。罗店镇将督促各级林长开展巡林。")

# a street's culture festival (郑州's 建中街街道, 2021): quoted projects listed before the kind of projects they are
JIANZHONG = ("本报讯(郑报全媒体记者 景静)12月22日,二七区建中街街道举办活动。活动对街道“拯救爱”陪护照料计划、“心向阳光”社区"
             "矫正人员服务、“益行建中”关爱困难群体、安全直通车、适老化服务等公益项目,以及永安社区“移动居委会”、淮南社区“绿色"
             "家园”环境整治提升、五彩社区“小板凳”星空电影院等社区特色项目进行了详细讲解和推介。")


def test_a_byline_with_report_glued_to_the_name():
    assert _without_filed_from("通讯员李继敏报道") == "通讯员李继敏"
    assert _without_filed_from("记者 王金慧报道") == "记者 王金慧"  # a name before 报道, no place
    # the place a report was filed from, apart from the last name, stays no one's (a province portal's, 2021)
    assert [r.name for r in parse_credits(_without_filed_from("大众网记者 王金慧 通讯员 周翠婷 临沂报道"), 0)] == \
        ["王金慧", "周翠婷"]
    _, typed, _ = extracted_labels(LINGCHENG)
    assert typed.get("李继敏") == "Person", typed


def test_a_villager_the_model_reads_as_one_word_and_a_post_verb_before_a_village_body():
    _, typed, _ = extracted_labels(LINGCHENG)
    assert typed.get("于登银") == "Person", typed
    assert typed.get("杨家村党支部") == "Agency" and "杨家村任村党支部" not in typed, typed


def test_a_program_inside_an_honours_name_is_the_honours():
    _, typed, _ = extracted_labels(LINGCHENG)
    assert "精准扶贫" not in typed, typed
    _, typed, _ = extracted_labels("李桂发荣获“全国科技助力精准扶贫先进个人”称号。全县深入推进精准扶贫。")
    assert typed.get("精准扶贫") == "Program", typed  # named for itself elsewhere, it is one


def test_a_governments_breadcrumb_names_the_pages_home():
    assert "旬阳市" in page_crumbs(XUNYANG)
    _, typed, relations = extracted_labels(XUNYANG)
    assert typed.get("旬阳市人民政府") == "Agency" and typed.get("旬阳市") == "AdministrativeDivision", typed
    assert ("locatedIn", "旬阳市人民政府", None, "旬阳市") in relations, relations
    assert typed.get("关口镇党委") == "Agency", typed  # the town's committee written by its level, on the city's page


def test_a_firms_branch_and_a_team_stationed_in_a_village():
    _, typed, relations = extracted_labels(GUZHANG)
    assert typed.get("中国邮政集团有限公司湖南省分公司") == "Agency" and "湖南省分公司" not in typed, typed
    assert ("holdsPost", "刘力", "副总经理", "中国邮政集团有限公司湖南省分公司") in relations, relations
    assert typed.get("驻猛虎洲村工作队") == "Agency" and "猛虎洲村工作队" not in typed, typed
    assert ("locatedIn", "驻猛虎洲村工作队", None, "猛虎洲村") in relations, relations
    assert "工作队成员宿舍" not in typed, typed  # a kind of dormitory, no compound's name


def test_now_holding_between_a_town_and_its_committee():
    _, typed, relations = extracted_labels(ZHANGGONG)
    assert ("holdsPost", "钟亮", "书记", "沙河镇党委") in relations, relations


def test_a_countys_station_named_after_its_town():
    _, typed, relations = extracted_labels(HAIYUAN)
    assert ("locatedIn", "城关派出所", None, "海原县") in relations, relations


def test_titles_verbs_and_apps_the_model_reads_as_people_and_a_slogans_pun():
    _, typed, _ = extracted_labels(LUODIAN)
    assert typed.get("李银坤") == "Person", typed
    assert not {"林长", "巡林", "林长智"} & set(typed), typed
    assert "长治市" not in typed and "山西省" not in typed, typed
    # a name the model reads as a name wherever it is written stays one
    _, typed, _ = extracted_labels("县委书记林长青主持会议。林长青强调,要抓好森林防火。")
    assert typed.get("林长青") == "Person", typed


def test_quoted_projects_listed_before_their_kind():
    _, typed, _ = extracted_labels(JIANZHONG)
    programs = {label for label, type_ in typed.items() if type_ == "Program"}
    assert {"“心向阳光”社区矫正人员服务", "“益行建中”关爱困难群体", "“移动居委会”", "“绿色家园”环境整治提升",
            "“小板凳”星空电影院"} <= programs, programs
    assert "星空电影院" not in typed, typed  # the project's words, no cinema
    # a quotation in a list that no kind of projects closes is no project
    _, typed, _ = extracted_labels("居民在“长征社区”“熟人网格”里相处,大家把“要我做”变成“一起做”。")
    assert "“要我做”" not in typed, typed


def test_an_author_field_naming_a_body_and_its_writer():
    assert _body_then_a_name("剑阁县老促会杨村分会张秋蓉") == "剑阁县老促会杨村分会"
    assert _body_then_a_name("张秋蓉") is None
    fields = header_fields("2025/11/11  浏览量:   作者:剑阁县老促会杨村分会张秋蓉  来源:中国老区网")
    assert [(f.kind, f.value) for f in fields if f.kind != "other"] == [
        ("source", "剑阁县老促会杨村分会"), ("author", "张秋蓉"), ("source", "中国老区网")]


def test_a_county_media_centre_signing_the_last_line_and_a_sites_channel():
    page = ("石楼县召开乡村振兴示范村创建工作座谈会\n\n4月18日,我县召开乡村振兴示范村创建工作座谈会,副县长郭永东主持会议"
            "并讲话。郭永东指出,乡村振兴工作是一项系统工程。(乔冠中)\n石楼融媒")
    _, typed, relations = extracted_labels(page)
    assert ("locatedIn", "石楼县融媒体中心", None, "石楼县") in relations, relations
    assert "石楼融媒" not in typed, typed
    credits = parse_credits("大众网·海报新闻记者 孙秀利 见习记者 刘殿章", 0)
    assert (credits[0].name, credits[0].organization) == ("孙秀利", "大众网")


def test_bodies_written_together_and_units_named_by_their_place():
    _, typed, _ = extracted_labels("他强调,当前是我们认真贯彻落实党中央国务院决策部署的关键时期。")
    assert typed.get("中共中央") == "Agency" and typed.get("国务院") == "Agency" and "党中央国务院" not in typed, typed
    page = ("8月27日,由粤黔协作工作队铜仁工作组碧江小组、碧江区农业农村局、漾头镇人民政府主办的现场会在漾头镇九龙村举行。"
            "九龙村探索“广东总部+贵州基地”发展模式。")
    _, typed, relations = extracted_labels(page)
    assert not {"铜仁市工作组", "碧江区小组", "广东省总部"} & set(typed), typed
    assert ("locatedIn", "粤黔协作工作队铜仁工作组碧江小组", None, "碧江区") in relations, relations


# words of a kind, kin, a verb's works and a figure of speech, each from a page of the blind set read: no name
NO_NAMES = [
    ("不到一天,施工队进场,48小时后,管道换新。", "施工队"),  # a crew (包头's page, 2025)
    ("一季度共问责处理在村级工程中履职不到位的8人。", "村级工程"),  # works of a level (章镇镇's page, 2024)
    ("全镇29个村级联络站划分为4个小组。各联络站以小组为单位开展学习。", "联络站"),  # each body of a kind
    ("“搬到新家后,心里头就暖和,孙儿的作业也不用操心了。”", "孙儿"),  # kin (鲁甸县's page, 2025)
    ("要紧盯时间节点,加强与项目方沟通协作,严把工程质量关、施工安全关。", "严把工程"),  # a verb's works (新县's, 2021)
    ("要把党群服务中心打造成服务“三农”、密切干群关系的“连心桥”。", "连心桥"),  # a figure of speech (槐泗's, 2021)
]


@pytest.mark.parametrize(("text", "label"), NO_NAMES)
def test_words_that_name_nothing(text, label):
    _, typed, _ = extracted_labels(text)
    assert label not in typed, typed


def test_a_verb_before_a_communitys_committee_and_before_a_body_by_its_level():
    _, typed, _ = extracted_labels("包头市乌素图街道长征社区推行“熟人网格”。商户们都夸赞社区党委为老百姓做了实事。")
    assert "夸赞社区" not in typed and "夸赞社区党委" not in typed, typed
    _, typed, _ = extracted_labels("东乡县多部门联合开展专项督查。近日,州生态环境东乡分局联合县住建局、水务局等部门,"
                                   "在全县范围内联合开展生态环境专项督查行动。")
    assert not any(label.startswith("联合") for label in typed), typed
    assert typed.get("生态环境专项督查行动") == "Program", typed


def test_a_sites_own_dateline():
    _, typed, _ = extracted_labels("本网讯(谢磊 记者 许尔斌文/图)4月3日上午,记者从西充县公安局专项行动媒体通报会上获悉。")
    assert typed.get("许尔斌") == "Person" and "许尔斌文" not in typed, typed


def test_the_year_checks_of_the_rounds_rules():
    # xwlb-20230810-05: a Tibetan name the model reads as a noun elsewhere, after a title once, stays a person
    _, typed, _ = extracted_labels("西藏自治区党委办公厅机要交通处原副处长边巴多年来在雪域高原传递号令。2015年，边巴在执行"
                                   "任务时突发疾病。1981年，16岁的边巴在拉萨中学圆了当兵的梦想。转业后，边巴一直保持着军人的"
                                   "优良作风。")
    assert typed.get("边巴") == "Person", typed
    # xwlb-20230323-07 and the like: 中共 and a central department are one body, not two written together
    _, typed, relations = extracted_labels("中共中央宣传部部长李书磊出席。")
    assert ("holdsPost", "李书磊", "部长", "中共中央宣传部") in relations, relations
    # xwlb-20230922-11, xwlb-20230112-02: a role word before a noun or a verb the model reads as one word names nobody
    _, typed, _ = extracted_labels("中国农民丰收节晚会今晚播出。他为工人师傅们精心安排聚餐。")
    assert "丰收节" not in typed and "师傅们" not in typed, typed
    # xwlb-20230628-10: a place's body inside a body's name, written alone after it, keeps its posts
    _, typed, relations = extracted_labels(
        "赵乐际向第六任全国人大常委会香港特别行政区基本法委员会组成人员颁发任命书。会议任命了第六任香港特别行政区基本法委员会"
        "组成人员。他们是：主任沈春耀，副主任黄玉山、张勇。")
    assert ("holdsPost", "沈春耀", "主任", "全国人大常委会香港特别行政区基本法委员会") in relations, relations
    # xwlb-20230309-15: a quoted name after 的 before its kind is a name, no figure of speech
    _, typed, _ = extracted_labels("今天，两列满载各自特色产品的“中西建交纪念号”班列分别从义乌和马德里发车。")
    assert "中西建交纪念号" in typed, typed


def test_a_demonstration_park_named_with_its_division_and_no_square_by_its_size():
    page = ("5月20日上午,县长李晓亮先后到新县国家农村产业融合发展示范园、蜜蜂王国项目、水塝村乡村振兴示范园区整体项目建设现场,"
            "调研我县乡村振兴示范区重点项目建设进度。")
    _, typed, relations = extracted_labels(page)
    assert typed.get("新县国家农村产业融合发展示范园") == "Place", typed
    assert ("locatedIn", "水塝村乡村振兴示范园区", None, "水塝村") in relations, relations
    # words of a kind, or a verb, before the head name no park (places._demonstration_park_start)
    _, typed, _ = extracted_labels("新县建设示范园3个。新县大力发展示范园。")
    assert not any(label.endswith("示范园") for label in typed), typed
    # a square counted by its size is no square's name (a village's page, 2020)
    _, typed, _ = extracted_labels("新安装路灯54盏、新建1000平方米文化广场,300平方米的农村书屋。")
    assert not any(label.endswith("文化广场") for label in typed), typed


def test_a_place_unit_inside_a_bodys_name_on_a_hand_built_analysis():
    from kgraph.extraction.recognise import _units_named_by_their_place
    from kgraph.model import Key

    from .builders import hand_built, mention

    an = hand_built("由粤黔协作工作队铜仁工作组碧江小组主办。")
    city, district = Key("division", "520600"), Key("division", "520602")
    mention(an, "Agency", "粤黔协作工作队铜仁工作组碧江小组")
    inner_city = mention(an, "Agency", "铜仁工作组", "铜仁市工作组", division=city, division_label="铜仁市")
    mention(an, "Agency", "碧江小组", "碧江区小组", division=district, division_label="碧江区")
    an.fact(inner_city.key, "locatedIn", city, inner_city.start)
    _units_named_by_their_place(an)
    assert {m.label for m in an.mentions} == {"粤黔协作工作队铜仁工作组碧江小组", "粤黔协作工作队铜仁工作组"}
    located = {(f.subject.name, f.object) for f in an.facts if f.predicate == "locatedIn"}
    assert located == {("粤黔协作工作队铜仁工作组", city), ("粤黔协作工作队铜仁工作组碧江小组", district)}, located
    # a division's body written whole after another division's name is that division's, no unit (湖北省|荆州市公安局)
    an = hand_built("湖北省荆州市公安局通报。")
    mention(an, "Agency", "湖北省荆州市公安局", "荆州市公安局")
    mention(an, "Agency", "荆州市公安局", division=Key("division", "421000"), division_label="荆州市")
    _units_named_by_their_place(an)
    assert [m.label for m in an.mentions].count("荆州市公安局") == 2


def test_a_countys_station_by_its_head():
    from kgraph.extraction.relations import _grassroots_station

    assert _grassroots_station("城关派出所") and _grassroots_station("龙山司法所")
    assert not _grassroots_station("派出所")  # a kind alone names no station
    assert not _grassroots_station("海原县公安局")

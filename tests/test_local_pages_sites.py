"""Named sites on a fourth fresh batch of local pages (32 real pages of county and city sites, 2012-2025: housing,
water, tourism and county work, found with the workplace's search tool and annotated blind this round): markets,
compounds named after works and bodies, venues named with their division, dikes named after their lake.  Each rule
is justified by the page's sentence, copied here, and where it occurs by a sentence of xwlb-2023."""
from __future__ import annotations

from kgraph.extraction.recognisers.places import find_places

from .builders import hand_built
from .conftest import NATIONAL, agency_labels, related_pairs


def _places(text: str, **options) -> set[str]:
    import kgraph

    return {e.label for e in kgraph.extract_text(text, **options).entities if e.type == "Place"}


def test_named_markets_open_at_a_name_and_markets_of_goods_alone_are_kinds():
    # a district's market inspection (城阳区, 2024): the model reads 城阳/LOC, 合众/ORG, 福满/PER; jieba 上马/ns
    text = ("城阳区市场监管局对城阳蔬菜水产品批发市场、合众民生农贸市场进行了执法检查。"
            "联合检查组还对福满家农贸市场、李家女姑农贸市场、上马农贸市场进行检查。")
    places = _places(text)
    assert {"城阳蔬菜水产品批发市场", "合众民生农贸市场", "福满家农贸市场", "李家女姑农贸市场", "上马农贸市场"} <= places
    assert "合众" not in agency_labels(text)
    # xwlb-2023: a market of goods, or of a size, names no market
    text = "全国百家大型农副产品批发市场保障供应。北京调新发地等主要农产品批发市场。"
    assert not {p for p in _places(text, publication=NATIONAL) if p.endswith("市场")}


def test_compounds_listed_by_the_works_or_bodies_they_housed_are_places():
    # a banner's CPPCC survey (土默特左旗, 2021): six compounds, each named by a work unit
    text = "调研组一行先后来到察素齐镇国税小区、公安小区、发改委小区、汽车站小区、轴承小区和化肥厂小区,听取汇报。"
    compounds = {"国税小区", "公安小区", "发改委小区", "汽车站小区", "轴承小区", "化肥厂小区"}
    assert compounds <= _places(text)
    assert ("轴承小区", "察素齐镇") in related_pairs(text, "locatedIn")
    # one such compound alone, or a kind listed with another, is none (xwlb-2023: 城镇|老旧|小区)
    assert not _places("推进城镇老旧小区、无物业小区改造。", publication=NATIONAL)


def test_staff_housing_named_after_a_body_is_a_place_not_the_body():
    # a county's compounds renovated (会同县, 2021): 县公安局|家属院, 县纪委监委|家属院
    text = "会同县推进老旧小区改造。会同县还在县公安局家属院对外观墙体进行彩绘;在县纪委监委家属院突出宣传栏建设。"
    places = _places(text)
    assert {"会同县公安局家属院", "会同县纪委监委家属院"} <= places
    assert not {"会同县公安局", "会同县纪委", "会同县纪委监委"} & agency_labels(text)


def test_a_venue_of_a_kind_after_its_division_written_whole_is_named_with_it():
    # a county's memorial hall opened (海丰县, 2012): 海丰县|烈士陵园/n — not the kind alone
    text = "海丰革命烈士暨革命斗争史纪念馆在海丰县烈士陵园兴建。"
    places = _places(text)
    assert "海丰县烈士陵园" in places and "烈士陵园" not in places
    # a division written short, or a word of one character's head, names no venue with it (xwlb-2023)
    assert "湾滩河镇家庭" not in _places("湾滩河镇家庭农场发展迅速。", publication=NATIONAL)


def test_a_dike_named_after_its_lake_and_a_stadium_are_places():
    # a county's flood news (彭泽县, 2020): 赤湖/LOC|联圩, jieba 赤湖联|圩; a prefecture's museum opened (甘孜州, 2014)
    text = "彭泽县防汛。该县江新洲大堤、永安堤、赤湖联圩、赛城湖联圩等堤段全天候开展巡查。建成了康定北门体育场。"
    assert {"赤湖联圩", "赛城湖联圩", "康定北门体育场"} <= _places(text)
    # xwlb-2023: 广西体育中心体育场, the stadium of the centre
    assert "广西体育中心体育场" in _places("开幕式在广西体育中心体育场举行。", publication=NATIONAL)
    # the model's place that opens a division's own name is no place there (前往|苏州工业园区|考察, xwlb-2023)
    assert "苏州工业园区" not in _places("习近平抵达苏州后，首先乘车前往苏州工业园区考察。", publication=NATIONAL)


def test_find_places_on_a_hand_built_analysis():
    # the stage alone: the body the text names before 家属院 becomes the compound named with it
    an = hand_built("在县公安局家属院彩绘。", ("Agency", "县公安局", "会同县公安局"))
    find_places(an)
    assert [(m.type, m.label) for m in an.mentions] == [("Place", "会同县公安局家属院")]


def test_a_short_name_a_township_of_the_article_bears_is_that_township():
    # a county's festival (肥西县, 2018): 肥西县山南镇 … 新山南的美丽画卷 — the town, no 山南市 of 西藏
    import kgraph

    text = "作为中国农村包产到户发源地的肥西县山南镇小井庄,备受社会各界关注。展开新山南的美丽画卷。"
    divisions = {e.label: e for e in kgraph.extract_text(text).entities if e.type == "AdministrativeDivision"}
    assert "山南镇" in divisions and "山南市" not in divisions
    assert "山南" in divisions["山南镇"].aliases
    # a street of a district written short keeps the district (沙市街道 lies in 沙市区)
    text = "荆州市沙市区胜利街道召开会议。沙市街道办事处参加。沙市经济发展迅速。"
    assert "沙市区" in {e.label for e in kgraph.extract_text(text).entities if e.type == "AdministrativeDivision"}


def test_a_paper_and_its_office_and_a_body_named_short_and_whole_are_one_agency():
    # a county's festival (肥西县, 2018): the byline's 安徽商报, the host 安徽商报社
    text = "安徽商报 2018-04-04。肥西县山南镇人民政府、安徽商报社主办文化节。"
    agencies = agency_labels(text)
    assert "安徽商报社" in agencies and "安徽商报" not in agencies
    # a county's page (石城县, 2022, as written; and 荆州's police): the county written short and whole
    text = "石城县城投集团召开会议。石城城投集团还将科学谋划。荆州公安局和荆州市公安局联合行动。"
    agencies = agency_labels(text)
    assert "石城城投集团" not in agencies and "荆州公安局" not in agencies
    assert {"石城县城投集团", "荆州市公安局"} <= agencies


def test_an_office_written_after_its_department_before_its_chiefs_title_is_a_unit_of_it():
    # a county's page (双柏县, 2023) and a county's museum opened (罗江县, 2012): 非遗处|处长, 文物科|科长
    text = ("双柏县汇报。云南省文化和旅游厅副厅长杨德聪,省文化和旅游厅非遗处处长杜文辉,省文化和旅游厅文物处处长蔡永辉出席。"
            "德阳市文化新闻出版局文物科科长赵明出席。")
    agencies = agency_labels(text)
    assert {"云南省文化和旅游厅非遗处", "云南省文化和旅游厅文物处", "德阳市文化新闻出版局文物科"} <= agencies
    assert {("杜文辉", "云南省文化和旅游厅非遗处"), ("赵明", "德阳市文化新闻出版局文物科")} <= related_pairs(text, "holdsPost")
    assert ("云南省文化和旅游厅非遗处", "云南省文化和旅游厅") in related_pairs(text, "subOrganizationOf")
    # the office's field no program (省住建厅|城市更新处|处长, a city's page, 2023)
    text = "云南省住房和城乡建设厅副厅长蔡葵率省住建厅城市更新处处长戴丕栋等一行4人赴开远市调研。"
    assert ("戴丕栋", "云南省住房和城乡建设厅城市更新处") in related_pairs(text, "holdsPost")
    # a clause after the department is no office (局|对此处|处长…: a function word in the field)
    assert not {a for a in agency_labels("县财政局对此处处长级干部进行了考核。") if a.endswith("处")}


def test_a_township_and_the_words_of_a_kind_of_park_name_the_park_and_no_zone_of_another_province():
    # a county's page (旺苍县, 2021): 农建乡|现代|农业园区 — the township's park, not the gazetteer's 现代农业园区 of 哈密市
    import kgraph

    text = "县委书记张尚华深入农建乡现代农业园区综合建设场地进行专题调研。农建乡现代农业园区涉及农建乡的农建村、青坪村。"
    entities = {(e.type, e.label) for e in kgraph.extract_text(text).entities}
    assert ("Place", "农建乡现代农业园区") in entities
    assert not {label for type_, label in entities if type_ == "AdministrativeDivision" and label in ("现代农业园区", "哈密市")}
    # a noun before the head may be the name's (xwlb-2023: 杭州市|西子宾馆), and a kind names no compound (吴兴区|老旧小区)
    places = _places("国家主席习近平和夫人彭丽媛在浙江省杭州市西子宾馆举行宴会。最近，浙江湖州市吴兴区老旧小区的“飞线”乱象"
                     "成为居民的烦心事。", publication=NATIONAL)
    assert "西子宾馆" in places and "杭州市西子宾馆" not in places and "吴兴区老旧小区" not in places
    # a visit's verb between a village and a park is no part of the park's name (a county's page, 镇安县, 2023)
    assert not {p for p in _places("刘县长在西川村查看天麻产业园建设情况。") if "查看" in p}


def test_two_names_a_credit_writes_with_no_space_between_are_two_writers():
    # a provincial paper's credit (叶县, 2023) and a banner's media centre's (土默特左旗, 2021)
    from kgraph.ingest.layout import parse_credits

    assert [(r.name, r.role) for r in parse_credits("记者丁需学通讯员李婉婷陈亚飞", 0)] == [
        ("丁需学", "记者"), ("李婉婷", "通讯员"), ("陈亚飞", "通讯员")]
    assert [r.name for r in parse_credits("融媒体记者:阿荣刘志林", 0)] == ["阿荣", "刘志林"]
    # a run that splits two ways into names is left alone, which names it holds not said
    assert parse_credits("记者 王小明李四", 0) == []
    import kgraph

    text = "本报讯(记者丁需学通讯员李婉婷陈亚飞)11月23日,在叶县辛店镇大竹园村乡贤工作室,调解员正在调解纠纷。"
    assert {"李婉婷", "陈亚飞"} <= {e.label for e in kgraph.extract_text(text).entities if e.type == "Person"}


def test_a_village_after_its_town_that_the_gazetteer_holds_elsewhere_is_the_towns_unlinked_village():
    # 荣成市's page (2023): 成山镇|东霞口村 — the gazetteer's only 东霞口村 lies in 阜城县's 霞口镇 (河北), no town of 荣成
    import kgraph

    text = "荣成市成山镇东霞口村妇联主席石红民表示。成山镇东霞口村新时代文明实践站的暖心食堂坐满了老人。东霞口村形成了风气。"
    extraction = kgraph.extract_text(text)
    divisions = {e.label for e in extraction.entities if e.type == "AdministrativeDivision"}
    assert "东霞口村" in divisions and not {"衡水市", "河北省"} & divisions
    assert ("东霞口村", "成山镇") in related_pairs(text, "partOf")
    assert sum(1 for e in extraction.entities if e.label == "东霞口村") == 1


def test_a_community_bounded_by_its_street_written_whole_may_run_to_five_characters():
    # a district's page (灞桥区, 2023): 席王街道|普华|浅水湾|社区 — not the 浅水湾社区 of other cities, nor the street's branch
    text = "“以前是活儿找人。”灞桥区席王街道普华浅水湾社区党支部书记尤娇说。"
    assert ("普华浅水湾社区", "席王街道") in related_pairs(text, "partOf")
    assert ("尤娇", "普华浅水湾社区党支部") in related_pairs(text, "holdsPost")
    # a level and a kind name no community (长兴县's page, 2021: 是|街道城市|社区治理改革试点)
    import kgraph

    text = "长兴县龙山街道召开会议。龙山雅苑小区是街道城市社区治理改革试点。"
    assert "街道城市社区" not in {e.label for e in kgraph.extract_text(text).entities}
    # xwlb-2023: a province's or a city's short name before a village the gazetteer holds far away names no village
    text = "在江西篁岭村，游客络绎不绝。四川眉山永丰村的村民正在收割。"
    labels = {e.label for e in kgraph.extract_text(text, publication=NATIONAL).entities}
    assert not {"江西篁岭村", "眉山永丰村"} & labels


def test_a_name_between_a_title_and_his_party_is_a_person_and_a_fishing_village_a_place():
    # a county's page (光山县, 2023): 政法委书记|秦淮/LOC|一行 — no district 秦淮区
    text = "内蒙古自治区乌拉特前旗旗委书记苏亚拉图,旗委副书记、政法委书记秦淮一行来光山县考察。"
    assert ("秦淮", "乌拉特前旗委政法委") in related_pairs(text, "holdsPost")
    assert "秦淮" not in _places(text)
    # a county head's survey (淳安县, 2021): 鳌山/LOC|渔村/LOC, one place
    places = _places("县长柴世民专题调研鳌山渔村。副县长江华平等领导专程来到鳌山渔村调研。")
    assert "鳌山渔村" in places and not {"鳌山", "渔村"} & places


def test_a_zone_written_short_is_the_gazetteers_zone_of_its_district_however_often_written():
    # a county's page (龙山县, 2024): 长沙雨花经济开发区 (the gazetteer's, under 雨花区), 长沙市雨花经开区党工委, 贡献雨花经济开发区…
    import kgraph

    text = ("长沙雨花经济开发区到龙山县调研乡村振兴工作\n4月24日,长沙市雨花经开区党工委书记陈海波率队,到湘西土家族苗族自治州龙山县"
            "调研。要为大安乡村振兴贡献雨花经济开发区应有之力。")
    extraction = kgraph.extract_text(text)
    zones = [e for e in extraction.entities if "雨花" in e.label and e.type in ("AdministrativeDivision", "Place")
             and e.label != "雨花区"]
    assert [e.label for e in zones] == ["长沙雨花经济开发区"]
    assert ("陈海波", "长沙雨花经济开发区党工委") in related_pairs(text, "holdsPost")


def test_a_place_named_with_its_prefectures_short_name_and_level_and_in_full_is_one_place():
    # a prefecture's museum opened (甘孜州, 2014): 甘孜州民族博物馆 (the model's) and 州民族博物馆 (read by its level)
    import kgraph

    text = ("8月9日下午,全州人民翘首企盼的甘孜州民族博物馆正式开馆。甘孜州委书记刘成鸣出席。"
            "建成了康定北门体育场、州民族体育馆、州民族博物馆等一系列标志性工程。")
    museums = [e for e in kgraph.extract_text(text).entities if e.label.endswith("民族博物馆")]
    assert [e.label for e in museums] == ["甘孜藏族自治州民族博物馆"]
    assert "甘孜州民族博物馆" in museums[0].aliases


def test_on_a_local_page_a_name_the_gazetteer_holds_elsewhere_is_a_place_only_for_a_village():
    # a county's page (淳安县's kind: 推动|江南/LOC|城区提质减载 is no place); the gazetteer's far villages stay, as the
    # village's bodies and a trip's stops are named with them (白鹤村/LOC|党支部: tests/test_local_posts_events.py)
    text = "芦溪县召开环保督察会议。芦溪县委书记杨劲松要求推动江南城区提质减载。"
    assert "江南" not in _places(text)
    # a country stays a place on a local page (与|老挝|合作)
    assert "老挝" in _places("勐腊县召开会议。勐腊县与老挝开展边境合作。")


def test_bodies_concerned_every_townships_and_a_list_before_a_kind_are_no_agency():
    # 双柏县's page (2023): 博物处处长余剑明和|相关处室|负责人 — the offices concerned, none named
    agencies = agency_labels("双柏县汇报。云南省文物局副局长、省文化和旅游厅博物处处长余剑明和相关处室负责人参加会议。")
    assert not {a for a in agencies if a.endswith("处室")}
    # 广平县's page (2021): 完善|乡镇司法所/ORG|、派出所 — every township's office
    assert "乡镇司法所" not in agency_labels("广平县召开会议。完善乡镇司法所、派出所、法庭“两所一庭”联调机制。")
    # 叶县's page (2023): “乡贤工作室”|等|品牌乡村调解室 — rooms of a kind, no team named by the quotation
    assert not {a for a in agency_labels("辛店镇大力推动“乡贤工作室”等品牌乡村调解室建设。") if a.endswith("调解室")}


def test_a_set_phrase_the_models_name_opens_is_no_person_and_the_visit_is_the_leaders():
    # xwlb-20230703-02: 习近平总书记|念兹/PER|在兹 (jieba 念兹在兹) … 总书记来到青海湖仙女湾考察调研
    import kgraph

    text = "保护好青海的生态，习近平总书记念兹在兹。2021年6月，总书记来到青海湖仙女湾考察调研。"
    extraction = kgraph.extract_text(text, date="2023-07-03", publication=NATIONAL)
    labels = {e.id: e.label for e in extraction.entities}
    assert "念兹" not in labels.values()
    visits = [e for e in extraction.events if e.type == "Visit"]
    assert visits and ("agent", "习近平") in {(role, labels.get(entity)) for role, entity in visits[0].arguments}


def test_a_festival_that_opens_at_a_venue_is_a_gathering_there_and_in_the_division_the_venue_is_named_with():
    # xwlb-20230721-15: 第六届中国新疆国际民族舞蹈节|在|新疆人民会堂|开幕 — the venue, and 新疆 its name opens with
    import kgraph

    extraction = kgraph.extract_text("昨天（7月20日），第六届中国新疆国际民族舞蹈节在新疆人民会堂开幕。", date="2023-07-21",
                                     publication=NATIONAL)
    labels = {e.id: e.label for e in extraction.entities}
    gatherings = [e for e in extraction.events if e.type == "Gathering"]
    assert gatherings and gatherings[0].date == "2023-07-20"
    assert {("location", "新疆人民会堂"), ("location", "新疆维吾尔自治区")} <= {
        (role, labels.get(entity)) for role, entity in gatherings[0].arguments}


def test_a_title_naming_its_body_by_itself_opens_a_chain_before_a_written_body():
    # xwlb-20230119-07: 国务委员|、|国务院食品安全委员会|副主任|王勇 — 国务委员 in 国务院 beside the committee's post
    text = "国务院副总理胡春华，国务委员、国务院食品安全委员会副主任王勇出席会议并讲话。"
    posts = related_pairs(text, "holdsPost", publication=NATIONAL)
    assert {("王勇", "国务院"), ("王勇", "国务院食品安全委员会")} <= posts
    assert ("秦刚", "国务院") in related_pairs("国务委员、外交部长秦刚会见了他。", "holdsPost", publication=NATIONAL)
    # a title that names no body by itself opens none (主席 is any body's chair)
    assert not {p for p in related_pairs("主席、外交部长秦刚会见了他。", "holdsPost", publication=NATIONAL)
                if p[1] == "中华人民共和国"}


def test_a_countrys_own_body_written_bare_in_a_chain_after_another_of_its_bodies_is_the_countrys():
    # xwlb-20230423-12: 苏丹主权委员会|主席|、|武装部队|总司令|布尔汉
    posts = related_pairs("苏丹主权委员会主席、武装部队总司令布尔汉22日呼吁。", "holdsPost", publication=NATIONAL)
    assert {("布尔汉", "苏丹主权委员会"), ("布尔汉", "苏丹武装部队")} <= posts
    # a body of its own name is itself, not a body the chain makes of the country: 快速支援部队 is the white list's, spelt
    # out 苏丹快速支援部队 (tests/test_names_armed_forces.py), one body however written
    posts = related_pairs("苏丹主权委员会副主席、快速支援部队领导人达加洛同一天表示。", "holdsPost", publication=NATIONAL)
    assert ("达加洛", "苏丹快速支援部队") in posts and ("达加洛", "苏丹武装部队") not in posts


def test_an_occasion_named_after_who_organises_it_is_held_by_them():
    # xwlb-20231108-11: 由|文化和旅游部|组织开展|的|2023年全国广场舞大会成果展示活动|在|贵州|举办
    import kgraph

    text = ("2023全国广场舞大会成果展示活动在贵州举办\n由文化和旅游部组织开展的2023年全国广场舞大会成果展示活动在贵州举办，"
            "25支广场舞团队脱颖而出。")
    extraction = kgraph.extract_text(text, date="2023-11-08", publication=NATIONAL)
    labels = {e.id: e.label for e in extraction.entities}
    gatherings = [e for e in extraction.events if e.type == "Gathering"]
    assert len({dict(e.props).get("title") for e in gatherings}) == 1
    assert ("organizer", "文化和旅游部") in {(role, labels.get(entity)) for role, entity in gatherings[0].arguments}
    assert not dict(gatherings[0].props).get("title", "").startswith("由")


def test_a_quoted_theme_is_no_program():
    # a county's compounds renovated (会同县, 2021): 以|“法治建设”|为|主题|进行|彩绘; a county's festival (鲁山县, 2016):
    # 以|“休闲度假、温泉疗养、生态观光”|为|主|的|旅游体系
    import kgraph

    text = ("会同县推进老旧小区改造。会同县还在县公安局家属院,对外观墙体以“法治建设”为主题进行彩绘。"
            "鲁山县打造了以“休闲度假、温泉疗养、生态观光”为主的旅游体系。")
    programs = {e.label for e in kgraph.extract_text(text).entities if e.type == "Program"}
    assert not {p for p in programs if "法治建设" in p or "休闲度假" in p}

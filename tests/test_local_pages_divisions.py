"""Divisions of local pages (real pages of 2013-2025, public excerpts found with the workplace's search tool):
the divisions the gazetteer puts above a named one are added only down to a prefecture, and a community the
gazetteer names without its level word is one division when the text writes it with the word; a county medium
named 今日 and the county's short name is the county's, and the bodies its page lists bare are the county's.  The
stage on a hand-built analysis as well as end to end."""
from __future__ import annotations

import kgraph
from kgraph.extraction.analysis import Analysis, Region
from kgraph.extraction.recognisers.divisions import find_divisions, infer_region, scan, zone_names
from kgraph.gazetteer import gazetteer
from kgraph.model import Document

from .conftest import by_label, related_pairs, titled_posts

# 海南日报 (2013), reprinted by a portal: a city's communities, no district or street named
HAIKOU = ("本报海口11月7日讯 (记者孙慧)今天下午,海口市滨海新村社区居民詹平高兴地说。"
          "对这些小事,东湖里社区居民们将不再发愁。")


def _analysis(text: str) -> Analysis:
    return Analysis(Document("t", "t", "t.txt", None, (), text, ((0, 0, len(text)),)), Region(None))


def test_a_community_written_with_its_level_word_is_the_gazetteers_community_on_a_hand_built_analysis():
    # 海口市|滨海新村|社区|居民: the gazetteer's 滨海新村 (海口市龙华区滨海街道) written with 社区 is one division,
    # not the village 滨海新村 and an unknown 滨海新村社区 over the same characters
    an = _analysis("海口市滨海新村社区居民詹平高兴地说。")
    find_divisions(an, scan(an.text))
    found = {(m.text, m.label) for m in an.of_type("AdministrativeDivision")}
    assert ("滨海新村社区", "滨海新村社区") in found and not any(text == "滨海新村" for text, _ in found)
    community = next(m for m in an.of_type("AdministrativeDivision") if m.text == "滨海新村社区")
    assert gazetteer().full_name(community.prop("node")) == "海南省海口市龙华区滨海街道滨海新村"


def test_the_gazetteers_districts_and_streets_above_a_named_community_are_not_added():
    # the page names 海口市 and two of its communities: the gazetteer puts them in 龙华区|滨海街道 and
    # 美兰区|海府街道, which no reader of the page knows; the province above the city is added, as GUIDELINES
    # lists 湖北省 above 公安县
    result = kgraph.extract_text(HAIKOU)
    divisions = by_label(result, "AdministrativeDivision")
    assert {"海南省", "海口市", "滨海新村社区", "东湖里社区"} == set(divisions)
    assert divisions["海南省"].prop("inferred") is True
    assert divisions["东湖里社区"].prop("gazetteerName") == "海南省海口市美兰区海府街道东湖里社区"
    pairs = related_pairs(HAIKOU, "partOf")
    assert {("东湖里社区", "海口市"), ("滨海新村社区", "海口市"), ("海口市", "海南省")} <= pairs


def test_a_written_township_still_links_its_village():
    # a county's page (罗山县, 2022): both written, the village is partOf the township and the county, the county
    # (not written) is no longer added between them
    text = "12月5日上午,周书记到我镇实地调研。在莽张镇天湖村,周书记详细了询问了新农合收缴进度。"
    pairs = related_pairs(text, "partOf")
    assert ("天湖村", "莽张镇") in pairs
    assert "罗山县" not in by_label(kgraph.extract_text(text), "AdministrativeDivision")


# --- a county medium named 今日 and the county's short name (今日平江, 今日高县, 今日长宁: county sites, 2015-2025)

PINGJIANG = ("当前位置: 首页 > 政务公开 > 政务动态\n\n黄伟雄组织召开园区月度工作讲评会\n\n"
             "来源:今日平江 日期:2020-09-15 08:23\n\n"
             "9月11日,县委副书记、县长黄伟雄组织召开园区月度工作讲评会,县委常委彭喜丰出席。\n\n"
             "县政府办、高新区、法院、检察院、贸促会、财政局、科工信局、自然资源局、发改局、住建局、生态环境局和伍市镇等"
             "相关人员参加会议。(向滔)")


def test_a_medium_named_today_and_a_short_name_is_the_county_a_town_of_the_page_lies_in():
    # 今日|平江: 平江县, the one county of the short name
    region = infer_region(scan("伍市镇等相关人员参加会议。"), "今日平江")
    assert region.node is not None and gazetteer().names[region.node] == "平江县" and region.stated
    # 今日|长宁 (a county's site, 2021): 长宁 is short for 长宁县 (宜宾) and 长宁区 (上海); the town the page names
    # says which, and with none written the short name says too little
    names = {text: infer_region(scan(text), "今日长宁").node for text in ("竹海镇相关人员参加会议。", "相关人员参加会议。")}
    assert gazetteer().full_name(names["竹海镇相关人员参加会议。"]) == "四川省宜宾市长宁县"
    assert names["相关人员参加会议。"] is None


def test_the_bodies_listed_bare_on_a_county_medium_page_are_the_countys():
    agencies = by_label(kgraph.extract_text(PINGJIANG), "Agency")
    for name in ("平江县人民法院", "平江县人民检察院", "平江县贸促会", "平江县发展和改革局", "平江县住房和城乡建设局",
                 "平江县财政局", "平江县人民政府办公室"):  # (政府办: the government's office, named in full)
        assert name in agencies, name
    assert not {"发展和改革局", "住房和城乡建设局", "贸促会", "法院"} & set(agencies)
    assert ("黄伟雄", "平江县人民政府", "县长") in titled_posts(PINGJIANG)


# --- a city news site's story of a county (德州新闻网, 2021)

DEZHOU = ("德州新闻网讯(平原融媒记者 何世聪)3月16日,德州市委副书记、市长杨洪涛来平原县调研乡村振兴融合发展工作。"
          "杨洪涛一行先后到龙门街道军仓社区、桃园乡村振兴齐鲁样板示范区鲁望展厅等地,详细了解平原县乡村振兴融合发展工作情况。")


def test_a_community_the_source_lists_more_than_once_is_one_division():
    # the gazetteer's source lists 平原县龙门街道军仓社区 in four rows: one community, linked, inside its street
    an = _analysis("杨洪涛一行先后到龙门街道军仓社区调研。")
    an.region = Region(next(iter(gazetteer().by_name.nodes("平原县"))), stated=True)
    find_divisions(an, scan(an.text))
    community = next(m for m in an.of_type("AdministrativeDivision") if m.text == "军仓社区")
    assert gazetteer().full_name(community.prop("node")) == "山东省德州市平原县龙门街道军仓社区"
    assert ("军仓社区", "龙门街道") in related_pairs(DEZHOU, "partOf")


def test_the_country_and_a_cities_short_name_on_a_mainland_page_are_no_divisions():
    # 乡村 (the country) names a village of 烟台市; 桃园 is short for 桃园市 of 台湾省: neither on this page
    divisions = by_label(kgraph.extract_text(DEZHOU), "AdministrativeDivision")
    assert {"德州市", "平原县", "龙门街道", "军仓社区"} <= set(divisions)
    assert not {"乡村", "桃园市", "台湾省"} & set(divisions)
    # where the page names 台湾, a city of it by its short name is read (xwlb-2023 names 台湾 and its cities)
    assert "桃园市" in by_label(kgraph.extract_text("台湾桃园今天举行活动。"), "AdministrativeDivision")


# --- industrial parks are places (county pages, 2015-2024)

def test_an_industrial_park_is_a_place_of_the_division_it_is_named_after():
    # a county's page (子长县, 2015): 子长县/LOC|工业园区/LOC; 深入|集贤/LOC|产业园 (集贤/n: a word of the
    # dictionary the model reads as a name, a county's page, 2019); 到|月娇家具、|中阳电商产业园区 (2024)
    text = ("调研组一致认为子长县工业园区的土地条件优势明显。最后,深入集贤产业园,听取了园区负责人介绍。"
            "先后到月娇家具、中阳电商产业园区参观。")
    places = by_label(kgraph.extract_text(text), "Place")
    assert {"子长县工业园区", "集贤产业园", "中阳电商产业园区"} <= set(places)
    assert ("子长县工业园区", "子长市") in related_pairs(text, "locatedIn")  # 子长县 is 子长市 since 2019
    # the kind alone (园区, 工业园区) is none
    assert not {"园区", "工业园区"} & set(places)
    # industrial districts, trade cities and estates (county pages, 2019-2020)
    places = by_label(kgraph.extract_text("调研伍市工业区。接着,对城北汽车商贸物流城、沙河服务业聚集区进行了考察,参观薰衣草庄园。"),
                      "Place")
    assert {"伍市工业区", "城北汽车商贸物流城", "薰衣草庄园"} <= set(places)


# --- a county's page naming the county only in its zone's name

def test_a_page_naming_its_county_only_before_a_zone_is_the_countys():
    # a county's site (平利县, 2022): 县委书记杨军、县长陈华一同调研|平利|经开区; a district's (綦江区, 2023)
    text = "县委书记杨军、县长陈华调研平利经开区\n\n7月18日,县委书记杨军、县长陈华一同调研平利经开区。"
    assert {("杨军", "平利县委", "书记"), ("陈华", "平利县人民政府", "县长")} <= titled_posts(text)
    text = "1月30日,区委副书记、区长罗成带队前往綦江高新区桥河产业园,调研工业企业和重大项目建设工作。"
    assert ("罗成", "綦江区人民政府", "区长") in titled_posts(text)
    # the zone's county on a page written by another level (市委书记) says nothing of the page's home
    for text, county in (("县委书记杨军调研平利经开区。", "平利县"), ("市委书记王某调研平利经开区。", None)):
        found = scan(text)
        region = infer_region(found, zoned=zone_names(text, found), text=text)
        assert (region.node and gazetteer().names[region.node]) == county


def test_a_village_of_another_prefecture_of_the_province_is_no_link_of_a_local_page():
    # a district's page (香洲区, 珠海, 2021): 助推|凤山|社区治理 — the street's short name and 社区, no 凤山社区 of 江门市
    # 恩平市, which shares only the province with the page's home
    an = _analysis("香洲区义工联与凤山10个社区结对,助推凤山社区治理和城市精细化管理。")
    an.region = Region(next(iter(gazetteer().by_name.nodes("香洲区"))), stated=True)
    find_divisions(an, scan(an.text))
    assert not [m for m in an.of_type("AdministrativeDivision") if m.text == "凤山社区" and m.prop("node") is not None]


def test_common_words_named_as_divisions_elsewhere_are_none_here():
    # 老城区 (an old town) names a district of 洛阳市 (a Hainan paper, 2019); 楚|南湘|水长流: 湘 of a word, no 湖南省
    divisions = by_label(kgraph.extract_text("众街社区,地处三亚市中心,又是老城区。古城全州盛会,楚南湘水长流。"),
                         "AdministrativeDivision")
    assert not {"老城区", "洛阳市", "湖南省"} & set(divisions)
    # after its city, the district is read
    assert "老城区" in by_label(kgraph.extract_text("洛阳市老城区召开会议。"), "AdministrativeDivision")


def test_a_province_character_after_a_verb_of_going_is_the_province():
    # pd-dev-00803: 今天|离京|前往马来西亚 (jieba 离京): 北京市, though the character is inside a word of the segmenter
    divisions = by_label(kgraph.extract_text("一批乒乓好手，今天离京前往马来西亚。"), "AdministrativeDivision")
    assert "北京市" in divisions
    # a national story with no home reads a Taiwanese city by its short name (pd-dev-00345)
    assert "台北市" in by_label(kgraph.extract_text("两岸学者在台北举行研讨会。"), "AdministrativeDivision")


def test_a_buildings_number_is_no_part_of_a_compounds_name():
    # a district police's page (2021): 澳华小区|71栋/LOC — the compound; 新昌路|270号 (a street's, 2023): an address
    places = by_label(kgraph.extract_text("民警来到澳华小区71栋了解情况。活动在新昌路270号举行。"), "Place")
    assert set(places) == {"澳华小区"}


def test_a_publisher_named_by_its_city_and_its_districts_short_name():
    # a district's site (2025): 来源:上海嘉定 under 首页 >华亭新闻 (华亭 is a town of 嘉定区, and 华亭市 a county of 甘肃):
    # the publisher says the page is 嘉定区's, so 市农业农村委 is 上海市's
    region = infer_region(scan("市农业农村委调研嘉定区相关工作。"), "上海嘉定", crumbs=["华亭新闻", "图片新闻"])
    assert gazetteer().full_name(region.node) == "上海市嘉定区"
    # a paper of a province names no county so (新华社, 北京青年报: none)
    assert infer_region([], "北京青年报").node is None or gazetteer().levels[infer_region([], "北京青年报").node] < 3


def test_the_reviews_reproductions_of_homes_and_villages():
    # a province and a city its county's short name also writes: the city (湖南长沙 is no 长沙县); a prefecture's
    # committee (苏州市委) says nothing of a county-level city's zone (昆山高新区)
    assert infer_region([], "湖南长沙").node is None or gazetteer().levels[infer_region([], "湖南长沙").node] != 3
    text = "苏州市委书记调研昆山高新区。"
    found = scan(text)
    assert infer_region(found, zoned=zone_names(text, found), text=text).node is None
    # a village of a province that is the page's home is no far village
    assert "东湖里社区" in by_label(kgraph.extract_text("东湖里社区居民们将不再发愁。", region="海南省"),
                                 "AdministrativeDivision")
    # a building's number after a hotel: the hotel
    assert set(by_label(kgraph.extract_text("代表们住在京西宾馆1号楼。"), "Place")) == {"京西宾馆"}


# a city paper's site (天水日报, 2023), no publisher read: 推动老|工业基地|走出 writes the name of a township of 广水市
# (湖北), a county in none of the places the page names (天水, 甘肃)
TIANSHUI = ("10月12日至13日,甘肃日报社社长王光庆一行来我市调研。市委副书记、市长王国先与王光庆座谈交流。"
            "当前,天水紧扣要求,紧紧围绕省委省政府提出“建设省域副中心城市”和“推动老工业基地走出高质量发展新路子”的目标,"
            "希望甘肃日报社继续宣传天水、推介天水。")


def test_a_town_of_a_county_outside_every_place_the_page_names_makes_no_home():
    region = infer_region(scan(TIANSHUI), page=True, text=TIANSHUI)
    assert region.node is None or gazetteer().names[region.node] != "广水市"
    result = kgraph.extract_text(TIANSHUI)
    agencies = by_label(result, "Agency")
    assert not any(label.startswith(("广水", "湖北")) for label in agencies)
    # 省域: the province's area, no body of 甘肃省
    assert not any("省域" in label for label in agencies)


# a county paper (宁晋报, 2024): a village the gazetteer writes otherwise (西黄儿营村), its name opening like a person's,
# the model reading 黄儿/PER|营西村/LOC each time; its party committee and secretary after it
NINGJIN = ("日前,全国“村长”论坛第十九次执委会议在宁晋县贾家口镇黄儿营西村召开。"
           "会上,十四届全国人大代表、黄儿营西村党委书记宁小五分享了村庄发展历程和经验。与会人员深入到黄儿营西村村史馆参观。")


def test_a_village_whose_name_opens_like_a_persons_is_one_village_and_its_committee_holds_the_secretary():
    result = kgraph.extract_text(NINGJIN)
    assert "黄儿" not in by_label(result, "Person")
    assert "黄儿营西村" in by_label(result, "AdministrativeDivision")
    assert ("黄儿营西村", "贾家口镇") in related_pairs(NINGJIN, "partOf")
    assert ("宁小五", "黄儿营西村党委", "书记") in titled_posts(NINGJIN)


# a province's news site (大众网, 2017): villages listed by their short names before 行政村, two 马楼村 in 定陶区, one
# in the town the page names; then the five counted
MENGHAI = ("2017年2月,山东省民政厅宋坤等五人来到菏泽市定陶区孟海镇,分别帮扶牛屯、许楼、马楼、南王、万福集等五个行政村。"
           "五村同建村委办公楼,基层党组织旧貌换新颜。")


def test_villages_listed_before_a_level_word_are_the_towns_and_a_count_of_villages_is_none():
    result = kgraph.extract_text(MENGHAI)
    divisions = by_label(result, "AdministrativeDivision")
    assert {"牛屯村", "许楼村", "马楼村", "南王村", "万福集村"} <= set(divisions)
    assert ("马楼村", "孟海镇") in related_pairs(MENGHAI, "partOf")
    assert "五村" not in divisions and "五村" not in by_label(result, "Place")


# a district court's page (2024): 西安区 is a district of 辽源市 and of 牡丹江市; 西安区温春镇 (a town of 牡丹江's) tells which
WENCHUN = ("西安区人民法院以“枫桥式人民法庭”创建为抓手。西安区某家庭农场与黑山村村民张某签订土地流转合同。"
           "法院发现,在温春镇黑山村,近50户村民将土地承包给某家庭农场。西安区人民法院决定将法庭挪到黑山村。"
           "同时邀请西安区温春镇政府综治办工作人员参加旁听庭审。")


def test_prefectures_the_names_point_to_equally_make_no_home_and_the_town_tells_the_district():
    # the district's namesakes point to two prefectures equally; the town the page writes whole lies in one of them,
    # and makes it the page's home (round 36: a namesake's towns tell which, _one_county_named)
    assert gazetteer().full_name(infer_region(scan(WENCHUN), page=True, text=WENCHUN).node) == "黑龙江省牡丹江市西安区"
    divisions = by_label(kgraph.extract_text(WENCHUN), "AdministrativeDivision")
    assert divisions["西安区"].prop("code") == "231005"  # 黑龙江省牡丹江市西安区
    assert not {"辽源市", "吉林省"} & set(divisions)


def test_of_prefectures_pointed_to_equally_the_one_the_page_writes_is_home():
    # a county's page (2017): 浦江县 and 金华市 point to 金华市, 规范县|域 and 规范县|级 twice to 濮阳市 (范县)
    # (the gazetteer's order would name 濮阳市 first: 规范县 is read before the county and the city)
    text = "推进规范县域治理,规范县级平台。金华市经合办主任洪建文出席。签约浦江县首饰生产基地等项目。"
    region = infer_region(scan(text), text=text)  # one story: a county named once is no county paper's page
    assert gazetteer().full_name(region.node) == "浙江省金华市"


def _home(text: str) -> str | None:
    """The full name of the division a one-page text is at home in, or None."""
    node = infer_region(scan(text), page=True, text=text).node
    return None if node is None else gazetteer().full_name(node)


# a district's page (2018) of 上海's 普陀区, a name 舟山市 gives one of its districts too; 上海 in the page's furniture
PUTUO = ("10月31日,徐志虎局长参加普陀区拆违投诉热线开通和无违建创建机动队成立大会,为“普陀区无违建、无群租居村创建投诉热线”"
         "进行了揭牌,并向普陀区无违建创建机动队代表授旗。还实地参观了长征镇新城片区。"
         "徐志虎局长充分肯定了普陀区无违建创建工作所取得的成绩。\n上海新闻")


def test_a_district_of_a_municipality_is_the_one_of_the_municipality_the_page_writes():
    # (the votes once named the municipality; the namesake inside the 上海 the page writes is the district itself)
    assert _home(PUTUO) == "上海市普陀区"
    divisions = by_label(kgraph.extract_text(PUTUO), "AdministrativeDivision")
    assert divisions["普陀区"].prop("code") == "310107" and "长征镇" in divisions
    assert not {"舟山市", "浙江省"} & set(divisions)


def test_a_city_gates_street_holds_no_city():
    # a Beijing district's page (2021): 西安门大街 (the model: 西安门大街/LOC) is a street named after a gate, no 西安市
    divisions = by_label(kgraph.extract_text("什刹海街道开展顺天府超市西什库店及西安门大街沿线商户检查。"),
                         "AdministrativeDivision")
    assert "西安市" not in divisions


# a county's site (子洲县's, 2020s): its bodies by the county's level, its name written once, short
ZIZHOU = ("县退役军人事务局开展春节慰问活动\n"
          "新春佳节来临之际,县委书记封杰,县委副书记、政府县长赵贵波分别带队,来到县人武部和武警中队看望慰问驻子官兵。"
          "县退役军人事务局局长张杰陪同慰问。官兵们表示,感谢县委、县政府支持、关心子洲各项事业的发展。")


def test_a_county_written_once_by_its_short_name_is_the_home_of_the_bodies_written_by_its_level():
    region = infer_region(scan(ZIZHOU), page=True, text=ZIZHOU)
    assert gazetteer().full_name(region.node) == "陕西省榆林市子洲县"
    posts = titled_posts(ZIZHOU)
    assert ("封杰", "子洲县委", "书记") in posts and ("张杰", "子洲县退役军人事务局", "局长") in posts
    # a short name that is the segmenter's other word says nothing (平利: an adjective); nor one only where the
    # page's leaders go or whom they meet
    for text in ("县委书记杨军调研平利发展情况。", "县委书记李明带队赴平江考察学习。", "县委书记李明与平江客商座谈。"):
        assert infer_region(scan(text), page=True, text=text).node is None


# 江华瑶族自治县's site (2025): its name never whole, its short name three times and more, jieba's no place name
JIANGHUA = ("2月17日,第十一届县政协委员及驻江华的省、市政协委员,集中视察了县内多个领域的重点项目。"
            "大家先后来到涔天河天湖客运码头、江华职中新校区等多个重点项目建设现场。"
            "大家切身感受到江华日新月异的发展变化,为县委、县政府科学决策提供参考。")


def test_a_county_written_short_three_times_is_the_home_of_the_bodies_written_by_its_level():
    assert _home(JIANGHUA) == "湖南省永州市江华瑶族自治县"
    assert "江华瑶族自治县政协" in by_label(kgraph.extract_text(JIANGHUA), "Agency")
    # written twice, or as often as another county's short name, it says too little
    assert _home(JIANGHUA.replace("大家切身感受到江华日新月异", "大家切身感受到日新月异")) is None


# a district paper's page (天津市河东区, 2000s): 河东区 is also 临沂市's; the firms it names are 天津's
HEDONG = ("连日来,区委书记杜彩霞、区长陈彦云等区委、区政府领导同志,分别深入到天津五市政公路工程有限公司、"
          "天津药业集团有限公司等30余家驻区大企业,上门走访服务。河东区全力优化区域经济发展环境,"
          "为河东区域经济发展作出新贡献,实现三个基地一个现代化新城区的奋斗目标。")


def test_of_a_counties_namesakes_the_one_inside_the_city_the_page_writes_is_its_home():
    assert _home(HEDONG) == "天津市河东区"
    assert ("杜彩霞", "河东区委", "书记") in titled_posts(HEDONG)
    # with no city written, which 河东区 is not said
    assert _home(HEDONG.replace("天津", "")) is None


def test_a_level_character_opening_the_word_region_makes_no_division_and_the_name_before_it_stays():
    # a city's page (儋州, 2021): 中国流动科技馆|海南|区域|换展 — Hainan's region, no 海南区 (a district of 乌海市)
    divisions = by_label(kgraph.extract_text("2021年6月30日上午,中国流动科技馆海南区域换展儋州站启动仪式举行。"),
                         "AdministrativeDivision")
    assert "海南省" in divisions and not {"海南区", "乌海市", "内蒙古自治区"} & set(divisions)


def test_places_listed_three_together_govern_no_level_word_after_them():
    # the same page: 东方、琼海、澄迈…等市县 are named, then 市政府 is the page's city's (儋州市), not 琼海's
    text = ("儋州市举行启动仪式。东方、琼海、澄迈、临高、白沙、琼中等市县科协领导参加启动仪式。"
            "启动仪式由市政府副秘书长黄远舶主持。")
    posts = titled_posts(text)
    assert ("黄远舶", "儋州市人民政府", "副秘书长") in posts
    assert not any(body.startswith("琼海") for _, body, _ in posts)
    # but a county named later in a list still governs a 区委 before it (巫溪、云阳、开州, a district's page)
    text = ("11月30日,巫云开高速公路建设工作协调推进会在我区召开。区委常委、政法委书记陈德胜出席会议。"
            "巫云开高速公路途经巫溪、云阳、开州,全长118.6公里。")
    assert ("陈德胜", "开州区委", "常委") in titled_posts(text)


def test_an_unknown_community_after_a_street_read_starts_after_it():
    # a city's page (莱西, 2017): 沽河街道|庄扶社区 — the community the gazetteer lacks starts after the street, no 街道庄扶社区
    divisions = by_label(kgraph.extract_text("沽河街道庄扶社区获得山东省科普示范社区授牌。"), "AdministrativeDivision")
    assert {"沽河街道", "庄扶社区"} <= set(divisions) and "街道庄扶社区" not in divisions
    # but a town named by a district's short name and its level is one (集美|镇, pd-dev-00920)
    text = "厦门集美航天城开馆。集美航天城日前在爱国侨领陈嘉庚故乡集美镇龙舟池畔建成开馆。"
    assert "集美镇" in by_label(kgraph.extract_text(text), "AdministrativeDivision")


def test_a_one_story_page_naming_one_county_whole_with_bodies_by_its_level_is_at_home_there():
    # a county's site (吉水县, 2021): the county named once in the title, its 县委 and 县政协 by the level alone
    text = ("南昌师范学院党委书记王金平一行到吉水县调研指导乡村振兴工作\n"
            "8月25日,王金平一行到八都镇调研,县委副书记曾广炆参加调研并讲话。县政协副主席夏甫海参与调研。")
    assert gazetteer().full_name(infer_region(scan(text), text=text).node) == "江西省吉安市吉水县"
    # not a city's 市委 glued to another's name (河内|市委书记: no level opening a word)
    text = "越南河内市委书记丁进勇会见阜平县代表团。"
    assert infer_region(scan(text), text=text).node is None


def test_a_towns_bodies_listed_after_it_are_the_towns_not_the_countys():
    # a banner's page (2024): 敖包苏木综治中心组织|派出所、信访办、综治办 — the township's, no 科尔沁左翼中旗信访办
    text = ("科尔沁左翼中旗委宣传部发布。8月19日,敖包苏木综治中心组织派出所、信访办、综治办等部门召开联席会议,"
            "由苏木党委副书记王亮主持。")
    agencies = {e.label for e in kgraph.extract_text(text).entities if e.type == "Agency"}
    assert not any(a.endswith(("信访办", "综治办", "派出所")) and a.startswith("科尔沁") for a in agencies)


def test_a_name_after_a_features_is_not_adjacent_to_a_division():
    # 以海北州副州长尕玛才仁为组长的祁连山南麓青海片区…检查组 (大通县's page, 2019): 祁连 is dropped as the mountains' (祁连山),
    # and 山南 inside 祁连山|南麓 is no city named right after a division
    labels = by_label(kgraph.extract_text("近日,以海北州副州长尕玛才仁为组长的祁连山南麓青海片区生态环境综合整治交叉检查组"
                                          "来到大通县。"), "AdministrativeDivision")
    assert "山南市" not in labels and "西藏自治区" not in labels
    assert {"海北藏族自治州", "青海省"} <= set(labels)
    # two divisions written together stay (呼和浩特市|土左旗…: the second after the first kept)
    assert {"湖北省", "荆州市"} <= set(by_label(kgraph.extract_text("湖北荆州召开会议。"), "AdministrativeDivision"))


def test_a_publishers_name_after_chinas_names_its_city():
    # 来源:中国九江网 (a city's news site, 2024): 九江市's, as 九江日报 is; a province's site names no city of its name
    gaz = gazetteer()
    assert gaz.names[infer_region([], "中国九江网").node] == "九江市"
    assert infer_region([], "中国吉林网").node is None and infer_region([], "中国日报").node is None
    page = "7月19日,市政协副主席周杏连到修水县调研乡村振兴与产业发展情况。\n来源:中国九江网\n"
    assert ("周杏连", "九江市政协", "副主席") in titled_posts(page)


def test_a_town_the_unknown_word_model_glued_to_a_verb_is_the_town():
    # a zone's page (清远高新区, 2023): 高新区|驻高岗镇/HMM|的驻镇干部 — 高岗镇 (of 佛冈县), no division 驻高岗镇
    divisions = by_label(kgraph.extract_text("会上,高新区驻高岗镇的驻镇干部进行了轮换交接。佛冈县召开会议。"),
                         "AdministrativeDivision")
    assert "高岗镇" in divisions and "驻高岗镇" not in divisions


def test_a_short_name_in_a_persons_name_or_a_namesake_with_nothing_above_it_names_no_home():
    # 县长|王|江华 (jieba parts the surname): a person, no 江华瑶族自治县; 兰山区、河东区 with no city written: which
    # 河东区 (临沂市's or 天津市's) is not said, nor is the page's home
    for text in ("县长王江华主持会议。王江华指出,要加强管理。王江华强调,县委、县政府要重视。",
                 "兰山区、河东区两区负责人参加会议。区委书记李明出席。"):
        assert _home(text) is None



def test_a_county_inside_a_title_tells_no_home():
    # 经济开发区党工委委员…,副县|长武|英喆 and 县委副书记、|代县|长|孟兰生 (a county's page of 文水县, 2023): 长武县 (陕西) and
    # 代县 (忻州) are no divisions there; the county is the one its zone is named after, 文水|经济开发区
    text = ("8月10日,县委副书记、代县长孟兰生深入文水经济开发区调研指导工作。经济开发区管委会主任刘大鹏,县人大常委会副主任、"
            "财政局局长段拉银,副县长武英喆,经济开发区常务副主任苏德寰参加。")
    result = kgraph.extract_text(text)
    divisions = set(by_label(result, "AdministrativeDivision"))
    assert "文水县" in divisions and not {"长武县", "代县"} & divisions
    assert {"文水县人民政府", "文水县人大常委会"} <= set(by_label(result, "Agency"))


def test_townships_a_list_names_by_their_names_alone_are_the_townships_and_tell_the_home():
    # 先后来到|贾庙|、|总路咀|、|回龙山|等|乡镇 (a county's page of 团风县, 2021, which says only 我县): 贾庙乡, 总路咀镇 and
    # 回龙山镇, all of 团风县, whose bodies 县委 and 县法院 are
    text = ("4月8日,市中级人民法院院长肖笛一行来我县调研,县委书记何永红,县法院院长吴刚参加调研。"
            "调研组一行先后来到贾庙、总路咀、回龙山等乡镇,实地查看了基层法庭立案室。")
    result = kgraph.extract_text(text)
    divisions = set(by_label(result, "AdministrativeDivision"))
    assert {"团风县", "贾庙乡", "总路咀镇", "回龙山镇"} <= divisions
    assert {"团风县委", "团风县人民法院"} <= set(by_label(result, "Agency"))
    assert not {"贾庙", "总路咀"} & set(by_label(result, "Place"))
    # names that are no township of one county stay as they were: 北京、上海等城市
    result = kgraph.extract_text("代表们先后来到北京、上海等地考察。")
    assert "北京乡" not in by_label(result, "AdministrativeDivision")


def test_a_township_named_by_two_digits_written_whole_is_one():
    # 一六镇|召开 … 一六镇党委书记 (a town's page of 乳源瑶族自治县, 2019): the dictionary's numeral 一六 counts nothing; the
    # gazetteer's two towns of the name leave it unlinked, a division still
    result = kgraph.extract_text("9月20日下午,一六镇召开主题教育动员部署会议。会议由镇党委副书记、镇长潘鸿主持。一六镇党委书记丘振强讲话。")
    assert "一六镇" in by_label(result, "AdministrativeDivision")
    assert "一六镇" not in by_label(result, "Agency")

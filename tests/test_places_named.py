"""Places the place stage names (kgraph.extraction.recognisers.places): where a name read
backwards from its head starts, and which division a place lies in — a division its name opens
with, or one named just before it.  Sentences of xwlb-2023 (新闻联播) and of local news."""
from __future__ import annotations

import kgraph
from kgraph.extraction.analysis import Region
from kgraph.extraction.recognisers.divisions import region_named

from .conftest import by_label, labels_by_type, related_pairs, relations


def _places(text: str, **kw) -> set[str]:
    return set(by_label(kgraph.extract_text(text, **kw), "Place"))


# --- where a name starts

def test_a_count_is_no_part_of_a_place_name():
    # 首批|5|个/m|国家公园 (xwlb-20230605-08), 20|余家/m|国内知名博物馆 (xwlb-20230727-06),
    # 辽宁|37|座|大型水库 (xwlb-20230805-01): the count ends the name read backwards
    places = _places("2021年10月，我国正式设立三江源、大熊猫等首批5个国家公园。"
                     "由故宫博物院、中国国家博物馆等20余家国内知名博物馆联合举办的文创联展将活动气氛推向高潮。"
                     "受强降雨影响，辽宁37座大型水库中，目前有6座水库超汛限。")
    assert not {p for p in places if p[0] in "个余座家批处"}, places


def test_a_break_inside_a_word_does_not_cut_the_word():
    # 钦州港二期|自动化|集装箱码头 (xwlb-20230702-04): 自 is a break (自|北京) but here the start of
    # 自动化; cutting after it left 动化集装箱码头
    places = _places("钦州港二期自动化集装箱码头未来可实现远程自动化装卸作业。")
    assert not {p for p in places if p.startswith("动化")}, places


def test_a_break_that_ends_a_word_still_ends_the_name():
    # 大使|吴恳|等到/v|机场 (xwlb-20230619-03): 等到 ends in the break 到, and the name is not
    # 吴恳等到机场; the ambassador stays a person
    ex = kgraph.extract_text("德国政府代表和中国驻德国大使吴恳等到机场迎接。")
    assert not {p for p in by_label(ex, "Place") if "吴恳" in p}
    assert "吴恳" in by_label(ex, "Person")


# --- which division a place lies in

def test_a_local_paper_names_a_park_after_a_man_not_after_a_far_city():
    # a 荆州 paper: 中山|公园广场 is named after 孙中山 and lies where the story is, not in 广东's 中山市
    ex = kgraph.extract_text("近日，沙市区人民法院在中山公园广场举办普法宣传活动。", region="荆州市")
    assert ("中山公园广场", "沙市区", None) in relations(ex, "locatedIn")
    assert "中山市" not in by_label(ex, "AdministrativeDivision")


def test_national_news_keeps_the_city_a_place_is_named_after():
    # xwlb-20230313-10: 深中通道|中山|大桥 is in 中山市, though the story's other item is in 长沙
    ex = kgraph.extract_text("昨天，深中通道关键工程——中山大桥钢桥面铺装完成。湖南长沙的湘江两岸灯火通明。")
    assert ("中山大桥", "中山市", None) in relations(ex, "locatedIn")


def test_a_region_guessed_from_the_page_is_not_a_stated_home():
    # only a paper's name or the user's --region says where the paper is at home
    assert region_named("荆州市").stated
    assert not Region(region_named("荆州市").node).stated


def test_a_place_lies_in_the_division_just_named_not_one_named_long_before():
    # the sentence before still speaks of its division (the sample page: 荆州经开区在金源世纪城…。
    # 在金源世纪城小区…); two sentences on, the story has moved on
    near = kgraph.extract_text("日前，宜昌市夷陵区在桃花岭小区设置垃圾分类箱。\n\n在桃花岭小区，记者看到居民正在分类投放。")
    assert ("桃花岭小区", "夷陵区", None) in relations(near, "locatedIn")
    far = kgraph.extract_text("夷陵区召开安全生产会议。会议要求压实责任。各地要加强隐患排查。游客在三国公园游览。")
    assert ("三国公园", "夷陵区", None) not in relations(far, "locatedIn")


def test_a_place_holds_no_division_written_whole_before_it_nor_a_function_word():
    # xwlb-20230413-01: 徐闻县|大水桥水库 — the county is the place's division, not part of its name;
    # xwlb-20230408-09: 北京市通州区|张家湾公园
    related = related_pairs("离开徐闻港，习近平来到环北部湾广东水资源配置工程向南输水的接点站——徐闻县大水桥水库，"
                            "了解工程建设情况。", "locatedIn")
    assert ("大水桥水库", "徐闻县") in related
    assert "张家湾公园" in labels_by_type(
        "2023年共和国部长义务植树活动今天（4月8日）上午在北京市通州区张家湾公园举行。")["Place"]
    # a county paper's story (invented): 胜利街道|对金龙|小区 (jieba's guessed word; LAC: 对/p) and the
    # district and street before a compound; a village's square keeps its village (肖红坪村文化广场)
    places = labels_by_type("走进沙市区胜利街道金龙小区，今年以来，胜利街道对金龙小区、园林路宿舍实施改造。")["Place"]
    assert places == {"金龙小区", "园林路宿舍"}
    # xwlb-20231221-07: a village's square is named with its village (石塬镇|肖红坪村文化广场)
    assert "肖红坪村文化广场" in labels_by_type("“帐篷小学”由陆军第76集团军某红军旅官兵在石塬镇肖红坪村文化广场的"
                                          "临时安置点搭建而成。").get("Place", set())
    # a short division opens the name (荆州古城东门广场)
    assert "荆州古城东门广场" in labels_by_type("在荆州古城东门广场，市民正在晨练。")["Place"]


# --- the model's words inside a name read backwards (LAC's tags)

def test_a_verb_or_pronoun_the_model_reads_ends_a_place_name():
    # 工作人员|走进/v|广场 (xwlb-20230815-05), 黑龙江|境内|所有/r|水库 (xwlb-20230816-06), 北京|各/r|大|公园
    # (xwlb-20230623-06), 同时|充分利用/v|广场 (xwlb-20230531-06): each had become a place, the clause
    # before its head read as its name; what is left (大, nothing) names none
    places = _places("在辽宁阜新，工作人员走进广场、社区宣传生态环境领域法治建设成效。"
                     "到今天，黑龙江境内所有水库均在汛限水位以下。"
                     "这个端午假期，北京各大公园推出龙舟展演等游园活动，吸引了众多市民游客。"
                     "同时充分利用广场操场、房前屋后等各类场所，晾晒收获小麦。")
    assert not {p for p in places if p.endswith(("广场", "水库", "公园"))}, places


def test_what_is_left_after_the_verb_is_a_place_only_where_the_model_reads_a_name():
    # 大火|距离/v|海里弗/LOC|机场 (xwlb-20230828-16) is a place; 参观/v|抗战/vn|遗址 (xwlb-20230918-04)
    # and 串联|起/v|市区/s|主要/a|绿地公园 (xwlb-20230916-11) are kinds of places, no names
    places = _places("其中小镇海里弗全体居民已被要求全部撤离，目前大火距离海里弗机场仅1公里左右。"
                     "人们通过参观抗战遗址遗迹、纪念场馆，感悟抗战精神。"
                     "丽水站火炬传递路线全长8.4公里，串联起市区主要绿地公园，沿途还经过丽水市体育中心。")
    assert "海里弗机场" in places
    assert not {p for p in places if p.endswith(("遗址", "绿地公园"))}, places


def test_a_character_the_model_misreads_inside_a_foreign_name_does_not_cut_it():
    # 特拉法/LOC|加/v|广场 (xwlb-20230122-10), 汤原/LOC|抗联/v|广场 (xwlb-20231213-13): one character or a
    # word the dictionary lacks is the model failing to read the name, not a verb before it
    places = _places("在英国首都伦敦市中心，特拉法加广场亮起“中国红”，并摆放了玉兔彩灯。"
                     "在浙东抗战老兵纪念园、闽西革命烈士陵园、黑龙江汤原抗联广场，人们开展纪念活动。")
    assert {"特拉法加广场", "汤原抗联广场"} <= places, places


def test_a_head_inside_a_longer_common_word_ends_no_place():
    # 2023年|全国|广场舞/n|大会 (xwlb-20231108-11): 广场 is the start of 广场舞, a dance; a longer name the
    # model reads on (凤凰山体育公园综合体育馆/LOC, xwlb-20230726-08) does not stop the park inside it
    places = _places("由文化和旅游部组织开展的2023年全国广场舞大会成果展示活动在贵州举办。"
                     "有着1.8万个座位的凤凰山体育公园综合体育馆是此次篮球竞赛的场馆。")
    assert not {p for p in places if p.endswith("全国广场")}, places
    assert "凤凰山体育公园" in places, places


def test_a_compound_named_with_common_words_is_a_place_where_the_model_reads_one():
    # 幸福/a|小区: 幸福 alone is a common word, as 老旧 in 老旧小区 is; the model reads 幸福小区 as one
    # place and 老旧|小区 as a kind (invented local sentence; 开工改造城镇老旧小区, xwlb-2023)
    places = _places("当天上午，斗湖堤镇幸福小区的30余名居民来到孱陵公园参加健步走活动。"
                     "今年全国计划新开工改造城镇老旧小区5.3万个。")
    assert "幸福小区" in places, places
    assert not {p for p in places if p.endswith("老旧小区")}, places


def test_a_name_the_segmenter_broke_at_a_break_is_read_where_the_model_reads_it():
    # 在|盛|和|小区|广场 (a street office's post, 南通, 2023): 和 is a break, but the model reads 盛和/LOC;
    # 港口|和|萨那/LOC|机场 (xwlb-20230915-18)
    places = _places("近日,崇川区永兴街道永兴花苑社区邻里建设启动仪式暨国庆中秋双节文艺汇演在盛和小区广场隆重举行。"
                     "就讨论重开由胡塞武装控制的港口和萨那机场、释放囚犯、地区重建等议题进行磋商。")
    assert {"盛和小区", "萨那机场"} <= places, places


def test_a_one_character_head_the_model_reads_into_the_next_word_still_ends_a_place():
    # 河内|主席|府同/n|越南 (xwlb-20231213-03): the model misreads 府同; 主席府 is the venue of the talks
    assert "河内主席府" in _places("当地时间12月13日上午，中共中央总书记、国家主席习近平在河内主席府同越南国家主席武文赏举行会谈。")


def test_a_venue_named_with_its_city_is_a_place_not_a_body_of_the_city():
    # 宁德市|会展中心 (xwlb-2023; 会展中心 is a place's head, longer than the organisation's 中心), and the
    # venues People's Daily marks LOC: 国家会议中心, 杭州国际博览中心, 国家大剧院 (xwlb-2023)
    text = "习近平先后来到下白石镇下岐村、宁德市会展中心、福山郊野公园考察。展会在杭州国际博览中心开幕。音乐会在国家大剧院举行。"
    ex = kgraph.extract_text(text)
    places, agencies = set(by_label(ex, "Place")), set(by_label(ex, "Agency"))
    assert {"宁德市会展中心", "杭州国际博览中心", "国家大剧院"} <= places, places
    assert not agencies & {"宁德市会展中心", "杭州市国际博览中心", "国家大剧院"}, agencies
    # an item of a list lies where its own name says, not in the village of the item before it
    located = related_pairs(text, "locatedIn")
    assert ("宁德市会展中心", "宁德市") in located and ("宁德市会展中心", "下岐村") not in located, located


def test_the_state_is_no_place_before_a_venue():
    # 设在|国家/LOC|会议中心 (xwlb-2023: the model reads 国家 alone as a place)
    assert "国家" not in _places("综合展设在国家会议中心，专题展设在首钢园区。")


def test_a_count_of_one_after_a_name_is_no_part_of_a_place():
    # 美国|得州|一/m|购物中心|发生|严重|枪击 (xwlb-20230507-12): a shopping centre in Texas, none named 得州一购物中心
    places = _places("美国得州一购物中心发生严重枪击 致9人死亡。当地时间6日，美国得州一大型购物中心发生枪击事件。")
    assert not {p for p in places if "一" in p}, places


# a prefecture's page (海北州, 2023): features named like counties, guests (来宾) no city, venues by their ending
HAIBEI = ("要突出青海湖、祁连山、二二一基地等地域生态文化、红色文化以及非遗项目等海北元素,向来宾展示海北良好的生态环境。"
          "要加快海北宾馆改造提升,以原子城纪念馆、西海影剧院、一分厂、金银滩草原等为重点,查漏补缺。")


def test_features_named_like_counties_are_places_and_guests_no_city():
    result = kgraph.extract_text(HAIBEI)
    divisions = set(by_label(result, "AdministrativeDivision"))
    assert not {"祁连县", "来宾市", "广西壮族自治区"} & divisions
    assert {"祁连山", "青海湖", "海北宾馆", "西海影剧院", "金银滩草原"} <= set(by_label(result, "Place"))


def test_a_start_up_park_is_a_place():
    # 衡山创新创业园区 (a county's page, 2021)
    result = kgraph.extract_text("衡山县加快推进衡山创新创业园区建设。")
    assert "衡山创新创业园区" in by_label(result, "Place")


def test_resorts_and_sites_are_places_and_levels_or_aid_are_none():
    # county and city pages (2016-2025): 大营温泉旅游度假村, 天津电视塔, 尧山壁文学馆; 中央和|省州|关于… (levels),
    # 自治州|建政70周年 (a level's word), 江苏|援|伊|·苏州 (aid to 伊犁, no 伊朗)
    places = by_label(kgraph.extract_text("游客来到大营温泉旅游度假村。天塔街位于天津电视塔附近。"
                                          "代表们参观了尧山壁文学馆。"), "Place")
    assert {"大营温泉旅游度假村", "天津电视塔", "尧山壁文学馆"} <= set(places)
    # kinds, no names: 网红景点, 大型灌区 (no place ending of those)
    assert not by_label(kgraph.extract_text("游客打卡网红景点。全省大型灌区续建配套。"), "Place")
    result = kgraph.extract_text("严格执行中央和省州关于严控节庆活动经费的规定。要充分认识自治州建政70周年庆祝活动的重大意义。"
                                 "近年来,江苏援伊·苏州(张家港)工作组锚定“文化润疆”使命。")
    assert not by_label(result, "Place")


def test_no_place_of_a_grade_an_address_or_the_partys_aim_and_a_rivers_stretch_is_the_river():
    # a city's page (2023): 5A|级|旅游景区 (a grade); a district's (2022): 龙城大道1280号|2号楼 (an address); county pages
    # (2023-2025): 中国式现代化; 西平县's site (2022): 对|小洪河段|进行清理 (a stretch of the river)
    result = kgraph.extract_text("槟榔谷是全国首家民族文化5A级旅游景区。地址位于龙城大道1280号2号楼。推进中国式现代化建设。"
                                 "对小洪河段进行清理。")
    places = set(by_label(result, "Place"))
    assert "小洪河" in places and "槟榔谷" in places
    assert not {"级旅游景区", "龙城大道1280号2号楼", "龙城大道1280号", "中国式现代化", "小洪河段"} & places


def test_a_parks_name_runs_back_to_the_place_it_opens_with():
    # 来到修水百亿模具数字产业园和江家坪装备制造配套产业园 (a city paper's page, 2024), 中峰镇粤桂协作生物医药科技产业园 (a
    # county's page, 2023): the park's name opens with its place, past the words that describe it (a program read
    # inside it, 粤桂协作, is the park's words)
    def places(text):
        return set(by_label(kgraph.extract_text(text), "Place"))

    assert {"修水百亿模具数字产业园", "江家坪装备制造配套产业园"} <= places(
        "随后,周杏连来到修水百亿模具数字产业园和江家坪装备制造配套产业园,详细了解企业生产运营情况。")
    assert "中峰镇粤桂协作生物医药科技产业园" in places("中峰镇粤桂协作生物医药科技产业园已有5家企业入驻。")
    # not over a conjunction or a count (two parks; parks counted), nor over a street written whole before a name
    found = places("他又到东方广场街道孙家湾工业园区、赵家沟和薛家沟工业园区、东柯河等五个工业园。")
    assert "孙家湾工业园区" in found
    assert not any("和" in p or "等" in p or p.startswith("东方广场") for p in found)


def test_a_village_written_inside_a_community_is_a_compound():
    # 目前,大公殿小区、枣树社区莲塘村、兰荫社区朝霞村、…、黄龙洞社区莲花村…等9个老旧小区已完成有机更新改造 (兰溪's page, 2021):
    # no village lies in a community; the 村 is an old residential compound, a place in the community
    text = "兰溪市召开会议。此前,大公殿小区、枣树社区莲塘村、兰荫社区朝霞村、黄龙洞社区莲花村等老旧小区已完成改造。"
    ex = kgraph.extract_text(text)
    divisions = by_label(ex, "AdministrativeDivision")
    assert "莲塘村" not in divisions and "莲花村" not in divisions
    assert {"莲塘村", "莲花村"} <= _places(text)
    assert ("莲塘村", "枣树社区") in related_pairs(text, "locatedIn")

"""Local pages of round 44's blind set read this round (24 pages: schools, hospitals and culture; investment, parks and
firms; congresses, CPPCC committees and discipline; a fresh blind set of 24 stands in for them): each rule tested on its
page's sentences, on another text's where one shows it, and on the function it lives in."""
from __future__ import annotations

from kgraph.extraction.recognisers.divisions import home_candidates, infer_region, scan
from kgraph.extraction.recognisers.places import _a_markets_own_name
from kgraph.gazetteer import gazetteer
from kgraph.ingest.layout import page_publisher, parse_credits, split_documents
from kgraph.model import Source

from .builders import extracted_labels

# a county's site: its party secretary inspects projects, the post signed by the county's account (集贤县, 2025)
JIXIAN = ("栾伟江督导检查我县产业项目建设情况\n发布日期:2025-10-13 10:39  发布者:发展研究中心  来源:集贤微言 \n\n"
          "10月11日,县委书记栾伟江深入我县部分企业、项目建设现场督导检查产业项目建设情况。他强调,要把高标准、严要求贯穿"
          "项目建设全过程。\n")

# a district's party secretary visits firms (安次区, 2019): the district's short name once, before its development
ANCI = ("4月10日,区委书记张平率队到对接联系企业、项目实地调研。区委常委、办公室主任钱玉兵陪同。\n张平指出,相关单位和部门要加大"
        "服务力度。希望企业立足发展大局,加快自身发展,履行社会责任,为安次经济社会发展贡献力量。")

# a county paper's industrial zone (镇安县, 2013): the county's short name in the zone's, then 该县
ZHEN_AN = ("本报讯 今年以来,镇安工业集中区管委会以“建设、管理、协调、服务”为主抓手,积极探索县域工业发展之路,努力推动集中区又"
           "好又快发展。\n该县加快新入园企业项目建设,尽早实现当年建设当年投产。")

# a county media centre's story of a market inspection (大英县, 2025): the centre and its reporter open it, no 讯
DAYING = ("大英融媒体(记者 熊炯)12月29日,县市场监督管理局采取突击检查方式,对金阳市场、海鲜超市、鱼街、蓬莱小食光商圈及流动"
          "摊贩开展专项检查,以“隐形监督”守护群众节日消费安全。")

# a county's united-front work conference (郸城县, 2021): the city's department named first, the county's in the sentence
DANCHENG = ("本报讯(记者 徐松 通讯员 罗明丰)2月24日,县委统战工作会议召开。县委常委、统战部部长薛燕出席会议并讲话。\n郸城县被市委"
            "统战部表彰为“2020年度全市统战工作先进单位”。\n县委统战部常务副部长、民宗局局长徐风传达了全省、全市统战工作会议精神,"
            "统战部副部长、工商联党组书记韩大力宣读了表彰通报。")

# a county's general hospital founded (明溪县's site, 2020): staff sent to learn elsewhere; a credit, then the site's link
MINGXI = ("明溪县总医院挂牌成立\n  7月3日上午,明溪县总医院成立暨挂牌仪式在县总医院举行。明溪县委县政府高度重视,出台总医院整合"
          "方案,并组织人员到将乐等地对标学习考察,各项筹备工作有条不紊推进。目前,县总医院领导班子已组建。\n"
          "  仪式结束后,苏县长带领有关领导及部门负责人,对县总医院规划建设及科室布局等进行实地调研。(黄松银)\n\n附件下载\n\n"
          "扫一扫在手机上查看当前页面\n")

# a county's azalea festival opened (鲁山县, 2020): a city bureau's head is the county's deputy head too
LUSHAN = ("2020年首届鲁山杜鹃花节开幕式举行\n开幕式在鲁山县四棵树乡平沟村举行,县长李会良,市尧管局局长、副县长史晓天,县委常委、宣传部长"
          "刘万福出席开幕式。据了解,首届杜鹃花节活动举办时间为4月18日至5月6日。")

# a county's investment week in Shanghai (衡东县, 2018): a credit names its body and writer
HENGDONG = ("为进一步深化我县与长三角地区的经贸合作,发挥上海衡岳同乡会招商引资的桥梁纽带作用,县长带队赴沪开展招商活动。"
            "(投资促进事务中心 单中平)")

# a county's investment tour in Guangdong (天柱县, 2019)
TIANZHU = ("考察团到中山市澳多电子科技公司、中山市贵州商会等进行实地考察。")


def test_an_account_named_by_the_countys_short_name_on_a_page_calling_the_county_its_own():
    _, typed, relations = extracted_labels(JIXIAN)
    assert typed.get("集贤县") == "AdministrativeDivision"
    assert ("holdsPost", "栾伟江", "书记", "集贤县委") in relations
    # the account's name says nothing on a page that never calls a county its own
    _, typed, _ = extracted_labels(JIXIAN.replace("县委书记", "书记").replace("我县", "企业"))
    assert "集贤县" not in typed


def test_infer_region_by_an_accounts_short_name():
    (node,) = gazetteer().by_short["集贤"]
    text = "10月11日,县委书记栾伟江深入我县部分企业。"
    assert infer_region([], "集贤微言", text=text).node == node
    assert infer_region([], "集贤微言", text="10月11日,栾伟江深入部分企业。").node is None
    # a common word's namesake stays none (光明日报 on a page of a county calling itself 我县: no 光明区)
    assert infer_region([], "光明日报", text="我县召开会议。县委书记出席。").node is None


def test_a_short_name_before_a_places_development_on_a_districts_page():
    _, typed, relations = extracted_labels(ANCI)
    assert typed.get("安次区") == "AdministrativeDivision" and "安次" not in typed
    assert ("holdsPost", "张平", "书记", "安次区委") in relations
    # the words of a place's development after it, not another word
    _, typed, _ = extracted_labels(ANCI.replace("为安次经济社会发展", "为安次的企业"))
    assert "安次区" not in typed


def test_a_short_name_opening_a_zones_name_then_gai_xian():
    _, typed, relations = extracted_labels(ZHEN_AN)
    assert typed.get("镇安县") == "AdministrativeDivision"
    _, typed, _ = extracted_labels(ZHEN_AN.replace("该县", "企业"))
    assert "镇安县" not in typed


def test_a_media_centres_credit_without_xun_names_the_pages_county():
    assert page_publisher(DAYING) == "大英融媒"
    _, typed, relations = extracted_labels(DAYING)
    assert ("locatedIn", "大英县市场监督管理局", None, "大英县") in relations
    # a market named after a county's short name is a place, no county (金阳县 is 四川's too)
    assert typed.get("金阳市场") == "Place" and "金阳县" not in typed
    # a kind of market between the name and the head
    _, typed, _ = extracted_labels(DAYING.replace("金阳市场", "金阳农贸市场"))
    assert typed.get("金阳农贸市场") == "Place" and "金阳县" not in typed and "金阳县市场监督管理局" not in typed
    assert typed.get("蓬莱小食光商圈") == "Place"


def test_a_places_trade_is_no_market():
    # (a county's page, 集贤县 2025, where the county's own markets are named)
    _, typed, _ = extracted_labels(JIXIAN + "项目预计明年可加工400万棒鲜食玉米,并对接东莞市场,扩大国内市场、农村电商市场份额,"
                                            "整治人流密集市场。")
    assert not any(label.endswith("市场") for label in typed)
    _, typed, _ = extracted_labels(JIXIAN + "项目建成后将对接泓源市场。")
    assert typed.get("泓源市场") == "Place"
    # national news names markets by their trade alone: none is a place
    _, typed, _ = extracted_labels("新华社北京5月12日电 中国电影市场持续回暖,全球能源市场波动加剧。")
    assert not any(label.endswith("市场") for label in typed)
    assert _a_markets_own_name("泓源") and _a_markets_own_name("金阳")
    assert not _a_markets_own_name("东莞") and not _a_markets_own_name("国内") and not _a_markets_own_name("美国")


def test_a_bare_department_opening_a_clause_is_the_one_its_sentence_named():
    _, typed, relations = extracted_labels(DANCHENG)
    assert ("holdsPost", "韩大力", "副部长", "郸城县委统战部") in relations
    assert not any(post[0] == "holdsPost" and post[1] == "韩大力" and post[3] == "周口市委统战部" for post in relations)
    # one listed after 、 goes with its list (怀集县副县长文红妹、|妇联|主席欧阳莺: the county's, not the city's named before)
    _, _, relations = extracted_labels("市妇联主席宗亚峰一行到怀集县开展调研。怀集县副县长文红妹、妇联主席欧阳莺陪同调研。")
    assert ("holdsPost", "欧阳莺", "主席", "怀集县妇联") in relations


def test_a_closing_credit_ends_its_paragraph_before_the_sites_link():
    documents = split_documents(Source("t", MINGXI, "t.txt"))
    assert [r.name for d in documents for r in d.reporters] == ["黄松银"]
    assert not any("附件下载" in d.text for d in documents)  # the site's furniture
    # a line after the credit that is no furniture is no part of its paragraph either
    documents = split_documents(Source("t", MINGXI.replace("\n\n附件下载", "\n图为挂牌仪式现场"), "t.txt"))
    assert [r.name for d in documents for r in d.reporters] == ["黄松银"]
    _, typed, _ = extracted_labels(MINGXI)
    assert typed.get("黄松银") == "Person"


def test_a_division_before_deng_di_governs_no_level_word():
    _, typed, _ = extracted_labels(MINGXI)
    assert typed.get("明溪县总医院") == "Agency" and "将乐县总医院" not in typed
    assert typed.get("将乐县") == "AdministrativeDivision"  # still the place it is
    # each place of the list before 等地
    _, typed, _ = extracted_labels(MINGXI.replace("到将乐等地", "到将乐、沙县等地"))
    assert typed.get("明溪县总医院") == "Agency" and not {"将乐县总医院", "沙县总医院"} & set(typed)


def test_ji_joins_two_events_no_body_opens_with_it():
    _, typed, _ = extracted_labels("6月19日上午,道县举行紧密型县域医共体建设启动会暨医共体总院揭牌仪式。")
    assert not any("暨" in label for label in typed)
    # a name that holds the character keeps it (诸暨, a county-level city)
    _, typed, _ = extracted_labels("在诸暨华东国际珠宝城有限公司,工人们正在加紧生产。")
    assert typed.get("诸暨华东国际珠宝城有限公司") == "Agency"


def test_a_head_of_another_levels_division_ends_a_chain():
    _, typed, relations = extracted_labels(LUSHAN)
    assert ("holdsPost", "史晓天", "副县长", "鲁山县人民政府") in relations
    assert ("holdsPost", "史晓天", "局长", "平顶山市尧管局") in relations
    assert "平顶山市人民政府" not in typed
    # a head of the chain's own level stays in the chain (县委副书记、县长: the county's government)
    _, _, relations = extracted_labels("鲁山县委副书记、县长李会良出席。")
    assert ("holdsPost", "李会良", "县长", "鲁山县人民政府") in relations


def test_a_first_term_opens_an_events_name():
    _, typed, _ = extracted_labels(LUSHAN)
    assert typed.get("首届杜鹃花节活动") == "Program" and "届杜鹃花节活动" not in typed


def test_a_closing_credit_of_a_body_and_a_name():
    _, typed, _ = extracted_labels(HENGDONG)
    assert typed.get("单中平") == "Person"
    _, typed, _ = extracted_labels(HENGDONG.replace("。(", "。\n("))  # the credit on a line of its own (the page's)
    assert typed.get("单中平") == "Person"
    _, typed, _ = extracted_labels("县政协召开常委会议。(县政协 王素文)")
    assert typed.get("王素文") == "Person"
    # two names alone are read as before; a bracket of words of no body names no one
    _, typed, _ = extracted_labels("县政协召开常委会议。(会议现场 图片)")
    assert not any(t == "Person" for t in typed.values())
    _, typed, _ = extracted_labels("县政府召开常务会议。(县人民政府 公告)")  # a word of the dictionary names no one
    assert "公告" not in typed


def test_an_association_of_natives_is_named_whole_in_its_city():
    _, typed, relations = extracted_labels(TIANZHU)
    assert typed.get("中山市贵州商会") == "Agency" and "贵州省商会" not in typed
    assert ("locatedIn", "中山市贵州商会", None, "中山市") in relations
    # a division's own chamber keeps its division (湖南省|长沙|商会: 长沙's)
    _, typed, _ = extracted_labels("湖南省长沙商会召开大会。")
    assert "湖南省长沙商会" not in typed


def test_a_closing_credits_medium_lies_in_the_county_its_short_name_names():
    # a city site's story of a county (临沂信息网, 2020): the county's station credited after the last sentence
    _, typed, relations = extracted_labels("沂水县召开防汛工作会议。要加强部门协同,坚决守住防汛工作底线。(沂水电视台记者 徐永强)")
    assert ("holdsPost", "徐永强", "记者", "沂水电视台") in relations
    assert ("locatedIn", "沂水电视台", None, "沂水县") in relations
    # a paper's name says less: 井冈山报 is 吉安市's, named after the mountain
    _, _, relations = extracted_labels("井冈山市召开防汛工作会议。要坚决守住防汛工作底线。(井冈山报记者 罗仁瑾)")
    assert ("locatedIn", "井冈山报", None, "井冈山市") not in relations


def test_a_verb_of_building_opens_no_markets_name():
    # a county's market plan (桑植县, 2021)
    _, typed, _ = extracted_labels("我县计划新建乡镇农贸市场9处,城区内新建澧源市场和澧源镇朱家台社区菜市场。")
    assert typed.get("澧源市场") == "Place" and "新建澧源市场" not in typed


def test_the_area_a_place_lies_in_opens_no_part_of_its_name():
    # a street's safety checks (松江区, 2023) and an industrial park's (修水县)
    _, typed, _ = extracted_labels("党工委副书记胡文辉带队检查府城区松江囍府、蓝天四村自建房。党工委副书记姚海萍带队检查功能区恒都广场。")
    assert typed.get("松江囍府") == "Place" and typed.get("恒都广场") == "Place"
    assert not any(label.startswith(("府城区", "城区", "功能区")) for label in typed)
    _, typed, _ = extracted_labels("宁州工业园吴都工业区规划总面积为2500亩。")
    assert typed.get("吴都工业区") == "Place"


def test_a_one_county_story_calling_its_level_its_own_is_the_countys():
    # a county police's night check (全州县, 2019): the county written whole once, then 全县 and its bureaus by its level
    text = "2019年1月17日晚,全州县公安局组织300名警力在全县范围内开展大清查统一行动。市公安局督导组到场指导。"
    _, typed, relations = extracted_labels(text)
    assert ("locatedIn", "桂林市公安局", None, "桂林市") in relations  # the city above the page's county
    # a county named whole once and no level of its own: no home, the city's bureau unresolved
    _, typed, _ = extracted_labels(text.replace("在全县范围内", ""))
    assert "桂林市公安局" not in typed


def test_a_short_name_before_its_natives_on_a_page_calling_the_county_its_own():
    # a county's private museum opened (三门县, 2014: jieba tags 三门 a numeral)
    text = "12月28日上午,我县首个民办博物馆浙江启明博物馆在大湖塘新区开馆。启明博物馆是三门籍人士周星伟个人投资建设。"
    _, typed, _ = extracted_labels(text)
    assert typed.get("三门县") == "AdministrativeDivision"
    _, typed, _ = extracted_labels(text.replace("三门籍人士", "本地人士"))
    assert "三门县" not in typed


def test_no_county_ends_inside_an_acting_heads_title():
    # a county congress appoints an acting county head (房县, 2016): 代理县长 holds no 理县 (阿坝州), so the page's one
    # county is 房县
    _, typed, relations = extracted_labels("13日,县十七届人大常委会召开第二十八次会议,任命纪道清为代理县长。县人大常委会副主任陈德汉主持"
                                           "会议。在表态发言中,纪道清对县人大常委会和房县50万人民对他的信任和支持表示感谢。")
    assert "理县" not in typed
    assert ("holdsPost", "陈德汉", "副主任", "房县人大常委会") in relations
    # the name tells no page's home either (the page's region is read from these)
    text = "任命纪道清为代理县长。纪道清对县人大常委会和房县50万人民的信任表示感谢。"
    assert [c.name for c in home_candidates(text, scan(text))] == ["房县"]
    assert [c.name for c in home_candidates("理县县长到会。", scan("理县县长到会。"))] == ["理县"]


def test_a_court_named_by_its_countys_short_name_twice_is_at_home_there():
    # a county court's circuit trials (安岳县, 2024): 安岳法院 three times, the last before a town of the county
    text = ("“示范法院”创建活动开展以来,安岳法院充分发挥巡回审判连接基层群众的作用。被告人年龄较大,且在住院治疗,安岳法院将法庭"
            "搬到其病床前。3月18日,安岳法院前往通贤镇文寨村村委会公开开庭。")
    _, typed, relations = extracted_labels(text)
    assert ("partOf", "通贤镇", None, "安岳县") in relations
    (county,) = [n for n in gazetteer().by_name["安岳县"]]
    assert infer_region(home_candidates(text, scan(text)), text=text).node == county
    # the short name alone three times, no court after it twice, says too little (jieba tags 安岳 a person's name)
    once = text.replace("安岳法院将法庭", "安岳将法庭").replace("安岳法院充分", "安岳充分")
    assert infer_region(home_candidates(once, scan(once)), text=once).node is None


def test_a_county_named_whole_whose_court_its_short_name_names_twice():
    # a county court's story of a petitioner (彝良县, 2023): the county whole once, its court by its short name
    text = "王秀珍是彝良县人。她是彝良法院的一位老上访户,不管有事没事,都会到彝良法院“耍”一趟。"
    (county,) = gazetteer().by_name["彝良县"]
    assert infer_region(home_candidates(text, scan(text)), text=text).node == county
    once = text.replace("都会到彝良法院", "都会到法院")
    assert infer_region(home_candidates(once, scan(once)), text=once).node is None


def test_a_countys_leaders_by_its_level_and_its_own_words_read_as_words():
    # a county's industrial park opened (修水县, 2009): 县领导 writes the county's level
    text = "7月8日,修水县宁州工业园举行企业进园典礼仪式。县领导魏宏彬、杨健出席。"
    (county,) = gazetteer().by_name["修水县"]
    assert infer_region(home_candidates(text, scan(text)), text=text).node == county
    # 全 of 安全, 本 before 区域, 该 before 市场 call no level the page's own
    for words in ("安全县域", "本县域", "该县城"):
        other = "7月8日,修水县宁州工业园举行企业进园典礼仪式,共同守护" + words + "。"
        assert infer_region(home_candidates(other, scan(other)), text=other).node is None, words
    other = "7月8日,修水县宁州工业园举行企业进园典礼仪式,全县上下共同参与。"
    assert infer_region(home_candidates(other, scan(other)), text=other).node == county
    # a national medium's story says 全县 of a county it names, no home of its own
    assert infer_region(home_candidates(other, scan(other)), "新闻联播", text=other).node is None


def test_names_credited_with_the_words_of_what_they_made():
    # a province's news site's dateline (眉山, 2023): the writer's name and 图/文, no role
    _, typed, _ = extracted_labels("四川新闻网眉山4月13日讯(范泽龙 图/文)为进一步夯实基层妇联工作基础,青城镇召开会议。")
    assert typed.get("范泽龙") == "Person"
    assert [r.name for r in parse_credits("范泽龙 摄", 0)] == ["范泽龙"]
    assert [r.name for r in parse_credits("文/范泽龙", 0)] == ["范泽龙"]
    assert [r.name for r in parse_credits("王明 李华 摄", 0)] == ["王明", "李华"]
    assert parse_credits("会议现场 摄", 0) == [] and parse_credits("图片 文/图", 0) == []
    assert parse_credits("文明办", 0) == [] and parse_credits("文 王明", 0) == []  # (文 alone before a name needs its slash)


def test_a_surname_alone_after_a_title_and_its_given_name_a_word_before_a_mark():
    # a county's police day (商水县, 2019): the model reads 岳/PER 备战/v
    _, typed, relations = extracted_labels("商水县召开会议。县委常委、政法委书记王勇,县政府副县长、县公安局局长岳备战,县政府办公室主任何四良"
                                           "出席。")
    assert typed.get("岳备战") == "Person"
    assert ("holdsPost", "岳备战", "局长", "商水县公安局") in relations
    # no title before it: no name read on
    _, typed, _ = extracted_labels("商水县召开会议。岳备战,是一部电影。")
    assert "岳备战" not in typed


def test_a_public_security_filing_cut_short_is_the_sites_footer():
    # a city's site (常州, 2023): 苏公网安 alone on a line under the story, no person
    _, typed, _ = extracted_labels("走进百岁老人徐阿英家中,戴士福送上了慰问金和慰问品。\n\n网站支持IPV6\n\n苏公网安\n")
    assert "苏公网安" not in typed


def test_a_short_name_inside_a_body_the_model_reads_whole_opens_no_body():
    # a county police's reform (慈利县, 2017): the railway police's station at 慈利 (怀化铁路), no 慈利县派出所
    text = ("慈利县公安局组织观摩警务改革。该局交警大队及驻慈武警中队、消防大队、怀铁慈利派出所等近百名相关单位负责人参加观摩。"
            "慈利县公安局局长屈辉出席。")
    _, typed, _ = extracted_labels(text)
    assert "慈利县派出所" not in typed and typed.get("慈利县公安局") == "Agency"

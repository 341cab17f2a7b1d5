"""Local pages of round 36's blind set read this round (24 pages: named sites, rural work and firms, meetings and
inspections; a fresh blind set of 24 stands in for them): each rule tested on its page's sentences, and on the function
it lives in."""
from __future__ import annotations

from kgraph.extraction.recognisers.divisions import picks_levels
from kgraph.ingest.layout import split_documents
from kgraph.model import Source

from .builders import extracted_labels

# a district's standing committee (临河区, 2021): an acting head's title, 代区长, then his name; jieba 代区|长安|文哲
LINHE = ("临河区委召开常委会议\n3月5日,区委书记主持召开区委常委会议。区委副书记、代区长安文哲及区委各常委参加会议。"
         "区政协主席、双河区管委会主任赵锋列席会议。")

# a county's assessment meeting (双峰县, 2019): 刘邦文|率|县双考组, jieba 刘邦|文率|县
SHUANGFENG = ("双峰县召开2019年度双考工作会议。县委常委、县委组织部部长刘邦文率县双考组及绩效考核组出席会议。")

# a county's signing ceremony on a national site's channel (筠连县, 2023), its fields and its story on one line
JUNLIAN = ("发布时间:2023-12-27 14:27:11 | 来源:中国网 | 作者:筠连县委统战部 | 责任编辑:赵茜12月22日,筠连县2023年12月"
           "招商引资项目集中签约仪式在县会议中心举行。县委书记石进,县人大常委会主任雷敏出席。会议在县人民会堂召开。"
           "活动在县图书馆举行。")

# a district's flood inspection (南水北调 works in a city, 2020)
WORKS = ("陈书记一行首先来到中线防洪工程及贾砦倒虹吸现场,听取了相关负责人的汇报。在大学南路干渠北侧西北沟排水渡槽现场,"
         "陈书记一行查看了在建工程。在南水北调文化公园,陈书记一行实地查看了公园建设现状。")

# a county's market meeting (桑植县, 2020)
SANGZHI = ("桑植县召开乡镇农贸市场建设工作推进会。会议研究解决各乡镇农贸市场建设中存在的问题,2020年我县计划新建乡镇农贸市场9处,"
           "改造扩建5处,城区内新建澧源市场和澧源镇朱家台社区菜市场。")


def test_an_acting_heads_title_is_not_read_into_the_name_after_it():
    _, typed, _ = extracted_labels(LINHE)
    assert typed.get("安文哲") == "Person", typed
    assert "长安文哲" not in typed, typed


def test_no_division_opens_inside_a_persons_name():
    _, typed, relations = extracted_labels(SHUANGFENG)
    assert not any(label.startswith("文率") for label in typed), typed
    assert typed.get("刘邦文") == "Person", typed
    assert ("holdsPost", "刘邦文", "部长", "双峰县委组织部") in relations, relations


def test_levels_and_their_determiners_are_no_names():
    assert picks_levels("乡镇") and picks_levels("各乡镇") and picks_levels("部分县镇")
    assert not picks_levels("澧源镇") and not picks_levels("各")


def test_a_header_run_into_the_story_is_read_as_a_header():
    document = split_documents(Source(id="p", text=JUNLIAN, origin="p.txt"))[0]
    # (the body an author's field credits is a source too)
    assert [name for name, *_ in document.publishers] == ["中国网", "筠连县委统战部"], document.publishers
    assert [(r.name, r.role) for r in document.reporters] == [("赵茜", "责任编辑")], document.reporters
    assert document.text.startswith("12月22日,筠连县"), document.text[:20]


def test_a_sources_channel_after_a_dash_and_a_bulleted_header():
    dashed = split_documents(Source(id="p", text="2020年11月02日09:47  来源:人民网-安徽频道\n10月30日,定远县召开会议。",
                                    origin="p.txt"))[0]
    assert [name for name, *_ in dashed.publishers] == ["人民网"], dashed.publishers
    bulleted = split_documents(Source(id="p", text="  • 发布时间:2020-07-14 11:45 | 作者: | 来源:临沂信息网 | 浏览次数:\n"
                                                   "沂水县召开会议。", origin="p.txt"))[0]
    assert [name for name, *_ in bulleted.publishers] == ["临沂信息网"], bulleted.publishers
    assert bulleted.text == "沂水县召开会议。", bulleted.text


def test_a_byline_that_ends_where_it_was_filed_from():
    page = "大众网记者 王金慧 通讯员 周翠婷 临沂报道\n兰陵镇召开会议,镇党委书记张三出席。"
    document = split_documents(Source(id="p", text=page, origin="p.txt"))[0]
    assert [r.name for r in document.reporters] == ["王金慧", "周翠婷"], document.reporters  # 临沂 is no one
    _, typed, relations = extracted_labels(page)
    assert typed.get("大众网") == "Agency", typed
    assert ("holdsPost", "王金慧", "记者", "大众网") in relations, relations


def test_a_venue_named_by_its_level_alone():
    _, typed, relations = extracted_labels(JUNLIAN)
    assert typed.get("筠连县会议中心") == "Place", typed
    assert typed.get("筠连县人民会堂") == "Place", typed
    assert ("locatedIn", "筠连县会议中心", None, "筠连县") in relations, relations
    assert typed.get("筠连县图书馆") == "Agency", typed  # an institution is a body


def test_power_stations_and_water_works_are_places():
    # works by the name the model reads right before their head
    _, typed, _ = extracted_labels(WORKS)
    assert typed.get("贾砦倒虹吸") == "Place", typed  # 贾砦/PER|倒虹吸: no person
    assert "贾砦" not in typed, typed
    _, typed, _ = extracted_labels("潘口乡龙王沟村是一个传统的农业村,随着潘口水电站建设和招商企业的落地投产,龙王沟村迎来了发展机遇。")
    assert typed.get("潘口水电站") == "Place", typed
    # xwlb-20230606-09: a dam of a power station abroad, the model's organisation; xwlb-2023: the model's place
    _, typed, _ = extracted_labels("俄方控制的卡霍夫卡水电站大坝发生爆炸")
    assert typed.get("卡霍夫卡水电站") == "Place", typed
    _, typed, _ = extracted_labels("而这座位于大连的红沿河核电站6台机组已全面建成投产。")
    assert typed.get("红沿河核电站") == "Place" and "沿河核电站" not in typed, typed
    # no start the segmenter alone gives (1000千伏|北京|东变电站, 骨干|工程|大藤峡|水利枢纽: xwlb-2023)
    _, typed, _ = extracted_labels("工程最重要的1000千伏北京东变电站改扩建施工进入核心设备安装阶段。国家水网重要骨干工程大藤峡水利枢纽"
                                   "全部机组正式发电。")
    assert typed.get("北京东变电站") == "Place", typed
    assert not any(label.startswith(("千伏", "工程")) for label in typed), typed


def test_a_body_named_after_elections_holds_the_verb():
    # xwlb-2023: 选举 is a verb of posts and a field of bodies
    _, typed, _ = extracted_labels("津巴布韦选举委员会26日宣布,姆南加古瓦在总统选举中获胜。")
    assert typed.get("津巴布韦选举委员会") == "Agency", typed


def test_a_memorial_named_after_a_person():
    page = ("王孝锡烈士纪念馆开馆仪式在宁县九龙广场北侧隆重举行。仪式结束后,社会各界和广大师生共计1000余人一同参观了"
            "王孝锡革命烈士纪念馆。")
    _, typed, _ = extracted_labels(page)
    assert typed.get("王孝锡革命烈士纪念馆") == "Place", typed
    assert "革命烈士纪念馆" not in typed, typed


def test_markets_of_a_kind_and_markets_named_after_their_community():
    _, typed, relations = extracted_labels(SANGZHI)
    assert not any(label.endswith("农贸市场") for label in typed), typed  # 各乡镇, 新建|乡镇: kinds
    assert typed.get("朱家台社区菜市场") == "Place", typed
    assert ("locatedIn", "朱家台社区菜市场", None, "朱家台社区") in relations, relations


def test_a_model_named_by_its_parts_before_its_kind():
    # a township's page (潘口乡, 2019), a town's (按板镇, 2020)
    page = ("潘口乡党委在龙王沟村探索“党支部+合作社+农户”的产业发展新模式。按板镇文牍村以“党组织+企业+合作社+农户”的经营模式,"
            "引领产业发展。")
    _, typed, _ = extracted_labels(page)
    assert typed.get("“党支部+合作社+农户”") == "Program", typed
    assert typed.get("“党组织+企业+合作社+农户”") == "Program", typed
    # a quotation of parts that no model's kind follows is none (xwlb-2023: “中国+中亚五国”峰会 is a summit's name)
    _, typed, _ = extracted_labels("“中国+中亚五国”外长会晤在西安举行。")
    assert "“中国+中亚五国”" not in typed, typed


def test_a_common_word_the_gazetteer_holds_as_a_village_and_a_preposition_before_a_level():
    # a town's rural work (四合永镇, 2021): 以|鹿圈村|为|中心村 (275 villages are named 中心村)
    _, typed, _ = extracted_labels("项目采取抱团发展模式,以鹿圈村为中心村,带动镇内11个村。")
    assert "中心村" not in typed, typed
    # a town's page (兰陵镇, 2021; jieba 以村): the town's committee, no village 以村
    _, typed, _ = extracted_labels("兰陵镇召开会议。该镇党委以村党组织领办合作社为基础,吸收各类专业公司。")
    assert typed.get("兰陵镇党委") == "Agency", typed
    assert not any("以村" in label for label in typed), typed


def test_a_clause_of_appointment_is_no_bodys_name():
    # a township's page (潘口乡, 2019): 乡党委|任命|乡农技/ORG|服务中心|主任 (the dictionary tags 任命 a noun)
    _, typed, _ = extracted_labels("为加强技术指导,潘口乡党委任命乡农技服务中心主任宋成刚为龙王沟村第一书记。")
    assert not any("任命" in label for label in typed), typed


def test_a_place_opens_where_the_models_place_does():
    # a district's flood inspection (海港区, 2023; jieba 大|深港|水库, the model 大深港水库/LOC)
    _, typed, relations = extracted_labels("8月21日上午,海港区委书记张士兆到大深港水库和西港路地道桥等重点区域调研检查防汛工作。")
    assert typed.get("大深港水库") == "Place" and "深港水库" not in typed, typed


def test_a_democratic_partys_committee_of_the_level():
    # a province CPPCC's page (江苏省, 2019): 农工党|省委|主委 — the party's committee of the province, no 江苏省委
    page = ("江苏省政协副主席周健民带队在南通开展调研\n6月27日,省政协副主席、农工党省委主委周健民带队在南通开展调研。"
            "农工党省委将紧密结合问题清单。")
    _, typed, relations = extracted_labels(page)
    assert typed.get("农工党江苏省委") == "Agency", typed
    assert "江苏省委" not in typed and "江苏省农工党省委" not in typed, typed
    assert ("holdsPost", "周健民", "主委", "农工党江苏省委") in relations, relations


def test_the_models_opening_in_national_news():
    # xwlb-20231009-12 (jieba 本|古里安), xwlb-20230608-13 (扎/v|波罗热/LOC, jieba 扎波罗热/nrt: the segmenter's word),
    # xwlb-20230428-08 (北京八达岭长城景区/LOC: the division is where it is, no part of its name)
    _, typed, _ = extracted_labels("言人8日表示，当晚卡桑旅向位于特拉维夫的本古里安国际机场和以色列南部城市发射火箭弹。")
    assert typed.get("本古里安国际机场") == "Place", typed
    _, typed, _ = extracted_labels("7日称，目前扎波罗热核电站情况稳定")
    assert typed.get("扎波罗热核电站") == "Place" and "波罗热核电站" not in typed, typed
    _, typed, relations = extracted_labels("知名景区预约火热。北京八达岭长城景区4月30日、5月1日的门票已经售罄。")
    assert typed.get("八达岭长城景区") == "Place", typed
    assert ("locatedIn", "八达岭长城景区", None, "北京市") in relations, relations


def test_a_farm_named_after_its_owner_is_a_firm():
    # a town's page (兰陵镇, 2021): 景亮/PER|家庭农场
    _, typed, _ = extracted_labels("兰陵镇酒业协会与联合社签订收购协议,带动了友期庄越光水稻种植合作社、景亮家庭农场多个种植专业合作社"
                                   "200多农户。")
    assert typed.get("景亮家庭农场") == "Agency" and "景亮" not in typed, typed
    # the owner named alone elsewhere stays a person (xwlb-20230211-04's 罗英, a farm's owner)
    _, typed, _ = extracted_labels("罗英家庭农场的豌豆尖离开地头冷库,由罗英的儿子王文杰开着冷链车送往机场。罗英告诉记者,今年收入不错。")
    assert typed.get("罗英") == "Person", typed

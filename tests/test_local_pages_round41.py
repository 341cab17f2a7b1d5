"""Local pages of round 40's blind set read this round (24 pages: a county's leaders at work; culture, tourism and public
services; the economy and investment; a fresh blind set of 24 stands in for them): each rule tested on its page's
sentences, on a story's of the news corpus where the year gave one, and on the function it lives in."""
from __future__ import annotations

from kgraph.extraction.world import _abbreviated_owner
from kgraph.gazetteer import gazetteer
from kgraph.ingest.layout import header_fields, parse_credits
from kgraph.ingest.reader import with_chinese_punctuation

from .builders import extracted_labels

# a district's visit to a county of Fujian (沙县, before its rename to 沙县区 in 2021): the county's bodies written after
# its name of two characters, whose first is 沙特's one-character name
SHAXIAN = ("8月29日,大祥区政协副主席、工商联主席欧阳燕率20余名非公企业负责人到福建沙县考察调研。在沙县统战部副部长、"
           "工商联党组书记万松茂的陪同下,考察组首先深入企业。沙县县委常委、统战部长张素梅,沙县政协副主席林启明参加座谈会。")

# a county hospital's free clinic (镇雄县, 2015): a city's children's hospital, the county's hospital written short
ZHENXIONG = ("镇雄县人民医院组织上海市儿童医院、昆明医科大学第一附属医院驻镇雄医疗队专家11人赴杉树乡瓦桥村卫生室进行对口帮扶。"
             "活动现场由县医院党总支书记张宏义主持,并代表县医院向瓦桥村卫生室捐赠了办公设备。")

# a county's memorial opened (靖边县, 2017): a national body's chain of titles, a ministry of before 1998 after 原
JINGBIAN = ("4月15日,中共靖边县委旧址、惠中权故居维保工程竣工暨镇靖堡展览馆开馆仪式在镇靖镇镇靖村隆重举行。原全国政协常委、"
            "经济委员会主任、原林业部部长刘广运,中共榆林市委常委、宣传部部长李博,县委书记刘维平出席仪式。")


def test_a_countys_name_is_no_countrys_one_character_name():
    assert _abbreviated_owner("沙县委统战部") is None
    assert _abbreviated_owner("俄外交部") is not None  # 俄|外交部 stays Russia's
    _, typed, relations = extracted_labels(SHAXIAN)
    assert "沙特" not in typed and not any(label.startswith("沙特") for label in typed), typed
    assert ("holdsPost", "万松茂", "副部长", "沙县区委统战部") in relations, relations
    # written by the county's name (沙县, the district's short name): today's 沙县区委, never a 沙县区县委
    assert ("holdsPost", "张素梅", "常委", "沙县区委") in relations, relations
    assert not any(label.startswith("沙县区县") for label in typed), typed


def test_a_unit_named_by_its_kind_is_no_community():
    # 儿童医院 is a community of 南昌市 in the gazetteer, and every city's children's hospital in text
    assert not gazetteer().lookup("儿童医院")
    _, typed, _ = extracted_labels(ZHENXIONG)
    assert typed.get("上海市儿童医院") == "Agency", typed
    assert not {"儿童医院", "江西省", "南昌市"} & set(typed), typed
    _, typed, _ = extracted_labels("在国家区域医疗中心、北京儿童医院保定医院记者看到,12岁的乐乐正在接受随访。")  # xwlb-20230603-07
    assert "儿童医院" not in typed and "江西省" not in typed, typed


def test_a_countys_hospital_written_short_is_the_one_named_in_full():
    _, typed, relations = extracted_labels(ZHENXIONG)
    assert ("holdsPost", "张宏义", "书记", "镇雄县人民医院党总支") in relations, relations
    assert "镇雄县医院" not in typed, typed
    # with no people's hospital named, the hospital keeps the name it is written with
    _, typed, _ = extracted_labels("镇雄县医院组织专家赴杉树乡义诊。")
    assert typed.get("镇雄县医院") == "Agency", typed


def test_a_former_ministry_in_a_national_bodys_chain():
    _, typed, relations = extracted_labels(JINGBIAN)
    assert typed.get("林业部") == "Agency", typed
    assert ("holdsPost", "刘广运", "部长", "林业部") in relations, relations
    assert not any("原林业部" in label or label == "靖边县经济委员会" for label in typed), typed
    # a county's committee listed after its title is still the county's (县委常委、|宣传部|部长)
    assert ("holdsPost", "李博", "部长", "榆林市委宣传部") in relations, relations


# the pages of lists this round's rules read, by the county they are about
LISTS = {
    # a county's signing of investment projects (鹿邑县, 2023): projects listed after 包括, brands the dictionary reads as words
    "鹿邑县": "据了解,本次集中签约的项目包括多走路运动鞋生产二期项目、护理佳纸业二期项目、和一肉制品生产项目、元捷美妆电子商务"
           "产业园项目、龙泰年产500万套化妆刷生产项目。",
    # a county's investment report (吉水县, 2016): promotion fairs listed, each named by its industry
    "吉水县": "接待客商91批次,成功举办了中电元协微特电机与组件协分会七届三次理事会、电子信息产业招商推介会、绿色食品产业招商推介会、"
           "林化香料产业招商推介会等活动,洽谈项目50个。",
    # a county's culture and tourism bureau (望都县, 2023): a firm's branch named after the county, a site after its grade
    "望都县": "2023年6月6日上午,由望都县文化广电和旅游局、中国邮政集团有限公司望都分公司主办,望都县文化馆承办的广场舞大赛在我县"
           "三A级景区尧母文化园开赛。",
    # a provincial research team in a county (泸县, 2021): old streets and sites listed before the designation they hold
    "泸县": "随后,调研组一行还实地参观了兆雅镇新溪古街和立石镇米市古街、古戏楼、二郎井等文保单位和省级风景名胜区玉龙湖。"
          "调研组一行首先来到玉蟾山风景名胜区、实地参观了摩崖石刻。",
}


def test_projects_listed_after_the_word_a_list_opens_with():
    _, typed, _ = extracted_labels(LISTS["鹿邑县"])
    programs = {label for label, type_ in typed.items() if type_ == "Program"}
    assert {"多走路运动鞋生产二期项目", "护理佳纸业二期项目", "和一肉制品生产项目", "元捷美妆电子商务产业园项目"} <= programs, programs
    assert "走路运动鞋生产二期项目" not in programs and "肉制品生产项目" not in programs, programs
    # the last item's words are still checked: a verb opening it makes it a clause (xwlb-20230411-10's kind)
    _, typed, _ = extracted_labels("会议听取了绿城五彩河湟建设项目、易华录城市数据湖项目、要求各地实施营养改善项目。")
    assert "要求各地实施营养改善项目" not in typed, typed


def test_events_listed_with_their_peers_are_named_by_their_field():
    _, typed, _ = extracted_labels(LISTS["吉水县"])
    programs = {label for label, type_ in typed.items() if type_ == "Program"}
    assert {"电子信息产业招商推介会", "绿色食品产业招商推介会", "林化香料产业招商推介会"} <= programs, programs
    # one alone, of common words, is the kind of event reported (a district's page: 本次|文化旅游节)
    _, typed, _ = extracted_labels("本县举办了绿色食品产业招商推介会,签约项目12个。")
    assert "绿色食品产业招商推介会" not in typed, typed


def test_a_firms_branch_named_after_a_county_and_a_site_after_its_grade():
    _, typed, _ = extracted_labels(LISTS["望都县"])
    assert typed.get("中国邮政集团有限公司望都分公司") == "Agency", typed  # 望|都/d: the county, no adverb
    assert typed.get("尧母文化园") == "Place" and "三A级景区尧母文化园" not in typed, typed


def test_sites_listed_before_a_designation_and_old_streets():
    _, typed, relations = extracted_labels(LISTS["泸县"])
    assert typed.get("米市古街") == "Place" and typed.get("新溪古街") == "Place", typed
    assert not any(type_ == "Agency" for type_ in typed.values()), typed  # 等|文保单位: sites, no organisations
    assert typed.get("玉蟾山风景名胜区") == "Place", typed
    assert ("locatedIn", "米市古街", None, "立石镇") in relations, relations


def test_a_committees_study_group_is_no_centre():
    page = ("本网讯(王杰)2月18日,区委常委会(扩大)会议暨区委理论学习中心组学习会议召开。会议由朝天区委书记张开翅主持。"
            "区委中心组成员结合分管联系工作和学习内容,汇报了贯彻落实情况。")  # 朝天区's page, 2020
    _, typed, _ = extracted_labels(page)
    assert not any(label.endswith("委中心") for label in typed), typed


def test_middle_dots_typed_otherwise_are_middle_dots():
    assert with_chinese_punctuation("周口日报∙新周口客户端记者 李瑞才") == "周口日报·新周口客户端记者 李瑞才"
    assert with_chinese_punctuation("• 第一条") == "• 第一条"  # a bullet opening a line stays one
    credits = parse_credits("周口日报∙新周口客户端记者 李瑞才", 0)
    assert [(c.name, c.organization) for c in credits] == [("李瑞才", "周口日报")], credits
    _, typed, _ = extracted_labels("乌克兰总统称,该国法院裁决令安德烈∙杰明的话成为笑谈。")  # xwlb-2023's dot
    assert "Person" in (typed.get("安德烈∙杰明"), typed.get("安德烈·杰明")), typed  # the name read whole


def test_an_autonomous_regions_chairman_is_its_governments():
    page = ("“千家瑶寨·万户瑶乡”易地扶贫搬迁旅游开发项目是广西南丹县按照自治区党委常委、常务副主席蓝天立关于“把白裤瑶文化做强做大”"
            "和自治区党委常委、政法委书记、副主席黄世勇关于“做好白裤瑶旅游开发”的重要指示精神而创新实施的。")  # 南丹县, 2018
    _, _, relations = extracted_labels(page)
    assert ("holdsPost", "蓝天立", "常务副主席", "广西壮族自治区人民政府") in relations, relations
    assert ("holdsPost", "黄世勇", "副主席", "广西壮族自治区人民政府") in relations, relations
    # a county's 主席 chairs the body the text names
    _, _, relations = extracted_labels("南丹县委常委、县总工会主席韦玲出席会议。")
    assert not any(r[0] == "holdsPost" and r[3] == "南丹县人民政府" for r in relations), relations


def test_a_local_investment_drives_ceremonies_are_programs():
    _, typed, _ = extracted_labels("周口日报·新周口客户端记者 李瑞才\n10月10日下午,鹿邑县招商引资突破年百日冲刺行动项目集中"
                                   "签约仪式在县政协三楼会议室举行。县委书记顾伟出席。")  # 鹿邑县's page, 2023
    assert any(label.endswith("百日冲刺行动项目集中签约仪式") and type_ == "Program" for label, type_ in typed.items()), typed
    _, typed, _ = extracted_labels("近期,郎溪县分别在郎溪经济开发区和十字经济开发区举行重点项目集中开工竣工投产仪式。")  # 2023
    assert typed.get("重点项目集中开工竣工投产仪式") == "Program", typed
    # a determiner makes none (本次|签约仪式), nor does a ceremony a verb governs alone
    _, typed, _ = extracted_labels("鹿邑县县长出席本次签约仪式并讲话。随后举行签约仪式。")
    assert not any(label.endswith("签约仪式") for label in typed), typed


def test_a_quotation_made_the_instrument_of_the_work_is_an_initiative():
    _, typed, _ = extracted_labels("白泽湖乡芭茅村党支部以“书记项目”为抓手,将党建工作与产业发展结合。")  # a village's page, 2024
    assert typed.get("“书记项目”") == "Program", typed
    _, typed, _ = extracted_labels("新疆以“文化润疆”为抓手,推动各民族交往交流交融。")  # xwlb-2023
    assert typed.get("“文化润疆”") == "Program", typed
    # what a thing centres on is none (以“数据”为核心, xwlb-2023)
    _, typed, _ = extracted_labels("以“数据”为核心,推动数字经济发展。")
    assert "“数据”" not in typed, typed


def test_the_media_a_page_credits_in_its_furniture_and_its_text():
    # a source field with the page's count of readers after it (吉水县's investment news, 2014)
    assert [(f.kind, f.value) for f in header_fields("发布时间:2014-09-28 来源:华夏经纬网 890")] == [
        ("date", "2014-09-28"), ("source", "华夏经纬网")]
    # a byline after what it credits (文/), and a dateline after a video player's note
    _, typed, relations = extracted_labels("文/ 井冈山报全媒体记者 罗仁瑾\n吉水县召开会议,县长出席。")
    assert ("holdsPost", "罗仁瑾", "全媒体记者", "井冈山报") in relations, relations
    assert "井冈山" not in typed, typed
    _, typed, _ = extracted_labels("视频加载中... 永定新闻网讯(陈敏 吴宇梁)10月8日上午,永定区召开会议。")
    assert typed.get("永定新闻网") == "Agency" and typed.get("陈敏") == "Person", typed
    # news sites a page cites or credits in its text (local pages, 2012-2020)
    _, typed, _ = extracted_labels("派出所所长冯亚冬告诉央广网记者,春节期间派出所留守。据地维招商网了解,近日全市开展活动。"
                                   "人民网贵州频道推出系列报道。由河南新闻网-豫都网提供,转载请注明出处。")
    assert {"央广网", "地维招商网", "人民网贵州频道", "河南新闻网", "豫都网"} <= {
        label for label, type_ in typed.items() if type_ == "Agency"}, typed
    # a network that is no site (工业互联网), and a story's dateline in the news corpus (央视网消息), name none
    _, typed, _ = extracted_labels("因特网的发展速度是惊人的。")  # pd-dev-02290: the Internet opening the text
    assert "因特网" not in typed, typed
    _, typed, _ = extracted_labels("北京\n央视网消息（新闻联播）：我国加快建设工业互联网,打造物联网。")
    assert not any(type_ == "Agency" for type_ in typed.values()), typed


def test_a_countys_zone_written_by_its_level():
    page = ("周口日报·新周口客户端记者 李瑞才\n10月10日下午,鹿邑县召开招商引资会议。会上,县招商引资和营商环境服务中心通报了情况。"
            "县产业集聚区、涡北镇、宋河镇、丘集乡相关负责人与投资企业代表签订合作意向书。")  # 鹿邑县's page, 2023
    _, typed, relations = extracted_labels(page)
    assert typed.get("鹿邑县产业集聚区") == "AdministrativeDivision", typed
    assert ("partOf", "鹿邑县产业集聚区", None, "鹿邑县") in relations, relations
    # a name's last character is no level written alone (渠|县: no zone of 渠县 from 渠县产业集聚区's reading)
    _, typed, _ = extracted_labels("渠县召开会议。渠县产业集聚区负责人发言。")
    assert typed.get("渠县产业集聚区") == "AdministrativeDivision", typed


def test_the_place_a_unit_is_named_after_names_no_one():
    page = ("近日,灵武市公安局崇兴派出所所长杨俊云和社区民警孙志亮来到辖区韩渠十队,处理土地纠纷。崇兴派出所辖区群众多为农民,"
            "派出所下设杜木桥警务室、新华桥警务室和韩渠警务室共3个警务室。")  # 灵武市's police, 2013
    _, typed, _ = extracted_labels(page)
    assert typed.get("韩渠警务室") == "Agency" and "韩渠" not in typed, typed
    assert typed.get("杨俊云") == "Person", typed


def test_a_village_of_two_characters_ending_in_its_level_is_named_with_it():
    page = ("10月25日,斗门区司法局乾务司法所、夏村村党委联合在夏村村广场开展“人民调解宣传月”主题开放日活动。"
            "乾务司法所还利用夏村村新时代文明实践站的户外大屏幕播放普法视频。")  # 斗门区's justice page, 2021
    _, typed, relations = extracted_labels(page)
    assert typed.get("夏村村") == "AdministrativeDivision" and "夏村" not in typed, typed
    assert ("locatedIn", "夏村村党委", None, "夏村村") in relations, relations
    # a longer village's name written before its villagers stays as the gazetteer has it (猛虎洲村|村民)
    _, typed, _ = extracted_labels("古丈县断龙山镇猛虎洲村村民在村部集中学习。")
    assert typed.get("猛虎洲村") == "AdministrativeDivision" and "猛虎洲村村" not in typed, typed


def test_a_villages_supervisory_committee_the_segmenter_writes_in_two_words():
    _, typed, relations = extracted_labels("“现在村里环境好了。”中水寨村监委会主任吴文胜深有感触。")  # 武陟县's page, 2018
    assert ("holdsPost", "吴文胜", "主任", "中水寨村监委会") in relations, relations
    assert "中水寨村监委" not in typed, typed
    _, _, relations = extracted_labels("武陟县监委主任张明出席会议。")  # the county's supervisory commission stays one
    assert any(r[0] == "holdsPost" and r[3] == "武陟县监委" for r in relations), relations


def test_a_firm_named_with_its_countys_short_name_and_without_it_is_one():
    page = ("景宁奇尔茶业董事长叶有奇说:“县水利局建设了环湖巡道,也让奇尔茶业成了对外展示景宁惠明茶形象的重要窗口。”")
    _, typed, relations = extracted_labels(page)  # 景宁畲族自治县's page, 2023: the model reads 奇尔茶业 a person
    assert typed.get("景宁奇尔茶业") == "Agency" and "奇尔茶业" not in typed, typed
    assert ("holdsPost", "叶有奇", "董事长", "景宁奇尔茶业") in relations, relations


def test_people_of_an_age_in_a_bodys_name():
    _, typed, relations = extracted_labels("中方县组建中方县青年志愿者巡河队和中方县巾帼志愿者巡河队,开展巡河护河活动。")  # 2020
    assert typed.get("中方县青年志愿者巡河队") == "Agency", typed
    assert ("locatedIn", "中方县青年志愿者巡河队", None, "中方县") in relations, relations

"""Bodies, posts and names on local pages (real pages of county courts, procuratorates, police and
communities, 2015-2025, public excerpts found with the workplace's search tool), each rule with its
page's sentence and, where the year of news has the class, a sentence of xwlb-2023: a region's bodies
written after 自治区 alone, bodies counted by their divisions, a sector's bodies together, 市院, a title
that shares its body's last character, a division head's title before another body's chain, the verb
致 after a name, a name written twice, a verb's object the segmenter holds as one word, and national
campaigns named bare."""
from __future__ import annotations

import kgraph
from kgraph.model import Key

from .builders import hand_built
from .conftest import NATIONAL, by_label, related_pairs, titled_posts as _posts, agency_labels as _agencies


def test_a_body_after_the_word_autonomous_region_is_the_regions():
    # a district court's page (防城区, 2017): 自治区|高级人民法院|咨询委员会, and the same court's 高院 written short
    text = ("10月17日,自治区高级人民法院咨询委员会第一调研小组刘广新一行3人到防城港市防城区人民法院进行调研。"
            "自治区高院党组成员李某出席。")
    agencies = _agencies(text)
    assert {"广西壮族自治区高级人民法院", "广西壮族自治区高级人民法院咨询委员会", "广西壮族自治区高级人民法院党组"} <= agencies
    assert not {a for a in agencies if a.startswith("自治区")}
    # xwlb-2023: 内蒙古…，|自治区党委|带头开展读书班活动 is 内蒙古自治区党委
    text = "近日，内蒙古全面启动学习贯彻习近平新时代中国特色社会主义思想主题教育，自治区党委带头开展读书班活动。"
    assert "自治区党委" not in _agencies(text, publication=NATIONAL)


def test_bodies_counted_by_their_divisions_are_no_body():
    # a county procuratorate's page (兴国县, 2015): |三县|检察院|合作共建 — the three counties' procuratorates
    text = "红安、金寨、兴国三个“将军县”检察院在兴国县开展全面合作共建。三县检察院合作共建围绕主题开展。"
    assert "三县检察院" not in _agencies(text)
    # a province's news site (2016): 遂平上蔡|两县|县委书记 — two counties' committees
    assert not {a for a in _agencies("遂平上蔡两县县委书记带队到泌阳考察调研") if "两县" in a}


def test_a_sectors_bodies_of_a_division_together_are_no_body():
    # a procuratorate's page (阜阳市, 2023): |阜阳市检察机关|“公益诉讼…”推进会 (GUIDELINES: 全县政法机关 is none)
    text = "阜阳市检察机关“公益诉讼服务保障乡村振兴”专项检察监督活动推进会在颍上县检察院召开。"
    assert _agencies(text) == {"颍上县人民检察院"}


def test_the_city_court_or_procuratorate_written_as_city_and_yuan_is_the_one_named():
    # the same page: 服从|市院|统一安排部署, where the page names 阜阳市检察院
    text = "阜阳市检察院党组成员、副检察长洪军参加会议。各基层院要服从市院统一安排部署。"
    assert _agencies(text) == {"阜阳市人民检察院", "阜阳市人民检察院党组"}
    # with none named, 市院 names nothing
    assert not {a for a in _agencies("荆州市召开会议。各基层院要服从市院统一安排部署。") if a.endswith("院")}


def test_a_title_sharing_its_bodys_last_character_is_a_post_there():
    # a county's page (桃源县, 2017): 副县长、|县公安局|长|樊启斌 (jieba 公安局长), and 常德市|副市长|、县委书记|汤祚国
    text = "桃源县召开会议。常德市副市长、县委书记汤祚国,副县长、县公安局长樊启斌参加调研。"
    assert {("樊启斌", "桃源县公安局", "局长"), ("樊启斌", "桃源县人民政府", "副县长"),
            ("汤祚国", "常德市人民政府", "副市长"), ("汤祚国", "桃源县委", "书记")} <= _posts(text)


def test_the_verb_of_delivering_a_speech_is_no_part_of_the_name_before_it():
    # a procuratorate's page (兴国县, 2015): 县长|陈黎|致|欢迎辞
    people = set(by_label(kgraph.extract_text("兴国县委副书记、县长陈黎致欢迎辞。"), "Person"))
    assert people == {"陈黎"}


def test_a_name_written_twice_is_one_person():
    # a community's page (福州, 2025): 理事长|林钦燕林钦燕|介绍
    result = kgraph.extract_text("福悦社会工作发展中心理事长林钦燕林钦燕介绍,项目将以五社联动机制为纽带。")
    assert set(by_label(result, "Person")) == {"林钦燕"}


def test_a_verbs_object_held_as_one_word_is_no_unit_of_the_body_before_it():
    # a county police's page (来安县, 2019): 全椒县公安局|取得联系 (jieba 取得联系/n, ending in the head 系)
    assert "全椒县公安局" in _agencies("来安县公安局特(巡)警大队民警与全椒县公安局取得联系,查明老人住址。")
    # xwlb-2023: 完善|工商联法律服务体系, 加强中国同|联合国伙伴关系 (体系, 关系: no units)
    assert "工商联法律服务体系" not in _agencies("全国工商联表示，将不断完善工商联法律服务体系。", publication=NATIONAL)


def test_national_campaigns_named_bare_are_programs_but_not_inside_a_bodys_name():
    # local pages (2021-2025): 党史学习教育, 新时代文明实践; a community's 新时代文明实践站 is a body
    result = kgraph.extract_text("全县扎实开展党史学习教育。建华社区新时代文明实践站承办活动,深入推进新时代文明实践。")
    programs = by_label(result, "Program")
    assert {"党史学习教育", "新时代文明实践"} <= set(programs)
    assert len(programs["新时代文明实践"].mentions) == 1  # the station's name holds no mention of it


# a renamed county's site (射洪市, a county until 2019) of 2017: its header names today's city, its story 我县 and 县委
RENAMED_COUNTY_PAGE = """中共射洪市委宣传部主管 射洪市融媒体中心主办  地址:射洪市滨江路北段1号景观楼
您当前的位置:首页 > 读新闻 > 时政要闻

总投资60亿元 省级重点项目沐水小镇正式开工建设
时间:2017-09-25 16:49:41  来源:

        本网讯(全媒体记者刘洋)9月25日上午,我县省级重点项目沐水小镇开工仪式在金华镇举行。市政协副主席欧斯云出席并宣布项目开工。县委书记蒲从双,县委副书记、县长田斌出席。
        蒲从双指出,沐水小镇项目是省级重点项目,我县创建全国旅游示范县,希望项目业主科学组织施工。
"""


def test_a_renamed_countys_site_writes_its_bodies_by_its_former_level():
    result = kgraph.extract_text(RENAMED_COUNTY_PAGE)
    agencies = {e.label: set(e.aliases) for e in result.entities if e.type == "Agency"}
    # 县委 is today's 射洪市委, once 射洪县委 (an alias); 县长 holds a post in 射洪市人民政府 (射洪县人民政府)
    assert "射洪县委" in agencies["射洪市委"] and "射洪县人民政府" in agencies["射洪市人民政府"]
    labels = {e.id: e.label for e in result.entities}
    posts = {(labels[r.subject], labels[r.object]) for r in result.relations if r.predicate == "holdsPost"}
    assert {("蒲从双", "射洪市委"), ("田斌", "射洪市人民政府")} <= posts
    # its 市 was then the prefecture's: 市政协 is 遂宁市政协, not 射洪市's
    assert ("欧斯云", "遂宁市政协") in posts
    # 中共 before the committee's name is no mention of the party; …示范县 holds no county 范县
    assert "中国共产党" not in agencies
    assert "范县" not in by_label(result, "AdministrativeDivision")


def test_a_county_media_centre_named_in_its_story_says_where_the_page_is_at_home():
    # a county media centre's account (普定县, 2024): it names itself short, 普定融媒体中心; its 县委 is 普定县委
    text = ("今年11月8日是第二十五个中国记者节,上午,县委书记吕庆来到县融媒体中心看望慰问新闻工作者。"
            "县委常委、县委宣传部部长宋洪参加。\n希望普定融媒体中心把普定的经济社会发展通过镜头语言传递到各界人士眼中。\n")
    assert {("吕庆", "普定县委", "书记"), ("宋洪", "普定县委宣传部", "部长")} <= _posts(text)


def test_an_autonomous_countys_short_name_and_level_is_the_county():
    # a county's tobacco news (石林彝族自治县, 2014): 云南|石林县|委副书记、县长张勤勋
    text = "2月22日,云南石林县委副书记、县长张勤勋深入五万亩基本烟田整治项目工地。"
    assert {("张勤勋", "石林彝族自治县委", "副书记"), ("张勤勋", "石林彝族自治县人民政府", "县长")} <= _posts(text)


def test_a_body_named_with_its_division_and_without_it_is_one():
    # a community's page (福州, 2025): 福州市福悦社会工作发展中心 … 福悦社会工作发展中心|理事长|林钦燕, and
    # 中共福州市鼓楼区委社会工作部 … 鼓楼区委社会工作部
    text = ("活动由中共福州市鼓楼区委社会工作部主办,福州市福悦社会工作发展中心承办。鼓楼区委社会工作部负责人出席。"
            "福悦社会工作发展中心理事长林钦燕介绍了项目。")
    agencies = _agencies(text)
    assert "福悦社会工作发展中心" not in agencies and "福州市福悦社会工作发展中心" in agencies
    assert len({a for a in agencies if a.endswith("鼓楼区委社会工作部")}) == 1
    assert "中国共产党" not in agencies
    # xwlb-2023: 由中共中央对外联络部和|中共湖北省委|共同主办 — the province's committee, no unit of a party mention
    assert ("中共湖北省委", "中国共产党") not in related_pairs(
        "5月30日，由中共中央对外联络部和中共湖北省委共同主办的宣介会在武汉举行。", "subOrganizationOf", NATIONAL)


def test_a_zones_site_is_at_home_in_the_zone_and_its_listed_bodies_are_the_zones():
    # a development zone's site (长春经济技术开发区, 2025): 信息来源 names the zone (no medium), and the bureaus its
    # story lists by their short names are the zone's
    text = ("孙海为开展端午假期安全生产检查\n发布时间:2025-05-30 18:51 信息来源:长春经济技术开发区\n"
            "5月29日,管委会主任孙海为带队,深入我区相关物流园区开展安全生产专项巡查检查。"
            "应急局、消防大队、建设局、城市管理局、兴隆山镇、世纪街道相关负责人参加检查活动。\n")
    agencies = _agencies(text)
    assert "长春经济技术开发区建设局" in agencies
    assert "长春经济技术开发区" not in agencies and "建设局" not in agencies


def test_counties_listed_by_their_short_names_in_one_province_are_the_counties():
    # a county police's page (新晃县, 2015): 湘黔边界五县(|天柱|、|镇远|、|玉屏|、|三穗|、新晃) — four of 贵州省 beside it
    divisions = set(by_label(kgraph.extract_text("新晃是湘黔边界五县(天柱、镇远、玉屏、三穗、新晃)民族贸易中心。"),
                             "AdministrativeDivision"))
    assert {"天柱县", "镇远县", "玉屏侗族自治县", "三穗县"} <= divisions
    # but two reservoirs whose names counties of two provinces bear stay no counties (xwlb-20230221-04)
    assert not {"新安县", "龙湖区"} & set(by_label(kgraph.extract_text("新安、龙湖两座水库蓄水。"), "AdministrativeDivision"))


def test_a_firm_whose_name_opens_with_a_count_keeps_it():
    # only a count of divisions (三县, 两县) opens no body: 万家福超市有限公司 is a firm's name
    assert {"万家福超市有限公司"} & _agencies("万家福超市有限公司在县城开设新店。")


def test_a_county_become_a_city_names_its_city_on_its_pages_since():
    # a 射洪市 page of 2023 naming another county's committee (蓬溪县委) writes its own county by no level:
    # its 市委 is 射洪市's
    text = "射洪市融媒体中心主办\n2023年5月,射洪市委副书记王五与蓬溪县委书记李四座谈。市委副书记王五强调要加强合作。\n"
    assert ("王五", "射洪市委") in {(p, o) for p, o, _ in _posts(text)}


def test_the_one_county_a_page_names_whatever_its_provinces_name():
    # only counties' names are weighed by length: 江苏省|徐州市|沛县 (a county of two characters) is the page's county
    from kgraph.extraction.recognisers.divisions import infer_region, scan
    from kgraph.gazetteer import gazetteer

    region = infer_region(scan("江苏省徐州市沛县召开会议。县委书记张三讲话。"), page=True)
    assert gazetteer().names[region.node] == "沛县"


def test_a_division_and_yuan_on_a_procuratorates_page_is_its_procuratorate():
    # a procuratorate's page (垫江县, 2023): 梁平区院|阳彬|检察长一行 … 前往|垫江县院|召开交流座谈会 … 两院; the model's
    # names running on (垫江县院两院, 梁平区院阳彬) are none
    text = ("梁平区检察院党组书记、检察长阳彬,垫江县院党组书记、检察长许世兰,以及两院相关分管领导参加活动。"
            "巡河结束后,双方前往垫江县院召开交流座谈会。会上,两院主要围绕深化落实协作进行交流。"
            "期间,梁平区院阳彬检察长一行还参观了垫江县检察院。")
    agencies = _agencies(text)
    assert {"垫江县人民检察院", "梁平区人民检察院"} <= agencies
    assert not {a for a in agencies if a.endswith(("两院", "阳彬")) or a in ("梁平区", "垫江县院")}
    assert ("许世兰", "垫江县人民检察院", "检察长") in _posts(text)
    # a page naming both kinds says nothing of which 院 is meant
    both = by_label(kgraph.extract_text("垫江县法院与垫江县检察院召开座谈会。会后前往垫江县院参观。"), "Agency")
    assert not any(m.text == "垫江县院" for name in ("垫江县人民法院", "垫江县人民检察院") for m in both[name].mentions)


def test_an_adverb_ends_a_bodys_name():
    # a county's page (平利县, 2019): 平利县委、县政府|认真落实|市委、市政府 — no body 平利县人民政府认真落实市委
    text = "他指出:平利县委、县政府认真落实市委、市政府提出的要求。衡山县认真落实省政府稳增长系列决策。"
    assert not {a for a in _agencies(text) if "认真" in a}
    assert "平利县人民政府" in _agencies(text)


def test_a_cppcc_named_in_the_formal_order_with_its_term_before_the_division():
    # a county CPPCC's page (平阴县, 2017): 政协第十一届平阴县委员会第二次会议 — the county's 政协, no 平阴县委员会
    text = "【平阴政协】政协第十一届平阴县委员会第二次会议开幕。韩保良宣读了《政协平阴县委员会关于表彰的决定》。"
    agencies = _agencies(text)
    assert "平阴县政协" in agencies and "平阴县委员会" not in agencies
    # a district CPPCC's page (颍东区, 2014): 政协|阜阳市|颍东区|委员会 — the district's, its city written before it
    assert _agencies("政协阜阳市颍东区委员会召开常委会议。颍东区政协主席李国华出席。") == {"颍东区政协"}


def test_a_townships_body_alone_in_a_sentence_of_its_bodies_is_the_townships():
    # a street's page (新闸街道, 2023): 人大工委|主任王俊, 党工委|副书记孙伟栋 after 新闸街道党工委书记王炎丰…街道党工委
    text = ("5月23日,新闸街道党工委书记王炎丰一行对唐家社区党群服务中心新址运行情况开展调研指导。街道党工委副书记、"
            "办事处主任杨高飞,人大工委主任王俊,党工委副书记孙伟栋,办事处副主任陈丽云陪同。")
    agencies = _agencies(text)
    assert {"新闸街道党工委", "新闸街道人大工委"} <= agencies and not {"人大工委", "党工委"} & agencies
    posts = _posts(text)
    assert {("王俊", "新闸街道人大工委", "主任"), ("孙伟栋", "新闸街道党工委", "副书记")} <= posts
    # with no township's body before it in the sentence, the body alone names none
    assert not {a for a in _agencies("会上,人大工委主任王俊讲话。") if a.endswith("人大工委")}


def test_a_list_of_officials_sharing_a_title_keeps_each_whole_name():
    # a county congress's page (莘县, 2020): 副主任刘锡金、|安大/PER|为/v|、|王法增 — 安大为, and the list goes on to 王法增
    text = "11月8日至18日,莘县人大常委会副主任刘锡金、安大为、王法增,分别带领相关人员组成三个专题调研组。"
    assert {("刘锡金", "莘县人大常委会", "副主任"), ("安大为", "莘县人大常委会", "副主任"),
            ("王法增", "莘县人大常委会", "副主任")} <= _posts(text)
    assert "安大" not in by_label(kgraph.extract_text(text), "Person")


def test_a_standing_committee_named_again_by_its_head_alone():
    # a county congress's page (泗水县, 2021): 泗水县人大常委会开展…观摩会。|常委会|党组书记、主任刘庆恩,副主任王士珂
    text = ("近日,泗水县人大常委会开展全县镇街人大规范化建设现场观摩会。常委会党组书记、主任刘庆恩,副主任王士珂、"
            "党组成员彭金光率领常委会委室负责人一行对金庄镇进行观摩。")
    assert {("刘庆恩", "泗水县人大常委会", "主任"), ("王士珂", "泗水县人大常委会", "副主任")} <= _posts(text)
    # with no standing committee named before, the head alone is none
    assert not _posts("常委会党组书记、主任刘庆恩出席。")


def test_an_officials_name_the_model_tears_after_a_title_is_whole():
    people = lambda text: set(by_label(kgraph.extract_text(text), "Person"))  # noqa: E731
    # a district congress's page (金山区, 2021): 农业与农村工委主任|盛/v|邱根/PER — the surname left a verb
    assert "盛邱根" in people("区人大常委会农业与农村工委主任盛邱根,区人大社会委主任委员潘军出席。")
    # a county's page (武强县, 2024): 县政协主席|于/PER|兰山/LOC|, — a surname and a place after a title, a mark after
    found = people("县人大常委会主任许汝棣,县政协主席于兰山,县委常委孙某出席。")
    assert "于兰山" in found and "兰山" not in found
    # a county's page (2012): 北海海事法院院长|曾/d|艳/a|, — two characters before a mark, no word of the dictionary
    assert ("曾艳", "院长") in {(p, t) for p, _, t in _posts("北海海事法院院长曾艳,桂林市副市长李锋出席。")}
    # a district's page (盐田区, 2019): 常务副区长|时/n|卫干/n|深入 — an official's verb after three characters
    assert "时卫干" in people("盐田区委常委、常务副区长时卫干深入盐田辖区,分组开展检查。")
    # a town's page (正午镇, 2014): 镇长|时/PER|宏飞/v|、 — the name the model reads whole in the next sentence
    found = people("正午镇书记刘晓刚、镇长时宏飞、副书记于涛陪同调研。镇长时宏飞汇报了正午镇土地流转情况。")
    assert "时宏飞" in found and "时" not in found
    # but a title and a word of the dictionary before a mark are none (书记|强调,); nor is a conjunction a surname
    # (xwlb-20231019-14: 习近平主席|和/c|塞西/PER|总统)
    assert not people("县委书记强调,要抓好落实。")
    assert "塞西" in people("在习近平主席和塞西总统共同引领下,中埃关系发展良好。")


def test_a_divisions_party_department_and_a_head_title_in_another_bodys_chain():
    # a county's page (东兰县, 2021): 东兰县宣传部长黄文江 — the county's 宣传部 is its committee's (东兰县委宣传部); 县委常委、
    # 宣传部长、副县长 — 副县长 in the chain of the department is a post in the county's government
    assert ("黄文江", "东兰县委宣传部", "宣传部长") in _posts("东兰县宣传部长黄文江在香河漂流景区指导。")
    assert {("黄文江", "东兰县委", "常委"), ("黄文江", "东兰县委宣传部", "部长"),
            ("黄文江", "东兰县人民政府", "副县长")} <= _posts("东兰县委常委、宣传部长、副县长黄文江出席。")
    # a body's own department is no committee's (荆州市公安局宣传部), nor is the nation's
    agencies = _agencies("荆州市公安局宣传部主任李洪、中共中央宣传部部长李书磊出席。")
    assert "中共中央宣传部" in agencies and not {a for a in agencies if "委宣传部" in a and "中共中央" not in a}


def test_a_tribunal_named_after_its_town_is_a_unit_of_its_court():
    # a city court's page (吉安, 2019): 新干县法院|七琴法庭|庭长朱志强 — the court written right before it; 罐头嘴法庭
    # on 汉寿县人民法院's page (2023): the one basic court the article names
    text = "新干县法院七琴法庭庭长朱志强、泰和县法院审判委员会专职委员曾斌出席。"
    assert ("朱志强", "新干县人民法院七琴人民法庭", "庭长") in _posts(text)
    text = "汉寿县人民法院近日审结一起纠纷。案件受理后,罐头嘴法庭考虑到原、被告双方系近邻,组织调解。"
    assert "汉寿县人民法院罐头嘴人民法庭" in _agencies(text)
    # a kind of tribunal, or a verb before it, names none (全市法院|人民法庭, 学习|人民法庭|建设, 移动微法庭, 云上法庭: no
    # town or village of the court's county)
    agencies = _agencies("永新县人民法院召开会议,全市法院人民法庭建设推进,学习人民法庭建设经验,设立巡回法庭。"
                         "平江县人民法院推广移动微法庭,开通云上法庭,设立速裁法庭。")
    assert not {a for a in agencies if a.endswith("法庭")}


def test_firms_written_with_brackets_keep_them_and_their_place():
    # a county's page (子长县, 2015): 中国蓝星(集团)股份有限公司, 科尔尼(上海)企业咨询有限公司 (the model: 科尔尼/PER) — each
    # one name, with the page's ASCII brackets; 延长石油集团, a firm named after 延长县, is no county of the page's 县委
    text = ("4月6日,中国蓝星(集团)股份有限公司规划部处长杨军民和科尔尼(上海)企业咨询有限公司项目经理刘宇钊到访。"
            "延长石油集团副总经理王家信陪同调研。县委书记谢延明表示欢迎。谢延明指出子长县的立地条件独特。")
    agencies = _agencies(text)
    assert {"中国蓝星(集团)股份有限公司规划部", "科尔尼(上海)企业咨询有限公司"} <= agencies
    assert ("谢延明", "子长市委", "书记") in _posts(text)  # 子长县 is 子长市 since 2019


def test_a_prefecture_called_a_region_and_its_bodies_by_the_level_word():
    # a city's page (塔城市, 2019): 塔城地委委员徐本来、地区教育工委书记臧其虎、地区教育局局长马合苏提汗 — 地委 is the
    # prefecture's committee (塔城地委, not 塔城地区地委), 地区 its level word (塔城地区教育工委, no unit of the committee)
    text = "督查组到塔城市学校督查,塔城地委委员徐本来、地区教育工委书记臧其虎、地区教育局局长马合苏提汗陪同。"
    posts = _posts(text)
    assert {("徐本来", "塔城地委", "委员"), ("臧其虎", "塔城地区教育工委", "书记"),
            ("马合苏提汗", "塔城地区教育局", "局长")} <= posts


def test_a_glued_wei_is_cut_from_a_name_in_a_clause_of_yi_wei():
    # a county's page (周至县, 2019): 以…董事长|魏玺华为/PER|班长 — 以…为… (taking … as …): 为 is no part of the name
    assert "魏玺华" in by_label(kgraph.extract_text("以陕西宇城房地产集团董事长魏玺华为班长的考察团来到周至。"), "Person")
    # but a Japanese name ending so stays whole (xwlb-20231122-08: 公明党创始人池田大作)
    assert "池田大作" in by_label(kgraph.extract_text("公明党创始人池田大作坚定致力于中日友好。"), "Person")


def test_the_reviews_reproductions_of_bodies():
    # an adverb of degree opens no break in a body's name (共同|富裕, 非常规), only one of manner (认真落实)
    assert "浙江省共同富裕示范区建设领导小组办公室" in _agencies("浙江省共同富裕示范区建设领导小组办公室召开会议。")
    assert "平江县非常规突发事件应急指挥部" in _agencies("平江县非常规突发事件应急指挥部成立。")
    # a firm named with its county in full is the county's: its 县委 the county's
    assert ("李四", "平江县委", "书记") in _posts("平江县城市建设投资有限公司董事长张三汇报了工作。县委书记李四出席会议。")
    # 地区 after a word is a common noun, no prefecture's level word
    assert not {a for a in _agencies("和田地区召开会议。部分地区教育局负责人参加。") if a.endswith("教育局")}


def test_the_river_chiefs_office_of_a_division():
    # a procuratorate's page (垫江县, 2023): 联合|县河长办、县生态环境局 — 河长, a title elsewhere, is the office's field
    agencies = set(by_label(kgraph.extract_text("检察长联合县河长办、县生态环境局开展巡河。", region="垫江县"), "Agency"))
    assert {"垫江县河长办", "垫江县生态环境局"} <= agencies
    # the title alone names no body (县级河长|王刚)
    assert not {a for a in _agencies("县委书记、县级河长王刚巡河。") if "河长" in a}


# a county-level city's page (靖西市, 2024): its bodies listed after one written with the level, the prefecture above
# it named in a sentence of its own
JINGXI = ("1月4日,靖西市岁末年初安全生产工作动员部署会召开。市委常委、市人民政府副市长韦星参加会议并讲话。"
          "韦星指出,各乡镇、各部门要按照中央、自治区及百色市委、市人民政府的决策部署要求,扎实做好岁末年初安全生产工作。"
          "会上,市应急管理局就全市安全生产工作进行通报。市公安局、自然资源局、住房和城乡建设局、教育局、 城市管理监督局分别就有关工作进行汇报。")


def test_a_list_after_a_body_written_with_its_level_shares_the_level_and_the_city_above_stays_in_its_sentence():
    agencies = by_label(kgraph.extract_text(JINGXI), "Agency")
    assert {"靖西市应急管理局", "靖西市公安局", "靖西市自然资源局", "靖西市住房和城乡建设局", "靖西市教育局",
            "靖西市城市管理监督局"} <= set(agencies)
    assert "百色市委" in agencies and "百色市公安局" not in agencies and "住房和城乡建设局" not in agencies


def test_an_item_that_goes_on_after_a_divisions_name_is_no_sibling():
    # 区教科局、|交警支队|海棠大队 (a district's page of 三亚, 2024): the city's police brigade of the district, no 海棠区交警支队
    agencies = by_label(kgraph.extract_text("三亚市海棠区召开创建工作推进会。区教科局、交警支队海棠大队、永宁居委会做表态发言。"),
                        "Agency")
    assert "海棠区教科局" in agencies and "海棠区交警支队" not in agencies


def test_a_democratic_partys_chair_written_short_is_a_title_no_part_of_a_body():
    # 县政协副主席、民建黔东南州委|副主委|、… (a county's united-front page, 黎平县, 2021)
    agencies = _agencies("县政协副主席、民建黔东南州委副主委、民建黔东南州直黎平支部主任委员于一元参加会议。")
    assert not any(label.endswith(("主委", "副主委")) for label in agencies)


# a city's CPPCC page (晋城市, 2021): a county-level city written as the place of a village it holds, then the
# city's bodies by its level; a bureau whose field joins two words with 和 the other way round
JINCHENG = ("7月14日,省生产力学会调研组在晋城市调研。调研组先后到城区洞头村、高平市沟北村、南河村等地,详细了解乡村旅游情况。"
            "座谈会上,市财政局、市规划和自然资源局、市文化旅游局、陵川县农业农村局作了交流发言。晋城市聚力乡村产业振兴。")


def test_a_county_level_city_locating_a_village_governs_no_later_bodies_of_the_city():
    agencies = _agencies(JINCHENG)
    assert {"晋城市财政局", "晋城市规划和自然资源局", "晋城市文化旅游局"} <= agencies
    assert not any(label.startswith("高平市") for label in agencies)


def test_a_national_name_listed_after_a_provinces_body_is_no_body_of_the_province():
    # 甘肃省法官学院、|中国法院|中华民族共同体法治文化陈列馆 (a county's page, 舟曲县, 2024)
    agencies = _agencies("调研组一行先后赴甘肃省法官学院、中国法院中华民族共同体法治文化陈列馆、舟曲县民俗博物馆调研。")
    assert "甘肃省法官学院" in agencies and "甘肃省中国法院" not in agencies


def test_two_fields_joined_by_he_are_one_bodys_name_and_a_level_list_joined_by_he_shares_the_level():
    # 刚察县|农牧|水利|和|科技|局 (a county's page, 2015): no head before 和, one body; 县教育局|和|财政局: two of the county
    agencies = _agencies("近日,刚察县农牧水利和科技局举办牲畜养殖技术培训班。县教育局和财政局负责人参加。")
    assert {"刚察县农牧水利和科技局", "刚察县教育局", "刚察县财政局"} <= agencies and "财政局" not in agencies


def test_a_body_joined_by_he_after_a_towns_body_is_not_the_towns():
    # 西阳镇九年制学校和|教师进修学校 (a county's page, 2020): the county's school, no 西阳镇教师进修学校
    agencies = _agencies("7月6日,副县长郭林华到西阳镇九年制学校和教师进修学校实地调研教育教学工作。")
    assert "西阳镇教师进修学校" not in agencies


def test_bare_bodies_listed_with_a_town_of_the_pages_county_are_the_countys():
    # 同心县… 教育局、财政局、下马关镇、丁塘中心学校… (a county's page, 2019): the county's units and towns in one list;
    # not beside a bureau of another place (屈家岭市场监管局(应急管理局)、农业水利局、…易家岭办事处, a zone's, 2023)
    agencies = _agencies("同心县召开义务教育均衡发展迎验工作推进会。会上,县政府副县长张琛通报全县工作进展情况。"
                         "教育局、财政局、下马关镇、丁塘中心学校作了表态发言。")
    assert "同心县财政局" in agencies and "财政局" not in agencies


def test_a_name_before_he_is_no_field_of_the_body_after_it():
    # 巴西|外援|马克|和|申花队 (a sports report's shape, People's Daily style): a person and a team, no body 巴西外援马克和申花队
    agencies = _agencies("鲁能队的巴西外援马克和申花队的外援里卡多各进一球。")
    assert "申花队" in agencies and not any("马克" in label for label in agencies)


def test_an_inspectorates_head_written_across_words_and_its_inspector_named_after_the_title():
    # 市政府|教育|督导|团|总督学|白金山/LOC (a city's site, 呼伦贝尔市, 2021): jieba reads 督导|团 apart, the model a
    # mountain; 与 joins two fields of one bureau (政务服务与数据管理局)
    text = ("11月12日,呼伦贝尔市教育局党组成员、市政府教育督导团总督学白金山带领市教育局相关负责人到牙克石市开展专项督导。"
            "呼伦贝尔市政务服务与数据管理局派员参加。")
    assert ("白金山", "呼伦贝尔市人民政府教育督导团", "总督学") in _posts(text)
    assert "呼伦贝尔市政务服务与数据管理局" in _agencies(text)


def test_a_head_inside_a_longer_head_ends_no_name():
    # 册亨县公安局|秧坝|中心派出所 (a county police page, 2022): a central police station, no 册亨县公安局秧坝中心
    agencies = _agencies("全州辖区面积最大的派出所是册亨县公安局秧坝中心派出所。")
    assert "册亨县公安局秧坝中心派出所" in agencies and "册亨县公安局秧坝中心" not in agencies


def test_a_bodys_party_group_before_a_title_jieba_reads_whole_is_a_unit_of_its_own():
    # 玉山县交通运输局|党组书记|、局长邱灿荣 (a county's page, 2022; jieba: 党组书记 one word): the party group is named
    text = "江西省玉山县交通运输局党组书记、局长邱灿荣在局分管领导陪同下调研。"
    assert {"玉山县交通运输局党组", "玉山县交通运输局"} <= _agencies(text)
    # the title stays the bureau's, as EVENTS.md writes it (党组书记 of the body)
    assert ("邱灿荣", "玉山县交通运输局", "党组书记") in _posts(text)


def test_a_head_jieba_glues_to_the_verb_after_a_field_and_a_troupe():
    # 温泉县|林业和草原|局派|专业技术人员 (a county's page, 2022); 县|花鼓剧团 (a county's page, 2023)
    assert "温泉县林业和草原局" in _agencies("2022年2月22日,温泉县林业和草原局派专业技术人员前往乡里开展培训。")
    assert "衡山县花鼓剧团" in _agencies("衡山县举行宪法宣传活动。县花鼓剧团精心编排了一台精彩的法治文艺节目。")


def test_a_divisions_people_s_congress_named_whole_with_its_term_is_its_congress():
    # 嘉禾县|第十八届|人民代表大会|第一次会议 (a county's page, 2012): the congress, named as 县人大 is written
    agencies = _agencies("嘉禾县第十八届人民代表大会第一次会议隆重开幕。县人大常委会主任李四主持。")
    assert {"嘉禾县人大", "嘉禾县人大常委会"} <= agencies and "嘉禾县人民代表大会" not in agencies


def test_a_bureau_by_its_level_alone_is_the_kind_of_bureau_the_page_writes():
    # 政府副县长、公安局长吴占玉 … 县局党委班子成员 … 市局党委 (a county police page, 山阴县, 2020): police jargon
    agencies = _agencies("山阴县召开会议。政府副县长、公安局长吴占玉出席会议并讲话,县局党委班子成员参加会议。"
                         "要统一到县委县政府和市局党委的决策部署上来。朔州市公安局提出要求。")
    assert {"山阴县公安局党委", "朔州市公安局党委"} <= agencies
    assert not {"山阴县局", "山阴县局党委", "朔州市局党委"} & agencies


def test_a_standing_committee_jieba_reads_as_one_word_after_a_term_keeps_its_division():
    # 选举张三为|嘉禾县|第十八届|人民代表大会常务委员会|主任 (jieba: one word; a county's personnel page's shape): no
    # title 常务委员 split out of it, the committee the county's
    assert ("张三", "嘉禾县人大常委会", "主任") in _posts("会议选举张三为嘉禾县第十八届人民代表大会常务委员会主任。")
    assert "人大常委会" not in _agencies("上街区第十五届人民代表大会常务委员会第二次会议决定任命王伟为上街区人民政府副区长。")


def test_a_level_list_takes_no_nations_bank_nor_a_kind_and_a_committee_keeps_its_standing_members_title():
    # review of the round (invented): 市住建局、|建设银行 is the nation's bank; 市公安局、|派出所 a kind of body
    agencies = _agencies("宜宾市召开会议。市住建局、建设银行、市公安局、派出所负责人参加。")
    assert {"宜宾市住房和城乡建设局", "宜宾市公安局"} <= agencies
    assert not {"宜宾市建设银行", "宜宾市派出所"} & agencies
    # 市委|常委 (jieba: 市委常委, a word ending in 委): the title after the committee stays a title
    assert not any(label.endswith("常委") for label in _agencies("石嘴山市委常委、副市长王强出席会议。"))


def test_bodies_listed_as_words_beside_a_body_of_the_home_are_the_homes():
    # 西平县's site (2022): the model reads 水利局 alone as an organisation; 政府办 and 农业农村局 beside it are the county's
    text = ("来源: 西平县人民政府 发布时间: 2022-07-09\n"
            "7月9日,县长侯公涛率政府办、农业农村局、水利局等单位负责同志到老王坡高标准农田示范区现场办公。")
    agencies = _agencies(text)
    # (政府办 is the government's office, named in full: 西平县人民政府办公室, data/lexicon/agency_expansions.tsv)
    assert {"西平县水利局", "西平县农业农村局", "西平县人民政府办公室"} <= agencies
    assert not any("率" in a for a in agencies)


def test_a_vice_head_for_science_is_a_title_of_the_divisions_government():
    # 中卫日报 (a county's farms): 科技副乡长, 科技副镇长; the model reads 包国成 as a verb, 李旺镇科技 as an organisation
    text = ("贾塘乡科技副乡长包国成充分发挥专业特长,深入养殖专业村。"
            "李旺镇科技副镇长刘康林对种植户在定植、整形方面进行指导。")
    posts = _posts(text)
    assert ("包国成", "贾塘乡人民政府", "科技副乡长") in posts and ("刘康林", "李旺镇人民政府", "科技副镇长") in posts
    assert "李旺镇科技" not in _agencies(text)


def test_the_youth_leagues_committee_of_a_division_is_named_with_the_league_first():
    # a district's page (平桂区, 2019) and a city's (太原, 2021)
    agencies = _agencies("平桂区召开会议,听取区委办、区委宣传部、团区委、文体广电局等单位负责人意见。")
    assert "共青团平桂区委" in agencies and "平桂区团区委" not in agencies
    assert "共青团太原市委" in _agencies("太原团市委、市少工委将以此为起点,构建少先队组织模式。")


def test_a_level_glued_to_a_bodys_word_is_the_level():
    # a city's page (通辽, 2025): 市民|委 to the segmenter, the city's 民委 (民族事务委员会), no 通辽市市民委
    text = "通辽市召开会议。市委统战部副部长、市民委党组书记、主任梁铁宝同志讲话。"
    assert "通辽市民委" in _agencies(text) and "通辽市市民委" not in _agencies(text)
    assert ("梁铁宝", "通辽市民委", "主任") in _posts(text)


def test_a_countys_cultural_centre_and_library_are_bodies_and_an_old_ministry_is_national():
    # a county's page (丘北县, 2018): 丘北县文化馆 the model reads ORG, an institution; the ministry of before 2018
    text = ("据悉:曰者镇河边村2016被国家住房城乡建设部、文化部、文物局列为中国传统村落。"
            "丘北县文化馆已拟定传承计划,举办培训班。")
    result = kgraph.extract_text(text)
    agencies = by_label(result, "Agency")
    assert {"丘北县文化馆", "文化部"} <= set(agencies) and "丘北县文化部" not in agencies
    assert "丘北县文化馆" not in by_label(result, "Place")
    # one of no division is a venue (the sample page's community: “家风文化馆”廉政教育基地)
    result = kgraph.extract_text("小区还陆续打造了“警民话坊”协商议事平台、“家风文化馆”廉政教育基地。")
    assert "家风文化馆" not in by_label(result, "Agency")


# 桓台县's site (2019): the county's head leads a city bureau's branch in the county and the county's police to firms
HUANTAI = ("5月14日晚,县委副书记、县长边江风带领市生态环境局桓台分局、县公安局等部门工作人员到我县部分企业开展环保夜查。"
           "督查组先后到淄博鑫泰达轮胎有限公司、山东同力化工有限公司、山东钢铁集团永锋淄博有限公司进行现场检查。")


def test_a_city_bureaus_branch_in_the_county_is_one_body_and_no_guests_county():
    agencies = _agencies(HUANTAI)
    assert "淄博市生态环境局桓台分局" in agencies and "桓台县分局" not in agencies
    posts = _posts(HUANTAI)
    assert ("边江风", "桓台县委", "副书记") in posts and ("边江风", "桓台县人民政府", "县长") in posts


def test_a_firms_name_is_whole_across_a_guessed_word_and_a_citys_name_inside_it():
    # 山东|同力|化工有限公司: 同 opens the firm's guessed word, no preposition joining 山东 and 力化工有限公司;
    # 永锋|淄博|有限公司 inside the model's firm is no firm 淄博有限公司
    agencies = _agencies(HUANTAI)
    assert {"山东同力化工有限公司", "山东钢铁集团永锋淄博有限公司"} <= agencies
    assert not {"力化工有限公司", "淄博有限公司"} & agencies


def test_a_numbered_inspection_team_of_a_committee_is_its_unit():
    # a township's page (衡阳县, 2018): 衡阳县县委|第一|巡察组; the deputy leader's post in it
    text = "2018年9月19日,衡阳县县委第一巡察组正式进驻杉桥镇。会上,县委第一巡察组副组长陈香娥做动员会议总报告。"
    assert "衡阳县委第一巡察组" in _agencies(text)
    assert ("陈香娥", "衡阳县委第一巡察组", "副组长") in _posts(text)
    # an ad hoc team a leader leads is none, nor does a run cross the leader's name (a province's page, 2019)
    assert not any("张铁华" in a for a in _agencies("湖南省人民政府督查室调研员张铁华率督查组到衡山县督查。"))


def test_a_committee_the_model_reads_before_an_adverb_and_a_verb_ends_at_its_head():
    # a town's page (2021): 五山镇纪委/ORG|第一时间|组织/v|村(社区): the committee, not 五山镇纪委第一时间组织; the town
    # (four of the name in the gazetteer, no county named) a division all the same
    text = "五山镇纪委第一时间组织村(社区)“两委”集中观看警示教育片。五山镇纪委书记王保林介绍。"
    result = kgraph.extract_text(text)
    assert set(by_label(result, "Agency")) == {"五山镇纪委"}
    assert "五山镇" in by_label(result, "AdministrativeDivision")


def test_tibetan_names_are_read_whole_from_their_two_parts():
    # a township's page (2025): 乡长|索朗旺/PER|堆/v; xwlb-2023: 洛桑江村 (the model: LOC), 次仁措姆
    posts = _posts("7月26日,桑日县增期乡政府在乡文化活动草场举办农牧运动会。增期乡党委副书记、乡长索朗旺堆致开幕辞。")
    assert any(person == "索朗旺堆" and body.endswith("增期乡人民政府") and title == "乡长" for person, body, title in posts)
    result = kgraph.extract_text("全国人大常委会副委员长洛桑江村出席。县委书记次仁旺堆讲话。")
    assert {"洛桑江村", "次仁旺堆"} <= set(by_label(result, "Person"))
    assert "洛桑江村" not in by_label(result, "AdministrativeDivision")
    # a village whose name is two parts stays a village where nothing reads it as a person (白玛江村)
    assert "白玛江村" not in by_label(kgraph.extract_text("白玛江村地处雅鲁藏布江畔。"), "Person")
    # a part beside a word is none (格桑花: the flower)
    assert not by_label(kgraph.extract_text("县里的百亩格桑花迎风绽放。"), "Person")


def test_a_bodys_short_name_by_its_level_is_an_alias_and_a_level_list_goes_on_past_market():
    # 西城区's page (2021): 区城管局 is 西城区城市管理局, whose reader writes 西城区城管局
    result = kgraph.extract_text("西城区召开会议。区城管局、区商务局等单位参加。")
    bureau = by_label(result, "Agency")["西城区城市管理局"]
    assert "西城区城管局" in bureau.aliases
    # a city's page (化州, 2019): 市场 opens the last item, no level of its own
    agencies = _agencies("化州市召开会议,市政府办公室、税务局、审计局、市场监督管理局等市相关单位负责人参加。")
    assert "化州市市场监督管理局" in agencies and "市场监督管理局" not in agencies


def test_no_body_of_a_congress_named_by_its_term_alone_of_a_paper_page_or_of_east_and_west():
    # 淮安日报's e-paper (2022): 第A06版:金湖新闻 is its page, no medium; 召开|第二届人民代表大会 with no division before
    # it is none (a bare 人大); 东西部协作 (a county's page, 2021) is cooperation, no 青川县东西部; 五村同建村委 counts villages
    text = ("第A06版:金湖新闻\n\n银涂镇圆满完成人大和政府换届选举\n\n"
            "本报讯 1月5日至6日,金湖县银涂镇召开第二届人民代表大会第一次会议,圆满完成各项议程。\n"
            "西湖区与青川县东西部协作联席会议召开。万福集等五个行政村。五村同建村委办公楼。\n")
    agencies = _agencies(text)
    assert not {"金湖新闻", "人大", "青川县东西部", "五村同建村委"} & agencies


def test_a_county_written_by_its_former_level_governs_no_city_and_a_bureaus_head_written_twice_is_one():
    # 鞍山's page (2017): 沙湾县 (沙湾市 since 2021) was no 市 when written: 市科技局 is 鞍山's; 市科技局|局党组 is the
    # bureau's 党组, no 科技局局
    text = ("来源:鞍山科技大市场\n2017年8月1日,援疆工作会议在市科技局阅览室召开。新疆塔城地区沙湾县委副书记冯义一行四人,"
            "市科技局局党组书记刘耀庭、副局长齐玉宾出席。")
    agencies = _agencies(text)
    assert {"鞍山市科技局", "鞍山市科技局党组"} <= agencies
    assert not any(a.startswith("沙湾市科技") or "局局" in a for a in agencies)


def test_offices_for_the_aged_and_of_supervision():
    # a city's page (甘肃, 2014): 省|老龄|办 (the office for the aged), 省委|督查室 (the committee's office of supervision)
    text = ("2014年5月21日至23日,甘肃省民政厅党组成员、省老龄办主任徐亚荣带领由省委督查室、省民政厅、省老龄办组成的工作组"
            "先后赴秦安县调研。")
    agencies = _agencies(text)
    assert {"甘肃省老龄办", "甘肃省委督查室"} <= agencies
    assert ("徐亚荣", "甘肃省老龄办", "主任") in _posts(text)


def test_protection_centres_a_talent_office_and_an_associations_department():
    # a district's page (华容区, 2021): 未成年人|保护/v|中心, …工作站 (保护 a field's verb); a district's (东丽, 2021):
    # 区委|人才|办; a county's (江陵, 2024): 湖北省科协|党组成员副主席陈兴荣、|学会部|部长陈国祥, the association's
    text = ("高建洲一行先后来到华容区未成年人保护中心、蒲团乡未成年人保护工作站、段店镇孔关村儿童之家进行调研。"
            "日前,由东丽区委人才办、区人社局主办。")
    agencies = _agencies(text)
    assert {"华容区未成年人保护中心", "蒲团乡未成年人保护工作站", "东丽区委人才办"} <= agencies
    text = "成立仪式举行。湖北省科协党组成员副主席陈兴荣、学会部部长陈国祥出席。"
    assert ("陈国祥", "湖北省科协学会部", "部长") in _posts(text)


def test_a_level_word_after_a_conjunction_the_model_reads_opens_an_item():
    # a county paper (房县, 2016): 王家波|及/c|县法院 (jieba: 王家|波及|县法院, 波及 a place's word), the county named later
    text = ("县十七届人大常委会召开第二十八次会议。县委常委、常务副县长王家波及县法院、县检察院负责人列席会议。"
            "纪道清表示,将和全县人民一道,共同建设好美好的房县。")
    assert {"房县人民法院", "房县人民检察院"} <= _agencies(text)


def test_a_prefectures_administrative_office_and_its_commissioner():
    # a prefecture's page (2016): 哈密地区|行署|副专员|刘英峰 — the office (行政公署) of 哈密地区 (哈密市 since 2016)
    text = "哈密地区行署副专员刘英峰、科技局局长石宝立陪同调研。"
    result = kgraph.extract_text(text)
    office = next(e for e in result.entities if e.type == "Agency" and "行政公署" in e.label)
    assert "哈密地区行政公署" in (office.label, *office.aliases)
    assert any(person == "刘英峰" and title == "副专员" and "行政公署" in body for person, body, title in _posts(text))


def test_a_county_office_of_a_national_programme_is_kept_and_no_model_name_opens_with_a_count_unless_counted():
    # 一村一品办公室: the office of a national programme (a county's), no villages counted before it
    assert any(a.endswith("一村一品办公室") for a in _agencies("县一村一品办公室组织培训。一村一品办公室主任王华讲话。"))



def test_every_townships_federation_and_two_levels_bodies_are_no_names():
    # 元氏县's page (2020): 县残联负责人、|各乡镇残联|理事长 (every township's); 上高县's (2019): 得到了|省|市政协|的认可 (the
    # province's and the city's, read at the second), but 县|市场监督管理局 is the county's
    text = "元氏县召开会议。县残联负责人、各乡镇残联理事长、残疾人各专门协会参加。"
    assert _agencies(text) == {"元氏县残联"}
    agencies = _agencies("宜春市政协副主席一行来上高县调研。得到了省市政协的高度认可。县市场监督管理局局长张涵讲话。")
    assert "江西省市政协" not in agencies and {"宜春市政协", "上高县市场监督管理局"} <= agencies


def test_a_station_named_after_its_township_is_an_agency():
    # 桃源县司法局组织盘塘司法所、青林司法所… (桃源县's page, 2022): jieba tags the head 所 a conjunction; the model's name
    # ends with it, no function word inside
    from kgraph.extraction.repair import _a_clause
    from kgraph.resources import tokenizer

    assert not _a_clause("盘塘司法所", tokenizer().lcut("盘塘司法所"))
    assert _a_clause("清丰县委从选拔干部", tokenizer().lcut("清丰县委从选拔干部"))
    agencies = _agencies("桃源县司法局组织盘塘司法所、青林司法所、漳江司法所开展普法活动。")
    assert {"盘塘司法所", "青林司法所"} <= agencies


def test_bureaus_listed_bare_with_the_homes_towns_are_the_homes():
    # 东北网虎林9月20日讯 … 来自边防大队、公安局、人民检察院、…、林业局、…、中心街道、虎林镇、宝东镇、东方红镇、市场监督管理管理局和…
    # (a province's news site, 2017): bureaus the model leaves, listed bare with the home's towns, are 虎林市's; the typo
    # 市场监督管理管理局 names no other place, whose bureaus would keep the list from the home
    page = ("东北网虎林9月20日讯 9月19日上午,第五届全市运动会在市体育场隆重开幕,我市市委书记陈立新出席开幕仪式。\n"
            "来自边防大队、公安局、人民检察院、人民法院、交通运输局、教育局、林业局、住建局、金融系统、中心街道、虎林镇、宝东镇、"
            "东方红镇、市场监督管理管理局和个体私营经济代表团共19个代表团方队先后走向主席台。\n")
    agencies = _agencies(page)
    assert {"虎林市公安局", "虎林市人民检察院", "虎林市人民法院", "虎林市交通运输局", "虎林市教育局", "虎林市林业局",
            "虎林市住房和城乡建设局"} <= agencies
    assert "公安局" not in agencies and "林业局" not in agencies
    # with no town of the home in the list and a home the page does not state, bare bureaus stay unread
    assert "虎林市公安局" not in _agencies("来自公安局、人民检察院、教育局的代表参加。")


def test_a_level_character_ending_an_unknown_towns_name_before_a_firm():
    # 调研组先后来到塔集镇兴全禽业专业合作社、一品香猪业合作社、闵桥镇金农村藕业专业合作社等地 (金湖县's page, 2017): 闵桥镇 is
    # no town of the gazetteer, and its 镇 before a cooperative's name no short form of 塔集镇's bodies
    agencies = _agencies("调研组先后来到塔集镇兴全禽业专业合作社、一品香猪业合作社、闵桥镇金农村藕业专业合作社等地。")
    assert "闵桥镇金农村藕业专业合作社" in agencies and "塔集镇金农村藕业专业合作社" not in agencies


def test_the_partys_name_before_a_division_is_the_prefix_of_the_body_after_it():
    # 宣读了…关于建立中共旺苍县第十八届人民代表大会第三次会议临时委员会的决定 (旺苍县's page, 2017; the model: 中共/ORG|旺苍县/LOC),
    # 关于召开中国共产党阜城县第十四届委员会…的决定 (阜城县's page, 2020): the prefix of the body named after it, no body
    for text in ("会议宣读了成立中共旺苍县委关于建立中共旺苍县第十八届人民代表大会第三次会议临时委员会的决定。",
                 "县委书记王明主持召开会议,研究《关于召开中国共产党阜城县第十四届委员会第五次全体会议的决定》。"):
        agencies = _agencies(text)
        assert not agencies & {"中共", "中国共产党"}, text


def test_bureaus_listed_after_a_body_named_by_the_homes_level_are_the_homes():
    # 省防总工作组、县三防办、水务局、气象局、海洋与渔业局等单位参加会议 (陵水黎族自治县's news on a national medium's site,
    # 2014): the county's office for flood, wind and drought (三防, a field the segmenter cuts) named by the county's
    # level, then its bureaus bare; the ocean and fisheries bureau's two fields joined by 与
    page = ("国际在线海南消息:14日上午,陵水县召开防台风工作会议,县委书记麦正华出席。"
            "省防总工作组、县三防办、水务局、气象局、海洋与渔业局等单位参加会议。\n")
    agencies = _agencies(page)
    assert {"陵水黎族自治县三防办", "陵水黎族自治县水务局", "陵水黎族自治县气象局", "陵水黎族自治县海洋与渔业局"} <= agencies
    assert "水务局" not in agencies
    # no body of the home's level in the list and a home the page does not state: bare bureaus stay unread
    assert "陵水黎族自治县水务局" not in _agencies("陵水县召开会议。省防总工作组、水务局、气象局等单位参加会议。")


def test_the_nations_bodies_are_no_short_forms_on_a_local_page():
    # 据了解,2010年2月,中央宣传部、中央统战部、国家民委下发了《…意见》。2013年9月,…国家民委正式确定吴忠市为… (a city's page on
    # a national site, 2016): bodies whose names open with the nation's words keep their names on a page at home in a city
    page = ("吴忠市荣获示范市称号。据了解,2010年2月,中央宣传部、中央统战部、国家民委下发了《意见》。"
            "2013年9月,国家民委正式确定吴忠市为示范市。")
    assert {"中央宣传部", "中央统战部", "国家民委"} <= _agencies(page)


def test_a_villages_council_is_its_villagers_committee():
    # 石堰村|党总支 … 他希望|村委|在做好环境治理的同时… (江阴's page, 2019); 蒯村|村委会 (武陟县's court page, 2021): 村委 and
    # 村委会 are the villagers' committee (村民委员会), named after the village with its 村, no party committee of it
    ex = kgraph.extract_text("长泾镇石堰村召开会议,石堰村委主任李华出席。石堰村党委书记王刚讲话。")
    bodies = {e.label: set(e.aliases) for e in ex.entities if e.type == "Agency"}
    assert bodies.get("石堰村村民委员会") == {"石堰村委"} and "石堰村党委" in bodies
    assert "蒯村村民委员会" in _agencies("谢旗营镇蒯村召开会议,蒯村村委会主任李华出席。")
    # the village's name written without its 村 before 村委会 (古岩|村委会: 蟠猫乡's page, 2021), or both forms on one page:
    # one committee
    assert "古岩村村民委员会" in _agencies("蟠猫乡古岩村召开会议,古岩村委会主任李华出席。")
    both = _agencies("长泾镇石堰村召开会议,石堰村委主任李华出席,石堰村委会副主任王刚参加。")
    assert both == {"石堰村村民委员会"}
    # no village named before it: 该村|村委会 names none
    assert _agencies("该村村委会主任李华表示,要加强管理。") == set()


def test_a_villages_council_on_a_hand_built_name():
    from kgraph.extraction.linkers import village_council
    assert village_council("石堰村", "委") == village_council("石堰", "村委会") == "石堰村村民委员会"
    assert village_council("该村", "村委会") is None and village_council("石堰", "委") is None


def test_a_villages_two_committees_together_are_no_agency():
    # 工作队在玉米收割之前,就积极协同村两委干部… (a county's page, 2019); 召开北铺村两委干部会议: the village's party branch
    # and its villagers' committee named as one collective; the local gold lists none
    assert not any("两委" in name for name in _agencies("新家园乡北铺村召开会议。工作队积极协同村两委干部开展工作。"))
    assert not any("两委" in name for name in _agencies("新家园乡召开北铺村两委干部会议。"))


def test_petitions_and_disputes_centres_and_a_joined_bureau():
    # 县委副书记、县长胡玮来到县人民群众来访接待服务中心接待来访群众 (a county's page, 2023); 整合县群众来访接待中心、矛盾纠纷
    # 多元化解中心 (长丰县's, 2022); 谏壁街道矛盾纠纷调处中心、…北固山社区矛盾纠纷调处工作站和京口区矛盾纠纷调处中心 (京口区's,
    # 2021): the verbs of the centres' fields (来访, 接待, 调处) read on to their heads
    assert "汤阴县人民群众来访接待服务中心" in _agencies("汤阴县召开会议。县委副书记、县长胡玮来到县人民群众来访接待服务中心接待来访群众。")
    assert "长丰县群众来访接待中心" in _agencies("长丰县召开会议。在整合县群众来访接待中心的基础上,成立县社会治理中心。")
    assert {"京口区矛盾纠纷调处中心", "谏壁街道矛盾纠纷调处中心"} <= _agencies(
        "京口区召开会议。许文一行实地查看了谏壁街道矛盾纠纷调处中心和京口区矛盾纠纷调处中心。")
    # 县民政和退役军人事务局党组书记、副局长格桑德吉 (林周县's page, 2021): two fields joined by 和, one bureau
    assert "林周县民政和退役军人事务局" in _agencies("林周县召开会议。县民政和退役军人事务局党组书记、副局长格桑德吉出席。")
    # a verb of the news before a body still ends the run before it (接待|来访群众 names no body)
    assert not any("接待来访" in name for name in _agencies("汤阴县召开会议。县长胡玮接待来访群众。"))


def test_collectives_on_a_hand_built_analysis():
    from kgraph.extraction.recognise import _no_collectives
    an = hand_built("协同村两委干部和村党支部开展工作。", ("Agency", "村两委", "北铺村两委"), ("Agency", "村党支部", "北铺村党支部"))
    collective, branch = an.mentions
    village = Key("division", "?/北铺村")
    for body in (collective, branch):
        an.fact(body.key, "locatedIn", village, body.start)
    _no_collectives(an)
    assert [m.label for m in an.mentions] == ["北铺村党支部"] and [f.subject for f in an.facts] == [branch.key]


def test_a_divisions_government_office_written_short_is_named_in_full():
    # 县政府办|主任 (a county's page, 2023): the county government's office, 永嘉县人民政府办公室, its written form an alias
    agencies = _agencies("永嘉县开展慈善一日捐活动。县政府办主任张三参加。")
    assert "永嘉县人民政府办公室" in agencies and not any(a.endswith("政府办") for a in agencies)

"""Local pages of round 41's blind set read this round (24 pages: courts, procuratorates and police at work; rural
revitalisation, rivers and forests; streets, communities and their services; a fresh blind set of 24 stands in for them):
each rule tested on its page's sentences, on a story's of the news corpus where the year gave one, and on the function
it lives in."""
from __future__ import annotations

from kgraph.extraction.recognisers.agencies import brand_firm_of_a_grassroots_place, org_run
from kgraph.extraction.recognisers.divisions import _township_of_another_level
from kgraph.extraction.recognisers.places import a_kind_of_place
from kgraph.extraction.repair import _doubled_pairs
from kgraph.gazetteer import gazetteer

from .builders import extracted_labels

# a county's deputy head visits a town's projects (镇安县, 2023): the projects by their names, a firm after its village
ZHENAN = ("1月31日,县委常委、县政府党组副书记、副县长刘学智深入月河镇调研检查项目工作。县政府办、县项目服务中心、县资源局、"
          "县林业局、县审批局等有关人员一同调研。\n刘县长在罗家营村查看示范区建设情况\n刘学智首先来到旬河水乡·罗家营乡村振兴"
          "示范区项目,看望慰问基层一线工作人员。\n刘学智随后前往镇安县天麻标准化生产示范园产业园项目, 详细了解项目选址建设"
          "规划及目前征地进展情况。\n刘县长在西川村在西川村金亨祥公司查看稻油产业发展\n刘学智最后在西川稻油循环农业示范园"
          "项目现场听取了企业负责人关于示范园发展、规划、产业等情况介绍。")

# a county's party secretary tours its villages' firms (柳林县, 2022)
LIULIN = ("在留誉镇杜家庄村漫山红农业科技发展有限责任公司辣椒育苗基地,柳林县委书记杨月祥深入育苗大棚,认真查看辣椒苗长势。"
          "在三交镇宋家垣村富瑞肉牛厂,杨月祥登高远眺,实地查看肉牛厂厂房建设。")

# a district's party secretary tours a street's sites (莲湖区, 2021)
LIANHU = ("10月31日,区委常委、区委书记洪增林带领区委办、区政府办、区执法局相关负责人深入西关街道辖区西桃园城改项目工地、"
          "南小巷北段棚改项目工地、旭景名园社区及西安市第四十二中学,实地调研指导工作。西关街道负责同志围绕辖区项目建设、"
          "经济指标、信访维稳及城市治理等工作进行了重点讲解。")

# a community's volunteers on Lei Feng's day (长沙's 天鹅塘社区, 2023): its housing compounds
TIANETANG = ("华声在线3月5日讯(通讯员 余洋)无论时代如何变迁,雷锋精神永不过时。3月5日,月亮岛街道天鹅塘社区组织各小区"
             "“七彩天鹅”志愿者开展形式多样的志愿便民服务活动。\n在滨江府、嘉宇西苑小区,“白天鹅”们在小区广场架起设备,"
             "为小区的居民开始了磨刀、洗地毯、配钥匙便民服务活动。")

# a district's civilisation office credited in the source field (通州区, 2019), a count before a community
TONGZHOU = ("来源:通州区文明办\n时间:2019-03-07打进入3月份起,玉桥街道各社区就纷纷开展了学雷锋志愿服务活动。\n东里社区\n"
            "3月4日下午,东里社区管辖区域内的团员及玉桥中学的学生志愿者等30余人来社区开展志愿服务活动。")


def test_a_brand_firm_after_its_village_is_named_without_it():
    assert brand_firm_of_a_grassroots_place("富瑞肉牛厂", "宋家垣村")
    assert brand_firm_of_a_grassroots_place("家林农机专业合作社", "三里村")
    assert not brand_firm_of_a_grassroots_place("农民专业合作社", "陈土楼村")  # the village's own, named with it
    assert not brand_firm_of_a_grassroots_place("富瑞肉牛厂", "柳林县")  # a county's name is a registered name's
    _, typed, relations = extracted_labels(LIULIN)
    assert typed.get("富瑞肉牛厂") == "Agency" and typed.get("漫山红农业科技发展有限责任公司") == "Agency", typed
    assert ("locatedIn", "富瑞肉牛厂", None, "宋家垣村") in relations, relations
    assert ("locatedIn", "漫山红农业科技发展有限责任公司", None, "杜家庄村") in relations, relations


def test_the_models_firm_after_its_village():
    # a county's spring farming tour (凤冈县, 2019): the model reads the village and the firm as one organisation
    _, typed, relations = extracted_labels("县委书记张正伟先后来到黄荆村齐星组以及琊川镇朝阳村安勇青农业发展有限责任公司养殖场"
                                           "等地,通过实地察看、听取介绍等方式,详细了解春耕备耕情况。")
    assert typed.get("安勇青农业发展有限责任公司") == "Agency", typed
    assert ("locatedIn", "安勇青农业发展有限责任公司", None, "朝阳村") in relations, relations


def test_a_village_the_model_reads_is_no_short_form_of_the_pages_village():
    _, typed, relations = extracted_labels(ZHENAN)
    # 西川村/LOC|金亨祥公司: the firm of the village written before it, not of 罗家营村 the page named first
    assert typed.get("金亨祥公司") == "Agency", typed
    assert ("locatedIn", "金亨祥公司", None, "西川村") in relations, relations
    assert not any(label.endswith("村金亨祥公司") and label != "西川村金亨祥公司" for label in typed), typed
    _, typed, _ = extracted_labels("在七星关区田坝桥镇高桥村胡永昌家庭农场中,胡永贵一边给猪喂食。陈土楼村农民专业合作社成立。")
    assert "高桥村农民专业合作社" not in typed, typed


def test_a_firm_after_its_village_lies_in_it():
    _, typed, relations = extracted_labels(
        "“养猪是个技术活。”4月12日,在七星关区田坝桥镇高桥村胡永昌家庭农场中,胡永贵一边给猪喂食,一边介绍生猪养殖技术。")
    assert ("locatedIn", "胡永昌家庭农场", None, "高桥村") in relations, relations


def test_a_field_verb_before_a_head_the_segmenter_glued_on():
    assert org_run("审批局等有关人员", 0, 8) == [3]  # jieba: 审批|局等
    _, typed, _ = extracted_labels(ZHENAN)
    assert typed.get("镇安县审批局") == "Agency", typed


def test_projects_a_tour_goes_to_by_name():
    _, typed, _ = extracted_labels(ZHENAN)
    for project in ("旬河水乡·罗家营乡村振兴示范区项目", "镇安县天麻标准化生产示范园产业园项目", "西川稻油循环农业示范园项目"):
        assert typed.get(project) == "Program", (project, typed)
    # the level's character opens the county written whole (镇|安县…): no town's park 月河镇安县…
    assert not any(label.startswith("月河镇安县") for label in typed), typed
    _, typed, _ = extracted_labels(LIANHU)
    assert typed.get("西桃园城改项目") == "Program" and typed.get("南小巷北段棚改项目") == "Program", typed
    # what a report is about after 围绕 is no project of the street's
    assert not any("负责同志" in label for label in typed), typed
    _, typed, _ = extracted_labels("他来到重点项目现场,要求加快项目建设。")  # a kind, no name
    assert not any(t == "Program" and label.endswith("项目") for label, t in typed.items()), typed


def test_diligence_in_office_is_no_body():
    _, typed, _ = extracted_labels("三要严格要求自己,做到勤政廉洁。要坚决执行中央和省委、市委的决策部署。")
    assert "勤政" not in typed, typed


def test_chiefs_of_the_forests_and_idioms_name_no_one():
    assert _doubled_pairs("林林总总") and not _doubled_pairs("王之涣")
    _, typed, _ = extracted_labels("在另一旁的展示柜,摆放着林林总总的纪念章和老物件。")
    assert not any(t == "Person" for t in typed.values()), typed
    _, typed, _ = extracted_labels("村级“林长+林业员+护林员”的“一长两员”网格化管理体系建立起来。沿着弯曲的山路骑行了几公里,"
                                   "到了林子,姜祖德停好车,徒步走进了他的责任区。")
    assert "林长" not in typed and "林子" not in typed and typed.get("姜祖德") == "Person", typed


def test_a_housing_compound_lies_in_the_community_the_page_names():
    _, typed, relations = extracted_labels(TIANETANG)
    assert ("locatedIn", "嘉宇西苑", None, "天鹅塘社区") in relations, relations
    assert ("locatedIn", "滨江府", None, "天鹅塘社区") in relations, relations


def test_a_source_fields_body_names_the_district_its_streets_lie_in():
    _, typed, relations = extracted_labels(TONGZHOU)
    assert typed.get("通州区") == "AdministrativeDivision", typed
    assert ("locatedIn", "通州区文明办", None, "通州区") in relations, relations
    # 30|余人来|社区: a count's words, no community
    assert not any(label.startswith("余人") for label in typed), typed
    # a source field naming a town is the town's site, no body
    _, typed, _ = extracted_labels("沙坡头区文昌镇:这个退役军人服务站里藏着回忆和故事\n时间:2022-03-14 来源:沙坡头区文昌镇\n"
                                   "东园村的一名退役军人来到了村委会。")
    assert typed.get("沙坡头区文昌镇") != "Agency", typed


def test_the_head_of_a_communitys_party_committee_and_council():
    _, _, relations = extracted_labels(
        "“以七个网格支部管理为基础,充分发挥下沉党员、志愿者的力量。”汉川市仙女山街道仙人位社区党委书记、主任李莉介绍。")
    assert ("holdsPost", "李莉", "书记", "仙人位社区党委") in relations, relations
    assert ("holdsPost", "李莉", "主任", "仙人位社区居民委员会") in relations, relations


def test_a_township_since_made_a_town_in_the_county_the_page_names():
    gaz = gazetteer()
    wenxi = next(n for n in gaz.lookup("闻喜县"))
    assert _township_of_another_level("侯村镇", {wenxi}) is not None
    assert _township_of_another_level("侯村镇", set()) is None
    _, typed, relations = extracted_labels(
        "运城长安网讯(通讯员 任雅茹)近日,闻喜县人民法院东镇法庭到侯村镇东泉村开展巡回审判,审理了一起合同纠纷案件。")
    assert typed.get("侯村镇") == "AdministrativeDivision" and "邯郸市" not in typed and "晋中市" not in typed, typed
    assert ("partOf", "侯村镇", None, "闻喜县") in relations, relations


def test_a_river_chiefs_role_between_a_chain_and_its_name():
    _, _, relations = extracted_labels("6月10日上午,华龙区委书记、第一总河长丁国梁带队先后来到贾庄沟、马颊河等地进行徒步巡河。")
    assert ("holdsPost", "丁国梁", "书记", "华龙区委") in relations, relations


def test_a_towns_station_and_office():
    _, typed, relations = extracted_labels(
        "近日,平利县公安局西河派出所民警深入西河镇磨沟村开展“挨户防”工作。平利县公安局西河派出所所长介绍了辖区情况。")
    assert ("locatedIn", "平利县公安局西河派出所", None, "西河镇") in relations, relations
    _, typed, relations = extracted_labels(
        "本网2月14日讯(陈伟杰)新年伊始,南平市建阳区黄坑司法所就接到新峰村调解员一个急促电话。得知情况后,黄坑综治办主任和"
        "司法所所长第一时间赶到纠纷现场。")
    assert "司法所" not in typed and typed.get("黄坑综治办") == "Agency", typed
    assert ("locatedIn", "黄坑综治办", None, "建阳区") in relations, relations
    _, typed, _ = extracted_labels("通过此次恳谈会,进一步推进了辖区群众对公安派出所工作的了解和支持。")
    assert "公安派出所" not in typed, typed


def test_a_small_river_after_its_county():
    text = ("近日,元谋县人民检察院联合江坡镇开展河道整治。“河道垃圾清除了,周围环境变整洁了,心情也舒畅多了……”元谋县大箐河"
            "(广茂村段)河道污染被整治后得到了附近居民的好评。县检察院干警还来到广茂村走访群众。")
    _, typed, relations = extracted_labels(text)
    assert ("locatedIn", "大箐河", None, "元谋县") in relations, relations


def test_projects_named_after_the_sum_invested():
    text = ("签约项目分别是总投资5.8亿元的江苏南通城欣市政工程天然油脂深加工项目,总投资5.5亿元的苏州超邦涂料年产4.5万吨先进"
            "功能多用途涂料及研发工程中心项目,总投资1.2亿元的广州诚越电子科技高频、高速、PTFE覆铜板项目。")
    _, typed, _ = extracted_labels(text)
    for project in ("江苏南通城欣市政工程天然油脂深加工项目", "苏州超邦涂料年产4.5万吨先进功能多用途涂料及研发工程中心项目",
                    "广州诚越电子科技高频、高速、PTFE覆铜板项目"):
        assert typed.get(project) == "Program", (project, typed)
    assert "研发工程" not in typed, typed  # the project's words
    _, typed, _ = extracted_labels("目前,总投资2亿元的精细化工项目正在加紧建设。")  # a kind of project, no name
    assert not any(t == "Program" for t in typed.values()), typed


def test_what_the_police_join_is_no_program():
    _, typed, _ = extracted_labels("正值盛夏,平利县西河镇磨沟村“千年古树·宣讲会”热闹非凡。平利县公安局西河派出所民警主动融入活动,"
                                   "以唠家常、答疑问的形式与群众面对面宣讲“主防警务”工作。")
    assert not any(label.endswith("融入活动") for label in typed), typed


def test_a_site_named_by_what_it_is_for_is_a_kind():
    assert a_kind_of_place("社区文化广场") and a_kind_of_place("大型文化广场") and a_kind_of_place("文化公园")
    assert not a_kind_of_place("人民广场") and not a_kind_of_place("幸福小区")  # names of their own
    assert not a_kind_of_place("VR广场")  # letters alone before the head (CLUENER dev: no words left to read)
    _, typed, _ = extracted_labels("近年来,该镇投资200万元建设了文化公园和大型文化广场,群众休闲有了好去处。")
    assert not any(t == "Place" for t in typed.values()), typed


def test_an_elections_later_clauses_share_the_body_named_once():
    # a county CPPCC's session, invented in the usual wording of such notices (the body said once for the sentence; the
    # wording was looked for after a helper's one-line description of a blind page, which the round's notes say)
    for sentence in ("会议选举刘志华为政协太和县第十届委员会主席,陈建国、王丽为副主席,孙立军为秘书长。",
                     "刘志华当选为政协太和县第十届委员会主席,陈建国、王丽当选为副主席,孙立军当选为秘书长。"):
        _, _, relations = extracted_labels("政协太和县第十届委员会第一次会议胜利闭幕。" + sentence)
        assert ("holdsPost", "刘志华", "主席", "太和县政协") in relations, relations
        for person in ("陈建国", "王丽"):
            assert ("holdsPost", person, "副主席", "太和县政协") in relations, (sentence, relations)
        assert ("holdsPost", "孙立军", "秘书长", "太和县政协") in relations, relations


def test_cooperatives_listed_after_their_villages():
    # a town's rural cooperatives (高唐县's 杨屯镇, 2021): the last item's brand after its village, before 等
    _, typed, relations = extracted_labels("高唐县杨屯镇积极推广杨东村鑫农源种植合作社、张大屯村千畦种植合作社等适合当地发展和推广的"
                                           "模式。")
    assert typed.get("千畦种植合作社") == "Agency", typed
    assert ("locatedIn", "千畦种植合作社", None, "张大屯村") in relations, relations


def test_a_festival_named_with_its_hosts_is_spelt_without_them_too():
    # 洋县's page (2021, of the old 40): the festival the county hosts, and 旅游文化节, the other order of a festival's head
    ex, typed, _ = extracted_labels("3月20日,2021中国最美油菜花海汉中旅游文化节洋县分会场暨洋县第十二届梨花节盛大开幕。")
    festival = next(e for e in ex.entities if e.label == "洋县第十二届梨花节")
    assert "第十二届梨花节" in festival.aliases, festival
    assert typed.get("2021中国最美油菜花海汉中旅游文化节") == "Program", typed


def test_a_national_storys_bare_federation_is_the_nations():
    import kgraph

    # xwlb-20230308-08: the federation in the united front's list, on a national story
    sentence = "习近平希望各民主党派、工商联和无党派人士深刻理解这次党和国家机构改革的重大意义。"
    national = kgraph.extract_text(sentence, doc_id="t", publication="新闻联播")
    assert "中华全国工商业联合会" in {e.label for e in national.entities if e.type == "Agency"}, national.entities
    _, typed, _ = extracted_labels(sentence)  # no national medium: the bare kind stays as read
    assert "中华全国工商业联合会" not in typed, typed


def test_appointments_after_a_colon_and_after_the_word_of_address():
    # a county congress's and a county committee's appointments, invented in the notices' usual layout and wording
    _, _, relations = extracted_labels("太和县第十七届人大常委会第五次会议召开。会议决定任命:\n刘志华为县人民政府办公室主任;\n"
                                       "陈建国为县财政局局长。\n决定免去:\n王立军的县教育局局长职务。")
    assert ("holdsPost", "刘志华", "主任", "太和县人民政府办公室") in relations, relations
    assert ("holdsPost", "陈建国", "局长", "太和县财政局") in relations, relations  # the model's 陈建国为县财政局/PER cut
    assert ("holdsPost", "王立军", "局长", "太和县教育局") in relations, relations
    _, typed, relations = extracted_labels("经太和县委研究决定:孙立军同志任县委办公室主任;赵红梅同志任县妇联主席。")
    assert "任泽区" not in typed, typed  # 同志|任|县委: the verb of the post, no 任县 (任泽区's old name)
    assert ("holdsPost", "孙立军", "主任", "太和县委办公室") in relations, relations
    assert ("holdsPost", "赵红梅", "主席", "太和县妇联") in relations, relations

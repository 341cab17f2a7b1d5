"""Local pages of round 35's blind set read this round (the even-numbered pages, never read before; a fresh blind set
of 24 pages stands in for them): each rule tested on its page's sentences, and on the function it lives in."""
from __future__ import annotations

from kgraph.extraction.proposers import _ends_in_a_division
from kgraph.extraction.recognisers.divisions import _opens_an_own_name
from kgraph.ingest.dates import page_date
from kgraph.ingest.layout import header_fields

from .builders import extracted_labels

# 郎溪县's site, 2011: the county is never written, only its bodies by their level and a school named after it
LANGXI = ("5月8日,县委副书记、县长余宏汉,县委常委、宣传部长吕旻一行在县教体局负责人的陪同下调研指导我县教育工作。\n"
          "余宏汉、吕旻一行首先来到十字铺茶场中学,在听取该校基本情况的介绍后,余宏汉指出:十字铺茶场中学作为全县的重点学校,"
          "要认真谋划好、运作好全校的各项工作。余宏汉一行又来到县职教中心,听取汇报后,余宏汉要求:县职教中心要明确发展定位。\n"
          "随后,余宏汉、吕旻一行还来到郎溪中学,在听取县政协副主席、郎溪中学校长章泽的各项工作情况的汇报后,余宏汉对学校的"
          "师资队伍建设问题进行了详细的了解。")

# 滨海县's paper on its site, 2019: the table's separators around the headline, the date in brackets, the paper
# named as the source (滨海 is also 天津's 滨海新区)
BINHAI = ("|\n|\n工业园高质量发展活力迸发\n|\n作者:任庆华 来源:滨海日报 浏览次数:5600 发布时间:[2019-3-5] |\n"
          "去年,县工业园紧紧围绕“三争”目标,全力攻坚重大项目,荣获2018年度全县目标任务考核综合奖。"
          "国家火炬滨海流体装备特色产业基地通过国家科技部复审;做强基础设施配套,加快程庄路西延、经一路、西苑小区二期等工程"
          "建设,园区承载能力进一步增强。\n(版权所有 不得转载)\n|\n[关闭窗口] |\n| |")

# 鼓楼区's news site (福州市), 2018: four districts share the name; the streets tell which
GULOU = ("市、区领导调研鼓楼区社区工作情况\n\n2018-05-09 08:58:13   来源:鼓楼区委宣传部    【字号\n\n"
         "  鼓楼新闻网讯 5月8日上午,市委常委、区委书记薛侃带队调研鼓楼区社区工作情况。\n"
         "  薛书记一行实地走访了温泉街道东大社区、华大街道公益社区、五凤街道广厦社区和铜盘社区,听取了社区书记对社区换届、"
         "基层党建等工作的汇报。\n"
         "  区委常委、组织部长郑寅球、区政府副区长林诚,以及区委办、组织部、政法委、社区办、区民政局、区委督察室和相关街道"
         "主要领导参加了调研。")

# 兰山区's news site (临沂市), 2021: a tour's list of sites and works, named after names the model reads as people's
LANSHAN = ("5月20日,区委书记王君师带队调研全区重点项目建设情况。王君师一行先后深入鲁班精装小镇、理工大学还建社区、枫丹白露"
           "片区、谷城社区、双岭路西延、林丰钢材市场、山水苑社区、绿夏新材料项目、兰华智慧物流园项目、丈埠屯还建社区等项目建设"
           "现场进行实地调研。")


def _extracted(text: str):
    return extracted_labels(text)


def test_a_county_never_written_is_the_one_a_school_is_named_after():
    # jieba reads 郎溪 as a person's name (nr) and the page writes it twice: the school's name tells the county
    assert _opens_an_own_name("郎溪", LANGXI)
    assert not _opens_an_own_name("十字铺", LANGXI)
    _, typed, relations = _extracted(LANGXI)
    assert typed.get("郎溪县") == "AdministrativeDivision", typed
    assert ("holdsPost", "余宏汉", "县长", "郎溪县人民政府") in relations, relations
    assert ("holdsPost", "吕旻", "部长", "郎溪县委宣传部") in relations, relations


def test_a_papers_namesake_is_the_one_whose_level_the_page_calls_its_own():
    ex, typed, relations = _extracted(BINHAI)
    assert typed.get("滨海县") == "AdministrativeDivision", typed  # 全县: not 天津's 滨海新区
    assert "滨海新区" not in typed, typed
    document = ex.documents[0]
    assert document.title == "工业园高质量发展活力迸发", document.title  # the lines of | alone are no headline
    assert document.date == "2019-03-05", document.date


def test_a_date_in_brackets_after_its_label_is_the_pages():
    assert page_date("作者:任庆华 来源:滨海日报 浏览次数:5600 发布时间:[2019-3-5] |\n去年,县工业园…") == "2019-03-05"
    assert page_date("发布时间:【2021-11-08】\n正文") == "2021-11-08"


def test_no_organisations_name_ends_with_a_countys_name():
    assert _ends_in_a_division("国家火炬滨海")  # 国家火炬滨海/ORG|流体装备特色产业基地
    assert _ends_in_a_division("江苏苏州")
    assert not _ends_in_a_division("中国石油")
    assert not _ends_in_a_division("青岛海牛队")  # 牛队 names a village only: no county's, city's or province's name
    _, typed, _ = _extracted(BINHAI)
    assert "国家火炬滨海" not in typed, typed


def test_a_compound_the_model_reads_with_the_works_phase_is_a_place():
    ex, typed, _ = _extracted(BINHAI)
    assert typed.get("西苑") == "Place", typed  # 西苑小区二期/LOC: the compound 西苑小区
    compound = next(e for e in ex.entities if e.label == "西苑")
    assert "西苑小区" in compound.aliases, compound.aliases


def test_a_district_sharing_its_name_is_the_one_its_streets_lie_in():
    ex, typed, relations = _extracted(GULOU)
    gulou = next(e for e in ex.entities if e.label == "鼓楼区")
    assert dict(gulou.props).get("code") == "350102" or "350102" in gulou.id, gulou
    assert ("partOf", "温泉街道", None, "鼓楼区") in relations, relations
    assert ("partOf", "鼓楼区", None, "福州市") in relations, relations


def test_a_districts_party_departments_listed_after_its_office_are_its_committees():
    _, typed, relations = _extracted(GULOU)
    assert typed.get("鼓楼区委政法委") == "Agency", typed  # 区委办、组织部、|政法委: the committee's commission
    assert "鼓楼区政法委" not in typed, typed
    assert typed.get("鼓楼区委督察室") == "Agency", typed  # 区委|督察室, as 督查室 is written too
    assert ("locatedIn", "鼓楼区委督察室", None, "鼓楼区") in relations, relations


def test_a_source_field_before_the_font_size_buttons_names_its_body():
    fields = header_fields("2018-05-09 08:58:13   来源:鼓楼区委宣传部    【字号")
    assert [(f.kind, f.value) for f in fields] == [("source", "鼓楼区委宣传部")], fields
    _, typed, _ = _extracted(GULOU)
    assert typed.get("鼓楼区委宣传部") == "Agency", typed


def test_sites_listed_on_a_tour_are_named_after_names_no_person_is():
    _, typed, _ = _extracted(LANSHAN)
    for word in ("鲁班", "林丰", "绿夏"):
        assert typed.get(word) != "Person", (word, typed)
    assert typed.get("鲁班精装小镇") == "Place", typed
    assert typed.get("枫丹白露片区") == "Place", typed
    assert typed.get("王君师") == "Person", typed


def test_a_small_town_after_a_place_the_model_reads_is_that_place():
    # pd-dev-00146: the town is 埃舍德; 小镇 is the common noun (a named one, 鲁班精装小镇, is above)
    _, typed, _ = _extracted("本月3日一列高速列车在埃舍德小镇出轨，是因为一节车厢的车轮“内部疲劳断裂”所致。")
    assert "埃舍德小镇" not in typed, typed
    assert typed.get("埃舍德") == "Place", typed


def test_the_crested_ibis_is_no_person():
    # xwlb-2023 names the bird in three stories (保护|朱鹮|等珍稀动物); a county's festival page, 2021, in its headline
    _, typed, _ = _extracted("朱鹮之乡春又深\n3月12日,洋县第十二届梨花节在龙亭镇盛大开幕。")
    assert "朱鹮" not in typed, typed


def test_a_courts_unit_after_its_own_word_is_the_courts():
    # 南山区人民法院's page, 2021: 我院执行局 and then 执行局局长 name the court's enforcement bureau
    text = ("为进一步强化文明执行理念,南山区人民法院扎实开展“我为群众办实事”实践活动。\n"
            "11月17日上午9时,我院执行局开展执行案款集中发放活动,将执行款51万余元发放到申请执行人手中。\n"
            "执行局局长刘发云表示,将进一步健全执行工作长效机制。")
    _, typed, relations = _extracted(text)
    assert typed.get("南山区人民法院执行局") == "Agency", typed
    assert ("holdsPost", "刘发云", "局长", "南山区人民法院执行局") in relations, relations
    assert ("subOrganizationOf", "南山区人民法院执行局", None, "南山区人民法院") in relations, relations


def test_a_unit_written_inside_a_longer_name_is_not_the_courts():
    _, typed, _ = _extracted("南山区人民法院召开会议。最高人民法院执行局负责同志出席。")
    assert "南山区人民法院执行局" not in typed, typed


# 渠县总工会's congress on a county's site, 2021: the chair elected for the body's term, two levels' committees run
# together in a slogan
QUXIAN = ("渠县总工会召开第十次代表大会。县委常委陈国斌出席会议。\n"
          "苟小莉说,在全县上下深入贯彻落实省委市委全会精神的重要时刻,渠县工会第十次代表大会隆重召开了。\n"
          "陈国斌当选县总工会第十届委员会主席。")


def test_a_chair_of_a_bodys_committee_for_its_term_is_the_bodys():
    _, _, relations = _extracted(QUXIAN)
    assert ("holdsPost", "陈国斌", "主席", "渠县总工会") in relations, relations


def test_two_levels_committees_run_together_are_two_bodies():
    _, typed, _ = _extracted(QUXIAN)
    assert not any(label.endswith("省委市委") for label in typed), typed
    assert typed.get("达州市委") == "Agency", typed


# 洋县's festival page, 2021: a flower festival with its term and host, fairs named by their own words
YANGXIAN = ("3月12日,2021中国最美油菜花海汉中旅游文化节洋县分会场暨洋县第十二届梨花节在洋县印象洋州广场盛大开幕。"
            "该县坚持文旅搭台、经济唱戏,创新推出了“花海洋州·合作共赢”招商引资对接会、鹮乡有机美食节、"
            "2021中国最美油菜花海节特色产品展销会等活动。")


def test_a_flower_festival_named_with_its_term_and_host_is_a_program():
    # jieba glues the festival's last character to the preposition after it (梨花|节在|洋县)
    _, typed, _ = _extracted(YANGXIAN)
    assert typed.get("洋县第十二届梨花节") == "Program", typed
    assert typed.get("2021中国最美油菜花海节特色产品展销会") == "Program", typed


def test_a_festival_named_by_a_word_the_dictionary_lacks_is_a_program():
    # 鹮|乡|有机|美食节: characters cut one by one spell the county's byname, a name (no kind of festival)
    _, typed, _ = _extracted(YANGXIAN)
    assert typed.get("鹮乡有机美食节") == "Program", typed
    _, typed, _ = _extracted("洋县召开会议。本次美食节旨在推动文旅融合,县委书记出席。")
    assert not any(label.endswith("美食节") for label, kind in typed.items() if kind == "Program"), typed


def test_a_fair_of_a_kind_is_no_program_on_any_page_and_a_named_one_is():
    # xwlb-2023: 民俗|庙会, 专题|推介会, 食品|展销会 name kinds; 长城庙会, 山东重点文旅项目招商推介会 name fairs
    _, typed, _ = _extracted("各地举办民俗庙会。举办专题推介会和食品展销会。长城庙会开幕。山东重点文旅项目招商推介会在济南举行。")
    programs = {label for label, kind in typed.items() if kind == "Program"}
    assert not programs & {"民俗庙会", "专题推介会", "食品展销会"}, programs
    assert {"长城庙会", "山东重点文旅项目招商推介会"} <= programs, programs


def test_an_organisation_the_model_reads_with_a_particle_of_a_countys_name_is_repaired_first():
    # xwlb-20230227-06: 国家发展改革委会同/ORG (会同, 会同县's short name too) is 国家发展改革委 once repaired
    _, typed, _ = _extracted("国家发展改革委经济运行调节局有关负责人介绍，国家发展改革委会同各成员单位，统筹做好生活物资保障工作。")
    assert typed.get("国家发展和改革委员会") == "Agency" or typed.get("国家发展改革委") == "Agency", typed
    assert _ends_in_a_division("国家发展改革委会同") and not _ends_in_a_division("摩根大通")  # the white list's bank


def test_a_town_or_quarter_of_a_kind_is_no_place():
    _, typed, _ = _extracted("加快建设文旅小镇和科技创新片区。上海临港新片区建设加快推进。")
    assert "文旅小镇" not in typed and "科技创新片区" not in typed, typed
    assert typed.get("上海临港新片区") == "Place" or typed.get("临港新片区") == "Place", typed

"""Local pages of round 37's blind set read this round (24 pages: villages and their programs, courts and police,
urban streets and communities; a fresh blind set of 24 stands in for them): each rule tested on its page's sentences,
and on the function it lives in."""
from __future__ import annotations

from kgraph.extraction.recognisers.agencies import _run_ends
from kgraph.extraction.recognisers.divisions import _made_a_town
from kgraph.ingest.layout import split_documents
from kgraph.model import Source

from .builders import extracted_labels

# a district's site (承德市双滦区, 2017): the district named only by its short name, twice; its township 西地乡 is the
# gazetteer's 西地镇 (made a town since), which holds the village 烧锅村
SHUANGLUAN = ("5月21日,区委书记路立营到西地乡烧锅村调研农村面貌改造提升工作开展情况并召开了座谈会。区委常委、纪委书记李浩,"
              "区委常委、组织部长王立功陪同调研并出席座谈会。西地乡主要负责人及区财政局、林水局、环保分局、城管局等相关帮扶"
              "单位负责人陪同调研并参加座谈会。 座谈会上,路立营指出:烧锅村处在新的高速公路处,很快就会成为主城区的近郊区,"
              "是进入双滦的一个门户,代表着双滦的形象。")

# a city police station's community work (灵武市, 2013)
LINGWU = ("7月14日,灵武市公安局崇兴派出所所长杨俊云和社区民警孙志亮来到辖区,处理几天前的土地纠纷。"
          "派出所下设杜木桥警务室、新华桥警务室和韩渠警务室共3个警务室。")

# a county's campaign against crime on building sites (临澧县, 2014)
LINLI = ("3月15日上午,临澧县召开重点工程重点项目治安环境专项整治行动动员部署会。会上,县发改局副局长兼重点办主任葛志刚"
         "就重点工程重点项目的具体情况进行了汇报。")

# a county police bureau's night operation (全州县, 2019)
QUANZHOU = ("2019年1月17日晚,全州县公安局组织300名警力在全县范围内开展大清查统一行动。为确保行动取得实效,县局党委成立了由"
            "副县长、公安局长侯中华及政委申腾为总指挥的领导小组。")

# county courts' pages (罗田县, 2025; 安岳县, 2024): the court by the county's short name
LUOTIAN = "法官工作室 基层善治的“法治前哨”\n——罗田法院依托综治中心深化多元解纷新实践\n基层矛盾纠纷如何从“终端化解”转向“源头预防”?"
ANYUE = "3月18日,安岳法院前往通贤镇文寨村村委会公开开庭审理一起非法捕捞水产品案。"

# a street's page (常州市钟楼区南大街街道, 2013): communities named after their compounds, a street's station
NANDAJIE = ("参加活动的有钟楼区文化馆索亮、南大街街道文体站许颖飞、文亨社区盛锦新。艺术团来到文亨花园社区天天乐舞台。"
            "社区天天乐自今年6月启动以来,我街道文亨花园社区及金色新城社区开展天天乐活动已达30余场。")


def test_a_district_named_short_twice_and_its_township_made_a_town():
    _, typed, relations = extracted_labels(SHUANGLUAN)
    assert typed.get("双滦区") == "AdministrativeDivision", typed
    assert typed.get("西地镇") == "AdministrativeDivision" and "西地乡" not in typed, typed
    assert ("partOf", "烧锅村", None, "西地镇") in relations, relations
    assert ("holdsPost", "路立营", "书记", "双滦区委") in relations, relations
    assert ("locatedIn", "双滦区财政局", None, "双滦区") in relations, relations
    # the township's people in charge are no body's name
    assert not any("负责人" in label for label in typed), typed


def test_a_township_made_a_town_keeps_its_name():
    assert _made_a_town("西地乡", "西地镇")
    assert not _made_a_town("西地镇", "西地镇") and not _made_a_town("西地乡", "东地镇") and not _made_a_town("乡", "镇")


def test_people_in_charge_end_a_bodys_run():
    assert _run_ends("西地乡主要负责人及区财政局", "") == ()
    assert _run_ends("区财政局", "") == (4,)


def test_a_police_post_named_after_its_place_and_no_division_inside_a_name():
    _, typed, relations = extracted_labels(LINGWU)
    assert {"杜木桥警务室", "新华桥警务室", "韩渠警务室"} <= {label for label, t in typed.items() if t == "Agency"}, typed
    assert "杜木桥" not in typed and "新华桥" not in typed, typed
    assert typed.get("杨俊云") == "Person", typed  # 杨俊云|和|社区民警: no community 云和社区
    assert ("holdsPost", "杨俊云", "所长", "灵武市公安局崇兴派出所") in relations, relations


def test_a_chain_goes_on_in_an_office_named_after_its_task():
    _, typed, relations = extracted_labels(LINLI)
    assert ("holdsPost", "葛志刚", "副局长", "临澧县发展和改革局") in relations, relations
    assert ("holdsPost", "葛志刚", "主任", "临澧县重点办") in relations, relations


def test_a_division_heads_title_after_a_preposition_then_a_body_of_the_division():
    _, typed, relations = extracted_labels(QUANZHOU)
    assert ("holdsPost", "侯中华", "副县长", "全州县人民政府") in relations, relations
    assert ("holdsPost", "侯中华", "局长", "全州县公安局") in relations, relations
    assert ("holdsPost", "申腾", "政委", "全州县公安局") in relations, relations


def test_a_court_named_by_its_countys_short_name():
    for page, court, county in ((LUOTIAN, "罗田县人民法院", "罗田县"), (ANYUE, "安岳县人民法院", "安岳县")):
        _, typed, relations = extracted_labels(page)
        assert typed.get(court) == "Agency", typed
        assert ("locatedIn", court, None, county) in relations, relations
    _, typed, relations = extracted_labels(ANYUE)
    assert ("partOf", "通贤镇", None, "安岳县") in relations, relations


def test_no_place_ends_inside_a_communitys_name():
    _, typed, relations = extracted_labels(NANDAJIE)
    assert {"文亨花园社区", "金色新城社区"} <= {label for label, t in typed.items() if t == "AdministrativeDivision"}, typed
    assert not {"文亨花园", "街道文亨花园", "金色新城"} & set(typed), typed
    assert ("locatedIn", "南大街街道文体站", None, "南大街街道") in relations, relations


# a city's united-front page (衡阳市, 2017)
HENGYANG = ("由南华大学党委统战部、农工党衡阳市委、石鼓区委统战部共建的“同心社区”实践基地在石鼓区潇湘街道蒸水社区正式挂牌启动。"
            "市政协副主席、农工党衡阳市委主委许云生为基地授牌。揭牌仪式后,来自南华大学附一医院、市第三人民医院、"
            "市中医正骨医院的医务人员为居民义诊。")

# a city's review of a village (常州市, 2022): jieba 农业农村|处处|长谈|洁|等
CHANGZHOU = "日,常州市政府办公室副主任戴旭光、市财政局农业农村处处长谈洁等一行到指前镇东浦村开展常州市美丽乡村市级评审。"


def test_a_numbered_body_after_its_level_and_a_partys_committee_written_with_its_city():
    _, typed, relations = extracted_labels(HENGYANG)
    assert typed.get("衡阳市第三人民医院") == "Agency", typed
    assert ("holdsPost", "许云生", "主委", "农工党衡阳市委") in relations, relations
    assert "衡阳市农工党衡阳市委" not in typed, typed
    assert "同心社区" not in typed, typed  # a brand of the base, quoted: no community


def test_a_name_after_a_title_the_segmenter_read_across():
    _, typed, relations = extracted_labels(CHANGZHOU)
    assert ("holdsPost", "谈洁", "处长", "常州市财政局农业农村处") in relations, relations


def test_a_village_after_a_town_the_gazetteer_lacks_is_part_of_it():
    # xwlb-20230812-03 (flood rescue in 河北): 码头镇 (码头/n, a common head the gazetteer knows as a town's elsewhere)
    # and its village, neither linked
    _, typed, relations = extracted_labels("8月2日白天，码头镇沙窝村一村民家中有三名群众被困，其中有一名老人行动不便。")
    assert ("partOf", "沙窝村", None, "码头镇") in relations, relations


def test_a_hamlets_yard_named_after_its_village():
    # a city's observation of villages (常德, 2023): 幸福屋场, a program's named sites (jieba 新桥|村肖|家|幸福|屋场)
    page = ("在澧县码头铺镇万家岗村,一行来到周家湾。随后,观摩团一行还前往新桥村肖家幸福屋场,金罗镇界岭村龚家塝幸福屋场,实地了解各村幸福屋场建设、产业发展。")
    _, typed, relations = extracted_labels(page)
    assert ("locatedIn", "肖家幸福屋场", None, "新桥村") in relations, relations
    assert ("locatedIn", "龚家塝幸福屋场", None, "界岭村") in relations, relations
    assert "幸福屋场" not in typed and "村肖家幸福屋场" not in typed, typed


# --- a second set of 24 pages this round read (grassroots governance, county bureaus, appointments and congresses)

# a township's grid party branches (宜都市王家畈镇, 2021)
WANGJIAFAN = "根据各村、社区发展实际,按照“以强带弱”“以大带小”“以中心带边远”“产业相似”“地缘相近”5种模式,将全镇17个行政村分类组建为7个联村党委。"

# a community's first secretary (沙湾市, 2024): a street the gazetteer lacks between the city and its community
SHAWAN = "2月3日,沙湾市卫生健康工作委员会驻书香街道老沙湾路社区第一书记开展走访。沙湾市书香街道老沙湾路社区居民赵金华说:“我丈夫行走不便。”"

# a town's party congress in a county-level city's edition of a provincial paper (桐乡市乌镇镇, 2016)
WUZHEN = ("昨天下午,中国共产党乌镇镇第十四次代表大会开幕\n\n乌镇镇成为嘉兴首个党委换届单位\n\n"
          "2016年04月20日 09:51来源: 《钱江晚报·今日桐乡》 作者:\n\n"
          "  昨天下午,中国共产党乌镇镇第十四次代表大会正式开幕,乌镇镇成为嘉兴首个镇(街道)党委换届选举工作单位。"
          "市委副书记、市政法委书记蒋惠玲,市委常委、第十三届乌镇镇党委书记陶咏椿出席会议。"
          "代会是在全镇广大干部群众深入学习贯彻党的十八大和十八届三中、四中、五中全会精神的形势下召开的。\n")

# a city inspection of a county's work safety (成安县, 2020s)
CHENGAN = ("9月17日下午,市局第八督导组在刘志永副局长的带领下,到我县督导“迎国庆”期间安全生产工作。"
           "政府县长申瑞斌、县应急局局长杨冠军同志全程陪同。\n刘局长指出:当前正值保安全、迎国庆的关键时期,县政府和企业"
           "要时刻绷紧安全生产这一根弦;要进一步增强企业安全生产标杆意识,立足成安,一定要做好企业新形象。")

# a city construction bureau's survey (淮南市, 2021)
HUAINAN = "淮南市城乡建设局党组书记、局长徐辉,副局长张永强及有关科室前往谢家集区和田家庵区,专题调研城镇老旧小区改造工作。"

# a city transport bureau's visit (台州市, 2022)
TAIZHOU = ("7月4日,台州市交通运输局局长叶邦汉赴玉环市交通运输局调研。台州市局党委委员、副局长朱永芳,台州市局党委委员、"
           "市公路与运输管理中心主任李慧等参加调研。")

# people's congresses' appointments (绛县, 2018; 通州区, 2023) and a township's party congress (尚寨土家族乡, 2011)
JIANGXIAN = "绛县人大常委会召开会议。听取了县人民检察院代检察长张志浩作的关于刑事检察工作情况的报告。"
TONGZHOU = "通州区人大常委会召开会议。会议以无记名投票方式,任命李春雨、何娇、徐莉等18人为通州区人民法院审判员。"
SHANGZHAI = "会议首先听取和审议了由杨丽春同志代表尚寨土家族乡第七届党委、姚登攀代表乡纪委所作的工作报告。"


def test_quotations_counted_before_a_head_are_no_programs():
    _, typed, _ = extracted_labels(WANGJIAFAN)
    assert not [label for label, t in typed.items() if t == "Program" and "模式" in label], typed


def test_a_street_the_gazetteer_lacks_between_its_city_and_community():
    _, typed, relations = extracted_labels(SHAWAN)
    assert typed.get("书香街道") == "AdministrativeDivision", typed
    assert ("partOf", "书香街道", None, "沙湾市") in relations, relations


def test_a_papers_local_edition_is_the_pages_home_and_its_cities_committee():
    _, typed, relations = extracted_labels(WUZHEN)
    assert {"钱江晚报", "今日桐乡"} <= {label for label, t in typed.items() if t == "Agency"}, typed
    assert ("holdsPost", "蒋惠玲", "副书记", "桐乡市委") in relations, relations
    assert ("holdsPost", "陶咏椿", "常委", "桐乡市委") in relations, relations
    assert "嘉兴市委" not in typed and "四中" not in typed, typed  # 四中: a plenum, no school


def test_a_bureau_in_its_pages_jargon_and_a_heads_title_after_the_bodys_word():
    _, typed, relations = extracted_labels(CHENGAN)
    assert typed.get("邯郸市应急管理局") == "Agency" and "邯郸市局" not in typed, typed
    assert ("holdsPost", "申瑞斌", "县长", "成安县人民政府") in relations, relations
    assert ("holdsPost", "杨冠军", "局长", "成安县应急管理局") in relations, relations


def test_a_joiner_opens_no_short_name_before_a_division_written_whole():
    _, typed, _ = extracted_labels(HUAINAN)
    assert {"谢家集区", "田家庵区"} <= set(typed), typed
    assert "和田地区" not in typed and "新疆维吾尔自治区" not in typed, typed


def test_two_fields_joined_before_a_centre():
    _, typed, relations = extracted_labels(TAIZHOU)
    assert ("holdsPost", "李慧", "主任", "台州市公路与运输管理中心") in relations, relations


def test_acting_heads_counted_appointees_and_a_committees_term():
    _, _, relations = extracted_labels(JIANGXIAN)
    assert ("holdsPost", "张志浩", "代检察长", "绛县人民检察院") in relations, relations
    _, _, relations = extracted_labels(TONGZHOU)
    assert {("holdsPost", name, "审判员", "通州区人民法院") for name in ("李春雨", "何娇", "徐莉")} <= relations, relations
    _, typed, _ = extracted_labels(SHANGZHAI)
    assert typed.get("尚寨土家族乡党委") == "Agency", typed


def test_a_name_alone_on_the_pages_last_line_signs_it():
    # a town's grid heads start work (清徐县东于镇, 2013): the writer's name alone closes the page
    page = ("东于镇西高白村71名网格长正式上岗。\n镇党委对包村下乡干部、网格长进行了集中培训学习,为推进全镇网格化管理工作"
            "奠定了坚实基础。\n常映红\n")
    document = split_documents(Source(id="p", text=page, origin="p.txt"))[0]
    assert [r.name for r in document.reporters] == ["常映红"], document.reporters
    assert not document.text.rstrip().endswith("常映红"), document.text
    _, typed, _ = extracted_labels(page)
    assert typed.get("常映红") == "Person", typed
    # a closing line that is a word, not a name, signs nothing
    document = split_documents(Source(id="p", text=page.replace("常映红", "网格长"), origin="p.txt"))[0]
    assert not document.reporters, document.reporters


def test_a_minority_peoples_community_named_after_its_place():
    # a community's grid workers (肥东县杨店乡, 2023): the model reads 黄栗 a place; the gazetteer's 民族社区 are elsewhere
    _, typed, relations = extracted_labels("晨刊讯 杨店乡黄栗民族社区为进一步提高党建引领基层网格化治理水平,常态化开展入户走访。")
    assert ("partOf", "黄栗民族社区", None, "杨店乡") in relations, relations
    assert "黄栗" not in typed and "民族社区" not in typed, typed
    # a mode's words may count how often (xwlb-20230811-07), no kinds listed
    _, typed, _ = extracted_labels("推行“海关+安检”一次查验模式,旅客通关时间大幅缩短。")
    assert typed.get("“海关+安检”一次查验模式") == "Program", typed


def test_a_leaders_name_the_model_glued_into_a_phrase():
    # a district congress's appointments (上街区, 2017): the model reads 习近平总书记系列重要讲话精神 as one noun
    _, typed, relations = extracted_labels("二要牢记党的宗旨,认真履职尽责。要认真贯彻落实习近平总书记系列重要讲话精神。")
    assert typed.get("习近平") == "Person", typed
    assert ("holdsPost", "习近平", "总书记", "中共中央") in relations, relations


def test_a_plan_governs_the_works_after_it():
    # a city transport bureau's visit (台州市, 2022): 争取|相关工程 — some works, no name; 水利|工程 a sector's kind
    _, typed, _ = extracted_labels("台州市交通运输局局长叶邦汉赴玉环市交通运输局调研“四好农村路”建设等工作。"
                                   "要加快土地报批和政策处理工作,争取相关工程早日开工。引江济淮工程和水利工程建设加快推进。")
    programs = {label for label, t in typed.items() if t == "Program"}
    # (四好农村路, a program of the lexicon since round 44, is named so whatever its head)
    assert {"四好农村路", "引江济淮工程"} <= programs, programs
    assert not {p for p in programs if p.endswith("相关工程") or p == "水利工程"}, programs
    # (调研 there names a service: xwlb-20231113-03)
    _, typed, _ = extracted_labels("工业和信息化部开展企业高质量发展调研服务专项行动。")
    assert typed.get("企业高质量发展调研服务专项行动") == "Program", typed


def test_a_street_written_by_its_offices_short_name_before_its_village():
    # a district's rural revitalisation (宜昌市猇亭区, 2023): 云池街办 is the gazetteer's 云池街道 before its village
    _, typed, relations = extracted_labels("夏时分,猇亭区云池街办福善场村溪水潺潺,善溪冲水库波光粼粼。")
    assert ("partOf", "云池街道", None, "猇亭区") in relations, relations
    assert ("partOf", "福善场村", None, "云池街道") in relations, relations
    assert not [label for label, t in typed.items() if t == "Agency"], typed
    # where a verb follows, 街办 is the office (组织|村民: no village)
    _, typed, _ = extracted_labels("猇亭区云池街办组织村民开展清洁活动。")
    assert typed.get("猇亭区云池街办") == "Agency" and "云池街道" not in typed, typed


def test_dikes_bus_stations_and_a_camping_ground_are_places():
    # a county water bureau's dike inspection (蕉岭县, 2020s); a county's Spring Festival travel (紫阳县, 2016)
    _, typed, relations = extracted_labels("蕉岭县水务局副局长徐成江一行到新铺镇福矮堤围、矮辛堤围巡查。"
                                           "紫阳县副县长周继林一行先后来到县高客站等地,详细了解了春运客流量。")
    assert ("locatedIn", "福矮堤围", None, "新铺镇") in relations, relations
    assert typed.get("紫阳县高客站") == "Place", typed

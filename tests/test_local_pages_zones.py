"""Development zones and listed divisions on local pages (real pages of 2015-2024, public excerpts found with the
workplace's search tool): a zone named after its division is a division inside it (GUIDELINES.md: 荆州经济技术
开发区), its kind written out (高新区: 高新技术产业开发区) and written alone the page's one zone; the gazetteer's
rows a kind of zone alone names match no text; divisions listed by short names before one level word
(马楼、后方、孙口等三个乡(镇)); a credit line whose story runs on in it; a dateline of any medium before 讯
and credits; 一行 after a name; a division's discipline commission in a chain of posts, one office with its
supervisory commission; a government's office in another place; the towns of one county beside a word read as
another's town.  Each stage on a hand-built analysis as well as end to end."""
from __future__ import annotations

import kgraph
from kgraph.extraction.recognisers.listed import find_listed_divisions
from kgraph.extraction.recognisers.zones import find_zones
from kgraph.gazetteer import gazetteer
from kgraph.ingest import split_documents
from kgraph.model import Source

from .builders import analysis_of
from .conftest import by_label, related_pairs, titled_posts as _posts, agency_labels as _agencies
from kgraph.extraction.linkers import link_division


def _linked(an, written: str, full_name: str) -> None:
    node = next(n for n in gazetteer().by_name.nodes(full_name))
    start = an.text.index(written)
    link_division(an, start, start + len(written), written, node)


def test_a_zone_named_after_its_division_is_a_division_inside_it_on_a_hand_built_analysis():
    # a county's page (甘谷县, 2015): 参观考察|天水|经济技术开发区; 四平|红嘴|经济技术开发区 (a city paper, 2016)
    an = analysis_of("参观考察天水经济技术开发区。代表团先后到四平红嘴经济技术开发区考察。")
    _linked(an, "天水", "天水市")
    _linked(an, "四平", "四平市")
    find_zones(an)
    zones = {m.label: m for m in an.of_type("AdministrativeDivision") if m.prop("zone")}
    assert set(zones) == {"天水经济技术开发区", "四平红嘴经济技术开发区"}
    parents = {(f.subject, f.object) for f in an.facts if f.predicate == "partOf"}
    assert (zones["天水经济技术开发区"].key, next(m.key for m in an.mentions if m.label == "天水市")) in parents


def test_a_verb_between_a_division_and_a_kind_of_zone_makes_no_zone():
    an = analysis_of("天水市推进经济开发区建设。")
    _linked(an, "天水市", "天水市")
    find_zones(an)
    assert not [m for m in an.of_type("AdministrativeDivision") if m.prop("zone")]


def test_zones_end_to_end():
    # a prefecture's paper (赤峰市, 2020): 市长王旺盛到|赤峰|高新技术产业开发区|东山园区调研; the gazetteer's row 高新技术
    # 产业开发区 (under 涿州市) is no division of the text, nor is 涿州市's government the mayor's
    text = "5月27日,市委副书记、市长王旺盛到赤峰高新技术产业开发区东山园区调研项目建设。"
    divisions = by_label(kgraph.extract_text(text), "AdministrativeDivision")
    assert "赤峰高新技术产业开发区" in divisions and "涿州市" not in divisions
    assert ("赤峰高新技术产业开发区", "赤峰市") in related_pairs(text, "partOf")
    # a county's page (甘谷县, 2015): the zone's 管委会 lies in the zone; 国家级经济技术开发区 is a kind, no place
    text = ("甘谷县组织本辖区的市人大代表参观考察天水经济技术开发区,天水经济技术开发区管委会负责人"
            "介绍情况。天水经济技术开发区2010年4月被国务院批准升格为国家级经济技术开发区。")
    assert ("天水经济技术开发区管委会", "天水经济技术开发区") in related_pairs(text, "locatedIn")
    assert not by_label(kgraph.extract_text(text), "Place")
    # a procuratorate's paper (邢台, 2024): 邢台开发区|人民检察院
    assert ("邢台开发区人民检察院", "邢台开发区") in related_pairs(
        "河北法制报讯 (王思萌)邢台开发区人民检察院深入开展公益检察工作。", "locatedIn")


def test_one_zone_however_its_kind_is_written_and_the_kind_alone_is_it():
    # a county-level city's zone (穆棱市, 2017): 穆棱经济开发区 … 穆棱开发区 … 到|开发区|企业
    result = kgraph.extract_text("穆棱经济开发区。3月28日,牡丹江市政协副主席赵中三一行莅临穆棱经济开发区调研工作。"
                                 "赵中三到开发区企业调研,穆棱开发区负责人陪同。")
    zones = [label for label, e in by_label(result, "AdministrativeDivision").items() if e.prop("zone")]
    assert zones == ["穆棱经济开发区"]
    # 一行 (his party) is no part of the name
    assert "赵中三" in by_label(result, "Person") and "赵中三一行" not in by_label(result, "Person")
    # a city paper (四平, 2016): 长三角|开发区|联盟 — the kind inside another name is no zone
    result = kgraph.extract_text("四平日报讯(记者 邵杰)长三角开发区联盟代表团来平考察,到四平红嘴经济技术开发区考察。")
    assert "四平红嘴经济技术开发区联盟" not in by_label(result, "Agency")


def test_divisions_listed_by_short_names_before_one_level_word_on_a_hand_built_analysis():
    # a county judicial bureau's page (台前县, 2016): 先后到|马楼、后方、孙口|等三个乡(镇)
    an = analysis_of("台前县司法局。张鲁海同志先后到马楼、后方、孙口等三个乡(镇)调研。")
    _linked(an, "台前县", "台前县")
    find_listed_divisions(an)
    assert {m.label: m.text for m in an.of_type("AdministrativeDivision")} == {
        "台前县": "台前县", "马楼镇": "马楼", "后方乡": "后方", "孙口镇": "孙口"}


def test_listed_divisions_end_to_end():
    # a county's page (湘潭县, 2019): 分赴|石潭、杨嘉桥、花石|3个乡镇 — no person 杨嘉桥, no place 石潭
    text = ("湘潭县纪委监委相关负责人说,去年4月,该县迈出试行派驻村级纪检员制度“第一步”,"
            "76名纪检员分赴石潭、杨嘉桥、花石3个乡镇,首批末端监督“探头”到岗。")
    result = kgraph.extract_text(text)
    assert {"石潭镇", "杨嘉桥镇", "花石镇"} <= set(by_label(result, "AdministrativeDivision"))
    assert ("杨嘉桥镇", "湘潭县") in related_pairs(text, "partOf")
    assert not by_label(result, "Person") and not by_label(result, "Place")
    # a district's paper (万秀区, 2015): 先后到|民主、东正、北山、珠山|社区
    result = kgraph.extract_text("本报讯 4月28日,万秀区委常委、宣传部部长、副区长李联强先后到民主、东正、北山、"
                                 "珠山社区开展调研走访活动。")
    assert {"民主社区", "北山社区", "珠山社区"} <= set(by_label(result, "AdministrativeDivision"))
    assert "北山" not in by_label(result, "Place")
    # a list is read only where two of its names are the county's divisions: 万秀区 has a 民主社区, no 法治社区
    result = kgraph.extract_text("万秀区召开会议,推进民主、法治等社区治理工作。")
    assert set(by_label(result, "AdministrativeDivision")) <= {"广西壮族自治区", "梧州市", "万秀区"}


def _document(text: str):
    return split_documents(Source(id="p", text=text, origin="p"))[0]


def test_a_story_running_on_in_its_bulleted_credits_line_stays_text():
    # a legal daily's page (2024): □ 本报记者 曹天健 □ 本报通讯员 羊文智 刘海鹏 “老张,…” — the story in the credits' line
    doc = _document("□ 本报记者 曹天健 □ 本报通讯员 羊文智 刘海鹏 “老张,别人说的我不听,我就信你。”7月30日上午,记者在"
                    "胶州市公安局阜安派出所调解室里,目睹了一幕。这位调解员是退休民警张宗清。 前几天,王大爷家养的狗吓到了孩子。")
    assert [r.name for r in doc.reporters] == ["曹天健", "羊文智", "刘海鹏"]
    assert doc.text.startswith("“老张") and "张宗清" in doc.text
    # a credits line alone is still all credits
    doc = _document("□ 本报记者 曹天健 □ 本报通讯员 羊文智\n胶州市公安局召开会议。")
    assert [r.name for r in doc.reporters] == ["曹天健", "羊文智"] and doc.text == "胶州市公安局召开会议。"


def test_a_dateline_of_any_medium_before_xun_and_credits():
    # a city's news site (镇江, 2023): 今日镇江讯(通讯员 陈卓雅 姜锁平 全媒体记者 佘记其)
    doc = _document("今日镇江讯(通讯员 陈卓雅 姜锁平 全媒体记者 佘记其)为持续改善人居环境,9月18日上午,吕城镇吹响冲锋号。")
    assert [r.name for r in doc.reporters] == ["陈卓雅", "姜锁平", "佘记其"]
    assert doc.text.startswith("为持续")
    # a site's dateline with 消息 for 讯 (a city's news site, 2021): 海口网5月28日消息(见习记者周德晓 摄影报道)
    doc = _document("海口网5月28日消息(见习记者周德晓 摄影报道)5月28日下午,海口市副市长到现场检查。")
    assert [name for name, _, _ in doc.publishers] == ["海口网"] and [r.name for r in doc.reporters] == ["周德晓"]
    # but a national medium's story's head is its text (xwlb-2023: 央视网消息（新闻联播）：, the bracket a programme)
    doc = _document("央视网消息（新闻联播）：中共中央政治局常委蔡奇10月18日下午出席论坛并致辞。")
    assert doc.text.startswith("央视网消息") and not doc.reporters
    # a time before 讯 is no medium
    doc = _document("近日讯(记者 王强)县里召开会议。")
    assert not doc.publishers


def test_the_discipline_commission_in_a_chain_is_the_divisions_and_one_office_with_the_supervisory():
    # a county's page (盐亭县, 2021): 来源: 盐亭县纪委监委 … 县委常委、|纪委|书记、|监委|主任|刘帆 — the county's 纪委 (no
    # unit of 县委), one office with its 监委 where the page names the joint office
    text = ("来源: 盐亭县纪委监委\n10月20日,盐亭县召开巡察工作动员部署会。县委常委、组织部长、县委巡察工作领导小组副组长"
            "张珏主持会议,县委常委、纪委书记、监委主任刘帆出席会议。")
    posts = _posts(text)
    assert {("刘帆", "盐亭县纪委监委", "书记"), ("刘帆", "盐亭县纪委监委", "主任"), ("刘帆", "盐亭县委", "常委"),
            ("张珏", "盐亭县委组织部", "部长")} <= posts
    agencies = _agencies(text)
    assert not {a for a in agencies if a.startswith("盐亭县委纪委") or a == "盐亭县委组织"}
    # without the joint office named, the two bodies stay the county's two
    posts = _posts("盐亭县召开会议。县委常委、纪委书记、监委主任刘帆出席会议。")
    assert {("刘帆", "盐亭县纪委", "书记"), ("刘帆", "盐亭县监委", "主任")} <= posts


def test_a_governments_office_in_another_place_is_one_body_and_its_place_names_no_city_of_the_page():
    # a city paper (四平日报, 2016): 省政府|驻|上海|办事处 … 市委常委、常务副市长陈强 (四平市委, not 上海市委)
    text = ("四平日报讯(记者 邵杰)省政府驻上海办事处组织长三角开发区联盟代表团一行20人来平考察。省政府驻上海办事处副主任"
            "赵金敏、市委常委、常务副市长陈强参加活动。")
    agencies = _agencies(text)
    assert "吉林省人民政府驻上海办事处" in agencies
    assert not agencies & {"上海市办事处", "上海市委", "上海市人民政府"}
    assert {("陈强", "四平市委", "常委"), ("陈强", "四平市人民政府", "常务副市长")} <= _posts(text)


def test_the_towns_of_one_county_tell_the_page_beside_a_word_read_as_another_countys_town():
    # a county's site (黎川县, 2025): 深入|部|分乡镇 (jieba 部分: 分乡镇 is a town of 夷陵区) … 湖坊乡、潭溪乡
    text = ("郑锦锋深入部分乡镇督查防汛工作\n5月19日,县委书记郑锦锋深入湖坊乡、潭溪乡督查防汛工作。"
            "在湖坊乡西坑水库,郑锦锋沿着堤坝了解水位变化。")
    assert ("郑锦锋", "黎川县委", "书记") in _posts(text)


# a county-level city's CPPCC site (穆棱市, 2017): its links and menu over the story, a city's delegation that
# comes to the city's zone, the zone's 管委会, and firms of the zone
ZONE_VISIT_PAGE = """> 穆棱门户   > 市人大   > 市 委   > 市政府
设为首页  /  加入收藏
 首页  政协概况  政协动态  政协会议  政协资料  建言立论  规章制度  自身建设  委员之窗
您的当前位置: 首页>>建言立论>>调查视察>>正文
牡市政协副主席赵中三到开发区企业进行调研
2017-03-29 10:08  穆棱经济开发区

3月28日,牡丹江市政协副主席、市工业和信息化委员会主任赵中三一行莅临穆棱经济开发区调研工作,实地察看园区发展及工业项目建设情况。市委常委、统战部长刘学凯,市工信局局长郝刚,开发区管委会副主任孙玉岭陪同调研。
赵中三一行先后深入到黑龙江君鹤门业有限公司、穆棱市电站阀门有限公司、黑龙江升华包装有限公司进行调研。
"""


def test_a_site_menu_names_no_body_and_a_delegations_hosts_bodies_are_the_hosts():
    result = kgraph.extract_text(ZONE_VISIT_PAGE)
    agencies = set(by_label(result, "Agency"))
    # the links and the menu are furniture: no 穆棱市人大, 穆棱市政协 of them
    assert not agencies & {"穆棱市人大", "穆棱市人民政府", "穆棱市政协"}
    # the guests came from 牡丹江市 to 穆棱 (一行|莅临): 市委, 市工信局 after them are the hosts'
    posts = _posts(ZONE_VISIT_PAGE)
    assert {("刘学凯", "穆棱市委", "常委"), ("刘学凯", "穆棱市委统战部", "部长"), ("郝刚", "穆棱市工业和信息化局", "局长"),
            ("孙玉岭", "穆棱经济开发区管委会", "副主任")} <= posts
    assert not {a for a in agencies if a.startswith("牡丹江市委")}
    # a registered firm's name is one name: no body 穆棱市电站
    assert "穆棱市电站阀门有限公司" in agencies and "穆棱市电站" not in agencies
    assert ("穆棱经济开发区管委会", "穆棱经济开发区") in related_pairs(ZONE_VISIT_PAGE, "locatedIn")


def test_a_roster_of_names_apart_by_wide_spaces_is_no_menu():
    text = "县委常委会召开会议。出席会议的有:\n张建国  李红梅  王海涛  刘晓东\n会议研究了有关事项。"
    assert "李红梅" in "".join(doc.text for doc in split_documents(Source(id="p", text=text, origin="p")))


def test_the_bodies_that_run_a_site_are_named():
    # a district's site (綦江区, 2023): 主办:中共重庆市綦江区委 重庆市綦江区人民政府 承办:重庆市綦区融媒体中心 — bodies
    # named in the site's header (GUIDELINES: bodies and media named anywhere, source lines too)
    text = ("主办:中共重庆市綦江区委 重庆市綦江区人民政府 承办:重庆市綦区融媒体中心 技术支持:新华网重庆频道 华龙网\n\n"
            "三江街道三河街社区:“党建+”畅通社区治理\n三河街社区位于三江街道东南部。对此,该社区积极配合街道党工委、"
            "办事处,争取到老旧社区改造资金。")
    agencies = _agencies(text)
    assert {"綦江区人民政府", "重庆市綦区融媒体中心"} <= agencies
    assert any(a.endswith("綦江区委") for a in agencies)
    # 街道党工委: the street's the page names (三江街道), as 镇党委 is a town's
    assert ("三江街道党工委", "三江街道") in related_pairs(text, "locatedIn")


def test_a_name_closing_an_item_of_a_list_of_officials_that_the_model_missed():
    # a district's page (北塔区, 2022): 监委副主任|向震东/p|、|区人民检察院|副检察长|羊/n|建章/v|、 — the names close
    # their items; 区人民检察院 after 、 is the district's, no unit of 监委
    text = ("北塔区人大常委会召开会议。区人大常委会办公室主任陈建志、区纪委副书记、监委副主任向震东、区人民检察院副检察长"
            "羊建章、拟任命的区政府组成部门负责人列席会议。")
    assert {("向震东", "北塔区纪委", "副书记"), ("向震东", "北塔区监委", "副主任"),
            ("羊建章", "北塔区人民检察院", "副检察长")} <= _posts(text)
    assert not {a for a in by_label(kgraph.extract_text(text), "Agency") if a.startswith("北塔区监委区")}


def test_a_word_a_level_character_opens_is_no_body_and_a_title_is_no_unit():
    # xwlb-2023: 全面建设|区域|养老服务中心 on a story naming 南京江宁经济技术开发区 — no body of a 区
    text = "南京江宁经济技术开发区等10个园区为试点。通过全面建设区域养老服务中心等措施,养老服务体系更加完善。"
    assert not {a for a in by_label(kgraph.extract_text(text), "Agency") if "养老服务中心" in a}
    # xwlb-2023: 交巡警总队原党委书记、|总队长|陈军 — 总队长 is a title, no unit 总队 of the body
    text = "重庆市公安局交巡警总队原党委书记、总队长陈军接受审查调查。"
    assert not {a for a in by_label(kgraph.extract_text(text), "Agency") if a.endswith("市总队")}


def test_a_community_heads_title_after_its_name_is_held_in_its_council():
    # a town's paper (柳江区, 2018): 建都社区|主任|曾又祥/d|介绍 — the model read no name; the title names the council
    text = "建都社区成立于2001年5月,位于柳江区拉堡镇东南面。建都社区主任曾又祥介绍,此前群众就向社区反映过问题。"
    assert ("曾又祥", "建都社区居民委员会", "主任") in _posts(text)
    # a town's head keeps his government
    assert ("李明辉", "城关镇人民政府", "镇长") in _posts("公安县召开会议。城关镇镇长李明辉出席。")


def test_an_autonomous_prefectures_bodies_by_its_level_character():
    # a prefecture's paper (黔东南州, 2015): 州委常委、常务副州长王贵, 州人民检察院检察长陈继忠 — 州 abbreviates the
    # autonomous prefecture as 县 a county; its committee is written 黔东南州委 too
    text = ("黔东南州人大常委会召开会议。州委常委、常务副州长王贵,副州长潘亮,州中级人民法院院长王四新,"
            "州人民检察院检察长陈继忠列席会议。")
    result = kgraph.extract_text(text)
    agencies = by_label(result, "Agency")
    assert {"黔东南苗族侗族自治州人民检察院", "黔东南苗族侗族自治州中级人民法院", "黔东南苗族侗族自治州委"} <= set(agencies)
    assert "黔东南州委" in agencies["黔东南苗族侗族自治州委"].aliases
    assert ("陈继忠", "黔东南苗族侗族自治州人民检察院", "检察长") in _posts(text)


def test_a_court_or_procuratorate_after_a_level_character_is_the_divisions():
    # 县|人民检察院, 县|人民法院: a kind of body alone (人民检察院) names none, after a level character the county's
    text = "公安县召开会议。县人民检察院检察长王明、县人民法院院长李强出席。"
    assert {"公安县人民检察院", "公安县人民法院"} <= _agencies(text)
    # but a kind of every body stays none: 社区|党组织
    assert not by_label(kgraph.extract_text("东苑社区召开会议。社区党组织主导议事。"), "Agency").keys() & {
        "东苑社区党组织"}


def test_every_division_heads_title_is_a_title():
    # data/lexicon/division_titles.tsv names the body of each head's title (常务副州长: 人民政府); a title the
    # titles' lexicon lacks is never read (州委常委、|常务副州长|王贵, a prefecture's paper, 2015)
    from kgraph.resources import lexicon, table
    assert {row[0] for row in table("division_titles.tsv")} <= set(lexicon("titles.txt"))


def test_a_banners_short_name_with_its_level_and_a_sumus_bodies():
    # a banner's township page (科尔沁左翼中旗, 2024): 科左中旗 (the gazetteer's short name, its level kept) is the
    # banner; 苏木 abbreviates the township (苏木|政府副苏木达|包爱华) as 镇 a town, and 副苏木达 is its head's deputy
    text = ("8月19日,旗政府副旗长齐广利一行到敖包苏木调研。敖包苏木政府副苏木达周广亮陪同。\n"
            "8月19日,科左中旗国家现代农业产业园服务中心主任孙志强一行到敖包苏木推进工作。苏木政府副苏木达包爱华陪同。")
    result = kgraph.extract_text(text)
    assert "科尔沁左翼中旗" in by_label(result, "AdministrativeDivision")
    assert "政府副苏木" not in by_label(result, "AdministrativeDivision")
    posts = _posts(text)
    assert {("齐广利", "科尔沁左翼中旗人民政府", "副旗长"), ("包爱华", "敖包苏木人民政府", "副苏木达")} <= posts


def _programs(text: str) -> set[str]:
    return set(by_label(kgraph.extract_text(text), "Program"))


def test_national_works_named_bare_are_programs():
    # a town's paper (丹阳, 2023): 吕城镇吹响|农村人居环境|集中整治的“冲锋号”… 推进|和美乡村|建设; xwlb-2023 names
    # 和美乡村 22 times, 美丽乡村 30
    programs = _programs("吕城镇开展农村人居环境整治,助力和美乡村建设。")
    assert {"农村人居环境整治", "和美乡村"} <= programs
    # a procuratorate's page (穆棱市, 2021): 政法队伍|教育整顿
    assert "政法队伍教育整顿" in _programs("穆棱市人民检察院召开政法队伍教育整顿动员部署会。")


def test_a_project_named_after_its_owner_is_a_program():
    # a county's page (甘谷县, 2015) and a city's (赤峰, 2020): the firm or the division, what it builds, 项目
    programs = _programs("考察团参观了天水卷烟厂技改扩能项目,察看赤峰启辉铝业氧化铝项目建设情况。")
    assert {"天水卷烟厂技改扩能项目", "赤峰启辉铝业氧化铝项目"} <= programs
    # a year, a count, a visit or a kind between them names none (贞丰县|2019年|项目, 宝鸡港务区|299个|项目)
    programs = _programs("贞丰县2019年项目集中开工,宝鸡市299个项目同步开工,市长到东山园区调研项目建设,开发区产业项目进展顺利。")
    assert not {p for p in programs if p.endswith("项目")}
    # a firm the model reads by its name alone, no agency of the graph (a county's page, 2019: 县经济开发区内的|佳诚/ORG|
    # 汽车配件|项目、|春昌钨业/ORG|深加工|项目)
    programs = _programs("督查组查看了县经济开发区内的佳诚汽车配件项目、春昌钨业深加工项目。")
    assert {"佳诚汽车配件项目", "春昌钨业深加工项目"} <= programs


def test_a_county_level_citys_own_bodies_when_its_prefectures_delegation_visits():
    # a county-level city's police page (东宁市): 牡丹江市副市长、市公安局长杜吉君|来我市|调研…。|市委|常委、副市长黄书文
    # 陪同 — the guests are the page's prefecture's; the hosts' 市委 is 东宁市's, the one city of the prefecture it names
    text = ("3月15日,牡丹江市副市长、市公安局长杜吉君来我市调研公安工作。市委常委、副市长黄书文陪同调研。"
            "省公安厅先后4次做出向东宁市公安局学习的决定。\n在座谈中,牡丹江市副市长、市公安局长杜吉君认真听取了汇报。")
    posts = _posts(text)
    assert {("黄书文", "东宁市委", "常委"), ("黄书文", "东宁市人民政府", "副市长"),
            ("杜吉君", "牡丹江市公安局", "局长")} <= posts
    assert ("杜吉君", "东宁市公安局", "局长") not in posts


def test_a_pages_place_in_its_site_tells_where_it_is_at_home():
    # a city's news site (天津在线, 2021): 首页> 天津区域> 宁河> 正文 … 区委书记王洪海 — 宁河区委; the zone alone before a
    # firm is no part of the firm's name (举报的|经济开发区|义聚永酒业酿造有限公司)
    text = ("天津在线\n\n首页> 天津区域> 宁河> 正文\n\n王洪海在经济开发区暗访“四大专项行动”开展情况\n\n"
            "2月10下午,针对群众举报的经济开发区义聚永酒业酿造有限公司周边乱堆乱放工业垃圾问题,区委书记王洪海深入问题点位。")
    assert ("王洪海", "宁河区委", "书记") in _posts(text)
    assert "义聚永酒业酿造有限公司" in by_label(kgraph.extract_text(text), "Agency")
    # a county's site (黎川县, 2025): > 要闻动态 > 黎川要闻
    text = "首页\n> 要闻动态 > 黎川要闻\n\n郑锦锋督查防汛工作\n\n5月19日,县委书记郑锦锋深入乡镇督查防汛工作。"
    assert ("郑锦锋", "黎川县委", "书记") in _posts(text)


def test_a_divisions_cppcc_named_in_full_and_the_hall_it_meets_in():
    # a county's page (沧源佤族自治县, 2025): 中国人民政治协商会议|沧源佤族自治县|第十四届委员会|第四次会议|在|县委|报告厅
    text = ("2月22日下午,中国人民政治协商会议沧源佤族自治县第十四届委员会第四次会议在县委报告厅隆重开幕。"
            "县政协主席李文明代表政协沧源佤族自治县第十四届委员会常务委员会向大会报告工作。")
    # the division's 政协, no national body, no cut name, no unit of the committee that is its hall
    assert {a for a in _agencies(text) if "政协" in a or "政治协商" in a or "报告厅" in a} == {"沧源佤族自治县政协"}
    assert ("李文明", "沧源佤族自治县政协", "主席") in _posts(text)


def test_a_kind_of_body_before_xitong_is_every_body_of_the_kind_and_a_media_author_no_one():
    # a district court's page (辽中区, 2021): 被评为|沈阳市|法院|系统|优秀法官 — every court of the city, no body
    result = kgraph.extract_text("法庭庭长李铁权多次被评为沈阳市法院系统优秀法官。沈阳市公安局召开会议。")
    assert set(by_label(result, "Agency")) == {"沈阳市公安局"}
    # a county's site (沧源佤族自治县, 2025): 作者:沧源融媒 — its media centre, no person
    text = "来源:沧源融媒    作者:沧源融媒    时间:2025-02-22 23:48\n\n2月22日下午,县政协会议开幕。"
    assert "沧源融媒" not in by_label(kgraph.extract_text(text), "Person")
    # a county bureau's page (大竹县, 2020): 作者:通讯员 — a role, no one
    text = "发布时间:2020-09-28 16:14:00    来源:大竹县市场监督管理局    浏览量:   作者:通讯员\n\n9月27日,副县长检查月饼市场。"
    assert not by_label(kgraph.extract_text(text), "Person")


def test_a_villages_facilities_are_no_places_and_the_village_is_read():
    # a prefecture's paper (甘南日报, 2012): 实施了|业库村|村道|改建工程, 维修了|村桥, 建成亚安村|文化活动广场
    text = "迭部县召开会议。投资210万元实施了业库村村道改建工程,帮助安子村维修了村桥和村文化室,建成亚安村文化活动广场。"
    result = kgraph.extract_text(text)
    assert not set(by_label(result, "Place")) & {"业库村村道", "村道", "村桥", "村文化室"}
    assert {"业库村", "安子村", "亚安村"} <= set(by_label(result, "AdministrativeDivision"))


def test_a_banks_and_a_firms_branches_are_bodies():
    # a county's poverty-relief page (九龙县, 2017): 中国农业银行四川省分行 (分行/v to the dictionary: to split lines)
    agencies = set(by_label(kgraph.extract_text("中国农业银行四川省分行捐赠物资。农行九龙支行行长李强出席。"), "Agency"))
    assert {"中国农业银行四川省分行", "农行九龙支行"} <= agencies


def test_a_verb_ending_in_zhu_hides_no_division_and_a_bare_zone_kind_keeps_its_kind():
    # only an office's stationing hides the place from a level word (省政府|驻|上海|办事处); 督察组|进驻|河南省 is the
    # province inspected, whose 省委 the sentence names
    assert ("楼阳生", "河南省委", "书记") in _posts(
        "湖北省召开会议。中央第三生态环境保护督察组进驻河南省开展督察，省委书记楼阳生出席动员会。")
    # a bare kind is the page's one zone only of its kind: 高新区 is no 天水经济技术开发区
    result = kgraph.extract_text("甘谷县组织代表参观考察天水经济技术开发区。代表们到高新区企业参观,又到开发区企业调研。")
    zone = by_label(result, "AdministrativeDivision")["天水经济技术开发区"]
    assert {m.text for m in zone.mentions} == {"天水经济技术开发区", "开发区"}


def test_a_function_word_before_a_level_character_names_no_division_by_its_first_character():
    from kgraph.extraction.recognisers.agencies import _divisions_by_first_character, _named_by_its_first_character
    an = analysis_of("和平区副区长王明出席。街道和区委负责人参加。牡市政协副主席出席。牡丹江市召开会议。")
    _linked(an, "和平区", "和平区")
    _linked(an, "牡丹江市", "牡丹江市")
    by_first = _divisions_by_first_character(an)
    assert _named_by_its_first_character(an, "区", an.text.index("区委"), by_first) is None
    assert _named_by_its_first_character(an, "市", an.text.index("市政协"), by_first).label == "牡丹江市"


def test_a_page_naming_one_county_and_its_towns_is_at_home_there():
    # a city's page (固原市, 2021), no publisher: 市委常委、组织部部长余剑雄…调研指导|西吉县|村(社区)…|兴隆镇|单南村和|
    # 将台堡镇|保林村 — 兴隆镇 names 33 towns, one of them 西吉县's: 市委 is 西吉县's city's, 县委 西吉县's
    text = ("3月2日,市委常委、组织部部长余剑雄带领调研组调研指导西吉县村(社区)“两委”换届选举工作。县委常委、组织部部长"
            "高耀明一同参加。\n余剑雄一行先后深入兴隆镇单南村和将台堡镇保林村进行实地调研。")
    assert {("余剑雄", "固原市委", "常委"), ("高耀明", "西吉县委", "常委")} <= _posts(text)
    # a firm's short name before a division and a branch's head: 农行|四川省|分行, no body of 四川省
    agencies = set(by_label(kgraph.extract_text("中石油西南油气田公司、农行四川省分行派人参加。"), "Agency"))
    assert "农行四川省分行" in agencies and "四川省分行" not in agencies


def test_a_venue_written_after_its_divisions_level_character_is_named_with_the_division():
    # a county's 政法 meeting (建平县, 2018): 会议在|县|人民会堂|召开 — 建平县人民会堂, as 县|法院 is 建平县人民法院
    result = kgraph.extract_text("建平县召开政法工作会议。会议在县人民会堂召开。")
    assert "建平县人民会堂" in by_label(result, "Place")
    assert ("建平县人民会堂", "建平县") in related_pairs("建平县召开政法工作会议。会议在县人民会堂召开。", "locatedIn")


def test_a_great_campaign_and_a_citys_two_campaigns_named_together():
    # a district's page (海棠区, 2018): 召开|社会文明大行动|暨|创文巩卫|工作会议 … 总结一年来的|巩卫|工作 — the campaigns,
    # and 巩卫 no person (巩 is a surname); a street's (2025): 开展|爱国卫生大行动
    programs = _programs("3月8日上午,海棠区召开社会文明大行动暨创文巩卫工作会议。总结一年来的巩卫工作。社区开展爱国卫生大行动。")
    assert {"社会文明大行动", "创文巩卫", "巩固国家卫生城市", "爱国卫生大行动"} <= programs
    assert "巩卫" not in by_label(kgraph.extract_text("总结一年来的巩卫工作。"), "Person")


def test_a_numbered_slogan_of_work_quoted_on_a_local_page_is_a_program():
    # local pages (2019-2024): 采取“四不两直”方式, 围绕省、市“两强一增”的统一部署, 村委主任“一肩挑”
    def local(text: str) -> set[str]:
        return set(by_label(kgraph.extract_text(text, region="潮阳区"), "Program"))
    programs = local("区长黄晓欢采取“四不两直”方式,赴新津检查。要围绕省、市“两强一增”的统一部署。村党组织书记、村委主任“一肩挑”。")
    assert {"“四不两直”", "“两强一增”", "“一肩挑”"} <= programs
    # an idiom of the dictionary is none, nor a saying opening with an adverb
    assert not local("大家“一心一意”谋发展。他叮嘱大家“一定要注意安全”，区长说“千万不能放松”。")
    # nor a national medium's formula of the party (xwlb-2023), nor one in a story with no home (pd-dev's sentences)
    assert not {e.label for e in kgraph.extract_text("坚定拥护“两个确立”。", publication="新闻联播").entities
                if e.type == "Program"}
    assert not _programs("增强“四个意识”、坚定“四个自信”、做到“两个维护”。")
    # nor people of a kind counted (the sample page: “两代表一委员”, “九员志愿者”)
    assert not local("邀请“两代表一委员”参与监督,组建“九员志愿者”队伍。")

"""Local pages of round 46's read set (24 pages of Sichuan, Chongqing, Guizhou and Yunnan; Shandong, Henan, Hebei,
Tianjin and Beijing; Zhejiang, Jiangsu, Anhui and Shanghai; a blind set of 24 others stands beside them): each rule
tested on its page's sentences, and on the function it lives in with the model's words given by hand."""
from __future__ import annotations

from kgraph.extraction.analysis import Analysis, Region
from kgraph.extraction.recognisers.divisions import _opens_a_persons_name, _split_by_both_readers, scan
from kgraph.extraction.recognisers.places import a_graded_kind
from kgraph.extraction.tagger import Token
from kgraph.ingest.layout import split_documents
from kgraph.model import Document, Source

from .builders import extracted_labels

# a village's party secretary shows reporters round (人民网, 2023): the model reads his name once as a person, then 常德/LOC
JIANGXIANG = ("4月24日,“中国式现代化的长三角实践”网络主题采访团走进蒋巷村,年近80岁的蒋巷村党委第一书记常德盛带领沿着蒋巷村史馆、农民新家园、低碳种养园、生态观光园的路线作讲解。常德盛思路"
              "清晰、声音宏亮,谈起蒋巷村,如数家珍:2022年全村总产值达10亿元,村级稳定性收入2850万元,人均可支配收入6.25万元,人均股份制分红1万元。目前净资产达3.66亿元,流动资"
              "金有1.4亿元。“现在家家户户都住上了220平方米的别墅。”常德盛说,“每栋别墅造价30多万元,村里以12.8万元的价格卖给村民居住。”\n"
              "蒋巷村党委第一书记常德盛在村史馆为采访团作讲解。人民网记者 杨文全摄\n"
              "学者总结提炼了以顺应民情善聚民心为内涵的常德盛“乡情工作法”。")

# a county's work team in the villages (河南日报, 2023): 和 joins, 田间 is the fields
XIHUA = "工作组全员走村入户,按照分工深入群众家中和田间地头与群众拉家常、话农事,倾听群众意见。"

# a city's deputy head inspects chemical parks (a city's environment bureau, 2019): 化工园区 ends each park's name
YANCHENG = ("10月14-15日,副市长蒋巍赴响水、滨海、东台等地,深入部分园区和企业督查指导环保工作。局长周俊陪同。副局长孔令逸参加。\n"
            "其他\n"
            "副市长蒋巍赴响水等地督查指导环保工作\n"
            "在听取相关情况汇报和实地督查后,蒋巍肯定各地环保工作取得的成绩。他指出,要充分认识环保工作的长期性,全面贯彻落实中央和省市的决策部署,全力以赴抓好生态环境保护各项工作。在响水生态化"
            "工园区、滨海沿海工业园、东台高新技术园区,他强调,要按照“263”整治要求,将“减化”工作落到实处,进一步推动化工企业转型升级,要持续推动园区全方位提升,努力将园区建设成为生态园区"
            "、绿色园区。")

# a township court sits in a village's group (a county court's page, 2021)
YONGDE = ("在云南省临沧市永德县乌木龙乡,罗青松常年与同事们背着国徽行走在深山峡谷。2021年1月,一起土地纠纷案在木厂村平掌村民小组开庭。"
          "罗青松今年50岁,现任永德县人民法院乌木龙法庭庭长。")

# a district's communities and a photo's credit closing its caption (新京报, 2023)
HUITIAN = ("回天地区开展基层协商议事体系建设试点工作,选取了回龙观街道、天通苑北街道为试点。\n"
           "在融泽家园一区2号院,100米的“融情步道”全部铺设了塑胶,融入了更多童趣、彩绘的元素。新京报记者 田杰雄 摄\n"
           "“按说我们小区建成还不到十年,算个新小区,但当时那路面可不太协调。”")

# a news portal's Tianjin channel (2022): its menus, then the story
TIANJIN_MENUS = ("首页 资讯 民生 科技 财经 汽车 房产 娱乐 文化 能源 公益 时尚 健康 图片\n\n天津\n\n"
                 "旗下栏目: 北京 上海 广东 河北 天津 海南 山西 吉林 江苏 浙江 安徽 福建 江西\n\n"
                 "张工赴河东区调研并宣讲党的二十大精神\n\n17日上午,市委副书记、市长张工赴河东区调研科研院所、商业新业态、便民设施等。")


def _analysis(text: str, *tokens: tuple[str, str]) -> Analysis:
    """``text`` alone, the model reading each ``(written, tag)`` at its first occurrence."""
    doc = Document(id="t", source="test", origin="test", title=None, headlines=(), text=text, pieces=((0, 0, len(text)),))
    given = sorted((Token(text.index(w), text.index(w) + len(w), tag) for w, tag in tokens), key=lambda t: t.start)
    return Analysis(doc, Region(None), model_tokens=given)


def test_no_division_or_place_read_from_a_name_the_model_reads_as_a_persons_on_the_page():
    _, typed, relations = extracted_labels(JIANGXIANG)
    assert typed.get("常德盛") == "Person"
    assert not {"常德市", "湖南省", "常德"} & set(typed)
    assert ("holdsPost", "常德盛", "第一书记", "蒋巷村党委") in relations


def test_the_short_name_rule_alone():
    text = "第一书记常德盛带领讲解。常德盛思路清晰。"
    an = _analysis(text, ("常德盛", "PER"))
    at = text.index("常德", 10)
    written = next(c for c in scan(text) if c.start == at)
    assert _opens_a_persons_name(an, written, frozenset({"常德盛"}))
    # the name must end at a word's end where the short name is written: 安庆华|来到 … 安庆|华侨城 is the city
    text = "县委书记安庆华来到安庆华侨城调研。"
    an = _analysis(text, ("安庆华", "PER"), ("来到", "v"))
    at = text.index("安庆", 7)
    written = next(c for c in scan(text) if c.start == at)
    assert not _opens_a_persons_name(an, written, frozenset({"安庆华"}))
    _, typed, _ = extracted_labels(text)
    assert typed.get("安庆市") == "AdministrativeDivision"


def test_a_short_name_both_readers_cut_is_no_division():
    _, typed, _ = extracted_labels(XIHUA)
    assert "和田地区" not in typed and "新疆维吾尔自治区" not in typed
    # national news: leaders listed with 和 (xwlb-20230119-03), fields (xwlb-20230214-07)
    _, typed, _ = extracted_labels("出席的有张高丽和田纪云、迟浩田、王乐泉。在贵州三都,油菜花镶嵌在村庄和田野之间。")
    assert "和田地区" not in typed and typed.get("田纪云") == "Person"
    # a name the model reads in two places stays the county's (xwlb-20230131-08)
    _, typed, relations = extracted_labels("在总投资10亿元的定南港扩容工程施工现场,挖掘机来回穿梭。\n定南县不沿边,却是江西的南大门。")
    assert any(r[0] == "carriedOutIn" and r[3] == "定南县" for r in relations)
    # written whole, the prefecture is read (和田地区 is its own candidate, not a short name)
    _, typed, _ = extracted_labels("和田地区召开会议,部署春耕工作。")
    assert typed.get("和田地区") == "AdministrativeDivision"


def test_the_split_rule_alone():
    an = _analysis(XIHUA, ("和", "c"), ("田间", "s"))
    short = next(c for c in scan(XIHUA) if XIHUA[c.start:c.end] == "和田")
    assert _split_by_both_readers(an, short)
    # the model reading 和田 as one word keeps it
    an = _analysis(XIHUA, ("和田", "LOC"), ("间", "f"))
    assert not _split_by_both_readers(an, short)


def test_a_zones_generic_short_name_inside_a_parks_name_is_no_zone():
    _, typed, relations = extracted_labels(YANCHENG)
    assert not {"石家庄循环化工园区", "石家庄市", "河北省"} & set(typed)
    assert not any(r[3] == "石家庄市人民政府" for r in relations)


def test_a_villages_group_is_neither_a_village_nor_a_body():
    _, typed, relations = extracted_labels(YONGDE)
    assert "木厂村" in typed and "平掌村" not in typed
    assert not any(label.endswith("村民小组") for label in typed)
    # the township's tribunal, though the model reads the court and the town as one body (永德县人民法院乌木龙/ORG|法庭)
    assert typed.get("永德县人民法院乌木龙人民法庭") == "Agency"
    assert "永德县人民法院乌木龙" not in typed
    assert ("subOrganizationOf", "永德县人民法院乌木龙人民法庭", None, "永德县人民法院") in relations


def test_a_photos_credit_closing_its_caption_names_the_medium_and_its_reporter():
    _, typed, relations = extracted_labels(HUITIAN)
    assert typed.get("新京报") == "Agency"
    assert ("holdsPost", "田杰雄", "记者", "新京报") in relations
    assert "新小区" not in typed and "台湾省" not in typed
    _, typed, relations = extracted_labels(JIANGXIANG)
    assert ("holdsPost", "杨文全", "记者", "人民网") in relations
    # 拍摄 closes it as 摄 does: the name is 王刚
    _, typed, _ = extracted_labels("蒋巷村的别墅整洁漂亮。记者王刚拍摄")
    assert typed.get("王刚") == "Person" and "王刚拍" not in typed


def test_a_news_apps_reporter():
    _, typed, relations = extracted_labels("上游新闻记者 王渝凤\n近日,九龙坡区巴山小学开展“小手拉大手”活动。")
    assert ("holdsPost", "王渝凤", "记者", "上游新闻") in relations


def test_a_sites_menus_are_furniture():
    _, typed, _ = extracted_labels(TIANJIN_MENUS)
    assert typed.get("河东区") == "AdministrativeDivision"
    assert not {"北京市", "上海市", "广东省", "江西省", "海南省"} & set(typed)
    documents = split_documents(Source("menus", TIANJIN_MENUS, "menus.txt"))
    assert all("旗下栏目" not in document.text for document in documents)
    # a line of bodies after another label is no menu: the hosts of an event, named
    _, typed, _ = extracted_labels("主办单位: 团市委 市教育局 市文明办 市妇联 市科协 市体育局\n活动在桐乡市举行。")
    assert typed.get("团市委") == "Agency" or any(label.endswith("团市委") for label in typed)


def test_a_grade_and_a_kind_are_no_place():
    _, typed, _ = extracted_labels("桥下镇要按照旅游发展规划和3A级景区创建规划标准建设。我县三A级景区尧母文化园开园。")
    assert "3A级景区" not in typed
    assert typed.get("尧母文化园") == "Place"
    assert a_graded_kind("3A级景区") and a_graded_kind("五星级景区") and not a_graded_kind("三A级景区尧母文化园")


def test_a_department_head_written_in_one_word_with_the_title():
    _, typed, relations = extracted_labels("公安县公安局长樊启斌出席。公安县委组织部长李明出席。")
    assert typed.get("公安县委组织部") == "Agency" and "公安县委组织" not in typed
    assert any(r[:2] == ("holdsPost", "李明") and r[3] == "公安县委组织部" for r in relations)
    assert ("holdsPost", "樊启斌", "局长", "公安县公安局") in relations
    # 小学|校长 glued (淮安市新安小学校长, xwlb-20230306-02): 校 is no head alone, so no 小学校
    _, typed, relations = extracted_labels("淮安市新安小学校长张大冬说,孩子们很喜欢。")
    assert typed.get("淮安市新安小学") == "Agency" and "淮安市新安小学校" not in typed


def test_titled_names_are_the_models_people_after_a_title():
    from kgraph.extraction.names import titled_names

    text = "村党委第一书记常德盛带领讲解。卡拉奇晴,韩美合作。"
    tokens = [Token(7, 10, "PER"), Token(15, 19, "PER"), Token(20, 22, "PER")]
    assert titled_names(text, tokens) == {"常德盛"}


def test_a_bureaus_head_and_its_title_share_no_doubled_character():
    # 市场监管局|局长 (雅安市's page, 2022): the bureau, then its head's title, no body 市场监管局局
    _, typed, relations = extracted_labels("雅安市市场监管局局长王亚文带队检查农贸市场。")
    assert "雅安市市场监管局局" not in typed
    assert ("holdsPost", "王亚文", "局长", "雅安市市场监督管理局") in relations

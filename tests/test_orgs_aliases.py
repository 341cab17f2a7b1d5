"""One agency however the news writes it (issue 19): an abbreviation and the full name are one
entity, its label the full name, as data/lexicon/national_agencies.tsv (central bodies: 国办,
国新办, 银保监会), data/lexicon/known_names.tsv's third column (世行, 亚投行) and
data/lexicon/agency_expansions.tsv (新闻办: 新闻办公室) say.  Sentences of CCTV 新闻联播 (2023)."""
import kgraph
from kgraph.extraction.lexicons import known_full_names
from kgraph.extraction.linkers import canonical_head


def _labels(sentence: str) -> dict[str, str]:
    """Each agency's mention as written -> its entity's label."""
    return {m.text: e.label for e in kgraph.extract_text(sentence).entities if e.type == "Agency"
            for m in e.mentions if m.text}


def _sub_organisations(sentence: str) -> set[tuple[str, str]]:
    return {(r.subject, r.object) for r in kgraph.extract_text(sentence).relations if r.predicate == "subOrganizationOf"}


def test_the_offices_of_the_centre_abbreviated_are_the_offices():
    # xwlb-20230215-02: the headline abbreviates what the story writes in full
    headline = "中办 国办印发《关于进一步加强财会监督工作的意见》"
    story = "近日，中共中央办公厅、国务院办公厅印发了《关于进一步加强财会监督工作的意见》。"
    assert _labels(headline) == {"中办": "中共中央办公厅", "国办": "国务院办公厅"}
    assert _labels(story) == {"中共中央办公厅": "中共中央办公厅", "国务院办公厅": "国务院办公厅"}
    # the abbreviation is still a unit of the State Council
    assert ("agency/国务院办公厅", "agency/国务院") in _sub_organisations(headline)


def test_the_information_office_however_written_is_one():
    # xwlb-20230113-05, -20230119-09: 国新办, 国务院|新闻办 and 国务院新闻办公室 (54, 43 and 27 times a year)
    assert _labels("在今天（1月13日）国新办举行的新闻发布会上，中国人民银行有关负责人表示。")["国新办"] == "国务院新闻办公室"
    assert _labels("国务院新闻办今天（1月19日）发布《新时代的中国绿色发展》白皮书。") == {"国务院新闻办": "国务院新闻办公室"}
    assert canonical_head("国务院新闻办") == "国务院新闻办公室"
    assert canonical_head("国务院新闻办公室") == "国务院新闻办公室"  # not 新闻办公室公室


def test_a_regulator_by_its_short_name():
    # xwlb-20230203-09, -20230112-11
    assert _labels("银保监会今天（2月3日）发布最新数据，2022年末，银行业金融机构总资产379.4万亿元。") == {
        "银保监会": "中国银行保险监督管理委员会"}
    assert _labels("经中国证监会批准，今天郑州商品交易所菜籽油、菜籽粕、花生期货和期权正式引入境外交易者。")[
        "中国证监会"] == "中国证券监督管理委员会"


def test_an_international_body_by_its_short_name():
    # xwlb-20230401-13: the headline's 世行 is the story's 世界银行
    assert _labels("世行报告上调今年中国经济增长预期") == {"世行": "世界银行"}
    # xwlb-20230711-03, -20230927-12
    assert _labels("李强表示，亚行是亚太地区重要多边开发机构。") == {"亚行": "亚洲开发银行"}
    assert set(_labels("亚洲基础设施投资银行日前批准萨尔瓦多、所罗门群岛、坦桑尼亚加入亚投行的申请。").values()) == {
        "亚洲基础设施投资银行"}


def test_the_white_list_spells_out_agencies_only():
    full = known_full_names()
    assert full["上合组织"] == "上海合作组织"
    assert "北约" not in full  # no third column: 北约 keeps its own name
    assert all(len(name) > len(short) for short, name in full.items())


def test_a_central_agency_before_a_function_character_the_segmenter_glued_on():
    # jieba's guessing reads 部已 and 委将 as words (工业|和|信息化|部已|组织); the central body still ends
    # where its name does (xwlb-2023: 近日，工业和信息化部已组织11家重点生产企业…)
    sentence = "近日，工业和信息化部已组织11家重点生产企业分4批向全国31个省（区、市）供应指氧仪。"
    assert _labels(sentence) == {"工业和信息化部": "工业和信息化部"}
    assert _labels("国家发展改革委将加大对民营经济的支持力度。") == {"国家发展改革委": "国家发展和改革委员会"}

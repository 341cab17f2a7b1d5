"""Organisations found whole (issue 19): names the model reads in pieces or misses, found from
the segmenter's dictionary, the model's tags and the lexicons; and the words around them that
are no part of them.  Sentences of CCTV 新闻联播 (2023) are read from ../shared by story id."""
import kgraph
from kgraph.extraction.organisations import dictionary_organisations

from .test_names import _analysis  # an article of the words given, with the model's tags
from .test_orgs_junk import _sentence


def _agencies(sentence: str) -> set[str]:
    return {m.text for e in kgraph.extract_text(sentence).entities if e.type == "Agency" for m in e.mentions if m.text}


def _dictionary(*tagged) -> set[str]:
    an = _analysis(*tagged)
    return {an.text[c.start:c.end] for c in dictionary_organisations(an)}


# ------------------------------------------------- organisations the dictionary holds whole (nt)

def test_an_organisation_of_the_dictionary_is_a_name_the_model_read_in_pieces():
    # jieba: 石油输出国组织|（|欧佩克|）; the model: 石油/n|输出国/vn|组织/n
    assert _dictionary(("石油", "n"), ("输出国", "vn"), ("组织", "n"), ("（", "w"), ("欧佩克", "ORG"),
                       ("）", "w")) == {"石油输出国组织"}
    # 声明指出，|美洲国家组织|对 (the model: 美洲/LOC|国家/n|组织/v)
    assert "美洲国家组织" in _dictionary(("声明", "n"), ("指出", "v"), ("，", "w"), ("美洲", "LOC"),
                                         ("国家", "n"), ("组织", "v"), ("对", "p"))


def test_a_kind_of_body_of_the_dictionary_is_no_name():
    # 增强了|党组织|的凝聚力, 各级|团组织 (data/lexicon/organisation_kinds.txt)
    assert not _dictionary(("增强", "v"), ("了", "u"), ("党组织", "n"), ("的", "u"), ("凝聚力", "n"))
    # 美国公司 is a country and a kind (generic_org_heads.txt), not a name
    assert not _dictionary(("由", "p"), ("美国公司", "ORG"), ("、", "w"))
    # a word inside a book's title is the book's: 《中国大学学术演讲录》
    assert not _dictionary(("《", "w"), ("中国大学", "ORG"), ("学术", "n"), ("演讲录", "n"), ("》", "w"))


def test_a_word_of_the_dictionary_after_a_noun_may_end_a_longer_name():
    # xwlb-20231117-12 中国物流与|采购|联合会|公布: a verb after 与 is part of the name
    assert not _dictionary(("中国物流与采购联合会", "ORG"), ("公布", "v"))
    # xwlb-20230715-06 海南省首个|营商环境|建设局: a noun before it
    assert not _dictionary(("首个", "m"), ("营商环境", "n"), ("建设局", "n"), ("在", "p"))
    # xwlb-20230309-05 全国人大宪法和|法律委员会: a conjunction after no organisation
    assert not _dictionary(("宪法", "n"), ("和", "c"), ("法律委员会", "ORG"), ("关于", "p"))
    # but after an organisation it joins two (xwlb-20230530-07 中央对外联络部和|中共湖北省委)
    assert _dictionary(("由", "p"), ("中共中央对外联络部", "ORG"), ("和", "c"), ("中共湖北省委", "ORG"),
                       ("共同", "d")) >= {"中共湖北省委"}


def test_organisations_of_the_dictionary_in_the_news():
    # xwlb-20230422-18 本月早些时候，沙特等石油输出国组织（欧佩克）成员国…
    assert "石油输出国组织" in _agencies(_sentence("xwlb-20230422-18", "沙特等石油输出国组织"))
    # xwlb-20231219-04 …中俄总理定期会晤委员会，… (the model: 会晤委员会)
    found = _agencies(_sentence("xwlb-20231219-04", "中俄总理定期会晤委员会"))
    assert "中俄总理定期会晤委员会" in found and "会晤委员会" not in found
    # xwlb-20230530-07 由中共中央对外联络部和中共湖北省委共同主办
    found = _agencies(_sentence("xwlb-20230530-07", "中共湖北省委"))
    assert "中共湖北省委" in found and "湖北省委" not in found
    # no part of a longer name: xwlb-20231117-12, -20230309-05, -20230715-06; no kind: -20231126-10
    assert "联合会" not in _agencies(_sentence("xwlb-20231117-12", "中国物流与采购联合会公布"))
    assert "法律委员会" not in _agencies(_sentence("xwlb-20230309-05", "全国人大宪法和法律委员会关于"))
    assert "建设局" not in _agencies(_sentence("xwlb-20230715-06", "营商环境建设局"))
    assert "科研院所" not in _agencies(_sentence("xwlb-20231126-10", "120家科研院所"))


# ------------------------------------------------- party congresses and bodies elected for a term

def _agency_labels(sentence: str) -> dict[str, str]:
    """Each agency mention's text -> its entity's label."""
    return {m.text: e.label for e in kgraph.extract_text(sentence).entities if e.type == "Agency"
            for m in e.mentions if m.text}


def test_a_party_congress_by_its_number_is_the_partys_body():
    # xwlb-20230101-04 我们胜利召开党的二十大，擘画了… (and 党的十五大报告指出, pd-dev)
    assert _agency_labels(_sentence("xwlb-20230101-04", "胜利召开党的二十大")).get("二十大") == "中共二十大"
    assert _agency_labels("以邓小平理论和中共十五大精神为指导。").get("中共十五大") == "中共十五大"
    # but not another party's (xwlb-20230114-01 全面贯彻落实越共十三大精神), nor 党的|一大|创举
    # (xwlb-20230616-02: one of its great deeds), nor the site named after the first congress
    assert "十三大" not in _agency_labels(_sentence("xwlb-20230114-01", "越共十三大精神"))
    found = _agency_labels(_sentence("xwlb-20230616-02", "党的一大创举"))
    assert not any(text.endswith("一大") for text in found)
    assert "中共一大" not in _agency_labels(_sentence("xwlb-20230630-10", "中共一大纪念馆"))


def test_the_term_written_before_a_body_is_part_of_its_name_not_of_its_label():
    # xwlb-20230414-06 会议决定，十四届全国人大常委会第二次会议4月24日至26日在北京举行: the entity
    # is the standing committee
    found = _agency_labels(_sentence("xwlb-20230414-06", "十四届全国人大常委会第二次会议"))
    assert found.get("十四届全国人大常委会") == "全国人大常委会" and "全国人大常委会" not in found
    # pd-dev: 经过六届人大常委会第四次、第五次会议审议 (the model reads 人大常委会)
    assert "六届人大常委会" in _agency_labels("经过六届人大常委会第四次、第五次会议审议，决定提请大会审议。")
    # no term of a county's secretaries: 恭城先后换了|六届|县委|书记 (pd-dev) is no body's term
    assert "六届县委" not in _agency_labels("恭城先后换了六届县委书记、五任县长。")


# ------------------------------------------------- periodicals: a title in marks and its kind

def test_a_title_and_the_kind_of_periodical_after_it_are_the_periodical():
    # xwlb-20230101-01 …出版的第1期《求是》杂志将发表…: marks, title and kind (label without marks)
    found = _agency_labels(_sentence("xwlb-20230101-01", "《求是》杂志"))
    assert found.get("《求是》杂志") == "求是杂志"
    # pd-dev: 在最新一期美国《科学》杂志上发表论文 — the country written before it is part of it
    assert "美国《科学》杂志" in _agency_labels("托马肖及其同事在最新一期美国《科学》杂志上发表论文指出。")
    # and the title ends the name: 美国《时代》周刊|和|有线新闻电视公司 are two
    found = _agency_labels("据美国《时代》周刊和有线新闻电视公司联合进行的一项调查披露。")
    assert "美国《时代》周刊" in found and not any("和" in text for text in found)


# ------------------------------------------------- organising committees (组委会, 筹委会: org_suffixes.txt)

def test_an_organising_committee_ends_a_name():
    # xwlb-20230820-06 （8月19日），杭州亚运会组委会公布最新调整的…: the division and a run to its head
    found = _agency_labels(_sentence("xwlb-20230820-06", "杭州亚运会组委会公布"))
    assert "杭州亚运会组委会" in found
    # xwlb-20230729-01 成都大运会组委会主席怀进鹏致辞
    assert "成都大运会组委会" in _agency_labels(_sentence("xwlb-20230729-01", "成都大运会组委会主席怀进鹏"))
    # pd-dev: a foreign country and the run: 法国|世界杯|组委会
    assert "法国世界杯组委会" in _agency_labels("新华社北京5月5日电法国世界杯组委会官员在巴黎宣布。")


# ------------------------------------------------- a name that starts with a level's character

def test_a_name_that_starts_with_a_levels_character_is_no_short_form():
    from kgraph.extraction.repair import _abbreviated

    # short forms only the rules resolve: 县|法院, 市委|宣传部, 省委, 该|区, 全市; 全国 alone (共青团中央、|全国/ORG|青联)
    assert all(_abbreviated(n) for n in ("县法院", "市委宣传部", "省委", "该区公共服务中心", "全市", "全国"))
    # names: 镇南|小学, 全兴队, 全国人大常委会法工委|研究室 (pd-dev), 市场监管|总局, 全国青联
    assert not any(_abbreviated(n) for n in ("镇南小学", "全兴队", "全国人大常委会法工委研究室", "市场监管总局", "全国青联"))


def test_names_that_start_with_a_levels_character_in_text():
    # pd-dev: the model reads these names whole
    assert "全兴队" in _agencies("延边敖东队，近来状态颇佳的全兴队前锋黎兵在上半场攻入一球。")
    assert "镇南小学" in _agencies("有个班、750名学生的镇南小学。")
    # xwlb-20230628-09 赵乐际向第六任全国人大常委会香港特别行政区基本法委员会组成人员…颁发任命书
    found = _agencies(_sentence("xwlb-20230628-09", "全国人大常委会香港特别行政区基本法委员会组成人员"))
    assert "全国人大常委会香港特别行政区基本法委员会" in found
    # xwlb-20230628-10 全国人大常委会副委员长李鸿忠主持: the title (titles.txt) is no part of the name
    found = _agencies(_sentence("xwlb-20230628-10", "副委员长李鸿忠主持"))
    assert "全国人大常委会" in found and "全国人大常委会副委员长" not in found
    # and a short form with no division named is still none: 县法院
    assert "县法院" not in _agencies("县法院审理了此案。")


def test_a_word_of_the_dictionary_glued_to_the_next_character_is_none():
    # xwlb-20231112-03 华北、|东北局|地|严重洪涝: 局地 is the word (东北局 of the dictionary is none here)
    assert "东北局" not in _agencies(_sentence("xwlb-20231112-03", "东北局地"))
    # but a name followed by a whole word is one: xwlb-20230217-11 欧洲议会|议员|批评 (会议 is no word here),
    # xwlb-20230128-01 亚太经合组织|工商领导人峰会 (织工)
    assert "欧洲议会" in _agencies(_sentence("xwlb-20230217-11", "欧洲议会议员批评"))
    assert "亚太经合组织" in _agencies(_sentence("xwlb-20230128-01", "亚太经合组织工商领导人峰会"))


def test_troops_and_teams_end_no_name():
    from kgraph.extraction.recognisers.agencies import org_run

    # org_run stops at no common noun of false_org_heads.txt: 西藏|部队 (pd-dev), 研究|团队
    assert org_run("西藏部队的指挥岗位", 2, 9) == []
    # xwlb-20231215-01 接见驻南宁部队上校以上领导干部: troops stationed there, no body's name
    assert not any("部队" in a for a in _agencies(_sentence("xwlb-20231215-01", "驻南宁部队")))
    # xwlb-20230115-01 北京航空航天大学电磁兼容团队仍在…: the university, not its team
    found = _agencies(_sentence("xwlb-20230115-01", "电磁兼容团队"))
    assert "北京航空航天大学" in found and not any(a.endswith("团队") for a in found)
    # but an army's own name ends in a longer head (武装部队): xwlb-20230416-12
    assert "苏丹武装部队" in _agencies(_sentence("xwlb-20230416-12", "苏丹武装部队与快速支援部队"))


# ------------------------------------------------- a country's body whose fields are joined (和, 与)

def test_a_countrys_body_with_joined_fields_is_one_name():
    # xwlb-20230427-16, -20230514-12, -20230619-09, -20230719-15: the model reads none of them
    assert "美国卫生与公众服务部" in _agencies("美国卫生与公众服务部前雇员罗达斯在会上称，她曾亲眼目睹无人陪伴的移民儿童被迫成为童工。")
    assert "缅甸气象与水文局" in _agencies("据缅甸气象与水文局今天（5月14日）发布的消息，超级气旋风暴“穆查”正在登陆和过境缅甸西部若开邦。")
    assert "约旦外交与侨务部" in _agencies("约旦外交与侨务部18日也谴责了以色列扩建犹太人定居点的计划。")
    assert "塞尔维亚能源与矿业部" in _agencies("塞尔维亚能源与矿业部部长杰多维奇出席仪式并表示。")


def test_joined_words_that_are_no_body_stay_apart():
    # xwlb-20230313-11: a title and a body in a list (、 alone joins no fields)
    assert not any("民族领袖" in name for name in _agencies(
        "土库曼斯坦民族领袖、人民委员会主席库·别尔德穆哈梅多夫，巴基斯坦参议院主席桑吉拉尼。"))
    # xwlb-20230407-08: an industry and a company (a company has a brand, not fields)
    assert "中国航空业与空中客车公司" not in _agencies("近日，中国航空业与空中客车公司签署160架民用飞机批量采购协议。")
    # two bodies: a head ends the first name; two countries
    assert "美国国防部和财政部" not in _agencies("美国国防部和财政部宣布制裁。")
    assert not _agencies("美国经济和社会发展面临挑战。")


def test_a_name_starting_inside_a_place_word_starts_with_the_place():
    # pd-dev-00793 美国密执安州立大学的迈克尔·托马肖 (the model: 美国密/ORG|执/v|安州立大学/ORG; jieba: 密执安/ns)
    agencies = _agencies("美国密执安州立大学的迈克尔·托马肖及其同事发表论文。")
    assert "密执安州立大学" in agencies and "安州立大学" not in agencies
    # not a determiner's place word (xwlb-20230104-09 到|各/r|乡镇卫生院/ORG, jieba: 各乡镇/ns)
    assert "各乡镇卫生院" not in _agencies("抽调近200名医疗专家到各乡镇卫生院坐诊，全力保障农村居民医疗。")


def test_a_rank_after_a_country_names_no_organisation():
    # pd-dev-02139 美国第三大银行国民银行和第四大银行美洲银行宣布合并 (the model: 美国/ORG|第三大银行/m|国民银行/ORG)
    agencies = _agencies("今天，美国第三大银行国民银行和第四大银行美洲银行宣布合并。")
    assert {"国民银行", "美洲银行"} <= agencies and "美国第三大银行国民银行" not in agencies


def test_a_quoted_name_with_an_adverb_in_it_is_a_name():
    # pd-dev-02215 俄罗斯成立了“临时非常委员会” (jieba: 临时|非常/d|委员会: a run of words stops at the adverb)
    assert "临时非常委员会" in _agencies("为渡过金融难关，俄罗斯成立了“临时非常委员会”。")
    # a quotation with a verb in it is a slogan, not a name
    assert not any(a.endswith("委员会") for a in _agencies("他们提出“打造学习型委员会”的目标。"))


def test_a_stock_exchange_and_an_index_publisher_are_no_place_and_no_person():
    # pd-dev-01377 以技术股为主的纳斯达克股市指数 (the model: 纳斯达克/LOC); xwlb-20230318-16 已接到纳斯达克通知
    assert "纳斯达克" in _agencies("从而带动以技术股为主的纳斯达克股市指数全天上升16·73点。")
    # pd-dev-01991 道—琼斯30种工业股票平均价格指数 (the model: 琼斯/PER)
    found = kgraph.extract_text("道—琼斯30种工业股票平均价格指数飙升了164．17点。").entities
    assert not any(e.type == "Person" for e in found)


def test_an_organisation_named_after_a_foreign_name_is_one_name():
    # pd-dev-01145 进而中断与佩诺—里加集团签订的代销合同 (the model: 佩诺/PER|—|里加集团/ORG)
    found = {(m.text, e.type) for e in kgraph.extract_text("进而中断与佩诺—里加集团签订的代销合同。").entities
             for m in e.mentions if m.text}
    assert ("佩诺—里加集团", "Agency") in found and ("佩诺", "Person") not in found
    # xwlb-20230919-04 参观了何塞·马蒂纪念馆和弗兰克·派斯农业信用合作社
    assert "弗兰克·派斯农业信用合作社" in _agencies("李希参观了何塞·马蒂纪念馆和弗兰克·派斯农业信用合作社。")
    # not a person who represents a body (xwlb-20231116-02), nor one before a title
    agencies = _agencies("美国商务部长雷蒙多代表美国政府致辞，热烈欢迎习近平主席。")
    assert not any(a.startswith("雷蒙多") for a in agencies)
    # nor a verb the model reads inside a word jieba guessed: 区政协副主席|徐金威|率/v|区政协… (九龙坡区's page, 2023;
    # jieba's 率区), a Chinese name whose characters also write foreign ones
    agencies = _agencies("九龙坡区召开会议。12月6日,区政协副主席徐金威率区政协文化文史学习委相关负责人走访调研。")
    assert not any(a.startswith("徐金威") for a in agencies)


def test_the_partys_central_committee_named_with_its_term_is_its_centre():
    # xwlb-2023 (3 times): 中国共产党|第二十届|中央委员会|第二次全体会议 — 中共中央, no bare 中央委员会 beside the party
    result = kgraph.extract_text("中国共产党第二十届中央委员会第二次全体会议在北京举行。", publication="新闻联播")
    agencies = {e.label for e in result.entities if e.type == "Agency"}
    assert "中共中央" in agencies and "中央委员会" not in agencies

"""Organisations found whole (issue 19): names the model reads in pieces or misses, found from
the segmenter's dictionary, the model's tags and the lexicons; and the words around them that
are no part of them.  Sentences of CCTV 新闻联播 (2023) are read from ../shared by story id."""
import kgraph
from kgraph.extraction.proposers import dictionary_organisations

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

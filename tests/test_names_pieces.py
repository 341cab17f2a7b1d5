"""Junk places the model proposes (issue 18, round 9): a piece cut out of a word the segmenter's
dictionary holds whole (巴尔/LOC|的摩市, 波罗/LOC|的|海关键), and a country with what the model
glued on (叙利亚同/LOC|地区, 英格兰多/LOC|地, 斐济旅游/LOC|部长).

Read on a hand-built :class:`Analysis` (the model's words written in the test, as the model reads
these sentences of CCTV 新闻联播 transcripts of 2023) and end to end on those stories
(``../shared/corpus/news/xwlb-2023.jsonl``)."""

from kgraph.extraction.candidates import Candidate
from kgraph.extraction.proposers import _piece_of_a_word, model_candidates

from .test_names import _analysis
from .test_recognise import names_in_stories


def _places(*tagged) -> list[str]:
    an = _analysis(*tagged)
    return [an.text[c.start:c.end] for c in model_candidates(an) if c.type == "Place"]


def test_a_piece_of_a_longer_word_is_no_place():
    # xwlb-20230329-14 美国巴尔的摩市拒收俄亥俄脱轨火车废水 (jieba: 巴尔的摩市/ns; the model: 巴尔/LOC|的|摩市/LOC)
    found = _places(("美国", "LOC"), ("巴尔", "LOC"), ("的", "u"), ("摩市", "LOC"), ("拒收", "v"), ("俄亥俄", "LOC"),
                    ("脱轨", "v"), ("火车", "n"), ("废水", "n"))
    assert found == ["美国", "俄亥俄"]
    # the same story: 组织破坏波罗的海关键基础设施 (jieba: 波罗的海/ns; the model: 波罗/LOC|的|海关键/n), which
    # the repair would otherwise read as two countries' one-character names (波, 罗)
    found = _places(("组织", "v"), ("破坏", "v"), ("波罗", "LOC"), ("的", "u"), ("海关键", "n"), ("基础设施", "n"),
                    ("的", "u"), ("阴谋", "n"))
    assert found == []


def test_a_place_cut_cleanly_from_a_word_stays():
    # 在中国香港 (jieba: 中国香港/ns): what the place leaves of the word is a place
    assert _places(("在", "p"), ("中国", "LOC"), ("香港", "LOC"), ("，", "w"), ("游客", "n"), ("很多", "a")) == [
        "中国", "香港"]
    # xwlb-20230209-13 日本冲绳县知事玉城丹尼 (jieba: 冲绳|县知事): what it leaves, 知事, is a word
    assert "冲绳县" in _places(("日本", "LOC"), ("冲绳县", "LOC"), ("知事", "v"), ("玉城", "LOC"), ("丹尼", "PER"),
                                ("表示", "v"))
    # xwlb-20230527-13 快速支援部队对北达尔富尔州首府 (jieba: 对北|达尔富尔, a word the segmenter guessed)
    assert "北达尔富尔州" in _places(("部队", "n"), ("对", "p"), ("北达尔富尔州", "LOC"), ("首府", "n"), ("法希尔市", "LOC"),
                                    ("的", "u"), ("进攻", "vn"))


def test_a_country_with_what_the_model_glued_on_is_the_country():
    # xwlb-20230428-15 叙利亚同地区国家近期积极开展互动 (the model: 叙利亚同/LOC)
    assert _places(("叙利亚同", "LOC"), ("地区", "n"), ("国家", "n"), ("近期", "TIME"), ("积极", "ad"), ("开展", "v"),
                   ("互动", "vn")) == ["叙利亚"]
    # xwlb-20230708-12 英格兰多地学校被迫停课 (the model: 英格兰多/LOC|地/u)
    assert _places(("英格兰多", "LOC"), ("地", "u"), ("学校", "n"), ("被迫", "v"), ("停课", "v")) == ["英格兰"]
    # xwlb-20231117-07 斐济旅游部长 (jieba: 斐济|旅游/vn|部长; the model: 斐济旅游/LOC): a phrase after the country
    assert _places(("斐济旅游", "LOC"), ("部长", "n"), ("表示", "v")) == ["斐济"]
    # a country's place named after it stays whole: 美国|纽约 is two; 巴勒斯坦国 is one
    assert _places(("巴勒斯坦国", "LOC"), ("总统", "n"), ("阿巴斯", "PER")) == ["巴勒斯坦国"]


STORIES = {
    "xwlb-20230329-14": (set(), {("巴尔", "Place"), ("摩市", "Place"), ("波", "Place"), ("罗", "Place")}),
    "xwlb-20230428-15": ({("叙利亚", "Place")}, {("叙利亚同", "Place")}),
    "xwlb-20230708-12": ({("英格兰", "Place")}, {("英格兰多", "Place")}),
}


story_texts, test_pieces_and_glued_characters_in_news_stories = names_in_stories(STORIES)


def test_a_gathering_an_agreement_a_law_or_a_language_is_no_place():
    # xwlb-20230204-07 第六届进博会国家展、虹桥论坛、企业展等筹备工作稳步推进 (the model: 虹桥论坛/LOC)
    assert _places(("进博会", "nz"), ("国家展", "n"), ("、", "w"), ("虹桥论坛", "LOC"), ("、", "w"), ("企业展", "n"),
                   ("等", "u"), ("筹备工作", "n")) == []
    # xwlb-20230702-09 2023年女篮亚洲杯今天下午在澳大利亚悉尼落幕 (the model: 亚洲杯/LOC)
    assert _places(("2023年", "TIME"), ("女篮", "n"), ("亚洲杯", "LOC"), ("今天下午", "TIME"), ("在", "p"),
                   ("澳大利亚", "LOC"), ("悉尼", "LOC"), ("落幕", "v")) == ["澳大利亚", "悉尼"]
    # an agreement: 中尼自贸协定/LOC|第三轮|谈判; but a place of two characters ending so stays (加沙南部|拉法/LOC)
    assert _places(("中尼自贸协定", "LOC"), ("第三轮", "m"), ("谈判", "vn"), ("开始", "v")) == []
    assert _places(("加沙", "LOC"), ("南部", "f"), ("拉法", "LOC"), ("口岸", "n")) == ["加沙", "拉法"]


def _people(*tagged) -> list[tuple[str, str]]:
    an = _analysis(*tagged)
    return [(an.text[c.start:c.end], c.type) for c in model_candidates(an) if c.type in ("Person", "Place")]


def test_a_country_and_a_noun_is_no_person():
    # xwlb-20230516-13 美财长称债务上限危机将影响美信用评级 (the model: 美财长/PER; jieba: 美|财长/n)
    assert ("美财长", "Person") not in _people(("美财长", "PER"), ("称", "v"), ("债务", "n"), ("上限", "n"), ("危机", "n"))
    assert ("美", "Place") in _people(("美财长", "PER"), ("称", "v"), ("债务", "n"), ("上限", "n"), ("危机", "n"))
    # xwlb-20231213-04 愿继续同达达埃总督一道努力 (the model: 埃总督/PER): the end of a foreign name, no Egypt
    assert _people(("愿", "v"), ("继续", "v"), ("同", "p"), ("达达", "n"), ("埃总督", "PER"), ("一道", "d"),
                   ("努力", "v")) == []
    # a surname that is also a country's character keeps its person: 国务委员|王勇、韩春雨 (jieba: 韩|春雨/n)
    assert ("韩春雨", "Person") in _people(("王勇", "PER"), ("、", "w"), ("韩春雨", "PER"), ("出席", "v"))
    # and a verb after the character is no noun: 斯…，希加强两国合作 (希 hopes; xwlb-20230418-04)
    assert ("希", "Place") not in _people(("希加强", "PER"), ("两国", "n"), ("合作", "vn"))


def test_a_function_word_inside_a_place_ends_it():
    # xwlb-20230106-02 习近平在人民大会堂同来华进行国事访问的土库曼斯坦总统 (the model: 人民大会堂同来华/LOC; jieba:
    # 人民大会堂|同/p|来华)
    assert _places(("习近平", "PER"), ("在", "p"), ("人民大会堂同来华", "LOC"), ("进行", "v"), ("国事", "vn"),
                   ("访问", "vn"), ("的", "u"), ("土库曼斯坦", "LOC"), ("总统", "n")) == ["人民大会堂", "土库曼斯坦"]
    # a preposition glued before: 愿|同马来西亚/LOC|国会 (jieba: 愿|同|马来西亚)
    assert _places(("我们", "r"), ("愿", "v"), ("同马来西亚", "LOC"), ("加强", "v"), ("合作", "vn")) == ["马来西亚"]
    # two countries' one-character names stay (美哥|两国: the repair's two places)
    assert _places(("，", "w"), ("美哥", "PER"), ("两国", "n"), ("关系", "n")) == ["美", "哥"]


def test_what_stays_without_a_function_word_is_a_place_or_the_model_s_reading_stays():
    # xwlb-20230803-01 要构筑新时代宜业宜居的“人民之城” (jieba: 人民|之|城): without 之 no place is left (人民 is a
    # common word): this rule leaves the model's reading as it is
    assert _places(("构筑", "v"), ("宜居", "a"), ("的", "u"), ("人民之城", "LOC"), ("。", "w")) == ["人民之城"]
    # a foreign name the dictionary holds whole is the names' stages' (以色列总理|内塔尼亚/LOC|胡当天, jieba:
    # 内塔尼亚胡/nrt, xwlb-20231110-08): not dropped as a piece here
    an = _analysis(("以色列", "LOC"), ("总理", "n"), ("内塔尼亚", "LOC"), ("胡当天", "PER"), ("表示", "v"))
    start = an.text.index("内塔尼亚")
    assert not _piece_of_a_word(an, Candidate(start, start + 4, "Place", "model"))
    # a name of two characters is no glued character and a place (金华站火炬传递途经通济桥、多湖中央商务区)
    assert "多湖" in _places(("途经", "v"), ("通济桥", "LOC"), ("、", "w"), ("多湖", "LOC"), ("中央商务区", "LOC"),
                             ("等", "u"))


def test_a_place_before_its_bank_stays():
    # xwlb-20230519-01 灞河之滨的西安国际会议中心 (jieba: 灞|河之滨/nr): what the place leaves of the word is its bank
    assert "灞河" in _places(("。", "w"), ("灞河", "LOC"), ("之", "u"), ("滨", "n"), ("的", "u"),
                             ("西安国际会议中心", "LOC"))

"""Places and names the model reads glued to a word beside them, found on the year of CCTV
新闻联播 transcripts of 2023 (``../shared/corpus/news/xwlb-2023.jsonl``): each test holds the real
sentence (the story id in a comment) and, where useful, the stage's rule alone."""
import pytest

import kgraph
from kgraph.extraction.world import _country_first

from .conftest import by_label, relations


def _extract(text):
    return kgraph.extract_text(text, doc_id="xwlb-test", date="2023-05-15")


# --- a country and a place of it read as one place (沙特吉达: 沙特|吉达) ---

@pytest.mark.parametrize("text", [
    # xwlb-20230511: the model reads 沙特吉达/LOC; jieba 沙特|吉达 (吉达/nr)
    "苏丹武装部队和快速支援部队11日在沙特吉达签署声明，同意将优先进行关于实现短期停火的讨论。",
    # xwlb-20230501: 第二架接返自苏丹撤离中国公民的临时航班
    "第二架接返自苏丹撤离中国公民的临时航班由沙特吉达顺利飞抵北京。",
])
def test_a_country_and_its_city_read_as_one_place_are_the_country_and_the_city(text):
    ex = _extract(text)
    places = by_label(ex, "Place")
    assert {"沙特", "吉达"} <= set(places) and "沙特吉达" not in places
    assert ("吉达", "沙特", None) in relations(ex, "locatedIn")


def test_a_country_and_a_bare_place_name_are_split_by_the_words_of_the_name():
    assert _country_first("沙特吉达", "签署声明") == ("沙特", "吉达")  # 吉达/nr
    assert _country_first("印度新德里", "举行的") == ("印度", "新德里")  # 新德里/nrt
    assert _country_first("新西兰北岛", "多地遭遇") == ("新西兰", "北岛")  # 北岛/ns
    assert _country_first("以色列纳哈里亚", "、海法") == ("以色列", "纳哈里亚")  # 纳哈|里亚: unknown
    # a longer name goes on with a noun: 美国|福克斯|商业|新闻 (xwlb-2023)
    assert _country_first("美国福克斯", "商业新闻报道") is None
    # a movement's name, no place (巴勒斯坦|伊斯兰|抵抗运动); two countries (伊朗|沙特|均称)
    assert _country_first("巴勒斯坦伊斯兰", "抵抗运动") is None
    assert _country_first("伊朗沙特", "均称") is None
    # a name jieba cut wrong: 巴西兰省 is the Philippines' Basilan (巴西|兰省)
    assert _country_first("巴西兰省", "附近海域") is None


# --- two names and the preposition 同 between them read as one (京同欧洲理事会) ---

@pytest.mark.parametrize("text, names, glued", [
    # xwlb-20231207-04: the model reads 京同欧洲理事会/LOC; jieba guesses 京同
    ("国务院总理李强7日在京同欧洲理事会主席米歇尔、欧盟委员会主席冯德莱恩举行第二十四次中国－欧盟领导人会晤。",
     {"欧洲理事会", "欧盟委员会"}, "京同欧洲理事会"),
    # xwlb-20230613-03: the agencies' run of words went on over 愿同 (jieba guesses it)
    ("中国全国政协愿同尼泊尔联邦院一道，落实好两国领导人共识。", {"中国全国政协", "尼泊尔联邦院"}, "中国全国政协愿同尼泊尔联邦院"),
])
def test_two_names_joined_by_a_preposition_are_two(text, names, glued):
    ex = _extract(text)
    labels = {e.label for e in ex.entities}
    assert names <= labels and glued not in labels and not any("同" in label for label in labels)


def test_the_meeting_s_counterpart_after_a_glued_preposition_is_found():
    # xwlb-20231207-04: with 欧洲理事会 read apart, 米歇尔 holds its post and is met
    ex = _extract("国务院总理李强7日在京同欧洲理事会主席米歇尔、欧盟委员会主席冯德莱恩举行第二十四次中国－欧盟领导人会晤。")
    assert ("米歇尔", "欧洲理事会") in {(p, o) for p, o, _ in relations(ex, "holdsPost")}


def test_a_preposition_inside_a_word_the_dictionary_knows_joins_nothing():
    from kgraph.extraction.recognisers.agencies import _joining
    from kgraph.resources import word_tags
    assert _joining("愿同", word_tags()) and _joining("薛祥同", word_tags())
    assert not _joining("同胞", word_tags()) and not _joining("大同", word_tags())
    ex = _extract("在北京同仁医院亦庄院区，这几天就诊人数明显增加。")  # xwlb-2023: 北京同仁医院/nt, one name
    assert not {"仁医院", "北京同"} & {e.label for e in ex.entities}


# --- a foreign name the dictionary holds as a common word, after a title (舒默/a) ---

def test_a_name_the_dictionary_holds_as_a_word_is_a_person_where_a_title_names_him():
    # xwlb-20231009: jieba's dictionary tags 舒默 an adjective; after 多数党|领袖 the model's person is
    # the senator, and so is 舒默 opening the next paragraph (a visitor and a counterpart of the meeting)
    ex = _extract("国家主席习近平在人民大会堂会见美国国会参议院多数党领袖舒默率领的美国国会参议院两党代表团。\n"
                  "舒默等表示，很高兴访问美丽的中国，感谢中方热情接待。")
    assert "舒默" in by_label(ex, "Person")
    people = {e.id: e.label for e in ex.entities if e.type == "Person"}
    meeting = next(ev for ev in ex.events if ev.type == "Meeting")
    assert "舒默" in {people.get(entity) for _, entity in meeting.arguments}


def test_a_word_the_model_reads_as_a_person_with_no_title_before_it_stays_a_word():
    # xwlb-2023: 走|小步/PER|不停步 (小步/d): no title names anyone 小步
    ex = _extract("稳中求进，走小步不停步，持续推动高质量发展。")
    assert "小步" not in by_label(ex, "Person")


# --- a ship named after a province, a division's name across two words ---

def test_a_ship_named_after_a_province_is_no_body_of_the_province():
    # xwlb-2023 (4 times): 山东舰航母编队 is the carrier Shandong's group, not 山东省舰航母编队
    ex = _extract("山东舰航母编队在西太平洋海域开展训练。")
    labels = {e.label for e in ex.entities}
    assert "山东省舰航母编队" not in labels and "山东省" not in labels


def test_a_division_s_name_the_segmenter_reads_across_two_words_is_none():
    # xwlb-2023: 乌|海军 is Ukraine's navy (jieba: 乌/nr|海军/n), not the city 乌海; 内蒙古|乌海/ns|段 is the city
    ex = _extract("据乌克兰媒体此前报道，克里米亚大桥被攻击是乌国家安全局和乌海军的一次特别行动。")
    assert "乌海市" not in {e.label for e in ex.entities}
    ex = _extract("今天，黄河内蒙古乌海段开始解冻。")
    assert "乌海市" in by_label(ex, "AdministrativeDivision")


def test_two_countries_read_as_one_place_are_two():
    # xwlb-2023 headlines: 伊朗沙特/LOC|均称…, 伊朗委内瑞拉/LOC|元首会晤 (jieba: 伊朗|沙特, 伊朗|委内瑞拉)
    from kgraph.extraction.world import _two_countries
    assert _two_countries("伊朗沙特") == ("伊朗", "沙特")
    assert _two_countries("沙特吉达") is None and _two_countries("中国香港") is None
    ex = _extract("伊朗沙特均称愿在两国间增设直航航班。")
    places = by_label(ex, "Place")
    assert {"伊朗", "沙特"} <= set(places) and "伊朗沙特" not in places


def test_a_country_and_the_secretary_of_state_read_as_one_place_are_the_country():
    # xwlb-20230619-02 and 4 more a year: 会见|美国国务卿/LOC|布林肯 (jieba: 美国|国务卿); the place is 美国
    # (data/lexicon/leader_titles.txt: 国务卿, a minister's title like 外长)
    from kgraph.extraction.repair import country_and_ruler
    assert country_and_ruler("美国国务卿") == ("美国", "国务卿")


def test_a_leader_s_name_runs_on_over_the_dot_the_model_read_as_a_mark():
    # xwlb-20231130-07: 美国前国务卿|亨利/PER|·基辛格/w|当天 (jieba: 亨利|·|基辛格/n): the name is whole
    ex = _extract("基辛格咨询公司29日发表声明说，美国前国务卿亨利·基辛格当天在家中去世，享年100岁。")
    people = by_label(ex, "Person")
    assert "亨利·基辛格" in people and "亨利" not in people


def test_an_adverb_no_given_name_ends_with_is_not_the_names():
    # CLUENER's train split (Sina news): 而|哈文则/PER|去了|天津电视台, 副行长|朱琦已/PER|预备|出任 — jieba glues them too
    from .test_names_types import _repaired
    assert _repaired(("而", "c"), ("哈文则", "PER"), ("去", "v"), ("了", "u"), ("天津电视台", "ORG"),
                     span="哈文则") == [("哈文", "Person")]
    assert _repaired(("副行长", "n"), ("朱琦已", "PER"), ("预备", "v"), ("出任", "v"), span="朱琦已") == [("朱琦", "Person")]
    # (not a given name with the character inside, nor one no verb follows: 刘则平|表示, 王则|。)
    assert _repaired(("县长", "n"), ("刘则平", "PER"), ("表示", "v"), span="刘则平") == [("刘则平", "Person")]
    assert _repaired(("记者", "n"), ("张小则", "PER"), ("。", "w"), span="张小则") == [("张小则", "Person")]

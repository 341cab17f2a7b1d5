"""Foreign leaders' names (issues #19 and #18): after a foreign country and a leader's title
the words up to a function word, a date or a common word are the leader's whole name,
whatever the model tagged them, and that name is the person's elsewhere in the article.

Read on a hand-built :class:`Analysis` (the model's words written in the test) and end to
end on sentences of CCTV 新闻联播 transcripts of 2023 (``../shared/corpus/news/xwlb-2023.jsonl``,
read by story id)."""

import kgraph
from kgraph.extraction.proposers import foreign_leaders

from .test_names import _analysis
from .test_recognise import names_in_stories


def _leaders(*tagged) -> list[str]:
    an = _analysis(*tagged)
    return [an.text[c.start:c.end] for c in foreign_leaders(an) if c.type == "Person"]


def test_the_name_runs_over_the_models_pieces_up_to_a_function_word():
    # xwlb-20230128-08 匈牙利总理欧尔班对此: the model reads 欧尔/PER|班/n; 班 is a character of
    # transliterated names, 对此/d a function word
    assert _leaders(("匈牙利", "LOC"), ("总理", "n"), ("欧尔", "PER"), ("班", "n"), ("对此", "d"),
                    ("表示", "v")) == ["欧尔班"]
    # xwlb-20230316-09 南非总统拉马福萨: 拉/v|马福萨/PER
    assert _leaders(("南非", "LOC"), ("总统", "n"), ("拉", "v"), ("马福萨", "PER"), ("表示", "v")) == ["拉马福萨"]


def test_a_word_the_dictionary_lacks_starts_the_name_whatever_its_tag():
    # xwlb-20230209-13 阿尔及利亚总统特本决定: the model reads 特本/a; jieba does not know 特本
    assert _leaders(("阿尔及利亚", "LOC"), ("总统", "n"), ("特本", "a"), ("决定", "v"), ("，", "w")) == ["特本"]
    # xwlb-20230508-02 塔吉克斯坦总统拉赫蒙、: 拉赫蒙/v, mostly transliteration characters
    assert _leaders(("塔吉克斯坦", "LOC"), ("总统", "n"), ("拉赫蒙", "v"), ("、", "w")) == ["拉赫蒙"]


def test_no_name_where_a_common_word_follows_the_title():
    # xwlb-2023 headlines: 柬埔寨首相访华, 美国总统气候问题特使, 日本首相官邸, 巴西总统致慰问电
    assert _leaders(("柬埔寨", "LOC"), ("首相", "n"), ("访华", "v")) == []
    assert _leaders(("美国", "LOC"), ("总统", "n"), ("气候", "n"), ("问题", "n"), ("特使", "n")) == []
    assert _leaders(("日本", "LOC"), ("首相", "n"), ("官邸", "n"), ("前", "f")) == []
    assert _leaders(("巴西", "LOC"), ("总统", "n"), ("致", "v"), ("慰问电", "n")) == []
    # 阿根廷总统和巴西总统: a conjunction; 以色列总理顾问雷格夫: another title, another person
    assert _leaders(("阿根廷", "LOC"), ("总统", "n"), ("和", "c"), ("巴西", "LOC"), ("总统", "n")) == []
    assert _leaders(("以色列", "LOC"), ("总理", "n"), ("顾问", "n"), ("雷格夫", "PER")) == []
    # China's own titles are not foreign ones
    assert _leaders(("中国", "LOC"), ("总理", "n"), ("特本", "a"), ("决定", "v")) == []


def test_the_name_ends_where_the_segmenter_reads_a_common_word():
    # xwlb-20230410-13 伊朗总统易卜拉欣·莱希通电话: the model glues 通 (jieba: 莱希|通电话)
    assert _leaders(("伊朗", "LOC"), ("总统", "n"), ("易卜拉欣·莱希通", "PER"), ("电话", "n")) == ["易卜拉欣·莱希"]
    # xwlb-20230619-03 应德国总理朔尔茨和法国政府邀请: 朔尔茨和/ORG (jieba: 朔尔茨|和)
    assert _leaders(("应", "v"), ("德国", "LOC"), ("总理", "n"), ("朔尔茨和", "ORG"), ("法国政府", "ORG"),
                    ("邀请", "v")) == ["朔尔茨"]
    # pd-dev-00557 美国总统克林顿派代表前来祝贺: a verb glued on (克林顿派/PER)
    assert _leaders(("美国", "LOC"), ("总统", "n"), ("克林顿派", "PER"), ("代表", "n"), ("前来", "v")) == ["克林顿"]
    # xwlb-20230530-13 土耳其总统埃尔多安通电话: 埃尔多/PER|安通/v (jieba: 安|通电话)
    assert _leaders(("土耳其", "LOC"), ("总统", "n"), ("埃尔多", "PER"), ("安通", "v"), ("电话", "n")) == ["埃尔多安"]


def test_the_name_is_the_persons_elsewhere_in_the_article():
    # xwlb-20230719-07: 阿尔及利亚总统特本。… 特本表示
    assert _leaders(("阿尔及利亚", "LOC"), ("总统", "n"), ("特本", "a"), ("。", "w"), ("特本", "d"), ("表示", "v"),
                    ("，", "w")) == ["特本", "特本"]


NEWS_LEADERS = {
    "xwlb-20230128-08": ({("欧尔班", "Person")}, {("欧尔", "Person"), ("欧尔", "Agency")}),
    "xwlb-20230312-19": ({("特本", "Person"), ("奥尔特加", "Person")}, {("奥尔特", "Place")}),
    "xwlb-20230719-07": ({("特本", "Person")}, set()),
    "xwlb-20230907-06": ({("阿尔巴尼斯", "Person")}, {("阿尔巴尼斯", "Place")}),
    "xwlb-20230508-02": ({("拉赫蒙", "Person")}, set()),
    "xwlb-20230322-11": ({("罗德里格斯", "Person")}, {("罗德里格斯", "Place")}),
    "xwlb-20230410-13": ({("易卜拉欣·莱希", "Person")}, {("易卜拉欣·莱希通", "Person")}),
    "xwlb-20230316-09": ({("安瓦尔", "Person"), ("拉马福萨", "Person")}, set()),
    "xwlb-20230530-13": ({("埃尔多安", "Person")}, {("埃尔多", "Person")}),
    "xwlb-20230619-03": ({("朔尔茨", "Person")}, {("朔尔茨和", "Person")}),
    # 科威特新任埃米尔米沙勒 … 继任科威特埃米尔: the title alone is nobody
    "xwlb-20231218-03": ({("米沙勒", "Person")}, {("埃米尔", "Person")}),
    # 科威特王储米沙勒: the place ends before the title (the model reads 科威特王/LOC|储)
    "xwlb-20230921-01": ({("米沙勒", "Person")}, {("科威特王", "Place")}),
}


story_texts, test_foreign_leaders_in_news_stories = names_in_stories(NEWS_LEADERS)


def test_a_foreign_leader_is_one_person_end_to_end():
    ex = kgraph.extract_text("阿尔及利亚总统特本表示，我高度赞赏。会见特本时，赵乐际表示，双方合作不断发展。")
    people = [e for e in ex.entities if e.type == "Person" and e.label == "特本"]
    assert len(people) == 1 and len(people[0].mentions) == 2

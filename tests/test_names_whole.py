"""Whole names, no more and no less (issue 19, round 7): a foreign name the model cut after its
start (会见|布林|肯时), a character of the next word glued on (会见|莫朗时, 德索萨请|韩正转达) or a
date (哈桑·加巴什9日) or a word (习近平复信, 习近平和普京), and a ruler's title
between a country and the name (文莱|苏丹|哈桑纳尔) — faults that cost meetings their counterpart.

Read on a hand-built :class:`Analysis` (the model's words written in the test) and end to end on
stories of CCTV 新闻联播 transcripts of 2023 (``../shared/corpus/news/xwlb-2023.jsonl``)."""
import pytest

from kgraph.extraction.fusion import choose

from .test_names_types import _analysis, _chosen
from .test_recognise import _found, assert_names, names_in_stories


def test_a_foreign_names_start_is_the_whole_name_the_article_writes():
    # xwlb-20230919-05 在会见布林肯时 (the model: 布林/PER|肯/v|时/n; jieba: 布|林肯|时), where the
    # article writes the name whole elsewhere
    found = _chosen(("美国", "LOC"), ("国务卿", "n"), ("布林肯", "PER"), ("访华", "v"), ("。", "w"), ("在", "p"),
                    ("会见", "v"), ("布林", "PER"), ("肯", "v"), ("时", "n"), ("，", "w"), ("韩正", "PER"),
                    ("表示", "v"))
    assert ("布林肯", "Person") in found and ("布林", "Person") not in found
    # so is a Chinese name's: 武文/PER|赏 where the article writes 国家主席|武文赏 (xwlb-20231214-04)
    found = _chosen(("越南", "LOC"), ("国家主席", "n"), ("武文赏", "PER"), ("会见", "v"), ("。", "w"), ("武文", "PER"),
                    ("赏", "v"), ("表示", "v"), ("。", "w"))
    assert ("武文赏", "Person") in found and ("武文", "Person") not in found
    # a longer reading of the same words is no evidence: 巴西总统|卢拉/PER|致/v|慰问电 (jieba: 卢拉致), where
    # the leader's name read after the title runs on over the verb
    found = _chosen(("习近平", "PER"), ("向", "p"), ("巴西", "LOC"), ("总统", "n"), ("卢拉", "PER"), ("致", "v"),
                    ("慰问", "v"), ("电", "n"), ("。", "w"))
    assert ("卢拉", "Person") in found and ("卢拉致", "Person") not in found


def test_the_time_word_after_a_name_is_no_part_of_it():
    # xwlb-20230103-04 会见莫朗时，王岐山对其… (jieba guesses 莫朗时 as one word it does not know)
    found = _chosen(("会见", "v"), ("莫朗", "PER"), ("时", "n"), ("，", "w"), ("王岐山", "PER"), ("对其", "d"),
                    ("表示", "v"), ("感谢", "vn"), ("。", "w"))
    assert ("莫朗", "Person") in found and ("莫朗时", "Person") not in found


def test_a_word_glued_to_a_name_the_article_writes_alone_is_cut():
    # xwlb-20231111-02 国家主席习近平复信费城交响乐团总裁 (the model: 习近平复信/PER; jieba: 习近平|复信)
    found = _chosen(("国家主席", "n"), ("习近平复信", "PER"), ("费城交响乐团", "ORG"), ("总裁", "n"), ("。", "w"),
                    ("习近平", "PER"), ("在", "p"), ("信", "n"), ("中", "f"), ("表示", "v"), ("。", "w"))
    assert ("习近平", "Person") in found and ("习近平复信", "Person") not in found
    # xwlb-20230322-01 习近平和普京分别从乔治大厅两侧…走来 (the model: 习近平和/PER|普京/PER; jieba: 习近平|和普京)
    found = _chosen(("习近平和普京", "PER"), ("分别", "d"), ("走来", "v"), ("。", "w"), ("普京", "PER"), ("表示", "v"),
                    ("。", "w"), ("习近平", "PER"), ("指出", "v"), ("。", "w"))
    assert {("习近平", "Person"), ("普京", "Person")} <= found and ("习近平和普京", "Person") not in found
    # the rest of a name is no glued word: 萨勒曼 stays whole beside 萨勒 (jieba: 萨勒|曼)
    found = _chosen(("萨勒", "PER"), ("表示", "v"), ("。", "w"), ("萨勒曼", "PER"), ("指出", "v"), ("。", "w"))
    assert ("萨勒曼", "Person") in found


def test_a_name_the_dictionary_knows_after_a_role_word_is_read_where_the_model_cut_it():
    # pd-dev-01425 新华社记者曲志红、本报记者杨振武报道 (the model: 曲志/n|红/a; jieba: 曲志红/nr)
    found = _found("本报深圳6月18日电新华社记者曲志红、本报记者杨振武报道：记者在今天获悉。")
    assert {("曲志红", "Person"), ("杨振武", "Person")} <= found
    # not a word the model reads across the name: 拉美企业家|高/a|峰会/n (xwlb-20231103-08; jieba: 高峰会/nr)
    found = _found("国家副主席韩正在北京出席第十六届中国—拉美企业家高峰会开幕式并致辞。")
    assert ("高峰会", "Person") not in found


def test_a_name_listed_with_a_person_is_a_name_though_the_dictionary_knows_the_word():
    # pd-dev-00845 奔走着老指挥严良和李培智等人四处游说 (jieba: 严良/a)
    found = _chosen(("奔走", "v"), ("着", "u"), ("老", "a"), ("指挥", "v"), ("严良", "PER"), ("和", "c"),
                    ("李培智", "PER"), ("等人", "n"), ("游说", "v"), ("。", "w"))
    assert {("严良", "Person"), ("李培智", "Person")} <= found
    # the same word with no person listed beside it is the dictionary's word (a hand-built variant)
    found = _chosen(("奔走", "v"), ("着", "u"), ("老", "a"), ("指挥", "v"), ("严良", "PER"), ("四处", "s"),
                    ("游说", "v"), ("。", "w"))
    assert ("严良", "Person") not in found


def test_a_verb_of_asking_after_a_name_is_no_part_of_it():
    # xwlb-20230510-04 德索萨请韩正转达他对习近平主席的亲切问候 (jieba: 德索萨请, a word it guesses)
    found = _chosen(("德索萨", "PER"), ("请", "v"), ("韩正", "PER"), ("转达", "v"), ("他", "r"), ("对", "p"),
                    ("习近平", "PER"), ("主席", "n"), ("的", "u"), ("问候", "vn"), ("。", "w"))
    assert ("德索萨", "Person") in found and ("德索萨请", "Person") not in found


def test_a_name_holds_no_digit():
    # xwlb-20230210-11 叙利亚卫生部长哈桑·加巴什9日呼吁国际社会提供帮助 (the model: 哈桑·加巴什9日/PER)
    found = _chosen(("叙利亚", "LOC"), ("卫生", "an"), ("部长", "n"), ("哈桑·加巴什9日", "PER"), ("呼吁", "v"),
                    ("国际社会", "n"), ("。", "w"))
    assert ("哈桑·加巴什", "Person") in found and ("哈桑·加巴什9日", "Person") not in found


def test_a_rulers_title_after_a_country_names_the_ruler_not_a_second_country():
    # xwlb-20231117-06 习近平在旧金山会见文莱苏丹哈桑纳尔 (the model: 文莱苏丹哈桑纳尔/LOC)
    found = _chosen(("习近平", "PER"), ("在", "p"), ("旧金山", "LOC"), ("会见", "v"), ("文莱苏丹哈桑纳尔", "LOC"),
                    ("。", "w"))
    assert {("哈桑纳尔", "Person"), ("文莱", "Place")} <= found
    assert ("苏丹", "Place") not in found and ("文莱苏丹哈桑纳尔", "Place") not in found
    # alone, 苏丹 is the country: 在苏丹首都喀土穆
    found = _chosen(("冲突", "n"), ("在", "p"), ("苏丹", "LOC"), ("首都", "n"), ("喀土穆", "LOC"), ("爆发", "v"))
    assert ("苏丹", "Place") in found


NEWS_WHOLE = {
    "xwlb-20230919-05": ({("布林肯", "Person")}, {("布林", "Person")}),
    "xwlb-20230103-04": ({("莫朗", "Person")}, {("莫朗时", "Person")}),
    "xwlb-20230510-04": ({("德索萨", "Person")}, {("德索萨请", "Person")}),
    "xwlb-20230210-11": ({("哈桑·加巴什", "Person")}, {("哈桑·加巴什9日", "Person")}),
    "xwlb-20231111-02": ({("习近平", "Person")}, {("习近平复信", "Person")}),
    "xwlb-20230322-01": ({("习近平", "Person"), ("普京", "Person")}, {("习近平和普京", "Person")}),
    "xwlb-20231117-06": ({("哈桑纳尔", "Person"), ("文莱", "Place")},
                         {("文莱苏丹哈桑纳尔", "Place"), ("苏丹", "Place")}),
}


story_texts, test_whole_names_in_news_stories = names_in_stories(NEWS_WHOLE)


def test_the_rest_of_a_foreign_name_read_as_a_word_of_no_name_is_the_names():
    # xwlb-20230412-13 哈萨克斯坦外长努尔特列吾会晤 (the model: 努尔特/PER|列吾/v; jieba: 努尔|特列|吾, where
    # the leader read after the title ended)
    found = _chosen(("哈萨克斯坦", "LOC"), ("外长", "n"), ("努尔特", "PER"), ("列吾", "v"), ("会晤", "v"), ("后", "f"),
                    ("表示", "v"), ("。", "w"))
    assert ("努尔特列吾", "Person") in found and ("努尔特列", "Person") not in found
    # pd-dev-01191 新闻学院院长格雷特施莱格、 (the model: 格雷特/PER|施莱格/v; jieba: 施|莱格)
    found = _chosen(("奥记者俱乐部新闻学院", "ORG"), ("院长", "n"), ("格雷特", "PER"), ("施莱格", "v"), ("、", "w"),
                    ("发行人", "n"), ("出席", "v"), ("。", "w"))
    assert ("格雷特施莱格", "Person") in found
    # not a word glued on, nor a Chinese name's next word, nor a place's rest, nor before a noun
    for tagged, wrong in (
            ((("教授", "n"), ("安吉拉·克里斯亚蒂诺", "PER"), ("等人", "v"), ("，", "w")), "安吉拉·克里斯亚蒂诺等人"),
            ((("贤内助们", "n"), ("律己", "PER"), ("律夫", "v"), ("也", "d"), ("突出", "a"), ("。", "w")), "律己律夫"),
            ((("破坏", "v"), ("安东诺夫斯", "PER"), ("基桥", "n"), ("，", "w")), "安东诺夫斯基桥"),
            ((("加拿大", "LOC"), ("萨斯喀彻", "PER"), ("温省", "v"), ("的", "u")), "萨斯喀彻温省"),
            ((("习近平", "PER"), ("邀请", "v"), ("马克龙", "PER"), ("共进", "v"), ("晚餐", "n"), ("。", "w")), "马克龙共进"),
            ((("尤妮斯·杜姆弗", "PER"), ("身中", "s"), ("多", "v"), ("枪", "n"), ("身亡", "v"), ("。", "w")),
             "尤妮斯·杜姆弗身中")):
        assert (wrong, "Person") not in _chosen(*tagged)


@pytest.mark.parametrize("story_id, sentence, name, piece", [
    ("xwlb-20230412-13", "俄罗斯外长拉夫罗夫11日在与哈萨克斯坦外长努尔特列吾会晤后的新闻发布会上表示，各国都应在国际法的基础上开展平等互利合作。",
     "努尔特列吾", "努尔特列"),
    ("pd-dev-01191", "奥记者俱乐部新闻学院院长格雷特施莱格、发行量最大的报纸《新皇冠报》的发行人汉斯·迪尚德先生出席。",
     "格雷特施莱格", "格雷特"),
])
def test_a_foreign_name_is_whole_end_to_end(story_id, sentence, name, piece):
    assert_names(sentence, {(name, "Person")}, {(piece, "Person")})


def test_a_long_name_the_dictionary_holds_whole_is_whole():
    # 日本外相小渊惠三表示 (the model: 小渊惠/PER|三/m; jieba: 小渊惠三/nr); xwlb-20230119-03 张平、向巴平措、张宝文
    assert ("小渊惠三", "Person") in _chosen(("日本", "LOC"), ("外相", "n"), ("小渊惠", "PER"), ("三", "m"),
                                            ("表示", "v"), ("。", "w"))
    # not a doctrine (jieba: 邓小平理论/nr), nor where the model's word runs past jieba's (陆海空/PER|三军/n)
    found = _chosen(("学好", "v"), ("邓小平", "PER"), ("理论", "n"), ("于己有益", "l"), ("。", "w"))
    assert ("邓小平", "Person") in found and ("邓小平理论", "Person") not in found
    found = _chosen(("伊朗", "LOC"), ("陆海空", "PER"), ("三军", "n"), ("和", "c"), ("防空", "vn"), ("部队", "n"))
    assert ("陆海空三", "Person") not in found


def test_a_person_the_article_names_on_evidence_is_that_person_where_the_model_guessed_a_body():
    # xwlb-20230401-06: 李强|同|安瓦尔/ORG|举行会谈 … 安瓦尔/PER|表示 (jieba: 同安|瓦尔) — the meeting lost its other side
    an = _analysis(("欢迎", "v"), ("仪式", "n"), ("后", "f"), ("，", "w"), ("李强", "PER"), ("同", "p"),
                   ("安瓦尔", "ORG"), ("举行", "v"), ("会谈", "vn"), ("。", "w"), ("安瓦尔", "PER"), ("表示", "v"),
                   ("，", "w"), ("中国", "LOC"), ("是", "v"), ("伟大", "a"), ("朋友", "n"), ("。", "w"))
    assert [c.type for c in choose(an) if an.text[c.start:c.end] == "安瓦尔"] == ["Person", "Person"]
    # a name read without evidence spreads to no other word the model guessed (汗|尤尼斯: a city's name cut)
    found = _chosen(("空袭", "v"), ("汗", "n"), ("尤尼斯", "ORG"), ("。", "w"), ("尤尼斯", "PER"), ("受伤", "v"),
                    ("。", "w"))
    assert ("尤尼斯", "Agency") not in found


def test_a_meeting_keeps_its_other_side_the_model_read_as_a_body():
    import kgraph

    text = "欢迎仪式后，李强同安瓦尔举行会谈。\n安瓦尔表示，中国是马来西亚的伟大朋友。\n会谈后，李强和安瓦尔共同见证了合作文件的签署。"
    extraction = kgraph.extract_text(text)
    people = {e.label: e for e in extraction.entities if e.type == "Person"}
    assert len(people["安瓦尔"].mentions) == 3
    meetings = [e for e in extraction.events if e.type == "Meeting"]
    assert meetings and any(role == "counterpart" and key.endswith("安瓦尔") for role, key in meetings[0].arguments)

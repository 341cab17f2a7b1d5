"""Recognition with the trained model: the shapes of government news, from two kinds
of text that are not the sample page: sentences written for issue #10 after the
patterns the rules missed, and sentences of CCTV 新闻联播 transcripts of 2023
(``../shared/corpus/news/xwlb-2023.jsonl``, quoted here with the story id)."""
import pytest

import kgraph
from kgraph.recognise import Candidate, fuse

from .conftest import by_label, relations


def _extract(text, **kw):
    return kgraph.extract_text(text, **kw)


def _people(ex):
    return {e.label: e.prop("role") for e in ex.entities if e.type == "Person"}


# ---------------------------------------------------------------- written for the issue

def test_a_township_head_holds_a_post_in_its_government_and_no_verb_joins_the_name():
    ex = _extract("城关镇镇长李明辉代表镇政府讲话。")
    assert _people(ex) == {"李明辉": "official"}  # not 李明辉代表
    assert ("李明辉", "城关镇人民政府", "镇长") in relations(ex, "holdsPost")
    assert "城关镇" in by_label(ex, "AdministrativeDivision")


def test_a_village_party_secretary_is_an_official():
    assert _people(_extract("村党总支书记王德顺说，今年村里新修了三条路。")) == {"王德顺": "official"}


def test_every_name_of_a_list_is_a_person():
    ex = _extract("村两委成员赵丽、孙强、周建华参加。")
    assert set(_people(ex)) == {"赵丽", "孙强", "周建华"}


def test_a_chain_of_titles_gives_every_post():
    ex = _extract("国家发展改革委党组成员、副主任赵辰昕出席。")
    posts = relations(ex, "holdsPost")
    assert {("赵辰昕", "国家发展和改革委员会", "党组成员"), ("赵辰昕", "国家发展和改革委员会", "副主任")} <= posts


def test_named_sites_and_features_are_places():
    for text in ("红岩山革命烈士陵园", "东风水库"):
        ex = _extract(f"大家来到{text}参观。")
        assert text in by_label(ex, "Place"), text


def test_national_bodies_listed_with_titles_are_not_invented_and_do_not_crash():
    ex = _extract("中央纪委委员、国家监委委员王明出席。")
    agencies = set(by_label(ex, "Agency"))
    assert agencies == {"中央纪委", "国家监委"}  # no 中央纪委国家监委
    assert {("王明", "中央纪委", "委员"), ("王明", "国家监委", "委员")} <= relations(ex, "holdsPost")


# ---------------------------------------------------------------- from the news corpus

def test_a_ministers_title_names_the_ministry_and_the_post():
    # xwlb-20230105-12
    ex = _extract("俄罗斯国防部长绍伊古当天表示，“锆石”高超音速导弹已列装。")
    assert ("绍伊古", "俄罗斯国防部", "部长") in relations(ex, "holdsPost")


def test_a_country_and_organisation_words_are_an_organisation():
    # xwlb-20231004-08, xwlb-20230718-08
    assert "中国女队" in by_label(_extract("4×100米接力比赛压轴上演，中国女队跑出43秒39的成绩。"), "Agency")
    ex = _extract("大运会首个境外代表团——巴西代表团抵达成都天府国际机场。")
    assert "巴西代表团" in by_label(ex, "Agency")
    assert "成都天府国际机场" in by_label(ex, "Place")


def test_an_area_of_a_province_is_not_a_ministry():
    # xwlb-20230318-11: 北部 ends in 部 but names a part of 新疆
    ex = _extract("未来三天，新疆北部有明显雨雪和大风降温。")
    assert not by_label(ex, "Agency")
    assert "新疆维吾尔自治区" in by_label(ex, "AdministrativeDivision")


def test_national_leaders_and_foreign_names_are_people():
    # xwlb-20230101-03, xwlb-20230101-06
    ex = _extract("1月1日，国家主席习近平同安提瓜和巴布达总督互致贺电。")
    assert _people(ex) == {"习近平": "official"}
    assert "安提瓜和巴布达" in by_label(ex, "Place")  # not a person 安提
    ex = _extract("12月31日致电本雅明·内塔尼亚胡，祝贺他再次就任以色列总理。")
    assert "本雅明·内塔尼亚胡" in _people(ex)
    assert "以色列" in by_label(ex, "Place")


def test_names_listed_after_a_title_all_hold_it():
    # xwlb-20230118-02
    ex = _extract("中央军委委员李尚福、刘振立、苗华、张升民出席。")
    posts = relations(ex, "holdsPost")
    assert {(name, "中央军委", "委员") for name in ("李尚福", "刘振立", "苗华", "张升民")} <= posts


def test_a_village_secretary_after_the_village():
    # xwlb-20230130-01
    ex = _extract("在山西省汾西县段村，村党支部书记李佳莉最近一直忙活。")
    assert _people(ex) == {"李佳莉": "official"}


# ---------------------------------------------------------------- modes, lexicons, fusion

def test_without_the_model_only_rules_find_names():
    text = "1月2日，国家主席习近平致函路易斯·伊纳西奥·卢拉·达席尔瓦。"  # xwlb-20230103-01
    assert "习近平" in _people(_extract(text))
    assert not _people(_extract(text, model="none"))


def test_an_unknown_model_is_a_clear_error():
    with pytest.raises(kgraph.InputError, match="no such model"):
        _extract("测试", model="bert")


def test_a_users_lexicon_overrides_the_model(tmp_path):
    # a user's lexicons are read once per process: each case has its own directory
    white, black = tmp_path / "white", tmp_path / "black"
    white.mkdir(), black.mkdir()
    text = "红旗渠精神宣讲团来到林州市。"
    assert "红旗渠精神宣讲团" not in by_label(_extract(text), "Agency")
    (white / "names.tsv").write_text("红旗渠精神宣讲团\tAgency\n", encoding="utf-8")
    assert "红旗渠精神宣讲团" in by_label(_extract(text, lexicon=white), "Agency")
    (black / "vetoes.tsv").write_text("# never a person here\n习近平\tPerson\n", encoding="utf-8")
    assert "习近平" not in _people(_extract("国家主席习近平发表讲话。", lexicon=black))


def test_a_missing_lexicon_directory_is_a_clear_error(tmp_path):
    with pytest.raises(kgraph.InputError, match="not a directory"):
        _extract("测试", lexicon=tmp_path / "nowhere")


def test_fusion_keeps_what_the_rules_resolved_and_the_longest_of_the_rest():
    taken = [(0, 3, "AdministrativeDivision"), (10, 14, "Agency")]
    candidates = [
        Candidate(0, 2, "Place", "model"),        # inside a rule's division: loses
        Candidate(0, 8, "Agency", "model"),       # an organisation holding the division: wins
        Candidate(4, 6, "Person", "model"),       # overlaps the longer organisation: loses
        Candidate(11, 13, "Person", "model"),     # inside a rule's agency: loses
        Candidate(20, 22, "Place", "world"),
        Candidate(20, 24, "Agency", "model"),     # longer than the country: wins
    ]
    assert [(c.start, c.end, c.type) for c in fuse(taken, candidates)] == [(0, 8, "Agency"), (20, 24, "Agency")]

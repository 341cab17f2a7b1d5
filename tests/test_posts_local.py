"""Posts in local news: a bare title (县长, 县委书记) is completed by the division the article
names (公安县人民政府, 公安县委), and nothing is invented when no division is named.  On People's
Daily sentences of ../shared/eval/ner/news-ner-dev.jsonl (a city's leaders named by bare titles),
on the shared local article, and on invented local notices, end to end."""
import pytest

import kgraph
from kgraph.model import Key

from .builders import analysis_of, hand_built, mention
from .conftest import SHARED, shared_records

NER_DEV = SHARED / "eval" / "ner" / "news-ner-dev.jsonl"
LOCAL = SHARED / "corpus" / "000_81ca9869dae714d6.txt"


def _holdings(text: str) -> set[tuple[str, str, str, bool]]:
    ex = kgraph.extract_text(text)
    labels = {e.id: e.label for e in ex.entities}
    return {(labels[r.subject], labels[r.object], r.prop("title"), bool(r.prop("former")))
            for r in ex.relations if r.predicate == "holdsPost"}


@pytest.fixture(scope="module")
def people_daily():
    return shared_records(NER_DEV, {"pd-dev-00339", "pd-dev-00125"},
                          "the NER dev sentences")


def test_a_bare_title_in_a_sentence_that_names_no_division_gives_no_post(people_daily):
    # pd-dev-00339: 省委常委|、|市委书记|纪馨芳|深入… — which city is not said
    assert _holdings(people_daily["pd-dev-00339"]["text"]) == set(), people_daily["pd-dev-00339"]["text"]


def test_a_title_after_its_division():
    # an invented local sentence: 省委常委|、|十堰市|市长|刘振华 (a title written after its division)
    assert ("刘振华", "十堰市人民政府", "市长", False) in _holdings("会上，省委常委、十堰市市长刘振华作动员讲话。")


def test_the_articles_county_completes_a_bare_title():
    found = _holdings("公安县召开防汛工作会议。县长赵红梅出席会议。县委书记王建国主持会议并讲话。")
    assert found == {("赵红梅", "公安县人民政府", "县长", False), ("王建国", "公安县委", "书记", False)}


def test_no_county_named_no_post_invented():
    assert _holdings("县委书记王建国主持会议。县长赵红梅出席。") == set()


def test_the_shared_local_article():
    if not LOCAL.exists():
        pytest.skip(f"{LOCAL} is not here: this case reads the local article beside the repository")
    found = _holdings(LOCAL.read_text(encoding="utf-8"))
    assert {("冯荆柯", "公安县委", "副书记", False), ("冯荆柯", "公安县委政法委", "书记", False)} <= found


# --- a bare party committee of the division named (posts._committees_of_the_division_named)

def _local_analysis(text: str, divisions: tuple[tuple[str, str], ...], people: tuple[str, ...]):
    """An analysis with the divisions (name, gazetteer level) and people given; no model."""
    return hand_built(text, *((f"AdministrativeDivision:{level}", name) for name, level in divisions),
                      *(("Person", name) for name in people))


def _facts(an):
    return {(f.subject.name, f.object.name, dict(f.props)["title"]) for f in an.facts if f.predicate == "holdsPost"}


def test_a_bare_committee_on_a_hand_built_analysis():
    from kgraph.extraction.posts import find_posts

    an = _local_analysis("高陵镇召开会议，镇党委书记陈志明讲话。", (("高陵镇", "township"),), ("陈志明",))
    find_posts(an)
    assert _facts(an) == {("陈志明", "高陵镇党委", "书记")}
    assert ("高陵镇党委", "?/高陵镇") in {(f.subject.name, f.object.name) for f in an.facts if f.predicate == "locatedIn"}
    # a village is no township: 镇党委 after naming only a village names nobody's committee
    an = _local_analysis("谭家洲村召开会议，镇党委书记陈志明讲话。", (("谭家洲村", "village"),), ("陈志明",))
    find_posts(an)
    assert _facts(an) == set()


def test_a_community_committee_in_the_news(people_daily):
    # xwlb-20230317-07: 东经路社区|…，|社区|党委书记|、|全国人大代表|李丹丹 — the segmenter joins 党委书记
    text = shared_records(SHARED / "corpus" / "news" / "xwlb-2023.jsonl", {"xwlb-20230317-07"},
                          "the shared news corpus")["xwlb-20230317-07"]["text"]
    found = _holdings(text)
    assert {("李丹丹", "东经路社区党委", "书记", False), ("李丹丹", "全国人大", "代表", False)} <= found
    assert not any(organisation == "社区党委" for _, organisation, _, _ in found)


def test_bare_committees_of_a_town_a_community_and_a_sub_district_end_to_end():
    found = _holdings("高陵镇召开会议，镇党委书记陈志明讲话。东苑社区召开居民会议。社区党委书记刘建军主持会议。"
                      "朝阳街道召开会议，街道党工委书记孙建华讲话。")
    assert {("陈志明", "高陵镇党委", "书记", False), ("刘建军", "东苑社区党委", "书记", False),
            ("孙建华", "朝阳街道党工委", "书记", False)} <= found
    assert _holdings("会议强调，镇党委书记陈志明要抓好落实。") == set()  # no town named


# --- a chain after a local agency whose name only the later stages read (posts._officials_named_late)

def test_a_name_read_after_the_first_stage_holds_the_chains_posts():
    from kgraph.extraction.posts import find_posts

    an = analysis_of("朝阳街道召开会议，街道党工委副书记、办事处主任蒋海波主持。")
    town = mention(an, "AdministrativeDivision:township", "朝阳街道", key=Key("division", "421002/朝阳街道")).key
    mention(an, "Agency", "街道党工委", "朝阳街道党工委", division=town, division_label="朝阳街道", abbreviated=True)
    mention(an, "Person", "蒋海波")
    find_posts(an)
    assert _facts(an) == {("蒋海波", "朝阳街道党工委", "副书记"), ("蒋海波", "朝阳街道办事处", "主任")}
    find_posts(an)  # read again: the sentence gave the posts, nothing is added twice
    assert len([f for f in an.facts if f.predicate == "holdsPost"]) == 2


def test_a_sub_district_chain_end_to_end():
    found = _holdings("沙市区朝阳街道召开会议，街道党工委副书记、办事处主任蒋海波主持。")
    assert found == {("蒋海波", "朝阳街道党工委", "副书记", False), ("蒋海波", "朝阳街道办事处", "主任", False)}


def test_both_houses_are_no_unit_of_a_body(people_daily):
    # pd-dev-00125: 参议院|和|国民议会|两院|议长 — 两院 (both houses) is no unit 国民议会两院
    ex = kgraph.extract_text(people_daily["pd-dev-00125"]["text"])
    assert "国民议会两院" not in {e.label for e in ex.entities}

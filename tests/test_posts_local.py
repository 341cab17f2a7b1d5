"""Posts in local news: a bare title (县长, 县委书记) is completed by the division the article
names (公安县人民政府, 公安县委), and nothing is invented when no division is named.  On People's
Daily sentences of ../shared/eval/ner/news-ner-dev.jsonl (a city's leaders named by bare titles),
on the shared local article, and on invented local notices, end to end."""
import pytest

import kgraph

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
    return shared_records(NER_DEV, {"pd-dev-00008", "pd-dev-00339", "pd-dev-01730"}, "the NER dev sentences")


def test_a_bare_title_in_a_sentence_that_names_no_division_gives_no_post(people_daily):
    # pd-dev-00008: 市委书记|张敬涛|召集… ; pd-dev-00339: 省委常委|、|市委书记|纪馨芳|深入… — which city is not said
    for record in ("pd-dev-00008", "pd-dev-00339"):
        assert _holdings(people_daily[record]["text"]) == set(), people_daily[record]["text"]


def test_a_title_after_its_division(people_daily):
    # pd-dev-01730: 中共中央政治局委员|、|北京市|市长|贾庆林
    assert ("贾庆林", "北京市人民政府", "市长", False) in _holdings(people_daily["pd-dev-01730"]["text"])


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

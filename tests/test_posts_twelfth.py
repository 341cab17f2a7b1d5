"""Posts that people alone in a year of news hold (issue #18, the round-12 sweep of
../shared/corpus/news/xwlb-2023.jsonl): former posts right after a body named in a notice of
discipline (…委员会|原副|主任, …局原|党组书记).  On hand-built analyses without the model, and end
to end on the news stories the sweep read them from (quoted with the story id)."""
import pytest

import kgraph
from kgraph.extraction.posts import find_officials

from .builders import hand_built
from .conftest import NEWS, shared_records
from .test_posts import _posts


# --- hand-built analyses

def test_a_unit_before_a_former_marker_holds_the_former_posts():
    # xwlb-20230107-01: 全国政协|社会|和|法制|委员会|原副|主任|傅政华 — the unit's name runs up to the
    # marker the segmenter glued to the title (原副), and the post is former
    an = hand_built("全国政协社会和法制委员会原副主任傅政华被开除党籍。",
                    ("Agency", "全国政协", "全国政协"), ("Person", "傅政华", "傅政华"))
    find_officials(an)
    assert _posts(an) == {("傅政华", "全国政协社会和法制委员会", "副主任", True)}


def test_a_unit_before_words_that_are_no_title_is_not_read():
    # the same sentence with no title after the marker: no unit, no post
    an = hand_built("全国政协社会和法制委员会原来的同志傅政华被开除党籍。",
                    ("Agency", "全国政协", "全国政协"), ("Person", "傅政华", "傅政华"))
    find_officials(an)
    assert not any(organisation.endswith("委员会") for _, organisation, _, _ in _posts(an))


# --- the news stories of the sweep, end to end

NEWS_TWELFTH_POSTS = {
    # a body the model reads up to 原, which the segmenter glued to it (局原|党组书记)
    "xwlb-20230129-09": {("卢林", "福建省福州市粮食和物资储备局", "党组书记", True),
                         ("卢林", "福建省福州市粮食和物资储备局", "局长", True)},
    "xwlb-20230107-01": {("傅政华", "全国政协社会和法制委员会", "副主任", True)},
}


@pytest.fixture(scope="module")
def news_stories():
    return shared_records(NEWS, set(NEWS_TWELFTH_POSTS), "the shared news corpus")


def _holdings(story: str, text: str) -> set[tuple[str, str, str, bool]]:
    ex = kgraph.extract_text(text, doc_id=story)
    labels = {e.id: e.label for e in ex.entities}
    return {(labels[r.subject], labels[r.object], r.prop("title"), bool(r.prop("former")))
            for r in ex.relations if r.predicate == "holdsPost"}


@pytest.mark.parametrize("story", sorted(NEWS_TWELFTH_POSTS))
def test_posts_the_twelfth_sweep_found_missed(news_stories, story):
    found = _holdings(story, news_stories[story]["title"] + "\n" + news_stories[story]["text"])
    assert NEWS_TWELFTH_POSTS[story] <= found, NEWS_TWELFTH_POSTS[story] - found

"""Posts and relations on a year of national news (issue #18, eleventh round): a foreign
secretary of state's post (美国|国务卿|布林肯), a name with its title after it that the model
reads as an organisation (徐涛|委员), and a ship named after a province (山东|舰|航母编队), which
is not in it.  Real sentences of ../shared/corpus/news/xwlb-2023.jsonl, copied as literals."""
import kgraph


def _extract(text: str):
    ex = kgraph.extract_text(text, date="2023-06-19")
    labels = {e.id: e.label for e in ex.entities}
    return ex, labels


def _holdings(text: str) -> set[tuple[str, str, str]]:
    ex, labels = _extract(text)
    return {(labels[r.subject], labels[r.object], r.prop("title"))
            for r in ex.relations if r.predicate == "holdsPost"}


# --- 1. a foreign 国务卿 holds the post in the state (data/posts/foreign_titles.tsv)

def test_a_secretary_of_state_holds_the_post_in_his_country():
    # xwlb-2023, 6月19日: 习近平在北京会见美国国务卿布林肯
    found = _holdings("6月19日下午，国家主席习近平在北京会见美国国务卿布林肯。")
    assert ("布林肯", "美国", "国务卿") in found
    assert ("习近平", "中华人民共和国", "国家主席") in found


def test_a_secretary_of_state_at_the_head_of_a_sentence():
    found = _holdings("美国国务卿布林肯18日在德国慕尼黑安全会议期间声称，美国将继续向乌克兰提供支持。")
    assert ("布林肯", "美国", "国务卿") in found


def test_the_title_alone_is_no_post_without_a_country():
    # 国务卿 says whose state only after the country's name: no organisation is made up
    assert not {h for h in _holdings("国务卿布林肯当天发表讲话。") if h[0] == "布林肯"}

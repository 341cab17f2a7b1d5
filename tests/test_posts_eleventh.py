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


# --- 2. a name with its title after it is no organisation (posts._ends_with_a_title_word)

def test_a_member_named_with_the_title_after_the_name_is_no_agency():
    # xwlb-2023 (全国政协双周协商座谈会): 徐涛委员代表农工党中央发言说
    ex, labels = _extract("徐涛委员代表农工党中央发言说，健康产业产业链长、带动作用大。")
    agencies = {e.label for e in ex.entities if e.type == "Agency"}
    assert not any(label.startswith("徐涛") for label in agencies)
    assert "农工党中央" in agencies
    assert "徐涛" in {e.label for e in ex.entities if e.type == "Person"}


def test_a_name_cut_out_of_a_word_before_a_title_is_no_person():
    # xwlb-2023: 英国反对党工党党首基尔·斯塔默 (the model's span 党工党党首 starts inside 反对党)
    ex, labels = _extract("英国反对党工党党首基尔·斯塔默表示，这场闹剧必须停止。")
    assert "党工党" not in {e.label for e in ex.entities if e.type == "Person"}


def test_members_named_with_the_title_after_the_name_are_people():
    # xwlb-2023: 洪慧民常委代表民建中央发言提出 / 曹卫星常委代表民盟中央发言提出
    ex, labels = _extract("洪慧民常委代表民建中央发言提出，强化企业科技创新主体地位。")
    assert "洪慧民" in {e.label for e in ex.entities if e.type == "Person"}


def test_a_title_word_ends_the_models_name_only_as_a_word():
    from kgraph.extraction.posts.body_names import _title_word_ending
    from .builders import analysis_of

    an = analysis_of("徐涛委员代表农工党中央发言。")
    assert _title_word_ending(an, 0, 4) == 2  # 徐涛|委员
    an = analysis_of("全国政协外事委员会主任发言。")
    assert _title_word_ending(an, 0, 9) is None  # 全国政协|外事|委员会: 委员 inside a word


# --- 3. a ship named after a province is not in it (relations._division_named_first)

def test_a_carrier_group_named_after_a_province_is_not_in_it():
    # xwlb-2023 (海军山东舰航母编队完成远海战备训练)
    ex, labels = _extract("连日来，山东舰航母编队赴台岛以东海空域开展远海战备训练，演练历时近一个月。")
    located = {(labels[r.subject], labels[r.object]) for r in ex.relations if r.predicate == "locatedIn"}
    assert not {pair for pair in located if pair[1] == "山东省"}


def test_a_body_named_after_its_province_stays_in_it():
    from kgraph.extraction.relations import _division_named_first

    assert _division_named_first("山东舰航母编队") is None
    assert _division_named_first("新疆生产建设兵团") is not None

"""Posts of foreign party leaders (issue #18: every post a story states, with its organisation): a party a foreign country's
name opens, read right before its leader's title whatever the model read there, and a head of state's title after the
party's in the chain, held in the country.  End to end on a sentence of ``../shared/corpus/news/xwlb-2023.jsonl``
(xwlb-20230316-01, the leaders who spoke at the CPC's dialogue with the world's parties)."""
import kgraph

_SPEAKERS = ("南非非洲人国民大会主席、总统拉马福萨，南苏丹苏丹人民解放运动主席、总统基尔，"
             "塞尔维亚前进党主席、总统武契奇，巴布亚新几内亚潘古党领袖、政府总理马拉佩等在对话会上致辞。")


def _posts(text):
    ex = kgraph.extract_text(text)
    labels = {e.id: e.label for e in ex.entities}
    return {(labels[r.subject], dict(r.props).get("title"), labels[r.object])
            for r in ex.relations if r.predicate == "holdsPost"}


def test_a_party_a_foreign_country_opens_before_its_leaders_title_is_one_body():
    posts = _posts(_SPEAKERS)
    # (the model: 南苏丹苏丹/LOC, 塞尔维亚前进党/LOC, 巴布亚新几内亚潘古党/LOC)
    assert {("拉马福萨", "主席", "南非非洲人国民大会"), ("基尔", "主席", "南苏丹苏丹人民解放运动"),
            ("武契奇", "主席", "塞尔维亚前进党"), ("马拉佩", "领袖", "巴布亚新几内亚潘古党")} <= posts


def test_a_head_of_states_title_after_the_partys_is_held_in_the_country():
    posts = _posts(_SPEAKERS)
    assert {("拉马福萨", "总统", "南非"), ("基尔", "总统", "南苏丹"), ("武契奇", "总统", "塞尔维亚"),
            ("马拉佩", "总理", "巴布亚新几内亚政府")} <= posts
    # (not the country of the party named before it in the list: 基尔 is 南苏丹's president, not 南非's)
    assert ("基尔", "总统", "南非") not in posts
    # a title the body names itself stays its own (美国国务院|副国务卿: not a party's chain)
    assert ("坎贝尔", "副国务卿", "美国国务院") in _posts("美国国务院副国务卿坎贝尔当天表示，美方愿同中方保持沟通。")


def test_the_two_congos_are_named_as_news_writes_them():
    # xwlb-20231019-04: 刚果（布）|总统|萨苏 — the country whole, brackets and all, not 刚果 cut before them
    assert ("萨苏", "总统", "刚果（布）") in _posts("习近平在人民大会堂会见来华出席第三届“一带一路”国际合作高峰论坛的刚果（布）总统萨苏。")
    assert ("齐塞克迪", "总统", "刚果（金）") in _posts("刚果民主共和国总统齐塞克迪在金沙萨会见中国代表团。")


def test_heads_of_malaysias_state_and_its_states_government():
    # xwlb-20231111-05: 马来西亚|最高元首|阿卜杜拉 (the head of state: the country), 槟城州|首席部长|曹观友 (a state's head of
    # government, one title: no body 槟城州首席部 with a 部长)
    posts = _posts("韩正分别会见马来西亚最高元首阿卜杜拉、总理安瓦尔。10日，韩正赴槟城州访问，会见槟城州首席部长曹观友。")
    assert {("阿卜杜拉", "最高元首", "马来西亚"), ("曹观友", "首席部长", "槟城州政府")} <= posts
    assert not any(org == "槟城州首席部" for _, _, org in posts)


def test_a_title_after_a_lists_mark_is_held_in_the_country_of_the_item_before():
    # xwlb-20230629-11: 塞尔维亚|总统|武契奇|、|总理|布尔纳比奇 — the premier is Serbia's (not China's 国务院: 总理 alone implies it)
    assert ("布尔纳比奇", "总理", "塞尔维亚政府") in _posts("通车仪式上，塞尔维亚总统武契奇、总理布尔纳比奇出席。")
    assert ("米舒斯京", "总理", "俄罗斯政府") in _posts("俄罗斯总统普京、总理米舒斯京当天出席了会议。")
    # (China's stays China's: 国家主席|习近平|、|总理|李强)
    assert ("李强", "总理", "国务院") in _posts("国家主席习近平、总理李强出席。")


def test_no_party_of_words_that_say_which_party_or_of_a_clause():
    # xwlb-2023: 美国国会参议院|多数党|领袖|舒默 (the majority, no party's name), 越南国会|将|认真|落实|两党|总书记 (a clause),
    # 纪念|美国|民权运动|领袖 (a movement, no party)
    for text in ("美国国会参议院多数党领袖舒默表示。", "越南国会将认真落实两党总书记达成的共识。", "纪念美国民权运动领袖马丁·路德·金。"):
        agencies = {e.label for e in kgraph.extract_text(text).entities if e.type == "Agency"}
        assert not any(label.endswith(("党", "运动")) for label in agencies), (text, agencies)

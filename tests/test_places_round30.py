"""Named places read in national news (issue #19: named sites are Places, each locatedIn the division the text puts
it in): a site the model reads whole though the dictionary tags its name a common word, and a route's two ends."""
from __future__ import annotations

import kgraph


def _places(text: str, date: str = "2023-02-06") -> tuple[set[str], set[tuple[str, str]]]:
    ex = kgraph.extract_text(text, date=date)
    labels = {e.id: e.label for e in ex.entities}
    places = {e.label for e in ex.entities if e.type == "Place"}
    located = {(labels[r.subject], labels.get(r.object, r.object)) for r in ex.relations if r.predicate == "locatedIn"
               and labels.get(r.subject) in places}
    return places, located


def test_a_site_the_model_reads_whole_is_a_place_though_its_name_reads_as_a_common_word():
    # xwlb-20230206-02: 平遥/a|古城, 平遥古城/LOC — a visit recalled, which annotators count
    places, _ = _places("2022年1月，习近平总书记来到平遥古城，沿街巷察看古城风貌。")
    assert "平遥古城" in places, places
    # the story's visitor (one who went somewhere to 考察 in it) went there
    ex = kgraph.extract_text("让中华文化展现出永久魅力\n2022年1月，习近平总书记来到平遥古城，沿街巷察看古城风貌。"
                             "2022年10月，习近平总书记赴河南安阳考察时指出，要更好地传承优秀传统文化。", date="2023-02-06")
    labels = {e.id: e.label for e in ex.entities}
    assert any(ev.type == "Visit" and ("destination", "平遥古城") in {(r, labels[i]) for r, i in ev.arguments}
               for ev in ex.events), ex.events
    # words of a kind before the head name no site: 千年|古城 stays a phrase
    places, _ = _places("平遥是一座千年古城，保存着300多处文物。")
    assert "千年古城" not in places, places


def test_a_division_where_a_route_starts_does_not_hold_the_place_at_its_other_end():
    # xwlb-20231218-11: 从天津西站至大兴机场站 — 大兴机场 is not in 天津
    _, located = _places("线路全长101公里，从天津西站至大兴机场站最快41分钟可达。", date="2023-12-18")
    assert not any(place == "大兴机场" and division == "天津市" for place, division in located), located
    # a division written right before its place still holds it
    _, located = _places("在北京，记者来到朝阳公园。", date="2023-12-18")
    assert ("朝阳公园", "北京市") in located, located


def test_a_name_after_a_foreign_region_and_a_word_of_a_city_is_that_city_not_a_chinese_division():
    # xwlb-20230529-11: 美国新墨西哥州|城市|红河 — no 红河哈尼族彝族自治州 of 云南省
    ex = kgraph.extract_text("新闻\n27日，美国新墨西哥州城市红河一场大规模摩托车手集会上发生枪击事件。", date="2023-05-29")
    assert not any(e.type == "AdministrativeDivision" for e in ex.entities), [(e.type, e.label) for e in ex.entities]
    assert any(e.type == "Place" and e.label == "红河" for e in ex.entities)
    # China's own names before a division keep it one (中国|北京, 中国|首都|北京), and so does a Chinese province
    for text, division in (("中国北京举行论坛。", "北京市"), ("中国首都北京举行活动。", "北京市"), ("云南红河发生地震。", "红河哈尼族彝族自治州")):
        ex = kgraph.extract_text("新闻\n" + text, date="2023-05-29")
        assert division in {e.label for e in ex.entities if e.type == "AdministrativeDivision"}, (text, ex.entities)

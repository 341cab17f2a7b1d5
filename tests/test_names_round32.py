"""Names read this round, each from a class seen in sweeps of stories outside every gold set (xwlb-2023)."""
from __future__ import annotations

import kgraph


def _entities(text: str) -> dict[str, str]:
    ex = kgraph.extract_text("新闻\n" + text, date="2023-07-26")
    return {e.label: e.type for e in ex.entities}


def test_a_mission_the_model_reads_only_the_place_of_is_its_countrys():
    # xwlb-20230614-16 (9 such 驻…领事馆 in xwlb-2023): 日本|驻|济州/LOC|领事馆 is Japan's consulate, no Japan as a venue
    found = _entities("韩国济州岛渔业和农业团体约2000人13日在日本驻济州领事馆前举行集会。")
    assert found.get("日本驻济州领事馆") == "Agency", found
    ex = kgraph.extract_text("新闻\n韩国济州岛渔业和农业团体约2000人13日在日本驻济州领事馆前举行集会。", date="2023-06-14")
    labels = {e.id: e.label for e in ex.entities}
    where = {labels[i] for ev in ex.events for role, i in ev.arguments if role == "location"}
    assert "日本驻济州领事馆" in where and "日本" not in where, where
    # a mission the model reads whole stays as it is, and a place with no country before 驻 is no mission
    assert _entities("德国驻伊斯坦布尔总领事馆发表声明。").get("德国驻伊斯坦布尔总领事馆") == "Agency"
    assert "进驻济州领事馆" not in _entities("工作组进驻济州领事馆。")


def test_a_name_read_as_a_place_right_after_a_title_is_the_holders():
    # xwlb-20230726-02: 议长|阿什拉夫/LOC — the talks lost their other side
    ex = kgraph.extract_text("赵乐际同巴基斯坦国民议会议长举行会谈\n全国人大常委会委员长赵乐际25日下午在人民大会堂以视频方式"
                             "同巴基斯坦国民议会议长阿什拉夫举行会谈。", date="2023-07-26")
    types = {e.label: e.type for e in ex.entities}
    assert types.get("阿什拉夫") == "Person", types
    labels = {e.id: e.label for e in ex.entities}
    assert any(("counterpart", "阿什拉夫") in {(r, labels[i]) for r, i in ev.arguments} for ev in ex.events), ex.events
    # a place a list knows stays a place after a title's word (大使|馆 is no title before 北京)
    assert _entities("中国驻美国大使谢锋在华盛顿出席活动。").get("华盛顿") in ("Place", "AdministrativeDivision")

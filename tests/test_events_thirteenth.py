"""The events stage (extraction/events.py), issue #18's thirteenth round: classes of misses found on
../shared/corpus/news/xwlb-2023.jsonl (none of these stories is in the events dev set). Hand-built
``Analysis`` objects with the stories' own sentences."""
from .test_events_recall import analysis, labelled


def test_a_subject_named_a_sentence_before_visits_nothing_that_sentence_names():
    # xwlb-20230427-01: …|推动|长江经济带|发展|…|。|他|走遍|长江|的|上中下游|实地|调研 — 他 is 习近平, named one
    # sentence back, but where that sentence puts things is not where he went
    text = ("党的十八大以来，习近平总书记多次主持召开座谈会，强调要坚持把修复长江生态环境摆在推动长江经济带发展工作的"
            "重要位置，共抓大保护，不搞大开发。他走遍长江的上中下游实地调研，深刻阐释长江经济带保护和发展的辩证关系。")
    an = analysis(text, [("Person", "习近平"), ("Place", "长江经济带")], date="2023-04-27")
    assert not any(("destination", "长江经济带") in args for _, args in labelled(an))
    # the subject's own sentence still gives where it went (xwlb-20230427-01's kind, the subject named there)
    text = "习近平总书记走遍长江的上中下游，到重庆实地调研。"
    an = analysis(text, [("Person", "习近平"), ("AdministrativeDivision", "重庆")], date="2023-04-27")
    assert ("Visit", {("agent", "习近平"), ("destination", "重庆")}) in labelled(an)

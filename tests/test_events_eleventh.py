"""The events stage (extraction/events.py), issue #18's eleventh round: a speech of another
year is no part of the gathering just reported.  Hand-built ``Analysis`` objects with
sentences of ../shared/corpus/news/xwlb-2023.jsonl (not of the events dev set)."""
from .test_events_recall import analysis, labelled


def test_a_speech_of_another_year_is_a_gathering_of_its_own():
    # xwlb-20230516-02: 2022年1月|…|主持|…|视频峰会 then 2013年|，|习近平|主席|在|哈萨克斯坦|纳扎尔巴耶夫大学|演讲|时
    # — the speech was not given at the summit of 2022, but where its own clause says
    text = ("2022年1月，习近平主席在北京主持中国同中亚五国建交30周年视频峰会。中亚是“一带一路”的首倡之地。"
            "2013年，习近平主席在哈萨克斯坦纳扎尔巴耶夫大学演讲时提出“丝绸之路经济带”倡议。")
    an = analysis(text, [("Person", "习近平"), ("AdministrativeDivision", "北京"), ("Person", "习近平@2"),
                         ("Place", "哈萨克斯坦"), ("Agency", "纳扎尔巴耶夫大学")], date="2023-05-16")
    gatherings = [set(args) for type_, args in labelled(an) if type_ == "Gathering"]
    summit = next(args for args in gatherings if ("chair", "习近平") in args)
    assert ("speaker", "习近平") not in summit and ("location", "北京") in summit
    assert any({("speaker", "习近平"), ("location", "哈萨克斯坦")} <= args for args in gatherings)


def test_a_speech_of_the_same_year_still_joins_the_gathering_just_reported():
    # the same sentences with one year: whoever speaks later speaks at the summit reported
    text = ("2022年1月，习近平主席在北京主持中国同中亚五国建交30周年视频峰会。中亚是“一带一路”的首倡之地。"
            "2022年，习近平主席发表讲话。")
    an = analysis(text, [("Person", "习近平"), ("AdministrativeDivision", "北京"), ("Person", "习近平@2")],
                  date="2023-05-16")
    gatherings = [set(args) for type_, args in labelled(an) if type_ == "Gathering"]
    assert any({("chair", "习近平"), ("speaker", "习近平")} <= args for args in gatherings)

"""The events stage (extraction/events/) on news no one had tuned on (ev16's round): classes of error
seen in a fresh hand-annotated sample of xwlb-2023 and in the year around it. Checked on hand-built
``Analysis`` objects with sentences of ../shared/corpus/news/xwlb-2023.jsonl (none of them in the
events dev set)."""
from .test_events_recall import analysis, labelled


def test_a_name_in_a_doctrines_name_takes_no_part():
    # xwlb-20230626-09: 中央|学习|贯彻|习近平|新时代|中国|特色|社会主义|思想|主题教育|领导小组|25日|在|京|召开|…|座谈会 —
    # the group holds it; neither 习近平 nor 中国, named inside the doctrine's name, holds it or is where
    text = "中央学习贯彻习近平新时代中国特色社会主义思想主题教育领导小组25日在京召开调查研究工作座谈会。"
    an = analysis(text, [("Person", "习近平"), ("Place", "中国")], date="2023-06-26")
    found = labelled(an)
    assert found and all(label not in ("习近平", "中华人民共和国", "中国") for _, args in found for _, label in args), found
    # xwlb-20230515-06 (its headline's words): with no venue either, no event at all
    text = "中央学习贯彻习近平新时代中国特色社会主义思想主题教育领导小组分领域召开工作座谈会。"
    assert labelled(analysis(text, [("Person", "习近平"), ("Place", "中国")], date="2023-05-15")) == []
    # the person named as himself still takes part: 习近平|主持|会议 (xwlb-20230330-01's kind)
    text = "中共中央政治局3月30日召开会议，决定在全党开展学习贯彻习近平新时代中国特色社会主义思想主题教育。中共中央总书记习近平主持会议。"
    an = analysis(text, [("Agency", "中共中央政治局"), ("Person", "习近平"), ("Person", "习近平@2")], date="2023-03-30")
    assert ("chair", "习近平") in {arg for _, args in labelled(an) for arg in args}


def test_a_gathering_a_person_announces_is_none_of_its_own():
    # xwlb-20231009-05: 辛格|宣布|杭州第十九届亚运会|闭幕 closes the games reported; no gathering named
    # 辛格宣布杭州第十九届亚运会, to which those who attend the closing (吴政隆|、|谌贻琴|出席|闭幕式) were given
    text = ("第十九届亚洲运动会8日晚在杭州圆满闭幕。国务院总理李强出席闭幕式。在过去16天里，来自亚洲45个国家和地区的一万多名运动员"
            "在这里团结交流。闭幕式上，亚奥理事会代理主席辛格致辞。辛格宣布杭州第十九届亚运会闭幕，并发出邀请。吴政隆、谌贻琴出席闭幕式。")
    an = analysis(text, [("AdministrativeDivision", "杭州"), ("Person", "李强"), ("Agency", "亚奥理事会"), ("Person", "辛格"),
                         ("Person", "辛格@2"), ("Person", "吴政隆"), ("Person", "谌贻琴")], date="2023-10-09")
    assert labelled(an) == [("Gathering", frozenset({("location", "杭州"), ("speaker", "辛格"), ("attendee", "李强"),
                                                     ("attendee", "吴政隆"), ("attendee", "谌贻琴")}))]
    assert {dict(event.props).get("title") for event in an.events} == {"第十九届亚洲运动会"}
    # (李强|宣布|博览会|开幕, xwlb-20230917-03's headline of a part, likewise opens the expo reported)
    # a gathering a trigger before holds is still the one named: 联合国安理会|…|举行|紧急会议|审议 (test_events_eleventh)

"""The events stage on what a story counts or names by its parts: gatherings tallied over a span of
time (no one held), a gathering's name that a trigger's character inside a word does not cut, and the
sittings of a gathering reported. Hand-built ``Analysis`` objects with sentences of
../shared/corpus/news/xwlb-2023.jsonl (none of them in the events dev set)."""
from kgraph.extraction.events.titles import _a_count

from .test_events import analysis, events


def test_a_count_opens_the_name_of_many_gatherings_not_an_edition_nor_a_date():
    assert _a_count("近百场青少年科普讲座") and _a_count("多个重要会议") and _a_count("3场招聘会")
    assert not _a_count("第三届进博会") and not _a_count("2023年秋季招聘会")
    assert not _a_count("十四届全国人大常委会第四次会议") and not _a_count("多边会议")


def test_gatherings_a_sentence_tallies_over_a_span_of_time_are_no_event():
    # xwlb-20230306-15: 十年来|，|王亚平|…|参加|了|近百场|青少年|科普|讲座 — a decade's count, none attended on a day
    text = "十年来，王亚平执行三次太空授课、参加了近百场青少年科普讲座、授课等科普活动。"
    assert not events(analysis(text, [("Person", "王亚平")], date="2023-03-06"))
    # xwlb-20231230-03: 2023年|，|以|习近平|同志|为|核心|的|党中央|…|主持召开|多个|重要|会议
    text = "2023年，以习近平同志为核心的党中央深刻洞察时与势，主持召开多个重要会议，研究部署经济工作。"
    assert not events(analysis(text, [("Person", "习近平")], date="2023-12-30"))
    # but xwlb-20231010-11: 在|联合国人权理事会|第54届|会议|期间|举办|多场|主题边会 — held in one session, reported
    text = "中国人权研究会、中国人权发展基金会等多个中国社会组织在联合国人权理事会第54届会议期间举办多场主题边会。"
    found = events(analysis(text, [("Agency", "中国人权研究会"), ("Agency", "中国人权发展基金会")], date="2023-10-10"))
    assert [type_ for type_, *_ in found] == ["Gathering"]


def test_a_trigger_inside_a_word_does_not_cut_the_name_of_the_gathering_held():
    # xwlb-20230529-05: 神舟十六号|载人|飞行|任务|新闻发布会|在|酒泉卫星发射中心|举行 — 任 of 任务 is no trigger
    text = "今天（5月29日），神舟十六号载人飞行任务新闻发布会在酒泉卫星发射中心举行，宣布神舟十六号载人飞船计划于明天发射。"
    found = events(analysis(text, [("Place", "酒泉卫星发射中心")], date="2023-05-29"))
    assert [dict(props).get("title") for type_, _, _, props in found if type_ == "Gathering"] \
        == ["神舟十六号载人飞行任务新闻发布会"]


def test_a_sitting_named_by_its_kind_after_the_parts_of_a_day_is_of_the_gathering_reported():
    # xwlb-20230328-03: 石泰峰|、|胡春华|分别|主持|上午|和|下午|的|全体会议 — the sittings of the 主任会议暨学习研讨班
    text = "十四届全国政协专门委员会主任会议暨学习研讨班28日在北京举办。王沪宁出席会议并讲话。石泰峰、胡春华分别主持上午和下午的全体会议。"
    an = analysis(text, [("Agency", "全国政协专门委员会"), ("Person", "王沪宁"), ("Person", "石泰峰"), ("Person", "胡春华")],
                  date="2023-03-28")
    [(type_, date, args, props)] = events(an)
    assert dict(props).get("title") == "十四届全国政协专门委员会主任会议暨学习研讨班"
    assert {("chair", "石泰峰"), ("chair", "胡春华"), ("speaker", "王沪宁")} <= args

"""The events stage on national stories annotated blind for the twenty-eighth round (issue #18): a sentence's parts
joined by ；, a body's unnamed heads at a forum, a speech after joining a meeting.  Each rule is checked on a hand-built
``Analysis`` (no model, no recognisers) with sentences of ../shared/corpus/news/xwlb-2023.jsonl outside the events dev
set; tests/test_events_joined_parts.py reads the same stories end to end."""
from .test_events_recall import analysis, labelled


def test_the_parts_after_semicolons_go_on_from_the_sentences_subject():
    # xwlb-20230617-04: 调研期间|，|李希|还|到|…|听取|…|；|到|宝丰湿地|了解|…|；|参观|朱德旧居纪念馆|、|…
    text = ("中央纪委书记李希14日至17日到云南调研。调研期间，李希还到云南师范大学听取意见建议；到宝丰湿地了解滇池保护治理情况；"
            "参观朱德旧居纪念馆、滇西抗战纪念馆，要求纪检监察干部汲取奋进力量。")
    an = analysis(text, [("Agency", "中央纪委"), ("Person", "李希"), ("AdministrativeDivision", "云南"),
                         ("Person", "李希@2"), ("Agency", "云南师范大学"), ("Place", "宝丰湿地"), ("Place", "朱德旧居纪念馆"),
                         ("Place", "滇西抗战纪念馆")], date="2023-06-17")
    went = {label for kind, args in labelled(an) if kind == "Visit" for role, label in args if role == "destination"}
    assert {"云南师范大学", "宝丰湿地", "朱德旧居纪念馆", "滇西抗战纪念馆"} <= went


def test_a_part_after_a_semicolon_naming_its_own_subject_is_not_the_first_ones():
    text = "李希到云南调研。李希到云南师范大学听取意见建议；王小洪到宝丰湿地了解情况。"
    an = analysis(text, [("Person", "李希"), ("AdministrativeDivision", "云南"), ("Person", "李希@2"),
                         ("Agency", "云南师范大学"), ("Person", "王小洪"), ("Place", "宝丰湿地")], date="2023-06-17")
    assert not any(("agent", "李希") in args and ("destination", "宝丰湿地") in args for _, args in labelled(an))


def test_unnamed_heads_brief_and_take_part_for_their_bodies():
    # xwlb-20230922-06, a CPPCC biweekly forum: 教育部|负责同志|介绍有关情况|，|中央编办|、|…|负责同志|参与协商交流
    text = ("十四届全国政协第十次双周协商座谈会22日在京召开，全国政协主席王沪宁主持会议。教育部负责同志介绍有关情况，"
            "中央编办、人力资源和社会保障部负责同志参与协商交流。")
    an = analysis(text, [("Agency", "全国政协"), ("AdministrativeDivision", "京"), ("Agency", "全国政协@2"),
                         ("Person", "王沪宁"), ("Agency", "教育部")], date="2023-09-22")
    (forum,) = [args for kind, args in labelled(an) if kind == "Gathering"]
    assert {("chair", "王沪宁"), ("speaker", "教育部")} <= forum


def test_who_joins_a_meeting_and_speaks_at_a_gathering_speaks_there():
    # xwlb-20231229-03: 王毅|参加接见|并|在|…|驻外使节工作会议|上|讲话 — 接见 ends the joining trigger, no one met speaks
    text = "习近平接见出席驻外使节工作会议的全体使节。王毅参加接见并在驻外使节工作会议上讲话。"
    an = analysis(text, [("Person", "习近平"), ("Person", "王毅")], date="2023-12-29")
    found = labelled(an)
    assert any(kind == "Gathering" and ("speaker", "王毅") in args for kind, args in found), found
    assert any(kind == "Meeting" and ("agent", "王毅") in args for kind, args in found), found


def test_a_written_address_to_a_gathering_is_a_speech_at_it():
    # xwlb-20231117-02: 习近平|向|在|旧金山|举行|的|亚太经合组织工商领导人峰会|发表|题为|《…》|的|书面|演讲
    text = "国家主席习近平向在旧金山举行的亚太经合组织工商领导人峰会发表题为《同心协力 共迎挑战》的书面演讲。"
    an = analysis(text, [("Person", "习近平"), ("Place", "旧金山"), ("Agency", "亚太经合组织")], date="2023-11-17")
    assert any(kind == "Gathering" and ("speaker", "习近平") in args for kind, args in labelled(an))
    # a written statement on landing is addressed to no gathering (xwlb-20230822-01)
    text = "习近平抵达约翰内斯堡，发表机场书面讲话。"
    an = analysis(text, [("Person", "习近平"), ("Place", "约翰内斯堡")], date="2023-08-22")
    assert not any(kind == "Gathering" for kind, _ in labelled(an))


def test_who_hosts_a_gathering_named_by_its_kind_hosts_the_one_reported():
    # xwlb-20230424-03: …|论坛|…|开幕|。|论坛|由|联合国|发起|并|主办 — one forum, held by 联合国
    text = "第四届联合国世界数据论坛当日在浙江省杭州市开幕。论坛由联合国发起并主办。"
    an = analysis(text, [("AdministrativeDivision", "浙江省"), ("AdministrativeDivision", "杭州市"), ("Agency", "联合国@2")],
                  date="2023-04-24")
    found = [args for kind, args in labelled(an) if kind == "Gathering"]
    assert len(found) == 1 and ("organizer", "联合国") in found[0], found


def test_a_lecture_given_at_a_study_session_is_a_speech_there():
    # xwlb-20230725-01 (5 such 进行讲解 in xwlb-2023): 赵东斌|同志|就|这个|问题|进行讲解
    text = ("中共中央政治局7月24日下午就深化国防和军队改革进行第七次集体学习。军事科学院军事法制研究院院长赵东斌同志就这个问题"
            "进行讲解，提出工作建议。")
    an = analysis(text, [("Agency", "中共中央政治局"), ("Person", "赵东斌")], date="2023-07-25")
    assert any(kind == "Gathering" and ("speaker", "赵东斌") in args for kind, args in labelled(an))


def test_a_mission_holds_a_gathering_in_its_premises():
    # xwlb-20230929-11: 在|中国驻美国使馆|举办|的|国庆招待会|上 — organizer and location; a press office only holds its own
    text = "在中国驻美国使馆举办的国庆招待会上，与会嘉宾祝贺中华人民共和国成立74周年。在国务院新闻办今天举行的新闻发布会上，商务部介绍了情况。"
    an = analysis(text, [("Agency", "中国驻美国使馆"), ("Place", "中华人民共和国"), ("Agency", "国务院新闻办"),
                         ("Agency", "商务部")], date="2023-09-29")
    found = labelled(an)
    reception = next(args for kind, args in found if ("organizer", "中国驻美国使馆") in args)
    assert ("location", "中国驻美国使馆") in reception
    press = next(args for kind, args in found if ("organizer", "国务院新闻办") in args)
    assert ("location", "国务院新闻办") not in press


def test_a_bodys_unnamed_heads_take_part_for_it_only_right_after_its_name():
    # xwlb-20230922-06: 中央编办|、|人力资源和社会保障部|负责同志|参与协商交流 — both attend; not 中央纪律检查委员会|副书记|和|
    # 有关部门|负责同志|列席 (xwlb-20230228-01), whose deputies attend
    text = ("十四届全国政协第十次双周协商座谈会22日在京召开。中央编办、人力资源和社会保障部负责同志参与协商交流。")
    an = analysis(text, [("Agency", "全国政协"), ("AdministrativeDivision", "京"), ("Agency", "中央编办"),
                         ("Agency", "人力资源和社会保障部")], date="2023-09-22")
    (forum,) = [args for kind, args in labelled(an) if kind == "Gathering"]
    assert {("attendee", "中央编办"), ("attendee", "人力资源和社会保障部")} <= forum
    text = "二十届二中全会在北京举行。中央纪律检查委员会副书记和有关部门负责同志列席会议。"
    an = analysis(text, [("AdministrativeDivision", "北京"), ("Agency", "中央纪律检查委员会")], date="2023-02-28")
    assert not any(("attendee", "中央纪律检查委员会") in args for _, args in labelled(an))

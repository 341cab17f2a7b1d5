"""The events stage (extraction/events.py), issue #18's thirteenth round: classes of misses found on
../shared/corpus/news/xwlb-2023.jsonl (none of these stories is in the events dev set). Hand-built
``Analysis`` objects with the stories' own sentences."""
from .conftest import NEWS, shared_records
from .test_events import story_events
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


def test_who_says_something_at_an_opening_or_a_commemoration_speaks_there():
    # xwlb-20230325-02: 李希|出席|…|研讨班|。|…|李希|在|研讨班|开班式|上|强调 — the opening of the study session
    # just reported: he speaks at it
    text = ("李希出席二十届中央纪委委员学习贯彻党的二十大精神研讨班。"
            "中共中央政治局常委、中央纪委书记李希在研讨班开班式上强调，要坚持以习近平新时代中国特色社会主义思想为指导。")
    an = analysis(text, [("Person", "李希"), ("Agency", "中央纪委"), ("Person", "李希@2")], date="2023-03-25")
    gatherings = [args for type_, args in labelled(an) if type_ == "Gathering"]
    assert len(gatherings) == 1 and ("speaker", "李希") in gatherings[0]


def test_who_says_something_at_a_commemoration_speaks_there_end_to_end(tmp_path):
    # xwlb-20230525-15: 24日|在|德国|法兰克福|举行|的|欧洲央行成立25周年纪念活动|上|，|欧洲央行|行长|拉加德|表示
    # (jieba reads 周年纪念 as one word: the story read whole, with the model's words)
    story = shared_records(NEWS, {"xwlb-20230525-15"}, "the shared news corpus")["xwlb-20230525-15"]
    found = story_events(story, tmp_path)
    assert any(type_ == "Gathering" and {("speaker", "拉加德"), ("organizer", "欧洲央行")} <= args
               for type_, args, _ in found), found


def test_a_place_that_a_dash_joins_to_a_name_is_no_destination():
    # xwlb-20231215-01: 考察|了|位于|南宁市|的|中国|－|东盟信息港股份有限公司 — 中国 opens the company's name; the
    # visit went to Nanning and the company, not to China (3 such domestic visits in xwlb-2023)
    text = "14日上午，习近平首先考察了位于南宁市的中国－东盟信息港股份有限公司。"
    an = analysis(text, [("Person", "习近平"), ("AdministrativeDivision", "南宁市"), ("Place", "中国"),
                         ("Agency", "东盟信息港股份有限公司")], date="2023-12-15")
    [(type_, args)] = labelled(an)
    assert type_ == "Visit" and ("destination", "东盟信息港股份有限公司") in args and ("destination", "中国") not in args
    # xwlb-20230518-07: 在|青岛|，|李强|前往|中国|—|上海合作组织地方经贸合作示范区
    text = "在青岛，李强前往中国—上海合作组织地方经贸合作示范区，听取示范区建设情况汇报。"
    an = analysis(text, [("AdministrativeDivision", "青岛"), ("Person", "李强"), ("Place", "中国")], date="2023-05-18")
    assert not any(("destination", "中国") in args for _, args in labelled(an))
    # two dashes set a name beside the venue, which stays one (xwlb-20230701-04: 在|中国共产党早期北京革命活动纪念馆|——|
    # 北大红楼|举行)
    text = "全国巡展首站活动昨天在北京革命活动纪念馆——北大红楼举行。"
    an = analysis(text, [("Place", "北京革命活动纪念馆")], date="2023-07-01")
    assert any(("location", "北京革命活动纪念馆") in args for _, args in labelled(an))


def test_a_place_after_jiu_is_what_a_gathering_is_about_not_where():
    # xwlb-20231210-15: 东非政府间发展组织|在|吉布提|就|苏丹|问题|召开|特别峰会 — held in Djibouti, about Sudan
    text = "9日，东非政府间发展组织在吉布提就苏丹问题召开特别峰会，多方强调结束冲突。"
    an = analysis(text, [("Agency", "东非政府间发展组织"), ("Place", "吉布提"), ("Place", "苏丹")], date="2023-12-10")
    [(type_, args)] = labelled(an)
    assert type_ == "Gathering" and ("location", "吉布提") in args and ("location", "苏丹") not in args
    # xwlb-20230811-10: …|领导人|在|尼日利亚|首都|阿布贾|就|尼日尔|局势|召开|紧急会议
    text = "随后，西非国家经济共同体领导人在尼日利亚首都阿布贾就尼日尔局势召开紧急会议。"
    an = analysis(text, [("Agency", "西非国家经济共同体"), ("Place", "尼日利亚"), ("AdministrativeDivision", "阿布贾"),
                         ("Place", "尼日尔")], date="2023-08-11")
    [(type_, args)] = labelled(an)
    assert ("location", "阿布贾") in args and ("location", "尼日尔") not in args

"""The events stage (extraction/events.py), issue #18's tenth round: who takes part in a
delegation's deliberation (参加…代表团审议) with no gathering named.  Hand-built ``Analysis``
objects with sentences of ../shared/corpus/news/xwlb-2023.jsonl."""
from .test_events import events
from .test_events_recall import analysis, labelled


def test_who_takes_part_in_a_deliberation_attends_it_and_holds_nothing():
    # xwlb-20230307-08: 陈吉宁|在|参加|上海|代表团|审议|时|说 — he speaks there; 中共中央政治局 of his title
    # holds nothing
    text = "中共中央政治局委员、上海市委书记陈吉宁在参加上海代表团审议时说，完全赞同政府工作报告。"
    an = analysis(text, [("Agency", "中共中央政治局"), ("Agency", "上海市委"), ("Person", "陈吉宁")], date="2023-03-07")
    gatherings = [args for type_, args in labelled(an) if type_ == "Gathering"]
    assert [set(args) for args in gatherings] == [{("speaker", "陈吉宁")}]
    assert not any(role == "organizer" for args in gatherings for role, _ in args)
    # without saying anything meanwhile, he attends
    text = "中共中央书记处书记、中央纪委副书记刘金国参加宁夏代表团审议。"
    an = analysis(text, [("Agency", "中共中央书记处"), ("Agency", "中央纪委"), ("Person", "刘金国")], date="2023-03-07")
    gatherings = [set(args) for type_, args in labelled(an) if type_ == "Gathering"]
    assert gatherings == [{("attendee", "刘金国")}]
    # the delegation in session holds it (xwlb-20230307-07's headline: 丁薛祥|参加|辽宁代表团|审议)
    text = "丁薛祥参加辽宁代表团审议"
    an = analysis(text, [("Person", "丁薛祥"), ("Agency", "辽宁代表团")], date="2023-03-07")
    gatherings = [set(args) for type_, args in labelled(an) if type_ == "Gathering"]
    assert gatherings == [{("attendee", "丁薛祥"), ("organizer", "辽宁代表团")}]


def test_a_body_in_session_named_by_itself_still_holds_it():
    # xwlb-20230531-09 (the even dev half): 联合国安理会|30日|审议 — no one takes part, the body holds it
    text = "联合国安理会30日审议乌克兰核设施安全问题。"
    an = analysis(text, [("Agency", "联合国安理会")], date="2023-05-31")
    gatherings = [set(args) for type_, args in labelled(an) if type_ == "Gathering"]
    assert gatherings == [{("organizer", "联合国安理会")}]


def test_what_a_gathering_is_about_does_not_hold_it():
    # xwlb-20230609-11: 联合国安理会|就|联合国|与|阿拉伯国家联盟|合作|举行|公开会 — the council holds it
    text = "8日，联合国安理会就联合国与阿拉伯国家联盟合作举行公开会。"
    an = analysis(text, [("Agency", "联合国安理会"), ("Agency", "联合国"), ("Agency", "阿拉伯国家联盟")], date="2023-06-09")
    [gathering] = [set(args) for type_, args in labelled(an) if type_ == "Gathering"]
    assert gathering == {("organizer", "联合国安理会")}


def test_who_holds_a_gathering_is_named_after_by_in_a_later_clause():
    # xwlb-20230718-06: 本次|大会|以|“…”|为|主题|，|由|中央网信办|、|…|共同|主办 — the gathering reported before
    text = ("7月18日，2023年中国网络文明大会在福建省厦门市举行。本次大会以“网聚文明力量 奋进伟大征程”为主题，"
            "由中央网信办、中央文明办、中共福建省委、福建省人民政府共同主办，有关部门负责同志、互联网企业代表、专家学者等约800人参加。")
    an = analysis(text, [("AdministrativeDivision", "福建省"), ("AdministrativeDivision", "厦门市"), ("Agency", "中央网信办"),
                         ("Agency", "中央文明办"), ("Agency", "中共福建省委"), ("Agency", "福建省人民政府")], date="2023-07-18")
    [gathering] = [set(args) for type_, args in labelled(an) if type_ == "Gathering"]
    assert {("organizer", "中央网信办"), ("organizer", "中央文明办"), ("organizer", "中共福建省委"),
            ("organizer", "福建省人民政府"), ("location", "厦门市")} <= gathering
    # (2023年浦江创新论坛主题为…，由科技部和上海市人民政府共同主办，当日在上海市开幕, xwlb-2023: up to the venue)
    text = "2023年浦江创新论坛主题为“开放的创新生态：创新与全球链接”，由科技部和上海市人民政府共同主办，当日在上海市开幕。"
    an = analysis(text, [("Agency", "科技部"), ("Agency", "上海市人民政府"), ("AdministrativeDivision", "上海市")],
                  date="2023-09-10")
    gatherings = [set(args) for type_, args in labelled(an) if type_ == "Gathering"]
    assert any({("organizer", "科技部"), ("organizer", "上海市人民政府")} <= args for args in gatherings)
    assert not any(("organizer", "上海市") in args for args in gatherings)


def test_a_line_heading_an_item_of_a_round_up_is_the_item_s_happening():
    # xwlb-20230226-09 (the even dev half): the line heading the item and the item's rally are one gathering,
    # not two (the second repeated the location); the next item's rally stays another one
    text = ("央视网消息（新闻联播）：\n德国民众举行集会 反对向乌克兰输送武器\n"
            "25日，德国首都柏林上万民众举行集会，反对向乌克兰提供武器，呼吁和平解决地区冲突。\n"
            "近日，加拿大多个主要城市的民众也举行集会，谴责北约对俄乌冲突拱火浇油，呼吁以和谈结束冲突。\n")
    an = analysis(text, [("Place", "德国"), ("Place", "德国@2"), ("AdministrativeDivision", "柏林"), ("Place", "加拿大")],
                  date="2023-02-26")
    found = [(type_, date, set(args)) for type_, date, args, _ in events(an) if type_ == "Gathering"]
    assert ("Gathering", "2023-02-25", {("location", "德国"), ("location", "柏林")}) in found
    assert len(found) == 2
    # xwlb-20230818-16: 伊朗外长称伊朗总统将访问沙特 heads the item whose visit it is, not the meeting before it
    text = ("央视网消息（新闻联播）：\n伊朗外长称伊朗总统将访问沙特\n"
            "沙特外交大臣费萨尔17日在首都利雅得与到访的伊朗外长阿卜杜拉希扬举行会晤。"
            "阿卜杜拉希扬在会晤后举行的新闻发布会上透露，伊朗总统莱希将在合适的时机访问沙特。\n")
    an = analysis(text, [("Place", "伊朗"), ("Place", "伊朗@2"), ("Place", "沙特"), ("Place", "沙特@2"), ("Person", "费萨尔"),
                         ("AdministrativeDivision", "利雅得"), ("Place", "伊朗@3"), ("Person", "阿卜杜拉希扬"),
                         ("Person", "阿卜杜拉希扬@2"), ("Place", "伊朗@4"), ("Person", "莱希"), ("Place", "沙特@3")],
                  date="2023-08-18")
    visits = [set(args) for type_, _, args, _ in events(an) if type_ == "Visit"]
    assert {("agent", "莱希"), ("destination", "沙特")} in visits
    assert not any(("agent", "伊朗") in args or args == {("destination", "沙特")} for args in visits)


def test_a_press_conference_news_was_learned_at_was_held_by_who_its_name_opens_with():
    # xwlb-20230718-10 (the even dev half): 记者|今天|（7月18日）|从|国务院新闻办|发布会|上|获悉
    text = "记者今天（7月18日）从国务院新闻办发布会上获悉，今年上半年，国家知识产权局共授权发明专利43.3万件。"
    an = analysis(text, [("Agency", "国务院新闻办"), ("Agency", "国家知识产权局")], date="2023-07-18")
    found = [(date, set(args)) for type_, date, args, _ in events(an) if type_ == "Gathering"]
    assert found == [("2023-07-18", {("organizer", "国务院新闻办")})]
    # xwlb-20230418-08: 从|民航局|新闻发布会|上|了解到
    text = "记者今天（4月18日）从民航局新闻发布会上了解到，2023年一季度，民航经济运行持续恢复，逐步向好。"
    an = analysis(text, [("Agency", "民航局")], date="2023-04-18")
    found = [(date, set(args)) for type_, date, args, _ in events(an) if type_ == "Gathering"]
    assert found == [("2023-04-18", {("organizer", "民航局")})]
    # news learned from an organisation, with no press conference, is no gathering (xwlb-2023)
    text = "记者从海关总署获悉，新冠病毒感染调整为“乙类乙管”首日，全国海关共监管入境旅客。"
    an = analysis(text, [("Agency", "海关总署")], date="2023-01-09")
    assert not [type_ for type_, *_ in events(an) if type_ == "Gathering"]


def test_who_joins_the_activity_of_a_story_of_a_visit_alone_goes_along():
    # xwlb-20231201-01: 习近平|…|到|武警海警总队东海海区指挥部|视察|…|。|何卫东|等|参加|活动 — no gathering or meeting
    # reported, he goes along on the inspection
    text = ("中共中央总书记、国家主席、中央军委主席习近平11月29日到武警海警总队东海海区指挥部视察，"
            "强调要深入贯彻党的二十大精神。\n何卫东等参加活动。")
    an = analysis(text, [("Person", "习近平"), ("Agency", "武警海警总队东海海区指挥部"), ("Person", "何卫东")],
                  date="2023-11-30")
    [visit] = [set(args) for type_, args in labelled(an) if type_ == "Visit"]
    assert {("agent", "习近平"), ("agent", "何卫东")} <= visit
    # with a gathering reported, who joins the activity attends it (xwlb-20230918-02)
    text = ("中共中央政治局常委、中央书记处书记蔡奇18日下午来到北京首钢园，参加全国科普日主场活动。\n"
            "中共中央政治局委员、中宣部部长李书磊参加活动。")
    an = analysis(text, [("Person", "蔡奇"), ("AdministrativeDivision", "北京"), ("Person", "李书磊")], date="2023-09-18")
    found = labelled(an)
    assert not any(("agent", "李书磊") in args for type_, args in found if type_ == "Visit")


def test_a_session_that_goes_on_deciding_by_its_kind_alone_is_the_one_reported():
    # xwlb-20230725-05: …第四次会议|…|举行|。|…|会议|还|审议|了|任免案 is the session reported, not another one,
    # which the chairman's meeting held later, 审议|有关|议题, was then read as (its name lost)
    text = ("十四届全国人大常委会第四次会议25日在北京人民大会堂举行。赵乐际委员长主持会议。\n"
            "会议还审议了任免案。\n"
            "25日下午，赵乐际委员长主持召开十四届全国人大常委会第九次委员长会议，审议有关议题。全国人大常委会秘书长刘奇作了汇报。")
    an = analysis(text, [("Agency", "全国人大常委会"), ("AdministrativeDivision", "北京"), ("Place", "人民大会堂"),
                         ("Person", "赵乐际"), ("Person", "赵乐际@2"), ("Agency", "全国人大常委会@2"),
                         ("Agency", "全国人大常委会@3"), ("Person", "刘奇")], date="2023-07-25")
    titles = sorted(dict(props)["title"] for type_, _, _, props in events(an) if type_ == "Gathering")
    assert titles == ["十四届全国人大常委会第九次委员长会议", "十四届全国人大常委会第四次会议"]


def test_what_is_put_to_a_session_is_no_session_held():
    # xwlb-20231229-07: 决定|将|修订草案|提请|十四届全国人大二次会议|审议 — a session to come, put to
    text = "会议表决通过了全国人大常委会关于提请审议国务院组织法修订草案的议案，决定将修订草案提请十四届全国人大二次会议审议。"
    an = analysis(text, [("Agency", "全国人大常委会"), ("Agency", "国务院"), ("Agency", "全国人大@2")], date="2023-12-29")
    assert not [args for type_, args in labelled(an) if type_ == "Gathering"]
    # xwlb-20230821-06: 审议|国务院|关于|提请|审议|学前教育法|草案|的|议案 — 国务院 puts it, it holds no session
    text = "审议国务院关于提请审议学前教育法草案的议案、关于提请审议学位法草案的议案。"
    an = analysis(text, [("Agency", "国务院")], date="2023-08-21")
    assert not [args for type_, args in labelled(an) if type_ == "Gathering"]


def test_a_meeting_reported_that_only_sets_a_time_meets_no_one_again():
    # xwlb-20230818-16: 阿卜杜拉希扬|在|会晤|后|举行|的|新闻发布会|上|透露 — he is the other side of the meeting
    # reported, not the host of another
    text = ("沙特外交大臣费萨尔17日在首都利雅得与到访的伊朗外长阿卜杜拉希扬举行会晤。"
            "阿卜杜拉希扬在会晤后举行的新闻发布会上透露，伊朗总统莱希将在合适的时机访问沙特。")
    an = analysis(text, [("Person", "费萨尔"), ("AdministrativeDivision", "利雅得"), ("Person", "阿卜杜拉希扬"),
                         ("Person", "阿卜杜拉希扬@2"), ("Person", "莱希"), ("Place", "沙特@2")], date="2023-08-18")
    meetings = [set(args) for type_, args in labelled(an) if type_ == "Meeting"]
    assert meetings == [{("agent", "费萨尔"), ("counterpart", "阿卜杜拉希扬")}]
    # a meeting told with its other side before 后 is one (拉德夫…和到访的匈牙利总统诺瓦克会谈后表示, xwlb-20230204-08)
    text = "保加利亚总统拉德夫2日在首都索菲亚和到访的匈牙利总统诺瓦克会谈后表示，对乌克兰提供武器无益于解决俄乌冲突。"
    an = analysis(text, [("Person", "拉德夫"), ("AdministrativeDivision", "索菲亚"), ("Person", "诺瓦克")], date="2023-02-04")
    meetings = [set(args) for type_, args in labelled(an) if type_ == "Meeting"]
    assert meetings == [{("agent", "拉德夫"), ("counterpart", "诺瓦克")}]


def test_who_attends_is_the_other_side_named_after_de_not_who_meets_him():
    # xwlb-20230518-02: 习近平|在|西安|同|来华|出席|中国－中亚峰会|并|进行|国事访问|的|吉尔吉斯斯坦|总统|扎帕罗夫|会谈
    text = ("5月18日上午，国家主席习近平在西安同来华出席中国－中亚峰会并进行国事访问的吉尔吉斯斯坦总统扎帕罗夫会谈。")
    an = analysis(text, [("Person", "习近平"), ("AdministrativeDivision", "西安"), ("Place", "吉尔吉斯斯坦"),
                         ("Person", "扎帕罗夫")], date="2023-05-18")
    found = labelled(an)
    [gathering] = [args for type_, args in found if type_ == "Gathering"]
    assert ("attendee", "扎帕罗夫") in gathering and ("attendee", "习近平") not in gathering
    assert ("Meeting", frozenset({("agent", "习近平"), ("counterpart", "扎帕罗夫")})) in found
    # xwlb-2023: 卢拉…与|前来|参加|南美洲国家联盟峰会|的|委内瑞拉|总统|马杜罗|举行|会晤
    text = "巴西总统卢拉29日在巴西利亚与前来参加南美洲国家联盟峰会的委内瑞拉总统马杜罗举行会晤。"
    an = analysis(text, [("Place", "巴西"), ("Person", "卢拉"), ("AdministrativeDivision", "巴西利亚"), ("Place", "委内瑞拉"),
                         ("Person", "马杜罗")], date="2023-05-30")
    gatherings = [args for type_, args in labelled(an) if type_ == "Gathering"]
    assert not any(("attendee", "卢拉") in args for args in gatherings)
    assert any(("attendee", "马杜罗") in args for args in gatherings)

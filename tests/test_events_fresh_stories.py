"""The events stage on national stories annotated blind for the twenty-seventh round (issue #18): who is
listed as attending, where a gathering is held, and visits told again.  Each rule is checked on a
hand-built ``Analysis`` with a sentence of ../shared/corpus/news/xwlb-2023.jsonl (none of them in the
events dev set)."""
from .test_events import events
from .test_events_recall import analysis, labelled


def test_a_group_after_the_last_name_does_not_end_the_list_of_who_attends():
    # xwlb-20230825-01: 普京|（|线上|）|和|60多位|非洲|国家|…|领导人|或|代表|，|以及|…|古特雷斯|…|出席 — the place that
    # says where the group comes from is the group's; the names before it attend too
    text = ("国家主席习近平在约翰内斯堡出席金砖国家领导人对话会。会议由南非总统拉马福萨主持，巴西总统卢拉、印度总理莫迪、"
            "俄罗斯总统普京（线上）和60多位非洲国家领导人或代表，以及联合国秘书长古特雷斯等国际和地区组织负责人出席。")
    an = analysis(text, [("Person", "习近平"), ("Place", "约翰内斯堡"), ("Place", "南非"), ("Person", "拉马福萨"),
                         ("Place", "巴西"), ("Person", "卢拉"), ("Place", "印度"), ("Person", "莫迪"), ("Place", "俄罗斯"),
                         ("Person", "普京"), ("Place", "非洲"), ("Agency", "联合国"), ("Person", "古特雷斯")],
                  date="2023-08-25")
    (found,) = [args for kind, args in labelled(an) if kind == "Gathering"]
    assert {("attendee", "卢拉"), ("attendee", "莫迪"), ("attendee", "普京"), ("attendee", "古特雷斯"),
            ("chair", "拉马福萨")} <= found
    # (a clause that ends in an organisation after its name is no list of people: 普京|和|俄罗斯|外交部|，|…)
    text = ("会议由南非总统拉马福萨主持，俄罗斯总统普京和俄罗斯外交部，以及联合国秘书长古特雷斯出席。")
    an = analysis(text, [("Place", "南非"), ("Person", "拉马福萨"), ("Place", "俄罗斯"), ("Person", "普京"),
                         ("Agency", "俄罗斯外交部"), ("Agency", "联合国"), ("Person", "古特雷斯")], date="2023-08-25")
    assert all(("attendee", "普京") not in args for _, args in labelled(an))


def test_a_venue_said_by_de_to_lie_in_the_place_before_it_is_where_too():
    # xwlb-20230209-13: 在|首都|平壤|市中心|的|金日成广场|举行|阅兵式 — the square as well as the city
    text = "朝鲜8日在首都平壤市中心的金日成广场举行阅兵式，纪念朝鲜人民军成立75周年。"
    an = analysis(text, [("Place", "朝鲜"), ("Place", "平壤"), ("Place", "金日成广场")], date="2023-02-09")
    (found,) = [args for kind, args in labelled(an) if kind == "Gathering"]
    assert {("location", "平壤"), ("location", "金日成广场")} <= found


def test_each_side_that_speaks_in_turn_after_a_session_is_a_speaker():
    # xwlb-20230222-09: …|举行|会议|。 then one sentence per speaker: who is said to attend, then named; a pronoun
    # going on; a country's representative by its name, its abbreviation (美方), or countries listed (…|等|国|代表)
    text = ("联合国安理会21日就“北溪”天然气管道被破坏事件举行会议。受邀与会的美国哥伦比亚大学教授杰弗里·萨克斯表示，"
            "只可能是国家参与行动才能完成。他呼吁相关国家立即向安理会提供更多调查情况。"
            "俄罗斯代表谴责美国将自己凌驾于法律之上。美方代表否认美国破坏“北溪”天然气管道。"
            "巴西、莫桑比克、加纳等国代表认为，应该进行彻查。")
    an = analysis(text, [("Agency", "联合国安理会"), ("Agency", "美国哥伦比亚大学"), ("Person", "杰弗里·萨克斯"),
                         ("Agency", "安理会"), ("Place", "美国"), ("Place", "巴西"), ("Place", "莫桑比克"),
                         ("Place", "加纳")], date="2023-02-22")
    (found,) = [args for kind, args in labelled(an) if kind == "Gathering"]
    assert {role_name for role_name in found if role_name[0] == "speaker"} == {
        ("speaker", "杰弗里·萨克斯"), ("speaker", "俄罗斯"), ("speaker", "美国"), ("speaker", "巴西"),
        ("speaker", "莫桑比克"), ("speaker", "加纳")}
    # (a delegation is no representative: 俄罗斯|代表团|团长|… is named for itself, and the run ends at a sentence that
    # opens with no one who speaks there)
    text = ("联合国安理会21日就乌克兰局势举行会议。俄罗斯代表团团长表示，将继续谈判。当天，美方代表否认有关报道。")
    an = analysis(text, [("Agency", "联合国安理会"), ("Agency", "俄罗斯代表团")], date="2023-02-22")
    (found,) = [args for kind, args in labelled(an) if kind == "Gathering"]
    assert not {role_name for role_name in found if role_name[0] == "speaker"}


def test_a_visit_told_as_of_another_year_is_another_visit():
    # xwlb-20230703-02 (a story of 2023): 2021年|6月|，|总书记|来到|青海湖仙女湾|考察调研 is not the trip to 青海 the story
    # reports, and what the pronoun after it says (他|强调|，|…|来之不易) is no visit of its own
    text = ("党的十八大以来，习近平总书记两次到青海考察调研。盛夏的青海湖湖面开阔。2021年6月，总书记来到青海湖仙女湾考察调研。"
            "他强调，青海湖生态保护和环境治理取得的成效来之不易，要倍加珍惜。")
    an = analysis(text, [("Person", "习近平"), ("AdministrativeDivision", "青海"), ("Place", "青海湖"),
                         ("Place", "青海湖仙女湾"), ("Place", "青海湖@2")], date="2023-07-03")
    assert set(labelled(an)) == {
        ("Visit", frozenset({("agent", "习近平"), ("destination", "青海")})),
        ("Visit", frozenset({("agent", "习近平"), ("destination", "青海湖仙女湾")}))}


def test_a_visitor_named_before_the_sentence_went_only_where_the_sentence_says():
    # xwlb-20231216-02 (2023): 2017年|，|总书记|在|广西|考察|时 went to 广西, not to the first stop of this year's visit
    # told in the sentence before (…|第一站|来到|位于|南宁|的|…|信息港股份有限公司)
    text = ("习近平总书记近日在广西考察时强调，广西要贯彻新发展理念。习近平总书记考察的第一站来到位于南宁的东盟信息港股份有限公司。"
            "2017年，总书记在广西考察时，鲁东亮曾向总书记汇报过信息港基础设施建设情况。")
    an = analysis(text, [("Person", "习近平"), ("AdministrativeDivision", "广西"), ("AdministrativeDivision", "广西@2"),
                         ("Person", "习近平@2"), ("AdministrativeDivision", "南宁"), ("Agency", "东盟信息港股份有限公司"),
                         ("AdministrativeDivision", "广西@3"), ("Person", "鲁东亮")], date="2023-12-16")
    assert ("Visit", frozenset({("agent", "习近平"), ("destination", "广西")})) in labelled(an)


def test_a_clause_that_only_says_where_one_went_goes_on_from_the_sentences_subject():
    # xwlb-20230609-06: 赵乐际|率|…|检查组|检查|种子法|实施|情况|，|先后|到|成都|、|德阳|、|绵阳|等地|深入|… — no trigger says so
    text = ("赵乐际率全国人大常委会执法检查组检查种子法实施情况，先后到成都、德阳、绵阳等地深入科研院所实地检查，"
            "主持召开座谈会。")
    an = analysis(text, [("Person", "赵乐际"), ("Agency", "全国人大常委会"), ("AdministrativeDivision", "成都"),
                         ("AdministrativeDivision", "德阳"), ("AdministrativeDivision", "绵阳")], date="2023-06-09")
    assert ("Visit", frozenset({("agent", "赵乐际"), ("destination", "成都"), ("destination", "德阳"),
                                ("destination", "绵阳")})) in labelled(an)
    # (not the end of a range: xwlb-20230727-01, 从|南京青奥会|到|…|，|再|到|北京冬奥会)
    text = "习近平总书记始终高度重视体育国际交流，从南京青奥会到国际篮联篮球世界杯，再到北京冬奥会、冬残奥会，出席索契冬奥会。"
    an = analysis(text, [("Person", "习近平"), ("AdministrativeDivision", "南京"), ("AdministrativeDivision", "北京")],
                  date="2023-07-27")
    assert all(kind != "Visit" for kind, _ in labelled(an))


def test_a_delegation_set_beside_what_it_is_by_a_dash_of_two_arrives():
    # xwlb-20230718-08: 成都大运会|首个|境外|代表团|——|巴西代表团|抵达|成都天府国际机场
    text = "昨天（7月17日），成都大运会首个境外代表团——巴西代表团抵达成都天府国际机场。"
    an = analysis(text, [("Agency", "巴西代表团"), ("Place", "成都天府国际机场")], date="2023-07-18")
    assert labelled(an) == [("Visit", frozenset({("agent", "巴西代表团"), ("destination", "成都天府国际机场")}))]


def test_a_gathering_told_right_after_the_dated_lead_in_its_paragraph_is_of_its_day():
    # xwlb-20231012-09: 今天|（10月12日）|，|…|火种|在|…|广州|完成|采集|。|采集仪式|在|…|举行 — the story names the 19日 and
    # the 22日 to come after, so it is not a story of one day; the ceremony is the lead's
    text = ("今天（10月12日），杭州第4届亚洲残疾人运动会火种在首届亚残运会的举办地广州完成采集。采集仪式在广州亚运会博物馆举行。"
            "杭州亚残运会火炬传递启动仪式将于19日举行。")
    an = analysis(text, [("AdministrativeDivision", "杭州"), ("AdministrativeDivision", "广州"),
                         ("AdministrativeDivision", "广州@2")], date="2023-10-12")
    found = {(title, day) for kind, day, _, props in events(an) for key, title in props if key == "title"}
    assert ("采集仪式", "2023-10-12") in found
    # (not one told in another paragraph)
    an = analysis(text.replace("采集。", "采集。\n"), [("AdministrativeDivision", "杭州"),
                  ("AdministrativeDivision", "广州"), ("AdministrativeDivision", "广州@2")], date="2023-10-12")
    found = {(title, day) for kind, day, _, props in events(an) for key, title in props if key == "title"}
    assert ("采集仪式", None) in found


def test_who_chairs_or_convenes_a_gathering_and_goes_on_to_say_something_speaks_there():
    # xwlb-20230708-03: 赵乐际|来到|…|调研|，|并|主持召开|…|座谈会|。|他|强调 — the visit told before the gathering in its
    # sentence, the pronoun of the one named last; xwlb-20230729-04: 李希|…|并|召开|…|座谈会|。|他|指出
    text = "赵乐际来到省人大常委会机关调研，并主持召开省市县乡人大负责同志座谈会。他强调，要坚持党的领导。"
    an = analysis(text, [("Person", "赵乐际"), ("Agency", "省人大常委会")], date="2023-07-08")
    (found,) = [args for kind, args in labelled(an) if kind == "Gathering"]
    assert {("chair", "赵乐际"), ("speaker", "赵乐际")} <= found
    text = "在自治区纪委监委，李希深入了解主题教育推进情况，并召开部分省区纪委书记座谈会。他指出，要推进全面从严治党。"
    an = analysis(text, [("Agency", "自治区纪委监委"), ("Person", "李希")], date="2023-07-29")
    (found,) = [args for kind, args in labelled(an) if kind == "Gathering"]
    assert ("speaker", "李希") in found
    # (nor a plural pronoun: …|座谈会|。|他们|表示 — no one speaker)
    text = "赵乐际主持召开座谈会。他们表示，要坚持党的领导。"
    an = analysis(text, [("Person", "赵乐际")], date="2023-07-08")
    (found,) = [args for kind, args in labelled(an) if kind == "Gathering"]
    assert ("speaker", "赵乐际") not in found
    # (not when another is named last before the pronoun: …|座谈会|。|王某|介绍|情况|。|他|强调 is 王某 speaking)
    text = "赵乐际主持召开座谈会。省人大常委会主任李某汇报了工作。他强调，要坚持党的领导。"
    an = analysis(text, [("Person", "赵乐际"), ("Agency", "省人大常委会"), ("Person", "李某")], date="2023-07-08")
    (found,) = [args for kind, args in labelled(an) if kind == "Gathering"]
    assert ("speaker", "赵乐际") not in found


def test_a_gathering_of_one_name_held_by_other_organisations_is_another_one():
    # xwlb-20230928-17: the embassies' 国庆招待会, each its own, whatever the same name
    text = ("近日，中国驻埃塞俄比亚大使馆在亚的斯亚贝巴举行国庆招待会，约1300人出席。"
            "伊朗政府高级官员等出席了中国驻伊朗大使馆举办的国庆招待会。")
    an = analysis(text, [("Agency", "中国驻埃塞俄比亚大使馆"), ("Place", "亚的斯亚贝巴"), ("Agency", "伊朗政府"),
                         ("Agency", "中国驻伊朗大使馆")], date="2023-09-28")
    receptions = [args for kind, args in labelled(an) if kind == "Gathering"]
    assert len(receptions) == 2 and {("organizer", "中国驻伊朗大使馆")} <= receptions[1] | receptions[0]
    assert not any({("organizer", "中国驻埃塞俄比亚大使馆"), ("organizer", "中国驻伊朗大使馆")} <= r for r in receptions)


def test_a_number_of_gatherings_more_than_one_is_none_held():
    # xwlb-20230213-01: 当地政府|举办|的|59场|新春招聘会 — many, no one held (xwlb-20230911-05: 已|共同|举办|了|5次|…|研讨班)
    text = "在江西永丰，通过当地政府举办的59场新春招聘会，超过1.8万人返乡人群实现了就地就近就业。"
    an = analysis(text, [("AdministrativeDivision", "江西"), ("AdministrativeDivision", "永丰")], date="2023-02-13")
    assert all(kind != "Gathering" for kind, _ in labelled(an))
    # (but one is: 举办|了|一场|…|报告会)
    text = "平江县委宣传部举办了一场学思想报告会。"
    an = analysis(text, [("Agency", "平江县委宣传部")], date="2023-02-13")
    assert ("Gathering", frozenset({("organizer", "平江县委宣传部")})) in labelled(an)


def test_a_happening_named_after_zai_and_before_hou_says_when_not_where():
    # xwlb-20230213-01: 在|党的二十大|后|第一次|出京|考察|，|就|来到|陕西|延安 — where the visit went is the next clause's
    text = "习近平总书记在党的二十大后第一次出京考察，就来到陕西延安实地察看乡村振兴。"
    an = analysis(text, [("Person", "习近平"), ("Agency", "党的二十大"), ("AdministrativeDivision", "陕西"),
                         ("AdministrativeDivision", "延安")], date="2023-02-13")
    assert labelled(an) == [("Visit", frozenset({("agent", "习近平"), ("destination", "陕西"), ("destination", "延安")}))]


def test_a_party_committees_inspection_office_is_a_body_visited():
    # xwlb-20230321-04: 李希|来到|湖北省纪委监委|、|省委|巡视|办|和|鄂州市华容区纪委监委 — 巡视 a field of the body's name, as
    # 巡察 is (县委|巡察|办), so the chain of bodies visited runs on to the last
    import kgraph
    ex = kgraph.extract_text("李希在湖北调研。调研期间，李希来到湖北省纪委监委、省委巡视办和鄂州市华容区纪委监委，了解工作进展情况。",
                             date="2023-03-21")
    labels = {e.id: e.label for e in ex.entities}
    (visit,) = [e for e in ex.events if e.type == "Visit"]
    assert {"湖北省委巡视办", "华容区纪委监委"} <= {labels[i] for role, i in visit.arguments if role == "destination"}


def test_a_gathering_called_for_is_none_held():
    # xwlb-20231029-13: 阿巴斯|28日|呼吁|阿拉伯国家|领导人|举行|紧急会议 — a call on others, no meeting held (and no speaker of it)
    text = "巴勒斯坦总统阿巴斯28日呼吁阿拉伯国家领导人举行紧急会议讨论加沙地带局势。他表示，以色列没有遵守停火决议。"
    an = analysis(text, [("Place", "巴勒斯坦"), ("Person", "阿巴斯"), ("Place", "加沙地带"), ("Place", "以色列")],
                  date="2023-10-29")
    assert all(kind != "Gathering" for kind, _ in labelled(an))

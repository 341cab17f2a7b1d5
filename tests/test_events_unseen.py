"""The events stage (extraction/events.py) on news the rules were not written on (issue #18's
third round): sides and holders, meetings restated, and a trip's visits as one event. Checked on
hand-built ``Analysis`` objects with sentences of ../shared/corpus/news/xwlb-2023.jsonl and end to
end on stories read by id (skipped when that corpus is absent); none of them is in the events dev
set."""
import pytest

from .conftest import NEWS, shared_records
from .test_events import headlined, story_events
from .test_events_recall import analysis, labelled


def test_an_organisation_met_as_a_whole_is_a_counterpart():
    # xwlb-20231030-02: 韩正|会见|美国飞虎队代表团 (24 such 会见…代表团 in xwlb-2023)
    an = headlined("韩正会见美国飞虎队代表团", "国家副主席韩正30日在北京会见美国飞虎队代表团。",
                   [("Person", "韩正"), ("Agency", "美国飞虎队代表团"), ("Person", "韩正@2"),
                    ("AdministrativeDivision", "北京"), ("Agency", "美国飞虎队代表团@2")], date="2023-10-30")
    assert labelled(an) == [("Meeting", {("agent", "韩正"), ("counterpart", "美国飞虎队代表团")})]
    # xwlb-20230424-04: the delegation led by the one named before it
    text = "国务院总理李强24日在京会见由古共中央政治局委员、中央组织书记莫拉莱斯率领的古巴共产党代表团。"
    an = analysis(text, [("Person", "李强"), ("Agency", "古共中央政治局"), ("Person", "莫拉莱斯"),
                         ("Agency", "古巴共产党代表团")], date="2023-04-24")
    assert labelled(an) == [("Meeting", {("agent", "李强"), ("counterpart", "莫拉莱斯"),
                                         ("counterpart", "古巴共产党代表团")})]
    # an organisation of a title is not met (xwlb-20230901-10, xwlb-20230517-03: 副总理|兼|财政部|长), nor one
    # of the group met (xwlb-20230412-01: 接见|南部战区|海军|官兵|代表), nor what the side met attends
    for text, names in (
            ("李强会见国际货币基金组织总裁", [("Person", "李强"), ("Agency", "国际货币基金组织")]),
            ("李强会见新加坡副总理兼财政部长", [("Person", "李强"), ("Agency", "财政部")]),
            ("习近平亲切接见南部战区海军官兵代表，同大家合影留念。", [("Person", "习近平"), ("Agency", "海军")]),
            ("韩正会见出席第十四轮中美工商领袖和前高官对话的美方代表。", [("Person", "韩正"), ("Agency", "美方")])):
        assert all(role != "counterpart" for _, args in labelled(analysis(text, names)) for role, _ in args), text


def test_a_meeting_that_sets_the_time_of_the_next_clause():
    # xwlb-20230622-03: 在|会见|…|索德尔|时|，|李强|表示 (52 such 会见…时， in xwlb-2023): who meets is the
    # subject of the next clause
    text = "在会见巴伐利亚州州长索德尔时，李强表示，巴州对华友好合作历史悠久、成效显著。"
    an = analysis(text, [("Person", "索德尔"), ("Person", "李强")], date="2023-06-22")
    assert labelled(an) == [("Meeting", {("agent", "李强"), ("counterpart", "索德尔")})]
    # xwlb-20230510-04: the subject only, not whose greetings it passes on
    text = "会见德索萨时，韩正转达了习近平主席的亲切问候和良好祝愿。"
    an = analysis(text, [("Person", "德索萨"), ("Person", "韩正"), ("Person", "习近平")], date="2023-05-10")
    assert labelled(an) == [("Meeting", {("agent", "韩正"), ("counterpart", "德索萨")})]


def test_who_joins_the_meetings_just_reported_when_each_is_read_again():
    # xwlb-20230915-10: 分别|会见|A|、|B … 会见|A|时 … 会见|B|时 … 铁凝|参加|上述|会见 — both meetings
    text = ("全国人大常委会委员长赵乐际15日在人民大会堂分别会见赞比亚总统希奇莱马、柬埔寨首相洪玛奈。"
            "会见希奇莱马时，赵乐际表示，中赞关系地位重要而独特。会见洪玛奈时，赵乐际表示，中柬是好邻居好朋友。"
            "铁凝参加上述会见。")
    an = analysis(text, [("Agency", "全国人大常委会"), ("Person", "赵乐际"), ("Person", "希奇莱马"), ("Person", "洪玛奈"),
                         ("Person", "希奇莱马@2"), ("Person", "赵乐际@2"), ("Person", "洪玛奈@2"), ("Person", "赵乐际@3"),
                         ("Person", "铁凝")], date="2023-09-15")
    found = labelled(an)
    assert len(found) == 2 and set(found) == {
        ("Meeting", frozenset({("agent", "赵乐际"), ("agent", "铁凝"), ("counterpart", "希奇莱马")})),
        ("Meeting", frozenset({("agent", "赵乐际"), ("agent", "铁凝"), ("counterpart", "洪玛奈")}))}


def test_a_counterpart_cut_otherwise_is_the_one_met_before():
    # xwlb-20230103-04: 分别|会见|…|莫朗 … 会见|莫朗时|，: recognition cut the name the second time
    # (the name read glued to 时); the meeting read again is the one reported
    text = "在巴期间，王岐山还分别会见新任副总统阿尔克明和时任副总统莫朗。会见莫朗时，王岐山对其作出的贡献表示高度赞赏。"
    an = analysis(text, [("Person", "王岐山"), ("Person", "阿尔克明"), ("Person", "莫朗"),
                         ("Person", "莫朗时"), ("Person", "王岐山@2")], date="2023-01-03")
    found = labelled(an)
    assert len(found) == 2 and set(found) == {
        ("Meeting", frozenset({("agent", "王岐山"), ("counterpart", "阿尔克明")})),
        ("Meeting", frozenset({("agent", "王岐山"), ("counterpart", "莫朗")}))}


def test_whom_a_gathering_is_held_for_does_not_hold_it_but_attends():
    # xwlb-20230210-01: 习近平|为|洪森|举行|了|宴会 (49 such 为…举行 in xwlb-2023); the guest attends (EVENTS.md: each
    # other named participant; the annotators of four stories outside the dev set read the guest so)
    an = analysis("会见结束后，习近平为洪森举行了宴会。", [("Person", "习近平"), ("Person", "洪森")], date="2023-02-10")
    assert labelled(an) == [("Gathering", {("organizer", "习近平"), ("attendee", "洪森")})]
    # xwlb-20230405-08: an agency holds it for someone
    an = analysis("清明节前夕，黄梅县公安局为程凯举行了警号封存仪式。", [("Agency", "黄梅县公安局"), ("Person", "程凯")])
    assert labelled(an) == [("Gathering", {("organizer", "黄梅县公安局"), ("attendee", "程凯")})]
    # xwlb-20230622-03: with the holder unnamed, the guest holds nothing, and still attends
    an = analysis("巴伐利亚州政府为李强举行了独具地方特色的欢迎仪式。", [("Person", "李强")], date="2023-06-22")
    assert labelled(an) == [("Gathering", {("attendee", "李强")})]


def test_what_another_trigger_is_done_to_does_not_hold_the_gathering():
    # xwlb-20230224-03: 李克强|考察|发展改革委|、|财政部|并|主持召开|座谈会 — who chairs, not what he visited
    text = "李克强考察发展改革委、财政部并主持召开座谈会"
    an = analysis(text, [("Person", "李克强"), ("Agency", "发展改革委"), ("Agency", "财政部")], date="2023-02-24")
    [gathering] = [args for type_, args in labelled(an) if type_ == "Gathering"]
    assert gathering == {("chair", "李克强")}
    # xwlb-20231213-03: a gathering described after another trigger is held by whom that clause names
    text = "会谈后，习近平和夫人彭丽媛出席武文赏夫妇举行的欢迎午宴。"
    an = analysis(text, [("Person", "习近平"), ("Person", "彭丽媛"), ("Person", "武文赏")], date="2023-12-13")
    [gathering] = [args for type_, args in labelled(an) if type_ == "Gathering"]
    assert gathering == {("attendee", "习近平"), ("attendee", "彭丽媛"), ("organizer", "武文赏")}
    # xwlb-20230322-01: the country of a title whose holder is unnamed holds nothing
    an = analysis("习近平出席俄罗斯总统举行的欢迎仪式", [("Person", "习近平"), ("Place", "俄罗斯")], date="2023-03-22")
    assert labelled(an) == [("Gathering", {("attendee", "习近平")})]


def test_who_is_named_in_what_is_studied_does_not_speak():
    # xwlb-20231227-05: …|杨震|围绕|学习|贯彻|习近平|总书记|…|作了|发言
    text = ("政协第十四届全国委员会第十二次主席会议27日在北京召开。"
            "全国政协副主席咸辉、王东峰、朱永新、杨震围绕学习贯彻习近平总书记近期重要讲话和指示精神作了发言。")
    names = [("AdministrativeDivision", "北京"), ("Agency", "全国政协"), ("Person", "咸辉"), ("Person", "王东峰"),
             ("Person", "朱永新"), ("Person", "杨震"), ("Person", "习近平")]
    [(_, args)] = labelled(analysis(text, names, date="2023-12-27"))
    assert {label for role, label in args if role == "speaker"} == {"咸辉", "王东峰", "朱永新", "杨震"}
    # xwlb-20230905-05: a title that names what is studied is still the subject's
    text = "中共中央政治局常委、中央学习贯彻习近平新时代中国特色社会主义思想主题教育领导小组组长蔡奇出席会议并讲话。"
    names = [("Agency", "中共中央政治局"), ("Person", "习近平"), ("Person", "蔡奇")]
    assert ("speaker", "蔡奇") in labelled(analysis(text, names, date="2023-09-05"))[0][1]


def test_a_visitor_received_with_no_venue_named_came_to_the_hosts_country():
    # xwlb-20230212-14: 墨西哥|总统|…|与|到访|的|古巴|国家主席|迪亚斯-卡内尔|会谈 (39 到访的 in xwlb-2023)
    text = "11日，墨西哥总统洛佩斯·奥夫拉多尔与到访的古巴国家主席迪亚斯-卡内尔会谈时表示，应当尽快解除封锁。"
    an = analysis(text, [("Place", "墨西哥"), ("Person", "洛佩斯·奥夫拉多尔"), ("Place", "古巴"),
                         ("Person", "迪亚斯-卡内尔")], date="2023-02-12")
    assert ("Visit", {("agent", "迪亚斯-卡内尔"), ("destination", "墨西哥")}) in labelled(an)


def test_an_arrival_for_what_the_sentence_reports_next_is_a_visit():
    # xwlb-20230503-15: 莱希|今天|…|抵达|叙利亚|大马士革|，|并|与|…|举行了|会谈 — he went there
    text = "伊朗总统莱希今天（5月3日）抵达叙利亚大马士革，并与叙利亚总统巴沙尔·阿萨德举行了会谈。"
    an = analysis(text, [("Place", "伊朗"), ("Person", "莱希"), ("Place", "叙利亚"), ("Place", "大马士革"),
                         ("Place", "叙利亚@2"), ("Person", "巴沙尔·阿萨德")], date="2023-05-03")
    assert ("Visit", {("agent", "莱希"), ("destination", "叙利亚"), ("destination", "大马士革")}) in labelled(an)
    # xwlb-20230404-12: nothing reported after the arrival (预计|…|出庭): no visit
    text = "美国前总统特朗普3日抵达纽约，预计当地时间4日下午在纽约曼哈顿地区法院出庭接受问讯。"
    an = analysis(text, [("Place", "美国"), ("Person", "特朗普"), ("Place", "纽约")], date="2023-04-04")
    assert labelled(an) == []
    # xwlb-20230911-04: 到 of 回到 is no word of going
    text = "李强在结束出席东亚合作领导人系列会议后，乘包机回到北京，并出席了欢迎仪式。"
    an = analysis(text, [("Person", "李强"), ("AdministrativeDivision", "北京")], date="2023-09-11")
    assert all(type_ != "Visit" for type_, _ in labelled(an))


def test_who_speaks_to_a_gathering_named_after_to():
    # xwlb-20230902-01: 习近平|在|北京|向|…|全球服务贸易峰会|发表|视频致辞
    text = "9月2日上午，国家主席习近平在北京向2023年中国国际服务贸易交易会全球服务贸易峰会发表视频致辞。"
    an = analysis(text, [("Person", "习近平"), ("AdministrativeDivision", "北京")], date="2023-09-02")
    [(type_, args)] = labelled(an)
    assert type_ == "Gathering" and ("speaker", "习近平") in args


def test_a_country_or_a_division_hosts_what_it_holds_and_is_where_it_is_held_otherwise():
    # xwlb-20230701-05: 香港|举行|升旗仪式 — where it is held (its holder unnamed)
    an = analysis("香港举行升旗仪式及多项活动庆祝回归祖国26周年", [("AdministrativeDivision", "香港")], date="2023-07-01")
    assert labelled(an) == [("Gathering", {("location", "香港")})]
    # xwlb-20230823-03 (its gold, in the even half: organizer 南非): 南非|成功|举办|…|会晤 — a country hosts
    # what it 举办
    an = analysis("感谢中方坚定支持南非成功举办金砖国家领导人第十五次会晤。", [("Place", "南非")], date="2023-08-23")
    assert labelled(an) == [("Gathering", {("organizer", "南非")})]
    # xwlb-20230227-13, xwlb-20230415-11: where those who meet come from is neither
    text = "26日，巴勒斯坦、以色列、约旦、埃及、美国五方高级官员在约旦城市亚喀巴举行会议，讨论缓和巴以紧张局势。"
    names = [("Place", "巴勒斯坦"), ("Place", "以色列"), ("Place", "约旦"), ("Place", "埃及"), ("Place", "美国"),
             ("Place", "约旦@2"), ("Place", "亚喀巴")]
    assert labelled(analysis(text, names, date="2023-02-27")) == [
        ("Gathering", {("location", "约旦"), ("location", "亚喀巴")})]
    text = "14日，来自9个阿拉伯国家的代表在沙特举行会议。"
    assert labelled(analysis(text, [("Place", "阿拉伯"), ("Place", "沙特")], date="2023-04-15")) == [
        ("Gathering", {("location", "沙特")})]


def test_the_organisations_whose_unnamed_heads_speak_are_speakers():
    # xwlb-20230903-04: 中央统战部|、|…|负责同志|和|…|代表|先后|发言 (20 such stories of 座谈会 in xwlb-2023)
    text = ("纪念中国人民抗日战争暨世界反法西斯战争胜利78周年座谈会3日在北京举行。座谈会上，中央统战部、"
            "中央党史和文献研究院、中央军委政治工作部负责同志和抗战老战士、青年学生代表先后发言。")
    names = [("AdministrativeDivision", "北京"), ("Agency", "中央统战部"), ("Agency", "中央党史和文献研究院"),
             ("Agency", "中央军委政治工作部")]
    [(_, args)] = labelled(analysis(text, names, date="2023-09-03"))
    assert {label for role, label in args if role == "speaker"} == {"中央统战部", "中央党史和文献研究院", "中央军委政治工作部"}
    # but not an organisation that speaks for no one named after it (…|召开|会议|并|讲话)
    text = "全国人大常委会立法工作会议6日上午在京举行。全国人大常委会召开会议并讲话。"
    found = labelled(analysis(text, [("Agency", "全国人大常委会"), ("Agency", "全国人大常委会@2")], date="2023-09-06"))
    assert all(role != "speaker" for _, args in found for role, _ in args), found


def test_a_talk_with_a_side_named_is_a_meeting_and_a_talk_gathering_is_not():
    # xwlb-20230620-05: 李强|在|柏林|同|西门子|等|11家|德国|企业|负责人|座谈交流
    text = "当地时间19日下午，国务院总理李强在柏林同西门子等11家德国企业负责人座谈交流。"
    an = analysis(text, [("Agency", "国务院"), ("Person", "李强"), ("Place", "柏林"), ("Agency", "西门子"),
                         ("Place", "德国")], date="2023-06-20")
    assert labelled(an) == [("Meeting", {("agent", "李强"), ("counterpart", "西门子")})]
    # 座谈 of 座谈会 is a gathering's kind (end to end below: xwlb-20230804-01)


def test_a_delegation_goes_where_it_arrives():
    # xwlb-20230411-12: 沙特|代表团|于|8日|抵达|伊朗|首都|德黑兰 (66 arrivals and visits of delegations in xwlb-2023)
    text = "沙特代表团于8日抵达伊朗首都德黑兰，目前正在德黑兰和马什哈德进行重开使领馆的相关工作。"
    names = [("Agency", "沙特代表团"), ("Place", "伊朗"), ("Place", "德黑兰")]
    assert labelled(analysis(text, names, date="2023-04-11")) == [
        ("Visit", {("agent", "沙特代表团"), ("destination", "伊朗"), ("destination", "德黑兰")})]
    # xwlb-20230528-13: 沙特|工作组|当天|已|抵达|叙利亚 — but not any organisation that opens the clause
    text = "沙特外交部27日表示，沙特工作组当天已抵达叙利亚。"
    names = [("Agency", "沙特外交部"), ("Agency", "沙特工作组"), ("Place", "叙利亚")]
    assert labelled(analysis(text, names, date="2023-05-28")) == [
        ("Visit", {("agent", "沙特工作组"), ("destination", "叙利亚")})]
    text = "国铁集团今天抵达北京的旅客达到30万人次。"
    assert labelled(analysis(text, [("Agency", "国铁集团"), ("AdministrativeDivision", "北京")])) == []


def test_the_stops_of_a_visit_are_where_it_went():
    # xwlb-20230730-02: 习近平|总书记|此次|考察|的|第一站|是|四川|广元市|剑阁县|翠云廊 (考察|的|第一站 is no
    # visitor described after 的)
    text = "习近平总书记此次考察的第一站是四川广元市剑阁县翠云廊。"
    names = [("Person", "习近平"), ("AdministrativeDivision", "四川"), ("AdministrativeDivision", "广元市"),
             ("AdministrativeDivision", "剑阁县"), ("Place", "翠云廊")]
    assert labelled(analysis(text, names, date="2023-07-30")) == [
        ("Visit", {("agent", "习近平"), ("destination", "四川"), ("destination", "广元市"), ("destination", "剑阁县"),
                   ("destination", "翠云廊")})]


# stories end to end: (type, roles that one event has all of)
TRIP_CASES = {
    # one trip: what he went to in each later clause (来到, 走进; 在|陶阳里|…|，|习近平) joins the visit to 江西省
    "xwlb-20231013-01": {("agent", "习近平"), ("destination", "江西省"), ("destination", "九江市"),
                         ("destination", "中国石化九江分公司"), ("destination", "婺源县"), ("destination", "秋口镇"),
                         ("destination", "昌河飞机工业（集团）有限公司")},
    # a foreign trip: the companies of 在|西门子公司总部|，|李强 are part of the visit to 德国
    "xwlb-20230622-03": {("agent", "李强"), ("destination", "德国"), ("destination", "巴伐利亚州"),
                         ("destination", "西门子公司总部")},
}


@pytest.fixture(scope="module")
def trip_stories():
    return shared_records(NEWS, set(TRIP_CASES) | {"xwlb-20231215-01", "xwlb-20231205-09", "xwlb-20230804-01"},
                          "the shared news corpus")


def test_a_talk_gathering_is_no_meeting(trip_stories, tmp_path):
    # xwlb-20230804-01: 习近平|总书记|出席|文化传承发展座谈会|并|发表|重要|讲话 — 座谈 of 座谈会 is no meeting that
    # would make the one who attends another's guest: he speaks there
    found = story_events(trip_stories["xwlb-20230804-01"], tmp_path)
    assert any(type_ == "Gathering" and ("speaker", "习近平") in args and date == "2023-06-02"
               for type_, args, date in found), found


def test_a_work_report_made_is_a_speech(trip_stories, tmp_path):
    # xwlb-20231205-09: 丁仲礼|代表|…|作|工作报告 ; 王光谦|主持|开幕会 (8 作工作报告 in xwlb-2023): one gathering
    found = story_events(trip_stories["xwlb-20231205-09"], tmp_path)
    assert any(type_ == "Gathering" and {("speaker", "丁仲礼"), ("chair", "王光谦")} <= args
               for type_, args, _ in found), found


@pytest.mark.parametrize("story_id", sorted(TRIP_CASES))
def test_a_trip_is_one_visit(trip_stories, story_id, tmp_path):
    visits = [args for type_, args, _ in story_events(trip_stories[story_id], tmp_path) if type_ == "Visit"]
    assert len(visits) == 1 and TRIP_CASES[story_id] <= visits[0], visits


def test_a_visit_to_another_country_is_another_trip(trip_stories, tmp_path):
    # xwlb-20231215-01: 习近平|结束|对|越南|的|国事访问|回到|国内 … 在|广西|考察: two visits
    visits = [args for type_, args, _ in story_events(trip_stories["xwlb-20231215-01"], tmp_path) if type_ == "Visit"]
    vietnam = [args for args in visits if ("destination", "越南") in args]
    guangxi = [args for args in visits if ("destination", "广西壮族自治区") in args]
    assert len(vietnam) == len(guangxi) == 1 and vietnam != guangxi, visits

"""The events stage (extraction/events.py), round 5: rules found by reading what the stage
gives on a sweep of ../shared/corpus/news/xwlb-2023.jsonl stories that are not in the
events dev set (会见/会谈/出席/考察/调研/访问/主持/任命 stories).  Each rule is checked on a
hand-built ``Analysis`` with the sentences that justify it, and end to end on those
stories read by id (skipped when that corpus is absent)."""
import pytest

from .conftest import NEWS, shared_records
from .test_events import analysis, events, story_events
from .test_events_recall import labelled


def arguments(found):
    return set().union(*(args for _, args in found)) if found else set()


def test_who_joins_the_activities_just_reported_is_on_the_meetings_side():
    # xwlb-20230419-02: 习近平|…|同|…|加蓬|总统|邦戈|举行|会谈|。|…|当晚|，|…|举行|欢迎宴会|。|王毅|、|秦刚|等|参加|上述|活动
    text = ("4月19日下午，国家主席习近平在人民大会堂同来华进行国事访问的加蓬总统邦戈举行会谈。"
            "当晚，习近平和夫人彭丽媛在人民大会堂金色大厅为邦戈和夫人西尔维娅举行欢迎宴会。王毅、秦刚等参加上述活动。")
    an = analysis(text, [("Person", "习近平"), ("Place", "人民大会堂"), ("Place", "加蓬"), ("Person", "邦戈"),
                         ("Person", "习近平@2"), ("Person", "彭丽媛"), ("Place", "人民大会堂@2"), ("Person", "邦戈@2"),
                         ("Person", "西尔维娅"), ("Person", "王毅"), ("Person", "秦刚")], date="2023-04-19")
    found = labelled(an)
    [meeting] = [args for type_, args in found if type_ == "Meeting"]
    assert {("agent", "习近平"), ("agent", "王毅"), ("agent", "秦刚"), ("counterpart", "邦戈")} <= meeting
    # with no meeting reported, who joins attends the gathering just reported: xwlb-20230621-03
    # 李强|和|朔尔茨|还|共同|出席|中德企业家圆桌会|，|…|。|吴政隆|参加|上述|活动
    text = "出席论坛前，李强和朔尔茨还共同出席中德企业家圆桌会，同30多位企业家代表座谈交流。吴政隆参加上述活动。"
    an = analysis(text, [("Person", "李强"), ("Person", "朔尔茨"), ("Person", "吴政隆")], date="2023-06-21")
    assert ("attendee", "吴政隆") in arguments(labelled(an))
    # nothing reported before: nothing to join
    an = analysis("吴政隆参加上述活动。", [("Person", "吴政隆")])
    assert labelled(an) == []


def test_who_takes_part_with_nothing_after_the_verb_joins_the_meeting_just_reported():
    # xwlb-20230828-04: 赵乐际|28日|下午|在|人民大会堂|同|阿拉伯议会|议长|欧舒米|举行|会谈|。|…|。|郑建邦|参加|。
    text = ("全国人大常委会委员长赵乐际28日下午在人民大会堂同阿拉伯议会议长欧舒米举行会谈。"
            "会谈后，赵乐际与欧舒米共同签署了谅解备忘录。郑建邦参加。")
    an = analysis(text, [("Agency", "全国人大常委会"), ("Person", "赵乐际"), ("Place", "人民大会堂"),
                         ("Agency", "阿拉伯议会"), ("Person", "欧舒米"), ("Person", "赵乐际@2"), ("Person", "欧舒米@2"),
                         ("Person", "郑建邦")], date="2023-08-28")
    assert labelled(an) == [("Meeting", {("agent", "赵乐际"), ("agent", "郑建邦"), ("counterpart", "欧舒米")})]


def test_who_attends_the_activities_named_before_a_comma():
    # xwlb-20230322-02: …|会谈|…|。|蔡奇|、|王毅|、|秦刚|，|以及|俄罗斯联邦政府|领导人|出席|上述|活动
    text = ("国家主席习近平在莫斯科克里姆林宫同俄罗斯总统普京举行会谈。"
            "蔡奇、王毅、秦刚，以及俄罗斯联邦政府领导人出席上述活动。")
    an = analysis(text, [("Person", "习近平"), ("Place", "莫斯科"), ("Place", "俄罗斯"), ("Person", "普京"),
                         ("Person", "蔡奇"), ("Person", "王毅"), ("Person", "秦刚"), ("Agency", "俄罗斯联邦政府")],
                  date="2023-03-22")
    [(type_, meeting)] = labelled(an)
    assert type_ == "Meeting" and {("agent", "蔡奇"), ("agent", "王毅"), ("agent", "秦刚")} <= meeting
    # xwlb-20230322-03: a bare 出席 after a meeting, the list before a comma
    text = ("国家主席习近平在莫斯科会见俄罗斯总理米舒斯京。"
            "蔡奇、王毅、秦刚，以及俄罗斯联邦政府7位副总理等出席。")
    an = analysis(text, [("Person", "习近平"), ("Place", "莫斯科"), ("Place", "俄罗斯"), ("Person", "米舒斯京"),
                         ("Person", "蔡奇"), ("Person", "王毅"), ("Person", "秦刚"), ("Agency", "俄罗斯联邦政府")],
                  date="2023-03-22")
    [(type_, meeting)] = labelled(an)
    assert type_ == "Meeting" and {("agent", "蔡奇"), ("agent", "秦刚"), ("counterpart", "米舒斯京")} <= meeting
    # xwlb-20231219-04: …|共同主持|中俄总理第二十八次定期会晤|。|…|何立峰|、|吴政隆|、|谌贻琴|等|出席|上述|活动
    text = ("国务院总理李强19日在京同俄罗斯总理米舒斯京共同主持中俄总理第二十八次定期会晤。"
            "何立峰、吴政隆、谌贻琴等出席上述活动。")
    an = analysis(text, [("Person", "李强"), ("Place", "俄罗斯"), ("Person", "米舒斯京"), ("Person", "何立峰"),
                         ("Person", "吴政隆"), ("Person", "谌贻琴")], date="2023-12-19")
    [(type_, gathering)] = labelled(an)
    assert type_ == "Gathering" and {("chair", "李强"), ("attendee", "何立峰"), ("attendee", "谌贻琴")} <= gathering


def test_who_sends_an_envoy_takes_no_part():
    # xwlb-20231202-03: 习近平|主席|特别代表|、|…|国务院|副总理|丁薛祥|在|迪拜|出席|世界气候行动峰会|并|发表|致辞
    text = ("11月30日至12月1日，习近平主席特别代表、中共中央政治局常委、国务院副总理丁薛祥"
            "在迪拜出席世界气候行动峰会并发表致辞。")
    an = analysis(text, [("Person", "习近平"), ("Agency", "中共中央政治局"), ("Agency", "国务院"),
                         ("Person", "丁薛祥"), ("Place", "迪拜")], date="2023-12-02")
    found = arguments(labelled(an))
    assert ("speaker", "丁薛祥") in found and ("location", "迪拜") in found
    assert not any(name == "习近平" for _, name in found)


def test_the_headlines_meeting_is_the_one_just_reported():
    # xwlb-20231017-05 (the headline 习近平同俄罗斯总统普京会谈; the body: 两国元首|…|。|蔡奇|、|王毅|参加|上述|活动)
    headline = "习近平同俄罗斯总统普京会谈"
    text = f"{headline}\n两国元首共同见证签署多项双边合作文件。蔡奇、王毅参加上述活动。"
    an = analysis(text, [("Person", "习近平"), ("Place", "俄罗斯"), ("Person", "普京"), ("Person", "蔡奇"),
                         ("Person", "王毅")], date="2023-10-17")
    from kgraph.model import Document
    an.doc = Document("a", "a", "<test>", headline, (headline,), text, ((0, 0, len(text)),), date="2023-10-17",
                      body_start=len(headline) + 1)
    [(type_, meeting)] = labelled(an)
    assert type_ == "Meeting" and {("agent", "习近平"), ("agent", "蔡奇"), ("agent", "王毅"),
                                   ("counterpart", "普京")} <= meeting


def test_a_speech_named_is_no_speech_given():
    # xwlb-20230111-03: 会议|指出|，|习近平|总书记|在|二十届中央纪委二次全会|上|的|重要|讲话|，|站在|…
    text = ("中共全国人大常委会党组10日举行会议。栗战书主持会议并讲话。"
            "会议指出，习近平总书记在二十届中央纪委二次全会上的重要讲话，站在事关党长期执政的高度。")
    an = analysis(text, [("Agency", "中共全国人大常委会党组"), ("Person", "栗战书"), ("Person", "习近平")],
                  date="2023-01-11")
    found = arguments(labelled(an))
    assert ("speaker", "栗战书") in found and ("speaker", "习近平") not in found
    # xwlb-20231020-06: 习近平|主席|在|…|开幕式|上|的|讲话|非常|深刻
    an = analysis("卡卡尔表示，习近平主席在第三届“一带一路”国际合作高峰论坛开幕式上的讲话非常深刻。",
                  [("Person", "卡卡尔"), ("Person", "习近平")], date="2023-10-20")
    assert labelled(an) == []


# story id -> arguments that must be read there, and arguments that must not
SWEEP_CASES = {
    "xwlb-20230515-02": ({("Meeting", "agent", "王毅"), ("Meeting", "agent", "秦刚")}, set()),
    "xwlb-20230828-04": ({("Meeting", "agent", "郑建邦")}, set()),
    "xwlb-20230111-03": ({("Gathering", "speaker", "栗战书")}, {("Gathering", "speaker", "习近平")}),
    "xwlb-20230322-02": ({("Meeting", "agent", "蔡奇"), ("Meeting", "agent", "秦刚")}, set()),
    "xwlb-20231202-03": ({("Gathering", "speaker", "丁薛祥")}, {("Gathering", "speaker", "习近平")}),
    "xwlb-20230420-08": ({("Gathering", "speaker", "工业和信息化部")}, set()),
    # the model reads 吕特通 as a name: recognition's 吕特 ends where 通电话 starts
    "xwlb-20230516-03": ({("Meeting", "agent", "李强"), ("Meeting", "counterpart", "吕特")}, set()),
}


@pytest.fixture(scope="module")
def sweep_stories():
    return shared_records(NEWS, SWEEP_CASES, "the shared news corpus")


@pytest.mark.parametrize("story_id", sorted(SWEEP_CASES))
def test_sweep_stories_end_to_end(sweep_stories, story_id, tmp_path):
    found = {(type_, role, label) for type_, args, _ in story_events(sweep_stories[story_id], tmp_path)
             for role, label in args}
    wanted, unwanted = SWEEP_CASES[story_id]
    assert wanted <= found and not unwanted & found, found


def test_the_appointment_verbs_are_the_posts_stages():
    # data/posts/post_verbs.tsv declares the verbs of taking or leaving a post once; the events stage
    # reads them (holder before: the subject; after: named after the verb; former: the post ends)
    from kgraph.extraction.events.vocabulary import triggers
    from kgraph.resources import data_table

    table = triggers()
    for verb, holder, *rest in data_table("posts", "post_verbs.tsv"):
        if verb in ("担任", "兼任", "现任"):  # a post held, not changed
            assert verb not in table
            continue
        trigger = table[verb]
        assert trigger.type == "Appointment"
        assert trigger.reading == {"before": "appoint_self", "after": "appoint_other"}[holder]
        assert trigger.role == ("end" if rest[1:] == ["former"] else "start")
    # and what only says a post changed, naming none after it, is the events stage's own
    assert table["辞职"].role == "end" and table["罢免"].reading == "appoint_other"


def test_who_is_elected_by_a_body():
    # xwlb-20230622-09: 全会|选举|阿东|为|团十九届中央书记处|第一书记 (选举 of post_verbs.tsv)
    text = "在今天下午举行的全体会议上，全会选举阿东为团十九届中央书记处第一书记。"
    an = analysis(text, [("Person", "阿东"), ("Agency", "团十九届中央书记处")], date="2023-06-22")
    assert ("Appointment", {("person", "阿东"), ("organization", "团十九届中央书记处")}) in labelled(an)


def test_the_post_taken_is_named_after_the_person():
    # xwlb-20230420-17: 再次|选举|古巴共产党中央委员会|第一书记|迪亚斯-卡内尔|为|古巴|国家主席 — the posts
    # stage read his 第一书记 post, named before him; the post he is elected to is the one after 为
    from kgraph.model import Key
    text = "古巴全国人民政权代表大会19日再次选举古巴共产党中央委员会第一书记迪亚斯-卡内尔为古巴国家主席。"
    an = analysis(text, [("Agency", "古巴共产党中央委员会"), ("Person", "迪亚斯-卡内尔"), ("Place", "古巴@3")],
                  date="2023-04-20")
    an.fact(Key("person", "迪亚斯-卡内尔", "000000"), "holdsPost", Key("agency", "古巴共产党中央委员会", ""),
            text.index("迪亚斯"), title="第一书记")
    [(type_, roles)] = [e for e in labelled(an) if e[0] == "Appointment"]
    assert roles == {("person", "迪亚斯-卡内尔"), ("organization", "古巴")}
    # with no organisation named after the person, the post the posts stage read is the one
    text = "会议经表决，任命迪亚斯-卡内尔为古巴共产党中央委员会第一书记。"
    an = analysis(text, [("Person", "迪亚斯-卡内尔"), ("Agency", "古巴共产党中央委员会")], date="2023-04-20")
    an.fact(Key("person", "迪亚斯-卡内尔", "000000"), "holdsPost", Key("agency", "古巴共产党中央委员会", ""),
            text.index("迪亚斯"), title="第一书记")
    assert labelled(an) == [("Appointment", {("person", "迪亚斯-卡内尔"), ("organization", "古巴共产党中央委员会")})]


def test_an_organisations_spokesman_briefs_for_it():
    # xwlb-20230420-08: 国务院新闻办公室|今天|举行|新闻发布会|，|工业和信息化部|新闻发言人|表示 (46 stories of
    # xwlb-2023 hold a press conference, then an organisation's spokesman or official speaks)
    text = "国务院新闻办公室今天（4月20日）举行新闻发布会，工业和信息化部新闻发言人表示，一季度工业和信息化发展实现平稳开局。"
    an = analysis(text, [("Agency", "国务院新闻办公室"), ("Agency", "工业和信息化部")], date="2023-04-20")
    assert labelled(an) == [("Gathering", {("organizer", "国务院新闻办公室"), ("speaker", "工业和信息化部")})]
    # xwlb-20230116-06: …|举行|新闻发布会|，|邀请|有关|专家|介绍|…|。|国家卫生健康委|新闻发言人|介绍 (a group invited
    # names no one; the organisation opening the next sentence does)
    text = ("国务院联防联控机制今天（1月16日）举行新闻发布会，邀请有关专家介绍重点人群健康保障情况。"
            "国家卫生健康委新闻发言人介绍，全国正在有序开展分级分类服务。")
    an = analysis(text, [("Agency", "国务院联防联控机制"), ("Agency", "国家卫生健康委")], date="2023-01-16")
    assert labelled(an) == [("Gathering", {("organizer", "国务院联防联控机制"), ("speaker", "国家卫生健康委")})]
    # 介绍 with no press conference reported before says nothing of a gathering
    an = analysis("国家卫生健康委新闻发言人介绍，全国正在有序开展分级分类服务。", [("Agency", "国家卫生健康委")])
    assert labelled(an) == []


def test_rallies_fairs_and_festivals_are_gatherings():
    # xwlb-20230825-15: 共同民主党|今天|在|首尔|举行|反对|…|的|抗议活动 (a rally, as 集会)
    text = "韩国最大在野党共同民主党今天在首尔举行反对福岛核污染水排放入海的抗议活动。"
    an = analysis(text, [("Place", "韩国"), ("Agency", "共同民主党"), ("Place", "首尔")], date="2023-08-25")
    assert labelled(an) == [("Gathering", {("organizer", "共同民主党"), ("location", "首尔")})]
    # xwlb-20230420-12: …|投资|合作|推介会|在|广东|深圳|举行
    text = "今天（4月20日），2023年江西省对接粤港澳大湾区投资合作推介会在广东深圳举行。"
    an = analysis(text, [("AdministrativeDivision", "广东"), ("AdministrativeDivision", "深圳")], date="2023-04-20")
    assert labelled(an) == [("Gathering", {("location", "广东"), ("location", "深圳")})]
    # a strike is no gathering: 英国|铁路|行业|已|举行|了|数轮|罢工活动 (xwlb-20230113-13)
    an = analysis("英国铁路行业已举行了数轮罢工活动。", [("Place", "英国")], date="2023-01-13")
    assert labelled(an) == []


def test_a_span_of_days_happens_from_its_first():
    # xwlb-20231013-06: 第三届|“一带一路”|国际合作|高峰论坛|将于|10月17日|—|18日|在|北京|举行 (not 9月18日: 18日
    # alone, read on the story's 10月13日, would be last month's)
    text = "第三届“一带一路”国际合作高峰论坛将于10月17日—18日在北京举行。"
    an = analysis(text, [("AdministrativeDivision", "北京")], date="2023-10-13")
    [(type_, date, _, _)] = events(an)
    assert type_ == "Gathering" and date == "2023-10-17"


def test_a_trigger_the_models_name_ran_into():
    # xwlb-20230516-03: the model reads 李强|16日|同|荷兰|首相|吕特通|电话; recognition's person 吕特 ends
    # where 通电话 starts, so the call is read; a trigger inside a name nobody ends before it is none
    from kgraph.extraction.tagger import Token
    text = "国务院总理李强16日同荷兰首相吕特通电话。"
    names = [("Agency", "国务院"), ("Person", "李强"), ("Place", "荷兰"), ("Person", "吕特")]

    def tagged(mentions):
        an = analysis(text, mentions, date="2023-05-16")
        at = text.index("吕特通")
        an.model_tokens = [Token(0, 3, "ORG"), Token(3, 5, "n"), Token(5, 7, "PER"), Token(7, 10, "TIME"),
                           Token(10, 11, "p"), Token(11, 13, "LOC"), Token(13, 15, "n"), Token(at, at + 3, "PER"),
                           Token(at + 3, at + 5, "n"), Token(at + 5, at + 6, "w")]
        return labelled(an)

    assert tagged(names) == [("Meeting", {("agent", "李强"), ("counterpart", "吕特")})]
    # (recognition's name 吕特通 runs into the trigger too: 通电话 is inside a name)
    assert tagged(names[:3] + [("Person", "吕特通")]) == []


def test_a_speech_given_with_its_title_is_a_speech():
    # xwlb-20230825-01: 习近平|发表|题为|《勠力同心 携手同行 迈向发展共同体》|的|讲话 — 的 after the title
    text = "中非领导人对话会在约翰内斯堡举行。习近平发表题为《勠力同心 携手同行 迈向发展共同体》的讲话。"
    an = analysis(text, [("Place", "约翰内斯堡"), ("Person", "习近平")], date="2023-08-25")
    assert ("speaker", "习近平") in arguments(labelled(an))
    # xwlb-20230918-01: …|大会|…|开幕|。|丁薛祥|代表|党中央|…|发表|了|题为|《…》|的|致词 (致词 as 致辞)
    text = ("中国残疾人联合会第八次全国代表大会18日上午在北京人民大会堂开幕。"
            "丁薛祥代表党中央、国务院发表了题为《在中国式现代化进程中共同创造残疾人更加幸福美好的生活》的致词。")
    an = analysis(text, [("Agency", "中国残疾人联合会"), ("AdministrativeDivision", "北京"), ("Place", "人民大会堂"),
                         ("Person", "丁薛祥")], date="2023-09-18")
    assert ("speaker", "丁薛祥") in arguments(labelled(an))


def test_a_speech_studied_is_a_topic():
    # xwlb-20230606-03 (and the other 人民日报评论员文章 of that series): …——|论|学习|贯彻|习近平|总书记|在|
    # 文化传承发展座谈会|上|重要|讲话
    text = "人民日报评论员文章：深刻把握中华文明的突出特性——论学习贯彻习近平总书记在文化传承发展座谈会上重要讲话"
    an = analysis(text, [("Person", "习近平")], date="2023-06-06")
    assert labelled(an) == []
    # the study verb in an organisation's title, the speech given: xwlb-20230905-05 …|中央|学习|贯彻|…|主题教育|
    # 领导小组|组长|蔡奇|出席|会议|并|讲话
    text = ("主题教育第一批总结暨第二批部署会议5日在京召开。中央学习贯彻习近平新时代中国特色社会主义思想"
            "主题教育领导小组组长蔡奇出席会议并讲话。")
    an = analysis(text, [("Person", "蔡奇")], date="2023-09-05")
    assert ("speaker", "蔡奇") in arguments(labelled(an))
    # what is studied ends before another speech: xwlb-20230718-05 …|石泰峰|，|…|苏辉|围绕|学习|贯彻|习近平|
    # 总书记|重要|讲话|精神|发言
    text = ("政协第十四届全国委员会第六次主席会议18日在北京召开。"
            "全国政协副主席石泰峰，全国政协副主席胡春华、苏辉围绕学习贯彻习近平总书记重要讲话精神发言。")
    an = analysis(text, [("Agency", "全国政协"), ("AdministrativeDivision", "北京"), ("Person", "石泰峰"),
                         ("Person", "胡春华"), ("Person", "苏辉"), ("Person", "习近平")], date="2023-07-18")
    found = arguments(labelled(an))
    assert {("speaker", "胡春华"), ("speaker", "苏辉")} <= found

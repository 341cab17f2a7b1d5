"""The events stage (extraction/events.py), issue #18's recall round: readings checked on a
hand-built ``Analysis`` with sentences of ../shared/corpus/news/xwlb-2023.jsonl (none of
them in the events dev set), and end to end on invented local sentences."""
import kgraph
from kgraph.extraction.events import find_events

from .test_events import analysis, events


def labelled(an):
    """(type, {(role, label)}) of each event found, one per happening."""
    find_events(an)
    labels = {m.key: m.label for m in an.mentions}
    out = []
    for event in an.events:
        item = (event.type, frozenset((role, labels[key]) for role, key in event.arguments))
        if item not in out:
            out.append(item)
    return out


def test_a_gathering_named_after_a_word_holding_another_kind():
    # xwlb-20230320-16: 旨在|缓和|巴|以|局势|的|安全|会议|19|日|在|埃及|沙姆沙伊赫|举行 — 安全会议 holds
    # 全会 (which ends no word) and 会议 one character later: the gathering is 安全会议
    text = "旨在缓和巴以局势的安全会议19日在埃及沙姆沙伊赫举行。"
    an = analysis(text, [("Place", "埃及"), ("Place", "沙姆沙伊赫")], date="2023-03-20")
    assert events(an) == [("Gathering", "2023-03-19", {("location", "埃及"), ("location", "沙姆沙伊赫")},
                           (("title", "旨在缓和巴以局势的安全会议"),))]


def test_a_state_visit_to_our_country_goes_to_china():
    # xwlb-20230214-01: …|举行|仪式|，|欢迎|伊朗伊斯兰共和国|总统|…|莱希|对|我国|进行|国事访问
    text = "国家主席习近平14日下午在人民大会堂北大厅举行仪式，欢迎伊朗伊斯兰共和国总统赛义德·易卜拉欣·莱希对我国进行国事访问。"
    an = analysis(text, [("Person", "习近平"), ("Place", "人民大会堂"), ("Place", "伊朗伊斯兰共和国"),
                         ("Person", "赛义德·易卜拉欣·莱希")], date="2023-02-14")
    assert ("Visit", {("agent", "赛义德·易卜拉欣·莱希"), ("destination", "中华人民共和国")}) in labelled(an)
    # 我国 elsewhere names no place (十年来|我国|累计|建设)
    an = analysis("十年来我国累计建设国家储备林。", [])
    assert labelled(an) == []


def test_a_list_of_who_attends_across_commas():
    # xwlb-20230214-01: each clause of the list a title and a name: both attend
    text = ("国家主席习近平14日下午在人民大会堂举行仪式。中共中央政治局委员、国务委员王毅，"
            "中共中央政治局委员、全国政协副主席何立峰等出席欢迎仪式。")
    an = analysis(text, [("Person", "习近平"), ("Place", "人民大会堂"), ("Agency", "中共中央政治局"),
                         ("Person", "王毅"), ("Agency", "中共中央政治局@2"), ("Agency", "全国政协"), ("Person", "何立峰")],
                  date="2023-02-14")
    [gathering] = [e for e in labelled(an) if e[0] == "Gathering"]
    assert {("attendee", "王毅"), ("attendee", "何立峰")} <= gathering[1]
    # xwlb-20230308-01: a clause that says something (主持|会议) is no part of the list; a name inside
    # a title (习近平|主席|夫人|彭丽媛) is not listed
    text = ("张又侠主持会议，中共中央政治局委员、中央军委副主席何卫东，中央军委委员李尚福参加会议。"
            "习近平主席夫人彭丽媛，国务委员王毅等出席欢迎仪式。")
    an = analysis(text, [("Person", "张又侠"), ("Person", "何卫东"), ("Person", "李尚福"), ("Person", "习近平"),
                         ("Person", "彭丽媛"), ("Person", "王毅")], date="2023-03-08")
    found = labelled(an)
    arguments = set().union(*(args for _, args in found))
    assert {("chair", "张又侠"), ("attendee", "何卫东"), ("attendee", "李尚福"), ("attendee", "彭丽媛"),
            ("attendee", "王毅")} <= arguments
    assert ("attendee", "习近平") not in arguments and ("attendee", "张又侠") not in arguments


def test_who_attends_listed_after_a_colon():
    # xwlb-20231009-05: 出席|闭幕式|的|国际贵宾|有|：|…|阿里波夫|、|…|黎发芳
    text = ("第十九届亚洲运动会8日晚在杭州圆满闭幕。国务院总理李强出席闭幕式。"
            "出席闭幕式的国际贵宾有：乌兹别克斯坦总理阿里波夫、东帝汶副总理黎发芳。")
    an = analysis(text, [("AdministrativeDivision", "杭州"), ("Agency", "国务院"), ("Person", "李强"),
                         ("Place", "乌兹别克斯坦"), ("Person", "阿里波夫"), ("Place", "东帝汶"), ("Person", "黎发芳")],
                  date="2023-10-09")
    assert labelled(an) == [("Gathering", {("location", "杭州"), ("attendee", "李强"), ("attendee", "阿里波夫"),
                                           ("attendee", "黎发芳")})]
    # who is named after 的 without 有|： does not attend: 参加|纪念仪式|的|各界人士|在|孙中山|先生|塑像|前
    an = analysis("参加纪念仪式的各界人士在孙中山先生塑像前肃立。", [("Person", "孙中山")])
    assert labelled(an) == []


def test_the_organisation_of_a_holders_title_does_not_hold_it():
    # xwlb-20230322-07: 中共中央政治局|常委|、|国务院|总理|李强|在|湖南|调研|并|主持召开|…|座谈会 —
    # 李强 chairs; 中共中央政治局 and 国务院 are his posts, not who holds the 座谈会
    text = "21日至22日，中共中央政治局常委、国务院总理李强在湖南调研并主持召开先进制造业发展座谈会。"
    an = analysis(text, [("Agency", "中共中央政治局"), ("Agency", "国务院"), ("Person", "李强"),
                         ("AdministrativeDivision", "湖南")], date="2023-03-22")
    [gathering] = [args for type_, args in labelled(an) if type_ == "Gathering"]
    assert ("chair", "李强") in gathering and not any(role == "organizer" for role, _ in gathering)
    # an organisation that holds it in its own name still does: 全国政协|17日|在|京|召开|…|座谈会
    text = "全国政协17日在京召开2023年上半年宏观经济形势分析座谈会，全国政协主席王沪宁出席并讲话。"
    an = analysis(text, [("Agency", "全国政协"), ("Agency", "全国政协@2"), ("Person", "王沪宁")], date="2023-07-17")
    assert ("organizer", "全国政协") in labelled(an)[0][1]


def test_a_bare_name_is_the_last_gathering_of_its_kind():
    # xwlb-20231118-01: 会议|由|美国|总统|拜登|主持 and 王毅|参加|会议 are at the 领导人非正式会议, not at the
    # 论坛 named since in what was said
    text = ("当地时间11月17日上午，亚太经合组织第三十次领导人非正式会议在美国旧金山莫斯科尼中心举行。"
            "国家主席习近平出席会议并发表重要讲话。习近平指出，中国成功举办第三届“一带一路”国际合作高峰论坛。"
            "会议由美国总统拜登主持。王毅参加会议。")
    an = analysis(text, [("Agency", "亚太经合组织"), ("Place", "美国旧金山莫斯科尼中心"), ("Person", "习近平"),
                         ("Person", "习近平@2"), ("Place", "中国"), ("Place", "美国"), ("Person", "拜登"),
                         ("Person", "王毅")], date="2023-11-18")
    found = labelled(an)
    [apec] = [args for type_, args in found if ("organizer", "亚太经合组织") in args]
    assert {("chair", "拜登"), ("attendee", "王毅")} <= apec
    assert all(("chair", "拜登") not in args for _, args in found if args is not apec)


def test_a_bare_title_refers_to_the_visitor_of_the_story():
    # xwlb-20230814-01: the model read 念兹 (总书记|念兹|在兹) as a name after the title; the visit
    # recounted by 在|广东湛江|…|，|总书记|强调 is still 习近平's, the visitor the story reported
    text = ("今年“六一”前一天，习近平总书记在北京育英学校考察。大江南北，一草一木，总书记念兹在兹。"
            "在广东湛江红树林国家级自然保护区，总书记强调，这片红树林是“国宝”。")
    an = analysis(text, [("Person", "习近平"), ("Agency", "北京育英学校"), ("Person", "念兹"),
                         ("AdministrativeDivision", "广东湛江"), ("Place", "红树林国家级自然保护区")], date="2023-08-14")
    assert ("Visit", {("agent", "习近平"), ("destination", "广东湛江"), ("destination", "红树林国家级自然保护区")}) \
        in labelled(an)


def test_where_the_subject_went_before_the_trigger_clause():
    # xwlb-2023: 李希|先后|到|南宁|、|来宾|等地|，|深入|…|进行|调研 — the destinations are in the subject's clause
    text = "李希先后到南宁、来宾等地，深入对外开放项目、社区、农村、企业等进行调研。"
    an = analysis(text, [("Person", "李希"), ("AdministrativeDivision", "南宁"), ("AdministrativeDivision", "来宾")])
    assert labelled(an) == [("Visit", {("agent", "李希"), ("destination", "南宁"), ("destination", "来宾")})]
    # 在 is no going: 韩正|18日|在|北京|通过|卫星|视频|连线|，|向|…|考察|队员们 (xwlb-20230118-04);
    # 在|…|陈吉宁|…|陪同|下|，|先后|来到|金融机构|…|进行|调研 (xwlb-20231203-01)
    text = "习近平在中共中央政治局委员、上海市委书记陈吉宁陪同下，先后来到金融机构、科技创新园区等进行调研。"
    an = analysis(text, [("Person", "习近平"), ("Agency", "中共中央政治局"), ("Agency", "上海市委"), ("Person", "陈吉宁")])
    assert labelled(an) == []


def test_the_subject_of_a_later_clause_holds_the_title_the_sentence_opens_with():
    # xwlb-2023: 全国人大常委会|委员长|赵乐际|先后|到|珠海|、|广州|等地|调研|，|主持召开|…|座谈会 — 赵乐际
    # chairs it; 全国人大常委会 is his title, not who holds it
    text = "全国人大常委会委员长赵乐际先后到珠海、广州等地调研，主持召开部分省区人大常委会负责同志座谈会。"
    an = analysis(text, [("Agency", "全国人大常委会"), ("Person", "赵乐际"), ("AdministrativeDivision", "珠海"),
                         ("AdministrativeDivision", "广州")])
    assert ("Gathering", {("chair", "赵乐际")}) in labelled(an)


def test_who_was_met_in_the_sentence_does_not_meet_the_next():
    # xwlb-20230622-04: 李强|将|会见|马克龙|总统|，|同|博尔内|总理|举行|会谈|，|会见|拉尔歇|参议长 — 李强 meets
    # 拉尔歇, not 博尔内 (the nearest name before the trigger)
    text = "访法期间，李强将会见马克龙总统，同博尔内总理举行会谈，会见拉尔歇参议长。"
    an = analysis(text, [("Person", "李强"), ("Person", "马克龙"), ("Person", "博尔内"), ("Person", "拉尔歇")],
                  date="2023-06-22")
    found = labelled(an)
    assert [item for item in found if item[0] == "Meeting"] == [
        ("Meeting", {("agent", "李强"), ("counterpart", "马克龙")}),
        ("Meeting", {("agent", "李强"), ("counterpart", "博尔内")}),
        ("Meeting", {("agent", "李强"), ("counterpart", "拉尔歇")})]
    assert ("Visit", {("agent", "李强"), ("destination", "法国")}) in found  # 访法: to 法国


def test_a_speech_joined_to_a_topic_is_no_speech():
    # xwlb-20230626-08: 要|深入|贯彻|习近平|总书记|重要|讲话|和|重要|指示|批示|精神 — a topic, not a speech
    text = ("政协第十四届全国委员会常务委员会第二次会议26日上午在京开幕。全国政协主席王沪宁出席开幕会。"
            "要深入贯彻习近平总书记重要讲话和重要指示批示精神。")
    an = analysis(text, [("Agency", "全国政协"), ("Person", "王沪宁"), ("Person", "习近平")], date="2023-06-26")
    arguments = set().union(*(args for _, args in labelled(an)))
    assert ("attendee", "王沪宁") in arguments and ("speaker", "习近平") not in arguments
    # a speech and another part taken are still read: 出席|会议|并|讲话|和|颁奖
    an = analysis("王沪宁出席会议并讲话和颁奖。", [("Person", "王沪宁")])
    assert ("speaker", "王沪宁") in set().union(*(args for _, args in labelled(an)))


def test_who_is_met_is_the_visitor_named_after_the_visit():
    # xwlb-20230518-08: 会见|来华|进行|国事访问|并|出席|中国—中亚峰会|的|塔吉克斯坦|总统|拉赫蒙 — 拉赫蒙 visits
    text = "国务院总理李强17日在京会见来华进行国事访问并出席中国—中亚峰会的塔吉克斯坦总统拉赫蒙。"
    an = analysis(text, [("Agency", "国务院"), ("Person", "李强"), ("Place", "塔吉克斯坦"), ("Person", "拉赫蒙")],
                  date="2023-05-18")
    found = labelled(an)
    assert ("Visit", {("agent", "拉赫蒙"), ("destination", "中华人民共和国")}) in found
    assert ("Meeting", {("agent", "李强"), ("counterpart", "拉赫蒙")}) in found
    # a meeting named as a gathering (第十五次|会晤) is no meeting: 习近平 visits (xwlb-20230818-01)
    text = "国家主席习近平将于8月21日至24日出席金砖国家领导人第十五次会晤并对南非进行国事访问。"
    an = analysis(text, [("Person", "习近平"), ("Place", "南非")], date="2023-08-18")
    assert ("Visit", {("agent", "习近平"), ("destination", "南非")}) in labelled(an)


def test_a_county_sessions_body_is_completed_by_the_articles_division_end_to_end():
    # a local article: 公安县|县长|李明|主持召开|县政府|常务会议 — held by 公安县人民政府 (the short form
    # completed by the county named), chaired by 李明; 公安县 is his title, not who holds it
    ex = kgraph.extract_text("6月1日，公安县县长李明主持召开县政府常务会议，研究部署防汛工作。", date="2023-06-01")
    labels = {e.id: e.label for e in ex.entities}
    assert [(e.type, {(role, labels[i]) for role, i in e.arguments}) for e in ex.events] == [
        ("Gathering", {("chair", "李明"), ("organizer", "公安县人民政府")})]
    # with no division named, the short form names no organizer: none is invented
    ex = kgraph.extract_text("6月1日，县长李明主持召开县政府常务会议，研究部署防汛工作。", date="2023-06-01")
    labels = {e.id: e.label for e in ex.entities}
    assert [(e.type, {(role, labels[i]) for role, i in e.arguments}) for e in ex.events] == [
        ("Gathering", {("chair", "李明")})]


def test_a_lecture_is_a_gathering():
    # xwlb-20230427-04: …|举行|常委会组成人员|第一次|履职学习|专题讲座|。|赵乐际|委员长|主持|上午|的|讲座|并|讲话
    text = ("十四届全国人大常委会26日在北京人民大会堂举行常委会组成人员第一次履职学习专题讲座。"
            "赵乐际委员长主持上午的讲座并讲话。李鸿忠主持下午的讲座。")
    an = analysis(text, [("Agency", "十四届全国人大常委会"), ("AdministrativeDivision", "北京"), ("Person", "赵乐际"),
                         ("Person", "李鸿忠")], date="2023-04-27")
    arguments = set().union(*(args for _, args in labelled(an)))
    assert {("organizer", "十四届全国人大常委会"), ("location", "北京"), ("chair", "赵乐际"), ("speaker", "赵乐际"),
            ("chair", "李鸿忠")} <= arguments


def test_a_title_holding_a_trigger_in_a_word_is_still_a_title():
    # xwlb-20230414-01: …|办公室|主任|王毅|，|国务委员|秦刚|等|出席 — 任 inside 主任 says nothing
    text = ("习近平主席夫人彭丽媛，中共中央政治局委员、中央外事工作委员会办公室主任王毅，国务委员秦刚等出席欢迎仪式。")
    an = analysis(text, [("Person", "习近平"), ("Person", "彭丽媛"), ("Agency", "中共中央政治局"),
                         ("Agency", "中央外事工作委员会办公室"), ("Person", "王毅"), ("Person", "秦刚")], date="2023-04-14")
    assert labelled(an) == [("Gathering", {("attendee", "彭丽媛"), ("attendee", "王毅"), ("attendee", "秦刚")})]


def test_who_says_a_gathering_was_held_does_not_hold_it():
    # xwlb-20231019-06: 谢蒂马|表示|，|祝贺|中方|成功|举办|第三届|…|高峰论坛 — 谢蒂马 holds nothing
    text = "谢蒂马表示，祝贺中方成功举办第三届“一带一路”国际合作高峰论坛。"
    an = analysis(text, [("Person", "谢蒂马")], date="2023-10-19")
    assert all(("organizer", "谢蒂马") not in args for _, args in labelled(an))
    # the subject of the sentence holds it when the clause is what they do: 中共代表团|相继|访问|…|，|面向|…|举办
    text = "中共代表团相继访问了波兰、波黑和罗马尼亚，面向当地各界举办中共二十大精神专题宣介会。"
    an = analysis(text, [("Agency", "中共代表团"), ("Place", "波兰"), ("Place", "波黑"), ("Place", "罗马尼亚")])
    assert any(("organizer", "中共代表团") in args for _, args in labelled(an))


def test_a_venue_words_character_inside_another_word_links_no_venue():
    # xwlb-20230517-05: 按照|党中央|关于|大兴|调查研究|…|提高|调研|质量 — 大兴 (a district's name) is no
    # destination: 于 of 关于 is no 于 of a venue
    text = "王沪宁表示，全国政协要按照党中央关于大兴调查研究的部署要求，通过提高调研质量提升建言资政水平。"
    an = analysis(text, [("Person", "王沪宁"), ("Agency", "全国政协"), ("Agency", "党中央"), ("AdministrativeDivision", "大兴")],
                  date="2023-05-17")
    assert labelled(an) == []


def test_who_is_met_in_an_earlier_clause_does_not_attend():
    # xwlb-20230622-04: 李强|将|会见|…|，|同|博尔内|总理|举行|会谈|，|会见|拉尔歇|参议长|，|出席|中法工商界|晚餐会
    text = "访法期间，李强将会见马克龙总统，同博尔内总理举行会谈，会见拉尔歇参议长，出席中法工商界晚餐会。"
    an = analysis(text, [("Person", "李强"), ("Person", "马克龙"), ("Person", "博尔内"), ("Person", "拉尔歇")],
                  date="2023-06-22")
    assert ("Gathering", {("attendee", "李强")}) in labelled(an)


def test_more_kinds_of_meetings_are_gatherings():
    # xwlb-20230810-12: 联合国安理会|9日|召开|苏丹问题|公开会 ; xwlb-20230322-09: …|圆桌会|…|在|莫斯科|…|举行
    an = analysis("联合国安理会9日召开苏丹问题公开会。", [("Agency", "联合国安理会")], date="2023-08-10")
    assert labelled(an) == [("Gathering", {("organizer", "联合国安理会")})]
    an = analysis("“中国式现代化与世界新机遇”中俄媒体圆桌会今天（3月22日）在莫斯科国际关系学院举行。",
                  [("Agency", "莫斯科国际关系学院")], date="2023-03-22")
    assert labelled(an) == [("Gathering", {("location", "莫斯科国际关系学院")})]


def test_a_chain_of_posts_is_one_appointment_each():
    # xwlb-20230310-11: 习近平|全票|当选|中华人民共和国|主席|、|中华人民共和国中央军事委员会|主席
    text = "习近平全票当选中华人民共和国主席、中华人民共和国中央军事委员会主席。"
    an = analysis(text, [("Person", "习近平"), ("Place", "中华人民共和国"), ("Agency", "中华人民共和国中央军事委员会")],
                  date="2023-03-10")
    find_events(an)
    labels = {m.key: m.label for m in an.mentions}
    assert sorted((dict(e.arguments)["organization"].name, dict(e.props)["title"]) for e in an.events) == [
        ("中华人民共和国", "主席"), ("中华人民共和国中央军事委员会", "主席")]
    assert all(labels[dict(e.arguments)["person"]] == "习近平" for e in an.events)
    # what follows a post that is no title ends no chain (xwlb-20230322-02): one appointment
    text = "俄方再次对习近平主席全票当选连任中国国家主席、中国新一届政府组成表示热烈祝贺。"
    an = analysis(text, [("Person", "习近平"), ("Place", "中国"), ("Agency", "中国新一届政府")], date="2023-03-22")
    find_events(an)
    assert {dict(e.arguments)["organization"].name for e in an.events} == {"中国"}


def test_where_the_visitor_arrived_is_visited_too():
    # xwlb-20230320-01: 习近平|乘|专机|抵达|莫斯科|，|开始|对|俄罗斯|进行|国事访问 — 莫斯科 and 俄罗斯
    text = "当地时间20日下午，习近平乘专机抵达莫斯科，开始对俄罗斯进行国事访问。"
    an = analysis(text, [("Person", "习近平"), ("Place", "莫斯科"), ("Place", "俄罗斯")], date="2023-03-20")
    assert labelled(an) == [("Visit", {("agent", "习近平"), ("destination", "莫斯科"), ("destination", "俄罗斯")})]
    # a city left is not visited: 习近平|乘|专机|离开|北京|，|…|对|俄罗斯|进行|国事访问
    text = "3月20日上午，国家主席习近平乘专机离开北京，对俄罗斯进行国事访问。"
    an = analysis(text, [("Person", "习近平"), ("AdministrativeDivision", "北京"), ("Place", "俄罗斯")], date="2023-03-20")
    assert labelled(an) == [("Visit", {("agent", "习近平"), ("destination", "俄罗斯")})]


def test_who_meets_is_named_in_the_next_clause():
    # xwlb-20230926-03: 在|同|埃及|参议长|阿卜杜拉齐格|会谈|时|，|李希|表示 — 李希 meets 阿卜杜拉齐格
    text = "在同埃及参议长阿卜杜拉齐格会谈时，李希表示，中埃政治互信更加坚实。"
    an = analysis(text, [("Place", "埃及"), ("Person", "阿卜杜拉齐格"), ("Person", "李希")], date="2023-09-26")
    assert labelled(an) == [("Meeting", {("agent", "李希"), ("counterpart", "阿卜杜拉齐格")})]


def test_whose_supporters_hold_a_rally_does_not_hold_it():
    # xwlb-20230401-13: 特朗普|的|支持者|和|反对者|分别|举行|了|集会 — 支持 inside 支持者 says nothing,
    # and the crowd of a person is not the person
    text = "3月30日，纽约州大陪审团决定对特朗普提起刑事指控后，特朗普的支持者和反对者分别举行了集会。"
    an = analysis(text, [("Agency", "纽约州大陪审团"), ("Person", "特朗普"), ("Person", "特朗普@2")], date="2023-04-01")
    assert labelled(an) == []
    # xwlb-20230331-17: 特朗普|支持者|随后|举行|集会 — the same without 的
    an = analysis("特朗普支持者随后举行集会，对此表示抗议。", [("Person", "特朗普")], date="2023-03-31")
    assert labelled(an) == []
    # who holds a gathering with crowds is still its holder: 市长|李明|同|各界人士|举行|座谈会
    an = analysis("市长李明同各界人士举行座谈会。", [("Person", "李明")])
    assert labelled(an) == [("Gathering", {("organizer", "李明")})]


def test_each_guest_listed_after_what_they_attend_attends():
    # xwlb-2023: 韩正|…|分别|会见|来华|出席|第三届中非经贸博览会|的|马拉维|总统|查克维拉|、|坦桑尼亚|桑给巴尔|总统|姆维尼
    text = "6月28日，国家副主席韩正在湖南长沙分别会见来华出席第三届中非经贸博览会的马拉维总统查克维拉、坦桑尼亚桑给巴尔总统姆维尼。"
    an = analysis(text, [("Person", "韩正"), ("AdministrativeDivision", "湖南"), ("AdministrativeDivision", "长沙"),
                         ("Place", "马拉维"), ("Person", "查克维拉"), ("Place", "坦桑尼亚"), ("Person", "姆维尼")],
                  date="2023-06-28")
    found = labelled(an)
    assert ("Meeting", {("agent", "韩正"), ("counterpart", "查克维拉")}) in found
    assert ("Meeting", {("agent", "韩正"), ("counterpart", "姆维尼")}) in found
    [gathering] = [args for type_, args in found if type_ == "Gathering"]
    assert {("attendee", "查克维拉"), ("attendee", "姆维尼")} <= gathering


def test_separately_before_the_link_is_one_meeting_each():
    # xwlb-2023: 习近平|总书记|还|分别|同|武文赏|国家主席|、|范明政|总理|、|王庭惠|国会主席|会见|会谈
    text = "此外，习近平总书记还分别同武文赏国家主席、范明政总理、王庭惠国会主席会见会谈。"
    an = analysis(text, [("Person", "习近平"), ("Person", "武文赏"), ("Person", "范明政"), ("Person", "王庭惠")],
                  date="2023-12-14")
    assert {frozenset(args) for type_, args in labelled(an) if type_ == "Meeting"} >= {
        frozenset({("agent", "习近平"), ("counterpart", name)}) for name in ("武文赏", "范明政", "王庭惠")}

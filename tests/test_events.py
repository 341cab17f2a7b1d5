"""The events stage (extraction/events.py): meetings, visits, gatherings, appointments.

Tested as spaCy tests its components: on a hand-built ``Analysis`` (the text, the
mentions recognition would have found, no model), then end to end on invented
local-news sentences and on stories of ../shared/corpus/news/xwlb-2023.jsonl (read by
id, skipped when that corpus is absent; none of them is in the events dev set)."""
import io
import json

import pytest

import kgraph
from kgraph.extraction.analysis import Analysis, Region
from kgraph.extraction.events import find_events
from kgraph.extraction.pipeline import STAGES, extract_records
from kgraph.extraction.report import write_report
from kgraph.extraction.resolve import Resolver, article_record
from kgraph.model import SHARD_FORMAT, ArticleRecord, Document, Key, Mention

from .conftest import NEWS, shared_records

_KINDS = {"Person": "person", "Agency": "agency", "AdministrativeDivision": "division", "Place": "place"}


def analysis(text, names, date="2023-05-12", doc_id="a"):
    """An Analysis of ``text`` with a mention of each (type, name) at its first
    occurrence (``name@N``: the N-th), as recognition would have left it."""
    doc = Document(doc_id, doc_id, "<test>", None, (), text, ((0, 0, len(text)),), date=date)
    an = Analysis(doc, Region(None))
    for type_, name in names:
        name, _, nth = name.partition("@")
        start = -1
        for _ in range(int(nth or 1)):
            start = text.index(name, start + 1)
        key = Key(_KINDS[type_], name, "000000" if type_ == "Person" else "")
        an.add(Mention.make(type_, doc_id, start, start + len(name), name, name, key))
    return an


def events(an):
    """(type, date, {(role, name)}, props) of each event found, one per happening."""
    find_events(an)
    out = []
    for event in an.events:
        item = (event.type, event.date, frozenset((role, key.name) for role, key in event.arguments), event.props)
        if item not in out:
            out.append(item)
    return out


def test_the_stage_is_declared_and_last():
    # it writes the places a word names by one character (在|京), as implicit mentions
    assert STAGES[-1] is find_events and find_events.writes == ("events", "AdministrativeDivision", "Place")


def headlined(headline, body, names, date="2023-10-18"):
    """An Analysis of a story whose headline (a record's title) opens its text."""
    an = analysis(f"{headline}\n{body}", names, date=date)
    an.doc = Document("a", "a", "<test>", headline, (headline,), an.text, ((0, 0, len(an.text)),), date=date,
                      body_start=len(headline) + 1)
    return an


def test_the_headline_restates_what_the_body_reports():
    # xwlb-20231018-11: …|高级别论坛|在|京|举办| |蔡奇|出席|并|致辞 — one gathering, the headline
    # gives where (在|京: 北京市), the body the day; who speaks is 蔡奇, not a name in the headline's
    # first clause (the space parts two clauses)
    headline = "第三届“一带一路”国际合作高峰论坛数字经济高级别论坛在京举办 蔡奇出席并致辞"
    body = "中共中央政治局常委、中央书记处书记蔡奇10月18日下午出席第三届“一带一路”国际合作高峰论坛数字经济高级别论坛并致辞。"
    an = headlined(headline, body, [("Person", "蔡奇"), ("Person", "蔡奇@2")])
    found = events(an)
    assert len(found) == 1, found
    type_, date, arguments, _ = found[0]
    assert (type_, date) == ("Gathering", "2023-10-18")
    labels = {m.key: m.label for m in an.mentions}
    assert {(role, labels[key]) for role, key in an.events[0].arguments} == {("speaker", "蔡奇"), ("location", "北京市")}
    assert {an.sentence(e.start) for e in an.events} == {(0, len(headline)), an.sentence(len(headline) + 1)}
    # 北京市 is named in the article, with no span of its own
    [beijing] = [m for m in an.mentions if m.label == "北京市"]
    assert beijing.type == "AdministrativeDivision" and beijing.start == beijing.end and beijing.prop("code") == "110000"
    # a headline that restates a meeting adds no meeting of its own (李强会见吉尔吉斯斯坦总统, xwlb-20230519-06)
    an = headlined("李强会见吉尔吉斯斯坦总统", "国务院总理李强19日在京会见吉尔吉斯斯坦总统扎帕罗夫。",
                   [("Person", "李强"), ("Person", "李强@2"), ("Place", "吉尔吉斯斯坦@2"), ("Person", "扎帕罗夫")],
                   date="2023-05-19")
    assert [e[2] for e in events(an)] == [{("agent", "李强"), ("counterpart", "扎帕罗夫")}]


def test_a_visit_recounted_by_where_and_who():
    # xwlb-20230130-01: a story of visits (…|到|中国人民大学|考察); 在|段村|，|习近平|总书记|指出 recounts one
    text = ("2022年4月，习近平总书记到中国人民大学考察。去年的春节前夕，习近平总书记顶风冒雪来到段村。"
            "在段村，习近平总书记指出，建设现代化国家离不开农业农村现代化。")
    an = analysis(text, [("Person", "习近平"), ("Agency", "中国人民大学"), ("Person", "习近平@2"),
                         ("AdministrativeDivision", "段村"), ("AdministrativeDivision", "段村@2"), ("Person", "习近平@3")])
    found = [e[2] for e in events(an)]
    assert {("agent", "习近平"), ("destination", "段村")} in found
    # xwlb-20230610-03: …|在|广东潮州古城|，|总书记|走进|…: a bare title refers to the visitor; the place
    # is part of the trip to 广东 (one visit)
    text = "习近平总书记在广东考察。在广东潮州古城，总书记走进广济楼。"
    an = analysis(text, [("Person", "习近平"), ("AdministrativeDivision", "广东"), ("Place", "广东潮州古城")])
    assert [e[2] for e in events(an)] == [{("agent", "习近平"), ("destination", "广东"), ("destination", "广东潮州古城")}]
    # no place alone, or no visit reported: nothing recounted (xwlb-20230209-01: 在|党的二十大报告|中;
    # xwlb-20230517-01: 在|前往|陕西|途中)
    for text, names in (("习近平总书记在广东考察。在党的二十大报告中，习近平总书记指出，要全面推进乡村振兴。",
                         [("Person", "习近平"), ("AdministrativeDivision", "广东"), ("Person", "习近平@2")]),
                        ("习近平在山西考察。在前往陕西途中，习近平走下列车。",
                         [("Person", "习近平"), ("AdministrativeDivision", "山西"), ("AdministrativeDivision", "陕西"),
                          ("Person", "习近平@2")]),
                        ("在段村，习近平总书记指出，建设现代化国家离不开农业农村现代化。",
                         [("AdministrativeDivision", "段村"), ("Person", "习近平")])):
        an = analysis(text, names)
        find_events(an)
        assert not any(event.trigger == "在" for event in an.events), an.events


def test_who_speaks_at_a_press_conference_named_as_where():
    # xwlb-20230118-08: 在|国新办|今天|…|举行|的|新闻发布会|上|，|工业和信息化部|发言人|介绍
    text = "在国新办今天（1月18日）举行的新闻发布会上，工业和信息化部发言人介绍，2022年工业经济回稳向好。"
    an = analysis(text, [("Agency", "国新办"), ("Agency", "工业和信息化部")], date="2023-01-18")
    assert events(an) == [("Gathering", "2023-01-18", {("organizer", "国新办"), ("speaker", "工业和信息化部")},
                           (("title", "新闻发布会"),))]
    # xwlb-20230113-05: 在|今天|（1月13日）|国新办|举行|的: who holds it right before the trigger;
    # xwlb-20230413-06: a named official speaks, not their organisation
    text = "在今天（4月13日）国新办举行的新闻发布会上，市场监管总局局长罗文表示，市场预期加快好转。"
    an = analysis(text, [("Agency", "国新办"), ("Agency", "市场监管总局"), ("Person", "罗文")], date="2023-04-13")
    assert events(an)[0][2] == {("organizer", "国新办"), ("speaker", "罗文")}
    # what follows a gathering that is not a press conference says nothing of who speaks there
    text = "在国新办今天举行的座谈会上，工业和信息化部发言人介绍了情况。"
    an = analysis(text, [("Agency", "国新办"), ("Agency", "工业和信息化部")])
    assert all(role != "speaker" for _, _, arguments, _ in events(an) for role, _ in arguments)


def test_what_a_decision_is_about_is_no_gathering():
    # xwlb-20230115-02: the session's agenda names a session to be held (审议通过|关于|召开|…|会议|的|决定);
    # who chairs its opening sitting (主持|开幕会) and explains (作了说明) is at the one that opened
    text = ("政协第十三届全国委员会常务委员会第二十五次会议15日上午在京开幕。全国政协主席汪洋出席开幕会。"
            "本次常委会会议主要议程有：审议通过关于召开政协第十四届全国委员会第一次会议的决定。"
            "全国政协副主席张庆黎主持开幕会，全国政协副主席兼秘书长李斌等就有关议题作了说明。")
    an = analysis(text, [("Agency", "政协第十三届全国委员会常务委员会"), ("Agency", "全国政协"), ("Person", "汪洋"),
                         ("Agency", "全国政协@2"), ("Person", "张庆黎"), ("Agency", "全国政协@3"), ("Person", "李斌")],
                  date="2023-01-15")
    found = events(an)
    assert len(found) == 1, found
    assert {("attendee", "汪洋"), ("chair", "张庆黎"), ("speaker", "李斌")} <= {
        (role, {m.key: m.label for m in an.mentions}[key]) for role, key in an.events[0].arguments}


def test_a_representative_speaks_for_the_country():
    # xwlb-20230519-10: 联合国安理会|…|举行|会议|。|中国代表|在|会上|发言|表示: the speaker is China
    text = "18日，联合国安理会就向乌克兰提供武器问题举行会议。中国代表在会上发言表示，乌克兰危机没有军事解决方案。"
    an = analysis(text, [("Agency", "联合国安理会"), ("Place", "乌克兰"), ("Place", "乌克兰@2")], date="2023-05-19")
    found = events(an)
    labels = {m.key: m.label for m in an.mentions}
    assert len(found) == 1 and {(role, labels[key]) for role, key in an.events[0].arguments} == {
        ("organizer", "联合国安理会"), ("speaker", "中华人民共和国")}
    # xwlb-20230927-14: 中国代表|26日|在|联合国人权理事会|第54届|会议|上|发言: a session named after its
    # body is held by it
    text = "中国代表26日在联合国人权理事会第54届会议上发言，呼吁各方携手促进和保护人权。"
    an = analysis(text, [("Agency", "联合国人权理事会")], date="2023-09-27")
    find_events(an)
    labels = {m.key: m.label for m in an.mentions}
    assert {(role, labels[key]) for role, key in an.events[0].arguments} == {
        ("organizer", "联合国人权理事会"), ("speaker", "中华人民共和国")}
    # the representative's words elsewhere in a clause are no speaker (他|会见|了|中国代表)
    an = analysis("联合国安理会举行会议。会上，他会见了中国代表并发言。", [("Agency", "联合国安理会")])
    find_events(an)
    assert all(key.name != "中华人民共和国" for event in an.events for _, key in event.arguments)


def test_a_gathering_of_a_body_with_others_is_not_named_after_it():
    # xwlb-20230804-01: 习近平|总书记|在|北京|出席|中国共产党|与|世界政党|高层对话会: no holder named
    text = "中共中央总书记习近平15日在北京出席中国共产党与世界政党高层对话会并发表主旨讲话。"
    an = analysis(text, [("Agency", "中共中央"), ("Person", "习近平"), ("AdministrativeDivision", "北京"),
                         ("Agency", "中国共产党")], date="2023-03-15")
    assert all(role != "organizer" for _, _, arguments, _ in events(an) for role, _ in arguments)


def test_a_one_character_abbreviation_is_no_destination():
    # xwlb-20230517-04: 访塞|期间|，|赵乐际|考察|了|中非|共建|…|迪亚姆尼亚久工业园 (中 and 非 read as places)
    text = "访塞期间，赵乐际考察了中非共建“一带一路”重要成果迪亚姆尼亚久工业园。"
    an = analysis(text, [("Place", "塞"), ("Person", "赵乐际"), ("Place", "中"), ("Place", "非"),
                         ("Place", "迪亚姆尼亚久工业园")], date="2023-05-17")
    assert events(an) == [("Visit", None, {("agent", "赵乐际"), ("destination", "迪亚姆尼亚久工业园")}, ())]


def test_a_gathering_held_there_is_where_the_visit_went():
    # xwlb-20230428-11: 中共代表团|相继|访问|了|波兰|、|波黑|和|罗马尼亚|，|面向|当地|各界|举办|…|宣介会
    text = "近日，中共代表团相继访问了波兰、波黑和罗马尼亚，面向当地各界举办中共二十大精神专题宣介会。"
    an = analysis(text, [("Agency", "中共代表团"), ("Place", "波兰"), ("Place", "波黑"), ("Place", "罗马尼亚")],
                  date="2023-04-28")
    gathering = [e for e in events(an) if e[0] == "Gathering"]
    assert gathering == [("Gathering", None, {("organizer", "中共代表团"), ("location", "波兰"), ("location", "波黑"),
                                              ("location", "罗马尼亚")}, (("title", "中共二十大精神专题宣介会"),))]
    # without 当地 the gathering is not placed by the visit
    an = analysis(text.replace("当地", ""), [("Agency", "中共代表团"), ("Place", "波兰"), ("Place", "波黑"),
                                            ("Place", "罗马尼亚")], date="2023-04-28")
    assert all(role != "location" for type_, _, arguments, _ in events(an) if type_ == "Gathering"
               for role, _ in arguments)


def test_a_keynote_speech_is_spoken():
    # xwlb-20230330-03: 李强|30日|上午|在|博鳌|出席|博鳌亚洲论坛2023年年会|开幕式|并|发表|主旨演讲
    text = "国务院总理李强30日上午在博鳌出席博鳌亚洲论坛2023年年会开幕式并发表主旨演讲。"
    an = analysis(text, [("Agency", "国务院"), ("Person", "李强"), ("Place", "博鳌"), ("Agency", "博鳌亚洲论坛")],
                  date="2023-03-30")
    [gathering] = [e[2] for e in events(an) if e[0] == "Gathering"]
    assert {("speaker", "李强"), ("location", "博鳌")} <= gathering and ("attendee", "李强") not in gathering


def test_the_other_side_named_by_a_bare_title():
    # xwlb-20230719-07: …|会见|…|阿尔及利亚|总统|特本|。|…|习近平|主席|同|总统先生|举行|会谈: 特本 is met
    text = ("国务院总理李强19日在京会见来华进行国事访问的阿尔及利亚总统特本。"
            "李强表示，昨天（7月18日）习近平主席同总统先生举行会谈，共同为下阶段中阿关系发展擘画蓝图。")
    an = analysis(text, [("Agency", "国务院"), ("Person", "李强"), ("Place", "阿尔及利亚"), ("Person", "特本"),
                         ("Person", "李强@2"), ("Person", "习近平")], date="2023-07-19")
    found = events(an)
    assert ("Meeting", "2023-07-18", {("agent", "习近平"), ("counterpart", "特本")}, ()) in found
    assert ("Meeting", "2023-07-19", {("agent", "李强"), ("counterpart", "特本")}, ()) in found


def test_a_place_named_by_one_character():
    # xwlb-20230519-06: 会见|来华|出席|中国—中亚峰会|并|进行|国事访问|的|…|扎帕罗夫: China is where he
    # goes (来|华 links as 在 does), not 京 (where they meet) nor what follows 出席
    text = "国务院总理李强19日在京会见来华出席中国—中亚峰会并进行国事访问的吉尔吉斯斯坦总统扎帕罗夫。"
    an = analysis(text, [("Person", "李强"), ("Place", "京"), ("Place", "中国"), ("Place", "中亚"),
                         ("Place", "吉尔吉斯斯坦"), ("Person", "扎帕罗夫")], date="2023-05-19")
    found = events(an)
    # (no day: what describes whom the meeting takes is not of the meeting's day, test_events_round31.py)
    assert ("Visit", None, {("agent", "扎帕罗夫"), ("destination", "中华人民共和国")}, ()) in found
    # 在|京津冀: no word 在京 there
    an = analysis("某某在京津冀调研。", [("Person", "某某"), ("Place", "京津冀")])
    assert events(an) == [("Visit", None, {("agent", "某某"), ("destination", "京津冀")}, ())]


def test_a_visit_to_each_level_of_a_chain():
    # 县委书记|王某某|到|某镇|某村|调研
    an = analysis("县委书记王某某到某镇某村调研。", [("Person", "王某某"), ("AdministrativeDivision", "某镇"),
                                           ("AdministrativeDivision", "某村")])
    assert events(an) == [("Visit", None, {("agent", "王某某"), ("destination", "某镇"), ("destination", "某村")}, ())]
    assert an.events[0].trigger == "调研" and an.text[an.events[0].trigger_start:].startswith("调研")


def test_a_gathering_chaired_and_named_after_its_body():
    # 市长|李某某|主持召开|市政府|常务会议
    an = analysis("5月10日，市长李某某主持召开市政府常务会议。", [("Person", "李某某"), ("Agency", "市政府")])
    assert events(an) == [("Gathering", "2023-05-10", {("chair", "李某某"), ("organizer", "市政府")},
                           (("title", "市政府常务会议"),))]


def test_appointments_start_and_end():
    # 某某|同志|任|某县|人民政府|副县长 ; 免去|李某某|的|某县|人民政府|副县长|职务
    an = analysis("王某某同志任某县人民政府副县长，免去李某某的某县人民政府副县长职务。",
                  [("Person", "王某某"), ("Agency", "某县人民政府"), ("Person", "李某某"), ("Agency", "某县人民政府@2")])
    found = events(an)
    assert ("Appointment", None, {("person", "王某某"), ("organization", "某县人民政府")},
            (("change", "start"), ("title", "副县长"))) in found
    assert any(e[0] == "Appointment" and ("person", "李某某") in e[2] and ("change", "end") in e[3] for e in found)
    # 任 inside a word is no trigger: 任务, 曾任 (jieba reads them whole)
    assert events(analysis("王某某同志曾任某县人民政府副县长，完成任务。", [("Person", "王某某"), ("Agency", "某县人民政府")])) == []


def test_a_meeting_with_a_guest_named_or_not():
    # 某某|会见|某国|客人: a generic group is no argument, the host is
    assert events(analysis("张某某会见某国客人。", [("Person", "张某某")])) == [
        ("Meeting", None, {("agent", "张某某")}, ())]
    an = analysis("张某某在某县会见某国驻华大使李某。王某某参加会见。",
                  [("Person", "张某某"), ("AdministrativeDivision", "某县"), ("Person", "李某"), ("Person", "王某某")])
    assert events(an) == [("Meeting", None, {("agent", "张某某"), ("counterpart", "李某"), ("agent", "王某某")}, ())]
    # one event, read from both sentences
    assert len(an.events) == 2 and {e.arguments for e in an.events} == {an.events[0].arguments}


def test_separate_meetings_and_who_accompanies():
    # xwlb-20231025-09 and its like: 分别|会见 one side, then the other
    an = analysis("赵乐际25日在北京分别会见叙利亚总统巴沙尔、尼泊尔总理普拉昌达。",
                  [("Person", "赵乐际"), ("AdministrativeDivision", "北京"), ("Person", "巴沙尔"), ("Person", "普拉昌达")],
                  date="2023-09-25")
    assert [e[2] for e in events(an)] == [{("agent", "赵乐际"), ("counterpart", "巴沙尔")},
                                         {("agent", "赵乐际"), ("counterpart", "普拉昌达")}]
    # 县长|王某某|陪同: who accompanies is no argument
    an = analysis("市委书记张某某在县长王某某陪同下到某镇调研。",
                  [("Person", "张某某"), ("Person", "王某某"), ("AdministrativeDivision", "某镇")])
    assert events(an) == [("Visit", None, {("agent", "张某某"), ("destination", "某镇")}, ())]


def test_several_sentences_one_gathering_chair_and_speaker():
    # the shape of xwlb-20230530-04: 研讨班|30日|在|京|开班 … 出席|开班式|并|讲话 … 主持|开班式
    an = analysis("某县第三届茶文化节10日在某县开幕。县委书记张某某出席开幕式并致辞，县长王某某主持开幕式。",
                  [("AdministrativeDivision", "某县"), ("AdministrativeDivision", "某县@2"), ("Person", "张某某"),
                   ("Person", "王某某")])
    found = events(an)
    assert len(found) == 1
    type_, date, arguments, props = found[0]
    assert (type_, date) == ("Gathering", "2023-05-10")
    # who speaks is not also an attendee
    assert arguments == {("location", "某县"), ("speaker", "张某某"), ("chair", "王某某")}
    assert len({(e.start, e.end) for e in an.events}) == 2


def test_no_event_where_there_is_only_a_topic():
    # 学习|…|在|…|大会|上|的|重要|讲话|精神: the topic of a meeting, not an event
    assert events(analysis("某县干部学习张某某在全县大会上的重要讲话精神。", [("Person", "张某某")])) == []
    # a gathering held has a name of its kind: 举行|罢工 is none
    assert events(analysis("某国铁路公司工人3日继续举行罢工。", [("Agency", "某国铁路公司")])) == []


def test_a_date_by_the_article_day():
    an = analysis("昨天，县委书记王某某到某镇调研。", [("Person", "王某某"), ("AdministrativeDivision", "某镇")],
                  date="2023-05-12")
    assert events(an)[0][1] == "2023-05-11"
    an = analysis("昨天，县委书记王某某到某镇调研。", [("Person", "王某某"), ("AdministrativeDivision", "某镇")], date=None)
    assert events(an)[0][1] is None


# ---------------------------------------------------------------- end to end

LOCAL = ("荆州市委书记王建国4月14日到公安县调研\n"
         "本报讯 4月14日，荆州市委书记王建国到公安县调研春耕生产。\n"
         "4月15日，公安县县长李明主持召开县政府常务会议，研究部署近期重点工作。\n")


@pytest.mark.parametrize("model", ["lac", "none"])
def test_end_to_end_with_and_without_the_model(model):
    ex = kgraph.extract_text(
        "国务院总理李强19日在京会见来华进行国事访问的加蓬总统邦戈。秦刚等参加会见。", model=model, date="2023-04-19")
    labels = {e.id: e.label for e in ex.entities}
    meetings = [e for e in ex.events if e.type == "Meeting"]
    assert len(meetings) == 1
    # without the model a foreign name (邦戈) is not recognised: the meeting keeps its host
    expected = {("agent", "李强"), ("counterpart", "邦戈")} if model == "lac" else {("agent", "李强")}
    assert {(r, labels[i]) for r, i in meetings[0].arguments} >= expected
    assert meetings[0].date == "2023-04-19" and meetings[0].id.startswith("event/")
    data = kgraph.to_json(ex)
    item = next(e for e in data["events"] if e["type"] == "Meeting")
    assert set(item) >= {"id", "type", "date", "trigger", "document", "arguments", "evidence"}
    assert item["evidence"][0]["text"].startswith("国务院总理李强")


def test_resolution_one_event_per_happening(tmp_path):
    # the same visit reported by two papers on one day is one event with both sentences;
    # an undated one stays with its article
    lines = [{"id": "p1", "date": "2023-04-15", "text": "4月14日，荆州市委书记王建国到公安县调研春耕生产。"},
             {"id": "p2", "date": "2023-04-16", "text": "荆州市委书记王建国4月14日到公安县调研，察看春耕。"},
             {"id": "p3", "date": "2023-04-16", "text": "荆州市委书记王建国近日到公安县调研。"},
             {"id": "p4", "date": "2023-04-17", "text": "荆州市委书记王建国近日到公安县调研。"}]
    path = tmp_path / "news.jsonl"
    path.write_text("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines), encoding="utf-8")
    ex = kgraph.extract(path, model="none")
    visits = [e for e in ex.events if e.type == "Visit"]
    dated = [e for e in visits if e.date == "2023-04-14"]
    assert len(dated) == 1 and {span.document for span in dated[0].evidence} == {"p1", "p2"}
    assert dated[0].document == "p1"
    assert len([e for e in visits if e.date is None]) == 2
    again = kgraph.extract(path, model="none")
    assert [e.id for e in again.events] == [e.id for e in ex.events]  # stable ids


def test_shards_carry_events_and_read_the_old_format(tmp_path):
    page = tmp_path / "2023-04-15.txt"
    page.write_text(LOCAL, encoding="utf-8")
    records = list(extract_records(page, model="none"))
    assert records[0].document.date_source == "path"
    assert any(r.events for r in records)
    for record in records:
        data = json.loads(json.dumps(record.to_json(), ensure_ascii=False))
        assert data["format"] == SHARD_FORMAT == "kgraph-article/2"
        assert ArticleRecord.from_json(data) == record
        old = {k: v for k, v in data.items() if k != "events"} | {"format": "kgraph-article/1"}
        assert ArticleRecord.from_json(old).events == ()
    shard = tmp_path / "shard.jsonl"
    shard.write_text("".join(json.dumps(r.to_json(), ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    direct, merged = kgraph.extract(page, model="none"), kgraph.extract(shard, model="none")
    assert merged.events == direct.events and direct.events


def test_parallel_jobs_give_the_same_events(tmp_path):
    for day in range(10, 16):
        (tmp_path / f"2023-04-{day}.txt").write_text(LOCAL, encoding="utf-8")
    one = kgraph.extract(tmp_path, model="none")
    two = kgraph.extract(tmp_path, model="none", jobs=2)
    assert one.events and one.events == two.events


def test_record_events_group_the_sentences_of_a_happening():
    an = analysis("某县第三届茶文化节10日在某县开幕。县委书记张某某出席开幕式并致辞。",
                  [("AdministrativeDivision", "某县"), ("AdministrativeDivision", "某县@2"), ("Person", "张某某")])
    find_events(an)
    record = article_record(an)
    assert len(record.events) == 1 and len(record.events[0].evidence) == 2
    resolver = Resolver()
    resolver.add_article(record)
    extraction = resolver.finish()
    assert len(extraction.events) == 1 and extraction.events[0].prop("title") == "某县第三届茶文化节"


def test_the_report_lists_events():
    ex = kgraph.extract_text(LOCAL, model="none", date="2023-04-16")
    out = io.StringIO()
    write_report(ex, out)
    text = out.getvalue()
    assert "\nEvents\n" in text and "Visit" in text and "2023-04-14" in text


def test_a_spouse_is_on_the_host_side_of_a_meeting():
    # xwlb-20230224-01: 习近平|和|夫人|彭丽媛|在|钓鱼台国宾馆|养源斋|亲切|会见|柬埔寨|国王|西哈莫尼|和|太后|莫尼列
    text = "2月24日，国家主席习近平和夫人彭丽媛在钓鱼台国宾馆养源斋亲切会见柬埔寨国王西哈莫尼和太后莫尼列。"
    an = analysis(text, [("Person", "习近平"), ("Person", "彭丽媛"), ("Place", "钓鱼台国宾馆"),
                         ("Person", "西哈莫尼"), ("Person", "莫尼列")])
    assert events(an) == [("Meeting", "2023-02-24", {("agent", "习近平"), ("agent", "彭丽媛"),
                                                    ("counterpart", "西哈莫尼"), ("counterpart", "莫尼列")}, ())]


def test_a_meeting_whose_clause_names_only_the_other_side():
    # xwlb-20231130-04: 丁薛祥|访问|土库曼斯坦|，|会见|…|，|同|…|外长|梅列多夫|举行|会谈|并|共同主持|…|会议
    # (jieba reads 举行会谈 as one word); who meets is who went and met just before, and the
    # gathering is 共同主持's, not what 举行 holds
    text = ("丁薛祥访问土库曼斯坦，会见土库曼斯坦总统谢尔达尔·别尔德穆哈梅多夫，"
            "同土库曼斯坦副总理兼外长梅列多夫举行会谈并共同主持中土合作委员会第六次会议。")
    an = analysis(text, [("Person", "丁薛祥"), ("Place", "土库曼斯坦"), ("Place", "土库曼斯坦@2"),
                         ("Person", "谢尔达尔·别尔德穆哈梅多夫"), ("Place", "土库曼斯坦@3"), ("Person", "梅列多夫")])
    found = events(an)
    assert ("Meeting", None, {("agent", "丁薛祥"), ("counterpart", "梅列多夫")}, ()) in found
    assert ("Meeting", None, {("agent", "丁薛祥"), ("counterpart", "谢尔达尔·别尔德穆哈梅多夫")}, ()) in found
    assert not any(("organizer", "梅列多夫") in args for _, _, args, _ in found)


def test_who_attends_or_chairs_with_nothing_after_the_trigger():
    # xwlb-20231022-04: 十四届全国人大常委会|第十四次|委员长会议|22日|下午|在|北京|人民大会堂|举行|。|赵乐际|委员长|主持|。
    text = "十四届全国人大常委会第十四次委员长会议22日下午在北京人民大会堂举行。赵乐际委员长主持。"
    an = analysis(text, [("Agency", "全国人大常委会"), ("AdministrativeDivision", "北京"), ("Place", "人民大会堂"),
                         ("Person", "赵乐际")], date="2023-10-22")
    [(type_, date, args, _)] = events(an)
    assert type_ == "Gathering" and date == "2023-10-22" and ("chair", "赵乐际") in args
    # …|举行|全体会议|，|…|作|大会|发言|。|…|全国政协|主席|王沪宁|出席|。 (xwlb-20231101-04)
    text = "全国政协常务委员会第四次会议1日下午举行全体会议。全国政协主席王沪宁出席。"
    an = analysis(text, [("Agency", "全国政协"), ("Agency", "全国政协@2"), ("Person", "王沪宁")], date="2023-11-01")
    assert any(("attendee", "王沪宁") in args for _, _, args, _ in events(an))
    # but after a meeting the one who attends is no gathering's: 习近平|…|会见|…|。|蔡奇|、|王毅|等|出席|。
    an = analysis("习近平会见越南青年代表。蔡奇、王毅等出席。", [("Person", "习近平"), ("Place", "越南"),
                                                        ("Person", "蔡奇"), ("Person", "王毅")])
    assert not any(type_ == "Gathering" for type_, _, _, _ in events(an))


def test_who_is_elected_named_in_the_clause_before():
    # xwlb-20231003-01: 国家主席|习近平|致电|穆罕默德·穆伊兹|，|祝贺|他|当选|马尔代夫|总统
    text = "10月3日，国家主席习近平致电穆罕默德·穆伊兹，祝贺他当选马尔代夫总统。"
    an = analysis(text, [("Person", "习近平"), ("Person", "穆罕默德·穆伊兹"), ("Place", "马尔代夫")], date="2023-10-03")
    # (the election the message congratulates him on was held before, on no day the text gives: round 33, as the dev
    # set's xwlb-20230328-01 dates such an election)
    assert events(an) == [("Appointment", None, {("person", "穆罕默德·穆伊兹"), ("organization", "马尔代夫")},
                           (("change", "start"), ("title", "总统")))]
    # a clause that starts far from the trigger names no one elected: 习近平|…|，|希望|…|当选 has none
    an = analysis("习近平致电穆伊兹，表示希望双方合作当选。", [("Person", "习近平"), ("Person", "穆伊兹")])
    assert events(an) == []


def test_who_accompanies_across_a_comma():
    # xwlb-20230907-07: 国务院总理|李强|在|印尼|对华合作|牵头人|、|统筹部长|卢胡特|，|交通部长|布迪|陪同|下|考察|雅万高铁
    text = "当地时间6日下午，国务院总理李强在印尼对华合作牵头人、统筹部长卢胡特，交通部长布迪陪同下考察雅万高铁。"
    an = analysis(text, [("Agency", "国务院"), ("Person", "李强"), ("Place", "印尼"), ("Place", "华"),
                         ("Person", "卢胡特"), ("Agency", "交通部"), ("Person", "布迪"), ("Place", "雅万高铁")],
                  date="2023-09-07")
    assert events(an) == [("Visit", "2023-09-06", {("agent", "李强"), ("destination", "雅万高铁")}, ())]


def test_a_speaker_at_a_gathering_named_after_zai():
    # xwlb-20230513-01: 丁薛祥|出席|在|上海|举办|的|2023年|中国品牌日|活动|，|并|在|中国品牌发展国际论坛|致辞
    text = "5月13日，国务院副总理丁薛祥出席在上海举办的2023年中国品牌日活动，并在中国品牌发展国际论坛致辞。"
    an = analysis(text, [("Agency", "国务院"), ("Person", "丁薛祥"), ("AdministrativeDivision", "上海"), ("Place", "中国")],
                  date="2023-05-13")
    # (and the occasion he attends, which its venue describes: 出席|在|上海|举办|的|2023年|中国品牌日|活动, round 32)
    assert events(an) == [("Gathering", "2023-05-13", {("attendee", "丁薛祥"), ("location", "上海")}, (("title", "2023年中国品牌日活动"),)),
                          ("Gathering", "2023-05-13", {("speaker", "丁薛祥")}, (("title", "中国品牌发展国际论坛"),))]
    # a speech named as a topic is none: 习近平|主席|在|…|招待会|上|的|重要|讲话 (xwlb-20231001-10)
    an = analysis("国际人士积极评价习近平主席在国庆招待会上的重要讲话。", [("Person", "习近平")])
    assert events(an) == []


def test_who_wrote_a_message_read_out_does_not_speak():
    # xwlb-20230424-07: …|论坛|在|杭州|开幕|。|丁薛祥|出席|开幕式|，|宣读|习近平|主席|贺信|并|致辞
    text = "第四届联合国世界数据论坛24日在杭州开幕。国务院副总理丁薛祥出席开幕式，宣读习近平主席贺信并致辞。"
    an = analysis(text, [("AdministrativeDivision", "杭州"), ("Agency", "国务院"), ("Person", "丁薛祥"),
                         ("Person", "习近平")], date="2023-04-24")
    found = events(an)
    assert any(("speaker", "丁薛祥") in args for _, _, args, _ in found)
    assert not any(("speaker", "习近平") in args for _, _, args, _ in found)


def test_who_attends_a_gathering_named_in_a_relative_clause():
    # xwlb-20230306-04: 李强|、|…|李希|6日|分别|看望|出席|全国政协十四届一次会议|的|委员: the members attend,
    # a group, not the leaders who visit them
    text = "党和国家领导人李强、赵乐际、李希6日分别看望出席全国政协十四届一次会议的委员并参加分组讨论。"
    an = analysis(text, [("Person", "李强"), ("Person", "赵乐际"), ("Person", "李希"), ("Agency", "全国政协")],
                  date="2023-03-06")
    assert not any(type_ == "Gathering" for type_, _, _, _ in events(an))
    # xwlb-20231108-04: 韩正|出席|在|新加坡|举行|的|第六届|创新经济论坛|开幕式: 举行|的 names the gathering
    text = "11月8日，国家副主席韩正出席在新加坡举行的第六届创新经济论坛开幕式并发表主旨演讲。"
    an = analysis(text, [("Person", "韩正"), ("Place", "新加坡")], date="2023-11-08")
    # (who attends and gives a keynote speech is its speaker)
    assert any(type_ == "Gathering" and ("speaker", "韩正") in args for type_, _, args, _ in events(an))


# ---------------------------------------------------------------- news stories read by id

# story id -> events that must be read there: (type, {(role, label)})
NEWS_CASES = {
    # 国务院总理|李强|19日|在|京|会见|来华|出席|中国—中亚峰会|并|进行|国事访问|的|…|总统|扎帕罗夫
    "xwlb-20230519-06": [("Meeting", {("agent", "李强"), ("counterpart", "扎帕罗夫")})],
    # 十四届全国政协新任委员学习研讨班|30日|在|京|开班|，|…|王沪宁|出席|开班式|并|讲话
    "xwlb-20230530-04": [("Gathering", {("speaker", "王沪宁")})],
    # 中共代表团|先后|访问|英国|、|爱尔兰|、|意大利
    "xwlb-20230629-10": [("Visit", {("agent", "中共代表团"), ("destination", "英国"), ("destination", "意大利")})],
    # 全国人大常委会|委员长|赵乐际|25日|在|北京|会见|哥伦比亚|总统|佩特罗
    "xwlb-20231025-09": [("Meeting", {("agent", "赵乐际"), ("counterpart", "佩特罗")})],
    # 丁薛祥|访问|土库曼斯坦|，|会见|…|，|同|…|梅列多夫|举行|会谈|并|共同主持|中土合作委员会|第六次|会议
    "xwlb-20231130-04": [("Meeting", {("agent", "丁薛祥"), ("counterpart", "梅列多夫")}),
                         ("Gathering", {("chair", "丁薛祥"), ("chair", "梅列多夫")})],
    # 国务院|举行|宪法宣誓仪式
    "xwlb-20231208-04": [("Gathering", {("organizer", "国务院")})],
    # 中央军委晋升上将军衔仪式|25日|在|北京|八一大楼|举行
    "xwlb-20231225-01": [("Gathering", {("organizer", "中央军委")})],
    # the title: 中国共产主义青年团第十九次全国代表大会|在京开幕 (the body: 在|人民大会堂|开幕)
    "xwlb-20230619-01": [("Gathering", {("location", "北京市"), ("location", "人民大会堂")})],
    # the title: …|高级别论坛|在|京|举办| |蔡奇|出席|并|致辞
    "xwlb-20231018-11": [("Gathering", {("location", "北京市"), ("speaker", "蔡奇")})],
}


@pytest.fixture(scope="module")
def news_stories():
    return shared_records(NEWS, NEWS_CASES, "the shared news corpus")


def story_events(record, tmp_path):
    """(type, {(role, label)}, date) of each event kgraph extracts from one news record."""
    path = tmp_path / "story.jsonl"
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    ex = kgraph.extract(path)
    labels = {e.id: e.label for e in ex.entities}
    return [(e.type, {(role, labels[i]) for role, i in e.arguments}, e.date) for e in ex.events]


@pytest.mark.parametrize("story_id", sorted(NEWS_CASES))
def test_events_in_news_stories(news_stories, story_id, tmp_path):
    found = story_events(news_stories[story_id], tmp_path)
    for type_, arguments in NEWS_CASES[story_id]:
        assert any(t == type_ and arguments <= args for t, args, _ in found), found
    # every event of a story dated by its record has a day of that year or none
    assert all(date is None or date.startswith("202") for _, _, date in found)


def test_a_malformed_trigger_row_is_a_data_error(monkeypatch):
    from kgraph.errors import DataError
    from kgraph.extraction.events import vocabulary as stage
    from kgraph.extraction import lexicons

    read = stage.data_table
    monkeypatch.setattr(stage, "data_table", lambda folder, name: (("开会", "Party", "hold", "organizer"),)
                        if name == "triggers.tsv" else read(folder, name))
    stage.triggers.cache_clear()
    try:
        with pytest.raises(DataError, match="triggers.tsv"):
            stage.triggers()
        # the appointment verbs read through the one reader of post_verbs.tsv (lexicons): its holder column is checked too
        monkeypatch.setattr(lexicons, "data_table", lambda folder, name: (("调任", "beside"),)
                            if name == "post_verbs.tsv" else read(folder, name))
        lexicons.post_verbs.cache_clear()
        stage.triggers.cache_clear()
        with pytest.raises(DataError, match="post_verbs.tsv"):
            stage.triggers()
    finally:
        monkeypatch.undo()
        lexicons.post_verbs.cache_clear()
        stage.triggers.cache_clear()
    assert stage.triggers()["会见"].type == "Meeting"


def test_malformed_implied_places_and_sides_are_data_errors(monkeypatch):
    from kgraph.errors import DataError
    from kgraph.extraction.events import vocabulary as stage

    rows = {"implied_places.tsv": (("在京", "到", "北京市", "division"),),  # the link does not open the word
            "sides.tsv": (("中国代表",),)}
    monkeypatch.setattr(stage, "data_table", lambda folder, name: rows[name])
    for table, name in ((stage.implied_places, "implied_places.tsv"), (stage.sides, "sides.tsv")):
        table.cache_clear()
        with pytest.raises(DataError, match=name):
            table()
    rows["implied_places.tsv"] = (("在某", "在", "某某市", "division"),)  # no such division
    stage.implied_places.cache_clear()
    with pytest.raises(DataError, match="no division"):
        stage.implied_places()
    monkeypatch.undo()
    stage.implied_places.cache_clear()
    stage.sides.cache_clear()
    assert stage.implied_places()["来华"].name == "中华人民共和国" and stage.sides()["中方代表"] == "中华人民共和国"

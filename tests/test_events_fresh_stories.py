"""The events stage on national stories annotated blind for the twenty-seventh round (issue #18): who is
listed as attending, where a gathering is held, and visits told again.  Each rule is checked on a
hand-built ``Analysis`` with a sentence of ../shared/corpus/news/xwlb-2023.jsonl (none of them in the
events dev set)."""
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

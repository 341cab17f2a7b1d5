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

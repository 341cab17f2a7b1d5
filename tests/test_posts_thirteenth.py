"""Posts that people alone in a year of news hold (issue #18, the round-13 sweep of
../shared/corpus/news/xwlb-2023.jsonl): an organisation no stage read, named by the model's words right
before the title of its official (会见|世界经济论坛|主席|施瓦布: data/posts/body_name_tags.txt,
body_openers.txt, body_heads.txt), never a part of a longer name (常驻|禁止|化学武器组织); a unit between a
body and a title whose fields a preposition joins, headed by a ministry's department (交通运输部|安全|与|
质量|监督|管理司|原|副司长: data/posts/unit_joiners.txt, body_heads.txt); a spokesperson's deputy on a
senior's staff (秘书长|副发言人).  Sentences copied from the stories named, read end to end, and on
hand-built analyses of the first stage alone."""
import kgraph
from kgraph.extraction.posts import find_officials

from .builders import hand_built
from .test_posts import _posts


def _holdings(text: str) -> set[tuple[str, str, str, bool]]:
    ex = kgraph.extract_text(text, doc_id="t")
    labels = {e.id: e.label for e in ex.entities}
    return {(labels[r.subject], labels[r.object], r.prop("title"), bool(r.prop("former")))
            for r in ex.relations if r.predicate == "holdsPost"}


def _agencies(text: str) -> set[str]:
    return {e.label for e in kgraph.extract_text(text, doc_id="t").entities if e.type == "Agency"}


# --- an organisation named by its official's title alone

def test_a_body_no_stage_read_before_its_officials_title_holds_the_post():
    # xwlb-20230626-05: 会见|世界|经济|论坛|主席|施瓦布 (the model tags the three words n, no ORG)
    assert ("施瓦布", "世界经济论坛", "主席", False) in _holdings(
        "国务院总理李强26日在天津会见世界经济论坛主席施瓦布。")
    # xwlb-20230323-09: a foreign one with its country, opening the sentence
    assert ("易思", "英国皇家东西方战略研究所", "主席", False) in _holdings(
        "英国皇家东西方战略研究所主席易思认为，习近平主席提出的安全观开辟了新路径。")
    # xwlb-2023: after a preposition (同|各国议会联盟, 与|美军欧洲司令部)
    assert ("卡沃利", "美军欧洲司令部", "司令", False) in _holdings(
        "乌克兰国防部13日称，乌克兰武装部队总司令扎卢日内当天与美军欧洲司令部司令卡沃利通话。")


def test_no_part_of_a_longer_name_is_read_as_the_body():
    # xwlb-20230203-12: 常驻|禁止|化学武器组织: the verb 禁止 is part of the name, not before it
    assert not any(label.endswith("化学武器组织") and not label.startswith("禁止")
                   for label in _agencies("叙利亚常驻禁止化学武器组织代表阿提亚2日表示。"))
    # xwlb-2023: after 、 the name may run on before it (土库曼斯坦人民委员会)
    assert "人民委员会" not in _agencies("土库曼斯坦民族领袖、人民委员会主席库·别尔德穆哈梅多夫致贺。")
    # with no organisation's head before the title, no body and no post: 企业|负责人|张慧
    assert _holdings("企业负责人张慧告诉记者，企业生产已经走上正轨了。") == set()


# --- a unit whose fields a preposition joins

def test_a_unit_joined_by_a_preposition_before_a_former_title_holds_the_post():
    # xwlb-20230220-06: 交通运输部|安全|与|质量|监督|管理司|原|副司长|彭付平 — a ministry's department (司)
    an = hand_built("交通运输部安全与质量监督管理司原副司长彭付平被开除党籍。",
                    ("Agency", "交通运输部", "交通运输部"), ("Person", "彭付平", "彭付平"))
    find_officials(an)
    assert _posts(an) == {("彭付平", "交通运输部安全与质量监督管理司", "副司长", True)}
    # the same preposition opening the words after a body names no unit: 记者|与|…
    an = hand_built("交通运输部与质量监督管理司原副司长彭付平被开除党籍。",
                    ("Agency", "交通运输部", "交通运输部"), ("Person", "彭付平", "彭付平"))
    find_officials(an)
    assert not any(organisation.endswith("司") for _, organisation, _, _ in _posts(an))


def test_a_spokespersons_deputy_is_on_the_seniors_staff():
    # xwlb-20230708-10: 联合国|秘书长|副发言人|哈克 -> one title, held in 联合国
    assert ("哈克", "联合国", "秘书长副发言人", False) in _holdings(
        "联合国秘书长副发言人哈克7日在回答央视记者提问时表示，联合国反对使用集束弹药。")


# --- a national body's units named without it

def test_a_unit_only_a_national_body_has_named_alone_is_that_bodys():
    # xwlb-20230424-05: the story names 全国人大常委会; 会议听取了|宪法和法律委员会|副主任委员|丛斌
    text = "十四届全国人大常委会第二次会议今天在北京举行。会议听取了宪法和法律委员会副主任委员丛斌作的报告。"
    assert ("丛斌", "全国人大宪法和法律委员会", "副主任委员", False) in _holdings(text)
    # a story that names no such body names none: which body's committee is not said
    assert not any("宪法和法律委员会" in organisation
                   for _, organisation, _, _ in _holdings("会议听取了宪法和法律委员会副主任委员丛斌作的报告。"))


def test_a_committee_listed_after_a_unit_of_a_national_body_is_a_unit_of_it_too():
    # xwlb-20231020-11 (钟山, whom the model reads as a place, holds none)
    found = _holdings("会议听取了全国人大监察和司法委员会主任委员杨晓超、财政经济委员会主任委员钟山、"
                      "环境与资源保护委员会主任委员鹿心社、社会建设委员会主任委员杨振武分别作的报告。")
    assert {("杨晓超", "全国人大监察和司法委员会", "主任委员", False),
            ("鹿心社", "全国人大环境与资源保护委员会", "主任委员", False),
            ("杨振武", "全国人大社会建设委员会", "主任委员", False)} <= found
    # after the national body itself (no unit of it), a body of its own name stays: 国务院研究室
    found = _holdings("全国人大常委会委员长赵乐际、国务院研究室主任黄守宏出席。")
    assert ("黄守宏", "国务院研究室", "主任", False) in found


# --- a title's qualifiers; a chain's next body of its own; a country's title after a chain

def test_a_qualifier_before_a_title_is_part_of_the_title_as_written():
    # xwlb-20230605-03: 德国社会民主党|联合|主席|克林贝尔; xwlb-20230822-04: 泰国正大集团|资深|董事长
    assert ("克林贝尔", "德国社会民主党", "联合主席", False) in _holdings(
        "国务院总理李强5日在京会见德国社会民主党联合主席克林贝尔率领的代表团。")
    assert ("谢国民", "泰国正大集团", "资深董事长", False) in _holdings(
        "国务院总理李强8月21日上午在人民大会堂会见泰国正大集团资深董事长谢国民。")
    # a qualifier alone is no title: 联合|国 is no post (联合国|秘书长 stays 秘书长)
    assert ("古特雷斯", "联合国", "秘书长", False) in _holdings("联合国秘书长古特雷斯表示。")


def test_a_body_of_its_own_after_a_chain_of_a_body_with_no_division_is_no_unit_of_its_city():
    # xwlb-20231228-02 (the year's): 北京大学|校长|、|中科院|院士|龚旗煌: 中科院, not 北京市中科院
    found = _holdings("北京大学校长、中科院院士龚旗煌教授就这个问题作了讲解，提出工作建议。")
    assert not any(organisation.startswith("北京市中") for _, organisation, _, _ in found)


def test_a_countrys_title_after_a_chain_the_first_stage_read_is_a_post_too():
    # xwlb-2023: 非盟|轮值主席|、|科摩罗|总统|阿扎利·阿苏马尼 — the chain from 非盟 gives 轮值主席, the country 总统
    found = _holdings("非盟轮值主席、科摩罗总统阿扎利·阿苏马尼10日在新闻发布会上回答总台记者提问时表示感谢。")
    assert {("阿扎利·阿苏马尼", "非洲联盟", "轮值主席", False), ("阿扎利·阿苏马尼", "科摩罗", "总统", False)} <= found


def test_words_referring_back_to_a_gathering_name_no_body():
    # xwlb-20230619-01: 大会|主席团|常务|委员会|委员|阿东 — the congress named before; no body 大会主席团常务委员会
    assert not any(label.startswith("大会") for label in _agencies("大会主席团常务委员会委员阿东宣布大会开幕。"))


def test_an_acting_head_of_a_division_holds_the_post_in_its_government():
    # xwlb-20230111-05: 北京市|代市长|殷勇
    assert ("殷勇", "北京市人民政府", "代市长", False) in _holdings("总台记者对北京市代市长殷勇进行了专访。")


def test_a_list_of_names_goes_on_after_a_joiner():
    # xwlb-20230830-03 (the year's): …委员吴杰明、高友东、吕忠梅、张轩、鲜铁可|和|吴艳刚、邹宁 all hold 委员
    found = _holdings("全国人大常委会委员吴杰明、高友东、吕忠梅、张轩、鲜铁可和吴艳刚、邹宁等与会同志提出询问。")
    assert {(name, "全国人大常委会", "委员", False) for name in ("吴杰明", "鲜铁可", "吴艳刚", "邹宁")} <= found
    # a name joined to the first alone may hold another post: 习近平|和|李强 share no 总书记
    assert not any(name == "李强" for name, _, _, _ in _holdings("中共中央总书记习近平和李强出席。"))


def test_a_unit_named_alone_is_a_unit_of_the_body_of_its_kind_named_before():
    # xwlb-2023 (积石山 earthquake): …积石山县人民医院急诊室灯火通明，|急诊科|护士长|吴俊荷
    assert ("吴俊荷", "积石山县人民医院急诊科", "护士长", False) in _holdings(
        "入夜，积石山县人民医院急诊室灯火通明，急诊科护士长吴俊荷已经连续三个晚上坚守在工作岗位上。")
    # with no hospital named before, which hospital's is not said: no post
    assert _holdings("急诊科护士长吴俊荷已经连续三个晚上坚守在工作岗位上。") == set()


def test_an_official_counted_between_the_body_and_the_title_holds_the_post():
    # xwlb-20230826-07: 夏威夷警察联合会|的一名|官员|克劳斯; xwlb-2023: 杨峰|是|国办|一名|工作人员
    assert ("克劳斯", "夏威夷警察联合会", "官员", False) in _holdings(
        "另据美国有线电视新闻网25日报道，夏威夷警察联合会的一名官员克劳斯表示，当地曾经历一场类似的大火。")
    assert ("杨峰", "国务院办公厅", "工作人员", False) in _holdings("正在记录代表发言的杨峰是国办一名工作人员，今年他首次参会。")
    # a count with no title after it names no post: 国办|一名|同志
    assert _holdings("国办一名同志杨峰说。") == set()


def test_the_next_officials_post_after_a_joiner_is_read_as_after_a_list_mark():
    # xwlb-20231215-01: 广西壮族自治区党委书记刘宁|和|自治区政府|主席|蓝天立
    found = _holdings("14日至15日，在广西壮族自治区党委书记刘宁和自治区政府主席蓝天立陪同下，先后到南宁、来宾等地。")
    assert {("刘宁", "广西壮族自治区党委", "书记", False), ("蓝天立", "广西壮族自治区人民政府", "主席", False)} <= found
    # a joined name with no post of its own written holds none: 习近平|和|夫人|彭丽媛
    assert not any(name == "彭丽媛" for name, _, _, _ in _holdings("国家主席习近平和夫人彭丽媛出席。"))

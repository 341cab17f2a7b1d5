"""Posts whose body is chosen where the post is made, weighing its holder (the round-15 review of
posts.py, the year of ../shared/corpus/news/xwlb-2023.jsonl): a foreign official's title that reads as
one of China's central bodies names his country's body and leaves no China's body behind; a title after
the name is read once the story's posts before names are, so it names the post the story gives."""
import kgraph


def _extraction(text: str):
    ex = kgraph.extract_text(text, doc_id="t")
    labels = {e.id: e.label for e in ex.entities}
    holdings = {(labels[r.subject], labels[r.object], r.prop("title")) for r in ex.relations
                if r.predicate == "holdsPost"}
    return ex, holdings


# --- the body weighs the holder when the post is made

def test_a_foreign_premier_leaves_no_state_council_behind():
    # xwlb-20230603-01: 印度总统穆尔穆、|总理|莫迪 -> 印度政府; 国务院 is never made for him
    ex, holdings = _extraction(
        "6月3日，国家主席习近平就印度奥里萨邦列车脱轨相撞事故，分别向印度总统穆尔穆、总理莫迪致慰问电。")
    assert any(organisation == "印度政府" and title == "总理" for _, organisation, title in holdings)
    assert "国务院" not in {e.label for e in ex.entities}


def test_a_chinese_premier_keeps_the_state_council():
    # xwlb-20230907-07: 国务院总理李强在印尼… — China's, in a foreign story
    _, holdings = _extraction(
        "当地时间6日下午，国务院总理李强在印尼对华合作牵头人、统筹部长卢胡特陪同下考察雅万高铁。")
    assert ("李强", "国务院", "总理") in holdings


def test_the_holders_country_is_none_for_a_chinese_name_in_his_own_chain():
    # 越南…向中共中央总书记|、|国家主席|习近平 (xwlb-20230311-19): 、 inside one's chain, no list of people
    _, holdings = _extraction("3月10日，越南共产党中央委员会总书记阮富仲、越南国家主席武文赏向中共中央总书记、"
                              "国家主席习近平发来贺电。")
    assert ("习近平", "中华人民共和国", "国家主席") in holdings


# --- a title after the name, read with the whole story's posts before names

def test_a_title_after_the_name_is_the_post_the_story_gives():
    # xwlb-20231203-04: the title line's 习近平|主席 is the 国家主席 the story gives him (国家主席习近平 below),
    # not a second post titled 主席 in 中华人民共和国
    _, holdings = _extraction(
        "习近平主席致2023年“读懂中国”国际会议（广州）贺信引发与会嘉宾热烈反响\n"
        "央视网消息（新闻联播）：国家主席习近平在致2023年“读懂中国”国际会议（广州）的贺信中指出：读懂中国，"
        "关键要读懂中国式现代化。")
    mine = {(organisation, title) for name, organisation, title in holdings if name == "习近平"}
    assert mine == {("中华人民共和国", "国家主席")}


def test_a_title_after_the_name_alone_still_names_its_post():
    # xwlb-20231203-04's title line alone: no post given before, 主席 names 中华人民共和国's
    _, holdings = _extraction("习近平主席致2023年“读懂中国”国际会议（广州）贺信引发与会嘉宾热烈反响")
    assert ("习近平", "中华人民共和国", "主席") in holdings



# --- a body no stage read, written after a country or a division before its official's chain

def test_a_foreign_ministry_written_after_its_country_holds_the_post():
    # xwlb-20230920-13: 乌克兰|经济部|副部长|卡奇卡 -> 乌克兰经济部
    _, holdings = _extraction("乌克兰通讯社19日援引乌克兰经济部副部长卡奇卡的消息报道称，"
                              "作为对乌克兰农产品实施限制措施的回应，乌克兰将在未来几天内宣布禁止波兰洋葱、西红柿、卷心菜和苹果等产品的进口。")
    assert ("卡奇卡", "乌克兰经济部", "副部长") in holdings


def test_a_foreign_body_after_an_abbreviation_is_named_with_the_country():
    # xwlb-20230606-09: 乌|总统办公室|主任|叶尔马克 -> 乌克兰总统办公室
    _, holdings = _extraction("根据乌总统办公室主任叶尔马克发布的消息，乌总统泽连斯基今天称，俄罗斯对卡霍夫卡水电站结构进行了内部引爆。")
    assert ("叶尔马克", "乌克兰总统办公室", "主任") in holdings


def test_a_provincial_department_with_a_former_chain():
    # xwlb-20231227-09: 江西省|文化和旅游厅原|党组书记、厅长|李小豹 (厅原 one word of the segmenter)
    _, holdings = _extraction("江西省文化和旅游厅原党组书记、厅长李小豹政绩观扭曲，急功近利、层层加码、脱离实际设定目标问题；")
    # (the party group's secretary is also its group's: posts.party_groups)
    assert {(o, t) for n, o, t in holdings if n == "李小豹"} == {("江西省文化和旅游厅", "党组书记"),
                                                               ("江西省文化和旅游厅党组", "书记"),
                                                               ("江西省文化和旅游厅", "厅长")}
    ex = kgraph.extract_text("江西省文化和旅游厅原党组书记、厅长李小豹政绩观扭曲，急功近利、层层加码、脱离实际设定目标问题；", doc_id="t")
    assert all(r.prop("former") for r in ex.relations if r.predicate == "holdsPost")


def test_former_after_the_division_names_the_body_without_it():
    # xwlb-20230129-09: 山西省|原|粮食局|党组书记、局长|杨随亭 -> 山西省粮食局, former
    ex = kgraph.extract_text("山西省原粮食局党组书记、局长杨随亭违规决策造成国有资产损失、违反财经纪律、受贿案；", doc_id="t")
    labels = {e.id: e.label for e in ex.entities}
    posts = {(labels[r.object], r.prop("title"), r.prop("former")) for r in ex.relations if r.predicate == "holdsPost"}
    assert posts == {("山西省粮食局", "党组书记", True), ("山西省粮食局党组", "书记", True), ("山西省粮食局", "局长", True)}
    # …and from the first division written: 广东省|韶关市|粮食和物资储备保障中心|原|主任|熊军
    _, holdings = _extraction("广东省韶关市粮食和物资储备保障中心原主任熊军虚假轮换粮食、代储成品粮监管不力、贪污、受贿案；")
    assert ("熊军", "广东省韶关市粮食和物资储备保障中心", "主任") in holdings


def test_words_with_a_verb_or_a_time_are_no_body():
    # xwlb-20230626-05: 李强26日在|天津|会见|世界经济论坛|主席|施瓦布: not 天津会见世界经济论坛
    _, holdings = _extraction("央视网消息（新闻联播）：国务院总理李强26日在天津会见世界经济论坛主席施瓦布。")
    assert ("施瓦布", "世界经济论坛", "主席") in holdings
    assert not any(organisation.startswith("天津") for _, organisation, _ in holdings)


def test_china_written_first_opens_no_body():
    # xwlb-20230826-06: 摩洛哥非洲|中国|合作与发展协会: the nearest country is China, not the body's start
    _, holdings = _extraction("摩洛哥非洲中国合作与发展协会主席纳赛尔·布希巴高度赞同习近平主席主旨讲话中对于现代化道路的论述。")
    assert not any(organisation.startswith("中国") for _, organisation, _ in holdings)


def test_a_caretaker_government_is_the_countrys_government():
    # xwlb-20230923-08: 巴基斯坦|看守政府|总理|卡卡尔 -> 巴基斯坦政府, as the title implies
    _, holdings = _extraction("在纽约期间，韩正分别会见了塞尔维亚总统武契奇、秘鲁总统博鲁阿尔特、塞浦路斯总统赫里斯托祖利季斯、"
                              "塞拉利昂总统比奥、几内亚总统敦布亚、巴基斯坦看守政府总理卡卡尔。")
    assert ("卡卡尔", "巴基斯坦政府", "总理") in holdings


def test_a_short_name_of_a_foreign_force_names_it_whole():
    # data/posts/short_bodies.tsv: 以军|总参谋长 (xwlb-20231025-20), 五角大楼|发言人 (xwlb-20230331-16)
    _, holdings = _extraction("据以色列媒体报道，以军总参谋长哈莱维24日称，出于“战术战略考虑”，以军地面进攻计划推迟，但以军已做好相关准备。")
    assert ("哈莱维", "以色列国防军", "总参谋长") in holdings
    _, holdings = _extraction("美国五角大楼发言人帕特里克·赖德30日称，美国已结束对65名乌军人员的“爱国者”防空导弹系统培训。")
    assert ("帕特里克·赖德", "美国国防部", "发言人") in holdings


# --- titles and a periodical's mark

def test_the_audit_office_head_and_a_chief_economist_are_posts():
    # data/posts/titles.txt: 审计署|审计长|侯凯 (xwlb-20230626-07), …|首席经济学家 (xwlb-20230725-15)
    _, holdings = _extraction("审计署审计长侯凯作了关于2022年度中央预算执行和其他财政收支的审计工作报告。")
    assert ("侯凯", "审计署", "审计长") in holdings
    _, holdings = _extraction("德国汉堡商业银行首席经济学家德拉鲁比亚称，欧元区的制造业颓势可能会持续到2023年下半年。")
    assert ("德拉鲁比亚", "德国汉堡商业银行", "首席经济学家") in holdings


def test_a_periodicals_closing_mark_before_the_title():
    # xwlb-20230321-09: 《俄罗斯报》|社长|涅戈伊察 -> 俄罗斯报
    _, holdings = _extraction("《俄罗斯报》社长涅戈伊察说，习近平主席的署名文章高屋建瓴，具有全局性。")
    assert ("涅戈伊察", "俄罗斯报", "社长") in holdings


def test_a_unit_headed_by_department_or_joint_meeting_is_read_with_its_body():
    # data/posts/body_heads.txt 部门, 联席会议: 国际货币基金组织|亚太部门|主任 (xwlb-20230502-11),
    # 美军|参谋长联席会议|主席|马克·米利 (xwlb-20230617-12)
    _, holdings = _extraction("国际货币基金组织亚太部门主任克里希纳·斯里尼瓦桑在回答总台记者提问时表示，"
                              "2023年中国经济开局良好，将提振整个亚太经济。")
    assert ("克里希纳·斯里尼瓦桑", "国际货币基金组织亚太部门", "主任") in holdings
    _, holdings = _extraction("美军参谋长联席会议主席马克·米利近日声称，西方国家已训练了近6万名乌克兰士兵。")
    assert ("马克·米利", "美军参谋长联席会议", "主席") in holdings


def test_a_foreign_region_read_with_its_heads_level_character():
    # xwlb-20230214-13: 西弗吉尼亚州|长|贾斯蒂斯 (the place read with 州长's 州) -> 西弗吉尼亚州政府
    _, holdings = _extraction("西弗吉尼亚州长贾斯蒂斯近日表示，部分有毒物质流入该州北部的俄亥俄河河段，"
                              "当地政府已关闭那里的自来水厂并启用备用水源。")
    assert ("贾斯蒂斯", "西弗吉尼亚州政府", "州长") in holdings


# --- a member named by the title after the name, in a story of the body's standing committee

_CPPCC_SESSION = ("全国政协十四届常委会第二次会议举行全体会议\n"
                  "央视网消息（新闻联播）：政协第十四届全国委员会常务委员会第二次会议27日上午举行全体会议，13位常委围绕"
                  "“构建新发展格局，推进中国式现代化”作大会发言。中共中央政治局常委、全国政协主席王沪宁出席。"
                  " 宁吉喆常委建议，强化科技创新，推动实体经济、数字经济、绿色经济融合发展，切实维护经济安全，"
                  "以新安全格局保障新发展格局。郑永飞常委提出，提升工程技术创新能力，优化国内产业链布局，"
                  "坚持对外开放与自主研发有机结合，建设现代化产业体系。")


def test_a_standing_committee_member_named_by_the_title_after_the_name():
    # xwlb-20230627-12 (data/posts/standing_members.tsv: 常委 -> 常委会): 全国政协|十四届|常委会 … 郑永飞|常委
    _, holdings = _extraction(_CPPCC_SESSION)
    assert {("宁吉喆", "全国政协", "常委"), ("郑永飞", "全国政协", "常委")} <= holdings
    # the post the story gives before the name stays the one of that title (王沪宁: 中共中央政治局常委)
    assert ("王沪宁", "全国政协", "常委") not in holdings


def test_no_standing_committee_named_no_member_post():
    # the same sentences without the session's name: 常委 after a name names no body
    _, holdings = _extraction("宁吉喆常委建议，强化科技创新，推动实体经济、数字经济、绿色经济融合发展。")
    assert not any(name == "宁吉喆" for name, _, _ in holdings)


# --- a chamber China has none of, written bare

_HOUSE = ("据美国媒体13日报道，美国国会众议院议长选举陷入混乱状态。12日，众议院多数党领袖史蒂夫·斯卡利斯因无法获得"
          "足够支持票数退出议长竞选。13日，众议院多数党共和党人再次进行党内投票，众议院司法委员会主席吉姆·乔丹获得提名。")


def test_a_bare_chamber_is_the_one_of_the_country_its_paragraph_named():
    # xwlb-20231014-12 (data/posts/chambers.txt; 多数党 a title qualifier): 众议院|多数党领袖 -> 美国众议院, by its full name
    # 美国国会众议院 (data/lexicon/known_names.tsv), the one the paragraph writes out
    _, holdings = _extraction(_HOUSE)
    assert ("史蒂夫·斯卡利斯", "美国国会众议院", "多数党领袖") in holdings
    assert ("吉姆·乔丹", "美国国会众议院司法委员会", "主席") in holdings


def test_a_day_is_no_country():
    # 12|日|，|众议院 (xwlb-20231014-12): 日 after a number is a day, never 日本
    _, holdings = _extraction(_HOUSE)
    assert not any(organisation.startswith("日本") for _, organisation, _ in holdings)


def test_a_body_written_after_a_division_lies_in_it():
    # xwlb-20230818-13: 毛伊县|紧急事务管理部门|负责人|安达亚 -> the body, located in 毛伊县 as the recognisers'
    ex = kgraph.extract_text("17日，毛伊县紧急事务管理部门负责人安达亚宣布辞职。", doc_id="t")
    labels = {e.id: e.label for e in ex.entities}
    facts = {(labels[r.subject], r.predicate, labels[r.object]) for r in ex.relations}
    assert ("安达亚", "holdsPost", "毛伊县紧急事务管理部门") in facts
    assert ("毛伊县紧急事务管理部门", "locatedIn", "毛伊县") in facts

"""The events stage (extraction/events.py), issue #18's eleventh round: a speech of another
year is no part of the gathering just reported.  Hand-built ``Analysis`` objects with
sentences of ../shared/corpus/news/xwlb-2023.jsonl (not of the events dev set)."""
from .test_events import events
from .test_events_recall import analysis, labelled


def test_a_speech_of_another_year_is_a_gathering_of_its_own():
    # xwlb-20230516-02: 2022年1月|…|主持|…|视频峰会 then 2013年|，|习近平|主席|在|哈萨克斯坦|纳扎尔巴耶夫大学|演讲|时
    # — the speech was not given at the summit of 2022, but where its own clause says
    text = ("2022年1月，习近平主席在北京主持中国同中亚五国建交30周年视频峰会。中亚是“一带一路”的首倡之地。"
            "2013年，习近平主席在哈萨克斯坦纳扎尔巴耶夫大学演讲时提出“丝绸之路经济带”倡议。")
    an = analysis(text, [("Person", "习近平"), ("AdministrativeDivision", "北京"), ("Person", "习近平@2"),
                         ("Place", "哈萨克斯坦"), ("Agency", "纳扎尔巴耶夫大学")], date="2023-05-16")
    gatherings = [set(args) for type_, args in labelled(an) if type_ == "Gathering"]
    summit = next(args for args in gatherings if ("chair", "习近平") in args)
    assert ("speaker", "习近平") not in summit and ("location", "北京") in summit
    assert any({("speaker", "习近平"), ("location", "哈萨克斯坦")} <= args for args in gatherings)


def test_a_speech_of_the_same_year_still_joins_the_gathering_just_reported():
    # the same sentences with one year: whoever speaks later speaks at the summit reported
    text = ("2022年1月，习近平主席在北京主持中国同中亚五国建交30周年视频峰会。中亚是“一带一路”的首倡之地。"
            "2022年，习近平主席发表讲话。")
    an = analysis(text, [("Person", "习近平"), ("AdministrativeDivision", "北京"), ("Person", "习近平@2")],
                  date="2023-05-16")
    gatherings = [set(args) for type_, args in labelled(an) if type_ == "Gathering"]
    assert any({("chair", "习近平"), ("speaker", "习近平")} <= args for args in gatherings)


def test_countries_that_name_who_holds_a_gathering_are_not_where():
    # xwlb-20230930-09: 中国驻|马来西亚|、|古巴|、|波兰|等|国|使馆|也|举行|了|国庆招待会 — the embassies hold it,
    # in their countries' capitals; China, named as who sends them, is no venue either
    text = "中国驻马来西亚、古巴、波兰等国使馆也举行了国庆招待会等活动，多国友好人士送上节日祝福。"
    an = analysis(text, [("Place", "中国"), ("Place", "马来西亚"), ("Place", "古巴"), ("Place", "波兰")],
                  date="2023-09-30")
    assert not any(role == "location" for type_, args in labelled(an) for role, _ in args)
    # xwlb-20230629-11: 由|中国|企业|承建|的|…|项目|28日|举行|通车仪式 — who built it is no venue
    text = "由中国企业承建的塞尔维亚贝尔格莱德绕城公路奥布项目28日举行通车仪式，塞尔维亚总统武契奇出席。"
    an = analysis(text, [("Place", "中国"), ("Place", "塞尔维亚"), ("AdministrativeDivision", "贝尔格莱德"),
                         ("Place", "塞尔维亚@2"), ("Person", "武契奇")], date="2023-06-29")
    [gathering] = [args for type_, args in labelled(an) if type_ == "Gathering"]
    assert ("location", "中国") not in gathering and ("location", "塞尔维亚") in gathering


def test_a_country_that_holds_a_gathering_is_still_where():
    # xwlb-20231001-02's kind: 香港|举行|升旗仪式 — a division before the trigger, named by itself, is where
    text = "香港特区政府1日举行升旗仪式。北京天安门广场举行了隆重的升国旗仪式。"
    an = analysis(text, [("AdministrativeDivision", "北京"), ("Place", "天安门广场")], date="2023-10-01")
    assert any(("location", "北京") in args for type_, args in labelled(an) if type_ == "Gathering")


def test_a_speech_is_given_at_the_gathering_its_sentence_names_though_read_before():
    # xwlb-20230622-04: the summit is read in the first sentence, the dinner after it; 李强|还将|应邀|出席|
    # 新全球融资契约峰会|并|发表|讲话 speaks at the summit, not at the dinner
    text = ("当地时间6月21日下午，国务院总理李强乘包机抵达巴黎，开始对法国进行正式访问，并出席新全球融资契约峰会。"
            "访法期间，李强将会见马克龙总统，出席中法工商界晚餐会。李强还将应邀出席新全球融资契约峰会并发表讲话。")
    an = analysis(text, [("Person", "李强"), ("AdministrativeDivision", "巴黎"), ("Place", "法国"), ("Person", "李强@2"),
                         ("Person", "马克龙"), ("Person", "李强@3")], date="2023-06-22")
    gatherings = {title: set(args) for type_, args, title in
                  [(t, a, p) for t, _, a, p in events(an)] if type_ == "Gathering"}
    summit = next(args for props, args in gatherings.items() if ("title", "新全球融资契约峰会") in props)
    assert ("speaker", "李强") in summit
    dinner = next(args for props, args in gatherings.items() if ("title", "中法工商界晚餐会") in props)
    assert ("speaker", "李强") not in dinner


def test_who_attends_on_invitation_attends():
    # jieba's 应邀出席 is one word: 国务院|副总理|张国清|应邀出席|会议|并|作|报告 (xwlb-2023)
    text = "中共中央政治局委员、国务院副总理张国清应邀出席会议并作报告。"
    an = analysis(text, [("Agency", "中共中央政治局"), ("Agency", "国务院"), ("Person", "张国清")], date="2023-07-20")
    assert any(("attendee", "张国清") in args for type_, args in labelled(an) if type_ == "Gathering")


def test_who_calls_for_something_at_the_session_speaks_there():
    # xwlb-20230426-12: 中国代表|在|会上|呼吁 — China speaks at the council's session just reported
    text = "联合国安理会25日举行紧急会议审议苏丹局势。中国代表在会上呼吁苏丹冲突双方尽快实现停火，避免局势进一步升级。"
    an = analysis(text, [("Agency", "联合国安理会"), ("Place", "苏丹"), ("Place", "苏丹@2")], date="2023-04-26")
    [gathering] = [args for type_, args in labelled(an) if type_ == "Gathering"]
    assert ("speaker", "中华人民共和国") in gathering and ("organizer", "联合国安理会") in gathering


def test_a_review_reported_on_is_no_session_and_its_places_no_venue():
    # xwlb-20231226-04: …|决定|草案|审议|结果|的|报告 — 审议 names what was found, no session; the places the
    # decision is about (对|广东省|珠海市|拱北|口岸) are not where the chairmen's council sits
    text = ("十四届全国人大常委会第十七次委员长会议26日下午在北京人民大会堂举行。赵乐际委员长主持。"
            "会议听取了全国人大宪法和法律委员会主任委员信春鹰作的关于国务院组织法修订草案审议意见的报告、"
            "关于授权澳门特别行政区对广东省珠海市拱北口岸东南侧相关陆地和海域实施管辖的决定草案审议结果的报告，"
            "审议了相关议案代拟稿、草案修改稿。")
    an = analysis(text, [("Agency", "全国人大常委会"), ("AdministrativeDivision", "北京"), ("Place", "人民大会堂"),
                         ("Person", "赵乐际"), ("Agency", "全国人大宪法和法律委员会"), ("Person", "信春鹰"),
                         ("Agency", "国务院"), ("AdministrativeDivision", "澳门特别行政区"),
                         ("AdministrativeDivision", "广东省"), ("AdministrativeDivision", "珠海市"), ("Place", "拱北")],
                  date="2023-12-26")
    [gathering] = [args for type_, args in labelled(an) if type_ == "Gathering"]
    assert {("chair", "赵乐际"), ("speaker", "信春鹰"), ("location", "北京"), ("location", "人民大会堂")} <= gathering
    assert not {("location", "广东省"), ("location", "珠海市"), ("location", "拱北")} & gathering


def test_where_who_attends_came_to_is_no_venue():
    # xwlb-20231017-03: 佐科|是|应|习近平|的|邀请|来华|出席|…|高峰论坛 — China, where he came, is not named as the venue
    text = "佐科是应习近平的邀请来华出席第三届“一带一路”国际合作高峰论坛并对我国进行国事访问的。"
    an = analysis(text, [("Person", "佐科"), ("Person", "习近平")], date="2023-10-17")
    gatherings = [args for type_, args in labelled(an) if type_ == "Gathering"]
    assert gatherings and all(("location", "中华人民共和国") not in args for args in gatherings)
    assert any(("attendee", "佐科") in args for args in gatherings)
    # 在|京|出席 names where: 王沪宁|在|京|出席|…
    text = "中共中央政治局常委、全国政协主席王沪宁10日在京出席“扎实推进制造业重点产业链优化升级”调研协商座谈会。"
    an = analysis(text, [("Agency", "中共中央政治局"), ("Agency", "全国政协"), ("Person", "王沪宁")], date="2023-07-10")
    assert any(("location", "北京市") in args for type_, args in labelled(an) if type_ == "Gathering")


def test_a_rally_named_by_its_own_verb_is_held_where_it_says():
    # xwlb-20230524-16: 日本|民众|23日|在|日本国会|前|集会 — a rally, with no 举行 before it
    text = "日本民众23日在日本国会前集会，抗议众议院通过防卫费财源特别措施法案。"
    an = analysis(text, [("Place", "日本"), ("Place", "日本国会")], date="2023-05-24")
    assert events(an) == [("Gathering", "2023-05-23", {("location", "日本"), ("location", "日本国会")},
                           (("title", "集会"),))]
    # 举行|集会 is read once, by 举行 (xwlb-20230416-15)
    text = "韩国大批民众15日在首尔举行集会，抗议美国对韩国政府官员实施监听和窃听。"
    an = analysis(text, [("Place", "韩国"), ("AdministrativeDivision", "首尔"), ("Place", "美国")], date="2023-04-16")
    assert [type_ for type_, *_ in events(an)] == ["Gathering"]


def test_the_light_verb_of_a_meeting_holds_no_gathering():
    # xwlb-20230103-04: …|出席|巴西|新任|总统|卢拉|就职仪式|并|同|其|举行|会见 — 举行 is the meeting's, not a
    # second ceremony held by those named before it
    text = ("2022年12月31日至2023年1月2日，应巴西政府邀请，习近平主席特别代表、国家副主席王岐山在巴西首都巴西利亚"
            "出席巴西新任总统卢拉就职仪式并同其举行会见。")
    an = analysis(text, [("Place", "巴西"), ("Person", "习近平"), ("Person", "王岐山"), ("Place", "巴西@2"),
                         ("AdministrativeDivision", "巴西利亚"), ("Place", "巴西@3"), ("Person", "卢拉")], date="2023-01-03")
    gatherings = [args for type_, args in labelled(an) if type_ == "Gathering"]
    assert len(gatherings) == 1 and ("attendee", "王岐山") in gatherings[0]
    assert not any(role == "organizer" for role, _ in gatherings[0])


def test_a_rally_is_not_held_by_what_its_sentence_opens_with():
    # xwlb-20230329-13: …|一所|小学|发生|枪击|事件|…|，|当地|民众|28日|集会 — the school holds nothing
    text = "美国田纳西州纳什维尔一所小学发生枪击事件造成6人遇害后，当地民众28日集会，抗议政府消极面对枪支暴力问题。"
    an = analysis(text, [("Agency", "美国田纳西州纳什维尔一所小学")], date="2023-03-29")
    assert not any(role == "organizer" for type_, args in labelled(an) for role, _ in args)


def test_a_list_of_attendees_closed_by_its_group_runs_across_commas():
    # xwlb-20230825-01: …|俄罗斯|总统|普京|（|线上|）|和|60多位|…|领导人|或|代表|，|以及|联合国|秘书长|古特雷斯|、|…|罗塞夫|等|…|出席
    text = ("南非总统拉马福萨主持中非领导人对话会。会议由南非总统拉马福萨主持，巴西总统卢拉、印度总理莫迪、俄罗斯总统普京（线上）"
            "和60多位非洲国家及其他新兴市场和发展中国家领导人或代表，以及联合国秘书长古特雷斯、新开发银行行长罗塞夫等"
            "国际和地区组织负责人出席。")
    an = analysis(text, [("Place", "南非"), ("Person", "拉马福萨"), ("Place", "南非@2"), ("Person", "拉马福萨@2"),
                         ("Place", "巴西"), ("Person", "卢拉"), ("Place", "印度"), ("Person", "莫迪"), ("Place", "俄罗斯"),
                         ("Person", "普京"), ("Agency", "联合国"), ("Person", "古特雷斯"), ("Agency", "新开发银行"),
                         ("Person", "罗塞夫")], date="2023-08-25")
    [gathering] = [args for type_, args in labelled(an) if type_ == "Gathering"]
    assert {("attendee", name) for name in ("卢拉", "莫迪", "普京", "古特雷斯", "罗塞夫")} <= gathering
    # a clause that says something ends the list: 拉马福萨|主持 is no attendee
    assert ("attendee", "拉马福萨") not in gathering


def test_a_list_that_goes_on_after_its_group_does_not_join_the_next_clause():
    # xwlb-20230831-02: 习近平|、|…|韩正|等|党和国家领导人|到会|祝贺|，|李希|代表|党中央|致词 — only 李希 speaks
    text = ("第十一次全国归侨侨眷代表大会31日在北京人民大会堂开幕。习近平、李强、赵乐际、王沪宁、蔡奇、丁薛祥、韩正等"
            "党和国家领导人到会祝贺，李希代表党中央致词。")
    names = [("AdministrativeDivision", "北京"), ("Place", "人民大会堂")] + [
        ("Person", name) for name in ("习近平", "李强", "赵乐际", "王沪宁", "蔡奇", "丁薛祥", "韩正", "李希")]
    an = analysis(text, names, date="2023-08-31")
    speakers = {name for type_, args in labelled(an) for role, name in args if role == "speaker"}
    assert speakers == {"李希"}


def test_the_time_word_after_a_visit_closes_where_it_went():
    # xwlb-20230417-11: 卢拉|16日|在|访问|阿联酋|期间|批评|美西方|在|乌克兰|危机|中|拱火 — what was criticised
    # during the visit is not where it went
    text = "巴西总统卢拉16日在访问阿联酋期间批评美西方在乌克兰危机中拱火，呼吁和平解决冲突。"
    an = analysis(text, [("Place", "巴西"), ("Person", "卢拉"), ("Place", "阿联酋"), ("Place", "美西方"),
                         ("Place", "乌克兰")], date="2023-04-17")
    visits = [set(args) for type_, args in labelled(an) if type_ == "Visit"]
    assert visits == [{("agent", "卢拉"), ("destination", "阿联酋")}]


def test_a_visit_that_goes_on_after_its_time_word_still_goes_there():
    # xwlb-20230622-03: 李强|在|访问|德国|期间|赴|巴伐利亚州|参访 — 赴 goes on: the state is visited too
    text = "当地时间6月20日至21日，国务院总理李强在访问德国期间赴巴伐利亚州参访。"
    an = analysis(text, [("Agency", "国务院"), ("Person", "李强"), ("Place", "德国"), ("Place", "巴伐利亚州")],
                  date="2023-06-22")
    visits = [set(args) for type_, args in labelled(an) if type_ == "Visit"]
    assert any({("agent", "李强"), ("destination", "德国"), ("destination", "巴伐利亚州")} <= args for args in visits)


def test_a_visit_abroad_named_by_a_countrys_one_character():
    # xwlb-20230404-04: 习近平|主席|前不久|成功|访俄 ; 习近平|主席|对|俄|进行|国事访问 — 俄 is 俄罗斯, by the world
    # list's abbreviations (data/events/implied_places.tsv, triggers.tsv: 访*)
    text = "习近平主席前不久成功访俄，同普京总统共同擘画了双边关系发展的新蓝图。"
    an = analysis(text, [("Person", "习近平"), ("Person", "普京")], date="2023-04-04")
    assert ("Visit", frozenset({("agent", "习近平"), ("destination", "俄罗斯")})) in labelled(an)
    text = "米舒斯京表示，习近平主席对俄进行国事访问取得圆满成功，开启了俄中关系新篇章。"
    an = analysis(text, [("Person", "米舒斯京"), ("Person", "习近平")], date="2023-04-04")
    assert ("Visit", frozenset({("agent", "习近平"), ("destination", "俄罗斯")})) in labelled(an)
    # xwlb-20230620-05 style: 访葡|期间 — 葡萄牙; but a pair of abbreviations is no place (中|俄|务实|合作)
    text = "访葡期间，韩正还会见了葡萄牙总统德索萨。推动中俄务实合作。"
    an = analysis(text, [("Person", "韩正"), ("Place", "葡萄牙"), ("Person", "德索萨")], date="2023-04-27")
    visits = [args for type_, args in labelled(an) if type_ == "Visit"]
    assert visits == [frozenset({("agent", "韩正"), ("destination", "葡萄牙")})]


def test_a_visit_invited_to_is_none_made():
    # xwlb-20230320-15: 莱希|日前|收到|…|萨勒曼|邀请|莱希|访沙|的信函 ; xwlb-20230103-04: 访华|邀请
    text = "伊朗总统莱希日前收到沙特阿拉伯国王萨勒曼邀请莱希访沙的信函。"
    an = analysis(text, [("Place", "伊朗"), ("Person", "莱希"), ("Place", "沙特阿拉伯"), ("Person", "萨勒曼"),
                         ("Person", "莱希@2")], date="2023-03-20")
    assert not [args for type_, args in labelled(an) if type_ == "Visit"]
    text = "王岐山转达习近平主席对卢拉总统再次就任巴西总统的热烈祝贺、良好祝愿和访华邀请。"
    an = analysis(text, [("Person", "王岐山"), ("Person", "习近平"), ("Person", "卢拉"), ("Place", "巴西")],
                  date="2023-01-03")
    assert not [args for type_, args in labelled(an) if type_ == "Visit"]


def test_who_claims_something_at_a_press_conference_speaks_there():
    # xwlb-20230417-13: 西村康稔|在|会后|日德意|三国|举行|的|联合记者会|上|声称 — 声称 says, as 表示 does
    text = ("16日，七国集团气候、能源和环境部长会议在日本札幌市闭幕。日本经济产业大臣西村康稔在会后日德意三国举行的"
            "联合记者会上声称，部长会议联合声明表示“欢迎”。")
    an = analysis(text, [("Agency", "七国集团"), ("Place", "日本"), ("Place", "札幌市"), ("Place", "日本@2"),
                         ("Person", "西村康稔")], date="2023-04-17")
    assert any(("speaker", "西村康稔") in args for type_, args in labelled(an) if type_ == "Gathering")


def test_whom_a_welcome_ceremony_welcomes_attends_it():
    # xwlb-20230104-01: 习近平|…|在|人民大会堂北大厅|举行|仪式|，|欢迎|菲律宾共和国|总统|…|马科斯|对|我国|进行|国事访问
    # (38 such 举行仪式，欢迎 in xwlb-2023): the guest attends the ceremony, and visits China
    text = ("国家主席习近平4日下午在人民大会堂北大厅举行仪式，欢迎菲律宾共和国总统费迪南德·罗慕尔德兹·马科斯"
            "对我国进行国事访问。")
    an = analysis(text, [("Person", "习近平"), ("Place", "人民大会堂北大厅"), ("Place", "菲律宾共和国"),
                         ("Person", "费迪南德·罗慕尔德兹·马科斯")], date="2023-01-04")
    found = labelled(an)
    assert any({("organizer", "习近平"), ("attendee", "费迪南德·罗慕尔德兹·马科斯")} <= args
               for type_, args in found if type_ == "Gathering")
    assert any(("agent", "费迪南德·罗慕尔德兹·马科斯") in args for type_, args in found if type_ == "Visit")
    # xwlb-20230908-04: abroad, the host holds it and the Chinese guest attends
    text = "当地时间8日上午，印度尼西亚总统佐科在总统府举行仪式，欢迎国务院总理李强对印度尼西亚进行正式访问。"
    an = analysis(text, [("Place", "印度尼西亚"), ("Person", "佐科"), ("Agency", "国务院"), ("Person", "李强"),
                         ("Place", "印度尼西亚@2")], date="2023-09-08")
    assert any({("organizer", "佐科"), ("attendee", "李强")} <= args
               for type_, args in labelled(an) if type_ == "Gathering")


def test_a_demonstration_named_by_its_verb_is_held_where_it_says():
    # xwlb-20230417-11: 大量|捷克|民众|16日|在|首都|布拉格|示威 — as 集会: the rally is held in Prague, Czechia
    text = "大量捷克民众16日在首都布拉格示威，抗议通胀高企，并要求捷克退出北约。"
    an = analysis(text, [("Place", "捷克"), ("Place", "布拉格"), ("Place", "捷克@2"), ("Agency", "北约")],
                  date="2023-04-17")
    assert ("Gathering", frozenset({("location", "捷克"), ("location", "布拉格")})) in labelled(an)

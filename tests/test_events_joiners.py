"""The events stage (extraction/events.py) on who joins what was just reported, on lists of speakers
across commas and on a gathering's opening told by its kind alone (issue #18, fifth round). Hand-built
``Analysis`` objects with sentences of ../shared/corpus/news/xwlb-2023.jsonl; none of these stories is in
the events dev set."""
from .test_events import analysis
from .test_events_recall import labelled


def test_who_attends_the_activity_attends_the_gathering_just_reported():
    # xwlb-20230728-01: …|举行|宴会|。|…|蔡奇|、|丁薛祥|、|…|等|出席|活动 (no 上述: about 20 such in xwlb-2023)
    text = ("7月28日中午，国家主席习近平和夫人彭丽媛在四川省成都市金牛宾馆举行宴会。"
            "蔡奇、丁薛祥、王毅、李干杰、王小洪、谌贻琴等出席活动。")
    names = [("Person", "习近平"), ("Person", "彭丽媛"), ("AdministrativeDivision", "成都市"),
             ("Person", "蔡奇"), ("Person", "丁薛祥"), ("Person", "王毅"), ("Person", "李干杰"),
             ("Person", "王小洪"), ("Person", "谌贻琴")]
    [(type_, arguments)] = labelled(analysis(text, names, date="2023-07-28"))
    assert type_ == "Gathering"
    assert {name for role, name in arguments if role == "attendee"} == {"蔡奇", "丁薛祥", "王毅", "李干杰", "王小洪", "谌贻琴"}
    assert {name for role, name in arguments if role == "organizer"} == {"习近平", "彭丽媛"}
    # xwlb-20231109-13: …|举行|全容量并网发电仪式|，|印尼|总统|佐科|出席|活动
    text = "今天，中企承建的印尼首个漂浮光伏发电项目举行全容量并网发电仪式，印尼总统佐科出席活动。"
    [(type_, arguments)] = labelled(analysis(text, [("Place", "印尼"), ("Person", "佐科")], date="2023-11-09"))
    assert type_ == "Gathering" and ("attendee", "佐科") in arguments
    # after a meeting, those who take part are on its host's side (xwlb-20230109-02: 王毅|、|何立峰|等|参加|活动)
    text = "国家主席习近平会见捷克总统泽曼。王毅、何立峰等参加活动。"
    assert labelled(analysis(text, [("Person", "习近平"), ("Person", "泽曼"), ("Person", "王毅"), ("Person", "何立峰")])) == [
        ("Meeting", {("agent", "习近平"), ("agent", "王毅"), ("agent", "何立峰"), ("counterpart", "泽曼")})]


def test_who_attends_the_activity_and_speaks_speaks():
    # xwlb-20230426-07: 世界知识产权组织|总干事|邓鸿森|出席|活动|并|致辞 — 出席活动 meets no one: he speaks
    text = ("中国与世界知识产权组织合作五十周年纪念暨宣传周主场活动26日在北京举行。丁薛祥出席并致辞。"
            "世界知识产权组织总干事邓鸿森出席活动并致辞。")
    names = [("AdministrativeDivision", "北京"), ("Person", "丁薛祥"), ("Agency", "世界知识产权组织@2"), ("Person", "邓鸿森")]
    [(type_, arguments)] = labelled(analysis(text, names, date="2023-04-26"))
    assert {(role, name) for role, name in arguments if name != "北京"} == {("speaker", "丁薛祥"), ("speaker", "邓鸿森")}


def test_who_goes_along_on_a_visit_visits():
    # xwlb-20230824-08: 李强|…|在|广东|调研|。|…|黄坤明|、|吴政隆|参加|调研 (8 such 参加调研, 一同调研 in xwlb-2023)
    text = ("中共中央政治局常委、国务院总理李强8月22日至24日在广东调研。"
            "22日，李强来到东莞市宇瞳光学公司，听取企业生产研发情况介绍。黄坤明、吴政隆参加调研。")
    names = [("Person", "李强"), ("AdministrativeDivision", "广东"), ("Person", "李强@2"), ("Agency", "东莞市宇瞳光学公司"),
             ("Person", "黄坤明"), ("Person", "吴政隆")]
    [(type_, arguments)] = labelled(analysis(text, names, date="2023-08-24"))
    assert type_ == "Visit"
    assert {name for role, name in arguments if role == "agent"} == {"李强", "黄坤明", "吴政隆"}
    # xwlb-20231220-05: 石泰峰|一同|调研
    text = "中共中央政治局常委、全国政协主席王沪宁17日至19日在云南调研。石泰峰一同调研。"
    assert labelled(analysis(text, [("Person", "王沪宁"), ("AdministrativeDivision", "云南"), ("Person", "石泰峰")],
                             date="2023-12-20")) == [
        ("Visit", {("agent", "王沪宁"), ("agent", "石泰峰"), ("destination", "云南")})]
    # who only accompanies (陪同) does not (xwlb-20230925-01: 蔡奇|陪同|考察)
    text = "习近平在浙江考察。中共中央政治局常委、中央办公厅主任蔡奇陪同考察。"
    assert labelled(analysis(text, [("Person", "习近平"), ("AdministrativeDivision", "浙江"), ("Person", "蔡奇")])) == [
        ("Visit", {("agent", "习近平"), ("destination", "浙江")})]


def test_a_congratulatory_address_is_a_speech_and_its_list_runs_across_commas():
    # xwlb-20231024-01: 郝明金|，|…|徐留平|，|先后|代表|各民主党派中央|、|人民团体|致贺词 — both speak
    text = ("全国工商联成立70周年庆祝大会24日在北京举行。全国人大常委会副委员长、民建中央主席郝明金，"
            "中华全国总工会党组书记、书记处第一书记徐留平，先后代表各民主党派中央、人民团体致贺词。")
    names = [("Agency", "全国工商联"), ("AdministrativeDivision", "北京"), ("Agency", "全国人大常委会"), ("Agency", "民建中央"), ("Person", "郝明金"),
             ("Agency", "中华全国总工会"), ("Person", "徐留平")]
    [(type_, arguments)] = labelled(analysis(text, names, date="2023-10-24"))
    assert {name for role, name in arguments if role == "speaker"} == {"郝明金", "徐留平"}
    # xwlb-20231021-01: 杨万明|代表|人民团体|致贺词
    text = ("欧美同学会成立110周年庆祝大会21日在北京举行。中国人民对外友好协会党组书记、会长杨万明代表人民团体致贺词。")
    names = [("AdministrativeDivision", "北京"), ("Agency", "中国人民对外友好协会"), ("Person", "杨万明")]
    [(type_, arguments)] = labelled(analysis(text, names, date="2023-10-21"))
    assert ("speaker", "杨万明") in arguments


def test_a_gathering_that_opens_by_its_kind_is_the_one_reported():
    # xwlb-20230619-01: …|全国代表大会|19日|上午|在|人民大会堂|开幕|。|…|阿东|宣布|大会|开幕|。|…|徐留平|…|向|大会|致贺词 —
    # one congress, not a second 大会 that opens
    text = ("中国共产主义青年团第十九次全国代表大会19日上午在人民大会堂开幕。"
            "大会主席团常务委员会委员阿东宣布大会开幕。"
            "中华全国总工会党组书记、书记处第一书记徐留平代表中华全国总工会向大会致贺词。")
    names = [("Place", "人民大会堂"), ("Person", "阿东"), ("Agency", "中华全国总工会"), ("Person", "徐留平")]
    found = labelled(analysis(text, names, date="2023-06-19"))
    assert len(found) == 1 and found[0][0] == "Gathering", found
    assert ("speaker", "徐留平") in found[0][1] and ("location", "人民大会堂") in found[0][1]
    # a rally held again by its kind alone is another one (xwlb-20230226-09: …|民众|也|举行|集会)
    text = "25日，德国首都柏林上万民众举行集会。近日，加拿大多个主要城市的民众也举行集会。"
    found = labelled(analysis(text, [("Place", "德国"), ("Place", "柏林"), ("Place", "加拿大")], date="2023-02-26"))
    assert len(found) == 2, found


def test_where_the_visitor_met_on_the_visit_is_where_the_visit_went():
    # xwlb-20230510-04: …|访问|葡萄牙|，|在|里斯本|分别|会见|德索萨|总统|和|科斯塔|总理 (6 such …访问|，|在|…|会见 in
    # xwlb-2023: 赵乐际|…|对|塞内加尔|进行|正式友好访问|，|在|达喀尔|会见|总统|萨勒, xwlb-20230517-04)
    text = "应葡萄牙政府邀请，国家副主席韩正于当地时间5月7日至9日访问葡萄牙，在里斯本分别会见德索萨总统和科斯塔总理。"
    names = [("Person", "韩正"), ("Place", "葡萄牙@2"), ("Place", "里斯本"), ("Person", "德索萨"), ("Person", "科斯塔")]
    visits = [args for type_, args in labelled(analysis(text, names, date="2023-05-10")) if type_ == "Visit"]
    assert visits == [{("agent", "韩正"), ("destination", "葡萄牙"), ("destination", "里斯本")}]
    # xwlb-20231111-05: 在|吉隆坡|和|布城|分别|会见 — both
    text = "11月9日至11日，国家副主席韩正应邀访问马来西亚，在吉隆坡和布城分别会见马来西亚最高元首阿卜杜拉、总理安瓦尔。"
    names = [("Person", "韩正"), ("Place", "马来西亚"), ("Place", "吉隆坡"), ("Place", "布城"), ("Place", "马来西亚@2"),
             ("Person", "阿卜杜拉"), ("Person", "安瓦尔")]
    visits = [args for type_, args in labelled(analysis(text, names, date="2023-11-11")) if type_ == "Visit"]
    assert visits == [{("agent", "韩正"), ("destination", "马来西亚"), ("destination", "吉隆坡"), ("destination", "布城")}]
    # not where someone else meets (a subject of its own: …|，|李强|在|北京|会见|…), nor a venue of what is not a meeting
    for text, names in (
            ("韩正应邀访问马来西亚，安瓦尔在布城会见了他。",
             [("Person", "韩正"), ("Place", "马来西亚"), ("Person", "安瓦尔"), ("Place", "布城")]),
            ("韩正应邀访问马来西亚，在布城出席中马企业家座谈会。",
             [("Person", "韩正"), ("Place", "马来西亚"), ("Place", "布城")])):
        visits = [args for type_, args in labelled(analysis(text, names, date="2023-11-11")) if type_ == "Visit"]
        assert all(("destination", "布城") not in args for args in visits), text


def test_our_country_after_a_name_is_where_the_visit_goes():
    # xwlb-20230625-02, xwlb-20231017-10: 欢迎|巴巴多斯|总理|莫特利|对|我国|进行|正式访问 — jieba's words run across the
    # name's end (莫特利对), recognition's name ends a word
    for text, guest, country in (
            ("25日下午，国务院总理李强在北京人民大会堂举行仪式，欢迎巴巴多斯总理莫特利对我国进行正式访问。", "莫特利", "巴巴多斯"),
            ("国务院总理李强16日在北京人民大会堂举行仪式，欢迎巴布亚新几内亚总理马拉佩对我国进行正式访问。", "马拉佩", "巴布亚新几内亚")):
        names = [("Person", "李强"), ("AdministrativeDivision", "北京"), ("Place", "人民大会堂"), ("Place", country),
                 ("Person", guest)]
        visits = [args for type_, args in labelled(analysis(text, names)) if type_ == "Visit"]
        assert visits == [{("agent", guest), ("destination", "中华人民共和国")}], text


def test_who_invites_others_does_not_take_part():
    # xwlb-20230927-16: 罗塔|邀请|一名|98岁|乌克兰裔|老兵|到|加拿大议会|参加|活动 — after a gathering reported
    text = ("第78届联合国大会一般性辩论26日在纽约联合国总部落下帷幕。"
            "本月22日，罗塔邀请一名98岁乌克兰裔老兵到加拿大议会参加活动。")
    names = [("Place", "纽约联合国总部"), ("Person", "罗塔"), ("Agency", "加拿大议会")]
    found = labelled(analysis(text, names, date="2023-09-27"))
    assert not any(name == "罗塔" for _, args in found for _, name in args), found
    # but who is invited (受邀请) does: 某某|受|邀请|出席|… is an attendee
    text = "中国—东盟博览会16日在南宁开幕。马来西亚总理安瓦尔受邀请出席开幕式。"
    found = labelled(analysis(text, [("AdministrativeDivision", "南宁"), ("Person", "安瓦尔")], date="2023-09-16"))
    assert any(("attendee", "安瓦尔") in args for _, args in found), found


def test_who_attends_with_nothing_after_attends_what_was_reported_not_what_was_agreed_on():
    # xwlb-20231207-04: …|共同主持|第二十四次中国—欧盟领导人会晤|。|双方|同意|举行|中欧高级别人文交流对话机制会议|…|。|
    # 吴政隆|出席 — the summit, not the meeting the sides agreed to hold
    text = ("国务院总理李强7日在北京同欧洲理事会主席米歇尔、欧盟委员会主席冯德莱恩共同主持第二十四次中国—欧盟领导人会晤。"
            "双方同意举行中欧高级别人文交流对话机制会议，携手应对气候变化等全球性挑战。吴政隆出席。")
    names = [("Person", "李强"), ("AdministrativeDivision", "北京"), ("Person", "米歇尔"), ("Person", "冯德莱恩"),
             ("Person", "吴政隆")]
    found = labelled(analysis(text, names, date="2023-12-07"))
    [summit] = [args for type_, args in found if ("chair", "李强") in args]
    assert ("attendee", "吴政隆") in summit and len(found) == 1, found
    # xwlb-20230929-02: the gathering its own sentence names, whoever is read of it yet
    text = "烈士纪念日向人民英雄敬献花篮仪式9月30日上午举行，习近平等党和国家领导人将出席。"
    assert labelled(analysis(text, [("Person", "习近平")], date="2023-09-29")) == [("Gathering", {("attendee", "习近平")})]


def test_who_attends_and_says_next_speaks_there():
    # xwlb-20230906-03: …|李强|在|雅加达|出席|第26次|东盟与中日韩|…|领导人会议|。|李强|表示 — his remarks at the meeting
    text = "当地时间6日，国务院总理李强在雅加达出席第26次东盟与中日韩（10+3）领导人会议。李强表示，10+3合作机制经历多次危机考验。"
    names = [("Person", "李强"), ("Place", "雅加达"), ("Person", "李强@2")]
    [(type_, arguments)] = labelled(analysis(text, names, date="2023-09-06"))
    assert type_ == "Gathering" and ("speaker", "李强") in arguments and ("attendee", "李强") not in arguments
    # xwlb-20230906-02: a sentence naming no one that only says who else attends is passed over
    text = ("当地时间6日，国务院总理李强在雅加达出席第26次中国—东盟（10+1）领导人会议。"
            "东盟国家和东盟观察员东帝汶领导人及东盟秘书长出席。李强表示，东盟是中国周边外交优先方向。")
    names = [("Person", "李强"), ("Place", "雅加达"), ("Place", "东帝汶"), ("Person", "李强@2")]
    gatherings = [args for type_, args in labelled(analysis(text, names, date="2023-09-06")) if type_ == "Gathering"]
    assert gatherings and ("speaker", "李强") in gatherings[0]
    # xwlb-20230824-03: not what is said at a meeting its sentence reports (…|出席|…|会晤|期间|会见|…|萨勒|。|习近平|指出)
    text = ("当地时间8月23日下午，国家主席习近平在约翰内斯堡出席金砖国家领导人会晤期间会见塞内加尔总统萨勒。"
            "习近平指出，中塞友谊历久弥坚。")
    names = [("Person", "习近平"), ("Place", "约翰内斯堡"), ("Person", "萨勒"), ("Person", "习近平@2")]
    found = labelled(analysis(text, names, date="2023-08-24"))
    assert not any(("speaker", "习近平") in args for type_, args in found if type_ == "Gathering"), found
    # nor who says something a sentence later than the next one reports
    text = ("国务院总理李强在雅加达出席第18届东亚峰会。会议通过了领导人声明。各方同意加强合作。李强表示，中方愿同各方合作。")
    found = labelled(analysis(text, [("Person", "李强"), ("Place", "雅加达"), ("Person", "李强@2")], date="2023-09-07"))
    assert not any(("speaker", "李强") in args for _, args in found), found


def test_the_other_sides_country_after_the_venue_is_not_where():
    # xwlb-20231216-04: …|在|北京|同|俄罗斯|副总理|诺瓦克|共同主持|… — 北京 is where; 俄罗斯 is whose deputy premier
    text = "中共中央政治局常委、国务院副总理丁薛祥15日在北京同俄罗斯副总理诺瓦克共同主持中俄能源合作委员会第二十次会议。"
    names = [("Person", "丁薛祥"), ("AdministrativeDivision", "北京"), ("Place", "俄罗斯"), ("Person", "诺瓦克"),
             ("Agency", "中俄能源合作委员会")]
    [(type_, arguments)] = labelled(analysis(text, names, date="2023-12-16"))
    assert ("location", "北京") in arguments and ("location", "俄罗斯") not in arguments
    assert {("chair", "丁薛祥"), ("chair", "诺瓦克")} <= arguments
    # xwlb-20230621-02: 李强|在|柏林|同|德国|总理|朔尔茨|共同主持|…
    text = "李强在柏林同德国总理朔尔茨共同主持第七轮中德政府磋商会议。"
    names = [("Person", "李强"), ("Place", "柏林"), ("Place", "德国"), ("Person", "朔尔茨")]
    [(type_, arguments)] = labelled(analysis(text, names, date="2023-06-21"))
    assert ("location", "柏林") in arguments and ("location", "德国") not in arguments


def test_who_briefs_after_a_press_conference_is_named_speaks_there():
    # xwlb-20230413-06: 在|…|新闻发布会|上|，|市场监管总局|局长|罗文|表示 — a title before the name, whatever
    # recognition read of its organisation
    text = ("在国新办今天（4月13日）举行的“权威部门话开局”系列主题新闻发布会上，市场监管总局局长罗文表示，"
            "党的十八大以来，我国个体工商户实现蓬勃发展。")
    names = [("Agency", "国新办"), ("Person", "罗文")]
    [(type_, arguments)] = labelled(analysis(text, names, date="2023-04-13"))
    assert ("speaker", "罗文") in arguments and ("organizer", "国新办") in arguments
    # xwlb-20230214-05: …|举行|…|新闻发布会|，|中央农办|、|农业农村部|相关|负责人|详细|解读|了 — the organisations speak
    text = ("国务院新闻办今天（2月14日）举行《权威部门话开局》首场新闻发布会，中央农办、农业农村部相关负责人"
            "详细解读了今年中央一号文件，并介绍今年全面推进乡村振兴的重点工作。")
    names = [("Agency", "国务院新闻办"), ("Agency", "中央农办"), ("Agency", "农业农村部")]
    [(type_, arguments)] = labelled(analysis(text, names, date="2023-02-14"))
    assert {("speaker", "中央农办"), ("speaker", "农业农村部")} <= arguments
    # but not who is only named after a word that is no title (在|…|发布会|上|，|记者|了解|到|…)
    text = "在国新办今天举行的新闻发布会上，记者了解到，张三丰表示的数据属实。"
    found = labelled(analysis(text, [("Agency", "国新办"), ("Person", "张三丰")], date="2023-04-13"))
    assert not any(("speaker", "张三丰") in args for _, args in found), found


def test_who_opens_the_sentences_after_a_press_conference_briefs_there():
    # xwlb-20231126-06: …|举行|新闻发布会|，|…|。|国家卫生健康委|相关|负责人|表示 (the organisation speaks)
    text = ("国家卫生健康委今天（11月26日）举行新闻发布会，介绍我国冬季呼吸道疾病防治有关情况。"
            "国家卫生健康委相关负责人表示，当前，随着各地陆续入冬，呼吸道疾病进入高发时期。")
    names = [("Agency", "国家卫生健康委"), ("Agency", "国家卫生健康委@2")]
    [(type_, arguments)] = labelled(analysis(text, names, date="2023-11-26"))
    assert ("speaker", "国家卫生健康委") in arguments
    # xwlb-20230720-07: each of a run of sentences that open so
    text = ("国务院新闻办今天（7月20日）举行新闻发布会，介绍《关于促进民营经济发展壮大的意见》相关情况。"
            "国家发展改革委表示，将会同有关方面在近期推出促进民营经济发展若干举措。"
            "工业和信息化部表示，深入开展清理拖欠中小企业账款工作。全国工商联表示，将不断完善法律服务体系。")
    names = [("Agency", "国务院新闻办"), ("Agency", "国家发展改革委"), ("Agency", "工业和信息化部"), ("Agency", "全国工商联")]
    [(type_, arguments)] = labelled(analysis(text, names, date="2023-07-20"))
    assert {name for role, name in arguments if role == "speaker"} == {"国家发展改革委", "工业和信息化部", "全国工商联"}
    # the run ends at a sentence that does not open so (…|。|今年|…|。|商务部|表示: not at it)
    text = ("国务院新闻办今天举行新闻发布会。今年将开展“消费提振年”系列活动。商务部表示，将推动外贸稳规模优结构。")
    found = labelled(analysis(text, [("Agency", "国务院新闻办"), ("Agency", "商务部")], date="2023-03-02"))
    assert not any(("speaker", "商务部") in args for _, args in found), found


def test_a_visit_of_another_month_is_not_part_of_the_trip_told_before_it():
    # xwlb-20230803-01: 7月|，|在|陕西|汉中市|考察|时|…|。|…|4月|，|习近平|总书记|首次|专门|来到|粤西|地区|调研 — 粤西 (no
    # division) went with the 4月 trip to 广东, not the 7月 one to 陕西 told just before
    text = ("今年4月，习近平总书记在广东考察期间，来到茂名高州市柏桥村。"
            "7月，在陕西汉中市考察时，总书记深情地对乡亲们说，这些年一直牵挂着这里。"
            "4月，习近平总书记首次专门来到粤西地区调研。")
    names = [("Person", "习近平"), ("AdministrativeDivision", "广东"), ("AdministrativeDivision", "陕西"),
             ("AdministrativeDivision", "汉中市"), ("Person", "习近平@2"), ("Place", "粤西")]
    visits = [args for type_, args in labelled(analysis(text, names, date="2023-08-03")) if type_ == "Visit"]
    assert not any(("destination", "陕西") in args and ("destination", "粤西") in args for args in visits), visits
    assert any(("destination", "粤西") in args for args in visits)


def test_who_takes_part_in_a_session_does_not_hold_it():
    # xwlb-20230306-02, xwlb-20230309-10: 王沪宁|9日|上午|参加|十四届全国人大一次会议|台湾代表团|审议 (42 such 参加…代表团审议
    # in xwlb-2023) — he attends, he holds nothing
    text = "中共中央政治局常委王沪宁9日上午参加十四届全国人大一次会议台湾代表团审议。"
    names = [("Person", "王沪宁"), ("Agency", "全国人大")]
    found = labelled(analysis(text, names, date="2023-03-09"))
    assert any(("attendee", "王沪宁") in args for _, args in found), found
    assert not any(("organizer", "王沪宁") in args for _, args in found), found
    # xwlb-20230916-05: 谌贻琴|出席|开幕式|宣布|开幕 — who declares it open attends, does not hold it
    text = "中华人民共和国第二届职业技能大赛9月16日在天津开幕。国务委员谌贻琴出席开幕式宣布开幕。"
    found = labelled(analysis(text, [("AdministrativeDivision", "天津"), ("Person", "谌贻琴")], date="2023-09-16"))
    assert not any(("organizer", "谌贻琴") in args for _, args in found), found


def test_whose_words_are_passed_on_does_not_speak():
    # xwlb-20230914-01: 蔡奇|出席|会议|，|传达|习近平|重要|指示|并|讲话 — 蔡奇 speaks, 习近平 does not
    text = "全国党委和政府秘书长会议9月13日至14日在北京召开。中共中央政治局常委、中央办公厅主任蔡奇出席会议，传达习近平重要指示并讲话。"
    names = [("AdministrativeDivision", "北京"), ("Person", "蔡奇"), ("Person", "习近平")]
    [(type_, arguments)] = labelled(analysis(text, names, date="2023-09-14"))
    assert ("speaker", "蔡奇") in arguments and not any(name == "习近平" for _, name in arguments)
    # xwlb-20230909-03: 传达|习近平|致信|和|李强|批示|并|讲话
    text = "全国优秀教师代表座谈会9月9日在北京召开。中共中央政治局常委、国务院副总理丁薛祥出席会议，传达习近平致信和李强批示并讲话。"
    names = [("AdministrativeDivision", "北京"), ("Person", "丁薛祥"), ("Person", "习近平"), ("Person", "李强")]
    [(type_, arguments)] = labelled(analysis(text, names, date="2023-09-09"))
    assert {name for role, name in arguments if role == "speaker"} == {"丁薛祥"}
    # xwlb-20230915-11: 斯克利亚尔|在|开幕式|上|宣读|…|托卡耶夫|的|书面致辞|并|致辞 — who reads it out speaks
    text = "中欧班列国际合作论坛9月15日在江苏连云港开幕。哈萨克斯坦第一副总理斯克利亚尔在开幕式上宣读哈萨克斯坦总统托卡耶夫的书面致辞并致辞。"
    names = [("AdministrativeDivision", "连云港"), ("Place", "哈萨克斯坦"), ("Person", "斯克利亚尔"), ("Person", "托卡耶夫")]
    found = labelled(analysis(text, names, date="2023-09-15"))
    speakers = {name for _, args in found for role, name in args if role == "speaker"}
    assert speakers == {"斯克利亚尔"}, found


def test_who_chairs_or_attends_and_says_something_meanwhile_speaks():
    # xwlb-20231226-01: 蔡奇|在|主持|会议|时|说 — chair and speaker (as the dev set's 总书记|在|主持|会议|时|强调)
    text = "中央政治局召开民主生活会。蔡奇在主持会议时说，要深入学习贯彻党的二十大精神。"
    found = labelled(analysis(text, [("Agency", "中央政治局"), ("Person", "蔡奇")], date="2023-12-26"))
    assert any({("chair", "蔡奇"), ("speaker", "蔡奇")} <= args for _, args in found), found
    # xwlb-20230428-13: 绍伊古|…|在|…|新德里|出席|上海合作组织成员国国防部长会议|时|表示 — he speaks there
    text = "俄罗斯国防部长绍伊古今天在印度首都新德里出席上海合作组织成员国国防部长会议时表示，俄方愿加强合作。"
    names = [("Place", "俄罗斯"), ("Person", "绍伊古"), ("Place", "印度"), ("Place", "新德里"), ("Agency", "上海合作组织")]
    found = labelled(analysis(text, names, date="2023-04-28"))
    assert any(("speaker", "绍伊古") in args for _, args in found), found
    # not who says something after another does (主持|会议|时|，|李强|表示: the chair is not said to speak)
    text = "中央政治局召开民主生活会，蔡奇主持会议时，李强表示，要深入学习。"
    found = labelled(analysis(text, [("Agency", "中央政治局"), ("Person", "蔡奇"), ("Person", "李强")], date="2023-12-26"))
    assert not any(("speaker", "蔡奇") in args for _, args in found), found

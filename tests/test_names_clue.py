"""Names of Sina's news of all kinds (issue 19: the CLUENER measure).  Sentences of CLUENER's public
train split (finance, sport, games: short, often cut mid-sentence), and of xwlb-2023 where the class
occurs there, copied as literals."""
import kgraph
from kgraph.extraction.candidates import Candidate
from kgraph.extraction.proposers import speakers
from kgraph.extraction.repair import fields_joined, repair

from .test_names import _analysis


def _found(sentence: str) -> dict[str, set[str]]:
    """Each type -> the mentions written of it."""
    found: dict[str, set[str]] = {}
    for entity in kgraph.extract_text(sentence).entities:
        found.setdefault(entity.type, set()).update(m.text for m in entity.mentions if m.text)
    return found


def _labels(sentence: str, type_: str) -> set[str]:
    return {e.label for e in kgraph.extract_text(sentence).entities if e.type == type_}


# ---------------------------------------------------------------- a speaker before a colon

def test_a_name_opening_a_line_before_a_colon_speaks():
    # the model: 姜山/LOC (a place it guessed), 金石/PER|开/v (the name cut)
    found = _found("姜山：汉堡最近很是糟糕，上轮做客汉诺威更是3球惨败，不过他们本周中没有欧战任务，")
    assert "姜山" in found["Person"] and "姜山" not in found.get("Place", set())
    assert "金石开" in _found("金石开：建议关注一下做客维冈的米堡吧。联赛初期表现不错的米堡因为索斯盖特拿了一个8月最佳教练奖，")["Person"]


def test_a_name_opening_a_line_before_a_columnists_word_and_a_colon_speaks():
    # CLUENER train (Sina's football columns): the model reads 陆慧明/PER, 关/PER|小刀/n
    assert "陆慧明" in _found("陆慧明解盘：半一盘尤文恐负弱旅马拉加客场不败")["Person"]
    assert "关小刀" in _found("关小刀火线解盘：霍芬海姆取连胜维拉主场奏凯歌")["Person"]
    # the proposer alone; a word of the match with no name before it gives none (澳彩|初盘：)
    an = _analysis(("陆慧明", "PER"), ("解盘", "v"), ("：", "w"), ("半一盘", "m"))
    assert [(c.type, an.text[c.start:c.end]) for c in speakers(an)] == [("Person", "陆慧明")]
    assert not speakers(_analysis(("澳彩", "ORG"), ("初盘", "n"), ("：", "w"), ("平半", "n")))


def test_a_place_or_a_word_before_a_colon_is_no_speaker():
    # xwlb-2023 headlines: a province's news, a poll's
    assert not _found("宁夏：推进大项目建设补短板增动能").get("Person")
    assert not _found("民调：美超七成受访者认为经济正恶化").get("Person")


def test_the_speakers_alone():
    an = _analysis(("姜山", "LOC"), ("：", "w"), ("汉堡", "n"), ("最近", "TIME"), ("很", "d"), ("糟糕", "a"))
    assert [(c.type, an.text[c.start:c.end]) for c in speakers(an)] == [("Person", "姜山")]
    # not where the model read no name there, nor past the line's start
    assert not speakers(_analysis(("姜山", "n"), ("：", "w"), ("汉堡", "n")))
    assert not speakers(_analysis(("他", "r"), ("说", "v"), ("姜山", "PER"), ("：", "w"), ("好", "a")))


# ---------------------------------------------------------------- people the stages dropped

def test_a_name_after_the_head_of_an_administration():
    # jieba: 副署|长孙|寿山 (长孙 a compound surname): the name cut out of words, but after a title
    assert "孙寿山" in _found("新闻出版总署副署长孙寿山曾表示，新闻出版总署在推动产业升级和发展的同时，")["Person"]


def test_a_person_in_whose_hands_something_is():
    # 在 before a foreign name reads a place (在|巴赫穆特); 手里 after it reads a person
    found = _found("然而，这所有的决定权都在伯南克手里，如果他政策有所动摇，那么这些盈利债券基金都将遭遇滑铁卢。")
    assert "伯南克" in found["Person"] and "伯南克" not in found.get("Place", set())


# ---------------------------------------------------------------- organisations

def test_a_regulators_short_name_is_no_person():
    # jieba tags 银监会 nr: the model's organisation was read as a surname and a given name
    sentence = "信用卡挂失属于市场调节价范畴，通常由各商业银行总行制定调整，并向银监会报备，符合要求的调整，"
    assert "中国银行业监督管理委员会" in _labels(sentence, "Agency") and not _labels(sentence, "Person")


def test_the_deputys_mark_of_a_title_is_no_part_of_the_body():
    found = _found("全国人大副委员长蒋正华指出，2010年，我国粗钢总产量达到6.3亿吨，钢材的总产量接近8亿吨，")
    assert "全国人大" in found["Agency"] and "全国人大副" not in found["Agency"]
    # the repair alone: 全国人大副/ORG|委员长
    an = _analysis(("全国人大副", "ORG"), ("委员长", "n"), ("蒋正华", "PER"), ("指出", "v"))
    assert [an.text[r.start:r.end] for r in repair(an, Candidate(0, 5, "Agency", "model"))] == ["全国人大"]
    # the same with 副会长; and a body read whole before its head's title stays whole
    an = _analysis(("中国国际商会副", "ORG"), ("会长", "n"))
    assert [an.text[r.start:r.end] for r in repair(an, Candidate(0, 7, "Agency", "model"))] == ["中国国际商会"]
    an = _analysis(("全国人大", "ORG"), ("委员长", "n"))
    assert [an.text[r.start:r.end] for r in repair(an, Candidate(0, 4, "Agency", "model"))] == ["全国人大"]


def test_a_company_by_its_trade_is_no_name():
    found = _found("并表示中国银行拟收购一家信托公司，希望通过中国信托业协会了解信托行业及信托公司的相关情况。")
    assert "信托公司" not in found["Agency"] and "中国信托业协会" in found["Agency"]
    assert "博彩公司" not in _found("而现在博彩公司开出的实际盘口形势为切沃主场让平半190中低水，").get("Agency", set())


def test_in_whose_time():
    assert "穆里尼奥" in _found("即使在穆里尼奥的时代，从伦敦北上的比赛也不好打，尤其是阿勒代斯指挥的博尔顿“把两辆大巴开到球门口”")["Person"]


def test_words_of_the_news_are_no_speakers_nor_people():
    # xwlb-20231001-06's headline: a street interview
    assert not _found("海采：这个假期去哪儿？看什么？").get("Person")
    # midweek
    assert _found("周中在国家队比赛中受伤的波多尔斯基有望伤愈，不过首发几率仍然不大；")["Person"] == {"波多尔斯基"}


# ---------------------------------------------------------------- teams by the words of a match

def test_a_club_by_the_words_of_a_match_is_a_team():
    # vs between two clubs; a match's word after the name (上轮主场), in each mention of the article
    found = _found("5.米德尔vs博尔顿从目前的数据收集情况分析而言，主队不败的痕迹也是较为明显的，首先，")
    assert {"米德尔", "博尔顿"} <= found["Agency"] and not found.get("Person")
    found = _found("斯托克上轮主场就曾反诱西布朗，本场比赛斯托克至少还能保持不败。推荐：31")
    assert "斯托克" in found["Agency"] and "斯托克" not in found.get("Person", set())


def test_a_club_in_a_sentence_of_the_odds_is_a_team():
    found = _found("澳彩开出主让平半2.08水的盘口，而欧赔只支持平手主队低水。雷吉纳上周客胜乌迪内斯，")
    assert "雷吉纳" in found["Agency"] and not found.get("Person")


def test_players_stay_people():
    # no odds, no match's word right at the name: the players of a club
    found = _found("欧冠中4比0大胜波尔图来得十分酣畅淋漓，阿德巴约和范佩西已经联手在各项赛事中打入11球，")
    assert {"阿德巴约", "范佩西"} <= found["Person"]
    # 让球队 is no odds' word (让|球队)
    assert "瓜迪奥拉" in _found("巴萨进来状态神勇，攻击力让人恐怖。瓜迪奥拉的轮换打法让球队找到了获胜的节奏。")["Person"]
    # after a title, a coach: 主教练|莫耶斯
    assert "莫耶斯" in _found("主教练莫耶斯主场作战时从不保守。")["Person"]


def test_a_boss_by_the_surname_is_nobody_named():
    found = _found("中信地产营销管理部副总经理梁丽红，梁总以及中信地产高级策划经理舒畅，舒总。首先请两位跟网友打个招呼！")
    assert found["Person"] == {"梁丽红"}


def test_services_and_administrations_on_the_white_list():
    # the model: 海上/s|自卫队/n, 新闻/n|出版/vn|总署/n
    assert "海上自卫队" in _found("该护卫舰排水量约10950吨、全长约248米，堪称海上自卫队最大级别的舰艇。")["Agency"]
    assert "新闻出版总署" in _found("内容的失实报道，监管部门已经给予关注，并已提请新闻出版总署查处。")["Agency"]


# ---------------------------------------------------------------- fields joined inside one name

def test_fields_joined_inside_one_name():
    # the model: 上海市规划与/ORG|国土资源管理局/ORG (CLUENER train)
    assert "上海市规划与国土资源管理局" in _found(
        "7月31日，在上海市规划与国土资源管理局（下称上海市规划局）召开的新闻通气会上，")["Agency"]
    # xwlb-20230206-10: once only 中国 (the name a clause by its conjunction)
    assert "中国物流与采购联合会" in _found(
        "记者今天（2月6日）从中国物流与采购联合会了解到，2022年物流业总体实现平稳运行，")["Agency"]
    # xwlb-20231020-11: a committee of the NPC
    assert "全国人大监察和司法委员会" in _found(
        "会议听取了全国人大监察和司法委员会主任委员杨晓超、财政经济委员会主任委员钟山分别作的报告。")["Agency"]


def test_two_bodies_joined_stay_two():
    found = _found("由中央广播电视总台和国家文物局联合摄制的大型系列纪录片《寻古中国·云梦记》，今晚（9月11日）起在央视综合频道播出，")
    assert {"中央广播电视总台", "国家文物局"} <= found["Agency"]
    found = _found("中国人民银行、国家金融监督管理总局、中国证监会和国家外汇管理局等部门负责人表示，")
    assert {"中国证监会", "国家外汇管理局"} <= found["Agency"]


def test_fields_joined_alone():
    assert fields_joined("上海市规划与国土资源管理局", 5) and fields_joined("中国物流与采购联合会", 4)
    # a body, a place, a title or a list before the conjunction; a body of the dictionary after it
    assert not fields_joined("中央广播电视总台与国际皮划艇联合会", 8)
    assert not fields_joined("中国与新开发银行", 2)
    assert not fields_joined("全国政协委员和自治区政协", 6)
    assert not fields_joined("伊朗工业、矿业和贸易部", 7)
    assert not fields_joined("中国证监会和国家外汇管理局", 5)


# ---------------------------------------------------------------- a count before a name

def test_a_count_of_a_persons_works_or_of_how_often_is_no_count_of_the_name():
    assert "黄胄" in _found("有三件黄胄的作品以千万元的价格成交，北京保利拍卖有限公司上拍的黄胄1976年创作的作品《")["Person"]
    assert "周迅" in _found("而下月初，又一部周迅电影《女人不坏》要跟观众见面。")["Person"]
    assert "伯南克" in _found("其实，联储还有其他技巧，大家可以回想一下伯南克2002年11月的讲话。")["Person"]
    # xwlb-20230123-02: the lanterns counted, 唐风 their style
    assert not _found("在河北唐山，近百架唐风灯笼装扮河头老街，千米唐灯璀璨明亮，").get("Person")


def test_a_countrys_body_of_fields_joined_ends_in_its_head_whatever_its_tag():
    # jieba: 印度|国防|研究|与|发展局/l; the model: 发展局/ORG alone
    found = _found("在16日进行的首度试飞中坠毁。据《印度防务》11月17日报道，印度国防研究与发展局的官员表示，")
    assert "印度国防研究与发展局" in found["Agency"] and "发展局" not in found["Agency"]


# ---------------------------------------------------------------- names in Latin letters

def _people_found(*tagged) -> set[str]:
    from .test_names import _candidates
    return {name for name, type_ in _candidates(*tagged) if type_ == "Person"}


def test_a_name_in_latin_letters_after_a_title_or_a_role_or_before_a_persons_verb():
    # CLUENER train: the model reads the name PER; a role before it, 这样表示 or 的原著 after it says it is a person's
    assert "KenRolston" in _found("游戏的设计者是《上古卷轴：湮灭》的设计师KenRolston，")["Person"]
    assert "BenBell" in _found("并秀出你的创造物。”《模拟人生3》执行制作人BenBell这样表示。“")["Person"]
    assert "LewisCarroll" in _found("世上或许有两个人并不那么喜欢LewisCarroll的原著小说《爱丽斯梦游奇境》(")["Person"]


def test_a_bare_word_in_latin_letters_is_no_person():
    # a company the model may read as a person (CLUENER train): nothing around it says it is a person's
    assert not _found("Software是世界上最优秀的游戏开发团队之一，作品有《异形》、《光环》、《").get("Person")
    # the proposer alone: the same word after a role is a name, before a common verb none
    assert _people_found(("设计师", "n"), ("KenRolston", "PER"), ("，", "w")) == {"KenRolston"}
    assert not _people_found(("KenRolston", "PER"), ("更胜一筹", "v"), ("，", "w"))
    # an initialism after a role is none all the same
    assert not _people_found(("设计师", "n"), ("WCG", "PER"), ("，", "w"))


def test_a_persons_name_spelt_in_latin_letters_in_brackets_after_it_is_the_person():
    # CLUENER train (Sina's football, the arts): one person, the Latin spelling an alias of the name
    for sentence, name, spelt in (("英足总认定主裁判阿特金森（martinatkinson）是米老鼠，", "阿特金森", "martinatkinson"),
                                  ("已故的西格玛·珀尔克（sigmarpolke）", "西格玛·珀尔克", "sigmarpolke")):
        people = [e for e in kgraph.extract_text(sentence).entities if e.type == "Person"]
        assert [(e.label, sorted(m.text for m in e.mentions)) for e in people] == [(name, sorted((name, spelt)))]
    # the proposer alone; an initialism in brackets after a body is no one (xwlb-2023: 国际货币基金组织（IMF）)
    assert _people_found(("阿特金森", "PER"), ("（", "w"), ("martinatkinson", "nz"), ("）", "w")) == {
        "阿特金森", "martinatkinson"}
    assert not _found("国际货币基金组织（IMF）日前发布报告。").get("Person")


# ---------------------------------------------------------------- a country's armed service

def test_a_countrys_one_character_name_and_its_service():
    # xwlb-2023 (jieba: 乌|空军, 以|空军): Ukraine's air force, Israel's, not the white list's 空军 (China's)
    for sentence, service in (("乌方22日称，乌空军对俄方人员、装备集中区域进行打击。", "乌克兰空军"),
                              ("以色列国防军今天表示，过去一天，以空军袭击了加沙地带约300个目标。", "以色列空军")):
        assert service in _labels(sentence, "Agency") and "空军" not in _labels(sentence, "Agency")
    # China's own (xwlb-2023): no country's character before it
    assert "空军" in _labels("仲夏时节，空军某机场战机轰鸣，数架轰-6K依次滑出。", "Agency")


def test_the_white_lists_service_after_a_countrys_character_alone():
    from kgraph.extraction.proposers import known_names
    def known(*tagged):
        an = _analysis(*tagged)
        return {an.text[c.start:c.end] for c in known_names(an) if c.type == "Agency"}
    # the segmenter reads 乌 alone; the article names Ukraine's side
    assert known(("乌方", "n"), ("称", "v"), ("，", "w"), ("乌", "n"), ("空军", "n"), ("对", "p")) == {"乌空军"}
    # not where the article names no such country: 以 is a preposition
    assert known(("部队", "n"), ("以", "p"), ("空军", "n"), ("为主", "v")) == {"空军"}


# ---------------------------------------------------------------- a body completed up to a verb

def test_a_country_and_a_phrase_up_to_a_verb_is_no_body():
    # xwlb-2023 (the model: 叙利亚/LOC|关系|有所/v|缓和): 有所 only looks like a head (所) after the country's phrase
    for sentence in ("近年来，阿拉伯国家与叙利亚关系有所缓和，多国呼吁阿盟恢复叙利亚成员国资格。",
                     "报告说，意大利通胀率有所下降，但银行利率高企、国内需求疲软。"):
        assert not any(label.endswith("有所") for label in _labels(sentence, "Agency"))
    # CLUENER train, a division's phrase the same way
    sentence = "据北京伟嘉安捷提供的数据显示，与1月份同期相比，2月份前半个月的北京房贷市场交易量有所上升，"
    assert not any(label.endswith("有所") for label in _labels(sentence, "Agency"))
    # the repair alone: the country stays a place; a country and a body's name after it is the body
    from kgraph.extraction.repair import country_organisation
    text = "叙利亚关系有所缓和"
    assert [(c.type, text[c.start:c.end]) for c in country_organisation(text, Candidate(0, 3, "Place", "model"))] == [
        ("Place", "叙利亚")]
    text = "巴西代表团抵达"
    assert [(c.type, text[c.start:c.end]) for c in country_organisation(text, Candidate(0, 2, "Place", "model"))] == [
        ("Agency", "巴西代表团")]


# ---------------------------------------------------------------- a name right after its country

def test_a_name_right_after_a_country_with_nothing_of_a_person_is_a_place_or_none():
    # xwlb-2023: a city of France (the model: 梅斯/PER); smoke of Canada's fires, no one
    assert "梅斯" in _found("第十届国际残疾人职业技能竞赛25日在法国梅斯落下帷幕。").get("Place", set())
    assert not _found("21日，加拿大林火烟霾继续影响美国多地，其中美国西海岸加利福尼亚州受影响最为严重。").get("Person")
    # CLUENER train: a place of India the model read as a person's
    sentence = "中美印三国联合军事演习地点在印度阿拉比娜（音），在新德里以南"
    assert "阿拉比娜" not in _found(sentence).get("Person", set())


def test_a_person_right_after_a_country_stays_one_where_a_rank_or_a_title_says_so():
    # xwlb-2023: 将军 after the name
    sentence = "央视网消息（新闻联播）：8月29日，国家主席习近平复信美国史迪威将军外孙约翰·伊斯特布鲁克。"
    assert "史迪威" in _found(sentence)["Person"]
    # the proposer alone: a title after it (a foreign leader), a Chinese name (a table of results)
    assert _people_found(("伊朗", "LOC"), ("莱希", "PER"), ("总统", "n"), ("表示", "v")) == {"莱希"}
    assert _people_found(("中国", "LOC"), ("王楚钦", "PER"), ("3", "m"), ("比", "p"), ("0", "m")) == {"王楚钦"}
    assert not _people_found(("法国", "LOC"), ("梅斯", "PER"), ("落下帷幕", "v"))


# ---------------------------------------------------------------- 致, the verb of a message

def test_the_verb_of_sending_a_message_is_no_part_of_the_name_before_it():
    # xwlb-2023 (jieba: 莫迪致|慰问电, 曼菲致|慰问电): the leader, then 致
    found = _found("央视网消息（新闻联播）：6月3日，国家主席习近平就印度奥里萨邦列车脱轨相撞事故，造成重大人员伤亡"
                   "分别向印度总统穆尔穆、总理莫迪致慰问电。")["Person"]
    assert "莫迪" in found and "莫迪致" not in found
    found = _found("央视网消息（新闻联播）：9月12日，国家主席习近平就利比亚飓风灾害向利比亚总统委员会主席曼菲致慰问电。")["Person"]
    assert "曼菲" in found and "曼菲致" not in found
    # the repair alone (a name the segmenter reads whole before no message stays whole: test_names, 罗豪|才|主持)
    an = _analysis(("总理", "n"), ("莫迪", "PER"), ("致", "v"), ("慰问电", "n"), ("。", "w"))
    assert [an.text[r.start:r.end] for r in repair(an, Candidate(2, 4, "Person", "model"))] == ["莫迪"]

from kgraph import Source
from kgraph.ingest import page_publisher, parse_credits, split_documents

from .conftest import SAMPLE


def _credits(text):
    return [(r.name, r.role, r.organization, r.station) for r in parse_credits(text, 0)]


def test_bylines_of_several_papers():
    assert _credits("通讯员 喻叶 蒋海星") == [("喻叶", "通讯员", None, None), ("蒋海星", "通讯员", None, None)]
    assert _credits("记者余海艳 通讯员吴卫东 辛素云") == [
        ("余海艳", "记者", None, None), ("吴卫东", "通讯员", None, None), ("辛素云", "通讯员", None, None)]
    assert _credits("荆州日报签约摄影师倪隆广 通讯员 王友生 摄") == [
        ("倪隆广", "签约摄影师", "荆州日报", None), ("王友生", "通讯员", None, None)]
    assert _credits("驻荆州经开区记者黄思明 通讯员唐加旭") == [
        ("黄思明", "记者", None, "荆州经开区"), ("唐加旭", "通讯员", None, None)]
    assert _credits("本报记者 张文涛 实习生 李梦") == [("张文涛", "本报记者", None, None), ("李梦", "实习生", None, None)]
    assert _credits("记者 王晓东、刘畅") == [("王晓东", "记者", None, None), ("刘畅", "记者", None, None)]


def test_page_splits_into_articles_with_titles_and_bylines():
    text = SAMPLE.read_text(encoding="utf-8")
    docs = split_documents(Source("p", text, "p.txt"))
    assert len(docs) == 10
    titles = [d.title for d in docs]
    assert titles[0] == "朝阳街道东苑社区：“四步探索”绘就共同缔造幸福景"
    assert "帮扶车间 助农增收" in titles
    assert "松滋市公安局举行退赃大会" in titles
    photo = docs[titles.index("帮扶车间 助农增收")]
    assert [r.name for r in photo.reporters] == ["倪隆广", "王友生"]
    for doc in docs:
        for r in doc.reporters:
            assert text[r.start:r.end] == r.name
        for offset, source_offset, length in doc.pieces:
            assert doc.text[offset:offset + length] == text[source_offset:source_offset + length]


def test_broken_lines_are_rejoined_but_headlines_are_not():
    text = ("松滋市公安局举行退赃大会\n\n本报讯(记者张明金)面对证据,谢\n\n某低头认罪。"
            "荆州区成立区“小个\n\n专”党建工作领导小组。\n\n下一篇标题\n\n本报讯(记者王凯)正文。\n")
    docs = split_documents(Source("t", text, "t.txt"))
    assert [d.title for d in docs] == ["松滋市公安局举行退赃大会", "下一篇标题"]
    assert "谢某低头认罪" in docs[0].text
    assert "“小个专”党建" in docs[0].text
    assert "下一篇标题" not in docs[0].text
    start = docs[0].text.index("谢某")
    assert docs[0].source_span(start, start + 2) == (text.index("谢"), text.index("某") + 1)


def test_jsonl_record_is_one_article():
    source = Source("r1", "标题一\n\n正文一。\n\n标题二\n\n本报讯(记者王凯)正文二。", "x.jsonl:1",
                    title="给定标题", single_article=True)
    [doc] = split_documents(source)
    assert doc.id == "r1" and doc.title == "给定标题"


def test_editorial_credit_lines_are_credits_not_an_article():
    # written after the close of county papers' web pages: the paper's staff by role, with
    # the review levels (一审/二审/三审); the shared corpus holds no such page
    page = ("县委书记王德顺到城关镇调研\n\n本报讯 11月20日，县委书记王德顺到城关镇调研基层治理工作。\n\n"
            "编辑：刘小红 校对：陈明\n一审：张建国 二审：李红梅 三审：周强\n责编：吴芳\n")
    docs = split_documents(Source("p", page, "p.txt"))
    assert len(docs) == 1 and "编辑" not in docs[0].text and "一审" not in docs[0].text
    assert [(r.name, r.role) for r in docs[0].reporters] == [
        ("刘小红", "编辑"), ("陈明", "校对"), ("张建国", "一审"), ("李红梅", "二审"), ("周强", "三审"), ("吴芳", "责编")]
    for reporter in docs[0].reporters:  # offsets point at the names in the page
        assert page[reporter.start:reporter.end] == reporter.name
    # a sentence that starts with a role is still body text
    docs = split_documents(Source("q", "标题\n\n编辑部的同志们说，今年的工作很扎实。\n", "q.txt"))
    assert "编辑部" in docs[0].text


def test_editorial_staff_are_credited_people_end_to_end():
    import kgraph

    page = ("县委书记王德顺到城关镇调研\n\n本报讯 11月20日，县委书记王德顺到城关镇调研基层治理工作。\n\n"
            "一审：张建国 二审：李红梅 三审：周强\n")
    people = {e.label: (e.prop("role"), e.prop("credit")) for e in kgraph.extract_text(page).entities
              if e.type == "Person"}
    assert people == {"王德顺": ("official", None), "张建国": ("journalist", "一审"),
                      "李红梅": ("journalist", "二审"), "周强": ("journalist", "三审")}


# A page copied from a county government's website, as users paste it: a breadcrumb, each
# article's header fields, and the site's buttons.  Written after the layout of county sites
# (the shared corpus holds no such page); the stories are invented local news.
WEBSITE_PAGE = """当前位置：首页 > 新闻中心 > 乡镇动态

永安镇召开2023年度农村人居环境整治推进会

发布时间：2023-04-18 09:32  来源：石泉县人民政府  作者：王晓东  浏览次数：126  【字体：大 中 小】

4月17日上午，永安镇召开2023年度农村人居环境整治推进会。镇党委书记刘建国出席会议并讲话，镇长陈丽主持会议。

打印本页  关闭窗口

县委书记张宏伟到后柳镇调研防汛工作

发布时间：2023-04-20 16:05  来源：石泉县融媒体中心

4月19日，县委书记张宏伟到后柳镇中坝村调研防汛工作。县委常委、办公室主任李明陪同调研。

【打印】【关闭】
上一篇：县政府召开常务会议
下一篇：全县春季植树造林工作有序推进
"""


def test_a_website_articles_header_fields_and_furniture_are_no_text():
    docs = split_documents(Source("w", WEBSITE_PAGE, "w.txt"))
    assert [d.title for d in docs] == ["永安镇召开2023年度农村人居环境整治推进会", "县委书记张宏伟到后柳镇调研防汛工作"]
    for doc in docs:
        for word in ("当前位置", "发布时间", "来源", "浏览次数", "打印", "关闭", "上一篇", "县政府召开常务会议"):
            assert word not in doc.text, word
    assert [(r.name, r.role) for r in docs[0].reporters] == [("王晓东", "作者")]
    assert WEBSITE_PAGE[docs[0].reporters[0].start:docs[0].reporters[0].end] == "王晓东"
    assert docs[1].reporters == ()


def test_header_fields_are_short_values_never_sentences():
    from kgraph.ingest import header_fields

    fields = header_fields("发布时间：2023-04-20 16:05  来源：石泉县融媒体中心")
    assert [(f.kind, f.value) for f in fields] == [("date", "2023-04-20 16:05"), ("source", "石泉县融媒体中心")]
    assert header_fields("打印本页  关闭窗口") == []  # furniture: no field
    # an interview's question and a sentence that opens with a label are text
    assert header_fields("记者：你们今年有什么打算？") is None
    assert header_fields("来源：国家统计局数据显示，一季度全县生产总值增长5%。") is None
    assert header_fields("记者：王晓东、刘畅") is not None
    docs = split_documents(Source("q", "标题\n\n记者：你们今年有什么打算？\n\n张某：我们要把路修好。\n", "q.txt"))
    assert "你们今年有什么打算" in docs[0].text


def test_each_article_of_a_website_page_has_its_own_date_and_the_publisher_says_where():
    import kgraph

    result = kgraph.extract_text(WEBSITE_PAGE)
    assert [(d.date, d.date_source) for d in result.documents] == [("2023-04-18", "page"), ("2023-04-20", "page")]
    # 来源：石泉县人民政府 puts the page in 石泉县: 县委 is 石泉县委, and a post is dated by its article
    labels = {e.id: e.label for e in result.entities}
    posts = {(labels[r.subject], labels[r.object], r.prop("first_seen")) for r in result.relations
             if r.predicate == "holdsPost"}
    assert ("张宏伟", "石泉县委", "2023-04-20") in posts
    assert ("刘建国", "永安镇党委", "2023-04-18") in posts
    assert "王晓东" in {e.label for e in result.entities if e.type == "Person"}


# A county paper's page as pasted (invented local news, after the layout of county papers): the
# masthead, a byline line with no bullet, and a bracketed editor's credit.
COUNTY_PAPER_PAGE = """安吉新闻  2023年6月8日 星期四

县四套班子领导带队开展“三服务”活动

本报讯（记者 潘丽娟 通讯员 钱伟）6月7日，县委书记陈国强，县委副书记、县长王志远分别带队深入企业开展“三服务”活动。

在递铺街道，陈国强一行走访了安吉县人民医院新院区建设项目。

县法院召开党风廉政建设工作会议

本报讯（通讯员 章敏）6月6日，县法院召开党风廉政建设工作会议。

孝丰镇：垃圾分类激活基层治理

本报记者 许晨

走进孝丰镇横柏村，道路干净整洁。镇党委副书记、镇长李雪梅介绍，全镇已有1.2万户农户参与。

(编辑：刘小红)
"""


def test_a_masthead_is_no_headline_and_credit_lines_need_no_bullet():
    docs = split_documents(Source("c", COUNTY_PAPER_PAGE, "c.txt"))
    assert [d.title for d in docs] == [
        "县四套班子领导带队开展“三服务”活动", "县法院召开党风廉政建设工作会议", "孝丰镇：垃圾分类激活基层治理"]
    assert "安吉新闻" not in docs[0].text
    assert [(r.name, r.role) for r in docs[2].reporters] == [("许晨", "本报记者"), ("刘小红", "编辑")]
    assert "许晨" not in docs[2].text and "刘小红" not in docs[2].text
    # a headline that opens with a role word is still a headline: no surname follows it
    docs = split_documents(Source("h", "摄影作品展\n\n全县摄影爱好者的作品在文化馆展出。\n", "h.txt"))
    assert docs[0].title == "摄影作品展" and docs[0].reporters == ()


def test_a_county_papers_masthead_puts_the_page_in_its_county():
    import kgraph

    result = kgraph.extract_text(COUNTY_PAPER_PAGE)
    labels = {e.id: e.label for e in result.entities}
    # 安吉新闻 is the paper of 安吉县 (the page names 安吉县人民医院 too): 县法院 in the second
    # article, which names no county, is 安吉县人民法院
    assert "安吉县人民法院" in labels.values()
    posts = {(labels[r.subject], labels[r.object]) for r in result.relations if r.predicate == "holdsPost"}
    assert ("陈国强", "安吉县委") in posts and ("王志远", "安吉县人民政府") in posts
    assert [d.date for d in result.documents] == ["2023-06-08"] * 3


# An article as a city's public account posts it (invented, after their layout): the account's
# notes, the fields after the text, and links to earlier articles whose titles are no text.
ACCOUNT_POST = """点击上方蓝字 关注我们

市委常委会召开会议 研究部署防汛救灾工作

7月30日下午，市委书记赵立新主持召开市委常委会会议，研究部署我市防汛救灾工作。

会议强调，各县（市、区）、各部门要始终把人民群众生命安全放在首位。

来源：邢台日报
编辑：王娜
审核：张伟
监制：刘强

往期推荐
▶ 我市召开全市经济工作会议
▶ 市长孙红梅到南和区调研

长按识别二维码关注我们
"""


def test_an_accounts_notes_trailing_fields_and_linked_titles_are_no_article():
    [doc] = split_documents(Source("a", ACCOUNT_POST, "a.txt"))
    assert doc.title == "市委常委会召开会议 研究部署防汛救灾工作"
    for word in ("关注我们", "来源", "往期推荐", "全市经济工作会议", "孙红梅", "二维码"):
        assert word not in doc.text, word
    assert [(r.name, r.role) for r in doc.reporters] == [("王娜", "编辑"), ("张伟", "审核"), ("刘强", "监制")]


def test_trailing_fields_date_their_own_article():
    import kgraph

    page = ("县委召开常委会会议\n\n4月17日，县委召开常委会会议。\n\n发布时间：2023-04-18  来源：石泉县融媒体中心\n\n"
            "县政府召开常务会议\n\n4月19日，县政府召开常务会议。\n\n发布时间：2023-04-20  来源：石泉县融媒体中心\n")
    result = kgraph.extract_text(page)
    assert [(d.title, d.date) for d in result.documents] == [
        ("县委召开常委会会议", "2023-04-18"), ("县政府召开常务会议", "2023-04-20")]


def test_a_page_head_and_the_layout_staff_are_no_article():
    # a page's head with its page and section, and the staff of its layout (版式设计) in the credits
    page = ("2023年6月8日 星期四 第3版 要闻\n\n全县新增市场主体2000余户\n\n"
            "本报讯 今年以来，县市场监管局深化商事制度改革，全县新增市场主体2000余户。\n\n"
            "责任编辑：李明 版式设计：周丽 校对：王芳\n")
    [doc] = split_documents(Source("p", page, "p.txt"))
    assert doc.title == "全县新增市场主体2000余户"
    assert [(r.name, r.role) for r in doc.reporters] == [("李明", "责任编辑"), ("周丽", "版式设计"), ("王芳", "校对")]


def test_a_column_of_dated_briefs_splits_into_its_items():
    # a county paper's 要闻简报 (a public page of 长子县's paper, 2023): each ◆ paragraph is its own news
    # item with its own day; one item's people must not join the meeting of the item before it
    text = ("要闻简报\n"
            "◆9月23日,我县在政府二楼会议室召开巩固衔接重点工作调度会。副县长李晋平出席,各乡镇(服务中心)及县直相关单位分管负责人参加会议。\n"
            "◆9月27日,全市安委会第五次全体(扩大)会议暨中秋国庆假期安全防范工作会议召开。副县长张树军在政府五楼会议室收听收看。\n"
            "◆在中秋、国庆“两节”即将到来之际,9月27日,县政协组织部分侨胞侨属开展“迎中秋 庆国庆 话发展”联谊活动。县政协副主席范建宏参加。\n")
    docs = split_documents(Source("p", text, "p.txt"))
    assert len(docs) == 3
    assert docs[0].title == "要闻简报" and "李晋平" in docs[0].text and "张树军" not in docs[0].text
    assert "范建宏" in docs[2].text and "安委会" not in docs[2].text
    for doc in docs:  # each item's text still maps back to the page
        start, source_start, span = doc.pieces[0]
        assert text[source_start:source_start + span] == doc.text[start:start + span]


def test_points_of_one_story_marked_alike_stay_one_story():
    # ◆ before each point of one story carries no day of its own: no column of briefs
    text = ("我县推进营商环境优化\n"
            "本报讯（记者 王敏）3月5日，我县召开优化营商环境工作会议，部署三项重点工作。\n"
            "◆完善审批机制，压缩办理时限。\n"
            "◆强化要素保障，解决企业用工难题。\n")
    docs = split_documents(Source("p", text, "p.txt"))
    assert len(docs) == 1 and "强化要素保障" in docs[0].text


def test_a_byline_may_name_its_medium_first():
    # a city paper's site (周口日报, 2023): the line under the headline credits its reporter
    text = "“村警”机智擒逃犯\n\n周口日报全媒体记者 任富强\n\n8月21日,胡集派出所“村警”郭辉外出办事,返乡途中协助民警成功抓获一名外省网上逃犯。\n"
    docs = split_documents(Source("p", text, "p.txt"))
    assert [(r.name, r.role, r.organization) for r in docs[0].reporters] == [("任富强", "全媒体记者", "周口日报")]
    assert "任富强" not in docs[0].text


def test_a_field_the_data_does_not_list_ends_the_value_before_it():
    # a development zone's site (2022): 来源:如东日报 发布开发区:江苏如东经济开发区 — the source is 如东日报
    from kgraph.ingest import header_fields
    fields = header_fields("发布时间:2022-11-08 来源:如东日报 发布开发区:江苏如东经济开发区")
    assert [(f.kind, f.value) for f in fields] == [("date", "2022-11-08"), ("source", "如东日报")]


def test_a_government_sites_bars_section_and_catalogue_head_no_article():
    # a street office's 政府信息公开 page (恩平市恩城街道, 2021): the accessibility bar, the site's section
    # (the office's name and 政府信息公开) and the catalogue's fields (索引号, 成文日期, 文号, 主题词) are no
    # headline; the article's own headline is
    page = (" 无障碍    长者助手 我的收藏   收藏\n政府信息公开 规章库\n\n江门恩平市恩城街道办事处政府信息公开\n\n"
            "索引号: 11440785007078812F/2021-00004 分类:\n发布机构: 江门恩平市恩城街道办事处 成文日期: 2021-01-04\n"
            "文号: 发布日期: 2021-01-05\n主题词:\n【打印】 【字体:    \n\n西门社区开展美好家园“益”起建志愿服务活动\n\n"
            "发布日期:2021-01-05  浏览次数:-\n\n    二十余名党员、居民志愿者齐聚西门社区党群服务中心以实际行动维护家园。\n")
    [doc] = split_documents(Source("p", page, "p.txt"))
    assert doc.title == "西门社区开展美好家园“益”起建志愿服务活动"
    assert "恩城街道办事处政府" not in doc.text


def test_a_title_that_reports_on_disclosure_stays_a_headline():
    # 2023年政府信息公开工作年度报告: the section's words inside a headline of more words
    page = "2023年政府信息公开工作年度报告\n\n本报告根据《中华人民共和国政府信息公开条例》编制。\n"
    [doc] = split_documents(Source("p", page, "p.txt"))
    assert doc.title == "2023年政府信息公开工作年度报告"


def test_a_sites_own_dateline_ends_in_xun_and_credits_its_reporters():
    # 福州新闻网7月23日讯(福州晚报记者 陈木易 文/摄) (2021), 红网时刻新闻5月11日讯(通讯员 唐书东 何艳飞) (2023): the
    # credits are a byline's, not text (文/ had been read as a person)
    for line, names in (("福州新闻网7月23日讯(福州晚报记者 陈木易 文/摄)作为2021福州乡村振兴系列宣传活动之一,“媒体看福州乡村”日前正式启动。",
                         ["陈木易"]),
                        ("红网时刻新闻5月11日讯(通讯员 唐书东 何艳飞)上午八点,湖南省祁阳市七里桥镇“村村响”大喇叭准时响起。",
                         ["唐书东", "何艳飞"])):
        [doc] = split_documents(Source("p", "标题\n\n" + line + "\n", "p.txt"))
        assert [r.name for r in doc.reporters] == names
        assert "(" not in doc.text and "文/" not in doc.text


def test_a_sites_name_alone_over_the_headline_is_its_masthead():
    # 福州新闻网 (2021) over the headline, named again in its fields: the page's publisher, no headline
    page = ("福州新闻网\n\n“媒体看福州乡村”启动 媒体代表将带你逛遍40个村庄\n\n2021-07-23 10:34:44  来源:福州新闻网  作者:陈木易\n\n"
            "  福州新闻网7月23日讯(福州晚报记者 陈木易 文/摄)“媒体看福州乡村”日前正式启动。\n")
    [doc] = split_documents(Source("p", page, "p.txt"))
    assert doc.title == "“媒体看福州乡村”启动 媒体代表将带你逛遍40个村庄"
    assert page_publisher(page) == "福州新闻网"


def test_a_sites_footer_is_no_text():
    # a city media centre's site (高邮, 2014): the footer's ICP number had been read as a person (苏ICP)
    page = ("台组织“记者走基层岁末大行动”\n\n11月28日上午,台长刘定明、副台长陈冬梅率领广播电视记者编辑走进高邮镇新联社区。\n\n"
            "高邮市融媒体中心 版权所有 2025 Copyright GYRMT.CN 请用1920*1080分辨率浏览  苏ICP备05016021号\n")
    [doc] = split_documents(Source("p", page, "p.txt"))
    assert "ICP" not in doc.text and "版权所有" not in doc.text
    assert page_publisher(page) == "高邮市融媒体中心"  # the footer names who owns the site: the page's home


def test_a_forums_noise_lines_are_skipped_and_the_story_goes_on():
    # a county forum's copy of a story (射阳, 2017): lines of anti-copying noise between its paragraphs
    page = ("为迎接党的十九大胜利召开,10月17日,射阳县委统战部牵头举办“同心采风行·喜迎十九大”活动。\n"
            "1 \\8 v) ?. H( O9 L4 ~9 v5 H( O4 m+ Y\nl/ E& B3 b% P+ e2 T/ b1 X# |5 n\n"
            "本次活动邀请“印象射阳”等10余家网络新媒体有关负责人,走进“五个一”战略工程现场。\n")
    [doc] = split_documents(Source("p", page, "p.txt"))
    assert "H(" not in doc.text and "五个一" in doc.text and doc.title is None


def test_photo_captions_between_paragraphs_start_no_article():
    # a city portal's story (延吉, 2023): 活动现场 / 赠送盆栽 / 为新闻工作者代表们赠予花束 caption its photos
    page = ("日期:\n来源:延吉新闻网收集编辑:延吉新闻网\n"
            "在第二十四个中国记者节来临之际,延吉市公园街道的党员干部来到延吉市融媒体中心,共同开展主题活动。\n"
            "活动现场\n赠送盆栽\n为新闻工作者代表们赠予花束\n"
            "活动现场,街道人员详细了解融媒体中心建设发展、平台建设等情况,并为新闻工作者代表送上鲜花和绿植。\n")
    docs = split_documents(Source("p", page, "p.txt"))
    assert len(docs) == 1 and "送上鲜花" in docs[0].text
    assert page_publisher(page) == "延吉新闻网"


def test_a_datelines_medium_is_its_reporters_when_the_credit_names_none():
    # a paper's page (江南时报, 2024): 江南时报讯(记者 钱月明) — the reporter is the paper's
    [doc] = split_documents(Source("p", "标题\n\n江南时报讯(记者 钱月明) 日前,采访行动在南通市海门区海门街道正式启动。\n", "p.txt"))
    assert [(r.name, r.role, r.organization) for r in doc.reporters] == [("钱月明", "记者", "江南时报")]


def test_a_linked_storys_teaser_is_no_text():
    # a city portal (涡阳新闻, 2017): 新闻推荐 / a linked story's title / its teaser cut short
    page = ("美丽乡村上了央视\n\n安徽日报农村版 2017-11-28 10:59 大字\n\n"
            "上月末,丹城镇白果村迎来了央视新闻联播节目组,他们要对丹城白果村的美丽乡村建设情况进行报道。\n\n新闻推荐\n\n组织生活内容丰富\n\n"
            "为加强基层党组织标准化建设,涡阳县曹市镇日前召开专题会议,着力提升基层党组织凝聚力和战斗力。该镇一是坚持“讲重作”专题警示教育...\n")
    docs = split_documents(Source("p", page, "p.txt"))
    assert len(docs) == 1 and "曹市镇" not in docs[0].text

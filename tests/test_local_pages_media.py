"""The media a local page names in its furniture (real pages of provincial and city news sites and
papers, 2018-2025, public excerpts found with the workplace's search tool): the site a page's place in
its site names, a dateline's medium named by any publisher's ending, with a date or two media in it, the
paper an e-paper's date field names, and header lines whose fields name no one.  Each is an agency of
the graph (GUIDELINES: media are agencies), the rest of the line no text of the article.  And (2017-2024): a
dateline naming the place its news comes from, a medium alone in a closing bracket, writers credited by name before a
paper's reporter, a footer's owner, a source field's medium with its county after it, a medium's reporter on a credit
line of its own, and whose 市委 a page's 我市 names."""
from __future__ import annotations

import kgraph
from kgraph.ingest.layout import _breadcrumb, _site_crumb, crumb_media, header_fields, parse_credits, split_documents
from kgraph.model import Source

from .conftest import by_label, titled_posts


def _publishers(text: str) -> list[str]:
    return [name for doc in split_documents(Source(id="p", text=text, origin="p")) for name, _, _ in doc.publishers]


def _bodies(text: str) -> list[str]:
    return [doc.text for doc in split_documents(Source(id="p", text=text, origin="p"))]


def test_the_sites_a_pages_place_in_its_site_names_are_media():
    # a province's news site (浙江在线, 2021): the site and its channel, not the channel's column (城镇即时报)
    page = ("您当前的位置 :浙江在线 > 浙江城镇网 > 城镇即时报 正文\n\n嘉兴市委副书记马永良一行到嘉善天凝镇考察调研\n\n"
            "4月1日,嘉兴市委副书记马永良一行到嘉善县天凝镇洪溪村实地调研。\n")
    assert _publishers(page) == ["浙江在线", "浙江城镇网"]
    assert crumb_media("浙江在线 浙江城镇网 城镇即时报 正文") == ["浙江在线", "浙江城镇网"]
    # a city's (杭州网, 2020) and a county's (晋江新闻网, 2022)
    assert "杭州网" in _publishers("所在位置: 杭州网 > 热点专题 > 杭网聚焦\n村里来了“走亲人”\n前不久,桐庐县横村镇宅里村迎来了一批客人。\n")
    assert "晋江新闻网" in _publishers("您当前所在位置:晋江新闻网>>新闻中心>> 街镇动向 >>正文\n每月一主题 培育好乡风\n"
                                   "阳光明媚,围头村举行主题活动。\n")
    # a path of the site's sections alone names no medium, and stays furniture
    assert _publishers("当前位置:首页 > 新闻中心 > 乡镇动态\n镇里召开会议\n会议由镇长主持。\n") == []


def test_a_datelines_medium_is_read_by_any_publishers_ending():
    # 浙江在线4月7日讯(通讯员 孙静 庞臣康) (2021): 在线 is a publisher's ending, as 报 and 网 are
    page = "嘉兴市委副书记马永良一行到嘉善天凝镇考察调研\n浙江在线4月7日讯(通讯员 孙静 庞臣康)4月1日,马永良一行到洪溪村实地调研。\n"
    assert _publishers(page) == ["浙江在线"]
    assert not _bodies(page)[0].startswith("浙江在线")


def test_a_dateline_of_two_media_joined_by_a_slash_is_two():
    # 滨州日报/滨州网滨城讯 (a city paper, 2021): the paper and its site; 滨城, the story's place, no part of either
    page = "滨城区法院将审判庭“搬到”群众家门口\n  滨州日报/滨州网滨城讯(通讯员李贵清报道)近日,滨城区法院小营法庭多次开展巡回审判。\n"
    assert _publishers(page) == ["滨州日报", "滨州网"]


def test_the_paper_an_e_papers_date_field_names_is_a_medium():
    # 日期:[2018年06月13日] -- 菏泽日报 -- 版次:[A3] (a city paper's e-paper, 2018)
    page = "日期:[2018年06月13日] -- 菏泽日报 -- 版次:[A3]\n\n小小网格员服务大民生\n\n本报讯(记者 李若生 通讯员 商敬刚)网格员走家串户。\n"
    assert "菏泽日报" in _publishers(page)


def test_header_fields_that_name_no_one_leave_the_line_a_header():
    # 东南网 (2025): a link to the comments after the fields; 中国网's local channel (2020): 作者:佚名, an editor's
    # code, and the channel after the site's name with a middle dot
    line = "2025-03-27 10:14:14 来源:东南网 责任编辑:陈巧玲 我来说两句 |"
    assert [(f.label, f.value) for f in header_fields(line)][:2] == [("来源", "东南网"), ("责任编辑", "陈巧玲")]
    line = "发布时间:2020-06-12 08:38:55  |   来源:中国网·美丽常州  |   作者:佚名  |   责任编辑:DH020"
    assert [f.kind for f in header_fields(line)] == ["date", "source", "other", "other"]
    page = f"金坛东城街道:副区长王晓航调研街道网格化建设情况\n{line}\n为进一步了解东城街道网格化综合管理工作推进情况,副区长王晓航一行赴华胜社区调研。\n"
    assert _publishers(page) == ["中国网·美丽常州"] and "佚名" not in _bodies(page)[0]


def test_names_padded_to_a_columns_width_are_credited_whole():
    # a county media centre's account (普定县, 2024): 编 辑:苏 伟 / 一 审:魏 倩 / 二 审:罗兴美 / 三 审:罗 华
    page = "县委书记吕庆来到县融媒体中心看望新闻工作者。\n编 辑:苏 伟\n一 审:魏 倩\n二 审:罗兴美\n三 审:罗 华\n"
    credits = [(r.name, r.role) for doc in split_documents(Source(id="p", text=page, origin="p")) for r in doc.reporters]
    assert credits == [("苏伟", "编辑"), ("魏倩", "一审"), ("罗兴美", "二审"), ("罗华", "三审")]
    # each keeps its source span, padding included
    doc = split_documents(Source(id="p", text=page, origin="p"))[0]
    assert [page[r.start:r.end] for r in doc.reporters][:2] == ["苏 伟", "魏 倩"]


def test_a_reporter_credited_by_this_paper_works_for_the_paper_the_page_names():
    # a city paper's e-paper (菏泽日报, 2018): 本报讯(记者 李若生 …) under the date field naming the paper
    page = "日期:[2018年06月13日] -- 菏泽日报 -- 版次:[A3]\n\n小小网格员服务大民生\n\n本报讯(记者 李若生 通讯员 商敬刚)网格员走家串户。\n"
    posts = titled_posts(page)
    assert ("李若生", "菏泽日报", "记者") in posts and not {p for p in posts if p[0] == "商敬刚"}


def test_the_medias_spans_are_where_the_page_writes_them():
    page = ("您当前的位置 :浙江在线 > 浙江城镇网 > 城镇即时报 正文\n\n嘉兴市委副书记马永良一行到嘉善天凝镇考察调研\n\n"
            "日期:[2018年06月13日] -- 菏泽日报 -- 版次:[A3]\n\n4月1日,马永良一行到洪溪村实地调研。\n")
    for doc in split_documents(Source(id="p", text=page, origin="p")):
        for name, start, end in doc.publishers:
            assert page[start:end] == name


def test_a_datelines_paper_before_its_site_is_the_pages_publisher():
    from kgraph.ingest.layout import page_publisher

    page = "滨城区法院将审判庭“搬到”群众家门口\n  滨州日报/滨州网滨城讯(通讯员李贵清报道)近日,滨城区法院小营法庭多次开展巡回审判。\n"
    assert page_publisher(page) == "滨州日报"


def test_a_county_media_centre_a_story_visits_is_no_publisher():
    from kgraph.ingest.layout import page_publisher

    # a city's story of a visit names the centre it visits: no home of its page
    assert page_publisher("市委书记张三到普定县融媒体中心调研。他强调要做好宣传工作。\n") is None
    # a county's own page names its centre by its level too (普定县, 2024)
    assert page_publisher("县委书记吕庆来到县融媒体中心看望新闻工作者。\n希望普定融媒体中心做好宣传。\n") == "普定融媒体中心"


def test_a_credits_own_words_written_apart_are_no_padded_name():
    from kgraph.ingest.layout import parse_credits

    assert [r.name for r in parse_credits("记者 张三 文 图", 0)] == ["张三"]


def test_a_dateline_naming_the_place_its_news_comes_from():
    # 东北网虎林9月20日讯 (a province's news site, 2017), 国际在线海南消息: (a national site, 2019), 烟草在线石林消息 (a
    # trade site, 2019): the medium, the place (a division the page names), the day
    result = kgraph.extract_text("东北网虎林9月20日讯 9月19日上午,第五届全市运动会在市体育场隆重开幕。")
    assert "东北网" in by_label(result, "Agency")
    # the place stays in the text, read where it is written; the medium, the day and 讯 leave it
    assert [(m.start, m.end) for e in result.entities for m in e.mentions if m.text == "虎林"] == [(3, 5)]
    assert _bodies("东北网虎林9月20日讯 9月19日上午,第五届全市运动会开幕。") == ["虎林9月19日上午,第五届全市运动会开幕。"]
    assert "国际在线" in by_label(kgraph.extract_text("国际在线海南消息:9月14日上午8时,陵水黎族自治县召开防汛会议。"), "Agency")
    assert "烟草在线" in by_label(kgraph.extract_text("烟草在线石林消息 2月22日,云南石林县烟草专卖局召开会议。"), "Agency")
    # a medium whose name goes on after a publisher's ending is read whole (红网时刻新闻, no place 时刻新闻)
    assert "红网时刻新闻" in by_label(kgraph.extract_text("红网时刻新闻5月11日讯 当天,县里召开防汛会议。"), "Agency")
    # a medium and words that name no division are no dateline (东北网|记者消息)
    assert kgraph.extract_text("东北网记者消息 当天,县里召开防汛会议。").documents[0].publishers == ()


def test_a_medium_alone_in_a_closing_bracket_and_writers_before_a_papers_reporter():
    # …副区长连欣主持签约仪式。(中国企业报) (a business paper's story on a district's site, 2023): the paper, and no
    # China read inside its name
    result = kgraph.extract_text("东丽区与企业签约。副区长连欣主持签约仪式。(中国企业报)\n")
    assert "中国企业报" in by_label(result, "Agency")
    assert "中华人民共和国" not in by_label(result, "Place")
    # (魏婷 白周光 九江日报全媒记者 包四华) (a city paper's story, 2024): two writers by name, then the paper's reporter
    credits = parse_credits("魏婷 白周光 九江日报全媒记者 包四华", 0)
    assert [(r.name, r.role, r.organization) for r in credits] == [
        ("魏婷", "", None), ("白周光", "", None), ("包四华", "全媒记者", "九江日报")]
    page = "7月19日,市政协副主席周杏连到修水县调研。她指出,要持续优化营商环境。(魏婷 白周光 九江日报全媒记者 包四华)\n来源:中国九江网\n"
    posts = titled_posts(page)
    assert ("包四华", "九江日报", "全媒记者") in posts
    assert not any(person == "包四华" and body == "中国九江网" for person, body, _ in posts)
    # a role's words before a name are no writer's name (作者: 深圳特区报记者 杜澎), nor a common word that opens with a
    # surname (文字 九江日报记者 包四华: 文 a surname, 文字 a word)
    assert [r.name for r in parse_credits("作者: 深圳特区报记者 杜澎", 0)] == ["杜澎"]
    assert [r.name for r in parse_credits("文字 九江日报记者 包四华", 0)] == ["包四华"]


def test_a_footer_names_the_media_that_own_the_site():
    # © 版权所有 湖南日报报业集团 (a province's news site, 2019), Copyright 莱西新闻网 All Rights Reserved (a city's, 2023),
    # 宝鸡日报社版权所有,未经协议授权,禁止转载 (a city paper's site, 2020)
    for footer, medium in (("© 版权所有 湖南日报报业集团 ", "湖南日报报业集团"),
                           ("Copyright 莱西新闻网 All Rights Reserved", "莱西新闻网"),
                           ("宝鸡日报社版权所有,未经协议授权,禁止转载", "宝鸡日报社")):
        assert medium in by_label(kgraph.extract_text(f"县里召开防汛会议。\n{footer}\n"), "Agency"), footer
    # a footer of no medium's name names none
    assert not by_label(kgraph.extract_text("县里召开防汛会议。\n版权所有 2025 ICP备05016021号\n"), "Agency")


def test_a_source_fields_medium_with_its_county_after_it():
    # 来源:文山新闻网丘北县 (a prefecture's news site's county page, 2018): the medium, the county the story's
    result = kgraph.extract_text("2018-01-26 16:22:29   来源:文山新闻网丘北县  \n丘北县召开脱贫攻坚推进会。\n")
    agencies = by_label(result, "Agency")
    assert "文山新闻网" in agencies and "文山新闻网丘北县" not in agencies


def test_my_city_after_the_prefecture_names_the_pages_own():
    # 东北网虎林…讯 …鸡西副市长兰知震,我市市委书记陈立新、市人大常委会主任胡明 (虎林市's story, 2017): the 市委 after
    # 我市 is 虎林市委, though 鸡西, above it, was named last
    page = ("东北网虎林9月20日讯 9月19日上午,第五届全市运动会在市体育场隆重开幕,鸡西副市长兰知震,我市市委书记陈立新、"
            "市人大常委会主任胡明出席开幕仪式。\n")
    posts = titled_posts(page)
    assert ("陈立新", "虎林市委", "书记") in posts and ("胡明", "虎林市人大常委会", "主任") in posts
    assert not any(body.startswith("鸡西市委") for _, body, _ in posts)
    # not a division the page's own is not in: 正宁县党政考察团在华池县考察…了解我县… 县委书记辛少波 (a county's page,
    # 2019): the hosts', 华池县, whatever the page's home is read to be
    page = ("正宁县党政考察团在华池县考察交流\n4月7日,正宁县党政考察团在华池县考察交流脱贫攻坚、产业发展等工作。\n"
            "考察团在中盛华美羊产业发展有限公司等地,详细了解我县脱贫攻坚、产业发展带动等方面的经验做法。县委书记辛少波,"
            "县委副书记、县长张小强一同考察。\n")
    posts = titled_posts(page)
    assert ("辛少波", "华池县委", "书记") in posts


def test_a_mediums_reporter_credited_on_a_line_of_its_own():
    # …为普定主抓产业、大抓工业做好宣传报道。/县融媒体中心记者:陈庆彬/编 辑:苏 伟 (普定县's media centre's account, 2024):
    # a credit line, no headline of a new article; the reporter is the county centre's
    page = ("今年11月8日是第二十五个中国记者节,上午,普定县委书记吕庆来到县融媒体中心看望慰问新闻工作者。\n"
            "县融媒体中心记者:陈庆彬\n编 辑:苏 伟\n")
    result = kgraph.extract_text(page)
    assert len(result.documents) == 1
    assert ("陈庆彬", "普定县融媒体中心", "记者") in titled_posts(page)


def test_the_site_an_unlabelled_breadcrumb_opens_with_is_the_pages_medium_and_home():
    # 修水网 • 首页资讯 • 正文 (a county's news site, 2018): bullets apart the crumbs, the site is a medium and the page's
    # publisher, and the county it names by a short name jieba tags a verb (修水) is the page's home, the page writing
    # the name by itself twice more
    page = ("返回栏目\n修水网 • 首页资讯 • 正文\n\n实地调研!关于全县旅游发展,郑庆华这样说\n\n"
            "  11月2日下午,县委书记郑庆华通过实地查看我县部分重点旅游项目,调研我县旅游工作。"
            "郑庆华一行先后深入宁州水乡、东浒寨、鹿鸣谷等景区实地调研。\n"
            "  从调研情况来看,修水有好山好水好人。修水民风淳朴,要推动修水走向江西、走向全国。\n")
    assert "修水网" in _publishers(page)
    ex = kgraph.extract_text(page)
    assert {"修水县委", "修水网"} <= set(by_label(ex, "Agency"))
    assert ("郑庆华", "修水县委", "书记") in titled_posts(page)
    # 谷 and 寨 end the names of scenic spots, which a county's page keeps as places
    assert {"东浒寨", "鹿鸣谷"} <= set(by_label(ex, "Place"))
    # a mark may be doubled (福州新闻网 >> 投资福州 >> 项目动态, a city's news site, 2021), and the source field still
    # names the page's own publisher
    page = ("福州新闻网 >> 投资福州 >> 项目动态\n\n县长陈忠霖到白金工业园区调研\n\n来源:闽清县招商引资办公室  发布时间:2017-04-28\n\n"
            "  4月25日下午,陈忠霖县长带领县环保局到白金工业园区调研。\n")
    assert "福州新闻网" in _publishers(page)
    assert "闽清县环保局" in by_label(kgraph.extract_text(page), "Agency")
    # a portal's channel named by a common noun is no medium (地方网 > 四川 > 宜宾市, 2016); one bullet joins a
    # headline's two names, no breadcrumb
    assert _publishers("地方网 > 四川 > 宜宾市 > 今日宜宾 > 正文\n宜宾召开会议\n会议由市长主持。\n") == []
    assert _bodies("云南•南华野生菌加工产业园开园\n南华县举行仪式。\n")[0].startswith("云南•南华")


def test_a_breadcrumbs_marks_and_the_site_it_opens_with():
    # bullets apart crumbs when two or more stand in the line (修水网 • 首页资讯 • 正文, 2018); one joins a headline's two
    # names (云南•南华野生菌加工产业园开园); a mark may be doubled (福州新闻网 >> 投资福州 >> 项目动态, 2021)
    assert _breadcrumb("修水网 • 首页资讯 • 正文") and not _breadcrumb("云南•南华野生菌加工产业园开园")
    assert _breadcrumb("福州新闻网 >> 投资福州 >> 项目动态") and not _breadcrumb("会议由市长主持,副市长出席。")
    assert _site_crumb("修水网 • 首页资讯 • 正文") == "修水网"
    assert _site_crumb("福州新闻网 >> 投资福州 >> 项目动态") == "福州新闻网"
    # a site named after its place (荆州/ns) or the nation's medium is one; a portal's channel named by a common noun
    # (地方网, 2016) and a path of sections are none
    assert _site_crumb("荆州网 > 荆州新闻 > 正文") == "荆州网" and _site_crumb("人民网 > 地方") == "人民网"
    assert _site_crumb("地方网 > 四川 > 宜宾市") is None and _site_crumb("首页 > 新闻中心 > 乡镇动态") is None


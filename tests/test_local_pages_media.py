"""The media a local page names in its furniture (real pages of provincial and city news sites and
papers, 2018-2025, public excerpts found with the workplace's search tool): the site a page's place in
its site names, a dateline's medium named by any publisher's ending, with a date or two media in it, the
paper an e-paper's date field names, and header lines whose fields name no one.  Each is an agency of
the graph (GUIDELINES: media are agencies), the rest of the line no text of the article."""
from __future__ import annotations

from kgraph.ingest.layout import crumb_media, header_fields, split_documents
from kgraph.model import Source

from .conftest import titled_posts


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

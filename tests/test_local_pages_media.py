"""The media a local page names in its furniture, and whose 市委 a page's 我市 names (real pages of county and city
sites, 2017-2024, public excerpts found with the workplace's search tool): a dateline naming the place its news
comes from, a medium alone in a closing bracket, writers credited by name before a paper's reporter, a footer's
owner, a source field's medium with its county after it."""
from __future__ import annotations

import kgraph
from kgraph.ingest.layout import parse_credits

from .conftest import by_label, titled_posts


def test_a_dateline_naming_the_place_its_news_comes_from():
    # 东北网虎林9月20日讯 (a province's news site, 2017), 国际在线海南消息: (a national site, 2019), 烟草在线石林消息 (a
    # trade site, 2019): the medium, the place (a division the page names), the day
    result = kgraph.extract_text("东北网虎林9月20日讯 9月19日上午,第五届全市运动会在市体育场隆重开幕。")
    assert "东北网" in by_label(result, "Agency")
    # the place stays in the text, read where it is written; the medium leaves it
    assert [(m.start, m.end) for e in result.entities for m in e.mentions if m.text == "虎林"] == [(3, 5)]
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
    assert ("包四华", "九江日报", "全媒记者") in posts or ("包四华", "九江日报", "记者") in posts
    assert not any(person == "包四华" and body == "中国九江网" for person, body, _ in posts)
    # a role's words before a name are no writer's name (作者: 深圳特区报记者 杜澎)
    assert [r.name for r in parse_credits("作者: 深圳特区报记者 杜澎", 0)] == ["杜澎"]


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

"""A local page's formula naming the nation's leader by his title (深入学习贯彻习近平总书记关于…的重要指示精神) adds no
central body the page never writes; a national medium's story, or a page that writes the body, keeps the post."""
from __future__ import annotations

import kgraph

from .conftest import by_label, titled_posts

# a county's page (歙县, 2019, as such pages write it)
LOCAL = ("4月12日,歙县召开安全生产工作会议。会议要求,要深入学习贯彻习近平总书记关于安全生产的重要指示精神,"
         "县委书记李明出席会议并讲话。")


def test_a_local_pages_formula_adds_no_central_body():
    result = kgraph.extract_text(LOCAL)
    assert "中共中央" not in by_label(result, "Agency")
    assert "习近平" in by_label(result, "Person")  # the person is named all the same
    assert ("李明", "歙县委", "书记") in titled_posts(LOCAL)


def test_a_national_story_or_a_page_writing_the_body_keeps_the_post():
    posts = titled_posts(LOCAL, publication="新闻联播")
    assert ("习近平", "中共中央", "总书记") in posts
    written = LOCAL.replace("会议要求,", "会议传达了中共中央有关文件精神。会议要求,")
    assert ("习近平", "中共中央", "总书记") in titled_posts(written)


def test_a_national_mediums_dateline_makes_the_story_national():
    # a national story pasted without its record (xwlb-2023's shape): 央视网消息（新闻联播）：… the dateline says whose story
    # it is, though 广州 gives the text a home: 总书记 names 中共中央's post, as on a national medium's page
    text = ("央视网消息（新闻联播）：近日,习近平总书记在广州考察时强调,要推动高质量发展。\n")
    assert ("习近平", "中共中央", "总书记") in titled_posts(text)
    # the same sentence on a local page with no such dateline states no central body
    assert ("习近平", "中共中央", "总书记") not in titled_posts("广州市召开会议。会议传达学习了习近平总书记在广州考察时的重要讲话精神。")


def test_the_party_in_a_local_pages_formula_is_no_body_it_reports_on():
    # 全县上下隆重庆祝中国共产党成立100周年 (a county's page, 2021): the nation's calendar, no body the page reports on
    local = kgraph.extract_text("4月12日,歙县召开党员大会。县委书记李明要求,全县上下要隆重庆祝中国共产党成立100周年。")
    assert "中国共产党" not in by_label(local, "Agency") and "歙县委" in by_label(local, "Agency")
    # a national medium's story keeps it, and so does a text at home nowhere (a sentence of People's Daily)
    national = kgraph.extract_text("全国上下隆重庆祝中国共产党成立100周年。", publication="新闻联播")
    assert "中国共产党" in by_label(national, "Agency")
    assert "中国共产党" in by_label(kgraph.extract_text("《中国共产党统一战线工作条例》颁布。"), "Agency")


def test_the_partys_national_congress_is_no_body_of_a_local_page():
    # 深入学习贯彻党的二十大精神 on county pages (2023): the occasion of the page's work; the local gold lists the congress
    # on none of 14 read pages that write it.  A national story keeps it (the People's Daily annotation reads it an
    # organisation).
    local = kgraph.extract_text("3月5日,歙县召开会议。县委书记李明要求,全县上下要深入学习贯彻党的二十大精神。")
    assert "中共二十大" not in by_label(local, "Agency") and "歙县委" in by_label(local, "Agency")
    national = kgraph.extract_text("各地深入学习贯彻党的二十大精神。", publication="新闻联播")
    assert "中共二十大" in by_label(national, "Agency")
    # a delegate's post keeps it on a local page (党的二十大代表、县委书记李明)
    assert ("李明", "中共二十大", "代表") in titled_posts("3月5日,歙县召开会议。党的二十大代表、县委书记李明出席。")

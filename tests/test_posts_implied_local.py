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
    # xwlb-20231203-04 pasted without its record: 央视网消息（新闻联播）：国家主席习近平在致…（广州）的贺信中指出 — the
    # dateline says whose story it is, though 广州 gives the text a home
    text = ("习近平主席致2023年“读懂中国”国际会议（广州）贺信引发与会嘉宾热烈反响\n"
            "央视网消息（新闻联播）：国家主席习近平在致2023年“读懂中国”国际会议（广州）的贺信中指出：读懂中国，"
            "关键要读懂中国式现代化。")
    assert ("习近平", "中华人民共和国", "国家主席") in titled_posts(text)

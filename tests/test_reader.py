import io
import json

import pytest

from kgraph.errors import InputError
from kgraph import Source
from kgraph.ingest import decode, read_sources, split_documents

TEXT = "本报讯(记者余海艳)近日,在李埠镇万城村三组,村民洪绍山感激地说。"


@pytest.mark.parametrize("data", [
    TEXT.encode("utf-8"),
    b"\xef\xbb\xbf" + TEXT.encode("utf-8"),
    TEXT.encode("gb18030"),
    TEXT.encode("gbk"),
    TEXT.encode("utf-16"),  # with BOM
    b"\xfe\xff" + TEXT.encode("utf-16-be"),
])
def test_decodes_supported_encodings(data):
    assert decode(data, "x") == TEXT


def test_crlf_becomes_newline():
    assert decode("甲\r\n乙\r丙".encode(), "x") == "甲\n乙\n丙"


def test_binary_is_refused():
    with pytest.raises(InputError, match="binary|decode"):
        decode(bytes(range(256)) * 20, "blob.bin")


def test_files_directories_and_errors(tmp_path):
    (tmp_path / "a.txt").write_bytes(TEXT.encode("gb18030"))
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "b.txt").write_text(TEXT, encoding="utf-8")
    (sub / "ignored.csv").write_text("x", encoding="utf-8")
    sources = list(read_sources([tmp_path]))
    assert [s.id for s in sources] == ["a", "sub/b"]  # a page's id is its path under the directory
    assert all(s.text == TEXT for s in sources)
    with pytest.raises(InputError, match="no such file"):
        list(read_sources([tmp_path / "missing.txt"]))
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(InputError, match="no .txt"):
        list(read_sources([empty]))
    (tmp_path / "blank.txt").write_text("  \n", encoding="utf-8")
    with pytest.raises(InputError, match="empty"):
        list(read_sources([tmp_path / "blank.txt"]))


def test_jsonl_records_and_malformed_lines(tmp_path):
    path = tmp_path / "news.jsonl"
    rows = [{"id": "a1", "text": TEXT, "title": "题", "source": "荆州日报"}, {"id": 7, "text": "乙"}]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n\n", encoding="utf-8")
    sources = list(read_sources([path]))
    assert [(s.id, s.title, s.publication, s.single_article) for s in sources] == [
        ("a1", "题", "荆州日报", True), ("7", None, None, True)]
    path.write_text('{"id": "a", "text": "x"}\n{"id": "b", "text": \n', encoding="utf-8")
    with pytest.raises(InputError, match=r"news.jsonl:2: malformed JSON"):
        list(read_sources([path]))
    path.write_text('{"id": "a"}\n', encoding="utf-8")
    with pytest.raises(InputError, match='missing "text"'):
        list(read_sources([path]))


def test_stdin_text_and_jsonl():
    [source] = read_sources(["-"], stdin=io.BytesIO(TEXT.encode("gb18030")))
    assert source.text == TEXT and source.origin == "<stdin>"
    line = json.dumps({"id": "s1", "text": TEXT}, ensure_ascii=False).encode()
    [record] = read_sources(["-"], stdin=io.BytesIO(line))
    assert record.id == "s1"


def test_a_record_title_is_the_first_paragraph_of_its_text(tmp_path):
    # xwlb-20231018-11: the headline says where (在京) and who speaks (蔡奇出席并致辞)
    title = "第三届“一带一路”国际合作高峰论坛数字经济高级别论坛在京举办  蔡奇出席并致辞"
    body = "央视网消息（新闻联播）：中共中央政治局常委、中央书记处书记蔡奇10月18日下午出席论坛并致辞。"
    rows = [{"id": "t1", "title": title, "text": body},
            {"id": "t2", "title": "题", "text": ""},          # no text: still an article with no text
            {"id": "t3", "title": "题", "text": "题\n正文。"}]  # a text that opens with its title keeps it once
    path = tmp_path / "news.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    first, empty, opened = read_sources([path])
    one_line = " ".join(title.split())
    assert first.title == one_line and first.text == f"{one_line}\n{body}"
    assert empty.text == "" and opened.text == "题\n正文。"
    # the layout reads it as a headline, never joined to the body (a long title with a
    # comma would pass for a broken body line), and offsets count from it
    long_title = "国务院联防联控机制发布会：我国对新冠病毒感染正式实施“乙类乙管”，第十版防控方案加强监测预警，确保平稳转段"
    [doc] = split_documents(Source("t4", f"{long_title}\n{body}", "x.jsonl:4", title=long_title, single_article=True))
    assert doc.headlines == (long_title,) and doc.text == f"{long_title}\n{body}"
    assert doc.body_start == len(long_title) + 1
    start = doc.text.index("蔡奇")
    assert doc.source_span(start, start + 2) == (len(long_title) + 1 + body.index("蔡奇"),
                                                 len(long_title) + 1 + body.index("蔡奇") + 2)


# A county government's article page as a browser saves it (invented, after such sites' markup):
# scripts, navigation, a breadcrumb, the article's header fields, the site's buttons and footer.
SAVED_PAGE = """<!DOCTYPE html>
<html><head><meta charset="gbk"><title>县委召开常委会会议_石泉县人民政府</title>
<script>var a = "<p>不是正文</p>";</script><style>p{color:red}</style></head>
<body>
<nav><a href="/">首页</a> <a href="/news">新闻中心</a></nav>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a>新闻中心</a> &gt; 工作动态</div>
<div class="article">
<h1>县委召开常委会会议</h1>
<div class="info">发布时间：2023-06-06 10:20&nbsp;&nbsp;来源：石泉县融媒体中心&nbsp;&nbsp;作者：王芳</div>
<p>　　6月5日，县委书记张明主持召开县委常委会会议，研究部署安全生产
工作。县委副书记、县长李华出席。</p>
<p>　　会议强调，要压紧压实安全生产责任。</p>
</div>
<div class="tools"><a href="javascript:print()">【打印本页】</a> <a href="javascript:close()">【关闭窗口】</a></div>
<div class="footer">主办：石泉县人民政府办公室 &copy; 版权所有</div>
</body></html>
"""


def test_a_saved_web_page_is_read_as_its_text(tmp_path):
    page = tmp_path / "2023-06-06-news.html"
    page.write_bytes(SAVED_PAGE.encode("gbk"))
    [source] = read_sources([page])
    for markup in ("<", "不是正文", "color", "_石泉县人民政府", "&nbsp;", "&copy;"):
        assert markup not in source.text, markup
    assert "首页 新闻中心" not in source.text.split("\n")  # the navigation
    [doc] = split_documents(source)
    assert doc.title == "县委召开常委会会议"
    assert "研究部署安全生产工作。县委副书记" in doc.text  # the source's line break inside a block rejoined
    for furniture in ("当前位置", "首页", "发布时间", "打印", "主办"):
        assert furniture not in doc.text, furniture
    assert [r.name for r in doc.reporters] == ["王芳"]
    # a directory of saved pages is read as a directory of text files is
    assert [s.id for s in read_sources([tmp_path])] == ["2023-06-06-news"]


def test_a_broken_or_empty_web_page_gives_a_clean_error_or_its_text(tmp_path):
    broken = tmp_path / "broken.html"
    broken.write_text("<div><p>县委召开会议<span>6月5日，县委书记张明出席。", encoding="utf-8")
    [source] = read_sources([broken])
    assert "县委书记张明出席" in source.text
    empty = tmp_path / "empty.html"
    empty.write_text("<html><head><script>x()</script></head><body><nav>首页</nav></body></html>", encoding="utf-8")
    with pytest.raises(InputError, match="no text"):
        list(read_sources([empty]))

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

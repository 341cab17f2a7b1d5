from kgraph import Source
from kgraph.ingest import parse_credits, split_documents

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

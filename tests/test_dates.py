"""Dates: an article's date (record, --date, path, page, in that order) and the days a
text names, read against it (../shared/eval/EVENTS.md)."""
import json

import pytest
from click.testing import CliRunner

import kgraph
from kgraph.cli import main
from kgraph.errors import InputError
from kgraph.ingest.dates import article_date, day_expressions, page_date, path_date


def _days(text, article):
    return [(text[s:e], value) for s, e, value in day_expressions(text, article)]


def test_days_read_against_the_article_date():
    # sentences of 新闻联播 (2023): a day of the month, a month and day, today with its date
    text = "国务院总理李强29日在海南博鳌会见国际货币基金组织总裁格奥尔基耶娃。今天（3月5日）下午，全国政协十四届一次会议举行记者会。"
    assert _days(text, "2023-03-29") == [("29日", "2023-03-29"), ("今天", "2023-03-29"), ("3月5日", "2023-03-05")]


def test_a_day_after_the_article_is_of_the_month_or_year_before_unless_it_is_near():
    # a story of 1月5日 about 12月31日: last year; 29日 in a story of 3月2日: February
    assert _days("俄罗斯和乌克兰于12月31日交换222名双方在押人员", "2023-01-05") == [("12月31日", "2022-12-31")]
    assert _days("28日，双方举行会谈", "2023-03-02") == [("28日", "2023-02-28")]
    assert _days("30日，双方举行会谈", "2023-03-02") == [("30日", None)]  # February has no 30th: no day
    # announced: 第三届中非经贸博览会|将于|6月29日|—|7月2日|在|长沙|举办 (a story of 6月20日)
    assert _days("本届中非经贸博览会将于6月29日—7月2日在长沙举办", "2023-06-20")[0] == ("6月29日", "2023-06-29")


def test_words_for_days_and_periods():
    days = _days("当地时间8月22日中午，两国元首会谈。昨天（6月19日）顺利通关。后天，我将共同主持对话会。当天的集会", "2023-08-22")
    assert ("8月22日", "2023-08-22") in days and ("昨天", "2023-08-21") in days and ("后天", "2023-08-24") in days
    assert days[-1] == ("当天", "2023-08-24")  # the day named last
    # a day that only bounds a period says nothing of when: 截至6月14日
    assert _days("截至6月14日，日均国内客运航班1.2万班", "2023-06-20") == []
    # a year written, or said (今年4月4日, 去年5月1日)
    assert _days("2022年12月31日；今年4月4日上午；去年5月1日", "2023-08-14") == [
        ("2022年12月31日", "2022-12-31"), ("4月4日", "2023-04-04"), ("5月1日", "2022-05-01")]
    # 明年: the year after the article's (xwlb-20231208-01), not the month day nearest it
    assert _days("会议同意明年1月8日至10日召开二十届中央纪律检查委员会第三次全体会议。", "2023-12-08")[0] == (
        "1月8日", "2024-01-08")


def test_no_article_date_no_day():
    # 日前, 近日: no day; without the article's date, 4月14日 cannot be placed in a year
    assert _days("日前，国务院常务会议审议通过了调查报告。近日获批", "2023-10-25") == []
    assert _days("4月14日，县委书记王某某到某镇调研。今天开幕", None) == [("4月14日", None), ("今天", None)]
    assert _days("2023年4月14日开幕", None) == [("2023年4月14日", "2023-04-14")]


def test_the_date_in_a_path_and_on_a_page():
    assert path_date("papers/2023-05-12.txt") == "2023-05-12"
    assert path_date("papers/20230512/page1.txt") == "2023-05-12"
    assert path_date("papers/2023年5月12日/头版.md") == "2023-05-12"
    assert path_date("papers/123202305120/page.txt") is None  # part of a longer number
    assert path_date("papers/20230230/page.txt") is None  # no such day
    assert page_date("荆州日报\n2023年5月12日 星期五\n本报讯 县委书记王某某4月10日到某镇调研。") == "2023-05-12"
    assert page_date("某县人民政府网\n发布时间：2023-05-12 10:30\n正文") == "2023-05-12"
    # a date inside a story's sentences is what it is about, not the page's date
    assert page_date("2023年1月1日出版的第1期《求是》杂志发表了习近平总书记的重要讲话，全面部署了今年的各项工作任务。") is None


def test_the_order_of_the_sources():
    assert article_date("2023-01-01", "2023-02-02", "x/2023-03-03.txt", "2023年4月4日") == ("2023-01-01", "record")
    assert article_date(None, "2023-02-02", "x/2023-03-03.txt", "2023年4月4日") == ("2023-02-02", "option")
    assert article_date(None, None, "x/2023-03-03.txt", "2023年4月4日") == ("2023-03-03", "path")
    assert article_date(None, None, "x/page.txt", "2023年4月4日") == ("2023-04-04", "page")
    assert article_date(None, None, "x/page.txt", "某县召开会议。") == (None, None)


PAGE = "县委书记王某某4月14日到某镇调研\n本报讯 4月14日，县委书记王某某到某镇调研，强调要抓好春耕生产。\n"


def test_the_article_date_end_to_end(tmp_path):
    folder = tmp_path / "20230415"
    folder.mkdir()
    (folder / "page.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "plain.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "masthead.txt").write_text("某县报\n2023年4月16日 星期日\n" + PAGE, encoding="utf-8")
    records = tmp_path / "news.jsonl"
    records.write_text(json.dumps({"id": "r1", "text": PAGE, "date": "2023-04-20"}, ensure_ascii=False) + "\n",
                       encoding="utf-8")
    found = {d.source: (d.date, d.date_source) for d in kgraph.extract(tmp_path, model="none").documents}
    assert found["20230415/page"] == ("2023-04-15", "path")
    assert found["masthead"] == ("2023-04-16", "page")
    assert found["plain"] == (None, None)
    assert found["r1"] == ("2023-04-20", "record")
    optioned = {d.source: (d.date, d.date_source)
                for d in kgraph.extract(tmp_path, model="none", date="2023-04-18").documents}
    assert optioned["plain"] == ("2023-04-18", "option") and optioned["20230415/page"] == ("2023-04-18", "option")
    assert optioned["r1"] == ("2023-04-20", "record")


def test_the_date_option_on_the_command_line(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    out = tmp_path / "out.json"
    result = CliRunner().invoke(main, ["extract", str(page), "--model", "none", "--date", "2023-04-15",
                                       "--format", "json", "-o", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    assert {(d["date"], d["date_source"]) for d in data["documents"]} == {("2023-04-15", "option")}
    bad = CliRunner().invoke(main, ["extract", str(page), "--model", "none", "--date", "2023-02-30"])
    assert bad.exit_code == InputError.exit_code and "--date 2023-02-30" in bad.output
    assert "Traceback" not in bad.output


def test_the_date_option_of_build(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(page), "--model", "none", "--date", "2023-04-15",
                                       "-o", str(tmp_path / "g.ttl"), "--quiet"])
    assert result.exit_code == 0, result.output
    assert "2023-04-15" in (tmp_path / "g.ttl").read_text(encoding="utf-8")
    with pytest.raises(InputError):
        kgraph.extract_text(PAGE, model="none", date="15/04/2023")


def test_the_first_character_lookahead_finds_what_the_alternatives_find():
    """The day pattern opens with a lookahead of its alternatives' first characters (a
    digit, 今昨前明后当本上同此次翌), so that the engine skips the rest of the text at once; it finds
    exactly what the alternatives alone find, on real news (xwlb-2023) with every form,
    full-width digits included."""
    import re

    from kgraph.ingest.dates import _DAY

    prefix = r"(?=[\d今昨前明后当本上同此次翌])"
    assert _DAY.pattern.startswith(prefix + "(?:") and _DAY.pattern.endswith(")")
    alone = re.compile(_DAY.pattern[len(prefix) + 3:-1])
    text = ("央视网消息（新闻联播）：2023年1月1日出版的第1期《求是》杂志发表讲话。截至6月14日，"
            "今年4月4日至去年5月1日，今天、昨日、前天、明天和后天；当天，29日下午，"
            "１２月３１日晚，3月22日至23日，当地时间20号。同一天，王毅同日本外相会谈；同日，此前一天，次日，翌日，")
    found = [(m.span(), m.lastgroup, m.groups()) for m in _DAY.finditer(text)]
    assert found == [(m.span(), m.lastgroup, m.groups()) for m in alone.finditer(text)]
    assert len(found) >= 19


def test_the_same_day_in_other_words():
    # 尼日尔最高法院|2日|批准|…|。|同一天|，|数千名|尼日尔|民众|…|举行|抗议活动 (xwlb-20230903-13; about 100 同一天 and
    # 同日 in xwlb-2023); 同|日本|外相 and 同|日方 name no day
    days = _days("尼日尔最高法院2日批准驱逐法国大使。同一天，民众举行抗议活动。国务院同日印发通知。王毅同日本外相会谈，"
                 "愿同日方一道努力。", "2023-09-03")
    assert days == [("2日", "2023-09-02"), ("同一天", "2023-09-02"), ("同日", "2023-09-02")]
    # with no day named before, the same day as what the text does not date: none (拜登|和|马克龙|同日|在|巴黎|会见, the
    # review's), while 当天 is the article's
    assert _days("拜登和马克龙同日在巴黎会见。当天举行。", "2023-05-15") == [("同日", None), ("当天", "2023-05-15")]


def test_a_bare_day_soon_after_the_article_is_announced_or_forecast():
    # sentences of 新闻联播 (2023): a day a few days after the story's is to come, in its month
    assert _days("第一届全国学生（青年）运动会将于5日在广西南宁开幕", "2023-11-03") == [("5日", "2023-11-05")]
    assert _days("台风“卡努”预计11日夜间至12日凌晨移入我国境内", "2023-08-09")[0] == ("11日", "2023-08-11")
    assert _days("杭州亚残运会火炬传递启动仪式将于19日举行", "2023-10-12") == [("19日", "2023-10-19")]
    # a day further on than the month before's is that month's: 31日上午，雨势不断增大 (a story of 8月11日)
    assert _days("31日上午，雨势不断增大", "2023-08-11") == [("31日", "2023-07-31")]


def test_a_masthead_is_a_date_and_a_papers_name_and_nothing_else():
    from kgraph.ingest.dates import masthead

    assert masthead("安吉新闻  2023年6月8日 星期四") == ("2023-06-08", "安吉新闻")
    assert masthead("荆州日报 2023年5月12日 星期五 第3版") == ("2023-05-12", "荆州日报")
    assert masthead("2023年6月8日 星期四") == ("2023-06-08", None)
    assert masthead("2023年6月8日县委召开常委会会议") is None  # a headline with a date
    assert masthead("安吉县委召开会议 2023年6月8日") is None  # more words than a paper's name


def test_a_page_head_with_its_page_and_section_is_a_masthead():
    from kgraph.ingest.dates import masthead

    assert masthead("2023年6月8日 星期四 第3版 要闻") == ("2023-06-08", None)
    assert masthead("荆州日报 2023年5月12日 星期五 A3版 综合新闻") == ("2023-05-12", "荆州日报")
    assert masthead("2023年6月8日 星期四 要闻") is None  # a word with no page named: maybe a headline's


def test_a_notice_is_dated_by_its_signature():
    from kgraph.ingest.dates import page_date, signed_date
    notice = "拟任县审计局局长；\n公示时间：2024年4月10日至4月16日。\n中共来凤县委组织部\n2024年4月9日\n"
    assert signed_date(notice) == "2024-04-09"
    # a date inside a sentence, or after a sentence, signs nothing
    assert signed_date("会议于2024年4月9日召开。\n") is None
    assert signed_date("会议召开，持续两天。\n2024年4月9日\n") is None
    assert page_date("干部任前公示\n经县委常委会会议研究，拟提拔任用以下同志，现予以公示：\n李红梅，女，现任县财政局副局长，" + notice) == "2024-04-09"


def test_an_accounts_post_header_is_a_masthead():
    from kgraph.ingest.dates import masthead
    assert masthead("江岸发布  2024-03-28 18:30  湖北") == ("2024-03-28", "江岸发布")
    assert masthead("江岸发布 2024年3月28日 18:30") == ("2024-03-28", "江岸发布")
    # a sentence with a day and a time is none
    assert masthead("会议于2024-03-28 18:30在武汉召开") is None


def test_who_signs_a_notice_is_its_issuer():
    from kgraph.ingest.dates import signed_by
    assert signed_by("拟任县审计局局长；\n中共来凤县委组织部\n2024年4月9日\n") == "中共来凤县委组织部"
    assert signed_by("会议召开，持续两天。\n2024年4月9日\n") is None


def test_a_sites_or_a_media_centres_masthead_and_an_accounts_posting_line():
    from kgraph.ingest.dates import masthead
    # the endings of data/page/publisher_endings.txt (invented pages after county sites and accounts)
    assert masthead("鄂托克旗融媒体中心  2024-04-18") == ("2024-04-18", "鄂托克旗融媒体中心")
    assert masthead("攸县新闻网  2024年1月26日") == ("2024-01-26", "攸县新闻网")
    # the line under an account's name: the day and time it posted and where from
    assert masthead("2024-07-08 18:30 发表于四川") == ("2024-07-08", None)
    assert masthead("2024-08-03 17:45 浙江") == ("2024-08-03", None)

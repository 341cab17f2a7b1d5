"""Dates: an article's date, and the days a text names.

An article's date comes from the first of these that gives one (``Document.date_source``
says which):

1. ``record``: the JSON Lines ``date``;
2. ``option``: ``--date YYYY-MM-DD`` (``date=`` of the library's extract functions);
3. ``path``: a date in the file's name or folders (``2023-05-12.txt``, ``20230512/page.txt``);
4. ``page``: a dateline or masthead the page prints (``荆州日报 2023年5月12日 星期五``,
   ``发布时间：2023-05-12``), else the date a notice is signed with (``中共来凤县委组织部`` over
   ``2024年4月9日`` at its end).

A day in the text is read against the article's date (:func:`day_expressions`):
``4月14日`` is that day of the article's year, or of the year before when that is nearer
(so a day a little after the article's date is one announced: ``将于9月2日举行``); ``19日`` is that day of the article's month (or the month
before); ``今天``/``今日`` are the article's date, ``昨天`` the day before; ``当天``/``当日``
the day the text named last (the article's date when it named none).  Without an
article date no day can be placed in a year: ``None``.
"""
from __future__ import annotations

import datetime
import re
from functools import cache

from ..model import calendar_date
from ..resources import data_table, data_words, longest_first

__all__ = ["CLOCK", "DATE_SOURCES", "FULL_DATE", "article_date", "path_date", "page_date", "labelled_date", "signed_date", "signed_by", "masthead", "publisher_name",
           "day_expressions", "iso_day"]

# the sources of an article's date, in the order they are asked (model.Document.date_source)
DATE_SOURCES = ("record", "option", "path", "page")

# 2023-05-12, 2023_05_12, 2023.05.12, 2023/05/12, 20230512, 2023年5月12日 in a path;
# digits on either side make it part of a longer number (an id, a timestamp), not a date
_PATH_DATE = re.compile(
    r"(?<!\d)((?:19|20)\d{2})(?:([-_./])(\d{1,2})\2(\d{1,2})|(\d{2})(\d{2})|年(\d{1,2})月(\d{1,2})日?)(?!\d)")

# a full date as pages print it: 2023年5月12日, 2023-05-12, 2023/5/12, 2023.05.12
FULL_DATE = r"((?:19|20)\d{2})\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|[-/.](\d{1,2})[-/.](\d{1,2})(?!\d))"


@cache
def _labelled_date() -> re.Pattern[str]:
    """A date the page labels as its own: 发布时间：2023-05-12 10:00, 编辑日期: 2023年5月12日
    (the date labels of a website's header fields, data/page/fields.tsv)."""
    labels = longest_first(row[0] for row in data_table("page", "fields.tsv") if row[1] == "date" and "beside" not in row[2:])
    # a label of two characters is a field's only where no word runs into it (公示时间：2024年4月10日至4月16日 in a
    # notice is the notice's period, no date of the page's: 时间, 日期 alone)
    written = [re.escape(label) if len(label) > 2 else r"(?<![\u4e00-\u9fff])" + re.escape(label) for label in labels]
    # a source field's medium with the day after it, no label of its own (来源:宜宾晚报 2019-11-18 10:58, a city
    # paper's site, 2019)
    sources = "|".join(map(re.escape, longest_first(row[0] for row in data_table("page", "fields.tsv")
                                                    if row[1] == "source")))
    # (the date may stand in brackets: 发布时间:[2019-3-5], a county paper's site, 2019)
    return re.compile("(?:(?:" + "|".join(written) + r")\s*[:：]?\s*[\[【]?" + rf"|(?<![\u4e00-\u9fff])(?:{sources})\s*[:：]\s*"
                      r"[\u4e00-\u9fff]{2,16}[ \u3000]+)" + FULL_DATE)

# a masthead line: short, a full date, often the weekday (荆州日报 2023年5月12日 星期五)
_MASTHEAD_DATE = re.compile(FULL_DATE)
_MASTHEAD_LINES = 3
_MASTHEAD_LENGTH = 40


def _iso(year: str | int, month: str | int, day: str | int) -> str | None:
    value = f"{int(year):04d}-{int(month):02d}-{int(day):02d}"
    return value if calendar_date(value) else None


def path_date(path: str | None) -> str | None:
    """The date a file's path names (the last one: the file's own name wins over its
    folders), or None.  ``news/20230512/page.txt`` -> ``2023-05-12``."""
    if not path:
        return None
    found = None
    for match in _PATH_DATE.finditer(path):
        groups = match.groups()
        year = groups[0]
        month, day = next((groups[i], groups[i + 1]) for i in (2, 4, 6) if groups[i] is not None)
        found = _iso(year, month, day) or found
    return found


def _full(match: re.Match, offset: int = 0) -> str | None:
    year, month, day = match.group(1 + offset), match.group(2 + offset), match.group(3 + offset)
    if month is None:
        month, day = match.group(4 + offset), match.group(5 + offset)
    return _iso(year, month, day)


def page_date(text: str | None) -> str | None:
    """The date a page prints as its own: a labelled date anywhere (``发布时间：2023-05-12``,
    ``编辑日期：2023年5月12日``), else a date on one of the first short lines (a masthead:
    ``荆州日报 2023年5月12日 星期五``), else the date a notice is signed with (:func:`signed_date`).
    A date inside a story's sentences is what the story is about, not the page's date, so only
    those places are read."""
    if not text:
        return None
    found = labelled_date(text)
    if found:
        return found
    lines = [line.strip() for line in text[:2000].split("\n") if line.strip()][:_MASTHEAD_LINES]
    for line in lines:
        if len(line) > _MASTHEAD_LENGTH:
            continue
        match = _MASTHEAD_DATE.search(line)
        if match and _full(match):
            return _full(match)
    return signed_date(text)


# what a masthead prints beside its date: the weekday, the lunar date, the edition and page
# (安吉新闻  2023年6月8日  星期四  农历四月廿一  第3版)
_MASTHEAD_FURNITURE = re.compile(
    r"星期[一二三四五六日天]|周[一二三四五六日]|农历\S{2,8}|第?\s*[A-Za-z]?\d{1,3}\s*版|(?<!\d)\d{1,2}:\d{2}(?!\d)"
    r"|[\s\u3000|｜丨/·•]+")
_PAPER = re.compile(r"[\u4e00-\u9fff]{2,12}")
_EDITION = re.compile(r"第?\s*[A-Za-z]?\d{1,3}\s*版")
_SECTION_LENGTH = 6


def masthead(line: str) -> tuple[str, str | None] | None:
    """The date and the paper's name when ``line`` is a masthead and nothing else: ``安吉新闻
    2023年6月8日 星期四`` -> (2023-06-08, 安吉新闻); ``2023年6月8日 星期四`` -> (2023-06-08,
    None).  A line with more words than a paper's name (a headline with a date) is None."""
    if len(line) > _MASTHEAD_LENGTH:
        return None
    match = _MASTHEAD_DATE.search(line)
    day = _full(match) if match else None
    if day is None:
        return None
    around = line[:match.start()] + " " + line[match.end():]
    rest = _MASTHEAD_FURNITURE.sub(" ", around).split()
    # the paper's name opens the line or follows the date: 荆州日报 2023年5月12日 星期五
    paper = next((word for word in rest[:1] if publisher_name(word)), None)
    others = rest[1:] if paper else rest
    # a page's head names its page and section too: 2023年6月8日 星期四 第3版 要闻 (综合新闻)
    section = bool(_EDITION.search(around)) and len(others) == 1 and len(others[0]) <= _SECTION_LENGTH
    if not others or section:
        return day, paper
    # an account's post opens with its name, the day and time it was posted and where from:
    # 江岸发布  2024-03-28 18:30  湖北 (a district's WeChat account)
    words = line.split()
    if words and words[-1].startswith(_POSTED_FROM):
        words[-1] = words[-1].removeprefix(_POSTED_FROM)  # 2024-07-08 18:30 发表于四川
    if len(words) in (2, 3) and _MASTHEAD_DATE.fullmatch(words[0]) and CLOCK.fullmatch(words[1]) and all(
            _PAPER.fullmatch(word) and len(word) <= _SECTION_LENGTH for word in words[2:]):
        return day, None  # the line under an account's name: 2024-08-03 17:45 浙江
    if (len(words) in (3, 4) and _MASTHEAD_DATE.fullmatch(words[1]) and CLOCK.fullmatch(words[2])
            and all(_PAPER.fullmatch(word) and len(word) <= _SECTION_LENGTH + 2 for word in words[:1] + words[3:])):
        return day, words[0]
    return None


CLOCK = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?")  # 13:57, 13:57:03 (观海融媒 2021-05-14 13:57:03, 2021)
_POSTED_FROM = "发表于"


def publisher_name(word: str) -> bool:
    """Whether ``word`` reads as the name of a paper, a site or an account (data/page/publisher_endings.txt)."""
    return bool(_PAPER.fullmatch(word)) and word.endswith(_publisher_endings())


@cache
def _publisher_endings() -> tuple[str, ...]:
    return longest_first(data_words("page", "publisher_endings.txt"))


# a notice's signature: its issuer on a short line of its own, then the date alone on the next
# (干部任前公示 … 中共来凤县委组织部 / 2024年4月9日; 关于…的通告 … 某县人民政府 / 2024年3月1日)
SIGNED_DATE_LINE = re.compile(r"\s*" + FULL_DATE + r"\s*")
_SIGNATURE = re.compile(r"^[^\n。！？，,；;：:]{2,30}\n\s*(" + FULL_DATE + r")\s*$", re.MULTILINE)


def signed_date(text: str) -> str | None:
    """The date the last notice of ``text`` is signed with: the date alone on a line right after its
    issuer's (a county committee's department signs a 干部任前公示: 中共来凤县委组织部 / 2024年4月9日)."""
    signature = _last_signature(text)
    return _full(signature, 1) if signature else None


def signed_by(text: str) -> str | None:
    """Who signs the last notice of ``text``: the issuer over its signed date (中共来凤县委组织部)."""
    signature = _last_signature(text)
    return signature.group(0).split("\n", 1)[0].strip() or None if signature else None


def _last_signature(text: str) -> re.Match | None:
    """The last issuer's line and signed date of ``text`` whose date is a calendar day."""
    found = None
    for match in _SIGNATURE.finditer(text):
        if _full(match, 1):
            found = match
    return found


def labelled_date(text: str) -> str | None:
    """The first date ``text`` labels as a page's or an article's own (``发布时间：2023-05-12``)."""
    for match in _labelled_date().finditer(text):
        found = _full(match)
        if found:
            return found
    return None


def article_date(record: str | None, option: str | None, path: str | None,
                 text: str | None) -> tuple[str | None, str | None]:
    """The article's date and its source (one of :data:`DATE_SOURCES`), or (None, None).
    A record's ``date`` wins even when it is no calendar date (it is kept as text, with
    a note); the path and the page are read only when nothing before them gave one."""
    if record:
        return record, "record"
    if option:
        return option, "option"
    found = path_date(path)
    if found:
        return found, "path"
    found = page_date(text)
    if found:
        return found, "page"
    return None, None


# ------------------------------------------------------------------ days in the text

# Each expression of a day, one alternation scanned once per article:
#   2022年12月31日 | 4月14日 | 29日 (not after a digit or 月: part of the longer forms) |
#   今天, 今日, 今晨, 今早, 今晚 | 昨天, 昨日, 昨晚 | 前天 | 明天, 明日 | 后天 | 当天, 当日, 当晚, 同一天, 同日 |
#   此前一天 | 次日, 翌日
# 当地时间 before a day changes nothing: the day is the one written.
# The lookahead is each alternative's first character: the engine skips every other
# character at once instead of trying nine alternatives there (seven times faster).
# the words for the day named last (and 同日, but not in 同|日本, 同|日方)
SAME_DAY = ("当天", "当日", "当晚", "同一天", "同日")
_DAY = re.compile(
    r"(?=[\d今昨前明后当本上同此次翌])"
    r"(?:(?P<ymd>(?<!\d)((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})[日号])"
    r"|(?P<md>(?<!\d)(\d{1,2})月(\d{1,2})[日号])"
    # (本月|19日, xwlb-20230528-13: 56 such in xwlb-2023; 上月|N日, the month before)
    r"|(?P<this_month>本月(\d{1,2})[日号])"
    r"|(?P<last_month>上月(\d{1,2})[日号])"
    r"|(?P<d>(?<![\d月])(\d{1,2})[日号](?![\d]))"
    r"|(?P<today>今天|今日|今晨|今早|今晚)"
    r"|(?P<yesterday>昨天|昨日|昨晚)"
    r"|(?P<before_yesterday>前天)"
    r"|(?P<tomorrow>明天|明日)"
    r"|(?P<after_tomorrow>后天)"
    # (同一天, 同日: 尼日尔最高法院|2日|批准|…|。|同一天|，|数千名|…|举行|抗议活动, xwlb-20230903-13; 100 such in
    # xwlb-2023; not 同|日本|首相, 同|日方)
    r"|(?P<same>(?:" + "|".join(SAME_DAY) + r")(?![本方]))"
    # (24日|，|…|举行|通车仪式|。|此前一天|，|…|莱基港|举行|开港运营仪式, xwlb-20230125-11: the 23rd; 22 such 此前一天 in
    # xwlb-2023; 次日 and 翌日 the day after the day named last — not 第二天 nor a bare 前一天, which count from a
    # happening as often: 访问|的|第二天, 开幕|前一天)
    r"|(?P<day_before>此前一天)"
    r"|(?P<day_after>次日|翌日))")
# a day that only bounds a period (截至6月14日, 自2月10日以来) is not when something happened
_BOUND_BEFORE = ("截至", "截止", "自", "从", "至", "到")
# 今年4月4日, 去年5月1日 and 明年1月8日 say their year (会议同意|明年|1月8日|至|10日|召开…全体会议,
# xwlb-20231208-01: a meeting of the year after the article's, not of its January past)
_YEAR_WORDS = {"今年": 0, "去年": -1, "前年": -2, "明年": 1}
# 此前一天 and 次日, 翌日: days from the day of what the sentence before reported
_FROM_REPORTED = {"day_before": -1, "day_after": 1}
_OFFSETS = {"today": 0, "yesterday": -1, "before_yesterday": -2, "tomorrow": 1, "after_tomorrow": 2}


def iso_day(value: str | None) -> datetime.date | None:
    return datetime.date.fromisoformat(value) if calendar_date(value) else None


def day_expressions(text: str, article: str | None) -> list[tuple[int, int, str | None]]:
    """Every day the text names, as (start, end, YYYY-MM-DD or None), by position;
    a day that only bounds a period (截至6月14日) is left out.  ``article`` is the
    article's date: without it no day is placed in a year (None)."""
    base = iso_day(article)
    out: list[tuple[int, int, str | None]] = []
    last: str | None = None  # the day the text named last (for 当天)
    reported: str | None = None  # the first day of the sentence that named the last one (for 此前一天, 次日)
    reported_in, opened, scanned = -2, -1, 0  # where that sentence opens (none yet); where the current one opens; how far
    # sentence ends were looked for
    for match in _DAY.finditer(text):
        # (the sentence ends between the last match and this one, each looked at once: a text read in one pass)
        for end in _SENTENCE_END.finditer(text, scanned, match.start()):
            opened = end.start()
        scanned = match.start()
        if text[max(0, match.start() - 2):match.start()].endswith(_BOUND_BEFORE):
            continue
        kind = match.lastgroup
        value: str | None = None
        if kind == "ymd":
            value = _iso(match.group(2), match.group(3), match.group(4))
        elif base is None:
            value = None
        elif kind == "md":
            month, day = int(match.group(6)), int(match.group(7))
            year = _YEAR_WORDS.get(text[max(0, match.start() - 2):match.start()])
            value = _iso(base.year + year, month, day) if year is not None else _month_day(base, month, day)
        elif kind == "d":
            value = _day_of_month(base, int(match.group(kind)[:-1]))
        elif kind == "this_month":
            value = _iso(base.year, base.month, int(match.group(kind)[2:-1]))
        elif kind == "last_month":
            year, month = (base.year, base.month - 1) if base.month > 1 else (base.year - 1, 12)
            value = _iso(year, month, int(match.group(kind)[2:-1]))
        elif kind in _OFFSETS:
            value = (base + datetime.timedelta(days=_OFFSETS[kind])).isoformat()
        elif kind == "same":
            # (同日, 同一天 with no day named before: the same day as something the text does not date, none; 当天 the
            # article's, as EVENTS.md says)
            value = last or (None if match.group(kind).startswith("同") else base.isoformat())
        elif kind in _FROM_REPORTED:
            # (from the first day of the sentence that named the last: 拉索|10日|宣布|…|大选|仍将|于|8月20日|举行|。|此前一天
            # (xwlb-20230811-10) is the 9th, the day before what was reported, not before the election announced)
            value = None if reported is None else (
                datetime.date.fromisoformat(reported) + datetime.timedelta(days=_FROM_REPORTED[kind])).isoformat()
        if kind != "same" and value:
            last = value
            if opened != reported_in:
                reported, reported_in = value, opened
        out.append((match.start(), match.end(), value))
    return out


_SENTENCE_END = re.compile(r"[。！？\n]")


def _month_day(base: datetime.date, month: int, day: int) -> str | None:
    """4月14日 read on ``base``: that day of base's year or of the year before, whichever
    is nearer to base.  A story of 1月5日 about 12月20日 means last December; a story of
    8月20日 about 9月2日 announces a day to come (将于9月2日举行), not one of last year."""
    found = [value for value in (_iso(base.year, month, day), _iso(base.year - 1, month, day)) if value]
    if not found:
        return None
    return min(found, key=lambda value: (abs((datetime.date.fromisoformat(value) - base).days), value))


# how far ahead a bare day of the month may announce: further on, it is the month before's
_DAYS_AHEAD = 15


def _day_of_month(base: datetime.date, day: int) -> str | None:
    """29日 read on ``base``: that day of base's month, or of the month before when it
    would come after base, unless it comes soon enough to be announced or forecast and
    nearer than the month before's: a story of 3月2日 about 28日 means February, one of
    8月9日 about 11日 a day to come (预计|11日|夜间移入, 将于|19日|举行), not one of July."""
    this = _iso(base.year, base.month, day)
    year, month = (base.year, base.month - 1) if base.month > 1 else (base.year - 1, 12)
    before = _iso(year, month, day)
    if this is not None and datetime.date.fromisoformat(this) <= base:
        return this
    if this is not None and (ahead := (datetime.date.fromisoformat(this) - base).days) <= _DAYS_AHEAD and (
            before is None or ahead < (base - datetime.date.fromisoformat(before)).days):
        return this
    return before

"""Page layout: rejoin broken lines, split a page into articles, read bylines.

A newspaper page as text is a run of lines: headlines, kickers and subheads
(short, no sentence-final punctuation), bylines (``□ 通讯员 喻叶``), datelines
(``本报讯(记者余海艳 通讯员吴卫东)``), body paragraphs, and photo credits
(``(荆州日报签约摄影师倪隆广 摄)``).  Layout breaks also cut sentences and
even words in two (``谢\\n\\n某``); those are rejoined, headlines never are.

A page copied from a website adds its own lines: each article's header fields
(``发布时间：2023-04-18 09:32  来源：石泉县人民政府  作者：王晓东  浏览次数：126``) give
the article's date, publisher and authors and are no text; the site's furniture
(``当前位置：首页 > 新闻中心``, ``打印本页  关闭窗口``) says nothing, and ends an article.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cache

from ..gazetteer import gazetteer
from ..model import Document, Reporter, Source
from ..resources import data_table, data_words, lexicon, longest_first, ordered_lexicon, word_set, word_tags
from .dates import CLOCK, FULL_DATE, SIGNED_DATE_LINE, masthead, publisher_name, signed_by
from .reader import with_chinese_punctuation, without_controls, without_surrogates
from .script import simplified, written_in_traditional

__all__ = ["split_documents", "parse_credits", "header_fields", "page_crumbs", "page_publisher", "dateline_place"]

_TERMINAL = "。！？!?…"
_CLOSERS = "”’」』）)》"
_OPEN_CLOSE = {"“": "”", "(": ")", "（": "）", "《": "》", "「": "」", "『": "』", "‘": "’"}
_INNER_PUNCT = re.compile(r"[，,；;。]")
_MAX_HEADING = 40
_TEASER_ENDS = ("...", "…", "……")  # how a linked story's teaser is cut short
_CAPTION_LENGTH = 16  # a photo's caption between paragraphs, at most: no article's headline and subtitle
_BULLET_MARKS = "[□■◎●▲★◆]"
_BULLET = re.compile(rf"^{_BULLET_MARKS}\s*")
_CJK_NAME = re.compile(r"[\u4e00-\u9fff]{2,30}")
# a line of a forum's anti-copying noise, no character of the text: 1 \8 v) ?. H( O9 L4 ~9 v5 H( O4 m+ Y
_NOISE_LINE = re.compile(r"(?=(?:[^A-Za-z]*[A-Za-z]){2})\s*(?:[^\s\u4e00-\u9fff]{1,3}\s+){5,}[^\s\u4e00-\u9fff]{1,3}\s*")
# a dateline and the credits in brackets after it: 本报讯(记者…), 新华社北京5月12日电(记者…), and a site's or a
# station's own news, 讯 for 电 (福州新闻网7月23日讯(福州晚报记者 陈木易 文/摄), 红网时刻新闻5月11日讯(通讯员 唐书东))
@cache
def _dateline() -> re.Pattern[str]:
    """A dateline and its credits in brackets: 本报讯(记者 …), 新华社北京5月12日电(记者 …), a medium named by a
    publisher's ending (data/page/publisher_endings.txt: 浙江在线4月7日讯(通讯员 孙静), a province's news site,
    2021) or an agency's (社, 台, 客户端)."""
    endings = "|".join(map(re.escape, longest_first({*data_words("page", "publisher_endings.txt"),
                                                      *word_set("dateline_agency_endings")})))
    times = "|".join(word_set("dateline_time_words"))
    return re.compile(
        # (the character after an ending that makes a word with it is the medium's: _dateline_medium)
        # (a name of one character and an ending: 红网汉寿站7月6日讯(分站记者 宋国强), a province's site's county station)
        # (a site's, a station's own: 本网讯(谢磊 记者 许尔斌文/图), a county's news site, 2018)
        rf"^\s*(?:本[报网台刊站]讯|本报[^\s()（）]{{0,16}}讯|(?P<medium>(?!本)[^\s()（）。，]{{1,16}}(?:{endings})"
        # a medium of any name right before 讯 and credits naming a reporter (今日镇江讯(通讯员 陈卓雅 … 全媒体记者
        # 佘记其), a city's news site, 2023); not the page's own (本网讯), which names none, nor a time (近日讯)
        rf"|(?!本)(?!(?:{times})讯)[\u4e00-\u9fff]{{2,8}}(?=讯\s*[(（【][^()（）【】]{{0,30}}?(?:{_role_pattern().pattern})))"
        # (its other name in brackets: 荆楚网(湖北日报网)讯(通讯员曾强坤、王粲), a province's news site, 2025)
        r"(?:[(（][\u4e00-\u9fff]{2,12}[)）](?=讯))?"
        # (消息 for 讯 on a site after the day: 海口网5月28日消息(见习记者周德晓 摄影报道), a city's news site, 2021;
        # not a national medium's story's head, 央视网消息（新闻联播）：, whose bracket names the programme)
        # (or right after the day: 东北网12月6日(记者郑通 迟亦达 编辑彭佳丽)6日,…, a province's news site, 2017)
        # (or right before credits opening with a reporter's role: 大英融媒体(记者 熊炯)12月29日,…, a county media centre's
        # story, 2025)
        rf"[^\s()（）。，]{{0,16}}(?:[电讯]|(?<=日)消息|(?<=\d日)(?=\s*[(（][^()（）]{{0,30}}?(?:{_role_pattern().pattern}))"
        rf"|(?=[(（](?:{_role_pattern().pattern}))))"
        # (credits in square brackets: 天水日报讯【新天水·天水日报记者马放】, a city paper's site, 2023)
        r"\s*[(（【](?P<credits>[^()（）【】]{1,80})[)）】]\s*"
    )
_CREDIT_LINE = re.compile(r"^\s*[(（]([^()（）]{1,80}?)\s*[)）]\s*$")
_CREDIT_HINT = re.compile(r"摄|记者|通讯员|供图|报道|图/|文/")


@cache
def _bare_dateline(placed: bool = False) -> re.Pattern[str]:
    """A dateline with no credits, its medium named by a publisher's ending and a space after 讯: 温州网讯 在鹿城区…
    (a city's news site, 2019), 中国江苏网讯 作为… (a province's, 2015); ``placed``, the place the news comes from
    between the medium and the day (东北网虎林9月20日讯 9月19日上午…, 烟草在线石林消息 2月22日…: a province's and a trade
    site's local news, 2017-2019), whose name :func:`_bare_dateline_at` checks."""
    endings = "|".join(map(re.escape, longest_first(data_words("page", "publisher_endings.txt"))))
    # (a province's site's station in a county, named by the county's short name: 红网|古丈站|6月8日讯 5日,…, 2016; a
    # medium's name of one character and an ending, 红网, as _dateline reads it, but not the page's own 本网)
    place = r"(?P<place>[\u4e00-\u9fff]{2,6}?)站?" if placed else ""
    # (消息 for 讯: 四川新闻网消息 为全面贯彻…, a province's news site, 2021; a colon for the space: 国际在线海南消息:9月14日…)
    # (in brackets, closed after 讯: (中国乡镇网陕西讯)6月8日上午,…, a township's report on a national site, 2018)
    # (or in square brackets: 【硅谷网9月12日讯】镇沅…, a national tech site's county news, 2013)
    return re.compile(rf"^\s*(?P<open>[(（【])?(?P<medium>(?!本)[^\s()（）。，、]{{1,16}}?(?:{endings})){place}"
                      rf"(?:\d{{1,2}}月\d{{1,2}}日)?(?:讯|消息)"
                      # (or the story's day right after 讯: 大众报业·鲁中晨报淄博8月7日讯8月5日上午,…, a city paper's, 2020)
                      r"(?(open)[)）】]|(?:[ \u3000]+|[:：][ \u3000]*|(?=\d{1,2}月\d{1,2}日)))")


def _bare_dateline_at(text: str) -> re.Match | None:
    """A dateline with no credits at the start of ``text`` (:func:`_bare_dateline`): the medium's name alone before
    the day (红网时刻新闻5月11日讯 …), else a medium and a division's name the gazetteer knows (东北网|虎林, 国际在线|海南)."""
    found = _bare_dateline().match(text)
    if found is not None:
        return found
    found = _bare_dateline(placed=True).match(text)
    return found if found is not None and gazetteer().lookup(found.group("place")) else None


@cache
def _role_pattern() -> re.Pattern[str]:
    """A credit's role, its characters padded to a column's width or not (编辑, 编 辑: a county media centre's
    account, 2024)."""
    roles = longest_first(lexicon("byline_roles.txt"))
    return re.compile("|".join("[ \u3000]?".join(map(re.escape, role)) for role in roles))


@cache
def _staff_line() -> re.Pattern[str]:
    """A line of the page's editorial credits, roles and names only: ``编辑：刘小红 校对：陈明``,
    ``一审：张建国 二审：李红梅 三审：周强``, an account's ``编辑 | 刘畅`` (the names are the paper's
    staff, the labels nobody)."""
    roles = _role_pattern().pattern
    name = _CREDITED_NAME.pattern  # padded or not: 一 审:魏 倩
    names = rf"(?:{name})(?:[\s\u3000、，,/]+(?:{name}))*"
    # an account's 编辑 | 刘畅; a site's credits split by bars (监制:张佳玮 | 责任编辑:张朋杰 | 编辑:姜珂珂, 2025); a
    # medium before a role (县融媒体中心记者:陈庆彬, a county media centre's account, 2024: its reporter)
    medium = "|".join(map(re.escape, _medium_endings()))
    return re.compile(rf"\s*(?:(?:[\u4e00-\u9fff]{{0,12}}(?:{medium}))?(?:{roles})\s*[:：|｜丨]\s*{names}[\s\u3000|｜丨]*)+")


# ---------------------------------------------------------------- a website's lines
# Each field's value is short and no sentence: 记者：你们今年有什么打算？ is an interview's
# question, not a credit, and 来源：国家统计局数据显示，… is a sentence.
_SENTENCE_MARK = re.compile(r"[。！？!?，,；;“”]")
_FIELD_VALUE_LENGTH = 60
# separators, the pictographs an account's furniture wears (👆点击蓝字 关注我们), and a list's bullet before a header's
# fields (  • 发布时间:2020-07-14 11:45 | 作者: | 来源:临沂信息网, a city's portal, 2020)
_FIELD_NOISE = re.compile(r"[\s\u3000【】\[\]［］|｜丨>＞›»/•●\u2600-\u27bf\U0001f300-\U0001faff\ufe0f]+")
_NAME = re.compile(r"[\u4e00-\u9fff·]{2,4}")
# a credited name, or a two-character one padded to a column's width (编 辑:苏 伟, 三 审:罗 华: a county media
# centre's account, 2024)
# (whose second character is no credit's own word written apart: 文 图, 摄 影)
_PADDED_NAME = re.compile(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff][ \u3000]{1,2}(?![图摄影稿])[\u4e00-\u9fff](?![\u4e00-\u9fff])")
_CREDITED_NAME = re.compile(f"{_NAME.pattern}|{_PADDED_NAME.pattern}")
_PADDING = re.compile(r"[ \u3000]")


def _closed_up(text: str) -> str:
    """``text`` with its column's padding left out (苏 伟 -> 苏伟, 编 辑 -> 编辑)."""
    return _PADDING.sub("", text)
_DIGIT = re.compile(r"\d")
_HEADER_LINE_LENGTH = 160
_MASTHEAD_REACH = 400  # a masthead opens the page: it is read in its first lines only
_AUTHOR_SEPARATOR = re.compile(r"[\s、，,]+")


@cache
def page_fields() -> dict[str, str]:
    """The labels of a website article's header fields and what each says (data/page/fields.tsv):
    发布时间 -> date, 来源 -> source, 作者 -> author, 浏览次数 -> other."""
    return {row[0]: row[1] for row in data_table("page", "fields.tsv")}


@cache
def _labels_beside_others() -> frozenset[str]:
    """The labels that make a header field only beside another field of the line (fields.tsv: ``beside``)."""
    return frozenset(row[0] for row in data_table("page", "fields.tsv") if "beside" in row[2:])


@cache
def _field_label() -> re.Pattern[str]:
    """A field's label and its separator: 来源：, and a catalogue's table copied as text, its labels spaced
    out to the column's width and its cells split by bars (来   源 | 玉溪网 | 公开日期 | 2024-09-19 |, a
    county's 政府信息公开 page, 2024)."""
    labels = longest_first(page_fields())
    spaced = "|".join("[ \u3000]*".join(map(re.escape, label)) for label in labels)
    return re.compile("(" + spaced + r")\s*[:：|｜]")


@cache
def _furniture() -> re.Pattern[str]:
    return re.compile("|".join(re.escape(word) for word in longest_first(data_words("page", "furniture.txt"))))


def _furniture_opening(text: str) -> int:
    """Where a paragraph's words start after the furniture that opens it (视频加载中... 永定新闻网讯(陈敏 吴宇梁), a district's
    news site, 2019: a video player's note before the dateline), 0 where none does."""
    at = 0
    while (found := _furniture().match(text, at)) is not None:
        at = found.end()
        while at < len(text) and text[at] in _FURNITURE_TRAIL:
            at += 1
    return at


# what trails a note of furniture before the words (视频加载中...)
_FURNITURE_TRAIL = " \u3000.。…"


def _is_nothing(text: str) -> bool:
    """Whether ``text`` is furniture and separators only (``【打印】【关闭】``, ``  |  ``)."""
    return not _FIELD_NOISE.sub("", _furniture().sub("", text))


# a heading of links to other articles (往期推荐, 相关阅读), and the marks around it and its links
_LINK_BULLET = re.compile(r"^[▶►▷>＞·•●◆■□★☆→]+\s*")
_LINK_HEADING_MARKS = " \u3000:：|｜【】[]"


@cache
def _link_headings() -> frozenset[str]:
    return frozenset(data_words("page", "link_headings.txt"))


@dataclass(frozen=True)
class _Field:
    label: str
    kind: str  # date, source, author, other (data/page/fields.tsv)
    value: str  # furniture and separators left out: 石泉县融媒体中心
    start: int  # where the value is written in the line, to the next label or the line's end
    end: int


# a site's address and the time it posted the article, unlabelled, before the labelled fields
# (2024-07-10 14:36  来源: 中国吉林网; http://www.scol.com.cn  (2017-05-05 16:52:19)  来源:四川在线)
_STAMP = re.compile(r"[\sA-Za-z0-9:：/._\-()（）年月日时分秒]*\d[\sA-Za-z0-9:：/._\-()（）年月日时分秒]*")
# a site's address (http://www.hinews.cn)
_ADDRESS = re.compile(r"(?:https?://)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+[A-Za-z0-9/._-]*")
# a site's code for the editor who posted the article (责任编辑:DH020), no name
_EDITOR_CODE = re.compile(r"[A-Za-z]{1,4}\d{2,6}|[A-Za-z]{2,8}")
# a field whose label the data does not list, after a space: it ends the value before it
_OTHER_FIELD = re.compile(r"[\s\u3000]+[\u4e00-\u9fff]{2,6}[:：]")


# a day a field's value holds with no label of its own, and its time: 2019-11-18 10:58 (the pages' dates, one pattern)
_DATED = re.compile(FULL_DATE + r"(?:\s+" + CLOCK.pattern + ")?")


# a line of a site's address and the page's day alone (http://www.mqxww.com  2023-05-04 09:47:52)
# a paper's e-paper page header: its number and its name (第A06版:金湖新闻, 第03版：要闻)
_PAPER_PAGE = re.compile(r"第?\s*[A-Za-z]?\d{1,3}\s*版\s*[:：]\s*[\u4e00-\u9fff·]{1,12}")
_ADDRESS_AND_DAY = re.compile(r"\s*" + _ADDRESS.pattern + r"\s+" + _DATED.pattern + r"\s*")


def _body_then_a_name(value: str) -> str | None:
    """The body an author's field names before the writer's name, written together (剑阁县老促会杨村分会张秋蓉: 剑阁县老促会
    杨村分会), or None where the value is no body's name and a person's."""
    for size in (3, 2):
        body, name = value[:-size], value[-size:]
        if len(body) >= 4 and _CJK_NAME.fullmatch(body) and body.endswith(ordered_lexicon("org_suffixes.txt")) \
                and _NAME.fullmatch(name) and name[0] in lexicon("surnames.txt"):
            return body
    return None


def header_fields(line: str) -> list[_Field] | None:
    """The fields of a website article's header line, or None when the line is anything
    else: ``发布时间：2023-04-20 16:05  来源：石泉县融媒体中心`` gives a date and a
    source; ``打印本页  关闭窗口`` gives no field (furniture); ``记者：你们今年有什么打算？``
    is None (a question: a field's value is never a sentence)."""
    labels = list(_field_label().finditer(line))
    if not labels:
        return [] if _furniture().search(line) and _is_nothing(line) else None
    if len(labels) == 1 and _closed_up(labels[0].group(1)) in _labels_beside_others():
        return None  # 一、会议安排 / 时间:2024年5月20日上午9时 / 地点:… (a notice): the meeting's time, no header
    opening = line[:labels[0].start()]
    site, _, rest = opening.strip().partition(" ")
    if publisher_name(site) and (_STAMP.fullmatch(rest + " ") or _ADDRESS.fullmatch(rest.strip())):
        # 南海网 http://www.hinews.cn 时间:… (a province's news site, 2018): the site's name and address
        opening = "" if _ADDRESS.fullmatch(rest.strip()) else rest
    elif site.endswith(ordered_lexicon("org_suffixes.txt")) and _STAMP.fullmatch(rest.strip() + " "):
        # 伊通满族自治县人民政府|   2020-10-17 08:29:00   来源: 伊通发布 (a county's site, 2020): the body whose site it
        # is and the page's day, then its fields
        opening = rest.strip() + " "
    if not (_is_nothing(opening) or _STAMP.fullmatch(opening)):
        return None
    fields = []
    for i, label in enumerate(labels):
        end = labels[i + 1].start() if i + 1 < len(labels) else len(line)
        if other := _OTHER_FIELD.search(line, label.end(), end):
            end = other.start()  # 来源:如东日报 发布开发区:江苏如东经济开发区: a field of the site's own ends the source
        value = _FIELD_NOISE.sub(" ", _furniture().sub(" ", line[label.end():end])).strip()
        if len(value) > _FIELD_VALUE_LENGTH or _SENTENCE_MARK.search(value):
            return None
        written = _closed_up(label.group(1))  # 来   源: the label, its column's padding left out
        kind = page_fields()[written]
        if kind == "author" and (credited := _credits_then_a_day(line, label.end(), end, written)) is not None:
            # 编辑:曾小颖 实习编辑 于佳丽 2016-07-06 09:40:05 (红网, 2016): an editor, another role and its name, the day
            fields += credited
            continue
        if kind == "date" and value and not _DIGIT.search(value):
            return None
        if kind == "author" and (value in data_words("page", "not_sources.txt") or _EDITOR_CODE.fullmatch(value)
                                 or publisher_name(value) or _role_pattern().fullmatch(value)):
            # 作者:佚名  |   责任编辑:DH020 (中国网's local channel, 2020): no one named, a site's code of its editor;
            # 作者:沧源融媒 (a county's site, 2025): its media centre, no one; 作者:通讯员 (a county bureau's, 2020): a role
            kind = "other"
        elif kind == "author" and (split := _body_then_a_name(value)) is not None:
            # 作者:剑阁县老促会杨村分会张秋蓉 (中国老区网, 2025): the body the writer works for, the story's source as an
            # author's field's body is (作者:筠连县委统战部), then the writer
            at = line.index(value, label.end())
            fields += [_Field(written, "source", split, at, at + len(split)),
                       _Field(written, "author", value[len(split):], at + len(split), at + len(value))]
            continue
        elif kind == "author" and not all(_NAME.fullmatch(name) for name in _AUTHOR_SEPARATOR.split(_unpadded(value))
                                          if name):
            if not (publisher_name(value) or (_CJK_NAME.fullmatch(value)
                                              and value.endswith(ordered_lexicon("org_suffixes.txt")))):
                return None
            # 来源:延吉新闻网收集编辑:延吉新闻网 (a city portal's copy, 2023): a site, no one credited; 责编:苏州文明办
            # (a city's civilisation office's page, 2023), 作者:筠连县委统战部 (a county's signing ceremony, 2023): an
            # office, no one; the body an author's field credits is the story's source, as a source field's is
            kind = "source" if written == "作者" and not publisher_name(value) else "other"
        if kind == "path" and not crumb_media(value):
            kind = "other"  # 当前位置：首页 > 新闻中心: the site names no medium
        if kind == "source" and (dated := _medium_then_a_day(value)) is not None:
            # 来源:宜宾晚报 2019-11-18 10:58   https://www.yybnet.net/ (a city paper's site, 2019), 来源:中国新闻网2023-03-14
            # 09:31 (a prefecture's site, 2023): the medium, then the day the page gives with no label of its own
            medium, day = dated
            at = line.index(medium, label.end())
            fields.append(_Field(written, kind, medium, at, at + len(medium)))
            at = line.index(day, at + len(medium))
            fields.append(_Field(written, "date", day, at, at + len(day)))
            continue
        medium, _, author = value.partition(" ")
        if kind == "source" and author.isdigit() and publisher_name(medium):
            # 来源:华夏经纬网 890 (吉水县's investment news, 2014): the medium, then the page's count of its readers
            fields.append(_Field(written, kind, medium, label.end(), line.index(medium, label.end()) + len(medium)))
            continue
        if kind == "source" and author and publisher_name(medium) and _NAME.fullmatch(author):
            # 来源: 温州网 王翼翔 (a city's news site, 2019): the medium, and its reporter after a space
            at = line.index(author, label.end())
            fields += [_Field(written, kind, medium, label.end(), at), _Field(written, "author", author, at, end)]
            continue
        fields.append(_Field(written, kind, value, label.end(), end))
    return fields


def _medium_then_a_day(value: str) -> tuple[str, str] | None:
    """A source field's medium and the day right after it, glued on or after a space (宜宾晚报 2019-11-18 10:58,
    中国新闻网2023-03-14 09:31), or None."""
    day = _DATED.search(value)
    medium = value[:day.start()].rstrip() if day else ""
    # (来源: 安徽日报党媒云 2025-12-26 09:54:21, a community's page, 2025: a paper's platform named as a source is)
    return (medium, day.group()) if medium and _credited_medium(medium) else None


def _credits_then_a_day(line: str, start: int, end: int, label: str) -> list[_Field] | None:
    """An author field's value that names people, under its label's role or more, and ends with the page's day
    (编辑:曾小颖 实习编辑 于佳丽 2016-07-06 09:40:05; 作者:王晓东 2023-01-01): a field per role and one for the day, or
    None when no day ends it (the rules of :func:`header_fields` read the names)."""
    value = line[start:end]
    day = next((found for found in _DATED.finditer(value) if not value[found.end():].strip()), None)
    if day is None:
        return None
    fields, at, role = [], start, label
    for found in [*_role_pattern().finditer(value, 0, day.start()), None]:
        stop = start + (found.start() if found else day.start())
        names = line[at:stop].strip()
        if not names or not all(_NAME.fullmatch(name) for name in _AUTHOR_SEPARATOR.split(_unpadded(names)) if name):
            return None
        first = line.index(names, at)
        fields.append(_Field(role, "author", names, first, first + len(names)))
        if found:
            role, at = _closed_up(found.group()), start + found.end()
    first = start + day.start()
    return [*fields, _Field(label, "date", day.group(), first, first + len(day.group()))]


def crumb_media(path: str) -> list[str]:
    """The crumbs of a page's place in its site that name a site: 浙江在线 > 浙江城镇网 > 城镇即时报 正文 gives the
    site and its channel (a province's news site, 2021), not the channel's column (即时报: a paper's ending, but
    on a site's path a section); 首页 > 新闻中心 none."""
    return [crumb for crumb in path.split()  # the value's separators read as spaces
            if publisher_name(crumb) and crumb.endswith(word_set("site_endings"))]


def _site_crumb(line: str) -> str | None:
    """The site a breadcrumb opens with: 福州新闻网 in ``福州新闻网 >> 投资福州 >> 项目动态`` (a city's news site, 2021),
    修水网 in ``修水网 • 首页资讯 • 正文`` (a county's, 2018); None where the line is no breadcrumb or opens with a
    section (首页 > 新闻中心)."""
    if not _breadcrumb(line):
        return None
    unlabelled = _CRUMB_LABEL.sub("", line)
    first = re.split(rf"\s*{_CRUMB_MARKS}+\s*", re.sub(rf"^[\s{_CRUMB_MARKS[1:-1]}]+", "", unlabelled))[0]
    if first.endswith(word_set("site_owner_heads")) and _CRUMB_LABEL.match(line) \
            and gazetteer().lookup(first[:-len(next(h for h in word_set("site_owner_heads") if first.endswith(h)))]):
        # 您当前的位置: 旬阳市人民政府> 工作动态> 各镇快讯 (旬阳市's site, 2022): the government whose site it is, as a
        # paper's site is its paper's (GUIDELINES: every named organisation is an agency)
        return first
    if crumb_media(first) != [first]:
        return None
    # a portal's channel is a common noun's site (地方网 > 四川 > 宜宾市 > 今日宜宾, 2016: 地方/n), no medium; a place's
    # (荆州网: 荆州/ns) and the nation's media (人民网: 人民/n) keep theirs
    stem = first[:-len(next(e for e in word_set("site_endings") if first.endswith(e)))]
    common = word_tags().get(stem) == "n" and first not in data_words("world", "national_media.txt")
    return None if common else first


def _dated_media(found: _Field) -> list[str]:
    """The paper a date field's value names beside the date: an e-paper's header, 日期:[2018年06月13日] --
    菏泽日报 -- 版次:[A3] (a city paper's e-paper, 2018)."""
    if found.kind != "date":
        return []
    return [part for part in re.split(r"[\s\-—－–]+", found.value) if publisher_name(part) and not _DIGIT.search(part)]


def _unpadded(value: str) -> str:
    """An author field's value with its padded names closed up (苏 伟 -> 苏伟; 万 先觉 -> 万先觉, a surname padded apart
    from its given name: 重庆法治报's site, 2023)."""
    return _padded_name().sub(lambda found: _closed_up(found.group()), value)


@cache
def _credited_name() -> re.Pattern[str]:
    """A name an author field credits, padded or not (编辑: 万 先觉, 作者：苏 伟 王晓东)."""
    return re.compile(f"{_padded_name().pattern}|{_NAME.pattern}")


@cache
def _padded_name() -> re.Pattern[str]:
    """A name padded to a column's width: two characters apart (苏 伟), or a surname apart from two (万 先觉)."""
    return re.compile(rf"(?<![\u4e00-\u9fff]){_surname_pattern()}[ \u3000]{{1,2}}[\u4e00-\u9fff]{{2}}(?![\u4e00-\u9fff])"
                      rf"|{_PADDED_NAME.pattern}")


def _header_credits(line: str, base: int) -> list[Reporter]:
    """The authors a header line credits (作者：王晓东), with source offsets from ``base``."""
    reporters: list[Reporter] = []
    masked = _furniture().sub(lambda word: " " * len(word.group()), line)  # 作者：王晓东【打印】
    for found in header_fields(line) or ():
        if found.kind == "author":
            for name in _credited_name().finditer(masked, found.start, found.end):
                reporters.append(Reporter(_closed_up(name.group()), found.label, None, None,
                                          base + name.start(), base + name.end()))
    return reporters


def _footer_publisher(text: str) -> str | None:
    """Who a site's footer says owns it: 高邮市融媒体中心 in ``高邮市融媒体中心 版权所有 2025 Copyright … 苏ICP备…``
    (a city media centre's site, 2014), the first medium the footer's line names (:func:`_footer_media`)."""
    for line in text.split("\n")[::-1]:
        line = line.strip()
        if line and len(line) <= _MAX_HEADING * 4 and not _ends_sentence(line) and (media := _footer_media(line)):
            return media[0][0]
    return None


def _site_name_alone(text: str, line: str) -> bool:
    """Whether a line is a site's name alone, printed over the page and named again in it (福州新闻网 over
    the headline, then 来源:福州新闻网 and 福州新闻网7月23日讯; a column's 要闻简报 is named once)."""
    return publisher_name(line) and text.count(line) >= 2


def page_publisher(text: str) -> str | None:
    """The publisher a page names: the paper its masthead prints (安吉新闻  2023年6月8日
    星期四) unless a source field names it more fully (江岸发布 … 来源：江岸区融媒体中心), else the
    first publisher a website's header fields name (来源：石泉县人民政府), else the site its breadcrumb opens with
    (修水网 • 首页资讯 • 正文), else who signs the page's notice (中共来凤县委组织部 over 2024年4月9日), or None.  It tells where the page is at home (kgraph.extraction.pipeline), as a JSON Lines
    record's ``source`` does; it is not the articles' ``publication``: one site's articles name
    several publishers (the county's government, its media centre), and people are one per name
    within a paper.  An organisation's name only: 来源：本站 and 来源：原创 name none."""
    paper = None
    lines = [line.strip() for line in text[:_MASTHEAD_REACH].split("\n") if line.strip()]
    for index, line in enumerate(lines):
        printed = masthead(line)
        if printed and (printed[1] or (index and publisher_name(lines[index - 1]))):
            paper = printed[1] or lines[index - 1]  # 稠城发布 over 2024-08-03 17:45 浙江
            break
    if paper is None and lines and _site_name_alone(text, lines[0]):
        paper = lines[0]  # a site's name alone over the headline: 福州新闻网 (2021)
    for line in text.split("\n"):
        if len(line) > _HEADER_LINE_LENGTH:
            continue  # a paragraph, not a header (and the test is skipped on a story's text)
        for found in header_fields(line.strip()) or ():
            if found.kind == "source" and len(found.value) > 2 and (paper is None or found.value[:2] == paper[:2]):
                # the field names the paper's own publisher more fully: an account 江岸发布 whose posts
                # say 来源：江岸区融媒体中心; not another's (安吉新闻's story 来源：新华社); a paper's local edition is
                # the page's (《钱江晚报·今日桐乡》: 今日桐乡)
                media = _source_media(found.value)
                return media[-1] if len(media) > 1 else found.value
    return paper or next(filter(None, map(_site_crumb, lines)), None) or signed_by(text) or _dateline_publisher(lines) \
        or _footer_publisher(text) or _media_centre_named(text)


def _a_crumb(text: str, word: str) -> bool:
    """Whether ``word`` is written in the page's place in its site (首页 >华亭新闻>图片新闻: 图片新闻 is a section)."""
    return any(_breadcrumb(line.strip()) and word in line for line in text[:_MASTHEAD_REACH].split("\n"))


def page_crumbs(text: str) -> list[str]:
    """The crumbs of the page's place in its site, in its first lines (首页> 天津区域> 宁河> 正文, a city's news site,
    2021; > 要闻动态 > 黎川要闻, a county's, 2025), a section's words left out (word set crumb_section_words: 宁河,
    黎川): a division's name among them tells where the page is at home (kgraph.extraction.pipeline)."""
    crumbs = []
    for line in text[:_MASTHEAD_REACH].split("\n"):
        line = line.strip()
        if _breadcrumb(line):
            for crumb in re.split(rf"\s*{_CRUMB_MARKS}+\s*", _CRUMB_LABEL.sub("", line)):
                # (a government's site is its division's: 您当前的位置: 旬阳市人民政府> 工作动态, 2022)
                for word in word_set("crumb_section_words") + word_set("site_owner_heads"):
                    crumb = crumb.removesuffix(word)
                if crumb:
                    crumbs.append(crumb)
    return crumbs


# 我县, or 县委 or 县融媒体中心 after no character of a name: a text's start, a mark, a preposition or a particle
_COUNTY_BY_LEVEL = re.compile(r"我县|(?:^|[^\u4e00-\u9fff]|[到在和与及向对的了])县(?:委|融媒体中心)")


def writes_its_county_by_level(text: str) -> bool:
    """Whether a text names its own county by its level alone (我县; …。县委书记蒲从双, a county's site, 2017;
    来到|县融媒体中心): a county's own page."""
    return _COUNTY_BY_LEVEL.search(text) is not None


def _media_centre_named(text: str) -> str | None:
    """A county's media centre the text names by the county's name, whole or short (希望|普定|融媒体中心|把…,
    a county media centre's account, 2024: its own name in its story), as its publisher, on a page that names
    its own county by its level (来到|县融媒体中心); None if none (市委书记…到普定县融媒体中心调研: a visit)."""
    if not writes_its_county_by_level(text[:_MEDIA_CENTRE_REACH]):
        return None
    gaz = gazetteer()
    for found in re.finditer("融媒体中心", text[:_MEDIA_CENTRE_REACH]):
        for size in (5, 4, 3, 2):
            name = text[max(0, found.start() - size):found.start()]
            if len(name) == size and any(gaz.levels[n] == 3 for n in gaz.lookup(name)):
                return name + "融媒体中心"
    return None


_MEDIA_CENTRE_REACH = 5000  # a page's own text, not a whole corpus file read as one


def dateline_place(text: str) -> str | None:
    """The place a provincial or a city paper's dateline names between the paper and 讯 (农村大众报|高唐|讯(记者刘真真),
    a province's farm paper on a county's villages, 2016; 滨州日报/滨州网|滨城|讯): where the story is from, the words a
    division's name or short name may be (the caller asks the gazetteer); None where the first dateline names none, or
    is a national medium's."""
    for line in (line.strip() for line in text[:_MASTHEAD_REACH].split("\n") if line.strip()):
        found = _dateline().match(line)
        if found is None:
            continue
        if not found.group("medium") or found.group("medium") in data_words("world", "national_media.txt"):
            return None  # (a national agency's dateline names where its reporter files from: 新华社|南京|5月12日电)
        place = _DATELINE_PLACE.match(line, found.end("medium"))
        return place.group(1) if place else None
    return None


# the Chinese words between a dateline's medium and its 讯 or 电 (a day may come between: 新华社|北京|5月12日电), without
# the station a site's county office is (红网|汉寿|站|7月6日讯: 汉寿)
_DATELINE_PLACE = re.compile(r"([\u4e00-\u9fff]{2,6}?)站?(?=[讯电]|\d{1,2}月)")


def _dateline_publisher(lines: list[str]) -> str | None:
    """The paper the first dateline of the page's opening lines credits (玉林新闻网-玉林日报讯(记者 禤繁): 玉林日报,
    whose reporters they are; 滨州日报/滨州网滨城讯: 滨州日报, the paper before its site), or None."""
    for line in lines:
        found = _dateline().match(line) or _bare_dateline_at(line)
        if found and found.group("medium") and ("credits" in found.groupdict() or publisher_name(found.group("medium"))):
            return _the_paper(_media_of_a_dateline(_dateline_medium(found), 0))[0]
    return None


def _dateline_medium(found: re.Match) -> str:
    """A dateline's medium, with the one character after its publisher's ending that makes a word with the ending's last
    (汨罗融媒|体|讯: 汨罗融媒体, a county-level city's media centre, 2021; 中国报道; not 光明日报|京|讯)."""
    medium, after = found.group("medium"), found.string[found.end("medium"):found.end("medium") + 2]
    if len(after) == 2 and after[1] in "讯电" and medium[-1] + after[0] in word_tags() \
            and after[0] not in _province_characters():
        return medium + after[0]
    return medium


@cache
def _province_characters() -> frozenset[str]:
    """The characters a province is written by in a dateline (京, 沪, 赣: data/world/abbreviations.tsv's divisions)."""
    return frozenset(row[0] for row in data_table("world", "abbreviations.tsv") if "division" in row[2:3])


def _the_paper(media: list[tuple[str, int, int]]) -> tuple[str, int, int]:
    """Of a dateline's media, the paper, whose reporters they are and who publishes the page: 滨州日报 of
    滨州日报/滨州网, 玉林日报 of 玉林新闻网-玉林日报 (word set paper_endings); else the last."""
    return next((medium for medium in media if medium[0].endswith(word_set("paper_endings"))), media[-1])


@cache
def _surname_pattern() -> str:
    surnames = longest_first(lexicon("surnames.txt"))
    return "(?:" + "|".join(re.escape(surname) for surname in surnames) + ")"


# where a byline's report was filed from, at its end (临沂报道)
_FILED_FROM_WORDS = r"[\u4e00-\u9fff]{0,4}报道"
_PLACE_FILED_FROM = re.compile(r"[\s\u3000]+[\u4e00-\u9fff]{0,4}报道\s*$")


@cache
def _role_at_the_end() -> re.Pattern[str]:
    return re.compile(rf"(?:{_role_pattern().pattern})$")


def _without_filed_from(byline: str) -> str:
    """A byline without where its report was filed from: the place written apart from the last name (… 通讯员 周翠婷
    临沂报道), or 报道 alone where a name is all there is after the role (□通讯员李继敏报道, a city paper's page, 2021;
    记者 王金慧报道: 李继敏 and 王金慧 are all names, no place)."""
    place = _PLACE_FILED_FROM.search(byline)
    if place and not _role_at_the_end().search(byline, 0, place.start()):
        return byline[:place.start()]
    return re.sub(r"报道\s*$", "", byline)


@cache
def _byline_line() -> re.Pattern[str]:
    """A line of credits alone, with no bullet and no colon: ``本报记者 许晨``, ``记者 潘丽娟
    通讯员 钱伟``, the medium first (a city paper's site: ``周口日报全媒体记者 任富强``).  Each name
    opens with a surname: ``摄影作品展`` is a headline."""
    roles, name, medium = _role_pattern().pattern, _byline_name(), _byline_medium()
    # (and where the credited report was filed from: 大众网记者 王金慧 通讯员 周翠婷 临沂报道, a province portal's, 2021)
    # (and after what it credits them for: 文/ 井冈山报全媒体记者 罗仁瑾, a city paper's page on 吉水县, 2023)
    return re.compile(rf"\s*(?:{_CREDITED_FOR})?(?:{medium})?(?:(?:{roles})[\s\u3000]*{name}(?:[\s\u3000、]+{name})*"
                      rf"[\s\u3000]*)+(?:{_FILED_FROM_WORDS})?")


# what a byline credits its people for, before them (文/, 图/, 文图/)
_CREDITED_FOR = r"[文图]{1,2}\s*[/／]\s*"


def _byline_name() -> str:
    """A name a byline credits: a surname opens it (摄影作品展 is a headline)."""
    # (报道 may end the line right after it: 通讯员李继敏报道, a city paper's, 2021)
    return _surname_pattern() + r"[\u4e00-\u9fff]{1,2}(?:(?![\u4e00-\u9fff])|(?=报道\s*$))"


def _byline_medium() -> str:
    """The medium a byline may open with (周口日报全媒体记者 任富强), or its kind alone, the page's own paper's (晚报记者 向伟,
    宜宾晚报's site, 2019)."""
    # (a named medium ends as any medium does: 深圳特区报记者 杜澎, 2022; a bare kind is a paper's or a centre's)
    # (a site and its channel with a middle dot: 大众网·海报新闻记者 孙秀利, a province portal's, 2023)
    return (r"[\u4e00-\u9fff]{1,10}网·[\u4e00-\u9fff]{1,8}|[\u4e00-\u9fff]{1,10}(?:"
            + "|".join(map(re.escape, _medium_endings())) + r")|(?:"
            + "|".join(map(re.escape, longest_first(lexicon("media_suffixes.txt")))) + ")")


@cache
def _bulleted_credits() -> re.Pattern[str]:
    """Credits each opened by a bullet, at a line's start: ``□ 本报记者 曹天健 □ 本报通讯员 羊文智 刘海鹏``."""
    roles, name, medium = _role_pattern().pattern, _byline_name(), _byline_medium()
    return re.compile(rf"(?:\s*{_BULLET_MARKS}\s*(?:{medium})?(?:{roles})[\s\u3000]*{name}(?:[\s\u3000、]+{name})*)+")


def _story_after_credits(line: str) -> int:
    """Where the story starts on a line whose bulleted credits open it (□ 本报记者 曹天健 □ 本报通讯员 羊文智 刘海鹏
    “老张,别人说的我不听…”, a legal daily's page, 2024: the story runs on in the credits' line), 0 if it
    does not."""
    credits = _bulleted_credits().match(line)
    if credits is None:
        return 0
    rest = line[credits.end():].lstrip(" \u3000")
    return len(line) - len(rest) if rest and _classify(rest) == "body" else 0


def _story_after_fields(line: str) -> int:
    """Where the story starts on a line that a header's fields open, the story's day right after the last field's value
    (发布时间:2023-12-27 14:27:11 | 来源:中国网 | 作者:筠连县委统战部 | 责任编辑:赵茜|12月22日,筠连县…, a county's
    signing ceremony on a national site's channel, 2023: a page scraped with its lines run together), 0 if none does.
    Read for every story's line: a line with no field's label near its start is none, before any header is parsed."""
    reach = _FIELD_VALUE_LENGTH * 4
    if _field_label().search(line, 0, reach) is None:
        return 0
    for day in _STORY_DAY.finditer(line, 0, reach):
        fields = header_fields(line[:day.start()])
        if fields and any(f.kind in ("date", "source") for f in fields) and fields[-1].end == day.start():
            return day.start()
    return 0


# the day a story opens with (12月22日)
_STORY_DAY = re.compile(r"\d{1,2}月\d{1,2}日")


# and a list of them (新海南客户端、南海网、南国都市报5月27日消息, 2019); a group and its paper with a middle dot (大众报业·
# 鲁中晨报淄博8月7日讯, a city paper's, 2020)
_DASHES = re.compile(r"[-—－–/／、·]")


def _media_of_a_dateline(medium: str, start: int) -> list[tuple[str, int, int]]:
    """The media a dateline's medium names, with their source offsets: 玉林新闻网-玉林日报 is two, and so is
    滨州日报/滨州网 (滨州日报/滨州网滨城讯: a city paper, 2021; the place the story is from, 滨城, after the last
    medium's ending is no part of its name)."""
    media, at = [], start
    for part in _DASHES.split(medium):
        piece_at = at
        for piece in _two_media_run_together(part):  # (潍坊日报社潍坊融媒: two, no mark between them)
            end = _publisher_end(piece)
            # (one character after a publisher's ending that makes a word with it is the name's, no place: 中国报道,
            # 汨罗融媒体)
            name = piece if publisher_name(piece) or (len(piece) - end == 1 and piece[end - 1:] in word_tags()) \
                else piece[:end]
            if name:
                media.append((name, piece_at, piece_at + len(name)))
            piece_at += len(piece)
        at += len(part) + 1
    return media or [(medium, start, start + len(medium))]


def _two_media_run_together(part: str) -> list[str]:
    """A dateline's medium as the media it names written with no mark between them: 潍坊日报社潍坊融媒 (潍坊日报社潍坊融媒讯
    秋收时节…, a city paper's site, 2024) is the paper and its media centre, each a publisher's name of three
    characters or more, both opening with the place's name; else the part whole (中新网河北新闻: the site's channel)."""
    for cut in range(len(part) - 3, 2, -1):
        if publisher_name(part[:cut]) and publisher_name(part[cut:]) and _publisher_end(part[:cut]) == cut \
                and part[cut:cut + 2] == part[:2]:
            return [part[:cut], part[cut:]]
    return [part]


def _publisher_end(part: str) -> int:
    """Where the longest name of a publisher that ``part`` opens with ends (滨州网滨城: 3), else its length."""
    return next((end for end in range(len(part), 1, -1) if publisher_name(part[:end])), len(part))


# how long a source field's name may be: a medium's, and a body's that ends with an organisation's head
_SOURCE_LENGTH, _BODY_SOURCE_LENGTH = 10, 20


# a site's channel written after it with a dash (人民网-安徽频道)
_CHANNEL_DASH = re.compile(r"\s*[-—－–]+\s*")


def _source_media(value: str) -> list[str]:
    """The media a source field's value credits: its medium (:func:`_medium_before_a_place`, :func:`_credited_medium`),
    its title marks left out, and a paper and its local edition written with a middle dot each (来源: 《钱江晚报·今日桐乡》,
    桐乡's edition of 钱江晚报, 2016: the edition a paper's name or 今日 and a place's, word set local_edition_openings);
    a site's channel stays the site's (来源:中国网·美丽常州)."""
    if value.startswith("《") and value.endswith("》"):
        value = value[1:-1]
    paper, dot, edition = value.partition("·")
    if dot and publisher_name(paper) and (publisher_name(edition) or (
            edition.startswith(_LOCAL_EDITION_OPENINGS) and _credited_medium(edition))):
        return [paper, edition]
    medium = _medium_before_a_place(value)
    return [medium] if _credited_medium(medium) else []


_LOCAL_EDITION_OPENINGS = tuple(word_set("local_edition_openings"))


def _credited_medium(value: str) -> bool:
    """Whether a source field's value names who published the article: a paper's, a site's or an account's
    name (publisher_endings.txt: 温州都市报, 四川在线), or a short name of its own (来源:交汇点, 来源:中新网吉林: a
    province's paper's app, a news site's provincial channel, 2017-2023); not the page's own site (本站, 本网),
    nor no one (原创, 网络: not_sources.txt), nor a body written by its level alone (来源 : 区民政局: no name until
    its division is read)."""
    if gazetteer().by_name.nodes(value):
        return False  # 信息来源:长春经济技术开发区 (a zone's site, 2025): where the article is from, the page's home, no medium
    # a site's local channel is written after it with a middle dot (来源:中国网·美丽常州, 2020)
    # (a body's name longer than a paper's: 来源:沅陵县人大常委会办公室, a county congress's page, 2022)
    longest = _BODY_SOURCE_LENGTH if value.endswith(ordered_lexicon("org_suffixes.txt")) else _SOURCE_LENGTH
    return publisher_name(value) or (bool(_CJK_NAME.fullmatch(value.replace("·", ""))) and len(value) <= longest
                                     and not value.startswith("·") and not value.endswith("·")
                                     and value not in data_words("page", "own_media.txt")
                                     and value not in data_words("page", "not_sources.txt")
                                     and not value.startswith(word_set("level_abbreviations")))


def _medium_before_a_place(value: str) -> str:
    """A source field's medium without the division written after it (来源:文山新闻网丘北县, a prefecture's news site's
    county page, 2018: 文山新闻网, the story 丘北县's), nor its channel after a dash (来源:人民网-安徽频道, a county's
    signing ceremony, 2020: 人民网), else the value."""
    site = _CHANNEL_DASH.split(value, maxsplit=1)[0]
    if site != value and publisher_name(site):
        return site
    for cut in range(len(value) - 2, 1, -1):
        if publisher_name(value[:cut]) and gazetteer().lookup(value[cut:]):
            return value[:cut]
    return value


def _a_medium(word: str) -> bool:
    """Whether a word of a credit names a medium (荆州日报, 新华社, 县融媒体中心), not a person."""
    return word.endswith(_medium_endings())


@cache
def _medium_endings() -> tuple[str, ...]:
    """What ends a medium's name in a credit: a medium's suffix (media_suffixes.txt: 日报, 融媒体中心), an agency's
    and a site's and a paper's ending (word sets dateline_agency_endings, site_endings, paper_endings)."""
    return longest_first({*lexicon("media_suffixes.txt"), *word_set("dateline_agency_endings"), *word_set("site_endings"),
                          *word_set("paper_endings")})


# a credited name's chunk: a padded two-character name (魏 倩), else a run up to a separator
_CREDIT_CHUNK = re.compile(rf"{_PADDED_NAME.pattern}|[^\s\u3000、，,:：/]+")


def parse_credits(text: str, base: int) -> list[Reporter]:
    """People credited in a byline or dateline: ``记者余海艳 通讯员吴卫东 辛素云``.

    ``base`` is the source offset of ``text[0]``; reporters carry source offsets.
    """
    reporters: list[Reporter] = []
    text = with_chinese_punctuation(text)  # 周口日报∙新周口客户端记者: the middle dot, one character for one
    matches = list(_role_pattern().finditer(text))
    cursor = 0
    for i, match in enumerate(matches):
        prefix = text[cursor:match.start()].strip(" \u3000:：、，,")
        organization = station = None
        if prefix:
            # the last word before the role: 荆州日报 in 荆州日报签约摄影师, 驻荆州经开区
            *before, word = re.split(r"[\s\u3000、，,:：]+", prefix)  # (作者:|深圳特区报|记者 杜澎: after a field's label)
            named = [*before, word] if _a_name_alone(word) else before
            if named and _a_medium(named[0]) and not _a_name_alone(named[0]):
                # (the paper, then its writers by name alone: (九江日报 董芳 刘礼平 记者汪东平), a city paper's site, 2016)
                named = named[1:]
            if not i and named and all(_a_name_alone(name) for name in named):
                before = named
                # writers credited by their names alone before the first role (…持续健康发展。(魏婷 白周光 九江日报
                # 全媒记者 包四华), a city paper's site, 2024): named as a dateline's names alone are
                at = cursor
                for name in before:
                    at = text.index(name, at)
                    reporters.append(Reporter(name, "", None, None, base + at, base + at + len(name)))
                    at += len(name)
            if word.startswith("驻"):
                station = word[1:]
            elif (_a_medium(word) or any(_a_medium(part) for part in word.split("·")[:-1])) \
                    and word not in data_words("page", "own_media.txt"):
                # (a site and its app's channel: 大众网·海报新闻|记者 孙秀利, a province portal's, 2023: the site's)
                organization = word  # (本网|记者 金玲慧: the page's own site, which the page names elsewhere)
                parts = [part for part in word.split("·") if _a_medium(part)]
                if parts and "·" in word:
                    # an app and its paper (新天水·天水日报记者马放, a city paper's site, 2023): the paper's reporter
                    # (else the site before its channel: 大众网·海报新闻, the app's channel a news app's name)
                    organization = next((part for part in parts if part.endswith(word_set("paper_endings"))), parts[0])
        end = matches[i + 1].start() if i + 1 < len(matches) else len(text)
        segment = text[match.end():end]
        offset = match.end()
        for chunk in _CREDIT_CHUNK.finditer(segment):
            name = compact = _closed_up(chunk.group())  # 魏 倩: a name padded to a column's width
            name_end = len(name)
            for tail in _CREDIT_TAILS:
                if name.endswith(tail) and len(name) > len(tail):
                    name_end -= len(tail)
                    break
            name = name[:name_end]
            is_last = chunk.end() == len(segment.rstrip())
            if name.startswith("驻") or (is_last and i + 1 < len(matches) and not segment[chunk.end():]
                                          and _a_medium(name)):
                # a prefix of the next credit, not a person: 荆州日报|签约摄影师; but 记者|田兰兰|通讯员|贺玉琴 (a
                # county paper's credits written with no space, 2016) names a reporter
                continue
            if len(name) >= 3 and name.endswith(tuple(word_set("credited_body_endings"))):
                continue  # 编辑:|党政办|审核:|党政办 (a street's site, 2023): the street's office credited, no person
            if re.fullmatch(r"[\u4e00-\u9fff·]{2,4}", name) and name not in _CREDIT_TAILS:
                start = base + offset + chunk.start()
                written = len(chunk.group()) - (len(compact) - name_end)  # the tail cut off (摄) was not padded
                reporters.append(Reporter(name, _closed_up(match.group()), organization, station, start, start + written))
            elif name == chunk.group() and (names := _names_run_together(name)) is not None:
                # (通讯员|李婉婷陈亚飞, a provincial paper's credit, 2023; 融媒体记者:|阿荣刘志林, a banner's, 2021; 通讯员|
                # 任永立宁计永王立勇, 焦作's paper, 2018: names written with no space between)
                at = base + offset + chunk.start()
                for part in names:
                    role = _closed_up(match.group())
                    reporters.append(Reporter(part, role, organization, station, at, at + len(part)))
                    at += len(part)
        cursor = end
    return reporters or _names_with_a_credit_word(text, base)


# a credit of names alone and the words of what they made, after them or before them and a slash: (范泽龙 图/文), (王明 摄),
# (文/王明), (图/文 王明) (a province's news site, 2023; word set photo_credits)
_WORK_WORDS = r"(?:图/文|文/图|图文|%s|报道)" % "|".join(longest_first(word_set("photo_credits")))
_NAMES_THEN_WORK = re.compile(rf"^\s*(.+?)\s*{_WORK_WORDS}\s*$")
_WORK_THEN_NAMES = re.compile(r"^\s*(?:(?:图/文|文/图)\s*[/／:：]?|[文图]\s*[/／:：])\s*(.+?)\s*$")  # (文/王明: no 文|明办)


def _names_with_a_credit_word(text: str, base: int) -> list[Reporter]:
    """The writers a credit names alone with the words of what they made (:data:`_WORK_WORDS`): 范泽龙 of (范泽龙 图/文),
    王明 of (文/王明); none where the rest is no names alone (surnames opening them)."""
    for pattern in (_NAMES_THEN_WORK, _WORK_THEN_NAMES):
        found = pattern.match(text)
        if found is not None and found.group(1) != text.strip():
            names = _names_alone(found.group(1), base + found.start(1))
            if names and not any(_a_common_word(r.name) for r in names):
                return names
    return []


def _a_name_alone(word: str) -> bool:
    """Whether a credit's word is a person's name written alone (魏婷, 白周光), no common word nor a medium."""
    return bool(_names_alone_pattern().fullmatch(word)) and not _a_common_word(word) and not _a_medium(word)


def _names_run_together(run: str) -> tuple[str, ...] | None:
    """The names a credit writes with no space between (李婉婷陈亚飞, 阿荣刘志林, 任永立宁计永王立勇): five to twelve
    characters that split into two to four names each opening with a surname (of two or three characters, no common
    word), one way only, or one way only into names of three characters (the common length) where several split;
    None otherwise."""
    if not 5 <= len(run) <= _LONGEST_RUN_OF_NAMES or not re.fullmatch(r"[\u4e00-\u9fff]+", run):
        return None
    named = [split for split in _splits(run) if 2 <= len(split) <= 4 and all(_a_name_alone(part) for part in split)]
    if len(named) > 1:
        named = [split for split in named if all(len(part) == 3 for part in split)]
    return named[0] if len(named) == 1 else None


# the most characters of names run together in a credit (four names of three)
_LONGEST_RUN_OF_NAMES = 12


def _splits(run: str) -> list[tuple[str, ...]]:
    """Every way to cut ``run`` into pieces of two or three characters."""
    if not run:
        return [()]
    return [(run[:k], *rest) for k in (2, 3) if len(run) >= k for rest in _splits(run[k:])]


@cache
def _names_alone_pattern() -> re.Pattern[str]:
    name = _surname_pattern() + r"[\u4e00-\u9fff]{1,2}"
    return re.compile(rf"\s*{name}(?:[\s\u3000、，,]+{name})*\s*")


def _a_common_word(word: str) -> bool:
    """Whether the dictionary holds ``word`` as a word that is no person's name (文字, 高清: a surname opens them)."""
    tag = word_tags().get(word)
    return tag is not None and not tag.startswith("nr")


def _names_alone(credits: str, base: int) -> list[Reporter]:
    """The writers a dateline credits by their names alone, with no role: 本报讯(吴才兵), 中新网吉林新闻5月10日电
    (郭佳 郭善花) (a county paper's and a news site's items, 2023); each name opens with a surname."""
    if not _names_alone_pattern().fullmatch(credits):
        return []
    return [Reporter(m.group(), "", None, None, base + m.start(), base + m.end())
            for m in re.finditer(r"[\u4e00-\u9fff]+", credits)]


def _names_after_their_body(credits: str, base: int) -> list[Reporter]:
    """The writers a closing credit names alone after the body they write for, a space between (…的桥梁纽带作用。
    (投资促进事务中心 单中平), 衡东县's site, 2018; (县政协 王素文), a county's page): the names, the body left unread
    (no post: the credit says no title)."""
    body, _, names = credits.partition(" ") if " " in credits else credits.partition("\u3000")
    if not names or not re.fullmatch(r"[\u4e00-\u9fff]{2,12}", body) or not body.endswith(ordered_lexicon("org_suffixes.txt")):
        return []
    writers = _names_alone(names, base + len(body) + 1)
    # (no word of the dictionary's: (县人民政府 公告), (县林业局 来稿) name no one)
    return [] if any(_a_common_word(w.name) for w in writers) else writers


@dataclass
class _Paragraph:
    kind: str  # head, byline, credit, fields (a website article's header fields), body
    pieces: list[tuple[int, int]] = field(default_factory=list)  # (source start, source end)
    text: str = ""
    reporters: list[Reporter] = field(default_factory=list)
    # the media a dateline credits the item to (玉林新闻网-玉林日报讯: both), with their source offsets
    publishers: list[tuple[str, int, int]] = field(default_factory=list)
    level: int = 0  # a markdown heading's level (# is 1)
    closes: bool = False  # the site's furniture follows it (打印本页  关闭窗口): its article ends


_CLOSE_OPEN = {closer: opener for opener, closer in _OPEN_CLOSE.items()}
_BRACKET = re.compile("[" + re.escape("".join(_OPEN_CLOSE) + "".join(_OPEN_CLOSE.values())) + "]")


def _unbalanced(text: str) -> bool:
    depth: dict[str, int] = {}
    for char in _BRACKET.findall(text):  # only the brackets, not every character
        if char in _OPEN_CLOSE:
            depth[char] = depth.get(char, 0) + 1
        else:
            opener = _CLOSE_OPEN[char]
            if depth.get(opener, 0) > 0:
                depth[opener] -= 1
    return any(count > 0 for count in depth.values())


def _ends_sentence(text: str) -> bool:
    stripped = text.rstrip(_CLOSERS)
    # (or its credit in brackets after its last sentence: …进行实地调研。(黄松银), then 附件下载, a county's site, 2020:
    # the next line is no part of it)
    return bool(stripped) and (stripped[-1] in _TERMINAL or _CLOSING_CREDIT.search(text) is not None)


# a photo's credit closing a caption's line (word set photo_credits): a name or a role before 摄 (记者孙也达摄, 记者 王明 摄),
# 摄影, or 供图; and the words a credit's name ends with, a report's too (记者 王明 报道), longest first
_PHOTO_CREDIT_END = re.compile(r"[\u4e00-\u9fff][ \u3000]?(?:" + "|".join(longest_first(word_set("photo_credits"))) + ")$")
_CREDIT_TAILS = longest_first((*word_set("photo_credits"), "报道"))


def _is_broken(text: str) -> bool:
    """A body line cut by the layout, to be continued by the next line."""
    if _ends_sentence(text) or _media_menu(text) or _PHOTO_CREDIT_END.search(text):
        # (nor a menu of media: 海南日报 |南国都市报 |南海网 …, complete; nor a caption its photo's credit closes:
        # …进行粘豆包生产。河北日报记者孙也达摄, a province's page, 2022; “灵溪大讲堂”。通讯员 供图)
        return False
    if _unbalanced(text):
        return True
    return bool(_INNER_PUNCT.search(text)) or len(text) > _MAX_HEADING


# a site's breadcrumb: where the page sits, its parts short (新县八里畈镇人民政府 > 政务动态)
# (a site's links may open with the mark: > 穆棱门户   > 市人大   > 市 委   > 市政府, a county-level city's CPPCC
# site, 2017)
# (or apart by bullets, two or more: 修水网 • 首页资讯 • 正文, a county's news site, 2018; one bullet may join a
# headline's two names, 云南•南华; a mark may be doubled: 福州新闻网 >> 投资福州 >> 项目动态, a city's, 2021)
_CRUMB_MARKS = "[>＞»›•]"
# the label a site's breadcrumb may open with (您当前的位置: 旬阳市人民政府> 工作动态, 当前位置：首页 > 新闻)
_CRUMB_LABEL = re.compile(r"^\s*(?:您|你)?(?:当前|现在)?的?(?:所在)?位置是?\s*[:：]\s*")
_BREADCRUMB_PATTERN = re.compile(
    rf"(?:{_CRUMB_MARKS}\s*)?[^。！？，,；;>＞»›•]{{1,16}}(?:\s*{_CRUMB_MARKS}{{1,2}}\s*[^。！？，,；;>＞»›•]{{1,16}})+")


def _breadcrumb(line: str) -> bool:
    """Whether a line is a site's breadcrumb (a line stripped of its padding)."""
    return _BREADCRUMB_PATTERN.fullmatch(line) is not None and (line.count("•") != len(re.findall(_CRUMB_MARKS, line))
                                                                or line.count("•") >= 2)
# a site's menu: four short words or more, apart by wide spaces (首页  政协概况  政协动态  政协会议  …, the same site)
_MENU = re.compile(r"[\u4e00-\u9fff]{2,8}(?:[ \u3000]{2,}[\u4e00-\u9fff]{2,8}){3,}"
                   # (or six or more short items one space apart after a menu's label or its home page's item: 首页 资讯 民生
                   # 科技 财经 …, 旗下栏目: 北京 上海 广东 河北 … (a news portal's Tianjin channel, 2022): the site's menus, no places
                   # of the story; not 主办单位: 团市委 市教育局 …, the bodies hosting an event, nor 途经 桐乡 嘉兴 海宁 …)
                   r"|(?:[\u4e00-\u9fff]{0,4}(?:栏目|导航|频道|菜单)[:：][ \u3000]*|首页[ \u3000]+)"
                   r"[\u4e00-\u9fff]{2,4}(?:[ \u3000]+[\u4e00-\u9fff]{2,4}){4,}")


@cache
def _site_sections() -> tuple[str, ...]:
    return longest_first(data_words("page", "site_sections.txt"))


def _site_section(line: str) -> bool:
    """Whether a line is a publisher's name and a section of its site (data/page/site_sections.txt):
    江门恩平市恩城街道办事处|政府信息公开, not 2023年政府信息公开工作年度报告."""
    section = next((s for s in _site_sections() if line.endswith(s)), None)
    if section is None:
        return False
    publisher = line.removesuffix(section).strip()
    return publisher_name(publisher) or (bool(_CJK_NAME.fullmatch(publisher))
                                         and publisher.endswith(ordered_lexicon("org_suffixes.txt")))


@cache
def _footer_marks() -> re.Pattern[str]:
    return re.compile("|".join(re.escape(mark) for mark in longest_first(data_words("page", "footer_marks.txt"))),
                      re.IGNORECASE)


def _footer_media(line: str) -> list[tuple[str, int]]:
    """The media a site's footer line names, with where each is written: its words apart by spaces, marks and
    the footer's own words (宝鸡日报社版权所有,未经协议授权: 宝鸡日报社) that are publishers' names; none on a line of
    no footer."""
    marks = _footer_marks()
    if not marks.search(line):
        return []
    words = marks.sub(lambda mark: " " * len(mark.group()), line)  # (the marks blanked, the offsets kept)
    return [(found.group(), found.start()) for found in _FOOTER_WORD.finditer(words) if publisher_name(found.group())]


_FOOTER_WORD = re.compile(r"[\u4e00-\u9fff·]{2,30}")


def _names_listed(line: str) -> bool:
    """Whether half the words of a line apart by spaces or more are people's names (a roster: 张建国  李红梅 …)."""
    words = line.split()
    return 2 * sum(bool(_roster_name().fullmatch(w)) for w in words) >= len(words)


@cache
def _roster_name() -> re.Pattern[str]:
    return re.compile(_surname_pattern() + r"[\u4e00-\u9fff]{1,2}")  # (a whole word of the line: no lookahead)


def _classify(line: str) -> str:
    if _NOISE_LINE.fullmatch(line):
        return "noise"  # a forum's noise between the lines of a story (1 \8 v) ?. H( O9 L4 ~9 v5 H( O4 m+ Y, 射阳's forum, 2017)
    if _is_nothing(line):
        return "furniture"  # |, | | (a county paper's site, 2019: the table's cells around the headline): separators only
    if _breadcrumb(line):
        # 您当前的位置 :浙江在线 > 浙江城镇网 > 城镇即时报 (2021): a labelled path naming the site's media is a field
        return "fields" if any(f.kind == "path" for f in header_fields(line) or ()) else "furniture"
    if _MENU.fullmatch(line) and not _names_listed(line):
        return "furniture"
    if len(line) <= _MAX_HEADING * 4 and not _ends_sentence(line) and _footer_marks().search(line):
        return "furniture"  # 高邮市融媒体中心 版权所有 … 苏ICP备05016021号: the site's footer
    if len(line) <= _MAX_HEADING and _site_section(line):
        return "furniture"  # 江门恩平市恩城街道办事处|政府信息公开: the site's section, over its articles
    if _PAPER_PAGE.fullmatch(line):
        return "furniture"  # 第A06版:金湖新闻 (淮安日报's e-paper, 2022): the paper's page and its name, a column, no medium
    if _ADDRESS_AND_DAY.fullmatch(line):
        return "furniture"  # http://www.mqxww.com  2023-05-04 09:47:52 (闽清新闻网, 2023): the site's address and the day
    if SIGNED_DATE_LINE.fullmatch(line):
        return "credit"  # a notice's signed date (中共来凤县委组织部 / 2024年4月9日) closes it, as a credit line does
    if _BULLET.match(line) and _role_pattern().search(line[:12]):
        return "byline"
    if len(line) <= _MAX_HEADING and _byline_line().fullmatch(line):
        return "byline"
    bracketed = _CREDIT_LINE.match(line)
    # (a body and its writer's name in brackets on a line of their own: (投资促进事务中心 单中平), 衡东县's site, 2018)
    if (bracketed and (_CREDIT_HINT.search(line) or _staff_line().fullmatch(bracketed.group(1))
                       or _names_after_their_body(bracketed.group(1), 0))) or (
            len(line) <= _MAX_HEADING * 2 and _staff_line().fullmatch(line)):
        return "credit"
    fields = header_fields(line)
    if fields is not None:
        if any(f.kind == "host" for f in fields):
            # 主办:中共重庆市綦江区委 重庆市綦江区人民政府 承办:重庆市綦区融媒体中心 (a district's site, 2023): the bodies
            # that run the site, named (GUIDELINES: bodies and media named anywhere are agencies)
            return "host"
        return "fields" if any(f.kind != "other" for f in fields) else "furniture"
    if _ends_sentence(line) or _dateline().match(line) or len(line) > _MAX_HEADING or _INNER_PUNCT.search(line):
        return "body"
    return "head"


# ---------------------------------------------------------------- markdown
# A .md page: headings are headings (and split articles), and markup is not text.
# Each line keeps the source ranges of its text, so offsets still point into the file.
_MD_HEADING = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+|$)")
_MD_CLOSING_HASHES = re.compile(r"[ \t]+#+[ \t]*$")
_MD_RULE = re.compile(r"^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|=+[ \t]*)$")
_MD_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_MD_LINK_DEFINITION = re.compile(r"^ {0,3}\[[^\]\n]+\]:\s*\S")
_MD_PREFIX = re.compile(r"^[ \t]*(?:>[ \t]?)*[ \t]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?(?:\[[ xX]\][ \t]+)?")
# No part may run on over the start of another (a bracket, a parenthesis, a comment's
# opening): a line of 50 000 [ once took 41 s, each [ scanning to the line's end
_MD_INLINE = re.compile(
    r"!\[[^\[\]\n]*\]\((?:[^()\n]|\([^()\n]*\))*\)|!\[[^\[\]\n]*\]\[[^\[\]\n]*\]"   # images: not text
    r"|\[([^\[\]\n]*)\]\((?:[^()\n]|\([^()\n]*\))*\)|\[([^\[\]\n]*)\]\[[^\[\]\n]*\]"  # links: their text only
    r"|<(?:https?|mailto|ftp):[^<>\s]*>|<!--(?:[^-<\n]|-(?!->)|<(?!!--))*-->|</?[A-Za-z][^<>\n]*>"  # autolinks, HTML
    r"|(?:https?|ftp)://[^\s<>()（）\[\]，。；、“”]+"                         # bare addresses
    r"|\*+|~~|`+|(?<![A-Za-z0-9])__|__(?![A-Za-z0-9])|\|")                 # emphasis, code, table marks


def _markdown_line(line: str, start: int) -> tuple[list[tuple[int, int]], str, bool]:
    """The source ranges of a markdown line's text (markup left out), that text, and
    whether the line says anything beyond link texts (a line of links is navigation)."""
    ranges: list[tuple[int, int]] = []
    own = False
    cursor = _MD_PREFIX.match(line).end()

    def keep(a: int, b: int, plain: bool) -> None:
        nonlocal own
        if a < b:
            ranges.append((start + a, start + b))
            own = own or (plain and bool(line[a:b].strip()))

    for match in _MD_INLINE.finditer(line, cursor):
        keep(cursor, match.start(), True)
        group = 1 if match.group(1) is not None else 2 if match.group(2) is not None else 0
        if group:
            keep(match.start(group), match.end(group), False)
        cursor = match.end()
    keep(cursor, len(line), True)
    # trim blanks at both ends
    while ranges and not _slice(line, start, ranges[0]).strip():
        ranges.pop(0)
    while ranges and not _slice(line, start, ranges[-1]).strip():
        ranges.pop()
    if ranges:
        first = _slice(line, start, ranges[0])
        ranges[0] = (ranges[0][0] + len(first) - len(first.lstrip()), ranges[0][1])
        last = _slice(line, start, ranges[-1])
        ranges[-1] = (ranges[-1][0], ranges[-1][1] - (len(last) - len(last.rstrip())))
    return ranges, "".join(_slice(line, start, r) for r in ranges), own


def _slice(line: str, start: int, piece: tuple[int, int]) -> str:
    return line[piece[0] - start:piece[1] - start]


def _markdown_paragraphs(text: str) -> list[_Paragraph]:
    paragraphs: list[_Paragraph] = []
    current: _Paragraph | None = None
    position = 0
    fence: str | None = None
    lines = text.split("\n")
    front_matter = bool(lines) and lines[0].strip() == "---"
    for number, raw in enumerate(lines):
        start = position
        position += len(raw) + 1
        if front_matter:  # YAML between --- lines at the top: not text
            if number > 0 and raw.strip() in ("---", "..."):
                front_matter = False
            continue
        opening = _MD_FENCE.match(raw)
        if fence is not None:  # code is not text
            if opening and opening.group(1)[0] == fence[0] and len(opening.group(1)) >= len(fence):
                fence = None
            continue
        if opening:
            fence = opening.group(1)
            continue
        if not raw.strip() or _MD_RULE.match(raw) or _MD_LINK_DEFINITION.match(raw):
            current = None if not raw.strip() else current
            continue
        heading = _MD_HEADING.match(raw)
        if heading:
            content_end = len(raw)
            closing = _MD_CLOSING_HASHES.search(raw, heading.end())
            if closing:
                content_end = closing.start()
            skip = heading.end()
            pieces, line_text, _ = _markdown_line(raw[skip:max(content_end, skip)], start + skip)
            if line_text:
                # a heading's text is kept as it is: it is never a byline or a sentence
                current = None
                paragraphs.append(_Paragraph("head", pieces, line_text, level=len(heading.group(1))))
            continue
        pieces, line_text, own = _markdown_line(raw, start)
        if not line_text or not own:
            continue
        kind = _classify(line_text)
        if kind == "noise":
            continue
        if kind == "head":
            kind = "body"  # in markdown a heading says so
        if kind == "furniture":
            current = None
            continue
        if current is not None and current.kind == "body" and kind not in ("byline", "fields") and (
                _is_broken(current.text) or not _ends_sentence(current.text)):
            current.pieces.extend(pieces)
            current.text += line_text
            continue
        current = _Paragraph(kind, list(pieces), line_text)
        paragraphs.append(current)
    for paragraph in paragraphs:
        _read_credits(paragraph)
    return paragraphs


def _group_markdown(paragraphs: list[_Paragraph]) -> list[list[_Paragraph]]:
    """Articles of a markdown page: each heading starts one.  Headings with nothing but a
    deeper heading under them (the page's or a section's title) are left out; a heading
    deeper than its article's own is a subhead inside it."""
    if not any(p.kind == "head" for p in paragraphs):
        return _group(paragraphs)
    articles: list[list[_Paragraph]] = []
    for paragraph in paragraphs:
        current = articles[-1] if articles else None
        if paragraph.kind != "head":
            if current is None:
                articles.append([paragraph])
            else:
                current.append(paragraph)
            continue
        if current is not None and all(p.kind == "head" for p in current):
            current[:] = [p for p in current if p.level >= paragraph.level]
            current.append(paragraph)
            continue
        heads = [p.level for p in current or () if p.kind == "head" and p.level]
        if current is not None and heads and paragraph.level > min(heads):
            current.append(paragraph)  # a subhead
            continue
        articles.append([paragraph])
    # a trailing heading with no text under it says nothing
    return [a for a in articles if any(p.kind != "head" for p in a)] or articles


def _paragraphs(text: str, title: str | None = None) -> list[_Paragraph]:
    """The paragraphs of a page; a first line that is the record's ``title`` (put there by
    the reader) is a headline whatever its length or punctuation, never joined to the body."""
    paragraphs: list[_Paragraph] = []
    current: _Paragraph | None = None
    position = 0
    links = False  # after 往期推荐: the lines are other articles' titles
    masthead_media: list[tuple[str, int, int]] = []
    lines = text.split("\n")
    for index, raw in enumerate(lines):
        start = position
        position += len(raw) + 1
        stripped = raw.strip()
        if not stripped:
            continue
        lead = len(raw) - len(raw.lstrip())
        piece = (start + lead, start + lead + len(stripped))
        kind = "head" if not paragraphs and title and stripped == title else _classify(stripped)
        if kind == "head" and _signs(lines, index):
            # a notice's issuer over its signed date (…拟任县审计局局长；/ 中共来凤县委组织部 / 2024年4月9日):
            # the notice's last line, continuing no line before it, and no headline
            current = _Paragraph("body", [piece], stripped)
            paragraphs.append(current)
            continue
        printed = masthead(stripped) if position <= _MASTHEAD_REACH else None
        if position <= _MASTHEAD_REACH and ((printed and printed[1]) or (not paragraphs and (
                printed or _names_the_masthead(lines, index) or _site_name_alone(text, stripped)))):
            # 安吉新闻  2023年6月8日  星期四: the page's masthead, no article's headline (nor an account's name over the
            # day it posted: 稠城发布 / 2024-08-03 17:45 浙江; nor a site's name alone over the headline: 福州新闻网,
            # 2021); the medium it names publishes the page (观海融媒 2021-05-14 13:57:03, 2021)
            # (a name a publisher's ending ends: not an account's column, 政务  2024-10-10 18:23  上海, 2024; nor a
            # site's section alone, 图片新闻 under 首页 >华亭新闻>图片新闻)
            paper = printed[1] if printed else stripped
            if paper is not None and publisher_name(paper) and paper in stripped and not _a_crumb(text, paper):
                at = piece[0] + stripped.index(paper)
                masthead_media.append((paper, at, at + len(paper)))
            continue
        if kind == "noise":
            continue  # skipped, closing nothing: the story goes on after it
        if kind == "host":
            # a line of text of its own, read for the bodies it names, over the stories or in the site's footer under
            # them (主办:呼伦贝尔市人民政府办公室 承办:呼伦贝尔市政务服务与数据管理局, a city's site, 2021: GUIDELINES, the
            # bodies named anywhere are agencies)
            kind = "body"
        if links and (kind == "head" or _LINK_BULLET.match(stripped)):
            continue  # ▶ 我市召开全市经济工作会议: another article's title, linked
        if links and stripped.endswith(_TEASER_ENDS):
            continue  # its teaser, cut short (新闻推荐 / 组织生活内容丰富 / 为加强基层党组织…“支部..., 涡阳新闻, 2017)
        links = _LINK_BULLET.sub("", stripped).strip(_LINK_HEADING_MARKS) in _link_headings()
        if kind == "furniture" and position <= _MASTHEAD_REACH and (site := _site_crumb(stripped)):
            # the site a breadcrumb over the story opens with publishes the page (GUIDELINES: media named anywhere
            # are agencies)
            at = piece[0] + stripped.index(site)
            masthead_media.append((site, at, at + len(site)))
        if kind == "furniture" or links:
            if paragraphs:
                paragraphs[-1].closes = True
                # the media a footer says own the site (© 版权所有 湖南日报报业集团, Copyright 莱西新闻网 All Rights
                # Reserved: a province's and a city's news sites, 2019-2023): the last article's publishers, as its
                # source field's are (GUIDELINES: media named anywhere are agencies)
                paragraphs[-1].publishers += [(name, piece[0] + at, piece[0] + at + len(name))
                                              for name, at in _footer_media(stripped)]
            current = None  # a line cut before the furniture is not continued after it
            continue
        if kind == "head" and current is not None and current.kind == "body" and not _next_line(lines, index) \
                and stripped.endswith(word_set("county_media_endings")) and publisher_name(stripped):
            # …高质量完成|/ 石楼融媒 (石楼县's page, 2021): the page's last line, a county's media centre alone, signs the
            # story as its publisher (GUIDELINES: media named anywhere are agencies)
            current.publishers.append((stripped, piece[0], piece[0] + len(stripped)))
            current = None
            continue
        if current is not None and current.kind == "body" and _is_broken(current.text) and kind not in ("byline", "fields", "credit") \
                and not _dateline().match(stripped):
            # (a dateline opens a story's paragraph, whatever line stops short before it: a photo's caption and its
            # credit, “灵溪大讲堂”。通讯员 供图 / 荆楚网(湖北日报网)讯(通讯员 张友江、周沁)…, a province's news site, 2023)
            current.pieces.append(piece)
            current.text += stripped
            continue
        if kind == "head" and current is not None and current.kind == "body" and not _next_line(lines, index) \
                and _a_name_alone(stripped) and len(stripped) <= 3:
            # …为推进全镇网格化管理工作奠定了坚实基础。/ |常映红| (清徐县东于镇's page, 2013): the page's last line, a
            # name alone after the text, signs it; its writer, no headline
            paragraphs.append(_Paragraph("credit", [piece], stripped))
            current = None
            continue
        story = _story_after_credits(stripped) if kind == "byline" else _story_after_fields(stripped) if kind == "body" else 0
        if story:
            credits = stripped[:story].rstrip(" \u3000")
            paragraphs.append(_Paragraph(kind if kind == "byline" else "fields", [(piece[0], piece[0] + len(credits))],
                                         credits))
            kind, piece, stripped = "body", (piece[0] + story, piece[1]), stripped[story:]
        current = _Paragraph(kind, [piece], stripped)
        paragraphs.append(current)
    for paragraph in paragraphs:
        _read_credits(paragraph)
    if masthead_media and paragraphs:
        paragraphs[0].publishers = [*masthead_media, *paragraphs[0].publishers]
    return paragraphs


def _names_the_masthead(lines: list[str], index: int) -> bool:
    """Whether the line at ``index`` is the name of the account whose masthead, the day and time it
    posted with no name, is the next line with text (稠城发布 / 2024-08-03 17:45 浙江)."""
    printed = masthead(_next_line(lines, index))
    return publisher_name(lines[index].strip()) and printed is not None and printed[1] is None


def _signs(lines: list[str], index: int) -> bool:
    """Whether the line at ``index`` is a notice's issuer: the next line with text is the date alone."""
    return bool(SIGNED_DATE_LINE.fullmatch(_next_line(lines, index)))


def _next_line(lines: list[str], index: int) -> str:
    """The next line after ``index`` with text, stripped ("" if none)."""
    return next((line.strip() for line in lines[index + 1:] if line.strip()), "")


def _read_credits(paragraph: _Paragraph) -> None:
    source_start = paragraph.pieces[0][0]
    if paragraph.kind == "byline":
        unbulleted = _BULLET.sub("", paragraph.text)
        body = _without_filed_from(unbulleted)  # (… 通讯员 周翠婷 临沂报道: 临沂 is no one)
        paragraph.reporters = parse_credits(body, source_start + len(paragraph.text) - len(unbulleted))
    elif paragraph.kind == "credit":
        inner = _CREDIT_LINE.match(paragraph.text)
        if inner is None:  # 编辑：刘小红 校对：陈明, not in brackets; a writer's name alone signing the page
            paragraph.reporters = parse_credits(paragraph.text, source_start) or (
                _names_alone(paragraph.text, source_start) if _a_name_alone(paragraph.text) else [])
        else:
            # (or a body and its writer's name: (投资促进事务中心 单中平) on a line of its own, 衡东县's site, 2018)
            paragraph.reporters = parse_credits(inner.group(1), source_start + inner.start(1)) or \
                _names_after_their_body(inner.group(1), source_start + inner.start(1))
    elif paragraph.kind == "fields":
        paragraph.reporters = _header_credits(paragraph.text, source_start)
    elif paragraph.kind == "body":
        opening = _furniture_opening(paragraph.text)
        if opening and opening < paragraph.pieces[0][1] - source_start and _dateline().match(paragraph.text[opening:]):
            # 视频加载中... 永定新闻网讯(陈敏 吴宇梁) (a district's news site, 2019): the dateline after a player's note
            _cut_opening(paragraph, opening)
            source_start = paragraph.pieces[0][0]
        dateline = _dateline().match(paragraph.text)
        if dateline and dateline.end() <= paragraph.pieces[0][1] - source_start:
            paragraph.reporters = parse_credits(dateline.group("credits"), source_start + dateline.start("credits")) \
                or _names_alone(dateline.group("credits"), source_start + dateline.start("credits"))
            if dateline.group("medium"):
                # 江南时报讯(记者 钱月明), 新华社北京5月12日电(记者 …): the reporters the credit names no medium for
                # are the dateline's; a site and its paper joined by a dash (玉林新闻网-玉林日报讯(记者 禤繁), a
                # city paper's site, 2014) are two media, the reporters the paper's
                media = _media_of_a_dateline(_dateline_medium(dateline), source_start + dateline.start("medium"))
                paragraph.publishers = media
                paragraph.reporters = [replace(r, organization=_the_paper(media)[0])
                                       if r.organization is None and r.role.endswith("记者") else r
                                       for r in paragraph.reporters]
            _cut_opening(paragraph, dateline.end())
        elif (bare := _bare_dateline_at(paragraph.text)) and bare.end() <= paragraph.pieces[0][1] - source_start \
                and (publisher_name(bare.group("medium")) or publisher_name(bare.group("medium").split("·")[-1])):
            # (a group's paper after the group and a middle dot: 大众报业·鲁中晨报淄博8月7日讯, a city paper's, 2020)
            # 温州网讯 在鹿城区…: the medium publishes the story, which starts after the space
            paragraph.publishers = _media_of_a_dateline(bare.group("medium"), source_start + bare.start("medium"))
            if bare.groupdict().get("place"):
                # the place the news comes from stays in the text, a division the page names, its day and 讯 not (东北网|
                # 虎林|9月20日讯 : 虎林市's story, whose 市委 is 虎林市委 though 鸡西市, above it, is named later)
                _keep_only(paragraph, bare.start("place"), bare.end("place"), bare.end())
            else:
                _cut_opening(paragraph, bare.end())
        _closing_credit(paragraph)


def _keep_only(paragraph: _Paragraph, start: int, end: int, cut: int) -> None:
    """The paragraph without its first ``cut`` characters but [start, end), which opens it (a dateline's place), its
    first piece split in two."""
    first_start, first_end = paragraph.pieces[0]
    paragraph.text = paragraph.text[start:end] + paragraph.text[cut:]
    paragraph.pieces[0:1] = [(first_start + start, first_start + end), (first_start + cut, first_end)]


def _cut_opening(paragraph: _Paragraph, cut: int) -> None:
    """The paragraph without its first ``cut`` characters (a dateline read), its first piece trimmed with it."""
    paragraph.text = paragraph.text[cut:]
    first_start, first_end = paragraph.pieces[0]
    paragraph.pieces[0] = (first_start + cut, first_end)


# a credit in brackets that closes a paragraph, after its last sentence: …送上节日的祝福。(记者 施含韵),
# …案件正在进一步侦办中。(邓宇微) (a city paper's and a district police's pages, 2023)
_CLOSING_CREDIT = re.compile(r"(?<=[。！？!?”])\s*[(（]([^()（）]{2,40})[)）]\s*$")


@cache
def _closing_photo_credit() -> re.Pattern[str]:
    """A photo's credit with no bracket that closes its caption, after the caption's last sentence: …融入了更多童趣、彩绘的
    元素。|新京报记者 田杰雄 摄 (新京报 on a district's communities, 2023), …作讲解。|人民网记者 杨文全摄 (人民网 on a
    village, 2023): a medium, a role, a name opening with a surname, then 摄 or 拍摄 (…。记者王刚拍摄: 王刚)."""
    return re.compile(rf"(?<=[。！？!?”])\s*((?:{_byline_medium()})?(?:{_role_pattern().pattern})[\s\u3000]*"
                      rf"{_surname_pattern()}[\u4e00-\u9fff]{{1,2}}?[\s\u3000]*拍?摄)\s*$")


def _closing_credit(paragraph: _Paragraph) -> None:
    """The writers a body paragraph's closing credit names join its reporters, and the credit leaves its
    text (the pieces trimmed from the end); a bracket of no credit (a photo's note, 图为…) stays."""
    found = _CLOSING_CREDIT.search(paragraph.text) or _closing_photo_credit().search(paragraph.text)
    if not found or not paragraph.pieces:
        return
    last_start, last_end = paragraph.pieces[-1]
    keep = found.start()
    offset = sum(end - start for start, end in paragraph.pieces[:-1])  # where the last piece starts in the text
    if keep < offset:
        return  # the credit spans pieces (a line broken inside it): left as text
    base = last_start + found.start(1) - offset
    credits = parse_credits(found.group(1), base) if _CREDIT_HINT.search(found.group(1)) else \
        _names_alone(found.group(1), base) or _names_after_their_body(found.group(1), base)
    if not credits and publisher_name(found.group(1)):
        # a medium alone in the closing bracket (…副区长连欣主持签约仪式。(中国企业报), a business paper's story on a
        # district's site, 2023): the paper the story is credited to, as a dateline's
        paragraph.publishers = [*paragraph.publishers, (found.group(1), base, base + len(found.group(1)))]
    elif not credits:
        return
    paragraph.reporters = [*paragraph.reporters, *credits]
    paragraph.text = paragraph.text[:keep]
    paragraph.pieces[-1] = (last_start, last_start + keep - offset)


# a news item's lead opens with its day, or with when in the words local items use for one:
# 3月12日，我县召开…; 连日来，鹤溪街道组织…; 近日，…; 今年以来，… (a subhead's text goes on with the story)
_DATED_LEAD = re.compile(r"(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:[至到-]\d{1,2}日)?(?:上午|下午|晚|晚上|早上|凌晨)?"
                         r"|近日|日前|连日来|近期|近段时间以来|今年以来|(?:\d{1,2}|[一二三四五六七八九十]{1,2})月以来)[，,]")


# a paper's own item opens with 本报讯 even with no credit in brackets after it (盐城晚报's 本报讯 昨天下午，…)
_PAPER_LEAD = re.compile(r"\s*(?:本报讯|本报[^\s()（），。]{0,16}讯)")


def _news_lead(segment: list[_Paragraph]) -> bool:
    """Whether the text under a lone headline opens as a news item does, with its day or the paper's
    本报讯: a short item of a county paper has no byline (我县召开安全生产工作会议 / 3月12日，我县召开…)."""
    body = next((p for p in segment if p.kind == "body"), None)
    return body is not None and bool(_DATED_LEAD.match(body.text) or _PAPER_LEAD.match(body.text))


# the paragraphs of an article's header: headlines, bylines and a website's header fields
_HEADER_KINDS = ("head", "byline", "fields")


def _group(paragraphs: list[_Paragraph]) -> list[list[_Paragraph]]:
    """Articles: a header block (headlines, bylines) and the body after it. A lone
    headline with no byline or dateline inside an article is a subhead."""
    segments: list[list[_Paragraph]] = []
    for paragraph in paragraphs:
        if paragraph.kind == "fields" and segments and segments[-1][-1].kind not in _HEADER_KINDS:
            # after an article's text the fields close it as a credit line does (来源：邢台日报
            # 编辑：王娜 at the end of an article a city's account posts), and start none
            paragraph.kind = "credit"
        elif paragraph.kind == "byline" and segments and segments[-1][-1].kind == "body":
            # 市政协秘书长童叔刚参与当天的创文活动。/ 晚报记者 向伟 (宜宾晚报's site, 2019): a byline right after an
            # article's text, no headline before it, credits that article and opens none
            paragraph.kind = "credit"
        header = paragraph.kind in _HEADER_KINDS
        if not segments or (header and segments[-1][-1].kind not in _HEADER_KINDS):
            segments.append([paragraph])
        else:
            segments[-1].append(paragraph)
    articles: list[list[_Paragraph]] = []
    for segment in segments:
        header = [p for p in segment if p.kind in _HEADER_KINDS]
        own_credit = any(p.reporters for p in segment)
        # a lone headline inside an article is a subhead; so is a run of short lines with no byline, the
        # captions of the photos between its paragraphs (活动现场 / 赠送盆栽 / 为新闻工作者代表们赠予花束, a city
        # portal's story, 2023)
        subhead = (len(header) == 1 or all(len(p.text) <= _CAPTION_LENGTH for p in header)) \
            and all(p.kind == "head" for p in header) and not own_credit and not _news_lead(segment)
        previous_closed = bool(articles) and (articles[-1][-1].kind == "credit" or articles[-1][-1].closes)
        if articles and subhead and not previous_closed:
            articles[-1].extend(segment)
        else:
            articles.append(list(segment))
    return [brief for article in articles for brief in _briefs(article)]


# a brief's mark and its day: a column of briefs (要闻简报) prints one news item per marked paragraph,
# each with its own day (◆9月23日,我县在政府二楼会议室召开…调度会。副县长李晋平出席…)
_BRIEF_MARK = re.compile(r"\s*([◆■●▲★◎□])")
_BRIEF_DAY = re.compile(r"\d{1,2}月\d{1,2}日")


def _briefs(article: list[_Paragraph]) -> list[list[_Paragraph]]:
    """A column of briefs split into its items: each body paragraph that opens with the mark two or
    more of the column's dated paragraphs open with starts an item (the column's heading stays with
    the first).  Points of one story marked alike carry no day each (◆完善机制…), and stay one."""
    marks = [(_BRIEF_MARK.match(p.text), p) for p in article]
    dated = [m.group(1) for m, p in marks if m and p.kind == "body" and _BRIEF_DAY.search(p.text)]
    mark = max(set(dated), key=dated.count) if dated else None
    if mark is None or dated.count(mark) < 2:
        return [article]
    items: list[list[_Paragraph]] = []
    for match, paragraph in marks:
        opens = match is not None and match.group(1) == mark and paragraph.kind == "body"
        if opens and items and any(p.kind == "body" for p in items[-1]):
            items.append([paragraph])
        elif items:
            items[-1].append(paragraph)
        else:
            items.append([paragraph])
    return items


def _source_offset(paragraph: _Paragraph, at: int) -> int:
    """Where the character at ``at`` of a paragraph's text is written in the source (its pieces in order)."""
    for start, end in paragraph.pieces:
        if at < end - start:
            return start + at
        at -= end - start
    return paragraph.pieces[-1][1]


def _media_menu(line: str) -> list[tuple[str, int]]:
    """The media a site's menu of its group's media lists, with where each is written: 海南日报报业集团旗下媒体:
    海南日报 |南国都市报 |南海网 |南岛晚报 |证券导报 … (a province paper's e-paper, 2022): a label naming the group's
    media (word set media_menu_labels: 旗下媒体), then three items or more apart by bars, half of them publishers'
    names or more.  Not a site's links to others (友情链接: 人民网 | 新华网 | …)."""
    label, colon, rest = line.partition(":") if ":" in line else line.partition("：")
    if not colon or not label.strip().endswith(tuple(word_set("media_menu_labels"))) \
            or rest.count("|") + rest.count("｜") < 2:
        return []
    items, at = [], len(label) + 1
    for part in re.split(r"([|｜])", rest):
        if part not in ("|", "｜"):
            items.append((part.strip(), at + len(part) - len(part.lstrip())))
        at += len(part)
    media = [(item, start) for item, start in items if publisher_name(item)]
    return media if 2 * len(media) >= len(items) else []


def _document(source: Source, number: int | None, paragraphs: list[_Paragraph]) -> Document:
    text_parts: list[str] = []
    pieces: list[tuple[int, int, int]] = []
    reporters: list[Reporter] = []
    publishers: dict[str, tuple[str, int, int]] = {}
    headlines: list[str] = []
    length = 0
    body_start = None
    for paragraph in paragraphs:
        reporters.extend(paragraph.reporters)
        for name, start, end in paragraph.publishers:
            publishers.setdefault(name, (name, start, end))
        for medium, at in _media_menu(paragraph.text):
            start = _source_offset(paragraph, at)
            publishers.setdefault(medium, (medium, start, start + len(medium)))
        if paragraph.kind in ("credit", "fields"):
            for found in header_fields(paragraph.text) or ():
                # 发布时间:2025年09月19日来源:温州都市报 (a county's news site, 2025): the medium the article is
                # credited to, once however often the page repeats it (its header and its footer)
                media = _source_media(found.value) if found.kind == "source" else []
                media += crumb_media(found.value) if found.kind == "path" else _dated_media(found)
                for medium in media:  # where the line writes it (the value's separators and padding cleaned)
                    at = paragraph.text.find(medium, found.start, found.end)
                    start = paragraph.pieces[0][0] + (at if at >= 0 else found.start)
                    publishers.setdefault(medium, (medium, start, start + len(medium)))
        if paragraph.kind in ("byline", "credit", "fields"):
            continue
        if paragraph.kind == "head" and body_start is None:
            headlines.append(paragraph.text)
        elif body_start is None:
            body_start = length
        if not paragraph.text:
            continue
        consumed = 0
        for src_start, src_end in paragraph.pieces:
            span = src_end - src_start
            pieces.append((length + consumed, src_start, span))
            consumed += span
        text_parts.append(paragraph.text)
        length += len(paragraph.text) + 1
    text = "\n".join(text_parts)
    title = source.title or (headlines[0] if headlines else None)
    doc_id = source.id if number is None else f"{source.id}/{number}"
    return Document(
        id=doc_id,
        source=source.id,
        origin=source.origin,
        title=title,
        headlines=tuple(headlines),
        text=text,
        pieces=tuple(pieces),
        reporters=tuple(reporters),
        date=source.date,
        publication=source.publication,
        publishers=tuple(publishers.values()),
        body_start=body_start if body_start is not None else len(text),
    )


def source_in_simplified_characters(source: Source) -> Source:
    """A source written in traditional characters (下倉鎮召開…鎮長王木林, a county's story on a portal) with its text and
    its title in simplified ones, one character for one (kgraph.ingest.script); any other as it is.  The pipeline reads
    the source so before anything (its dateline, crumbs and dates too), and so does :func:`split_documents` for a caller
    of its own."""
    if not written_in_traditional(f"{source.title or ''}\n{source.text}"):
        return source
    return replace(source, text=simplified(source.text), title=simplified(source.title) if source.title else None)


def split_documents(source: Source, *, read_in_simplified: bool = True) -> list[Document]:
    """The articles of a source (one for a JSON Lines record, even an empty one), in
    reading order; read in simplified characters (:func:`source_in_simplified_characters`) unless the caller
    did so already (``read_in_simplified=False``: the pipeline, which reads the source so before anything)."""
    clean = without_controls(without_surrogates(source.text))  # a text given to the library too
    if clean is not source.text:
        source = replace(source, text=clean)
    if source.title and without_controls(source.title) is not source.title:
        source = replace(source, title=without_controls(source.title))
    if read_in_simplified:
        source = source_in_simplified_characters(source)
    markdown = source.markup == "markdown"
    paragraphs = _markdown_paragraphs(source.text) if markdown else _paragraphs(
        source.text, source.title if source.single_article else None)
    if source.single_article:
        return [_document(source, None, paragraphs)]  # no paragraphs: an empty article, noted later
    if not paragraphs:
        return []
    articles = _group_markdown(paragraphs) if markdown else _group(paragraphs)
    if len(articles) == 1:
        return [_document(source, None, articles[0])]
    return [_document(source, number, article) for number, article in enumerate(articles, start=1)]

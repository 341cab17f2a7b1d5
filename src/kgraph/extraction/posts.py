"""Posts: who holds which title in which organisation (``holdsPost``), as
``../shared/eval/EVENTS.md`` counts them.

Two stages read them:

- :func:`find_officials` (before the people stage) reads a chain from a written
  organisation: 公安县委|副书记|、|政法委|书记|冯荆柯 holds 副书记 in 公安县委 and 书记 in
  公安县委政法委 (a department named after a party committee belongs to it);
  城关镇|镇长|李明辉 and 镇长|李志刚 hold posts in a division's government; a list after
  the chain (村两委成员|赵丽|、|孙强) shares its posts.
- :func:`find_posts` (after the model's people and places) reads what needs them: a
  title after a foreign country (伊朗|总统|莱希 → 伊朗; 英国|首相|苏纳克 → 英国政府;
  德国|外长 → 德国外交部), a Chinese title that names its organisation by itself
  (国家主席|习近平 → 中华人民共和国; 国务委员|兼|外长|秦刚), and such a title after the
  name (习近平|总书记); a bare party committee before a title is the one of the division of its
  level the article named (高陵镇 … 镇|党委书记|陈志明 -> 高陵镇党委); a place the model reads
  after a foreign title is its holder (古巴|外长|罗德里格斯); a chain after a local agency gives its
  posts to a name only the later stages read (街道党工委|副书记|、|办事处|主任|蒋|海波).

The heads of a foreign city's or region's government hold their posts in it (莫斯科|市长 -> 莫斯科市政府),
a party or a country's own body named right after the country is the organisation of the title after
it (匈牙利|工人党|主席, 希腊|政府|发言人), so is a body no stage read that the model's words before the title
name (会见|世界经济论坛|主席|施瓦布), or that is written after a country or a division the stages read
(乌克兰|经济部|副部长|卡奇卡 -> 乌克兰经济部, 江西省|文化和旅游厅|原|党组书记 -> 江西省文化和旅游厅), and a list of members after a colon holds the titles before
its names (…委员会组成人员。他们是：主任沈春耀，副主任黄玉山、张勇).

Foreign organisations are named with their country (俄|外交部长 -> 俄罗斯外交部; a chamber China has none
of, written bare, with the one its paragraph named last: 众议院|多数党领袖 -> 美国众议院), an envoy's
post is in the mission (中国|驻|印尼|大使 -> 中国驻印尼大使馆), and a chain after 曾任 or 时任
gives former posts to whom the sentence is about (霍英东先生是…，曾任…全国政协副主席); a chain
after a verb of taking or leaving a post gives it to the verb's subject or to the people it names
(任命|孙志强|为|公安县人民政府|常务副县长, 王建国|已|调任|荆州市委|秘书长, 免去|唐一军|的|司法部|部长|职务: former).

China's central bodies hold no post of a foreign holder, weighed where a post's body is chosen, not
corrected after: a bare ministry or implied body of a name that does not read as Chinese after a foreign
country, or listed after 、 in a clause a foreign country opens, is that country's (_hold and
_implied_body_of: 印度总统穆尔穆、|总理|莫迪 -> 印度政府; 俄罗斯总检察长…、|国防部|长|绍伊古 -> 俄罗斯国防部); a
title implying China's body names none for a person the story gives a foreign country's post (越南国家主席
武文赏 … 国家主席|武文赏); 政府|总理 written without a country is a foreign government's.  A title after the
name is read once the posts before names are (_posts_after_names): it is the post of that title the story
gives, and one of China's single-holder posts goes to no one while another holds its group
(习近平总书记和|阮富仲|总书记: not 阮富仲's); a member's title after the name is a post in the body whose
standing committee the story names (全国政协|十四届|常委会 … 郑永飞|常委 -> 全国政协).

Local pages name bodies and posts shortly, which the stage reads from the article (after the model's words):
a body by one character before its officials' titles (安吉县人民法院召开…。|院|党组书记、院长|方立新 -> 安吉县人民法院),
a deputy's bare title by the head's body of its sentence (县人大常委会主任王德明…，|副主任|李红、陈刚), a town head's
by a town only the model read (永安镇…，|镇长|陈丽), a division head's title after the name by the article's
division (吴凯|县长 -> 郧西县人民政府; 书记, 主任 after a name stay unread), and a verb of a post in a profile by
the person it opens (李国华，男，…，|现任|县财政局副局长; 拟任, proposed, is none).

Each post's ``title`` is as written without the organisation, and ``former`` says
that the text marks it as no longer held (原|国务院|副总理, 美国|前|总统|特朗普).
The titles, the implied organisations, the missions and the markers are data (``data/posts/``).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import replace
from functools import cache

from ..errors import DataError
from ..model import Key, Mention
from ..resources import (alias_table, data_table, lexicon, longest_first, ordered_lexicon, pos_tags, table,
                         word_pattern, word_set, word_tags)
from .analysis import Analysis, SpanIndex, stage
from ..gazetteer import gazetteer
from .recognisers.agencies import agency_key, canonical_head, governing_division, home_division, org_run
from .recognisers.divisions import unlinked_division
from .names import anonymous_tails, chinese_name, person_key, read_name, reads_as_chinese, scope_of
from .world import country_abbreviations as _abbreviations, listed_names  # one table for posts and resolution (data/world/)

__all__ = ["find_officials", "find_posts", "post_title_at", "read_post_chain", "former_before", "former_markers",
           "post_verbs"]

_CJK = re.compile(r"[\u4e00-\u9fff]")

# One post as a chain reads it: the organisation's mention, the title, whether it is former.
Post = tuple[Mention, str, bool]


@cache
def _titles() -> frozenset[str]:
    """Every title: the recognisers' (data/lexicon/titles.txt) and the posts' own."""
    return lexicon("titles.txt") | frozenset(row[0] for row in data_table("posts", "titles.txt"))


@cache
def _generic_titles() -> frozenset[str]:
    """The titles any group may have (data/posts/titles.txt, ``generic``: 官员, 领导人): read after a
    body another stage read, they never make the model's span before them a body (中非|领导人|对话会)."""
    return frozenset(row[0] for row in data_table("posts", "titles.txt") if row[1:2] == ("generic",))


def _body_title_at(text: str, pos: int) -> str | None:
    """The title at ``pos`` when it says that the words before it name a body: no generic one."""
    title = post_title_at(text, pos)
    return None if title in _generic_titles() else title


@cache
def _qualifiers() -> tuple[str, ...]:
    """Words before a title that are part of it as written (data/posts/title_qualifiers.txt: 联合|主席)."""
    return longest_first(row[0] for row in data_table("posts", "title_qualifiers.txt"))


@cache
def _title_pattern() -> re.Pattern[str]:
    """A title, with up to two qualifiers written before it (联合|主席, 全球|执行|董事长)."""
    qualifiers = "|".join(map(re.escape, _qualifiers()))
    return re.compile(f"(?:(?:{qualifiers}){{0,2}}(?:{word_pattern(_titles()).pattern}))")


@cache
def _longest_title() -> int:
    return max(map(len, _titles()))


def post_title_at(text: str, pos: int) -> str | None:
    """The longest title starting at ``pos`` (副局长 before 局长), or None."""
    match = _title_pattern().match(text, pos)
    return match.group() if match else None


def _former_title_at(text: str, pos: int, read=post_title_at) -> tuple[int, str] | None:
    """Where the title after a former-marker that is no verb (原, 前) written at ``pos`` starts, and the
    title; or None: 全国政协社会和法制委员会|原副|主任|傅政华, 福州市粮食和物资储备局|原|党组书记 (the segmenter
    glues 局原) — how notices of discipline name a body before the former posts held in it."""
    marker = next((m for m in _former_words() if text.startswith(m, pos)), None)
    title = read(text, pos + len(marker)) if marker else None
    return None if title is None else (pos + len(marker), title)


def _title_ending_at(text: str, end: int) -> str | None:
    """The longest title that ends at ``end``: 伊朗第一副总统|穆赫贝尔 -> 第一副总统."""
    titles = _titles()
    for size in range(min(_longest_title(), end), 0, -1):
        if text[end - size:end] in titles:
            start = end - size
            for _ in range(2):  # 德国社会民主党|联合|主席: the qualifiers before it are the title's
                qualifier = next((q for q in _qualifiers() if text.startswith(q, start - len(q))), None)
                if qualifier is None:
                    break
                start -= len(qualifier)
            return text[start:end]
    return None


@cache
def _implied() -> dict[str, tuple[str, str, str, bool]]:
    """title -> (organisation, alone|always|never, also after the name)."""
    return {row[0]: (row[1], row[2], row[3] == "yes") for row in data_table("posts", "implied_organisations.tsv")}


@cache
def _foreign() -> dict[str, str]:
    """title after a foreign country -> the organisation's name as a template on {country}."""
    return {row[0]: row[1] for row in data_table("posts", "foreign_titles.tsv")}


@cache
def _titles_after_a_country() -> tuple[str, ...]:
    """The titles that are titles only right after a country's name, another word elsewhere:
    文莱|苏丹|哈桑纳尔 (xwlb-20231117-06), but 苏丹|总统 (Sudan) and 秘书长|苏丹问题|特别代表."""
    return tuple(row[0] for row in data_table("posts", "foreign_titles.tsv") if row[2:3] == ("after-country",))


def _title_after_a_country_ending_at(an: Analysis, end: int, ends: dict[int, Mention]) -> str | None:
    for title in _titles_after_a_country():
        if an.text[end - len(title):end] == title and _country_ending_at(an, end - len(title), ends) is not None:
            return title
    return None


@cache
def former_markers() -> tuple[str, ...]:
    return tuple(sorted((row[0] for row in data_table("posts", "former_markers.txt")), key=lambda w: (-len(w), w)))


@cache
def _countries() -> frozenset[str]:
    """Countries by name (data/world/countries.tsv): the ones whose heads hold posts in them."""
    return frozenset(name for name, row in listed_names().items() if row.kind == "country")


@cache
def _home_country() -> frozenset[str]:
    """China by its names: after them a title takes China's own organisation (中国|外长 -> 外交部)."""
    return frozenset(row[0] for row in data_table("posts", "home_country.txt"))


def former_before(an: Analysis, pos: int) -> tuple[bool, int]:
    """Whether a former-marker (原, 前, 曾任, 生前) ends at ``pos`` as a word of its own
    (日前|国务院 is no marker: 日前 is one word) or after a country's abbreviation the segmenter
    joined to it, when the two are no word of its dictionary (美前|总统|特朗普, xwlb-20230405-14;
    日前 and 以前 are words), and where it starts."""
    text = an.text
    for marker in former_markers():
        start = pos - len(marker)
        if start < 0 or not text.startswith(marker, start):
            continue
        if start in an.boundaries or _after_abbreviation(an, start, pos):
            return True, start
    return False, pos


def _after_abbreviation(an: Analysis, start: int, end: int) -> bool:
    """美|前: a country's abbreviation right before [start, end), which the segmenter joined to it
    though the two make no word of its dictionary."""
    before = start - 1
    return (an.text[before:start] in _abbreviations() and before in an.boundaries
            and an.text[before:end] not in word_tags())


def _add_person(an: Analysis, start: int, name: str) -> Mention:
    return an.add(Mention.make("Person", an.doc.id, start, start + len(name), name, name,
                               person_key(name, scope_of(an)), role="official"))


# ---------------------------------------------------------------------------
# 1. chains from a written organisation (before the people stage)

def read_post_chain(an: Analysis, agency: Mention, link: int | None = None) -> tuple[list[Post], int]:
    """The posts a chain of titles after ``agency`` names, and where the chain ends:
    公安县委|副书记|、|政法委|书记 -> [(公安县委, 副书记), (公安县委政法委, 书记)].  Units the
    chain names (政法委) are added as agencies.  With ``link`` (the offset after a 、 that
    follows a name), the chain goes on from there in ``agency``'s context:
    党工委书记李华|、|办事处|主任 -> 小溪塔街道办事处.  Reusable wherever a post follows an
    organisation (某某同志任|某县人民政府|副县长)."""
    text = an.text
    current, posts = agency, []
    if link is None:
        pos, former = agency.end, former_before(an, agency.start)[0]
        if agency.text.endswith("部") and text.startswith("长", pos):
            return [(agency, _minister_title(an, agency, pos + 1), former)], pos + 1
        filler = next((word for word in _counted_fillers() if text.startswith(word, pos)), None)
        if filler is not None and (title := post_title_at(text, pos + len(filler))) is not None:
            # 夏威夷警察联合会|的一名|官员|克劳斯: one of its officials, one title (no chain after it)
            return [(agency, title, former)], pos + len(filler) + len(title)
        if text.startswith("》", pos) and text[agency.start - 1:agency.start] == "《" and post_title_at(text, pos + 1):
            pos += 1  # 《俄罗斯报》|社长|涅戈伊察 (xwlb-20230321-09): the mark closes a periodical's name
    else:
        former = False
        pos = link
        if _level_of_head(post_title_at(text, link) or ""):
            return [], link  # 政协主席黄明、副区长|张丽: a division head's, read with the division named last
        if not post_title_at(text, link):  # 、副书记: the same organisation's title
            found = _next_organisation(an, link, current, current)
            if found is None:
                return [], link
            current, pos = found
    while True:
        title = _charged_title(text, pos) or post_title_at(text, pos)
        marker = None if title else next((m for m in former_markers() if text.startswith(m, pos)), None)
        if marker and (pos in an.boundaries or pos + len(marker) in an.boundaries) and post_title_at(
                text, pos + len(marker)):
            # 评估督导司|原|党支部书记、司长|王青云: former from here to the chain's end; 发展改革委|原 glued
            # as 委原|党组|成员 (xwlb-20230129-09) too
            former, pos = True, pos + len(marker)
            title = post_title_at(text, pos)
        if title is None and not posts:
            title = _for_a_matter(text, pos)  # 联合国|难民事务|高级专员|格兰迪 (xwlb-20230427-14)
        if title is None:
            break
        while (staff := _staff_title_at(text, pos + len(title))) is not None:
            title += staff  # 联合国|秘书长|发言人|迪雅里克 (xwlb-20230419-14): one post, on the first's staff
        posts.append((_organisation_of(an, current, title), title, former))
        pos += len(title)
        if pos < len(text) and text[pos] in "、兼":
            nxt = pos + 1
            if (following := post_title_at(text, nxt)) and (
                    nxt + len(following) in an.boundaries or _name_at(an, nxt + len(following)) is not None):
                pos = nxt
                continue
            # 神经外科医学部|主任|、|主任医师|、|教授|张剑宁 (xwlb-20230712-01): 主任 inside the word 主任医师 is
            # no title of the chain, which ends before it (the holder is named after the rest); 书记 inside
            # 书记处 neither (、|书记处|第一书记: the unit of the next link)
            found = _next_organisation(an, nxt, current, posts[-1][0])
            if found is not None:
                current, pos = found
                continue
        break
    return posts, pos


@cache
def _counted_fillers() -> tuple[str, ...]:
    """Words counting an official between a body and the title (data/posts/counted_fillers.txt: 的一名)."""
    return longest_first(row[0] for row in data_table("posts", "counted_fillers.txt"))


@cache
def _topic_pattern() -> re.Pattern[str]:
    """A matter a staff title is for, before it (data/posts/staff_topics.txt): 苏丹问题."""
    heads = "|".join(sorted(map(re.escape, (row[0] for row in data_table("posts", "staff_topics.txt"))), key=len,
                            reverse=True))
    return re.compile(f"[\u4e00-\u9fff]{{1,8}}?(?:{heads})")


def _staff_title_at(text: str, pos: int) -> str | None:
    """A title on the staff of the one ending at ``pos``, with the matter it is for written before it
    or not: 联合国|秘书长|苏丹问题|特别代表|佩尔特斯 (xwlb-20230713-14) -> 秘书长苏丹问题特别代表; or None."""
    return post_title_at(text, pos) or _for_a_matter(text, pos)


@cache
def _charge_pattern() -> re.Pattern[str]:
    """A verb of being in charge (data/posts/charges.txt), the matter and 的, before a title:
    负责|人道主义|事务|的."""
    verbs = "|".join(sorted(map(re.escape, (row[0] for row in data_table("posts", "charges.txt"))), key=len,
                            reverse=True))
    return re.compile(f"(?:{verbs})[\u4e00-\u9fff、]{{1,12}}?的")


def _for_a_matter(text: str, pos: int) -> str | None:
    """A title with the matter it is for written before it, at ``pos``: 难民事务高级专员, 也门问题特使,
    负责人道主义事务的副秘书长 (联合国|负责|人道主义|事务|的|副秘书长|格里菲思)."""
    return _charged_title(text, pos) or _topic_title(text, pos)


def _charged_title(text: str, pos: int) -> str | None:
    """A title with what its holder is in charge of before it, at ``pos``: 负责人道主义事务的副秘书长
    (not the title 负责人 that the words open with)."""
    charge = _charge_pattern().match(text, pos)
    title = post_title_at(text, charge.end()) if charge else None
    return None if title is None else charge.group() + title


def _topic_title(text: str, pos: int) -> str | None:
    topic = _topic_pattern().match(text, pos)
    title = post_title_at(text, topic.end()) if topic else None
    return None if title is None else topic.group() + title


def _minister_title(an: Analysis, ministry: Mention, end: int) -> str:
    """The title of a minister written as one word with the ministry (外交部|长: the title
    shares the ministry's 部): the segmenter's word, as 外长 and 外交部长 are titles
    (法国|内政部长|达尔马宁 -> 内政部长, 美国|国防部长|奥斯汀 -> 国防部长), or 部长 when no word of the
    ministry's name ends there."""
    start = next((s for s, e, _ in an.tokens if e == end), None)
    if start is None or start < ministry.start or end - start < 3:
        return "部长"
    return an.text[start:end]


def _next_organisation(an: Analysis, start: int, current: Mention, last: Mention) -> tuple[Mention, int] | None:
    """The organisation of the next link of a chain, at ``start`` (after 、 or 兼), and
    where it ends: an agency with a name of its own (中央纪委委员、国家监委|委员), or a unit
    of the chain's committee or division (、政法委|书记, 、人大|主席 -> 八宝镇人大)."""
    text = an.text
    named = [m for m in an.mentions if m.type == "Agency" and m.start == start and m.end > start
             and (post_title_at(text, m.end) or _charged_title(text, m.end) or _former_title_at(text, m.end))]
    if named:
        found = max(named, key=lambda m: m.end)
        # 市委常委、宣传部|部长: a bare unit the model read is the chain's, not a body of its own
        # (not after a body of no division's own, whose chain goes on with a body of its own: 北京师范大学|资深教授|
        # 顾明远|、|浙江省杭州第二中学|校长, xwlb-20230909-03, is no unit of 北京市)
        if (found.prop("division") is None and found.prop("found_by") == "model" and found.label == found.text
                and current.label.endswith(("委", *_DIVISION_BODIES, *_PARTY_BODIES))):
            unit = _unit(an, current, last, start, found.end, replacing=found)
            if unit is not None:
                return unit, found.end
        return found, found.end
    usable = [end for end in org_run(text, start, len(text)) if post_title_at(text, end)]
    # 、|书记处|第一书记: a national body's own unit, which no organisation's head ends
    usable += [start + len(word) for word in _national_units()
               if text.startswith(word, start) and post_title_at(text, start + len(word))]
    if not usable:
        return None
    unit = _unit(an, current, last, start, usable[-1])
    return None if unit is None else (unit, usable[-1])


def _unit(an: Analysis, current: Mention, last: Mention, start: int, end: int,
          replacing: Mention | None = None) -> Mention | None:
    """The unit a chain names at [start, end) as an agency: 党工委副书记、纪工委书记 a unit of the
    committee (小溪塔街道党工委纪工委); 、办事处主任 the division's own (小溪塔街道办事处).  None for a
    national body, whose units are not named by prefixing it, but for its own units of
    data/posts/national_units.txt (、书记处|第一书记 -> 中华全国总工会书记处)."""
    head = an.text[start:end]
    # a division's own body, or one of its bodies' units (市政府|党组, xwlb-20231025-17: 北京市's, not a unit
    # of 北京市委)
    own = head.endswith(_DIVISION_BODIES) or any(
        head.startswith(level + body) for level in _LEVEL_CHARACTERS for body in _DIVISION_BODIES)
    base = current.label if current.label.endswith("委") and not own else current.prop("division_label", "")
    division = current.prop("division")
    if division is None and head in _national_units() and current.prop("division_label") is None:
        return _national_unit(an, current, start, end, replacing)
    if not base or division is None:
        return None
    if base != current.label:
        # 内蒙古自治区党委书记…、|自治区人民政府|主席 (xwlb-20230608-01): the level word the body is
        # written with is the division's own, named once (内蒙古自治区人民政府); 城关镇 … 、|镇人大 likewise
        head = head[next((size for size in range(len(head) - 1, 0, -1) if base.endswith(head[:size])), 0):]
    label = base + canonical_head(head)
    key = agency_key(label)
    unit = Mention.make("Agency", an.doc.id, start, end, an.text[start:end], label, key, division=division,
                        division_label=current.prop("division_label", ""))
    _put(an, unit, replacing)
    an.fact(key, "locatedIn", division, start)
    if base == last.label:
        an.fact(key, "subOrganizationOf", last.key, start)
    return unit


def _put(an: Analysis, unit: Mention, replacing: Mention | None) -> None:
    """The unit a chain names into the article: in place of the mention it replaces (the model's bare
    unit), or added."""
    if replacing is not None:
        an.mentions[an.mentions.index(replacing)] = unit
    else:
        an.add(unit)


@cache
def _national_units() -> frozenset[str]:
    return frozenset(row[0] for row in data_table("posts", "national_units.txt"))


def _national_unit(an: Analysis, body: Mention, start: int, end: int, replacing: Mention | None) -> Mention:
    """中华全国总工会|党组书记|、|书记处|第一书记: the national body's own unit (data/posts/national_units.txt),
    named by prefixing the body (中华全国总工会书记处)."""
    label = body.label + an.text[start:end]
    unit = Mention.make("Agency", an.doc.id, start, end, an.text[start:end], label, agency_key(label))
    _put(an, unit, replacing)
    an.fact(unit.key, "subOrganizationOf", body.key, start)
    return unit


def _posts_after(an: Analysis, agency: Mention) -> None:
    """公安县委|副书记、政法委|书记|冯荆柯."""
    if _in_a_foreign_chain(an, agency):
        return
    agency = _with_its_unit(an, agency)
    posts, pos = read_post_chain(an, agency)
    posts = _at_a_mission(an, agency, posts)
    if agency.prop("division") is None:
        posts = _of_its_country(agency, posts)
    if posts:
        posts = _of_a_foreign_country(an, agency, posts)
        _officials(an, _holder_further_on(an, agency, pos), posts)


def _with_its_unit(an: Analysis, agency: Mention) -> Mention:
    """俄罗斯联邦委员会|国防|和|安全|委员会|主席|邦达列夫 (xwlb-20230708-10): a unit named right after a
    body the recognisers read, up to a title, is the organisation of that title (俄罗斯联邦委员会国防和
    安全委员会), added as an agency within the body; the body itself when no such unit follows."""
    if post_title_at(an.text, agency.end) or agency.end not in an.boundaries or _TERMS.match(an.text, agency.end):
        return agency  # 政协|第十四届全国委员会 (xwlb-20230301-13): the body's own name, not a unit of it
    end = _unit_before_a_title(an, agency.end)
    if end is None or end - agency.end < 3:
        return agency  # 法国…国民议会|两院|议长 (People's Daily NER dev, pd-dev-00125): both houses, no unit
    if any(m.type == "Agency" and m.start >= agency.end and m.start < end for m in an.mentions):
        return agency  # 公安县委|政法委|书记: a unit a recogniser read is read as itself
    label = agency.label + an.text[agency.end:end]
    unit = an.add(Mention.make("Agency", an.doc.id, agency.start, end, an.text[agency.start:end], label,
                               agency_key(label), **dict(agency.props)))
    an.fact(unit.key, "subOrganizationOf", agency.key, agency.start)
    return unit


@cache
def _stationed() -> tuple[str, ...]:
    return tuple(sorted((row[0] for row in data_table("posts", "stationed.txt")), key=len, reverse=True))


@cache
def _missions() -> dict[str, str]:
    """title -> the mission it is held in (大使 -> 大使馆, 代表 -> 代表团)."""
    return {row[0]: row[1] for row in data_table("posts", "missions.tsv")}


def _mission_of(title: str) -> str | None:
    """The mission a title is held in, by how the title ends (副代表 -> 代表团), or None."""
    return next((mission for ending, mission in _missions().items() if title.endswith(ending)), None)


def _at_a_mission(an: Analysis, agency: Mention, posts: list[Post]) -> list[Post]:
    """俄罗斯|常驻|联合国|代表|涅边贾 (xwlb-20230220-10), 伊朗常驻联合国代表伊拉瓦尼: a representative
    stationed at (常驻, 驻) an organisation is not its own but holds the post in the country's
    mission, as the news names it (俄罗斯常驻联合国代表团, 中国常驻联合国代表团); other titles held
    there, or with no country written, name no post the stage can place."""
    text = an.text
    stationed = next((word for word in _stationed() if text.startswith(word, agency.start - len(word))), None)
    if stationed is None:
        return posts
    country = _country_written_before(an, agency.start - len(stationed))
    if country is None:
        return []
    return [(_implicit(an, f"{country[0]}{stationed}{agency.label}{mission}", agency.start), title, former)
            for organisation, title, former in posts
            if organisation is agency and (mission := _mission_of(title)) is not None]


def _envoys(an: Analysis, people: list[Mention]) -> None:
    """中国|驻|印尼|大使|陆慷 (xwlb-20230909-09), 俄|驻|美|大使|安东诺夫 (xwlb-20230811-09): a country's
    envoy to another holds the post in the mission, named from the countries' names as the news
    names missions (中国驻印尼大使馆, 俄罗斯驻美国大使馆)."""
    text = an.text
    for person in people:
        title = _title_ending_at(text, person.start)
        mission = _mission_of(title) if title else None
        if mission is None:
            continue
        start = person.start - len(title)
        host = _country_written_before(an, start)
        if host is None:
            continue
        stationed = next((word for word in _stationed() if text.startswith(word, host[1] - len(word))), None)
        if stationed is None:
            continue
        at = host[1] - len(stationed)
        # 伊朗|新任|驻|沙特|大使 (xwlb-20230906-15): a qualifier of the envoy between the two countries
        # (word set leader_qualifiers); 前 among them says the post is no longer held
        qualifier = next((word for word in word_set("leader_qualifiers") if text.startswith(word, at - len(word))
                          and at - len(word) in an.boundaries), "")
        sender = _country_written_before(an, at - len(qualifier))
        if sender is None:
            continue
        organisation = _implicit(an, f"{sender[0]}{stationed}{host[0]}{mission}", sender[1])
        former = former_before(an, sender[1])[0] or former_before(an, at)[0]
        _hold(an, person, [(organisation, title, former)], person.start)


def _of_a_foreign_country(an: Analysis, agency: Mention, posts: list[Post]) -> list[Post]:
    """俄|外交部长|拉夫罗夫 (xwlb-20230911-18), 尼泊尔|副总理|兼|国防部长|卡德加 (xwlb-20231104-14): an
    organisation named without a division right after a foreign country, or after its titles
    joined by 兼 or 、, is that country's (俄罗斯外交部, 尼泊尔国防部, not China's; 俄罗斯|自由民主党),
    named with the country as EVENTS.md names foreign ones, and so are the titles before it
    (副总理 -> 尼泊尔政府)."""
    if agency.prop("division") is not None:
        return posts
    text, pos, before = an.text, agency.start, []
    while pos > 1 and text[pos - 1] in "、兼" and (title := _title_ending_at(text, pos - 1)) is not None:
        pos -= 1 + len(title)
        before.append((title, pos))
    written = _country_written_before(an, pos)
    if written is None and agency.label.startswith(_chambers()):
        # 美国国会众议院议长选举…。12日，|众议院|多数党领袖|史蒂夫·斯卡利斯 (xwlb-20231014-12): China has no such
        # chamber; it is the one of the foreign country its paragraph named last
        country = _foreign_country_between(an, text.rfind("\n", 0, pos) + 1, pos)
        written = None if country is None else (country, pos)
    if written is None or written[0] in _home_country():
        return posts
    country = written[0]
    label = country + agency.label
    foreign = Mention.make("Agency", an.doc.id, agency.start, agency.end, agency.text, label, agency_key(label),
                           **dict(agency.props))
    an.mentions[an.mentions.index(agency)] = foreign
    former = former_before(an, written[1])[0]
    mapped = [(organisation, title, former) for title, start in reversed(before)
              if (organisation := _country_organisation(an, (country, start), title, start)) is not None]
    return mapped + [(foreign if organisation is agency else organisation, title, was)
                     for organisation, title, was in posts]


@cache
def _chambers() -> tuple[str, ...]:
    """Chambers of a foreign legislature China has none of (data/posts/chambers.txt: 众议院, 参议院)."""
    return tuple(row[0] for row in data_table("posts", "chambers.txt"))


def _country_named_first(label: str) -> str | None:
    """The foreign country an organisation's name starts with (老挝人民革命党中央 -> 老挝), or None."""
    return next((label[:size] for size in range(min(8, len(label)), 1, -1)
                 if label[:size] in _countries() and label[:size] not in _home_country()), None)


def _country_written_before(an: Analysis, pos: int) -> tuple[str, int] | None:
    """The country whose name (data/world/countries.tsv) or abbreviation (俄 -> 俄罗斯) ends at
    ``pos`` as words of their own, and where it is written from."""
    text = an.text
    for size in range(min(8, pos), 1, -1):
        if text[pos - size:pos] in _countries() and pos - size in an.boundaries:
            return text[pos - size:pos], pos - size
    country = _abbreviations().get(text[pos - 1:pos]) if pos > 0 else None
    if country is None or pos - 1 not in an.boundaries or _NUMBER.match(text, max(0, pos - 2)) and pos >= 2:
        return None  # 12|日|，|众议院 (xwlb-20231014-12): a day, not 日本
    if word_tags().get(text[pos - 1:pos]) in _NO_COUNTRY_TAGS and _CLAUSE_OPENS.match(text[pos - 2:pos - 1]) is None:
        # 所有|以|瓦格纳雇佣兵集团|创始人|普里戈任 (xwlb-20230624-15), ，|以|民盟|所长 (xwlb-20231205-09): the
        # preposition 以 within a sentence, not 以色列; 。|以|国防军|发言人 (xwlb-20231029-13) opens one
        return None
    return country, pos - 1


# the segmenter's tags of an abbreviation's character that read it as another word (以: a preposition),
# unless it opens a sentence or a line (or the text)
_NO_COUNTRY_TAGS = frozenset(("p", "c"))
_CLAUSE_OPENS = re.compile(r"$|[。！？；\n]")
# a number before an abbreviation's character makes it a unit of it (12日, 三日): no country
_NUMBER = re.compile(r"[0-9０-９零〇一二三四五六七八九十百千万两]")


def _name_at(an: Analysis, pos: int) -> str | None:
    """The personal name at ``pos``: as the model read it (boundaries repaired by the
    fusion), else by the surname rules."""
    if an.model_tokens is None:
        return read_name(an.text, pos, an.boundaries)
    # with a model, the fused candidates decide (vetoes and the user's lexicons included)
    end = an.pending_names.get(pos)
    return an.text[pos:end] if end is not None else None


# how far the rest of a holder's chain may run after 、 (江西萍乡茅店村党总支书记, 13; 宁德时代新能源科技
# 股份有限公司董事长, 16)
_LONGEST_APPOSITION = 32


def _chain_opens_a_clause(an: Analysis, agency: Mention) -> bool:
    """Whether the chain from ``agency`` opens its clause: after a mark, or after a preposition (对, 由) the
    model read right before it."""
    if agency.start == 0 or not _CJK.match(an.text[agency.start - 1]):
        return True
    return any(token.end == agency.start and token.tag == "p" for token in an.model_tokens or ())


def _chain_at(an: Analysis, pos: int) -> bool:
    """Whether a chain of posts starts at ``pos``: an organisation or a division written there, or a title."""
    return post_title_at(an.text, pos) is not None or any(
        m.start == pos and m.end > pos and m.type in ("Agency", "AdministrativeDivision") for m in an.mentions)


def _holder_further_on(an: Analysis, agency: Mention, pos: int) -> int:
    """Where the holder of a chain that ends at ``pos`` is named: right there, or after the rest of
    the chain when it goes on past 、 with posts the stage cannot read, up to a title right before a
    name — 全国人大代表|、|四川眉山永丰村党委书记|李雪平 (xwlb-20230316-06), 全国人大代表|、|江西萍乡
    茅店村党总支书记|谭新萍 (xwlb-20230317-07): the deputy is the one named at the end, as in 全国人大代表、
    县委书记某某 (a chain read through).  Past ， too when the chain opens its clause (after a mark or a
    preposition) and another chain opens the next: 对|北京市委|常委|，|市政府党组成员、副市长|靳伟
    (xwlb-20231025-17), 县委常委、政法委书记|，|县公安局局长|钱勇 (a county paper)."""
    text = an.text
    if _name_at(an, pos) is not None or not (text.startswith("、", pos) or (
            text.startswith("，", pos) and _chain_opens_a_clause(an, agency) and _chain_at(an, pos + 1))):
        return pos
    if (text[agency.start - 1:agency.start] in ("、", "兼") or _holds_a_stop(an, agency.start, agency.end)
            or _bare_committee().fullmatch(agency.label)
            or any(m.type == "Agency" and m.end == agency.end and m.start > agency.start for m in an.mentions)):
        # a link of a chain read from its start (…原常委、|统战部|原部长、…); a name the model read over a
        # preposition (在|人民大会堂|同古共|中央政治局, xwlb-20230424-06: 古共中央政治局 is read within it);
        # a bare committee, whose chain the later stage reads with its division (街道党工委副书记、办事处主任)
        return pos
    end = min(len(text), pos + _LONGEST_APPOSITION)
    for at in range(pos + 2, end):
        if not (_CJK.match(text[at - 1]) or text[at - 1] == "、"):
            return pos  # a clause's punctuation: the chain ended without its holder
        if _title_ending_at(text, at) is not None and at in an.boundaries and _name_at(an, at) is not None:
            return at
    return pos


def _officials(an: Analysis, pos: int, posts: list[Post]) -> None:
    """The name (or the names listed with 、) after a run of posts: each holds them all
    (村两委成员赵丽、孙强、周建华参加)."""
    text = an.text
    name = _name_at(an, pos)
    listed = 0  # the names listed with 、 so far
    while name is not None:
        # 帕巴拉|·格列朗杰: the rest of a transliterated name the model cut at its dot
        rest = _TRANSLITERATED_REST.match(text, pos + len(name))
        if rest:
            name += rest.group()
        person = _add_person(an, pos, name)
        _hold(an, person, posts, pos)
        after = pos + len(name)
        joiner = next((word for word in _joiners() if text.startswith(word, after)), None)
        if joiner is not None and listed and (name := _name_at(an, after + len(joiner))) is not None:
            # 全国人大常委会委员吴杰明、高友东、…、鲜铁可|和|吴艳刚、邹宁 (xwlb-2023): a list of names with 、 goes
            # on after a joiner (a name joined to the first alone may be of another post: 习近平|和|李强)
            pos = after + len(joiner)
            continue
        if joiner is not None and (more := read_post_chain(an, posts[-1][0], link=after + len(joiner)))[0]:
            # 广西壮族自治区党委书记刘宁|和|自治区政府|主席|蓝天立 (xwlb-20231215-01): the next official's post in
            # a unit of the chain's, joined as after 、 (a division head's title alone is read with the division)
            _officials(an, more[1], more[0])
            return
        if text[after:after + 1] != "、":
            return
        listed += 1
        pos = after + 1
        name = _listed_name_at(an, pos)
        if name is None:  # 党工委书记李华|、|办事处主任|王明: the next name has a post of its own
            more, end = read_post_chain(an, posts[-1][0], link=pos)
            if more:
                _officials(an, end, more)
            return


# the part after the dot of a transliterated name, up to the next item of a list
_TRANSLITERATED_REST = re.compile(r"·[\u4e00-\u9fff]{1,8}(?=[、，。和])")


def _listed_name_at(an: Analysis, pos: int) -> str | None:
    """The next name of a list of officials (何立峰、苏辉、郑建邦): as :func:`_name_at`
    reads it, or, between two names it reads, by the surname rules (xwlb-20230303-04:
    the model reads 苏辉 as a place)."""
    name = _name_at(an, pos)
    if name is not None or an.model_tokens is None:
        return name
    name = read_name(an.text, pos, an.boundaries)
    if name is None:
        return None
    after = pos + len(name)
    link = next((word for word in ("、", *_joiners()) if an.text.startswith(word, after)), None)
    # 张轩|、|鲜铁可|和|吴艳刚 (xwlb-2023): the model reads no name in 鲜铁可, between two it reads
    return name if link is not None and _name_at(an, after + len(link)) is not None else None


def _hold(an: Analysis, person: Mention, posts: list[Post], at: int) -> None:
    """Give ``person`` the posts; one in a body that reads as China's is held where the holder's country
    says (:func:`_body_of_the_holders_country`: 印度总统穆尔穆、|总理|莫迪 -> 印度政府)."""
    for organisation, title, former in posts:
        body = _body_of_the_holders_country(an, person, organisation, title)
        if body is not None:
            an.fact(person.key, "holdsPost", body.key, at, title=title, former=former)


def _body_of_the_holders_country(an: Analysis, person: Mention, organisation: Mention, title: str) -> Mention | None:
    """The body a post read in ``organisation`` is held in, given who holds it: ``organisation`` itself, but
    a foreign official's in one of China's central bodies (written bare, a ministry: 国防部; or implied by
    the title: 国务院) is his country's (:func:`_holders_country`): the ministry named with the country
    (包括俄罗斯总检察长…、|国防部|长|绍伊古 -> 俄罗斯国防部), the body the title implies in a foreign country
    (data/posts/foreign_titles.tsv: 印度总统穆尔穆、|总理|莫迪 -> 印度政府), or none."""
    if organisation.label not in _chinas_bodies():
        return organisation
    written = organisation.end > organisation.start
    if written and not organisation.label.endswith("部"):
        return organisation  # 国务院|总理 and 中共中央|总书记 written out are China's in any story
    chain = organisation.start if written else person.start - len(title)
    country = _holders_country(an, person, chain)
    if country is None:
        return organisation
    if written:
        return _implicit(an, country + organisation.label, person.start)  # 俄罗斯|国防部
    return _country_organisation(an, (country, person.start), title, person.start)


def _holders_country(an: Analysis, person: Mention, chain: int) -> str | None:
    """The foreign country whose official ``person`` is, named with a chain of titles written from
    ``chain`` that reads as China's: a name that does not read as Chinese (names.reads_as_chinese) after a
    foreign country in its sentence (印度总统穆尔穆、|总理|莫迪, xwlb-20230603-01; 乌|政府将撤换|国防部|长|
    列兹尼科夫, xwlb-20230207-09), or any name listed after another person's name and 、 in a clause a
    foreign country opens (包括俄罗斯总检察长克拉斯诺夫、…瓦伊诺、|国防部|长|绍伊古, xwlb-20230627-18).  A
    Chinese name after no such 、 is China's official in a foreign story (国务院总理李强在印尼…), and so is one
    within a chain of his own titles (越南…向中共中央总书记|、|国家主席|习近平, xwlb-20230311-19)."""
    start = an.sentence(person.start)[0]
    if reads_as_chinese(person.text):
        if an.text[chain - 1:chain] != "、" or not _name_ends_at(an, chain - 1):
            return None
        start = max(_clause_start(an.text, chain), start)
    return _foreign_country_between(an, start, chain) or _country_proposed_between(an, start, chain)


def _country_proposed_between(an: Analysis, start: int, end: int) -> str | None:
    """The foreign country a place the recognisers proposed in [start, end) names, the last: what the first
    stage, before the places stage, sees of one the segmenter wrote in a word (乌政府: 乌 -> 乌克兰)."""
    found: tuple[int, str] | None = None
    for candidate in an.pending:
        if candidate.type == "Place" and start <= candidate.start < candidate.end <= end:
            written = an.text[candidate.start:candidate.end]
            name = _abbreviations().get(written, written)
            if (name in _countries() or name.removesuffix("国") in _countries()) and name not in _home_country() \
                    and (found is None or candidate.start > found[0]):
                found = (candidate.start, name)
    return None if found is None else found[1]


def _name_ends_at(an: Analysis, pos: int) -> bool:
    """Whether a person's name ends at ``pos``: a person read, or a name the model read (the first stage
    reads officials before the people stage: 克里姆林宫总统办公厅主任瓦伊诺|、)."""
    return any(m.type == "Person" and m.end == pos and m.end > m.start for m in an.mentions) or \
        pos in an.pending_names.values()


@cache
def _government_titles() -> dict[str, str]:
    """title -> the body of a division it is held in (镇长 -> 人民政府), an acting head's too (代市长 -> 人民政府:
    data/posts/acting_markers.txt)."""
    titles = {row[0]: row[1] for row in table("division_titles.tsv")}
    return titles | {marker + title: body for title, body in titles.items() for marker in _acting_markers()
                     if not title.startswith(("副", "常务"))}


@cache
def _acting_markers() -> tuple[str, ...]:
    return longest_first(row[0] for row in data_table("posts", "acting_markers.txt"))


# bodies of a division itself, never units of its party committee
_DIVISION_BODIES = word_set("division_bodies")
# a name starting with a level character abbreviates a division's (市政府党组, 县委; 全国人大 does not)
_LEVEL_CHARACTERS = word_set("division_level_characters")
_PARTY_BODIES = word_set("party_bodies")


def _organisation_of(an: Analysis, agency: Mention, title: str) -> Mention:
    """The organisation a title of a chain is held in: the chain's, except
    石首市委副书记、市长 (a division head's title after its party committee is a post in
    the division's government, 石首市人民政府) and 中共中央总书记、国家主席 (a title that
    always names its own organisation: 中华人民共和国)."""
    implied = _implied().get(title)
    if implied is not None and implied[1] == "always":
        country = _country_named_first(agency.label)
        if country is not None:  # 老挝人民革命党中央|总书记|、|国家主席|通伦 (xwlb-20231019-19): 老挝's
            return _country_organisation(an, (country, agency.start), title, agency.end) or agency
        return _implied_organisation(an, title, agency.end)
    body = _government_titles().get(title)
    division, label = agency.prop("division"), agency.prop("division_label")
    if body is None or not agency.label.endswith(_PARTY_BODIES) or division is None or not label:
        return agency
    return _division_body(an, label + body, division, agency.end)


def _division_body(an: Analysis, label: str, division: Key, at: int) -> Mention:
    """The body of a division that a post names but the text does not write
    (城关镇人民政府 for 城关镇镇长): an implicit agency located in the division."""
    key = agency_key(label)
    body = an.add(Mention.make("Agency", an.doc.id, at, at, "", label, key, division=division, implicit=True))
    an.fact(key, "locatedIn", division, at)
    return body


def _implicit(an: Analysis, label: str, at: int) -> Mention:
    """An organisation a title names without writing it (国务院 for 国务委员, 英国政府 for
    英国首相, the state 伊朗 for 伊朗总统): an agency mention without a span."""
    return an.add(Mention.make("Agency", an.doc.id, at, at, "", label, agency_key(label), implicit=True))


def _implied_organisation(an: Analysis, title: str, at: int) -> Mention:
    return _implicit(an, _implied()[title][0], at)


def _implied_body_of(an: Analysis, holder: Mention, title: str, chain: int, at: int,
                     abroad: frozenset[Key]) -> Mention | None:
    """The organisation a Chinese title written at ``chain`` implies (国务院 for 总理), weighing its holder:
    none for one the story gives a foreign country's post (``abroad``: 越南国家主席武文赏 … 国家主席|武文赏),
    his country's body for a foreign official (:func:`_holders_country`: 印度总统穆尔穆、|
    总理|莫迪 -> 印度政府), else China's."""
    if holder.key in abroad:
        return None
    country = _holders_country(an, holder, chain)
    if country is not None:
        return _country_organisation(an, (country, holder.start), title, holder.start)
    return _implied_organisation(an, title, at)


def _model_divisions_before_titles(an: Analysis) -> None:
    """城关镇|镇长: a township the gazetteer cannot pin down (hundreds share the name)
    is still the division its head governs, when the model reads it as a place."""
    taken = SpanIndex((m.start, m.end) for m in an.mentions if m.end > m.start)
    for token in an.model_tokens or ():
        if token.tag != "LOC" or taken.overlaps(token.start, token.end):
            continue
        name = an.text[token.start:token.end]
        title = post_title_at(an.text, token.end)
        if title in _government_titles() and name.endswith(("镇", "乡", "县", "村", "街道")) and len(name) > 2:
            unlinked_division(an, token.start, token.end, name, found_by="model")


def _model_agencies_before_titles(an: Analysis) -> None:
    """全国|人大代表|夏吾卓玛 (xwlb-20230224-09): a body the model reads (全国人大) whose last
    characters the segmenter joined to the title after it (人大代表) is still the organisation
    of that title; the fusion keeps no name that ends inside a word.  Named canonically when it
    is a central agency (data/lexicon/national_agencies.tsv)."""
    text = an.text
    taken = SpanIndex((m.start, m.end) for m in an.of_type("Agency") if m.end > m.start)
    national = alias_table("national_agencies.tsv")
    named = SpanIndex((m.start, m.end) for m in an.mentions if m.end > m.start)
    for token in an.model_tokens or ():
        if token.tag != "ORG" or token.end - token.start < 2 or taken.overlaps(token.start, token.end):
            continue  # 拟|任/ORG|县商务局|局长 (a notice; jieba 拟任): one character is no body to read on from
        written = text[token.start:token.end]
        end = token.end
        if written[:1] in _LEVEL_CHARACTERS and token.start + 1 in an.boundaries:
            continue  # 县|法院院长 with no county named: a short form only the agencies stage resolves, or none
        title_at = _title_word_ending(an, token.start, end)
        if title_at is not None:
            # 徐涛|委员|代表|农工党中央 (xwlb-2023): a name with its title after it, no body; the name
            # before the title is a person's when it reads as a Chinese one and starts a word
            # (反对|党工党|党首, xwlb-2023: the model's span starts inside 反对党, no name)
            if (token.start in an.boundaries and reads_as_chinese(text[token.start:title_at])
                    and not named.overlaps(token.start, title_at)):
                _add_person(an, token.start, text[token.start:title_at])
            continue
        if end in an.boundaries and _title_word_at(an, end):
            # 全国人大外事委员会|主任委员|娄勤俭 (xwlb-20230627-10): a body no other stage read
            if not _named_whole(an, token.start, end, written, named) or _holds_a_stop(an, token.start, end):
                continue
        elif end in an.boundaries:
            end = _unit_before_a_title(an, end, _body_title_at)
            if end is None or taken.overlaps(token.start, end):
                continue  # 总台央视记者对|国家发展改革委|党组成员: the agency named is read already
        else:
            title = _body_title_at(text, end)
            if title is None and token.start in an.boundaries and (
                    former := _former_title_at(text, end, _body_title_at)) is not None:
                # 福州市粮食和物资储备局|原 glued as 局原|党组书记 (xwlb-20230129-09): the former posts start
                # there, and the title after the marker ends a word of the segmenter
                title = text[end:former[0] + len(former[1])]  # the marker with it: what must end a word
            if title is None or end + len(title) not in an.boundaries:
                continue  # the title must end where the segmenter's word does: 人大代表|
        label = national.get(written, written) + text[token.end:end]
        an.add(Mention.make("Agency", an.doc.id, token.start, end, text[token.start:end], label, agency_key(label),
                            found_by="model"))


def _named_whole(an: Analysis, start: int, end: int, written: str, named: SpanIndex) -> bool:
    """Whether the model's organisation at [start, end), right before a title, names a body by
    itself, and starts it: words of the segmenter that hold no division or other name (北京|同|欧盟委员会, xwlb-20230705-04,
    holds 北京), no country, abbreviation or place of the world list (多米尼克|总理: the state's government;
    俄|外交部长|拉夫罗夫, xwlb-20230911-18: 俄罗斯外交部, read after the country) and no
    division's own body, whose division the first stage names (自治区政府|主席, xwlb-20231215-01), nor a
    division's body by its level (市政府党组|成员, xwlb-20231025-17: 北京市's; 镇|党委书记: the committee of
    the division named last, _committees_of_the_division_named)."""
    if (start not in an.boundaries or named.overlaps(start, end) or written in listed_names()
            or len(written) < 2 or written in _abbreviations()
            or written.endswith(_DIVISION_BODIES) or written.startswith(_LEVEL_CHARACTERS)):
        return False
    # the name starts after punctuation or a word that ends a name, as the segmenter or the model reads
    # the word before it (听取|了|全国人大外事委员会; 许安|标的 for the segmenter, 的 for the model,
    # xwlb-20231229-07): after another word it may run on to the left (最大|在野党共同民主党, xwlb-20230429-12)
    before = next((word for s, e, word in an.tokens_from(max(0, start - 8), 8) if e == start), "")
    tags, stops = word_tags(), pos_tags("unit_run_stops")
    return (not _CJK.match(before) or tags.get(before, "")[:1] in stops
            or any(token.end == start and token.tag[:1] in stops for token in an.model_tokens or ()))


def _holds_a_stop(an: Analysis, start: int, end: int) -> bool:
    """Whether the words within [start, end) hold a verb, a preposition, a pronoun or a particle, which
    end any name (京|应约|同|国际货币基金组织, xwlb-20230301-09: the model's span runs over them)."""
    tags, stops = word_tags(), pos_tags("unit_run_stops")
    return any(tags.get(word, "") in stops for s, e, word in an.tokens_from(start, end - start) if e <= end)


def _title_word_ending(an: Analysis, start: int, end: int) -> int | None:
    """Where the title starts that ends the model's organisation at [start, end), when it is a word
    of the segmenter after another word: 徐涛|委员 (xwlb-2023: a CPPCC member named with the title
    after his name, then 代表|农工党中央) names a person, and no body's name ends with a title
    (委员|会 is inside 委员会, not a word); None otherwise."""
    last = next((s for s, e, word in an.tokens_from(start, end - start) if e == end), None)
    return last if last is not None and last > start and _body_title_at(an.text, last) == an.text[last:end] else None


def _title_word_at(an: Analysis, pos: int) -> bool:
    """Whether a title is written at ``pos`` as a word of the segmenter (主任委员, not 委员|会)."""
    title = _body_title_at(an.text, pos)
    return title is not None and pos + len(title) in an.boundaries


def _unit_before_a_title(an: Analysis, start: int, read=post_title_at) -> int | None:
    """Where the unit that words from ``start`` name ends, right before a title: 全国人大|宪法|和|
    法律委员会|主任委员|信春鹰 (xwlb-20230829-05: the model reads 全国人大 alone) -> 宪法和法律委员会, a
    name whose last word ends with an organisation's head (data/lexicon/org_suffixes.txt) — or None.
    ``read`` reads the title after it (:func:`_body_title_at` for a span of the model alone)."""
    text, suffixes, tags = an.text, _body_heads(), word_tags()
    for s, e, word in an.tokens_from(start, _LONGEST_UNIT):
        title = post_title_at(text, s)
        if e - start > _LONGEST_UNIT or not _CJK.match(word) or (title and s + len(title) in an.boundaries):
            return None  # a title that is a word of its own ends the unit; 委员|会 inside 委员会 does not
        if tags.get(word, "") in pos_tags("unit_run_stops") and (s == start or word not in _unit_joiners()):
            return None  # a preposition, verb, pronoun or particle ends any name: 记者|对, 记者|的 (but 安全|与|质量)
        if s == start and tags.get(word, "") == "c" and any(
                token.start == e and token.tag in ("ORG", "LOC") for token in an.model_tokens or ()):
            # 北约|和|英国政府|官员 (xwlb-20231005-13): a conjunction before a name the model reads of its
            # own opens another body, no unit (运输|和|基础设施委员会 goes on: 美国国会众议院's)
            return None
        if word in former_markers():
            # 辽宁省政协|原|党组|副书记 (xwlb-20230420-09): 原 opens the former posts, no unit 原党组
            return None
        if word.endswith(suffixes) and (read(text, e) or _former_title_at(text, e, read)):
            return e  # 全国政协|社会|和|法制|委员会|原副|主任|傅政华 (xwlb-20230107-01): former posts in the unit
    return None


# the longest unit a body's name runs on with before a title (宪法和法律委员会, 8)
_LONGEST_UNIT = 12


def _level_of_head(title: str) -> str:
    """The level character of a division head's title that names the division's level
    (副区长 -> 区, 镇长 -> 镇), or "" (村委会主任: a village is named, never implied)."""
    if title not in _government_titles():
        return ""
    level = title.removeprefix("常务").removeprefix("副")
    # 代市长 -> 市: an acting head's title names the level of the title it is written with
    level = next((level[len(m):] for m in _acting_markers() if level.startswith(m)
                  and level[len(m):] in _government_titles()), level)[:1]
    return level if level in "省市县区镇乡" and len(title) >= 2 else ""


def _heads_of_the_division_named(an: Analysis) -> None:
    """镇长李志刚 after the article named 甘棠镇: a division head's title on its own is a
    post in the government of the division of that level the article last named."""
    text = an.text
    held = SpanIndex((m.start, m.end) for m in an.mentions if m.end > m.start)
    # 原公安县委副书记、县长|张卫东: a chain read the name's posts already (former included)
    officials = {m.start for m in an.mentions if m.type == "Person"}
    for title, body in _government_titles().items():
        level = _level_of_head(title)
        if not level:
            continue
        for match in re.finditer(re.escape(title), text):
            start, pos = match.start(), match.end()
            former = former_before(an, start)[0]
            joined = bool(start and _CJK.match(text[start - 1]) and not former)
            if held.overlaps(start, pos) or (joined and not _after_joiner(an, start)):
                continue  # part of a longer word or name, or after a division (read above); 时任|县长 is neither
            if pos in officials or _name_at(an, pos) is None:
                continue
            division = (_division_of_the_chain_before(an, level, start) if joined
                        else _division_governed(an, level, start, start))
            if division is None:
                continue  # 公安县、江陵县…|县长|李明: which county's is not said
            _officials(an, pos, [(_division_body(an, division.label + body, division.key, start), title, former)])


def _heads_of_a_division_read_late(an: Analysis, people: list[Mention]) -> None:
    """永安镇召开…推进会。…，|镇长|陈丽|主持会议: a division head's title on its own after a division only
    the model read (a town the gazetteer has several of, or none) is a post in that division's government,
    as :func:`_heads_of_the_division_named` reads it after a division the first stages read; the people
    after the title (listed with 、) hold it, unless a chain read that post of theirs already."""
    text = an.text
    spans = SpanIndex((m.start, m.end) for m in an.mentions if m.end > m.start and m.type != "Person")
    by_start = {m.start: m for m in people}
    held = _titles_held(an)
    for title, body in _government_titles().items():
        level = _level_of_head(title)
        if not level:
            continue
        for match in re.finditer(re.escape(title), text):
            start, pos = match.span()
            former = former_before(an, start)[0]
            if (start and _CJK.match(text[start - 1]) and not former) or spans.overlaps(start, pos):
                continue  # part of a longer word or name (副镇长, 城关镇长), or a division's (read by the chain)
            person = by_start.get(pos)
            if person is None or (person.key, title) in held:
                continue
            division = governing_division(an, level, start)
            if division is None or (division.end > division.start and _among_peers(an, division)):
                continue
            government = _division_body(an, division.label + body, division.key, start)
            for holder in _objects_after(an, people, pos)[0]:
                if (holder.key, title) not in held:
                    _hold(an, holder, [(government, title, former)], holder.start)
                    held.add((holder.key, title))


def _home_division_named(an: Analysis, level: str, start: int) -> Mention | None:
    """The paper's own division of that level when the article named none (agencies.home_division):
    副市长|李华 in a paper of 荆州市 -> 荆州市人民政府, as 市委 there is 荆州市委; added as the implicit
    division the agencies stage adds for 市委.  None without a region (the national news)."""
    home = home_division(an, level)
    if home is None:
        return None
    label, key, node = home
    gaz = gazetteer()
    return an.add(Mention.make("AdministrativeDivision", an.doc.id, start, start, "", label, key, node=node,
                               code=gaz.code(node), level=gaz.level(node), implicit=True))


def _division_of_the_chain_before(an: Analysis, level: str, start: int) -> Mention | None:
    """The division of that level whose agency the officials joined to a title at ``start`` were
    named after, in its sentence: 上海市委|书记|陈吉宁|和|市长|龚正 (xwlb-20231203-01) -> 上海市, though
    the story named 盐城市 before; None when no such agency opens the sentence's chain."""
    sentence = an.sentence(start)[0]
    agencies = [m for m in an.of_type("Agency") if sentence <= m.start < start and m.end > m.start
                and m.prop("division") is not None and m.prop("division_label", "").endswith(level)]
    if not agencies:
        return None
    agency = max(agencies, key=lambda m: m.start)
    return Mention.make("AdministrativeDivision", an.doc.id, agency.start, agency.start, "", agency.prop("division_label"),
                        agency.prop("division"))


@cache
def _joiners() -> frozenset[str]:
    """Words that join two officials named one after the other (data/posts/joiners.txt)."""
    return frozenset(row[0] for row in data_table("posts", "joiners.txt"))


def _after_joiner(an: Analysis, start: int) -> bool:
    """Whether a joiner written as a word of its own ends at ``start``, a title starting there
    being a word of its own too: 江西省委|书记|尹弘|和|省长|叶建春 (xwlb-20231013-01), where 省长 is a
    title of its own and not the end of a longer word (副省长)."""
    return start in an.boundaries and any(
        an.text.startswith(word, start - len(word)) and start - len(word) in an.boundaries for word in _joiners())


@cache
def _party_levels() -> dict[str, tuple[str, ...]]:
    """level word -> the gazetteer levels of the division it stands for (镇 -> township)."""
    return {row[0]: tuple(row[1].split()) for row in data_table("posts", "party_levels.txt")}


@cache
def _bare_committee() -> re.Pattern[str]:
    """镇党委, 街道党工委, 村党支部: a level word and a party body (data/lexicon/word_sets.tsv
    party_bodies, each with its 党: 委 -> 党委, 支部 -> 党支部)."""
    levels = "|".join(sorted(map(re.escape, _party_levels()), key=len, reverse=True))
    bodies = {body if body.startswith("党") else "党" + body for body in _PARTY_BODIES}
    bodies |= {row[0] for row in data_table("posts", "level_bodies.txt")}  # 镇|人大, 街道办事处
    return re.compile(f"(?:{levels})(?:{'|'.join(sorted(map(re.escape, bodies), key=len, reverse=True))})")


def _committees_of_the_division_named(an: Analysis, people: list[Mention]) -> None:
    """镇|党委书记|陈志明 after the article named 高陵镇, 社区|党委书记|、|全国人大代表|李丹丹 after
    东经路社区 (xwlb-20230317-07): a bare party committee before a title is the committee of the
    division of that level the article last named (高陵镇党委, 东经路社区党委), and the people after
    its chain hold its posts; none when the article named no such division.  A bare one the first
    stage read (社区党委, the model's) is named so, and its posts follow.  After the model's
    divisions (a township the gazetteer cannot pin down is one)."""
    text = an.text
    divisions = [m for m in an.of_type("AdministrativeDivision") if m.end > m.start]
    agencies = [m for m in an.of_type("Agency") if m.end > m.start]
    for match in _bare_committee().finditer(text):
        start, end = match.span()
        if start and _CJK.match(text[start - 1]) and not former_before(an, start)[0]:
            continue  # part of a longer name or word (高陵镇党委, 全镇党委)
        if not post_title_at(text, end):
            continue
        covering = [m for m in agencies if m.start < end and start < m.end]
        level = next(word for word in sorted(_party_levels(), key=len, reverse=True) if match.group().startswith(word))
        # the first stage's bare body: the whole (社区党委) or the body after the level word (镇|人大)
        bare = next((m for m in covering if m.end == end and m.start in (start, start + len(level))
                     and m.label == m.text), None)
        if covering and bare is None:
            continue  # a committee with its name read already
        division = next((m for m in reversed(divisions) if m.start < start and m.label.endswith(level)
                         and m.prop("level") in _party_levels()[level]), None)
        if division is None:
            if bare is not None:  # 镇|人大|主席 with no town named: no post in a body nobody can name
                # nor is the bare body a name (GUIDELINES.md: an unresolved short form is none)
                an.mentions.remove(bare)
                if not any(m.key == bare.key for m in an.mentions):
                    an.facts[:] = [f for f in an.facts if bare.key not in (f.subject, f.object)]
                agencies.remove(bare)
            continue
        label = division.label + match.group()[len(level):]
        committee = Mention.make("Agency", an.doc.id, start, end, match.group(), label, agency_key(label),
                                 division=division.key, division_label=division.label, abbreviated=True)
        an.fact(committee.key, "locatedIn", division.key, start)
        if bare is not None:
            an.mentions[an.mentions.index(bare)] = committee
            if not any(m.key == bare.key for m in an.mentions):
                an.facts[:] = [replace(f, object=committee.key) if f.object == bare.key else f for f in an.facts]
            continue
        an.add(committee)
        _hold_listed(an, people, *read_post_chain(an, committee))


def _titles_held(an: Analysis) -> set[tuple[Key, str]]:
    """(person, title) of every post the article gives so far."""
    return {(f.subject, dict(f.props).get("title", "")) for f in an.facts if f.predicate == "holdsPost"}


def _hold_listed(an: Analysis, people: list[Mention], posts: list[Post], pos: int,
                 held: set[tuple[Key, str]] | None = None) -> None:
    """The people named from ``pos`` (listed with 、) hold ``posts``, but for a title ``held`` says they hold
    already; a list going on after 、 with a chain of its own gives that chain's posts, read in the context
    of the last one's body, to the names after it, as :func:`_officials` reads them: 街道党工委书记沈涛|、|
    办事处|主任|吴琼 -> 递铺街道办事处 (a town's report)."""
    held = set() if held is None else held
    while posts:
        holders, pos = _objects_after(an, people, pos)
        for holder in holders:
            new = [post for post in posts if (holder.key, post[1]) not in held]
            _hold(an, holder, new, holder.start)
            held.update((holder.key, title) for _, title, _ in new)
        if not holders or an.text[pos - 1:pos] != "、":
            return
        posts, pos = read_post_chain(an, posts[-1][0], link=pos)


# between a name opening a line and its posts on a leadership page (王志远  县委副书记、县长; the name alone on its
# line, its posts on the next: 王志远\n县委副书记、县长)
_NAME_AND_POSTS = re.compile(r"[ \t\u3000]*\n[ \t\u3000]*|[ \t\u3000]+|[：:]")
# where the posts after such a name end: the line's end, or the clause's (，主持县政府全面工作)
_LINE_CHAIN_ENDS = re.compile(r"$|\s*\n|[，。；,;]")


# what closes the posts in brackets after a name
_CLOSING_BRACKET = re.compile(r"[）)]")


def _officials_before_their_posts(an: Analysis, people: list[Mention]) -> None:
    """领导之窗 … 王志远  县委副书记、县长\n主持县政府全面工作 (a county government's page of its leaders): a name
    opening a line, then spaces or a colon and a chain of posts from a written organisation to the line's or
    the clause's end, holds its posts, as the name after a chain does; none when a name follows the chain
    (王志远：县委书记陈国强说 … is a chain of its own).  So does a name with its chain in brackets after it,
    anywhere (会上，陈雷（县委常委、组织部部长）作动员讲话)."""
    text = an.text
    agencies: dict[int, Mention] = {}  # the longest written at each start
    for agency in an.of_type("Agency"):
        if agency.end > agency.start and (agency.start not in agencies or agency.end > agencies[agency.start].end):
            agencies[agency.start] = agency
    held = _titles_held(an)
    for person in people:
        bracket = text[person.end:person.end + 1] in ("（", "(")
        if bracket:  # 陈雷（县委常委、组织部部长）: the posts in brackets after the name
            gap, ends = person.end + 1, _CLOSING_BRACKET
        elif person.start and text[person.start - 1] != "\n":
            continue
        else:
            found = _NAME_AND_POSTS.match(text, person.end)
            gap, ends = (found.end() if found else None), _LINE_CHAIN_ENDS
        agency = agencies.get(gap) if gap is not None else None
        if agency is None:
            continue
        posts, end = read_post_chain(an, agency)
        if not posts or not ends.match(text, end):
            continue
        new = [post for post in posts if (person.key, post[1]) not in held]
        _hold(an, person, new, person.start)
        held.update((person.key, title) for _, title, _ in new)


@cache
def _body_initials() -> dict[str, tuple[str, ...]]:
    """A body's one character -> the ends of the names of the bodies it stands for (院 -> 法院, 医院…):
    data/posts/body_initials.tsv."""
    return {row[0]: tuple(row[1].split(",")) for row in data_table("posts", "body_initials.tsv")}


@cache
def _initial_pattern() -> re.Pattern[str]:
    """A body's character before a title (院|党组书记), or the head's title it makes (副院长, 常务副局长)."""
    initials = "".join(sorted(_body_initials()))
    return re.compile(f"(?:常务)?副?([{initials}])长|[{initials}]")


def _body_of_an_initial(an: Analysis, initial: str, before: int) -> Mention | None:
    """The body of the kind ``initial`` stands for that the article named last before ``before``
    (安吉县人民法院 for 院); never a division's own party committee (县委 is no 委 of this kind)."""
    heads = _body_initials()[initial]
    found = None
    for agency in an.of_type("Agency"):
        if agency.start >= before or not agency.label.endswith(heads):
            continue
        division = agency.prop("division_label") or ""
        if division and agency.label in (division + "委", division + "党委", division + "党工委"):
            continue
        if found is None or agency.start > found.start:
            found = agency
    return found


def _bodies_named_by_an_initial(an: Analysis, people: list[Mention]) -> None:
    """安吉县人民法院召开…会议。|院|党组书记、院长|方立新…，|院|党组成员、副院长|吴海燕|主持 (a county court's
    report): a body's one character before a title, opening a clause, names the body of that kind the
    article named last (data/posts/body_initials.tsv), and so does its head's title alone (，|副院长|吴海燕):
    the people after the chain hold its posts.  Read from a clause's start or after a name listed with 、
    (北京大学… |校|党委书记|郝平|、|校长|龚旗煌) only: 、|局长 after a title goes on a chain read from its own body
    (山西省原粮食局党组书记、|局长|杨随亭, xwlb-20230129-09)."""
    text = an.text
    spans = SpanIndex((m.start, m.end) for m in an.mentions if m.end > m.start and m.type != "Person")
    held = _titles_held(an)
    names_end = {m.end for m in people}
    for match in _initial_pattern().finditer(text):
        start = match.start()
        listed = text[start - 1:start] == "、" and start - 1 in names_end  # 校党委书记郝平|、|校长|龚旗煌
        if (start and (_CJK.match(text[start - 1]) or text[start - 1] == "、" and not listed)) or \
                spans.overlaps(start, match.end()):
            continue  # within a word or a name (法院, 学院|党委), or a link of a chain read from its body
        if match.group(1) is not None:  # the head's title: 副院长
            initial, link = match.group(1), start
            if post_title_at(text, start) != match.group():
                continue
        else:  # 院|党组书记: the title starts a word of its own
            initial, link = match.group(), match.end()
            if link not in an.boundaries or post_title_at(text, link) is None:
                continue
        body = _body_of_an_initial(an, initial, start)
        if body is None:
            continue
        _hold_listed(an, people, *read_post_chain(an, body, link=link), held=held)


@cache
def _deputy_ranks() -> tuple[str, ...]:
    return tuple(row[0] for row in data_table("posts", "deputy_ranks.txt"))


def _post_of(title: str) -> str:
    """The post a title is a rank of (常务副县长, 副县长 -> 县长): the title without its deputy's words."""
    for word in _deputy_ranks():
        title = title.removeprefix(word)
    return title


# a bare title opens a clause: after a mark that ends one
_CLAUSE_MARKS = "，。；：\n"


def _deputies_of_the_post_before(an: Analysis, people: list[Mention]) -> None:
    """县人大常委会主任王德明主持会议，|副主任|李红|、|陈刚|、|赵丽华|出席会议 (a county paper's report): a title on
    its own opening a clause, a rank of the post (data/posts/deputy_ranks.txt: 副主任 of 主任) of an official
    the sentence named before it, is held in that official's body by the people after it.  Not a division
    head's (副县长: read with the division named) nor a title implying its body (副总理)."""
    text = an.text
    spans = SpanIndex((m.start, m.end) for m in an.mentions if m.end > m.start and m.type != "Person")
    by_start = {m.start: m for m in people}
    posts = sorted(((f.start, f) for f in an.facts if f.predicate == "holdsPost"), key=lambda pair: pair[0])
    held = {(f.subject, dict(f.props).get("title")) for _, f in posts}
    for person in people:
        pos = person.start
        title = _title_ending_at(text, pos)
        if title is None or _post_of(title) == title or title in _implied() or _level_of_head(title):
            continue
        start = pos - len(title)
        if start and text[start - 1] not in _CLAUSE_MARKS or spans.overlaps(start, pos) or (person.key, title) in held:
            continue
        sentence = an.sentence(start)[0]
        before = [f for at, f in posts if sentence <= at < start and f.subject != person.key
                  and _post_of(dict(f.props).get("title", "")) == _post_of(title)]
        if not before or by_start.get(pos) is not person:
            continue
        organisation = next((m for m in an.mentions if m.key == before[-1].object and m.type == "Agency"), None)
        if organisation is None:
            continue
        for holder in _objects_after(an, people, pos)[0]:
            if (holder.key, title) not in held:
                _hold(an, holder, [(organisation, title, False)], holder.start)
                held.add((holder.key, title))


def _head_of_division(an: Analysis, division: Mention) -> tuple[list[Post], int]:
    """城关镇|镇长: the post of a division's own head, in its government or party committee
    named from the division (城关镇人民政府), and where the title ends; no post without one."""
    title = post_title_at(an.text, division.end)
    if title is None or title not in _government_titles():
        return [], division.end
    government = _division_body(an, division.label + _government_titles()[title], division.key, division.end)
    return [(government, title, former_before(an, division.start)[0])], division.end + len(title)


def _posts_after_division(an: Analysis, division: Mention) -> None:
    """城关镇|镇长|李明辉: a division's own head holds a post in its government."""
    title = post_title_at(an.text, division.end)
    if title is None or title not in _government_titles() or _name_at(an, division.end + len(title)) is None:
        return
    posts, pos = _head_of_division(an, division)
    _officials(an, pos, posts)


def _home_country_before(an: Analysis, agency: Mention, agencies: list[Mention]) -> bool:
    """Whether ``agency`` is China's name before an agency read within it: 中国|全国人大常委会|委员长|
    赵乐际 (xwlb-20230515-05), 中国|国家发展改革委|主任|郑栅洁 (xwlb-20230914-09) hold their posts in the
    agency named within (全国人大常委会, 国家发展和改革委员会), not in 中国全国人大常委会 as well."""
    return any(inner.end == agency.end and inner.start > agency.start
               and an.text[agency.start:inner.start] in _home_country() for inner in agencies)


def _among_peers(an: Analysis, division: Mention) -> bool:
    """Whether a division is written in a list with another of its level (公安县|、|江陵县, 公安县|和|
    江陵县): a short form of that level after it (县委, 县长) may be either's."""
    text, level = an.text, division.label[-1:]
    for other in an.of_type("AdministrativeDivision"):
        if other.key == division.key or other.end <= other.start or not other.label.endswith(level) \
                or other.prop("level") != division.prop("level"):
            continue
        between = text[division.end:other.start] if other.start >= division.end else text[other.end:division.start]
        if between == "、" or between in _joiners():
            return True
    return False


def _ends_in_a_title(an: Analysis, agency: Mention, agencies: list[Mention]) -> bool:
    """Whether ``agency`` ends inside a title read after an agency it starts with: 全国工商联|党组书记、常务副主席|
    徐乐江 (xwlb-2023) holds 党组书记 and 常务副主席 in 全国工商联, none in 全国工商联党组, a name the model read
    over the title; 市政府|党组成员、副市长|靳伟 likewise (北京市政府党组: no 成员)."""
    text = an.text
    return any(inner.start == agency.start and inner.end < agency.end
               and (title := post_title_at(text, inner.end)) is not None and inner.end + len(title) > agency.end
               for inner in agencies)


def _unnamed_among_peers(an: Analysis, agency: Mention) -> bool:
    """Whether ``agency`` is a short form whose division the article named only in a list with another
    of its level (公安县、江陵县、监利市防汛形势严峻。县委|书记|王建国): it names nobody's post, as which
    county's is not said."""
    if not agency.prop("abbreviated") or agency.prop("division") is None:
        return False
    written = [m for m in an.of_type("AdministrativeDivision")
               if m.key == agency.prop("division") and m.end > m.start and m.end <= agency.start]
    return bool(written) and _among_peers(an, written[-1])


def _end_before_a_former_marker(an: Analysis, agency: Mention) -> None:
    """An organisation's name read over a former-marker written as a word of its own (原, 前) ends
    before it, where the official's former posts begin: 辽宁省政协|原|党组|副书记、副主席|孙远良 and
    文化和旅游部|原|党组|副书记 (xwlb-20230420-09, read as 辽宁省政协原党组), 中储粮集团公司|原|党组|成员
    (xwlb-20230129-09), 上海期货交易所|原|党委书记 (xwlb-20230920-05) — how notices of discipline
    name them, in a county's paper as in the national news (县交通运输局|原|党组书记、局长).  The
    mention is cut there, or dropped when the organisation before the marker is read already; not
    inside a word (中原, 太原|市) nor at the name's start (原|国务院|副总理: a chain's marker)."""
    cut = next((at for s, e, word in an.tokens_from(agency.start + 1, agency.end - agency.start)
                if s < agency.end and (at := _marker_in_word(word, s)) is not None and at - agency.start >= 2), None)
    if cut is None or cut >= agency.end or agency.prop("implicit"):
        return
    index = an.mentions.index(agency)
    if any(m.type == "Agency" and (m.start, m.end) == (agency.start, cut) for m in an.mentions):
        del an.mentions[index]
    else:
        dropped = agency.end - cut
        label = agency.label[:-dropped] if agency.label.endswith(an.text[cut:agency.end]) else an.text[agency.start:cut]
        an.mentions[index] = replace(agency, end=cut, text=an.text[agency.start:cut], label=label,
                                     key=agency_key(label))
    if not any(m.key == agency.key for m in an.mentions):
        an.facts[:] = [f for f in an.facts if agency.key not in (f.subject, f.object)]


def _marker_in_word(word: str, start: int) -> int | None:
    """Where a former-marker starts in a word of the segmenter at ``start``: the word itself (原), or
    its end after an organisation's head the segmenter glued it to (发展改革委|原 read 委原, 储备局|原
    read 局原: xwlb-20230129-09); None in other words (中原, 太原, 高原)."""
    if word in _former_words():
        return start
    marker = next((m for m in _former_words() if word.endswith(m) and len(word) > len(m)), None)
    if marker is not None and word[:-len(marker)].endswith(ordered_lexicon("org_suffixes.txt")):
        return start + len(word) - len(marker)
    return None


@cache
def _former_words() -> frozenset[str]:
    """The former-markers that are no verb (原, 前): a word of a post, never of an organisation's name."""
    return frozenset(row[0] for row in data_table("posts", "former_markers.txt") if row[1:] != ("verb",))


@cache
def _nameless_units() -> dict[str, tuple[str, tuple[str, ...]]]:
    """unit -> (the national body it is a unit of, the words naming that body): data/posts/nameless_units.tsv."""
    return {row[0]: (row[1], tuple(row[2].split(","))) for row in data_table("posts", "nameless_units.tsv")}


@cache
def _unit_parents() -> tuple[str, ...]:
    return longest_first(row[0] for row in data_table("posts", "unit_parents.txt"))


def _national_unit_mention(an: Analysis, start: int, end: int, body: str) -> Mention:
    """The unit written at [start, end) named with its national body (全国人大 + 宪法和法律委员会), a unit of it."""
    label = body + an.text[start:end]
    unit = Mention.make("Agency", an.doc.id, start, end, an.text[start:end], label, agency_key(label))
    an.fact(unit.key, "subOrganizationOf", agency_key(body), start)
    return unit


def _units_named_alone(an: Analysis) -> None:
    """十四届全国人大常委会… 会议听取了|宪法和法律委员会|副主任委员|丛斌 (xwlb-20230424-05): a national body's
    unit whose name no other body's unit bears (data/posts/nameless_units.tsv), written alone before a title
    in a story that names the body, is that body's (全国人大宪法和法律委员会); no recogniser reads it."""
    text = an.text
    agencies = [m for m in an.of_type("Agency") if m.end > m.start]
    taken = SpanIndex((m.start, m.end) for m in agencies)
    for name, (body, words) in _nameless_units().items():
        if name not in text or not any(word in text for word in words):
            continue
        for match in re.finditer(re.escape(name), text):
            start, end = match.span()
            if start not in an.boundaries or not post_title_at(text, end):
                continue
            bare = next((m for m in agencies if (m.start, m.end) == (start, end) and m.label == m.text), None)
            if bare is not None:  # the model's span of the bare name: named with its body
                an.mentions[an.mentions.index(bare)] = _national_unit_mention(an, start, end, body)
            elif not taken.overlaps(start, end):
                an.add(_national_unit_mention(an, start, end, body))


def _units_listed_after_a_unit(an: Analysis) -> None:
    """全国人大|监察和司法委员会|主任委员|杨晓超|、|财政经济委员会|主任委员 (xwlb-20231020-11): a committee the model
    read bare, listed after an official of another unit of a national body (data/posts/unit_parents.txt), is
    a unit of that body too (全国人大财政经济委员会), not a body of its own name."""
    text = an.text
    agencies = sorted((m for m in an.of_type("Agency") if m.end > m.start), key=lambda m: m.start)
    national = alias_table("national_agencies.tsv")
    for index, agency in enumerate(agencies):
        if (text[agency.start - 1:agency.start] != "、" or agency.label != agency.text or agency.prop("division")
                or agency.text in national or not agency.text.endswith(("委员会", "委"))):
            continue
        sentence = an.sentence(agency.start)[0]
        before = [m for m in agencies if sentence <= m.start and m.end < agency.start]
        if not before:
            continue
        last = max(before, key=lambda m: m.end)
        parent = next((p for p in _unit_parents() if last.label.startswith(p) and len(last.label) > len(p)), None)
        if parent is None or agency.text.startswith(parent):
            continue
        unit = _national_unit_mention(an, agency.start, agency.end, parent)
        an.mentions[an.mentions.index(agency)] = agencies[index] = unit  # the next item's unit follows it


@stage(reads=("text", "tokens", "model_tokens", "pending", "Agency", "AdministrativeDivision"),
       writes=("Person", "Agency", "Place", "AdministrativeDivision", "holdsPost", "locatedIn", "subOrganizationOf"))
def find_officials(an: Analysis) -> None:
    """Officials named after a written organisation or division and their posts."""
    _model_agencies_before_titles(an)
    _units_named_alone(an)
    _units_listed_after_a_unit(an)
    for agency in list(an.of_type("Agency")):
        _end_before_a_former_marker(an, agency)
    agencies = list(an.of_type("Agency"))
    for agency in agencies:
        if not _home_country_before(an, agency, agencies) and not _unnamed_among_peers(an, agency) \
                and not _ends_in_a_title(an, agency, agencies):
            _posts_after(an, agency)
    agency_starts = {m.start for m in an.of_type("Agency")}
    _model_divisions_before_titles(an)
    for division in list(an.of_type("AdministrativeDivision")):
        if division.end not in agency_starts and division.end > division.start:
            _posts_after_division(an, division)
    _heads_of_the_division_named(an)
    an.mentions.sort(key=lambda m: (m.start, -m.end))


# ---------------------------------------------------------------------------
# 2. posts whose organisation is a country or implied (after the model's people and places)

def _titles_before(an: Analysis, person: Mention, ends: dict[int, Mention]) -> tuple[list[tuple[str, int, bool, str]], int]:
    """The chain of titles written right before ``person``, the last first, as (title, start, former, the
    organisation's title), and where it starts (:func:`_posts_before`)."""
    text = an.text
    chain: list[tuple[str, int, bool, str]] = []
    pos = person.start
    while True:
        title = _title_ending_at(text, pos) or _title_after_a_country_ending_at(an, pos, ends)
        if title is None:
            break
        start, head = pos - len(title), title
        if title in _head_staff() and (senior := _title_ending_at(text, start)) in _foreign():
            # 以色列|总理|顾问|雷格夫: one title on the head's staff, held where the head's post is
            start, title, head = start - len(senior), senior + title, senior
        former, pos = former_before(an, start)
        chain.append((title, start, former, head))
        if pos > 1 and text[pos - 1] in "、兼" and _title_ending_at(text, pos - 1):
            pos -= 1
            continue
        break
    return chain, pos


def _abroad(an: Analysis, people: list[Mention], ends: dict[int, Mention]) -> frozenset[Key]:
    """The people the story gives a foreign country's post, before the posts of titles before names are
    read: those holding one already (越南国家主席武文赏 read by the first stage) and those a foreign country's
    title is written before (越南|国家主席|武文赏 … 国家主席|武文赏, in either order)."""
    labels = {m.key: m.label for m in an.mentions if m.type == "Agency"}
    holders = {fact.subject for fact in an.facts if fact.predicate == "holdsPost"
               and _country_named_first(labels.get(fact.object, "")) is not None}
    for person in people:
        chain, pos = _titles_before(an, person, ends)
        if chain and any(title in _foreign() for title, _, _, _ in chain) and (
                country := _country_ending_at(an, pos, ends)) is not None and country[0] not in _home_country():
            holders.add(person.key)
    return frozenset(holders)


def _posts_before(an: Analysis, person: Mention, ends: dict[int, Mention],
                  foreign: list[tuple[int, str]], abroad: frozenset[Key] = frozenset()) -> list[Post]:
    """The posts of the titles written right before ``person`` whose organisation no
    written agency gives: 伊朗|第一副总统|穆赫贝尔, 美国|前|总统|特朗普, 沙特|王储|兼|首相|萨勒曼
    (each title of a chain joined by 、 or 兼 after the country), 国家主席|习近平,
    国务委员|兼|外长|秦刚 (each implying its own), and a foreign title alone in a story about a
    foreign country (xwlb-20230630-16: 英国|下院… 他还称|首相|苏纳克 -> 英国政府): that of the
    foreign country named last before it (``foreign``: (start, name), in order).  A title implying one of
    China's bodies weighs its holder (:func:`_implied_body_of`; ``abroad``: who holds a foreign post)."""
    text = an.text
    chain, pos = _titles_before(an, person, ends)
    if not chain:
        return []
    country = _country_ending_at(an, pos, ends)
    if country is None and (pos in ends or (pos not in an.boundaries and _CJK.match(text[pos - 1:pos] or "x"))):
        return []  # a written organisation's posts are read by the first stage; 相|首相: inside a word
    former = former_before(an, country[1] if country is not None else pos)[0]
    # 蒙古人民党主席、政府|总理|奥云额尔登 (xwlb-20230316-01): a government written alone before the title is a foreign
    # country's (China's premier is 国务院's, written so): that of the foreign country named last
    foreign_body = country is None and any(
        text.startswith(body, pos - len(body)) and pos - len(body) in an.boundaries for body in _country_bodies())
    posts = []
    for title, start, title_former, head in reversed(chain):
        if country is not None:
            organisation = _country_organisation(an, country, head, start)
        elif foreign_body:
            # 蒙古人民党|主席|、|政府|总理|奥云额尔登 (xwlb-20230316-01): the country its clause names last
            government = _foreign_country_between(an, _clause_start(an.text, pos), pos)
            if government is None and (index := bisect.bisect_left(foreign, (start,)) - 1) >= 0:
                government = foreign[index][1]  # 越南 … 国家主席武文赏、政府|总理|范明政: the story's country
            organisation = (None if government is None or title not in _foreign()
                            else _country_organisation(an, (government, pos), title, start))
        elif head != title:
            organisation = None  # a staff title with no country before it: whose head is not said
        elif title in _implied() and not foreign_body:
            organisation = (_implied_body_of(an, person, title, start, start, abroad)
                            if _implied()[title][1] != "never" and chinese_name(person.text) else None)
        else:
            index = bisect.bisect_left(foreign, (start,)) - 1
            organisation = (_country_organisation(an, (foreign[index][1], foreign[index][0]), title, start)
                            if index >= 0 and title in _foreign() else None)
        if organisation is not None:
            posts.append((organisation, title, title_former or former))
    return posts


@cache
def _head_staff() -> frozenset[str]:
    """Titles on a foreign head's staff, one title with the head's (data/posts/head_staff.txt: 总理|顾问)."""
    return frozenset(row[0] for row in data_table("posts", "head_staff.txt"))


def _country_named(place: Mention) -> str | None:
    """The country a place names, by its label: 伊朗; an abbreviation the model reads as a place
    (美|前总统 -> 美国, xwlb-20230405-14); 蒙古国 for 蒙古 (xwlb-20231027-02: 蒙古国|总理 -> 蒙古国政府)."""
    if place.type != "Place":
        return None
    label = _abbreviations().get(place.label, place.label)
    return label if label in _countries() or label.removesuffix("国") in _countries() else None


def _country_ending_at(an: Analysis, pos: int, ends: dict[int, Mention]) -> tuple[str, int] | None:
    """The country written right before ``pos`` and where it starts: a place the model or
    the world list read (伊朗|总统), or an abbreviation as a word of its own (俄|总统 ->
    俄罗斯)."""
    mention = ends.get(pos)
    if mention is not None:
        name = _country_named(mention)
        return None if name is None else (name, mention.start)
    country = _abbreviations().get(an.text[pos - 1:pos]) if pos > 0 else None
    if country is None or pos - 1 not in an.boundaries:
        return None
    return country, pos - 1


def _country_organisation(an: Analysis, country: tuple[str, int], title: str, at: int) -> Mention | None:
    """伊朗|总统 -> 伊朗 (the state), 英国|首相 -> 英国政府, 德国|外长 -> 德国外交部;
    after 中国 China's own: 中国|国家主席 -> 中华人民共和国, 中国|外长 -> 外交部."""
    name = country[0]
    if name in _home_country() and title in _implied():
        return _implied_organisation(an, title, at)
    template = _foreign().get(title)
    if template is None:
        return None
    # the state itself is the organisation of its head (伊朗 as an agency: the country's
    # territory is the place of the same name, and a post is held in an organisation)
    return _implicit(an, template.format(country=name), at)


def _model_people_after_titles(an: Analysis) -> None:
    """国家副主席|韩|正在|北京 (xwlb-20231016-11, 韩正/PER for the model): a Chinese name the model
    reads right after a title, which no stage took because the segmenter joined its last
    character to the next word, is a person — the title says one follows.  Not a transliterated
    name: cut inside a word, the model cuts those wrong (尼加拉瓜总统|奥尔特|加在, xwlb-20230721-18:
    奥尔特加)."""
    text = an.text
    taken = SpanIndex((m.start, m.end) for m in an.mentions if m.end > m.start)
    for token in an.model_tokens or ():
        if token.tag != "PER" or token.end in an.boundaries or taken.overlaps(token.start, token.end):
            continue
        name = text[token.start:token.end]
        if chinese_name(name) and _title_ending_at(text, token.start) is not None:
            _add_person(an, token.start, name)


def _model_places_after_titles(an: Analysis) -> None:
    """古巴|外长|罗德里格斯 (xwlb-20230718-10: an island of Mauritius in the world list): a region or
    city of the world list written right after a foreign title after a country is the person who
    holds it — the title says a name follows (古巴|外长 names no place).  Only a whole word of the
    segmenter: 尼加拉瓜|总统|奥尔特加 (xwlb-20230721-18) holds the Romanian county 奥尔特 in a name."""
    text, listed = an.text, listed_names()
    for place in [m for m in an.of_type("Place") if m.end > m.start]:
        title = _title_ending_at(text, place.start)
        if title is None or title not in _foreign() or place.text not in listed or listed[place.text].kind == "country":
            continue
        if place.end not in an.boundaries:
            continue
        if _country_written_before(an, place.start - len(title)) is None:
            continue
        an.mentions.remove(place)
        if not any(m.key == place.key for m in an.mentions):
            an.facts[:] = [f for f in an.facts if place.key not in (f.subject, f.object)]
        _add_person(an, place.start, place.text)


@cache
def _held_once_verbs() -> tuple[str, ...]:
    """The former-markers that are verbs of the person the sentence is about (曾任)."""
    return tuple(row[0] for row in data_table("posts", "former_markers.txt") if row[1:] == ("verb",))


# the terms of a body written between a verb and its name: 曾任|第八、九、十届|全国政协|副主席,
# 任命|…|为|十四届|全国人大常委会|副秘书长 (xwlb-20230314-07)
_TERMS = re.compile(r"第?[一二三四五六七八九十百、]+届")


def _bodies_by_start(an: Analysis) -> dict[int, Mention]:
    """The longest agency or division written from each offset: where a chain after a verb starts."""
    bodies: dict[int, Mention] = {}
    for m in an.mentions:
        if m.type in ("Agency", "AdministrativeDivision") and m.end > m.start:
            if m.start not in bodies or m.end > bodies[m.start].end:
                bodies[m.start] = m
    return bodies


def _chain_from(an: Analysis, bodies: dict[int, Mention], pos: int) -> tuple[list[Post], int]:
    """The posts a chain written from ``pos`` names (a body's term skipped: 第八、九、十届|全国政协|
    副主席), and where it ends; nothing when no body starts there.  The first stage read the chain
    already (its units are mentions): what it adds again is dropped, so each unit is named once."""
    text = an.text
    term = _TERMS.match(text, pos)
    if term and pos not in bodies:  # 十四届全国人大常委会: a body read with its term starts at the term
        pos = term.end()
    title = post_title_at(text, pos)
    if title in _implied() and _implied()[title][1] != "never":
        # 免去|李尚福|的|国务委员|、|国防部|部长|职务 (xwlb-20231024-07): a title naming its own
        # organisation opens the chain (国务院), and what follows 、 goes on with it
        posts, end = [(_implied_organisation(an, title, pos), title, False)], pos + len(title)
        if text.startswith("、", end):
            more, after = _chain_from(an, bodies, end + 1)
            if more:
                posts, end = posts + more, after
        return posts, end
    body = bodies.get(pos)
    while body is not None and body.type == "AdministrativeDivision" and bodies.get(body.end) is not None \
            and post_title_at(text, body.end) is None:
        body = bodies[body.end]  # 云南省|沧源佤族自治县人民法院|执行局|局长: the body the division goes on with
    if body is None:
        return [], pos
    known = {(m.type, m.key, m.start, m.end) for m in an.mentions}
    count = len(an.mentions)
    posts, end = read_post_chain(an, body) if body.type == "Agency" else _head_of_division(an, body)
    added = [m for m in an.mentions[count:] if (m.type, m.key, m.start, m.end) not in known]
    an.mentions[count:] = added
    return posts, end


def _posts_held_once(an: Analysis, people: list[Mention], bodies: dict[int, Mention]) -> None:
    """霍英东先生是…，曾任|第八、九、十届|全国政协|副主席 (xwlb-20230510-03), 张卫东|曾任|公安县|县长:
    a chain after 曾任 (历任) with no name after it names former posts of the person the sentence is
    about — the name right before 曾任 (with its word of address: 李克强|同志|历任, xwlb-20231027-03), else the
    name that opens the sentence, else the one whose profile it is in (李国华，男，…，历任…); or of the name
    it describes (曾任甘棠镇镇长|的|李志刚)."""
    text = an.text
    by_end, by_start = {m.end: m for m in people}, {m.start: m for m in people}
    for verb in _held_once_verbs():
        for match in re.finditer(re.escape(verb), text):
            if match.start() not in an.boundaries:
                continue
            posts, end = _chain_from(an, bodies, match.end())
            if not posts or _name_at(an, end) is not None or end in by_start:
                continue  # 曾任公安县县长|张卫东: the first stage gave the name its posts
            if text.startswith("的", end):  # 曾任甘棠镇镇长|的|李志刚; 曾任县长的|人: nobody named
                holder = by_start.get(end + 1)
            else:
                sentence = an.sentence(match.start())[0]
                holder = by_end.get(match.start()) or _addressed_before(an, by_end, match.start()) or next(
                    (m for m in people if sentence <= m.start < match.start() and not text[sentence:m.start].strip()),
                    None) or _profile_subject(an, people, match.start())
            if holder is not None:
                _hold(an, holder, [(organisation, title, True) for organisation, title, _ in posts], match.start())


def _addressed_before(an: Analysis, by_end: dict[int, Mention], pos: int) -> Mention | None:
    """The person whose name and a word of address (同志, 先生) end at ``pos``: 李克强|同志|历任 (xwlb-20231027-03)."""
    return next((by_end[pos - len(word)] for word in _address_words()
                 if an.text.startswith(word, pos - len(word)) and pos - len(word) in by_end), None)


def _officials_named_late(an: Analysis, people: list[Mention], bodies: dict[int, Mention]) -> None:
    """朝阳街道 … 街道党工委|副书记|、|办事处|主任|蒋|海波 (the model reads no name in 蒋|海波, the
    people stage does): a chain after an agency whose name the first stage could not read names
    the posts of the person the later stages found right after it, and of the people listed with
    them, unless the sentence gave them posts already.  An agency with no division too
    (国际能源署|署长|法提赫|·|比罗尔, xwlb-20230703-15: the model's name is no word of the segmenter), when
    its name is the one its titles are held in."""
    held = {(f.subject, f.start) for f in an.facts if f.predicate == "holdsPost"}
    for body in list(bodies.values()):
        if body.type != "Agency" or _unnamed_among_peers(an, body) or (
                body.prop("division") is None and not _holds_its_posts(an, body)):
            continue
        posts, end = _chain_from(an, {body.start: body}, body.start)
        if body.prop("division") is None:
            posts = _of_its_country(body, posts)
        if not posts:
            continue
        holders, pos = _objects_after(an, people, end)
        sentence = an.sentence(body.start)[0]
        for person in holders:
            if (person.key, sentence) not in held:
                _hold(an, person, posts, person.start)
        if holders and an.text[pos - 1:pos] == "、":
            # 街道党工委书记沈涛|、|办事处|主任|吴琼: the list goes on with a chain of its own
            _hold_listed(an, people, *read_post_chain(an, posts[-1][0], link=pos), held=_titles_held(an))


def _in_a_foreign_chain(an: Analysis, agency: Mention) -> bool:
    """Whether ``agency`` is a link of a chain a foreign body opens (老挝人民革命党中央政治局|委员|、|中央纪委|
    书记, xwlb-20231206-03): the chain is read from that body, and 中央纪委 there is 老挝's, not China's."""
    text, pos = an.text, agency.start - 1
    ends = {m.end: m for m in an.of_type("Agency") if m.end > m.start}
    while pos > 0 and text[pos] in "、兼" and (title := _title_ending_at(text, pos)) is not None:
        before = ends.get(pos - len(title))  # the link's organisation: the chain goes on back from it
        if before is None:
            return False
        if _country_named_first(before.label) is not None:
            return True
        pos = before.start - 1
    return False


def _of_its_country(body: Mention, posts: list[Post]) -> list[Post]:
    """The posts of a foreign body's chain, less those the chain would put in China's central bodies:
    老挝人民革命党中央政治局|委员|、|中央纪委|书记|、|国家监察总署|署长|坎潘 (xwlb-20231206-03) names
    老挝's 中央纪委, not China's (data/lexicon/national_agencies.tsv), which the chain cannot name;
    a body of its own name stays (越共中央政治局|委员|、|胡志明国家政治学院|院长|、|中央理论委员会|主席|
    阮春胜, xwlb-2023); all of them for a body of no foreign country."""
    country = _country_named_first(body.label)
    if country is None:
        return posts
    national = alias_table("national_agencies.tsv")
    return [post for post in posts
            if post[0] is body or post[0].label.startswith(country) or post[0].label not in national]


def _holds_its_posts(an: Analysis, agency: Mention) -> bool:
    """Whether an agency with no division is itself the organisation of the titles after it:
    not a body a country's mission is stationed at (俄罗斯|常驻|联合国|代表: the mission's), not
    China's name before one within it (中国|全国人大常委会), and named with the country written
    before it, if any (英国|保守党 -> 英国保守党; 俄|外交部 named 外交部 would be China's)."""
    text = an.text
    if text[agency.start - 1:agency.start] in ("、", "兼"):
        return False  # a link of a chain read from its start (…委员|、|中央纪委|书记)
    if any(text.startswith(word, agency.start - len(word)) for word in _stationed()):
        return False
    if text[:agency.start].endswith(tuple(_home_country())):
        return False
    country = _country_written_before(an, agency.start)
    return country is None or agency.label.startswith(country[0])


@cache
def post_verbs() -> tuple[tuple[str, bool, tuple[str, ...], bool], ...]:
    """(verb, whether its holder follows it, the joiners before the chain, whether the post
    ends), the longest verb first (被任命 before 任命): ``data/posts/post_verbs.tsv``, which the
    events stage reads too (its appointments) — through here, so both read it alike."""
    rows = [(*row, "", "", "")[:4] for row in data_table("posts", "post_verbs.tsv")]
    for row in rows:
        if row[1] not in ("before", "after"):
            raise DataError(f"data/posts/post_verbs.tsv: {chr(9).join(row)!r}: the holder is before or after the verb")
    return tuple(sorted(((verb, holder == "after", tuple(j for j in joiners.split(",") if j), held == "former")
                         for verb, holder, joiners, held in rows), key=lambda row: -len(row[0])))


# what may stand between a verb's subject and the verb: 孙志强|同志|任, 王建国|已|调任 — a few
# characters, no punctuation (a subject further back is another clause's: 习近平|致电|…，祝贺|他|当选)
_SUBJECT_GAP = re.compile(r"[\u4e00-\u9fff]{0,3}")


def _subject_before(an: Analysis, people: list[Mention], verb: int) -> Mention | None:
    """The person whose name ends a few characters before ``verb``, with nothing named between."""
    named = [m for m in an.mentions if m.end > m.start and m.end <= verb]
    last = max(named, key=lambda m: m.end, default=None)
    if last is None or last.type != "Person" or _SUBJECT_GAP.fullmatch(an.text, last.end, verb) is None:
        return None
    return next((m for m in people if m.key == last.key and m.end == last.end), None)


@cache
def _profile_marks() -> tuple[str, ...]:
    return tuple(row[0] for row in data_table("posts", "profile_marks.txt"))


def _profile_subject(an: Analysis, people: list[Mention], verb: int) -> Mention | None:
    """The person whose profile a verb is written in (data/posts/profile_marks.txt): 李国华，男，1978年5月生，
    |现任|县财政局副局长 (a county's 干部任前公示) -> 李国华; the profile is the item (up to 。, ； or a line
    break) the name opens, with no other person named before the verb."""
    text = an.text
    start = max(text.rfind(mark, 0, verb) for mark in "。；;\n") + 1
    while start < verb and text[start].isspace():
        start += 1
    person = next((m for m in people if m.start == start), None)
    if person is None or any(m.start > start and m.start < verb for m in people):
        return None
    after = person.end + 1 if text[person.end:person.end + 1] in ("，", "（", ",", "(") else None
    if after is None or not any(text.startswith(mark, after) and not _CJK.match(text[after + len(mark):after + len(mark) + 1])
                                for mark in _profile_marks()):
        return None
    return person


def _objects_after(an: Analysis, people: list[Mention], pos: int) -> tuple[list[Mention], int]:
    """The people named from ``pos``, listed with 、 (任命|刘俊臣|、|郭振华|、|…|为), and where the
    list ends; an item read as no person (何|新, xwlb-20230314-07) is passed over."""
    by_start = {m.start: m for m in people}
    text, found = an.text, []
    while True:
        person = by_start.get(pos)
        if person is not None:
            found.append(person)
            pos = _after_address(text, person.end)
        else:
            item = re.compile(r"[\u4e00-\u9fff·]{2,4}(?=、)").match(text, pos)
            if not found or item is None:
                return found, pos
            pos = item.end()
        if not text.startswith("、", pos):
            return found, pos
        pos += 1


def _after_address(text: str, pos: int) -> int:
    """Where the words of address after a name end (同志, 先生: data/lexicon/anonymous_tails.txt, the
    ones of two characters or more), as a verb's subject may be followed by them (孙志强|同志|任):
    任命|王芳|同志|为|公安县人民政府|副县长, 免去|刘伟|同志|的|公安县教育局|局长|职务 — how a county's
    notice of appointments names people."""
    word = next((w for w in _address_words() if text.startswith(w, pos)), None)
    return pos + len(word) if word else pos


@cache
def _address_words() -> tuple[str, ...]:
    return tuple(w for w in anonymous_tails() if len(w) >= 2)


# what ends a chain a verb names: punctuation, 职务|一职, 的 (…|调任|乌克兰战略工业部|部长|的|提议), the end
_CHAIN_ENDS = re.compile(r"$|[，。；：、,;:！？\s]|职务|一职|的")


def _chain_ends(text: str, end: int) -> bool:
    """Whether the chain a verb names ends at ``end``: 任命|郭振华|为|全国人大常委会|代表|工作委员会|主任
    (xwlb-20230628-09) reads no post 代表 of 全国人大常委会, as the title runs on into a name."""
    return _CHAIN_ENDS.match(text, end) is not None


@cache
def _copulas() -> tuple[tuple[str, bool, tuple[str, ...], bool], ...]:
    """The copulas as rows of :func:`post_verbs` (the holder before, no joiner), the longest first
    (生前是 before 是): data/posts/copulas.tsv."""
    rows = [(*row, "")[:2] for row in data_table("posts", "copulas.tsv")]
    return tuple(sorted(((word, False, (), held == "former") for word, held in rows), key=lambda row: -len(row[0])))


def _posts_by_verb(an: Analysis, people: list[Mention], bodies: dict[int, Mention],
                   verbs: tuple[tuple[str, bool, tuple[str, ...], bool], ...]) -> None:
    """任命|孙志强|为|公安县人民政府|常务副县长, 王建国|已|调任|荆州市委|秘书长, 免去|唐一军|的|司法部|部长|
    职务 (xwlb-20230224-04): a chain after a verb of taking or leaving a post (data/posts/post_verbs.tsv)
    names the posts of the verb's subject or of the people it names; no post when a name follows the
    chain (the first stage read 调任荆州市委秘书长|李某's).  A copula's subject holds the posts of the
    chain after it the same way (鲍卫忠|同志|生前是|云南省沧源佤族自治县人民法院|执行局|局长, xwlb-20231218-10)."""
    text = an.text
    starts = {m.start for m in people}
    read: list[tuple[int, int]] = []  # the verbs read, the longest first: 生前是 holds the 是 within it
    for verb, holder_after, joiners, ends in verbs:
        for match in re.finditer(re.escape(verb), text):
            if match.start() not in an.boundaries or any(s < match.end() and match.start() < e for s, e in read):
                continue
            read.append(match.span())
            if holder_after:
                holders, pos = _objects_after(an, people, match.end())
            else:
                subject = _subject_before(an, people, match.start()) or _profile_subject(an, people, match.start())
                holders, pos = ([subject] if subject else []), match.end()
            if not holders:
                continue
            pos += next((len(j) for j in sorted(joiners, key=len, reverse=True) if text.startswith(j, pos)), 0)
            posts, end = _chain_from(an, bodies, pos)
            if not posts or end in starts or _name_at(an, end) is not None or not _chain_ends(text, end):
                continue
            posts = [(organisation, title, former or ends) for organisation, title, former in posts]
            for person in holders:
                _hold(an, person, posts, match.start())


# a foreign party's name after its country, up to 党: a quoted name (“欧洲社会主义者”党) or a few words
_QUOTED_PARTY = re.compile(r"“[^”，。、]{1,20}”党")
_PARTY_WORDS = re.compile(r"[\u4e00-\u9fff]{1,12}")


def _foreign_parties(an: Analysis, people: list[Mention]) -> None:
    """匈牙利|工人党|主席|蒂尔迈尔, 摩尔多瓦|共产党人|党|主席|沃罗宁, 格鲁吉亚|“欧洲社会主义者”党|主席|尹贾
    (xwlb-20230315-10, xwlb-20230319-10): a party named right after its country, which no other stage
    read, is the organisation of the title after it when a name follows the title; named as written
    with its country (匈牙利工人党)."""
    text = an.text
    starts = {m.start: m for m in people}
    taken = SpanIndex((m.start, m.end) for m in an.of_type("Agency") if m.end > m.start)
    tags, stops = word_tags(), pos_tags("unit_run_stops")
    for start, country_end, country in _countries_written(an):
        quoted = _QUOTED_PARTY.match(text, country_end)
        if quoted is not None:
            ends = [quoted.end()]  # within the quotes any word: “公正俄罗斯—爱国者—为了真理”党
        else:
            words = _PARTY_WORDS.match(text, country_end)
            ends = [country_end + i + 1 for i, c in enumerate(words.group() if words else "") if c == "党"]
            # 摩尔多瓦|共产党人|党: the 党 that ends a word, a word of the segmenter's each
            ends = [end for end in ends if not any(tags.get(word, "") in stops for s, e, word in
                                                   an.tokens_from(country_end, end - country_end) if e <= end)]
        for end in ends:
            title = _body_title_at(text, end) if end in an.boundaries else None
            person = starts.get(end + len(title)) if title else None
            if person is None or taken.overlaps(start, end):
                continue
            # 韩国|最大|在野党|共同|民主党, 英国|反对党|工党: a word of a party's kind before it says what the
            # party is; the name starts after it (韩国共同民主党, 英国工党)
            begin = max([e for s, e, word in an.tokens_from(country_end, end - country_end)
                         if e < end and word.endswith("党")] or [start])
            label = country + text[max(begin, country_end):end]
            agency = an.add(Mention.make("Agency", an.doc.id, begin, end, text[begin:end], label,
                                         agency_key(label)))
            _hold(an, person, [(agency, title, former_before(an, start)[0])], person.start)
            break


@cache
def _country_bodies() -> tuple[str, ...]:
    return longest_first(row[0] for row in data_table("posts", "country_bodies.txt"))


def _countries_written(an: Analysis) -> list[tuple[int, int, str]]:
    """(start, end, country) of each foreign country written: a place the recognisers read as one, or a
    word of the segmenter (摩尔多瓦|共产党人|党: the model reads no place there)."""
    found = {(m.start, m.end): name for m in an.of_type("Place") if m.end > m.start
             and (name := _country_named(m)) is not None}
    found.update({(s, e): word for s, e, word in an.tokens if word in _countries()})
    return sorted((s, e, name) for (s, e), name in found.items() if name not in _home_country())


def _country_bodies_before_titles(an: Analysis, people: list[Mention]) -> None:
    """希腊|政府|发言人|马里纳基斯, 土耳其|总统府|发言人|卡伦 (xwlb-2023): a foreign country's own body
    written right after its name (data/posts/country_bodies.txt), before a title and a name, is the
    organisation of the post (希腊政府, 土耳其总统府), when no agency was read there."""
    text = an.text
    starts = {m.start: m for m in people}
    taken = SpanIndex((m.start, m.end) for m in an.of_type("Agency") if m.end > m.start)
    held = {(f.subject, f.start) for f in an.facts if f.predicate == "holdsPost"}
    for start, end, country in _countries_written(an):
        body = next((b for b in _country_bodies() if text.startswith(b, end)), None)
        title = _body_title_at(text, end + len(body)) if body else None
        person = starts.get(end + len(body) + len(title)) if title else None
        if person is None or taken.overlaps(start, end + len(body)) or (person.key, person.start) in held:
            continue
        organisation = _implicit(an, country + body, end)
        _hold(an, person, [(organisation, title, former_before(an, start)[0])], person.start)


@cache
def _member_words() -> tuple[str, ...]:
    return tuple(row[0] for row in data_table("posts", "member_lists.txt"))


# what may stand between the words that announce a list of members and its colon: 。他们是, 名单如下
_BEFORE_THE_COLON = re.compile(r"[。，]?[\u4e00-\u9fff]{0,4}：")


def _members_listed(an: Analysis, people: list[Mention]) -> None:
    """香港特别行政区基本法委员会|组成人员|。|他们是|：|主任|沈春耀|，|副主任|黄玉山|、|张勇|，|委员|…
    (xwlb-20230628-10): the members an organisation's list names after a colon hold its posts, each
    title of the list those of the names after it (data/posts/member_lists.txt)."""
    text = an.text
    for agency in [m for m in an.of_type("Agency") if m.end > m.start]:
        word = next((w for w in _member_words() if text.startswith(w, agency.end)), None)
        colon = _BEFORE_THE_COLON.match(text, agency.end + len(word)) if word else None
        if colon is None:
            continue
        pos = colon.end()
        while (title := post_title_at(text, pos)) is not None:
            holders, end = _objects_after(an, people, pos + len(title))
            if not holders:
                break
            for person in holders:
                _hold(an, person, [(agency, title, False)], person.start)
            if text[end:end + 1] not in ("，", "；"):
                break
            pos = end + 1


@cache
def _local_heads() -> dict[str, str]:
    """title -> the level character a place's name is given (州长 -> 州): data/posts/local_heads.tsv."""
    return {row[0]: (row[1:] or ("",))[0] for row in data_table("posts", "local_heads.tsv")}


def _foreign_local_heads(an: Analysis, people: list[Mention]) -> None:
    """美国|加利福尼亚州|州长|纽森 (xwlb-20231025-03), 名古屋市|副市长|中田英雄: the head of a foreign
    region's or city's government, named right after a place (no country, no division of China's), holds
    the post in the place's government (加利福尼亚州政府, 旧金山市政府: data/posts/local_heads.tsv),
    an agency located in the place."""
    text = an.text
    places = {m.end: m for m in an.of_type("Place") if m.end > m.start}
    for person in people:
        title = _title_ending_at(text, person.start) or ""
        level = _local_heads().get(title)
        start = person.start - len(title)
        place = places.get(start)
        if place is None and level and title.startswith(level) and (
                glued := places.get(start + len(level))) is not None and glued.label.endswith(level):
            place = glued  # 西弗吉尼亚州|长|贾斯蒂斯 (xwlb-20230214-13): the place read with the title's 州
        if level is None or place is None or _country_named(place) is not None or place.prop("implied"):
            continue
        label = place.label + ("" if place.label.endswith(level) else level) + "政府"
        government = _implicit(an, label, start)
        an.fact(government.key, "locatedIn", place.key, start)
        _hold(an, person, [(government, title, former_before(an, place.start)[0])], person.start)


@cache
def _body_name_tags() -> frozenset[str]:
    return frozenset(row[0] for row in data_table("posts", "body_name_tags.txt"))


@cache
def _unit_joiners() -> frozenset[str]:
    """Words joining two fields within a unit's name (data/posts/unit_joiners.txt): 安全|与|质量|监督|管理司."""
    return frozenset(row[0] for row in data_table("posts", "unit_joiners.txt"))


@cache
def _body_back_references() -> tuple[str, ...]:
    return longest_first(row[0] for row in data_table("posts", "body_back_references.txt"))


@cache
def _body_openers() -> frozenset[str]:
    return frozenset(row[0] for row in data_table("posts", "body_openers.txt"))


@cache
def _body_heads() -> tuple[str, ...]:
    """The heads that end an organisation's name (data/lexicon/org_suffixes.txt and data/posts/body_heads.txt)."""
    return longest_first({*ordered_lexicon("org_suffixes.txt"), *(row[0] for row in data_table("posts", "body_heads.txt"))})


# the shortest organisation read back from its official's title (4: 阿拉伯议会, not 协会 or 论坛 alone)
_SHORTEST_BODY = 4


def _body_before_title(an: Analysis, title_start: int, named: SpanIndex) -> tuple[int, str] | None:
    """Where the organisation that the model's words right before a title name starts, and its name:
    会见/v|世界/n|经济/n|论坛/n|主席 -> 世界经济论坛.  The words back from the title are those the model
    tags as parts of a name (data/posts/body_name_tags.txt) up to another word (a verb, a preposition, a
    mark, a time), opened by what data/posts/body_openers.txt lists, a preposition or a time (after another
    word the name may have begun before it: 常驻|禁止|化学武器组织), with no other name within (a person,
    an agency, a Chinese division: their own stages read those)."""
    tokens = an.model_tokens or []
    ends = {token.end: index for index, token in enumerate(tokens)}
    index = ends.get(title_start)
    if index is None:
        return None
    first = index + 1
    while first > 0 and tokens[first - 1].tag in _body_name_tags():
        first -= 1
    if first > index:
        return None
    start = tokens[first].start
    opener = an.text[tokens[first - 1].start:start].strip() if first > 0 else ""
    if opener and tokens[first - 1].tag not in ("p", "TIME") and opener not in _body_openers():
        return None  # a line's start or a space opens one too (a headline)
    name = an.text[start:title_start]
    if (len(name) < _SHORTEST_BODY or not name.endswith(_body_heads()) or start not in an.boundaries
            or name[:1] in _LEVEL_CHARACTERS or named.overlaps(start, title_start)
            or name.startswith(_body_back_references())):
        return None  # 大会|主席团常务委员会: a short form of a body named before
    return start, name


def _titled_with_no_post(an: Analysis, people: list[Mention]) -> list[tuple[Mention, str]]:
    """The people written right after a title (:func:`_title_ending_at`) who hold no post in their sentence
    yet, with the title: where the organisation before the title is still to be read."""
    held = {(f.subject, an.sentence(f.start)[0]) for f in an.facts if f.predicate == "holdsPost"}
    found = []
    for person in people:
        title = _title_ending_at(an.text, person.start)
        if title is not None and (person.key, an.sentence(person.start)[0]) not in held:
            found.append((person, title))
    return found


def _bodies_named_by_their_officials(an: Analysis, people: list[Mention]) -> None:
    """世界经济论坛|主席|施瓦布, 英国皇家东西方战略研究所|主席|易思 (xwlb-2023): an organisation no stage
    read, named by the words right before the title of its official (a title of a word of its own, a name
    right after it), is the organisation of the post, named as written (foreign ones with their country)."""
    named = SpanIndex((m.start, m.end) for m in an.mentions if m.end > m.start and m.type != "Place")
    for person, title in _titled_with_no_post(an, people):
        title_start = person.start - len(title)
        if title_start not in an.boundaries or person.start not in an.boundaries:
            continue
        found = _body_before_title(an, title_start, named)
        if found is None:
            continue
        start, name = found
        body = an.add(Mention.make("Agency", an.doc.id, start, title_start, name, name, agency_key(name)))
        named = SpanIndex([*((m.start, m.end) for m in an.mentions if m.end > m.start and m.type != "Place")])
        _hold(an, person, [(body, title, former_before(an, start)[0])], person.start)


@cache
def _short_bodies() -> dict[str, str]:
    """A foreign body's short name as the news writes it before an official's title -> its name
    (data/posts/short_bodies.tsv: 以军 -> 以色列国防军, 五角大楼 -> 美国国防部), longest first."""
    rows = {row[0]: row[1] for row in data_table("posts", "short_bodies.tsv")}
    return {word: rows[word] for word in longest_first(rows)}


# the model's tags of words no body's name written after a country or a division holds: a verb, a
# preposition, an adverb, a time, a number (李强27日在京会见世界知识产权组织总干事: 日 is no 日本 there)
_NO_BODY_TAGS = frozenset(("v", "p", "d", "TIME", "m", "r", "u"))

# the longest body written between a country or a division and its official's chain (粮食和物资储备保障中心: 11)
_LONGEST_WRITTEN_BODY = 12


def _bodies_written_before_titles(an: Analysis, people: list[Mention]) -> None:
    """乌克兰|经济部|副部长|卡奇卡 (xwlb-20230920-13), 江西省|文化和旅游厅|原|党组书记|、|厅长|李小豹
    (xwlb-20231227-09): a body no stage read, written right after a country or a division the stages read
    and before the chain of titles of a name that holds no post yet, is the organisation of the chain — the
    words up to a head of an organisation's name (:func:`_body_heads`), with no mark, no 的 and no other
    name but a place within.  A foreign one is named with its country (乌克兰经济部), a Chinese one as
    written from its first division (广东省韶关市粮食和物资储备保障中心); 原 after the division marks the
    posts former (山西省|原|粮食局|党组书记 -> 山西省粮食局)."""
    text = an.text
    ends = {m.end: m for m in an.mentions if m.end > m.start and m.type != "Person"}
    named = SpanIndex((m.start, m.end) for m in an.mentions if m.end > m.start and m.type in ("Person", "Agency"))
    divisions = {m.end: m for m in an.of_type("AdministrativeDivision") if m.end > m.start}
    for person, _ in _titled_with_no_post(an, people):
        chain, end = _titles_before(an, person, ends)
        if not chain or named.overlaps(end - 1, end):
            continue
        last = next((m for m in former_markers() if text.startswith(m, end - len(m))), None)
        if last is not None and end not in an.boundaries:
            continue  # inside a word of the segmenter
        short = next((word for word in _short_bodies() if text.startswith(word, end - len(word))
                      and end - len(word) in an.boundaries), None)
        if short is not None:  # 以军|总参谋长|哈莱维 (xwlb-20231025-20) -> 以色列国防军
            found = end - len(short), _short_bodies()[short], False, None
        else:
            found = _body_written_before(an, end - len(last or ""), chain[-1][0], divisions, named)
        if found is None:
            continue
        start, label, former, division = found
        end -= len(last or "")  # 文化和旅游厅原|党组书记 (one word of the segmenter): former from here
        if division is None:
            body = an.add(Mention.make("Agency", an.doc.id, start, end, text[start:end], label, agency_key(label)))
        else:  # in the division written last before its words, as the recognisers place theirs (韶关市)
            body = an.add(Mention.make("Agency", an.doc.id, start, end, text[start:end], label, agency_key(label),
                                       division=division.key, division_label=division.label))
            an.fact(body.key, "locatedIn", division.key, start)
        named = SpanIndex((m.start, m.end) for m in an.mentions if m.end > m.start and m.type in ("Person", "Agency"))
        former = former or last is not None or former_before(an, start)[0]  # 原|江苏省淮海剧团|党支部书记
        _hold(an, person, [(body, title, was or former) for title, _, was, _ in reversed(chain)], person.start)


def _body_written_before(an: Analysis, end: int, title: str, divisions: dict[int, Mention],
                         named: SpanIndex) -> tuple[int, str, bool, Mention | None] | None:
    """Where the body written before ``end`` (the chain's first ``title`` after it) starts, at its country or
    division, its name, whether 原 after the division marks it former, and the division (None after a
    country); the nearest country or division back from ``end`` decides."""
    text = an.text
    for start in range(end - 1, max(0, end - _LONGEST_WRITTEN_BODY) - 1, -1):
        if not _CJK.match(text[start]) or text[start] == "的" or named.overlaps(start, start + 1):
            return None
        division = divisions.get(start)
        country = None if division is not None else _country_written_before(an, start)
        if division is None and country is None:
            continue
        if country is not None and country[0] in _home_country():
            return None  # 摩洛哥非洲|中国|合作与发展协会: China's own bodies are read by the recognisers
        words, former = text[start:end], False
        marker = next((m for m in former_markers() if words.startswith(m) and start + len(m) in an.boundaries), None)
        if marker is not None:
            words, former = words[len(marker):], True
        if not words.endswith(_body_heads()) or start not in an.boundaries:
            return None
        if any(token.tag in _NO_BODY_TAGS and start <= token.start and token.end <= end for token in an.model_tokens or ()):
            return None  # 李强27日在|天津|会见|世界经济论坛|主席: a verb or a time, no body's name
        if country is not None and words.endswith("政府") and title in _foreign():
            return None  # 巴基斯坦|看守政府|总理 (xwlb-20230923-08): the title implies the government (巴基斯坦政府)
        if division is not None:
            first = division
            while (before := divisions.get(first.start)) is not None:
                first = before  # 广东省|韶关市|粮食…中心: from the first division written
            label = text[first.start:start] + words
            return (first.start, label, former, division) if len(label) >= _SHORTEST_BODY else None
        return country[1], country[0] + words, former, None  # 乌|总统办公室 -> 乌克兰总统办公室
    return None


@cache
def _bare_units() -> dict[str, tuple[str, ...]]:
    """a unit's head -> the heads of the bodies it is a unit of (data/posts/bare_units.tsv: 科 -> 医院)."""
    return {row[0]: tuple(row[1].split(",")) for row in data_table("posts", "bare_units.tsv")}


# the longest unit named alone before a title (呼吸与危重症医学科: 9)
_LONGEST_BARE_UNIT = 9


def _units_of_the_body_named_before(an: Analysis, people: list[Mention]) -> None:
    """积石山县人民医院急诊室灯火通明，|急诊科|护士长|吴俊荷 (xwlb-2023): a unit named alone before a title and
    a name (data/posts/bare_units.tsv: …科) is a unit of the body of its kind the story named last, in the
    sentence or the one before (积石山县人民医院急诊科); none when no such body was named."""
    text = an.text
    taken = SpanIndex((m.start, m.end) for m in an.mentions if m.end > m.start)
    for person, title in _titled_with_no_post(an, people):
        end = person.start - len(title)
        head = next((h for h in _bare_units() if text.startswith(h, end - len(h))), None)
        if head is None or end not in an.boundaries:
            continue
        start = end
        while start > end - _LONGEST_BARE_UNIT and start > 0 and _CJK.match(text[start - 1]):
            start -= 1
        # the unit is the words after the last mark, which must open a word and hold no name
        if start not in an.boundaries or end - start <= len(head) or taken.overlaps(start, end):
            continue
        if start > 0 and text[start - 1] not in "，。；：、 \n":
            continue  # a longer name or words before it: 一病区|医务科 is read only after a mark
        sentence = an.sentence(start)[0]
        earlier = an.sentence(sentence - 1)[0] if sentence > 0 else sentence
        bodies = [m for m in an.of_type("Agency") if earlier <= m.start and m.end <= start and m.end > m.start
                  and any(h in m.label for h in _bare_units()[head])]
        if not bodies:
            continue
        body = max(bodies, key=lambda m: m.end)
        cut = max(body.label.rfind(h) + len(h) for h in _bare_units()[head] if h in body.label)
        label = body.label[:cut] + text[start:end]
        unit = an.add(Mention.make("Agency", an.doc.id, start, end, text[start:end], label, agency_key(label)))
        if cut == len(body.label):
            an.fact(unit.key, "subOrganizationOf", body.key, start)
        _hold(an, person, [(unit, title, former_before(an, start)[0])], person.start)


@stage(reads=("text", "tokens", "model_tokens", "Person", "Place", "Agency", "AdministrativeDivision", "holdsPost"),
       writes=("Person", "Agency", "Place", "holdsPost", "locatedIn", "subOrganizationOf"))
def find_posts(an: Analysis) -> None:
    """Posts the first stage cannot read: after a foreign country, implied by the title
    alone, or written after the name (习近平|总书记); former ones of whom a sentence is about
    (某某曾任某县县长)."""
    _model_people_after_titles(an)
    _model_places_after_titles(an)
    text = an.text
    people = [m for m in an.of_type("Person") if m.end > m.start]
    if not people:
        return
    _committees_of_the_division_named(an, people)
    _heads_of_a_division_read_late(an, people)
    _bodies_named_by_an_initial(an, people)
    _deputies_of_the_post_before(an, people)
    _officials_before_their_posts(an, people)
    bodies = _bodies_by_start(an)
    _posts_held_once(an, people, bodies)
    _officials_named_late(an, people, bodies)
    _posts_by_verb(an, people, bodies, post_verbs())
    _posts_by_verb(an, people, bodies, _copulas())
    _envoys(an, people)
    _foreign_local_heads(an, people)
    _members_listed(an, people)
    _foreign_parties(an, people)
    _country_bodies_before_titles(an, people)
    _bodies_written_before_titles(an, people)
    _bodies_named_by_their_officials(an, people)
    _units_of_the_body_named_before(an, people)
    ends = {m.end: m for m in an.mentions if m.end > m.start and m.type != "Person"}
    foreign = sorted((m.start, name) for m in an.mentions if m.end > m.start
                     and (name := _country_named(m)) is not None and name not in _home_country())
    posts_read = [fact for fact in an.facts if fact.predicate == "holdsPost"]
    held = {(fact.subject, dict(fact.props).get("title", "")) for fact in posts_read}
    # a name the officials stage gave posts to, in its sentence: its chain is read
    read = {(fact.subject, fact.start) for fact in posts_read}
    abroad = _abroad(an, people, ends)
    previous: tuple[Mention, list[Post]] | None = None
    for person in people:
        if person.text in _titles():
            continue  # 以色列|总理|顾问|雷格夫: a title read as a name (顾 a surname) holds no post
        already = (person.key, an.sentence(person.start)[0]) in read
        posts = _posts_before(an, person, ends, foreign, abroad)
        if already:
            # the first stage read the chain: only a title of a country's it did not read (非盟|轮值主席|、|科摩罗|总统|
            # 阿扎利, xwlb-2023), no title implying China's body (蒙古人民党|主席|、|政府|总理: not 国务院's)
            implied = {row[0] for row in _implied().values()}
            posts = [post for post in posts if (person.key, post[1]) not in held and post[0].label not in implied]
        if not posts and previous is not None and text[previous[0].end:person.start] == "、":
            posts = previous[1]  # 俄罗斯总统普京、白俄罗斯总统卢卡申科 each has its own; 甲、乙 share
        if posts:
            _hold(an, person, posts, person.start)
            held.update((person.key, title) for _, title, _ in posts)
        previous = (person, posts)
    _posts_after_names(an, people, held, foreign)


def _posts_after_names(an: Analysis, people: list[Mention], held: set[tuple[Key, str]],
                       foreign: list[tuple[int, str]]) -> None:
    """A title written after the name (习近平|总书记, 习近平主席和|塞西|总统), read once every post written
    before a name is, in the story's order: it names the post of that title the story gives the person
    (阮富仲|总书记 after 越共中央总书记阮富仲), else the organisation it implies, weighing the holder
    (:func:`_implied_body_of`), or the foreign country named last.  One of China's posts of one holder
    (data/posts/single_holders.tsv) goes to no one while another person of the story holds a post of its
    group: 习近平总书记和|阮富仲|总书记 (xwlb-20230626-04) names 越南's leader, not a second 中共中央 总书记;
    国家主席习近平 … 我同|阮富仲|总书记 (xwlb-20230302-02) too."""
    text = an.text
    labels = {m.key: m.label for m in an.mentions if m.type == "Agency"}
    abroad = frozenset(fact.subject for fact in an.facts if fact.predicate == "holdsPost"
                       and _country_named_first(labels.get(fact.object, "")) is not None)
    for person in people:
        if person.text in _titles():
            continue
        after = post_title_at(text, person.end)
        if not after or any(subject == person.key and title.endswith(after) for subject, title in held):
            continue  # the article gave the person a post of that title: 阮富仲|总书记 is that one
        implied = _implied().get(after)
        if implied is not None and implied[2] and chinese_name(person.text) and person.start in an.boundaries:
            # 习近平|总书记 names 中共中央's post; a Chinese name starts a word of the segmenter, and
            # 俄罗斯国家杜马|主席|沃洛金 (xwlb-20230130-10: 杜马, a name for the model) does not
            group = _single_holders().get((implied[0], after))
            if group is not None and any(group in groups for key, groups in _current_posts(an).items()
                                         if key != person.key):
                continue
            organisation = _implied_body_of(an, person, after, person.start, person.end, abroad)
        elif implied is None and (body := _standing_body(an, after)) is not None:
            # 全国政协十四届常委会第二次会议 … |郑永飞|常委|提出 (xwlb-20230627-12): a member of the body whose
            # standing committee's session the story reports
            organisation = body
        elif implied is None and _level_of_head(after) and chinese_name(person.text) and \
                (division := _division_governed(an, _level_of_head(after), person.start, person.end)) is not None:
            # 周建军书记主持会议并讲话，|吴凯|县长|、王德明主任等县领导参加 (a county's paper on 郧西县): a
            # division head's title after the name is a post in the government of the division of its level
            # the article named (书记, 主任 after a name say no body: they stay unread)
            organisation = _division_body(an, division.label + _government_titles()[after], division.key, person.end)
        elif implied is None and after in _foreign():
            # 习近平主席和|塞西|总统: the foreign country named last (埃及)
            index = bisect.bisect_left(foreign, (person.start,)) - 1
            if index < 0:
                continue
            organisation = _country_organisation(an, (foreign[index][1], foreign[index][0]), after, person.end)
        else:
            continue
        if organisation is not None:
            _hold(an, person, [(organisation, after, False)], person.end)
            held.add((person.key, after))


def _division_governed(an: Analysis, level: str, before: int, at: int) -> Mention | None:
    """The division whose head a title of ``level`` names, for a title with no division written
    before it (县长|李明, 吴凯|县长): the one of that level the article named last before ``before``
    (:func:`~kgraph.extraction.recognisers.agencies.governing_division`), else the paper's own (added
    at ``at``); None when it was named in a list with another of its level (公安县、江陵县…|县长|李明:
    which one's is not said)."""
    division = governing_division(an, level, before) or _home_division_named(an, level, at)
    if division is None or (division.end > division.start and _among_peers(an, division)):
        return None
    return division


@cache
def _standing_members() -> dict[str, tuple[str, ...]]:
    """A member's title written after the name -> the words after a body (and its term) that name its
    standing committee (data/posts/standing_members.tsv: 常委 -> 常委会, 常务委员会)."""
    return {row[0]: tuple(row[1].split(",")) for row in data_table("posts", "standing_members.tsv")}


def _standing_body(an: Analysis, title: str) -> Mention | None:
    """The body whose standing committee the story names, the first written (全国政协|十四届|常委会 ->
    全国政协), when ``title`` is its members' (:func:`_standing_members`), or None."""
    committees = _standing_members().get(title)
    if committees is None:
        return None
    text = an.text
    for body in sorted((m for m in an.of_type("Agency") if m.end > m.start), key=lambda m: m.start):
        term = _TERMS.match(text, body.end)
        if text.startswith(committees, term.end() if term else body.end):
            return body
    return None


@cache
def _single_holders() -> dict[tuple[str, str], str]:
    """China's posts of one holder at a time, implied by a title after the name (data/posts/
    single_holders.tsv): (organisation, title) -> the group of posts one person holds together."""
    return {(row[0], row[1]): row[2] for row in data_table("posts", "single_holders.tsv")}


def _current_posts(an: Analysis) -> dict[Key, set[str]]:
    """Who holds which group of China's single-holder posts in the story (not former)."""
    labels = {m.key: m.label for m in an.mentions if m.type == "Agency"}
    groups: dict[Key, set[str]] = {}
    for fact in an.facts:
        props = dict(fact.props)
        if fact.predicate == "holdsPost" and not props.get("former"):
            group = _single_holders().get((labels.get(fact.object, ""), props.get("title", "")))
            if group is not None:
                groups.setdefault(fact.subject, set()).add(group)
    return groups


@cache
def _chinas_bodies() -> frozenset[str]:
    """China's central bodies by name: national_agencies.tsv's, those a title implies (中华人民共和国) and
    data/posts/central_bodies.txt's (国防部)."""
    return (frozenset(alias_table("national_agencies.tsv")) | {row[0] for row in _implied().values()}
            | {row[0] for row in data_table("posts", "central_bodies.txt")})


def _clause_start(text: str, pos: int) -> int:
    """Where the clause holding ``pos`` starts: after the last ，。；： or line break before it."""
    return max(text.rfind(mark, 0, pos) for mark in "，。；：\n") + 1


def _foreign_country_between(an: Analysis, start: int, end: int) -> str | None:
    """The foreign country written last in [start, end): a country's name or abbreviation as words of
    their own (乌|政府), or an organisation named with its country first (俄罗斯总检察院)."""
    found: tuple[int, str] | None = None
    for mention in an.mentions:
        if start <= mention.start and mention.end <= end and mention.end > mention.start:
            name = _country_named(mention) or (
                _country_named_first(mention.label) if mention.type == "Agency" else None)
            if name is not None and name not in _home_country() and (found is None or mention.end > found[0]):
                found = (mention.end, name)
    for pos in range(end, max(start, found[0] if found else start), -1):
        if pos in an.boundaries and (written := _country_written_before(an, pos)) is not None and \
                written[1] >= start and written[0] not in _home_country():
            return _abbreviations().get(written[0], written[0])
    return None if found is None else found[1]

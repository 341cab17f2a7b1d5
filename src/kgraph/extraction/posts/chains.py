"""A chain of titles after a written organisation (read_post_chain): 公安县委|副书记|、|政法委|书记 ->
(公安县委, 副书记), (公安县委政法委, 书记); the titles a chain may hold (a staff title for a matter,
联合国|秘书长|苏丹问题|特别代表; a minister's in one word with the ministry, 外交部|长), and the units it
names (、政法委|书记, a national body's 书记处), added as agencies."""
from __future__ import annotations

import re
from functools import cache

from ...merge import agency_kind
from ...model import Mention
from ...resources import data_table, data_words, lexicon, longest_first, ordered_lexicon, word_set
from ..analysis import Analysis
from ..lexicons import CJK_RUN
from ..linkers import party_committee_of_the_level
from ..recognisers.agencies import ABBREVIATED_LEVELS, TERM_WRITTEN, agency_key, canonical_head, org_run
from .titles import (_DIVISION_BODIES, former_before, former_markers, _former_title_at, _LEVEL_CHARACTERS,
                     _foreign, _level_of_head, _PARTY_BODIES, Post, post_title_at)
from .bodies import _country_organisation, _name_at, _organisation_of
from .countries import _country_named_first


# a body's committee elected for a term (第十届委员会, 十四届执行委员会, 第十届全国委员会)
_TERM_COMMITTEE = re.compile(rf"{TERM_WRITTEN}(?:全国|执行|全体)?委员会")


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
        if (shared := _head_shared_title(text, agency)) is not None:
            # 县公安局|长|樊启斌 (a county's page, 2017: 县公安局长): the title 局长 shares the head's character
            return [(agency, shared, former)], pos + 1
        filler = next((word for word in _counted_fillers() if text.startswith(word, pos)), None)
        if filler is not None and (title := post_title_at(text, pos + len(filler))) is not None:
            # 夏威夷警察联合会|的一名|官员|克劳斯: one of its officials, one title (no chain after it)
            return [(agency, title, former)], pos + len(filler) + len(title)
        if text.startswith("》", pos) and text[agency.start - 1:agency.start] == "《" and post_title_at(text, pos + 1):
            pos += 1  # 《俄罗斯报》|社长|涅戈伊察 (xwlb-20230321-09): the mark closes a periodical's name
        committee = _TERM_COMMITTEE.match(text, pos)
        if committee and post_title_at(text, committee.end()):
            # 陈国斌当选|县总工会|第十届委员会|主席 (a county's trade-union congress, 2021): the body's committee for the
            # term is the body, its chair the body's (中国作家协会|第十届全国委员会|主席)
            pos = committee.end()
        unit = body_unit_at(text, agency.label, pos)
        if unit:
            # 翔凤镇人大|主席团|主席|杨光明: the body's own unit, its posts the unit's (not 主席 that 主席团 opens with)
            current = _own_unit(an, agency, pos, pos + len(unit))
            pos += len(unit)
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
        # (最高人民法院|副院长|、|审判委员会|委员|、|审判员, xwlb-20230901-12: a judge's title after the court's committee
        # is the court's)
        held_in = (_court_of_its_committee(an, current, posts, title) or _head_of_a_partys_country(an, current, title)
                   if posts else None)
        posts.append((held_in or _organisation_of(an, current, title), title, former))
        pos += len(title)
        if pos < len(text) and text[pos] in "、兼" and (role := _chief_role().match(text, pos + 1)) is not None \
                and _name_at(an, role.end()) is not None:
            # 华龙区委书记、|第一总河长|丁国梁 (濮阳's 华龙区 on a river patrol): a chief of the rivers, a role of the
            # river-chief system and no post in a body, between the chain and the name it belongs to
            pos = role.end()
            break
        if pos < len(text) and text[pos] in "、兼":
            nxt = pos + 1
            if (following := post_title_at(text, nxt)) and (
                    nxt + len(following) in an.boundaries or _name_at(an, nxt + len(following)) is not None):
                if _head_of_another_level(an, current, following):
                    # 市尧管局局长、|副县长|史晓天 (鲁山县's page, 2016): a head of another level's division, read with the
                    # division of its level (鲁山县人民政府), not the city's bureau's
                    break
                pos = nxt
                continue
            # 神经外科医学部|主任|、|主任医师|、|教授|张剑宁 (xwlb-20230712-01): 主任 inside the word 主任医师 is
            # no title of the chain, which ends before it (the holder is named after the rest); 书记 inside
            # 书记处 neither (、|书记处|第一书记: the unit of the next link)
            marker = next((m for m in former_markers() if text.startswith(m, nxt)), None)
            if marker and any(m.type == "Agency" and m.start == nxt + len(marker) and m.end > m.start for m in an.mentions):
                # 全国政协常委、经济委员会主任、|原|林业部|部长|刘广运 (a county's page, 2017): former from here, in the body
                # named after the marker (林业部), no unit 原林业部 of the body before
                former, nxt = True, nxt + len(marker)
            found = _next_organisation(an, nxt, current, posts[-1][0])
            if found is not None:
                current, pos = found
                continue
        break
    return posts, pos


def _head_of_another_level(an: Analysis, body: Mention, title: str) -> bool:
    """Whether ``title`` is a head's of a division of another level than ``body``'s division (副县长 after 平顶山市's
    bureau); False where the body's division is not known."""
    level = _level_of_head(title)
    if not level or body.prop("division") is None:
        return False
    division = next((m for m in an.of_type("AdministrativeDivision") if m.key == body.prop("division")), None)
    held = division.prop("level") if division is not None else None
    # (the levels a level's character names: 副市长 a municipality's, a city's or a county-level city's; 副县长 a county's,
    # 射洪县 now the county-level city 射洪市 too)
    return held is not None and held not in ABBREVIATED_LEVELS.get(level, (held,))


@cache
def _chief_role() -> re.Pattern[str]:
    """A chief of the rivers', lakes', forests' or fields' system (word sets chief_role_openings, chief_role_fields):
    第一总河长, 总河长, 河湖长, 林长."""
    openings = "|".join(longest_first(word_set("chief_role_openings")))
    fields = "|".join(longest_first(word_set("chief_role_fields")))
    return re.compile(f"(?:{openings})?(?:{fields})长")


def _court_of_its_committee(an: Analysis, current: Mention, posts: list, title: str) -> Mention | None:
    """The court (or procuratorate) whose judicial committee the chain just named, for a judge's (prosecutor's) own
    title after it (data/posts/court_titles.txt, procuratorate_titles.txt: 审判员, 检察官); None otherwise."""
    committee = next((c for c in word_set("judicial_committees") if current.label.endswith(c)), None)
    if committee is None or not any(title in data_words("posts", f) for f in ("court_titles.txt", "procuratorate_titles.txt")):
        return None
    return next((body for body, _, _ in reversed(posts) if body.label == current.label[:-len(committee)]), None)


def _head_of_a_partys_country(an: Analysis, party: Mention, title: str) -> Mention | None:
    """The country (or its government) a head of state's or government's title names, after a title of a foreign party
    the country's name opens: 南非非洲人国民大会|主席|、|总统|拉马福萨 (xwlb-20230316-01) is the president of 南非, not of the
    party; None for another body (美国国务院|副国务卿 names its own), or a title of no country (主席)."""
    country = _country_named_first(party.label)
    if country is None or party.label == country or not party.label.endswith(word_set("party_heads")) \
            or title not in _foreign():
        return None
    return _country_organisation(an, (country, party.start), title, party.end)


@cache
def _body_units() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(unit, the ends of the bodies' names it is a unit of): data/posts/body_units.tsv (主席团 of …人大)."""
    return tuple((row[0], tuple(row[1].split(","))) for row in data_table("posts", "body_units.tsv"))


def body_unit_at(text: str, body: str, pos: int) -> str | None:
    """The unit of data/posts/body_units.tsv written at ``pos`` after a body named ``body``, with a title
    after it (翔凤镇人大|主席团|主席), or None."""
    return next((unit for unit, ends in _body_units() if body.endswith(ends) and text.startswith(unit, pos)
                 and post_title_at(text, pos + len(unit))), None)


def _own_unit(an: Analysis, body: Mention, start: int, end: int) -> Mention:
    """The unit of ``body`` written at [start, end), as an agency of its own (翔凤镇人大主席团)."""
    label = body.label + an.text[start:end]
    unit = an.add(Mention.make("Agency", an.doc.id, start, end, an.text[start:end], label, agency_key(label),
                               **{k: v for k, v in body.props if k in ("division", "division_label")}))
    if body.prop("division") is not None:
        an.fact(unit.key, "locatedIn", body.prop("division"), start)
    an.fact(unit.key, "subOrganizationOf", body.key, start)
    return unit


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


def _head_shared_title(text: str, agency: Mention) -> str | None:
    """The head's title written with the head's character once (公安局|长: 局长, 派出所|长: 所长), when 长 follows
    the agency's name and that head's title is one (data/lexicon/titles.txt); None otherwise."""
    if agency.end <= agency.start or not text.startswith("长", agency.end) or agency.text.endswith("部"):
        return None
    title = agency.text[-1:] + "长"
    return title if title in lexicon("titles.txt") else None


def _next_organisation(an: Analysis, start: int, current: Mention, last: Mention) -> tuple[Mention, int] | None:
    """The organisation of the next link of a chain, at ``start`` (after 、 or 兼), and
    where it ends: an agency with a name of its own (中央纪委委员、国家监委|委员), or a unit
    of the chain's committee or division (、政法委|书记, 、人大|主席 -> 八宝镇人大)."""
    text = an.text
    named = [m for m in an.mentions if m.type == "Agency" and m.start == start and m.end > start
             and (post_title_at(text, m.end) or _charged_title(text, m.end) or _former_title_at(text, m.end)
                  or _head_shared_title(text, m))]
    if named:
        found = max(named, key=lambda m: m.end)
        # 市委常委、宣传部|部长: a bare unit the model read is the chain's, not a body of its own
        # (not after a body of no division's own, whose chain goes on with a body of its own: 北京师范大学|资深教授|
        # 顾明远|、|浙江省杭州第二中学|校长, xwlb-20230909-03, is no unit of 北京市)
        # (nor a name that holds its own division: 市政协副主席、|农工党衡阳市委|主委|许云生, 衡阳市's page, 2017, is the
        # party's committee of 衡阳市, no unit named 衡阳市农工党衡阳市委)
        if (found.prop("division") is None and found.prop("found_by") == "model" and found.label == found.text
                and current.label.endswith(("委", *_DIVISION_BODIES, *_PARTY_BODIES))
                and not any(found.start < d.start and d.end <= found.end
                            for d in an.of_type("AdministrativeDivision") if d.end > d.start)):
            unit = _unit(an, current, last, start, found.end, replacing=found)
            if unit is not None:
                return unit, found.end
        return found, found.end
    name = _name_at(an, start)
    if name is not None and any(m.start == start + len(name) and m.type in ("Agency", "AdministrativeDivision")
                                for m in an.mentions):
        # 免去|游代进|屏南县财政局|局长|、|张功成|屏南县人事局|局长|职务 (a county's removals, 2010): the next item of a list
        # opens with its holder's name and a body of its own, no unit of the chain named 张功成屏南县人事局
        return None
    run = org_run(text, start, len(text))
    usable = [end for end in run if post_title_at(text, end)]
    # 、|书记处|第一书记: a national body's own unit, which no organisation's head ends
    usable += [start + len(word) for word in _national_units()
               if text.startswith(word, start) and post_title_at(text, start + len(word))]
    # 县委常委、|组织|部长|张珏, 市委常委、|统战部长|刘学凯 (a county's page, 2021; a county-level city's, 2017): the title
    # shares the unit's head, written once: 组织部 and its 部长 (the unit ends a character into the title)
    # (a unit's own words two characters at least: 、总队长 is a title, no 总队 of the body before it)
    shared = [end for end in run if text[end - 1] in _SHARED_HEADS and end - 1 - start >= 2
              and post_title_at(text, end - 1) == text[end - 1] + "长"]
    shared += [end + 1 for end in usable if (post_title_at(text, end) or "")[:1] in _SHARED_HEADS
               and post_title_at(text, end)[1:] == "长" and text[end - 1] not in _SHARED_HEADS and end - start >= 2]
    if shared and (not usable or max(shared) > max(usable)):
        unit = _unit(an, current, last, start, max(shared))
        return None if unit is None else (unit, max(shared) - 1)
    if not usable:
        # 安康市农业农村局局长|李强|、|发展计划科|科长|王明, 云南省水利厅…组长|、|水资源处|处长|王中平 (county and province
        # pages, 2021-2024): a section of the body, its head a unit's (unit_heads.txt: 处, 科, 室), before its title
        # (or a division's office named short after its task, 县发改局副局长兼|重点|办|主任|葛志刚, 临澧县's police, 2014: the
        # county's 重点办, jieba reading 办 a verb; word set task_office_heads)
        ends = [start + size for size in range(2, _UNIT_REACH + 1)
                if CJK_RUN.fullmatch(text, start, start + size)
                and text.endswith((*ordered_lexicon("unit_heads.txt"), *_TASK_OFFICE_HEADS), start, start + size)
                and post_title_at(text, start + size)]
        if not ends:
            return None
        unit = _unit(an, current, last, start, ends[0])
        return None if unit is None else (unit, ends[0])
    unit = _unit(an, current, last, start, usable[-1])
    return None if unit is None else (unit, usable[-1])


_SHARED_HEADS = frozenset(word_set("title_shared_heads"))
_TASK_OFFICE_HEADS = tuple(word_set("task_office_heads"))
# the party units of a body (not a division's committee: 、|党委|书记 after a town's head is the town's)
_BODIES_PARTY_UNITS = ("党总支", "党支部", "支部", "党组")
# how long a section's name after a list's mark may be (发展计划科, 公共法律服务股), its characters Chinese (CJK_RUN)
_UNIT_REACH = 8


def _unit(an: Analysis, current: Mention, last: Mention, start: int, end: int,
          replacing: Mention | None = None) -> Mention | None:
    """The unit a chain names at [start, end) as an agency: 党工委副书记、纪工委书记 a unit of the
    committee (小溪塔街道党工委纪工委); 、办事处主任 the division's own (小溪塔街道办事处).  None for a
    national body, whose units are not named by prefixing it, but for its own units of
    data/posts/national_units.txt (、书记处|第一书记 -> 中华全国总工会书记处)."""
    head = an.text[start:end]
    if head.startswith(tuple(word_set("every_marks"))):
        return None  # 县残联负责人、|各乡镇残联|理事长 (元氏县's page, 2020): every township's federation, none named
    if any(m.end - m.start >= 3 and m.text == m.label and not m.prop("implicit")
           for m in an.of_type("AdministrativeDivision") if m.start == start):
        # 邯郸市卫生健康委主任李之杰、副主任周海英及|邯郸市第一医院|党委书记|刘吉祥 (a health paper's page, 2021): a
        # body that opens with a division written whole is one of its own, no unit of the body before it
        return None
    if head.startswith(_national_openers()) and current.prop("division") is not None:
        return None  # 社区|党委书记|、|全国人大|代表 (xwlb-20230317-07): a national body, no unit of a local committee
    if _another_levels_committee(head, current.prop("division_label", "")):
        return None  # 阆中市委|常委|、|区委|书记 (a city's page): a district's committee, unnamed, is no unit of 阆中市委
    # a division's own body, or one of its bodies' units (市政府|党组, xwlb-20231025-17: 北京市's, not a unit
    # of 北京市委)
    own = head.endswith(_DIVISION_BODIES) or any(
        head.startswith(level + body) for level in _LEVEL_CHARACTERS for body in _DIVISION_BODIES) or (
        # 区纪委副书记、监委副主任向震东、|区|人民检察院|副检察长 (a district's page, 2022): the level's character
        # opens a body of the division, no unit of the body before it
        len(head) > 2 and head[0] in _LEVEL_CHARACTERS and current.prop("division_label", "").endswith(head[0])) or (
        # 县委常委、|总工会|主席|强海英 (青川县's page, 2016): the county's federation of trade unions, no unit of 县委
        head in word_set("division_people_organisations") and current.label.endswith("委"))
    # (an association's department is the association's: 湖北省科协|党组成员副主席陈兴荣、|学会部|部长陈国祥, a county's
    # page, 2024: 湖北省科协学会部)
    # (and its office: 山东省慈善总会会长…、副秘书长兼|办公室|主任王晓, a province's page, 2023: 山东省慈善总会办公室)
    # (and a firm's or a school's unit is its own: 国网卓尼县供电公司总经理、|工会|主席, the company's union, no county's)
    # (a court's judicial committee is the court's: 公安县人民法院|副院长|、|审判委员会|委员, no county's 审判委员会)
    base = current.label if (current.label.endswith("委") or agency_kind(current.label) in ("enterprise", "education") or (
        head in word_set("judicial_committees") and current.label.endswith(("法院", "检察院"))) or (
        head.endswith(("部", "办公室")) and agency_kind(current.label) == "social-organization")
        # (a section, 处 or 科, is the body's own: 安康市农业农村局|…|、|发展计划科; so is its party branch or group:
        # 九江市文化馆馆长|刘炜红|、|党总支|书记, a city's page, 2017: 九江市文化馆党总支)
        or head.endswith(ordered_lexicon("unit_heads.txt")) or head in _BODIES_PARTY_UNITS) and not own \
        else current.prop("division_label", "")
    if base == current.label and (body := _body_of_a_sibling(an, current, head)) is not None:
        # 县人大常委会|财经工委|主任张寿钦、|城建环资工委|副主任张伟华 (a county congress's page, 2018): a unit of the same
        # kind listed after a unit is the body's, beside it, not a unit of that unit
        base = body
    if own and head.endswith(_ZONE_GOVERNMENTS) and current.label.endswith("党工委") and len(current.label) > 3 \
            and current.label[:-3] != current.prop("division_label"):
        # a zone's party working committee, then its administrative committee (县经济开发区党工委副书记、|管委会|常务副主任
        # 阎胜坡, a county's page, 2018): the zone's own, not the county's
        base = current.label[:-3]
    division = current.prop("division")
    if division is None and head in _national_units() and current.prop("division_label") is None:
        return _national_unit(an, current, start, end, replacing)
    if division is None and head in word_set("country_bodies_in_chains") \
            and (country := _country_named_first(current.label)) is not None:
        # 苏丹主权委员会|主席|、|武装部队|总司令|布尔汉 (xwlb-20230423-12): the country's own body, written bare in the
        # chain after another of its bodies (苏丹武装部队)
        label = country + head
        unit = Mention.make("Agency", an.doc.id, start, end, an.text[start:end], label, agency_key(label))
        _put(an, unit, replacing)
        return unit
    if not base or division is None:
        return None
    if base != current.label:
        # 内蒙古自治区党委书记…、|自治区人民政府|主席 (xwlb-20230608-01): the level word the body is
        # written with is the division's own, named once (内蒙古自治区人民政府); 城关镇 … 、|镇人大 likewise
        head = head[next((size for size in range(len(head) - 1, 0, -1) if base.endswith(head[:size])), 0):]
    # (a unit named after the division is named as after its name: 县委常委、组织部长、|党校|校长刘敏 (a county's page,
    # 2013) is 盐边县委党校, as 县委党校 is written a line later)
    label = base + canonical_head(head) if base == current.label else canonical_head(base + head)
    if (party := party_committee_of_the_level(head, current.prop("division_label", ""))) is not None:
        label = party  # (省政协副主席、|农工党省委|主委|周健民: 农工党江苏省委, not 江苏省农工党省委)
    key = agency_key(label)
    unit = Mention.make("Agency", an.doc.id, start, end, an.text[start:end], label, key, division=division,
                        division_label=current.prop("division_label", ""))
    _put(an, unit, replacing)
    an.fact(key, "locatedIn", division, start)
    if base == last.label:
        an.fact(key, "subOrganizationOf", last.key, start)
    return unit


def _body_of_a_sibling(an: Analysis, current: Mention, head: str) -> str | None:
    """The name of the body whose unit ``current`` is, when ``head`` names a unit of the same kind (县人大常委会|财经工委,
    then 城建环资工委: both 工委): the body written at the start of ``current``'s name, the two units ending in the same
    two characters; None otherwise."""
    written = current.text
    if len(head) < 3 or written[-2:] != head[-2:] or written.endswith(head):
        return None
    bodies = [m for m in an.mentions if m.type == "Agency" and m.start == current.start and m.start < m.end < current.end
              and current.end - m.end >= 3]
    return max(bodies, key=lambda m: m.end).label if bodies else None


# a zone's administrative committee, written after its party working committee
_ZONE_GOVERNMENTS = ("管委会", "管理委员会")


@cache
def _national_openers() -> tuple[str, ...]:
    """What a national body's name opens with (data/posts/national_openers.txt: 全国, 中央)."""
    return tuple(row[0] for row in data_table("posts", "national_openers.txt"))


def _another_levels_committee(head: str, division: str) -> bool:
    """Whether ``head`` is the party committee of a division of another level than ``division``, by its level
    character alone (区委, 镇党委 after 阆中市委|常委|、): a committee of a division the text does not name."""
    level = head[:1]
    if level not in _LEVEL_CHARACTERS or not division or division.endswith(level):
        return False
    rest = head[1:]
    return rest.startswith(_PARTY_BODIES) or rest.startswith(tuple("党" + body for body in _PARTY_BODIES))


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

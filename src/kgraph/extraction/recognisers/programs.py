"""Stage 4: programs — campaigns, projects, working models, mechanisms, activities.

Three shapes: a quotation and a head word (“一主两会”红色物业模式, “党员敲门”
“家园卫士”等行动), a quotation that ends in one (“雪亮工程”), and an unquoted
phrase before a strong head (反诈专项行动, 困难群众走访慰问活动).  Well-known
national programs are also read from a lexicon.  Mentions sharing the quoted
core (一主两会) are one program.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from ...gazetteer import gazetteer
from ...model import Key, Mention
from ...resources import (
    alias_table,
    offsets,
    find_words,
    lexicon,
    longest_first,
    ordered_lexicon,
    pos_tags,
    tokenizer,
    word_pattern,
    word_set,
    word_tags,
)
from ..analysis import Analysis, SpanIndex, stage
from ..lexicons import CLAUSE_MARKS, longest_end, person_roles
from ..linkers import program_key
from ..world import dash_joined_start, local_page
from .agencies import TERM_WRITTEN
from .divisions import CHINESE_NUMERALS

__all__ = ["find_programs", "program_key"]

_CJK = re.compile(r"^[\u4e00-\u9fff0-9/+＋]+$")
# verbs stay: 打击盗抢骗专项行动, 矛盾纠纷大走访大排查大化解专项行动; governing verbs are stop words
_STOP_TAGS = pos_tags("program_run_stops")
_DETERMINERS = word_set("program_determiners")
# unquoted phrases are taken only before these heads; other heads need quotation marks
_STRONG_HEADS = word_set("program_strong_heads") + word_set("event_heads")
_AGE_GROUPS = frozenset(word_set("age_group_words"))


@cache
def _known_words() -> re.Pattern[str]:
    return word_pattern(_known())


def _known() -> dict[str, str]:
    return alias_table("programs.tsv")


@cache
def _governing_words() -> tuple[str, ...]:
    return longest_first(w for w in lexicon("stop_tokens.txt") if len(w) > 1)


def _core(name: str) -> str:
    """The part that names the program: 两个2/3长效机制 -> 两个2/3."""
    for head in ordered_lexicon("program_triggers.txt"):
        if name.endswith(head) and len(name) > len(head) + 1:
            return name[: -len(head)]
    return name


def _key_for(core: str, label: str) -> tuple[Key, str]:
    """Key and label: a lexicon program keeps its key; the label says what the text said."""
    known = _known()
    bare = label.replace("“", "").replace("”", "")
    if bare in known:
        return program_key(known[bare]), known[bare]
    if core in known:
        return program_key(known[core]), label
    return program_key(core), label


def _head_after(text: str, start: int, events: bool = False) -> int | None:
    """End of a short run after ``start`` that ends in a program head word (and with ``events``, after a quotation, in a
    recurring event's: word set quoted_event_heads)."""
    heads = _quoted_heads() if events else ordered_lexicon("program_triggers.txt")
    window = text[start:start + 10]
    best = None
    words = tokenizer().lcut(window, HMM=True)
    tags, length = word_tags(), 0
    for i, word in enumerate(words):
        if not _CJK.match(word) or (i and word == "等"):
            break
        if i == 0 and word == "等":
            length += 1
            continue
        if (tags.get(word, "n").startswith(_STOP_TAGS) or word in lexicon("stop_tokens.txt")) \
                and not word.endswith(ordered_lexicon("program_triggers.txt")) and word not in _AGE_GROUPS:
            break
        if best is not None and tags.get(word, "") in _VERBS_AFTER_A_HEAD:
            break  # “引汉济渭”工程|加快/v|建设 (xwlb-20230320-08): the head found, a verb starts the clause
        length += len(word)
        if window[:length].endswith(heads):
            best = start + length
    return best


@cache
def _quoted_heads() -> tuple[str, ...]:
    return longest_first({*ordered_lexicon("program_triggers.txt"), *word_set("quoted_event_heads")})


@cache
def _title_campaigns() -> re.Pattern[str]:
    """创建 and a title a division campaigns for, or the title and 创建 (word set campaigned_titles), the title with
    its rank (全国, 国家, 省级) and up to six characters of its field (国家|食品安全|示范城市)."""
    ranks, kinds = "|".join(_CAMPAIGN_RANKS), "|".join(longest_first(word_set("campaigned_titles")))
    field = "[\u4e00-\u9fff]{0,6}?"
    return re.compile(f"创建(?P<title>(?:{ranks})?{field}(?:{kinds}))|(?P<titled>(?:{ranks}){field}(?:{kinds}))创建")


_CAMPAIGN_RANKS = ("全国", "国家", "省级", "市级")  # the rank a campaigned title opens with


def _a_field(title: str) -> bool:
    """Whether the words of a campaigned title before its kind are a field's, nouns (国家|食品安全|示范城市), not a clause
    (创建|为抓手推进|文明城市: a verb in it)."""
    field = title[len(next((rank for rank in _CAMPAIGN_RANKS if title.startswith(rank)), "")):]
    field = field[:len(field) - longest_end(field, longest_first(word_set("campaigned_titles")))]
    return all(word_tags().get(w, "n")[:1] in _FIELD_TAGS for w in tokenizer().lcut(field))


_FIELD_TAGS = frozenset("nljb")  # nouns, fixed phrases (食品安全/l), abbreviations, distinguishing words


def _add(an: Analysis, start: int, end: int, label: str, core: str) -> None:
    opened = dash_joined_start(an.text, start)
    if opened is not None and label == an.text[start:end]:
        # 第20届|中国|—|东盟博览会 (xwlb-20230825-13): the country and the dash open the name
        core, label, start = (an.text[opened:end] if core == label else core), an.text[opened:end], opened
    key, canonical = _key_for(core, label)
    # the name without the divisions it opens with, an accepted spelling (绩溪县家朋乡|第六届油菜花文化旅游节, a township's
    # festival, 2014: 第六届油菜花文化旅游节, as the page's readers and the local gold name it too)
    opened = start
    while (division := next((m for m in an.of_type("AdministrativeDivision") if m.start == opened and m.end > m.start),
                            None)) is not None:
        opened = division.end
    spelling = an.text[opened:end] if start < opened and end - opened >= _SPELT_WITHOUT_DIVISIONS \
        and canonical == an.text[start:end] else None
    an.add(Mention.make("Program", an.doc.id, start, end, an.text[start:end], canonical, key, spelling=spelling))


# the shortest name of a program left after its divisions that is a spelling of it (乡村振兴, no 工作)
_SPELT_WITHOUT_DIVISIONS = 4


@stage(reads=("text", "tokens", "model_tokens", "AdministrativeDivision", "Agency"), writes=("Program",))
def find_programs(an: Analysis) -> None:
    text = an.text
    taken: list[tuple[int, int]] = []
    bodies = SpanIndex((m.start, m.end) for m in an.of_type("Agency") if m.end > m.start)
    divisions_bodies: dict[int, int] = {}  # a division's body's start -> its longest end
    for m in an.of_type("Agency"):
        if m.end > m.start and m.prop("division"):
            divisions_bodies[m.start] = max(m.end, divisions_bodies.get(m.start, 0))
    # 1. quotations: “雪亮工程”, “找堵防”专项行动, “党员敲门”“家园卫士”等行动
    quotes = an.quotes
    i = 0
    while i < len(quotes):
        group = [quotes[i]]
        while i + 1 < len(quotes) and text[group[-1][1] + 1:quotes[i + 1][0] - 1] in ("", "、", "，", ","):
            i += 1
            group.append(quotes[i])
        i += 1
        after = group[-1][1] + 1
        head_end = _head_after(text, after, events=True) if after < len(text) else None
        lead = after + 1 if text[after:after + 1] == "等" else after
        if head_end is not None and (counted := _COUNT.match(text, lead)) and not counted.group().endswith("次"):
            # 按照|“以强带弱”“以大带小”…“地缘相近”|5种|模式 (宜都市's township, 2021): the quotations counted are the kinds,
            # no program named by a quotation and the count's head (but “海关+安检”|一次|查验模式, xwlb-20230811-07: how
            # often, the mode's own words)
            head_end = None
        if head_end is None and text.startswith(tuple("的" + word for word in word_set("models_after_de")), after):
            # “公司+基地+农户”|的|模式 (a county's page, 2014), 推广|农产品|“保险＋期货”|的|模式 (xwlb-2023): the model
            # the quotation names, its 的 no part of the name
            lead = after + 1
            head_end = lead + next(len(word) for word in word_set("models_after_de") if text.startswith(word, lead))
        for qs, qe in group:
            content = text[qs:qe]
            if head_end is None and qs in divisions_bodies and divisions_bodies[qs] >= qe - 2 \
                    and not content.endswith(ordered_lexicon("program_triggers.txt")):
                # 摘自|“六安市政协网站”|字样 (a city CPPCC's site, its notice): a division's body's name or its site's, the
                # quotation the body whole or with 网 or 网站 (but “五邑志愿服务银行”, a volunteers' scheme the model reads a
                # bank, stays a program, and so does “县委书记遍访贫困村”|行动, a campaign a body opens)
                continue

            # (a local page's quotation a verb of work governs: 开展|“深学争优、敢为争先、实干争效”)
            # (not quotations that only qualify the words after them: 开展|“中秋”“国庆”|节前集贸市场联合检查活动, a
            # district's page, 2017 — two festivals, then what is done before them; 开展|“地毯式”|摸排, a manner, a
            # city bureau's page, 2021)
            governed = local_page(an) and _governed_quotation(text, qs, qe) and not content.endswith("式") \
                and not (len(group) > 1 and head_end is None and _CJK.match(text[after:after + 1] or "x"))
            if head_end is None and text[qs - 2:qs - 1] == "以" and text.startswith(("为主题", "为主"), qe + 1):
                # 以|“法治建设”|为|主题|进行|彩绘, 以|“休闲度假、…”|为|主|的|旅游体系 (a county's compounds renovated, 2021;
                # a county's festival, 2016): what a thing is about, no program of work
                continue
            if not _CJK.match(content.replace("·", "")) and not ((head_end is not None or governed)
                                                                 and _slogans_listed(content)):
                continue
            listed = False
            if head_end is not None:
                head = text[lead:head_end]
                _add(an, qs - 1, head_end if len(group) == 1 else qe + 1, f"“{content}”{head}", content)
                taken.append((qs - 1, head_end))
            elif (content.endswith(ordered_lexicon("program_triggers.txt")) and not _slogan(content)) \
                    or content in _known() or governed or (local_page(an) and _numbered_slogan(content)) \
                    or (len(group) == 1 and text[qs - 2:qs - 1] == "以" and text.startswith(_INSTRUMENT_FRAMES, qe + 1)) \
                    or (listed := _listed_before_projects(text, qe + 1)) \
                    or (len(group) == 1 and _model_of_parts(text, content, after)):
                end = qe + 1
                if listed and (tail := _ITEM_TAIL.match(text, end)) and (qs, qe) == group[-1]:
                    # “小板凳”|星空电影院|等社区特色项目 (郑州's street, 2021): the words after the quotation to the item's end are
                    # the project's name, no cinema's
                    end = tail.end()
                    an.mentions[:] = [m for m in an.mentions
                                      if not (m.type == "Agency" and qe < m.start and m.end <= end)]
                _add(an, qs - 1, end, text[qs - 1:end], _core(content))
                taken.append((qs - 1, end))
    # 2. unquoted phrases before a strong head: 反诈专项行动, 困难群众走访慰问活动
    contests = tuple(word_set("contest_heads")) + tuple(word_set("ceremony_heads")) if local_page(an) else ()
    known_ends: dict[int, int] = {}
    for known_start, known_end, _ in find_words(_known_words(), text):
        known_ends.setdefault(known_end, known_start)  # (longest first: the longest known name ending there)
    for head in _STRONG_HEADS + contests + ("活动",):
        for match in re.finditer(head, text):
            end = match.end()
            if any(s <= match.start() < e for s, e in taken) or (
                    end < len(text) and end not in an.boundaries and not _particle_glued_on(an, end)) \
                    or bodies.holding(match.start(), end):
                continue  # (天津送变电|工程|公司, a district's page: a firm's name, no works)
            start = _phrase_start(an, match.start())
            if head in _EVENT_HEADS or head in contests:
                read_back = start
                start = _event_name_start(an, start)
                if start == read_back and head in _EVENT_HEADS and (local_page(an) or head in _FAIR_HEADS) \
                        and not _TERM_OPENING.match(text, start) \
                        and _no_name(an, start, match.start()) and not _listed_with_its_peers(text, start, end, head) \
                        and not any(gazetteer().lookup(word) for _, word_end, word in an.tokens_from(start, 8)
                                    if word_end <= match.start()):
                    # 本次|文化旅游节|旨在… (a district's page, 2022): the kind of the event reported, no name (but 延长|剪纸
                    # |大赛, a contest the county's short name names)
                    continue
            known_start = known_ends.get(end)
            if known_start is not None and known_start != start and known_start < match.start():
                # 深入开展|我为群众办实事实践活动, 学习浙江|千万工程|经验 (local pages, 2021-2024; xwlb-2023): a well-known program
                # that ends with the head is named whole, from its own start (step 3's lexicon), not from the phrase's
                start = known_start
            phrase = text[start:match.start()]
            if head == "活动" and (len(phrase) < 4 or _noun_follows(an, end)):
                continue  # 活动阵地, 活动室: 活动 as a modifier
            if head == "战略" and (not local_page(an) or len(phrase) < 3 or _noun_follows(an, end)
                                 or text.startswith(_STRATEGY_ENDINGS, end)):
                # 全面|战略|合作伙伴关系, 两国元首|战略|引领 (xwlb-2023): 战略 qualifies what follows; and a local page's
                # strategies only: national news writes them after verbs the phrase's words do not tell from names
                # (紧密结合|国家重大战略, 始终保持|战略, 聚焦|人才支撑战略: a trial on 250 stories of xwlb-2023)
                continue
            if head == "活动" and phrase.endswith(ordered_lexicon("activity_senses.txt")):
                continue  # 生产经营|活动, 毒品|交易|活动: an operation or a deed, no campaign
            if head == "活动" and _no_name(an, start, match.start()):
                continue  # 开展|志愿服务|活动: a kind of activity, no one's name
            if len(phrase) < 2 or phrase.startswith(_DETERMINERS) or _counted(text, start, match.start()):
                continue
            if word_tags().get(phrase, "").startswith("v") and word_tags()[phrase] != "vn" or any(
                    t.start == start and t.end == match.start() and t.tag == "v"
                    for t in an.model_tokens_between(start, match.start())):
                # 详细|了解|工程施工进度 (古丈县's page, 2016): a verb alone governs the head, no name; so where the model
                # reads the verb the dictionary lacks (严把/v|工程|质量关, 新县's page, 2021)
                continue
            if _kind_only(phrase, head) or (head == "工程" and _kind_of_works(an, start, match.start())):
                continue  # 重点|工程, 清淤|工程, 国家|重大|文化|工程: a kind of works, no program's name
            _add(an, start, end, phrase + head, phrase)
            taken.append((start, end))
    # 2b. a project named after the body or the place that runs it: 天水卷烟厂|技改扩能|项目, 赤峰|启辉铝业氧化铝|项目
    taken += _projects(an, taken)
    taken += _listed_projects(an, taken)
    taken += _visited_projects(an, taken)
    taken += _invested_projects(an, taken)
    taken += _models_of_parts_unquoted(an, taken)
    # 3. well-known programs named bare: 扫黑除恶, 垃圾分类, 枫桥经验
    known = _known()
    for s, name_end, name in find_words(_known_words(), text):
        e = name_end
        if any(ts <= s < te or ts < e <= te for ts, te in taken) or s not in an.boundaries:
            continue
        if bodies.holding(s, e):
            continue  # 建华社区|新时代文明实践|站 (a community's page, 2025): a body named after the program
        if _inside_an_honour(an, s, e):
            continue  # 荣获|“全国科技助力|精准扶贫|先进个人” (a city paper's page, 2021): an honour's name, no program
        head_end = _head_after(text, e)
        if head_end is not None and text[e:head_end] in ordered_lexicon("program_triggers.txt"):
            e = head_end  # 反诈 + 专项行动
        canonical = known[name]
        label = canonical if e == name_end else text[s:e]
        an.add(Mention.make("Program", an.doc.id, s, e, text[s:e], label, program_key(canonical)))
        taken.append((s, e))
    # 4. a campaign named after the country or a division: 美丽中国(建设), 平安荆州, 健康中国行动
    names = gazetteer().all_names
    for match in _campaigns().finditer(text):
        s = match.start()
        after = match.end()
        if s not in an.boundaries or any(ts < after + 2 and s < te for ts, te in taken):
            continue
        e = next((after + k for k in (4, 3, 2) if text[after:after + k] == "中国" or text[after:after + k] in names), None)
        if e is None:
            continue
        place = text[after:e]
        head_end = _head_after(text, e)
        if head_end is not None and text[e:head_end] in ordered_lexicon("program_triggers.txt") + ("建设",):
            end = head_end  # 美丽中国 + 建设, 健康中国 + 行动
        elif place in lexicon("common_division_words.txt") or (e < len(text) and e not in an.boundaries):
            continue  # 健康|长寿: a common word, not the district; 数字|中国人: a longer word
        else:
            end = e
        _add(an, s, end, text[s:end], text[s:e])
        taken.append((s, end))
    # 4b. a county's or a town's experience, a model named after it: 浦江经验 (xwlb-2023, 8 times), 义乌经验 (a city's
    # page, 2017), as 枫桥经验 (the lexicon's); not a country's (中国经验) nor a kind (成功经验)
    gaz = gazetteer()
    for at in offsets(text, "经验"):
        # (a place's or a proper name, or one the dictionary lacks: not 中方|经验, 合作|经验, the dictionary's nouns and verbs that name
        # 中方县 and 合作市 too, xwlb-2023)
        start = next((at - k for k in (3, 2) if at - k >= 0 and at - k in an.boundaries
                      and word_tags().get(text[at - k:at], "ns") in ("ns", "nz")
                      and any(3 <= gaz.levels[n] <= 4 for n in gaz.lookup(text[at - k:at]))), None)
        if start is None or any(ts < at + 2 and start < te for ts, te in taken) \
                or (at + 2 < len(text) and at + 2 not in an.boundaries):
            continue
        _add(an, start, at + 2, text[start:at + 2], text[start:at + 2])
        taken.append((start, at + 2))
    # 5. a title a division campaigns for: 创建全国文明城市, 创建省级文明县城, 国家卫生城市创建 (one program however written)
    for match in _title_campaigns().finditer(text):
        s, e = match.span()
        title = match.group("title") or match.group("titled")
        title_end = match.end("title") if match.group("title") else match.end("titled")
        if s in an.boundaries and title_end in an.boundaries and _a_field(title) \
                and not any(ts < e and s < te for ts, te in taken):
            _add(an, s, e, match.group(), title)
            taken.append((s, e))
    _events_named_with_their_host(an)
    an.mentions.sort(key=lambda m: (m.start, -m.end))


# a model's parts joined by plus signs (党支部+合作社+农户), and the few words of its kind between 的 and 模式
_PARTS_JOINED = re.compile(r"[\u4e00-\u9fff]{2,6}(?:[+＋][\u4e00-\u9fff]{2,6})+")
_MODEL_AFTER_DE = re.compile(r"的[\u4e00-\u9fff]{0,6}?模式")


def _model_of_parts(text: str, content: str, after: int) -> bool:
    """Whether a quotation names a working model by its parts, with its kind written after 的 and a few words: “党支部+
    合作社+农户”|的|产业发展新|模式 (a township's page, 2019), “党组织+企业+合作社+农户”|的|经营模式 (a town's page, 2020),
    as “企业+合作社+农户”|模式 (xwlb-2023) names one right before its head."""
    return bool(_PARTS_JOINED.fullmatch(content)) and _MODEL_AFTER_DE.match(text, after) is not None


def _particle_glued_on(an: Analysis, end: int) -> bool:
    """Whether a head ending at ``end`` ends inside the segmenter's word only by the particle it glued on: 第十二届|梨花|
    节在|洋县…盛大开幕 (a county's festival page, 2021; word set particles_glued_on)."""
    token = an.token_at(end - 1)
    return token is not None and token[0] == end - 1 and token[1] == end + 1 \
        and an.text[end] in word_set("particles_glued_on")


def _events_named_with_their_host(an: Analysis) -> None:
    """A program named short where the article names it with its host division before it elsewhere is that one
    (召开|第五届全民运动会 … 虎林市|第五届全民运动会: a county-level city's page, 2017): one entity, the longer name's;
    none where two hosts' programs end so (密山市… 和虎林市… 第五届全民运动会: which is not said)."""
    programs = [m for m in an.of_type("Program") if m.end > m.start]
    hosts = {name for m in an.of_type("AdministrativeDivision") if m.end > m.start for name in (m.text, m.label)}
    by_label: dict[str, Mention] = {m.label: m for m in programs}
    for i, short in enumerate(an.mentions):
        if short.type != "Program" or short.end <= short.start:
            continue
        longer = [m for label, m in by_label.items() if label != short.label and label.endswith(short.label)
                  and label[:-len(short.label)] in hosts]
        if len(longer) == 1:
            an.mentions[i] = replace(short, label=longer[0].label, key=longer[0].key)


@cache
def _campaigns() -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, ordered_lexicon("campaign_prefixes.txt"))))


# (or by a comma: 落实|“属地吹哨，部门报到”|工作机制, a city's page, 2024)
_SLOGAN_PIECES = re.compile(r"[\u4e00-\u9fff0-9+]{2,8}(?:[、 ，,][\u4e00-\u9fff0-9+]{2,8}){1,5}")


def _slogans_listed(content: str) -> bool:
    """Whether a quotation lists the short pieces of one slogan, by 、 or a space (严格落实“党政同责、一岗双责、齐抓共管、
    失职追责”工作机制, a county's page, 2025; “抓党建 促脱贫 保小康”): read as a program's name only before its head."""
    return bool(_SLOGAN_PIECES.fullmatch(content))


def _numbered_slogan(content: str) -> bool:
    """Whether a quotation is a numbered slogan of work, a program named so (采取“四不两直”方式, 围绕省、市“两强一增”的
    统一部署, 村党组织书记、村委主任“一肩挑”, “三大攻坚战役”, “五邑志愿服务银行”: local pages of 2019-2024): three to
    eight characters, opening with a
    numeral or holding two, none a word of the dictionary (not “一心一意”).  Read on a page at home in a region and
    from no national medium only: a national medium's numbered quotations are mostly the party's formulas (“两个确立”,
    “四个意识”: xwlb-2023, 279 of them), no program of work."""
    numerals = sum(ch in CHINESE_NUMERALS for ch in content)
    first = tokenizer().lcut(content)[0]
    return (3 <= len(content) <= 8 and all(_CJK.match(ch) for ch in content) and content not in word_tags()
            and (content[0] in CHINESE_NUMERALS or numerals >= 2)
            # (not a saying that opens with an adverb or a verb, or holds a modal: “一定要注意安全”, “千万不能放松”)
            and not word_tags().get(first, "").startswith(_NOT_SLOGAN_OPENINGS)
            and not any(modal in content for modal in word_set("saying_modals"))
            # (nor people of a kind counted: “两代表一委员”, “九员志愿者”, the sample page)
            and not content.endswith(_people_words()))


_NOT_SLOGAN_OPENINGS = pos_tags("slogan_not_openings")
# the heads of a named event, among the strong heads: its term and its host open its name (虎林市|第五届|全民运动会)
_EVENT_HEADS = frozenset(word_set("event_heads"))
# what follows 战略 when it qualifies a word after it the dictionary tags no noun (word set words_after_a_strategy)
_STRATEGY_ENDINGS = tuple(word_set("words_after_a_strategy"))
# the fairs among them, which national news names by their kind as often (民俗|庙会, 专题|推介会, 食品|展销会, xwlb-2023):
# named on any page only by a name of their own
_FAIR_HEADS = frozenset(word_set("fair_heads"))
# a body's term, 第五届 or 十四届 (agencies.TERM_WRITTEN), or one in figures
_TERMS = rf"{TERM_WRITTEN}|第[0-9０-９]+届"
# (a term, or a year alone: 2017浦江·第九届…博览会)
_TERM = re.compile(rf"(?:\d{{4}}年?)?(?:{_TERMS})$|\d{{4}}年?$")


def _event_name_start(an: Analysis, start: int) -> int:
    """Where a named event's name starts: before its term (第五届) and the division that hosts it written right
    before (虎林市|第五届|全民运动会: a county-level city's page, 2017); ``start`` where no term is written."""
    # (第五|届全民运动会: the segmenter's 届 opens the words read back)
    after_term = start + 1 if an.text[start:start + 1] == "届" else start
    term = _TERM.search(an.text, max(0, after_term - 10), after_term)
    if term is None or term.end() != after_term:
        # (or its year and its host, a season in brackets after the host: 2024年|湖南省|(秋季)|乡村文化旅游节, a county
        # media centre's page, 2024)
        season = _SEASON.search(an.text, max(0, start - 6), start)
        host = _division_ending_at(an, season.start() if season is not None and season.end() == start else start)
        if host is None:
            return start
        year = _YEAR.search(an.text, max(0, host.start - 6), host.start)
        return year.start() if year is not None and year.end() == host.start else host.start
    host = _division_ending_at(an, term.start())
    return host.start if host is not None else term.start()


def _division_ending_at(an: Analysis, at: int) -> Mention | None:
    """The division written right before ``at`` (an event's host: 虎林市|第五届…, 湖南省|(秋季)…)."""
    return next((m for m in an.of_type("AdministrativeDivision") if m.end == at and m.end > m.start), None)


_SEASON = re.compile(r"[(（][\u4e00-\u9fff]{1,4}[)）]")  # (秋季), the season of an event held twice a year
_YEAR = re.compile(r"\d{4}年?")


_PROGRAM_QUOTE_VERBS = tuple(word_set("program_quote_verbs"))
# 以|“书记项目”|为抓手: the frames a quotation after 以 is an initiative of the work in (word set instrument_frames)
_INSTRUMENT_FRAMES = tuple(word_set("instrument_frames"))
# what a program's name never holds: a sentence's end, a colon, a person (“宁可跨前一步…,也不后退一步…”: a saying)
_NO_PROGRAM_NAME = re.compile(r"[。！？!?：:；;…]|[我你他她咱您]")


def _listed_before_projects(text: str, at: int) -> bool:
    """Whether a list item's clause from ``at`` on ends the list with 等 and a kind of projects (word set
    listed_project_kinds): 对|“心向阳光”社区矫正人员服务、“益行建中”关爱困难群体、…|等公益项目|进行了…推介 (a street's
    page, 2021): each quoted name a project's; or, the quotation a whole item, a kind of works (word set listed_work_kinds:
    项目建设、|“双招双引”|、环境打造|等各项工作)."""
    stop = _CLAUSE_STOP.search(text, at, at + _LIST_REACH)
    end = stop.start() if stop else min(len(text), at + _LIST_REACH)
    etc = text.find("等", at, end)
    if etc < 0:
        return False
    if any(text.startswith(kind, etc + 1) for kind in word_set("listed_project_kinds")):
        return True
    # (a list of works: the quotation a whole item, 、 or 等 right after its mark)
    return text[at:at + 1] in ("、", "等") and any(text.startswith(kind, etc + 1) for kind in word_set("listed_work_kinds"))


# the words after a listed item's quotation that end the item's name, before the next item or the list's 等
_ITEM_TAIL = re.compile(r"[\u4e00-\u9fff]{2,10}?(?=[、等])")
# how far a list runs on after an item to the 等 that closes it, and what ends its clause first
_LIST_REACH = 80
_CLAUSE_STOP = re.compile("[%s！？]" % re.escape("".join(sorted(CLAUSE_MARKS))))


def _inside_an_honour(an: Analysis, start: int, end: int) -> bool:
    """Whether ``start``-``end`` lies inside a quotation naming an honour (word set honour_heads)."""
    return any(qs <= start and end <= qe and an.text.endswith(word_set("honour_heads"), qs, qe) for qs, qe in an.quotes)


def _governed_quotation(text: str, start: int, end: int) -> bool:
    """Whether the quotation at [start, end) (its marks outside) is the object of a verb that carries out or follows a
    program of work (word set program_quote_verbs: 开展|“深学争优、敢为争先、实干争效”, 推行|“法媒银”, 依托|“有事好商量”
    |协商议事平台), or what 以…为 makes the guide of work (以|“近邻党建”|为圆心): local pages of 2019-2024, where 22 such
    quotations were programs of the gold and 9 not.  Two to 24 characters, no sentence in it."""
    content = text[start:end]
    if not 2 <= len(content) <= 24 or _NO_PROGRAM_NAME.search(content):
        return False
    before = start - 1  # the opening mark
    return text.endswith(_PROGRAM_QUOTE_VERBS, 0, before) or (text[before - 1:before] == "以" and text[end + 1:end + 2] == "为")


@cache
def _people_words() -> tuple[str, ...]:
    """The titles and the roles a quotation of people counted ends with (委员, 志愿者)."""
    return tuple(lexicon("titles.txt")) + tuple(person_roles())


def _slogan(content: str) -> bool:
    """Whether a quotation that ends in a program's head is a call to act, not a name: its
    first or second word governs what follows (xwlb-2023: “全面|推进|中国式现代化建设”, “深入|实施|
    区域协调发展战略”, “推动|建立|生态产品价值实现机制”: data/lexicon/stop_tokens.txt)."""
    words = tokenizer().lcut(content)[:2]
    return any(len(word) > 1 and word in lexicon("stop_tokens.txt") for word in words)


# a count of activities or works, or one of a series (xwlb-2023: 开展|3000余场|群众文化活动, 举办|
# 27项|重要活动, 神舟十五号乘组|第四次|出舱活动): a number and a measure word, the number in digits or
# characters, with 余/多 after it or 第 before it
_COUNT = re.compile(r"第?[0-9０-９零〇一二两三四五六七八九十百千万几]+[余多]?(?:[%s])" % "".join(
    sorted(w for w in word_set("measure_words") if len(w) == 1)))


def _counted(text: str, start: int, head_start: int) -> bool:
    """Whether a phrase before a program's head, or the few characters before it, count the
    activities (3000余场|群众文化活动, 27项|重要活动) or number one of them (第四次|出舱活动): no name
    of one program, but how many there were."""
    # a count cut off the phrase's start ends where it starts (3000余场|群众文化活动); one further
    # back belongs to another word (组织|10个部门|开展|反诈专项行动)
    return any(m.end() >= start for m in _COUNT.finditer(text, max(0, start - 8), head_start))


# measure words left at the start when a number is cut off: 多|项重大工程, 一|场活动
_MEASURE_WORDS = frozenset(word_set("measure_words"))


_VERBS_AFTER_A_HEAD = pos_tags("verbs_after_a_program")
_PROPER_TAGS = pos_tags("program_name_words")
_OCCASIONS = tuple(word_set("named_occasions"))
_CAMPAIGN_VERBS = frozenset(word_set("campaign_verbs"))


def _listed_with_its_peers(text: str, start: int, end: int, head: str) -> bool:
    """Whether an event at [start, end) is an item of a 、 list of events of its head, the one before or after it of
    that head too: 举办了…、|电子信息产业招商推介会|、|绿色食品产业招商推介会|、林化香料产业招商推介会等活动 (吉水县's page,
    2016): each event named by its field, though its words are all the dictionary's."""
    after = text[end:end + 1] == "、" and head in text[end + 1:end + 1 + _PEER_REACH].split("、")[0]
    before = text[start - 1:start] == "、" and text[:start - 1].endswith(head)
    return after or before


# the most characters of an event's name with its head, read after a list's mark for a peer of the same head
_PEER_REACH = 16


def _no_name(an: Analysis, start: int, end: int) -> bool:
    """Whether the unquoted words before an activity's head name nothing: none of them is a proper
    noun, a word the dictionary lacks or a named occasion (word set named_occasions: 中国航天|日, 健康
    宣传|周, 读书|节), so the phrase says what kind of activity it is, not which one: xwlb-2023 开展|
    志愿服务|活动, 全国|乡村|文化|活动, 学术|研讨|活动, 交通安全|宣传|活动 (GUIDELINES: a program is named).
    Kept: 中国|航天日|活动 (中国/ns), 亚残运会|火炬|传递|活动 (亚残运会: the dictionary lacks it), and a
    campaign's slogan of going somewhere (word set campaign_verbs: 新能源汽车|下乡|活动, 国防教育|进|校园|活动)."""
    tags = word_tags()
    single = ""  # the characters the segmenter cut one by one so far: a word it lacks (鹮|乡|有机|美食节, 鹮乡)
    for _, token_end, word in an.tokens_from(start, 16):
        if token_end > end:
            break
        tag = tags.get(word, "")
        if (not tag or tag in _PROPER_TAGS or word.endswith(_OCCASIONS) or word in _CAMPAIGN_VERBS) and not (
                _MEASURED.fullmatch(word)):
            return False
        single = single + word if len(word) == 1 and not tag.startswith(_NO_NAME_CHARACTER_TAGS) else ""
        if len(single) >= 2 and single not in tags:
            # 推出了…、|鹮|乡|有机|美食节|、… (a county's festival page, 2021): characters the dictionary holds alone only
            # spell a word it lacks, a name (鹮乡, the ibis's home county)
            return False
    return True


_NO_NAME_CHARACTER_TAGS = pos_tags("single_characters_no_name")


_KIND_TAGS = pos_tags("works_kind_words")


def _kind_of_works(an: Analysis, start: int, end: int) -> bool:
    """Whether the unquoted words before 工程 say what kind of works they are and name none: each a
    common noun, adjective or the like (pos set works_kind_words: no proper noun, no verb, no word the
    dictionary lacks), one of them a kind word (data/lexicon/program_kind_words.txt): xwlb-2023 一批|
    国家|重大|文化|工程, 国家|水网|骨干|工程, 重要|标志性|工程.  Kept: 载人|航天|工程, 优质|
    粮食|工程 (no kind word), 城市|排水|防涝|能力|提升|工程 (a verb), 南水北调|东线|工程 (a proper noun)."""
    tags, kinds, kind = word_tags(), lexicon("program_kind_words.txt"), False
    for _, token_end, word in an.tokens_from(start, 16):
        if token_end > end:
            break
        if tags.get(word, "") not in _KIND_TAGS:
            return False
        kind = kind or word in kinds
    return kind


# a count of years or times, no name: 25|周年|纪念活动, 第三|届
_MEASURED = re.compile(r"[0-9０-９零〇一二两三四五六七八九十百千万第]+[年届次周个]?")


def _noun_follows(an: Analysis, offset: int) -> bool:
    token = an.token_at(offset)
    return token is not None and token[0] == offset and word_tags().get(token[2], "").startswith("n")


_PROJECT_WORD_TAGS = pos_tags("project_name_words")
_NOT_PROJECT_WORDS = frozenset(word_set("not_project_words"))


def _projects(an: Analysis, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Projects named after the body, the firm, the zone or the division that runs them, and what they build
    (word set project_heads): 天水卷烟厂|技改扩能|项目, 原平经济技术开发区|标准化厂房|项目, 宁夏钢铁集团公司|100万吨
    特钢|项目 (local pages of 2015-2021, each annotated a program).  The words between the name and the head are two to
    twelve, of the tags of pos set project_name_words (nouns, verbal nouns, numbers, measures, abbreviations), a verb
    after the first (技改|扩能/v), and say more than a kind
    (重点|项目 is none: program_kind_words.txt), nor open a place of the owner's name (巴州|工业园|智能制造项目, a
    county's page, 2020: the place 巴州工业园 is read, the places' stage's)."""
    text, found = an.text, []
    # (a division the gazetteer holds or a zone: no name a suffix alone made, 和布克赛|尔县 of a county it holds short)
    names: dict[int, Mention] = {}
    for m in an.mentions:
        if m.end > m.start and (m.type == "Agency" or (
                m.type == "AdministrativeDivision" and (m.prop("node") is not None or m.prop("zone")))):
            if m.end not in names or m.end - m.start > names[m.end].end - names[m.end].start:
                names[m.end] = m  # the longest name ending there (天水卷烟厂, not 卷烟厂)
    # and a firm the model reads by its name alone, which names no agency of the graph (县经济开发区内的|佳诚/ORG|汽车
    # 配件|项目、|春昌钨业/ORG|深加工|项目, a county's page, 2019)
    firms = {t.end: t for t in an.model_tokens or () if t.tag == "ORG" and t.end - t.start >= 2 and t.end not in names}
    for head in word_set("project_heads"):
        for at in offsets(text, head):
            if any(s <= at < e for s, e in taken) or at not in an.boundaries:
                continue
            owner = next((names[end] for end in range(at - 2, max(-1, at - 13), -1)
                          if end in names and end in an.boundaries and names[end].start in an.boundaries), None)
            if owner is None:
                owner = next((firms[end] for end in range(at - 2, max(-1, at - 13), -1)
                              if end in firms and end in an.boundaries and firms[end].start in an.boundaries), None)
            if owner is None:
                continue
            words = [w for s, e, w in an.tokens_from(owner.end, 12) if e <= at]
            between = text[owner.end:at]
            # (a verb inside, not first: 技改|扩能/v|项目; no year, count or visit: 贞丰县|2019年|项目, 宝鸡港务区|299个|
            # 项目, 东山园区|调研|项目建设, a county's pages, 2015-2022)
            if not _CJK.match(between) or "".join(words) != between or _kind_only(between, head) \
                    or _COUNT.search(between) or any(any(n in w for n in _NOT_PROJECT_WORDS) or w.endswith("年") or w in _governing_words()
                                                     or w.endswith(ordered_lexicon("place_suffixes.txt"))
                                                     or w in lexicon("program_governing_verbs.txt") for w in words) \
                    or not all(word_tags().get(w, "n").startswith(_PROJECT_WORD_TAGS) or (i and word_tags().get(w) == "v")
                               for i, w in enumerate(words)):
                continue
            # the division the owner is named after opens the name (赤峰|启辉铝业|氧化铝项目)
            start = next((m.start for m in an.of_type("AdministrativeDivision") if m.end == owner.start), owner.start)
            _add(an, start, at + len(head), text[start:at + len(head)], text[start:at + len(head)])
            found.append((start, at + len(head)))
    return found


def _listed_projects(an: Analysis, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Projects listed by their names, each ending in the head (word set project_heads) and joined by 、: 绿城五彩河湟
    建设项目|、|易华录城市数据湖项目|、|润厚农产品交易中心项目 (海东's paper, 2018), 听取|稀土与锂资源综合回收循环利用
    项目|、|年产5000吨精制木糖项目 (武乡县's page, 2025).  A list names them where one of its items holds an owner (the
    model's organisation or an agency the rules read: 绿城/ORG) or each says at least _NAMED_PROJECT characters before
    its head; a list of kinds says less (基础设施建设项目、民生项目), and an item that only says its kind is none."""
    text, found = an.text, []
    owners = [(t.start, t.end) for t in an.model_tokens or () if t.tag == "ORG"] \
        + [(m.start, m.end) for m in an.of_type("Agency") if m.end > m.start]
    for head in word_set("project_heads"):
        ends = {at + len(head) for at in offsets(text, head)}
        lists: list[list[tuple[int, int]]] = []
        listed: set[int] = set()
        ordered = sorted(ends)
        for end in ordered:
            if end in listed or text[end:end + 1] != "、":
                continue
            items, stop = [], end
            # the first item from its clause's start where that is near (。|绿城五彩河湟建设项目、), else from the
            # words of a name before the head (会议听取|稀土与锂…项目)
            # (not over a verb, an adverb or a pronoun: 。|优先安排|农村新型能源建设项目、|要求各地实施|脱贫地区儿童营养
            # 改善项目, xwlb-20230411-10)
            clause = max(text.rfind(mark, 0, end) for mark in _ITEM_OPENINGS) + 1
            # (or from the word a list opens after: 项目包括|多走路运动鞋生产二期项目、, 鹿邑县's page, 2023: the brand's
            # every word, 多 no count)
            opened = max((at + len(word) for word in word_set("list_opening_words")
                          if (at := text.rfind(word, clause, end)) >= 0), default=-1)
            if 0 <= end - opened <= _LONGEST_PROJECT and _CJK.match(text[opened:end]) and opened in an.boundaries:
                start = opened
            else:
                start = clause if end - clause <= _LONGEST_PROJECT and _CJK.match(text[clause:end]) \
                    and _words_of_a_name(an, clause, end - len(head)) else _phrase_start(an, end - len(head))
            items.append((start, end))
            while text[stop:stop + 1] == "、":
                after = next((e for e in ordered if stop + 1 + len(head) < e <= stop + 1 + _LONGEST_PROJECT), None)
                # (an item between two of the list's marks is a name whatever its words: 、|和一|肉制品生产项目|、 (鹿邑县's
                # page, 2023), a brand the dictionary reads as a conjunction and a number; the last item's words are
                # checked, which may run into the clause after the list)
                if after is None or not _CJK.match(text[stop + 1:after]) \
                        or not (text[after:after + 1] == "、" or _words_of_a_name(an, stop + 1, after - len(head))):
                    break
                items.append((stop + 1, after))
                listed.add(after)
                stop = after
            # (an item that says only its kind or a count is none: 7个|项目)
            items = [(s, e) for s, e in items if s < e - len(head) and not _kind_only(text[s:e - len(head)], head)
                     and not (_COUNT.search(text[s:e - len(head)])
                              and not text.startswith(tuple(word_set("project_capacity_openings")), s))]
            if len(items) >= 2:
                lists.append(items)
        for items in lists:
            names = [text[s:e - len(head)] for s, e in items]
            if not (all(len(name) >= _NAMED_PROJECT for name in names)
                    or any(s <= os and oe <= e for s, e in items for os, oe in owners)):
                continue
            for s, e in items:
                if s in an.boundaries and not any(ts < e and s < te for ts, te in taken + found):
                    _add(an, s, e, text[s:e], text[s:e])
                    found.append((s, e))
    return found


def _visited_projects(an: Analysis, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Projects a leader's tour goes to by their names, each after the verb of going (word set project_visit_openings)
    or a mark of the tour's list, ending in the head (word set project_heads) and the site's word if any (word set
    project_site_words) before a mark: 深入|西关街道辖区|西桃园城改项目工地、|南小巷北段棚改项目工地、 (莲湖区's page, 2014),
    首先来到|旬河水乡·罗家营乡村振兴示范区项目, 前往|镇安县天麻标准化生产示范园产业园项目, 在|西川稻油循环农业示范园项目
    现场 (镇安县's): the local gold of both pages counts each a program.  A name holds a proper word (a division,
    the model's place or organisation, a word the dictionary lacks) and says more than a kind or a count (来到|重点项目|
    现场 is none); 在 opens a name only before a site's word."""
    text, found, tags = an.text, [], word_tags()
    openings = longest_first(word_set("project_visit_openings"))
    sites = longest_first(word_set("project_site_words"))
    proper = _proper_spans(an)
    for head in word_set("project_heads"):
        for at in offsets(text, head):
            end = at + len(head)
            site = next((w for w in sites if text.startswith(w, end)), "")
            # (the site's word closes the name itself: 在|西川稻油循环农业示范园项目|现场|听取了…)
            if not site and text[end:end + 1] not in _PROJECT_CLOSINGS or any(
                    ts < end and at - 2 < te for ts, te in taken + found):
                continue
            clause = max(text.rfind(mark, 0, at) for mark in CLAUSE_MARKS) + 1
            opened = max(((i + len(w), w) for w in (*openings, *_PROJECT_CLOSINGS, "在",
                                                    *word_set("area_of_a_division_words"))
                          if (i := text.rfind(w, clause, at)) >= 0), default=None)
            if opened is None or (opened[1] == "在" and not site):
                continue
            start = opened[0]
            if opened[1] in _PROJECT_CLOSINGS and not any(text.rfind(w, clause, start) >= 0 for w in openings):
                continue  # an item of a list only in a tour's clause
            name = text[start:at]
            if name.endswith(ordered_lexicon("place_suffixes.txt")) and not name.endswith(_PARKS_BUILT):
                # 查看了|夕阳楼片区、|塔湾古街|项目|及|亳都古街|项目 (管城回族区's page, 2016): a site's project, the site
                # the place the places' stage reads (the local gold's), but a park is built as the project
                continue
            words = [w for s, e, w in an.tokens_from(start, 16) if e <= at]
            # (a middle dot joins a brand and its place: 旬河水乡·罗家营乡村振兴示范区)
            if not (2 <= len(name) <= _LONGEST_PROJECT) or not _CJK.match(name.replace("·", "")) or start not in an.boundaries \
                    or _COUNT.search(name) or "".join(words) != name \
                    or any(w in _NOT_PROJECT_WORDS or w in _governing_words() for w in words) \
                    or tags.get(words[0], "n").startswith("v") and tags.get(words[0]) != "vn" \
                    or not _a_projects_own_name(an, start, at, head, proper):
                continue
            _add(an, start, end, text[start:end], text[start:end])
            found.append((start, end))
    return found


def _proper_spans(an: Analysis) -> list[tuple[int, int]]:
    """The spans of the names a project's may hold: the model's places and organisations, the divisions and bodies."""
    return [(t.start, t.end) for t in an.model_tokens or () if t.tag in ("LOC", "ORG")] \
        + [(m.start, m.end) for m in an.mentions if m.type in ("AdministrativeDivision", "Agency") and m.end > m.start]


def _a_projects_own_name(an: Analysis, start: int, at: int, head: str, proper: list[tuple[int, int]]) -> bool:
    """Whether the words at [start, at) before a project's head name one: more than its kind (重点|项目), and a proper
    word among them (a division, the model's place or organisation in ``proper``, a word the dictionary lacks; 城市|更新|
    项目 is a kind)."""
    name, tags = an.text[start:at], word_tags()
    if any(word in name for word in _NO_PROJECT_NAME_WORDS):
        return False  # 中国-沙特古雷乙烯|等|产业项目, 亚洲|最|大…项目 (xwlb-2023): a list's kind, a description
    return not _kind_only(name, head) and (any(start <= ps and pe <= at for ps, pe in proper)
                                           or not all(w in tags for w in tokenizer().lcut(name) if _CJK.match(w)))


# what says a project's words list or describe projects rather than name one (等, 最)
_NO_PROJECT_NAME_WORDS = ("等", "最")


def _invested_projects(an: Analysis, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Projects named after the sum invested in them and 的, to their head (word set project_heads): 总投资5.8亿元的|江苏南通
    城欣市政工程天然油脂深加工项目, …的|广州诚越电子科技高频、高速、PTFE覆铜板项目 (定远县's signing, 2020), 计划总投资
    50亿元的|中海油新能源公司风电场开发项目 (肇州县's page, 2011): the local gold of both pages counts each a program.
    The name runs inside its clause, its list's marks and capacities too, and holds a proper word (:func:`_a_projects_own_
    name`: not 投资2亿元的|精细化工项目)."""
    text, found = an.text, []
    proper = _proper_spans(an)
    for head in word_set("project_heads"):
        for match in re.finditer(_INVESTED + f"([^，。；,;：:\n]{{2,{_LONGEST_INVESTED}}}?){head}", text):
            start, at = match.start(1), match.end(1)
            end = at + len(head)
            if start not in an.boundaries or any(ts < end and start < te and not (start <= ts and te <= end)
                                                 for ts, te in taken + found) \
                    or (_COUNT.match(text, start) and not text.startswith(tuple(word_set("project_capacity_openings")), start)) \
                    or not _a_projects_own_name(an, start, at, head, proper):
                continue
            # (a program read inside the name is its words: 苏州超邦涂料年产4.5万吨…及|研发工程|中心项目)
            an.mentions[:] = [m for m in an.mentions if not (m.type == "Program" and start <= m.start and m.end <= end)]
            _add(an, start, end, text[start:end], text[start:end])
            found.append((start, end))
    return found


# the sum invested in a project, before 的 and its name: 总投资5.8亿元的, 计划总投资50亿元的, 投资约2000万元的
_INVESTED = "投资(?:总额)?(?:约|近|超|达)?[0-9.０-９%s多余]+(?:万|亿)?(?:美)?元的" % "".join(sorted(CHINESE_NUMERALS))
_LONGEST_INVESTED = 40


# what closes a visited project's name: a mark of the clause or of a list, or 及 before the tour's next stop
_PROJECT_CLOSINGS = frozenset("，,。；;、及和")
# the parks and areas a project builds, named as the project (镇安县天麻标准化生产示范园产业园|项目: word sets park_heads,
# demonstration_park_heads, and 示范区)
_PARKS_BUILT = tuple(longest_first((*word_set("park_heads"), *word_set("demonstration_park_heads"), "示范区")))


def _models_of_parts_unquoted(an: Analysis, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A working model named by its parts joined with + and unquoted: 探索|公司+合作社+农户产业发展模式 (张家川县's page,
    2019), as “公司+基地+农户”模式 is read quoted; the verb that governs it no part (word set model_heads)."""
    text, found = an.text, []
    tags = word_tags()
    for head in word_set("model_heads"):
        for at in offsets(text, head):
            start = _phrase_start(an, at)
            phrase = text[start:at]
            if "+" not in phrase and "＋" not in phrase:
                continue
            first = next((word for s, e, word in an.tokens_from(start, 2) if s == start), "")
            if tags.get(first, "").startswith("v") and tags[first] != "vn" \
                    and not text.startswith(("+", "＋"), start + len(first)):
                start += len(first)  # 探索|公司+…: the verb that governs the model
            if phrase[0] in "+＋" or any(ts < at + len(head) and start < te for ts, te in taken + found):
                continue
            _add(an, start, at + len(head), text[start:at + len(head)], text[start:at + len(head)])
            found.append((start, at + len(head)))
    return found


def _words_of_a_name(an: Analysis, start: int, end: int) -> bool:
    """Whether the segmenter's words in [start, end) may name a project: none a verb (a verbal noun may: 建设/vn),
    an adverb, a pronoun, a preposition or a conjunction the dictionary so tags."""
    tags = word_tags()
    return start in an.boundaries and all(
        tags.get(word, "n") == "vn" or not tags.get(word, "n").startswith(_NO_PROJECT_WORD_TAGS)
        for s, e, word in an.tokens_from(start, 12) if s < end)


_NO_PROJECT_WORD_TAGS = pos_tags("project_name_stops")


# the most characters of a listed project's name with its head, and the fewest before the head of a list's every item
# where none names its owner
_LONGEST_PROJECT = 18
_NAMED_PROJECT = 8
# a list's item opens after a clause's mark or 、
_ITEM_OPENINGS = CLAUSE_MARKS | {"、"}


def _kind_only(phrase: str, head: str) -> bool:
    """Whether the words before a program's head only say what kind it is (data/lexicon/
    program_kind_words.txt: 重点|工程, 标志性|工程, 重大|民生工程 read as 重大民生|工程)."""
    kinds, name = lexicon("program_kind_words.txt"), phrase + head
    return phrase in kinds or any(name[:-len(t)] in kinds for t in ordered_lexicon("program_triggers.txt")
                                  if name.endswith(t))


# a term opening an event's name, or the first (首届|杜鹃花节活动, 鲁山县's page, 2020)
_TERM_OPENING = re.compile(rf"{_TERMS}|首届")


def _phrase_start(an: Analysis, head_start: int) -> int:
    """Walk back over words that can be part of a program name."""
    tags = word_tags()
    start = head_start
    tokens = [t for t in an.tokens_from(max(0, head_start - 16), 24) if t[1] <= head_start]
    people = an.model_name_index.overlapping(max(0, head_start - 20), head_start)
    for tok_start, tok_end, word in reversed(tokens):
        if tok_end != start or not _CJK.match(word):
            break
        tag = tags.get(word, "n")
        if tag.startswith(_STOP_TAGS) or word in lexicon("stop_tokens.txt"):
            break
        if word in lexicon("titles.txt") or any(s < tok_end and tok_start < e for s, e in people):
            break  # 副县长|刘明|出席活动: a post or a person is not part of a program's name
        if head_start - tok_start > 14:
            break
        start = tok_start
    # (nor a name joined before it by 暨, which the segmenter glues on: 油菜花文化旅游节|暨梅|干岭全国摄影大赛)
    joined = an.text.rfind("暨", start, head_start)
    if joined >= 0:
        start = joined + 1
    # a governing verb glued to the name is not part of it: 深入开展|电信网络诈骗打击专项行动
    phrase = an.text[start:head_start]
    cut = max((phrase.rfind(w) + len(w) for w in _governing_words() if w in phrase), default=0)
    if cut < len(phrase):
        start += cut
    # a verb governing the name, written as a word of its own before it, is no part of it, nor what
    # comes before it (xwlb-2023: 当地|依托|引江济淮工程, 确保|工程|顺利进行: no name is left;
    # data/lexicon/program_governing_verbs.txt)
    start = max((tok_end for tok_start, tok_end, word in tokens
                 if start <= tok_start and tok_end <= head_start and word in lexicon("program_governing_verbs.txt")),
                default=start)
    # a leading numeral or quantifier is not part of the name: 一系列, 各类; but a term is (首届|杜鹃花节活动, 鲁山县's page,
    # 2020: no 届杜鹃花节活动)
    while start < head_start and not _TERM_OPENING.match(an.text, start, head_start) and (tags.get(an.text[start:start + 1], "") in ("m", "q")
                                  or an.text[start] in _MEASURE_WORDS):
        start += 1
    return start

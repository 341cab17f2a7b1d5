"""Firms listed by their short names: a brand and its trade, an item of a list (连峰服装、恒兴箱包等26家县内外企业,
来到…雷巨机电科技、凤武农业、奥邦环保、柳堡电子新材料…, 汇龙海产、希润食品、聚力电机: county pages of 2017-2023); and
the items of a list a kind of organisation closes (美团、小红书、…、智联招聘|等|企业, :func:`firms_of_a_listed_kind`).

A brand is no word of the dictionary (凤武, 月娇, 汇龙), or one it tags a name (华文/nz: pos set brand_tags); a common
word before a trade is a kind of business (智慧|农业, 生态|环保, 传统|农业), no firm.  When the firms were first read so, 13
of the gold's firms on read local pages were found and none wrong (the held pages hold few such lists).  The shops a
market regulator inspects are listed the same way (家乐福|超市、突玛丽斯|酒店、济康|大药房: city pages of 2013-2017; word
set shop_trades), a shop's brand a name's alone: 县城区|超市, 村民|小|超市 are the shops of a place.
"""
from __future__ import annotations

import re
from functools import cache

from ...model import Mention
from ...resources import pos_tags, tokenizer, word_set, word_tags
from ..analysis import Analysis, SpanIndex
from ..lexicons import CJK_RUN, GRASSROOTS_LEVEL_CHARACTERS, is_place_name
from ..linkers import agency_key
from ..organisations import a_designated_kind
from ..world import local_page

__all__ = ["cooperatives_named", "firms_listed", "firms_named_after_owners", "firms_of_a_listed_kind"]

_BRAND_TAGS = pos_tags("brand_tags")
# what stands on either side of a list's item: a mark, a joiner of bodies (word set body_list_joiners), and before it
# a verb's object's opening (到|, 了|), after it 等
_JOINERS = "".join(word_set("body_list_joiners"))
_BEFORE, _AFTER = "、，," + _JOINERS + "到了", "、，,。等" + _JOINERS
# a preposition or a particle opening what reads as a brand (在|新能源: word set glued_breaks): no brand
_NO_BRAND_OPENINGS = "".join(word_set("glued_breaks")) + "了"


_SHOPS = frozenset(word_set("shop_trades"))
_GRASSROOTS_LEVELS = "".join(GRASSROOTS_LEVEL_CHARACTERS)
_LEVELS = "".join(word_set("division_level_characters"))
# a name's tags for a brand's words: the brand tags and a person's (突|玛丽/nr|斯|酒店)
_NAME_TAGS = (*_BRAND_TAGS, "nr")


@cache
def _firm() -> re.Pattern[str]:
    trades = "|".join(sorted((*word_set("firm_trades"), *_SHOPS), key=len, reverse=True))
    # (after a town's or a village's name too: 平梁镇|绿源|家庭农场、|…|城关镇|润睿|家庭农场 — a county's page, 2021: the
    # town's farms; 杨东村|鑫农源|种植合作社、|张大屯村|千畦|种植合作社, 高唐县's town)
    return re.compile(rf"(?<=[{_BEFORE}{_GRASSROOTS_LEVELS}])([\u4e00-\u9fff]{{2,4}}?)({trades})(?=[{_AFTER}])")


def _words_of_the_dictionary(brand: str) -> bool:
    """Whether a brand holds a word of two characters or more that the dictionary tags other than a name's (镇村|两级,
    村民|小, 县城区: 城区)."""
    tags = word_tags()
    return any(len(word) > 1 and word in tags and not tags[word].startswith(_NAME_TAGS)
               for word in tokenizer().lcut(brand))


def firms_listed(an: Analysis) -> None:
    """Add each firm a list names by its brand and trade that no mention holds yet (an enterprise, its name as
    written)."""
    text, tags = an.text, word_tags()
    taken = SpanIndex((m.start, m.end) for m in an.mentions if m.end > m.start)
    for found in _firm().finditer(text):
        brand, start, end = found.group(1), found.start(), found.end()
        if brand[0] in _NO_BRAND_OPENINGS or (brand in tags and tags[brand] not in _BRAND_TAGS):
            continue  # 智慧|农业, 生态|环保: a kind of business
        if (len(brand) == 4 or found.group(2) in _SHOPS) and _words_of_the_dictionary(brand):
            continue  # 打造|高效|农业, 镇村|两级|超市: words; a brand of four, or a shop's, is a name's (突|玛丽|斯|酒店)
        if found.group(2) in _SHOPS and brand[0] in _LEVELS:
            continue  # 县城区|超市, 镇区内|药店, 县医院|药房: the shops of a place, no brand
        if any(len(word) > 1 and tags.get(word) == "v" for word in tokenizer().lcut(brand)):
            continue  # 产业,|围绕|新|材料|、新能源 (修武县's page, 2016): a verb governs the trades, no brand opens them
        # (after a town's or a village's level the brand opens, whatever the segmenter's words: 张大屯村|千畦, jieba 村千)
        if (start not in an.boundaries and text[start - 1] not in _GRASSROOTS_LEVELS) or end not in an.boundaries \
                or taken.overlaps(start, end):
            continue
        if not (text[start - 1] == "、" or text[end:end + 1] == "、" or (
                text[start - 1] in _GRASSROOTS_LEVELS and text[end:end + 1] == "等" and "、" in text[start - 6:start])):
            continue  # an item of a list only (the last after its village: 、|张大屯村|千畦种植合作社|等)
        name = text[start:end]
        an.add(Mention.make("Agency", an.doc.id, start, end, name, name, agency_key(name)))


def cooperatives_named(an: Analysis) -> None:
    """A farmers' cooperative or a family farm named by its brand, then the words of what it grows (word set
    cooperative_heads): 加入|通化县江沿香瓜种植专业合作社 (通化县's page, 2019), 村里的|团利专业种养合作社 (a county's
    page, 2021), 带动了|友期庄越光水稻种植合作社、 (a county's, 2023), 走进|利辛县忠章家庭养殖农场 (利辛县's, 2020).  The
    name runs back from the head to a verb, a particle, a preposition, a mark or a division; its brand opens with no
    word of a kind (农民|专业合作社, 种植|合作社: word set cooperative_kind_words), no determiner and no count, and the
    words after the brand are the dictionary's.  A county written right before is part of its name, as its registration
    writes it; a town or a village before it says where it is (汶朗镇|乐蜜柚农场), no part of its name.  A story at home
    in no region (a national one) names one only right after a division."""
    text = an.text
    taken = SpanIndex((m.start, m.end) for m in an.mentions if m.end > m.start)
    divisions = {m.end: m for m in an.of_type("AdministrativeDivision") if m.end > m.start}
    local = local_page(an)
    for found in _cooperative().finditer(text):
        head_start, end = found.span()
        if (end < len(text) and text[end] not in _AFTER and end not in an.boundaries) or taken.overlaps(head_start, end):
            continue  # (the head ends a word: not 合作社|区, …农场|主)
        start = _cooperatives_start(an, head_start, divisions)
        if start is None or taken.overlaps(start, end) or not (local or start in divisions):
            # (a story at home nowhere names a cooperative only after its place: 以色列占领了…|萨巴阿|农场, the Shebaa
            # Farms, xwlb-20230610-11, is no farm's business)
            continue
        county = divisions.get(start)
        county = county if county is not None and county.prop("level") == "county" else None
        opening = start if county is None else county.start
        name = text[opening:end]
        an.add(Mention.make("Agency", an.doc.id, opening, end, name, name, agency_key(name)))
        if county is not None:
            an.fact(agency_key(name), "locatedIn", county.key, start)


def _cooperatives_start(an: Analysis, head_start: int, divisions: dict[int, Mention]) -> int | None:
    """Where a cooperative's name before ``head_start`` opens: the farthest start back to a verb's, a particle's or a
    preposition's word, a mark or a division, whose brand is one (:func:`_a_brand`); None where none is."""
    text, tags = an.text, word_tags()
    best = None
    for at in range(head_start - 1, max(-1, head_start - _LONGEST_COOPERATIVE), -1):
        if not CJK_RUN.match(text[at]):
            break
        if at <= head_start - 2 and (at in an.boundaries or at in divisions) and _a_brand(text[at:head_start]) \
                and _the_model_reads_a_brand(an, at, divisions):
            best = at
        before = an.token_at(at - 1) if at else None
        if at in divisions or at == 0 or not CJK_RUN.match(text[at - 1]) or (
                before is not None and before[1] == at and tags.get(before[2], "").startswith(_BEFORE_A_BRAND_TAGS)):
            break  # (加入|, 村里的|, 创办|, 汶朗镇|: the name opens here at the farthest)
    return best


def _the_model_reads_a_brand(an: Analysis, at: int, divisions: dict[int, Mention]) -> bool:
    """Whether the model's word at ``at`` may open a brand: none of a verb, a count, a direction or a function word opens
    there (发展/v|家庭农场, 成立/v|了|专业合作社: kinds; 藕池任村|南/f|接/v|万邦千禾农场, a village's neighbours), and none runs
    on into it but a name's (七星关区天择/LOC|家庭农场, the district and the brand read as one place: a county's page,
    2020)."""
    word = next((t for t in an.model_tokens_between(max(0, at - 8), at + 1) if t.start <= at < t.end), None)
    if word is not None and word.start < at:
        return at in divisions or word.tag in _NAME_MODEL_TAGS
    if word is not None and word.tag.startswith(_NO_BRAND_MODEL_TAGS):
        return False
    # a brand is a name: a word the dictionary lacks or tags a name's (团利, 江沿, 罗英/nr), or one the model reads as a
    # name (乐蜜柚/nz, jieba 乐/a|蜜柚); not a word of the dictionary's (当地|合作社, 智慧|农场, 农机|合作社: xwlb-2023)
    first = tokenizer().lcut(an.text[at:at + 5])[0]
    tags = word_tags()
    return first not in tags or tags[first].startswith(_NAME_TAGS) or (
        word is not None and word.start == at and word.tag in _BRAND_MODEL_TAGS)


def _a_brand(words: str) -> bool:
    """Whether ``words`` (a cooperative's name before its head) open with a brand of two to five characters (no word of
    a kind, no determiner, no count) that the dictionary's words follow (友期庄越光|水稻|种植)."""
    tags = word_tags()
    first = tokenizer().lcut(words)[0]
    if words[0] in _NO_BRAND_OPENINGS or words[0] in _DETERMINERS or first in _KIND_WORDS or words[0].isdigit():
        return False
    for size in range(2, min(6, len(words) + 1)):
        rest = words[size:]
        if words[size - 1] in _GRASSROOTS_LEVELS + _LEVELS or words[size - 1] in _FUNCTION_CHARACTERS:
            return False  # (该村|, 县级|: a place's, no brand; 农户及|, 罗英的|: no name)
        if not rest or all(word in tags and not tags[word].startswith(_FUNCTION_TAGS) for word in tokenizer().lcut(rest)):
            return True
    return False


@cache
def _cooperative() -> re.Pattern[str]:
    return re.compile("|".join(sorted(word_set("cooperative_heads"), key=len, reverse=True)))


# the farthest a cooperative's name opens before its head (友期庄越光|水稻种植|合作社)
_LONGEST_COOPERATIVE = 13
_DETERMINERS = "".join(word_set("brand_determiners"))
_KIND_WORDS = frozenset(word_set("cooperative_kind_words"))
_BEFORE_A_BRAND_TAGS = pos_tags("words_before_a_brand")
_NO_BRAND_MODEL_TAGS = pos_tags("no_brand_openings")
_NAME_MODEL_TAGS = pos_tags("names_a_brand_lies_in")
_BRAND_MODEL_TAGS = pos_tags("brand_names")
_FUNCTION_TAGS = pos_tags("function_words_and_counts")  # (not function_word: exact, with 的-like particles, no counts)
# characters that join or mark words, inside no brand (农户|及|合作社, 罗英|的|家庭农场)
_FUNCTION_CHARACTERS = frozenset("的及和与或并之")


# a list's kind of organisation after 等, a count of them and a few words of what they are between (等|8家|平台|企业):
# word set organisation_list_kinds, which organisations.listed_organisations reads for the model's names as well
_COUNT = "0-9０-９一二两三四五六七八九十百千几多余"


@cache
def _kind_closing() -> re.Pattern[str]:
    kinds = "|".join(sorted(map(re.escape, word_set("organisation_list_kinds")), key=len, reverse=True))
    return re.compile(f"等(?:[{_COUNT}]+家)?[\u4e00-\u9fff]{{0,4}}?(?:{kinds})(?!家)")  # (not 企业家: people)


# the longest an item of such a list may run (中车株洲电力机车); the tags of what ends the words before the first item
_LONGEST_ITEM = 12
_BEFORE_AN_ITEM_TAGS = ("v", "p", "u", "d", "c", "r")
_NAME_WORD_TAGS = ("nr", "ns", "nz")


def _a_name(item: str) -> bool:
    """Whether a list's item reads as a name: it holds a word the dictionary does not know (美团, 徐工汉云, 欧冶云商) or tags a
    name's (货|拉拉/nrt, 智联/ns|招聘, 长沙/ns|比亚迪/nr|汽车); not words of kinds of business (百货, 电商|平台, 面粉|加工)."""
    tags = word_tags()
    return any(word not in tags or tags[word].startswith(_NAME_WORD_TAGS) for word in tokenizer().lcut(item)
               if word.strip())


def _list_items(an: Analysis, closing: int) -> list[tuple[int, int]]:
    """The items of the list that ends at ``closing`` (where 等 is), parted by 、 (the last after 和, 及 too), from the
    clause's start or the last verb, preposition or particle before the first item (考察了|长沙比亚迪汽车、…)."""
    text = an.text
    clause_start = max(text.rfind(mark, 0, closing) for mark in "，,。；;：:\n") + 1
    parts = text[clause_start:closing].split("、")
    if len(parts) < 2:
        return []
    items, at = [], clause_start
    for part in parts:
        items.append((at, at + len(part)))
        at += len(part) + 1
    last_start, last_end = items[-1]
    joiner = next((w for w in ("以及", "和", "及") if text.startswith(w, last_start)), "")
    items[-1] = (last_start + len(joiner), last_end)
    first_start, first_end = items[0]
    words = tokenizer().lcut(text[first_start:first_end])
    tags, begin, offset = word_tags(), first_start, first_start
    for word in words:
        offset += len(word)
        if tags.get(word, "").startswith(_BEFORE_AN_ITEM_TAGS):
            begin = offset
    items[0] = (begin, first_end)
    # (a periodical's marks are no part of its name: 《朝日新闻》|、|《每日新闻》|、|nhk电视|等|…|媒体)
    return [(s + (text[s:s + 1] in _MARKS), e - (text[e - 1:e] in _MARKS)) for s, e in items]


_MARKS = "《》“”\"'"


def firms_of_a_listed_kind(an: Analysis) -> None:
    """Each item of a list that a kind of organisation closes is an organisation of that kind, its name as written, when
    the list names organisations: 美团|、|小红书|、|…|、|智联招聘|等|企业|负责人|先后|发言 (xwlb-20230712-03, each a speaker in
    the dev gold), 李强|考察|了|中车株洲电力机车|、|株洲硬质合金|、|湖南山河科技|等|企业 (xwlb-20230322-07).  The list names
    organisations when an item is read already (an agency, or a name the model reads: 徐工|汉云/PER, 卡奥斯/PER) and the item
    reads as a name (:func:`_a_name`); not 百货|、|超市|、|…|等|企业, kinds of business (xwlb-20231007-03), nor a country
    or a division (华为|、|美国|、|日本|等|企业 lists the countries' firms).  A person or place read inside an item is part of
    the name; a division that opens it stays where the firm is.  The model's names read whole in such a list are
    turned before the fusion (:func:`kgraph.extraction.organisations.listed_organisations`); this adds the items no
    candidate reads whole."""
    text = an.text
    for closing in _kind_closing().finditer(text):
        if a_designated_kind(closing.group()):
            continue  # 米市古街、古戏楼、二郎井|等|文保单位 (泸县's page, 2021): sites, no organisations
        items = [(s, e) for s, e in _list_items(an, closing.start()) if 2 <= e - s <= _LONGEST_ITEM]
        # (a name read as a person's that is a whole item lists people: 副秘书长|黄荣志|、|董春亮|等|一众|企业家, a county's
        # page, 2023; one that is part of an item is part of a firm's name: 徐工|汉云/PER)
        read = [(s, e) for s, e in items if any(s <= m.start and m.end <= e for m in an.of_type("Agency"))
                or any(s <= c.start and c.end <= e and (c.type != "Person" or (c.start, c.end) != (s, e))
                       for c in an.pending)]
        if not read or len(items) < 2:
            continue
        if any(is_place_name(text[s:e]) or "等" in text[s:e] for s, e in items):
            # (来自|中国新疆|、|湖南|、|广东|…|等|超百家|企业, xwlb-2023: where firms come from, a list of places; …|机场|等|多个|
            # 机场|以及|瑞安航空|、|…|等|多家|航空公司: another list's end inside the first item)
            continue
        for start, end in items:
            name = text[start:end]
            if not _a_name(name) or start not in an.boundaries or end not in an.boundaries \
                    or any(mark in name for mark in _MARKS) \
                    or any(m.start == start and m.end <= end for m in an.of_type("Agency")) \
                    or any(m.start <= start and end <= m.end and m.type in ("AdministrativeDivision", "Place")
                           for m in an.mentions if m.end > m.start):
                # (an item a division or place alone: no firm; an item a body opens is the body and words about it:
                # 最高人民法院|官方|微博|微信; an item a mark breaks: 央视新闻|“两微一端”)
                continue
            an.mentions[:] = [m for m in an.mentions if not (
                m.type in ("Agency", "Person", "Place") and start <= m.start and m.end <= end and m.end > m.start)]
            an.pending = [c for c in an.pending if not (start <= c.start and c.end <= end)]
            an.add(Mention.make("Agency", an.doc.id, start, end, name, name, agency_key(name)))


def firms_named_after_owners(an: Analysis) -> None:
    """A farm or a cooperative named after its owner is a firm, no person: 带动了…、|景亮/PER|家庭农场 (a town's page, 2021)
    — the model's name, then a kind of farm that ends a word (word set firms_after_owners).  An owner named alone
    elsewhere stays a person there (罗英|家庭农场 … 由|罗英|的儿子, xwlb-20230211-04)."""
    text = an.text
    kinds = word_set("firms_after_owners")
    taken = SpanIndex((m.start, m.end) for m in an.mentions if m.end > m.start)
    for c in [c for c in an.pending if c.type == "Person"]:
        kind = next((k for k in kinds if text.startswith(k, c.end)), None)
        end = c.end + len(kind) if kind else 0
        if kind is None or (end < len(text) and end not in an.boundaries) or taken.overlaps(c.start, end):
            continue
        an.pending.remove(c)
        name = text[c.start:end]
        an.add(Mention.make("Agency", an.doc.id, c.start, end, name, name, agency_key(name)))

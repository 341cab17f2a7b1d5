"""Firms listed by their short names: a brand and its trade, an item of a list (连峰服装、恒兴箱包等26家县内外企业,
来到…雷巨机电科技、凤武农业、奥邦环保、柳堡电子新材料…, 汇龙海产、希润食品、聚力电机: county pages of 2017-2023).

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
from ..linkers import agency_key

__all__ = ["firms_listed"]

_BRAND_TAGS = pos_tags("brand_tags")
# what stands on either side of a list's item: a mark, a joiner of bodies (word set body_list_joiners), and before it
# a verb's object's opening (到|, 了|), after it 等
_JOINERS = "".join(word_set("body_list_joiners"))
_BEFORE, _AFTER = "、，," + _JOINERS + "到了", "、，,。等" + _JOINERS
# a preposition or a particle opening what reads as a brand (在|新能源: word set glued_breaks): no brand
_NO_BRAND_OPENINGS = "".join(word_set("glued_breaks")) + "了"


_SHOPS = frozenset(word_set("shop_trades"))
_LEVELS = "".join(word_set("division_level_characters"))
# a name's tags for a brand's words: the brand tags and a person's (突|玛丽/nr|斯|酒店)
_NAME_TAGS = (*_BRAND_TAGS, "nr")


@cache
def _firm() -> re.Pattern[str]:
    trades = "|".join(sorted((*word_set("firm_trades"), *_SHOPS), key=len, reverse=True))
    # (after a town's name too: 平梁镇|绿源|家庭农场、|…|城关镇|润睿|家庭农场 — a county's page, 2021: the town's farms)
    return re.compile(rf"(?<=[{_BEFORE}镇乡])([\u4e00-\u9fff]{{2,4}}?)({trades})(?=[{_AFTER}])")


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
        if start not in an.boundaries or end not in an.boundaries or taken.overlaps(start, end):
            continue
        if not (text[start - 1] == "、" or text[end:end + 1] == "、"):
            continue  # an item of a list only
        name = text[start:end]
        an.add(Mention.make("Agency", an.doc.id, start, end, name, name, agency_key(name)))

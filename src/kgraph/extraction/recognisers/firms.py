"""Firms listed by their short names: a brand and its trade, an item of a list (连峰服装、恒兴箱包等26家县内外企业,
来到…雷巨机电科技、凤武农业、奥邦环保、柳堡电子新材料…, 汇龙海产、希润食品、聚力电机: county pages of 2017-2023).

A brand is no word of the dictionary (凤武, 月娇, 汇龙), or one it tags a name (华文/nz: pos set brand_tags); a common
word before a trade is a kind of business (智慧|农业, 生态|环保, 传统|农业), no firm.  On read local pages 13 of the gold's
firms were read so and none wrong (the held pages hold few such lists).
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


@cache
def _firm() -> re.Pattern[str]:
    trades = "|".join(sorted(word_set("firm_trades"), key=len, reverse=True))
    return re.compile(rf"(?<=[{_BEFORE}])([\u4e00-\u9fff]{{2,4}}?)({trades})(?=[{_AFTER}])")


def firms_listed(an: Analysis) -> None:
    """Add each firm a list names by its brand and trade that no mention holds yet (an enterprise, its name as
    written)."""
    text, tags = an.text, word_tags()
    taken = SpanIndex((m.start, m.end) for m in an.mentions if m.end > m.start)
    for found in _firm().finditer(text):
        brand, start, end = found.group(1), found.start(), found.end()
        if brand[0] in _NO_BRAND_OPENINGS or (brand in tags and tags[brand] not in _BRAND_TAGS):
            continue  # 智慧|农业, 生态|环保: a kind of business
        if len(brand) == 4 and any(len(word) > 1 and word in tags and not tags[word].startswith((*_BRAND_TAGS, "nr"))
                                   for word in tokenizer().lcut(brand)):
            continue  # 打造|高效|农业, 镇村|两级|超市: words of the dictionary; a brand of four is a name's (突|玛丽|斯|酒店)
        if start not in an.boundaries or end not in an.boundaries or taken.overlaps(start, end):
            continue
        if not (text[start - 1] == "、" or text[end:end + 1] == "、"):
            continue  # an item of a list only
        name = text[start:end]
        an.add(Mention.make("Agency", an.doc.id, start, end, name, name, agency_key(name)))

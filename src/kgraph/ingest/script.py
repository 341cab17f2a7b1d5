"""Traditional characters read as simplified ones.

Mainland news is reprinted in traditional characters (a county media centre's story on a Hong Kong
portal: 下倉鎮召開“慶新春、敘鄉情、話發展”新春懇談會…鎮黨委副書記、鎮長王木林).  The lexicons, the
gazetteer and the trained model know simplified names only, so such a page read as written yields
next to nothing: 下倉鎮 is no division, 鎮黨委 no body.  A text written in traditional characters is
therefore read in simplified ones (下仓镇召开…镇党委副书记、镇长王木林), one character for one, so
that every offset stays the source's.  The conversion is OpenCC's (``t2s``: its phrase tables, then
its characters), the maintained converter made for this.

Only a text that is written in traditional characters is converted: OpenCC maps a few characters that
simplified text uses too (乾 of 乾坤 to 干, 坏 to 坯), so a simplified story that quotes one
traditional name keeps every character as written.  Each source is converted once, before anything reads it
(kgraph.ingest.layout.source_in_simplified_characters): a file, a record and a text given to the library alike.
"""
from __future__ import annotations

import functools

from .reader import without_surrogates

__all__ = ["in_simplified_characters", "simplified", "written_in_traditional"]

# A text is written in traditional characters when at least this many of its characters, and this share of its Chinese
# characters, change under the conversion (the whole text is read: a simplified page that quotes a traditional passage
# stays as written).  Simplified news changes in at most one character a story (8 of xwlb-2023's 5,011 stories, one
# character each: 乾, 昇, 樑); a traditional page's every third or fourth character changes (下倉鎮…: 230 of 701).
_FEWEST_CHANGED = 8
_SHARE_CHANGED = 0.05


@functools.cache
def _converter():
    """OpenCC's traditional-to-simplified converter, loaded once (a C++ library, its dictionaries in the wheel: 20 ms).
    Without the tables that map rare characters to forms outside the Basic Multilingual Plane (俓 -> 𠇹), which a
    simplified page never writes and most fonts cannot show."""
    import opencc

    return opencc.OpenCC("t2s", include_tofu_risk_dictionaries=False)


def _chinese_characters(text: str) -> int:
    """How many of ``text``'s characters are Chinese (CJK Unified Ideographs and Extension A)."""
    return sum(1 for char in text if "\u3400" <= char <= "\u9fff")


def written_in_traditional(text: str) -> bool:
    """Whether ``text`` is written in traditional characters (see the module's note)."""
    chinese = _chinese_characters(text)
    if chinese < _FEWEST_CHANGED:
        return False
    text = without_surrogates(text)  # (a JSON escape's, given to the library: OpenCC reads UTF-8, which holds none)
    converted = _converter().convert(text)
    if len(converted) == len(text):
        changed = sum(1 for old, new in zip(text, converted) if old != new)
    else:
        changed = sum(1 for char in text if _one_character(char) != char)
    return changed >= _FEWEST_CHANGED and changed >= _SHARE_CHANGED * chinese


@functools.cache
def _one_character(char: str) -> str:
    """``char`` converted alone, or kept where OpenCC would write it as more than one character."""
    converted = _converter().convert(char)
    return converted if len(converted) == 1 else char


def in_simplified_characters(text: str) -> str:
    """``text`` in simplified characters, one for one, if it is written in traditional ones; else as it is."""
    return simplified(text) if text and written_in_traditional(text) else text


def simplified(text: str) -> str:
    """``text`` converted to simplified characters, one for one.

    OpenCC's phrase tables convert a phrase whole (乾隆 stays, 乾燥 becomes 干燥); a line whose conversion would change
    its length is converted a character at a time instead, so that every offset holds."""
    text = without_surrogates(text)
    converted = _converter().convert(text)
    if len(converted) == len(text) and converted.count("\n") == text.count("\n"):
        return converted
    lines = []
    for original in text.split("\n"):
        line = _converter().convert(original)
        lines.append(line if len(line) == len(original) else "".join(_one_character(char) for char in original))
    return "\n".join(lines)

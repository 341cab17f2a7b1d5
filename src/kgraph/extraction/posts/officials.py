"""The first stage's readings over each written organisation and division: the chain after it
(_posts_after, with a unit written right after the body: 俄罗斯联邦委员会|国防|和|安全|委员会|主席), a
division's own head (城关镇|镇长|李明辉, and of a township only the model reads); and what keeps a name
from opening a chain: China's name before a body within it (中国|全国人大常委会), a short form of a
division listed among peers, a name read over the title (全国工商联|党组书记) or over a former-marker
(辽宁省政协|原|党组|副书记)."""
from __future__ import annotations

from dataclasses import replace

from ...model import Mention
from ...resources import data_table, ordered_lexicon
from ..analysis import Analysis, SpanIndex
from ..recognisers.agencies import agency_key
from ..recognisers.divisions import unlinked_division
from .titles import former_before, _former_words, _government_titles, government_title_body, Post, post_title_at, _TERMS
from .countries import _home_country
from .bodies import _government, _name_at
from .chains import read_post_chain
from .lists import _among_peers, _holder_further_on, _officials
from .foreign import _at_a_mission, _in_a_foreign_chain, _of_a_foreign_country, _of_its_country
from .body_names import _unit_before_a_title
from .local import _after_the_next_chain


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


def _head_body(division: Mention, title: str | None) -> str | None:
    """The body of ``division`` a head's title after its name is held in: its government (镇长: 人民政府), or a
    community's or a village's council (建都社区|主任: 居委会, data/posts/council_heads.tsv); None for another."""
    if title is None:
        return None
    return government_title_body(title, division.label) or next(
        (body for ending, head, body in data_table("posts", "council_heads.tsv")
         if head == title and division.label.endswith(ending)), None)


def _head_of_division(an: Analysis, division: Mention) -> tuple[list[Post], int]:
    """城关镇|镇长: the post of a division's own head, in its government or party committee
    named from the division (城关镇人民政府), and where the title ends; no post without one."""
    title = post_title_at(an.text, division.end)
    body = _head_body(division, title)
    if body is None:
        return [], division.end
    government = _government(an, division, body, division.end)
    return [(government, title, former_before(an, division.start)[0])], division.end + len(title)


def _posts_after_division(an: Analysis, division: Mention) -> None:
    """城关镇|镇长|李明辉: a division's own head holds a post in its government; so does the one named after
    the chain that follows it (常德市|副市长|、|县委书记|汤祚国, a county's page, 2017); 建都社区|主任|曾又祥 in the
    community's council (a town's paper, 2018)."""
    title = post_title_at(an.text, division.end)
    if _head_body(division, title) is None:
        return
    end = division.end + len(title)
    holder = end if _name_at(an, end) is not None else _after_the_next_chain(an, end)
    if holder is None:
        return
    posts, _ = _head_of_division(an, division)
    _officials(an, holder, posts)


def _home_country_before(an: Analysis, agency: Mention, agencies: list[Mention]) -> bool:
    """Whether ``agency`` is China's name before an agency read within it: 中国|全国人大常委会|委员长|
    赵乐际 (xwlb-20230515-05), 中国|国家发展改革委|主任|郑栅洁 (xwlb-20230914-09) hold their posts in the
    agency named within (全国人大常委会, 国家发展和改革委员会), not in 中国全国人大常委会 as well."""
    return any(inner.end == agency.end and inner.start > agency.start
               and an.text[agency.start:inner.start] in _home_country() for inner in agencies)


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

"""The proposers of organisations alone: candidates for the fusion, typed Agency, not yet linked.

- :func:`dictionary_organisations`: an organisation the segmenter's dictionary holds whole
  (美洲国家组织) where the model read it in pieces;
- :func:`ministries`: the ministry a minister's title names (外交部长: 外交部);
- :func:`periodicals`: a periodical or broadcaster in title marks (《人民日报》);
- :func:`with_units`: an organisation and the unit named right after it are one;
- :func:`quoted_organisations`: a quotation that is an organisation's name (成立“防汛救灾领导小组”);
- :func:`listed_organisations`: the names listed with an organisation before 等 and a kind of
  organisation are organisations;
- :func:`missions`: a country's mission abroad is named from the country that sends it
  (沙特驻|伊朗大使馆);
- :func:`joined_fields`: a country's body whose fields are joined by 和, 与 (美国|卫生与公众服务部);
- :func:`listed_teams`: countries listed before a team's word (美国和俄罗斯|队, e组的|美国、俄罗斯) are
  their teams.

The proposers of every type (the model's names, the white list, people, countries) are in
:mod:`.proposers`; :mod:`.fusion` calls both.
"""
from __future__ import annotations

import bisect
import re
from functools import cache

from ..resources import lexicon, longest_first, ordered_lexicon, pos_tags, tokenizer, word_set, word_tags
from .analysis import Analysis
from .candidates import Candidate
from .lexicons import (abbreviations, false_org_heads, foreign_parties, is_place_name, joint_government, org_heads,
                       periodical_heads, word_ending, world_finder, world_longest)
from .names import title_at
from .recognisers.agencies import org_run
from .repair import repair
from .world import _home_names, is_country
from .world import world_names as world_rows

__all__ = ["a_designated_kind", "dictionary_organisations", "news_sites", "foreign_party_bodies", "joined_fields", "listed_organisations", "listed_teams", "ministries",
           "missions", "periodicals", "quoted_organisations", "with_units"]

_CJK = re.compile(r"[\u4e00-\u9fff]")
_CJK_ONLY = re.compile(r"^[\u4e00-\u9fff]+$")
# nouns: the dictionary's words of a minister's field (外交|部长)
_NOMINAL_TAGS = pos_tags("nominal")
# the model's tags of names: a name of its own ends a unit's run (全国人大|愿同|马来西亚国会)
_MODEL_NAME_TAGS = pos_tags("model_names")


def dictionary_organisations(an: Analysis) -> list[Candidate]:
    """石油输出国组织|（|欧佩克|）, 声明指出，|美洲国家组织|对 (pd-dev; the model: 石油/n|输出国/vn|组织/n,
    美洲/LOC|国家/n|组织/v), 习近平向|亚太经合组织|工商领导人峰会 (xwlb-20231116): an organisation the
    segmenter's dictionary holds whole (tagged nt) and that ends in an organisation's head is one
    name, wherever the model read it in pieces.  Only where it stands as a name of its own, after a
    clause's edge or a function word (:func:`_name_starts_after`), not after words that may be
    the start of a longer name (中国物流与采购|联合会, 营商环境|建设局); not a kind of body (党组织,
    科研院所: data/lexicon/organisation_kinds.txt), nor a country and a kind (美国公司, 韩政府:
    generic_org_heads.txt), nor a word inside a book's title (《中国大学|学术演讲录》); the same
    repair as the model's names applies."""
    tags, heads, kinds = word_tags(), org_heads(), lexicon("organisation_kinds.txt")
    tokens = an.tokens
    # the model's organisations that run past a word: 中国社会科学院民族学与/ORG|人类学|研究所
    # (xwlb-20231028-01) is a longer name, of which the dictionary's 中国社会科学院 is a part
    longer = [(t.start, t.end) for t in an.model_tokens or () if t.tag == "ORG"]
    out = []
    for i, (start, end, word) in enumerate(tokens):
        if (end - start >= 3 and tags.get(word, "") == "nt" and word.endswith(heads)
                and not word.endswith(false_org_heads()) and word not in kinds and _name_starts_after(tokens, i)
                and not _placed_kind(word) and not _inside_title(an.text, start, end)
                and not any(s <= start and end <= e and (s, e) != (start, end) for s, e in longer)
                and not _glued_to_the_next(an, i)):
            out.extend(repair(an, Candidate(start, end, "Agency", "model")))
    return out


@cache
def _foreign_party_body() -> re.Pattern[str]:
    parties = "|".join(map(re.escape, foreign_parties()))
    centres = "|".join(map(re.escape, longest_first(word_set("party_centres"))))
    bodies = "|".join(map(re.escape, longest_first(word_set("party_centre_bodies"))))
    return re.compile(f"(?:{parties})(?:(?:{centres})(?:{bodies})?)?")


def foreign_party_bodies(an: Analysis) -> list[Candidate]:
    """会见|越共中央政治局/d|委员 (xwlb-20230913-05), 会见…的|老挝人民革命党中央/LOC|总书记 (xwlb-20231020-02):
    a foreign party's centre and the body of it named after it (data/lexicon/foreign_parties.txt, word
    sets party_centres and party_centre_bodies) is one organisation, the party's name in it, whatever
    the model read there: not 中央政治局 (China's) after a stray 越共.  So is the party named alone, its
    country in it: 习近平向|柬埔寨人民党|主席洪森致贺电 (xwlb-2023; the model: 柬埔寨/ORG|人民党/ORG, a place and
    a party of no country).  And any party a foreign country's name opens, named right before its leader's title:
    南苏丹|苏丹人民解放运动|主席|、|总统|基尔, 巴布亚新几内亚|潘古党|领袖 (xwlb-20230316-01; the model: 南苏丹苏丹/LOC,
    巴布亚新几内亚潘古党/LOC: about 20 such parties a year in xwlb-2023)."""
    found = {(m.start(), m.end()) for m in _foreign_party_body().finditer(an.text)}
    heads = word_set("party_heads")
    for match in _party_before_its_leader().finditer(an.text):
        country, party = match.group("country"), match.group("party")
        # (not a party described before its name, 韩国|最大|在野党|共同民主党|党首|李在明, xwlb-20230429-12: the name is
        # the last party's, 韩国共同民主党)
        # (nor one said by which it is, 参议院|多数党|领袖, nor a run with an adverb in it, 国会|将|认真|落实|两党; a verb may be
        # a name's word, 塞尔维亚|前进|党)
        if is_country(country) and country not in _home_names() and match.start() in an.boundaries \
                and not any(head in party[:-1] for head in heads if len(head) == 1) \
                and not party.endswith(word_set("party_descriptions")) \
                and not any(word_tags().get(word, "") in _NOT_IN_A_PARTYS_NAME for word in tokenizer().lcut(party)):
            found.add((match.start(), match.end("party")))
    return [Candidate(start, end, "Agency", "lexicon", 1.0) for start, end in sorted(found)]


@cache
def _party_before_its_leader() -> re.Pattern[str]:
    """A country's name, a party's name ending in a party's head (word set party_heads: 党, 运动, 阵线), and a party
    leader's title after it (word set party_leader_titles: 主席, 总书记, 领袖)."""
    countries = "|".join(map(re.escape, longest_first(name for name, row in world_rows().items() if row.kind == "country")))
    heads = "|".join(map(re.escape, longest_first(word_set("party_heads"))))
    titles = "|".join(map(re.escape, longest_first(word_set("party_leader_titles"))))
    return re.compile(f"(?P<country>{countries})(?P<party>[\u4e00-\u9fff]{{1,{_LONGEST_PARTY_NAME}}}?(?:{heads}))"
                      f"(?={titles})")


_NOT_IN_A_PARTYS_NAME = pos_tags("not_in_a_partys_name")
# the most characters of a party's name between its country and its head (桑地诺民族解放 of 桑地诺民族解放阵线)
_LONGEST_PARTY_NAME = 10


_BEFORE_A_NAME_TAGS = pos_tags("before_a_dictionary_organisation")
_COORDINATION = frozenset(word_set("coordinating_conjunctions"))


def _name_starts_after(tokens, i: int) -> bool:
    """Whether the words before token ``i`` leave it a name of its own: the text's start, a
    punctuation mark or number, or a function word or verb (加入|货币联盟, 被任命为|内务部, 该报|文艺部);
    a conjunction only after an organisation (中央对外联络部和|中共湖北省委, not 宪法和|法律委员会),
    a verb not after one (中国物流与|采购|联合会: the verb is part of the name)."""
    if i == 0 or not _CJK_ONLY.match(tokens[i - 1][2]):
        return True
    before = tokens[i - 1][2]
    tag = word_tags().get(before, "")
    earlier = tokens[i - 2][2] if i >= 2 else ""
    if before in _COORDINATION:
        return earlier.endswith(org_heads())
    if tag not in _BEFORE_A_NAME_TAGS:
        return False
    return not (tag == "v" and earlier in _COORDINATION)


def _glued_to_the_next(an: Analysis, i: int) -> bool:
    """华北、|东北局|地|严重洪涝 (xwlb-20231226): the word's last character and the one character the
    segmenter leaves after it make the word of the dictionary (局地); not 亚太经合组织|工商 (织工),
    欧洲议会|议员 (会议), where the next word is whole."""
    tokens = an.tokens
    if i + 1 >= len(tokens) or len(tokens[i + 1][2]) != 1:
        return False
    return tokens[i][2][-1] + tokens[i + 1][2] in word_tags()


def _placed_kind(word: str) -> bool:
    """美国|公司, 韩|政府: a place (or its one-character name) and a kind of body, no name."""
    generic = lexicon("generic_org_heads.txt")
    return any(word[k:] in generic and (is_place_name(word[:k]) or (k == 1 and word[0] in abbreviations()))
               for k in range(1, len(word) - 1))


def _inside_title(text: str, start: int, end: int) -> bool:
    """Whether [start, end) lies inside the title marks of a work and is not all of it
    (《中国大学|学术演讲录》 names a book)."""
    opening = text.rfind("《", 0, start)
    if opening < 0 or text.rfind("》", 0, start) > opening:
        return False
    closing = text.find("》", end)
    return closing >= 0 and (opening + 1, closing) != (start, end)


_MINISTER = re.compile(r"(副?)部长")
_ACTING = frozenset(word_set("acting_prefixes"))


def ministries(an: Analysis) -> list[Candidate]:
    """外交部长, 芬兰农林部长: a minister's title names the ministry (外交部, 芬兰农林部)
    with 部长 read as 部 + 长.  The field before it is a word of two to four
    characters, and a country's name may precede it."""
    text, tags = an.text, word_tags()
    out = []
    for match in _MINISTER.finditer(text):
        ministry_end = match.start() + 1 + len(match.group(1))  # after 部
        if match.group(1) or text[match.start() - 1:match.start()] == "部":
            continue  # 副部长, 组织部部长: the title follows a ministry written whole
        if len(word_ending(text, ordered_lexicon("titles.txt"), match.end())) > match.end() - match.start():
            continue  # 槟城州|首席部长|曹观友 (xwlb-20231111-05): a longer title that ends in 部长, no ministry
        # the field: the nouns right before 部长 (产业|资源, 农林), six characters at most
        start = match.start()
        for word in reversed(tokenizer().lcut(text[max(0, start - 8):start])):
            if tags.get(word) not in _NOMINAL_TAGS or not _CJK_ONLY.match(word) or match.start() - start + len(word) > 6:
                break
            if is_place_name(word) or word in _ACTING:
                break  # 芬兰|农林: the country is not the field; 代理部长 is an acting minister
            start -= len(word)
        if match.start() - start >= 2:
            before = word_ending(text, world_longest(), start)
            out.append(Candidate(start - len(before), ministry_end, "Agency", "model", 1.0))
    return out


@cache
def _periodical() -> re.Pattern[str]:
    """《纽约时报》: a name in title marks that ends in a periodical's head."""
    heads = "|".join(map(re.escape, periodical_heads()))
    return re.compile(f"《([^《》\\n]{{2,16}}?(?:{heads}))》")


@cache
def _titled_periodical() -> re.Pattern[str]:
    """《求是》杂志, 《时代》周刊: a title in marks and the kind of periodical written after them."""
    kinds = "|".join(map(re.escape, longest_first(word_set("periodical_kinds"))))
    return re.compile(f"《[^《》\\n]{{1,16}}》(?:{kinds})")


def periodicals(an: Analysis) -> list[Candidate]:
    """《纽约时报》, 《人民日报》: a newspaper, magazine or broadcaster named in
    title marks is its publisher, an organisation (the marks are not part of it).  A title
    followed by the kind of periodical (word set periodical_kinds: 杂志, 周刊) is the periodical
    with its marks and kind, and the country written before it (第2期|《求是》杂志|发表, 24 times
    in a year of 新闻联播; 据美国《时代》周刊, 美国《科学》杂志, 《时代潮》杂志: pd-dev)."""
    text = an.text
    out = [Candidate(m.start(1), m.end(1), "Agency", "lexicon", 1.0) for m in _periodical().finditer(text)]
    for m in _titled_periodical().finditer(text):
        country = word_ending(text, world_longest(), m.start())
        out.append(Candidate(m.start() - len(country), m.end(), "Agency", "lexicon", 1.0))
    return out


_CHANNEL = "频道"  # a site's channel, named after the site (人民网贵州频道)
_SITE_ENDINGS = tuple(word_set("site_endings"))
_SITE_CREDITS = tuple(word_set("site_credit_words"))
_SITE_CITATIONS = tuple(word_set("site_citation_words"))
_DASHES = ("-", "—")  # two sites named together (河南新闻网-豫都网)


def news_sites(an: Analysis) -> list[Candidate]:
    """A news site named where a page cites or credits it, a word of the model's that ends in a site's ending (word set
    site_endings: 网) before a word a medium's credit goes on with (word set site_credit_words: 告诉|央广网|记者, 人民网|
    贵州|频道|推出 — the channel its own) or after one a citation opens with (word set site_citation_words: 据|地维招商网|
    了解, 由|河南新闻网-豫都网|提供): local pages of 2012-2020, each annotated a medium; the model reads none of them as an
    organisation (央广网/nz).  A place the model reads right before it opens its name (甘肃/LOC|文化产业网)."""
    text, out = an.text, []
    tokens = an.model_tokens or ()
    for i, token in enumerate(tokens):
        start, end = token.start, token.end
        if end - start < 3 or not text.endswith(_SITE_ENDINGS, start, end):
            continue
        opening = next((word for word in _SITE_CITATIONS if text.startswith(word, start)), "") if token.tag == "p" else ""
        if end - start > len(opening) + 2:
            # 据地维招商网/p: the citation's word the model glued to the name, read as a preposition (not 经济参考网's 经)
            start += len(opening)
        if tokens[i + 1:i + 2] and tokens[i + 1].tag == "LOC" and tokens[i + 1].start == end \
                and text.startswith(_CHANNEL, tokens[i + 1].end):
            end = tokens[i + 1].end  # 人民网|贵州/LOC|频道: the site's channel of a place, named with the site
        after = next((word for word in _SITE_CREDITS if text.startswith(word, end)), None)
        before = text[max(0, start - 1):start] in _SITE_CITATIONS or start != token.start
        if after is None and not before and not (text.startswith(_DASHES, end) or (start and text[start - 1] in _DASHES)):
            continue
        if after == _CHANNEL:
            end += len(after)  # 人民网贵州频道: the site's channel, its own name
        if i and tokens[i - 1].tag == "LOC" and tokens[i - 1].end == start and start == token.start:
            start = tokens[i - 1].start  # 甘肃/LOC|文化产业网/nz
        if _CJK_ONLY.match(text[start:end]):  # (no place of a headline's line before it: 北京|\n央视网)
            out.append(Candidate(start, end, "Agency", "lexicon", 1.0))
    return out


def with_units(an: Analysis, c: Candidate, model_starts: list[int]) -> Candidate:
    """An organisation and the unit named right after it are one name: 亚行|理事会,
    中国共产党|友好代表团, 长治人民医院|宣教科 (the unit's, the outermost)."""
    text = an.text
    if c.type != "Agency" or c.end not in an.boundaries or title_at(text, c.end) is not None:
        return c  # 农林部|长: the name ends inside a word; 县委|书记: a title follows, not a unit
    # 民主党|国会议员: a unit does not end inside a dictionary word (国会议员 is a title);
    # 全国人大|愿同|马来西亚国会: nor does it hold a verb or a name the model read apart
    bracketed = _bracketed_company(an, c.end)
    if bracketed:
        return Candidate(c.start, bracketed, c.type, c.source, c.score)
    limit = _model_break(an, model_starts, c.end, c.end + 10)
    ends = [e for e in org_run(text, c.end, min(len(text), c.end + 10))
            if e <= limit and (e in an.boundaries or an.token_at(e)[2] not in word_tags())]
    if ends and text[c.start:ends[-1]] in word_set("central_bodies_written_together"):
        return c  # 贯彻落实|党中央|国务院|决策部署 (阳信县's page, 2023): two central bodies, the second no unit of the first
    if not ends or text[c.end:ends[-1]] in lexicon("generic_org_heads.txt") or joint_government(text, c.start, c.end, ends[-1]):
        inner = _inner_unit(an, c.end)  # 江苏省委|省政府: the division's government is no unit of its committee
        return Candidate(c.start, inner, c.type, c.source, c.score) if inner else c
    return Candidate(c.start, ends[-1], c.type, c.source, c.score)


def _bracketed_company(an: Analysis, end: int) -> int:
    """Where a company's name ends that runs on past the organisation ending at ``end`` over
    its place or its group in brackets to the company's head (word set company_heads):
    捷安特|（中国）|有限公司 (pd-dev), 中国工商银行|（巴西）|股份有限公司 (xwlb-2023, the Brazilian
    subsidiary, a company of its own), 华润|（集团）|有限公司; 0 if none.  Not 国铁集团|（新闻联播）."""
    text = an.text
    if not text.startswith("（", end):
        return 0
    close = text.find("）", end + 1, end + 9)
    inside = text[end + 1:close]
    if close < 0 or not (is_place_name(inside) or inside in word_set("company_brackets")):
        return 0
    ends = [e for e in org_run(text, close + 1, min(len(text), close + 1 + _MAX_UNIT + 6)) if e in an.boundaries]
    return ends[-1] if ends and text[close + 1:ends[-1]].endswith(word_set("company_heads")) else 0


_UNIT_BREAK_TAGS = pos_tags("unit_breaks")
_PROPER_NOUN_TAGS = pos_tags("dictionary_proper_nouns")
_MAX_UNIT = 6


def _inner_unit(an: Analysis, end: int) -> int:
    """Where a unit inside the organisation ending at ``end`` ends, named right after it by a
    unit head (data/lexicon/unit_heads.txt): 吉林东丰县第五中学|教导处, 长治人民医院|宣教|科
    (pd-dev), 江苏省水利厅|河湖|管理处, 医院|急诊科, 学院|汽车|工程系 (xwlb-2023); 0 if none.
    The unit's words hold no function word, number or pronoun (医院|每个|科), a verb only as
    the one word before a head standing alone (宣教/v|科, not 医院|失去|联系), and its last
    word is no common noun ending in a head's character (体系, 教室: false_unit_heads.txt)."""
    heads, tags = ordered_lexicon("unit_heads.txt"), word_tags()
    verb = False
    for k, (_, stop, word) in enumerate(an.tokens_from(end, 3)):
        if stop - end > _MAX_UNIT or not all(_CJK.match(ch) for ch in word):
            return 0
        if word in lexicon("titles.txt") or word in lexicon("stop_tokens.txt"):
            return 0
        # (a word ending in one: 全椒县公安局|取得联系, a county police's page, 2019, jieba 取得联系/n)
        if word.endswith(heads) and not word.endswith(ordered_lexicon("false_unit_heads.txt")) and (
                tags.get(word, "") not in _PROPER_NOUN_TAGS):  # 新华社|莫斯科|4月28日电: a place
            alone = len(word) == 1
            if stop - end < 3 or (alone and k != 1) or (verb and not alone):
                return 0  # 医院|科: no unit's name; 医院|失去|联系: a verb's object
            return stop
        tag = tags.get(word, "")
        if tag.startswith(_UNIT_BREAK_TAGS) or (tag.startswith("v") and (k > 0 or tag == "v" and len(word) == 1)):
            return 0
        verb = verb or tag.startswith("v")
    return 0


_BREAK_TAGS = pos_tags("model_breaks")


def _model_break(an: Analysis, model_starts: list[int], start: int, end: int) -> int:
    """Where the first word the model read as a verb, a function word or a name of its
    own starts in [start, end), else ``end``."""
    tokens = an.model_tokens or ()
    at = bisect.bisect_left(model_starts, start)
    while at < len(tokens) and tokens[at].start < end:
        token = tokens[at]
        if token.tag in _BREAK_TAGS and (token.tag in _MODEL_NAME_TAGS or an.text[token.start:token.end]
                                         not in org_heads()):  # 汉正街|地税|所/u: 所 is a head
            return token.start
        at += 1
    return end


_LIST_KIND_GAP = 8  # 等|国内著名软件|厂商: the words between 等 and the kind


def a_designated_kind(phrase: str) -> bool:
    """Whether a list's closing kind of organisation is a designation a site or a body holds (word set
    designated_unit_words before the kind: 文保|单位, 先进|单位), no kind of organisation."""
    return phrase.endswith(_designated_kinds())


@cache
def _designated_kinds() -> tuple[str, ...]:
    """Each designation's word before each kind of organisation a list closes with (文保单位, 先进企业), read once."""
    return tuple(word + kind for word in word_set("designated_unit_words") for kind in word_set("organisation_list_kinds"))


def listed_organisations(an: Analysis, candidates: list[Candidate]) -> list[Candidate]:
    """用友/ORG、新天地/LOC、金山/LOC、四通利方|等|国内著名软件|厂商 (pd-dev): in a list that ends in 等
    and a kind of organisation (word set organisation_list_kinds: 企业, 厂商, 银行…) and that holds an
    organisation, the names the model read as places or people are organisations too — unless the
    world list knows them as countries (美国、日本|等|企业 lists the countries' companies)."""
    text = an.text
    if not candidates or "等" not in text:
        return candidates
    kinds = word_set("organisation_list_kinds")
    by_end: dict[int, list[int]] = {}
    for index, c in enumerate(candidates):
        by_end.setdefault(c.end, []).append(index)
    turn: set[int] = set()
    for match in re.finditer("等", text):
        tail = text[match.end():match.end() + _LIST_KIND_GAP + 2]
        kind_at = min((tail.find(k) + len(k) for k in kinds if 0 <= tail.find(k) <= _LIST_KIND_GAP), default=-1)
        if kind_at < 0 or not _CJK_ONLY.match(tail[:kind_at]) or match.end() + kind_at not in an.boundaries:
            continue
        if a_designated_kind(tail[:kind_at]):
            continue  # 米市古街、古戏楼、二郎井|等|文保单位 (泸县's page, 2021): sites a designation names, no organisations
        items, pos, count = [], match.start(), 0
        while True:  # the items back from 等 over 、, a candidate's or not (四通利方/m)
            sep = text.rfind("、", max(0, pos - _LIST_KIND_GAP), pos)
            if sep >= 0 and not _CJK_ONLY.match(text[sep + 1:pos]):
                sep = -1
            here = [k for k in by_end.get(pos, ()) if sep < 0 or candidates[k].start == sep + 1]
            if here:
                items.append(max(here, key=lambda k: candidates[k].end - candidates[k].start))
            count += 1
            if sep < 0:
                break
            pos = sep
        if count < 2 or not any(candidates[k].type == "Agency" for k in items):
            continue
        turn.update(k for k in items if candidates[k].source == "model" and candidates[k].type in ("Place", "Person")
                    and not is_country(text[candidates[k].start:candidates[k].end]))
    return [Candidate(c.start, c.end, "Agency", c.source, c.score) if k in turn else c
            for k, c in enumerate(candidates)]


def quoted_organisations(an: Analysis) -> list[Candidate]:
    """A whole quotation that is a run of words ending in an organisation's head (word set
    quoted_organisation_heads) is its name: 并成立“防汛救灾领导小组”, 俄罗斯成立了“临时非常委员会”
    (pd-dev), 国家高校加入“丝绸之路大学联盟”, 启动成立“总台纪录片制播联盟” (xwlb-2023); the model
    reads none of them.  Not 建设“五个中心” (a count), “权力中心” (中心 is no such head)."""
    text, heads = an.text, longest_first(word_set("quoted_organisation_heads"))
    out = []
    for start, end in an.quotes:
        if not 3 <= end - start <= _MAX_RUN_QUOTED or not text.endswith(heads, start, end):
            continue
        ends = org_run(text, start, end)
        if _CJK_ONLY.match(text[start:end]) and ((ends and ends[-1] == end) or _quoted_name(text[start:end], heads)):
            out.append(Candidate(start, end, "Agency", "lexicon", 1.0))
    return out


def _quoted_name(quoted: str, heads: tuple[str, ...]) -> bool:
    """Whether a quotation that a run of words does not read (it stops at an adverb: 临时|非常/d|委员会) is a
    name all the same: its last word (jieba's) is the head, and no word is a verb, a number, a pronoun or
    a particle (pos tags quoted_name_stops: not “打造|学习型|委员会”)."""
    words, tags = tokenizer().lcut(quoted), word_tags()
    return (len(words) >= 2 and words[-1] in heads
            and not any(tags.get(w, "").startswith(_QUOTED_NAME_STOPS) and tags.get(w, "") != "vn" for w in words))


_QUOTED_NAME_STOPS = tuple(pos_tags("quoted_name_stops"))


_MAX_RUN_QUOTED = 16


_MISSION_HEADS = longest_first(word_set("mission_heads"))
_STATIONED = longest_first(word_set("stationed_words"))
_MISSION_HEAD_AT = re.compile("|".join(map(re.escape, _MISSION_HEADS)))


def missions(an: Analysis, candidates: list[Candidate]) -> list[Candidate]:
    """沙特驻|伊朗大使馆, 伊朗驻|沙特使馆, 中国驻|尼泊尔大使馆, 德国驻|伊斯坦布尔总领事馆 (xwlb-20230409-16,
    -20230606-10, 2023): the model and the world list read the place the mission is in and its head
    (word set mission_heads: 大使馆, 总领事馆, 代表团) as the name, which then names the host's
    embassy; the country written before 驻 (word set stationed_words) sends it, and the name runs
    from that country, over the model's reading of the country.  Without a country before 驻 (阿联酋重新开放|驻|叙利亚大使馆) the name stays as
    read; not a city or a region before it (a mission is a country's)."""
    text = an.text
    out = []
    for c in candidates:
        if c.type == "Agency" and text.endswith(_MISSION_HEADS, c.start, c.end):
            at = c.start if text.startswith(_STATIONED, c.start) else c.start - len(
                next((w for w in _STATIONED if text.endswith(w, 0, c.start)), ""))
            word = next((w for w in _STATIONED if text.startswith(w, at)), None)
            country = word_ending(text, world_longest(), at, default=None) if word else None
            if country is not None and is_country(country) and at - len(country) in an.boundaries and (
                    at + len(word) < c.end):
                # a pattern's reading, as a quotation's: it outranks the model's country inside it
                c = Candidate(at - len(country), c.end, c.type, "lexicon", 1.0)
        elif c.type != "Agency" and (head := _MISSION_HEAD_AT.match(text, c.end)) \
                and (word := next((w for w in _STATIONED if text.endswith(w, 0, c.start)), None)):
            # 日本|驻|济州/LOC|领事馆 (xwlb-20230614-16; 9 such 驻…领事馆 in xwlb-2023): the model reads the place the
            # mission is in and not its head; the country that sends it names the mission, over the place
            at = c.start - len(word)
            country = word_ending(text, world_longest(), at, default=None)
            if country is not None and is_country(country) and at - len(country) in an.boundaries:
                out.append(Candidate(at - len(country), head.end(), "Agency", "lexicon", 1.0))
        out.append(c)
    return out


_TEAM_WORDS = longest_first(word_set("team_words"))
_LIST_JOINERS = ("、", "和", "与")
# a tournament's group before the teams drawn in it: e组的|美国、俄罗斯 (pd-dev), A组：
_GROUP = re.compile(r"[A-Za-zＡ-Ｚａ-ｚ]组(?:的|：|:)$")


def listed_teams(an: Analysis, candidates: list[Candidate]) -> list[Candidate]:
    """在对中国、丹麦、韩国、马来西亚|等强队|时, 美国和俄罗斯|队|各具特色, 八强已经产生：e组的|美国、俄罗斯、
    立陶宛、西班牙 (pd-dev, sports news): countries listed (、 和 与) before a team's word (word set
    team_words: 等强队, 队) that follows the last of them, or before a country's team written whole
    (俄罗斯队), or after a tournament's group (e组的), are the countries' teams, organisations.  A
    list needs two countries at least (中国|队 alone is one name,
    :func:`kgraph.extraction.repair.country_organisation`), and the team's word must end a word
    (not 中国和美国|队员)."""
    text = an.text
    places = {(c.start, c.end) for c in candidates if c.type == "Place" and is_country(text[c.start:c.end])}
    if not places:
        return candidates
    by_start = dict(places)
    by_end = {e: s for s, e in places}
    # a country's team written whole (俄罗斯队: an organisation already) may end the list
    whole = {c.start for c in candidates if c.type == "Agency" and text.endswith("队", c.start, c.end)
             and is_country(text[c.start:c.end - 1])}
    teams: set[tuple[int, int]] = set()
    for start, end in sorted(places):
        if text[start - 1:start] in _LIST_JOINERS and start - 1 in by_end:
            continue  # not the first of its list
        items = [(start, end)]
        while text[items[-1][1]:items[-1][1] + 1] in _LIST_JOINERS and items[-1][1] + 1 in by_start:
            items.append((items[-1][1] + 1, by_start[items[-1][1] + 1]))
        after = items[-1][1]
        team = next((w for w in _TEAM_WORDS if text.startswith(w, after)), None)
        if text[after:after + 1] in _LIST_JOINERS and after + 1 in whole:
            teams.update(items)  # 美国和|俄罗斯队
        elif team is not None and after + len(team) in an.boundaries and len(items) >= 2:
            # 中国、丹麦、韩国、马来西亚|等强队; 美国和俄罗斯|队 (the last is its team with 队: the longer
            # name, 俄罗斯队, is proposed already); not 中国和美国|队员 (队 starts a word)
            teams.update(items[:-1] if team == "队" else items)
        elif len(items) >= 2 and _GROUP.search(text, max(0, start - 4), start):
            teams.update(items)  # e组的|美国、俄罗斯、立陶宛、西班牙
    if not teams:
        return candidates
    # source "team": the linker names each the country's team (美国 -> 美国队), not the state
    return [Candidate(c.start, c.end, "Agency", "team", 1.0) if (c.start, c.end) in teams else c
            for c in candidates]


_FIELD_JOINERS = frozenset(word_set("field_joiners"))
_MAX_FIELDS = 14  # characters after the country: 环境、食品与农村事务部 is 10


def joined_fields(an: Analysis) -> list[Candidate]:
    """美国|卫生|与|公众|服务部|部长|贝塞拉, 英国|环境|、|食品|与|农村|事务部, 埃及|农业|和|土地|开发部 (xwlb-2023,
    pd-dev): a country's ministry or agency whose fields are joined by 和, 与, 及 or 、 (word set
    field_joiners); the model reads none of them (美国/LOC|卫生/n|与/c|…), and a run of words stops at a
    conjunction.  After a country of the world list, the dictionary's nouns joined so, the last
    ending in an organisation's head (:func:`_a_head`: 服务部, 事务部), make the name; no noun is a
    place (美国和|英国政府: two bodies) or a title, and 和, 与 or 及 stands between them (美国|财政部 is
    read otherwise; 民族领袖|、|人民委员会 is a list).  The word with the head after a conjunction ends the
    name whatever the dictionary's tag of it: 印度|国防|研究|与|发展局/l (CLUENER train)."""
    text, out = an.text, []
    for start, end, name in world_finder()(text):
        if not is_country(name) or start not in an.boundaries or end not in an.boundaries:
            continue
        joiners, expect_field = "", True
        for _, stop, word in an.tokens_from(end, 12):
            if stop - end > _MAX_FIELDS:
                break
            if word in _FIELD_JOINERS and not expect_field:
                joiners, expect_field = joiners + word, True
                continue
            if not (_field(word) or (joiners and _a_head(word) and _CJK_ONLY.match(word)
                                     and word_tags().get(word, "") not in _BODY_WORD_TAGS)):
                # but a head the dictionary tags otherwise ends the name (国防|研究|与|发展局/l), unless it is a
                # body's whole name (中国|妇女|和|妇联/j: two, xwlb-20231023-01)
                break
            if _a_head(word):
                if joiners.strip("、"):  # 卫生|与|公众|服务部; not 民族领袖|、|人民委员会 (a list of two)
                    out.append(Candidate(start, stop, "Agency", "model", 1.0))
                break  # 国防部|和|财政部: a head ends a name, the next is another body's
            expect_field = False
    return out


_FIELD_TAGS = frozenset(("n", "vn", "an", "nt"))
_BODY_WORD_TAGS = pos_tags("body_word")


def _field(word: str) -> bool:
    """A common noun of the dictionary (环境, 农村, 服务部), no place (美国和|英国政府) nor title."""
    return (word_tags().get(word, "") in _FIELD_TAGS and bool(_CJK_ONLY.match(word)) and word not in world_rows()
            and word not in lexicon("titles.txt"))


_COMPANY_HEADS = longest_first(word_set("company_heads"))


def _a_head(word: str) -> bool:
    """A word that ends in an organisation's head (服务部, 事务部), not a common noun so written (部队,
    政党: false_org_heads.txt), a kind alone (政府: generic_org_heads.txt) or a company's (a company
    has a brand, not fields: 中国航空业|与|空中客车公司 are two things)."""
    return (word.endswith(org_heads()) and word not in lexicon("generic_org_heads.txt")
            and not word.endswith(false_org_heads()) and not word.endswith(_COMPANY_HEADS))

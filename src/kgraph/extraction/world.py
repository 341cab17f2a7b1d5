"""Foreign things placed, and one entity per country.

The world list (``data/world/countries.tsv``, made by ``scripts/build_world.py`` from ISO 3166
and the Unicode CLDR) gives each country's names, its first-level regions and its cities, and
for every row the country's one name.  From it:

- :func:`country_key`: the one key of whatever a place's name or a state's name names
  (俄罗斯, 俄国, 俄 written alone, 俄方 -> ``place:俄罗斯``; the agency 伊朗 a post is held in
  -> ``place:伊朗``).  The resolver keys every mention with it, so a country is one entity,
  the place and the state at once (see :mod:`kgraph.extraction.resolve`).
- :func:`find_world`, a pipeline stage: a foreign city or region is ``locatedIn`` its country
  (得克萨斯州 in 美国, 伦敦 in 英国), and so is an agency whose name starts with a country
  (伊朗|外交部, 英国|国家统计局, 俄|外交部 in 伊朗, 英国, 俄罗斯; 中国|外交部, 中国红十字会 in
  中华人民共和国, unless a stage placed it in a division); one whose name starts with a
  foreign city or region is in that place (东京|电力公司 in 东京); a number of places read as a place
  (中亚|五国, 美国|多州) is none; a country or a region of the world lies in the region of the UN's
  M49 scheme the article names it with (越南 in 东南亚, 东南亚 in 亚洲: ``data/world/regions.tsv``,
  made from the CLDR's territory containment).  The country need not be
  written in the article: it is added as a mention without a span, as the posts stage adds the
  organisation a title implies.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import NamedTuple

from ..errors import DataError
from ..gazetteer import gazetteer
from ..model import Key, Mention
from ..resources import data_table, data_words, lexicon, ordered_lexicon, pos_tags, tokenizer, word_set, word_tags
from .analysis import Analysis, stage

__all__ = ["WorldName", "listed_names", "world_names", "country_abbreviations", "country_key", "dash_joined_start",
           "foreign_name",
           "foreign_country_first", "home_country", "is_country", "names_country", "one_character_reading", "find_world",
           "world_regions"]

_HOME = "CN"  # China: its places lie in its divisions (other stages), its national bodies in it


class WorldName(NamedTuple):
    kind: str  # country, region, city
    code: str  # ISO 3166 (RU, RU-NIZ) or the IANA zone of a city (Europe/London)
    country: str  # the country's one name (俄罗斯 for 俄国 and for 下诺夫哥罗德州)


@cache
def listed_names() -> dict[str, WorldName]:
    """Every name of the world list, with a region's name also without its kind word
    (卢甘斯克州 is written 卢甘斯克 as often; data/lexicon/word_sets.tsv region_kinds): the
    names recognition looks for (kgraph.extraction.lexicons.world_names)."""
    names: dict[str, WorldName] = {}
    kinds = word_set("region_kinds")
    for name, kind, code, country in data_table("world", "countries.tsv"):
        names[name] = WorldName(kind, code, country)
    short: dict[str, list[WorldName]] = {}
    for name, row in names.items():
        kind_word = next((k for k in kinds if name.endswith(k)), None)
        if row.kind == "region" and kind_word and len(name) - len(kind_word) >= 3:
            short.setdefault(name[:-len(kind_word)], []).append(row)
    for name, rows in short.items():
        # 马里兰 is 马里兰州 of the US and 马里兰县 of Liberia: a short form of several countries' regions names none
        if len({row.country for row in rows}) == 1:
            names.setdefault(name, rows[0])
    return names


def is_country(name: str) -> bool:
    """Whether the world list reads ``name`` as a country's name (美国, 阿曼), not a region's or a city's."""
    row = world_names().get(name)
    return row is not None and row.kind == "country"


@cache
def world_names() -> dict[str, WorldName]:
    """The listed names, and a city's also with 市 (xwlb-2023: 纽约市, 洛杉矶市, 首尔市 as
    often as 纽约, 洛杉矶, 首尔): the names a recognised place or agency is placed by."""
    names = dict(listed_names())
    for name, row in listed_names().items():
        if row.kind == "city" and not name.endswith("市"):
            names.setdefault(name + "市", row)
    return names


_WHERE = ("alone", "title", "place", "division", "context")  # see data/world/abbreviations.tsv


@cache
def _abbreviations() -> tuple[tuple[str, str, str], ...]:
    """(abbreviation, name, where) of data/world/abbreviations.tsv."""
    out = []
    for abbreviation, name, where in data_table("world", "abbreviations.tsv"):
        if where not in _WHERE or len(abbreviation) != 1:
            raise DataError(f"data/world/abbreviations.tsv: {abbreviation} {name} {where}: one character, "
                            f"then {', '.join(_WHERE)}")
        out.append((abbreviation, name, where))
    return tuple(out)


@cache
def country_abbreviations() -> dict[str, str]:
    """A country's one-character abbreviation -> the country's name, as read right before a
    title (俄|总统 -> 俄罗斯; 澳|总理 -> 澳大利亚): the countries of abbreviations.tsv."""
    names = world_names()
    return {abbreviation: name for abbreviation, name, where in _abbreviations()
            if where in ("alone", "title") and name in names and names[name].kind == "country"}


@cache
def _places_alone() -> dict[str, str]:
    """A character that names a country or a continent wherever it is read as a place
    (俄 in 俄乌冲突, 中 in 中美) -> that place's one name."""
    names = world_names()
    return {abbreviation: names[name].country if name in names else name
            for abbreviation, name, where in _abbreviations() if where in ("alone", "place")}


def _country_named(name: str) -> str | None:
    """The one name of the country (or continent) a place's name names: 俄国 -> 俄罗斯,
    乌 -> 乌克兰, 美方 -> 美国; None for another name."""
    row = world_names().get(name)
    if row is not None:
        return row.country if row.kind == "country" else None
    alone = _places_alone().get(name)
    if alone is not None:
        return alone
    side = next((s for s in data_words("world", "sides.txt") if name.endswith(s) and len(name) > len(s)), None)
    return _country_named(name[:-len(side)]) if side else None


def names_country(label: str) -> bool:
    """Whether a place's name names a country or a continent (俄罗斯, 俄国, 俄, 美方, 欧洲)."""
    return _country_named(label) is not None


def foreign_name(label: str) -> WorldName | None:
    """The world list's row of a foreign country, region or city of that name (俄罗斯, 俄,
    夏威夷州, 伦敦), which a place written right after it lies in; None for China's own names
    (a Chinese place lies in a division) and for any other name."""
    row = world_names().get(label)
    if row is None:
        country = _places_alone().get(label)
        row = world_names().get(country) if country else None
    if row is None or row.country in _home_names() or any(name in gazetteer().all_names for name in (label, row.country)):
        # 中国; 上海 (a city of CLDR's); 香港 (a territory of ISO 3166 and a Chinese division);
        # 河南省 (a province of Viet Nam's too)
        return None
    return row


def country_key(key: Key) -> Key | None:
    """The key of the one entity a country's mention names, when it is not ``key`` itself:
    a place named by another of the country's names (俄国, 俄, 俄方 -> ``place:俄罗斯``), the
    state a post is held in (the agency 伊朗 of 伊朗|总统 -> ``place:伊朗``: a country is one
    node, its territory and its state), or an agency named with the country's abbreviation
    (俄|外交部 -> ``agency:俄罗斯外交部``).  None for any other key."""
    if key.kind == "place":
        country = _country_named(key.name)
    elif key.kind == "agency":
        row = world_names().get(key.name)
        country = row.country if row is not None and row.kind == "country" else None
        owner = _owner(key.name) if country is None else None
        if owner is not None and owner.whole != key.name:
            return Key("agency", owner.whole)  # 俄外交部 is 俄罗斯外交部
    else:
        return None
    if country is None or (key.kind == "place" and country == key.name):
        return None
    return Key("place", country)


def dash_joined_start(text: str, start: int) -> int | None:
    """Where a name begins that a country opens, joined by one dash to the name read from ``start`` on: 第20届|
    中国|—|东盟博览会, 位于|南宁|的|中国|—|东盟信息港股份有限公司 (xwlb-2023: a year's extraction cut 52 names of bodies and
    expos so, 中国—东盟…, 中国—中东欧…, 巴林-卡塔尔…); None where no country and one dash come right before it (not
    a dash of two, 新征程|——|习近平…, which sets what follows beside what precedes)."""
    if start < 3 or text[start - 1] not in _JOINING_DASHES or text[start - 2] in _JOINING_DASHES:
        return None
    for size in range(min(_LONGEST_COUNTRY, start - 1), 1, -1):
        if is_country(text[start - 1 - size:start - 1]):
            return start - 1 - size
    return None


# one dash that joins two names into one (中国—东盟, 中国－中亚, 中国-东盟), and the most characters of a country's name
_JOINING_DASHES = "—－-–"
_LONGEST_COUNTRY = 8


def foreign_country_first(label: str) -> str | None:
    """The foreign country's name an organisation's label opens with, as written (越南共产党中央政治局 ->
    越南, 朝鲜劳动党 -> 朝鲜), or None (中共中央政治局, 中国共产党: China's)."""
    return next((label[:size] for size in range(min(_LONGEST_COUNTRY, len(label) - 1), 1, -1)
                 if is_country(label[:size]) and label[:size] not in _home_names()), None)


def home_country() -> str:
    """China's one name (中华人民共和国): the place its national bodies and programs are in."""
    return min(_home_countries())


def _china_off_a_local_papers_page(an: Analysis) -> None:
    """A local paper's or site's page (one at home in a region: its masthead, its source, the user's --region
    or the divisions it names say where) writes 中国 as a word of its stories' (中国传统文化, 新中国, 法治中国建设: a community's, a
    county's, a procuratorate's pages, 2021-2024), not as a place it reports on: China is no place of its
    graph (GUIDELINES: a place is a named site or a foreign country; the pages' annotators list none), and
    what a stage read of China there goes with it.  A national medium's story keeps it, and so does a
    text at home nowhere (a sentence of People's Daily naming no division: 中国 is LOC there)."""
    if not local_page(an):
        return
    home = Key("place", home_country())
    an.forget({m.key for m in an.mentions if m.type == "Place" and (m.key == home or country_key(m.key) == home)})


def national_story(an: Analysis) -> bool:
    """Whether the article is published by a national medium (data/world/national_media.txt: 新闻联播,
    人民日报), whose stories are the nation's: China is where its central bodies and national programs
    are, named or not.  A local page's graph holds China only where the page writes it."""
    return (an.doc.publication or "") in data_words("world", "national_media.txt") \
        or _national_dateline().search(an.text, 0, _DATELINE_REACH) is not None


_DATELINE_REACH = 200  # a dateline opens the story's first paragraph, under its headline


def local_page(an: Analysis) -> bool:
    """Whether the article is a local page's: at home in a region (its masthead, its source, the user's --region or
    the divisions it names say where) and no national medium's story (:func:`national_story`)."""
    return an.region.node is not None and not national_story(an)


@cache
def _national_dateline() -> re.Pattern[str]:
    """A national medium's dateline opening a paragraph (央视网消息（新闻联播）：, 新华社北京5月12日电: the transcripts and
    wires a user pastes without their record's ``source``)."""
    media = "|".join(map(re.escape, data_words("world", "national_media.txt")))
    # (its day and 电, or 消息 or 讯 before its credits or the story: not 人民日报社|与…签约, 新华社记者|走进…, 人民日报
    # 通讯员|张三, which name a medium in a sentence)
    return re.compile(rf"(?:^|\n)\s*(?:{media})[^\n，。]{{0,8}}?(?:\d{{1,2}}月\d{{1,2}}日电|消息(?=[（(：:])|讯(?=[\s（(【：:]))")


@cache
def _home_countries() -> frozenset[str]:
    """China's one name (中华人民共和国)."""
    return frozenset(world_names()[name].country for name in _home_names())


@cache
def _home_names() -> frozenset[str]:
    return frozenset(name for name, row in world_names().items() if row.kind == "country" and row.code == _HOME)


class _Owner(NamedTuple):
    country: str  # the country's one name
    whole: str  # the name with the country written out (俄外交部 -> 俄罗斯外交部)


@cache
def _owner(label: str) -> _Owner | None:
    """The country an agency's name starts with, when the rest names an organisation of
    it: 伊朗|外交部 -> 伊朗, 俄|外交部 -> 俄罗斯.  Not a country's mission abroad (俄罗斯驻美使馆,
    伊朗大使馆: data/world/abroad.txt), not a name holding China's elsewhere than first
    (南非人民衷心感谢中国人民政府 is no body of South Africa; China's own: :func:`_home_owner`), not a country's
    people (巴勒斯坦|人…; 朝鲜|人民军 is an organisation).  After an abbreviation, the rest starts
    with a word of an organisation (data/world/abbreviated_agency_tags.txt) that is no other
    country's (俄|联邦安全局, 美|联储; not 伊斯兰教, 英特尔, 英法联军)."""
    names = world_names()
    if "驻" in label or label in names or label.endswith(data_words("world", "abroad.txt")):  # 伊朗 itself: keyed as the country
        return None
    home = _home_owner(label)
    if home is not None or any(name in label for name in _home_names()):
        return home
    national = _national_owner(label)
    if national is not None:
        return national
    abbreviated = _abbreviated_owner(label)
    if abbreviated is not None:
        return abbreviated
    for size in range(len(label) - 1, 1, -1):
        row = names.get(label[:size])
        if row is not None and row.kind == "country":
            rest = label[size:]
            if rest.startswith("人") and not rest.startswith("人民") or len(rest) < 2 and not _organisation(rest):
                return None  # 巴勒斯坦|人…; 日本|队 is a team of Japan's
            return _Owner(row.country, label)
    return None


def _home_owner(label: str) -> _Owner | None:
    """China, for a national body named with the country first and an organisation's name
    after it (xwlb-2023: 中国|救援队, 中国|汽车|工业协会, 中华人民共和国|全国人民代表大会; and the bodies
    jieba knows whole, nt: 中国外交部, 中国红十字会, 中国队), as a foreign body is its country's.
    Not a phrase that starts with the country (中国式|现代化: the first word is longer and no
    body's; 中国|特色|…: data/world/home_phrases.txt), nor a rest with a word of no name
    (data/world/home_rest_tags.txt: 中国|上|大学, 中国|党|和|人民政府, 中国|愿同|联合国教科文组织, 中国|
    援毛|医疗队 works abroad), ending in a word that only looks like a body's head (中国经济|开局,
    中国大陆|深部: data/lexicon/false_org_heads.txt) or naming a division or another country
    (中国|香港特区|救援队 is Hong Kong's, 中国|美国商会 America's)."""
    words = tokenizer().lcut(label)
    home = next((name for name in _home_names() if words[0].startswith(name)), None)
    tags = word_tags()
    if home is None or not (words[0] == home or tags.get(words[0]) == "nt"):
        return None
    if len(words) == 1 and words[0] != home:
        return _Owner(world_names()[home].country, label)  # 中国共产党, 中国女排: the dictionary's body
    rest = label[len(home):]
    later = tokenizer().lcut(rest) if words[0] != home else words[1:]
    if not rest or later[0] in data_words("world", "home_phrases.txt"):
        return None
    if len(later) == 1 and len(rest) > 1 and rest not in data_words("world", "home_pairs.txt") and (
            tags.get(rest) in ("j", "nz") or _noun_unknown(rest)):
        return _Owner(world_names()[home].country, label)  # 中国|一汽, 中国|华能, 中国|航发: an enterprise's short name
    if not _organisation(rest) \
            or later[-1] in lexicon("false_org_heads.txt") \
            or not all(_home_rest_word(later, at) for at in range(len(later))) \
            or any(_names_a_division_or_country(word) for word in later):
        return None
    return _Owner(world_names()[home].country, label)


def _home_rest_word(words: list[str], at: int) -> bool:
    """Whether the word at ``at`` of the rest of a name after China's may be a word of a national body's
    name: one of a name's parts of speech (data/world/home_rest_tags.txt), or a verb, a place word or a
    distinguishing word (data/world/home_inner_tags.txt) or a word jieba does not know that opens with a
    noun's character, each before a common noun that goes on with the name (xwlb-2023: 中国|出版|集团,
    中国|海上|搜救|中心, 中国|新一届|政府, 中国|平煤|神马|集团, 中国|电科|集团).  Not a verb before a body's
    whole name (中国|支持|世界卫生组织: nt), nor an unknown word opening with a verb's or a preposition's
    character (中国|援毛|医疗队, 中国|驻多国|大使馆, 中国|同海合会)."""
    tags = word_tags()
    word = words[at]
    tag = tags.get(word)
    if tag in _home_rest_tags():
        return True
    after = tags.get(words[at + 1]) if at + 1 < len(words) else None
    if after not in data_words("world", "home_compound_tags.txt") + data_words("world", "home_inner_tags.txt"):
        return False  # the word after is checked in its turn: 中国|海上|搜救|中心
    if tag == "f":  # 中国|南方|航空|集团: a direction's word, not a locality's character (中国|上|大学)
        return len(word) > 1
    return _noun_unknown(word) if tag is None else tag in data_words("world", "home_inner_tags.txt")


def _noun_unknown(word: str) -> bool:
    """A word jieba does not know that opens with a noun's character (航发, 平煤, 电科): a name's part, not
    a verb's or a preposition's phrase (援毛, 驻多国, 同海合会)."""
    return len(word) > 1 and word not in word_tags() and (word_tags().get(word[0]) or "").startswith("n")


def _names_a_division_or_country(word: str) -> bool:
    """Whether a word starts with a division's or a country's name (中国|香港特区|救援队 is Hong Kong's,
    中国|美国商会 America's); a place of no division's name is a name's part (中国|长江三峡|集团)."""
    return any(word[:size] in gazetteer().all_names or word[:size] in world_names() for size in range(2, len(word) + 1))


def _national_owner(label: str) -> _Owner | None:
    """China, for a body whose name says it is the nation's, 中央 or 国家 first (data/world/
    national_openers.txt) and an organisation's head last: 中央|气象台, 国家|电影局, 中央|文献|出版社,
    国家|信息中心 (xwlb-2023: 91, 10, 12 and 8 mentions, none placed), as 中国|救援队 is China's.  Not
    a kind every country has (中央银行, 国家队, 国家|电视台: data/world/every_nations_bodies.txt), a rest of
    one character, a rest naming a division or a country (国家电网|新疆|阜康 is the grid's branch there) or a
    phrase (中央广播电视总台|跨年|晚会 ends in no head: 会 is the event's).  A head of one character the
    dictionary reads alone as a verb or a bound morpheme is a head all the same (国家|标准|委, 国家|禁毒|办,
    中央|编办: xwlb-2023), and a rest of two characters names a body when it ends in one (国家|民委, 中央|编委);
    a place word of the dictionary that names no division is the body's field (国家|外国|专家局, 中央|农村|
    工作|领导小组)."""
    opener = next((o for o in data_words("world", "national_openers.txt") if label.startswith(o)), None)
    if opener is None or label in data_words("world", "every_nations_bodies.txt"):
        return None
    rest = label[len(opener):]
    words = tokenizer().lcut(rest)
    heads = ordered_lexicon("org_suffixes.txt")
    one_character_head = max((len(h) for h in heads if rest.endswith(h)), default=0) == 1
    if len(rest) < (2 if one_character_head else 3) \
            or not (word_tags().get(label) == "nt" or words[-1].endswith(heads)
                    and (one_character_head or word_tags().get(words[-1], "n").startswith("n"))) \
            or any(_names_a_division_or_country(word) for word in words):
        return None
    return _Owner(home_country(), label)


def _abroad_in_sentence(an: Analysis, mention: Mention) -> bool:
    """Whether a foreign country, or a body of one, is named in the sentence before ``mention``: a body
    named as the nation's after it (北京同|老挝人民革命党|中央政治局委员、…、|国家监察总署|署长, 以色列|新任|
    国家安全部|部长, xwlb-2023) is that country's, not China's."""
    start = an.sentence(mention.start)[0]
    return any(start <= m.start and m.end <= mention.start and (
        (m.type == "Place" and (row := foreign_name(m.label)) is not None and row.kind == "country"
         and row.country not in _home_countries())
        or (m.type == "Agency" and foreign_country_first(m.label) is not None)) for m in an.mentions)


def _names_a_place(word: str) -> bool:
    """Whether a word is a place's (jieba: ns) or starts with a division's or a country's name
    (香港特区, 美国商会)."""
    return word_tags().get(word) == "ns" or any(word[:size] in gazetteer().all_names or word[:size] in world_names()
                                                 for size in range(2, len(word) + 1))


@cache
def _home_rest_tags() -> frozenset[str]:
    return frozenset(data_words("world", "home_rest_tags.txt"))


def _organisation(rest: str) -> bool:
    """Whether the rest of a name after a country's is an organisation's head (data/lexicon/
    org_suffixes.txt: 日本|队, xwlb-20230702-09), not another word (日本|人)."""
    return rest.endswith(ordered_lexicon("org_suffixes.txt"))


def _first_word(text: str) -> str:
    return tokenizer().lcut(text)[0] if text else ""


# the characters a division's name written whole ends with, its level's (data/lexicon/word_sets.tsv)
_DIVISION_LEVELS = frozenset(word_set("division_level_characters"))


def _abbreviated_owner(label: str) -> _Owner | None:
    """俄|外交部, 美|国务院 (written 美国务院: 务院 is no word after 美国), 美|联储; a country's armed forces
    or side and their bodies (data/world/abbreviated_forces.txt: 美军|中央司令部, 俄军, 乌方|决策中心: the
    segmenter reads 美军, 乌方 as one word)."""
    abbreviations = country_abbreviations()
    country = abbreviations.get(label[:1])
    if country is None:
        return None
    if label.startswith(country) and _first_word(label[len(country):]) in word_tags():
        return None  # 伊朗|外交部, 日本|队: the country's name, written out
    if any(label[size - 1] in _DIVISION_LEVELS and gazetteer().names_a_county_or_above(label[:size])
           for size in range(2, min(len(label), 4) + 1)):
        # 沙县|县委统战部 (a county's page, 沙县 before its rename): a division's name written whole with its level, the
        # county's body, not 沙特's (沙|县委); but 乌|海军 (xwlb-2023) is Ukraine's navy, 乌海 no division written whole
        return None
    if label[1:2] in data_words("world", "abbreviated_forces.txt") and (
            len(label) == 2 or _organisation(label) and not _names_a_division_or_country(label[2:])):
        return _Owner(world_names()[country].country, label)  # 美军|中央司令部, 俄军, 乌方|海军陆战队
    words = tokenizer().lcut(label)
    if not (words[0] == label[:1] or words == [label]):
        return None  # 伊斯兰教, 加沙地带: the character starts another word
    first = _first_word(label[1:])
    tag = word_tags().get(first)
    if len(first) < 2 or tag not in data_words("world", "abbreviated_agency_tags.txt") or first[0] in abbreviations:
        return None
    # 美联储, 俄新社: an abbreviated word (j) is the body's own name, not the country's written short
    whole = label if tag == "j" else country + label[1:]
    return _Owner(world_names()[country].country, whole)


def _distinct(name: str, row: WorldName) -> bool:
    """Whether a foreign place's name says by itself which it is: a region's written with its
    kind (得克萨斯州, 下诺夫哥罗德州).  A city's name, or a region's without its kind, is often
    another place's or a person's too (圣保罗 is a parish of Antigua and the city of Brazil,
    汉诺威 a parish of Jamaica and the city of Germany, 罗德里格斯 an island of Mauritius and
    Cuba's foreign minister, 多米尼加 Dominica's capital and the Dominican Republic)."""
    return row.kind == "region" and name.endswith(word_set("region_kinds"))


def _foreign_place(name: str, named: set[str]) -> WorldName | None:
    """The world list's foreign city or region of that name, when it is sure which: a region
    named with its kind, or one whose country the article names (``named``); never a Chinese
    division's name (河南省 is a province of Viet Nam too)."""
    row = world_names().get(name)
    if row is None or row.kind not in ("region", "city") or name in gazetteer().all_names:
        return None
    return row if row.country in named or _distinct(name, row) else None


def _place_starting(label: str, named: set[str]) -> str | None:
    """The foreign city or region an agency's name starts with, the longest (东京|电力公司,
    伊斯坦布尔|总领事馆 - a consulate in Istanbul -, 俄亥俄州|自然资源部), when the rest is a name
    of two characters or more and the label is no place's name itself (阿尔巴尼亚, not 阿尔巴)."""
    if label in world_names():
        return None
    for size in range(len(label) - 2, 1, -1):
        if _foreign_place(label[:size], named) is not None:
            return label[:size]
    return None


@cache
def _candidates() -> dict[str, tuple[tuple[str, str], ...]]:
    """A character with several readings as a place alone -> its (where, name) rows:
    a province's (division) and the countries it may be (title, context)."""
    out: dict[str, list[tuple[str, str]]] = {}
    for abbreviation, name, where in _abbreviations():
        if where in ("division", "context", "title"):
            out.setdefault(abbreviation, []).append((where, name))
    return {abbreviation: tuple(rows) for abbreviation, rows in out.items() if abbreviation not in _places_alone()}


def _province_alone(character: str) -> bool:
    rows = _candidates().get(character, ())
    return [where for where, _ in rows] == ["division"]


def _country_alone(character: str) -> bool:
    return character in _places_alone()


def one_character_reading(character: str, neighbours: str, text: str) -> tuple[str, str] | None:
    """What a one-character place that is no country by itself names (data/world/
    abbreviations.tsv): ("division", the province's name) or ("place", the country's one
    name), or None when nothing says which.

    - a province's character with no other reading: 京, 津, 冀, 粤 (京|津|冀协同发展);
    - one of several: the province when a one-character province is written next to it
      (粤|港|澳 -> 澳门, 晋|蒙 -> 内蒙古), the country when a country's character is (中|澳 ->
      澳大利亚, 中|吉|乌|铁路 -> 吉尔吉斯斯坦) and the character is one country's only, else the one
      candidate whose name the article writes (中|巴|经济走廊 in a story naming 巴基斯坦);
    ``neighbours``: the one-character places written right before and after it."""
    rows = _candidates().get(character)
    if not rows:
        return None
    if len(rows) == 1 and rows[0][0] == "division":
        return rows[0]
    divisions = [("division", name) for where, name in rows if where == "division"]
    countries = [("place", world_names()[name].country) for where, name in rows
                 if where != "division" and name in world_names()]
    if divisions and any(_province_alone(ch) for ch in neighbours):
        return divisions[0]
    if len(countries) == 1 and any(_country_alone(ch) for ch in neighbours):
        return countries[0]
    written = [(kind, name) for kind, name in divisions + countries if _written_in(name, kind, text)]
    return written[0] if len(written) == 1 else None


def _written_in(name: str, kind: str, text: str) -> bool:
    """Whether the article writes the candidate's name (a province's without its kind:
    澳门 for 澳门特别行政区, 内蒙古 for 内蒙古自治区)."""
    if kind == "division":
        node = gazetteer().lookup(name)[0]
        short = next((name[:k] for k in range(2, len(name)) if node in gazetteer().lookup(name[:k])), name)
        return short in text
    return any(other in text for other, row in world_names().items() if row.country == name and len(other) > 1)


def _going_to_a_province(text: str, at: int, word: tuple[int, int, str] | None) -> bool:
    """Whether the province's character at ``at`` ends a word of two of the segmenter's that a verb of coming,
    going or staying opens (word set province_visit_verbs: 离|京, 来|京, 赴|湘)."""
    return word is not None and word[1] - word[0] == 2 and word[1] == at + 1 \
        and text[word[0]] in word_set("province_visit_verbs")


def _read_one_character_places(an: Analysis) -> None:
    """A one-character place that is no country by itself (京, 澳, 巴) becomes the province or
    country it names in its context, and stays as written when nothing says which: 京 in 京津冀
    is the division 北京市, 澳 in 粤港澳 澳门 and in 中澳 Australia (a junk node of its own
    otherwise, xwlb-2023: 京 357 mentions, 澳 145, 巴 98)."""
    singles = {m.start: m for m in an.mentions if m.type == "Place" and m.end - m.start == 1}
    sides = {m.start: m for m in an.mentions if m.type == "Place" and m.end - m.start == 2
             and m.label[1:] in data_words("world", "sides.txt") and m.label[:1] in _candidates()}
    if not singles and not sides:
        return
    kept: list[Mention] = []
    moved: dict[Key, Key] = {}
    gone: set[Key] = set()
    for m in an.mentions:
        if sides.get(m.start) is m:
            # 巴方 (xwlb-20230105-02 夏巴兹…希望巴方继续全力保障中方在巴人员): the side of the country the
            # character names in the story, as 俄方 is 俄罗斯's (a province has no side)
            reading = one_character_reading(m.label[:1], "", an.text)
            if reading is not None and reading[0] == "place":
                new = Mention.make("Place", m.document, m.start, m.end, m.text, reading[1], Key("place", reading[1]))
                moved[m.key] = new.key
                m = new
            kept.append(m)
            continue
        single = singles.get(m.start)
        if single is not m or m.label != m.text or m.label in _places_alone():
            kept.append(m)
            continue
        neighbours = "".join(n.label for n in (singles.get(m.start - 1), singles.get(m.end)) if n is not None)
        reading = (one_character_reading(m.label, neighbours, an.text) if m.label in _candidates() else None) or \
            _beside_home(m.label, neighbours, an.text)
        word = an.token_at(m.start)
        if (reading is None or (reading[0] == "division" and not _going_to_a_province(an.text, m.start, word))) \
                and not neighbours and word is not None and word[1] - word[0] > 1:
            # (楚|南湘|水长流, a county's page, 2024: 湘 of the segmenter's 南湘, no 湖南省; but 离京, 来京 are 北京市's,
            # pd-dev-00803, -02126)
            # 体验|蒙/LOC|内铁路 (jieba: 蒙内), 运营好|比/LOC|雷埃夫斯港 (jieba: 好比): a character no neighbour or
            # name of the story reads, cut out of a word of the segmenter's, is a piece of a word, no place
            # (xwlb-2023: 蒙, 比, 巴 of 哥打巴鲁 as places of their own); 罗|政府 alone stays as written
            gone.add(m.key)
            continue
        if reading is None:
            # 印|巴 in a story naming neither 巴基斯坦 nor 巴西: no place is sure, but it is a
            # place as written (the People's Daily NER set marks it LOC; dropping it lost 4
            # of its LOC mentions): kept as the text wrote it
            kept.append(m)
            continue
        kind, name = reading
        if kind == "division":
            gaz = gazetteer()
            node = gaz.lookup(name)[0]
            new = Mention.make("AdministrativeDivision", m.document, m.start, m.end, m.text, name,
                               Key("division", gaz.node_key(node)), node=node, code=gaz.code(node), level=gaz.level(node))
        else:
            new = Mention.make("Place", m.document, m.start, m.end, m.text, name, Key("place", name))
        moved[m.key] = new.key
        kept.append(new)
    gone -= {m.key for m in kept}  # the same character read elsewhere in the story stays
    an.mentions[:] = kept
    if moved or gone:
        an.facts[:] = [replace(f, subject=moved.get(f.subject, f.subject), object=moved.get(f.object, f.object))
                       for f in an.facts if f.subject not in gone and f.object not in gone]


def _beside_home(character: str, neighbours: str, text: str) -> tuple[str, str] | None:
    """The country a one-character place written next to China's names (阿|中, 中|哥), or alone, names:
    the one country of the world list the article writes that starts with it (阿尔及利亚 in a story of
    特本: xwlb-2023 阿中建交), as :func:`_pair_reading` reads the two read as one."""
    home = next((ch for ch in neighbours if _places_alone().get(ch) in _home_countries()), None)
    if home is not None:
        country = _pair_reading(character + home, text)
        return ("place", country) if country is not None else None
    if neighbours:
        return None
    # alone: 罗政府 in a story of 罗马尼亚 (pd-dev), the one country the story writes that starts with it
    countries = {country for name, country in _countries_starting_with().get(character, ()) if name in text}
    return ("place", countries.pop()) if len(countries) == 1 and not countries & _home_countries() else None


def _country_first(label: str, after: str = "") -> tuple[str, str] | None:
    """(the country, the rest) of a place's name the model read with its country first, when the
    rest is a place of that country: one of the world list (以色列|特拉维夫, 俄罗斯|罗斯托夫州), or a name
    ending in a place's head, a region's kind or a feature's ending (英国|希思罗机场, 巴西|南里奥格兰德州,
    意大利|西西里岛: data/lexicon/place_suffixes.txt, word_sets region_kinds, data/world/
    feature_endings.txt) with a word of a name in it (not 英国|机场, 德国|多个机场, 智利|总统府: common
    words), no direction first (苏丹|东部|加达里夫州) and no word that makes it the country's own
    (南非|国家博物馆: data/world/own_words.txt).  The country is a word of the name (not 马里|
    兰州, 巴西|利亚: 马里兰州, 巴西利亚 are one word each) and not China; it may be written by its
    one character (xwlb-2023: 俄|别尔哥罗德州, 美|得克萨斯州), then before a name of the world list only.
    A rest with no head is a place too when it is a bare place's name (:func:`_bare_place`) and
    ``after`` (the text after the name) goes on with no noun that would make it a longer name's start."""
    words = tokenizer().lcut(label)
    country, rest = words[0], label[len(words[0]):]
    row, names = _country_row(country), world_names()
    if row is None or row.kind != "country" or row.country in _home_names() or label in names or len(rest) < 2:
        return None
    listed = names.get(rest)
    if listed is not None:
        return (country, rest) if listed.country == row.country and listed.kind != "country" else None
    if len(country) == 1:
        # 美|洛杉矶|机场: after an abbreviation, only a name of the world list of that country, with a
        # place's head after it (法|希尔市 is El Fasher of Sudan, 古|柏林 an old cypress wood)
        first = names.get(tokenizer().lcut(rest)[0])
        head = rest[len(tokenizer().lcut(rest)[0]):]
        return (country, rest) if first is not None and first.country == row.country and first.kind != "country" \
            and head in ordered_lexicon("place_suffixes.txt") and len(head) > 1 else None
    # a place's head of one character is too often the start of the next word (卡塔尔|埃米尔|塔|米姆: the
    # emir Tamim) or an agency's (日本|内阁府)
    endings = (*(head for head in ordered_lexicon("place_suffixes.txt") if len(head) > 1), *word_set("region_kinds"),
               *data_words("world", "feature_endings.txt"))
    ending = max((e for e in endings if rest.endswith(e)), key=len, default=None)
    tags = word_tags()
    rest_words = tokenizer().lcut(rest)
    if (ending is None or len(rest) - len(ending) < 2) and _bare_place(rest_words, after):
        return country, rest
    if ending is None or len(rest) - len(ending) < 2 or rest_words[0] in data_words("relations", "compass_parts.txt") \
            or rest.startswith(data_words("world", "own_words.txt")) \
            or any(_country_named(word) for word in rest_words) \
            or all(word in tags and not tags[word].startswith(pos_tags("place_name_words")) for word in rest_words):
        return None
    return country, rest


def _two_countries(label: str) -> tuple[str, str] | None:
    """(the one, the other) of two countries of the world list the model read as one place, each a
    word of the segmenter (伊朗|沙特, 伊朗|委内瑞拉); None otherwise (not China's: 中国|香港)."""
    words = tokenizer().lcut(label)
    if len(words) != 2 or not all(is_country(word) and word not in _home_names() for word in words):
        return None
    return words[0], words[1]


def _bare_place(words: list[str], after: str) -> bool:
    """Whether the words after a country's name in a place's name are a place's own name with no
    head (xwlb-2023: 在|沙特|吉达|签署声明, 在|印度|新德里|举行, 新西兰|北岛|多地, 成都至|波兰|罗兹|、, 叙利亚|德拉|的):
    one word the dictionary tags a place's or a foreign name's (data/lexicon/pos_tags.tsv
    bare_place_words: 北岛/ns, 新德里/nrt, 吉达/nr), or two, each a proper noun of the dictionary
    or a word it does not know (纳哈/nz|里亚, 多德/nrt|雷赫特); never a country's (伊朗|沙特 are two), nor a word that names no place after a country
    (word set not_places_after_a_country: 巴勒斯坦|伊斯兰, 也门|胡塞), nor the start of a longer name
    that a noun after it goes on with (美国|福克斯|商业|新闻, 也门|胡塞|武装)."""
    tags = word_tags()
    if any(_country_named(word) for word in words) or "".join(words) in word_set("not_places_after_a_country"):
        return False
    one_place_word = len(words) == 1 and tags.get(words[0], "") in pos_tags("bare_place_words")
    two_names = len(words) == 2 and all(tags.get(word, "") in pos_tags("dictionary_proper_nouns")
                                        or (word not in tags and _in_characters(word)) for word in words)
    if not (one_place_word or two_names):
        return False
    following = tokenizer().lcut(after[:6])
    return not following or not tags.get(following[0], "").startswith(pos_tags("name_going_on"))


def _in_characters(word: str) -> bool:
    """Whether a word the dictionary does not know is written in characters only: no digit, no kana."""
    return len(word) >= 2 and all("\u4e00" <= ch <= "\u9fff" for ch in word)


def _country_row(word: str) -> WorldName | None:
    """The world list's row of a country's name, or of the country a one-character abbreviation
    names wherever it is read as a place (俄 -> 俄罗斯: data/world/abbreviations.tsv ``alone``)."""
    row = world_names().get(word)
    if row is None and len(word) == 1 and word in country_abbreviations() and word in _places_alone():
        row = world_names().get(country_abbreviations()[word])
    return row


def _split_country_first(an: Analysis) -> set[Key]:
    """A place the model read with its country first is two: the country, and the place in it
    (xwlb-2023: 以色列特拉维夫 -> 以色列, 特拉维夫 in 以色列; 英国希思罗机场, 意大利西西里岛); what was said of the
    whole is said of the place.  Returns the places it placed."""
    kept: list[Mention] = []
    moved: dict[Key, Key] = {}
    for m in an.mentions:
        pair = _two_countries(m.label) if m.type == "Place" and m.text == m.label else None
        if pair is not None:
            # 伊朗沙特/LOC|均称 (xwlb-2023 headline), 伊朗委内瑞拉/LOC|元首会晤: two countries, side by side
            cut = m.start + len(pair[0])
            kept.extend(Mention.make("Place", m.document, s, e, name, name, Key("place", name))
                        for s, e, name in ((m.start, cut, pair[0]), (cut, m.end, pair[1])))
            moved[m.key] = Key("place", pair[0])
            continue
        found = _country_first(m.label, an.text[m.end:m.end + 6]) if m.type == "Place" and m.text == m.label else None
        if found is None:
            kept.append(m)
            continue
        country, rest = found
        cut = m.start + len(country)
        kept.append(Mention.make("Place", m.document, m.start, cut, country, country, Key("place", country)))
        inner = Mention.make("Place", m.document, cut, m.end, rest, rest, Key("place", rest))
        kept.append(inner)
        moved[m.key] = inner.key
        one = _country_row(country).country  # 印尼 -> 印度尼西亚, 俄 -> 俄罗斯
        kept.append(Mention.make("Place", m.document, cut, cut, "", one, Key("place", one), implicit=True))
        an.fact(inner.key, "locatedIn", Key("place", one), cut)
    if moved:
        an.mentions[:] = kept
        an.facts[:] = [replace(f, subject=moved.get(f.subject, f.subject), object=moved.get(f.object, f.object))
                       for f in an.facts]
    return set(moved.values())


def _in_a_title(text: str, m: Mention) -> bool:
    """Whether a mention runs to the closing mark of a title it is written in (《中华人民共和国和|
    塔吉克斯坦共和国联合声明|》, 《|俄罗斯联邦外交政策构想|》, xwlb-2023)."""
    return text[m.end:m.end + 1] == "》" and text.rfind("《", 0, m.start) > text.rfind("》", 0, m.start)


def _titles_read(an: Analysis) -> None:
    """A place the model read to the end of a document's title is the title, no place: the
    country it starts with is what it names (塔吉克斯坦共和国|联合声明 -> 塔吉克斯坦共和国, 俄罗斯|联邦外交政策构想
    -> 俄罗斯), else nothing (中国式|现代化论述摘编: a word of manner, 中国式, no country) unless it is the
    whole title (《长江》, a film named after the river).  A name of the world list
    or the gazetteer, or one with a place's head, is kept (《|美丽中国|》 is no such reading)."""
    kept: list[Mention] = []
    for m in an.mentions:
        if m.type != "Place" or m.end == m.start or not _in_a_title(an.text, m) or m.label in world_names() \
                or m.label in gazetteer().all_names or m.label.endswith(ordered_lexicon("place_suffixes.txt")):
            kept.append(m)
            continue
        first = next((m.label[:size] for size in range(len(m.label) - 1, 1, -1)
                      if getattr(world_names().get(m.label[:size]), "kind", None) == "country"), None)
        if first is not None and not tokenizer().lcut(m.label)[0].startswith(first + "式"):
            kept.append(Mention.make("Place", m.document, m.start, m.start + len(first), first, first, Key("place", first)))
        elif an.text[m.start - 1:m.start] == "《":
            kept.append(m)  # 《长江》: the whole title, named after the place
    if len(kept) != len(an.mentions) or any(a is not b for a, b in zip(kept, an.mentions)):
        gone = {m.key for m in an.mentions} - {m.key for m in kept}
        an.mentions[:] = kept
        an.facts[:] = [f for f in an.facts if f.subject not in gone and f.object not in gone]


def _pair_reading(pair: str, text: str) -> str | None:
    """The country a pair of one-character places with China's names (中|塔, 尼|中, 中|阿), read as
    one place: the country the other character names alone (沙: 沙特), or the one country the
    article writes whose name starts with it (中塔 in a story of 塔吉克斯坦); None when none is sure."""
    home = next((ch for ch in pair if _places_alone().get(ch) in _home_countries()), None)
    if len(pair) != 2 or home is None or pair[0] == pair[1]:
        return None
    other = pair[1] if pair[0] == home else pair[0]
    alone = _places_alone().get(other)
    if alone in _home_countries():
        return None  # 华中: a region of China, no pair
    if alone is not None:
        return alone if alone in world_names() and world_names()[alone].kind == "country" else None
    countries = {country for name, country in _countries_starting_with().get(other, ()) if name in text}
    return countries.pop() if len(countries) == 1 and not countries & _home_countries() else None


@cache
def _countries_starting_with() -> dict[str, tuple[tuple[str, str], ...]]:
    """The world list's names of countries longer than one character, by their first
    character, each with its country (阿: 阿根廷, 阿富汗 …): what :func:`_pair_reading` looks
    for in the article, without going through the whole list for each pair."""
    out: dict[str, list[tuple[str, str]]] = {}
    for name, row in world_names().items():
        if row.kind == "country" and len(name) > 1:
            out.setdefault(name[0], []).append((name, row.country))
    return {first: tuple(names) for first, names in out.items()}


def _pairs_read(an: Analysis) -> None:
    """A pair of one-character places with China's read as one place is two: China and the country
    the other character names in the article (xwlb-2023: 中塔|关系 in a story of 塔吉克斯坦, 尼中|友好 of
    尼日尔 or 尼加拉瓜, as the story says; 中|阿 of 阿根廷), as 中美 is; kept when none is sure."""
    kept: list[Mention] = []
    gone: set[Key] = set()
    for m in an.mentions:
        country = _pair_reading(m.label, an.text) if m.type == "Place" and m.end - m.start == 2 \
            and m.text == m.label else None
        if country is None:
            kept.append(m)
            continue
        gone.add(m.key)
        home_at = m.start if _places_alone().get(m.text[0]) in _home_countries() else m.start + 1
        other_at = m.start + 1 if home_at == m.start else m.start
        home = an.text[home_at]
        kept.append(Mention.make("Place", m.document, home_at, home_at + 1, home, home, Key("place", home)))
        kept.append(Mention.make("Place", m.document, other_at, other_at + 1, an.text[other_at], country,
                                 Key("place", country)))
    if gone:
        an.mentions[:] = kept
        an.facts[:] = [f for f in an.facts if f.subject not in gone and f.object not in gone]


@cache
def _counted_places() -> tuple[tuple[frozenset[str], tuple[str, ...]], ...]:
    """(counts, kinds) of data/world/counted_places.txt."""
    return tuple((frozenset(row[0]), tuple(sorted(row[1:], key=len, reverse=True)))
                 for row in data_table("world", "counted_places.txt"))


def _counted(label: str) -> bool:
    """Whether a place's name is a number of places, no place: a count and the kind counted (中亚|五国,
    美国|多州, 五大洲, 东欧|多国), or a country's name before one (东帝汶|5国)."""
    for counts, kinds in _counted_places():
        kind = next((k for k in kinds if label.endswith(k)), None)
        if kind is None:
            continue
        count = label[:-len(kind)]
        country = next((count[:k] for k in range(len(count), 1, -1) if names_country(count[:k])), "")
        count = count[len(country):]
        if count and all(ch in counts or ch.isdigit() for ch in count):
            return True
    return False


def _counts_dropped(an: Analysis) -> None:
    """A place the model read that is a number of places is none (xwlb-2023: 中亚五国 -> 中亚, 五国 none;
    美国多州: data/world/counted_places.txt)."""
    gone = {m.key for m in an.mentions if m.type == "Place" and m.end > m.start and _counted(m.label)}
    if gone:
        an.mentions[:] = [m for m in an.mentions if m.key not in gone]
        an.facts[:] = [f for f in an.facts if f.subject not in gone and f.object not in gone]


def _place_in(an: Analysis, placed: set[Key], key: Key, where: str, at: int) -> None:
    """``key`` in the place ``where`` (a country, or a city placed in its country), once.  A module
    function, not one nested in :func:`find_world`: a nested one calling itself makes a cycle that
    holds each article's analysis until the collector runs."""
    if key in placed:
        return
    placed.add(key)
    row = world_names().get(where)
    if row is not None and row.kind != "country":
        _place_in(an, placed, Key("place", where), row.country, at)
    an.add(Mention.make("Place", an.doc.id, at, at, "", where, Key("place", where), implicit=True))
    an.fact(key, "locatedIn", Key("place", where), at)


@cache
def _region_parents() -> dict[str, frozenset[str]]:
    """A country's one name or a region's name -> the regions of the world it lies in directly
    (data/world/regions.tsv, made by scripts/build_world_regions.py from the CLDR's territory
    containment: 越南 -> 东南亚, 东南亚 -> 亚洲)."""
    parents: dict[str, set[str]] = {}
    for _, member, _, region in data_table("world", "regions.tsv"):
        parents.setdefault(member, set()).add(region)
    return {member: frozenset(regions) for member, regions in parents.items()}


@cache
def _regions_above(name: str) -> frozenset[str]:
    """Every region of the world a country or a region lies in (越南: 东南亚, 亚洲)."""
    above: set[str] = set()
    stack = list(_region_parents().get(name, ()))
    while stack:
        region = stack.pop()
        if region not in above:
            above.add(region)
            stack.extend(_region_parents().get(region, ()))
    return frozenset(above)


@cache
def world_regions() -> frozenset[str]:
    """The names of the regions of the world of data/world/regions.tsv (欧洲, 东南亚, 拉丁美洲)."""
    return frozenset(region for _, _, _, region in data_table("world", "regions.tsv"))


def _regions_located(an: Analysis) -> None:
    """A country or a region of the world the article names with a region that holds it lies in
    that region, the innermost of those it names (xwlb-2023: 东盟…|东南亚|…|越南 -> 越南 in 东南亚; 俄罗斯 and
    欧洲 -> 俄罗斯 in 欧洲; 东南亚 and 亚洲 -> 东南亚 in 亚洲; not 越南 in 亚洲 when 东南亚 is named too).
    Only what the CLDR's containment says (data/world/regions.tsv): 土耳其 is in 西亚, never in 欧洲.
    The evidence is the sentence that names both, else the member's first."""
    written = [m for m in an.mentions if m.type == "Place" and m.end > m.start]
    regions: dict[str, list[Mention]] = {}
    for m in written:
        if m.label in world_regions():
            regions.setdefault(m.label, []).append(m)
    if not regions:
        return
    members: dict[Key, tuple[str, list[Mention]]] = {}
    for m in written:
        name = m.label if m.label in world_regions() else _country_named(m.label)
        if name is not None and name in _region_parents():
            members.setdefault(m.key, (name, []))[1].append(m)
    for key, (name, mentions) in members.items():
        above = _regions_above(name) & regions.keys()
        for region in (r for r in above if not any(r in _regions_above(other) for other in above)):
            sentences = {an.sentence(m.start) for m in regions[region]}
            at = next((m.start for m in mentions if an.sentence(m.start) in sentences), mentions[0].start)
            an.fact(key, "locatedIn", regions[region][0].key, at)


def _country_before(an: Analysis, mention: Mention) -> str | None:
    """The foreign country written right before an agency the model read without it, whose body the
    agency is (xwlb-2023: 会见|德国|博世集团|董事会主席, 美国|第一共和银行|的股价, 智利|阿连德政府): the
    country, as 伊朗外交部 is Iran's.  Only a name of its own, with a proper noun in it or a word the
    dictionary does not know before an organisation's head (data/lexicon/pos_tags.tsv
    agency_own_name_words): a body every country has, keyed by its common name, is no one country's
    (俄罗斯|外交部, 韩国|最高人民法院, 柬埔寨|人民党: the dictionary's words), and a mission or a
    delegation is abroad (data/world/abroad.txt: 阿曼|代表团).  A periodical's title after its country is
    its own name whatever its words (日本|《朝日新闻》, 法国|《回声报》, 美国|《新闻周刊》).  The country written
    in full: 俄|中新时代 is a phrase.  Or the country written before it in a longer name of the article
    (德国|博世集团|董事会 … 博世集团)."""
    label = mention.label
    titled = an.text.startswith("《", mention.start - 1) and an.text.startswith("》", mention.end)
    if not titled and (label in word_tags() or not _organisation(label)
                       or not any(word not in word_tags() or word_tags()[word].startswith(pos_tags("agency_own_name_words"))
                                  for word in tokenizer().lcut(label))) or label.endswith(data_words("world", "abroad.txt")):
        return None
    end = mention.start - 1 if titled else mention.start
    before = next((m for m in an.mentions if m.type == "Place" and m.end == end and m.end - m.start > 1), None)
    row = foreign_name(before.label) if before is not None else None
    if row is not None and row.kind == "country":
        return row.country
    # written so in a longer name of the article: 会见|德国|博世集团|董事会|主席 … 欢迎包括|博世集团|在内 (xwlb-20231104-06)
    for other in an.mentions:
        at = other.label.find(label) if other.type == "Agency" and other.label != label else -1
        row = foreign_name(other.label[:at]) if at > 1 else None
        if row is not None and row.kind == "country":
            return row.country
    return None


# a list of host countries between 驻 and the kind of mission, closed by 等国: 中国|驻|沙特|、|澳大利亚|、|委内瑞拉|、|日本|等国|使馆
# (xwlb-20230929-11; 9 such lists in xwlb-2023)
_MISSIONS_LISTED = re.compile(r"(中国|我国|我)?驻([\u4e00-\u9fff]{1,12}(?:[、和及][\u4e00-\u9fff]{1,12})+)等国(大使馆|使馆|使领馆|总领馆)")


def _missions_listed(an: Analysis) -> None:
    """Each mission of a list of host countries written once, a body of its own of the sending country, named as news
    names one (中国驻沙特使馆), its mention the country's item: 中国|驻|沙特|、|澳大利亚|、|委内瑞拉|、|日本|等国|使馆|也|举行|了|
    国庆招待会 is four embassies.  Only where every item is a country's name (not 驻|外|使馆)."""
    for match in _MISSIONS_LISTED.finditer(an.text):
        items, at = [], match.start(2)
        for part in match.group(2).split("、"):
            # (和, 及 join the last two, but only between names: 埃及 holds 及)
            joined = next((part.split(word) for word in ("和", "及") if not names_country(part)
                           and len(part.split(word)) == 2 and all(map(names_country, part.split(word)))), [part])
            for item in joined:
                items.append((at, item))
                at += len(item) + 1
        if not all(names_country(item) for _, item in items):
            continue
        sender = "中国" if match.group(1) in (None, "我国", "我") else match.group(1)
        kind = "使馆" if match.group(3) in ("使馆", "使领馆") else match.group(3)
        for start, item in items:
            # (the country's name there is the mission's, no place of its own in the sentence: where it is, by locatedIn)
            an.mentions[:] = [m for m in an.mentions if not (m.type == "Place" and m.start == start
                                                             and m.end == start + len(item))]
            # (the item names the mission by its host alone, no name of it: no alias, as 该局 gives none)
            _add_mission(an, start, start + len(item), f"{sender}驻{item}{kind}", anaphor=True)
        # (nor is what closes the list a body: 等|国大使馆, read as one from 等国|大使馆, xwlb-20230124-08)
        an.mentions[:] = [m for m in an.mentions if not (m.type == "Agency" and match.end(2) <= m.start
                                                         and m.end <= match.end())]


# a country's mission to an organisation, which recognition reads as the organisation alone: 中国|驻|非盟|使团
# (xwlb-20230928-17); the kinds of such missions (data/world/abroad.txt holds every kind of mission)
_SENDERS = ("中国", "我国")
_MISSIONS_TO_BODIES = ("使团", "代表团")


def _missions_to_bodies(an: Analysis) -> None:
    """A country's mission to an organisation written 中国驻<organisation>使团 is one body, not the organisation:
    中国|驻|非盟|使团|、|中国驻埃塞俄比亚大使馆|在|亚的斯亚贝巴|举行|国庆招待会 (xwlb-20230928-17) is held by the
    mission, not by 非盟."""
    text = an.text
    for body in [m for m in an.of_type("Agency") if m.end > m.start and text[m.start - 1:m.start] == "驻"]:
        sender = next((s for s in _SENDERS if text.endswith(s, 0, body.start - 1)), None)
        kind = next((k for k in _MISSIONS_TO_BODIES if text.startswith(k, body.end)), None)
        if sender is None or kind is None:
            continue
        start, end = body.start - 1 - len(sender), body.end + len(kind)
        an.mentions[:] = [m for m in an.mentions if not (start <= m.start and m.end <= end and m.end > m.start)]
        _add_mission(an, start, end, "中国" + text[body.start - 1:end])


def _add_mission(an: Analysis, start: int, end: int, label: str, **props) -> None:
    """A mission's mention at [start, end), named ``label``."""
    from .linkers import agency_key  # (linkers reads the lexicons, which read this module's world list)
    an.add(Mention.make("Agency", an.doc.id, start, end, an.text[start:end], label, agency_key(label), **props))


def _mission_host(label: str) -> str | None:
    """The foreign place a country's mission is in, named after its 驻 (data/world/abroad.txt says what
    a mission is): 中国驻摩洛哥大使馆 -> 摩洛哥, 美国驻俄大使馆 -> 俄罗斯, 德国驻伊斯坦布尔总领事馆 -> 伊斯坦布尔
    (in 土耳其), 沙特驻伊朗马什哈德领事馆 -> 伊朗 (马什哈德 is no name of the world list); None for a
    mission to an organisation (常驻联合国代表团) or to no place named (驻多国大使馆)."""
    at = label.find("驻")
    kind = next((k for k in data_words("world", "abroad.txt") if label.endswith(k)), None)
    if at < 1 or kind is None:
        return None
    host = label[at + 1:len(label) - len(kind)].removesuffix("大").removesuffix("总")
    names = world_names()
    if host in country_abbreviations():
        return country_abbreviations()[host]
    for size in range(len(host), 1, -1):  # the finest place its name ends with: 伊朗|马什哈德
        row = names.get(host[-size:])
        if row is not None and (size == len(host) or host[:-size] in names):
            return host[-size:] if row.kind != "country" else row.country
    # a city the list lacks, after its country: 伊朗|马什哈德 -> 伊朗
    return next((names[host[:size]].country for size in range(len(host) - 1, 1, -1)
                 if host[:size] in names and names[host[:size]].kind == "country"), None)


def _the_party_off_a_local_papers_page(an: Analysis) -> None:
    """On a local paper's or site's page (as for China, :func:`_china_off_a_local_papers_page`), the party named in a
    formula of the nation's calendar or documents (庆祝|中国共产党|成立100周年, 中国共产党|第十九次全国代表大会, 《|中国
    共产党|统一战线工作条例》: county pages, 2019-2023; word set party_formula_words) is no body the page reports on: the
    local gold lists it as no required agency on any of the six read pages that write it so.  A mention elsewhere, or a
    national medium's story, keeps it.  So is the party's national congress (党的二十大), unless a post is held in it."""
    if not local_page(an):
        return
    text = an.text
    party = [m for m in an.of_type("Agency") if m.label == "中国共产党" and m.end > m.start]
    formula = [m for m in party if text.startswith(_PARTY_FORMULA_WORDS, m.end) or text[m.start - 1:m.start] == "《"]
    if formula and len(formula) == len(party):
        an.forget({m.key for m in formula})
    # so is the party's national congress (学习贯彻|党的二十大|精神, 喜迎|二十大: the occasion of the page's work; the
    # local gold lists it on none of 14 read pages that write it, twice as optional), but where someone is its delegate
    # (党的二十大代表、县委书记李明: a post held in it)
    delegates = {f.object for f in an.facts if f.predicate == "holdsPost"}
    an.forget({m.key for m in an.of_type("Agency") if m.prop("party_congress") and m.key not in delegates})


_PARTY_FORMULA_WORDS = tuple(word_set("party_formula_words"))


# (a body off a local page takes its facts with it: what it organised, a delegate's post in the party's congress)
@stage(reads=("Place", "Agency"), writes=("Place", "AdministrativeDivision", "locatedIn", "Agency", "organizes", "holdsPost"))
def find_world(an: Analysis) -> None:
    """A foreign city or region lies in its country: a region named with its kind wherever it
    is written, a city or a region named without it where the article names its country too
    (英国|伦敦, 莫斯科 in a story of 俄罗斯); an agency named after a country (伊朗外交部) is that
    country's, one named after a foreign city (东京电力公司) is in the city."""
    _missions_listed(an)
    _missions_to_bodies(an)
    _read_one_character_places(an)
    _titles_read(an)
    _counts_dropped(an)
    _pairs_read(an)
    split = _split_country_first(an)
    written = [m for m in an.mentions if m.end > m.start]
    named = {country for m in written if m.type == "Place" and (country := _country_named(m.label))}
    countries_written = frozenset(named)  # as places: 中国, 我国 (not inside a body's name, 中国科学技术大学)
    named.update(owner.country for m in written if m.type == "Agency" and (owner := _owner(m.label)))
    placed: set[Key] = set(split)
    # a body of China's that a stage placed in its division stays there
    located = {f.subject for f in an.facts if f.predicate == "locatedIn"}

    for mention in list(an.mentions):
        if mention.type == "Place" and mention.end > mention.start:
            row = _foreign_place(mention.label, named)
            if row is not None:
                _place_in(an, placed, mention.key, row.country, mention.start)
        elif mention.type == "Agency" and (host := _mission_host(mention.label)) is not None:
            _place_in(an, placed, mention.key, host, mention.start)
        elif mention.type == "Agency":
            owner = _owner(mention.label)
            if owner is not None and owner.country in _home_countries() and (
                    mention.key in located or an.text.endswith(data_words("world", "abroad_before.txt"), 0, mention.start)
                    or (owner.country not in countries_written and not national_story(an))):
                # placed in its division already; 海外|中国文化中心: abroad; or China's on a local page that never
                # names China (a district's page: 赴|中国科学技术大学北校区, 传达|中央政治局常委…的讲话精神),
                # where the country would be a place of the page's graph that no one wrote
                continue
            if owner is not None and _national_owner(mention.label) is not None and _abroad_in_sentence(an, mention):
                continue  # 老挝人民革命党…、|国家监察总署|署长坎潘: a body of the country the sentence named first
            where = owner.country if owner is not None else _place_starting(mention.label, named)
            if where is None:
                where = _country_before(an, mention)
            if where is not None:
                _place_in(an, placed, mention.key, where, mention.start)
    _regions_located(an)
    _china_off_a_local_papers_page(an)
    _the_party_off_a_local_papers_page(an)

"""The gazetteer (a code the source repeats below itself names only its owner) and the scan for its names."""
import json
from pathlib import Path

import kgraph
from kgraph.gazetteer import gazetteer

ROOT = Path(__file__).resolve().parents[1]


def _node(name, level):
    gaz = gazetteer()
    return next(n for n in gaz.by_name[name] if gaz.levels[n] == level)


def test_districts_sharing_their_region_code_stay_apart():
    # the source gives 香港's eighteen districts the region's code 810000: found on a
    # 10 MB benchmark, where they had merged into one "division/810000" named 油尖旺区
    gaz = gazetteer()
    region, district = _node("香港特别行政区", 1), _node("油尖旺区", 3)
    assert gaz.code(region) == "810000" and gaz.node_key(region) == "810000"
    assert gaz.code(district) is None
    hong_kong = gaz.parents[district]  # the source's prefecture 香港 between the region and its districts
    keys = {gaz.node_key(n) for n in gaz.children(hong_kong)}
    assert len(keys) == len(gaz.children(hong_kong)) > 10
    assert gaz.node_key(district) == "810000/香港/油尖旺区"


def test_a_city_repeated_as_its_own_county_keeps_its_code():
    gaz = gazetteer()
    assert {gaz.code(n) for n in gaz.by_name["东莞市"] if gaz.levels[n] <= 3} == {"441900"}


def test_scan_takes_the_longest_name_left_to_right():
    """Full names over short ones (荆州市 not 荆州), two-character names (沙市), a name
    inside a longer one not found again, and no overlaps."""
    from kgraph.extraction.recognisers.divisions import scan

    text = "荆州市沙市区朝阳街道和荆州、公安县埠河镇，规范县城"
    found = [(c.name, c.start, c.short) for c in scan(text)]
    assert found[:6] == [("荆州市", 0, False), ("沙市区", 3, False), ("朝阳街道", 6, False), ("荆州", 11, True),
                         ("公安县", 14, False), ("埠河镇", 17, False)]
    # every candidate is a gazetteer name; the reading of 范县 inside 规范县城 is decided later
    assert all(text[c.start:c.end] == c.name and c.nodes for c in scan(text))
    assert scan("") == [] and scan("荆") == []


def test_every_occurrence_finds_overlapping_words():
    from kgraph.resources import every_occurrence

    find = every_occurrence(["公园", "园", "文创园", ""])
    assert find("三国公园和洋码头文创园") == [(2, 4, "公园"), (3, 4, "园"), (8, 11, "文创园"), (10, 11, "园")]
    assert every_occurrence([])("公园") == []


def _same_state(a, b):
    from kgraph.gazetteer import Gazetteer

    assert set(a) == set(b) == set(Gazetteer._CACHED)
    for name in a:
        if name == "trie":
            assert a[name].tobytes() == b[name].tobytes()
        else:
            assert a[name] == b[name], name


def test_the_cache_gives_the_same_gazetteer(tmp_path, monkeypatch):
    from kgraph.gazetteer import Gazetteer

    monkeypatch.setenv("KGRAPH_CACHE_DIR", str(tmp_path))
    parsed = Gazetteer.load()
    cached_files = list(tmp_path.glob("gazetteer-*.pickle"))
    assert len(cached_files) == 1
    cached = Gazetteer.load()
    _same_state(cached._state, parsed._state)
    node = cached.lookup("公安县")[0]
    assert cached.code(node) == "421022" and cached.full_name(node) == parsed.full_name(node)
    cached_files[0].write_bytes(b"not a pickle")  # a damaged cache is parsed again, not fatal
    assert len(Gazetteer.load()) == len(parsed)
    import pickle

    cached_files = list(tmp_path.glob("gazetteer-*.pickle"))
    cached_files[0].write_bytes(pickle.dumps({"names": []}))  # and one of another shape
    assert Gazetteer.load().lookup("公安县") == parsed.lookup("公安县")
    monkeypatch.setenv("KGRAPH_CACHE_DIR", "off")
    assert len(Gazetteer.load()) == len(parsed)


def _rows():
    import gzip

    from kgraph.resources import data_path

    with gzip.open(data_path("gazetteer", "divisions.tsv.gz"), "rt", encoding="utf-8") as handle:
        for line in handle:
            if not line.startswith("#"):
                depth, name, short, code = line.rstrip("\n").split("\t")
                yield int(depth), name, short, code


def _former_rows():
    """(code, name) of data/gazetteer/former_names.tsv: names divisions bore before a rename."""
    from kgraph.resources import data_path

    with open(data_path("gazetteer", "former_names.tsv"), encoding="utf-8") as handle:
        for line in handle:
            if not line.startswith("#") and line.strip():
                code, name, _year = line.rstrip("\n").split("\t")
                yield code, name


def _zone_kinds():
    """The kinds of development zone (data/lexicon/development_zones.tsv) and of unit (林业局:
    data/gazetteer/kind_named_units.txt), whose rows name no division."""
    from kgraph.resources import data_words, table

    return frozenset(row[0] for row in table("development_zones.tsv")) | frozenset(data_words("gazetteer", "kind_named_units.txt"))


class _Plain:
    """The gazetteer as plain lists and dicts, built from the rows as kgraph did before
    its compact index (the reference the index must answer like); a former name is a full name
    of the division that bears its code now (户县: 鄠邑区)."""

    def __init__(self, rows, former=(), kinds=frozenset()):
        self.names, self.shorts, self.codes, self.levels, self.parents = [], [], [], [], []
        self.by_name, self.by_short = {}, {}
        stack = [-1] * 8
        for depth, name, short, code in rows:
            parent = stack[depth - 1] if depth > 1 else -1
            if parent >= 0 and depth == 2 and name == self.names[parent] and code == self.codes[parent]:
                stack[depth] = parent
                continue
            node = len(self.names)
            for table, value in ((self.names, name), (self.shorts, short), (self.codes, code),
                                 (self.levels, depth), (self.parents, parent)):
                table.append(value)
            stack[depth] = node
            if name.endswith(("直辖行政区划", "直辖村", "市辖区")) or name in kinds:
                continue  # placeholder rows, and rows a kind of zone alone names (开发区): nodes, but no names to match
            if parent >= 0 and name == self.shorts[parent]:
                continue  # 香港 under 香港特别行政区: the region's short name, not a second node
            self.by_name.setdefault(name, []).append(node)
            if short and depth <= 3 and len(short) >= 2:
                self.by_short.setdefault(short, []).append(node)
                if (name[-3:] in ("自治州", "自治县", "自治旗") or name.endswith("族区")) and short[-1] != name[-1]:
                    self.by_short.setdefault(short + name[-1], []).append(node)
        # the ethnic townships' short names (木老元乡 for 木老元布朗族彝族乡), derived from the same rows
        # and the streets the source names with their own 街 (唐家墩街道 for 唐家墩街街道)
        from kgraph.gazetteer import _ethnic_townships_short, _streets_written_once
        shorts = {node: short for node, short in enumerate(self.shorts) if short}
        for name, node in (*_ethnic_townships_short(self.names, shorts, self.levels),
                           *_streets_written_once(self.names, self.levels)):
            self.by_name.setdefault(name, []).append(node)
        first = {}
        for node, code in enumerate(self.codes):
            if code:
                first.setdefault(code, node)
        for code, name in former:
            if code in first and name not in self.by_name:
                self.by_name[name] = [first[code]]
        self.all_names = frozenset(self.by_name).union(self.by_short)
        owners = {}
        for node, code in enumerate(self.codes):
            owners.setdefault(code, node)
        self.code = [code if code and (owners[code] == node or self.names[owners[code]] == self.names[node])
                     else None for node, code in enumerate(self.codes)]

    def scan(self, text):
        """The longest name at each place, left to right, as the scan did with sets."""
        out, after = [], 0
        for i in range(len(text) - 1):
            if i < after:
                continue
            length = next((k for k in range(min(16, len(text) - i), 1, -1) if text[i:i + k] in self.all_names), 0)
            if length:
                piece = text[i:i + length]
                full, short = self.by_name.get(piece, []), self.by_short.get(piece, [])
                out.append((i, i + length, piece, tuple(full) + tuple(x for x in short if x not in full), not full))
                after = i + length
        return out


def test_the_compact_index_answers_as_the_tables_it_is_built_from():
    """Every table and every lookup of the shipped gazetteer, against plain lists and
    dicts built from the same rows; and the scan of real news against a plain scan."""
    from kgraph.extraction.recognisers.divisions import scan

    gaz, plain = gazetteer(), _Plain(_rows(), _former_rows(), _zone_kinds())
    assert len(gaz) == len(plain.names) > 700_000
    assert list(gaz.names) == plain.names and list(gaz.shorts) == plain.shorts
    assert list(gaz.codes) == plain.codes and list(gaz.levels) == plain.levels
    assert list(gaz.parents) == plain.parents
    assert [gaz.code(node) for node in range(len(gaz))] == plain.code
    assert dict(gaz.by_name.items()) == plain.by_name and dict(gaz.by_short.items()) == plain.by_short
    assert len(gaz.by_name) == len(plain.by_name) and len(gaz.by_short) == len(plain.by_short)
    assert set(gaz.all_names) == plain.all_names and len(gaz.all_names) == len(plain.all_names)
    for name in ("荆州", "荆州市", "公安县", "沙市", "东莞市", "香港", "朝阳街道", "不是地名"):
        assert gaz.lookup(name) == plain.by_name.get(name, []) + plain.by_short.get(name, [])
        assert (name in gaz.all_names) == (name in plain.all_names)
        assert (name in gaz.by_name) == (name in plain.by_name)
    assert gaz.name_starts == {name[:2] for name in plain.all_names}
    assert gaz.max_len == max(map(len, plain.by_name))
    news = ROOT.parent / "shared" / "corpus" / "news" / "xwlb-2023.jsonl"
    texts = ["荆州市沙市区朝阳街道和荆州、公安县埠河镇，规范县城"]
    if news.is_file():  # development data beside the repository
        with open(news, encoding="utf-8") as handle:
            texts += [json.loads(line)["text"] for _, line in zip(range(60), handle)]
    for text in texts:
        assert [(c.start, c.end, c.name, c.nodes, c.short) for c in scan(text)] == plain.scan(text)


def test_names_with_lone_surrogates_are_no_names():
    """Text from a library caller may hold a lone surrogate (JSON's \\ud800): the
    trie takes UTF-8, so such a string is simply no name and no word."""
    from kgraph.extraction.recognisers.divisions import scan
    from kgraph.resources import word_tags

    gaz = gazetteer()
    assert [c.name for c in scan("荆州市\udc80公安县\ud800")] == ["荆州市", "公安县"]
    assert "荆州\udc80" not in gaz.all_names and gaz.lookup("荆州\udc80") == []
    assert gaz.by_name.get("\ud800") is None and "\ud800" not in gaz.by_name
    assert word_tags().get("\ud800", "x") == "x" and "\ud800" not in word_tags()


def test_word_tags_are_jiebas_dictionary(tmp_path, monkeypatch):
    """The compact word tags hold every word of jieba's dictionary with its tag, from
    the cache as from the dictionary."""
    from pathlib import Path

    import jieba

    from kgraph import resources

    tags = {}
    with open(Path(jieba.__file__).parent / "dict.txt", encoding="utf-8") as handle:
        for line in handle:
            parts = line.split()
            if len(parts) == 3:
                tags[parts[0]] = parts[2]
    monkeypatch.setenv("KGRAPH_CACHE_DIR", str(tmp_path))
    for _ in ("parsed", "cached"):
        resources.word_tags.cache_clear()
        try:
            found = resources.word_tags()
            assert len(found) == len(tags) and dict(found.items()) == tags
            assert found.get("不是一个词") is None and found.get("不是一个词", "n") == "n"
            assert "中国" in found and found["中国"] == tags["中国"]
        finally:
            resources.word_tags.cache_clear()
    assert len(list(tmp_path.glob("word-tags-*.pickle"))) == 1


def test_placeholder_rows_never_match_text():
    # the source's 省直辖行政区划 (short name 省直辖), 区直辖行政区划 and 乡直辖村 group a level's
    # directly governed units: nodes of the tree, but no division any text names
    import kgraph

    gaz = gazetteer()
    for name in ("省直辖行政区划", "省直辖", "市直辖", "区直辖行政区划", "乡直辖村"):
        assert name not in gaz.all_names and not gaz.lookup(name), name
    # 仙桃市 is still a county-level city of 湖北省, under the placeholder
    xiantao = _node("仙桃市", 3)
    assert gaz.full_name(gaz.ancestors(xiantao)[-1]) == "湖北省" or "湖北省" in map(gaz.full_name, gaz.ancestors(xiantao))
    ex = kgraph.extract_text("湖北省直辖县级市仙桃市召开会议。")
    assert "省直辖" not in {m.text for e in ex.entities for m in e.mentions}
    # nor is a placeholder an entity of the graph: 仙桃市 is part of 湖北省 (xwlb-2023 had 仙桃市, 天门市 and
    # 潜江市 partOf an entity 省直辖行政区划, and 东莞's towns partOf 市直辖行政区划)
    assert gaz.is_placeholder(gaz.ancestors(xiantao)[0]) and not gaz.is_placeholder(xiantao)
    for text in ("仙桃市召开会议。", "东莞市横沥镇召开会议。"):
        ex = kgraph.extract_text(text)
        labels = {e.id: e.label for e in ex.entities}
        assert not [label for label in labels.values() if "直辖" in label], text
    parts = {(labels[r.subject], labels[r.object]) for r in ex.relations if r.predicate == "partOf"}
    assert ("横沥镇", "东莞市") in parts


def test_autonomous_divisions_are_found_by_short_name_and_level():
    # News writes 积石山县 (积石山保安族东乡族撒拉族自治县), 临夏州, 凉山州 and 民和县: 140 mentions
    # in a year of national news, each one an unlinked "new" division before.
    import kgraph

    gaz = gazetteer()
    assert [gaz.names[n] for n in gaz.lookup("积石山县")] == ["积石山保安族东乡族撒拉族自治县"]
    assert [gaz.names[n] for n in gaz.lookup("凉山州")] == ["凉山彝族自治州"]
    assert not gaz.lookup("积石山州")  # the level must be the division's own
    ex = kgraph.extract_text("北京时间12月18日23时59分，甘肃临夏州积石山县发生6.2级地震，震源深度10公里。",
                             date="2023-12-19")
    codes = {e.label: e.id for e in ex.entities if e.type == "AdministrativeDivision"}
    assert codes["积石山保安族东乡族撒拉族自治县"] == "division/622927", codes
    assert codes["临夏回族自治州"] == "division/622900", codes
    assert not any("?" in key for key in codes.values()), codes
    ex = kgraph.extract_text("和来自四川省凉山州喜德县中坝村果果合唱团的孩子们，用清澈、稚嫩的歌声为春晚开场。")
    assert "division/513400" in {e.id for e in ex.entities}, [e.id for e in ex.entities]


def test_hong_kong_and_macao_in_text_are_the_regions():
    # 香港 is both 香港特别行政区's short name and, in the source, a prefecture node under it;
    # text means the region (127 + 100 mentions of 香港 and 澳门 in 2023's news were unlinked)
    import kgraph

    gaz = gazetteer()
    assert [gaz.names[n] for n in gaz.lookup("香港")] == ["香港特别行政区"]
    assert [gaz.names[n] for n in gaz.lookup("澳门")] == ["澳门特别行政区"]
    ex = kgraph.extract_text("央视网消息（新闻联播）：粤港澳大湾区建设稳步推进，香港、澳门积极融入国家发展大局。")
    ids = {e.label: e.id for e in ex.entities if e.type == "AdministrativeDivision"}
    assert ids.get("香港特别行政区") == "division/810000" and ids.get("澳门特别行政区") == "division/820000", ids


def test_rows_named_by_a_kind_of_unit_match_no_text():
    # 听取了|林业局|和南城县鑫星农牧有限公司的汇报 (南城县's page, 2019): the county's forestry bureau, written alone, is
    # no township-level 林业局 of the gazetteer's (two rows so named), nor a place
    gaz = gazetteer()
    assert not gaz.lookup("林业局") and not gaz.lookup("良种场")
    rows = [n for n in range(len(gaz)) if gaz.names[n] == "林业局"]
    assert len(rows) == 2 and all(gaz.is_placeholder(n) for n in rows)
    extraction = kgraph.extract_text("县委书记彭银贵在县林业局的陪同下,来到示范点,听取了林业局和南城县鑫星农牧有限公司的汇报。")
    assert "林业局" not in {e.label for e in extraction.entities if e.type in ("Place", "AdministrativeDivision")}

"""The gazetteer (a code the source repeats below itself names only its owner) and the scan for its names."""
from kgraph.gazetteer import gazetteer


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
    keys = {gaz.node_key(n) for n in gaz.children(_node("香港", 2))}
    assert len(keys) == len(gaz.children(_node("香港", 2))) > 10
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


def test_the_cache_gives_the_same_gazetteer(tmp_path, monkeypatch):
    from kgraph.gazetteer import Gazetteer

    monkeypatch.setenv("KGRAPH_CACHE_DIR", str(tmp_path))
    parsed = Gazetteer.load()
    cached_files = list(tmp_path.glob("gazetteer-*.pickle"))
    assert len(cached_files) == 1
    cached = Gazetteer.load()
    for name in Gazetteer._CACHED:
        assert getattr(cached, name) == getattr(parsed, name), name
    node = cached.lookup("公安县")[0]
    assert cached.code(node) == "421022" and cached.full_name(node) == parsed.full_name(node)
    cached_files[0].write_bytes(b"not a pickle")  # a damaged cache is parsed again, not fatal
    assert len(Gazetteer.load()) == len(parsed)
    monkeypatch.setenv("KGRAPH_CACHE_DIR", "off")
    assert len(Gazetteer.load()) == len(parsed)

"""The gazetteer: a code the source repeats below itself names only its owner."""
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

"""A country's mission abroad is named from the country that sends it (issue 19): 沙特驻|伊朗大使馆 is
Saudi Arabia's embassy in Iran, not Iran's embassy (word sets mission_heads and stationed_words).
Sentences of CCTV 新闻联播 (2023)."""
import kgraph
from kgraph.extraction.candidates import Candidate
from kgraph.extraction.organisations import missions

from .conftest import agency_labels as _agencies
from .test_names import _analysis


def test_an_embassy_is_the_sending_countrys():
    # xwlb-20230409-16, -20230606-10: two countries' embassies in each other's capitals
    assert "沙特驻伊朗大使馆" in _agencies(
        "沙特一个代表团当天抵达伊朗首都德黑兰，与伊方商讨重开沙特驻伊朗大使馆和驻伊朗第二大城市马什哈德的领事馆的相关事宜。")
    assert _agencies("伊朗驻沙特使馆定于今天（6月6日）重新开放。") == {"伊朗驻沙特使馆"}
    # xwlb-2023: China's own, and a consulate in a city
    assert _agencies("据总台记者从中国驻尼泊尔大使馆了解到的消息，目前暂无中国公民伤亡。") == {"中国驻尼泊尔大使馆"}
    assert "德国驻伊斯坦布尔总领事馆" in _agencies("德国驻伊斯坦布尔总领事馆2月1日称，由于安全原因，总领事馆暂时关闭。")


def test_a_mission_with_no_country_written_stays_as_read():
    # xwlb-20230105-12: the subject sends it, 驻 has no country before it
    assert _agencies("2018年12月底，阿联酋重新开放驻叙利亚大使馆。") == {"叙利亚大使馆"}


def _missions(*tagged, start: int, end: int) -> set[str]:
    an = _analysis(*tagged)
    return {an.text[c.start:c.end] for c in missions(an, [Candidate(start, end, "Agency", "world", 0.5)])}


def test_the_stage_alone_extends_over_a_country_and_not_over_a_city():
    # 中国|驻|马来西亚大使馆: the mission read without its country runs from it
    assert _missions(("中国", "LOC"), ("驻", "v"), ("马来西亚大使馆", "ORG"), start=3, end=10) == {"中国驻马来西亚大使馆"}
    # 中国|常驻|联合国代表团
    assert _missions(("中国", "LOC"), ("常驻", "v"), ("联合国代表团", "ORG"), start=4, end=10) == {"中国常驻联合国代表团"}
    # 北京|驻|马来西亚大使馆 is no country's: a city sends no embassy
    assert _missions(("北京", "LOC"), ("驻", "v"), ("马来西亚大使馆", "ORG"), start=3, end=10) == {"马来西亚大使馆"}
    # 中国|驻|马来西亚|公司 is no mission: the head decides
    assert _missions(("中国", "LOC"), ("驻", "v"), ("马来西亚公司", "ORG"), start=3, end=9) == {"马来西亚公司"}

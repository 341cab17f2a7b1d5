"""Posts read this round, in stories annotated blind (batches 34-36 of xwlb-2023, outside the dev set)."""
from __future__ import annotations

from .builders import posts_read


def _posts(text: str) -> set[tuple[str, str | None, str]]:
    return posts_read(text, "2023-09-03")


def test_the_dprks_head_of_state_holds_the_post_in_the_country():
    # xwlb-20230903-13 (11 such 国务委员长 in xwlb-2023): the party's post in the party, the state's in the state
    found = _posts("朝中社今天还报道称，朝鲜劳动党总书记、国务委员长金正恩视察了重要军工厂。")
    assert {("金正恩", "总书记", "朝鲜劳动党"), ("金正恩", "国务委员长", "朝鲜")} <= found, found
    assert ("金正恩", "国务委员长", "朝鲜劳动党") not in found, found


def test_a_chambers_speaker_named_by_the_country_holds_the_post_in_the_chamber():
    # xwlb-20231020-03, xwlb-20230924-02 (11 such 众议长 and 参议长 right after a country in xwlb-2023)
    found = _posts("国家主席习近平在人民大会堂会见巴西众议长里拉。李希会见巴西参议长帕谢科。")
    assert {("里拉", "众议长", "巴西众议院"), ("帕谢科", "参议长", "巴西参议院")} <= found, found
    # a speaker the chamber written before names: no country's parliament made up (xwlb-20231014-12)
    found = _posts("美国会众议院本月3日投票罢免了议长麦卡锡。")
    assert not any(person == "麦卡锡" and body == "美国议会" for person, _, body in found), found

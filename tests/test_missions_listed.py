"""A list of host countries written once between 驻 and a kind of mission is one mission each
(world._missions_listed): 中国|驻|沙特|、|澳大利亚|、|委内瑞拉|、|日本|等国|使馆 (xwlb-20230929-11; 9 such lists in xwlb-2023)."""
from __future__ import annotations

import kgraph
from kgraph.extraction.world import _missions_listed

from .test_events import analysis


def test_each_host_country_of_the_list_is_a_mission_of_its_own():
    text = "中国驻沙特、澳大利亚、委内瑞拉、日本等国使馆也举行了国庆招待会等活动。"
    an = analysis(text, [("Place", "中国"), ("Place", "沙特"), ("Place", "澳大利亚"), ("Place", "委内瑞拉"),
                         ("Place", "日本")])
    _missions_listed(an)
    assert [m.label for m in an.of_type("Agency")] == ["中国驻沙特使馆", "中国驻澳大利亚使馆", "中国驻委内瑞拉使馆",
                                                      "中国驻日本使馆"]
    assert [m.label for m in an.of_type("Place")] == ["中国"]  # each host's name there is its mission's


def test_the_missions_hold_the_reception_and_lie_in_their_hosts():
    ex = kgraph.extract_text("中国驻马来西亚、古巴、波兰等国使馆也举行了国庆招待会。", date="2023-09-30")
    labels = {e.id: e.label for e in ex.entities}
    organizers = {labels[i] for ev in ex.events for role, i in ev.arguments if role == "organizer"}
    assert organizers == {"中国驻马来西亚使馆", "中国驻古巴使馆", "中国驻波兰使馆"}, organizers
    located = {(labels[r.subject], labels[r.object]) for r in ex.relations if r.predicate == "locatedIn"}
    assert ("中国驻古巴使馆", "古巴") in located, located
    # the host's name is no alias of the mission (古巴 names the country)
    assert all("古巴" not in e.aliases for e in ex.entities if e.type == "Agency")


def test_a_country_whose_name_holds_a_joiner_is_one_item():
    # xwlb-20230928-17: 中国驻|埃及|、|赞比亚|、|哈萨克斯坦|等国|使馆 (埃及 holds 及); 驻|印度尼西亚|、|伊朗|和|叙利亚|等国|大使馆
    for text, hosts in (("中国驻埃及、赞比亚、哈萨克斯坦等国使馆也举行了国庆招待会。", ("埃及", "赞比亚", "哈萨克斯坦")),
                        ("中国驻印度尼西亚、伊朗和叙利亚等国大使馆举行招待会。", ("印度尼西亚", "伊朗", "叙利亚"))):
        an = analysis(text, [])
        _missions_listed(an)
        assert [m.label for m in an.of_type("Agency")] == [
            f"中国驻{host}{'大使馆' if '大使馆' in text else '使馆'}" for host in hosts], text


def test_no_mission_of_a_list_that_names_no_countries():
    ex = kgraph.extract_text("我驻外使馆使团举行招待会等活动。驻京、津等地办事处照常办公。", date="2023-09-29")
    assert not any(e.label.startswith("中国驻") for e in ex.entities), [e.label for e in ex.entities]


def test_a_mission_to_an_organisation_is_the_missions_not_the_organisations():
    # xwlb-20230928-17: 中国|驻|非盟|使团|、|中国驻埃塞俄比亚大使馆|在|亚的斯亚贝巴|举行|国庆招待会
    ex = kgraph.extract_text("近日，中国驻非盟使团、中国驻埃塞俄比亚大使馆在亚的斯亚贝巴举行国庆招待会，非盟和国际机构高级官员等"
                             "约1300人出席。", date="2023-09-28")
    labels = {e.id: e.label for e in ex.entities}
    organizers = {labels[i] for ev in ex.events for role, i in ev.arguments if role == "organizer"}
    assert organizers == {"中国驻非盟使团", "中国驻埃塞俄比亚大使馆"}, organizers

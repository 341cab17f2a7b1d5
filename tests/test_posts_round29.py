"""Posts read in stories annotated blind for this round: a foreign ruling party's leader named by the title after his
name alone (阮富仲|总书记: 43 a year) holds it in his party's central committee, which goes by its full name."""
from __future__ import annotations

import kgraph


def _posts(text: str, date: str = "2023-06-28") -> set[tuple[str, str, str]]:
    ex = kgraph.extract_text(text, date=date)
    labels = {e.id: e.label for e in ex.entities}
    return {(labels[r.subject], labels[r.object], dict(r.props).get("title")) for r in ex.relations
            if r.predicate == "holdsPost"}


def test_a_ruling_partys_leader_named_by_the_title_after_his_name():
    # xwlb-20230628-11: the story names 越南 (越南总理范明政), never 越共中央总书记阮富仲
    posts = _posts("王沪宁27日在京会见越共中央政治局委员、越南总理范明政。王沪宁表示，在习近平总书记和阮富仲总书记战略引领下，"
                   "中越关系保持积极发展势头。")
    assert ("阮富仲", "越南共产党中央委员会", "总书记") in posts, posts
    assert ("习近平", "中共中央", "总书记") in posts, posts


def test_no_foreign_party_is_given_where_the_story_names_no_country_it_rules():
    posts = _posts("王沪宁表示，在习近平总书记和阮富仲总书记战略引领下，两国关系保持积极发展势头。")
    assert not any(holder == "阮富仲" for holder, _, _ in posts), posts


def test_a_foreign_partys_centre_goes_by_its_full_name():
    ex = kgraph.extract_text("国家主席习近平在越共中央驻地同越共中央总书记阮富仲举行会谈。", date="2023-12-13")
    centre = next(e for e in ex.entities if e.type == "Agency" and "越共中央" in (e.label, *e.aliases))
    assert centre.label == "越南共产党中央委员会", centre


def test_a_courts_judicial_committee_is_its_unit_and_a_judges_title_after_it_the_courts():
    # xwlb-20230901-12: 任命|邓修明|为|最高人民法院|副院长|、|审判委员会|委员|、|审判员
    posts = _posts("会议经表决，任命邓修明为最高人民法院副院长、审判委员会委员、审判员；任命葛晓燕为最高人民检察院副检察长、"
                   "检察委员会委员。", date="2023-09-01")
    assert {("邓修明", "最高人民法院", "副院长"), ("邓修明", "最高人民法院审判委员会", "委员"),
            ("邓修明", "最高人民法院", "审判员"), ("葛晓燕", "最高人民检察院检察委员会", "委员")} <= posts, posts
    # a county's court: the committee is the court's, not the county's
    posts = _posts("任命张三为公安县人民法院副院长、审判委员会委员、审判员。", date="2023-09-01")
    assert ("张三", "公安县人民法院审判委员会", "委员") in posts and ("张三", "公安县人民法院", "审判员") in posts, posts


def test_each_post_of_a_chain_taken_is_an_appointment():
    ex = kgraph.extract_text("会议经表决，任命邓修明为最高人民法院副院长、审判委员会委员、审判员。", date="2023-09-01")
    labels = {e.id: e.label for e in ex.entities}
    changes = {labels[i] for ev in ex.events if ev.type == "Appointment" for role, i in ev.arguments
               if role == "organization"}
    assert changes == {"最高人民法院", "最高人民法院审判委员会"}, changes


def test_a_prosecutors_rank_after_the_procuratorial_committee_is_the_procuratorates():
    posts = _posts("任命葛晓燕为最高人民检察院副检察长、检察委员会委员、检察员。", date="2023-09-01")
    assert {("葛晓燕", "最高人民检察院检察委员会", "委员"), ("葛晓燕", "最高人民检察院", "检察员")} <= posts, posts

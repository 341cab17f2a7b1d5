"""An appointment's organisation is its post's (EVENTS.md: "organization: the post's
organisation"), as the posts stage reads the post: where the text writes a division and a
title (孙志强|同志|任|公安县|副县长) the post is in the division's government, 公安县人民政府,
and so is the appointment — not the county itself."""
import kgraph


def _appointments(extraction):
    labels = {e.id: e.label for e in extraction.entities}
    return [(dict(e.props).get("title"), {role: labels[entity] for role, entity in e.arguments})
            for e in extraction.events if e.type == "Appointment"]


def test_a_county_title_is_appointed_in_the_county_government():
    # an invented local notice (no real sentence of ../shared writes a division and a title after 任)
    found = kgraph.extract_text("公安县人大常委会第十二次会议决定：孙志强同志任公安县副县长。")
    assert ("副县长", {"person": "孙志强", "organization": "公安县人民政府"}) in _appointments(found)
    posts = {(r.subject, r.object) for r in found.relations if r.predicate == "holdsPost"}
    assert len(posts) == 1


def test_a_party_committee_post_keeps_its_committee():
    # xwlb-2023 (中共中央决定：…冯飞同志任海南省委书记。): an agency written in full is the post's
    found = kgraph.extract_text("中共中央决定：冯飞同志任海南省委书记。", date="2023-06-01")
    [(title, roles)] = _appointments(found)
    assert roles["person"] == "冯飞" and "海南省委" in roles["organization"] and title == "书记"

"""Countries listed as teams are the teams, organisations (issue 19: sports teams): sports news lists
the teams by their countries' names, before a team's word (等强队, 队) or after a tournament's group
(e组的).  Each team is named 美国队, not the state.  Sentences of the People's Daily (pd-dev, 1998)."""
import kgraph
from kgraph.extraction.candidates import Candidate
from kgraph.extraction.organisations import listed_teams

from .test_names import _analysis


def _agencies(sentence: str) -> dict[str, str]:
    """Each agency's mention as written -> its entity's label."""
    return {m.text: e.label for e in kgraph.extract_text(sentence).entities if e.type == "Agency"
            for m in e.mentions if m.text}


def _places(sentence: str) -> set[str]:
    return {m.text for e in kgraph.extract_text(sentence).entities if e.type == "Place" for m in e.mentions if m.text}


def test_countries_listed_before_a_teams_word_are_teams():
    found = _agencies("其目的就是保证在对中国、丹麦、韩国、马来西亚等强队时在第四场稳取一分。")
    assert found == {"中国": "中国队", "丹麦": "丹麦队", "韩国": "韩国队", "马来西亚": "马来西亚队"}
    # the last country is written with its 队: the first is a team with it
    assert _agencies("这其中，美国和俄罗斯队各具特色，可为代表。") == {"美国": "美国队", "俄罗斯队": "俄罗斯队"}


def test_countries_drawn_in_a_group_are_teams():
    found = _agencies("八强已经产生：e组的美国、俄罗斯、立陶宛、西班牙，f组的澳大利亚、巴西、古巴、斯洛伐克。")
    # 巴西 and 古巴 are no pairs of one-character countries (巴|西) here: teams by the world list's names
    assert set(found) == {"美国", "俄罗斯", "立陶宛", "西班牙", "澳大利亚", "巴西", "古巴", "斯洛伐克"}
    assert found["古巴"] == "古巴队"


def test_countries_in_other_lists_stay_countries():
    sentence = "中国、美国和俄罗斯等国家代表出席。"
    assert not _agencies(sentence) and {"中国", "美国", "俄罗斯"} <= _places(sentence)
    # 队员: the team's word starts a word
    assert not _agencies("中国和美国队员都表现出色。")


def _teams(*tagged, places: list[tuple[int, int]]) -> set[str]:
    an = _analysis(*tagged)
    return {an.text[c.start:c.end] for c in listed_teams(an, [Candidate(s, e, "Place", "world", 0.5) for s, e in places])
            if c.type == "Agency"}


def test_the_stage_alone():
    # 中国、日本|等队: two countries before the team's word
    assert _teams(("中国", "LOC"), ("、", "w"), ("日本", "LOC"), ("等队", "n"), places=[(0, 2), (3, 5)]) == {"中国", "日本"}
    # one country before 队 is the team named whole elsewhere (中国队), not a list
    assert not _teams(("中国", "LOC"), ("等队", "n"), places=[(0, 2)])
    # a city is no team's country: 北京、上海|等队 (clubs, named otherwise)
    assert not _teams(("北京", "LOC"), ("、", "w"), ("上海", "LOC"), ("等队", "n"), places=[(0, 2), (3, 5)])

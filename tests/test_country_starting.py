"""repair._country_starting: whether a text names a country by a first character, found once
per text (it was a scan of the text per question, quadratic in a long story)."""
from __future__ import annotations

from kgraph.extraction.lexicons import world_finder
from kgraph.extraction.repair import _country_starting

# real sentences of the news (xwlb-2023), a story's lead and a later sentence joined as repair sees them
SENTENCES = (
    # xwlb-20230327-09: 洪方 is the side of 洪都拉斯
    "国家副主席韩正27日在北京会见洪都拉斯外长雷纳。中方愿同洪方开展治国理政交流，欢迎洪方加入“一带一路”合作倡议。",
    # xwlb-20230109-10: 俄乌, two countries by their one-character names
    "央视网消息（新闻联播）：俄罗斯方面8日表示，俄乌再次交换被扣押人员，双方各有50名人员返回本国。",
    # xwlb-20230719-07: 阿中, 阿 of 阿尔及利亚
    "国务院总理李强19日在京会见来华进行国事访问的阿尔及利亚总统特本。特本表示，中国是阿尔及利亚的好朋友，阿中合作不受任何限制。",
)


def _old(text: str, character: str) -> bool:
    """The rule as it was written: every world name of the text, read again for each question."""
    return any(name.startswith(character) for _, _, name in world_finder()(text))


def _characters(text: str) -> list[str]:
    return sorted(set(text) | set("洪俄乌阿中美法英德日韩越"))


def test_same_answers_as_reading_the_text_each_time():
    for sentence in SENTENCES:
        for character in _characters(sentence):
            assert _country_starting(sentence, character) == _old(sentence, character), (sentence, character)
    assert _country_starting(SENTENCES[0], "洪") and not _country_starting(SENTENCES[1], "洪")
    assert _country_starting(SENTENCES[2], "阿") and not _country_starting(SENTENCES[0], "阿")


def test_texts_asked_in_turn_are_not_mixed_up():
    # the answer is kept for the last text only: asking of another text reads that text
    for sentence in (*SENTENCES, SENTENCES[0], SENTENCES[2], SENTENCES[0]):
        assert _country_starting(sentence, "洪") == ("洪都拉斯" in sentence)


def test_a_sentence_of_200_000_characters_finishes_with_the_same_answers():
    # one story with no full stop (a page pasted whole): the sentences run on with commas;
    # every character of it is asked about, as repair may ask for each name it reads
    huge = "，".join(sentence.replace("。", "，") for sentence in SENTENCES)
    huge = (huge * (200_000 // len(huge) + 1))[:200_000]
    characters = _characters(huge)
    answers = {character: _country_starting(huge, character) for character in characters * 20}
    finder = world_finder()
    firsts = {name[0] for _, _, name in finder(huge)}  # the old rule's answers, reading the text once
    assert answers == {character: character in firsts for character in characters}
    assert answers["洪"] and answers["阿"] and not answers["特"]

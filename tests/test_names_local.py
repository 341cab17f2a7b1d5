"""Local appointment notices (issue 19): a preposition or a verb of appointment written right
before a level word (经|县人大常委会, 王海涛|任|县教育局, 李四|任|市文旅局) is no part of a
division's, an organisation's or a person's name.

The notices are invented (local news is not in ../shared); their shape is that of the
national news (xwlb-20230104-09 由|县中医医院|旺草分院, read from
``../shared/corpus/news/xwlb-2023.jsonl``)."""
import kgraph
from kgraph.extraction.repair import repair
from kgraph.extraction.candidates import Candidate

from .test_names import _analysis
from .test_recognise import NEWS, _shared_texts


def _repaired(type_, *tagged, span):
    an = _analysis(*tagged)
    start = an.text.index(span)
    return [(an.text[c.start:c.end], c.type) for c in repair(an, Candidate(start, start + len(span), type_, "model"))]


def _found(text):
    return {(e.label, e.type) for e in kgraph.extract_text(text).entities}


def test_a_preposition_before_the_level_word_starts_no_organisation():
    # the model reads 经县人大常委会/ORG: 经 is "by"; 县人大常委会 alone is a short form the rules resolve
    assert _repaired("Agency", ("经县人大常委会", "ORG"), ("第十二次", "m"), ("会议", "n"), ("决定", "v"),
                     span="经县人大常委会") == []
    assert _repaired("Agency", ("王海涛", "PER"), ("任县教育局", "ORG"), ("党组", "n"), ("书记", "n"),
                     span="任县教育局") == []


def test_a_verb_of_appointment_before_the_level_word_is_no_part_of_the_name():
    assert _repaired("Person", ("李四任", "PER"), ("市文旅局", "ORG"), ("局长", "n"), span="李四任") == [("李四", "Person")]


def test_local_notices_end_to_end():
    found = _found("经县人大常委会第十二次会议决定，任命孙志强为公安县人民政府副县长。")
    assert not {label for label, _ in found if label.startswith("经县")}
    assert ("孙志强", "Person") in found
    found = _found("经研究决定，王海涛任县教育局党组书记。")
    assert ("王海涛", "Person") in found and not {label for label, _ in found if label.startswith("任县")}
    found = _found("经市委研究同意，李四任市文旅局局长。")
    assert ("李四", "Person") in found and ("李四任", "Person") not in found


def test_a_preposition_before_a_county_hospital_is_no_county():
    text = _shared_texts(NEWS, {"xwlb-20230104-09"}, "the shared news corpus")["xwlb-20230104-09"]
    found = _found(text)
    assert not {label for label, type_ in found if label.startswith("由县")}
    assert ("绥阳县", "AdministrativeDivision") in found


def test_a_credits_label_before_its_mark_is_nobody_and_the_name_after_it_is_a_person():
    # a district's page (2025): 作者: 胡敏霞 厉胜男 |文/|摄 郭毅刚/视频 (the model: 文//PER); a county's (2010s): 文/周娜娜 图
    people = {label for label, kind in _found("作者: 胡敏霞 厉胜男 文/摄 郭毅刚/视频\n3月19日上午,雄关街道召开会议。")
              if kind == "Person"}
    assert {"胡敏霞", "厉胜男", "郭毅刚"} <= people and not any("/" in p for p in people)
    assert ("周娜娜", "Person") in _found("县委书记李明出席会议并讲话。(文/周娜娜 图)")


def test_a_surname_and_a_title_read_by_a_speech_verb_is_no_person():
    # a county's page (蒙山县, 2010s): 汇报后,|宋县长/LOC|指出 — an address, read as a person by the verb after it
    assert ("宋县长", "Person") not in _found("在听取交通部门的项目进展情况汇报后,宋县长指出,加快建设荔浦至玉林高速公路。")


def test_the_author_in_a_doctrines_name_on_a_local_page_is_no_person():
    # a district's page (房山区, 2020s): 坚持用|习近平|新时代中国特色社会主义思想|武装头脑 — the doctrine, no mention of him
    assert not any(kind == "Person" for _, kind in _found("房山区召开会议。她要求房山区要坚持用习近平新时代中国特色社会主义思想武装头脑。"))
    # but 习近平总书记 written as the actor of a sentence is the person (a county's page)
    assert ("习近平", "Person") in _found("房山区召开会议。深入贯彻习近平法治思想。习近平总书记强调,要加强法治建设。")
    # and a national story keeps People's Daily's reading (no home: 马克思|主义 is 马克思)
    assert ("马克思", "Person") in _found("坚持马克思主义在意识形态领域的指导地位。")

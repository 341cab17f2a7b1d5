"""People found whole and right (issue #19): the people a work's title names, a given name's
last character the model read alone (刘国|中), …

Each rule is read on a hand-built :class:`Analysis` (the model's words written in the test)
and end to end on real sentences: People's Daily sentences of the shared NER split's even
half and CCTV 新闻联播 transcripts of 2023 (``../shared/corpus/news/xwlb-2023.jsonl``, read by
story id)."""
import kgraph
from kgraph.extraction.proposers import names_in_titles
from kgraph.extraction.recognise import model_candidates

from .test_names import _analysis
from .test_recognise import NEWS, _shared_texts


def _people(text: str) -> list[str]:
    return sorted(m.text for e in kgraph.extract_text(text).entities if e.type == "Person" for m in e.mentions)


def _in_titles(*tagged) -> list[str]:
    an = _analysis(*tagged)
    return [an.text[c.start:c.end] for c in names_in_titles(an) if c.type == "Person"]


# ---------------------------------------------------------------- 1. a person a work's title names

def test_a_title_that_opens_with_a_name_names_that_person():
    # pd-dev-01237 ●《李中贤诗文集》（上、下）由: the model reads the title as one work (nw)
    assert _in_titles(("●", "w"), ("《", "w"), ("李中贤诗文集", "nw"), ("》", "w")) == ["李中贤"]
    # pd-dev-00029 改写成八百字的《陈伊玲的故事》: the model's 陈伊玲的故事/PER is no name
    assert _in_titles(("的", "u"), ("《", "w"), ("陈伊玲的故事", "PER"), ("》", "w")) == ["陈伊玲"]
    # pd-dev-00619 早年《致江绍原》直指老师胡适学术, 晚年《致牟小东》: a letter to a person
    assert _in_titles(("早年", "TIME"), ("《", "w"), ("致江绍原", "nw"), ("》", "w")) == ["江绍原"]
    assert _in_titles(("晚年", "TIME"), ("《", "w"), ("致牟小东", "nw"), ("》", "w")) == ["牟小东"]
    # pd-dev-00023 《毛泽东、邓小平、江泽民新闻宣传思想研究》: a list of names opens the title
    assert _in_titles(("《", "w"), ("毛泽东、邓小平、江泽民新闻宣传思想研究", "nw"), ("》", "w")) == [
        "毛泽东", "邓小平", "江泽民"]


def test_a_whole_title_is_a_name_where_the_dictionary_or_the_model_reads_one():
    # pd-dev-01257 王瑶先生写于1954年的《李白》: the dictionary knows 李白 as a person's name
    assert _in_titles(("写于", "v"), ("1954年", "TIME"), ("的", "u"), ("《", "w"), ("李白", "nw"), ("》", "w"),
                      ("，", "w")) == ["李白"]
    # pd-dev-01499 本报记者翟启运《时代潮》杂志记者张平福: a magazine; 时|代潮 reads as a name's shape only
    assert _in_titles(("翟启运", "PER"), ("《", "w"), ("时代潮", "nw"), ("》", "w"), ("杂志", "n")) == []
    # xwlb-20230123-05 春节期间，包括《满江红》《流浪地球2》: a film in a row of films
    assert _in_titles(("包括", "v"), ("《", "w"), ("满江红", "nw"), ("》", "w"), ("《", "w"), ("流浪地球2", "nw"),
                      ("》", "w")) == []


def test_no_person_in_a_title_where_no_name_stands_or_a_common_word_follows():
    # a surname and a word of the dictionary (蓝|蝴蝶/n) name nobody; nor does a title that goes on
    # with no kind of work after the name (《习近平谈治国理政》); nor a foreign name (《安娜·卡列尼娜》)
    assert _in_titles(("《", "w"), ("蓝蝴蝶", "nw"), ("》", "w")) == []
    assert _in_titles(("学习", "v"), ("《", "w"), ("习近平谈治国理政", "nw"), ("》", "w")) == []
    assert _in_titles(("音乐剧", "n"), ("《", "w"), ("安娜·卡列尼娜", "nw"), ("》", "w")) == []


def test_people_named_by_titles_end_to_end():
    assert "李中贤" in _people("●《李中贤诗文集》（上、下）由中国文联出版社出版。")
    assert "江绍原" in _people("早年《致江绍原》直指老师胡适学术“有时不免有‘好立异以为高’的倾向”。")
    assert "陈伊玲" in _people("他把《第二次考试》改写成八百字的《陈伊玲的故事》。")
    stories = _shared_texts(NEWS, {"xwlb-20230123-05"}, "the shared news corpus")
    assert "满江红" not in _people(stories["xwlb-20230123-05"])


# ---------------------------------------------------------------- 2. a given name's last character read alone

def _model_people(*tagged) -> list[str]:
    an = _analysis(*tagged)
    return [an.text[c.start:c.end] for c in model_candidates(an) if c.type == "Person"]


def test_a_localiser_the_model_read_alone_ends_the_given_name():
    # xwlb-20230712-04 国务院副总理刘国中出席会议并讲话: the model reads 刘国/PER|中/f, jieba 刘国|中
    assert _model_people(("国务院", "ORG"), ("副总理", "n"), ("刘国", "PER"), ("中", "f"), ("出席会议", "v"),
                         ("并", "c"), ("讲话", "v"), ("。", "w")) == ["刘国中"]
    # xwlb-20230313-04 丁薛祥、张国清、刘国中出席。
    assert _model_people(("张国清", "PER"), ("、", "w"), ("刘国", "PER"), ("中", "f"), ("出席", "v"),
                         ("。", "w")) == ["张国清", "刘国中"]
    # before a date, as 刘国中8日在京会见 would be written
    assert _model_people(("刘国", "PER"), ("中", "f"), ("8日", "TIME"), ("在", "p"), ("京", "LOC"),
                         ("会见", "v")) == ["刘国中"]


def test_no_localiser_is_taken_that_follows_a_whole_name():
    # 会见王毅后，: 后 ends no given name; 在张明中 would need a mark, a verb or a date after it
    assert _model_people(("会见", "v"), ("王毅", "PER"), ("后", "f"), ("，", "w")) == ["王毅"]
    assert _model_people(("在", "p"), ("王毅", "PER"), ("中", "f"), ("发现", "n")) == ["王毅"]
    # a three-character name takes no fourth character: 习近平|中|…
    assert _model_people(("习近平", "PER"), ("东", "f"), ("，", "w")) == ["习近平"]


def test_liu_guozhong_whole_end_to_end():
    assert _people("国务院副总理刘国中出席会议并讲话。") == ["刘国中"]

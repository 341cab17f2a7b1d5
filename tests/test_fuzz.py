"""Property-based tests (hypothesis): arbitrary text through the reader, the page
layout and ``extract_text`` never raises anything but :class:`kgraph.InputError`, and
what comes out keeps the invariants real news is checked for (tests/test_news_corpus.py):
offsets point at the words, relations join entities of the right types, the graph is
valid RDF in every syntax."""
from __future__ import annotations

import io
import json
import os
import re

import pyoxigraph as ox
import pytest
import rdflib
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import kgraph
from kgraph import Source
from kgraph.errors import InputError
from kgraph.graph.rdf import extraction_quads
from kgraph.ingest import read_sources, split_documents
from kgraph.ingest.reader import without_controls

# words of the news, so that the recognisers fire, and the characters that break things
WORDS = ["荆州市", "公安县", "沙市区", "李埠镇", "人民法院", "公安局", "县委", "中央纪委", "国家监委", "委员", "局长",
         "书记", "副县长", "记者", "通讯员", "本报讯", "冯荆柯", "余海艳", "长乐国际机场", "平安建设", "专项行动",
         "开展", "召开", "会议", "。", "，", "、", "：", "；", "！", "？", "\n", "\n\n", " ", "\u3000",
         "“", "”", "《", "》", "（", "）", "(", ")", "「", "[", "]", "{", "}", "<", ">", "\"", "'", "\\",
         "#", "## ", "**", "[链接](http://x.org/a b)", "---", "□ 记者 ", "(记者余海艳 通讯员吴卫东)",
         "\u0301", "\u200b", "\x00", "\x07", "\x1b", "\x85", "\u2028", "\ufeff", "\ufffe", "\uffff", "\ue000",
         "\U0001F600", "\U000E0001", "\ud800", "\udfff", "a", "Z", "0", "2023", "."]
TEXT = st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=8)), max_size=80).map("".join)
LONG_LINE = st.builds(lambda w, n: w * n, st.sampled_from(["荆州市公安县人民法院", "“《（", "的"]),
                      st.integers(200, 3000))
FUZZ = settings(max_examples=int(os.environ.get("KGRAPH_FUZZ_EXAMPLES", 60)), deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _without_surrogates(text: str) -> str:
    """The text as read: a lone surrogate U+FFFD, a control character a space (a form
    feed or a vertical tab a line break), one for one."""
    return without_controls("".join("\ufffd" if 0xD800 <= ord(c) <= 0xDFFF else c for c in text))


def _check_extraction(extraction, sources: dict[str, str]) -> None:
    types = {e.id: e.type for e in extraction.entities}
    documents = {d.id for d in extraction.documents}
    for entity in extraction.entities:
        for span in entity.mentions:
            source = _without_surrogates(sources[span.document.split("/")[0]] if span.document not in sources
                                         else sources[span.document])
            # the name as written, a broken line rejoined: the line break and the layout's spaces around it (a
            # control character read as one) are no part of it
            assert re.sub(r"[ \t\u3000]*\n[ \t\u3000]*", "", source[span.start:span.end]) == span.text
    for relation in extraction.relations:
        assert relation.subject in types
        assert relation.object in types or (relation.predicate == "reporterOf" and relation.object in documents)
    # the graph, in every syntax a user may ask for, reads back
    store = ox.Store()
    store.extend(extraction_quads(extraction))
    for fmt, name in ((ox.RdfFormat.TURTLE, "turtle"), (ox.RdfFormat.N_TRIPLES, "nt"),
                      (ox.RdfFormat.JSON_LD, "json-ld")):
        data = store.dump(format=fmt, from_graph=ox.DefaultGraph(),
                          **({"prefixes": {"article": "https://kgraph.example.org/id/article/"}}
                             if fmt == ox.RdfFormat.TURTLE else {}))
        again = ox.Store()
        again.load(data, format=fmt)
        assert len(again) == len(store)
        if name != "json-ld":
            assert len(rdflib.Graph().parse(data=data.decode("utf-8"), format=name)) == len(store)


@FUZZ
@given(st.one_of(TEXT, LONG_LINE))
@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_extract_text_holds_on_any_text(text):
    try:
        extraction = kgraph.extract_text(text, doc_id="t")
    except InputError:
        return
    _check_extraction(extraction, {"t": text})


@FUZZ
@given(TEXT)
def test_layout_pieces_copy_the_source(text):
    source = Source("p", text, "p.txt")
    for markup in (None, "markdown"):
        for doc in split_documents(Source("p", text, "p.txt", markup=markup)):
            clean = _without_surrogates(source.text)
            for norm, src, length in doc.pieces:
                assert doc.text[norm:norm + length] == clean[src:src + length]
                assert 0 <= src and src + length <= len(text)


JSON_VALUE = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | TEXT,
                          lambda inner: st.lists(inner, max_size=3) | st.dictionaries(TEXT, inner, max_size=3),
                          max_leaves=6)
RECORD = st.fixed_dictionaries({"id": st.one_of(TEXT, st.integers(), st.sampled_from([".", "..", "../../etc/passwd",
                                                                                      "a/b", "x\ufffey", ""])),
                                "text": TEXT},
                               optional={"title": st.one_of(TEXT, JSON_VALUE), "date": st.one_of(
                                   st.sampled_from(["2023-02-30", "2023-01-01", "yesterday", ""]), JSON_VALUE),
                                         "source": TEXT})


@FUZZ
@given(st.lists(st.one_of(RECORD, JSON_VALUE), min_size=1, max_size=4), st.booleans())
@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_json_lines_of_anything_read_or_fail_cleanly(records, ascii_only):
    # surrogates travel escaped in JSON (\ud800), the way a JSON writer sends them
    lines = [json.dumps(r, ensure_ascii=True if ascii_only else False) if ascii_only or not _has_surrogate(r)
             else json.dumps(r) for r in records]
    data = ("\n".join(lines) + "\n").encode("utf-8")
    try:
        sources = list(read_sources(["-"], stdin=io.BytesIO(data)))
        extraction = kgraph.extract(["-"], stdin=io.BytesIO(data))
    except InputError:
        return
    texts = {s.id: s.text for s in sources}
    _check_extraction(extraction, texts)


def _has_surrogate(value) -> bool:
    return any(0xD800 <= ord(c) <= 0xDFFF for c in json.dumps(value, ensure_ascii=False))


@FUZZ
@given(st.binary(max_size=400) | TEXT.map(lambda t: t.encode("utf-8", "surrogatepass")))
def test_any_bytes_as_a_file_read_or_fail_cleanly(tmp_path_factory, data):
    path = tmp_path_factory.mktemp("f") / "page.txt"
    path.write_bytes(data)
    try:
        sources = list(read_sources([path]))
    except InputError:
        return
    assert all(isinstance(s.text, str) for s in sources)

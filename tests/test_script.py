"""A page in traditional characters is read in simplified ones, one character for one (kgraph.ingest.script): a
county media centre's story reprinted on a portal in traditional characters (宿松县, 2025) yields its divisions,
bodies and officials as the simplified page would; a simplified story that holds a character OpenCC maps is kept."""
from __future__ import annotations

import json

from kgraph.ingest import read_sources, split_documents
from kgraph.ingest.script import in_simplified_characters, written_in_traditional

from .builders import extracted_labels

# 宿松融媒's story on a township's new-year talk with its entrepreneurs, as a portal printed it (2025)
XIACANG = ("下倉鎮召開“慶新春、敘鄉情、話發展”新春懇談會\n宿松融媒訊 2月5日,下倉鎮召開“慶新春、敘鄉情、話發展”新春懇談會,"
           "十余名返鄉企業家代表齊聚家鄉,共敘桑梓之情,為家鄉發展建言獻策。鎮班子全體成員、各村(社區)書記等參加會議。\n"
           "鎮黨委副書記、鎮長王木林對前來參加會議的優秀企業家表示熱烈歡迎,致以新春祝福,并介紹了下倉鎮2024年工作成果及2025年"
           "發展規劃。他指出,過去的一年,下倉鎮按照縣委、縣政府工作部署,堅持統籌發展與安全,大力推進“雙招雙引”、重點項目建設。")

# xwlb-2023 stories that OpenCC would change in one character each (乾 of a place's name, 樑): simplified text
SIMPLIFIED_WITH_A_MAPPED_CHARACTER = "新疆乾县的农民在田间忙碌,栋樑之材。国务院总理李强主持召开国务院常务会议,研究部署有关工作。"


def test_a_traditional_page_is_found_and_converted_one_for_one():
    assert written_in_traditional(XIACANG)
    converted = in_simplified_characters(XIACANG)
    assert len(converted) == len(XIACANG)
    assert converted.startswith("下仓镇召开“庆新春、叙乡情、话发展”新春恳谈会")
    assert "镇党委副书记、镇长王木林" in converted
    # every character that did not change keeps its offset
    assert all(old == new for old, new in zip(XIACANG, converted) if old in ",。“”\n0123456789")


def test_simplified_text_is_kept_as_written():
    assert not written_in_traditional(SIMPLIFIED_WITH_A_MAPPED_CHARACTER)
    assert in_simplified_characters(SIMPLIFIED_WITH_A_MAPPED_CHARACTER) == SIMPLIFIED_WITH_A_MAPPED_CHARACTER
    assert in_simplified_characters("") == ""
    assert not written_in_traditional("鎮長")  # too little text to tell


def test_a_traditional_file_and_record_are_read_in_simplified(tmp_path):
    page = tmp_path / "xiacang.txt"
    page.write_text(XIACANG, encoding="utf-8")
    (source,) = read_sources([page])
    assert source.text == XIACANG  # the source as written; its articles are read in simplified characters
    documents = split_documents(source)
    assert documents and all("倉" not in doc.text for doc in documents)
    assert any("镇党委副书记、镇长王木林" in doc.text for doc in documents)
    title, body = XIACANG.split("\n", 1)
    records = tmp_path / "news.jsonl"
    records.write_text(json.dumps({"id": "1", "title": title, "text": body}, ensure_ascii=False) + "\n", encoding="utf-8")
    (record,) = read_sources([records])
    (document,) = split_documents(record)
    assert document.title == "下仓镇召开“庆新春、叙乡情、话发展”新春恳谈会"
    # (and its dateline read as one, as the layout reads simplified ones: 宿松融媒讯 credits the county's media centre)
    assert document.text.startswith(document.title + "\n2月5日") and ("宿松融媒", 24, 28) in document.publishers


def test_a_lone_surrogate_is_no_error():
    # a JSON escape's lone surrogate in a text given to the library: U+FFFD, one for one, before OpenCC reads it
    text = "中华人民共和國國務院總理李強會見\ud800了來賓們，他們說這個問題"
    converted = in_simplified_characters(text)
    assert len(converted) == len(text) and "\ufffd" in converted and "国务院总理李强" in converted
    import kgraph

    assert any(e.label == "李强" for e in kgraph.extract_text(text).entities)


def test_rare_characters_keep_the_basic_plane():
    # OpenCC's tables that map rare characters outside the Basic Multilingual Plane (俓 -> 𠇹) are not loaded
    converted = in_simplified_characters("鎮黨委副書記、鎮長王俓婡對前來參加會議的優秀企業家表示熱烈歡迎")
    assert "王俓婡" in converted and all(ord(char) < 0x10000 for char in converted)


def test_a_traditional_page_yields_what_the_simplified_one_does():
    _, typed, relations = extracted_labels(XIACANG)
    assert typed.get("下仓镇") == "AdministrativeDivision"
    assert typed.get("下仓镇党委") == "Agency" and typed.get("王木林") == "Person"
    assert ("holdsPost", "王木林", "镇长", "下仓镇人民政府") in relations
    assert not any("倉" in label or "鎮" in label for label in typed)

"""`export --tables` against CSV injection: a text cell that a spreadsheet would run as a formula
(opening with =, +, -, @, a tab or a carriage return) is written with a ' before it (OWASP);
table_rows, the data, keeps the article's text as it is."""
import csv

import pytest

import kgraph
from kgraph import KnowledgeGraph
from kgraph.graph.tables import _cell, table_rows, write_tables

# xwlb-20230329-03, as an article crafted to open with a formula would carry it
MEETING = "国务院总理李强29日在海南博鳌会见科特迪瓦总理阿希。"


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_a_cell_opening_like_a_formula_is_text(start):
    assert _cell(start + "HYPERLINK(\"http://x\")") == "'" + start + "HYPERLINK(\"http://x\")"


def test_other_cells_are_as_they_are():
    assert [_cell(v) for v in (MEETING, "2023-03-29", "person/新闻联播/李强", 0, None, "a=b", "'=x")] == [
        MEETING, "2023-03-29", "person/新闻联播/李强", 0, "", "a=b", "'=x"]


def test_an_articles_formula_is_no_formula_in_the_tables(tmp_path):
    text = "=HYPERLINK(\"http://example.com\",\"x\")" + MEETING
    graph = KnowledgeGraph()
    graph.add(kgraph.extract_text(text, doc_id="crafted-20230329-01", date="2023-03-29"))
    sentences = [row["sentence"] for row in table_rows(graph)["evidence.csv"]]
    assert sentences and all(s.startswith("=HYPERLINK") for s in sentences)  # the data as read
    write_tables(graph, tmp_path)
    with open(tmp_path / "evidence.csv", encoding="utf-8", newline="") as handle:
        written = [row["sentence"] for row in csv.DictReader(handle)]
    assert written == ["'" + s for s in sentences]
    with open(tmp_path / "entities.csv", encoding="utf-8", newline="") as handle:
        assert "李强" in {row["name"] for row in csv.DictReader(handle)}

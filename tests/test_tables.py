"""`kgraph export GRAPH -o DIR/ --tables`: CSV files an analyst reads as they are — one
header row, UTF-8 without a byte-order mark, ISO dates, each holding and event with its
article and sentence — on a hand-built graph (sentences of xwlb-2023 and an invented
local one) and end to end on the sample page."""
import csv

import pytest
from click.testing import CliRunner

from kgraph import KnowledgeGraph
from kgraph.cli import main
from kgraph.graph.formats import format_named
from kgraph.graph.tables import TABLES, write_tables

from .conftest import SAMPLE
from .test_events_rdf import APPOINTMENT, DOC_A, DOC_G, DOC_M, DOC_M2, GATHERING, MEETING, MEETING_AGAIN, extraction


@pytest.fixture(scope="module")
def tables(tmp_path_factory):
    graph = KnowledgeGraph()
    graph.add(extraction(DOC_M, DOC_G, DOC_A, DOC_M2))
    folder = tmp_path_factory.mktemp("tables")
    write_tables(graph, folder)
    return folder


def read(folder, name):
    raw = (folder / name).read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")  # no byte-order mark: R's read.csv would keep it in a name
    with open(folder / name, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_every_table_has_one_header_row_of_stata_names(tables):
    assert sorted(path.name for path in tables.iterdir()) == sorted(TABLES)
    for name, columns in TABLES.items():
        with open(tables / name, encoding="utf-8", newline="") as handle:
            assert next(csv.reader(handle)) == list(columns)
        assert all(column.isidentifier() and column.islower() and len(column) <= 32 for column in columns)


def test_posts_have_their_days_and_first_sentence(tables):
    posts = {(r["person_name"], r["title"], r["agency_name"]): r for r in read(tables, "posts.csv")}
    assert set(posts) == {("李强", "总理", "国务院"), ("阿希", "总理", "科特迪瓦政府"), ("王某某", "副县长", "公安县人民政府")}
    li = posts[("李强", "总理", "国务院")]
    assert (li["person"], li["agency"], li["former"], li["first_seen"], li["last_seen"], li["reports"]) == (
        "person/新闻联播/李强", "agency/国务院", "0", "2023-03-14", "2023-03-29", "2")
    # the first report: the earliest article
    assert (li["article"], li["article_date"], li["sentence"], li["start"], li["end"]) == (
        "xwlb-20230314-05", "2023-03-14", GATHERING, "0", str(len(GATHERING)))


def test_events_and_their_arguments(tables):
    events = {r["type"]: r for r in read(tables, "events.csv")}
    assert [(r["type"], r["date"]) for r in read(tables, "events.csv")] == [
        ("Appointment", ""), ("Gathering", "2023-03-14"), ("Meeting", "2023-03-29")]  # no day first
    meeting = events["Meeting"]
    assert (meeting["trigger"], meeting["arguments"], meeting["reports"], meeting["article"], meeting["sentence"]) == (
        "会见", "2", "2", "xwlb-20230329-03", MEETING)
    assert (events["Appointment"]["title"], events["Appointment"]["change"]) == ("副县长", "start")
    assert events["Gathering"]["title"] == "新一届国务院第一次常务会议"
    arguments = [(r["type"], r["role"], r["entity_name"], r["entity_type"]) for r in read(tables, "event_arguments.csv")]
    assert arguments == [
        ("Appointment", "organization", "公安县人民政府", "Agency"), ("Appointment", "person", "王某某", "Person"),
        ("Gathering", "chair", "李强", "Person"), ("Gathering", "organizer", "国务院", "Agency"),
        ("Meeting", "agent", "李强", "Person"), ("Meeting", "counterpart", "阿希", "Person")]
    assert {r["event"] for r in read(tables, "event_arguments.csv")} == {r["event"] for r in events.values()}
    assert all(r["sentence"] == APPOINTMENT for r in read(tables, "event_arguments.csv") if r["type"] == "Appointment")


def test_evidence_lists_every_sentence(tables):
    rows = read(tables, "evidence.csv")
    meeting = next(r["event"] for r in read(tables, "events.csv") if r["type"] == "Meeting")
    assert [(r["article"], r["sentence"]) for r in rows if r["id"] == meeting] == [
        ("xwlb-20230329-03", MEETING), ("invented-20230330-01", MEETING_AGAIN)]
    holdings = {r["holding"] for r in read(tables, "posts.csv")}
    assert {r["id"] for r in rows if r["kind"] == "holdsPost"} == holdings


def test_entities_with_their_articles(tables):
    entities = {r["name"]: r for r in read(tables, "entities.csv")}
    assert (entities["李强"]["type"], entities["李强"]["articles"], entities["李强"]["first_article"],
            entities["李强"]["first_date"], entities["李强"]["person_role"]) == (
        "Person", "3", "xwlb-20230314-05", "2023-03-14", "official")
    assert entities["国务院"]["agency_kind"] == "government"


def test_pandas_reads_them_as_they_are(tables):
    pandas = pytest.importorskip("pandas", reason="pandas is not installed (not a kgraph dependency)")
    posts = pandas.read_csv(tables / "posts.csv", parse_dates=["first_seen", "last_seen"])
    assert list(posts.columns) == list(TABLES["posts.csv"])
    li = posts[posts.person_name == "李强"].iloc[0]
    assert (li.last_seen - li.first_seen).days == 15 and li.former == 0
    events = pandas.read_csv(tables / "events.csv")
    assert events["date"].isna().sum() == 1  # the appointment's unknown day is empty, read as missing


def test_the_same_graph_gives_the_same_bytes(tables, tmp_path):
    graph = KnowledgeGraph()
    graph.add(extraction(DOC_M2, DOC_A, DOC_G, DOC_M))
    write_tables(graph, tmp_path)
    assert all((tmp_path / name).read_bytes() == (tables / name).read_bytes() for name in TABLES)


def test_tables_is_a_registered_format():
    assert format_named("tables").write_function() is write_tables


def test_export_tables_end_to_end(tmp_path):
    graph = tmp_path / "g.ttl"
    runner = CliRunner()
    assert runner.invoke(main, ["build", str(SAMPLE), "-o", str(graph), "--quiet"]).exit_code == 0
    out = tmp_path / "tables"
    result = runner.invoke(main, ["export", str(graph), "-o", f"{out}/", "--tables"])
    assert result.exit_code == 0, result.output
    posts = {(r["person_name"], r["title"], r["agency_name"]): r for r in read(out, "posts.csv")}
    feng = posts[("冯荆柯", "书记", "公安县委政法委")]
    assert "冯荆柯" in feng["sentence"] and feng["article"]
    names = {r["name"] for r in read(out, "entities.csv")}
    assert {"冯荆柯", "公安县人民法院", "李埠镇"} <= names
    # a file where the directory should be: one line, the output error's exit code
    result = runner.invoke(main, ["export", str(graph), "-o", str(graph), "--tables"])
    assert result.exit_code == 3 and "not a directory" in result.output

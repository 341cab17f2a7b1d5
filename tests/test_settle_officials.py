"""One person per official in ``build --update`` (kgraph.graph.settle): people of one name read in
different scopes (files of one county whose region the articles do not show) who hold the same
post are one person in the graph whatever order the files are added in, as the resolver makes
them one when the files are read together (tests/test_resolve_officials.py); two 王伟 with no
post in common stay two.  On hand-built articles and end to end on invented local notices."""
import itertools
from dataclasses import replace

import pytest
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from kgraph import KnowledgeGraph, build_graph
from kgraph.extraction.resolve import Resolver, article_record

from .conftest import NEWS, shared_records
from .test_resolve_officials import _article


def _extraction(*articles):
    resolver = Resolver()
    for an in articles:
        resolver.add_article(article_record(an))
    return resolver.finish()


def _former(an):
    """The article's holding read as ended (原|常务副县长)."""
    an.facts[:] = [replace(f, props=tuple((k, True if k == "former" else v) for k, v in f.props))
                   for f in an.facts]
    return an


def _same(stepwise: KnowledgeGraph, together: KnowledgeGraph) -> bool:
    one, other = stepwise.to_rdflib(), together.to_rdflib()
    if isomorphic(one, other):
        return True
    _, only_update, only_build = graph_diff(to_isomorphic(one), to_isomorphic(other))
    pytest.fail(f"update differs from building together:\n only by update: {sorted(only_update)[:8]}\n"
                f" only by building: {sorted(only_build)[:8]}")


def _people(graph: KnowledgeGraph, name: str) -> list[str]:
    return sorted(str(row[0]) for row in graph.query(
        "SELECT ?p ?name WHERE { ?p a kg:Person ; rdfs:label ?name }", {"name": name}))


def _articles():
    """Three files of 孙志强, 常务副县长 of 公安县人民政府: appointed on 5-12 (a, and again b, the
    same happening: one event), and named as 原 (former) on 6-01 (c)."""
    return {
        "a": _article("a", "任命孙志强为公安县人民政府常务副县长。", "孙志强", "公安县人民政府", "常务副县长"),
        "b": _article("b", "公安县人民政府任命孙志强为常务副县长。", "孙志强", "公安县人民政府", "常务副县长"),
        "c": _former(_article("c", "原公安县人民政府常务副县长孙志强出席。", "孙志强", "公安县人民政府",
                              "常务副县长", date="2023-06-01")),
    }


@pytest.mark.parametrize("order", list(itertools.permutations("abc")))
def test_adding_one_file_at_a_time_gives_the_graph_of_all_of_them(order):
    together = KnowledgeGraph()
    together.add(_extraction(*_articles().values()))
    [person] = _people(together, "孙志强")
    assert person.endswith("person/a.txt/孙志强")  # the id that sorts first
    stepwise = KnowledgeGraph()
    for name in order:
        stepwise.add(_extraction(_articles()[name]))
    assert _same(stepwise, together)
    assert _people(stepwise, "孙志强") == [person]
    # one holding of the post: first read on 5-12, last on 6-01 as former (kgraph.merge.combine_holdings)
    [(_, first, last, former)] = stepwise.query(
        "SELECT ?p ?first ?last ?former WHERE { ?s rdf:subject ?p ; rdf:predicate org:holds ; kg:firstSeen ?first ; "
        "kg:lastSeen ?last ; kg:former ?former }", {"p": person})
    assert (str(first), str(last), str(former)) == ("2023-05-12", "2023-06-01", "true")
    # the appointment of a and b is one event, read in both; c's (another day) is another
    rows = stepwise.query("SELECT ?p ?e (COUNT(?x) AS ?n) WHERE { ?e a kg:Appointment ; kg:appointee ?p ; "
                          "prov:wasDerivedFrom ?x } GROUP BY ?p ?e", {"p": person})
    assert sorted(int(str(row[2])) for row in rows) == [1, 2]
    # adding a file again changes nothing
    stepwise.add(_extraction(_articles()[order[-1]]))
    assert _same(stepwise, together)


def test_one_name_with_different_posts_stays_two_after_an_update():
    a = _article("a", "王伟任石首市人民政府副市长。", "王伟", "石首市人民政府", "副市长")
    b = _article("b", "松滋市公安局局长王伟主持会议。", "王伟", "松滋市公安局", "局长")
    together = KnowledgeGraph()
    together.add(_extraction(a, b))
    stepwise = KnowledgeGraph()
    stepwise.add(_extraction(b))
    stepwise.add(_extraction(a))
    assert _same(stepwise, together)
    assert len(_people(stepwise, "王伟")) == 2
    assert len(list(stepwise.query("SELECT ?e WHERE { ?e a kg:Appointment }"))) == 2


NOTICES = {  # invented local notices of one county whose region the text does not show
    "a.txt": "经研究决定，任命孙志强为公安县人民政府常务副县长。\n",
    "b.txt": "公安县人民政府常务副县长孙志强到斗湖堤镇调研。\n",
    "c.txt": "松滋市公安局局长孙志强主持召开会议。\n",
}


@pytest.fixture(scope="module")
def notices(tmp_path_factory):
    folder = tmp_path_factory.mktemp("notices")
    for name, text in NOTICES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return [folder / name for name in NOTICES]


@pytest.fixture(scope="module")
def built_together(notices):
    return build_graph(notices)


@pytest.mark.parametrize("order", list(itertools.permutations(range(3))))
def test_build_update_in_any_order_equals_building_together(notices, built_together, order):
    stepwise = build_graph([notices[order[0]]])
    for index in order[1:]:
        build_graph([notices[index]], graph=stepwise)
    assert _same(stepwise, built_together)
    # the deputy county head of a and b is one person; the police chief of c stays apart
    people = _people(stepwise, "孙志强")
    assert len(people) == 2
    heads = stepwise.query("SELECT ?p ?t WHERE { ?p org:holds ?post . ?post kg:title ?t }", {"t": "常务副县长"})
    assert len({str(row[0]) for row in heads}) == 1


def _appointment(an, change: str, title: str):
    """The article's appointment read as starting or ending ``title`` (免去|…|职务: end)."""
    an.events[:] = [replace(e, props=(("change", change), ("title", title))) for e in an.events]
    return an


def test_two_accounts_that_become_one_appointment_keep_one_change_and_post():
    # one day, one agency, one official: 免去 (end) in a, 任命 (start) in b — one Appointment, as
    # the resolver makes it (one change and title by kgraph.merge.preferred); the post only the
    # losing title named (公安县人民政府县长) is not left behind
    a = _appointment(_article("a", "免去孙志强的公安县人民政府副县长职务。", "孙志强", "公安县人民政府", "常务副县长"),
                     "end", "副县长")
    b = _appointment(_article("b", "任命孙志强为公安县人民政府县长。", "孙志强", "公安县人民政府", "常务副县长"),
                     "start", "县长")
    together = KnowledgeGraph()
    together.add(_extraction(a, b))
    for first, second in ((a, b), (b, a)):
        stepwise = KnowledgeGraph()
        stepwise.add(_extraction(first))
        stepwise.add(_extraction(second))
        assert _same(stepwise, together)
    [(_, change, post)] = stepwise.query("SELECT ?e ?change ?post WHERE { ?e a kg:Appointment ; kg:change ?change ; "
                                         "kg:post ?post }")
    assert str(change) == "end" and str(post).endswith("post/公安县人民政府/副县长")
    assert not list(stepwise.query("SELECT ?p WHERE { ?p a kg:Post ; kg:title '县长'@zh }"))


# Three national news stories, each a text file of its own (its scope: no region is shown) in a
# folder of its day: 国务院|总理|李克强 in each (xwlb-20230101-03 互致贺电, xwlb-20230104-04 会见
# 菲律宾总统, xwlb-20230106-03 会见土库曼斯坦总统), and 习近平|主席 in the last two
STORIES = ("xwlb-20230101-03", "xwlb-20230104-04", "xwlb-20230106-03")


@pytest.fixture(scope="module")
def stories(tmp_path_factory):
    records = shared_records(NEWS, STORIES, "the shared news corpus")
    folder = tmp_path_factory.mktemp("stories")
    files = []
    for story in STORIES:
        record = records[story]
        day = folder / record["date"].replace("-", "")
        day.mkdir(exist_ok=True)
        files.append(day / f"{story}.txt")
        files[-1].write_text(f"{record['title']}\n{record['text']}\n", encoding="utf-8")
    return files


@pytest.fixture(scope="module")
def stories_together(stories):
    return build_graph(stories)


@pytest.mark.parametrize("order", list(itertools.permutations(range(3))))
def test_news_stories_added_one_by_one_equal_building_them_together(stories, stories_together, order):
    together = stories_together
    assert _people(together, "李克强") == [together.base + "person/xwlb-20230101-03/李克强"]
    assert len(_people(together, "习近平")) == 2  # 国家主席 in the first story, 主席 in the others
    stepwise = build_graph([stories[order[0]]])
    for index in order[1:]:
        build_graph([stories[index]], graph=stepwise)
    assert _same(stepwise, together)

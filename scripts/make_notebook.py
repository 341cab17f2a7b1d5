"""Write notebooks/walkthrough.ipynb from the cells below (kept here so the notebook's
source is reviewable as Python; the test suite executes the notebook itself)."""
from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

CELLS = [
    ("md", """# kgraph walkthrough

From a page of a city daily to a knowledge graph: build it with the library API, ask the
named SPARQL queries, analyse the entity network with networkx, and browse it — all offline.
The page is `data/corpus/000_81ca9869dae714d6.txt`, a page of 荆州日报 (*Jingzhou Daily*)."""),
    ("code", """import html
import tempfile
from pathlib import Path

import networkx as nx
from IPython.display import HTML, display

import kgraph
from kgraph.graph import format_table
from kgraph.view import ViewOptions, graph_stats, reduce_network, render_html, to_networkx

ROOT = Path.cwd().parent if Path.cwd().name == "notebooks" else Path.cwd()
CORPUS = ROOT / "data" / "corpus"
OUT = Path(tempfile.mkdtemp(prefix="kgraph-walkthrough-"))"""),
    ("md", """## 1. Extract and build

`kgraph.extract` finds divisions, agencies, people, programs and places; `kgraph.build_graph`
turns them into RDF under the ontology in `ontology/` (an Oxigraph store)."""),
    ("code", """extraction = kgraph.extract(CORPUS)
print(len(extraction.documents), "articles,", len(extraction.entities), "entities,",
      len(extraction.relations), "relations")
graph = kgraph.build_graph(CORPUS)
graph.write(OUT / "graph.ttl")
print(len(graph), "triples written to", OUT / "graph.ttl")"""),
    ("md", """## 2. The named queries

They ship in `data/queries/` and run by name; results are tables (or the W3C JSON/CSV/TSV formats)."""),
    ("code", """def table(query, **params):
    print(format_table(kgraph.run_named(graph, query, params), graph.prefixes))

for query in kgraph.named_queries().values():
    print(f"{query.name}: {query.title}")"""),
    ("code", """table("officials")"""),
    ("code", """table("agencies-in", division="公安县")"""),
    ("code", """table("facts", name="冯荆柯")"""),
    ("md", """Any SPARQL works too; prefixes such as `kg:`, `org:` and `rdfs:` are predeclared.
Here: the chain of divisions above 李埠镇."""),
    ("code", """chain = graph.query('''
    SELECT ?name ?code WHERE {
        ?town rdfs:label "李埠镇"@zh ; kg:partOf+ ?up .
        ?up rdfs:label ?name . OPTIONAL { ?up kg:code ?code }
    } ORDER BY ?code''')
print(format_table(chain, graph.prefixes))"""),
    ("md", """## 3. The entity network

`to_networkx` gives the entities and their relations as a `networkx.MultiDiGraph`."""),
    ("code", """network = to_networkx(graph)
rank = nx.pagerank(nx.Graph(network))
for node, score in sorted(rank.items(), key=lambda item: -item[1])[:5]:
    print(f"{score:.3f}  {network.nodes[node]['label']}  ({network.nodes[node]['type']})")

feng = next(n for n, d in network.nodes(data=True) if d["label"] == "冯荆柯")
province = next(n for n, d in network.nodes(data=True) if d["label"] == "湖北省")
path = nx.shortest_path(network.to_undirected(as_view=True), feng, province)
print(" → ".join(network.nodes[n]["label"] for n in path))"""),
    ("code", """print(graph_stats(graph, top=5, network=network).to_text())"""),
    ("md", """## 4. The view

The same page `kgraph viz` writes, here around 公安县 (two hops), shown inline."""),
    ("code", """view = reduce_network(network, ViewOptions(focus="公安县", depth=2))
page = render_html(view)
(OUT / "gongan.html").write_text(page, encoding="utf-8")
display(HTML(f'<iframe srcdoc="{html.escape(page)}" style="width:100%;height:560px;border:1px solid #ddd"></iframe>'))
print(len(view.network), "entities drawn;", view.omitted)"""),
    ("md", """## 5. What happens, and when

Posts and events carry dates. Three short reports of an invented county, written here as JSON
Lines records (`id`, `date`, `title`, `text`, the format of a news archive), are enough to see
them: each event's type, day and participants in their roles, each post with the first and last
day an article stated it, and the `timeline` and `holders` queries over them."""),
    ("code", """import json

reports = [
    {"id": "demo-1", "date": "2025-04-15", "title": "县委书记到斑竹垱镇调研",
     "text": "4月14日，公安县委书记王建国到斑竹垱镇调研乡村振兴工作。"},
    {"id": "demo-2", "date": "2025-06-03", "title": "县政府召开常务会议",
     "text": "6月2日，公安县县长赵红梅主持召开县政府常务会议，研究部署防汛工作。公安县副县长孙志强出席会议并讲话。"},
    {"id": "demo-3", "date": "2025-09-20", "title": "人事任免",
     "text": "9月19日，公安县人大常委会举行会议，决定任命孙志强为公安县人民政府常务副县长。"},
]
news = OUT / "reports.jsonl"
news.write_text("".join(json.dumps(r, ensure_ascii=False) + "\\n" for r in reports), encoding="utf-8")
dated = kgraph.extract(news)
names = {e.id: e.label for e in dated.entities}
for event in dated.events:
    roles = ", ".join(f"{role}={names[entity]}" for role, entity in event.arguments)
    print(event.date, event.type, event.trigger, "|", roles)"""),
    ("code", """news_graph = kgraph.build_graph(news)
print(format_table(kgraph.run_named(news_graph, "timeline", {"name": "孙志强"}), news_graph.prefixes))
print(format_table(kgraph.run_named(news_graph, "holders", {"agency": "公安县人民政府", "on": "2025-06-03"}),
                   news_graph.prefixes))"""),
    ("md", """The same as tables for pandas, R or Stata: `kgraph export GRAPH -o DIR/ --tables` (here
the library call behind it) writes entities, posts, events and their arguments as CSV, each
row with its article and sentence."""),
    ("code", """import pandas as pd
from kgraph.graph.tables import write_tables

write_tables(news_graph, OUT / "tables")
print(sorted(p.name for p in (OUT / "tables").iterdir()))
print(pd.read_csv(OUT / "tables" / "events.csv").iloc[:, :4].to_string(index=False))"""),
    ("md", """## 6. Hand it on

Turtle for triple stores, GraphML for Gephi, and SHACL validation against `ontology/shapes.ttl`."""),
    ("code", """from kgraph.view import write_graphml

write_graphml(network, OUT / "graph.graphml")
report = kgraph.validate_graph(graph)
print("conforms:", report.conforms, "| violations:", len(report.violations))"""),
]


def main() -> None:
    notebook = new_notebook()
    # numbered cell ids (not nbformat's random ones), so that regenerating changes only what changed
    notebook.cells = [(new_markdown_cell if kind == "md" else new_code_cell)(src, id=f"cell-{number}")
                      for number, (kind, src) in enumerate(CELLS, 1)]
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    notebook.metadata["language_info"] = {"name": "python"}
    target = Path(__file__).resolve().parent.parent / "notebooks" / "walkthrough.ipynb"
    nbformat.write(notebook, target)
    print("wrote", target)


if __name__ == "__main__":
    main()

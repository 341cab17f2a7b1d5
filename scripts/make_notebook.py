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
    ("md", """## 5. Hand it on

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

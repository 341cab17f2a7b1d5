"""Stage 4, the view: the graph's entities as a networkx network (statistics,
GraphML) and as one offline HTML page to browse."""
from .html import ViewOptions, reduce_network, render_html, write_view
from .network import GraphStats, graph_stats, to_networkx, write_graphml

__all__ = ["to_networkx", "graph_stats", "GraphStats", "write_graphml", "ViewOptions", "write_view", "render_html",
           "reduce_network"]

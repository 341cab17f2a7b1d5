// kgraph view: every string from the graph reaches the page through textContent or the
// canvas, never as HTML.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("kgraph-data").textContent);
  var style = data.style;

  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (cls) node.className = cls;
    return node;
  }

  document.getElementById("heading").textContent = data.title;
  document.title = data.title + " — kgraph";
  document.getElementById("summary").textContent =
    data.nodes.length + " entities, " + data.edges.length + " relations";
  document.getElementById("omitted").textContent = data.omitted || "";

  function typeName(type) { return (style.types[type] || {}).name || type; }

  function tooltip(n) {
    var box = el("div");
    box.appendChild(el("strong", n.label));
    box.appendChild(el("div", typeName(n.type)));
    if (n.aliases && n.aliases.length) box.appendChild(el("div", "又称 " + n.aliases.join("、")));
    if (n.posts && n.posts.length) box.appendChild(el("div", n.posts.join("；")));
    return box;
  }

  var visNodes = data.nodes.map(function (n) {
    return Object.assign({}, n.vis, { id: n.id, label: n.label, title: tooltip(n) });
  });
  var nodes = new vis.DataSet(visNodes);
  var edges = new vis.DataSet(data.edges);
  var byId = {};
  data.nodes.forEach(function (n) { byId[n.id] = n; });

  var options = data.options;
  var network = new vis.Network(document.getElementById("network"), { nodes: nodes, edges: edges }, options);
  var settled = false, pending = null;
  network.once("stabilizationIterationsDone", function () {
    // a settled layout stays put: no endless jiggling on large graphs
    network.setOptions({ physics: { enabled: false } });
    settled = true;
    document.body.setAttribute("data-stabilized", "true");
    if (pending !== null) { var id = pending; pending = null; setTimeout(function () { focus(id); }, 0); }
  });

  // ------------------------------------------------------------------ details panel
  var details = document.getElementById("details");
  function show(id) {
    var n = byId[id];
    if (!n) return;
    details.replaceChildren();
    details.appendChild(el("h3", n.label));
    details.appendChild(el("div", typeName(n.type), "hint"));
    var dl = el("dl");
    function row(name, values) {
      if (values === undefined || values === null || values === "" || (values.length === 0)) return;
      dl.appendChild(el("dt", name));
      [].concat(values).forEach(function (v) { dl.appendChild(el("dd", v)); });
    }
    row("又称 Aliases", n.aliases);
    row("代码 Code", n.code);
    row("级别 Level", n.level ? (style.levels[n.level] || n.level) : null);
    row("全称 Gazetteer name", n.gazetteerName);
    row("身份 Role", [n.role, n.credit, n.introducedAs].filter(Boolean).join(" · ") || null);
    row("职务 Posts", n.posts);
    row("文章 Articles", n.articles ? String(n.articles) : null);
    details.appendChild(dl);
    if (n.sentences && n.sentences.length) {
      details.appendChild(el("h2", "原文 Read in"));
      n.sentences.forEach(function (s) { details.appendChild(el("p", s, "sentence")); });
    }
    details.appendChild(el("p", n.id, "iri"));
  }
  network.on("click", function (params) { if (params.nodes.length) show(params.nodes[0]); });

  function focus(id) {
    if (nodes.get(id) && nodes.get(id).hidden) return;
    if (!settled) pending = id;  // the layout's final fit would undo the zoom: zoom again after it
    network.selectNodes([id]);
    network.focus(id, { scale: 1.3, animation: { duration: 400 } });
    show(id);
    document.body.setAttribute("data-focused", id);
  }

  // ------------------------------------------------------------------ search
  var search = document.getElementById("search");
  var results = document.getElementById("results");
  function matches(query) {
    var q = query.trim().toLowerCase();
    if (!q) return [];
    var exact = [], partial = [];
    data.nodes.forEach(function (n) {
      var names = [n.label].concat(n.aliases || []);
      if (names.some(function (s) { return s.toLowerCase() === q; })) exact.push(n);
      else if (names.some(function (s) { return s.toLowerCase().indexOf(q) >= 0; })) partial.push(n);
    });
    return exact.concat(partial).filter(function (n) { return !nodes.get(n.id).hidden; }).slice(0, 30);
  }
  function list(query) {
    results.replaceChildren();
    matches(query).forEach(function (n) {
      var li = el("li"), button = el("button");
      button.type = "button";
      button.appendChild(el("span", n.label));
      button.appendChild(el("span", typeName(n.type), "type"));
      button.addEventListener("click", function () { focus(n.id); });
      li.appendChild(button);
      results.appendChild(li);
    });
  }
  search.addEventListener("input", function () { list(search.value); });
  search.addEventListener("keydown", function (event) {
    if (event.key === "Enter") {
      var found = matches(search.value);
      if (found.length) focus(found[0].id);
    }
  });

  // ------------------------------------------------------------------ legend and filters
  var hiddenTypes = {};
  function applyFilters() {
    nodes.update(data.nodes.map(function (n) { return { id: n.id, hidden: !!hiddenTypes[n.type] }; }));
    list(search.value);
  }
  var counts = {};
  data.nodes.forEach(function (n) { counts[n.type] = (counts[n.type] || 0) + 1; });
  var legend = document.getElementById("legend");
  Object.keys(style.types).forEach(function (type) {
    var label = el("label"), box = el("input"), swatch = el("span", "", "swatch");
    box.type = "checkbox";
    box.checked = true;
    box.setAttribute("data-type", type);
    box.addEventListener("change", function () { hiddenTypes[type] = !box.checked; applyFilters(); });
    swatch.style.background = style.types[type].color;
    label.appendChild(box);
    label.appendChild(swatch);
    label.appendChild(el("span", typeName(type)));
    label.appendChild(el("span", String(counts[type] || 0), "count"));
    legend.appendChild(label);
  });
  var relationCounts = {};
  data.edges.forEach(function (e) { relationCounts[e.relation] = (relationCounts[e.relation] || 0) + 1; });
  var relationList = document.getElementById("relations");
  Object.keys(style.relations).forEach(function (relation) {
    var row = el("label");
    row.appendChild(el("span", style.relations[relation] + " " + relation));
    row.appendChild(el("span", String(relationCounts[relation] || 0), "count"));
    relationList.appendChild(row);
  });

  // a link to the page can name what to find: graph.html#search=冯荆柯
  var wanted = /(?:^#|&)search=([^&]*)/.exec(location.hash);
  if (wanted) {
    search.value = decodeURIComponent(wanted[1]);
    list(search.value);
    var first = matches(search.value)[0];
    if (first) focus(first.id);
  }
  // for the browser console and the tests: the network and its node data, read-only use
  window.kgraph = Object.freeze({ network: network, nodes: nodes, edges: edges, focus: focus });
  document.body.setAttribute("data-ready", "true");
})();

// kgraph view.  The page carries every entity of the graph and draws a chosen part of
// it: the opening view, grown by search and by clicking, shrunk by hiding.  Every string
// from the graph reaches the page through textContent or the canvas, never as HTML.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("kgraph-data").textContent);
  var style = data.style;
  var EXPAND_LIMIT = 40;   // neighbours drawn per click (the most connected first)
  var SHORT = 10;          // longer names are shortened on the canvas

  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (cls) node.className = cls;
    return node;
  }

  // ------------------------------------------------------------------ the entities
  var N = data.ids.length;
  var ids = new Array(N), index = new Map();
  for (var i = 0; i < N; i++) { ids[i] = data.base + data.ids[i]; index.set(ids[i], i); }
  var labels = data.labels;
  function typeOf(i) { return data.types[data.type[i]]; }
  function typeName(type) { return (style.types[type] || {}).name || type; }
  function relationOf(e) { return data.relations[e[2]]; }
  function aliases(i) { return data.aliases[i] || []; }
  function info(i) { return data.info[i] || {}; }
  var adjacent = new Array(N), degree = new Int32Array(N);
  for (i = 0; i < N; i++) adjacent[i] = [];
  data.edges.forEach(function (e, k) {
    adjacent[e[0]].push(k);
    if (e[1] !== e[0]) adjacent[e[1]].push(k);
  });
  for (i = 0; i < N; i++) degree[i] = adjacent[i].length;
  function other(e, i) { return e[0] === i ? e[1] : e[0]; }
  function byDegree(a, b) { return degree[b] - degree[a] || (labels[a] < labels[b] ? -1 : labels[a] > labels[b] ? 1 : a - b); }

  // names for the search: exact names in a map, every name in one list for partial matches
  var exactNames = new Map(), allNames = [], nameOwner = [];
  for (i = 0; i < N; i++) {
    [labels[i]].concat(aliases(i)).forEach(function (name, k) {
      var key = String(name).toLowerCase();
      if (!exactNames.has(key)) exactNames.set(key, []);
      exactNames.get(key).push(k === 0 ? i : -1 - i);  // negative: found by an alias
      allNames.push(key);
      nameOwner.push(i);
    });
  }

  // ------------------------------------------------------------------ folding divisions
  var folded = false, foldCache = new Map();
  var FOLDED_LEVELS = { township: true, village: true };
  function parentDivision(i) {
    var found = -1;
    adjacent[i].forEach(function (k) {
      var e = data.edges[k];
      if (found < 0 && e[0] === i && relationOf(e) === "partOf") found = e[1];
    });
    return found;
  }
  function foldTarget(i) {
    if (typeOf(i) !== "AdministrativeDivision" || !FOLDED_LEVELS[info(i).level]) return i;
    if (foldCache.has(i)) return foldCache.get(i);
    var at = i, steps = 0;
    while (steps++ < 6 && at >= 0 && FOLDED_LEVELS[info(at).level]) at = parentDivision(at);
    var target = at >= 0 ? at : i;
    foldCache.set(i, target);
    return target;
  }
  function shown(i) { return folded ? foldTarget(i) : i; }

  // ------------------------------------------------------------------ what is drawn
  var drawn = new Set(data.open);
  var hiddenTypes = {};
  var ops = [];  // what was done since the opening view, for the fragment
  var nodes = new vis.DataSet([]), edges = new vis.DataSet([]);
  var network = null;  // made once the opening view is in the data sets

  function tooltip(i) {
    var box = el("div");
    box.appendChild(el("strong", labels[i]));
    box.appendChild(el("div", typeName(typeOf(i))));
    if (aliases(i).length) box.appendChild(el("div", "又称 " + aliases(i).join("、")));
    var posts = postsOf(i);
    if (posts.length) box.appendChild(el("div", posts.join("；")));
    return box;
  }
  function shortName(name) { return name.length > SHORT ? name.slice(0, SHORT - 1) + "…" : name; }
  function size(i) { return Math.min(10 + 4 * Math.sqrt(degree[i]), 42); }

  // the entities drawn as each shown node (with folding, a county stands for its towns)
  function members() {
    var of = new Map();
    drawn.forEach(function (i) {
      var s = shown(i);
      if (!of.has(s)) of.set(s, []);
      of.get(s).push(i);
    });
    return of;
  }
  // the neighbours of a shown node that are not shown, most connected first
  function hiddenNeighbours(s, of) {
    var seen = new Set(), out = [];
    var own = (of.get(s) || []).slice();
    if (own.indexOf(s) < 0) own.push(s);
    own.forEach(function (m) {
      adjacent[m].forEach(function (k) {
        var j = other(data.edges[k], m), t = shown(j);
        if (!of.has(t) && !seen.has(t)) { seen.add(t); out.push(j); }
      });
    });
    return out.sort(byDegree);
  }

  var layoutTimer = null;
  function render(around, place) {
    var of = members();
    var want = new Map();
    of.forEach(function (list, s) {
      var more = hiddenNeighbours(s, of).length;
      var foldedHere = list.filter(function (m) { return m !== s; }).length;
      var label = shortName(labels[s]) + (foldedHere ? " ▸" + foldedHere : "") + (more ? " +" + more : "");
      want.set(ids[s], { id: ids[s], label: label, hidden: !!hiddenTypes[typeOf(s)] });
    });
    var removeNodes = nodes.getIds().filter(function (id) { return !want.has(id); });
    var add = [], update = [];
    want.forEach(function (n, id) {
      var old = nodes.get(id);
      if (!old) add.push(n);
      else if (old.label !== n.label || old.hidden !== n.hidden) update.push(n);
    });
    // new nodes start around the node they were drawn from, or in the middle
    var centre = !network ? null : place ? place : around !== undefined && nodes.get(ids[shown(around)])
      ? network.getPositions([ids[shown(around)]])[ids[shown(around)]] : network.getViewPosition();
    add.forEach(function (n, k) {
      var s = index.get(n.id), look = style.types[typeOf(s)] || { color: "#888888", shape: "dot" };
      n.shape = look.shape; n.color = look.color; n.size = size(s);
      n.title = tooltip(s);
      if (centre && around !== undefined && n.id === ids[shown(around)]) { n.x = centre.x; n.y = centre.y; }
      else if (centre) {
        var angle = 2 * Math.PI * k / add.length, radius = 90 + 12 * Math.sqrt(add.length);
        n.x = centre.x + radius * Math.cos(angle); n.y = centre.y + radius * Math.sin(angle);
      }
    });
    // the relations between shown nodes (with folding, merged onto the county)
    var wantEdges = new Map();
    of.forEach(function (list, s) {
      list.concat([s]).forEach(function (m) {
        adjacent[m].forEach(function (k) {
          var e = data.edges[k], a = shown(e[0]), b = shown(e[1]);
          if (a === b || !of.has(a) || !of.has(b)) return;
          var title = e[3], relation = relationOf(e);
          var key = a + ">" + b + ":" + relation + ":" + title;
          if (!wantEdges.has(key)) {
            wantEdges.set(key, { id: key, from: ids[a], to: ids[b], relation: relation,
                                 label: title || style.relations[relation] || relation });
          }
        });
      });
    });
    var removeEdges = edges.getIds().filter(function (id) { return !wantEdges.has(id); });
    var addEdges = [];
    wantEdges.forEach(function (e, key) { if (!edges.get(key)) addEdges.push(e); });
    edges.remove(removeEdges);
    nodes.remove(removeNodes);
    if (update.length) nodes.update(update);
    if (add.length) nodes.add(add);
    if (addEdges.length) edges.add(addEdges);
    if (settled && (add.length || addEdges.length)) relayout(add.map(function (n) { return n.id; }));
    counts();
    var visible = visibleIds().length;
    document.getElementById("summary").textContent =
      N + " entities, " + data.edges.length + " relations · " + visible + " drawn";
    document.getElementById("omitted").textContent = (data.omitted ? data.omitted + " " : "") + (visible < N
      ? "Drawing " + visible + " of " + N + " entities: search, or click a node to draw its neighbours." : "");
  }

  // a short run of the physics for what was added, the rest held in place
  function relayout(added) {
    var fresh = new Set(added);
    nodes.update(nodes.getIds().map(function (id) { return { id: id, fixed: !fresh.has(id) }; }));
    network.setOptions({ physics: { enabled: true } });
    clearTimeout(layoutTimer);
    layoutTimer = setTimeout(settle, 1500);
  }
  function settle() {
    clearTimeout(layoutTimer);
    network.setOptions({ physics: { enabled: false } });
    nodes.update(nodes.getIds().map(function (id) { return { id: id, fixed: false }; }));
  }

  // ------------------------------------------------------------------ labels that read
  // the font grows as the view zooms out, so that a label drawn is at least ~12px on
  // screen; below that vis-network leaves it out (drawThreshold)
  var fontSize = 14;
  function fitLabels() {
    var scale = network.getScale(), want = Math.max(14, Math.min(40, Math.round(13 / scale)));
    if (Math.abs(want - fontSize) >= 2) {
      fontSize = want;
      network.setOptions({ nodes: { font: { size: fontSize } } });
    }
  }
  var settled = false, pending = null;

  // ------------------------------------------------------------------ details panel
  var details = document.getElementById("details");
  function postsOf(i) {
    var out = [];
    adjacent[i].forEach(function (k) {
      var e = data.edges[k];
      if (e[0] === i && relationOf(e) === "holdsPost") out.push(labels[e[1]] + e[3]);
    });
    return out.sort();
  }
  function link(j, text) {
    var button = el("button", text === undefined ? labels[j] : text, "link");
    button.type = "button";
    button.title = labels[j] + " · " + typeName(typeOf(j));
    button.setAttribute("data-id", ids[j]);
    button.addEventListener("click", function () { draw(j); });
    return button;
  }
  function source(e) {
    // [sentence, article, sentence, article, …]
    var out = [], ev = e[4] || [];
    for (var k = 0; k + 1 < ev.length; k += 2) {
      var box = el("div", null, "sentence"), article = data.articles[ev[k + 1]] || ["", ""];
      box.appendChild(el("p", data.sentences[ev[k]]));
      if (article[0] || article[1]) box.appendChild(el("p", "—《" + (article[0] || "…") + "》" + (article[1] ? " " + article[1] : ""), "source"));
      out.push(box);
    }
    return out;
  }
  function show(i) {
    details.replaceChildren();
    details.setAttribute("data-id", ids[i]);
    details.appendChild(el("h3", labels[i]));
    details.appendChild(el("div", typeName(typeOf(i)), "hint"));
    var actions = el("div", null, "actions"), of = members(), s = shown(i);
    var more = of.has(s) ? hiddenNeighbours(s, of).length : degree[i];
    var grow = el("button", more ? "展开 Expand (+" + more + ")" : "展开 Expand (all drawn)");
    grow.type = "button"; grow.id = "expand"; grow.disabled = !more;
    grow.addEventListener("click", function () { expand(ids[i]); show(i); });
    var hide_ = el("button", of.has(s) ? "隐藏 Hide" : "绘制 Draw");
    hide_.type = "button"; hide_.id = "hide";
    hide_.addEventListener("click", function () { if (of.has(s)) hide(ids[i]); else draw(i); show(i); });
    actions.appendChild(grow); actions.appendChild(hide_);
    details.appendChild(actions);
    var dl = el("dl"), n = info(i);
    function row(name, values) {
      if (values === undefined || values === null || values === "" || (values.length === 0)) return;
      dl.appendChild(el("dt", name));
      [].concat(values).forEach(function (v) { dl.appendChild(el("dd", v)); });
    }
    row("又称 Aliases", aliases(i));
    row("代码 Code", n.code);
    row("级别 Level", n.level ? (style.levels[n.level] || n.level) : null);
    row("全称 Gazetteer name", n.gazetteerName);
    row("身份 Role", [n.role, n.credit, n.introducedAs].filter(Boolean).join(" · ") || null);
    row("职务 Posts", postsOf(i));
    var mentioned = data.mentioned[i];
    row("文章 Articles", mentioned ? String(mentioned[0]) : null);
    details.appendChild(dl);
    if (folded && of.has(i) && of.get(i).some(function (m) { return m !== i; })) {
      details.appendChild(el("h2", "折叠 Folded here"));
      var list = el("div", null, "links");
      of.get(i).filter(function (m) { return m !== i; }).forEach(function (m) { list.appendChild(link(m)); });
      details.appendChild(list);
    }
    // neighbours, grouped by relation and direction, each a link that draws it
    var groups = new Map();
    adjacent[i].forEach(function (k) {
      var e = data.edges[k], relation = relationOf(e), out = e[0] === i;
      var key = (style.relations[relation] || relation) + " " + relation + (out ? " →" : " ←");
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key).push([other(e, i), e[3]]);
    });
    if (groups.size) details.appendChild(el("h2", "关系 Neighbours"));
    groups.forEach(function (list, key) {
      var box = el("div", null, "group");
      box.appendChild(el("div", key + " (" + list.length + ")", "relation"));
      list.sort(function (a, b) { return byDegree(a[0], b[0]); });
      list.slice(0, 60).forEach(function (pair) {
        box.appendChild(link(pair[0], labels[pair[0]] + (pair[1] ? " · " + pair[1] : "")));
      });
      if (list.length > 60) box.appendChild(el("span", "… " + (list.length - 60) + " more", "hint"));
      details.appendChild(box);
    });
    // facts with the sentences and articles they were read from
    var facts = adjacent[i].map(function (k) { return data.edges[k]; });
    if (facts.length) {
      details.appendChild(el("h2", "事实 Facts"));
      facts.slice(0, 40).forEach(function (e) {
        var fact = el("div", null, "fact");
        var relation = relationOf(e);
        fact.appendChild(el("div", labels[e[0]] + " —" + (style.relations[relation] || relation) +
          (e[3] ? " " + e[3] : "") + "→ " + labels[e[1]], "claim"));
        var sources = source(e);
        if (sources.length) sources.forEach(function (b) { fact.appendChild(b); });
        else if (!e[4]) { /* a view without sources */ }
        else fact.appendChild(el("div", "据区划代码 From the gazetteer", "hint"));
        details.appendChild(fact);
      });
      if (facts.length > 40) details.appendChild(el("p", "… " + (facts.length - 40) + " more", "hint"));
    }
    var read = data.read[i];
    if (read && read.length) {
      details.appendChild(el("h2", "原文 Read in"));
      read.forEach(function (s) { details.appendChild(el("p", data.sentences[s], "sentence")); });
    }
    if (mentioned && mentioned.length > 1) {
      details.appendChild(el("h2", "文章 Articles (" + mentioned[0] + ")"));
      var titles = el("ul", null, "articles");
      mentioned.slice(1).forEach(function (a) {
        var article = data.articles[a] || ["", ""];
        titles.appendChild(el("li", (article[0] || "…") + (article[1] ? " · " + article[1] : "")));
      });
      details.appendChild(titles);
    }
    details.appendChild(el("p", ids[i], "iri"));
  }

  // ------------------------------------------------------------------ growing and shrinking
  function at(id) { var i = index.get(id); return i === undefined ? -1 : i; }
  function visibleIds() {
    return nodes.get({ filter: function (n) { return !n.hidden; } }).map(function (n) { return n.id; });
  }
  function grow(i) {
    var of = members(), s = shown(i);
    if (!of.has(s)) return 0;
    var before = of.size, list = hiddenNeighbours(s, of).slice(0, EXPAND_LIMIT);
    list.forEach(function (j) { drawn.add(j); });
    return members().size - before;
  }
  function expand(id) {
    var i = at(id);
    if (i < 0) return 0;
    if (!members().has(shown(i))) drawn.add(i);
    var added = grow(i);
    log(["expand", data.ids[i]]);
    render(i);
    return added;
  }
  function hide(id) {
    var i = at(id);
    if (i < 0) return false;
    var s = shown(i), gone = false;
    drawn.forEach(function (m) { if (shown(m) === s) { drawn.delete(m); gone = true; } });
    if (!gone) return false;
    log(["hide", data.ids[i]]);
    render();
    if (details.getAttribute("data-id") === ids[s]) show(s);
    return true;
  }
  // draw one entity with its neighbours and go to it
  function draw(i) {
    // an entity not drawn yet goes beside the drawing, so its neighbourhood does not tangle with it
    var place = null;
    if (network && !nodes.get(ids[shown(i)]) && nodes.length) {
      var at = network.getPositions(), right = -Infinity, top = Infinity, bottom = -Infinity;
      Object.keys(at).forEach(function (id) {
        right = Math.max(right, at[id].x); top = Math.min(top, at[id].y); bottom = Math.max(bottom, at[id].y);
      });
      place = { x: right + 350, y: (top + bottom) / 2 };
    }
    drawn.add(i);
    grow(i);
    log(["draw", data.ids[i]]);
    render(i, place);
    focus(ids[shown(i)], i);
  }

  function focus(id, detail) {
    var i = at(id);
    if (i < 0 || !nodes.get(id)) return;
    if (nodes.get(id).hidden) return;
    if (!settled) { pending = id; return; }  // the layout's final fit would undo the zoom
    network.selectNodes([id]);
    network.focus(id, { scale: Math.max(network.getScale(), 0.9), animation: { duration: 400 } });
    show(detail === undefined ? i : detail);
    document.body.setAttribute("data-focused", id);
  }

  // ------------------------------------------------------------------ search
  var search = document.getElementById("search");
  var results = document.getElementById("results");
  function matches(query, limit) {
    var q = query.trim().toLowerCase();
    if (!q) return [];
    var byLabel = [], byAlias = [], seen = new Set();
    (exactNames.get(q) || []).forEach(function (k) {
      if (k >= 0) byLabel.push(k); else byAlias.push(-1 - k);
    });
    var exact = byLabel.sort(byDegree).concat(byAlias.sort(byDegree));
    var starts = [], partial = [];
    exact.forEach(function (j) { seen.add(j); });
    for (var k = 0; k < allNames.length; k++) {
      var j = nameOwner[k];
      if (seen.has(j)) continue;
      var at_ = allNames[k].indexOf(q);
      if (at_ === 0) { starts.push(j); seen.add(j); } else if (at_ > 0) { partial.push(j); seen.add(j); }
    }
    var found = exact.concat(starts.sort(byDegree), partial.sort(byDegree));
    return found.filter(function (j) { return !hiddenTypes[typeOf(j)]; }).slice(0, limit || 30);
  }
  function list(query) {
    results.replaceChildren();
    matches(query).forEach(function (j) {
      var li = el("li"), button = el("button");
      button.type = "button";
      button.appendChild(el("span", labels[j]));
      button.appendChild(el("span", typeName(typeOf(j)), "type"));
      button.addEventListener("click", function () { draw(j); });
      li.appendChild(button);
      results.appendChild(li);
    });
  }
  search.addEventListener("input", function () { list(search.value); });
  search.addEventListener("keydown", function (event) {
    if (event.key === "Enter") {
      var found = matches(search.value, 1);
      if (found.length) { ops.push(["search", search.value]); draw(found[0]); }
    }
  });
  // draws the entity with that exact name or alias (the most connected if several) and
  // its neighbours; returns its id, or null
  function searchName(name) {
    var q = String(name).trim().toLowerCase();
    var found = (exactNames.get(q) || []).slice();
    if (!found.length) return null;
    var byLabel = found.filter(function (k) { return k >= 0; }).sort(byDegree);
    var byAlias = found.filter(function (k) { return k < 0; }).map(function (k) { return -1 - k; }).sort(byDegree);
    var i = byLabel.concat(byAlias)[0];
    search.value = name;
    list(search.value);
    ops.push(["search", String(name)]);
    draw(i);
    return ids[i];
  }

  // ------------------------------------------------------------------ the fragment
  // graph.html#search=冯荆柯&expand=agency/公安县委&hide=… replays what was done
  var replaying = false, written = "";
  function log(op) {
    if (replaying) return;
    if (op[0] === "draw" && ops.length && ops[ops.length - 1][0] === "search") {
      // the search stands for the entity it drew
    } else ops.push(op);
    writeFragment();
  }
  function writeFragment() {
    var parts = ops.map(function (op) { return op[0] + "=" + encodeURIComponent(op[1]).replace(/%2F/g, "/"); });
    if (folded) parts.unshift("fold=1");
    written = parts.length ? "#" + parts.join("&") : "";
    try { history.replaceState(null, "", written || location.pathname + location.search); }
    catch (err) { location.hash = written; }
  }
  function replay(hash) {
    var found = [], fold = false;
    hash.replace(/^#/, "").split("&").forEach(function (part) {
      var eq = part.indexOf("=");
      if (eq < 0) return;
      var key = part.slice(0, eq), value;
      try { value = decodeURIComponent(part.slice(eq + 1)); } catch (err) { return; }
      if (key === "fold") fold = value === "1";
      else if (key === "search" || key === "expand" || key === "hide" || key === "draw") found.push([key, value]);
    });
    reset(fold);
    replaying = true;
    var last = null;
    found.forEach(function (op) {
      var id = op[0] === "search" ? null : data.base + op[1];
      if (op[0] === "search") {
        var hit = exactNames.has(op[1].trim().toLowerCase()) ? searchName(op[1]) : null;
        if (!hit) {
          var partial = matches(op[1], 1);
          if (partial.length) { ops.push(op); draw(partial[0]); hit = ids[partial[0]]; }
        }
        if (hit) last = hit; else ops.push(op);
        search.value = op[1];
        list(op[1]);
      } else if (index.has(id)) {
        if (op[0] === "expand") { expand(id); last = id; }
        else if (op[0] === "draw") { draw(index.get(id)); last = id; }
        else hide(id);
        ops.push(op);
      }
    });
    replaying = false;
    writeFragment();
    if (last && nodes.get(ids[shown(index.get(last))])) focus(ids[shown(index.get(last))], index.get(last));
  }
  function reset(fold) {
    ops = [];
    drawn = new Set(data.open);
    setFolded(!!fold, true);
    render();
  }
  window.addEventListener("hashchange", function () {
    if (location.hash !== written) replay(location.hash);
  });

  // ------------------------------------------------------------------ legend, filters, folding
  var legend = document.getElementById("legend"), countCells = {};
  Object.keys(style.types).forEach(function (type) {
    var label = el("label"), box = el("input"), swatch = el("span", "", "swatch");
    box.type = "checkbox";
    box.checked = true;
    box.setAttribute("data-type", type);
    box.addEventListener("change", function () { hiddenTypes[type] = !box.checked; render(); list(search.value); });
    swatch.style.background = style.types[type].color;
    label.appendChild(box);
    label.appendChild(swatch);
    label.appendChild(el("span", typeName(type)));
    countCells[type] = el("span", "", "count");
    label.appendChild(countCells[type]);
    legend.appendChild(label);
  });
  var totals = {};
  for (i = 0; i < N; i++) totals[typeOf(i)] = (totals[typeOf(i)] || 0) + 1;
  function counts() {
    var now = {};
    nodes.forEach(function (n) { var t = typeOf(index.get(n.id)); now[t] = (now[t] || 0) + 1; });
    Object.keys(countCells).forEach(function (t) {
      countCells[t].textContent = (now[t] || 0) + " / " + (totals[t] || 0);
    });
  }
  var relationCounts = {};
  data.edges.forEach(function (e) { var r = relationOf(e); relationCounts[r] = (relationCounts[r] || 0) + 1; });
  var relationList = document.getElementById("relations");
  Object.keys(style.relations).forEach(function (relation) {
    var row = el("label");
    row.appendChild(el("span", style.relations[relation] + " " + relation));
    row.appendChild(el("span", String(relationCounts[relation] || 0), "count"));
    relationList.appendChild(row);
  });
  var foldBox = document.getElementById("fold");
  function setFolded(value, quiet) {
    folded = !!value;
    foldBox.checked = folded;
    if (!quiet) { render(); writeFragment(); }
  }
  foldBox.addEventListener("change", function () { setFolded(foldBox.checked); });
  document.getElementById("reset").addEventListener("click", function () {
    reset(false);
    writeFragment();
    if (network) network.fit({ animation: { duration: 300 } });
  });

  // ------------------------------------------------------------------ the opening view
  document.getElementById("heading").textContent = data.title;
  document.title = data.title + " — kgraph";
  if (data.examples.length) {
    search.placeholder = data.examples.join(", ") + "…";
    var examples = document.getElementById("examples");
    examples.appendChild(el("span", "例如 e.g. "));
    data.examples.forEach(function (name, k) {
      var j = matches(name, 1)[0];
      if (j === undefined) return;
      if (k) examples.appendChild(el("span", " · "));
      examples.appendChild(link(j, name));
    });
  }
  render();
  if (/(?:^#|&)(?:search|expand|hide|draw|fold)=/.test(location.hash)) replay(location.hash);
  network = new vis.Network(document.getElementById("network"), { nodes: nodes, edges: edges }, data.options);
  network.once("stabilizationIterationsDone", function () {
    // a settled layout stays put: no endless jiggling on large graphs
    network.setOptions({ physics: { enabled: false, stabilization: { fit: false } } });
    network.on("stabilized", settle);
    settled = true;
    // a little room around the fit, for the labels at its edges
    network.moveTo({ scale: network.getScale() * 0.92, animation: false });
    fitLabels();
    if (pending !== null) { var id = pending; pending = null; focus(id); }
    document.body.setAttribute("data-stabilized", "true");
  });
  if (!nodes.length) {  // nothing to lay out: vis-network reports no stabilization
    network.setOptions({ physics: { enabled: false, stabilization: { fit: false } } });
    settled = true;
    document.body.setAttribute("data-stabilized", "true");
  }
  network.on("zoom", fitLabels);
  network.on("animationFinished", fitLabels);
  network.on("click", function (params) {
    if (!params.nodes.length) return;
    var id = params.nodes[0], i = index.get(id);
    if (settled) expand(id);
    show(i);
  });

  // for the browser console, the tests and other automation
  window.kgraph = Object.freeze({
    network: network, nodes: nodes, edges: edges, focus: function (id) { focus(id); },
    entityCount: function () { return N; },
    visibleIds: visibleIds,
    search: searchName,
    expand: expand,
    hide: hide,
    fold: function (value) { setFolded(value === undefined ? true : value); return visibleIds().length; },
    reset: function () { reset(false); writeFragment(); }
  });
  document.body.setAttribute("data-ready", "true");
})();

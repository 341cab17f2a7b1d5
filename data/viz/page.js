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
  function typeName(type) { return (style.types[type] || style.events[type] || {}).name || type; }
  function relationOf(e) { return data.relations[e[2]]; }
  // a relation's, a role's or an event type's name; one the style does not know, as it is
  function relationName(r) { return style.relations[r] || style.roles[r] || (style.events[r] || {}).name || r; }
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

  // ------------------------------------------------------------------ events and days
  // data.events, newest first: [type, day, trigger, title, change, node or -1, [role, entity, …],
  // [sentence, article, …]]; an event with a node is drawn as that node and its role edges,
  // one without as edges between its participants (data.edgeEvent[k]: the event edge k draws).
  // data.seen[k]: the first and last day a post (edge k) was read; data.former: posts held before.
  var events = data.events, edgeEvent = data.edgeEvent, postDays = data.seen, former = new Set(data.former);
  var nodeEvent = new Map(), eventsOf = new Array(N);
  for (i = 0; i < N; i++) eventsOf[i] = [];
  events.forEach(function (ev, k) {
    if (ev[5] >= 0) nodeEvent.set(ev[5], k);
    for (var a = 1; a < ev[6].length; a += 2) {
      var list = eventsOf[ev[6][a]];
      if (list[list.length - 1] !== k) list.push(k);
    }
  });
  function eventType(k) { return data.types[events[k][0]]; }
  function isEvent(i) { return nodeEvent.has(i); }
  // the date range: events and posts outside it are not drawn; undated ones only if range.undated
  var range = { from: "", to: "", undated: true };
  var dateSpan = (function () {
    var all = [];
    events.forEach(function (ev) { if (ev[1]) all.push(ev[1]); });
    Object.keys(postDays).forEach(function (k) { postDays[k].forEach(function (d) { if (d) all.push(d); }); });
    all.sort();
    return all.length ? [all[0], all[all.length - 1]] : ["", ""];
  })();
  function ranged() { return !!(range.from || range.to); }
  function during(lo, hi) {  // something seen from day lo to day hi ("": not known)
    if (!ranged()) return true;
    if (!lo && !hi) return range.undated;
    lo = lo || hi; hi = hi || lo;
    return (!range.from || hi >= range.from) && (!range.to || lo <= range.to);
  }
  function eventShown(k) { return !hiddenTypes[eventType(k)] && during(events[k][1], events[k][1]); }
  function edgeShown(k) {
    if (edgeEvent[k] !== undefined) return eventShown(edgeEvent[k]);
    if (postDays[k]) return during(postDays[k][0], postDays[k][1]);
    return relationOf(data.edges[k]) !== "holdsPost" || during("", "");
  }
  function nodeShown(i) { var k = nodeEvent.get(i); return k === undefined || eventShown(k); }

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
  var drawnEvents = new Set();  // the events drawn now (as a node or as an edge)
  var GREY = { color: "#888888", shape: "dot" };  // a type the style does not know
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
    if (isEvent(i)) box.appendChild(el("div", events[nodeEvent.get(i)][1] || "日期不详 No day"));
    return box;
  }
  function shortName(name) { return name.length > SHORT ? name.slice(0, SHORT - 1) + "…" : name; }
  function size(i) { return isEvent(i) ? 7 : Math.min(10 + 4 * Math.sqrt(degree[i]), 42); }

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
        if (!edgeShown(k) || !nodeShown(j)) return;
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
      want.set(ids[s], { id: ids[s], label: label, hidden: !!hiddenTypes[typeOf(s)] || !nodeShown(s) });
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
      var s = index.get(n.id), look = style.types[typeOf(s)] || style.events[typeOf(s)] || GREY;
      n.shape = look.shape; n.color = look.color; n.size = size(s);
      n.title = tooltip(s);
      if (centre && around !== undefined && n.id === ids[shown(around)]) { n.x = centre.x; n.y = centre.y; }
      else if (centre) {
        var angle = 2 * Math.PI * k / add.length, radius = 90 + 12 * Math.sqrt(add.length);
        n.x = centre.x + radius * Math.cos(angle); n.y = centre.y + radius * Math.sin(angle);
      }
    });
    // the relations between shown nodes (with folding, merged onto the county)
    // (the events of a pair drawn as edges merge into one edge: 会见 ×3)
    var wantEdges = new Map(), merged = new Map();
    drawnEvents = new Set();
    of.forEach(function (list, s) {
      list.concat([s]).forEach(function (m) {
        adjacent[m].forEach(function (k) {
          var e = data.edges[k], a = shown(e[0]), b = shown(e[1]);
          if (a === b || !of.has(a) || !of.has(b) || !edgeShown(k)) return;
          var title = e[3], relation = relationOf(e), ev = edgeEvent[k];
          if (ev !== undefined && !nodeShown(e[0])) return;
          var pair = ev !== undefined && !isEvent(e[0]);
          var key = a + ">" + b + ":" + relation + ":" + (pair ? "" : title);
          if (!wantEdges.has(key)) {
            var look = style.events[pair ? relation : ev !== undefined ? eventType(ev) : ""];
            wantEdges.set(key, { id: key, from: ids[a], to: ids[b], relation: relation,
                                 label: title || relationName(relation),
                                 color: look ? { color: look.color } : undefined });
          }
          if (ev !== undefined) drawnEvents.add(ev);
          if (pair) {
            if (!merged.has(key)) merged.set(key, new Set());
            merged.get(key).add(ev);
          }
        });
      });
    });
    merged.forEach(function (set, key) {
      var e = wantEdges.get(key), list = Array.from(set).sort(function (x, y) { return x - y; });  // newest first
      if (list.length > 1) {
        e.label = relationName(e.relation).split(" ")[0] + " ×" + list.length;
        e.width = Math.min(1 + Math.log2(list.length), 6);
      }
      var tip = el("div");
      tip.appendChild(el("strong", relationName(e.relation) + (list.length > 1 ? " ×" + list.length : "")));
      list.slice(0, 12).forEach(function (k) {
        tip.appendChild(el("div", (events[k][1] || "日期不详") + " " + events[k][2] + (events[k][3] ? " " + events[k][3] : "")));
      });
      e.title = tip;
    });
    var removeEdges = edges.getIds().filter(function (id) { return !wantEdges.has(id); });
    var addEdges = [], updateEdges = [];
    wantEdges.forEach(function (e, key) {
      var old = edges.get(key);
      if (!old) addEdges.push(e);
      else if (old.label !== e.label) updateEdges.push(e);
    });
    edges.remove(removeEdges);
    nodes.remove(removeNodes);
    if (update.length) nodes.update(update);
    if (add.length) nodes.add(add);
    if (addEdges.length) edges.add(addEdges);
    if (updateEdges.length) edges.update(updateEdges);
    if (settled && (add.length || addEdges.length)) relayout(add.map(function (n) { return n.id; }));
    counts();
    var visible = visibleIds().length;
    document.getElementById("summary").textContent =
      (N - nodeEvent.size) + " entities, " + events.length + " events, " + data.edges.length + " relations · " +
      visible + " drawn" + (ranged() ? " · " + (range.from || "…") + " – " + (range.to || "…") : "");
    document.getElementById("omitted").textContent = (data.omitted ? data.omitted + " " : "") + (visible < N
      ? "Drawing " + visible + " of " + N + " nodes: search, or click a node to draw its neighbours." : "");
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
  // "原 公安县委副书记（2022-11-02 – 2022-12-30）": held before, first and last day seen
  function postsOf(i) {
    var out = [];
    adjacent[i].forEach(function (k) {
      var e = data.edges[k], days = postDays[k];
      if (e[0] !== i || relationOf(e) !== "holdsPost") return;
      var text = (former.has(k) ? "原 " : "") + labels[e[1]] + e[3];
      if (days) text += "（" + (days[0] === days[1] ? days[0] : (days[0] || "…") + " – " + (days[1] || "…")) + "）";
      out.push(text);
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
  function sources(ev) {
    // [sentence, article, sentence, article, …]
    var out = [];
    ev = ev || [];
    for (var k = 0; k + 1 < ev.length; k += 2) {
      var box = el("div", null, "sentence"), article = data.articles[ev[k + 1]] || ["", ""];
      box.appendChild(el("p", data.sentences[ev[k]]));
      if (article[0] || article[1]) box.appendChild(el("p", "—《" + (article[0] || "…") + "》" + (article[1] ? " " + article[1] : ""), "source"));
      out.push(box);
    }
    return out;
  }
  // an event: its day, type, trigger and title, who took part in which role, its sentences
  function eventBox(k, from) {
    var ev = events[k], box = el("div", null, eventShown(k) ? "event" : "event out");
    box.setAttribute("data-event", String(k));
    var change = ev[4] === "end" ? " · 免 end" : ev[4] === "start" ? " · 任 start" : "";
    box.appendChild(el("div", (ev[1] || "日期不详 No day") + " · " + typeName(eventType(k)) + " · " + ev[2] +
      (ev[3] ? " " + ev[3] : "") + change, "claim"));
    for (var a = 0; a + 1 < ev[6].length; a += 2) {
      var j = ev[6][a + 1], row = el("div", null, "role");
      row.appendChild(el("span", relationName(data.relations[ev[6][a]]) + " ", "relation"));
      row.appendChild(j === from ? el("span", labels[j]) : link(j));
      box.appendChild(row);
    }
    if (ev[5] >= 0 && ev[5] !== from) box.appendChild(link(ev[5], "→ " + labels[ev[5]]));
    sources(ev[7]).forEach(function (b) { box.appendChild(b); });
    return box;
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
    // the events it took part in, newest first (or, for an event, itself)
    var mine = isEvent(i) ? [nodeEvent.get(i)] : eventsOf[i];
    if (mine.length) {
      details.appendChild(el("h2", isEvent(i) ? "事件 Event" : "事件 Events (" + mine.length + ")"));
      var box = el("div", null, "events");
      mine.slice(0, 40).forEach(function (k) { box.appendChild(eventBox(k, i)); });
      if (mine.length > 40) box.appendChild(el("p", "… " + (mine.length - 40) + " more", "hint"));
      details.appendChild(box);
    }
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
      var key = relationName(relation) + " " + relation + (out ? " →" : " ←");
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
    var facts = adjacent[i].filter(function (k) { return edgeEvent[k] === undefined; })  // events: above
      .map(function (k) { return data.edges[k]; });
    if (facts.length) {
      details.appendChild(el("h2", "事实 Facts"));
      facts.slice(0, 40).forEach(function (e) {
        var fact = el("div", null, "fact");
        var relation = relationOf(e);
        fact.appendChild(el("div", labels[e[0]] + " —" + relationName(relation) +
          (e[3] ? " " + e[3] : "") + "→ " + labels[e[1]], "claim"));
        var found = sources(e[4]);
        if (found.length) found.forEach(function (b) { fact.appendChild(b); });
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

  function eventJson(k) {
    var ev = events[k], roles = [];
    for (var a = 0; a + 1 < ev[6].length; a += 2) roles.push([data.relations[ev[6][a]], ids[ev[6][a + 1]]]);
    return { type: eventType(k), date: ev[1] || null, trigger: ev[2], title: ev[3] || null, change: ev[4] || null,
             id: ev[5] >= 0 ? ids[ev[5]] : null, arguments: roles, drawn: drawnEvents.has(k) };
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
    if (!range.undated) parts.unshift("undated=0");
    if (range.to) parts.unshift("to=" + range.to);
    if (range.from) parts.unshift("from=" + range.from);
    if (folded) parts.unshift("fold=1");
    written = parts.length ? "#" + parts.join("&") : "";
    try { history.replaceState(null, "", written || location.pathname + location.search); }
    catch (err) { location.hash = written; }
  }
  function replay(hash) {
    var found = [], fold = false, dates = { from: "", to: "", undated: true };
    hash.replace(/^#/, "").split("&").forEach(function (part) {
      var eq = part.indexOf("=");
      if (eq < 0) return;
      var key = part.slice(0, eq), value;
      try { value = decodeURIComponent(part.slice(eq + 1)); } catch (err) { return; }
      if (key === "fold") fold = value === "1";
      else if (key === "from" || key === "to") dates[key] = value;
      else if (key === "undated") dates.undated = value !== "0";
      else if (key === "search" || key === "expand" || key === "hide" || key === "draw") found.push([key, value]);
    });
    reset(fold, dates);
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
  function reset(fold, dates) {
    ops = [];
    drawn = new Set(data.open);
    setFolded(!!fold, true);
    dates = dates || {};
    setRange(dates.from, dates.to, dates.undated, true);
    render();
  }
  window.addEventListener("hashchange", function () {
    if (location.hash !== written) replay(location.hash);
  });

  // ------------------------------------------------------------------ legend, filters, folding
  // a legend row: a checkbox that hides the type, its colour, its name and a count cell
  function legendRow(container, type, color, cells, changed) {
    var label = el("label"), box = el("input"), swatch = el("span", "", "swatch");
    box.type = "checkbox";
    box.checked = true;
    box.setAttribute("data-type", type);
    box.addEventListener("change", function () { hiddenTypes[type] = !box.checked; render(); changed(); });
    swatch.style.background = color;
    label.appendChild(box);
    label.appendChild(swatch);
    label.appendChild(el("span", typeName(type)));
    cells[type] = el("span", "", "count");
    label.appendChild(cells[type]);
    container.appendChild(label);
  }
  var legend = document.getElementById("legend"), countCells = {};
  Object.keys(style.types).forEach(function (type) {
    legendRow(legend, type, style.types[type].color, countCells, function () { list(search.value); });
  });
  // the event types: drawn / in the page, each with its colour; a type the style does not know too
  var eventLegend = document.getElementById("event-legend"), eventTypes = {}, eventCells = {};
  events.forEach(function (ev, k) { eventTypes[eventType(k)] = (eventTypes[eventType(k)] || 0) + 1; });
  Object.keys(style.events).concat(Object.keys(eventTypes).filter(function (t) { return !style.events[t]; }).sort())
    .forEach(function (type) {
      legendRow(eventLegend, type, (style.events[type] || GREY).color, eventCells, refreshDetails);
    });
  var totals = {};
  for (i = 0; i < N; i++) totals[typeOf(i)] = (totals[typeOf(i)] || 0) + 1;
  function counts() {
    var now = {};
    nodes.forEach(function (n) { var t = typeOf(index.get(n.id)); now[t] = (now[t] || 0) + 1; });
    Object.keys(countCells).forEach(function (t) {
      countCells[t].textContent = (now[t] || 0) + " / " + (totals[t] || 0);
    });
    var drawnNow = {};
    drawnEvents.forEach(function (k) { drawnNow[eventType(k)] = (drawnNow[eventType(k)] || 0) + 1; });
    Object.keys(eventCells).forEach(function (t) {
      eventCells[t].textContent = (drawnNow[t] || 0) + " / " + (eventTypes[t] || 0);
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
  // the date range (a day is YYYY-MM-DD: as the page's date inputs give it, and as the data has it)
  var fromBox = document.getElementById("date-from"), toBox = document.getElementById("date-to");
  var undatedBox = document.getElementById("undated");
  function day(value) { return /^\d{4}-\d{2}-\d{2}$/.test(String(value || "")) ? String(value) : ""; }
  function setRange(from, to, undated, quiet) {
    range.from = day(from); range.to = day(to); range.undated = undated !== false;
    fromBox.value = range.from; toBox.value = range.to; undatedBox.checked = range.undated;
    if (!quiet) { render(); writeFragment(); refreshDetails(); }
  }
  function refreshDetails() {
    var id = details.getAttribute("data-id");
    if (id && index.has(id)) show(index.get(id));
  }
  [fromBox, toBox, undatedBox].forEach(function (box) {
    box.addEventListener("change", function () { setRange(fromBox.value, toBox.value, undatedBox.checked); });
  });
  if (dateSpan[0]) {
    [fromBox, toBox].forEach(function (box) { box.min = dateSpan[0]; box.max = dateSpan[1]; });
    document.getElementById("date-span").textContent = "事件和职务 Events and posts: " + dateSpan[0] + " – " + dateSpan[1];
  } else document.getElementById("date-span").textContent = "无日期 No dated events or posts in this graph";
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
  if (/(?:^#|&)(?:search|expand|hide|draw|fold|from|to|undated)=/.test(location.hash)) replay(location.hash);
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
    reset: function () { reset(false); writeFragment(); },
    // the date range ("" or null: open on that side; undated false: leave out what has no day)
    dateRange: function (from, to, undated) { setRange(from, to, undated); return visibleIds().length; },
    dates: function () { return dateSpan.slice(); },
    // the events of an entity (or an event node), newest first, and a person's posts
    events: function (id) {
      var i = at(id);
      return i < 0 ? null : (isEvent(i) ? [nodeEvent.get(i)] : eventsOf[i]).map(eventJson);
    },
    posts: function (id) {
      var i = at(id);
      if (i < 0) return null;
      return adjacent[i].filter(function (k) { var e = data.edges[k]; return e[0] === i && relationOf(e) === "holdsPost"; })
        .map(function (k) {
          var e = data.edges[k], days = postDays[k] || ["", ""];
          return { agency: ids[e[1]], title: e[3], former: former.has(k), firstSeen: days[0] || null,
                   lastSeen: days[1] || null, drawn: edgeShown(k) };
        });
    },
    drawnEvents: function () { return Array.from(drawnEvents).sort(function (a, b) { return a - b; }).map(eventJson); },
    visibleEdges: function () {
      var shownIds = new Set(visibleIds());
      return edges.get().filter(function (e) { return shownIds.has(e.from) && shownIds.has(e.to); })
        .map(function (e) { return { from: e.from, to: e.to, relation: e.relation, label: e.label }; });
    }
  });
  document.body.setAttribute("data-ready", "true");
})();

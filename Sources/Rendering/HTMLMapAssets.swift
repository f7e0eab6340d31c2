/// The style sheet and script of the interactive HTML map, inlined into every page.
///
/// The script reads the page's JSON data, and writes article text only through
/// `textContent`; it never uses `innerHTML`, `eval` or links other than http(s) ones.
enum HTMLMapAssets {
    static let style = """
    html, body { margin: 0; height: 100%; font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; color: #222; }
    body { display: flex; flex-direction: column; }
    header { display: flex; gap: .5em; align-items: center; padding: .4em .8em; border-bottom: 1px solid #ddd; background: #fafafa; flex-wrap: wrap; }
    #summary { color: #555; flex: 1; min-width: 8em; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
    #search { width: 16em; padding: .25em .4em; }
    #search-status { color: #555; min-width: 6em; }
    header button { min-width: 2em; }
    main { flex: 1; display: flex; min-height: 0; }
    #map { flex: 1; min-width: 0; overflow: hidden; cursor: grab; background: #fff; touch-action: none; }
    #map.dragging { cursor: grabbing; }
    #map svg { display: block; width: 100%; height: 100%; user-select: none; }
    #panel { width: 26em; max-width: 45%; overflow: auto; border-left: 1px solid #ddd; padding: .5em 1em; background: #fcfcfc; }
    #panel h2 { font-size: 17px; margin: .4em 0; overflow-wrap: anywhere; }
    #panel h3 { font-size: 14px; margin: 1em 0 .3em; }
    #panel ul { list-style: none; padding: 0; margin: 0; }
    .meta { color: #555; }
    .relation { margin: .6em 0; padding-top: .4em; border-top: 1px solid #eee; overflow-wrap: anywhere; }
    .phrase { font-style: italic; }
    .negated .phrase { text-decoration: line-through; }
    .evidence { margin: .3em 0 .3em .2em; padding-left: .6em; border-left: 3px solid #ccc; color: #333; font-size: 13px; }
    .document { color: #666; font-size: 12px; }
    button.entity { text-align: left; background: none; border: none; padding: 0; font: inherit; color: #005a9c; cursor: pointer; text-decoration: underline; }
    g.node, g.edge { cursor: pointer; }
    svg.searching g.node:not(.match):not([id^="legend-"]) { opacity: .25; }
    g.node.match polygon, g.node.match ellipse, g.node.match path { stroke: #D55E00; stroke-width: 4px; }
    g.selected polygon, g.selected ellipse, g.selected path { stroke: #000; stroke-width: 4px; }
    """

    static let script = #"""
    (function () {
      "use strict";
      var data = JSON.parse(document.getElementById("newsgraph-data").textContent);
      var map = document.getElementById("map");
      var svg = map.querySelector("svg");
      var panelTitle = document.getElementById("panel-title");
      var panelBody = document.getElementById("panel-body");
      var search = document.getElementById("search");
      var searchStatus = document.getElementById("search-status");
      var entityOfNode = {};
      var edgeOfElement = {};
      var touching = data.entities.map(function () { return []; });
      data.entities.forEach(function (entity, index) { entityOfNode[entity.node] = index; });
      data.edges.forEach(function (edge, index) {
        edgeOfElement[edge.id] = index;
        touching[edge.subject].push(index);
        if (edge.object !== edge.subject) { touching[edge.object].push(index); }
      });

      function make(tag, text, className) {
        var element = document.createElement(tag);
        if (text !== undefined && text !== null) { element.textContent = text; }
        if (className) { element.className = className; }
        return element;
      }

      // Pan and zoom by moving the SVG's viewBox.
      var box = svg.viewBox.baseVal;
      var home = { x: box.x, y: box.y, w: box.width, h: box.height };
      var view = { x: home.x, y: home.y, w: home.w, h: home.h };
      function applyView() { svg.setAttribute("viewBox", [view.x, view.y, view.w, view.h].join(" ")); }
      function toMap(clientX, clientY) {
        var point = svg.createSVGPoint();
        point.x = clientX;
        point.y = clientY;
        return point.matrixTransform(svg.getScreenCTM().inverse());
      }
      function zoom(factor, center) {
        var w = Math.min(Math.max(view.w * factor, home.w / 200), home.w * 20);
        var f = w / view.w;
        view.x = center.x - (center.x - view.x) * f;
        view.y = center.y - (center.y - view.y) * f;
        view.w *= f;
        view.h *= f;
        applyView();
      }
      function middle() { return { x: view.x + view.w / 2, y: view.y + view.h / 2 }; }
      svg.addEventListener("wheel", function (event) {
        event.preventDefault();
        zoom(event.deltaY > 0 ? 1.15 : 1 / 1.15, toMap(event.clientX, event.clientY));
      }, { passive: false });
      var drag = null;
      var dragged = false;
      svg.addEventListener("pointerdown", function (event) {
        drag = { x: event.clientX, y: event.clientY, view: { x: view.x, y: view.y } };
        dragged = false;
      });
      window.addEventListener("pointermove", function (event) {
        if (!drag) { return; }
        var dx = event.clientX - drag.x;
        var dy = event.clientY - drag.y;
        if (!dragged && Math.abs(dx) + Math.abs(dy) < 4) { return; }
        dragged = true;
        map.classList.add("dragging");
        var rect = svg.getBoundingClientRect();
        var scale = Math.max(view.w / rect.width, view.h / rect.height);
        view.x = drag.view.x - dx * scale;
        view.y = drag.view.y - dy * scale;
        applyView();
      });
      window.addEventListener("pointerup", function () { drag = null; map.classList.remove("dragging"); });
      document.getElementById("zoom-in").addEventListener("click", function () { zoom(1 / 1.4, middle()); });
      document.getElementById("zoom-out").addEventListener("click", function () { zoom(1.4, middle()); });
      document.getElementById("reset").addEventListener("click", function () {
        view = { x: home.x, y: home.y, w: home.w, h: home.h };
        applyView();
      });
      function centerOn(element) {
        var rect = element.getBoundingClientRect();
        var center = toMap(rect.left + rect.width / 2, rect.top + rect.height / 2);
        var w = Math.min(view.w, Math.max(home.w / 4, 600));
        var f = w / view.w;
        view.w *= f;
        view.h *= f;
        view.x = center.x - view.w / 2;
        view.y = center.y - view.h / 2;
        applyView();
      }

      // Selection and the side panel.
      var selected = null;
      function select(element) {
        if (selected) { selected.classList.remove("selected"); }
        selected = element;
        if (element) { element.classList.add("selected"); }
      }
      function entityButton(index) {
        var button = make("button", data.entities[index].name, "entity");
        button.type = "button";
        button.addEventListener("click", function () { showEntity(index, true); });
        return button;
      }
      function documentLine(id) {
        var doc = data.documents[id] || {};
        var line = make("div", null, "document");
        var label = doc.title ? doc.title + " (" + id + ")" : id;
        if (doc.date) { label += ", " + doc.date; }
        if (doc.url && /^https?:\/\//i.test(doc.url)) {
          var link = make("a", label);
          link.href = doc.url;
          link.rel = "noopener noreferrer";
          link.target = "_blank";
          line.appendChild(link);
        } else {
          line.textContent = label;
        }
        return line;
      }
      function relationItem(edge, relation) {
        var item = make("li", null, relation.negated ? "relation negated" : "relation");
        var head = make("div");
        head.appendChild(entityButton(edge.subject));
        head.appendChild(document.createTextNode(" "));
        head.appendChild(make("span", relation.phrase, "phrase"));
        head.appendChild(document.createTextNode(" "));
        head.appendChild(entityButton(edge.object));
        item.appendChild(head);
        relation.evidence.forEach(function (evidence) {
          var quote = make("blockquote", null, "evidence");
          quote.appendChild(make("div", evidence.text));
          quote.appendChild(documentLine(evidence.document));
          item.appendChild(quote);
        });
        return item;
      }
      function showEntity(index, recenter) {
        var entity = data.entities[index];
        var node = document.getElementById(entity.node);
        select(node);
        if (recenter && node) { centerOn(node); }
        panelTitle.textContent = entity.name;
        panelBody.replaceChildren();
        panelBody.appendChild(make("div", entity.type, "meta"));
        if (entity.aliases.length) { panelBody.appendChild(make("div", "Also: " + entity.aliases.join("; "), "meta")); }
        var count = 0;
        var list = make("ul");
        touching[index].forEach(function (edgeIndex) {
          var edge = data.edges[edgeIndex];
          edge.relations.forEach(function (relation) { list.appendChild(relationItem(edge, relation)); count += 1; });
        });
        panelBody.appendChild(make("h3", count + (count === 1 ? " relation" : " relations")));
        panelBody.appendChild(list);
      }
      function showEdge(index) {
        var edge = data.edges[index];
        select(document.getElementById(edge.id));
        panelTitle.textContent = data.entities[edge.subject].name + " \u2192 " + data.entities[edge.object].name;
        panelBody.replaceChildren();
        var list = make("ul");
        edge.relations.forEach(function (relation) { list.appendChild(relationItem(edge, relation)); });
        panelBody.appendChild(make("h3", edge.relations.length + (edge.relations.length === 1 ? " relation" : " relations")));
        panelBody.appendChild(list);
      }
      svg.addEventListener("click", function (event) {
        if (dragged) { dragged = false; return; }
        var node = event.target.closest("g.node");
        if (node && entityOfNode.hasOwnProperty(node.id)) { showEntity(entityOfNode[node.id], false); return; }
        var edge = event.target.closest("g.edge");
        if (edge && edgeOfElement.hasOwnProperty(edge.id)) { showEdge(edgeOfElement[edge.id]); }
      });

      // Search: highlight every entity whose name or alias contains the text; Enter opens the next.
      var matches = [];
      var nextMatch = 0;
      search.addEventListener("input", function () {
        var query = search.value.trim().toLowerCase();
        matches.forEach(function (index) {
          var node = document.getElementById(data.entities[index].node);
          if (node) { node.classList.remove("match"); }
        });
        matches = [];
        nextMatch = 0;
        if (!query) {
          svg.classList.remove("searching");
          searchStatus.textContent = "";
          return;
        }
        data.entities.forEach(function (entity, index) {
          var names = [entity.name].concat(entity.aliases);
          if (names.some(function (name) { return name.toLowerCase().indexOf(query) !== -1; })) { matches.push(index); }
        });
        matches.forEach(function (index) {
          var node = document.getElementById(data.entities[index].node);
          if (node) { node.classList.add("match"); }
        });
        svg.classList.add("searching");
        searchStatus.textContent = matches.length === 0 ? "not found" : matches.length + (matches.length === 1 ? " match" : " matches");
      });
      search.addEventListener("keydown", function (event) {
        if (event.key !== "Enter" || matches.length === 0) { return; }
        showEntity(matches[nextMatch % matches.length], true);
        nextMatch += 1;
      });
    })();
    """#
}

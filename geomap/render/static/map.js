/* geomap page script: draws the data island onto the Leaflet map folium made.
 * Article text is data: every string from it reaches the page through textContent or
 * setAttribute, never innerHTML, and links are built only from URLs the renderer kept. */
(function () {
  "use strict";
  var map = window.geomapMap;
  var data = JSON.parse(document.getElementById("geomap-data").textContent);
  var MANY = 30; // more pins than this are clustered
  var MAX_POPUP_MENTIONS = 12;

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }
  function plural(n, word) { return n + " " + word + (n === 1 ? "" : "s"); }

  var colours = {};
  var labels = {};
  data.types.forEach(function (t) { colours[t.name] = t.colour; labels[t.name] = t.label; });
  function typeOf(f) { return f.properties.main_type || "MENTIONED"; }

  // ------------------------------------------------------------ basemap (offline land)
  map.createPane("gm-land");
  map.getPane("gm-land").style.zIndex = 200;
  L.geoJSON({ type: "FeatureCollection", features: data.basemap.map(function (g) {
    return { type: "Feature", geometry: g, properties: {} };
  }) }, { pane: "gm-land", interactive: false,
    style: { color: "#9aa5b1", weight: 0.6, fillColor: "#f4f1ea", fillOpacity: 1 } }).addTo(map);

  // ------------------------------------------------------------ labels and popups
  function summary(f) {
    var p = f.properties, parts = p.event_types.map(function (t) { return labels[t] || t; });
    return p.name + " — " + (parts.length ? parts.join(", ") + ", " : "") + plural(p.mention_count, "mention");
  }

  function fragmentLink(url, sentence) {
    var words = sentence.split(/\s+/).filter(Boolean);
    function enc(s) { return encodeURIComponent(s).replace(/-/g, "%2D").replace(/,/g, "%2C"); }
    var frag = words.length > 8 ? enc(words.slice(0, 4).join(" ")) + "," + enc(words.slice(-4).join(" "))
                                : enc(words.join(" "));
    return url.split("#")[0] + "#:~:text=" + frag;
  }

  var docsById = {};
  data.documents.forEach(function (d) { (docsById[d.id] = docsById[d.id] || []).push(d); });
  var anchorOf = {}; // "doc|start" -> anchor id in the text panel
  data.documents.forEach(function (d) {
    d.mentions.forEach(function (m) { anchorOf[d.id + "|" + m.start] = m.anchor; });
  });

  function popupFor(f) {
    var p = f.properties, box = el("div", "gm-popup");
    box.appendChild(el("h3", null, p.name));
    var where = [p.admin1, p.country_code].filter(Boolean).join(", ");
    if (where) box.appendChild(el("p", "gm-where", where));
    if (p.event_types.length) {
      var list = el("ul", "gm-events");
      p.event_types.forEach(function (t) {
        var li = el("li");
        var dot = el("span", "gm-dot"); dot.style.background = colours[t] || "#333";
        li.appendChild(dot);
        li.appendChild(document.createTextNode((labels[t] || t) + " ×" + p.event_counts[t]));
        list.appendChild(li);
      });
      box.appendChild(list);
      if (p.first_date) {
        box.appendChild(el("p", "gm-dates", p.first_date === p.last_date ? p.first_date : p.first_date + " – " + p.last_date));
      }
    } else {
      box.appendChild(el("p", "gm-dates", "named; no event reported here"));
    }
    var quotes = el("ol", "gm-mentions");
    p.mentions.slice(0, MAX_POPUP_MENTIONS).forEach(function (m) {
      var li = el("li"), q = el("blockquote");
      var rel = m.start - m.sentence_start, s = m.sentence;
      if (rel >= 0 && rel <= s.length) {
        q.appendChild(document.createTextNode(s.slice(0, rel)));
        q.appendChild(el("mark", null, s.slice(rel, rel + (m.end - m.start))));
        q.appendChild(document.createTextNode(s.slice(rel + (m.end - m.start))));
      } else {
        q.textContent = s;
      }
      li.appendChild(q);
      var links = el("p", "gm-links");
      var anchor = anchorOf[m.doc + "|" + m.start];
      if (anchor) {
        var a = el("a", "gm-to-text", "in the text");
        a.setAttribute("href", "#" + anchor);
        a.addEventListener("click", function (ev) { ev.preventDefault(); showMention(anchor); });
        links.appendChild(a);
      }
      var doc = (docsById[m.doc] || [])[0];
      if (doc && doc.url) {
        links.appendChild(document.createTextNode(" · "));
        var o = el("a", null, "original article");
        o.setAttribute("href", fragmentLink(doc.url, m.sentence));
        o.setAttribute("target", "_blank");
        o.setAttribute("rel", "noopener noreferrer");
        links.appendChild(o);
      }
      if (m.kind !== "literal") links.appendChild(el("span", "gm-kind", " (" + m.kind + ")"));
      li.appendChild(links);
      quotes.appendChild(li);
    });
    box.appendChild(quotes);
    if (p.mentions.length > MAX_POPUP_MENTIONS) {
      box.appendChild(el("p", "gm-more", "and " + plural(p.mentions.length - MAX_POPUP_MENTIONS, "more mention")));
    }
    return box;
  }

  // ------------------------------------------------------------ places
  var features = data.features.features;
  var pins = features.filter(function (f) { return !data.outlines[String(f.id)]; });
  var container = pins.length > MANY
    ? L.markerClusterGroup({ maxClusterRadius: 40, showCoverageOnHover: false })
    : L.featureGroup();
  container.addTo(map);
  var layers = {};   // place id -> marker or outline
  var byType = {};   // type -> the places it happened at
  function typesOf(f) { return f.properties.event_types.length ? f.properties.event_types : ["MENTIONED"]; }

  function accessible(node, label, layer) {
    if (!node) return;
    node.setAttribute("aria-label", label);
    node.setAttribute("role", "button");
    node.setAttribute("tabindex", "0");
    node.addEventListener("keydown", function (ev) {
      if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); layer.openPopup(); }
    });
  }

  features.forEach(function (f) {
    var id = String(f.id), type = typeOf(f), colour = colours[type] || "#333";
    var label = summary(f), layer;
    var outline = data.outlines[id];
    if (outline) {
      layer = L.geoJSON(outline, { style: { color: colour, weight: 2, fillColor: colour, fillOpacity: 0.12 } });
      layer.on("add", function () {
        layer.eachLayer(function (part) { accessible(part.getElement && part.getElement(), label, layer); });
      });
      layer.addTo(map);
    } else {
      var area = ["admin1", "admin2", "region", "country", "continent"].indexOf(f.properties.place_kind) >= 0;
      var dot = el("span", "gm-pin-dot"); dot.style.background = colour;
      var icon = L.divIcon({ className: "gm-pin" + (area ? " gm-area" : ""), html: dot, iconSize: [18, 18], iconAnchor: [9, 9] });
      var c = f.geometry.coordinates;
      layer = L.marker([c[1], c[0]], { icon: icon, keyboard: true, title: label, alt: label, riseOnHover: true });
      layer.on("add", function () { accessible(layer.getElement(), label, layer); });
      container.addLayer(layer);
    }
    layer.bindPopup(function () { return popupFor(f); }, { maxWidth: 340, minWidth: 220 });
    layer.bindTooltip(label);
    layer.feature = f;
    layers[id] = layer;
    typesOf(f).forEach(function (t) { (byType[t] = byType[t] || []).push(layer); });
  });

  // ------------------------------------------------------------ a layer and a legend entry per type
  var overlays = {};
  data.types.forEach(function (t) {
    var group = L.layerGroup();
    group.gmType = t.name;
    var key = document.createElement("span");
    var swatch = el("span", "gm-dot"); swatch.style.background = t.colour;
    key.appendChild(swatch);
    key.appendChild(document.createTextNode(t.label + " (" + (byType[t.name] || []).length + ")"));
    // Leaflet's layer control takes its labels as HTML; ours is built from fixed type names only.
    overlays[key.innerHTML] = group;
    group.addTo(map);
  });
  // A place shows while any of its event types is switched on ("named, no event" counts as one).
  var active = {};
  data.types.forEach(function (t) { active[t.name] = true; });
  function setType(name, on) {
    active[name] = on;
    features.forEach(function (f) {
      var layer = layers[String(f.id)], show = typesOf(f).some(function (t) { return active[t]; });
      var outline = !!data.outlines[String(f.id)];
      var shown = outline ? map.hasLayer(layer) : container.hasLayer(layer);
      if (show === shown) return;
      if (outline) { if (show) layer.addTo(map); else map.removeLayer(layer); }
      else if (show) container.addLayer(layer); else container.removeLayer(layer);
    });
  }
  map.on("overlayadd", function (e) { if (e.layer.gmType) setType(e.layer.gmType, true); });
  map.on("overlayremove", function (e) { if (e.layer.gmType) setType(e.layer.gmType, false); });
  if (data.types.length) L.control.layers(null, overlays, { collapsed: false, position: "topright" }).addTo(map);

  var legend = L.control({ position: "bottomright" });
  legend.onAdd = function () {
    var box = el("div", "gm-legend");
    box.appendChild(el("strong", null, "Main event at each place"));
    data.types.forEach(function (t) {
      var row = el("div"), dot = el("span", "gm-dot"); dot.style.background = t.colour;
      row.appendChild(dot); row.appendChild(document.createTextNode(t.label));
      row.setAttribute("title", t.covers);
      box.appendChild(row);
    });
    box.appendChild(el("div", "gm-legend-note", "Outlines: countries and regions named as event places. " +
      "Only events the articles report as having happened are mapped."));
    return box;
  };
  legend.addTo(map);

  // ------------------------------------------------------------ text panel
  var panel = document.getElementById("geomap-articles");
  document.getElementById("geomap-title").textContent = data.title;
  document.title = data.title;

  function openPlace(id) {
    var layer = layers[String(id)];
    if (!layer) return;
    if (data.outlines[String(id)]) {
      map.flyToBounds(layer.getBounds(), { maxZoom: 6, duration: 0.6 });
      layer.openPopup();
    } else if (container.zoomToShowLayer) {
      container.zoomToShowLayer(layer, function () { layer.openPopup(); });
    } else {
      map.flyTo(layer.getLatLng(), Math.max(map.getZoom(), 7), { duration: 0.6 });
      layer.openPopup();
    }
  }

  function showMention(anchor) {
    var node = document.getElementById(anchor);
    if (!node) return;
    setPanel(true);
    node.scrollIntoView({ block: "center" });
    node.classList.remove("gm-flash");
    void node.offsetWidth; // restart the animation
    node.classList.add("gm-flash");
    node.focus({ preventScroll: true });
  }

  function renderText(doc) {
    var spans = [];
    doc.mentions.forEach(function (m) { spans.push({ start: m.start, end: m.end, mention: m }); });
    doc.events.forEach(function (e) { spans.push({ start: e.start, end: e.end, event: e }); });
    spans.sort(function (a, b) { return a.start - b.start || b.end - a.end; });
    var body = el("div", "gm-text"), pos = 0, text = doc.text;
    spans.forEach(function (s) {
      if (s.start < pos) return; // overlaps an earlier highlight
      body.appendChild(document.createTextNode(text.slice(pos, s.start)));
      var piece = text.slice(s.start, s.end), node;
      if (s.mention) {
        var m = s.mention;
        if (m.placed) {
          node = el("a", "gm-mention gm-kind-" + m.kind, piece);
          node.setAttribute("href", "#");
          node.addEventListener("click", (function (id) {
            return function (ev) { ev.preventDefault(); openPlace(id); };
          })(m.place));
        } else {
          node = el("mark", "gm-unplaced gm-kind-" + m.kind, piece);
          node.setAttribute("title", "not on the map: " + m.why);
          node.setAttribute("tabindex", "0");
          node.appendChild(el("span", "gm-sr", " (not on the map: " + m.why + ")"));
        }
        node.id = m.anchor;
      } else {
        var e = s.event;
        node = el("span", "gm-trigger gm-status-" + e.status, piece);
        var what = e.label + (e.status === "happened" ? "" : " — " + e.status + ", not mapped as an event");
        node.setAttribute("title", what);
        if (e.status !== "happened") node.appendChild(el("span", "gm-status", e.status));
        else node.style.borderBottomColor = colours[e.type] || "#333";
      }
      body.appendChild(node);
      pos = s.end;
    });
    body.appendChild(document.createTextNode(text.slice(pos)));
    return body;
  }

  data.documents.forEach(function (doc) {
    var art = el("article", "gm-article");
    art.appendChild(el("h2", null, doc.title || doc.id));
    var meta = el("p", "gm-meta");
    meta.appendChild(document.createTextNode([doc.date, doc.source, doc.title ? doc.id : null].filter(Boolean).join(" · ")));
    if (doc.url) {
      var a = el("a", null, "original");
      a.setAttribute("href", doc.url);
      a.setAttribute("target", "_blank");
      a.setAttribute("rel", "noopener noreferrer");
      if (meta.textContent) meta.appendChild(document.createTextNode(" · "));
      meta.appendChild(a);
    }
    art.appendChild(meta);
    art.appendChild(renderText(doc));
    panel.appendChild(art);
  });

  var foot = document.getElementById("geomap-attribution");
  foot.appendChild(document.createTextNode("Places: "));
  data.attribution.forEach(function (src, i) {
    if (i) foot.appendChild(document.createTextNode("; "));
    var a = el("a", null, src.name); a.setAttribute("href", src.url); a.setAttribute("rel", "noopener noreferrer");
    foot.appendChild(a);
    foot.appendChild(document.createTextNode(" (" + src.licence + ")"));
  });
  foot.appendChild(document.createTextNode(". Made with geomap; map drawn offline with Leaflet."));

  var toggle = document.getElementById("geomap-toggle");
  function setPanel(open) {
    document.body.classList.toggle("gm-panel-closed", !open);
    toggle.setAttribute("aria-expanded", open ? "true" : "false");
    toggle.textContent = open ? "Hide text" : "Show text";
    setTimeout(function () { map.invalidateSize(); }, 50);
  }
  toggle.addEventListener("click", function () {
    setPanel(document.body.classList.contains("gm-panel-closed"));
  });

  // ------------------------------------------------------------ first view
  var bounds = L.latLngBounds([]);
  features.forEach(function (f) {
    var layer = layers[String(f.id)];
    if (data.outlines[String(f.id)]) bounds.extend(layer.getBounds());
    else bounds.extend(layer.getLatLng());
  });
  if (bounds.isValid()) map.fitBounds(bounds, { padding: [30, 30], maxZoom: 8 });
  map.getContainer().setAttribute("role", "region");
  map.getContainer().setAttribute("aria-label", "Map: " + data.title + ", " + plural(features.length, "place"));

  window.geomap = { map: map, data: data, layers: layers, container: container, openPlace: openPlace, showMention: showMention };
})();

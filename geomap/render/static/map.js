/* geomap page script: draws the data island onto the Leaflet map folium made.
 * Article text is data: every string from it reaches the page through textContent or
 * setAttribute, never innerHTML, and links are built only from URLs the renderer kept.
 * Data (see geomap/render/page.py map_data): places[{id, name, kind, where, lat, lon, types,
 * counts, first, last, mention_count, sure, mentions: [[article, mention]]}], documents[{id, title,
 * date, source, url, text, m: [[start, end, kind, place, why, sentenceStart, sentenceEnd]],
 * e: [[type, status, date, start, end, place]]}], outlines{placeId: geometry}, types, basemap. */
(function () {
  "use strict";
  var map = window.geomapMap;
  var data = JSON.parse(document.getElementById("geomap-data").textContent);
  var MANY = 30;                 // more pins than this are clustered
  var MAX_POPUP_MENTIONS = 12;
  var FIRST_ARTICLES = 40;       // rendered at once; the rest follow in idle time
  var docs = data.documents;

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }
  function plural(n, word) { return n + " " + word + (n === 1 ? "" : "s"); }
  function anchorId(d, j) { return "m" + d + "-" + j; }

  var colours = {}, labels = {};
  data.types.forEach(function (t) { colours[t.name] = t.colour; labels[t.name] = t.label; });
  function label(type) { return labels[type] || type.toLowerCase().replace(/_/g, " "); }
  function typesOf(p) { return p.types.length ? p.types : ["MENTIONED"]; }

  // ------------------------------------------------------------ basemap (offline land)
  map.createPane("gm-land");
  map.getPane("gm-land").style.zIndex = 200;
  L.geoJSON({ type: "FeatureCollection", features: data.basemap.map(function (g) {
    return { type: "Feature", geometry: g, properties: {} };
  }) }, { pane: "gm-land", interactive: false,
    style: { color: "#9aa5b1", weight: 0.6, fillColor: "#f4f1ea", fillOpacity: 1 } }).addTo(map);

  // ------------------------------------------------------------ labels and popups
  function summary(p) {
    var parts = p.types.map(label);
    return p.name + " — " + (parts.length ? parts.join(", ") + ", " : "") + plural(p.mention_count, "mention");
  }

  function fragmentLink(url, sentence) {
    var words = sentence.split(/\s+/).filter(Boolean);
    function enc(s) { return encodeURIComponent(s).replace(/-/g, "%2D").replace(/,/g, "%2C"); }
    var frag = words.length > 8 ? enc(words.slice(0, 4).join(" ")) + "," + enc(words.slice(-4).join(" "))
                                : enc(words.join(" "));
    return url.split("#")[0] + "#:~:text=" + frag;
  }

  function popupFor(p) {
    var box = el("div", "gm-popup");
    box.appendChild(el("h3", null, p.name));
    if (p.where) box.appendChild(el("p", "gm-where", p.where));
    if (typeof p.sure === "number") {
      box.appendChild(el("p", "gm-sure", "placed with " + Math.round(p.sure * 100) + "% confidence"));
    }
    if (p.types.length) {
      var list = el("ul", "gm-events");
      p.types.forEach(function (t) {
        var li = el("li"), dot = el("span", "gm-dot");
        dot.style.background = colours[t] || "#333";
        li.appendChild(dot);
        li.appendChild(document.createTextNode(label(t) + " ×" + p.counts[t]));
        list.appendChild(li);
      });
      box.appendChild(list);
      if (p.first) box.appendChild(el("p", "gm-dates", p.first === p.last ? p.first : p.first + " – " + p.last));
    } else {
      box.appendChild(el("p", "gm-dates", "named; no event reported here"));
    }
    var quotes = el("ol", "gm-mentions");
    p.mentions.slice(0, MAX_POPUP_MENTIONS).forEach(function (ref) {
      var doc = docs[ref[0]], m = doc.m[ref[1]], text = doc.text;
      var li = el("li"), q = el("blockquote");
      q.appendChild(document.createTextNode(text.slice(m[5], m[0])));
      q.appendChild(el("mark", null, text.slice(m[0], m[1])));
      q.appendChild(document.createTextNode(text.slice(m[1], m[6])));
      li.appendChild(q);
      var links = el("p", "gm-links"), anchor = anchorId(ref[0], ref[1]);
      var a = el("a", "gm-to-text", "in the text");
      a.setAttribute("href", "#" + anchor);
      a.addEventListener("click", function (ev) { ev.preventDefault(); showMention(anchor); });
      links.appendChild(a);
      if (doc.url) {
        links.appendChild(document.createTextNode(" · "));
        var o = el("a", null, "original article");
        o.setAttribute("href", fragmentLink(doc.url, text.slice(m[5], m[6])));
        o.setAttribute("target", "_blank");
        o.setAttribute("rel", "noopener noreferrer");
        links.appendChild(o);
      }
      if (m[2] !== "literal") links.appendChild(el("span", "gm-kind", " (" + m[2] + ")"));
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
  var places = data.places;
  var pinCount = places.filter(function (p) { return !data.outlines[String(p.id)]; }).length;
  var container = pinCount > MANY
    ? L.markerClusterGroup({ maxClusterRadius: 40, showCoverageOnHover: false, chunkedLoading: true })
    : L.featureGroup();
  container.addTo(map);
  var layers = {};   // place id -> marker or outline
  var pins = [];

  function accessible(node, text, layer) {
    if (!node || node.getAttribute("aria-label")) return;
    node.setAttribute("aria-label", text);
    node.setAttribute("role", "button");
    node.setAttribute("tabindex", "0");
    node.addEventListener("keydown", function (ev) {
      if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); layer.openPopup(); }
    });
  }

  var AREA = { admin1: 1, admin2: 1, country: 1 };
  places.forEach(function (p) {
    var id = String(p.id), colour = colours[typesOf(p)[0]] || "#333", layer;
    var outline = data.outlines[id];
    if (outline) {
      layer = L.geoJSON(outline, { style: { color: colour, weight: 2, fillColor: colour, fillOpacity: 0.12 } });
      layer.on("add", function () {
        layer.eachLayer(function (part) { accessible(part.getElement && part.getElement(), summary(p), layer); });
      });
      layer.addTo(map);
    } else {
      var dot = el("span", "gm-pin-dot");
      dot.style.background = colour;
      var icon = L.divIcon({ className: "gm-pin" + (AREA[p.kind] ? " gm-area" : ""), html: dot, iconSize: [18, 18], iconAnchor: [9, 9] });
      layer = L.marker([p.lat, p.lon], { icon: icon, keyboard: true, title: summary(p), riseOnHover: true });
      layer.on("add", function () { accessible(layer.getElement(), summary(p), layer); });
      pins.push(layer);
    }
    layer.bindPopup(function () { return popupFor(p); }, { maxWidth: 340, minWidth: 220 });
    layer.bindTooltip(p.name);
    layer.place = p;
    layers[id] = layer;
  });
  // One bulk insertion: MarkerCluster builds its tree once instead of per marker.
  if (container.addLayers) container.addLayers(pins);
  else pins.forEach(function (layer) { container.addLayer(layer); });

  // ------------------------------------------------------------ a layer and a legend entry per type
  // A place shows while any of its event types is switched on ("named, no event" counts as one).
  var active = {}, perType = {};
  places.forEach(function (p) { typesOf(p).forEach(function (t) { perType[t] = (perType[t] || 0) + 1; }); });
  var overlays = {};
  data.types.forEach(function (t) {
    active[t.name] = true;
    var group = L.layerGroup();
    group.gmType = t.name;
    var key = document.createElement("span"), swatch = el("span", "gm-dot");
    swatch.style.background = t.colour;
    key.appendChild(swatch);
    key.appendChild(document.createTextNode(t.label + " (" + (perType[t.name] || 0) + ")"));
    // Leaflet's layer control takes labels as HTML; this one holds only our own type names.
    overlays[key.innerHTML] = group;
    group.addTo(map);
  });
  // Time: when the events span more than one day, a slider shows how they spread, day by day
  // (a place appears from the date of its first event; "all dates" shows everything).
  var firstEvent = {}, dates = {};
  docs.forEach(function (doc) {
    doc.e.forEach(function (e) {
      if (e[1] !== "happened" || e[5] === null || !e[2]) return;
      var day = e[2].slice(0, 10);
      dates[day] = true;
      if (!firstEvent[e[5]] || day < firstEvent[e[5]]) firstEvent[e[5]] = day;
    });
  });
  var days = Object.keys(dates).sort();
  var untilDay = null; // null: all dates

  function visible(p) {
    if (!typesOf(p).some(function (t) { return active[t]; })) return false;
    if (untilDay === null) return true;
    return !!firstEvent[p.id] && firstEvent[p.id] <= untilDay;
  }
  function refresh() {
    var add = [], remove = [];
    places.forEach(function (p) {
      var layer = layers[String(p.id)], outline = !!data.outlines[String(p.id)];
      var show = visible(p), shown = outline ? map.hasLayer(layer) : container.hasLayer(layer);
      if (show === shown) return;
      if (outline) { if (show) layer.addTo(map); else map.removeLayer(layer); }
      else (show ? add : remove).push(layer);
    });
    if (container.addLayers) { container.removeLayers(remove); container.addLayers(add); }
    else { remove.forEach(function (l) { container.removeLayer(l); }); add.forEach(function (l) { container.addLayer(l); }); }
  }
  function setType(name, on) { active[name] = on; refresh(); }

  if (days.length > 1) {
    var timeControl = L.control({ position: "bottomleft" });
    timeControl.onAdd = function () {
      var box = el("div", "gm-time");
      L.DomEvent.disableClickPropagation(box);
      var label = el("label", null, "Events until ");
      var shown = el("output", "gm-time-day", "all dates");
      var slider = el("input");
      slider.type = "range"; slider.min = "0"; slider.max = String(days.length - 1); slider.value = String(days.length - 1);
      slider.setAttribute("aria-label", "Show events up to this date");
      var all = el("input"); all.type = "checkbox"; all.checked = true; all.id = "gm-all-dates";
      var allLabel = el("label", null, " all dates"); allLabel.setAttribute("for", "gm-all-dates");
      var play = el("button", "gm-play", "▶ play"); play.type = "button";
      function show(index) {
        untilDay = days[index]; all.checked = false; shown.textContent = untilDay; slider.value = String(index); refresh();
      }
      slider.addEventListener("input", function () { show(Number(slider.value)); });
      all.addEventListener("change", function () {
        if (all.checked) { untilDay = null; shown.textContent = "all dates"; refresh(); } else show(Number(slider.value));
      });
      var timer = null;
      play.addEventListener("click", function () {
        if (timer) { clearInterval(timer); timer = null; play.textContent = "▶ play"; return; }
        var i = 0; show(0); play.textContent = "■ stop";
        timer = setInterval(function () {
          i += 1;
          if (i >= days.length) { clearInterval(timer); timer = null; play.textContent = "▶ play"; return; }
          show(i);
        }, 900);
      });
      label.appendChild(shown);
      box.appendChild(label); box.appendChild(slider); box.appendChild(all); box.appendChild(allLabel); box.appendChild(play);
      return box;
    };
    timeControl.addTo(map);
  }
  map.on("overlayadd", function (e) { if (e.layer.gmType) setType(e.layer.gmType, true); });
  map.on("overlayremove", function (e) { if (e.layer.gmType) setType(e.layer.gmType, false); });
  if (data.types.length) L.control.layers(null, overlays, { collapsed: false, position: "topright" }).addTo(map);

  var legend = L.control({ position: "bottomright" });
  legend.onAdd = function () {
    var box = el("div", "gm-legend");
    box.appendChild(el("strong", null, "Main event at each place"));
    data.types.forEach(function (t) {
      var row = el("div"), dot = el("span", "gm-dot");
      dot.style.background = t.colour;
      row.appendChild(dot);
      row.appendChild(document.createTextNode(t.label));
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
  var articles = [];  // article element per document, created empty; filled when rendered

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
    var d = Number(anchor.slice(1).split("-")[0]);
    renderArticle(d);
    var node = document.getElementById(anchor);
    if (!node) return;
    setPanel(true);
    node.scrollIntoView({ block: "center" });
    node.classList.remove("gm-flash");
    void node.offsetWidth; // restart the animation
    node.classList.add("gm-flash");
    node.focus({ preventScroll: true });
  }

  function renderText(d) {
    var doc = docs[d], text = doc.text, spans = [];
    doc.m.forEach(function (m, j) { spans.push({ start: m[0], end: m[1], m: m, j: j }); });
    doc.e.forEach(function (e) { spans.push({ start: e[3], end: e[4], e: e }); });
    spans.sort(function (a, b) { return a.start - b.start || b.end - a.end; });
    var body = el("div", "gm-text"), pos = 0;
    spans.forEach(function (s) {
      if (s.start < pos) return; // overlaps an earlier highlight
      body.appendChild(document.createTextNode(text.slice(pos, s.start)));
      var piece = text.slice(s.start, s.end), node;
      if (s.m) {
        var m = s.m;
        if (m[4] === null) {
          node = el("a", "gm-mention gm-kind-" + m[2], piece);
          node.setAttribute("href", "#");
          node.addEventListener("click", (function (id) {
            return function (ev) { ev.preventDefault(); openPlace(id); };
          })(m[3]));
        } else {
          node = el("mark", "gm-unplaced gm-kind-" + m[2], piece);
          node.setAttribute("title", "not on the map: " + m[4]);
          node.setAttribute("tabindex", "0");
          node.appendChild(el("span", "gm-sr", " (not on the map: " + m[4] + ")"));
        }
        node.id = anchorId(d, s.j);
      } else {
        var e = s.e, happened = e[1] === "happened";
        node = el("span", "gm-trigger gm-status-" + e[1], piece);
        node.setAttribute("title", label(e[0]) + (happened ? "" : " — " + e[1] + ", not mapped as an event"));
        if (!happened) node.appendChild(el("span", "gm-status", e[1]));
        else node.style.borderBottomColor = colours[e[0]] || "#333";
      }
      body.appendChild(node);
      pos = s.end;
    });
    body.appendChild(document.createTextNode(text.slice(pos)));
    return body;
  }

  function renderArticle(d) {
    var art = articles[d];
    if (!art || art.gmDone) return;
    art.gmDone = true;
    art.appendChild(renderText(d));
  }

  docs.forEach(function (doc, d) {
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
    articles.push(art);
    panel.appendChild(art);
  });
  // The first articles at once, the rest in small batches so the map is usable immediately.
  var next = 0;
  function renderSome(count) {
    for (var stop = Math.min(docs.length, next + count); next < stop; next++) renderArticle(next);
    if (next < docs.length) setTimeout(function () { renderSome(100); }, 0);
  }
  renderSome(FIRST_ARTICLES);

  var foot = document.getElementById("geomap-attribution");
  foot.appendChild(document.createTextNode("Places: "));
  data.attribution.forEach(function (src, i) {
    if (i) foot.appendChild(document.createTextNode("; "));
    var a = el("a", null, src.name);
    a.setAttribute("href", src.url);
    a.setAttribute("rel", "noopener noreferrer");
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
  places.forEach(function (p) {
    var layer = layers[String(p.id)];
    if (data.outlines[String(p.id)]) bounds.extend(layer.getBounds());
    else bounds.extend([p.lat, p.lon]);
  });
  if (bounds.isValid()) map.fitBounds(bounds, { padding: [30, 30], maxZoom: 8 });
  map.getContainer().setAttribute("role", "region");
  map.getContainer().setAttribute("aria-label", "Map: " + data.title + ", " + plural(places.length, "place"));

  window.geomap = { map: map, data: data, layers: layers, container: container, days: days,
                    openPlace: openPlace, showMention: showMention };
})();

/* extractor review page. Builds the whole DOM from the JSON data elements, with textContent only:
   article text is untrusted and is never parsed as HTML. Articles render when they come near the
   viewport, so a report of 1,000 articles opens at once. No network access (the CSP forbids it). */
(function () {
  "use strict";

  var KINDS = ["amount", "count", "date", "place"];
  var SVG = "http://www.w3.org/2000/svg";
  var config = readJson("report-config") || { mode: "single", articles: [], errors: [] };
  var factsOf = new Map(); // rendered article section -> its facts (for the panel)
  var panel = document.getElementById("panel");
  var pinned = null; // the mark whose panel was opened by a click (stays until closed)

  // ------------------------------------------------------------ small DOM helpers

  function readJson(id) {
    var node = document.getElementById(id);
    return node ? JSON.parse(node.textContent) : null;
  }

  /* el("p", {class: "x"}, "text", child...): attributes are set only from this script's own
     constants and numbers; every string child becomes a text node. */
  function el(tag, attrs) {
    var node = document.createElement(tag);
    setAttrs(node, attrs);
    for (var i = 2; i < arguments.length; i++) append(node, arguments[i]);
    return node;
  }

  function svg(tag, attrs) {
    var node = document.createElementNS(SVG, tag);
    setAttrs(node, attrs);
    for (var i = 2; i < arguments.length; i++) append(node, arguments[i]);
    return node;
  }

  function setAttrs(node, attrs) {
    if (!attrs) return;
    Object.keys(attrs).forEach(function (name) {
      if (attrs[name] !== null && attrs[name] !== undefined) node.setAttribute(name, String(attrs[name]));
    });
  }

  function append(node, child) {
    if (child === null || child === undefined || child === false) return;
    if (Array.isArray(child)) { child.forEach(function (c) { append(node, c); }); return; }
    node.appendChild(typeof child === "object" ? child : document.createTextNode(String(child)));
  }

  /* A link only for http(s) URLs; anything else (javascript:, data:, a file path) is shown as text. */
  function link(url, label) {
    if (typeof url === "string" && /^https?:\/\//i.test(url)) {
      return el("a", { href: url, rel: "noopener noreferrer nofollow", target: "_blank" }, label || url);
    }
    return document.createTextNode(label || String(url));
  }

  function kindOf(fact) {
    return KINDS.indexOf(fact.kind) >= 0 ? fact.kind : "other";
  }

  function num(value) {
    if (typeof value !== "number") return value === null || value === undefined ? "—" : String(value);
    return value.toLocaleString("en-US", { maximumFractionDigits: 6 });
  }

  // ------------------------------------------------------------ what a fact says, in words

  var QUALIFIER = { exact: "", approximate: "≈ ", more_than: "> ", at_least: "≥ ", less_than: "< ",
                    at_most: "≤ ", range: "" };

  /* The normalized value in one line, for the table: "≈ 14,890,000,000 USD", "2016-01-01 – 2020-12-31". */
  function summary(fact) {
    var k = kindOf(fact);
    if (k === "amount" || k === "count") {
      var core = fact.value !== null && fact.value !== undefined ? num(fact.value)
        : num(fact.low) + " – " + num(fact.high);
      /* money paid per a unit reads as a rate: "2.5 USD/gal" */
      var tail = k === "amount" ? (fact.unit ? " " + fact.unit + (fact.per ? "/" + fact.per : "") : "")
        : (fact.counted ? " " + fact.counted : "");
      return (QUALIFIER[fact.qualifier] || "") + core + tail;
    }
    if (k === "date") {
      if (fact.value) return fact.value;
      return fact.earliest || fact.latest ? (fact.earliest || "…") + " – " + (fact.latest || "…") : "unresolved";
    }
    if (k === "place") {
      return fact.name + " (" + fact.place_type + (fact.country_code ? ", " + fact.country_code : "") + ")";
    }
    return fact.text;
  }

  /* Every normalized field of a fact, as [label, value-node-or-string] rows, for the panel. */
  function fields(fact) {
    var k = kindOf(fact);
    var rows = [];
    var add = function (label, value) { rows.push([label, value]); };
    if (k === "amount" || k === "count") {
      add("value", num(fact.value)); add("low", num(fact.low)); add("high", num(fact.high));
      add("qualifier", fact.qualifier);
      if (k === "amount") {
        add("unit", fact.unit || "—"); add("unit kind", fact.unit_kind);
        if (fact.per) add("per", fact.per);
      }
      else add("counted", fact.counted || "—");
    } else if (k === "date") {
      add("value", fact.value || "—"); add("granularity", fact.granularity || "—");
      add("earliest", fact.earliest || "—"); add("latest", fact.latest || "—");
      add("relative", fact.relative ? "yes" : "no"); add("reference date", fact.reference_date || "—");
    } else if (k === "place") {
      add("name", fact.name); add("place type", fact.place_type); add("country", fact.country_code || "—");
      add("coordinates", coordinates(fact)); add("gazetteer id", fact.gazetteer_id || "—");
    }
    add("where", "page " + fact.page + ", " + fact.section + ", chars " + fact.start_char + "–" + fact.end_char);
    return rows;
  }

  /* lat, lon and an OpenStreetMap link built from the numbers alone (never from text). */
  function coordinates(fact) {
    if (typeof fact.lat !== "number" || typeof fact.lon !== "number" || !isFinite(fact.lat) || !isFinite(fact.lon)) {
      return "—";
    }
    var lat = fact.lat.toFixed(5), lon = fact.lon.toFixed(5);
    var url = "https://www.openstreetmap.org/?mlat=" + lat + "&mlon=" + lon + "#map=8/" + lat + "/" + lon;
    return el("span", null, lat + ", " + lon + " ", el("a", { href: url, rel: "noopener noreferrer",
      target: "_blank", class: "osm" }, "OpenStreetMap"));
  }

  // ------------------------------------------------------------ page header, legend, index

  function start() {
    if (config.title) document.title = config.title;
    renderSummary();
    renderErrors();
    if (config.mode === "article") renderNav(config.nav || {});
    if (config.mode !== "article") renderIndex();
    var main = document.getElementById("articles");
    var observer = lazyObserver();
    config.articles.forEach(function (entry) {
      if (!document.getElementById("d-" + entry.n)) return; // index mode: articles live in their own files
      var section = placeholder(entry);
      main.appendChild(section);
      if (observer && config.articles.length > 1) observer.observe(section);
      else renderArticle(section);
    });
    document.addEventListener("mouseover", onHover);
    document.addEventListener("focusin", onHover);
    document.addEventListener("mouseout", onLeave);
    document.addEventListener("click", onClick);
    document.addEventListener("keydown", function (e) { if (e.key === "Escape") closePanel(); });
    window.addEventListener("hashchange", showHash);
    showHash();
    document.body.setAttribute("data-ready", "1"); // for tests and scripts: the page is built
  }

  function renderSummary() {
    var totals = {}; KINDS.forEach(function (k) { totals[k] = 0; });
    config.articles.forEach(function (a) { KINDS.forEach(function (k) { totals[k] += a.counts[k] || 0; }); });
    var facts = KINDS.reduce(function (s, k) { return s + totals[k]; }, 0);
    var text = config.mode === "article" ? "One article of a larger report."
      : config.articles.length + " article" + (config.articles.length === 1 ? "" : "s") + ", " + facts + " facts";
    document.getElementById("summary").textContent = text + (config.errors.length
      ? "; " + config.errors.length + " input(s) failed (listed below)" : "");
    var legend = document.getElementById("legend");
    KINDS.forEach(function (k) {
      legend.appendChild(el("span", null, el("span", { class: "swatch k-" + k }), " " + k +
        (config.mode === "article" ? "" : " " + totals[k])));
    });
  }

  function renderErrors() {
    if (!config.errors.length) return;
    var box = document.getElementById("errors");
    box.hidden = false;
    box.appendChild(el("strong", null, "Inputs that failed"));
    box.appendChild(el("ul", null, config.errors.map(function (e) {
      return el("li", null, el("span", { class: "mono" }, e.source), " — " + e.error + ": " + e.message);
    })));
  }

  function renderNav(nav) {
    var box = document.getElementById("nav");
    box.className = "navlinks";
    // these file names come from the writer (0001.html ...), never from article text
    if (nav.index) box.appendChild(el("a", { href: nav.index }, "↑ index"));
    if (nav.prev) box.appendChild(el("a", { href: nav.prev, rel: "prev" }, "← previous"));
    if (nav.next) box.appendChild(el("a", { href: nav.next, rel: "next" }, "next →"));
  }

  function renderIndex() {
    var box = document.getElementById("index");
    if (config.articles.length < 2 && config.mode !== "index") return;
    box.hidden = false;
    var head = el("tr", null, el("th", { class: "num" }, "#"), el("th", null, "article"),
      el("th", null, "published"), KINDS.map(function (k) {
        return el("th", { class: "num" }, el("span", { class: "swatch k-" + k, title: k }), " " + k);
      }), el("th", { class: "num" }, "all"));
    var body = el("tbody");
    config.articles.forEach(function (a) {
      var total = 0;
      var href = a.href || "#a-" + a.n;
      body.appendChild(el("tr", { "data-n": a.n },
        el("td", { class: "num" }, a.n),
        el("td", null, el("a", { href: href, class: "to-article", "data-n": a.n }, a.title || a.doc_id),
          a.pages > 1 ? el("span", { class: "muted" }, " (" + a.pages + " pages)") : null),
        el("td", { class: "mono" }, a.published || "—"),
        KINDS.map(function (k) {
          var c = a.counts[k] || 0; total += c;
          return el("td", { class: "num" + (c ? "" : " zero") }, c);
        }),
        el("td", { class: "num" }, total)));
    });
    box.appendChild(el("table", { class: "index" }, el("thead", null, head), body));
  }

  // ------------------------------------------------------------ lazy rendering

  function lazyObserver() {
    if (!("IntersectionObserver" in window)) return null;
    return new IntersectionObserver(function (entries, observer) {
      entries.forEach(function (entry) {
        if (!entry.isIntersecting) return;
        observer.unobserve(entry.target);
        renderArticle(entry.target);
      });
    }, { rootMargin: "1200px 0px" });
  }

  function placeholder(entry) {
    var section = el("section", { class: "article placeholder", id: "a-" + entry.n, "data-n": entry.n },
      el("h2", null, entry.title || entry.doc_id), el("p", null, "…"));
    // a height close to the real one keeps the scrollbar honest before the article is rendered
    var guess = 260 + Math.round(entry.chars / 95) * 24 + 30 * KINDS.reduce(function (s, k) {
      return s + (entry.counts[k] || 0); }, 0);
    section.style.setProperty("contain-intrinsic-size", "auto " + guess + "px");
    section.style.setProperty("min-height", Math.min(guess, 1400) + "px");
    return section;
  }

  /* Render an article into its placeholder section, once. */
  function renderArticle(section) {
    if (!section.classList.contains("placeholder")) return;
    var n = section.getAttribute("data-n");
    var source = document.getElementById("d-" + n);
    var data = JSON.parse(source.textContent);
    source.remove(); // the DOM now holds it; do not keep the JSON twice
    var article = data.article;
    var facts = article.facts || [];
    section.classList.remove("placeholder");
    section.style.removeProperty("min-height");
    section.textContent = "";
    factsOf.set(section, facts);
    append(section, [
      el("h2", null, article.title || article.doc_id),
      metaList(article, facts),
      data.note ? el("p", { class: "note" }, data.note) : null,
      kindFilter(section, facts),
      timeline(facts, article),
      renderText(article, facts, n),
      factTable(facts, n),
    ]);
  }

  function metaList(article, facts) {
    var dl = el("dl", { class: "meta" });
    var row = function (label, value) { append(dl, [el("dt", null, label), el("dd", null, value)]); };
    row("doc id", el("span", { class: "mono" }, article.doc_id));
    article.pages.forEach(function (p) {
      var where = p.url ? [link(p.url), p.source !== p.url ? el("span", { class: "muted" }, " (read from " + p.source + ")") : null]
        : el("span", { class: "mono" }, p.source);
      row(article.pages.length > 1 ? "page " + p.page : "source", where);
    });
    row("published", article.published || "—");
    var refs = {};
    facts.forEach(function (f) { if (f.kind === "date" && f.reference_date) refs[f.reference_date] = true; });
    row("reference date", Object.keys(refs).sort().join(", ") || article.published || "—");
    row("facts", facts.length + " (" + KINDS.map(function (k) {
      return facts.filter(function (f) { return f.kind === k; }).length + " " + k; }).join(", ") + ")");
    return dl;
  }

  /* The legend doubles as the kind filter: unticking a kind hides its highlights, rows and bars. */
  function kindFilter(section, facts) {
    var box = el("div", { class: "legend filter", role: "group", "aria-label": "show kinds" });
    KINDS.forEach(function (k) {
      var count = facts.filter(function (f) { return f.kind === k; }).length;
      var box1 = el("input", { type: "checkbox", "data-kind": k, class: "kind-toggle" });
      box1.checked = true;
      box1.addEventListener("change", function () { section.classList.toggle("hide-" + k, !box1.checked); });
      box.appendChild(el("label", null, box1, el("span", { class: "swatch k-" + k }), k + " (" + count + ")"));
    });
    return box;
  }

  // ------------------------------------------------------------ the text, with facts marked

  /* Paragraph by paragraph (the article's blocks), with a visible break where each new page begins. */
  function renderText(article, facts, n) {
    var box = el("div", { class: "text" });
    var text = article.text;
    var blocks = article.blocks.length ? article.blocks
      : [{ section: "body", page: 1, start_char: 0, end_char: text.length }];
    var pieces = facts.map(function (f, i) { return { i: i, s: f.start_char, e: f.end_char, kind: kindOf(f), cont: false }; });
    var page = 1;
    blocks.forEach(function (b) {
      if (b.page !== page) { box.appendChild(pageBreak(b.page, article.pages)); page = b.page; }
      var inside = [];
      pieces.forEach(function (p) {
        if (p.s < b.end_char && p.e > b.start_char) {
          inside.push({ i: p.i, kind: p.kind, s: Math.max(p.s, b.start_char), e: Math.min(p.e, b.end_char),
                        cont: p.s < b.start_char });
        }
      });
      var para = el("p", { class: "blk " + (b.section === "title" || b.section === "caption" ? b.section : "body") });
      fill(para, text, b.start_char, b.end_char, inside, n);
      box.appendChild(para);
    });
    return box;
  }

  function pageBreak(number, pages) {
    var ref = pages.filter(function (p) { return p.page === number; })[0];
    return el("div", { class: "page-break", role: "separator", "data-page": number },
      el("span", null, "page " + number + (ref ? " · " : ""), ref ? link(ref.url || ref.source) : null));
  }

  function order(a, b) { return a.s - b.s || b.e - a.e || a.i - b.i; }

  /* Text [from, to) into parent, each piece a <mark>. A piece that starts inside another and ends
     inside it is nested; one that crosses its end is split there, and the remainder carries on as a
     continuation (class "cont", same data-fact), so no character is lost or repeated.
     Returns the depth of marks below parent, which sets how far down outer borders are drawn. */
  function fill(parent, text, from, to, pieces, n) {
    var queue = pieces.slice().sort(order);
    var pos = from, depth = 0;
    while (queue.length) {
      var p = queue.shift();
      if (p.s > pos) parent.appendChild(document.createTextNode(text.slice(pos, p.s)));
      var inner = [], rest = [];
      queue.forEach(function (q) {
        if (q.s >= p.e) rest.push(q);
        else if (q.e <= p.e) inner.push(q);
        else {
          inner.push({ i: q.i, kind: q.kind, s: q.s, e: p.e, cont: q.cont });
          rest.push({ i: q.i, kind: q.kind, s: p.e, e: q.e, cont: true });
        }
      });
      var mark = el("mark", { class: "f k-" + p.kind + (p.cont ? " cont" : ""), "data-fact": p.i,
                              id: p.cont ? null : "f-" + n + "-" + p.i, tabindex: p.cont ? null : 0 });
      var below = fill(mark, text, p.s, p.e, inner, n);
      if (below) mark.classList.add("d" + Math.min(below, 3));
      depth = Math.max(depth, below + 1);
      parent.appendChild(mark);
      pos = p.e;
      queue = rest.sort(order);
    }
    if (pos < to) parent.appendChild(document.createTextNode(text.slice(pos, to)));
    return depth;
  }

  // ------------------------------------------------------------ timeline of dates (inline SVG)

  var DAY = 86400000;

  function day(iso) { return iso ? Date.parse(iso + "T00:00:00Z") : NaN; }

  function timeline(facts, article) {
    var items = [];
    facts.forEach(function (f, i) {
      if (f.kind !== "date") return;
      var a = day(f.earliest || f.latest), b = day(f.latest || f.earliest);
      if (isFinite(a) && isFinite(b)) items.push({ f: f, i: i, a: a, b: b + DAY });
    });
    if (!items.length) return null;
    var refs = [day(article.published)].filter(isFinite);
    var lo = Math.min.apply(null, items.map(function (x) { return x.a; }).concat(refs));
    var hi = Math.max.apply(null, items.map(function (x) { return x.b; }).concat(refs));
    var pad = Math.max((hi - lo) * 0.03, 15 * DAY);
    lo -= pad; hi += pad;
    var W = 640, left = 8, right = 8, laneH = 9, gap = 3;
    var x = function (t) { return left + (t - lo) / (hi - lo) * (W - left - right); };
    items.sort(function (p, q) { return p.a - q.a || q.b - p.b; });
    var lanes = []; // right end (px) of the last bar in each lane, so bars never cover each other
    var bars = items.map(function (it) {
      var x0 = x(it.a), w = Math.max(3, x(it.b) - x0);
      var lane = lanes.findIndex(function (end) { return end + 2 <= x0; });
      if (lane < 0) { lane = Math.min(lanes.length, 7); }
      lanes[lane] = Math.max(lanes[lane] || 0, x0 + w);
      return svg("rect", { class: "bar", x: x0.toFixed(1), y: 4 + lane * (laneH + gap), width: w.toFixed(1),
        height: laneH, rx: 2, "data-fact": it.i },
        svg("title", null, it.f.text + " → " + (it.f.earliest === it.f.latest ? it.f.earliest
          : it.f.earliest + " – " + it.f.latest)));
    });
    var axisY = 4 + lanes.length * (laneH + gap) + 4;
    var H = axisY + 16;
    var g = svg("svg", { viewBox: "0 0 " + W + " " + H, role: "img", "aria-label": "dates in this article" },
      bars, svg("line", { class: "axis", x1: left, x2: W - right, y1: axisY, y2: axisY }), ticks(lo, hi, x, axisY));
    refs.forEach(function (t) {
      g.appendChild(svg("line", { class: "ref", x1: x(t), x2: x(t), y1: 0, y2: axisY }));
      var nearEnd = x(t) > W * 0.8; // keep the label inside the picture
      g.appendChild(svg("text", { class: "reflabel", x: nearEnd ? x(t) - 3 : x(t) + 3, y: 9,
        "text-anchor": nearEnd ? "end" : "start" }, "published"));
    });
    return el("div", { class: "timeline" }, g);
  }

  /* Axis labels: years for long spans, months for short ones; at most about eight. */
  function ticks(lo, hi, x, y) {
    var out = [], d0 = new Date(lo), d1 = new Date(hi);
    var years = d1.getUTCFullYear() - d0.getUTCFullYear();
    if (years >= 2) {
      var step = Math.max(1, Math.ceil(years / 8));
      for (var yr = d0.getUTCFullYear() + 1; yr <= d1.getUTCFullYear(); yr += step) {
        out.push([Date.UTC(yr, 0, 1), String(yr)]);
      }
    } else {
      var months = years * 12 + d1.getUTCMonth() - d0.getUTCMonth();
      var mstep = Math.max(1, Math.ceil(months / 8));
      for (var m = 1; m <= months; m += mstep) {
        var t = Date.UTC(d0.getUTCFullYear(), d0.getUTCMonth() + m, 1);
        out.push([t, new Date(t).toISOString().slice(0, 7)]);
      }
    }
    return out.map(function (tk) {
      return svg("text", { class: "tick", x: x(tk[0]), y: y + 12, "text-anchor": "middle" }, tk[1]);
    });
  }

  // ------------------------------------------------------------ facts table

  function factTable(facts, n) {
    if (!facts.length) return el("p", { class: "muted facts" }, "No facts found in this article.");
    var body = el("tbody");
    var rows = facts.map(function (f, i) {
      var k = kindOf(f);
      var row = el("tr", { class: "k-" + k, "data-fact": i },
        el("td", { class: "num" }, i + 1),
        el("td", null, el("span", { class: "kindtag k-" + k }, k)),
        el("td", { class: "text-cell", title: "show in the text" }, f.text),
        el("td", { class: "value" }, summary(f)),
        el("td", { class: "num" }, f.page),
        el("td", null, f.section));
      row._key = sortKey(f);
      row._pos = i;
      return row;
    });
    append(body, rows);
    var sortButton = function (label, key) {
      var b = el("button", { type: "button", "data-sort": key }, label);
      var ascending = key !== "value"; // "#" starts in text order; the first click on value sorts up
      b.addEventListener("click", function () {
        ascending = !ascending;
        rows.sort(key === "value" ? function (p, q) { return compareKeys(p._key, q._key) || p._pos - q._pos; }
          : function (p, q) { return p._pos - q._pos; });
        if (!ascending) rows.reverse();
        append(body, rows); // re-appending moves the rows into the new order
        b.parentNode.parentNode.querySelectorAll("th").forEach(function (th) { th.removeAttribute("aria-sort"); });
        b.parentNode.setAttribute("aria-sort", ascending ? "ascending" : "descending");
      });
      return b;
    };
    var head = el("tr", null, el("th", { class: "num" }, sortButton("#", "pos")), el("th", null, "kind"),
      el("th", null, "text"), el("th", null, sortButton("value ↕", "value")), el("th", { class: "num" }, "page"),
      el("th", null, "section"));
    body.addEventListener("click", function (e) {
      var cell = e.target.closest("td.text-cell");
      if (cell) jumpToFact(n, cell.parentNode.getAttribute("data-fact"));
    });
    return el("div", { class: "facts" }, el("h3", null, "Facts"),
      el("table", { class: "fact-table" }, el("thead", null, head), body));
  }

  /* Sort key for the value column: numbers (amounts and counts) first, by value, then dates by their
     first day, then places by name; facts without a value last. */
  function sortKey(f) {
    if (f.kind === "amount" || f.kind === "count") {
      var v = [f.value, f.low, f.high].filter(function (x) { return typeof x === "number"; })[0];
      return v === undefined ? [9, 0] : [0, v];
    }
    if (f.kind === "date") return f.earliest || f.value ? [1, f.earliest || f.value] : [9, 0];
    if (f.kind === "place") return [2, f.name];
    return [9, 0];
  }

  function compareKeys(p, q) {
    if (p[0] !== q[0]) return p[0] - q[0];
    return p[1] < q[1] ? -1 : p[1] > q[1] ? 1 : 0;
  }

  function jumpToFact(n, i) {
    var mark = document.getElementById("f-" + n + "-" + i);
    if (!mark) return;
    mark.scrollIntoView({ block: "center" });
    mark.classList.remove("flash");
    void mark.offsetWidth; // restart the animation
    mark.classList.add("flash");
    showPanel(mark, true);
  }

  // ------------------------------------------------------------ the panel (hover, focus or click)

  function onHover(e) {
    if (pinned) return;
    var target = e.target.closest && e.target.closest("mark.f, .timeline .bar");
    if (target) showPanel(target, false);
  }

  function onLeave(e) {
    if (pinned) return;
    var target = e.target.closest && e.target.closest("mark.f, .timeline .bar");
    if (target && !(e.relatedTarget && panel.contains(e.relatedTarget))) hidePanel();
  }

  function onClick(e) {
    var to = e.target.closest("a.to-article");
    if (to) { // render the target before the browser scrolls to it
      var section = document.getElementById("a-" + to.getAttribute("data-n"));
      if (section) renderArticle(section);
      return;
    }
    if (e.target.closest("#panel .close")) { closePanel(); return; }
    var target = e.target.closest("mark.f, .timeline .bar");
    if (target) { showPanel(target, true); return; }
    if (pinned && !panel.contains(e.target)) closePanel();
  }

  function closePanel() { pinned = null; hidePanel(); }

  function hidePanel() {
    panel.hidden = true;
    document.querySelectorAll("mark.f.active").forEach(function (m) { m.classList.remove("active"); });
  }

  /* The facts at this point of the text, innermost first: a count inside an amount shows both. */
  function showPanel(target, pin) {
    var section = target.closest(".article");
    var facts = factsOf.get(section);
    if (!facts) return;
    var indices = [];
    for (var node = target; node && node !== section; node = node.parentNode) {
      var i = node.getAttribute && node.getAttribute("data-fact");
      if (i !== null && i !== undefined && indices.indexOf(i) < 0) indices.push(i);
    }
    hidePanel();
    panel.textContent = "";
    if (pin) panel.appendChild(el("button", { class: "close", type: "button", "aria-label": "close" }, "×"));
    indices.forEach(function (i) {
      var f = facts[+i];
      section.querySelectorAll('mark.f[data-fact="' + (+i) + '"]').forEach(function (m) { m.classList.add("active"); });
      var dl = el("dl");
      fields(f).forEach(function (r) {
        append(dl, [el("dt", null, r[0]), el("dd", { "data-field": r[0] }, r[1])]);
      });
      panel.appendChild(el("div", { class: "fact", "data-fact": i },
        el("span", { class: "kindtag k-" + kindOf(f) }, f.kind), " ", el("strong", null, f.text), dl));
    });
    pinned = pin ? target : null;
    panel.classList.toggle("pinned", !!pin);
    panel.hidden = false;
    place(target.getBoundingClientRect());
  }

  function place(box) {
    var w = panel.offsetWidth, h = panel.offsetHeight;
    var left = Math.min(Math.max(4, box.left), window.innerWidth - w - 4);
    var top = box.bottom + 6 + h < window.innerHeight ? box.bottom + 6 : Math.max(4, box.top - h - 6);
    panel.style.setProperty("left", left + "px");
    panel.style.setProperty("top", top + "px");
  }

  /* #a-3 or #f-3-12 in the address: render that article first, then go there. */
  function showHash() {
    var m = /^#(?:a-(\d+)|f-(\d+)-(\d+))$/.exec(location.hash);
    if (!m) return;
    var n = m[1] || m[2];
    var section = document.getElementById("a-" + n);
    if (!section) return;
    renderArticle(section);
    if (m[3] !== undefined) jumpToFact(n, m[3]);
    else section.scrollIntoView();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();

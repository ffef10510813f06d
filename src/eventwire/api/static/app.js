// The eventwire dashboard: views over the JSON API of the same server (nothing loaded from
// elsewhere). The filters live in the URL (#view?since=...&actor=...), so they carry across
// views and a view can be linked to. Every view links to the articles behind it; the reader
// (#reader/ARTICLE/ITEM) highlights what was extracted from the article's offsets.
"use strict";

const FILTERS = ["since", "until", "actor", "country", "cameo", "plover", "modality", "min_confidence"];
const ACCEPTS = {
  events: FILTERS, counts: FILTERS, places: FILTERS,
  statements: ["since", "until", "actor", "country"],
};
const QUAD = { 1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict" };
const QUAD_COLOUR = { 1: "#2563eb", 2: "#16a34a", 3: "#f59e0b", 4: "#dc2626" };
const state = { view: "timeline", filters: {}, article: null, item: null, cursors: {} };
let network = null;

// -- URL state -------------------------------------------------------------------------------
function readHash() {
  const [path, query] = location.hash.replace(/^#/, "").split("?");
  const parts = (path || "timeline").split("/");
  state.view = ["timeline", "network", "map", "statements", "reader"].includes(parts[0]) ? parts[0] : "timeline";
  state.article = parts[1] ? decodeURIComponent(parts[1]) : state.article;
  state.item = parts[2] ? decodeURIComponent(parts[2]) : null;
  const params = new URLSearchParams(query || "");
  state.filters = {};
  for (const name of FILTERS) if (params.get(name)) state.filters[name] = params.get(name);
}

function hashFor(view, article, item) {
  const query = new URLSearchParams(state.filters).toString();
  let path = view;
  if (view === "reader" && article) path += "/" + encodeURIComponent(article) + (item ? "/" + encodeURIComponent(item) : "");
  return "#" + path + (query ? "?" + query : "");
}

function readerLink(article, item) { return hashFor("reader", article, item); }

// -- API -------------------------------------------------------------------------------------
async function api(endpoint, extra = {}) {
  const params = new URLSearchParams();
  for (const name of ACCEPTS[endpoint] || []) if (state.filters[name]) params.set(name, state.filters[name]);
  for (const [k, v] of Object.entries(extra)) if (v !== undefined && v !== null) params.set(k, v);
  const url = "/api/" + endpoint + (params.toString() ? "?" + params : "");
  const response = await fetch(url);
  const body = await response.json();
  if (!response.ok) throw new Error(body.error ? body.error.message : response.statusText);
  return body;
}

function showError(error) {
  const box = document.getElementById("error");
  box.textContent = error ? String(error.message || error) : "";
  box.hidden = !error;
}

function status(text) { document.getElementById("status").textContent = text; }

function cell(row, text, href) {
  const td = document.createElement("td");
  if (href) {
    const a = document.createElement("a");
    a.href = href; a.textContent = text; td.appendChild(a);
  } else td.textContent = text === null || text === undefined ? "–" : text;
  row.appendChild(td);
}

// -- events list (under every view but the reader) --------------------------------------------
async function loadEvents(more = false) {
  const tbody = document.querySelector("#events tbody");
  if (!more) { tbody.textContent = ""; state.cursors.events = null; }
  const page = await api("events", { limit: 50, cursor: more ? state.cursors.events : null });
  document.getElementById("events-total").textContent = "(" + page.total.toLocaleString() + ")";
  for (const e of page.items) {
    const tr = document.createElement("tr");
    tr.className = "event"; tr.dataset.article = e.article_id; tr.dataset.event = e.event_id;
    cell(tr, e.date); cell(tr, e.source_name ? e.source_name + " (" + (e.source_code || "–") + ")" : null);
    cell(tr, e.cameo); cell(tr, e.plover); cell(tr, e.target_name ? e.target_name + " (" + (e.target_code || "–") + ")" : null);
    cell(tr, e.modality); cell(tr, e.trigger); cell(tr, e.title || e.article_id, readerLink(e.article_id, e.event_id));
    tr.addEventListener("click", (ev) => { if (ev.target.tagName !== "A") location.hash = readerLink(e.article_id, e.event_id); });
    tbody.appendChild(tr);
  }
  state.cursors.events = page.next;
  document.querySelector('.more[data-list="events"]').hidden = !page.next;
}

// -- timeline --------------------------------------------------------------------------------
async function drawTimeline() {
  const series = document.querySelector('input[name="series"]:checked').value;
  const page = await api("counts", { by: "day," + series, limit: 1000 });
  const rows = page.items.filter((r) => r.day);
  const key = series === "quadclass" ? "quad_class" : "plover";
  const keys = [...new Set(rows.map((r) => String(r[key])))].sort();
  const colour = series === "quadclass" ? (k) => QUAD_COLOUR[k] || "#999" : d3.scaleOrdinal(keys, d3.schemeTableau10.concat(d3.schemeSet3));
  const days = [...new Set(rows.map((r) => r.day))].sort();
  const byDay = days.map((day) => {
    const entry = { day };
    for (const k of keys) entry[k] = 0;
    for (const r of rows) if (r.day === day) entry[String(r[key])] += r.events;
    return entry;
  });
  const stacked = d3.stack().keys(keys)(byDay);
  const width = 960, height = 320, margin = { top: 10, right: 10, bottom: 40, left: 40 };
  const x = d3.scaleBand(days, [margin.left, width - margin.right]).padding(0.15);
  const y = d3.scaleLinear([0, d3.max(byDay, (d) => keys.reduce((s, k) => s + d[k], 0)) || 1], [height - margin.bottom, margin.top]).nice();
  const host = document.getElementById("timeline");
  host.textContent = "";
  if (!days.length) { host.textContent = "No dated events match the filters."; return; }
  const svg = d3.select(host).append("svg").attr("viewBox", [0, 0, width, height]);
  svg.append("g").selectAll("g").data(stacked).join("g").attr("fill", (s) => colour(s.key))
    .selectAll("rect").data((s) => s.map((d) => Object.assign(d, { key: s.key }))).join("rect")
    .attr("class", "bar").attr("x", (d) => x(d.data.day)).attr("width", x.bandwidth())
    .attr("y", (d) => y(d[1])).attr("height", (d) => y(d[0]) - y(d[1]))
    .on("click", (_ev, d) => { state.filters.since = d.data.day; state.filters.until = d.data.day; location.hash = hashFor("timeline"); })
    .append("title").text((d) => d.data.day + " " + (series === "quadclass" ? QUAD[d.key] : d.key) + ": " + (d[1] - d[0]));
  const step = Math.max(1, Math.ceil(days.length / 12));
  svg.append("g").attr("transform", `translate(0,${height - margin.bottom})`)
    .call(d3.axisBottom(x).tickValues(days.filter((_d, i) => i % step === 0)));
  svg.append("g").attr("transform", `translate(${margin.left},0)`).call(d3.axisLeft(y).ticks(5));
  const legend = document.getElementById("legend");
  legend.textContent = "";
  for (const k of keys) {
    const span = document.createElement("span");
    const swatch = document.createElement("i"); swatch.style.background = colour(k);
    span.appendChild(swatch); span.append(series === "quadclass" ? QUAD[k] || k : k === "null" ? "no PLOVER type" : k);
    legend.appendChild(span);
  }
}

// -- actor network ---------------------------------------------------------------------------
async function drawNetwork() {
  const page = await api("counts", { by: "dyad,quadclass", limit: 1000 });
  const nodes = new Map(), edges = [];
  for (const r of page.items) {
    if (!r.source || !r.target) continue;
    for (const code of [r.source, r.target]) nodes.set(code, (nodes.get(code) || 0) + r.events);
    edges.push({ data: { id: r.source + ">" + r.target + ":" + r.quad_class, source: r.source, target: r.target,
      weight: r.events, quad: r.quad_class, colour: QUAD_COLOUR[r.quad_class] || "#999" } });
  }
  const elements = [...nodes].map(([code, n]) => ({ data: { id: code, label: code, size: 12 + 6 * Math.sqrt(n) } })).concat(edges);
  if (network) network.destroy();
  network = cytoscape({
    container: document.getElementById("network"), elements, maxZoom: 1.5,
    layout: { name: elements.length > 400 ? "concentric" : "cose", animate: false, randomize: false },
    style: [
      { selector: "node", style: { label: "data(label)", width: "data(size)", height: "data(size)", "font-size": 10, "background-color": "#475569", color: "#111" } },
      { selector: "edge", style: { width: "mapData(weight, 1, 20, 1, 8)", "line-color": "data(colour)", "target-arrow-color": "data(colour)", "target-arrow-shape": "triangle", "curve-style": "bezier", opacity: 0.8 } },
    ],
  });
  network.on("tap", "node", (ev) => { state.filters.actor = ev.target.id(); location.hash = hashFor("network"); });
  network.on("tap", "edge", (ev) => { state.filters.actor = ev.target.data("source"); location.hash = hashFor("network"); });
  document.getElementById("network").dataset.nodes = String(nodes.size);
  document.getElementById("network").dataset.edges = String(edges.length);
}

// -- map -------------------------------------------------------------------------------------
let world = null;
async function drawMap() {
  if (!world) world = await (await fetch("/static/vendor/world-atlas/countries-110m.json")).json();
  const page = await api("places", { limit: 1000 });
  const width = 960, height = 480;
  const projection = d3.geoNaturalEarth1().fitSize([width, height], { type: "Sphere" });
  const path = d3.geoPath(projection);
  const host = document.getElementById("map");
  host.textContent = "";
  const svg = d3.select(host).append("svg").attr("viewBox", [0, 0, width, height]);
  svg.append("g").selectAll("path").data(topojson.feature(world, world.objects.countries).features)
    .join("path").attr("class", "country").attr("d", path);
  const places = page.items.filter((p) => p.lat !== null && p.lon !== null);
  svg.append("g").selectAll("circle").data(places).join("circle").attr("class", "place-dot")
    .attr("cx", (p) => projection([p.lon, p.lat])[0]).attr("cy", (p) => projection([p.lon, p.lat])[1])
    .attr("r", (p) => 3 + 3 * Math.sqrt(p.events))
    .on("click", (_ev, p) => { location.hash = readerLink(p.article_id, p.place_id); })
    .append("title").text((p) => p.name + " (" + (p.country || "–") + "): " + p.events + " event(s) — " + (p.title || p.article_id));
  host.dataset.places = String(places.length);
}

// -- statements ------------------------------------------------------------------------------
async function loadStatements(more = false) {
  const tbody = document.querySelector("#statements tbody");
  if (!more) { tbody.textContent = ""; state.cursors.statements = null; }
  const page = await api("statements", { limit: 50, cursor: more ? state.cursors.statements : null });
  for (const s of page.items) {
    const tr = document.createElement("tr");
    tr.className = "statement";
    cell(tr, s.date); cell(tr, s.speaker_name ? s.speaker_name + (s.speaker_code ? " (" + s.speaker_code + ")" : "") : null);
    cell(tr, s.stance); cell(tr, s.content); cell(tr, s.title || s.article_id, readerLink(s.article_id, s.statement_id));
    tr.addEventListener("click", (ev) => { if (ev.target.tagName !== "A") location.hash = readerLink(s.article_id, s.statement_id); });
    tbody.appendChild(tr);
  }
  state.cursors.statements = page.next;
  document.querySelector('.more[data-list="statements"]').hidden = !page.next;
}

// -- article reader --------------------------------------------------------------------------
function readerSpans(article) {
  const spans = [];
  const add = (span, kind, id, record) => { if (span && span.end > span.start) spans.push({ start: span.start, end: span.end, kind, id, record }); };
  for (const a of article.actors) for (const m of a.mentions) add(m, "actor", a.id, a);
  for (const e of article.events) for (const t of e.triggers) add(t, "trigger", e.id, e);
  for (const s of article.statements) for (const c of s.content) add(c, "quote", s.id, s);
  for (const q of article.quantities) add(q.span, "quantity", q.id, q);
  for (const t of article.times) add(t.span, "time", t.id, t);
  for (const p of article.places) add(p.span, "place", p.id, p);
  return spans;
}

function renderText(article, focus) {
  const text = article.text, spans = readerSpans(article);
  const cuts = new Set([0, text.length]);
  for (const s of spans) { cuts.add(s.start); cuts.add(s.end); }
  const points = [...cuts].sort((a, b) => a - b);
  const host = document.getElementById("reader-text");
  host.textContent = "";
  let focused = null;
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i], end = points[i + 1];
    const covering = spans.filter((s) => s.start <= start && s.end >= end);
    const piece = text.slice(start, end);
    if (!covering.length) { host.append(piece); continue; }
    const mark = document.createElement("mark");
    mark.className = "hl " + [...new Set(covering.map((s) => s.kind))].join(" ");
    mark.dataset.items = covering.map((s) => s.id).join(" ");
    mark.textContent = piece;
    if (focus && covering.some((s) => s.id === focus)) { mark.classList.add("focus"); focused = focused || mark; }
    const innermost = covering.reduce((a, b) => (b.end - b.start < a.end - a.start ? b : a));
    mark.addEventListener("click", () => showRecord(innermost.record, innermost.kind));
    host.appendChild(mark);
  }
  if (focused) focused.scrollIntoView({ block: "center" });
  const item = focus && spans.find((s) => s.id === focus);
  if (item) showRecord(item.record, item.kind);
}

function showRecord(record, kind) {
  const box = document.getElementById("record");
  box.textContent = "";
  const h = document.createElement("h3"); h.textContent = kind + " " + record.id;
  const pre = document.createElement("pre"); pre.textContent = JSON.stringify(record, null, 2);
  box.append(h, pre);
  box.dataset.item = record.id;
}

async function loadReader() {
  const empty = document.getElementById("reader-empty"), reader = document.getElementById("reader");
  if (!state.article) { empty.hidden = false; reader.hidden = true; return; }
  const response = await fetch("/api/articles/" + encodeURIComponent(state.article));
  const article = await response.json();
  if (!response.ok) throw new Error(article.error.message);
  empty.hidden = true; reader.hidden = false;
  document.getElementById("reader-title").textContent = article.meta.title || article.id;
  document.getElementById("reader-meta").textContent = [article.meta.published, article.meta.source, article.meta.dateline, "id " + article.id].filter(Boolean).join(" · ");
  renderText(article, state.item);
  reader.dataset.article = article.id;
}

// -- wiring ----------------------------------------------------------------------------------
const DRAW = { timeline: drawTimeline, network: drawNetwork, map: drawMap, statements: () => loadStatements(false), reader: loadReader };

async function render() {
  readHash();
  const form = document.getElementById("filters");
  for (const name of FILTERS) form.elements[name].value = state.filters[name] || "";
  for (const a of document.querySelectorAll("#views a[data-view]")) {
    a.classList.toggle("active", a.dataset.view === state.view);
    a.href = a.dataset.view === "reader" ? readerLink(state.article) : hashFor(a.dataset.view);
  }
  for (const v of document.querySelectorAll(".view")) v.classList.toggle("active", v.id === "view-" + state.view);
  document.getElementById("events-panel").hidden = state.view === "reader" || state.view === "statements";
  showError(null);
  status("loading…");
  document.body.dataset.ready = "no";
  try {
    const work = [DRAW[state.view]()];
    if (state.view !== "reader" && state.view !== "statements") work.push(loadEvents(false));
    await Promise.all(work);
    status("");
  } catch (error) {
    showError(error); status("");
  }
  document.body.dataset.ready = "yes";
}

document.getElementById("filters").addEventListener("submit", (ev) => {
  ev.preventDefault();
  const form = ev.target;
  state.filters = {};
  for (const name of FILTERS) if (form.elements[name].value.trim()) state.filters[name] = form.elements[name].value.trim();
  location.hash = hashFor(state.view, state.article, state.item);
});
document.getElementById("clear").addEventListener("click", () => { state.filters = {}; location.hash = hashFor(state.view, state.article); });
for (const radio of document.querySelectorAll('input[name="series"]')) radio.addEventListener("change", () => drawTimeline().catch(showError));
for (const button of document.querySelectorAll(".more")) {
  button.addEventListener("click", () => (button.dataset.list === "events" ? loadEvents(true) : loadStatements(true)).catch(showError));
}
window.addEventListener("hashchange", render);
render();

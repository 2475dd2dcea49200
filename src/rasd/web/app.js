// rasd's web map: the map, the weekly timeline, the filters (kept in the URL) and the event panel
// with the review buttons. Everything comes from rasd's own API; nothing is loaded from elsewhere
// unless a tile server is configured (RASD_TILE_URL).
"use strict";

const TYPE_COLOURS = {
  "Battles": "#c0392b",
  "Explosions/Remote violence": "#e67e22",
  "Violence against civilians": "#8e44ad",
  "Protests": "#2980b9",
  "Riots": "#16a085",
  "Strategic developments": "#7f8c8d",
};
const FILTERS = ["type", "country", "admin1", "actor", "since", "until", "review", "min_reports"];
const SHOWN_FIELDS = ["event_type", "sub_event_type", "date", "actor1", "actor2", "location", "admin1",
  "country", "fatalities", "weapons", "claimed_by", "confidence", "notes"];
const CORRECTABLE = ["event_type", "sub_event_type", "date", "actor1", "actor2", "location", "admin1",
  "country", "fatalities"];

const form = document.getElementById("filters");
const statusLine = document.getElementById("status");
const panel = document.getElementById("panel");
let mapConfig = { tile_url: null, writes: false, map_limit: 2000 };

// --- small helpers ------------------------------------------------------------------------------

function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== null && value !== undefined) node.setAttribute(name, value);
  }
  for (const child of children.flat()) {
    node.append(child instanceof Node ? child : document.createTextNode(String(child ?? "")));
  }
  return node;
}

function currentFilters() {
  const params = new URLSearchParams();
  for (const name of FILTERS) {
    const value = form.elements[name].value.trim();
    if (value) params.set(name, value);
  }
  return params;
}

function filtersFromUrl() {
  const params = new URLSearchParams(location.search);
  for (const name of FILTERS) {
    if (params.has(name)) form.elements[name].value = params.get(name);
  }
}

async function getJson(url, options) {
  const response = await fetch(url, options);
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(body.message || (body.detail && JSON.stringify(body.detail)) || response.statusText);
  return body;
}

// --- the map --------------------------------------------------------------------------------------

const map = L.map("map", { worldCopyJump: true, preferCanvas: false, minZoom: 2, maxZoom: 18 }).setView([33, 42], 5);
const markers = L.markerClusterGroup({ chunkedLoading: true, showCoverageOnHover: false });
const binLayer = L.layerGroup();
markers.addTo(map);
binLayer.addTo(map);

// Base layers, bottom to top: the land (or a tile server's map), the province outlines, the country
// borders; the markers lie above them all. Each in its own pane, so that the order holds whichever
// is drawn first.
for (const [pane, zIndex] of [["land", 250], ["provinces", 300], ["borders", 350]]) {
  map.createPane(pane).style.zIndex = zIndex;
  map.getPane(pane).style.pointerEvents = "none";
}
const provinces = L.geoJSON(null, { pane: "provinces", interactive: false, style: { color: "#a9b4bf", weight: 0.5, fill: false } });
let provincesLoaded = null;

function loadProvinces() {
  // fetched the first time the layer is shown: the page opens without waiting for it
  provincesLoaded ??= getJson("/static/vendor/provinces.json").then((topology) => {
    provinces.addData(topojson.feature(topology, topology.objects.provinces));
    document.body.dataset.provinces = "drawn";
  }).catch((error) => { provincesLoaded = null; statusLine.textContent = `provinces not drawn: ${error.message}`; });
  return provincesLoaded;
}

async function drawBaseLayer() {
  provinces.on("add", loadProvinces);
  L.control.layers(null, { "Province outlines": provinces }, { position: "topright" }).addTo(map);
  if (mapConfig.tile_url) {
    // the tile server draws its own boundaries: the outlines are there to switch on
    L.tileLayer(mapConfig.tile_url, { maxZoom: 18 }).addTo(map);
    return;
  }
  provinces.addTo(map);
  const world = await getJson("/static/vendor/countries-50m.json");
  L.geoJSON(topojson.feature(world, world.objects.countries), {
    pane: "land", interactive: false, style: { stroke: false, fillColor: "#f4f1e8", fillOpacity: 1 },
  }).addTo(map);
  L.geoJSON(topojson.mesh(world, world.objects.countries), {
    pane: "borders", interactive: false, style: { color: "#7b8794", weight: 0.8 },
  }).addTo(map);
}

function drawLegend() {
  const legend = document.getElementById("legend");
  legend.replaceChildren(...Object.entries(TYPE_COLOURS).map(([type, colour]) =>
    el("div", {}, el("i", { style: `background:${colour}` }), type)));
}

function markerFor(feature) {
  const [lon, lat] = feature.geometry.coordinates;
  const p = feature.properties;
  const radius = 5 + 2.5 * Math.sqrt(p.fatalities || 0);
  const marker = L.circleMarker([lat, lon], {
    radius, color: "#222", weight: 1, fillColor: TYPE_COLOURS[p.event_type] || "#555", fillOpacity: 0.85,
    className: `event-marker event-${p.id}`,
  });
  marker.bindTooltip(`${p.sub_event_type || p.event_type} · ${p.date || "undated"} · ${p.location || p.admin1 || p.country || ""}`);
  marker.on("click", () => openEvent(p.id));
  return marker;
}

function binFor(bin) {
  const size = 18 + 6 * Math.log10(bin.events);
  const icon = L.divIcon({ className: "bin-label", html: String(bin.events), iconSize: [size, size] });
  const marker = L.marker([bin.latitude, bin.longitude], { icon });
  marker.bindTooltip(`${bin.events} events, ${bin.fatalities} killed: zoom in to see them`);
  marker.on("click", () => map.setView([bin.latitude, bin.longitude], map.getZoom() + 2));
  return marker;
}

function viewBox() {
  const b = map.getBounds();
  const clamp = (v, lo, hi) => Math.min(hi, Math.max(lo, v));
  return [clamp(b.getWest(), -180, 180), clamp(b.getSouth(), -90, 90), clamp(b.getEast(), -180, 180),
    clamp(b.getNorth(), -90, 90)].map((v) => v.toFixed(4)).join(",");
}

async function fitToEvents() {
  // open on the filtered events rather than a fixed region
  const view = await getJson(`/map?${currentFilters()}`);
  const points = view.kind === "events"
    ? view.features.filter((f) => f.geometry).map((f) => [f.geometry.coordinates[1], f.geometry.coordinates[0]])
    : view.bins.map((b) => [b.latitude, b.longitude]);
  if (points.length) map.fitBounds(L.latLngBounds(points).pad(0.3), { maxZoom: 8 });
}

let latestMapRequest = 0;

async function refreshMap() {
  // views asked for in quick succession (a zoom's moveend, a filter) may answer out of order: only
  // the latest is drawn
  const request = ++latestMapRequest;
  const params = currentFilters();
  params.set("zoom", map.getZoom());
  params.set("bbox", viewBox());
  statusLine.textContent = "loading…";
  try {
    const view = await getJson(`/map?${params}`);
    if (request !== latestMapRequest) return;
    markers.clearLayers();
    binLayer.clearLayers();
    if (view.kind === "events") {
      const located = view.features.filter((f) => f.geometry);
      markers.addLayers(located.map(markerFor));
      statusLine.textContent = `${view.features.length} events in view`;
    } else {
      view.bins.forEach((bin) => binLayer.addLayer(binFor(bin)));
      const total = view.bins.reduce((n, b) => n + b.events, 0);
      statusLine.textContent = `${total} events in view, counted per ${view.cell.toFixed(2)}° cell`;
    }
    document.body.dataset.mapState = "ready";
  } catch (error) {
    if (request === latestMapRequest) statusLine.textContent = `error: ${error.message}`;
  }
}

// --- the timeline: events per week (bars) and fatalities (line); drag to choose the dates ----------

const timeline = document.getElementById("timeline");
let weeks = [];

function svg(tag, attributes) {
  const node = document.createElementNS("http://www.w3.org/2000/svg", tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}

async function refreshTimeline() {
  const params = currentFilters();
  params.delete("since");
  params.delete("until");
  const stats = await getJson(`/stats?${params}`);
  weeks = everyWeek(stats.weeks);
  drawTimeline();
  fillTypeChoices(stats.event_types);
}

function drawTimeline() {
  const width = timeline.clientWidth || 600, height = timeline.clientHeight || 120, bottom = 16;
  timeline.replaceChildren();
  if (!weeks.length) return;
  const most = Math.max(...weeks.map((w) => w.events)), mostKilled = Math.max(1, ...weeks.map((w) => w.fatalities));
  const step = width / weeks.length;
  const points = [];
  weeks.forEach((week, i) => {
    const h = (height - bottom - 4) * (week.events / most);
    const bar = svg("rect", { class: "bar", x: i * step + 1, y: height - bottom - h, width: Math.max(1, step - 2), height: h });
    bar.append(svg("title", {}));
    bar.firstChild.textContent = `week of ${week.key}: ${week.events} events, ${week.fatalities} killed`;
    timeline.append(bar);
    points.push(`${i * step + step / 2},${height - bottom - (height - bottom - 4) * (week.fatalities / mostKilled)}`);
  });
  timeline.append(svg("polyline", { class: "killed", points: points.join(" ") }));
  for (const i of [0, weeks.length - 1]) {
    const label = svg("text", { x: i === 0 ? 2 : width - 2, y: height - 3, "text-anchor": i === 0 ? "start" : "end" });
    label.textContent = weeks[i].key;
    timeline.append(label);
  }
  drawBrush();
}

function everyWeek(counted) {
  // the weeks without events too, so that the bars keep a true time scale
  if (!counted.length) return [];
  const byKey = new Map(counted.map((w) => [w.key, w]));
  const all = [];
  for (let day = new Date(`${counted[0].key}T00:00:00Z`); ; day.setUTCDate(day.getUTCDate() + 7)) {
    const key = day.toISOString().slice(0, 10);
    if (key > counted[counted.length - 1].key) break;
    all.push(byKey.get(key) || { key, events: 0, fatalities: 0 });
  }
  return all;
}

function weekAt(x) {
  const index = Math.floor((x / (timeline.clientWidth || 600)) * weeks.length);
  return weeks[Math.max(0, Math.min(weeks.length - 1, index))];
}

function drawBrush() {
  timeline.querySelector(".brush")?.remove();
  const since = form.elements.since.value, until = form.elements.until.value;
  if (!since && !until) return;
  const width = timeline.clientWidth || 600, step = width / weeks.length;
  const first = weeks.findIndex((w) => !since || w.key >= mondayOf(since));
  let last = weeks.length - 1;
  while (last > 0 && until && weeks[last].key > until) last -= 1;
  if (first < 0 || last < first) return;
  timeline.append(svg("rect", { class: "brush", x: first * step, y: 0, width: (last - first + 1) * step, height: timeline.clientHeight || 120 }));
}

function mondayOf(isoDay) {
  const day = new Date(`${isoDay}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7));
  return day.toISOString().slice(0, 10);
}

function sundayAfter(monday) {
  const day = new Date(`${monday}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 6);
  return day.toISOString().slice(0, 10);
}

let brushStart = null;
timeline.addEventListener("mousedown", (e) => { brushStart = e.offsetX; });
timeline.addEventListener("mouseup", (e) => {
  if (brushStart === null || !weeks.length) return;
  const [a, b] = [brushStart, e.offsetX].sort((x, y) => x - y);
  brushStart = null;
  form.elements.since.value = weekAt(a).key;
  form.elements.until.value = sundayAfter(weekAt(b).key);
  applyFilters();
});

function fillTypeChoices(types) {
  const select = form.elements.type;
  const chosen = select.value || new URLSearchParams(location.search).get("type") || "";
  const known = new Set([...Object.keys(TYPE_COLOURS), ...types.map((t) => t.key)]);
  select.replaceChildren(el("option", { value: "" }, "any"), ...[...known].map((t) => el("option", { value: t }, t)));
  select.value = chosen;
}

// --- the event panel and the review ---------------------------------------------------------------

function evidenceBlock(evidence) {
  return el("p", { class: "evidence", lang: "ar", dir: "rtl" }, evidence.pieces.map((piece) =>
    piece.decides.length ? el("mark", { "data-decides": piece.decides.join(" "), title: `decided: ${piece.decides.join(", ")}` }, piece.text) : piece.text));
}

function fieldsTable(event) {
  return el("table", { class: "fields" }, SHOWN_FIELDS.map((name) => {
    const value = Array.isArray(event[name]) ? event[name].join(", ") : event[name];
    return el("tr", {}, el("th", {}, name.replace(/_/g, " ")), el("td", { "data-field": name }, value ?? "—"));
  }));
}

function correctForm(event) {
  const inputs = CORRECTABLE.map((name) => [name, el("input", { name, value: event[name] ?? "", type: name === "date" ? "date" : name === "fatalities" ? "number" : "text" })]);
  const formNode = el("form", { id: "correct-form" }, inputs.map(([name, input]) => [el("label", {}, name.replace(/_/g, " ")), input]),
    el("span"), el("button", { type: "submit" }, "Save correction"));
  formNode.addEventListener("submit", (e) => {
    e.preventDefault();
    const fields = {};
    for (const [name, input] of inputs) {
      const original = event[name] ?? "";
      if (String(original) !== input.value) fields[name] = input.value === "" ? null : name === "fatalities" ? Number(input.value) : input.value;
    }
    sendReview(event.id, "correct", fields);
  });
  return formNode;
}

function token() {
  let value = sessionStorage.getItem("rasd-token");
  if (!value) {
    value = window.prompt("API token (RASD_API_TOKEN) to save reviews:");
    if (value) sessionStorage.setItem("rasd-token", value);
  }
  return value;
}

async function sendReview(id, action, fields) {
  const secret = token();
  if (!secret) return;
  const reviewer = sessionStorage.getItem("rasd-reviewer") || window.prompt("Your name, for the review history:") || "analyst";
  sessionStorage.setItem("rasd-reviewer", reviewer);
  const body = { action, reviewer };
  if (action === "correct") body.fields = fields;
  try {
    await getJson(`/events/${id}/review`, {
      method: "POST", headers: { "Content-Type": "application/json", Authorization: `Bearer ${secret}` }, body: JSON.stringify(body),
    });
    await openEvent(id);
    refreshMap();
  } catch (error) {
    if (/token/.test(error.message)) sessionStorage.removeItem("rasd-token");
    panel.querySelector(".review-result").textContent = `not saved: ${error.message}`;
  }
}

async function openEvent(id) {
  const detail = await getJson(`/events/${id}`);
  const event = detail.event;
  const status = el("span", { class: `review-status ${event.review || ""}`, id: "review-status" }, event.review || "not reviewed");
  const actions = el("div", { class: "actions" },
    el("button", { id: "accept", type: "button" }, "Accept"),
    el("button", { id: "correct", type: "button" }, "Correct…"),
    el("button", { id: "reject", type: "button" }, "Reject"));
  const correction = correctForm(event);
  actions.querySelector("#accept").onclick = () => sendReview(event.id, "accept");
  actions.querySelector("#reject").onclick = () => sendReview(event.id, "reject");
  actions.querySelector("#correct").onclick = () => correction.classList.toggle("open");
  const reports = detail.reports.map((report) => el("li", {},
    el("strong", {}, report.article.outlet || "unknown outlet"), ` · ${report.article.published || "undated"} · `,
    report.article.url ? el("a", { href: report.article.url, rel: "noreferrer", target: "_blank" }, report.article.title || report.article.id) : (report.article.title || report.article.id),
    ` · confidence ${report.event.confidence ?? "—"} · rules: ${report.event.rules.join(", ")}`,
    report.evidence.map(evidenceBlock)));
  const history = detail.reviews.map((r) => el("li", {}, `${r.created.slice(0, 16).replace("T", " ")} ${r.reviewer}: ${r.action}` +
    (r.field ? ` ${r.field} ${JSON.stringify(r.before)} → ${JSON.stringify(r.after)}` : "") + (r.comment ? ` — ${r.comment}` : "")));
  panel.replaceChildren(
    el("h2", {}, `Event ${event.id}: ${event.sub_event_type || event.event_type} `, status),
    el("div", { class: "fields-evidence" }, fieldsTable(event)),
    actions, correction, el("p", { class: "review-result", role: "status" }),
    el("h3", {}, `Reports (${detail.reports.length})`), el("ul", { class: "reports" }, reports),
    el("h3", {}, "Review history"), history.length ? el("ul", { class: "history" }, history) : el("p", { class: "hint" }, "none yet"));
  panel.dataset.eventId = event.id;
}

// --- wiring ---------------------------------------------------------------------------------------

function applyFilters() {
  const params = currentFilters();
  history.replaceState(null, "", params.toString() ? `?${params}` : location.pathname);
  refreshMap();
  refreshTimeline().catch((error) => { statusLine.textContent = `error: ${error.message}`; });
}

form.addEventListener("change", applyFilters);
form.addEventListener("submit", (e) => { e.preventDefault(); applyFilters(); });
form.addEventListener("reset", () => setTimeout(applyFilters));
map.on("moveend", refreshMap);
window.addEventListener("resize", drawTimeline);

(async function start() {
  mapConfig = await getJson("/config");
  filtersFromUrl();
  drawLegend();
  await drawBaseLayer();
  await refreshTimeline();
  await fitToEvents();
  await refreshMap();
})();

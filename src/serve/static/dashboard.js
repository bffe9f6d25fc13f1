// nocollapse dashboard (browser side, plain ES2017, no build step). Charts are the report's own Vega-Lite specs
// (fetched from /api/specs with empty named datasets); rows arrive over server-sent events and are streamed into
// the views with vega changesets (coalesced to one update per chart every ~100 ms).
/* global vega, vegaLite */
(function () {
  "use strict";
  var views = {};
  var runs = {}; // name -> {info, step, loss, diag}
  var spectra = {}; // run -> {steps: [sorted], byStep: {step: rows}}
  var warnings = [];
  var frame = null; // null: follow the latest probe; else the step being shown
  var dirty = {};
  var flushTimer = null;
  var replayTimer = null;
  var spectrumShown = {}; // run -> probe step currently drawn in the spectra chart
  var thinned = {}; // run -> note, when the snapshot's history of that run was thinned (src/serve/history.ts)

  function kindClass(d) {
    d = (d || "").toLowerCase();
    if (d.indexOf("total") >= 0) return "kind-total";
    if (d.indexOf("dimension") >= 0) return "kind-dimensional";
    if (d.indexOf("healthy") >= 0) return "kind-healthy";
    return "";
  }

  function cell(tr, text, cls) {
    var td = document.createElement("td");
    td.textContent = text == null ? "–" : String(text);
    if (cls) td.className = cls;
    tr.appendChild(td);
  }

  function renderRuns() {
    var tbody = document.querySelector("#runs tbody");
    tbody.textContent = "";
    var names = Object.keys(runs).sort();
    document.getElementById("empty").hidden = names.length > 0;
    names.forEach(function (n) {
      var r = runs[n];
      var tr = document.createElement("tr");
      tr.setAttribute("data-run", n);
      var st = r.info && r.info.status;
      var cfg = (r.info && r.info.config) || {};
      cell(tr, n);
      cell(tr, cfg.method ? cfg.method + (cfg.ablation ? " (" + cfg.ablation + ")" : "") : null);
      cell(tr, st ? st.state : null, st ? "state-" + st.state : "");
      cell(tr, r.step == null ? null : r.step + (st && st.maxSteps ? " / " + st.maxSteps : ""));
      cell(tr, r.loss == null ? null : r.loss.toPrecision(4));
      cell(tr, r.diag.h, kindClass(r.diag.h));
      cell(tr, r.diag.z, kindClass(r.diag.z));
      var notes = [];
      if (st && st.message) notes.push(st.message);
      if (r.info && r.info.skipped) notes.push(r.info.skipped + " malformed line(s) skipped");
      if (thinned[n]) notes.push(thinned[n]);
      cell(tr, notes.join("; ") || "");
      tbody.appendChild(tr);
    });
  }

  // The banner holds the warnings that stand; a warning whose space was healthy again on consecutive probes moves
  // to the "cleared" list under it, with when, instead of alarming for the rest of the run.
  function renderBanner() {
    var b = document.getElementById("banner");
    var ul = document.getElementById("banner-list");
    var cl = document.getElementById("cleared");
    var cul = document.getElementById("cleared-list");
    ul.textContent = "";
    cul.textContent = "";
    var standing = 0;
    warnings.forEach(function (w) {
      var li = document.createElement("li");
      var when = "at step " + w.step + (w.confirmedStep != null && w.confirmedStep !== w.step ? " (held until step " + w.confirmedStep + ")" : "");
      if (w.clearedAt == null) {
        standing++;
        li.textContent = w.run + ": " + w.kind + " in " + w.where + " " + when + (w.explanation ? " — " + w.explanation : "");
        ul.appendChild(li);
      } else {
        li.textContent = w.run + ": " + w.kind + " in " + w.where + " " + when + " — cleared at step " + w.clearedAt + " (healthy again)";
        cul.appendChild(li);
      }
    });
    b.hidden = standing === 0;
    cl.hidden = standing === warnings.length;
  }

  function onCleared(run, c) {
    for (var i = warnings.length - 1; i >= 0; i--) {
      var w = warnings[i];
      if (w.run === run && w.where === c.where && w.clearedAt == null && (c.since == null || w.step === c.since)) {
        w.clearedAt = c.step;
        return;
      }
    }
  }

  // The rows of every dataset live here; views get the whole array on flush. Vega keeps only the last changeset
  // per dataset between runs, so several changesets before one run would lose rows — hence one replace per flush.
  var store = { spectra: [], series: [], loss: [], accuracy: [], baseline: [] };

  /** Mutates a dataset: `drop` (a predicate, or true for all) removes rows, then `add` rows are appended. */
  function change(name, drop, add) {
    if (drop === true) store[name] = [];
    else if (drop) store[name] = store[name].filter(function (t) { return !drop(t); });
    if (add && add.length) store[name] = store[name].concat(add);
    dirty[name] = true;
    scheduleFlush();
  }

  function scheduleFlush() {
    // Coalesce bursts of events into one re-render per view every ~100 ms.
    if (flushTimer) return;
    flushTimer = setTimeout(function () {
      flushTimer = null;
      var touched = {};
      Object.keys(dirty).forEach(function (name) {
        var id = name === "baseline" ? "accuracy" : name;
        if (!views[id]) return;
        views[id].change(name, vega.changeset().remove(vega.truthy).insert(store[name]));
        touched[id] = true;
      });
      dirty = {};
      var evaluated = store.accuracy.length + store.baseline.length > 0;
      document.getElementById("accuracy-empty").hidden = evaluated;
      document.getElementById("chart-accuracy").hidden = !evaluated;
      // resize(): facet layouts grow with the data; without it the SVG keeps its first (empty) size.
      Object.keys(touched).forEach(function (id) { views[id].resize().runAsync(); });
    }, 100);
  }

  function allProbeSteps() {
    var set = {};
    Object.keys(spectra).forEach(function (r) { spectra[r].steps.forEach(function (s) { set[s] = true; }); });
    return Object.keys(set).map(Number).sort(function (a, b) { return a - b; });
  }

  function renderSpectra() {
    // For each run: its latest probe at or before the frame step (or its latest probe when following live).
    var rows = [];
    var shownSteps = {};
    Object.keys(spectra).sort().forEach(function (r) {
      var sp = spectra[r];
      var pick = null;
      for (var i = sp.steps.length - 1; i >= 0; i--) {
        if (frame === null || sp.steps[i] <= frame) { pick = sp.steps[i]; break; }
      }
      if (pick !== null) { rows = rows.concat(sp.byStep[pick]); shownSteps[r] = pick; }
    });
    spectrumShown = shownSteps;
    change("spectra", true, rows);
    var steps = allProbeSteps();
    var slider = document.getElementById("frame");
    slider.max = String(Math.max(0, steps.length - 1));
    slider.disabled = steps.length === 0;
    var shown = frame === null ? steps[steps.length - 1] : frame;
    if (shown != null) slider.value = String(Math.max(0, steps.indexOf(shown)));
    var names = Object.keys(shownSteps);
    document.getElementById("frame-label").textContent = names.length === 0 ? "no probe yet"
      : (frame === null ? "latest probe of each run: " : "at step " + frame + ": ") +
        names.map(function (n) { return n + " @ step " + shownSteps[n]; }).join(", ");
  }

  function resetRun(name) {
    ["series", "loss", "accuracy"].forEach(function (d) {
      change(d, function (t) { return t.run === name; });
    });
    delete spectra[name];
    warnings = warnings.filter(function (w) { return w.run !== name; });
    if (runs[name]) { runs[name].step = null; runs[name].loss = null; runs[name].diag = {}; }
    renderSpectra();
    renderBanner();
    renderRuns();
  }

  function onRun(info) {
    var r = runs[info.name] || (runs[info.name] = { info: null, step: null, loss: null, diag: {} });
    r.info = info;
    change("accuracy", function (t) { return t.run === info.name; }, info.accuracy || []);
    renderRuns();
  }

  function onLines(b, quiet) {
    var r = runs[b.run] || (runs[b.run] = { info: null, step: null, loss: null, diag: {} });
    b.lines.forEach(function (l) {
      r.step = l.step;
      if (l.loss != null) r.loss = l.loss;
      if (l.diagnosis) r.diag = { h: l.diagnosis.h, z: l.diagnosis.z };
      if (l.warning) {
        warnings.push({
          run: b.run, step: l.warning.step != null ? l.warning.step : l.step, confirmedStep: l.warning.confirmedStep,
          where: l.warning.where, kind: l.warning.kind, explanation: l.warning.explanation, clearedAt: null,
        });
      }
      (l.cleared || []).forEach(function (c) { onCleared(b.run, c); });
    });
    if (b.series.length) change("series", null, b.series);
    if (b.loss.length) change("loss", null, b.loss);
    if (b.spectra.length) {
      var sp = spectra[b.run] || (spectra[b.run] = { steps: [], byStep: {} });
      b.spectra.forEach(function (row) {
        if (!sp.byStep[row.step]) { sp.byStep[row.step] = []; sp.steps.push(row.step); }
        sp.byStep[row.step].push(row);
      });
      sp.steps.sort(function (a, c) { return a - c; });
    }
    if (!quiet) { renderSpectra(); renderBanner(); renderRuns(); }
  }

  function onSnapshot(s) {
    // A (re)connection: start from a clean slate so nothing is counted twice.
    ["series", "loss", "accuracy", "baseline", "spectra"].forEach(function (d) { change(d, true); });
    runs = {}; spectra = {}; warnings = []; thinned = {};
    (s.history || []).forEach(function (h) {
      if (h.keptLines < h.lines) thinned[h.run] = "history thinned: " + h.keptLines + " of " + h.lines + " earlier lines drawn";
    });
    s.runs.forEach(onRun);
    s.batches.forEach(function (b) { onLines(b, true); });
    change("baseline", null, s.baseline);
    renderSpectra(); renderBanner(); renderRuns();
  }

  function connect() {
    var conn = document.getElementById("conn");
    var es = new EventSource("/api/events");
    function on(name, fn) {
      es.addEventListener(name, function (e) {
        try { fn(JSON.parse(e.data)); } catch (err) { console.error("event " + name + ": " + err); }
      });
    }
    on("snapshot", onSnapshot);
    on("run", onRun);
    on("lines", function (b) { onLines(b, false); });
    on("reset", function (d) { resetRun(d.run); });
    on("baseline", function (rows) { change("baseline", true, rows); });
    es.onopen = function () { conn.textContent = "live"; conn.className = "conn on"; };
    es.onerror = function () { conn.textContent = "reconnecting…"; conn.className = "conn off"; };
  }

  function setupControls() {
    var slider = document.getElementById("frame");
    var live = document.getElementById("live");
    slider.addEventListener("input", function () {
      var steps = allProbeSteps();
      frame = steps[Number(slider.value)];
      live.checked = false;
      renderSpectra();
    });
    live.addEventListener("change", function () {
      if (live.checked) { frame = null; renderSpectra(); }
    });
    document.getElementById("replay").addEventListener("click", function () {
      // Animate the spectra through every probe step, then go back to following the latest.
      if (replayTimer) clearInterval(replayTimer);
      var steps = allProbeSteps();
      var i = 0;
      live.checked = false;
      replayTimer = setInterval(function () {
        if (i >= steps.length) { clearInterval(replayTimer); replayTimer = null; frame = null; live.checked = true; renderSpectra(); return; }
        frame = steps[i++];
        renderSpectra();
      }, 150);
    });
  }

  function init() {
    fetch("/api/specs").then(function (r) { return r.json(); }).then(function (specs) {
      return Promise.all(Object.keys(specs).map(function (id) {
        var el = document.getElementById("chart-" + id);
        var v = new vega.View(vega.parse(vegaLite.compile(specs[id]).spec), { renderer: "svg", container: el, hover: true });
        views[id] = v;
        return v.runAsync();
      }));
    }).then(function () {
      setupControls();
      connect();
    }).catch(function (e) {
      document.getElementById("conn").textContent = "error: " + e;
    });
  }

  // For tests and the curious: live row counts per dataset.
  window.__nc = {
    views: views,
    counts: function () {
      var c = {};
      Object.keys(views).forEach(function (id) { c[id] = views[id].data(id).length; });
      return c;
    },
    warnings: function () { return warnings.slice(); },
    spectrumSteps: function () { return Object.assign({}, spectrumShown); },
  };
  init();
})();

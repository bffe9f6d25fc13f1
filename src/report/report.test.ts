import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import sharp from "sharp";
import { compile } from "vega-lite";
import { fakeMetricsLine, type FakeRunOptions } from "../testing/fake-run.js";
import {
  accuracyRows,
  accuracySpec,
  collapseKind,
  expectedOutcome,
  lossRows,
  lossSpec,
  parseMetricsText,
  readRun,
  readRuns,
  seriesRows,
  seriesSpec,
  specToSvg,
  spectraSpec,
  spectrumRows,
  studyText,
  summaryFromRuns,
  svgToPng,
  writeStudyReport,
  type Summary,
} from "./index.js";

const RUNS: [string, string, string | null, FakeRunOptions["fate"]][] = [
  ["vicreg", "vicreg", null, "healthy"],
  ["invariance", "invariance", null, "total"],
  ["vicreg-no-cov", "vicreg", "no-covariance", "dimensional"],
];

function makeRuns(): string {
  const root = mkdtempSync(join(tmpdir(), "nc-report-"));
  RUNS.forEach(([name, method, ablation, fate], i) => {
    const d = join(root, name);
    mkdirSync(d);
    writeFileSync(join(d, "config.json"), JSON.stringify({ method, ablation }));
    let s = "";
    for (let t = 0; t <= 60; t++) s += JSON.stringify(fakeMetricsLine(t, { fate, collapseAt: 20, seed: i + 1 })) + "\n";
    if (i === 0) s += "not json at all\n"; // a stray line in the middle of a file
    writeFileSync(join(d, "metrics.jsonl"), s + '{"step": 61, "loss": 1'); // half-written last line
    writeFileSync(join(d, "status.json"), JSON.stringify({ state: "done", step: 60, maxSteps: 60 }));
    writeFileSync(join(d, "eval.json"), JSON.stringify({ linearTop1: fate === "healthy" ? 86 : 70, knnTop1: 62, linearTop1Z: 80, knnTop1Z: 60, baseline: null }));
  });
  writeFileSync(join(root, "vicreg", "eval-random.json"), JSON.stringify({ linearTop1: 82.5, knnTop1: 75.9, baseline: "random" }));
  mkdirSync(join(root, "not-a-run")); // no metrics.jsonl: ignored
  return root;
}

test("parseMetricsText skips malformed lines and an unfinished last line", () => {
  const r = parseMetricsText('{"step":1,"loss":2}\n{oops}\n[1,2]\n{"loss":3}\n\n{"step":2}\n{"step":3,"lo');
  assert.deepEqual(r.lines.map((l) => l.step), [1, 2]);
  assert.equal(r.skipped, 3); // the unfinished last line is not counted: the writer may be mid-line
});

test("readRun reads config, metrics, status and eval; readRuns lists only run folders", () => {
  const root = makeRuns();
  const r = readRun(join(root, "vicreg"));
  assert.equal(r.name, "vicreg");
  assert.equal(r.metrics.length, 61);
  assert.equal(r.skippedLines, 1);
  assert.equal(r.status?.state, "done");
  assert.equal(r.config?.method, "vicreg");
  assert.equal(r.eval?.linearTop1, 86);
  assert.deepEqual(readRuns(root).map((x) => x.name), ["invariance", "vicreg", "vicreg-no-cov"]);
  const s = summaryFromRuns(readRuns(root), "toy");
  assert.deepEqual(s.baseline, { linearTop1: 82.5, knnTop1: 75.9 }); // from eval-random.json
  assert.deepEqual(s.runs.map((x) => [x.name, x.method, x.ablation, x.linearTop1, x.diagnosis.z]), [
    ["invariance", "invariance", null, 70, "total-collapse"],
    ["vicreg", "vicreg", null, 86, "healthy"],
    ["vicreg-no-cov", "vicreg", "no-covariance", 70, "dimensional-collapse"],
  ]);
  assert.equal(s.runs[2]!.collapseStep, 30);
  assert.throws(() => readRun(join(root, "missing")), /run folder not found/);
});

test("spec builders compile and render every data point to SVG", async () => {
  const runs = readRuns(makeRuns());
  const spectra = spectrumRows(runs);
  assert.equal(spectra.length, 3 * (32 + 64)); // latest probe of each run, h and z
  assert.ok(spectra.every((r) => r.eigenvalue > 0), "log scale needs positive values");
  const summary = summaryFromRuns(runs, "toy");
  summary.baseline = { linearTop1: 80, knnTop1: 75 };
  const acc = accuracyRows(summary);
  const cases = [
    { spec: spectraSpec(spectra), titles: ["Rank (largest first)", "Eigenvalue", "space h", "space z"], minMarks: 6 },
    { spec: seriesSpec(seriesRows(runs)), titles: ["Step", "effective rank", "avg. correlation"], minMarks: 18 },
    { spec: lossSpec(lossRows(runs)), titles: ["total", "invariance", "covariance"], minMarks: 12 },
    { spec: accuracySpec(acc.accuracy, acc.baseline), titles: ["Top-1", "vicreg-no-cov"], minMarks: 8 },
  ];
  for (const c of cases) {
    assert.doesNotThrow(() => compile(c.spec));
    const svg = await specToSvg(c.spec);
    for (const t of c.titles) assert.ok(svg.includes(`>${t}<`), `axis/header text "${t}" in SVG`);
    const marks = (svg.match(/<path/g) ?? []).length;
    assert.ok(marks >= c.minMarks, `at least ${c.minMarks} marks, got ${marks}`);
  }
  // The spectrum lines carry one vertex per eigenvalue: count the vertices of the line marks.
  const svg = await specToSvg(spectraSpec(spectra));
  const lines = [...svg.matchAll(/role-mark[^"]*marktype-line|class="mark-line role-mark[^"]*"/g)];
  assert.ok(lines.length >= 1);
  const vertices = [...svg.matchAll(/<path[^>]* d="M([^"]+)"/g)].map((m) => m[1]!.split("L").length).filter((n) => n === 32 || n === 64);
  assert.equal(vertices.length, 6, "one line of 32 (h) or 64 (z) vertices per run and space");
});

test("PNG rendering gives a valid PNG of sensible size with visible text", async () => {
  const png = svgToPng('<svg xmlns="http://www.w3.org/2000/svg" width="200" height="50"><text x="10" y="30" font-family="sans-serif" font-size="20">Rank</text></svg>', 1);
  assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const { data, info } = await sharp(png).greyscale().raw().toBuffer({ resolveWithObject: true });
  assert.equal(info.width, 200);
  let dark = 0;
  for (const v of data) if (v < 128) dark++;
  assert.ok(dark > 50, `text was drawn (${dark} dark pixels): resvg found a font`);
});

test("writeStudyReport writes offline HTML with inline data and specs, PNG figures and the text summary", async () => {
  const root = makeRuns();
  const runs = readRuns(root);
  const summary: Summary = summaryFromRuns(runs, "fashion-mnist");
  const out = join(root, "report");
  const files = await writeStudyReport(out, summary, runs);
  for (const f of ["spectra", "rank-over-time", "loss-terms", "accuracy"]) {
    const p = join(out, `${f}.png`);
    assert.ok(existsSync(p), p);
    const meta = await sharp(p).metadata();
    assert.equal(meta.format, "png");
    assert.ok(meta.width! >= 400 && meta.width! <= 4000 && meta.height! >= 200 && meta.height! <= 4000, `${f}: ${meta.width}x${meta.height}`);
  }
  const html = readFileSync(files.html, "utf8");
  assert.doesNotMatch(html, /<script[^>]*\ssrc\s*=/i, "no external scripts");
  assert.doesNotMatch(html, /<link[^>]*href\s*=\s*["']?(https?:)?\/\//i, "no external stylesheets");
  assert.doesNotMatch(html, /(src|href)\s*=\s*["']https?:/i);
  assert.match(html, /vegaLite/); // the Vega-Lite build is inlined
  const specs = JSON.parse(/<script id="nc-specs" type="application\/json">(.*?)<\/script>/s.exec(html)![1]!);
  assert.deepEqual(Object.keys(specs).sort(), ["accuracy", "loss-terms", "rank-over-time", "spectra"]);
  assert.ok(specs.spectra.data.values.length > 100, "spectra data inline");
  assert.ok(html.includes("<svg"), "pre-rendered SVG fallback");
  assert.match(html, /random init \(baseline\)/);
  assert.match(html, /82\.5 %/);
  assert.match(html, /dimensional collapse in z, first flagged at step \d+/);
  assert.match(html, /most eigenvalues vanished/); // a run's explanation
  assert.ok(files.text.some((p) => /3 runs on fashion-mnist; 2 collapsed/.test(p)), files.text[0]);
});

test("text summary compares each run with what its method should do", () => {
  assert.equal(expectedOutcome("invariance", null)?.kind, "total");
  assert.equal(expectedOutcome("vicreg", "no-variance")?.kind, "total");
  assert.equal(expectedOutcome("vicreg", "no-covariance")?.kind, "dimensional");
  for (const m of ["barlow-twins", "vicreg", "wmse", "infonce"]) assert.equal(expectedOutcome(m, null)?.kind, "healthy");
  assert.equal(expectedOutcome("vicreg", "projector-512"), null);
  assert.equal(collapseKind("dimensional-collapse"), "dimensional");
  const per = { h: null, z: null };
  const text = studyText({
    dataset: "toy",
    baseline: { linearTop1: 80, knnTop1: 70 },
    runs: [
      { name: "inv", method: "invariance", ablation: null, steps: 100, seconds: 10, linearTop1: 50, knnTop1: 60, diagnosis: { h: "healthy", z: "healthy" }, effectiveRank: per, entropy: per, avgCorrelation: per, collapseStep: null },
      { name: "bt", method: "barlow-twins", ablation: null, steps: 100, seconds: 10, linearTop1: 85, knnTop1: 80, diagnosis: { h: "healthy", z: "healthy" }, effectiveRank: per, entropy: per, avgCorrelation: per, collapseStep: null },
    ],
  });
  assert.match(text[0]!, /0 collapsed\. 1 of 2 runs/);
  assert.match(text[1]!, /inv \(invariance\): stayed healthy.*Not as expected: the prediction was total collapse/);
  // inv was diagnosed healthy but probes worse than random: the summary must say so rather than hide it.
  assert.match(text.at(-1)!, /Healthy runs not above the baseline \(linear\): inv 50\.0 %/);
  assert.doesNotMatch(text.at(-1)!, /bt/);
});

test("the report, the dashboard and the method definitions load without libtorch (the addon loads on the first op)", async () => {
  const { spawnSync } = await import("node:child_process");
  const { join } = await import("node:path");
  const { PACKAGE_ROOT } = await import("../util/paths.js");
  const dist = join(PACKAGE_ROOT, "dist");
  const code = `
    await import(${JSON.stringify(join(dist, "report", "index.js"))});
    await import(${JSON.stringify(join(dist, "serve", "index.js"))});
    const m = await import(${JSON.stringify(join(dist, "methods", "index.js"))});
    if (m.expectationOf("dino", "no-centering").expected !== "total-collapse") throw new Error("method facts unreadable");
    const n = await import(${JSON.stringify(join(dist, "tensor", "native.js"))});
    console.log(n.nativeLoaded());`;
  const r = spawnSync(process.execPath, ["--input-type=module", "-e", code], { encoding: "utf8" });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout.trim(), "false");
});

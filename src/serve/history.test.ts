import { test } from "node:test";
import assert from "node:assert/strict";
import { fakeMetricsLine } from "../testing/fake-run.js";
import type { MetricsRecord } from "../report/types.js";
import { batchOf } from "./watcher.js";
import { piecesOf, RunHistory, Thinned } from "./history.js";

test("Thinned: every item until the budget, then every 2nd, 4th, ... (first and latest always kept)", () => {
  const t = new Thinned<number>(8);
  for (let i = 0; i < 5; i++) t.push(i, i);
  assert.deepEqual(t.kept().map((k) => k.value), [0, 1, 2, 3, 4]);
  for (let i = 5; i < 100; i++) t.push(i, i);
  // 100 items into a budget of 8: the stride doubled to 16, so 0, 16, ..., 96, plus the latest (99).
  assert.deepEqual(t.kept().map((k) => k.value), [0, 16, 32, 48, 64, 80, 96, 99]);
  assert.equal(t.total, 100);
  // Weighted: the budget counts weight (spectrum rows), and a single item heavier than the budget still stays.
  const w = new Thinned<string>(10);
  w.push(0, "a", 6);
  w.push(1, "b", 6);
  assert.deepEqual(w.kept().map((k) => k.value), ["a", "b"]); // "b" only as the latest
  w.push(2, "c", 25);
  assert.deepEqual(w.kept().map((k) => k.value), ["a", "c"]);
});

test("RunHistory: a long run's snapshot stays within its budgets and ends on the run's latest state", () => {
  const lines: MetricsRecord[] = [];
  for (let s = 0; s < 1000; s++) lines.push(fakeMetricsLine(s, { fate: "dimensional", collapseAt: 300, probeEvery: 5 }));
  // Collapse warnings at two odd steps, which thinning would otherwise drop.
  lines[333] = { ...lines[333]!, warning: { where: "z", kind: "dimensional-collapse", explanation: "x".repeat(5000) } };
  lines[777] = { ...lines[777]!, warning: { where: "h", kind: "total-collapse" } };
  const h = new RunHistory({ lines: 50, probes: 20, spectrumRows: 96 * 10 });
  for (let i = 0; i < lines.length; i += 37) h.add(lines.slice(i, i + 37).map((m) => piecesOf("r", m)));
  const b = h.batch("r");
  const full = batchOf("r", lines);

  const steps = b.lines.map((l) => l.step);
  assert.deepEqual(steps, [...steps].sort((x, y) => x - y), "line order");
  assert.equal(steps[0], 0);
  assert.equal(steps.at(-1), 999, "ends on the latest line");
  assert.ok(b.lines.length <= 50 + 3, `${b.lines.length} lines`);
  // Kept lines are evenly spaced (a stride), apart from the warnings, the latest diagnosis and the latest line.
  const warningSteps = lines.filter((m) => m.warning).map((m) => m.step);
  const special = new Set([...warningSteps, 995, 999]);
  const regular = steps.filter((s) => !special.has(s));
  const stride = regular[1]! - regular[0]!;
  assert.ok(stride >= 20 && regular.every((s) => s % stride === 0), `stride ${stride}: ${regular.join(",")}`);
  // The warnings survive thinning (explanations cut to a table cell's size), and so do their chart markers.
  const warned = b.lines.filter((l) => l.warning);
  assert.ok(warningSteps.includes(333) && warningSteps.includes(777));
  assert.deepEqual(warned.map((l) => l.step), warningSteps);
  assert.equal(warned.find((l) => l.step === 777)!.warning!.kind, "total-collapse");
  assert.ok(warned.find((l) => l.step === 333)!.warning!.explanation!.length <= 2001);
  assert.deepEqual(new Set(b.series.filter((r) => r.warning).map((r) => r.step)), new Set(warningSteps));
  // The latest diagnosis is that of the last probe (step 995), as in the full history.
  const lastDiag = (x: { lines: { diagnosis?: unknown }[] }) => x.lines.filter((l) => l.diagnosis).at(-1);
  assert.deepEqual(lastDiag(b), lastDiag(full));
  // Rows: loss rows of the kept lines only; spectra within their row budget (the latest probe's always there).
  assert.ok(b.loss.length < full.loss.length / 10);
  assert.ok(b.loss.every((r) => steps.includes(r.step)));
  const spectrumSteps = [...new Set(b.spectra.map((r) => r.step))];
  assert.ok(b.spectra.length <= 96 * 11, `${b.spectra.length} spectrum rows`);
  assert.equal(spectrumSteps.at(-1), 995);
  assert.ok(new Set(b.series.filter((r) => !r.warning).map((r) => r.step)).size <= 21);
  // Every kept row is one of the full history's rows, unchanged.
  const key = (r: object) => JSON.stringify(r);
  const all = new Set([...full.loss, ...full.series, ...full.spectra].map(key));
  for (const r of [...b.loss, ...b.series, ...b.spectra]) assert.ok(all.has(key(r)), key(r));
  const sum = h.summary("r");
  assert.deepEqual([sum.run, sum.lines, sum.probes, sum.spectra, sum.keptSpectra], ["r", 1000, 200, 200, spectrumSteps.length]);
  assert.ok(sum.keptLines <= 51 && sum.keptProbes <= 21, JSON.stringify(sum));
});

test("RunHistory: a short run is kept whole, exactly as the live batches carried it", () => {
  const lines = Array.from({ length: 61 }, (_, s) => fakeMetricsLine(s, { seed: 3 }));
  const h = new RunHistory();
  h.add(lines.map((m) => piecesOf("r", m)));
  const b = h.batch("r");
  const full = batchOf("r", lines);
  assert.deepEqual(b.lines, full.lines);
  assert.deepEqual(b.loss, full.loss);
  assert.deepEqual(new Set(b.series.map((r) => JSON.stringify(r))), new Set(full.series.map((r) => JSON.stringify(r))));
  assert.deepEqual(b.spectra, full.spectra);
});

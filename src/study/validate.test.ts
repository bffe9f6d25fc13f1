import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PACKAGE_ROOT } from "../util/paths.js";
import type { MetricsRecord, RunData, Summary } from "../report/index.js";
import { computeValidation, dropStep, validationRuns, VALIDATION_KNOBS, type Validation } from "./validate.js";

/** A finished run as the report reads it: eval, a final probe with RankMe of z, and an online-probe history. */
function run(name: string, o: { linear: number; rank: number; dz: string; online?: number[]; warnAt?: number }): RunData {
  const metrics: MetricsRecord[] = (o.online ?? [50]).map((acc, i) => ({ step: 10 * (i + 1), online: { linearTop1: acc } }));
  const probe = (d: string) => ({ diagnosis: d, effectiveRank: o.rank, entropy: o.rank, avgCorrelation: 1 / o.rank, alphaReQ: 1, traceRatio: 0.5, evidence: { spread: 0.5 } });
  metrics[metrics.length - 1]!.probe = { h: probe("healthy"), z: probe(o.dz) } as never;
  if (o.warnAt !== undefined) metrics[0]!.warning = { where: "z", kind: "total-collapse", step: o.warnAt, explanation: "" };
  return { name, dir: name, config: { method: "vicreg" }, metrics, skippedLines: 0, status: null, eval: { linearTop1: o.linear, linearTop1Z: o.linear - 5, knnTop1: o.linear - 10 }, evalRandom: null };
}

test("validation statistics by hand: ground truth, τ_b of an exact ranking, regret, confusion matrix, warning lead", () => {
  const summary: Summary = { dataset: "fake", runs: [], baseline: { linearTop1: 80, knnTop1: 60 } };
  const data = [
    run("a", { linear: 84, rank: 40, dz: "healthy" }),
    run("b", { linear: 83, rank: 30, dz: "healthy" }),
    run("c", { linear: 80.5, rank: 20, dz: "healthy" }), // within 1 point of the baseline: unclear
    run("d", { linear: 78, rank: 2, dz: "total-collapse", online: [60, 62, 58], warnAt: 10 }), // warned at 10, dropped at 30
    run("e", { linear: 82, rank: 10, dz: "healthy" }), // a control the diagnosis missed
  ];
  const planned = [{ name: "d", method: "vicreg", ablation: "no-variance", control: true }, { name: "e", method: "vicreg", ablation: "no-covariance", control: true }];
  const v: Validation = computeValidation(summary, data, planned);
  assert.deepEqual(v.runs.map((r) => r.truth), ["healthy", "healthy", "unclear", "collapsed", "collapsed"]);
  const rank = v.metrics.find((m) => m.metric === "RankMe" && m.space === "z")!;
  // RankMe orders 4 of the 5 runs as the probe does; e (rank 10, probe 82) vs c (rank 20, probe 80.5) is the one
  // discordant pair of 10: τ_b = (9 − 1)/10.
  assert.equal(rank.n, 5);
  assert.ok(Math.abs(rank.tau! - 0.8) < 1e-12, String(rank.tau));
  assert.equal(rank.regret, 0, "the highest RankMe is the best probe");
  assert.ok(rank.tauInterval![0] <= rank.tau! && rank.tau! <= rank.tauInterval![1]);
  const corr = v.metrics.find((m) => m.metric === "avg |correlation|" && m.space === "z")!;
  assert.ok(Math.abs(corr.tau! - 0.8) < 1e-12, "oriented: a lower correlation predicts a better probe");
  assert.deepEqual(v.diagnosis.confusion, { truthCollapsed: { predictedCollapsed: 1, predictedHealthy: 1 }, truthHealthy: { predictedCollapsed: 0, predictedHealthy: 2 } });
  assert.equal(v.diagnosis.accuracy, 0.75);
  assert.equal(v.diagnosis.unclear, 1);
  assert.deepEqual(v.diagnosis.falseAlarms, []);
  assert.deepEqual(v.warnings, { warned: 1, dropped: 1, leads: [{ run: "d", lead: 20 }], medianLead: 20 });
  assert.equal(dropStep(data[3]!), 30);
});

test("the sweep covers every knob the issue names, with 2 seeds and the controls marked", () => {
  const runs = validationRuns("quick", 2);
  assert.equal(runs.length, 2 * VALIDATION_KNOBS.length);
  assert.deepEqual([...new Set(runs.map((r) => r.seed))], [0, 1]);
  const knobs = JSON.stringify(VALIDATION_KNOBS);
  for (const k of ["stdCoeff", "no-covariance", "lambda-0", "no-whitening", "temperature", "projector", "lr"]) assert.match(knobs, new RegExp(k), k);
  assert.ok(runs.filter((r) => r.control).length >= 8, "controls with their seeds");
});

test("validate --smoke end to end: validation.json, the report's validation section and its figures", { timeout: 600_000 }, () => {
  const out = mkdtempSync(join(tmpdir(), "validate-"));
  const r = spawnSync(process.execPath, [join(PACKAGE_ROOT, "bin", "nocollapse"), "validate", "--smoke", "--out", out], { encoding: "utf8", env: { ...process.env, NOCOLLAPSE_NO_PROGRESS: "1" } });
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /RankMe \(z\) +-?[\d.–]+/);
  assert.match(r.stdout, /diagnosis vs ground truth: controls \d+ caught \/ \d+ missed/);
  const v = JSON.parse(readFileSync(join(out, "validation.json"), "utf8")) as Validation;
  assert.equal(v.runs.length, 6);
  assert.equal(v.runs.filter((x) => x.control).length, 4);
  for (const x of v.runs) {
    assert.equal(typeof x.linear.h, "number", `${x.name}: probe on h`);
    assert.equal(typeof x.linear.z, "number", `${x.name}: probe on z too`);
  }
  assert.equal(v.metrics.length, 14);
  const html = readFileSync(join(out, "report.html"), "utf8");
  assert.match(html, /Validation: metrics and diagnosis against downstream accuracy/);
  assert.match(html, /How often the diagnosis is right/);
  for (const png of ["validation-scatter.png", "validation-tau.png"]) assert.ok(readFileSync(join(out, png)).length > 1000, png);
  // Bad input: one line, exit 2.
  const bad = spawnSync(process.execPath, [join(PACKAGE_ROOT, "bin", "nocollapse"), "validate", "--seeds", "1", "--out", out], { encoding: "utf8" });
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /--seeds: expected at least 2 seeds/);
});

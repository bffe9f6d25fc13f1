import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync, existsSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PACKAGE_ROOT } from "../util/paths.js";
import { STUDY_RUNS } from "./study.js";
import type { Summary } from "./summary.js";

const BIN = join(PACKAGE_ROOT, "bin", "nocollapse");
const METHODS = ["barlow-twins", "vicreg", "wmse", "infonce", "ib-logdet", "invariance"];
const ABLATIONS = [null, "no-variance", "no-covariance", "lambda-0", "no-whitening", "no-projector"];

test("study --smoke runs every method and control end to end, writes summary.json and the report, and reuses finished runs", { timeout: 300_000 }, () => {
  const out = mkdtempSync(join(tmpdir(), "study-"));
  const env = { ...process.env, NOCOLLAPSE_NO_PROGRESS: "1" };
  const r = spawnSync(process.execPath, [BIN, "study", "--smoke", "--out", out], { encoding: "utf8", env });
  assert.equal(r.status, 0, r.stderr);
  const summary = JSON.parse(readFileSync(join(out, "summary.json"), "utf8")) as Summary;
  assert.equal(summary.dataset, "fashion-mnist");
  assert.deepEqual(summary.runs.map((x) => x.name), STUDY_RUNS.map((x) => x.name));
  for (const run of summary.runs) {
    assert.ok(METHODS.includes(run.method), run.method);
    assert.ok(ABLATIONS.includes(run.ablation) || /^projector-\d+$/.test(run.ablation ?? ""), String(run.ablation));
    assert.equal(run.steps, 4, `${run.name} trained its 4 steps`);
    assert.ok(typeof run.linearTop1 === "number" && run.linearTop1 > 10, `${run.name} was evaluated (${run.linearTop1})`);
    assert.ok(typeof run.knnTop1 === "number");
    for (const w of ["h", "z"] as const) {
      assert.ok(["healthy", "dimensional-collapse", "total-collapse"].includes(String(run.diagnosis[w])));
      assert.ok(typeof run.effectiveRank[w] === "number" && typeof run.entropy[w] === "number");
    }
    assert.ok(run.collapseStep === null || typeof run.collapseStep === "number");
  }
  assert.ok(summary.baseline && summary.baseline.linearTop1! > 10, "random-init baseline evaluated");
  const html = readFileSync(join(out, "report.html"), "utf8");
  assert.doesNotMatch(html, /<script[^>]+src=["']https?:/, "offline: no external scripts");
  for (const png of ["spectra.png", "rank-over-time.png", "loss-terms.png", "accuracy.png"]) {
    assert.ok(existsSync(join(out, png)) && statSync(join(out, png)).size > 1000, png);
  }
  assert.match(r.stdout, /report: .*report\.html/);

  // Started again: every run is reused, nothing retrains.
  const again = spawnSync(process.execPath, [BIN, "study", "--smoke", "--out", out], { encoding: "utf8", env });
  assert.equal(again.status, 0, again.stderr);
  assert.equal((again.stderr.match(/: reused/g) ?? []).length, STUDY_RUNS.length + 1, again.stderr);
});

test("study --config: the train overrides apply to the random-init baseline too (same encoder as the runs)", { timeout: 300_000 }, () => {
  const out = mkdtempSync(join(tmpdir(), "study-config-"));
  const config = join(out, "study.yaml");
  writeFileSync(config, "runs: [vicreg]\ntrain:\n  projector: 64-32\n  lr: 0.002\n");
  const r = spawnSync(process.execPath, [BIN, "study", "--smoke", "--out", out, "--config", config], { encoding: "utf8", env: { ...process.env, NOCOLLAPSE_NO_PROGRESS: "1" } });
  assert.equal(r.status, 0, r.stderr);
  const summary = JSON.parse(readFileSync(join(out, "summary.json"), "utf8")) as Summary;
  assert.deepEqual(summary.runs.map((x) => x.name), ["vicreg"]);
  for (const dir of [join(out, "runs", "vicreg"), join(out, "baseline-random")]) {
    const cfg = JSON.parse(readFileSync(join(dir, "config.json"), "utf8")) as { projector: string; lr: number };
    assert.equal(cfg.projector, "64-32", dir);
    assert.equal(cfg.lr, 0.002, dir);
  }
});

#!/usr/bin/env node
// Records the diagnosis inputs of a finished study's runs (final probe of h and z, from probe-embeddings.safetensors,
// with each run's peak trace from metrics.jsonl) into src/testing/real-runs-diagnosis.json, for
// src/metrics/real-runs.test.ts. Usage: node scripts/diagnosis-fixture.mjs STUDY_DIR
import { readFileSync, writeFileSync, readdirSync, existsSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const { analyzeFile } = await import(join(root, "dist", "metrics", "index.js"));
const { replay } = await import(join(root, "scripts", "rediagnose.mjs"));
const study = process.argv[2];
if (!study) throw new Error("usage: node scripts/diagnosis-fixture.mjs STUDY_DIR");
const sig = (x) => (typeof x === "number" ? Number(x.toPrecision(5)) : x);
const summary = JSON.parse(readFileSync(join(study, "summary.json"), "utf8"));
const runs = [];
for (const name of readdirSync(join(study, "runs")).sort()) {
  const dir = join(study, "runs", name);
  const file = join(dir, "probe-embeddings.safetensors");
  if (!existsSync(file)) continue;
  const lines = readFileSync(join(dir, "metrics.jsonl"), "utf8").split("\n").filter((l) => l.includes('"probe"')).map((l) => JSON.parse(l));
  const cfg = JSON.parse(readFileSync(join(dir, "config.json"), "utf8"));
  const status = JSON.parse(readFileSync(join(dir, "status.json"), "utf8"));
  // The trace history the trainer's watch had at the final probe (peak and the warm-up's end).
  const histories = replay(lines, cfg.metricsEvery, status.maxSteps).histories;
  const last = histories.at(-1).history;
  const s = summary.runs.find((r) => r.name === name);
  const out = { name, method: s.method, ablation: s.ablation, linearTop1: s.linearTop1, spaces: {} };
  for (const w of ["h", "z"]) {
    const peak = last[w];
    const r = analyzeFile(file, { key: w, history: peak });
    out.spaces[w] = {
      input: { n: r.n, dim: r.dim, spectrum: r.spectrum.map(sig), deadDims: r.deadDims, stdL2Normalized: sig(r.stdL2Normalized), traceRatio: sig(r.traceRatio), effectiveRank: sig(r.effectiveRank), meanDirectionShare: sig(r.meanDirectionShare) },
      history: { peakTrace: sig(peak.peakTrace), peakStep: peak.peakStep, ...(peak.startTrace !== undefined ? { startTrace: sig(peak.startTrace), startStep: peak.startStep } : {}) },
      diagnosis: r.diagnosis,
      // DINO's output-distribution verdict is folded into z by the trainer, not by analyze: keep the trainer's.
      trainer: lines.at(-1).probe[w].diagnosis,
    };
  }
  runs.push(out);
}
const fixture = { source: `study --quick, ${new Date().toISOString().slice(0, 10)}`, baseline: summary.baseline, runs };
writeFileSync(join(root, "src", "testing", "real-runs-diagnosis.json"), JSON.stringify(fixture) + "\n");
console.log(`${runs.length} runs recorded`);

#!/usr/bin/env node
// bench:analyze — `analyzeNpyFile` (streamed float64 moments, one batched eigvalsh, RankMe from the Gram) vs a
// numpy/PyTorch script (bench/analyze_ref.py: np.load + covariance + eigvalsh + svdvals) on the same float32 .npy:
// wall time and peak RSS, both with the same libtorch thread count. N = 100,000 × D = 1,024, and N = 1,000,000 to
// show that our memory stays flat (there the script skips svdvals, which would take many minutes; the row says so).
// `--quick` uses N = 20,000 and 200,000. Files are generated once in /tmp. `--json` prints {"machine", "rows"}.
import { spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { QUICK, THREADS, argValue, python, report, row } from "./common.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const D = 1024;

if (process.argv.includes("--child")) {
  // One measured run in a fresh process, so that peak RSS is this analysis alone.
  const { setNumThreads } = await import(join(root, "dist/tensor/index.js"));
  const { analyzeNpyFile } = await import(join(root, "dist/metrics/index.js"));
  setNumThreads(THREADS);
  const t0 = performance.now();
  const r = analyzeNpyFile(argValue("--child"));
  const ms = performance.now() - t0;
  console.log(JSON.stringify({ ms, rssMB: process.resourceUsage().maxRSS / 1024, lambda1: r.spectrum[0] }));
  process.exit(0);
}

function ensureFile(n) {
  const path = `/tmp/nocollapse-bench-${n}x${D}.npy`;
  const bytes = n * D * 4;
  if (existsSync(path) && statSync(path).size >= bytes) return path;
  // Written in 50k-row blocks through a memmap so that generating 4 GB needs little memory.
  const code = `
import numpy as np
m = np.lib.format.open_memmap("${path}.tmp", mode="w+", dtype=np.float32, shape=(${n}, ${D}))
rng = np.random.default_rng(0)
mix = rng.standard_normal((${D}, ${D})).astype(np.float32) / 32
for s in range(0, ${n}, 50000):
    e = min(${n}, s + 50000)
    m[s:e] = rng.standard_normal((e - s, ${D}), dtype=np.float32) @ mix + 0.5
m.flush(); del m
import os; os.replace("${path}.tmp", "${path}")
`;
  const r = spawnSync("/usr/bin/python3", ["-c", code], { stdio: "inherit" });
  if (r.status !== 0) throw new Error("could not generate the bench file");
  return path;
}

function ours(path) {
  const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), "--child", path, "--threads", String(THREADS)], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`child failed:\n${r.stderr}`);
  return JSON.parse(r.stdout.trim().split("\n").pop());
}

const sizes = QUICK ? [20_000, 200_000] : [100_000, 1_000_000];
const rows = [];
for (const [i, n] of sizes.entries()) {
  const path = ensureFile(n);
  const big = i === 1;
  const a = ours(path);
  const b = python(join(root, "bench/analyze_ref.py"), [path, String(THREADS), ...(big ? ["--no-svd"] : [])]);
  const rel = Math.abs(a.lambda1 - b.lambda1) / b.lambda1;
  if (rel > 1e-6) throw new Error(`λ₁ differs: ours ${a.lambda1}, script ${b.lambda1}`);
  const what = big ? "cov + eigvalsh (script: no svdvals)" : "cov + eigvalsh + svdvals";
  rows.push(row(`analyze ${n.toLocaleString("en")}×${D} f32 .npy, ${what}: wall time`, a.ms / 1000, b.ms / 1000, "s"));
  rows.push(row(`analyze ${n.toLocaleString("en")}×${D} f32 .npy: peak RSS`, a.rssMB, b.rssMB, "MB"));
}
report("bench:analyze", rows);

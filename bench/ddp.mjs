#!/usr/bin/env node
// npm run bench:ddp [-- --json]: training throughput (images/s) of `train` with 1 process (1 thread) vs
// `--nproc-per-node 2` (1 thread each) on the same global batch, small ConvNet, Barlow Twins, Fashion-MNIST.
// The "pytorch" column holds the 1-process figure, so ratio = scaling factor (goal ≥ 1.7×).
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { QUICK, report } from "./common.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const steps = QUICK ? 15 : 40;
const batch = 256;
const tmp = mkdtempSync(join(tmpdir(), "bench-ddp-"));

/** Images per second over the steps after the first 5 (start-up, rendezvous and warm-up excluded). */
function throughput(extra, name) {
  const out = join(tmp, name);
  const r = spawnSync(process.execPath, [join(root, "bin", "nocollapse"), "train", "--method", "barlow-twins", "--batch-size", String(batch),
    "--max-steps", String(steps), "--metrics-every", "1000", "--probe-size", "64", "--checkpoint-every", "1000", "--no-progress", "--out", out, ...extra],
  { encoding: "utf8", env: { ...process.env, NOCOLLAPSE_NO_PROGRESS: "1" } });
  if (r.status !== 0) throw new Error(r.stderr);
  const lines = readFileSync(join(out, "metrics.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l));
  const a = lines[4], b = lines.at(-1);
  return ((b.step - a.step) * batch) / (b.time - a.time);
}

const one = throughput(["--threads", "1", "--prefetch", "main"], "one");
const two = throughput(["--nproc-per-node", "2", "--prefetch", "main"], "two");
// What overlapping the gradient all-reduce with backward buys (PyTorch's DDP Reducer vs one all-reduce after it).
const twoNoOverlap = throughput(["--nproc-per-node", "2", "--prefetch", "main", "--no-grad-overlap"], "two-no-overlap");
// For scale: the same two cores used by one process through libtorch's intra-op threads.
const oneTwoThreads = throughput(["--threads", "2", "--prefetch", "main"], "one-2t");
report("Data-parallel scaling (c10d / Gloo)", [
  { name: `BT, ConvNet, global batch ${batch}: 2 processes × 1 thread vs 1 process × 1 thread`, ours: two, pytorch: one, unit: "images/s", ratio: two / one },
  { name: `BT, ConvNet, global batch ${batch}: 2 processes, all-reduce after backward (no overlap)`, ours: twoNoOverlap, pytorch: one, unit: "images/s", ratio: twoNoOverlap / one },
  { name: `BT, ConvNet, global batch ${batch}: 1 process × 2 threads vs 1 process × 1 thread`, ours: oneTwoThreads, pytorch: one, unit: "images/s", ratio: oneTwoThreads / one },
]);

#!/usr/bin/env node
// npm run bench:engine [-- --json] [-- --threads N]: per-op overhead, matmul GFLOPS and a small ConvNet's
// forward+backward, ours vs PyTorch (Debian python3-torch) with the same thread count.
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import { THREADS, timeMs, python, report, row } from "./common.mjs";
import { tensor, randn, tidy, aten, setNumThreads, manualSeed } from "../dist/tensor/index.js";

const here = dirname(fileURLToPath(import.meta.url));
setNumThreads(THREADS);
manualSeed(0);

// 1. Per-op overhead: 100k adds of 4-element tensors, each result freed right away (as Python's refcount does).
// Inside a tidy scope (how the trainer, metrics and augmentations run) and outside any scope, where each tensor is
// also registered with the GC backstop (FinalizationRegistry).
const a = tensor([1, 2, 3, 4]);
const b = tensor([5, 6, 7, 8]);
const N_ADD = 100_000;
const addUs = (timeMs(() => {
  for (let i = 0; i < N_ADD / 1000; i++) tidy(() => { for (let j = 0; j < 1000; j++) a.add(b).dispose(); });
}, 5, 1) * 1000) / N_ADD;
const addUnscopedUs = (timeMs(() => {
  for (let i = 0; i < N_ADD; i++) a.add(b).dispose();
}, 5, 1) * 1000) / N_ADD;

// 2. matmul 1024×1024 float32.
const m1 = randn([1024, 1024]);
const m2 = randn([1024, 1024]);
const mmMs = timeMs(() => m1.mm(m2).dispose(), 10, 2);
const gflops = (2 * 1024 ** 3) / (mmMs / 1000) / 1e9;

// 3. Small ConvNet (conv32-pool-conv64-pool-fc256-fc128) forward+backward on 256 two-view 28×28 images.
const p = (shape, fanIn) => randn(shape).mul(1 / Math.sqrt(fanIn)).requiresGrad_().keep();
const params = [p([32, 1, 3, 3], 9), p([32], 9), p([64, 32, 3, 3], 288), p([64], 288), p([256, 64 * 7 * 7], 3136), p([256], 3136), p([128, 256], 256), p([128], 256)];
const [c1w, c1b, c2w, c2b, f1w, f1b, f2w, f2b] = params;
const x = randn([512, 1, 28, 28]);
const convMs = timeMs(() => tidy(() => {
  let h = aten.max_pool2d(aten.conv2d(x, c1w, c1b, 1, 1).relu(), [2, 2]);
  h = aten.max_pool2d(aten.conv2d(h, c2w, c2b, 1, 1).relu(), [2, 2]);
  h = aten.linear(h.flatten(1), f1w, f1b).relu();
  const z = aten.linear(h, f2w, f2b);
  z.square().mean().backward();
  for (const q of params) q.clearGrad();
}), 7, 2);

const py = python(join(here, "engine.py"), ["--threads", String(THREADS)]);
report("Tensor engine", [
  row("per-op overhead (add, 4 elements), in a tidy scope", addUs, py.add_us, "µs/op"),
  row("per-op overhead, outside any scope (GC backstop)", addUnscopedUs, py.add_us, "µs/op"),
  row("matmul 1024×1024 float32", gflops, py.gflops, "GFLOPS"),
  row("ConvNet fwd+bwd, 512×1×28×28", convMs, py.conv_ms, "ms"),
]);

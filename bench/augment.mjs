#!/usr/bin/env node
// bench:augment — two-view augmented images/s (batch 256) for the CIFAR preset on 32×32 RGB (random uint8 data)
// and the Fashion-MNIST preset on 28×28 gray, vs torchvision 0.14 transforms in a DataLoader with 2 workers
// (bench/augment_torchvision.py, run with /usr/bin/python3). Also measures whether a training loop waits on data
// when the loader prefetches in a worker thread. `--json` prints {"machine", "rows"}.
import { spawnSync } from "node:child_process";
import { cpus } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const { tensor, tidy, randn, getNumThreads, setNumThreads, torchVersion } = await import(join(root, "dist/tensor/index.js"));
// The same cores as torchvision's 2 DataLoader workers: libtorch's intra-op threads, one per core.
setNumThreads(cpus().length);
const { ArrayDataset, Loader, loadDataset } = await import(join(root, "dist/data/index.js"));
const { augmentViews, cifarPreset, fashionMnistPreset, viewTransform } = await import(join(root, "dist/augment/index.js"));
const json = process.argv.includes("--json");
const SECONDS = Number(process.env.BENCH_SECONDS ?? 4);
const B = 256;

function randomDataset(n, c, s) {
  const px = new Uint8Array(n * c * s * s);
  for (let i = 0; i < px.length; i++) px[i] = (Math.imul(i, 2654435761) >>> 24) & 255;
  return new ArrayDataset({ name: "random", split: "train", pixels: px, labels: new Int32Array(n), channels: c, height: s, width: s, numClasses: 10 });
}
let fashion;
try {
  fashion = (await loadDataset("fashion-mnist")).train;
} catch {
  fashion = randomDataset(20000, 1, 28);
}
const cifar = randomDataset(20000, 3, 32);

function throughput(ds, pipeline) {
  let n = 0, epoch = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < SECONDS * 1000) {
    tidy(() => {
      const idx = Int32Array.from({ length: B }, (_, i) => (n + i) % ds.length);
      augmentViews(ds.batch(idx), idx, pipeline, { seed: 0, epoch: epoch++ });
    });
    n += B;
  }
  return (2 * n) / ((performance.now() - t0) / 1000);
}

// A stand-in training step: an MLP forward/backward on the two views.
async function waitPerStep(ds, pipeline, stepWidth) {
  const loader = new Loader(ds, { batchSize: B, seed: 0, transform: viewTransform(pipeline, 0), prefetch: "worker" });
  const d = ds.channels * ds.height * ds.width;
  const w1 = randn([d, stepWidth]).requiresGrad_();
  const w2 = randn([stepWidth, stepWidth]).requiresGrad_();
  let waited = 0, stepMs = 0, steps = 0;
  for (let i = 0; i < 3; i++) (await loader.next()).dispose(); // start-up
  const t0 = performance.now();
  while (performance.now() - t0 < SECONDS * 1000) {
    const b = await loader.next();
    waited += b.waitedMs;
    const s0 = performance.now();
    tidy(() => {
      const z1 = b.views[0].reshape([B, d]).matmul(w1).relu().matmul(w2);
      const z2 = b.views[1].reshape([B, d]).matmul(w1).relu().matmul(w2);
      z1.sub(z2).square().mean().backward();
    });
    w1.clearGrad(); w2.clearGrad();
    stepMs += performance.now() - s0;
    b.dispose();
    steps++;
  }
  await loader.close();
  return { waited: waited / steps, step: stepMs / steps };
}

const py = spawnSync("/usr/bin/python3", [join(root, "bench", "augment_torchvision.py"), String(SECONDS)], { encoding: "utf8" });
const ref = py.status === 0 ? JSON.parse(py.stdout.trim().split("\n").pop()) : null;
if (!ref && !json) console.error("torchvision reference failed:", py.stderr);

const ours = { cifar: throughput(cifar, cifarPreset()), fashion: throughput(fashion, fashionMnistPreset()) };
const wc = await waitPerStep(cifar, cifarPreset(), 1024);
const wf = await waitPerStep(fashion, fashionMnistPreset(), 1024);
const r = (x) => Math.round(x * 10) / 10;
const rows = [
  { name: "two-view CIFAR preset 32x32 RGB, batch 256", ours: Math.round(ours.cifar), pytorch: ref ? Math.round(ref.cifar) : null, unit: "images/s", ratio: ref ? r(ours.cifar / ref.cifar) : null },
  { name: "two-view Fashion-MNIST preset 28x28 gray, batch 256", ours: Math.round(ours.fashion), pytorch: ref ? Math.round(ref.fashion) : null, unit: "images/s", ratio: ref ? r(ours.fashion / ref.fashion) : null },
  { name: `CIFAR: training loop wait per step (worker prefetch, step ${r(wc.step)} ms)`, ours: r(wc.waited), pytorch: null, unit: "ms/step", ratio: null },
  { name: `Fashion-MNIST: training loop wait per step (worker prefetch, step ${r(wf.step)} ms)`, ours: r(wf.waited), pytorch: null, unit: "ms/step", ratio: null },
];
const machine = { cpus: cpus().length, cpu: cpus()[0]?.model, libtorch: torchVersion().torch, threads: getNumThreads(), node: process.version };
if (json) console.log(JSON.stringify({ machine, rows }));
else {
  console.log(`machine: ${JSON.stringify(machine)}`);
  for (const row of rows) console.log(`${row.name.padEnd(78)} ours ${String(row.ours).padStart(8)}  torchvision ${String(row.pytorch ?? "-").padStart(7)}  ${row.unit}  ${row.ratio ?? ""}${row.ratio ? "×" : ""}`);
}

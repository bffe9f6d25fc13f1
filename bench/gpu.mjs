#!/usr/bin/env node
// npm run bench:gpu [-- --json] [-- --device cuda:N] [-- --quick] [-- --study] [-- --python PATH]
//                   [-- --render FILE]   (the table of a saved --json result)
// On one GPU, ours vs PyTorch eager (bench/gpu.py: the same model twin, batch and precision), in images/s:
//   - a Barlow Twins step (both views forward, loss in float32, backward, LARS) with ResNet-18 CIFAR at 32×32,
//     batch 512, and ResNet-50 at 224×224, batch 128 (projector 2048-2048-2048), in float32 and bf16-mixed;
//     PyTorch with torch.compile as a second reference where it runs (`pytorchCompiled`, else null);
//   - the CIFAR two-view augmentation on the GPU (batched tensor ops), ours only (PyTorch has no batched
//     per-sample-parameter twin of it);
//   - with --study, `study --quick --device <gpu>` wall time.
// Ratio = ours ÷ PyTorch in images/s: ≥ 1 means at least as fast. On a machine without a GPU `--device cpu --quick`
// runs the same code at toy sizes (a check that the script works, not a measurement).
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { argValue, JSON_OUT, QUICK, timeMs } from "./common.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/** The Markdown table of a result (also `--render FILE`: the table of a saved `--json` result, measuring nothing). */
function table(out) {
  const f = (x) => (x === null || x === undefined ? "–" : x >= 100 ? x.toFixed(0) : x.toFixed(2));
  return [
    `\nGPU bench — ${out.machine.gpu}, libtorch ${out.machine.libtorch} (ours) vs PyTorch ${out.machine.pytorch} (CUDA ${out.machine.cuda ?? "–"}), ${out.date}\n`,
    "| benchmark | nocollapse | PyTorch eager | PyTorch compiled | unit | ratio (ours ÷ eager) |",
    "|---|---|---|---|---|---|",
    ...out.rows.map((r) => `| ${r.name} | ${f(r.ours)} | ${f(r.pytorch)} | ${f(r.pytorchCompiled)} | ${r.unit} | ${r.ratio === null ? "–" : `${r.ratio.toFixed(2)}×`} |`),
  ].join("\n");
}
const saved = argValue("--render", null);
if (saved !== null) {
  console.log(table(JSON.parse(readFileSync(saved, "utf8"))));
  process.exit(0);
}
const { randn, tidy, manualSeed, resolveDevice, synchronize, autocast, torchVersion } = await import(join(root, "dist/tensor/index.js"));
const { JointEmbedding } = await import(join(root, "dist/methods/index.js"));
const { barlowTwinsLoss } = await import(join(root, "dist/losses/index.js"));
const { LARS, barlowTwinsGroups } = await import(join(root, "dist/optim/index.js"));
const { ArrayDataset } = await import(join(root, "dist/data/index.js"));
const { augmentViews, cifarPreset } = await import(join(root, "dist/augment/index.js"));

const device = resolveDevice(argValue("--device", "auto"));
const PY = argValue("--python", process.env.NOCOLLAPSE_PYTHON ?? "/usr/bin/python3");
const onCpu = device === "cpu";
const PROJ = onCpu ? "64-64-64" : "2048-2048-2048";
// [name, backbone, side, batch]; on the CPU (a smoke run) tiny versions of the same cases.
const CASES = onCpu
  ? [["ResNet-18 CIFAR", "resnet18-cifar", 32, 8], ["ResNet-50", "resnet50", 64, 4]]
  : [["ResNet-18 CIFAR", "resnet18-cifar", 32, 512], ["ResNet-50", "resnet50", 224, 128]];
const REPS = QUICK || onCpu ? 3 : 10;

/** Median seconds of one call of `fn` that waits for its GPU work (common.mjs's timer, synchronised). */
function seconds(fn, reps, warm) {
  return timeMs(() => { fn(); synchronize(device); }, reps, warm) / 1000;
}

/** Images/s of our Barlow Twins step: both views through f and g (under autocast for bf16), loss, backward, LARS. */
function ours(backbone, side, batch, precision) {
  manualSeed(0);
  const net = new JointEmbedding({ backbone, projector: PROJ, inChannels: 3 }).to({ device });
  net.train();
  const opt = new LARS(barlowTwinsGroups(net.namedParameters()), { lr: 0.2 });
  const v1 = randn([batch, 3, side, side], { device }).keep();
  const v2 = randn([batch, 3, side, side], { device }).keep();
  const dtype = precision === "bf16-mixed" ? "bfloat16" : null;
  const s = seconds(() => tidy(() => {
    const { z } = autocast(device, dtype, () => net.embed([v1, v2]));
    barlowTwinsLoss(z).loss.backward();
    opt.step();
    opt.zeroGrad();
  }), REPS, 3);
  net.dispose();
  opt.dispose();
  v1.dispose();
  v2.dispose();
  return batch / s;
}

/** Two-view CIFAR augmentation of uint8 batches already on the device, images/s. */
function augmentation(batch) {
  const n = batch * 4;
  const px = new Uint8Array(n * 3 * 32 * 32);
  for (let i = 0; i < px.length; i++) px[i] = (Math.imul(i, 2654435761) >>> 24) & 255;
  const ds = new ArrayDataset({ name: "random", split: "train", pixels: px, labels: new Int32Array(n), channels: 3, height: 32, width: 32, numClasses: 10 });
  const pipeline = cifarPreset();
  let epoch = 0;
  const idx = Int32Array.from({ length: batch }, (_, i) => i);
  const imgs = ds.batch(idx).toDevice(device).keep();
  const s = seconds(() => tidy(() => augmentViews(imgs, idx, pipeline, { seed: 0, epoch: epoch++ })), REPS, 2);
  imgs.dispose();
  return batch / s;
}

function pytorch() {
  const args = [join(root, "bench", "gpu.py"), "--device", device, "--projector", PROJ, "--reps", String(REPS), "--cases", JSON.stringify(CASES), ...(QUICK || onCpu ? ["--no-compile"] : [])];
  const r = spawnSync(PY, args, { encoding: "utf8", maxBuffer: 1 << 24 });
  if (r.status !== 0) throw new Error(`bench/gpu.py (${PY}) failed:\n${r.stderr}`);
  return JSON.parse(r.stdout.trim().split("\n").pop());
}

const py = pytorch();
const rows = [];
for (const [name, backbone, side, batch] of CASES) {
  for (const precision of ["32", "bf16-mixed"]) {
    const mine = ours(backbone, side, batch, precision);
    const ref = py.steps[`${backbone}/${precision}`];
    rows.push({
      name: `Barlow Twins step, ${name} ${side}×${side}, batch ${batch}, ${precision === "32" ? "fp32" : "bf16-mixed"}`,
      ours: mine, pytorch: ref.eager, pytorchCompiled: ref.compiled ?? null, unit: "images/s", ratio: mine / ref.eager,
    });
  }
}
const augB = onCpu ? 64 : 512;
rows.push({ name: `two-view CIFAR augmentation on ${device}, batch ${augB}`, ours: augmentation(augB), pytorch: null, pytorchCompiled: null, unit: "images/s", ratio: null });
if (process.argv.includes("--study")) {
  const out = mkdtempSync(join(tmpdir(), "bench-study-"));
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [join(root, "bin", "nocollapse"), "study", "--quick", "--device", device, "--out", out], { encoding: "utf8", env: { ...process.env, NOCOLLAPSE_NO_PROGRESS: "1" } });
  const s = (performance.now() - t0) / 1000;
  rmSync(out, { recursive: true, force: true });
  if (r.status !== 0) throw new Error(`study --quick --device ${device} failed:\n${r.stderr.slice(-2000)}`);
  rows.push({ name: `study --quick --device ${device} (wall time)`, ours: s, pytorch: null, pytorchCompiled: null, unit: "s", ratio: null });
}

const v = torchVersion();
const out = { machine: { device, gpu: v.gpuNames[0] ?? "none", libtorch: v.torch, pytorch: py.torch, cuda: py.cuda }, date: new Date().toISOString().slice(0, 10), rows };
console.log(JSON_OUT ? JSON.stringify(out) : table(out));

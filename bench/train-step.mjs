#!/usr/bin/env node
// npm run bench:train-step [-- --json] [-- --threads N]: one Barlow Twins step (forward both views, loss, backward,
// optimizer step) with the small ConvNet + 512-512-128 projector at batch 256 (28×28), and ResNet-18 CIFAR at batch
// 128 (32×32), ours vs the same model in PyTorch (bench/train-step.py) with the same thread count.
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import { THREADS, QUICK, timeMs, python, report, row } from "./common.mjs";
import { randn, tidy, setNumThreads, manualSeed } from "../dist/tensor/index.js";
import { JointEmbedding } from "../dist/methods/index.js";
import { barlowTwinsLoss } from "../dist/losses/index.js";
import { LARS, barlowTwinsGroups } from "../dist/optim/index.js";

const here = dirname(fileURLToPath(import.meta.url));
setNumThreads(THREADS);

function measure(backbone, channels, size, batch, reps) {
  manualSeed(0);
  const net = new JointEmbedding({ backbone, projector: "512-512-128", inChannels: channels });
  net.train();
  const opt = new LARS(barlowTwinsGroups(net.namedParameters()), { lr: 0.2 });
  const v1 = randn([batch, channels, size, size]).keep();
  const v2 = randn([batch, channels, size, size]).keep();
  const ms = timeMs(() => tidy(() => {
    const { z } = net.embed([v1, v2]);
    barlowTwinsLoss(z).loss.backward();
    opt.step();
    opt.zeroGrad();
  }), reps, 2);
  net.dispose();
  v1.dispose();
  v2.dispose();
  return ms;
}

const rows = [];
const py = python(join(here, "train-step.py"), ["--threads", String(THREADS), ...(QUICK ? ["--quick"] : [])]);
rows.push(row("Barlow Twins step, ConvNet, batch 256, 28×28", measure("convnet", 1, 28, 256, QUICK ? 3 : 10), py.convnet_ms, "ms"));
if (!QUICK) rows.push(row("Barlow Twins step, ResNet-18 CIFAR, batch 128, 32×32", measure("resnet18-cifar", 3, 32, 128, 3), py.resnet_ms, "ms"));
report("Training step", rows);

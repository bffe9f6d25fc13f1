import { test } from "node:test";
import assert from "node:assert/strict";
import { onDevice, testDevices } from "../testing/devices.js";
import { tensor, tidy, torchAtLeast } from "../tensor/index.js";
import { SGD } from "./sgd.js";
import { GradScaler } from "./grad-scaler.js";

/** One parameter w = [1, 2] with the gradient of loss = S·Σ gᵢ·wᵢ, i.e. S·g, set by backward. */
function setup(device: string, opts: ConstructorParameters<typeof GradScaler>[1]) {
  const w = tensor([1, 2], undefined, { device }).keep().requiresGrad_();
  const opt = new SGD(new Map([["w", w]]), { lr: 0.5 });
  const scaler = new GradScaler(device, opts);
  const step = (g: [number, number]): boolean =>
    tidy(() => {
      scaler.scale(w.mul(tensor(g, undefined, { device })).sum()).backward();
      const stepped = scaler.step(opt);
      opt.zeroGrad();
      return stepped;
    });
  return { w, opt, scaler, step, dispose: () => { w.dispose(); opt.dispose(); scaler.dispose(); } };
}

for (const device of testDevices()) {
  test(onDevice(device, "GradScaler, hand-computed: gradients unscaled before the step, Inf/NaN steps skipped with S halved, S doubled after growthInterval finite steps"), () => {
    const s = setup(device, { initScale: 8, growthInterval: 2 });
    try {
      assert.equal(s.scaler.scale(tensor([3], undefined, { device })).item(), 24, "loss · S");
      assert.equal(s.step([0.2, -0.4]), true);
      // w ← w − lr · g with the unscaled g (the scaled one is 8·g): [1 − 0.1, 2 + 0.2]
      assert.deepEqual(Array.from(s.w.toFloat64Array(), (x) => Math.round(x * 1e6) / 1e6), [0.9, 2.2]);
      assert.deepEqual(s.scaler.state(), { scale: 8, growthTracker: 1 });
      assert.equal(s.step([0, 0]), true);
      assert.deepEqual(s.scaler.state(), { scale: 16, growthTracker: 0 }, "2 finite steps: S doubles, the count restarts");
      const before = Array.from(s.w.toFloat64Array());
      assert.equal(s.step([Infinity, 1]), false, "an Inf gradient skips the step");
      assert.deepEqual(Array.from(s.w.toFloat64Array()), before, "the weights are untouched");
      assert.deepEqual(s.scaler.state(), { scale: 8, growthTracker: 0 });
      assert.equal(s.step([NaN, 1]), false, "so does a NaN");
      assert.deepEqual(s.scaler.state(), { scale: 4, growthTracker: 0 });
      // The fused ATen kernels exist on GPUs and, from libtorch 2.3, on the CPU; older CPU builds compose them.
      assert.equal(s.scaler.usesFusedKernels, device !== "cpu" || torchAtLeast(2, 3));
    } finally {
      s.dispose();
    }
  });

  test(onDevice(device, "GradScaler state round-trips (a resumed run scales as the uninterrupted one)"), () => {
    const a = setup(device, { initScale: 1024, growthInterval: 3 });
    const b = setup(device, { initScale: 1024, growthInterval: 3 });
    try {
      a.step([1, 1]);
      a.step([Infinity, 1]);
      a.step([1, 1]);
      b.scaler.load(a.scaler.state());
      assert.deepEqual(b.scaler.state(), { scale: 512, growthTracker: 1 });
      for (const s of [a, b]) { s.step([1, 1]); s.step([1, 1]); }
      assert.deepEqual(b.scaler.state(), a.scaler.state());
      assert.deepEqual(a.scaler.state(), { scale: 1024, growthTracker: 0 });
    } finally {
      a.dispose();
      b.dispose();
    }
  });
}

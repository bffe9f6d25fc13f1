import { test } from "node:test";
import assert from "node:assert/strict";
import { tensor, tidy, cat, type Tensor } from "../tensor/index.js";
import { maxAbsDiff } from "../testing/torch-ref.js";
import { KeyedRandom } from "../data/rng.js";
import { augmentViews, cropBox, sampleViewParams } from "./pipeline.js";
import { cifarPreset, fashionMnistPreset, imagenetPreset, presetFor } from "./presets.js";

function batch(n: number, c: number, h: number, w: number): Tensor {
  return tensor(Uint8Array.from({ length: n * c * h * w }, (_, i) => (i * 37 + (i >> 5) * 11) & 255), [n, c, h, w], "uint8");
}

test("same seed and epoch give the same views; another seed or epoch gives others", () => {
  tidy(() => {
    const x = batch(8, 3, 32, 32);
    const idx = [3, 1, 4, 1, 5, 9, 2, 6];
    const a = augmentViews(x, idx, cifarPreset(), { seed: 7, epoch: 2 });
    const b = augmentViews(x, idx, cifarPreset(), { seed: 7, epoch: 2 });
    assert.equal(a.length, 2);
    assert.deepEqual(a[0]!.shape, [8, 3, 32, 32]);
    assert.equal(maxAbsDiff(a[0]!, b[0]!), 0);
    assert.equal(maxAbsDiff(a[1]!, b[1]!), 0);
    assert.ok(maxAbsDiff(a[0]!, augmentViews(x, idx, cifarPreset(), { seed: 8, epoch: 2 })[0]!) > 0.1);
    assert.ok(maxAbsDiff(a[0]!, augmentViews(x, idx, cifarPreset(), { seed: 7, epoch: 3 })[0]!) > 0.1);
    assert.ok(maxAbsDiff(a[0]!, a[1]!) > 0.1, "the two views differ");
  });
});

test("views do not depend on batch size, order or how the batch is split", () => {
  tidy(() => {
    const x = batch(6, 1, 28, 28);
    const idx = [10, 11, 12, 13, 14, 15];
    const p = fashionMnistPreset();
    const whole = augmentViews(x, idx, p, { seed: 1, epoch: 0 });
    const first = augmentViews(x.slice(0, 0, 2), idx.slice(0, 2), p, { seed: 1, epoch: 0 });
    const rest = augmentViews(x.slice(0, 2, 6), idx.slice(2), p, { seed: 1, epoch: 0 });
    for (let v = 0; v < 2; v++) assert.ok(maxAbsDiff(whole[v]!, cat([first[v]!, rest[v]!])) < 1e-6);
    // Reversed order: row i of the reversed batch is the same sample's view.
    const rev = augmentViews(x.flip([0]), [...idx].reverse(), p, { seed: 1, epoch: 0 });
    assert.ok(maxAbsDiff(rev[0]!.flip([0]), whole[0]!) < 1e-6);
  });
});

test("different samples get different parameters; draws match their distributions", () => {
  const spec = cifarPreset().views[1]!;
  const n = 4000;
  const idx = Array.from({ length: n }, (_, i) => i);
  const p = sampleViewParams(spec, 1, idx, { seed: 0, epoch: 0, height: 32, width: 32 });
  const boxes = new Set<string>();
  for (let i = 0; i < n; i++) boxes.add(Array.from(p.boxes.subarray(4 * i, 4 * i + 4)).join(","));
  assert.ok(boxes.size > n * 0.5, `only ${boxes.size} distinct crops for ${n} samples`);
  const mean = (a: ArrayLike<number>) => Array.from(a).reduce((s, v) => s + v, 0) / a.length;
  assert.ok(Math.abs(mean(p.flip) - 0.5) < 0.04);
  assert.ok(Math.abs(mean(p.jitter) - 0.8) < 0.04);
  assert.ok(Math.abs(mean(p.gray) - 0.2) < 0.04);
  assert.ok(Math.abs(mean(p.solarize) - 0.2) < 0.04);
  for (let i = 0; i < n; i++) {
    if (p.jitter[i]) assert.ok(p.brightness[i]! >= 0.6 && p.brightness[i]! <= 1.4 && Math.abs(p.hue[i]!) <= 0.1);
    const [t, l, h, w] = p.boxes.subarray(4 * i, 4 * i + 4);
    assert.ok(t! >= 0 && l! >= 0 && t! + h! <= 32 && l! + w! <= 32 && h! > 0 && w! > 0);
  }
  // The asymmetric ImageNet views: view 1 always blurs and never solarizes.
  const im = imagenetPreset({ size: 64 });
  const p0 = sampleViewParams(im.views[0]!, 0, idx.slice(0, 500), { seed: 0, epoch: 0, height: 64, width: 64 });
  assert.ok(p0.blur.every((b) => b === 1) && p0.solarize.every((s) => s === 0));
});

test("crop boxes follow RandomResizedCrop: scale range and centre-crop fallback", () => {
  for (let i = 0; i < 200; i++) {
    const [, , h, w] = cropBox(new KeyedRandom([0, 0, i]), 100, 100, [0.2, 0.5], [3 / 4, 4 / 3]);
    assert.ok(h * w >= 0.17 * 10000 && h * w <= 0.53 * 10000, `area ${h * w}`);
  }
  // An impossible scale forces the fallback: the whole (square) image.
  assert.deepEqual(cropBox(new KeyedRandom([1]), 10, 10, [2, 3], [1, 1]), [0, 0, 10, 10]);
});

test("K views, multi-size views and the presets' shapes", () => {
  tidy(() => {
    const x = batch(3, 3, 48, 48);
    const p = imagenetPreset({ size: 32 });
    p.views.push({ ...p.views[0]!, size: 16, crop: { scale: [0.05, 0.3], ratio: [3 / 4, 4 / 3] } });
    const v = augmentViews(x, [0, 1, 2], p, { seed: 0, epoch: 0, views: 6 });
    assert.equal(v.length, 6);
    assert.deepEqual(v.map((t) => t.size(2)), [32, 32, 16, 32, 32, 16]);
    assert.ok(maxAbsDiff(v[0]!, v[3]!) > 0.1, "views sharing a spec still get their own randomness");
    const fm = augmentViews(batch(2, 1, 28, 28), [0, 1], presetFor("fashion-mnist"), { seed: 0, epoch: 0 });
    assert.deepEqual(fm[0]!.shape, [2, 1, 28, 28]);
    assert.equal(fm[0]!.dtype, "float32");
    assert.equal(presetFor("mnist").views[0]!.flip, 0);
  });
});

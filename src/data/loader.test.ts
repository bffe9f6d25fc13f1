import { test } from "node:test";
import assert from "node:assert/strict";
import { resolveDevice, tidy } from "../tensor/index.js";
import { onDevice, testDevices } from "../testing/devices.js";
import { maxAbsDiff } from "../testing/torch-ref.js";
import { viewTransform } from "../augment/transform.js";
import { fashionMnistPreset } from "../augment/presets.js";
import { ArrayDataset } from "./dataset.js";
import { Loader } from "./loader.js";
import { permutation } from "./rng.js";

function toy(n: number): ArrayDataset {
  const per = 1 * 12 * 12;
  return new ArrayDataset({
    name: "toy", split: "train", pixels: Uint8Array.from({ length: n * per }, (_, i) => (i * 7 + Math.floor(i / per) * 13) & 255),
    labels: Int32Array.from({ length: n }, (_, i) => i % 10), channels: 1, height: 12, width: 12, numClasses: 10,
  });
}

test("seeded shuffle: a permutation, the same for the same seed/epoch, different across epochs", () => {
  const a = permutation(1000, 3, 0);
  assert.deepEqual([...a].sort((x, y) => x - y), Array.from({ length: 1000 }, (_, i) => i));
  assert.deepEqual(a, permutation(1000, 3, 0));
  assert.notDeepEqual(a, permutation(1000, 3, 1));
  assert.notDeepEqual(a, permutation(1000, 4, 0));
});

test("shards by rank are disjoint and together cover the epoch", () => {
  const ds = toy(103);
  const seen: number[] = [];
  for (let rank = 0; rank < 4; rank++) {
    const l = new Loader(ds, { batchSize: 5, seed: 1, rank, worldSize: 4 });
    assert.equal(l.batchesPerEpoch(), 5);
    for (let b = 0; b < 5; b++) seen.push(...l.indicesFor(0, b));
  }
  assert.equal(new Set(seen).size, 100);
});

test("resume from state() sees exactly the batches of an uninterrupted run, across epochs", async () => {
  const ds = toy(40);
  const run = new Loader(ds, { batchSize: 8, seed: 5, prefetch: "main", transform: viewTransform(fashionMnistPreset({ size: 12 }), 5) });
  const all: { idx: number[]; v: number[] }[] = [];
  for (let i = 0; i < 12; i++) {
    const b = await run.next();
    all.push({ idx: Array.from(b.indices), v: Array.from(b.views[1]!.toFloat64Array()) });
    b.dispose();
  }
  assert.equal(run.state().epoch, 2);
  const resumed = new Loader(ds, { batchSize: 8, seed: 5, prefetch: "main", transform: viewTransform(fashionMnistPreset({ size: 12 }), 5) });
  resumed.restore({ epoch: 1, index: 2 }); // batch 7 of the run
  for (let i = 7; i < 12; i++) {
    const b = await resumed.next();
    assert.deepEqual(Array.from(b.indices), all[i]!.idx);
    assert.deepEqual(Array.from(b.views[1]!.toFloat64Array()), all[i]!.v);
    b.dispose();
  }
});

test("worker prefetch gives the same views as the main thread, and views do not depend on worldSize", async () => {
  const ds = toy(64);
  const t = viewTransform(fashionMnistPreset({ size: 12 }), 9);
  const w = new Loader(ds, { batchSize: 16, seed: 2, transform: t, prefetch: "worker" });
  const m = new Loader(ds, { batchSize: 16, seed: 2, transform: t, prefetch: "main" });
  try {
    for (let i = 0; i < 6; i++) {
      const [a, b] = [await w.next(), await m.next()];
      assert.deepEqual(Array.from(a.indices), Array.from(b.indices));
      assert.equal(a.views.length, 2);
      assert.deepEqual(a.views[0]!.shape, [16, 1, 12, 12]);
      assert.equal(maxAbsDiff(a.views[0]!, b.views[0]!), 0);
      assert.equal(maxAbsDiff(a.views[1]!, b.views[1]!), 0);
      a.dispose();
      b.dispose();
    }
    // Restoring mid-run drops stale prefetches and continues correctly.
    w.restore({ epoch: 0, index: 1 });
    m.restore({ epoch: 0, index: 1 });
    const [a, b] = [await w.next(), await m.next()];
    assert.equal(maxAbsDiff(a.views[0]!, b.views[0]!), 0);
    a.dispose();
    b.dispose();
  } finally {
    await w.close();
  }
  // A sample's views are the same whether it was seen on rank 1 of 2 or in a single process.
  const r1 = new Loader(ds, { batchSize: 4, seed: 2, rank: 1, worldSize: 2, transform: t, prefetch: "main" });
  const b = await r1.next();
  tidy(() => {
    const solo = t.apply(ds.batch(b.indices), b.indices, 0);
    assert.equal(maxAbsDiff(solo[0]!, b.views[0]!), 0);
  });
  b.dispose();
});

for (const device of testDevices()) {
  test(onDevice(device, "a loader on a device augments there (pinned, non-blocking copies) and gives the CPU worker's views and labels"), async () => {
    const ds = toy(48);
    const transform = viewTransform(fashionMnistPreset({ size: 12 }), 9);
    const cpu = new Loader(ds, { batchSize: 16, seed: 9, transform, prefetch: "worker" });
    const dev = new Loader(ds, { batchSize: 16, seed: 9, transform, device });
    const want = resolveDevice(device);
    try {
      for (let step = 0; step < 4; step++) {
        const [a, b] = [await cpu.next(), await dev.next()];
        try {
          assert.deepEqual(b.indices, a.indices);
          assert.deepEqual([...b.views.map((v) => v.device), b.labels.device], [...b.views.map(() => want), want]);
          assert.equal(b.images.device, "cpu", "the uint8 batch stays on the CPU");
          assert.deepEqual(b.labels.toArray(), a.labels.toArray());
          // The same ops from the same parameters; a GPU rounds otherwise, and its float32 convolutions (the blur) use
          // TF32 by default, as PyTorch's: 10 mantissa bits, hence the looser bound there (another crop or flip would
          // differ by O(1)).
          b.views.forEach((v, i) => assert.ok(tidy(() => maxAbsDiff(v.toDevice("cpu"), a.views[i]!)) < (device === "cpu" ? 1e-6 : 5e-3), `view ${i} at step ${step}`));
        } finally {
          a.dispose();
          b.dispose();
        }
      }
    } finally {
      await cpu.close();
      await dev.close();
    }
  });
}

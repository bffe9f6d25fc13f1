import { test } from "node:test";
import assert from "node:assert/strict";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { tensor, randn, tidy, keep, memory, noGrad, manualSeed, backstopFreedCount, type Tensor } from "./index.js";

test("tidy frees intermediates and moves returned tensors to the outer scope", () => {
  const before = memory().liveTensors;
  const outer = tidy(() => {
    const kept = tidy(() => {
      const a = tensor([1, 2, 3]);
      const b = a.mul(2);
      return { sum: b.sum(), parts: [b.mean()] };
    });
    assert.equal(memory().liveTensors, before + 2, "only the two returned tensors survive the inner scope");
    return kept.sum;
  });
  assert.equal(outer.item(), 12);
  assert.equal(memory().liveTensors, before + 1);
  outer.dispose();
  assert.equal(memory().liveTensors, before);
});

test("tidy frees everything when the function throws, and keep() opts out", () => {
  const before = memory().liveTensors;
  let survivor: Tensor | undefined;
  assert.throws(() =>
    tidy(() => {
      tensor([1]);
      survivor = keep(tensor([2]));
      throw new Error("boom");
    }),
  /boom/);
  assert.equal(memory().liveTensors, before + 1);
  assert.equal(survivor!.item(), 2);
  survivor!.dispose();
  assert.equal(memory().liveTensors, before);
});

test("memory stays flat over many training-like steps (no tensor leak)", () => {
  manualSeed(0);
  const w = randn([64, 32]).requiresGrad_();
  const x = randn([128, 64]);
  const step = () =>
    tidy(() => {
      const loss = x.mm(w).relu().square().mean();
      loss.backward();
      noGrad(() => {
        const g = w.grad!;
        w.sub_(g, 0.01);
      });
      w.clearGrad();
      return loss.item();
    });
  for (let i = 0; i < 500; i++) step(); // warm-up: allocator pools, V8 code caches
  const base = memory();
  const rss0 = process.memoryUsage().rss;
  for (let i = 0; i < 10_000; i++) step();
  const after = memory();
  assert.equal(after.liveTensors, base.liveTensors, "live tensor count is flat");
  assert.equal(after.bytes, base.bytes, "bytes held by live tensors are flat");
  assert.ok(after.created - base.created >= 10_000 * 5, "the loop really created tensors");
  const growth = process.memoryUsage().rss / rss0 - 1;
  assert.ok(growth < 0.05, `rss grew ${(growth * 100).toFixed(1)}% over 10,000 steps`);
  w.dispose();
  x.dispose();
});

test("noGrad turns off history recording and restores the previous mode", () => {
  tidy(() => {
    const w = tensor([1, 2]).requiresGrad_();
    const y = noGrad(() => w.mul(2));
    assert.equal(y.requiresGrad, false);
    assert.equal(w.mul(2).requiresGrad, true);
  });
});

test("the FinalizationRegistry backstop frees tensors that were dropped without dispose", async () => {
  setFlagsFromString("--expose_gc");
  const gc = runInNewContext("gc") as () => void;
  const before = memory().liveTensors;
  const freed0 = backstopFreedCount();
  (() => {
    for (let i = 0; i < 100; i++) tensor([i]); // created outside any scope and never disposed
  })();
  assert.equal(memory().liveTensors, before + 100);
  for (let i = 0; i < 10 && memory().liveTensors > before; i++) {
    gc();
    await new Promise((r) => setTimeout(r, 20));
  }
  assert.equal(memory().liveTensors, before, "all 100 were freed by the backstop");
  assert.equal(backstopFreedCount() - freed0, 100);
});

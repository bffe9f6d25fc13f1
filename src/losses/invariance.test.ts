import { test } from "node:test";
import assert from "node:assert/strict";
import { onDevice, testDevices } from "../testing/devices.js";
import { manualSeed, ones, zeros, tidy, type Tensor } from "../tensor/index.js";
import { torchRef } from "../testing/torch-ref.js";
import { InputError } from "../util/errors.js";
import { invarianceLoss } from "./invariance.js";
import {
  PY_PRELUDE, assertMatches, encViews, evaluate, finiteDiff, lossLeakGrowth, randomViews, relErr, type RefOut,
} from "../testing/loss-check.js";

// VICReg's repr_loss (F.mse_loss) alone, averaged over pairs.
const REF = `${PY_PRELUDE}
out = [run(c["views"], lambda vs: pair_mean(vs, lambda x, y: (F.mse_loss(x, y), {"invariance": F.mse_loss(x, y)}))) for c in inp]
`;

for (const device of testDevices()) test(onDevice(device, "matches F.mse_loss in float64: value and d/dz1 (K = 2, K = 3)"), () => {
  manualSeed(61);
  const cases = [randomViews(2, 16, 5), randomViews(3, 10, 3)];
  const ref = torchRef<RefOut[]>(REF, cases.map((v) => ({ views: encViews(v) })));
  cases.forEach((views, i) => assertMatches(evaluate((v) => invarianceLoss(v), views, device), ref[i]!, `case ${i}`));
});

test("autograd gradient agrees with central finite differences", () => {
  manualSeed(62);
  const views = randomViews(2, 6, 3);
  const fn = (v: Tensor[]) => invarianceLoss(v);
  const ours = evaluate(fn, views);
  const idx = [0, 7, 17];
  assert.ok(relErr(finiteDiff(fn, views, idx), idx.map((i) => ours.grad[i]!)) <= 1e-6);
});

test("0 for identical views (the collapse it converges to costs nothing); hand-computed 1 for zeros vs ones", () => {
  tidy(() => {
    const [a] = randomViews(1, 8, 4);
    assert.equal(invarianceLoss([a!, a!]).loss.item(), 0);
    assert.equal(invarianceLoss([a!, a!, a!]).loss.item(), 0);
    assert.equal(invarianceLoss([zeros([4, 3], "float64"), ones([4, 3], "float64")]).loss.item(), 1);
    // K = 3 with views 0, 0, 1 (all [2, 1]): pairs cost 0, 1, 1 → 2/3.
    const z = zeros([2, 1], "float64");
    assert.ok(Math.abs(invarianceLoss([z, z, ones([2, 1], "float64")]).loss.item() - 2 / 3) < 1e-15);
    assert.throws(() => invarianceLoss([a!, a!], { lambda: 1 } as never), (e: unknown) => e instanceof InputError && e.where === "lambda");
  });
});

test("no tensor leaks over many calls", () => {
  manualSeed(63);
  const views = randomViews(2, 16, 4);
  const z1 = views[0]!.detach().requiresGrad_();
  const growth = lossLeakGrowth(() => invarianceLoss([z1, views[1]!]), z1);
  assert.equal(growth, 0);
});

import { test } from "node:test";
import assert from "node:assert/strict";
import { onDevice, testDevices } from "../testing/devices.js";
import { manualSeed, randn, tensor, tidy, eye } from "../tensor/index.js";
import { torchRef } from "../testing/torch-ref.js";
import { InputError } from "../util/errors.js";
import { barlowTwinsLoss, crossCorrelation } from "./barlow-twins.js";
import {
  PY_PRELUDE, assertMatches, encViews, evaluate, finiteDiff, lossLeakGrowth, randomViews, relErr, type RefOut,
} from "../testing/loss-check.js";

// The official facebookresearch/barlowtwins main.py loss (BatchNorm1d(affine=False) in training mode, c /= N,
// on_diag + lambd * off_diag), with K views averaged over pairs.
const REF = `${PY_PRELUDE}
def bt_pair(lambd):
    def f(z1, z2):
        bn = torch.nn.BatchNorm1d(z1.shape[1], affine=False).double()
        c = bn(z1).T @ bn(z2)
        c = c / z1.shape[0]
        on_diag = torch.diagonal(c).add(-1).pow(2).sum()
        off_diag = off_diagonal(c).pow(2).sum()
        return on_diag + lambd * off_diag, {"onDiagonal": on_diag, "offDiagonal": off_diag}
    return f
out = [run(c["views"], lambda vs, c=c: pair_mean(vs, bt_pair(c["lambda"]))) for c in inp]
`;

for (const device of testDevices()) test(onDevice(device, "matches the official PyTorch code in float64: value, terms and d/dz1 (K = 2 and K = 3)"), () => {
  manualSeed(11);
  const cases = [
    { views: randomViews(2, 32, 6), lambda: 0.0051 },
    { views: randomViews(2, 16, 20), lambda: 0.02 }, // N < D: c is rank-deficient, still well defined
    { views: randomViews(3, 24, 5), lambda: 0.0051 },
  ];
  const ref = torchRef<RefOut[]>(REF, cases.map((c) => ({ views: encViews(c.views), lambda: c.lambda })));
  cases.forEach((c, i) => {
    assertMatches(evaluate((v) => barlowTwinsLoss(v, { lambda: c.lambda }), c.views, device), ref[i]!, `case ${i}`);
  });
});

test("autograd gradient agrees with central finite differences", () => {
  manualSeed(12);
  const views = randomViews(2, 10, 4);
  const fn = (v: typeof views) => barlowTwinsLoss(v);
  const ours = evaluate(fn, views);
  const idx = [0, 7, 13, 22, 39];
  const fd = finiteDiff(fn, views, idx);
  assert.ok(relErr(fd, idx.map((i) => ours.grad[i]!)) <= 1e-6, `fd ${fd} vs ${idx.map((i) => ours.grad[i])}`);
});

test("hand-computed: identical, standardised, uncorrelated views give c = I/(1+eps) and loss ≈ 0", () => {
  tidy(() => {
    // Columns have mean 0, biased variance 1 and zero correlation.
    const z = tensor([[1, 1], [1, -1], [-1, 1], [-1, -1]], undefined, "float64");
    const c = crossCorrelation(z, z);
    assert.ok(relErr(c.toFloat64Array(), eye(2, "float64").div(1 + 1e-5).toFloat64Array()) < 1e-15);
    const { loss, terms } = barlowTwinsLoss([z, z]);
    const expectedOn = 2 * (1 - 1 / (1 + 1e-5)) ** 2; // ≈ 2e-10, from BatchNorm's eps only
    assert.ok(relErr(terms.onDiagonal!.item(), expectedOn) < 1e-6, `${terms.onDiagonal!.item()} vs ${expectedOn}`);
    assert.ok(terms.offDiagonal!.item() < 1e-30); // 0 up to rounding in the mean
    assert.ok(loss.item() < 1e-9);
    // Swapping one view's columns makes c the exchange matrix: on-diagonal 2, off-diagonal 2/(1+eps)².
    const swapped = tensor([[1, 1], [-1, 1], [1, -1], [-1, -1]], undefined, "float64");
    const r = barlowTwinsLoss([z, swapped], { lambda: 0.5 });
    assert.ok(Math.abs(r.terms.onDiagonal!.item() - 2) < 1e-12);
    assert.ok(Math.abs(r.terms.offDiagonal!.item() - 2 / (1 + 1e-5) ** 2) < 1e-12);
    assert.ok(Math.abs(r.loss.item() - (2 + 0.5 * 2 / (1 + 1e-5) ** 2)) < 1e-12);
  });
});

test("keeps the input dtype and validates views and options", () => {
  tidy(() => {
    const a = randn([8, 3]);
    const r = barlowTwinsLoss([a, randn([8, 3])]);
    assert.equal(r.loss.dtype, "float32");
    assert.deepEqual(r.loss.shape, []);
    assert.throws(() => barlowTwinsLoss([a]), (e: unknown) => e instanceof InputError && /at least 2 views/.test(e.message));
    assert.throws(() => barlowTwinsLoss([a, randn([8, 4])]), (e: unknown) => e instanceof InputError && e.where === "views[1]");
    assert.throws(() => barlowTwinsLoss([a, randn([8, 3], "float64")]), /dtype float64 differs/);
    assert.throws(() => barlowTwinsLoss([randn([1, 3]), randn([1, 3])]), /N ≥ 2/);
    assert.throws(() => barlowTwinsLoss([a, a], { lambda: -1 }), (e: unknown) => e instanceof InputError && e.where === "lambda");
    assert.throws(() => barlowTwinsLoss([a, a], { lambda: NaN }), /finite number/);
  });
});

test("no tensor leaks over many calls, and backward still works after the call returns", () => {
  manualSeed(13);
  const views = randomViews(2, 16, 4);
  const z1 = views[0]!.detach().requiresGrad_();
  const growth = lossLeakGrowth(() => barlowTwinsLoss([z1, views[1]!]), z1);
  assert.equal(growth, 0);
});

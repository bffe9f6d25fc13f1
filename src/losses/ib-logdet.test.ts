import { test } from "node:test";
import assert from "node:assert/strict";
import { onDevice, testDevices } from "../testing/devices.js";
import { manualSeed, tensor, tidy, type Tensor } from "../tensor/index.js";
import { torchRef } from "../testing/torch-ref.js";
import { InputError } from "../util/errors.js";
import { ibLogdetLoss } from "./ib-logdet.js";
import {
  PY_PRELUDE, assertMatches, encViews, evaluate, finiteDiff, lossLeakGrowth, randomViews, relErr, type RefOut,
} from "../testing/loss-check.js";

// An independent PyTorch recomputation of the documented formula (no official code exists): torch.cov (unbiased)
// and torch.logdet (LU), F.mse_loss averaged over pairs.
const REF = `${PY_PRELUDE}
def ib(vs, lam, eps):
    D = vs[0].shape[1]
    pairs = list(itertools.combinations(range(len(vs)), 2))
    inv = sum(F.mse_loss(vs[i], vs[j]) for i, j in pairs) / len(pairs)
    logdet = sum(torch.logdet(torch.cov(v.T) + eps * torch.eye(D)) for v in vs) / len(vs) / D
    return inv - lam * logdet, {"invariance": inv, "logDet": logdet}
out = [run(c["views"], lambda vs, c=c: ib(vs, c["lam"], c["eps"])) for c in inp]
`;

for (const device of testDevices()) test(onDevice(device, "matches a PyTorch recomputation in float64: value, terms and d/dz1 (N < D, K = 3)"), () => {
  manualSeed(51);
  const cases = [
    { views: randomViews(2, 32, 6), lam: 1, eps: 1e-3 },
    { views: randomViews(2, 8, 12), lam: 0.5, eps: 1e-2 }, // N < D: only eps keeps C + eps·I invertible
    { views: randomViews(3, 20, 4), lam: 2, eps: 1e-3 },
  ];
  const ref = torchRef<RefOut[]>(REF, cases.map((c) => ({ views: encViews(c.views), lam: c.lam, eps: c.eps })));
  cases.forEach((c, i) =>
    assertMatches(evaluate((v) => ibLogdetLoss(v, { lambda: c.lam, eps: c.eps }), c.views, device), ref[i]!, `case ${i}`));
});

test("autograd gradient agrees with central finite differences", () => {
  manualSeed(52);
  const views = randomViews(2, 10, 3);
  const fn = (v: Tensor[]) => ibLogdetLoss(v);
  const ours = evaluate(fn, views);
  const idx = [0, 4, 15, 29];
  const fd = finiteDiff(fn, views, idx);
  assert.ok(relErr(fd, idx.map((i) => ours.grad[i]!)) <= 1e-6);
});

test("hand-computed: identical views with covariance (4/3)·I give −λ·log(4/3 + eps)", () => {
  tidy(() => {
    const z = tensor([[1, 1], [1, -1], [-1, 1], [-1, -1]], undefined, "float64");
    const r = ibLogdetLoss([z, z], { lambda: 2 });
    assert.equal(r.terms.invariance!.item(), 0);
    assert.ok(Math.abs(r.terms.logDet!.item() - Math.log(4 / 3 + 1e-3)) < 1e-14);
    assert.ok(Math.abs(r.loss.item() + 2 * Math.log(4 / 3 + 1e-3)) < 1e-14);
    // A collapsed (constant) view is bounded by eps: logDet = log(eps).
    const c = tensor([[2, 2], [2, 2]], undefined, "float64");
    assert.ok(Math.abs(ibLogdetLoss([c, c]).terms.logDet!.item() - Math.log(1e-3)) < 1e-12);
    assert.throws(() => ibLogdetLoss([z, z], { eps: 0 }), (e: unknown) => e instanceof InputError && e.where === "eps");
  });
});

test("no tensor leaks over many calls", () => {
  manualSeed(53);
  const views = randomViews(2, 16, 4);
  const z1 = views[0]!.detach().requiresGrad_();
  const growth = lossLeakGrowth(() => ibLogdetLoss([z1, views[1]!]), z1);
  assert.equal(growth, 0);
});

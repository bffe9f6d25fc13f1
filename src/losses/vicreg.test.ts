import { test } from "node:test";
import assert from "node:assert/strict";
import { onDevice, testDevices } from "../testing/devices.js";
import { manualSeed, ones, tensor, tidy } from "../tensor/index.js";
import { torchRef } from "../testing/torch-ref.js";
import { InputError } from "../util/errors.js";
import { vicregLoss } from "./vicreg.js";
import {
  PY_PRELUDE, assertMatches, encViews, evaluate, finiteDiff, lossLeakGrowth, randomViews, relErr, type RefOut,
} from "../testing/loss-check.js";

// The official facebookresearch/vicreg main_vicreg.py VICReg.forward (single process), K views averaged over pairs.
const REF = `${PY_PRELUDE}
def vicreg_pair(sim_coeff, std_coeff, cov_coeff):
    def f(x, y):
        N, D = x.shape
        repr_loss = F.mse_loss(x, y)
        x = x - x.mean(dim=0)
        y = y - y.mean(dim=0)
        std_x = torch.sqrt(x.var(dim=0) + 0.0001)
        std_y = torch.sqrt(y.var(dim=0) + 0.0001)
        std_loss = torch.mean(F.relu(1 - std_x)) / 2 + torch.mean(F.relu(1 - std_y)) / 2
        cov_x = (x.T @ x) / (N - 1)
        cov_y = (y.T @ y) / (N - 1)
        cov_loss = off_diagonal(cov_x).pow(2).sum().div(D) + off_diagonal(cov_y).pow(2).sum().div(D)
        loss = sim_coeff * repr_loss + std_coeff * std_loss + cov_coeff * cov_loss
        return loss, {"invariance": repr_loss, "variance": std_loss, "covariance": cov_loss}
    return f
out = [run(c["views"], lambda vs, c=c: pair_mean(vs, vicreg_pair(*c["coeffs"]))) for c in inp]
`;

for (const device of testDevices()) test(onDevice(device, "matches the official PyTorch code in float64: value, terms and d/dz1 (defaults, ablations, K = 3)"), () => {
  manualSeed(21);
  const cases = [
    { views: randomViews(2, 32, 6), opts: { simCoeff: 25, stdCoeff: 25, covCoeff: 1 } },
    { views: randomViews(2, 24, 5), opts: { simCoeff: 25, stdCoeff: 0, covCoeff: 1 } }, // no-variance
    { views: randomViews(2, 24, 5), opts: { simCoeff: 25, stdCoeff: 25, covCoeff: 0 } }, // no-covariance
    { views: randomViews(3, 20, 4), opts: { simCoeff: 10, stdCoeff: 20, covCoeff: 2 } },
  ];
  const ref = torchRef<RefOut[]>(
    REF,
    cases.map((c) => ({ views: encViews(c.views), coeffs: [c.opts.simCoeff, c.opts.stdCoeff, c.opts.covCoeff] })),
  );
  cases.forEach((c, i) => {
    const ours = evaluate((v) => vicregLoss(v, c.opts), c.views, device);
    assert.ok(ours.terms.variance! > 0, "the test data should switch the variance hinge on");
    assertMatches(ours, ref[i]!, `case ${i}`);
  });
});

test("autograd gradient agrees with central finite differences", () => {
  manualSeed(22);
  const views = randomViews(2, 12, 4);
  const fn = (v: typeof views) => vicregLoss(v);
  const ours = evaluate(fn, views);
  const idx = [1, 6, 17, 30, 47];
  const fd = finiteDiff(fn, views, idx);
  assert.ok(relErr(fd, idx.map((i) => ours.grad[i]!)) <= 1e-6);
});

test("hand-computed: total collapse costs 25 · 0.99; identical spread-out uncorrelated views cost 0", () => {
  tidy(() => {
    // Constant embeddings: Var = 0, std = sqrt(1e-4) = 0.01, hinge 0.99 per dimension and view.
    const c = ones([4, 3], "float64");
    const collapsed = vicregLoss([c, c]);
    assert.ok(Math.abs(collapsed.terms.variance!.item() - 0.99) < 1e-15);
    assert.equal(collapsed.terms.invariance!.item(), 0);
    assert.equal(collapsed.terms.covariance!.item(), 0);
    assert.ok(Math.abs(collapsed.loss.item() - 25 * 0.99) < 1e-12);
    // Unbiased variance 4/3 > 1 per column and zero covariance: every term is 0.
    const z = tensor([[1, 1], [1, -1], [-1, 1], [-1, -1]], undefined, "float64");
    assert.equal(vicregLoss([z, z]).loss.item(), 0);
    // Correlated columns: Cov = [[4/3, 4/3], [4/3, 4/3]], covariance term 2 · 2 · (4/3)² / 2 per view pair.
    const y = tensor([[1, 1], [1, 1], [-1, -1], [-1, -1]], undefined, "float64");
    const r = vicregLoss([y, y]);
    assert.ok(Math.abs(r.terms.covariance!.item() - 2 * ((2 * (4 / 3) ** 2) / 2)) < 1e-12);
  });
});

test("weights of 0 are allowed; negative weights are bad input naming the option", () => {
  tidy(() => {
    const [a, b] = randomViews(2, 8, 3);
    const r = vicregLoss([a!, b!], { simCoeff: 0, stdCoeff: 0, covCoeff: 0 });
    assert.equal(r.loss.item(), 0);
    assert.ok(r.terms.invariance!.item() > 0, "terms are reported unweighted");
    assert.throws(() => vicregLoss([a!, b!], { stdCoeff: -1 }), (e: unknown) => e instanceof InputError && e.where === "stdCoeff");
  });
});

test("no tensor leaks over many calls", () => {
  manualSeed(23);
  const views = randomViews(3, 16, 4);
  const z1 = views[0]!.detach().requiresGrad_();
  const growth = lossLeakGrowth(() => vicregLoss([z1, views[1]!, views[2]!]), z1);
  assert.equal(growth, 0);
});

import { test } from "node:test";
import assert from "node:assert/strict";
import { onDevice, testDevices } from "../testing/devices.js";
import { cat, eye, manualSeed, randn, randperm, tidy, type Tensor } from "../tensor/index.js";
import { torchRef } from "../testing/torch-ref.js";
import { InputError } from "../util/errors.js";
import { SingularCovarianceError, whiten, wmseLoss, type WMSEOptions } from "./wmse.js";
import { covariance } from "./common.js";
import {
  PY_PRELUDE, assertMatches, encViews, evaluate, finiteDiff, lossLeakGrowth, randomViews, relErr, type RefOut,
} from "../testing/loss-check.js";

// htdt/self-supervised: methods/whitening.py Whitening2d (track_running_stats=False: batch statistics, conv2d
// with W = L⁻¹), methods/norm_mse.py, and methods/w_mse.py WMSE.forward with the permutations passed in
// (they come from libtorch's generator on our side) and the K views' embeddings as one concatenated batch.
const REF = `${PY_PRELUDE}
import warnings
warnings.filterwarnings("ignore")
from torch.nn.functional import conv2d
def whitening2d(x, eps):
    num_features = x.shape[1]
    x = x.unsqueeze(2).unsqueeze(3)
    m = x.mean(0).view(num_features, -1).mean(-1).view(1, -1, 1, 1)
    xn = x - m
    T = xn.permute(1, 0, 2, 3).contiguous().view(num_features, -1)
    f_cov = torch.mm(T, T.permute(1, 0)) / (T.shape[-1] - 1)
    eye = torch.eye(num_features).type(f_cov.type())
    f_cov_shrinked = (1 - eps) * f_cov + eps * eye
    inv_sqrt = torch.triangular_solve(eye, torch.cholesky(f_cov_shrinked), upper=False)[0]
    inv_sqrt = inv_sqrt.contiguous().view(num_features, num_features, 1, 1)
    return conv2d(xn, inv_sqrt).squeeze(2).squeeze(2)
def norm_mse_loss(x0, x1):
    x0 = F.normalize(x0)
    x1 = F.normalize(x1)
    return 2 - 2 * (x0 * x1).sum(dim=-1).mean()
def wmse(views, w_size, w_eps, perms):
    bs = len(views[0])
    h = torch.cat(views)
    loss = 0
    for it in range(len(perms)):
        z = torch.empty_like(h)
        perm = torch.tensor(perms[it], dtype=torch.long).view(-1, w_size)
        for idx in perm:
            for i in range(len(views)):
                z[idx + i * bs] = whitening2d(h[idx + i * bs], w_eps)
        for i in range(len(views) - 1):
            for j in range(i + 1, len(views)):
                loss += norm_mse_loss(z[i * bs : (i + 1) * bs], z[j * bs : (j + 1) * bs])
    loss /= len(perms) * sum(range(len(views)))
    return loss, {"invariance": loss}
out = [run(c["views"], lambda vs, c=c: wmse(vs, c["w_size"], c["w_eps"], c["perms"])) for c in inp]
`;

/** The permutations wmseLoss will draw after manualSeed(seed) (it calls randperm(N) once per iteration). */
function drawPerms(seed: number, n: number, iters: number): number[][] {
  manualSeed(seed);
  return tidy(() => Array.from({ length: iters }, () => Array.from(randperm(n).toFloat64Array())));
}

for (const device of testDevices()) test(onDevice(device, "matches the official PyTorch code in float64: value and d/dz1 (sub-batches, w_iter, w_eps, K = 3)"), () => {
  manualSeed(31);
  const cases: { views: Tensor[]; opts: Partial<WMSEOptions>; seed: number }[] = [
    { views: randomViews(2, 32, 4), opts: {}, seed: 1 }, // w_size = N
    { views: randomViews(2, 48, 5), opts: { wSize: 16, wIter: 3 }, seed: 2 },
    { views: randomViews(2, 24, 6), opts: { wSize: 12, wIter: 2, wEps: 0.05 }, seed: 3 },
    { views: randomViews(3, 30, 4), opts: { wSize: 10, wIter: 2 }, seed: 4 },
  ];
  const inputs = cases.map((c) => {
    const n = c.views[0]!.shape[0]!;
    const wSize = c.opts.wSize ?? n;
    // With w_size = N our code draws no permutation (one whole-batch pass); the reference uses the identity.
    const perms = wSize === n ? [Array.from({ length: n }, (_, i) => i)] : drawPerms(c.seed, n, c.opts.wIter ?? 1);
    return { views: encViews(c.views), w_size: wSize, w_eps: c.opts.wEps ?? 0, perms };
  });
  const ref = torchRef<RefOut[]>(REF, inputs);
  cases.forEach((c, i) => {
    manualSeed(c.seed);
    assertMatches(evaluate((v) => wmseLoss(v, c.opts), c.views, device), ref[i]!, `case ${i}`);
  });
});

test("autograd gradient agrees with central finite differences", () => {
  manualSeed(32);
  const views = randomViews(2, 12, 3);
  const fn = (v: Tensor[]) => wmseLoss(v);
  const ours = evaluate(fn, views);
  const idx = [0, 5, 11, 20, 35];
  const fd = finiteDiff(fn, views, idx);
  assert.ok(relErr(fd, idx.map((i) => ours.grad[i]!)) <= 1e-6);
});

test("whitened views have zero mean and identity covariance", () => {
  tidy(() => {
    manualSeed(33);
    const z = randn([40, 6], "float64").mm(randn([6, 6], "float64")).add(3); // correlated, shifted
    const w = whiten(z);
    assert.ok(w.mean(0).abs().max().item() < 1e-10);
    assert.ok(relErr(covariance(w).toFloat64Array(), eye(6, "float64").toFloat64Array()) < 1e-10); // κ(C) is large for this mixing
  });
});

test("hand-computed: an affine copy of a view costs 0, its negation costs 4", () => {
  tidy(() => {
    manualSeed(34);
    const z = randn([20, 3], "float64");
    // Whitening removes the shift and the (positive) scale, so both views whiten to the same rows.
    assert.ok(wmseLoss([z, z.mul(2.5).add(1)]).loss.item() < 1e-12);
    assert.ok(Math.abs(wmseLoss([z, z.neg()]).loss.item() - 4) < 1e-12);
    // No-whitening ablation: the plain normalised MSE, 2 − 2·cos, on the raw rows.
    assert.ok(Math.abs(wmseLoss([z, z.neg()], { whitening: false }).loss.item() - 4) < 1e-12);
    assert.ok(wmseLoss([z, z.mul(3)], { whitening: false }).loss.item() < 1e-12);
  });
});

test("a singular covariance throws a clear error that suggests a larger batch or --w-eps", () => {
  tidy(() => {
    manualSeed(35);
    // N ≤ D: rank ≤ N − 1 < D.
    const small = randomViews(2, 8, 16);
    assert.throws(
      () => wmseLoss(small),
      (e: unknown) =>
        e instanceof SingularCovarianceError &&
        /singular/.test(e.message) && /N > D/.test(e.message) && /--w-eps/.test(e.message) && e.view === 0,
    );
    // N > D but a constant dimension in the second view: Cholesky fails; the error names view 2.
    const [a, b] = randomViews(2, 20, 3);
    const constant = cat([b!.narrow(1, 0, 2), b!.narrow(1, 2, 1).mul(0)], 1);
    assert.throws(() => wmseLoss([a!, constant]), (e: unknown) => e instanceof SingularCovarianceError && e.view === 1 && /view 2/.test(e.message));
    // Shrinkage makes both positive definite.
    assert.ok(Number.isFinite(wmseLoss(small, { wEps: 0.1 }).loss.item()));
    assert.ok(Number.isFinite(wmseLoss([a!, constant], { wEps: 0.01 }).loss.item()));
    // Sub-batch sizes must divide N.
    assert.throws(() => wmseLoss([a!, b!], { wSize: 7 }), (e: unknown) => e instanceof InputError && e.where === "wSize");
    assert.throws(() => wmseLoss([a!, b!], { wEps: 1 }), (e: unknown) => e instanceof InputError && e.where === "wEps");
  });
});

test("no tensor leaks over many calls (sub-batches and the error path)", () => {
  manualSeed(36);
  const views = randomViews(2, 32, 4);
  const z1 = views[0]!.detach().requiresGrad_();
  const bad = randomViews(2, 20, 3);
  const constant = cat([bad[1]!.narrow(1, 0, 2), bad[1]!.narrow(1, 2, 1).mul(0)], 1);
  const growth = lossLeakGrowth(() => wmseLoss([z1, views[1]!], { wSize: 8, wIter: 2 }), z1, 30, () => assert.throws(() => wmseLoss([bad[0]!, constant]), SingularCovarianceError));
  assert.equal(growth, 0);
});

/**
 * VICReg loss: Variance-Invariance-Covariance Regularization, applied to each branch separately (so the two
 * branches may use different encoders or modalities).
 *
 * For views z1, z2 `[N, D]`:
 * - `invariance = MSE(z1, z2) = Σ_{b,d} (z1 − z2)² / (N·D)`;
 * - per view, centred zc and unbiased (N − 1) statistics:
 *   `v(z)  = mean_d relu(1 − sqrt(Var_d(z) + eps))`, eps = 1e-4 (keeps the sqrt's gradient finite at Var = 0);
 *   `cv(z) = Σ_{i≠j} Cov(z)_ij² / D`, `Cov(z) = zcᵀ zc / (N − 1)`;
 * - `variance   = v(z1)/2 + v(z2)/2`;
 * - `covariance = cv(z1) + cv(z2)`;
 * - `loss = simCoeff · invariance + stdCoeff · variance + covCoeff · covariance`, defaults 25, 25, 1.
 *
 * Coefficients may be 0 (the "no-variance" / "no-covariance" ablations); terms are reported unweighted so the
 * switched-off regulariser can still be watched. With K > 2 views, loss and terms are the mean over the
 * K(K−1)/2 pairs (then `variance` is the mean of v over views and `covariance` twice the mean of cv over views).
 *
 * References: Bardes, Ponce, LeCun, "VICReg: Variance-Invariance-Covariance Regularization for Self-Supervised
 * Learning", ICLR 2022 (arXiv:2105.04906); official code facebookresearch/vicreg `main_vicreg.py`
 * (`VICReg.forward`: `sim_coeff` 25, `std_coeff` 25, `cov_coeff` 1); lightly `lightly/loss/vicreg_loss.py`.
 *
 * @example
 * const { loss, terms } = vicregLoss([z1, z2], { covCoeff: 0 }); // "no-covariance" ablation
 * terms.invariance; terms.variance; terms.covariance;
 */
import { tidy, type Tensor, fullPrecision } from "../tensor/index.js";
import {
  centre, checkViews, mse, nonNegative, offDiagonal, positive, resolveOptions, viewPairs, type LossResult,
} from "./common.js";

export interface VICRegOptions {
  /** Weight of the invariance (MSE) term. Default 25. */
  simCoeff: number;
  /** Weight of the variance (hinge on the standard deviation) term. Default 25; 0 = "no-variance" ablation. */
  stdCoeff: number;
  /** Weight of the covariance (off-diagonal) term. Default 1; 0 = "no-covariance" ablation. */
  covCoeff: number;
  /** Added to the unbiased variance inside the square root. Default 1e-4. */
  eps: number;
}

export const VICREG_DEFAULTS: Readonly<VICRegOptions> = Object.freeze({ simCoeff: 25, stdCoeff: 25, covCoeff: 1, eps: 1e-4 });

/** Per-view regularisers `{ v, cv }` of the TSDoc, from one view `[N, D]`. */
function regularisers(z: Tensor, eps: number): { v: Tensor; cv: Tensor } {
  const [n, d] = z.shape as [number, number];
  const zc = centre(z); // [N, D]
  const std = zc.var(0, 1).add(eps).sqrt(); // [D], unbiased as torch.var's default
  const v = std.rsub(1).relu().mean();
  const cov = zc.t().mm(zc).div(n - 1); // [D, D]
  const cv = offDiagonal(cov).square().sum().div(d);
  return { v, cv };
}

/**
 * VICReg loss over K ≥ 2 views `[N, D]`. Terms: `invariance`, `variance`, `covariance`;
 * `loss = simCoeff · invariance + stdCoeff · variance + covCoeff · covariance`.
 */
export const vicregLoss = fullPrecision(function vicregLoss(views: Tensor[], opts?: Partial<VICRegOptions>): LossResult {
  checkViews(views, "vicreg");
  const o = resolveOptions(VICREG_DEFAULTS, opts, {
    simCoeff: nonNegative, stdCoeff: nonNegative, covCoeff: nonNegative, eps: positive,
  });
  return tidy(() => {
    const k = views.length;
    const pairs = viewPairs(k);
    // The per-view regularisers do not depend on the partner view: compute them once per view.
    const reg = views.map((z) => regularisers(z, o.eps));
    const sum = (ts: Tensor[]): Tensor => ts.slice(1).reduce((acc, t) => acc.add(t), ts[0]!);
    const invariance = sum(pairs.map(([i, j]) => mse(views[i]!, views[j]!))).div(pairs.length);
    // mean over pairs of (v_i + v_j)/2 = mean over views of v; mean over pairs of (cv_i + cv_j) = 2 · mean of cv.
    const variance = sum(reg.map((r) => r.v)).div(k);
    const covariance = sum(reg.map((r) => r.cv)).mul(2 / k);
    const loss = invariance.mul(o.simCoeff).add(variance.mul(o.stdCoeff)).add(covariance.mul(o.covCoeff));
    return { loss, terms: { invariance, variance, covariance } };
  });
});

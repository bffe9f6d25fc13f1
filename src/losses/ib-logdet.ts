/**
 * Information-bottleneck log-det loss (the poster's "information-theoretic view"): keep the views invariant while
 * maximising the Gaussian entropy of each view's embedding, `H(Z) = ½ log det C + const`.
 *
 * For views z_1..z_K `[N, D]`:
 * - `invariance = MSE(z_i, z_j)` (mean over the N·D entries), mean over the K(K−1)/2 pairs;
 * - per view, `C = zcᵀ zc / (N − 1)` (centred, unbiased) and `logdet(C + eps·I)` by Cholesky
 *   (`2 Σ log diag L`);
 * - `logDet = mean over views of logdet(C + eps·I) / D`, i.e. the mean log-eigenvalue;
 * - `loss = invariance − lambda · logDet`.
 *
 * Choices (there is no official implementation; the poster replaces (1 − β)/β by a positive λ):
 * - **Normalisation by D.** Both terms are per-dimension averages (MSE divides by D, logDet by D), so the balance
 *   does not change with the embedding width. For an isotropic dimension with variance v whose views disagree by a
 *   fraction r of it (MSE ≈ r·v), the loss is r·v − λ·log(v + eps), minimal at v ≈ λ/r: the scale of z settles
 *   at O(1) for λ = 1 instead of growing or shrinking. λ = 1 by default.
 * - **eps = 1e-3.** The log-det of a rank-deficient covariance (N ≤ D, or collapsed dimensions) is −∞; eps bounds
 *   each dimension's contribution below by log(eps) and its gradient 1/(λ_i + eps) by 1/eps, and keeps the
 *   Cholesky factorisation well conditioned in float32 (condition number ≤ ‖C‖ / eps).
 * - Caveat: the loss is unbounded below if some direction is perfectly invariant (r = 0): −λ·log v then rewards
 *   growing it forever, although only logarithmically; weight decay or a normalised projector bounds it.
 *
 * References: the poster "Preventing Collapses in Non-Contrastive Self-Supervised Learning" (IB section);
 * Shwartz-Ziv & LeCun, "To Compress or Not to Compress — Self-Supervised Learning and Information Theory: A Review"
 * (arXiv:2304.09355); Tishby, Pereira, Bialek, "The information bottleneck method" (1999); Zbontar et al.,
 * Barlow Twins, ICML 2021, §"Connection with the Information Bottleneck".
 *
 * @example
 * const { loss, terms } = ibLogdetLoss([z1, z2], { lambda: 0.5 });  // terms.invariance, terms.logDet
 */
import { aten, eye, tidy, type Tensor, fullPrecision } from "../tensor/index.js";
import { checkViews, covariance, mse, nonNegative, positive, resolveOptions, viewPairs, type LossResult } from "./common.js";
import { SingularCovarianceError } from "./wmse.js";

export interface IBLogdetOptions {
  /** Weight of the entropy (log-det) term. Default 1. */
  lambda: number;
  /** Ridge added to each covariance's diagonal before the log-det. Default 1e-3. */
  eps: number;
}

export const IB_LOGDET_DEFAULTS: Readonly<IBLogdetOptions> = Object.freeze({ lambda: 1, eps: 1e-3 });

/** `logdet(C + eps·I)` of a view's unbiased covariance, by Cholesky. `[N, D]` → `[]`. */
export function covarianceLogdet(z: Tensor, eps: number, view = 0): Tensor {
  return tidy(() => {
    const d = z.shape[1]!;
    const c = covariance(z).add(eye(d, { dtype: z.dtype, device: z.device }).mul(eps)); // [D, D]
    const [l, info] = aten.linalg_cholesky_ex(c, false, false);
    if (info.item() !== 0) {
      throw new SingularCovarianceError(
        view,
        `ib-logdet: the covariance of view ${view + 1} plus eps·I (eps = ${eps}) is not positive definite; ` +
          `use a larger eps or check the embeddings for huge or non-finite values`,
      );
    }
    return l.diagonal().log().sum().mul(2);
  });
}

/** IB log-det loss over K ≥ 2 views `[N, D]`. Terms: `invariance`, `logDet`; `loss = invariance − lambda · logDet`. */
export const ibLogdetLoss = fullPrecision(function ibLogdetLoss(views: Tensor[], opts?: Partial<IBLogdetOptions>): LossResult {
  const [, d] = checkViews(views, "ib-logdet");
  const o = resolveOptions(IB_LOGDET_DEFAULTS, opts, { lambda: nonNegative, eps: positive });
  return tidy(() => {
    const pairs = viewPairs(views.length);
    const invariance = aten.stack(pairs.map(([i, j]) => mse(views[i]!, views[j]!)), 0).mean();
    const logDet = aten.stack(views.map((z, v) => covarianceLogdet(z, o.eps, v)), 0).mean().div(d);
    return { loss: invariance.sub(logDet.mul(o.lambda)), terms: { invariance, logDet } };
  });
});

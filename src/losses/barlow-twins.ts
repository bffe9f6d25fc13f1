/**
 * Barlow Twins loss: drive the cross-correlation matrix of two batch-standardised embeddings towards the identity.
 *
 * For views z1, z2 `[N, D]`:
 * - standardise each column over the batch: `bn(z) = (z − mean) / sqrt(var + eps)` with the **biased** variance
 *   (divide by N) and eps = 1e-5, no affine parameters (PyTorch's `BatchNorm1d(D, affine=False)` in training mode);
 * - cross-correlation `c = bn(z1)ᵀ bn(z2) / N` `[D, D]`;
 * - `onDiagonal  = Σ_i (1 − c_ii)²`          (invariance: matching dimensions agree across views),
 * - `offDiagonal = Σ_i Σ_{j≠i} c_ij²`        (redundancy reduction: different dimensions decorrelate),
 * - `loss = onDiagonal + lambda · offDiagonal`, lambda = 0.0051 (`--lambd` in the official `main.py`; the paper's
 *   λ ≈ 5·10⁻³, tuned on ImageNet with D = 8192). The loss is a sum over D (not a mean), so it grows with D.
 *
 * With K > 2 views, loss and terms are the mean over the K(K−1)/2 pairs. Terms are unweighted.
 *
 * References: Zbontar et al., "Barlow Twins: Self-Supervised Learning via Redundancy Reduction", ICML 2021
 * (arXiv:2103.03230); official code facebookresearch/barlowtwins `main.py` (`BarlowTwins.forward`,
 * `off_diagonal`); lightly `lightly/loss/barlow_twins_loss.py`.
 *
 * @example
 * const { loss, terms } = barlowTwinsLoss([z1, z2]);          // z1, z2: [N, D]
 * loss.backward(); terms.onDiagonal.item(); terms.offDiagonal.item();
 */
import { tidy, type Tensor, fullPrecision } from "../tensor/index.js";
import { checkViews, meanTerms, nonNegative, offDiagonal, positive, resolveOptions, viewPairs, type LossResult } from "./common.js";

export interface BarlowTwinsOptions {
  /** Weight of the off-diagonal (redundancy reduction) term. Default 0.0051. */
  lambda: number;
  /** Added to the biased batch variance before the square root (BatchNorm1d's eps). Default 1e-5. */
  eps: number;
}

export const BARLOW_TWINS_DEFAULTS: Readonly<BarlowTwinsOptions> = Object.freeze({ lambda: 0.0051, eps: 1e-5 });

/** Per-column batch standardisation with the biased variance, as BatchNorm1d(affine=False) in training mode. */
export function batchStandardize(z: Tensor, eps: number): Tensor {
  // [N, D] → [N, D]
  const mean = z.mean(0, true); // [1, D]
  const variance = z.var(0, 0, true); // [1, D], biased (correction 0) like BatchNorm's normalisation
  return z.sub(mean).div(variance.add(eps).sqrt());
}

/** Barlow Twins cross-correlation `bn(a)ᵀ bn(b) / N`. `[N, D]`, `[N, D]` → `[D, D]`. */
export function crossCorrelation(a: Tensor, b: Tensor, eps = BARLOW_TWINS_DEFAULTS.eps): Tensor {
  return tidy(() => batchStandardize(a, eps).t().mm(batchStandardize(b, eps)).div(a.shape[0]!));
}

/**
 * Barlow Twins loss over K ≥ 2 views `[N, D]`. Terms: `onDiagonal`, `offDiagonal`;
 * `loss = onDiagonal + lambda · offDiagonal`.
 */
export const barlowTwinsLoss = fullPrecision(function barlowTwinsLoss(views: Tensor[], opts?: Partial<BarlowTwinsOptions>): LossResult {
  checkViews(views, "barlow-twins");
  const o = resolveOptions(BARLOW_TWINS_DEFAULTS, opts, { lambda: nonNegative, eps: positive });
  return tidy(() => {
    const parts = viewPairs(views.length).map(([i, j]) => {
      const c = crossCorrelation(views[i]!, views[j]!, o.eps); // [D, D]
      return { onDiagonal: c.diagonal().sub(1).square().sum(), offDiagonal: offDiagonal(c).square().sum() };
    });
    const terms = meanTerms(parts);
    const loss = terms.onDiagonal!.add(terms.offDiagonal!.mul(o.lambda));
    return { loss, terms };
  });
});

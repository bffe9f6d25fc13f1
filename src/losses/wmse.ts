/**
 * W-MSE loss: whiten each view's batch (zero mean, identity covariance, by Cholesky), then pull positive pairs
 * together with a normalised MSE. Whitening scatters the batch over a sphere, which rules out both total and
 * dimensional collapse without negatives.
 *
 * For views z1, z2 `[N, D]` and a sub-batch S of `wSize` rows (the same rows in every view):
 * - centre: `x = z_S − mean(z_S)` `[wSize, D]`;
 * - covariance `C = xᵀ x / (wSize − 1)` (unbiased), shrunk as in the official code `C' = (1 − wEps)·C + wEps·I`
 *   (wEps = 0 by default, so `C' = C`);
 * - `L = cholesky(C')` (lower), `W = L⁻¹`, whitened `w = x Wᵀ` (so `cov(w) = I`);
 * - `invariance = 2 − 2 · mean_b cos(w1_b, w2_b)` (= MSE of the l2-normalised rows summed over D, the official
 *   `norm_mse_loss`), computed over all N rows after whitening each of the N / wSize sub-batches;
 * - repeated `wIter` times with a fresh random permutation (libtorch's generator: seed with `manualSeed`) that
 *   splits the batch into sub-batches; `loss` = mean over iterations and over the K(K−1)/2 view pairs.
 *
 * When `wSize = N` every iteration whitens the whole batch, which a permutation does not change, so one pass is
 * computed and no random numbers are drawn. The covariance of wSize samples has rank ≤ wSize − 1: with wEps = 0 it
 * must hold that wSize > D (the paper uses wSize ≥ 2·D), otherwise a {@link SingularCovarianceError} is thrown.
 * `whitening: false` is the "no-whitening" ablation: the same normalised MSE on the raw embeddings.
 * Terms: `invariance` (= loss).
 *
 * References: Ermolov, Siarohin, Sangineto, Sebe, "Whitening for Self-Supervised Representation Learning",
 * ICML 2021 (arXiv:2007.06346); official code htdt/self-supervised `methods/whitening.py` (`Whitening2d`,
 * eps 0, Cholesky + triangular solve), `methods/w_mse.py` (`w_iter`, `w_size`), `methods/norm_mse.py`.
 *
 * @example
 * const { loss } = wmseLoss([z1, z2], { wSize: 128, wIter: 4 });  // z1, z2: [N, D], N divisible by 128 > D
 */
import { aten, eye, moveTo, tidy, type Tensor, fullPrecision } from "../tensor/index.js";
import { InputError } from "../util/errors.js";
import { centre, checkViews, positiveInt, resolveOptions, viewPairs, type LossResult, type OptionCheck } from "./common.js";

export interface WMSEOptions {
  /** Rows per whitening sub-batch; must divide N and exceed D (unless wEps > 0). Default N (undefined). */
  wSize: number | undefined;
  /** Repetitions with a new random split into sub-batches. Default 1. */
  wIter: number;
  /** Shrinkage towards the identity, `C' = (1 − wEps)·C + wEps·I`, in [0, 1). Default 0 (the official default). */
  wEps: number;
  /** Whiten before the normalised MSE. Default true; false = the "no-whitening" ablation. */
  whitening: boolean;
}

export const WMSE_DEFAULTS: Readonly<WMSEOptions> = Object.freeze({ wSize: undefined, wIter: 1, wEps: 0, whitening: true });

const unitInterval: OptionCheck = [(v) => v >= 0 && v < 1, "a number in [0, 1)"];

/**
 * A covariance that is not positive definite, so Cholesky whitening (or a log-determinant) is impossible.
 * `view` is the 0-based index of the view whose covariance failed.
 */
export class SingularCovarianceError extends Error {
  readonly view: number;
  constructor(view: number, message: string) {
    super(message);
    this.name = "SingularCovarianceError";
    this.view = view;
  }
}

function singular(view: number, rows: number, d: number, why: string): SingularCovarianceError {
  return new SingularCovarianceError(
    view,
    `W-MSE: the covariance of view ${view + 1} (${rows} samples × ${d} dimensions) is singular (${why}), so it ` +
      `cannot be whitened by Cholesky; use a larger batch or whitening sub-batch (N > D, ideally N ≥ 2·D), or ` +
      `shrink the covariance with --w-eps (option wEps, e.g. 0.01)`,
  );
}

/**
 * Whitens one sub-batch `[M, D]` as the official `Whitening2d` (training mode): centre, unbiased covariance,
 * optional shrinkage, `W = cholesky(C')⁻¹`, returns `x Wᵀ` `[M, D]` with identity covariance. `view` only names the
 * view in the error.
 */
export function whiten(z: Tensor, wEps = 0, view = 0): Tensor {
  const [m, d] = z.shape as [number, number];
  if (wEps === 0 && m <= d) throw singular(view, m, d, `rank ≤ ${m - 1} < ${d}`);
  return tidy(() => {
    const x = centre(z); // [M, D]
    const id = eye(d, { dtype: z.dtype, device: z.device }); // [D, D]
    let cov = x.t().mm(x).div(m - 1); // [D, D]
    if (wEps !== 0) cov = cov.mul(1 - wEps).add(id.mul(wEps));
    // cholesky_ex reports failure in `info` instead of throwing, so the error can say what to do about it.
    const [l, info] = aten.linalg_cholesky_ex(cov, false, false); // [D, D] lower, [] int32
    const bad = info.item();
    if (bad !== 0) throw singular(view, m, d, `Cholesky failed at leading minor ${bad}`);
    const w = aten.linalg_solve_triangular(l, id, false); // L⁻¹ [D, D]
    return x.mm(w.t());
  });
}

/** The official `norm_mse_loss`: `2 − 2 · mean_b cos(a_b, b_b)`. `[N, D]`, `[N, D]` → `[]`. */
export function normMse(a: Tensor, b: Tensor): Tensor {
  return tidy(() => a.normalize(1).mul(b.normalize(1)).sum(1).mean().mul(-2).add(2));
}

/** W-MSE loss over K ≥ 2 views `[N, D]`. Terms: `invariance` (= loss). */
export const wmseLoss = fullPrecision(function wmseLoss(views: Tensor[], opts?: Partial<WMSEOptions>): LossResult {
  const [n, d] = checkViews(views, "wmse");
  const o = resolveOptions(WMSE_DEFAULTS, opts, { wSize: positiveInt, wIter: positiveInt, wEps: unitInterval });
  const wSize = o.wSize ?? n;
  if (wSize < 2 || wSize > n || n % wSize !== 0) {
    throw new InputError("wSize", `expected an integer in [2, N] that divides N = ${n}, got ${wSize}`);
  }
  if (o.whitening && o.wEps === 0 && wSize <= d) throw singular(0, wSize, d, `rank ≤ ${wSize - 1} < ${d}`);
  const pairs = viewPairs(views.length);
  return tidy(() => {
    const pairLoss = (ws: Tensor[]): Tensor[] => pairs.map(([i, j]) => normMse(ws[i]!, ws[j]!));
    const parts: Tensor[] = [];
    if (!o.whitening) {
      parts.push(...pairLoss(views));
    } else if (wSize === n) {
      // A permutation of the whole batch commutes with whitening and the mean: one pass is every iteration.
      parts.push(...pairLoss(views.map((z, v) => whiten(z, o.wEps, v))));
    } else {
      for (let it = 0; it < o.wIter; it++) {
        // Rows in permuted order: each view's sub-batches are whitened separately and concatenated, so row r of
        // every whitened view is the same sample and the pairwise cosine mean equals the official scatter-back. The
        // permutation comes from the CPU generator on every device (CUDA's would draw another).
        const chunks = moveTo(aten.randperm(n, "int64"), views[0]!.device).split(wSize, 0); // each [wSize]
        const ws = views.map((z, v) => aten.cat(chunks.map((idx) => whiten(z.indexSelect(0, idx), o.wEps, v)), 0));
        parts.push(...pairLoss(ws));
      }
    }
    const loss = aten.stack(parts, 0).mean();
    return { loss, terms: { invariance: loss } };
  });
});

/**
 * BYOL loss: the squared distance between the l2-normalised online prediction of one view and the l2-normalised
 * target projection of the other view, in both directions.
 *
 * For online predictions p1, p2 `[N, D]` and target projections z1', z2' `[N, D]` (from the EMA target network):
 * - `n(x)_b = x_b / sqrt(max(‖x_b‖², eps))`, eps = 1e-12 on the **squared** norm (so a row is rescaled by at most
 *   10⁶; `F.normalize` instead clamps the norm itself at 1e-12), as the official `helpers.l2_normalize`;
 * - `r(p, z')_b = ‖n(p)_b − n(sg(z'))_b‖² = Σ_d (n(p)_bd − n(z')_bd)²`, which equals `2 − 2·cos(p_b, z'_b)` whenever
 *   both norms exceed 10⁻⁶; sg = stop-gradient (detach: no gradient reaches the targets);
 * - `loss = mean_b [ r(p1, z2')_b + r(p2, z1')_b ]`: the two directions are **summed** (not averaged) and then
 *   averaged over the batch, exactly as `repr_loss` in the official `loss_fn`. So the loss lies in [0, 8] (two
 *   terms of at most 4 each) and is 2× the per-direction mean;
 * - term `regression = mean over directions and batch of r` ∈ [0, 4]; `loss = 2 · regression`.
 *
 * K > 2 views (not in the paper): `regression` is the mean over the K(K − 1) ordered pairs i ≠ j of `mean_b r(p_i,
 * z_j')`, and `loss = 2 · regression` keeps the official scale; for K = 2 both reduce to the formulas above.
 * The target network and its EMA update are the method's business; this loss only detaches `zTarget`.
 *
 * References: Grill et al., "Bootstrap Your Own Latent", NeurIPS 2020 (arXiv:2006.07733), Eq. 2 and the symmetrised
 * `L + L̃`; official code deepmind-research `byol/byol_experiment.py` (`loss_fn`: `repr_loss =
 * regression_loss(prediction_view1, stop_gradient(projection_view2)) + regression_loss(prediction_view2,
 * stop_gradient(projection_view1))`, then `jnp.mean`) and `byol/utils/helpers.py` (`regression_loss`,
 * `l2_normalize` with `epsilon=1e-12`).
 *
 * @example
 * const { loss, terms } = byolLoss([p1, p2], [zt1, zt2]);   // loss ∈ [0, 8]; terms.regression ∈ [0, 4]
 */
import { tidy, type Tensor, fullPrecision } from "../tensor/index.js";
import { positive, resolveOptions, type LossResult } from "./common.js";
import { checkPredictionsAndTargets, orderedPairs } from "./paired.js";

export interface BYOLOptions {
  /** Lower bound of the squared row norm in the l2 normalisation (official `l2_normalize` epsilon 1e-12). */
  eps: number;
}

export const BYOL_DEFAULTS: Readonly<BYOLOptions> = Object.freeze({ eps: 1e-12 });

/**
 * Rows scaled by `1/sqrt(max(‖x_b‖², eps))`, as BYOL's `helpers.l2_normalize(x, axis=-1)`. `[N, D]` → `[N, D]`.
 * @example byolL2Normalize(tensor([[3, 4], [3e-7, 4e-7]])) // [[0.6, 0.8], [0.3, 0.4]]: a tiny row is scaled by 1e6 only
 */
export function byolL2Normalize(x: Tensor, eps = BYOL_DEFAULTS.eps): Tensor {
  return tidy(() => x.mul(x.square().sum(1, true).clampMin(eps).rsqrt()));
}

/**
 * BYOL's loss over K ≥ 2 views: online predictions `p[i]` and target projections `zTarget[i]`, all `[N, D]`.
 * Terms: `regression` (mean per-direction squared distance, in [0, 4]); `loss = 2 · regression`.
 */
export const byolLoss = fullPrecision(function byolLoss(p: Tensor[], zTarget: Tensor[], opts?: Partial<BYOLOptions>): LossResult {
  const k = checkPredictionsAndTargets(p, zTarget, "byol", ["p", "zTarget"]);
  const o = resolveOptions(BYOL_DEFAULTS, opts, { eps: positive });
  return tidy(() => {
    const pn = p.map((x) => byolL2Normalize(x, o.eps));
    const zn = zTarget.map((x) => byolL2Normalize(x.detach(), o.eps));
    const pairs = orderedPairs(k);
    // Σ_b r for each ordered pair (a scalar), summed over the pairs; the mean over pairs and batch is one division.
    const total = pairs
      .map(([i, j]) => pn[i]!.sub(zn[j]!).square().sum(1).sum())
      .reduce((acc, t) => acc.add(t));
    const regression = total.div(pairs.length * p[0]!.shape[0]!);
    return { loss: regression.mul(2), terms: { regression } };
  });
});

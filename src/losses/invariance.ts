/**
 * Invariance-only loss: the MSE between views and nothing else. Its global minimum is total collapse (every input
 * mapped to the same constant), so it is the control run of every study: a method earns its regulariser by
 * staying away from what this loss converges to.
 *
 * For views z1, z2 `[N, D]`: `invariance = Σ_{b,d} (z1 − z2)² / (N·D)` (PyTorch's `F.mse_loss`, as VICReg's
 * invariance term before its weight 25); `loss = invariance`. With K > 2 views, the mean over the K(K−1)/2 pairs.
 * Terms: `invariance` (the same tensor as `loss`).
 *
 * References: Bardes et al., VICReg, ICLR 2022, the invariance term and its ablations (facebookresearch/vicreg
 * `main_vicreg.py`, `repr_loss = F.mse_loss(x, y)`); Jing et al., "Understanding Dimensional Collapse in
 * Contrastive Self-supervised Learning", ICLR 2022.
 *
 * @example
 * const { loss } = invarianceLoss([z1, z2]);
 */
import { aten, tidy, type Tensor, fullPrecision } from "../tensor/index.js";
import { checkViews, mse, resolveOptions, viewPairs, type LossResult } from "./common.js";

/** The invariance-only loss has no hyper-parameters. */
export type InvarianceOptions = Record<string, never>;

export const INVARIANCE_DEFAULTS: Readonly<InvarianceOptions> = Object.freeze({});

/** MSE between views, mean over pairs, for K ≥ 2 views `[N, D]`. Terms: `invariance` (= loss). */
export const invarianceLoss = fullPrecision(function invarianceLoss(views: Tensor[], opts?: Partial<InvarianceOptions>): LossResult {
  checkViews(views, "invariance");
  resolveOptions(INVARIANCE_DEFAULTS, opts, {});
  return tidy(() => {
    const parts = viewPairs(views.length).map(([i, j]) => mse(views[i]!, views[j]!));
    const loss = parts.length === 1 ? parts[0]! : aten.stack(parts, 0).mean();
    return { loss, terms: { invariance: loss } };
  });
});

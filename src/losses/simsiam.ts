/**
 * SimSiam loss: symmetrised negative cosine similarity between each view's prediction and the other view's
 * projection, with a stop-gradient on the projection (the one ingredient that keeps SimSiam from collapsing).
 *
 * For predictions p1, p2 `[N, D]` (predictor outputs) and projections z1, z2 `[N, D]` (projector outputs):
 * - `cos(p, z)_b = p_b·z_b / (max(‖p_b‖, eps) · max(‖z_b‖, eps))` per row, eps = 1e-8, computed by ATen's
 *   `cosine_similarity` (the kernel behind `nn.CosineSimilarity(dim=1)`, which clamps each norm separately on both
 *   1.13 and 2.x, so near-zero rows are handled exactly as in PyTorch);
 * - `D(p, z) = −mean_b cos(p, sg(z))_b`, sg = stop-gradient (detach);
 * - `negCosine = ½ D(p1, z2) + ½ D(p2, z1)`; `loss = negCosine`.
 *
 * The loss lies in [−1, 1]; −1 is reached by the collapsed solution (every p_b parallel to its target) as well as
 * by a good one, so the loss alone cannot tell them apart: watch the output's normalised std
 * (`normalisedStd` in src/metrics/output.ts).
 *
 * K > 2 views: the mean of `−mean_b cos(p_i, sg(z_j))` over the K(K − 1) ordered pairs i ≠ j (for K = 2 this is the
 * formula above). `stopGradient: false` is the paper's "w/o stop-grad" ablation (Chen & He, Fig. 2): the targets are
 * not detached and gradients flow into z, and training collapses.
 *
 * References: Chen & He, "Exploring Simple Siamese Representation Learning", CVPR 2021 (arXiv:2011.10566), Alg. 1,
 * Eq. 1–4 and Fig. 2; official code facebookresearch/simsiam `main_simsiam.py` (`criterion = nn.CosineSimilarity(dim=1)`,
 * `loss = -(criterion(p1, z2).mean() + criterion(p2, z1).mean()) * 0.5`) and `simsiam/builder.py` (`forward` returns
 * `z1.detach(), z2.detach()`).
 *
 * @example
 * const { loss, terms } = simsiamLoss([p1, p2], [z1, z2]);            // loss ∈ [−1, 1]
 * simsiamLoss([p1, p2], [z1, z2], { stopGradient: false });            // the collapsing ablation
 */
import { aten, tidy, type Tensor, fullPrecision } from "../tensor/index.js";
import { positive, resolveOptions, type LossResult } from "./common.js";
import { checkBooleans, checkPredictionsAndTargets, orderedPairs } from "./paired.js";

export interface SimSiamOptions {
  /** Detach the targets z (default true). false = the "w/o stop-grad" ablation: gradients flow into z. */
  stopGradient: boolean;
  /** Lower bound of each of ‖p_b‖ and ‖z_b‖ in the cosine (torch's `CosineSimilarity` default 1e-8). */
  eps: number;
}

export const SIMSIAM_DEFAULTS: Readonly<SimSiamOptions> = Object.freeze({ stopGradient: true, eps: 1e-8 });

/**
 * SimSiam's symmetrised negative cosine over K ≥ 2 views: predictions `p[i]` and projections `z[i]`, all `[N, D]`.
 * Terms: `negCosine` (= loss, in [−1, 1]).
 */
export const simsiamLoss = fullPrecision(function simsiamLoss(p: Tensor[], z: Tensor[], opts?: Partial<SimSiamOptions>): LossResult {
  const k = checkPredictionsAndTargets(p, z, "simsiam", ["p", "z"]);
  const o = resolveOptions(SIMSIAM_DEFAULTS, opts, { eps: positive });
  checkBooleans(o, ["stopGradient"]);
  return tidy(() => {
    const targets = o.stopGradient ? z.map((t) => t.detach()) : z;
    // mean_b cos(p_i, z_j) per ordered pair, each a scalar
    const cosines = orderedPairs(k).map(([i, j]) => aten.cosine_similarity(p[i]!, targets[j]!, 1, o.eps).mean());
    const negCosine = aten.stack(cosines, 0).mean().neg();
    return { loss: negCosine, terms: { negCosine } };
  });
});

/**
 * InfoNCE / NT-Xent loss (SimCLR): the contrastive reference point. Each embedding must pick out its other view
 * among all 2N − 1 other embeddings of the batch; the 2N − 2 non-matching ones are the negatives.
 *
 * For views z1, z2 `[N, D]`:
 * - `u = l2normalize(cat(z1, z2))` `[2N, D]` (row norm clamped at 1e-12, as `F.normalize`);
 * - logits `s = u uᵀ / temperature` `[2N, 2N]`, temperature τ = 0.1, with the diagonal (self-similarity) removed;
 * - for anchor a with positive p(a) = a ± N: `ℓ_a = −s_{a,p(a)} + log Σ_{k≠a} exp(s_{a,k})`
 *   (cross-entropy over 2N − 1 candidates);
 * - `alignment  = mean_a(−s_{a,p(a)})`         (pull the positive pair together),
 * - `uniformity = mean_a log Σ_{k≠a} exp(s_ak)` (push everything apart),
 * - `loss = mean_a ℓ_a = alignment + uniformity` over the 2N anchors.
 *
 * Symmetric in the order of the views. With K > 2 views, the mean over the K(K−1)/2 pairs.
 *
 * References: Chen, Kornblith, Norouzi, Hinton, "A Simple Framework for Contrastive Learning of Visual
 * Representations", ICML 2020 (arXiv:2002.05709), official code google-research/simclr `objective.py`
 * (`add_contrastive_loss`, which sums the two directions' means; here their mean, as lightly's `NTXentLoss`);
 * Oord et al., "Representation Learning with Contrastive Predictive Coding" (arXiv:1807.03748);
 * Wang & Isola, ICML 2020, for the alignment / uniformity split.
 *
 * @example
 * const { loss, terms } = infonceLoss([z1, z2], { temperature: 0.5 });
 */
import { aten, eye, tidy, type Tensor, fullPrecision } from "../tensor/index.js";
import { checkViews, meanTerms, positive, resolveOptions, viewPairs, type LossResult } from "./common.js";

export interface InfoNCEOptions {
  /** Softmax temperature τ. Default 0.1. */
  temperature: number;
}

export const INFONCE_DEFAULTS: Readonly<InfoNCEOptions> = Object.freeze({ temperature: 0.1 });

function ntXent(a: Tensor, b: Tensor, temperature: number): Record<string, Tensor> {
  const n = a.shape[0]!;
  const u = aten.cat([a, b], 0).normalize(1); // [2N, D]
  const self = eye(2 * n, { dtype: "bool", device: a.device }); // [2N, 2N]
  const logits = aten.masked_fill_Scalar(u.mm(u.t()).div(temperature), self, -Infinity); // [2N, 2N], self removed
  // Positive logits: row a of the first half against row a of the second, once for each direction.
  const pos = u.narrow(0, 0, n).mul(u.narrow(0, n, n)).sum(1).div(temperature); // [N]
  const alignment = pos.mean().neg();
  const uniformity = logits.logsumexp(1).mean(); // over all 2N anchors
  return { alignment, uniformity };
}

/** NT-Xent over K ≥ 2 views `[N, D]`. Terms: `alignment`, `uniformity`; `loss = alignment + uniformity`. */
export const infonceLoss = fullPrecision(function infonceLoss(views: Tensor[], opts?: Partial<InfoNCEOptions>): LossResult {
  checkViews(views, "infonce");
  const o = resolveOptions(INFONCE_DEFAULTS, opts, { temperature: positive });
  return tidy(() => {
    const terms = meanTerms(viewPairs(views.length).map(([i, j]) => ntXent(views[i]!, views[j]!, o.temperature)));
    return { loss: terms.alignment!.add(terms.uniformity!), terms };
  });
});

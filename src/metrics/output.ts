/**
 * Label-free collapse readings of the non-contrastive families' outputs, in float64: SimSiam / BYOL's normalised
 * std of the projections, and DINO's per-sample and batch-mean entropies of the output distributions.
 *
 * - `normalisedStd(z)`: `u_b = z_b / max(‖z_b‖, 1e-12)`; `mean_d std_b(u_bd)` with the unbiased std (÷ N − 1, torch's
 *   default). Chen & He (SimSiam, Sec. 4.1 and Fig. 2 middle) plot it as the collapse indicator: ≈ 1/√D for
 *   outputs spread over the sphere (u ~ N(0, I/D)), → 0 when every output is the same vector. The same number as
 *   the streaming `stdL2Normalized` (spectral.ts), without the D × D moments, for one in-memory batch.
 * - `outputEntropies(P)` for rows of probabilities `[N, K]`: `meanEntropy = mean_b h(P_b)`, `entropyOfMean =
 *   h(mean_b P_b)`, `maxEntropy = log K`, h(p) = −Σ_k p_k log p_k in nats (0·log 0 = 0). DINO's two collapse modes
 *   (Caron et al. 2021, Sec. 5.3, Fig. 7): one dimension dominating every output (the "no centering" collapse:
 *   entropyOfMean → 0, and so meanEntropy ≤ entropyOfMean → 0) versus uniform outputs (the "no sharpening" collapse:
 *   meanEntropy → log K). A healthy teacher has sharp rows (low meanEntropy) that use many prototypes across the
 *   batch (high entropyOfMean).
 * - `dinoCollapseKind(e)`: "uniform" when meanEntropy ≥ 0.9 · log K; "one-dimension" when entropyOfMean ≤
 *   0.1 · log min(N, K) (a batch of N one-hot rows cannot exceed log N, so the bound scales with the smaller of the
 *   two); otherwise null. The two are exclusive, since h(mean) ≥ mean h.
 *
 * @example
 * normalisedStd(z);                                  // ≈ 1/√D healthy, → 0 collapsed
 * const e = outputEntropies(teacherProbs);           // { meanEntropy, entropyOfMean, maxEntropy, n, k }
 * dinoCollapseKind(e);                               // "uniform" | "one-dimension" | null
 */
import { aten, tidy, type Tensor } from "../tensor/index.js";
import { InputError } from "../util/errors.js";

function check2d(t: Tensor, where: string, minRows: number): [number, number] {
  if (t.ndim !== 2) throw new InputError(where, `expected a 2-D tensor [N, D], got shape [${t.shape.join(", ")}]`);
  const [n, d] = t.shape as [number, number];
  if (n < minRows) throw new InputError(where, `need at least ${minRows} rows, got ${n}`);
  if (d < 1) throw new InputError(where, `expected at least 1 column, got ${d}`);
  return [n, d];
}

function checkFinite(x: Tensor, where: string): void {
  if (aten.count_nonzero(aten.isfinite(x)).item() !== x.numel) throw new InputError(where, "contains NaN or Inf");
}

/**
 * SimSiam's collapse indicator: mean over dimensions of the unbiased std over the batch of the l2-normalised rows,
 * in float64. `z [N, D]`, N ≥ 2.
 * @example normalisedStd(randn([4096, 64])) // ≈ 0.125 = 1/√64
 */
export function normalisedStd(z: Tensor, where = "z"): number {
  check2d(z, where, 2);
  return tidy(() => {
    const x = z.to("float64");
    checkFinite(x, where);
    return x.normalize(1).std(0).mean().item(); // F.normalize eps 1e-12; torch.std's unbiased default
  });
}

/** Entropies (nats) of DINO-style output distributions: see the file comment. */
export interface OutputEntropies {
  /** mean_b h(P_b): → log K for uniform outputs. */
  meanEntropy: number;
  /** h(mean_b P_b): → 0 when one dimension dominates every output. */
  entropyOfMean: number;
  /** log K, the largest possible entropy. */
  maxEntropy: number;
  /** N, the number of rows (bounds entropyOfMean by log N for one-hot rows). */
  n: number;
  /** K, the number of prototypes (columns). */
  k: number;
}

/**
 * Entropies of rows of probabilities `[N, K]` (each row ≥ 0, summing to 1 within 1e-6), in float64.
 * @throws InputError for negative entries, rows that do not sum to 1, or NaN/Inf.
 * @example outputEntropies(softmax(logits, 1)).meanEntropy
 */
export function outputEntropies(probs: Tensor, where = "probs"): OutputEntropies {
  const [n, k] = check2d(probs, where, 1);
  return tidy(() => {
    const p = probs.to("float64");
    checkFinite(p, where);
    if (p.min().item() < 0) throw new InputError(where, "probabilities must be ≥ 0");
    const sumErr = p.sum(1).sub(1).abs().max().item();
    if (sumErr > 1e-6) throw new InputError(where, `each row must sum to 1 (worst row is off by ${sumErr.toExponential(2)})`);
    const meanEntropy = aten.special_entr(p).sum(1).mean().item(); // special_entr(x) = −x log x, 0 at x = 0
    const entropyOfMean = aten.special_entr(p.mean(0)).sum().item();
    return { meanEntropy, entropyOfMean, maxEntropy: Math.log(k), n, k };
  });
}

/** Thresholds of {@link dinoCollapseKind}, as fractions of the largest entropies. */
export const DINO_COLLAPSE_THRESHOLDS = Object.freeze({
  /** "uniform" when meanEntropy ≥ uniform · log K. */
  uniform: 0.9,
  /** "one-dimension" when entropyOfMean ≤ oneDimension · log min(N, K). */
  oneDimension: 0.1,
});

export type DinoCollapseKind = "uniform" | "one-dimension";

/**
 * Which of DINO's two collapse modes the entropies show, or null for neither (thresholds in
 * {@link DINO_COLLAPSE_THRESHOLDS}). Needs K ≥ 2 and N ≥ 2 (with one row or one prototype both readings are trivial).
 * @example dinoCollapseKind(outputEntropies(probs)) // "one-dimension"
 */
export function dinoCollapseKind(e: OutputEntropies, thresholds: { uniform: number; oneDimension: number } = DINO_COLLAPSE_THRESHOLDS): DinoCollapseKind | null {
  if (e.k < 2 || e.n < 2) throw new InputError("entropies", `need K ≥ 2 prototypes and N ≥ 2 rows, got K = ${e.k}, N = ${e.n}`);
  if (e.meanEntropy >= thresholds.uniform * Math.log(e.k)) return "uniform";
  if (e.entropyOfMean <= thresholds.oneDimension * Math.log(Math.min(e.n, e.k))) return "one-dimension";
  return null;
}

/**
 * Diagnosis of an embedding matrix: `healthy`, `dimensional-collapse` or `total-collapse`, with a one-sentence
 * explanation that quotes the evidence.
 *
 * Rules, in order (thresholds in {@link DIAGNOSIS_THRESHOLDS}):
 * 1. **total-collapse (exact)**: λ₁ ≈ 0 — every row is the same vector (or all zeros).
 * 2. **total-collapse (concentrated)**: spread = stdL2Normalized·√D < 0.4 **and** trace(C)/mean‖z‖² < 0.15. Both are
 *    scale-free: ≈ 1 for an isotropic centred embedding, → 0 when every row sits close to one common vector. In real
 *    training total collapse shows like this long before any variance is exactly 0. Calibration (Fashion-MNIST,
 *    ConvNet + 256-512-128 projector, z of 2,048 test images): invariance-only after 177 / 685 steps 0.25 / 0.16
 *    (spread) and 0.062 / 0.026 (trace ratio); Barlow Twins after 172 steps 0.85 and 0.74. The thresholds sit about
 *    midway (geometrically) between the two, with a margin of ≈ 1.6–2× on each side. Requiring both keeps low-rank but
 *    centred data (spread √(k/D), trace ratio ≈ 1) out of this rule.
 *    An untrained network already looks like this (spread 0.13, trace ratio 0.017 at step 0): randomly initialised
 *    ReLU layers map all inputs near one direction. The numbers cannot tell "not trained yet" from "collapsed", so the
 *    diagnosis says what the embeddings *are* (total-collapse) and the explanation says that at initialisation this
 *    is expected; pass `{ atInit: true }` for the step-0 wording. A method that avoids collapse spreads them out
 *    within a few hundred steps; one that stays below the thresholds during training has collapsed.
 * 2b. **total-collapse (shrunk)**, during training only (`history` given): trace(C) has fallen below 1/10 of its peak
 *    over the run. Scale-free measures cannot see an embedding that collapses towards the origin (a projector whose
 *    last layer has no bias, trained on invariance alone, shrinks z uniformly: the rows stay "spread" around a point
 *    that is itself vanishing). Calibration: invariance-only on Fashion-MNIST shrinks z from trace 0.82 (step 20) to
 *    0.03 (step 120) while every healthy method stays within 2× of its peak.
 * 2c. **total-collapse (one direction)**: spread < 0.2 on its own — the l2-normalised rows sit within a few degrees of
 *    one direction while their lengths still vary (so the trace ratio can stay above 0.15). Whatever the norms do, a
 *    cosine similarity sees one point. Calibration (Fashion-MNIST, ConvNet, z of 512 test images, 120 steps): SimSiam
 *    without stop-gradient 0.11–0.17 with trace ratio ≈ 0.2 (loss −0.996, the paper's "std → 0"); SimSiam 0.79,
 *    Barlow Twins 0.85.
 * 3. **dimensional-collapse**: at least 25 % of the rank the data can show, r = min(N − 1, D), is missing, i.e.
 *    collapsedDims − (D − r) ≥ max(1, ⌈0.25·r⌉), where a collapsed dimension has λᵢ < 1e-5·λ₁. Judging against
 *    min(N − 1, D) means a batch smaller than D is not called collapsed for the dimensions it cannot span.
 *    (VICReg without covariance: 100 of 128 dimensions; rank-k data with k ≤ D/4: ≥ 75 %.) With fewer than 2·D rows
 *    the smallest sample eigenvalues fall far below the true ones (Marchenko–Pastur), so a steep but full-rank
 *    spectrum can look dimensionally collapsed; the explanation then says so and asks for ≥ 4·D rows.
 * 4. otherwise **healthy**.
 *
 * @example
 * const d = diagnose(metrics);        // metrics from analyzeEmbeddings / metricsFromMoments
 * d.diagnosis;                        // "dimensional-collapse"
 * d.explanation;                      // "100 of 128 dimensions carry less than 1e-5 of the top variance ..."
 */
import { COLLAPSED_REL } from "./spectral.js";

/** The three states. */
export type Diagnosis = "healthy" | "dimensional-collapse" | "total-collapse";

/** Thresholds of the rules above. */
export const DIAGNOSIS_THRESHOLDS = {
  /** spread = stdL2Normalized·√D below this (with the trace ratio below its threshold) is total collapse. */
  spreadMax: 0.4,
  /** trace(C)/mean‖z‖² below this (with the spread below its threshold) is total collapse. */
  traceRatioMax: 0.15,
  /** spread below this alone is total collapse (rule 2c: every row points the same way). */
  directionSpreadMax: 0.2,
  /** trace(C) below this fraction of its peak over the run is total collapse (shrinking to a point). */
  shrinkMax: 0.1,
  /** Fraction of min(N − 1, D) that must be missing (eigenvalues < 1e-5·λ₁) to call dimensional collapse. */
  missingRankFraction: 0.25,
} as const;

/** The numbers the diagnosis is based on (all scale-free). */
export interface DiagnosisEvidence {
  /** stdL2Normalized·√D: ≈ 1 healthy, → 0 concentrated. */
  spread: number;
  /** trace(C)/mean‖z‖². */
  traceRatio: number;
  /** min(N − 1, D): the rank this many rows can show. */
  rankLimit: number;
  /** collapsedDims − (D − rankLimit), at least 0. */
  missingRank: number;
}

/** What {@link diagnose} needs (a subset of `EmbeddingMetrics`). */
export interface DiagnosisInput {
  n: number;
  dim: number;
  spectrum: number[];
  collapsedDims: number;
  deadDims: number;
  stdL2Normalized: number;
  traceRatio: number;
  effectiveRank: number;
}

export interface DiagnosisResult {
  diagnosis: Diagnosis;
  explanation: string;
  evidence: DiagnosisEvidence;
}

export interface DiagnoseOptions {
  /** The embeddings come from an untrained network (step 0): word a concentrated result as expected at init. */
  atInit?: boolean;
  /** During training: the largest trace(C) seen so far on the same probe batch, and its step (rule 2b). */
  history?: { peakTrace: number; peakStep: number };
}

/** Diagnoses one embedding matrix from its metrics (see the module comment for the rules). */
export function diagnose(m: DiagnosisInput, opts: DiagnoseOptions = {}): DiagnosisResult {
  const T = DIAGNOSIS_THRESHOLDS;
  const spread = m.stdL2Normalized * Math.sqrt(m.dim);
  const rankLimit = Math.min(m.n - 1, m.dim);
  const missingRank = Math.max(0, m.collapsedDims - (m.dim - rankLimit));
  const evidence: DiagnosisEvidence = { spread, traceRatio: m.traceRatio, rankLimit, missingRank };
  const ev = `spread (std of l2-normalised rows × √D) ${f(spread)}, trace(C)/mean‖z‖² ${f(m.traceRatio)}, RankMe ${f(m.effectiveRank)}`;
  const lambda1 = m.spectrum[0] ?? 0;

  if (m.collapsedDims === m.dim && (lambda1 === 0 || m.traceRatio < 1e-20)) {
    const allZero = m.traceRatio === 0;
    return {
      diagnosis: "total-collapse",
      explanation: allZero
        ? `All ${m.n} rows are zero: total collapse (no variance in any of the ${m.dim} dimensions).`
        : `All ${m.n} rows are the same vector: total collapse (no variance in any of the ${m.dim} dimensions).`,
      evidence,
    };
  }
  if (spread < T.spreadMax && m.traceRatio < T.traceRatioMax) {
    const what = `The ${m.n} rows concentrate around one common vector (${ev}; healthy ≈ 1, collapse below ${T.spreadMax} and ${T.traceRatioMax})`;
    return {
      diagnosis: "total-collapse",
      explanation: opts.atInit
        ? `${what}: expected at initialisation, and total collapse if training does not spread them out.`
        : `${what}: total collapse (an untrained network also starts like this; in training it means collapse).`,
      evidence,
    };
  }
  const trace = m.spectrum.reduce((a, b) => a + b, 0);
  if (opts.history && opts.history.peakTrace > 0 && trace < T.shrinkMax * opts.history.peakTrace) {
    const factor = opts.history.peakTrace / Math.max(trace, Number.MIN_VALUE);
    return {
      diagnosis: "total-collapse",
      explanation: `The embeddings are shrinking to a point: trace(C) fell ${f(factor)}× from its peak (${f(opts.history.peakTrace)} at step ${opts.history.peakStep} → ${f(trace)}), below 1/${Math.round(1 / T.shrinkMax)} of it, so every input maps ever closer to one vector: total collapse (${ev}).`,
      evidence,
    };
  }
  if (spread < T.directionSpreadMax) {
    const what = `Every row points within a few degrees of one direction (${ev}; healthy ≈ 1, collapse below ${T.directionSpreadMax})`;
    return {
      diagnosis: "total-collapse",
      explanation: opts.atInit
        ? `${what}: expected at initialisation, and total collapse if training does not spread them out.`
        : `${what}: total collapse of the directions; only the rows' lengths still vary, and a cosine similarity (SimSiam, BYOL, InfoNCE) sees one point.`,
      evidence,
    };
  }
  if (missingRank >= Math.max(1, Math.ceil(T.missingRankFraction * rankLimit))) {
    const limit = rankLimit < m.dim ? ` (${m.n} rows can span at most ${rankLimit})` : "";
    const few = m.n < 2 * m.dim ? ` With only ${m.n} rows for ${m.dim} dimensions the smallest eigenvalues are underestimated; confirm with ≥ ${4 * m.dim} rows.` : "";
    return {
      diagnosis: "dimensional-collapse",
      explanation: `${m.collapsedDims} of ${m.dim} dimensions carry less than ${REL} of the top variance${limit}: dimensional collapse to rank ≈ ${rankLimit - missingRank} (${ev}).${few}`,
      evidence,
    };
  }
  return {
    diagnosis: "healthy",
    explanation: `Spread over the dimensions: ${m.collapsedDims} of ${m.dim} below ${REL} of the top variance${m.deadDims ? `, ${m.deadDims} dead` : ""}; ${ev}.`,
    evidence,
  };
}

/** {@link COLLAPSED_REL} as written in the explanations. */
const REL = COLLAPSED_REL.toExponential(); // "1e-5"

/** Two significant digits, no exponent for ordinary magnitudes. */
function f(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  const a = Math.abs(x);
  if (a === 0) return "0";
  if (a < 1e-3 || a >= 1e5) return x.toExponential(1);
  return a >= 10 ? x.toFixed(1) : x.toPrecision(2);
}

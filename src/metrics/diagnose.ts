/**
 * Diagnosis of an embedding matrix: `healthy`, `dimensional-collapse` or `total-collapse`, with a one-sentence
 * explanation that quotes the evidence and says what to do.
 *
 * The rules judge the **centred** structure of the rows (the spectrum of C, and how much of C lies along the mean
 * direction), never their concentration around the mean alone. A representation after a ReLU and global average
 * pooling is non-negative and sits close to its mean direction — so does a healthy embedding shifted by any
 * constant vector, and the h of an untrained network — yet a linear probe, which standardises its features, reads
 * it perfectly well. Concentration is reported as evidence, and decides only together with one of the other signs.
 *
 * Rules, in order (thresholds in {@link DIAGNOSIS_THRESHOLDS}):
 * 1. **total-collapse (identical)**: λ₁ ≈ 0 — every row is the same vector, or all are zero.
 * 2. **total-collapse (round-off)**: trace(C)/mean‖z‖² < 1e-10 — the rows differ by less than 1e-5 of their length,
 *    which is float32 round-off of one vector, not a representation.
 * 3. **total-collapse (shrinking)**, during training (`history` given): trace(C) fell below 1/10 of its peak over
 *    the run **and** below 1/10 of its value at the end of the warm-up (the first judged probe). Scale-free measures
 *    cannot see an embedding that shrinks towards a point (a projector whose last layer has no bias, trained on
 *    invariance alone, shrinks z uniformly). Calibration (Fashion-MNIST, ConvNet, quick study, 2026-12-02):
 *    invariance-only 0.053 and VICReg without variance 0.046 of the peak at step 100, which is their trace at the
 *    warm-up's end (step 20); every published method stays at ≥ 0.64 of its peak in h and z. Why the second
 *    reference: a ResNet-18 in its first steps can blow its scale up 10,000-fold and let it settle 25× lower (Barlow
 *    Twins' h, VICReg's z in the validation sweep), a transient of scale, not a fall towards a point.
 * 4. **total-collapse (one direction)**: spread = stdL2Normalized·√D < 0.4 **and** the share of the centred variance
 *    along the mean direction ≥ 0.5. The rows point one way and what still varies is mainly their length along it:
 *    the rows are ≈ aᵢ·μ̂, one number per input, and a cosine similarity sees one point. Calibration (same study,
 *    512 probe rows): SimSiam without stop-gradient z 0.12 / 0.92, without predictor 0.09 / 0.90, W-MSE without
 *    whitening 0.02 / 0.997; every published method's h and z ≤ 0.14 on the share (IB log-det's h: spread 0.23,
 *    share 0.04 — concentrated, and healthy). A shifted healthy embedding moves μ̂ towards the shift, and its share
 *    becomes the variance along that one direction: at most the top eigenvalue's share, small unless the centred
 *    spectrum itself is dominated by one direction.
 * 5. **dimensional-collapse**: at least 25 % of the rank the rows can show, r = min(N − 1, D), is missing: eigenvalues
 *    λᵢ (i ≤ r) below cut·λ₁ with cut = 1e-5·((1 − √γ)/(1 + √γ))², γ = r/N. The factor is Marchenko–Pastur's: a
 *    full-rank population whose eigenvalues span 1e5 gives sample eigenvalues that span up to
 *    1e5·((1 + √γ)/(1 − √γ))² at this N/D, so only eigenvalues below that are evidence of missing dimensions
 *    (N = 2·D: cut 2.9e-7; 4·D: 1.1e-6; 8·D: 2.3e-6; N ≫ D: 1e-5). With N ≤ D nothing can be called missing; the
 *    explanation asks for ≥ 4·D rows. Calibration: Barlow Twins λ = 0 z and VICReg without covariance z have 40 and
 *    48 of 127 below the cut at N = 512 (threshold 32), every published method 0.
 * 6. otherwise **healthy** (and if the rows are concentrated, the explanation says that this alone is not collapse).
 *
 * Rules not taken, and why: comparing against the untrained network (its h is itself concentrated, and a trained
 * DINO or IB log-det h is further from it in every direction, so "more concentrated than at init" would flag
 * them); LiDAR's between/within scatter (needs the views of each sample, which `analyze` of a plain matrix does not
 * have; it stays a metric).
 *
 * @example
 * const d = diagnose(metrics);        // metrics from analyzeEmbeddings / metricsFromMoments
 * d.diagnosis;                        // "dimensional-collapse"
 * d.explanation;                      // "48 of 127 dimensions carry less than 1.1e-6 of the top variance ..."
 */
import { COLLAPSED_REL } from "./spectral.js";

/** The three states. */
export type Diagnosis = "healthy" | "dimensional-collapse" | "total-collapse";

/** Thresholds of the rules above. */
export const DIAGNOSIS_THRESHOLDS = {
  /** trace(C)/mean‖z‖² below this is round-off of one vector (rule 2). */
  roundOffTraceRatio: 1e-10,
  /** trace(C) below this fraction of its peak over the run is total collapse (rule 3: shrinking to a point). */
  shrinkMax: 0.1,
  /** spread = stdL2Normalized·√D below this: the rows point one way (rule 4, with `meanShareMin`). */
  spreadMax: 0.4,
  /** Share of the centred variance along the mean direction at or above this (rule 4, with `spreadMax`). */
  meanShareMin: 0.5,
  /** Concentrated rows (reported, not decisive): trace(C)/mean‖z‖² below this with the spread below `spreadMax`. */
  traceRatioMax: 0.15,
  /** Fraction of min(N − 1, D) that must be missing to call dimensional collapse (rule 5). */
  missingRankFraction: 0.25,
  /** Eigenvalue cut relative to λ₁ for N ≫ D, before the Marchenko–Pastur factor (rule 5). */
  relativeCut: COLLAPSED_REL,
} as const;

/** The numbers the diagnosis is based on (all scale-free). */
export interface DiagnosisEvidence {
  /** stdL2Normalized·√D: ≈ 1 healthy and centred, small when the rows point one way. */
  spread: number;
  /** trace(C)/mean‖z‖². */
  traceRatio: number;
  /** μ̂ᵀCμ̂/trace(C): share of the centred variance along the mean direction (null: zero mean or no variance). */
  meanDirectionShare: number | null;
  /** min(N − 1, D): the rank this many rows can show. */
  rankLimit: number;
  /** The eigenvalue cut relative to λ₁ at this N/D (rule 5). */
  cut: number;
  /** Eigenvalues among the first rankLimit below cut·λ₁. */
  missingRank: number;
  /** trace(C) as a fraction of its peak over the run (rule 3), when a history was given. */
  traceOfPeak?: number;
  /** trace(C) as a fraction of its value at the end of the warm-up (rule 3), when the history has it. */
  traceOfStart?: number;
}

/** What {@link diagnose} needs (a subset of `EmbeddingMetrics`). */
export interface DiagnosisInput {
  n: number;
  dim: number;
  spectrum: number[];
  deadDims: number;
  stdL2Normalized: number;
  traceRatio: number;
  effectiveRank: number;
  meanDirectionShare: number | null;
}

export interface DiagnosisResult {
  diagnosis: Diagnosis;
  explanation: string;
  evidence: DiagnosisEvidence;
}

export interface DiagnoseOptions {
  /** The embeddings come from an untrained network (step 0): word a collapsed result as expected at init. */
  atInit?: boolean;
  /** During training: the largest trace(C) seen so far on the same probe batch, and its step (rule 3). */
  history?: TraceHistory;
}

/** What rule 3 compares the trace with: its peak so far and, once the warm-up is over, its value then. */
export interface TraceHistory {
  peakTrace: number;
  peakStep: number;
  /** trace(C) at the first probe after the warm-up, and that probe's step. */
  startTrace?: number;
  startStep?: number;
}

/**
 * The eigenvalue cut relative to λ₁ below which a dimension counts as missing with `rankLimit` of `n` rows
 * (rule 5). @example collapseCut(1023, 1024) // 0 (N ≈ D: nothing can be called missing)
 */
export function collapseCut(rankLimit: number, n: number): number {
  const g = Math.sqrt(rankLimit / n);
  return DIAGNOSIS_THRESHOLDS.relativeCut * ((1 - g) / (1 + g)) ** 2;
}

/** Diagnoses one embedding matrix from its metrics (see the module comment for the rules). */
export function diagnose(m: DiagnosisInput, opts: DiagnoseOptions = {}): DiagnosisResult {
  const T = DIAGNOSIS_THRESHOLDS;
  const spread = m.stdL2Normalized * Math.sqrt(m.dim);
  const rankLimit = Math.min(m.n - 1, m.dim);
  const lambda1 = m.spectrum[0] ?? 0;
  const cut = collapseCut(rankLimit, m.n);
  const missingRank = lambda1 > 0 ? m.spectrum.slice(0, rankLimit).filter((l) => l < cut * lambda1).length : rankLimit;
  const trace = m.spectrum.reduce((a, b) => a + b, 0);
  const evidence: DiagnosisEvidence = { spread, traceRatio: m.traceRatio, meanDirectionShare: m.meanDirectionShare, rankLimit, cut, missingRank };
  if (opts.history && opts.history.peakTrace > 0) evidence.traceOfPeak = trace / opts.history.peakTrace;
  if (opts.history?.startTrace !== undefined && opts.history.startTrace > 0) evidence.traceOfStart = trace / opts.history.startTrace;
  const share = m.meanDirectionShare;
  const ev = `spread (std of l2-normalised rows × √D) ${f(spread)}, trace(C)/mean‖z‖² ${f(m.traceRatio)}, share of the variance along the mean ${share === null ? "–" : f(share)}, RankMe ${f(m.effectiveRank)} of N = ${m.n}`;
  const total = (what: string, advice: string): DiagnosisResult => ({
    diagnosis: "total-collapse",
    explanation: opts.atInit ? `${what}: expected of an untrained network, and total collapse if training does not spread them out.` : `${what}: total collapse. ${advice}`,
    evidence,
  });

  if (lambda1 === 0 || m.traceRatio < 1e-20) {
    return {
      diagnosis: "total-collapse",
      explanation: m.traceRatio === 0 && trace === 0 && lambda1 === 0 && m.effectiveRank === 0
        ? `All ${m.n} rows are zero: total collapse (no variance in any of the ${m.dim} dimensions). Check that the network's output is not cut off (a dead ReLU, a zero layer) and lower the learning rate.`
        : `All ${m.n} rows are the same vector: total collapse (no variance in any of the ${m.dim} dimensions). The loss has a trivial solution the method does not prevent: check its regulariser (variance, covariance, whitening, stop-gradient).`,
      evidence,
    };
  }
  if (m.traceRatio < T.roundOffTraceRatio) {
    return total(`The ${m.n} rows differ by less than 1e-5 of their length (${ev}), float32 round-off of one vector`, "Check the method's regulariser (variance, whitening, stop-gradient).");
  }
  if (evidence.traceOfPeak !== undefined && evidence.traceOfPeak < T.shrinkMax && (evidence.traceOfStart === undefined || evidence.traceOfStart < T.shrinkMax)) {
    const h = opts.history!;
    return total(
      `The embeddings are shrinking to a point: trace(C) fell ${f(1 / Math.max(evidence.traceOfPeak, Number.MIN_VALUE))}× from its peak (${f(h.peakTrace)} at step ${h.peakStep} → ${f(trace)}), below 1/${Math.round(1 / T.shrinkMax)} of it${h.startStep !== undefined ? ` and of its value after the warm-up (step ${h.startStep})` : ""}, so every input maps ever closer to one vector (${ev})`,
      "Nothing keeps the variance up: add or raise the variance term (VICReg), or use a loss that normalises the embedding.",
    );
  }
  if (spread < T.spreadMax && share !== null && share >= T.meanShareMin) {
    return total(
      `Every row points nearly the same way and ${Math.round(100 * share)} % of what varies is the rows' length along that direction, so each input is ≈ one number times one vector (${ev}; collapse: spread below ${T.spreadMax} with a share of ${T.meanShareMin} or more)`,
      "A cosine similarity (SimSiam, BYOL, InfoNCE) sees one point: check the stop-gradient, the predictor or the whitening.",
    );
  }
  const few = m.n < 4 * m.dim ? ` With ${m.n} rows for ${m.dim} dimensions only eigenvalues below ${f(cut)} of the top one count as missing; ≥ ${4 * m.dim} rows judge more sharply.` : "";
  if (missingRank >= Math.max(1, Math.ceil(T.missingRankFraction * rankLimit))) {
    const limit = rankLimit < m.dim ? ` (${m.n} rows can span at most ${rankLimit})` : "";
    return {
      diagnosis: "dimensional-collapse",
      explanation: `${missingRank} of ${rankLimit} dimensions carry less than ${f(cut)} of the top variance${limit}, below what a full-rank embedding shows at N = ${m.n}: dimensional collapse to rank ≈ ${rankLimit - missingRank} (${ev}). Decorrelate the dimensions (a covariance or redundancy-reduction term, whitening) or widen the projector.${few}`,
      evidence,
    };
  }
  if (m.n <= m.dim) {
    return {
      diagnosis: "healthy",
      explanation: `No sign of collapse in ${m.n} rows (${ev}), but ${m.n} rows of ${m.dim} dimensions cannot show a missing dimension: analyse ≥ ${4 * m.dim} rows to judge dimensional collapse.`,
      evidence,
    };
  }
  const concentrated = spread < T.spreadMax && m.traceRatio < T.traceRatioMax;
  const note = concentrated
    ? ` The rows are concentrated around their mean, as post-ReLU, pooled features are; that alone is not collapse: their centred variance spreads over the dimensions and is not along the mean.`
    : "";
  return {
    diagnosis: "healthy",
    explanation: `Spread over the dimensions: ${missingRank} of ${rankLimit} below ${f(cut)} of the top variance${m.deadDims ? `, ${m.deadDims} dead` : ""}; ${ev}.${note}${few}`,
    evidence,
  };
}

/** Two significant digits, no exponent for ordinary magnitudes. */
function f(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  const a = Math.abs(x);
  if (a === 0) return "0";
  if (a < 1e-3 || a >= 1e5) return x.toExponential(1);
  return a >= 10 ? x.toFixed(1) : x.toPrecision(2);
}

/**
 * The collapse metrics of one embedding matrix Z [N, D], computed from its float64 {@link Moments} with a single
 * batched `linalg_eigvalsh` over [covariance C, second moment ZᵀZ/N]. Every formula, eps and source is named on
 * {@link EmbeddingMetrics}. The one-metric helpers below (`spectrum(z)`, `effectiveRank(z)`, ...) are conveniences
 * over the same code; when you need several metrics call `analyzeEmbeddings` once instead.
 */
import { aten, stack, tidy, type Tensor } from "../tensor/index.js";
import { moments, type Moments } from "./moments.js";

/** eps added to each eigenvalue in `entropy` and `logDet`. */
export const LOGDET_EPS = 1e-6;
/** eps added to the normalised singular values in RankMe (as in Garrido et al.'s code). */
export const RANKME_EPS = 1e-7;
/** An eigenvalue below this fraction of the largest one counts as a collapsed dimension. */
export const COLLAPSED_REL = 1e-5;
/** A dimension whose std is at most this is dead (and left out of the correlation matrix). */
export const DEAD_STD = 1e-12;
/**
 * The largest eigenvalue counts as 0 (every dimension collapsed) when it is at most this fraction of mean‖z‖²:
 * that is a relative std of 1e-12, i.e. float64 round-off of identical rows, not a real spread.
 */
export const ZERO_REL = 1e-24;

/** RankMe of each half of the rows within this fraction of the full-N RankMe: N was enough. */
export const RANK_HALF_TOLERANCE = 0.1;
/** The α-ReQ authors' fit range, as 1-based eigenvalue indices (their `np.arange(10, 100)`, 0-based). */
export const ALPHA_FIT_RANGE = [11, 100] as const;

/** A power-law fit of the spectrum (see {@link EmbeddingMetrics.alphaReQFit}). */
export interface AlphaFit {
  /** Decay α of λₖ ∝ k^−α. */
  alpha: number;
  /** First and last 1-based eigenvalue index fitted. */
  from: number;
  to: number;
  /** R² of log λ over k = from + 1 .. min(500, D − 10) (the authors' `fit_R2`); null when that range is empty. */
  r2: number | null;
  /** R² over k = from + 1 .. 100 (`fit_R2_100`); null when that range is empty. */
  r2First100: number | null;
}

/** The metrics of one embedding matrix (all JSON-able numbers). */
export interface EmbeddingMetrics {
  /** Rows N. */
  n: number;
  /** Dimensions D. */
  dim: number;
  /**
   * Eigenvalues λ₁ ≥ … ≥ λ_D of the covariance C = 1/N Σ (zᵢ − z̄)(zᵢ − z̄)ᵀ (the poster's definition, 1/N),
   * round-off negatives clamped to 0. C is PSD, so these are also its singular values.
   */
  spectrum: number[];
  /**
   * RankMe (Garrido et al., ICML 2023): σ = singular values of the raw, uncentred Z, p = σ/Σσ + 1e-7,
   * exp(−Σ p log p). We take σₖ = √eigₖ(ZᵀZ) (the top min(N, D) of them): the singular values of Z are exactly the
   * square roots of the eigenvalues of its Gram matrix ZᵀZ, which streams as M₂ + N·z̄z̄ᵀ; RankMe is scale-free, so
   * the 1/N we keep on ZᵀZ/N changes nothing. 0 when Z = 0.
   */
  effectiveRank: number;
  /** Gaussian entropy in nats, ½ Σᵢ log(2πe(λᵢ + 1e-6)) (poster, "Entropy of embedding vectors"). */
  entropy: number;
  /** log det(C + 1e-6·I) = Σᵢ log(λᵢ + 1e-6) (the information-bottleneck / log-det view of the poster). */
  logDet: number;
  /**
   * Mean of |R_ij| over i ≠ j of the correlation matrix R_ij = C_ij/(sᵢ sⱼ), over the dimensions with std s > 1e-12
   * (the poster's "average correlation coefficient"); null when fewer than 2 such dimensions.
   */
  avgCorrelation: number | null;
  /** As `avgCorrelation` without the absolute value. */
  avgCorrelationSigned: number | null;
  /** Number of λᵢ < 1e-5·λ₁ (all D when λ₁ = 0, see {@link ZERO_REL}). */
  collapsedDims: number;
  /** Dimensions whose std √C_ii ≤ 1e-12. */
  deadDims: number;
  /**
   * Mean over dimensions of the unbiased std of the l2-normalised rows u = z/max(‖z‖, 1e-12): ≈ 1/√D for a healthy
   * isotropic embedding, → 0 at total collapse (lightly's `std_of_l2_normalized`, from SimSiam, Chen & He 2021).
   */
  stdL2Normalized: number;
  /**
   * α-ReQ (Agrawal et al., NeurIPS 2022): the slope α of the power law λₖ ∝ k^−α, fitted by least squares of log λₖ
   * on log k over the non-collapsed eigenvalues (λₖ ≥ 1e-5·λ₁); null with fewer than 2 of them.
   */
  alphaReQ: number | null;
  /**
   * α-ReQ as its authors' code fits it (reptrix `get_powerlaw`, after Stringer & Pachitariu 2019): weighted least
   * squares of log λₖ on (−log k, 1) with weights 1/k over the eigenvalue indices k = 11..100 (their default
   * `fit_range = arange(10, 100)`, 0-based), R² of log λ against the fit over k = 12..min(500, D − 10) and over
   * k = 12..100 (`fit_R2`, `fit_R2_100`). The range is clipped to the non-collapsed eigenvalues; null with fewer
   * than 3 of them in it (D ≤ 12, or a collapsed spectrum). {@link alphaReQ} fits all non-collapsed eigenvalues
   * unweighted instead.
   */
  alphaReQFit: AlphaFit | null;
  /**
   * RankMe of the first and of the second half of the rows (⌊N/2⌋ each, split in row order; whole samples with
   * `--views`): RankMe grows with N until N is large enough, so halves well below the full-N value mean the rank is
   * limited by the sample, not by the embedding. null when not computed (fewer than 4 rows).
   */
  effectiveRankHalves: [number, number] | null;
  /**
   * Whether N was enough for RankMe: both halves within {@link RANK_HALF_TOLERANCE} of the full-N RankMe. null with
   * `effectiveRankHalves` null.
   */
  rankSampleEnough: boolean | null;
  /**
   * Share of the centred variance along the mean direction, μ̂ᵀCμ̂ / trace(C) with μ̂ = z̄/‖z̄‖: ≈ 1/D for a healthy
   * embedding whatever its mean, → 1 when the rows are ≈ aᵢ·μ̂ (only their length along one common direction
   * varies: SimSiam without stop-gradient, W-MSE without whitening). null when z̄ = 0 or trace(C) = 0.
   */
  meanDirectionShare: number | null;
  /**
   * trace(C) / mean‖z‖²: the fraction of the embeddings' energy that is spread around their mean. ≈ 1 for centred
   * data, → 0 when every row is close to one common vector (scale-free evidence of total collapse).
   */
  traceRatio: number;
}

/**
 * Computes {@link EmbeddingMetrics} from moments: one batched eigvalsh on [C, ZᵀZ/N] ([2, D, D]), the rest are
 * reductions on D-vectors and one D×D correlation matrix. Does not free `m`.
 */
export function metricsFromMoments(m: Moments): EmbeddingMetrics {
  const { n, dim } = m;
  return tidy(() => {
    const c = m.scatter.div(n); // [D, D] covariance, 1/N
    const g = aten.addr(c, m.mean, m.mean); // [D, D] ZᵀZ/N = C + z̄z̄ᵀ
    const halves = m.halfGram && m.halfRows ? halfGrams(m, g) : []; // [G₁, G₂] of each half's rows, /rows
    const eig = aten.linalg_eigvalsh(stack([c, g, ...halves]), "L").flip([-1]).clampMin(0); // [2 or 4, D] descending
    const lam = eig.select(0, 0); // [D]
    const spectrum = Array.from(lam.toFloat64Array());
    const variances = c.diagonal(); // [D]
    const traceC = variances.sum().item();
    const meanSq = g.diagonal().sum().item(); // mean ‖z‖²

    const effectiveRank = rankMe(eig.select(0, 1), Math.min(n, dim));
    let effectiveRankHalves: [number, number] | null = null;
    let rankSampleEnough: boolean | null = null;
    if (halves.length) {
      const h1 = m.halfRows!;
      effectiveRankHalves = [rankMe(eig.select(0, 2), Math.min(h1, dim)), rankMe(eig.select(0, 3), Math.min(n - h1, dim))];
      rankSampleEnough = Math.min(...effectiveRankHalves) >= (1 - RANK_HALF_TOLERANCE) * effectiveRank;
    }

    const logDet = lam.add(LOGDET_EPS).log().sum().item();
    const entropy = 0.5 * (dim * Math.log(2 * Math.PI * Math.E) + logDet);

    const lambda1 = spectrum[0] ?? 0;
    const zero = lambda1 <= ZERO_REL * meanSq;
    const collapsedDims = zero ? dim : aten.count_nonzero(lam.lt(COLLAPSED_REL * lambda1)).item();
    const alive = variances.gt(DEAD_STD * DEAD_STD); // [D] bool, std > 1e-12
    const nAlive = aten.count_nonzero(alive).item();
    const deadDims = dim - nAlive;

    let avgCorrelation: number | null = null;
    let avgCorrelationSigned: number | null = null;
    if (nAlive >= 2) {
      let ca = c;
      if (nAlive < dim) {
        const idx = aten.nonzero(alive).flatten(); // [nAlive]
        ca = c.indexSelect(0, idx).indexSelect(1, idx); // [nAlive, nAlive]
      }
      const s = ca.diagonal().sqrt(); // [nAlive]
      const r = ca.div(aten.outer(s, s)); // [nAlive, nAlive] correlation
      const pairs = nAlive * (nAlive - 1);
      const diagR = r.diagonal();
      avgCorrelation = (r.abs().sum().item() - diagR.abs().sum().item()) / pairs;
      avgCorrelationSigned = (r.sum().item() - diagR.sum().item()) / pairs;
    }

    const stdL2Normalized = m.uScatter.div(n - 1).sqrt().mean().item();
    const meanNorm = m.mean.norm().item();
    const meanDirectionShare = meanNorm > 0 && traceC > 0 ? aten.dot(m.mean, aten.mv(c, m.mean)).item() / (meanNorm * meanNorm * traceC) : null;
    const traceRatio = meanSq > 0 ? traceC / meanSq : 0;
    const alphaReQ = zero ? null : fitPowerLaw(lam, dim - collapsedDims);
    const alphaReQFit = zero ? null : fitAlphaReQ(lam, dim - collapsedDims);

    return {
      n, dim, spectrum, effectiveRank, entropy, logDet, avgCorrelation, avgCorrelationSigned, collapsedDims,
      deadDims, stdL2Normalized, alphaReQ, alphaReQFit, effectiveRankHalves, rankSampleEnough, meanDirectionShare,
      traceRatio,
    };
  });
}

/** RankMe of σ = √eig (eig: eigenvalues of a Gram matrix, descending), over its top k: exp(−Σ p log p), p = σ/Σσ + 1e-7. */
function rankMe(eig: Tensor, k: number): number {
  return tidy(() => {
    const sigma = eig.narrow(0, 0, k).sqrt(); // [k]
    const sigmaSum = sigma.sum().item();
    if (!(sigmaSum > 0)) return 0;
    const p = sigma.div(sigmaSum).add(RANKME_EPS);
    return p.mul(p.log()).sum().neg().exp().item();
  });
}

/** The Gram matrices of the first ⌊N/2⌋ rows and of the rest, each divided by its rows. [D, D] each */
function halfGrams(m: Moments, g: Tensor): [Tensor, Tensor] {
  const h1 = m.halfRows!;
  const first = m.halfGram!.div(h1);
  const rest = g.mul(m.n).sub(m.halfGram!).div(m.n - h1);
  return [first, rest];
}

/**
 * The α-ReQ authors' fit (see {@link EmbeddingMetrics.alphaReQFit}): solve (XᵀWX) b = XᵀWy with X = [−log k, 1],
 * y = log λₖ, W = diag(1/k); α = b₀.
 */
function fitAlphaReQ(lam: Tensor, nonCollapsed: number): AlphaFit | null {
  const [from, last] = ALPHA_FIT_RANGE;
  const to = Math.min(last, nonCollapsed);
  if (to - from + 1 < 3) return null;
  return tidy(() => {
    const k = aten.arange_start(from, to + 1, "float64"); // [K] 1-based indices
    const y = lam.narrow(0, from - 1, to - from + 1).log(); // [K]
    const x = stack([k.log().neg(), aten.ones_like(k)], 1); // [K, 2]
    const w = k.reciprocal().unsqueeze(1); // [K, 1]
    const b = aten.linalg_solve(x.t().mm(x.mul(w)), x.mul(w).t().mm(y.unsqueeze(1))).flatten(); // [2]
    const [alpha, intercept] = Array.from(b.toFloat64Array()) as [number, number];
    const dim = lam.size(0);
    const r2Over = (end: number): number | null => {
      const lo = from + 1;
      const hi = Math.min(end, nonCollapsed);
      if (hi - lo + 1 < 2) return null;
      const kk = aten.arange_start(lo, hi + 1, "float64");
      const yy = lam.narrow(0, lo - 1, hi - lo + 1).log();
      const pred = kk.log().mul(-alpha).add(intercept);
      const ssRes = yy.sub(pred).square().sum().item();
      const ssTot = yy.sub(yy.mean()).square().sum().item();
      return ssTot > 0 ? 1 - ssRes / ssTot : null;
    };
    return { alpha, from, to, r2: r2Over(dim >= 512 ? 500 : dim - 10), r2First100: r2Over(100) };
  });
}

/**
 * α of λₖ ∝ k^−α by least squares on (log k, log λₖ), k = 1..count (the first `count` eigenvalues of the
 * descending `lam`): α = −Σ(x − x̄)(y − ȳ)/Σ(x − x̄)².
 */
function fitPowerLaw(lam: Tensor, count: number): number | null {
  if (count < 2) return null;
  return tidy(() => {
    const y = lam.narrow(0, 0, count).log(); // [count]
    const x = aten.arange_start(1, count + 1, "float64").log(); // [count]
    const xc = x.sub(x.mean());
    const slope = xc.mul(y.sub(y.mean())).sum().item() / xc.square().sum().item();
    return -slope;
  });
}

function withMoments<T>(z: Tensor, f: (m: Moments) => T): T {
  const m = moments(z, "z");
  try {
    return f(m);
  } finally {
    m.dispose();
  }
}

/**
 * Covariance C = 1/N Σ (zᵢ − z̄)(zᵢ − z̄)ᵀ in float64 (the poster's definition, 1/N, not torch.cov's 1/(N−1); named
 * apart from the losses' differentiable, unbiased `covariance`).
 * @example embeddingCovariance(tensor([[1, 0], [-1, 0]])).toArray() // [[1, 0], [0, 0]]
 */
export function embeddingCovariance(z: Tensor): Tensor {
  return withMoments(z, (m) => m.scatter.div(m.n)); // [D, D]
}

/**
 * Eigenvalues of {@link embeddingCovariance}, descending, round-off negatives clamped to 0 (aten.linalg_eigvalsh, float64). [D]
 * @example spectrum(z).toArray() // [3.9, 1.02, ...]
 */
export function spectrum(z: Tensor): Tensor {
  return tidy(() => aten.linalg_eigvalsh(embeddingCovariance(z), "L").flip([-1]).clampMin(0));
}

/** RankMe of Z (see {@link EmbeddingMetrics.effectiveRank}). @example effectiveRank(randn([4096, 64])) // ≈ 63 */
export function effectiveRank(z: Tensor): number {
  return withMoments(z, (m) => metricsFromMoments(m).effectiveRank);
}

/** Gaussian entropy ½ Σ log(2πe(λᵢ + 1e-6)) in nats. @example gaussianEntropy(z) // -20.3 */
export function gaussianEntropy(z: Tensor): number {
  return withMoments(z, (m) => metricsFromMoments(m).entropy);
}

/** Σ log(λᵢ + 1e-6) = log det(C + 1e-6·I). @example logDet(z) // -120.5 */
export function logDet(z: Tensor): number {
  return withMoments(z, (m) => metricsFromMoments(m).logDet);
}

/**
 * Mean |R_ij|, i ≠ j, of the correlation matrix over live dimensions; `signed` drops the absolute value.
 * @example avgCorrelation(tensor([[1, 2], [2, 4], [3, 7]])) // ≈ 0.99
 */
export function avgCorrelation(z: Tensor, signed = false): number | null {
  return withMoments(z, (m) => {
    const r = metricsFromMoments(m);
    return signed ? r.avgCorrelationSigned : r.avgCorrelation;
  });
}

/** Number of eigenvalues of C below 1e-5·λ₁ (D when λ₁ = 0). @example collapsedDims(lowRank) // 56 */
export function collapsedDims(z: Tensor): number {
  return withMoments(z, (m) => metricsFromMoments(m).collapsedDims);
}

/** Number of dimensions with std ≤ 1e-12. @example deadDims(tensor([[1, 5], [2, 5]])) // 1 */
export function deadDims(z: Tensor): number {
  return withMoments(z, (m) => metricsFromMoments(m).deadDims);
}

/** Mean per-dimension unbiased std of the l2-normalised rows. @example stdL2Normalized(randn([4096, 64])) // ≈ 0.125 */
export function stdL2Normalized(z: Tensor): number {
  return withMoments(z, (m) => m.uScatter.div(m.n - 1).sqrt().mean().item());
}

/** Power-law decay α of the covariance spectrum (α-ReQ). @example alphaReQ(z) // 0.9 */
export function alphaReQ(z: Tensor): number | null {
  return withMoments(z, (m) => metricsFromMoments(m).alphaReQ);
}

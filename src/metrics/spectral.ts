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
    const eig = aten.linalg_eigvalsh(stack([c, g]), "L").flip([-1]).clampMin(0); // [2, D] descending
    const lam = eig.select(0, 0); // [D]
    const spectrum = Array.from(lam.toFloat64Array());
    const variances = c.diagonal(); // [D]
    const traceC = variances.sum().item();
    const meanSq = g.diagonal().sum().item(); // mean ‖z‖²

    // RankMe on σ = √eig(ZᵀZ/N), top min(N, D).
    const k = Math.min(n, dim);
    const sigma = eig.select(0, 1).narrow(0, 0, k).sqrt(); // [k]
    const sigmaSum = sigma.sum().item();
    let effectiveRank = 0;
    if (sigmaSum > 0) {
      const p = sigma.div(sigmaSum).add(RANKME_EPS);
      effectiveRank = p.mul(p.log()).sum().neg().exp().item();
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
    const traceRatio = meanSq > 0 ? traceC / meanSq : 0;
    const alphaReQ = zero ? null : fitPowerLaw(lam, dim - collapsedDims);

    return {
      n, dim, spectrum, effectiveRank, entropy, logDet, avgCorrelation, avgCorrelationSigned, collapsedDims,
      deadDims, stdL2Normalized, alphaReQ, traceRatio,
    };
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

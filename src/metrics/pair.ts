/**
 * Metrics of two views Z1, Z2 [N, D] (row i of Z1 and row i of Z2 are a positive pair), streamed chunk by chunk:
 *
 * - `alignment` (Wang & Isola, ICML 2020, α = 2): mean ‖u1ᵢ − u2ᵢ‖² on l2-normalised rows u = z/max(‖z‖, 1e-12).
 * - `uniformity` (same paper, t = 2): log mean_{i<j} exp(−2‖uᵢ − uⱼ‖²), averaged over the two views as in the
 *   paper's loss; computed on a deterministic subsample of at most {@link PAIR_SAMPLE} rows (every ⌈N/4096⌉-th row),
 *   because it needs all pairs.
 * - `crossCorrelationDiagonal` / `crossCorrelationOffDiagonal` (Barlow Twins, Zbontar et al. 2021): the
 *   cross-correlation c_ij = 1/N Σ_b ẑ1_bi ẑ2_bj of the batch-standardised views (mean 0, biased std 1; a column
 *   with std ≤ 1e-12 contributes 0), its mean diagonal (→ 1 when invariant) and mean |off-diagonal| (→ 0 when
 *   decorrelated).
 * - `energyGap` (the poster's EBM view): mean distance of random pairs minus mean distance of positive pairs, on the
 *   l2-normalised rows (so it is scale-free, in [−2, 2]). Positives: all N pairs. Random pairs: row i of the Z1
 *   subsample with row (i + ⌊S/2⌋) mod S of the Z2 subsample — a fixed derangement, so no RNG state is touched.
 *   ≈ 0 means the energy landscape is flat (collapse: every pair is "compatible").
 *
 * @example
 * const p = pairMetrics(z1, z2);   // { alignment: 0.4, uniformity: -3.1, ..., energyGap: 0.9 }
 */
import { aten, cat, keep, tidy, type Tensor } from "../tensor/index.js";
import { InputError } from "../util/errors.js";
import { countNonFinite, nonFiniteMessage, type NonFinite } from "./moments.js";

/** Rows used for uniformity and random pairs. */
export const PAIR_SAMPLE = 4096;

export interface PairReport {
  n: number;
  alignment: number;
  uniformity: number;
  crossCorrelationDiagonal: number;
  crossCorrelationOffDiagonal: number;
  /** Mean distance of random pairs minus mean distance of positive pairs (l2-normalised rows). */
  energyGap: number;
  /** Mean ‖u1ᵢ − u2ᵢ‖ over positive pairs. */
  positiveDistance: number;
  /** Mean ‖u1ᵢ − u2ⱼ‖ over the random pairs. */
  randomDistance: number;
}

/** Streams {@link PairReport} over aligned row chunks of the two views. `total` = N (fixes the subsample). */
export class PairAccumulator {
  private n = 0;
  private readonly stride: number;
  private mean1: Tensor | null = null;
  private mean2: Tensor | null = null;
  private ss1: Tensor | null = null; // [D] Σ (z1 − z̄1)²
  private ss2: Tensor | null = null; // [D]
  private m12: Tensor | null = null; // [D, D] Σ (z1 − z̄1)(z2 − z̄2)ᵀ
  private align = 0;
  private posDist = 0;
  private sample1: Tensor[] = [];
  private sample2: Tensor[] = [];
  /** NaN/Inf values seen in the second view (the first view is checked by its MomentAccumulator). */
  nonFinite: NonFinite | null = null;

  constructor(readonly total: number) {
    this.stride = Math.max(1, Math.ceil(total / PAIR_SAMPLE));
  }

  /** Adds rows [offset, offset + m) of both views. [m, D] each */
  add(a: Tensor, b: Tensor): void {
    const m = a.size(0);
    if (m === 0) return;
    const offset = this.n;
    this.nonFinite = countNonFinite(b, offset, this.nonFinite);
    if (this.nonFinite) {
      this.n += m;
      return;
    }
    tidy(() => {
      const x1 = a.to("float64"); // [m, D]
      const x2 = b.to("float64"); // [m, D]
      const u1 = x1.normalize(1);
      const u2 = x2.normalize(1);
      const d = aten.linalg_vector_norm(u1.sub(u2), 2, [1]); // [m] positive-pair distances
      this.align += d.square().sum().item();
      this.posDist += d.sum().item();
      // Rows offset + j with (offset + j) % stride == 0 join the subsample.
      const first = (this.stride - (offset % this.stride)) % this.stride;
      if (first < m) {
        const idx = aten.arange_start_step(first, m, this.stride, "int64");
        this.sample1.push(keep(u1.indexSelect(0, idx)));
        this.sample2.push(keep(u2.indexSelect(0, idx)));
      }
      const mu1 = x1.mean(0);
      const mu2 = x2.mean(0);
      x1.sub_(mu1);
      x2.sub_(mu2);
      const s1 = x1.square().sum(0);
      const s2 = x2.square().sum(0);
      const c12 = x1.t().mm(x2); // [D, D]
      if (this.n === 0) {
        [this.mean1, this.mean2, this.ss1, this.ss2, this.m12] = [mu1, mu2, s1, s2, c12].map((t) => keep(t));
      } else {
        const na = this.n;
        const nt = na + m;
        const w = (na * m) / nt;
        const d1 = mu1.sub(this.mean1!);
        const d2 = mu2.sub(this.mean2!);
        this.ss1!.add_(s1).add_(d1.square().mul(w));
        this.ss2!.add_(s2).add_(d2.square().mul(w));
        this.m12!.add_(c12);
        aten.addr_(this.m12!, d1, d2, 1, w);
        this.mean1!.add_(d1, m / nt);
        this.mean2!.add_(d2, m / nt);
      }
    });
    this.n += m;
  }

  /**
   * The report; frees the accumulated tensors.
   * @param where names the second view in errors
   */
  finish(where = "z2"): PairReport {
    try {
      if (this.nonFinite) throw new InputError(where, nonFiniteMessage(this.nonFinite));
      if (this.n < 2) throw new InputError("--pair", `need at least 2 rows, got ${this.n}`);
      const n = this.n;
      return tidy(() => {
        const s1 = this.ss1!.div(n).sqrt(); // [D] biased std
        const s2 = this.ss2!.div(n).sqrt();
        const dim = s1.size(0);
        const live = aten.outer(s1.gt(1e-12), s2.gt(1e-12)); // [D, D] both columns alive
        const denom = aten.outer(s1, s2).mul(n).where(live, 1);
        const c = this.m12!.div(denom).where(live, 0); // [D, D] cross-correlation
        const diag = c.diagonal();
        const crossCorrelationDiagonal = diag.mean().item();
        const crossCorrelationOffDiagonal =
          dim > 1 ? (c.abs().sum().item() - diag.abs().sum().item()) / (dim * (dim - 1)) : 0;

        const u1 = cat(this.sample1); // [S, D]
        const u2 = cat(this.sample2); // [S, D]
        const S = u1.size(0);
        const unif = (u: Tensor) => aten.pdist(u, 2).square().mul(-2).exp().mean().log().item();
        const uniformity = S >= 2 ? (unif(u1) + unif(u2)) / 2 : 0;
        const shift = Math.floor(S / 2);
        const perm = aten.remainder_Scalar(aten.arange_start(shift, shift + S, "int64"), S);
        const randomDistance = aten.linalg_vector_norm(u1.sub(u2.indexSelect(0, perm)), 2, [1]).mean().item();
        const positiveDistance = this.posDist / n;
        return {
          n,
          alignment: this.align / n,
          uniformity,
          crossCorrelationDiagonal,
          crossCorrelationOffDiagonal,
          energyGap: randomDistance - positiveDistance,
          positiveDistance,
          randomDistance,
        };
      });
    } finally {
      this.dispose();
    }
  }

  dispose(): void {
    for (const t of [this.mean1, this.mean2, this.ss1, this.ss2, this.m12, ...this.sample1, ...this.sample2]) t?.dispose();
    this.mean1 = this.mean2 = this.ss1 = this.ss2 = this.m12 = null;
    this.sample1 = [];
    this.sample2 = [];
  }
}

/**
 * Pair metrics of two in-memory views (see the module comment). [N, D] each
 * @example pairMetrics(z1, z2).energyGap // 0.9 healthy, ≈ 0 collapsed
 */
export function pairMetrics(z1: Tensor, z2: Tensor): PairReport {
  const s1 = z1.shape;
  const s2 = z2.shape;
  if (s1.length !== 2 || s1.join() !== s2.join()) {
    throw new InputError("z2", `expected the shape of z1 [${s1.join(", ")}], got [${s2.join(", ")}]`);
  }
  const acc = new PairAccumulator(s1[0]!);
  try {
    const nf = countNonFinite(z1, 0, null);
    if (nf) throw new InputError("z1", nonFiniteMessage(nf));
    acc.add(z1, z2);
  } catch (e) {
    acc.dispose();
    throw e;
  }
  return acc.finish();
}

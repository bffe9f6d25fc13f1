/**
 * Streaming float64 moments of embedding rows: everything the collapse metrics need, accumulated chunk by chunk so
 * that a file of any size is analysed with memory ≈ one chunk + a few D×D float64 matrices.
 *
 * Per chunk X (m rows) we compute its mean and centred scatter in float64 and merge them with the running totals by
 * Chan, Golub & LeVeque's pairwise update (1979):
 *   n = nₐ + m,  δ = x̄_chunk − x̄ₐ,  M₂ = M₂ₐ + M₂_chunk + δδᵀ · nₐ·m / n,  x̄ = x̄ₐ + δ · m / n.
 * Unlike accumulating raw Σz and ZᵀZ and subtracting N·z̄z̄ᵀ at the end, this never cancels catastrophically when
 * the rows share a large common vector — exactly the total-collapse case we must measure. The uncentred Gram ZᵀZ
 * (needed by RankMe) is recovered exactly as M₂ + N·z̄z̄ᵀ.
 *
 * The same update runs on the l2-normalised rows u = z/max(‖z‖, 1e-12) (diagonal only) for `stdL2Normalized`.
 *
 * @example
 * const acc = new MomentAccumulator();
 * for (const chunk of chunks) acc.add(chunk);   // [m, D] each, any float dtype
 * const m = acc.finish();                        // Moments (float64 tensors, owned by the caller)
 * m.dispose();
 */
import { aten, keep, tidy, type Tensor } from "../tensor/index.js";
import { InputError } from "../util/errors.js";

/** Moments of N rows of dimension D, in float64. Tensors are owned by whoever holds this object. */
export interface Moments {
  n: number;
  dim: number;
  /** Row mean z̄. [D] */
  mean: Tensor;
  /** Centred scatter Σᵢ (zᵢ − z̄)(zᵢ − z̄)ᵀ (the covariance times N). [D, D] */
  scatter: Tensor;
  /** Mean of the l2-normalised rows ū. [D] */
  uMean: Tensor;
  /** Σᵢ (uᵢ − ū)² per dimension. [D] */
  uScatter: Tensor;
  /**
   * Uncentred Gram Σ zᵢzᵢᵀ of the first `halfRows` rows, when the accumulator was asked for it: RankMe of each half
   * of the rows, to tell whether N was large enough. [D, D]
   */
  halfGram?: Tensor;
  /** Rows in `halfGram`. */
  halfRows?: number;
  /** Frees the tensors. */
  dispose(): void;
}

/** Where the first NaN/Inf was seen, and how many there were. */
export interface NonFinite {
  count: number;
  row: number;
  col: number;
}

/** Accumulates {@link Moments} over row chunks (see the module comment for the update rule). */
export class MomentAccumulator {
  private n = 0;
  private halfGram: Tensor | null = null;
  private dim = -1;
  private mean: Tensor | null = null;
  private scatter: Tensor | null = null;
  private uMean: Tensor | null = null;
  private uScatter: Tensor | null = null;
  /** NaN/Inf values seen so far (accumulation stops at the first one, counting continues). */
  nonFinite: NonFinite | null = null;

  /**
   * @param split with it, the Gram of rows [0, split) is kept too ({@link Moments.halfGram}); pass ⌊N/2⌋ when N is
   *   known in advance (streaming a file, or one in-memory matrix).
   */
  constructor(private readonly split = 0) {}

  /** Rows added so far. */
  get rows(): number {
    return this.n;
  }

  /**
   * Adds a chunk of rows. [m, D]
   * @param rowOffset index of the chunk's first row in the whole input (for NaN/Inf messages)
   */
  add(chunk: Tensor, rowOffset = this.n): void {
    const shape = chunk.shape;
    if (shape.length !== 2) throw new TypeError(`MomentAccumulator.add: expected [rows, D], got [${shape.join(", ")}]`);
    const [m, d] = shape as [number, number];
    if (this.dim < 0) this.dim = d;
    else if (d !== this.dim) throw new TypeError(`MomentAccumulator.add: chunk has D = ${d}, earlier chunks ${this.dim}`);
    if (m === 0) return;
    tidy(() => {
      const owned = chunk.dtype !== "float64";
      const x = owned ? chunk.to("float64") : chunk; // [m, D]
      const mu = x.mean(0); // [D]
      // A NaN/Inf anywhere makes its column mean non-finite (a float64 sum of float32 values cannot overflow), so the
      // full per-element check runs only when this cheap one fails; one NaN would silently poison every metric.
      if (this.nonFinite || aten.count_nonzero(aten.isfinite(mu)).item() !== d) {
        this.nonFinite = countNonFinite(chunk, rowOffset, this.nonFinite);
        if (this.nonFinite) return;
      }
      if (this.n < this.split) {
        const first = x.narrow(0, 0, Math.min(m, this.split - this.n)); // [k, D] rows before the split
        const g = first.t().mm(first); // [D, D]
        if (this.halfGram) this.halfGram.add_(g);
        else this.halfGram = keep(g);
      }
      const u = x.normalize(1); // [m, D] l2-normalised rows (F.normalize, eps 1e-12)
      const uMu = u.mean(0); // [D]
      u.sub_(uMu);
      const uSs = aten.linalg_vector_norm(u, 2, [0]).square(); // [D]  Σ (u − ū)² without another [m, D] temp
      u.dispose();
      const xc = owned ? x.sub_(mu) : x.sub(mu); // [m, D], centred in place when x is our own copy
      const ss = xc.t().mm(xc); // [D, D]
      if (this.n === 0) {
        this.mean = keep(mu);
        this.scatter = keep(ss);
        this.uMean = keep(uMu);
        this.uScatter = keep(uSs);
      } else {
        const na = this.n;
        const nt = na + m;
        const w = (na * m) / nt;
        const delta = mu.sub(this.mean!);
        this.scatter!.add_(ss);
        aten.addr_(this.scatter!, delta, delta, 1, w);
        this.mean!.add_(delta, m / nt);
        const du = uMu.sub(this.uMean!);
        this.uScatter!.add_(uSs).add_(du.square().mul(w));
        this.uMean!.add_(du, m / nt);
      }
    });
    this.n += m;
  }

  /**
   * Hands the moments over (the accumulator is empty afterwards).
   * @param where names the input in errors (NaN/Inf, fewer than 2 rows)
   */
  finish(where = "embeddings"): Moments {
    if (this.nonFinite) {
      const msg = nonFiniteMessage(this.nonFinite);
      this.dispose();
      throw new InputError(where, msg);
    }
    if (this.n < 2 || !this.mean) {
      const n = this.n;
      this.dispose();
      throw new InputError(where, `need at least 2 rows to measure a spread, got ${n}`);
    }
    const out: Moments = {
      n: this.n,
      dim: this.dim,
      mean: this.mean,
      scatter: this.scatter!,
      uMean: this.uMean!,
      uScatter: this.uScatter!,
      ...(this.halfGram && this.split > 0 && this.split < this.n ? { halfGram: this.halfGram, halfRows: this.split } : {}),
      dispose() {
        for (const t of [out.mean, out.scatter, out.uMean, out.uScatter, out.halfGram]) t?.dispose();
      },
    };
    if (!out.halfGram) this.halfGram?.dispose();
    this.mean = this.scatter = this.uMean = this.uScatter = this.halfGram = null;
    this.n = 0;
    return out;
  }

  /** Frees whatever was accumulated. */
  dispose(): void {
    for (const t of [this.mean, this.scatter, this.uMean, this.uScatter, this.halfGram]) t?.dispose();
    this.mean = this.scatter = this.uMean = this.uScatter = this.halfGram = null;
    this.n = 0;
  }
}

/**
 * Adds the NaN/Inf values of `chunk` [m, D] (whose first row is row `rowOffset` of the input) to `seen`; returns the
 * updated record (null while everything is finite). Locating the first one costs an argwhere only once.
 */
export function countNonFinite(chunk: Tensor, rowOffset: number, seen: NonFinite | null): NonFinite | null {
  return tidy(() => {
    const fin = aten.isfinite(chunk);
    const bad = chunk.numel - aten.count_nonzero(fin).item();
    if (bad === 0) return seen;
    if (seen) return { ...seen, count: seen.count + bad };
    const at = aten.argwhere(fin.logicalNot()).select(0, 0).toFloat64Array();
    return { count: bad, row: rowOffset + at[0]!, col: at[at.length - 1]! };
  });
}

/** The one-line message for non-finite values. */
export function nonFiniteMessage(nf: NonFinite): string {
  return `${nf.count} NaN/Inf value${nf.count === 1 ? "" : "s"}, the first at row ${nf.row}, column ${nf.col}`;
}

/** Moments of an in-memory embedding matrix (one chunk of the streaming update). [N, D] */
export function moments(z: Tensor, where = "embeddings"): Moments {
  const acc = new MomentAccumulator(Math.floor(z.size(0) / 2));
  try {
    acc.add(z);
  } catch (e) {
    acc.dispose();
    throw e;
  }
  return acc.finish(where);
}

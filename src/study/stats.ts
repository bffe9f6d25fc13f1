/**
 * Rank statistics for the validation harness, on a few dozen numbers per metric (one per run): Kendall's τ_b and
 * Spearman's ρ with ties, and percentile-bootstrap intervals over runs. Plain arithmetic on summaries, not tensor
 * kernels: the inputs are the runs' final metrics and probe accuracies.
 *
 * @example
 * kendallTauB([1, 2, 3, 4], [1, 3, 2, 4]);      // 0.667
 * spearman([1, 2, 3, 4], [1, 3, 2, 4]);         // 0.8
 * bootstrapInterval([1, 2, 3, 4], [1, 3, 2, 4], kendallTauB, { seed: 1 }); // [lo, hi]
 */
import { seededRandom } from "../util/random.js";

/**
 * Kendall's τ_b = (C − D)/√((n₀ − n₁)(n₀ − n₂)), n₀ = n(n − 1)/2, n₁ and n₂ the pairs tied in x and in y (Kendall
 * 1945; scipy.stats.kendalltau's default). null with fewer than 2 pairs or a constant input.
 */
export function kendallTauB(x: number[], y: number[]): number | null {
  const n = x.length;
  let conc = 0;
  let disc = 0;
  let tieX = 0;
  let tieY = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const dx = Math.sign(x[i]! - x[j]!);
      const dy = Math.sign(y[i]! - y[j]!);
      if (dx === 0) tieX++;
      if (dy === 0) tieY++;
      if (dx !== 0 && dy !== 0) {
        if (dx === dy) conc++;
        else disc++;
      }
    }
  }
  const n0 = (n * (n - 1)) / 2;
  const denom = Math.sqrt((n0 - tieX) * (n0 - tieY));
  return denom > 0 ? (conc - disc) / denom : null;
}

/** Ranks 1..n, ties get their mean rank. */
export function ranks(v: number[]): number[] {
  const order = v.map((x, i) => [x, i] as const).sort((a, b) => a[0] - b[0]);
  const r = new Array<number>(v.length);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && order[j + 1]![0] === order[i]![0]) j++;
    for (let k = i; k <= j; k++) r[order[k]![1]] = (i + j) / 2 + 1;
    i = j + 1;
  }
  return r;
}

/** Spearman's ρ: Pearson's correlation of the (tie-averaged) ranks. null for a constant input. */
export function spearman(x: number[], y: number[]): number | null {
  return pearson(ranks(x), ranks(y));
}

/** Pearson's correlation. null for fewer than 2 points or a constant input. */
export function pearson(x: number[], y: number[]): number | null {
  const n = x.length;
  if (n < 2) return null;
  const mx = x.reduce((a, b) => a + b, 0) / n;
  const my = y.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (x[i]! - mx) * (y[i]! - my);
    sxx += (x[i]! - mx) ** 2;
    syy += (y[i]! - my) ** 2;
  }
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : null;
}

/**
 * Percentile-bootstrap interval of `stat(x, y)` over runs: `resamples` resamples of the n (x, y) pairs with
 * replacement; resamples where the statistic is undefined (all tied) are skipped. null when none is defined.
 */
export function bootstrapInterval(
  x: number[],
  y: number[],
  stat: (x: number[], y: number[]) => number | null,
  opts: { resamples?: number; level?: number; seed?: number } = {},
): [number, number] | null {
  const { resamples = 2000, level = 0.95, seed = 0 } = opts;
  const rnd = seededRandom(seed);
  const n = x.length;
  const values: number[] = [];
  for (let b = 0; b < resamples; b++) {
    const xs: number[] = [];
    const ys: number[] = [];
    for (let i = 0; i < n; i++) {
      const k = Math.floor(rnd() * n);
      xs.push(x[k]!);
      ys.push(y[k]!);
    }
    const s = stat(xs, ys);
    if (s !== null && Number.isFinite(s)) values.push(s);
  }
  if (!values.length) return null;
  values.sort((a, b) => a - b);
  const q = (p: number) => values[Math.min(values.length - 1, Math.max(0, Math.floor(p * (values.length - 1))))]!;
  return [q((1 - level) / 2), q(1 - (1 - level) / 2)];
}

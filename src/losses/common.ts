/**
 * What every loss in this folder shares: the result type, view validation, option checking, pair averaging and
 * a few matrix helpers. Nothing numeric happens in TypeScript; the helpers only compose libtorch ops.
 */
import { aten, isFloating, type Tensor } from "../tensor/index.js";
import { InputError } from "../util/errors.js";

/**
 * A loss value and its named parts. `loss` is a differentiable scalar in the views' dtype; each term is a scalar
 * of the same graph (unweighted, so a term stays visible when its weight is 0 in an ablation). Every loss file
 * says how its terms combine into `loss`.
 */
export interface LossResult {
  loss: Tensor; // []
  terms: Record<string, Tensor>; // each []
}

/** A loss: K ≥ 2 views `[N, D]` (row b of every view is the same sample) and options → {@link LossResult}. */
export type LossFunction<O> = (views: Tensor[], opts?: Partial<O>) => LossResult;

/**
 * Throws an {@link InputError} naming the view unless there are K ≥ 2 floating-point views of one shape `[N, D]`
 * and one dtype with N ≥ 2 (batch statistics need two samples). Returns `[N, D]`.
 */
export function checkViews(views: readonly Tensor[], loss: string): [number, number] {
  if (!Array.isArray(views) || views.length < 2) {
    throw new InputError("views", `${loss} needs at least 2 views, got ${Array.isArray(views) ? views.length : typeof views}`);
  }
  const first = views[0]!;
  views.forEach((v, i) => {
    const where = `views[${i}]`;
    if (v.ndim !== 2) throw new InputError(where, `expected a 2-D tensor [N, D], got shape [${v.shape.join(", ")}]`);
    if (!isFloating(v.dtype) || v.dtype === "float16" || v.dtype === "bfloat16") {
      throw new InputError(where, `expected float32 or float64 values, got ${v.dtype}`);
    }
    if (v.dtype !== first.dtype) throw new InputError(where, `dtype ${v.dtype} differs from views[0]'s ${first.dtype}`);
    if (v.shape[0] !== first.shape[0] || v.shape[1] !== first.shape[1]) {
      throw new InputError(where, `shape [${v.shape.join(", ")}] differs from views[0]'s [${first.shape.join(", ")}]`);
    }
  });
  const [n, d] = first.shape as [number, number];
  if (n < 2) throw new InputError("views[0]", `${loss} needs N ≥ 2 samples per view (batch statistics), got N = ${n}`);
  if (d < 1) throw new InputError("views[0]", `expected D ≥ 1 dimensions, got D = ${d}`);
  return [n, d];
}

/** A numeric option's check: the predicate and the phrase that says what is allowed. */
export type OptionCheck = [(v: number) => boolean, string];
export const positive: OptionCheck = [(v) => v > 0, "a number > 0"];
export const nonNegative: OptionCheck = [(v) => v >= 0, "a number ≥ 0"];
export const positiveInt: OptionCheck = [(v) => Number.isInteger(v) && v >= 1, "an integer ≥ 1"];

/**
 * Merges `opts` over `defaults` and validates every numeric field. A bad value throws an {@link InputError} whose
 * `where` is the option's name (the CLI maps it to its flag).
 */
export function resolveOptions<O extends object>(
  defaults: Readonly<O>,
  opts: Partial<O> | undefined,
  checks: Partial<Record<keyof O, OptionCheck>>,
): O {
  const out = { ...defaults } as O;
  for (const [k, v] of Object.entries(opts ?? {})) {
    if (v === undefined) continue;
    if (!(k in defaults)) throw new InputError(k, `unknown option (expected one of ${Object.keys(defaults).join(", ")})`);
    (out as Record<string, unknown>)[k] = v;
  }
  for (const [k, v] of Object.entries(out)) {
    const check = (checks as Record<string, OptionCheck | undefined>)[k];
    if (v === undefined) continue; // an optional option left unset (e.g. W-MSE's wSize = N)
    if (typeof v === "number" || check) {
      if (typeof v !== "number" || !Number.isFinite(v)) throw new InputError(k, `expected a finite number, got ${String(v)}`);
      if (check && !check[0](v)) throw new InputError(k, `expected ${check[1]}, got ${v}`);
    } else if (typeof (defaults as Record<string, unknown>)[k] === "boolean" && typeof v !== "boolean") {
      throw new InputError(k, `expected true or false, got ${String(v)}`);
    }
  }
  return out;
}

/** Every unordered pair (i, j), i < j, of K views: the pairs a multi-view loss averages over. */
export function viewPairs(k: number): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < k; i++) for (let j = i + 1; j < k; j++) out.push([i, j]);
  return out;
}

/** Mean of equally-named scalar terms over several results (K > 2 views → mean over pairs). */
export function meanTerms(parts: Record<string, Tensor>[]): Record<string, Tensor> {
  if (parts.length === 1) return parts[0]!;
  const out: Record<string, Tensor> = {};
  for (const name of Object.keys(parts[0]!)) {
    out[name] = aten.stack(parts.map((p) => p[name]!), 0).mean();
  }
  return out;
}

/** The D·(D−1) off-diagonal entries of a square `[D, D]` matrix, flattened (the official Barlow Twins / VICReg trick). */
export function offDiagonal(m: Tensor): Tensor {
  const d = m.shape[0]!;
  // Dropping the last element and viewing as [D−1, D+1] puts every diagonal entry in column 0.
  return m.flatten().narrow(0, 0, d * d - 1).view([d - 1, d + 1]).narrow(1, 1, d).flatten();
}

/** Columns centred on the batch mean. `[N, D]` → `[N, D]`. */
export function centre(z: Tensor): Tensor {
  return z.sub(z.mean(0, true));
}

/** Unbiased covariance of the columns, `zcᵀ zc / (N − 1)` with zc centred. `[N, D]` → `[D, D]`. */
export function covariance(z: Tensor): Tensor {
  const zc = centre(z);
  return zc.t().mm(zc).div(z.shape[0]! - 1);
}

/** Mean squared difference over all N·D entries (as `F.mse_loss`). `[N, D]`, `[N, D]` → `[]`. */
export function mse(a: Tensor, b: Tensor): Tensor {
  return a.sub(b).square().mean();
}

/**
 * Input checks shared by the losses that take two lists of outputs rather than K views of one embedding: SimSiam
 * and BYOL (predictions p and targets z), DINO (student and teacher outputs). Errors name the list and the index,
 * e.g. `p[1]` or `teacher[0]`, so that a caller wiring a method sees which output is wrong.
 */
import { isFloating, type DType, type Tensor } from "../tensor/index.js";
import { InputError } from "../util/errors.js";

/** What a valid list of outputs looks like: its length, the common `[N, D]` and the common dtype. */
export interface OutputsShape {
  count: number;
  n: number;
  d: number;
  dtype: DType;
}

/**
 * Throws an {@link InputError} naming `name[i]` unless `ts` holds at least `minCount` float32/float64 tensors of one
 * shape `[N, D]` (N, D ≥ 1) and one dtype.
 */
export function checkOutputs(ts: readonly Tensor[], name: string, loss: string, minCount: number): OutputsShape {
  if (!Array.isArray(ts) || ts.length < minCount) {
    const got = Array.isArray(ts) ? `${ts.length}` : typeof ts;
    throw new InputError(name, `${loss} needs at least ${minCount} tensor(s) in ${name}, got ${got}`);
  }
  const first = ts[0]!;
  ts.forEach((t, i) => {
    const where = `${name}[${i}]`;
    if (t.ndim !== 2) throw new InputError(where, `expected a 2-D tensor [N, D], got shape [${t.shape.join(", ")}]`);
    if (!isFloating(t.dtype) || t.dtype === "float16" || t.dtype === "bfloat16") {
      throw new InputError(where, `expected float32 or float64 values, got ${t.dtype}`);
    }
    if (t.dtype !== first.dtype) throw new InputError(where, `dtype ${t.dtype} differs from ${name}[0]'s ${first.dtype}`);
    if (t.shape[0] !== first.shape[0] || t.shape[1] !== first.shape[1]) {
      throw new InputError(where, `shape [${t.shape.join(", ")}] differs from ${name}[0]'s [${first.shape.join(", ")}]`);
    }
  });
  const [n, d] = first.shape as [number, number];
  if (n < 1 || d < 1) throw new InputError(`${name}[0]`, `expected N ≥ 1 rows and D ≥ 1 columns, got [${n}, ${d}]`);
  return { count: ts.length, n, d, dtype: first.dtype };
}

/** Throws an {@link InputError} naming `bName[0]` unless the two lists' tensors share shape and dtype. */
export function checkSameOutputs(a: OutputsShape, aName: string, b: OutputsShape, bName: string): void {
  if (a.n !== b.n || a.d !== b.d) {
    throw new InputError(`${bName}[0]`, `shape [${b.n}, ${b.d}] differs from ${aName}[0]'s [${a.n}, ${a.d}]`);
  }
  if (a.dtype !== b.dtype) throw new InputError(`${bName}[0]`, `dtype ${b.dtype} differs from ${aName}[0]'s ${a.dtype}`);
}

/**
 * Checks predictions and targets of a predictor method (SimSiam, BYOL): K ≥ 2 of each, the same K, one shape and
 * one dtype. Returns K.
 */
export function checkPredictionsAndTargets(p: readonly Tensor[], z: readonly Tensor[], loss: string, names: [string, string]): number {
  const ps = checkOutputs(p, names[0], loss, 2);
  const zs = checkOutputs(z, names[1], loss, 2);
  if (ps.count !== zs.count) {
    throw new InputError(names[1], `${loss} needs one target per prediction: ${ps.count} in ${names[0]}, ${zs.count} in ${names[1]}`);
  }
  checkSameOutputs(ps, names[0], zs, names[1]);
  return ps.count;
}

/** The K(K − 1) ordered pairs (i, j), i ≠ j: prediction of view i against the target of view j. */
export function orderedPairs(k: number): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < k; i++) for (let j = 0; j < k; j++) if (i !== j) out.push([i, j]);
  return out;
}

/**
 * Throws an {@link InputError} naming the option unless each named field is a boolean (`resolveOptions` lets a
 * number through where the default is a boolean).
 */
export function checkBooleans<O extends object>(o: O, names: (keyof O & string)[]): void {
  for (const k of names) {
    const v = (o as Record<string, unknown>)[k];
    if (typeof v !== "boolean") throw new InputError(k, `expected true or false, got ${String(v)}`);
  }
}

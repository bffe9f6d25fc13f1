/**
 * Test helpers for the loss tests (not exported from the package): autograd and finite-difference gradients,
 * relative errors, random views, and the Python prelude that the PyTorch references of the official code share.
 */
import { memory, randn, tensor, tidy, type Tensor } from "../tensor/index.js";
import { enc } from "./torch-ref.js";
import type { LossResult } from "../losses/common.js";

/** Loss value, term values and d loss / d views[0], by our autograd. */
export interface Evaluated {
  loss: number;
  terms: Record<string, number>;
  grad: Float64Array;
}

/** Runs `fn` on `views` with views[0] as a fresh leaf that requires grad; returns values and its gradient. */
export function evaluate(fn: (views: Tensor[]) => LossResult, views: Tensor[], device = "cpu"): Evaluated {
  return tidy(() => {
    // On `device` (a copy of each view; the values come back to the CPU as numbers).
    const z1 = views[0]!.detach().to({ device }).requiresGrad_();
    const r = fn([z1, ...views.slice(1).map((v) => (device === "cpu" ? v : v.to({ device })))]);
    r.loss.backward();
    const g = z1.grad;
    if (!g) throw new Error("no gradient reached views[0]");
    return {
      loss: r.loss.item(),
      terms: Object.fromEntries(Object.entries(r.terms).map(([k, t]) => [k, t.item()])),
      grad: g.toFloat64Array(),
    };
  });
}

/** max |a − b| / max |b| (b is the reference); the absolute difference when b is all zeros. */
export function relErr(a: ArrayLike<number> | number, b: ArrayLike<number> | number): number {
  const x = typeof a === "number" ? [a] : Array.from(a);
  const y = typeof b === "number" ? [b] : Array.from(b);
  if (x.length !== y.length) throw new Error(`length mismatch ${x.length} vs ${y.length}`);
  let diff = 0;
  let scale = 0;
  for (let i = 0; i < x.length; i++) {
    diff = Math.max(diff, Math.abs(x[i]! - y[i]!));
    scale = Math.max(scale, Math.abs(y[i]!));
  }
  return scale === 0 ? diff : diff / scale;
}

/**
 * Central finite differences of `loss(views)` w.r.t. a few entries of views[0] (float64, step h). Returns the
 * flat indices and the estimates.
 */
export function finiteDiff(fn: (views: Tensor[]) => LossResult, views: Tensor[], indices: number[], h = 1e-6): number[] {
  const base = views[0]!.toFloat64Array();
  const shape = views[0]!.shape;
  const at = (i: number, delta: number): number =>
    tidy(() => {
      const x = Float64Array.from(base);
      x[i] = x[i]! + delta;
      return fn([tensor(x, shape), ...views.slice(1)]).loss.item();
    });
  return indices.map((i) => (at(i, h) - at(i, -h)) / (2 * h));
}

/** K random float64 views `[N, D]` that share a signal (so the views are correlated like augmentations). */
export function randomViews(k: number, n: number, d: number, noise = 0.5): Tensor[] {
  return tidy(() => {
    const base = randn([n, d], "float64");
    // Unequal column scales so that variance hinges and correlations are not all alike.
    const scales = tensor(Float64Array.from({ length: d }, (_, j) => 0.4 + (1.2 * j) / Math.max(1, d - 1)), [1, d]);
    return Array.from({ length: k }, () => base.add(randn([n, d], "float64").mul(noise)).mul(scales));
  });
}

/** A number from a {@link torchRef} result: a plain number or an encoded 0-d tensor. */
export function num(v: unknown): number {
  if (typeof v === "number") return v;
  const t = v as { $t: number[] };
  if (t.$t.length !== 1) throw new Error(`expected a scalar, got ${t.$t.length} values`);
  return t.$t[0]!;
}

/** The reference output of {@link PY_PRELUDE}'s `run`. */
export interface RefOut {
  loss: unknown;
  terms: Record<string, unknown>;
  grad: { $t: number[] };
}

/** Asserts loss, every term and the gradient of `ours` match `ref` to `tol` relative; `label` names the case. */
export function assertMatches(ours: Evaluated, ref: RefOut, label: string, tol = 1e-10): void {
  const e = relErr(ours.loss, num(ref.loss));
  if (!(e <= tol)) throw new Error(`${label}: loss ${ours.loss} vs reference ${num(ref.loss)} (rel err ${e})`);
  for (const [k, v] of Object.entries(ref.terms)) {
    const te = relErr(ours.terms[k]!, num(v));
    if (!(te <= tol)) throw new Error(`${label}: term ${k} ${ours.terms[k]} vs reference ${num(v)} (rel err ${te})`);
  }
  const ge = relErr(ours.grad, ref.grad.$t);
  if (!(ge <= tol)) throw new Error(`${label}: d loss / d z1 rel err ${ge}`);
}

export const encViews = (views: Tensor[]): unknown[] => views.map(enc);

/**
 * Python shared by the references: `off_diagonal` (official Barlow Twins / VICReg), `run(views, f)` which gives
 * `{"loss", "terms", "grad"}` with the grad w.r.t. views[0], and `pair_mean(vs, f)` for K views.
 */
export const PY_PRELUDE = `
import itertools
import torch.nn.functional as F
def off_diagonal(x):
    n, m = x.shape
    assert n == m
    return x.flatten()[:-1].view(n - 1, n + 1)[:, 1:].flatten()
def run(views, f):
    vs = [v.clone().requires_grad_(i == 0) for i, v in enumerate(views)]
    loss, terms = f(vs)
    loss.backward()
    return {"loss": loss, "terms": terms, "grad": vs[0].grad}
def pair_mean(vs, f):
    outs = [f(vs[i], vs[j]) for i, j in itertools.combinations(range(len(vs)), 2)]
    loss = sum(o[0] for o in outs) / len(outs)
    terms = {k: sum(o[1][k] for o in outs) / len(outs) for k in outs[0][1]}
    return loss, terms
`;

/** Asserts that `work` does not change the live tensor count after a warm-up, over `reps` repetitions. */
export function liveTensorGrowth(work: () => void, reps = 50): number {
  work(); // warm-up: op caches, lazily created constants
  const before = memory().liveTensors;
  for (let i = 0; i < reps; i++) work();
  return memory().liveTensors - before;
}

/**
 * Live-tensor growth of computing a loss, back-propagating to `z1` and freeing everything, repeated (0 = no leak).
 * `extra` runs inside each repetition (e.g. an error path that must not leak either).
 */
export function lossLeakGrowth(call: () => LossResult, z1: Tensor, reps = 50, extra?: () => void): number {
  return liveTensorGrowth(() => {
    const r = call();
    r.loss.backward();
    r.loss.dispose();
    for (const t of Object.values(r.terms)) t.dispose();
    z1.clearGrad();
    extra?.();
  }, reps);
}

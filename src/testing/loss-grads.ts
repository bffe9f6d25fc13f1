/**
 * Test helpers for the losses that take several lists of outputs (SimSiam / BYOL: p and z; DINO: student and
 * teacher): value, terms and the gradient w.r.t. every input by our autograd, the PyTorch counterpart, and central
 * finite differences w.r.t. any input. Not exported from the package.
 */
import assert from "node:assert/strict";
import { tensor, tidy, type Tensor } from "../tensor/index.js";
import { enc } from "./torch-ref.js";
import type { LossResult } from "../losses/common.js";
import { num, relErr } from "./loss-check.js";

/** Loss, terms and d loss / d groups[g][i] (null where no gradient reached that input). */
export interface EvaluatedGroups {
  loss: number;
  terms: Record<string, number>;
  grads: (Float64Array | null)[][];
}

/** Runs `fn` on fresh leaf copies (requiring grad, on `device`) of every tensor of every group, then back-propagates. */
export function evaluateGroups(fn: (groups: Tensor[][]) => LossResult, groups: Tensor[][], device = "cpu"): EvaluatedGroups {
  return tidy(() => {
    const leaves = groups.map((g) => g.map((t) => t.detach().to({ device }).requiresGrad_()));
    const r = fn(leaves);
    r.loss.backward();
    return {
      loss: r.loss.item(),
      terms: Object.fromEntries(Object.entries(r.terms).map(([k, t]) => [k, t.item()])),
      grads: leaves.map((g) => g.map((t) => t.grad?.toFloat64Array() ?? null)),
    };
  });
}

/** The reference output of {@link PY_GROUPS}' `run_groups`. */
export interface GroupsRef {
  loss: unknown;
  terms: Record<string, unknown>;
  grads: ({ $t: number[] } | null)[][];
}

/**
 * Python: `run_groups(groups, f)` calls `f(*groups)` on leaf copies that require grad; `f` returns `(loss, terms)`;
 * the result has `loss`, `terms` and `grads` (None where no gradient reached an input).
 */
export const PY_GROUPS = `
import itertools
import torch.nn as nn
import torch.nn.functional as F
def run_groups(groups, f):
    gs = [[t.clone().requires_grad_(True) for t in g] for g in groups]
    loss, terms = f(*gs)
    loss.backward()
    return {"loss": loss, "terms": terms, "grads": [[t.grad for t in g] for g in gs]}
`;

export const encGroups = (groups: Tensor[][]): unknown[][] => groups.map((g) => g.map(enc));

/**
 * Asserts value, every reference term and every gradient agree to `tol` (relative); a null reference gradient
 * (PyTorch's `None`: no path to that input) must be null or all zeros on our side.
 */
export function assertGroupsMatch(ours: EvaluatedGroups, ref: GroupsRef, label: string, tol = 1e-10): void {
  const e = relErr(ours.loss, num(ref.loss));
  assert.ok(e <= tol, `${label}: loss ${ours.loss} vs reference ${num(ref.loss)} (rel err ${e})`);
  for (const [k, v] of Object.entries(ref.terms)) {
    const te = relErr(ours.terms[k]!, num(v));
    assert.ok(te <= tol, `${label}: term ${k} ${ours.terms[k]} vs reference ${num(v)} (rel err ${te})`);
  }
  ref.grads.forEach((g, gi) => g.forEach((r, i) => {
    const o = ours.grads[gi]![i]!;
    const where = `${label}: grad of group ${gi} input ${i}`;
    if (r === null) {
      assert.ok(o === null || o.every((x) => x === 0), `${where}: PyTorch has none, ours is non-zero`);
      return;
    }
    assert.ok(o !== null, `${where}: PyTorch has one, ours has none`);
    const ge = relErr(o, r.$t);
    assert.ok(ge <= tol, `${where}: rel err ${ge}`);
  }));
}

/**
 * Central finite differences of the loss w.r.t. entries `indices` of `groups[g][i]` (float64, step h): the total
 * derivative, whatever the loss detaches.
 */
export function finiteDiffGroups(
  fn: (groups: Tensor[][]) => LossResult, groups: Tensor[][], g: number, i: number, indices: number[], h = 1e-6,
): number[] {
  const base = groups[g]![i]!.toFloat64Array();
  const shape = groups[g]![i]!.shape;
  const at = (idx: number, delta: number): number => tidy(() => {
    const x = Float64Array.from(base);
    x[idx] = x[idx]! + delta;
    const moved = groups.map((gr, gi) => gr.map((t, ti) => (gi === g && ti === i ? tensor(x, shape) : t)));
    return fn(moved).loss.item();
  });
  return indices.map((idx) => (at(idx, h) - at(idx, -h)) / (2 * h));
}

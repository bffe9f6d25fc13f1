/**
 * Data parallelism on a process group: parameters broadcast from rank 0, gradients averaged over ranks (by PyTorch's
 * DDP Reducer, overlapped with backward), and SyncBatchNorm (batch statistics over the global batch).
 */
import { noGrad, tidy, type Tensor } from "../tensor/index.js";
import { BatchNormBase, type Module } from "../nn/index.js";
import type { ProcessGroup } from "./group.js";

/** Makes every rank start from rank 0's parameters and buffers. */
export function broadcastModule(model: Module, pg: ProcessGroup): void {
  noGrad(() => pg.broadcast([...model.namedParameters().values(), ...model.namedBuffers().values()], 0));
}

/**
 * Averages the gradients of `params` over ranks, in place. One all-reduce for all of them (the addon flattens them
 * into one buffer), so a step costs one round trip whatever the number of parameters.
 */
export function allReduceGradients(params: Tensor[], pg: ProcessGroup): void {
  tidy(() => {
    const grads: Tensor[] = [];
    for (const p of params) {
      const g = p.grad;
      if (g) grads.push(g);
    }
    pg.allReduce(grads, "sum");
    noGrad(() => {
      for (const g of grads) g.div_(pg.worldSize);
    });
  });
}

/** Options of {@link GradientReducer}. */
export interface GradientReducerOptions {
  /** Bucket size in MiB after the first iteration (PyTorch DDP's `bucket_cap_mb`; its default, 25). The first bucket is 1 MiB. */
  bucketCapMb?: number;
  /** Average after backward in one all-reduce instead (no overlap); what happens anyway when the Reducer is not bound. */
  overlap?: boolean;
}

/**
 * Averages gradients over the ranks of a group, overlapped with backward: libtorch's DDP Reducer hooks each
 * parameter's gradient accumulator, so a bucket's all-reduce starts as soon as backward has produced its gradients
 * and runs while backward computes the earlier layers; when `backward()` returns, every gradient is the average.
 * Gradients must be zeroed (or cleared) before each backward, and every parameter must get a gradient in every
 * backward (as with DDP's `find_unused_parameters=False`); otherwise the next `beforeBackward()` raises a TorchError
 * naming the problem.
 *
 * @example
 * const sync = new GradientReducer(model.parameters(), pg);
 * const loss = computeLoss(...);
 * sync.beforeBackward();
 * loss.backward();
 * sync.afterBackward();  // a no-op with the Reducer; without overlap it all-reduces here
 * optimizer.step();
 */
export class GradientReducer {
  /** True when the all-reduce overlaps backward (`overlap` was not turned off). */
  readonly overlapped: boolean;
  private readonly reducer: { prepare(): void; destroy(): void } | null;
  constructor(private readonly params: Tensor[], private readonly pg: ProcessGroup, opts: GradientReducerOptions = {}) {
    this.reducer = opts.overlap !== false && params.length ? pg.createReducer(params, Math.round((opts.bucketCapMb ?? 25) * 1024 * 1024)) : null;
    this.overlapped = this.reducer !== null;
  }
  /** Call after the forward pass and before `backward()`. */
  beforeBackward(): void {
    this.reducer?.prepare();
  }
  /** Call after `backward()` and before the optimizer step. */
  afterBackward(): void {
    if (!this.reducer) allReduceGradients(this.params, this.pg);
  }
  /** Removes the hooks (idempotent). */
  dispose(): void {
    this.reducer?.destroy();
  }
}

/**
 * Switches every BatchNorm of `model` to synchronised statistics over the group (or, with no group, to the same
 * formula on the local batch, so a single-process `--sync-bn` run computes exactly what a multi-process one does).
 */
export function convertSyncBatchNorm(model: Module, pg: ProcessGroup | null): number {
  let n = 0;
  for (const m of model.namedModules().values()) {
    if (m instanceof BatchNormBase) {
      m.statsReducer = pg ? (t) => pg.allReduceSumDiff(t) : (t) => t;
      n++;
    }
  }
  return n;
}

/**
 * Data parallelism on a process group: parameters broadcast from rank 0, gradients averaged over ranks in one
 * bucketed all-reduce, and SyncBatchNorm (batch statistics over the global batch).
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

/**
 * Phase 2: one optimizer step, top to bottom. The views go through the method (its networks under autocast with
 * mixed precision; its loss always in float32), which returns its loss; backward (gradients averaged over ranks
 * when data-parallel; scaled with 16-mixed), the optimizer step (skipped by the loss scaler on Inf/NaN gradients),
 * the method's after-step hook (EMA targets, ...), and the online probe's own step on the detached representation.
 */
import { autocast, manualSeed, tidy } from "../tensor/index.js";
import type { Batch } from "../data/index.js";
import type { RunParts } from "./build.js";

/** The numbers of one step, for metrics.jsonl. */
export interface StepValues {
  lr: number;
  loss: number;
  terms: Record<string, number>;
  method?: Record<string, number>;
}

/** Runs step `step + 1` on `batch`. A non-finite loss is returned without an update (every rank sees the same). */
export function trainStep(run: RunParts, batch: Batch, step: number): StepValues {
  const { cfg, method, optimizer, gradSync, online, scaler } = run;
  // Reseeding per step makes every random op of a step (e.g. W-MSE's sub-batch permutation) a function of
  // (seed, step), so a resumed run draws exactly what the uninterrupted one did.
  manualSeed(mixSeed(cfg.seed, step));
  const lr = run.schedule.lrAt(step);
  optimizer.setLr(lr);
  const ctx = run.context(step);
  return tidy(() => {
    // Channels-last views meet channels-last weights in cuDNN's NHWC kernels (a layout change, no value change).
    const layout = cfg.channelsLast ? "channelsLast" as const : undefined;
    const views = cfg.dtype === "float32" && !layout ? batch.views : batch.views.map((v) => v.to({ dtype: cfg.dtype, memoryFormat: layout }));
    const out = autocast(run.device, run.autocast, () => method.loss(views, ctx));
    const values: StepValues = {
      lr,
      loss: out.loss.item(),
      terms: Object.fromEntries(Object.entries(out.terms).map(([k, t]) => [k, t.item()])),
      ...(out.stats ? { method: out.stats } : {}),
    };
    if (!Number.isFinite(values.loss)) return values;
    gradSync?.beforeBackward();
    (scaler ? scaler.scale(out.loss) : out.loss).backward();
    gradSync?.afterBackward();
    // The scaler checks the (already all-reduced) gradients, so every rank skips or steps alike.
    if (scaler) scaler.step(optimizer);
    else optimizer.step();
    optimizer.zeroGrad();
    method.afterStep(ctx);
    online?.update(out.h.dtype === cfg.dtype ? out.h : out.h.to(cfg.dtype), batch.labels);
    return values;
  });
}

/** A 31-bit seed from (seed, step): splitmix-style mixing so nearby steps get unrelated streams. */
export function mixSeed(seed: number, step: number): number {
  let x = (BigInt(seed) * 0x9e3779b97f4a7c15n + BigInt(step) + 1n) & 0xffffffffffffffffn;
  x = ((x ^ (x >> 30n)) * 0xbf58476d1ce4e5b9n) & 0xffffffffffffffffn;
  x = ((x ^ (x >> 27n)) * 0x94d049bb133111ebn) & 0xffffffffffffffffn;
  return Number((x ^ (x >> 31n)) & 0x7fffffffn);
}

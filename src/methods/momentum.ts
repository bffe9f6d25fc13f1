/**
 * The momentum base (solo-learn's `BaseMomentumMethod`): target networks that are an exponential moving average of
 * online ones, updated after every optimizer step under no gradient, with BYOL's cosine schedule for τ. BYOL and
 * DINO build on it. Targets are named `momentum_<online name>` in the state dict, so checkpoints hold them and a
 * resume continues the same average.
 */
import { noGrad, type Tensor } from "../tensor/index.js";
import type { Module } from "../nn/index.js";
import { SSLMethod, type StepContext } from "./base.js";

/** τ of the EMA after `step` of `total` steps: BYOL's `1 − (1 − τ_base)(cos(πk/K) + 1)/2`, from base to final. */
export function cosineTau(step: number, total: number, base: number, final = 1): number {
  if (total <= 0) return final;
  const k = Math.min(step, total);
  return final - (final - base) * (Math.cos((Math.PI * k) / total) + 1) / 2;
}

export interface MomentumOptions {
  /** τ at the first step (0.996 in BYOL and DINO). */
  tauBase: number;
  /** τ at the last step (1: the target freezes as training ends). */
  tauFinal: number;
}

export abstract class MomentumMethod extends SSLMethod {
  private readonly pairs: [Module, Module][] = [];

  protected constructor(protected readonly momentum: MomentumOptions) {
    super();
  }

  /** Registers `target` as the EMA of `online` (starting as a copy of it) under `momentum_<name>`. */
  protected momentumPair<M extends Module>(name: string, online: M, target: M): M {
    this.registerModule(`momentum_${name}`, target);
    noGrad(() => {
      const src = online.stateDict();
      for (const [k, t] of target.stateDict()) t.copy_(src.get(k)!);
    });
    for (const p of target.parameters()) p.requiresGrad_(false);
    this.pairs.push([online, target]);
    return target;
  }

  /** Online parameters only: the targets follow by EMA. */
  override trainableParameters(): Map<string, Tensor> {
    const out = new Map<string, Tensor>();
    for (const [k, p] of this.namedParameters()) if (!k.startsWith("momentum_")) out.set(k, p);
    return out;
  }

  /** τ for the step just done. */
  tauAt(ctx: StepContext): number {
    return cosineTau(ctx.step + 1, ctx.totalSteps, this.momentum.tauBase, this.momentum.tauFinal);
  }

  /** target ← τ · target + (1 − τ) · online, parameter by parameter (BatchNorm statistics are the target's own). */
  protected updateTargets(tau: number): void {
    if (tau === 1) return;
    noGrad(() => {
      for (const [online, target] of this.pairs) {
        const src = online.namedParameters();
        for (const [k, t] of target.namedParameters()) t.lerp_(src.get(k)!, 1 - tau);
      }
    });
  }

  override afterStep(ctx: StepContext): void {
    this.updateTargets(this.tauAt(ctx));
  }
}

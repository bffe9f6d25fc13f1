/** Learning-rate schedules: pure functions of the step, so resuming needs only the step count. */

/** A learning rate for every optimizer step (0-based). */
export interface LrSchedule {
  lrAt(step: number): number;
}

export interface WarmupCosineOptions {
  /** Peak learning rate, reached at the end of warm-up. */
  baseLr: number;
  /** Linear warm-up steps from `startLr` to `baseLr`. */
  warmupSteps: number;
  /** Total steps; the cosine ends at `endLr` at this step (and stays there). */
  totalSteps: number;
  /** Final learning rate. Default 0 (Barlow Twins uses baseLr · 0.001). */
  endLr?: number;
  /** Learning rate at step 0. Default 0. */
  startLr?: number;
}

/**
 * Linear warm-up then cosine decay, as the official Barlow Twins `adjust_learning_rate`:
 * warm-up: lr = start + (base − start)·step/warmup; then q = ½(1 + cos(π·(step − warmup)/(total − warmup))),
 * lr = base·q + end·(1 − q).
 *
 * @example
 * const s = new WarmupCosine({ baseLr: 0.2, warmupSteps: 100, totalSteps: 1000, endLr: 0.0002 });
 * opt.setLr(s.lrAt(step));
 */
export class WarmupCosine implements LrSchedule {
  readonly baseLr: number;
  readonly warmupSteps: number;
  readonly totalSteps: number;
  readonly endLr: number;
  readonly startLr: number;
  constructor(o: WarmupCosineOptions) {
    if (!(o.totalSteps > 0) || !(o.warmupSteps >= 0) || o.warmupSteps > o.totalSteps) {
      throw new RangeError(`WarmupCosine: need 0 <= warmupSteps (${o.warmupSteps}) <= totalSteps (${o.totalSteps}), totalSteps > 0`);
    }
    this.baseLr = o.baseLr;
    this.warmupSteps = o.warmupSteps;
    this.totalSteps = o.totalSteps;
    this.endLr = o.endLr ?? 0;
    this.startLr = o.startLr ?? 0;
  }
  lrAt(step: number): number {
    if (step < this.warmupSteps) return this.startLr + ((this.baseLr - this.startLr) * step) / this.warmupSteps;
    const span = this.totalSteps - this.warmupSteps;
    const t = span === 0 ? 1 : Math.min(1, (step - this.warmupSteps) / span);
    const q = 0.5 * (1 + Math.cos(Math.PI * t));
    return this.baseLr * q + this.endLr * (1 - q);
  }
}

/** The same learning rate at every step. */
export class ConstantLr implements LrSchedule {
  constructor(readonly lr: number) {}
  lrAt(): number {
    return this.lr;
  }
}

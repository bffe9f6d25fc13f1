/**
 * Dynamic loss scaling for float16 mixed precision (`torch.amp.GradScaler`): the loss is multiplied by a scale S
 * before backward so that small float16 gradients do not flush to zero; the gradients are unscaled (×1/S) before
 * the optimizer step, and a step whose gradients hold an Inf/NaN is skipped. S halves after such a step
 * (backoff 0.5) and doubles after `growthInterval` (2000) finite steps in a row (growth 2), from 2¹⁶.
 *
 * The unscale-and-check and the scale update are ATen's own fused ops (`_amp_foreach_non_finite_check_and_unscale_`,
 * `_amp_update_scale_`), as GradScaler uses them. Where the libtorch has no kernel of them for the device (the CPU
 * before 2.3), the same two steps are composed from plain ops, with the same result.
 *
 * @example
 * const scaler = new GradScaler("cuda:0");
 * scaler.scale(loss).backward();
 * if (scaler.step(optimizer)) method.afterStep(ctx); // false: skipped (Inf/NaN gradients), S halved
 */
import { aten, full, noGrad, tidy, keep, zeros, TorchError, type Tensor } from "../tensor/index.js";
import type { BaseOptions, Optimizer } from "./optimizer.js";

export interface GradScalerOptions {
  initScale?: number;
  growthFactor?: number;
  backoffFactor?: number;
  growthInterval?: number;
}

/** The scaler's state, saved with a checkpoint so that a resumed run scales exactly as the uninterrupted one. */
export interface GradScalerState {
  scale: number;
  growthTracker: number;
}

export class GradScaler {
  readonly growthFactor: number;
  readonly backoffFactor: number;
  readonly growthInterval: number;
  /** S as a float32 [1] tensor on the device, and the count of finite steps since the last change (int32 [1]). */
  private scaleT: Tensor;
  private tracker: Tensor;
  /** Per fused op: null until its first call finds out whether the device has a kernel for it. */
  private readonly fused = new Map<string, boolean>();

  constructor(readonly device: string, opts: GradScalerOptions = {}) {
    this.growthFactor = opts.growthFactor ?? 2;
    this.backoffFactor = opts.backoffFactor ?? 0.5;
    this.growthInterval = opts.growthInterval ?? 2000;
    this.scaleT = keep(full([1], opts.initScale ?? 65536, { device }));
    this.tracker = keep(zeros([1], { dtype: "int32", device }));
  }

  /** The current scale S. */
  get scaleValue(): number {
    return this.scaleT.item();
  }

  /** loss · S (a new tensor in the loss's graph). */
  scale(loss: Tensor): Tensor {
    return loss.mul(this.scaleT.to(loss.dtype));
  }

  /**
   * Unscales the gradients of the optimizer's parameters, steps the optimizer unless one of them is non-finite, and
   * updates S. Returns whether the optimizer stepped.
   */
  step(optimizer: Optimizer<BaseOptions>): boolean {
    const params = optimizer.groups.flatMap((g) => g.params.map(([, p]) => p));
    return tidy(() => {
      const grads = params.map((p) => p.grad).filter((g): g is Tensor => g !== null);
      const foundInf = zeros([1], { device: this.device });
      const inv = this.scaleT.reciprocal();
      noGrad(() => this.unscale(grads, foundInf, inv));
      const skipped = foundInf.item() !== 0;
      if (!skipped) optimizer.step();
      noGrad(() => this.update(foundInf, skipped));
      return !skipped;
    });
  }

  state(): GradScalerState {
    return { scale: this.scaleT.item(), growthTracker: this.tracker.item() };
  }

  load(s: GradScalerState): void {
    noGrad(() => {
      this.scaleT.fill_(s.scale);
      this.tracker.fill_(s.growthTracker);
    });
  }

  dispose(): void {
    this.scaleT.dispose();
    this.tracker.dispose();
  }

  /** grads ·= inv in place; foundInf = 1 when any of them holds an Inf or NaN. */
  private unscale(grads: Tensor[], foundInf: Tensor, inv: Tensor): void {
    if (this.tryFused("unscale", () => aten._amp_foreach_non_finite_check_and_unscale_(grads, foundInf, inv))) return;
    for (const g of grads) {
      const bad = g.isfinite().all().logicalNot().to("float32").reshape([1]);
      foundInf.copy_(aten.maximum(foundInf, bad));
      g.mul_(inv.to(g.dtype));
    }
  }

  /** PyTorch's rule: a skipped step multiplies S by the backoff and resets the count; `growthInterval` finite steps
   * in a row multiply it by the growth factor. `skipped` is foundInf already read (the composed path needs no sync). */
  private update(foundInf: Tensor, skipped: boolean): void {
    if (this.tryFused("update", () => aten._amp_update_scale_(this.scaleT, this.tracker, foundInf, this.growthFactor, this.backoffFactor, this.growthInterval).dispose())) return;
    if (skipped) {
      this.scaleT.mul_(this.backoffFactor);
      this.tracker.zero_();
      return;
    }
    const count = this.tracker.item() + 1;
    if (count >= this.growthInterval) {
      this.scaleT.mul_(this.growthFactor);
      this.tracker.zero_();
    } else {
      this.tracker.fill_(count);
    }
  }

  /** Runs a fused op; false (and the composed path from then on) when the device has no kernel for it. */
  private tryFused(name: string, run: () => void): boolean {
    const known = this.fused.get(name);
    if (known === false) return false;
    try {
      run();
      this.fused.set(name, true);
      return true;
    } catch (e) {
      if (known === undefined && e instanceof TorchError && /Could not run|not implemented|NotImplemented/i.test(e.message)) {
        this.fused.set(name, false);
        return false;
      }
      throw e;
    }
  }

  /** Whether the fused ATen kernels ran (null before the first step). */
  get usesFusedKernels(): boolean | null {
    return this.fused.size ? [...this.fused.values()].every(Boolean) : null;
  }
}

/** Adam and AdamW as `torch.optim.Adam` / `torch.optim.AdamW` (bias-corrected moments, eps added after the sqrt). */
import { aten, type Tensor } from "../tensor/index.js";
import { Optimizer, type BaseOptions, type GroupSpec, type NamedParams, type ParamState } from "./optimizer.js";

export interface AdamOptions extends BaseOptions {
  beta1: number;
  beta2: number;
  eps: number;
  weightDecay: number;
}

/**
 * Adam (Kingma & Ba), as torch.optim.Adam with coupled L2 weight decay (g += wd·p):
 * m = β1·m + (1−β1)·g; v = β2·v + (1−β2)·g²; p −= lr/(1−β1ᵗ) · m / (√v/√(1−β2ᵗ) + eps).
 *
 * @example
 * const opt = new Adam(model.namedParameters(), { lr: 1e-3 });
 */
export class Adam extends Optimizer<AdamOptions> {
  protected readonly slotNames = ["exp_avg", "exp_avg_sq"] as const;
  /** Decoupled weight decay (AdamW): p ·= 1 − lr·wd before the Adam step, instead of g += wd·p. */
  protected readonly decoupled: boolean = false;
  constructor(params: NamedParams | GroupSpec<AdamOptions>[], opts: Partial<AdamOptions> & { lr: number }) {
    super(params, { beta1: 0.9, beta2: 0.999, eps: 1e-8, weightDecay: 0, ...opts });
  }
  protected update(p: Tensor, grad: Tensor, o: AdamOptions, st: ParamState): void {
    let g = grad;
    if (o.weightDecay !== 0) {
      if (this.decoupled) p.mul_(1 - o.lr * o.weightDecay);
      else g = aten.add_Tensor(grad, p, o.weightDecay);
    }
    const m = st.slots.get("exp_avg") ?? this.slot(st, "exp_avg", aten.zeros_like(p));
    const v = st.slots.get("exp_avg_sq") ?? this.slot(st, "exp_avg_sq", aten.zeros_like(p));
    m.mul_(o.beta1).add_(g, 1 - o.beta1);
    v.mul_(o.beta2).addcmul_(g, g, 1 - o.beta2);
    const bc1 = 1 - o.beta1 ** st.step;
    const bc2 = 1 - o.beta2 ** st.step;
    const denom = aten.sqrt(v).div_(Math.sqrt(bc2)).add_(o.eps);
    p.addcdiv_(m, denom, -o.lr / bc1);
  }
}

/**
 * AdamW (Loshchilov & Hutter), as torch.optim.AdamW: decoupled weight decay (default 0.01).
 * @example
 * const opt = new AdamW(model.namedParameters(), { lr: 1e-3, weightDecay: 0.05 });
 */
export class AdamW extends Adam {
  protected override readonly decoupled = true;
  constructor(params: NamedParams | GroupSpec<AdamOptions>[], opts: Partial<AdamOptions> & { lr: number }) {
    super(params, { weightDecay: 0.01, ...opts });
  }
}

/** Stochastic gradient descent as `torch.optim.SGD` (same update order, so the same numbers). */
import { aten, type Tensor } from "../tensor/index.js";
import { Optimizer, type BaseOptions, type GroupSpec, type NamedParams, type ParamState } from "./optimizer.js";

export interface SGDOptions extends BaseOptions {
  momentum: number;
  dampening: number;
  nesterov: boolean;
  /** L2 penalty added to the gradient (coupled, as torch's SGD). */
  weightDecay: number;
}

/**
 * SGD with momentum / Nesterov / weight decay, as torch.optim.SGD:
 * d = g + wd·p; buf = d (first step) or m·buf + (1 − dampening)·d; d = nesterov ? d + m·buf : buf; p −= lr·d.
 *
 * @example
 * const opt = new SGD(model.namedParameters(), { lr: 0.1, momentum: 0.9, weightDecay: 5e-4 });
 * loss.backward(); opt.step(); opt.zeroGrad();
 */
export class SGD extends Optimizer<SGDOptions> {
  protected readonly slotNames = ["momentum_buffer"] as const;
  constructor(params: NamedParams | GroupSpec<SGDOptions>[], opts: Partial<SGDOptions> & { lr: number }) {
    super(params, { momentum: 0, dampening: 0, nesterov: false, weightDecay: 0, ...opts });
    if (this.groups.some((g) => g.options.nesterov && (g.options.momentum <= 0 || g.options.dampening !== 0))) {
      throw new Error("SGD: Nesterov momentum requires a momentum and zero dampening");
    }
  }
  protected update(p: Tensor, grad: Tensor, o: SGDOptions, st: ParamState): void {
    let d = o.weightDecay !== 0 ? aten.add_Tensor(grad, p, o.weightDecay) : grad;
    if (o.momentum !== 0) {
      let buf = st.slots.get("momentum_buffer");
      if (!buf) buf = this.slot(st, "momentum_buffer", aten.clone(d));
      else buf.mul_(o.momentum).add_(d, 1 - o.dampening);
      d = o.nesterov ? aten.add_Tensor(d, buf, o.momentum) : buf;
    }
    p.add_(d, -o.lr);
  }
}

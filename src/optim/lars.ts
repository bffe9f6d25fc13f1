/**
 * LARS (You et al., 2017) exactly as the official Barlow Twins code (facebookresearch/barlowtwins, main.py):
 * ```
 * d = g + wd·p                                    (skipped for excluded params)
 * q = eta·‖p‖/‖d‖ if ‖p‖ > 0 and ‖d‖ > 0 else 1   (skipped for excluded params)
 * mu = momentum·mu + q·d;  p −= lr·mu
 * ```
 * With `excludeBiasAndNorm` (the official setting), 1-D parameters (biases, BatchNorm weights and biases) get
 * neither weight decay nor the trust ratio. The trust ratio stays a 0-d tensor: no host round trip per parameter.
 */
import { aten, type Tensor } from "../tensor/index.js";
import { Optimizer, type BaseOptions, type GroupSpec, type NamedParams, type ParamState } from "./optimizer.js";

export interface LARSOptions extends BaseOptions {
  momentum: number;
  /** Default 1e-6, the official Barlow Twins value (`--weight-decay`). */
  weightDecay: number;
  /** Trust coefficient. Default 0.001. */
  eta: number;
  /** Skip weight decay and adaptation for 1-D parameters (official `exclude_bias_and_norm`). Default true. */
  excludeBiasAndNorm: boolean;
}

/**
 * @example
 * // Barlow Twins: two groups, weights at 0.2 × the schedule's lr, biases and BN parameters at 0.0048 ×.
 * const opt = new LARS(barlowTwinsGroups(model.namedParameters()), { lr: 0 });
 * opt.setLr(schedule.lrAt(step)); loss.backward(); opt.step(); opt.zeroGrad();
 */
export class LARS extends Optimizer<LARSOptions> {
  protected readonly slotNames = ["mu"] as const;
  constructor(params: NamedParams | GroupSpec<LARSOptions>[], opts: Partial<LARSOptions> & { lr: number }) {
    super(params, { momentum: 0.9, weightDecay: 1e-6, eta: 0.001, excludeBiasAndNorm: true, ...opts });
  }
  protected update(p: Tensor, grad: Tensor, o: LARSOptions, st: ParamState): void {
    let d = grad;
    const excluded = o.excludeBiasAndNorm && p.ndim === 1;
    if (!excluded) {
      if (o.weightDecay !== 0) d = aten.add_Tensor(grad, p, o.weightDecay);
      const pn = aten.norm_Scalar(p, 2); // 0-d
      const dn = aten.norm_Scalar(d, 2);
      // q = where(‖p‖ > 0, where(‖d‖ > 0, eta·‖p‖/‖d‖, 1), 1), as the official code
      const ratio = aten.div_Tensor(pn, dn).mul_(o.eta);
      const q = aten.where_ScalarOther(aten.gt_Scalar(pn, 0), aten.where_ScalarOther(aten.gt_Scalar(dn, 0), ratio, 1), 1);
      d = aten.mul_Tensor(d, q);
    }
    const mu = st.slots.get("mu");
    if (!mu) this.slot(st, "mu", aten.clone(d)); // official: mu = 0·momentum + d
    else mu.mul_(o.momentum).add_(d);
    p.add_(st.slots.get("mu")!, -o.lr);
  }
}

/**
 * Splits parameters into the two official Barlow Twins groups: weights (ndim > 1, lr × `lrWeights`) and
 * biases / BatchNorm parameters (ndim = 1, lr × `lrBiases`). Defaults are the paper's 0.2 and 0.0048.
 */
export function barlowTwinsGroups(params: NamedParams, opts: { lrWeights?: number; lrBiases?: number } = {}): GroupSpec<LARSOptions>[] {
  const weights: [string, Tensor][] = [];
  const biases: [string, Tensor][] = [];
  for (const [n, p] of params) (p.ndim === 1 ? biases : weights).push([n, p]);
  return [
    { params: weights, lrScale: opts.lrWeights ?? 0.2 },
    { params: biases, lrScale: opts.lrBiases ?? 0.0048 },
  ];
}

/**
 * The projector / expander MLP g: h → z. Widths "8192-8192-8192" mean Linear-BN-ReLU blocks for every width but the
 * last, then a plain Linear to the last width, as the official Barlow Twins and VICReg code build it; optionally a
 * final BatchNorm without affine parameters, as SimSiam's (`lastBatchNorm`).
 */
import type { DType, Tensor } from "../tensor/index.js";
import { Linear, BatchNorm1d, ReLU, Sequential } from "../nn/index.js";
import { InputError } from "../util/errors.js";

export interface ProjectorOptions {
  /**
   * Bias in the hidden Linear layers. Default false, as Barlow Twins (a bias before BatchNorm is cancelled by it);
   * VICReg's official code uses true.
   */
  hiddenBias?: boolean;
  /** Bias in the last Linear layer. Default false (both Barlow Twins and VICReg). */
  lastBias?: boolean;
  /**
   * End with `BatchNorm1d(last width, affine=False)` after the last Linear, as SimSiam's projector (`encoder.fc[7]` in
   * the official builder.py). Default false. Its state-dict keys follow the Sequential index (widths [a, b, c] →
   * `7.running_mean`, `7.running_var`, `7.num_batches_tracked`; no weight or bias). SimSiam's last Linear has a bias
   * that it never trains (`fc[6].bias.requires_grad = False`); in training mode this BatchNorm cancels any bias, so
   * leave `lastBias` false. Needs at least one width.
   */
  lastBatchNorm?: boolean;
  dtype?: DType;
  /** Where the layers live (initialised on the CPU generator, then moved: the same weights on every device). */
  device?: string;
  /** Names the config field in errors (default "projector"). */
  where?: string;
}

/**
 * MLP projector as an `nn.Sequential` (state-dict keys "0.weight", "1.running_mean", ...). With no widths it is
 * the identity (z = h), for the "projector off" ablation.
 *
 * @example
 * const g = new Projector(128, [256, 512, 128]);
 * g.forward(h); // [N, 128] -> [N, 128]; layers: Linear BN ReLU Linear BN ReLU Linear
 * new Projector(512, [512, 512, 2048], { lastBatchNorm: true }); // SimSiam's: ... Linear BatchNorm1d(2048, affine=False)
 */
export class Projector extends Sequential {
  /** Size of the embedding z (= inDim when there are no layers). */
  readonly outDim: number;
  readonly widths: readonly number[];
  constructor(readonly inDim: number, widths: readonly number[], opts: ProjectorOptions = {}) {
    super();
    const where = opts.where ?? "projector";
    for (const w of widths) {
      if (!Number.isInteger(w) || w < 1) throw new InputError(where, `widths must be positive integers, got [${widths.join(", ")}]`);
    }
    if (opts.lastBatchNorm && !widths.length) {
      throw new InputError(where, "a final BatchNorm (lastBatchNorm) needs at least one projector layer");
    }
    const sizes = [inDim, ...widths];
    const dtype = opts.dtype;
    for (let i = 0; i < widths.length - 1; i++) {
      this.append(new Linear(sizes[i]!, sizes[i + 1]!, { bias: opts.hiddenBias ?? false, dtype }));
      this.append(new BatchNorm1d(sizes[i + 1]!, { dtype }));
      this.append(new ReLU({ inplace: true }));
    }
    if (widths.length) this.append(new Linear(sizes.at(-2)!, sizes.at(-1)!, { bias: opts.lastBias ?? false, dtype }));
    if (opts.lastBatchNorm) this.append(new BatchNorm1d(sizes.at(-1)!, { affine: false, dtype }));
    this.widths = [...widths];
    this.outDim = sizes.at(-1)!;
    this.to({ device: opts.device }); // a no-op on the CPU
  }
  override forward(x: Tensor): Tensor {
    return super.forward(x); // [N, inDim] -> [N, outDim]
  }
}

/**
 * Parses projector widths: "256-512-128" → [256, 512, 128]; "", "none", "0" → [] (no projector).
 * @throws InputError for anything else.
 */
export function parseWidths(spec: string | readonly number[], where = "projector"): number[] {
  if (typeof spec !== "string") return [...spec];
  const s = spec.trim().toLowerCase();
  if (s === "" || s === "none" || s === "0" || s === "off") return [];
  const parts = s.split("-");
  if (!parts.every((p) => /^\d+$/.test(p) && Number(p) > 0)) {
    throw new InputError(where, `expected widths like "2048-2048-2048" (positive integers joined by '-') or "none", got "${spec}"`);
  }
  return parts.map(Number);
}

/**
 * Builds the projector for representations of size `inDim`.
 * @example buildProjector(512, "2048-2048-2048").outDim // 2048
 */
export function buildProjector(inDim: number, widths: string | readonly number[], opts: ProjectorOptions = {}): Projector {
  return new Projector(inDim, parseWidths(widths, opts.where), opts);
}

/**
 * The layers nocollapse's models need, with PyTorch's parameter names, shapes and default initialisation.
 * Every forward pass is one (or two) libtorch ops; nothing is copied that PyTorch would not copy.
 */
import { aten, cat, full, noGrad, zeros, ones, type DType, type Tensor } from "../tensor/index.js";
import { Module } from "./module.js";
import { kaimingUniform_, uniform_, fans } from "./init.js";

/**
 * Fully connected layer `y = x Wᵀ + b` (`torch.nn.Linear`). weight: [out, in], bias: [out].
 * Init as PyTorch: W ~ U(±1/√in) (kaiming_uniform, a = √5), b ~ U(±1/√in).
 *
 * @example
 * const fc = new Linear(128, 10);
 * const y = fc.forward(x); // [N, 128] -> [N, 10]
 */
export class Linear extends Module {
  constructor(readonly inFeatures: number, readonly outFeatures: number, opts: { bias?: boolean } & LayerOptions = {}) {
    super();
    const dtype = opts.dtype ?? "float32";
    const w = kaimingUniform_(zeros([outFeatures, inFeatures], dtype));
    this.registerParameter("weight", w);
    this.registerParameter("bias", opts.bias ?? true ? uniform_(zeros([outFeatures], dtype), -1 / Math.sqrt(inFeatures), 1 / Math.sqrt(inFeatures)) : null);
    this.to({ device: opts.device }); // a no-op on the CPU (see LayerOptions)
  }
  get weight(): Tensor { return this.param("weight"); }
  get bias(): Tensor | null { return this.paramOrNull("bias"); }
  forward(x: Tensor): Tensor {
    return aten.linear(x, this.weight, this.bias); // [N, in] -> [N, out]
  }
}

/**
 * `{ dtype, device }` of a layer's parameters. The initial values are drawn from the CPU generator and then moved,
 * so that a seed gives the same initial weights on every device (CUDA's generator draws other numbers).
 */
export interface LayerOptions {
  dtype?: DType;
  device?: string;
}

export interface Conv2dOptions extends LayerOptions {
  stride?: number;
  padding?: number;
  dilation?: number;
  groups?: number;
  bias?: boolean;
}

/**
 * 2-D convolution (`torch.nn.Conv2d`). weight: [out, in/groups, k, k], bias: [out].
 * Init as PyTorch: W ~ U(±1/√fan_in), b ~ U(±1/√fan_in), fan_in = in/groups · k².
 *
 * @example
 * const conv = new Conv2d(3, 64, 3, { padding: 1, bias: false });
 * conv.forward(x); // [N, 3, H, W] -> [N, 64, H, W]
 */
export class Conv2d extends Module {
  readonly stride: number;
  readonly padding: number;
  readonly dilation: number;
  readonly groups: number;
  constructor(readonly inChannels: number, readonly outChannels: number, readonly kernelSize: number, opts: Conv2dOptions = {}) {
    super();
    this.stride = opts.stride ?? 1;
    this.padding = opts.padding ?? 0;
    this.dilation = opts.dilation ?? 1;
    this.groups = opts.groups ?? 1;
    const dtype = opts.dtype ?? "float32";
    const w = kaimingUniform_(zeros([outChannels, inChannels / this.groups, kernelSize, kernelSize], dtype));
    this.registerParameter("weight", w);
    const bound = 1 / Math.sqrt(fans(w).fanIn);
    this.registerParameter("bias", opts.bias ?? true ? uniform_(zeros([outChannels], dtype), -bound, bound) : null);
    this.to({ device: opts.device }); // a no-op on the CPU (see LayerOptions)
  }
  get weight(): Tensor { return this.param("weight"); }
  get bias(): Tensor | null { return this.paramOrNull("bias"); }
  forward(x: Tensor): Tensor {
    // [N, Cin, H, W] -> [N, Cout, H', W']
    const s = this.stride, p = this.padding, d = this.dilation;
    return aten.conv2d(x, this.weight, this.bias, [s, s], [p, p], [d, d], this.groups);
  }
}

export interface BatchNormOptions extends LayerOptions {
  eps?: number;
  momentum?: number;
  affine?: boolean;
}

/**
 * Batch normalisation over the channel dim (dim 1), as `torch.nn.BatchNorm1d/2d` with `track_running_stats=True`.
 * Training mode normalises with the batch statistics and updates `running_mean` / `running_var` (unbiased variance)
 * in place with `momentum`, and counts `num_batches_tracked` (int64, as PyTorch); eval mode uses the running stats.
 */
export abstract class BatchNormBase extends Module {
  /**
   * Synchronised batch statistics (SyncBatchNorm): when set, training mode normalises with the mean and variance of
   * the batch across every process. It receives the local per-channel [Σx, Σx², count] as one [2C + 1] tensor and
   * must return their sums over all processes, differentiably (see distributed/sync-bn.ts). null = local stats.
   */
  statsReducer: ((localStats: Tensor) => Tensor) | null = null;
  readonly eps: number;
  readonly momentum: number;
  readonly affine: boolean;
  protected abstract readonly validDims: number[];
  constructor(readonly numFeatures: number, opts: BatchNormOptions = {}) {
    super();
    this.eps = opts.eps ?? 1e-5;
    this.momentum = opts.momentum ?? 0.1;
    this.affine = opts.affine ?? true;
    const dtype = opts.dtype ?? "float32";
    this.registerParameter("weight", this.affine ? ones([numFeatures], dtype) : null);
    this.registerParameter("bias", this.affine ? zeros([numFeatures], dtype) : null);
    this.registerBuffer("running_mean", zeros([numFeatures], dtype));
    this.registerBuffer("running_var", ones([numFeatures], dtype));
    this.registerBuffer("num_batches_tracked", zeros([], "int64"));
    this.to({ device: opts.device }); // a no-op on the CPU (see LayerOptions)
  }
  get weight(): Tensor | null { return this.paramOrNull("weight"); }
  get bias(): Tensor | null { return this.paramOrNull("bias"); }
  get runningMean(): Tensor { return this.buffer("running_mean"); }
  get runningVar(): Tensor { return this.buffer("running_var"); }
  get numBatchesTracked(): Tensor { return this.buffer("num_batches_tracked"); }
  private syncForward(x: Tensor): Tensor {
    return syncBatchNorm(this, x);
  }
  forward(x: Tensor): Tensor {
    const nd = x.ndim;
    if (!this.validDims.includes(nd)) {
      throw new Error(`${this.constructor.name}: expected ${this.validDims.join("-D or ")}-D input, got [${x.shape.join(", ")}]`);
    }
    if (this.training) {
      const n = this.numBatchesTracked;
      noGrad(() => n.add_(1));
    }
    if (this.training && this.statsReducer) return this.syncForward(x);
    // aten::batch_norm updates running_mean / running_var in place when training (same kernel as PyTorch).
    return aten.batch_norm(x, this.weight, this.bias, this.runningMean, this.runningVar, this.training, this.momentum, this.eps, false);
  }
}

/** Training-mode forward with statistics summed over processes (torch.nn.SyncBatchNorm's formula). */
function syncBatchNorm(bn: BatchNormBase, x: Tensor): Tensor {
  const c = bn.numFeatures;
  const dims = [0, ...Array.from({ length: x.ndim - 2 }, (_, i) => i + 2)];
  const count = x.numel / c;
  const local = cat([x.sum(dims), x.square().sum(dims), full([1], count, { dtype: x.dtype, device: x.device })]); // [2C + 1]
  const total = bn.statsReducer!(local); // [2C + 1], summed over processes
  const n = total.narrow(0, 2 * c, 1); // [1]
  const mean = total.narrow(0, 0, c).div(n); // [C]
  const variance = total.narrow(0, c, c).div(n).sub(mean.square()); // [C], biased (used to normalise)
  const shape = [1, c, ...dims.slice(1).map(() => 1)];
  let y = x.sub(mean.view(shape)).mul(variance.add(bn.eps).rsqrt().view(shape));
  if (bn.weight && bn.bias) y = y.mul(bn.weight.view(shape)).add(bn.bias.view(shape));
  noGrad(() => {
    const m = bn.momentum;
    const unbiased = variance.mul(n).div(n.sub(1)); // running_var keeps the unbiased variance, as PyTorch
    bn.runningMean.mul_(1 - m).add_(mean, m);
    bn.runningVar.mul_(1 - m).add_(unbiased, m);
  });
  return y;
}

/** BatchNorm over [N, C] or [N, C, L] (`torch.nn.BatchNorm1d`). @example new BatchNorm1d(512).forward(z) // [N, 512] */
export class BatchNorm1d extends BatchNormBase {
  protected readonly validDims = [2, 3];
}
/** BatchNorm over [N, C, H, W] (`torch.nn.BatchNorm2d`). @example new BatchNorm2d(64).forward(x) // [N, 64, H, W] */
export class BatchNorm2d extends BatchNormBase {
  protected readonly validDims = [4];
}

/**
 * max(x, 0). With `inplace` it overwrites its input (as `nn.ReLU(inplace=True)`): use it only on fresh
 * intermediates (e.g. after BatchNorm), where it saves an allocation.
 * @example new ReLU().forward(x)
 */
export class ReLU extends Module {
  readonly inplace: boolean;
  constructor(opts: { inplace?: boolean } = {}) {
    super();
    this.inplace = opts.inplace ?? false;
  }
  forward(x: Tensor): Tensor {
    if (!this.inplace) return aten.relu(x);
    aten.relu_(x).dispose(); // the returned handle aliases x
    return x;
  }
}

/**
 * Gaussian error linear unit `x · Φ(x)` with the exact erf form, as `nn.GELU()`'s default (`approximate="none"`), not
 * the tanh approximation. @example new GELU().forward(x) // same shape as x
 */
export class GELU extends Module {
  forward(x: Tensor): Tensor {
    return aten.gelu(x); // approximate defaults to "none" (exact) on every supported libtorch
  }
}

/** 2-D max pooling (`torch.nn.MaxPool2d`); stride defaults to the kernel size. @example new MaxPool2d(2).forward(x) // H, W halved */
export class MaxPool2d extends Module {
  readonly stride: number;
  readonly padding: number;
  constructor(readonly kernelSize: number, opts: { stride?: number; padding?: number } = {}) {
    super();
    this.stride = opts.stride ?? kernelSize;
    this.padding = opts.padding ?? 0;
  }
  forward(x: Tensor): Tensor {
    const k = this.kernelSize, s = this.stride, p = this.padding;
    return aten.max_pool2d(x, [k, k], [s, s], [p, p], [1, 1], false);
  }
}

/** Adaptive average pooling to a fixed output size (`torch.nn.AdaptiveAvgPool2d`). @example new AdaptiveAvgPool2d(1).forward(x) // [N, C, 1, 1] */
export class AdaptiveAvgPool2d extends Module {
  constructor(readonly outputSize: number | [number, number]) {
    super();
  }
  forward(x: Tensor): Tensor {
    const o = this.outputSize;
    return aten.adaptive_avg_pool2d(x, typeof o === "number" ? [o, o] : o); // [N, C, H, W] -> [N, C, oh, ow]
  }
}

/** Flattens dims `start..end` (`torch.nn.Flatten`, default from dim 1). @example new Flatten().forward(x) // [N, C, 1, 1] -> [N, C] */
export class Flatten extends Module {
  constructor(readonly startDim = 1, readonly endDim = -1) {
    super();
  }
  forward(x: Tensor): Tensor {
    return aten.flatten_using_ints(x, this.startDim, this.endDim);
  }
}

/** Returns its input (`torch.nn.Identity`), e.g. in place of a removed max-pool or classifier. */
export class Identity extends Module {
  forward(x: Tensor): Tensor {
    return x;
  }
}

/**
 * Runs children in order; they are named "0", "1", ... as in `torch.nn.Sequential`.
 * Intermediate results are freed as soon as the next layer has consumed them (autograd keeps what it needs), so a
 * deep stack does not hold every activation handle until the enclosing `tidy` ends.
 *
 * @example
 * const mlp = new Sequential(new Linear(4, 8), new ReLU(), new Linear(8, 2));
 * mlp.stateDict().keys(); // "0.weight", "0.bias", "2.weight", "2.bias"
 */
export class Sequential extends Module {
  private readonly layers: Module[] = [];
  constructor(...modules: Module[]) {
    super();
    for (const m of modules) this.append(m);
  }
  append(m: Module): this {
    this.registerModule(String(this.layers.length), m);
    this.layers.push(m);
    return this;
  }
  get length(): number {
    return this.layers.length;
  }
  at(i: number): Module {
    const m = this.layers[i < 0 ? this.layers.length + i : i];
    if (!m) throw new RangeError(`Sequential.at(${i}): ${this.layers.length} layers`);
    return m;
  }
  forward(x: Tensor): Tensor {
    return pipe(x, this.layers);
  }
}

/**
 * Applies `layers` in order, freeing each intermediate handle once the next layer has consumed it (autograd keeps
 * its own references to what backward needs). Never frees `x` or the result.
 */
export function pipe(x: Tensor, layers: readonly Module[]): Tensor {
  let h = x;
  for (const m of layers) {
    const y = m.forward(h);
    if (h !== x && y !== h) h.dispose();
    h = y;
  }
  return h;
}

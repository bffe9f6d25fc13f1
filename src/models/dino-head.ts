/**
 * DINO's projection head: an MLP to a bottleneck, l2 normalisation, then a weight-normalised linear "prototype"
 * layer to K outputs (the logits the DINO loss softmaxes).
 *
 * `x [N, in] → mlp → h [N, bottleneck] → u = h / max(‖h‖, 1e-12) → y = u · Wᵀ [N, K]`, with the MLP
 * `Linear(in, hidden) (BN) GELU, (Linear(hidden, hidden) (BN) GELU) × (nlayers − 2), Linear(hidden, bottleneck)`
 * (a single `Linear(in, bottleneck)` when nlayers = 1) and `W_k = g_k · v_k / ‖v_k‖` (`torch.nn.utils.weight_norm`
 * over dim 0: one gain per output row).
 *
 * Init as the official `DINOHead`: MLP weights trunc_normal(std 0.02, cut at ±2 absolute, i.e. ±100 std), biases 0;
 * the last layer keeps `nn.Linear`'s default init for v (it is created after `_init_weights` is applied) and its
 * gains g are filled with 1. With `normLastLayer` (default) g stays 1: it is registered as a buffer, so it is saved
 * under its PyTorch name but not returned by `parameters()` (no optimiser, weight decay or EMA touches it).
 *
 * State-dict names are PyTorch's: `mlp.0.weight`, `mlp.0.bias`, `mlp.2.*`, `mlp.4.*` (with `useBn`, `mlp.1.*` is the
 * BatchNorm and the Linears are `mlp.0`, `mlp.3`, `mlp.6`; with nlayers = 1, `mlp.weight`, `mlp.bias`),
 * `last_layer.weight_g` `[K, 1]`, `last_layer.weight_v` `[K, bottleneck]`. One difference: with `normLastLayer`
 * `weight_g` is listed after `weight_v` (buffers follow parameters in our state dicts), where PyTorch lists it first;
 * loading goes by name, so checkpoints load either way.
 *
 * For an EMA teacher, build it with the same `normLastLayer` as the student, so that both have the same parameters.
 * The official code freezes the last layer during the first epoch (`--freeze_last_layer 1`); its parameters are
 * `head.lastLayer.parameters()`.
 *
 * References: Caron et al., "Emerging Properties in Self-Supervised Vision Transformers", ICCV 2021, Appendix C;
 * official code facebookresearch/dino `vision_transformer.py` (`DINOHead`, `_init_weights`), `utils.py`
 * (`trunc_normal_`), `main_dino.py` (`--out_dim 65536`, `--norm_last_layer`, `--use_bn_in_head`).
 *
 * @example
 * const head = new DINOHead(256, 4096, { hiddenDim: 512, bottleneckDim: 128 }); // a small head for a ConvNet
 * head.forward(h); // [N, 256] -> [N, 4096]
 */
import { aten, noGrad, tensor, tidy, zeros, ones, type DType, type Tensor } from "../tensor/index.js";
import { Module, Linear, BatchNorm1d, GELU, Sequential, constant_, kaimingUniform_ } from "../nn/index.js";
import { InputError } from "../util/errors.js";

export interface DINOHeadOptions {
  /** BatchNorm1d after each hidden Linear (`--use_bn_in_head`). Default false. */
  useBn?: boolean;
  /** Fix the last layer's weight-norm gains at 1 (`--norm_last_layer`). Default true. */
  normLastLayer?: boolean;
  /** Linear layers in the MLP. Default 3. */
  nlayers?: number;
  /** Hidden width of the MLP. Default 2048. */
  hiddenDim?: number;
  /** Width of the l2-normalised bottleneck. Default 256. */
  bottleneckDim?: number;
  dtype?: DType;
  /** Names the config field in errors (default "dinoHead"). */
  where?: string;
}

/**
 * Fills `t` in place with N(mean, std²) truncated to [a, b] (absolute bounds), by the inverse-CDF method of
 * `nn.init.trunc_normal_` and DINO's `utils.trunc_normal_`: u ~ U(2Φ(α) − 1, 2Φ(β) − 1), x = mean + std·√2·erfinv(u),
 * clamped to [a, b]. Returns `t`.
 * @example truncNormal_(zeros([256, 128]), 0.02) // std ≈ 0.02, |x| ≤ 2
 */
export function truncNormal_(t: Tensor, std: number, mean = 0, a = -2, b = 2): Tensor {
  noGrad(() => tidy(() => {
    // Φ at the two bounds, through libtorch's erf: Φ(x) = (1 + erf(x/√2)) / 2
    const bounds = tensor([(a - mean) / std / Math.SQRT2, (b - mean) / std / Math.SQRT2], undefined, "float64");
    const [lo, hi] = aten.erf(bounds).toArray() as number[];
    aten.uniform_(t, lo!, hi!); // = 2Φ(α) − 1, 2Φ(β) − 1
    aten.erfinv_(t);
    t.mul_(std * Math.SQRT2).add_(mean);
    aten.clamp_(t, a, b);
  }));
  return t;
}

/**
 * `nn.Linear(in, out, bias=False)` under `torch.nn.utils.weight_norm` (dim 0): parameters `weight_v [out, in]` and
 * `weight_g [out, 1]`, weight `g · v / ‖v‖` per row. With `trainGain: false`, g is a buffer fixed at its value.
 * @example new WeightNormLinear(256, 4096).forward(u) // [N, 256] -> [N, 4096]
 */
export class WeightNormLinear extends Module {
  constructor(readonly inFeatures: number, readonly outFeatures: number, opts: { trainGain?: boolean; dtype?: DType } = {}) {
    super();
    const dtype = opts.dtype ?? "float32";
    const g = ones([outFeatures, 1], dtype); // the official fills g with 1 after weight_norm
    const v = kaimingUniform_(zeros([outFeatures, inFeatures], dtype)); // nn.Linear's default weight init
    if (opts.trainGain ?? true) {
      this.registerParameter("weight_g", g); // PyTorch's order: weight_g, then weight_v
      this.registerParameter("weight_v", v);
    } else {
      this.registerParameter("weight_v", v);
      this.registerBuffer("weight_g", g); // saved, never optimised
    }
  }
  /** The gains g `[out, 1]` (a parameter or, when fixed, a buffer). */
  get weightG(): Tensor {
    return this.paramOrNull("weight_g") ?? this.buffer("weight_g");
  }
  get weightV(): Tensor { return this.param("weight_v"); }
  forward(x: Tensor): Tensor {
    const w = aten._weight_norm(this.weightV, this.weightG, 0); // [out, in]
    try {
      return aten.linear(x, w, null); // [N, in] -> [N, out]
    } finally {
      w.dispose(); // autograd keeps what backward needs
    }
  }
}

function positiveInt(v: number | undefined, name: string, where: string): number {
  if (v === undefined || !Number.isInteger(v) || v < 1) throw new InputError(where, `${name} must be an integer ≥ 1, got ${String(v)}`);
  return v;
}

/** The official DINOHead `_init_weights`: trunc_normal(std .02) weights, zero biases, on every Linear of `m`. */
function initLinears(m: Module): void {
  for (const sub of m.namedModules().values()) {
    if (!(sub instanceof Linear)) continue;
    truncNormal_(sub.weight, 0.02);
    if (sub.bias) constant_(sub.bias, 0);
  }
}

/** DINO's projection head (see the file comment). */
export class DINOHead extends Module {
  readonly mlp: Module;
  readonly lastLayer: WeightNormLinear;
  readonly hiddenDim: number;
  readonly bottleneckDim: number;
  readonly nlayers: number;
  constructor(readonly inDim: number, readonly outDim: number, opts: DINOHeadOptions = {}) {
    super();
    const where = opts.where ?? "dinoHead";
    positiveInt(inDim, "inDim", where);
    positiveInt(outDim, "outDim", where);
    this.nlayers = positiveInt(opts.nlayers ?? 3, "nlayers", where);
    this.hiddenDim = positiveInt(opts.hiddenDim ?? 2048, "hiddenDim", where);
    this.bottleneckDim = positiveInt(opts.bottleneckDim ?? 256, "bottleneckDim", where);
    const dtype = opts.dtype;
    this.mlp = this.registerModule("mlp", buildMlp(inDim, this.nlayers, this.hiddenDim, this.bottleneckDim, opts.useBn ?? false, dtype));
    initLinears(this.mlp); // before the last layer exists, as the official `self.apply(self._init_weights)`
    this.lastLayer = this.registerModule("last_layer", new WeightNormLinear(this.bottleneckDim, outDim, {
      trainGain: !(opts.normLastLayer ?? true), dtype,
    }));
  }
  forward(x: Tensor): Tensor {
    const h = this.mlp.forward(x); // [N, bottleneck]
    const u = h.normalize(-1, 2, 1e-12); // F.normalize(x, dim=-1, p=2)
    h.dispose();
    try {
      return this.lastLayer.forward(u); // [N, K]
    } finally {
      u.dispose();
    }
  }
}

function buildMlp(inDim: number, nlayers: number, hidden: number, bottleneck: number, useBn: boolean, dtype?: DType): Module {
  if (nlayers === 1) return new Linear(inDim, bottleneck, { dtype });
  const mlp = new Sequential();
  const block = (from: number): void => {
    mlp.append(new Linear(from, hidden, { dtype }));
    if (useBn) mlp.append(new BatchNorm1d(hidden, { dtype }));
    mlp.append(new GELU());
  };
  block(inDim);
  for (let i = 0; i < nlayers - 2; i++) block(hidden);
  mlp.append(new Linear(hidden, bottleneck, { dtype }));
  return mlp;
}

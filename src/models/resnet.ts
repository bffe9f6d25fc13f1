/**
 * ResNets as torchvision's (`torchvision.models.resnet18/50`, v1.5: stride on the 3×3 conv of a bottleneck), without
 * the classifier: the backbone returns the pooled representation h. Parameter counts and state-dict names equal
 * torchvision's with `fc = nn.Identity()` (which is how Barlow Twins / VICReg build their encoders).
 *
 * `resnet18-cifar` is the usual CIFAR variant (SimCLR, solo-learn): a 3×3 stride-1 stem conv and no max-pool, so a
 * 32×32 input keeps 4×4 spatial resolution in the last stage.
 */
import { aten, type DType, type Tensor } from "../tensor/index.js";
import { Module, Conv2d, BatchNorm2d, ReLU, MaxPool2d, AdaptiveAvgPool2d, Flatten, Identity, Sequential, constant_, kaimingNormal_ } from "../nn/index.js";

interface BlockOpts {
  dtype?: DType;
}

function conv3x3(cin: number, cout: number, stride: number, dtype?: DType): Conv2d {
  return new Conv2d(cin, cout, 3, { stride, padding: 1, bias: false, dtype });
}
function conv1x1(cin: number, cout: number, stride: number, dtype?: DType): Conv2d {
  return new Conv2d(cin, cout, 1, { stride, bias: false, dtype });
}

/** Adds the shortcut in place and applies ReLU in place: `out = relu(out + identity)` without new buffers. */
function residual(out: Tensor, identity: Tensor): Tensor {
  out.add_(identity);
  relu_(out);
  return out;
}

/** In-place ReLU on a fresh intermediate (the returned handle aliases `t`). */
function relu_(t: Tensor): void {
  aten.relu_(t).dispose();
}

/** Two 3×3 convs (ResNet-18/34). Children: conv1 bn1 conv2 bn2 [downsample.0 downsample.1]. */
export class BasicBlock extends Module {
  static readonly expansion = 1;
  readonly conv1: Conv2d;
  readonly bn1: BatchNorm2d;
  readonly conv2: Conv2d;
  readonly bn2: BatchNorm2d;
  readonly downsample: Sequential | null;
  constructor(inplanes: number, planes: number, stride: number, opts: BlockOpts = {}) {
    super();
    const d = opts.dtype;
    this.conv1 = this.registerModule("conv1", conv3x3(inplanes, planes, stride, d));
    this.bn1 = this.registerModule("bn1", new BatchNorm2d(planes, { dtype: d }));
    this.conv2 = this.registerModule("conv2", conv3x3(planes, planes, 1, d));
    this.bn2 = this.registerModule("bn2", new BatchNorm2d(planes, { dtype: d }));
    this.downsample = stride !== 1 || inplanes !== planes
      ? this.registerModule("downsample", new Sequential(conv1x1(inplanes, planes, stride, d), new BatchNorm2d(planes, { dtype: d })))
      : null;
  }
  /** The BN whose weight `zeroInitResidual` zeroes (so each block starts as the identity). */
  get lastBn(): BatchNorm2d {
    return this.bn2;
  }
  forward(x: Tensor): Tensor {
    const a = this.conv1.forward(x);
    const b = this.bn1.forward(a);
    a.dispose();
    relu_(b);
    const c = this.conv2.forward(b);
    b.dispose();
    const out = this.bn2.forward(c);
    c.dispose();
    const identity = this.downsample ? this.downsample.forward(x) : x;
    residual(out, identity);
    if (identity !== x) identity.dispose();
    return out;
  }
}

/** 1×1 → 3×3 (stride) → 1×1 ×4 (ResNet-50). Children: conv1 bn1 conv2 bn2 conv3 bn3 [downsample.0 downsample.1]. */
export class Bottleneck extends Module {
  static readonly expansion = 4;
  readonly conv1: Conv2d;
  readonly bn1: BatchNorm2d;
  readonly conv2: Conv2d;
  readonly bn2: BatchNorm2d;
  readonly conv3: Conv2d;
  readonly bn3: BatchNorm2d;
  readonly downsample: Sequential | null;
  constructor(inplanes: number, planes: number, stride: number, opts: BlockOpts = {}) {
    super();
    const d = opts.dtype;
    const out = planes * Bottleneck.expansion;
    this.conv1 = this.registerModule("conv1", conv1x1(inplanes, planes, 1, d));
    this.bn1 = this.registerModule("bn1", new BatchNorm2d(planes, { dtype: d }));
    this.conv2 = this.registerModule("conv2", conv3x3(planes, planes, stride, d));
    this.bn2 = this.registerModule("bn2", new BatchNorm2d(planes, { dtype: d }));
    this.conv3 = this.registerModule("conv3", conv1x1(planes, out, 1, d));
    this.bn3 = this.registerModule("bn3", new BatchNorm2d(out, { dtype: d }));
    this.downsample = stride !== 1 || inplanes !== out
      ? this.registerModule("downsample", new Sequential(conv1x1(inplanes, out, stride, d), new BatchNorm2d(out, { dtype: d })))
      : null;
  }
  get lastBn(): BatchNorm2d {
    return this.bn3;
  }
  forward(x: Tensor): Tensor {
    let h = x;
    const stages: [Conv2d, BatchNorm2d][] = [[this.conv1, this.bn1], [this.conv2, this.bn2], [this.conv3, this.bn3]];
    stages.forEach(([conv, bn], i) => {
      const c = conv.forward(h);
      if (h !== x) h.dispose();
      h = bn.forward(c);
      c.dispose();
      if (i < 2) relu_(h);
    });
    const identity = this.downsample ? this.downsample.forward(x) : x;
    residual(h, identity);
    if (identity !== x) identity.dispose();
    return h;
  }
}

export interface ResNetOptions {
  /** Input channels (3 for RGB, 1 for gray). Default 3. */
  inChannels?: number;
  /** CIFAR stem: 3×3 stride-1 conv, no max-pool. */
  cifarStem?: boolean;
  /** Zero the last BN weight of each block (torchvision's `zero_init_residual`; Barlow Twins uses it). */
  zeroInitResidual?: boolean;
  dtype?: DType;
}

/**
 * A torchvision-compatible ResNet trunk: conv1 bn1 relu maxpool layer1..layer4 avgpool → h: [N, 512·expansion].
 * Init as torchvision: convs kaiming_normal(fan_out, relu), BN weight 1 / bias 0.
 *
 * @example
 * const f = new ResNet("basic", [2, 2, 2, 2], { cifarStem: true });
 * f.forward(x); // [N, 3, 32, 32] -> [N, 512]
 */
export class ResNet extends Module {
  readonly outDim: number;
  private readonly stem: Module[];
  private readonly stages: Sequential[];
  private readonly head: Module[];
  constructor(block: "basic" | "bottleneck", layers: [number, number, number, number], opts: ResNetOptions = {}) {
    super();
    const d = opts.dtype;
    const Block = block === "basic" ? BasicBlock : Bottleneck;
    const conv1 = opts.cifarStem
      ? new Conv2d(opts.inChannels ?? 3, 64, 3, { stride: 1, padding: 1, bias: false, dtype: d })
      : new Conv2d(opts.inChannels ?? 3, 64, 7, { stride: 2, padding: 3, bias: false, dtype: d });
    this.registerModule("conv1", conv1);
    const bn1 = this.registerModule("bn1", new BatchNorm2d(64, { dtype: d }));
    this.stem = [conv1, bn1, new ReLU({ inplace: true }), opts.cifarStem ? new Identity() : new MaxPool2d(3, { stride: 2, padding: 1 })];
    let inplanes = 64;
    this.stages = [64, 128, 256, 512].map((planes, i) => {
      const seq = new Sequential();
      for (let j = 0; j < layers[i]!; j++) {
        seq.append(new Block(inplanes, planes, j === 0 && i > 0 ? 2 : 1, { dtype: d }));
        inplanes = planes * Block.expansion;
      }
      return this.registerModule(`layer${i + 1}`, seq);
    });
    this.head = [new AdaptiveAvgPool2d(1), new Flatten()];
    this.outDim = inplanes;

    for (const m of this.namedModules().values()) {
      if (m instanceof Conv2d) kaimingNormal_(m.weight, "fan_out");
      // BatchNorm weight 1 / bias 0 is already BatchNorm2d's own default.
      if (opts.zeroInitResidual && (m instanceof BasicBlock || m instanceof Bottleneck)) constant_(m.lastBn.weight!, 0);
    }
  }
  forward(x: Tensor): Tensor {
    let h = x;
    for (const m of [...this.stem, ...this.stages, ...this.head]) {
      const y = m.forward(h);
      if (h !== x && y !== h) h.dispose();
      h = y;
    }
    return h; // [N, outDim]
  }
}

/** torchvision's ResNet-18 trunk (h: 512). */
export function resnet18(opts: ResNetOptions = {}): ResNet {
  return new ResNet("basic", [2, 2, 2, 2], opts);
}
/** ResNet-18 with the CIFAR stem (3×3 stride-1 conv, no max-pool); h: 512. */
export function resnet18Cifar(opts: ResNetOptions = {}): ResNet {
  return new ResNet("basic", [2, 2, 2, 2], { ...opts, cifarStem: true });
}
/** torchvision's ResNet-50 trunk (h: 2048). */
export function resnet50(opts: ResNetOptions = {}): ResNet {
  return new ResNet("bottleneck", [3, 4, 6, 3], opts);
}

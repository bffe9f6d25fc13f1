/** Backbones by name: the `--backbone` flag and the `backbone` config key resolve here. */
import type { DType } from "../tensor/index.js";
import type { Module } from "../nn/index.js";
import { InputError } from "../util/errors.js";
import { ConvNet } from "./convnet.js";
import { resnet18, resnet18Cifar, resnet50 } from "./resnet.js";

/** A backbone f: images [N, C, H, W] → representation h [N, outDim]. */
export type Backbone = Module & { readonly outDim: number };

export interface BackboneOptions {
  /** Input channels (1 for Fashion-MNIST, 3 for RGB). Default 1 for convnet, 3 for the ResNets. */
  inChannels?: number;
  /** ResNets only: zero the last BN weight of each residual block (Barlow Twins sets it). Default false. */
  zeroInitResidual?: boolean;
  dtype?: DType;
  /** Where the backbone lives (initialised on the CPU generator, then moved: the same weights on every device). */
  device?: string;
}

const REGISTRY = {
  /** Small ConvNet for 28×28 gray images (default), h: 256. */
  convnet: (o: BackboneOptions): Backbone => new ConvNet({ inChannels: o.inChannels ?? 1, dtype: o.dtype }),
  /** ResNet-18 with a 3×3 stride-1 stem and no max-pool (32×32 inputs), h: 512. */
  "resnet18-cifar": (o: BackboneOptions): Backbone => resnet18Cifar({ inChannels: o.inChannels ?? 3, zeroInitResidual: o.zeroInitResidual, dtype: o.dtype }),
  /** torchvision ResNet-18 (224×224 inputs), h: 512. */
  resnet18: (o: BackboneOptions): Backbone => resnet18({ inChannels: o.inChannels ?? 3, zeroInitResidual: o.zeroInitResidual, dtype: o.dtype }),
  /** torchvision ResNet-50 (224×224 inputs), h: 2048. */
  resnet50: (o: BackboneOptions): Backbone => resnet50({ inChannels: o.inChannels ?? 3, zeroInitResidual: o.zeroInitResidual, dtype: o.dtype }),
} as const;

export type BackboneName = keyof typeof REGISTRY;
/** Every backbone name, default first. */
export const BACKBONES = Object.keys(REGISTRY) as BackboneName[];
export const DEFAULT_BACKBONE: BackboneName = "convnet";

/**
 * Builds a backbone by name.
 * @throws InputError for an unknown name (listing the known ones).
 * @example
 * const f = buildBackbone("resnet18-cifar", { inChannels: 3, device: "cuda:0" });
 * f.outDim; // 512
 */
export function buildBackbone(name: string, opts: BackboneOptions = {}): Backbone {
  if (!(name in REGISTRY)) throw new InputError("backbone", `unknown backbone '${name}' (expected one of ${BACKBONES.join(", ")})`);
  return REGISTRY[name as BackboneName](opts).to({ device: opts.device }); // a no-op on the CPU
}

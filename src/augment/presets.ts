/**
 * Standard pipelines. Each returns a fresh, JSON-able {@link Pipeline}; tweak fields before use if needed.
 */
import type { Pipeline, ViewSpec } from "./pipeline.js";

export const IMAGENET_MEAN = [0.485, 0.456, 0.406];
export const IMAGENET_STD = [0.229, 0.224, 0.225];
export const CIFAR10_MEAN = [0.4914, 0.4822, 0.4465];
export const CIFAR10_STD = [0.247, 0.243, 0.261];
export const FASHION_MNIST_MEAN = [0.286];
export const FASHION_MNIST_STD = [0.353];

const COLOR = { p: 0.8, brightness: 0.4, contrast: 0.4, saturation: 0.2, hue: 0.1 };

/**
 * Barlow Twins / VICReg ImageNet pipeline: crop 0.08–1, flip, colour jitter (0.4, 0.4, 0.2, 0.1) p 0.8,
 * grayscale p 0.2, then asymmetric views — view 1 blur p 1.0 / solarize p 0, view 2 blur p 0.1 / solarize p 0.2.
 * @example const views = augmentViews(images, indices, imagenetPreset({ size: 224 }), { seed, epoch });
 */
export function imagenetPreset(opts: { size?: number; mean?: number[]; std?: number[] } = {}): Pipeline {
  const size = opts.size ?? 224;
  // torchvision's BT/VICReg code uses kernel 23 at 224 px (~10% of the side); scale it with the size.
  const k = Math.max(3, 2 * Math.floor(Math.round(size * 0.1) / 2) + 1);
  const base = (blurP: number, solP: number): ViewSpec => ({
    size, crop: { scale: [0.08, 1], ratio: [3 / 4, 4 / 3] }, flip: 0.5, jitter: { ...COLOR }, grayscale: 0.2,
    blur: { p: blurP, sigma: [0.1, 2.0], kernelSize: k }, solarize: { p: solP, threshold: 0.5 },
    normalize: { mean: opts.mean ?? IMAGENET_MEAN, std: opts.std ?? IMAGENET_STD },
  });
  return { name: "imagenet", views: [base(1.0, 0.0), base(0.1, 0.2)] };
}

/**
 * CIFAR pipeline (solo-learn's Barlow Twins / VICReg CIFAR setup): crop 0.08–1 at 32 px, flip, colour jitter
 * (0.4, 0.4, 0.2, 0.1) p 0.8, grayscale p 0.2, no blur (meaningless at 32 px), solarize p 0 / 0.2.
 * @example const [a, b] = augmentViews(images, indices, cifarPreset(), { seed: 0, epoch: 0 });
 */
export function cifarPreset(opts: { size?: number; mean?: number[]; std?: number[] } = {}): Pipeline {
  const size = opts.size ?? 32;
  const base = (solP: number): ViewSpec => ({
    size, crop: { scale: [0.08, 1], ratio: [3 / 4, 4 / 3] }, flip: 0.5, jitter: { ...COLOR }, grayscale: 0.2,
    blur: null, solarize: { p: solP, threshold: 0.5 }, normalize: { mean: opts.mean ?? CIFAR10_MEAN, std: opts.std ?? CIFAR10_STD },
  });
  return { name: "cifar", views: [base(0.0), base(0.2)] };
}

/**
 * Small grayscale pipeline for Fashion-MNIST (28×28, 1 channel): crops of 25–100% of the area (smaller crops
 * on 28 px often hold only background or a featureless patch of fabric), flip, brightness/contrast jitter
 * 0.4 with p 0.8 (there is no colour to jitter), a light blur on one view (p 0.5 / 0.1, 3×3, sigma 0.1–1.0)
 * and solarization only on the second view (p 0.1), keeping BT/VICReg's asymmetry at a gentler strength.
 * @example const [a, b] = augmentViews(images, indices, fashionMnistPreset(), { seed: 0, epoch: 0 }); // [B, 1, 28, 28] each
 */
export function fashionMnistPreset(opts: { size?: number } = {}): Pipeline {
  const size = opts.size ?? 28;
  const base = (blurP: number, solP: number): ViewSpec => ({
    size, crop: { scale: [0.25, 1], ratio: [3 / 4, 4 / 3] }, flip: 0.5,
    jitter: { p: 0.8, brightness: 0.4, contrast: 0.4, saturation: 0, hue: 0 }, grayscale: 0,
    blur: { p: blurP, sigma: [0.1, 1.0], kernelSize: 3 }, solarize: { p: solP, threshold: 0.5 },
    normalize: { mean: FASHION_MNIST_MEAN, std: FASHION_MNIST_STD },
  });
  return { name: "fashion-mnist", views: [base(0.5, 0.0), base(0.1, 0.1)] };
}

/** Presets by name (for the CLI and configs). */
export const PRESETS = { imagenet: imagenetPreset, cifar: cifarPreset, "fashion-mnist": fashionMnistPreset } as const;
export type PresetName = keyof typeof PRESETS;

/**
 * The preset that suits a dataset: fashion-mnist/mnist → small grayscale, cifar10/cifar100 → CIFAR, else ImageNet.
 * @example presetFor("fashion-mnist").name // "fashion-mnist"
 */
export function presetFor(dataset: string, size?: number): Pipeline {
  if (dataset === "fashion-mnist" || dataset === "mnist") {
    const p = fashionMnistPreset({ size });
    if (dataset === "mnist") {
      // Digits are not mirror-symmetric: a flip changes the class.
      for (const v of p.views) {
        v.flip = 0;
        v.normalize = { mean: [0.1307], std: [0.3081] };
      }
      p.name = "mnist";
    }
    return p;
  }
  if (dataset === "cifar10" || dataset === "cifar100") return cifarPreset({ size });
  return imagenetPreset({ size });
}

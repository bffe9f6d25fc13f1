/**
 * Batched image ops with per-sample parameters, all computed in libtorch. Images are float tensors in [0, 1],
 * shaped [N, C, H, W] (C = 1 or 3). Colour ops follow torchvision's functional tensor ops (0.14):
 * `_blend(a, b, f) = clamp(f·a + (1−f)·b, 0, 1)`, grayscale = 0.2989 R + 0.587 G + 0.114 B, hue via HSV.
 */
import { aten, tensor, type Tensor } from "../tensor/index.js";

/** One value per sample: a tensor [N], or numbers. */
export type PerSample = Tensor | ArrayLike<number>;
/** One flag per sample: a bool/0-1 tensor [N], or 0/1 numbers. */
export type PerSampleMask = Tensor | ArrayLike<number>;

/** Per-sample values as float32 [N, 1, 1, 1] on `device` (broadcast over C, H, W). */
function col(v: PerSample, n: number, device: string): Tensor {
  const t = v instanceof Object && "handle" in v ? (v as Tensor).to({ dtype: "float32", device }) : tensor(Float32Array.from(v as ArrayLike<number>), [n], { dtype: "float32", device });
  if (t.numel !== n) throw new RangeError(`expected ${n} per-sample values, got ${t.numel}`);
  return t.reshape([n, 1, 1, 1]);
}
/** Per-sample flags as bool [N, 1, 1, 1] on `device`. */
function maskCol(m: PerSampleMask, n: number, device: string): Tensor {
  const t = m instanceof Object && "handle" in m ? (m as Tensor).to({ dtype: "bool", device }) : tensor(Uint8Array.from(m as ArrayLike<number>), [n], { dtype: "bool", device });
  if (t.numel !== n) throw new RangeError(`expected ${n} per-sample flags, got ${t.numel}`);
  return t.reshape([n, 1, 1, 1]);
}

/**
 * uint8 [N, C, H, W] → float32 in [0, 1].
 * @example const x = toUnitFloat(batch.images); // float32 [N, C, H, W]
 */
export function toUnitFloat(images: Tensor): Tensor {
  return images.to("float32").div(255);
}

/**
 * Horizontal flip of the samples whose mask is set (all when no mask).
 * @example hflip(x, [1, 0, 1]) // flips samples 0 and 2
 */
export function hflip(x: Tensor, mask?: PerSampleMask): Tensor {
  const f = x.flip([3]);
  return mask === undefined ? f : f.where(maskCol(mask, x.size(0), x.device), x);
}

/**
 * Crops box `(top, left, height, width)` (pixels) of each sample and resizes it to `size` with bilinear
 * interpolation, optionally mirrored — all in one `affine_grid_generator` + `grid_sampler_2d` call for the batch.
 * Coordinates follow `align_corners=False` (as torchvision's resize); edges clamp (border padding).
 *
 * @param boxes N×4 numbers: top, left, height, width of each crop
 * @example resizedCrop(x, [0, 0, 28, 28], [28, 28]) // a full-image crop is a plain resize
 */
export function resizedCrop(x: Tensor, boxes: ArrayLike<number>, size: [number, number], flips?: ArrayLike<number>): Tensor {
  const [n, c, h, w] = x.shape as [number, number, number, number];
  if (boxes.length !== 4 * n) throw new RangeError(`resizedCrop: expected ${4 * n} box numbers, got ${boxes.length}`);
  // Output pixel u maps to input pixel left + (u + ½)·cw/W' − ½; in normalized coords x_in = (cw/W)·x_out + (2·left + cw)/W − 1.
  const theta = new Float32Array(n * 6);
  for (let i = 0; i < n; i++) {
    const top = boxes[4 * i]!, left = boxes[4 * i + 1]!, ch = boxes[4 * i + 2]!, cw = boxes[4 * i + 3]!;
    const s = flips && flips[i] ? -1 : 1;
    theta[6 * i] = (s * cw) / w;
    theta[6 * i + 2] = (2 * left + cw) / w - 1;
    theta[6 * i + 4] = ch / h;
    theta[6 * i + 5] = (2 * top + ch) / h - 1;
  }
  const th = tensor(theta, [n, 2, 3], { dtype: "float32", device: x.device });
  const grid = aten.affine_grid_generator(th, [n, c, size[0], size[1]], false); // [N, H', W', 2]
  return aten.grid_sampler_2d(x, grid, 0 /* bilinear */, 1 /* border */, false);
}

/**
 * Luma as torchvision's `rgb_to_grayscale`: 0.2989 R + 0.587 G + 0.114 B, [N, 1, H, W] (or repeated to 3 channels).
 * @example rgbToGrayscale(x, 3) // [N, 3, H, W], the three channels equal
 */
export function rgbToGrayscale(x: Tensor, outChannels: 1 | 3 = 1): Tensor {
  if (x.size(1) === 1) return outChannels === 1 ? x : x.expand([-1, 3, -1, -1]).contiguous();
  const w = tensor([0.2989, 0.587, 0.114], [1, 3, 1, 1], { dtype: "float32", device: x.device });
  const g = x.mul(w).sum(1, true);
  return outChannels === 1 ? g : g.expand([-1, 3, -1, -1]).contiguous();
}

/** torchvision's `_blend`: clamp(f·a + (1−f)·b, 0, 1) with a per-sample f [N, 1, 1, 1]. */
function blend(a: Tensor, b: Tensor | number, f: Tensor): Tensor {
  const mixed = typeof b === "number" ? a.mul(f) : aten.lerp_Tensor(b.expand(a.shape), a, f.expand(a.shape));
  return mixed.clamp(0, 1);
}

/**
 * Brightness: clamp(f·x, 0, 1) per sample (torchvision `adjust_brightness`).
 * @example adjustBrightness(x, [1.2, 0.8])
 */
export function adjustBrightness(x: Tensor, factor: PerSample): Tensor {
  return blend(x, 0, col(factor, x.size(0), x.device));
}

/**
 * Contrast: blend with the mean grayscale level of each image (torchvision `adjust_contrast`).
 * @example adjustContrast(x, [0.6, 1.4])
 */
export function adjustContrast(x: Tensor, factor: PerSample): Tensor {
  const mean = rgbToGrayscale(x, 1).mean([1, 2, 3], true); // [N, 1, 1, 1]
  return blend(x, mean, col(factor, x.size(0), x.device));
}

/**
 * Saturation: blend with the grayscale image (torchvision `adjust_saturation`); 1-channel images are returned as is.
 * @example adjustSaturation(x, [0, 2]) // sample 0 becomes gray
 */
export function adjustSaturation(x: Tensor, factor: PerSample): Tensor {
  if (x.size(1) === 1) return x.clone();
  return blend(x, rgbToGrayscale(x, 1), col(factor, x.size(0), x.device));
}

/** torchvision's `_rgb2hsv`, batched: [N, 3, H, W] → h, s, v in [0, 1]. */
function rgb2hsv(x: Tensor): [Tensor, Tensor, Tensor] {
  const [r, g, b] = [x.select(1, 0), x.select(1, 1), x.select(1, 2)];
  const maxc = x.amax(1);
  const minc = aten.amin(x, 1);
  const eqc = maxc.eq(minc);
  const cr = maxc.sub(minc);
  const one = aten.ones_like(maxc);
  const s = cr.div(one.where(eqc, maxc));
  const crDiv = one.where(eqc, cr);
  const rc = maxc.sub(r).div(crDiv);
  const gc = maxc.sub(g).div(crDiv);
  const bc = maxc.sub(b).div(crDiv);
  // torchvision picks the red formula where max = r, else green where max = g, else blue (masks that are exclusive
  // by construction), so two nested selects give the same h with fewer passes than masked sums.
  const hRGB = bc.sub(gc).where(maxc.eq(r), rc.sub(bc).add(2).where(maxc.eq(g), gc.sub(rc).add(4)));
  const h = aten.fmod_Scalar(hRGB.div(6).add(1), 1);
  return [h, s, maxc];
}

/**
 * HSV → RGB, batched: h, s, v [N, H, W] → [N, 3, H, W], by the closed form
 * channel(n) = v − v·s·clamp(min(k, 4 − k), 0, 1) with k = (n + 6h) mod 6 and n = 5, 3, 1 for R, G, B. It is the
 * same function as torchvision's `_hsv2rgb` (sector i = ⌊6h⌋ picking among v, p, q, t, whose clamps to [0, 1] never
 * bite for s, v ∈ [0, 1]), in a handful of ops on [N, 3, H, W] instead of six-way sector masks.
 */
function hsv2rgb(h: Tensor, s: Tensor, v: Tensor): Tensor {
  const offsets = tensor([5, 3, 1], [1, 3, 1, 1], { dtype: h.dtype, device: h.device }); // [1, 3, 1, 1]
  const k = aten.remainder_Scalar(h.unsqueeze(1).mul(6).add(offsets), 6); // [N, 3, H, W]
  const ramp = aten.minimum(k, k.rsub(4)).clamp(0, 1); // [N, 3, H, W]
  const vs = v.mul(s).unsqueeze(1); // [N, 1, H, W]
  return v.unsqueeze(1).sub(vs.mul(ramp));
}

/**
 * Hue shift by `factor` ∈ [−0.5, 0.5] turns of the colour wheel (torchvision `adjust_hue`); 1-channel images
 * are returned as is.
 * @example adjustHue(x, [0.1, -0.1])
 */
export function adjustHue(x: Tensor, factor: PerSample): Tensor {
  if (x.size(1) === 1) return x.clone();
  const n = x.size(0);
  const [h, s, v] = rgb2hsv(x);
  const shifted = aten.remainder_Scalar(h.add(col(factor, n, x.device).reshape([n, 1, 1])), 1);
  return hsv2rgb(shifted, s, v);
}

/**
 * Replaces the masked samples by their 3-channel grayscale (RandomGrayscale with a per-sample decision).
 * @example grayscaleWhere(x, [1, 0])
 */
export function grayscaleWhere(x: Tensor, mask: PerSampleMask): Tensor {
  if (x.size(1) === 1) return x.clone();
  return rgbToGrayscale(x, 3).where(maskCol(mask, x.size(0), x.device), x);
}

/**
 * Solarization: pixels ≥ threshold become 1 − x (torchvision `solarize`), for the masked samples.
 * @example solarize(x, 0.5, [1, 1])
 */
export function solarize(x: Tensor, threshold: number, mask?: PerSampleMask): Tensor {
  let cond = x.ge(threshold);
  if (mask !== undefined) cond = aten.logical_and(cond, maskCol(mask, x.size(0), x.device));
  return x.rsub(1).where(cond, x);
}

/**
 * Gaussian blur with a per-sample sigma and a fixed odd kernel size, reflect padding (torchvision
 * `gaussian_blur`). One depthwise (grouped) separable convolution pair for the whole batch.
 * @example gaussianBlur(x, [0.5, 1.5], 5)
 */
export function gaussianBlur(x: Tensor, sigma: PerSample, kernelSize: number): Tensor {
  if (kernelSize % 2 !== 1 || kernelSize < 1) throw new RangeError(`gaussianBlur: kernel size must be odd and positive, got ${kernelSize}`);
  const [n, c, h, w] = x.shape as [number, number, number, number];
  if (n === 0) return x.clone();
  const half = (kernelSize - 1) / 2;
  const pos = aten.linspace(-half, half, kernelSize, "float32", null, x.device).view([1, kernelSize]); // [1, k]
  const sig = col(sigma, n, x.device).reshape([n, 1]);
  const pdf = pos.div(sig).square().mul(-0.5).exp(); // [N, k]
  const k1 = pdf.div(pdf.sum(1, true));
  const kc = aten.repeat_interleave_self_int(k1, c, 0); // [N·C, k]: one kernel per (sample, channel)
  // Reflect padding needs pad < size; clamp the kernel's reach for tiny images.
  const pad = Math.min(half, h - 1, w - 1);
  const padded = half > 0 ? aten.reflection_pad2d(x, [pad, pad, pad, pad]) : x;
  const extra = half - pad;
  const xin = extra > 0 ? aten.pad(padded, [extra, extra, extra, extra], "replicate") : padded;
  const flat = xin.reshape([1, n * c, h + 2 * half, w + 2 * half]);
  const vert = aten.conv2d(flat, kc.view([n * c, 1, kernelSize, 1]), null, 1, 0, 1, n * c);
  const both = aten.conv2d(vert, kc.view([n * c, 1, 1, kernelSize]), null, 1, 0, 1, n * c);
  return both.reshape([n, c, h, w]);
}

/**
 * Per-channel normalization (x − mean) / std.
 * @example normalize(x, [0.286], [0.353])
 */
export function normalize(x: Tensor, mean: readonly number[], std: readonly number[]): Tensor {
  const c = x.size(1);
  if (mean.length !== c || std.length !== c) throw new RangeError(`normalize: ${c} channels but ${mean.length} means / ${std.length} stds`);
  const m = tensor(Float32Array.from(mean), [1, c, 1, 1], { dtype: "float32", device: x.device });
  const s = tensor(Float32Array.from(std), [1, c, 1, 1], { dtype: "float32", device: x.device });
  return x.sub(m).div(s);
}

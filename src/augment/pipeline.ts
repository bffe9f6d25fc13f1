/**
 * Augmentation pipelines: a list of view specs (K views), per-sample parameters drawn from
 * (seed, epoch, sample index, view) with a counter-based generator, applied as batched libtorch ops.
 * A sample's views therefore do not depend on the batch size, its position in the batch, or the process.
 */
import { tensor, tidy, aten, type Tensor } from "../tensor/index.js";
import { KeyedRandom } from "../data/rng.js";
import {
  adjustBrightness, adjustContrast, adjustHue, adjustSaturation, gaussianBlur, grayscaleWhere, normalize,
  resizedCrop, solarize, toUnitFloat,
} from "./ops.js";

/** One view's recipe (torchvision's transform order: crop, flip, jitter, grayscale, blur, solarize, normalize). */
export interface ViewSpec {
  /** Output size (square side or [height, width]). */
  size: number | [number, number];
  /** RandomResizedCrop's scale and aspect-ratio ranges; null = resize the whole image. */
  crop: { scale: [number, number]; ratio: [number, number] } | null;
  /** Probability of a horizontal flip. */
  flip: number;
  /** ColorJitter applied with probability p (strengths as torchvision: factors in [1−s, 1+s], hue in [−h, h]). */
  jitter: { p: number; brightness: number; contrast: number; saturation: number; hue: number } | null;
  /** Probability of converting to (3-channel) grayscale. */
  grayscale: number;
  /** Gaussian blur with probability p, sigma uniform in the range, fixed odd kernel size. */
  blur: { p: number; sigma: [number, number]; kernelSize: number } | null;
  /** Solarization with probability p at `threshold` (in [0, 1] units). */
  solarize: { p: number; threshold: number } | null;
  /** Per-channel normalization, or null to keep [0, 1]. */
  normalize: { mean: number[]; std: number[] } | null;
}

/** K views: view k uses `views[k % views.length]`. JSON-able, so worker threads can rebuild it. */
export interface Pipeline {
  name: string;
  views: ViewSpec[];
}

/** The per-sample parameters of one view of a batch (bookkeeping arrays, a few numbers per sample). */
export interface ViewParams {
  /** top, left, height, width per sample: [N·4]. */
  boxes: Float32Array;
  flip: Uint8Array;
  jitter: Uint8Array;
  brightness: Float32Array;
  contrast: Float32Array;
  saturation: Float32Array;
  hue: Float32Array;
  gray: Uint8Array;
  blur: Uint8Array;
  sigma: Float32Array;
  solarize: Uint8Array;
}

// Fixed slots: each parameter has its own counter so adding one never shifts the others.
const SLOT = { crop: 0, flip: 50, jitterP: 51, bright: 52, contrast: 53, sat: 54, hue: 55, gray: 56, blurP: 57, sigma: 58, solP: 59 };

/**
 * torchvision's `RandomResizedCrop.get_params` (10 tries, then a centre crop) driven by keyed draws.
 * @example cropBox(new KeyedRandom([0, 0, 5, 0]), 28, 28, [0.2, 1], [3 / 4, 4 / 3]) // [top, left, h, w]
 */
export function cropBox(r: KeyedRandom, height: number, width: number, scale: [number, number], ratio: [number, number]): [number, number, number, number] {
  const area = height * width;
  const [lr0, lr1] = [Math.log(ratio[0]), Math.log(ratio[1])];
  for (let t = 0; t < 10; t++) {
    const target = area * r.range(SLOT.crop + 4 * t, scale[0], scale[1]);
    const aspect = Math.exp(r.range(SLOT.crop + 4 * t + 1, lr0, lr1));
    const w = Math.round(Math.sqrt(target * aspect));
    const h = Math.round(Math.sqrt(target / aspect));
    if (w > 0 && w <= width && h > 0 && h <= height) {
      return [r.int(SLOT.crop + 4 * t + 2, 0, height - h + 1), r.int(SLOT.crop + 4 * t + 3, 0, width - w + 1), h, w];
    }
  }
  const inRatio = width / height;
  let w = width;
  let h = height;
  if (inRatio < Math.min(...ratio)) h = Math.round(w / Math.min(...ratio));
  else if (inRatio > Math.max(...ratio)) w = Math.round(h * Math.max(...ratio));
  return [Math.floor((height - h) / 2), Math.floor((width - w) / 2), h, w];
}

/**
 * Draws view `view`'s parameters for the samples `indices` (dataset indices) at `epoch`.
 * @example sampleViewParams(preset.views[0], 0, [10, 11], { seed: 1, epoch: 0, height: 28, width: 28 })
 */
export function sampleViewParams(
  spec: ViewSpec,
  view: number,
  indices: ArrayLike<number>,
  ctx: { seed: number; epoch: number; height: number; width: number },
): ViewParams {
  const n = indices.length;
  const p: ViewParams = {
    boxes: new Float32Array(4 * n), flip: new Uint8Array(n), jitter: new Uint8Array(n), brightness: new Float32Array(n).fill(1),
    contrast: new Float32Array(n).fill(1), saturation: new Float32Array(n).fill(1), hue: new Float32Array(n), gray: new Uint8Array(n),
    blur: new Uint8Array(n), sigma: new Float32Array(n), solarize: new Uint8Array(n),
  };
  for (let i = 0; i < n; i++) {
    const r = new KeyedRandom([ctx.seed, ctx.epoch, indices[i]!, view]);
    const box = spec.crop ? cropBox(r, ctx.height, ctx.width, spec.crop.scale, spec.crop.ratio) : [0, 0, ctx.height, ctx.width];
    p.boxes.set(box, 4 * i);
    p.flip[i] = r.uniform(SLOT.flip) < spec.flip ? 1 : 0;
    const j = spec.jitter;
    if (j && r.uniform(SLOT.jitterP) < j.p) {
      p.jitter[i] = 1;
      p.brightness[i] = r.range(SLOT.bright, Math.max(0, 1 - j.brightness), 1 + j.brightness);
      p.contrast[i] = r.range(SLOT.contrast, Math.max(0, 1 - j.contrast), 1 + j.contrast);
      p.saturation[i] = r.range(SLOT.sat, Math.max(0, 1 - j.saturation), 1 + j.saturation);
      p.hue[i] = r.range(SLOT.hue, -j.hue, j.hue);
    }
    p.gray[i] = r.uniform(SLOT.gray) < spec.grayscale ? 1 : 0;
    if (spec.blur && r.uniform(SLOT.blurP) < spec.blur.p) {
      p.blur[i] = 1;
      p.sigma[i] = r.range(SLOT.sigma, spec.blur.sigma[0], spec.blur.sigma[1]);
    }
    p.solarize[i] = spec.solarize && r.uniform(SLOT.solP) < spec.solarize.p ? 1 : 0;
  }
  return p;
}

function anySet(a: ArrayLike<number>): boolean {
  for (let i = 0; i < a.length; i++) if (a[i]) return true;
  return false;
}

/**
 * Applies one view with given parameters to float images in [0, 1] [N, C, H, W] → [N, C, H', W'].
 * @example applyView(toUnitFloat(images), spec, sampleViewParams(spec, 0, indices, ctx))
 */
export function applyView(x: Tensor, spec: ViewSpec, p: ViewParams): Tensor {
  return tidy(() => {
    const [n, c, h, w] = x.shape as [number, number, number, number];
    const size: [number, number] = typeof spec.size === "number" ? [spec.size, spec.size] : spec.size;
    let y: Tensor;
    const identityGeom = !spec.crop && size[0] === h && size[1] === w;
    if (identityGeom && !anySet(p.flip)) y = x;
    else if (identityGeom) y = x.flip([3]).where(tensor(p.flip, [n], { dtype: "bool", device: x.device }).reshape([n, 1, 1, 1]), x);
    else y = resizedCrop(x, p.boxes, size, p.flip);
    const j = spec.jitter;
    if (j && anySet(p.jitter)) {
      // Fixed order (brightness, contrast, saturation, hue); torchvision permutes the order per call — a
      // per-sample order would need every op on every sample four times.
      if (j.brightness > 0) y = adjustBrightness(y, p.brightness);
      if (j.contrast > 0) y = adjustContrast(y, p.contrast);
      if (j.saturation > 0 && c === 3) y = adjustSaturation(y, p.saturation);
      if (j.hue > 0 && c === 3) y = onRows(y, p.jitter, (rows, sel) => adjustHue(sel, Float32Array.from(rows, (i) => p.hue[i]!)));
    }
    if (spec.grayscale > 0 && c === 3 && anySet(p.gray)) y = grayscaleWhere(y, p.gray);
    if (spec.blur && anySet(p.blur)) {
      const k = spec.blur.kernelSize;
      y = onRows(y, p.blur, (rows, sel) => gaussianBlur(sel, Float32Array.from(rows, (i) => p.sigma[i]!), k));
    }
    if (spec.solarize && anySet(p.solarize)) {
      const threshold = spec.solarize.threshold;
      y = onRows(y, p.solarize, (_, sel) => solarize(sel, threshold));
    }
    if (spec.normalize) y = normalize(y, spec.normalize.mean, spec.normalize.std);
    return y === x ? x.clone() : y.contiguous();
  });
}

/**
 * Applies `fn` only to the rows whose mask is set and puts the results back: the costly per-sample ops (hue, blur,
 * solarize) then cost in proportion to their probability instead of the whole batch.
 */
function onRows(y: Tensor, mask: Uint8Array, fn: (rows: Int32Array, selected: Tensor) => Tensor): Tensor {
  const rows = Int32Array.from(Array.from(mask, (b, i) => (b ? i : -1)).filter((i) => i >= 0));
  if (rows.length === y.size(0)) return fn(rows, y);
  const idx = tensor(rows, [rows.length], { dtype: "int32", device: y.device }).to("int64");
  return aten.index_copy(y, 0, idx, fn(rows, y.indexSelect(0, idx)));
}

/**
 * K augmented views of a uint8 batch [B, C, H, W] whose rows are dataset samples `indices`.
 * Returns K float32 tensors [B, C, H', W'] (K = `opts.views` or the pipeline's number of views).
 *
 * @example
 * const [v1, v2] = augmentViews(batch.images, batch.indices, fashionMnistPreset(), { seed: 0, epoch: 3 });
 */
export function augmentViews(
  images: Tensor,
  indices: ArrayLike<number>,
  pipeline: Pipeline,
  opts: { seed: number; epoch: number; views?: number },
): Tensor[] {
  const [n, , h, w] = images.shape as [number, number, number, number];
  if (indices.length !== n) throw new RangeError(`augmentViews: ${n} images but ${indices.length} indices`);
  const k = opts.views ?? pipeline.views.length;
  return tidy(() => {
    const x = images.dtype === "uint8" ? toUnitFloat(images) : images.to("float32");
    const out: Tensor[] = [];
    for (let v = 0; v < k; v++) {
      const spec = pipeline.views[v % pipeline.views.length]!;
      out.push(applyView(x, spec, sampleViewParams(spec, v, indices, { seed: opts.seed, epoch: opts.epoch, height: h, width: w })));
    }
    return out;
  });
}

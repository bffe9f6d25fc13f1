/**
 * `.npy` image datasets: images as [N, H, W], [N, H, W, C] (channels last) or [N, C, H, W] (C = 1 or 3),
 * uint8 or float (floats in [0, 1] are scaled by 255; floats above 1 are taken as 0..255), plus an optional
 * integer labels `.npy` of shape [N]. Parsing is done by the tensor layer's `.npy` reader.
 *
 * Values that cannot be pixels (NaN, ±Inf, negative, above 255) and labels that cannot be classes (fractional,
 * NaN, negative, or for a test split not among the training classes) are refused with their count and the index
 * of the first, never clamped or truncated into something that trains.
 */
import { existsSync } from "node:fs";
import { InputError } from "../util/errors.js";
import { aten, tidy, type Tensor } from "../tensor/index.js";
import { checkMemory } from "../util/memory.js";
import { readNpy } from "../tensor/io/npy.js";
import { ArrayDataset, sharedBytes } from "./dataset.js";

/**
 * How many entries of a boolean `mask` are true, and the index (in `mask`'s shape) of the first; null when none is.
 * @example firstTrue(labels.ge(10)) // { count: 2, index: [17] }
 */
export function firstTrue(mask: Tensor): { count: number; index: number[] } | null {
  return tidy(() => {
    const count = mask.sum().item();
    if (count === 0) return null;
    // argmax returns the first maximal entry: the first true one of the flattened mask.
    let flat = mask.reshape([-1]).to("uint8").argmax().item();
    const index = new Array<number>(mask.ndim).fill(0);
    for (let d = mask.ndim - 1; d >= 0; d--) {
      index[d] = flat % mask.shape[d]!;
      flat = Math.floor(flat / mask.shape[d]!);
    }
    return { count, index };
  });
}

/** The value of `t` at `index` as a string (NaN and Inf included). */
function valueAt(t: Tensor, index: number[]): string {
  return String(tidy(() => index.reduce((x, i) => x.select(0, i), t).to("float64").item()));
}

/** Refuses pixel values that are not in 0..255 (NaN, ±Inf, negative, too large), with the count and the first. */
function checkPixels(t: Tensor, where: string): void {
  if (t.dtype === "uint8" || t.dtype === "bool") return;
  const bad = tidy(() => {
    const out = aten.logical_or(t.lt(0), t.gt(255));
    return firstTrue(t.dtype.startsWith("float") || t.dtype === "bfloat16" ? aten.logical_or(out, t.isfinite().logicalNot()) : out);
  });
  if (!bad) return;
  const n = bad.count;
  throw new InputError(where, `${n} pixel value${n === 1 ? " is" : "s are"} NaN, Inf or outside 0..255, the first at index ` +
    `[${bad.index.join(", ")}] (${valueAt(t, bad.index)}); expected uint8, or floats in [0, 1] or 0..255`);
}

/** Most classes a labels file may name (the linear probe holds a D×classes matrix). */
export const MAX_CLASSES = 1_000_000;

/**
 * Refuses labels that are not class indices: fractional, NaN/Inf, negative, ≥ {@link MAX_CLASSES}, or (for a test
 * split, `numClasses` given) not among the training classes. Each message has the count and the first index.
 */
function checkLabels(l: Tensor, where: string, numClasses: number | undefined): void {
  const refuse = (mask: () => Tensor, what: string) => {
    const bad = tidy(() => firstTrue(mask()));
    if (!bad) return;
    const n = bad.count;
    throw new InputError(where, `${n} label${n === 1 ? " is" : "s are"} ${what}, the first at index ${bad.index[0]} (${valueAt(l, bad.index)})`);
  };
  if (l.dtype === "bool") return;
  if (l.dtype.startsWith("float") || l.dtype === "bfloat16") {
    refuse(() => aten.logical_or(l.isfinite().logicalNot(), l.ne(l.round())), "not whole numbers (labels are class indices 0, 1, 2, ...)");
  }
  refuse(() => l.lt(0), "negative (labels are class indices 0, 1, 2, ...)");
  refuse(() => l.ge(MAX_CLASSES), `${MAX_CLASSES} or more (at most ${MAX_CLASSES} classes)`);
  if (numClasses !== undefined) refuse(() => l.ge(numClasses), `not among the ${numClasses} training classes 0..${numClasses - 1}`);
}

/** Converts any supported image tensor to uint8 NCHW (in libtorch); refuses values that are not pixels. */
function toNchwUint8(t: Tensor, where: string): Tensor {
  checkPixels(t, where);
  const s = t.shape;
  let x = t;
  if (s.length === 3) x = x.unsqueeze(1);
  else if (s.length === 4) {
    if (s[3] === 1 || s[3] === 3 || s[3] === 4) x = x.permute([0, 3, 1, 2]);
    else if (!(s[1] === 1 || s[1] === 3)) {
      throw new InputError(where, `cannot tell the channel axis of shape [${s.join(", ")}] (expected N×H×W, N×H×W×C or N×C×H×W with C = 1 or 3)`);
    }
  } else {
    throw new InputError(where, `expected images of shape N×H×W or N×H×W×C, got [${s.join(", ")}]`);
  }
  if (x.shape[1] === 4) x = x.narrow(1, 0, 3); // drop alpha
  if (x.dtype === "uint8") return x.contiguous();
  if (x.dtype === "bool" || x.dtype.startsWith("int")) return x.clamp(0, 255).to("uint8").contiguous();
  // Floats: [0, 1] images are scaled; anything larger is already on the 0..255 scale.
  const scale = x.max().item() <= 1 ? 255 : 1;
  return x.to("float32").mul(scale).round().clamp(0, 255).to("uint8").contiguous();
}

/**
 * Loads images (and optional labels) from `.npy` files as one split. Without labels every label is 0.
 * @example const ds = loadNpyImages("x_train.npy", "y_train.npy"); // uint8 [N, C, H, W] inside
 */
export function loadNpyImages(
  imagesPath: string,
  labelsPath?: string | null,
  meta: { name?: string; split?: "train" | "test"; numClasses?: number } = {},
): ArrayDataset {
  if (!existsSync(imagesPath)) throw new InputError(imagesPath, `file not found (looked for ${imagesPath})`);
  const { pixels, shape } = tidy(() => {
    const t = toNchwUint8(readNpy(imagesPath), imagesPath);
    return { pixels: t.data() as Uint8Array, shape: t.shape };
  });
  const [n, c, h, w] = shape as [number, number, number, number];
  if (n === 0 || h === 0 || w === 0) throw new InputError(imagesPath, `no pixels: images of shape [${shape.join(", ")}] (N×C×H×W)`);
  let labels: Int32Array = new Int32Array(n);
  if (labelsPath) {
    if (!existsSync(labelsPath)) throw new InputError(labelsPath, `file not found (looked for ${labelsPath})`);
    labels = tidy(() => {
      const l = readNpy(labelsPath);
      if (l.ndim !== 1) throw new InputError(labelsPath, `expected labels of shape [N], got [${l.shape.join(", ")}]`);
      if (l.size(0) !== n) {
        throw new InputError(labelsPath, `label/image count mismatch: ${l.size(0)} labels in ${labelsPath}, ${n} images in ${imagesPath}`);
      }
      checkLabels(l, labelsPath, meta.numClasses);
      return l.to("int32").data() as Int32Array;
    });
  }
  let maxLabel = 0;
  for (const v of labels) if (v > maxLabel) maxLabel = v;
  return new ArrayDataset({
    name: meta.name ?? "npy", split: meta.split ?? "train", pixels: sharedBytes(pixels.length, pixels), labels,
    channels: c, height: h, width: w, numClasses: meta.numClasses ?? maxLabel + 1,
  });
}

/**
 * `.npy` image datasets: images as [N, H, W], [N, H, W, C] (channels last) or [N, C, H, W] (C = 1 or 3),
 * uint8 or float (floats in [0, 1] are scaled by 255; floats above 1 are taken as 0..255), plus an optional
 * integer labels `.npy` of shape [N]. Parsing is done by the tensor layer's `.npy` reader.
 */
import { existsSync } from "node:fs";
import { InputError } from "../util/errors.js";
import { tidy, type Tensor } from "../tensor/index.js";
import { readNpy } from "../tensor/io/npy.js";
import { ArrayDataset, sharedBytes } from "./dataset.js";

/** Converts any supported image tensor to uint8 NCHW (in libtorch). */
function toNchwUint8(t: Tensor, where: string): Tensor {
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
  let labels: Int32Array = new Int32Array(n);
  if (labelsPath) {
    if (!existsSync(labelsPath)) throw new InputError(labelsPath, `file not found (looked for ${labelsPath})`);
    labels = tidy(() => {
      const l = readNpy(labelsPath);
      if (l.ndim !== 1) throw new InputError(labelsPath, `expected labels of shape [N], got [${l.shape.join(", ")}]`);
      if (l.size(0) !== n) {
        throw new InputError(labelsPath, `label/image count mismatch: ${l.size(0)} labels in ${labelsPath}, ${n} images in ${imagesPath}`);
      }
      return l.to("int32").data() as Int32Array;
    });
    for (const v of labels) if (v < 0) throw new InputError(labelsPath, `labels must be ≥ 0, found ${v}`);
  }
  let maxLabel = 0;
  for (const v of labels) if (v > maxLabel) maxLabel = v;
  return new ArrayDataset({
    name: meta.name ?? "npy", split: meta.split ?? "train", pixels: sharedBytes(pixels.length, pixels), labels,
    channels: c, height: h, width: w, numClasses: meta.numClasses ?? maxLabel + 1,
  });
}

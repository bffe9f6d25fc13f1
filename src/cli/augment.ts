/**
 * `nocollapse augment`: writes an image grid (PNG, JPEG or WebP, by the extension of --out) of dataset images (first
 * column) and their augmented views, to see a pipeline.
 */
import { extname } from "node:path";
import type { Command } from "commander";
import sharp from "sharp";
import { tidy, cat, aten } from "../tensor/index.js";
import { InputError } from "../util/errors.js";
import { sameFile, writeFileAtomic } from "../util/fs.js";
import { checkMemory } from "../util/memory.js";
import { checkImageSide } from "../trainer/data.js";
import { loadDataset, DATASET_NAMES, type DatasetName } from "../data/index.js";
import { augmentViews, presetFor, PRESETS, type PresetName } from "../augment/index.js";

/** Output formats by extension, and the largest side each encoder takes. */
const FORMATS = {
  ".png": { format: "png", maxSide: 2 ** 31 - 1 },
  ".jpg": { format: "jpeg", maxSide: 65535 },
  ".jpeg": { format: "jpeg", maxSide: 65535 },
  ".webp": { format: "webp", maxSide: 16383 },
} as const;

/** The encoder for `out`'s extension; anything else is refused naming the allowed ones. */
function formatFor(out: string): (typeof FORMATS)[keyof typeof FORMATS] {
  const ext = extname(out).toLowerCase();
  if (!Object.hasOwn(FORMATS, ext)) {
    throw new InputError("--out", `unknown image type '${ext || "(no extension)"}' in ${out} (expected ${Object.keys(FORMATS).join(", ")})`);
  }
  return FORMATS[ext as keyof typeof FORMATS];
}

export function register(program: Command): void {
  program
    .command("augment")
    .description("write an image grid (PNG, JPEG or WebP by --out's extension) of dataset images and their augmented views")
    .option("--dataset <name>", `one of ${DATASET_NAMES.join(", ")}`, "fashion-mnist")
    .option("--data-dir <dir>", "folder of the dataset files")
    .option("--images <file>", "images .npy (dataset npy)")
    .option("--preset <name>", `augmentation preset (${Object.keys(PRESETS).join(", ")}); default: by dataset`)
    .option("--views <k>", "views per image", "4")
    .option("--rows <n>", "images (rows)", "8")
    .option("--seed <n>", "seed", "0")
    .option("--epoch <n>", "epoch", "0")
    .option("--scale <n>", "pixel scale of the image", "4")
    .option("--out <file>", "output image: .png, .jpg/.jpeg or .webp", "views.png")
    .action(async (o: { dataset: string; dataDir?: string; images?: string; preset?: string; views: string; rows: string; seed: string; epoch: string; scale: string; out: string }) => {
      if (!DATASET_NAMES.includes(o.dataset as DatasetName)) throw new InputError("--dataset", `unknown dataset '${o.dataset}' (expected one of ${DATASET_NAMES.join(", ")})`);
      // Own keys only: `in` would accept "__proto__" or "toString" and then call them as a preset.
      if (o.preset !== undefined && !Object.hasOwn(PRESETS, o.preset)) throw new InputError("--preset", `unknown preset '${o.preset}' (expected one of ${Object.keys(PRESETS).join(", ")})`);
      const int = (v: string, flag: string, min: number) => {
        const n = Number(v);
        if (!Number.isInteger(n) || n < min) throw new InputError(flag, `expected an integer ≥ ${min}, got '${v}'`);
        return n;
      };
      const [k, rows, seed, epoch, scale] = [int(o.views, "--views", 1), int(o.rows, "--rows", 1), int(o.seed, "--seed", 0), int(o.epoch, "--epoch", 0), int(o.scale, "--scale", 1)];
      const enc = formatFor(o.out);
      if (o.images && sameFile(o.out, o.images)) throw new InputError("--out", `${o.out} is the same file as --images ${o.images}; writing there would overwrite the input`);
      const { train } = await loadDataset(o.dataset as DatasetName, { dataDir: o.dataDir, images: o.images });
      checkImageSide(train, o.images ? `--images ${o.images}` : o.dataDir ? `--data-dir ${o.dataDir}` : "--dataset");
      const size = Math.max(train.height, train.width);
      const gridW = (k + 1) * size * scale;
      const gridH = Math.min(rows, train.length) * size * scale;
      if (gridW > enc.maxSide || gridH > enc.maxSide) {
        throw new InputError("--scale", `the grid would be ${gridW}×${gridH} px, more than the ${enc.maxSide} px a side ${enc.format.toUpperCase()} allows (lower --scale, --views or --rows)`);
      }
      // The scaled-up grid is held as bytes about three times (the tensor, its copy out, the encoder's input), at most RGB.
      checkMemory("--scale", gridW * gridH * 3 * 4, `a ${gridW}×${gridH} px grid (--scale ${scale})`);
      const pipeline = o.preset ? PRESETS[o.preset as PresetName]({ size }) : presetFor(o.dataset, size);
      for (const v of pipeline.views) v.normalize = null; // show pixels, not normalized values
      const n = Math.min(rows, train.length);
      const indices = Int32Array.from({ length: n }, (_, i) => Math.floor((i * train.length) / n));
      const { png, w, h, c } = tidy(() => {
        const imgs = train.batch(indices);
        const orig = augmentViews(imgs, indices, { name: "resize", views: [{ ...pipeline.views[0]!, crop: null, flip: 0, jitter: null, grayscale: 0, blur: null, solarize: null }] }, { seed, epoch })[0]!;
        const views = augmentViews(imgs, indices, pipeline, { seed, epoch, views: k });
        // [N, K+1, C, S, S] → grid [N·S, (K+1)·S, C], scaled up by pixel repetition.
        const all = cat([orig, ...views].map((t) => t.unsqueeze(1)), 1); // [N, K+1, C, S, S]
        const ch = all.size(2);
        const grid = all.permute([0, 3, 1, 4, 2]).reshape([n * size, (k + 1) * size, ch]);
        // To bytes first, then scaled up by pixel repetition: the large grid is uint8, never float32.
        const small = grid.mul(255).round().clamp(0, 255).to("uint8");
        const bytes = aten.repeat_interleave_self_int(aten.repeat_interleave_self_int(small, scale, 0), scale, 1).contiguous();
        return { png: bytes.data() as Uint8Array, w: (k + 1) * size * scale, h: n * size * scale, c: ch };
      });
      const img = sharp(Buffer.from(png.buffer, png.byteOffset, png.byteLength), { raw: { width: w, height: h, channels: c as 1 | 3 }, limitInputPixels: false });
      const bytes = await (enc.format === "png" ? img.png() : enc.format === "jpeg" ? img.jpeg({ quality: 92 }) : img.webp({ lossless: true })).toBuffer();
      writeFileAtomic(o.out, bytes);
      console.log(`wrote ${o.out}: ${n} images × (original + ${k} views), preset ${pipeline.name}`);
    });
}

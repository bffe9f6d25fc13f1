/** `nocollapse augment`: writes a PNG grid of images (first column) and their augmented views, to see a pipeline. */
import type { Command } from "commander";
import sharp from "sharp";
import { tidy, cat, aten } from "../tensor/index.js";
import { InputError } from "../util/errors.js";
import { loadDataset, DATASET_NAMES, type DatasetName } from "../data/index.js";
import { augmentViews, presetFor, PRESETS, type PresetName } from "../augment/index.js";

export function register(program: Command): void {
  program
    .command("augment")
    .description("write a PNG grid of dataset images and their augmented views")
    .option("--dataset <name>", `one of ${DATASET_NAMES.join(", ")}`, "fashion-mnist")
    .option("--data-dir <dir>", "folder of the dataset files")
    .option("--images <file>", "images .npy (dataset npy)")
    .option("--preset <name>", `augmentation preset (${Object.keys(PRESETS).join(", ")}); default: by dataset`)
    .option("--views <k>", "views per image", "4")
    .option("--rows <n>", "images (rows)", "8")
    .option("--seed <n>", "seed", "0")
    .option("--epoch <n>", "epoch", "0")
    .option("--scale <n>", "pixel scale of the PNG", "4")
    .option("--out <file>", "output PNG", "views.png")
    .action(async (o: { dataset: string; dataDir?: string; images?: string; preset?: string; views: string; rows: string; seed: string; epoch: string; scale: string; out: string }) => {
      if (!DATASET_NAMES.includes(o.dataset as DatasetName)) throw new InputError("--dataset", `unknown dataset '${o.dataset}' (expected one of ${DATASET_NAMES.join(", ")})`);
      if (o.preset && !(o.preset in PRESETS)) throw new InputError("--preset", `unknown preset '${o.preset}' (expected one of ${Object.keys(PRESETS).join(", ")})`);
      const int = (v: string, flag: string, min: number) => {
        const n = Number(v);
        if (!Number.isInteger(n) || n < min) throw new InputError(flag, `expected an integer ≥ ${min}, got '${v}'`);
        return n;
      };
      const [k, rows, seed, epoch, scale] = [int(o.views, "--views", 1), int(o.rows, "--rows", 1), int(o.seed, "--seed", 0), int(o.epoch, "--epoch", 0), int(o.scale, "--scale", 1)];
      const { train } = await loadDataset(o.dataset as DatasetName, { dataDir: o.dataDir, images: o.images });
      const size = Math.max(train.height, train.width);
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
        const big = aten.repeat_interleave_self_int(aten.repeat_interleave_self_int(grid, scale, 0), scale, 1);
        const bytes = big.mul(255).round().clamp(0, 255).to("uint8").contiguous();
        return { png: bytes.data() as Uint8Array, w: (k + 1) * size * scale, h: n * size * scale, c: ch };
      });
      await sharp(Buffer.from(png.buffer, png.byteOffset, png.byteLength), { raw: { width: w, height: h, channels: c as 1 | 3 } }).png().toFile(o.out);
      console.log(`wrote ${o.out}: ${n} images × (original + ${k} views), preset ${pipeline.name}`);
    });
}

/**
 * ImageFolder: `root/<class>/*.{jpg,jpeg,png,webp}` (classes sorted by name, as torchvision's ImageFolder).
 * Images are decoded and resized with sharp; its async pipeline runs on libuv's worker threads, so decoding
 * is spread over the cores while this thread only collects results. The decoded uint8 tensor can be cached as
 * `.npy` (+ a labels `.npy` and a JSON sidecar that says what the cache holds).
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { extname, join, resolve } from "node:path";
import sharp from "sharp";
import { z } from "zod";
import { InputError } from "../util/errors.js";
import { readTextFile, writeFileAtomic } from "../util/fs.js";
import { checkMemory } from "../util/memory.js";
import { tensor, tidy } from "../tensor/index.js";
import { readNpy, writeNpy } from "../tensor/io/npy.js";
import { ArrayDataset, sharedBytes, type DatasetSplits } from "./dataset.js";

const EXTENSIONS = new Set([".jpg", ".jpeg", ".png", ".webp"]);

/** Options of {@link loadImageFolder}. */
export interface ImageFolderOptions {
  /** Output side length: images are resized (cover + centre crop) to size×size. Default 64. */
  size?: number;
  /** 3 = RGB (default), 1 = grayscale. */
  channels?: 1 | 3;
  /** What to do with a file sharp cannot decode: "fail" (default) throws naming the file; "skip" drops it. */
  onError?: "fail" | "skip";
  /** Called for each skipped file. */
  onSkip?: (file: string, reason: string) => void;
  /** Path of a `.npy` cache of the decoded images (`<cache>.labels.npy` and `<cache>.json` beside it). */
  cache?: string;
  /** Parallel decodes in flight. Default: the number of cores. */
  concurrency?: number;
  split?: "train" | "test";
}

/** Lists `root/<class>/<image>` files; errors on a missing root, no classes, or an empty class folder. */
export function listImageFolder(root: string): { classes: string[]; files: string[]; labels: number[] } {
  if (!existsSync(root) || !statSync(root).isDirectory()) throw new InputError(root, `directory not found (looked for ${resolve(root)})`);
  const classes = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  if (classes.length === 0) throw new InputError(root, "no class folders found (expected root/<class>/<image>.jpg|png|webp)");
  const files: string[] = [];
  const labels: number[] = [];
  classes.forEach((cls, k) => {
    const dir = join(root, cls);
    const imgs = readdirSync(dir).filter((f) => EXTENSIONS.has(extname(f).toLowerCase())).sort();
    if (imgs.length === 0) throw new InputError(dir, `empty class folder: no .jpg/.jpeg/.png/.webp images in class '${cls}'`);
    for (const f of imgs) {
      files.push(join(dir, f));
      labels.push(k);
    }
  });
  return { classes, files, labels };
}

/** The cache sidecar (`<cache>.json`): what the cached arrays hold. */
const CacheMetaSchema = z.object({
  root: z.string(),
  size: z.number().int().positive(),
  channels: z.number().int().positive(),
  classes: z.array(z.string()),
  files: z.number().int().min(0),
  skipped: z.array(z.string()),
});
type CacheMeta = z.infer<typeof CacheMetaSchema>;

/** Largest cache sidecar read (it lists the skipped files: ~100 bytes each). */
const SIDECAR_MAX_BYTES = 64 * 2 ** 20;

/**
 * The sidecar of a cache, or null when it does not parse as one (a stale or foreign file: the cache is rebuilt).
 * Only a regular file within {@link SIDECAR_MAX_BYTES} is read; a FIFO or a device there is an InputError.
 */
function readCacheMeta(path: string): CacheMeta | null {
  const text = readTextFile(path, { maxBytes: SIDECAR_MAX_BYTES, what: `${path} (ImageFolder cache sidecar)` });
  try {
    const r = CacheMetaSchema.safeParse(JSON.parse(text));
    return r.success ? r.data : null;
  } catch {
    return null;
  }
}

/** The cached arrays when they hold what `meta` says (n images of channels×size×size, labels below classes). */
function readCachedArrays(cache: string, meta: CacheMeta): { pixels: Uint8Array; lab: Int32Array } | null {
  const n = meta.files - meta.skipped.length;
  try {
    return tidy(() => {
      const px = readNpy(cache);
      const lb = readNpy(`${cache}.labels.npy`);
      const shapeOk = px.dtype === "uint8" && px.shape.join() === [n, meta.channels, meta.size, meta.size].join();
      if (!shapeOk || lb.shape.join() !== String(n) || lb.dtype.startsWith("float") || lb.dtype === "bool") return null;
      const lab = lb.to("int32").data() as Int32Array;
      if (lab.some((v) => v < 0 || v >= meta.classes.length)) return null;
      return { pixels: px.data() as Uint8Array, lab };
    });
  } catch (e) {
    if (e instanceof InputError) return null; // a truncated or foreign cache file: decode again
    throw e;
  }
}

/**
 * Decodes an ImageFolder into a uint8 dataset [N, C, size, size].
 * @example const ds = await loadImageFolder("photos/train", { size: 96, cache: "/tmp/photos96.npy" });
 */
export async function loadImageFolder(root: string, opts: ImageFolderOptions = {}): Promise<ArrayDataset> {
  const size = opts.size ?? 64;
  const channels = opts.channels ?? 3;
  const { classes, files, labels } = listImageFolder(root);
  const meta: CacheMeta = { root: resolve(root), size, channels, classes, files: files.length, skipped: [] };
  if (opts.cache && existsSync(opts.cache) && existsSync(`${opts.cache}.json`) && existsSync(`${opts.cache}.labels.npy`)) {
    const saved = readCacheMeta(`${opts.cache}.json`);
    if (saved && saved.root === meta.root && saved.size === size && saved.channels === channels && saved.files === files.length &&
        saved.classes.join("\n") === classes.join("\n")) {
      const cached = readCachedArrays(opts.cache, saved);
      if (cached) {
        return new ArrayDataset({
          name: "imagefolder", split: opts.split ?? "train", pixels: sharedBytes(cached.pixels.length, cached.pixels), labels: cached.lab,
          channels, height: size, width: size, numClasses: classes.length, classNames: classes,
        });
      }
    }
  }
  const per = size * size * channels;
  // The decoded bytes are held about three times over (per-image buffers, the joined array, the NCHW copy).
  checkMemory("--image-size", 3 * files.length * per, `${files.length} images decoded at ${channels}×${size}×${size} (--image-size ${size})`);
  const hwc: (Uint8Array | null)[] = new Array(files.length).fill(null);
  const skipped: string[] = [];
  let next = 0;
  const decodeOne = async (i: number) => {
    const file = files[i]!;
    try {
      let img = sharp(file, { failOn: "error" }).resize(size, size, { fit: "cover" }).removeAlpha();
      img = channels === 1 ? img.grayscale() : img.toColourspace("srgb");
      const { data, info } = await img.raw().toBuffer({ resolveWithObject: true });
      if (info.channels !== channels || data.length !== per) throw new Error(`decoded to ${info.channels} channels, ${data.length} bytes`);
      hwc[i] = data;
    } catch (e) {
      const reason = (e as Error).message.split("\n")[0]!;
      if ((opts.onError ?? "fail") === "fail") {
        throw new InputError(file, `unreadable image (${reason}); pass onError "skip" (--skip-bad-images) to drop it`);
      }
      skipped.push(file);
      opts.onSkip?.(file, reason);
    }
  };
  const workers = Array.from({ length: Math.min(opts.concurrency ?? availableParallelism(), files.length) }, async () => {
    while (next < files.length) await decodeOne(next++);
  });
  await Promise.all(workers);
  const kept = hwc.map((d, i) => (d ? i : -1)).filter((i) => i >= 0);
  if (kept.length === 0) throw new InputError(root, `no readable images (${skipped.length} skipped)`);
  const all = new Uint8Array(kept.length * per);
  kept.forEach((i, k) => all.set(hwc[i]!, k * per));
  const lab = Int32Array.from(kept, (i) => labels[i]!);
  // sharp gives channels-last bytes; one libtorch permute turns the whole set into NCHW.
  const pixels = tidy(() => tensor(all, [kept.length, size, size, channels], "uint8").permute([0, 3, 1, 2]).contiguous().data() as Uint8Array);
  if (opts.cache) {
    tidy(() => {
      writeNpy(opts.cache!, tensor(pixels, [kept.length, channels, size, size], "uint8"));
      writeNpy(`${opts.cache}.labels.npy`, tensor(lab, [lab.length], "int32").to("int64"));
    });
    writeFileAtomic(`${opts.cache}.json`, JSON.stringify({ ...meta, skipped }, null, 1));
  }
  return new ArrayDataset({
    name: "imagefolder", split: opts.split ?? "train", pixels: sharedBytes(pixels.length, pixels), labels: lab,
    channels, height: size, width: size, numClasses: classes.length, classNames: classes,
  });
}

/**
 * Loads `root/train` + `root/val` (or `root/test`) when present, else the whole of `root` as the train split.
 * @example const { train, test } = await loadImageFolderSplits("imagenette", { size: 64 });
 */
export async function loadImageFolderSplits(root: string, opts: ImageFolderOptions = {}): Promise<DatasetSplits> {
  const trainDir = join(root, "train");
  const testDir = ["val", "test"].map((d) => join(root, d)).find((d) => existsSync(d) && statSync(d).isDirectory());
  if (existsSync(trainDir) && statSync(trainDir).isDirectory() && testDir) {
    const withCache = (suffix: string) => (opts.cache ? `${opts.cache.replace(/\.npy$/, "")}.${suffix}.npy` : undefined);
    const train = await loadImageFolder(trainDir, { ...opts, split: "train", cache: withCache("train") });
    const test = await loadImageFolder(testDir, { ...opts, split: "test", cache: withCache("test") });
    // Labels are positions in the sorted class list: the same index must mean the same class in both splits.
    if (test.classNames!.join("\n") !== train.classNames!.join("\n")) {
      throw new InputError(testDir, `class folders [${test.classNames!.join(", ")}] differ from ${trainDir}'s [${train.classNames!.join(", ")}] (both splits need the same classes)`);
    }
    return { train, test };
  }
  return { train: await loadImageFolder(root, { ...opts, split: "train" }), test: null };
}

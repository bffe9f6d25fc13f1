/**
 * CIFAR-10 / CIFAR-100 binary versions (https://www.cs.toronto.edu/~kriz/cifar.html).
 * CIFAR-10: `data_batch_{1..5}.bin` + `test_batch.bin`, records of 1 label byte + 3072 pixel bytes (R, G, B planes).
 * CIFAR-100: `train.bin` + `test.bin`, records of a coarse and a fine label byte + 3072 pixel bytes.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { InputError } from "../util/errors.js";
import { ArrayDataset, checkLabelRange, sharedBytes, type DatasetSplits } from "./dataset.js";

const PIXELS = 3 * 32 * 32;

/** Finds the folder holding the .bin files: `dir` itself or the archive's own subfolder inside it. */
function resolveDir(dir: string, marker: string, sub: string): string {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new InputError("--data-dir", `directory not found: ${dir}`);
  if (existsSync(join(dir, marker))) return dir;
  if (existsSync(join(dir, sub, marker))) return join(dir, sub);
  throw new InputError(join(dir, marker), `file not found (looked for ${join(dir, marker)} and ${join(dir, sub, marker)})`);
}

function readRecords(paths: string[], labelBytes: number, labelOffset: number): { pixels: Uint8Array; labels: Int32Array } {
  const rec = labelBytes + PIXELS;
  const bufs = paths.map((p) => {
    if (!existsSync(p)) throw new InputError(p, `file not found (looked for ${p})`);
    const b = readFileSync(p);
    if (b.length === 0 || b.length % rec !== 0) {
      const expected = Math.max(1, Math.ceil(b.length / rec)) * rec;
      throw new InputError(p, `truncated file: expected a multiple of ${rec}-byte records (${expected} bytes), got ${b.length}`);
    }
    return b;
  });
  const n = bufs.reduce((a, b) => a + b.length / rec, 0);
  const pixels = sharedBytes(n * PIXELS);
  const labels = new Int32Array(n);
  let k = 0;
  for (const b of bufs) {
    for (let off = 0; off < b.length; off += rec, k++) {
      labels[k] = b[off + labelOffset]!;
      pixels.set(b.subarray(off + labelBytes, off + rec), k * PIXELS);
    }
  }
  return { pixels, labels };
}

function readNames(path: string): string[] | null {
  if (!existsSync(path)) return null;
  return readFileSync(path, "utf8").split(/\r?\n/).map((s) => s.trim()).filter((s) => s.length > 0);
}

/**
 * Loads CIFAR-10 from `dir` (or `dir/cifar-10-batches-bin`).
 * @example const { train, test } = loadCifar10("~/data/cifar"); // 50000 + 10000 of 3×32×32
 */
export function loadCifar10(dir: string): DatasetSplits {
  const d = resolveDir(dir, "test_batch.bin", "cifar-10-batches-bin");
  const classNames = readNames(join(d, "batches.meta.txt"));
  const make = (split: "train" | "test", files: string[]) => {
    const { pixels, labels } = readRecords(files.map((f) => join(d, f)), 1, 0);
    checkLabelRange(labels, 10, files.length === 1 ? join(d, files[0]!) : join(d, "data_batch_{1..5}.bin"));
    return new ArrayDataset({ name: "cifar10", split, pixels, labels, channels: 3, height: 32, width: 32, numClasses: 10, classNames });
  };
  return {
    train: make("train", [1, 2, 3, 4, 5].map((i) => `data_batch_${i}.bin`)),
    test: make("test", ["test_batch.bin"]),
  };
}

/**
 * Loads CIFAR-100 from `dir` (or `dir/cifar-100-binary`), with the fine (100) or coarse (20) labels.
 * @example const { train } = loadCifar100("~/data/cifar100", "coarse"); // numClasses 20
 */
export function loadCifar100(dir: string, labels: "fine" | "coarse" = "fine"): DatasetSplits {
  const d = resolveDir(dir, "test.bin", "cifar-100-binary");
  const names = readNames(join(d, labels === "fine" ? "fine_label_names.txt" : "coarse_label_names.txt"));
  const make = (split: "train" | "test", file: string) => {
    const r = readRecords([join(d, file)], 2, labels === "fine" ? 1 : 0);
    checkLabelRange(r.labels, labels === "fine" ? 100 : 20, join(d, file));
    return new ArrayDataset({
      name: "cifar100", split, pixels: r.pixels, labels: r.labels, channels: 3, height: 32, width: 32,
      numClasses: labels === "fine" ? 100 : 20, classNames: names,
    });
  };
  return { train: make("train", "train.bin"), test: make("test", "test.bin") };
}

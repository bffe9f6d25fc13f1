/**
 * IDX files (the MNIST / Fashion-MNIST format, http://yann.lecun.com/exdb/mnist/), plain or gzip-compressed.
 * Layout: 2 zero bytes, a type byte (0x08 = uint8), a rank byte, `rank` big-endian uint32 sizes, then the data.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { InputError } from "../util/errors.js";
import { ArrayDataset, checkLabelRange, sharedBytes, type DatasetSplits } from "./dataset.js";

/** Where Debian's `dataset-fashion-mnist` package installs the files. */
export const FASHION_MNIST_DIR = "/usr/share/datasets/fashion-mnist";

export const FASHION_MNIST_CLASSES = [
  "T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot",
] as const;

/** A parsed IDX array: uint8 data and its sizes. */
export interface IdxArray {
  shape: number[];
  data: Uint8Array;
}

/**
 * Parses an IDX file's bytes (gzip is detected and inflated). Only unsigned-byte data (type 0x08) is accepted,
 * which is what every MNIST-family file uses.
 * @example const { shape, data } = parseIdx(readFileSync("train-labels-idx1-ubyte"), "train-labels-idx1-ubyte");
 */
export function parseIdx(raw: Uint8Array, label: string): IdxArray {
  let buf = raw;
  if (raw.length >= 2 && raw[0] === 0x1f && raw[1] === 0x8b) {
    try {
      buf = gunzipSync(raw);
    } catch (e) {
      throw new InputError(label, `corrupt or truncated gzip data (${(e as Error).message})`);
    }
  }
  if (buf.length < 4 || buf[0] !== 0 || buf[1] !== 0 || buf[2] !== 0x08 || buf[3]! < 1 || buf[3]! > 4) {
    const got = Array.from(buf.subarray(0, 4), (b) => b.toString(16).padStart(2, "0")).join(" ");
    throw new InputError(label, `wrong IDX magic: got bytes ${got || "(empty file)"}, expected 00 00 08 0N (unsigned bytes, rank N = 1..4)`);
  }
  const rank = buf[3]!;
  const headerBytes = 4 + 4 * rank;
  if (buf.length < headerBytes) {
    throw new InputError(label, `truncated IDX header: expected ${headerBytes} bytes, got ${buf.length}`);
  }
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const shape: number[] = [];
  for (let d = 0; d < rank; d++) shape.push(view.getUint32(4 + 4 * d, false));
  const expected = headerBytes + shape.reduce((a, b) => a * b, 1);
  if (buf.length < expected) {
    throw new InputError(label, `truncated file: sizes [${shape.join(", ")}] need ${expected} bytes, got ${buf.length}`);
  }
  return { shape, data: buf.subarray(headerBytes, expected) };
}

/** Reads and parses an IDX file, with a clear error when it is missing. */
export function readIdx(path: string): IdxArray {
  if (!existsSync(path)) throw new InputError(path, `file not found (looked for ${path})`);
  return parseIdx(readFileSync(path), path);
}

/** Finds `<dir>/<base>` or `<dir>/<base>.gz`; errors name both candidates. */
function findIdx(dir: string, base: string, hint: string): string {
  for (const p of [join(dir, base), join(dir, `${base}.gz`)]) if (existsSync(p)) return p;
  throw new InputError(join(dir, base), `file not found (looked for ${join(dir, base)} and ${join(dir, base)}.gz)${hint}`);
}

/**
 * Loads an IDX image file + label file as a 1-channel dataset split.
 * @example const train = loadIdxPair("train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz", { name: "mnist", split: "train" });
 */
export function loadIdxPair(
  imagesPath: string,
  labelsPath: string,
  meta: { name: string; split: "train" | "test"; numClasses?: number; classNames?: readonly string[] },
): ArrayDataset {
  const img = readIdx(imagesPath);
  const lab = readIdx(labelsPath);
  if (img.shape.length !== 3 && img.shape.length !== 4) {
    throw new InputError(imagesPath, `expected an IDX image array [N, H, W] or [N, H, W, C], got [${img.shape.join(", ")}]`);
  }
  if (lab.shape.length !== 1) throw new InputError(labelsPath, `expected an IDX label vector [N], got [${lab.shape.join(", ")}]`);
  if (lab.shape[0] !== img.shape[0]) {
    throw new InputError(labelsPath, `label/image count mismatch: ${lab.shape[0]} labels in ${labelsPath}, ${img.shape[0]} images in ${imagesPath}`);
  }
  const [n, h, w] = img.shape as [number, number, number];
  const c = img.shape[3] ?? 1;
  if (c !== 1) throw new InputError(imagesPath, `IDX images with ${c} channels are not supported (expected [N, H, W])`);
  const labels = Int32Array.from(lab.data);
  let maxLabel = 0;
  for (const l of lab.data) if (l > maxLabel) maxLabel = l;
  const numClasses = meta.numClasses ?? maxLabel + 1;
  checkLabelRange(labels, numClasses, labelsPath);
  return new ArrayDataset({
    name: meta.name, split: meta.split, pixels: sharedBytes(n * h * w, img.data), labels,
    channels: 1, height: h, width: w, numClasses, classNames: meta.classNames ?? null,
  });
}

/** File names of an MNIST-style directory (each may also end in `.gz`). */
export interface IdxFileNames {
  trainImages: string;
  trainLabels: string;
  testImages: string;
  testLabels: string;
}
const MNIST_NAMES: IdxFileNames = {
  trainImages: "train-images-idx3-ubyte", trainLabels: "train-labels-idx1-ubyte",
  testImages: "t10k-images-idx3-ubyte", testLabels: "t10k-labels-idx1-ubyte",
};

/**
 * Loads an MNIST-layout directory (Fashion-MNIST by default, from Debian's package).
 * @example const { train, test } = loadMnistDir(); // Fashion-MNIST, 60000 + 10000 images of 1×28×28
 */
export function loadMnistDir(opts: { dir?: string; name?: string; files?: Partial<IdxFileNames> } = {}): DatasetSplits {
  const dir = opts.dir ?? FASHION_MNIST_DIR;
  const name = opts.name ?? "fashion-mnist";
  const isDefault = opts.dir === undefined && name === "fashion-mnist";
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new InputError(
      "--data-dir",
      `directory not found: ${dir}` + (isDefault ? " (install Debian's dataset-fashion-mnist package, or pass --data-dir)" : ""),
    );
  }
  const f = { ...MNIST_NAMES, ...opts.files };
  const hint = isDefault ? " (install Debian's dataset-fashion-mnist package, or pass --data-dir)" : "";
  const classNames = name === "fashion-mnist" ? FASHION_MNIST_CLASSES : undefined;
  const numClasses = name === "fashion-mnist" || name === "mnist" ? 10 : undefined;
  const train = loadIdxPair(findIdx(dir, f.trainImages, hint), findIdx(dir, f.trainLabels, hint), { name, split: "train", numClasses, classNames });
  const test = loadIdxPair(findIdx(dir, f.testImages, hint), findIdx(dir, f.testLabels, hint), {
    name, split: "test", numClasses: numClasses ?? train.numClasses, classNames,
  });
  return { train, test };
}

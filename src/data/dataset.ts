/**
 * The in-memory image dataset every reader returns: uint8 pixels in NCHW order plus integer labels.
 * Pixels live in a SharedArrayBuffer so a prefetch worker thread reads them without a copy.
 */
import { tensor, type Tensor } from "../tensor/index.js";
import { InputError } from "../util/errors.js";

/** One split of a dataset: N images of C×H×W uint8 pixels with labels in 0..numClasses-1. */
export interface ImageDataset {
  /** e.g. "fashion-mnist". */
  readonly name: string;
  readonly split: "train" | "test";
  /** Number of images N. */
  readonly length: number;
  readonly channels: number;
  readonly height: number;
  readonly width: number;
  readonly numClasses: number;
  /** Human-readable class names when the format has them (ImageFolder folders, CIFAR meta files). */
  readonly classNames: readonly string[] | null;
  /** Raw pixels, row-major [N, C, H, W] uint8 (SharedArrayBuffer-backed). */
  readonly pixels: Uint8Array;
  /** Labels, [N]. */
  readonly labels: Int32Array;
  /** All images as a uint8 tensor [N, C, H, W], made on first use and kept (never freed by a scope). */
  readonly images: Tensor;
  /**
   * Images at `indices` as a new uint8 tensor [B, C, H, W]; `pinned`: in page-locked memory (when a GPU is usable),
   * so that its copy to the GPU can be non-blocking.
   */
  batch(indices: ArrayLike<number>, opts?: { pinned?: boolean }): Tensor;
  /** Labels at `indices` (all when omitted) as an int64 tensor [B]. */
  labelTensor(indices?: ArrayLike<number>): Tensor;
}

/** Both splits; `test` is null when the source has no test split (e.g. an ImageFolder without train/val dirs). */
export interface DatasetSplits {
  train: ImageDataset;
  test: ImageDataset | null;
}

/**
 * Refuses labels outside 0..numClasses-1 (e.g. a test split naming a class the training split does not have), with
 * the count and the first index, naming `where` (the labels file).
 * @example checkLabelRange(test.labels, train.numClasses, "t10k-labels-idx1-ubyte");
 */
export function checkLabelRange(labels: Int32Array, numClasses: number, where: string): void {
  let count = 0;
  let first = -1;
  for (let i = 0; i < labels.length; i++) {
    const v = labels[i]!;
    if (v < 0 || v >= numClasses) {
      count++;
      if (first < 0) first = i;
    }
  }
  if (count > 0) {
    throw new InputError(where, `${count} label${count === 1 ? " is" : "s are"} not among the ${numClasses} classes 0..${numClasses - 1}, ` +
      `the first at index ${first} (${labels[first]})`);
  }
}

/** A Uint8Array on a SharedArrayBuffer (so worker threads can read it), filled from `src` if given. */
export function sharedBytes(n: number, src?: Uint8Array): Uint8Array {
  const out = new Uint8Array(new SharedArrayBuffer(n));
  if (src) out.set(src.subarray(0, n));
  return out;
}

/** The standard {@link ImageDataset}: pixels + labels in memory. */
export class ArrayDataset implements ImageDataset {
  readonly length: number;
  private cached: Tensor | null = null;

  /**
   * @param pixels row-major [N, C, H, W] uint8
   * @example new ArrayDataset({ name: "toy", split: "train", pixels, labels, channels: 1, height: 28, width: 28, numClasses: 10 })
   */
  constructor(
    readonly init: {
      name: string;
      split: "train" | "test";
      pixels: Uint8Array;
      labels: Int32Array;
      channels: number;
      height: number;
      width: number;
      numClasses: number;
      classNames?: readonly string[] | null;
    },
  ) {
    const per = init.channels * init.height * init.width;
    this.length = init.labels.length;
    if (init.pixels.length !== this.length * per) {
      throw new Error(`ArrayDataset: ${init.pixels.length} pixel bytes for ${this.length} labels of ${per} bytes each`);
    }
    // Keep pixels shareable with worker threads without another copy later.
    this.pixels = init.pixels.buffer instanceof SharedArrayBuffer ? init.pixels : sharedBytes(init.pixels.length, init.pixels);
  }
  readonly pixels: Uint8Array;
  get name(): string { return this.init.name; }
  get split(): "train" | "test" { return this.init.split; }
  get channels(): number { return this.init.channels; }
  get height(): number { return this.init.height; }
  get width(): number { return this.init.width; }
  get numClasses(): number { return this.init.numClasses; }
  get classNames(): readonly string[] | null { return this.init.classNames ?? null; }
  get labels(): Int32Array { return this.init.labels; }

  get images(): Tensor {
    if (!this.cached || this.cached.isDisposed) {
      // The addon cannot read SharedArrayBuffer memory: hand it an ordinary copy.
      this.cached = tensor(this.pixels.slice(), [this.length, this.channels, this.height, this.width], "uint8").keep();
    }
    return this.cached;
  }

  batch(indices: ArrayLike<number>, opts: { pinned?: boolean } = {}): Tensor {
    return gatherImages(this.pixels, indices, this.channels, this.height, this.width, opts.pinned);
  }

  labelTensor(indices?: ArrayLike<number>): Tensor {
    if (!indices) return tensor(this.labels, [this.length], "int32").to("int64");
    const out = new Int32Array(indices.length);
    for (let i = 0; i < indices.length; i++) out[i] = this.labels[checkIndex(indices[i]!, this.length)]!;
    const t = tensor(out, [out.length], "int32");
    try {
      return t.to("int64");
    } finally {
      t.dispose();
    }
  }
}

function checkIndex(i: number, n: number): number {
  if (!Number.isInteger(i) || i < 0 || i >= n) throw new RangeError(`sample index ${i} is outside 0..${n - 1}`);
  return i;
}

/**
 * Copies the images at `indices` out of NCHW `pixels` into a uint8 tensor [B, C, H, W]. The copy is one
 * contiguous memcpy per image (data movement, no arithmetic).
 */
export function gatherImages(pixels: Uint8Array, indices: ArrayLike<number>, c: number, h: number, w: number, pinned = false): Tensor {
  const per = c * h * w;
  const n = pixels.length / per;
  const out = new Uint8Array(indices.length * per);
  for (let i = 0; i < indices.length; i++) {
    const s = checkIndex(indices[i]!, n) * per;
    out.set(pixels.subarray(s, s + per), i * per);
  }
  return tensor(out, [indices.length, c, h, w], { dtype: "uint8", pinned });
}

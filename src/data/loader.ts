/**
 * The batch loader: seeded, epoch-aware shuffling, sharding by rank/worldSize (as PyTorch's
 * DistributedSampler: rank r takes positions r, r+W, r+2W, ... of the epoch's permutation), a resumable
 * position {epoch, index}, and prefetching so that the views of batch t+1 are prepared while step t trains.
 *
 * Prefetch modes:
 * - "worker": a worker thread loads the same addon, reads the dataset's SharedArrayBuffer pixels, runs the
 *   transform and sends float32 bytes back; the main thread only rebuilds tensors. Overlaps with training.
 * - "main": the transform runs on the calling thread inside `next()` (no overlap; least memory, simplest).
 *
 * On a GPU (`device: "cuda:N"`) the default is "main": each uint8 batch is gathered into pinned host memory, copied
 * to the GPU without blocking, and augmented there (the batched augmentations are tensor ops), so the CPU only
 * gathers bytes and queues kernels while the GPU computes. With "worker" the worker augments on the CPU and the
 * views are copied.
 */
import { Worker } from "node:worker_threads";
import { moveTo, tensor, type Tensor } from "../tensor/index.js";
import { permutation } from "./rng.js";
import type { ImageDataset } from "./dataset.js";

/**
 * Turns a uint8 batch [B, C, H, W] into K float views. Randomness must come from (indices, epoch) only, so
 * that the result does not depend on batching or on the thread that runs it.
 */
export interface BatchTransform {
  /** images: uint8 [B, C, H, W]; indices: the dataset index of each row. Returns K tensors [B, C', H', W']. */
  apply(images: Tensor, indices: Int32Array, epoch: number): Tensor[];
  /**
   * How a worker thread rebuilds this transform: an ES module URL exporting
   * `createTransform(options): BatchTransform`, and JSON-able options. Without it, prefetch runs on the main thread.
   */
  readonly worker?: { module: string; options: unknown };
}

/** A loader position: the next batch to be produced is batch `index` of epoch `epoch`. */
export interface LoaderState {
  epoch: number;
  index: number;
}

export interface LoaderOptions {
  batchSize: number;
  /** Seeds the shuffle (and is what a transform should be seeded with too). Default 0. */
  seed?: number;
  /** Default true. */
  shuffle?: boolean;
  /** Drop the last incomplete batch of each epoch (default true, as SSL training wants equal batches). */
  dropLast?: boolean;
  /** This process's rank and the number of processes (default 0 of 1). */
  rank?: number;
  worldSize?: number;
  /** Makes `views` for each batch. */
  transform?: BatchTransform | null;
  /** "worker" (default when the transform supports it) or "main". */
  prefetch?: "worker" | "main";
  /** Batches prepared ahead in worker mode. Default 2. */
  depth?: number;
  /** Where the views and labels go: "cpu" (default) or a GPU ("cuda:N"), where the transform then runs. */
  device?: string;
}

/** One batch. Dispose it (or create it inside a `tidy`-managed scope you control) when the step is done. */
export interface Batch {
  epoch: number;
  /** Batch number within the epoch. */
  index: number;
  /** Dataset indices of the rows, [B]. */
  indices: Int32Array;
  /** uint8 [B, C, H, W]. */
  images: Tensor;
  /** int64 [B], on the loader's device. */
  labels: Tensor;
  /** K float32 views [B, C, H', W'] from the transform ([] without one), on the loader's device. */
  views: Tensor[];
  /** Milliseconds `next()` waited for this batch (0 when it was already prepared). */
  waitedMs: number;
  dispose(): void;
}

interface ViewResult { buffers: ArrayBuffer[]; shapes: number[][] }
interface Pending { key: string; promise: Promise<ViewResult> }

/**
 * @example
 * const loader = new Loader(train, { batchSize: 256, seed: 1, transform: viewTransform(fashionMnistPreset(), 1) });
 * for (let step = 0; step < 1000; step++) {
 *   const b = await loader.next();           // b.views[0], b.views[1]: float32 [256, 1, 28, 28]
 *   ...train...; b.dispose();
 * }
 * const pos = loader.state();                // save with the checkpoint; later: loader.restore(pos)
 * await loader.close();
 */
export class Loader {
  readonly batchSize: number;
  readonly seed: number;
  readonly rank: number;
  readonly worldSize: number;
  private readonly shuffle: boolean;
  private readonly dropLast: boolean;
  private readonly transform: BatchTransform | null;
  private readonly mode: "worker" | "main";
  private readonly depth: number;
  readonly device: string;
  private pos: LoaderState = { epoch: 0, index: 0 };
  private shardCache: { epoch: number; shard: Int32Array } | null = null;
  private worker: Worker | null = null;
  private jobs = new Map<number, { resolve: (r: ViewResult) => void; reject: (e: Error) => void }>();
  private nextJob = 0;
  private queue: Pending[] = [];

  constructor(readonly dataset: ImageDataset, opts: LoaderOptions) {
    if (!Number.isInteger(opts.batchSize) || opts.batchSize < 1) throw new RangeError(`batchSize must be a positive integer, got ${opts.batchSize}`);
    this.batchSize = opts.batchSize;
    this.seed = opts.seed ?? 0;
    this.shuffle = opts.shuffle ?? true;
    this.dropLast = opts.dropLast ?? true;
    this.rank = opts.rank ?? 0;
    this.worldSize = opts.worldSize ?? 1;
    if (this.rank < 0 || this.rank >= this.worldSize) throw new RangeError(`rank ${this.rank} is outside 0..${this.worldSize - 1}`);
    this.transform = opts.transform ?? null;
    this.device = opts.device ?? "cpu";
    this.mode = opts.prefetch ?? (this.transform?.worker && this.device === "cpu" ? "worker" : "main");
    if (this.mode === "worker" && this.transform && !this.transform.worker) {
      throw new Error("prefetch 'worker' needs a transform with a `worker` spec (e.g. from viewTransform())");
    }
    this.depth = Math.max(1, opts.depth ?? 2);
    if (this.batchesPerEpoch() === 0) {
      throw new RangeError(`batch size ${this.batchSize} is larger than this rank's ${this.shardSize()} samples (dropLast)`);
    }
  }

  /** Samples this rank sees per epoch (the permutation is padded by wrapping when dropLast is off, as DistributedSampler). */
  shardSize(): number {
    const n = this.dataset.length;
    return this.dropLast ? Math.floor(n / this.worldSize) : Math.ceil(n / this.worldSize);
  }

  batchesPerEpoch(): number {
    const s = this.shardSize();
    return this.dropLast ? Math.floor(s / this.batchSize) : Math.ceil(s / this.batchSize);
  }

  /** The position of the next batch `next()` returns. Save it with a checkpoint. */
  state(): LoaderState {
    return { ...this.pos };
  }

  /** Continues from a saved position: the following batches are exactly those an uninterrupted run would see. */
  restore(s: LoaderState): void {
    if (!Number.isInteger(s.epoch) || !Number.isInteger(s.index) || s.epoch < 0 || s.index < 0) {
      throw new RangeError(`invalid loader state ${JSON.stringify(s)}`);
    }
    this.pos = this.normalize({ ...s });
    this.queue = []; // results of dropped jobs are ignored when they arrive
  }

  /** This rank's dataset indices for batch `index` of `epoch`. */
  indicesFor(epoch: number, index: number): Int32Array {
    if (!this.shardCache || this.shardCache.epoch !== epoch) {
      const n = this.dataset.length;
      const perm = this.shuffle ? permutation(n, this.seed, epoch) : Int32Array.from({ length: n }, (_, i) => i);
      const size = this.shardSize();
      const shard = new Int32Array(size);
      for (let k = 0; k < size; k++) shard[k] = perm[(this.rank + k * this.worldSize) % n]!;
      this.shardCache = { epoch, shard };
    }
    const shard = this.shardCache.shard;
    const start = index * this.batchSize;
    return shard.slice(start, Math.min(start + this.batchSize, shard.length));
  }

  private normalize(p: LoaderState): LoaderState {
    const per = this.batchesPerEpoch();
    return { epoch: p.epoch + Math.floor(p.index / per), index: p.index % per };
  }

  private advance(p: LoaderState): LoaderState {
    return this.normalize({ epoch: p.epoch, index: p.index + 1 });
  }

  /** The next batch (crossing into the next epoch after the last batch of one). */
  async next(): Promise<Batch> {
    const at = this.pos;
    this.pos = this.advance(at);
    const indices = this.indicesFor(at.epoch, at.index);
    let views: Tensor[] = [];
    let waitedMs = 0;
    if (this.transform && this.mode === "worker") {
      const key = `${at.epoch}:${at.index}`;
      while (this.queue.length && this.queue[0]!.key !== key) this.queue.shift();
      if (!this.queue.length) this.queue.push({ key, promise: this.submit(at, indices) });
      // Keep `depth` future batches in flight so the worker works while the caller trains.
      let ahead = at;
      for (let k = 1; k <= this.depth; k++) {
        ahead = this.advance(ahead);
        const kk = `${ahead.epoch}:${ahead.index}`;
        if (!this.queue.some((q) => q.key === kk)) this.queue.push({ key: kk, promise: this.submit(ahead, this.indicesFor(ahead.epoch, ahead.index)) });
      }
      const t0 = performance.now();
      const keepAlive = setInterval(() => undefined, 1000); // see close(): ref() on a worker is not always enough
      const r = await this.queue.shift()!.promise.finally(() => clearInterval(keepAlive));
      waitedMs = performance.now() - t0;
      views = r.buffers.map((b, i) => tensor(new Float32Array(b), r.shapes[i]!, { dtype: "float32", device: this.device }));
    } else if (this.transform) {
      const t0 = performance.now();
      const imgs = this.deviceImages(indices);
      try {
        views = this.transform.apply(imgs, indices, at.epoch);
      } finally {
        imgs.dispose();
      }
      waitedMs = performance.now() - t0;
    }
    const images = this.dataset.batch(indices);
    const labels = this.onDevice(this.dataset.labelTensor(indices));
    return {
      epoch: at.epoch, index: at.index, indices, images, labels, views, waitedMs,
      dispose() {
        images.dispose();
        labels.dispose();
        for (const v of views) v.dispose();
      },
    };
  }

  /** The uint8 images at `indices` on the loader's device: via pinned memory and a non-blocking copy to a GPU. */
  private deviceImages(indices: Int32Array): Tensor {
    if (this.device === "cpu") return this.dataset.batch(indices);
    return this.onDevice(this.dataset.batch(indices, { pinned: true }));
  }

  /** `t` moved to the loader's device (non-blocking from pinned memory); the CPU tensor is freed. */
  private onDevice(t: Tensor): Tensor {
    return moveTo(t, this.device, true);
  }

  /** Iterates over the rest of the current epoch. */
  async *epoch(): AsyncGenerator<Batch> {
    const e = this.pos.epoch;
    while (this.pos.epoch === e) yield await this.next();
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const spec = this.transform!.worker!;
    const ds = this.dataset;
    const w = new Worker(new URL("./prefetch-worker.js", import.meta.url), {
      workerData: { pixels: ds.pixels, channels: ds.channels, height: ds.height, width: ds.width, module: spec.module, options: spec.options },
    });
    w.on("message", (m: { id: number; error?: string; buffers?: ArrayBuffer[]; shapes?: number[][] }) => {
      const job = this.jobs.get(m.id);
      if (!job) return;
      this.jobs.delete(m.id);
      if (this.jobs.size === 0) w.unref();
      if (m.error !== undefined) job.reject(new Error(`augmentation worker: ${m.error}`));
      else job.resolve({ buffers: m.buffers!, shapes: m.shapes! });
    });
    w.on("error", (e) => {
      for (const j of this.jobs.values()) j.reject(e);
      this.jobs.clear();
    });
    w.on("exit", (code) => {
      for (const j of this.jobs.values()) j.reject(new Error(`augmentation worker exited with code ${code}`));
      this.jobs.clear();
      if (this.worker === w) this.worker = null;
    });
    w.unref();
    this.worker = w;
    return w;
  }

  private submit(at: LoaderState, indices: Int32Array): Promise<ViewResult> {
    const w = this.ensureWorker();
    const id = this.nextJob++;
    const p = new Promise<ViewResult>((resolve, reject) => this.jobs.set(id, { resolve, reject }));
    p.catch(() => undefined); // a dropped prefetch must not become an unhandled rejection
    if (this.jobs.size === 1) w.ref();
    w.postMessage({ id, epoch: at.epoch, indices });
    return p;
  }

  /** Stops the worker thread (if any). */
  async close(): Promise<void> {
    this.queue = [];
    const w = this.worker;
    this.worker = null;
    if (w) {
      // An unref'd worker does not keep the event loop alive until terminate() settles; a timer does.
      const keepAlive = setInterval(() => undefined, 1000);
      try {
        await w.terminate();
      } finally {
        clearInterval(keepAlive);
      }
    }
  }
}

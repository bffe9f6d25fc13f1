/**
 * The loader's prefetch thread: loads the addon (context-aware, so each thread has its own tensor table), reads
 * the dataset's shared pixels, runs the transform, and sends float32 bytes back (tensors cannot cross threads).
 */
import { parentPort, workerData } from "node:worker_threads";
import { tidy } from "../tensor/index.js";
import { gatherImages } from "./dataset.js";
import type { BatchTransform } from "./loader.js";

const init = workerData as { pixels: Uint8Array; channels: number; height: number; width: number; module: string; options: unknown };
const mod = (await import(init.module)) as { createTransform(options: unknown): BatchTransform };
const transform = mod.createTransform(init.options);

parentPort!.on("message", (m: { id: number; epoch: number; indices: Int32Array }) => {
  try {
    const out = tidy(() => {
      const imgs = gatherImages(init.pixels, m.indices, init.channels, init.height, init.width);
      const views = transform.apply(imgs, m.indices, m.epoch);
      return { buffers: views.map((v) => v.contiguous().toFloat32Array().buffer as ArrayBuffer), shapes: views.map((v) => v.shape) };
    });
    parentPort!.postMessage({ id: m.id, ...out }, out.buffers);
  } catch (e) {
    parentPort!.postMessage({ id: m.id, error: (e as Error).stack ?? String(e) });
  }
});

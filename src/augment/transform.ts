/**
 * Bridges pipelines to the data loader: a {@link BatchTransform} that a prefetch worker thread can rebuild
 * from JSON (this module's URL + the pipeline + the seed).
 */
import type { BatchTransform } from "../data/loader.js";
import { augmentViews, type Pipeline } from "./pipeline.js";

/**
 * The loader transform that makes the pipeline's K views of each batch.
 * @example new Loader(train, { batchSize: 256, seed: 0, transform: viewTransform(fashionMnistPreset(), 0) })
 */
export function viewTransform(pipeline: Pipeline, seed: number, views?: number): BatchTransform {
  return {
    apply: (images, indices, epoch) => augmentViews(images, indices, pipeline, { seed, epoch, views }),
    worker: { module: import.meta.url, options: { pipeline, seed, views } },
  };
}

/** Worker-side factory (see `BatchTransform.worker`). */
export function createTransform(options: unknown): BatchTransform {
  const o = options as { pipeline: Pipeline; seed: number; views?: number };
  return viewTransform(o.pipeline, o.seed, o.views);
}

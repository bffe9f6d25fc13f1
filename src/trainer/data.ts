/**
 * How a run's config turns into datasets and an augmentation pipeline (shared by train and eval), and the checks
 * that the data can be trained on at all (image side, batch size, memory) before any training starts.
 */
import { loadDataset, type DatasetSplits, type ImageDataset, type LoadDatasetOptions } from "../data/index.js";
import { cifarPreset, fashionMnistPreset, imagenetPreset, presetFor, type Pipeline } from "../augment/index.js";
import { InputError } from "../util/errors.js";
import { checkMemory } from "../util/memory.js";
import type { TrainConfig } from "./config.js";

/** Smallest image side accepted: the augmentations crop and blur, and the encoder pools the image twice. */
export const MIN_IMAGE_SIDE = 8;

/** The loader options a config asks for (own data: ImageFolder folders, .npy files). */
export function datasetOptions(cfg: TrainConfig): LoadDatasetOptions {
  return {
    dataDir: cfg.dataDir,
    images: cfg.images,
    labels: cfg.labels,
    testImages: cfg.testImages,
    testLabels: cfg.testLabels,
    size: cfg.imageSize,
    channels: cfg.channels,
    cache: cfg.cache,
  };
}

/**
 * The flag that chose the images, for messages about them.
 * @example imagesFlag(parseConfig({ method: "vicreg", dataset: "npy", images: "x.npy" })) // "--images x.npy"
 */
export function imagesFlag(cfg: TrainConfig): string {
  if (cfg.dataset === "npy") return `--images ${cfg.images ?? ""}`.trim();
  if (cfg.dataset === "imagefolder") return "--image-size";
  return cfg.dataDir ? `--data-dir ${cfg.dataDir}` : "--dataset";
}

/**
 * Refuses images too small to train on (below {@link MIN_IMAGE_SIDE} on a side), naming `where`.
 * @example checkImageSide(train, "--images tiny.npy"); // InputError for 2×2 images
 */
export function checkImageSide(ds: ImageDataset, where: string): void {
  if (ds.height < MIN_IMAGE_SIDE || ds.width < MIN_IMAGE_SIDE) {
    throw new InputError(where, `images are ${ds.height}×${ds.width} px; at least ${MIN_IMAGE_SIDE}×${MIN_IMAGE_SIDE} is needed (the views are cropped and blurred, the encoder pools twice)`);
  }
}

/**
 * Refuses a training whose one batch of views cannot fit in memory: batch × views images of C×side×side, each with
 * the encoder's first activations (at least 16 channels per input pixel for every backbone here).
 */
function checkBatchMemory(cfg: TrainConfig, channels: number, side: number, where: string): void {
  const views = (cfg as TrainConfig & { views?: number }).views ?? 2;
  const bytes = cfg.batchSize * views * (channels + 16) * side * side * (cfg.dtype === "float64" ? 8 : 4);
  checkMemory(where, bytes, `one batch of ${cfg.batchSize} × ${views} views at ${channels}×${side}×${side} (with the encoder's first activations)`);
}

/**
 * Loads the run's data and checks that it can be trained on with this config: images of at least
 * {@link MIN_IMAGE_SIDE} px, at least one batch of training images, a batch of views that fits in memory. An
 * ImageFolder's size is checked before decoding. Every refusal is an InputError naming the flag.
 */
export async function loadRunData(cfg: TrainConfig): Promise<DatasetSplits> {
  if (cfg.dataset === "imagefolder") checkBatchMemory(cfg, cfg.channels ?? 3, cfg.imageSize ?? 64, "--image-size");
  const splits = await loadDataset(cfg.dataset, datasetOptions(cfg));
  const where = imagesFlag(cfg);
  checkImageSide(splits.train, where);
  if (splits.test && (splits.test.height !== splits.train.height || splits.test.width !== splits.train.width || splits.test.channels !== splits.train.channels)) {
    throw new InputError(cfg.dataset === "npy" ? `--test-images ${cfg.testImages}` : where,
      `test images are ${splits.test.channels}×${splits.test.height}×${splits.test.width}, the training images ${splits.train.channels}×${splits.train.height}×${splits.train.width}`);
  }
  if (cfg.batchSize > splits.train.length) {
    throw new InputError("--batch-size", `${cfg.batchSize} is larger than the ${splits.train.length} training images (${where}); use a batch of at most ${splits.train.length}`);
  }
  checkBatchMemory(cfg, splits.train.channels, Math.max(splits.train.height, splits.train.width), cfg.dataset === "imagefolder" ? "--image-size" : where);
  return splits;
}

/**
 * The augmentation pipeline for the data actually loaded: the dataset's preset (Fashion-MNIST / MNIST small
 * grayscale, CIFAR), else the grayscale preset for one-channel images and the Barlow Twins / VICReg ImageNet
 * pipeline for colour images, at the images' own size.
 */
export function pipelineFor(cfg: TrainConfig, ds: ImageDataset): Pipeline {
  if (cfg.dataset === "fashion-mnist" || cfg.dataset === "mnist") return presetFor(cfg.dataset, ds.height === 28 ? undefined : ds.height);
  if (cfg.dataset === "cifar10" || cfg.dataset === "cifar100") return cifarPreset({ size: ds.height });
  if (ds.channels === 1) return fashionMnistPreset({ size: ds.height });
  return imagenetPreset({ size: ds.height });
}

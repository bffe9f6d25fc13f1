/** How a run's config turns into datasets and an augmentation pipeline (shared by train and eval). */
import { loadDataset, type DatasetSplits, type ImageDataset, type LoadDatasetOptions } from "../data/index.js";
import { cifarPreset, fashionMnistPreset, imagenetPreset, presetFor, type Pipeline } from "../augment/index.js";
import type { TrainConfig } from "./config.js";

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

export function loadRunData(cfg: TrainConfig): Promise<DatasetSplits> {
  return loadDataset(cfg.dataset, datasetOptions(cfg));
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

/**
 * Datasets and the loader. `loadDataset(name, opts)` is the one entry point; each reader is exported too.
 *
 * @example
 * const { train, test } = await loadDataset("fashion-mnist");           // 1×28×28, 10 classes
 * const loader = new Loader(train, { batchSize: 256, seed: 0, transform: viewTransform(fashionMnistPreset(), 0) });
 */
import { InputError } from "../util/errors.js";
import { loadCifar10, loadCifar100 } from "./cifar.js";
import { loadMnistDir, FASHION_MNIST_DIR, type IdxFileNames } from "./idx.js";
import { loadImageFolderSplits, type ImageFolderOptions } from "./imagefolder.js";
import { loadNpyImages } from "./npy.js";
import type { DatasetSplits } from "./dataset.js";

export * from "./dataset.js";
export * from "./idx.js";
export * from "./cifar.js";
export * from "./imagefolder.js";
export * from "./npy.js";
export * from "./loader.js";
export * from "./rng.js";

export type DatasetName = "fashion-mnist" | "mnist" | "cifar10" | "cifar100" | "imagefolder" | "npy";
export const DATASET_NAMES: readonly DatasetName[] = ["fashion-mnist", "mnist", "cifar10", "cifar100", "imagefolder", "npy"];

/** Options of {@link loadDataset}; each dataset reads the fields it needs. */
export interface LoadDatasetOptions extends ImageFolderOptions {
  /** Folder of the files (fashion-mnist defaults to Debian's /usr/share/datasets/fashion-mnist). */
  dataDir?: string;
  /** IDX file names when they differ from MNIST's. */
  idxFiles?: Partial<IdxFileNames>;
  /** CIFAR-100 label set. Default "fine". */
  cifar100Labels?: "fine" | "coarse";
  /** npy: images and optional labels (train), and optional test files. */
  images?: string;
  labels?: string;
  testImages?: string;
  testLabels?: string;
}

/**
 * Loads a dataset's train and test splits. Bad input throws an `InputError` naming the file or flag.
 * @example const { train } = await loadDataset("cifar10", { dataDir: "data/cifar-10-batches-bin" });
 */
export async function loadDataset(name: DatasetName, opts: LoadDatasetOptions = {}): Promise<DatasetSplits> {
  const needDir = (): string => {
    if (!opts.dataDir) throw new InputError("--data-dir", `dataset '${name}' needs --data-dir (the folder holding its files)`);
    return opts.dataDir;
  };
  switch (name) {
    case "fashion-mnist":
      return loadMnistDir({ dir: opts.dataDir ?? FASHION_MNIST_DIR, name, files: opts.idxFiles });
    case "mnist":
      return loadMnistDir({ dir: needDir(), name, files: opts.idxFiles });
    case "cifar10":
      return loadCifar10(needDir());
    case "cifar100":
      return loadCifar100(needDir(), opts.cifar100Labels ?? "fine");
    case "imagefolder":
      return loadImageFolderSplits(needDir(), opts);
    case "npy": {
      if (!opts.images) throw new InputError("--images", "dataset 'npy' needs an images .npy file");
      const train = loadNpyImages(opts.images, opts.labels, { split: "train" });
      const test = opts.testImages ? loadNpyImages(opts.testImages, opts.testLabels, { split: "test", numClasses: train.numClasses }) : null;
      return { train, test };
    }
    default:
      throw new InputError("--dataset", `unknown dataset '${String(name)}' (expected one of ${DATASET_NAMES.join(", ")})`);
  }
}

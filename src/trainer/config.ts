/**
 * The training configuration: one typed object, validated with zod (an unknown key or a bad value is an error
 * naming the key and what is allowed). Fields left out take the method's defaults (src/methods/*.ts).
 */
import { z } from "zod";
import { METHOD_NAMES, getMethod, optionsSchema, resolveAblation, resolveOptions, type OptimizerName } from "../methods/index.js";
import { DATASET_NAMES, type DatasetName } from "../data/index.js";
import { BACKBONES } from "../models/index.js";
import { InputError } from "../util/errors.js";
import { DEVICE_SPECS, PRECISIONS, isDeviceSpec } from "../tensor/device.js";
import { readConfigData } from "../util/config-file.js";

const positive = z.number().positive();
const posInt = z.number().int().positive();

/** Method options a run may override (each method reads its own; the list is derived from src/methods/). */
export const LossOverrides = optionsSchema();

export const TrainConfigSchema = z
  .object({
    /** SSL method (loss) name. */
    method: z.enum(METHOD_NAMES as [string, ...string[]]),
    /** null for the method as published, else an ablation name (no-variance, lambda-0, projector-64, ...). */
    ablation: z.string().nullable().default(null),
    /** Dataset name; fashion-mnist reads Debian's dataset-fashion-mnist. */
    dataset: z.enum(DATASET_NAMES as [DatasetName, ...DatasetName[]]).default("fashion-mnist"),
    /** Folder with the dataset's files (required except for fashion-mnist). */
    dataDir: z.string().optional(),
    /** Own data, dataset "npy": images .npy (N×H×W, N×H×W×C or N×C×H×W; uint8 or float) and optional labels .npy. */
    images: z.string().optional(),
    labels: z.string().optional(),
    testImages: z.string().optional(),
    testLabels: z.string().optional(),
    /** Own data, dataset "imagefolder": images resized (cover + centre crop) to this side. Default 64. */
    imageSize: z.number().int().min(8).optional(),
    /** Own data, dataset "imagefolder": 3 = RGB (default), 1 = grayscale. */
    channels: z.union([z.literal(1), z.literal(3)]).optional(),
    /** Own data, dataset "imagefolder": .npy cache of the decoded images (made on first use). */
    cache: z.string().optional(),
    /** Backbone (encoder f) name. */
    backbone: z.enum(BACKBONES as [string, ...string[]]).default("convnet"),
    /** Projector widths "512-512-128" or "none"; default from the method. */
    projector: z.string().optional(),
    /** Passes over the training set (the run stops at whichever of epochs / maxSteps comes first). */
    epochs: posInt.default(10),
    /** Stop after this many optimizer steps, even mid-epoch. */
    maxSteps: posInt.optional(),
    /** Global batch: images per step, before augmentation into views. */
    batchSize: z.number().int().min(2).default(256),
    /** Peak learning rate; default from the method. */
    lr: positive.optional(),
    optimizer: z.enum(["adam", "adamw", "sgd", "lars"]).optional(),
    weightDecay: z.number().min(0).optional(),
    /** Linear warm-up steps, then cosine decay to 0 at the last step ("constant" keeps lr fixed). */
    warmupSteps: z.number().int().min(0).default(0),
    schedule: z.enum(["cosine", "constant"]).default("constant"),
    /** Views per image (K ≥ 2); default from the method. */
    views: z.number().int().min(2).optional(),
    /** Separate encoder/projector per branch (VICReg's multi-modality setting). */
    nonSharedBranches: z.boolean().optional(),
    seed: z.number().int().min(0).default(0),
    /** Run folder. */
    out: z.string().default("runs/run"),
    checkpointEvery: posInt.default(100),
    /** Collapse metrics of h and z on the probe batch every this many steps. */
    metricsEvery: posInt.default(20),
    /**
     * Test images in the fixed probe batch. Default: max(1024, 4·max(D_h, D_z)) as far as the probe split allows,
     * since RankMe and the smallest eigenvalues need several rows per dimension (the run's config.json records it).
     */
    probeSize: z.number().int().min(16).optional(),
    /** Stop when the diagnosis of h or z turns to collapse. */
    stopOnCollapse: z.boolean().default(false),
    /** libtorch intra-op threads (default: all cores). */
    threads: posInt.optional(),
    /**
     * Where the run trains: auto (the first GPU when the libtorch has CUDA and one is visible, else the CPU), cpu,
     * cuda or cuda:N. Data-parallel ranks take cuda:LOCAL_RANK.
     */
    device: z.string().refine(isDeviceSpec, `expected ${DEVICE_SPECS}`).default("auto"),
    /**
     * Lightning's names: 32 (float32), bf16-mixed (bfloat16 autocast around the networks' forward pass), 16-mixed
     * (float16 autocast with a dynamic loss scaler). Losses and metrics always run in float32/float64.
     */
    precision: z.enum(PRECISIONS).default("32"),
    /** NHWC memory layout for the convolutional backbones (cuDNN's fast path with mixed precision). */
    channelsLast: z.boolean().default(false),
    /** Deterministic GPU kernels (cuDNN, cuBLAS, ATen), so that a GPU run repeats and resumes exactly; slower. */
    deterministic: z.boolean().default(false),
    /** c10d backend of a data-parallel run: auto (NCCL on GPUs when the libtorch has it, else Gloo), gloo or nccl. */
    backend: z.enum(["auto", "gloo", "nccl"]).default("auto"),
    /** Parameter and activation dtype. float64 is for numerical checks (e.g. comparing runs bit for bit). */
    dtype: z.enum(["float32", "float64"]).default("float32"),
    /** Synchronised BatchNorm: batch statistics over the global batch of all processes. */
    syncBn: z.boolean().default(false),
    /** Seconds a collective may wait for the other processes before the run fails (distributed runs). */
    collectiveTimeout: z.number().positive().default(60),
    /** Gradient bucket size in MiB (PyTorch DDP's bucket_cap_mb); each bucket's all-reduce overlaps the rest of backward. */
    bucketCapMb: z.number().positive().default(25),
    /** Overlap the gradient all-reduce with backward (PyTorch's DDP Reducer); false: one all-reduce after backward. */
    gradOverlap: z.boolean().default(true),
    /** Where augmentation runs: a worker thread overlapping the step, or the main thread. */
    prefetch: z.enum(["worker", "main"]).optional(),
    /** Method option overrides (loss weights, temperatures, EMA τ, predictor widths, ...). */
    loss: LossOverrides.default({}),
  })
  .strict();

/** A config as written by a user (defaults not yet applied). */
export type TrainConfigInput = z.input<typeof TrainConfigSchema>;
/** A validated config with defaults. */
export type TrainConfig = z.output<typeof TrainConfigSchema>;

/** The config with the method's defaults filled in: what a run actually uses (saved as config.json). */
export interface ResolvedConfig extends TrainConfig {
  projector: string;
  lr: number;
  optimizer: OptimizerName;
  weightDecay: number;
  views: number;
  nonSharedBranches: boolean;
  /** The method's options: its published defaults, then the ablation's, then the `loss` overrides it has. */
  lossOptions: Record<string, unknown>;
}

/** Validates a config object (throws an InputError naming the key). */
export function parseConfig(input: unknown, where = "config"): TrainConfig {
  const r = TrainConfigSchema.safeParse(input);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    const keys = (issue as { keys?: string[] }).keys;
    const path = [...issue.path, ...(keys ?? [])].join(".");
    const message = keys ? `unknown key (allowed: ${allowedKeys(issue.path as string[]).join(", ")})` : issue.message;
    throw new InputError(`${where}${path ? `: ${path}` : ""}`, message);
  }
  return r.data;
}

function allowedKeys(path: string[]): string[] {
  if (path[0] === "loss") return Object.keys(LossOverrides.shape);
  return Object.keys(TrainConfigSchema.shape);
}

/**
 * Reads a YAML or JSON config file: a regular file within the size and key bounds of {@link readConfigData}, whose
 * top-level keys (checked before parsing) and `loss` keys are those of {@link TrainConfigSchema}.
 */
export function readConfigFile(path: string): Record<string, unknown> {
  // Unknown keys are reported against the file (values are checked after flags are merged in).
  const rec = readConfigData(path, { flag: "--config", keys: allowedKeys([]) });
  const loss = rec.loss;
  if (loss && typeof loss === "object") {
    for (const k of Object.keys(loss)) {
      if (!(k in LossOverrides.shape)) throw new InputError(`${path}: loss.${k}`, `unknown key (allowed: ${allowedKeys(["loss"]).join(", ")})`);
    }
  }
  return rec;
}

/** Fills method defaults and the ablation in. */
export function resolveConfig(cfg: TrainConfig): ResolvedConfig {
  const spec = getMethod(cfg.method);
  const ab = resolveAblation(spec, cfg.ablation);
  const d = spec.defaults;
  const lossOptions = resolveOptions(spec, ab, cfg.loss as Record<string, unknown>) as Record<string, unknown>;
  return {
    ...cfg,
    projector: cfg.projector ?? ab?.projector ?? d.projector,
    lr: cfg.lr ?? d.lr,
    optimizer: cfg.optimizer ?? d.optimizer,
    weightDecay: cfg.weightDecay ?? d.weightDecay,
    views: cfg.views ?? d.views,
    nonSharedBranches: cfg.nonSharedBranches ?? d.nonSharedBranches,
    lossOptions,
  };
}

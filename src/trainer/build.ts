/**
 * Phase 1 of a run: build everything it needs from the resolved config — data and loader, the method's networks,
 * the optimizer over the method's trainable parameters, the schedule, the probe and online-evaluation inputs, and
 * the data-parallel plumbing. Nothing here trains.
 */
import { availableParallelism } from "node:os";
import { autocastDtype, checkPrecision, deviceType, keep, manualSeed, resolveDevice, setCurrentDevice, setDeterministic, setNumThreads, tidy, torchVersion, type Device, type DType, type Precision, type Tensor } from "../tensor/index.js";
import { Adam, AdamW, LARS, SGD, WarmupCosine, ConstantLr, GradScaler, barlowTwinsGroups, type Optimizer, type BaseOptions, type LrSchedule } from "../optim/index.js";
import { Loader, type ImageDataset } from "../data/index.js";
import { viewTransform } from "../augment/index.js";
import { getMethod, type SSLMethod, type StepContext } from "../methods/index.js";
import { InputError } from "../util/errors.js";
import { readDistEnv, type DistEnv, ProcessGroup, broadcastModule, GradientReducer, convertSyncBatchNorm } from "../distributed/index.js";
import { loadRunData, pipelineFor } from "./data.js";
import { evalInputs, spreadIndices } from "./probe.js";
import { OnlineProbe, type LabelledInputs } from "./online.js";
import type { ResolvedConfig } from "./config.js";

/** Everything a run holds while it trains. `release()` frees it on every way out. */
export interface RunParts {
  cfg: ResolvedConfig;
  /** Where this process trains ("cpu", "cuda:N"): the config's device made concrete (cuda:LOCAL_RANK per rank). */
  device: Device;
  /** The autocast dtype of the forward pass (null: float32 throughout). */
  autocast: DType | null;
  /** The dynamic loss scaler of 16-mixed (null otherwise). */
  scaler: GradScaler | null;
  pg: ProcessGroup | null;
  /** Rank 0 (or the only process): writes files, runs probes. */
  isMain: boolean;
  world: number;
  loader: Loader;
  method: SSLMethod;
  optimizer: Optimizer<BaseOptions>;
  schedule: LrSchedule;
  gradSync: GradientReducer | null;
  totalSteps: number;
  /** The fixed probe batch (held-out images) with labels, and the kNN monitor's bank of train images. */
  probe: LabelledInputs;
  bank: LabelledInputs | null;
  online: OnlineProbe | null;
  /** The per-step context passed to the method (gather over ranks, step counts). */
  context(step: number): StepContext;
  release(): Promise<void>;
}

/** Rows of the probe when none is asked for: 4 per dimension of the wider of h and z, at least 1024, within the split. */
export function defaultProbeSize(dims: { hDim: number; zDim: number }, available: number): number {
  return Math.min(available, Math.max(1024, 4 * Math.max(dims.hDim, dims.zDim)));
}

/**
 * The device this process trains on: `cfg.device` made concrete. A data-parallel rank asked for "auto" or "cuda"
 * takes the GPU of its LOCAL_RANK (one process per GPU, as torchrun's convention); an explicit cuda:N is kept.
 * @example runDevice(parseConfig({ method: "vicreg", device: "auto" }), null) // "cpu" without a GPU
 */
export function runDevice(cfg: { device: string }, dist: DistEnv | null): Device {
  const d = resolveDevice(cfg.device, "--device");
  if (!dist || dist.worldSize === 1 || d === "cpu" || /^cuda:\d+$/.test(cfg.device)) return d;
  return resolveDevice(`cuda:${dist.localRank}`, `LOCAL_RANK ${dist.localRank} (--device ${cfg.device})`);
}

/**
 * The c10d backend of a data-parallel run: `auto` is NCCL for GPUs when the libtorch has it, else Gloo (which also
 * reduces CUDA tensors, more slowly). `nccl` without NCCL, or on the CPU, is an InputError.
 */
export function runBackend(cfg: { backend: "auto" | "gloo" | "nccl" }, device: string): "gloo" | "nccl" {
  const nccl = torchVersion().nccl;
  if (cfg.backend === "gloo") return "gloo";
  if (cfg.backend === "nccl") {
    if (!nccl) throw new InputError("--backend", "nccl needs a CUDA libtorch built with NCCL (see `nocollapse info`); this one has Gloo only");
    if (deviceType(device) !== "cuda") throw new InputError("--backend", `nccl reduces GPU tensors, but this run trains on ${device}; use --device cuda or --backend gloo`);
    return "nccl";
  }
  return deviceType(device) === "cuda" && nccl ? "nccl" : "gloo";
}

/**
 * Where this process trains and how: the concrete device (made current), the precision (checked against the device
 * and dtype), and the process group of a data-parallel run over the chosen backend (null in one process).
 */
function placeRun(cfg: ResolvedConfig, distEnv: DistEnv | null): { device: Device; precision: Precision; pg: ProcessGroup | null } {
  const device = runDevice(cfg, distEnv);
  if (cfg.deterministic) setDeterministic(true);
  const precision = checkPrecision(cfg.precision, device);
  if (precision !== "32" && cfg.dtype === "float64") throw new InputError("--precision", `${precision} trains in float32 with a lower-precision forward pass; it cannot be combined with --dtype float64`);
  setCurrentDevice(device);
  const backend = runBackend(cfg, device); // checked in one process too: --backend nccl is refused where it cannot run
  const pg = distEnv && distEnv.worldSize > 1 ? ProcessGroup.init(distEnv, { timeoutMs: cfg.collectiveTimeout * 1000, backend, device }) : null;
  return { device, precision, pg };
}

export async function buildRun(cfg: ResolvedConfig): Promise<RunParts> {
  // Distributed: the torchrun environment (RANK, WORLD_SIZE, ...) makes this process one rank of a data-parallel
  // group. Every rank trains on its shard of each global batch; only rank 0 writes files and runs probes.
  const distEnv = readDistEnv();
  const world = distEnv?.worldSize ?? 1;
  if (cfg.batchSize % world !== 0) {
    throw new InputError("--batch-size", `the global batch ${cfg.batchSize} must be divisible by the ${world} processes`);
  }
  const envThreads = Number(process.env.NOCOLLAPSE_THREADS) || undefined;
  setNumThreads(cfg.threads ?? envThreads ?? availableParallelism());
  const { device, precision, pg } = placeRun(cfg, distEnv);

  const { train: trainSet, test: testSet } = await loadRunData(cfg);
  const pipeline = pipelineFor(cfg, trainSet);
  const loader = new Loader(trainSet, {
    batchSize: cfg.batchSize / world,
    rank: distEnv?.rank ?? 0,
    worldSize: world,
    seed: cfg.seed,
    transform: viewTransform(pipeline, cfg.seed, cfg.views),
    prefetch: cfg.prefetch,
    device,
  });
  const totalSteps = Math.min(cfg.maxSteps ?? Infinity, cfg.epochs * loader.batchesPerEpoch());

  manualSeed(cfg.seed);
  const method = buildMethod(cfg, trainSet.channels, device);
  if (cfg.syncBn) convertSyncBatchNorm(method, pg);
  if (pg) broadcastModule(method, pg);
  const trainable = method.trainableParameters();
  const gradSync = pg ? new GradientReducer([...trainable.values()], pg, { bucketCapMb: cfg.bucketCapMb, overlap: cfg.gradOverlap }) : null;
  const optimizer = buildOptimizer(cfg, trainable);
  const scaler = precision === "16-mixed" ? new GradScaler(device) : null;
  const schedule: LrSchedule = cfg.schedule === "cosine"
    ? new WarmupCosine({ baseLr: cfg.lr, warmupSteps: Math.min(cfg.warmupSteps, totalSteps), totalSteps })
    : new ConstantLr(cfg.lr);

  const probeSet: ImageDataset = testSet ?? trainSet;
  cfg = { ...cfg, probeSize: cfg.probeSize ?? defaultProbeSize(method, probeSet.length) };
  const probeSize = cfg.probeSize!;
  const labelled = (ds: ImageDataset, idx: Int32Array): LabelledInputs =>
    ({ inputs: keep(tidy(() => evalInputs(ds, idx, pipeline).to({ dtype: cfg.dtype, device }))), labels: keep(tidy(() => ds.labelTensor(idx).toDevice(device))) });
  const probe = labelled(probeSet, spreadIndices(probeSet.length, probeSize));
  // The online probe and kNN monitor need labels; they are created after the method so its initialisation (and so
  // every loss of the run) is the same with or without them.
  const withOnline = (pg === null || pg.isMain) && trainSet.numClasses >= 2;
  const bank = withOnline ? labelled(trainSet, spreadIndices(trainSet.length, Math.min(trainSet.length, probeSize))) : null;
  const online = withOnline ? new OnlineProbe(method.hDim, trainSet.numClasses, { dtype: cfg.dtype, device }) : null;

  const gather = pg ? (t: Tensor) => pg.allGatherDiff(t) : (t: Tensor) => t;
  const allReduceSum = pg
    ? (t: Tensor) => {
        const sum = t.detach().clone();
        pg.allReduce([sum], "sum");
        return sum;
      }
    : (t: Tensor) => t;
  return {
    cfg, device, autocast: autocastDtype(precision), scaler, pg, isMain: !pg || pg.isMain, world, loader, method, optimizer, schedule, gradSync, totalSteps, probe, bank, online,
    context: (step) => ({ step, totalSteps, gather, allReduceSum }),
    release: async () => {
      await loader.close();
      for (const t of [probe.inputs, probe.labels, bank?.inputs, bank?.labels]) t?.dispose();
      online?.dispose();
      optimizer.dispose();
      scaler?.dispose();
      method.dispose();
      gradSync?.dispose();
      pg?.destroy();
    },
  };
}

/**
 * The method's networks for this config (also used by `eval` to rebuild a run's model): initialised on the CPU (the
 * same weights for a seed on every device), then moved to `device`, with channels-last weights when asked for.
 */
export function buildMethod(cfg: ResolvedConfig, inChannels: number, device: string = "cpu"): SSLMethod {
  const def = getMethod(cfg.method);
  const method = def.build({
    backbone: cfg.backbone, projector: cfg.projector, inChannels, nonSharedBranches: cfg.nonSharedBranches,
    dtype: cfg.dtype, options: cfg.lossOptions as never,
  });
  // Module.to changes only what differs: a float32 CPU run in the default layout keeps its tensors.
  method.to({ dtype: cfg.dtype, device, memoryFormat: cfg.channelsLast ? "channelsLast" : undefined });
  method.train();
  return method;
}

function buildOptimizer(cfg: ResolvedConfig, params: Map<string, Tensor>): Optimizer<BaseOptions> {
  const o = { lr: cfg.lr, weightDecay: cfg.weightDecay };
  switch (cfg.optimizer) {
    case "adam": return new Adam(params, o) as unknown as Optimizer<BaseOptions>;
    case "adamw": return new AdamW(params, o) as unknown as Optimizer<BaseOptions>;
    case "sgd": return new SGD(params, { ...o, momentum: 0.9 }) as unknown as Optimizer<BaseOptions>;
    case "lars": return new LARS(barlowTwinsGroups(params), o) as unknown as Optimizer<BaseOptions>;
  }
}

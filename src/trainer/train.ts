/**
 * The training loop of the poster's joint-embedding architecture:
 * images → K augmented views → encoder f → h → projector g → z → loss → backward → optimizer step,
 * with collapse metrics of h and z on a fixed probe batch every `metricsEvery` steps, a collapse early warning,
 * atomic checkpoints that a killed run resumes from exactly, and a NaN guard that names the step and the term.
 *
 * @example
 * import { train } from "nocollapse";
 * const r = await train({ method: "barlow-twins", maxSteps: 200, out: "runs/bt" }, {
 *   onLog: (line) => console.log(line.step, line.loss),
 * });
 * console.log(r.probe?.z.diagnosis, r.probe?.z.effectiveRank);
 */
import { existsSync, mkdirSync, readFileSync, appendFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createHash } from "node:crypto";
import { availableParallelism, hostname } from "node:os";
import { keep, manualSeed, setNumThreads, tensor, tidy, writeSafetensors, type Tensor } from "../tensor/index.js";
import { Adam, AdamW, LARS, SGD, WarmupCosine, ConstantLr, barlowTwinsGroups, type Optimizer, type BaseOptions, type LrSchedule } from "../optim/index.js";
import { Loader, type ImageDataset } from "../data/index.js";
import { viewTransform } from "../augment/index.js";
import { loadRunData, pipelineFor } from "./data.js";
import { JointEmbedding } from "../methods/index.js";
import { SingularCovarianceError, computeLoss } from "../losses/index.js";
import type { Diagnosis } from "../metrics/index.js";
import { InputError, RunError } from "../util/errors.js";
import { readDistEnv, ProcessGroup, broadcastModule, GradientReducer, convertSyncBatchNorm } from "../distributed/index.js";
import { TorchError } from "../tensor/index.js";
import { writeFileAtomic } from "../util/fs.js";
import { Progress } from "../util/progress.js";
import { parseConfig, resolveConfig, type ResolvedConfig, type TrainConfigInput } from "./config.js";
import { loadCheckpoint, saveCheckpoint, type CheckpointState } from "./checkpoint.js";
import { evalInputs, runProbe, spreadIndices, NonFiniteEmbeddingError, type ProbeReport } from "./probe.js";

/** One line of metrics.jsonl (see docs/DEVELOPING.md). */
export interface MetricsLine {
  step: number;
  epoch: number;
  /** Seconds of training so far. */
  time: number;
  lr: number;
  loss: number;
  terms: Record<string, number>;
  probe?: ProbeReport;
  warning?: CollapseWarning;
}

export interface CollapseWarning {
  where: "h" | "z";
  kind: Exclude<Diagnosis, "healthy">;
  step: number;
  explanation: string;
}

export interface TrainHooks {
  /** Every logged step (each step; with `probe` every metricsEvery steps). */
  onLog?: (line: MetricsLine) => void;
  /** When the diagnosis of h or z turns to collapse. */
  onWarning?: (w: CollapseWarning) => void;
  /** Resume from DIR/checkpoint.safetensors when it exists. */
  resume?: boolean;
  /** Show a progress bar on stderr (default: when stderr is a TTY). */
  progress?: boolean;
  /** Stops the run cleanly (checkpoint written) at the next step boundary. */
  signal?: AbortSignal;
  /** Print one-line notices (warnings, resume) to stderr. Default true. */
  verbose?: boolean;
}

export interface TrainResult {
  out: string;
  config: ResolvedConfig;
  status: "done" | "collapsed" | "stopped";
  steps: number;
  seconds: number;
  lastLoss: number | null;
  /** The probe at the end of the run. */
  probe: ProbeReport | null;
  /** The probe of the untrained network (also in DIR/probe-init.json). */
  probeInit: ProbeReport | null;
  /** First step at which h or z was diagnosed as collapsed, or null. */
  collapseStep: number | null;
  warnings: CollapseWarning[];
}

/** Trains one run. Writes config.json, metrics.jsonl, checkpoints, encoder.safetensors and status.json in `out`. */
export async function train(input: TrainConfigInput, hooks: TrainHooks = {}): Promise<TrainResult> {
  const cfg = resolveConfig(parseConfig(input));
  const verbose = hooks.verbose ?? true;
  const say = (s: string) => verbose && process.stderr.write(`${s}\n`);
  const out = cfg.out;
  // Distributed: the torchrun environment (RANK, WORLD_SIZE, ...) makes this process one rank of a data-parallel
  // group. Every rank trains on its shard of each global batch; only rank 0 writes files and runs probes.
  const distEnv = readDistEnv();
  const world = distEnv?.worldSize ?? 1;
  if (cfg.batchSize % world !== 0) {
    throw new InputError("--batch-size", `the global batch ${cfg.batchSize} must be divisible by the ${world} processes`);
  }
  const envThreads = Number(process.env.NOCOLLAPSE_THREADS) || undefined;
  setNumThreads(cfg.threads ?? envThreads ?? availableParallelism());
  const pg = distEnv && world > 1 ? ProcessGroup.init(distEnv, { timeoutMs: cfg.collectiveTimeout * 1000 }) : null;
  const isMain = !pg || pg.isMain;
  if (isMain) mkdirSync(out, { recursive: true });
  const fingerprint = fingerprintOf(cfg);

  // ---- data ------------------------------------------------------------------------------------
  const { train: trainSet, test: testSet } = await loadRunData(cfg);
  const pipeline = pipelineFor(cfg, trainSet);
  const loader = new Loader(trainSet, {
    batchSize: cfg.batchSize / world,
    rank: distEnv?.rank ?? 0,
    worldSize: world,
    seed: cfg.seed,
    transform: viewTransform(pipeline, cfg.seed, cfg.views),
    prefetch: cfg.prefetch,
  });
  const perEpoch = loader.batchesPerEpoch();
  const totalSteps = Math.min(cfg.maxSteps ?? Infinity, cfg.epochs * perEpoch);

  // ---- model, optimizer, schedule ---------------------------------------------------------------
  manualSeed(cfg.seed);
  const model = new JointEmbedding({
    backbone: cfg.backbone,
    projector: cfg.projector,
    inChannels: trainSet.channels,
    nonSharedBranches: cfg.nonSharedBranches,
  });
  if (cfg.dtype !== "float32") model.to(cfg.dtype);
  model.train();
  if (cfg.syncBn) convertSyncBatchNorm(model, pg);
  if (pg) broadcastModule(model, pg);
  const params = model.parameters();
  const gradSync = pg ? new GradientReducer(params, pg, { bucketCapMb: cfg.bucketCapMb, overlap: cfg.gradOverlap }) : null;
  const optimizer = buildOptimizer(cfg, model);
  const schedule: LrSchedule = cfg.schedule === "cosine"
    ? new WarmupCosine({ baseLr: cfg.lr, warmupSteps: Math.min(cfg.warmupSteps, totalSteps), totalSteps })
    : new ConstantLr(cfg.lr);

  const warnFrom = Math.min(totalSteps, Math.max(cfg.metricsEvery, Math.ceil(0.1 * totalSteps)));
  const isProbeStep = (s: number) => s % cfg.metricsEvery === 0 || s === totalSteps || s === 1 || s === warnFrom;
  const probeSet: ImageDataset = testSet ?? trainSet;
  const probeInputs = keep(tidy(() => evalInputs(probeSet, spreadIndices(probeSet.length, cfg.probeSize), pipeline).to(cfg.dtype)));

  // ---- state (fresh or resumed) -----------------------------------------------------------------
  let step = 0;
  let secondsBefore = 0;
  let lastDiagnosis: { h: string; z: string } = { h: "healthy", z: "healthy" };
  let collapseStep: number | null = null;
  let peaks = { h: { peakTrace: 0, peakStep: 0 }, z: { peakTrace: 0, peakStep: 0 } };
  /** Frees everything the run holds (on every way out: done, stopped, failed, refused resume). */
  const release = async () => {
    await loader.close();
    probeInputs.dispose();
    optimizer.dispose();
    model.dispose();
    gradSync?.dispose();
    pg?.destroy();
  };
  const metricsPath = join(out, "metrics.jsonl");
  const ckpt = hooks.resume ? loadCheckpoint(out) : null;
  let probeInit: ProbeReport | null = null;
  if (ckpt) {
    if (ckpt.state.fingerprint !== fingerprint) {
      disposeAll(ckpt.model, ckpt.optim);
      await release();
      throw new RunError(`${out}: the checkpoint was written with a different configuration; use a new --out or the same flags`, 2);
    }
    model.loadStateDict(ckpt.model, { where: `${out}/checkpoint.safetensors` });
    optimizer.loadState({ tensors: ckpt.optim, scalars: ckpt.state.optimizerScalars }, `${out}/checkpoint.safetensors`);
    disposeAll(ckpt.model, ckpt.optim); // both were copied in
    step = ckpt.state.step;
    secondsBefore = ckpt.state.seconds;
    lastDiagnosis = ckpt.state.lastDiagnosis;
    collapseStep = ckpt.state.collapseStep;
    if (ckpt.state.peaks) peaks = ckpt.state.peaks;
    loader.restore(ckpt.state.loader);
    if (isMain) truncateMetrics(metricsPath, step);
    if (isMain) say(`resuming ${out} at step ${step}/${totalSteps}`);
  } else if (isMain) {
    writeFileSync(metricsPath, "");
    probeInit = runProbe(model, probeInputs, { atInit: true });
    writeFileAtomic(join(out, "probe-init.json"), JSON.stringify(probeInit) + "\n");
  }
  if (isMain) writeFileAtomic(join(out, "config.json"), JSON.stringify(cfg, null, 2) + "\n");

  const status = (state: string, extra: Record<string, unknown> = {}) => {
    if (isMain) writeFileAtomic(join(out, "status.json"), JSON.stringify({ state, step, maxSteps: totalSteps, pid: process.pid, host: hostname(), worldSize: world, ...extra }) + "\n");
  };
  status("running");

  const bar = new Progress({ total: totalSteps, label: `${cfg.method}${cfg.ablation ? `/${cfg.ablation}` : ""}${world > 1 ? ` ×${world}` : ""}`, unit: "step", force: isMain ? hooks.progress : false });
  bar.set(step);
  const t0 = Date.now();
  const elapsed = () => secondsBefore + (Date.now() - t0) / 1000;
  const warnings: CollapseWarning[] = [];
  let lastLoss: number | null = null;
  let lastProbe: ProbeReport | null = null;
  let finalStatus: TrainResult["status"] = "done";

  let lastCheckpoint: number | null = ckpt ? ckpt.state.step : null;
  const kept = () =>
    lastCheckpoint === null ? "no checkpoint had been written yet" : `the last good checkpoint (step ${lastCheckpoint}) is kept in ${out}`;
  const checkpoint = () => {
    // A checkpoint must be good: weights that went non-finite without a NaN loss yet (possible right after an
    // exploding update) stop the run here instead of overwriting the last good checkpoint.
    const bad = tidy(() => [...model.namedParameters()].find(([, p]) => p.isfinite().all().item() === 0));
    if (bad) {
      const msg = `the weights diverged at step ${step}: parameter '${bad[0]}' has NaN/Inf values after the update; ` +
        `${kept()}. Try a lower --lr (now ${optimizer.groups[0]?.options.lr})`;
      status("failed", { message: msg });
      throw new RunError(msg, 1);
    }
    const st: CheckpointState = {
      version: 1,
      step,
      loader: loader.state(),
      optimizerScalars: optimizer.state().scalars,
      seconds: elapsed(),
      lastDiagnosis,
      collapseStep,
      peaks,
      fingerprint,
    };
    if (isMain) saveCheckpoint(out, model.stateDict(), optimizer.state().tensors, st);
    lastCheckpoint = step;
    if (step < totalSteps) status("running"); // so that dashboards and `study` see the progress
  };

  try {
    while (step < totalSteps) {
      // A prefetched batch resolves as a microtask, so without this the loop would never let timers and signal
      // handlers run (Ctrl-C, SIGTERM, the study's parent watch) until training ends.
      await new Promise<void>((r) => setImmediate(r));
      if (hooks.signal?.aborted) {
        finalStatus = "stopped";
        break;
      }
      const batch = await loader.next();
      const epoch = batch.epoch;
      // Reseeding per step makes every random op of a step (e.g. W-MSE's sub-batch permutation) a function of
      // (seed, step), so a resumed run draws exactly what the uninterrupted one did.
      manualSeed(mixSeed(cfg.seed, step));
      const lr = schedule.lrAt(step);
      optimizer.setLr(lr);
      let values: { loss: number; terms: Record<string, number> };
      try {
        values = tidy(() => {
          const { z } = model.embed(cfg.dtype === "float32" ? batch.views : batch.views.map((v) => v.to(cfg.dtype)));
          // Batch statistics (cross-correlation, variance/covariance, whitening, negatives) over the global batch:
          // each rank's embeddings gathered, with gradients flowing back to this rank's rows.
          const zAll = pg ? z.map((t) => pg.allGatherDiff(t)) : z;
          const { loss, terms } = computeLoss(cfg.method, zAll, cfg.lossOptions);
          const v = { loss: loss.item(), terms: Object.fromEntries(Object.entries(terms).map(([k, t]) => [k, t.item()])) };
          if (!Number.isFinite(v.loss)) return v; // no update from a NaN/Inf loss (every rank sees the same loss)
          gradSync?.beforeBackward();
          loss.backward(); // with a process group, the gradients come out averaged over ranks
          gradSync?.afterBackward();
          optimizer.step();
          optimizer.zeroGrad();
          return v;
        });
      } catch (e) {
        if (pg && e instanceof TorchError && e.op.startsWith("c10d")) {
          status("failed", { message: e.message });
          throw new RunError(`rank ${pg.rank}: lost contact with the other ranks at step ${step + 1} (${e.torchMessage.split("\n")[0]}); ${kept()}`, 1, { cause: e });
        }
        if (e instanceof SingularCovarianceError) {
          status("failed", { message: e.message });
          throw new RunError(`step ${step + 1}: ${e.message} (${kept()})`, 1, { cause: e });
        }
        throw e;
      } finally {
        batch.dispose();
      }
      if (!Number.isFinite(values.loss)) {
        const bad = Object.entries(values.terms).find(([, v]) => !Number.isFinite(v));
        const msg = `the loss became ${values.loss} at step ${step + 1}${bad ? ` (term '${bad[0]}' = ${bad[1]})` : ""}; ` +
          `${kept()}. Try a lower --lr (now ${lr}) or check the input data`;
        status("failed", { message: msg });
        throw new RunError(msg, 1);
      }
      step++;
      lastLoss = values.loss;
      const line: MetricsLine = { step, epoch, time: round(elapsed()), lr, loss: values.loss, terms: values.terms };

      if (isMain && isProbeStep(step)) {
        let probe: ProbeReport;
        try {
          probe = runProbe(model, probeInputs, { history: peaks });
        } catch (e) {
          if (!(e instanceof NonFiniteEmbeddingError)) throw e;
          const msg = `the weights diverged at step ${step}: ${e.message} after the update (the loss was ${values.loss}); ` +
            `${kept()}. Try a lower --lr (now ${lr})`;
          status("failed", { message: msg });
          throw new RunError(msg, 1);
        }
        lastProbe = probe;
        line.probe = probe;
        for (const where of ["h", "z"] as const) {
          const trace = probe[where].spectrum.reduce((a, b) => a + b, 0);
          if (trace > peaks[where].peakTrace) peaks[where] = { peakTrace: trace, peakStep: step };
        }
        for (const where of ["h", "z"] as const) {
          const d = probe[where].diagnosis;
          // An untrained network already looks concentrated (the metrics say so at init), so the first probes are
          // not judged: warnings start after warm-up (10% of the run, at least one probe interval).
          if (step < warnFrom) continue;
          if (d !== "healthy" && d !== lastDiagnosis[where]) {
            const w: CollapseWarning = { where, kind: d, step, explanation: probe[where].explanation };
            line.warning ??= w;
            warnings.push(w);
            collapseStep ??= step;
            hooks.onWarning?.(w);
            bar.done();
            say(`collapse warning at step ${step}: ${where} shows ${d}: ${probe[where].explanation}`);
          }
          lastDiagnosis[where] = d;
        }
      }
      if (isMain) appendFileSync(metricsPath, JSON.stringify(line) + "\n");
      hooks.onLog?.(line);
      bar.tick(1, { loss: values.loss, ...(lastProbe ? { "rank(z)": lastProbe.z.effectiveRank } : {}) });
      if (step % cfg.checkpointEvery === 0 && step < totalSteps) checkpoint();
      let stop = Boolean(line.warning && cfg.stopOnCollapse);
      if (pg && cfg.stopOnCollapse && isProbeStep(step)) {
        // Rank 0 decides (it runs the probes); every rank takes part in this broadcast at the same steps.
        const flag = tensor([stop ? 1 : 0]);
        pg.broadcast([flag], 0);
        stop = flag.item() === 1;
        flag.dispose();
      }
      if (stop) {
        finalStatus = "collapsed";
        break;
      }
    }
    checkpoint();
    if (isMain) writeSafetensors(join(out, "encoder.safetensors"), model.backbone.stateDict(), { format: "pt", backbone: cfg.backbone });
    const seconds = elapsed();
    status(finalStatus === "done" ? "done" : finalStatus, { seconds: round(seconds) });
    bar.done(verbose);
    return { out, config: cfg, status: finalStatus, steps: step, seconds, lastLoss, probe: lastProbe, probeInit, collapseStep, warnings };
  } finally {
    bar.done();
    await release();
  }
}

function buildOptimizer(cfg: ResolvedConfig, model: JointEmbedding): Optimizer<BaseOptions> {
  const params = model.namedParameters();
  const o = { lr: cfg.lr, weightDecay: cfg.weightDecay };
  switch (cfg.optimizer) {
    case "adam": return new Adam(params, o) as unknown as Optimizer<BaseOptions>;
    case "adamw": return new AdamW(params, o) as unknown as Optimizer<BaseOptions>;
    case "sgd": return new SGD(params, { ...o, momentum: 0.9 }) as unknown as Optimizer<BaseOptions>;
    case "lars": return new LARS(barlowTwinsGroups(params), o) as unknown as Optimizer<BaseOptions>;
  }
}

/** A 31-bit seed from (seed, step): splitmix-style mixing so nearby steps get unrelated streams. */
export function mixSeed(seed: number, step: number): number {
  let x = (BigInt(seed) * 0x9e3779b97f4a7c15n + BigInt(step) + 1n) & 0xffffffffffffffffn;
  x = ((x ^ (x >> 30n)) * 0xbf58476d1ce4e5b9n) & 0xffffffffffffffffn;
  x = ((x ^ (x >> 27n)) * 0x94d049bb133111ebn) & 0xffffffffffffffffn;
  return Number((x ^ (x >> 31n)) & 0x7fffffffn);
}

/** What must match for a resume: everything that changes the trajectory. */
function fingerprintOf(cfg: ResolvedConfig): string {
  const { out: _out, threads: _t, prefetch: _p, checkpointEvery: _c, metricsEvery: _m, stopOnCollapse: _s, epochs: _e, maxSteps: _x, bucketCapMb: _b, gradOverlap: _g, ...rest } = cfg;
  return createHash("sha256").update(JSON.stringify(rest)).digest("hex").slice(0, 16);
}

/** Drops metrics lines logged after the checkpoint (they will be logged again), and a half-written last line. */
function truncateMetrics(path: string, step: number): void {
  if (!existsSync(path)) return;
  const kept: string[] = [];
  for (const l of readFileSync(path, "utf8").split("\n")) {
    if (!l.trim()) continue;
    try {
      if ((JSON.parse(l) as { step: number }).step <= step) kept.push(l);
    } catch {
      // a line cut by the kill
    }
  }
  writeFileAtomic(path, kept.map((l) => l + "\n").join(""));
}

function disposeAll(...maps: Map<string, Tensor>[]): void {
  for (const m of maps) for (const t of m.values()) t.dispose();
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}


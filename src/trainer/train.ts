/**
 * The training loop of the poster's joint-embedding architecture:
 * images → K augmented views → the method (encoder f → h → projector g → z, targets, predictor) → loss →
 * backward → optimizer step → after-step hook, with collapse metrics of h and z on a fixed probe batch every
 * `metricsEvery` steps, a collapse early warning, online evaluation, atomic checkpoints that a killed run resumes
 * from exactly, and a NaN guard that names the step and the term.
 *
 * The phases live in their own files: build.ts (everything a run holds), step.ts (one optimizer step),
 * watch.ts (probe and warning), checkpoint.ts (state on disk). This file only sequences them.
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
import { tensor, tidy, writeSafetensors, TorchError, type Tensor } from "../tensor/index.js";
import { SingularCovarianceError } from "../losses/index.js";
import { RunError } from "../util/errors.js";
import { writeFileAtomic } from "../util/fs.js";
import { Progress } from "../util/progress.js";
import { RUN_FILES, writeStatus, type CollapseWarning, type MetricsLine, type ProbeReport, type RunStatus } from "../runfolder/index.js";
import { parseConfig, resolveConfig, type ResolvedConfig, type TrainConfigInput } from "./config.js";
import { loadCheckpoint, runFingerprint, saveCheckpoint, type CheckpointState } from "./checkpoint.js";
import { runProbe, inEvalMode, embedAll, NonFiniteEmbeddingError } from "./probe.js";
import { buildRun, type RunParts } from "./build.js";
import { trainStep } from "./step.js";
import { CollapseWatch } from "./watch.js";
import { claimRunFolder } from "./folder.js";
import { readDistEnv } from "../distributed/index.js";

export type { MetricsLine, CollapseWarning } from "../runfolder/index.js";
export { mixSeed } from "./step.js";

export interface TrainHooks {
  /** Every logged step (each step; with `probe` every metricsEvery steps). */
  onLog?: (line: MetricsLine) => void;
  /** When the diagnosis of h or z turns to collapse. */
  onWarning?: (w: CollapseWarning) => void;
  /** Resume from DIR/checkpoint.safetensors when it exists. */
  resume?: boolean;
  /** Delete an earlier run in `out` and start over (without it, an existing run is refused unless resumed). */
  overwrite?: boolean;
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

/** A run in progress: its parts, where it is, and what it has seen. */
interface Session {
  run: RunParts;
  out: string;
  fingerprint: string;
  step: number;
  secondsBefore: number;
  startedAt: number;
  watch: CollapseWatch;
  lastCheckpoint: number | null;
  say: (s: string) => void;
}

/** Trains one run. Writes config.json, metrics.jsonl, checkpoints, encoder.safetensors and status.json in `out`. */
export async function train(input: TrainConfigInput, hooks: TrainHooks = {}): Promise<TrainResult> {
  const cfg = resolveConfig(parseConfig(input));
  const verbose = hooks.verbose ?? true;
  const say = (m: string) => verbose && process.stderr.write(`${m}\n`);
  // Rank 0 (or the only process) owns the run folder: claimed before anything is built or written.
  const lock = (readDistEnv()?.rank ?? 0) === 0 ? claimRunFolder(cfg.out, { resume: hooks.resume ?? false, overwrite: hooks.overwrite ?? false, say }) : null;
  let run: RunParts;
  try {
    run = await buildRun(cfg);
  } catch (e) {
    lock?.release();
    throw e;
  }
  const s: Session = {
    run, out: cfg.out, fingerprint: runFingerprint(cfg), step: 0, secondsBefore: 0, startedAt: Date.now(),
    watch: new CollapseWatch(cfg.metricsEvery, run.totalSteps), lastCheckpoint: null, say,
  };
  const bar = new Progress({ total: run.totalSteps, label: `${cfg.method}${cfg.ablation ? `/${cfg.ablation}` : ""}${run.world > 1 ? ` ×${run.world}` : ""}`, unit: "step", force: run.isMain ? hooks.progress : false });
  try {
    const probeInit = startOrResume(s, hooks.resume ?? false);
    bar.set(s.step);
    const warnings: CollapseWarning[] = [];
    let lastLoss: number | null = null;
    let lastProbe: ProbeReport | null = null;
    let finalStatus: TrainResult["status"] = "done";
    while (s.step < run.totalSteps) {
      // A prefetched batch resolves as a microtask, so without this the loop would never let timers and signal
      // handlers run (Ctrl-C, SIGTERM, the study's parent watch) until training ends.
      await new Promise<void>((r) => setImmediate(r));
      if (hooks.signal?.aborted) {
        finalStatus = "stopped";
        break;
      }
      const line = await stepOnce(s);
      lastLoss = line.loss;
      if (line.probe) lastProbe = line.probe;
      for (const w of line.warnings) {
        warnings.push(w);
        hooks.onWarning?.(w);
        bar.done();
        s.say(`collapse warning at step ${w.step}: ${w.where} shows ${w.kind}${w.confirmedStep !== undefined && w.confirmedStep !== w.step ? ` (held until step ${w.confirmedStep})` : ""}: ${w.explanation}`);
      }
      for (const c of line.cleared ?? []) s.say(`collapse warning cleared at step ${c.step}: ${c.where} is healthy again (${c.kind} since step ${c.since})`);
      const { warnings: _w, ...logged } = line;
      if (run.isMain) appendFileSync(join(s.out, RUN_FILES.metrics), JSON.stringify(logged) + "\n");
      hooks.onLog?.(logged);
      bar.tick(1, { loss: line.loss, ...(lastProbe ? { "rank(z)": lastProbe.z.effectiveRank } : {}) });
      if (s.step % cfg.checkpointEvery === 0 && s.step < run.totalSteps) checkpoint(s);
      if (stopForCollapse(s, line.warnings.length > 0)) {
        finalStatus = "collapsed";
        break;
      }
    }
    checkpoint(s);
    if (run.isMain) {
      writeSafetensors(join(s.out, RUN_FILES.encoder), run.method.encoder().stateDict(), { format: "pt", backbone: cfg.backbone, method: cfg.method });
      saveProbeEmbeddings(s);
    }
    const seconds = elapsed(s);
    status(s, finalStatus, { seconds: round(seconds) });
    bar.done(verbose);
    return { out: s.out, config: cfg, status: finalStatus, steps: s.step, seconds, lastLoss, probe: lastProbe, probeInit, collapseStep: s.watch.state.collapseStep, warnings };
  } finally {
    bar.done();
    await run.release();
    lock?.release();
  }
}

/** Fresh start (probe of the untrained network) or resume from the checkpoint; writes config.json. */
function startOrResume(s: Session, resume: boolean): ProbeReport | null {
  const { run, out } = s;
  if (run.isMain) mkdirSync(out, { recursive: true });
  const ckpt = resume ? loadCheckpoint(out, { dtype: run.cfg.dtype }) : null;
  let probeInit: ProbeReport | null = null;
  if (ckpt) {
    const where = `${out}/${RUN_FILES.checkpoint}`;
    try {
      if (ckpt.state.fingerprint !== s.fingerprint) {
        throw new RunError(`${out}: the checkpoint was written with a different configuration; use a new --out or the same flags`, 2);
      }
      run.method.loadStateDict(ckpt.model, { where });
      run.optimizer.loadState({ tensors: ckpt.optim, scalars: ckpt.state.optimizerScalars }, where);
      if (run.online && ckpt.online.size) run.online.load(ckpt.online, ckpt.state.onlineScalars ?? {}, where);
      if (run.scaler && ckpt.state.scaler) run.scaler.load(ckpt.state.scaler);
    } finally {
      disposeAll(ckpt.model, ckpt.optim, ckpt.online); // copied in, or refused
    }
    s.step = ckpt.state.step;
    s.secondsBefore = ckpt.state.seconds;
    s.lastCheckpoint = ckpt.state.step;
    s.watch.state = {
      lastDiagnosis: ckpt.state.lastDiagnosis,
      collapseStep: ckpt.state.collapseStep,
      peaks: ckpt.state.peaks ?? s.watch.state.peaks,
      streak: ckpt.state.streak ?? s.watch.state.streak,
      active: ckpt.state.active ?? s.watch.state.active,
    };
    run.loader.restore(ckpt.state.loader);
    if (run.isMain) truncateMetrics(join(out, RUN_FILES.metrics), s.step);
    if (run.isMain) s.say(`resuming ${out} at step ${s.step}/${run.totalSteps}`);
  } else if (run.isMain) {
    writeFileSync(join(out, RUN_FILES.metrics), "");
    probeInit = runProbe(run.method, run.probe.inputs, { atInit: true });
    writeFileAtomic(join(out, RUN_FILES.probeInit), JSON.stringify(probeInit) + "\n");
  }
  if (run.isMain) writeFileAtomic(join(out, RUN_FILES.config), JSON.stringify(run.cfg, null, 2) + "\n");
  status(s, "running");
  return probeInit;
}

/** One step and, on probe steps, the probe, online evaluation and warnings: the metrics line of the step. */
async function stepOnce(s: Session): Promise<MetricsLine & { warnings: CollapseWarning[] }> {
  const { run } = s;
  const batch = await run.loader.next();
  let values;
  try {
    values = trainStep(run, batch, s.step);
  } catch (e) {
    if (run.pg && e instanceof TorchError && e.op.startsWith("c10d")) {
      fail(s, `rank ${run.pg.rank}: lost contact with the other ranks at step ${s.step + 1} (${e.torchMessage.split("\n")[0]}); ${kept(s)}`, e, e.message);
    }
    if (e instanceof SingularCovarianceError) fail(s, `step ${s.step + 1}: ${e.message} (${kept(s)})`, e, e.message);
    throw e;
  } finally {
    batch.dispose();
  }
  if (!Number.isFinite(values.loss)) {
    const bad = Object.entries(values.terms).find(([, v]) => !Number.isFinite(v));
    fail(s, `the loss became ${values.loss} at step ${s.step + 1}${bad ? ` (term '${bad[0]}' = ${bad[1]})` : ""}; ` +
      `${kept(s)}. Try a lower --lr (now ${values.lr}) or check the input data`);
  }
  s.step++;
  const line: MetricsLine & { warnings: CollapseWarning[] } = {
    step: s.step, epoch: batch.epoch, time: round(elapsed(s)), lr: values.lr, loss: values.loss, terms: values.terms,
    ...(values.method ? { method: values.method } : {}), warnings: [],
  };
  if (run.isMain && s.watch.isProbeStep(s.step)) {
    try {
      const { probe, warnings, cleared } = s.watch.probe(run, s.step);
      line.probe = probe;
      if (cleared.length) line.cleared = cleared;
      const { online, bank } = run;
      if (online && bank) line.online = inEvalMode(run.method, () => online.evaluate((x) => run.method.embedEval(x), run.probe, bank));
      if (warnings[0]) line.warning = warnings[0];
      line.warnings = warnings;
    } catch (e) {
      if (!(e instanceof NonFiniteEmbeddingError)) throw e;
      fail(s, `the weights diverged at step ${s.step}: ${e.message} after the update (the loss was ${values.loss}); ${kept(s)}. Try a lower --lr (now ${values.lr})`);
    }
  }
  return line;
}

/** h, z and labels of the probe images as the run ends, so they can be analysed again (or by other tools). */
function saveProbeEmbeddings(s: Session): void {
  const { run } = s;
  tidy(() => {
    const { h, z } = embedAll(run.method, run.probe.inputs);
    const tensors: Record<string, Tensor> = { h: h.to("float32"), z: z.to("float32") };
    tensors.labels = run.probe.labels;
    writeSafetensors(join(s.out, RUN_FILES.probeEmbeddings), tensors, { step: String(s.step), method: run.cfg.method });
  });
}

/** With --stop-on-collapse: rank 0 decides (it runs the probes); every rank joins the broadcast at the same steps. */
function stopForCollapse(s: Session, warned: boolean): boolean {
  const { run } = s;
  if (!run.cfg.stopOnCollapse) return false;
  if (!run.pg) return warned;
  if (!s.watch.isProbeStep(s.step)) return false;
  const flag = tensor([warned ? 1 : 0], undefined, { device: run.pg.device });
  run.pg.broadcast([flag], 0);
  const stop = flag.item() === 1;
  flag.dispose();
  return stop;
}

/** Writes the checkpoint (rank 0); refuses to overwrite a good one with diverged weights. */
function checkpoint(s: Session): void {
  const { run } = s;
  // Weights that went non-finite without a NaN loss yet (possible right after an exploding update) stop the run
  // here instead of overwriting the last good checkpoint.
  const bad = tidy(() => [...run.method.namedParameters()].find(([, p]) => p.isfinite().all().item() === 0));
  if (bad) {
    fail(s, `the weights diverged at step ${s.step}: parameter '${bad[0]}' has NaN/Inf values after the update; ` +
      `${kept(s)}. Try a lower --lr (now ${run.optimizer.groups[0]?.options.lr})`);
  }
  const online = run.online?.state();
  const st: CheckpointState = {
    version: 1,
    step: s.step,
    loader: run.loader.state(),
    optimizerScalars: run.optimizer.state().scalars,
    seconds: elapsed(s),
    ...s.watch.state,
    ...(online ? { onlineScalars: online.scalars } : {}),
    ...(run.scaler ? { scaler: run.scaler.state() } : {}),
    fingerprint: s.fingerprint,
  };
  if (run.isMain) saveCheckpoint(s.out, run.method.stateDict(), run.optimizer.state().tensors, st, online?.tensors);
  s.lastCheckpoint = s.step;
  if (s.step < run.totalSteps) status(s, "running"); // so that dashboards and `study` see the progress
}

function status(s: Session, state: RunStatus["state"], extra: Partial<RunStatus> = {}): void {
  if (s.run.isMain) writeStatus(s.out, { state, step: s.step, maxSteps: s.run.totalSteps, worldSize: s.run.world, ...extra });
}

/** Marks the run failed and throws the one-line error (exit 1). */
function fail(s: Session, message: string, cause?: unknown, statusMessage = message): never {
  status(s, "failed", { message: statusMessage });
  throw new RunError(message, 1, cause === undefined ? undefined : { cause });
}

function kept(s: Session): string {
  return s.lastCheckpoint === null ? "no checkpoint had been written yet" : `the last good checkpoint (step ${s.lastCheckpoint}) is kept in ${s.out}`;
}

function elapsed(s: Session): number {
  return s.secondsBefore + (Date.now() - s.startedAt) / 1000;
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

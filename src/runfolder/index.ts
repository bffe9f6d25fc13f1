/**
 * The run-folder contract, defined once: the files a training run writes, the shape of each, and the tolerant
 * readers and atomic writers that the trainer, eval, the report, the dashboard and the study share. No libtorch:
 * `report` and `serve` import it.
 *
 * A run folder holds:
 * - `config.json`: the resolved training config (every default filled in);
 * - `metrics.jsonl`: one {@link MetricsLine} per step, appended; a line with `probe` every `metricsEvery` steps;
 * - `status.json`: {@link RunStatus}, rewritten atomically on every state change and checkpoint;
 * - `checkpoint.safetensors` (+ `checkpoint.json`, a readable copy of its {@link CheckpointState});
 * - `encoder.safetensors`: the encoder evaluated downstream, PyTorch names;
 * - `probe-init.json`: the probe of the untrained network;
 * - `probe-embeddings.safetensors`: h, z and labels of the probe images at the end (for `analyze` or other tools);
 * - `eval.json` / `eval-random.json`: `nocollapse eval` results ({@link EvalRecord});
 * - `study.json`: the study's fingerprint when the run belongs to a study;
 * - `.lock`: the owning process (pid, host, start), while a trainer runs.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { hostname } from "node:os";
import type { Diagnosis, EmbeddingReport, TraceHistory } from "../metrics/index.js";
import type { LoaderState } from "../data/index.js";
import { writeFileAtomic } from "../util/fs.js";

import { RUN_FILES } from "./files.js";

export { RUN_FILES };

/** DINO-style output distribution of the teacher on the probe (entropies in nats). */
export interface OutputDistribution {
  /** mean_b H(p_b): → log K when every output is uniform. */
  meanEntropy: number;
  /** H(mean_b p_b): → 0 when one prototype dominates every output. */
  entropyOfMean: number;
  /** log K. */
  maxEntropy: number;
  /** Rows (probe images) and prototypes. */
  n: number;
  k: number;
  /** Which of DINO's two collapse modes this is, or null for neither. */
  mode: "uniform" | "one-dimension" | null;
}

/** The probe of one step: collapse metrics of h and z, and the method's own readings. */
export interface ProbeReport {
  h: EmbeddingReport;
  z: EmbeddingReport;
  /** Methods with a softmax output (DINO): the two collapse modes of its distribution. */
  output?: OutputDistribution;
}

/**
 * The collapse warning, logged on the probe step that confirms it: the same verdict on
 * `WARN_PERSISTENCE` consecutive probes (trainer/watch.ts), so one noisy probe does not raise an alarm.
 */
export interface CollapseWarning {
  where: "h" | "z";
  kind: Exclude<Diagnosis, "healthy">;
  /** The first probe step with this verdict (the collapse step). */
  step: number;
  /** The probe step that confirmed it (the line that carries the warning); absent in files of older versions. */
  confirmedStep?: number;
  explanation: string;
}

/** A warning that no longer stands: the space was diagnosed healthy on consecutive probes again. */
export interface CollapseCleared {
  where: "h" | "z";
  /** The verdict that was warned about. */
  kind: Exclude<Diagnosis, "healthy">;
  /** Its warning's `step`. */
  since: number;
  /** The first probe step of the healthy streak that cleared it. */
  step: number;
  explanation: string;
}

/** Online evaluation at a probe step: a linear classifier trained alongside on detached h, and a kNN monitor. */
export interface OnlineEval {
  /** Top-1 (%) of the online linear probe on the probe images. */
  linearTop1: number;
  /** Top-1 (%) of the online linear probe on the training batches since the last probe (augmented views). */
  trainTop1: number;
  /** Top-1 (%) of a k-NN classifier (cosine, k = 20) on h of the probe images against a fixed bank of train images. */
  knnTop1: number;
  /** The same kNN on z. */
  knnTop1Z: number;
}

/** One line of metrics.jsonl, as the trainer writes it. */
export interface MetricsLine {
  step: number;
  epoch: number;
  /** Seconds of training so far. */
  time: number;
  lr: number;
  loss: number;
  /** The loss's named, unweighted parts. */
  terms: Record<string, number>;
  /** The method's schedules and state (EMA τ, teacher temperature), when it has any. */
  method?: Record<string, number>;
  probe?: ProbeReport;
  online?: OnlineEval;
  warning?: CollapseWarning;
  /** Warnings that this probe step cleared. */
  cleared?: CollapseCleared[];
}

/** Everything optional, all the way down: what a reader may find in a file written by another or older version. */
export type Loose<T> = T extends (infer U)[] ? Loose<U>[] : T extends object ? { [K in keyof T]?: Loose<T[K]> } : T;

/** A parsed metrics.jsonl line: only `step` is guaranteed. */
export type MetricsRecord = Loose<MetricsLine> & { step: number };

/** `status.json`. */
export interface RunStatus {
  state: "running" | "done" | "failed" | "collapsed" | "stopped";
  step: number;
  maxSteps: number;
  pid: number;
  host: string;
  worldSize: number;
  message?: string;
  seconds?: number;
}

/** What a resume needs besides tensors (the checkpoint's metadata). */
export interface CheckpointState {
  version: 1;
  /** Optimizer steps done. */
  step: number;
  loader: LoaderState;
  optimizerScalars: Record<string, number>;
  /** Seconds of training done before this checkpoint (so resumed runs report total time). */
  seconds: number;
  /** Last diagnosis of h and z, and the first collapse warning, so warnings are not repeated after a resume. */
  lastDiagnosis: { h: Diagnosis; z: Diagnosis };
  collapseStep: number | null;
  /** Peak trace(C) of h and z on the probe so far (the "shrinking to a point" rule needs it after a resume). */
  peaks?: { h: TraceHistory; z: TraceHistory };
  /** The current verdict of h and z, since which probe step and for how many probes (warning persistence). */
  streak?: { h: { diagnosis: Diagnosis; since: number; probes: number }; z: { diagnosis: Diagnosis; since: number; probes: number } };
  /** The warning that stands in h and z (fired, not cleared). */
  active?: { h: { kind: Exclude<Diagnosis, "healthy">; since: number } | null; z: { kind: Exclude<Diagnosis, "healthy">; since: number } | null };
  /** Scalars of the online linear probe's optimizer. */
  onlineScalars?: Record<string, number>;
  /** The dynamic loss scaler of a 16-mixed run: scale S and finite steps since its last change. */
  scaler?: { scale: number; growthTracker: number };
  /** Identity of the run: a resume with a different config is refused. */
  fingerprint: string;
}

/** `eval.json` / `eval-random.json` (top-1 in percent). */
export interface EvalRecord {
  linearTop1: number;
  knnTop1: number;
  [key: string]: unknown;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/**
 * Parses one metrics.jsonl line; returns null for anything that is not a JSON object with a finite numeric `step`
 * (a half-written line from a live run, a stray log line). Non-finite numbers cannot appear in JSON, so a trainer
 * that hit NaN writes null — those fields are simply absent for the charts.
 */
export function parseMetricsLine(line: string): MetricsRecord | null {
  const t = line.trim();
  if (!t) return null;
  let v: unknown;
  try {
    v = JSON.parse(t);
  } catch {
    return null;
  }
  if (!isRecord(v) || typeof v.step !== "number" || !Number.isFinite(v.step)) return null;
  return v as MetricsRecord;
}

/**
 * Splits metrics.jsonl text into parsed lines. A last line without a trailing newline is only used if it parses
 * (the writer may be mid-line); any other malformed line is counted in `skipped`.
 *
 * @example
 * parseMetricsText('{"step":1}\n{"st')  // { lines: [{ step: 1 }], skipped: 0 }
 */
export function parseMetricsText(text: string): { lines: MetricsRecord[]; skipped: number } {
  const parts = text.split("\n");
  const lines: MetricsRecord[] = [];
  let skipped = 0;
  parts.forEach((p, i) => {
    if (!p.trim()) return;
    const m = parseMetricsLine(p);
    if (m) lines.push(m);
    else if (i < parts.length - 1) skipped++; // an unfinished last line is not an error yet
  });
  return { lines, skipped };
}

/** A status.json value, or null when it is not one (absent, foreign, unreadable). */
export function asRunStatus(v: unknown): (Loose<RunStatus> & { state: RunStatus["state"] }) | null {
  return isRecord(v) && typeof v.state === "string" ? (v as Loose<RunStatus> & { state: RunStatus["state"] }) : null;
}

/** The run's status.json, or null when absent or unreadable (it is written atomically, so never half-written). */
export function readStatus(dir: string): (Loose<RunStatus> & { state: RunStatus["state"] }) | null {
  const p = join(dir, RUN_FILES.status);
  if (!existsSync(p)) return null;
  try {
    return asRunStatus(JSON.parse(readFileSync(p, "utf8")));
  } catch {
    return null;
  }
}

/** Writes status.json atomically with this process's identity. */
export function writeStatus(dir: string, s: Omit<RunStatus, "pid" | "host">): void {
  const full: RunStatus = { ...s, pid: process.pid, host: hostname() };
  // Key order as before the contract existed: state, step, maxSteps, pid, host, worldSize, then the rest.
  const { state, step, maxSteps, pid, host, worldSize, ...rest } = full;
  writeFileAtomic(join(dir, RUN_FILES.status), JSON.stringify({ state, step, maxSteps, pid, host, worldSize, ...rest }) + "\n");
}

export { lockRunFolder, type LockOwner, type RunLock } from "./lock.js";

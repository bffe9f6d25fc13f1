/** Reading run folders: tolerant of runs that are still being written (half-written last line, missing files). */
import { existsSync, readdirSync, statSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { InputError } from "../util/errors.js";
import { asRunStatus, parseMetricsText, RUN_FILES } from "../runfolder/index.js";
import { readTextFile } from "../util/fs.js";
import type { Json, RunData } from "./types.js";

export { parseMetricsLine, parseMetricsText } from "../runfolder/index.js";

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Largest config.json / status.json / eval.json read (each is a few KiB). */
export const RUN_JSON_MAX_BYTES = 16 * 2 ** 20;
/** Largest metrics.jsonl read (a 100k-step run with probes every 20 steps writes about 50 MiB). */
export const METRICS_MAX_BYTES = 256 * 2 ** 20;

/**
 * A run file's JSON, or null when it is absent or does not parse. Only a regular file of at most
 * {@link RUN_JSON_MAX_BYTES} is read: anything else (a FIFO, a device, a huge file) is an InputError naming it.
 */
function readJson(path: string): unknown {
  if (!existsSync(path)) return null;
  const text = readTextFile(path, { maxBytes: RUN_JSON_MAX_BYTES });
  try {
    return JSON.parse(text);
  } catch {
    return null; // written atomically by the trainer, so unreadable means foreign or corrupt: treat as absent
  }
}

/**
 * Reads a run folder: config.json, metrics.jsonl, status.json and eval.json, each optional. Each must be a regular
 * file within its size limit ({@link RUN_JSON_MAX_BYTES}, {@link METRICS_MAX_BYTES}): a FIFO or a device in its place
 * is an InputError naming it, never a hang.
 *
 * @example
 * const run = readRun("runs/vicreg");
 * const last = run.metrics.at(-1);
 * console.log(run.name, run.status?.state, last?.probe?.z?.effectiveRank);
 */
export function readRun(dir: string): RunData {
  const abs = resolve(dir);
  if (!existsSync(abs) || !statSync(abs).isDirectory()) throw new InputError(dir, "run folder not found");
  const metricsPath = join(abs, RUN_FILES.metrics);
  const { lines, skipped } = existsSync(metricsPath)
    ? parseMetricsText(readTextFile(metricsPath, { maxBytes: METRICS_MAX_BYTES }))
    : { lines: [], skipped: 0 };
  const config = readJson(join(abs, RUN_FILES.config));
  const status = readJson(join(abs, RUN_FILES.status));
  const ev = readJson(join(abs, RUN_FILES.eval));
  const evr = readJson(join(abs, RUN_FILES.evalRandom));
  return {
    name: basename(abs),
    dir: abs,
    config: isRecord(config) ? (config as { [key: string]: Json }) : null,
    metrics: lines,
    skippedLines: skipped,
    status: asRunStatus(status),
    eval: isRecord(ev) ? (ev as { [key: string]: Json }) : null,
    evalRandom: isRecord(evr) ? (evr as { [key: string]: Json }) : null,
  };
}

/** Names of the sub-folders of `root` that are runs (hold a metrics.jsonl), sorted. */
export function listRunDirs(root: string): string[] {
  if (!existsSync(root) || !statSync(root).isDirectory()) throw new InputError(root, "runs folder not found");
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !d.name.startsWith(".") && existsSync(join(root, d.name, RUN_FILES.metrics)))
    .map((d) => d.name)
    .sort();
}

/** Reads every run under `root` (see {@link listRunDirs}). */
export function readRuns(root: string): RunData[] {
  return listRunDirs(root).map((n) => readRun(join(root, n)));
}

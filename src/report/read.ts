/** Reading run folders: tolerant of runs that are still being written (half-written last line, missing files). */
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { InputError } from "../util/errors.js";
import { asRunStatus, parseMetricsText, RUN_FILES } from "../runfolder/index.js";
import type { Json, RunData } from "./types.js";

export { parseMetricsLine, parseMetricsText } from "../runfolder/index.js";

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function readJson(path: string): unknown {
  if (!existsSync(path)) return null;
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch {
    return null; // written atomically by the trainer, so unreadable means foreign or corrupt: treat as absent
  }
}

/**
 * Reads a run folder: config.json, metrics.jsonl, status.json and eval.json, each optional.
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
    ? parseMetricsText(readFileSync(metricsPath, "utf8"))
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

/** Reading run folders: tolerant of runs that are still being written (half-written last line, missing files). */
import { existsSync, readdirSync, statSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { InputError } from "../util/errors.js";
import { readTextFile } from "../util/fs.js";
import type { Json, MetricsLine, RunData, RunStatus } from "./types.js";

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/**
 * Parses one metrics.jsonl line; returns null for anything that is not a JSON object with a finite numeric `step`
 * (a half-written line from a live run, a stray log line). Non-finite numbers cannot appear in JSON, so a trainer
 * that hit NaN writes null — those fields are simply absent for the charts.
 */
export function parseMetricsLine(line: string): MetricsLine | null {
  const t = line.trim();
  if (!t) return null;
  let v: unknown;
  try {
    v = JSON.parse(t);
  } catch {
    return null;
  }
  if (!isRecord(v) || typeof v.step !== "number" || !Number.isFinite(v.step)) return null;
  return v as unknown as MetricsLine;
}

/**
 * Splits metrics.jsonl text into parsed lines. A last line without a trailing newline is only used if it parses
 * (the writer may be mid-line); any other malformed line is counted in `skipped`.
 *
 * @example
 * parseMetricsText('{"step":1}\n{"st')  // { lines: [{ step: 1 }], skipped: 0 }
 */
export function parseMetricsText(text: string): { lines: MetricsLine[]; skipped: number } {
  const parts = text.split("\n");
  const lines: MetricsLine[] = [];
  let skipped = 0;
  parts.forEach((p, i) => {
    if (!p.trim()) return;
    const m = parseMetricsLine(p);
    if (m) lines.push(m);
    else if (i < parts.length - 1) skipped++; // an unfinished last line is not an error yet
  });
  return { lines, skipped };
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
  const metricsPath = join(abs, "metrics.jsonl");
  const { lines, skipped } = existsSync(metricsPath)
    ? parseMetricsText(readTextFile(metricsPath, { maxBytes: METRICS_MAX_BYTES }))
    : { lines: [], skipped: 0 };
  const config = readJson(join(abs, "config.json"));
  const status = readJson(join(abs, "status.json"));
  const ev = readJson(join(abs, "eval.json"));
  const evr = readJson(join(abs, "eval-random.json"));
  return {
    name: basename(abs),
    dir: abs,
    config: isRecord(config) ? (config as { [key: string]: Json }) : null,
    metrics: lines,
    skippedLines: skipped,
    status: isRecord(status) && typeof status.state === "string" ? (status as unknown as RunStatus) : null,
    eval: isRecord(ev) ? (ev as { [key: string]: Json }) : null,
    evalRandom: isRecord(evr) ? (evr as { [key: string]: Json }) : null,
  };
}

/** Names of the sub-folders of `root` that are runs (hold a metrics.jsonl), sorted. */
export function listRunDirs(root: string): string[] {
  if (!existsSync(root) || !statSync(root).isDirectory()) throw new InputError(root, "runs folder not found");
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !d.name.startsWith(".") && existsSync(join(root, d.name, "metrics.jsonl")))
    .map((d) => d.name)
    .sort();
}

/** Reads every run under `root` (see {@link listRunDirs}). */
export function readRuns(root: string): RunData[] {
  return listRunDirs(root).map((n) => readRun(join(root, n)));
}

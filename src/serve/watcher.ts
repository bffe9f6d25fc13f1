/**
 * Watches a runs folder: discovers run folders as they appear, follows each metrics.jsonl, notices status.json,
 * eval.json and summary.json changes, and turns everything into dashboard events with chart rows already built by
 * the report's row extractors (so the dashboard draws exactly what the report draws).
 */
import { EventEmitter } from "node:events";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { hostname } from "node:os";
import {
  lossRowsOfLine,
  seriesRowsOfLine,
  spectrumRowsOfLine,
  type AccuracyRow,
  type BaselineRow,
  type LossRow,
  type SeriesRow,
  type SpectrumRow,
} from "../report/specs.js";
import { evalTop1 } from "../report/summary.js";
import type { Json, MetricsRecord, ReadStatus } from "../report/types.js";
import { asRunStatus } from "../runfolder/index.js";
import { MetricsFollower } from "./follow.js";

/** Per-line facts the dashboard shows besides the charts. */
export interface LineInfo {
  step: number;
  loss?: number;
  diagnosis?: { h?: string; z?: string };
  warning?: { where?: string; kind?: string; step?: number; explanation?: string };
}

/** Chart rows and line facts for a batch of new metrics lines of one run. */
export interface LinesBatch {
  run: string;
  lines: LineInfo[];
  spectra: SpectrumRow[];
  series: SeriesRow[];
  loss: LossRow[];
}

/** A run's metadata (no metrics). */
export interface RunInfo {
  name: string;
  status: ReadStatus | null;
  config: { [key: string]: Json } | null;
  accuracy: AccuracyRow[];
  /** Malformed lines skipped so far. */
  skipped: number;
}

/** Everything a newly connected client needs. */
export interface Snapshot {
  runs: RunInfo[];
  batches: LinesBatch[];
  baseline: BaselineRow[];
}

/** Events: "run" (RunInfo; new or changed), "lines" (LinesBatch), "reset" ({run}), "baseline" (BaselineRow[]). */
export type WatcherEvent =
  | { type: "run"; run: RunInfo }
  | { type: "lines"; batch: LinesBatch }
  | { type: "reset"; run: string }
  | { type: "baseline"; baseline: BaselineRow[] };

interface RunState {
  info: RunInfo;
  follower: MetricsFollower;
  batches: LinesBatch[];
  stamps: Record<string, number>;
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch {
    return null; // absent, or mid-write by a non-atomic writer: try again on the next poll
  }
}

function mtime(path: string): number {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return -1;
  }
}

function isRecord(v: unknown): v is { [key: string]: Json } {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}


/** Builds the batch for new lines: the spectrum rows carry their step so the client can animate through probes. */
export function batchOf(run: string, lines: MetricsRecord[]): LinesBatch {
  return {
    run,
    lines: lines.map((m) => {
      const info: LineInfo = { step: m.step };
      if (typeof m.loss === "number") info.loss = m.loss;
      if (m.probe) info.diagnosis = { h: m.probe.h?.diagnosis, z: m.probe.z?.diagnosis };
      if (m.warning) info.warning = m.warning;
      return info;
    }),
    spectra: lines.flatMap((m) => spectrumRowsOfLine(run, m)),
    series: lines.flatMap((m) => seriesRowsOfLine(run, m)),
    loss: lines.flatMap((m) => lossRowsOfLine(run, m)),
  };
}

/**
 * Polls `root` every `pollMs` and emits {@link WatcherEvent}s on "event".
 *
 * @example
 * const w = new RunsWatcher("runs", 200);
 * w.on("event", (e: WatcherEvent) => console.log(e.type));
 * w.start();
 */
export class RunsWatcher extends EventEmitter {
  private runs = new Map<string, RunState>();
  private baseline: BaselineRow[] = [];
  private baselineKey = "";
  /** summary.json's baseline wins; else the first run's eval-random.json (`nocollapse eval --baseline random`). */
  private summaryBaseline: { [key: string]: Json } | null = null;
  private randomEvals = new Map<string, { [key: string]: Json }>();
  private summaryStamp = -1;
  private timer: NodeJS.Timeout | null = null;

  constructor(readonly root: string, readonly pollMs = 200) {
    super();
  }

  start(): void {
    this.poll();
    this.timer = setInterval(() => this.poll(), this.pollMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  snapshot(): Snapshot {
    const runs = [...this.runs.values()];
    return { runs: runs.map((r) => r.info), batches: runs.flatMap((r) => r.batches), baseline: this.baseline };
  }

  /** One scan: new folders, new lines, changed status/eval/summary. Never throws (a dashboard must keep going). */
  poll(): void {
    let names: string[] = [];
    try {
      names = readdirSync(this.root, { withFileTypes: true })
        .filter((d) => d.isDirectory() && !d.name.startsWith(".") && existsSync(join(this.root, d.name, "metrics.jsonl")))
        .map((d) => d.name)
        .sort();
    } catch {
      return;
    }
    for (const name of names) {
      try {
        this.pollRun(name);
      } catch (e) {
        process.stderr.write(`serve: ${name}: ${(e as Error).message}\n`);
      }
    }
    const sp = join(this.root, "summary.json");
    const st = mtime(sp);
    if (st !== this.summaryStamp) {
      this.summaryStamp = st;
      const s = readJson(sp);
      this.summaryBaseline = isRecord(s) && isRecord(s.baseline) ? s.baseline : null;
    }
    const first = [...this.randomEvals.keys()].sort()[0];
    const b = this.summaryBaseline ?? (first !== undefined ? this.randomEvals.get(first)! : null);
    const rows: BaselineRow[] = [];
    const l = b ? evalTop1(b, "linear") : null;
    const k = b ? evalTop1(b, "knn") : null;
    if (l !== null) rows.push({ probe: "linear", top1: l });
    if (k !== null) rows.push({ probe: "kNN", top1: k });
    const key = JSON.stringify(rows);
    if (key !== this.baselineKey) {
      this.baselineKey = key;
      this.baseline = rows;
      this.emit("event", { type: "baseline", baseline: rows } satisfies WatcherEvent);
    }
  }

  private pollRun(name: string): void {
    const dir = join(this.root, name);
    let st = this.runs.get(name);
    let changed = false;
    if (!st) {
      st = {
        info: { name, status: null, config: null, accuracy: [], skipped: 0 },
        follower: new MetricsFollower(join(dir, "metrics.jsonl")),
        batches: [],
        stamps: {},
      };
      this.runs.set(name, st);
      changed = true;
    }
    for (const file of ["config.json", "status.json", "eval.json", "eval-random.json"]) {
      const t = mtime(join(dir, file));
      if (t === st.stamps[file]) continue;
      const v = readJson(join(dir, file));
      if (t !== -1 && v === null) continue; // present but unreadable right now: retry next poll
      st.stamps[file] = t;
      changed = true;
      if (file === "config.json") st.info.config = isRecord(v) ? v : null;
      else if (file === "status.json") st.info.status = asRunStatus(v);
      else if (file === "eval-random.json") {
        if (isRecord(v)) this.randomEvals.set(name, v);
        else this.randomEvals.delete(name);
      } else {
        const acc: AccuracyRow[] = [];
        if (isRecord(v)) {
          const l = evalTop1(v, "linear");
          const k = evalTop1(v, "knn");
          if (l !== null) acc.push({ run: name, probe: "linear", top1: l });
          if (k !== null) acc.push({ run: name, probe: "kNN", top1: k });
        }
        st.info.accuracy = acc;
      }
    }
    // A run killed without a chance to write its status (kill -9, power loss) still says "running": when it ran on
    // this host and its process is gone, show it as interrupted (it can be resumed with --resume).
    const status = st.info.status;
    if (status?.state === "running" && typeof status.pid === "number" && (status as { host?: string }).host === hostname() && !alive(status.pid)) {
      st.info.status = { ...status, state: "interrupted" };
      changed = true;
    }
    const r = st.follower.poll();
    if (r.reset) {
      st.batches = [];
      this.emit("event", { type: "reset", run: name } satisfies WatcherEvent);
    }
    if (r.skipped) {
      st.info.skipped += r.skipped;
      changed = true;
    }
    if (changed) this.emit("event", { type: "run", run: st.info } satisfies WatcherEvent);
    if (r.lines.length) {
      const batch = batchOf(name, r.lines);
      st.batches.push(batch);
      this.emit("event", { type: "lines", batch } satisfies WatcherEvent);
    }
  }
}

/** Whether a process with this pid exists (signal 0 checks without sending anything). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

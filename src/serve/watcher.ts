/**
 * Watches a runs folder: discovers run folders as they appear, follows each metrics.jsonl, notices status.json,
 * eval.json and summary.json changes, and turns everything into dashboard events with chart rows already built by
 * the report's row extractors (so the dashboard draws exactly what the report draws).
 *
 * Every file is read through src/util/safe-read.ts: only regular files whose real path lies inside the runs folder,
 * JSON files up to a size limit, so a symlink out of the folder, a FIFO or a device in a run folder is ignored (with
 * one line on stderr) instead of being streamed to clients, hanging the server or filling its memory. What a new
 * client gets is bounded too (src/serve/history.ts).
 */
import { EventEmitter } from "node:events";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { hostname } from "node:os";
import type { AccuracyRow, BaselineRow } from "../report/specs.js";
import { evalTop1 } from "../report/summary.js";
import type { Json, MetricsRecord, ReadStatus } from "../report/types.js";
import { asRunStatus } from "../runfolder/index.js";
import { readRegularFile, RefusedFileError } from "../util/safe-read.js";
import { MetricsFollower } from "./follow.js";
import { batchOfPieces, piecesOf, RunHistory, type HistoryLimits, type HistorySummary, type LinesBatch } from "./history.js";

export type { LineInfo, LinesBatch } from "./history.js";

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
  /** Each run's history, thinned to the budgets of {@link HistoryLimits}. */
  batches: LinesBatch[];
  baseline: BaselineRow[];
  /** How much of each run's history `batches` holds. */
  history: HistorySummary[];
}

/** Options of {@link RunsWatcher}. */
export interface WatcherOptions {
  /** Budgets of each run's history in snapshots. */
  history?: HistoryLimits;
  /**
   * A run's config.json, status.json and eval*.json larger than this are ignored (they go to every client whole,
   * with every change of the run). Default 1 MiB; the folder's summary.json may be 16 times larger (only its
   * baseline is used).
   */
  maxJsonBytes?: number;
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
  history: RunHistory;
  stamps: Record<string, number>;
}

function mtime(path: string): number {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return -1;
  }
}

/** readJson's "there, but not parseable yet". */
const RETRY = Symbol("retry");

function isRecord(v: unknown): v is { [key: string]: Json } {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}


/** Builds the batch for new lines: the spectrum rows carry their step so the client can animate through probes. */
export function batchOf(run: string, lines: MetricsRecord[]): LinesBatch {
  return batchOfPieces(run, lines.map((m) => piecesOf(run, m)));
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
  private warned = new Set<string>();
  private readonly maxJsonBytes: number;
  /** Bumped on every event: a snapshot built at one version stays valid until the next. */
  version = 0;

  constructor(readonly root: string, readonly pollMs = 200, readonly opts: WatcherOptions = {}) {
    super();
    this.maxJsonBytes = opts.maxJsonBytes ?? 1 << 20;
  }

  /** Polls now and then every `pollMs`; while a metrics file is still being taken in slices, again at once. */
  start(): void {
    if (this.timer) return;
    const tick = (): void => {
      const more = this.poll();
      // setTimeout(0), not a loop: requests are served between two slices of a long file.
      if (this.timer) this.timer = setTimeout(tick, more ? 0 : this.pollMs);
      this.timer?.unref();
    };
    this.timer = setTimeout(tick, this.poll() ? 0 : this.pollMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  snapshot(): Snapshot {
    const runs = [...this.runs.values()];
    const withLines = runs.filter((r) => r.history.summary(r.info.name).lines > 0);
    return {
      runs: runs.map((r) => r.info),
      batches: withLines.map((r) => r.history.batch(r.info.name)),
      baseline: this.baseline,
      history: runs.map((r) => r.history.summary(r.info.name)),
    };
  }

  override emit(name: "event", e: WatcherEvent): boolean {
    this.version++;
    return super.emit(name, e);
  }

  /**
   * One scan: new folders, new lines, changed status/eval/summary. Never throws (a dashboard must keep going).
   * Returns whether a metrics file has more bytes than this scan took (poll again soon).
   */
  poll(): boolean {
    let names: string[] = [];
    try {
      names = readdirSync(this.root, { withFileTypes: true })
        .filter((d) => d.isDirectory() && !d.name.startsWith(".") && existsSync(join(this.root, d.name, "metrics.jsonl")))
        .map((d) => d.name)
        .sort();
    } catch {
      return false;
    }
    let more = false;
    for (const name of names) {
      try {
        if (this.pollRun(name)) more = true;
      } catch (e) {
        process.stderr.write(`serve: ${name}: ${(e as Error).message}\n`);
      }
    }
    const sp = join(this.root, "summary.json");
    const st = mtime(sp);
    if (st !== this.summaryStamp) {
      const s = this.readJson(sp, 16 * this.maxJsonBytes);
      if (s !== RETRY) {
        this.summaryStamp = st;
        this.summaryBaseline = isRecord(s) && isRecord(s.baseline) ? s.baseline : null;
      }
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
      this.emit("event", { type: "baseline", baseline: rows });
    }
    return more;
  }

  /**
   * A JSON file of the runs folder: its value (null when absent or refused), or RETRY when it is there but does not
   * parse yet (mid-write by a non-atomic writer).
   */
  private readJson(path: string, maxBytes = this.maxJsonBytes): unknown {
    let text: string;
    try {
      text = readRegularFile(path, { inside: this.root, maxBytes }).toString("utf8");
    } catch (e) {
      if (!(e instanceof RefusedFileError)) throw e;
      if (e.reason === "missing") return null;
      if (e.reason === "unreadable") return RETRY;
      this.warnOnce(path, e.reason === "too-large" ? `larger than ${maxBytes} bytes` : e.reason === "outside" ? "leads outside the runs folder" : "not a regular file");
      return null;
    }
    try {
      return JSON.parse(text);
    } catch {
      return RETRY;
    }
  }

  private warnOnce(path: string, why: string): void {
    const key = `${path}\0${why}`;
    if (this.warned.has(key)) return;
    this.warned.add(key);
    process.stderr.write(`serve: ${relative(this.root, path)}: ignored (${why})\n`);
  }

  private pollRun(name: string): boolean {
    const dir = join(this.root, name);
    let st = this.runs.get(name);
    let changed = false;
    if (!st) {
      st = {
        info: { name, status: null, config: null, accuracy: [], skipped: 0 },
        follower: new MetricsFollower(join(dir, "metrics.jsonl"), { inside: this.root }),
        history: new RunHistory(this.opts.history),
        stamps: {},
      };
      this.runs.set(name, st);
      changed = true;
    }
    for (const file of ["config.json", "status.json", "eval.json", "eval-random.json"]) {
      const t = mtime(join(dir, file));
      if (t === st.stamps[file]) continue;
      const v = this.readJson(join(dir, file));
      if (v === RETRY) continue; // present but unreadable right now: retry next poll
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
      st.history = new RunHistory(this.opts.history);
      this.emit("event", { type: "reset", run: name });
    }
    if (r.skipped) {
      st.info.skipped += r.skipped;
      changed = true;
    }
    if (changed) this.emit("event", { type: "run", run: st.info });
    if (r.lines.length) {
      const pieces = r.lines.map((m) => piecesOf(name, m));
      st.history.add(pieces);
      this.emit("event", { type: "lines", batch: batchOfPieces(name, pieces) });
    }
    return r.more;
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

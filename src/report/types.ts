/**
 * What the report and the dashboard know about a run folder. The files' shapes are defined once, in
 * src/runfolder/ (the contract the trainer writes to); here they are read back loosely: a run that is still
 * starting, or an older run, may not have written every field.
 */
import type { EmbeddingReport } from "../metrics/index.js";
import type { Loose, MetricsRecord, RunStatus } from "../runfolder/index.js";

export type { MetricsRecord, RunStatus } from "../runfolder/index.js";

/** Collapse statistics of one representation at one probe, as read back (any field may be missing). */
export type ProbeStats = Loose<EmbeddingReport>;

/** status.json as read back; the dashboard adds "interrupted" for a run whose process died without writing it. */
export type ReadStatus = Omit<Loose<RunStatus>, "state"> & { state: RunStatus["state"] | "interrupted" };

/** JSON value, used for files whose shape another module owns (config.json, eval.json). */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Everything the report knows about one run folder. */
export interface RunData {
  /** Folder name, used as the run's label. */
  name: string;
  dir: string;
  /** `config.json`, or null when absent or unreadable. */
  config: { [key: string]: Json } | null;
  /** Parsed metrics lines in file order (malformed and half-written lines skipped). */
  metrics: MetricsRecord[];
  /** How many non-empty lines of metrics.jsonl could not be parsed. */
  skippedLines: number;
  status: ReadStatus | null;
  /** `eval.json`, or null. */
  eval: { [key: string]: Json } | null;
  /** `eval-random.json` (`nocollapse eval --baseline random`: a random-init encoder of this run's architecture), or null. */
  evalRandom: { [key: string]: Json } | null;
}

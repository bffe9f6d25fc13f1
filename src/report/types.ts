/**
 * Typed view of a run folder (see docs/DEVELOPING.md, "Run folder contract"). Everything here is what the
 * report and the dashboard *read*; the trainer owns the writing side. Fields are optional wherever a run that is
 * still starting, or an older run, may not have written them yet.
 */

/** Collapse statistics of one representation (h = encoder output, z = projector output) at one probe. */
export interface ProbeStats {
  effectiveRank?: number;
  entropy?: number;
  logDet?: number;
  avgCorrelation?: number;
  stdL2Normalized?: number;
  collapsedDims?: number;
  deadDims?: number;
  /** e.g. `"healthy"`, `"dimensional-collapse"`, `"total-collapse"`. */
  diagnosis?: string;
  explanation?: string;
  /** Eigenvalues of the covariance matrix, largest first. */
  spectrum?: number[];
}

/** The collapse warning the trainer logs on the step where a diagnosis turns to collapse. */
export interface CollapseWarning {
  where: string;
  kind: string;
  explanation?: string;
}

/** One parsed line of `metrics.jsonl`. */
export interface MetricsLine {
  step: number;
  epoch?: number;
  time?: number;
  lr?: number;
  loss?: number;
  terms?: Record<string, number>;
  probe?: { h?: ProbeStats; z?: ProbeStats };
  warning?: CollapseWarning;
}

/** `status.json`. */
export interface RunStatus {
  state: "running" | "done" | "failed" | "collapsed" | string;
  step?: number;
  maxSteps?: number;
  pid?: number;
  message?: string;
}

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
  metrics: MetricsLine[];
  /** How many non-empty lines of metrics.jsonl could not be parsed. */
  skippedLines: number;
  status: RunStatus | null;
  /** `eval.json`, or null. */
  eval: { [key: string]: Json } | null;
  /** `eval-random.json` (`nocollapse eval --baseline random`: a random-init encoder of this run's architecture), or null. */
  evalRandom: { [key: string]: Json } | null;
}

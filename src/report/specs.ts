/**
 * Vega-Lite spec builders: pure functions from rows to a spec with the data inline. Each chart's data is a *named*
 * inline dataset (`spectra`, `series`, `loss`, `accuracy`, `baseline`) so the live dashboard can build the very
 * same spec with no rows and then stream rows into it with `view.change(name, ...)`.
 *
 * Row extractors (`spectrumRows`, `seriesRows`, `lossRows`, `accuracyRows`) turn run data into rows; the report
 * calls both halves, the dashboard server calls the extractors on each new metrics line.
 */
import type { TopLevelSpec } from "vega-lite";
import type { MetricsRecord, RunData } from "./types.js";
import { latestProbe, type Summary } from "./summary.js";

/** Smallest eigenvalue drawn on the log axis: exact zeros (dead dimensions) would otherwise vanish from the chart. */
export const SPECTRUM_FLOOR = 1e-12;

/** One eigenvalue of one run's probe. `rank` is 1-based, largest eigenvalue first. */
export interface SpectrumRow {
  run: string;
  space: "h" | "z";
  step: number;
  rank: number;
  eigenvalue: number;
}

/** Spectrum rows of one metrics line (empty when it has no probe or no spectrum). */
export function spectrumRowsOfLine(run: string, m: MetricsRecord): SpectrumRow[] {
  const rows: SpectrumRow[] = [];
  for (const space of ["h", "z"] as const) {
    const s = m.probe?.[space]?.spectrum;
    if (!Array.isArray(s)) continue;
    // Sort descending so rank 1 is the largest even if a writer logs ascending (eigvalsh order).
    const sorted = s.filter((v) => typeof v === "number" && Number.isFinite(v)).sort((a, b) => b - a);
    sorted.forEach((v, i) => rows.push({ run, space, step: m.step, rank: i + 1, eigenvalue: Math.max(v, SPECTRUM_FLOOR) }));
  }
  return rows;
}

/** Spectrum rows of the latest probe of each run. */
export function spectrumRows(runs: RunData[]): SpectrumRow[] {
  return runs.flatMap((r) => {
    const last = latestProbe(r.metrics);
    return last ? spectrumRowsOfLine(r.name, last) : [];
  });
}

/** The metrics plotted over training. */
export const SERIES_METRICS = ["effectiveRank", "entropy", "avgCorrelation"] as const;
/** The online evaluation's curves, drawn as rows under the collapse metrics (linear: h only; kNN: h and z). */
export const ONLINE_METRICS = ["onlineLinear", "onlineKnn"] as const;
export type SeriesMetric = (typeof SERIES_METRICS)[number] | (typeof ONLINE_METRICS)[number];

/** One probe statistic at one step, or (with `warning` set and `value` null) a collapse warning marker. */
export interface SeriesRow {
  run: string;
  space: "h" | "z";
  metric: SeriesMetric;
  step: number;
  value: number | null;
  warning?: string;
}

/** Series rows of one metrics line: one per probe statistic, plus warning markers (repeated in every metric row). */
export function seriesRowsOfLine(run: string, m: MetricsRecord): SeriesRow[] {
  const rows: SeriesRow[] = [];
  for (const space of ["h", "z"] as const) {
    const p = m.probe?.[space];
    if (!p) continue;
    for (const metric of SERIES_METRICS) {
      const v = p[metric];
      if (typeof v === "number" && Number.isFinite(v)) rows.push({ run, space, metric, step: m.step, value: v });
    }
  }
  const on = m.online;
  const push = (space: "h" | "z", metric: SeriesMetric, v: unknown) => {
    if (typeof v === "number" && Number.isFinite(v)) rows.push({ run, space, metric, step: m.step, value: v });
  };
  if (on) {
    push("h", "onlineLinear", on.linearTop1);
    push("h", "onlineKnn", on.knnTop1);
    push("z", "onlineKnn", on.knnTop1Z);
  }
  if (m.warning) {
    const space = m.warning.where === "h" ? "h" : "z";
    for (const metric of SERIES_METRICS) rows.push({ run, space, metric, step: m.step, value: null, warning: m.warning.kind });
  }
  return rows;
}

/** Series rows of every line of every run. */
export function seriesRows(runs: RunData[]): SeriesRow[] {
  return runs.flatMap((r) => r.metrics.flatMap((m) => seriesRowsOfLine(r.name, m)));
}

/** One loss term (or the total, as term "total") at one step. */
export interface LossRow {
  run: string;
  term: string;
  step: number;
  value: number;
}

/** Loss rows of one metrics line. */
export function lossRowsOfLine(run: string, m: MetricsRecord): LossRow[] {
  const rows: LossRow[] = [];
  if (typeof m.loss === "number" && Number.isFinite(m.loss)) rows.push({ run, term: "total", step: m.step, value: m.loss });
  for (const [term, v] of Object.entries(m.terms ?? {}))
    if (typeof v === "number" && Number.isFinite(v)) rows.push({ run, term, step: m.step, value: v });
  return rows;
}

/** Loss rows of every line of every run. */
export function lossRows(runs: RunData[]): LossRow[] {
  return runs.flatMap((r) => r.metrics.flatMap((m) => lossRowsOfLine(r.name, m)));
}

/** One probe accuracy (top-1, percent) of one run. */
export interface AccuracyRow {
  run: string;
  probe: "linear" | "kNN";
  top1: number;
}

/** A random-init baseline accuracy, drawn as a rule. */
export interface BaselineRow {
  probe: "linear" | "kNN";
  top1: number;
}

/** Accuracy and baseline rows of a summary (runs without accuracies are left out). */
export function accuracyRows(summary: Summary): { accuracy: AccuracyRow[]; baseline: BaselineRow[] } {
  const accuracy: AccuracyRow[] = [];
  for (const r of summary.runs) {
    if (r.linearTop1 !== null) accuracy.push({ run: r.name, probe: "linear", top1: r.linearTop1 });
    if (r.knnTop1 !== null) accuracy.push({ run: r.name, probe: "kNN", top1: r.knnTop1 });
  }
  const baseline: BaselineRow[] = [];
  const b = summary.baseline;
  if (b?.linearTop1 != null) baseline.push({ probe: "linear", top1: b.linearTop1 });
  if (b?.knnTop1 != null) baseline.push({ probe: "kNN", top1: b.knnTop1 });
  return { accuracy, baseline };
}

const CONFIG = {
  font: "DejaVu Sans, Liberation Sans, Arial, sans-serif",
  background: "white",
  axis: { labelFontSize: 11, titleFontSize: 12 },
  legend: { labelFontSize: 11, titleFontSize: 12 },
  header: { labelFontSize: 12, titleFontSize: 12 },
  title: { fontSize: 14 },
};
/** The Vega-Lite schema every spec of the report names. */
export const SCHEMA = "https://vega.github.io/schema/vega-lite/v6.json";
// tableau20: a study has 13 runs, more than tableau10 can tell apart; full run names in the legend.
const RUN_COLOR = { field: "run", type: "nominal", title: "run", scale: { scheme: "tableau20" }, legend: { labelLimit: 260 } } as const;

/**
 * Eigenvalue spectra of h and z (log scale, rank on x), one line per run, one panel per space.
 *
 * @example
 * const spec = spectraSpec(spectrumRows([readRun("runs/vicreg"), readRun("runs/invariance")]));
 * const svg = await specToSvg(spec);
 */
export function spectraSpec(rows: SpectrumRow[], opts: { title?: string } = {}): TopLevelSpec {
  return {
    $schema: SCHEMA,
    title: opts.title ?? "Eigenvalue spectrum of the embedding covariance (latest probe)",
    data: { name: "spectra", values: rows },
    facet: { column: { field: "space", type: "nominal", title: null, header: { labelExpr: "'space ' + datum.value" } } },
    spec: {
      width: 300,
      height: 220,
      mark: { type: "line", point: { size: 12 }, strokeWidth: 1.5, clip: true },
      encoding: {
        x: { field: "rank", type: "quantitative", title: "Rank (largest first)" },
        y: { field: "eigenvalue", type: "quantitative", title: "Eigenvalue", scale: { type: "log" }, axis: { format: "~e" } },
        color: RUN_COLOR,
        tooltip: [{ field: "run" }, { field: "step" }, { field: "rank" }, { field: "eigenvalue", format: ".3e" }],
      },
    },
    resolve: { scale: { x: "independent" } },
    config: CONFIG,
  } as TopLevelSpec;
}

/**
 * Effective rank, entropy and average correlation over training steps: one panel per metric (rows) and space
 * (columns), one line per run, dashed rules where a collapse warning fired.
 *
 * @example
 * const spec = seriesSpec(seriesRows(runs));
 */
export function seriesSpec(rows: SeriesRow[], opts: { title?: string } = {}): TopLevelSpec {
  return {
    $schema: SCHEMA,
    title: opts.title ?? "Effective rank, entropy, average correlation and online accuracy over training",
    data: { name: "series", values: rows },
    facet: {
      row: {
        field: "metric",
        type: "nominal",
        title: null,
        sort: [...SERIES_METRICS, ...ONLINE_METRICS],
        header: {
          labelExpr:
            "datum.value == 'effectiveRank' ? 'effective rank' : datum.value == 'avgCorrelation' ? 'avg. correlation' : " +
            "datum.value == 'onlineLinear' ? 'online linear top-1 %' : datum.value == 'onlineKnn' ? 'online kNN top-1 %' : datum.value",
        },
      },
      column: { field: "space", type: "nominal", title: null, header: { labelExpr: "'space ' + datum.value" } },
    },
    spec: {
      width: 300,
      height: 150,
      layer: [
        {
          transform: [{ filter: "datum.value != null" }],
          mark: { type: "line", strokeWidth: 1.5 },
          encoding: {
            x: { field: "step", type: "quantitative", title: "Step" },
            y: { field: "value", type: "quantitative", title: null, scale: { zero: false } },
            color: RUN_COLOR,
            tooltip: [{ field: "run" }, { field: "step" }, { field: "value", format: ".4g" }],
          },
        },
        {
          transform: [{ filter: "datum.warning != null" }],
          mark: { type: "rule", strokeDash: [4, 3], strokeWidth: 1.5 },
          encoding: {
            x: { field: "step", type: "quantitative" },
            color: RUN_COLOR,
            tooltip: [{ field: "run" }, { field: "step" }, { field: "warning", title: "warning" }],
          },
        },
      ],
    },
    resolve: { scale: { y: "independent" } },
    config: CONFIG,
  } as TopLevelSpec;
}

/**
 * Loss terms over training: one panel per term (and "total"), one line per run.
 *
 * @example
 * const spec = lossSpec(lossRows(runs));
 */
export function lossSpec(rows: LossRow[], opts: { title?: string } = {}): TopLevelSpec {
  return {
    $schema: SCHEMA,
    title: opts.title ?? "Loss terms over training",
    data: { name: "loss", values: rows },
    // "total" first, then the terms in name order (values missing from a sort array follow it).
    facet: { field: "term", type: "nominal", title: null, sort: ["total"] },
    columns: 3,
    spec: {
      width: 240,
      height: 150,
      mark: { type: "line", strokeWidth: 1.2 },
      encoding: {
        x: { field: "step", type: "quantitative", title: "Step" },
        y: { field: "value", type: "quantitative", title: null, scale: { zero: false } },
        color: RUN_COLOR,
        tooltip: [{ field: "run" }, { field: "term" }, { field: "step" }, { field: "value", format: ".4g" }],
      },
    },
    resolve: { scale: { y: "independent" } },
    config: CONFIG,
  } as TopLevelSpec;
}

/**
 * Linear-probe and kNN top-1 per run as grouped bars, with the random-init baseline as a dashed rule per probe.
 *
 * @example
 * const { accuracy, baseline } = accuracyRows(summary);
 * const spec = accuracySpec(accuracy, baseline);
 */
export function accuracySpec(rows: AccuracyRow[], baseline: BaselineRow[], opts: { title?: string } = {}): TopLevelSpec {
  const probeColor = { field: "probe", type: "nominal", title: "probe", scale: { domain: ["linear", "kNN"], range: ["#4c78a8", "#f58518"] } } as const;
  return {
    $schema: SCHEMA,
    title: opts.title ?? "Top-1 accuracy (dashed: random-init baseline)",
    width: { step: 36 },
    height: 240,
    layer: [
      {
        data: { name: "accuracy", values: rows },
        // The differences that matter are a few points near the baseline: the axis starts below the lowest value
        // (bars are clipped there) instead of at 0.
        mark: { type: "bar", clip: true },
        encoding: {
          x: { field: "run", type: "nominal", title: null, axis: { labelAngle: -35, labelLimit: 260 } },
          xOffset: { field: "probe", type: "nominal", sort: ["linear", "kNN"] },
          y: { field: "top1", type: "quantitative", title: "Top-1", stack: null, axis: { labelExpr: "datum.value + ' %'" }, scale: { zero: false, nice: true, padding: 24 } },
          color: probeColor,
          tooltip: [{ field: "run" }, { field: "probe" }, { field: "top1", title: "top-1 %", format: ".1f" }],
        },
      },
      {
        data: { name: "baseline", values: baseline },
        mark: { type: "rule", strokeDash: [6, 4], strokeWidth: 2 },
        encoding: {
          y: { field: "top1", type: "quantitative" },
          color: probeColor,
          tooltip: [{ field: "probe", title: "random-init baseline" }, { field: "top1", title: "top-1 %", format: ".1f" }],
        },
      },
    ],
    config: CONFIG,
  } as TopLevelSpec;
}

/** Every chart of the report, with empty data: what the dashboard fetches and then fills live. */
export function emptyDashboardSpecs(): Record<"spectra" | "series" | "loss" | "accuracy", TopLevelSpec> {
  return {
    spectra: spectraSpec([], { title: "Eigenvalue spectrum (latest probe)" }),
    series: seriesSpec([]),
    loss: lossSpec([]),
    accuracy: accuracySpec([], []),
  };
}

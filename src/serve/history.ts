/**
 * The bounded history a newly connected dashboard client starts from. A run's metrics.jsonl can be any length (a
 * long run, a 500 MB file); what the server keeps of it, and sends to each new client, is thinned to fixed budgets:
 * every line until a budget is full, then every 2nd, every 4th, ... line (the first and the latest are always
 * kept), so the charts keep the run's whole shape at a bounded size. Collapse warnings and the latest diagnosis are
 * kept apart from the thinning, so the banner and the run table read exactly as with the full history. Live
 * updates after the snapshot are not thinned; the whole file stays available at /runs/<run>/metrics.jsonl.
 */
import { lossRowsOfLine, seriesRowsOfLine, spectrumRowsOfLine, type LossRow, type SeriesRow, type SpectrumRow } from "../report/specs.js";
import type { MetricsRecord } from "../report/types.js";

/** Per-line facts the dashboard shows besides the charts. */
export interface LineInfo {
  step: number;
  loss?: number;
  diagnosis?: { h?: string; z?: string };
  warning?: { where?: string; kind?: string; step?: number; confirmedStep?: number; explanation?: string };
  /** Warnings this line cleared (the space is healthy again). */
  cleared?: { where: string; kind: string; since?: number; step?: number }[];
}

/** Chart rows and line facts for a batch of metrics lines of one run. */
export interface LinesBatch {
  run: string;
  lines: LineInfo[];
  spectra: SpectrumRow[];
  series: SeriesRow[];
  loss: LossRow[];
}

/** Budgets of one run's history (see the file comment). */
export interface HistoryLimits {
  /** Lines whose loss rows and facts are kept. Default 2000. */
  lines?: number;
  /** Probes whose collapse-metric rows are kept. Default 1000. */
  probes?: number;
  /** Eigenvalue rows kept over all kept probe spectra (the replay slider's frames). Default 20000. */
  spectrumRows?: number;
  /** Collapse warnings (and the lines that cleared them) kept: the latest ones. Default 100. */
  warnings?: number;
}

/** How much of a run's history a snapshot holds: totals seen and how many of them are kept. */
export interface HistorySummary {
  run: string;
  lines: number;
  keptLines: number;
  probes: number;
  keptProbes: number;
  spectra: number;
  keptSpectra: number;
}

/** What one metrics line contributes: its facts and its chart rows (`markers`: the warning rows of the series chart). */
export interface LinePieces {
  info: LineInfo;
  loss: LossRow[];
  series: SeriesRow[];
  markers: SeriesRow[];
  spectra: SpectrumRow[];
}

// Strings from a file are cut to a size a table cell can show, so one odd line cannot make every snapshot huge.
const cut = (s: unknown, n: number): string | undefined => (typeof s === "string" ? (s.length > n ? `${s.slice(0, n)}…` : s) : undefined);

/** The facts and chart rows of one line (rows built by the report's extractors, so the dashboard draws what the report draws). */
export function piecesOf(run: string, m: MetricsRecord): LinePieces {
  const info: LineInfo = { step: m.step };
  if (typeof m.loss === "number") info.loss = m.loss;
  if (m.probe) info.diagnosis = { h: cut(m.probe.h?.diagnosis, 200), z: cut(m.probe.z?.diagnosis, 200) };
  if (m.warning) {
    info.warning = { where: cut(m.warning.where, 200) ?? "", kind: cut(m.warning.kind, 200) ?? "" };
    if (typeof m.warning.step === "number") info.warning.step = m.warning.step;
    if (typeof m.warning.confirmedStep === "number") info.warning.confirmedStep = m.warning.confirmedStep;
    const ex = cut(m.warning.explanation, 2000);
    if (ex !== undefined) info.warning.explanation = ex;
  }
  if (Array.isArray(m.cleared) && m.cleared.length) {
    info.cleared = m.cleared.slice(0, 4).map((c) => ({
      where: cut(c?.where, 200) ?? "", kind: cut(c?.kind, 200) ?? "",
      ...(typeof c?.since === "number" ? { since: c.since } : {}), ...(typeof c?.step === "number" ? { step: c.step } : {}),
    }));
  }
  const series = seriesRowsOfLine(run, m);
  return {
    info,
    loss: lossRowsOfLine(run, m),
    series: series.filter((r) => r.warning === undefined),
    markers: series.filter((r) => r.warning !== undefined),
    spectra: spectrumRowsOfLine(run, m),
  };
}

/** One batch of lines, in line order (what a live "lines" event carries). */
export function batchOfPieces(run: string, pieces: LinePieces[]): LinesBatch {
  return {
    run,
    lines: pieces.map((p) => p.info),
    spectra: pieces.flatMap((p) => p.spectra),
    series: pieces.flatMap((p) => [...p.series, ...p.markers]),
    loss: pieces.flatMap((p) => p.loss),
  };
}

interface Kept<T> {
  /** Index in this stream: thinning keeps the multiples of the stride. */
  index: number;
  /** Index of the line it came from. */
  line: number;
  value: T;
  weight: number;
}

/**
 * A stream thinned to a weight budget: keeps items whose index is a multiple of the stride; when the kept weight
 * passes the budget the stride doubles and every other kept item goes. The latest item is always at hand.
 */
export class Thinned<T> {
  private items: Kept<T>[] = [];
  private weight = 0;
  private stride = 1;
  private count = 0;
  private last: Kept<T> | null = null;

  constructor(readonly budget: number) {}

  push(line: number, value: T, weight = 1): void {
    const k: Kept<T> = { index: this.count++, line, value, weight };
    this.last = k;
    if (k.index % this.stride !== 0) return;
    this.items.push(k);
    this.weight += weight;
    while (this.weight > this.budget && this.items.length > 1) {
      this.stride *= 2;
      this.items = this.items.filter((i) => i.index % this.stride === 0);
      this.weight = this.items.reduce((a, i) => a + i.weight, 0);
    }
  }

  /** Items seen. */
  get total(): number {
    return this.count;
  }

  /** The kept items in order, the latest one included. */
  kept(): Kept<T>[] {
    const out = this.items.slice();
    if (this.last && out.at(-1) !== this.last) out.push(this.last);
    return out;
  }
}

/**
 * One run's history within its budgets.
 *
 * @example
 * const h = new RunHistory();
 * h.add(lines.map((m) => piecesOf("vicreg", m)));
 * const batch = h.batch("vicreg");   // what a new client gets, bounded whatever the file's length
 */
export class RunHistory {
  private lines: Thinned<{ info: LineInfo; loss: LossRow[] }>;
  private probes: Thinned<SeriesRow[]>;
  private spectra: Thinned<SpectrumRow[]>;
  private warnings: { line: number; info: LineInfo; markers: SeriesRow[] }[] = [];
  private lastDiagnosis: { line: number; info: LineInfo } | null = null;
  private readonly maxWarnings: number;

  constructor(limits: HistoryLimits = {}) {
    this.lines = new Thinned(Math.max(2, limits.lines ?? 2000));
    this.probes = new Thinned(Math.max(2, limits.probes ?? 1000));
    this.spectra = new Thinned(Math.max(1, limits.spectrumRows ?? 20_000));
    this.maxWarnings = Math.max(1, limits.warnings ?? 100);
  }

  add(pieces: LinePieces[]): void {
    for (const p of pieces) {
      const line = this.lines.total;
      this.lines.push(line, { info: p.info, loss: p.loss });
      if (p.series.length) this.probes.push(line, p.series);
      if (p.spectra.length) this.spectra.push(line, p.spectra, p.spectra.length);
      if (p.info.diagnosis) this.lastDiagnosis = { line, info: p.info };
      if (p.info.warning || p.info.cleared) {
        this.warnings.push({ line, info: p.info, markers: p.markers });
        if (this.warnings.length > this.maxWarnings) this.warnings.shift();
      }
    }
  }

  /** The kept history as one batch: line facts in line order, so a client replaying it ends on the latest state. */
  batch(run: string): LinesBatch {
    const lines = this.lines.kept();
    const infos = new Map<number, LineInfo>(lines.map((k) => [k.line, k.value.info]));
    for (const w of this.warnings) infos.set(w.line, w.info);
    if (this.lastDiagnosis) infos.set(this.lastDiagnosis.line, this.lastDiagnosis.info);
    return {
      run,
      lines: [...infos.entries()].sort((a, b) => a[0] - b[0]).map((e) => e[1]),
      spectra: this.spectra.kept().flatMap((k) => k.value),
      series: [...this.probes.kept().flatMap((k) => k.value), ...this.warnings.flatMap((w) => w.markers)],
      loss: lines.flatMap((k) => k.value.loss),
    };
  }

  summary(run: string): HistorySummary {
    return {
      run,
      lines: this.lines.total,
      keptLines: this.lines.kept().length,
      probes: this.probes.total,
      keptProbes: this.probes.kept().length,
      spectra: this.spectra.total,
      keptSpectra: this.spectra.kept().length,
    };
  }
}

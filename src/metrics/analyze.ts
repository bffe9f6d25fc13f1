/**
 * One call for everything: metrics + diagnosis + explanation of an embedding matrix, in memory
 * ({@link analyzeEmbeddings}, what the trainer calls on its probe batch) or streamed from a file of any size
 * ({@link analyzeNpyFile}, {@link analyzeFile}: memory ≈ one chunk + a few D×D float64 matrices).
 *
 * @example
 * import { analyzeEmbeddings, analyzeFile } from "nocollapse";
 * const r = analyzeEmbeddings(z);                // z: Tensor [N, D]
 * console.log(r.diagnosis, r.explanation);       // "healthy", "Spread over the dimensions: ..."
 * const big = analyzeFile("emb.npy", { onProgress: (done, total) => bar.set(done) });
 */
import { DTYPE_SIZE, moveTo, tidy, type Tensor } from "../tensor/index.js";
import { InputError } from "../util/errors.js";
import { formatBytes } from "../util/fs.js";
import { checkMemory } from "../util/memory.js";
import { diagnose, type Diagnosis, type DiagnosisEvidence, type TraceHistory } from "./diagnose.js";
import { lidar } from "./lidar.js";
import { MomentAccumulator, moments } from "./moments.js";
import { PairAccumulator, type PairReport } from "./pair.js";
import { openEmbeddings, type OpenOptions, type RowSource } from "./source.js";
import { metricsFromMoments, type EmbeddingMetrics } from "./spectral.js";

/** Everything `analyze` reports about one embedding matrix. JSON-able (no NaN: missing values are null). */
export interface EmbeddingReport extends EmbeddingMetrics {
  diagnosis: Diagnosis;
  /** One sentence, quoting the evidence. */
  explanation: string;
  /** The scale-free numbers behind the diagnosis. */
  evidence: DiagnosisEvidence;
  /** Two-view metrics (`--pair`). */
  pair?: PairReport;
  /** LiDAR of N×Q×D views (`--views`). */
  lidar?: number;
  /** Q, the views per sample, with `--views` (then n = N·Q rows were analysed). */
  views?: number;
}

export interface AnalyzeOptions {
  /** The embeddings come from an untrained network: word a concentrated result as expected at init. */
  atInit?: boolean;
  /** During training: the peak trace(C) so far on the same probe (see `diagnose`, rule 2b). */
  history?: TraceHistory;
  /** Names the input in errors (default "z"). */
  where?: string;
}

/**
 * Metrics, diagnosis and explanation of Z [N, D] (any float dtype; computed in float64). One pass over Z (mean,
 * centred ZᵀZ, l2-normalised rows), one batched eigvalsh on two D×D matrices; all intermediates freed.
 * @example analyzeEmbeddings(randn([2048, 128])).diagnosis // "healthy"
 */
export function analyzeEmbeddings(z: Tensor, opts: AnalyzeOptions = {}): EmbeddingReport {
  const where = opts.where ?? "z";
  if (z.ndim !== 2) throw new InputError(where, `expected a 2-D tensor [N, D], got [${z.shape.join(", ")}]`);
  const m = moments(z, where);
  try {
    return report(metricsFromMoments(m), opts);
  } finally {
    m.dispose();
  }
}

function report(metrics: EmbeddingMetrics, opts: AnalyzeOptions): EmbeddingReport {
  const d = diagnose(metrics, { atInit: opts.atInit, history: opts.history });
  return { ...metrics, diagnosis: d.diagnosis, explanation: d.explanation, evidence: d.evidence };
}

export interface StreamOptions {
  /** Rows per chunk (default: ≈ 16 MB of float64, at least 256 rows). */
  chunkRows?: number;
  /** Called after each chunk with rows done and rows in all. */
  onProgress?: (done: number, total: number) => void;
  /** Where the float64 accumulators live and the chunks are reduced (default the CPU); chunks are read on the CPU. */
  device?: string;
}

export interface FileAnalysisOptions extends StreamOptions, OpenOptions, AnalyzeOptions {
  /** A second file with the other view of every row (same shape): adds `pair`. */
  pair?: string;
}

/** Default chunk: 2 Mi values (16 MB as float64), so peak memory stays flat whatever N is. */
export function defaultChunkRows(dim: number): number {
  return Math.max(256, Math.floor(2 ** 21 / Math.max(1, dim)));
}

/**
 * Streams an `.npy` file [N, D] (float32/float64, format v1/v2/v3) through the float64 accumulators, never loading
 * it whole. Equal (up to float64 round-off) to `analyzeEmbeddings(readNpy(path))`.
 * @example analyzeNpyFile("emb.npy", { chunkRows: 8192, onProgress: (d, t) => console.error(d, t) })
 */
export function analyzeNpyFile(path: string, opts: StreamOptions & AnalyzeOptions = {}): EmbeddingReport {
  if (!path.toLowerCase().endsWith(".npy")) throw new InputError(path, "expected a .npy file");
  return analyzeFile(path, opts);
}

/**
 * Analyses an embedding file: `.npy`, `.safetensors` (`key`), `.csv`/`.tsv`; with `views` an N×Q×D array (the
 * report covers all N·Q rows, plus `lidar`); with `pair` a second file of the same shape (adds `pair`).
 */
export function analyzeFile(path: string, opts: FileAnalysisOptions = {}): EmbeddingReport {
  const src = openEmbeddings(path, opts);
  let other: RowSource | null = null;
  try {
    if (opts.pair !== undefined) {
      if (opts.views) throw new InputError("--pair", "cannot be combined with --views");
      other = openEmbeddings(opts.pair, { key: opts.key });
      if (other.shape.join() !== src.shape.join()) {
        throw new InputError(opts.pair, `shape [${other.shape.join(", ")}] differs from ${path} [${src.shape.join(", ")}] (--pair needs the same N×D)`);
      }
    }
    return stream(src, other, opts);
  } finally {
    src.close();
    other?.close();
  }
}

/**
 * Refuses, naming the file, an analysis whose least memory exceeds the machine's: the D×D float64 matrices (scatter
 * and l2-normalised scatter, then [C, ZᵀZ/N] for the batched eigvalsh; three more with a pair, three more for LiDAR),
 * one chunk of rows in the file's dtype and as float64, and for LiDAR every sample's views at once.
 */
function checkAnalysisMemory(src: RowSource, opts: FileAnalysisOptions, chunk: number, q: number): void {
  const d = src.shape[src.shape.length - 1]!;
  const matrices = 4 + (opts.pair !== undefined ? 3 : 0) + (q > 1 ? 3 : 0);
  const row = q * d * (DTYPE_SIZE[src.dtype] + 8);
  const bytes = matrices * 8 * d * d + Math.min(chunk, src.n) * row * (opts.pair !== undefined ? 2 : 1) + (q > 1 ? src.n * row : 0);
  checkMemory(src.path, bytes, `analysing ${src.n}×${q > 1 ? `${q}×` : ""}${d} (D = ${d}: ${matrices} D×D float64 matrices of ${formatBytes(8 * d * d)} each)`);
}

function stream(src: RowSource, other: RowSource | null, opts: FileAnalysisOptions): EmbeddingReport {
  const { n, shape } = src;
  const q = opts.views ? shape[1]! : 1;
  const dim = shape[shape.length - 1]!;
  const chunk = Math.max(1, Math.floor((opts.chunkRows ?? defaultChunkRows(dim)) / q));
  checkAnalysisMemory(src, opts, chunk, q);
  const acc = new MomentAccumulator(Math.floor(n / 2) * q);
  const device = opts.device ?? "cpu";
  const onDevice = (t: Tensor): Tensor => moveTo(t, device);
  const pairAcc = other ? new PairAccumulator(n) : null;
  try {
    for (let start = 0; start < n; start += chunk) {
      tidy(() => {
        const rows = onDevice(src.readRows(start, chunk)); // [c, D] or [c, Q, D]
        const flat = q > 1 ? rows.reshape([-1, dim]) : rows; // [c·Q, D]
        acc.add(flat, start * q);
        if (pairAcc && other) pairAcc.add(rows, onDevice(other.readRows(start, chunk)));
      });
      opts.onProgress?.(Math.min(n, start + chunk), n);
    }
    const m = acc.finish(q > 1 ? `${src.path} (row = sample·${q} + view)` : src.path);
    let metrics: EmbeddingMetrics;
    try {
      metrics = metricsFromMoments(m);
    } finally {
      m.dispose();
    }
    const out = report(metrics, opts);
    if (pairAcc) out.pair = pairAcc.finish(other!.path);
    if (q > 1) {
      out.views = q;
      // LiDAR needs every sample's views at once; it is the one in-memory metric.
      out.lidar = tidy(() => lidar(onDevice(src.readRows(0, n))));
    }
    return out;
  } finally {
    acc.dispose();
    pairAcc?.dispose();
  }
}

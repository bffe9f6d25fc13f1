/**
 * `nocollapse analyze FILE [--pair FILE2] [--views] [--key NAME] [--json] [--out DIR]`: collapse diagnostics of an
 * embedding file from any framework (.npy, .safetensors, .csv/.tsv). A thin layer over `analyzeFile`.
 */
import type { Command } from "commander";
import { analyzeFile, type EmbeddingReport } from "../metrics/index.js";
import { InputError } from "../util/errors.js";
import { Progress } from "../util/progress.js";
import { DEVICE_FLAG, DEVICE_HELP } from "./flags.js";
import { resolveDevice } from "../tensor/index.js";

interface AnalyzeFlags {
  pair?: string;
  views?: boolean;
  key?: string;
  json?: boolean;
  out?: string;
  chunkRows?: string;
  device?: string;
}

export function register(program: Command): void {
  program
    .command("analyze")
    .description("diagnose collapse in an embedding matrix (.npy, .safetensors, .csv/.tsv): spectrum, RankMe, entropy, correlation, ...")
    .argument("<file>", "embeddings N×D (.npy float32/float64, .safetensors, .csv/.tsv)")
    .option("--pair <file2>", "the second view of every row (same shape): alignment, uniformity, cross-correlation, energy gap")
    .option("--views", "FILE is N×Q×D (Q augmented views per sample): adds LiDAR")
    .option("--key <name>", "safetensors: the tensor to analyse (default: the only 2-D one)")
    .option("--json", "print one JSON object on stdout")
    .option("--out <dir>", "write spectrum.svg, spectrum.png and report.html")
    .option("--chunk-rows <n>", "rows per streamed chunk (default ≈ 16 MB of float64)")
    .option(DEVICE_FLAG, `where the float64 accumulation and eigen-decomposition run: ${DEVICE_HELP}`)
    .action(async (file: string, flags: AnalyzeFlags) => {
      let chunkRows: number | undefined;
      if (flags.chunkRows !== undefined) {
        chunkRows = Number(flags.chunkRows);
        if (!Number.isInteger(chunkRows) || chunkRows < 1) throw new InputError("--chunk-rows", `expected a positive integer, got '${flags.chunkRows}'`);
      }
      // Draw a bar only once the work has taken a while, so quick files print nothing on stderr.
      const start = Date.now();
      let bar: Progress | null = null;
      const r = analyzeFile(file, {
        pair: flags.pair,
        views: flags.views,
        key: flags.key,
        chunkRows,
        device: resolveDevice(flags.device ?? "auto"),
        onProgress: (done, total) => {
          if (!bar && Date.now() - start > 1500 && done < total) {
            bar = new Progress({ total, label: "analyze", unit: "rows" });
            bar.set(0);
          }
          if (bar) bar.tick(done - bar.count);
        },
      });
      (bar as Progress | null)?.done();
      if (flags.out) {
        // Loaded only for --out: vega and resvg would slow every CLI start.
        const { writeAnalysisOutputs } = await import("./analyze-plot.js");
        const paths = await writeAnalysisOutputs(flags.out, r, file);
        if (!flags.json) for (const p of paths) process.stderr.write(`wrote ${p}\n`);
      }
      if (flags.json) process.stdout.write(`${JSON.stringify(r)}\n`);
      else process.stdout.write(humanReport(r, file));
    });
}

const num = (v: number | null | undefined, digits = 4) =>
  v === null || v === undefined ? "–" : Number.isInteger(v) ? String(v) : Math.abs(v) >= 1e5 || (v !== 0 && Math.abs(v) < 1e-3) ? v.toExponential(2) : v.toFixed(digits);

/** The readable report: a table, the diagnosis in words, and a sparkline of the log-spectrum. */
export function humanReport(r: EmbeddingReport, file: string): string {
  const rows: [string, string][] = [
    ["rows × dims", `${r.n} × ${r.dim}${r.views ? ` (${r.n / r.views} samples × ${r.views} views)` : ""}`],
    ["effective rank (RankMe)", `${num(r.effectiveRank, 2)} of ${Math.min(r.n, r.dim)}, from N = ${r.n} rows`],
    ["RankMe of each half", r.effectiveRankHalves
      ? `${num(r.effectiveRankHalves[0], 2)} / ${num(r.effectiveRankHalves[1], 2)}: ${r.rankSampleEnough ? "N is enough (the halves agree with the full N)" : "N is NOT enough (RankMe still grows with N): analyse more rows"}`
      : "–"],
    ["entropy (Gaussian, nats)", num(r.entropy, 2)],
    ["log det (C + 1e-6 I)", num(r.logDet, 2)],
    ["avg |correlation|", num(r.avgCorrelation)],
    ["avg correlation (signed)", num(r.avgCorrelationSigned)],
    ["collapsed dims (λ < 1e-5 λ₁)", `${r.collapsedDims} of ${r.dim}`],
    ["dead dims (std ≤ 1e-12)", String(r.deadDims)],
    ["std of l2-normalised rows", `${num(r.stdL2Normalized)} (× √D = ${num(r.evidence.spread, 3)}: ≈ 1 for centred rows, lower for post-ReLU features)`],
    ["trace(C) / mean ‖z‖²", num(r.traceRatio)],
    ["share of C along the mean", num(r.meanDirectionShare)],
    ["α-ReQ (λₖ ∝ k^-α, all λ)", num(r.alphaReQ, 3)],
    ["α-ReQ (authors' fit)", r.alphaReQFit ? `${num(r.alphaReQFit.alpha, 3)} (k = ${r.alphaReQFit.from}..${r.alphaReQFit.to}, weights 1/k, R² ${num(r.alphaReQFit.r2, 3)}, R² to 100 ${num(r.alphaReQFit.r2First100, 3)})` : "– (needs > 12 non-collapsed eigenvalues)"],
  ];
  if (r.lidar !== undefined) rows.push(["LiDAR", num(r.lidar, 2)]);
  if (r.pair) {
    const p = r.pair;
    rows.push(
      ["pair: alignment", num(p.alignment)], ["pair: uniformity", num(p.uniformity)],
      ["pair: cross-corr diagonal", num(p.crossCorrelationDiagonal)], ["pair: cross-corr |off-diag|", num(p.crossCorrelationOffDiagonal)],
      ["pair: energy gap", `${num(p.energyGap)} (random ${num(p.randomDistance)} − positive ${num(p.positiveDistance)})`],
    );
  }
  const w = Math.max(...rows.map(([k]) => k.length));
  return [
    file,
    ...rows.map(([k, v]) => `  ${k.padEnd(w)}  ${v}`),
    "",
    `  log-spectrum  ${sparkline(r.spectrum)}  (λ₁ = ${num(r.spectrum[0])}, λ_D = ${num(r.spectrum[r.spectrum.length - 1])})`,
    "",
    `${r.diagnosis.toUpperCase()}: ${r.explanation}`,
    "",
  ].join("\n");
}

/** log10 of the eigenvalues, at most 64 columns (each the max of its bin), floored at 1e-12·λ₁. */
export function sparkline(spectrum: number[], width = 64): string {
  const ticks = "▁▂▃▄▅▆▇█";
  const top = spectrum[0] ?? 0;
  if (!(top > 0)) return ticks[0]!.repeat(Math.min(width, spectrum.length));
  const logs = spectrum.map((l) => Math.log10(Math.max(l, top * 1e-12)));
  const cols = Math.min(width, logs.length);
  const bins = Array.from({ length: cols }, (_, i) => {
    const a = Math.floor((i * logs.length) / cols);
    const b = Math.max(a + 1, Math.floor(((i + 1) * logs.length) / cols));
    return Math.max(...logs.slice(a, b));
  });
  const lo = Math.min(...bins);
  const hi = Math.max(...bins);
  return bins.map((v) => ticks[hi > lo ? Math.round(((v - lo) / (hi - lo)) * 7) : 7]).join("");
}

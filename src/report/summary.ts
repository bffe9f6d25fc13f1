/**
 * The shape of a study's `summary.json` (fixed by issue 7) and helpers to interpret it: what each method is
 * expected to do, and a fallback summary built from run folders when no study wrote one.
 */
import type { Json, MetricsRecord, ProbeStats, RunData } from "./types.js";
import { expectationOf } from "../methods/index.js";

/** A value per representation: h (encoder output, used downstream) and z (projector output, where the loss acts). */
export interface PerSpace<T> {
  h: T;
  z: T;
}

/** A `--method` name (src/methods/ lists them). */
export type StudyMethod = string;

/** `null` for the method as published, else one of the method's ablations (`projector-<width>`: the width sweep). */
export type StudyAblation = string;

/**
 * One run in `summary.json`. Accuracies are top-1 in **percent** (0–100), as `eval.json` writes them; null when not
 * evaluated (yet).
 */
export interface StudyRunSummary {
  name: string;
  method: StudyMethod | string;
  ablation: StudyAblation | string | null;
  steps: number;
  seconds: number;
  linearTop1: number | null;
  knnTop1: number | null;
  /** Final diagnosis per space, e.g. "healthy", "dimensional-collapse", "total-collapse". */
  diagnosis: PerSpace<string | null>;
  effectiveRank: PerSpace<number | null>;
  entropy: PerSpace<number | null>;
  avgCorrelation: PerSpace<number | null>;
  /** First step at which a collapse warning fired, or null if none did. */
  collapseStep: number | null;
  /** Rows of the probe the ranks and diagnoses were measured on (RankMe depends on it). */
  probeRows?: number;
  /** The method's family (info-max, contrastive, self-distillation, clustering, control). */
  family?: string;
  /** Methods with a softmax output (DINO): the final probe's output distribution and its collapse mode, if any. */
  output?: { meanEntropy: number; entropyOfMean: number; maxEntropy: number; mode: "uniform" | "one-dimension" | null };
}

/** Linear-probe and kNN top-1 (percent) of a randomly initialised encoder on h (its `eval-random.json`): the bar to beat. */
export interface StudyBaseline {
  linearTop1: number | null;
  knnTop1: number | null;
}

/**
 * `summary.json` as written by `nocollapse study`.
 *
 * @example
 * const summary: Summary = JSON.parse(readFileSync("study/summary.json", "utf8"));
 * for (const r of summary.runs) console.log(r.name, r.linearTop1, r.diagnosis.z);
 */
export interface Summary {
  dataset: string;
  runs: StudyRunSummary[];
  baseline: StudyBaseline | null;
}

/** Coarse class of a diagnosis string. */
export type CollapseKind = "healthy" | "dimensional" | "total" | "unknown";

/** Maps a diagnosis string ("total-collapse", "dimensional-collapse", "healthy", ...) to its class. */
export function collapseKind(diagnosis: string | null | undefined): CollapseKind {
  const d = (diagnosis ?? "").toLowerCase();
  if (d.includes("total") || d.includes("complete")) return "total";
  if (d.includes("dimension") || d.includes("information") || d.includes("partial")) return "dimensional";
  if (d.includes("healthy") || d === "ok" || d === "none") return "healthy";
  return "unknown";
}

/** What a run is expected to do, with the reason, for the generated text. */
export interface Expectation {
  kind: CollapseKind;
  why: string;
}

/**
 * Expected outcome of a method/ablation pair, as its method file declares it (src/methods/), or null when the study
 * makes no prediction (e.g. the projector-width sweep, which is about the rank of h vs z rather than collapse).
 *
 * @example
 * expectedOutcome("vicreg", "no-covariance")?.kind  // "dimensional"
 */
export function expectedOutcome(method: string, ablation: string | null): Expectation | null {
  const e = expectationOf(method, ablation);
  return e ? { kind: collapseKind(e.expected), why: e.why } : null;
}

function num(v: Json | undefined): number | null {
  return typeof v === "number" && Number.isFinite(v) ? v : null;
}

/** Latest metrics line that carries a probe, or undefined. */
export function latestProbe(metrics: MetricsRecord[]): MetricsRecord | undefined {
  for (let i = metrics.length - 1; i >= 0; i--) if (metrics[i]!.probe) return metrics[i];
  return undefined;
}

/** Step of the first collapse warning in the metrics, or null. */
export function firstWarningStep(metrics: MetricsRecord[]): number | null {
  const w = metrics.find((m) => m.warning);
  // The warning's own step is the first probe with the verdict; older files only have the line's step.
  return w ? (typeof w.warning?.step === "number" ? w.warning.step : w.step) : null;
}

/**
 * A top-1 accuracy in percent. eval.json writes percent; a value in (0, 1] can only be a fraction from another
 * writer (a 10-class probe cannot score below chance, 10 %), so it is scaled rather than drawn as a 0.9 % bar.
 */
export function toPercent(v: number | null): number | null {
  if (v === null) return null;
  return v > 0 && v <= 1 ? v * 100 : v;
}

/** Top-1 (percent) of the linear or kNN probe on h from an eval.json-shaped object. */
export function evalTop1(ev: { [key: string]: Json } | null, kind: "linear" | "knn"): number | null {
  if (!ev) return null;
  const flat = num(ev[`${kind}Top1`]);
  if (flat !== null) return toPercent(flat);
  const nested = ev[kind];
  if (nested && typeof nested === "object" && !Array.isArray(nested)) return toPercent(num(nested.top1));
  return null;
}

function str(v: Json | undefined): string | null {
  return typeof v === "string" ? v : null;
}

/**
 * Builds a {@link Summary} from run folders alone, for `nocollapse report` on runs that no study summarised.
 * method/ablation come from config.json (`method`, `ablation`), accuracies from eval.json, the baseline from the
 * first run with an eval-random.json, the rest from the latest probe in metrics.jsonl.
 *
 * @example
 * const summary = summaryFromRuns(readRuns("runs"), "fashion-mnist");
 */
export function summaryFromRuns(runs: RunData[], dataset = "unknown"): Summary {
  const rnd = runs.find((r) => r.evalRandom)?.evalRandom ?? null;
  return {
    dataset,
    baseline: rnd ? { linearTop1: evalTop1(rnd, "linear"), knnTop1: evalTop1(rnd, "knn") } : null,
    runs: runs.map((r) => {
      const last = latestProbe(r.metrics);
      const p: { h?: ProbeStats; z?: ProbeStats } = last?.probe ?? {};
      const pick = (f: (s: ProbeStats) => number | null | undefined): PerSpace<number | null> => ({
        h: p.h ? f(p.h) ?? null : null,
        z: p.z ? f(p.z) ?? null : null,
      });
      const lastLine = r.metrics.at(-1);
      return {
        name: r.name,
        method: str(r.config?.method) ?? "unknown",
        ablation: str(r.config?.ablation),
        steps: lastLine?.step ?? 0,
        seconds: lastLine?.time ?? 0,
        linearTop1: evalTop1(r.eval, "linear"),
        knnTop1: evalTop1(r.eval, "knn"),
        diagnosis: { h: p.h?.diagnosis ?? null, z: p.z?.diagnosis ?? null },
        effectiveRank: pick((s) => s.effectiveRank),
        entropy: pick((s) => s.entropy),
        avgCorrelation: pick((s) => s.avgCorrelation),
        collapseStep: firstWarningStep(r.metrics),
        ...(typeof p.z?.n === "number" ? { probeRows: p.z.n } : {}),
      };
    }),
  };
}

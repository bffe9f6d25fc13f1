/**
 * `nocollapse validate`: does the diagnosis, and does each label-free metric, predict downstream accuracy on the
 * user's own data and model? The protocol of RankMe (Garrido et al., 2023) and LiDAR (Thilak et al., 2024): a sweep
 * over the knobs that control collapse and quality, with several seeds, each run trained and evaluated as a study
 * run (child processes, resumable); then
 * - Kendall τ_b and Spearman ρ of each metric (of h and of z) against the linear probe on h, with 95 % bootstrap
 *   intervals over runs, and the regret of picking the run with the best metric instead of the best probe;
 * - the confusion matrix of the diagnosis against the ground truth: the collapse controls are collapsed, a run whose
 *   probe beats the random-init encoder by ≥ 1 point is healthy, anything else is left out as unclear;
 * - how many steps the first collapse warning came before the online linear probe dropped.
 * It writes `validation.json` and the study's `report.html` with a validation section.
 *
 * @example
 * const v = await runValidation({ out: "runs/validate", preset: "quick" });
 * v.validation.metrics.find((m) => m.metric === "RankMe" && m.space === "z")?.tau;
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { RUN_FILES } from "../runfolder/index.js";
import { writeFileAtomic } from "../util/fs.js";
import { type ReportSection, type RunData, type Summary } from "../report/index.js";
import { runStudy, STUDY_PRESETS, type PlannedRun, type StudyConfig, type StudyOptions } from "./study.js";
import { bootstrapInterval, kendallTauB, spearman } from "./stats.js";
import { validationSection } from "./validate-report.js";

/** A probe better than the random-init encoder by this many points counts as healthy ground truth. */
export const HEALTHY_MARGIN = 1;
/** The online linear probe has dropped once it is this many points below its best so far. */
export const DROP_POINTS = 1;

/** One knob setting of the sweep (the runs are its seeds). */
interface Knob {
  name: string;
  method: string;
  ablation?: string;
  train?: Record<string, unknown>;
  /** A collapse control (ground truth: collapsed). */
  control?: boolean;
}

/**
 * The sweep: VICReg's variance and covariance weights, Barlow Twins' λ, W-MSE's whitening, InfoNCE's temperature,
 * the projector's width and the learning rate, with the controls that switch a regulariser off.
 */
export const VALIDATION_KNOBS: Knob[] = [
  { name: "bt", method: "barlow-twins" },
  { name: "bt-lambda-0", method: "barlow-twins", ablation: "lambda-0", control: true },
  { name: "bt-lr-1e-2", method: "barlow-twins", train: { lr: 1e-2 } },
  { name: "bt-proj-512-32", method: "barlow-twins", train: { projector: "512-32" } },
  { name: "vicreg", method: "vicreg" },
  { name: "vicreg-std-5", method: "vicreg", train: { stdCoeff: 5 } },
  { name: "vicreg-no-variance", method: "vicreg", ablation: "no-variance", control: true },
  { name: "vicreg-no-covariance", method: "vicreg", ablation: "no-covariance", control: true },
  { name: "wmse-no-whitening", method: "wmse", ablation: "no-whitening", control: true },
  { name: "infonce-t-0.5", method: "infonce", train: { temperature: 0.5 } },
];

export const VALIDATION_PRESETS = {
  /** 10 knob settings × 2 seeds at the quick study's budget, probes on h and z. */
  quick: { ...STUDY_PRESETS.quick, seeds: 2 },
  /** The test suite's tiny version: 3 settings × 2 seeds, a few steps. */
  smoke: { ...STUDY_PRESETS.smoke, seeds: 2 },
} as const;
export type ValidationPreset = keyof typeof VALIDATION_PRESETS;

/** The sweep's runs: each knob setting with seeds 0..seeds−1 (the smoke preset keeps 3 settings). */
export function validationRuns(preset: ValidationPreset, seeds: number): PlannedRun[] {
  const knobs = preset === "smoke" ? VALIDATION_KNOBS.filter((k) => ["bt", "bt-lambda-0", "vicreg-no-variance"].includes(k.name)) : VALIDATION_KNOBS;
  return knobs.flatMap((k) =>
    Array.from({ length: seeds }, (_, seed) => ({
      name: `${k.name}-s${seed}`, method: k.method, ablation: k.ablation ?? null, seed,
      ...(k.train ? { train: k.train } : {}), ...(k.control ? { control: true } : {}),
    })),
  );
}

/** One run of the validation, as `validation.json` lists it. */
export interface ValidationRun {
  name: string;
  method: string;
  ablation: string | null;
  seed: number;
  control: boolean;
  /** Ground truth: `collapsed` (a control), `healthy` (probe ≥ baseline + 1 point), or `unclear`. */
  truth: "collapsed" | "healthy" | "unclear";
  linear: { h: number | null; z: number | null };
  knn: { h: number | null; z: number | null };
  diagnosis: { h: string | null; z: string | null };
  /** The label-free metrics of the final probe (see METRICS). */
  metrics: Record<string, number | null>;
  /** First collapse warning (its first probe step), or null. */
  warningStep: number | null;
  /** First probe step at which the online linear probe was ≥ 1 point below its best so far, or null. */
  dropStep: number | null;
}

/** Correlation of one metric with the linear probe on h. */
export interface MetricValidity {
  metric: string;
  space: "h" | "z";
  /** Kendall τ_b of the oriented metric (higher = predicted better) with the probe, and its 95 % bootstrap interval. */
  tau: number | null;
  tauInterval: [number, number] | null;
  rho: number | null;
  rhoInterval: [number, number] | null;
  /** Best probe − probe of the run with the best metric (points). */
  regret: number | null;
  /** Runs with both numbers. */
  n: number;
}

export interface Validation {
  dataset: string;
  /** The random-init encoder's probes (on h; `linearTop1Z` on its z, when it was evaluated). */
  baseline: { linearTop1: number | null; knnTop1: number | null; linearTop1Z?: number | null } | null;
  runs: ValidationRun[];
  metrics: MetricValidity[];
  /** The diagnosis (collapsed = h or z not healthy) against the ground truth. */
  diagnosis: {
    confusion: { truthCollapsed: { predictedCollapsed: number; predictedHealthy: number }; truthHealthy: { predictedCollapsed: number; predictedHealthy: number } };
    accuracy: number | null;
    unclear: number;
    /**
     * The healthy-by-probe runs diagnosed as collapsed, with where and their z probe: the ground truth reads the probe
     * on h, so a collapse of z alone (its probe below the random-init z's) counts as a false alarm there.
     */
    falseAlarms: { run: string; where: string; linearZ: number | null }[];
  };
  /** Early warning: among runs with a warning and a probe drop, the steps from the warning to the drop. */
  warnings: { warned: number; dropped: number; leads: { run: string; lead: number }[]; medianLead: number | null };
}

/** The label-free metrics, where each is read, and which way is better (α-ReQ: near 1, so −|α − 1|). */
const METRICS: { metric: string; read: (p: Record<string, unknown>) => number | null; orient: (v: number) => number }[] = [
  { metric: "RankMe", read: (p) => num(p.effectiveRank), orient: (v) => v },
  { metric: "entropy", read: (p) => num(p.entropy), orient: (v) => v },
  { metric: "avg |correlation|", read: (p) => num(p.avgCorrelation), orient: (v) => -v },
  { metric: "α-ReQ", read: (p) => num(p.alphaReQ), orient: (v) => -Math.abs(v - 1) },
  { metric: "α-ReQ (authors' fit)", read: (p) => num((p.alphaReQFit as { alpha?: unknown } | null | undefined)?.alpha), orient: (v) => -Math.abs(v - 1) },
  { metric: "spread", read: (p) => num((p.evidence as { spread?: unknown } | undefined)?.spread), orient: (v) => v },
  { metric: "trace(C)/mean‖z‖²", read: (p) => num(p.traceRatio), orient: (v) => v },
];

const num = (v: unknown): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);

/** Trains (or resumes) the sweep, then writes validation.json and report.html. */
export async function runValidation(opts: Omit<StudyOptions, "preset" | "plan" | "sections"> & { preset?: ValidationPreset; seeds?: number; plan?: StudyConfig }): Promise<{ validation: Validation; report: string; seconds: number }> {
  const preset = opts.preset ?? "quick";
  const p = VALIDATION_PRESETS[preset];
  const seeds = opts.seeds ?? p.seeds;
  const planned = opts.plan?.runs ?? validationRuns(preset, seeds);
  const plan: StudyConfig = {
    steps: p.steps, batchSize: p.batchSize, metricsEvery: p.metricsEvery, probeSize: p.probeSize, evalTrain: p.evalTrain, evalTest: p.evalTest,
    ...opts.plan, runs: planned, evalZ: true,
  };
  let validation: Validation | null = null;
  const r = await runStudy({
    ...opts, preset: preset === "smoke" ? "smoke" : "quick", plan,
    sections: (summary, data) => {
      validation = computeValidation(summary, data, planned);
      const baseZ = readBaselineZ(opts.out);
      if (validation.baseline && baseZ !== null) validation.baseline = { ...validation.baseline, linearTop1Z: baseZ };
      return [validationSection(validation)];
    },
  });
  const v = validation ?? computeValidation(r.summary, [], planned);
  const baseZ = readBaselineZ(opts.out);
  if (v.baseline && baseZ !== null) v.baseline.linearTop1Z = baseZ;
  writeFileAtomic(join(opts.out, "validation.json"), JSON.stringify(v, null, 2) + "\n");
  return { validation: v, report: r.report.html, seconds: r.seconds };
}

/** The random-init encoder's linear probe on z (the validation evaluates the baseline's z too), or null. */
function readBaselineZ(out: string): number | null {
  try {
    return num((JSON.parse(readFileSync(join(out, "baseline-random", RUN_FILES.evalRandom), "utf8")) as { linearTop1Z?: unknown }).linearTop1Z);
  } catch {
    return null;
  }
}

/** The statistics of a finished sweep (see the module comment). */
export function computeValidation(summary: Summary, data: RunData[], planned: StudyConfig["runs"]): Validation {
  const plannedBy = new Map((planned ?? []).filter((x): x is Exclude<typeof x, string> => typeof x !== "string").map((x) => [x.name, x]));
  const base = summary.baseline?.linearTop1 ?? null;
  const runs: ValidationRun[] = data.map((d) => {
    const pl = plannedBy.get(d.name);
    const ev = d.eval ?? {};
    const probe = [...d.metrics].reverse().find((m) => m.probe)?.probe as Record<string, Record<string, unknown>> | undefined;
    const linearH = num(ev.linearTop1);
    const control = pl?.control ?? false;
    const truth = control ? "collapsed" : linearH !== null && base !== null && linearH >= base + HEALTHY_MARGIN ? "healthy" : "unclear";
    const metrics: Record<string, number | null> = {};
    for (const space of ["h", "z"] as const) for (const m of METRICS) metrics[`${m.metric} (${space})`] = probe?.[space] ? m.read(probe[space]!) : null;
    const w = d.metrics.find((m) => m.warning);
    return {
      name: d.name, method: String(d.config?.method ?? pl?.method ?? "unknown"), ablation: (d.config?.ablation as string | null | undefined) ?? null,
      seed: pl?.seed ?? num(d.config?.seed) ?? 0, control, truth,
      linear: { h: linearH, z: num(ev.linearTop1Z) }, knn: { h: num(ev.knnTop1), z: num(ev.knnTop1Z) },
      diagnosis: { h: (probe?.h?.diagnosis as string | undefined) ?? null, z: (probe?.z?.diagnosis as string | undefined) ?? null },
      metrics,
      warningStep: w ? (num(w.warning?.step) ?? w.step) : null,
      dropStep: dropStep(d),
    };
  });
  return {
    dataset: summary.dataset,
    baseline: summary.baseline ?? null,
    runs,
    metrics: METRICS.flatMap((m) => (["h", "z"] as const).map((space) => validity(runs, m, space))),
    diagnosis: confusion(runs),
    warnings: leads(runs),
  };
}

function validity(runs: ValidationRun[], m: (typeof METRICS)[number], space: "h" | "z"): MetricValidity {
  const key = `${m.metric} (${space})`;
  const pairs = runs.filter((r) => r.metrics[key] !== null && r.linear.h !== null).map((r) => [m.orient(r.metrics[key]!), r.linear.h!] as const);
  const x = pairs.map((p) => p[0]);
  const y = pairs.map((p) => p[1]);
  let regret: number | null = null;
  if (pairs.length) {
    const best = Math.max(...y);
    const pick = pairs.reduce((a, b) => (b[0] > a[0] ? b : a));
    regret = best - pick[1];
  }
  return {
    metric: m.metric, space,
    tau: kendallTauB(x, y), tauInterval: pairs.length > 2 ? bootstrapInterval(x, y, kendallTauB, { seed: 1 }) : null,
    rho: spearman(x, y), rhoInterval: pairs.length > 2 ? bootstrapInterval(x, y, spearman, { seed: 2 }) : null,
    regret, n: pairs.length,
  };
}

function confusion(runs: ValidationRun[]): Validation["diagnosis"] {
  const c = { truthCollapsed: { predictedCollapsed: 0, predictedHealthy: 0 }, truthHealthy: { predictedCollapsed: 0, predictedHealthy: 0 } };
  let unclear = 0;
  for (const r of runs) {
    const predicted = [r.diagnosis.h, r.diagnosis.z].some((d) => d !== null && d !== "healthy") ? "predictedCollapsed" : "predictedHealthy";
    if (r.truth === "collapsed") c.truthCollapsed[predicted]++;
    else if (r.truth === "healthy") c.truthHealthy[predicted]++;
    else unclear++;
  }
  const total = c.truthCollapsed.predictedCollapsed + c.truthCollapsed.predictedHealthy + c.truthHealthy.predictedCollapsed + c.truthHealthy.predictedHealthy;
  const falseAlarms = runs
    .filter((r) => r.truth === "healthy" && [r.diagnosis.h, r.diagnosis.z].some((d) => d !== null && d !== "healthy"))
    .map((r) => ({ run: r.name, where: (["h", "z"] as const).filter((w) => r.diagnosis[w] !== null && r.diagnosis[w] !== "healthy").join(" and "), linearZ: r.linear.z }));
  return { confusion: c, accuracy: total ? (c.truthCollapsed.predictedCollapsed + c.truthHealthy.predictedHealthy) / total : null, unclear, falseAlarms };
}

function leads(runs: ValidationRun[]): Validation["warnings"] {
  const both = runs.filter((r) => r.warningStep !== null && r.dropStep !== null).map((r) => ({ run: r.name, lead: r.dropStep! - r.warningStep! }));
  const sorted = both.map((b) => b.lead).sort((a, b) => a - b);
  const medianLead = sorted.length ? (sorted[(sorted.length - 1) >> 1]! + sorted[sorted.length >> 1]!) / 2 : null;
  return { warned: runs.filter((r) => r.warningStep !== null).length, dropped: runs.filter((r) => r.dropStep !== null).length, leads: both, medianLead };
}

/** First probe step at which the online linear probe is ≥ DROP_POINTS below its best so far. */
export function dropStep(d: Pick<RunData, "metrics">): number | null {
  let best = -Infinity;
  for (const m of d.metrics) {
    const acc = num(m.online?.linearTop1);
    if (acc === null) continue;
    if (acc <= best - DROP_POINTS) return m.step;
    best = Math.max(best, acc);
  }
  return null;
}

/**
 * The collapse study: the poster's question ("how and why do non-contrastive methods avoid collapse?") answered on
 * real data in one command. It trains every method and the collapse controls on the same encoder, data and
 * budget, evaluates each (linear probe, kNN), diagnoses h and z at the end and over time, and writes
 * `summary.json` and a self-contained `report.html` with its figures.
 *
 * Each run is a child process (`nocollapse train`, then `nocollapse eval`), `concurrency` at a time with the cores
 * split between them, so the study survives a crash of one run and a dashboard (`nocollapse serve`) stays
 * responsive. Finished runs are reused when the study is started again; interrupted ones resume from their
 * checkpoint.
 *
 * @example
 * const { summary, report } = await runStudy({ out: "study", preset: "quick" });
 * console.log(report.html, summary.runs.map((r) => [r.name, r.linearTop1, r.diagnosis.z]));
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join, resolve } from "node:path";
import { z } from "zod";
import { PACKAGE_ROOT } from "../util/paths.js";
import { InputError, RunError } from "../util/errors.js";
import { writeFileAtomic } from "../util/fs.js";
import { readConfigData } from "../util/config-file.js";
import { Progress } from "../util/progress.js";
import { defined } from "../util/object.js";
import { readRun, writeStudyReport, type ReportSection, type RunData, type StudyReportFiles, type StudyRunSummary, type Summary } from "../report/index.js";
import { METHODS, studyRuns, type StudyRun } from "../methods/index.js";
import { parseConfig } from "../trainer/config.js";
import { readStatus, RUN_FILES } from "../runfolder/index.js";

export type { StudyRun } from "../methods/index.js";

/** A run of a study config: a study run with, optionally, its own train keys and seed (a validation sweep's). */
export type PlannedRun = StudyRun & { train?: Record<string, unknown>; seed?: number; control?: boolean };

/** The runs of the full study, in the order they are reported (derived from each method's definition). */
export const STUDY_RUNS: StudyRun[] = studyRuns("full");

/** Budgets. `quick` fits the whole study in ≤ 12 minutes on 2 cores; `smoke` is the test suite's tiny version. */
export const STUDY_PRESETS = {
  // 10 epochs of Fashion-MNIST at batch 256, probes fitted on the whole train split: BT 88.8 %, VICReg 89.1 %
  // (random init 85.3 %). With a 128-wide h, 20 epochs with warm-up + cosine decay measured no better than 10
  // constant ones (87.3 / 87.5 % vs 87.5 / 87.9 %).
  full: { steps: 2340, batchSize: 256, metricsEvery: 50, probeSize: 2048, evalTrain: 60_000, evalTest: 10_000, schedule: "constant", warmupSteps: 0 },
  // 20 runs and the baseline, two at a time: 100 steps at batch 128, probes of 1024 test images (4·D_h), linear probe and kNN
  // of h fitted on 5k train / 5k test images. (Batch 256, 120 steps and 10k/10k, the budget of the 13-run study,
  // took about 130 s a run on 2026-12-02: 23 minutes for the 20 runs; 120 steps at batch 128 with z probed too, 14.)
  quick: { steps: 100, batchSize: 128, metricsEvery: 20, probeSize: 1024, evalTrain: 5_000, evalTest: 5_000, schedule: "constant", warmupSteps: 0 },
  smoke: { steps: 4, batchSize: 128, metricsEvery: 2, probeSize: 128, evalTrain: 1_000, evalTest: 500, schedule: "constant", warmupSteps: 0 },
} as const;
export type StudyPreset = keyof typeof STUDY_PRESETS;

/** A study config file (`--config study.yaml`): every field optional. */
export const StudyConfigSchema = z
  .object({
    /** Which runs (names from STUDY_RUNS, or {name, method, ablation} objects). */
    runs: z.array(z.union([z.string(), z.object({
      name: z.string(), method: z.string(), ablation: z.string().nullable(),
      /** Extra `train` config keys of this run only (on top of `train`). */
      train: z.record(z.string(), z.unknown()).optional(),
      /** This run's seed (instead of `seed`). */
      seed: z.number().int().min(0).optional(),
      /** What the run is known to be, for `validate`: a collapse control or not. */
      control: z.boolean().optional(),
    }).strict()])).optional(),
    steps: z.number().int().positive().optional(),
    batchSize: z.number().int().min(2).optional(),
    metricsEvery: z.number().int().positive().optional(),
    probeSize: z.number().int().min(16).optional(),
    evalTrain: z.number().int().positive().optional(),
    evalTest: z.number().int().positive().optional(),
    concurrency: z.number().int().positive().optional(),
    seed: z.number().int().min(0).optional(),
    /** Extra `train` config keys applied to every run (e.g. lr, backbone). */
    train: z.record(z.string(), z.unknown()).optional(),
    /** Also fit the linear probe and kNN on z (the study fits them on h only). */
    evalZ: z.boolean().optional(),
  })
  .strict();
export type StudyConfig = z.infer<typeof StudyConfigSchema>;

export interface StudyOptions {
  /** Output folder (runs in DIR/runs/<name>). */
  out: string;
  preset?: StudyPreset;
  dataset?: string;
  dataDir?: string;
  /** Path of a YAML/JSON study config. */
  config?: string;
  /** The config itself, in memory (what `validate` builds); instead of `config`. */
  plan?: StudyConfig;
  /** Extra report sections after the study's own (the validation's). */
  sections?: (summary: Summary, runs: RunData[]) => ReportSection[];
  /** Runs at a time (default: 2 on machines with ≥ 2 cores; the cores are split between them). */
  concurrency?: number;
  /** `--device` of every run and evaluation (default: each child's auto: the first GPU, else the CPU). */
  device?: string;
  /** `--precision` of every run (default 32). */
  precision?: string;
  /** Called when a run starts or ends. */
  onEvent?: (e: { run: string; state: "start" | "done" | "reused" | "failed"; message?: string }) => void;
  progress?: boolean;
}

export interface StudyResult {
  summary: Summary;
  report: StudyReportFiles;
  seconds: number;
}

export function readStudyConfig(path: string): StudyConfig {
  const data = readConfigData(path, { flag: "--config", keys: Object.keys(StudyConfigSchema.shape) });
  const r = StudyConfigSchema.safeParse(data);
  if (!r.success) {
    const i = r.error.issues[0]!;
    const keys = (i as { keys?: string[] }).keys;
    throw new InputError(`${path}: ${[...i.path, ...(keys ?? [])].join(".") || "config"}`, keys ? `unknown key (allowed: ${Object.keys(StudyConfigSchema.shape).join(", ")})` : i.message);
  }
  return r.data;
}

/** Runs (or resumes) the study and writes summary.json and the report. */
export async function runStudy(opts: StudyOptions): Promise<StudyResult> {
  const t0 = Date.now();
  const preset = STUDY_PRESETS[opts.preset ?? "full"];
  const file = opts.plan ?? (opts.config ? readStudyConfig(opts.config) : {});
  // The `train:` section goes to every run: checked here, before any run starts, rather than by each child.
  if (file.train) parseConfig({ method: "barlow-twins", ...file.train }, `${opts.config}: train`);
  const budget = { ...preset, ...defined({ steps: file.steps, batchSize: file.batchSize, metricsEvery: file.metricsEvery, probeSize: file.probeSize, evalTrain: file.evalTrain, evalTest: file.evalTest }) };
  const all = studyRuns("full");
  const runs = (file.runs ?? studyRuns(opts.preset ?? "full")).map((r): PlannedRun => {
    if (typeof r !== "string") return r;
    const known = all.find((k) => k.name === r);
    if (!known) throw new InputError(`${opts.config}: runs`, `unknown run '${r}' (expected one of ${all.map((k) => k.name).join(", ")})`);
    return known;
  });
  const dataset = opts.dataset ?? "fashion-mnist";
  const out = resolve(opts.out);
  const runsDir = join(out, "runs");
  mkdirSync(runsDir, { recursive: true });
  const cores = availableParallelism();
  const concurrency = Math.max(1, Math.min(opts.concurrency ?? file.concurrency ?? Math.min(2, cores), runs.length));
  const threads = Math.max(1, Math.floor(cores / concurrency));
  const fingerprint = JSON.stringify({ budget, dataset, dataDir: opts.dataDir ?? null, seed: file.seed ?? 0, train: file.train ?? {}, ...(file.evalZ ? { evalZ: true } : {}), ...(opts.precision && opts.precision !== "32" ? { precision: opts.precision } : {}) });

  const bar = new Progress({ total: runs.length + 1, label: "study", unit: "run", force: opts.progress });
  const common = (dir: string, seed = file.seed ?? 0): string[] => [
    "--dataset", dataset, ...(opts.dataDir ? ["--data-dir", opts.dataDir] : []),
    "--max-steps", String(budget.steps), "--epochs", "1000", "--batch-size", String(budget.batchSize),
    "--metrics-every", String(budget.metricsEvery), "--probe-size", String(budget.probeSize),
    "--checkpoint-every", String(Math.max(budget.metricsEvery, Math.ceil(budget.steps / 4))),
    "--seed", String(seed), "--threads", String(threads), "--out", dir, "--no-progress",
    "--schedule", budget.schedule, "--warmup-steps", String(Math.min(budget.warmupSteps, budget.steps)),
    ...(opts.device ? ["--device", opts.device] : []), ...(opts.precision ? ["--precision", opts.precision] : []),
  ];
  // The study reports the probes of h (what is used downstream); z's would double the fitting time.
  const evalArgs = (dir: string, extra: string[] = []) => ["eval", "--run", dir, "--train-size", String(budget.evalTrain), "--test-size", String(budget.evalTest), ...(file.evalZ ? [] : ["--h-only"]), "--json", ...(opts.device ? ["--device", opts.device] : []), ...extra];

  let stopped: NodeJS.Signals | null = null; // set by SIGINT/SIGTERM (below)
  // The random-init baseline: evaluate an untrained encoder of the same architecture.
  const jobs: (() => Promise<void>)[] = [];
  const baselineDir = join(out, "baseline-random");
  jobs.push(async () => {
    if (done(baselineDir, fingerprint, "eval-random.json")) {
      opts.onEvent?.({ run: "baseline-random", state: "reused" });
    } else {
      opts.onEvent?.({ run: "baseline-random", state: "start" });
      // A zero-step "run" only to record the architecture; its weights are the seeded random init.
      try {
        await cli(["train", "--method", "barlow-twins", ...common(baselineDir), ...extraTrainFlags(file.train), "--max-steps", "1", "--metrics-every", "1", "--overwrite"], threads, `${baselineDir}/train.log`);
      } catch (e) {
        if (stopped) return; // stopped (exit 130): the baseline is redone when the study resumes
        throw e;
      }
      if (stopped) return; // no new child after a stop signal: the baseline is redone when the study resumes
      await cli(evalArgs(baselineDir, ["--baseline", "random"]), threads, `${baselineDir}/eval.log`);
      writeFileAtomic(join(baselineDir, "study.json"), fingerprint);
      opts.onEvent?.({ run: "baseline-random", state: "done" });
    }
    bar.tick();
  });
  for (const r of runs) {
    const dir = join(runsDir, r.name);
    jobs.push(async () => {
      if (done(dir, fingerprint, "eval.json")) {
        opts.onEvent?.({ run: r.name, state: "reused" });
      } else {
        opts.onEvent?.({ run: r.name, state: "start" });
        const trainArgs = ["train", "--method", r.method, ...(r.ablation ? ["--ablation", r.ablation] : []), ...common(dir, r.seed), ...extraTrainFlags({ ...file.train, ...r.train })];
        const resume = existsSync(join(dir, "checkpoint.safetensors")) && sameStudy(dir, fingerprint);
        writeFileAtomic(join(dir, RUN_FILES.study), fingerprint);
        try {
          // Not resumable (no checkpoint, or another study's): a fresh run replaces whatever the folder holds.
          await cli([...trainArgs, resume ? "--resume" : "--overwrite"], threads, join(dir, "train.log"));
          if (stopped) return; // stopped mid-run: evaluated when the study resumes it
          await cli(evalArgs(dir), threads, join(dir, "eval.log"));
          opts.onEvent?.({ run: r.name, state: "done" });
        } catch (e) {
          if (stopped) return; // the run exited 130 after writing its checkpoint: resumed when the study is
          opts.onEvent?.({ run: r.name, state: "failed", message: (e as Error).message });
        }
      }
      bar.tick();
    });
  }
  // Ctrl-C or SIGTERM: the trainings stop after their current step and write a checkpoint; no new run starts; the
  // study exits and, started again, resumes them.
  const onSignal = (sig: NodeJS.Signals) => {
    stopped = sig;
    for (const c of children) c.kill("SIGINT");
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  try {
    await pool(jobs, concurrency, () => stopped !== null);
  } finally {
    process.removeListener("SIGINT", onSignal);
    process.removeListener("SIGTERM", onSignal);
  }
  bar.done();
  if (stopped) throw new RunError(`study stopped by ${stopped}; the runs keep their checkpoints: start the same command again to resume`, 130);

  const runData: RunData[] = [];
  const summaries: StudyRunSummary[] = [];
  for (const r of runs) {
    const dir = join(runsDir, r.name);
    if (!existsSync(dir)) continue;
    const data = readRun(dir);
    runData.push(data);
    summaries.push(summarizeRun(r, data));
  }
  const base = existsSync(join(baselineDir, "eval-random.json")) ? (JSON.parse(readFileSync(join(baselineDir, "eval-random.json"), "utf8")) as { linearTop1: number; knnTop1: number }) : null;
  const summary: Summary = {
    dataset,
    runs: summaries,
    baseline: base ? { linearTop1: base.linearTop1, knnTop1: base.knnTop1 } : null,
  };
  writeFileAtomic(join(out, "summary.json"), JSON.stringify(summary, null, 2) + "\n");
  const report = await writeStudyReport(out, summary, runData, opts.sections?.(summary, runData) ?? []);
  const failed = summaries.filter((s) => s.linearTop1 === null);
  if (failed.length === summaries.length) throw new RunError(`every run of the study failed; see the train.log files under ${runsDir}`);
  return { summary, report, seconds: (Date.now() - t0) / 1000 };
}

/** The summary.json entry of one run: final probe of h and z, eval accuracies, first collapse warning. */
export function summarizeRun(r: StudyRun, data: RunData): StudyRunSummary {
  const withProbe = data.metrics.filter((m) => m.probe);
  const last = withProbe.at(-1)?.probe;
  const lastLine = data.metrics.at(-1);
  const warning = data.metrics.find((m) => m.warning);
  const ev = data.eval as { linearTop1?: number; knnTop1?: number } | null;
  const pick = <K extends "diagnosis" | "effectiveRank" | "entropy" | "avgCorrelation">(k: K) => ({
    h: (last?.h?.[k] ?? null) as never,
    z: (last?.z?.[k] ?? null) as never,
  });
  return {
    name: r.name,
    method: r.method,
    ablation: r.ablation,
    steps: lastLine?.step ?? 0,
    seconds: lastLine?.time ?? 0,
    linearTop1: ev?.linearTop1 ?? null,
    knnTop1: ev?.knnTop1 ?? null,
    diagnosis: pick("diagnosis"),
    effectiveRank: pick("effectiveRank"),
    entropy: pick("entropy"),
    avgCorrelation: pick("avgCorrelation"),
    collapseStep: warning?.warning?.step ?? warning?.step ?? null,
    ...(typeof last?.z?.n === "number" ? { probeRows: last.z.n } : {}),
    family: METHODS[r.method]?.family,
    ...outputOf(last?.output),
  };
}

/** The output-distribution reading of the final probe, with its collapse mode (DINO's two modes). */
function outputOf(o: { meanEntropy?: number; entropyOfMean?: number; maxEntropy?: number; mode?: "uniform" | "one-dimension" | null } | undefined): Pick<StudyRunSummary, "output"> {
  if (typeof o?.meanEntropy !== "number" || typeof o.entropyOfMean !== "number" || typeof o.maxEntropy !== "number") return {};
  return { output: { meanEntropy: o.meanEntropy, entropyOfMean: o.entropyOfMean, maxEntropy: o.maxEntropy, mode: o.mode ?? null } };
}

function done(dir: string, fingerprint: string, evalFile: string): boolean {
  if (!sameStudy(dir, fingerprint) || !existsSync(join(dir, evalFile))) return false;
  const st = readStatus(dir);
  return st !== null && st.state !== "running";
}

function sameStudy(dir: string, fingerprint: string): boolean {
  try {
    return readFileSync(join(dir, RUN_FILES.study), "utf8") === fingerprint;
  } catch {
    return false;
  }
}

/** `train` config keys from the study file as CLI flags (camelCase → --kebab-case). */
function extraTrainFlags(train: Record<string, unknown> | undefined): string[] {
  const out: string[] = [];
  for (const [k, v] of Object.entries(train ?? {})) {
    const flag = `--${k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
    if (v === true) out.push(flag);
    else if (v !== false && v !== null && v !== undefined) out.push(flag, String(v));
  }
  return out;
}

/** The study's running child processes (a signal to the study is passed on to them). */
const children = new Set<ChildProcess>();

/** Runs `bin/nocollapse args` as a child process; its stderr goes to `log`. Rejects with the last error line. */
function cli(args: string[], threads: number, log: string): Promise<string> {
  const bin = join(PACKAGE_ROOT, "bin", "nocollapse");
  return new Promise((res, rej) => {
    // NOCOLLAPSE_PARENT_PID: the child stops by itself if this process dies without passing a signal on (SIGKILL).
    const child = spawn(process.execPath, [bin, ...args], {
      env: { ...process.env, OMP_NUM_THREADS: String(threads), NOCOLLAPSE_NO_PROGRESS: "1", NOCOLLAPSE_PARENT_PID: String(process.pid) },
      stdio: ["ignore", "pipe", "pipe"],
    });
    children.add(child);
    child.on("exit", () => children.delete(child));
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", rej);
    child.on("close", (code) => {
      mkdirSync(join(log, ".."), { recursive: true });
      writeFileAtomic(log, stderr);
      if (code === 0) res(stdout);
      else rej(new Error(`nocollapse ${args[0]} exited with ${code}: ${stderr.trim().split("\n").filter((l) => l.startsWith("nocollapse:")).pop() ?? stderr.trim().split("\n").pop() ?? ""}`));
    });
  });
}

async function pool(jobs: (() => Promise<void>)[], n: number, stop: () => boolean): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < jobs.length && !stop()) await jobs[next++]!();
  };
  await Promise.all(Array.from({ length: n }, worker));
}

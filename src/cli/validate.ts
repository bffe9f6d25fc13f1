/**
 * `nocollapse validate [--quick | --smoke] [--out DIR] [--config FILE] [--seeds N]`: sweep the knobs that control
 * collapse, then say which label-free metric predicts the linear probe and how often the diagnosis is right.
 */
import type { Command } from "commander";
import { runValidation, type ValidationPreset } from "../study/validate.js";
import { readStudyConfig } from "../study/study.js";
import { InputError } from "../util/errors.js";
import { int, DEVICE_FLAG, DEVICE_HELP, PRECISION_FLAG, PRECISION_HELP } from "./flags.js";

export function register(program: Command): void {
  program
    .command("validate")
    .description("sweep collapse knobs × seeds; rank-correlate every metric with the linear probe; score the diagnosis; write validation.json and report.html")
    .option("--quick", "10 knob settings × 2 seeds at the quick study's budget (the default)")
    .option("--smoke", "a tiny version, for tests")
    .option("--seeds <n>", "seeds per knob setting (default 2)")
    .option("--dataset <name>", "dataset (default fashion-mnist)")
    .option("--data-dir <dir>", "folder with the dataset's files")
    .option("--out <dir>", "output folder (default runs/validate)")
    .option("--config <file>", "study config (YAML/JSON) overriding the budget, runs or train keys (e.g. train: {backbone: resnet18-cifar})")
    .option("--concurrency <n>", "runs trained at once (cores are split between them)")
    .option(DEVICE_FLAG, DEVICE_HELP)
    .option(PRECISION_FLAG, `${PRECISION_HELP}, for every run`)
    .option("--json", "print validation.json on stdout")
    .action(async (f: { quick?: boolean; smoke?: boolean; seeds?: string; dataset?: string; dataDir?: string; out?: string; config?: string; concurrency?: string; json?: boolean; device?: string; precision?: string }) => {
      if (f.quick && f.smoke) throw new InputError("--quick/--smoke", "choose one of --quick and --smoke");
      const preset: ValidationPreset = f.smoke ? "smoke" : "quick";
      const seeds = int("--seeds", f.seeds);
      if (seeds !== undefined && seeds < 2) throw new InputError("--seeds", `expected at least 2 seeds (the intervals need them), got ${seeds}`);
      const concurrency = int("--concurrency", f.concurrency);
      if (concurrency !== undefined && concurrency < 1) throw new InputError("--concurrency", `expected a positive integer (runs at a time), got ${concurrency}`);
      const out = f.out ?? "runs/validate";
      const r = await runValidation({
        out, preset, seeds, dataset: f.dataset, dataDir: f.dataDir, concurrency, device: f.device, precision: f.precision,
        plan: f.config ? readStudyConfig(f.config) : undefined,
        onEvent: (e) => {
          if (e.state === "failed") process.stderr.write(`\n  ${e.run}: failed: ${e.message}\n`);
          else if (!process.stderr.isTTY) process.stderr.write(`  ${e.run}: ${e.state}\n`);
        },
      });
      const v = r.validation;
      if (f.json) {
        console.log(JSON.stringify(v));
        return;
      }
      console.log(`\nvalidation (${preset}) finished in ${Math.round(r.seconds)} s — ${v.dataset}, ${v.runs.length} runs`);
      console.log(`${"metric".padEnd(34)} ${"τ_b".padStart(6)}  ${"95 % interval".padEnd(15)} ${"ρ".padStart(6)}  regret`);
      for (const m of v.metrics) {
        const ci = m.tauInterval ? `${m.tauInterval[0].toFixed(2)} … ${m.tauInterval[1].toFixed(2)}` : "–";
        console.log(`${`${m.metric} (${m.space})`.padEnd(34)} ${fmt(m.tau)}  ${ci.padEnd(15)} ${fmt(m.rho)}  ${m.regret === null ? "–" : m.regret.toFixed(2)}`);
      }
      const c = v.diagnosis.confusion;
      console.log(`\ndiagnosis vs ground truth: controls ${c.truthCollapsed.predictedCollapsed} caught / ${c.truthCollapsed.predictedHealthy} missed; healthy runs ${c.truthHealthy.predictedHealthy} right / ${c.truthHealthy.predictedCollapsed} false alarms; ${v.diagnosis.unclear} unclear`);
      console.log(`\nvalidation.json and report: ${r.report}`);
    });
}

function fmt(x: number | null): string {
  return (x === null ? "–" : x.toFixed(2)).padStart(6);
}

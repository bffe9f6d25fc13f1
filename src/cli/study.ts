/** `nocollapse study [--quick] [--smoke] [--dataset] [--out DIR] [--config study.yaml]`: the collapse study. */
import type { Command } from "commander";
import { runStudy, type StudyPreset } from "../study/study.js";
import { InputError } from "../util/errors.js";
import { int, DEVICE_FLAG, DEVICE_HELP, PRECISION_FLAG, PRECISION_HELP } from "./flags.js";

export function register(program: Command): void {
  program
    .command("study")
    .description("train BT, VICReg, W-MSE, SimCLR, IB log-det and the collapse controls; write summary.json and report.html")
    .option("--quick", "the whole study in about 12 minutes on 2 cores")
    .option("--smoke", "a tiny version (under 2 minutes), for tests")
    .option("--dataset <name>", "dataset (default fashion-mnist)")
    .option("--data-dir <dir>", "folder with the dataset's files")
    .option("--out <dir>", "output folder (default runs/study)")
    .option("--config <file>", "study config (YAML/JSON): runs, steps, batchSize, concurrency, train: {...}")
    .option("--concurrency <n>", "runs trained at once (cores are split between them)")
    .option(DEVICE_FLAG, DEVICE_HELP)
    .option(PRECISION_FLAG, `${PRECISION_HELP}, for every run`)
    .option("--json", "print summary.json on stdout")
    .action(async (f: { quick?: boolean; smoke?: boolean; dataset?: string; dataDir?: string; out?: string; config?: string; concurrency?: string; json?: boolean; device?: string; precision?: string }) => {
      if (f.quick && f.smoke) throw new InputError("--quick/--smoke", "choose one of --quick and --smoke");
      const preset: StudyPreset = f.smoke ? "smoke" : f.quick ? "quick" : "full";
      const out = f.out ?? "runs/study";
      const concurrency = int("--concurrency", f.concurrency);
      if (concurrency !== undefined && concurrency < 1) throw new InputError("--concurrency", `expected a positive integer (runs at a time), got ${concurrency}`);
      const r = await runStudy({
        out, preset, dataset: f.dataset, dataDir: f.dataDir, config: f.config, concurrency, device: f.device, precision: f.precision,
        onEvent: (e) => {
          if (e.state === "failed") process.stderr.write(`\n  ${e.run}: failed: ${e.message}\n`);
          else if (!process.stderr.isTTY) process.stderr.write(`  ${e.run}: ${e.state}\n`);
        },
      });
      if (f.json) {
        console.log(JSON.stringify(r.summary));
        return;
      }
      const b = r.summary.baseline;
      console.log(`\nstudy (${preset}) finished in ${Math.round(r.seconds)} s — ${r.summary.dataset}`);
      console.log(`${"run".padEnd(28)} ${"linear".padStart(7)} ${"kNN".padStart(7)}  ${"h".padEnd(20)} ${"z".padEnd(20)} rank(z)`);
      if (b) console.log(`${"random-init baseline".padEnd(28)} ${fmt(b.linearTop1)} ${fmt(b.knnTop1)}`);
      for (const s of r.summary.runs) {
        console.log(`${s.name.padEnd(28)} ${fmt(s.linearTop1)} ${fmt(s.knnTop1)}  ${String(s.diagnosis.h).padEnd(20)} ${String(s.diagnosis.z).padEnd(20)} ${s.effectiveRank.z?.toFixed(1) ?? "–"}`);
      }
      console.log(`\nreport: ${r.report.html}`);
    });
}

function fmt(x: number | null): string {
  return (x === null ? "–" : x.toFixed(2)).padStart(7);
}

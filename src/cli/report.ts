/** `nocollapse report --runs DIR [--out DIR]`: the study report (HTML + PNG figures) from run folders on disk. */
import type { Command } from "commander";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { InputError } from "../util/errors.js";
import { readTextFile } from "../util/fs.js";
import { readRuns, summaryFromRuns, writeStudyReport, type Summary } from "../report/index.js";

/** Reads DIR/summary.json if present (shape checked loosely: it is written by `study`), else null. */
function readSummary(dir: string): Summary | null {
  const p = join(dir, "summary.json");
  if (!existsSync(p)) return null;
  const text = readTextFile(p, { maxBytes: 64 * 2 ** 20 }); // a regular file only: a FIFO would hang the read
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch (e) {
    throw new InputError(p, `not valid JSON (${(e as Error).message})`);
  }
  if (typeof v !== "object" || v === null || !Array.isArray((v as { runs?: unknown }).runs))
    throw new InputError(p, 'expected {"dataset", "runs": [...], "baseline"}');
  const s = v as Summary;
  return { ...s, baseline: s.baseline ?? null };
}

export function register(program: Command): void {
  program
    .command("report")
    .description("write report.html and PNG figures from the run folders under --runs (and its summary.json if any)")
    .requiredOption("--runs <dir>", "folder whose sub-folders are runs (each with metrics.jsonl)")
    .option("--out <dir>", "where to write the report (default: the --runs folder)")
    .option("--dataset <name>", "dataset name for the title when there is no summary.json (default: from config.json)")
    .action(async (opts: { runs: string; out?: string; dataset?: string }) => {
      const dir = resolve(opts.runs);
      const runs = readRuns(dir);
      if (runs.length === 0) throw new InputError("--runs", `no run folders (sub-folders with metrics.jsonl) in ${dir}`);
      const fromDisk = readSummary(dir);
      const fromConfig = runs.map((r) => r.config?.dataset).find((d): d is string => typeof d === "string");
      const derived = summaryFromRuns(runs, opts.dataset ?? fromConfig ?? "unknown");
      // A study's summary wins; a missing baseline falls back to a run's eval-random.json.
      const summary = fromDisk ? { ...fromDisk, baseline: fromDisk.baseline ?? derived.baseline } : derived;
      const out = await writeStudyReport(resolve(opts.out ?? dir), summary, runs);
      const skipped = runs.reduce((a, r) => a + r.skippedLines, 0);
      console.log(`report: ${out.html}`);
      console.log(`figures: ${out.pngs.join(", ")}`);
      if (!fromDisk) console.log("(no summary.json: accuracies from eval.json, diagnoses from each run's latest probe)");
      if (skipped) console.log(`(skipped ${skipped} malformed metrics line(s))`);
    });
}

#!/usr/bin/env node
// Re-diagnoses finished runs from their logged probe metrics with the current rules: every probe line of
// metrics.jsonl gets the diagnosis, explanation and evidence that src/metrics/diagnose.ts gives today (with the
// trace history the trainer's watch would have had), and the warnings and cleared warnings are replayed. The
// diagnosis is a pure function of those logged numbers, so this equals retraining with the current code (unless the
// run used --stop-on-collapse). Usage: node scripts/rediagnose.mjs RUN_DIR... (or a study's runs/ folder)
import { readFileSync, readdirSync, existsSync, writeFileSync, renameSync, statSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const { diagnose } = await import(join(root, "dist", "metrics", "index.js"));
const { CollapseWatch } = await import(join(root, "dist", "trainer", "watch.js"));

/** The probe lines of a run replayed through the current rules; returns the new lines and the trace histories. */
export function replay(lines, metricsEvery, totalSteps) {
  const watch = new CollapseWatch(metricsEvery, totalSteps);
  const out = [];
  const histories = [];
  for (const line of lines) {
    const { warning: _w, cleared: _c, ...rest } = line;
    if (!line.probe) {
      out.push(rest);
      continue;
    }
    const probe = { ...line.probe };
    const before = structuredClone(watch.state.peaks);
    for (const w of ["h", "z"]) {
      const p = probe[w];
      const d = diagnose(p, { history: watch.state.peaks[w] });
      probe[w] = { ...p, diagnosis: d.diagnosis, explanation: d.explanation, evidence: d.evidence };
    }
    // DINO: the trainer folds a collapsed output distribution into z (trainer/probe.ts).
    if (probe.output?.mode) probe.z = { ...probe.z, diagnosis: "total-collapse", explanation: `The head's output distribution collapsed (${probe.output.mode}). ${probe.z.explanation}` };
    histories.push({ step: line.step, history: before });
    // The watch's own update and judgement, as in CollapseWatch.probe.
    for (const w of ["h", "z"]) {
      const trace = probe[w].spectrum.reduce((a, b) => a + b, 0);
      const pk = watch.state.peaks[w];
      if (trace > pk.peakTrace) watch.state.peaks[w] = { ...pk, peakTrace: trace, peakStep: line.step };
      if (line.step >= watch.warnFrom && watch.state.peaks[w].startTrace === undefined) watch.state.peaks[w] = { ...watch.state.peaks[w], startTrace: trace, startStep: line.step };
    }
    const { warnings, cleared } = watch.judge(line.step, probe);
    const next = { ...rest, probe };
    if (warnings[0]) next.warning = warnings[0];
    if (cleared.length) next.cleared = cleared;
    out.push(next);
  }
  return { lines: out, histories, watch };
}

/** The run folders named on the command line (a folder without metrics.jsonl: its sub-folders that have one). */
function runDirs(args) {
  return args.flatMap((a) => (existsSync(join(a, "metrics.jsonl")) ? [a] : readdirSync(a).map((n) => join(a, n)).filter((d) => statSync(d).isDirectory() && existsSync(join(d, "metrics.jsonl")))));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const dir of runDirs(process.argv.slice(2))) {
    const cfg = JSON.parse(readFileSync(join(dir, "config.json"), "utf8"));
    const status = JSON.parse(readFileSync(join(dir, "status.json"), "utf8"));
    const lines = readFileSync(join(dir, "metrics.jsonl"), "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l));
    const { lines: out } = replay(lines, cfg.metricsEvery, status.maxSteps);
    const changed = out.filter((l, i) => l.probe && (l.probe.h.diagnosis !== lines[i].probe.h.diagnosis || l.probe.z.diagnosis !== lines[i].probe.z.diagnosis)).length;
    writeFileSync(join(dir, "metrics.jsonl.tmp"), out.map((l) => JSON.stringify(l)).join("\n") + "\n");
    renameSync(join(dir, "metrics.jsonl.tmp"), join(dir, "metrics.jsonl"));
    console.log(`${dir}: ${out.filter((l) => l.probe).length} probes, ${changed} with a different verdict`);
  }
}

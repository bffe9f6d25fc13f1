/**
 * A stand-in training process for the dashboard's end-to-end test, until `nocollapse train` exists: writes a run
 * folder (config.json, status.json, metrics.jsonl) the way the trainer does, one line every `--interval` ms, with a
 * collapse (and its warning line) at `--collapse-at`. Swap it for `bin/nocollapse train ...` in the test later.
 *
 *   node dist/serve/fake-train.js --out runs/vicreg-no-cov --steps 200 --interval 200 --fate dimensional --collapse-at 30
 */
import { appendFileSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { writeFileAtomic } from "../util/fs.js";
import { fakeMetricsLine } from "./fake-run.js";
import { writeStatus, type RunStatus } from "../runfolder/index.js";

const { values } = parseArgs({
  options: {
    out: { type: "string" },
    steps: { type: "string", default: "100" },
    interval: { type: "string", default: "200" },
    fate: { type: "string", default: "healthy" },
    "collapse-at": { type: "string", default: "30" },
    "probe-every": { type: "string", default: "5" },
    method: { type: "string", default: "vicreg" },
    ablation: { type: "string" },
    seed: { type: "string", default: "1" },
  },
});
if (!values.out) {
  process.stderr.write("fake-train: --out DIR is required\n");
  process.exit(2);
}
const out = values.out;
const steps = Number(values.steps);
const fate = values.fate as "healthy" | "dimensional" | "total";
const opts = { fate, collapseAt: Number(values["collapse-at"]), probeEvery: Number(values["probe-every"]), seed: Number(values.seed) };
mkdirSync(out, { recursive: true });
writeFileAtomic(join(out, "config.json"), JSON.stringify({ method: values.method, ablation: values.ablation ?? null, steps, fake: true }));
const status = (state: string, step: number): void =>
  writeStatus(out, { state: state as RunStatus["state"], step, maxSteps: steps, worldSize: 1 });
writeFileSync(join(out, "metrics.jsonl"), "");
status("running", 0);

let step = 0;
const timer = setInterval(() => {
  const line = JSON.stringify(fakeMetricsLine(step, opts)) + "\n";
  // Write a line in two pieces now and then, like a trainer caught mid-write, so readers meet partial lines.
  if (step % 7 === 3) {
    const cut = Math.floor(line.length / 2);
    appendFileSync(join(out, "metrics.jsonl"), line.slice(0, cut));
    setTimeout(() => appendFileSync(join(out, "metrics.jsonl"), line.slice(cut)), 20);
  } else appendFileSync(join(out, "metrics.jsonl"), line);
  if (step % 10 === 0) status("running", step);
  if (++step > steps) {
    clearInterval(timer);
    setTimeout(() => status("done", steps), 40);
  }
}, Number(values.interval));
process.on("SIGTERM", () => {
  clearInterval(timer);
  process.exit(0);
});

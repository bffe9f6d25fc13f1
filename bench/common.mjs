// Shared bench plumbing: machine description, timing, the PyTorch side, and the table / --json output contract:
// {"machine": ..., "rows": [{"name", "ours", "pytorch", "unit", "ratio"}]} with ratio = ours ÷ pytorch.
import { cpus, totalmem, availableParallelism } from "node:os";
import { spawnSync } from "node:child_process";

export const JSON_OUT = process.argv.includes("--json");
export const QUICK = process.argv.includes("--quick");

export function argValue(name, dflt) {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : dflt;
}

export function machine() {
  const c = cpus();
  return `${c.length}× ${c[0]?.model?.trim() ?? "cpu"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}`;
}

export const THREADS = Number(argValue("--threads", String(availableParallelism())));

/** Median wall time (ms) of `fn` over `reps` runs after `warm` warm-ups. */
export function timeMs(fn, reps = 5, warm = 1) {
  for (let i = 0; i < warm; i++) fn();
  const ts = [];
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    fn();
    ts.push(performance.now() - t0);
  }
  ts.sort((a, b) => a - b);
  return ts[Math.floor(ts.length / 2)];
}

/** Runs a Python bench script (Debian python3-torch, or NOCOLLAPSE_PYTHON's) and returns its JSON output. */
export function python(script, args = []) {
  const r = spawnSync(process.env.NOCOLLAPSE_PYTHON || "/usr/bin/python3", [script, ...args], { encoding: "utf8", maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`${script} failed:\n${r.stderr}`);
  return JSON.parse(r.stdout.trim().split("\n").pop());
}

/** Prints the rows as a Markdown table (or the JSON contract with --json). */
export function report(title, rows) {
  const out = { machine: machine(), date: new Date().toISOString().slice(0, 10), threads: THREADS, rows };
  if (JSON_OUT) {
    console.log(JSON.stringify(out));
    return;
  }
  console.log(`\n${title} — ${out.machine}, ${THREADS} thread(s), ${out.date}\n`);
  console.log("| benchmark | nocollapse | PyTorch | unit | ratio (ours ÷ PyTorch) |");
  console.log("|---|---|---|---|---|");
  for (const r of rows) console.log(`| ${r.name} | ${fmt(r.ours)} | ${fmt(r.pytorch)} | ${r.unit} | ${r.ratio.toFixed(2)}× |`);
}

export function row(name, ours, pytorch, unit) {
  return { name, ours, pytorch, unit, ratio: ours / pytorch };
}

function fmt(v) {
  return Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) >= 1 ? v.toFixed(2) : v.toPrecision(3);
}

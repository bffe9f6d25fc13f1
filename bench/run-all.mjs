#!/usr/bin/env node
// npm run bench [-- --quick]: every bench script in turn (each with --json), then one Markdown table per bench —
// the tables the README's performance section shows. Raw results go to bench/results.json.
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const extra = process.argv.includes("--quick") ? ["--quick"] : [];
const benches = [
  ["engine", "Tensor engine (per-op overhead, matmul, ConvNet fwd+bwd)"],
  ["train-step", "Training step"],
  ["augment", "Two-view augmentation"],
  ["analyze", "Streaming collapse analysis of a large .npy"],
  ["ddp", "Data-parallel scaling (1 process vs 2)"],
];
const results = {};
for (const [name, title] of benches) {
  process.stderr.write(`bench ${name} ...\n`);
  const r = spawnSync(process.execPath, [join(here, `${name}.mjs`), "--json", ...extra], { encoding: "utf8", maxBuffer: 1 << 24 });
  if (r.status !== 0) {
    process.stderr.write(`bench ${name} failed:\n${r.stderr}\n`);
    continue;
  }
  const out = JSON.parse(r.stdout.trim().split("\n").pop());
  results[name] = out;
  const machine = typeof out.machine === "string" ? out.machine : Object.entries(out.machine).map(([k, v]) => `${k} ${v}`).join(", ");
  console.log(`\n**${title}** — ${machine}${out.date ? `, ${out.date}` : ""}\n`);
  console.log("| benchmark | nocollapse | PyTorch | unit | ratio |");
  console.log("|---|---|---|---|---|");
  for (const row of out.rows) console.log(`| ${row.name} | ${fmt(row.ours)} | ${fmt(row.pytorch)} | ${row.unit} | ${typeof row.ratio === "number" ? `${row.ratio.toFixed(2)}×` : "–"} |`);
}
writeFileSync(join(here, "results.json"), JSON.stringify(results, null, 2) + "\n");

function fmt(v) {
  if (typeof v !== "number") return v === null || v === undefined ? "–" : String(v);
  return Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) >= 1 ? v.toFixed(2) : v.toPrecision(3);
}

#!/usr/bin/env node
// Checks that the generated ops file matches the addon's libtorch, then runs every compiled *.test.js under dist/ with
// node's built-in test runner (results per test). Extra arguments are passed to `node --test` (e.g. a file filter).
import { spawnSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const files = [];
(function walk(d) {
  for (const f of readdirSync(d)) {
    const p = join(d, f);
    if (statSync(p).isDirectory()) walk(p);
    else if (p.endsWith(".test.js")) files.push(p);
  }
})("dist");
files.sort();
const filter = process.argv.slice(2).filter((a) => !a.startsWith("-"));
const flags = process.argv.slice(2).filter((a) => a.startsWith("-"));
const chosen = filter.length ? files.filter((f) => filter.some((x) => f.includes(x))) : files;

// The typed ops must be those of the libtorch the addon was built with (set-up writes them; a rebuilt addon without
// a new set-up would leave them stale).
const gen = spawnSync(process.execPath, ["scripts/gen-ops.mjs", "--check"], { stdio: "inherit" });
if (gen.status !== 0) process.exit(gen.status ?? 1);

const r = spawnSync(process.execPath, ["--test", "--test-concurrency=2", "--test-reporter=spec", ...flags, ...chosen], { stdio: "inherit" });
process.exit(r.status ?? 1);

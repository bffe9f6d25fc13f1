// Run-folder readers open only regular files: a FIFO or a device in place of status.json, config.json or
// metrics.jsonl is refused at once (before, `report` waited forever for a writer, or read /dev/zero until memory ran out).
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PACKAGE_ROOT } from "../util/paths.js";
import { InputError } from "../util/errors.js";
import { readRun } from "./read.js";

const BIN = join(PACKAGE_ROOT, "bin", "nocollapse");
const root = mkdtempSync(join(tmpdir(), "nc-read-"));

function runFolder(name: string): string {
  const d = join(root, "runs", name);
  mkdirSync(d, { recursive: true });
  writeFileSync(join(d, "metrics.jsonl"), '{"step": 1, "loss": 2}\n');
  writeFileSync(join(d, "config.json"), '{"method": "vicreg", "dataset": "fashion-mnist"}\n');
  return d;
}

test("readRun refuses a FIFO status.json, a /dev/zero config.json and a FIFO metrics.jsonl, naming the file", () => {
  const a = runFolder("fifo-status");
  execFileSync("mkfifo", [join(a, "status.json")]);
  assert.throws(() => readRun(a), (e: unknown) => e instanceof InputError && e.where === join(a, "status.json") && /found a FIFO/.test(e.message));
  const b = runFolder("zero-config");
  rmSync(join(b, "config.json"));
  symlinkSync("/dev/zero", join(b, "config.json"));
  assert.throws(() => readRun(b), (e: unknown) => e instanceof InputError && /config\.json: expected a regular file, found a character device/.test(e.message));
  const c = join(root, "other", "fifo-metrics");
  mkdirSync(c, { recursive: true });
  execFileSync("mkfifo", [join(c, "metrics.jsonl")]);
  assert.throws(() => readRun(c), /metrics\.jsonl: expected a regular file, found a FIFO/);
  // An ordinary run folder still reads, with a corrupt eval.json treated as absent.
  const ok = runFolder("ok");
  writeFileSync(join(ok, "eval.json"), "{half");
  const r = readRun(ok);
  assert.deepEqual([r.metrics.length, r.config?.method, r.eval], [1, "vicreg", null]);
});

test("`report --runs` with a FIFO status.json exits 2 with one line instead of hanging", () => {
  // The timeout only bounds a regression (a hang); the expected run takes about a second.
  const r = spawnSync(process.execPath, [BIN, "report", "--runs", join(root, "runs"), "--out", join(root, "out")], { encoding: "utf8", timeout: 120_000 });
  assert.equal(r.signal, null, "report did not hang");
  assert.equal(r.status, 2, r.stderr);
  assert.match(r.stderr, /^nocollapse: .*fifo-status\/status\.json: expected a regular file, found a FIFO \(named pipe\)/);
  assert.equal(r.stderr.trim().split("\n").length, 1, r.stderr);
});

test.after(() => rmSync(root, { recursive: true, force: true }));

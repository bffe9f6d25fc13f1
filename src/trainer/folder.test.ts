import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { PACKAGE_ROOT } from "../util/paths.js";
import { lockRunFolder } from "../runfolder/index.js";
import { exited, waitUntil } from "../testing/wait.js";

const BIN = join(PACKAGE_ROOT, "bin", "nocollapse");
const tmp = mkdtempSync(join(tmpdir(), "folder-"));
const SMALL = ["--method", "barlow-twins", "--batch-size", "32", "--probe-size", "64", "--metrics-every", "100", "--threads", "1", "--no-progress"];
const env = { ...process.env, NOCOLLAPSE_NO_PROGRESS: "1" };

function run(args: string[]) {
  return spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", env });
}
function oneLine(stderr: string): string {
  const lines = stderr.trim().split("\n");
  assert.equal(lines.length, 1, stderr);
  return lines[0]!;
}

test("the lock: a held folder is refused naming its owner; released, dead or reused-pid locks are taken over", async () => {
  const dir = join(tmp, "lock");
  mkdirSync(dir, { recursive: true });
  const a = lockRunFolder(dir);
  assert.throws(() => lockRunFolder(dir), new RegExp(`is in use by another run \\(pid ${process.pid}, since `));
  a.release();
  assert.ok(!existsSync(join(dir, ".lock")), "released");
  lockRunFolder(dir).release();

  // A process that died (kill -9) left its lock: the pid is gone, so it is stale.
  const child = spawn(process.execPath, ["-e", "0"]);
  await exited(child);
  writeFileSync(join(dir, ".lock"), JSON.stringify({ pid: child.pid, host: hostname(), since: new Date().toISOString() }));
  lockRunFolder(dir).release();
  // A live pid that was started after the lock was written is a reused pid: stale too.
  writeFileSync(join(dir, ".lock"), JSON.stringify({ pid: process.pid === 1 ? 2 : 1, host: hostname(), since: "2000-01-01T00:00:00.000Z" }));
  lockRunFolder(dir).release();
  // The same live pid, locked after it started: held.
  writeFileSync(join(dir, ".lock"), JSON.stringify({ pid: 1, host: hostname(), since: new Date().toISOString() }));
  assert.throws(() => lockRunFolder(dir), /in use by another run \(pid 1,/);
  // Another host's lock cannot be checked: refused, saying how to clear it.
  writeFileSync(join(dir, ".lock"), JSON.stringify({ pid: 1234, host: "elsewhere", since: new Date().toISOString() }));
  assert.throws(() => lockRunFolder(dir), /pid 1234 on elsewhere.*if that process is gone, delete .*\.lock/);
  // A half-written lock (killed between create and write) is stale.
  writeFileSync(join(dir, ".lock"), "{\"pid\": 12");
  lockRunFolder(dir).release();
});

test("two trainers on one --out: the second exits 2 naming the first; SIGTERM stops the first with exit 143 and a checkpoint", async () => {
  const out = join(tmp, "shared");
  const first = spawn(process.execPath, [BIN, "train", ...SMALL, "--max-steps", "100000", "--checkpoint-every", "1000", "--out", out], { stdio: ["ignore", "ignore", "pipe"], env });
  let stderr = "";
  first.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  await waitUntil("the first run to log a step", () => readFileSync(join(out, "metrics.jsonl"), "utf8").length > 0, { process: first });
  const second = run(["train", ...SMALL, "--max-steps", "5", "--out", out]);
  assert.equal(second.status, 2, second.stderr);
  assert.match(oneLine(second.stderr), new RegExp(`^nocollapse: ${out}: is in use by another run \\(pid ${first.pid}, since`));
  first.kill("SIGTERM");
  await exited(first);
  assert.equal(first.exitCode, 143, `a preempted run does not look finished: ${stderr}`);
  const status = JSON.parse(readFileSync(join(out, "status.json"), "utf8")) as { state: string; step: number };
  assert.equal(status.state, "stopped");
  const ck = JSON.parse(readFileSync(join(out, "checkpoint.json"), "utf8")) as { step: number };
  assert.equal(ck.step, status.step, "the checkpoint was written at the step it stopped");
  assert.ok(!existsSync(join(out, ".lock")), "the lock is released on the way out");
});

test("an existing run is refused without --resume or --overwrite; --overwrite deletes every derived file", () => {
  const out = join(tmp, "existing");
  assert.equal(run(["train", ...SMALL, "--max-steps", "3", "--out", out]).status, 0);
  writeFileSync(join(out, "eval.json"), JSON.stringify({ linearTop1: 99 })); // the old model's accuracy
  const again = run(["train", ...SMALL, "--max-steps", "3", "--out", out]);
  assert.equal(again.status, 2);
  assert.match(oneLine(again.stderr), /already holds a run \(done at step 3 of 3\); pass --resume to continue it, or --overwrite to delete it and start over/);
  const over = run(["train", ...SMALL, "--max-steps", "2", "--out", out, "--overwrite"]);
  assert.equal(over.status, 0, over.stderr);
  assert.ok(!existsSync(join(out, "eval.json")), "no stale eval.json describes the new model");
  assert.equal(readFileSync(join(out, "metrics.jsonl"), "utf8").trim().split("\n").length, 2);
});

test("--resume without a checkpoint says so; --out naming a file is refused", () => {
  const fresh = run(["train", ...SMALL, "--max-steps", "1", "--out", join(tmp, "fresh"), "--resume"]);
  assert.equal(fresh.status, 0, fresh.stderr);
  assert.match(fresh.stderr, /has no checkpoint: starting a new run/);
  const file = join(tmp, "a-file");
  writeFileSync(file, "x");
  const r = run(["train", ...SMALL, "--max-steps", "1", "--out", file]);
  assert.equal(r.status, 2);
  assert.match(oneLine(r.stderr), /^nocollapse: --out: .*a-file is a file, not a run folder$/);
  const inside = run(["train", ...SMALL, "--max-steps", "1", "--out", join(file, "run")]);
  assert.equal(inside.status, 2);
  assert.match(oneLine(inside.stderr), /^nocollapse: --out: cannot create the run folder .*a-file\/run/);
});

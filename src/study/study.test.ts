import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync, existsSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PACKAGE_ROOT } from "../util/paths.js";
import { METHODS, studyRuns } from "../methods/index.js";
import type { Summary } from "../report/index.js";
import { exited, waitUntil } from "../testing/wait.js";

const BIN = join(PACKAGE_ROOT, "bin", "nocollapse");
const SMOKE_RUNS = studyRuns("smoke");

test("study --smoke runs every method and control end to end, writes summary.json and the report, and reuses finished runs", { timeout: 300_000 }, () => {
  const out = mkdtempSync(join(tmpdir(), "study-"));
  const env = { ...process.env, NOCOLLAPSE_NO_PROGRESS: "1" };
  const r = spawnSync(process.execPath, [BIN, "study", "--smoke", "--out", out], { encoding: "utf8", env });
  assert.equal(r.status, 0, r.stderr);
  const summary = JSON.parse(readFileSync(join(out, "summary.json"), "utf8")) as Summary;
  assert.equal(summary.dataset, "fashion-mnist");
  assert.deepEqual(summary.runs.map((x) => x.name), SMOKE_RUNS.map((x) => x.name));
  for (const family of ["info-max", "contrastive", "self-distillation", "clustering", "control"]) {
    assert.ok(summary.runs.some((r) => METHODS[r.method]?.family === family), `the study covers the ${family} family`);
  }
  for (const run of summary.runs) {
    assert.ok(run.method in METHODS, run.method);
    assert.ok(run.ablation === null || run.ablation in METHODS[run.method]!.ablations, String(run.ablation));
    assert.equal(run.steps, 4, `${run.name} trained its 4 steps`);
    assert.ok(typeof run.linearTop1 === "number" && run.linearTop1 > 10, `${run.name} was evaluated (${run.linearTop1})`);
    assert.ok(typeof run.knnTop1 === "number");
    for (const w of ["h", "z"] as const) {
      assert.ok(["healthy", "dimensional-collapse", "total-collapse"].includes(String(run.diagnosis[w])));
      assert.ok(typeof run.effectiveRank[w] === "number" && typeof run.entropy[w] === "number");
    }
    assert.ok(run.collapseStep === null || typeof run.collapseStep === "number");
  }
  assert.ok(summary.baseline && summary.baseline.linearTop1! > 10, "random-init baseline evaluated");
  const html = readFileSync(join(out, "report.html"), "utf8");
  assert.doesNotMatch(html, /<script[^>]+src=["']https?:/, "offline: no external scripts");
  for (const png of ["spectra.png", "rank-over-time.png", "loss-terms.png", "accuracy.png"]) {
    assert.ok(existsSync(join(out, png)) && statSync(join(out, png)).size > 1000, png);
  }
  assert.match(r.stdout, /report: .*report\.html/);

  // Started again: every run is reused, nothing retrains.
  const again = spawnSync(process.execPath, [BIN, "study", "--smoke", "--out", out], { encoding: "utf8", env });
  assert.equal(again.status, 0, again.stderr);
  assert.equal((again.stderr.match(/: reused/g) ?? []).length, SMOKE_RUNS.length + 1, again.stderr);
});

test("study --config: the train overrides apply to the random-init baseline too (same encoder as the runs)", { timeout: 300_000 }, () => {
  const out = mkdtempSync(join(tmpdir(), "study-config-"));
  const config = join(out, "study.yaml");
  writeFileSync(config, "runs: [vicreg]\ntrain:\n  projector: 64-32\n  lr: 0.002\n");
  const r = spawnSync(process.execPath, [BIN, "study", "--smoke", "--out", out, "--config", config], { encoding: "utf8", env: { ...process.env, NOCOLLAPSE_NO_PROGRESS: "1" } });
  assert.equal(r.status, 0, r.stderr);
  const summary = JSON.parse(readFileSync(join(out, "summary.json"), "utf8")) as Summary;
  assert.deepEqual(summary.runs.map((x) => x.name), ["vicreg"]);
  for (const dir of [join(out, "runs", "vicreg"), join(out, "baseline-random")]) {
    const cfg = JSON.parse(readFileSync(join(dir, "config.json"), "utf8")) as { projector: string; lr: number };
    assert.equal(cfg.projector, "64-32", dir);
    assert.equal(cfg.lr, 0.002, dir);
  }
});

test("a study killed (SIGKILL) or stopped (SIGTERM) leaves no training behind, and started again resumes it", { timeout: 900_000 }, async () => {
  const out = mkdtempSync(join(tmpdir(), "study-stop-"));
  const config = join(out, "study.yaml");
  writeFileSync(config, "runs: [vicreg]\nsteps: 400\nbatchSize: 32\nmetricsEvery: 10\nprobeSize: 64\nevalTrain: 500\nevalTest: 200\nconcurrency: 1\n");
  const args = [BIN, "study", "--smoke", "--out", out, "--config", config];
  const env = { ...process.env, NOCOLLAPSE_NO_PROGRESS: "1" };
  const run = join(out, "runs", "vicreg");
  const steps = () => (existsSync(join(run, "metrics.jsonl")) ? readFileSync(join(run, "metrics.jsonl"), "utf8").trim().split("\n").filter(Boolean).length : 0);
  const alive = (pid: number) => { try { process.kill(pid, 0); return true; } catch { return false; } };
  const trainPid = () => (JSON.parse(readFileSync(join(run, "status.json"), "utf8")) as { pid: number }).pid;

  // 1. SIGKILL: the study cannot pass anything on; its training notices and stops with a checkpoint.
  let study = spawn(process.execPath, args, { env, stdio: "ignore" });
  await waitUntil("the training to pass its first checkpoint", () => steps() > 110, { process: study });
  const pid1 = trainPid();
  study.kill("SIGKILL");
  await waitUntil(`training process ${pid1} to stop after its parent was killed`, () => !alive(pid1));
  assert.equal((JSON.parse(readFileSync(join(run, "status.json"), "utf8")) as { state: string }).state, "stopped");
  const stoppedAt = steps();
  assert.ok(stoppedAt < 400, "stopped mid-run");

  // 2. SIGTERM: passed on to the training, which checkpoints; the study exits 130 and says how to resume.
  study = spawn(process.execPath, args, { env, stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  study.stderr!.on("data", (d: Buffer) => (stderr += d.toString()));
  const studyExit = exited(study);
  await waitUntil("the resumed training to move on", () => existsSync(join(run, "status.json")) && trainPid() !== pid1 && steps() > stoppedAt + 5, { process: study });
  const pid2 = trainPid();
  study.kill("SIGTERM");
  assert.equal(await studyExit, 130, stderr);
  assert.match(stderr, /study stopped by SIGTERM; .*start the same command again to resume/);
  await waitUntil(`training process ${pid2} to stop`, () => !alive(pid2));
  assert.ok(!existsSync(join(run, "eval.json")), "a stopped run is not evaluated");

  // 3. Started again: the run resumes from its checkpoint and the study completes.
  const last = spawnSync(process.execPath, args, { encoding: "utf8", env });
  assert.equal(last.status, 0, last.stderr);
  assert.match(readFileSync(join(run, "train.log"), "utf8"), /resuming .* at step \d+\/400/);
  assert.equal(steps(), 400);
  assert.ok(existsSync(join(run, "eval.json")));
});

test("a study config whose train: section is wrong is refused before any run starts, naming the key", () => {
  const out = mkdtempSync(join(tmpdir(), "study-bad-train-"));
  const config = join(out, "study.yaml");
  for (const [train, msg] of [
    ["  lrr: 0.1", /study\.yaml: train: lrr: unknown key/],
    ["  lr: -1", /study\.yaml: train: lr: /],
  ] as const) {
    writeFileSync(config, `runs: [vicreg]\ntrain:\n${train}\n`);
    const r = spawnSync(process.execPath, [BIN, "study", "--smoke", "--out", join(out, "s"), "--config", config], { encoding: "utf8", env: { ...process.env, NOCOLLAPSE_NO_PROGRESS: "1" } });
    assert.equal(r.status, 2, r.stderr);
    assert.match(r.stderr, msg);
    assert.equal(r.stderr.trim().split("\n").length, 1, r.stderr);
    assert.ok(!existsSync(join(out, "s", "runs", "vicreg")), "no run was started");
  }
});

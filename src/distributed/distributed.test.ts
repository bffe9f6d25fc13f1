import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { createServer } from "node:net";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PACKAGE_ROOT } from "../util/paths.js";
import { readDistEnv } from "./env.js";
import { exited, waitUntil } from "../testing/wait.js";

const BIN = join(PACKAGE_ROOT, "bin", "nocollapse");
const tmp = mkdtempSync(join(tmpdir(), "ddp-"));
const SMALL = ["--probe-size", "64", "--metrics-every", "100", "--no-progress"];

function run(args: string[], env: Record<string, string> = {}) {
  const clean = { ...process.env };
  for (const k of ["RANK", "WORLD_SIZE", "LOCAL_RANK", "MASTER_ADDR", "MASTER_PORT"]) delete clean[k];
  return spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", env: { ...clean, NOCOLLAPSE_NO_PROGRESS: "1", ...env } });
}
function losses(dir: string): number[] {
  return readFileSync(join(dir, "metrics.jsonl"), "utf8").trim().split("\n").map((l) => (JSON.parse(l) as { loss: number }).loss);
}

test("the torchrun environment is read and checked", () => {
  assert.equal(readDistEnv({}), null);
  assert.deepEqual(readDistEnv({ RANK: "1", WORLD_SIZE: "4", LOCAL_RANK: "1", MASTER_ADDR: "10.0.0.1", MASTER_PORT: "1234" }), {
    rank: 1, worldSize: 4, localRank: 1, masterAddr: "10.0.0.1", masterPort: 1234,
  });
  assert.throws(() => readDistEnv({ RANK: "0" }), /WORLD_SIZE: RANK is set but WORLD_SIZE is not/);
  assert.throws(() => readDistEnv({ RANK: "2", WORLD_SIZE: "2" }), /RANK: RANK 2 must be smaller than WORLD_SIZE 2/);
  assert.throws(() => readDistEnv({ RANK: "0", WORLD_SIZE: "2", MASTER_PORT: "70000" }), /MASTER_PORT: expected a port in 1..65535/);
});

test("bad launch environments exit 2 with one clear line", async () => {
  let r = run(["train", "--method", "vicreg", "--max-steps", "1"], { RANK: "0" });
  assert.equal(r.status, 2);
  assert.match(r.stderr, /^nocollapse: WORLD_SIZE: RANK is set but WORLD_SIZE is not/m);
  r = run(["train", "--method", "vicreg", "--max-steps", "1"], { RANK: "3", WORLD_SIZE: "2" });
  assert.equal(r.status, 2);
  assert.match(r.stderr, /RANK 3 must be smaller than WORLD_SIZE 2/);
  // Port in use: something else listens on MASTER_PORT, so rank 0 cannot host the rendezvous store.
  const server = createServer().listen(0, "127.0.0.1");
  await new Promise((res) => server.once("listening", res));
  const port = (server.address() as { port: number }).port;
  r = run(["train", "--method", "vicreg", "--max-steps", "1", "--out", join(tmp, "port")], { RANK: "0", WORLD_SIZE: "2", MASTER_PORT: String(port) });
  server.close();
  assert.equal(r.status, 2, r.stderr);
  assert.match(r.stderr, new RegExp(`MASTER_PORT: port ${port} on 127.0.0.1 is already in use`));
  assert.doesNotMatch(r.stderr, /at .*\.js:\d+/, "no stack trace");
});

for (const method of ["barlow-twins", "vicreg"]) {
  test(`${method}: 2 processes give the loss trajectory of 1 process on the same global batch (sync BN, gather with gradient)`, () => {
    const common = ["train", "--method", method, "--batch-size", "128", "--sync-bn", "--max-steps", "20", "--dtype", "float64", ...SMALL];
    const one = run([...common, "--out", join(tmp, `${method}-1`), "--threads", "2"]);
    assert.equal(one.status, 0, one.stderr);
    const two = run([...common, "--out", join(tmp, `${method}-2`), "--nproc-per-node", "2"]);
    assert.equal(two.status, 0, two.stderr);
    const a = losses(join(tmp, `${method}-1`));
    const b = losses(join(tmp, `${method}-2`));
    assert.equal(a.length, 20);
    assert.equal(b.length, 20);
    a.forEach((x, i) => assert.ok(Math.abs(x - b[i]!) <= 1e-5 * Math.abs(x), `step ${i + 1}: ${x} vs ${b[i]}`));
    const status = JSON.parse(readFileSync(join(tmp, `${method}-2`, "status.json"), "utf8")) as { worldSize: number };
    assert.equal(status.worldSize, 2);
  });
}

test("a worker killed with SIGKILL stops the group within 60 s naming the rank, and --resume continues", async () => {
  const dir = join(tmp, "kill");
  const args = ["train", "--method", "barlow-twins", "--batch-size", "64", "--max-steps", "40", "--checkpoint-every", "4", "--nproc-per-node", "2", "--out", dir, ...SMALL];
  const clean = { ...process.env, NOCOLLAPSE_NO_PROGRESS: "1" };
  const launcher = spawn(process.execPath, [BIN, ...args], { env: clean, stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  launcher.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  const launcherExit = exited(launcher);
  // Wait for a checkpoint, then kill rank 0 (its pid is in status.json) mid-run.
  const ckStep = () => (JSON.parse(readFileSync(join(dir, "checkpoint.json"), "utf8")) as { step: number }).step;
  await waitUntil("the group's first checkpoint", () => ckStep() >= 4, { process: launcher });
  const pid = (JSON.parse(readFileSync(join(dir, "status.json"), "utf8")) as { pid: number }).pid;
  const t0 = Date.now();
  process.kill(pid, "SIGKILL");
  const code = await launcherExit;
  assert.ok(Date.now() - t0 < 60_000, "the group stopped within 60 s");
  assert.equal(code, 1);
  assert.match(stderr, /nocollapse: worker rank 0 \(pid \d+\) was killed by SIGKILL; stopped the other 1 rank\(s\)/);
  const resumed = run([...args, "--resume"]);
  assert.equal(resumed.status, 0, resumed.stderr);
  assert.match(resumed.stderr, /resuming .* at step \d+\/40/);
  assert.equal(losses(dir).length, 40);
});

test("rendezvous through a FileStore (MASTER_ADDR=file://...) instead of a TCP port", () => {
  const dir = join(tmp, "filestore");
  const r = run(["train", "--method", "vicreg", "--batch-size", "32", "--max-steps", "3", "--nproc-per-node", "2",
    "--master-addr", `file://${join(tmp, "store-file")}`, "--out", dir, ...SMALL]);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(losses(dir).length, 3);
});

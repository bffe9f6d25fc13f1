import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PACKAGE_ROOT } from "../util/paths.js";

const WORKER = join(PACKAGE_ROOT, "dist", "testing", "reducer-worker.js");

async function freePort(): Promise<number> {
  const server = createServer().listen(0, "127.0.0.1");
  await new Promise((res) => server.once("listening", res));
  const port = (server.address() as { port: number }).port;
  await new Promise((res) => server.close(res));
  return port;
}

test("GradientReducer (PyTorch's DDP Reducer) averages gradients over 2 ranks, with rebuilt buckets, and names an unused parameter", async () => {
  const dir = mkdtempSync(join(tmpdir(), "reducer-"));
  const port = await freePort();
  const world = 2;
  const codes = await Promise.all(Array.from({ length: world }, (_, rank) => new Promise<{ code: number | null; stderr: string }>((res) => {
    const p = spawn(process.execPath, [WORKER, join(dir, `rank${rank}.json`)], {
      env: { ...process.env, RANK: String(rank), WORLD_SIZE: String(world), LOCAL_RANK: String(rank), MASTER_ADDR: "127.0.0.1", MASTER_PORT: String(port), OMP_NUM_THREADS: "1" },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    p.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    p.on("exit", (code) => res({ code, stderr }));
  })));
  for (const c of codes) assert.equal(c.code, 0, c.stderr);
  const out = [0, 1].map((r) => JSON.parse(readFileSync(join(dir, `rank${r}.json`), "utf8")) as {
    overlapped: boolean; iterations: { got: number[][]; want: number[][] }[]; unusedError: string;
  });
  for (const o of out) {
    assert.equal(o.overlapped, true, "the Reducer is bound on this libtorch");
    assert.equal(o.iterations.length, 3);
    for (const { got, want } of o.iterations) {
      for (let k = 0; k < want.length; k++) {
        for (let j = 0; j < want[k]!.length; j++) {
          assert.ok(Math.abs(got[k]![j]! - want[k]![j]!) <= 1e-12 * (1 + Math.abs(want[k]![j]!)), `param ${k}[${j}]: ${got[k]![j]} vs ${want[k]![j]}`);
        }
      }
    }
    // The averaged gradients are the same on both ranks, bit for bit.
    assert.deepEqual(o.iterations, out[0]!.iterations);
    assert.match(o.unusedError, /finished reduction in the prior iteration/);
  }
});

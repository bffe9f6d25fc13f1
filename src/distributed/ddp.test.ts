import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PACKAGE_ROOT } from "../util/paths.js";
import { launchLocal } from "./launch.js";

const WORKER = join(PACKAGE_ROOT, "dist", "testing", "reducer-worker.js");

test("GradientReducer (PyTorch's DDP Reducer) averages gradients over 2 ranks, with rebuilt buckets, and names an unused parameter", async () => {
  const dir = mkdtempSync(join(tmpdir(), "reducer-"));
  const r = await launchLocal({ nprocPerNode: 2, command: [process.execPath, WORKER, dir] });
  assert.equal(r.code, 0, r.failure ?? "");
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

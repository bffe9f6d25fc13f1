// Checkpoint state and tensors are validated on load: each tampering below is refused naming the file and the field
// (or tensor), and an untouched checkpoint round-trips.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { tensor, tidy, type Tensor } from "../tensor/index.js";
import { InputError } from "../util/errors.js";
import { checkOptimizerTensors, checkpointPath, loadCheckpoint, runFingerprint, saveCheckpoint, type CheckpointState } from "./checkpoint.js";

const root = mkdtempSync(join(tmpdir(), "nc-ckpt-"));
let n = 0;

const STATE: CheckpointState = {
  version: 1, step: 6, loader: { epoch: 1, index: 2 },
  optimizerScalars: { "fc.weight.step": 6, "fc.bias.step": 6, "group.0.lr": 0.001 },
  seconds: 1.5, lastDiagnosis: { h: "healthy", z: "dimensional-collapse" }, collapseStep: 5,
  peaks: { h: { peakTrace: 2, peakStep: 4 }, z: { peakTrace: 1, peakStep: 6 } }, fingerprint: "0123456789abcdef",
};

/** A checkpoint of a tiny model (fc + a BatchNorm counter) with Adam-like optimizer slots, as the trainer writes. */
function write(edit: { state?: (s: Record<string, unknown>) => void; drop?: string; shape?: string } = {}): string {
  const dir = join(root, `ck${n++}`);
  mkdirSync(dir);
  const state = structuredClone(STATE) as unknown as Record<string, unknown>;
  edit.state?.(state);
  tidy(() => {
    const model = new Map<string, Tensor>([
      ["fc.weight", tensor([[1, 2, 3], [4, 5, 6]])], ["fc.bias", tensor([0.5, -0.5])],
      ["bn.num_batches_tracked", tensor([6], undefined, "int64").reshape([])],
    ]);
    const optim = new Map<string, Tensor>();
    for (const p of ["fc.weight", "fc.bias"]) {
      for (const s of ["exp_avg", "exp_avg_sq"]) {
        const k = `${p}.${s}`;
        if (k === edit.drop) continue;
        const like = model.get(p)!;
        optim.set(k, k === edit.shape ? tensor([1, 2, 3]) : like.mul(0.1));
      }
    }
    saveCheckpoint(dir, model, optim, state as unknown as CheckpointState);
  });
  return dir;
}

/** Rewrites the safetensors header of `dir`'s checkpoint (same data bytes). */
function editHeader(dir: string, fn: (h: Record<string, { dtype: string }>) => void): void {
  const path = checkpointPath(dir);
  const buf = readFileSync(path);
  const len = Number(buf.readBigUInt64LE(0));
  const header = JSON.parse(buf.subarray(8, 8 + len).toString("utf8")) as Record<string, { dtype: string }>;
  fn(header);
  let json = JSON.stringify(header);
  json = json.padEnd(Math.ceil(json.length / 8) * 8, " ");
  const head = Buffer.alloc(8);
  head.writeBigUInt64LE(BigInt(Buffer.byteLength(json)));
  writeFileSync(path, Buffer.concat([head, Buffer.from(json), buf.subarray(8 + len)]));
}

const refused = (dir: string, re: RegExp, opts = {}) =>
  assert.throws(() => loadCheckpoint(dir, opts), (e: unknown) => e instanceof InputError && e.message.startsWith(checkpointPath(dir)) && re.test(e.message), `expected ${re}`);

test("an untouched checkpoint loads: state, model and optimizer tensors", () => {
  const ck = loadCheckpoint(write(), { dtype: "float32" })!;
  assert.deepEqual(ck.state, STATE);
  assert.deepEqual([...ck.model.keys()], ["fc.weight", "fc.bias", "bn.num_batches_tracked"]);
  assert.deepEqual(ck.model.get("fc.weight")!.toArray(), [[1, 2, 3], [4, 5, 6]]);
  assert.equal(ck.optim.size, 4);
  for (const t of [...ck.model.values(), ...ck.optim.values()]) t.dispose();
  assert.equal(loadCheckpoint(join(root, "none")), null);
});

test("a non-numeric, negative, fractional or out-of-range step is refused naming the field", () => {
  refused(write({ state: (s) => (s.step = "abc") }), /: step: .*expected number/i);
  refused(write({ state: (s) => (s.step = -1) }), /: step: /);
  refused(write({ state: (s) => (s.step = 2.5) }), /: step: .*int/i);
  refused(write({ state: (s) => (s.step = 1e300) }), /: step: /);
  refused(write({ state: (s) => (s.loader = { epoch: 0, index: -3 }) }), /: loader\.index: /);
  refused(write({ state: (s) => (s.collapseStep = 9) }), /: collapseStep: 9 is after the checkpoint's step 6/);
  refused(write({ state: (s) => ((s.optimizerScalars as Record<string, number>)["fc.bias.step"] = 7) }), /: optimizerScalars\.fc\.bias\.step: expected a whole number of steps in 0\.\.6, got 7/);
  refused(write({ state: (s) => (s.lastDiagnosis = { h: "fine", z: "healthy" }) }), /: lastDiagnosis\.h: /);
  refused(write({ state: (s) => delete s.fingerprint }), /: fingerprint: /);
  refused(write({ state: (s) => (s.extra = 1) }), /: extra: unknown field in the checkpoint state/);
  refused(write({ state: (s) => (s.version = 2) }), /: version: checkpoint version 2 is not supported \(expected 1\)/);
});

test("missing optimizer tensors, a wrong optimizer shape and step counts without tensors are refused", () => {
  refused(write({ drop: "fc.bias.exp_avg_sq" }), /: missing optimizer tensor optim\.fc\.bias\.exp_avg_sq: a resume would not be exact/);
  refused(write({ shape: "fc.weight.exp_avg" }), /\[optim\.fc\.weight\.exp_avg\]: shape \[3\], the parameter is \[2, 3\]/);
  refused(write({ state: (s) => (s.optimizerScalars = { "group.0.lr": 0.1 }) }), /\[optim\.fc\.weight\.exp_avg\]: optimizer tensor of 'fc\.weight', which has no step count/);
  refused(write({ state: (s) => ((s.optimizerScalars as Record<string, number>)["conv.weight.step"] = 6) }), /optimizerScalars\.conv\.weight\.step: no model parameter 'conv\.weight'/);
});

test("a tensor relabelled to another dtype is refused naming the tensor", () => {
  const a = write();
  editHeader(a, (h) => (h["model.fc.weight"]!.dtype = "I32")); // same 4 bytes per value: only the label changed
  refused(a, /\[model\.fc\.weight\]: dtype int32, expected float32 or float64/);
  const b = write();
  editHeader(b, (h) => (h["model.bn.num_batches_tracked"]!.dtype = "F64"));
  refused(b, /\[model\.bn\.num_batches_tracked\]: dtype float64, expected int64/);
  // A float32 checkpoint where the run says float64.
  refused(write(), /\[model\.fc\.weight\]: dtype float32, but the run's tensors are float64/, { dtype: "float64" });
});

test("checkOptimizerTensors names the missing keys; runFingerprint ignores the output folder and logging", () => {
  checkOptimizerTensors(["a.exp_avg"], new Map([["a.exp_avg", 1]]), "ck");
  assert.throws(() => checkOptimizerTensors(["a.m", "b.m", "c.m", "d.m", "e.m"], ["a.m"], "run/checkpoint.safetensors"),
    /InputError: run\/checkpoint\.safetensors: missing optimizer tensors optim\.b\.m, optim\.c\.m, optim\.d\.m and 1 more: a resume would not be exact$/);
  const cfg = { method: "vicreg", lr: 0.001, out: "a", threads: 2, metricsEvery: 5 };
  assert.equal(runFingerprint(cfg), runFingerprint({ ...cfg, out: "b", threads: 1, metricsEvery: 50 }));
  assert.notEqual(runFingerprint(cfg), runFingerprint({ ...cfg, lr: 0.002 }));
  assert.match(runFingerprint(cfg), /^[0-9a-f]{16}$/);
});

test.after(() => rmSync(root, { recursive: true, force: true }));

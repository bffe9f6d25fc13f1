import { test } from "node:test";
import assert from "node:assert/strict";
import { onDevice, testDevices } from "../testing/devices.js";
import { InputError } from "../util/errors.js";
import {
  arange, autocast, autocastState, cudaDeviceCount, eye, full, fullPrecision, manualSeed, ones, randn, resolveDevice, tensor,
  tidy, torchVersion, zeros, checkPrecision, isDeviceSpec, deviceType, deviceIndex, withoutAutocast,
} from "./index.js";

test("device specs: auto is the first GPU when there is one, else the CPU; a missing or malformed device is bad input saying why", () => {
  assert.equal(resolveDevice("auto"), cudaDeviceCount() > 0 ? "cuda:0" : "cpu");
  assert.equal(resolveDevice("cpu"), "cpu");
  assert.deepEqual(["auto", "cpu", "cuda", "cuda:3"].map(isDeviceSpec), [true, true, true, true]);
  assert.deepEqual(["gpu", "cuda:", "cuda:x", "CPU", "mps"].map(isDeviceSpec), [false, false, false, false, false]);
  assert.deepEqual([deviceType("cuda:1"), deviceType("cpu"), deviceIndex("cuda:2"), deviceIndex("cuda")], ["cuda", "cpu", 2, 0]);
  assert.throws(() => resolveDevice("gpu"), (e: unknown) => e instanceof InputError && e.where === "--device" && /expected auto, cpu, cuda or cuda:N, got 'gpu'/.test(e.message));
  const gpus = cudaDeviceCount();
  if (gpus === 0) {
    const why = torchVersion().cudaBuilt ? /no GPU is visible/ : /is a CPU build/;
    assert.throws(() => resolveDevice("cuda"), (e: unknown) => e instanceof InputError && why.test(e.message));
  } else {
    assert.equal(resolveDevice("cuda"), "cuda:0");
    assert.throws(() => resolveDevice(`cuda:${gpus}`), (e: unknown) => e instanceof InputError && new RegExp(`${gpus} GPU\\(s\\) are visible`).test(e.message));
  }
  assert.throws(() => checkPrecision("bf16", "cpu"), (e: unknown) => e instanceof InputError && /expected one of 32, bf16-mixed, 16-mixed/.test(e.message));
  assert.equal(checkPrecision("bf16-mixed", "cpu"), "bf16-mixed");
});

for (const device of testDevices()) {
  test(onDevice(device, "factories put their tensor on the device with the dtype asked for, with the values of the CPU's"), () => {
    tidy(() => {
      const made = [zeros([2, 3], { device }), ones([2], { dtype: "float64", device }), full([2], 7, { dtype: "int32", device }),
        eye(3, { device }), arange(5, { device }), tensor([[1, 2], [3, 4]], undefined, { dtype: "float64", device })];
      const want = resolveDevice(device);
      for (const t of made) assert.equal(t.device, want);
      assert.deepEqual(made.map((t) => t.dtype), ["float32", "float64", "int32", "float32", "int64", "float64"]);
      assert.deepEqual(made[2]!.toArray(), [7, 7]);
      assert.deepEqual(made[3]!.toArray(), [[1, 0, 0], [0, 1, 0], [0, 0, 1]]);
      assert.deepEqual(made[5]!.toArray(), [[1, 2], [3, 4]]);
      // A copy there and back is exact; a non-blocking copy from pinned memory gives the same bytes once synced.
      const x = randn([64, 33], "float64");
      assert.deepEqual(x.toDevice(device).toDevice("cpu").toFloat64Array(), x.toFloat64Array());
      const pinned = tensor(new Uint8Array([1, 2, 3, 250]), [4], { dtype: "uint8", pinned: true });
      assert.deepEqual(Array.from(pinned.to({ device, nonBlocking: true }).data() as Uint8Array), [1, 2, 3, 250]);
    });
  });

  test(onDevice(device, "autocast runs matmuls in bfloat16 and restores the previous state on every way out, nested too"), () => {
    tidy(() => {
      const a = randn([8, 8], { device });
      assert.equal(autocastState(device).enabled, false);
      assert.equal(autocast(device, "bfloat16", () => a.matmul(a)).dtype, "bfloat16");
      assert.equal(a.matmul(a).dtype, "float32", "off again after the region");
      assert.throws(() => autocast(device, "bfloat16", () => { throw new Error("boom"); }), /boom/);
      assert.equal(autocastState(device).enabled, false, "restored after a throw");
      autocast(device, "bfloat16", () => {
        assert.equal(withoutAutocast(() => a.matmul(a)).dtype, "float32", "withoutAutocast inside a region");
        assert.equal(autocastState(device).enabled, true, "the outer region is back on");
      });
      assert.equal(autocast(device, null, () => a.matmul(a)).dtype, "float32", "null dtype: no autocast");
    });
  });

  test(onDevice(device, "fullPrecision: bfloat16 arguments arrive in float32 with autocast off, and gradients flow back through the cast"), () => {
    tidy(() => {
      manualSeed(3);
      const x = randn([16, 4], { device }).requiresGrad_();
      const seen: string[] = [];
      const loss = fullPrecision((zs: ReturnType<typeof randn>[], w: number) => {
        seen.push(...zs.map((z) => z.dtype), String(autocastState(device).enabled), zs[0]!.matmul(zs[0]!.t()).dtype);
        return zs[0]!.square().sum().mul(w);
      });
      const l = autocast(device, "bfloat16", () => loss([x.matmul(eye(4, { device })), x], 0.5)); // the matmul gives bfloat16
      assert.deepEqual(seen, ["float32", "float32", "false", "float32"]);
      assert.equal(l.dtype, "float32");
      l.backward();
      // d/dx of 0.5·Σ(x·I)² is x, to bfloat16's precision (8 bits of mantissa).
      const g = x.grad!.toFloat64Array(), v = x.toFloat64Array();
      let err = 0;
      for (let i = 0; i < g.length; i++) err = Math.max(err, Math.abs(g[i]! - v[i]!) / Math.max(1, Math.abs(v[i]!)));
      assert.ok(err < 1e-2, `gradient through the bfloat16 matmul: max rel. error ${err}`);
    });
  });
}

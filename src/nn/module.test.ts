import { test } from "node:test";
import assert from "node:assert/strict";
import { memoryGrowth } from "../testing/memory.js";
import { tensor, zeros, randn, tidy, noGrad, memory, manualSeed, resolveDevice, type Tensor } from "../tensor/index.js";
import { onDevice, testDevices } from "../testing/devices.js";
import { InputError } from "../util/errors.js";
import { Module, Linear, Conv2d, BatchNorm1d, BatchNorm2d, ReLU, MaxPool2d, AdaptiveAvgPool2d, Flatten, Sequential } from "./index.js";
import { runParity, assertParity } from "../testing/module-parity.js";

class Net extends Module {
  readonly body = this.registerModule("body", new Sequential(new Linear(4, 8), new BatchNorm1d(8), new ReLU()));
  readonly head = this.registerModule("head", new Linear(8, 2, { bias: false }));
  forward(x: Tensor): Tensor {
    return this.head.forward(this.body.forward(x));
  }
}

test("dotted names, order, buffers and counts follow PyTorch", () => {
  const m = new Net();
  assert.deepEqual([...m.namedParameters().keys()], ["body.0.weight", "body.0.bias", "body.1.weight", "body.1.bias", "head.weight"]);
  assert.deepEqual([...m.namedBuffers().keys()], ["body.1.running_mean", "body.1.running_var", "body.1.num_batches_tracked"]);
  assert.deepEqual([...m.stateDict().keys()], [
    "body.0.weight", "body.0.bias", "body.1.weight", "body.1.bias", "body.1.running_mean", "body.1.running_var",
    "body.1.num_batches_tracked", "head.weight",
  ]);
  assert.equal(m.numParameters(), 4 * 8 + 8 + 8 + 8 + 16);
  assert.equal(m.namedBuffers().get("body.1.num_batches_tracked")!.dtype, "int64");
  assert.deepEqual([...m.children().keys()], ["body", "head"]);
  assert.deepEqual([...m.namedModules().keys()], ["", "body", "body.0", "body.1", "body.2", "head"]);
  for (const p of m.parameters()) assert.equal(p.requiresGrad, true);
  m.eval();
  assert.ok([...m.namedModules().values()].every((x) => !x.training));
  m.train();
  assert.ok([...m.namedModules().values()].every((x) => x.training));
  m.dispose();
});

test("parameters built inside tidy survive it; dispose frees them all", () => {
  const before = memory().liveTensors;
  const m = tidy(() => new Net());
  const n = m.stateDict().size;
  assert.equal(memory().liveTensors - before, n);
  assert.ok(m.parameters().every((p) => !p.isDisposed));
  m.dispose();
  assert.equal(memory().liveTensors, before);
});

test("loadStateDict copies into the existing tensors, and names missing / unexpected / mis-shaped keys", () => {
  const a = new Net();
  const b = new Net();
  const w = b.namedParameters().get("head.weight")!;
  b.loadStateDict(a.stateDict());
  assert.equal(b.namedParameters().get("head.weight"), w, "same tensor object (optimizers keep their references)");
  for (const [k, t] of a.stateDict()) assert.deepEqual(b.stateDict().get(k)!.toArray(), t.toArray(), k);

  const sd = new Map(a.stateDict());
  sd.delete("head.weight");
  const extra = zeros([3]);
  sd.set("head.bias", extra);
  assert.throws(() => b.loadStateDict(sd), (e: unknown) => e instanceof InputError && /missing keys: head\.weight/.test(e.message) && /unexpected keys: head\.bias/.test(e.message));
  const r = b.loadStateDict(sd, { strict: false });
  assert.deepEqual(r, { missing: ["head.weight"], unexpected: ["head.bias"] });

  const bad = new Map(a.stateDict());
  const wrong = zeros([2, 9]);
  bad.set("head.weight", wrong);
  assert.throws(() => b.loadStateDict(bad), /head\.weight: expected \[2, 8\], got \[2, 9\]/);
  // float64 values load into float32 parameters (converted), int64 counters stay int64
  const f64 = new Map([...a.stateDict()].map(([k, t]) => [k, t.dtype === "float32" ? t.double() : t.clone()] as const));
  b.loadStateDict(f64);
  assert.equal(b.namedParameters().get("head.weight")!.dtype, "float32");
  for (const t of [extra, wrong, ...f64.values()]) t.dispose();
  a.dispose();
  b.dispose();
});

test("to(float64) converts floating tensors only; zeroGrad drops gradients", () => {
  const m = new Net().to("float64");
  assert.ok(m.parameters().every((p) => p.dtype === "float64" && p.requiresGrad));
  assert.equal(m.namedBuffers().get("body.1.num_batches_tracked")!.dtype, "int64");
  tidy(() => m.forward(randn([5, 4], "float64")).sum().backward());
  const g = m.parameters()[0]!.grad;
  assert.ok(g);
  g.dispose();
  m.zeroGrad();
  assert.equal(m.parameters()[0]!.grad, null);
  m.dispose();
});

test("default init: weight and bias bounds are 1/sqrt(fan_in), uniform; BatchNorm weight 1 bias 0", () => {
  manualSeed(0);
  const fc = new Linear(400, 300);
  const conv = new Conv2d(16, 64, 3);
  for (const [w, b, fanIn] of [[fc.weight, fc.bias!, 400], [conv.weight, conv.bias!, 16 * 9]] as const) {
    const bound = 1 / Math.sqrt(fanIn);
    const v = w.toFloat64Array();
    const max = v.reduce((a, x) => Math.max(a, Math.abs(x)), 0);
    assert.ok(max <= bound && max > 0.99 * bound, `max |w| ${max} vs bound ${bound}`);
    // U(-b, b) has variance b²/3
    const variance = v.reduce((a, x) => a + x * x, 0) / v.length;
    assert.ok(Math.abs(variance / (bound * bound / 3) - 1) < 0.05, `variance ratio ${variance / (bound * bound / 3)}`);
    assert.ok(b.toFloat64Array().every((x) => Math.abs(x) <= bound));
  }
  const bn = new BatchNorm2d(5);
  assert.deepEqual(bn.weight!.toArray(), [1, 1, 1, 1, 1]);
  assert.deepEqual(bn.bias!.toArray(), [0, 0, 0, 0, 0]);
  assert.deepEqual(bn.runningVar.toArray(), [1, 1, 1, 1, 1]);
  for (const m of [fc, conv, bn]) m.dispose();
});

test("BatchNorm updates running stats in place (momentum 0.1, unbiased var) and counts batches; eval uses them", () => {
  const bn = new BatchNorm1d(2).to("float64");
  const rm = bn.runningMean;
  const x = tensor([[1, 10], [3, 14], [5, 12]], undefined, "float64");
  tidy(() => bn.forward(x));
  assert.equal(bn.runningMean, rm);
  // mean [3, 12], unbiased var [4, 4]
  const round = (t: Tensor): number[] => Array.from(t.toFloat64Array(), (v) => +v.toFixed(12));
  assert.deepEqual(round(bn.runningMean), [0.3, 1.2]);
  assert.deepEqual(round(bn.runningVar), [1.3, 1.3]);
  assert.equal(bn.numBatchesTracked.item(), 1);
  bn.eval();
  const y = tidy(() => bn.forward(x).toArray()) as number[][];
  assert.ok(Math.abs(y[0]![0]! - (1 - 0.3) / Math.sqrt(1.3 + 1e-5)) < 1e-12);
  assert.equal(bn.numBatchesTracked.item(), 1, "eval does not count");
  assert.throws(() => new BatchNorm2d(2).forward(x), /expected 4-D input, got \[3, 2\]/);
  x.dispose();
  bn.dispose();
});

test("layers match PyTorch: outputs (train and eval), gradients and running stats", () => {
  manualSeed(1);
  const m = new Sequential(
    new Conv2d(2, 4, 3, { stride: 2, padding: 1 }), new BatchNorm2d(4), new ReLU({ inplace: true }), new MaxPool2d(2),
    new Conv2d(4, 6, 3, { padding: 1, bias: false }), new BatchNorm2d(6, { affine: false }), new ReLU(),
    new AdaptiveAvgPool2d(1), new Flatten(), new Linear(6, 5), new BatchNorm1d(5), new Linear(5, 3, { bias: false }),
  ).to("float64");
  const x = randn([6, 2, 12, 12], "float64");
  const p = runParity(m, x, `
model = nn.Sequential(
    nn.Conv2d(2, 4, 3, stride=2, padding=1), nn.BatchNorm2d(4), nn.ReLU(inplace=True), nn.MaxPool2d(2),
    nn.Conv2d(4, 6, 3, padding=1, bias=False), nn.BatchNorm2d(6, affine=False), nn.ReLU(),
    nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(6, 5), nn.BatchNorm1d(5), nn.Linear(5, 3, bias=False))
`);
  assertParity(p, 1e-10);
  x.dispose();
  m.dispose();
});

test("200 forward/backward steps leak no tensors", () => {
  const m = new Net();
  const x = randn([16, 4]);
  const step = (): void => tidy(() => {
    m.zeroGrad();
    m.forward(x).square().mean().backward();
    noGrad(() => m.parameters().forEach((p) => tidy(() => p.sub_(p.grad!, 0.01))));
  });
  assert.deepEqual(memoryGrowth(step, 200, 5), { tensors: 0, bytes: 0 });
  x.dispose();
  m.dispose();
});

function convNet(): Sequential {
  return new Sequential(
    new Conv2d(2, 4, 3, { stride: 2, padding: 1 }), new BatchNorm2d(4), new ReLU(), new Conv2d(4, 6, 3, { padding: 1, bias: false }),
    new AdaptiveAvgPool2d(1), new Flatten(), new Linear(6, 5), new BatchNorm1d(5),
  );
}

/** Output, input gradient and parameter gradients of one training-mode forward/backward, as CPU float64 arrays. */
function pass(m: Module, x: Tensor): { y: Float64Array; grads: Float64Array[]; running: Float64Array[] } {
  return tidy(() => {
    m.zeroGrad();
    const y = m.forward(x);
    y.square().sum().backward();
    return {
      y: y.toFloat64Array(),
      grads: m.parameters().map((p) => p.grad!.toFloat64Array()),
      running: [...m.namedBuffers().values()].map((b) => b.toFloat64Array()),
    };
  });
}

function maxDiff(a: Float64Array, b: Float64Array): number {
  let d = 0;
  for (let i = 0; i < a.length; i++) d = Math.max(d, Math.abs(a[i]! - b[i]!));
  return d;
}

for (const device of testDevices()) {
  test(onDevice(device, "Module.to({ device }) moves every parameter and buffer; a layer built with { device } has the CPU's initial weights; both compute what the CPU does"), () => {
    manualSeed(21);
    const cpu = convNet().to("float64");
    manualSeed(21);
    const there = convNet().to({ dtype: "float64", device });
    manualSeed(5);
    const lin = new Linear(7, 3, { device });
    manualSeed(5);
    const linCpu = new Linear(7, 3);
    const want = resolveDevice(device);
    try {
      for (const t of [...there.stateDict().values(), ...lin.stateDict().values()]) assert.equal(t.device, want);
      assert.equal(there.device, want);
      assert.deepEqual(lin.weight.toFloat64Array(), linCpu.weight.toFloat64Array(), "the same seed, the same initial weights");
      const x = randn([6, 2, 10, 10], "float64");
      const xd = x.toDevice(device);
      const a = pass(cpu, x);
      const b = pass(there, xd);
      assert.ok(maxDiff(a.y, b.y) < 1e-10, `outputs differ by ${maxDiff(a.y, b.y)}`);
      a.grads.forEach((g, i) => assert.ok(maxDiff(g, b.grads[i]!) < 1e-9, `gradient ${i} differs by ${maxDiff(g, b.grads[i]!)}`));
      a.running.forEach((r, i) => assert.ok(maxDiff(r, b.running[i]!) < 1e-12, `buffer ${i}`));
      assert.equal(there.stateDict().get("1.num_batches_tracked")!.dtype, "int64", "integer buffers keep their dtype");
      there.to({ device: "cpu" });
      assert.equal(there.device, "cpu");
      x.dispose();
      xd.dispose();
    } finally {
      for (const m of [cpu, there, lin, linCpu]) m.dispose();
    }
  });

  test(onDevice(device, "Module.to({ memoryFormat: channelsLast }) lays conv weights out as NHWC and changes no value"), () => {
    manualSeed(8);
    const a = convNet().to({ dtype: "float64", device });
    manualSeed(8);
    const b = convNet().to({ dtype: "float64", device, memoryFormat: "channelsLast" });
    try {
      const w = b.stateDict().get("0.weight")!;
      assert.equal(w.isContiguous("channelsLast"), true);
      assert.equal(a.stateDict().get("0.weight")!.isContiguous("channelsLast"), false);
      assert.equal(b.stateDict().get("6.weight")!.isContiguous(), true, "2-D weights are untouched");
      const x = randn([4, 2, 9, 9], "float64").to({ device, memoryFormat: "channelsLast" });
      const pa = pass(a, x);
      const pb = pass(b, x);
      assert.ok(maxDiff(pa.y, pb.y) < 1e-12, `outputs differ by ${maxDiff(pa.y, pb.y)}`);
      pa.grads.forEach((g, i) => assert.ok(maxDiff(g, pb.grads[i]!) < 1e-10, `gradient ${i}`));
      x.dispose();
    } finally {
      a.dispose();
      b.dispose();
    }
  });
}

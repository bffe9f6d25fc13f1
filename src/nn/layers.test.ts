import { test } from "node:test";
import assert from "node:assert/strict";
import { tensor, randn, tidy, manualSeed } from "../tensor/index.js";
import { torchRef, enc } from "../testing/torch-ref.js";
import { GELU } from "./index.js";

test("GELU is the exact erf form: Φ values by hand, not the tanh approximation", () => {
  tidy(() => {
    // x · Φ(x) with Φ(1) = 0.8413447460685429, Φ(2) = 0.9772498680518208 (standard normal CDF tables).
    const y = new GELU().forward(tensor([0, 1, -1, 2], undefined, "float64")).toArray() as number[];
    const want = [0, 0.8413447460685429, -(1 - 0.8413447460685429), 2 * 0.9772498680518208];
    y.forEach((v, i) => assert.ok(Math.abs(v - want[i]!) < 1e-15, `GELU(${[0, 1, -1, 2][i]}) = ${v}, want ${want[i]}`));
    // The tanh approximation gives 0.841192 at 1: 1.5e-4 away, far outside the tolerance above.
    const tanhApprox = 0.5 * (1 + Math.tanh(Math.sqrt(2 / Math.PI) * (1 + 0.044715)));
    assert.ok(Math.abs(y[1]! - tanhApprox) > 1e-4);
  });
});

test("GELU matches nn.GELU() in value and gradient (float64)", () => {
  manualSeed(5);
  tidy(() => {
    const x = randn([5, 7], "float64").mul(3).requiresGrad_();
    const w = randn([5, 7], "float64");
    const y = new GELU().forward(x);
    y.mul(w).sum().backward();
    const ref = torchRef<{ y: { $t: number[] }; g: { $t: number[] } }>(`
import torch.nn as nn
x = inp["x"].clone().requires_grad_()
y = nn.GELU()(x)
(y * inp["w"]).sum().backward()
out = {"y": y, "g": x.grad}
`, { x: enc(x.detach()), w: enc(w) });
    const ys = y.toFloat64Array();
    const gs = x.grad!.toFloat64Array();
    ref.y.$t.forEach((v, i) => assert.ok(Math.abs(ys[i]! - v) < 1e-14, `y[${i}]`));
    ref.g.$t.forEach((v, i) => assert.ok(Math.abs(gs[i]! - v) < 1e-14, `grad[${i}]`));
  });
});

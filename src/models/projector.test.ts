import { test } from "node:test";
import assert from "node:assert/strict";
import { manualSeed, randn } from "../tensor/index.js";
import { InputError } from "../util/errors.js";
import { runParity, assertParity } from "../testing/module-parity.js";
import { buildProjector } from "./index.js";

test("lastBatchNorm: SimSiam's projector (… Linear, BatchNorm1d(affine=False)) matches PyTorch, names included", () => {
  manualSeed(71);
  const g = buildProjector(16, "32-32-12", { lastBatchNorm: true, dtype: "float64" });
  assert.equal(g.outDim, 12);
  const keys = [...g.stateDict().keys()];
  assert.deepEqual(keys.filter((k) => k.startsWith("7.")), ["7.running_mean", "7.running_var", "7.num_batches_tracked"]);
  assert.ok(!keys.includes("7.weight") && !keys.includes("7.bias"), "no affine parameters");
  const h = randn([10, 16], "float64");
  const build = `
model = nn.Sequential(nn.Linear(16, 32, bias=False), nn.BatchNorm1d(32), nn.ReLU(inplace=True),
                      nn.Linear(32, 32, bias=False), nn.BatchNorm1d(32), nn.ReLU(inplace=True),
                      nn.Linear(32, 12, bias=False), nn.BatchNorm1d(12, affine=False))
`;
  assertParity(runParity(g, h, build), 1e-10);
  // Train-mode output is standardised per dimension (mean 0, biased variance 1 up to eps)
  const z = g.forward(h).toFloat64Array();
  for (let d = 0; d < 12; d++) {
    const col = Array.from({ length: 10 }, (_, b) => z[b * 12 + d]!);
    const mean = col.reduce((a, x) => a + x, 0) / 10;
    const v = col.reduce((a, x) => a + (x - mean) ** 2, 0) / 10;
    assert.ok(Math.abs(mean) < 1e-12 && Math.abs(v - 1) < 1e-3, `dim ${d}: mean ${mean}, var ${v}`);
  }
  h.dispose();
  g.dispose();
});

test("lastBatchNorm is off by default (unchanged layers) and needs at least one layer", () => {
  const plain = buildProjector(16, "32-8");
  assert.equal(plain.length, 4); // Linear BN ReLU Linear
  assert.deepEqual([...plain.stateDict().keys()].at(-1), "3.weight");
  plain.dispose();
  const withBn = buildProjector(16, "32-8", { lastBatchNorm: true });
  assert.equal(withBn.length, 5);
  withBn.dispose();
  assert.throws(() => buildProjector(16, "none", { lastBatchNorm: true }), (e: unknown) => e instanceof InputError && e.where === "projector");
});

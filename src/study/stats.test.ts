import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { bootstrapInterval, kendallTauB, ranks, spearman } from "./stats.js";
import { PYTHON } from "../testing/torch-ref.js";

const close = (a: number | null, b: number, tol = 1e-12) => assert.ok(a !== null && Math.abs(a - b) <= tol, `${a} vs ${b}`);

test("Kendall τ_b and Spearman ρ by hand, with and without ties", () => {
  // One discordant pair of six: τ = (5 − 1)/6; ρ = 1 − 6·Σd²/(n(n² − 1)) = 1 − 6·2/60.
  close(kendallTauB([1, 2, 3, 4], [1, 3, 2, 4]), 4 / 6);
  close(spearman([1, 2, 3, 4], [1, 3, 2, 4]), 0.8);
  close(kendallTauB([1, 2, 3], [3, 2, 1]), -1);
  // Ties: x = [1, 1, 2, 3], y = [1, 2, 3, 4]: C = 5, D = 0, one pair tied in x: τ_b = 5/√(5·6).
  close(kendallTauB([1, 1, 2, 3], [1, 2, 3, 4]), 5 / Math.sqrt(30));
  assert.deepEqual(ranks([10, 20, 10, 30]), [1.5, 3, 1.5, 4]);
  assert.equal(kendallTauB([1, 1, 1], [1, 2, 3]), null, "constant input");
  assert.equal(spearman([2, 2], [1, 3]), null);
});

test("τ_b and ρ match an independent pure-Python recomputation on random data with ties", () => {
  const x = Array.from({ length: 23 }, (_, i) => Math.round(Math.sin(i * 1.7) * 4));
  const y = Array.from({ length: 23 }, (_, i) => Math.round(Math.cos(i * 0.9) * 3 + x[i]! * 0.5));
  const py = `
import json, sys, math
x, y = json.load(sys.stdin)
n = len(x); c = d = tx = ty = 0
for i in range(n):
    for j in range(i + 1, n):
        a = (x[i] > x[j]) - (x[i] < x[j]); b = (y[i] > y[j]) - (y[i] < y[j])
        tx += a == 0; ty += b == 0
        if a and b: c += a == b; d += a != b
n0 = n * (n - 1) / 2
tau = (c - d) / math.sqrt((n0 - tx) * (n0 - ty))
def rank(v):
    s = sorted(v); return [ (2 * s.index(e) + s.count(e) + 1) / 2 for e in v ]
rx, ry = rank(x), rank(y); mx, my = sum(rx) / n, sum(ry) / n
rho = sum((a - mx) * (b - my) for a, b in zip(rx, ry)) / math.sqrt(sum((a - mx) ** 2 for a in rx) * sum((b - my) ** 2 for b in ry))
print(json.dumps([tau, rho]))
`;
  const r = spawnSync(PYTHON, ["-c", py], { input: JSON.stringify([x, y]), encoding: "utf8" });
  assert.equal(r.status, 0, r.stderr);
  const [tau, rho] = JSON.parse(r.stdout) as [number, number];
  close(kendallTauB(x, y), tau, 1e-12);
  close(spearman(x, y), rho, 1e-12);
});

test("the bootstrap interval contains the statistic, is reproducible by seed, and is narrow for a perfect ranking", () => {
  const x = Array.from({ length: 30 }, (_, i) => i + Math.sin(i) * 6);
  const y = Array.from({ length: 30 }, (_, i) => i);
  const tau = kendallTauB(x, y)!;
  const ci = bootstrapInterval(x, y, kendallTauB, { seed: 3 })!;
  assert.ok(ci[0] <= tau && tau <= ci[1], `${ci} around ${tau}`);
  assert.ok(ci[1] - ci[0] > 0.05, "noisy data: a real interval");
  assert.deepEqual(bootstrapInterval(x, y, kendallTauB, { seed: 3 }), ci);
  assert.deepEqual(bootstrapInterval(y, y, kendallTauB, { seed: 3 }), [1, 1]);
});

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyzeEmbeddings, diagnose, type DiagnosisInput } from "./index.js";
import { PACKAGE_ROOT } from "../util/paths.js";
import { manualSeed, ones, rand, randn, tidy, zeros, type Tensor } from "../tensor/index.js";

test("an embedding shrinking towards the origin is total collapse once its trace falls below 1/10 of its peak", () => {
  tidy(() => {
    manualSeed(11);
    const z = randn([512, 32], "float64"); // isotropic: healthy by every scale-free measure
    const trace = analyzeEmbeddings(z).spectrum.reduce((a, b) => a + b, 0);
    assert.equal(analyzeEmbeddings(z).diagnosis, "healthy");
    // The same directions at 1/26 of the scale, as invariance-only training produces.
    const small = analyzeEmbeddings(z.div(Math.sqrt(26)), { history: { peakTrace: trace, peakStep: 20 } });
    assert.equal(small.diagnosis, "total-collapse");
    assert.match(small.explanation, /shrinking to a point: trace\(C\) fell 26(\.0)?× from its peak \([\d.]+ at step 20 → [\d.]+\)/);
    // Within 1/10 of the peak (here 1/4) it stays healthy.
    assert.equal(analyzeEmbeddings(z.div(2), { history: { peakTrace: trace, peakStep: 20 } }).diagnosis, "healthy");
  });
});

test("healthy at every width and probe size: iid Gaussian (N = 2·D, 4·D), after ReLU + average pooling, shifted, scaled and non-negative", () => {
  manualSeed(12);
  for (const d of [32, 256, 2048]) {
    for (const k of d === 2048 ? [2] : [2, 4]) {
      tidy(() => {
        const n = k * d;
        const g = randn([n, d], "float64");
        const cases: [string, Tensor][] = [
          ["iid Gaussian", g],
          // A conv layer's output after ReLU, pooled over a 4×4 map (2×2 at D = 2048, to keep the test small):
          // non-negative, close to its mean direction.
          ["ReLU + average pool", (d === 2048 ? randn([n, d, 2, 2]) : randn([n, d, 4, 4])).relu().mean([2, 3])],
          ["shifted by 1e3, scaled by 1e-3", g.add(1e3).mul(1e-3)],
          ["non-negative: |g| + 5", g.abs().add(5)],
        ];
        // At D = 2048 (four 2048×2048 eigenproblems per matrix) the two post-ReLU cases only, to keep the test short.
        for (const [name, z] of d === 2048 ? cases.filter(([c]) => /ReLU|non-negative/.test(c)) : cases) {
          const r = analyzeEmbeddings(z);
          assert.equal(r.diagnosis, "healthy", `D = ${d}, N = ${n}, ${name}: ${r.explanation}`);
        }
      });
    }
  }
});

test("collapsed at every width: identical rows, zeros, one direction, rank ≤ D/4; shrinking histories", () => {
  manualSeed(13);
  for (const d of [32, 256, 1024]) {
    tidy(() => {
      const n = 2 * d;
      const v = randn([1, d]).abs().add(0.1); // one common vector
      const cases: [string, Tensor, string][] = [
        ["identical rows", ones([n, 1]).mm(v), "total-collapse"],
        ["zeros", zeros([n, d]), "total-collapse"],
        // Rows aᵢ·v plus a little noise: their length is all that varies (SimSiam without stop-gradient).
        ["one direction", rand([n, 1]).add(0.5).mm(v).add(randn([n, d]).mul(1e-3)), "total-collapse"],
        [`rank ${d / 4}`, randn([n, d / 4]).mm(randn([d / 4, d])), "dimensional-collapse"],
        [`rank ${d / 8}, shifted`, randn([n, d / 8]).mm(randn([d / 8, d])).add(100), "dimensional-collapse"],
      ];
      for (const [name, z, want] of cases) {
        const r = analyzeEmbeddings(z);
        assert.equal(r.diagnosis, want, `D = ${d}, ${name}: ${r.explanation}`);
      }
      // The same healthy rows shrinking towards a point over a run: total once below 1/10 of the peak trace.
      const z = randn([n, d], "float64");
      const peak = analyzeEmbeddings(z).spectrum.reduce((a, b) => a + b, 0);
      const verdicts = [1, 0.5, 0.2, 0.09].map((s) => analyzeEmbeddings(z.mul(Math.sqrt(s)), { history: { peakTrace: peak, peakStep: 10 } }).diagnosis);
      assert.deepEqual(verdicts, ["healthy", "healthy", "healthy", "total-collapse"], `D = ${d}`);
    });
  }
});

test("real runs of the quick study: no published method's h or z called collapsed; the poster's controls collapse as it predicts", () => {
  // Recorded by scripts/diagnosis-fixture.mjs from a `study --quick` (Fashion-MNIST, ConvNet, final probe).
  const fixture = JSON.parse(readFileSync(join(PACKAGE_ROOT, "src", "testing", "real-runs-diagnosis.json"), "utf8")) as {
    baseline: { linearTop1: number };
    runs: { name: string; method: string; ablation: string | null; linearTop1: number; spaces: Record<"h" | "z", { input: DiagnosisInput; history: { peakTrace: number; peakStep: number }; trainer: string }> }[];
  };
  const verdict = (r: (typeof fixture.runs)[number], w: "h" | "z") => diagnose(r.spaces[w].input, { history: r.spaces[w].history }).diagnosis;
  const predicted: Record<string, string> = {
    "invariance": "total-collapse", "vicreg-no-variance": "total-collapse", "wmse-no-whitening": "total-collapse",
    "vicreg-no-covariance": "dimensional-collapse", "barlow-twins-lambda-0": "dimensional-collapse",
    "simsiam-no-stop-grad": "total-collapse", "simsiam-no-predictor": "total-collapse",
  };
  const published = fixture.runs.filter((r) => r.ablation === null && r.method !== "invariance");
  assert.equal(published.length, 8, "BT, VICReg, W-MSE, InfoNCE, IB log-det, SimSiam, BYOL, DINO");
  for (const r of published) {
    for (const w of ["h", "z"] as const) assert.equal(verdict(r, w), "healthy", `${r.name} ${w} (linear ${r.linearTop1} %)`);
  }
  // IB log-det's h is concentrated (the former rule called it total collapse) and healthy.
  const ib = fixture.runs.find((r) => r.name === "ib-logdet")!.spaces.h;
  assert.ok(ib.input.stdL2Normalized * Math.sqrt(ib.input.dim) < 0.4 && ib.input.traceRatio < 0.15, "IB log-det's h is concentrated");
  for (const [name, want] of Object.entries(predicted)) {
    const r = fixture.runs.find((x) => x.name === name)!;
    assert.equal(verdict(r, "z"), want, `${name}: z`);
    assert.equal(verdict(r, "h") === "total-collapse", false, `${name}: h is not a point`);
  }
  // The recorded diagnoses are what the trainer logged (DINO's output verdict is the trainer's own addition).
  for (const r of fixture.runs) for (const w of ["h", "z"] as const) if (r.method !== "dino") assert.equal(verdict(r, w), r.spaces[w].trainer, `${r.name} ${w}`);
});

test("a transient of scale is not shrinking: the trace must fall below 1/10 of its peak and of its value after the warm-up", () => {
  tidy(() => {
    manualSeed(14);
    const z = randn([512, 64], "float64");
    const trace = analyzeEmbeddings(z).spectrum.reduce((a, b) => a + b, 0);
    // A ResNet's first steps: the scale blew up 25× above today's after the warm-up, and settled back to it.
    const transient = analyzeEmbeddings(z, { history: { peakTrace: 25 * trace, peakStep: 20, startTrace: trace, startStep: 10 } });
    assert.equal(transient.diagnosis, "healthy", transient.explanation);
    assert.ok(Math.abs(transient.evidence.traceOfStart! - 1) < 1e-9);
    // Below both references: shrinking to a point, and the explanation names both.
    const fell = analyzeEmbeddings(z.div(5), { history: { peakTrace: 3 * trace, peakStep: 20, startTrace: 2 * trace, startStep: 10 } });
    assert.equal(fell.diagnosis, "total-collapse");
    assert.match(fell.explanation, /below 1\/10 of it and of its value after the warm-up \(step 10\)/);
  });
});

import { test } from "node:test";
import assert from "node:assert/strict";
import { analyzeEmbeddings } from "./index.js";
import { randn, manualSeed, tidy } from "../tensor/index.js";

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

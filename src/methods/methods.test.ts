import { test } from "node:test";
import assert from "node:assert/strict";
import { METHODS, METHOD_NAMES, getMethod, resolveAblation, JointEmbedding } from "./index.js";
import { LOSSES } from "../losses/index.js";
import { randn, manualSeed, tidy, memory } from "../tensor/index.js";
import { maxAbsDiff } from "../testing/torch-ref.js";

test("every method is a loss of the registry, with its published defaults and expectations", () => {
  assert.deepEqual([...METHOD_NAMES].sort(), Object.keys(LOSSES).sort());
  for (const name of METHOD_NAMES) {
    const m = getMethod(name);
    assert.equal(m.name, name);
    assert.ok(m.defaults.views >= 2 && m.defaults.lr > 0);
  }
  assert.equal(METHODS.invariance.expected, "total-collapse", "the control must collapse");
  assert.equal(METHODS["barlow-twins"].expected, "healthy");
  assert.throws(() => getMethod("byol"), /unknown method 'byol' \(expected one of barlow-twins, vicreg/);
});

test("ablations switch off exactly the named term, or change the projector", () => {
  assert.deepEqual(resolveAblation(METHODS.vicreg, "no-variance")!.loss, { stdCoeff: 0 });
  assert.deepEqual(resolveAblation(METHODS.vicreg, "no-covariance")!.loss, { covCoeff: 0 });
  assert.equal(resolveAblation(METHODS.vicreg, "no-variance")!.expected, "total-collapse");
  assert.equal(resolveAblation(METHODS.vicreg, "no-covariance")!.expected, "dimensional-collapse");
  assert.deepEqual(resolveAblation(METHODS["barlow-twins"], "lambda-0")!.loss, { lambda: 0 });
  assert.deepEqual(resolveAblation(METHODS.wmse, "no-whitening")!.loss, { whitening: false });
  assert.equal(resolveAblation(METHODS.wmse, "no-projector")!.projector, "none");
  assert.equal(resolveAblation(METHODS.infonce, "projector-64")!.projector, "512-64");
  assert.equal(resolveAblation(METHODS.infonce, null), null);
  assert.throws(() => resolveAblation(METHODS.wmse, "lambda-0"), /'lambda-0' is not an ablation of wmse/);
});

test("joint embedding: shared branches embed both views with one encoder; non-shared branches have their own", () => {
  const before = memory().liveTensors;
  tidy(() => {
    manualSeed(1);
    const shared = new JointEmbedding({ backbone: "convnet", projector: "64-32", inChannels: 1 });
    const x = randn([8, 1, 28, 28]);
    shared.eval();
    const s = shared.embed([x, x]);
    assert.equal(maxAbsDiff(s.z[0]!, s.z[1]!), 0, "the same input through a shared branch gives the same z");
    assert.deepEqual(s.h[0]!.shape, [8, 256]);
    assert.deepEqual(s.z[0]!.shape, [8, 32]);
    const two = new JointEmbedding({ backbone: "convnet", projector: "64-32", inChannels: 1, nonSharedBranches: true });
    two.eval();
    const t = two.embed([x, x]);
    assert.ok(maxAbsDiff(t.z[0]!, t.z[1]!) > 1e-3, "two branches, two sets of weights");
    assert.ok([...two.namedParameters().keys()].some((k) => k.startsWith("backbone2.")));
    assert.equal(two.numParameters(), 2 * shared.numParameters());
    shared.dispose();
    two.dispose();
  });
  assert.equal(memory().liveTensors, before);
});

import { test } from "node:test";
import assert from "node:assert/strict";
import {
  METHODS, METHOD_LIST, METHOD_NAMES, getMethod, resolveAblation, resolveOptions, JointEmbedding, studyRuns, expectationOf,
  allOptionSpecs, cosineTau, BYOL, DINO, SimSiam, type MethodDef, type StepContext,
} from "./index.js";
import { LOSSES } from "../losses/index.js";
import { randn, manualSeed, tidy, memory, noGrad } from "../tensor/index.js";
import { maxAbsDiff } from "../testing/torch-ref.js";

const ctx = (step: number, totalSteps = 100): StepContext => ({ step, totalSteps, gather: (t) => t, allReduceSum: (t) => t });

test("every method declares its facts once: family, defaults, options with validation, expectations with reasons", () => {
  assert.deepEqual([...METHOD_NAMES], ["barlow-twins", "vicreg", "wmse", "infonce", "ib-logdet", "invariance", "simsiam", "byol", "dino"]);
  for (const m of METHOD_LIST) {
    assert.equal(getMethod(m.name), m);
    assert.ok(m.defaults.views >= 2 && m.defaults.lr > 0, m.name);
    assert.ok(m.why.length > 20, `${m.name} says why`);
    for (const [k, spec] of Object.entries(m.optionSpecs)) {
      assert.ok(k in m.options, `${m.name}: option ${k} has a published value`);
      const v = (m.options as Record<string, unknown>)[k];
      // (undefined: "not set", e.g. W-MSE's sub-batch size defaults to the whole batch)
      if (v !== undefined) assert.ok(spec!.schema.safeParse(v).success, `${m.name}: the default of ${k} passes its own validation`);
      assert.ok(spec!.schema.description, `${m.name}: ${k} has help text`);
    }
    for (const [a, spec] of Object.entries(m.ablations)) assert.ok(spec.summary && spec.expected, `${m.name}/${a}`);
  }
  // The joint-embedding methods are exactly the K-views losses of the registry.
  assert.deepEqual(METHOD_LIST.filter((m) => m.family !== "self-distillation" && m.family !== "clustering").map((m) => m.name).sort(), Object.keys(LOSSES).sort());
  assert.deepEqual(METHOD_LIST.map((m) => m.family), ["info-max", "info-max", "info-max", "contrastive", "info-max", "control", "self-distillation", "self-distillation", "clustering"]);
  assert.equal(METHODS.invariance!.expected, "total-collapse", "the control must collapse");
  assert.throws(() => getMethod("mocov3"), /unknown method 'mocov3' \(expected one of barlow-twins, vicreg, .*, simsiam, byol, dino\)/);
  assert.throws(() => getMethod("__proto__"), /unknown method '__proto__'/);
});

test("ablations switch off exactly the named term, or change the projector; unknown ones list the valid ones", () => {
  assert.deepEqual(resolveAblation(METHODS.vicreg!, "no-variance")!.options, { stdCoeff: 0 });
  assert.deepEqual(resolveAblation(METHODS.vicreg!, "no-covariance")!.options, { covCoeff: 0 });
  assert.equal(resolveAblation(METHODS.vicreg!, "no-variance")!.expected, "total-collapse");
  assert.deepEqual(resolveAblation(METHODS["barlow-twins"]!, "lambda-0")!.options, { lambda: 0 });
  assert.deepEqual(resolveAblation(METHODS.wmse!, "no-whitening")!.options, { whitening: false });
  assert.equal(resolveAblation(METHODS.wmse!, "no-projector")!.projector, "none");
  assert.equal(resolveAblation(METHODS.infonce!, "projector-64")!.projector, "512-64");
  assert.equal(resolveAblation(METHODS.infonce!, null), null);
  assert.deepEqual(resolveAblation(METHODS.simsiam!, "no-stop-grad")!.options, { stopGradient: false });
  assert.deepEqual(resolveAblation(METHODS.byol!, "tau-0")!.options, { tauBase: 0, tauFinal: 0 });
  assert.deepEqual(resolveAblation(METHODS.dino!, "no-centering")!.options, { centering: false });
  assert.throws(() => resolveAblation(METHODS.wmse!, "lambda-0"), /'lambda-0' is not an ablation of wmse/);
  // A projector sweep makes no sense where the projector is part of the mechanism.
  assert.throws(() => resolveAblation(METHODS.dino!, "no-projector"), /not an ablation of dino \(expected one of no-centering, no-sharpening\)$/);
  // Options: published, then ablation, then the user's (keys of other methods are ignored).
  const o = resolveOptions(METHODS.byol! as MethodDef<Record<string, unknown>>, resolveAblation(METHODS.byol!, "tau-1") as never, { predictor: "256", lambda: 3 });
  assert.deepEqual(o, { tauBase: 1, tauFinal: 1, predictor: "256" });
  // Every option key has exactly one validation, shared by the methods that have it.
  assert.ok(allOptionSpecs().has("lambda") && allOptionSpecs().has("tauBase") && allOptionSpecs().has("prototypes"));
});

test("the study's runs and the report's expectations are derived from the method files", () => {
  const quick = studyRuns("quick").map((r) => r.name);
  const full = studyRuns("full").map((r) => r.name);
  for (const n of ["simsiam", "simsiam-no-stop-grad", "simsiam-no-predictor", "byol", "byol-no-predictor", "byol-tau-1", "byol-tau-0", "dino", "dino-no-centering", "dino-no-sharpening", "vicreg-no-variance", "invariance"]) {
    assert.ok(quick.includes(n), `quick study has ${n}`);
  }
  assert.ok(!quick.includes("barlow-twins-projector-32") && full.includes("barlow-twins-projector-32"), "the width sweep is full-study only");
  assert.equal(new Set(full).size, full.length, "run names are unique");
  assert.deepEqual(studyRuns("full").find((r) => r.name === "byol-tau-0"), { name: "byol-tau-0", method: "byol", ablation: "tau-0" });
  assert.equal(expectationOf("simsiam", "no-stop-grad")!.expected, "total-collapse");
  assert.match(expectationOf("simsiam", "no-stop-grad")!.why, /−1/);
  assert.equal(expectationOf("dino", null)!.expected, "healthy");
  assert.equal(expectationOf("barlow-twins", "projector-32"), null, "the width sweep predicts no collapse kind");
  assert.equal(expectationOf("nope", null), null);
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

test("BYOL's cosine τ schedule: 1 − (1 − τ₀)(cos(πk/K) + 1)/2, from τ₀ at step 0 to 1 at the end", () => {
  assert.equal(cosineTau(0, 100, 0.996), 0.996);
  assert.ok(Math.abs(cosineTau(50, 100, 0.996) - 0.998) < 1e-15, "half-way: the mean of the two");
  assert.equal(cosineTau(100, 100, 0.996), 1);
  assert.equal(cosineTau(250, 100, 0.996), 1, "clamped after the last step");
  assert.equal(cosineTau(37, 100, 0, 0), 0, "τ = 0 held constant");
});

test("momentum methods: targets start as copies, are not trained, and follow target ← τ·target + (1 − τ)·online", () => {
  tidy(() => {
    manualSeed(3);
    const byol = getMethod("byol").build({ backbone: "convnet", projector: "64-32", inChannels: 1, nonSharedBranches: false, dtype: "float32", options: resolveOptions(getMethod("byol"), null, {}) }) as BYOL;
    assert.ok(byol instanceof BYOL);
    const names = [...byol.stateDict().keys()];
    for (const prefix of ["backbone.", "projector.", "predictor.", "momentum_backbone.", "momentum_projector."]) assert.ok(names.some((k) => k.startsWith(prefix)), prefix);
    const trainable = [...byol.trainableParameters().keys()];
    assert.ok(trainable.length > 0 && trainable.every((k) => !k.startsWith("momentum_")), "the optimizer never sees the targets");
    const online = byol.backbone.namedParameters();
    const target = byol.targetBackbone.namedParameters();
    for (const [k, t] of target) assert.equal(maxAbsDiff(t, online.get(k)!), 0, `${k} starts as a copy`);
    assert.ok([...target.values()].every((t) => !t.requiresGrad));
    // Move the online network, then one after-step update at step k of K: compare with the formula by hand.
    noGrad(() => { for (const p of online.values()) p.add_(randn(p.shape), 0.1); });
    const before = new Map([...target].map(([k, t]) => [k, t.clone()]));
    const tau = cosineTau(11, 100, (getMethod("byol").options as { tauBase: number }).tauBase);
    assert.ok(tau < 1 && tau > 0.9);
    byol.afterStep(ctx(10));
    for (const [k, t] of target) {
      const want = before.get(k)!.mul(tau).add(online.get(k)!, 1 - tau);
      assert.ok(maxAbsDiff(t, want) < 1e-6, `${k}: EMA with τ = ${tau}`);
    }
    byol.dispose();
  });
});

test("each method's module: the loss is a finite scalar with gradients only where the method trains, and the exported encoder is the paper's", () => {
  const before = memory().liveTensors;
  tidy(() => {
    manualSeed(4);
    const x1 = randn([16, 1, 28, 28]);
    const x2 = randn([16, 1, 28, 28]);
    for (const name of ["simsiam", "byol", "dino"]) {
      const def = getMethod(name);
      const m = def.build({ backbone: "convnet", projector: "64-32", inChannels: 1, nonSharedBranches: false, dtype: "float32", options: { ...resolveOptions(def, null, {}), prototypes: 64, headHidden: 32, bottleneck: 16 } });
      m.train();
      const out = m.loss([x1, x2], ctx(0));
      assert.ok(Number.isFinite(out.loss.item()), name);
      assert.deepEqual(out.h.shape, [16, 256]);
      out.loss.backward();
      for (const [k, p] of m.namedParameters()) {
        const trained = m.trainableParameters().has(k);
        if (!trained) assert.equal(p.grad, null, `${name}: no gradient reaches the target ${k}`);
      }
      assert.ok([...m.trainableParameters().values()].some((p) => p.grad !== null), `${name}: the online network gets gradients`);
      m.eval();
      const { h, z } = m.embedEval(x1);
      assert.deepEqual(h.shape, [16, 256]);
      assert.equal(z.shape[1], m.zDim);
      if (name === "dino") {
        const dino = m as DINO;
        assert.equal(dino.encoder(), dino.teacherBackbone, "DINO evaluates the teacher");
        const e = dino.probeExtras(x1);
        assert.ok(e.maxEntropy > 4 && e.meanEntropy >= 0 && e.entropyOfMean <= e.maxEntropy + 1e-9);
      } else {
        assert.equal(m.encoder(), (m as SimSiam | BYOL).backbone, `${name} evaluates the online encoder`);
      }
      m.dispose();
    }
  });
  assert.equal(memory().liveTensors, before);
});

test("SimSiam's stop-gradient: with it the target branch gets no gradient through z; without it, it does", () => {
  tidy(() => {
    manualSeed(5);
    const x1 = randn([16, 1, 28, 28]);
    const x2 = randn([16, 1, 28, 28]);
    const grads = (stopGradient: boolean) => {
      manualSeed(6);
      const m = new SimSiam("convnet", "64-32", 1, { stopGradient, predictor: "16", outputBatchNorm: true });
      m.train();
      m.loss([x1, x2], ctx(0)).loss.backward();
      const g = m.predictor!.namedParameters().get("0.weight")!.grad!.clone();
      const gp = m.projector.namedParameters().get("0.weight")!.grad!.clone();
      m.dispose();
      return { g, gp };
    };
    const a = grads(true);
    const b = grads(false);
    assert.equal(maxAbsDiff(a.g, b.g), 0, "the predictor's gradient does not depend on the stop-gradient");
    assert.ok(maxAbsDiff(a.gp, b.gp) > 1e-9, "the projector gets the extra target-branch gradient without it");
  });
});

import { test } from "node:test";
import assert from "node:assert/strict";
import { manualSeed, tidy } from "../tensor/index.js";
import { InputError } from "../util/errors.js";
import { LOSSES, LOSS_NAMES, computeLoss, getLoss, isLossName } from "./index.js";
import { randomViews } from "../testing/loss-check.js";

test("the registry holds the six CLI method names, each reporting the terms it declares, for K = 2 and 3", () => {
  assert.deepEqual(LOSS_NAMES, ["barlow-twins", "vicreg", "wmse", "infonce", "ib-logdet", "invariance"]);
  manualSeed(71);
  tidy(() => {
    for (const k of [2, 3]) {
      const views = randomViews(k, 24, 4);
      for (const name of LOSS_NAMES) {
        const entry = getLoss(name);
        assert.equal(entry.name, name);
        const r = entry.fn(views);
        assert.deepEqual(r.loss.shape, [], name);
        assert.equal(r.loss.dtype, "float64", name);
        assert.ok(Number.isFinite(r.loss.item()), name);
        assert.deepEqual(Object.keys(r.terms).sort(), [...entry.terms].sort(), name);
      }
    }
  });
});

test("defaults follow the official code; unknown names are bad input", () => {
  assert.equal(LOSSES["barlow-twins"].defaults.lambda, 0.0051);
  assert.deepEqual({ ...LOSSES.vicreg.defaults }, { simCoeff: 25, stdCoeff: 25, covCoeff: 1, eps: 1e-4 });
  assert.equal(LOSSES.infonce.defaults.temperature, 0.1);
  assert.equal(LOSSES.wmse.defaults.wEps, 0);
  assert.ok(isLossName("vicreg") && !isLossName("simsiam"));
  assert.throws(() => getLoss("simsiam"), (e: unknown) => e instanceof InputError && e.where === "method" && /barlow-twins/.test(e.message));
  tidy(() => {
    const views = randomViews(2, 8, 3);
    assert.equal(computeLoss("vicreg", views, { simCoeff: 0, stdCoeff: 0, covCoeff: 0 }).loss.item(), 0);
  });
});

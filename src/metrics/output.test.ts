import { test } from "node:test";
import assert from "node:assert/strict";
import { aten, eye, manualSeed, randn, tensor, tidy, zeros } from "../tensor/index.js";
import { torchRef, enc } from "../testing/torch-ref.js";
import { InputError } from "../util/errors.js";
import { dinoCollapseKind, normalisedStd, outputEntropies, stdL2Normalized } from "./index.js";

const near = (a: number, b: number, tol = 1e-14): boolean => Math.abs(a - b) <= tol;

test("normalisedStd by hand: 0 for one direction at any scale, √(2/3) for ±e1, ±e2", () => {
  tidy(() => {
    const v = tensor([[3, -1, 2]], undefined, "float64");
    const collapsed = v.mul(tensor([[1], [2], [0.5], [7]], undefined, "float64")); // same direction, different norms
    assert.ok(near(normalisedStd(collapsed), 0));
    // u = z; per dimension the values are (1, 0, −1, 0): mean 0, unbiased variance 2/3
    const cross = tensor([[1, 0], [0, 1], [-1, 0], [0, -1]], undefined, "float64");
    assert.ok(near(normalisedStd(cross.mul(5)), Math.sqrt(2 / 3)));
  });
});

test("normalisedStd matches F.normalize(z).std(0).mean() in PyTorch (float64 and float32 inputs), the streaming stdL2Normalized, and ≈ 1/√D for Gaussian rows", () => {
  manualSeed(81);
  tidy(() => {
    const z = randn([50, 9], "float64").mul(tensor([[0.1, 1, 2, 3, 4, 5, 6, 7, 8]], undefined, "float64")).add(0.3);
    const z32 = randn([40, 6]).mul(3);
    const ref = torchRef<number[]>(`
import torch.nn.functional as F
out = [F.normalize(z, dim=1).std(dim=0).mean().item() for z in inp]
`, [enc(z), enc(z32)]);
    assert.ok(near(normalisedStd(z), ref[0]!, 1e-15));
    assert.ok(near(normalisedStd(z32), ref[1]!, 1e-15), "float32 input, float64 arithmetic");
    assert.ok(near(normalisedStd(z), stdL2Normalized(z), 1e-13));
    const g = normalisedStd(randn([4096, 64], "float64"));
    assert.ok(Math.abs(g * 8 - 1) < 0.02, `${g} vs 1/8`);
  });
});

test("outputEntropies by hand: uniform, one-hot on one class, one-hot spread over the classes", () => {
  tidy(() => {
    const k = 8;
    const uniform = outputEntropies(zeros([5, k], "float64").add(1 / k));
    assert.ok(near(uniform.meanEntropy, Math.log(k)) && near(uniform.entropyOfMean, Math.log(k)));
    assert.equal(uniform.maxEntropy, Math.log(k));
    assert.deepEqual([uniform.n, uniform.k], [5, k]);
    assert.equal(dinoCollapseKind(uniform), "uniform");

    const oneClass = outputEntropies(zeros([6, k], "float64").add(eye(k, "float64").narrow(0, 3, 1))); // every row e_3
    assert.equal(oneClass.meanEntropy, 0);
    assert.equal(oneClass.entropyOfMean, 0);
    assert.equal(dinoCollapseKind(oneClass), "one-dimension");

    const spread = outputEntropies(eye(k, "float64")); // row b = e_b: sharp and balanced, the healthy DINO target
    assert.equal(spread.meanEntropy, 0);
    assert.ok(near(spread.entropyOfMean, Math.log(k)));
    assert.equal(dinoCollapseKind(spread), null);
  });
});

test("dinoCollapseKind: the one-dimension bound uses log min(N, K), so a small batch of distinct one-hots is healthy", () => {
  tidy(() => {
    const k = 65536;
    // rows e_0, e_1, e_0, e_1: entropyOfMean = log 2 = 0.69 > 0.1·log 4 = 0.14 (0.1·log K = 1.1 would call it collapsed)
    const twoHot = aten.cat([eye(2, "float64"), eye(2, "float64")], 0);
    const e = outputEntropies(aten.cat([twoHot, zeros([4, k - 2], "float64")], 1));
    assert.ok(near(e.entropyOfMean, Math.log(2)));
    assert.equal(dinoCollapseKind(e), null);
    // thresholds are options: 0.6·log 4 = 0.83 ≥ log 2
    assert.equal(dinoCollapseKind(e, { uniform: 0.9, oneDimension: 0.6 }), "one-dimension");
    // Nearly uniform rows (softmax of small logits) are "uniform"
    manualSeed(82);
    const soft = randn([16, 100], "float64").mul(0.05).softmax(1);
    assert.equal(dinoCollapseKind(outputEntropies(soft)), "uniform");
  });
});

test("outputEntropies matches PyTorch (xlogy and Categorical.entropy) on random softmax outputs", () => {
  manualSeed(83);
  tidy(() => {
    const p = randn([20, 30], "float64").mul(3).softmax(1);
    const ref = torchRef<{ mean: number; ofMean: number }>(`
from torch.distributions import Categorical
p = inp["p"]
out = {"mean": (-torch.xlogy(p, p).sum(1)).mean().item(), "ofMean": Categorical(probs=p.mean(0)).entropy().item()}
`, { p: enc(p) });
    const e = outputEntropies(p.float()); // float32 input, float64 arithmetic (row sums within 1e-6)
    const e64 = outputEntropies(p);
    assert.ok(near(e64.meanEntropy, ref.mean, 1e-13) && near(e64.entropyOfMean, ref.ofMean, 1e-13));
    assert.ok(near(e.meanEntropy, ref.mean, 1e-5));
  });
});

test("bad input is an InputError naming the argument", () => {
  tidy(() => {
    const isInput = (where: string) => (e: unknown) => e instanceof InputError && e.where === where;
    assert.throws(() => normalisedStd(randn([1, 4])), isInput("z"));
    assert.throws(() => normalisedStd(randn([4])), isInput("z"));
    assert.throws(() => normalisedStd(tensor([[1, NaN], [2, 3]]), "--z"), isInput("--z"));
    assert.throws(() => outputEntropies(tensor([[0.5, 0.6], [0.5, 0.5]])), isInput("probs"));
    assert.throws(() => outputEntropies(tensor([[1.5, -0.5], [0.5, 0.5]])), isInput("probs"));
    assert.throws(() => dinoCollapseKind(outputEntropies(tensor([[1], [1]]))), isInput("entropies"));
    assert.throws(() => dinoCollapseKind(outputEntropies(tensor([[0.5, 0.5]]))), isInput("entropies"));
  });
});

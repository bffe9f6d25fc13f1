/** VICReg (Bardes et al. 2022): invariance + variance hinge + covariance decorrelation, per branch. */
import { z } from "zod";
import { VICREG_DEFAULTS, type VICRegOptions } from "../losses/index.js";
import { jointEmbeddingMethod } from "./joint-embedding.js";

const weight = z.number().min(0);

export const vicreg = jointEmbeddingMethod<VICRegOptions>({
  name: "vicreg",
  title: "VICReg",
  family: "info-max",
  reference: "Bardes, Ponce, LeCun, ICLR 2022; github.com/facebookresearch/vicreg",
  defaults: { projector: "512-512-128", optimizer: "adam", lr: 1e-3, weightDecay: 1e-6, views: 2, nonSharedBranches: false },
  options: { ...VICREG_DEFAULTS },
  optionSpecs: {
    simCoeff: { schema: weight.describe("VICReg invariance weight"), flag: true },
    stdCoeff: { schema: weight.describe("VICReg variance weight (0 = no-variance ablation)"), flag: true },
    covCoeff: { schema: weight.describe("VICReg covariance weight (0 = no-covariance ablation)"), flag: true },
    eps: { schema: z.number().positive().describe("the loss's numerical epsilon") },
  },
  expected: "healthy",
  why: "the variance and covariance terms keep every dimension alive and decorrelated in each branch",
  ablations: {
    "no-variance": {
      options: { stdCoeff: 0 },
      expected: "total-collapse",
      summary: "variance term off: nothing keeps the embeddings from shrinking to one point",
      why: "without the variance hinge nothing stops every embedding shrinking to the same point",
    },
    "no-covariance": {
      options: { covCoeff: 0 },
      expected: "dimensional-collapse",
      summary: "covariance term off: dimensions keep their variance but become redundant copies of each other",
      why: "variance keeps each dimension alive, but without decorrelation the dimensions become redundant",
    },
  },
}, "vicreg");

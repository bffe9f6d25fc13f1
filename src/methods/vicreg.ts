/** VICReg (Bardes et al. 2022): invariance + variance hinge + covariance decorrelation, per branch. */
import type { MethodSpec } from "./base.js";

export const vicreg: MethodSpec<"vicreg"> = {
  name: "vicreg",
  title: "VICReg",
  reference: "Bardes, Ponce, LeCun, ICLR 2022; github.com/facebookresearch/vicreg",
  defaults: { projector: "512-512-128", optimizer: "adam", lr: 1e-3, weightDecay: 1e-6, views: 2, nonSharedBranches: false },
  loss: {},
  expected: "healthy",
  ablations: {
    "no-variance": {
      loss: { stdCoeff: 0 },
      expected: "total-collapse",
      summary: "variance term off: nothing keeps the embeddings from shrinking to one point",
    },
    "no-covariance": {
      loss: { covCoeff: 0 },
      expected: "dimensional-collapse",
      summary: "covariance term off: dimensions keep their variance but become redundant copies of each other",
    },
  },
};

/** W-MSE (Ermolov et al. 2021): MSE between Cholesky-whitened views. */
import type { MethodSpec } from "./base.js";

export const wmse: MethodSpec<"wmse"> = {
  name: "wmse",
  title: "W-MSE",
  reference: "Ermolov et al., ICML 2021; github.com/htdt/self-supervised",
  // The official code whitens 64-d embeddings: the whitening needs N ≫ D to be well conditioned.
  defaults: { projector: "512-64", optimizer: "adam", lr: 1e-3, weightDecay: 1e-6, views: 2, nonSharedBranches: false },
  loss: { wEps: 0 },
  expected: "healthy",
  ablations: {
    "no-whitening": {
      loss: { whitening: false },
      expected: "total-collapse",
      summary: "whitening off: a normalised MSE between views, which a constant embedding minimises",
    },
  },
};

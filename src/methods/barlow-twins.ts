/** Barlow Twins (Zbontar et al. 2021): drive the cross-correlation of two views' embeddings towards the identity. */
import type { MethodSpec } from "./base.js";

export const barlowTwins: MethodSpec<"barlow-twins"> = {
  name: "barlow-twins",
  title: "Barlow Twins",
  reference: "Zbontar et al., ICML 2021; github.com/facebookresearch/barlowtwins",
  defaults: { projector: "512-512-128", optimizer: "adam", lr: 1e-3, weightDecay: 1e-6, views: 2, nonSharedBranches: false },
  loss: {},
  expected: "healthy",
  ablations: {
    "lambda-0": {
      loss: { lambda: 0 },
      expected: "dimensional-collapse",
      summary: "redundancy-reduction term off (λ = 0): only the diagonal of the cross-correlation is constrained",
    },
  },
};

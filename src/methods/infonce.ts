/** SimCLR's InfoNCE / NT-Xent (Chen et al. 2020): the contrastive contrast, with negatives. */
import type { MethodSpec } from "./base.js";

export const infonce: MethodSpec<"infonce"> = {
  name: "infonce",
  title: "SimCLR (InfoNCE)",
  reference: "Chen et al., ICML 2020; github.com/google-research/simclr",
  defaults: { projector: "512-128", optimizer: "adam", lr: 1e-3, weightDecay: 1e-6, views: 2, nonSharedBranches: false },
  loss: {},
  expected: "healthy",
  ablations: {},
};

/** The poster's information-bottleneck view: invariance − λ · log det of each view's covariance. */
import type { MethodSpec } from "./base.js";

export const ibLogdet: MethodSpec<"ib-logdet"> = {
  name: "ib-logdet",
  title: "IB log-det",
  reference: "poster 'Preventing Collapses in Non-Contrastive SSL' (information-theoretic view); Ozsoy et al. 2022",
  defaults: { projector: "512-128", optimizer: "adam", lr: 1e-3, weightDecay: 1e-6, views: 2, nonSharedBranches: false },
  loss: {},
  expected: "healthy",
  ablations: {},
};

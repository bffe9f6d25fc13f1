/** Invariance only: MSE between views and no regulariser. The control every study needs: it must collapse. */
import type { MethodSpec } from "./base.js";

export const invariance: MethodSpec<"invariance"> = {
  name: "invariance",
  title: "Invariance only",
  reference: "the trivial solution of the poster's 'Total Collapse' panel",
  defaults: { projector: "512-128", optimizer: "adam", lr: 1e-3, weightDecay: 1e-6, views: 2, nonSharedBranches: false },
  loss: {},
  expected: "total-collapse",
  ablations: {},
};

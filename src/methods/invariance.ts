/** Invariance only: MSE between views and no regulariser. The control every study needs: it must collapse. */
import type { InvarianceOptions } from "../losses/index.js";
import { jointEmbeddingMethod } from "./joint-embedding.js";

export const invariance = jointEmbeddingMethod<InvarianceOptions>({
  name: "invariance",
  title: "Invariance only",
  family: "control",
  reference: "the trivial solution of the poster's 'Total Collapse' panel",
  defaults: { projector: "512-128", optimizer: "adam", lr: 1e-3, weightDecay: 1e-6, views: 2, nonSharedBranches: false },
  options: {},
  optionSpecs: {},
  expected: "total-collapse",
  why: "pulling the two views together with nothing keeping embeddings apart admits the constant solution",
  ablations: {},
}, "invariance");

/** W-MSE (Ermolov et al. 2021): MSE between Cholesky-whitened views. */
import { z } from "zod";
import { WMSE_DEFAULTS, type WMSEOptions } from "../losses/index.js";
import { jointEmbeddingMethod } from "./joint-embedding.js";

export const wmse = jointEmbeddingMethod<WMSEOptions>({
  name: "wmse",
  title: "W-MSE",
  family: "info-max",
  reference: "Ermolov et al., ICML 2021; github.com/htdt/self-supervised",
  // The official code whitens 64-d embeddings: the whitening needs N ≫ D to be well conditioned.
  defaults: { projector: "512-64", optimizer: "adam", lr: 1e-3, weightDecay: 1e-6, views: 2, nonSharedBranches: false },
  options: { ...WMSE_DEFAULTS, wEps: 0 },
  optionSpecs: {
    wEps: { schema: z.number().min(0).describe("W-MSE: added to the covariance diagonal before Cholesky"), flag: true },
    wSize: { schema: z.number().int().positive().describe("W-MSE whitening sub-batch size"), flag: true },
    wIter: { schema: z.number().int().positive().describe("W-MSE whitening repetitions"), flag: true },
    whitening: { schema: z.boolean().describe("W-MSE: whitening on/off") },
  },
  expected: "healthy",
  why: "whitening scatters the batch into a spherical distribution before the positive pairs are pulled together",
  ablations: {
    "no-whitening": {
      options: { whitening: false },
      expected: "total-collapse",
      summary: "whitening off: a normalised MSE between views, which a constant embedding minimises",
      why: "without whitening W-MSE is an invariance-only loss on normalised embeddings",
    },
  },
}, "wmse");

/** Barlow Twins (Zbontar et al. 2021): drive the cross-correlation of two views' embeddings towards the identity. */
import { z } from "zod";
import { BARLOW_TWINS_DEFAULTS, type BarlowTwinsOptions } from "../losses/index.js";
import { jointEmbeddingMethod } from "./joint-embedding.js";

export const barlowTwins = jointEmbeddingMethod<BarlowTwinsOptions>({
  name: "barlow-twins",
  title: "Barlow Twins",
  family: "info-max",
  reference: "Zbontar et al., ICML 2021; github.com/facebookresearch/barlowtwins",
  defaults: { projector: "512-512-128", optimizer: "adam", lr: 1e-3, weightDecay: 1e-6, views: 2, nonSharedBranches: false },
  options: { ...BARLOW_TWINS_DEFAULTS },
  optionSpecs: {
    lambda: { schema: z.number().min(0).describe("Barlow Twins off-diagonal weight λ / IB log-det weight"), flag: true },
    eps: { schema: z.number().positive().describe("the loss's numerical epsilon") },
  },
  expected: "healthy",
  why: "driving the cross-correlation matrix to the identity keeps dimensions both alive and decorrelated",
  ablations: {
    "lambda-0": {
      options: { lambda: 0 },
      expected: "dimensional-collapse",
      summary: "redundancy-reduction term off (λ = 0): only the diagonal of the cross-correlation is constrained",
      why: "the diagonal term alone lets every dimension encode the same feature",
    },
    // The projector sweep of the poster (rank of h vs z); generic ablations, run on Barlow Twins in the full study.
    "no-projector": {
      projector: "none",
      expected: "healthy",
      summary: "no projector: the loss acts on h directly (z = h)",
      why: "the loss still regularises the embedding, now directly on h",
      study: "full",
    },
    "projector-32": { projector: "512-32", expected: "healthy", summary: "projector 512-32: how the embedding width changes the rank of h vs z", why: null, study: "full" },
    "projector-512": { projector: "512-512", expected: "healthy", summary: "projector 512-512: how the embedding width changes the rank of h vs z", why: null, study: "full" },
  },
}, "barlow-twins");

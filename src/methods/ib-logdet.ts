/** The poster's information-bottleneck view: invariance − λ · log det of each view's covariance. */
import { z } from "zod";
import { IB_LOGDET_DEFAULTS, type IBLogdetOptions } from "../losses/index.js";
import { jointEmbeddingMethod } from "./joint-embedding.js";

export const ibLogdet = jointEmbeddingMethod<IBLogdetOptions>({
  name: "ib-logdet",
  title: "IB log-det",
  family: "info-max",
  reference: "poster 'Preventing Collapses in Non-Contrastive SSL' (information-theoretic view); Ozsoy et al. 2022",
  defaults: { projector: "512-128", optimizer: "adam", lr: 1e-3, weightDecay: 1e-6, views: 2, nonSharedBranches: false },
  options: { ...IB_LOGDET_DEFAULTS },
  optionSpecs: {
    lambda: { schema: z.number().min(0).describe("Barlow Twins off-diagonal weight λ / IB log-det weight"), flag: true },
    eps: { schema: z.number().positive().describe("the loss's numerical epsilon") },
  },
  expected: "healthy",
  why: "the log-determinant term maximises the entropy of the embedding",
  ablations: {},
}, "ib-logdet");

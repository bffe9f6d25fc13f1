/** SimCLR's InfoNCE / NT-Xent (Chen et al. 2020): the contrastive contrast, with negatives. */
import { z } from "zod";
import { INFONCE_DEFAULTS, type InfoNCEOptions } from "../losses/index.js";
import { jointEmbeddingMethod } from "./joint-embedding.js";

export const infonce = jointEmbeddingMethod<InfoNCEOptions>({
  name: "infonce",
  title: "SimCLR (InfoNCE)",
  family: "contrastive",
  reference: "Chen et al., ICML 2020; github.com/google-research/simclr",
  defaults: { projector: "512-128", optimizer: "adam", lr: 1e-3, weightDecay: 1e-6, views: 2, nonSharedBranches: false },
  options: { ...INFONCE_DEFAULTS },
  optionSpecs: { temperature: { schema: z.number().positive().describe("InfoNCE temperature"), flag: true } },
  expected: "healthy",
  why: "negative pairs push embeddings of different images apart",
  ablations: {},
}, "infonce");

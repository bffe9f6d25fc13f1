/** The predictor MLP of SimSiam and BYOL: z → p of the same width, from hidden widths ("512", "none" = no predictor). */
import { buildProjector, parseWidths, type Projector } from "../models/index.js";
import { z } from "zod";

/** Validation of the `predictor` option (hidden widths "512" / "1024-512", or "none"). */
export const predictorSchema = z
  .string()
  .regex(/^(none|\d+(-\d+)*)$/, 'expected hidden widths like "512" or "none"')
  .describe('predictor hidden widths, e.g. "512"; "none" removes the predictor');

/**
 * Linear-BN-ReLU per hidden width, then a Linear back to `dim` (`bias` on the last layer, as both papers' code).
 * Returns null for "none" (the no-predictor ablation).
 */
export function buildPredictor(dim: number, hidden: string, opts: { hiddenBias: boolean }): Projector | null {
  const widths = parseWidths(hidden, "predictor");
  if (widths.length === 0) return null;
  return buildProjector(dim, [...widths, dim], { hiddenBias: opts.hiddenBias, lastBias: true, where: "predictor" });
}

/**
 * Singular values of a weight matrix. The poster: "if the weight matrix W has vanishing singular values, C is also
 * low-rank, indicating collapsed dimensions" (for a linear projector z = Wh, C_z = W C_h Wᵀ, so rank C_z ≤ rank W).
 *
 * @example
 * const s = weightSpectrum(model.projector.fc2.weight);
 * s.vanishing; // number of σ < 1e-5·σ₁
 */
import { aten, tidy, type Tensor } from "../tensor/index.js";
import { COLLAPSED_REL } from "./spectral.js";

export interface WeightSpectrum {
  /** σ₁ ≥ … ≥ σ_min(out, in), float64 (aten.linalg_svdvals). */
  singularValues: number[];
  /** Number of σᵢ < 1e-5·σ₁ (all when σ₁ = 0). */
  vanishing: number;
}

/** Singular values of W, reshaped to [out, rest] when it has more than 2 dims (conv kernels). */
export function weightSpectrum(w: Tensor): WeightSpectrum {
  const shape = w.shape;
  if (shape.length < 2) throw new TypeError(`weightSpectrum: expected a matrix, got [${shape.join(", ")}]`);
  const singularValues = tidy(() => {
    const m = w.detach().to("float64").reshape([shape[0]!, -1]); // [out, in·k·k]
    return Array.from(aten.linalg_svdvals(m).toFloat64Array());
  });
  const s1 = singularValues[0] ?? 0;
  const vanishing = s1 === 0 ? singularValues.length : singularValues.filter((s) => s < COLLAPSED_REL * s1).length;
  return { singularValues, vanishing };
}

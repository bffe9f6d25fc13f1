/**
 * LiDAR (Thilak et al., "LiDAR: Sensing Linear Probing Performance in Joint Embedding SSL Architectures", 2023):
 * the effective rank of the linear-discriminant matrix that treats each sample's Q augmented views as one class.
 *
 *   μᵢ = 1/Q Σ_q z_iq,  μ = 1/N Σᵢ μᵢ
 *   Σ_b = 1/(N − 1) Σᵢ (μᵢ − μ)(μᵢ − μ)ᵀ                          (between samples)
 *   Σ_w = 1/(N(Q − 1)) Σᵢ Σ_q (z_iq − μᵢ)(z_iq − μᵢ)ᵀ + δI, δ = 1e-4 (within a sample)
 *   Σ_lidar = Σ_w^−½ Σ_b Σ_w^−½,  λ = eig(Σ_lidar),  p = λ/Σλ + ε, ε = 1e-8
 *   LiDAR = exp(−Σ p log p)
 * Σ_w^−½ comes from `linalg_eigh` of Σ_w (symmetric PD thanks to δ). All in float64.
 *
 * @example
 * const views = randn([512, 4, 64]);   // N samples × Q views × D
 * lidar(views);                         // ≈ 64 for unrelated samples with small view noise
 */
import { aten, eye, tidy, type Tensor } from "../tensor/index.js";
import { InputError } from "../util/errors.js";

export const LIDAR_DELTA = 1e-4;
export const LIDAR_EPS = 1e-8;

/** LiDAR of views [N, Q, D] (N ≥ 2 samples, Q ≥ 2 views each). */
export function lidar(zViews: Tensor): number {
  const shape = zViews.shape;
  if (shape.length !== 3) throw new InputError("views", `expected [N, Q, D] (samples × views × dims), got [${shape.join(", ")}]`);
  const [n, q, d] = shape as [number, number, number];
  if (n < 2) throw new InputError("views", `need at least 2 samples, got ${n}`);
  if (q < 2) throw new InputError("views", `need at least 2 views per sample, got ${q}`);
  return tidy(() => {
    const z = zViews.to("float64"); // [N, Q, D]
    const mu = z.mean(1); // [N, D] per-sample means
    const b = mu.sub(mu.mean(0)); // [N, D]
    const sb = b.t().mm(b).div(n - 1); // [D, D]
    const w = z.sub(mu.unsqueeze(1)).reshape([n * q, d]); // [NQ, D]
    const sw = w.t().mm(w).div(n * (q - 1)).add(eye(d, { dtype: "float64", device: w.device }).mul(LIDAR_DELTA)); // [D, D]
    const [evals, vecs] = aten.linalg_eigh(sw, "L");
    const isqrt = vecs.mul(evals.rsqrt()).mm(vecs.t()); // [D, D] Σ_w^−½ = V diag(λ^−½) Vᵀ
    const l = isqrt.mm(sb).mm(isqrt);
    const lam = aten.linalg_eigvalsh(l, "L").clampMin(0); // [D]
    const total = lam.sum().item();
    if (total <= 0) return 0;
    const p = lam.div(total).add(LIDAR_EPS);
    return p.mul(p.log()).sum().neg().exp().item();
  });
}

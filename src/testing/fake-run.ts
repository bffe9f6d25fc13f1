/**
 * Realistic-looking synthetic metrics for tests and the dashboard's fake trainer (src/testing/fake-train.ts) —
 * test data only, nothing here is a model of training. Deterministic per seed so test assertions are stable.
 */
import type { MetricsRecord, ProbeStats } from "../report/types.js";
import type { Diagnosis } from "../metrics/index.js";
import { seededRandom } from "../util/random.js";

/** How the fake run behaves. */
export interface FakeRunOptions {
  /** "healthy", "dimensional" (z loses most dimensions) or "total" (everything shrinks to a point). */
  fate?: "healthy" | "dimensional" | "total";
  /** Step from which the collapse shows (ignored when healthy). */
  collapseAt?: number;
  /** Embedding widths. */
  dimH?: number;
  dimZ?: number;
  /** A probe every `probeEvery` steps. */
  probeEvery?: number;
  seed?: number;
}

const rng = seededRandom; // deterministic jitter for test data

function stats(spectrum: number[], diagnosis: Diagnosis, explanation: string, avgCorrelation: number): ProbeStats {
  const total = spectrum.reduce((a, b) => a + b, 0) || 1;
  const p = spectrum.map((v) => v / total);
  const h = -p.reduce((a, q) => a + (q > 0 ? q * Math.log(q) : 0), 0);
  const logs = spectrum.map((v) => Math.log(Math.max(v, 1e-12)));
  return {
    effectiveRank: Math.exp(h),
    entropy: 0.5 * logs.reduce((a, b) => a + b, 0),
    logDet: logs.reduce((a, b) => a + b, 0),
    avgCorrelation,
    stdL2Normalized: Math.sqrt(spectrum.reduce((a, b) => a + b, 0) / spectrum.length) / 4,
    collapsedDims: spectrum.filter((v) => v < 1e-4 * spectrum[0]!).length,
    deadDims: spectrum.filter((v) => v < 1e-8).length,
    diagnosis,
    explanation,
    spectrum,
  };
}

/**
 * The metrics line a training run would log at `step`.
 *
 * @example
 * const line = fakeMetricsLine(40, { fate: "dimensional", collapseAt: 30 });
 * line.probe?.z?.diagnosis  // "dimensional-collapse"
 */
export function fakeMetricsLine(step: number, opts: FakeRunOptions = {}): MetricsRecord {
  const { fate = "healthy", collapseAt = 50, dimH = 32, dimZ = 64, probeEvery = 5, seed = 1 } = opts;
  const r = rng(seed * 100003 + step);
  const progress = 1 - Math.exp(-step / 60);
  const collapsed = fate !== "healthy" && step >= collapseAt;
  const depth = collapsed ? Math.min(1, (step - collapseAt + 1) / 20) : 0; // collapses over ~20 steps
  const line: MetricsRecord = {
    step,
    epoch: Math.floor(step / 200),
    time: +(step * 0.4).toFixed(2),
    lr: 1e-3,
    loss: +(20 * (1 - 0.6 * progress) + r() * 0.5).toFixed(4),
    terms: {
      invariance: +(2 * (1 - progress) + r() * 0.1).toFixed(4),
      variance: +(fate === "total" && collapsed ? 0.9 : 0.5 * (1 - progress) + r() * 0.05).toFixed(4),
      covariance: +(fate === "dimensional" && collapsed ? 0.8 : 0.3 * (1 - progress) + r() * 0.03).toFixed(4),
    },
  };
  if (step % probeEvery === 0) {
    const spectrum = (dim: number, space: "h" | "z"): number[] => {
      const hit = space === "z" || fate === "total";
      return Array.from({ length: dim }, (_, i) => {
        let v = Math.exp(-i / (4 + 8 * progress)) * (1 + 0.05 * r());
        if (hit && fate === "dimensional" && i >= 6) v *= Math.pow(1e-7, depth);
        if (hit && fate === "total") v *= Math.pow(1e-9, depth);
        return v;
      });
    };
    const diag = (space: "h" | "z"): [Diagnosis, string] => {
      if (!collapsed || depth < 0.5 || (space === "h" && fate === "dimensional")) return ["healthy", "spectrum spread over many dimensions"];
      return fate === "total"
        ? ["total-collapse", "all embeddings are nearly identical: variance vanished in every dimension"]
        : ["dimensional-collapse", "most eigenvalues vanished: the embedding spans a low-dimensional subspace"];
    };
    const [dh, eh] = diag("h");
    const [dz, ez] = diag("z");
    line.probe = {
      h: stats(spectrum(dimH, "h"), dh, eh, 0.1 + 0.05 * r()),
      z: stats(spectrum(dimZ, "z"), dz, ez, 0.1 + (fate === "dimensional" ? 0.6 * depth : 0) + 0.05 * r()),
    };
    // The warning fires once, on the first probe whose diagnosis turned to collapse.
    const prevDepth = Math.min(1, (step - probeEvery - collapseAt + 1) / 20);
    if (collapsed && depth >= 0.5 && !(step - probeEvery >= collapseAt && prevDepth >= 0.5))
      line.warning = { where: fate === "total" ? "h" : "z", kind: dz as Exclude<Diagnosis, "healthy">, explanation: ez };
  }
  return line;
}

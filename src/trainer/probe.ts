/**
 * The probe batch: a fixed set of held-out images, unaugmented and normalised as the training views are, whose
 * representations h and embeddings z are measured every `metricsEvery` steps (eval mode, no gradients).
 */
import { aten, noGrad, tidy, type Tensor } from "../tensor/index.js";
import { toUnitFloat, normalize, type Pipeline } from "../augment/index.js";
import type { ImageDataset } from "../data/index.js";
import { analyzeEmbeddings, type TraceHistory } from "../metrics/index.js";
import type { SSLMethod } from "../methods/index.js";
import type { ProbeReport } from "../runfolder/index.js";

export type { ProbeReport } from "../runfolder/index.js";

/** Images of `ds` at `indices` as the network sees them at test time: [B, C, H', W'] float32. */
export function evalInputs(ds: ImageDataset, indices: ArrayLike<number>, pipeline: Pipeline): Tensor {
  return tidy(() => {
    const spec = pipeline.views[0]!;
    const size = typeof spec.size === "number" ? [spec.size, spec.size] : spec.size;
    let x = toUnitFloat(ds.batch(indices)); // [B, C, H, W] in [0, 1]
    if (x.size(2) !== size[0] || x.size(3) !== size[1]) x = aten.upsample_bilinear2d(x, size, false);
    if (spec.normalize) x = normalize(x, spec.normalize.mean, spec.normalize.std);
    return x;
  });
}

/** `count` indices spread evenly over the dataset (so every class is represented). */
export function spreadIndices(n: number, count: number): Int32Array {
  const k = Math.min(n, count);
  return Int32Array.from({ length: k }, (_, i) => Math.floor((i * n) / k));
}

/** Representations h [N, hDim] and embeddings z [N, zDim] of inputs, in eval mode, in batches. */
export function embedAll(model: SSLMethod, inputs: Tensor, batch = 512): { h: Tensor; z: Tensor } {
  const wasTraining = model.training;
  model.eval();
  try {
    return noGrad(() =>
      tidy(() => {
        const hs: Tensor[] = [];
        const zs: Tensor[] = [];
        const n = inputs.size(0);
        for (let s = 0; s < n; s += batch) {
          const x = inputs.narrow(0, s, Math.min(batch, n - s));
          const { h, z } = model.embedEval(x);
          hs.push(h);
          zs.push(z);
        }
        return { h: aten.cat(hs, 0), z: aten.cat(zs, 0) };
      }),
    );
  } finally {
    model.train(wasTraining);
  }
}

/** The network's outputs on the probe batch are NaN or infinite: the weights have diverged. */
export class NonFiniteEmbeddingError extends Error {
  constructor(readonly where: "h" | "z", readonly count: number) {
    super(`${where} has ${count} NaN/Inf values on the probe batch`);
    this.name = "NonFiniteEmbeddingError";
  }
}

/** Collapse metrics of h and z on the probe inputs. */
export function runProbe(
  model: SSLMethod,
  inputs: Tensor,
  opts: { atInit?: boolean; history?: { h: TraceHistory; z: TraceHistory } } = {},
): ProbeReport {
  return tidy(() => {
    const { h, z } = embedAll(model, inputs);
    for (const [where, t] of [["h", h], ["z", z]] as const) {
      const bad = t.isfinite().logicalNot().sum().item();
      if (bad > 0) throw new NonFiniteEmbeddingError(where, bad);
    }
    const report: ProbeReport = {
      h: analyzeEmbeddings(h, { where: "h", atInit: opts.atInit, history: opts.history?.h }),
      z: analyzeEmbeddings(z, { where: "z", atInit: opts.atInit, history: opts.history?.z }),
    };
    const extras = outputExtras(model, inputs);
    if (extras) {
      report.output = extras;
      // A softmax head can collapse while its input still spreads (uniform outputs come from any embedding
      // orthogonal to the prototypes' differences): the output distribution is what the loss acts on, so its
      // collapse is the collapse of z.
      if (extras.mode) report.z = { ...report.z, diagnosis: "total-collapse", explanation: `${outputCollapse(extras)} ${report.z.explanation}` };
    }
    return report;
  });
}


/** One sentence for a collapsed output distribution, quoting the evidence. */
function outputCollapse(o: NonNullable<ProbeReport["output"]>): string {
  const what = o.mode === "uniform"
    ? `every output is nearly uniform (mean entropy ${o.meanEntropy.toFixed(2)} of log K = ${o.maxEntropy.toFixed(2)}): the collapse that centering without sharpening causes`
    : `one prototype takes every output (entropy of the mean output ${o.entropyOfMean.toFixed(2)} of log K = ${o.maxEntropy.toFixed(2)}): the collapse that sharpening without centering causes`;
  return `The head's output distribution collapsed: ${what}.`;
}

/** The method's own label-free readings on the probe (DINO's output entropies), in eval mode. */
function outputExtras(model: SSLMethod, inputs: Tensor): ProbeReport["output"] | undefined {
  return inEvalMode(model, () => noGrad(() => tidy(() => model.probeExtras(inputs))) ?? undefined);
}

/** Runs `fn` with the model in eval mode (BatchNorm running statistics used, not updated), then restores the mode. */
export function inEvalMode<T>(model: SSLMethod, fn: () => T): T {
  const wasTraining = model.training;
  model.eval();
  try {
    return fn();
  } finally {
    model.train(wasTraining);
  }
}

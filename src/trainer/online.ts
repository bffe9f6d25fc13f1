/**
 * Online evaluation during training (as solo-learn and the official Barlow Twins / VICReg code do): a linear
 * classifier trained on the detached representation h of each training batch with its own optimizer (it never
 * touches the encoder's gradients), and a kNN monitor. At each probe step both are measured on the probe images, so
 * the accuracy curve sits next to the collapse metrics in metrics.jsonl, the dashboard and the report.
 */
import { aten, noGrad, tidy, type DType, type Tensor } from "../tensor/index.js";
import { Linear, type LayerOptions } from "../nn/index.js";
import { Adam, type OptimizerState } from "../optim/index.js";
import { knnAccuracy } from "../eval/index.js";
import type { OnlineEval } from "../runfolder/index.js";

/** Labelled eval inputs: images as the network sees them at test time, and their labels. */
export interface LabelledInputs {
  inputs: Tensor;
  labels: Tensor;
}

/**
 * @example
 * const online = new OnlineProbe(256, 10, "float32");
 * tidy(() => online.update(h, labels));                      // in the training step, after the optimizer step
 * online.evaluate((x) => method.embedEval(x), probe, bank); // { linearTop1, trainTop1, knnTop1, knnTop1Z }
 */
export class OnlineProbe {
  readonly head: Linear;
  readonly optimizer: Adam;
  private correct = 0;
  private seen = 0;

  /** `layer`: the head's dtype, or its `{ dtype, device }` (as a layer's). */
  constructor(hDim: number, readonly numClasses: number, layer: DType | LayerOptions, lr = 1e-3) {
    this.head = new Linear(hDim, numClasses, typeof layer === "string" ? { dtype: layer } : layer);
    this.optimizer = new Adam(this.head.namedParameters(), { lr });
  }

  /** One step of the linear classifier on detached h [N, hDim] with labels [N]; counts its training accuracy. */
  update(h: Tensor, labels: Tensor): void {
    tidy(() => {
      const logits = this.head.forward(h.detach()); // [N, classes]
      aten.cross_entropy_loss(logits, labels).backward();
      this.optimizer.step();
      this.optimizer.zeroGrad();
      this.correct += logits.argmax(1).eq(labels).sum().item();
      this.seen += labels.size(0);
    });
  }

  /** Accuracies on the probe images; resets the training-accuracy count. */
  evaluate(features: (x: Tensor) => { h: Tensor; z: Tensor }, probe: LabelledInputs, bank: LabelledInputs): OnlineEval {
    const r = noGrad(() =>
      tidy(() => {
        const p = features(probe.inputs);
        const b = features(bank.inputs);
        const linear = this.head.forward(p.h).argmax(1).eq(probe.labels).float().mean().item() * 100;
        const knn = (train: Tensor, query: Tensor) => round2(knnAccuracy(train, bank.labels, query, probe.labels, this.numClasses, { k: 20 }));
        return { linearTop1: round2(linear), knnTop1: knn(b.h, p.h), knnTop1Z: knn(b.z, p.z) };
      }),
    );
    const trainTop1 = this.seen ? round2((this.correct / this.seen) * 100) : 0;
    this.correct = 0;
    this.seen = 0;
    return { linearTop1: r.linearTop1, trainTop1, knnTop1: r.knnTop1, knnTop1Z: r.knnTop1Z };
  }

  /** Weights (`head.*`) and optimizer state for the checkpoint. */
  state(): { tensors: Map<string, Tensor>; scalars: Record<string, number> } {
    const tensors = new Map<string, Tensor>();
    for (const [k, t] of this.head.stateDict()) tensors.set(`head.${k}`, t);
    const o = this.optimizer.state();
    for (const [k, t] of o.tensors) tensors.set(`optim.${k}`, t);
    return { tensors, scalars: { ...o.scalars, correct: this.correct, seen: this.seen } };
  }

  /** Restores what {@link state} saved (copies; the caller disposes its tensors). */
  load(tensors: Map<string, Tensor>, scalars: Record<string, number>, where: string): void {
    const head = new Map<string, Tensor>();
    const optim = new Map<string, Tensor>();
    for (const [k, t] of tensors) {
      if (k.startsWith("head.")) head.set(k.slice(5), t);
      else if (k.startsWith("optim.")) optim.set(k.slice(6), t);
    }
    this.head.loadStateDict(head, { where });
    const { correct, seen, ...rest } = scalars;
    this.optimizer.loadState({ tensors: optim, scalars: rest } as OptimizerState, where);
    this.correct = correct ?? 0;
    this.seen = seen ?? 0;
  }

  dispose(): void {
    this.optimizer.dispose();
    this.head.dispose();
  }
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

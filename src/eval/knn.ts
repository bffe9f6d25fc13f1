/**
 * Weighted k-nearest-neighbour classifier on cosine similarity, as in InstDisc (Wu et al. 2018) and solo-learn's
 * `WeightedKNNClassifier`: for each test feature, the k most similar train features vote for their class with
 * weight exp(sim / τ). Defaults k = 200, τ = 0.07.
 *
 * @example
 * const top1 = knnAccuracy(trainH, trainY, testH, testY, 10); // percent
 */
import { aten, noGrad, tidy, zeros, type Tensor } from "../tensor/index.js";

export interface KnnOptions {
  /** Neighbours. Default 200 (capped at the number of train rows). */
  k?: number;
  /** Temperature of the vote weights. Default 0.07. */
  temperature?: number;
  /** Test rows per similarity block (bounds memory at chunk × Ntrain floats). Default 1024. */
  chunk?: number;
}

/** Percent top-1 accuracy of the weighted kNN vote. Features [N, D] (any float dtype), labels int [N]. */
export function knnAccuracy(
  trainFeatures: Tensor,
  trainLabels: Tensor,
  testFeatures: Tensor,
  testLabels: Tensor,
  numClasses: number,
  opts: KnnOptions = {},
): number {
  const tau = opts.temperature ?? 0.07;
  const chunk = opts.chunk ?? 1024;
  return noGrad(() =>
    tidy(() => {
      const train = trainFeatures.float().normalize(1); // [Ntr, D]
      const trainY = trainLabels.to({ dtype: "int64", device: trainFeatures.device });
      const k = Math.min(opts.k ?? 200, train.size(0));
      const nTest = testFeatures.size(0);
      let correct = 0;
      for (let start = 0; start < nTest; start += chunk) {
        correct += tidy(() => {
          const n = Math.min(chunk, nTest - start);
          const q = testFeatures.narrow(0, start, n).float().normalize(1); // [n, D]
          const sim = q.mm(train.t()); // [n, Ntr]
          const [vals, idx] = aten.topk(sim, k, 1); // [n, k]
          const neighbourY = trainY.indexSelect(0, idx.flatten()).view([n, k]);
          const w = vals.div(tau).exp(); // [n, k]
          const votes = aten.scatter_add(zeros([n, numClasses], { device: w.device }), 1, neighbourY, w); // [n, C]
          const pred = votes.argmax(1);
          return pred.eq(testLabels.narrow(0, start, n).to({ dtype: "int64", device: pred.device })).sum().item();
        });
      }
      return (correct / nTest) * 100;
    }),
  );
}

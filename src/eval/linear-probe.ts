/**
 * Linear probe: multinomial logistic regression on frozen, standardised features, fitted to convergence by
 * full-batch L-BFGS (two-loop recursion, memory 10, Armijo backtracking), in float64.
 *
 * Objective: mean cross-entropy(X W + b, y) + (l2 / 2)·‖W‖²_F, with X standardised by the train split's per-feature
 * mean and std (std floored at 1e-8). This is the protocol of the SSL papers' linear evaluation, with full-batch
 * L-BFGS instead of SGD epochs because a convex problem this small converges exactly in a few hundred iterations.
 *
 * @example
 * const probe = fitLinearProbe(trainH, trainY, 10);   // trainH [N, D], trainY int64 [N]
 * const top1 = probe.accuracy(testH, testY);         // percent
 * probe.dispose();
 */
import { aten, noGrad, tidy, keep, zeros, type Tensor } from "../tensor/index.js";

export interface LinearProbeOptions {
  /** L2 penalty on W (not b). Default 1e-4. */
  l2?: number;
  /** Maximum L-BFGS iterations. Default 300. */
  maxIter?: number;
  /** Stop when the relative decrease of the objective falls below this. Default 1e-9. */
  tol?: number;
}

export interface LinearProbe {
  /** Percent top-1 accuracy on (features, labels). */
  accuracy(features: Tensor, labels: Tensor): number;
  /** Final objective value and iterations used (for tests and logs). */
  readonly objective: number;
  readonly iterations: number;
  dispose(): void;
}

/** Fits the probe. `features` [N, D] any float dtype, `labels` int64 [N] in [0, numClasses). */
export function fitLinearProbe(features: Tensor, labels: Tensor, numClasses: number, opts: LinearProbeOptions = {}): LinearProbe {
  const l2 = opts.l2 ?? 1e-4;
  const maxIter = opts.maxIter ?? 300;
  const tol = opts.tol ?? 1e-9;
  const [mean, std] = tidy(() => {
    const x = features.double();
    return [x.mean(0, true), x.std(0, 0, true).clampMin(1e-8)];
  });
  const D = features.size(1);
  const C = numClasses;
  const X = tidy(() => features.double().sub(mean).div(std)); // [N, D]
  const y = labels.to({ dtype: "int64", device: features.device });

  // θ = [W (D·C) ; b (C)] as one flat float64 vector.
  const objective = (theta: Tensor): Tensor => {
    const W = theta.narrow(0, 0, D * C).view([D, C]);
    const b = theta.narrow(0, D * C, C);
    const logits = X.mm(W).add(b); // [N, C]
    return aten.cross_entropy_loss(logits, y).add(W.square().sum().mul(l2 / 2));
  };
  const valueAndGrad = (theta: Tensor): [number, Tensor] =>
    tidy(() => {
      const t = theta.detach().requiresGrad_();
      const f = objective(t);
      f.backward();
      const g = t.grad!;
      return [f.item(), g] as [number, Tensor];
    });

  let theta = keep(zeros([D * C + C], { dtype: "float64", device: features.device }));
  let [f, g] = valueAndGrad(theta);
  keep(g);
  const S: Tensor[] = [];
  const Yh: Tensor[] = [];
  const rho: number[] = [];
  let it = 0;
  for (; it < maxIter; it++) {
    // Two-loop recursion: direction d = −H g.
    const d = tidy(() => {
      let q = g.clone();
      const alpha: number[] = [];
      for (let i = S.length - 1; i >= 0; i--) {
        const a = rho[i]! * S[i]!.dot(q).item();
        alpha[i] = a;
        q = q.sub(Yh[i]!, a);
      }
      if (S.length) {
        const last = S.length - 1;
        const gamma = S[last]!.dot(Yh[last]!).item() / Yh[last]!.dot(Yh[last]!).item();
        q = q.mul(gamma);
      } else {
        q = q.div(Math.max(1, g.norm().item()));
      }
      for (let i = 0; i < S.length; i++) {
        const beta = rho[i]! * Yh[i]!.dot(q).item();
        q = q.add(S[i]!, alpha[i]! - beta);
      }
      return q.neg();
    });
    const gd = tidy(() => g.dot(d).item());
    // Armijo backtracking.
    let step = 1;
    let next: Tensor | null = null;
    let fNext = f;
    let gNext: Tensor | null = null;
    for (let k = 0; k < 30; k++) {
      const cand = tidy(() => theta.add(d, step));
      const [fc, gc] = valueAndGrad(cand);
      if (fc <= f + 1e-4 * step * gd) {
        next = keep(cand);
        fNext = fc;
        gNext = keep(gc);
        break;
      }
      cand.dispose();
      gc.dispose();
      step /= 2;
    }
    d.dispose();
    if (!next || !gNext) break; // no decrease possible: converged to precision
    const s = keep(tidy(() => next!.sub(theta)));
    const yv = keep(tidy(() => gNext!.sub(g)));
    const sy = tidy(() => s.dot(yv).item());
    theta.dispose();
    g.dispose();
    theta = next;
    g = gNext;
    const rel = Math.abs(f - fNext) / Math.max(1, Math.abs(f));
    f = fNext;
    if (sy > 1e-12) {
      S.push(s);
      Yh.push(yv);
      rho.push(1 / sy);
      if (S.length > 10) {
        S.shift()!.dispose();
        Yh.shift()!.dispose();
        rho.shift();
      }
    } else {
      s.dispose();
      yv.dispose();
    }
    if (rel < tol) {
      it++;
      break;
    }
  }
  for (const t of [...S, ...Yh, g, X, y]) t.dispose();
  // In a scope: narrow/view make intermediate handles that must not outlive this line.
  const [W, b] = tidy(() => [theta.narrow(0, 0, D * C).view([D, C]).contiguous(), theta.narrow(0, D * C, C).contiguous()]);
  theta.dispose();
  let disposed = false;
  return {
    objective: f,
    iterations: it,
    accuracy(feat: Tensor, lab: Tensor): number {
      return noGrad(() =>
        tidy(() => {
          const logits = feat.double().sub(mean).div(std).mm(W).add(b);
          const pred = logits.argmax(1);
          return pred.eq(lab.to("int64")).to("float64").mean().item() * 100;
        }),
      );
    },
    dispose(): void {
      if (disposed) return;
      disposed = true;
      for (const t of [W, b, mean, std]) t.dispose();
    },
  };
}

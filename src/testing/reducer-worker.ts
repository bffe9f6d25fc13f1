/**
 * One rank of the GradientReducer test (src/distributed/ddp.test.ts), run as `node reducer-worker.js DIR` under the
 * torchrun environment. It averages a small MLP's gradients over the group with PyTorch's DDP Reducer and, as
 * the independent reference, recomputes every rank's gradients itself in float64 on a copy of the model and averages
 * them. It writes both, and what a parameter that gets no gradient does, to DIR/rank<RANK>.json.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { randn, manualSeed, tidy, noGrad, TorchError, type Tensor } from "../tensor/index.js";
import { Module, Linear, ReLU, Sequential } from "../nn/index.js";
import { readDistEnv, ProcessGroup, GradientReducer, broadcastModule } from "../distributed/index.js";

class Mlp extends Module {
  readonly body = this.registerModule("body", new Sequential(new Linear(8, 64, { dtype: "float64" }), new ReLU(), new Linear(64, 64, { dtype: "float64" }), new ReLU(), new Linear(64, 4, { dtype: "float64" })));
  readonly unused = this.registerModule("unused", new Linear(4, 4, { dtype: "float64" }));
  forward(x: Tensor): Tensor {
    return this.body.forward(x);
  }
}

// Rank r's input at iteration i is a function of (r, i), so every rank can recompute every other rank's gradient.
const input = (rank: number, it: number) => {
  manualSeed(1000 * it + rank);
  return randn([16, 8], "float64");
};
const lossOf = (m: Mlp, x: Tensor) => m.forward(x).square().mean();

const env = readDistEnv()!;
const pg = ProcessGroup.init(env, { timeoutMs: 20_000 });
manualSeed(env.rank); // different init per rank: the broadcast must make them equal
const model = new Mlp();
broadcastModule(model, pg);
const reference = new Mlp();
noGrad(() => reference.loadStateDict(model.stateDict()));

const used = model.body.parameters();
// A 1 KiB cap splits the rebuilt buckets (from iteration 2 on) into several, so several all-reduces overlap backward.
const sync = new GradientReducer(used, pg, { bucketCapMb: 1 / 1024 });
const iterations: { got: number[][]; want: number[][] }[] = [];
for (let it = 0; it < 3; it++) {
  for (const p of used) p.clearGrad();
  tidy(() => {
    const loss = lossOf(model, input(env.rank, it));
    sync.beforeBackward();
    loss.backward();
    sync.afterBackward();
  });
  const got = used.map((p) => Array.from(p.grad!.toFloat64Array()));
  // Reference: the mean over ranks of each rank's own gradient, computed here without any collective.
  const want = used.map((p) => new Array<number>(p.numel).fill(0));
  for (let r = 0; r < env.worldSize; r++) {
    for (const p of reference.parameters()) p.clearGrad();
    tidy(() => lossOf(reference, input(r, it)).backward());
    reference.body.parameters().forEach((p, k) => p.grad!.toFloat64Array().forEach((v, j) => (want[k]![j]! += v / env.worldSize)));
  }
  iterations.push({ got, want });
}
sync.dispose();

// A parameter that gets no gradient leaves its bucket unreduced: the next beforeBackward() says so.
const withUnused = new GradientReducer([...used, ...model.unused.parameters()], pg);
let unusedError = "";
try {
  for (let it = 0; it < 2; it++) {
    for (const p of model.parameters()) p.clearGrad();
    tidy(() => {
      const loss = lossOf(model, input(env.rank, it));
      withUnused.beforeBackward();
      loss.backward();
    });
  }
} catch (e) {
  if (!(e instanceof TorchError)) throw e;
  unusedError = e.message;
}
withUnused.dispose();
writeFileSync(join(process.argv[2]!, `rank${env.rank}.json`), JSON.stringify({ overlapped: sync.overlapped, iterations, unusedError }));
pg.destroy();

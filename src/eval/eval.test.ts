import { test } from "node:test";
import assert from "node:assert/strict";
import { fitLinearProbe, knnAccuracy } from "./index.js";
import { tensor, randn, randint, manualSeed, tidy, memory } from "../tensor/index.js";
import { torchRef, enc } from "../testing/torch-ref.js";
import { onDevice, testDevices } from "../testing/devices.js";

for (const device of testDevices()) test(onDevice(device, "linear probe reaches the same optimum as PyTorch's L-BFGS on the same objective"), () => {
  tidy(() => {
    manualSeed(4);
    const N = 300, D = 8, C = 3;
    const centers = randn([C, D], "float64").mul(1.5);
    const y = randint(0, C, [N]);
    const x = centers.indexSelect(0, y).add(randn([N, D], "float64"));
    const probe = fitLinearProbe(x.toDevice(device), y.toDevice(device), C, { l2: 1e-3, maxIter: 500, tol: 1e-12 });
    const ref = torchRef<{ f: number }>(
      `x, y = inp["x"], inp["y"].long()
m, s = x.mean(0, keepdim=True), x.std(0, unbiased=False, keepdim=True).clamp_min(1e-8)
X = (x - m) / s
W = torch.zeros(X.shape[1], 3, requires_grad=True); b = torch.zeros(3, requires_grad=True)
opt = torch.optim.LBFGS([W, b], lr=1, max_iter=2000, tolerance_grad=1e-12, tolerance_change=1e-14, history_size=20, line_search_fn="strong_wolfe")
def closure():
    opt.zero_grad()
    f = torch.nn.functional.cross_entropy(X @ W + b, y) + 1e-3 / 2 * W.square().sum()
    f.backward()
    return f
opt.step(closure)
out = {"f": float(closure())}`,
      { x: enc(x), y: enc(y) },
    );
    assert.ok(Math.abs(probe.objective - ref.f) < 1e-7 * Math.max(1, ref.f), `ours ${probe.objective} vs torch ${ref.f}`);
    const acc = probe.accuracy(x.toDevice(device), y.toDevice(device));
    assert.ok(acc > 80 && acc <= 100, `train accuracy ${acc}`);
    probe.dispose();
  });
});

test("linear probe separates linearly separable classes perfectly and frees its tensors", () => {
  const before = memory().liveTensors;
  tidy(() => {
    const x = tensor([[0, 0], [0, 1], [1, 0], [5, 5], [5, 6], [6, 5]], undefined, "float64");
    const y = tensor([0, 0, 0, 1, 1, 1], undefined, "int64");
    const live = memory().liveTensors;
    const probe = fitLinearProbe(x, y, 2);
    assert.equal(memory().liveTensors - live, 4, "the fitted probe holds exactly W, b and the feature mean/std");
    assert.equal(probe.accuracy(x, y), 100);
    assert.equal(probe.accuracy(tensor([[0.5, 0.2], [5.5, 5.1]], undefined, "float64"), tensor([0, 1], undefined, "int64")), 100);
    probe.dispose();
    probe.dispose();
  });
  assert.equal(memory().liveTensors, before);
});

for (const device of testDevices()) test(onDevice(device, "kNN matches a brute-force PyTorch implementation of the weighted cosine vote"), () => {
  tidy(() => {
    manualSeed(5);
    const tr = randn([400, 16]);
    const trY = randint(0, 5, [400]);
    const te = randn([150, 16]).add(tr.slice(0, 0, 150).mul(0.8));
    const teY = trY.slice(0, 0, 150);
    const [a, b, c, d] = [tr, trY, te, teY].map((t) => t.toDevice(device));
    const ours = knnAccuracy(a!, b!, c!, d!, 5, { k: 20, chunk: 64 });
    const ref = torchRef<{ acc: number }>(
      `tr, trY, te, teY = inp["tr"].float(), inp["trY"].long(), inp["te"].float(), inp["teY"].long()
tr = torch.nn.functional.normalize(tr, dim=1); te = torch.nn.functional.normalize(te, dim=1)
sim = te @ tr.T
v, i = sim.topk(20, dim=1)
w = (v / 0.07).exp()
votes = torch.zeros(te.shape[0], 5, dtype=w.dtype).scatter_add_(1, trY[i], w)
out = {"acc": float((votes.argmax(1) == teY).float().mean() * 100)}`,
      { tr: enc(tr), trY: enc(trY), te: enc(te), teY: enc(teY) },
    );
    assert.ok(Math.abs(ours - ref.acc) < 1e-4, `ours ${ours} vs torch ${ref.acc}`); // torch averages in float32
    assert.ok(ours > 35, "neighbours carry the label signal (chance is 20%)");
  });
});

import { test } from "node:test";
import assert from "node:assert/strict";
import { manualSeed, noGrad, randn, tidy, zeros, type Tensor } from "../tensor/index.js";
import { torchRef, enc, dec } from "../testing/torch-ref.js";
import { tensorFile, readTensorFile, tempPath, PY_TENSOR_FILES, type TensorFileRef } from "../testing/tensor-files.js";
import { relErr } from "../testing/module-parity.js";
import { memoryGrowth } from "../testing/memory.js";
import { InputError } from "../util/errors.js";
import { DINOHead, truncNormal_, type DINOHeadOptions } from "./index.js";

// facebookresearch/dino vision_transformer.py DINOHead (its _init_weights is skipped: the weights are loaded).
const PY_HEAD = `${PY_TENSOR_FILES}
import torch.nn as nn
class DINOHead(nn.Module):
    def __init__(self, in_dim, out_dim, use_bn=False, norm_last_layer=True, nlayers=3, hidden_dim=2048, bottleneck_dim=256):
        super().__init__()
        nlayers = max(nlayers, 1)
        if nlayers == 1:
            self.mlp = nn.Linear(in_dim, bottleneck_dim)
        else:
            layers = [nn.Linear(in_dim, hidden_dim)]
            if use_bn:
                layers.append(nn.BatchNorm1d(hidden_dim))
            layers.append(nn.GELU())
            for _ in range(nlayers - 2):
                layers.append(nn.Linear(hidden_dim, hidden_dim))
                if use_bn:
                    layers.append(nn.BatchNorm1d(hidden_dim))
                layers.append(nn.GELU())
            layers.append(nn.Linear(hidden_dim, bottleneck_dim))
            self.mlp = nn.Sequential(*layers)
        self.last_layer = nn.utils.weight_norm(nn.Linear(bottleneck_dim, out_dim, bias=False))
        self.last_layer.weight_g.data.fill_(1)
        if norm_last_layer:
            self.last_layer.weight_g.requires_grad = False
    def forward(self, x):
        x = self.mlp(x)
        x = nn.functional.normalize(x, dim=-1, p=2)
        x = self.last_layer(x)
        return x
`;

const REF = `${PY_HEAD}
c = inp["cfg"]
model = DINOHead(c["inDim"], c["outDim"], use_bn=c["useBn"], norm_last_layer=c["normLastLayer"], nlayers=c["nlayers"],
                 hidden_dim=c["hiddenDim"], bottleneck_dim=c["bottleneckDim"]).double()
model.load_state_dict(load_tensors(inp["sd"]))
model.train()
x = inp["x"].clone().requires_grad_()
y = model(x)
(y * inp["w"]).sum().backward()
grads = {k: p.grad for k, p in model.named_parameters() if p.grad is not None}
model.eval()
with torch.no_grad():
    y_eval = model(inp["x"])
# a head with PyTorch's own init, to load into ours
torch.manual_seed(0)
other = DINOHead(c["inDim"], c["outDim"], use_bn=c["useBn"], norm_last_layer=c["normLastLayer"], nlayers=c["nlayers"],
                 hidden_dim=c["hiddenDim"], bottleneck_dim=c["bottleneckDim"]).double().eval()
with torch.no_grad():
    y_other = other(inp["x"])
out = {
    "keys": [[k, list(v.shape)] for k, v in model.state_dict().items()],
    "trainable": [k for k, p in model.named_parameters() if p.requires_grad],
    "y": y, "yEval": y_eval, "gx": x.grad, "grads": save_tensors(inp["g"], grads),
    "otherSd": save_tensors(inp["o"], other.state_dict()), "yOther": y_other,
}
`;

interface HeadRef {
  keys: [string, number[]][];
  trainable: string[];
  y: unknown;
  yEval: unknown;
  gx: unknown;
  grads: TensorFileRef;
  otherSd: TensorFileRef;
  yOther: unknown;
}

type Cfg = Required<Omit<DINOHeadOptions, "dtype" | "where">> & { inDim: number; outDim: number };

function parity(cfg: Cfg): void {
  const head = new DINOHead(cfg.inDim, cfg.outDim, { ...cfg, dtype: "float64" });
  // Random gains, so that a trainable g is really exercised (the official fills them with 1)
  if (!cfg.normLastLayer) noGrad(() => head.lastLayer.weightG.copy_(randn([cfg.outDim, 1], "float64").abs().add(0.5)));
  const x = randn([9, cfg.inDim], "float64");
  const w = randn([9, cfg.outDim], "float64");
  const ref = torchRef<HeadRef>(REF, {
    cfg, sd: tensorFile(head.stateDict()), x: enc(x), w: enc(w), g: tempPath("grads"), o: tempPath("other"),
  });
  const label = JSON.stringify(cfg);
  tidy(() => {
    // state dict: PyTorch's names and shapes; the fixed gain is listed after weight_v here (a buffer)
    const ours = [...head.stateDict()].map(([k, t]) => [k, t.shape] as [string, number[]]);
    if (cfg.normLastLayer) {
      const byName = (a: [string, number[]], b: [string, number[]]) => a[0].localeCompare(b[0]);
      assert.deepEqual([...ours].sort(byName), [...ref.keys].sort(byName), label);
    } else {
      assert.deepEqual(ours, ref.keys, label);
    }
    assert.deepEqual([...head.namedParameters().keys()], ref.trainable, `${label}: trainable parameters`);
    // output and gradients, train mode
    head.train();
    const xl = x.clone().requiresGrad_();
    const y = head.forward(xl);
    y.mul(w).sum().backward();
    assert.ok(relErr(y, dec(ref.y)) < 1e-12, `${label}: output`);
    assert.ok(relErr(xl.grad!, dec(ref.gx)) < 1e-12, `${label}: d/dx`);
    const grads = readTensorFile(ref.grads);
    assert.deepEqual([...head.namedParameters().keys()].sort(), [...grads.keys()].sort(), `${label}: gradient names`);
    for (const [k, p] of head.namedParameters()) assert.ok(relErr(p.grad!, grads.get(k)!) < 1e-12, `${label}: grad ${k}`);
    assert.ok(grads.has("last_layer.weight_v"));
    // eval mode (BatchNorm running statistics after the one training step)
    head.eval();
    assert.ok(relErr(noGrad(() => head.forward(x)), dec(ref.yEval)) < 1e-12, `${label}: eval output`);
    // a PyTorch-initialised head's state dict loads into ours and gives its outputs
    head.loadStateDict(readTensorFile(ref.otherSd));
    assert.ok(relErr(noGrad(() => head.forward(x)), dec(ref.yOther)) < 1e-12, `${label}: loaded PyTorch weights`);
  });
  head.dispose();
  x.dispose();
  w.dispose();
}

test("DINOHead matches the official PyTorch DINOHead: state-dict names, output, d/dx and d/d weight_v (and every parameter)", () => {
  manualSeed(61);
  const base = { inDim: 12, outDim: 10, hiddenDim: 16, bottleneckDim: 8, nlayers: 3, useBn: false, normLastLayer: true };
  parity(base);
  parity({ ...base, useBn: true, normLastLayer: false, nlayers: 4 });
  parity({ ...base, nlayers: 1 });
  parity({ ...base, nlayers: 2, normLastLayer: false });
});

test("default widths, names and init: trunc_normal(std .02) MLP weights, zero biases, unit gains, Linear-init v", () => {
  manualSeed(62);
  const head = new DINOHead(256, 1000);
  assert.deepEqual([...head.stateDict().keys()], [
    "mlp.0.weight", "mlp.0.bias", "mlp.2.weight", "mlp.2.bias", "mlp.4.weight", "mlp.4.bias",
    "last_layer.weight_v", "last_layer.weight_g",
  ]);
  const sd = head.stateDict();
  assert.deepEqual(sd.get("mlp.2.weight")!.shape, [2048, 2048]);
  assert.deepEqual(sd.get("mlp.4.weight")!.shape, [256, 2048]);
  assert.deepEqual(sd.get("last_layer.weight_g")!.shape, [1000, 1]);
  assert.deepEqual(sd.get("last_layer.weight_v")!.shape, [1000, 256]);
  assert.equal(head.parameters().length, 7, "the fixed gain is not a parameter");
  const w = sd.get("mlp.2.weight")!.toFloat64Array(); // 4M draws
  const std = Math.sqrt(w.reduce((a, x) => a + x * x, 0) / w.length);
  assert.ok(Math.abs(std / 0.02 - 1) < 0.005, `std ${std}`);
  const within1 = w.reduce((a, x) => a + (Math.abs(x) < 0.02 ? 1 : 0), 0) / w.length;
  assert.ok(Math.abs(within1 - 0.6827) < 0.002, `P(|w| < σ) = ${within1}`); // normal, not uniform (0.577 for U(±√3σ))
  for (const k of ["mlp.0.bias", "mlp.2.bias", "mlp.4.bias"]) assert.ok(sd.get(k)!.toFloat64Array().every((x) => x === 0), k);
  assert.ok(sd.get("last_layer.weight_g")!.toFloat64Array().every((x) => x === 1));
  const v = sd.get("last_layer.weight_v")!.toFloat64Array();
  const bound = 1 / Math.sqrt(256); // nn.Linear's kaiming_uniform(a = √5)
  assert.ok(v.every((x) => Math.abs(x) <= bound) && v.some((x) => Math.abs(x) > 0.9 * bound));
  assert.equal(sd.get("mlp.0.weight")!.dtype, "float32");
  head.dispose();
});

test("truncNormal_ truncates: N(0, 1) cut at ±1 has std 0.5395 and nothing outside", () => {
  manualSeed(63);
  tidy(() => {
    const t = truncNormal_(zeros([200_000], "float64"), 1, 0, -1, 1).toFloat64Array();
    assert.ok(t.every((x) => x >= -1 && x <= 1));
    const std = Math.sqrt(t.reduce((a, x) => a + x * x, 0) / t.length);
    // Var of N(0, 1) truncated to [−1, 1] = 1 − 2φ(1)/(Φ(1) − Φ(−1)) = 1 − 2·0.2419707/0.6826895
    const want = Math.sqrt(1 - (2 * 0.24197072451914337) / 0.6826894921370859);
    assert.ok(Math.abs(std / want - 1) < 0.01, `std ${std} vs ${want}`);
    const shifted = truncNormal_(zeros([50_000], "float64"), 0.5, 3, 2.5, 4).toFloat64Array();
    assert.ok(shifted.every((x) => x >= 2.5 && x <= 4));
  });
});

test("bad widths are input errors naming the field", () => {
  assert.throws(() => new DINOHead(16, 0), (e: unknown) => e instanceof InputError && e.where === "dinoHead" && /outDim/.test(e.message));
  assert.throws(() => new DINOHead(16, 8, { nlayers: 0, where: "head" }), (e: unknown) => e instanceof InputError && e.where === "head");
  assert.throws(() => new DINOHead(16, 8, { hiddenDim: 2.5 }), (e: unknown) => e instanceof InputError && /hiddenDim/.test(e.message));
});

test("no tensor leaks across 100 train steps; the fixed gain never changes", () => {
  const head = new DINOHead(8, 12, { hiddenDim: 16, bottleneckDim: 4, useBn: true });
  const x = randn([6, 8]);
  const params = head.parameters();
  const step = (): void => tidy(() => {
    head.zeroGrad();
    head.forward(x).logSoftmax(1).mean().neg().backward();
    noGrad(() => params.forEach((p) => tidy(() => p.sub_(p.grad!, 0.1))));
  });
  assert.deepEqual(memoryGrowth(step, 100, 3), { tensors: 0, bytes: 0 });
  assert.ok(head.lastLayer.weightG.toFloat64Array().every((g) => g === 1));
  x.dispose();
  head.dispose();
});

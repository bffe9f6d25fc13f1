import { test } from "node:test";
import assert from "node:assert/strict";
import { memoryGrowth } from "../testing/memory.js";
import { randn, tidy, noGrad, manualSeed, keep, type Tensor } from "../tensor/index.js";
import { InputError } from "../util/errors.js";
import { torchRef, enc, dec, maxAbsDiff } from "../testing/torch-ref.js";
import { SGD, Adam, AdamW, LARS, barlowTwinsGroups, WarmupCosine, ConstantLr, type Optimizer, type BaseOptions } from "./index.js";

// The official Barlow Twins LARS (facebookresearch/barlowtwins main.py), re-typed for the reference.
const PY_LARS = `
class LARS(torch.optim.Optimizer):
    def __init__(self, params, lr, weight_decay=0, momentum=0.9, eta=0.001,
                 weight_decay_filter=None, lars_adaptation_filter=None):
        defaults = dict(lr=lr, weight_decay=weight_decay, momentum=momentum, eta=eta,
                        weight_decay_filter=weight_decay_filter, lars_adaptation_filter=lars_adaptation_filter)
        super().__init__(params, defaults)
    @torch.no_grad()
    def step(self):
        for g in self.param_groups:
            for p in g['params']:
                dp = p.grad
                if dp is None:
                    continue
                if g['weight_decay_filter'] is None or not g['weight_decay_filter'](p):
                    dp = dp.add(p, alpha=g['weight_decay'])
                if g['lars_adaptation_filter'] is None or not g['lars_adaptation_filter'](p):
                    param_norm = torch.norm(p)
                    update_norm = torch.norm(dp)
                    one = torch.ones_like(param_norm)
                    q = torch.where(param_norm > 0.,
                                    torch.where(update_norm > 0, (g['eta'] * param_norm / update_norm), one), one)
                    dp = dp.mul(q)
                param_state = self.state[p]
                if 'mu' not in param_state:
                    param_state['mu'] = torch.zeros_like(p)
                mu = param_state['mu']
                mu.mul_(g['momentum']).add_(dp)
                p.add_(mu, alpha=-g['lr'])
def exclude_bias_and_norm(p):
    return p.ndim == 1
`;

const SHAPES: Record<string, number[]> = { "conv.weight": [4, 3, 2, 2], "fc.weight": [5, 6], "fc.bias": [5], "bn.weight": [6] };
const STEPS = 6;

interface Problem {
  params: Map<string, Tensor>;
  /** grads[t].get(name); a missing name means "no gradient at this step" (the parameter is skipped). */
  grads: Map<string, Tensor>[];
  lrs: number[];
}

function problem(seed: number): Problem {
  manualSeed(seed);
  const params = new Map(Object.entries(SHAPES).map(([k, s]) => [k, keep(randn(s, "float64"))] as const));
  const grads = Array.from({ length: STEPS }, (_, t) => {
    const m = new Map<string, Tensor>();
    for (const [k, s] of Object.entries(SHAPES)) if (!(t === 2 && k === "fc.bias")) m.set(k, keep(randn(s, "float64").mul(0.5 + t)));
    return m;
  });
  return { params, grads, lrs: Array.from({ length: STEPS }, (_, t) => 0.05 * (t + 1)) };
}

/** Runs `from..to` steps of `opt` on `params` with the problem's gradients (set through backward). */
function run(opt: Optimizer<BaseOptions>, params: Map<string, Tensor>, pb: Problem, from: number, to: number): void {
  for (let t = from; t < to; t++) {
    opt.zeroGrad();
    tidy(() => {
      for (const [k, p] of params) {
        const g = pb.grads[t]!.get(k);
        if (g) p.mul(g).sum().backward(); // d/dp Σ p·g = g
      }
    });
    opt.setLr(pb.lrs[t]!);
    opt.step();
  }
}

function leafCopies(params: Map<string, Tensor>): Map<string, Tensor> {
  // clone without history, so that the copies are leaves
  return new Map([...params].map(([k, p]) => [k, keep(noGrad(() => p.clone())).requiresGrad_()] as const));
}

/** PyTorch: `make` is Python building `opt` from `params` (a dict of leaf tensors) and `scales` for the lrs. */
function reference(pb: Problem, make: string): Map<string, Tensor> {
  const out = torchRef<Record<string, unknown>>(`${PY_LARS}
params = {k: v.clone().requires_grad_() for k, v in inp["params"].items()}
${make}
for t in range(len(inp["grads"])):
    for k, p in params.items():
        g = inp["grads"][t].get(k)
        p.grad = None if g is None else g.clone()
    for i, g in enumerate(opt.param_groups):
        g["lr"] = inp["lrs"][t] * scales[i]
    opt.step()
out = params
`, {
    params: Object.fromEntries([...pb.params].map(([k, t]) => [k, enc(t)])),
    grads: pb.grads.map((m) => Object.fromEntries([...m].map(([k, t]) => [k, enc(t)]))),
    lrs: pb.lrs,
  });
  return new Map(Object.entries(out).map(([k, v]) => [k, dec(v)]));
}

function assertSame(ours: Map<string, Tensor>, ref: Map<string, Tensor>, tol: number, what: string): void {
  for (const [k, r] of ref) {
    const d = maxAbsDiff(ours.get(k)!, r);
    assert.ok(d <= tol, `${what}: ${k}: max |diff| ${d}`);
  }
}

const CASES: { name: string; ours: (p: Map<string, Tensor>) => Optimizer<BaseOptions>; py: string }[] = [
  { name: "SGD (plain)", ours: (p) => new SGD(p, { lr: 0.1 }), py: "opt = torch.optim.SGD(params.values(), lr=0.1, foreach=False); scales = [1]" },
  {
    name: "SGD (momentum, weight decay)",
    ours: (p) => new SGD(p, { lr: 0.1, momentum: 0.9, weightDecay: 1e-2 }),
    py: "opt = torch.optim.SGD(params.values(), lr=0.1, momentum=0.9, weight_decay=1e-2, foreach=False); scales = [1]",
  },
  {
    name: "SGD (nesterov, dampening 0)",
    ours: (p) => new SGD(p, { lr: 0.1, momentum: 0.8, nesterov: true, weightDecay: 5e-4 }),
    py: "opt = torch.optim.SGD(params.values(), lr=0.1, momentum=0.8, nesterov=True, weight_decay=5e-4, foreach=False); scales = [1]",
  },
  {
    name: "SGD (dampening, per-group options)",
    ours: (p) => new SGD([
      { params: [...p].filter(([, t]) => t.ndim > 1) },
      { params: [...p].filter(([, t]) => t.ndim === 1), weightDecay: 0, lrScale: 0.5 },
    ], { lr: 0.1, momentum: 0.9, dampening: 0.1, weightDecay: 1e-3 }),
    py: `opt = torch.optim.SGD([{"params": [p for p in params.values() if p.ndim > 1]},
                           {"params": [p for p in params.values() if p.ndim == 1], "weight_decay": 0}],
                          lr=0.1, momentum=0.9, dampening=0.1, weight_decay=1e-3, foreach=False); scales = [1, 0.5]`,
  },
  {
    name: "Adam (L2 weight decay)",
    ours: (p) => new Adam(p, { lr: 1e-2, weightDecay: 1e-2, beta1: 0.8 }),
    py: "opt = torch.optim.Adam(params.values(), lr=1e-2, betas=(0.8, 0.999), weight_decay=1e-2, foreach=False); scales = [1]",
  },
  {
    name: "AdamW (default weight decay 0.01)",
    ours: (p) => new AdamW(p, { lr: 1e-2 }),
    py: "opt = torch.optim.AdamW(params.values(), lr=1e-2, foreach=False); scales = [1]",
  },
  {
    name: "LARS (official Barlow Twins: two groups, exclude_bias_and_norm)",
    ours: (p) => new LARS(barlowTwinsGroups(p), { lr: 0, weightDecay: 1.5e-6 }),
    py: `weights = [p for p in params.values() if p.ndim != 1]; biases = [p for p in params.values() if p.ndim == 1]
opt = LARS([{"params": weights}, {"params": biases}], lr=0, weight_decay=1.5e-6,
           weight_decay_filter=exclude_bias_and_norm, lars_adaptation_filter=exclude_bias_and_norm)
scales = [0.2, 0.0048]`,
  },
  {
    name: "LARS (no exclusion, large weight decay)",
    ours: (p) => new LARS(p, { lr: 0, weightDecay: 0.1, eta: 0.02, momentum: 0.5, excludeBiasAndNorm: false }),
    py: "opt = LARS(params.values(), lr=0, weight_decay=0.1, eta=0.02, momentum=0.5); scales = [1]",
  },
];

for (const c of CASES) {
  test(`${c.name} gives PyTorch's parameters after ${STEPS} steps`, () => {
    const pb = problem(11);
    const params = leafCopies(pb.params);
    const opt = c.ours(params);
    run(opt, params, pb, 0, STEPS);
    assertSame(params, reference(pb, c.py), 1e-6, "vs PyTorch");
    // state()/loadState(): 3 steps, checkpoint, a fresh optimizer on copies continues identically
    const a = leafCopies(pb.params);
    const optA = c.ours(a);
    run(optA, a, pb, 0, 3);
    const saved = optA.state();
    const snapshot = { tensors: new Map([...saved.tensors].map(([k, t]) => [k, keep(t.clone())] as const)), scalars: { ...saved.scalars } };
    const b = leafCopies(a);
    const optB = c.ours(b);
    optB.loadState(snapshot);
    run(optB, b, pb, 3, STEPS);
    assertSame(b, params, 0, "resumed from state()");
    for (const m of [params, a, b, pb.params, ...pb.grads]) for (const t of m.values()) t.dispose();
    for (const t of snapshot.tensors.values()) t.dispose();
    for (const o of [opt, optA, optB]) o.dispose();
  });
}

test("optimizer state is named by parameter; loadState rejects unknown names and wrong shapes", () => {
  const pb = problem(12);
  const params = leafCopies(pb.params);
  const opt = new SGD(params, { lr: 0.1, momentum: 0.9 });
  run(opt, params, pb, 0, 1);
  const s = opt.state();
  assert.deepEqual([...s.tensors.keys()].sort(), ["bn.weight.momentum_buffer", "conv.weight.momentum_buffer", "fc.bias.momentum_buffer", "fc.weight.momentum_buffer"]);
  assert.equal(s.scalars["fc.weight.step"], 1);
  const bad = { tensors: new Map([["nope.momentum_buffer", s.tensors.get("fc.bias.momentum_buffer")!]]), scalars: {} };
  assert.throws(() => opt.loadState(bad), (e: unknown) => e instanceof InputError && /no parameter 'nope'/.test(e.message));
  const wrong = { tensors: new Map([["fc.bias.momentum_buffer", s.tensors.get("bn.weight.momentum_buffer")!]]), scalars: {} };
  assert.throws(() => opt.loadState(wrong), /has shape \[6\], parameter is \[5\]/);
  assert.throws(() => new SGD([["a", params.get("fc.bias")!], ["b", params.get("fc.bias")!]], { lr: 1 }), /same tensor/);
  opt.dispose();
  for (const m of [params, pb.params, ...pb.grads]) for (const t of m.values()) t.dispose();
});

test("optimizer steps leak no tensors", () => {
  const pb = problem(13);
  const params = leafCopies(pb.params);
  for (const make of [(p: Map<string, Tensor>) => new LARS(p, { lr: 0.1 }), (p: Map<string, Tensor>) => new AdamW(p, { lr: 0.1 })]) {
    const opt = make(params);
    run(opt, params, pb, 0, 2);
    assert.deepEqual(memoryGrowth(() => run(opt, params, pb, 0, STEPS), 50, 0), { tensors: 0, bytes: 0 });
    opt.dispose();
  }
  for (const m of [params, pb.params, ...pb.grads]) for (const t of m.values()) t.dispose();
});

test("warm-up + cosine schedule follows the official Barlow Twins formula", () => {
  const s = new WarmupCosine({ baseLr: 1, warmupSteps: 10, totalSteps: 110, endLr: 0.001 });
  assert.equal(s.lrAt(0), 0);
  assert.equal(s.lrAt(5), 0.5);
  assert.equal(s.lrAt(10), 1);
  assert.ok(Math.abs(s.lrAt(60) - (0.5 + 0.001 * 0.5)) < 1e-12);
  assert.ok(Math.abs(s.lrAt(110) - 0.001) < 1e-12);
  assert.ok(Math.abs(s.lrAt(500) - 0.001) < 1e-12);
  for (let t = 11; t < 110; t++) assert.ok(s.lrAt(t) < s.lrAt(t - 1));
  assert.equal(new WarmupCosine({ baseLr: 2, warmupSteps: 0, totalSteps: 5 }).lrAt(0), 2);
  assert.equal(new ConstantLr(0.3).lrAt(), 0.3);
  assert.throws(() => new WarmupCosine({ baseLr: 1, warmupSteps: 20, totalSteps: 10 }), RangeError);
});

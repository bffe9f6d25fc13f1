import { test } from "node:test";
import assert from "node:assert/strict";
import { onDevice, testDevices } from "../testing/devices.js";
import { manualSeed, randn, tensor, tidy, type Tensor } from "../tensor/index.js";
import { torchRef } from "../testing/torch-ref.js";
import { InputError } from "../util/errors.js";
import { simsiamLoss } from "./simsiam.js";
import { lossLeakGrowth, randomViews, relErr } from "../testing/loss-check.js";
import {
  PY_GROUPS, assertGroupsMatch, encGroups, evaluateGroups, finiteDiffGroups, type GroupsRef,
} from "../testing/loss-grads.js";

// main_simsiam.py's loss line for K = 2 (criterion = nn.CosineSimilarity(dim=1), z detached as builder.py's forward),
// and the mean over ordered pairs for K > 2.
const REF = `${PY_GROUPS}
criterion = nn.CosineSimilarity(dim=1)
def simsiam(p, z, stop):
    zt = [t.detach() for t in z] if stop else z
    if len(p) == 2:
        p1, p2 = p
        z1, z2 = zt
        loss = -(criterion(p1, z2).mean() + criterion(p2, z1).mean()) * 0.5
    else:
        pairs = [(i, j) for i in range(len(p)) for j in range(len(p)) if i != j]
        loss = -sum(criterion(p[i], zt[j]).mean() for i, j in pairs) / len(pairs)
    return loss, {"negCosine": loss}
def with_predictor(z, w, stop):
    return simsiam([t @ w[0] for t in z], z, stop)
out = []
for c in inp:
    f = with_predictor if c["predictor"] else simsiam
    out.append(run_groups(c["groups"], lambda a, b, c=c, f=f: f(a, b, c["stop"])))
`;

/** K predictions correlated with K projections (so the cosines are far from 0 and from ±1). */
function pz(k: number, n: number, d: number): Tensor[][] {
  const z = randomViews(k, n, d);
  return [z.map((t) => t.add(randn([n, d], "float64").mul(0.7))), z];
}

for (const device of testDevices()) test(onDevice(device, "matches main_simsiam.py in float64: value and gradients w.r.t. p AND z, with and without stop-gradient, K = 2 and 3"), () => {
  manualSeed(31);
  const cases = [
    { groups: pz(2, 16, 6), stop: true, predictor: false },
    { groups: pz(2, 16, 6), stop: false, predictor: false },
    { groups: pz(3, 12, 5), stop: true, predictor: false },
    { groups: pz(3, 12, 5), stop: false, predictor: false },
    // p = z·W: with stop-gradient, z's gradient is the predictor path's only
    { groups: [randomViews(2, 10, 4), [randn([4, 4], "float64")]], stop: true, predictor: true },
    { groups: [randomViews(2, 10, 4), [randn([4, 4], "float64")]], stop: false, predictor: true },
  ];
  const ref = torchRef<GroupsRef[]>(REF, cases.map((c) => ({ groups: encGroups(c.groups), stop: c.stop, predictor: c.predictor })));
  cases.forEach((c, i) => {
    const fn = ([a, b]: Tensor[][]) => c.predictor
      ? simsiamLoss(a!.map((z) => z.mm(b![0]!)), a!, { stopGradient: c.stop })
      : simsiamLoss(a!, b!, { stopGradient: c.stop });
    const ours = evaluateGroups(fn, c.groups, device);
    assertGroupsMatch(ours, ref[i]!, `case ${i}`);
    if (!c.predictor && c.stop) assert.ok(ours.grads[1]!.every((g) => g === null), "stop-gradient: nothing reaches z");
    if (!c.predictor && !c.stop) assert.ok(ours.grads[1]!.every((g) => g !== null && g.some((x) => x !== 0)), "no stop-gradient: z gets a gradient");
  });
});

test("autograd agrees with finite differences; with stop-gradient z's real dependency is cut", () => {
  manualSeed(32);
  const groups = pz(2, 8, 4);
  const idx = [0, 5, 13, 30];
  for (const stopGradient of [true, false]) {
    const fn = ([p, z]: Tensor[][]) => simsiamLoss(p!, z!, { stopGradient });
    const ours = evaluateGroups(fn, groups);
    const fdP = finiteDiffGroups(fn, groups, 0, 0, idx);
    assert.ok(relErr(fdP, idx.map((i) => ours.grads[0]![0]![i]!)) <= 1e-6, `d/dp1 (stopGradient ${stopGradient})`);
    const fdZ = finiteDiffGroups(fn, groups, 1, 1, idx);
    if (stopGradient) {
      assert.equal(ours.grads[1]![1], null);
      assert.ok(fdZ.some((x) => Math.abs(x) > 1e-3), "the loss does depend on z2: the stop-gradient is what removes it");
    } else {
      assert.ok(relErr(fdZ, idx.map((i) => ours.grads[1]![1]![i]!)) <= 1e-6, "d/dz2 without stop-gradient");
    }
  }
});

test("hand-computed: identical p and z give −1, opposite +1, orthogonal 0; scale does not matter", () => {
  tidy(() => {
    const a = tensor([[1, 2, 2], [3, 0, -4]], undefined, "float64"); // norms 3 and 5
    const b = tensor([[-2, 1, 0], [4, 0, 3]], undefined, "float64"); // orthogonal to a, row by row
    const near = (x: number, want: number): boolean => Math.abs(x - want) < 1e-15;
    assert.ok(near(simsiamLoss([a, a], [a, a]).loss.item(), -1));
    assert.ok(near(simsiamLoss([a.mul(7), a], [a, a.mul(0.1)]).loss.item(), -1));
    assert.ok(near(simsiamLoss([a, a], [a.neg(), a.neg()]).loss.item(), 1));
    assert.ok(near(simsiamLoss([a, a], [b, b]).loss.item(), 0));
    // p1 against z2 = a (cos 1), p2 against z1 = b (cos 0): −½(1 + 0)
    const r = simsiamLoss([a, a], [b, a]);
    assert.ok(near(r.loss.item(), -0.5));
    assert.equal(r.terms.negCosine!.item(), r.loss.item());
    // A zero prediction has cosine 0 (its norm is clamped at eps, as nn.CosineSimilarity)
    const zero = tensor([[0, 0, 0], [3, 0, -4]], undefined, "float64");
    assert.ok(near(simsiamLoss([zero, zero], [a, a]).loss.item(), -0.5));
  });
});

test("bad input names the list and index; options are checked", () => {
  tidy(() => {
    const [a, b, c] = randomViews(3, 4, 3);
    const isInput = (where: string) => (e: unknown) => e instanceof InputError && e.where === where;
    assert.throws(() => simsiamLoss([a!], [b!]), isInput("p"));
    assert.throws(() => simsiamLoss([a!, b!], [a!, b!, c!]), isInput("z"));
    assert.throws(() => simsiamLoss([a!, b!], [a!, randn([4, 2], "float64")]), isInput("z[1]"));
    assert.throws(() => simsiamLoss([a!, b!], [a!.float(), b!.float()]), isInput("z[0]"));
    assert.throws(() => simsiamLoss([a!, b!], [a!, b!], { eps: 0 }), isInput("eps"));
    assert.throws(() => simsiamLoss([a!, b!], [a!, b!], { stopGradient: 1 as unknown as boolean }), isInput("stopGradient"));
  });
});

test("no tensor leaks over many calls", () => {
  manualSeed(33);
  const [p, z] = pz(2, 16, 4);
  const p1 = p![0]!.detach().requiresGrad_();
  assert.equal(lossLeakGrowth(() => simsiamLoss([p1, p![1]!], z!), p1), 0);
  assert.equal(lossLeakGrowth(() => simsiamLoss([p1, p![1]!], z!, { stopGradient: false }), p1), 0);
});

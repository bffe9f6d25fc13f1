import { test } from "node:test";
import assert from "node:assert/strict";
import { onDevice, testDevices } from "../testing/devices.js";
import { manualSeed, randn, tensor, tidy, type Tensor } from "../tensor/index.js";
import { torchRef } from "../testing/torch-ref.js";
import { InputError } from "../util/errors.js";
import { byolLoss, byolL2Normalize } from "./byol.js";
import { simsiamLoss } from "./simsiam.js";
import { lossLeakGrowth, randomViews, relErr } from "../testing/loss-check.js";
import {
  PY_GROUPS, assertGroupsMatch, encGroups, evaluateGroups, finiteDiffGroups, type GroupsRef,
} from "../testing/loss-grads.js";

// deepmind-research byol: utils/helpers.py l2_normalize / regression_loss and byol_experiment.py's repr_loss, in torch
// (jnp.maximum → clamp, lax.rsqrt → rsqrt); K > 2 as 2 × the mean over ordered pairs.
const REF = `${PY_GROUPS}
def l2_normalize(x, axis=-1, epsilon=1e-12):
    square_sum = torch.sum(torch.square(x), dim=axis, keepdim=True)
    x_inv_norm = torch.rsqrt(torch.clamp(square_sum, min=epsilon))
    return x * x_inv_norm
def regression_loss(x, y):
    normed_x, normed_y = l2_normalize(x, axis=-1), l2_normalize(y, axis=-1)
    return torch.sum((normed_x - normed_y) ** 2, dim=-1)
def byol(p, z):
    if len(p) == 2:
        repr_loss = regression_loss(p[0], z[1].detach())
        repr_loss = repr_loss + regression_loss(p[1], z[0].detach())
        repr_loss = torch.mean(repr_loss)
    else:
        pairs = [(i, j) for i in range(len(p)) for j in range(len(p)) if i != j]
        repr_loss = 2 * sum(regression_loss(p[i], z[j].detach()).mean() for i, j in pairs) / len(pairs)
    return repr_loss, {"regression": repr_loss / 2}
out = [run_groups(g, byol) for g in inp]
`;

function pz(k: number, n: number, d: number): Tensor[][] {
  const z = randomViews(k, n, d);
  return [z.map((t) => t.add(randn([n, d], "float64").mul(0.7))), z];
}

for (const device of testDevices()) test(onDevice(device, "matches the official BYOL loss in float64: value, term and gradients (none into the targets), K = 2 and 3"), () => {
  manualSeed(41);
  const cases = [pz(2, 16, 6), pz(2, 9, 3), pz(3, 12, 5)];
  // A row of tiny norm (below the 1e-6 of sqrt(eps)) exercises the official eps placement.
  cases[1]![0]![0] = tidy(() => {
    const p = cases[1]![0]![0]!;
    const mask = tensor([1e-8, ...Array<number>(8).fill(1)], [9, 1], "float64");
    return p.mul(mask);
  });
  const ref = torchRef<GroupsRef[]>(REF, cases.map(encGroups));
  cases.forEach((c, i) => {
    const ours = evaluateGroups(([p, z]) => byolLoss(p!, z!), c, device);
    assertGroupsMatch(ours, ref[i]!, `case ${i}`);
    assert.ok(ours.grads[1]!.every((g) => g === null), "no gradient reaches the targets");
  });
});

test("autograd agrees with finite differences; the targets' real dependency is cut", () => {
  manualSeed(42);
  const groups = pz(2, 8, 4);
  const fn = ([p, z]: Tensor[][]) => byolLoss(p!, z!);
  const ours = evaluateGroups(fn, groups);
  const idx = [1, 6, 17, 31];
  const fd = finiteDiffGroups(fn, groups, 0, 1, idx);
  assert.ok(relErr(fd, idx.map((i) => ours.grads[0]![1]![i]!)) <= 1e-6);
  assert.ok(finiteDiffGroups(fn, groups, 1, 0, idx).some((x) => Math.abs(x) > 1e-3), "the loss depends on the targets");
});

test("hand-computed: 0 when aligned, 8 when opposite, 4 when orthogonal; summed directions = 2·(2 − 2·cos)", () => {
  tidy(() => {
    const a = tensor([[1, 2, 2], [3, 0, -4]], undefined, "float64");
    const b = tensor([[-2, 1, 0], [4, 0, 3]], undefined, "float64"); // orthogonal to a, row by row
    const near = (x: number, want: number, tol = 1e-14): boolean => Math.abs(x - want) < tol;
    assert.ok(near(byolLoss([a, a.mul(3)], [a.mul(0.5), a]).loss.item(), 0));
    assert.ok(near(byolLoss([a, a], [a.neg(), a.neg()]).loss.item(), 8));
    const ortho = byolLoss([a, a], [b, b]);
    assert.ok(near(ortho.loss.item(), 4));
    assert.ok(near(ortho.terms.regression!.item(), 2));
    // For rows of ordinary norm, regression = 2 − 2·mean cos = 2 + 2·(SimSiam's negCosine): an independent path.
    manualSeed(43);
    const [p, z] = pz(2, 20, 7);
    const byol = byolLoss(p!, z!).terms.regression!.item();
    const sim = simsiamLoss(p!, z!).loss.item();
    assert.ok(near(byol, 2 + 2 * sim, 1e-13), `${byol} vs ${2 + 2 * sim}`);
  });
});

test("hand-computed: the eps sits on the squared norm (rows rescaled by at most 1e6), as helpers.l2_normalize", () => {
  tidy(() => {
    const u = tensor([[0.6, 0.8], [1, 0]], undefined, "float64"); // unit rows
    // ‖1e-7·u‖² = 1e-14 < 1e-12: n(1e-7·u) = 1e-7·u·1e6 = 0.1·u, and ‖0.1u − u‖² = 0.81 per direction.
    const tiny = u.mul(1e-7);
    assert.ok(relErr(byolL2Normalize(tiny).toFloat64Array(), u.mul(0.1).toFloat64Array()) < 1e-12);
    assert.ok(Math.abs(byolLoss([tiny, tiny], [u, u]).loss.item() - 2 * 0.81) < 1e-12);
    // A zero target normalises to 0: each direction costs ‖n(p)‖² = 1.
    const zero = tensor([[0, 0], [0, 0]], undefined, "float64");
    assert.ok(Math.abs(byolLoss([u, u], [zero, zero]).loss.item() - 2) < 1e-15);
  });
});

test("bad input names the list and index; eps is checked", () => {
  tidy(() => {
    const [a, b] = randomViews(2, 4, 3);
    const isInput = (where: string) => (e: unknown) => e instanceof InputError && e.where === where;
    assert.throws(() => byolLoss([a!, b!], [a!]), isInput("zTarget"));
    assert.throws(() => byolLoss([a!, b!.view([2, 6])], [a!, b!]), isInput("p[1]"));
    assert.throws(() => byolLoss([a!, b!], [a!, b!], { eps: -1 }), isInput("eps"));
  });
});

test("no tensor leaks over many calls", () => {
  manualSeed(44);
  const [p, z] = pz(3, 16, 4);
  const p1 = p![0]!.detach().requiresGrad_();
  assert.equal(lossLeakGrowth(() => byolLoss([p1, p![1]!, p![2]!], z!), p1), 0);
});

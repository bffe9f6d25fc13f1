import { test } from "node:test";
import assert from "node:assert/strict";
import { onDevice, testDevices } from "../testing/devices.js";
import { manualSeed, randn, tensor, tidy, zeros, type Tensor } from "../tensor/index.js";
import { torchRef, enc } from "../testing/torch-ref.js";
import { InputError } from "../util/errors.js";
import { dinoLoss, dinoCenterUpdate, teacherTemperature } from "./dino.js";
import { liveTensorGrowth, lossLeakGrowth, relErr } from "../testing/loss-check.js";
import {
  PY_GROUPS, assertGroupsMatch, encGroups, evaluateGroups, finiteDiffGroups, type GroupsRef,
} from "../testing/loss-grads.js";

// facebookresearch/dino main_dino.py DINOLoss (forward with the temperature passed in; update_center with world
// size 1, where dist.all_reduce is the identity). The entropy / KL split is computed independently (xlogy, kl_div).
const PY_DINO = `
class DINOLoss(nn.Module):
    def __init__(self, out_dim, ncrops, student_temp=0.1, center_momentum=0.9):
        super().__init__()
        self.student_temp = student_temp
        self.center_momentum = center_momentum
        self.ncrops = ncrops
        self.register_buffer("center", torch.zeros(1, out_dim))
    def forward(self, student_output, teacher_output, temp):
        student_out = student_output / self.student_temp
        student_out = student_out.chunk(self.ncrops)
        teacher_out = F.softmax((teacher_output - self.center) / temp, dim=-1)
        teacher_out = teacher_out.detach().chunk(2)
        total_loss = 0
        n_loss_terms = 0
        for iq, q in enumerate(teacher_out):
            for v in range(len(student_out)):
                if v == iq:
                    continue
                loss = torch.sum(-q * F.log_softmax(student_out[v], dim=-1), dim=-1)
                total_loss += loss.mean()
                n_loss_terms += 1
        total_loss /= n_loss_terms
        return total_loss
    @torch.no_grad()
    def update_center(self, teacher_output):
        batch_center = torch.sum(teacher_output, dim=0, keepdim=True)
        batch_center = batch_center / len(teacher_output)
        self.center = self.center * self.center_momentum + batch_center * (1 - self.center_momentum)
def split_terms(student, teacher, center, t_temp, s_temp):
    ent, kl = [], []
    for iq, t in enumerate(teacher):
        q = F.softmax((t.detach() - center) / t_temp, dim=-1)
        for v, s in enumerate(student):
            if v == iq:
                continue
            ent.append(-torch.xlogy(q, q).sum(-1).mean())
            kl.append(F.kl_div(F.log_softmax(s / s_temp, dim=-1), q, reduction="batchmean"))
    return sum(ent) / len(ent), sum(kl) / len(kl)
`;

const REF = `${PY_GROUPS}${PY_DINO}
out = []
for c in inp:
    def f(student, teacher, c=c):
        crit = DINOLoss(student[0].shape[1], len(student), c["studentTemp"])
        crit.center = c["center"].reshape(1, -1)
        loss = crit(torch.cat(student), torch.cat(teacher), c["teacherTemp"])
        ent, kl = split_terms(student, teacher, crit.center, c["teacherTemp"], c["studentTemp"])
        return loss, {"crossEntropy": loss, "teacherEntropy": ent, "kl": kl}
    out.append(run_groups(c["groups"], f))
`;

/** V student outputs and the teacher's 2 (global-view) outputs, correlated, with logits of DINO-like scale. */
function outputs(v: number, n: number, k: number): Tensor[][] {
  return tidy(() => {
    const base = randn([n, k], "float64");
    const student = Array.from({ length: v }, () => base.add(randn([n, k], "float64").mul(0.8)));
    const teacher = [0, 1].map((i) => student[i]!.mul(0.9).add(randn([n, k], "float64").mul(0.3)));
    return [student, teacher];
  });
}

for (const device of testDevices()) test(onDevice(device, "matches DINOLoss.forward in float64: value, entropy / KL split and d/d student, 2 and 4 student crops"), () => {
  manualSeed(51);
  const cases = [
    { groups: outputs(2, 12, 7), center: randn([1, 7], "float64").mul(0.3), opts: { teacherTemp: 0.04 } },
    { groups: outputs(4, 10, 6), center: randn([1, 6], "float64").mul(0.3), opts: { teacherTemp: 0.07 } },
    { groups: outputs(4, 8, 5), center: randn([5], "float64").mul(0.3), opts: { teacherTemp: 0.05, studentTemp: 0.2 } },
  ];
  const ref = torchRef<GroupsRef[]>(REF, cases.map((c) => ({
    groups: encGroups(c.groups), center: enc(c.center), teacherTemp: c.opts.teacherTemp, studentTemp: c.opts.studentTemp ?? 0.1,
  })));
  cases.forEach((c, i) => {
    const ours = evaluateGroups(([s, t]) => dinoLoss(s!, t!, c.center.to({ device }), c.opts), c.groups, device);
    assertGroupsMatch(ours, ref[i]!, `case ${i}`);
    assert.ok(ours.grads[1]!.every((g) => g === null), "no gradient reaches the teacher");
    assert.ok(ours.terms.kl! > 0 && ours.terms.teacherEntropy! > 0);
  });
});

test("autograd agrees with finite differences w.r.t. a global and a local student crop", () => {
  manualSeed(52);
  const groups = outputs(4, 6, 5);
  const center = randn([1, 5], "float64").mul(0.2);
  const fn = ([s, t]: Tensor[][]) => dinoLoss(s!, t!, center, { teacherTemp: 0.06 });
  const ours = evaluateGroups(fn, groups);
  const idx = [0, 7, 18, 29];
  for (const v of [1, 3]) {
    const fd = finiteDiffGroups(fn, groups, 0, v, idx);
    assert.ok(relErr(fd, idx.map((i) => ours.grads[0]![v]![i]!)) <= 1e-6, `student[${v}]`);
  }
});

test("hand-computed: uniform outputs cost log K with zero KL; a known teacher distribution; the pair count", () => {
  tidy(() => {
    const k = 4;
    const z = zeros([3, k], "float64");
    const u = dinoLoss([z, z, z], [z, z], zeros([1, k], "float64"));
    assert.ok(Math.abs(u.loss.item() - Math.log(k)) < 1e-15);
    assert.ok(Math.abs(u.terms.teacherEntropy!.item() - Math.log(k)) < 1e-15);
    assert.ok(Math.abs(u.terms.kl!.item()) < 1e-15);
    // K = 2, teacher logits (log 3, 0)·τ_t: P_t = (3/4, 1/4); a uniform student: CE = log 2.
    const tauT = 0.04;
    const t = tensor([[Math.log(3) * tauT, 0]], undefined, "float64");
    const s = zeros([1, 2], "float64");
    const r = dinoLoss([s, s], [t, t], zeros([2], "float64"), { teacherTemp: tauT });
    const h = -(0.75 * Math.log(0.75) + 0.25 * Math.log(0.25));
    assert.ok(Math.abs(r.loss.item() - Math.log(2)) < 1e-15);
    assert.ok(Math.abs(r.terms.teacherEntropy!.item() - h) < 1e-15);
    assert.ok(Math.abs(r.terms.kl!.item() - (Math.log(2) - h)) < 1e-15);
    // A student whose distribution equals the teacher's (s/τ_s = (t − c)/τ_t) has zero KL.
    const c = tensor([[0.3, -0.1]], undefined, "float64");
    const same = t.sub(c).mul(0.1 / tauT);
    assert.ok(Math.abs(dinoLoss([same, same], [t, t], c, { teacherTemp: tauT }).terms.kl!.item()) < 1e-14);
    // 2 teachers × 3 students − 2 same-view pairs = 4 pairs: (0, 1), (0, 2), (1, 0), (1, 2). Against a one-hot-like
    // teacher, students 0 and 1 match it (CE ≈ 1e-20) and the uniform student 2 costs log 2: mean 2·log 2 / 4.
    const sharp = tensor([[50, 0]], undefined, "float64"); // P_t ≈ (1, 0) at τ_t = 1
    const match = tensor([[5, 0]], undefined, "float64"); // P_s ≈ (1, 0) at τ_s = 0.1: CE ≈ 0
    const r3 = dinoLoss([match, match, s], [sharp, sharp], zeros([2], "float64"), { teacherTemp: 1 });
    assert.ok(Math.abs(r3.loss.item() - (2 * Math.log(2)) / 4) < 1e-15, `${r3.loss.item()}`);
  });
});

test("ablations: centering false ignores the centre, sharpening false uses τ_t = τ_s", () => {
  manualSeed(53);
  tidy(() => {
    const [s, t] = outputs(3, 6, 5);
    const c = randn([1, 5], "float64");
    const zero = zeros([1, 5], "float64");
    const noCenter = dinoLoss(s!, t!, c, { centering: false }).loss.item();
    assert.equal(noCenter, dinoLoss(s!, t!, zero).loss.item());
    assert.notEqual(noCenter, dinoLoss(s!, t!, c).loss.item());
    const noSharp = dinoLoss(s!, t!, c, { teacherTemp: 0.04, sharpening: false }).loss.item();
    assert.equal(noSharp, dinoLoss(s!, t!, c, { teacherTemp: 0.1 }).loss.item());
  });
});

test("centre update matches update_center, by hand and in PyTorch; a reducer gives the mean over all ranks' rows", () => {
  manualSeed(54);
  tidy(() => {
    // by hand: rows (1, 2), (3, 4), (5, 6), (7, 8) → mean (4, 5); 0.9·0 + 0.1·(4, 5)
    const t1 = tensor([[1, 2], [3, 4]], undefined, "float64");
    const t2 = tensor([[5, 6], [7, 8]], undefined, "float64");
    const c1 = dinoCenterUpdate(zeros([1, 2], "float64"), [t1, t2]);
    assert.deepEqual(c1.shape, [1, 2]);
    assert.ok(relErr(c1.toFloat64Array(), [0.4, 0.5]) < 1e-15);
    assert.ok(relErr(dinoCenterUpdate(tensor([1, 1], undefined, "float64"), t1, 0.5).toFloat64Array(), [1.5, 2]) < 1e-15);

    const [, ta] = outputs(2, 8, 6);
    const [, tb] = outputs(2, 5, 6);
    const center = randn([1, 6], "float64");
    const ref = torchRef<{ single: unknown; both: unknown }>(`${PY_GROUPS}${PY_DINO}
crit = DINOLoss(6, 2)
crit.center = inp["center"].clone()
crit.update_center(torch.cat(inp["a"]))
single = crit.center
crit.center = inp["center"].clone()
crit.update_center(torch.cat(inp["a"] + inp["b"]))
out = {"single": single, "both": crit.center}
`, { center: enc(center), a: ta!.map(enc), b: tb!.map(enc) });
    const single = dinoCenterUpdate(center, ta!);
    assert.ok(relErr(single.toFloat64Array(), (ref.single as { $t: number[] }).$t) < 1e-14);
    // Two ranks with 16 and 10 rows: the reducer adds the other rank's [Σ rows, count].
    const other = tidy(() => {
      const rows = tb![0]!.sum(0).add(tb![1]!.sum(0));
      return tensor([...rows.toFloat64Array(), 10], undefined, "float64");
    });
    const both = dinoCenterUpdate(center, ta!, 0.9, (local) => local.add(other));
    assert.ok(relErr(both.toFloat64Array(), (ref.both as { $t: number[] }).$t) < 1e-14);
    const inPlace = dinoCenterUpdate(center, ta!, 0.9, (local) => local.add_(other));
    assert.ok(relErr(inPlace.toFloat64Array(), both.toFloat64Array()) < 1e-15);
    assert.equal(both.requiresGrad, false);
  });
});

test("teacher temperature: the official np.linspace warm-up then constant, bit for bit, indexed by step", () => {
  const cases = [
    { warmupTemp: 0.04, temp: 0.07, warmupSteps: 30, total: 100 },
    { warmupTemp: 0.04, temp: 0.04, warmupSteps: 0, total: 10 },
    { warmupTemp: 0.04, temp: 0.07, warmupSteps: 1, total: 5 },
    { warmupTemp: 0.02, temp: 0.07, warmupSteps: 7, total: 12 },
    { warmupTemp: 0.07, temp: 0.04, warmupSteps: 5, total: 8 },
  ];
  const ref = torchRef<number[][]>(`
import numpy as np
out = [np.concatenate((np.linspace(c["warmupTemp"], c["temp"], c["warmupSteps"]),
                       np.ones(c["total"] - c["warmupSteps"]) * c["temp"])).tolist() for c in inp]
`, cases);
  cases.forEach((c, i) => {
    const { total, ...schedule } = c;
    const ours = Array.from({ length: total }, (_, step) => teacherTemperature(step, schedule));
    assert.deepEqual(ours, ref[i], `case ${i}`);
  });
  assert.equal(teacherTemperature(5), 0.04); // defaults: warm-up 0, temp 0.04
  assert.equal(teacherTemperature(10_000, { warmupTemp: 0.04, temp: 0.07, warmupSteps: 30 }), 0.07);
  assert.ok(Math.abs(teacherTemperature(15, { warmupTemp: 0.04, temp: 0.07, warmupSteps: 31 }) - 0.055) < 1e-15);
});

test("bad input names the argument", () => {
  tidy(() => {
    const [s, t] = outputs(3, 4, 5);
    const c = zeros([1, 5], "float64");
    const isInput = (where: string) => (e: unknown) => e instanceof InputError && e.where === where;
    assert.throws(() => dinoLoss([s![0]!], [t![0]!], c), isInput("student"));
    assert.throws(() => dinoLoss(s!.slice(0, 2), [...t!, t![0]!], c), isInput("teacher"));
    assert.throws(() => dinoLoss(s!, t!, zeros([5, 1], "float64")), isInput("center"));
    assert.throws(() => dinoLoss(s!, t!, c.float()), isInput("center"));
    assert.throws(() => dinoLoss(s!, t!.map((x) => x.float()), c), isInput("teacher[0]"));
    assert.throws(() => dinoLoss(s!, t!, c, { teacherTemp: 0 }), isInput("teacherTemp"));
    assert.throws(() => dinoLoss(s!, t!, c, { sharpening: 0 as unknown as boolean }), isInput("sharpening"));
    assert.throws(() => dinoCenterUpdate(c, t!, 1.5), isInput("momentum"));
    assert.throws(() => teacherTemperature(-1), isInput("step"));
    assert.throws(() => teacherTemperature(2.5), isInput("step"));
    assert.throws(() => teacherTemperature(0, { warmupSteps: 1.5 }), isInput("warmupSteps"));
    assert.throws(() => teacherTemperature(0, { temp: -0.04 }), isInput("temp"));
  });
});

test("no tensor leaks over many calls (loss and centre update)", () => {
  manualSeed(55);
  const [s, t] = outputs(4, 8, 6);
  const c = zeros([1, 6], "float64");
  const s1 = s![1]!.detach().requiresGrad_();
  assert.equal(lossLeakGrowth(() => dinoLoss([s![0]!, s1, s![2]!, s![3]!], t!, c), s1), 0);
  assert.equal(liveTensorGrowth(() => dinoCenterUpdate(c, t!, 0.9, (x) => x.mul(2)).dispose()), 0);
});

import { test } from "node:test";
import assert from "node:assert/strict";
import { onDevice, testDevices } from "../testing/devices.js";
import { manualSeed, randn, tensor, tidy, type Tensor } from "../tensor/index.js";
import { torchRef } from "../testing/torch-ref.js";
import { InputError } from "../util/errors.js";
import { infonceLoss } from "./infonce.js";
import {
  PY_PRELUDE, assertMatches, encViews, evaluate, finiteDiff, lossLeakGrowth, randomViews, relErr, type RefOut,
} from "../testing/loss-check.js";

// google-research/simclr objective.py add_contrastive_loss, transcribed to PyTorch: logits_aa / logits_bb with the
// diagonal pushed down by LARGE_NUM, [logits_ab, logits_aa] against the positive's index; the two directions'
// means are averaged (SimCLR sums them) so the loss is the mean over 2N anchors.
const REF = `${PY_PRELUDE}
LARGE_NUM = 1e9
def nt_xent(tau):
    def f(z1, z2):
        N = z1.shape[0]
        a = F.normalize(z1, dim=1)
        b = F.normalize(z2, dim=1)
        masks = torch.eye(N)
        labels = torch.arange(N)
        logits_aa = a @ a.T / tau - masks * LARGE_NUM
        logits_bb = b @ b.T / tau - masks * LARGE_NUM
        logits_ab = a @ b.T / tau
        logits_ba = b @ a.T / tau
        loss_a = F.cross_entropy(torch.cat([logits_ab, logits_aa], 1), labels)
        loss_b = F.cross_entropy(torch.cat([logits_ba, logits_bb], 1), labels)
        loss = (loss_a + loss_b) / 2
        return loss, {}
    return f
out = [run(c["views"], lambda vs, c=c: pair_mean(vs, nt_xent(c["tau"]))) for c in inp]
`;

for (const device of testDevices()) test(onDevice(device, "matches SimCLR's NT-Xent in PyTorch in float64: value and d/dz1 (τ = 0.1, τ = 0.5, K = 3)"), () => {
  manualSeed(41);
  const cases = [
    { views: randomViews(2, 32, 8), tau: 0.1 },
    { views: randomViews(2, 16, 4), tau: 0.5 },
    { views: randomViews(3, 12, 5), tau: 0.1 },
  ];
  const ref = torchRef<RefOut[]>(REF, cases.map((c) => ({ views: encViews(c.views), tau: c.tau })));
  cases.forEach((c, i) => assertMatches(evaluate((v) => infonceLoss(v, { temperature: c.tau }), c.views, device), ref[i]!, `case ${i}`));
});

test("autograd gradient agrees with central finite differences; alignment + uniformity = loss", () => {
  manualSeed(42);
  const views = randomViews(2, 8, 4);
  const fn = (v: Tensor[]) => infonceLoss(v, { temperature: 0.5 });
  const ours = evaluate(fn, views);
  const idx = [0, 9, 18, 31];
  const fd = finiteDiff(fn, views, idx);
  assert.ok(relErr(fd, idx.map((i) => ours.grad[i]!)) <= 1e-6);
  assert.ok(relErr(ours.terms.alignment! + ours.terms.uniformity!, ours.loss) < 1e-14);
});

test("hand-computed: two orthogonal identical pairs give log(1 + 2·e^(−1/τ))", () => {
  tidy(() => {
    const z = tensor([[3, 0], [0, 0.5]], undefined, "float64"); // norms do not matter
    // Anchor e1: positive e1 (logit 10), negatives e2, e2 (logit 0): −10 + log(e^10 + 2).
    const r = infonceLoss([z, z]);
    assert.ok(Math.abs(r.loss.item() - Math.log1p(2 * Math.exp(-10))) < 1e-15);
  });
});

test("symmetric in the order of the views; keeps float32", () => {
  tidy(() => {
    manualSeed(43);
    const [a, b] = randomViews(2, 16, 6);
    assert.ok(relErr(infonceLoss([a!, b!]).loss.item(), infonceLoss([b!, a!]).loss.item()) < 1e-14);
    const r = infonceLoss([randn([8, 3]), randn([8, 3])]);
    assert.equal(r.loss.dtype, "float32");
    assert.throws(() => infonceLoss([a!, b!], { temperature: 0 }), (e: unknown) => e instanceof InputError && e.where === "temperature");
  });
});

test("no tensor leaks over many calls", () => {
  manualSeed(44);
  const views = randomViews(2, 16, 4);
  const z1 = views[0]!.detach().requiresGrad_();
  const growth = lossLeakGrowth(() => infonceLoss([z1, views[1]!]), z1);
  assert.equal(growth, 0);
});

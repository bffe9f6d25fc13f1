import { test } from "node:test";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PACKAGE_ROOT } from "../util/paths.js";
import assert from "node:assert/strict";
import { randn, tidy, manualSeed, noGrad } from "../tensor/index.js";
import { InputError } from "../util/errors.js";
import { torchRef } from "../testing/torch-ref.js";
import { memoryGrowth } from "../testing/memory.js";
import { runParity, assertParity } from "../testing/module-parity.js";
import { buildBackbone, buildProjector, parseWidths, BACKBONES, ResNet } from "./index.js";

/** The PyTorch twin of ConvNet, shared with the other parity tests and the bench. */
const CONVNET_PY = readFileSync(join(PACKAGE_ROOT, "src", "testing", "convnet_ref.py"), "utf8");

test("convnet matches its PyTorch definition (train/eval outputs, gradients, running stats)", () => {
  manualSeed(2);
  const f = buildBackbone("convnet", { inChannels: 1, dtype: "float64" });
  assert.equal(f.outDim, 256);
  const x = randn([8, 1, 28, 28], "float64");
  assertParity(runParity(f, x, `${CONVNET_PY}\nmodel = ConvNet(1)`), 1e-9);
  x.dispose();
  f.dispose();
});

test("resnet18-cifar matches torchvision resnet18 with a 3x3 stem and no max-pool", () => {
  manualSeed(3);
  const f = buildBackbone("resnet18-cifar", { inChannels: 3, dtype: "float64" });
  assert.equal(f.outDim, 512);
  const x = randn([4, 3, 16, 16], "float64");
  const build = `
import torchvision
model = torchvision.models.resnet18()
model.conv1 = nn.Conv2d(3, 64, 3, stride=1, padding=1, bias=False)
model.maxpool = nn.Identity()
model.fc = nn.Identity()
`;
  assertParity(runParity(f, x, build), 1e-9);
  x.dispose();
  f.dispose();
});

test("projector (Linear-BN-ReLU blocks, last Linear) matches PyTorch; widths parse and validate", () => {
  manualSeed(4);
  const g = buildProjector(16, "32-24-8", { dtype: "float64" });
  assert.equal(g.outDim, 8);
  assert.deepEqual([...g.stateDict().keys()].filter((k) => k.endsWith("weight")), ["0.weight", "1.weight", "3.weight", "4.weight", "6.weight"]);
  const h = randn([10, 16], "float64");
  const build = `
model = nn.Sequential(nn.Linear(16, 32, bias=False), nn.BatchNorm1d(32), nn.ReLU(True),
                      nn.Linear(32, 24, bias=False), nn.BatchNorm1d(24), nn.ReLU(True), nn.Linear(24, 8, bias=False))
`;
  assertParity(runParity(g, h, build), 1e-10);
  // VICReg's variant: biases in the hidden layers
  assert.ok(buildProjector(16, [32, 8], { hiddenBias: true }).stateDict().has("0.bias"));
  assert.deepEqual(parseWidths("8192-8192-8192"), [8192, 8192, 8192]);
  assert.deepEqual(parseWidths("none"), []);
  const id = buildProjector(16, "");
  assert.equal(id.outDim, 16);
  assert.equal(id.forward(h), h, "no projector: z = h");
  assert.throws(() => parseWidths("256-x"), (e: unknown) => e instanceof InputError && /projector/.test(e.message));
  h.dispose();
  g.dispose();
});

test("resnet18 / resnet50 / resnet18-cifar have torchvision's parameter counts and state-dict names", () => {
  const ref = torchRef<Record<string, { keys: string[]; params: number }>>(`
import torchvision
out = {}
for name, m in [("resnet18", torchvision.models.resnet18()), ("resnet50", torchvision.models.resnet50())]:
    m.fc = torch.nn.Identity()
    out[name] = {"keys": list(m.state_dict().keys()), "params": sum(p.numel() for p in m.parameters())}
`, {});
  for (const name of ["resnet18", "resnet50"] as const) {
    const f = buildBackbone(name);
    assert.deepEqual([...f.stateDict().keys()], ref[name]!.keys, name);
    assert.equal(f.numParameters(), ref[name]!.params, name);
    assert.equal(f.outDim, name === "resnet18" ? 512 : 2048);
    f.dispose();
  }
  const c = buildBackbone("resnet18-cifar");
  // the 3x3 stem replaces 64·3·49 stem weights by 64·3·9
  assert.equal(c.numParameters(), ref.resnet18!.params - 64 * 3 * 40);
  c.dispose();
});

test("resnet init: convs kaiming_normal(fan_out), zeroInitResidual zeroes each block's last BN", () => {
  manualSeed(5);
  const f = buildBackbone("resnet18-cifar", { zeroInitResidual: true }) as ResNet;
  const sd = f.stateDict();
  const w = sd.get("layer3.0.conv2.weight")!; // [256, 256, 3, 3], fan_out = 256·9
  const v = w.toFloat64Array();
  const std = Math.sqrt(v.reduce((a, x) => a + x * x, 0) / v.length);
  assert.ok(Math.abs(std / Math.sqrt(2 / (256 * 9)) - 1) < 0.02, `std ${std}`);
  assert.ok(sd.get("layer1.0.bn2.weight")!.toFloat64Array().every((x) => x === 0));
  assert.ok(sd.get("layer1.0.bn1.weight")!.toFloat64Array().every((x) => x === 1));
  f.dispose();
});

test("unknown backbone names are input errors listing the choices; inChannels is honoured", () => {
  assert.throws(() => buildBackbone("vgg"), (e: unknown) => e instanceof InputError && e.message.includes(BACKBONES.join(", ")));
  const f = buildBackbone("convnet", { inChannels: 3 });
  assert.deepEqual(f.stateDict().get("conv1.weight")!.shape, [32, 3, 3, 3]);
  f.dispose();
});

test("no tensor leaks across 200 train steps of convnet + projector", () => {
  const f = buildBackbone("convnet");
  const g = buildProjector(f.outDim, "32-16");
  const x = randn([4, 1, 12, 12]);
  const params = [...f.parameters(), ...g.parameters()];
  const step = (): void => tidy(() => {
    for (const p of params) p.clearGrad();
    g.forward(f.forward(x)).square().mean().backward();
    noGrad(() => params.forEach((p) => tidy(() => p.sub_(p.grad!, 1e-3))));
  });
  assert.deepEqual(memoryGrowth(step, 200, 3), { tensors: 0, bytes: 0 });
  x.dispose();
  f.dispose();
  g.dispose();
});

import { test } from "node:test";
import assert from "node:assert/strict";
import { onDevice, testDevices } from "../testing/devices.js";
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, existsSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PACKAGE_ROOT } from "../util/paths.js";
import { readSafetensors, writeNpy, randn, manualSeed, tidy, torchVersion, torchAtLeast } from "../tensor/index.js";
import { buildBackbone } from "../models/index.js";
import { torchRef } from "../testing/torch-ref.js";
import { parseConfig } from "./config.js";
import { train } from "./train.js";
import { exited, waitUntil } from "../testing/wait.js";

const BIN = join(PACKAGE_ROOT, "bin", "nocollapse");
const tmp = mkdtempSync(join(tmpdir(), "train-"));
const SMALL = ["--batch-size", "32", "--probe-size", "64", "--metrics-every", "100", "--threads", "1", "--no-progress"];

function run(args: string[]) {
  return spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", env: { ...process.env, NOCOLLAPSE_NO_PROGRESS: "1" } });
}
function losses(dir: string): number[] {
  return readFileSync(join(dir, "metrics.jsonl"), "utf8").trim().split("\n").map((l) => (JSON.parse(l) as { loss: number }).loss);
}

/** --device, and on a GPU --deterministic: cuDNN's default algorithms are not bitwise repeatable, so exactness needs it. */
function placed(device: string): string[] {
  return ["--device", device, ...(device === "cpu" ? [] : ["--deterministic"])];
}

// The metrics lines a resume must reproduce: the loss, the method's schedules, the online probe.
function trajectory(dir: string): { loss: number; method?: Record<string, number>; online?: Record<string, number> }[] {
  return readFileSync(join(dir, "metrics.jsonl"), "utf8").trim().split("\n").map((l) => {
    const m = JSON.parse(l) as { loss: number; method?: Record<string, number>; online?: Record<string, number> };
    return { loss: m.loss, method: m.method, online: m.online };
  });
}

for (const device of testDevices()) for (const method of ["barlow-twins", "byol", "dino"]) {
  test(onDevice(device, `${method}: a run killed with SIGKILL resumes exactly (losses, EMA targets, online probe equal an uninterrupted run's)`), async () => {
    const common = ["train", "--method", method, "--max-steps", "14", "--checkpoint-every", "4", ...SMALL, "--metrics-every", "7", ...placed(device)];
    const full = join(tmp, `full-${method}-${device}`);
    const r = run([...common, "--out", full]);
    assert.equal(r.status, 0, r.stderr);
    const expected = trajectory(full);
    assert.equal(expected.length, 14);

    const cut = join(tmp, `cut-${method}-${device}`);
    const child = spawn(process.execPath, [BIN, ...common, "--out", cut], { stdio: "ignore" });
    // Kill it once a checkpoint past step 8 exists, at whatever point of a step it then is.
    const ckStep = () => (JSON.parse(readFileSync(join(cut, "checkpoint.json"), "utf8")) as { step: number }).step;
    await waitUntil("a checkpoint at step 8 or later", () => ckStep() >= 8, { process: child, everyMs: 20 });
    child.kill("SIGKILL");
    await exited(child);
    assert.equal(child.signalCode, "SIGKILL", "the run was really killed mid-way");
    const resumed = run([...common, "--out", cut, "--resume"]);
    assert.equal(resumed.status, 0, resumed.stderr);
    assert.match(resumed.stderr, /resuming .* at step (8|12)\//);
    const got = trajectory(cut);
    assert.equal(got.length, 14, "metrics.jsonl has each step once");
    got.forEach((l, i) => {
      const e = expected[i]!;
      assert.ok(Math.abs(l.loss - e.loss) <= 1e-6 * Math.max(1, Math.abs(e.loss)), `step ${i + 1}: ${l.loss} vs ${e.loss}`);
      assert.deepEqual(l.method, e.method, `step ${i + 1}: the method's schedules`);
      assert.deepEqual(l.online, e.online, `step ${i + 1}: the online probe`);
    });
    assert.ok(got[13]!.online, "the online probe was evaluated at the last step");
    const status = JSON.parse(readFileSync(join(cut, "status.json"), "utf8")) as { state: string; step: number };
    assert.deepEqual([status.state, status.step], ["done", 14]);
  });
}

test("the six methods of the info-max family give the same losses, step for step, as before the method seam", async () => {
  const golden = JSON.parse(readFileSync(join(PACKAGE_ROOT, "src", "testing", "pre-seam-losses.json"), "utf8")) as {
    runs: Record<string, { method: string; ablation: string | null; batchSize: number; losses: number[]; terms: Record<string, number>[] }>;
  };
  assert.ok(Object.keys(golden.runs).length >= 10);
  // Recorded on libtorch 1.13, where the check is to float32 rounding. Other versions run other float32 kernels
  // (oneDNN convolutions, reductions), which drift apart over six steps; a change to the method code moves the
  // losses by far more than the looser bound.
  const tolerance = torchVersion().torch.startsWith("1.13") ? 1e-5 : 1e-2; // 2.6: up to 2.3e-3 measured (VICReg)
  for (const [name, g] of Object.entries(golden.runs)) {
    const got: { loss: number; terms: Record<string, number> }[] = [];
    await train(
      { method: g.method, ablation: g.ablation, maxSteps: 6, batchSize: g.batchSize, metricsEvery: 3, probeSize: 64, threads: 1, out: join(tmp, `golden-${name}`) },
      { onLog: (l) => got.push({ loss: l.loss, terms: l.terms }), verbose: false, progress: false },
    );
    assert.equal(got.length, 6, name);
    got.forEach((l, i) => {
      const tol = tolerance * Math.max(1, Math.abs(g.losses[i]!));
      assert.ok(Math.abs(l.loss - g.losses[i]!) <= tol, `${name} step ${i + 1}: ${l.loss} vs ${g.losses[i]}`);
      for (const [k, v] of Object.entries(g.terms[i]!)) {
        assert.ok(Math.abs(l.terms[k]! - v) <= tolerance * Math.max(1, Math.abs(v)), `${name} step ${i + 1} ${k}: ${l.terms[k]} vs ${v}`);
      }
    });
  }
});

test("encoder.safetensors loads in PyTorch and gives the same representations", () => {
  const dir = join(tmp, `full-barlow-twins-${testDevices()[0]}`); // written by the resume test above (on whichever device)
  assert.ok(existsSync(join(dir, "encoder.safetensors")));
  tidy(() => {
    manualSeed(9);
    const x = randn([4, 1, 28, 28]);
    writeNpy(join(tmp, "x.npy"), x);
    const f = buildBackbone("convnet", { inChannels: 1 });
    f.loadStateDict(readSafetensors(join(dir, "encoder.safetensors")));
    f.eval();
    const ours = f.forward(x);
    const ref = torchRef<{ h: number[] }>(
      `import struct, numpy as np, torch.nn as nn, torch.nn.functional as F
torch.set_default_dtype(torch.float32)
${readFileSync(join(PACKAGE_ROOT, "src", "testing", "convnet_ref.py"), "utf8")}
raw = open(inp["path"], "rb").read(); n = struct.unpack("<Q", raw[:8])[0]; hdr = json.loads(raw[8:8 + n])
dt = {"F32": torch.float32, "I64": torch.int64}
sd = {k: torch.frombuffer(bytearray(raw[8 + n + v["data_offsets"][0]: 8 + n + v["data_offsets"][1]]), dtype=dt[v["dtype"]]).reshape(v["shape"]) for k, v in hdr.items() if k != "__metadata__"}
m = ConvNet(); m.load_state_dict(sd); m.eval()
out = {"h": m(torch.from_numpy(np.load(inp["x"]))).detach().double().flatten().tolist()}`,
      { path: join(dir, "encoder.safetensors"), x: join(tmp, "x.npy") },
    );
    const a = ours.toFloat64Array();
    let m = 0;
    ref.h.forEach((v, i) => (m = Math.max(m, Math.abs(v - a[i]!))));
    assert.ok(m <= 1e-5, `max |ours − torch| = ${m}`);
  });
});

test("a diverging run stops with a message naming the step and the term, keeping the last good checkpoint", () => {
  const dir = join(tmp, "nan");
  const r = run(["train", "--method", "vicreg", "--optimizer", "sgd", "--lr", "10", "--max-steps", "30", "--checkpoint-every", "1", "--out", dir, ...SMALL]);
  assert.notEqual(r.status, 0);
  const line = r.stderr.trim().split("\n").find((l) => l.startsWith("nocollapse:"))!;
  // Either the loss itself goes non-finite (named with its term), or the weights do after an update.
  assert.match(line, /(the loss became (NaN|Infinity|-Infinity) at step \d+ \(term '\w+' = (NaN|Infinity|-Infinity)\)|the weights diverged at step \d+: [hz] has \d+ NaN\/Inf values on the probe batch after the update \(the loss was [-\d.e+]+\)); the last good checkpoint \(step \d+\) is kept/);
  assert.doesNotMatch(r.stderr, /at .*\.js:\d+/, "no stack trace");
  const step = Number(/at step (\d+)/.exec(line)![1]);
  const ck = JSON.parse(readFileSync(join(dir, "checkpoint.json"), "utf8")) as { step: number };
  assert.equal(ck.step, step - 1, "the checkpoint is the last step before the divergence");
  assert.equal((JSON.parse(readFileSync(join(dir, "status.json"), "utf8")) as { state: string }).state, "failed");
});

test("bad config values and keys name the key and exit 2", () => {
  const cfg = join(tmp, "bad.yaml");
  writeFileSync(cfg, "method: vicreg\nbatchsize: 64\n");
  let r = run(["train", "--config", cfg, "--out", join(tmp, "bad")]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /bad.yaml: batchsize: unknown key \(allowed: .*batchSize/);
  r = run(["train", "--method", "vicreg", "--batch-size", "abc"]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /--batch-size: expected a number, got 'abc'/);
  r = run(["train", "--method", "mocov3"]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /method: .*barlow-twins/);
  r = run(["train", "--method", "vicreg", "--ablation", "lambda-0"]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /ablation: 'lambda-0' is not an ablation of vicreg \(expected one of no-variance, no-covariance/);
  assert.throws(() => parseConfig({ method: "vicreg", loss: { lambdaa: 1 } }), /loss.lambdaa: unknown key \(allowed: lambda,/);
  assert.throws(() => parseConfig({ method: "vicreg", lr: -1 }), /config: lr: /);
});

test("W-MSE with a batch no larger than the embedding says why Cholesky fails and what to do", () => {
  const r = run(["train", "--method", "wmse", "--max-steps", "2", "--out", join(tmp, "wmse"), ...SMALL]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /covariance of view \d \(32 samples × 64 dimensions\) is singular.*--w-eps/);
});

test("the example script trains Barlow Twins through the API and prints the collapse metrics", () => {
  const r = spawnSync(process.execPath, [join(PACKAGE_ROOT, "dist", "examples", "train-barlow-twins.js"), "--max-steps", "3", "--out", join(tmp, "example")], {
    encoding: "utf8", env: { ...process.env, NOCOLLAPSE_NO_PROGRESS: "1" },
  });
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /step +3 +loss +[\d.]+ +rank\(h\) +[\d.]+ +rank\(z\) +[\d.]+/);
  assert.match(r.stdout, /^z: (healthy|dimensional-collapse|total-collapse) — /m);
  assert.match(r.stdout, /linear probe on h: [\d.]+ %, kNN: [\d.]+ %/);
});

test("SimSiam without stop-gradient: the loss goes to −1 and z is diagnosed as total collapse, with a warning", () => {
  const out = join(tmp, "simsiam-no-stop-grad");
  const r = run(["train", "--method", "simsiam", "--ablation", "no-stop-grad", "--max-steps", "60", "--batch-size", "64", "--probe-size", "256", "--metrics-every", "20", "--threads", "1", "--no-progress", "--out", out, "--json"]);
  assert.equal(r.status, 0, r.stderr);
  const l = losses(out);
  assert.ok(l[0]! > -0.5, `it starts far from −1 (${l[0]})`);
  assert.ok(l.at(-1)! < -0.97, `and ends near −1 (${l.at(-1)})`);
  const summary = JSON.parse(r.stdout) as { diagnosis: { z: string }; collapseStep: number | null };
  assert.equal(summary.diagnosis.z, "total-collapse");
  assert.ok(summary.collapseStep !== null);
  assert.match(r.stderr, /collapse warning at step \d+: z shows total-collapse/);
  // The control trains the same network as SimSiam: with the stop-gradient it does not collapse.
  const ok = run(["train", "--method", "simsiam", "--max-steps", "60", "--batch-size", "64", "--probe-size", "256", "--metrics-every", "20", "--threads", "1", "--no-progress", "--out", join(tmp, "simsiam"), "--json"]);
  assert.equal(ok.status, 0, ok.stderr);
  assert.notEqual((JSON.parse(ok.stdout) as { diagnosis: { z: string } }).diagnosis.z, "total-collapse");
});

for (const device of testDevices()) {
  test(onDevice(device, "bf16-mixed: bfloat16 networks, float32 loss; close to float32's losses, and a resumed run continues exactly"), () => {
    const common = ["train", "--method", "barlow-twins", "--checkpoint-every", "4", ...SMALL, ...placed(device)];
    const f32 = join(tmp, `f32-${device}`);
    assert.equal(run([...common, "--max-steps", "8", "--out", f32]).status, 0);
    const bf = join(tmp, `bf16-${device}`);
    const full = run([...common, "--max-steps", "8", "--precision", "bf16-mixed", "--out", bf]);
    assert.equal(full.status, 0, full.stderr);
    const a = losses(f32), b = losses(bf);
    // Same weights and batches; only the forward pass's rounding differs (bfloat16 keeps 8 mantissa bits).
    assert.ok(Math.abs(a[0]! - b[0]!) <= 0.02 * Math.abs(a[0]!), `first loss ${b[0]} vs float32's ${a[0]}`);
    assert.ok(b.every(Number.isFinite) && b.some((x, i) => x !== a[i]), "bfloat16 really ran");
    const cut = join(tmp, `bf16-cut-${device}`);
    assert.equal(run([...common, "--max-steps", "4", "--precision", "bf16-mixed", "--out", cut]).status, 0);
    const resumed = run([...common, "--max-steps", "8", "--precision", "bf16-mixed", "--out", cut, "--resume"]);
    assert.equal(resumed.status, 0, resumed.stderr);
    assert.deepEqual(losses(cut), b, "resumed at step 4: the same losses as the uninterrupted run");
    const cfg = JSON.parse(readFileSync(join(bf, "config.json"), "utf8")) as { precision: string };
    assert.equal(cfg.precision, "bf16-mixed");
    // The encoder is written in float32 on the CPU, whatever the device and precision.
    const enc = readSafetensors(join(bf, "encoder.safetensors"));
    assert.ok([...enc.values()].every((t) => t.device === "cpu" && (t.dtype === "float32" || t.dtype === "int64")));
    for (const t of enc.values()) t.dispose();
  });

  test(onDevice(device, "16-mixed trains with a dynamic loss scaler saved in the checkpoint, or is refused in one line where the libtorch cannot"), () => {
    const out = join(tmp, `fp16-${device}`);
    const r = run(["train", "--method", "vicreg", "--max-steps", "6", "--checkpoint-every", "3", ...SMALL, "--device", device, "--precision", "16-mixed", "--out", out]);
    if (device === "cpu" && !torchAtLeast(2, 3)) {
      assert.equal(r.status, 2, r.stderr);
      assert.match(r.stderr, /^nocollapse: --precision: 16-mixed on the CPU needs libtorch ≥ 2\.3 \(this one is 1\.\d+\.\d+\); use bf16-mixed, or a GPU$/m);
      assert.equal(r.stderr.trim().split("\n").length, 1, r.stderr);
      return;
    }
    assert.equal(r.status, 0, r.stderr);
    assert.ok(losses(out).every(Number.isFinite));
    const ck = JSON.parse(readFileSync(join(out, "checkpoint.json"), "utf8")) as { scaler?: { scale: number; growthTracker: number } };
    assert.ok(ck.scaler && ck.scaler.scale > 0 && ck.scaler.scale <= 65536, JSON.stringify(ck.scaler));
  });
}

for (const device of testDevices()) {
  test(onDevice(device, "--channels-last changes the layout, not the run: float64 losses equal the default layout's"), () => {
    const common = ["train", "--method", "vicreg", "--max-steps", "5", ...SMALL, "--dtype", "float64", "--device", device];
    const a = join(tmp, `nchw-${device}`), b = join(tmp, `nhwc-${device}`);
    assert.equal(run([...common, "--out", a]).status, 0);
    const r = run([...common, "--channels-last", "--out", b]);
    assert.equal(r.status, 0, r.stderr);
    const la = losses(a), lb = losses(b);
    la.forEach((x, i) => assert.ok(Math.abs(x - lb[i]!) <= 1e-9 * Math.abs(x), `step ${i + 1}: ${lb[i]} vs ${x}`));
  });
}

for (const device of testDevices()) {
  test(onDevice(device, "a checkpoint written on the device resumes and evaluates on the CPU (map_location), and the resumed run stays on course"), () => {
    // Barlow Twins with a constant lr: nothing in its trajectory depends on --max-steps (BYOL's τ schedule would).
    // float64: a GPU's float32 convolutions use TF32 (as PyTorch's by default), which the CPU's do not.
    const common = ["train", "--method", "barlow-twins", "--checkpoint-every", "4", ...SMALL, "--dtype", "float64"];
    const whole = join(tmp, `where-whole-${device}`), moved = join(tmp, `where-moved-${device}`);
    assert.equal(run([...common, "--max-steps", "8", "--device", device, "--out", whole]).status, 0);
    assert.equal(run([...common, "--max-steps", "4", "--device", device, "--out", moved]).status, 0);
    const r = run([...common, "--max-steps", "8", "--device", "cpu", "--out", moved, "--resume"]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /resuming .* at step 4\/8/);
    const a = losses(whole), b = losses(moved);
    assert.deepEqual(b.slice(0, 4), a.slice(0, 4));
    // The CPU's kernels round differently from a GPU's; on the CPU itself the continuation is exact.
    const tol = device === "cpu" ? 0 : 1e-6;
    b.slice(4).forEach((x, i) => assert.ok(Math.abs(x - a[i + 4]!) <= tol * Math.abs(a[i + 4]!), `step ${i + 5}: ${x} vs ${a[i + 4]}`));
    const e = run(["eval", "--run", whole, "--device", "cpu", "--train-size", "300", "--test-size", "100", "--json", "--h-only"]);
    assert.equal(e.status, 0, e.stderr);
    const acc = JSON.parse(e.stdout) as { linearTop1: number; knnTop1: number };
    assert.ok(acc.linearTop1 > 10 && acc.knnTop1 > 10, e.stdout);
  });
}

for (const device of testDevices()) {
  test(onDevice(device, "--deterministic: two runs repeat bit for bit (and change nothing on the CPU, whose kernels are deterministic)"), () => {
    const common = ["train", "--method", "wmse", "--max-steps", "5", ...SMALL, "--batch-size", "128", "--device", device];
    const dirs = ["det-a", "det-b", "det-off"].map((d) => join(tmp, `${d}-${device}`));
    for (const [i, d] of dirs.entries()) {
      const r = run([...common, ...(i < 2 ? ["--deterministic"] : []), "--out", d]);
      assert.equal(r.status, 0, r.stderr);
    }
    const [a, b, off] = dirs.map(losses);
    assert.deepEqual(b, a);
    if (device === "cpu") assert.deepEqual(off, a);
    const cfg = JSON.parse(readFileSync(join(dirs[0]!, "config.json"), "utf8")) as { deterministic: boolean };
    assert.equal(cfg.deterministic, true);
  });
}

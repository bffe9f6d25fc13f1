import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { manualSeed, readNpy, randn, tensor, tidy, writeNpy, type Tensor } from "../tensor/index.js";
import { enc, torchRef } from "../testing/torch-ref.js";
import { LOSSES, LOSS_NAMES, type LossName } from "../losses/index.js";
import { evaluate, num, relErr } from "../testing/loss-check.js";

const BIN = fileURLToPath(new URL("../../bin/nocollapse", import.meta.url));
let dir = "";

interface Run { code: number; stdout: string; stderr: string }
function cli(args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, "loss", ...args], { encoding: "utf8" }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === "number" ? err.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}
const p = (name: string): string => join(dir, name);

// Float64 views that share a signal, written once for every test.
let z1: Tensor;
let z2: Tensor;
before(() => {
  dir = mkdtempSync(join(tmpdir(), "nocollapse-loss-cli-"));
  manualSeed(81);
  tidy(() => {
    const base = randn([24, 4], "float64");
    z1 = base.add(randn([24, 4], "float64").mul(0.5)).keep();
    z2 = base.add(randn([24, 4], "float64").mul(0.5)).keep();
    writeNpy(p("z1.npy"), z1);
    writeNpy(p("z2.npy"), z2);
    writeNpy(p("z1f.npy"), z1.float());
    writeNpy(p("z2f.npy"), z2.float());
    writeNpy(p("short.npy"), z2.narrow(0, 0, 20));
    writeNpy(p("one.npy"), z1.narrow(0, 0, 1));
    writeNpy(p("one2.npy"), z2.narrow(0, 0, 1));
    writeNpy(p("wide1.npy"), randn([6, 10], "float64")); // N ≤ D: singular for W-MSE
    writeNpy(p("wide2.npy"), randn([6, 10], "float64"));
    writeNpy(p("ints.npy"), tensor([[1, 2], [3, 4]], undefined, "int64"));
    const x = z2.toFloat64Array();
    x[5] = NaN;
    writeNpy(p("nan.npy"), tensor(x, [24, 4]));
  });
});
after(() => {
  z1.dispose();
  z2.dispose();
  rmSync(dir, { recursive: true, force: true });
});

// Compact PyTorch recomputations of each loss from its official definition, with d loss / d z1.
const REF = `
import torch.nn.functional as F
def offd(c):
    n = c.shape[0]
    return c.flatten()[:-1].view(n - 1, n + 1)[:, 1:].flatten()
def bt(a, b, lambd=0.0051):
    bn = torch.nn.BatchNorm1d(a.shape[1], affine=False).double()
    c = bn(a).T @ bn(b) / a.shape[0]
    return (torch.diagonal(c) - 1).pow(2).sum() + lambd * offd(c).pow(2).sum()
def vicreg(x, y, sim=25.0, std=25.0, cov=1.0):
    N, D = x.shape
    r = F.mse_loss(x, y)
    x = x - x.mean(0); y = y - y.mean(0)
    sx = torch.sqrt(x.var(0) + 1e-4); sy = torch.sqrt(y.var(0) + 1e-4)
    s = F.relu(1 - sx).mean() / 2 + F.relu(1 - sy).mean() / 2
    c = offd(x.T @ x / (N - 1)).pow(2).sum() / D + offd(y.T @ y / (N - 1)).pow(2).sum() / D
    return sim * r + std * s + cov * c
def whiten(x, eps=0.0):
    xn = x - x.mean(0)
    c = xn.T @ xn / (x.shape[0] - 1)
    I = torch.eye(x.shape[1])
    W = torch.linalg.solve_triangular(torch.linalg.cholesky((1 - eps) * c + eps * I), I, upper=False)
    return xn @ W.T
def wmse(a, b, eps=0.0):
    return 2 - 2 * (F.normalize(whiten(a, eps)) * F.normalize(whiten(b, eps))).sum(-1).mean()
def infonce(a, b, tau=0.1):
    u = F.normalize(torch.cat([a, b]), dim=1)
    n = a.shape[0]
    s = (u @ u.T / tau).masked_fill(torch.eye(2 * n, dtype=torch.bool), float("-inf"))
    target = torch.cat([torch.arange(n, 2 * n), torch.arange(0, n)])
    return F.cross_entropy(s, target)
def ib(a, b, lam=1.0, eps=1e-3):
    D = a.shape[1]
    ld = sum(torch.logdet(torch.cov(v.T) + eps * torch.eye(D)) for v in (a, b)) / 2 / D
    return F.mse_loss(a, b) - lam * ld
def invariance(a, b):
    return F.mse_loss(a, b)
FNS = {"barlow-twins": bt, "vicreg": vicreg, "wmse": wmse, "infonce": infonce, "ib-logdet": ib, "invariance": invariance}
out = []
for c in inp["cases"]:
    a = inp["z1"].clone().requires_grad_(True)
    loss = FNS[c["method"]](a, inp["z2"], **c["kw"])
    loss.backward()
    out.append({"loss": loss, "grad": a.grad})
`;

test("--json equals the library and PyTorch for every method, with flags; --grad equals d loss / d z1", async () => {
  const cases: { method: LossName; flags: string[]; opts: Record<string, number>; kw: Record<string, number> }[] = [
    ...LOSS_NAMES.map((m) => ({ method: m, flags: [], opts: {}, kw: {} })),
    { method: "barlow-twins", flags: ["--lambda", "0.02"], opts: { lambda: 0.02 }, kw: { lambd: 0.02 } },
    { method: "vicreg", flags: ["--sim-coeff", "10", "--std-coeff", "0", "--cov-coeff", "2"], opts: { simCoeff: 10, stdCoeff: 0, covCoeff: 2 }, kw: { sim: 10, std: 0, cov: 2 } },
    { method: "infonce", flags: ["--temperature", "0.5"], opts: { temperature: 0.5 }, kw: { tau: 0.5 } },
    { method: "wmse", flags: ["--w-eps", "0.1"], opts: { wEps: 0.1 }, kw: { eps: 0.1 } },
  ];
  const ref = torchRef<{ loss: unknown; grad: { $t: number[] } }[]>(REF, {
    z1: enc(z1), z2: enc(z2), cases: cases.map((c) => ({ method: c.method, kw: c.kw })),
  });
  const runs = await Promise.all(
    cases.map((c, i) =>
      cli(["--method", c.method, "--z1", p("z1.npy"), "--z2", p("z2.npy"), "--json", "--grad", p(`g${i}.npy`), ...c.flags])),
  );
  cases.forEach((c, i) => {
    const r = runs[i]!;
    const label = `${c.method} ${c.flags.join(" ")}`;
    assert.equal(r.code, 0, `${label}: ${r.stderr}`);
    const out = JSON.parse(r.stdout) as { method: string; loss: number; terms: Record<string, number> };
    const lib = evaluate((v) => (LOSSES[c.method].fn as (v: Tensor[], o: object) => ReturnType<typeof LOSSES.vicreg.fn>)(v, c.opts), [z1, z2]);
    assert.equal(out.method, c.method);
    assert.equal(out.loss, lib.loss, label); // same code, same dtype: bit-identical
    assert.deepEqual(out.terms, lib.terms, label);
    assert.ok(relErr(out.loss, num(ref[i]!.loss)) <= 1e-10, `${label}: ${out.loss} vs PyTorch ${num(ref[i]!.loss)}`);
    tidy(() => {
      const g = readNpy(p(`g${i}.npy`));
      assert.deepEqual(g.shape, [24, 4]);
      assert.equal(g.dtype, "float64");
      assert.ok(relErr(g.toFloat64Array(), ref[i]!.grad.$t) <= 1e-10, `${label}: grad`);
    });
  });
});

test("float32 files are computed in float32 and the gradient keeps z1's dtype; plain output is readable", async () => {
  const [json, plain] = await Promise.all([
    cli(["--method", "vicreg", "--z1", p("z1f.npy"), "--z2", p("z2f.npy"), "--json", "--grad", p("gf.npy")]),
    cli(["--method", "barlow-twins", "--z1", p("z1.npy"), "--z2", p("z2.npy")]),
  ]);
  assert.equal(json.code, 0, json.stderr);
  const lib = tidy(() => LOSSES.vicreg.fn([z1.float(), z2.float()]).loss.item());
  assert.equal((JSON.parse(json.stdout) as { loss: number }).loss, lib);
  tidy(() => assert.equal(readNpy(p("gf.npy")).dtype, "float32"));
  assert.equal(plain.code, 0, plain.stderr);
  assert.match(plain.stdout, /^barlow-twins loss [0-9.]+\n {2}onDiagonal +[0-9.e-]+\n {2}offDiagonal +[0-9.e-]+\n$/);
});

// Each spawn costs ~0.7 s of CLI start-up, so the cases cover each kind of bad input once.
test("bad input: one line naming the flag or file, exit 2", async () => {
  const z1f = p("z1.npy");
  const z2f = p("z2.npy");
  const cases: [string, string[], RegExp][] = [
    ["missing file", ["--method", "vicreg", "--z1", p("nope.npy"), "--z2", z2f], /--z1 .*nope\.npy: file not found/],
    ["shape mismatch", ["--method", "vicreg", "--z1", z1f, "--z2", p("short.npy")], /--z2 .*short\.npy: shape \[20, 4\] differs from --z1's \[24, 4\]/],
    ["dtype mismatch", ["--method", "vicreg", "--z1", z1f, "--z2", p("z2f.npy")], /--z2 .*: dtype float32 differs from --z1's float64/],
    ["N < 2", ["--method", "vicreg", "--z1", p("one.npy"), "--z2", p("one2.npy")], /--z1 .*one\.npy: needs N ≥ 2 rows/],
    ["NaN", ["--method", "vicreg", "--z1", z1f, "--z2", p("nan.npy")], /--z2 .*nan\.npy: contains NaN or Inf/],
    ["integers", ["--method", "vicreg", "--z1", p("ints.npy"), "--z2", p("ints.npy")], /--z1 .*ints\.npy: expected float32 or float64 values, got int64/],
    ["unknown method", ["--method", "simsiam", "--z1", z1f, "--z2", z2f], /--method: unknown loss 'simsiam' \(expected one of barlow-twins, vicreg/],
    ["bad number", ["--method", "infonce", "--temperature", "warm", "--z1", z1f, "--z2", z2f], /--temperature: expected a finite number, got 'warm'/],
    ["out of range", ["--method", "infonce", "--temperature", "0", "--z1", z1f, "--z2", z2f], /--temperature: expected a number > 0, got 0/],
    ["flag for another method", ["--method", "vicreg", "--lambda", "0.1", "--z1", z1f, "--z2", z2f], /--lambda: does not apply to --method vicreg \(it applies to barlow-twins, ib-logdet\)/],
    ["singular covariance", ["--method", "wmse", "--z1", p("wide1.npy"), "--z2", p("wide2.npy")], /--z1 .*wide1\.npy: W-MSE: .*singular.*N > D.*--w-eps/],
    ["missing --z2", ["--method", "vicreg", "--z1", z1f], /required option '--z2 <file>'/],
  ];
  const runs = await Promise.all(cases.map(([, args]) => cli(args)));
  cases.forEach(([label, , pattern], i) => {
    const r = runs[i]!;
    assert.equal(r.code, 2, `${label}: exit ${r.code}, stderr ${r.stderr}`);
    assert.equal(r.stdout, "", label);
    const lines = r.stderr.trimEnd().split("\n");
    assert.equal(lines.length, 1, `${label}: ${r.stderr}`);
    assert.match(lines[0]!, pattern, label);
  });
});

test("an overflowing loss is refused (never \"loss\": null with exit 0); --grad onto an input, also via a link, is refused", async () => {
  const { linkSync, readFileSync, symlinkSync } = await import("node:fs");
  tidy(() => {
    writeNpy(p("huge1.npy"), z1.float().mul(1e19));
    writeNpy(p("huge2.npy"), z2.float().mul(1e19));
  });
  const over = await cli(["--method", "vicreg", "--z1", p("huge1.npy"), "--z2", p("huge2.npy"), "--json"]);
  assert.equal(over.code, 2, over.stderr);
  assert.equal(over.stdout, "");
  assert.match(over.stderr, /^nocollapse: --z1 .*huge1\.npy, --z2 .*huge2\.npy: the vicreg loss is (Infinity|NaN) \(it overflowed float32: the largest \|value\| is [\d.]+e\+19\); rescale the embeddings or save them as float64\n$/);
  // The output path names an input: directly, through a symlink, through a hard link.
  symlinkSync(p("z1.npy"), p("z1-link.npy"));
  linkSync(p("z2.npy"), p("z2-hard.npy"));
  const before = [readFileSync(p("z1.npy")), readFileSync(p("z2.npy"))];
  for (const [grad, flag] of [[p("z1.npy"), "--z1"], [p("z1-link.npy"), "--z1"], [p("z2-hard.npy"), "--z2"], [join(dir, ".", "z2.npy"), "--z2"]] as const) {
    const r = await cli(["--method", "barlow-twins", "--z1", p("z1.npy"), "--z2", p("z2.npy"), "--grad", grad]);
    assert.equal(r.code, 2, r.stderr);
    assert.equal(r.stderr.trim().split("\n").length, 1, r.stderr);
    assert.match(r.stderr, new RegExp(`--grad .*: is the same file as ${flag} .*; writing the gradient there would overwrite an input`));
  }
  assert.deepEqual([readFileSync(p("z1.npy")), readFileSync(p("z2.npy"))], before, "the inputs are untouched");
});

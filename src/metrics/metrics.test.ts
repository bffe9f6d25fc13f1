import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { aten, manualSeed, memory, ones, randn, tensor, tidy, writeNpy, zeros, type Tensor } from "../tensor/index.js";
import { enc, torchRef } from "../testing/torch-ref.js";
import { onDevice, testDevices } from "../testing/devices.js";
import {
  alphaReQ, analyzeEmbeddings, analyzeFile, analyzeNpyFile, avgCorrelation, collapsedDims, deadDims, diagnose,
  embeddingCovariance, effectiveRank, gaussianEntropy, lidar, logDet, pairMetrics, readCsv, spectrum, stdL2Normalized,
  weightSpectrum, collapseCut, type DiagnosisInput, type EmbeddingReport,
} from "./index.js";

const dir = mkdtempSync(join(tmpdir(), "metrics-"));
const close = (a: number, b: number, tol = 1e-9) =>
  assert.ok(Math.abs(a - b) <= tol * Math.max(1, Math.abs(b)), `${a} vs ${b} (tol ${tol})`);
const closeArr = (a: number[], b: number[], tol = 1e-9) => {
  assert.equal(a.length, b.length);
  a.forEach((x, i) => close(x, b[i]!, tol));
};

test("diagonal covariance with known eigenvalues: spectrum, entropy, logDet, collapsed/dead dims by hand", () => {
  // Rows ±a·e₁, ±b·e₂, ±c·e₃: mean 0, C = diag(a², b², c²)·2/6.
  const [a, b, c] = [3, 1, 2];
  const z = tensor([[a, 0, 0], [-a, 0, 0], [0, b, 0], [0, -b, 0], [0, 0, c], [0, 0, -c]], undefined, "float64");
  const lam = [a * a, c * c, b * b].map((x) => x / 3);
  closeArr(spectrum(z).toArray() as number[], lam, 1e-12);
  closeArr((embeddingCovariance(z).toArray() as number[][]).flat(), [3, 0, 0, 0, 1 / 3, 0, 0, 0, 4 / 3], 1e-12);
  const ld = lam.reduce((s, l) => s + Math.log(l + 1e-6), 0);
  close(logDet(z), ld, 1e-12);
  close(gaussianEntropy(z), lam.reduce((s, l) => s + 0.5 * Math.log(2 * Math.PI * Math.E * (l + 1e-6)), 0), 1e-12);
  assert.equal(collapsedDims(z), 0);
  assert.equal(deadDims(z), 0);
  // Uncentred singular values of Z: √(2a²), √(2b²), √(2c²) → RankMe by hand.
  const s = [a, b, c].map((x) => Math.SQRT2 * x);
  const tot = s.reduce((p, q) => p + q, 0);
  const p = s.map((x) => x / tot + 1e-7);
  close(effectiveRank(z), Math.exp(-p.reduce((acc, x) => acc + x * Math.log(x), 0)), 1e-10);
  // α-ReQ: least squares of log λ on log k, by hand.
  const xs = [1, 2, 3].map(Math.log);
  const ys = lam.map(Math.log);
  const mx = xs.reduce((p1, q) => p1 + q) / 3;
  const my = ys.reduce((p1, q) => p1 + q) / 3;
  const slope = xs.reduce((acc, x, i) => acc + (x - mx) * (ys[i]! - my), 0) / xs.reduce((acc, x) => acc + (x - mx) ** 2, 0);
  close(alphaReQ(z)!, -slope, 1e-12);
});

test("correlation: perfectly (anti-)correlated columns give 1 (-1 signed); dead dimensions are left out", () => {
  const pos = tensor([[1, 5, 7], [2, 7, 7], [3, 9, 7], [5, 13, 7]], undefined, "float64"); // col1 = 2·col0 + 3, col2 constant
  close(avgCorrelation(pos)!, 1, 1e-12);
  close(avgCorrelation(pos, true)!, 1, 1e-12);
  assert.equal(deadDims(pos), 1);
  const neg = tensor([[1, -2], [2, -4], [4, -8]], undefined, "float64");
  close(avgCorrelation(neg)!, 1, 1e-12);
  close(avgCorrelation(neg, true)!, -1, 1e-12);
  assert.equal(avgCorrelation(tensor([[1, 3], [2, 3]])), null); // one live dimension
  const r = analyzeEmbeddings(tensor([[1, 2], [2, 4], [3, 6]]));
  assert.equal(r.collapsedDims, 1); // rank 1
});

test("every metric matches PyTorch float64 recomputation (svdvals of raw Z for RankMe, corrcoef, lightly's std)", () => {
  manualSeed(1);
  const z = tidy(() => randn([300, 12], "float64").mm(randn([12, 12], "float64")).add(2)); // correlated, offset mean
  const r = analyzeEmbeddings(z);
  const ref = torchRef<Record<string, number | number[]>>(
    `
import numpy as np
z = inp["z"]; n, d = z.shape
zc = z - z.mean(0)
C = zc.T @ zc / n
lam = torch.linalg.eigvalsh(C).flip(0).clamp(min=0)
s = torch.linalg.svdvals(z)
p = s / s.sum() + 1e-7
R = torch.corrcoef(z.T)
off = ~torch.eye(d, dtype=torch.bool)
u = torch.nn.functional.normalize(z, dim=1)
k = lam >= 1e-5 * lam[0]
slope = np.polyfit(np.log(np.arange(1, int(k.sum()) + 1)), np.log(lam[k].numpy()), 1)[0]
out = {"spectrum": lam.tolist(), "rankme": float(torch.exp(-(p * p.log()).sum())),
       "logdet": float(torch.log(lam + 1e-6).sum()), "avgcorr": float(R[off].abs().mean()),
       "avgcorrs": float(R[off].mean()), "std": float(u.std(dim=0).mean()), "alpha": float(-slope),
       "trace_ratio": float(C.trace() / (z * z).sum(1).mean())}
`,
    { z: enc(z) },
  );
  closeArr(r.spectrum, ref.spectrum as number[], 1e-9);
  close(r.effectiveRank, ref.rankme as number, 1e-9);
  close(r.logDet, ref.logdet as number, 1e-9);
  close(r.entropy, 0.5 * (12 * Math.log(2 * Math.PI * Math.E) + (ref.logdet as number)), 1e-9);
  close(r.avgCorrelation!, ref.avgcorr as number, 1e-9);
  close(r.avgCorrelationSigned!, ref.avgcorrs as number, 1e-9);
  close(r.stdL2Normalized, ref.std as number, 1e-9);
  close(r.alphaReQ!, ref.alpha as number, 1e-9);
  close(r.traceRatio, ref.trace_ratio as number, 1e-9);
  z.dispose();
});

test("α-ReQ as its authors fit it (weights 1/k over k = 11..100, R² to 500 and to 100) matches a NumPy recomputation of reptrix", () => {
  manualSeed(21);
  // A power-law population (α = 1.3) at N = 4·D, D = 160, so the sample spectrum bends off the straight line.
  const d = 160;
  const z = tidy(() => randn([4 * d, d], "float64").mul(aten.arange_start(1, d + 1, "float64").pow(-0.65)));
  const r = analyzeEmbeddings(z);
  const ref = torchRef<{ alpha: number; r2: number; r2_100: number }>(
    `
import numpy as np
z = inp["z"].numpy(); z = z - z.mean(0)
eig = np.sort(np.linalg.eigvalsh(z.T @ z / (z.shape[0] - 1)))[::-1]   # PCA explained variance, 1/(N-1)
trange = np.arange(10, 100)
logss = np.log(np.abs(eig)); y = logss[trange][:, None]; trange = trange + 1
x = np.concatenate((-np.log(trange)[:, None], np.ones((trange.size, 1))), axis=1); w = 1.0 / trange[:, None]
b = np.linalg.solve(x.T @ (x * w), (w * x).T @ y).flatten()
allr = np.arange(1, eig.size + 1); ypred = np.log(allr) * -b[0] + b[1]
def r2(a, p): return 1 - ((a - p) ** 2).sum() / ((a - a.mean()) ** 2).sum()
hi = 500 if eig.size >= 512 else eig.size - 10
out = {"alpha": float(b[0]), "r2": float(r2(logss[trange[0]:hi], ypred[trange[0]:hi])), "r2_100": float(r2(logss[trange[0]:100], ypred[trange[0]:100]))}
`,
    { z: enc(z) },
  );
  const fit = r.alphaReQFit!;
  assert.deepEqual([fit.from, fit.to], [11, 100]);
  close(fit.alpha, ref.alpha, 1e-9);
  close(fit.r2!, ref.r2, 1e-9);
  close(fit.r2First100!, ref.r2_100, 1e-9);
  assert.ok(Math.abs(fit.alpha - 1.3) < 0.3, `α ${fit.alpha} near the population's 1.3`);
  // Too few eigenvalues for the authors' range: null, while the all-eigenvalue fit still exists.
  const small = analyzeEmbeddings(randn([200, 12], "float64"));
  assert.equal(small.alphaReQFit, null);
  assert.notEqual(small.alphaReQ, null);
  z.dispose();
});

test("RankMe of each half of the rows says whether N was enough: N = 16·D yes, N = D no", () => {
  manualSeed(22);
  const d = 64;
  const big = analyzeEmbeddings(randn([16 * d, d], "float64"));
  assert.equal(big.rankSampleEnough, true);
  // Each half is an independent sample of ⌊N/2⌋ rows: its RankMe matches an svdvals recomputation of those rows.
  const z = randn([d, d], "float64");
  const few = analyzeEmbeddings(z);
  const ref = torchRef<number[]>(
    `
def rm(x):
    s = torch.linalg.svdvals(x); p = s / s.sum() + 1e-7; return float(torch.exp(-(p * p.log()).sum()))
z = inp["z"]; h = z.shape[0] // 2
out = [rm(z[:h]), rm(z[h:])]
`,
    { z: enc(z) },
  );
  closeArr(few.effectiveRankHalves!, ref, 1e-9);
  assert.equal(few.rankSampleEnough, false, `halves ${few.effectiveRankHalves} vs ${few.effectiveRank}`);
  z.dispose();
});

test("RankMe with N < D uses the top min(N, D) singular values, as svdvals does", () => {
  manualSeed(2);
  const z = randn([5, 20], "float64");
  const ref = torchRef<number>(`s = torch.linalg.svdvals(inp["z"]); p = s / s.sum() + 1e-7; out = float(torch.exp(-(p * p.log()).sum()))`, { z: enc(z) });
  close(effectiveRank(z), ref, 1e-9);
  z.dispose();
});

test("pair metrics match Wang & Isola / Barlow Twins formulas in PyTorch; energy gap ≈ 0 when the views are unrelated noise of one vector", () => {
  manualSeed(3);
  const [z1, z2] = tidy(() => {
    const a = randn([200, 8], "float64");
    return [a, a.add(randn([200, 8], "float64").mul(0.3))];
  });
  const p = pairMetrics(z1, z2);
  const ref = torchRef<Record<string, number>>(
    `
F = torch.nn.functional
a, b = inp["a"], inp["b"]; n, d = a.shape
u1, u2 = F.normalize(a, dim=1), F.normalize(b, dim=1)
unif = lambda x: torch.pdist(x, p=2).pow(2).mul(-2).exp().mean().log()
za = (a - a.mean(0)) / a.std(0, unbiased=False); zb = (b - b.mean(0)) / b.std(0, unbiased=False)
c = za.T @ zb / n
off = ~torch.eye(d, dtype=torch.bool)
perm = (torch.arange(n) + n // 2) % n
out = {"align": float((u1 - u2).norm(dim=1).pow(2).mean()), "unif": float((unif(u1) + unif(u2)) / 2),
       "diag": float(c.diagonal().mean()), "off": float(c[off].abs().mean()),
       "gap": float((u1 - u2[perm]).norm(dim=1).mean() - (u1 - u2).norm(dim=1).mean())}
`,
    { a: enc(z1), b: enc(z2) },
  );
  close(p.alignment, ref.align!, 1e-9);
  close(p.uniformity, ref.unif!, 1e-9);
  close(p.crossCorrelationDiagonal, ref.diag!, 1e-9);
  close(p.crossCorrelationOffDiagonal, ref.off!, 1e-9);
  close(p.energyGap, ref.gap!, 1e-9);
  assert.ok(p.energyGap > 0.5);
  const flat = tidy(() => {
    const v = ones([200, 1], "float64").mm(randn([1, 8], "float64"));
    return pairMetrics(v.add(randn([200, 8], "float64").mul(1e-6)), v.add(randn([200, 8], "float64").mul(1e-6)));
  });
  assert.ok(Math.abs(flat.energyGap) < 1e-5, `collapsed energy gap ${flat.energyGap}`);
  z1.dispose();
  z2.dispose();
});

test("LiDAR matches an independent PyTorch implementation of Thilak et al.'s formula", () => {
  manualSeed(4);
  const v = tidy(() => randn([40, 1, 6], "float64").add(randn([40, 3, 6], "float64").mul(0.2)));
  const ref = torchRef<number>(
    `
v = inp["v"]; n, q, d = v.shape
mu_x = v.mean(1); mu = mu_x.mean(0)
Sb = sum(torch.outer(m - mu, m - mu) for m in mu_x) / (n - 1)
Sw = sum(torch.outer(v[i, j] - mu_x[i], v[i, j] - mu_x[i]) for i in range(n) for j in range(q)) / (n * (q - 1))
Sw = Sw + 1e-4 * torch.eye(d)
w, V = torch.linalg.eigh(Sw)
isq = V @ torch.diag(w.rsqrt()) @ V.T
lam = torch.linalg.eigvalsh(isq @ Sb @ isq).clamp(min=0)
p = lam / lam.sum() + 1e-8
out = float(torch.exp(-(p * p.log()).sum()))
`,
    { v: enc(v) },
  );
  close(lidar(v), ref, 1e-9);
  v.dispose();
});

test("weightSpectrum: singular values of a known matrix and its vanishing ones", () => {
  const w = tensor([[3, 0, 0], [0, 2, 0], [0, 0, 0]]);
  const s = weightSpectrum(w);
  closeArr(s.singularValues, [3, 2, 0], 1e-12);
  assert.equal(s.vanishing, 1);
  assert.equal(weightSpectrum(zeros([2, 2, 3, 3])).vanishing, 2); // conv kernel reshaped to [out, in·k·k]
});

for (const device of testDevices()) test(onDevice(device, "streaming an .npy in odd-sized chunks equals the in-memory CPU result, for the metrics and the pair metrics"), () => {
  manualSeed(5);
  const z = tidy(() => randn([1001, 24]).mm(randn([24, 24])).add(randn([24]).mul(5)));
  const path = join(dir, `s-${device}.npy`);
  writeNpy(path, z);
  const mem = analyzeEmbeddings(z);
  let calls = 0;
  const streamed = analyzeNpyFile(path, { chunkRows: 97, onProgress: () => calls++, device });
  assert.equal(calls, Math.ceil(1001 / 97));
  const keys: (keyof EmbeddingReport)[] = ["effectiveRank", "entropy", "logDet", "avgCorrelation", "avgCorrelationSigned", "stdL2Normalized", "alphaReQ", "traceRatio"];
  for (const k of keys) close(streamed[k] as number, mem[k] as number, 1e-9);
  closeArr(streamed.effectiveRankHalves!, mem.effectiveRankHalves!, 1e-9); // the same split, however it is chunked
  closeArr(streamed.spectrum, mem.spectrum, 1e-9);
  assert.equal(streamed.collapsedDims, mem.collapsedDims);
  assert.equal(streamed.diagnosis, mem.diagnosis);
  // Pair metrics stream too, and do not depend on the chunking.
  const z2 = tidy(() => z.add(randn([1001, 24]).mul(0.5)));
  writeNpy(join(dir, `s2-${device}.npy`), z2);
  const a = analyzeFile(path, { pair: join(dir, `s2-${device}.npy`), chunkRows: 64, device }).pair!;
  const b = pairMetrics(z, z2);
  for (const k of Object.keys(b) as (keyof typeof b)[]) close(a[k], b[k], 1e-9);
  z.dispose();
  z2.dispose();
});

test("diagnosis: iid Gaussian N ≥ 4D healthy; identical rows (+1e-6 noise) and zeros total; rank ≤ D/4 dimensional; small batch healthy", () => {
  manualSeed(6);
  const d = 64;
  const cases: [string, () => Tensor, string][] = [
    ["gaussian", () => randn([4 * d, d]), "healthy"],
    ["gaussian, offset mean", () => randn([4 * d, d]).add(1), "healthy"],
    ["small batch N < D", () => randn([16, d]), "healthy"],
    ["identical rows", () => ones([500, 1]).mm(randn([1, d]).mul(10)).add(randn([500, d]).mul(1e-5)), "total-collapse"],
    ["exactly identical", () => ones([500, 1]).mm(randn([1, d])), "total-collapse"],
    ["zeros", () => zeros([500, d]), "total-collapse"],
    ["rank D/4", () => randn([500, d / 4]).mm(randn([d / 4, d])).add(randn([500, d]).mul(1e-7)), "dimensional-collapse"],
    ["rank 2", () => randn([500, 2]).mm(randn([2, d])), "dimensional-collapse"],
  ];
  for (const [name, make, want] of cases) {
    const r = tidy(() => analyzeEmbeddings(make()));
    assert.equal(r.diagnosis, want, `${name}: ${r.explanation}`);
    assert.ok(r.explanation.length > 20);
  }
  const low = tidy(() => analyzeEmbeddings(randn([500, 8]).mm(randn([8, d]))));
  assert.match(low.explanation, /56 of 64 dimensions carry less than [\d.e-]+ of the top variance/);
});

test("diagnosis: the rules' evidence on hand-made inputs (round-off, one direction, shrinking, the Marchenko–Pastur cut)", () => {
  const D = 128;
  const flat = Array.from({ length: D }, () => 1); // a full-rank, isotropic centred spectrum
  const row = (o: Partial<DiagnosisInput>): DiagnosisInput => ({
    n: 1024, dim: D, spectrum: flat, deadDims: 0, stdL2Normalized: 0.9 / Math.sqrt(D), traceRatio: 0.8, effectiveRank: 100,
    meanDirectionShare: 0.01, ...o,
  });
  assert.equal(diagnose(row({})).diagnosis, "healthy");
  // Concentrated but with a centred structure spread over every dimension: healthy, and the explanation says why.
  const conc = diagnose(row({ stdL2Normalized: 0.1 / Math.sqrt(D), traceRatio: 0.01 }));
  assert.equal(conc.diagnosis, "healthy");
  assert.match(conc.explanation, /concentrated around their mean, as post-ReLU, pooled features are; that alone is not collapse/);
  // The same concentration with the variance along the mean direction: one number per input.
  const dir = diagnose(row({ stdL2Normalized: 0.1 / Math.sqrt(D), traceRatio: 0.01, meanDirectionShare: 0.9 }));
  assert.equal(dir.diagnosis, "total-collapse");
  assert.match(dir.explanation, /90 % of what varies is the rows' length along that direction/);
  assert.match(diagnose(row({ stdL2Normalized: 0.1 / Math.sqrt(D), meanDirectionShare: 0.9 }), { atInit: true }).explanation, /expected of an untrained network/);
  assert.equal(diagnose(row({ meanDirectionShare: 0.9 })).diagnosis, "healthy", "not concentrated: the share alone decides nothing");
  assert.equal(diagnose(row({ traceRatio: 5e-11 })).diagnosis, "total-collapse"); // round-off of one vector
  const shrunk = diagnose(row({}), { history: { peakTrace: 20 * D, peakStep: 40 } });
  assert.equal(shrunk.diagnosis, "total-collapse");
  close(shrunk.evidence.traceOfPeak!, 0.05, 1e-12);
  // The cut follows Marchenko–Pastur: 1e-5·((1 − √γ)/(1 + √γ))², γ = min(N − 1, D)/N.
  close(collapseCut(128, 256), 1e-5 * ((1 - Math.SQRT1_2) / (1 + Math.SQRT1_2)) ** 2, 1e-15);
  close(collapseCut(128, 512), 1e-5 / 9, 1e-15);
  const tail = (v: number, k: number) => [...Array.from({ length: D - k }, () => 1), ...Array.from({ length: k }, () => v)];
  // 40 of 128 eigenvalues at 1e-6 of the top: missing at N = 16·D (cut 4.4e-6), not at N = 2·D (cut 2.9e-7).
  assert.equal(diagnose(row({ n: 16 * D, spectrum: tail(1e-6, 40) })).diagnosis, "dimensional-collapse");
  assert.equal(diagnose(row({ n: 2 * D, spectrum: tail(1e-6, 40) })).diagnosis, "healthy");
  assert.equal(diagnose(row({ n: 2 * D, spectrum: tail(1e-9, 40) })).diagnosis, "dimensional-collapse");
  const fewRows = diagnose(row({ n: 300, spectrum: tail(1e-9, 40) }));
  assert.match(fewRows.explanation, /With 300 rows for 128 dimensions only eigenvalues below .* count as missing; ≥ 512 rows judge more sharply\./);
});

test("analyzeEmbeddings is leak-free and JSON-able", () => {
  manualSeed(7);
  const z = randn([256, 32]);
  analyzeEmbeddings(z);
  const before = memory().liveTensors;
  for (let i = 0; i < 5; i++) analyzeEmbeddings(z);
  assert.equal(memory().liveTensors, before);
  const r = analyzeEmbeddings(tidy(() => zeros([10, 4])));
  assert.doesNotThrow(() => JSON.parse(JSON.stringify(r)));
  assert.equal(JSON.stringify(r).includes("NaN"), false);
  z.dispose();
});

test("NaN/Inf input is an InputError naming the count and the first row/column", () => {
  const z = tensor([[1, 2], [3, NaN], [Infinity, 1]]);
  assert.throws(() => analyzeEmbeddings(z), /z: 2 NaN\/Inf values, the first at row 1, column 1/);
  assert.throws(() => analyzeEmbeddings(tensor([[1, 2]])), /at least 2 rows/);
  z.dispose();
});

test("readCsv: optional header, quoted cells, tsv, line:column errors, ragged rows", () => {
  writeFileSync(join(dir, "h.csv"), 'a,b\n1,2\n"3",4e0\n\n');
  const h = readCsv(join(dir, "h.csv"));
  assert.deepEqual([h.rows, h.cols, Array.from(h.data), h.header], [2, 2, [1, 2, 3, 4], ["a", "b"]]);
  writeFileSync(join(dir, "t.tsv"), "1\t2\n3\t-inf\n");
  assert.deepEqual(Array.from(readCsv(join(dir, "t.tsv")).data), [1, 2, 3, -Infinity]);
  writeFileSync(join(dir, "bad.csv"), "1,2\n3,x\n");
  assert.throws(() => readCsv(join(dir, "bad.csv")), /bad\.csv:2:2: non-numeric cell 'x'/);
  writeFileSync(join(dir, "rag.csv"), "1,2\n3\n");
  assert.throws(() => readCsv(join(dir, "rag.csv")), /rag\.csv:2: ragged row: 1 field, expected 2/);
});

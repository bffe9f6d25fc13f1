// Op values against float64 recomputation in plain TypeScript, gradients against central finite differences, and
// the linear-algebra ops the metrics and losses rely on.
import { test } from "node:test";
import assert from "node:assert/strict";
import { tensor, randn, rand, eye, manualSeed, aten, tidy, cuda, type Tensor } from "./index.js";

const close = (a: number, b: number, tol = 1e-9) => Math.abs(a - b) <= tol * Math.max(1, Math.abs(b));
function assertAll(got: Tensor, want: number[], tol = 1e-9, what = "") {
  const g = got.toFloat64Array();
  assert.equal(g.length, want.length, `${what}: length`);
  want.forEach((w, i) => assert.ok(close(g[i]!, w, tol), `${what}[${i}]: ${g[i]} vs ${w}`));
}

test("20+ ops match float64 recomputation in plain TypeScript", () => {
  tidy(() => {
    const xs = [-2.5, -1, -0.25, 0, 0.3, 1, 2.75, 4];
    const pos = xs.map((v) => Math.abs(v) + 0.5);
    const x = tensor(Float64Array.from(xs));
    const p = tensor(Float64Array.from(pos));
    const unary: [string, (t: Tensor) => Tensor, (v: number) => number, number[]][] = [
      ["exp", (t) => t.exp(), Math.exp, xs],
      ["log", (t) => t.log(), Math.log, pos],
      ["sqrt", (t) => t.sqrt(), Math.sqrt, pos],
      ["rsqrt", (t) => t.rsqrt(), (v) => 1 / Math.sqrt(v), pos],
      ["tanh", (t) => t.tanh(), Math.tanh, xs],
      ["sigmoid", (t) => t.sigmoid(), (v) => 1 / (1 + Math.exp(-v)), xs],
      ["relu", (t) => t.relu(), (v) => Math.max(0, v), xs],
      ["abs", (t) => t.abs(), Math.abs, xs],
      ["neg", (t) => t.neg(), (v) => -v, xs],
      ["square", (t) => t.square(), (v) => v * v, xs],
      ["sin", (t) => t.sin(), Math.sin, xs],
      ["cos", (t) => t.cos(), Math.cos, xs],
      ["reciprocal", (t) => t.reciprocal(), (v) => 1 / v, pos],
      ["softplus", (t) => aten.softplus(t), (v) => Math.log1p(Math.exp(v)), xs],
      ["pow 3", (t) => t.pow(3), (v) => v ** 3, xs],
      ["clamp", (t) => t.clamp(-1, 1), (v) => Math.min(1, Math.max(-1, v)), xs],
      ["floor", (t) => t.floor(), Math.floor, xs],
    ];
    for (const [name, op, ref, input] of unary) {
      const t = input === xs ? x : p;
      assertAll(op(t), input.map(ref), 1e-12, name);
    }
    // Reductions
    const sum = xs.reduce((a, b) => a + b, 0);
    const mean = sum / xs.length;
    const varU = xs.reduce((a, v) => a + (v - mean) ** 2, 0) / (xs.length - 1);
    assertAll(x.sum(), [sum], 1e-12, "sum");
    assertAll(x.mean(), [mean], 1e-12, "mean");
    assertAll(x.var(), [varU], 1e-12, "var");
    assertAll(x.std(undefined, 0), [Math.sqrt((varU * (xs.length - 1)) / xs.length)], 1e-12, "std biased");
    assertAll(x.norm(), [Math.sqrt(xs.reduce((a, v) => a + v * v, 0))], 1e-12, "norm");
    assertAll(x.max(), [4], 0, "max");
    const lse = Math.log(xs.reduce((a, v) => a + Math.exp(v), 0));
    assertAll(x.logsumexp(0), [lse], 1e-12, "logsumexp");
    assertAll(x.logSoftmax(0), xs.map((v) => v - lse), 1e-12, "log_softmax");
    // matmul vs triple loop
    const A = [[1, 2, 3], [4, 5, 6]];
    const B = [[0.5, -1], [2, 0], [1, 3]];
    const C = A.map((r) => B[0]!.map((_, j) => r.reduce((acc, v, k) => acc + v * B[k]![j]!, 0)));
    assertAll(tensor(A, undefined, "float64").matmul(tensor(B, undefined, "float64")), C.flat(), 1e-12, "matmul");
  });
});

/** Central finite-difference gradient of a scalar function at x0, compared with autograd (float64). */
function gradcheck(name: string, f: (x: Tensor) => Tensor, shape: number[], x0?: Float64Array, tol = 1e-6) {
  tidy(() => {
    const init = x0 ?? randn(shape, "float64").toFloat64Array();
    const x = tensor(Float64Array.from(init), shape).requiresGrad_();
    f(x).backward();
    const g = x.grad!.toFloat64Array();
    const h = 1e-6;
    for (let i = 0; i < init.length; i++) {
      const p = Float64Array.from(init); p[i]! += h;
      const m = Float64Array.from(init); m[i]! -= h;
      const fd = (f(tensor(p, shape)).item() - f(tensor(m, shape)).item()) / (2 * h);
      assert.ok(Math.abs(fd - g[i]!) <= tol * Math.max(1, Math.abs(fd)), `${name}: d/dx[${i}] autograd ${g[i]} vs numeric ${fd}`);
    }
  });
}

test("gradients of 12 ops match central finite differences", () => {
  manualSeed(3);
  const w = randn([4, 2, 3, 3], "float64").keep();
  const wl = randn([5, 3], "float64").keep();
  const c = randn([6, 3], "float64").keep();
  gradcheck("conv2d", (x) => aten.conv2d(x, w, null, 1, 1).square().sum(), [2, 2, 5, 5]);
  gradcheck("conv2d weight", (k) => aten.conv2d(c.reshape([1, 2, 3, 3]).repeat([1, 1, 2, 2]), k, null, 1, 0).tanh().sum(), [4, 2, 3, 3]);
  gradcheck("batch_norm (training)", (x) => aten.batch_norm(x, null, null, null, null, true, 0.1, 1e-5, false).mul(c.slice(0, 0, 4).t().contiguous().view([3, 4]).slice(0, 0, 3).reshape([1, 3, 2, 2])).sum(), [4, 3, 2, 2]);
  gradcheck("matmul", (x) => x.matmul(wl).sin().sum(), [2, 5]);
  gradcheck("log_softmax", (x) => x.logSoftmax(1).mul(c.slice(0, 0, 2)).sum(), [2, 3]);
  gradcheck("linalg_cholesky", (x) => aten.linalg_cholesky(x.matmul(x.t()).add(eye(3, "float64"))).mul(c.slice(0, 0, 3)).sum(), [3, 3]);
  gradcheck("linalg_eigvalsh", (x) => aten.linalg_eigvalsh(x.add(x.t())).mul(tensor([1, 2, 3], undefined, "float64")).sum(), [3, 3]);
  gradcheck("slogdet", (x) => aten.linalg_slogdet(x.matmul(x.t()).add(eye(3, "float64")))[1], [3, 3]);
  gradcheck("linalg_inv", (x) => aten.linalg_inv(x.add(eye(3, "float64").mul(4))).sum(), [3, 3]);
  gradcheck("solve_triangular", (x) => aten.linalg_solve_triangular(x.triu().add(eye(3, "float64").mul(3)), c.slice(0, 0, 3), true).sum(), [3, 3]);
  gradcheck("normalize+cosine", (x) => x.normalize(1).mul(c.slice(0, 0, 2)).sum(), [2, 3]);
  gradcheck("max_pool2d", (x) => aten.max_pool2d(x, [2, 2]).square().sum(), [1, 1, 4, 4], Float64Array.from({ length: 16 }, (_, i) => Math.sin(i * 1.7) * 3));
  gradcheck("mse", (x) => aten.mse_loss(x, c.slice(0, 0, 2)).mul(2), [2, 3]);
  for (const t of [w, wl, c]) t.dispose();
});

test("linear algebra: cholesky, eigh/eigvalsh, svd/svdvals, solve_triangular, slogdet, inv", () => {
  tidy(() => {
    // A = L Lᵀ with a hand-chosen L.
    const L = tensor([[2, 0, 0], [1, 3, 0], [-1, 0.5, 1]], undefined, "float64");
    const A = L.matmul(L.t());
    assertAll(aten.linalg_cholesky(A), Array.from(L.toFloat64Array()), 1e-12, "cholesky");
    // Diagonal matrix: eigenvalues known, ascending.
    const D = tensor([[3, 0, 0], [0, 1, 0], [0, 0, 2]], undefined, "float64");
    assertAll(aten.linalg_eigvalsh(D), [1, 2, 3], 1e-12, "eigvalsh");
    const [vals, vecs] = aten.linalg_eigh(A);
    assertAll(vecs.matmul(aten.diag_embed(vals)).matmul(vecs.t()), Array.from(A.toFloat64Array()), 1e-10, "eigh reconstructs");
    // Singular values of a rank-1 matrix u vᵀ: ‖u‖·‖v‖ then zeros.
    const u = tensor([[1], [2], [2]], undefined, "float64");
    const v = tensor([[3, 4]], undefined, "float64");
    assertAll(aten.linalg_svdvals(u.matmul(v)), [15, 0], 1e-12, "svdvals");
    const [U, S, Vh] = aten.linalg_svd(A, false);
    assertAll(U.mul(S).matmul(Vh), Array.from(A.toFloat64Array()), 1e-10, "svd reconstructs");
    // det(A) = det(L)^2 = (2·3·1)^2 = 36
    const [sign, logabs] = aten.linalg_slogdet(A);
    assertAll(sign, [1], 0, "slogdet sign");
    assertAll(logabs, [Math.log(36)], 1e-12, "slogdet");
    assertAll(aten.linalg_inv(A).matmul(A), Array.from(eye(3, "float64").toFloat64Array()), 1e-12, "inv");
    const b = tensor([[2], [4], [0]], undefined, "float64");
    const x = aten.linalg_solve_triangular(L, b, false);
    assertAll(L.matmul(x), [2, 4, 0], 1e-12, "solve_triangular");
  });
});

test("devices: cpu everywhere, cuda only when the build has it", () => {
  tidy(() => {
    const x = rand([2, 2]);
    assert.equal(x.device, "cpu");
    assert.equal(x.toDevice("cpu").device, "cpu");
    if (!cuda.isAvailable()) assert.throws(() => x.toDevice("cuda"), /CUDA|cuda/);
    else assert.equal(x.toDevice("cuda").device, "cuda:0");
  });
});

test("dataShared() is a zero-copy view of contiguous CPU storage", () => {
  tidy(() => {
    const x = tensor(new Float32Array([1, 2, 3]));
    const view = x.dataShared() as Float32Array;
    x.mul_(2);
    assert.deepEqual(Array.from(view), [2, 4, 6], "sees the in-place change");
    const copy = x.data() as Float32Array;
    x.mul_(2);
    assert.deepEqual(Array.from(copy), [2, 4, 6], "data() is a copy");
  });
});

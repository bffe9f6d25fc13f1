import { test } from "node:test";
import assert from "node:assert/strict";
import { Tensor, tensor, zeros, randn, arange, cat, stack, eye, manualSeed, aten, TorchError, tidy } from "./index.js";
import { torchRef, enc, dec, maxAbsDiff } from "../testing/torch-ref.js";

test("elementwise arithmetic matches hand-computed values", () => {
  tidy(() => {
    const a = tensor([[1, 2], [3, 4]]);
    const b = tensor([[10, 20], [30, 40]]);
    assert.deepEqual(a.add(b).toArray(), [[11, 22], [33, 44]]);
    assert.deepEqual(b.sub(a, 2).toArray(), [[8, 16], [24, 32]]);
    assert.deepEqual(a.mul(3).toArray(), [[3, 6], [9, 12]]);
    assert.deepEqual(b.div(a).toArray(), [[10, 10], [10, 10]]);
    assert.deepEqual(a.pow(2).toArray(), [[1, 4], [9, 16]]);
    assert.deepEqual(a.rsub(1).toArray(), [[0, -1], [-2, -3]]);
    assert.deepEqual(a.matmul(a).toArray(), [[7, 10], [15, 22]]);
    assert.deepEqual(a.t().toArray(), [[1, 3], [2, 4]]);
    assert.equal(a.sum().item(), 10);
    assert.deepEqual(a.mean(0).toArray(), [2, 3]);
    assert.deepEqual(a.sum(1, true).shape, [2, 1]);
    // unbiased variance of [1,2,3,4] = 5/3; biased = 5/4
    assert.ok(Math.abs(a.var().item() - 5 / 3) < 1e-6);
    assert.ok(Math.abs(a.var(undefined, 0).item() - 1.25) < 1e-6);
    assert.deepEqual(a.clamp(2, 3).toArray(), [[2, 2], [3, 3]]);
    assert.deepEqual(a.gt(2).toArray(), [[0, 0], [1, 1]]);
  });
});

test("shapes, views and joins", () => {
  tidy(() => {
    const x = arange(24).reshape([2, 3, 4]);
    assert.deepEqual(x.shape, [2, 3, 4]);
    assert.equal(x.dtype, "int64");
    assert.deepEqual(x.permute([2, 0, 1]).shape, [4, 2, 3]);
    assert.deepEqual(x.flatten(1).shape, [2, 12]);
    assert.deepEqual(x.unsqueeze(0).shape, [1, 2, 3, 4]);
    assert.deepEqual(x.slice(2, 1, 3).toArray(), [[[1, 2], [5, 6], [9, 10]], [[13, 14], [17, 18], [21, 22]]]);
    assert.deepEqual(cat([x, x], 0).shape, [4, 3, 4]);
    assert.deepEqual(stack([x, x], 1).shape, [2, 2, 3, 4]);
    assert.deepEqual(x.chunk(2, 2).map((c) => c.shape), [[2, 3, 2], [2, 3, 2]]);
    assert.equal(x.size(-1), 4);
    assert.throws(() => x.size(3), /3 dimensions/);
  });
});

test("dtypes round-trip through typed arrays", () => {
  tidy(() => {
    const f64 = tensor(new Float64Array([0.1, 1e-300, -2.5]));
    assert.equal(f64.dtype, "float64");
    assert.deepEqual(Array.from(f64.data() as Float64Array), [0.1, 1e-300, -2.5]);
    const u8 = tensor(new Uint8Array([0, 255, 7]), [3, 1]);
    assert.equal(u8.dtype, "uint8");
    assert.deepEqual(u8.shape, [3, 1]);
    const i64 = tensor([1, -2, 3], undefined, "int64");
    assert.deepEqual(Array.from(i64.data() as BigInt64Array), [1n, -2n, 3n]);
    assert.equal(i64.add(1).dtype, "int64", "integral scalars keep integer dtypes");
    assert.equal(i64.add(0.5).dtype, "float32", "fractional scalars promote like torch");
    assert.deepEqual(tensor([1.5, 2.5]).to("float16").toArray(), [1.5, 2.5]);
    assert.throws(() => tensor(new Float32Array(5), [2, 3]), /needs 24 bytes, got 20/);
  });
});

test("matmul, softmax and cholesky agree with PyTorch", () => {
  tidy(() => {
    manualSeed(1);
    const a = randn([5, 7], "float64");
    const b = randn([7, 3], "float64");
    const m = a.mm(b).add(tensor([[1, 2, 3]], undefined, "float64"));
    const spd = a.mm(a.t()).add(eye(5, "float64"));
    const ref = torchRef<Record<string, unknown>>(
      `a, b, spd = inp["a"], inp["b"], inp["spd"]
out = {"m": a @ b + torch.tensor([[1., 2., 3.]]), "s": torch.softmax(a, 1), "l": torch.linalg.cholesky(spd)}`,
      { a: enc(a), b: enc(b), spd: enc(spd) },
    );
    assert.ok(maxAbsDiff(m, dec(ref.m)) < 1e-12);
    assert.ok(maxAbsDiff(a.softmax(1), dec(ref.s)) < 1e-12);
    assert.ok(maxAbsDiff(aten.linalg_cholesky(spd), dec(ref.l)) < 1e-12);
  });
});

test("autograd gradients match central finite differences (float64)", () => {
  tidy(() => {
    manualSeed(2);
    const w = randn([4, 3], "float64").requiresGrad_();
    const x = randn([6, 4], "float64");
    // f(w) = sum(log(1 + exp(x w)) * tanh(x w)) + ||w||^2 : a few different backward formulas at once.
    const f = (wt: Tensor) => {
      const y = x.mm(wt);
      return aten.softplus(y).mul(y.tanh()).sum().add(wt.square().sum());
    };
    f(w).backward();
    const g = w.grad!;
    const w0 = w.detach().toFloat64Array();
    const fd = new Float64Array(w0.length);
    const h = 1e-6;
    for (let i = 0; i < w0.length; i++) {
      const p = Float64Array.from(w0); p[i]! += h;
      const m = Float64Array.from(w0); m[i]! -= h;
      fd[i] = (f(tensor(p, [4, 3])).item() - f(tensor(m, [4, 3])).item()) / (2 * h);
    }
    assert.ok(maxAbsDiff(g, tensor(fd, [4, 3])) < 1e-6, "analytic vs numeric gradient");
    w.clearGrad();
    assert.equal(w.grad, null);
  });
});

test("errors from libtorch become TorchErrors that name the op and the shapes; the process survives", () => {
  tidy(() => {
    const a = tensor([[1, 2, 3], [4, 5, 6]]);
    const b = tensor([[1, 2], [3, 4]]);
    assert.throws(() => a.mm(b), (e: unknown) => {
      assert.ok(e instanceof TorchError);
      assert.equal(e.op, "aten::mm");
      assert.match(e.message, /cannot be multiplied \(2x3 and 2x2\)/);
      assert.match(e.message, /self: float32\[2,3\], mat2: float32\[2,2\]/);
      return true;
    });
    // Not positive definite: the message says so instead of aborting.
    assert.throws(() => aten.linalg_cholesky(tensor([[1, 2], [2, 1]])), /not positive-definite/);
    // Wrong dtype for an op.
    assert.throws(() => a.mm(tensor([[1], [2], [3]], undefined, "int64")), TorchError);
    // Wrong JS argument kind is caught by the addon's checks, naming the argument.
    assert.throws(() => aten.sum_dim_IntList(a, [0.5], false), /argument 'dim' expects an integer/);
    assert.throws(() => a.add(null as unknown as Tensor), /argument 'other' must be a Tensor/);
    // Backward of a non-scalar needs a gradient.
    assert.throws(() => a.requiresGrad_().mul(2).backward(), /non-scalar/);
  });
});

test("dispose is idempotent and use after dispose is a clear error", () => {
  const t = zeros([3]);
  t.dispose();
  t.dispose();
  assert.equal(t.isDisposed, true);
  assert.throws(() => t.sum(), /used after dispose/);
  assert.equal(String(t), "Tensor(disposed)");
});

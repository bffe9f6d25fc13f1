import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { readNpy, writeNpy, openNpy } from "./npy.js";
import { tensor, tidy, arange } from "../index.js";
import { InputError } from "../../util/errors.js";
import { PYTHON } from "../../testing/torch-ref.js";

const dir = mkdtempSync(join(tmpdir(), "npy-"));
const py = (code: string) => {
  const r = spawnSync(PYTHON, ["-c", `import numpy as np\n${code}`], { encoding: "utf8" });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout.trim();
};

test("reads what numpy writes: dtypes, v1/v2 headers, Fortran order", () => {
  py(`
np.save("${dir}/f32.npy", np.arange(12, dtype=np.float32).reshape(3, 4) / 7)
np.save("${dir}/f64.npy", np.array([[1e-300, -2.5], [3.25, 4.0]]))
np.save("${dir}/i64.npy", np.array([-1, 2**40, 3], dtype=np.int64))
np.save("${dir}/u8.npy", np.arange(24, dtype=np.uint8).reshape(2, 3, 4))
np.save("${dir}/fort.npy", np.asfortranarray(np.arange(6, dtype=np.float64).reshape(2, 3)))
np.lib.format.write_array(open("${dir}/v2.npy", "wb"), np.ones((2, 2), np.float32), version=(2, 0))
`);
  tidy(() => {
    const f32 = readNpy(`${dir}/f32.npy`);
    assert.equal(f32.dtype, "float32");
    assert.deepEqual(f32.shape, [3, 4]);
    assert.ok(Math.abs((f32.toArray() as number[][])[2]![3]! - 11 / 7) < 1e-6);
    assert.deepEqual(readNpy(`${dir}/f64.npy`).toArray(), [[1e-300, -2.5], [3.25, 4]]);
    assert.deepEqual(Array.from(readNpy(`${dir}/i64.npy`).data() as BigInt64Array), [-1n, 2n ** 40n, 3n]);
    assert.deepEqual(readNpy(`${dir}/u8.npy`).shape, [2, 3, 4]);
    assert.deepEqual(readNpy(`${dir}/fort.npy`).toArray(), [[0, 1, 2], [3, 4, 5]]);
    assert.deepEqual(readNpy(`${dir}/v2.npy`).toArray(), [[1, 1], [1, 1]]);
  });
});

test("numpy reads what we write, and row-range reads match the whole array", () => {
  tidy(() => {
    const t = arange(20, "float64").reshape([5, 4]).div(3);
    writeNpy(`${dir}/ours.npy`, t);
    const s = py(`a = np.load("${dir}/ours.npy"); print(a.dtype, a.shape, repr(float(a[4, 3])))`);
    assert.equal(s, `float64 (5, 4) ${19 / 3}`);
    const f = openNpy(`${dir}/ours.npy`);
    assert.deepEqual(f.readRows(3, 10).toArray(), t.slice(0, 3, 5).toArray());
    f.close();
    writeNpy(`${dir}/scalar1d.npy`, tensor([1, 2, 3]));
    assert.equal(py(`print(np.load("${dir}/scalar1d.npy").shape)`), "(3,)");
  });
});

test("bad .npy files give InputErrors that name the file and the problem", () => {
  writeFileSync(`${dir}/notnpy.npy`, "hello world, not numpy");
  assert.throws(() => readNpy(`${dir}/notnpy.npy`), (e: unknown) => e instanceof InputError && /notnpy.npy: not a .npy file/.test(e.message));
  const good = readFileSync(`${dir}/f32.npy`);
  writeFileSync(`${dir}/trunc.npy`, good.subarray(0, good.length - 5));
  assert.throws(() => readNpy(`${dir}/trunc.npy`), /truncated .npy: header says float32\[3, 4\] = 48 bytes of data, the file has 43/);
  py(`np.save("${dir}/c64.npy", np.ones(3, dtype=np.complex64)); np.save("${dir}/be.npy", np.ones(3, dtype=">f4"))`);
  assert.throws(() => readNpy(`${dir}/c64.npy`), /unsupported dtype '<c8'/);
  assert.throws(() => readNpy(`${dir}/be.npy`), /unsupported dtype '>f4'/);
  assert.throws(() => readNpy(`${dir}/missing.npy`), /missing.npy: file not found/);
});

test("malformed shapes (-0, empty fields, exponents) and arrays larger than memory are InputErrors", async () => {
  const { npyBytes } = await import("../../testing/fuzz.js");
  const { totalmem } = await import("node:os");
  for (const shape of ["(2, -0)", "(3,,4)", "(1e3,)", "(+4,)", "(2.0,)"]) {
    writeFileSync(`${dir}/shape.npy`, npyBytes(`{'descr': '<f4', 'fortran_order': False, 'shape': ${shape}, }`, new Uint8Array(48)));
    assert.throws(() => readNpy(`${dir}/shape.npy`), (e: unknown) => e instanceof InputError && /malformed shape .* \(expected sizes 0, 1, 2, \.\.\.\)/.test(e.message), shape);
  }
  // A header promising more than the machine's memory, with that many bytes present (a sparse file).
  const rows = Math.ceil(totalmem() / 4 / 1024) + 1;
  const head = npyBytes(`{'descr': '<f4', 'fortran_order': False, 'shape': (${rows}, 1024), }`, new Uint8Array(0));
  const { openSync, closeSync, writeSync, ftruncateSync, rmSync } = await import("node:fs");
  const fd = openSync(`${dir}/huge.npy`, "w");
  writeSync(fd, head);
  ftruncateSync(fd, head.length + rows * 4096);
  closeSync(fd);
  assert.throws(() => readNpy(`${dir}/huge.npy`), (e: unknown) => e instanceof InputError && /huge\.npy: .*more than/.test(e.message));
  rmSync(`${dir}/huge.npy`);
});

// Seeded fuzzing of the file parsers (npy, safetensors, CSV, IDX, checkpoint): valid files parse to what was written,
// and thousands of damaged ones (truncated, bit flips, huge/negative header sizes, wrong dtypes/shapes, garbage JSON
// headers) end in an InputError naming the file, never another error, a crash or a hang. Deterministic: a failure
// prints the case number, which reproduces it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { memory, tidy } from "../tensor/index.js";
import { inspectSafetensors, openNpy, readNpy, readSafetensors } from "../tensor/io/index.js";
import { readCsv } from "../metrics/csv.js";
import { parseIdx } from "../data/idx.js";
import { loadCheckpoint } from "../trainer/checkpoint.js";
import { InputError } from "../util/errors.js";
import {
  FuzzRng, mutateBytes, mutateCheckpoint, mutateNpy, mutateSafetensors, validCheckpoint, validCsv, validIdx, validNpy, validSafetensors,
} from "./fuzz.js";

const dir = mkdtempSync(join(tmpdir(), "nc-fuzz-"));
const CASES = 700; // per parser, 3,500 damaged files in all
const SEED = 20261202;

interface Outcome { parsed: number; refused: number }

/**
 * Runs `parse` on `CASES` damaged inputs (every 10th left intact, which must parse). Any error but an InputError
 * fails the test with the case number.
 */
function fuzz(name: string, make: (rng: FuzzRng, intact: boolean) => Uint8Array, parse: (path: string) => void, file = `${name}.bin`): Outcome {
  const rng = new FuzzRng(SEED ^ [...name].reduce((a, c) => a * 31 + c.charCodeAt(0), 7));
  const sub = join(dir, name);
  mkdirSync(sub);
  const path = join(sub, file);
  const out: Outcome = { parsed: 0, refused: 0 };
  const live = memory().liveTensors;
  for (let i = 0; i < CASES; i++) {
    const intact = i % 10 === 0;
    writeFileSync(path, make(rng, intact));
    try {
      parse(path); // no tidy: each parser must free what it made on every path, which the leak check below sees
      out.parsed++;
    } catch (e) {
      if (intact) assert.fail(`${name} case ${i}: an intact file was refused: ${(e as Error).message}`);
      if (!(e instanceof InputError)) assert.fail(`${name} case ${i}: ${(e as Error).name}: ${(e as Error).message}`);
      assert.ok(e.message.includes(path) || e.where.includes(path) || /^--|config/.test(e.where), `${name} case ${i}: the message names the file: ${e.message}`);
      out.refused++;
    }
  }
  assert.equal(memory().liveTensors, live, `${name}: no tensor is leaked on any path`);
  assert.ok(out.refused > CASES / 3, `${name}: most damaged files are refused (${out.refused} of ${CASES})`);
  return out;
}

test("npy: intact files read back their bytes; damaged ones are InputErrors", () => {
  fuzz("npy", (rng, intact) => {
    const g = validNpy(rng);
    return intact ? g.bytes : rng.chance(0.6) ? mutateNpy(rng, g.bytes) : mutateBytes(rng, g.bytes);
  }, (path) => {
    const t = readNpy(path);
    const f = openNpy(path);
    try {
      if (!f.fortranOrder) f.readRows(0, 2).dispose();
      assert.deepEqual(t.shape, f.shape);
    } finally {
      f.close();
      t.dispose();
    }
  }, "x.npy");
  // An intact file, checked against what was generated (C order: the bytes are the file's).
  const rng = new FuzzRng(SEED);
  for (let k = 0; k < 40; k++) {
    const g = validNpy(rng);
    if (g.fortran || g.descr === "|b1") continue;
    writeFileSync(join(dir, "check.npy"), g.bytes);
    tidy(() => {
      const t = readNpy(join(dir, "check.npy"));
      assert.deepEqual(t.shape, g.shape);
      assert.deepEqual(new Uint8Array(t.data().buffer), g.data);
    });
  }
});

test("safetensors: intact files read back their tensors; damaged ones are InputErrors", () => {
  fuzz("safetensors", (rng, intact) => {
    const g = validSafetensors(rng);
    return intact ? g.bytes : rng.chance(0.7) ? mutateSafetensors(rng, g.bytes) : mutateBytes(rng, g.bytes);
  }, (path) => {
    const h = inspectSafetensors(path);
    const all = readSafetensors(path);
    try {
      assert.deepEqual([...all.keys()], [...h.tensors.keys()]);
      for (const [k, t] of all) assert.deepEqual(t.shape, h.tensors.get(k)!.shape);
    } finally {
      for (const t of all.values()) t.dispose();
    }
  }, "x.safetensors");
  const rng = new FuzzRng(SEED + 1);
  for (let k = 0; k < 20; k++) {
    const g = validSafetensors(rng, { dtypes: ["F32", "I64", "U8", "F64"] });
    writeFileSync(join(dir, "check.safetensors"), g.bytes);
    tidy(() => {
      const all = readSafetensors(join(dir, "check.safetensors"));
      for (const t of g.tensors) {
        assert.deepEqual(all.get(t.name)!.shape, t.shape);
        assert.deepEqual(new Uint8Array(all.get(t.name)!.data().buffer), t.data);
      }
      assert.deepEqual(inspectSafetensors(join(dir, "check.safetensors")).metadata, g.metadata ?? {});
    });
  }
});

test("CSV/TSV: intact files give their rows × cols; damaged ones are InputErrors", () => {
  fuzz("csv", (rng, intact) => {
    const g = validCsv(rng);
    const bytes = new TextEncoder().encode(g.text);
    return intact ? bytes : mutateBytes(rng, bytes);
  }, (path) => {
    const m = readCsv(path);
    assert.equal(m.data.length, m.rows * m.cols);
  }, "x.csv");
  const rng = new FuzzRng(SEED + 2);
  for (let k = 0; k < 20; k++) {
    const g = validCsv(rng, "\t");
    writeFileSync(join(dir, "check.tsv"), g.text);
    const m = readCsv(join(dir, "check.tsv"));
    assert.deepEqual([m.rows, m.cols], [g.rows, g.cols]);
  }
});

test("IDX (plain and gzip): intact files give their shape and bytes; damaged ones are InputErrors", () => {
  fuzz("idx", (rng, intact) => {
    const g = validIdx(rng);
    if (intact) return g.bytes;
    const b = Uint8Array.from(g.bytes);
    if (!g.gz && rng.chance(0.4) && b.length >= 8) {
      // A size field: huge, or a rank byte beyond 4.
      if (rng.chance(0.5)) new DataView(b.buffer).setUint32(4 + 4 * rng.int(0, b[3]! - 1), rng.pick([0xffffffff, 0x80000000, 0x10000, 7]), false);
      else b[rng.pick([2, 3])] = rng.pick([0, 5, 9, 0x0d, 0xff]);
      return b;
    }
    return mutateBytes(rng, b);
  }, (path) => {
    const a = parseIdx(readFileSync(path), path);
    assert.equal(a.data.length, a.shape.reduce((x, y) => x * y, 1));
  });
  const rng = new FuzzRng(SEED + 3);
  for (let k = 0; k < 20; k++) {
    const g = validIdx(rng);
    const a = parseIdx(g.bytes, "check");
    assert.deepEqual([a.shape, Array.from(a.data)], [g.shape, Array.from(g.data)]);
  }
});

test("checkpoints: intact ones load; damaged state, tensors or bytes are InputErrors", () => {
  fuzz("checkpoint", (rng, intact) => {
    const g = validCheckpoint(rng);
    return intact ? g.bytes : mutateCheckpoint(rng, g.bytes);
  }, (path) => {
    const ck = loadCheckpoint(join(path, ".."));
    assert.ok(ck);
    for (const t of [...ck.model.values(), ...ck.optim.values()]) t.dispose();
  }, "checkpoint.safetensors");
});

test.after(() => rmSync(dir, { recursive: true, force: true }));

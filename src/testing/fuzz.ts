/**
 * Test helper: seeded generators of valid `.npy`, safetensors, CSV, IDX and checkpoint files, and mutators that break
 * them the way real files break (truncated, bit flips, huge or negative header sizes, wrong dtypes and shapes,
 * garbage JSON headers). Deterministic: the same seed gives the same files. The files are written byte by byte here,
 * independently of the readers under test.
 *
 * @example
 * const rng = new FuzzRng(42);
 * const good = validNpy(rng);           // { bytes, dtype, shape, data }
 * const bad = mutateNpy(rng, good.bytes);
 */
import { gzipSync } from "node:zlib";
import { idxBytes } from "./idx-file.js";

/** A small seeded PRNG (mulberry32): uint32 streams, floats in [0, 1), ranges, choices. */
export class FuzzRng {
  private s: number;
  constructor(seed: number) {
    this.s = seed >>> 0;
  }
  /** The next uint32. */
  u32(): number {
    this.s = (this.s + 0x6d2b79f5) >>> 0;
    let t = this.s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }
  float(): number {
    return this.u32() / 2 ** 32;
  }
  /** An integer in [lo, hi]. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.float() * (hi - lo + 1));
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(0, xs.length - 1)]!;
  }
  chance(p: number): boolean {
    return this.float() < p;
  }
  bytes(n: number): Uint8Array {
    return Uint8Array.from({ length: n }, () => this.u32() & 0xff);
  }
}

const NPY_DESCR: Record<string, number> = { "<f4": 4, "<f8": 8, "<f2": 2, "<i8": 8, "<i4": 4, "<i2": 2, "|i1": 1, "|u1": 1, "|b1": 1 };
const ST_DTYPES: Record<string, number> = { F64: 8, F32: 4, F16: 2, BF16: 2, I64: 8, I32: 4, I16: 2, I8: 1, U8: 1, BOOL: 1 };

function randomShape(rng: FuzzRng, maxRank = 3): number[] {
  return Array.from({ length: rng.int(0, maxRank) }, () => rng.int(0, 5));
}
const numel = (shape: number[]) => shape.reduce((a, b) => a * b, 1);
const concat = (parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((a, p) => a + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
};
const text = (s: string) => new TextEncoder().encode(s);

/** A valid `.npy` file (format 1.0, 2.0 or 3.0; C or Fortran order) and what it holds. */
export interface GeneratedNpy {
  bytes: Uint8Array;
  descr: string;
  shape: number[];
  fortran: boolean;
  data: Uint8Array;
}

/** Builds an `.npy` header + data; `dict` is the header text before padding. */
export function npyBytes(dict: string, data: Uint8Array, major = 1): Uint8Array {
  const pre = major === 1 ? 10 : 12;
  const total = Math.ceil((pre + dict.length + 1) / 64) * 64;
  const body = dict.padEnd(total - pre - 1, " ") + "\n";
  const head = new Uint8Array(pre);
  head.set([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59, major, 0]);
  const n = body.length;
  if (major === 1) {
    head[8] = n & 0xff;
    head[9] = (n >> 8) & 0xff;
  } else {
    new DataView(head.buffer).setUint32(8, n, true);
  }
  return concat([head, text(body), data]);
}

/** A random valid `.npy` file. */
export function validNpy(rng: FuzzRng): GeneratedNpy {
  const descr = rng.pick(Object.keys(NPY_DESCR));
  const shape = randomShape(rng);
  const fortran = rng.chance(0.2);
  const data = rng.bytes(numel(shape) * NPY_DESCR[descr]!);
  if (descr === "|b1") data.forEach((_, i) => (data[i] = data[i]! & 1));
  const shapeText = shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(", ")})`;
  const dict = `{'descr': '${descr}', 'fortran_order': ${fortran ? "True" : "False"}, 'shape': ${shapeText}, }`;
  return { bytes: npyBytes(dict, data, rng.pick([1, 1, 2, 3])), descr, shape, fortran, data };
}

/** A valid safetensors file: 1–4 tensors, maybe metadata. */
export interface GeneratedSafetensors {
  bytes: Uint8Array;
  tensors: { name: string; dtype: string; shape: number[]; data: Uint8Array }[];
  metadata: Record<string, string> | null;
}

/** Builds a safetensors file from a header object and the data section. */
export function safetensorsBytes(header: unknown, data: Uint8Array, pad = true): Uint8Array {
  let json = JSON.stringify(header);
  if (pad) json = json.padEnd(Math.ceil(json.length / 8) * 8, " ");
  const body = text(json);
  const len = new Uint8Array(8);
  new DataView(len.buffer).setBigUint64(0, BigInt(body.length), true);
  return concat([len, body, data]);
}

export function validSafetensors(rng: FuzzRng, opts: { names?: string[]; metadata?: Record<string, string>; dtypes?: string[] } = {}): GeneratedSafetensors {
  const names = opts.names ?? Array.from({ length: rng.int(1, 4) }, (_, i) => `t${i}.${rng.pick(["weight", "bias", "emb"])}`);
  const tensors = names.map((name) => {
    const dtype = rng.pick(opts.dtypes ?? Object.keys(ST_DTYPES));
    const shape = randomShape(rng);
    const data = rng.bytes(numel(shape) * ST_DTYPES[dtype]!);
    if (dtype === "BOOL") data.forEach((_, i) => (data[i] = data[i]! & 1));
    return { name, dtype, shape, data };
  });
  const metadata = opts.metadata ?? (rng.chance(0.5) ? { format: "pt", note: `n${rng.int(0, 99)}` } : null);
  const header: Record<string, unknown> = {};
  if (metadata) header.__metadata__ = metadata;
  let off = 0;
  for (const t of tensors) {
    header[t.name] = { dtype: t.dtype, shape: t.shape, data_offsets: [off, off + t.data.length] };
    off += t.data.length;
  }
  return { bytes: safetensorsBytes(header, concat(tensors.map((t) => t.data))), tensors, metadata };
}

/** A valid numeric CSV/TSV text: maybe a header row, maybe quoted cells, nan/inf spellings. */
export function validCsv(rng: FuzzRng, delimiter = ","): { text: string; rows: number; cols: number } {
  const rows = rng.int(1, 6);
  const cols = rng.int(1, 5);
  const lines: string[] = [];
  if (rng.chance(0.4)) lines.push(Array.from({ length: cols }, (_, j) => `c${j}`).join(delimiter));
  for (let i = 0; i < rows; i++) {
    lines.push(Array.from({ length: cols }, () => {
      const v = rng.pick(["1", "-2.5", "3e-4", ".5", "+7", "nan", "-inf", String(rng.float())]);
      return rng.chance(0.1) ? `"${v}"` : v;
    }).join(delimiter));
  }
  return { text: lines.join(rng.chance(0.2) ? "\r\n" : "\n") + (rng.chance(0.5) ? "\n" : ""), rows, cols };
}

/** A valid IDX file (unsigned bytes, rank 1–4), maybe gzip-compressed. */
export function validIdx(rng: FuzzRng): { bytes: Uint8Array; shape: number[]; data: Uint8Array; gz: boolean } {
  const shape = Array.from({ length: rng.int(1, 4) }, () => rng.int(0, 6));
  const data = rng.bytes(numel(shape));
  const raw = new Uint8Array(idxBytes(shape, (i) => data[i]!));
  const gz = rng.chance(0.3);
  return { bytes: gz ? new Uint8Array(gzipSync(raw)) : raw, shape, data, gz };
}

/** A valid nocollapse checkpoint (model.* and Adam optim.* tensors, the resume state as metadata). */
export function validCheckpoint(rng: FuzzRng): { bytes: Uint8Array; step: number } {
  const step = rng.int(0, 50);
  const out = rng.int(1, 3);
  const header: Record<string, unknown> = {};
  const parts: Uint8Array[] = [];
  let off = 0;
  const add = (name: string, dtype: string, shape: readonly number[]) => {
    const data = rng.bytes(numel([...shape]) * ST_DTYPES[dtype]!);
    header[name] = { dtype, shape, data_offsets: [off, off + data.length] };
    off += data.length;
    parts.push(data);
  };
  const dtype = rng.pick(["F32", "F64"]);
  const shapes = new Map<string, readonly number[]>([["fc.weight", [out, rng.int(1, 3)]], ["fc.bias", [out]]]);
  for (const [p, s] of shapes) add(`model.${p}`, dtype, s);
  add("model.bn.num_batches_tracked", "I64", []);
  const scalars: Record<string, number> = { "group.0.lr": 0.001 };
  if (step > 0) {
    for (const [p, s] of shapes) {
      for (const slot of ["exp_avg", "exp_avg_sq"]) add(`optim.${p}.${slot}`, dtype, s);
      scalars[`${p}.step`] = step;
    }
  }
  const state = {
    version: 1, step, loader: { epoch: rng.int(0, 3), index: rng.int(0, 9) }, optimizerScalars: scalars, seconds: rng.float() * 100,
    lastDiagnosis: { h: "healthy", z: rng.pick(["healthy", "dimensional-collapse", "total-collapse"]) }, collapseStep: step > 2 && rng.chance(0.5) ? step - 1 : null,
    peaks: { h: { peakTrace: 1.5, peakStep: step }, z: { peakTrace: 0.5, peakStep: 0 } }, fingerprint: "00112233445566ff",
  };
  header.__metadata__ = { format: "pt", nocollapse: JSON.stringify(state) };
  return { bytes: safetensorsBytes(header, concat(parts)), step };
}

// ------------------------------------------------------------------------------------------------ mutators

/** Format-blind damage: truncation, bit flips, overwritten/inserted/deleted bytes, appended junk. */
export function mutateBytes(rng: FuzzRng, input: Uint8Array): Uint8Array {
  const b = Uint8Array.from(input);
  switch (rng.int(0, 5)) {
    case 0: // truncated anywhere, including inside the header
      return b.subarray(0, rng.int(0, Math.max(0, b.length - 1)));
    case 1: { // 1–8 bit flips
      for (let k = rng.int(1, 8); k > 0 && b.length; k--) b[rng.int(0, b.length - 1)]! ^= 1 << rng.int(0, 7);
      return b;
    }
    case 2: { // a run of random bytes
      if (!b.length) return b;
      const at = rng.int(0, b.length - 1);
      b.set(rng.bytes(Math.min(rng.int(1, 16), b.length - at)), at);
      return b;
    }
    case 3: { // bytes inserted
      const at = rng.int(0, b.length);
      return concat([b.subarray(0, at), rng.bytes(rng.int(1, 12)), b.subarray(at)]);
    }
    case 4: { // bytes deleted
      const at = rng.int(0, b.length);
      return concat([b.subarray(0, at), b.subarray(Math.min(b.length, at + rng.int(1, 12)))]);
    }
    default: // junk appended
      return concat([b, rng.bytes(rng.int(1, 64))]);
  }
}

const HUGE_U32 = [0, 1, 0x7fffffff, 0x80000000, 0xfffffffe, 0xffffffff];
const WEIRD_SHAPES = ["(-1, 3)", "(1e300,)", "(99999999999999999999,)", "('a',)", "(2.5, 2)", "(3,,4)", "()", "(0,)", "(4294967296, 4294967296)", "[2, 3]", "(2, -0)"];
const WEIRD_DESCR = ["<f4", ">f4", "<c8", "|O", "<U10", "<f16", "", "<i4'", "f4", "|V8"];

/** `.npy`-aware damage: header length fields, version bytes, the descr/shape/fortran_order text, or byte damage. */
export function mutateNpy(rng: FuzzRng, input: Uint8Array): Uint8Array {
  const b = Uint8Array.from(input);
  const dv = new DataView(b.buffer);
  switch (rng.int(0, 4)) {
    case 0: // header length: huge, zero, past the end
      if (b.length >= 12) {
        if (b[6] === 1) dv.setUint16(8, rng.pick([0, 1, 0xffff, b.length]), true);
        else dv.setUint32(8, rng.pick(HUGE_U32), true);
      }
      return b;
    case 1: // version
      if (b.length > 7) b[6] = rng.pick([0, 4, 9, 255, 2, 3, 1]);
      return b;
    case 2: { // the header text itself
      const t = new TextDecoder("latin1").decode(b);
      const end = t.indexOf("\n");
      if (end < 0) return mutateBytes(rng, b);
      const start = b[6] === 1 ? 10 : 12;
      let dict = t.slice(start, end);
      dict = rng.pick([
        () => dict.replace(/\(([^)]*)\)/, rng.pick(WEIRD_SHAPES)),
        () => dict.replace(/'descr': '[^']*'/, `'descr': '${rng.pick(WEIRD_DESCR)}'`),
        () => dict.replace(/True|False/, rng.pick(["Maybe", "1", "", "True"])),
        () => dict.replace(/'shape'/, "'shap'"),
        () => "{" + "'descr': '<f4', ".repeat(rng.int(1, 3000)) + "}",
        () => dict.slice(0, rng.int(0, dict.length)),
      ])();
      const data = b.subarray(end + 1);
      return npyBytes(dict, data, b[6] === 1 ? 1 : b[6] === 3 ? 3 : 2);
    }
    default:
      return mutateBytes(rng, b);
  }
}

/** A value of the wrong type or range for a JSON header field. */
function weirdJson(rng: FuzzRng): unknown {
  return rng.pick<unknown>([
    null, -1, 1.5, 1e308, -1e308, "3", "", [], {}, [1, 2, 3], [-4, 2], [1e20, 1e20], [0.5], ["a"], [[2]], true,
    { dtype: "F32" }, "F32", Number.MAX_SAFE_INTEGER, 2 ** 53 + 2, [2 ** 40, 2 ** 40],
  ]);
}

/** safetensors-aware damage: the header length, a field of a tensor entry, the metadata, garbage JSON, or bytes. */
export function mutateSafetensors(rng: FuzzRng, input: Uint8Array): Uint8Array {
  if (input.length < 8) return mutateBytes(rng, input);
  const dv = new DataView(input.buffer, input.byteOffset, input.byteLength);
  const n = Number(dv.getBigUint64(0, true));
  const choice = rng.int(0, 5);
  if (choice === 0) { // header length: huge, "negative" (high bit), zero, off by a little
    const b = Uint8Array.from(input);
    const v = rng.pick([0n, 1n, 2n ** 63n, 2n ** 64n - 1n, 2n ** 53n + 1n, BigInt(n + rng.int(-9, 9) < 0 ? 0 : n + rng.int(-9, 9)), 100n * 2n ** 20n + 1n]);
    new DataView(b.buffer).setBigUint64(0, v, true);
    return b;
  }
  if (choice >= 4 || 8 + n > input.length) return mutateBytes(rng, input);
  let header: Record<string, unknown>;
  try {
    header = JSON.parse(new TextDecoder().decode(input.subarray(8, 8 + n))) as Record<string, unknown>;
  } catch {
    return mutateBytes(rng, input);
  }
  const data = input.subarray(8 + n);
  if (choice === 1) { // garbage JSON text of the same data
    const junk = rng.pick(["", "{", "[]", "null", "42", '"str"', '{"a": }', `{"x": ${"[".repeat(5000)}`, '{"__metadata__": "x"}', "{\"t\": {\"dtype\": \"F32\"}}"]);
    const body = text(junk);
    const len = new Uint8Array(8);
    new DataView(len.buffer).setBigUint64(0, BigInt(body.length), true);
    return concat([len, body, data]);
  }
  const names = Object.keys(header).filter((k) => k !== "__metadata__");
  if (choice === 2 && names.length) { // one field of one entry
    const name = rng.pick(names);
    const e = { ...(header[name] as Record<string, unknown>) };
    const field = rng.pick(["dtype", "shape", "data_offsets", "extra", "whole"]);
    if (field === "whole") header[name] = weirdJson(rng);
    else if (field === "dtype") e.dtype = rng.pick<unknown>(["F128", "f32", "", 4, null, "I64", "U8", "F64", "BOOL", "BF16", "__proto__", "toString"]);
    else if (field === "shape" && rng.chance(0.6)) {
      // A shape of the same element count, so the byte span still matches: only the sizes themselves are wrong.
      const k = (e.shape as number[]).reduce((a, x) => a * x, 1);
      e.shape = rng.pick<unknown[]>([[-k, -1], [2 * k, 0.5], [String(k)], [k, 1, -1, -1], [k + 0.0000001], [k, null], [-0, k]]);
    } else e[field] = weirdJson(rng);
    if (field !== "whole") header[name] = e;
  } else { // metadata
    header.__metadata__ = rng.pick<unknown>([null, 5, "pt", [], { format: 5 }, { nocollapse: { step: 1 } }, { format: "pt", nocollapse: "{" }]);
  }
  return safetensorsBytes(header, data, rng.chance(0.8));
}

/** Checkpoint-aware damage: the state JSON inside the metadata (a field's value), else safetensors damage. */
export function mutateCheckpoint(rng: FuzzRng, input: Uint8Array): Uint8Array {
  const dv = new DataView(input.buffer, input.byteOffset, input.byteLength);
  const n = Number(dv.getBigUint64(0, true));
  if (rng.chance(0.5) || 8 + n > input.length) return rng.chance(0.5) ? mutateSafetensors(rng, input) : mutateBytes(rng, input);
  const header = JSON.parse(new TextDecoder().decode(input.subarray(8, 8 + n))) as Record<string, unknown>;
  const meta = header.__metadata__ as { nocollapse: string };
  const state = JSON.parse(meta.nocollapse) as Record<string, unknown>;
  const path = rng.pick([["step"], ["version"], ["loader", "index"], ["loader"], ["optimizerScalars"], ["seconds"], ["lastDiagnosis", "h"], ["collapseStep"],
    ["peaks", "z", "peakStep"], ["fingerprint"], ["extra"]]);
  let at: Record<string, unknown> = state;
  for (const k of path.slice(0, -1)) at = (at[k] ?? {}) as Record<string, unknown>;
  const last = path[path.length - 1]!;
  if (rng.chance(0.2)) delete at[last];
  else at[last] = rng.pick<unknown>([weirdJson(rng), "abc", -3, 1e300, 2 ** 60, { a: 1 }, "dimensional-collapse", 1e9]);
  if (rng.chance(0.2)) { // and drop or relabel one tensor
    const names = Object.keys(header).filter((k) => k !== "__metadata__");
    const name = rng.pick(names);
    if (rng.chance(0.5)) delete header[name];
    else (header[name] as { dtype: string }).dtype = rng.pick(["I32", "F32", "I64", "U8", "F64"]);
  }
  meta.nocollapse = JSON.stringify(state);
  return safetensorsBytes(header, input.subarray(8 + n));
}

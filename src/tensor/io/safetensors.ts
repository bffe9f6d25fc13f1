/**
 * safetensors files (https://github.com/huggingface/safetensors): an 8-byte little-endian header length, a JSON
 * header `{name: {dtype, shape, data_offsets: [begin, end]}, "__metadata__"?: {str: str}}`, then the raw bytes.
 * No pickle: PyTorch users load our weights with `safetensors.torch.load_file` (or a few lines of `struct`+`json`).
 *
 * @example
 * writeSafetensors("encoder.safetensors", model.stateDict(), { format: "pt" });
 * const weights = readSafetensors("encoder.safetensors"); // Map<string, Tensor>
 */
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { InputError } from "../../util/errors.js";
import { expectFile, formatBytes, writeFileAtomic } from "../../util/fs.js";
import { checkMemory } from "../../util/memory.js";
import { DTYPE_SIZE, type DType } from "../dtype.js";
import { tensor, type Tensor } from "../tensor.js";

const ST_TO_DTYPE: Record<string, DType> = {
  F64: "float64", F32: "float32", F16: "float16", BF16: "bfloat16", I64: "int64", I32: "int32", I16: "int16",
  I8: "int8", U8: "uint8", BOOL: "bool",
};
const DTYPE_TO_ST: Record<DType, string> = Object.fromEntries(
  Object.entries(ST_TO_DTYPE).map(([k, v]) => [v, k]),
) as Record<DType, string>;

/** One tensor's entry in a safetensors header. */
export interface SafetensorsEntry {
  dtype: DType;
  shape: number[];
  /** Absolute byte range in the file. */
  begin: number;
  end: number;
}

/** A safetensors file's header: its tensors (in file order) and metadata. */
export interface SafetensorsHeader {
  tensors: Map<string, SafetensorsEntry>;
  metadata: Record<string, string>;
}

function readExact(fd: number, len: number, pos: number): Buffer {
  const buf = Buffer.alloc(len);
  let off = 0;
  while (off < len) {
    const got = readSync(fd, buf, off, len - off, pos + off);
    if (got === 0) break;
    off += got;
  }
  return buf.subarray(0, off);
}

function parseHeader(fd: number, path: string): SafetensorsHeader {
  const size = fstatSync(fd).size;
  if (size < 8) throw new InputError(path, `not a safetensors file: ${size} bytes, shorter than the 8-byte header length`);
  const lenBuf = readExact(fd, 8, 0);
  const n = Number(lenBuf.readBigUInt64LE(0));
  if (n > size - 8) throw new InputError(path, `safetensors header length ${n} is larger than the file (${size} bytes)`);
  if (n > 100 * 2 ** 20) throw new InputError(path, `safetensors header length ${n} exceeds 100 MB`);
  let json: unknown;
  try {
    json = JSON.parse(readExact(fd, n, 8).toString("utf8"));
  } catch {
    throw new InputError(path, "safetensors header is not valid JSON");
  }
  if (typeof json !== "object" || json === null || Array.isArray(json)) throw new InputError(path, "safetensors header is not a JSON object");
  const dataStart = 8 + n;
  const tensors = new Map<string, SafetensorsEntry>();
  let metadata: Record<string, string> = {};
  const entries = Object.entries(json as Record<string, unknown>);
  for (const [name, v] of entries) {
    if (name === "__metadata__") {
      // The format's metadata is a map of strings to strings.
      if (v === null || typeof v !== "object" || Array.isArray(v) || Object.values(v).some((x) => typeof x !== "string")) {
        throw new InputError(`${path} [__metadata__]`, "expected an object of string values");
      }
      metadata = v as Record<string, string>;
      continue;
    }
    if (v === null || typeof v !== "object" || Array.isArray(v)) throw new InputError(`${path} [${name}]`, "header entry is not an object");
    const e = v as { dtype?: unknown; shape?: unknown; data_offsets?: unknown };
    const dtype = typeof e.dtype === "string" && Object.hasOwn(ST_TO_DTYPE, e.dtype) ? ST_TO_DTYPE[e.dtype] : undefined;
    if (!dtype) throw new InputError(`${path} [${name}]`, `unsupported dtype ${JSON.stringify(e.dtype) ?? "(none)"} (expected one of ${Object.keys(ST_TO_DTYPE).join(", ")})`);
    if (!Array.isArray(e.shape) || !Array.isArray(e.data_offsets) || e.data_offsets.length !== 2) {
      throw new InputError(`${path} [${name}]`, "header entry needs 'shape' and 'data_offsets'");
    }
    if (!e.shape.every((d) => Number.isSafeInteger(d) && (d as number) >= 0)) {
      throw new InputError(`${path} [${name}]`, `shape ${JSON.stringify(e.shape)} is not a list of sizes 0, 1, 2, ...`);
    }
    const shape = e.shape as number[];
    const [b, en] = e.data_offsets as [number, number];
    const need = shape.reduce((a, x) => a * x, 1) * DTYPE_SIZE[dtype];
    if (!(Number.isInteger(b) && Number.isInteger(en) && b >= 0 && en >= b && dataStart + en <= size)) {
      throw new InputError(`${path} [${name}]`, `data_offsets [${b}, ${en}] fall outside the file's data (${size - dataStart} bytes)`);
    }
    if (en - b !== need) {
      throw new InputError(`${path} [${name}]`, `data_offsets span ${en - b} bytes, but ${dtype}[${shape.join(", ")}] needs ${need}`);
    }
    tensors.set(name, { dtype, shape, begin: dataStart + b, end: dataStart + en });
  }
  return { tensors, metadata };
}

/** Reads only the header of a safetensors file (names, dtypes, shapes, metadata). */
export function inspectSafetensors(path: string): SafetensorsHeader {
  expectFile(path);
  const fd = openSync(path, "r");
  try {
    return parseHeader(fd, path);
  } finally {
    closeSync(fd);
  }
}

/** Reads tensors from a safetensors file: all of them, or only `names`. */
export function readSafetensors(path: string, names?: string[]): Map<string, Tensor> {
  expectFile(path);
  const fd = openSync(path, "r");
  try {
    const h = parseHeader(fd, path);
    const want = names ?? [...h.tensors.keys()];
    const total = want.reduce((a, n) => a + (h.tensors.get(n) ? h.tensors.get(n)!.end - h.tensors.get(n)!.begin : 0), 0);
    checkMemory(path, 2 * total, `reading ${want.length} tensor${want.length === 1 ? "" : "s"} of ${formatBytes(total)}`);
    const out = new Map<string, Tensor>();
    try {
      for (const name of want) {
        const e = h.tensors.get(name);
        if (!e) throw new InputError(path, `no tensor named '${name}' (the file has: ${[...h.tensors.keys()].join(", ")})`);
        const ab = new ArrayBuffer(e.end - e.begin);
        const bytes = new Uint8Array(ab);
        let off = 0;
        while (off < bytes.length) {
          const got = readSync(fd, bytes, off, bytes.length - off, e.begin + off);
          if (got === 0) throw new InputError(path, "file is truncated");
          off += got;
        }
        out.set(name, tensor(bytes, e.shape, e.dtype));
      }
    } catch (err) {
      for (const t of out.values()) t.dispose(); // nothing half-read outlives the error
      throw err;
    }
    return out;
  } finally {
    closeSync(fd);
  }
}

/**
 * Writes tensors as safetensors, atomically (temp file, fsync, rename). Tensors are written in the given order;
 * the header is padded with spaces to an 8-byte boundary as the reference implementation does.
 */
export function writeSafetensors(
  path: string,
  tensors: Map<string, Tensor> | Record<string, Tensor>,
  metadata: Record<string, string> = {},
): void {
  const list = tensors instanceof Map ? [...tensors.entries()] : Object.entries(tensors);
  const header: Record<string, unknown> = {};
  if (Object.keys(metadata).length) header.__metadata__ = metadata;
  const chunks: Uint8Array[] = [];
  let offset = 0;
  for (const [name, t] of list) {
    const data = new Uint8Array(t.data().buffer); // toBytes copies in C order
    header[name] = { dtype: DTYPE_TO_ST[t.dtype], shape: t.shape, data_offsets: [offset, offset + data.byteLength] };
    offset += data.byteLength;
    chunks.push(data);
  }
  let json = JSON.stringify(header);
  json = json.padEnd(Math.ceil(json.length / 8) * 8, " ");
  const jsonBytes = new TextEncoder().encode(json);
  const len = new Uint8Array(8);
  new DataView(len.buffer).setBigUint64(0, BigInt(jsonBytes.byteLength), true);
  writeFileAtomic(path, [len, jsonBytes, ...chunks]);
}

/**
 * NumPy `.npy` files (format versions 1.0, 2.0, 3.0): read whole, read row ranges (streaming), write.
 * Little-endian numeric dtypes only; Fortran-ordered arrays are read and transposed to C order.
 * Spec: https://numpy.org/doc/stable/reference/generated/numpy.lib.format.html
 *
 * @example
 * const z = readNpy("embeddings.npy");            // Tensor [N, D]
 * writeNpy("grad.npy", z.mul(2));
 * const f = openNpy("big.npy");                   // header only
 * const rows = f.readRows(0, 4096);               // Tensor [4096, D], read from disk
 * f.close();
 */
import { constants as bufferConstants } from "node:buffer";
import { closeSync, openSync, readSync, fstatSync } from "node:fs";
import { InputError } from "../../util/errors.js";
import { writeFileAtomic, expectFile, formatBytes } from "../../util/fs.js";
import { checkMemory } from "../../util/memory.js";
import { DTYPE_SIZE, type DType } from "../dtype.js";
import { tensor, type Tensor } from "../tensor.js";

const MAX_LENGTH = bufferConstants.MAX_LENGTH;
const MAGIC = [0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59]; // \x93NUMPY

const DESCR_TO_DTYPE: Record<string, DType> = {
  "<f4": "float32", "<f8": "float64", "<f2": "float16", "<i8": "int64", "<i4": "int32", "<i2": "int16",
  "|i1": "int8", "|u1": "uint8", "|b1": "bool", "<u1": "uint8", "<i1": "int8",
};
const DTYPE_TO_DESCR: Partial<Record<DType, string>> = {
  float32: "<f4", float64: "<f8", float16: "<f2", int64: "<i8", int32: "<i4", int16: "<i2", int8: "|i1", uint8: "|u1", bool: "|b1",
};

/** What an `.npy` header says. */
export interface NpyHeader {
  dtype: DType;
  shape: number[];
  fortranOrder: boolean;
  /** Byte offset of the data in the file. */
  dataOffset: number;
  /** Bytes of data the header promises. */
  dataBytes: number;
}

/** Parses an `.npy` header from the first bytes of a file (`label` names the file in errors). */
export function parseNpyHeader(buf: Uint8Array, label: string): NpyHeader {
  if (buf.length < 10 || MAGIC.some((b, i) => buf[i] !== b)) {
    throw new InputError(label, "not a .npy file (the magic string \\x93NUMPY is missing)");
  }
  const major = buf[6]!;
  let headerLen: number;
  let start: number;
  if (major === 1) {
    headerLen = buf[8]! | (buf[9]! << 8);
    start = 10;
  } else if (major === 2 || major === 3) {
    if (buf.length < 12) throw new InputError(label, "truncated .npy header");
    headerLen = (buf[8]! | (buf[9]! << 8) | (buf[10]! << 16)) + buf[11]! * 2 ** 24;
    start = 12;
  } else {
    throw new InputError(label, `unsupported .npy format version ${major}.${buf[7]} (expected 1.0, 2.0 or 3.0)`);
  }
  if (start + headerLen > buf.length) {
    throw new InputError(label, `truncated .npy header: it says ${headerLen} bytes, the file has ${buf.length - start}`);
  }
  const text = new TextDecoder(major === 3 ? "utf-8" : "latin1").decode(buf.subarray(start, start + headerLen));
  const descr = /'descr'\s*:\s*'([^']*)'/.exec(text)?.[1];
  const fortran = /'fortran_order'\s*:\s*(True|False)/.exec(text)?.[1];
  const shapeText = /'shape'\s*:\s*\(([^)]*)\)/.exec(text)?.[1];
  if (descr === undefined || fortran === undefined || shapeText === undefined) {
    throw new InputError(label, `malformed .npy header: ${text.trim().slice(0, 120)}`);
  }
  const dtype = DESCR_TO_DTYPE[descr];
  if (!dtype) {
    throw new InputError(label, `unsupported dtype '${descr}' (expected little-endian float32/float64/float16/int/uint8/bool)`);
  }
  const dims = shapeText.split(",").map((s) => s.trim());
  // "(3,)" ends in an empty field; any other empty field, sign, exponent or fraction is not a size.
  if (dims.at(-1) === "" && dims.length > 1) dims.pop();
  if (dims.length === 1 && dims[0] === "") dims.pop();
  const shape = dims.map((d) => (/^\d{1,15}$/.test(d) ? Number(d) : NaN));
  if (shape.some((d) => !Number.isSafeInteger(d))) throw new InputError(label, `malformed shape (${shapeText}) in .npy header (expected sizes 0, 1, 2, ...)`);
  const numel = shape.reduce((a, b) => a * b, 1);
  return { dtype, shape, fortranOrder: fortran === "True", dataOffset: start + headerLen, dataBytes: numel * DTYPE_SIZE[dtype] };
}

/** An open `.npy` file: its header, and row-range reads along the first axis (C order only). */
export interface NpyFile extends NpyHeader {
  path: string;
  /** Rows [start, start + count) along axis 0 as a tensor of the file's dtype. */
  readRows(start: number, count: number): Tensor;
  close(): void;
}

/** Opens an `.npy` file and validates its header and size without reading the data. */
export function openNpy(path: string): NpyFile {
  expectFile(path);
  const fd = openSync(path, "r");
  try {
    const size = fstatSync(fd).size;
    const head = Buffer.alloc(Math.min(size, 65536 + 12));
    readSync(fd, head, 0, head.length, 0);
    const h = parseNpyHeader(head, path);
    const actual = size - h.dataOffset;
    if (actual < h.dataBytes) {
      throw new InputError(path, `truncated .npy: header says ${h.dtype}[${h.shape.join(", ")}] = ${h.dataBytes} bytes of data, the file has ${actual}`);
    }
    const rowElems = h.shape.slice(1).reduce((a, b) => a * b, 1);
    const rowBytes = rowElems * DTYPE_SIZE[h.dtype];
    let closed = false;
    return {
      ...h,
      path,
      readRows(start: number, count: number): Tensor {
        if (closed) throw new Error(`${path} is closed`);
        if (h.fortranOrder) throw new InputError(path, "row-range reads need a C-ordered array (this one is Fortran-ordered)");
        const n = h.shape[0] ?? 1;
        const c = Math.max(0, Math.min(count, n - start));
        const buf = Buffer.alloc(c * rowBytes);
        let off = 0;
        while (off < buf.length) {
          const got = readSync(fd, buf, off, buf.length - off, h.dataOffset + start * rowBytes + off);
          if (got === 0) throw new InputError(path, "file shrank while being read");
          off += got;
        }
        return fromBytes(buf, [c, ...h.shape.slice(1)], h.dtype);
      },
      close(): void {
        if (!closed) closeSync(fd);
        closed = true;
      },
    };
  } catch (e) {
    closeSync(fd);
    throw e;
  }
}

function fromBytes(buf: Buffer, shape: number[], dtype: DType): Tensor {
  // Copy into a fresh, aligned ArrayBuffer: Buffer pools may be unaligned for 8-byte types.
  const ab = new ArrayBuffer(buf.length);
  new Uint8Array(ab).set(buf);
  const view = new Uint8Array(ab);
  return tensor(view, shape, dtype);
}

/**
 * Refuses, naming the file, an array that cannot be read whole: above Node's largest buffer, or more than the
 * memory (the bytes are held twice: the read buffer and the tensor).
 * @example checkWhole("big.npy", 8 * 2 ** 40, "float32[2e12]") // InputError: ... more than the 4.0 GiB that can be read at once
 */
export function checkWhole(path: string, bytes: number, what: string): void {
  if (bytes > MAX_LENGTH) {
    throw new InputError(path, `${what} is ${formatBytes(bytes)}, more than the ${formatBytes(MAX_LENGTH)} that can be read at once`);
  }
  checkMemory(path, 2 * bytes, `reading ${what}`);
}

/** Reads a whole `.npy` file into a tensor (Fortran order is converted to C order). */
export function readNpy(path: string): Tensor {
  const f = openNpy(path);
  try {
    checkWhole(path, f.dataBytes, `${f.dtype}[${f.shape.join(", ")}]`);
    if (!f.fortranOrder) {
      const rows = f.readRows(0, f.shape.length === 0 ? 1 : f.shape[0]!);
      try {
        return rows.reshape(f.shape);
      } finally {
        rows.dispose(); // the reshaped view keeps the storage alive
      }
    }
    const fd = openSync(path, "r");
    try {
      const buf = Buffer.alloc(f.dataBytes);
      for (let off = 0; off < buf.length;) {
        const got = readSync(fd, buf, off, buf.length - off, f.dataOffset + off);
        if (got === 0) throw new InputError(path, "file shrank while being read");
        off += got;
      }
      const rev = [...f.shape].reverse();
      const t = fromBytes(buf, rev, f.dtype);
      const perm = rev.map((_, i) => rev.length - 1 - i);
      const view = t.permute(perm);
      const out = view.contiguous();
      view.dispose();
      t.dispose();
      return out;
    } finally {
      closeSync(fd);
    }
  } finally {
    f.close();
  }
}

/** The bytes of an `.npy` v1.0 file (v2.0 when the header needs it) holding `t`. */
export function encodeNpy(t: Tensor): Uint8Array[] {
  const descr = DTYPE_TO_DESCR[t.dtype];
  if (!descr) throw new TypeError(`writeNpy: dtype ${t.dtype} has no .npy equivalent`);
  const shape = t.shape;
  const shapeText = shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(", ")})`;
  let dict = `{'descr': '${descr}', 'fortran_order': False, 'shape': ${shapeText}, }`;
  let major = 1;
  let pre = 10;
  if (dict.length + 11 > 65535) {
    major = 2;
    pre = 12;
  }
  const total = Math.ceil((pre + dict.length + 1) / 64) * 64;
  dict = dict.padEnd(total - pre - 1, " ") + "\n";
  const head = new Uint8Array(pre);
  head.set(MAGIC, 0);
  head[6] = major;
  head[7] = 0;
  const n = dict.length;
  head[8] = n & 0xff;
  head[9] = (n >> 8) & 0xff;
  if (major === 2) {
    head[10] = (n >> 16) & 0xff;
    head[11] = (n >>> 24) & 0xff;
  }
  const data = new Uint8Array(t.data().buffer);
  return [head, new TextEncoder().encode(dict), data];
}

/** Writes `t` as an `.npy` file, atomically (temp file, fsync, rename). */
export function writeNpy(path: string, t: Tensor): void {
  writeFileAtomic(path, encodeNpy(t));
}

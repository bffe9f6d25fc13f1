/**
 * Embedding files as row sources: `.npy` and `.safetensors` are read in row chunks straight from disk (never whole),
 * `.csv`/`.tsv` are parsed in memory. Every problem with the input is an {@link InputError} naming the file.
 *
 * @example
 * const src = openEmbeddings("emb.npy");          // { n, dim, shape, readRows, close }
 * const rows = src.readRows(0, 4096);             // Tensor [4096, D]
 * src.close();
 */
import { closeSync, openSync, readSync } from "node:fs";
import { extname } from "node:path";
import { DTYPE_SIZE, isFloating, inspectSafetensors, openNpy, readNpy, tensor, type DType, type Tensor } from "../tensor/index.js";
import { InputError } from "../util/errors.js";
import { expectFile } from "../util/fs.js";
import { readCsv } from "./csv.js";

/** Rows of an embedding file: [N, D], or [N, Q, D] with `views`. */
export interface RowSource {
  path: string;
  /** Full shape: [N, D] or [N, Q, D]. */
  shape: number[];
  dtype: DType;
  /** Rows along axis 0. */
  n: number;
  /** Rows [start, start + count) as a tensor of the file's dtype. [count, ...shape.slice(1)] */
  readRows(start: number, count: number): Tensor;
  close(): void;
}

export interface OpenOptions {
  /** safetensors: the tensor to read (default: the only 2-D one, or the only 3-D one with `views`). */
  key?: string;
  /** Read an N×Q×D array (Q augmented views per sample, for LiDAR). */
  views?: boolean;
}

const EXTENSIONS = [".npy", ".safetensors", ".csv", ".tsv"];

/** Opens an embedding file and checks its shape and dtype (see the module comment). */
export function openEmbeddings(path: string, opts: OpenOptions = {}): RowSource {
  expectFile(path);
  const ext = extname(path).toLowerCase();
  let src: RowSource;
  if (ext === ".npy") src = npySource(path);
  else if (ext === ".safetensors") src = safetensorsSource(path, opts);
  else if (ext === ".csv" || ext === ".tsv") {
    if (opts.views) throw new InputError(path, "--views needs a 3-D array (.npy or .safetensors), a CSV file is 2-D");
    const m = readCsv(path);
    src = memorySource(path, tensor(m.data, [m.rows, m.cols]));
  } else {
    throw new InputError(path, `unsupported file type '${ext || "(none)"}' (expected ${EXTENSIONS.join(", ")})`);
  }
  try {
    checkShape(src, opts.views ?? false);
  } catch (e) {
    src.close();
    throw e;
  }
  return src;
}

function checkShape(src: RowSource, views: boolean): void {
  const { shape, path, dtype } = src;
  const s = `[${shape.join(", ")}]`;
  if (!isFloating(dtype)) throw new InputError(path, `unsupported dtype ${dtype} (expected float32 or float64)`);
  if (views) {
    if (shape.length !== 3) throw new InputError(path, `--views expects a 3-D array N×Q×D (samples × views × dims), got ${shape.length}-D ${s}`);
    if (shape[1]! < 2) throw new InputError(path, `--views needs at least 2 views per sample, got Q = ${shape[1]} in ${s}`);
  } else if (shape.length === 3) {
    throw new InputError(path, `3-D array ${s}: pass --views to read it as N samples × Q views × D (for LiDAR), or give an N×D matrix`);
  } else if (shape.length !== 2) {
    throw new InputError(path, `expected a 2-D array N×D (rows × dims), got ${shape.length}-D ${s}`);
  }
  if (shape[0]! < 2) throw new InputError(path, `need at least 2 rows (N ≥ 2), got N = ${shape[0]} in ${s}`);
  if (shape[shape.length - 1]! < 1) throw new InputError(path, `need at least 1 dimension, got D = 0 in ${s}`);
}

/** An in-memory tensor as a row source (takes ownership of `t`). */
export function memorySource(path: string, t: Tensor): RowSource {
  return {
    path,
    shape: t.shape,
    dtype: t.dtype,
    n: t.shape[0] ?? 0,
    readRows: (start, count) => t.narrow(0, start, Math.max(0, Math.min(count, t.size(0) - start))).contiguous(),
    close: () => t.dispose(),
  };
}

function npySource(path: string): RowSource {
  const f = openNpy(path);
  if (f.fortranOrder) {
    f.close();
    return memorySource(path, readNpy(path));
  }
  return { path, shape: f.shape, dtype: f.dtype, n: f.shape[0] ?? 0, readRows: (s, c) => f.readRows(s, c), close: () => f.close() };
}

function safetensorsSource(path: string, opts: OpenOptions): RowSource {
  const h = inspectSafetensors(path);
  const names = [...h.tensors.keys()];
  const list = names.map((k) => `${k} [${h.tensors.get(k)!.shape.join(", ")}]`).join(", ");
  let key = opts.key;
  if (key === undefined) {
    const rank = opts.views ? 3 : 2;
    const cands = names.filter((k) => h.tensors.get(k)!.shape.length === rank);
    if (cands.length !== 1) {
      throw new InputError(path, `${cands.length === 0 ? `no ${rank}-D tensor` : `${cands.length} ${rank}-D tensors`}; pick one with --key (the file has: ${list || "nothing"})`);
    }
    key = cands[0]!;
  }
  const e = h.tensors.get(key);
  if (!e) throw new InputError(`--key ${key}`, `no tensor named '${key}' in ${path} (the file has: ${list || "nothing"})`);
  const rowBytes = e.shape.slice(1).reduce((a, b) => a * b, 1) * DTYPE_SIZE[e.dtype];
  const n = e.shape[0] ?? 0;
  const fd = openSync(path, "r");
  let closed = false;
  return {
    path,
    shape: e.shape,
    dtype: e.dtype,
    n,
    readRows(start, count) {
      const c = Math.max(0, Math.min(count, n - start));
      const ab = new ArrayBuffer(c * rowBytes);
      const bytes = new Uint8Array(ab);
      let off = 0;
      while (off < bytes.length) {
        const got = readSync(fd, bytes, off, bytes.length - off, e.begin + start * rowBytes + off);
        if (got === 0) throw new InputError(path, "file is truncated");
        off += got;
      }
      return tensor(bytes, [c, ...e.shape.slice(1)], e.dtype);
    },
    close() {
      if (!closed) closeSync(fd);
      closed = true;
    },
  };
}

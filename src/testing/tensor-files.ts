/**
 * Test helper: passes many or large tensors (model state dicts, gradients) between a test and a {@link torchRef}
 * snippet through a raw float64 file instead of JSON.
 *
 * In TypeScript: `const ref = tensorFile(map)` → put `ref` in torchRef's input. In Python (after `PY_TENSOR_FILES`):
 * `sd = load_tensors(inp["sd"])` gives a dict of float64 tensors; `out = save_tensors(path, d)` writes a dict back,
 * and {@link readTensorFile} turns that `out` into a Map.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { tensor, type Tensor } from "../tensor/index.js";

export interface TensorFileRef {
  file: string;
  index: { name: string; shape: number[]; offset: number; numel: number }[];
}

let dir: string | null = null;
let counter = 0;
/** A fresh path in a per-process temporary directory. */
export function tempPath(stem: string): string {
  dir ??= mkdtempSync(join(tmpdir(), "nocollapse-test-"));
  return join(dir, `${stem}-${counter++}.f64`);
}

/** Writes `tensors` as one float64 file and returns its index. */
export function tensorFile(tensors: ReadonlyMap<string, Tensor>): TensorFileRef {
  const index: TensorFileRef["index"] = [];
  const chunks: Float64Array[] = [];
  let offset = 0;
  for (const [name, t] of tensors) {
    const a = t.toFloat64Array();
    index.push({ name, shape: t.shape, offset, numel: a.length });
    chunks.push(a);
    offset += a.length;
  }
  const all = new Float64Array(offset);
  let o = 0;
  for (const c of chunks) {
    all.set(c, o);
    o += c.length;
  }
  const file = tempPath("tensors");
  writeFileSync(file, new Uint8Array(all.buffer));
  return { file, index };
}

/** Reads a file written by Python's `save_tensors` (float64 tensors). */
export function readTensorFile(ref: TensorFileRef): Map<string, Tensor> {
  const buf = readFileSync(ref.file);
  const all = new Float64Array(buf.buffer, buf.byteOffset, buf.byteLength / 8);
  const out = new Map<string, Tensor>();
  for (const e of ref.index) out.set(e.name, tensor(all.slice(e.offset, e.offset + e.numel), e.shape));
  return out;
}

/** Python side: `load_tensors(ref) -> dict`, `save_tensors(path, dict) -> ref`. Prepend to a torchRef snippet. */
export const PY_TENSOR_FILES = `
import numpy as _np
def load_tensors(ref):
    flat = torch.from_numpy(_np.fromfile(ref["file"], dtype=_np.float64))
    return {e["name"]: flat[e["offset"]:e["offset"] + e["numel"]].reshape(e["shape"]).clone() for e in ref["index"]}
def save_tensors(path, d):
    index, off, parts = [], 0, []
    for k, t in d.items():
        a = t.detach().double().contiguous().flatten()
        index.append({"name": k, "shape": list(t.shape), "offset": off, "numel": a.numel()})
        parts.append(a); off += a.numel()
    (torch.cat(parts) if parts else torch.zeros(0)).numpy().tofile(path)
    return {"file": path, "index": index}
`;

/**
 * Test helper: computes a reference with PyTorch (Debian's python3-torch, run with /usr/bin/python3).
 *
 * The Python snippet receives `inp` (the JSON input, with every `{"$t": [...], "shape": [...]}` turned into a
 * float64 torch tensor) and `torch`, and must assign a JSON-able value (tensors allowed) to `out`.
 */
import { spawnSync } from "node:child_process";
import { Tensor, tensor } from "../tensor/index.js";

/** NOCOLLAPSE_PYTHON overrides it: a GPU machine's PyTorch is a pip install in its own python3 (scripts/gpu-check.sh). */
export const PYTHON = process.env.NOCOLLAPSE_PYTHON || "/usr/bin/python3";

const PRELUDE = `
import json, sys, torch
torch.set_default_dtype(torch.float64)
torch.set_num_threads(1)
def _dec(v):
    if isinstance(v, dict) and "$t" in v:
        return torch.tensor(v["$t"], dtype=getattr(torch, v.get("dtype", "float64"))).reshape(v["shape"])
    if isinstance(v, dict): return {k: _dec(x) for k, x in v.items()}
    if isinstance(v, list): return [_dec(x) for x in v]
    return v
def _enc(v):
    if isinstance(v, torch.Tensor): return {"$t": v.detach().double().flatten().tolist(), "shape": list(v.shape)}
    if isinstance(v, dict): return {k: _enc(x) for k, x in v.items()}
    if isinstance(v, (list, tuple)): return [_enc(x) for x in v]
    return v
inp = _dec(json.load(sys.stdin))
out = None
`;
const POSTLUDE = `
json.dump(_enc(out), sys.stdout)
`;

/** A tensor as JSON for {@link torchRef} (float64 values). */
export function enc(t: Tensor): { $t: number[]; shape: number[] } {
  return { $t: Array.from(t.toFloat64Array()), shape: t.shape };
}

/** Decodes a tensor that {@link torchRef} returned, as float64. */
export function dec(v: unknown): Tensor {
  const o = v as { $t: number[]; shape: number[] };
  return tensor(Float64Array.from(o.$t), o.shape);
}

/** Runs `code` with `inp` in PyTorch and returns its `out`. Throws with Python's stderr on failure. */
export function torchRef<T = unknown>(code: string, inp: unknown): T {
  const r = spawnSync(PYTHON, ["-c", PRELUDE + code + POSTLUDE], {
    input: JSON.stringify(inp),
    encoding: "utf8",
    maxBuffer: 1 << 28,
  });
  if (r.status !== 0) throw new Error(`python reference failed (${r.status}):\n${r.stderr}`);
  return JSON.parse(r.stdout) as T;
}

/** Largest absolute elementwise difference between two tensors (compared in float64). */
export function maxAbsDiff(a: Tensor, b: Tensor): number {
  const x = a.toFloat64Array();
  const y = b.toFloat64Array();
  if (x.length !== y.length) throw new Error(`size mismatch: [${a.shape}] vs [${b.shape}]`);
  let m = 0;
  for (let i = 0; i < x.length; i++) m = Math.max(m, Math.abs(x[i]! - y[i]!));
  return m;
}

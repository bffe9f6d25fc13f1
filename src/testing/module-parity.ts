/**
 * Shared by the nn / models tests: runs a module and its PyTorch twin on the same state dict and input, in float64,
 * and returns both sides' train-mode output, parameter gradients, buffers after the step and eval-mode output.
 */
import { tidy, noGrad, randn, type Tensor } from "../tensor/index.js";
import { torchRef, enc, dec } from "./torch-ref.js";
import { tensorFile, readTensorFile, tempPath, PY_TENSOR_FILES, type TensorFileRef } from "./tensor-files.js";
import type { Module } from "../nn/module.js";

export interface ParityResult {
  yTrain: Tensor;
  yEval: Tensor;
  grads: Map<string, Tensor>;
  buffers: Map<string, Tensor>;
}

/**
 * `build` is Python that assigns an nn.Module to `model` (torch and `nn`, `F` are in scope).
 * The loss is Σ y·w for a fixed random w, so every gradient is non-trivial (Σ y alone is flat through BatchNorm).
 */
export function runParity(m: Module, x: Tensor, build: string): { ours: ParityResult; torch: ParityResult } {
  const sd = tensorFile(m.stateDict());
  // ours
  const ours = tidy(() => {
    m.zeroGrad();
    m.train();
    const y = m.forward(x);
    const w = noGrad(() => randn(y.shape, "float64"));
    y.mul(w).sum().backward();
    const grads = new Map<string, Tensor>();
    for (const [k, p] of m.namedParameters()) grads.set(k, p.grad!);
    const buffers = new Map<string, Tensor>();
    for (const [k, b] of m.namedBuffers()) buffers.set(k, b.clone());
    m.eval();
    const yEval = noGrad(() => m.forward(x));
    m.train();
    return { yTrain: y.detach(), yEval, grads, buffers, w };
  });
  const r = torchRef<{ yTrain: unknown; yEval: unknown; grads: TensorFileRef; buffers: TensorFileRef }>(
    `${PY_TENSOR_FILES}
import torch.nn as nn
import torch.nn.functional as F
${build}
model = model.double()
model.load_state_dict(load_tensors(inp["sd"]))
model.train()
x = inp["x"]
y = model(x)
(y * inp["w"]).sum().backward()
grads = {k: p.grad for k, p in model.named_parameters()}
bufs = {k: b for k, b in model.named_buffers()}
model.eval()
with torch.no_grad():
    ye = model(x)
out = {"yTrain": y, "yEval": ye, "grads": save_tensors(inp["g"], grads), "buffers": save_tensors(inp["b"], bufs)}
`,
    { sd, x: enc(x), w: enc(ours.w), g: tempPath("grads"), b: tempPath("bufs") },
  );
  const torch: ParityResult = { yTrain: dec(r.yTrain), yEval: dec(r.yEval), grads: readTensorFile(r.grads), buffers: readTensorFile(r.buffers) };
  ours.w.dispose();
  return { ours, torch };
}

/** max |a − b| / max(1, max |b|) over two same-shaped tensors. */
export function relErr(a: Tensor, b: Tensor): number {
  const x = a.toFloat64Array();
  const y = b.toFloat64Array();
  if (x.length !== y.length) throw new Error(`size mismatch: [${a.shape}] vs [${b.shape}]`);
  let d = 0;
  let s = 0;
  for (let i = 0; i < x.length; i++) {
    d = Math.max(d, Math.abs(x[i]! - y[i]!));
    s = Math.max(s, Math.abs(y[i]!));
  }
  return d / Math.max(1, s);
}

/** Asserts train / eval outputs, every gradient and every buffer agree within `tol` (relative). */
export function assertParity(p: { ours: ParityResult; torch: ParityResult }, tol: number): void {
  const fail: string[] = [];
  const check = (what: string, a: Tensor | undefined, b: Tensor | undefined): void => {
    if (!a || !b) return void fail.push(`${what}: missing on one side`);
    const e = relErr(a, b);
    if (!(e <= tol)) fail.push(`${what}: rel err ${e.toExponential(2)}`);
  };
  check("train output", p.ours.yTrain, p.torch.yTrain);
  check("eval output", p.ours.yEval, p.torch.yEval);
  if ([...p.ours.grads.keys()].join() !== [...p.torch.grads.keys()].join()) fail.push("parameter names differ");
  for (const [k, g] of p.torch.grads) check(`grad ${k}`, p.ours.grads.get(k), g);
  if ([...p.ours.buffers.keys()].join() !== [...p.torch.buffers.keys()].join()) fail.push("buffer names differ");
  for (const [k, b] of p.torch.buffers) check(`buffer ${k}`, p.ours.buffers.get(k), b);
  if (fail.length) throw new Error(`PyTorch parity failed:\n  ${fail.join("\n  ")}`);
}

/**
 * The `Tensor` class: a thin, typed handle on a libtorch `at::Tensor`, with the common ops as methods.
 * Every op runs in libtorch through the dispatcher (ops.generated.ts); nothing numeric happens in TypeScript.
 *
 * @example
 * import { tensor, tidy } from "nocollapse";
 * const loss = tidy(() => {
 *   const z = tensor([[1, 2], [3, 4]]);          // float32 [2, 2]
 *   return z.sub(z.mean(0)).square().sum();      // intermediates freed on exit
 * });
 * console.log(loss.item());                      // 4
 */
import * as aten from "./ops.generated.js";
import { native } from "./native.js";
import { dtypeCode, dtypeName, dtypeOfArray, typedArrayFrom, type AnyTypedArray, type DType } from "./dtype.js";
import { tensorOptions, type TensorOptions } from "./device.js";
import { TorchError, keep, setTensorFactory, track, unprotect, type Scope, type Scoped } from "./runtime.js";

export type Shape = readonly number[];
/** Tensor layouts in memory: row-major NCHW, or NHWC for 4-D image tensors (c10::MemoryFormat). */
export type MemoryFormat = "contiguous" | "channelsLast";
/** c10::MemoryFormat's codes: Contiguous 0, Preserve 1, ChannelsLast 2. */
const MEMORY_FORMAT: Record<MemoryFormat, number> = { contiguous: 0, channelsLast: 2 };
type Other = Tensor | number;

export class Tensor implements Scoped {
  /** Native slot index; -1 once disposed. */
  private h: number;
  /** The scope that frees this tensor (see runtime.ts). */
  scope: Scope | null = null;
  /** Registered with the GC backstop (tensors outside any scope). */
  backstopped = false;
  private cachedShape: number[] | null = null;
  private cachedDtype: DType | null = null;

  /** @internal Use the factories (`tensor`, `zeros`, ...) or ops; this wraps an existing native handle. */
  constructor(handle: number) {
    this.h = handle;
    track(this);
  }

  /** @internal The handle without the disposed check (scope bookkeeping). */
  get rawHandle(): number {
    return this.h;
  }

  /** The native handle. Throws once the tensor was disposed. */
  get handle(): number {
    if (this.h < 0) throw new TorchError("tensor was used after dispose()", "handle");
    return this.h;
  }

  get isDisposed(): boolean {
    return this.h < 0;
  }

  /** Frees the native tensor. Idempotent. */
  dispose(): void {
    if (this.h < 0) return;
    native.free(this.h);
    unprotect(this);
    this.h = -1;
    this.scope = null;
  }

  /** Keeps this tensor alive past the enclosing `tidy` scope. */
  keep(): this {
    return keep(this);
  }

  private meta(): number[] {
    return native.meta(this.handle);
  }

  get shape(): number[] {
    if (!this.cachedShape) {
      const m = this.meta();
      this.cachedDtype = dtypeName(m[0]!);
      this.cachedShape = m.slice(2);
    }
    return this.cachedShape.slice();
  }
  get dtype(): DType {
    if (!this.cachedDtype) void this.shape;
    return this.cachedDtype!;
  }
  get ndim(): number {
    return this.shape.length;
  }
  get numel(): number {
    return this.shape.reduce((a, b) => a * b, 1);
  }
  get device(): string {
    return native.device(this.handle);
  }
  /** Size along `dim` (negative counts from the end). */
  size(dim: number): number {
    const s = this.shape;
    const d = dim < 0 ? s.length + dim : dim;
    if (d < 0 || d >= s.length) throw new RangeError(`size(${dim}): tensor has ${s.length} dimensions [${s.join(", ")}]`);
    return s[d]!;
  }
  toString(): string {
    return this.h < 0 ? "Tensor(disposed)" : `Tensor(${this.dtype}[${this.shape.join(", ")}])`;
  }
  /** In-place ops may change the shape; forget the cache. */
  private touched(): this {
    this.cachedShape = null;
    this.cachedDtype = null;
    return this;
  }

  // ------------------------------------------------------------------------------------------- data out
  /** A copy of the elements, row-major, in the tensor's own typed array kind. */
  data(): AnyTypedArray {
    return typedArrayFrom(this.dtype, native.toBytes(this.handle));
  }
  /**
   * The elements without a copy when the tensor is contiguous on the CPU (like `tensor.numpy()`): the array shares
   * the tensor's storage, sees later in-place changes and keeps the storage alive until it is garbage-collected.
   * Falls back to a copy otherwise.
   */
  dataShared(): AnyTypedArray {
    return typedArrayFrom(this.dtype, native.toBytes(this.handle, true));
  }
  /** The elements as float64 numbers (converted in libtorch). */
  toFloat64Array(): Float64Array {
    if (this.dtype === "float64") return new Float64Array(native.toBytes(this.handle));
    const d = aten._to_copy(this, "float64");
    try {
      return new Float64Array(native.toBytes(d.handle));
    } finally {
      d.dispose();
    }
  }
  toFloat32Array(): Float32Array {
    if (this.dtype === "float32") return new Float32Array(native.toBytes(this.handle));
    const d = aten._to_copy(this, "float32");
    try {
      return new Float32Array(native.toBytes(d.handle));
    } finally {
      d.dispose();
    }
  }
  /** Nested arrays of numbers (for small tensors: printing, tests, JSON). */
  toArray(): NestedNumbers {
    const flat = Array.from(this.toFloat64Array());
    const shape = this.shape;
    if (shape.length === 0) return flat[0]!;
    const build = (dim: number, offset: number): NestedNumbers[] | number[] => {
      const n = shape[dim]!;
      if (dim === shape.length - 1) return flat.slice(offset, offset + n);
      const stride = shape.slice(dim + 1).reduce((a, b) => a * b, 1);
      return Array.from({ length: n }, (_, i) => build(dim + 1, offset + i * stride)) as NestedNumbers[];
    };
    return build(0, 0);
  }
  /** The single element as a number. */
  item(): number {
    return native.item(this.handle);
  }

  // ------------------------------------------------------------------------------------------- autograd
  get requiresGrad(): boolean {
    return this.meta()[1] === 1;
  }
  /** Sets `requires_grad` in place (leaf tensors). */
  requiresGrad_(flag = true): this {
    native.setRequiresGrad(this.handle, flag);
    return this;
  }
  /** Accumulated gradient, or null. A new handle each call: dispose it (or use a scope). */
  get grad(): Tensor | null {
    const g = native.grad(this.handle);
    return g === null ? null : new Tensor(g);
  }
  /** Drops the accumulated gradient (like `param.grad = None`). */
  clearGrad(): void {
    native.clearGrad(this.handle);
  }
  /** Back-propagates from this tensor (a scalar unless `grad` is given). */
  backward(grad?: Tensor, retainGraph = false): void {
    native.backward(this.handle, grad ? grad.handle : null, retainGraph);
  }
  detach(): Tensor {
    return aten.detach(this);
  }

  // ------------------------------------------------------------------------------------------- arithmetic
  add(o: Other, alpha?: number): Tensor {
    return typeof o === "number" ? aten.add_Scalar(this, o, alpha) : aten.add_Tensor(this, o, alpha);
  }
  sub(o: Other, alpha?: number): Tensor {
    return typeof o === "number" ? aten.sub_Scalar(this, o, alpha) : aten.sub_Tensor(this, o, alpha);
  }
  mul(o: Other): Tensor {
    return typeof o === "number" ? aten.mul_Scalar(this, o) : aten.mul_Tensor(this, o);
  }
  div(o: Other): Tensor {
    return typeof o === "number" ? aten.div_Scalar(this, o) : aten.div_Tensor(this, o);
  }
  /** `o - this` */
  rsub(o: number): Tensor {
    return aten.rsub_Scalar(this, o);
  }
  pow(e: Other): Tensor {
    return typeof e === "number" ? aten.pow_Tensor_Scalar(this, e) : aten.pow_Tensor_Tensor(this, e);
  }
  neg(): Tensor { return aten.neg(this); }
  abs(): Tensor { return aten.abs(this); }
  sqrt(): Tensor { return aten.sqrt(this); }
  rsqrt(): Tensor { return aten.rsqrt(this); }
  square(): Tensor { return aten.square(this); }
  exp(): Tensor { return aten.exp(this); }
  log(): Tensor { return aten.log(this); }
  sign(): Tensor { return aten.sign(this); }
  floor(): Tensor { return aten.floor(this); }
  round(): Tensor { return aten.round(this); }
  reciprocal(): Tensor { return aten.reciprocal(this); }
  relu(): Tensor { return aten.relu(this); }
  sigmoid(): Tensor { return aten.sigmoid(this); }
  tanh(): Tensor { return aten.tanh(this); }
  sin(): Tensor { return aten.sin(this); }
  cos(): Tensor { return aten.cos(this); }
  clamp(min?: number | null, max?: number | null): Tensor {
    return aten.clamp(this, min ?? null, max ?? null);
  }
  clampMin(min: number): Tensor { return aten.clamp_min(this, min); }
  maximum(o: Tensor): Tensor { return aten.maximum(this, o); }
  minimum(o: Tensor): Tensor { return aten.minimum(this, o); }
  matmul(o: Tensor): Tensor { return aten.matmul(this, o); }
  mm(o: Tensor): Tensor { return aten.mm(this, o); }
  /** Inner product of two 1-D tensors. */
  dot(o: Tensor): Tensor { return aten.dot(this, o); }
  /** Matrix transpose of a 2-D tensor (or the last two dims of an N-D one). */
  t(): Tensor {
    return this.ndim <= 2 ? aten.t(this) : aten.transpose_int(this, -2, -1);
  }
  eq(o: Other): Tensor { return typeof o === "number" ? aten.eq_Scalar(this, o) : aten.eq_Tensor(this, o); }
  ne(o: Other): Tensor { return typeof o === "number" ? aten.ne_Scalar(this, o) : aten.ne_Tensor(this, o); }
  gt(o: Other): Tensor { return typeof o === "number" ? aten.gt_Scalar(this, o) : aten.gt_Tensor(this, o); }
  ge(o: Other): Tensor { return typeof o === "number" ? aten.ge_Scalar(this, o) : aten.ge_Tensor(this, o); }
  lt(o: Other): Tensor { return typeof o === "number" ? aten.lt_Scalar(this, o) : aten.lt_Tensor(this, o); }
  le(o: Other): Tensor { return typeof o === "number" ? aten.le_Scalar(this, o) : aten.le_Tensor(this, o); }
  logicalNot(): Tensor { return aten.logical_not(this); }
  isnan(): Tensor { return aten.isnan(this); }
  isfinite(): Tensor { return aten.isfinite(this); }
  /** `cond ? this : other`, elementwise. */
  where(cond: Tensor, other: Other): Tensor {
    return typeof other === "number" ? aten.where_ScalarOther(cond, this, other) : aten.where_self(cond, this, other);
  }

  // ------------------------------------------------------------------------------------------- reductions
  sum(dim?: number | number[], keepdim = false): Tensor {
    return dim === undefined ? aten.sum(this) : aten.sum_dim_IntList(this, dim, keepdim);
  }
  mean(dim?: number | number[], keepdim = false): Tensor {
    return dim === undefined ? aten.mean(this) : aten.mean_dim(this, dim, keepdim);
  }
  /** Variance with Bessel's `correction` (1 = unbiased, as torch's default; 0 = biased). */
  var(dim?: number | number[], correction = 1, keepdim = false): Tensor {
    return aten.var_correction(this, dim ?? null, correction, keepdim);
  }
  std(dim?: number | number[], correction = 1, keepdim = false): Tensor {
    return aten.std_correction(this, dim ?? null, correction, keepdim);
  }
  max(): Tensor { return aten.max(this); }
  min(): Tensor { return aten.min(this); }
  /** Max along a dim: [values, indices]. */
  maxDim(dim: number, keepdim = false): [Tensor, Tensor] { return aten.max_dim(this, dim, keepdim); }
  amax(dim: number | number[], keepdim = false): Tensor { return aten.amax(this, dim, keepdim); }
  argmax(dim?: number, keepdim = false): Tensor { return aten.argmax(this, dim ?? null, keepdim); }
  /** Vector p-norm over `dim` (all elements when omitted). */
  norm(p = 2, dim?: number | number[], keepdim = false): Tensor {
    return dim === undefined ? aten.norm_Scalar(this, p) : aten.norm_ScalarOpt_dim(this, p, dim, keepdim);
  }
  logsumexp(dim: number | number[], keepdim = false): Tensor { return aten.logsumexp(this, dim, keepdim); }
  all(): Tensor { return aten.all(this); }
  any(): Tensor { return aten.any(this); }

  // ------------------------------------------------------------------------------------------- shape
  reshape(shape: number[]): Tensor { return aten.reshape(this, shape); }
  view(shape: number[]): Tensor { return aten.view(this, shape); }
  flatten(start = 0, end = -1): Tensor { return aten.flatten_using_ints(this, start, end); }
  unsqueeze(dim: number): Tensor { return aten.unsqueeze(this, dim); }
  squeeze(dim?: number): Tensor { return dim === undefined ? aten.squeeze(this) : aten.squeeze_dim(this, dim); }
  transpose(a: number, b: number): Tensor { return aten.transpose_int(this, a, b); }
  permute(dims: number[]): Tensor { return aten.permute(this, dims); }
  expand(shape: number[]): Tensor { return aten.expand(this, shape); }
  repeat(times: number[]): Tensor { return aten.repeat(this, times); }
  contiguous(): Tensor { return aten.contiguous(this); }
  clone(): Tensor { return aten.clone(this); }
  narrow(dim: number, start: number, length: number): Tensor { return aten.narrow(this, dim, start, length); }
  /** Rows `start..end` (exclusive) along `dim`, with an optional step. */
  slice(dim: number, start: number, end: number, step = 1): Tensor { return aten.slice_Tensor(this, dim, start, end, step); }
  select(dim: number, index: number): Tensor { return aten.select_int(this, dim, index); }
  indexSelect(dim: number, index: Tensor): Tensor { return aten.index_select(this, dim, index); }
  gather(dim: number, index: Tensor): Tensor { return aten.gather(this, dim, index); }
  diag(diagonal = 0): Tensor { return aten.diag(this, diagonal); }
  diagonal(offset = 0, dim1 = 0, dim2 = 1): Tensor { return aten.diagonal(this, offset, dim1, dim2); }
  triu(diagonal = 0): Tensor { return aten.triu(this, diagonal); }
  flip(dims: number[]): Tensor { return aten.flip(this, dims); }
  chunk(n: number, dim = 0): Tensor[] { return aten.chunk(this, n, dim); }
  split(size: number, dim = 0): Tensor[] { return aten.split_Tensor(this, size, dim); }

  // ------------------------------------------------------------------------------------------- nn
  softmax(dim: number): Tensor { return aten.softmax_int(this, dim); }
  logSoftmax(dim: number): Tensor { return aten.log_softmax_int(this, dim); }
  /** Rows scaled to unit p-norm along `dim` (as `F.normalize`, eps 1e-12). */
  normalize(dim = -1, p = 2, eps = 1e-12): Tensor {
    const n = aten.clamp_min(aten.norm_ScalarOpt_dim(this, p, dim, true), eps);
    try {
      return aten.div_Tensor(this, n);
    } finally {
      n.dispose();
    }
  }

  // ------------------------------------------------------------------------------------------- types
  /**
   * A copy converted to `dtype` and/or moved to `device` (new storage, as `Tensor.to(..., copy=True)`). With
   * `nonBlocking` a copy from pinned host memory to a GPU is queued on the current stream and returns at once.
   * `memoryFormat: "channelsLast"` lays a 4-D tensor out as NHWC (cuDNN's fast path for convolutions).
   * @example x.to({ device: "cuda:0", nonBlocking: true })
   */
  to(o: DType | { dtype?: DType; device?: string; nonBlocking?: boolean; memoryFormat?: MemoryFormat }): Tensor {
    if (typeof o === "string") return aten._to_copy(this, o);
    return aten._to_copy(this, o.dtype ?? null, null, o.device ?? null, null, o.nonBlocking ?? false, o.memoryFormat ? MEMORY_FORMAT[o.memoryFormat] : null);
  }
  /** A copy on `device` ("cpu", "cuda", "cuda:1"), keeping the dtype. */
  toDevice(device: string, nonBlocking = false): Tensor { return aten._to_copy(this, undefined, undefined, device, null, nonBlocking); }
  /** Whether the strides are those of `memoryFormat` (as `is_contiguous(memory_format=...)`). */
  isContiguous(memoryFormat: MemoryFormat = "contiguous"): boolean { return native.isContiguous(this.handle, MEMORY_FORMAT[memoryFormat]); }
  float(): Tensor { return this.to("float32"); }
  double(): Tensor { return this.to("float64"); }

  // ------------------------------------------------------------------------------------------- in place
  // In-place ops record history like torch's; use them inside noGrad() for optimizer updates.
  add_(o: Other, alpha?: number): this {
    (typeof o === "number" ? aten.add__Scalar(this, o, alpha) : aten.add__Tensor(this, o, alpha)).dispose();
    return this;
  }
  sub_(o: Other, alpha?: number): this {
    (typeof o === "number" ? aten.sub__Scalar(this, o, alpha) : aten.sub__Tensor(this, o, alpha)).dispose();
    return this;
  }
  mul_(o: Other): this {
    (typeof o === "number" ? aten.mul__Scalar(this, o) : aten.mul__Tensor(this, o)).dispose();
    return this;
  }
  div_(o: Other): this {
    (typeof o === "number" ? aten.div__Scalar(this, o) : aten.div__Tensor(this, o)).dispose();
    return this;
  }
  /** this += value · t1 · t2 */
  addcmul_(t1: Tensor, t2: Tensor, value = 1): this {
    aten.addcmul_(this, t1, t2, value).dispose();
    return this;
  }
  /** this += value · t1 / t2 */
  addcdiv_(t1: Tensor, t2: Tensor, value = 1): this {
    aten.addcdiv_(this, t1, t2, value).dispose();
    return this;
  }
  /** this += weight · (end − this) */
  lerp_(end: Tensor, weight: number): this {
    aten.lerp__Scalar(this, end, weight).dispose();
    return this;
  }
  clampMin_(min: number): this {
    aten.clamp_min_(this, min).dispose();
    return this;
  }
  zero_(): this {
    aten.zero_(this).dispose();
    return this;
  }
  fill_(v: number): this {
    aten.fill__Scalar(this, v).dispose();
    return this;
  }
  /** Copies `src` into this tensor's storage without recording autograd history. */
  copy_(src: Tensor): this {
    native.copyInto(this.handle, src.handle);
    return this.touched();
  }
}

setTensorFactory((h) => new Tensor(h));

export type NestedNumbers = number | NestedNumbers[];

// ------------------------------------------------------------------------------------------- factories
function flatten(data: NestedNumbers, shape: number[], out: number[], depth: number): void {
  if (typeof data === "number") {
    if (depth !== shape.length) throw new TypeError("tensor(): ragged nested array");
    out.push(data);
    return;
  }
  if (depth === shape.length) shape.push(data.length);
  else if (shape[depth] !== data.length) throw new TypeError(`tensor(): ragged nested array at depth ${depth}`);
  for (const x of data) flatten(x, shape, out, depth + 1);
}

/**
 * A tensor from nested arrays of numbers (default float32) or from a typed array with a shape.
 * @example tensor([[1, 2], [3, 4]]) // float32 [2, 2]
 * @example tensor(new Float64Array(6), [2, 3])
 * @example tensor([1, 2, 3], undefined, { dtype: "float64", device: "cuda:0" })
 * @example tensor(bytes, [n, 1, 28, 28], { dtype: "uint8", pinned: true }) // page-locked, for .toDevice(gpu, true)
 */
export function tensor(data: NestedNumbers | AnyTypedArray, shape?: number[], opts?: FactoryOptions & { pinned?: boolean } | DType): Tensor {
  const dtype = typeof opts === "string" ? opts : opts?.dtype;
  const made = hostTensor(data, shape, dtype, typeof opts === "object" && opts.pinned === true);
  // Made on the CPU from JavaScript's numbers, then copied (as torch.tensor(data, device=...)).
  return moveTo(made, tensorOptions(opts, "float32").device ?? "cpu");
}

/**
 * A CPU tensor `t` on `device`, consuming it: copied there and freed, or returned as it is for the CPU. With
 * `nonBlocking` a copy from pinned memory is queued and returns at once (freeing the source is safe meanwhile:
 * libtorch's pinned-memory allocator holds the block until the copy completes).
 * @example const idx = moveTo(aten.randperm(n, "int64"), z.device); // drawn on the CPU generator, used on z's device
 */
export function moveTo(t: Tensor, device: string, nonBlocking = false): Tensor {
  if (device === "cpu") return t;
  try {
    return t.toDevice(device, nonBlocking);
  } finally {
    t.dispose();
  }
}

/** A CPU tensor of `data`; `pinned`: in page-locked memory where a GPU is usable (for non-blocking copies to it). */
function hostTensor(data: NestedNumbers | AnyTypedArray, shape: number[] | undefined, dtype: DType | undefined, pinned: boolean): Tensor {
  if (ArrayBuffer.isView(data)) {
    const arr = data as AnyTypedArray;
    const dt = dtype ?? dtypeOfArray(arr);
    return new Tensor(native.fromBytes(arr, shape ?? [arr.length], dtypeCode(dt), pinned));
  }
  const s: number[] = [];
  const flat: number[] = [];
  flatten(data, s, flat, 0);
  const dt = dtype ?? "float32";
  // Types with a natural JS array are written directly; the others (float16, bfloat16, int8, int16) go through
  // float32 and are converted by libtorch.
  let arr: AnyTypedArray;
  let direct: DType = dt;
  switch (dt) {
    case "float64": arr = Float64Array.from(flat); break;
    case "int32": arr = Int32Array.from(flat); break;
    case "int64": arr = BigInt64Array.from(flat.map((x) => BigInt(Math.trunc(x)))); break;
    case "uint8": case "bool": arr = Uint8Array.from(flat); break;
    default: arr = Float32Array.from(flat); direct = "float32";
  }
  const made = new Tensor(native.fromBytes(arr, shape ?? s, dtypeCode(direct)));
  if (direct === dt) return made;
  try {
    return made.to(dt);
  } finally {
    made.dispose();
  }
}

/** `dtype`, or `{ dtype, device }`: where and as what a factory makes its tensor. */
export type FactoryOptions = DType | TensorOptions;

export function scalar(v: number, opts: FactoryOptions = "float32"): Tensor {
  return tensor([v], [], opts);
}
/** @example zeros([2, 3], { device: "cuda:0" }) */
export function zeros(shape: number[], opts?: FactoryOptions): Tensor {
  const o = tensorOptions(opts, "float32");
  return aten.zeros(shape, o.dtype, null, o.device);
}
export function ones(shape: number[], opts?: FactoryOptions): Tensor {
  const o = tensorOptions(opts, "float32");
  return aten.ones(shape, o.dtype, null, o.device);
}
export function full(shape: number[], value: number, opts?: FactoryOptions): Tensor {
  const o = tensorOptions(opts, "float32");
  return aten.full(shape, value, o.dtype, null, o.device);
}
export function eye(n: number, opts?: FactoryOptions): Tensor {
  const o = tensorOptions(opts, "float32");
  return aten.eye(n, o.dtype, null, o.device);
}
/** Standard normal samples from libtorch's seeded generator of the device (see `manualSeed`). */
export function randn(shape: number[], opts?: FactoryOptions): Tensor {
  const o = tensorOptions(opts, "float32");
  return aten.randn(shape, o.dtype, null, o.device);
}
/** Uniform [0, 1) samples. */
export function rand(shape: number[], opts?: FactoryOptions): Tensor {
  const o = tensorOptions(opts, "float32");
  return aten.rand(shape, o.dtype, null, o.device);
}
/** Integers uniform in [low, high). */
export function randint(low: number, high: number, shape: number[], opts: FactoryOptions = "int64"): Tensor {
  const o = tensorOptions(opts, "int64");
  return aten.randint_low(low, high, shape, o.dtype, null, o.device);
}
export function randperm(n: number, opts: { device?: string } = {}): Tensor {
  const o = tensorOptions(opts, "int64");
  return aten.randperm(n, "int64", null, o.device);
}
export function arange(end: number, opts: FactoryOptions = "int64"): Tensor {
  const o = tensorOptions(opts, "int64");
  return aten.arange(end, o.dtype, null, o.device);
}
export function linspace(start: number, end: number, steps: number, opts?: FactoryOptions): Tensor {
  const o = tensorOptions(opts, "float32");
  return aten.linspace(start, end, steps, o.dtype, null, o.device);
}
export function cat(ts: Tensor[], dim = 0): Tensor {
  return aten.cat(ts, dim);
}
export function stack(ts: Tensor[], dim = 0): Tensor {
  return aten.stack(ts, dim);
}

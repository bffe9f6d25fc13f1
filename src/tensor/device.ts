/**
 * Devices: which one a run uses (`--device auto|cpu|cuda|cuda:N`), the `{ dtype, device }` options every factory and
 * layer takes, autocast regions (mixed precision through libtorch's autocast), and the CUDA calls a training loop
 * needs (synchronise, memory). The same code path serves the CPU and the GPU: a device is only an argument.
 *
 * @example
 * import { resolveDevice, zeros, autocast } from "nocollapse";
 * const device = resolveDevice("auto");                 // "cuda:0" on a GPU machine with a CUDA libtorch, else "cpu"
 * const x = zeros([8, 4], { device });
 * const y = autocast(device, "bfloat16", () => x.matmul(x.t()));  // bfloat16 on either device
 */
import { native } from "./native.js";
import { dtypeCode, dtypeName, type DType } from "./dtype.js";
import { InputError } from "../util/errors.js";

/** A concrete device: "cpu", "cuda" (the current GPU) or "cuda:N". */
export type Device = "cpu" | "cuda" | `cuda:${number}`;
/** What a user may ask for: a device, or "auto" (the first GPU when there is one, else the CPU). */
export type DeviceSpec = "auto" | Device;

/** The `{ dtype, device }` pair factories and layers take (TorchSharp's and PyTorch's factory keywords). */
export interface TensorOptions {
  dtype?: DType;
  device?: string;
}

/** Lightning's precision names: float32, bfloat16 autocast, float16 autocast with a dynamic loss scaler. */
export const PRECISIONS = ["32", "bf16-mixed", "16-mixed"] as const;
export type Precision = (typeof PRECISIONS)[number];

const DEVICE_RE = /^(auto|cpu|cuda(:\d+)?)$/;
/** What a device spec may be, as error messages say it. */
export const DEVICE_SPECS = "auto, cpu, cuda or cuda:N";

/** Whether `s` names a device spec (auto, cpu, cuda, cuda:N), without checking that the device exists. */
export function isDeviceSpec(s: string): s is DeviceSpec {
  return DEVICE_RE.test(s);
}

/** "cpu" or "cuda" of a device string. @example deviceType("cuda:1") // "cuda" */
export function deviceType(device: string): "cpu" | "cuda" {
  return device.startsWith("cuda") ? "cuda" : "cpu";
}

/** The GPU index of a CUDA device ("cuda" → 0). @example deviceIndex("cuda:2") // 2 */
export function deviceIndex(device: string): number {
  const m = /^cuda:(\d+)$/.exec(device);
  return m ? Number(m[1]) : 0;
}

let versionCache: ReturnType<typeof native.version> | null = null;
/** The addon's libtorch build facts, read once (they cannot change while the process runs). */
function version(): ReturnType<typeof native.version> {
  return (versionCache ??= native.version());
}

/** GPUs the addon's libtorch can use now (0 for a CPU build or no visible GPU). */
export function cudaDeviceCount(): number {
  const v = version();
  return v.cuda ? v.gpus : 0;
}

/**
 * A device spec made concrete: "auto" → "cuda:0" when the libtorch is a CUDA build and a GPU is visible, else
 * "cpu"; "cuda" → "cuda:0". A device that does not exist here is an InputError naming `where`, saying why.
 * @example resolveDevice("auto") // "cpu" on a machine without a GPU
 */
export function resolveDevice(spec: string, where = "--device"): Device {
  if (!isDeviceSpec(spec)) throw new InputError(where, `expected ${DEVICE_SPECS}, got '${spec}'`);
  if (spec === "cpu") return "cpu";
  const gpus = cudaDeviceCount();
  if (spec === "auto") return gpus > 0 ? "cuda:0" : "cpu";
  if (gpus === 0) {
    const v = version();
    const why = v.cudaBuilt ? "CUDA is built into this libtorch, but no GPU is visible (CUDA_VISIBLE_DEVICES, driver?)" : `this libtorch (${v.torch}) is a CPU build; build against a CUDA libtorch (see the README's GPU section)`;
    throw new InputError(where, `'${spec}' is not available: ${why}`);
  }
  const i = deviceIndex(spec);
  if (i >= gpus) throw new InputError(where, `'${spec}' does not exist: ${gpus} GPU(s) are visible (cuda:0${gpus > 1 ? `..cuda:${gpus - 1}` : ""})`);
  return `cuda:${i}`;
}

/**
 * Checks that `precision` can run on `device` with this libtorch: bf16-mixed runs everywhere (CPU autocast has
 * bfloat16 since 1.10); 16-mixed needs a GPU, or a libtorch ≥ 2.3 on the CPU (float16 CPU autocast and the CPU
 * kernels of the loss scaler's ops).
 * @throws InputError naming `where` otherwise.
 */
export function checkPrecision(precision: string, device: string, where = "--precision"): Precision {
  if (!(PRECISIONS as readonly string[]).includes(precision)) throw new InputError(where, `expected one of ${PRECISIONS.join(", ")}, got '${precision}'`);
  if (precision === "16-mixed" && deviceType(device) === "cpu" && !torchAtLeast(2, 3)) {
    throw new InputError(where, `16-mixed on the CPU needs libtorch ≥ 2.3 (this one is ${version().torch}); use bf16-mixed, or a GPU`);
  }
  return precision as Precision;
}

/** Whether the addon's libtorch is at least major.minor. */
export function torchAtLeast(major: number, minor: number): boolean {
  const [a, b] = version().torch.split(".").map(Number) as [number, number];
  return a > major || (a === major && b >= minor);
}

/** The autocast dtype of a precision (null: no autocast). */
export function autocastDtype(precision: Precision): DType | null {
  return precision === "bf16-mixed" ? "bfloat16" : precision === "16-mixed" ? "float16" : null;
}

/**
 * Runs `fn` with libtorch's autocast on for `device`'s type (as `with torch.autocast(device_type, dtype)`): matmuls
 * and convolutions run in `dtype`, reductions and losses that autocast lists as float32 stay float32. `dtype` null
 * runs `fn` as it is. The previous state is restored on every way out.
 * @example const h = autocast("cuda:0", "bfloat16", () => encoder.forward(x)); // h is bfloat16
 */
export function autocast<T>(device: string, dtype: DType | null, fn: () => T): T {
  if (dtype === null) return fn();
  const type = deviceType(device);
  const [was, prev] = native.autocastSet(type, true, dtypeCode(dtype), true);
  try {
    return fn();
  } finally {
    native.autocastSet(type, was, prev, false);
  }
}

/** Whether autocast is on for `device`'s type, and its dtype. */
export function autocastState(device: string): { enabled: boolean; dtype: DType } {
  const [enabled, code] = native.autocastState(deviceType(device));
  return { enabled, dtype: dtypeName(code) };
}

/**
 * Deterministic GPU kernels, so that a run repeats bit for bit and resumes exactly (Lightning's `deterministic=True`):
 * cuDNN's deterministic convolution algorithms, ATen's deterministic implementations where it has them (a warning
 * names an op that has none), and cuBLAS's fixed workspace (CUBLAS_WORKSPACE_CONFIG=:4096:8, unless set; it must be
 * set before the first cuBLAS call). Slower; the CPU's ops are deterministic already.
 */
export function setDeterministic(on: boolean): void {
  if (on) process.env.CUBLAS_WORKSPACE_CONFIG ??= ":4096:8";
  native.setDeterministic(on);
}

/** Waits for the GPU's queued work (timings); nothing on the CPU, whose ops are synchronous. */
export function synchronize(device: string): void {
  if (deviceType(device) === "cuda") native.cudaSynchronize(deviceIndex(device));
}

/** Makes `device` the current GPU (NCCL and un-indexed "cuda" tensors use it); nothing for the CPU. */
export function setCurrentDevice(device: string): void {
  if (deviceType(device) === "cuda") native.cudaSetDevice(deviceIndex(device));
}

/**
 * The CUDA caching allocator's statistics for `device` in bytes (torch.cuda.memory_allocated, memory_reserved,
 * max_memory_allocated); null on the CPU. `resetPeak` starts a new peak after reading.
 */
export function cudaMemory(device: string, resetPeak = false): { allocated: number; reserved: number; peakAllocated: number } | null {
  return deviceType(device) === "cuda" ? native.cudaMemory(deviceIndex(device), resetPeak) : null;
}

/** Normalises the `dtype | { dtype, device }` argument of the factories. */
export function tensorOptions(o: DType | TensorOptions | undefined, dtype: DType): { dtype: DType; device: string | null } {
  if (typeof o === "string") return { dtype: o, device: null };
  return { dtype: o?.dtype ?? dtype, device: o?.device && o.device !== "cpu" ? o.device : null };
}

/** Tensors below float32 (float16, bfloat16): what autocast produces. */
function isLowPrecision(t: { dtype: DType }): boolean {
  return t.dtype === "float16" || t.dtype === "bfloat16";
}

/**
 * Runs `fn` outside any autocast region (both device types), as `torch.autocast(..., enabled=False)`. Used by
 * {@link fullPrecision} and by everything that must stay in float32/float64 (losses, metrics, whitening).
 */
export function withoutAutocast<T>(fn: () => T): T {
  const states = (["cpu", "cuda"] as const).map((type) => [type, ...native.autocastState(type)] as const).filter(([, on]) => on);
  if (!states.length) return fn();
  for (const [type, , dtype] of states) native.autocastSet(type, false, dtype, true);
  try {
    return fn();
  } finally {
    for (const [type, , dtype] of states) native.autocastSet(type, true, dtype, false);
  }
}

/** What {@link fullPrecision} may receive: tensors, lists of tensors, anything else (passed through). */
type TensorLike = { dtype: DType; float(): TensorLike; dispose(): void };

/**
 * Wraps a loss (or any numeric function) so that it always computes in float32/float64: it runs outside autocast,
 * and float16/bfloat16 tensor arguments (the networks' output under mixed precision) are cast to float32 first, as
 * torch.autocast's `custom_fwd(cast_inputs=torch.float32)`. Gradients flow through the casts.
 * @example export const myLoss = fullPrecision(function myLoss(z: Tensor[]) { ... });
 */
export function fullPrecision<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  const isTensor = (x: unknown): x is TensorLike => typeof x === "object" && x !== null && "handle" in x && "dtype" in x;
  const wrapped = (...args: A): R => {
    const casts: TensorLike[] = [];
    const cast = (x: unknown): unknown => {
      if (isTensor(x) && isLowPrecision(x)) {
        const c = x.float();
        casts.push(c);
        return c;
      }
      if (Array.isArray(x) && x.some((v) => isTensor(v) && isLowPrecision(v))) return x.map(cast);
      return x;
    };
    try {
      return withoutAutocast(() => fn(...(args.map(cast) as A)));
    } finally {
      // The graph keeps what backward needs; the handles are ours.
      for (const c of casts) c.dispose();
    }
  };
  Object.defineProperty(wrapped, "name", { value: fn.name });
  return wrapped;
}

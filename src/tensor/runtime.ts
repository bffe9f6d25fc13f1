/**
 * The runtime under every tensor op: the typed error choke point, operator calls, and memory scopes.
 *
 * Scopes work like tfjs' `tidy`: every tensor created inside `tidy(fn)` is freed when `fn` returns, except the
 * tensors `fn` returns (they move to the enclosing scope) and those passed to `keep`.
 */
import { native, whenLoaded, type NativeVersion } from "./native.js";
import { cudaDeviceCount } from "./device.js";
import type { Tensor } from "./tensor.js";

/** Any error raised by libtorch, or by the addon's argument checks. Carries the operator name. */
export class TorchError extends Error {
  /** The operator (e.g. `aten::mm.`) or addon entry point that failed. */
  readonly op: string;
  /** libtorch's own message, without the op prefix. */
  readonly torchMessage: string;
  constructor(message: string, op: string) {
    super(`${op}: ${message}`);
    this.name = "TorchError";
    this.op = op;
    this.torchMessage = message;
  }
}
whenLoaded((addon) => addon.setErrorClass(TorchError));

// ---------------------------------------------------------------------------------------------
// Tensor construction hook: set by tensor.ts so that generated ops need only a type import of Tensor.
let makeTensor: (h: number) => Tensor = () => {
  throw new Error("tensor.ts not loaded");
};
export function setTensorFactory(f: (h: number) => Tensor): void {
  makeTensor = f;
}

/** Wraps a native handle (or null) into a Tensor. */
export function wrap(h: unknown): Tensor {
  if (typeof h !== "number") throw new TorchError(`expected a tensor result, got ${h === null ? "an undefined tensor" : typeof h}`, "wrap");
  return makeTensor(h);
}
export function wrapOpt(h: unknown): Tensor | null {
  return h === null || h === undefined ? null : wrap(h);
}
export function wrapList(hs: unknown): Tensor[] {
  return (hs as unknown[]).map(wrap);
}

/** The handle of a tensor argument; names the argument when it is not a live tensor. */
export function th(t: Tensor, arg: string): number {
  if (t === null || t === undefined || typeof (t as { handle?: unknown }).handle !== "number") {
    throw new TypeError(`argument '${arg}' must be a Tensor, got ${t === null ? "null" : typeof t}`);
  }
  return t.handle;
}
export function oth(t: Tensor | null | undefined, arg: string): number | null | undefined {
  return t === null || t === undefined ? t : th(t, arg);
}
export function ths(ts: Tensor[], arg: string): number[] {
  return ts.map((t, i) => th(t, `${arg}[${i}]`));
}
export function oths(ts: (Tensor | null)[], arg: string): (number | null)[] {
  return ts.map((t, i) => (t === null ? null : th(t, `${arg}[${i}]`)));
}

const opIds = new Map<string, number>();
/** Resolves `aten::name` + overload once; later calls hit the cache. */
export function resolve(name: string, overload: string): number {
  const key = `${name}.${overload}`;
  let id = opIds.get(key);
  if (id === undefined) {
    id = native.opResolve(name, overload);
    opIds.set(key, id);
  }
  return id;
}

/**
 * The native op call: `op(id, ...positionalArgs)`. Generated code calls it directly: the first call loads the addon
 * and rebinds `op` to the addon's function (an ESM live binding), so there is no wrapper on the hot path.
 */
export let op: (id: number, ...args: unknown[]) => unknown = (id, ...args) => {
  op = native.opCall;
  return op(id, ...args);
};

/**
 * Error path of every generated op: a TorchError gets the shapes of the tensor arguments appended, so the message
 * says what was actually passed (e.g. "aten::mm: mat1 and mat2 shapes cannot be multiplied (2x3 and 4x5)
 * [self: float32[2,3], mat2: float32[4,5]]"). Other errors (argument type checks) pass through unchanged.
 */
export function fail(e: unknown, names: string[], args: unknown[]): unknown {
  if (!(e instanceof TorchError)) return e;
  const parts: string[] = [];
  names.forEach((n, i) => {
    const a = args[i] as { isDisposed?: boolean; dtype?: string; shape?: number[] } | undefined;
    if (n.startsWith("*") && a && typeof a === "object" && "isDisposed" in a) {
      parts.push(a.isDisposed ? `${n.slice(1)}: <disposed>` : `${n.slice(1)}: ${a.dtype}[${a.shape!.join(",")}]`);
    }
  });
  return parts.length ? new TorchError(`${e.torchMessage} [${parts.join(", ")}]`, e.op) : e;
}

// ---------------------------------------------------------------------------------------------
// Scopes.
//
// A scope is an append-only list: creating a tensor inside a scope is one array push, and disposing it early only
// marks it. Tensors that live outside every scope (created at top level, returned past the outermost tidy, or
// kept) are registered with a FinalizationRegistry as a backstop: if they become unreachable without dispose(), the
// GC frees them. Tensors inside a scope skip the registry, which keeps the per-op cost low.

/** What a scope tracks (the Tensor class implements it). */
export interface Scoped {
  scope: Scope | null;
  /** True while registered with the GC backstop. */
  backstopped: boolean;
  readonly isDisposed: boolean;
  /** @internal native handle without the disposed check */
  readonly rawHandle: number;
  dispose(): void;
}
export interface Scope {
  tensors: Scoped[];
}
const scopes: Scope[] = [];

const backstop = new FinalizationRegistry<number>((h) => {
  backstopFreed++;
  native.free(h);
});
let backstopFreed = 0;
/** How many tensors the GC backstop has freed (non-zero in a test means a missing dispose/tidy somewhere). */
export function backstopFreedCount(): number {
  return backstopFreed;
}
function protect(t: Scoped): void {
  if (!t.backstopped && !t.isDisposed) {
    backstop.register(t, t.rawHandle, t);
    t.backstopped = true;
  }
}
/** Called by dispose(): the tensor no longer needs the backstop. */
export function unprotect(t: Scoped): void {
  if (t.backstopped) {
    backstop.unregister(t);
    t.backstopped = false;
  }
}

/** Registers a new tensor with the innermost scope, or with the GC backstop outside any scope. */
export function track(t: Scoped): void {
  const s = scopes[scopes.length - 1];
  if (s) {
    s.tensors.push(t);
    t.scope = s;
  } else {
    protect(t);
  }
}

/** Removes a tensor from its scope so that leaving the scope does not free it. Returns it. */
export function keep<T extends Scoped>(t: T): T {
  if (t.scope) {
    t.scope = null;
    protect(t);
  }
  return t;
}

function collect(v: unknown, out: Set<Scoped>, depth: number): void {
  if (v === null || typeof v !== "object" || depth > 4) return;
  if (isScoped(v)) {
    out.add(v);
    return;
  }
  if (Array.isArray(v)) for (const x of v) collect(x, out, depth + 1);
  else if (Object.getPrototypeOf(v) === Object.prototype || v instanceof Map) {
    const values = v instanceof Map ? [...v.values()] : Object.values(v);
    for (const x of values) collect(x, out, depth + 1);
  }
}
function isScoped(v: object): v is Scoped {
  return "scope" in v && "backstopped" in v && typeof (v as Scoped).dispose === "function";
}

/** Leaves `scope`: moves the tensors found in `result` to the enclosing scope and frees the rest. */
function exit(scope: Scope, result: unknown): void {
  const returned = new Set<Scoped>();
  collect(result, returned, 0);
  const outer = scopes[scopes.length - 1] ?? null;
  for (const t of returned) {
    if (t.scope !== scope) continue;
    t.scope = outer;
    if (outer) outer.tensors.push(t);
    else protect(t);
  }
  for (const t of scope.tensors) if (t.scope === scope && !t.isDisposed) t.dispose();
  scope.tensors.length = 0;
}

/**
 * Runs `fn` in a new memory scope. Tensors created inside are freed when it returns (or throws), except the
 * tensors found in its result (a Tensor, or arrays / plain objects / Maps of them, 4 levels deep), which move to
 * the enclosing scope.
 *
 * @example
 * const loss = tidy(() => z1.sub(z2).square().mean()); // intermediates freed, `loss` survives
 */
export function tidy<T>(fn: () => T): T {
  const scope: Scope = { tensors: [] };
  scopes.push(scope);
  let result: T;
  try {
    result = fn();
  } catch (e) {
    scopes.pop();
    exit(scope, undefined);
    throw e;
  }
  scopes.pop();
  if (result instanceof Promise) {
    exit(scope, undefined);
    throw new TypeError("tidy() got an async function: tensors would be freed before it finishes; use tidyAsync");
  }
  exit(scope, result);
  return result;
}

/** As {@link tidy} for async functions. Do not interleave two tidyAsync scopes: they share one scope stack. */
export async function tidyAsync<T>(fn: () => Promise<T>): Promise<T> {
  const scope: Scope = { tensors: [] };
  scopes.push(scope);
  const depth = scopes.length;
  let result: T;
  try {
    result = await fn();
    if (scopes.length !== depth || scopes[depth - 1] !== scope) throw new Error("tidyAsync: scopes were interleaved");
  } catch (e) {
    const i = scopes.indexOf(scope);
    if (i >= 0) scopes.splice(i, 1);
    exit(scope, undefined);
    throw e;
  }
  scopes.pop();
  exit(scope, result);
  return result;
}

/** Live native tensors and the bytes of their distinct storages. Flat over a long run means no leak. */
export function memory(): { liveTensors: number; bytes: number; created: number; disposed: number } {
  const s = native.stats();
  return { liveTensors: s.live, bytes: s.bytes, created: s.created, disposed: s.disposed };
}

/** CUDA, when the libtorch build has it (a CUDA libtorch: Debian's libtorch-cuda-dev, a pip torch, a libtorch zip). */
export const cuda = {
  /** A GPU is usable now (a CUDA build of libtorch and at least one device). */
  isAvailable(): boolean {
    return cudaDeviceCount() > 0;
  },
  /** Number of visible GPUs (0 in a CPU build). */
  deviceCount(): number {
    return cudaDeviceCount();
  },
};

/** Runs `fn` with autograd recording off (like `torch.no_grad()`). */
export function noGrad<T>(fn: () => T): T {
  const prev = native.setGradEnabled(false);
  try {
    return fn();
  } finally {
    native.setGradEnabled(prev);
  }
}

/** Number of intra-op threads libtorch uses (like `torch.set_num_threads`). */
export function setNumThreads(n: number): void {
  native.setNumThreads(n);
}
export function getNumThreads(): number {
  return native.getNumThreads();
}
/** Seeds libtorch's default CPU generator (like `torch.manual_seed`). */
export function manualSeed(seed: number): void {
  native.manualSeed(seed);
}
/**
 * libtorch's version, parallel backend, and what it has of CUDA.
 * @example
 * const v = torchVersion(); // { torch: "2.6.0", cudaBuilt: false, cuda: false, gpus: 0, nccl: false, ... }
 */
export function torchVersion(): NativeVersion {
  return native.version();
}

/**
 * The runtime under every tensor op: the typed error choke point, operator calls, and memory scopes.
 *
 * Scopes work like tfjs' `tidy`: every tensor created inside `tidy(fn)` is freed when `fn` returns, except the
 * tensors `fn` returns (they move to the enclosing scope) and those passed to `keep`.
 */
import { native } from "./native.js";
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
native.setErrorClass(TorchError);

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
 * Calls an operator by id. On failure the TorchError is enriched with the shapes of the tensor arguments, so the
 * message says what was actually passed (e.g. "aten::mm.: mat1 and mat2 shapes cannot be multiplied (2x3 and 4x5)
 * [self: float32[2,3], mat2: float32[4,5]]").
 */
export function call(id: number, args: unknown[], argNames?: string[]): unknown {
  try {
    return native.opCall(id, args);
  } catch (e) {
    if (e instanceof TorchError && argNames) throw enrich(e, args, argNames);
    throw e;
  }
}

function enrich(e: TorchError, args: unknown[], names: string[]): TorchError {
  const parts: string[] = [];
  names.forEach((n, i) => {
    const a = args[i];
    if (n.startsWith("*") && typeof a === "number") {
      try {
        const m = native.meta(a);
        parts.push(`${n.slice(1)}: ${DTYPE_LABEL[m[0]!] ?? m[0]}[${m.slice(2).join(",")}]`);
      } catch {
        parts.push(`${n.slice(1)}: <disposed>`);
      }
    }
  });
  if (parts.length === 0) return e;
  const out = new TorchError(`${e.torchMessage} [${parts.join(", ")}]`, e.op);
  return out;
}
const DTYPE_LABEL: Record<number, string> = { 0: "uint8", 1: "int8", 2: "int16", 3: "int32", 4: "int64", 5: "float16", 6: "float32", 7: "float64", 11: "bool", 15: "bfloat16" };

// ---------------------------------------------------------------------------------------------
// Scopes.
export interface Scoped {
  scope: Set<Scoped> | null;
  dispose(): void;
}
const scopes: Set<Scoped>[] = [];

/** Registers a new tensor with the innermost scope (no-op outside any scope). */
export function track(t: Scoped): void {
  const s = scopes[scopes.length - 1];
  if (s) {
    s.add(t);
    t.scope = s;
  }
}

/** Removes a tensor from its scope so that leaving the scope does not free it. Returns it. */
export function keep<T extends Scoped>(t: T): T {
  if (t.scope) {
    t.scope.delete(t);
    t.scope = null;
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
  return "scope" in v && typeof (v as Scoped).dispose === "function" && "handle" in v;
}

/**
 * Runs `fn` in a new memory scope. Tensors created inside are freed when it returns (or throws), except the
 * tensors found in its result (a Tensor, or arrays / plain objects of them, 4 levels deep), which move to the
 * enclosing scope.
 *
 * @example
 * const loss = tidy(() => z1.sub(z2).square().mean()); // intermediates freed, `loss` survives
 */
export function tidy<T>(fn: () => T): T {
  const scope = new Set<Scoped>();
  scopes.push(scope);
  let result: T;
  try {
    result = fn();
  } catch (e) {
    scopes.pop();
    for (const t of scope) t.dispose();
    throw e;
  }
  scopes.pop();
  if (result instanceof Promise) {
    for (const t of scope) t.dispose();
    throw new TypeError("tidy() got an async function: tensors would be freed before it finishes; use tidyAsync");
  }
  const returned = new Set<Scoped>();
  collect(result, returned, 0);
  const outer = scopes[scopes.length - 1] ?? null;
  for (const t of scope) {
    if (returned.has(t)) {
      t.scope = outer;
      outer?.add(t);
    } else {
      t.dispose();
    }
  }
  return result;
}

/** As {@link tidy} for async functions. Do not interleave two tidyAsync scopes: they share one scope stack. */
export async function tidyAsync<T>(fn: () => Promise<T>): Promise<T> {
  const scope = new Set<Scoped>();
  scopes.push(scope);
  const depth = scopes.length;
  try {
    const result = await fn();
    if (scopes.length !== depth) throw new Error("tidyAsync: scopes were interleaved");
    scopes.pop();
    const returned = new Set<Scoped>();
    collect(result, returned, 0);
    const outer = scopes[scopes.length - 1] ?? null;
    for (const t of scope) {
      if (returned.has(t)) {
        t.scope = outer;
        outer?.add(t);
      } else t.dispose();
    }
    return result;
  } catch (e) {
    const i = scopes.indexOf(scope);
    if (i >= 0) scopes.splice(i, 1);
    for (const t of scope) t.dispose();
    throw e;
  }
}

/** Live native tensors and the bytes of their distinct storages. Flat over a long run means no leak. */
export function memory(): { liveTensors: number; bytes: number; created: number } {
  const s = native.stats();
  return { liveTensors: s.live, bytes: s.bytes, created: s.created };
}

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
/** libtorch's version and parallel backend. */
export function torchVersion(): { torch: string; parallel: string; cuda: boolean } {
  return native.version();
}

/**
 * `Module`: the base of every layer and model, shaped like `torch.nn.Module` so that state dicts carry PyTorch's
 * dotted names (`layer1.0.conv1.weight`, `bn1.running_mean`, `projector.1.num_batches_tracked`).
 *
 * Parameters and buffers are owned by their module: they are `keep()`-ed out of any `tidy` scope when registered
 * and freed by `dispose()`. Loading a state dict copies values *into* the existing tensors, so optimizers that
 * hold references to the parameters stay valid.
 */
import { keep, noGrad, isFloating, type DType, type MemoryFormat, type Tensor } from "../tensor/index.js";
import { InputError } from "../util/errors.js";

/** Where and as what {@link Module.to} puts a module's tensors. */
export interface ModuleToOptions {
  dtype?: DType;
  device?: string;
  memoryFormat?: MemoryFormat;
}

/** "cuda" and "cuda:0" name the same GPU when it is the current one; libtorch always reports the index. */
function sameDevice(actual: string, wanted: string): boolean {
  return actual === wanted || (wanted === "cuda" && actual === "cuda:0");
}

/** A state dict: PyTorch-named tensors (parameters and buffers), in registration order. */
export type StateDict = Map<string, Tensor>;

/**
 * Base class of layers and models. Subclasses register parameters, buffers and children in their constructor and
 * implement `forward`.
 *
 * @example
 * class TwoLayer extends Module {
 *   fc1 = this.registerModule("fc1", new Linear(4, 8));
 *   fc2 = this.registerModule("fc2", new Linear(8, 2));
 *   forward(x: Tensor): Tensor {
 *     return this.fc2.forward(this.fc1.forward(x).relu()); // [N, 2]
 *   }
 * }
 * const m = new TwoLayer();
 * [...m.namedParameters().keys()]; // ["fc1.weight", "fc1.bias", "fc2.weight", "fc2.bias"]
 */
export abstract class Module {
  /** Training mode (batch statistics in BatchNorm) vs evaluation mode (running statistics). */
  training = true;
  private readonly params = new Map<string, Tensor | null>();
  private readonly buffers = new Map<string, Tensor | null>();
  private readonly children_ = new Map<string, Module>();

  abstract forward(x: Tensor): Tensor;

  // ------------------------------------------------------------------------------------------- registration
  /**
   * Registers a parameter (or `null`, e.g. `bias=false`, which PyTorch also omits from the state dict). The tensor
   * becomes a leaf that requires grad and outlives the current `tidy` scope.
   */
  protected registerParameter(name: string, t: Tensor | null): Tensor | null {
    checkName(name, this);
    if (t) keep(t).requiresGrad_(true);
    this.params.set(name, t);
    return t;
  }
  /** Registers a buffer (state that is saved but not trained, e.g. BatchNorm's running statistics). */
  protected registerBuffer(name: string, t: Tensor | null): Tensor | null {
    checkName(name, this);
    if (t) keep(t);
    this.buffers.set(name, t);
    return t;
  }
  /** Registers a child module under `name` (its parameters get the prefix `name.`). Returns it. */
  registerModule<M extends Module>(name: string, m: M): M {
    checkName(name, this);
    this.children_.set(name, m);
    return m;
  }
  /** A registered parameter of this module (not of its children). Throws when it is absent or null. */
  protected param(name: string): Tensor {
    const t = this.params.get(name);
    if (!t) throw new Error(`${this.constructor.name} has no parameter '${name}'`);
    return t;
  }
  protected paramOrNull(name: string): Tensor | null {
    return this.params.get(name) ?? null;
  }
  protected buffer(name: string): Tensor {
    const t = this.buffers.get(name);
    if (!t) throw new Error(`${this.constructor.name} has no buffer '${name}'`);
    return t;
  }

  // ------------------------------------------------------------------------------------------- traversal
  /** Direct children, by name. */
  children(): Map<string, Module> {
    return new Map(this.children_);
  }
  /** This module and all descendants with dotted names ("" for this one), depth-first as PyTorch. */
  namedModules(prefix = ""): Map<string, Module> {
    const out = new Map<string, Module>([[prefix, this]]);
    for (const [n, c] of this.children_) for (const [k, m] of c.namedModules(join(prefix, n))) out.set(k, m);
    return out;
  }
  /** All parameters with PyTorch's dotted names, in PyTorch's order (own first, then children). */
  namedParameters(prefix = ""): Map<string, Tensor> {
    const out = new Map<string, Tensor>();
    this.collect("params", prefix, out);
    return out;
  }
  /** All buffers with dotted names (e.g. `bn1.running_mean`, `bn1.num_batches_tracked`). */
  namedBuffers(prefix = ""): Map<string, Tensor> {
    const out = new Map<string, Tensor>();
    this.collect("buffers", prefix, out);
    return out;
  }
  parameters(): Tensor[] {
    return [...this.namedParameters().values()];
  }
  /** Number of scalar parameters (as `sum(p.numel() for p in m.parameters())`). */
  numParameters(): number {
    let n = 0;
    for (const p of this.parameters()) n += p.numel;
    return n;
  }
  private collect(kind: "params" | "buffers", prefix: string, out: Map<string, Tensor>): void {
    for (const [n, t] of this[kind]) if (t) out.set(join(prefix, n), t);
    for (const [n, c] of this.children_) c.collect(kind, join(prefix, n), out);
  }

  // ------------------------------------------------------------------------------------------- modes
  /** Sets training mode on this module and every descendant. Returns this. */
  train(on = true): this {
    for (const m of this.namedModules().values()) m.training = on;
    return this;
  }
  /** Evaluation mode (BatchNorm uses running statistics). Returns this. */
  eval(): this {
    return this.train(false);
  }

  // ------------------------------------------------------------------------------------------- state dicts
  /**
   * Parameters and buffers by PyTorch name, in PyTorch's order (per module: parameters, then buffers; then
   * children). The tensors are the module's own (not copies): do not dispose them; clone to snapshot.
   */
  stateDict(): StateDict {
    const out: StateDict = new Map();
    this.collectState("", out);
    return out;
  }
  private collectState(prefix: string, out: StateDict): void {
    for (const [n, t] of this.params) if (t) out.set(join(prefix, n), t);
    for (const [n, t] of this.buffers) if (t) out.set(join(prefix, n), t);
    for (const [n, c] of this.children_) c.collectState(join(prefix, n), out);
  }

  /**
   * Copies values from `sd` into this module's parameters and buffers (converting dtype when they differ).
   * With `strict` (default) every key must match exactly; otherwise missing / unexpected keys are returned.
   * Shape mismatches always throw. Nothing is written unless every check passes.
   * @throws InputError naming the missing, unexpected or mis-shaped keys.
   */
  loadStateDict(sd: ReadonlyMap<string, Tensor>, opts: { strict?: boolean; where?: string } = {}): { missing: string[]; unexpected: string[] } {
    const strict = opts.strict ?? true;
    const where = opts.where ?? "state dict";
    const own = this.stateDict();
    const missing = [...own.keys()].filter((k) => !sd.has(k));
    const unexpected = [...sd.keys()].filter((k) => !own.has(k));
    if (strict && (missing.length || unexpected.length)) {
      const parts: string[] = [];
      if (missing.length) parts.push(`missing keys: ${list(missing)}`);
      if (unexpected.length) parts.push(`unexpected keys: ${list(unexpected)}`);
      throw new InputError(where, `does not match ${this.constructor.name}: ${parts.join("; ")}`);
    }
    const bad: string[] = [];
    for (const [k, dst] of own) {
      const src = sd.get(k);
      if (src && !sameShape(src.shape, dst.shape)) bad.push(`${k}: expected [${dst.shape.join(", ")}], got [${src.shape.join(", ")}]`);
    }
    if (bad.length) throw new InputError(where, `shape mismatch for ${bad.length} key(s): ${bad.slice(0, 8).join("; ")}${bad.length > 8 ? "; ..." : ""}`);
    // copy_ converts dtype and writes into the existing storage, so optimizer references stay valid.
    noGrad(() => {
      for (const [k, dst] of own) {
        const src = sd.get(k);
        if (src && src !== dst) dst.copy_(src);
      }
    });
    return { missing, unexpected };
  }

  // ------------------------------------------------------------------------------------------- misc
  /** Drops every parameter's gradient (like `zero_grad(set_to_none=True)`): no memory traffic, no stale values. */
  zeroGrad(): void {
    for (const p of this.parameters()) p.clearGrad();
  }

  /**
   * Moves parameters and buffers to `device` and/or converts the floating ones to `dtype` (integer buffers such as
   * `num_batches_tracked` keep their dtype, as PyTorch). `memoryFormat: "channelsLast"` lays 4-D weights out as NHWC
   * (`model.to(memory_format=torch.channels_last)`). Replaces the tensors: build optimizers after calling this.
   * Returns this.
   * @example model.to({ device: "cuda:0" }); model.to("float64");
   */
  to(o: DType | ModuleToOptions): this {
    const opts: ModuleToOptions = typeof o === "string" ? { dtype: o } : o;
    const convert = (t: Tensor): Tensor | null => {
      const dtype = opts.dtype && isFloating(t.dtype) && t.dtype !== opts.dtype ? opts.dtype : undefined;
      const device = opts.device && !sameDevice(t.device, opts.device) ? opts.device : undefined;
      const layout = opts.memoryFormat === "channelsLast" && t.ndim === 4 && !t.isContiguous("channelsLast") ? "channelsLast" as const : undefined;
      if (!dtype && !device && !layout) return null;
      return noGrad(() => t.to({ dtype, device, memoryFormat: layout }));
    };
    for (const m of this.namedModules().values()) {
      for (const [n, t] of m.params) {
        const c = t && convert(t);
        if (!t || !c) continue;
        t.dispose();
        m.params.set(n, keep(c).requiresGrad_(true));
      }
      for (const [n, t] of m.buffers) {
        const c = t && convert(t);
        if (!t || !c) continue;
        t.dispose();
        m.buffers.set(n, keep(c));
      }
    }
    return this;
  }

  /** The device of the first parameter (or buffer); "cpu" for a module without tensors. */
  get device(): string {
    const first = this.parameters()[0] ?? this.namedBuffers().values().next().value;
    return first?.device ?? "cpu";
  }

  /** Frees every parameter and buffer of this module and its descendants. The module is unusable afterwards. */
  dispose(): void {
    for (const t of this.params.values()) t?.dispose();
    for (const t of this.buffers.values()) t?.dispose();
    for (const c of this.children_.values()) c.dispose();
  }
}

function join(prefix: string, name: string): string {
  return prefix ? `${prefix}.${name}` : name;
}
function checkName(name: string, m: Module): void {
  if (!name || name.includes(".")) throw new Error(`${m.constructor.name}: invalid name '${name}' (non-empty, no dots)`);
}
function sameShape(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
function list(keys: string[]): string {
  return keys.slice(0, 10).join(", ") + (keys.length > 10 ? `, ... (${keys.length} in all)` : "");
}

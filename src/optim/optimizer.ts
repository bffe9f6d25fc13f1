/**
 * The optimizer base: parameter groups keyed by parameter name, a `step()` that runs every update in place inside
 * `noGrad` + `tidy` with libtorch ops, and named state for checkpoints.
 */
import { keep, noGrad, tidy, type Tensor } from "../tensor/index.js";
import { InputError } from "../util/errors.js";

/** Parameters with their names, e.g. `module.namedParameters()` (names key the optimizer state). */
export type NamedParams = Iterable<readonly [string, Tensor]>;

/** Options every optimizer has. */
export interface BaseOptions {
  /** Learning rate (the group's own; `setLr` sets it to `lr · lrScale`). */
  lr: number;
}

/** A parameter group as given to a constructor: its parameters plus options that override the defaults. */
export type GroupSpec<O extends BaseOptions> = Partial<O> & {
  params: NamedParams;
  /** Multiplies the learning rate given to `setLr` (Barlow Twins: 0.2 for weights, 0.0048 for biases / BN). */
  lrScale?: number;
};

/** A resolved parameter group. `options` may be changed between steps (e.g. `options.lr` by a schedule). */
export interface ParamGroup<O extends BaseOptions> {
  params: [string, Tensor][];
  options: O;
  lrScale: number;
}

/**
 * Optimizer state for checkpoints: tensors named `<param>.<slot>` (e.g. `layer1.0.conv1.weight.momentum_buffer`)
 * and numbers (per-parameter step counts `<param>.step`, group learning rates `group.<i>.lr`).
 */
export interface OptimizerState {
  tensors: Map<string, Tensor>;
  scalars: Record<string, number>;
}

/** Per-parameter state: named tensor slots plus a step count. */
export interface ParamState {
  slots: Map<string, Tensor>;
  step: number;
}

export abstract class Optimizer<O extends BaseOptions> {
  readonly groups: ParamGroup<O>[];
  protected readonly paramState = new Map<string, ParamState>();
  /** Slot names this optimizer keeps per parameter (for loadState validation). */
  protected abstract readonly slotNames: readonly string[];

  constructor(params: NamedParams | GroupSpec<O>[], defaults: O) {
    const specs: GroupSpec<O>[] = isGroupList<O>(params) ? params : [{ params } as GroupSpec<O>];
    const seen = new Map<Tensor, string>();
    const names = new Set<string>();
    this.groups = specs.map((spec) => {
      const { params: ps, lrScale, ...over } = spec;
      const list: [string, Tensor][] = [];
      for (const [name, p] of ps) {
        if (names.has(name)) throw new Error(`${this.constructor.name}: parameter name '${name}' appears twice`);
        if (seen.has(p)) throw new Error(`${this.constructor.name}: parameter '${name}' is the same tensor as '${seen.get(p)}'`);
        names.add(name);
        seen.set(p, name);
        list.push([name, p]);
      }
      const options = { ...defaults } as O;
      for (const [k, v] of Object.entries(over)) if (v !== undefined) (options as Record<string, unknown>)[k] = v;
      return { params: list, options, lrScale: lrScale ?? 1 };
    });
  }

  /** Sets every group's learning rate to `lr · group.lrScale` (call once per step with the schedule's value). */
  setLr(lr: number): void {
    for (const g of this.groups) g.options.lr = lr * g.lrScale;
  }

  /** One update of every parameter that has a gradient. */
  step(): void {
    noGrad(() => {
      for (const g of this.groups) {
        for (const [name, p] of g.params) {
          tidy(() => {
            const grad = p.grad;
            if (!grad) return;
            let st = this.paramState.get(name);
            if (!st) this.paramState.set(name, (st = { slots: new Map(), step: 0 }));
            st.step += 1;
            this.update(p, grad, g.options, st);
          });
        }
      }
    });
  }

  /**
   * Updates `p` in place from its gradient (called inside `noGrad` and `tidy`). State tensors created here must be
   * stored with {@link slot} so that they outlive the scope.
   */
  protected abstract update(p: Tensor, grad: Tensor, o: O, st: ParamState): void;

  /** Stores a state tensor for the parameter, keeping it out of the current scope. */
  protected slot(st: ParamState, name: string, t: Tensor): Tensor {
    st.slots.set(name, keep(t));
    return t;
  }

  /** Drops every parameter's gradient. */
  zeroGrad(): void {
    for (const g of this.groups) for (const [, p] of g.params) p.clearGrad();
  }

  /** The state as named tensors (the live ones: clone them to snapshot) and numbers. */
  state(): OptimizerState {
    const tensors = new Map<string, Tensor>();
    const scalars: Record<string, number> = {};
    for (const [name, st] of this.paramState) {
      for (const [s, t] of st.slots) tensors.set(`${name}.${s}`, t);
      scalars[`${name}.step`] = st.step;
    }
    this.groups.forEach((g, i) => (scalars[`group.${i}.lr`] = g.options.lr));
    return { tensors, scalars };
  }

  /**
   * Restores a state from {@link state} (values are copied; the caller keeps ownership of `s`).
   * @throws InputError naming an unknown parameter or slot, or a shape mismatch.
   */
  loadState(s: OptimizerState, where = "optimizer state"): void {
    const params = new Map<string, Tensor>();
    for (const g of this.groups) for (const [n, p] of g.params) params.set(n, p);
    const next = new Map<string, ParamState>();
    const get = (name: string): ParamState => {
      let st = next.get(name);
      if (!st) next.set(name, (st = { slots: new Map(), step: 0 }));
      return st;
    };
    for (const [key, v] of Object.entries(s.scalars)) {
      if (key.startsWith("group.")) continue;
      const name = key.slice(0, -".step".length);
      if (!key.endsWith(".step") || !params.has(name)) throw new InputError(where, `unknown entry '${key}' (no such parameter in this optimizer)`);
      get(name).step = v;
    }
    for (const [key, t] of s.tensors) {
      const dot = key.lastIndexOf(".");
      const name = key.slice(0, dot);
      const slot = key.slice(dot + 1);
      const p = params.get(name);
      if (!p) throw new InputError(where, `unknown tensor '${key}' (no parameter '${name}' in this optimizer)`);
      if (!this.slotNames.includes(slot)) throw new InputError(where, `unknown slot '${slot}' in '${key}' (${this.constructor.name} keeps ${this.slotNames.join(", ")})`);
      if (t.shape.join() !== p.shape.join()) throw new InputError(where, `'${key}' has shape [${t.shape.join(", ")}], parameter is [${p.shape.join(", ")}]`);
      // On the parameter's device and dtype, wherever the state was saved from (map_location).
      get(name).slots.set(slot, keep(noGrad(() => t.to({ dtype: p.dtype, device: p.device }))));
    }
    for (const st of this.paramState.values()) for (const t of st.slots.values()) t.dispose();
    this.paramState.clear();
    for (const [k, v] of next) this.paramState.set(k, v);
    this.groups.forEach((g, i) => {
      const lr = s.scalars[`group.${i}.lr`];
      if (lr !== undefined) g.options.lr = lr;
    });
  }

  /** Frees the state tensors. */
  dispose(): void {
    for (const st of this.paramState.values()) for (const t of st.slots.values()) t.dispose();
    this.paramState.clear();
  }
}

function isGroupList<O extends BaseOptions>(p: NamedParams | GroupSpec<O>[]): p is GroupSpec<O>[] {
  return Array.isArray(p) && p.length > 0 && typeof p[0] === "object" && p[0] !== null && "params" in p[0];
}

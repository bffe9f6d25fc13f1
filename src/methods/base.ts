/**
 * The method seam (solo-learn's `BaseMethod` in spirit). A method is two things, declared in one file per method:
 *
 * - a {@link MethodDef}: the single source of truth for its name, title, family, paper, defaults, options (with
 *   their CLI flags and validation), ablations and the collapse each ablation is expected to cause. The config
 *   validation, the CLI's help, the study's run list and the report's "expected" sentences are derived from it;
 * - an {@link SSLMethod}: the module it builds. It owns its networks (online, target, predictor, prototypes), says
 *   which parameters the optimizer trains, computes its loss from the views, and has an after-step hook (EMA
 *   update, teacher centre, temperature schedule). The trainer only loops.
 *
 * Adding a method: one file in this folder exporting a `MethodDef` (its loss in `losses/`), listed in `./index.ts`.
 */
import type { z } from "zod";
import { Module } from "../nn/index.js";
import type { Backbone } from "../models/index.js";
import type { DType, Tensor } from "../tensor/index.js";
import { InputError } from "../util/errors.js";
import type { OutputDistribution } from "../runfolder/index.js";

export type OptimizerName = "adam" | "adamw" | "sgd" | "lars";

/** What a run is expected to show at the end (the study checks its diagnosis against it). */
export type Expectation = "healthy" | "total-collapse" | "dimensional-collapse";

/** The poster's taxonomy of how a joint-embedding method avoids collapse (plus the contrastive baseline and controls). */
export type Family = "info-max" | "contrastive" | "self-distillation" | "clustering" | "control";

/** Hyper-parameters a method brings for the default setting (small ConvNet, Fashion-MNIST, batch 256). */
export interface MethodDefaults {
  /** Projector widths ("256-512-128"; "none" for no projector). */
  projector: string;
  optimizer: OptimizerName;
  lr: number;
  weightDecay: number;
  /** Number of augmented views per image (K ≥ 2). */
  views: number;
  /** Separate encoder and projector per branch (VICReg's "multi-modality" setting). */
  nonSharedBranches: boolean;
}

/** One method option: its validation (zod, with `.describe()` as the help text) and whether it has a CLI flag. */
export interface OptionSpec {
  schema: z.ZodType;
  /** `--kebab-case` flag on `train` (the option's key, kebab-cased) when true. */
  flag?: boolean;
}

/** Which study presets run an ablation (or the method as published). */
export type StudyPresence = "all" | "full" | "none";

/** One ablation: the options it changes (or projector widths), and what the run is expected to show. */
export interface AblationSpec<O = Record<string, unknown>> {
  options?: Partial<O>;
  projector?: string;
  expected: Expectation;
  /** One sentence for the report: what is switched off and why that matters. */
  summary: string;
  /** Why the expected outcome follows (the report's "As expected: ..." sentence); null when the study predicts nothing. */
  why: string | null;
  /** In the study: every preset (default), only the full one, or none. */
  study?: StudyPresence;
}

/** What building a method needs besides its options. */
export interface BuildContext<O> {
  backbone: string;
  projector: string;
  inChannels: number;
  nonSharedBranches: boolean;
  dtype: DType;
  /** The resolved options: the method's defaults, then the ablation's, then the user's. */
  options: O;
}

/** Per-step context the trainer passes to the method. */
export interface StepContext {
  /** Optimizer steps done before this one. */
  step: number;
  totalSteps: number;
  /** All-gather with gradient over the data-parallel ranks (the identity in one process): batch statistics of
   * the global batch. */
  gather: (t: Tensor) => Tensor;
  /** Sum over ranks without gradient (e.g. DINO's batch centre); the identity in one process. */
  allReduceSum: (t: Tensor) => Tensor;
}

/** A loss value with its named, unweighted parts and the representation the online probe trains on. */
export interface MethodLoss {
  loss: Tensor;
  terms: Record<string, Tensor>;
  /** h of the first view through the online network, [N, hDim]: what the online linear probe learns from. */
  h: Tensor;
  /** Schedules and state worth logging with the step (e.g. EMA τ, teacher temperature), in metrics.jsonl's `method`. */
  stats?: Record<string, number>;
}

/**
 * The module a method builds. State-dict names are the method's own (`backbone.*`, `projector.*`, `predictor.*`,
 * `momentum_backbone.*`, ...); the exported encoder is `encoder()` (what the method's paper evaluates).
 */
export abstract class SSLMethod extends Module {
  abstract readonly hDim: number;
  abstract readonly zDim: number;

  /** Forward of one batch of views `[N, C, H, W]` and the loss of the method. */
  abstract loss(views: Tensor[], ctx: StepContext): MethodLoss;

  /** The encoder evaluated downstream and written to encoder.safetensors. */
  abstract encoder(): Backbone;

  /** z of representations h (the embedding the loss acts on): the projector, or DINO's head bottleneck. */
  abstract embedding(h: Tensor): Tensor;

  /** h and z of test inputs (the probe): the encoder's output and the embedding the loss acts on. */
  embedEval(x: Tensor): { h: Tensor; z: Tensor } {
    const h = this.encoder().forward(x);
    return { h, z: this.embedding(h) };
  }

  /** The parameters the optimizer trains, by name (default: all; EMA targets are excluded by their methods). */
  trainableParameters(): Map<string, Tensor> {
    return this.namedParameters();
  }

  /** Runs after each optimizer step, under no gradient (EMA update, teacher centre). */
  afterStep(_ctx: StepContext): void {}

  /** The encoder's representation h (what the module computes as a whole: the downstream feature). */
  forward(x: Tensor): Tensor {
    return this.encoder().forward(x);
  }

  /** Extra label-free readings on the probe inputs (e.g. DINO's output entropies); none by default. */
  probeExtras(_x: Tensor): OutputDistribution | null {
    return null;
  }
}

/**
 * A method as registered: its facts and how to build it. `O` is its options object.
 *
 * @example
 * const def = getMethod("byol");
 * def.title;                       // "BYOL"
 * def.ablations["no-predictor"];   // { options: { predictor: "none" }, expected: "total-collapse", ... }
 * const net = def.build({ backbone: "convnet", projector: "512-128", inChannels: 1, nonSharedBranches: false,
 *   dtype: "float32", options: resolveOptions(def, null, {}) });
 */
export interface MethodDef<O extends object = Record<string, unknown>> {
  name: string;
  title: string;
  family: Family;
  /** Paper and official code. */
  reference: string;
  defaults: MethodDefaults;
  /** The options of the method as published (defaults from the official code). */
  options: O;
  /** Validation and CLI flags of the options a user may set (a subset of `options`' keys). */
  optionSpecs: { [K in keyof O]?: OptionSpec };
  /** What the method as published is expected to show, and why (the report quotes it). */
  expected: Expectation;
  why: string;
  /** In the study as published: every preset (default), only the full one, or none. */
  study?: StudyPresence;
  ablations: Record<string, AblationSpec<O>>;
  /** Ablations every joint-embedding method has (no-projector, projector-<width>); false for methods whose
   * projector is part of the mechanism. Default true. */
  genericAblations?: boolean;
  build(ctx: BuildContext<O>): SSLMethod;
}

/** Ablations every joint-embedding method has: projector off, and projector widths for the width sweep. */
export function genericAblation(name: string): AblationSpec | null {
  if (name === "no-projector") {
    return { projector: "none", expected: "healthy", summary: "no projector: the loss acts on h directly (z = h)", why: "the loss still regularises the embedding, now directly on h" };
  }
  const m = /^projector-(\d+)$/.exec(name);
  if (m) {
    const w = Number(m[1]);
    return { projector: `512-${w}`, expected: "healthy", summary: `projector 512-${w}: how the embedding width changes the rank of h vs z`, why: null };
  }
  return null;
}

/** The ablation's spec for this method, or an InputError listing the valid ones. */
export function resolveAblation<O extends object>(def: MethodDef<O>, ablation: string | null | undefined): AblationSpec<O> | null {
  if (ablation === null || ablation === undefined || ablation === "" || ablation === "none") return null;
  const own = Object.prototype.hasOwnProperty.call(def.ablations, ablation) ? def.ablations[ablation] : undefined;
  if (own) return own;
  const generic = def.genericAblations === false ? null : genericAblation(ablation);
  if (generic) return generic as AblationSpec<O>;
  const valid = [...Object.keys(def.ablations), ...(def.genericAblations === false ? [] : ["no-projector", "projector-<width>"])];
  throw new InputError("ablation", `'${ablation}' is not an ablation of ${def.name} (expected one of ${valid.join(", ")})`);
}

/** The method's options for a run: published defaults, then the ablation's, then the user's overrides. */
export function resolveOptions<O extends object>(def: MethodDef<O>, ablation: AblationSpec<O> | null, user: Record<string, unknown>): O {
  const own: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(user)) if (k in def.options) own[k] = v;
  return { ...def.options, ...(ablation?.options ?? {}), ...own } as O;
}

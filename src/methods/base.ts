/**
 * The shared base of every SSL method (solo-learn style): the joint-embedding model (encoder f → h, projector g →
 * z, one branch per view, shared or not), multi-view handling, and the method spec each method file declares
 * (which loss, its defaults for the small-ConvNet setting, which ablations it has and what each is expected to do).
 * Optimizers, schedules, probes and logging live in the trainer, which works for every method through this base.
 */
import { Module } from "../nn/index.js";
import { buildBackbone, buildProjector, type Backbone, type Projector } from "../models/index.js";
import type { LossName, LossOptionsByName } from "../losses/index.js";
import type { Tensor } from "../tensor/index.js";
import { InputError } from "../util/errors.js";

/** A method's `--method` name: the name of its loss. */
export type MethodName = LossName;
export type OptimizerName = "adam" | "adamw" | "sgd" | "lars";

/** What a run is expected to show at the end (the study checks its diagnosis against it). */
export type Expectation = "healthy" | "total-collapse" | "dimensional-collapse";

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

/** One ablation: the loss options it changes (or projector widths), and what the run is expected to show. */
export interface AblationSpec<O> {
  loss?: Partial<O>;
  projector?: string;
  expected: Expectation;
  /** One sentence for the report: what is switched off and why that matters. */
  summary: string;
}

export interface MethodSpec<N extends MethodName = MethodName> {
  name: N;
  title: string;
  /** Paper and official code the loss follows. */
  reference: string;
  defaults: MethodDefaults;
  /** Loss options of the method as published (beyond the loss file's own defaults). */
  loss: Partial<LossOptionsByName[N]>;
  /** What the method as published is expected to show. */
  expected: Expectation;
  ablations: Record<string, AblationSpec<LossOptionsByName[N]>>;
}

/** Ablations every method has: projector off, and projector widths for the width sweep. */
export function genericAblation(name: string): AblationSpec<never> | null {
  if (name === "no-projector") {
    return { projector: "none", expected: "healthy", summary: "no projector: the loss acts on h directly (z = h)" };
  }
  const m = /^projector-(\d+)$/.exec(name);
  if (m) {
    const w = Number(m[1]);
    return {
      projector: `512-${w}`,
      expected: "healthy",
      summary: `projector 512-${w}: how the embedding width changes the rank of h vs z`,
    };
  }
  return null;
}

/** The ablation's spec for this method, or an InputError listing the valid ones. */
export function resolveAblation<N extends MethodName>(spec: MethodSpec<N>, ablation: string | null | undefined): AblationSpec<LossOptionsByName[N]> | null {
  if (ablation === null || ablation === undefined || ablation === "" || ablation === "none") return null;
  const own = spec.ablations[ablation];
  if (own) return own;
  const generic = genericAblation(ablation);
  if (generic) return generic as AblationSpec<LossOptionsByName[N]>;
  const valid = [...Object.keys(spec.ablations), "no-projector", "projector-<width>"];
  throw new InputError("ablation", `'${ablation}' is not an ablation of ${spec.name} (expected one of ${valid.join(", ")})`);
}

/**
 * The joint-embedding network of the poster: views → encoder f → representations h → projector g → embeddings z.
 * State-dict names: `backbone.*`, `projector.*` (and `backbone2.*`, `projector2.*` with non-shared branches).
 *
 * @example
 * const net = new JointEmbedding({ backbone: "convnet", projector: "256-512-128", inChannels: 1 });
 * const { h, z } = net.embed([v1, v2]); // h: 2 × [N, 256], z: 2 × [N, 128]
 */
export class JointEmbedding extends Module {
  readonly backbone: Backbone;
  readonly projector: Projector;
  readonly backbone2: Backbone | null;
  readonly projector2: Projector | null;

  constructor(opts: { backbone: string; projector: string; inChannels: number; nonSharedBranches?: boolean; zeroInitResidual?: boolean }) {
    super();
    this.backbone = this.registerModule("backbone", buildBackbone(opts.backbone, { inChannels: opts.inChannels, zeroInitResidual: opts.zeroInitResidual }));
    this.projector = this.registerModule("projector", buildProjector(this.backbone.outDim, opts.projector));
    if (opts.nonSharedBranches) {
      this.backbone2 = this.registerModule("backbone2", buildBackbone(opts.backbone, { inChannels: opts.inChannels, zeroInitResidual: opts.zeroInitResidual }));
      this.projector2 = this.registerModule("projector2", buildProjector(this.backbone.outDim, opts.projector));
    } else {
      this.backbone2 = null;
      this.projector2 = null;
    }
  }

  get hDim(): number {
    return this.backbone.outDim;
  }
  get zDim(): number {
    return this.projector.outDim;
  }

  /** Each view through its branch (odd views through the second branch when branches are not shared). */
  embed(views: Tensor[]): { h: Tensor[]; z: Tensor[] } {
    const h: Tensor[] = [];
    const z: Tensor[] = [];
    views.forEach((v, i) => {
      const second = i % 2 === 1 && this.backbone2 !== null;
      const hi = (second ? this.backbone2! : this.backbone).forward(v); // [N, hDim]
      h.push(hi);
      z.push((second ? this.projector2! : this.projector).forward(hi)); // [N, zDim]
    });
    return { h, z };
  }

  /** The representation h of the first branch, used downstream (probes, export). */
  override forward(x: Tensor): Tensor {
    return this.backbone.forward(x);
  }
}

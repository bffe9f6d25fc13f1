/**
 * BYOL (Grill et al., NeurIPS 2020; github.com/deepmind/deepmind-research/tree/master/byol): an online network
 * (encoder, projector, predictor) predicts the projection of the other view by a target network that is an EMA of
 * the online one (τ from 0.996 to 1, cosine), with a normalised MSE. The predictor and the slow target prevent
 * collapse.
 */
import { z } from "zod";
import { buildBackbone, buildProjector, type Backbone, type Projector } from "../models/index.js";
import { byolLoss } from "../losses/index.js";
import { noGrad, type Tensor } from "../tensor/index.js";
import type { MethodDef, MethodLoss, StepContext } from "./base.js";
import { MomentumMethod, type MomentumOptions } from "./momentum.js";
import { buildPredictor, predictorSchema } from "./predictor.js";

export interface BYOLMethodOptions extends MomentumOptions {
  /** Predictor hidden widths ("none": the no-predictor ablation). */
  predictor: string;
}

/** State dict: `backbone.*`, `projector.*`, `predictor.*`, `momentum_backbone.*`, `momentum_projector.*`. */
export class BYOL extends MomentumMethod {
  readonly backbone: Backbone;
  readonly projector: Projector;
  readonly predictor: Projector | null;
  readonly targetBackbone: Backbone;
  readonly targetProjector: Projector;

  constructor(backbone: string, projector: string, inChannels: number, opts: BYOLMethodOptions) {
    super(opts);
    const bb = () => buildBackbone(backbone, { inChannels });
    // BYOL's MLPs: Linear (with bias) - BN - ReLU - Linear.
    const proj = (dim: number) => buildProjector(dim, projector, { hiddenBias: true, lastBias: true });
    this.backbone = this.registerModule("backbone", bb());
    this.projector = this.registerModule("projector", proj(this.backbone.outDim));
    const pred = buildPredictor(this.projector.outDim, opts.predictor, { hiddenBias: true });
    this.predictor = pred ? this.registerModule("predictor", pred) : null;
    this.targetBackbone = this.momentumPair("backbone", this.backbone, bb());
    this.targetProjector = this.momentumPair("projector", this.projector, proj(this.backbone.outDim));
  }

  get hDim(): number {
    return this.backbone.outDim;
  }
  get zDim(): number {
    return this.projector.outDim;
  }

  loss(views: Tensor[], ctx: StepContext): MethodLoss {
    const h = views.map((v) => this.backbone.forward(v));
    const z = h.map((x) => this.projector.forward(x));
    const p = this.predictor ? z.map((x) => this.predictor!.forward(x)) : z;
    const target = noGrad(() => views.map((v) => this.targetProjector.forward(this.targetBackbone.forward(v))));
    const { loss, terms } = byolLoss(p, target);
    return { loss, terms, h: h[0]!, stats: { tau: this.tauAt(ctx) } };
  }

  /** The online encoder, as BYOL evaluates. */
  encoder(): Backbone {
    return this.backbone;
  }

  embedding(h: Tensor): Tensor {
    return this.projector.forward(h);
  }
}

const tau = z.number().min(0).max(1);

export const byol: MethodDef<BYOLMethodOptions> = {
  name: "byol",
  title: "BYOL",
  family: "self-distillation",
  reference: "Grill et al., NeurIPS 2020; github.com/deepmind/deepmind-research (byol)",
  // The official 4096-256 projector and predictor, scaled to the small ConvNet.
  defaults: { projector: "512-128", optimizer: "adam", lr: 1e-3, weightDecay: 1e-6, views: 2, nonSharedBranches: false },
  // τ₀ = 0.99 as solo-learn's CIFAR setting (0.996 is for ImageNet's 300 epochs: over a short run the target would
  // hardly leave its random initialisation).
  options: { tauBase: 0.99, tauFinal: 1, predictor: "512" },
  optionSpecs: {
    tauBase: { schema: tau.describe("BYOL/DINO: EMA momentum τ at the start (cosine schedule to tauFinal)"), flag: true },
    tauFinal: { schema: tau.describe("BYOL/DINO: EMA momentum τ at the end"), flag: true },
    predictor: { schema: predictorSchema, flag: true },
  },
  expected: "healthy",
  why: "the predictor chases a slowly moving target network, and that asymmetry has no constant fixed point",
  genericAblations: false,
  ablations: {
    "no-predictor": {
      options: { predictor: "none" },
      expected: "total-collapse",
      summary: "predictor off: the online projection regresses directly onto the EMA target",
      why: "without the predictor the online and target networks agree on a constant (BYOL's Table 5b)",
    },
    "tau-1": {
      options: { tauBase: 1, tauFinal: 1 },
      expected: "healthy",
      summary: "τ = 1 held constant: the target stays the random initial network",
      why: "a frozen random target cannot collapse, but it is a weak teacher: features barely better than random (BYOL's Table 5a)",
    },
    "tau-0": {
      options: { tauBase: 0, tauFinal: 0 },
      expected: "total-collapse",
      summary: "τ = 0: the target is the online network itself after every step",
      why: "an instantaneous target gives up the slow-moving teacher, and BYOL reports collapse (Table 5a: 0.3 % top-1)",
    },
  },
  build: (ctx) => new BYOL(ctx.backbone, ctx.projector, ctx.inChannels, ctx.options),
};

/**
 * SimSiam (Chen & He, CVPR 2021; github.com/facebookresearch/simsiam): one encoder + projector for both views, a
 * predictor MLP on one side and a stop-gradient on the other, symmetrised negative cosine. No negatives, no
 * momentum encoder: the stop-gradient is what keeps it from collapsing (the paper's Fig. 2).
 */
import { z } from "zod";
import { buildBackbone, buildProjector, type Backbone, type Projector } from "../models/index.js";
import { simsiamLoss } from "../losses/index.js";
import type { Tensor } from "../tensor/index.js";
import { SSLMethod, type MethodDef, type MethodLoss, type StepContext } from "./base.js";
import { buildPredictor, predictorSchema } from "./predictor.js";

export interface SimSiamMethodOptions {
  /** Stop the gradient through the target branch (false: the paper's collapsing ablation). */
  stopGradient: boolean;
  /** Predictor hidden widths ("none": the no-predictor ablation). */
  predictor: string;
  /** End the projector with BatchNorm without affine parameters (the official builder.py). */
  outputBatchNorm: boolean;
}

/** State dict: `backbone.*`, `projector.*`, `predictor.*` (the official `encoder` = backbone + projector). */
export class SimSiam extends SSLMethod {
  readonly backbone: Backbone;
  readonly projector: Projector;
  readonly predictor: Projector | null;

  constructor(backbone: string, projector: string, inChannels: number, private readonly opts: SimSiamMethodOptions) {
    super();
    this.backbone = this.registerModule("backbone", buildBackbone(backbone, { inChannels }));
    // SimSiam's projector ends with a BatchNorm without affine parameters (builder.py).
    this.projector = this.registerModule("projector", buildProjector(this.backbone.outDim, projector, { lastBatchNorm: opts.outputBatchNorm }));
    const pred = buildPredictor(this.projector.outDim, opts.predictor, { hiddenBias: false });
    this.predictor = pred ? this.registerModule("predictor", pred) : null;
  }

  get hDim(): number {
    return this.backbone.outDim;
  }
  get zDim(): number {
    return this.projector.outDim;
  }

  loss(views: Tensor[], _ctx: StepContext): MethodLoss {
    const h = views.map((v) => this.backbone.forward(v)); // K × [N, hDim]
    const z = h.map((x) => this.projector.forward(x)); // K × [N, zDim]
    const p = this.predictor ? z.map((x) => this.predictor!.forward(x)) : z;
    const { loss, terms } = simsiamLoss(p, z, { stopGradient: this.opts.stopGradient });
    return { loss, terms, h: h[0]! };
  }

  encoder(): Backbone {
    return this.backbone;
  }

  embedding(h: Tensor): Tensor {
    return this.projector.forward(h);
  }
}

export const simsiam: MethodDef<SimSiamMethodOptions> = {
  name: "simsiam",
  title: "SimSiam",
  family: "self-distillation",
  reference: "Chen & He, CVPR 2021; github.com/facebookresearch/simsiam",
  // The official 2048-2048-2048 projector and 512-wide predictor bottleneck, scaled to the small ConvNet's 128-d z;
  // the official optimizer (SGD, momentum 0.9, lr 0.05 · batch/256, weight decay 1e-4). The projector's output
  // BatchNorm is off: the paper finds it optional (Table 4: 67.4 % without, 68.1 % with), and with it every channel
  // keeps unit batch variance, so the no-stop-gradient collapse shows as a rank-1 z instead of the paper's Fig. 2
  // (std of the l2-normalised output → 0). `outputBatchNorm: true` restores it.
  defaults: { projector: "512-512-128", optimizer: "sgd", lr: 0.05, weightDecay: 1e-4, views: 2, nonSharedBranches: false },
  options: { stopGradient: true, predictor: "64", outputBatchNorm: false },
  optionSpecs: {
    stopGradient: { schema: z.boolean().describe("SimSiam: stop-gradient on the target branch") },
    predictor: { schema: predictorSchema, flag: true },
    outputBatchNorm: { schema: z.boolean().describe("SimSiam: BatchNorm (no affine) on the projector's output") },
  },
  expected: "healthy",
  why: "the stop-gradient makes each step an alternating optimisation towards the other view's fixed target, which a constant does not win",
  genericAblations: false,
  ablations: {
    "no-stop-grad": {
      options: { stopGradient: false },
      expected: "total-collapse",
      summary: "stop-gradient off: both branches are optimised together, and the loss reaches −1 at a constant output",
      why: "without the stop-gradient the constant output is the global minimum of the negative cosine (the paper's Fig. 2: loss → −1, std of the normalised output → 0)",
    },
    "no-predictor": {
      options: { predictor: "none" },
      expected: "total-collapse",
      summary: "predictor off: the two branches are identical and the symmetrised loss is minimised by a constant",
      why: "with h = identity the stop-gradient loss has the same gradient as the collapsing one (the paper's Table 1a)",
    },
  },
  build: (ctx) => new SimSiam(ctx.backbone, ctx.projector, ctx.inChannels, ctx.options),
};

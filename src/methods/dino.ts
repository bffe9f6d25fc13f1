/**
 * DINO (Caron et al., ICCV 2021; github.com/facebookresearch/dino), the clustering family: a student (encoder +
 * head over K prototypes) matches the softmax of a teacher that is an EMA of it. Collapse is avoided by two
 * opposing operations on the teacher's output: centering (subtract an EMA of the batch mean, which alone collapses
 * to the uniform distribution) and sharpening (a low teacher temperature, which alone collapses to one prototype).
 */
import { z } from "zod";
import { buildBackbone, DINOHead, type Backbone } from "../models/index.js";
import { dinoLoss, dinoCenterUpdate, teacherTemperature } from "../losses/index.js";
import { dinoCollapseKind, outputEntropies } from "../metrics/index.js";
import { noGrad, zeros, type Tensor } from "../tensor/index.js";
import type { MethodDef, MethodLoss, StepContext } from "./base.js";
import type { OutputDistribution } from "../runfolder/index.js";
import { MomentumMethod, type MomentumOptions } from "./momentum.js";

export interface DINOMethodOptions extends MomentumOptions {
  /** Number of prototypes K (65,536 in the paper; smaller for a small ConvNet). */
  prototypes: number;
  /** Head MLP hidden width and bottleneck width. */
  headHidden: number;
  /** BatchNorm after each hidden layer of the head (DINO's `--use_bn_in_head`). */
  headBatchNorm: boolean;
  bottleneck: number;
  studentTemp: number;
  /** Teacher temperature after warm-up, the warm-up's start, and its length in steps. */
  teacherTemp: number;
  warmupTeacherTemp: number;
  teacherTempWarmupSteps: number;
  /** Momentum of the teacher centre (0.9); centering false keeps the centre at 0 (the no-centering ablation). */
  centerMomentum: number;
  centering: boolean;
}

/** State dict: `backbone.*`, `head.*`, `momentum_backbone.*`, `momentum_head.*`, `center`. */
export class DINO extends MomentumMethod {
  readonly backbone: Backbone;
  readonly head: DINOHead;
  readonly teacherBackbone: Backbone;
  readonly teacherHead: DINOHead;

  constructor(backbone: string, inChannels: number, private readonly opts: DINOMethodOptions) {
    super(opts);
    const bb = () => buildBackbone(backbone, { inChannels });
    this.backbone = this.registerModule("backbone", bb());
    const head = () => new DINOHead(this.backbone.outDim, opts.prototypes, { hiddenDim: opts.headHidden, bottleneckDim: opts.bottleneck, useBn: opts.headBatchNorm });
    this.head = this.registerModule("head", head());
    this.teacherBackbone = this.momentumPair("backbone", this.backbone, bb());
    this.teacherHead = this.momentumPair("head", this.head, head());
    this.registerBuffer("center", zeros([1, opts.prototypes]));
  }

  get hDim(): number {
    return this.backbone.outDim;
  }
  get zDim(): number {
    return this.opts.bottleneck;
  }

  private get center(): Tensor {
    return this.buffer("center");
  }

  private temperature(step: number): number {
    const o = this.opts;
    return teacherTemperature(step, { warmupTemp: o.warmupTeacherTemp, temp: o.teacherTemp, warmupSteps: o.teacherTempWarmupSteps });
  }

  loss(views: Tensor[], ctx: StepContext): MethodLoss {
    const h = views.map((v) => this.backbone.forward(v));
    const student = h.map((x) => this.head.forward(x)); // K views × [N, prototypes]
    // The teacher sees the two global views only (multi-crop: the student sees every view).
    const teacher = noGrad(() => views.slice(0, 2).map((v) => this.teacherHead.forward(this.teacherBackbone.forward(v))));
    const teacherTemp = this.temperature(ctx.step);
    const { loss, terms } = dinoLoss(student, teacher, this.center, { studentTemp: this.opts.studentTemp, teacherTemp });
    if (this.opts.centering) {
      // The centre is the EMA of the teacher's batch mean over every rank (DINO all-reduces it).
      noGrad(() => this.center.copy_(dinoCenterUpdate(this.center, teacher, this.opts.centerMomentum, ctx.allReduceSum)));
    }
    return { loss, terms, h: h[0]!, stats: { tau: this.tauAt(ctx), teacherTemp } };
  }

  /** The teacher's encoder: DINO evaluates the teacher. */
  encoder(): Backbone {
    return this.teacherBackbone;
  }

  /** The bottleneck the prototypes act on, of the teacher (whose encoder is the exported one). */
  embedding(h: Tensor): Tensor {
    return this.teacherHead.mlp.forward(h);
  }

  /** The teacher's output distribution on the probe: the paper's two collapse modes (Sec. 5.3, Fig. 7). */
  override probeExtras(x: Tensor): OutputDistribution {
    const logits = this.teacherHead.forward(this.teacherBackbone.forward(x));
    // In float64: a sharpened output is nearly one-hot, and float32 rows miss a sum of 1 by ~1e-6.
    const probs = logits.to("float64").sub(this.center.to("float64")).div(this.opts.teacherTemp).softmax(1);
    const e = outputEntropies(probs);
    return { ...e, mode: dinoCollapseKind(e) };
  }
}

export const dino: MethodDef<DINOMethodOptions> = {
  name: "dino",
  title: "DINO",
  family: "clustering",
  reference: "Caron et al., ICCV 2021; github.com/facebookresearch/dino",
  // τ₀ = 0.99 rather than the paper's 0.996 for the same reason as BYOL's (short runs). BatchNorm in the head's
  // hidden layers (the official `--use_bn_in_head`): without it the small ConvNet's bottleneck collapsed to one
  // direction within 40 steps and centering flattened the output to uniform (measured: mean entropy 6.77 of
  // log 1024 = 6.93 at step 40; with it 3.9 per image, 5.5 for the mean output, at step 80).
  defaults: { projector: "none", optimizer: "adam", lr: 1e-3, weightDecay: 1e-6, views: 2, nonSharedBranches: false },
  options: {
    tauBase: 0.99, tauFinal: 1, prototypes: 1024, headHidden: 512, headBatchNorm: true, bottleneck: 128,
    studentTemp: 0.1, teacherTemp: 0.04, warmupTeacherTemp: 0.04, teacherTempWarmupSteps: 0,
    centerMomentum: 0.9, centering: true,
  },
  optionSpecs: {
    tauBase: { schema: z.number().min(0).max(1).describe("BYOL/DINO: EMA momentum τ at the start (cosine schedule to tauFinal)"), flag: true },
    tauFinal: { schema: z.number().min(0).max(1).describe("BYOL/DINO: EMA momentum τ at the end"), flag: true },
    prototypes: { schema: z.number().int().min(2).describe("DINO: number of prototypes K"), flag: true },
    headHidden: { schema: z.number().int().positive().describe("DINO: head MLP hidden width") },
    headBatchNorm: { schema: z.boolean().describe("DINO: BatchNorm in the head's hidden layers (--use_bn_in_head)") },
    bottleneck: { schema: z.number().int().positive().describe("DINO: head bottleneck width") },
    studentTemp: { schema: z.number().positive().describe("DINO: student temperature"), flag: true },
    teacherTemp: { schema: z.number().positive().describe("DINO: teacher temperature after warm-up"), flag: true },
    warmupTeacherTemp: { schema: z.number().positive().describe("DINO: teacher temperature at the start of the warm-up") },
    teacherTempWarmupSteps: { schema: z.number().int().min(0).describe("DINO: teacher temperature warm-up steps") },
    centerMomentum: { schema: z.number().min(0).max(1).describe("DINO: momentum of the teacher centre") },
    centering: { schema: z.boolean().describe("DINO: teacher centering on/off") },
  },
  expected: "healthy",
  why: "centering (which alone flattens the output to uniform) and sharpening (which alone concentrates it on one prototype) balance each other",
  genericAblations: false,
  ablations: {
    "no-centering": {
      options: { centering: false },
      expected: "total-collapse",
      summary: "teacher centering off: sharpening alone lets one prototype dominate for every image",
      why: "sharpening without centering collapses the output onto one dimension (the paper's Fig. 7: entropy → 0)",
    },
    "no-sharpening": {
      options: { teacherTemp: 0.1, warmupTeacherTemp: 0.1 },
      expected: "total-collapse",
      summary: "teacher sharpening off (teacher temperature = student temperature 0.1): centering alone",
      why: "centering without sharpening flattens the output to the uniform distribution for every image (the paper's Fig. 7: entropy → log K)",
    },
  },
  build: (ctx) => new DINO(ctx.backbone, ctx.inChannels, ctx.options),
};

/**
 * The default base: the poster's joint-embedding network (views → encoder f → h → projector g → z, one branch per
 * view, shared or not) with a loss that is a function of the K views' embeddings. Barlow Twins, VICReg, W-MSE,
 * SimCLR, IB log-det and the invariance-only control are thin definitions on it ({@link jointEmbeddingMethod}).
 */
import { buildBackbone, buildProjector, type Backbone, type Projector } from "../models/index.js";
import { computeLoss, type LossName, type LossResult } from "../losses/index.js";
import type { Tensor } from "../tensor/index.js";
import { SSLMethod, type MethodDef, type MethodLoss, type StepContext } from "./base.js";

export interface JointEmbeddingOptions {
  backbone: string;
  projector: string;
  inChannels: number;
  nonSharedBranches?: boolean;
  zeroInitResidual?: boolean;
  /** The loss of the K views' embeddings z (each [N, zDim], gathered over ranks). Without it `loss()` throws. */
  loss?: (z: Tensor[]) => LossResult;
}

/**
 * The joint-embedding network and method. State-dict names: `backbone.*`, `projector.*` (and `backbone2.*`,
 * `projector2.*` with non-shared branches).
 *
 * @example
 * const net = new JointEmbedding({ backbone: "convnet", projector: "256-512-128", inChannels: 1 });
 * const { h, z } = net.embed([v1, v2]); // h: 2 × [N, 256], z: 2 × [N, 128]
 */
export class JointEmbedding extends SSLMethod {
  readonly backbone: Backbone;
  readonly projector: Projector;
  readonly backbone2: Backbone | null;
  readonly projector2: Projector | null;
  private readonly lossOfViews: ((z: Tensor[]) => LossResult) | null;

  constructor(opts: JointEmbeddingOptions) {
    super();
    const bb = () => buildBackbone(opts.backbone, { inChannels: opts.inChannels, zeroInitResidual: opts.zeroInitResidual });
    this.backbone = this.registerModule("backbone", bb());
    this.projector = this.registerModule("projector", buildProjector(this.backbone.outDim, opts.projector));
    this.backbone2 = opts.nonSharedBranches ? this.registerModule("backbone2", bb()) : null;
    this.projector2 = opts.nonSharedBranches ? this.registerModule("projector2", buildProjector(this.backbone.outDim, opts.projector)) : null;
    this.lossOfViews = opts.loss ?? null;
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

  loss(views: Tensor[], ctx: StepContext): MethodLoss {
    if (!this.lossOfViews) throw new Error("this JointEmbedding was built without a loss");
    const { h, z } = this.embed(views);
    // Batch statistics (cross-correlation, variance/covariance, whitening, negatives) over the global batch.
    const { loss, terms } = this.lossOfViews(z.map(ctx.gather));
    return { loss, terms, h: h[0]! };
  }

  encoder(): Backbone {
    return this.backbone;
  }

  embedding(h: Tensor): Tensor {
    return this.projector.forward(h);
  }
}

/** A method definition on the joint-embedding base whose loss is the registry loss `loss` with the method's options. */
export function jointEmbeddingMethod<O extends object>(def: Omit<MethodDef<O>, "build">, loss: LossName): MethodDef<O> {
  return {
    ...def,
    build: (ctx) =>
      new JointEmbedding({
        backbone: ctx.backbone,
        projector: ctx.projector,
        inChannels: ctx.inChannels,
        nonSharedBranches: ctx.nonSharedBranches,
        loss: (z) => computeLoss(loss, z, ctx.options as never),
      }),
  };
}

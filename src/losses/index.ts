/**
 * The self-supervised losses, one pure function per file, and a registry keyed by the CLI's `--method` names.
 *
 * Every loss takes K ≥ 2 views `[N, D]` (row b of each view is the same sample) and its options (defaults from the
 * official code) and returns `{ loss, terms }`: a differentiable scalar in the views' dtype and its named,
 * unweighted parts.
 *
 * @example
 * import { LOSSES, getLoss } from "nocollapse";
 * const { loss, terms } = LOSSES.vicreg.fn([z1, z2], { stdCoeff: 0 });
 * const bt = getLoss("barlow-twins");                 // throws InputError for an unknown name
 * bt.fn([z1, z2], { lambda: 0.01 });
 */
import type { Tensor } from "../tensor/index.js";
import { InputError } from "../util/errors.js";
import { barlowTwinsLoss, BARLOW_TWINS_DEFAULTS, type BarlowTwinsOptions } from "./barlow-twins.js";
import { vicregLoss, VICREG_DEFAULTS, type VICRegOptions } from "./vicreg.js";
import { wmseLoss, WMSE_DEFAULTS, type WMSEOptions } from "./wmse.js";
import { infonceLoss, INFONCE_DEFAULTS, type InfoNCEOptions } from "./infonce.js";
import { ibLogdetLoss, IB_LOGDET_DEFAULTS, type IBLogdetOptions } from "./ib-logdet.js";
import { invarianceLoss, INVARIANCE_DEFAULTS, type InvarianceOptions } from "./invariance.js";
import type { LossResult } from "./common.js";

// Explicit re-exports: the package entry re-exports this file next to other layers, so generic helper names
// (covariance, centre, ...) stay private to the folder.
export type { LossResult, LossFunction } from "./common.js";
export { barlowTwinsLoss, BARLOW_TWINS_DEFAULTS, type BarlowTwinsOptions } from "./barlow-twins.js";
export { vicregLoss, VICREG_DEFAULTS, type VICRegOptions } from "./vicreg.js";
export { wmseLoss, WMSE_DEFAULTS, SingularCovarianceError, type WMSEOptions } from "./wmse.js";
export { infonceLoss, INFONCE_DEFAULTS, type InfoNCEOptions } from "./infonce.js";
export { ibLogdetLoss, IB_LOGDET_DEFAULTS, type IBLogdetOptions } from "./ib-logdet.js";
export { invarianceLoss, INVARIANCE_DEFAULTS, type InvarianceOptions } from "./invariance.js";
// Predictor / teacher-student losses: their signatures differ from the K-views losses, so they are not in LOSSES.
export { simsiamLoss, SIMSIAM_DEFAULTS, type SimSiamOptions } from "./simsiam.js";
export { byolLoss, byolL2Normalize, BYOL_DEFAULTS, type BYOLOptions } from "./byol.js";
export {
  dinoLoss, dinoCenterUpdate, teacherTemperature, DINO_DEFAULTS, TEACHER_TEMP_DEFAULTS,
  type DINOOptions, type TeacherTempSchedule, type AllReduceSum,
} from "./dino.js";

/** Each method name and its options. */
export interface LossOptionsByName {
  "barlow-twins": BarlowTwinsOptions;
  vicreg: VICRegOptions;
  wmse: WMSEOptions;
  infonce: InfoNCEOptions;
  "ib-logdet": IBLogdetOptions;
  invariance: InvarianceOptions;
}

/** A method name accepted by `--method`. */
export type LossName = keyof LossOptionsByName;

/** A registry entry: the function, its defaults, the names of the terms it reports, and a one-line summary. */
export interface LossEntry<O> {
  name: LossName;
  fn: (views: Tensor[], opts?: Partial<O>) => LossResult;
  defaults: Readonly<O>;
  terms: readonly string[];
  summary: string;
}

export type LossRegistry = { readonly [K in LossName]: LossEntry<LossOptionsByName[K]> };

export const LOSSES: LossRegistry = Object.freeze({
  "barlow-twins": {
    name: "barlow-twins", fn: barlowTwinsLoss, defaults: BARLOW_TWINS_DEFAULTS, terms: ["onDiagonal", "offDiagonal"],
    summary: "cross-correlation of batch-standardised views towards the identity",
  },
  vicreg: {
    name: "vicreg", fn: vicregLoss, defaults: VICREG_DEFAULTS, terms: ["invariance", "variance", "covariance"],
    summary: "invariance + per-view variance hinge + per-view covariance decorrelation",
  },
  wmse: {
    name: "wmse", fn: wmseLoss, defaults: WMSE_DEFAULTS, terms: ["invariance"],
    summary: "normalised MSE between Cholesky-whitened views",
  },
  infonce: {
    name: "infonce", fn: infonceLoss, defaults: INFONCE_DEFAULTS, terms: ["alignment", "uniformity"],
    summary: "SimCLR NT-Xent: contrastive cross-entropy over the 2N embeddings",
  },
  "ib-logdet": {
    name: "ib-logdet", fn: ibLogdetLoss, defaults: IB_LOGDET_DEFAULTS, terms: ["invariance", "logDet"],
    summary: "invariance MSE minus lambda times the per-dimension log-det of each view's covariance",
  },
  invariance: {
    name: "invariance", fn: invarianceLoss, defaults: INVARIANCE_DEFAULTS, terms: ["invariance"],
    summary: "MSE between views only (collapses: the control)",
  },
});

export const LOSS_NAMES = Object.keys(LOSSES) as LossName[];

export function isLossName(s: string): s is LossName {
  return Object.prototype.hasOwnProperty.call(LOSSES, s);
}

/** The registry entry for `name`; an unknown name throws an {@link InputError} listing the known ones. */
export function getLoss<K extends LossName>(name: K): LossRegistry[K];
export function getLoss(name: string): LossRegistry[LossName];
export function getLoss(name: string): LossRegistry[LossName] {
  if (!isLossName(name)) throw new InputError("method", `unknown loss '${name}' (expected one of ${LOSS_NAMES.join(", ")})`);
  return LOSSES[name];
}

/** Runs the loss `name` with options whose type depends on the name. */
export function computeLoss<K extends LossName>(name: K, views: Tensor[], opts?: Partial<LossOptionsByName[K]>): LossResult {
  const entry = getLoss(name) as LossEntry<LossOptionsByName[K]>;
  return entry.fn(views, opts);
}

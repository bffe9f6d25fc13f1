/** Optimizers (as torch.optim, plus Barlow Twins' LARS) and learning-rate schedules. */
export { Optimizer, type NamedParams, type BaseOptions, type GroupSpec, type ParamGroup, type OptimizerState, type ParamState } from "./optimizer.js";
export { SGD, type SGDOptions } from "./sgd.js";
export { Adam, AdamW, type AdamOptions } from "./adam.js";
export { LARS, barlowTwinsGroups, type LARSOptions } from "./lars.js";
export { WarmupCosine, ConstantLr, type LrSchedule, type WarmupCosineOptions } from "./schedule.js";
export { GradScaler, type GradScalerOptions, type GradScalerState } from "./grad-scaler.js";

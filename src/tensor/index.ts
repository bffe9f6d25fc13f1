/** The tensor layer: libtorch tensors with types, memory scopes and typed errors. */
export * from "./tensor.js";
export * from "./dtype.js";
export * from "./device.js";
export { TorchError, backstopFreedCount, tidy, tidyAsync, keep, memory, noGrad, setNumThreads, getNumThreads, manualSeed, torchVersion, cuda } from "./runtime.js";
export * as aten from "./ops.generated.js";
export type { Scalar } from "./ops.generated.js";
export * from "./io/index.js";

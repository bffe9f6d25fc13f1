/** Neural-network modules with PyTorch's names, state dicts and default initialisation. */
export { Module, type StateDict, type ModuleToOptions } from "./module.js";
export { Linear, Conv2d, BatchNormBase, BatchNorm1d, BatchNorm2d, ReLU, GELU, MaxPool2d, AdaptiveAvgPool2d, Flatten, Identity, Sequential, pipe, type Conv2dOptions, type BatchNormOptions, type LayerOptions } from "./layers.js";
export { fans, uniform_, normal_, constant_, kaimingUniform_, kaimingNormal_ } from "./init.js";

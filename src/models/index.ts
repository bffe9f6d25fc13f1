/** Backbones (f: x → h), projectors (g: h → z) and the DINO head. */
export { buildBackbone, BACKBONES, DEFAULT_BACKBONE, type Backbone, type BackboneName, type BackboneOptions } from "./registry.js";
export { ConvNet } from "./convnet.js";
export { ResNet, BasicBlock, Bottleneck, resnet18, resnet18Cifar, resnet50, type ResNetOptions } from "./resnet.js";
export { Projector, buildProjector, parseWidths, type ProjectorOptions } from "./projector.js";
export { DINOHead, WeightNormLinear, truncNormal_, type DINOHeadOptions } from "./dino-head.js";

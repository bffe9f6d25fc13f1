/**
 * Batched augmentations on tensors with per-sample, seeded parameters, and the standard SSL presets.
 *
 * @example
 * const [v1, v2] = augmentViews(images, indices, fashionMnistPreset(), { seed: 0, epoch });
 */
export * from "./ops.js";
export * from "./pipeline.js";
export * from "./presets.js";
export * from "./transform.js";

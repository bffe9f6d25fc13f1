/** Training: config, the loop, checkpoints and the probe. */
export * from "./config.js";
export * from "./train.js";
export * from "./checkpoint.js";
export * from "./probe.js";
export * from "./evaluate.js";

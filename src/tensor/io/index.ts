export * from "./npy.js";
export * from "./safetensors.js";

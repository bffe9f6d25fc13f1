/** Scale-out on libtorch's c10d: the torchrun environment, process groups, data parallelism, the local launcher. */
export * from "./env.js";
export * from "./group.js";
export * from "./ddp.js";
export * from "./launch.js";

/**
 * Collapse metrics and diagnosis (the poster's "Tools for Avoiding Collapses" plus RankMe, α-ReQ, LiDAR): pure
 * functions of embedding tensors, accumulated in float64, streamable over files of any size.
 *
 * @example
 * import { analyzeEmbeddings } from "nocollapse";
 * const r = analyzeEmbeddings(z);     // { effectiveRank, entropy, ..., diagnosis, explanation, spectrum }
 */
export * from "./analyze.js";
export * from "./csv.js";
export * from "./diagnose.js";
export * from "./lidar.js";
export * from "./moments.js";
export * from "./output.js";
export * from "./pair.js";
export * from "./source.js";
export * from "./spectral.js";
export * from "./weights.js";

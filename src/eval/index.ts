/** Evaluation of frozen representations: linear probe and weighted kNN. */
export * from "./linear-probe.js";
export * from "./knn.js";

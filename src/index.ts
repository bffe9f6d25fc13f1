/** The public API of nocollapse. Each layer appends its export line. */
export * from "./losses/index.js";
export * from "./metrics/index.js";

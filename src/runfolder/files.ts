// The file names of a run folder, apart from index.ts so that lock.ts can import them without a cycle.
/** File names of a run folder. */
export const RUN_FILES = {
  config: "config.json",
  metrics: "metrics.jsonl",
  status: "status.json",
  checkpoint: "checkpoint.safetensors",
  checkpointJson: "checkpoint.json",
  encoder: "encoder.safetensors",
  probeInit: "probe-init.json",
  /** h, z (float32) and labels of the probe images at the end of the run: \`analyze\` them with \`--key h\`. */
  probeEmbeddings: "probe-embeddings.safetensors",
  eval: "eval.json",
  evalRandom: "eval-random.json",
  study: "study.json",
  /** Held by the process that owns the folder (see lock.ts). */
  lock: ".lock",
} as const;

/**
 * The public API of nocollapse: everything the CLI does is a typed function here first.
 *
 * @example
 * import { train, evaluateRun, analyzeEmbeddings, readNpy } from "nocollapse";
 * const run = await train({ method: "vicreg", maxSteps: 200, out: "runs/vicreg" });
 * console.log(run.probe?.z.diagnosis, (await evaluateRun("runs/vicreg")).linearTop1);
 * console.log(analyzeEmbeddings(readNpy("embeddings.npy")).explanation);
 */
export * from "./tensor/index.js";
export { InputError, RunError } from "./util/errors.js";
export * as nn from "./nn/index.js";
export * as optim from "./optim/index.js";
export { loadDataset, Loader, DATASET_NAMES, type DatasetName, type ImageDataset, type DatasetSplits, type Batch, type LoaderState } from "./data/index.js";
export { augmentViews, presetFor, fashionMnistPreset, cifarPreset, imagenetPreset, viewTransform, type Pipeline, type ViewSpec } from "./augment/index.js";
export { buildBackbone, buildProjector, BACKBONES, type Backbone } from "./models/index.js";
export * from "./losses/index.js";
export * from "./metrics/index.js";
export { METHODS, METHOD_NAMES, getMethod, JointEmbedding, type MethodName, type MethodDef, SSLMethod, studyRuns } from "./methods/index.js";
export { fitLinearProbe, knnAccuracy, type LinearProbe, type LinearProbeOptions, type KnnOptions } from "./eval/index.js";
export {
  train, evaluateRun, parseConfig, resolveConfig, TrainConfigSchema, runProbe,
  type TrainConfig, type TrainConfigInput, type ResolvedConfig, type TrainHooks, type TrainResult, type CollapseWarning,
  type EvalOptions, type EvalResult, type ProbeReport,
} from "./trainer/index.js";
export {
  readRun, readRuns, listRunDirs, parseMetricsText, summaryFromRuns, expectedOutcome,
  spectrumRows, seriesRows, lossRows, accuracyRows, spectraSpec, seriesSpec, lossSpec, accuracySpec,
  specToSvg, svgToPng, specToPng, writeStudyReport, studyText,
  type RunData, type ProbeStats, type RunStatus, type Summary, type StudyRunSummary, type StudyBaseline,
  type StudyMethod, type StudyAblation, type StudyReportFiles,
} from "./report/index.js"; // report layer (explicit names: no clashes with other layers' export *)
export { runStudy, STUDY_RUNS, STUDY_PRESETS, type StudyOptions, type StudyResult } from "./study/study.js";
export type { MetricsLine } from "./trainer/index.js";
export { startDashboard, RunsWatcher, MetricsFollower, type Dashboard, type DashboardOptions } from "./serve/index.js";

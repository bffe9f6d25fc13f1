/** The public API of nocollapse. Each layer appends its export line. */
export * from "./losses/index.js";
export * from "./metrics/index.js";
export {
  readRun, readRuns, listRunDirs, parseMetricsText, summaryFromRuns, expectedOutcome,
  spectrumRows, seriesRows, lossRows, accuracyRows, spectraSpec, seriesSpec, lossSpec, accuracySpec,
  specToSvg, svgToPng, specToPng, writeStudyReport, studyText,
  type RunData, type MetricsLine, type ProbeStats, type RunStatus, type Summary, type StudyRunSummary, type StudyBaseline,
  type StudyMethod, type StudyAblation, type StudyReportFiles,
} from "./report/index.js"; // report layer (explicit names: no clashes with other layers' export *)
export { startDashboard, RunsWatcher, MetricsFollower, type Dashboard, type DashboardOptions } from "./serve/index.js";

/** Report layer: run-folder reading, Vega-Lite specs, SVG/PNG rendering, the study report. */
export * from "./types.js";
export { readRun, readRuns, listRunDirs, parseMetricsLine, parseMetricsText } from "./read.js";
export * from "./summary.js";
export * from "./specs.js";
export { specToSvg, svgToPng, specToPng, toVega, availableFontFiles } from "./render.js";
export { writeStudyReport, esc as escapeHtml, studyText, reportFigures, observedOutcome, type ReportFigure, type ReportSection, type StudyReportFiles } from "./study-report.js";

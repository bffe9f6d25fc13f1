/** Serve layer: the live dashboard server and its run-folder watcher. */
export { startDashboard, safeSegments, staticDir, isLoopbackHost, hostOfHeader, streamOpenFile, type Dashboard, type DashboardOptions } from "./server.js";
export { RunsWatcher, batchOf, type RunInfo, type Snapshot, type WatcherEvent, type WatcherOptions } from "./watcher.js";
export { RunHistory, Thinned, piecesOf, batchOfPieces, type LinesBatch, type LineInfo, type LinePieces, type HistoryLimits, type HistorySummary } from "./history.js";
export { MetricsFollower, type FollowResult, type FollowOptions } from "./follow.js";

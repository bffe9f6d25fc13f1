/** Serve layer: the live dashboard server and its run-folder watcher. */
export { startDashboard, safeSegments, staticDir, type Dashboard, type DashboardOptions } from "./server.js";
export { RunsWatcher, batchOf, type LinesBatch, type LineInfo, type RunInfo, type Snapshot, type WatcherEvent } from "./watcher.js";
export { MetricsFollower, type FollowResult } from "./follow.js";

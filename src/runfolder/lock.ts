/**
 * One process owns a run folder at a time. The owner holds `DIR/.lock` (created exclusively) with its pid, host and
 * start time; a second trainer is refused with a message naming the owner. A lock left by a process that died
 * (kill -9, power loss) is stale and taken over: on the same host its pid is gone, or the pid now belongs to a
 * process started after the lock was written (pid reuse).
 */
import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from "node:fs";
import { join } from "node:path";
import { hostname } from "node:os";
import { InputError } from "../util/errors.js";
import { RUN_FILES } from "./files.js";

/** What `DIR/.lock` holds. */
export interface LockOwner {
  pid: number;
  host: string;
  /** ISO time the lock was taken. */
  since: string;
}

/** A held lock: `release()` removes it (only if it is still ours). */
export interface RunLock {
  path: string;
  release(): void;
}

/**
 * Takes the run folder's lock or throws an InputError naming the process that holds it.
 *
 * @example
 * const lock = lockRunFolder("runs/bt");
 * try { ... } finally { lock.release(); }
 */
export function lockRunFolder(dir: string): RunLock {
  const path = join(dir, RUN_FILES.lock);
  const me: LockOwner = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(path, "wx", 0o644);
      try {
        writeSync(fd, JSON.stringify(me) + "\n");
      } finally {
        closeSync(fd);
      }
      return { path, release: () => releaseIfOurs(path, me) };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
    }
    const owner = readOwner(path);
    if (owner && !isStale(owner)) {
      const where = owner.host === me.host ? `pid ${owner.pid}` : `pid ${owner.pid} on ${owner.host}`;
      throw new InputError(dir, `is in use by another run (${where}, since ${owner.since}); wait for it to finish, or use another --out` +
        (owner.host === me.host ? "" : ` (if that process is gone, delete ${path})`));
    }
    try {
      unlinkSync(path); // stale (or unreadable): take it over
    } catch {
      // another process removed it first: try again
    }
  }
  throw new InputError(dir, `could not take the run folder's lock ${path}`);
}

function readOwner(path: string): LockOwner | null {
  try {
    const v = JSON.parse(readFileSync(path, "utf8")) as Partial<LockOwner>;
    if (typeof v.pid === "number" && typeof v.host === "string" && typeof v.since === "string") return v as LockOwner;
  } catch {
    // half-written by a process killed between create and write: stale
  }
  return null;
}

/** A lock is stale when its process is gone; only a lock of this host can be checked. */
function isStale(o: LockOwner): boolean {
  if (o.host !== hostname()) return false;
  if (o.pid === process.pid) return false;
  try {
    process.kill(o.pid, 0);
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "ESRCH";
  }
  // The pid is alive: it is the owner unless it was started after the lock was taken (the pid was reused).
  const started = processStart(o.pid);
  return started !== null && started > Date.parse(o.since) + 1000;
}

/** Start time (ms since the epoch) of a process, from /proc; null where /proc does not tell. */
function processStart(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const ticks = Number(fields[19]); // field 22: starttime, in clock ticks after boot
    const uptime = Number(readFileSync("/proc/uptime", "utf8").split(" ")[0]);
    if (!Number.isFinite(ticks) || !Number.isFinite(uptime)) return null;
    return Date.now() - (uptime - ticks / 100) * 1000; // USER_HZ is 100 on Linux
  } catch {
    return null;
  }
}

function releaseIfOurs(path: string, me: LockOwner): void {
  const o = readOwner(path);
  if (o && o.pid === me.pid && o.host === me.host && o.since === me.since) {
    try {
      unlinkSync(path);
    } catch {
      // already gone
    }
  }
}

/**
 * Waiting in end-to-end tests: on a condition over files or events, never on a fixed clock. A wait has no deadline
 * of its own (the test's timeout is the only bound, so a loaded machine makes a test slower, not red); it fails at
 * once when a process it depends on exits first, naming what it was waiting for.
 *
 * @example
 * const child = spawn(process.execPath, [BIN, "train", ...]);
 * await waitUntil("a checkpoint past step 8", () => checkpointStep(dir) >= 8, { process: child });
 */
import type { ChildProcess } from "node:child_process";

export interface WaitOptions {
  /** Fail as soon as this process has exited while the condition is still false. */
  process?: ChildProcess;
  /** How often the condition is polled (ms); default 50. */
  everyMs?: number;
}

/** Resolves once `ok()` is true (exceptions from `ok` count as false: a file not written yet). */
export async function waitUntil(what: string, ok: () => boolean, opts: WaitOptions = {}): Promise<void> {
  const every = opts.everyMs ?? 50;
  const holds = (): boolean => {
    try {
      return ok();
    } catch {
      return false;
    }
  };
  while (!holds()) {
    const p = opts.process;
    if (p && (p.exitCode !== null || p.signalCode !== null)) {
      if (holds()) return;
      throw new Error(`process ${p.pid} exited (${p.exitCode ?? p.signalCode}) before ${what}`);
    }
    await new Promise((r) => setTimeout(r, every));
  }
}

/** Resolves with the exit code once `p` has exited (at once if it already has). */
export function exited(p: ChildProcess): Promise<number | null> {
  if (p.exitCode !== null || p.signalCode !== null) return Promise.resolve(p.exitCode);
  return new Promise((r) => p.once("exit", (code) => r(code)));
}

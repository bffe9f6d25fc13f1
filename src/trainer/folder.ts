/**
 * Claiming the run folder before anything is written: one process at a time (runfolder/lock.ts), and never a silent
 * replacement of an earlier run. An existing run is continued with `--resume` or replaced with `--overwrite`, which
 * removes every file the old run derived (so no stale eval.json describes the new model).
 */
import { existsSync, mkdirSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { InputError } from "../util/errors.js";
import { RUN_FILES, lockRunFolder, readStatus, type RunLock } from "../runfolder/index.js";

/** Files a training run writes or derives (the study's own study.json stays: the study decides about it). */
const DERIVED = [
  RUN_FILES.config, RUN_FILES.metrics, RUN_FILES.status, RUN_FILES.checkpoint, RUN_FILES.checkpointJson, RUN_FILES.encoder,
  RUN_FILES.probeInit, RUN_FILES.eval, RUN_FILES.evalRandom,
] as const;

export interface ClaimOptions {
  resume: boolean;
  overwrite: boolean;
  say: (s: string) => void;
}

/**
 * Creates (if needed) and locks `out`; refuses an existing run unless resumed or overwritten.
 * @throws InputError naming the folder and the flag to use.
 */
export function claimRunFolder(out: string, opts: ClaimOptions): RunLock {
  if (existsSync(out) && !statSync(out).isDirectory()) throw new InputError("--out", `${out} is a file, not a run folder`);
  try {
    mkdirSync(out, { recursive: true });
  } catch (e) {
    throw new InputError("--out", `cannot create the run folder ${out} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  const lock = lockRunFolder(out);
  try {
    const holdsRun = [RUN_FILES.metrics, RUN_FILES.checkpoint, RUN_FILES.config].some((f) => existsSync(join(out, f)));
    const hasCheckpoint = existsSync(join(out, RUN_FILES.checkpoint));
    if (opts.resume && hasCheckpoint) return lock;
    if (holdsRun && !opts.resume && !opts.overwrite) {
      const st = readStatus(out);
      const what = st ? ` (${st.state} at step ${st.step ?? "?"} of ${st.maxSteps ?? "?"})` : "";
      throw new InputError(out, `already holds a run${what}; pass --resume to continue it, or --overwrite to delete it and start over`);
    }
    if (opts.resume && holdsRun) opts.say(`${out} has no checkpoint yet (the run stopped before its first one): starting over from step 0`);
    else if (opts.resume) opts.say(`${out} has no checkpoint: starting a new run`);
    for (const f of DERIVED) rmSync(join(out, f), { force: true });
    return lock;
  } catch (e) {
    lock.release();
    throw e;
  }
}

/**
 * Checkpoints: one safetensors file holding the model (`model.<PyTorch name>`), the optimizer state
 * (`optim.<param>.<slot>`) and, in its metadata, everything else a resume needs (step, loader position, optimizer
 * scalars, collapse-tracking state). One file, written atomically (temp, fsync, rename), so a `kill -9` at any
 * moment leaves either the previous checkpoint or the new one, never a mix. `checkpoint.json` is a readable copy of
 * the metadata, written after it.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { readSafetensors, writeSafetensors, inspectSafetensors, type Tensor } from "../tensor/index.js";
import { writeFileAtomic } from "../util/fs.js";
import { InputError } from "../util/errors.js";
import type { LoaderState } from "../data/index.js";

export const CHECKPOINT_FILE = "checkpoint.safetensors";

/** What a resume needs besides tensors. */
export interface CheckpointState {
  version: 1;
  /** Optimizer steps done. */
  step: number;
  loader: LoaderState;
  optimizerScalars: Record<string, number>;
  /** Seconds of training done before this checkpoint (so resumed runs report total time). */
  seconds: number;
  /** Last diagnosis of h and z, and the first collapse warning, so warnings are not repeated after a resume. */
  lastDiagnosis: { h: string; z: string };
  collapseStep: number | null;
  /** Peak trace(C) of h and z on the probe so far (the "shrinking to a point" rule needs it after a resume). */
  peaks?: { h: { peakTrace: number; peakStep: number }; z: { peakTrace: number; peakStep: number } };
  /** Identity of the run: a resume with a different config is refused. */
  fingerprint: string;
}

export function checkpointPath(dir: string): string {
  return join(dir, CHECKPOINT_FILE);
}

export function saveCheckpoint(dir: string, model: Map<string, Tensor>, optim: Map<string, Tensor>, state: CheckpointState): void {
  const tensors = new Map<string, Tensor>();
  for (const [k, t] of model) tensors.set(`model.${k}`, t);
  for (const [k, t] of optim) tensors.set(`optim.${k}`, t);
  const meta = JSON.stringify(state);
  writeSafetensors(checkpointPath(dir), tensors, { format: "pt", nocollapse: meta });
  writeFileAtomic(join(dir, "checkpoint.json"), JSON.stringify(state, null, 2) + "\n");
}

/** Loads a checkpoint, or null when the run folder has none. */
export function loadCheckpoint(dir: string): { model: Map<string, Tensor>; optim: Map<string, Tensor>; state: CheckpointState } | null {
  const path = checkpointPath(dir);
  if (!existsSync(path)) return null;
  const header = inspectSafetensors(path);
  const raw = header.metadata.nocollapse;
  if (!raw) throw new InputError(path, "not a nocollapse checkpoint (no 'nocollapse' metadata)");
  let state: CheckpointState;
  try {
    state = JSON.parse(raw) as CheckpointState;
  } catch {
    throw new InputError(path, "checkpoint metadata is not valid JSON");
  }
  if (state.version !== 1) throw new InputError(path, `checkpoint version ${String(state.version)} is not supported (expected 1)`);
  const all = readSafetensors(path);
  const model = new Map<string, Tensor>();
  const optim = new Map<string, Tensor>();
  for (const [k, t] of all) {
    if (k.startsWith("model.")) model.set(k.slice(6), t);
    else if (k.startsWith("optim.")) optim.set(k.slice(6), t);
    else t.dispose();
  }
  return { model, optim, state };
}

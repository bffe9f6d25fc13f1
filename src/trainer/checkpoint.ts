/**
 * Checkpoints: one safetensors file holding the method's networks (`model.<PyTorch name>`, EMA targets included),
 * the optimizer state (`optim.<param>.<slot>`), the online probe (`online.head.*`, `online.optim.*`) and, in its
 * metadata, everything else a resume needs (step, loader position, optimizer scalars, collapse-tracking state). One file, written atomically (temp, fsync, rename), so a `kill -9` at any
 * moment leaves either the previous checkpoint or the new one, never a mix. `checkpoint.json` is a readable copy of
 * the metadata, written after it.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { readSafetensors, writeSafetensors, inspectSafetensors, type Tensor } from "../tensor/index.js";
import { writeFileAtomic } from "../util/fs.js";
import { InputError } from "../util/errors.js";
import type { CheckpointState } from "../runfolder/index.js";

export const CHECKPOINT_FILE = "checkpoint.safetensors";

export type { CheckpointState } from "../runfolder/index.js";

export function checkpointPath(dir: string): string {
  return join(dir, CHECKPOINT_FILE);
}

export function saveCheckpoint(dir: string, model: Map<string, Tensor>, optim: Map<string, Tensor>, state: CheckpointState, online?: Map<string, Tensor>): void {
  const tensors = new Map<string, Tensor>();
  for (const [k, t] of model) tensors.set(`model.${k}`, t);
  for (const [k, t] of optim) tensors.set(`optim.${k}`, t);
  for (const [k, t] of online ?? []) tensors.set(`online.${k}`, t);
  const meta = JSON.stringify(state);
  writeSafetensors(checkpointPath(dir), tensors, { format: "pt", nocollapse: meta });
  writeFileAtomic(join(dir, "checkpoint.json"), JSON.stringify(state, null, 2) + "\n");
}

/** Loads a checkpoint, or null when the run folder has none. */
export function loadCheckpoint(dir: string): { model: Map<string, Tensor>; optim: Map<string, Tensor>; online: Map<string, Tensor>; state: CheckpointState } | null {
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
  const online = new Map<string, Tensor>();
  for (const [k, t] of all) {
    if (k.startsWith("model.")) model.set(k.slice(6), t);
    else if (k.startsWith("optim.")) optim.set(k.slice(6), t);
    else if (k.startsWith("online.")) online.set(k.slice(7), t);
    else t.dispose();
  }
  return { model, optim, online, state };
}

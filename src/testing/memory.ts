/** Test helper: how much a repeated piece of work grows native memory (0 and 0 = no leak). */
import { memory } from "../tensor/index.js";

/**
 * Runs `work` `warm` times (allocator pools, optimizer state, lazily made constants), then `reps` times, and
 * returns the growth of live tensors and of the bytes they hold over those `reps` runs.
 */
export function memoryGrowth(work: () => void, reps = 200, warm = 3): { tensors: number; bytes: number } {
  for (let i = 0; i < warm; i++) work();
  const before = memory();
  for (let i = 0; i < reps; i++) work();
  const after = memory();
  return { tensors: after.liveTensors - before.liveTensors, bytes: after.bytes - before.bytes };
}

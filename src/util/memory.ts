/**
 * Up-front memory checks: a size taken from a flag or a file header (an image side, an embedding width, an array
 * shape) is compared with the machine's memory before anything is allocated, so an impossible request fails in one
 * line naming the flag or file instead of ending in an out-of-memory crash that blames something else.
 */
import { readFileSync } from "node:fs";
import { totalmem } from "node:os";
import { InputError } from "./errors.js";
import { formatBytes } from "./fs.js";

let cached: number | null = null;

/**
 * The memory this process may use, in bytes: the machine's total, or the cgroup (container) limit when it is lower.
 *
 * @example
 * memoryLimit() // 25276502016 on a 24 GiB machine
 */
export function memoryLimit(): number {
  if (cached !== null) return cached;
  let limit = totalmem();
  for (const f of ["/sys/fs/cgroup/memory.max", "/sys/fs/cgroup/memory/memory.limit_in_bytes"]) {
    try {
      const v = Number(readFileSync(f, "utf8").trim());
      if (Number.isFinite(v) && v > 0 && v < limit) limit = v;
    } catch {
      // no such cgroup file (or "max"): the machine's memory is the limit
    }
  }
  cached = limit;
  return limit;
}

/**
 * Throws an {@link InputError} naming `where` when `bytes` (what `what` needs) exceeds the memory this process may
 * use. Sizes are estimates of the least the work needs, so a refusal is certain to be right.
 *
 * @example
 * checkMemory("--image-size", n * 3 * size * size, `${n} decoded images of 3×${size}×${size}`);
 */
export function checkMemory(where: string, bytes: number, what: string): void {
  const limit = memoryLimit();
  if (!(bytes <= limit)) {
    throw new InputError(where, `${what} would take at least ${formatBytes(bytes)} of memory, more than the ${formatBytes(limit)} this machine has`);
  }
}

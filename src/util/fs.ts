/** File helpers: atomic writes (temp file, fsync, rename) so a killed process never leaves a half-written file. */
import { closeSync, fsyncSync, openSync, renameSync, writeSync, mkdirSync, existsSync, statSync } from "node:fs";
import { dirname, basename, join } from "node:path";
import { InputError } from "./errors.js";

/**
 * Writes `chunks` to `path` atomically: a temp file in the same folder, fsync, rename, then fsync of the folder.
 * Readers see either the old file or the new one, never a mix.
 */
export function writeFileAtomic(path: string, chunks: (Uint8Array | string)[] | Uint8Array | string): void {
  const dir = dirname(path);
  mkdirSync(dir, { recursive: true });
  const tmp = join(dir, `.${basename(path)}.${process.pid}.tmp`);
  const fd = openSync(tmp, "w");
  try {
    const list = Array.isArray(chunks) ? chunks : [chunks];
    for (const c of list) {
      const buf = typeof c === "string" ? Buffer.from(c, "utf8") : c;
      let off = 0;
      while (off < buf.byteLength) off += writeSync(fd, buf, off, buf.byteLength - off);
    }
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, path);
  try {
    const dfd = openSync(dir, "r");
    fsyncSync(dfd);
    closeSync(dfd);
  } catch {
    // Some filesystems do not allow fsync on a directory; the rename is still atomic.
  }
}

/** Throws an InputError naming `what` unless `path` exists and is a regular file. */
export function expectFile(path: string, what = path): void {
  if (!existsSync(path)) throw new InputError(what, `file not found (looked for ${path})`);
  if (!statSync(path).isFile()) throw new InputError(what, `expected a file, found a directory (${path})`);
}

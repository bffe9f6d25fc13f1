/**
 * File helpers: atomic writes (temp file, fsync, rename) so a killed process never leaves a half-written file, and
 * bounded reads of regular files only, so a FIFO, `/dev/zero` or a huge file in place of a small JSON/YAML file is
 * refused in one line instead of hanging or exhausting memory.
 */
import {
  closeSync, constants, existsSync, fstatSync, fsyncSync, mkdirSync, openSync, readSync, renameSync, statSync,
  unlinkSync, writeSync, type Stats,
} from "node:fs";
import { dirname, basename, join } from "node:path";
import { InputError, RunError } from "./errors.js";

/**
 * What a stat result is, in words, for messages ("a FIFO (named pipe)", "a directory", ...).
 * @example fileKind(statSync("/dev/zero")) // "a character device"
 */
export function fileKind(st: Stats): string {
  if (st.isFile()) return "a regular file";
  if (st.isDirectory()) return "a directory";
  if (st.isFIFO()) return "a FIFO (named pipe)";
  if (st.isCharacterDevice()) return "a character device";
  if (st.isBlockDevice()) return "a block device";
  if (st.isSocket()) return "a socket";
  return "not a regular file";
}

/**
 * `n` bytes in words, binary units.
 * @example formatBytes(1536) // "1.5 KiB"
 */
export function formatBytes(n: number): string {
  const units = ["B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"];
  let v = n;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return `${u === 0 || v >= 100 ? Math.round(v) : v.toFixed(1)} ${units[u]}`;
}

/** The error a failed write becomes: full disk is an environment problem (exit 1), a bad path is bad input. */
function writeError(path: string, e: unknown): unknown {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  const why = (e as Error | null)?.message?.split("\n")[0] ?? String(e);
  if (code === "ENOSPC" || code === "EDQUOT") {
    return new RunError(`${path}: no space left on the device while writing it; free some space and run again`, 1, { cause: e });
  }
  if (code === "EISDIR") return new InputError(path, "is a directory; expected the path of a file to write", { cause: e });
  if (code === "ENOTDIR" || code === "EACCES" || code === "EPERM" || code === "EROFS" || code === "ENAMETOOLONG") {
    return new InputError(path, `cannot write here (${why})`, { cause: e });
  }
  return e;
}

/**
 * Writes `chunks` to `path` atomically: a temp file in the same folder, fsync, rename, then fsync of the folder.
 * Readers see either the old file or the new one, never a mix. On any failure (disk full, the target is a
 * directory, no permission) the temp file is removed, so a later attempt starts clean; a full disk throws a
 * {@link RunError}, an unwritable path an {@link InputError}.
 *
 * @example
 * writeFileAtomic("run/status.json", JSON.stringify({ state: "done" }) + "\n");
 */
export function writeFileAtomic(path: string, chunks: (Uint8Array | string)[] | Uint8Array | string): void {
  const dir = dirname(path);
  const tmp = join(dir, `.${basename(path)}.${process.pid}.tmp`);
  let fd: number | null = null;
  try {
    mkdirSync(dir, { recursive: true });
    // Refuse before writing what may be gigabytes: rename() onto a directory fails only at the end.
    if (existsSync(path) && statSync(path).isDirectory()) throw Object.assign(new Error(`EISDIR: ${path}`), { code: "EISDIR" });
    fd = openSync(tmp, "w");
    const list = Array.isArray(chunks) ? chunks : [chunks];
    for (const c of list) {
      const buf = typeof c === "string" ? Buffer.from(c, "utf8") : c;
      let off = 0;
      while (off < buf.byteLength) off += writeSync(fd, buf, off, buf.byteLength - off);
    }
    fsyncSync(fd);
    closeSync(fd);
    fd = null;
    renameSync(tmp, path);
  } catch (e) {
    if (fd !== null) {
      try {
        closeSync(fd);
      } catch {
        // already failing: the write error is the one to report
      }
    }
    try {
      unlinkSync(tmp);
    } catch {
      // not created (or already renamed)
    }
    throw writeError(path, e);
  }
  try {
    const dfd = openSync(dir, "r");
    fsyncSync(dfd);
    closeSync(dfd);
  } catch {
    // Some filesystems do not allow fsync on a directory; the rename is still atomic.
  }
}

/** Throws an InputError naming `what` unless `path` exists and is a regular file (symlinks to one are fine). */
export function expectFile(path: string, what = path): void {
  if (!existsSync(path)) throw new InputError(what, `file not found (looked for ${path})`);
  const st = statSync(path);
  if (!st.isFile()) throw new InputError(what, `expected a regular file, found ${fileKind(st)} (${path})`);
}

/** Options of {@link readRegularFile}. */
export interface ReadLimitOptions {
  /** Largest size accepted, in bytes. */
  maxBytes: number;
  /** Names the file in errors (default: the path). */
  what?: string;
}

/**
 * Reads a whole file that must be a regular file of at most `maxBytes` bytes. The file is opened non-blocking and
 * checked on the open descriptor, so a FIFO is refused at once (no hang waiting for a writer), `/dev/zero` is
 * refused (no unbounded read), and a file larger than the limit is refused before any of it is read.
 *
 * @example
 * const text = readRegularFile("run/config.json", { maxBytes: 1 << 20 }).toString("utf8");
 */
export function readRegularFile(path: string, opts: ReadLimitOptions): Buffer {
  const what = opts.what ?? path;
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new InputError(what, `file not found (looked for ${path})`);
    if (code === "ENXIO") throw new InputError(what, `expected a regular file, found a FIFO or socket (${path})`);
    if (code === "EACCES" || code === "EPERM") throw new InputError(what, `cannot read ${path} (permission denied)`);
    throw e;
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw new InputError(what, `expected a regular file, found ${fileKind(st)} (${path})`);
    if (st.size > opts.maxBytes) {
      throw new InputError(what, `${path} is ${formatBytes(st.size)}; the limit for this file is ${formatBytes(opts.maxBytes)}`);
    }
    // Read to the end, but never past the limit (the file may be growing while we read).
    const parts: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.alloc(Math.min(Math.max(st.size - total, 65536), opts.maxBytes + 1 - total));
      const got = readSync(fd, chunk, 0, chunk.length, total);
      if (got === 0) break;
      parts.push(chunk.subarray(0, got));
      total += got;
      if (total > opts.maxBytes) throw new InputError(what, `${path} grew past the limit for this file (${formatBytes(opts.maxBytes)}) while being read`);
    }
    return Buffer.concat(parts, total);
  } finally {
    closeSync(fd);
  }
}

/** {@link readRegularFile} as UTF-8 text. */
export function readTextFile(path: string, opts: ReadLimitOptions): string {
  return readRegularFile(path, opts).toString("utf8");
}

/**
 * True when `a` and `b` name the same existing file: the same device and inode, so a symlink or a hard link to the
 * other counts as the same file. False when either does not exist.
 *
 * @example
 * if (sameFile(out, input)) throw new InputError("--out", "would overwrite the input");
 */
export function sameFile(a: string, b: string): boolean {
  let sa: Stats;
  let sb: Stats;
  try {
    sa = statSync(a);
    sb = statSync(b);
  } catch {
    return false;
  }
  return sa.dev === sb.dev && sa.ino === sb.ino;
}

/**
 * Opening files on behalf of someone else (the dashboard's clients): only regular files, optionally only those whose
 * real path lies inside a root folder, optionally no larger than a limit. A FIFO or a device is never opened (opening
 * a FIFO blocks the whole process until a writer appears; reading /dev/zero never ends), a symlink that leads out of
 * the root is refused, and the checks are repeated on the open descriptor, so a file swapped between the check and
 * the open is refused too.
 */
import { closeSync, constants, fstatSync, openSync, readSync, readlinkSync, realpathSync, statSync, type Stats } from "node:fs";
import { resolve, sep } from "node:path";

/** Why a file was refused. "missing" is the only reason that is not the file's fault. */
export type RefusalReason = "missing" | "outside" | "not-regular" | "too-large" | "unreadable";

/** A file {@link openRegularFile} or {@link readRegularFile} would not open; `reason` says why. */
export class RefusedFileError extends Error {
  constructor(readonly path: string, readonly reason: RefusalReason, detail: string) {
    super(`${path}: ${detail}`);
    this.name = "RefusedFileError";
  }
}

/** What to check besides "a regular file". */
export interface SafeOpenOptions {
  /** The file's real path (symlinks resolved) must lie strictly inside this folder (itself resolved too). */
  inside?: string;
  /** Refuse files larger than this many bytes. */
  maxBytes?: number;
}

/** An open regular file: the caller owns `fd` and must close it. `size` is the size when it was opened. */
export interface OpenedFile {
  fd: number;
  size: number;
  realPath: string;
  stats: Stats;
}

/** Whether the real path `p` lies strictly inside the real folder `root`. */
export function isInside(root: string, p: string): boolean {
  const prefix = root.endsWith(sep) ? root : root + sep;
  return p.startsWith(prefix) && p.length > prefix.length;
}

// O_NONBLOCK: should a FIFO slip past the stat check (swapped in between), open() returns at once instead of waiting
// for a writer; the fstat check then refuses it. O_NOFOLLOW: the last component was resolved already, a symlink
// there now is a swap. Neither changes how a regular file reads.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0);

function refuse(path: string, reason: RefusalReason, detail: string): never {
  throw new RefusedFileError(path, reason, detail);
}

/**
 * Opens `path` for reading if it is a regular file (inside `opts.inside`, at most `opts.maxBytes` long).
 * @throws RefusedFileError naming the reason otherwise (never blocks on a FIFO, never opens a device).
 *
 * @example
 * const f = openRegularFile("runs/a/metrics.jsonl", { inside: "runs" });
 * try { readSync(f.fd, buf, 0, buf.length, 0); } finally { closeSync(f.fd); }
 */
export function openRegularFile(path: string, opts: SafeOpenOptions = {}): OpenedFile {
  let real: string;
  let root: string | undefined;
  try {
    if (opts.inside !== undefined) root = realpathSync(resolve(opts.inside));
    real = realpathSync(resolve(path));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") refuse(path, "missing", "no such file");
    refuse(path, "unreadable", `cannot resolve (${code ?? (e as Error).message})`);
  }
  if (root !== undefined && !isInside(root, real)) refuse(path, "outside", `leads outside ${root}`);
  let st: Stats;
  try {
    st = statSync(real);
  } catch {
    refuse(path, "missing", "no such file");
  }
  if (!st.isFile()) refuse(path, "not-regular", "not a regular file");
  if (opts.maxBytes !== undefined && st.size > opts.maxBytes) refuse(path, "too-large", `larger than ${opts.maxBytes} bytes`);
  let fd: number;
  try {
    fd = openSync(real, OPEN_FLAGS);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") refuse(path, "missing", "vanished before it could be opened");
    if (code === "ELOOP") refuse(path, "not-regular", "became a symlink before it could be opened");
    refuse(path, "unreadable", `cannot open (${code ?? (e as Error).message})`);
  }
  try {
    const fst = fstatSync(fd);
    if (!fst.isFile() || fst.ino !== st.ino || fst.dev !== st.dev) refuse(path, "not-regular", "was replaced before it could be opened");
    if (opts.maxBytes !== undefined && fst.size > opts.maxBytes) refuse(path, "too-large", `larger than ${opts.maxBytes} bytes`);
    if (root !== undefined) {
      // A folder on the way swapped for a symlink after realpath: what the descriptor really points at decides.
      let opened: string | null = null;
      try {
        opened = readlinkSync(`/proc/self/fd/${fd}`);
      } catch {
        opened = null; // no /proc (not Linux): the checks above stand
      }
      if (opened !== null && opened.startsWith("/") && !isInside(root, opened.replace(/ \(deleted\)$/, ""))) refuse(path, "outside", `leads outside ${root}`);
    }
    return { fd, size: fst.size, realPath: real, stats: fst };
  } catch (e) {
    closeSync(fd);
    throw e;
  }
}

/**
 * Reads a whole regular file (see {@link openRegularFile}) of at most `opts.maxBytes` bytes; a file that grows past
 * the limit while it is read is refused as well, so memory stays bounded whatever the file does.
 * @throws RefusedFileError
 *
 * @example
 * const text = readRegularFile("runs/a/status.json", { inside: "runs", maxBytes: 1 << 20 }).toString("utf8");
 */
export function readRegularFile(path: string, opts: SafeOpenOptions & { maxBytes: number }): Buffer {
  const f = openRegularFile(path, opts);
  try {
    const parts: Buffer[] = [];
    let total = 0;
    let want = Math.min(f.size, opts.maxBytes) + 1; // one byte past the size at open time: a growing file shows
    for (;;) {
      const buf = Buffer.allocUnsafe(want);
      let n: number;
      try {
        n = readSync(f.fd, buf, 0, want, total);
      } catch (e) {
        refuse(path, "unreadable", `cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
      }
      if (n === 0) break;
      parts.push(buf.subarray(0, n));
      total += n;
      if (total > opts.maxBytes) refuse(path, "too-large", `larger than ${opts.maxBytes} bytes`);
      want = Math.min(64 << 10, opts.maxBytes + 1 - total);
    }
    return parts.length === 1 ? parts[0]! : Buffer.concat(parts, total);
  } finally {
    closeSync(f.fd);
  }
}

/**
 * Following a growing metrics.jsonl like `tail -F`: reads only the new bytes on each poll, keeps an unfinished
 * last line until its newline arrives, skips malformed lines, and starts over when the file shrinks or is replaced
 * (a run restarted from scratch in the same folder). Only a regular file is read (see src/util/safe-read.ts): a FIFO,
 * a device or a symlink out of the runs folder in its place reads as "nothing there".
 */
import { closeSync, readSync } from "node:fs";
import { parseMetricsLine } from "../report/read.js";
import type { MetricsRecord } from "../report/types.js";
import { openRegularFile, RefusedFileError, type OpenedFile } from "../util/safe-read.js";

/** What one poll found. */
export interface FollowResult {
  /** The file was truncated or replaced: everything read so far is void, `lines` start from the top again. */
  reset: boolean;
  lines: MetricsRecord[];
  /** Complete lines that did not parse (a line longer than the limit counts as one). */
  skipped: number;
  /** The file holds more bytes than this poll read (polls read at most `maxReadBytes`): poll again soon. */
  more: boolean;
}

/** Options of {@link MetricsFollower}. */
export interface FollowOptions {
  /** The file must really lie inside this folder (symlinks resolved). */
  inside?: string;
  /** Bytes read per poll at most, so a huge file is taken in slices and the caller stays responsive. Default 1 MiB. */
  maxReadBytes?: number;
  /** A line longer than this is dropped (counted as skipped) instead of being buffered. Default 4 MiB. */
  maxLineBytes?: number;
}

/**
 * Incremental reader of one JSONL file. Call {@link MetricsFollower.poll} whenever you like (a timer); it never
 * throws for a missing, unreadable or refused file, it just finds nothing.
 *
 * @example
 * const f = new MetricsFollower("runs/vicreg/metrics.jsonl", { inside: "runs" });
 * setInterval(() => { const r = f.poll(); if (r.reset) clear(); append(r.lines); }, 200);
 */
export class MetricsFollower {
  private offset = 0;
  private ino = -1;
  private partial: Buffer = Buffer.alloc(0);
  /** Inside a line longer than maxLineBytes: bytes are dropped up to its newline. */
  private discarding = false;
  private readonly maxRead: number;
  private readonly maxLine: number;

  constructor(readonly path: string, readonly opts: FollowOptions = {}) {
    this.maxRead = opts.maxReadBytes ?? 1 << 20;
    this.maxLine = opts.maxLineBytes ?? 4 << 20;
  }

  /** Bytes held for an unfinished last line (never more than maxLineBytes). */
  get buffered(): number {
    return this.partial.length;
  }

  poll(): FollowResult {
    const res: FollowResult = { reset: false, lines: [], skipped: 0, more: false };
    let f: OpenedFile;
    try {
      f = openRegularFile(this.path, { inside: this.opts.inside });
    } catch (e) {
      if (e instanceof RefusedFileError) return res;
      throw e;
    }
    try {
      const st = f.stats;
      if ((this.ino !== -1 && st.ino !== this.ino) || st.size < this.offset) {
        // Replaced (new inode) or truncated: re-read from the start; the consumer drops what it had.
        res.reset = this.offset > 0 || this.partial.length > 0 || this.discarding;
        this.offset = 0;
        this.partial = Buffer.alloc(0);
        this.discarding = false;
      }
      this.ino = st.ino;
      if (st.size === this.offset) return res;
      const end = Math.min(st.size, this.offset + this.maxRead);
      res.more = end < st.size;
      const buf = Buffer.alloc(end - this.offset);
      let got = 0;
      while (got < buf.length) {
        let n: number;
        try {
          n = readSync(f.fd, buf, got, buf.length - got, this.offset + got);
        } catch {
          break; // an I/O error: keep what was read, try the rest on the next poll
        }
        if (n === 0) break;
        got += n;
      }
      this.offset += got;
      this.take(buf.subarray(0, got), res);
    } finally {
      closeSync(f.fd);
    }
    return res;
  }

  /** Splits new bytes into lines (on the byte '\n', before decoding, so a multi-byte character cut by a write boundary stays whole). */
  private take(chunk: Buffer, res: FollowResult): void {
    let data = chunk;
    if (this.discarding) {
      const nl = data.indexOf(0x0a);
      if (nl < 0) return;
      this.discarding = false;
      data = data.subarray(nl + 1);
    }
    if (this.partial.length) data = Buffer.concat([this.partial, data]);
    const end = data.lastIndexOf(0x0a);
    const rest = end < 0 ? data : data.subarray(end + 1);
    if (rest.length > this.maxLine) {
      // An endless line (a writer gone wrong, a file of NULs): drop it rather than buffer it, and count it once.
      res.skipped++;
      this.discarding = true;
      this.partial = Buffer.alloc(0);
    } else this.partial = Buffer.from(rest);
    if (end < 0) return;
    for (const text of data.subarray(0, end).toString("utf8").split("\n")) {
      if (!text.trim()) continue;
      if (Buffer.byteLength(text) > this.maxLine) {
        res.skipped++;
        continue;
      }
      const m = parseMetricsLine(text);
      if (m) res.lines.push(m);
      else res.skipped++;
    }
  }
}

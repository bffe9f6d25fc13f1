/**
 * Following a growing metrics.jsonl like `tail -F`: reads only the new bytes on each poll, keeps an unfinished
 * last line until its newline arrives, skips malformed lines, and starts over when the file shrinks or is replaced
 * (a run restarted from scratch in the same folder).
 */
import { closeSync, fstatSync, openSync, readSync, statSync } from "node:fs";
import { parseMetricsLine } from "../report/read.js";
import type { MetricsRecord } from "../report/types.js";

/** What one poll found. */
export interface FollowResult {
  /** The file was truncated or replaced: everything read so far is void, `lines` start from the top again. */
  reset: boolean;
  lines: MetricsRecord[];
  /** Complete lines that did not parse. */
  skipped: number;
}

/**
 * Incremental reader of one JSONL file. Call {@link MetricsFollower.poll} whenever you like (a timer); it never
 * throws for a missing or unreadable file, it just finds nothing.
 *
 * @example
 * const f = new MetricsFollower("runs/vicreg/metrics.jsonl");
 * setInterval(() => { const r = f.poll(); if (r.reset) clear(); append(r.lines); }, 200);
 */
export class MetricsFollower {
  private offset = 0;
  private ino = -1;
  private partial: Buffer = Buffer.alloc(0);
  /** Cap on one poll's read so a huge file is taken in slices and the server stays responsive. */
  private static readonly MAX_READ = 8 << 20;

  constructor(readonly path: string) {}

  poll(): FollowResult {
    const res: FollowResult = { reset: false, lines: [], skipped: 0 };
    let st;
    try {
      st = statSync(this.path);
    } catch {
      return res;
    }
    if ((this.ino !== -1 && st.ino !== this.ino) || st.size < this.offset) {
      // Replaced (new inode) or truncated: re-read from the start; the consumer drops what it had.
      res.reset = this.offset > 0 || this.partial.length > 0;
      this.offset = 0;
      this.partial = Buffer.alloc(0);
    }
    this.ino = st.ino;
    if (st.size === this.offset) return res;
    let fd;
    try {
      fd = openSync(this.path, "r");
    } catch {
      return res;
    }
    try {
      const size = Math.min(fstatSync(fd).size, this.offset + MetricsFollower.MAX_READ);
      const buf = Buffer.alloc(size - this.offset);
      let got = 0;
      while (got < buf.length) {
        const n = readSync(fd, buf, got, buf.length - got, this.offset + got);
        if (n === 0) break;
        got += n;
      }
      this.offset += got;
      // Split on the byte '\n' before decoding, so a multi-byte character cut by a write boundary stays whole.
      const data = this.partial.length ? Buffer.concat([this.partial, buf.subarray(0, got)]) : buf.subarray(0, got);
      const end = data.lastIndexOf(0x0a);
      if (end < 0) {
        this.partial = Buffer.from(data);
        return res;
      }
      this.partial = Buffer.from(data.subarray(end + 1));
      for (const text of data.subarray(0, end).toString("utf8").split("\n")) {
        if (!text.trim()) continue;
        const m = parseMetricsLine(text);
        if (m) res.lines.push(m);
        else res.skipped++;
      }
    } finally {
      closeSync(fd);
    }
    return res;
  }
}

/**
 * A one-line progress bar on stderr with rate and ETA. Draws only on a TTY (or when forced), at most 10×/s, and
 * never on stdout, so `--json` output stays clean.
 *
 * @example
 * const bar = new Progress({ total: 1000, label: "train" });
 * for (let i = 0; i < 1000; i++) bar.tick(1, { loss: 0.5 });
 * bar.done();
 */
export interface ProgressOptions {
  /** Units of work in all (0 = unknown: no bar, only the count and rate). */
  total: number;
  /** Short label printed before the bar. */
  label?: string;
  /** Draw even when stderr is not a TTY (a final line is always printed when `done()` is called with `print`). */
  force?: boolean;
  /** Unit name shown with the rate, e.g. "step" or "MB". */
  unit?: string;
}

export class Progress {
  private done_ = 0;
  private readonly start = Date.now();
  private lastDraw = 0;
  private readonly enabled: boolean;
  private fields: Record<string, string | number> = {};

  constructor(private readonly opts: ProgressOptions) {
    this.enabled = Boolean(opts.force || process.stderr.isTTY) && !process.env.NOCOLLAPSE_NO_PROGRESS;
  }

  get count(): number {
    return this.done_;
  }

  /** Advances by `n` units and updates the extra fields shown after the bar (e.g. loss). */
  tick(n = 1, fields?: Record<string, string | number>): void {
    this.done_ += n;
    if (fields) this.fields = { ...this.fields, ...fields };
    const now = Date.now();
    if (this.enabled && now - this.lastDraw > 100) {
      this.lastDraw = now;
      this.draw();
    }
  }

  /** Sets the absolute position (for resumed work). */
  set(n: number): void {
    this.done_ = n;
  }

  private line(): string {
    const { total, label, unit } = this.opts;
    const secs = (Date.now() - this.start) / 1000;
    const rate = secs > 0 ? this.done_ / secs : 0;
    const extra = Object.entries(this.fields)
      .map(([k, v]) => `${k} ${typeof v === "number" ? fmt(v) : v}`)
      .join("  ");
    const head = label ? `${label} ` : "";
    if (total > 0) {
      const frac = Math.min(1, this.done_ / total);
      const w = 24;
      const fill = Math.round(frac * w);
      const eta = rate > 0 ? (total - this.done_) / rate : NaN;
      return `${head}[${"█".repeat(fill)}${"░".repeat(w - fill)}] ${this.done_}/${total} ${rate.toFixed(1)} ${unit ?? "it"}/s ETA ${clock(eta)}  ${extra}`;
    }
    return `${head}${this.done_} ${unit ?? "it"} ${rate.toFixed(1)}/s  ${extra}`;
  }

  private draw(): void {
    const cols = process.stderr.columns || 120;
    process.stderr.write(`\r${this.line().slice(0, cols - 1).padEnd(Math.min(cols - 1, 100))}`);
  }

  /** Ends the bar (clears the line on a TTY; `print` leaves a final summary line). */
  done(print = false): void {
    if (this.enabled) process.stderr.write(`\r${" ".repeat(Math.min((process.stderr.columns || 120) - 1, 100))}\r`);
    if (print) process.stderr.write(`${this.line()}\n`);
  }
}

function fmt(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  const a = Math.abs(v);
  return a !== 0 && (a < 1e-3 || a >= 1e5) ? v.toExponential(2) : v.toFixed(a < 1 ? 4 : 2);
}

function clock(s: number): string {
  if (!Number.isFinite(s)) return "--:--";
  const m = Math.floor(s / 60);
  const sec = Math.floor(s % 60);
  return m >= 60 ? `${Math.floor(m / 60)}h${String(m % 60).padStart(2, "0")}m` : `${m}:${String(sec).padStart(2, "0")}`;
}

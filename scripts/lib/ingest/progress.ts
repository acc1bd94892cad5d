// How far an ingest has got: a bar redrawn in place on a terminal, a plain line now and then
// otherwise (a log file or CI gets a few lines, not thousands of carriage returns).
export interface ProgressOptions {
  /** Where to write (process.stderr). */
  stream: { write(s: string): unknown; isTTY?: boolean; columns?: number };
  /** Seconds between plain lines (default 5). */
  every?: number;
  now?: () => number;
}

export class Progress {
  private done = 0;
  private failed = 0;
  private start: number;
  private last = -Infinity;
  private drawn = false;
  private now: () => number;

  constructor(
    private label: string,
    private total: number,
    private options: ProgressOptions,
  ) {
    this.now = options.now ?? (() => performance.now());
    this.start = this.now();
  }

  /** One more report read (or failed). */
  tick(failed = false): void {
    this.done++;
    if (failed) this.failed++;
    const t = this.now();
    const tty = !!this.options.stream.isTTY;
    if (t - this.last < (tty ? 100 : (this.options.every ?? 5) * 1000) && this.done < this.total) return;
    this.last = t;
    this.draw(tty);
  }

  private rate(): number {
    return this.done / Math.max(0.001, (this.now() - this.start) / 1000);
  }

  private draw(tty: boolean): void {
    const rate = this.rate();
    const eta = rate > 0 ? (this.total - this.done) / rate : 0;
    const counts = `${this.done.toLocaleString('en-US')}/${this.total.toLocaleString('en-US')} ${this.label}`;
    const extra = `${Math.round(rate)}/s${this.failed ? `, ${this.failed} failed` : ''}`;
    if (!tty) {
      // A short run gets its summary line only.
      if (this.total < 100) return;
      this.options.stream.write(`ingest: ${counts} (${extra})\n`);
      return;
    }
    const width = Math.max(10, Math.min(40, (this.options.stream.columns ?? 80) - 60));
    const full = Math.round((width * this.done) / Math.max(1, this.total));
    const bar = '█'.repeat(full) + '░'.repeat(width - full);
    this.options.stream.write(`\r${bar} ${counts} · ${extra} · ${Math.ceil(eta)} s left \x1b[K`);
    this.drawn = true;
  }

  /** Clears the bar (a terminal) before the summary line. */
  end(): void {
    if (this.drawn) this.options.stream.write('\r\x1b[K');
  }
}

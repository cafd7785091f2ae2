/** A one-line progress bar with rate and ETA, redrawn at most ten times a second, on a terminal only. */
export interface ProgressCounts {
  done: number;
  added: number;
  duplicates: number;
  skipped: number;
  failed: number;
}

const WIDTH = 24;
const REDRAW_MS = 100;

function clock(seconds: number): string {
  if (!Number.isFinite(seconds)) return '--:--';
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${rest}` : `${m}:${rest}`;
}

export class ProgressBar {
  private readonly started = performance.now();
  private last = 0;
  private drawn = false;

  constructor(
    private readonly stream: NodeJS.WriteStream,
    /** An estimate of the inputs to come (files found); no ETA once it is passed. */
    private readonly total?: number,
  ) {}

  get enabled(): boolean {
    return Boolean(this.stream.isTTY);
  }

  update(counts: ProgressCounts, force = false): void {
    if (!this.enabled) return;
    const now = performance.now();
    if (!force && now - this.last < REDRAW_MS) return;
    this.last = now;
    const seconds = (now - this.started) / 1000;
    const rate = seconds > 0 ? counts.done / seconds : 0;
    const known = this.total !== undefined && this.total >= counts.done && this.total > 0;
    const fraction = known ? counts.done / this.total! : 0;
    const filled = Math.round(fraction * WIDTH);
    const bar = known ? `[${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ` : '';
    const of = known ? `/${this.total}` : '';
    const eta = known && rate > 0 ? ` ETA ${clock((this.total! - counts.done) / rate)}` : '';
    const line =
      `${bar}${counts.done}${of} ${rate.toFixed(1)}/s${eta}  ` +
      `new ${counts.added} dup ${counts.duplicates} skip ${counts.skipped} fail ${counts.failed}`;
    this.stream.write(`\r\x1b[2K${line}`);
    this.drawn = true;
  }

  finish(): void {
    if (this.drawn) this.stream.write('\r\x1b[2K');
  }
}

/**
 * Progress arithmetic (done / total, users per minute, ETA) and its one-line rendering. Pure:
 * the command decides where (and whether) the line is drawn.
 */

export interface ProgressSnapshot {
  /** Users this runner finished (completed + failed). */
  readonly done: number;
  readonly completed: number;
  readonly failed: number;
  /** Users this run expects to finish: `new` at the start (capped by --limit), plus reclaimed since. */
  readonly total: number;
  readonly elapsedMs: number;
  /** Over the recent window (the whole run until the window fills). */
  readonly usersPerMinute: number;
  /** Undefined until there is a rate to extrapolate. */
  readonly etaSeconds: number | undefined;
}

interface Sample {
  readonly at: number;
  readonly done: number;
}

export class ProgressTracker {
  private completed = 0;
  private failed = 0;
  private readonly startedAt: number;
  private readonly samples: Sample[] = [];

  constructor(
    private total: number,
    private readonly now: () => number = () => performance.now(),
    /** Throughput is measured over this much recent history, so the ETA follows the current pace. */
    private readonly windowMs = 5 * 60_000,
  ) {
    this.startedAt = now();
    this.samples.push({ at: this.startedAt, done: 0 });
  }

  /** More users to do (reclaimed from expired leases, or found later). */
  addTotal(users: number): void {
    this.total += users;
  }

  /** At most `limit` users in all (for `--limit`). */
  capTotal(limit: number): void {
    this.total = Math.min(this.total, limit);
  }

  record(completed: number, failed: number): void {
    this.completed += completed;
    this.failed += failed;
    const at = this.now();
    this.samples.push({ at, done: this.completed + this.failed });
    while (this.samples.length > 2 && (this.samples[1]?.at ?? at) < at - this.windowMs) this.samples.shift();
  }

  snapshot(): ProgressSnapshot {
    const now = this.now();
    const done = this.completed + this.failed;
    const oldest = this.samples[0] ?? { at: this.startedAt, done: 0 };
    const windowMinutes = (now - oldest.at) / 60_000;
    const usersPerMinute = windowMinutes > 0 ? (done - oldest.done) / windowMinutes : 0;
    const total = Math.max(this.total, done);
    return {
      done,
      completed: this.completed,
      failed: this.failed,
      total,
      elapsedMs: Math.round(now - this.startedAt),
      usersPerMinute: Math.round(usersPerMinute * 10) / 10,
      etaSeconds: usersPerMinute > 0 ? Math.round(((total - done) / usersPerMinute) * 60) : undefined,
    };
  }
}

const number = new Intl.NumberFormat('en-US');

/** `1h 02m`, `4m 05s`, `12s`. */
export function formatDuration(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  const rest = whole % 60;
  if (hours > 0) return `${hours}h ${String(minutes).padStart(2, '0')}m`;
  if (minutes > 0) return `${minutes}m ${String(rest).padStart(2, '0')}s`;
  return `${rest}s`;
}

/** `[=======>.............]  35%  7,000/20,000 users  1,234/min  ETA 10m 32s  (3 failed)`, fitted to `columns`. */
export function renderProgressLine(snapshot: ProgressSnapshot, columns = 100): string {
  const fraction = snapshot.total > 0 ? Math.min(1, snapshot.done / snapshot.total) : 1;
  const percent = `${String(Math.floor(fraction * 100)).padStart(3)}%`;
  const counts = `${number.format(snapshot.done)}/${number.format(snapshot.total)} users`;
  const rate = `${number.format(Math.round(snapshot.usersPerMinute))}/min`;
  const eta = snapshot.etaSeconds === undefined ? 'ETA --' : `ETA ${formatDuration(snapshot.etaSeconds)}`;
  const failed = snapshot.failed > 0 ? `  (${number.format(snapshot.failed)} failed)` : '';
  const text = `  ${percent}  ${counts}  ${rate}  ${eta}${failed}`;
  const barWidth = Math.max(10, Math.min(40, columns - text.length - 3));
  const filled = Math.floor(fraction * barWidth);
  const bar = `${'='.repeat(Math.max(0, filled - (fraction < 1 ? 1 : 0)))}${fraction < 1 && filled > 0 ? '>' : ''}`.padEnd(barWidth, '.');
  return `[${bar}]${text}`.slice(0, Math.max(20, columns - 1));
}

/** The runner's pure parts: batch ids, backoff, error classes, progress, alerts, option parsing, exit codes. */
import { describe, expect, it } from 'vitest';
import { exitCodeForRun, resolveRunOptions } from '../../src/cli/commands/run.js';
import { EXIT } from '../../src/cli/exit-codes.js';
import { ALERT_THRESHOLDS, evaluateAlerts, type AlertInputs } from '../../src/runner/alerts.js';
import { backoffDelay } from '../../src/runner/backoff.js';
import { batchIdProblem, generateBatchId } from '../../src/runner/batch-id.js';
import { ProgressTracker, formatDuration, renderProgressLine } from '../../src/runner/progress.js';
import type { RunSummary } from '../../src/runner/run-batch.js';
import { describeError, isConnectionLost, isSystematicError, isTransientError } from '../../src/runner/transient-errors.js';

const driverError = (fields: Record<string, unknown>, message = 'boom') => Object.assign(new Error(message), fields);

describe('batch ids', () => {
  it('are BATCH_<yyyymmdd>_<hhmmss>_<4 hex> in UTC', () => {
    expect(generateBatchId(new Date('2025-10-07T02:03:04Z'), 'a3f9')).toBe('BATCH_20251007_020304_a3f9');
    expect(generateBatchId()).toMatch(/^BATCH_\d{8}_\d{6}_[0-9a-f]{4}$/);
  });

  it('must fit card_recommendations.batch_id (VARCHAR(50)) with safe characters', () => {
    expect(batchIdProblem('BATCH_20251007_001')).toBeUndefined();
    expect(batchIdProblem('x'.repeat(51))).toMatch(/1-50 characters/);
    expect(batchIdProblem("b'; DROP TABLE x")).toMatch(/1-50 characters/);
  });
});

describe('backoff', () => {
  it('doubles the bound per retry, keeps at least half of it, and caps it', () => {
    const policy = { baseMs: 100, maxMs: 1_000 };
    expect([1, 2, 3, 4, 5].map((retry) => backoffDelay(retry, policy, () => 0))).toEqual([50, 100, 200, 400, 500]);
    expect([1, 2, 3, 4, 5].map((retry) => backoffDelay(retry, policy, () => 1))).toEqual([100, 200, 400, 800, 1_000]);
    expect(() => backoffDelay(0, policy)).toThrow(RangeError);
  });
});

describe('error classes', () => {
  it.each([
    ['deadlock', { code: 'ER_LOCK_DEADLOCK', errno: 1213 }],
    ['lock wait timeout', { code: 'ER_LOCK_WAIT_TIMEOUT', errno: 1205 }],
    ['AUTO-INC lock (MariaDB)', { code: 'ER_AUTOINC_READ_FAILED', errno: 1467 }],
    ['server gone away', { errno: 2006 }],
    ['lost connection', { errno: 2013 }],
    ['connection killed (MariaDB)', { code: 'ER_CONNECTION_KILLED', errno: 1927 }],
    ['query interrupted', { code: 'ER_QUERY_INTERRUPTED', errno: 1317 }],
    ['socket reset', { code: 'ECONNRESET' }],
    ['driver lost connection', { code: 'PROTOCOL_CONNECTION_LOST', fatal: true }],
  ])('%s is transient', (_name, fields) => {
    expect(isTransientError(driverError(fields))).toBe(true);
  });

  it('a closed-state driver error is a lost connection', () => {
    expect(isConnectionLost(new Error("Can't add new command when connection is in closed state"))).toBe(true);
  });

  it.each([
    ['duplicate key', { code: 'ER_DUP_ENTRY', errno: 1062 }],
    ['out of range', { code: 'ER_WARN_DATA_OUT_OF_RANGE', errno: 1264 }],
    ['missing table', { code: 'ER_NO_SUCH_TABLE', errno: 1146 }],
  ])('%s is not transient', (_name, fields) => {
    expect(isTransientError(driverError(fields))).toBe(false);
  });

  it('schema, grant and release errors stop the run; data errors do not', () => {
    expect(isSystematicError(driverError({ errno: 1146 }))).toBe(true);
    expect(isSystematicError(driverError({ errno: 1142 }))).toBe(true);
    expect(isSystematicError(Object.assign(new Error('x'), { name: 'ReleaseHashMismatchError' }))).toBe(true);
    expect(isSystematicError(driverError({ errno: 1264 }))).toBe(false);
    expect(isSystematicError(driverError({ errno: 1213 }))).toBe(false);
  });

  it('describes an error with its code and number', () => {
    expect(describeError(driverError({ code: 'ER_LOCK_DEADLOCK', errno: 1213 }, 'Deadlock found'))).toBe('ER_LOCK_DEADLOCK 1213: Deadlock found');
    expect(describeError('plain')).toBe('plain');
  });
});

describe('progress', () => {
  it('measures users per minute over its window and extrapolates the ETA', () => {
    let now = 0;
    const tracker = new ProgressTracker(10_000, () => now, 60_000);
    now = 30_000;
    tracker.record(1_000, 0);
    now = 60_000;
    tracker.record(990, 10);
    expect(tracker.snapshot()).toEqual({
      done: 2_000,
      completed: 1_990,
      failed: 10,
      total: 10_000,
      elapsedMs: 60_000,
      usersPerMinute: 2_000,
      etaSeconds: 240,
    });
    // Only the last minute counts once the window slides.
    now = 120_000;
    tracker.record(500, 0);
    expect(tracker.snapshot().usersPerMinute).toBe(1_000);
  });

  it('draws a bar with done/total, rate and ETA', () => {
    const line = renderProgressLine(
      { done: 300_000, completed: 299_988, failed: 12, total: 2_000_000, elapsedMs: 1, usersPerMinute: 2_500, etaSeconds: 40_800 },
      100,
    );
    expect(line).toBe('[===>.........................]   15%  300,000/2,000,000 users  2,500/min  ETA 11h 20m  (12 failed)');
    expect(line.length).toBeLessThan(100);
  });

  it('formats durations', () => {
    expect([12, 245, 3_720].map(formatDuration)).toEqual(['12s', '4m 05s', '1h 02m']);
  });
});

describe('alerts (PRD 8.2)', () => {
  const quiet: AlertInputs = {
    activeRuns: 1,
    staleRuns: [],
    pendingUsers: 10_000,
    newUsers: 50_000,
    minutesSinceLastProgress: 0.5,
    processedLastHour: 60_000,
    failedLastHour: 0,
    recentUsersPerMinute: 1_500,
    activeRunMinutes: 40,
  };
  const codes = (inputs: Partial<AlertInputs>) => evaluateAlerts({ ...quiet, ...inputs }).map((alert) => `${alert.level}:${alert.code}`);

  it('none while a run moves fast and cleanly', () => {
    expect(codes({})).toEqual([]);
  });

  it('processing stopped: no progress for 15 minutes with work in flight', () => {
    expect(codes({ minutesSinceLastProgress: 16 })).toEqual(['critical:processing-stopped']);
    expect(codes({ activeRuns: 0, minutesSinceLastProgress: 20, processedLastHour: 0 })).toEqual(['critical:processing-stopped']);
    // Nothing in flight and nothing running: idle, not stopped.
    expect(codes({ activeRuns: 0, pendingUsers: 0, minutesSinceLastProgress: 600, processedLastHour: 0 })).toEqual([]);
    // A run younger than 15 minutes has not had the chance yet.
    expect(codes({ minutesSinceLastProgress: undefined, activeRunMinutes: 3, processedLastHour: 0 })).toEqual([]);
  });

  it('error rate above 5% is critical, above 1% a warning', () => {
    expect(codes({ failedLastHour: 3_001 })).toEqual(['critical:error-rate-critical']);
    expect(codes({ failedLastHour: 601 })).toEqual(['warning:error-rate-warning']);
    expect(codes({ failedLastHour: 600 })).toEqual([]);
  });

  it('throughput below 100/min is critical, below 500/min a warning, after the warm-up', () => {
    expect(codes({ recentUsersPerMinute: 99 })).toEqual(['critical:throughput-critical']);
    expect(codes({ recentUsersPerMinute: 499 })).toEqual(['warning:throughput-warning']);
    expect(codes({ recentUsersPerMinute: 10, activeRunMinutes: ALERT_THRESHOLDS.throughputGraceMinutes - 1 })).toEqual([]);
  });

  it('a run without heartbeats is reported as dead', () => {
    expect(codes({ staleRuns: ['BATCH_X'] })).toEqual(['critical:runner-died']);
  });
});

describe('run options', () => {
  const now = new Date('2025-10-07T02:00:00Z');

  it('apply the mode defaults', () => {
    expect(resolveRunOptions({ mode: 'weekly' }, now)).toMatchObject({
      mode: 'weekly',
      tables: { input: 'user_spending_data', output: 'card_recommendations' },
      chunkSize: 10_000,
      workers: 2,
      limit: undefined,
      leaseSeconds: 600,
      chunkMode: 'procedure',
    });
    expect(resolveRunOptions({ mode: 'test' }, now)).toMatchObject({
      tables: { input: 'user_spending_data_test', output: 'card_recommendations_test' },
      limit: 1_000,
      chunkMode: 'statements',
    });
    expect(resolveRunOptions({ mode: 'initial' }, now).batchId).toMatch(/^BATCH_20251007_020000_[0-9a-f]{4}$/);
  });

  it.each([
    [{ mode: 'monthly' }, /--mode must be one of initial, weekly, test/],
    [{ mode: 'initial', workers: '0' }, /--workers must be a positive whole number/],
    [{ mode: 'initial', chunkSize: '1e4' }, /--chunk-size must be a positive whole number/],
    [{ mode: 'initial', inputTable: 'users; DROP' }, /--input-table must be a plain table name/],
    [{ mode: 'test', inputTable: 'user_spending_data' }, /must not name the production tables/],
    [{ mode: 'test', chunkMode: 'procedure' }, /--chunk-mode procedure targets the production tables/],
    [{ mode: 'initial', batchId: 'x'.repeat(60) }, /--batch-id/],
  ])('reject %j', (options, message) => {
    expect(() => resolveRunOptions(options)).toThrow(message);
  });
});

describe('exit codes of a run', () => {
  const summary = (status: RunSummary['status'], failure?: RunSummary['failure']) => ({ status, failure }) as RunSummary;

  it('map the run outcome', () => {
    expect(exitCodeForRun(summary('succeeded'))).toBe(EXIT.ok);
    expect(exitCodeForRun(summary('partial'))).toBe(EXIT.partial);
    expect(exitCodeForRun(summary('failed', 'interrupted'))).toBe(EXIT.partial);
    expect(exitCodeForRun(summary('failed', 'configuration'))).toBe(EXIT.config);
    expect(exitCodeForRun(summary('failed', 'database-unreachable'))).toBe(EXIT.databaseUnreachable);
    expect(exitCodeForRun(summary('failed', 'checks-failed'))).toBe(EXIT.internal);
    expect(exitCodeForRun(summary('failed', 'internal'))).toBe(EXIT.internal);
  });
});

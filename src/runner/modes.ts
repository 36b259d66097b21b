/**
 * What each `--mode` means. They share one engine; a mode sets defaults and the target the run
 * is judged against (PRD 2.2 / 6.1: the initial backfill in under 24 h, a weekly batch in under
 * 1 h), and `test` points the run at copies of the tables (PRD 10.1).
 */
import { RUN_DEFAULTS } from './run-batch.js';
import { PRODUCTION_TABLES, TEST_TABLES, type RunMode, type RunnerTables } from './run-types.js';

export interface ModeProfile {
  readonly mode: RunMode;
  readonly tables: RunnerTables;
  readonly chunkSize: number;
  readonly workers: number;
  readonly leaseSeconds: number;
  /** Users to copy into (and process from) the test tables. */
  readonly limit: number | undefined;
  /** The PRD's completion target, in minutes; the run warns when it is projected to miss it. */
  readonly targetMinutes: number | undefined;
}

export const MODE_PROFILES: Readonly<Record<RunMode, ModeProfile>> = {
  initial: {
    mode: 'initial',
    tables: PRODUCTION_TABLES,
    chunkSize: RUN_DEFAULTS.chunkSize,
    workers: RUN_DEFAULTS.workers,
    leaseSeconds: RUN_DEFAULTS.leaseSeconds,
    limit: undefined,
    targetMinutes: 24 * 60,
  },
  weekly: {
    mode: 'weekly',
    tables: PRODUCTION_TABLES,
    chunkSize: RUN_DEFAULTS.chunkSize,
    workers: RUN_DEFAULTS.workers,
    leaseSeconds: RUN_DEFAULTS.leaseSeconds,
    limit: undefined,
    targetMinutes: 60,
  },
  test: {
    mode: 'test',
    tables: TEST_TABLES,
    chunkSize: RUN_DEFAULTS.chunkSize,
    workers: RUN_DEFAULTS.workers,
    leaseSeconds: RUN_DEFAULTS.leaseSeconds,
    // PRD 10.1 phase 1: 1,000 users.
    limit: 1_000,
    targetMinutes: undefined,
  },
};

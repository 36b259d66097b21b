/**
 * The run ledger (cg_run): one row per batch id, written as the run goes so that `status` and a
 * later reader see progress and the outcome. Counters are added to (never overwritten), so two
 * runners sharing a `--batch-id` both count.
 */
import { sql } from 'kysely';
import type { Database } from '../db/pool.js';
import { RunConfigurationError } from './errors.js';
import type { RunMode, RunRelease, RunnerTables } from './run-types.js';
import { countOf } from './sql.js';

/** cg_run.status. `abandoned`: the runner stopped without finishing (killed, host lost). */
export type LedgerStatus = 'running' | 'succeeded' | 'partial' | 'failed' | 'abandoned';

/** A `running` row whose heartbeat is older than this is considered dead (heartbeats come every ≤ 30 s). */
export const STALE_RUN_SECONDS = 300;

export interface RunStart {
  readonly batchId: string;
  readonly mode: RunMode;
  readonly release: RunRelease;
  readonly tables: RunnerTables;
  readonly workers: number;
  readonly chunkSize: number;
  readonly leaseSeconds: number;
  /** `host:pid` */
  readonly runner: string;
}

/** What one step of the run adds to the ledger's counters. */
export interface LedgerDelta {
  readonly usersClaimed?: number;
  readonly usersCompleted?: number;
  readonly usersFailed?: number;
  readonly usersReclaimed?: number;
  readonly usersReset?: number;
  readonly chunks?: number;
  readonly retries?: number;
  readonly chunksReleased?: number;
  readonly leasesLost?: number;
}

export interface RunRecord {
  readonly batchId: string;
  readonly mode: string;
  readonly releaseId: string;
  readonly sqlSha256: string;
  readonly status: LedgerStatus | string;
  readonly startedAt: string;
  readonly finishedAt: string | null;
  readonly heartbeatAt: string | null;
  /** True for a `running` row without a heartbeat for STALE_RUN_SECONDS. */
  readonly stale: boolean;
  readonly inputTable: string;
  readonly outputTable: string;
  readonly workers: number | null;
  readonly chunkSize: number | null;
  readonly leaseSeconds: number | null;
  readonly runner: string | null;
  readonly usersClaimed: number;
  readonly usersCompleted: number;
  readonly usersFailed: number;
  readonly usersReclaimed: number;
  readonly usersReset: number;
  readonly chunks: number;
  readonly retries: number;
  readonly chunksReleased: number;
  readonly leasesLost: number;
  /** Exact decimal text, as stored. */
  readonly usersPerSecond: string | null;
  readonly error: string | null;
}

/**
 * Opens the ledger row. A batch id already in the ledger is resumed (status back to `running`)
 * when mode, release SQL and tables agree, so a crashed batch can be finished under its own id;
 * anything else is refused. Returns whether the row existed.
 */
export async function startRun(db: Database, run: RunStart): Promise<{ resumed: boolean }> {
  const { rows } = await sql<{ mode: string; sql_sha256: string; input_table: string; output_table: string }>`
    SELECT \`mode\`, \`sql_sha256\`, \`input_table\`, \`output_table\` FROM \`cg_run\` WHERE \`batch_id\` = ${run.batchId}
  `.execute(db.kysely);
  const existing = rows[0];
  if (existing === undefined) {
    await sql`
      INSERT INTO \`cg_run\` (\`batch_id\`, \`mode\`, \`release_id\`, \`sql_sha256\`, \`status\`, \`input_table\`, \`output_table\`,
        \`workers\`, \`chunk_size\`, \`lease_seconds\`, \`runner\`, \`heartbeat_at\`)
      VALUES (${run.batchId}, ${run.mode}, ${run.release.id}, ${run.release.sqlSha256}, ${'running'}, ${run.tables.input},
        ${run.tables.output}, ${run.workers}, ${run.chunkSize}, ${run.leaseSeconds}, ${run.runner}, NOW(3))
    `.execute(db.kysely);
    return { resumed: false };
  }
  const mismatch = [
    existing.mode !== run.mode ? `mode ${existing.mode}` : undefined,
    existing.sql_sha256 !== run.release.sqlSha256 ? `release SQL ${existing.sql_sha256.slice(0, 12)}…` : undefined,
    existing.input_table !== run.tables.input || existing.output_table !== run.tables.output
      ? `tables ${existing.input_table} → ${existing.output_table}`
      : undefined,
  ].filter((part): part is string => part !== undefined);
  if (mismatch.length > 0) {
    throw new RunConfigurationError(
      `batch id ${run.batchId} already belongs to a run with ${mismatch.join(', ')}; choose another --batch-id (or omit it)`,
    );
  }
  await sql`
    UPDATE \`cg_run\`
    SET \`status\` = ${'running'}, \`finished_at\` = NULL, \`error\` = NULL, \`heartbeat_at\` = NOW(3), \`runner\` = ${run.runner},
      \`workers\` = ${run.workers}, \`chunk_size\` = ${run.chunkSize}, \`lease_seconds\` = ${run.leaseSeconds}
    WHERE \`batch_id\` = ${run.batchId}
  `.execute(db.kysely);
  return { resumed: true };
}

/** Adds to the counters and beats the heartbeat. */
export async function recordProgress(db: Database, batchId: string, delta: LedgerDelta): Promise<void> {
  await sql`
    UPDATE \`cg_run\`
    SET \`users_claimed\` = \`users_claimed\` + ${delta.usersClaimed ?? 0},
      \`users_completed\` = \`users_completed\` + ${delta.usersCompleted ?? 0},
      \`users_failed\` = \`users_failed\` + ${delta.usersFailed ?? 0},
      \`users_reclaimed\` = \`users_reclaimed\` + ${delta.usersReclaimed ?? 0},
      \`users_reset\` = \`users_reset\` + ${delta.usersReset ?? 0},
      \`chunks\` = \`chunks\` + ${delta.chunks ?? 0},
      \`retries\` = \`retries\` + ${delta.retries ?? 0},
      \`chunks_released\` = \`chunks_released\` + ${delta.chunksReleased ?? 0},
      \`leases_lost\` = \`leases_lost\` + ${delta.leasesLost ?? 0},
      \`heartbeat_at\` = NOW(3)
    WHERE \`batch_id\` = ${batchId}
  `.execute(db.kysely);
}

/** Closes the row: final status, error, and throughput over the row's whole life. */
export async function finishRun(
  db: Database,
  batchId: string,
  outcome: { readonly status: Exclude<LedgerStatus, 'running' | 'abandoned'>; readonly error: string | undefined },
): Promise<void> {
  await sql`
    UPDATE \`cg_run\`
    SET \`status\` = ${outcome.status}, \`error\` = ${outcome.error ?? null}, \`finished_at\` = NOW(3), \`heartbeat_at\` = NOW(3),
      \`users_per_second\` = ROUND(
        (\`users_completed\` + \`users_failed\`) * 1000000
          / GREATEST(TIMESTAMPDIFF(MICROSECOND, \`started_at\`, NOW(3)), 1000), 2)
    WHERE \`batch_id\` = ${batchId}
  `.execute(db.kysely);
}

/** Marks `running` rows without a heartbeat for STALE_RUN_SECONDS as `abandoned`; returns how many. */
export async function markAbandonedRuns(db: Database, staleSeconds = STALE_RUN_SECONDS): Promise<number> {
  const result = await sql`
    UPDATE \`cg_run\`
    SET \`status\` = ${'abandoned'}, \`finished_at\` = \`heartbeat_at\`,
      \`error\` = CONCAT(${'runner stopped without finishing; last heartbeat '}, \`heartbeat_at\`)
    WHERE \`status\` = ${'running'} AND \`heartbeat_at\` < NOW(3) - INTERVAL ${staleSeconds} SECOND
  `.execute(db.kysely);
  return Number(result.numAffectedRows ?? 0n);
}

interface RunRow {
  batch_id: string;
  mode: string;
  release_id: string;
  sql_sha256: string;
  status: string;
  started_at: string;
  finished_at: string | null;
  heartbeat_at: string | null;
  stale: string | number | null;
  input_table: string;
  output_table: string;
  workers: string | number | null;
  chunk_size: string | number | null;
  lease_seconds: string | number | null;
  runner: string | null;
  users_claimed: string | number;
  users_completed: string | number;
  users_failed: string | number;
  users_reclaimed: string | number;
  users_reset: string | number;
  chunks: string | number;
  retries: string | number;
  chunks_released: string | number;
  leases_lost: string | number;
  users_per_second: string | null;
  error: string | null;
}

const optionalCount = (value: string | number | null): number | null => (value === null ? null : countOf(value));

function toRecord(row: RunRow): RunRecord {
  return {
    batchId: row.batch_id,
    mode: row.mode,
    releaseId: row.release_id,
    sqlSha256: row.sql_sha256,
    status: row.status,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    heartbeatAt: row.heartbeat_at,
    stale: Number(row.stale ?? 0) === 1,
    inputTable: row.input_table,
    outputTable: row.output_table,
    workers: optionalCount(row.workers),
    chunkSize: optionalCount(row.chunk_size),
    leaseSeconds: optionalCount(row.lease_seconds),
    runner: row.runner,
    usersClaimed: countOf(row.users_claimed),
    usersCompleted: countOf(row.users_completed),
    usersFailed: countOf(row.users_failed),
    usersReclaimed: countOf(row.users_reclaimed),
    usersReset: countOf(row.users_reset),
    chunks: countOf(row.chunks),
    retries: countOf(row.retries),
    chunksReleased: countOf(row.chunks_released),
    leasesLost: countOf(row.leases_lost),
    usersPerSecond: row.users_per_second,
    error: row.error,
  };
}

const RUN_COLUMNS = sql`
  \`batch_id\`, \`mode\`, \`release_id\`, \`sql_sha256\`, \`status\`, \`started_at\`, \`finished_at\`, \`heartbeat_at\`,
  (\`status\` = 'running' AND (\`heartbeat_at\` IS NULL OR \`heartbeat_at\` < NOW(3) - INTERVAL ${STALE_RUN_SECONDS} SECOND)) AS \`stale\`,
  \`input_table\`, \`output_table\`, \`workers\`, \`chunk_size\`, \`lease_seconds\`, \`runner\`,
  \`users_claimed\`, \`users_completed\`, \`users_failed\`, \`users_reclaimed\`, \`users_reset\`, \`chunks\`, \`retries\`,
  \`chunks_released\`, \`leases_lost\`, \`users_per_second\`, \`error\`
`;

export async function readRun(db: Database, batchId: string): Promise<RunRecord | undefined> {
  const { rows } = await sql<RunRow>`SELECT ${RUN_COLUMNS} FROM \`cg_run\` WHERE \`batch_id\` = ${batchId}`.execute(db.kysely);
  const row = rows[0];
  return row === undefined ? undefined : toRecord(row);
}

/** The most recent runs on `inputTable`, newest first. */
export async function listRuns(db: Database, options: { readonly limit: number; readonly inputTable?: string }): Promise<RunRecord[]> {
  const filter = options.inputTable === undefined ? sql`` : sql`WHERE \`input_table\` = ${options.inputTable}`;
  const { rows } = await sql<RunRow>`
    SELECT ${RUN_COLUMNS} FROM \`cg_run\` ${filter}
    ORDER BY \`started_at\` DESC, \`batch_id\` DESC
    LIMIT ${options.limit}
  `.execute(db.kysely);
  return rows.map(toRecord);
}

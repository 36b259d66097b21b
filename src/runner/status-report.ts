/**
 * The processing dashboard (PRD 8.1 and appendix C): users by status, throughput per minute over
 * the last hour, ETA, errors in the last hour, leases, the last runs, and the PRD 8.2 alerts.
 * Read-only; every query is an aggregate a busy server answers from its indexes
 * (idx_processing_status, idx_last_processed, idx_processed_at) except COUNT(*) of the output.
 */
import { sql } from 'kysely';
import type { Database } from '../db/pool.js';
import { tableIdentifier } from '../db/sql-identifier.js';
import { statusCounts, type StatusCount } from '../db/status-counts.js';
import { evaluateAlerts, type Alert } from './alerts.js';
import { listRuns, type RunRecord } from './run-ledger.js';
import type { RunnerTables } from './run-types.js';
import { countOf } from './sql.js';

export interface MinuteBucket {
  /** `YYYY-MM-DD hh:mm:00` UTC */
  readonly minute: string;
  readonly users: number;
}

export interface StatusReport {
  /** Server time (UTC) the report was taken at. */
  readonly generatedAt: string;
  readonly tables: RunnerTables;
  readonly users: {
    readonly total: number;
    readonly new: number;
    readonly pending: number;
    readonly completed: number;
    readonly failed: number;
    /** Users with a NULL processing_status (never claimed by the engine). */
    readonly nullStatus: number;
    readonly byStatus: readonly StatusCount[];
  };
  readonly leases: {
    /** Pending users under an unexpired lease (being processed now). */
    readonly live: number;
    /** Pending users whose lease expired: the next run (or a live runner's recovery) reclaims them. */
    readonly expired: number;
    /** Pending users without any lease row (set pending outside the engine): reset them by hand. */
    readonly pendingWithoutLease: number;
  };
  readonly throughput: {
    /** Users finished per minute, newest first (PRD 8.1 throughput query). */
    readonly lastHour: readonly MinuteBucket[];
    readonly usersLastHour: number;
    /** Average over the last hour. */
    readonly perMinuteLastHour: number;
    /** Over the last 15 minutes (or since the active run started, if later): what ETA and alerts use. */
    readonly perMinuteRecent: number;
    readonly lastProgressAt: string | null;
  };
  /** Seconds until `new` + `pending` users are done at the recent pace; null when nothing moves. */
  readonly etaSeconds: number | null;
  readonly errors: {
    readonly lastHour: number;
    /** failed / finished in the last hour; null when nothing finished. */
    readonly rateLastHour: number | null;
    /** The most common processing_error texts among failed users. */
    readonly top: readonly { readonly error: string | null; readonly users: number }[];
  };
  /** PRD appendix C, metric for metric. */
  readonly dashboard: readonly { readonly metric: string; readonly value: number | null }[];
  readonly currentBatchId: string | null;
  readonly activeRuns: readonly RunRecord[];
  readonly runs: readonly RunRecord[];
  readonly alerts: readonly Alert[];
}

export interface StatusOptions {
  readonly tables: RunnerTables;
  /** Ledger rows to show. Default 10. */
  readonly runs?: number;
}

const RECENT_MINUTES = 15;

export async function statusReport(db: Database, options: StatusOptions): Promise<StatusReport> {
  const { tables } = options;
  const input = tableIdentifier(tables.input);
  const output = tableIdentifier(tables.output);

  const [{ rows: nowRows }, byStatus] = await Promise.all([
    sql<{ now: string }>`SELECT NOW(3) AS \`now\``.execute(db.kysely),
    statusCounts(db, tables.input),
  ]);
  const generatedAt = nowRows[0]?.now ?? '';
  const count = (status: StatusCount['status']) => byStatus.find((entry) => entry.status === status)?.count ?? 0;
  const users = {
    total: byStatus.reduce((sum, entry) => sum + entry.count, 0),
    new: count('new'),
    pending: count('pending'),
    completed: count('completed'),
    failed: count('failed'),
    nullStatus: count(null),
    byStatus,
  };

  const { rows: leaseRows } = await sql<{ live: string | null; expired: string | null; without_lease: string | null }>`
    SELECT
      SUM(\`l\`.\`lease_expires_at\` > NOW(3)) AS \`live\`,
      SUM(\`l\`.\`lease_expires_at\` <= NOW(3)) AS \`expired\`,
      SUM(\`l\`.\`user_id\` IS NULL) AS \`without_lease\`
    FROM ${input} AS \`u\`
    LEFT JOIN \`cg_lease\` AS \`l\` ON \`l\`.\`input_table\` = ${tables.input} AND \`l\`.\`user_id\` = \`u\`.\`user_id\`
    WHERE \`u\`.\`processing_status\` = ${'pending'}
  `.execute(db.kysely);
  const leases = {
    live: countOf(leaseRows[0]?.live),
    expired: countOf(leaseRows[0]?.expired),
    pendingWithoutLease: countOf(leaseRows[0]?.without_lease),
  };

  // PRD 8.1 throughput query (failed users count too: they were processed).
  const { rows: bucketRows } = await sql<{ minute: string; users: string }>`
    SELECT DATE_FORMAT(\`last_processed_at\`, ${'%Y-%m-%d %H:%i:00'}) AS \`minute\`, COUNT(*) AS \`users\`
    FROM ${input}
    WHERE \`last_processed_at\` >= NOW() - INTERVAL 1 HOUR
    GROUP BY \`minute\`
    ORDER BY \`minute\` DESC
  `.execute(db.kysely);
  const lastHour = bucketRows.map((row) => ({ minute: row.minute, users: countOf(row.users) }));
  const usersLastHour = lastHour.reduce((sum, bucket) => sum + bucket.users, 0);

  const { rows: recentRows } = await sql<{ recent: string; failed_last_hour: string; last_progress: string | null }>`
    SELECT
      (SELECT COUNT(*) FROM ${input} WHERE \`last_processed_at\` >= NOW() - INTERVAL ${RECENT_MINUTES} MINUTE) AS \`recent\`,
      (SELECT COUNT(*) FROM ${input}
        WHERE \`last_processed_at\` >= NOW() - INTERVAL 1 HOUR AND \`processing_status\` = ${'failed'}) AS \`failed_last_hour\`,
      (SELECT MAX(\`last_processed_at\`) FROM ${input}) AS \`last_progress\`
  `.execute(db.kysely);
  const recentUsers = countOf(recentRows[0]?.recent);
  const failedLastHour = countOf(recentRows[0]?.failed_last_hour);
  const lastProgressAt = recentRows[0]?.last_progress ?? null;

  const { rows: topErrorRows } = await sql<{ error: string | null; users: string }>`
    SELECT \`processing_error\` AS \`error\`, COUNT(*) AS \`users\`
    FROM ${input} WHERE \`processing_status\` = ${'failed'}
    GROUP BY \`processing_error\` ORDER BY \`users\` DESC, \`error\` LIMIT 5
  `.execute(db.kysely);

  // PRD appendix C. "Avg Processing Time (min)" keeps the PRD's definition (span of today's
  // processed_at), with DATE(processed_at) = CURDATE() written as a range so idx_processed_at serves it.
  const { rows: outputRows } = await sql<{ recommendations: string; span_minutes: string | null }>`
    SELECT
      (SELECT COUNT(*) FROM ${output}) AS \`recommendations\`,
      (SELECT TIMESTAMPDIFF(MINUTE, MIN(\`processed_at\`), MAX(\`processed_at\`)) FROM ${output}
        WHERE \`processed_at\` >= CURDATE() AND \`processed_at\` < CURDATE() + INTERVAL 1 DAY) AS \`span_minutes\`
  `.execute(db.kysely);
  const recommendations = countOf(outputRows[0]?.recommendations);
  const spanMinutes = outputRows[0]?.span_minutes;

  const runs = await listRuns(db, { limit: options.runs ?? 10, inputTable: tables.input });
  const activeRuns = runs.filter((run) => run.status === 'running' && !run.stale);
  const staleRuns = runs.filter((run) => run.status === 'running' && run.stale).map((run) => run.batchId);

  const minutesBetween = (from: string | null): number | undefined =>
    from === null ? undefined : Math.max(0, (Date.parse(`${generatedAt.replace(' ', 'T')}Z`) - Date.parse(`${from.replace(' ', 'T')}Z`)) / 60_000);
  const activeRunMinutes = Math.max(0, ...activeRuns.map((run) => minutesBetween(run.startedAt) ?? 0));
  const recentWindow = activeRuns.length > 0 ? Math.min(RECENT_MINUTES, Math.max(activeRunMinutes, 1)) : RECENT_MINUTES;
  const perMinuteRecent = round1(recentUsers / recentWindow);
  const remaining = users.new + users.pending;
  const etaSeconds = remaining === 0 ? 0 : perMinuteRecent > 0 ? Math.round((remaining / perMinuteRecent) * 60) : null;

  const alerts = evaluateAlerts({
    activeRuns: activeRuns.length,
    staleRuns,
    pendingUsers: users.pending,
    newUsers: users.new,
    minutesSinceLastProgress: minutesBetween(lastProgressAt),
    processedLastHour: usersLastHour,
    failedLastHour,
    recentUsersPerMinute: perMinuteRecent,
    activeRunMinutes,
  });

  return {
    generatedAt,
    tables,
    users,
    leases,
    throughput: { lastHour, usersLastHour, perMinuteLastHour: round1(usersLastHour / 60), perMinuteRecent, lastProgressAt },
    etaSeconds,
    errors: {
      lastHour: failedLastHour,
      rateLastHour: usersLastHour > 0 ? failedLastHour / usersLastHour : null,
      top: topErrorRows.map((row) => ({ error: row.error, users: countOf(row.users) })),
    },
    dashboard: [
      { metric: 'Total Users', value: users.total },
      { metric: 'Completed', value: users.completed },
      { metric: 'Pending', value: users.new + users.pending },
      { metric: 'Failed', value: users.failed },
      { metric: 'Total Recommendations', value: recommendations },
      { metric: 'Avg Processing Time (min)', value: spanMinutes === null || spanMinutes === undefined ? null : Number(spanMinutes) },
    ],
    currentBatchId: activeRuns[0]?.batchId ?? null,
    activeRuns,
    runs,
    alerts,
  };
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

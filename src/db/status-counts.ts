import { sql } from 'kysely';
import type { Database } from './pool.js';
import { PROCESSING_STATUSES, type ProcessingStatus, type TimestampString } from './schema.js';
import { toSafeInteger } from './safe-integer.js';
import { tableIdentifier } from './sql-identifier.js';

export interface StatusCount {
  /** NULL is a legal `processing_status` in the PRD table (the column has no NOT NULL). */
  readonly status: ProcessingStatus | null;
  readonly count: number;
  readonly oldestProcessedAt: TimestampString | null;
  readonly latestProcessedAt: TimestampString | null;
}

/**
 * Users per `processing_status` (PRD 8.1 progress query; PRD 10.2 query 1 reads the same counts).
 * The four PRD statuses are always present, with count 0 when absent; a NULL-status row follows
 * only when such users exist.
 */
export async function statusCounts(db: Database, inputTable = 'user_spending_data'): Promise<StatusCount[]> {
  const { rows } = await sql<{
    status: ProcessingStatus | null;
    count: string;
    oldest_processed: TimestampString | null;
    latest_processed: TimestampString | null;
  }>`
    SELECT \`processing_status\` AS \`status\`,
      COUNT(*) AS \`count\`,
      MIN(\`last_processed_at\`) AS \`oldest_processed\`,
      MAX(\`last_processed_at\`) AS \`latest_processed\`
    FROM ${tableIdentifier(inputTable)}
    GROUP BY \`processing_status\`
  `.execute(db.kysely);

  const byStatus = new Map(rows.map((row) => [row.status, row]));
  const statuses: (ProcessingStatus | null)[] = [...PROCESSING_STATUSES];
  if (byStatus.has(null)) statuses.push(null);
  return statuses.map((status) => {
    const row = byStatus.get(status);
    return {
      status,
      count: row === undefined ? 0 : toSafeInteger(row.count),
      oldestProcessedAt: row?.oldest_processed ?? null,
      latestProcessedAt: row?.latest_processed ?? null,
    };
  });
}

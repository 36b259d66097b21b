/**
 * `verify`: recompute a sample of a database's processed users with the reference engine and
 * report every difference. Completed users are compared row by row and column by column; failed
 * users must have been rejected by the reference too, with the same reason.
 */
import { sql } from 'kysely';
import type { Release } from '../catalog/rule-tree.js';
import { Decimal } from '../contract/decimal.js';
import type { InputMapping } from '../contract/input-mapping.js';
import type { Database } from '../db/pool.js';
import { tableIdentifier } from '../db/sql-identifier.js';
import { recommendForUser } from '../reference/recommend-user.js';
import { compareUserRows, type RowDifference, type StoredRow } from './compare-rows.js';

export interface VerifyOptions {
  readonly sample: number;
  readonly inputTable?: string;
  readonly outputTable?: string;
  /** Seed for the sample (same seed, same users on the same data). */
  readonly seed?: number;
  /** Also check failed users' reasons. Default true. */
  readonly includeFailed?: boolean;
}

export interface VerifyReport {
  readonly release: string;
  readonly sampled: number;
  readonly matched: number;
  /** Percentage of sampled users whose stored result equals the reference, 2 decimals. */
  readonly match_rate: string;
  readonly completed_sampled: number;
  readonly failed_sampled: number;
  readonly differences: readonly RowDifference[];
}

const FETCH_BATCH = 1000;

export async function verifyDatabase(db: Database, release: Release, mapping: InputMapping, options: VerifyOptions): Promise<VerifyReport> {
  const input = tableIdentifier(options.inputTable ?? 'user_spending_data');
  const output = tableIdentifier(options.outputTable ?? 'card_recommendations');
  const idColumn = sql.id(mapping.userIdColumn);
  const statuses = options.includeFailed === false ? ['completed'] : ['completed', 'failed'];
  const seed = options.seed ?? 1;

  const sampled = await sql<{ user_id: string }>`
    SELECT ${idColumn} AS user_id FROM ${input}
    WHERE processing_status IN (${sql.join(statuses)})
    ORDER BY RAND(${seed}) LIMIT ${options.sample}`.execute(db.kysely);
  const userIds = sampled.rows.map((row) => row.user_id);

  const differences: RowDifference[] = [];
  let matched = 0;
  let completed = 0;
  let failed = 0;
  const columns = [...mapping.columns.values()];
  for (let start = 0; start < userIds.length; start += FETCH_BATCH) {
    const batch = userIds.slice(start, start + FETCH_BATCH);
    const users = await sql<Record<string, unknown>>`
      SELECT ${idColumn} AS user_id, processing_status, processing_error, ${sql.join(columns.map((column) => sql.id(column)))}
      FROM ${input} WHERE ${idColumn} IN (${sql.join(batch)})`.execute(db.kysely);
    const stored = await sql<StoredRow & { user_id: string }>`
      SELECT * FROM ${output} WHERE user_id IN (${sql.join(batch)})`.execute(db.kysely);
    const rowsByUser = new Map<string, StoredRow[]>();
    for (const row of stored.rows) {
      const list = rowsByUser.get(row.user_id) ?? [];
      list.push(row);
      rowsByUser.set(row.user_id, list);
    }
    for (const user of users.rows) {
      const userId = String(user.user_id);
      const row = Object.fromEntries(columns.map((column) => [column, user[column] as string | null]));
      const reference = recommendForUser(release, mapping, row);
      const own: RowDifference[] = [];
      if (user.processing_status === 'failed') {
        failed += 1;
        const storedReason = user.processing_error === null ? null : String(user.processing_error);
        if (reference.ok) own.push({ user_id: userId, rank: null, column: 'processing_status', database: `failed: ${storedReason}`, reference: 'completed' });
        else if (reference.reason !== storedReason) own.push({ user_id: userId, rank: null, column: 'processing_error', database: storedReason, reference: reference.reason });
      } else {
        completed += 1;
        if (!reference.ok) own.push({ user_id: userId, rank: null, column: 'processing_status', database: 'completed', reference: `failed: ${reference.reason}` });
        else own.push(...compareUserRows(userId, reference.rows, rowsByUser.get(userId) ?? []));
      }
      if (own.length === 0) matched += 1;
      differences.push(...own);
    }
  }
  const total = userIds.length;
  // Rounded down, so that one difference in a million never shows as 100.00%.
  const rate = total === 0 ? '100.00' : new Decimal(matched).times(100).dividedBy(total).toDecimalPlaces(2, Decimal.ROUND_DOWN).toFixed(2);
  return {
    release: release.id,
    sampled: total,
    matched,
    match_rate: rate,
    completed_sampled: completed,
    failed_sampled: failed,
    differences,
  };
}

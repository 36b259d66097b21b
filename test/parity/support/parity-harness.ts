/**
 * Differential testing: the same users through the compiled SQL on a real server and through the
 * reference engine (src/reference/recommend-user.ts, the oracle), compared column by column as
 * decimal strings, statuses and failure reasons included.
 */
import type { RowDataPacket } from 'mysql2/promise';
import type { Release } from '../../../src/catalog/rule-tree.js';
import type { CompiledRelease } from '../../../src/compiler/compile-release.js';
import type { InputMapping } from '../../../src/contract/input-mapping.js';
import type { Database } from '../../../src/db/pool.js';
import { runChunk, type ChunkCounts, type ChunkMode } from '../../../src/db/run-chunk.js';
import { recommendForUser, type RecommendationRow, type UserRecommendation } from '../../../src/reference/recommend-user.js';
import { COMPARED_COLUMNS } from '../../../src/verify/compare-rows.js';
import type { ParityUser } from './parity-users.js';

export type IdentifiedUser = ParityUser & { readonly userId: string };

const OUTPUT_COLUMNS = ['rank', ...COMPARED_COLUMNS] as const satisfies readonly (keyof RecommendationRow)[];

export interface ParityDifference {
  readonly userId: string;
  readonly label: string;
  readonly what: string;
  readonly database: string;
  readonly reference: string;
}

export interface ParityReport {
  readonly users: number;
  readonly completed: number;
  readonly failed: number;
  readonly rows: number;
  readonly differences: number;
  /** The first differences, for the failure message. */
  readonly sample: readonly ParityDifference[];
}

/** The PRD declares the spend columns NOT NULL; production copies may not, so the tests load NULLs too. */
export async function allowNullSpend(db: Database, mapping: InputMapping, table = 'user_spending_data'): Promise<void> {
  for (const column of mapping.columns.values()) {
    await db.pool.query(`ALTER TABLE \`${table}\` MODIFY \`${column}\` DECIMAL(12, 2) NULL DEFAULT 0`);
  }
}

/** Multi-row INSERTs of `pending` users. */
export async function loadUsers(db: Database, mapping: InputMapping, users: readonly IdentifiedUser[], batch = 2_000): Promise<void> {
  const columns = [...mapping.columns.values()];
  const list = ['user_id', ...columns, 'processing_status'].map((column) => `\`${column}\``).join(', ');
  const placeholders = `(${['?', ...columns.map(() => '?'), "'pending'"].join(', ')})`;
  for (let start = 0; start < users.length; start += batch) {
    const slice = users.slice(start, start + batch);
    const values = slice.flatMap((user) => [user.userId, ...columns.map((column) => user.values[column] ?? null)]);
    await db.pool.query(`INSERT INTO \`user_spending_data\` (${list}) VALUES ${slice.map(() => placeholders).join(', ')}`, values);
  }
}

/** Puts every user back to `pending` without rows, for a second run over the same users. */
export async function resetUsers(db: Database): Promise<void> {
  await db.pool.query('DELETE FROM `card_recommendations`');
  await db.pool.query("UPDATE `user_spending_data` SET `processing_status` = 'pending', `processing_error` = NULL, `last_processed_at` = NULL");
}

export interface ChunkRun {
  readonly counts: ChunkCounts;
  readonly chunks: number;
  readonly milliseconds: number;
}

/** Runs the chunk over the (sorted) users in slices of `chunkSize`, one transaction each. */
export async function runChunks(
  db: Database,
  compiled: CompiledRelease,
  users: readonly IdentifiedUser[],
  options: { readonly mode: ChunkMode; readonly chunkSize: number; readonly batchId: string },
): Promise<ChunkRun> {
  const ids = users.map((user) => user.userId).sort();
  let insertedRows = 0;
  let completed = 0;
  let failed = 0;
  let chunks = 0;
  const started = performance.now();
  const connection = await db.pool.getConnection();
  try {
    for (let start = 0; start < ids.length; start += options.chunkSize) {
      const slice = ids.slice(start, start + options.chunkSize);
      await connection.beginTransaction();
      try {
        const counts = await runChunk(connection, compiled, {
          batchId: options.batchId,
          firstUserId: slice[0] ?? '',
          lastUserId: slice.at(-1) ?? '',
          mode: options.mode,
        });
        await connection.commit();
        insertedRows += counts.insertedRows;
        completed += counts.completed;
        failed += counts.failed;
        chunks += 1;
      } catch (error) {
        await connection.rollback();
        throw error;
      }
    }
  } finally {
    connection.release();
  }
  return { counts: { insertedRows, completed, failed }, chunks, milliseconds: performance.now() - started };
}

interface InputRow extends RowDataPacket {
  user_id: string;
}

interface StatusRow extends RowDataPacket {
  user_id: string;
  processing_status: string | null;
  processing_error: string | null;
}

export interface ExpectedUser {
  readonly label: string;
  readonly result: UserRecommendation;
}

export type Oracle = (row: Readonly<Record<string, string | null>>) => UserRecommendation;

/** recommendForUser on the release: the oracle. */
export function referenceOracle(release: Release, mapping: InputMapping): Oracle {
  return (row) => recommendForUser(release, mapping, row);
}

/** Reads the users' inputs as stored (the server's DECIMAL(12,2) text) and runs the oracle on them. */
export async function computeExpected(db: Database, mapping: InputMapping, users: readonly IdentifiedUser[], oracle: Oracle): Promise<Map<string, ExpectedUser>> {
  const columns = [...mapping.columns.values()];
  const labels = new Map(users.map((user) => [user.userId, user.label]));
  const ids = [...labels.keys()].sort();
  const expected = new Map<string, ExpectedUser>();
  for (let start = 0; start < ids.length; start += 5_000) {
    const [inputs] = await db.pool.query<InputRow[]>(
      `SELECT \`user_id\`, ${columns.map((column) => `\`${column}\``).join(', ')} FROM \`user_spending_data\`
       WHERE \`user_id\` BETWEEN ? AND ? ORDER BY \`user_id\``,
      [ids[start] ?? '', ids[Math.min(start + 5_000, ids.length) - 1] ?? ''],
    );
    for (const input of inputs) {
      const raw = Object.fromEntries(columns.map((column) => [column, input[column] as string | null]));
      expected.set(input.user_id, { label: labels.get(input.user_id) ?? '?', result: oracle(raw) });
    }
  }
  return expected;
}

/** Compares what the database holds now (statuses, errors, every column of every rank) with the expected results. */
export async function compareStored(db: Database, expected: ReadonlyMap<string, ExpectedUser>, options: { readonly sampleSize?: number } = {}): Promise<ParityReport> {
  const sampleSize = options.sampleSize ?? 20;
  const ids = [...expected.keys()].sort();
  const sample: ParityDifference[] = [];
  let differences = 0;
  let completed = 0;
  let failed = 0;
  let rowCount = 0;
  const differ = (difference: ParityDifference) => {
    differences += 1;
    if (sample.length < sampleSize) sample.push(difference);
  };

  for (let start = 0; start < ids.length; start += 5_000) {
    const range = [ids[start] ?? '', ids[Math.min(start + 5_000, ids.length) - 1] ?? ''];
    const [statuses] = await db.pool.query<StatusRow[]>(
      'SELECT `user_id`, `processing_status`, `processing_error` FROM `user_spending_data` WHERE `user_id` BETWEEN ? AND ?',
      range,
    );
    const [rows] = await db.pool.query<RowDataPacket[]>(
      'SELECT * FROM `card_recommendations` WHERE `user_id` BETWEEN ? AND ? ORDER BY `user_id`, `rank`',
      range,
    );
    rowCount += rows.length;
    const rowsByUser = new Map<string, RowDataPacket[]>();
    for (const row of rows) {
      const list = rowsByUser.get(row['user_id'] as string) ?? [];
      list.push(row);
      rowsByUser.set(row['user_id'] as string, list);
    }
    for (const input of statuses) {
      const userId = input.user_id;
      const wanted = expected.get(userId);
      if (!wanted) continue;
      const { label, result } = wanted;
      const stored = rowsByUser.get(userId) ?? [];
      const status = input.processing_status ?? 'NULL';
      if (!result.ok) {
        failed += 1;
        if (status !== 'failed') differ({ userId, label, what: 'processing_status', database: status, reference: 'failed' });
        if (input.processing_error !== result.reason) {
          differ({ userId, label, what: 'processing_error', database: String(input.processing_error), reference: result.reason });
        }
        if (stored.length > 0) differ({ userId, label, what: 'row count', database: String(stored.length), reference: '0' });
        continue;
      }
      completed += 1;
      if (status !== 'completed') differ({ userId, label, what: 'processing_status', database: `${status} (${String(input.processing_error)})`, reference: 'completed' });
      if (input.processing_error !== null) differ({ userId, label, what: 'processing_error', database: input.processing_error, reference: 'NULL' });
      if (stored.length !== result.rows.length) {
        differ({ userId, label, what: 'row count', database: String(stored.length), reference: String(result.rows.length) });
      }
      result.rows.forEach((row, index) => {
        const actual = stored[index];
        for (const column of OUTPUT_COLUMNS) {
          const database = actual === undefined ? '(missing row)' : String(actual[column]);
          if (database !== String(row[column])) {
            differ({ userId, label, what: `rank ${row.rank} ${column}`, database, reference: String(row[column]) });
          }
        }
      });
    }
  }
  const missing = ids.length - completed - failed;
  if (missing > 0) differ({ userId: '-', label: '-', what: 'users read back', database: String(ids.length - missing), reference: String(ids.length) });
  return { users: ids.length, completed, failed, rows: rowCount, differences, sample };
}

export function describeReport(report: ParityReport): string {
  const lines = report.sample.map(
    (difference) => `  ${difference.userId} [${difference.label}] ${difference.what}: database ${difference.database} ≠ reference ${difference.reference}`,
  );
  return `${report.differences} difference(s) over ${report.users} users (first ${report.sample.length}):\n${lines.join('\n')}`;
}

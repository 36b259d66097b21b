/**
 * The runner's statements run on one pinned connection (a chunk's transaction must), so they go
 * straight to mysql2 rather than through Kysely's pool-level builder. Every run-time value is a
 * `?` bind parameter; table names, which cannot be, pass the same strict check as db/'s
 * `tableIdentifier` and are backtick-quoted.
 */
import type { PoolConnection, ResultSetHeader, RowDataPacket } from 'mysql2/promise';
import { invalidTableNameMessage, isPlainIdentifier } from '../contract/sql-identifier-rule.js';
import { toSafeInteger } from '../db/safe-integer.js';

/** A connection held for a whole unit of work (a claim, a chunk transaction, a recovery pass). */
export type RunnerConnection = PoolConnection;

export type SqlValue = string | number | null;

/** `name` backtick-quoted, after the same check as src/db/sql-identifier.ts. */
export function quoteTable(name: string): string {
  if (!isPlainIdentifier(name)) throw new TypeError(invalidTableNameMessage(name));
  return `\`${name}\``;
}

export { isPlainIdentifier as isValidTableName };

export async function selectRows<Row>(connection: RunnerConnection, text: string, values: readonly SqlValue[] = []): Promise<Row[]> {
  const [rows] = await connection.query<RowDataPacket[]>(text, [...values]);
  return rows as unknown as Row[];
}

/** Runs an INSERT/UPDATE/DELETE and returns the rows it matched (mysql2 connects with CLIENT_FOUND_ROWS). */
export async function runStatement(connection: RunnerConnection, text: string, values: readonly SqlValue[] = []): Promise<number> {
  const [result] = await connection.query<ResultSetHeader>(text, [...values]);
  return result.affectedRows;
}

/** `?, ?, ?` for a list of values. */
export function placeholders(count: number): string {
  return Array.from({ length: count }, () => '?').join(', ');
}

/** Splits a list into slices of at most `size`, for IN lists and multi-row VALUES. */
export function slices<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) result.push(items.slice(start, start + size));
  return result;
}

/** A COUNT(*) or SUM() as a number; SUM over no rows is NULL, which counts as 0. */
export function countOf(value: string | number | null | undefined): number {
  return value === null || value === undefined ? 0 : toSafeInteger(value);
}

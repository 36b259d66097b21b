import type { RunnerConnection } from './sql.js';

/**
 * The isolation level of every runner transaction, set once per session by ConnectionSlot.
 *
 * READ COMMITTED by default: REPEATABLE READ range scans also lock the first row past the range
 * (a next-key lock), which is the first user of the neighbouring chunk, so two chunks in flight
 * side by side would wait for (or deadlock with) each other and the claim after them. Under READ
 * COMMITTED they only lock the rows they match. The chunk's range guard (lease.ts) locks the
 * range's `new` and `pending` users explicitly instead.
 * https://dev.mysql.com/doc/refman/8.4/en/innodb-transaction-isolation-levels.html
 *
 * REPEATABLE READ where READ COMMITTED cannot write: a server that binary-logs in STATEMENT
 * format refuses InnoDB writes under READ COMMITTED (error 1665).
 * https://dev.mysql.com/doc/refman/8.4/en/binary-log-setting.html
 */
export type IsolationLevel = 'READ COMMITTED' | 'REPEATABLE READ';

export async function beginTransaction(connection: RunnerConnection): Promise<void> {
  await connection.beginTransaction();
}

/** Rolls back, ignoring failure: on a dead connection the server has already rolled back. */
export async function rollbackQuietly(connection: RunnerConnection): Promise<void> {
  try {
    await connection.rollback();
  } catch {
    // The connection is gone (or never started a transaction); nothing is left to undo.
  }
}

/** READ COMMITTED unless the server binary-logs statements (see IsolationLevel). */
export async function chooseIsolationLevel(connection: RunnerConnection): Promise<IsolationLevel> {
  let rows: unknown;
  try {
    [rows] = await connection.query('SELECT @@log_bin AS `log_bin`, @@session.binlog_format AS `binlog_format`');
  } catch {
    // A server without binlog_format (deprecated in MySQL 8.0.34) logs rows only.
    return 'READ COMMITTED';
  }
  const row = (rows as { log_bin: string | number | null; binlog_format: string | null }[])[0];
  const binaryLogging = Number(row?.log_bin ?? 0) === 1;
  return binaryLogging && String(row?.binlog_format ?? '').toUpperCase() === 'STATEMENT' ? 'REPEATABLE READ' : 'READ COMMITTED';
}

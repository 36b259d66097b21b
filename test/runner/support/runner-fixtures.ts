/** Shared setup for the runner's DB-backed tests: users, a SQL stand-in for runChunk, an audit of writes. */
import { sql } from 'kysely';
import type { Database } from '../../../src/db/pool.js';
import { tableIdentifier } from '../../../src/db/sql-identifier.js';
import type { ChunkExecutor, ChunkRange, RunnerTables } from '../../../src/runner/run-types.js';
import { PRODUCTION_TABLES } from '../../../src/runner/run-types.js';
import type { RunnerConnection } from '../../../src/runner/sql.js';

export const SPEND_COLUMNS = [
  'avg_amazon_gmv',
  'avg_flipkart_gmv',
  'avg_myntra_gmv',
  'avg_ajio_gmv',
  'avg_grocery_gmv',
  'avg_confirmed_gmv',
] as const;

/** `U0001`…: fixed width, so id order is numeric order. */
export function userId(index: number): string {
  return `U${String(index).padStart(4, '0')}`;
}

/** Inserts users 1..count as `new` with some spend; `negative` ids get a negative Amazon spend. */
export async function insertSpendingUsers(
  db: Database,
  count: number,
  options: { readonly negative?: readonly number[]; readonly table?: string; readonly from?: number } = {},
): Promise<string[]> {
  const table = options.table ?? PRODUCTION_TABLES.input;
  const from = options.from ?? 1;
  const ids: string[] = [];
  const rows: string[][] = [];
  for (let index = from; index < from + count; index += 1) {
    const id = userId(index);
    ids.push(id);
    const amazon = options.negative?.includes(index) ? '-125.50' : `${(index * 37) % 5000}.25`;
    rows.push([id, amazon, '1200.00', '0.00', '300.00', '2500.75', '9000.00']);
  }
  for (let start = 0; start < rows.length; start += 1000) {
    const batch = rows.slice(start, start + 1000);
    await sql`
      INSERT INTO ${tableIdentifier(table)} (\`user_id\`, ${sql.join(SPEND_COLUMNS.map((column) => sql.id(column)))}, \`processing_status\`)
      VALUES ${sql.join(batch.map((row) => sql`(${sql.join(row)}, ${'new'})`))}
    `.execute(db.kysely);
  }
  return ids;
}

/** Empties the tables a run touches (the suite shares one database). */
export async function resetRunnerTables(db: Database): Promise<void> {
  for (const table of ['card_recommendations', 'cg_lease', 'cg_run', 'cg_test_audit']) {
    await sql`DELETE FROM ${sql.id(table)}`.execute(db.kysely).catch((error: unknown) => {
      if (!(error instanceof Error && /doesn't exist/.test(error.message))) throw error;
    });
  }
  await sql`DELETE FROM \`user_spending_data\``.execute(db.kysely);
}

/**
 * Every committed processing of a user leaves one audit row (written in the chunk's own
 * transaction, so rolled-back attempts leave none): the proof that no user is processed twice.
 */
export async function createAuditTable(db: Database): Promise<void> {
  await sql`
    CREATE TABLE IF NOT EXISTS \`cg_test_audit\` (
      \`id\` BIGINT AUTO_INCREMENT PRIMARY KEY,
      \`user_id\` VARCHAR(50) NOT NULL,
      \`batch_id\` VARCHAR(50) NOT NULL,
      \`connection_id\` BIGINT NOT NULL
    )
  `.execute(db.kysely);
}

export interface FakeExecutor extends ChunkExecutor {
  /** Every range it was handed (attempts that rolled back included). */
  readonly ranges: ChunkRange[];
}

/**
 * A SQL stand-in for runChunk with the same contract: for the pending users of the range, delete
 * old rows, insert 10 ranked rows with the batch id, fail negative-spend users with a reason,
 * complete the rest. `before` runs first on each call (to inject faults).
 */
export function fakeExecutor(
  options: {
    readonly tables?: RunnerTables;
    readonly before?: (connection: RunnerConnection, range: ChunkRange, call: number) => Promise<void>;
  } = {},
): FakeExecutor {
  const tables = options.tables ?? PRODUCTION_TABLES;
  const input = `\`${tables.input}\``;
  const output = `\`${tables.output}\``;
  const ranges: ChunkRange[] = [];
  const negative = SPEND_COLUMNS.map((column) => `\`u\`.\`${column}\` < 0`).join(' OR ');
  const executor = async (connection: RunnerConnection, range: ChunkRange): Promise<void> => {
    ranges.push(range);
    await options.before?.(connection, range, ranges.length);
    const bounds = [range.firstUserId, range.lastUserId];
    await connection.query(
      `DELETE \`r\` FROM ${output} AS \`r\` JOIN ${input} AS \`u\` ON \`u\`.\`user_id\` = \`r\`.\`user_id\`
       WHERE \`u\`.\`user_id\` BETWEEN ? AND ? AND \`u\`.\`processing_status\` = 'pending'`,
      bounds,
    );
    await connection.query(
      `INSERT INTO ${output} (\`user_id\`, \`rank\`, \`card_name\`, \`card_id\`, \`total_savings_yearly\`, \`joining_fees\`,
         \`total_extra_benefits\`, \`net_savings\`, \`batch_id\`)
       SELECT \`u\`.\`user_id\`, \`n\`.\`rank\`, CONCAT('Card ', \`n\`.\`rank\`), CONCAT('card_', \`n\`.\`rank\`),
         1000 - \`n\`.\`rank\`, 0, 0, 1000 - \`n\`.\`rank\`, ?
       FROM ${input} AS \`u\`
       CROSS JOIN (SELECT 1 AS \`rank\` UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5
         UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9 UNION ALL SELECT 10) AS \`n\`
       WHERE \`u\`.\`user_id\` BETWEEN ? AND ? AND \`u\`.\`processing_status\` = 'pending' AND NOT (${negative})`,
      [range.batchId, ...bounds],
    );
    await connection.query(
      `INSERT INTO \`cg_test_audit\` (\`user_id\`, \`batch_id\`, \`connection_id\`)
       SELECT \`user_id\`, ?, CONNECTION_ID() FROM ${input}
       WHERE \`user_id\` BETWEEN ? AND ? AND \`processing_status\` = 'pending'`,
      [range.batchId, ...bounds],
    );
    await connection.query(
      `UPDATE ${input} AS \`u\`
       SET \`u\`.\`processing_status\` = 'failed', \`u\`.\`last_processed_at\` = NOW(),
         \`u\`.\`processing_error\` = CONCAT('invalid input: avg_amazon_gmv is negative (', \`u\`.\`avg_amazon_gmv\`, ')')
       WHERE \`u\`.\`user_id\` BETWEEN ? AND ? AND \`u\`.\`processing_status\` = 'pending' AND (${negative})`,
      bounds,
    );
    await connection.query(
      `UPDATE ${input} SET \`processing_status\` = 'completed', \`processing_error\` = NULL, \`last_processed_at\` = NOW()
       WHERE \`user_id\` BETWEEN ? AND ? AND \`processing_status\` = 'pending'`,
      bounds,
    );
  };
  return Object.assign(executor, { ranges });
}

export interface UserOutcome {
  readonly status: string | null;
  readonly rows: number;
  readonly ranks: string;
  readonly batches: number;
  readonly audits: number;
}

/** Per user: status, recommendation rows, distinct ranks, distinct batch ids, committed processings. */
export async function userOutcomes(db: Database, tables: RunnerTables = PRODUCTION_TABLES): Promise<Map<string, UserOutcome>> {
  const { rows } = await sql<{ user_id: string; status: string | null; rows: string; ranks: string | null; batches: string; audits: string }>`
    SELECT \`u\`.\`user_id\`, \`u\`.\`processing_status\` AS \`status\`,
      (SELECT COUNT(*) FROM ${tableIdentifier(tables.output)} AS \`r\` WHERE \`r\`.\`user_id\` = \`u\`.\`user_id\`) AS \`rows\`,
      (SELECT GROUP_CONCAT(\`r\`.\`rank\` ORDER BY \`r\`.\`rank\`) FROM ${tableIdentifier(tables.output)} AS \`r\`
        WHERE \`r\`.\`user_id\` = \`u\`.\`user_id\`) AS \`ranks\`,
      (SELECT COUNT(DISTINCT \`r\`.\`batch_id\`) FROM ${tableIdentifier(tables.output)} AS \`r\` WHERE \`r\`.\`user_id\` = \`u\`.\`user_id\`) AS \`batches\`,
      (SELECT COUNT(*) FROM \`cg_test_audit\` AS \`a\` WHERE \`a\`.\`user_id\` = \`u\`.\`user_id\`) AS \`audits\`
    FROM ${tableIdentifier(tables.input)} AS \`u\`
    ORDER BY \`u\`.\`user_id\`
  `.execute(db.kysely);
  return new Map(
    rows.map((row) => [
      row.user_id,
      { status: row.status, rows: Number(row.rows), ranks: row.ranks ?? '', batches: Number(row.batches), audits: Number(row.audits) },
    ]),
  );
}

export const TEN_RANKS = '1,2,3,4,5,6,7,8,9,10';

export const FAST_BACKOFF = { baseMs: 5, maxMs: 20 } as const;

export function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve: () => void = () => undefined;
  const promise = new Promise<void>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

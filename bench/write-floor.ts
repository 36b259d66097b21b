/**
 * The write floor: the cost of merely writing N users × 10 precomputed rows into the PRD output
 * table (its indexes and foreign key), chunk by chunk, one transaction per chunk, with the same
 * number of connections as the engine. No computation: what any engine must pay at least.
 */
import type { Pool, PoolConnection } from 'mysql2/promise';

/** PRD card_recommendations columns written per row (18 bind parameters each). */
const COLUMNS = [
  'user_id', 'rank', 'card_name', 'card_id', 'total_savings_yearly', 'joining_fees', 'total_extra_benefits', 'net_savings',
  'amazon_points', 'flipkart_points', 'myntra_points', 'ajio_points', 'grocery_points', 'other_online_points',
  'redemption_method', 'redemption_rate', 'processed_at', 'batch_id',
] as const;
/** 3,000 rows × 18 parameters stays below the 65,535 placeholders a statement may carry. */
const ROWS_PER_INSERT = 3_000;

export interface ChunkTiming {
  readonly users: number;
  readonly ms: number;
}

function precomputedRows(userIds: readonly string[], batchId: string): (string | number)[][] {
  const rows: (string | number)[][] = [];
  for (const userId of userIds) {
    for (let rank = 1; rank <= 10; rank += 1) {
      const net = (50_000 - rank * 1_234.56).toFixed(2);
      rows.push([
        userId, rank, `Benchmark Card ${rank}`, `benchmark-card-${rank}`, '24000.00', '499.00', '1000.00', net,
        '1200.50', '800.25', '150.00', '75.00', '300.10', '420.42', 'Vouchers', '0.2500', '2026-01-01 00:00:00', batchId,
      ]);
    }
  }
  return rows;
}

async function writeChunk(connection: PoolConnection, table: string, userIds: readonly string[], batchId: string): Promise<void> {
  const rows = precomputedRows(userIds, batchId);
  const columnList = COLUMNS.map((column) => `\`${column}\``).join(', ');
  await connection.beginTransaction();
  try {
    for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
      const slice = rows.slice(start, start + ROWS_PER_INSERT);
      const placeholders = slice.map(() => `(${COLUMNS.map(() => '?').join(', ')})`).join(', ');
      await connection.query(`INSERT INTO \`${table}\` (${columnList}) VALUES ${placeholders}`, slice.flat());
    }
    await connection.commit();
  } catch (error) {
    await connection.rollback().catch(() => undefined);
    throw error;
  }
}

/** Writes rows for every user of `userIds` (sorted) in chunks of `chunkSize` on `workers` connections. */
export async function measureWriteFloor(pool: Pool, options: { userIds: readonly string[]; chunkSize: number; workers: number; table?: string }): Promise<{ seconds: number; chunks: ChunkTiming[] }> {
  const table = options.table ?? 'card_recommendations';
  const chunks: string[][] = [];
  for (let start = 0; start < options.userIds.length; start += options.chunkSize) chunks.push(options.userIds.slice(start, start + options.chunkSize));
  const timings: ChunkTiming[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: Math.min(options.workers, chunks.length) }, async () => {
      const connection = await pool.getConnection();
      try {
        for (let index = next++; index < chunks.length; index = next++) {
          const chunk = chunks[index] ?? [];
          const chunkStarted = performance.now();
          await writeChunk(connection, table, chunk, 'BENCH_FLOOR');
          timings.push({ users: chunk.length, ms: performance.now() - chunkStarted });
        }
      } finally {
        connection.release();
      }
    }),
  );
  return { seconds: (performance.now() - started) / 1000, chunks: timings };
}

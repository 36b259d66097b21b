/**
 * The app-side baseline: what the engine replaces if the work were done next to the database —
 * fetch a chunk of users, compute each with the project's own reference engine (exact decimals,
 * identical results), write the rows with multi-row INSERTs, one transaction per chunk.
 */
import type { Pool, RowDataPacket } from 'mysql2/promise';
import type { Release } from '../src/catalog/rule-tree.js';
import type { InputMapping } from '../src/contract/input-mapping.js';
import { recommendForUser } from '../src/reference/recommend-user.js';
import type { ChunkTiming } from './write-floor.js';

const ROWS_PER_INSERT = 3_000;
const OUTPUT_COLUMNS = [
  'rank', 'card_name', 'card_id', 'total_savings_yearly', 'joining_fees', 'total_extra_benefits', 'net_savings',
  'amazon_points', 'flipkart_points', 'myntra_points', 'ajio_points', 'grocery_points', 'other_online_points',
  'redemption_method', 'redemption_rate',
] as const;

export async function measureAppBaseline(
  pool: Pool,
  release: Release,
  mapping: InputMapping,
  options: { users: number; chunkSize: number; table?: string },
): Promise<{ seconds: number; users: number; chunks: ChunkTiming[] }> {
  const table = options.table ?? 'card_recommendations';
  const columns = [...mapping.columns.values()];
  const timings: ChunkTiming[] = [];
  const connection = await pool.getConnection();
  const started = performance.now();
  let done = 0;
  let lastUserId = '';
  try {
    while (done < options.users) {
      const chunkStarted = performance.now();
      const size = Math.min(options.chunkSize, options.users - done);
      const [users] = await connection.query<RowDataPacket[]>(
        `SELECT \`user_id\`, ${columns.map((column) => `\`${column}\``).join(', ')} FROM \`user_spending_data\` WHERE \`user_id\` > ? ORDER BY \`user_id\` LIMIT ?`,
        [lastUserId, size],
      );
      if (users.length === 0) break;
      const rows: (string | number)[][] = [];
      for (const user of users) {
        const result = recommendForUser(release, mapping, user as Record<string, string | null>);
        if (!result.ok) continue;
        for (const row of result.rows) rows.push([String(user['user_id']), ...OUTPUT_COLUMNS.map((column) => row[column]), 'BENCH_BASELINE']);
      }
      await connection.beginTransaction();
      for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
        const slice = rows.slice(start, start + ROWS_PER_INSERT);
        const placeholders = slice.map(() => `(${Array.from({ length: OUTPUT_COLUMNS.length + 2 }, () => '?').join(', ')}, NOW())`).join(', ');
        await connection.query(
          `INSERT INTO \`${table}\` (\`user_id\`, ${OUTPUT_COLUMNS.map((column) => `\`${column}\``).join(', ')}, \`batch_id\`, \`processed_at\`) VALUES ${placeholders}`,
          slice.flat(),
        );
      }
      await connection.commit();
      lastUserId = String(users.at(-1)?.['user_id']);
      done += users.length;
      timings.push({ users: users.length, ms: performance.now() - chunkStarted });
    }
  } finally {
    connection.release();
  }
  return { seconds: (performance.now() - started) / 1000, users: done, chunks: timings };
}

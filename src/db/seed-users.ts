/**
 * `cardgenius db seed`: fills user_spending_data with realistic, skewed monthly spend,
 * deterministically from a seed. The same (seed, user number) always gives the same row, however
 * the ids are batched, so seeding is repeatable and a range can be topped up.
 *
 * Amounts are generated as integer paise and printed as exact 2-decimal strings; floating point
 * only shapes the distribution. The shape: many small spenders, ~30 % zeros per column, some
 * users with no spend at all, a long tail with ~0.5 % of users above ₹10 lakh a month in a
 * column, and avg_confirmed_gmv usually at least the sum of the five named stores (it includes
 * them plus other online spend) but sometimes below it, as real data is.
 */
import { sql } from 'kysely';
import type { RowDataPacket } from 'mysql2/promise';
import type { Database } from './pool.js';
import { tableIdentifier } from './sql-identifier.js';

export const SPEND_COLUMNS = [
  'avg_amazon_gmv',
  'avg_flipkart_gmv',
  'avg_myntra_gmv',
  'avg_ajio_gmv',
  'avg_grocery_gmv',
  'avg_confirmed_gmv',
] as const;
export type SpendColumn = (typeof SPEND_COLUMNS)[number];

/** Ids are `U` + 8 digits, so string order is number order. */
export const MAX_USER_NUMBER = 99_999_999;
/** Rows per INSERT: 5,000 × 8 values stays far below the 65,535 placeholders a statement may have. */
export const MAX_SEED_BATCH = 5_000;

export function formatUserId(userNumber: number): string {
  if (!Number.isSafeInteger(userNumber) || userNumber < 1 || userNumber > MAX_USER_NUMBER) {
    throw new RangeError(`user number must be 1..${MAX_USER_NUMBER}, got ${userNumber}`);
  }
  return `U${String(userNumber).padStart(8, '0')}`;
}

export interface SeedRow {
  readonly user_id: string;
  /** Exact decimal text with 2 decimals, or null (only for nullable columns). */
  readonly spend: Readonly<Record<SpendColumn, string | null>>;
}

/** Paise (integer) → `1234.05`. */
export function paiseToDecimal(paise: number): string {
  if (!Number.isSafeInteger(paise) || paise < 0) throw new RangeError(`paise must be a non-negative integer, got ${paise}`);
  const rupees = Math.floor(paise / 100);
  return `${rupees}.${String(paise % 100).padStart(2, '0')}`;
}

/** sfc32: a small, fast, well-distributed 32-bit generator; deterministic across platforms. */
function sfc32(a: number, b: number, c: number, d: number): () => number {
  return () => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4_294_967_296;
  };
}

/** splitmix32 over (seed, user number): independent streams per user. */
function userRandom(seed: number, userNumber: number): () => number {
  let state = (Math.imul(seed | 0, 0x9e3779b1) ^ Math.imul(userNumber, 0x85ebca6b)) >>> 0;
  const next = () => {
    state = (state + 0x9e3779b9) | 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
    z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
    return (z ^ (z >>> 15)) >>> 0;
  };
  const random = sfc32(next(), next(), next(), next());
  for (let warmup = 0; warmup < 8; warmup += 1) random();
  return random;
}

/** Standard normal by Box-Muller. */
function normal(random: () => number): number {
  const u = Math.max(random(), Number.EPSILON);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

/** Median monthly ₹ for a spender in each named store, and for "other online". */
const MEDIAN_RUPEES = { amazon: 1_800, flipkart: 1_500, myntra: 700, ajio: 500, grocery: 1_200, other: 1_000 } as const;
const STORES = ['amazon', 'flipkart', 'myntra', 'ajio', 'grocery'] as const;
const ZERO_SHARE = 0.3;
const ALL_ZERO_SHARE = 0.04;
const WHALE_SHARE = 0.005;
const CONFIRMED_BELOW_SUM_SHARE = 0.12;
const NULL_SHARE = 0.03;
/** Non-whale amounts stay below ₹10 lakh a month, so the tail above it is the whales'. */
const ORDINARY_CAP_PAISE = 99_999_999;
const WHALE_MIN_PAISE = 100_000_000;
const WHALE_MAX_PAISE = 500_000_000;

function lognormalPaise(random: () => number, medianRupees: number, sigma: number): number {
  const rupees = medianRupees * Math.exp(sigma * normal(random));
  return Math.min(ORDINARY_CAP_PAISE, Math.max(1, Math.round(rupees * 100)));
}

/** One user's row. `nullable` names the spend columns that may hold NULL in the target table. */
export function generateUser(seed: number, userNumber: number, nullable: ReadonlySet<SpendColumn> = new Set()): SeedRow {
  const random = userRandom(seed, userNumber);
  const user_id = formatUserId(userNumber);
  const paise: Record<(typeof STORES)[number] | 'other', number> = { amazon: 0, flipkart: 0, myntra: 0, ajio: 0, grocery: 0, other: 0 };

  const allZero = random() < ALL_ZERO_SHARE;
  if (!allZero) {
    for (const store of STORES) paise[store] = random() < ZERO_SHARE ? 0 : lognormalPaise(random, MEDIAN_RUPEES[store], 1.1);
    paise.other = random() < 0.35 ? 0 : lognormalPaise(random, MEDIAN_RUPEES.other, 1.2);
    if (random() < WHALE_SHARE) {
      const store = STORES[Math.floor(random() * STORES.length)] ?? 'amazon';
      paise[store] = WHALE_MIN_PAISE + Math.floor(random() * (WHALE_MAX_PAISE - WHALE_MIN_PAISE));
    }
  }
  const named = STORES.reduce((total, store) => total + paise[store], 0);
  let confirmed = named + paise.other;
  if (!allZero && named > 0 && random() < CONFIRMED_BELOW_SUM_SHARE) {
    // Confirmed GMV lags the stores' (returns, cancellations): 30-95 % of their sum.
    confirmed = Math.floor(named * (0.3 + random() * 0.65));
  }

  const value = (column: SpendColumn, amount: number): string | null =>
    nullable.has(column) && random() < NULL_SHARE ? null : paiseToDecimal(amount);
  return {
    user_id,
    spend: {
      avg_amazon_gmv: value('avg_amazon_gmv', paise.amazon),
      avg_flipkart_gmv: value('avg_flipkart_gmv', paise.flipkart),
      avg_myntra_gmv: value('avg_myntra_gmv', paise.myntra),
      avg_ajio_gmv: value('avg_ajio_gmv', paise.ajio),
      avg_grocery_gmv: value('avg_grocery_gmv', paise.grocery),
      avg_confirmed_gmv: value('avg_confirmed_gmv', confirmed),
    },
  };
}

export interface SeedOptions {
  readonly users: number;
  readonly seed: number;
  /** First user number (id `U` + 8 digits). Default 1. */
  readonly startId?: number;
  readonly table?: string;
  /** Rows per INSERT, at most MAX_SEED_BATCH. */
  readonly batchSize?: number;
  /** INSERTs in flight at once, each on its own connection. Default 2. */
  readonly concurrency?: number;
  readonly onProgress?: (progress: { readonly done: number; readonly total: number }) => void;
}

export interface SeedResult {
  readonly table: string;
  readonly firstUserId: string;
  readonly lastUserId: string;
  readonly inserted: number;
  /** Ids of the range that already existed and were left as they were. */
  readonly existing: number;
  readonly nullableColumns: readonly SpendColumn[];
  readonly elapsedMs: number;
  readonly rowsPerSecond: number;
}

/** Spend columns the table lets hold NULL (the PRD's are all NOT NULL; production may differ). */
export async function nullableSpendColumns(db: Database, table: string): Promise<Set<SpendColumn>> {
  const { rows } = await sql<{ name: string; nullable: string }>`
    SELECT \`COLUMN_NAME\` AS \`name\`, \`IS_NULLABLE\` AS \`nullable\`
    FROM \`information_schema\`.\`COLUMNS\`
    WHERE \`TABLE_SCHEMA\` = DATABASE() AND \`TABLE_NAME\` = ${table}
  `.execute(db.kysely);
  if (rows.length === 0) throw new Error(`table ${table} does not exist (run \`cardgenius db init\`)`);
  const present = new Set(rows.map((row) => row.name.toLowerCase()));
  const missing = SPEND_COLUMNS.filter((column) => !present.has(column));
  if (missing.length > 0) throw new Error(`table ${table} lacks ${missing.join(', ')}`);
  return new Set(
    rows.filter((row) => row.nullable === 'YES').map((row) => row.name.toLowerCase() as SpendColumn).filter((name) => SPEND_COLUMNS.includes(name)),
  );
}

/**
 * Inserts users startId … startId+users−1 that do not exist yet; existing ids are left alone
 * (a batch whose ids all exist is skipped outright, the rest use `ON DUPLICATE KEY UPDATE
 * user_id = user_id`, a no-op on both servers). Multi-row INSERTs with bind parameters.
 */
export async function seedUsers(db: Database, options: SeedOptions): Promise<SeedResult> {
  const table = options.table ?? 'user_spending_data';
  const startId = options.startId ?? 1;
  const batchSize = options.batchSize ?? MAX_SEED_BATCH;
  const concurrency = options.concurrency ?? 2;
  if (!Number.isSafeInteger(options.users) || options.users < 1) throw new RangeError(`users must be a positive integer, got ${options.users}`);
  if (!Number.isSafeInteger(options.seed)) throw new RangeError(`seed must be an integer, got ${options.seed}`);
  if (!Number.isSafeInteger(batchSize) || batchSize < 1 || batchSize > MAX_SEED_BATCH) {
    throw new RangeError(`batch size must be 1..${MAX_SEED_BATCH}, got ${batchSize}`);
  }
  if (!Number.isSafeInteger(concurrency) || concurrency < 1) throw new RangeError(`concurrency must be a positive integer, got ${concurrency}`);
  const lastNumber = startId + options.users - 1;
  const firstUserId = formatUserId(startId);
  const lastUserId = formatUserId(lastNumber);
  const quoted = tableIdentifier(table).compile(db.kysely).sql;
  const nullable = await nullableSpendColumns(db, table);

  const started = performance.now();
  const batches: [number, number][] = [];
  for (let first = startId; first <= lastNumber; first += batchSize) batches.push([first, Math.min(lastNumber, first + batchSize - 1)]);

  let inserted = 0;
  let existing = 0;
  let done = 0;
  let next = 0;
  const worker = async (): Promise<void> => {
    const connection = await db.pool.getConnection();
    try {
      for (let index = next++; index < batches.length; index = next++) {
        const [first, last] = batches[index] ?? [0, -1];
        const size = last - first + 1;
        const [countRows] = await connection.query<RowDataPacket[]>(
          `SELECT COUNT(*) AS \`present\` FROM ${quoted} WHERE \`user_id\` BETWEEN ? AND ?`,
          [formatUserId(first), formatUserId(last)],
        );
        const present = Number(countRows[0]?.['present'] ?? 0);
        if (present < size) {
          const values: (string | null)[] = [];
          for (let number = first; number <= last; number += 1) {
            const row = generateUser(options.seed, number, nullable);
            values.push(row.user_id, ...SPEND_COLUMNS.map((column) => row.spend[column]), 'new');
          }
          await connection.query(
            `INSERT INTO ${quoted} (\`user_id\`, ${SPEND_COLUMNS.map((column) => `\`${column}\``).join(', ')}, \`processing_status\`)
             VALUES ${Array.from({ length: size }, () => '(?, ?, ?, ?, ?, ?, ?, ?)').join(', ')}
             ON DUPLICATE KEY UPDATE \`user_id\` = \`user_id\``,
            values,
          );
        }
        inserted += size - present;
        existing += present;
        done += size;
        options.onProgress?.({ done, total: options.users });
      }
    } finally {
      connection.release();
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, batches.length) }, () => worker()));

  const elapsedMs = performance.now() - started;
  return {
    table,
    firstUserId,
    lastUserId,
    inserted,
    existing,
    nullableColumns: SPEND_COLUMNS.filter((column) => nullable.has(column)),
    elapsedMs: Math.round(elapsedMs),
    rowsPerSecond: elapsedMs > 0 ? Math.round((inserted / elapsedMs) * 1000) : 0,
  };
}

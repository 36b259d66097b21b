import { sql } from 'kysely';
import type { Database } from './pool.js';
import { toSafeInteger } from './safe-integer.js';
import type { DecimalString } from './schema.js';
import { tableIdentifier } from './sql-identifier.js';

export interface PostRunCheckOptions {
  readonly inputTable?: string;
  readonly outputTable?: string;
  /** Recommendations each completed user must have; lower it only when the catalog has fewer cards. Default 10. */
  readonly expectedPerUser?: number;
  /** Offending rows returned per check at most. Default 100. */
  readonly sampleLimit?: number;
  /**
   * ranking-order over this batch's rows only (through the batch_id index) instead of the whole
   * table. The other two checks always cover the whole tables: they read covering indexes (6.5 s
   * for 2M users, 20M rows) or nothing at all (NOT NULL columns).
   */
  readonly batchId?: string;
  /**
   * ranking-order's offending rows, already found by the runner chunk by chunk inside each
   * chunk's transaction (process-chunk.ts): the query is then not run. Over a 2M-user initial
   * batch (20M rows) the query's window took 115 s here; per chunk it is ~0.1 s.
   */
  readonly rankingOrderRows?: readonly RankingOrderRow[];
}

/** One PRD 10.2 production-validation query (2-4); after a good run every `rows` is empty. */
export interface CheckResult<Name extends string, Row> {
  readonly name: Name;
  /** Up to `sampleLimit` offending rows, in a stable order. */
  readonly rows: Row[];
  /** True when more offending rows exist than were returned. */
  readonly truncated: boolean;
}

export type PostRunCheckResult =
  | CheckResult<'recommendation-count', RecommendationCountRow>
  | CheckResult<'null-critical-fields', NullCriticalFieldsRow>
  | CheckResult<'ranking-order', RankingOrderRow>;

export type PostRunCheckName = PostRunCheckResult['name'];

export interface RecommendationCountRow {
  user_id: string;
  num_recommendations: number;
}

export interface NullCriticalFieldsRow {
  user_id: string;
  rank: number;
  card_name: string;
  net_savings: DecimalString | null;
  total_savings_yearly: DecimalString | null;
  joining_fees: DecimalString | null;
}

export interface RankingOrderRow {
  user_id: string;
  rank: number;
  net_savings: DecimalString;
  next_net_savings: DecimalString;
}

/** All three checks, in PRD order (sequentially: each is a full scan of the output table). */
export async function runPostRunChecks(db: Database, options: PostRunCheckOptions = {}): Promise<PostRunCheckResult[]> {
  return [
    await checkRecommendationCount(db, options),
    await checkNullCriticalFields(db, options),
    await checkRankingOrder(db, options),
  ];
}

/** PRD 10.2 query 2: completed users whose recommendation count differs from `expectedPerUser`. */
export async function checkRecommendationCount(
  db: Database,
  options: PostRunCheckOptions = {},
): Promise<CheckResult<'recommendation-count', RecommendationCountRow>> {
  const { inputTable, outputTable, expectedPerUser, sampleLimit } = resolveOptions(options);
  const { rows } = await sql<{ user_id: string; num_recommendations: string }>`
    SELECT \`u\`.\`user_id\`, COUNT(\`r\`.\`id\`) AS \`num_recommendations\`
    FROM ${tableIdentifier(inputTable)} AS \`u\`
    LEFT JOIN ${tableIdentifier(outputTable)} AS \`r\` ON \`r\`.\`user_id\` = \`u\`.\`user_id\`
    WHERE \`u\`.\`processing_status\` = ${'completed'}
    GROUP BY \`u\`.\`user_id\`
    HAVING COUNT(\`r\`.\`id\`) <> ${expectedPerUser}
    ORDER BY \`u\`.\`user_id\`
    LIMIT ${sampleLimit + 1}
  `.execute(db.kysely);
  const sample = rows.map((row) => ({ user_id: row.user_id, num_recommendations: toSafeInteger(row.num_recommendations) }));
  return limited('recommendation-count', sample, sampleLimit);
}

/** PRD 10.2 query 3: rows missing a critical money field (possible when production columns are nullable). */
export async function checkNullCriticalFields(
  db: Database,
  options: PostRunCheckOptions = {},
): Promise<CheckResult<'null-critical-fields', NullCriticalFieldsRow>> {
  const { outputTable, sampleLimit } = resolveOptions(options);
  const { rows } = await sql<NullCriticalFieldsRow>`
    SELECT \`user_id\`, \`rank\`, \`card_name\`, \`net_savings\`, \`total_savings_yearly\`, \`joining_fees\`
    FROM ${tableIdentifier(outputTable)}
    WHERE \`net_savings\` IS NULL
      OR \`total_savings_yearly\` IS NULL
      OR \`joining_fees\` IS NULL
    ORDER BY \`user_id\`, \`rank\`
    LIMIT ${sampleLimit + 1}
  `.execute(db.kysely);
  return limited('null-critical-fields', rows, sampleLimit);
}

/**
 * PRD 10.2 query 4: a rank whose net savings is below the next rank's. The PRD's `HAVING` on a
 * window column fails on both servers (MariaDB error 4015, MySQL 8 error 3594: a window function
 * or its alias is allowed only in the SELECT list and ORDER BY), so the window runs in a derived
 * table and the outer WHERE filters. The PRD's `WHERE rank < 10` is dropped on purpose:
 * applied before the window it would hide rank 10 from LEAD and miss a 9-vs-10 inversion; the
 * last rank's LEAD is NULL and the comparison already excludes it.
 */
export async function checkRankingOrder(
  db: Database,
  options: PostRunCheckOptions = {},
): Promise<CheckResult<'ranking-order', RankingOrderRow>> {
  const { outputTable, sampleLimit, batchId, rankingOrderRows } = resolveOptions(options);
  if (rankingOrderRows !== undefined) return limited('ranking-order', [...rankingOrderRows], sampleLimit);
  const { rows } = await sql<RankingOrderRow>`
    SELECT \`user_id\`, \`rank\`, \`net_savings\`, \`next_net_savings\`
    FROM (
      SELECT \`user_id\`, \`rank\`, \`net_savings\`,
        LEAD(\`net_savings\`) OVER (PARTITION BY \`user_id\` ORDER BY \`rank\`) AS \`next_net_savings\`
      FROM ${tableIdentifier(outputTable)}
      WHERE ${inBatch(batchId)} TRUE
    ) AS \`ranked\`
    WHERE \`net_savings\` < \`next_net_savings\`
    ORDER BY \`user_id\`, \`rank\`
    LIMIT ${sampleLimit + 1}
  `.execute(db.kysely);
  return limited('ranking-order', rows, sampleLimit);
}

/** `batch_id = ? AND` when checking one batch; nothing otherwise. */
function inBatch(batchId: string | undefined) {
  return batchId === undefined ? sql`` : sql`\`batch_id\` = ${batchId} AND`;
}

function resolveOptions(
  options: PostRunCheckOptions,
): Required<Omit<PostRunCheckOptions, 'batchId' | 'rankingOrderRows'>> & Pick<PostRunCheckOptions, 'batchId' | 'rankingOrderRows'> {
  const resolved = {
    batchId: options.batchId,
    rankingOrderRows: options.rankingOrderRows,
    inputTable: options.inputTable ?? 'user_spending_data',
    outputTable: options.outputTable ?? 'card_recommendations',
    expectedPerUser: options.expectedPerUser ?? 10,
    sampleLimit: options.sampleLimit ?? 100,
  };
  if (!Number.isInteger(resolved.expectedPerUser) || resolved.expectedPerUser < 0) {
    throw new RangeError(`expectedPerUser must be a non-negative integer, got ${resolved.expectedPerUser}`);
  }
  if (!Number.isInteger(resolved.sampleLimit) || resolved.sampleLimit < 1) {
    throw new RangeError(`sampleLimit must be a positive integer, got ${resolved.sampleLimit}`);
  }
  return resolved;
}

function limited<Name extends PostRunCheckName, Row>(name: Name, rows: Row[], sampleLimit: number): CheckResult<Name, Row> {
  return { name, rows: rows.slice(0, sampleLimit), truncated: rows.length > sampleLimit };
}

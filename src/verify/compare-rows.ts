/**
 * Column-by-column comparison of stored card_recommendations rows with the reference engine's,
 * as exact strings (DECIMAL columns arrive from mysql2 as fixed-scale strings).
 */
import { OUTPUT_POINT_COLUMNS } from '../contract/input-mapping.js';
import type { RecommendationRow } from '../reference/recommend-user.js';

/** Every column of a stored row but the rank (rows are matched by rank). */
export const COMPARED_COLUMNS = [
  'card_name',
  'card_id',
  'total_savings_yearly',
  'joining_fees',
  'total_extra_benefits',
  'net_savings',
  ...OUTPUT_POINT_COLUMNS,
  'redemption_method',
  'redemption_rate',
] as const satisfies readonly (keyof RecommendationRow)[];

export interface RowDifference {
  readonly user_id: string;
  readonly rank: number | null;
  readonly column: string;
  readonly database: string | null;
  readonly reference: string | null;
}

export type StoredRow = Readonly<Record<string, unknown>> & { readonly rank: number | string };

function text(value: unknown): string | null {
  return value === null || value === undefined ? null : String(value);
}

/** Every difference between the reference rows and the stored rows of one user (any order). */
export function compareUserRows(userId: string, reference: readonly RecommendationRow[], stored: readonly StoredRow[]): RowDifference[] {
  const differences: RowDifference[] = [];
  const storedByRank = new Map(stored.map((row) => [Number(row.rank), row]));
  if (stored.length !== storedByRank.size) {
    differences.push({ user_id: userId, rank: null, column: 'rank', database: `${stored.length} rows with duplicate ranks`, reference: `${reference.length} rows` });
  }
  const ranks = new Set([...reference.map((row) => row.rank), ...storedByRank.keys()]);
  for (const rank of [...ranks].sort((a, b) => a - b)) {
    const expected = reference.find((row) => row.rank === rank);
    const actual = storedByRank.get(rank);
    if (!expected || !actual) {
      differences.push({ user_id: userId, rank, column: '(row)', database: actual ? 'present' : 'missing', reference: expected ? 'present' : 'missing' });
      continue;
    }
    for (const column of COMPARED_COLUMNS) {
      const want = text(expected[column]);
      const got = text(actual[column]);
      if (want !== got) differences.push({ user_id: userId, rank, column, database: got, reference: want });
    }
  }
  return differences;
}

/**
 * The stored ranking: net_savings descending, then total_savings_yearly descending, then card id
 * ascending (code-unit order; the SQL uses each card's precomputed position in that order, so no
 * collation can change it). Ranks 1..TOP_N.
 */
import { compareCardIds } from '../catalog/load-release.js';
import type { Decimal } from './decimal.js';

export const TOP_N = 10;

export interface Rankable {
  readonly netSavings: Decimal;
  readonly totalSavingsYearly: Decimal;
  readonly cardId: string;
}

export function compareForRanking(a: Rankable, b: Rankable): number {
  return (
    b.netSavings.comparedTo(a.netSavings) ||
    b.totalSavingsYearly.comparedTo(a.totalSavingsYearly) ||
    compareCardIds(a.cardId, b.cardId)
  );
}

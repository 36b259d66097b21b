/**
 * One user row × one release → the rows the PRD's card_recommendations holds for that user
 * (ranks 1..10), or a rejection with the reason the runner records as processing_error.
 */
import type { Release } from '../catalog/rule-tree.js';
import { Decimal, OUTPUT_MAX, OUTPUT_SCALE, ZERO, divideRounded, sum, toFixedString } from '../contract/decimal.js';
import { OUTPUT_POINT_COLUMNS, type InputMapping, type OutputPointColumn } from '../contract/input-mapping.js';
import { TOP_N, compareForRanking } from '../contract/ranking.js';
import { redemptionFor } from '../contract/redemption.js';
import { OUTPUT_OVERFLOW_REASON, categorySpend, readUserInputs, type RawSpendValue } from '../contract/user-input.js';

export { OUTPUT_OVERFLOW_REASON };
import { evaluateCard, type CardEvaluation, type CategorySpend } from './evaluate-card.js';

/** A card_recommendations row as the PRD names its columns; decimals as fixed-scale strings. */
export interface RecommendationRow {
  readonly rank: number;
  readonly card_name: string;
  readonly card_id: string;
  readonly total_savings_yearly: string;
  readonly joining_fees: string;
  readonly total_extra_benefits: string;
  readonly net_savings: string;
  readonly amazon_points: string;
  readonly flipkart_points: string;
  readonly myntra_points: string;
  readonly ajio_points: string;
  readonly grocery_points: string;
  readonly other_online_points: string;
  readonly redemption_method: string;
  readonly redemption_rate: string;
}

export type UserRecommendation =
  | { readonly ok: true; readonly rows: readonly RecommendationRow[]; readonly ranked: readonly CardEvaluation[] }
  | { readonly ok: false; readonly reason: string };

/** Every card evaluated and ordered by the stored ranking. */
export function rankCards(release: Release, spend: CategorySpend): CardEvaluation[] {
  return release.cards
    .map((card) => {
      const evaluation = evaluateCard(card, spend);
      return { evaluation, rankable: { netSavings: evaluation.netSavings, totalSavingsYearly: evaluation.totalSavingsYearly, cardId: card.id } };
    })
    .sort((a, b) => compareForRanking(a.rankable, b.rankable))
    .map(({ evaluation }) => evaluation);
}

/**
 * Splits each mapped category's monthly units back into its inputs pro rata by spend:
 * ROUND(units × input / category spend, 2), each share rounded on its own (half away from zero).
 */
export function outputPoints(evaluation: CardEvaluation, mapping: InputMapping, inputs: ReadonlyMap<string, Decimal>): Map<OutputPointColumn, Decimal> {
  const shareByInput = new Map<string, Decimal>();
  for (const { category, inputs: names } of mapping.categories) {
    const units = evaluation.categories.find((entry) => entry.category === category)?.units ?? ZERO;
    const total = sum(names.map((name) => inputs.get(name) ?? ZERO));
    for (const name of names) {
      const spend = inputs.get(name) ?? ZERO;
      shareByInput.set(name, total.isZero() ? ZERO : divideRounded(units.times(spend), total, OUTPUT_SCALE));
    }
  }
  return new Map(OUTPUT_POINT_COLUMNS.map((column) => [column, shareByInput.get(mapping.outputs.get(column) ?? '') ?? ZERO]));
}

function fits(value: Decimal): boolean {
  return value.abs().lessThanOrEqualTo(OUTPUT_MAX);
}

export function recommendForUser(
  release: Release,
  mapping: InputMapping,
  row: Readonly<Record<string, RawSpendValue>>,
  limit: number = TOP_N,
): UserRecommendation {
  const read = readUserInputs(mapping, row);
  if (!read.ok) return read;
  const ranked = rankCards(release, categorySpend(mapping, read.inputs)).slice(0, limit);
  const rows: RecommendationRow[] = [];
  for (const [index, evaluation] of ranked.entries()) {
    const points = outputPoints(evaluation, mapping, read.inputs);
    const money = [evaluation.totalSavingsYearly, evaluation.joiningFees, evaluation.totalExtraBenefits, evaluation.netSavings, ...points.values()];
    if (!money.every(fits)) return { ok: false, reason: OUTPUT_OVERFLOW_REASON };
    const redemption = redemptionFor(evaluation.card);
    const fixed = (value: Decimal) => toFixedString(value, OUTPUT_SCALE);
    const point = (column: OutputPointColumn) => fixed(points.get(column) ?? ZERO);
    rows.push({
      rank: index + 1,
      card_name: evaluation.card.name,
      card_id: evaluation.card.id,
      total_savings_yearly: fixed(evaluation.totalSavingsYearly),
      joining_fees: fixed(evaluation.joiningFees),
      total_extra_benefits: fixed(evaluation.totalExtraBenefits),
      net_savings: fixed(evaluation.netSavings),
      amazon_points: point('amazon_points'),
      flipkart_points: point('flipkart_points'),
      myntra_points: point('myntra_points'),
      ajio_points: point('ajio_points'),
      grocery_points: point('grocery_points'),
      other_online_points: point('other_online_points'),
      redemption_method: redemption.method,
      redemption_rate: redemption.rate,
    });
  }
  return { ok: true, rows, ranked };
}

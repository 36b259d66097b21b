/**
 * Replays a saved CardGenius response through the reference engine: the response's own request
 * becomes category spend, every card of the response is evaluated from the release (matched by
 * card id = slugified seo_card_alias) and its totals and per-category savings are compared with what
 * CardGenius reported. CardGenius's floats are read as their shortest round-trip decimals.
 */
import { cardIdFromAlias } from '../catalog/import-cardgenius/build-card-file.js';
import { shortestDecimal } from '../catalog/import-cardgenius/float-decimal.js';
import { parseCardGeniusResponse } from '../catalog/import-cardgenius/response-schema.js';
import type { Release } from '../catalog/rule-tree.js';
import { Decimal, ZERO } from '../contract/decimal.js';
import { evaluateCard } from '../reference/evaluate-card.js';
import { requestToCategorySpend } from './replay-request.js';

/** Totals (₹/year) match within ₹1; category savings (₹/month) within 1 paisa. */
export const TOTAL_TOLERANCE = new Decimal(1);
export const CATEGORY_TOLERANCE = new Decimal('0.01');

export type ReplayField = 'card' | 'total_savings_yearly' | 'total_extra_benefits' | 'roi' | 'category_savings';

export interface ReplayMismatch {
  readonly card_id: string;
  readonly card_name: string;
  readonly field: ReplayField;
  readonly category?: string;
  /** What CardGenius reported (shortest round-trip decimal of its float). */
  readonly expected: string;
  /** What the reference engine computed. */
  readonly actual: string;
}

export interface ReplayReport {
  readonly cards: number;
  readonly matched: {
    readonly total_savings_yearly: number;
    readonly total_extra_benefits: number;
    readonly roi: number;
    readonly category_savings: number;
  };
  readonly category_entries: number;
  readonly mismatches: readonly ReplayMismatch[];
}

function within(expected: Decimal, actual: Decimal, tolerance: Decimal): boolean {
  return expected.minus(actual).abs().lessThanOrEqualTo(tolerance);
}

export function replayCardGenius(release: Release, responseJson: unknown): ReplayReport {
  const response = parseCardGeniusResponse(responseJson);
  const spend = requestToCategorySpend(response.request);
  const byId = new Map(release.cards.map((card) => [card.id, card]));
  const matched = { total_savings_yearly: 0, total_extra_benefits: 0, roi: 0, category_savings: 0 };
  const mismatches: ReplayMismatch[] = [];
  let categoryEntries = 0;

  for (const expectedCard of response.response.savings) {
    const cardId = cardIdFromAlias(expectedCard.seo_card_alias);
    const cardName = (expectedCard.name ?? expectedCard.card_name ?? '').replace(/\s+/g, ' ').trim();
    const breakdown = Object.entries(expectedCard.spending_breakdown);
    categoryEntries += breakdown.length;
    const card = byId.get(cardId);
    if (!card) {
      mismatches.push({ card_id: cardId, card_name: cardName, field: 'card', expected: 'in the response', actual: 'not in the release' });
      continue;
    }
    const evaluation = evaluateCard(card, spend);

    const totals: [Exclude<ReplayField, 'card' | 'category_savings'>, number, Decimal][] = [
      ['total_savings_yearly', expectedCard.total_savings_yearly, evaluation.totalSavingsYearly],
      ['total_extra_benefits', expectedCard.total_extra_benefits, evaluation.totalExtraBenefits],
      ['roi', expectedCard.roi, evaluation.roi],
    ];
    for (const [field, expectedFloat, actual] of totals) {
      const expected = new Decimal(shortestDecimal(expectedFloat));
      if (within(expected, actual, TOTAL_TOLERANCE)) matched[field] += 1;
      else mismatches.push({ card_id: cardId, card_name: cardName, field, expected: expected.toFixed(), actual: actual.toFixed() });
    }

    const actualByCategory = new Map(evaluation.categories.map((category) => [category.category, category.rupees]));
    for (const [category, entry] of breakdown) {
      const expected = new Decimal(shortestDecimal(entry.savings));
      const actual = actualByCategory.get(category) ?? ZERO;
      if (within(expected, actual, CATEGORY_TOLERANCE)) matched.category_savings += 1;
      else mismatches.push({ card_id: cardId, card_name: cardName, field: 'category_savings', category, expected: expected.toFixed(), actual: actual.toFixed() });
    }
  }

  return { cards: response.response.savings.length, matched, category_entries: categoryEntries, mismatches };
}

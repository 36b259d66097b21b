/**
 * What card_recommendations reports as redemption_method / redemption_rate for a card. The rate
 * is the ₹ per point CardGenius values the card's points at, so that
 * Σ points × redemption_rate × 12 = total_savings_yearly (up to rounding); the method is the
 * redemption option at that rate (the recommended one first), else the recommended option's.
 */
import type { Card } from '../catalog/rule-tree.js';
import { Decimal, toFixedString } from './decimal.js';

/** DECIMAL(5,4). */
export const REDEMPTION_RATE_SCALE = 4;
const REDEMPTION_RATE_MAX = new Decimal('9.9999');

export interface Redemption {
  readonly method: string;
  /** Fixed 4-decimal string, as stored. */
  readonly rate: string;
}

export function redemptionFor(card: Card): Redemption {
  if (card.currency === 'cashback') return { method: 'Cashback', rate: toFixedString(new Decimal(1), REDEMPTION_RATE_SCALE) };
  const value = card.pointValue;
  if (value.greaterThan(REDEMPTION_RATE_MAX) || value.decimalPlaces() > REDEMPTION_RATE_SCALE) {
    throw new RangeError(`card ${card.id}: point value ${value.toString()} does not fit redemption_rate DECIMAL(5,4)`);
  }
  const candidates = [card.redemption.recommended, ...card.redemption.options].filter((option) => option !== null);
  const atRate = candidates.find((option) => option.rate.equals(value));
  const method = (atRate ?? card.redemption.recommended)?.method ?? 'Points';
  return { method: method.slice(0, 50), rate: toFixedString(value, REDEMPTION_RATE_SCALE) };
}

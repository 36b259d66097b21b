/**
 * A CardGenius request (the user's spend as the API takes it) → monthly category spend. Keys ending
 * `_annual` are yearly and so is `life_insurance` (the sample shows 24000 priced as 2000 a month);
 * CardGenius divides them by 12 and rounds up to the rupee (flights 100000 → 8334). Lounge keys
 * are visits per quarter and pass through. Absent keys are 0.
 */
import { Decimal } from '../contract/decimal.js';
import { shortestDecimal } from '../catalog/import-cardgenius/float-decimal.js';

/** Yearly keys whose names do not say so. */
export const YEARLY_KEYS_WITHOUT_SUFFIX: ReadonlySet<string> = new Set(['life_insurance']);

export function isYearlyRequestKey(key: string): boolean {
  return key.endsWith('_annual') || YEARLY_KEYS_WITHOUT_SUFFIX.has(key);
}

const TWELVE = new Decimal(12);

/** ⌈value / 12⌉ to the whole rupee, exactly (quotient and remainder, no rounded division). */
export function monthlyFromYearly(value: Decimal): Decimal {
  if (value.isNegative()) throw new RangeError(`negative yearly spend ${value.toFixed()}`);
  const quotient = value.divToInt(TWELVE);
  return value.minus(quotient.times(TWELVE)).greaterThan(0) ? quotient.plus(1) : quotient;
}

export function requestToCategorySpend(request: Readonly<Record<string, number>>): Map<string, Decimal> {
  const spend = new Map<string, Decimal>();
  for (const [key, raw] of Object.entries(request)) {
    const value = new Decimal(shortestDecimal(raw));
    spend.set(key, isYearlyRequestKey(key) ? monthlyFromYearly(value) : value);
  }
  return spend;
}

/**
 * The numeric rules both engines share. Every money or rate value is an exact decimal; the only
 * inexact operation is division, and it is always followed by an explicit rounding to a declared
 * scale, half away from zero (MySQL's rule for exact values). The SQL compiler renders the same
 * steps (see src/compiler/dialects) and the differential tests hold the two to the cent.
 */
import { Decimal as DecimalJs } from 'decimal.js';

/** An isolated Decimal constructor: global decimal.js settings elsewhere cannot change our results. */
export const Decimal = DecimalJs.clone({
  precision: 80,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -40,
  toExpPos: 40,
});
export type Decimal = InstanceType<typeof Decimal>;

/** Scale of every intermediate quantity (points, rupees, spend after a division). */
export const INTERNAL_SCALE = 6;
/** Scale of every value written to card_recommendations. */
export const OUTPUT_SCALE = 2;
/** DECIMAL(12,2): the largest absolute value an output column can hold. */
export const OUTPUT_MAX = new Decimal('9999999999.99');

export const ZERO = new Decimal(0);

/** 10^0 … 10^12, built once: divideRounded runs for every category of every card of every user. */
const POWERS_OF_TEN = Array.from({ length: 13 }, (_, exponent) => new Decimal(10).pow(exponent));

function powerOfTen(exponent: number): Decimal {
  return POWERS_OF_TEN[exponent] ?? new Decimal(10).pow(exponent);
}

const DECIMAL_STRING = /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?$/;

/** Parses a canonical decimal string ("12", "0.25", "-3.5"); anything else is an error. */
export function parseDecimal(text: string): Decimal {
  if (!DECIMAL_STRING.test(text)) {
    throw new TypeError(`not a decimal string: ${JSON.stringify(text)}`);
  }
  return new Decimal(text);
}

export function isDecimalString(text: string): boolean {
  return DECIMAL_STRING.test(text);
}

/** Rounds half away from zero to `scale` decimals. */
export function roundHalfAway(value: Decimal, scale: number): Decimal {
  return value.toDecimalPlaces(scale, Decimal.ROUND_HALF_UP);
}

/**
 * numerator / denominator rounded half away from zero to `scale` decimals, computed exactly
 * (integer quotient and remainder, no intermediate precision loss).
 */
export function divideRounded(numerator: Decimal, denominator: Decimal, scale: number): Decimal {
  if (denominator.isZero()) throw new RangeError('division by zero');
  const negative = numerator.isNegative() !== denominator.isNegative() && !numerator.isZero();
  const n = numerator.abs().times(powerOfTen(scale));
  const d = denominator.abs();
  const quotient = n.divToInt(d);
  const remainder = n.minus(quotient.times(d));
  const rounded = remainder.times(2).greaterThanOrEqualTo(d) ? quotient.plus(1) : quotient;
  const result = rounded.dividedBy(powerOfTen(scale));
  return negative ? result.negated() : result;
}

/** Fixed-scale string, the form decimals take at every edge (JSON, SQL parameters, comparisons). */
export function toFixedString(value: Decimal, scale: number): string {
  const text = roundHalfAway(value, scale).toFixed(scale);
  return text.startsWith('-') && /^-0(?:\.0+)?$/.test(text) ? text.slice(1) : text;
}

export function min(a: Decimal, b: Decimal): Decimal {
  return a.lessThan(b) ? a : b;
}

export function max(a: Decimal, b: Decimal): Decimal {
  return a.greaterThan(b) ? a : b;
}

export function sum(values: Iterable<Decimal>): Decimal {
  let total = ZERO;
  for (const value of values) total = total.plus(value);
  return total;
}

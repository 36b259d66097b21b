/**
 * Exact "multiply, divide, round half away from zero" in SQL without `/` rounding: the divisor of
 * every earn rate is a compile-time constant, so the compiler reduces the fraction and hands the
 * template integer constants only (see docs/sql-numerics.md §2).
 *
 *   units = ROUND_HALF_AWAY(spend × u / p, 6)       spend ≥ 0 with 2 decimals
 *   q     = units × 10^6 = ROUND_HALF_AWAY(S × K / D), S = spend × 100 (integer), K/D = u/p × 10^4 reduced
 *         = FLOOR((2·S·K + D) / (2D))
 *         = (X − MOD(X, 2D)) / 2D                   X = spend × 200K + D (an integer)
 *
 * MOD of exact values is exact and the last division has an integral result, so it is exact
 * whatever div_precision_increment says.
 */
import type { EarnRate } from '../catalog/rule-tree.js';
import { Decimal } from '../contract/decimal.js';

/** How a segment's units are rendered; every key is always present (Handlebars strict mode). */
export interface EarnPlan {
  /** The rate is 0: the segment earns 0 units. */
  readonly zero: boolean;
  /** D = 1: spend × factor already has at most 6 decimals, no rounding needed. */
  readonly exact: { readonly factor: string } | null;
  /** General case: X = spend × multiplier + offset, q = (X − MOD(X, divisor)) / divisor. */
  readonly rounded: { readonly multiplier: string; readonly offset: string; readonly divisor: string } | null;
}

/** Spend decimals (input columns are DECIMAL(12,2)) and the internal units scale. */
const SPEND_SCALE = 2;
const UNITS_SCALE = 6;

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/** An exact decimal as an integer and a power of ten: value = integer / 10^scale. */
export function scaledInteger(value: Decimal): { integer: bigint; scale: number } {
  if (value.isNegative() || !value.isFinite()) throw new RangeError(`expected a non-negative decimal, got ${value.toString()}`);
  const scale = value.decimalPlaces();
  const integer = BigInt(value.times(new Decimal(10).pow(scale)).toFixed(0));
  return { integer, scale };
}

/** Canonical decimal text of integer / 10^scale. */
export function canonicalDecimal(integer: bigint, scale: number): string {
  return new Decimal(integer.toString()).dividedBy(new Decimal(10).pow(scale)).toFixed();
}

export function planEarn(earn: EarnRate): EarnPlan {
  const units = scaledInteger(earn.units);
  const per = scaledInteger(earn.per);
  if (per.integer === 0n) throw new RangeError('earn rate with per = 0');
  if (units.integer === 0n) return { zero: true, exact: null, rounded: null };
  // u/p × 10^(UNITS_SCALE − SPEND_SCALE) = (U × 10^(b + 4)) / (P × 10^a)
  const shift = UNITS_SCALE - SPEND_SCALE;
  const numerator = units.integer * 10n ** BigInt(per.scale + shift);
  const denominator = per.integer * 10n ** BigInt(units.scale);
  const divisor = gcd(numerator, denominator);
  const k = numerator / divisor;
  const d = denominator / divisor;
  if (d === 1n) return { zero: false, exact: { factor: canonicalDecimal(k, shift) }, rounded: null };
  return {
    zero: false,
    exact: null,
    rounded: {
      multiplier: (2n * k * 10n ** BigInt(SPEND_SCALE)).toString(),
      offset: d.toString(),
      divisor: (2n * d).toString(),
    },
  };
}

/** What the SQL computes for a plan, in decimal.js: the compiler's own self-check. */
export function applyEarnPlan(plan: EarnPlan, spend: Decimal): Decimal {
  if (plan.zero) return new Decimal(0);
  if (plan.exact) return spend.times(plan.exact.factor);
  if (!plan.rounded) throw new Error('empty earn plan');
  const x = spend.times(plan.rounded.multiplier).plus(plan.rounded.offset);
  if (!x.isInteger()) throw new Error(`X is not an integer for spend ${spend.toString()}`);
  const q = x.minus(x.mod(plan.rounded.divisor)).dividedBy(plan.rounded.divisor);
  return q.dividedBy(new Decimal(10).pow(UNITS_SCALE));
}

/**
 * Worst-case magnitudes of every intermediate, from the input columns' DECIMAL(12,2) range and
 * the release's constants, checked against the declared types of numeric-types.ts. A release
 * whose extreme user could overflow an intermediate does not compile (MySQL and MariaDB would
 * clip the value with only a warning).
 */
import { Decimal, OUTPUT_MAX } from '../contract/decimal.js';
import type { InputMapping } from '../contract/input-mapping.js';
import { CompileError } from './compile-error.js';
import { NUMERIC_TYPES, type NumericTypeName } from './numeric-types.js';

/** The largest value an input column can hold (DECIMAL(12,2)). */
export const INPUT_COLUMN_MAX = OUTPUT_MAX;

/** Largest monthly ₹ each named input (columns and derived) can take. */
export function inputBounds(mapping: InputMapping): Map<string, Decimal> {
  const bounds = new Map<string, Decimal>();
  for (const name of mapping.columns.keys()) bounds.set(name, INPUT_COLUMN_MAX);
  const bound = (name: string): Decimal => {
    const value = bounds.get(name);
    if (value === undefined) throw new CompileError(`input mapping: "${name}" is used before it is defined`);
    return value;
  };
  for (const derived of mapping.derived) {
    // remainder = max(from − Σ minus, 0) ≤ from; sum = Σ of
    const value = derived.kind === 'remainder' ? bound(derived.from) : derived.of.reduce((total, name) => total.plus(bound(name)), new Decimal(0));
    bounds.set(derived.name, value);
  }
  return bounds;
}

/** Throws unless |value| < 10^(precision − scale), i.e. the value fits the named type. */
export function assertFits(type: NumericTypeName, value: Decimal, what: string): void {
  const { precision, scale } = NUMERIC_TYPES[type];
  const limit = new Decimal(10).pow(precision - scale);
  if (value.abs().greaterThanOrEqualTo(limit)) {
    throw new CompileError(`${what}: worst case ${value.toFixed()} does not fit ${NUMERIC_TYPES[type].sql}`);
  }
}

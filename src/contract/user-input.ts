/**
 * One user_spending_data row → the named inputs of the mapping, validated the way the SQL
 * validates them. NULL (or an absent column) counts as 0; a negative, non-numeric, over-precise
 * or out-of-range value rejects the user with a reason that names the column and the value.
 */
import { Decimal, OUTPUT_MAX, ZERO, max, sum } from './decimal.js';
import type { InputMapping } from './input-mapping.js';

export type RawSpendValue = string | number | bigint | null | undefined;

export type UserInputs =
  | { readonly ok: true; readonly inputs: ReadonlyMap<string, Decimal> }
  | { readonly ok: false; readonly reason: string };

const PLAIN_DECIMAL = /^[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)$/;
/** DECIMAL(12,2): at most 10 integer digits and 2 decimals. */
const INPUT_MAX = OUTPUT_MAX;

/** The reason both engines give when a top-10 value of a user does not fit DECIMAL(12,2). */
export const OUTPUT_OVERFLOW_REASON = 'output overflow: a top-10 value exceeds DECIMAL(12,2) (max 9999999999.99)';

/** The reason both engines give for a negative column (SQL builds the same text with CONCAT). */
export function negativeSpendReason(column: string, value: string): string {
  return `invalid input: ${column} is negative (${value})`;
}

function parseSpendValue(column: string, value: RawSpendValue): Decimal | string {
  if (value === null || value === undefined) return ZERO;
  if (typeof value === 'number' && !Number.isFinite(value)) return `invalid input: ${column} is not a number (${String(value)})`;
  const text = typeof value === 'string' ? value.trim() : String(value);
  if (!PLAIN_DECIMAL.test(text)) return `invalid input: ${column} is not a number (${JSON.stringify(String(value)).slice(0, 60)})`;
  const decimal = new Decimal(text);
  if (decimal.decimalPlaces() > 2) return `invalid input: ${column} has more than 2 decimals (${text})`;
  if (decimal.isNegative() && !decimal.isZero()) return negativeSpendReason(column, decimal.toFixed(2));
  if (decimal.greaterThan(INPUT_MAX)) return `invalid input: ${column} exceeds DECIMAL(12,2) (${text})`;
  return decimal;
}

/** Validates a row's columns (in the mapping's column order) and computes derived inputs. */
export function readUserInputs(mapping: InputMapping, row: Readonly<Record<string, RawSpendValue>>): UserInputs {
  const inputs = new Map<string, Decimal>();
  for (const [name, column] of mapping.columns) {
    const parsed = parseSpendValue(column, row[column]);
    if (typeof parsed === 'string') return { ok: false, reason: parsed };
    inputs.set(name, parsed);
  }
  for (const derived of mapping.derived) {
    const value = (name: string) => inputs.get(name) ?? ZERO;
    inputs.set(
      derived.name,
      derived.kind === 'remainder'
        ? max(value(derived.from).minus(sum(derived.minus.map(value))), ZERO)
        : sum(derived.of.map(value)),
    );
  }
  return { ok: true, inputs };
}

/** Monthly spend per catalog category: the sum of the inputs priced under it. */
export function categorySpend(mapping: InputMapping, inputs: ReadonlyMap<string, Decimal>): Map<string, Decimal> {
  const spend = new Map<string, Decimal>();
  for (const { category, inputs: names } of mapping.categories) {
    spend.set(category, sum(names.map((name) => inputs.get(name) ?? ZERO)));
  }
  return spend;
}

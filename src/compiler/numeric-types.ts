/**
 * The declared SQL type of every intermediate quantity (docs/sql-numerics.md). Every expression
 * the chunk computes is wrapped in CAST(... AS <one of these>), so neither server can pick a type
 * from the query plan. The compiler proves, per release, that the largest possible value of each
 * quantity fits its type (numeric-bounds.ts) and refuses to compile otherwise.
 */
export interface SqlNumericType {
  readonly sql: string;
  readonly precision: number;
  readonly scale: number;
}

function decimalType(precision: number, scale: number): SqlNumericType {
  return { sql: `DECIMAL(${precision}, ${scale})`, precision, scale };
}

export const NUMERIC_TYPES = {
  /** ₹ per month: inputs, derived inputs, category spend, slab/tier slices, beneficial spend. */
  spend: decimalType(16, 2),
  /** Reward units (points or cashback ₹) per month, at the internal scale 6. */
  units: decimalType(24, 6),
  /** Integers scaled by 10^6 (X and q of the exact division of an earn rate). */
  scaled: decimalType(38, 0),
  /** ₹ per month per category (units × point value, rounded to 6). */
  rupees: decimalType(24, 6),
  /** Yearly savings, extra benefits, net savings and points shares before the output check. */
  money: decimalType(24, 2),
  /** Integers of the pro-rata split (units × 10^6 × input × 100 ...). */
  split: decimalType(48, 0),
  /** card_recommendations' DECIMAL(12,2) columns. */
  output: decimalType(12, 2),
  /** card_recommendations.redemption_rate. */
  rate: decimalType(5, 4),
} as const;

export type NumericTypeName = keyof typeof NUMERIC_TYPES;

/** The SQL type texts, as the templates read them. */
export const SQL_TYPE_TEXT: Readonly<Record<NumericTypeName, string>> = Object.fromEntries(
  Object.entries(NUMERIC_TYPES).map(([name, type]) => [name, type.sql]),
) as Record<NumericTypeName, string>;

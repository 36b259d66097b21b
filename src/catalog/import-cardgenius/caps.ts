/** CardGenius's "no cap" spellings: "Unlimited", blank, 0 on the card-wide cap, and placeholder numbers. */
import { Decimal } from '../../contract/decimal.js';
import { decimalField } from './float-decimal.js';

/**
 * Any monthly cap of a million units or more is a placeholder for "no cap": the data uses
 * 10000000, 100000000, 234567890, 213456789, 1234567890, 5375375, 2525275, … and no real card
 * caps monthly rewards anywhere near a million points or ₹10 lakh.
 */
export const NO_CAP_FROM = new Decimal(1_000_000);

export type CapReading =
  | { readonly kind: 'none' }
  | { readonly kind: 'placeholder'; readonly raw: string }
  | { readonly kind: 'zero' }
  | { readonly kind: 'cap'; readonly value: string };

export function readCap(raw: unknown): CapReading {
  if (raw === null || raw === undefined) return { kind: 'none' };
  if (typeof raw === 'string' && /^(?:unlimited|none|null|)$/i.test(raw.trim())) return { kind: 'none' };
  const value = decimalField(raw);
  if (value === null) return { kind: 'none' };
  const amount = new Decimal(value);
  if (amount.isZero()) return { kind: 'zero' };
  if (amount.greaterThanOrEqualTo(NO_CAP_FROM)) return { kind: 'placeholder', raw: value };
  return { kind: 'cap', value };
}

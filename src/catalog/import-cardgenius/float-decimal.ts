/**
 * CardGenius serialises its numbers as binary floats, many of them float32 (conv_rate
 * 0.5799999833106995 is float32 0.58) or float64 results of a multiplication (1999 × 1.18 =
 * 2358.8199999999997). The catalog stores exact decimals, so each float is mapped back to the
 * short decimal it was meant to be.
 */
import { Decimal } from '../../contract/decimal.js';

/** Plain (never exponential) decimal text of a finite JS number: the shortest float64 round trip. */
export function shortestDecimal(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  return new Decimal(String(value)).toFixed();
}

/** Shortest decimal that reads back to the same float32, or null when `value` is not a float32. */
export function shortestFloat32Decimal(value: number): string | null {
  if (!Number.isFinite(value) || Math.fround(value) !== value) return null;
  for (let digits = 1; digits <= 9; digits += 1) {
    const text = value.toPrecision(digits);
    if (Math.fround(Number(text)) === value) return new Decimal(text).toFixed();
  }
  return shortestDecimal(value);
}

function significantDigits(text: string): number {
  return text.replace('-', '').replace('.', '').replace(/^0+/, '').length;
}

/** A float64 with more significant digits than this is treated as arithmetic noise. */
const NOISY_DIGITS = 12;
/** Relative distance within which a noisy float snaps to a shorter decimal. */
const SNAP_TOLERANCE = 1e-12;

/**
 * The decimal CardGenius meant: the shorter of the float32 and float64 shortest round trips, and
 * for float64 arithmetic noise (2358.8199999999997) the nearest decimal with at most 8 places
 * that lies within a relative 1e-12.
 */
export function intendedDecimal(value: number): string {
  const float64 = shortestDecimal(value);
  const float32 = shortestFloat32Decimal(value);
  const best = float32 !== null && significantDigits(float32) < significantDigits(float64) ? float32 : float64;
  if (significantDigits(best) <= NOISY_DIGITS) return best;
  for (let places = 0; places <= 8; places += 1) {
    const snapped = value.toFixed(places);
    if (Math.abs(Number(snapped) - value) <= Math.abs(value) * SNAP_TOLERANCE) return new Decimal(snapped).toFixed();
  }
  return best;
}

/**
 * Reads a CardGenius numeric field that may be a number, a numeric string (" 1999",
 * "2358.8199999999997") or blank. Blank and null give null; anything else non-numeric throws.
 */
export function decimalField(raw: unknown): string | null {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'number') return intendedDecimal(raw);
  if (typeof raw === 'string') {
    const text = raw.trim();
    if (text === '') return null;
    const value = Number(text);
    if (!Number.isFinite(value)) throw new TypeError(`not a number: ${JSON.stringify(raw)}`);
    return intendedDecimal(value);
  }
  throw new TypeError(`not a number: ${JSON.stringify(raw)}`);
}

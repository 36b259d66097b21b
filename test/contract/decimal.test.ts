import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal, divideRounded, parseDecimal, roundHalfAway, toFixedString } from '../../src/contract/decimal.js';

describe('decimal rules', () => {
  it('rounds half away from zero', () => {
    expect(roundHalfAway(new Decimal('2.5'), 0).toFixed()).toBe('3');
    expect(roundHalfAway(new Decimal('-2.5'), 0).toFixed()).toBe('-3');
    expect(roundHalfAway(new Decimal('0.0000005'), 6).toFixed()).toBe('0.000001');
  });

  it('divides exactly then rounds once: 2/3 → 0.666667, 1/8 at 2 → 0.13, -1/8 at 2 → -0.13', () => {
    expect(divideRounded(new Decimal(2), new Decimal(3), 6).toFixed()).toBe('0.666667');
    expect(divideRounded(new Decimal(1), new Decimal(8), 2).toFixed()).toBe('0.13');
    expect(divideRounded(new Decimal(-1), new Decimal(8), 2).toFixed()).toBe('-0.13');
  });

  it('agrees with a long-precision division rounded once, for any cents × rate / unit', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 999_999_999_999n }), fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 1, max: 1000 }), (cents, units, per) => {
        const numerator = new Decimal(cents.toString()).dividedBy(100).times(units);
        const expected = numerator.dividedBy(per).toDecimalPlaces(6, Decimal.ROUND_HALF_UP);
        expect(divideRounded(numerator, new Decimal(per), 6).toFixed()).toBe(expected.toFixed());
      }),
      { numRuns: 2000 },
    );
  });

  it('accepts only canonical decimal strings at the edges', () => {
    expect(parseDecimal('0.25').toFixed()).toBe('0.25');
    for (const bad of ['1e3', ' 1', '1.', '.5', '01', 'NaN', '']) expect(() => parseDecimal(bad)).toThrow(/not a decimal string/);
    expect(toFixedString(new Decimal('-0.001'), 2)).toBe('0.00');
  });
});

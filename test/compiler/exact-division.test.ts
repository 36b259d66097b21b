import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEarnPlan, planEarn } from '../../src/compiler/exact-division.js';
import { Decimal, INTERNAL_SCALE, divideRounded } from '../../src/contract/decimal.js';

const decimalText = (maxInteger: number, maxScale: number) =>
  fc.tuple(fc.integer({ min: 0, max: maxInteger }), fc.integer({ min: 0, max: maxScale }), fc.integer({ min: 0, max: 10 ** maxScale - 1 })).map(
    ([whole, scale, fraction]) => new Decimal(`${whole}.${String(fraction).padStart(maxScale, '0').slice(0, scale) || '0'}`),
  );
const spend = fc.integer({ min: 0, max: 999_999_999_999 }).map((cents) => new Decimal(cents).dividedBy(100));

describe('planEarn: integer constants for ROUND_HALF_AWAY(spend × units / per, 6)', () => {
  it('reduces the usual rates', () => {
    expect(planEarn({ units: new Decimal(5), per: new Decimal(150) })).toEqual({
      zero: false,
      exact: null,
      rounded: { multiplier: '200000', offset: '3', divisor: '6' },
    });
    expect(planEarn({ units: new Decimal(5), per: new Decimal(100) })).toEqual({ zero: false, exact: { factor: '0.05' }, rounded: null });
    expect(planEarn({ units: new Decimal(0), per: new Decimal(100) })).toEqual({ zero: true, exact: null, rounded: null });
  });

  it('equals divideRounded for any rate and spend (property)', () => {
    fc.assert(
      fc.property(decimalText(1_000, 4), decimalText(1_000, 3), spend, (units, rawPer, amount) => {
        const per = rawPer.isZero() ? new Decimal(1) : rawPer;
        const plan = planEarn({ units, per });
        const expected = units.isZero() ? new Decimal(0) : divideRounded(amount.times(units), per, INTERNAL_SCALE);
        expect(applyEarnPlan(plan, amount).toFixed(INTERNAL_SCALE)).toBe(expected.toFixed(INTERNAL_SCALE));
      }),
      { numRuns: 5_000 },
    );
  });

  it('exact factors have at most 4 decimals, so spend (2 decimals) × factor has at most 6', () => {
    fc.assert(
      fc.property(decimalText(1_000, 4), decimalText(1_000, 3), (units, rawPer) => {
        const per = rawPer.isZero() ? new Decimal(1) : rawPer;
        const plan = planEarn({ units, per });
        if (plan.exact) expect(new Decimal(plan.exact.factor).decimalPlaces()).toBeLessThanOrEqual(4);
      }),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { OUTPUT_OVERFLOW_REASON, recommendForUser } from '../../src/reference/recommend-user.js';
import { cardFromYaml, prdMapping, releaseOf } from './card-fixture.js';

const cashback = (id: string, percent: string, joining = '0', extra = '') =>
  cardFromYaml(`
id: ${id}
name: ${id} card
currency: cashback
point_value: "1"
fees: {joining: "${joining}", joining_without_gst: "0", annual: "0", annual_without_gst: "0"}
processing_order: [amazon_spends, flipkart_spends, grocery_spends_online, other_online_spends]
categories:
  amazon_spends: {kind: flat, earn: {percent: "${percent}"}}
  other_online_spends: {kind: flat, earn: {percent: "${percent}"}}
${extra}`);

const release = releaseOf([
  cashback('alpha', '1'),
  cashback('bravo', '2', '500'),
  cashback('charlie', '1'),
  cashback('delta', '5', '10000'),
]);
const mapping = prdMapping(release);

const row = (values: Record<string, string | number | null>) => ({
  avg_amazon_gmv: '0',
  avg_flipkart_gmv: '0',
  avg_myntra_gmv: '0',
  avg_ajio_gmv: '0',
  avg_grocery_gmv: '0',
  avg_confirmed_gmv: '0',
  ...values,
});

describe('ranking', () => {
  it('orders by net savings desc, then yearly savings desc, then card id asc; ranks are 1..n', () => {
    const result = recommendForUser(release, mapping, row({ avg_amazon_gmv: '10000', avg_confirmed_gmv: '10000' }));
    if (!result.ok) throw new Error(result.reason);
    // yearly: alpha 1200, bravo 2400, charlie 1200, delta 6000; net: 1200, 1900, 1200, -4000
    expect(result.rows.map((entry) => [entry.rank, entry.card_id, entry.net_savings])).toEqual([
      [1, 'bravo', '1900.00'],
      [2, 'alpha', '1200.00'],
      [3, 'charlie', '1200.00'],
      [4, 'delta', '-4000.00'],
    ]);
  });

  it('keeps at most 10 ranks', () => {
    const many = releaseOf(Array.from({ length: 12 }, (_, index) => cashback(`card-${String(index).padStart(2, '0')}`, '1')));
    const result = recommendForUser(many, prdMapping(many), row({ avg_amazon_gmv: '100' }));
    if (!result.ok) throw new Error(result.reason);
    expect(result.rows.map((entry) => entry.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(result.rows[0]?.card_id).toBe('card-00');
  });

  it('all-zero spend is valid: fee-free cards first, ties by card id', () => {
    const result = recommendForUser(release, mapping, row({}));
    if (!result.ok) throw new Error(result.reason);
    expect(result.rows.map((entry) => entry.card_id)).toEqual(['alpha', 'charlie', 'bravo', 'delta']);
    expect(result.rows[0]?.total_savings_yearly).toBe('0.00');
  });
});

describe('input mapping', () => {
  it('prices myntra + ajio + other online under other_online_spends and splits the points back pro rata', () => {
    // other online = 20000 − (0 + 0 + 3000 + 1000 + 0) = 16000; category spend 20000 at 1% = ₹200.
    const result = recommendForUser(release, mapping, row({ avg_myntra_gmv: '3000', avg_ajio_gmv: '1000', avg_confirmed_gmv: '20000' }));
    if (!result.ok) throw new Error(result.reason);
    const alpha = result.rows.find((entry) => entry.card_id === 'alpha');
    expect([alpha?.myntra_points, alpha?.ajio_points, alpha?.other_online_points]).toEqual(['30.00', '10.00', '160.00']);
  });

  it('floors other online at 0 when confirmed is below the sum of the five stores', () => {
    const result = recommendForUser(release, mapping, row({ avg_amazon_gmv: '5000', avg_myntra_gmv: '1000', avg_confirmed_gmv: '2000' }));
    if (!result.ok) throw new Error(result.reason);
    const alpha = result.rows.find((entry) => entry.card_id === 'alpha');
    expect([alpha?.amazon_points, alpha?.myntra_points, alpha?.other_online_points]).toEqual(['50.00', '10.00', '0.00']);
  });

  it('rounds each pro-rata share on its own, half away from zero', () => {
    // ₹1.50 at 1% = ₹0.015 split 1:1:1 → 0.005 each → 0.01 each: shares are rounded on their own
    // and need not add up to the category's rounded total (0.02).
    const result = recommendForUser(release, mapping, row({ avg_myntra_gmv: '0.5', avg_ajio_gmv: '0.5', avg_confirmed_gmv: '1.5' }));
    if (!result.ok) throw new Error(result.reason);
    const alpha = result.rows.find((entry) => entry.card_id === 'alpha');
    expect([alpha?.myntra_points, alpha?.ajio_points, alpha?.other_online_points]).toEqual(['0.01', '0.01', '0.01']);
  });
});

describe('bad and edge input', () => {
  it('treats NULL as 0', () => {
    const result = recommendForUser(release, mapping, row({ avg_amazon_gmv: null, avg_confirmed_gmv: null }));
    expect(result.ok).toBe(true);
  });

  it.each([
    [{ avg_flipkart_gmv: '-1.5' }, 'invalid input: avg_flipkart_gmv is negative (-1.50)'],
    [{ avg_amazon_gmv: 'abc' }, 'invalid input: avg_amazon_gmv is not a number ("abc")'],
    [{ avg_amazon_gmv: '1e5' }, 'invalid input: avg_amazon_gmv is not a number ("1e5")'],
    [{ avg_amazon_gmv: Number.NaN }, 'invalid input: avg_amazon_gmv is not a number (NaN)'],
    [{ avg_grocery_gmv: '1.005' }, 'invalid input: avg_grocery_gmv has more than 2 decimals (1.005)'],
    [{ avg_confirmed_gmv: '10000000000.00' }, 'invalid input: avg_confirmed_gmv exceeds DECIMAL(12,2) (10000000000.00)'],
  ])('rejects %j with a reason naming the column', (values, reason) => {
    expect(recommendForUser(release, mapping, row(values))).toEqual({ ok: false, reason });
  });

  it('reports the first bad column in mapping order', () => {
    const result = recommendForUser(release, mapping, row({ avg_amazon_gmv: '-1', avg_myntra_gmv: '-2' }));
    expect(result).toEqual({ ok: false, reason: 'invalid input: avg_amazon_gmv is negative (-1.00)' });
  });

  it('computes extreme but representable spend (₹10 lakh a month) exactly', () => {
    const result = recommendForUser(release, mapping, row({ avg_amazon_gmv: '1000000', avg_confirmed_gmv: '1000000' }));
    if (!result.ok) throw new Error(result.reason);
    expect(result.rows.find((entry) => entry.card_id === 'delta')?.total_savings_yearly).toBe('600000.00');
  });

  it('rejects a user whose top-10 output would overflow DECIMAL(12,2) instead of writing a wrong number', () => {
    // Five columns at the maximum: 5% of ~₹5×10^10 × 12 ≈ ₹3×10^10 a year does not fit.
    const max = '9999999999.99';
    const result = recommendForUser(release, mapping, row({ avg_amazon_gmv: max, avg_flipkart_gmv: max, avg_myntra_gmv: max, avg_ajio_gmv: max, avg_grocery_gmv: max, avg_confirmed_gmv: max }));
    expect(result).toEqual({ ok: false, reason: OUTPUT_OVERFLOW_REASON });
  });
});
